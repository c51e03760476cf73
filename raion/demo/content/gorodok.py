# ruff: noqa: RUF001 -- the texts are Cyrillic (ru, be) on purpose
"""The Gorodok District Executive Committee, in the north of the Vitebsk region: sample
texts written for the demo (the town's name and postcode are real, the rest is not)."""

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
        "full_name": "Городокский районный исполнительный комитет",
        "short_name": "Городокский райисполком",
        "region": "Витебская область",
        "locality": "г. Городок",
        "street": "ул. Карла Маркса, 2",
        "working_hours": "Понедельник — пятница: 8.00–17.00, обед 13.00–14.00",
        "phone_labels": {"reception": "Приёмная", "hotline": "Горячая линия"},
        "appeals_label": "Электронные обращения граждан и юридических лиц",
    },
    "be": {
        "full_name": "Гарадоцкі раённы выканаўчы камітэт",
        "short_name": "Гарадоцкі райвыканкам",
        "region": "Віцебская вобласць",
        "locality": "г. Гарадок",
        "street": "вул. Карла Маркса, 2",
        "working_hours": "Панядзелак — пятніца: 8.00–17.00, абед 13.00–14.00",
        "phone_labels": {"reception": "Прыёмная", "hotline": "Гарачая лінія"},
        "appeals_label": "Электронныя звароты грамадзян і юрыдычных асоб",
    },
    "en": {
        "full_name": "Gorodok District Executive Committee",
        "short_name": "Gorodok District Executive Committee",
        "region": "Vitebsk Region",
        "locality": "Gorodok",
        "street": "2 Karla Marksa Street",
        "working_hours": "Monday – Friday: 8:00–17:00, lunch break 13:00–14:00",
        "phone_labels": {"reception": "Reception office", "hotline": "Hotline"},
        "appeals_label": "Electronic appeals of citizens and legal entities",
    },
}

CONTACTS = {
    "postcode": "211573",
    "phones": {"reception": "+375 2139 5-10-40", "hotline": "+375 2139 5-12-77"},
    "fax": "+375 2139 5-10-41",
    "email": "rik@gorodok.gov.by",
    "appeals_url": "https://обращения.бел/",
    "social": [],
}

HOME = {
    "ru": {
        "title": "Городокский районный исполнительный комитет",
        "intro": "Новости Городокского района, работа райисполкома и ответы на вопросы жителей.",
    },
    "be": {
        "title": "Гарадоцкі раённы выканаўчы камітэт",
        "intro": "Навіны Гарадоцкага раёна, праца райвыканкама і адказы на пытанні жыхароў.",
    },
    "en": {
        "title": "Gorodok District Executive Committee",
        "intro": (
            "News of Gorodok district, the work of the district committee and answers to "
            "residents' questions."
        ),
    },
}

SECTIONS = {
    "district": {
        "ru": "Новости района",
        "be": "Навіны раёна",
        "en": "District news",
        "intro": {
            "ru": "Что происходит в Городке и сельсоветах района.",
            "be": "Што адбываецца ў Гарадку і сельсаветах раёна.",
            "en": "What is happening in Gorodok and the village councils of the district.",
        },
    },
    "region": REGION_SECTION,
    "republic": REPUBLIC_SECTION,
}

LANDMARKS = [
    {
        "key": "castle-hill",
        "ru": "Городок. Замковая гора",
        "be": "Гарадок. Замкавая гара",
        "en": "Gorodok. Castle Hill",
        "alt": {
            "ru": "Зелёный холм над крышами города, на вершине — смотровая площадка с флагом",
            "be": "Зялёны пагорак над дахамі горада, на вяршыні — аглядная пляцоўка са сцягам",
            "en": "A green hill above the town's roofs with a viewing platform and a flag on top",
        },
    },
    {
        "key": "lake-shore",
        "ru": "Озеро в окрестностях Городка",
        "be": "Возера ў ваколіцах Гарадка",
        "en": "A lake near Gorodok",
        "alt": {
            "ru": "Спокойное озеро в сосновом лесу, у берега — деревянные мостки и лодка",
            "be": "Спакойнае возера ў сасновым лесе, каля берага — драўляныя масткі і лодка",
            "en": "A calm lake in a pine forest with a wooden jetty and a boat by the shore",
        },
    },
    {
        "key": "eternal-flame",
        "ru": "Городок. Мемориал воинам-освободителям",
        "be": "Гарадок. Мемарыял воінам-вызваліцелям",
        "en": "Gorodok. Memorial to the liberators",
        "alt": {
            "ru": "Гранитная стела с вечным огнём у подножия, по сторонам — ели",
            "be": "Гранітная стэла з вечным агнём каля падножжа, па баках — елкі",
            "en": "A granite stele with an eternal flame at its foot, flanked by fir trees",
        },
    },
]

NOTICE = {
    "ru": (
        "Это демонстрационный сайт платформы Raion с примерами содержимого, а не официальный "
        "сайт Городокского районного исполнительного комитета."
    ),
    "be": (
        "Гэта дэманстрацыйны сайт платформы Raion з прыкладамі зместу, а не афіцыйны сайт "
        "Гарадоцкага раённага выканаўчага камітэта."
    ),
    "en": (
        "This is a demonstration site of the Raion platform with sample content, not the "
        "official website of the Gorodok District Executive Committee."
    ),
}

