"""The admin speaks the server's language (LANGUAGE_CODE) until a user picks another.

Wagtail falls back to the active language, which LocaleMiddleware takes from the
browser; the account page, though, names LANGUAGE_CODE as the default, so an editor
would see one language and be told another.
"""

from django.conf import settings
from django.urls import reverse
from django.utils import translation


class AdminDefaultLanguageMiddleware:
    """After LocaleMiddleware: on admin URLs, the server's language replaces the browser's."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = None

    def __call__(self, request):
        if self.admin_prefix is None:
            self.admin_prefix = reverse("wagtailadmin_home")
        if request.path.startswith(self.admin_prefix):
            translation.activate(settings.LANGUAGE_CODE)
            request.LANGUAGE_CODE = settings.LANGUAGE_CODE
        return self.get_response(request)
