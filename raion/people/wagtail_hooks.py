from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from raion.network.viewsets import SiteOwnedViewSet

from .models import Official, Unit


class OfficialViewSet(SiteOwnedViewSet):
    model = Official
    icon = "user"
    add_to_admin_menu = False
    list_display = ["name", "position", "site", "locale"]
    search_fields = ["name", "position"]


class UnitViewSet(SiteOwnedViewSet):
    model = Unit
    icon = "list-ul"
    add_to_admin_menu = False
    list_display = ["name", "kind", "site", "locale"]
    list_filter = ["site", "locale", "kind"]
    search_fields = ["name"]


class PeopleViewSetGroup(SnippetViewSetGroup):
    items = (OfficialViewSet, UnitViewSet)
    menu_label = _("Leadership and structure")
    menu_icon = "group"
    menu_order = 230


register_snippet(PeopleViewSetGroup)
