"""Through the real nginx: publishing makes the page and every page showing it current
within 2 seconds, although all of them were cached before."""

import uuid

from .content import delete_article, publish_article, unpublish_article, wait_until

LIMIT_SECONDS = 2.0


# A browser and a client that takes no compression: nginx answers them from different
# page files (index.html.gz and index.html), and both must become current.
ACCEPTED_ENCODINGS = ("gzip, deflate, br", "identity")


def answers(site, path):
    return [site.get(path, headers={"Accept-Encoding": a}) for a in ACCEPTED_ENCODINGS]


def shows(site, path, text):
    return all(r.status_code == 200 and text in r.text for r in answers(site, path))


def hides(site, path, text):
    return not any(text in r.text for r in answers(site, path))


def test_publishing_and_unpublishing_refresh_the_page_its_listings_feed_home_and_sitemap(
    site, topology
):
    slug = f"integration-{uuid.uuid4().hex[:8]}"
    title = f"Integration article {slug}"
    url = f"/ru/news/district/{slug}/"
    showing = ["/ru/news/district/", "/ru/news/", "/ru/", "/ru/news/district/rss/"]

    # Everything is in nginx's cache before the change, the article's URL as a 404.
    for path in [url, *showing, "/sitemap.xml"]:
        answers(site, path)
        assert {r.headers["X-Cache"] for r in answers(site, path)} == {"HIT"}, path
    assert {r.status_code for r in answers(site, url)} == {404}

    try:
        published = publish_article(topology, slug, title)
        assert published["url"] == url

        def all_current():
            return (
                shows(site, url, title)
                and all(shows(site, path, title) for path in showing)
                and shows(site, "/sitemap.xml", url)
            )

        took = wait_until(all_current, published["committed_at"], LIMIT_SECONDS)
        assert took is not None, {path: shows(site, path, title) for path in [url, *showing]}
        assert site.get(url).headers["X-Cache"] == "HIT"  # current, and served from cache

        unpublished = unpublish_article(topology, slug)

        def all_gone():
            return (
                {r.status_code for r in answers(site, url)} == {404}
                and all(hides(site, path, title) for path in showing)
                and hides(site, "/sitemap.xml", url)
            )

        took = wait_until(all_gone, unpublished["committed_at"], LIMIT_SECONDS)
        assert took is not None
    finally:
        delete_article(topology, slug)
