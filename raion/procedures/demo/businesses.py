# ruff: noqa: RUF001 -- the texts are Cyrillic (ru, be) on purpose
"""The businesses' list (Council of Ministers Resolution No. 548) in the demo: procedures
with their published numbers and Russian names, which are facts; the Belarusian and
English names are our translations; fees, terms, departments and documents are the demo's
own. Check them against the list in force before loading them into a real site: it is
amended several times a year."""

from decimal import Decimal

from ..registry import ProcedureList

LIST = ProcedureList.BUSINESSES

CHAPTERS = {
    "3": {
        "ru": "Архитектурная, градостроительная и строительная деятельность",
        "be": "Архітэктурная, горадабудаўнічая і будаўнічая дзейнасць",
        "en": "Architecture, town planning and construction",
    },
    "6": {
        "ru": "Охрана окружающей среды и природопользование",
        "be": "Ахова навакольнага асяроддзя і прыродакарыстанне",
        "en": "Environmental protection and use of natural resources",
    },
    "8": {
        "ru": "Торговля, общественное питание, бытовые услуги, защита прав потребителей "
        "и рекламная деятельность",
        "be": "Гандаль, грамадскае харчаванне, бытавыя паслугі, абарона правоў спажыўцоў і "
        "рэкламная дзейнасць",
        "en": "Trade, catering, consumer services, consumer protection and advertising",
    },
}

# (number, name in Russian as published, in Belarusian, in English, fee in base units)
PROCEDURES = [
    (
        "3.3.1",
        "Получение разрешения на проведение земляных работ, размещение строительной площадки",
        "Атрыманне дазволу на правядзенне земляных работ, размяшчэнне будаўнічай пляцоўкі",
        "A permit for earthworks or a building site",
        None,
    ),
    (
        "3.9.7",
        "Получение заключения о соответствии принимаемого в эксплуатацию объекта "
        "строительства разрешительной и проектной документации",
        "Атрыманне заключэння аб адпаведнасці аб'екта будаўніцтва, які прымаецца ў "
        "эксплуатацыю, дазвольнай і праектнай дакументацыі",
        "An opinion that a building being put into service matches its permits and design",
        None,
    ),
    (
        "3.15.1",
        "Получение разрешения на право производства ремонтных, строительных и земляных "
        "работ в охранной зоне объектов газораспределительной системы",
        "Атрыманне дазволу на права вытворчасці рамонтных, будаўнічых і земляных работ у "
        "ахоўнай зоне аб'ектаў газаразмеркавальнай сістэмы",
        "A permit for repair, building or earthworks near gas distribution lines",
        None,
    ),
    (
        "6.5.1",
        "Получение разрешения на удаление или пересадку объектов растительного мира",
        "Атрыманне дазволу на выдаленне або перасадку аб'ектаў расліннага свету",
        "A permit to remove or replant trees and shrubs",
        None,
    ),
    (
        "8.3.1",
        "Согласование режима работы после 23.00 и до 7.00 розничного торгового объекта, "
        "объекта общественного питания",
        "Узгадненне рэжыму работы пасля 23.00 і да 7.00 рознічнага гандлёвага аб'екта, "
        "аб'екта грамадскага харчавання",
        "Approval of opening hours between 23:00 and 7:00 for a shop or a café",
        None,
    ),
    (
        "8.8.1",
        "Включение сведений о субъекте торговли, субъекте общественного питания, торговых "
        "объектах, объектах общественного питания, интернет-магазинах в Торговый реестр "
        "Республики Беларусь",
        "Уключэнне звестак пра суб'ект гандлю, суб'ект грамадскага харчавання, гандлёвыя "
        "аб'екты, аб'екты грамадскага харчавання, інтэрнэт-крамы ў Гандлёвы рэестр "
        "Рэспублікі Беларусь",
        "Entering a trader, a caterer, their premises or an online shop in the Trade Register",
        None,
    ),
    (
        "8.8.2",
        "Внесение изменений в сведения, включенные в Торговый реестр Республики Беларусь",
        "Унясенне змяненняў у звесткі, уключаныя ў Гандлёвы рэестр Рэспублікі Беларусь",
        "Changing what the Trade Register holds",
        None,
    ),
    (
        "8.8.3",
        "Исключение сведений из Торгового реестра Республики Беларусь",
        "Выключэнне звестак з Гандлёвага рэестра Рэспублікі Беларусь",
        "Removing an entry from the Trade Register",
        None,
    ),
    (
        "8.9.1",
        "Получение разрешения на размещение средства наружной рекламы",
        "Атрыманне дазволу на размяшчэнне сродку вонкавай рэкламы",
        "A permit for an outdoor advertisement",
        Decimal("1"),
    ),
    (
        "8.12.1",
        "Получение согласования проведения ярмарки",
        "Атрыманне ўзгаднення правядзення кірмашу",
        "Approval to hold a fair",
        None,
    ),
]

# The demo's own: a maximum term and the department in charge, by chapter.
TERMS = {
    "3": {"ru": "15 рабочих дней", "be": "15 рабочых дзён", "en": "15 working days"},
    "6": {"ru": "1 месяц", "be": "1 месяц", "en": "1 month"},
    "8": {"ru": "5 рабочих дней", "be": "5 рабочых дзён", "en": "5 working days"},
}

DEPARTMENTS = {
    "3": {
        "ru": "Отдел архитектуры и строительства",
        "be": "Аддзел архітэктуры і будаўніцтва",
        "en": "Architecture and construction department",
    },
    "6": {
        "ru": "Районная инспекция природных ресурсов и охраны окружающей среды",
        "be": "Раённая інспекцыя прыродных рэсурсаў і аховы навакольнага асяроддзя",
        "en": "District inspectorate of natural resources and environmental protection",
    },
    "8": {
        "ru": "Отдел экономики",
        "be": "Аддзел эканомікі",
        "en": "Economy department",
    },
}

DOCUMENTS = {
    "ru": "заявление\nдокумент, подтверждающий полномочия представителя",
    "be": "заява\nдакумент, які пацвярджае паўнамоцтвы прадстаўніка",
    "en": "an application\na document showing the representative's authority",
}

LEGAL_BASIS = {
    "ru": "Постановление Совета Министров Республики Беларусь от 24 сентября 2021 г. № 548",
    "be": "Пастанова Савета Міністраў Рэспублікі Беларусь ад 24 верасня 2021 г. № 548",
    "en": "Resolution of the Council of Ministers of the Republic of Belarus No. 548 of "
    "24 September 2021",
}

# Chapters whose procedures the demo lets apply for on the e-services portal.
ONLINE_CHAPTERS = {"8"}
