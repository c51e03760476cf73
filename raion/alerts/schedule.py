"""Making what nginx keeps current when an alert changes, starts or ends.

A page shows an alert by the clock (`showing`), but nginx keeps pages for minutes, in
its page cache and as page files, and nothing happens in the application when a start
or an end time passes. So every save of an alert queues `refresh_sites` three times: at
once (after the commit), at the alert's start and at its end. The task bumps the content
version of the sites concerned (the network's for an alert on every site) and refreshes
every live page of those sites through `raion.cache`'s nginx refresh, which also deletes
their page files. The worker runs a deferred task within its polling interval of the
time, so the banner appears and goes within seconds, not at the next expiry.

A task queued for times an editor has since changed still runs: it refreshes pages that
are already current, which costs renders but shows nothing wrong.
"""

import logging
from datetime import datetime

from django.db import transaction
from django.db.models.signals import m2m_changed, post_save, pre_delete
from django.utils import timezone
from django_tasks import task
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Site

from raion.cache import invalidation
from raion.network import content_version
from raion.network.sites import pages_of_site

from .models import Alert

logger = logging.getLogger(__name__)


def site_ids_of(alert: Alert) -> list[int] | None:
    """The sites `alert` shows on; None for every site."""
    if alert.all_sites:
        return None
    return sorted(alert.sites.values_list("pk", flat=True))


def live_page_urls(site_ids) -> list[str]:
    sites = Site.objects.select_related("root_page")
    if site_ids is not None:
        sites = sites.filter(pk__in=site_ids)
    urls = []
    for site in sites:
        for page in pages_of_site(site).live().order_by("path"):
            url = page.get_full_url()
            if url:
                urls.append(url)
    return urls


@task()
def refresh_sites(site_ids: list[int] | None) -> int:
    """Make the pages of `site_ids` (None: every site) show the alerts of now; returns the
    number of URLs refreshed in nginx."""
    if site_ids is None:
        content_version.bump()
    for site_id in site_ids or ():
        content_version.bump(site_id)
    if not invalidation.enabled():
        return 0
    urls = live_page_urls(site_ids)
    PurgeBatch(urls).purge()
    logger.info("Alert refresh of sites %s: %s pages", site_ids or "all", len(urls))
    return len(urls)


def can_defer() -> bool:
    """Whether tasks can wait for a time: not where they run at once (dev, tests), where
    pages still follow the clock and only nginx's copies, if any, wait for expiry."""
    return refresh_sites.get_backend().supports_defer


def _enqueue(site_ids, at: datetime | None = None):
    refresh = refresh_sites if at is None else refresh_sites.using(run_after=at)
    refresh.enqueue(site_ids)


def schedule(alert_id: int):
    """Refresh the alert's sites now and queue refreshes at its start and end."""
    alert = Alert.objects.filter(pk=alert_id).first()
    if alert is None:
        return
    site_ids = site_ids_of(alert)
    _enqueue(site_ids)
    now = timezone.now()
    for boundary in (alert.starts_at, alert.ends_at):
        if boundary > now and can_defer():
            _enqueue(site_ids, at=boundary)


def _after_commit(action):
    transaction.on_commit(action)


def _on_saved(instance, **_kwargs):
    _after_commit(lambda: schedule(instance.pk))


def _on_sites_changed(instance, action, pk_set, **_kwargs):
    if action in ("pre_remove", "pre_clear"):
        # The sites it leaves must lose the banner too.
        removed = sorted(pk_set) if pk_set else list(instance.sites.values_list("pk", flat=True))
        if removed:
            _after_commit(lambda: _enqueue(removed))
    elif action == "post_add":
        _after_commit(lambda: schedule(instance.pk))


def _on_deleted(instance, **_kwargs):
    site_ids = site_ids_of(instance)
    _after_commit(lambda: _enqueue(site_ids))


def connect():
    post_save.connect(_on_saved, sender=Alert, dispatch_uid="raion-alerts-saved")
    m2m_changed.connect(
        _on_sites_changed, sender=Alert.sites.through, dispatch_uid="raion-alerts-sites"
    )
    pre_delete.connect(_on_deleted, sender=Alert, dispatch_uid="raion-alerts-deleted")
