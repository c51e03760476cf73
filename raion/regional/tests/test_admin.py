"""A district's editors cannot edit or convert a regional copy, only hide it on their site."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from raion.news.models import NewsArticlePage
from raion.regional import sharing
from raion.regional.models import HiddenRegionalItem

from .conftest import reload
from .test_sharing import copy_in, regional_article

pytestmark = pytest.mark.django_db


def refused(response):
    """Wagtail's admin answers a PermissionDenied with a redirect to its dashboard."""
    return response.status_code == 403 or (
        response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    )


def editor_of(network, slug):
    user = get_user_model().objects.create_user(f"{slug}-editor", password="x")
    user.groups.add(network.districts[slug].editors)
    return user


@pytest.fixture
def shared(network):
    return regional_article(network, languages=("ru",), everywhere=True)["ru"]


def test_a_district_editor_can_neither_edit_nor_convert_the_copy(client, network, shared):
    copy = copy_in(network, "orsha", shared)
    client.force_login(editor_of(network, "orsha"))
    edit_url = reverse("wagtailadmin_pages:edit", args=[copy.pk])
    assert client.get(edit_url).status_code == 200  # Wagtail's read-only alias view
    response = client.post(edit_url, {"title": "Ours now", "slug": copy.slug})
    assert response.status_code == 405
    convert_url = reverse("wagtailadmin_pages:convert_alias", args=[copy.pk])
    assert refused(client.get(convert_url))
    assert refused(client.post(convert_url))
    copy = reload(copy)
    assert copy.alias_of_id == shared.pk and copy.title == shared.title
    # Whoever may edit the original may convert a copy.
    client.force_login(get_user_model().objects.create_superuser("admin", password="x"))
    assert client.get(convert_url).status_code == 200


def test_a_district_editor_hides_the_copy_and_the_next_edit_keeps_it_hidden(
    client, network, shared
):
    copy = copy_in(network, "orsha", shared)
    client.force_login(editor_of(network, "orsha"))
    explore = client.get(reverse("wagtailadmin_explore", args=[copy.get_parent().pk]))
    assert reverse("regional_hide", args=[copy.pk]) in explore.content.decode()
    hide_url = reverse("regional_hide", args=[copy.pk])
    assert client.get(hide_url).status_code == 200
    assert client.post(hide_url).status_code == 302
    assert not NewsArticlePage.objects.filter(pk=copy.pk).exists()
    assert HiddenRegionalItem.objects.filter(site=network.districts["orsha"].site).count() == 1

    article = reload(shared)
    article.lead = "Corrected lead."
    article.save_revision().publish()
    assert copy_in(network, "orsha", article) is None
    assert copy_in(network, "polotsk", article).lead == "Corrected lead."

    listing = client.get(reverse("regional_hidden_items")).content.decode()
    assert shared.title in listing
    item = HiddenRegionalItem.objects.get()
    assert client.post(reverse("regional_show_again", args=[item.pk])).status_code == 302
    assert copy_in(network, "orsha", article).lead == "Corrected lead."


def test_a_district_editor_cannot_hide_another_districts_copy(client, network, shared):
    polotsk_copy = copy_in(network, "polotsk", shared)
    client.force_login(editor_of(network, "orsha"))
    assert refused(client.post(reverse("regional_hide", args=[polotsk_copy.pk])))
    assert copy_in(network, "polotsk", shared) is not None
    hidden = sharing.hide(polotsk_copy)
    assert refused(client.post(reverse("regional_show_again", args=[hidden.pk])))
    listing = client.get(reverse("regional_hidden_items")).content.decode()
    assert reverse("regional_show_again", args=[hidden.pk]) not in listing


def test_the_original_cannot_be_hidden(client, network, shared):
    client.force_login(get_user_model().objects.create_superuser("admin", password="x"))
    response = client.post(reverse("regional_hide", args=[shared.pk]))
    assert response.status_code != 200
    assert reload(shared).live and not HiddenRegionalItem.objects.exists()


def test_sharing_is_refused_outside_the_regions_site_and_with_another_regions_district(
    network,
):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

    from raion.network.factories import make_site
    from raion.network.models import GovernmentBody

    form_class = NewsArticlePage.get_edit_handler().get_form_class()

    def errors(page, **sharing_data):
        data = nested_form_data(
            {
                "title": page.title,
                "slug": page.slug,
                "date": "2026-01-15",
                "lead": page.lead,
                "body": streamfield([]),
                "related_links": inline_formset([]),
                "comments": inline_formset([]),
            }
        )
        data.update(sharing_data)  # lists stay lists (a multiple choice)
        form = form_class(data, instance=page, parent_page=page.get_parent())
        form.is_valid()
        return form.errors

    district_article = network.districts["orsha"].articles["ru"]
    assert "share_with_all_districts" in errors(district_article, share_with_all_districts="on")
    other_region = make_site("minsk", kind=GovernmentBody.Kind.REGION).body
    stranger = make_site("borisov", region=other_region).body
    region_article = network.region.articles["ru"]
    assert "shared_with" in errors(region_article, shared_with=[str(stranger.pk)])
    assert errors(region_article, shared_with=[str(network.bodies["orsha"].pk)]) == {}


def test_the_sharing_panel_shows_on_the_regions_site_only(client, network):
    client.force_login(get_user_model().objects.create_superuser("admin", password="x"))

    def editor_html(page):
        return client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()

    field = 'name="share_with_all_districts"'
    assert field in editor_html(network.region.articles["ru"])
    assert field not in editor_html(network.districts["orsha"].articles["ru"])
