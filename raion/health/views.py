"""Probes for load balancers and process supervisors. Never cached by nginx or browsers."""

from django.http import JsonResponse
from django.views.decorators.cache import never_cache

from . import checks


@never_cache
def healthz(request):
    """The process is alive and answers; nothing else is checked."""
    return JsonResponse({"status": "ok"})


@never_cache
def readyz(request):
    """The process can serve pages: its database and cache answer."""
    results = {"database": checks.database_reachable(), "cache": checks.cache_reachable()}
    ready = all(results.values())
    return JsonResponse(
        {"status": "ok" if ready else "unavailable", "checks": results},
        status=200 if ready else 503,
    )
