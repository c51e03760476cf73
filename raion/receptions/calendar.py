"""The official Belarusian calendar: public holidays, days off transferred from another
day, and the Saturdays that are working days in exchange (the `holidays` package)."""

import datetime
import zoneinfo

import holidays
from django.utils import translation

MINSK = zoneinfo.ZoneInfo("Europe/Minsk")  # UTC+3 all year: Belarus keeps no summer time
HOLIDAY_LANGUAGES = {"ru": "ru", "be": "be", "en": "en_US"}  # the package's names for ours


class OfficialCalendar:
    """Days off and working days of Belarus; Radunitsa and transfers included. Holidays
    are named in `language` (by default the active one)."""

    def __init__(self, language=None):
        language = (language or translation.get_language() or "ru").split("-")[0]
        self._days_off = holidays.country_holidays(
            "BY", language=HOLIDAY_LANGUAGES.get(language, "en_US")
        )

    def holiday_name(self, day: datetime.date) -> str | None:
        """The public holiday or transferred day off on `day`, None on any other day."""
        return self._days_off.get(day)

    def is_working_day(self, day: datetime.date) -> bool:
        return self._days_off.is_working_day(day)

    def next_working_day(self, day: datetime.date) -> datetime.date:
        day += datetime.timedelta(days=1)
        while not self.is_working_day(day):
            day += datetime.timedelta(days=1)
        return day

    def working_saturdays(self, start: datetime.date, end: datetime.date):
        """Weekend days that are working days in exchange for a transferred day off."""
        for year in range(start.year, end.year + 1):
            self._days_off.get(datetime.date(year, 1, 1))  # fills in the year
        return sorted(day for day in self._days_off.weekend_workdays if start <= day < end)


def minsk_now() -> datetime.datetime:
    return datetime.datetime.now(MINSK)
