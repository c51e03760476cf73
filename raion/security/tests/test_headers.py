"""Strict security headers on public pages, a relaxed policy for Wagtail's admin."""

import re

import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db


def directives(response, header="Content-Security-Policy"):
    return {
        part.split()[0]: part.split()[1:]
        for part in response.headers[header].split(";")
        if part.strip()
    }


@pytest.mark.parametrize("language", ["ru", "be", "en"])
def test_public_pages_forbid_inline_script_and_style_and_framing(client, demo, language):
    response = client.get(f"/{language}/")
    policy = directives(response)

    assert response.status_code == 200
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["img-src"] == ["'self'", "data:"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    assert policy["form-action"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert "camera=()" in response.headers["Permissions-Policy"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"]


@pytest.mark.parametrize("path", ["/ru/", "/ru/news/", "article"])
def test_public_html_has_nothing_the_policy_would_block(client, demo, path):
    """Inline scripts, inline styles and event handler attributes would all be refused."""
    url = demo.kyrgyzstan_article["ru"].url if path == "article" else path
    html = client.get(url).content.decode()

    scripts = re.findall(r"<script\b([^>]*)>", html)
    assert scripts
    for attributes in scripts:
        assert "src=" in attributes or 'type="application/ld+json"' in attributes, attributes
    assert "<style" not in html
    assert not re.search(r"\sstyle=", html)
    assert not re.search(r"\son[a-z]+=", html)


def test_the_admin_gets_its_own_policy(admin_client):
    response = admin_client.get("/admin/")
    policy = directives(response)

    assert response.status_code == 200
    assert "'unsafe-inline'" in policy["script-src"]
    assert policy["frame-ancestors"] == ["'self'"]  # the editor frames its previews


def test_media_on_another_origin_is_allowed_for_images(client, demo):
    extra = {"img-src": ["https://media.example.by"]}
    with override_settings(RAION_CSP_EXTRA_SOURCES=extra):
        policy = directives(client.get("/ru/"))
    assert policy["img-src"] == ["'self'", "data:", "https://media.example.by"]


def test_in_development_the_policy_only_reports(client, demo):
    with override_settings(DEBUG=True):
        response = client.get("/ru/")
    assert "Content-Security-Policy" not in response.headers
    assert directives(response, "Content-Security-Policy-Report-Only")["script-src"] == ["'self'"]
