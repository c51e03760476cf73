"""Writing an audit entry: the one function every event goes through."""

from django.contrib.auth.models import AnonymousUser

from raion.security.client import client_address

from .models import AuditEntry


def record(
    action, *, request=None, user=None, username="", site=None, object_label="", details=None
):
    """Record `action`. With a request, the acting user, the client's address and the site
    the request came to are taken from it unless given."""
    address = None
    if request is not None:
        address = client_address(request)
        acting = getattr(request, "user", None)
        if user is None and acting is not None and not isinstance(acting, AnonymousUser):
            user = acting if acting.is_authenticated else None
        site = site or getattr(request, "_wagtail_site", None)
    if user is not None:
        username = username or user.get_username()
    return AuditEntry.objects.create(
        action=action,
        user=user,
        username=username[:150],
        address=address,
        site=site,
        object_label=str(object_label)[:255],
        details=details or {},
    )
