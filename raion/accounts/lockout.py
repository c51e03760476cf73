"""Locked accounts and addresses: the answer a locked login gets, the list and unlocking.

django-axes counts failed logins per username and per address in the database, whether or
not the username exists, so an unknown username is locked exactly like a real one and the
answer below names neither: nothing tells an attacker which usernames exist.
"""

from collections import defaultdict
from dataclasses import dataclass

from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_cool_off
from axes.models import AccessAttempt
from django.conf import settings
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
    totals = defaultdict(lambda: [0, None])
    for row in recent.values("username", "ip_address", "failures_since_start", "attempt_time"):
        for kind in ("username", "ip_address"):
            if row[kind]:
                total = totals[kind, row[kind]]
                total[0] += row["failures_since_start"]
                total[1] = max(filter(None, [total[1], row["attempt_time"]]))
    locks = [
        Lock(kind, value, failures, last)
        for (kind, value), (failures, last) in totals.items()
        if failures >= settings.AXES_FAILURE_LIMIT
    ]
    return sorted(locks, key=lambda lock: lock.last_failure, reverse=True)


def unlock(*, username=None, ip_address=None) -> int:
    """Forget the failed logins of a username or an address; the number of records removed."""
    if username:
        return AxesProxyHandler.reset_attempts(username=username)
    if ip_address:
        return AxesProxyHandler.reset_attempts(ip_address=ip_address)
    raise ValueError("unlock needs a username or an address")
