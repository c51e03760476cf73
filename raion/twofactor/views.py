"""Admin pages: the code after the password, setting up an authenticator, recovery codes,
and a network administrator's reset of another user's factors."""

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from django_otp import login as otp_login
from wagtail.admin import messages

from raion.audit import actions
from raion.audit.record import record
from raion.network.permissions import is_network_admin

from . import factors
from .forms import CodeForm
from .models import RecoveryCodeDevice


def _next_url(request):
    url = request.POST.get("next") or request.GET.get("next")
    if url and url_has_allowed_host_and_scheme(url, {request.get_host()}, request.is_secure()):
        return url
    return reverse("wagtailadmin_home")


def verify(request):
    form = CodeForm(request.POST or None)
    if form.is_valid():
        device = factors.verified_device(request.user, form.cleaned_data["code"])
        if device is not None:
            otp_login(request, device)
            if isinstance(device, RecoveryCodeDevice):
                left = factors.remaining_recovery_codes(request.user)
                messages.warning(
                    request,
                    ngettext(
                        "You signed in with a recovery code; %(count)d code is left.",
                        "You signed in with a recovery code; %(count)d codes are left.",
                        left,
                    )
                    % {"count": left},
                )
            return redirect(_next_url(request))
        record(actions.LOGIN_FAILED, request=request, details={"step": "second factor"})
        form.add_error("code", _("This code is not valid. Try the current one."))
    return TemplateResponse(
        request, "twofactor/verify.html", {"form": form, "next": _next_url(request)}
    )


def enrol(request):
    device = factors.pending_totp_device(request.user)
    form = CodeForm(request.POST or None)
    if form.is_valid():
        codes = factors.confirm_totp(device, form.cleaned_data["code"])
        if codes is not None:
            otp_login(request, device)
            record(actions.SECOND_FACTOR_ENROLLED, request=request)
            return TemplateResponse(
                request,
                "twofactor/recovery_codes.html",
                {"codes": codes, "page_title": _("Recovery codes"), "next": _next_url(request)},
            )
        form.add_error("code", _("This code is not valid. Try the current one."))
    context = {
        "form": form,
        "qr_code": factors.qr_code_svg(device),
        "key": factors.readable_key(device),
        "page_title": _("Set up two-factor authentication"),
        "header_icon": "key",
        "next": _next_url(request),
    }
    return TemplateResponse(request, "twofactor/enrol.html", context)


def overview(request):
    context = {
        "enrolled": factors.has_second_factor(request.user),
        "recovery_codes_left": factors.remaining_recovery_codes(request.user),
        "page_title": _("Two-factor authentication"),
        "header_icon": "key",
    }
    return TemplateResponse(request, "twofactor/overview.html", context)


@require_POST
def regenerate_recovery_codes(request):
    if not (request.user.is_verified() and factors.has_second_factor(request.user)):
        raise PermissionDenied
    codes = factors.new_recovery_codes(request.user)
    context = {
        "codes": codes,
        "page_title": _("Recovery codes"),
        "next": reverse("twofactor_overview"),
    }
    return TemplateResponse(request, "twofactor/recovery_codes.html", context)


def reset(request, user_id):
    if not is_network_admin(request.user):
        raise PermissionDenied
    user = get_object_or_404(get_user_model(), pk=user_id)
    if request.method == "POST":
        factors.reset_factors(user)
        record(actions.SECOND_FACTOR_RESET, request=request, object_label=user.get_username())
        messages.success(
            request,
            _("Two-factor authentication of %(user)s was reset.") % {"user": user.get_username()},
        )
        return redirect("wagtailusers_users:index")
    context = {
        "subject": user,
        "page_title": _("Reset two-factor authentication"),
        "header_icon": "key",
    }
    return TemplateResponse(request, "twofactor/reset.html", context)
