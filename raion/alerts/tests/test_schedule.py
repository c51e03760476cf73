"""A save queues refreshes at once, at the start and at the end; the refresh changes the
sites' content versions and asks nginx for every live page of those sites."""

from datetime import timedelta
from unittest import mock

import pytest
from django.test import override_settings
from django.utils import timezone

from raion.alerts import schedule
from raion.network import content_version

from .factories import AlertFactory

pytestmark = pytest.mark.django_db


def test_a_save_queues_a_refresh_now_at_the_start_and_at_the_end(district_a):
    now = timezone.now()
    alert = AlertFactory(
        sites=[district_a.site],
        starts_at=now + timedelta(minutes=5),
        ends_at=now + timedelta(minutes=10),
    )
    enqueued = []

    def record(site_ids, at=None):
        enqueued.append((site_ids, at))

    with (
        mock.patch.object(schedule, "_enqueue", side_effect=record),
        mock.patch.object(schedule, "can_defer", return_value=True),
    ):
        schedule.schedule(alert.pk)
    site_ids = [district_a.site.pk]
    assert enqueued == [(site_ids, None), (site_ids, alert.starts_at), (site_ids, alert.ends_at)]


def test_a_started_alert_queues_only_its_end(district_a):
    alert = AlertFactory(sites=[district_a.site])
    with (
        mock.patch.object(schedule, "_enqueue") as enqueue,
        mock.patch.object(schedule, "can_defer", return_value=True),
    ):
        schedule.schedule(alert.pk)
    assert enqueue.call_args_list == [
        mock.call([district_a.site.pk]),
        mock.call([district_a.site.pk], at=alert.ends_at),
    ]


def test_the_refresh_bumps_the_versions_and_refreshes_every_live_page(
    district_a, district_b, django_capture_on_commit_callbacks
):
    before_a = content_version.current(district_a.site.pk)
    before_b = content_version.current(district_b.site.pk)
    with (
        override_settings(WAGTAILFRONTENDCACHE={"nginx": {"BACKEND": "x", "LOCATION": "y"}}),
        mock.patch.object(schedule, "PurgeBatch") as batch,
    ):
        count = schedule.refresh_sites.call([district_a.site.pk])
    urls = batch.call_args.args[0]
    assert count == len(urls) > 0
    assert "http://alerta.example.by/ru/" in urls
    assert "http://alerta.example.by/be/news/" in urls
    assert not [url for url in urls if "alertb" in url]
    assert content_version.current(district_a.site.pk) != before_a
    assert content_version.current(district_b.site.pk) == before_b


def test_an_alert_on_every_site_bumps_the_network_version(district_a):
    before = content_version.current()
    schedule.refresh_sites.call(None)
    assert content_version.current() != before


def test_removing_a_site_refreshes_the_site_it_leaves(
    district_a, district_b, django_capture_on_commit_callbacks
):
    alert = AlertFactory(sites=[district_a.site, district_b.site])
    with (
        mock.patch.object(schedule, "_enqueue") as enqueue,
        django_capture_on_commit_callbacks(execute=True),
    ):
        alert.sites.remove(district_b.site)
    enqueue.assert_any_call([district_b.site.pk])
