# ruff: noqa: RUF001 -- the texts are Cyrillic (ru, be) on purpose
"""The Senno District Executive Committee, in the south of the Vitebsk region: sample texts
written for the demo (the town, its lake and postcode are real, the rest is not)."""

from raion.demo.sitecontent import SiteContent

from .common import (
    NATIONAL_RESOURCES,
    REGION_SECTION,
    REPUBLIC_SECTION,
    VITEBSK_REGION_RESOURCE,
    accessibility_statement,
    appeals_page,
)

IDENTITY = {
    "ru": {
        "full_name": "Сенненский районный исполнительный комитет",
        "short_name": "Сенненский райисполком",
        "region": "Витебская область",
        "locality": "г. Сенно",
        "street": "ул. Советская, 127",
        "working_hours": "Понедельник — пятница: 8.00–13.00, 14.00–17.00",
        "phone_labels": {"reception": "Приёмная", "hotline": "Горячая линия"},
        "appeals_label": "Электронные обращения граждан и юридических лиц",
    },
    "be": {
        "full_name": "Сенненскі раённы выканаўчы камітэт",
        "short_name": "Сенненскі райвыканкам",
        "region": "Віцебская вобласць",
        "locality": "г. Сянно",
        "street": "вул. Савецкая, 127",
        # A deliberate gap: the hours are missing in Belarusian, so the compliance
        # dashboard (raion.compliance) has something to show on this district.
        "working_hours": "",
        "phone_labels": {"reception": "Прыёмная", "hotline": "Гарачая лінія"},
        "appeals_label": "Электронныя звароты грамадзян і юрыдычных асоб",
    },
    "en": {
        "full_name": "Senno District Executive Committee",
        "short_name": "Senno District Executive Committee",
        "region": "Vitebsk Region",
        "locality": "Senno",
        "street": "127 Sovetskaya Street",
        "working_hours": "Monday – Friday: 8:00–13:00, 14:00–17:00",
        "phone_labels": {"reception": "Reception office", "hotline": "Hotline"},
        "appeals_label": "Electronic appeals of citizens and legal entities",
    },
}

CONTACTS = {
    "postcode": "211117",
    "phones": {"reception": "+375 2135 4-12-30", "hotline": "+375 2135 4-15-09"},
    "fax": "+375 2135 4-12-31",
    "email": "rik@senno.gov.by",
    "appeals_url": "https://обращения.бел/",
    "social": [],
}

HOME = {
    "ru": {
        "title": "Сенненский районный исполнительный комитет",
        "intro": "Жизнь Сенненского района: новости, решения райисполкома, приём граждан.",
    },
    "be": {
        "title": "Сенненскі раённы выканаўчы камітэт",
        "intro": "Жыццё Сенненскага раёна: навіны, рашэнні райвыканкама, прыём грамадзян.",
    },
    "en": {
        "title": "Senno District Executive Committee",
        "intro": (
            "Life in Senno district: news, decisions of the district committee and "
            "receptions of citizens."
        ),
    },
}

SECTIONS = {
    "district": {
        "ru": "Новости района",
        "be": "Навіны раёна",
        "en": "District news",
        "intro": {
            "ru": "События Сенно и деревень района, объявления райисполкома.",
            "be": "Падзеі Сянна і вёсак раёна, аб'явы райвыканкама.",
            "en": "Events in Senno and the district's villages, notices of the committee.",
        },
    },
    "region": REGION_SECTION,
    "republic": REPUBLIC_SECTION,
}

LANDMARKS = [
    {
        "key": "senno-lake",
        "ru": "Сенно. Сенненское озеро",
        "be": "Сянно. Сенненскае возера",
        "en": "Senno. Lake Senno",
        "alt": {
            "ru": "Широкое озеро на закате, на дальнем берегу — дома и деревья города",
            "be": "Шырокае возера на заходзе сонца, на далёкім беразе — дамы і дрэвы горада",
            "en": "A wide lake at sunset with the town's houses and trees on the far shore",
        },
    },
    {
        "key": "town-park",
        "ru": "Сенно. Городской парк",
        "be": "Сянно. Гарадскі парк",
        "en": "Senno. Town park",
        "alt": {
            "ru": "Аллея городского парка между деревьями, фонарь и фонтан в центре",
            "be": "Алея гарадскога парку паміж дрэвамі, ліхтар і фантан у цэнтры",
            "en": "A park avenue between trees, with a street lamp and a fountain in the middle",
        },
    },
    {
        "key": "harvest-field",
        "ru": "Поля Сенненского района",
        "be": "Палі Сенненскага раёна",
        "en": "Fields of Senno district",
        "alt": {
            "ru": "Убранное поле с рулонами соломы и комбайном на краю леса",
            "be": "Убранае поле з рулонамі саломы і камбайнам на ўскрайку лесу",
            "en": "A harvested field with straw bales and a combine at the edge of a forest",
        },
    },
]

NOTICE = {
    "ru": (
        "Это демонстрационный сайт платформы Raion с примерами содержимого, а не официальный "
        "сайт Сенненского районного исполнительного комитета."
    ),
    "be": (
        "Гэта дэманстрацыйны сайт платформы Raion з прыкладамі зместу, а не афіцыйны сайт "
        "Сенненскага раённага выканаўчага камітэта."
    ),
    "en": (
        "This is a demonstration site of the Raion platform with sample content, not the "
        "official website of the Senno District Executive Committee."
    ),
}

