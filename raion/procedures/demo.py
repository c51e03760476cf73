# ruff: noqa: RUF001 -- the texts are Cyrillic (ru, be) on purpose
"""The demo's procedures: a few of Decree No. 200's list with their published numbers and
names (facts), the rest of the texts in our own words, and each demo district's details.
Loaded by `load_demo` (raion.demo.builder); safe to run again."""

from decimal import Decimal

from wagtail.models import Locale

from .local import LocalProcedure, Official, OneWindowService
from .registry import Chapter, Procedure, ProcedureList

CHAPTERS = {
    "1": {"ru": "Жилищные правоотношения", "be": "Жыллёвыя праваадносіны", "en": "Housing"},
    "2": {
        "ru": "Труд и социальная защита",
        "be": "Праца і сацыяльная абарона",
        "en": "Labour and social protection",
    },
    "5": {
        "ru": "Регистрация актов гражданского состояния",
        "be": "Рэгістрацыя актаў грамадзянскага стану",
        "en": "Registration of civil status acts",
    },
}

# (number, name in Russian as published, in Belarusian, in English, fee in base units)
# Terms are ours and by chapter (TERMS); the names in be and en are our translations.
PROCEDURES = [
    (
        "1.1.5",
        "Принятие решения о постановке на учет (восстановлении на учете) граждан, "
        "нуждающихся в улучшении жилищных условий",
        "Прыняцце рашэння аб пастаноўцы на ўлік (аднаўленні на ўліку) грамадзян, якія маюць "
        "патрэбу ў паляпшэнні жыллёвых умоў",
        "Putting citizens who need better housing on the housing list (or back on it)",
        None,
    ),
    (
        "2.1",
        "Выдача выписки (копии) из трудовой книжки",
        "Выдача выпіскі (копіі) з працоўнай кніжкі",
        "An extract (copy) from the employment record book",
        None,
    ),
    (
        "2.2",
        "Выдача справки о месте работы, службы и занимаемой должности",
        "Выдача даведкі пра месца працы, службы і займаную пасаду",
        "A certificate of the place of work and the position held",
        None,
    ),
    (
        "2.3",
        "Выдача справки о периоде работы, службы",
        "Выдача даведкі пра перыяд працы, службы",
        "A certificate of the period of work",
        None,
    ),
    (
        "2.4",
        "Выдача справки о размере заработной платы (денежного довольствия)",
        "Выдача даведкі пра памер заработнай платы (грашовага забеспячэння)",
        "A certificate of the amount of pay",
        None,
    ),
    (
        "2.5",
        "Назначение пособия по беременности и родам",
        "Прызначэнне дапамогі па цяжарнасці і родах",
        "Maternity benefit",
        None,
    ),
    (
        "2.6",
        "Назначение пособия в связи с рождением ребенка",
        "Прызначэнне дапамогі ў сувязі з нараджэннем дзіцяці",
        "Birth grant",
        None,
    ),
    (
        "2.9",
        "Назначение пособия по уходу за ребенком в возрасте до 3 лет",
        "Прызначэнне дапамогі па доглядзе дзіцяці ва ўзросце да 3 гадоў",
        "Childcare benefit for a child under 3",
        None,
    ),
    (
        "2.12",
        "Назначение пособия на детей старше 3 лет из отдельных категорий семей",
        "Прызначэнне дапамогі на дзяцей старэй за 3 гады з асобных катэгорый сем'яў",
        "Benefit for children over 3 in certain families",
        None,
    ),
    (
        "2.13",
        "Назначение пособия по уходу за больным ребенком в возрасте до 14 лет",
        "Прызначэнне дапамогі па доглядзе хворага дзіцяці ва ўзросце да 14 гадоў",
        "Benefit for caring for a sick child under 14",
        None,
    ),
    (
        "2.18",
        "Выдача справки о размере пособия на детей и периоде его выплаты",
        "Выдача даведкі пра памер дапамогі на дзяцей і перыяд яе выплаты",
        "A certificate of the amount of child benefit and the period it is paid for",
        None,
    ),
    (
        "2.20",
        "Выдача справки об удержании алиментов и их размере",
        "Выдача даведкі аб утрыманні аліментаў і іх памеры",
        "A certificate of withheld alimony and its amount",
        None,
    ),
    (
        "2.25",
        "Выдача справки о нахождении в отпуске по уходу за ребенком до достижения "
        "им возраста 3 лет",
        "Выдача даведкі пра знаходжанне ў адпачынку па доглядзе дзіцяці да дасягнення ім "
        "узросту 3 гадоў",
        "A certificate of being on childcare leave for a child under 3",
        None,
    ),
    (
        "2.35",
        "Выплата пособия (материальной помощи) на погребение",
        "Выплата дапамогі (матэрыяльнай дапамогі) на пахаванне",
        "Funeral grant",
        None,
    ),
    ("5.1", "Регистрация рождения", "Рэгістрацыя нараджэння", "Registration of a birth", None),
    (
        "5.2",
        "Регистрация заключения брака",
        "Рэгістрацыя заключэння шлюбу",
        "Registration of a marriage",
        Decimal("1"),
    ),
    (
        "5.3",
        "Регистрация установления отцовства",
        "Рэгістрацыя ўстанаўлення бацькоўства",
        "Registration of paternity",
        None,
    ),
    (
        "5.4",
        "Регистрация установления материнства",
        "Рэгістрацыя ўстанаўлення мацярынства",
        "Registration of maternity",
        None,
    ),
    ("5.5", "Регистрация смерти", "Рэгістрацыя смерці", "Registration of a death", None),
    (
        "5.7",
        "Регистрация усыновления (удочерения)",
        "Рэгістрацыя ўсынаўлення (удачарэння)",
        "Registration of an adoption",
        None,
    ),
    (
        "5.8",
        "Регистрация перемены фамилии, собственного имени, отчества",
        "Рэгістрацыя перамены прозвішча, уласнага імя, імя па бацьку",
        "Registration of a change of surname, first name or patronymic",
        Decimal("1"),
    ),
]

