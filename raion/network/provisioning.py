"""Provisioning a government body's site: everything a new district or region needs to
start, made in one transaction.

Ensure-style: whatever already exists is found and left as it is, so a second run with
the same arguments changes nothing and never overwrites what editors changed since. Rows
are found by their natural keys: the site by hostname and port, homes and sections by slug,
site-owned rows by site and language, the collection, groups and workflow by name (see
`editorial.py`).
"""

import re
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_slug
from django.db import transaction
from django.utils import translation
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from wagtail.models import Collection, Locale, Page, Site
from wagtail.signal_handlers import disable_reference_index_auto_update

from raion.core.models import SiteIdentity
from raion.core.tree import ensure_child
from raion.home.models import HomePage
from raion.news.models import NewsIndexPage
from raion.pages.models import StandardPage
from raion.worker.backends import coalesced

from . import editorial, site_defaults
from .models import GovernmentBody
from .sections import standard_sections

LANGUAGES = ("ru", "be", "en")
NAME_FIELDS = ("full_name", "short_name")
_LABEL = re.compile(r"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$")


class ProvisioningError(Exception):
    """Bad input or a conflict with another site; nothing was changed."""


@dataclass
class ProvisionedSite:
    site: Site
    body: GovernmentBody
    homes: dict  # {language: HomePage}
    sections: dict  # {language: {"news", "district", "region", "republic": NewsIndexPage}}
    pages: dict  # {language: {"about", and each standard section's slug: its page}}
    collection: Collection
    editors: object  # Group
    moderators: object  # Group
    changes: list = field(default_factory=list)  # what this run created, one line each


def home_slug(slug, language):
    return slug if language == settings.LANGUAGE_CODE else f"{slug}-{language}"


def provision_site(
    *, slug, hostname, port=80, names, kind="district", region=None, is_default=False
) -> ProvisionedSite:
    """Create (or find) the site of a government body on `hostname`:`port`.

    `names` is {language: {"full_name", "short_name"}} for ru, be and en; `region` the
    region's GovernmentBody for a district. Raises ProvisioningError on bad input or when
    the hostname or slug belongs to another site.
    """
    hostname = clean_hostname(hostname)
    check_input(slug, port, names, kind, region)
    # Each page is saved several times while it is made: index it once, at the end.
    with transaction.atomic(), coalesced():
        return _Provisioner(slug, hostname, port, names, kind, region, is_default).run()


def clean_hostname(hostname):
    """`hostname` in lower case and ASCII (an internationalised name in punycode)."""
    name = (hostname or "").strip().lower().rstrip(".")
    try:
        name = name.encode("idna").decode("ascii")
    except UnicodeError:
        name = ""
    labels = name.split(".")
    if not name or len(name) > 253 or not all(_LABEL.match(label) for label in labels):
        raise ProvisioningError(
            _("“%(hostname)s” is not a valid hostname.") % {"hostname": hostname}
        )
    return name


def check_input(slug, port, names, kind, region):
    try:
        validate_slug(slug or "")
    except ValidationError:
        raise ProvisioningError(
            _("“%(slug)s” is not a valid slug: use Latin letters, digits and hyphens.")
            % {"slug": slug}
        ) from None
    if not isinstance(port, int) or not 0 < port < 65536:
        raise ProvisioningError(_("“%(port)s” is not a valid port.") % {"port": port})
    missing = {
        "full_name": _("The full name in “%(language)s” is missing."),
        "short_name": _("The short name in “%(language)s” is missing."),
    }
    for language in LANGUAGES:
        given = (names or {}).get(language) or {}
        for name in NAME_FIELDS:
            if not str(given.get(name) or "").strip():
                raise ProvisioningError(missing[name] % {"language": language})
    if kind not in GovernmentBody.Kind.values:
        raise ProvisioningError(_("“%(kind)s” is not a kind of body.") % {"kind": kind})
    if region is not None and not (
        isinstance(region, GovernmentBody) and region.kind == GovernmentBody.Kind.REGION
    ):
        raise ProvisioningError(_("“%(region)s” is not a region.") % {"region": region})


def body_at(address) -> GovernmentBody:
    """The body whose site is at `address` ("hostname" or "hostname:port")."""
    hostname, _colon, port = str(address).strip().partition(":")
    sites = Site.objects.filter(hostname=clean_hostname(hostname))
    if port:
        sites = sites.filter(port=int(port) if port.isdigit() else -1)
    body = GovernmentBody.objects.filter(site__in=sites).select_related("site")
    if len(found := list(body[:2])) != 1:
        raise ProvisioningError(_("No body's site is at %(address)s.") % {"address": address})
    return found[0]


