"""Adding many live pages at once: benchmarks and tests that need volume, not the editing path.

`Page.add_child` validates each page, costs a few queries and sends the signals that index
it for search and references: right for what editors and imports add, too slow for a
test that needs a thousand articles or a benchmark that needs a hundred thousand.
`add_children` writes the pages' tree rows with one bulk insert and each page's own
table with one insert per page, with the rows `add_child` would write (path, depth,
`url_path`, locale, draft title; the pages' own translation keys, publication dates and
fields as given), and updates the parent's number of children.

What it does not do, the caller does or does without: no validation beyond unique slugs,
no inline children (related rows, many-to-many), no revisions, no log entries, no search
or reference indexing, and no content version bump: call `raion.network.content_version.bump`
afterwards so that cached fragments see the new pages, as publishing would.
"""

from django.db import transaction
from django.db.models import F
from treebeard.exceptions import PathOverflow
from wagtail.models import Page

TREE_FIELDS = [f for f in Page._meta.concrete_fields if not f.primary_key]


@transaction.atomic
def add_children(parent, pages):
    """Insert unsaved `pages`, all of one page type, as the last children of `parent`, in
    order; returns them saved. `parent` is refreshed, its `numchild` counting them."""
    if not pages:
        return pages
    page_type = type(pages[0])
    if any(type(page) is not page_type for page in pages):
        raise TypeError("add_children inserts pages of one type at a time")
    if page_type._meta.get_parent_list() != [Page]:
        # The page's own table is written with a raw save, which skips parent tables.
        raise TypeError(f"{page_type.__name__} has a parent table besides Page's")
    if any(page.pk is not None for page in pages):
        raise ValueError("add_children inserts unsaved pages")
    parent.refresh_from_db()
    _check_slugs(parent, pages)
    last = parent.get_last_child()
    first_step = last._get_lastpos_in_path() + 1 if last else 1
    depth = parent.depth + 1
    last_step = first_step + len(pages) - 1
    too_deep = depth * Page.steplen > Page._meta.get_field("path").max_length
    if too_deep or len(Page._int2str(last_step)) > Page.steplen:
        raise PathOverflow(f"No room under {parent} for {len(pages)} more children")
    for step, page in enumerate(pages, start=first_step):
        page.depth = depth
        page.path = Page._get_path(parent.path, depth, step)
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.locale_id = page.locale_id or parent.locale_id
        page.draft_title = page.draft_title or page.title
    tree_rows = Page.objects.bulk_create(
        [Page(**{f.attname: getattr(page, f.attname) for f in TREE_FIELDS}) for page in pages]
    )
    for page, row in zip(pages, tree_rows, strict=True):
        page.page_ptr_id = page.id = row.id
        page.save_base(raw=True, force_insert=True)  # the page type's own table only
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    parent.numchild += len(pages)
    return pages


def _check_slugs(parent, pages):
    """Slugs are unique among siblings, as `add_child`'s validation makes sure."""
    slugs = [page.slug for page in pages]
    if not all(slugs):
        raise ValueError("Every page needs a slug")
    taken = set(parent.get_children().filter(slug__in=slugs).values_list("slug", flat=True))
    if taken or len(set(slugs)) < len(slugs):
        repeated = sorted(taken or {slug for slug in slugs if slugs.count(slug) > 1})
        raise ValueError(f"Slugs already in use under {parent}: {', '.join(repeated[:5])}")
