# ruff: noqa: RUF001 -- the texts are Cyrillic (ru, be) on purpose
"""The demo's official documents: fifteen subjects, each adopted in two years, in ru, be
and en, for every district. Our own texts; the PDFs say they have no legal force."""

DOCUMENT_YEARS = (2025, 2026)

# kind, {language: title}; "{year}" and "{next}" are filled in. A subject without a year
# in its title (a regulation) is a new edition in its second year, which `replaces` the
# first ("lapses" or "amends").
DOCUMENT_SUBJECTS = [
    (
        "decision",
        {
            "ru": "Об утверждении плана благоустройства населённых пунктов на {year} год",
            "be": "Аб зацвярджэнні плана добраўпарадкавання населеных пунктаў на {year} год",
            "en": "On the plan to improve the district's towns and villages in {year}",
        },
    ),
    (
        "decision",
        {
            "ru": "О районном бюджете на {year} год",
            "be": "Аб раённым бюджэце на {year} год",
            "en": "On the district budget for {year}",
        },
    ),
    (
        "decision",
        {
            "ru": "Об организации летнего отдыха детей в {year} году",
            "be": "Аб арганізацыі летняга адпачынку дзяцей у {year} годзе",
            "en": "On children's summer holidays in {year}",
        },
    ),
    (
        "decision",
        {
            "ru": "О подготовке к отопительному сезону {year}/{next} года",
            "be": "Аб падрыхтоўцы да ацяпляльнага сезона {year}/{next} года",
            "en": "On preparing for the {year}/{next} heating season",
        },
    ),
    (
        "order",
        {
            "ru": "О рабочей группе по проведению уборочной кампании {year} года",
            "be": "Аб рабочай групе па правядзенні ўборачнай кампаніі {year} года",
            "en": "On the working group for the {year} harvest",
        },
    ),
    (
        "order",
        {
            "ru": "О графике личного приёма граждан руководством райисполкома на {year} год",
            "be": "Аб графіку асабістага прыёму грамадзян кіраўніцтвам райвыканкама на {year} год",
            "en": "On the schedule of personal reception of citizens by the leadership in {year}",
        },
    ),
    (
        "order",
        {
            "ru": "О проведении районного субботника в {year} году",
            "be": "Аб правядзенні раённага суботніка ў {year} годзе",
            "en": "On the district clean-up day in {year}",
        },
    ),
    (
        "regulation",
        {
            "ru": "Положение о службе «одно окно» райисполкома",
            "be": "Палажэнне аб службе «адно акно» райвыканкама",
            "en": "Regulation on the one-window service of the executive committee",
        },
    ),
    (
        "regulation",
        {
            "ru": "Положение о порядке рассмотрения обращений граждан и юридических лиц",
            "be": "Палажэнне аб парадку разгляду зваротаў грамадзян і юрыдычных асоб",
            "en": "Regulation on handling appeals of citizens and legal entities",
        },
    ),
    (
        "regulation",
        {
            "ru": "Положение о районном конкурсе «Лучшая усадьба»",
            "be": "Палажэнне аб раённым конкурсе «Лепшая сядзіба»",
            "en": "Regulation on the district's “Best homestead” contest",
        },
    ),
    (
        "plan",
        {
            "ru": "План мероприятий по охране окружающей среды на {year} год",
            "be": "План мерапрыемстваў па ахове навакольнага асяроддзя на {year} год",
            "en": "Environmental protection plan for {year}",
        },
    ),
    (
        "plan",
        {
            "ru": "План работы райисполкома на {year} год",
            "be": "План работы райвыканкама на {year} год",
            "en": "Work plan of the executive committee for {year}",
        },
    ),
    (
        "plan",
        {
            "ru": "План ремонта дорог местного значения на {year} год",
            "be": "План рамонту дарог мясцовага значэння на {year} год",
            "en": "Plan of local road repairs for {year}",
        },
    ),
    (
        "report",
        {
            "ru": "Отчёт об исполнении районного бюджета за {year} год",
            "be": "Справаздача аб выкананні раённага бюджэту за {year} год",
            "en": "Report on the execution of the district budget for {year}",
        },
    ),
    (
        "report",
        {
            "ru": "Отчёт о работе с обращениями граждан за {year} год",
            "be": "Справаздача аб рабоце са зваротамі грамадзян за {year} год",
            "en": "Report on the appeals of citizens in {year}",
        },
    ),
]

# The body text of every demo PDF, after the body's name, the kind and number and date.
DOCUMENT_BODY = {
    "ru": (
        "Этот документ создан для демонстрации сайта: он показывает, как библиотека "
        "документов хранит номер, дату принятия, статус и файлы. Юридической силы не имеет."
    ),
    "be": (
        "Гэты дакумент створаны для дэманстрацыі сайта: ён паказвае, як бібліятэка "
        "дакументаў захоўвае нумар, дату прыняцця, статус і файлы. Юрыдычнай сілы не мае."
    ),
    "en": (
        "This document was made to demonstrate the site: it shows how the documents library "
        "keeps the number, date adopted, status and files. It has no legal force."
    ),
}

DOCUMENT_SUMMARY = {
    "ru": "Демонстрационный документ, составленный для показа библиотеки документов.",
    "be": "Дэманстрацыйны дакумент, складзены для паказу бібліятэкі дакументаў.",
    "en": "A demonstration document written to show the documents library.",
}
