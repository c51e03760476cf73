import functools

from django.contrib.sitemaps.views import sitemap as django_sitemap
from django.contrib.staticfiles import finders
from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from .sitemaps import AllLanguagesSitemap


def sitemap(request):
    return django_sitemap(
        request,
        sitemaps={"pages": AllLanguagesSitemap(request)},
        content_type="application/xml; charset=utf-8",
    )


@cache_control(max_age=3600, public=True)
def robots_txt(request):
    return render(request, "discovery/robots.txt", content_type="text/plain; charset=utf-8")


@functools.cache
def _favicon():
    with open(finders.find("raion/img/favicon.ico"), "rb") as icon:
        return icon.read()


@require_safe
@cache_control(max_age=86400, public=True)
def favicon(request):
    """Browsers and crawlers ask every site for /favicon.ico, whatever the page links."""
    return HttpResponse(_favicon(), content_type="image/x-icon")
