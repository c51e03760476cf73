"""Pages in the admin, narrowed to the sites the user works on."""

import functools
import operator

from django.db.models import Q
from django.http import Http404
from django.urls import reverse
from wagtail.models import Page

from .policy import user_site_ids
from .sites import home_paths_by_site


def pages_of_sites(site_ids):
    """Every page of the language trees of the sites `site_ids` (None: every page)."""
    if site_ids is None:
        return Page.objects.all()
    paths = [path for path, site_id in home_paths_by_site().items() if site_id in site_ids]
    if not paths:
        return Page.objects.none()
    return Page.objects.filter(
        functools.reduce(operator.or_, (Q(path__startswith=path) for path in paths))
    )


def narrow_pages(pages, user):
    """`pages` narrowed to the trees of the user's sites (and Wagtail's root above them)."""
    site_ids = user_site_ids(user)
    if site_ids is None:
        return pages
    return pages.filter(Q(depth=1) | Q(pk__in=pages_of_sites(site_ids).values("pk")))


class AdminPageScopeMiddleware:
    """An admin URL naming a page of another site (the explorer or the page chooser at
    that page, its edit or history views, …) answers 404 to a user who does not work there.
    Wagtail's page permissions already refuse most of them; this also hides the pages that
    the explorer and the chooser would show by title."""

    PAGE_ARGUMENTS = ("page_id", "parent_page_id")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        page_ids = [view_kwargs[name] for name in self.PAGE_ARGUMENTS if name in view_kwargs]
        if not page_ids or not request.user.is_authenticated:
            return None
        if not request.path.startswith(reverse("wagtailadmin_home")):
            return None
        visible = narrow_pages(Page.objects.filter(pk__in=page_ids), request.user)
        if visible.count() != len(set(page_ids)):
            raise Http404
        return None
