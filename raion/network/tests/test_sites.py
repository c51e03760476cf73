"""The site a page belongs to, and its language homes."""

import pytest
from wagtail.models import Page

from raion.network import content_version
from raion.network.permissions import is_network_admin, sites_visible_to
from raion.network.sites import (
    language_home,
    language_root_paths,
    pages_of_site,
    site_for_page,
    site_id_for_path,
)


@pytest.mark.django_db
def test_every_page_of_the_demo_trees_belongs_to_the_demo_site(demo):
    pages = list(pages_of_site(demo.site))
    assert {page.depth for page in pages} >= {2, 3, 4}
    assert {site_id_for_path(page.path) for page in pages} == {demo.site.pk}
    assert site_for_page(demo.kyrgyzstan_article["be"]) == demo.site


@pytest.mark.django_db
def test_a_page_outside_every_site_belongs_to_none():
    root = Page.get_first_root_node()
    orphan = root.add_child(instance=Page(title="Elsewhere", slug="elsewhere"))
    assert site_id_for_path(orphan.path) is None
    assert site_for_page(orphan) is None


@pytest.mark.django_db
def test_language_homes_are_found_per_language(demo):
    assert set(language_root_paths(demo.site)) == {"ru", "be", "en"}
    assert language_home(demo.site, "be").pk == demo.homes["be"].pk


@pytest.mark.django_db
def test_an_unpublished_language_home_drops_out_at_once(demo):
    demo.homes["en"].unpublish()
    assert "en" not in language_root_paths(demo.site)
    assert language_home(demo.site, "en") is None


def test_a_site_version_changes_alone_and_the_network_version_changes_all():
    first, second = content_version.current(1), content_version.current(2)
    content_version.bump(1)
    assert content_version.current(1) != first
    assert content_version.current(2) == second
    content_version.bump()
    assert content_version.current(2) != second


@pytest.mark.django_db
def test_publishing_a_page_changes_only_its_own_site_version(demo):
    site_version = content_version.current(demo.site.pk)
    other_version = content_version.current(demo.site.pk + 1000)
    article = demo.kyrgyzstan_article["ru"]
    article.save_revision().publish()
    assert content_version.current(demo.site.pk) != site_version
    assert content_version.current(demo.site.pk + 1000) == other_version


@pytest.mark.django_db
def test_a_superuser_is_a_network_admin_and_sees_every_site(demo, django_user_model):
    admin = django_user_model.objects.create_superuser("network-admin", "a@example.org", "x")
    nobody = django_user_model.objects.create_user("nobody", "n@example.org", "x")
    assert is_network_admin(admin) and not is_network_admin(nobody)
    assert demo.site in sites_visible_to(admin)
    assert sites_visible_to(nobody) == []