class _Provisioner:
    def __init__(self, slug, hostname, port, names, kind, region, is_default):
        self.slug, self.hostname, self.port = slug, hostname, port
        self.names = {
            language: {name: names[language][name].strip() for name in NAME_FIELDS}
            for language in LANGUAGES
        }
        self.kind, self.region, self.is_default = kind, region, is_default
        self.name = self.names[settings.LANGUAGE_CODE]["short_name"]
        self.changes = []

    def created(self, what, label):
        self.changes.append(f"{what}: {label}")

    def run(self):
        self.check_conflicts()
        self.locales = {}
        for language in LANGUAGES:
            self.locales[language], new = Locale.objects.get_or_create(language_code=language)
            if new:
                self.created("locale", language)
        # The pages are made from the default texts, which refer to no other object: the
        # reference index has nothing to record for them (a third of the work otherwise).
        with disable_reference_index_auto_update():
            homes = self.ensure_homes()
            site = self.ensure_site(homes[settings.LANGUAGE_CODE])
            body = self.ensure_body(site)
            sections = self.ensure_sections(homes)
            pages = self.ensure_pages(homes)
        self.ensure_identities(site)
        collection = self.ensure_collection()
        editors, moderators = editorial.ensure_groups(
            self.name, list(homes.values()), collection, self.created
        )
        return ProvisionedSite(
            site, body, homes, sections, pages, collection, editors, moderators, self.changes
        )

    # Conflicts -----------------------------------------------------------------------

    def check_conflicts(self):
        root = Page.get_first_root_node()
        taken = {
            page.slug: page
            for page in root.get_children().filter(
                slug__in=[home_slug(self.slug, language) for language in LANGUAGES]
            )
        }
        home = taken.get(home_slug(self.slug, settings.LANGUAGE_CODE))
        here = Site.objects.filter(hostname=self.hostname, port=self.port).first()
        if here is not None and (home is None or here.root_page_id != home.pk):
            raise ProvisioningError(
                _("%(address)s is already the address of the site “%(site)s”.")
                % {"address": f"{self.hostname}:{self.port}", "site": here}
            )
        elsewhere = (
            Site.objects.filter(root_page=home).exclude(pk=here.pk if here else None).first()
            if home
            else None
        )
        for page in taken.values():
            foreign = home is None or page.translation_key != home.translation_key
            if foreign or elsewhere is not None or page.specific_class is not HomePage:
                raise ProvisioningError(
                    _("The slug “%(slug)s” is taken by the home page of another site.")
                    % {"slug": page.slug}
                )
        if self.is_default and here is None:
            default = Site.objects.filter(is_default_site=True).first()
            if default is not None:
                raise ProvisioningError(
                    _("“%(site)s” is already the default site.") % {"site": default}
                )

    # Site and body ---------------------------------------------------------------------

    def ensure_site(self, home):
        site = Site.objects.filter(hostname=self.hostname, port=self.port).first()
        if site is None:
            site = Site.objects.create(
                hostname=self.hostname,
                port=self.port,
                root_page=home,
                site_name=self.name,
                is_default_site=self.is_default,
            )
            self.created("site", f"{self.hostname}:{self.port}")
        return site

    def ensure_body(self, site):
        body, new = GovernmentBody.objects.get_or_create(
            site=site, defaults={"kind": self.kind, "region": self.region}
        )
        if new:
            self.created("government body", self.name)
        return body

    # Pages -----------------------------------------------------------------------------

    def ensure_page(self, parent, model, slug, language, source, **fields):
        """The page `slug` under `parent`, created in `language` from the lazy texts."""
        exists = parent.get_children().filter(slug=slug).exists()
        with translation.override(language):
            fields = {
                key: str(value) if isinstance(value, Promise) else value
                for key, value in fields.items()
            }
            page = ensure_child(
                parent, model, slug, locale=self.locales[language], translation_of=source, **fields
            )
        if not exists:
            self.created("page", page.url_path)
        return page

    def ensure_homes(self):
        root = Page.get_first_root_node()
        homes = {}
        for language in LANGUAGES:
            homes[language] = self.ensure_page(
                root,
                HomePage,
                home_slug(self.slug, language),
                language,
                homes.get(settings.LANGUAGE_CODE),
                title=self.names[language]["full_name"],
            )
        return homes

    def ensure_sections(self, homes):
        sections = {}
        for language in LANGUAGES:
            source = sections.get(settings.LANGUAGE_CODE, {})
            news = self.ensure_page(
                homes[language],
                NewsIndexPage,
                "news",
                language,
                source.get("news"),
                show_in_menus=True,
                show_on_home=False,
                **site_defaults.NEWS,
            )
            sections[language] = {"news": news}
            for slug, texts in site_defaults.NEWS_SECTIONS.items():
                sections[language][slug] = self.ensure_page(
                    news, NewsIndexPage, slug, language, source.get(slug), **texts
                )
        return sections

    def ensure_pages(self, homes):
        """ "About", then the standard sections the apps register (`network.sections`)."""
        pages = {}
        for language in LANGUAGES:
            pages[language] = {
                "about": self.ensure_page(
                    homes[language],
                    StandardPage,
                    "about",
                    language,
                    pages.get(settings.LANGUAGE_CODE, {}).get("about"),
                    show_in_menus=True,
                    **site_defaults.ABOUT[self.kind],
                )
            }
        for section in standard_sections():
            for language in LANGUAGES:
                parent = pages[language][section.parent] if section.parent else homes[language]
                pages[language][section.slug] = self.ensure_page(
                    parent,
                    section.model(),
                    section.slug,
                    language,
                    pages[settings.LANGUAGE_CODE].get(section.slug),
                    show_in_menus=True,
                    title=section.title,
                    intro=section.intro,
                )
        return pages

    # Site-owned rows, collection -------------------------------------------------------

    def ensure_identities(self, site):
        existing = {row.locale_id: row for row in SiteIdentity.objects.filter(site=site)}
        source = existing.get(self.locales[settings.LANGUAGE_CODE].pk)
        for language in LANGUAGES:
            locale = self.locales[language]
            if locale.pk in existing:
                continue
            with translation.override(language):
                identity = SiteIdentity(
                    site=site,
                    locale=locale,
                    appeals_url=site_defaults.APPEALS_PORTAL,
                    appeals_label=str(site_defaults.APPEALS_LABEL),
                    **self.names[language],
                )
            if source is not None:
                identity.translation_key = source.translation_key
            identity.save()
            source = source or identity
            self.created("site identity", f"{self.names[language]['short_name']} ({language})")

    def ensure_collection(self):
        root = Collection.get_first_root_node()
        collection = root.get_children().filter(name=self.name).first()
        if collection is None:
            collection = root.add_child(name=self.name)
            self.created("collection", self.name)
        return collection
