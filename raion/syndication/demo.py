"""The demo's news agency: a sample feed that the demo site serves itself and imports into
"Republic news".

`load_demo` runs before any server is up, so it hands the feed file's bytes to the same
import pipeline as a fetch result would be; the source's address is where `make run`
serves that file, so later imports fetch it over HTTP like any agency's feed.
"""

import hashlib
from pathlib import Path

from .fetch import FetchResult
from .models import FeedSource
from .scheduling import import_source

FEED_FILE = Path(__file__).parent / "demo_feed" / "agency.rss.xml"
FEED_PATH = "/demo/feeds/agency.rss.xml"
CONTENT_TYPE = "application/rss+xml; charset=utf-8"
NAME = "РИА «Республика» (демонстрационная лента)"
ATTRIBUTION = "РИА «Республика»"


def feed_bytes():
    return FEED_FILE.read_bytes()


def feed_etag():
    return '"' + hashlib.sha256(feed_bytes()).hexdigest()[:32] + '"'


def load_demo_feed(site, section, base_url):
    """The demo source, with the items of the feed file imported into `section`.

    Like a conditional GET, nothing is done when the file has not changed since the last
    import, so loading the demo twice creates nothing twice.
    """
    source, _created = FeedSource.objects.get_or_create(
        site=site,
        url=base_url + FEED_PATH,
        defaults={
            "name": NAME,
            "attribution": ATTRIBUTION,
            "target": section,
            "policy": FeedSource.Policy.LIVE,
            "interval_minutes": 60,
            "import_images": False,
            "allowed_networks": "127.0.0.1",
            # The file's dates are fixed: they keep theirs however old they grow.
            "oldest_item_days": 36_500,
        },
    )
    etag = feed_etag()
    if source.etag != etag:
        content = feed_bytes()
        fetched = FetchResult(source.url, 200, content, CONTENT_TYPE, etag=etag)
        import_source(source.pk, fetched=fetched)
    return source
