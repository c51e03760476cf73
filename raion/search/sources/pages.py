"""Pages: every live, public page of a site's language trees, in its language, with the
text of its search fields (StreamField and rich text as plain text)."""

from django.db.models.signals import post_delete, post_save
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.search import index
from wagtail.signals import page_published, page_unpublished, post_page_move

from raion.network.sites import pages_of_site, site_id_for_path

from .. import tasks
from ..registry import IndexEntry, SearchSource


def body_text(page) -> str:
    """The text of the page's search fields other than the title."""
    parts = []
    for field in page.search_fields:
        if not isinstance(field, index.SearchField) or field.field_name == "title":
            continue
        value = getattr(page, field.field_name, None)
        if not value:
            continue
        model_field = page._meta.get_field(field.field_name)
        if hasattr(model_field, "get_searchable_content"):
            parts += [strip_tags(str(text)) for text in model_field.get_searchable_content(value)]
        else:
            parts.append(strip_tags(str(value)))
    return "\n".join(part for part in parts if part.strip())


class PageSource(SearchSource):
    name = "page"
    kinds = {"page": _("Page"), "news": _("News")}

    def objects(self, site):
        return pages_of_site(site).live().public().specific().select_related("locale")

    def get(self, object_id):
        return Page.objects.filter(pk=object_id).specific().select_related("locale").first()

    def entries(self, page):
        site_id = site_id_for_path(page.path)
        if not site_id or not page.live or page.get_view_restrictions().exists():
            return []
        site = Site.objects.get(pk=site_id)
        date = getattr(page, "date", None) or (
            page.last_published_at.date() if page.last_published_at else None
        )
        return [
            IndexEntry(
                site_id=site_id,
                language=page.locale.language_code,
                kind=getattr(page, "search_kind", "page"),
                title=page.title,
                body=body_text(page),
                url=page.relative_url(site),
                date=date,
            )
        ]

    def _reindex_subtree(self, page):
        pages = Page.objects.descendant_of(page, inclusive=True)
        ids = [str(pk) for pk in pages.values_list("pk", flat=True)]
        tasks.reindex_many.enqueue(self.name, ids)

    def on_restriction_changed(self, instance, **_kwargs):
        page = Page.objects.filter(pk=instance.page_id).first()  # gone when deleted with it
        if page is not None:
            self._reindex_subtree(page)

    def on_moved(self, instance, **_kwargs):
        self._reindex_subtree(instance)

    def on_page_deleted(self, instance, **_kwargs):
        if isinstance(instance, Page):
            self.on_delete(instance)

    def connect(self):
        page_published.connect(self.on_save, weak=False, dispatch_uid="search-published")
        page_unpublished.connect(self.on_delete, weak=False, dispatch_uid="search-unpublished")
        post_page_move.connect(self.on_moved, weak=False, dispatch_uid="search-moved")
        post_delete.connect(self.on_page_deleted, weak=False, dispatch_uid="search-deleted")
        for signal in (post_save, post_delete):
            signal.connect(
                self.on_restriction_changed,
                sender=PageViewRestriction,
                weak=False,
                dispatch_uid=f"search-restriction-{signal is post_save}",
            )
