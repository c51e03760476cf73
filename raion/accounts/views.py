"""Settings → Locked accounts: what failed logins have locked, and unlocking it."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin import messages

from raion.audit import actions
from raion.audit.record import record
from raion.network.permissions import is_network_admin

from .lockout import current_locks, unlock


def _require_network_admin(request):
    if not is_network_admin(request.user):
        raise PermissionDenied


def locked_accounts(request):
    _require_network_admin(request)
    return TemplateResponse(
        request,
        "accounts/locked.html",
        {"locks": current_locks(), "page_title": _("Locked accounts"), "header_icon": "lock"},
    )


@require_POST
def unlock_view(request):
    _require_network_admin(request)
    kind = request.POST.get("kind")
    value = request.POST.get("value", "").strip()
    if kind not in ("username", "ip_address") or not value:
        messages.error(request, _("Nothing to unlock was named."))
        return redirect("accounts_locked")
    unlock(**{kind: value})
    record(actions.UNLOCK, request=request, object_label=value, details={"via": "admin"})
    messages.success(request, _("Unlocked: %(value)s") % {"value": value})
    return redirect("accounts_locked")
