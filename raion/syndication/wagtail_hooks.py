"""Admin: feed sources per site with their health, the record of runs, open conflicts, and a
dashboard panel naming the sources that keep failing."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PageChooserPanel
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from raion.network.admin_scope import SiteScopedViewSetMixin
from raion.network.policy import SitePermissionPolicy, scope_for_user

from .forms import FeedSourceForm
from .models import FeedSource, ImportConflict, ImportRun


class FeedSourceViewSet(SiteScopedViewSetMixin, ModelViewSet):
    model = FeedSource
    admin_form_class = FeedSourceForm
    name = "syndication_sources"
    url_prefix = "syndication/sources"
    icon = "globe"
    menu_label = _("Feed sources")
    list_display = [
        "name",
        "site",
        "target",
        BooleanColumn("enabled", label=_("Enabled")),
        DateColumn("last_success_at", label=_("Last success")),
        Column("last_error_summary", label=_("Last error")),
        Column("last_run_counts", label=_("Last run")),
        "consecutive_failures",
    ]
    list_filter = ["site", "enabled"]
    search_fields = ["name", "url"]
    ordering = ["site", "name"]
    inspect_view_enabled = True
    panels = [
        FieldPanel("site"),
        FieldPanel("name"),
        FieldPanel("url"),
        PageChooserPanel("target", page_type="news.NewsIndexPage"),
        FieldPanel("attribution"),
        FieldRowPanel([FieldPanel("enabled"), FieldPanel("policy")]),
        FieldRowPanel([FieldPanel("interval_minutes"), FieldPanel("max_items")]),
        FieldRowPanel([FieldPanel("import_images"), FieldPanel("collection")]),
        MultiFieldPanel(
            [
                FieldPanel("include_keywords"),
                FieldPanel("exclude_keywords"),
                FieldPanel("include_categories"),
                FieldPanel("exclude_categories"),
                FieldPanel("oldest_item_days"),
            ],
            heading=_("Filters"),
        ),
        MultiFieldPanel(
            [FieldPanel("timeout"), FieldPanel("max_bytes"), FieldPanel("allowed_networks")],
            heading=_("Network limits"),
        ),
    ]


class ViewOnlyPermissionPolicy(SitePermissionPolicy):
    """Records written by the importer: people may look at them, not change them."""

    actions = {"view"}

    def user_has_permission(self, user, action):
        return action in self.actions and super().user_has_permission(user, action)


class ResolveOnlyPermissionPolicy(ViewOnlyPermissionPolicy):
    """Conflicts are found by the importer only: people may look at them and mark them
    resolved, not add or delete them."""

    actions = {"view", "change"}


class ImportRunViewSet(SiteScopedViewSetMixin, ModelViewSet):
    model = ImportRun
    site_path = "source__site"
    permission_policy_class = ViewOnlyPermissionPolicy
    name = "syndication_runs"
    url_prefix = "syndication/runs"
    icon = "history"
    menu_label = _("Import runs")
    list_display = [
        "source",
        "started_at",
        "finished_at",
        "status",
        "http_status",
        "fetched",
        "created",
        "updated",
        "skipped",
        "conflicts",
        "errors",
        "error",
    ]
    list_filter = ["status", "source__site", "source"]
    ordering = ["-started_at"]
    inspect_view_enabled = True
    form_fields = []


class ImportConflictViewSet(SiteScopedViewSetMixin, ModelViewSet):
    model = ImportConflict
    site_path = "item__source__site"
    permission_policy_class = ResolveOnlyPermissionPolicy
    name = "syndication_conflicts"
    url_prefix = "syndication/conflicts"
    icon = "warning"
    menu_label = _("Import conflicts")
    list_display = ["__str__", "item__source", "item__article", "detected_at", "resolved"]
    list_filter = ["resolved", "item__source"]
    inspect_view_enabled = True
    panels = [FieldPanel("resolved")]


class SyndicationViewSetGroup(ModelViewSetGroup):
    items = (FeedSourceViewSet, ImportRunViewSet, ImportConflictViewSet)
    menu_label = _("Syndication")
    menu_icon = "globe"
    menu_order = 250


@hooks.register("register_admin_viewset")
def register_syndication_viewsets():
    return SyndicationViewSetGroup()


class FailingSourcesPanel(Component):
    """Sources that failed so many runs in a row that someone should look."""

    name = "failing_feed_sources"
    template_name = "syndication/failing_sources_panel.html"
    order = 90

    def __init__(self, sources):
        self.sources = sources

    def get_context_data(self, parent_context):
        return {
            "sources": self.sources,
            "threshold": settings.RAION_SYNDICATION_FLAG_AFTER_FAILURES,
        }


def flagged_sources(user):
    threshold = settings.RAION_SYNDICATION_FLAG_AFTER_FAILURES
    sources = FeedSource.objects.filter(consecutive_failures__gte=threshold)
    return list(scope_for_user(sources, user).select_related("site"))


@hooks.register("construct_homepage_panels")
def add_failing_sources_panel(request, panels):
    if not request.user.has_perm("syndication.view_feedsource"):
        return
    sources = flagged_sources(request.user)
    if sources:
        panels.append(FailingSourcesPanel(sources))
