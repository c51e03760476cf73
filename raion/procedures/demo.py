# ruff: noqa: RUF001 -- the texts are Cyrillic (ru, be) on purpose
"""The demo's procedures: the registry of `demo_lists` with texts in our own words, and
each demo district's details. Loaded by `load_demo` (raion.demo.builder); safe to run
again."""

from wagtail.models import Locale

from .demo_lists import BUSINESSES, CHAPTERS, CITIZENS, DEPARTMENTS, PROCEDURES, TERMS
from .local import LocalProcedure, Official, OneWindowService
from .registry import Chapter, Procedure

DOCUMENTS = {
    CITIZENS: {
        "ru": "заявление\nпаспорт или иной документ, удостоверяющий личность",
        "be": "заява\nпашпарт або іншы дакумент, які сведчыць асобу",
        "en": "an application\na passport or another identity document",
    },
    BUSINESSES: {
        "ru": "заявление\nдокумент, подтверждающий полномочия представителя",
        "be": "заява\nдакумент, які пацвярджае паўнамоцтвы прадстаўніка",
        "en": "an application\na document showing the representative's authority",
    },
}
LEGAL_BASIS = {
    CITIZENS: {
        "ru": "Указ Президента Республики Беларусь от 26 апреля 2010 г. № 200",
        "be": "Указ Прэзідэнта Рэспублікі Беларусь ад 26 красавіка 2010 г. № 200",
        "en": "Decree of the President of the Republic of Belarus No. 200 of 26 April 2010",
    },
    BUSINESSES: {
        "ru": "Постановление Совета Министров Республики Беларусь от 24 сентября 2021 г. № 548",
        "be": "Пастанова Савета Міністраў Рэспублікі Беларусь ад 24 верасня 2021 г. № 548",
        "en": "Resolution of the Council of Ministers of the Republic of Belarus No. 548 of "
        "24 September 2021",
    },
}

# Chapters whose procedures the demo lets apply for on the e-services portal.
ONLINE = {(CITIZENS, "2"): "https://portal.gov.by/", (BUSINESSES, "8"): "https://portal.gov.by/"}

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
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    procedures = {}
    for language, locale in locales.items():
        if language not in DOCUMENTS[CITIZENS]:
            continue
        for procedure_list, rows in PROCEDURES.items():
            for number, name_ru, name_be, name_en, fee in rows:
                names = {"ru": name_ru, "be": name_be, "en": name_en}
                chapter_number = number.split(".")[0]
                chapter, _new = Chapter.objects.get_or_create(
                    procedure_list=procedure_list,
                    number=chapter_number,
                    locale=locale,
                    defaults={"title": CHAPTERS[procedure_list][chapter_number][language]},
                )
                key = procedure_list, number, language
                procedures[key], _new = Procedure.objects.get_or_create(
                    procedure_list=procedure_list,
                    number=number,
                    locale=locale,
                    defaults={
                        "chapter": chapter,
                        "name": names[language],
                        "documents": DOCUMENTS[procedure_list][language],
                        "fee_base_units": fee,
                        "term": TERMS[procedure_list][chapter_number][language],
                        "validity": "",
                        "legal_basis": LEGAL_BASIS[procedure_list][language],
                    },
                )
    return procedures


def ensure_district(site, content):
    """The "one window" service of the district `content` (a demo SiteContent) and its
    details of every demo procedure."""
    addresses = {
        code: f"{texts['street']}, {texts['locality']}" for code, texts in content.identity.items()
    }
    phone = next(iter(content.contacts["phones"].values()), "")
    procedures = ensure_registry()
    for (procedure_list, number, language), procedure in procedures.items():
        OneWindowService.objects.get_or_create(
            site=site,
            locale=procedure.locale,
            defaults={
                "address": addresses[language],
                "hours": ONE_WINDOW_HOURS[language],
                "phones": phone,
            },
        )
        if LocalProcedure.objects.filter(site=site, procedure=procedure).exists():
            continue
        details = LocalProcedure(
            site=site,
            procedure=procedure,
            department=DEPARTMENTS[procedure_list][number.split(".")[0]][language],
            online_url=ONLINE.get((procedure_list, number.split(".")[0]), ""),
            live=True,
        )
        details.save()
        Official.objects.create(
            local_procedure=details, name=OFFICIAL[language], room="1", phone=phone
        )
