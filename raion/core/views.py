from django.http import Http404
from wagtail import views as wagtail_views

from .routing import route


def serve(request, path=""):
    """Wagtail's page serving (hooks, privacy, previews) on top of our one-query routing."""
    if not hasattr(request, "_wagtail_route_for_request"):
        try:
            request._wagtail_route_for_request = route(request, path)
        except Http404:
            request._wagtail_route_for_request = None
    return wagtail_views.serve(request, path)
