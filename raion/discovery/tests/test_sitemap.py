import subprocess
from pathlib import Path
from xml.etree import ElementTree

import pytest

from tests.tools import SITEMAP_XSD, require_command, require_file

pytestmark = pytest.mark.django_db

NAMESPACES = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "xhtml": "http://www.w3.org/1999/xhtml",
}
XHTML_LINK_XSD = Path(__file__).with_name("xhtml-link.xsd")


def sitemap_locations(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    tree = ElementTree.fromstring(response.content)  # noqa: S314  (our own output)
    return response, [loc.text for loc in tree.findall("sm:url/sm:loc", NAMESPACES)]


def sitemap_alternates(client):
    """{page URL: {hreflang: URL}} from the sitemap's xhtml:link elements."""
    tree = ElementTree.fromstring(client.get("/sitemap.xml").content)  # noqa: S314
    return {
        url.findtext("sm:loc", namespaces=NAMESPACES): {
            link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", NAMESPACES)
        }
        for url in tree.findall("sm:url", NAMESPACES)
    }


def test_sitemap_lists_every_language_tree(client, demo):
    _, locations = sitemap_locations(client)
    root = demo.site.root_url
    for language in ("ru", "be", "en"):
        assert f"{root}/{language}/" in locations
        assert any(loc.startswith(f"{root}/{language}/news/") for loc in locations)
    assert demo.kyrgyzstan_article["be"].full_url in locations
    assert len(locations) == len(set(locations))


def test_sitemap_links_each_page_to_its_translations(client, demo):
    alternates = sitemap_alternates(client)
    article = demo.kyrgyzstan_article
    expected = {language: article[language].full_url for language in ("ru", "be", "en")}
    expected["x-default"] = article["ru"].full_url
    for language in ("ru", "be", "en"):
        assert alternates[article[language].full_url] == expected
    assert alternates[demo.homes["be"].full_url]["en"] == demo.homes["en"].full_url


def test_a_page_in_one_language_has_no_alternates(client, demo):
    article = demo.kyrgyzstan_article
    article["be"].delete()
    article["en"].delete()
    assert sitemap_alternates(client)[article["ru"].full_url] == {}


def test_sitemap_leaves_out_unpublished_pages(client, demo):
    article = demo.kyrgyzstan_article["en"]
    article.unpublish()
    _, locations = sitemap_locations(client)
    assert article.full_url not in locations


@pytest.mark.validator
def test_sitemap_validates_against_the_sitemaps_org_schema(client, demo, tmp_path):
    """The sitemaps.org schema, with XHTML's link element for the language alternates."""
    xmllint = require_command("xmllint", "apt-get install libxml2-utils")
    sitemap_xsd = require_file(SITEMAP_XSD, "npm ci installs the sitemap package")
    schema = tmp_path / "sitemap-with-alternates.xsd"
    schema.write_text(
        '<schema xmlns="http://www.w3.org/2001/XMLSchema">'
        f'<import namespace="{NAMESPACES["sm"]}" schemaLocation="{sitemap_xsd.as_uri()}"/>'
        f'<import namespace="{NAMESPACES["xhtml"]}" schemaLocation="{XHTML_LINK_XSD.as_uri()}"/>'
        "</schema>"
    )
    response, _ = sitemap_locations(client)
    assert b"<xhtml:link" in response.content
    document = tmp_path / "sitemap.xml"
    document.write_bytes(response.content)
    result = subprocess.run(
        [xmllint, "--noout", "--nonet", "--schema", str(schema), str(document)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_robots_txt_points_to_the_sitemap(client, demo):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
    assert "Disallow: /admin/" in response.content.decode()
