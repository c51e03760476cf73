"""The admin asks for the second factor after the password.

A user who has set up an authenticator is sent to the code page until the session is
verified; where RAION_REQUIRE_SECOND_FACTOR is on, a user without one is sent to set it up.
The public site is never affected.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.shortcuts import redirect
from django.urls import reverse

from .factors import has_second_factor

# What a half-logged-in user may still reach: signing in and out, these pages, and the
# icons and translations of the admin's scripts, which hold no content.
OPEN_URL_NAMES = (
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "twofactor_verify",
    "twofactor_enrol",
    "wagtailadmin_sprite",
    "wagtailadmin_javascript_catalog",
)


class SecondFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        redirect_to = self.redirect_for(request)
        if redirect_to:
            return redirect(
                f"{reverse(redirect_to)}?{urlencode({'next': request.get_full_path()})}"
            )
        return self.get_response(request)

    def redirect_for(self, request):
        admin_prefix = getattr(settings, "RAION_ADMIN_PATH_PREFIX", "/admin/")
        user = request.user
        if not request.path.startswith(admin_prefix) or not user.is_authenticated:
            return None
        if user.is_verified() or request.path in {reverse(name) for name in OPEN_URL_NAMES}:
            return None
        if has_second_factor(user):
            return "twofactor_verify"
        if settings.RAION_REQUIRE_SECOND_FACTOR:
            return "twofactor_enrol"
        return None
