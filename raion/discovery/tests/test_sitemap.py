import subprocess
from xml.etree import ElementTree

import pytest

from tests.tools import SITEMAP_XSD, require_command, require_file

pytestmark = pytest.mark.django_db


def sitemap_locations(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    tree = ElementTree.fromstring(response.content)  # noqa: S314  (our own output)
    namespace = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    return response, [loc.text for loc in tree.findall("sm:url/sm:loc", namespace)]


def test_sitemap_lists_every_language_tree(client, demo):
    _, locations = sitemap_locations(client)
    root = demo.site.root_url
    for language in ("ru", "be", "en"):
        assert f"{root}/{language}/" in locations
        assert any(loc.startswith(f"{root}/{language}/news/") for loc in locations)
    assert demo.kyrgyzstan_article["be"].full_url in locations
    assert len(locations) == len(set(locations))


def test_sitemap_leaves_out_unpublished_pages(client, demo):
    article = demo.kyrgyzstan_article["en"]
    article.unpublish()
    _, locations = sitemap_locations(client)
    assert article.full_url not in locations


@pytest.mark.validator
def test_sitemap_validates_against_the_sitemaps_org_schema(client, demo, tmp_path):
    xmllint = require_command("xmllint", "apt-get install libxml2-utils")
    schema = require_file(SITEMAP_XSD, "npm ci installs the sitemap package")
    response, _ = sitemap_locations(client)
    document = tmp_path / "sitemap.xml"
    document.write_bytes(response.content)
    result = subprocess.run(
        [xmllint, "--noout", "--schema", str(schema), str(document)],
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
