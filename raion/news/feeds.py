"""RSS 2.0 and Atom 1.0 feeds of a news section (of all news, for the top section)."""

import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

FEED_LENGTH = 30


class SectionRssFeed(Feed):
    feed_type = Rss201rev2Feed

    def __call__(self, request, section):
        self.request = request
        return super().__call__(request, section=section)

    def get_object(self, request, section):
        return section

    def title(self, section):
        return section.title

    def link(self, section):
        return section.get_url(self.request)

    def description(self, section):
        return section.intro or section.title

    def items(self, section):
        return section.articles()[:FEED_LENGTH]

    def item_title(self, article):
        return article.title

    def item_description(self, article):
        return article.lead

    def item_link(self, article):
        return article.get_url(self.request)

    def item_guid(self, article):
        return article.get_full_url(self.request)

    def item_pubdate(self, article):
        midnight = datetime.datetime.combine(article.date, datetime.time())
        return midnight.replace(tzinfo=ZoneInfo(settings.TIME_ZONE))

    def item_updateddate(self, article):
        return article.last_published_at or self.item_pubdate(article)


class SectionAtomFeed(SectionRssFeed):
    feed_type = Atom1Feed

    def subtitle(self, section):
        return self.description(section)
