"""The site's own "page not found" under DEBUG (`make run`), as readers get it in production.

With DEBUG, Django answers a missing page with its technical 404, which hides what a
reader would see. The admin and addresses that match no URL pattern keep Django's page.
"""

from django.http import Http404
from django.views import defaults


class SiteNotFoundMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, Http404) and not request.path.startswith("/admin/"):
            return defaults.page_not_found(request, exception)
        return None
