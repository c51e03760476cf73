from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .views import BilingualComplianceReportView


@hooks.register("register_admin_urls")
def register_report_url():
    return [
        path(
            "reports/bilingual-compliance/",
            BilingualComplianceReportView.as_view(),
            name="bilingual_compliance_report",
        )
    ]


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return MenuItem(
        _("Bilingual compliance"),
        reverse("bilingual_compliance_report"),
        name="bilingual-compliance",
        icon_name="site",
        order=950,
    )


@hooks.register("insert_editor_js")
def translation_editor_heading():
    return format_html(
        '<script src="{}" defer></script>', static("translations/js/editor-heading.js")
    )
