from django.contrib.sitemaps.views import sitemap as django_sitemap
from django.shortcuts import render
from django.views.decorators.cache import cache_control

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
