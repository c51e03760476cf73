"""The endpoint the "Was this page useful?" form posts to.

The form sits on pages nginx caches and serves to everybody, so it carries no per-visitor
CSRF token (a token would need a cookie, and nginx caches no answer that sets one). The
endpoint is exempt from Django's CSRF check and guards itself instead: it accepts only
posts whose Origin (or, without one, Referer) is the site's own address, which a page of
another site cannot forge from a browser; it changes nothing but adds one anonymous
answer; a hidden field that people leave empty catches simple bots; every field has a
length limit; and each address may post RATE_LIMIT answers per window (`limits`).
"""

import logging
from urllib.parse import urlsplit

from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from wagtail.models import Page, Site

from raion.network.sites import site_id_for_path
from raion.security.client import client_address

from . import limits
from .forms import FeedbackForm
from .pages import asks_for_feedback

logger = logging.getLogger(__name__)

HONEYPOT = "website"
THANKS = "?feedback=thanks#page-feedback"


def _same_origin(request) -> bool:
    claimed = request.headers.get("Origin") or request.headers.get("Referer") or ""
    return bool(claimed) and urlsplit(claimed).netloc == request.get_host()


def _refuse(request, message, status, back=None):
    logger.warning("Page feedback refused (%s): %s", status, message)
    context = {"message": message, "back": back}
    return render(request, "feedback/refused.html", context, status=status)


@csrf_exempt
@never_cache
@require_POST
def submit(request):
    if not _same_origin(request):
        return _refuse(request, _("The answer did not come from this site's page."), 403)
    site = Site.find_for_request(request)
    form = FeedbackForm(request.POST)
    if not form.is_valid() or site is None:
        return _refuse(
            request, _("The answer could not be read: please go back and try again."), 400
        )
    page = Page.objects.live().filter(pk=form.cleaned_data["page"]).first()
    if page is None or site_id_for_path(page.path) != site.pk or not asks_for_feedback(page):
        return _refuse(request, _("This page does not take answers."), 400)
    page_url = page.get_url(request)
    if request.POST.get(HONEYPOT):
        # A bot: it learns nothing, and nothing is stored.
        return HttpResponseRedirect(page_url + THANKS, status=303)
    if not limits.allow(client_address(request)):
        message = _("Too many answers from your address: please try again later.")
        return _refuse(request, message, 429, back=page_url)
    page.feedback.create(
        site=site, useful=form.cleaned_data["useful"], comment=form.cleaned_data["comment"]
    )
    return HttpResponseRedirect(page_url + THANKS, status=303)
