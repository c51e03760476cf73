# ruff: noqa: RUF001 -- the texts are Cyrillic (ru, be) on purpose
"""Texts of the Liozno site: identity, contacts, landmarks, sections and standard pages.

The demo site is the Liozno District Executive Committee (Vitebsk region, Belarus). Everything
here is sample content for the demo of the platform, in ru, be and en.
"""

from ..common import NATIONAL_RESOURCES, VITEBSK_REGION_RESOURCE

IDENTITY = {
    "ru": {
        "full_name": "Лиозненский районный исполнительный комитет",
        "short_name": "Лиозненский райисполком",
        "region": "Витебская область",
        "locality": "г.п.\xa0Лиозно",
        "street": "ул. Ленина, 79/2",
        "working_hours": (
            "Понедельник — пятница: 8.00–13.00, 14.00–17.00\nСуббота, воскресенье: выходные дни"
        ),
        "phone_labels": {
            "reception": "Приёмная",
            "hotline": "Горячая линия",
            "duty": "Дежурный",
        },
        "fax_label": "Факс",
        "appeals_label": "Электронные обращения граждан и юридических лиц",
    },
    "be": {
        "full_name": "Лёзненскі раённы выканаўчы камітэт",
        "short_name": "Лёзненскі райвыканкам",
        "region": "Віцебская вобласць",
        "locality": "г.п.\xa0Лёзна",
        "street": "вул. Леніна, 79/2",
        "working_hours": (
            "Панядзелак — пятніца: 8.00–13.00, 14.00–17.00\nСубота, нядзеля: выхадныя дні"
        ),
        "phone_labels": {
            "reception": "Прыёмная",
            "hotline": "Гарачая лінія",
            "duty": "Дзяжурны",
        },
        "fax_label": "Факс",
        "appeals_label": "Электронныя звароты грамадзян і юрыдычных асоб",
    },
    "en": {
        "full_name": "Liozno District Executive Committee",
        "short_name": "Liozno District Executive Committee",
        "region": "Vitebsk Region",
        "locality": "Liozno",
        "street": "79/2 Lenina Street",
        "working_hours": ("Monday – Friday: 8:00–13:00, 14:00–17:00\nSaturday, Sunday: closed"),
        "phone_labels": {
            "reception": "Reception office",
            "hotline": "Hotline",
            "duty": "Duty officer",
        },
        "fax_label": "Fax",
        "appeals_label": "Electronic appeals of citizens and legal entities",
    },
}

CONTACTS = {
    "postcode": "211220",
    "phones": {
        "reception": "+375 2138 5-25-69",
        "hotline": "+375 2138 5-14-41",
        "duty": "+375 2138 5-15-38",
    },
    "fax": "+375 2138 5-25-69",
    "email": "rik@liozno.gov.by",
    "appeals_url": "https://обращения.бел/",
    "social": [
        ("VKontakte", "https://vk.com/lioznorik"),
        ("Telegram", "https://t.me/lioznorik"),
    ],
}

LANDMARKS = [
    {
        "key": "railway-station",
        "ru": "Лиозно. Железнодорожная станция",
        "be": "Лёзна. Чыгуначная станцыя",
        "en": "Liozno. Railway station",
        "alt": {
            "ru": "Здание железнодорожной станции Лиозно и пассажирская платформа вдоль путей",
            "be": "Будынак чыгуначнай станцыі Лёзна і пасажырская платформа ўздоўж пуцей",
            "en": "The Liozno railway station building and the passenger platform along the tracks",
        },
    },
    {
        "key": "central-square",
        "ru": "Лиозно. Центральная площадь",
        "be": "Лёзна. Цэнтральная плошча",
        "en": "Liozno. Central square",
        "alt": {
            "ru": "Центральная площадь Лиозно с клумбами, деревьями и административными зданиями",
            "be": "Цэнтральная плошча Лёзна з клумбамі, дрэвамі і адміністрацыйнымі будынкамі",
            "en": "The central square of Liozno with flower beds, trees and public buildings",
        },
    },
    {
        "key": "memorial-tank",
        "ru": "Мемориальный комплекс «Танк»",
        "be": "Мемарыяльны комплекс «Танк»",
        "en": "“Tank” memorial complex",
        "alt": {
            "ru": "Танк времён Великой Отечественной войны на постаменте, у подножия — цветы",
            "be": "Танк часоў Вялікай Айчыннай вайны на пастаменце, каля падножжа — кветкі",
            "en": "A Second World War tank on a pedestal with flowers laid at its foot",
        },
    },
    {
        "key": "culture-centre",
        "ru": "Лиозно. Районный центр культуры",
        "be": "Лёзна. Раённы цэнтр культуры",
        "en": "Liozno. District Culture Centre",
        "alt": {
            "ru": "Фасад здания районного центра культуры в Лиозно с колоннами у входа",
            "be": "Фасад будынка раённага цэнтра культуры ў Лёзне з калонамі каля ўваходу",
            "en": "The front of the district culture centre in Liozno with columns at the entrance",
        },
    },
]

SECTIONS = {
    "district": {
        "ru": "Новости района",
        "be": "Навіны раёна",
        "en": "District news",
        "intro": {
            "ru": ("События Лиозненского района, решения райисполкома и объявления для жителей."),
            "be": "Падзеі Лёзненскага раёна, рашэнні райвыканкама і аб'явы для жыхароў.",
            "en": (
                "Events in Liozno district, decisions of the district executive committee "
                "and notices for residents."
            ),
        },
    },
    "republic": {
        "ru": "Новости республики",
        "be": "Навіны рэспублікі",
        "en": "Republic news",
        "intro": {
            "ru": "Главные события страны по материалам государственных информационных агентств.",
            "be": "Галоўныя падзеі краіны па матэрыялах дзяржаўных інфармацыйных агенцтваў.",
            "en": "The main national news, based on reports by state news agencies.",
        },
    },
}

HOME = {
    "ru": {
        "title": "Лиозненский районный исполнительный комитет",
        "intro": (
            "Добро пожаловать! Здесь вы найдёте новости Лиозненского района, сведения о работе "
            "райисполкома и порядок обращения к его руководству."
        ),
    },
    "be": {
        "title": "Лёзненскі раённы выканаўчы камітэт",
        "intro": (
            "Вітаем! Тут вы знойдзеце навіны Лёзненскага раёна, звесткі пра працу "
            "райвыканкама і парадак звароту да яго кіраўніцтва."
        ),
    },
    "en": {
        "title": "Liozno District Executive Committee",
        "intro": (
            "Welcome! Here you will find news from Liozno district, information about the work "
            "of the district executive committee and how to contact its leadership."
        ),
    },
}

RESOURCES = [*NATIONAL_RESOURCES[:3], VITEBSK_REGION_RESOURCE, *NATIONAL_RESOURCES[3:]]

DEMO_NOTICE = {
    "ru": (
        "Это демонстрационный сайт платформы Raion с примерами содержимого. Он не является "
        "официальным сайтом Лиозненского районного исполнительного комитета."
    ),
    "be": (
        "Гэта дэманстрацыйны сайт платформы Raion з прыкладамі зместу. Ён не з'яўляецца "
        "афіцыйным сайтам Лёзненскага раённага выканаўчага камітэта."
    ),
    "en": (
        "This is a demonstration site of the Raion platform with sample content. It is not the "
        "official website of the Liozno District Executive Committee."
    ),
}