ARTICLES = [
    {
        "section": "district",
        "date": "2026-11-17",
        "slug": "direct-phone-line-december",
        "ru": {
            "title": "Председатель райисполкома ответит на вопросы жителей по телефону",
            "lead": "Прямая телефонная линия пройдёт в первую субботу декабря с 9.00 до 12.00.",
            "body": [
                "Позвонить можно на номер приёмной райисполкома. Вопросы, требующие проверки, "
                "возьмут на контроль, и ответ придёт письменно.",
            ],
        },
        "be": {
            "title": "Старшыня райвыканкама адкажа на пытанні жыхароў па тэлефоне",
            "lead": "Прамая тэлефонная лінія пройдзе ў першую суботу снежня з 9.00 да 12.00.",
            "body": [
                "Патэлефанаваць можна на нумар прыёмнай райвыканкама. Пытанні, якія "
                "патрабуюць праверкі, возьмуць на кантроль, і адказ прыйдзе пісьмова.",
            ],
        },
        "en": {
            "title": "Committee chairman to answer residents' questions by phone",
            "lead": "The direct phone line runs on the first Saturday of December, 9:00–12:00.",
            "body": [
                "Call the committee's reception office. Questions that need looking into will "
                "be followed up and answered in writing.",
            ],
        },
    },
    {
        "section": "district",
        "date": "2026-10-02",
        "slug": "harvest-completed",
        "ru": {
            "title": "Хозяйства района завершили уборку зерновых",
            "lead": "Урожайность выросла по сравнению с прошлым годом благодаря тёплому лету.",
            "body": [
                "Механизаторы работали в две смены, чтобы успеть до осенних дождей.",
                "Лучшие экипажи комбайнов отметят на районном празднике урожая.",
            ],
        },
        "be": {
            "title": "Гаспадаркі раёна завяршылі ўборку збожжавых",
            "lead": "Ураджайнасць вырасла ў параўнанні з мінулым годам дзякуючы цёпламу лету.",
            "body": [
                "Механізатары працавалі ў дзве змены, каб паспець да восеньскіх дажджоў.",
                "Лепшыя экіпажы камбайнаў адзначаць на раённым свяце ўраджаю.",
            ],
        },
        "en": {
            "title": "The district's farms finish the grain harvest",
            "lead": "Yields rose on last year's thanks to a warm summer.",
            "body": [
                "Machine operators worked in two shifts to finish before the autumn rains.",
                "The best combine crews will be honoured at the district's harvest festival.",
            ],
        },
    },
    {
        "section": "district",
        "date": "2026-07-11",
        "slug": "lake-festival",
        "ru": {
            "title": "На берегу Сенненского озера прошёл праздник города",
            "lead": "Гостей ждали концерт, ярмарка мастеров и лодочная регата.",
            "body": [
                "Вечером на набережной выступили творческие коллективы района.",
                "Ярмарка собрала мастеров из соседних районов области.",
            ],
        },
        "be": {
            "title": "На беразе Сенненскага возера прайшло свята горада",
            "lead": "Гасцей чакалі канцэрт, кірмаш майстроў і лодачная рэгата.",
            "body": [
                "Увечары на набярэжнай выступілі творчыя калектывы раёна.",
                "Кірмаш сабраў майстроў з суседніх раёнаў вобласці.",
            ],
        },
        "en": {
            "title": "Town festival held on the shore of Lake Senno",
            "lead": "Guests enjoyed a concert, a craft fair and a rowing regatta.",
            "body": [
                "In the evening the district's ensembles performed on the embankment.",
                "The fair brought together craftspeople from neighbouring districts.",
            ],
        },
    },
]

ABOUT = {
    "slug": "about",
    "ru": {
        "title": "О районе",
        "intro": "Сенненский район лежит на юге Витебской области, на границе с Минской.",
        "body": [
            "Город Сенно стоит на берегу Сенненского озера, которое дало ему имя.",
            "Основа экономики района — сельское хозяйство и переработка его продукции.",
        ],
    },
    "be": {
        "title": "Пра раён",
        "intro": "Сенненскі раён ляжыць на поўдні Віцебскай вобласці, на мяжы з Мінскай.",
        "body": [
            "Горад Сянно стаіць на беразе Сенненскага возера, якое дало яму імя.",
            "Аснова эканомікі раёна — сельская гаспадарка і перапрацоўка яе прадукцыі.",
        ],
    },
    "en": {
        "title": "About the district",
        "intro": "Senno district lies in the south of the Vitebsk region, bordering Minsk region.",
        "body": [
            "The town of Senno stands on the shore of Lake Senno, which gave it its name.",
            "Farming and food processing are the backbone of the district's economy.",
        ],
    },
}

SITE = SiteContent(
    slug="senno",
    hostname="senno.localhost",
    kind="district",
    region="vitebsk-region",
    identity=IDENTITY,
    contacts=CONTACTS,
    home=HOME,
    sections=SECTIONS,
    landmarks=LANDMARKS,
    resources=[*NATIONAL_RESOURCES, VITEBSK_REGION_RESOURCE],
    notice=NOTICE,
    articles=ARTICLES,
    pages=[ABOUT, appeals_page(), accessibility_statement(IDENTITY, CONTACTS)],
    sample_article="harvest-completed",
)
