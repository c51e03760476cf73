# ruff: noqa: RUF001 -- Cyrillic (ru, be) and dashes on purpose
"""Occurrences of schedules on the official calendars of 2026 and 2027."""

import datetime

from raion.receptions.calendar import OfficialCalendar
from raion.receptions.models import Schedule
from raion.receptions.occurrences import Status, occurrences, upcoming

D = datetime.date
CAL = OfficialCalendar("en")


def rule(**fields):
    fields.setdefault("kind", Schedule.Kind.PERSONAL)
    fields.setdefault("start_time", datetime.time(8))
    fields.setdefault("end_time", datetime.time(13))
    return Schedule(**fields)


def found(schedule, start, end):
    return {o.date: o for o in occurrences([schedule], start, end, CAL)}


def test_first_and_third_wednesdays_cancelled_on_christmas():
    days = found(rule(weekdays="WE", weeks_of_month="1,3"), D(2026, 1, 1), D(2026, 3, 1))
    assert list(days) == [D(2026, 1, 7), D(2026, 1, 21), D(2026, 2, 4), D(2026, 2, 18)]
    assert days[D(2026, 1, 7)].status == Status.CANCELLED
    assert days[D(2026, 1, 7)].holiday == "Orthodox Christmas Day"
    assert days[D(2026, 1, 21)].status == Status.SCHEDULED


def test_moved_to_the_next_working_day_past_radunitsa():
    # 20 April 2026 is a day off transferred from Saturday 25 April; 21 April is Radunitsa.
    days = found(
        rule(weekdays="MO", on_holiday=Schedule.OnHoliday.MOVE), D(2026, 4, 13), D(2026, 4, 28)
    )
    assert sorted(days) == [D(2026, 4, 13), D(2026, 4, 22), D(2026, 4, 27)]
    moved = days[D(2026, 4, 22)]
    assert moved.status == Status.MOVED and moved.moved_from == D(2026, 4, 20)


def test_moved_over_new_year_2027_into_the_next_week():
    days = found(
        rule(weekdays="FR", on_holiday=Schedule.OnHoliday.MOVE), D(2026, 12, 28), D(2027, 1, 10)
    )
    # 25 December 2026 (Catholic Christmas) moves to Monday 28 December too.
    assert sorted(days) == [D(2026, 12, 28), D(2027, 1, 4), D(2027, 1, 8)]
    assert days[D(2026, 12, 28)].moved_from == D(2026, 12, 25)
    assert days[D(2027, 1, 4)].moved_from == D(2027, 1, 1)


def test_every_working_day_follows_transfers_and_holidays():
    one_window = rule(kind=Schedule.Kind.ONE_WINDOW, every_working_day=True)
    days = found(one_window, D(2026, 4, 18), D(2026, 5, 4))
    assert sorted(days) == [
        D(2026, 4, 22),
        D(2026, 4, 23),
        D(2026, 4, 24),
        D(2026, 4, 25),  # a Saturday worked for 20 April
        D(2026, 4, 27),
        D(2026, 4, 28),
        D(2026, 4, 29),
        D(2026, 4, 30),
    ]
    assert all(o.status == Status.SCHEDULED for o in days.values())


def test_saturday_direct_lines_on_2027_holidays():
    line = rule(kind=Schedule.Kind.DIRECT_LINE, title="Line", weekdays="SA")
    days = found(line, D(2027, 1, 1), D(2027, 1, 10))
    assert days[D(2027, 1, 2)].cancelled and not days[D(2027, 1, 9)].cancelled
    assert found(line, D(2027, 7, 1), D(2027, 7, 5))[D(2027, 7, 3)].cancelled


def test_last_friday_of_the_month():
    days = found(rule(weekdays="FR", weeks_of_month="-1"), D(2026, 7, 1), D(2026, 9, 1))
    assert sorted(days) == [D(2026, 7, 31), D(2026, 8, 28)]


def test_a_rule_ends_and_starts_where_the_editor_said():
    bounded = rule(weekdays="TU", starts_on=D(2026, 6, 3), ends_on=D(2026, 6, 23))
    assert sorted(found(bounded, D(2026, 5, 1), D(2026, 8, 1))) == [
        D(2026, 6, 9),
        D(2026, 6, 16),
        D(2026, 6, 23),
    ]


def test_a_one_off_date_is_kept_as_given():
    outreach = rule(kind=Schedule.Kind.OUTREACH, weekdays="", date=D(2026, 11, 7))
    assert found(outreach, D(2026, 11, 1), D(2026, 12, 1))[D(2026, 11, 7)].status == "scheduled"
    assert found(outreach, D(2026, 12, 1), D(2027, 1, 1)) == {}


def test_editing_a_rule_changes_its_occurrences():
    schedule = rule(weekdays="WE", weeks_of_month="1,3")
    before = sorted(found(schedule, D(2027, 3, 1), D(2027, 4, 1)))
    schedule.weekdays, schedule.weeks_of_month = "TH", "2"
    after = sorted(found(schedule, D(2027, 3, 1), D(2027, 4, 1)))
    assert before == [D(2027, 3, 3), D(2027, 3, 17)]
    assert after == [D(2027, 3, 11)]


def test_times_are_minsk_without_summer_time():
    schedule = rule(weekdays="WE")
    winter = found(schedule, D(2026, 1, 12), D(2026, 1, 19))[D(2026, 1, 14)]
    summer = found(schedule, D(2026, 7, 13), D(2026, 7, 20))[D(2026, 7, 15)]
    for occurrence in (winter, summer):
        assert occurrence.start.utcoffset() == datetime.timedelta(hours=3)
        assert occurrence.start.astimezone(datetime.UTC).hour == 5


def test_upcoming_skips_cancelled_and_finished():
    schedule = rule(weekdays="WE")
    now = datetime.datetime(2026, 1, 7, 9, tzinfo=datetime.UTC)  # Christmas, cancelled
    assert [o.date for o in upcoming([schedule], now, 2, CAL)] == [D(2026, 1, 14), D(2026, 1, 21)]
    later = datetime.datetime(2026, 1, 14, 12, 30, tzinfo=datetime.UTC)  # 15:30 in Minsk
    assert upcoming([schedule], later, 1, CAL)[0].date == D(2026, 1, 21)


def test_rules_in_words_in_each_language():
    from django.utils import translation

    from raion.receptions.wording import schedule_in_words

    first_third = rule(weekdays="WE,TH", weeks_of_month="1,3")
    weekly = rule(weekdays="SA", start_time=datetime.time(9), end_time=datetime.time(12))
    expected = {
        "ru": ("1-я и 3-я среда и 1-й и 3-й четверг месяца, 8:00–13:00", "по субботам, 9:00–12:00"),
        "be": ("1-я і 3-я серада і 1-ы і 3-і чацвер месяца, 8:00–13:00", "па суботах, 9:00–12:00"),
        "en": (
            "1st and 3rd Wednesday and 1st and 3rd Thursday of the month, 8:00–13:00",
            "on Saturdays, 9:00–12:00",
        ),
    }
    for language, (monthly_words, weekly_words) in expected.items():
        with translation.override(language):
            assert schedule_in_words(first_third) == monthly_words
            assert schedule_in_words(weekly) == weekly_words
