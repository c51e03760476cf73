"""Which language versions of a page or snippet exist, and which are out of date.

The versions of one item share a `translation_key` (a site's identity and other
one-per-site-and-language rows are one item per site). One version is the source: the
one wagtail-localize translated from, else the default language's, else the first in
LANGUAGES order. A translation is out of date when the source changed after the
translation did: for pages, the source was published after the translation was last
published; for snippets without publishing, the admin's log of their edits tells when
each was last changed.
"""

import enum
from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Max
from django.utils.translation import gettext_lazy as _
from wagtail.models import ModelLogEntry, Page

from raion.network.site_owned import SiteOwnedTranslatable

# The snippet log actions that change content.
CHANGE_ACTIONS = ("wagtail.create", "wagtail.edit", "wagtail.publish", "wagtail.revert")


class State(enum.Enum):
    SOURCE = "source"
    UP_TO_DATE = "up-to-date"
    OUT_OF_DATE = "out-of-date"
    NOT_LIVE = "not-live"
    MISSING = "missing"

    @property
    def label(self):
        return STATE_LABELS[self]

    @property
    def is_compliant(self):
        return self in (State.SOURCE, State.UP_TO_DATE)


STATE_LABELS = {
    State.SOURCE: _("source"),
    State.UP_TO_DATE: _("up to date"),
    State.OUT_OF_DATE: _("out of date"),
    State.NOT_LIVE: _("not published"),
    State.MISSING: _("missing"),
}


@dataclass(frozen=True)
class Version:
    language_code: str
    item: object  # the page or snippet
    live: bool
    changed_at: datetime | None


@dataclass
class TranslationGroup:
    """The versions of one page or snippet in the languages it exists in."""

    versions: dict[str, Version] = field(default_factory=dict)
    localize_source: str | None = None  # the language wagtail-localize translates from

    @property
    def source_language(self) -> str | None:
        order = [self.localize_source, settings.LANGUAGE_CODE]
        order += [code for code, _name in settings.LANGUAGES]
        return next((code for code in order if code in self.versions), None)

    @property
    def item(self):
        """The version that names the group in listings: the source."""
        return self.versions[self.source_language].item

    @property
    def is_public(self) -> bool:
        return any(version.live for version in self.versions.values())

    def state(self, language_code: str) -> State:
        version = self.versions.get(language_code)
        if version is None:
            return State.MISSING
        if not version.live:
            return State.NOT_LIVE
        if language_code == self.source_language:
            return State.SOURCE
        source = self.versions[self.source_language]
        if source.live and _changed_after(source.changed_at, version.changed_at):
            return State.OUT_OF_DATE
        return State.UP_TO_DATE

    def states(self, languages=None):
        """[(language code, language name, state)] in LANGUAGES order."""
        return [
            (code, name, self.state(code))
            for code, name in settings.LANGUAGES
            if languages is None or code in languages
        ]


def _changed_after(source_changed_at, translation_changed_at) -> bool:
    if source_changed_at is None:
        return False
    # A translation never recorded as changed predates every recorded change of its source.
    return translation_changed_at is None or source_changed_at > translation_changed_at


def _localize_sources(translation_keys) -> dict:
    """{translation_key: language code} of the sources wagtail-localize translates from."""
    from wagtail_localize.models import TranslationSource

    sources = (
        TranslationSource.objects.filter(object_id__in=list(translation_keys))
        .order_by("last_updated_at")
        .values_list("object_id", "locale__language_code")
    )
    return dict(sources)  # the latest source wins


def page_groups(pages) -> list[TranslationGroup]:
    """Group pages (with their locales selected) by translation key, in the given order."""
    groups = {}
    for page in pages:
        group = groups.setdefault(page.translation_key, TranslationGroup())
        group.versions[page.locale.language_code] = Version(
            page.locale.language_code, page, page.live, page.last_published_at
        )
    for key, language_code in _localize_sources(groups).items():
        groups[key].localize_source = language_code
    return list(groups.values())


def status_of_page(page) -> TranslationGroup:
    """All language versions of `page`, wherever they are."""
    versions = Page.objects.filter(translation_key=page.translation_key).select_related("locale")
    return page_groups(versions)[0]


def snippet_groups(model, rows) -> list[TranslationGroup]:
    """Group snippet rows (with their locales selected) into items.

    Rows of a one-per-site-and-language model are one item per site, however their
    translation keys were set; other rows group by translation key.
    """
    rows = list(rows)
    changed = _logged_change_times(model, [row.pk for row in rows])
    one_per_site = issubclass(model, SiteOwnedTranslatable) and model.one_per_site
    groups = {}
    for row in rows:
        key = row.site_id if one_per_site else row.translation_key
        group = groups.setdefault(key, TranslationGroup())
        changed_at = getattr(row, "last_published_at", None) or changed.get(str(row.pk))
        group.versions[row.locale.language_code] = Version(
            row.locale.language_code, row, getattr(row, "live", True), changed_at
        )
    if not one_per_site:
        for key, language_code in _localize_sources(groups).items():
            groups[key].localize_source = language_code
    return list(groups.values())


def _logged_change_times(model, pks) -> dict[str, datetime]:
    content_type = ContentType.objects.get_for_model(model)
    entries = (
        ModelLogEntry.objects.filter(
            content_type=content_type,
            object_id__in=[str(pk) for pk in pks],
            action__in=CHANGE_ACTIONS,
        )
        .values("object_id")
        .annotate(latest=Max("timestamp"))
    )
    return {entry["object_id"]: entry["latest"] for entry in entries}
