"""A site's schedules in a language, and their occurrences for the pages."""

import datetime

from raion.people.queries import in_language

from .calendar import OfficialCalendar, minsk_now
from .models import Schedule
from .occurrences import occurrences, upcoming

UPCOMING_HORIZON_DAYS = 92


def schedules(site_id, language_code, official=None):
    """The site's schedules in the language (or the default one); only `official`'s if given."""
    rows = Schedule.objects.filter(site_id=site_id).select_related("official")
    if official is not None:
        return list(rows.filter(official=official))
    return in_language(rows, language_code)


def next_by_official(rows, count, now=None):
    """{official id: [its next `count` occurrences]} within the upcoming horizon."""
    now = now or minsk_now()
    found = occurrences(
        [row for row in rows if row.official_id],
        now.date(),
        now.date() + datetime.timedelta(days=UPCOMING_HORIZON_DAYS),
        OfficialCalendar(),
    )
    by_official = {}
    for occurrence in found:
        if occurrence.end > now and not occurrence.cancelled:
            by_official.setdefault(occurrence.schedule.official_id, [])
            if len(by_official[occurrence.schedule.official_id]) < count:
                by_official[occurrence.schedule.official_id].append(occurrence)
    return by_official


def next_occurrences(rows, count, now=None):
    return upcoming(rows, now or minsk_now(), count, OfficialCalendar(), UPCOMING_HORIZON_DAYS)
