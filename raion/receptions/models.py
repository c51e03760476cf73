"""Schedules as data: personal receptions, outreach receptions, direct telephone lines,
the hotline and the "one window" hours of a site, in each language.

A schedule is either one date (an outreach reception, a dated direct line) or a rule:
some weekdays (every week, or the 1st, 3rd, last … of the month), or every working day
of the official calendar. `occurrences.py` turns them into dated occurrences.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from raion.people.models import Official, SiteListRow

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")  # RFC 5545 day names, Monday = 0
WEEKS = ("1", "2", "3", "4", "5", "-1")


def _codes(value):
    return [part.strip().upper() for part in (value or "").split(",") if part.strip()]


class Schedule(SiteListRow):
    bilingual_required = True  # the procedure for appeals includes the reception schedules
    shown_on = (
        "receptions.ReceptionsPage",
        "receptions.AppealsPage",
        "people.LeadershipPage",
        "home.HomePage",  # its upcoming receptions
    )

    class Kind(models.TextChoices):
        PERSONAL = "personal", _("personal reception of citizens")
        OUTREACH = "outreach", _("outreach reception")
        DIRECT_LINE = "direct_line", _("direct telephone line")
        HOTLINE = "hotline", _("hotline")
        ONE_WINDOW = "one_window", _("one-window service")

    class OnHoliday(models.TextChoices):
        CANCEL = "cancel", _("cancelled")
        MOVE = "move", _("moved to the next working day")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    official = models.ForeignKey(
        Official,
        verbose_name=_("official"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="schedules",
    )
    title = models.CharField(
        _("title"), max_length=200, blank=True, help_text=_("Used when no official is chosen.")
    )
    place = models.CharField(_("place"), max_length=300, blank=True)
    phone = models.CharField(
        _("phone"), max_length=100, blank=True, help_text=_("The number to call on a line.")
    )
    registration_phone = models.CharField(
        _("phone for pre-registration"), max_length=100, blank=True
    )
    date = models.DateField(_("one date"), null=True, blank=True)
    weekdays = models.CharField(
        _("weekdays"),
        max_length=30,
        blank=True,
        help_text=_("Two-letter days separated by commas: MO,TU,WE,TH,FR,SA,SU."),
    )
    weeks_of_month = models.CharField(
        _("weeks of the month"),
        max_length=20,
        blank=True,
        help_text=_(
            "Empty for every week; else e.g. “1,3” for the first and third, “-1” the last."
        ),
    )
    every_working_day = models.BooleanField(
        _("every working day"),
        default=False,
        help_text=_("Follows the official calendar, transferred working days included."),
    )
    starts_on = models.DateField(_("from"), null=True, blank=True)
    ends_on = models.DateField(_("until"), null=True, blank=True)
    start_time = models.TimeField(_("starts at"))
    end_time = models.TimeField(_("ends at"))
    on_holiday = models.CharField(
        _("on a public holiday"), max_length=10, choices=OnHoliday.choices, default=OnHoliday.CANCEL
    )

    panels = [
        FieldPanel("site"),
        FieldPanel("kind"),
        FieldPanel("official"),
        FieldPanel("title"),
        FieldPanel("place"),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("registration_phone")]),
        MultiFieldPanel(
            [
                FieldPanel("date"),
                FieldPanel("weekdays"),
                FieldPanel("weeks_of_month"),
                FieldPanel("every_working_day"),
                FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
                FieldRowPanel([FieldPanel("start_time"), FieldPanel("end_time")]),
                FieldPanel("on_holiday"),
            ],
            heading=_("When"),
        ),
        FieldPanel("sort_order"),
    ]

    class Meta(SiteListRow.Meta):
        verbose_name = _("schedule")
        verbose_name_plural = _("schedules")

    def __str__(self):
        return f"{self.get_kind_display()}: {self.label}"

    @property
    def label(self):
        return self.official.name if self.official_id else self.title

    @property
    def weekday_numbers(self):
        return [WEEKDAYS.index(day) for day in _codes(self.weekdays) if day in WEEKDAYS]

    @property
    def week_numbers(self):
        return [int(week) for week in _codes(self.weeks_of_month) if week in WEEKS]

    def clean(self):
        super().clean()
        errors = {}
        if any(day not in WEEKDAYS for day in _codes(self.weekdays)):
            errors["weekdays"] = _("Use MO, TU, WE, TH, FR, SA, SU separated by commas.")
        if any(week not in WEEKS for week in _codes(self.weeks_of_month)):
            errors["weeks_of_month"] = _("Use 1 to 5, or -1 for the last week.")
        if self.date is None and not self.every_working_day and not _codes(self.weekdays):
            errors["date"] = _("Give one date, weekdays or every working day.")
        if self.start_time and self.end_time and self.end_time <= self.start_time:
            errors["end_time"] = _("The end must come after the start.")
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            errors["ends_on"] = _("The last day must not come before the first.")
        if self.official_id and self.official.site_id != self.site_id:
            errors["official"] = _("Choose an official of the same site.")
        if not self.official_id and not self.title:
            errors["title"] = _("Choose an official or give a title.")
        if errors:
            raise ValidationError(errors)


# The page types live beside the schedules they show; imported so that Django registers them.
from .pages import AppealsPage, ReceptionsPage  # noqa: E402, F401
