"""Locked accounts and addresses: the answer a locked login gets, the list and unlocking.

django-axes counts failed logins per username and per address in the database, whether or
not the username exists, so an unknown username is locked exactly like a real one and the
answer below names neither: nothing tells an attacker which usernames exist.
"""

from dataclasses import dataclass

from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_cool_off
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Max, Sum
from django.shortcuts import render
from django.utils import timezone


def lockout_response(request, original_response=None, credentials=None):
    """The same page and status for every locked login, known username or not."""
    minutes = int(get_cool_off(request).total_seconds() // 60)
    return render(request, "accounts/locked_out.html", {"minutes": minutes}, status=429)


@dataclass(frozen=True)
class Lock:
    kind: str  # "username" or "ip_address"
    value: str
    failures: int
    last_failure: object


def current_locks() -> list[Lock]:
    """Usernames and addresses that have reached the failure limit within the cool-off."""
    since = timezone.now() - settings.AXES_COOLOFF_TIME
    recent = AccessAttempt.objects.filter(attempt_time__gte=since)
    locks = []
    for kind in ("username", "ip_address"):
        rows = (
            recent.exclude(**{f"{kind}__isnull": True})
            .exclude(**{kind: ""})
            .values(kind)
            .annotate(failures=Sum("failures_since_start"), last=Max("attempt_time"))
            .filter(failures__gte=settings.AXES_FAILURE_LIMIT)
            .order_by("-last")
        )
        locks += [Lock(kind, row[kind], row["failures"], row["last"]) for row in rows]
    return locks


def unlock(*, username=None, ip_address=None) -> int:
    """Forget the failed logins of a username or an address; the number of records removed."""
    if username:
        return AxesProxyHandler.reset_attempts(username=username)
    if ip_address:
        return AxesProxyHandler.reset_attempts(ip_address=ip_address)
    raise ValueError("unlock needs a username or an address")
