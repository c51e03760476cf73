# ruff: noqa: RUF001, E501 -- the texts are Cyrillic (ru, be), one text a line, on purpose
"""The demo districts' leadership, structure and reception schedules. The people are
made up; the villages are real places of each district."""

import datetime

POSITIONS = {
    "chairman": {
        "ru": "Председатель райисполкома",
        "be": "Старшыня райвыканкама",
        "en": "Chairman of the District Executive Committee",
    },
    "first_deputy": {
        "ru": "Первый заместитель председателя райисполкома",
        "be": "Першы намеснік старшыні райвыканкама",
        "en": "First Deputy Chairman of the District Executive Committee",
    },
    "deputy": {
        "ru": "Заместитель председателя райисполкома",
        "be": "Намеснік старшыні райвыканкама",
        "en": "Deputy Chairman of the District Executive Committee",
    },
    "deputy_agriculture": {
        "ru": "Заместитель председателя райисполкома — начальник управления по сельскому хозяйству и продовольствию",
        "be": "Намеснік старшыні райвыканкама — начальнік упраўлення па сельскай гаспадарцы і харчаванні",
        "en": "Deputy Chairman and Head of the Department of Agriculture and Food",
    },
    "manager": {
        "ru": "Управляющий делами райисполкома",
        "be": "Кіраўнік спраў райвыканкама",
        "en": "Head of Administration of the District Executive Committee",
    },
}

BIOGRAPHIES = {
    "chairman": {
        "ru": "Руководит работой райисполкома, отвечает за развитие экономики и социальной сферы района.",
        "be": "Кіруе работай райвыканкама, адказвае за развіццё эканомікі і сацыяльнай сферы раёна.",
        "en": "Directs the work of the executive committee and answers for the district's economy and social services.",
    },
    "first_deputy": {
        "ru": "Курирует сельское хозяйство, переработку и строительство.",
        "be": "Курыруе сельскую гаспадарку, перапрацоўку і будаўніцтва.",
        "en": "Oversees agriculture, food processing and construction.",
    },
    "deputy": {
        "ru": "Курирует образование, здравоохранение, культуру и социальную защиту.",
        "be": "Курыруе адукацыю, ахову здароўя, культуру і сацыяльную абарону.",
        "en": "Oversees education, health care, culture and social protection.",
    },
    "deputy_agriculture": {
        "ru": "Руководит управлением по сельскому хозяйству и продовольствию.",
        "be": "Кіруе ўпраўленнем па сельскай гаспадарцы і харчаванні.",
        "en": "Heads the Department of Agriculture and Food.",
    },
    "manager": {
        "ru": "Отвечает за работу с обращениями, кадры и делопроизводство райисполкома.",
        "be": "Адказвае за работу са зваротамі, кадры і справаводства райвыканкама.",
        "en": "Answers for appeals, staff and records of the executive committee.",
    },
}

# (role, weekdays, weeks of the month, start hour, end hour, on a holiday, room)
RECEPTIONS = (
    ("chairman", "WE", "1,3", 8, 13, "move", "201"),
    ("first_deputy", "TU", "2,4", 8, 13, "cancel", "203"),
    ("deputy", "TH", "", 14, 18, "cancel", "205"),
    ("manager", "MO", "1,3", 8, 13, "move", "207"),
)

# Liozno's published schedule: the chairman on the 1st and 3rd Wednesday, the others weekly.
LIOZNO_RECEPTIONS = (
    ("chairman", "WE", "1,3", 8, 13, "move", "201"),
    ("first_deputy", "TU", "", 8, 13, "cancel", "203"),
    ("deputy", "TH", "", 8, 13, "cancel", "205"),
    ("deputy_agriculture", "MO", "", 8, 13, "cancel", "301"),
    ("manager", "FR", "", 8, 13, "cancel", "207"),
)

# Direct telephone lines: the second Saturday of the month, the leadership in turn.
DIRECT_LINES = (
    datetime.date(2026, 11, 14),
    datetime.date(2026, 12, 12),
    datetime.date(2027, 1, 9),
    datetime.date(2027, 2, 13),
    datetime.date(2027, 3, 13),
    datetime.date(2027, 4, 10),
    datetime.date(2027, 5, 8),
)
OUTREACH_DATES = (datetime.date(2026, 12, 17), datetime.date(2027, 2, 18))

