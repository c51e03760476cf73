"""What the worker does: the outbound link checker and the weekly digest."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.utils import translation

from raion.compliance import outbound, tasks
from raion.compliance.digest import send_digests, site_administrators
from raion.compliance.models import ComplianceRun, OutboundLink
from raion.network.factories import make_site
from raion.pages.models import StandardPage
from raion.syndication.fetch import FetchError

pytestmark = pytest.mark.django_db

LINKS = {
    "https://fine.example/": None,
    "https://gone.example/": FetchError("The server answered 404 Not Found", status=404),
    "https://big.example/": FetchError("The response is larger than the limit", status=200),
}


def fake_fetch(url, policy, **kwargs):
    assert policy is outbound.POLICY
    if LINKS.get(url):
        raise LINKS[url]


@pytest.fixture
def linking():
    provisioned = make_site("linking")
    home = provisioned.homes["ru"]
    html = "".join(f'<a href="{url}">link</a>' for url in LINKS)
    page = StandardPage(title="Links", slug="links", locale=home.locale, body=[("paragraph", html)])
    home.add_child(instance=page)
    page.save_revision().publish()
    return provisioned, page


def test_outbound_links_are_fetched_and_stored(linking):
    provisioned, page = linking
    OutboundLink.objects.create(site=provisioned.site, url="https://removed.example/")
    outbound.check_outbound_links(provisioned.site, fetcher=fake_fetch)
    stored = dict(OutboundLink.objects.filter(site=provisioned.site).values_list("url", "ok"))
    assert stored == {
        "https://fine.example/": True,
        "https://gone.example/": False,
        "https://big.example/": True,  # it answered; only its size is over the limit
    }
    broken = OutboundLink.objects.get(url="https://gone.example/")
    assert broken.page_id == page.pk and "404" in broken.error


def test_the_syndication_fetchers_guards_apply():
    # A loopback address is refused before any connection is made.
    with translation.override("en"):
        assert "loopback" in outbound.probe("http://127.0.0.1:9/")
        assert "Only http and https" in outbound.probe("ftp://example.com/")


def test_the_task_checks_every_site(linking, monkeypatch):
    monkeypatch.setattr(outbound, "fetch", fake_fetch)
    provisioned, _page = linking
    tasks.check_outbound_links.enqueue(provisioned.site.pk)
    assert OutboundLink.objects.filter(site=provisioned.site, ok=False).count() == 1


def test_the_digest_goes_to_each_sites_administrators():
    a, b = make_site("mailed"), make_site("other")
    users = get_user_model().objects
    editor = users.create_user("mailed-editor", email="editor@mailed.example.by")
    editor.groups.add(a.editors)
    moderator = users.create_user("mailed-moderator", email="moderator@mailed.example.by")
    moderator.groups.add(a.moderators)
    users.create_user("no-address").groups.add(a.editors)
    users.create_user("gone", email="gone@mailed.example.by", is_active=False).groups.add(a.editors)
    assert list(site_administrators(a.site)) == [editor, moderator]
    assert send_digests([a.site, b.site]) == 1
    (message,) = mail.outbox
    assert sorted(message.to) == ["editor@mailed.example.by", "moderator@mailed.example.by"]
    assert "Mailed (ru)" in message.subject
    assert "/admin/pages/" in message.body  # a finding with the address to fix it
    assert ComplianceRun.objects.filter(site=a.site).count() == 1
