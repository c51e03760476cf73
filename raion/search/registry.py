"""What is searchable: each app registers a source, a small class that says which of its
objects a site has, how one becomes an index entry, and which signals change it.

    class DocumentSource(SearchSource):
        name = "document"
        kinds = {"document": _("Document")}

        def objects(self, site):
            return Document.objects.filter(site=site, public=True)

        def entries(self, document):
            yield IndexEntry(site_id=document.site_id, language=document.language,
                             kind="document", title=document.title,
                             body=document.file_text, url=document.url, date=document.adopted)

        def connect(self):
            post_save.connect(self.on_save, sender=Document, weak=False)
            post_delete.connect(self.on_delete, sender=Document, weak=False)

    registry.register(DocumentSource())   # in the app's AppConfig.ready()

`on_save` / `on_delete` (defined here) queue `raion.search.tasks` to reindex or remove
the object in the worker. docs/architecture.md ("Search") describes the interface.
"""

import dataclasses
import datetime
from collections.abc import Iterable

_sources: dict[str, "SearchSource"] = {}


@dataclasses.dataclass(frozen=True)
class IndexEntry:
    site_id: int
    language: str
    kind: str
    title: str
    body: str
    url: str  # the path on the entry's site, "/ru/news/…/"
    date: datetime.date | None = None


class SearchSource:
    name: str = ""  # unique; stored on every entry of this source
    kinds: dict = {}  # {kind: label} of the entries it makes, for filters and results

    def objects(self, site) -> Iterable:
        """Every searchable object of `site` (what a rebuild indexes)."""
        raise NotImplementedError

    def get(self, object_id: str):
        """The object by its id, or None when it is gone."""
        raise NotImplementedError

    def object_id(self, obj) -> str:
        return str(obj.pk)

    def entries(self, obj) -> Iterable[IndexEntry]:
        """The object's index entries (none when readers may not find it now)."""
        raise NotImplementedError

    def connect(self) -> None:
        """Connect the signals that change what the index holds for this source."""

    # Signal receivers a source connects.
    def on_save(self, instance, **_kwargs):
        from . import tasks

        tasks.reindex.enqueue(self.name, self.object_id(instance))

    def on_delete(self, instance, **_kwargs):
        from . import tasks

        tasks.remove.enqueue(self.name, self.object_id(instance))


def register(source: SearchSource) -> None:
    """Make `source` searchable and connect its signals (from an AppConfig's `ready`)."""
    if source.name in _sources:
        raise ValueError(f"A search source named {source.name!r} is registered already")
    _sources[source.name] = source
    source.connect()


def source(name: str) -> SearchSource:
    return _sources[name]


def sources() -> list[SearchSource]:
    return list(_sources.values())


def kinds() -> dict:
    """{kind: label} of every registered source, in registration order."""
    return {kind: label for item in _sources.values() for kind, label in item.kinds.items()}


class SiteRowSource(SearchSource):
    """Rows a site owns (`raion.network.site_owned`), each in its place on the page its
    model shows it on (`shown_on`, `shown_at`): the entry links there."""

    model = None
    kind = ""

    def queryset(self):
        return self.model.objects.select_related("site", "locale")

    def objects(self, site):
        return self.queryset().filter(site=site)

    def get(self, object_id):
        return self.queryset().filter(pk=object_id).first()

    def shown(self, row) -> bool:
        return True

    def title(self, row) -> str:
        return str(row)

    def body(self, row) -> str:
        return ""

    def date(self, row):
        return None

    def entries(self, row):
        page = self.shown(row) and row.place()
        if not page:
            return []
        language = row.locale.language_code
        return [
            IndexEntry(
                site_id=row.site_id,
                language=language,
                kind=self.kind,
                title=self.title(row),
                body=self.body(row),
                url=page.relative_url(row.site) + row.shown_at(page),
                date=self.date(row),
            )
        ]

    def connect(self):
        from django.db.models.signals import post_delete, post_save

        uid = f"search-{self.name}"
        post_save.connect(self.on_save, sender=self.model, weak=False, dispatch_uid=uid)
        post_delete.connect(
            self.on_delete, sender=self.model, weak=False, dispatch_uid=f"{uid}-deleted"
        )
