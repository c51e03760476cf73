"""The demo agency's feed and its "original" articles, served by the demo site itself."""

from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import condition

from . import demo
from .parse import parse_feed


@condition(etag_func=lambda request: demo.feed_etag())
def demo_feed(request):
    return HttpResponse(demo.feed_bytes(), content_type=demo.CONTENT_TYPE)


def demo_original(request, slug):
    """The agency's page of an item: where "link to the original" leads in the demo."""
    feed = parse_feed(demo.feed_bytes(), demo.CONTENT_TYPE)
    for item in feed.items:
        if item.link.rstrip("/").endswith("/" + slug):
            return render(request, "syndication/demo_original.html", {"feed": feed, "item": item})
    raise Http404
