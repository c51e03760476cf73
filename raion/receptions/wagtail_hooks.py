from wagtail.snippets.models import register_snippet

from raion.network.viewsets import SiteOwnedViewSet

from .models import Schedule


class ScheduleViewSet(SiteOwnedViewSet):
    model = Schedule
    icon = "date"
    menu_order = 240
    list_display = ["__str__", "kind", "site", "locale"]
    list_filter = ["site", "locale", "kind"]


register_snippet(ScheduleViewSet)
