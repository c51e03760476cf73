"""The display settings panel, the visitor's stylesheet and the old `/special/` links.

Pages never vary by the preferences cookie, so their HTML stays the same for every
visitor and cacheable; only these small responses read it (and say so with
`Vary: Cookie` and private caching).
"""

import hashlib
from urllib.parse import urlsplit

from django.http import HttpResponse, HttpResponseForbidden
from django.shortcuts import redirect, render
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_safe

from . import preferences, stylesheet
from .forms import PreferencesForm


def _private(response):
    patch_cache_control(response, private=True, no_cache=True)
    patch_vary_headers(response, ["Cookie"])
    return response


def _same_site_path(request, url):
    """`url` as a path on this site, or None when it leads anywhere else."""
    if not url or not url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return None
    parts = urlsplit(url)
    if not parts.path.startswith("/"):
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _return_path(request):
    """Where the panel sends the reader back to: `next`, else the page they came from."""
    candidates = (
        request.POST.get("next"),
        request.GET.get("next"),
        request.headers.get("referer"),
    )
    for candidate in candidates:
        path = _same_site_path(request, candidate)
        if path:
            return path
    return f"/{get_language()}/"


def _posted_from_this_site(request):
    """Browsers name the page a form was sent from in `Origin`; it must be this site."""
    origin = request.headers.get("origin")
    return origin is None or (
        origin != "null" and _same_site_path(request, f"{origin}/") is not None
    )


# No CSRF token: Django's would set a `csrftoken` cookie on the panel's answer, which
# nginx then never caches. What a forged request could do is change how the site looks
# to the visitor; the Origin check refuses even that.
@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def panel(request):
    """GET shows the settings; POST stores them in the cookie and goes back to the page."""
    next_path = _return_path(request)
    status = 200
    if request.method == "POST":
        if not _posted_from_this_site(request):
            return HttpResponseForbidden()
        if "reset" in request.POST:
            return preferences.remember(redirect(next_path), preferences.STANDARD, request)
        form = PreferencesForm(request.POST)
        if form.is_valid():
            return preferences.remember(redirect(next_path), form.preferences(), request)
        status = 400
    else:
        form = PreferencesForm(initial=preferences.from_request(request).as_dict())
    context = {
        "form": form,
        "next": next_path,
        "cookie_name": preferences.COOKIE_NAME,
        "cookie_max_age": preferences.COOKIE_MAX_AGE,
    }
    return _private(render(request, "accessibility/panel.html", context, status=status))


@require_safe
def visitor_stylesheet(request):
    """The visitor's preferences as CSS, linked from every page after site.css: those
    named by `v` (the same for everybody, kept for a year), else the cookie's."""
    if "v" in request.GET:
        css = stylesheet.render(preferences.decode(request.GET["v"]))
        response = HttpResponse(css, content_type="text/css; charset=utf-8")
        patch_cache_control(
            response, public=True, max_age=stylesheet.IMMUTABLE_SECONDS, immutable=True
        )
        return response
    css = stylesheet.render(preferences.from_request(request))
    etag = f'"{hashlib.sha256(css.encode()).hexdigest()[:32]}"'
    response = _private(HttpResponse(css, content_type="text/css; charset=utf-8"))
    response["ETag"] = etag
    return get_conditional_response(request, etag=etag, response=response)


@require_safe
def special(request, path=""):
    """An old `/special/<path>` link: the same page, in the visually impaired preset."""
    target = "/" + path.lstrip("/\\")
    if request.META.get("QUERY_STRING"):
        target += "?" + request.META["QUERY_STRING"]
    target = _same_site_path(request, target) or "/"
    return preferences.remember(redirect(target), preferences.VISUALLY_IMPAIRED, request)
