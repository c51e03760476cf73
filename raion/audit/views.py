"""Reports → Audit log: filter by site, user, action and date; export as CSV or XLSX."""

import datetime

import django_filters
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Site

from raion.network.permissions import sites_visible_to

from . import actions
from .models import AuditEntry
from .visibility import can_read_audit_log, entries_visible_to


class AuditFilterSet(WagtailFilterSet):
    site = django_filters.ModelChoiceFilter(label=_("Site"), queryset=Site.objects.none())
    username = django_filters.CharFilter(label=_("User"), lookup_expr="iexact")
    action = django_filters.ChoiceFilter(label=_("Action"), choices=actions.choices)
    timestamp = django_filters.DateFromToRangeFilter(label=_("Date"), widget=DateRangePickerWidget)

    def __init__(self, *args, sites=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["site"].queryset = Site.objects.filter(pk__in=[s.pk for s in sites])

    class Meta:
        model = AuditEntry
        fields = ["site", "username", "action", "timestamp"]


class AuditLogView(ReportView):
    page_title = _("Audit log")
    header_icon = "history"
    index_url_name = "audit_log"
    index_results_url_name = "audit_log_results"
    filterset_class = AuditFilterSet
    columns = [
        DateColumn("timestamp", label=_("Time")),
        Column("action_label", label=_("Action")),
        Column("username", label=_("User")),
        Column("address", label=_("Address")),
        Column("site", label=_("Site")),
        Column("object_label", label=_("Object")),
    ]
    list_export = [
        "timestamp",
        "action",
        "action_label",
        "username",
        "address",
        "site",
        "object_label",
        "details",
    ]
    export_headings = {
        "timestamp": _("Time"),
        "action": _("Action code"),
        "action_label": _("Action"),
        "username": _("User"),
        "address": _("Address"),
        "site": _("Site"),
        "object_label": _("Object"),
        "details": _("Details"),
    }

    def dispatch(self, request, *args, **kwargs):
        if not can_read_audit_log(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_filterset_kwargs(self):
        return {**super().get_filterset_kwargs(), "sites": sites_visible_to(self.request.user)}

    def get_queryset(self):
        return entries_visible_to(self.request.user).select_related("site")

    def get_filename(self):
        return f"audit-log-{datetime.date.today():%Y-%m-%d}"
