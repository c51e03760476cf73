"""The address of the client behind nginx, for counting failed logins and the audit log.

nginx appends the address it received the request from to X-Forwarded-For
(`$proxy_add_x_forwarded_for`): the right-most entry is the only one nginx vouches for;
anything to its left was sent by the client and may be forged. The header is believed only
when the request comes from a trusted proxy (RAION_TRUSTED_PROXIES).
"""

from django.conf import settings


def client_address(request) -> str | None:
    remote = request.META.get("REMOTE_ADDR")
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if remote in settings.RAION_TRUSTED_PROXIES and forwarded.strip():
        return forwarded.split(",")[-1].strip()
    return remote
