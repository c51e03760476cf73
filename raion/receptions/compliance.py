"""What the compliance check "required-fields" asks of schedules: a reception says where
it is held, a telephone line its number."""

from django.utils.translation import gettext_noop
from wagtail.admin.admin_url_finder import AdminURLFinder

from .models import Schedule

HELD_IN_A_PLACE = {Schedule.Kind.PERSONAL, Schedule.Kind.OUTREACH, Schedule.Kind.ONE_WINDOW}
HELD_BY_PHONE = {Schedule.Kind.DIRECT_LINE, Schedule.Kind.HOTLINE}


def incomplete_schedules(site):
    """[(label, field msgid, admin URL)] for the site's schedules with a gap."""
    finder = AdminURLFinder()
    schedules = Schedule.objects.filter(site=site).select_related("official")
    for schedule in schedules.order_by("locale_id", "sort_order", "pk"):
        if schedule.kind in HELD_IN_A_PLACE and not schedule.place.strip():
            yield str(schedule), gettext_noop("place"), finder.get_edit_url(schedule) or ""
        if schedule.kind in HELD_BY_PHONE and not schedule.phone.strip():
            yield str(schedule), gettext_noop("phone"), finder.get_edit_url(schedule) or ""
