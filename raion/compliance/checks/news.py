"""News kept current: every news section of the default language has an item from the
last week (`RAION_COMPLIANCE_NEWS_DAYS`)."""

import datetime

from django.conf import settings
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop

from raion.network.sites import language_homes
from raion.news.models import NewsArticlePage, NewsIndexPage

from .. import admin_urls
from ..registry import REQUIRED, Check, Finding, register

DEFAULT_DAYS = 7


def leaf_sections(home):
    """The live news sections of `home`'s tree that hold no other section."""
    sections = list(
        NewsIndexPage.objects.live().filter(path__startswith=home.path).order_by("path")
    )
    paths = [section.path for section in sections]
    return [
        section
        for section in sections
        if not any(path != section.path and path.startswith(section.path) for path in paths)
    ]


def latest_item_date(section):
    return (
        NewsArticlePage.objects.live()
        .filter(path__startswith=section.path)
        .aggregate(latest=Max("date"))["latest"]
    )


@register
class NewsFreshnessCheck(Check):
    id = "news"
    title = _("News updated at least weekly")
    severity = REQUIRED
    order = 30

    def run(self, site):
        days = getattr(settings, "RAION_COMPLIANCE_NEWS_DAYS", DEFAULT_DAYS)
        oldest_allowed = timezone.localdate() - datetime.timedelta(days=days)
        homes = language_homes(site).filter(locale__language_code=settings.LANGUAGE_CODE)
        findings = []
        for home in homes:
            for section in leaf_sections(home):
                latest = latest_item_date(section)
                if latest is None:
                    findings.append(
                        Finding(
                            gettext_noop("The news section “%(section)s” has no news."),
                            {"section": section.title},
                            admin_urls.add_subpage(section.pk),
                        )
                    )
                elif latest < oldest_allowed:
                    findings.append(
                        Finding(
                            gettext_noop(
                                "The latest news in “%(section)s” is of %(date)s, "
                                "more than %(days)s days ago."
                            ),
                            {"section": section.title, "date": latest.isoformat(), "days": days},
                            admin_urls.add_subpage(section.pk),
                        )
                    )
        return findings