ARTICLES = [
    {
        "section": "district",
        "date": "2026-11-24",
        "slug": "winter-road-maintenance-plan",
        "ru": {
            "title": "Райисполком утвердил план зимнего содержания дорог",
            "lead": "Дороги к школам, больницам и автостанции будут расчищать в первую очередь.",
            "body": [
                "Дорожники готовы выйти на линию при первом снегопаде: техника прошла осмотр, "
                "запасы песчано-солевой смеси сделаны на всю зиму.",
                "О нерасчищенном участке можно сообщить на горячую линию райисполкома.",
            ],
        },
        "be": {
            "title": "Райвыканкам зацвердзіў план зімовага ўтрымання дарог",
            "lead": "Дарогі да школ, бальніц і аўтастанцыі будуць расчышчаць у першую чаргу.",
            "body": [
                "Дарожнікі гатовыя выйсці на лінію пры першым снегападзе: тэхніка прайшла "
                "агляд, запасы пясчана-салявой сумесі зроблены на ўсю зіму.",
                "Пра нерасчышчаны ўчастак можна паведаміць на гарачую лінію райвыканкама.",
            ],
        },
        "en": {
            "title": "District committee approves its winter road plan",
            "lead": "Roads to schools, hospitals and the bus station will be cleared first.",
            "body": [
                "Road crews are ready for the first snowfall: their vehicles have been "
                "inspected and enough grit has been stocked for the whole winter.",
                "Residents can report an uncleared stretch to the committee's hotline.",
            ],
        },
    },
    {
        "section": "district",
        "date": "2026-10-09",
        "slug": "lake-clean-up-day",
        "ru": {
            "title": "Волонтёры очистили берега трёх озёр района",
            "lead": "В субботнике приняли участие больше двухсот жителей Городокского района.",
            "body": [
                "Школьники, работники предприятий и лесхоза собрали мусор на пляжах и "
                "туристических стоянках.",
                "Лесхоз установил на стоянках новые указатели и места для костров.",
            ],
        },
        "be": {
            "title": "Валанцёры ачысцілі берагі трох азёр раёна",
            "lead": "У суботніку ўзялі ўдзел больш за дзвесце жыхароў Гарадоцкага раёна.",
            "body": [
                "Школьнікі, працаўнікі прадпрыемстваў і лясгаса сабралі смецце на пляжах і "
                "турысцкіх стаянках.",
                "Лясгас усталяваў на стаянках новыя паказальнікі і месцы для вогнішчаў.",
            ],
        },
        "en": {
            "title": "Volunteers clean the shores of three of the district's lakes",
            "lead": "More than two hundred residents of Gorodok district took part.",
            "body": [
                "Schoolchildren, factory staff and foresters collected litter from beaches "
                "and camping sites.",
                "The forestry enterprise has put up new signposts and fire pits at the sites.",
            ],
        },
    },
    {
        "section": "district",
        "date": "2026-09-01",
        "slug": "new-school-year-gorodok",
        "ru": {
            "title": "В школы района пришли более трёхсот первоклассников",
            "lead": "Учебный год начался в отремонтированных классах и с новым школьным автобусом.",
            "body": [
                "Летом в школах района обновили кабинеты физики и химии и заменили окна.",
                "Новый автобус будет возить детей из деревень, где нет своей школы.",
            ],
        },
        "be": {
            "title": "У школы раёна прыйшлі больш за трыста першакласнікаў",
            "lead": "Навучальны год пачаўся ў адрамантаваных класах і з новым школьным аўтобусам.",
            "body": [
                "Летам у школах раёна абнавілі кабінеты фізікі і хіміі і замянілі вокны.",
                "Новы аўтобус будзе вазіць дзяцей з вёсак, дзе няма сваёй школы.",
            ],
        },
        "en": {
            "title": "More than three hundred first-graders start school in the district",
            "lead": "The school year began in refurbished classrooms and with a new school bus.",
            "body": [
                "Over the summer the district's schools renewed their physics and chemistry "
                "rooms and replaced windows.",
                "The new bus takes children from villages that have no school of their own.",
            ],
        },
    },
]

ABOUT = {
    "slug": "about",
    "ru": {
        "title": "О районе",
        "intro": "Городокский район — северный район Витебской области, край лесов и озёр.",
        "body": [
            "Административный центр района — город Городок, расположенный к северу от Витебска.",
            "В районе работают сельскохозяйственные и лесные предприятия, развивается "
            "агроэкотуризм на берегах озёр.",
        ],
    },
    "be": {
        "title": "Пра раён",
        "intro": "Гарадоцкі раён — паўночны раён Віцебскай вобласці, край лясоў і азёр.",
        "body": [
            "Адміністрацыйны цэнтр раёна — горад Гарадок, размешчаны на поўнач ад Віцебска.",
            "У раёне працуюць сельскагаспадарчыя і лясныя прадпрыемствы, развіваецца "
            "аграэкатурызм на берагах азёр.",
        ],
    },
    "en": {
        "title": "About the district",
        "intro": (
            "Gorodok district lies in the north of the Vitebsk region, among forests and lakes."
        ),
        "body": [
            "Its administrative centre is the town of Gorodok, north of Vitebsk.",
            "Farms and forestry enterprises work in the district, and rural tourism is growing "
            "on the shores of its lakes.",
        ],
    },
}

SITE = SiteContent(
    slug="gorodok",
    hostname="gorodok.localhost",
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
    sample_article="lake-clean-up-day",
)