TERMS = {
    "1": {"ru": "1 месяц", "be": "1 месяц", "en": "1 month"},
    "2": {"ru": "5 дней", "be": "5 дзён", "en": "5 days"},
    "5": {"ru": "2 дня", "be": "2 дні", "en": "2 days"},
}

DOCUMENTS = {
    "ru": "заявление\nпаспорт или иной документ, удостоверяющий личность",
    "be": "заява\nпашпарт або іншы дакумент, які сведчыць асобу",
    "en": "an application\na passport or another identity document",
}
LEGAL_BASIS = {
    "ru": "Указ Президента Республики Беларусь от 26 апреля 2010 г. № 200",
    "be": "Указ Прэзідэнта Рэспублікі Беларусь ад 26 красавіка 2010 г. № 200",
    "en": "Decree of the President of the Republic of Belarus No. 200 of 26 April 2010",
}

DEPARTMENTS = {
    "1": {
        "ru": "Отдел жилищных вопросов",
        "be": "Аддзел жыллёвых пытанняў",
        "en": "Housing department",
    },
    "2": {
        "ru": "Управление по труду, занятости и социальной защите",
        "be": "Упраўленне па працы, занятасці і сацыяльнай абароне",
        "en": "Labour, employment and social protection department",
    },
    "5": {"ru": "Отдел ЗАГС", "be": "Аддзел ЗАГС", "en": "Civil registry office"},
}

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
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    procedures = {}
    for language, locale in locales.items():
        if language not in DOCUMENTS:
            continue
        for number, name_ru, name_be, name_en, fee in PROCEDURES:
            names = {"ru": name_ru, "be": name_be, "en": name_en}
            chapter_number = number.split(".")[0]
            chapter, _new = Chapter.objects.get_or_create(
                procedure_list=ProcedureList.CITIZENS,
                number=chapter_number,
                locale=locale,
                defaults={"title": CHAPTERS[chapter_number][language]},
            )
            procedures[number, language], _new = Procedure.objects.get_or_create(
                procedure_list=ProcedureList.CITIZENS,
                number=number,
                locale=locale,
                defaults={
                    "chapter": chapter,
                    "name": names[language],
                    "documents": DOCUMENTS[language],
                    "fee_base_units": fee,
                    "term": TERMS[chapter_number][language],
                    "validity": "",
                    "legal_basis": LEGAL_BASIS[language],
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
    for (number, language), procedure in procedures.items():
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
            department=DEPARTMENTS[number.split(".")[0]][language],
            online_url="https://portal.gov.by/" if number.startswith("2.") else "",
            live=True,
        )
        details.save()
        Official.objects.create(
            local_procedure=details, name=OFFICIAL[language], room="1", phone=phone
        )
