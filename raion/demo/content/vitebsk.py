# ruff: noqa: RUF001 -- the texts are Cyrillic (ru, be) on purpose
"""The Vitebsk Regional Executive Committee, the region of the demo's districts: sample
texts written for the demo (the city and its landmarks are real, the rest is not)."""

from raion.demo.sitecontent import SiteContent

from .common import (
    NATIONAL_RESOURCES,
    REGION_SECTION,
    REPUBLIC_SECTION,
    accessibility_statement,
    appeals_page,
)

IDENTITY = {
    "ru": {
        "full_name": "Витебский областной исполнительный комитет",
        "short_name": "Витебский облисполком",
        "region": "Витебская область",
        "locality": "г. Витебск",
        "street": "ул. Гоголя, 6",
        "working_hours": "Понедельник — пятница: 9.00–13.00, 14.00–18.00",
        "phone_labels": {"reception": "Приёмная", "hotline": "Горячая линия"},
        "appeals_label": "Электронные обращения граждан и юридических лиц",
    },
    "be": {
        "full_name": "Віцебскі абласны выканаўчы камітэт",
        "short_name": "Віцебскі аблвыканкам",
        "region": "Віцебская вобласць",
        "locality": "г. Віцебск",
        "street": "вул. Гогаля, 6",
        "working_hours": "Панядзелак — пятніца: 9.00–13.00, 14.00–18.00",
        "phone_labels": {"reception": "Прыёмная", "hotline": "Гарачая лінія"},
        "appeals_label": "Электронныя звароты грамадзян і юрыдычных асоб",
    },
    "en": {
        "full_name": "Vitebsk Regional Executive Committee",
        "short_name": "Vitebsk Regional Executive Committee",
        "region": "Vitebsk Region",
        "locality": "Vitebsk",
        "street": "6 Gogolya Street",
        "working_hours": "Monday – Friday: 9:00–13:00, 14:00–18:00",
        "phone_labels": {"reception": "Reception office", "hotline": "Hotline"},
        "appeals_label": "Electronic appeals of citizens and legal entities",
    },
}

CONTACTS = {
    "postcode": "210010",
    "phones": {"reception": "+375 212 42-61-00", "hotline": "+375 212 42-61-52"},
    "fax": "+375 212 42-61-01",
    "email": "info@vitebsk-region.gov.by",
    "appeals_url": "https://обращения.бел/",
    "social": [],
}

HOME = {
    "ru": {
        "title": "Витебский областной исполнительный комитет",
        "intro": "Новости Витебской области, решения облисполкома и сайты районов области.",
    },
    "be": {
        "title": "Віцебскі абласны выканаўчы камітэт",
        "intro": "Навіны Віцебскай вобласці, рашэнні аблвыканкама і сайты раёнаў вобласці.",
    },
    "en": {
        "title": "Vitebsk Regional Executive Committee",
        "intro": (
            "News of the Vitebsk region, decisions of the regional committee and the sites "
            "of the region's districts."
        ),
    },
}

SECTIONS = {
    "district": {
        "ru": "Новости районов",
        "be": "Навіны раёнаў",
        "en": "District news",
        "intro": {
            "ru": "Заметные события районов области.",
            "be": "Прыкметныя падзеі раёнаў вобласці.",
            "en": "Notable events in the region's districts.",
        },
    },
    "region": REGION_SECTION,
    "republic": REPUBLIC_SECTION,
}

LANDMARKS = [
    {
        "key": "town-hall",
        "ru": "Витебск. Ратуша",
        "be": "Віцебск. Ратуша",
        "en": "Vitebsk. Town Hall",
        "alt": {
            "ru": "Белое здание ратуши с часовой башней на фоне голубого неба",
            "be": "Белы будынак ратушы з гадзіннікавай вежай на фоне блакітнага неба",
            "en": "The white town hall with its clock tower against a blue sky",
        },
    },
    {
        "key": "cathedral-hill",
        "ru": "Витебск. Свято-Успенский собор над Двиной",
        "be": "Віцебск. Свята-Успенскі сабор над Дзвіной",
        "en": "Vitebsk. The Assumption Cathedral above the Dvina",
        "alt": {
            "ru": "Собор с двумя башнями и зелёным куполом на холме над рекой",
            "be": "Сабор з дзвюма вежамі і зялёным купалам на пагорку над ракой",
            "en": "A cathedral with two towers and a green dome on a hill above the river",
        },
    },
    {
        "key": "amphitheatre",
        "ru": "Витебск. Летний амфитеатр",
        "be": "Віцебск. Летні амфітэатр",
        "en": "Vitebsk. Summer Amphitheatre",
        "alt": {
            "ru": "Полукруглые ряды открытого амфитеатра перед сценой под белым навесом",
            "be": "Паўкруглыя рады адкрытага амфітэатра перад сцэнай пад белым навесам",
            "en": "Semicircular rows of an open-air amphitheatre facing a stage under a canopy",
        },
    },
]

NOTICE = {
    "ru": (
        "Это демонстрационный сайт платформы Raion с примерами содержимого, а не официальный "
        "сайт Витебского областного исполнительного комитета."
    ),
    "be": (
        "Гэта дэманстрацыйны сайт платформы Raion з прыкладамі зместу, а не афіцыйны сайт "
        "Віцебскага абласнога выканаўчага камітэта."
    ),
    "en": (
        "This is a demonstration site of the Raion platform with sample content, not the "
        "official website of the Vitebsk Regional Executive Committee."
    ),
}

