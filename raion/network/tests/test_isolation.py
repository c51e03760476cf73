"""An editor of one district cannot see or change another district's rows, pages,
images, documents, reports or moderation in the admin; a network administrator sees
everything. The world: Orsha (A) and Dubrovno (B) with their own rows, A's editor."""

import re

import pytest
from django.urls import URLPattern, reverse

from raion.core.models import SiteIdentity
from raion.landmarks.models import LandmarkCarousel
from raion.links.models import ResourceList
from raion.syndication.models import FeedSource, ImportConflict, ImportRun

from .conftest import viewset_of

pytestmark = pytest.mark.django_db

SITE_OWNED = {
    SiteIdentity: "identity",
    LandmarkCarousel: "carousel",
    ResourceList: "resources",
    FeedSource: "source",
    ImportRun: "run",
    ImportConflict: "conflict",
}


def row_urls(model, pk):
    """Every admin URL of `model`'s viewset (and its chooser) that names the row `pk`."""
    viewset = viewset_of(model)
    urls = [
        reverse(viewset.get_url_name(pattern.name), args=[pk])
        for pattern in viewset.get_urlpatterns()
        if isinstance(pattern, URLPattern) and "<" in str(pattern.pattern)
    ]
    if hasattr(model, "snippet_viewset"):
        urls.append(
            reverse(model.snippet_viewset.chooser_viewset.get_url_name("chosen"), args=[pk])
        )
    return urls


def index_url(model):
    viewset = viewset_of(model)
    return reverse(viewset.get_url_name("list" if hasattr(model, "snippet_viewset") else "index"))


def listing_urls(model):
    urls = [index_url(model), index_url(model) + "?q=a"]
    if hasattr(model, "snippet_viewset"):
        chooser = model.snippet_viewset.chooser_viewset
        urls += [
            reverse(chooser.get_url_name("choose")),
            reverse(chooser.get_url_name("choose_results")),
        ]
    return urls


def get(client, url):
    """The response to GET `url`; a 404 outside a language prefix comes back as
    LocaleMiddleware's redirect to the prefixed path, which is followed once."""
    response = client.get(url)
    if response.status_code == 302 and response["Location"] == f"/ru{url}":
        response = client.get(response["Location"])
    return response


def refused(response):
    """404, 403, or Wagtail's answer to PermissionDenied: back to the dashboard."""
    if response.status_code == 302:
        return response["Location"] == reverse("wagtailadmin_home")
    return response.status_code in (403, 404)


def text(response):
    assert response.status_code == 200, response
    return response.content.decode()


def shows(response, district):
    return district.name in text(response) or district.site.hostname in text(response)


@pytest.fixture
def as_editor(client, world):
    client.force_login(world.editor)
    return client


# Site-owned rows: identity, carousel, Internet resources, feed sources, runs, conflicts.


@pytest.mark.parametrize("model", SITE_OWNED, ids=lambda model: model.__name__)
def test_every_url_of_another_sites_row_is_refused(as_editor, world, model):
    row = getattr(world.b, SITE_OWNED[model])
    urls = row_urls(model, row.pk)
    assert len(urls) >= 3
    for url in urls:
        assert refused(get(as_editor, url)), url


@pytest.mark.parametrize("model", SITE_OWNED, ids=lambda model: model.__name__)
def test_own_rows_are_reachable(as_editor, world, model):
    row = getattr(world.a, SITE_OWNED[model])
    viewset = viewset_of(model)
    view = "inspect" if model is ImportRun else "edit"
    assert get(as_editor, reverse(viewset.get_url_name(view), args=[row.pk])).status_code == 200


@pytest.mark.parametrize("model", SITE_OWNED, ids=lambda model: model.__name__)
def test_listings_filters_search_and_choosers_hold_only_own_rows(as_editor, world, model):
    for url in listing_urls(model):
        response = get(as_editor, url)
        assert not shows(response, world.b), url
    listing = get(as_editor, index_url(model))
    assert world.a.name in text(listing)


@pytest.mark.parametrize("model", SITE_OWNED, ids=lambda model: model.__name__)
def test_a_network_administrator_sees_both_sites_rows(client, world, model):
    client.force_login(world.admin)
    listing = get(client, index_url(model))
    assert world.a.name in text(listing) and world.b.name in text(listing)
    row = getattr(world.b, SITE_OWNED[model])
    view = "inspect" if model is ImportRun else "edit"
    assert (
        get(client, reverse(viewset_of(model).get_url_name(view), args=[row.pk])).status_code == 200
    )


def test_bulk_deletion_neither_deletes_nor_names_another_sites_rows(as_editor, world):
    url = (
        reverse("wagtail_bulk_action", args=["core", "siteidentity", "delete"])
        + f"?id={world.b.identity.pk}&id={world.a.identity.pk}"
    )
    response = get(as_editor, url)
    assert not shows(response, world.b)
    as_editor.post(url)
    assert SiteIdentity.objects.filter(pk=world.b.identity.pk).exists()
    assert not SiteIdentity.objects.filter(pk=world.a.identity.pk).exists()


def test_the_site_field_offers_only_own_sites(as_editor, world):
    form = text(get(as_editor, reverse(viewset_of(FeedSource).get_url_name("add"))))
    choices = re.search(r'<select name="site".*?</select>', form, re.S).group(0)
    assert world.a.name in choices and world.b.name not in choices


