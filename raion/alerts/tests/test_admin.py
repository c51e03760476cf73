"""Editors with the alert permissions only, and only on their own sites: an editor of
district A adds alerts for A alone; every site is a network administrator's choice."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from raion.alerts.models import Alert

from .factories import AlertFactory

pytestmark = pytest.mark.django_db


def form_data(**fields):
    now = timezone.localtime()
    data = {
        "severity": "danger",
        "text_ru": "Отключение воды",
        "text_be": "Адключэнне вады",
        "text_en": "Water outage",
        "starts_at": now.strftime("%Y-%m-%d %H:%M"),
        "ends_at": (now + timedelta(hours=2)).strftime("%Y-%m-%d %H:%M"),
    }
    data.update(fields)
    return data


def test_an_editor_adds_an_alert_for_their_own_site(client, editor_of_a, district_a):
    client.force_login(editor_of_a)
    response = client.post(reverse("alerts:add"), form_data(sites=[district_a.site.pk]))
    assert response.status_code == 302, response.context["form"].errors
    assert list(Alert.objects.get().sites.all()) == [district_a.site]


def test_an_editor_cannot_choose_another_site_or_every_site(
    client, editor_of_a, district_a, district_b
):
    client.force_login(editor_of_a)
    other = client.post(reverse("alerts:add"), form_data(sites=[district_b.site.pk]))
    assert other.status_code == 200 and "sites" in other.context["form"].errors
    everywhere = client.post(reverse("alerts:add"), form_data(all_sites="on"))
    assert everywhere.status_code == 200 and "all_sites" in everywhere.context["form"].errors
    nowhere = client.post(reverse("alerts:add"), form_data())
    assert nowhere.status_code == 200 and "sites" in nowhere.context["form"].errors
    assert not Alert.objects.exists()


def test_an_editor_sees_and_reaches_only_their_sites_alerts(
    client, editor_of_a, district_a, district_b
):
    own = AlertFactory(sites=[district_a.site], text_ru="Своё")
    other = AlertFactory(sites=[district_b.site], text_ru="Чужое")
    shared = AlertFactory(sites=[district_a.site, district_b.site], text_ru="Общее")
    network = AlertFactory(all_sites=True, text_ru="Сетевое")
    client.force_login(editor_of_a)
    listing = client.get(reverse("alerts:index")).content.decode()
    assert "Своё" in listing
    assert not {"Чужое", "Общее", "Сетевое"} & set(listing.split())
    assert client.get(reverse("alerts:edit", args=[own.pk])).status_code == 200
    for alert in (other, shared, network):
        # A 404 outside a language prefix comes back as LocaleMiddleware's redirect.
        edit = client.get(reverse("alerts:edit", args=[alert.pk]), follow=True)
        assert edit.status_code == 404
        delete = client.post(reverse("alerts:delete", args=[alert.pk]), follow=True)
        assert delete.status_code == 404
    assert Alert.objects.count() == 4


def test_an_editor_without_the_permission_cannot_add(client, district_a, django_user_model):
    user = django_user_model.objects.create_user("plain-editor", password="x" * 12)
    user.groups.add(district_a.editors)
    client.force_login(user)
    response = client.post(reverse("alerts:add"), form_data(sites=[district_a.site.pk]))
    assert response.status_code in (302, 403)
    assert not Alert.objects.exists()


def test_a_network_administrator_shows_an_alert_on_every_site(client, admin_user):
    client.force_login(admin_user)
    response = client.post(reverse("alerts:add"), form_data(all_sites="on"))
    assert response.status_code == 302
    assert Alert.objects.get().all_sites


def test_the_end_must_follow_the_start(client, admin_user):
    client.force_login(admin_user)
    data = form_data(all_sites="on")
    data["ends_at"] = data["starts_at"]
    response = client.post(reverse("alerts:add"), data)
    assert response.status_code == 200 and "ends_at" in response.context["form"].errors
