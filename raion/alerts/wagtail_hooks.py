from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.admin.viewsets.model import ModelViewSet

from raion.network.admin_scope import SiteScopedViewSetMixin

from .forms import AlertForm
from .models import Alert
from .policy import AlertPermissionPolicy


class AlertViewSet(SiteScopedViewSetMixin, ModelViewSet):
    model = Alert
    permission_policy_class = AlertPermissionPolicy
    site_path = "sites"
    admin_form_class = AlertForm
    name = "alerts"
    url_prefix = "alerts"
    icon = "warning"
    menu_label = _("Emergency alerts")
    menu_order = 240
    add_to_admin_menu = True
    list_display = [
        "__str__",
        Column("severity", label=_("Severity"), accessor="get_severity_display"),
        DateColumn("starts_at", label=_("Shown from")),
        DateColumn("ends_at", label=_("Shown until")),
        BooleanColumn("all_sites", label=_("Every site")),
    ]
    list_filter = ["severity", "sites"]
    search_fields = ["text_ru", "text_be", "text_en"]
    ordering = ["-starts_at"]
    panels = [
        FieldPanel("severity"),
        FieldPanel("text_ru"),
        FieldPanel("text_be"),
        FieldPanel("text_en"),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
        MultiFieldPanel(
            [FieldPanel("all_sites"), FieldPanel("sites", widget=forms.CheckboxSelectMultiple)],
            heading=_("Where it shows"),
        ),
    ]


@hooks.register("register_admin_viewset")
def register_alert_viewset():
    return AlertViewSet()
