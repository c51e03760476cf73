"""Creating pages idempotently, in any language tree: used by the demo and the tests."""

from wagtail.models import Page


def ensure_child(parent, model, slug, *, locale, translation_of=None, publish=True, **fields):
    """Return the child of `parent` with `slug`, creating (and publishing) it if missing.

    `translation_of` links the new page to its source page in another language, so the
    language switch and hreflang can find it. An existing page is returned untouched:
    running a loader twice creates nothing twice and never overwrites an editor's work.
    """
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific
    page = model(slug=slug, locale=locale, live=publish, **fields)
    if translation_of is not None:
        page.translation_key = translation_of.translation_key
    parent.add_child(instance=page)
    if publish:
        page.save_revision().publish()
    return page


def ensure_root_child(model, slug, *, locale, translation_of=None, **fields):
    """Like ensure_child, directly under Wagtail's tree root (a site's language home)."""
    root = Page.get_first_root_node()
    return ensure_child(root, model, slug, locale=locale, translation_of=translation_of, **fields)
