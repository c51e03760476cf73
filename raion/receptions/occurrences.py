"""Dated occurrences of schedules, by the official calendar.

A rule's date that falls on a public holiday (or a day off transferred to it) is shown
cancelled, or moved to the next working day, as the editor chose; a one-off date is
taken as the editor gave it. Times are Europe/Minsk.
"""

import datetime
from dataclasses import dataclass

from .calendar import MINSK, OfficialCalendar
from .models import Schedule
from .wording import hours

# How far back a rule's date may lie and still move into a window: the longest run of
# days off (New Year, a weekend and Christmas) is well within it.
MOVE_REACH = datetime.timedelta(days=14)


class Status:
    SCHEDULED = "scheduled"
    CANCELLED = "cancelled"
    MOVED = "moved"


@dataclass(frozen=True)
class Occurrence:
    schedule: Schedule
    start: datetime.datetime
    end: datetime.datetime
    status: str = Status.SCHEDULED
    moved_from: datetime.date | None = None  # the holiday a moved occurrence left
    holiday: str = ""

    @property
    def date(self):
        return self.start.date()

    @property
    def hours(self):
        return hours(self.start, self.end)

    @property
    def cancelled(self):
        return self.status == Status.CANCELLED

    @property
    def moved(self):
        return self.status == Status.MOVED


def week_of_month(day: datetime.date) -> int:
    return (day.day - 1) // 7 + 1


def is_last_week(day: datetime.date) -> bool:
    return (day + datetime.timedelta(days=7)).month != day.month


def rule_matches(schedule: Schedule, day: datetime.date, calendar: OfficialCalendar) -> bool:
    """Whether the rule of `schedule` (not a one-off) names `day`, holidays aside."""
    if schedule.starts_on and day < schedule.starts_on:
        return False
    if schedule.ends_on and day > schedule.ends_on:
        return False
    if schedule.every_working_day:
        return calendar.is_working_day(day)
    if day.weekday() not in schedule.weekday_numbers:
        return False
    weeks = schedule.week_numbers
    return not weeks or week_of_month(day) in weeks or (-1 in weeks and is_last_week(day))


def rule_dates(schedule, start, end, calendar):
    """The dates of the rule in [start, end), holidays included."""
    day = start
    if schedule.starts_on and day < schedule.starts_on:
        day = schedule.starts_on
    while day < end:
        if rule_matches(schedule, day, calendar):
            yield day
        day += datetime.timedelta(days=1)


def _at(schedule, day, **fields):
    return Occurrence(
        schedule,
        datetime.datetime.combine(day, schedule.start_time, MINSK),
        datetime.datetime.combine(day, schedule.end_time, MINSK),
        **fields,
    )


def schedule_occurrences(schedule, start, end, calendar):
    """Occurrences of one schedule dated in [start, end), cancelled ones included."""
    if schedule.date is not None:
        return [_at(schedule, schedule.date)] if start <= schedule.date < end else []
    found = {}
    for day in rule_dates(schedule, start - MOVE_REACH, end, calendar):
        holiday = "" if schedule.every_working_day else calendar.holiday_name(day)
        if not holiday:
            occurrence = _at(schedule, day)
        elif schedule.on_holiday == Schedule.OnHoliday.MOVE:
            new_day = calendar.next_working_day(day)
            occurrence = _at(
                schedule, new_day, status=Status.MOVED, moved_from=day, holiday=holiday
            )
        else:
            occurrence = _at(schedule, day, status=Status.CANCELLED, holiday=holiday)
        if start <= occurrence.date < end:
            # A date moved onto another date of the rule is one occurrence, not two.
            found.setdefault(occurrence.date, occurrence)
    return list(found.values())


def occurrences(schedules, start, end, calendar=None):
    """Occurrences of `schedules` dated in [start, end), in time order."""
    calendar = calendar or OfficialCalendar()
    found = [
        occurrence
        for schedule in schedules
        for occurrence in schedule_occurrences(schedule, start, end, calendar)
    ]
    return sorted(found, key=lambda o: (o.start, o.schedule.sort_order, o.schedule.pk or 0))


def upcoming(schedules, now, count, calendar=None, horizon_days=92):
    """The next `count` occurrences not yet over at `now` and not cancelled."""
    found = occurrences(
        schedules, now.date(), now.date() + datetime.timedelta(days=horizon_days), calendar
    )
    return [o for o in found if not o.cancelled and o.end > now][:count]
