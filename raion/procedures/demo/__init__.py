# ruff: noqa: RUF001 -- the texts are Cyrillic (ru, be) on purpose
"""The demo's procedures: the registry of both national lists (`citizens`, `businesses`)
and each demo district's details. Loaded by `load_demo` (raion.demo.builder); safe to run
again."""

from wagtail.models import Locale

from ..local import LocalProcedure, Official, OneWindowService
from ..registry import Chapter, Procedure
from . import businesses, citizens

LISTS = {module.LIST: module for module in (citizens, businesses)}
PORTAL = "https://portal.gov.by/"

ONE_WINDOW_HOURS = {
    "ru": "пн-пт 8.00-20.00, сб 9.00-13.00",
    "be": "пн-пт 8.00-20.00, сб 9.00-13.00",
    "en": "Mon-Fri 8:00-20:00, Sat 9:00-13:00",
}
OFFICIAL = {
    "ru": "Специалист службы «одно окно»",
    "be": "Спецыяліст службы «адно акно»",
    "en": "One-window service specialist",
}


def ensure_registry():
    """{(list, number, language): Procedure} of every demo procedure."""
    procedures = {}
    for locale in Locale.objects.filter(language_code__in=list(citizens.DOCUMENTS)):
        language = locale.language_code
        for procedure_list, texts in LISTS.items():
            for number, name_ru, name_be, name_en, fee in texts.PROCEDURES:
                names = {"ru": name_ru, "be": name_be, "en": name_en}
                chapter_number = number.split(".")[0]
                chapter, _new = Chapter.objects.get_or_create(
                    procedure_list=procedure_list,
                    number=chapter_number,
                    locale=locale,
                    defaults={"title": texts.CHAPTERS[chapter_number][language]},
                )
                procedures[procedure_list, number, language], _new = (
                    Procedure.objects.get_or_create(
                        procedure_list=procedure_list,
                        number=number,
                        locale=locale,
                        defaults={
                            "chapter": chapter,
                            "name": names[language],
                            "documents": texts.DOCUMENTS[language],
                            "fee_base_units": fee,
                            "term": texts.TERMS[chapter_number][language],
                            "validity": "",
                            "legal_basis": texts.LEGAL_BASIS[language],
                        },
                    )
                )
    return procedures


def ensure_district(site, content):
    """The "one window" service of the district `content` (a demo SiteContent) and its
    details of every demo procedure."""
    phone = next(iter(content.contacts["phones"].values()), "")
    procedures = ensure_registry()
    for code, texts in content.identity.items():
        OneWindowService.objects.get_or_create(
            site=site,
            locale__language_code=code,
            defaults={
                "locale": Locale.objects.get(language_code=code),
                "address": f"{texts['street']}, {texts['locality']}",
                "hours": ONE_WINDOW_HOURS[code],
                "phones": phone,
            },
        )
    existing = set(LocalProcedure.objects.filter(site=site).values_list("procedure_id", flat=True))
    for (procedure_list, number, language), procedure in procedures.items():
        if procedure.pk in existing:
            continue
        texts, chapter_number = LISTS[procedure_list], number.split(".")[0]
        details = LocalProcedure(
            site=site,
            procedure=procedure,
            department=texts.DEPARTMENTS[chapter_number][language],
            online_url=PORTAL if chapter_number in texts.ONLINE_CHAPTERS else "",
            live=True,
        )
        details.save()
        Official.objects.create(
            local_procedure=details, name=OFFICIAL[language], room="1", phone=phone
        )
