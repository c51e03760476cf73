"""Pages in the admin, narrowed to the sites the user works on."""

import functools
import operator

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.urls import reverse
from wagtail.models import Page, Task, Workflow

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


def workflows_of_users_sites(request):
    """The workflows that moderate pages of the sites the user works on."""
    site_ids = user_site_ids(request.user)
    if site_ids is None:
        return Workflow.objects.all()
    pages = pages_of_sites(site_ids)
    return Workflow.objects.filter(workflow_pages__page__in=pages).distinct()


def tasks_of_users_sites(request):
    workflows = workflows_of_users_sites(request)
    return Task.objects.filter(workflow_tasks__workflow__in=workflows).distinct()


class AdminPageScopeMiddleware:
    """An admin URL naming a page of another site (the explorer or the page chooser at
    that page, its edit or history views, …) is refused (403) to a user who does not work
    there: a 404 would become LocaleMiddleware's redirect to a language-prefixed address.
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
            raise PermissionDenied
        return None
