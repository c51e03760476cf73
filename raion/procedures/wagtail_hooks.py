from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from raion.network.permissions import is_network_admin
from raion.network.viewsets import SiteOwnedViewSet

from .admin_views import ExportView, ImportView
from .compliance import incomplete_procedures
from .local import LocalProcedure, OneWindowService
from .registry import Chapter, Procedure


class NetworkAdminPolicy(ModelPermissionPolicy):
    """The national registry is the network's: only a network administrator reaches it."""

    def user_has_permission(self, user, action):
        return is_network_admin(user)

    def user_has_any_permission(self, user, actions):
        return is_network_admin(user)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission(actions).filter(is_superuser=True)

    def user_has_permission_for_instance(self, user, action, instance):
        return is_network_admin(user)

    def instances_user_has_any_permission_for(self, user, actions):
        objects = self.model._default_manager.all()
        return objects if is_network_admin(user) else objects.none()


class RegistryViewSet(SnippetViewSet):
    @cached_property
    def permission_policy(self):
        return NetworkAdminPolicy(self.model)

    def on_register(self):
        register_permission_policy(self.model, self.permission_policy, exact_class=True)
        super().on_register()


class ChapterViewSet(RegistryViewSet):
    model = Chapter
    icon = "list-ol"
    list_display = ["__str__", "procedure_list", "locale"]
    list_filter = ["procedure_list", "locale"]
    search_fields = ["title", "number"]


class ProcedureViewSet(RegistryViewSet):
    model = Procedure
    icon = "doc-full"
    list_display = ["number", "name", "procedure_list", "locale"]
    list_filter = ["procedure_list", "locale", "chapter"]
    search_fields = ["name", "number"]
    list_per_page = 50


class LocalProcedureViewSet(SiteOwnedViewSet):
    model = LocalProcedure
    icon = "clipboard-list"
    list_display = ["__str__", "department", "site", "locale", "live"]
    list_filter = ["site", "locale", "live"]
    search_fields = ["department", "notes"]


class OneWindowViewSet(SiteOwnedViewSet):
    model = OneWindowService
    icon = "home"


class ProceduresGroup(SnippetViewSetGroup):
    menu_label = _("Administrative procedures")
    menu_icon = "clipboard-list"
    menu_order = 230
    items = (LocalProcedureViewSet, OneWindowViewSet, ProcedureViewSet, ChapterViewSet)


register_snippet(ProceduresGroup)


class NetworkAdminMenuItem(MenuItem):
    def is_shown(self, request):
        return is_network_admin(request.user)


@hooks.register("register_admin_urls")
def register_transfer_urls():
    return [
        path("procedures/import/", ImportView.as_view(), name="procedures_import"),
        path(
            "procedures/export/<str:file_format>/", ExportView.as_view(), name="procedures_export"
        ),
    ]


@hooks.register("register_settings_menu_item")
def register_import_menu_item():
    return NetworkAdminMenuItem(
        _("Import procedures"), reverse("procedures_import"), icon_name="upload", order=900
    )


hooks.register("compliance_incomplete_rows", incomplete_procedures)
