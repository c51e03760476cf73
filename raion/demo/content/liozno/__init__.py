"""The Liozno District Executive Committee: the first demo site, answering any hostname
that no other site claims (127.0.0.1 among them)."""

from raion.demo.sitecontent import SiteContent

from ..common import REGION_SECTION
from . import articles, pages, site

SITE = SiteContent(
    slug="liozno",
    hostname="127.0.0.1",
    also_at=("liozno.localhost",),
    is_default=True,
    kind="district",
    region="vitebsk-region",
    identity=site.IDENTITY,
    contacts=site.CONTACTS,
    home=site.HOME,
    sections={**site.SECTIONS, "region": REGION_SECTION},
    landmarks=site.LANDMARKS,
    resources=site.RESOURCES,
    notice=site.DEMO_NOTICE,
    articles=articles.ARTICLES,
    pages=pages.STANDARD_PAGES,
    sample_article="belarus-kyrgyzstan-key-partner-central-asia",
    demo_feed=True,
)
