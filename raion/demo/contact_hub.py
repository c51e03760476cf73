"""The demo districts' officials, structure and schedules (`content/contact_hub.py`),
in ru, be and en, linked by translation key; made only for a site that has none yet."""

import datetime

from raion.people.models import Official, Unit
from raion.receptions.models import Schedule

from .content import contact_hub as texts
from .sitecontent import LANGUAGES


def build_contact_hub(content, site, locales):
    district = texts.DISTRICTS.get(content.slug)
    if district is None:
        return
    phones = content.contacts["phones"]
    if not Official.objects.filter(site=site).exists():
        officials = build_officials(district, site, locales, phones["reception"])
        build_units(site, locales, officials, phones["reception"])
        build_schedules(district, site, locales, officials, phones)


def _translated(model, site, locales, fields_of):
    """One row of `model` per language, linked to the ru row; {language: row}."""
    rows = {}
    for language in LANGUAGES:
        row = model(site=site, locale=locales[language], **fields_of(language))
        if language != "ru":
            row.translation_key = rows["ru"].translation_key
        row.save()
        rows[language] = row
    return rows


def build_officials(district, site, locales, phone):
    officials = {}
    for order, (role, names) in enumerate(district["people"].items()):
        officials[role] = _translated(
            Official,
            site,
            locales,
            lambda language, role=role, names=names, order=order: {
                "name": names[language],
                "position": texts.POSITIONS[role][language],
                "biography": texts.BIOGRAPHIES[role][language],
                "phone": phone,
                "sort_order": order,
            },
        )
    return officials


def build_units(site, locales, officials, phone):
    units = {}
    for order, entry in enumerate(texts.UNITS):
        slug, kind, parent, room, opens, closes, words = entry
        common = {
            "kind": kind,
            "slug": slug,
            "head": officials["manager"] if slug == "appeals-department" else None,
            "room": room,
            "phone": phone if room else "",
            "opens": datetime.time(opens),
            "closes": datetime.time(closes),
            "sort_order": order,
        }
        units[slug] = _translated(
            Unit,
            site,
            locales,
            lambda language, common=common, words=words, parent=parent: {
                **common,
                "head": common["head"][language] if common["head"] else None,
                "name": words[language][0],
                "functions": words[language][1],
                "parent": units[parent][language] if parent else None,
            },
        )


def build_schedules(district, site, locales, officials, phones):
    def add(official, **common):
        """A schedule in every language; `place` and `title` are {language: text}."""
        localized = {key: common.pop(key) for key in ("place", "title") if key in common}
        _translated(
            Schedule,
            site,
            locales,
            lambda language: {
                **common,
                **{key: value[language] for key, value in localized.items()},
                "official": official[language] if official else None,
            },
        )

    reception_phone = phones["reception"]
    for order, (role, days, weeks, start, end, on_holiday, room) in enumerate(
        district.get("receptions", texts.RECEPTIONS)
    ):
        add(
            officials[role],
            kind=Schedule.Kind.PERSONAL,
            weekdays=days,
            weeks_of_month=weeks,
            start_time=datetime.time(start),
            end_time=datetime.time(end),
            on_holiday=on_holiday,
            place={language: texts.ROOM[language].format(room) for language in LANGUAGES},
            registration_phone=reception_phone,
            sort_order=order,
        )
    roles = list(officials)
    for number, day in enumerate(texts.DIRECT_LINES):
        add(
            officials[roles[number % len(roles)]],
            kind=Schedule.Kind.DIRECT_LINE,
            date=day,
            start_time=datetime.time(9),
            end_time=datetime.time(12),
            phone=reception_phone,
            sort_order=10,
        )
    for village, day, role in zip(
        district["villages"], texts.OUTREACH_DATES, ("chairman", "first_deputy"), strict=True
    ):
        add(
            officials[role],
            kind=Schedule.Kind.OUTREACH,
            date=day,
            start_time=datetime.time(10),
            end_time=datetime.time(12),
            place={
                language: texts.VILLAGE_HALL[language].format(village[language])
                for language in LANGUAGES
            },
            registration_phone=reception_phone,
            sort_order=20,
        )
    add(
        None,
        kind=Schedule.Kind.HOTLINE,
        title=texts.HOTLINE,
        every_working_day=True,
        start_time=datetime.time(8),
        end_time=datetime.time(17),
        phone=phones.get("hotline", reception_phone),
        sort_order=30,
    )
    add(
        None,
        kind=Schedule.Kind.ONE_WINDOW,
        title=texts.ONE_WINDOW,
        every_working_day=True,
        start_time=datetime.time(8),
        end_time=datetime.time(20),
        place={language: texts.ROOM[language].format("101") for language in LANGUAGES},
        phone=reception_phone,
        sort_order=31,
    )