ROOM = {
    "ru": "Райисполком, кабинет {}",
    "be": "Райвыканкам, кабінет {}",
    "en": "Executive committee, room {}",
}
VILLAGE_HALL = {
    "ru": "{}, здание сельского исполнительного комитета",
    "be": "{}, будынак сельскага выканаўчага камітэта",
    "en": "{}, village council building",
}
HOTLINE = {"ru": "Горячая линия", "be": "Гарачая лінія", "en": "Hotline"}
ONE_WINDOW = {"ru": "Служба «одно окно»", "be": "Служба «адно акно»", "en": "One-window service"}

# (slug, kind, parent slug, room, opens, closes, texts {language: (name, functions)})
UNITS = (
    (
        "appeals-department",
        "department",
        "",
        "105",
        8,
        17,
        {
            "ru": (
                "Отдел по работе с обращениями граждан и юридических лиц",
                "Регистрирует обращения, следит за сроками ответов и готовит личные приёмы руководства.",
            ),
            "be": (
                "Аддзел па рабоце са зваротамі грамадзян і юрыдычных асоб",
                "Рэгіструе звароты, сочыць за тэрмінамі адказаў і рыхтуе асабістыя прыёмы кіраўніцтва.",
            ),
            "en": (
                "Department for Appeals of Citizens and Legal Entities",
                "Registers appeals, keeps track of the deadlines for answers and prepares the leadership's personal receptions.",
            ),
        },
    ),
    (
        "one-window",
        "service",
        "appeals-department",
        "101",
        8,
        20,
        {
            "ru": (
                "Служба «одно окно»",
                "Принимает заявления об административных процедурах и выдаёт решения.",
            ),
            "be": (
                "Служба «адно акно»",
                "Прымае заявы аб адміністрацыйных працэдурах і выдае рашэнні.",
            ),
            "en": (
                "One-window service",
                "Accepts applications for administrative procedures and hands out decisions.",
            ),
        },
    ),
    (
        "finance",
        "department",
        "",
        "301",
        8,
        17,
        {
            "ru": ("Финансовый отдел", "Составляет и исполняет районный бюджет."),
            "be": ("Фінансавы аддзел", "Складае і выконвае раённы бюджэт."),
            "en": ("Finance Department", "Drafts and carries out the district budget."),
        },
    ),
    (
        "economy",
        "department",
        "",
        "310",
        8,
        17,
        {
            "ru": (
                "Отдел экономики",
                "Прогнозирует развитие района и поддерживает предпринимательство.",
            ),
            "be": (
                "Аддзел эканомікі",
                "Прагназуе развіццё раёна і падтрымлівае прадпрымальніцтва.",
            ),
            "en": (
                "Economy Department",
                "Forecasts the district's development and supports business.",
            ),
        },
    ),
    (
        "social-protection",
        "department",
        "",
        "401",
        8,
        17,
        {
            "ru": (
                "Управление по труду, занятости и социальной защите",
                "Назначает пенсии и пособия, помогает найти работу.",
            ),
            "be": (
                "Упраўленне па працы, занятасці і сацыяльнай абароне",
                "Прызначае пенсіі і дапамогі, дапамагае знайсці працу.",
            ),
            "en": (
                "Department of Labour, Employment and Social Protection",
                "Grants pensions and benefits and helps people find work.",
            ),
        },
    ),
    (
        "education",
        "department",
        "",
        "410",
        8,
        17,
        {
            "ru": ("Отдел по образованию", "Руководит школами и детскими садами района."),
            "be": ("Аддзел па адукацыі", "Кіруе школамі і дзіцячымі садкамі раёна."),
            "en": ("Education Department", "Runs the district's schools and kindergartens."),
        },
    ),
    (
        "social-services-centre",
        "subordinate",
        "",
        "",
        8,
        17,
        {
            "ru": (
                "Территориальный центр социального обслуживания населения",
                "Помогает пожилым людям и людям с инвалидностью на дому и в отделениях центра.",
            ),
            "be": (
                "Тэрытарыяльны цэнтр сацыяльнага абслугоўвання насельніцтва",
                "Дапамагае пажылым людзям і людзям з інваліднасцю дома і ў аддзяленнях цэнтра.",
            ),
            "en": (
                "Territorial Centre of Social Services",
                "Helps older and disabled people at home and in the centre's branches.",
            ),
        },
    ),
    (
        "culture-centre",
        "subordinate",
        "",
        "",
        9,
        18,
        {
            "ru": ("Районный центр культуры", "Клубы, ансамбли и праздники района."),
            "be": ("Раённы цэнтр культуры", "Клубы, ансамблі і святы раёна."),
            "en": ("District Culture Centre", "The district's clubs, ensembles and festivals."),
        },
    ),
)

