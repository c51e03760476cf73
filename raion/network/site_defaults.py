"""What a newly provisioned site starts with: the titles and short texts of its standard
sections, in every language through the catalogues (the glossary's terms).

Editors change them afterwards like any page; provisioning never writes them again.
"""

from django.utils.translation import gettext_lazy as _

from .models import GovernmentBody

APPEALS_PORTAL = "https://обращения.бел/"

NEWS = {"title": _("News"), "intro": ""}

# The sections of "News", by slug: the same slugs as the demo's.
NEWS_SECTIONS = {
    "district": {
        "title": _("District news"),
        "intro": _("Events in the district, decisions of the executive committee and notices."),
    },
    "region": {
        "title": _("Region news"),
        "intro": _("News of the region from the regional executive committee."),
    },
    "republic": {
        "title": _("Republic news"),
        "intro": _("The main national news, based on reports by state news agencies."),
    },
}

ABOUT = {
    GovernmentBody.Kind.DISTRICT: {
        "title": _("About the district"),
        "intro": _("The district, its history, leadership and economy."),
    },
    GovernmentBody.Kind.REGION: {
        "title": _("About the region"),
        "intro": _("The region, its history, leadership and economy."),
    },
}

APPEALS = {
    "title": _("Appeals of citizens and legal entities"),
    "intro": _("Electronic appeals are submitted through the single portal обращения.бел."),
}

# The citizens' contact pages, by slug, under the section named by "parent".
CONTACT_PAGES = {
    "leadership": {
        "parent": "about",
        "title": _("Leadership"),
        "intro": _("The leadership of the executive committee, its contacts and reception days."),
    },
    "structure": {
        "parent": "about",
        "title": _("Structure"),
        "intro": _(
            "Departments, services and subordinate organisations of the executive committee."
        ),
    },
    "receptions": {
        "parent": "appeals",
        "title": _("Personal receptions and direct lines"),
        "intro": _(
            "When the leadership receives citizens in person and answers direct telephone lines."
        ),
    },
}

DOCUMENTS = {
    "title": _("Documents"),
    "intro": _(
        "Decisions of the executive committee, orders of its chairman, regulations, plans "
        "and reports."
    ),
}

PROCEDURES = {
    "title": _("Administrative procedures"),
    "intro": _(
        "The administrative procedures the executive committee carries out for citizens, "
        "legal entities and individual entrepreneurs: documents, fees, terms and who "
        "accepts them."
    ),
}

APPEALS_LABEL = _("Electronic appeals of citizens and legal entities")

# Group and workflow names: the body's short name, a colon and this word.
EDITORS = _("editors")
MODERATORS = _("moderators")
MODERATION = _("moderation")
