# ruff: noqa: RUF001 -- the texts are Cyrillic (ru, be) on purpose
"""The demo site's standard pages (About the district, appeals, accessibility statement),
in ru, be and en: a tree of {"slug", language: {"title", "intro", "body"}, "children"}."""

from raion.receptions.pages import AppealsPage

from ..common import COMMENTS_BOOK

STANDARD_PAGES = [
    {
        "slug": "about",
        "ru": {
            "title": "О районе",
            "intro": (
                "Лиозненский район расположен на востоке Витебской области, на границе "
                "с Российской Федерацией."
            ),
            "body": [
                "Площадь района составляет около 1,4\xa0тыс.\xa0км², в нём проживает около "
                "15,5\xa0тыс. "
                "человек. Административный центр — городской посёлок Лиозно, расположенный "
                "примерно в 40\xa0км к востоку от Витебска. На востоке район граничит со "
                "Смоленской областью России.",
                "Через район проходят железная дорога Витебск — Смоленск и автомобильные "
                "дороги, связывающие его с областным центром и соседними регионами. Рельеф "
                "преимущественно холмистый, значительную часть территории занимают леса, реки "
                "и озёра.",
                "Лиозно впервые упоминается в письменных источниках XVI века. С местечком "
                "связано детство Марка Шагала: отсюда была родом его мать, здесь жил дед "
                "художника.",
                "Сегодня в районе работают сельскохозяйственные организации, предприятия "
                "переработки и лесного хозяйства, учреждения образования, здравоохранения и "
                "культуры.",
            ],
        },
        "be": {
            "title": "Пра раён",
            "intro": (
                "Лёзненскі раён размешчаны на ўсходзе Віцебскай вобласці, на мяжы з Расійскай "
                "Федэрацыяй."
            ),
            "body": [
                "Плошча раёна складае каля 1,4\xa0тыс.\xa0км², у ім пражывае каля "
                "15,5\xa0тыс. чалавек. "
                "Адміністрацыйны цэнтр — гарадскі пасёлак Лёзна, размешчаны прыкладна за 40\xa0км "
                "на ўсход ад Віцебска. На ўсходзе раён мяжуе са Смаленскай вобласцю Расіі.",
                "Праз раён праходзяць чыгунка Віцебск — Смаленск і аўтамабільныя дарогі, якія "
                "звязваюць яго з абласным цэнтрам і суседнімі рэгіёнамі. Рэльеф пераважна "
                "ўзгорысты, значную частку тэрыторыі займаюць лясы, рэкі і азёры.",
                "Лёзна ўпершыню згадваецца ў пісьмовых крыніцах XVI стагоддзя. З мястэчкам "
                "звязана дзяцінства Марка Шагала: адсюль была родам яго маці, тут жыў дзед "
                "мастака.",
                "Сёння ў раёне працуюць сельскагаспадарчыя арганізацыі, прадпрыемствы "
                "перапрацоўкі і лясной гаспадаркі, установы адукацыі, аховы здароўя і культуры.",
            ],
        },
        "en": {
            "title": "About the district",
            "intro": (
                "Liozno district lies in the east of Vitebsk region, on the border with the "
                "Russian Federation."
            ),
            "body": [
                "The district covers about 1,400 km² and has a population of around 15,500. "
                "Its administrative centre is the urban settlement of Liozno, some 40 km east "
                "of Vitebsk. To the east the district borders Smolensk region of Russia.",
                "The Vitebsk — Smolensk railway and roads linking the district with the "
                "regional centre and neighbouring areas run through it. The landscape is mostly "
                "hilly, and forests, rivers and lakes cover much of the territory.",
                "Liozno is first mentioned in written sources in the 16th century. The town is "
                "linked with Marc Chagall's childhood: his mother came from here, and his "
                "grandfather lived here.",
                "Today the district is home to farms, processing and forestry enterprises, and "
                "schools, health facilities and cultural institutions.",
            ],
        },
        "children": [
            {
                "slug": "history",
                "ru": {
                    "title": "История",
                    "intro": (
                        "Лиозненщина прошла долгий путь от небольшого местечка до современного "
                        "районного центра."
                    ),
                    "body": [
                        "Первые письменные упоминания о Лиозно относятся к XVI веку, когда "
                        "поселение входило в состав Великого княжества Литовского. После "
                        "первого раздела Речи Посполитой в 1772 году эти земли вошли в состав "
                        "Российской империи.",
                        "В конце XVIII века Лиозно стало известным центром еврейской духовной "
                        "жизни и одним из мест зарождения хасидского течения Хабад. Во второй "
                        "половине XIX века через местечко прошла железная дорога, что "
                        "способствовало развитию торговли и ремёсел.",
                        "На рубеже XIX и XX веков в Лиозно жила семья матери Марка Шагала. "
                        "Художник часто бывал здесь в детстве и позднее с теплотой вспоминал "
                        "местечко в автобиографии «Моя жизнь».",
                        "Лиозненский район образован в 1924 году. В годы Великой Отечественной "
                        "войны его территория была оккупирована, здесь действовали партизанские "
                        "отряды; освобождён район осенью 1943 года. Память о тех событиях "
                        "хранят мемориальный комплекс «Танк» и многочисленные воинские "
                        "захоронения.",
                    ],
                },
                "be": {
                    "title": "Гісторыя",
                    "intro": (
                        "Лёзненшчына прайшла доўгі шлях ад невялікага мястэчка да сучаснага "
                        "раённага цэнтра."
                    ),
                    "body": [
                        "Першыя пісьмовыя згадкі пра Лёзна адносяцца да XVI стагоддзя, калі "
                        "паселішча ўваходзіла ў склад Вялікага Княства Літоўскага. Пасля "
                        "першага падзелу Рэчы Паспалітай у 1772 годзе гэтыя землі ўвайшлі ў "
                        "склад Расійскай імперыі.",
                        "У канцы XVIII стагоддзя Лёзна стала вядомым цэнтрам яўрэйскага "
                        "духоўнага жыцця і адным з месцаў зараджэння хасідскай плыні Хабад. У "
                        "другой палове XIX стагоддзя праз мястэчка прайшла чыгунка, што "
                        "спрыяла развіццю гандлю і рамёстваў.",
                        "На мяжы XIX і XX стагоддзяў у Лёзне жыла сям'я маці Марка Шагала. "
                        "Мастак часта бываў тут у дзяцінстве і пазней з цеплынёй успамінаў "
                        "мястэчка ў аўтабіяграфіі «Маё жыццё».",
                        "Лёзненскі раён утвораны ў 1924 годзе. У гады Вялікай Айчыннай вайны "
                        "яго тэрыторыя была акупіравана, тут дзейнічалі партызанскія атрады; "
                        "вызвалены раён восенню 1943 года. Памяць пра тыя падзеі захоўваюць "
                        "мемарыяльны комплекс «Танк» і шматлікія воінскія пахаванні.",
                    ],
                },
                "en": {
                    "title": "History",
                    "intro": (
                        "The Liozno area has come a long way from a small shtetl to a modern "
                        "district centre."
                    ),
                    "body": [
                        "The earliest written records of Liozno date from the 16th century, "
                        "when the settlement was part of the Grand Duchy of Lithuania. After "
                        "the first partition of the Polish-Lithuanian Commonwealth in 1772, "
                        "these lands became part of the Russian Empire.",
                        "In the late 18th century Liozno became a well-known centre of Jewish "
                        "spiritual life and one of the places where the Chabad branch of "
                        "Hasidism took shape. In the second half of the 19th century a railway "
                        "reached the town, giving a boost to trade and crafts.",
                        "At the turn of the 20th century the family of Marc Chagall's mother "
                        "lived in Liozno. The artist often visited as a child and later "
                        "recalled the town fondly in his autobiography, My Life.",
                        "Liozno district was formed in 1924. During the Great Patriotic War its "
                        "territory was occupied and partisan units operated here; the district "
                        "was liberated in the autumn of 1943. The “Tank” memorial complex and "
                        "many war graves keep the memory of those events alive.",
                    ],
                },
                "children": [],
            },
            {
                "slug": "economy",
                "ru": {
                    "title": "Экономика",
                    "intro": (
                        "Основу экономики района составляют сельское хозяйство, переработка "
                        "сельскохозяйственной продукции и лесное хозяйство."
                    ),
                    "body": [
                        "Сельскохозяйственные организации района специализируются на "
                        "производстве молока и мяса, выращивании зерновых, льна и кормовых "
                        "культур. В последние годы модернизированы несколько молочно-товарных "
                        "комплексов, обновлён парк техники.",
                        "В районе работают предприятия лесозаготовки и деревообработки, "
                        "организации жилищно-коммунального хозяйства, торговли и бытового "
                        "обслуживания. Развиваются малый бизнес и агроэкотуризм.",
                        "Инвесторам предлагаются свободные земельные участки и неиспользуемые "
                        "объекты недвижимости. На территории района действуют льготы, "
                        "предусмотренные законодательством для средних и малых городских "
                        "поселений и сельской местности.",
                        "Отдел экономики райисполкома консультирует предпринимателей по "
                        "вопросам регистрации бизнеса, аренды имущества и мер государственной "
                        "поддержки.",
                    ],
                },
                "be": {
                    "title": "Эканоміка",
                    "intro": (
                        "Аснову эканомікі раёна складаюць сельская гаспадарка, перапрацоўка "
                        "сельскагаспадарчай прадукцыі і лясная гаспадарка."
                    ),
                    "body": [
                        "Сельскагаспадарчыя арганізацыі раёна спецыялізуюцца на вытворчасці "
                        "малака і мяса, вырошчванні збожжавых, лёну і кармавых культур. У "
                        "апошнія гады мадэрнізаваны некалькі малочнатаварных комплексаў, "
                        "абноўлены парк тэхнікі.",
                        "У раёне працуюць прадпрыемствы лесанарыхтоўкі і дрэваапрацоўкі, "
                        "арганізацыі жыллёва-камунальнай гаспадаркі, гандлю і бытавога "
                        "абслугоўвання. Развіваюцца малы бізнес і аграэкатурызм.",
                        "Інвестарам прапануюцца вольныя зямельныя ўчасткі і нявыкарыстаныя "
                        "аб'екты нерухомасці. На тэрыторыі раёна дзейнічаюць ільготы, "
                        "прадугледжаныя заканадаўствам для сярэдніх і малых гарадскіх "
                        "паселішчаў і сельскай мясцовасці.",
                        "Аддзел эканомікі райвыканкама кансультуе прадпрымальнікаў па пытаннях "
                        "рэгістрацыі бізнесу, арэнды маёмасці і мер дзяржаўнай падтрымкі.",
                    ],
                },
                "en": {
                    "title": "Economy",
                    "intro": (
                        "The district's economy rests on agriculture, food processing and forestry."
                    ),
                    "body": [
                        "Local farms specialise in milk and meat production and grow cereals, "
                        "flax and fodder crops. In recent years several dairy complexes have "
                        "been modernised and much of the machinery has been renewed.",
                        "The district also has logging and woodworking enterprises, housing "
                        "and utility services, shops and consumer services. Small businesses "
                        "and rural tourism are developing.",
                        "Investors are offered vacant land plots and unused buildings. The "
                        "district benefits from the incentives provided by law for "
                        "medium-sized and small towns and rural areas.",
                        "The economy department of the district executive committee advises "
                        "entrepreneurs on registering a business, renting property and state "
                        "support measures.",
                    ],
                },
                "children": [],
            },
        ],
    },
    {
        "slug": "appeals",
        "model": AppealsPage,
        "ru": {
            "title": "Обращения граждан и юридических лиц",
            "intro": "Обратиться в райисполком можно в электронной, письменной или устной форме.",
            "body": [
                "В письменном обращении указываются фамилия, собственное имя, отчество (если "
                "таковое имеется), адрес места жительства и суть обращения; обращение "
                "подписывается заявителем. Анонимные обращения не рассматриваются.",
            ],
            "fields": {"comments_book": COMMENTS_BOOK["ru"]},
        },
        "be": {
            "title": "Звароты грамадзян і юрыдычных асоб",
            "intro": "Звярнуцца ў райвыканкам можна ў электроннай, пісьмовай або вуснай форме.",
            "body": [
                "У пісьмовым звароце ўказваюцца прозвішча, уласнае імя, імя па бацьку (калі "
                "ёсць), адрас месца жыхарства і сутнасць звароту; зварот падпісваецца "
                "заяўнікам. Ананімныя звароты не разглядаюцца.",
            ],
            "fields": {"comments_book": COMMENTS_BOOK["be"]},
        },
        "en": {
            "title": "Appeals of citizens and legal entities",
            "intro": (
                "You can contact the district executive committee electronically, in writing "
                "or in person."
            ),
            "body": [
                "A written appeal states the applicant's surname, first name, patronymic (if "
                "any), home address and the substance of the matter, and is signed by the "
                "applicant. Anonymous appeals are not considered.",
            ],
            "fields": {"comments_book": COMMENTS_BOOK["en"]},
        },
        "children": [],
    },
    {
        # The accessibility statement, in the form EU and UK public bodies publish; the
        # footer links to it (raion.accessibility looks for this slug under each home).
        "slug": "accessibility",
        "in_menu": False,
        "ru": {
            "title": "Заявление о доступности",
            "intro": (
                "Лиозненский районный исполнительный комитет стремится к тому, чтобы этим "
                "сайтом могли пользоваться как можно больше людей. Заявление относится ко "
                "всему сайту на русском, белорусском и английском языках."
            ),
            "body": [
                ("heading", "Статус соответствия"),
                "Сайт частично соответствует Руководству по обеспечению доступности "
                "веб-контента (WCAG) 2.2 на уровне AA. Частичное соответствие означает, что "
                "отдельные материалы пока не полностью отвечают требованиям; исключения "
                "перечислены ниже.",
                ("heading", "Версия для слабовидящих"),
                "Ссылка «Версия для слабовидящих» вверху каждой страницы открывает настройки "
                "отображения: размер шрифта до 200%, шрифт без засечек или с засечками, "
                "межбуквенный и межстрочный интервал, пять контрастных цветовых схем (чёрным "
                "по белому, белым по чёрному, тёмно-синим по голубому, коричневым по бежевому, "
                "зелёным по тёмно-коричневому), а также отключение изображений с показом их "
                "текстового описания. Настройки действуют на всех страницах по тем же адресам, "
                "запоминаются в вашем браузере и работают без JavaScript.",
                "Сайтом также можно пользоваться только с клавиатуры, с программой экранного "
                "доступа и при увеличении до 400% на узком экране без горизонтальной "
                "прокрутки.",
                ("heading", "Известные ограничения"),
                "У фотографий в некоторых старых новостях, полученных от информационных "
                "агентств, нет текстового описания.",
                "Часть документов, опубликованных до запуска сайта в виде отсканированных "
                "файлов PDF, недоступна для программ экранного доступа. По запросу мы пришлём "
                "их текст в доступном формате.",
                "Видео, встроенные с других сайтов, могут не иметь субтитров.",
                "Если изображения отключены, а JavaScript выключен, вместо изображений "
                "остаются только подписи к ним; описания изображений показываются при "
                "включённом JavaScript.",
                ("heading", "Обратная связь и контакты"),
                "Если вы обнаружили проблему с доступностью сайта или вам нужна информация в "
                "другом формате, напишите на rik@liozno.gov.by или позвоните в приёмную по "
                "телефону +375 2138 5-25-69 (понедельник — пятница, 8.00–13.00, 14.00–17.00). "
                "Укажите "
                "адрес страницы и опишите проблему. Мы ответим в течение 15 дней.",
                ("heading", "Порядок обжалования"),
                "Если наш ответ вас не удовлетворил, вы можете обратиться в Витебский "
                "областной исполнительный комитет через портал обращения.бел или в письменной "
                "форме в соответствии с Законом Республики Беларусь «Об обращениях граждан и "
                "юридических лиц».",
                ("heading", "Подготовка заявления"),
                "Заявление подготовлено 28 ноября 2026 года. Каждый тип страниц автоматически "
                "проверяется с помощью axe-core на соответствие уровням A и AA WCAG 2.2 на "
                "всех трёх языках и во всех цветовых схемах при каждом изменении программного "
                "обеспечения сайта; так же проверяются работа с клавиатуры, текст размером "
                "200% и узкие экраны.",
            ],
        },
        "be": {
            "title": "Заява аб даступнасці",
            "intro": (
                "Лёзненскі раённы выканаўчы камітэт імкнецца да таго, каб гэтым сайтам маглі "
                "карыстацца як мага больш людзей. Заява распаўсюджваецца на ўвесь сайт на рускай, "
                "беларускай і англійскай мовах."
            ),
            "body": [
                ("heading", "Статус адпаведнасці"),
                "Сайт часткова адпавядае Кіраўніцтву па забеспячэнні даступнасці "
                "вэб-кантэнту (WCAG) 2.2 на ўзроўні AA. Частковая адпаведнасць азначае, што "
                "асобныя матэрыялы пакуль не цалкам адпавядаюць патрабаванням; выключэнні "
                "пералічаны ніжэй.",
                ("heading", "Версія для слабабачных"),
                "Спасылка «Версія для слабабачных» уверсе кожнай старонкі адкрывае налады "
                "адлюстравання: памер шрыфту да 200%, шрыфт без засечак або з засечкамі, "
                "міжлітарны і міжрадковы інтэрвал, пяць кантрасных каляровых схем (чорным па "
                "белым, белым па чорным, цёмна-сінім па блакітным, карычневым па бэжавым, "
                "зялёным па цёмна-карычневым), а таксама адключэнне выяў з паказам іх "
                "тэкставага апісання. Налады дзейнічаюць на ўсіх старонках па тых жа адрасах, "
                "запамінаюцца ў вашым браўзеры і працуюць без JavaScript.",
                "Сайтам таксама можна карыстацца толькі з клавіятуры, з праграмай экраннага "
                "доступу і пры павелічэнні да 400% на вузкім экране без гарызантальнай "
                "пракруткі.",
                ("heading", "Вядомыя абмежаванні"),
                "У фотаздымкаў у некаторых старых навінах, атрыманых ад інфармацыйных "
                "агенцтваў, няма тэкставага апісання.",
                "Частка дакументаў, апублікаваных да запуску сайта ў выглядзе адсканаваных "
                "файлаў PDF, недаступная для праграм экраннага доступу. Па запыце мы дашлём "
                "іх тэкст у даступным фармаце.",
                "Відэа, убудаваныя з іншых сайтаў, могуць не мець субтытраў.",
                "Калі выявы адключаны, а JavaScript выключаны, замест выяў застаюцца толькі "
                "подпісы да іх; апісанні выяў паказваюцца пры ўключаным JavaScript.",
                ("heading", "Зваротная сувязь і кантакты"),
                "Калі вы выявілі праблему з даступнасцю сайта або вам патрэбна інфармацыя ў "
                "іншым фармаце, напішыце на rik@liozno.gov.by або патэлефануйце ў прыёмную па "
                "тэлефоне +375 2138 5-25-69 (панядзелак — пятніца, 8.00–13.00, 14.00–17.00). "
                "Укажыце адрас "
                "старонкі і апішыце праблему. Мы адкажам на працягу 15 дзён.",
                ("heading", "Парадак абскарджання"),
                "Калі наш адказ вас не задаволіў, вы можаце звярнуцца ў Віцебскі абласны "
                "выканаўчы камітэт праз партал обращения.бел або ў пісьмовай форме ў "
                "адпаведнасці з Законам Рэспублікі Беларусь «Аб зваротах грамадзян і "
                "юрыдычных асоб».",
                ("heading", "Падрыхтоўка заявы"),
                "Заява падрыхтавана 28 лістапада 2026 года. Кожны тып старонак аўтаматычна "
                "правяраецца з дапамогай axe-core на адпаведнасць узроўням A і AA WCAG 2.2 на "
                "ўсіх трох мовах і ва ўсіх каляровых схемах пры кожнай змене праграмнага "
                "забеспячэння сайта; гэтак жа правяраюцца праца з клавіятуры, тэкст памерам "
                "200% і вузкія экраны.",
            ],
        },
        "en": {
            "title": "Accessibility statement",
            "intro": (
                "The Liozno District Executive Committee wants as many people as possible to "
                "be able to use this website. This statement covers the whole site in "
                "Russian, Belarusian and English."
            ),
            "body": [
                ("heading", "Conformance status"),
                "This website is partially conformant with the Web Content Accessibility "
                "Guidelines (WCAG) 2.2, level AA. Partially conformant means that some content "
                "does not yet fully conform; the exceptions are listed below.",
                ("heading", "Version for the visually impaired"),
                "The “Version for the visually impaired” link at the top of every page opens "
                "the display settings: text size up to 200%, a sans-serif or serif font, "
                "letter and line spacing, five high-contrast colour schemes (black on white, "
                "white on black, dark blue on light blue, brown on beige, green on dark "
                "brown) and hiding images with their descriptions shown instead. The settings "
                "apply to every page at the same address, are remembered in your browser and "
                "work without JavaScript.",
                "You can also use the site with the keyboard alone, with a screen reader, and "
                "zoomed to 400% on a narrow screen without scrolling sideways.",
                ("heading", "Known limitations"),
                "Photographs in some older news items received from news agencies have no "
                "text description.",
                "Some documents published as scanned PDF files before this website was "
                "launched cannot be read by screen readers. On request we will send you their "
                "text in an accessible format.",
                "Videos embedded from other websites may have no captions.",
                "When images are hidden and JavaScript is switched off, only their captions "
                "remain; their descriptions are shown when JavaScript is on.",
                ("heading", "Feedback and contact information"),
                "If you find a problem with the accessibility of this website or need "
                "information in another format, write to rik@liozno.gov.by or call the "
                "reception office on +375 2138 5-25-69 (Monday to Friday, 8:00–13:00, "
                "14:00–17:00). Tell us the address of the page and what the problem is. We "
                "will reply within 15 days.",
                ("heading", "Enforcement procedure"),
                "If you are not satisfied with our reply, you can appeal to the Vitebsk "
                "Regional Executive Committee through the portal обращения.бел or in writing, "
                "under the Law of the Republic of Belarus “On Appeals of Citizens and Legal "
                "Entities”.",
                ("heading", "How this statement was prepared"),
                "This statement was prepared on 28 November 2026. Every type of page is "
                "checked automatically with axe-core against WCAG 2.2 levels A and AA in all "
                "three languages and every colour scheme whenever the site's software "
                "changes; keyboard use, text at 200% and narrow screens are tested the same "
                "way.",
            ],
        },
        "children": [],
    },
]
