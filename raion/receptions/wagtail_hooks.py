from wagtail import hooks
from wagtail.snippets.models import register_snippet

from raion.network.viewsets import SiteOwnedViewSet

from .compliance import incomplete_schedules
from .models import Schedule


class ScheduleViewSet(SiteOwnedViewSet):
    model = Schedule
    icon = "date"
    menu_order = 240
    list_display = ["__str__", "kind", "site", "locale"]
    list_filter = ["site", "locale", "kind"]


register_snippet(ScheduleViewSet)

hooks.register("compliance_incomplete_rows", incomplete_schedules)
