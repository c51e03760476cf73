"""The sections the law requires on every body's site, in one list.

Each is found in a language tree by a page model (a label resolved lazily, so a section
whose app is not installed yet is simply missing) or by a slug path under the language
home; either one that is live will do. Some sections are not pages but the site's identity
(contacts and hours) or a feature of the platform (the version for visually impaired
readers): `requires` adds what they need.
"""

from dataclasses import dataclass

from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_noop

from raion.core.forms import is_on_appeals_portal

from .registry import Finding, language_name

# Fields of the site identity that "contacts and hours" needs, by their verbose names.
CONTACT_FIELDS = {
    "street": gettext_noop("street and building"),
    "locality": gettext_noop("locality"),
    "email": gettext_noop("e-mail for business correspondence"),
    "working_hours": gettext_noop("working hours"),
}


def contacts_and_hours(site, language, identity, admin_url):
    if identity is None:
        return [
            Finding(
                gettext_noop("There is no site identity in %(language)s."),
                {"language": language_name(language)},
                admin_url,
            )
        ]
    findings = [
        Finding(
            gettext_noop("The site identity in %(language)s has no %(field)s."),
            {"language": language_name(language), "field": label},
            admin_url,
        )
        for name, label in CONTACT_FIELDS.items()
        if not str(getattr(identity, name) or "").strip()
    ]
    if not identity.phones.all():
        findings.append(
            Finding(
                gettext_noop("The site identity in %(language)s has no phones."),
                {"language": language_name(language)},
                admin_url,
            )
        )
    return findings


def appeals_portal_link(site, language, identity, admin_url):
    if identity is not None and is_on_appeals_portal(identity.appeals_url):
        return []
    return [
        Finding(
            gettext_noop("The e-appeals link in %(language)s does not lead to обращения.бел."),
            {"language": language_name(language)},
            admin_url,
        )
    ]


def display_settings_available(site, language, identity, admin_url):
    try:
        reverse("display_panel")
    except NoReverseMatch:
        return [
            Finding(gettext_noop("The display settings for visually impaired readers are off."))
        ]
    return []


@dataclass(frozen=True)
class MandatorySection:
    id: str
    title: str  # a msgid: findings store it and translate it when shown
    models: tuple = ()  # page model labels, "app_label.ModelName"
    slugs: tuple = ()  # slug paths under the language home, "about/leadership"
    requires: object = None  # (site, language, identity, identity's admin URL) -> [Finding]

    @property
    def is_page(self):
        return bool(self.models or self.slugs)


MANDATORY_SECTIONS = (
    MandatorySection("about", gettext_noop("General information about the body"), slugs=("about",)),
    MandatorySection(
        "leadership",
        gettext_noop("Leadership"),
        models=("people.LeadershipPage",),
        slugs=("leadership", "about/leadership"),
    ),
    MandatorySection(
        "structure",
        gettext_noop("Structure"),
        models=("people.StructurePage",),
        slugs=("structure", "about/structure"),
    ),
    MandatorySection(
        "contacts", gettext_noop("Contacts and working hours"), requires=contacts_and_hours
    ),
    MandatorySection(
        "appeals",
        gettext_noop("Appeals procedure"),
        models=("receptions.AppealsPage",),
        slugs=("appeals",),
        requires=appeals_portal_link,
    ),
    MandatorySection(
        "procedures",
        gettext_noop("Administrative procedures"),
        models=("procedures.ProcedureCatalogPage",),
        slugs=("procedures",),
    ),
    MandatorySection(
        "receptions",
        gettext_noop("Reception and direct-line schedules"),
        models=("receptions.ReceptionsPage",),
        slugs=("receptions", "appeals/receptions"),
    ),
    MandatorySection(
        "documents",
        gettext_noop("Documents"),
        models=("documents.DocumentLibraryPage",),
        slugs=("documents",),
    ),
    MandatorySection(
        "accessibility",
        gettext_noop("Version for visually impaired readers"),
        requires=display_settings_available,
    ),
)
