"""Builds the demo network: the Vitebsk Regional Executive Committee's site and three of
its districts' sites (Liozno, Gorodok, Senno), each in ru, be and en.

Every site is provisioned like any body's site, with the demo's own pages and texts
(`scaffold`); its identity details, carousel and resources (`site_rows`) and its news
(`page_trees`) are filled in on top. The region's news is shared with every district, and
the region has a directory of its districts. Everything is created only when missing, so loading
twice changes nothing.
"""

from django.db import transaction
from wagtail.models import Locale

from raion.compliance.runs import check_sites
from raion.procedures.demo import ensure_district as ensure_procedures
from raion.syndication.demo import load_demo_feed
from raion.worker.backends import coalesced

from .contact_hub import build_contact_hub
from .content import SITES
from .documents import build_documents
from .page_trees import build_articles, build_directories, share_regional_news
from .scaffold import scaffold_site
from .site_rows import build_site_rows
from .sitecontent import LANGUAGES, PORT


@transaction.atomic
def build_network(sites=SITES):
    """The demo's sites, regions before their districts; returns their Site rows."""
    with coalesced():  # each object indexed once, when it is complete
        built = _build(sites)
    # A first compliance check, so the dashboard has something to show at once.
    check_sites([site for site in built if not site.compliance_runs.exists()])
    return built


def _build(sites):
    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}
    bodies, built = {}, []
    for content in sites:
        scaffold = scaffold_site(content, locales, region=bodies.get(content.region))
        bodies[content.slug] = scaffold.body
        build_site_rows(content, scaffold.site, scaffold.collection, locales)
        build_contact_hub(content, scaffold.site, locales)
        build_articles(content.articles, scaffold.sections, locales)
        if content.kind == "district":
            build_documents(content, scaffold.site, locales)
            ensure_procedures(scaffold.site, content)
        if content.demo_feed:
            republic = scaffold.sections["ru"]["republic"]
            load_demo_feed(scaffold.site, republic, f"http://{content.hostname}:{PORT}")
        if content.kind == "region":
            build_directories(content, scaffold.homes, locales)
        built.append(scaffold.site)
    # Districts are built after their region, so its news reaches them only now.
    share_regional_news()
    return built