# Made-up people by district: {role: {language: name}}, and two villages of the district.
DISTRICTS = {
    "liozno": {
        "people": {
            "chairman": {
                "ru": "Сергей Викторович Ковалёв",
                "be": "Сяргей Віктаравіч Кавалёў",
                "en": "Siarhei Kavaliou",
            },
            "first_deputy": {
                "ru": "Андрей Николаевич Мельников",
                "be": "Андрэй Мікалаевіч Мельнікаў",
                "en": "Andrei Melnikau",
            },
            "deputy": {
                "ru": "Татьяна Ивановна Жук",
                "be": "Таццяна Іванаўна Жук",
                "en": "Tatsiana Zhuk",
            },
            "deputy_agriculture": {
                "ru": "Павел Олегович Рыбаков",
                "be": "Павел Алегавіч Рыбакоў",
                "en": "Pavel Rybakou",
            },
            "manager": {
                "ru": "Елена Петровна Садовская",
                "be": "Алена Пятроўна Садоўская",
                "en": "Alena Sadouskaya",
            },
        },
        "villages": (
            {"ru": "Агрогородок Добромысли", "be": "Аграгарадок Дабрамыслі", "en": "Dabramysli"},
            {"ru": "Агрогородок Бабиновичи", "be": "Аграгарадок Бабінавічы", "en": "Babinavichy"},
        ),
        "receptions": LIOZNO_RECEPTIONS,
    },
    "gorodok": {
        "people": {
            "chairman": {
                "ru": "Виктор Александрович Лапицкий",
                "be": "Віктар Аляксандравіч Лапіцкі",
                "en": "Viktar Lapitski",
            },
            "first_deputy": {
                "ru": "Дмитрий Сергеевич Гурский",
                "be": "Дзмітрый Сяргеевіч Гурскі",
                "en": "Dzmitry Hurski",
            },
            "deputy": {
                "ru": "Наталья Владимировна Ровбо",
                "be": "Наталля Уладзіміраўна Роўба",
                "en": "Natallia Rouba",
            },
            "manager": {
                "ru": "Ирина Михайловна Климович",
                "be": "Ірына Міхайлаўна Клімовіч",
                "en": "Iryna Klimovich",
            },
        },
        "villages": (
            {"ru": "Агрогородок Езерище", "be": "Аграгарадок Езярышча", "en": "Yezyaryshcha"},
            {"ru": "Агрогородок Бычиха", "be": "Аграгарадок Бычыха", "en": "Bychykha"},
        ),
    },
    "senno": {
        "people": {
            "chairman": {
                "ru": "Александр Иванович Бондарь",
                "be": "Аляксандр Іванавіч Бондар",
                "en": "Aliaksandr Bondar",
            },
            "first_deputy": {
                "ru": "Олег Петрович Шевчук",
                "be": "Алег Пятровіч Шаўчук",
                "en": "Aleh Shauchuk",
            },
            "deputy": {
                "ru": "Светлана Николаевна Козел",
                "be": "Святлана Мікалаеўна Козел",
                "en": "Sviatlana Kozel",
            },
            "manager": {
                "ru": "Марина Геннадьевна Лис",
                "be": "Марына Генадзьеўна Ліс",
                "en": "Maryna Lis",
            },
        },
        "villages": (
            {"ru": "Город Богушевск", "be": "Горад Багушэўск", "en": "Bahusheusk"},
            {"ru": "Агрогородок Ходцы", "be": "Аграгарадок Ходцы", "en": "Khodtsy"},
        ),
    },
}
