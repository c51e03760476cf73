"""RSS 2.0 and Atom 1.0 feeds of a library's newest documents (as news feeds are made)."""

from django.utils.feedgenerator import Atom1Feed

from raion.news.feeds import FEED_LENGTH, SectionRssFeed


class LibraryRssFeed(SectionRssFeed):
    def __call__(self, request, library):
        return super().__call__(request, section=library)

    def items(self, library):
        return library.documents().order_by("-created_at", "-pk")[:FEED_LENGTH]

    def item_title(self, document):
        return f"{document.heading}: {document.title}"

    def item_description(self, document):
        return document.summary or document.title

    def item_link(self, document):
        return self._library.document_url(document, self.request)

    def item_guid(self, document):
        return self.request.build_absolute_uri(self.item_link(document))

    def get_object(self, request, section):
        self._library = section
        return section

    def item_pubdate(self, document):
        return document.created_at

    def item_updateddate(self, document):
        return document.created_at


class LibraryAtomFeed(LibraryRssFeed):
    feed_type = Atom1Feed

    def subtitle(self, library):
        return self.description(library)
