"""The iCalendar feeds expand to exactly the occurrences the pages show."""

import datetime

import icalendar
import recurring_ical_events

from raion.receptions.calendar import MINSK, OfficialCalendar
from raion.receptions.ical import feed
from raion.receptions.models import Schedule
from raion.receptions.occurrences import occurrences

D = datetime.date
TODAY = D(2026, 1, 10)


def schedules():
    def make(**fields):
        fields.setdefault("kind", Schedule.Kind.PERSONAL)
        fields.setdefault("title", "Reception")
        fields.setdefault("start_time", datetime.time(8))
        fields.setdefault("end_time", datetime.time(13))
        return Schedule(**fields)

    return [
        make(weekdays="WE", weeks_of_month="1,3"),
        make(weekdays="MO,FR", on_holiday=Schedule.OnHoliday.MOVE),
        make(weekdays="TU", weeks_of_month="-1", ends_on=D(2026, 9, 30)),
        make(weekdays="TH", weeks_of_month="2", starts_on=D(2026, 3, 1)),
        make(
            kind=Schedule.Kind.DIRECT_LINE,
            weekdays="SA",
            start_time=datetime.time(9),
            end_time=datetime.time(12),
        ),
        make(kind=Schedule.Kind.ONE_WINDOW, every_working_day=True, end_time=datetime.time(17)),
        make(kind=Schedule.Kind.OUTREACH, date=D(2026, 5, 20), place="Village hall"),
        make(kind=Schedule.Kind.OUTREACH, date=D(2025, 5, 20)),
    ]


def expanded(text, start, end):
    calendar = icalendar.Calendar.from_ical(text)
    found = recurring_ical_events.of(calendar).between(
        datetime.datetime.combine(start, datetime.time(), MINSK),
        datetime.datetime.combine(end, datetime.time(), MINSK),
    )
    return sorted((str(event["UID"]), event.start) for event in found)


def test_feed_expands_to_the_pages_occurrences_over_twelve_months():
    rows = schedules()
    text = feed(rows, name="Receptions", hostname="orsha.example.by", today=TODAY)
    start, end = TODAY, D(2027, 1, 10)
    shown = sorted(
        (f"{o.schedule.translation_key}@orsha.example.by", o.start)
        for o in occurrences(rows, start, end, OfficialCalendar("en"))
        if not o.cancelled
    )
    assert len(shown) > 400
    assert expanded(text, start, end) == shown


def test_feed_is_rfc5545_with_minsk_timezone_and_stable_uids():
    rows = schedules()
    first = feed(rows, name="Receptions", hostname="orsha.example.by", today=TODAY)
    again = feed(rows, name="Receptions", hostname="orsha.example.by", today=TODAY)
    calendar = icalendar.Calendar.from_ical(first)
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Minsk"]
    events = calendar.walk("VEVENT")
    uids = [str(event["UID"]) for event in events]
    assert uids == [str(e["UID"]) for e in icalendar.Calendar.from_ical(again).walk("VEVENT")]
    assert len(set(uids)) == len(uids) == 7  # last year's outreach is out of the feed
    wednesdays = events[0]
    assert wednesdays["RRULE"]["FREQ"] == ["MONTHLY"]
    assert wednesdays["RRULE"]["BYDAY"] == ["1WE", "3WE"]
    assert wednesdays["DTSTART"].dt.tzinfo.key == "Europe/Minsk"
    assert D(2026, 1, 7) in dates_of(wednesdays, "EXDATE")  # Orthodox Christmas, cancelled
    moved = events[1]
    exdays, rdays = dates_of(moved, "EXDATE"), dates_of(moved, "RDATE")
    assert D(2026, 4, 20) in exdays and D(2026, 4, 22) in rdays  # Radunitsa week
    assert D(2026, 5, 1) in exdays and D(2026, 5, 4) not in rdays  # already a Monday


def dates_of(event, name):
    value = event.get(name) or []
    return {
        d.dt.date() for entry in (value if isinstance(value, list) else [value]) for d in entry.dts
    }
