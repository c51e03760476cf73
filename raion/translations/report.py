"""The bilingual compliance report: per site, every required item that lacks a live,
up-to-date version in Russian or Belarusian."""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, Site

from raion.network.sites import pages_of_site

from . import rules
from .status import State, TranslationGroup, page_groups, snippet_groups


@dataclass(frozen=True)
class Gap:
    """One required item whose version in one language is missing, unpublished or stale."""

    group: TranslationGroup
    language_code: str
    state: State

    @property
    def item(self):
        return self.group.item

    @property
    def item_to_fix(self):
        """The stale or unpublished version itself, else the source to translate from."""
        version = self.group.versions.get(self.language_code)
        return version.item if version else self.item

    @property
    def kind(self):
        model = getattr(self.item, "specific_class", None) or type(self.item)
        return model._meta.verbose_name

    @property
    def title(self):
        return getattr(self.item, "title", None) or str(self.item)


def _site_pages(site):
    """Live or draft pages of every language tree of `site` whose type the law covers."""
    models = rules.required_page_models()
    if not models:
        return Page.objects.none()
    content_types = ContentType.objects.get_for_models(*models).values()
    return (
        pages_of_site(site)
        .filter(content_type__in=content_types)
        .select_related("locale")
        .order_by("path")
    )


def required_groups(site) -> list[TranslationGroup]:
    groups = page_groups(_site_pages(site))
    for model in rules.required_snippet_models():
        groups += snippet_groups(model, model.objects.filter(site=site).select_related("locale"))
    return [group for group in groups if group.is_public]


def gaps_for_site(site) -> list[Gap]:
    return [
        Gap(group, code, state)
        for group in required_groups(site)
        for code, _name, state in group.states(rules.REQUIRED_LANGUAGES)
        if not state.is_compliant
    ]


def compliance_gaps(sites=None) -> list[tuple[Site, list[Gap]]]:
    """[(site, its gaps)] for every site (or the given ones), sites without gaps included."""
    sites = (
        Site.objects.select_related("root_page").order_by("hostname", "port")
        if sites is None
        else sites
    )
    return [(site, gaps_for_site(site)) for site in sites]
