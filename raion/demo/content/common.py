# ruff: noqa: RUF001 -- the texts are Cyrillic (ru, be) on purpose
"""Texts every demo site shares: the news hub, national Internet resources, and the
appeals page and accessibility statement of a body, filled in with its own contacts."""

NEWS_INDEX = {"ru": "Новости", "be": "Навіны", "en": "News"}

REGION_SECTION = {
    "ru": "Новости области",
    "be": "Навіны вобласці",
    "en": "Region news",
    "intro": {
        "ru": "Решения и события Витебской области, о которых сообщает облисполком.",
        "be": "Рашэнні і падзеі Віцебскай вобласці, пра якія паведамляе аблвыканкам.",
        "en": "Decisions and events of the Vitebsk region as reported by the regional committee.",
    },
}

REPUBLIC_SECTION = {
    "ru": "Новости республики",
    "be": "Навіны рэспублікі",
    "en": "Republic news",
    "intro": {
        "ru": "Главные события страны по материалам государственных информационных агентств.",
        "be": "Галоўныя падзеі краіны па матэрыялах дзяржаўных інфармацыйных агенцтваў.",
        "en": "The main national news, based on reports by state news agencies.",
    },
}

NATIONAL_RESOURCES = [
    {
        "url": "https://president.gov.by/",
        "ru": "Президент Республики Беларусь",
        "be": "Прэзідэнт Рэспублікі Беларусь",
        "en": "President of the Republic of Belarus",
    },
    {
        "url": "https://www.government.by/",
        "ru": "Совет Министров Республики Беларусь",
        "be": "Савет Міністраў Рэспублікі Беларусь",
        "en": "Council of Ministers of the Republic of Belarus",
    },
    {
        "url": "https://pravo.by/",
        "ru": "Национальный правовой Интернет-портал Республики Беларусь",
        "be": "Нацыянальны прававы Інтэрнэт-партал Рэспублікі Беларусь",
        "en": "National Legal Internet Portal of the Republic of Belarus",
    },
    {
        "url": "https://www.belta.by/",
        "ru": "Белорусское телеграфное агентство БелТА",
        "be": "Беларускае тэлеграфнае агенцтва БелТА",
        "en": "Belarusian Telegraph Agency BelTA",
    },
    {
        "url": "https://обращения.бел/",
        "ru": "Электронные обращения граждан и юридических лиц",
        "be": "Электронныя звароты грамадзян і юрыдычных асоб",
        "en": "Electronic appeals of citizens and legal entities",
    },
    {
        "url": "https://portal.gov.by/",
        "ru": "Единый портал электронных услуг",
        "be": "Адзіны партал электронных паслуг",
        "en": "Single Portal of Electronic Services",
    },
    {
        "url": "https://www.belstat.gov.by/",
        "ru": "Национальный статистический комитет Республики Беларусь",
        "be": "Нацыянальны статыстычны камітэт Рэспублікі Беларусь",
        "en": "National Statistical Committee of the Republic of Belarus",
    },
]

VITEBSK_REGION_RESOURCE = {
    "url": "https://vitebsk-region.gov.by/",
    "ru": "Витебский областной исполнительный комитет",
    "be": "Віцебскі абласны выканаўчы камітэт",
    "en": "Vitebsk Regional Executive Committee",
}


COMMENTS_BOOK = {
    "ru": "Книга замечаний и предложений находится в службе «одно окно» (кабинет 101) и "
    "выдаётся по первому требованию.",
    "be": "Кніга заўваг і прапаноў знаходзіцца ў службе «адно акно» (кабінет 101) і "
    "выдаецца па першым патрабаванні.",
    "en": "The book of comments and suggestions is kept at the one-window service (room 101) "
    "and handed to anyone who asks for it.",
}


def appeals_page():
    """How to appeal to the body: the page shows the portal's link, the address, the
    deadlines and the reception schedule from the site's data; these are its own words."""
    from raion.receptions.pages import AppealsPage

    return {
        "slug": "appeals",
        "model": AppealsPage,
        "ru": {
            "title": "Обращения граждан и юридических лиц",
            "intro": "Написать нам можно через портал, по почте или прийти на личный приём.",
            "body": [],
            "fields": {
                "comments_book": COMMENTS_BOOK["ru"],
            },
        },
        "be": {
            "title": "Звароты грамадзян і юрыдычных асоб",
            "intro": "Напісаць нам можна праз партал, па пошце або прыйсці на асабісты прыём.",
            "body": [],
            "fields": {
                "comments_book": COMMENTS_BOOK["be"],
            },
        },
        "en": {
            "title": "Appeals of citizens and legal entities",
            "intro": "Write to us through the portal, by post, or come to a personal reception.",
            "body": [],
            "fields": {
                "comments_book": COMMENTS_BOOK["en"],
            },
        },
    }


def accessibility_statement(identity, contacts):
    """The accessibility statement (the footer links to the slug "accessibility")."""
    email, phone = contacts["email"], contacts["phones"]["reception"]
    return {
        "slug": "accessibility",
        "in_menu": False,
        "ru": {
            "title": "Заявление о доступности",
            "intro": (
                f"{identity['ru']['full_name']} хочет, чтобы этим сайтом мог пользоваться "
                "каждый, на любом из трёх языков сайта."
            ),
            "body": [
                ("heading", "Статус соответствия"),
                "Сайт частично соответствует WCAG 2.2 на уровне AA: каждый тип страниц "
                "проверяется автоматически, но часть старых материалов ещё не доработана.",
                ("heading", "Версия для слабовидящих"),
                "Ссылка вверху каждой страницы открывает настройки отображения: размер и тип "
                "шрифта, интервалы, контрастные цветовые схемы и отключение изображений.",
                ("heading", "Обратная связь"),
                f"О проблеме с доступностью сообщите на {email} или по телефону {phone}; "
                "ответ придёт в течение 15 дней.",
            ],
        },
        "be": {
            "title": "Заява аб даступнасці",
            "intro": (
                f"{identity['be']['full_name']} хоча, каб гэтым сайтам мог карыстацца "
                "кожны, на любой з трох моў сайта."
            ),
            "body": [
                ("heading", "Статус адпаведнасці"),
                "Сайт часткова адпавядае WCAG 2.2 на ўзроўні AA: кожны тып старонак "
                "правяраецца аўтаматычна, але частка старых матэрыялаў яшчэ не дапрацавана.",
                ("heading", "Версія для слабабачных"),
                "Спасылка ўверсе кожнай старонкі адкрывае налады адлюстравання: памер і тып "
                "шрыфту, інтэрвалы, кантрасныя каляровыя схемы і адключэнне выяў.",
                ("heading", "Зваротная сувязь"),
                f"Пра праблему з даступнасцю паведаміце на {email} або па тэлефоне {phone}; "
                "адказ прыйдзе на працягу 15 дзён.",
            ],
        },
        "en": {
            "title": "Accessibility statement",
            "intro": (
                f"The {identity['en']['full_name']} wants everyone to be able to use this "
                "site, in any of its three languages."
            ),
            "body": [
                ("heading", "Conformance status"),
                "The site partially conforms to WCAG 2.2 level AA: every page type is checked "
                "automatically, but some older material has not been reworked yet.",
                ("heading", "Version for the visually impaired"),
                "A link at the top of every page opens the display settings: text size, font, "
                "spacing, high-contrast colour schemes and hiding images.",
                ("heading", "Feedback"),
                f"Report an accessibility problem to {email} or by phone on {phone}; "
                "we reply within 15 days.",
            ],
        },
    }
