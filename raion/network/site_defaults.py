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

APPEALS_LABEL = _("Electronic appeals of citizens and legal entities")

# Group and workflow names: the body's short name, a colon and this word.
EDITORS = _("editors")
MODERATORS = _("moderators")
MODERATION = _("moderation")
# The one workflow of the site-owned rows that go through review, whichever their site.
ROW_REVIEW = _("Review of sites' data")