def test_a_row_cannot_be_moved_to_another_site(as_editor, world):
    url = reverse(viewset_of(LandmarkCarousel).get_url_name("edit"), args=[world.a.carousel.pk])
    data = {
        "site": world.b.site.pk,
        "show_on_inner_pages": "on",
        "landmarks-TOTAL_FORMS": "0",
        "landmarks-INITIAL_FORMS": "0",
        "landmarks-MIN_NUM_FORMS": "0",
        "landmarks-MAX_NUM_FORMS": "1000",
    }
    response = as_editor.post(url, data)
    assert response.status_code == 200  # the form again, with its error
    assert LandmarkCarousel.objects.get(pk=world.a.carousel.pk).site == world.a.site


def test_the_failing_sources_panel_names_only_own_sources(as_editor, world, settings):
    FeedSource.objects.update(consecutive_failures=99)
    dashboard = text(get(as_editor, reverse("wagtailadmin_home")))
    assert world.a.source.name in dashboard and world.b.source.name not in dashboard


# Pages, images, documents, reports, moderation.


def page_urls(page):
    return [
        reverse(name, args=[page.pk])
        for name in (
            "wagtailadmin_explore",
            "wagtailadmin_pages:edit",
            "wagtailadmin_pages:history",
            "wagtailadmin_pages:usage",
            "wagtailadmin_pages:delete",
            "wagtailadmin_pages:copy",
            "wagtailadmin_pages:move",
            "wagtailadmin_pages:view_draft",
            "wagtailadmin_pages:revisions_index",
            "wagtailadmin_pages:workflow_history",
            "wagtailadmin_choose_page_child",
            "wagtailadmin_api:pages:detail",
        )
    ]


def test_every_url_of_another_sites_page_is_refused(as_editor, world):
    for page in (world.b.net.homes["ru"], world.b.articles["ru"]):
        for url in page_urls(page):
            assert refused(get(as_editor, url)), url


def test_own_pages_are_reachable(as_editor, world):
    article = world.a.articles["ru"]
    for name in (
        "wagtailadmin_explore",
        "wagtailadmin_pages:edit",
        "wagtailadmin_choose_page_child",
    ):
        assert get(as_editor, reverse(name, args=[article.pk])).status_code == 200, name


@pytest.mark.parametrize(
    "url",
    [
        "/admin/pages/",
        "/admin/pages/search/?q=opens",
        "/admin/choose-page/",
        "/admin/choose-page/search/?q=opens",
        "/admin/api/main/pages/?search=opens",
        "/admin/api/main/pages/?child_of=root&for_explorer=1",
        "/admin/images/",
        "/admin/images/chooser/",
        "/admin/documents/",
        "/admin/documents/chooser/",
        "/admin/reports/locked/",
        "/admin/reports/site-history/",
        "/admin/reports/workflow/",
        "/admin/reports/workflow_tasks/",
        "/admin/reports/compliance/",
        "/admin/",
    ],
)
def test_listings_search_choosers_reports_and_dashboard_show_nothing_of_another_site(
    as_editor, world, url
):
    response = get(as_editor, url)
    if response.status_code == 200:
        assert "Dubrovno" not in response.content.decode(), url
    else:
        assert refused(response), url


def test_another_sites_images_and_documents_are_refused(as_editor, world):
    for url in (
        reverse("wagtailimages:edit", args=[world.b.image.pk]),
        reverse("wagtailimages:delete", args=[world.b.image.pk]),
        reverse("wagtailimages_chooser:chosen", args=[world.b.image.pk]),
        reverse("wagtaildocs:edit", args=[world.b.document.pk]),
        reverse("wagtaildocs:delete", args=[world.b.document.pk]),
        reverse("wagtaildocs_chooser:chosen", args=[world.b.document.pk]),
    ):
        assert refused(get(as_editor, url)), url


def test_own_images_documents_and_moderation_are_shown(as_editor, world):
    assert world.a.image.title in text(get(as_editor, "/admin/images/"))
    assert world.a.document.title in text(get(as_editor, "/admin/documents/"))
    assert "Orsha article in moderation" in text(get(as_editor, "/admin/"))


def test_a_network_administrator_sees_both_sites_in_admin(client, world):
    client.force_login(world.admin)
    assert world.b.image.title in text(get(client, "/admin/images/"))
    assert world.b.document.title in text(get(client, "/admin/documents/"))
    dashboard = text(get(client, "/admin/"))
    assert "Orsha article in moderation" in dashboard
    assert "Dubrovno article in moderation" in dashboard
    chooser = text(get(client, "/admin/choose-page/"))
    assert "Orsha" in chooser and "Dubrovno" in chooser
    assert (
        get(client, reverse("wagtailadmin_explore", args=[world.b.net.homes["ru"].pk])).status_code
        == 200
    )


def test_an_anonymous_visitor_is_sent_to_the_login_page(client, demo):
    identity = SiteIdentity.objects.get(site=demo.site, locale__language_code="ru")
    response = client.get(
        reverse(viewset_of(SiteIdentity).get_url_name("edit"), args=[identity.pk])
    )
    assert response.status_code == 302 and response["Location"].startswith(
        reverse("wagtailadmin_login")
    )
