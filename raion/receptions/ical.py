"""iCalendar (RFC 5545) feeds of schedules: one event per schedule, its rule as `RRULE`,
the dates the official calendar takes away as `EXDATE` and the ones it adds (moved
receptions, working Saturdays) as `RDATE`, so that a calendar expanding the feed finds
exactly the occurrences the pages show. Times carry the Europe/Minsk `VTIMEZONE`.

A rule without an end is written up to `FEED_AHEAD` from today: the holidays beyond are
not in the feed, so neither are the rule's dates there; readers' calendars fetch it again.
"""

import datetime

import icalendar
from django.utils.translation import gettext as _

from .calendar import MINSK, OfficialCalendar
from .occurrences import is_last_week, schedule_occurrences, week_of_month

FEED_PAST = datetime.timedelta(days=31)
FEED_AHEAD = datetime.timedelta(days=731)
WORKING_WEEK = [0, 1, 2, 3, 4]
RRULE_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def feed_window(today):
    return today - FEED_PAST, today + FEED_AHEAD


def rrule_of(schedule):
    days = WORKING_WEEK if schedule.every_working_day else schedule.weekday_numbers
    weeks = [] if schedule.every_working_day else schedule.week_numbers
    if not weeks:
        return {"FREQ": "WEEKLY", "BYDAY": [RRULE_DAYS[day] for day in days]}
    return {
        "FREQ": "MONTHLY",
        "BYDAY": [f"{week}{RRULE_DAYS[day]}" for day in days for week in weeks],
    }


def rrule_dates(schedule, start, end):
    """The dates `rrule_of(schedule)` yields in [start, end), within the schedule's bounds."""
    rule = rrule_of(schedule)
    day = max(start, schedule.starts_on or start)
    last = min(end - datetime.timedelta(days=1), schedule.ends_on or end)
    while day <= last:
        for byday in rule["BYDAY"]:
            week, weekday = byday[:-2], RRULE_DAYS.index(byday[-2:])
            if day.weekday() == weekday and (
                not week
                or (week == "-1" and is_last_week(day))
                or (week != "-1" and week_of_month(day) == int(week))
            ):
                yield day
                break
        day += datetime.timedelta(days=1)


def _at(day, time):
    return datetime.datetime.combine(day, time, MINSK)


def event_for(schedule, start, end, hostname, calendar):
    """The VEVENT of `schedule` over [start, end), or None when nothing falls there."""
    shown = sorted(
        occurrence.date
        for occurrence in schedule_occurrences(schedule, start, end, calendar)
        if not occurrence.cancelled
    )
    if not shown:
        return None
    pattern = [] if schedule.date else list(rrule_dates(schedule, start, end))
    first = pattern[0] if pattern else shown[0]
    event = icalendar.Event()
    event.add("uid", f"{schedule.translation_key}@{hostname}")
    event.add("dtstamp", datetime.datetime.now(datetime.UTC).replace(microsecond=0))
    event.add("summary", summary_of(schedule))
    event.add("dtstart", _at(first, schedule.start_time))
    event.add("dtend", _at(first, schedule.end_time))
    if schedule.place:
        event.add("location", schedule.place)
    if description := description_of(schedule):
        event.add("description", description)
    if pattern:
        until = _at(pattern[-1], schedule.start_time).astimezone(datetime.UTC)
        event.add("rrule", {**rrule_of(schedule), "UNTIL": until})
        taken, added = sorted(set(pattern) - set(shown)), sorted(set(shown) - set(pattern))
    else:
        taken, added = [], shown[1:]
    for day in taken:
        event.add("exdate", _at(day, schedule.start_time))
    for day in added:
        event.add("rdate", _at(day, schedule.start_time))
    return event


def summary_of(schedule):
    label = schedule.label
    if schedule.official_id:
        label = f"{label}, {schedule.official.position}"
    return f"{schedule.get_kind_display().capitalize()}: {label}"


def description_of(schedule):
    lines = []
    if schedule.phone:
        lines.append(_("Phone: %(phone)s") % {"phone": schedule.phone})
    if schedule.registration_phone:
        lines.append(
            _("Pre-registration by phone: %(phone)s") % {"phone": schedule.registration_phone}
        )
    return "\n".join(lines)


def feed(schedules, *, name, hostname, today, calendar=None):
    """The iCalendar text of `schedules` (bytes), named `name`."""
    calendar = calendar or OfficialCalendar()
    start, end = feed_window(today)
    ical = icalendar.Calendar()
    ical.add("prodid", "-//Raion//Receptions//EN")
    ical.add("version", "2.0")
    ical.add("calscale", "GREGORIAN")
    ical.add("x-wr-calname", name)
    ical.add("x-wr-timezone", "Europe/Minsk")
    ical.add_component(icalendar.Timezone.from_tzid("Europe/Minsk"))
    for schedule in schedules:
        event = event_for(schedule, start, end, hostname, calendar)
        if event is not None:
            ical.add_component(event)
    return ical.to_ical()
