"""Officials and schedules for tests: rows of a provisioned site, in one language or in
every language (linked as translations)."""

import datetime

from wagtail.models import Locale

from raion.people.models import Official

from .models import Schedule


def new_official(site, name, language="ru", translation_of=None, **fields):
    """The official `make_official` saves, unsaved (for a bulk insert)."""
    official = Official(
        site=site,
        locale=Locale.objects.get(language_code=language),
        name=name,
        position=fields.pop("position", "Deputy Chairman"),
        **fields,
    )
    if translation_of is not None:
        official.translation_key = translation_of.translation_key
    return official


def make_official(site, name, language="ru", translation_of=None, **fields):
    official = new_official(site, name, language, translation_of, **fields)
    official.save()
    return official


def new_schedule(site, official=None, language="ru", translation_of=None, **fields):
    """The schedule `make_schedule` saves, unchecked and unsaved (for a bulk insert)."""
    fields.setdefault("kind", Schedule.Kind.PERSONAL)
    fields.setdefault("start_time", datetime.time(8))
    fields.setdefault("end_time", datetime.time(13))
    if official is None:
        fields.setdefault("title", "Hotline")
    schedule = Schedule(
        site=site, official=official, locale=Locale.objects.get(language_code=language), **fields
    )
    if translation_of is not None:
        schedule.translation_key = translation_of.translation_key
    return schedule


def make_schedule(site, official=None, language="ru", translation_of=None, **fields):
    schedule = new_schedule(site, official, language, translation_of, **fields)
    schedule.full_clean()
    schedule.save()
    return schedule
