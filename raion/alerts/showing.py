"""Which alerts a site's pages show now.

Every page asks, so a site's alerts that have not yet ended are cached under the site's
content version (a change of an alert bumps it) and filtered by the clock on each
render: an alert appears at its start and goes at its end with no query and no change
of version. What nginx keeps of the pages is made current by `schedule`.
"""

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

from raion.network import content_version

from .models import SEVERITY_ORDER, Alert


def not_ended_for_site(site_id) -> list[Alert]:
    key = f"raion:alerts:{site_id}:{content_version.current(site_id)}"
    alerts = cache.get(key)
    if alerts is None:
        alerts = list(Alert.objects.for_site(site_id).not_ended())
        cache.set(key, alerts, timeout=settings.RAION_FRAGMENT_CACHE_SECONDS)
    return alerts


def showing_on(site_id, now=None) -> list[Alert]:
    """The alerts the pages of `site_id` show at `now`, the most urgent first."""
    if site_id is None:
        return []
    now = now or timezone.now()
    showing = [alert for alert in not_ended_for_site(site_id) if alert.is_showing(now)]
    return sorted(showing, key=lambda alert: (SEVERITY_ORDER[alert.severity], alert.starts_at))