ARTICLES = [
    {
        "section": "region",
        "share_with_all_districts": True,
        "date": "2026-11-26",
        "slug": "regional-heating-season-review",
        "ru": {
            "title": "Облисполком подвёл итоги первого месяца отопительного сезона",
            "lead": "Котельные всех районов области работают в штатном режиме.",
            "body": [
                "Районам поручено держать на контроле дома, где жильцы жаловались на холод, "
                "и отвечать на такие обращения в течение суток.",
            ],
        },
        "be": {
            "title": "Аблвыканкам падвёў вынікі першага месяца ацяпляльнага сезона",
            "lead": "Кацельні ўсіх раёнаў вобласці працуюць у штатным рэжыме.",
            "body": [
                "Раёнам даручана трымаць на кантролі дамы, дзе жыхары скардзіліся на холад, "
                "і адказваць на такія звароты на працягу сутак.",
            ],
        },
        "en": {
            "title": "Regional committee reviews the first month of the heating season",
            "lead": "Boiler houses in every district of the region are running normally.",
            "body": [
                "Districts are to keep an eye on buildings whose residents complained of the "
                "cold and to answer such appeals within a day.",
            ],
        },
    },
    {
        "section": "region",
        "share_with_all_districts": True,
        "date": "2026-10-21",
        "slug": "rural-bus-routes",
        "ru": {
            "title": "В области откроют новые пригородные автобусные маршруты",
            "lead": "С января автобусы свяжут с районными центрами ещё сорок деревень.",
            "body": [
                "Расписание составлено по предложениям жителей, собранным районными "
                "исполкомами летом.",
            ],
        },
        "be": {
            "title": "У вобласці адкрыюць новыя прыгарадныя аўтобусныя маршруты",
            "lead": "Са студзеня аўтобусы звяжуць з раённымі цэнтрамі яшчэ сорак вёсак.",
            "body": [
                "Расклад складзены па прапановах жыхароў, сабраных раённымі выканкамамі летам.",
            ],
        },
        "en": {
            "title": "New suburban bus routes to open across the region",
            "lead": "From January buses will link forty more villages to their district centres.",
            "body": [
                "The timetable follows residents' suggestions gathered by the district "
                "committees over the summer.",
            ],
        },
    },
    {
        "section": "region",
        "share_with_all_districts": True,
        "date": "2026-09-15",
        "slug": "regional-harvest-festival",
        "ru": {
            "title": "Областной праздник урожая пройдёт в Сенно",
            "lead": "Лучших аграриев области наградят на берегу Сенненского озера.",
            "body": [
                "Районы привезут на праздник ярмарки своих предприятий и творческие программы.",
            ],
        },
        "be": {
            "title": "Абласное свята ўраджаю пройдзе ў Сянне",
            "lead": "Лепшых аграрыяў вобласці ўзнагародзяць на беразе Сенненскага возера.",
            "body": [
                "Раёны прывязуць на свята кірмашы сваіх прадпрыемстваў і творчыя праграмы.",
            ],
        },
        "en": {
            "title": "Regional harvest festival to be held in Senno",
            "lead": "The region's best farmers will be honoured on the shore of Lake Senno.",
            "body": [
                "Districts will bring their enterprises' fairs and their ensembles' programmes.",
            ],
        },
    },
]

ABOUT = {
    "slug": "about",
    "ru": {
        "title": "Об области",
        "intro": "Витебская область — самая северная область Беларуси.",
        "body": [
            "Областной центр — Витебск, город на Западной Двине. В области больше двадцати "
            "районов и тысячи озёр.",
        ],
    },
    "be": {
        "title": "Пра вобласць",
        "intro": "Віцебская вобласць — самая паўночная вобласць Беларусі.",
        "body": [
            "Абласны цэнтр — Віцебск, горад на Заходняй Дзвіне. У вобласці больш за дваццаць "
            "раёнаў і тысячы азёр.",
        ],
    },
    "en": {
        "title": "About the region",
        "intro": "The Vitebsk region is the northernmost region of Belarus.",
        "body": [
            "Its centre is Vitebsk, a city on the Western Dvina. The region has more than "
            "twenty districts and thousands of lakes.",
        ],
    },
}

DIRECTORY = {
    "ru": {
        "title": "Районы области",
        "intro": "Райисполкомы Витебской области: адреса, телефоны и официальные сайты.",
    },
    "be": {
        "title": "Раёны вобласці",
        "intro": "Райвыканкамы Віцебскай вобласці: адрасы, тэлефоны і афіцыйныя сайты.",
    },
    "en": {
        "title": "Districts of the region",
        "intro": (
            "District executive committees of the Vitebsk region: addresses, phones and "
            "official websites."
        ),
    },
}

SITE = SiteContent(
    slug="vitebsk-region",
    hostname="vitebsk.localhost",
    kind="region",
    identity=IDENTITY,
    contacts=CONTACTS,
    home=HOME,
    sections=SECTIONS,
    landmarks=LANDMARKS,
    resources=NATIONAL_RESOURCES,
    notice=NOTICE,
    articles=ARTICLES,
    pages=[ABOUT, appeals_page(), accessibility_statement(IDENTITY, CONTACTS)],
    sample_article="rural-bus-routes",
    directory=DIRECTORY,
)
