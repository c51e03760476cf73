from wagtail import hooks
from wagtail.admin.views.pages.listing import PageFilterSet
from wagtail.models import Site

# --- Per-site isolation of the admin ------------------------------------------------------
from .admin_scope import SiteScopedDeleteBulkAction, SiteScopedModerationPanel
from .page_scope import narrow_pages
from .policy import scope_for_user

# After Wagtail's own delete action (order 0), so that this one serves site-owned snippets.
hooks.register("register_bulk_action", SiteScopedDeleteBulkAction, order=1)


@hooks.register("construct_page_chooser_queryset")
def chooser_pages_of_users_sites(pages, request):
    return narrow_pages(pages, request.user)


@hooks.register("construct_explorer_page_queryset")
def explorer_pages_of_users_sites(parent_page, pages, request):
    return narrow_pages(pages, request.user)


@hooks.register("construct_homepage_panels")
def moderation_of_users_sites(request, panels):
    panels[:] = [
        SiteScopedModerationPanel() if panel.name == SiteScopedModerationPanel.name else panel
        for panel in panels
    ]


# The "Site" filter of the page explorer and page search offers the user's sites only
# (django-filter calls a callable queryset with the request).
PageFilterSet.base_filters["site"].queryset = lambda request: scope_for_user(
    Site.objects.all(), request.user
)
# --- end of per-site isolation -------------------------------------------------------------
