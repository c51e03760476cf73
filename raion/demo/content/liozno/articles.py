# ruff: noqa: RUF001 -- the texts are Cyrillic (ru, be) on purpose
"""News items of the demo site: district news and republic news, in ru, en and (partly) be.

All items are fictional but plausible sample content written for the demo of the platform.
Republic items carry the attribution of the news agency they imitate.
"""

_BELTA = {"name": "БелТА", "url": "https://www.belta.by/"}


def _belta():
    """A fresh copy of the BelTA attribution, so that callers may mutate it safely."""
    return dict(_BELTA)


ARTICLES = [
    # ------------------------------------------------------------------ district news
    {
        "section": "district",
        "date": "2026-11-20",
        "slug": "outreach-reception-of-citizens-dobromysli",
        "source": None,
        "ru": {
            "title": "Председатель райисполкома проведёт выездной приём граждан в Добромыслях",
            "lead": (
                "4 декабря жители агрогородка Добромысли и окрестных деревень смогут лично "
                "обратиться к председателю Лиозненского районного исполнительного комитета."
            ),
            "body": [
                "Выездной приём пройдёт с 10.00 до 12.00 в сельском Доме культуры. Вместе с "
                "председателем райисполкома в нём примут участие руководители отделов и служб "
                "района, что позволит решать многие вопросы на месте.",
                "Предварительная запись ведётся по телефону приёмной райисполкома "
                "+375 2138 5-25-69 в рабочие дни с 8.00 до 17.00. При себе необходимо иметь "
                "документ, удостоверяющий личность.",
                "Кроме того, 11 декабря с 9.00 до 10.00 председатель райисполкома проведёт "
                "«прямую телефонную линию». Задать вопрос можно будет по номеру "
                "+375 2138 5-14-41.",
            ],
        },
        "be": {
            "title": "Старшыня райвыканкама правядзе выязны прыём грамадзян у Дабрамыслях",
            "lead": (
                "4 снежня жыхары аграгарадка Дабрамыслі і навакольных вёсак змогуць асабіста "
                "звярнуцца да старшыні Лёзненскага раённага выканаўчага камітэта."
            ),
            "body": [
                "Выязны прыём пройдзе з 10.00 да 12.00 у сельскім Доме культуры. Разам са "
                "старшынёй райвыканкама ў ім возьмуць удзел кіраўнікі аддзелаў і службаў раёна, "
                "што дазволіць вырашаць многія пытанні на месцы.",
                "Папярэдні запіс вядзецца па тэлефоне прыёмнай райвыканкама +375 2138 5-25-69 "
                "у працоўныя дні з 8.00 да 17.00. З сабой неабходна мець дакумент, які сведчыць "
                "асобу.",
                "Акрамя таго, 11 снежня з 9.00 да 10.00 старшыня райвыканкама правядзе «прамую "
                "тэлефонную лінію». Задаць пытанне можна будзе па нумары +375 2138 5-14-41.",
            ],
        },
        "en": {
            "title": "Committee chairman to hold an outreach reception of citizens in Dobromysli",
            "lead": (
                "On 4 December residents of the agro-town of Dobromysli and nearby villages will "
                "be able to meet the chairman of the Liozno District Executive Committee in person."
            ),
            "body": [
                "The reception will take place from 10:00 to 12:00 at the village House of "
                "Culture. The chairman will be joined by the heads of district departments and "
                "services, so that many issues can be settled on the spot.",
                "Appointments can be made in advance by calling the committee's reception office "
                "at +375 2138 5-25-69 on working days from 8:00 to 17:00. Please bring an "
                "identity document with you.",
                "In addition, on 11 December from 9:00 to 10:00 the chairman will hold a direct "
                "phone line. Residents can put their questions by calling +375 2138 5-14-41.",
            ],
        },
    },
    {
        "section": "district",
        "date": "2026-11-12",
        "slug": "flu-vaccination-campaign-2026",
        "source": None,
        "ru": {
            "title": "В Лиозненском районе продолжается вакцинация против гриппа",
            "lead": (
                "Бесплатно привиться можно в поликлинике Лиозненской центральной районной "
                "больницы и во всех амбулаториях района."
            ),
            "body": [
                "С начала кампании прививки против гриппа получили более 6\xa0тысяч жителей "
                "района, или около 40 процентов населения. В первую очередь вакцинируются люди "
                "старше 65 лет, дети, беременные женщины, медицинские и педагогические работники.",
                "Прививочный кабинет поликлиники работает по будним дням с 8.00 до 19.00, по "
                "субботам — с 9.00 до 14.00. Перед вакцинацией проводится осмотр врача, "
                "направление не требуется.",
                "Медики напоминают, что иммунитет формируется в течение двух-трёх недель после "
                "прививки. Поэтому сделать её лучше до начала сезонного подъёма заболеваемости, "
                "который обычно приходится на декабрь–январь.",
            ],
        },
        "be": {
            "title": "У Лёзненскім раёне працягваецца вакцынацыя супраць грыпу",
            "lead": (
                "Бясплатна прышчапіцца можна ў паліклініцы Лёзненскай цэнтральнай раённай "
                "бальніцы і ва ўсіх амбулаторыях раёна."
            ),
            "body": [
                "З пачатку кампаніі прышчэпкі супраць грыпу атрымалі больш за 6\xa0тысяч жыхароў "
                "раёна, або каля 40 працэнтаў насельніцтва. У першую чаргу вакцынуюцца людзі "
                "старэйшыя за 65 гадоў, дзеці, цяжарныя жанчыны, медыцынскія і педагагічныя "
                "работнікі.",
                "Прышчэпачны кабінет паліклінікі працуе ў будныя дні з 8.00 да 19.00, у суботу — "
                "з 9.00 да 14.00. Перад вакцынацыяй праводзіцца агляд урача, накіраванне не "
                "патрабуецца.",
                "Медыкі нагадваюць, што імунітэт фарміруецца на працягу двух-трох тыдняў пасля "
                "прышчэпкі. Таму лепш зрабіць яе да пачатку сезоннага ўздыму захваральнасці, які "
                "звычайна прыпадае на снежань–студзень.",
            ],
        },
        "en": {
            "title": "Flu vaccination continues in Liozno district",
            "lead": (
                "Free flu shots are available at the polyclinic of the Liozno Central District "
                "Hospital and at every outpatient clinic in the district."
            ),
            "body": [
                "Since the campaign began, more than 6,000 residents, or about 40 per cent of "
                "the population, have been vaccinated. Priority is given to people over 65, "
                "children, pregnant women, and medical and teaching staff.",
                "The polyclinic's vaccination room is open on weekdays from 8:00 to 19:00 and on "
                "Saturdays from 9:00 to 14:00. A doctor examines each patient before the shot; "
                "no referral is needed.",
                "Doctors point out that immunity builds up over two to three weeks after "
                "vaccination. It is therefore best to get the shot before the seasonal rise in "
                "cases, which usually comes in December and January.",
            ],
        },
    },
    {
        "section": "district",
        "date": "2026-10-28",
        "slug": "suburban-bus-schedule-november-2026",
        "source": None,
        "ru": {
            "title": "С 1 ноября меняется расписание пригородных автобусов",
            "lead": (
                "Изменения касаются маршрутов, связывающих Лиозно с Бабиновичами, Крынками "
                "и Витебском."
            ),
            "body": [
                "По просьбам жителей на маршруте Лиозно — Бабиновичи вводится дополнительный "
                "утренний рейс с отправлением от автостанции в 6.40. Он позволит работникам "
                "сельхозпредприятий и учащимся вовремя добираться к началу рабочего и учебного "
                "дня.",
                "По субботам автобусы в Крынки будут отправляться дважды — в 8.15 и 15.30 — "
                "вместо одного рейса. Время отправления междугородних автобусов на Витебск "
                "сдвигается на 10–15 минут, чтобы согласовать его с прибытием поездов.",
                "Полное расписание вывешено на автостанции и в сельских исполнительных "
                "комитетах. Справки можно получить у диспетчера автостанции.",
            ],
        },
        "en": {
            "title": "New suburban bus timetable from 1 November",
            "lead": (
                "The changes affect the routes linking Liozno with Babinovichi, Krynki and Vitebsk."
            ),
            "body": [
                "Following requests from residents, an extra morning service on the Liozno — "
                "Babinovichi route will leave the bus station at 6:40. It will help farm workers "
                "and students arrive on time for the start of the working and school day.",
                "On Saturdays buses to Krynki will run twice, at 8:15 and 15:30, instead of once. "
                "Departures of intercity buses to Vitebsk are moving by 10 to 15 minutes to match "
                "train arrivals.",
                "The full timetable is posted at the bus station and at the village executive "
                "committees. Further information is available from the bus station dispatcher.",
            ],
        },
    },
    {
        "section": "district",
        "date": "2026-09-19",
        "slug": "grain-harvest-2026-completed",
        "source": None,
        "ru": {
            "title": "Аграрии района завершили уборку зерновых",
            "lead": (
                "В хозяйствах Лиозненского района обмолочено около 38\xa0тысяч тонн зерна, средняя "
                "урожайность составила 31 центнер с гектара."
            ),
            "body": [
                "Уборочная кампания продолжалась чуть больше месяца, несмотря на затяжные дожди "
                "в середине августа. Лучших результатов добились коллективы, которые заранее "
                "подготовили технику и организовали работу комбайнов в две смены.",
                "Зерно засыпано в семенной и фуражный фонды, часть урожая реализована "
                "государственным заготовительным организациям. Одновременно в районе "
                "продолжаются уборка кукурузы на зерно и силос, а также сев озимых.",
                "Председатель райисполкома поблагодарил механизаторов, водителей и работников "
                "зерносушильных комплексов за добросовестный труд. Лучшие экипажи будут отмечены "
                "на районном празднике тружеников села.",
            ],
        },
        "be": {
            "title": "Аграрыі раёна завяршылі ўборку збожжавых",
            "lead": (
                "У гаспадарках Лёзненскага раёна абмалочана каля 38\xa0тысяч тон збожжа, сярэдняя "
                "ўраджайнасць склала 31 цэнтнер з гектара."
            ),
            "body": [
                "Уборачная кампанія працягвалася крыху больш за месяц, нягледзячы на зацяжныя "
                "дажджы ў сярэдзіне жніўня. Найлепшых вынікаў дасягнулі калектывы, якія загадзя "
                "падрыхтавалі тэхніку і арганізавалі работу камбайнаў у дзве змены.",
                "Збожжа засыпана ў насенны і фуражны фонды, частка ўраджаю рэалізавана "
                "дзяржаўным нарыхтоўчым арганізацыям. Адначасова ў раёне працягваюцца ўборка "
                "кукурузы на зерне і сілас, а таксама сяўба азімых.",
                "Старшыня райвыканкама падзякаваў механізатарам, вадзіцелям і работнікам "
                "зернесушыльных комплексаў за добрасумленную працу. Лепшыя экіпажы будуць "
                "адзначаны на раённым свяце працаўнікоў сяла.",
            ],
        },
        "en": {
            "title": "District farmers complete the grain harvest",
            "lead": (
                "Farms in Liozno district have threshed about 38,000 tonnes of grain, with an "
                "average yield of 3.1 tonnes per hectare."
            ),
            "body": [
                "The harvest took just over a month despite prolonged rain in mid-August. The "
                "best results came from teams that had prepared their machinery in advance and "
                "ran their combines in two shifts.",
                "The grain has gone into seed and feed stocks, and part of the crop has been sold "
                "to state procurement organisations. Meanwhile, the district is still harvesting "
                "maize for grain and silage and sowing winter crops.",
                "The chairman of the district executive committee thanked machine operators, "
                "drivers and grain-drying staff for their conscientious work. The best crews will "
                "be honoured at the district festival of rural workers.",
            ],
        },
    },
    {
        "section": "district",
        "date": "2026-09-01",
        "slug": "new-school-year-2026",
        "source": None,
        "ru": {
            "title": "В школах района начался новый учебный год",
            "lead": "1 сентября за парты сели около 1\xa0600 учащихся, из них 150 первоклассников.",
            "body": [
                "Торжественные линейки прошли во всех учреждениях общего среднего образования "
                "района. В средней школе №\xa01 г.п.\xa0Лиозно первоклассников и их родителей "
                "поздравили представители райисполкома, ветераны педагогического труда и "
                "выпускники прошлых лет.",
                "К новому учебному году в школах выполнен текущий ремонт, обновлены спортивные "
                "залы в двух учреждениях, в пищеблоках установлено новое технологическое "
                "оборудование. Учебные кабинеты пополнились интерактивными панелями и наборами "
                "для занятий робототехникой.",
                "Подвоз учащихся из сельских населённых пунктов обеспечивают 12 школьных "
                "автобусов. Их маршруты согласованы с Госавтоинспекцией, а водители прошли "
                "дополнительный инструктаж.",
            ],
        },
        "be": {
            "title": "У школах раёна пачаўся новы навучальны год",
            "lead": "1 верасня за парты селі каля 1\xa0600 навучэнцаў, з іх 150 першакласнікаў.",
            "body": [
                "Урачыстыя лінейкі прайшлі ва ўсіх установах агульнай сярэдняй адукацыі раёна. "
                "У сярэдняй школе №\xa01 г.п.\xa0Лёзна першакласнікаў і іх бацькоў павіншавалі "
                "прадстаўнікі райвыканкама, ветэраны педагагічнай працы і выпускнікі мінулых "
                "гадоў.",
                "Да новага навучальнага года ў школах выкананы бягучы рамонт, абноўлены "
                "спартыўныя залы ў дзвюх установах, у харчаблоках устаноўлена новае "
                "тэхналагічнае абсталяванне. Вучэбныя кабінеты папоўніліся інтэрактыўнымі "
                "панэлямі і наборамі для заняткаў робататэхнікай.",
                "Падвоз навучэнцаў з сельскіх населеных пунктаў забяспечваюць 12 школьных "
                "аўтобусаў. Іх маршруты ўзгоднены з Дзяржаўтаінспекцыяй, а вадзіцелі прайшлі "
                "дадатковы інструктаж.",
            ],
        },
        "en": {
            "title": "A new school year begins in the district",
            "lead": (
                "On 1 September about 1,600 pupils returned to class, including 150 first-graders."
            ),
            "body": [
                "Opening ceremonies were held at every general secondary school in the district. "
                "At Secondary School No. 1 in Liozno, first-graders and their parents were "
                "greeted by representatives of the district executive committee, veteran "
                "teachers and former pupils.",
                "Over the summer the schools were repaired, sports halls were refurbished in two "
                "of them and school kitchens received new equipment. Classrooms were supplied "
                "with interactive panels and robotics kits.",
                "Twelve school buses bring children in from the villages. Their routes have been "
                "approved by the traffic police, and the drivers have received additional "
                "safety briefings.",
            ],
        },
    },
    {
        "section": "district",
        "date": "2026-08-14",
        "slug": "lenina-street-resurfacing",
        "source": None,
        "ru": {
            "title": "На улице Ленина в Лиозно начинается ремонт дорожного покрытия",
            "lead": (
                "С 17 августа по 30 сентября движение на участке от автостанции до центральной "
                "площади будет ограничено."
            ),
            "body": [
                "Подрядная организация заменит асфальтобетонное покрытие, отремонтирует бордюры "
                "и тротуары, обустроит два новых пешеходных перехода с освещением. Работы "
                "ведутся за счёт средств местного бюджета и областного дорожного фонда.",
                "На время ремонта движение будет организовано по одной полосе в реверсивном "
                "режиме, в отдельные дни участок будут перекрывать полностью. Схема объезда "
                "обозначена временными дорожными знаками.",
                "Райисполком просит водителей и пешеходов с пониманием отнестись к временным "
                "неудобствам. Вопросы и предложения по ходу работ можно направить на горячую "
                "линию райисполкома.",
            ],
        },
        "en": {
            "title": "Resurfacing of Lenina Street in Liozno gets under way",
            "lead": (
                "From 17 August to 30 September traffic will be restricted on the section between "
                "the bus station and the central square."
            ),
            "body": [
                "The contractor will lay new asphalt, repair kerbs and pavements and build two "
                "new lit pedestrian crossings. The work is funded from the local budget and the "
                "regional road fund.",
                "While the work is in progress, traffic will use a single lane with alternating "
                "direction, and on some days the section will be closed completely. Diversions "
                "are marked with temporary road signs.",
                "The district executive committee asks drivers and pedestrians for their "
                "patience. Questions and suggestions about the work can be sent to the "
                "committee's hotline.",
            ],
        },
    },
    {
        "section": "district",
        "date": "2026-07-08",
        "slug": "marc-chagall-days-in-liozno-2026",
        "source": None,
        "ru": {
            "title": "В Лиозно прошли Дни Марка Шагала",
            "lead": (
                "Праздник, приуроченный ко дню рождения художника, собрал гостей из Витебска, "
                "Минска и других городов."
            ),
            "body": [
                "Лиозно занимает особое место в биографии Марка Шагала: отсюда была родом его "
                "мать, здесь жил дед художника, у которого он подолгу гостил в детстве. "
                "Впечатления от местечка позднее не раз возникали на его полотнах и в "
                "воспоминаниях.",
                "Программа открылась в музейно-выставочном центре, где представили новую "
                "экспозицию репродукций и документов, связанных с семьёй Шагала. Для детей "
                "провели мастер-классы по живописи, а на пленэре у реки работали художники из "
                "разных городов страны.",
                "Вечером на центральной площади выступили творческие коллективы районного "
                "центра культуры и приглашённые музыканты. Организаторы планируют сделать "
                "праздник ежегодным и расширить его программу.",
            ],
        },
        "be": {
            "title": "У Лёзне прайшлі Дні Марка Шагала",
            "lead": (
                "Свята, прымеркаванае да дня нараджэння мастака, сабрала гасцей з Віцебска, "
                "Мінска і іншых гарадоў."
            ),
            "body": [
                "Лёзна займае асаблівае месца ў біяграфіі Марка Шагала: адсюль была родам яго "
                "маці, тут жыў дзед мастака, у якога ён падоўгу гасцяваў у дзяцінстве. Уражанні "
                "ад мястэчка пазней не раз з'яўляліся на яго палотнах і ва ўспамінах.",
                "Праграма адкрылася ў музейна-выставачным цэнтры, дзе прадставілі новую "
                "экспазіцыю рэпрадукцый і дакументаў, звязаных з сям'ёй Шагала. Для дзяцей "
                "правялі майстар-класы па жывапісе, а на пленэры каля ракі працавалі мастакі з "
                "розных гарадоў краіны.",
                "Увечары на цэнтральнай плошчы выступілі творчыя калектывы раённага цэнтра "
                "культуры і запрошаныя музыканты. Арганізатары плануюць зрабіць свята "
                "штогадовым і пашырыць яго праграму.",
            ],
        },
        "en": {
            "title": "Liozno celebrates Marc Chagall Days",
            "lead": (
                "The festival, timed to the artist's birthday, brought in visitors from Vitebsk, "
                "Minsk and other towns."
            ),
            "body": [
                "Liozno holds a special place in Marc Chagall's life: his mother came from here, "
                "and his grandfather lived here, and the boy often spent long stays with him. "
                "Memories of the little town later found their way into his paintings and his "
                "writing.",
                "The programme opened at the museum and exhibition centre with a new display of "
                "reproductions and documents relating to the Chagall family. Children took part "
                "in painting workshops, while artists from across the country painted outdoors "
                "by the river.",
                "In the evening, groups from the district culture centre and guest musicians "
                "performed on the central square. The organisers plan to make the festival an "
                "annual event and to expand its programme.",
            ],
        },
    },
    {
        "section": "district",
        "date": "2026-05-09",
        "slug": "victory-day-at-memorial-tank-2026",
        "source": None,
        "ru": {
            "title": (
                "В День Победы жители района почтили память павших у мемориального комплекса «Танк»"
            ),
            "lead": (
                "Митинг-реквием собрал ветеранов, школьников, трудовые коллективы и гостей района."
            ),
            "body": [
                "Мемориальный комплекс «Танк» установлен в память о воинах, освобождавших "
                "Лиозненщину осенью 1943 года, и о жителях района, погибших в годы Великой "
                "Отечественной войны. Каждый год 9 Мая здесь проходят главные памятные "
                "мероприятия района.",
                "Участники митинга минутой молчания почтили память погибших, к подножию "
                "памятника возложили венки и цветы. Учащиеся военно-патриотических клубов несли "
                "почётную вахту у мемориала.",
                "После митинга на центральной площади состоялся праздничный концерт, работала "
                "полевая кухня. Вечером в районном центре культуры показали документальный фильм "
                "об освобождении района.",
            ],
        },
        "be": {
            "title": (
                "У Дзень Перамогі жыхары раёна ўшанавалі памяць загінулых каля мемарыяла «Танк»"
            ),
            "lead": (
                "Мітынг-рэквіем сабраў ветэранаў, школьнікаў, працоўныя калектывы і гасцей раёна."
            ),
            "body": [
                "Мемарыяльны комплекс «Танк» усталяваны ў памяць пра воінаў, якія вызвалялі "
                "Лёзненшчыну восенню 1943 года, і пра жыхароў раёна, якія загінулі ў гады "
                "Вялікай Айчыннай вайны. Кожны год 9 Мая тут праходзяць галоўныя памятныя "
                "мерапрыемствы раёна.",
                "Удзельнікі мітынгу хвілінай маўчання ўшанавалі памяць загінулых, да падножжа "
                "помніка ўсклалі вянкі і кветкі. Навучэнцы ваенна-патрыятычных клубаў неслі "
                "ганаровую вахту каля мемарыяла.",
                "Пасля мітынгу на цэнтральнай плошчы адбыўся святочны канцэрт, працавала "
                "палявая кухня. Увечары ў раённым цэнтры культуры паказалі дакументальны фільм "
                "пра вызваленне раёна.",
            ],
        },
        "en": {
            "title": "On Victory Day residents honour the fallen at the “Tank” memorial complex",
            "lead": (
                "A memorial rally brought together veterans, schoolchildren, work teams and "
                "guests of the district."
            ),
            "body": [
                "The “Tank” memorial complex commemorates the soldiers who liberated the Liozno "
                "area in the autumn of 1943 and the local people who died in the Great Patriotic "
                "War. Every year on 9 May it hosts the district's main commemorative events.",
                "Those present observed a minute of silence and laid wreaths and flowers at the "
                "foot of the monument. Members of school military-patriotic clubs stood guard of "
                "honour at the memorial.",
                "After the rally, a festive concert was held on the central square, and a field "
                "kitchen served visitors. In the evening the district culture centre screened a "
                "documentary about the liberation of the district.",
            ],
        },
    },
    {
        "section": "district",
        "date": "2026-04-18",
        "slug": "republican-subbotnik-2026",
        "source": None,
        "ru": {
            "title": "Жители района приняли участие в республиканском субботнике",
            "lead": (
                "Более 4\xa0тысяч лиозненцев вышли на благоустройство улиц, парков и памятных мест."
            ),
            "body": [
                "В Лиозно и сельских населённых пунктах убирали территории у памятников и "
                "воинских захоронений, высаживали деревья и кустарники, приводили в порядок "
                "детские площадки. Многие работники трудились на своих рабочих местах и "
                "перечислили заработанные средства на общий счёт.",
                "По решению районного штаба собранные деньги направят на благоустройство "
                "территории у мемориального комплекса «Танк» и ремонт спортивной площадки в "
                "агрогородке Бабиновичи. Райисполком благодарит всех, кто принял участие в "
                "субботнике.",
            ],
        },
        "en": {
            "title": "District residents join the national voluntary clean-up day",
            "lead": (
                "More than 4,000 people in Liozno district turned out to tidy streets, parks "
                "and memorial sites."
            ),
            "body": [
                "In Liozno and the villages, volunteers cleaned up around monuments and war "
                "graves, planted trees and shrubs and spruced up playgrounds. Many employees "
                "worked at their usual jobs and transferred the day's earnings to a common "
                "fund.",
                "The district organising committee has decided to spend the money on "
                "landscaping around the “Tank” memorial complex and on repairing the sports "
                "ground in the agro-town of Babinovichi. The district executive committee thanks "
                "everyone who took part.",
            ],
        },
    },
    {
        "section": "district",
        "date": "2026-02-21",
        "slug": "liozno-ski-track-2026",
        "source": None,
        "ru": {
            "title": "«Лиозненская лыжня» собрала более 300 участников",
            "lead": (
                "Массовые соревнования прошли в рамках республиканской акции «Белорусская лыжня»."
            ),
            "body": [
                "На старт вышли школьники, работники предприятий, сотрудники райисполкома и "
                "ветераны спорта. Участники соревновались на дистанциях от 1 до 5 километров в "
                "зависимости от возраста.",
                "Для самых маленьких организовали эстафеты и конкурсы на снегу, для всех гостей "
                "работали пункт проката лыж и полевая кухня. Победители и призёры получили "
                "дипломы и памятные призы.",
            ],
        },
        "en": {
            "title": "“Liozno Ski Track” draws more than 300 participants",
            "lead": (
                "The mass ski event was part of the nationwide “Belarusian Ski Track” campaign."
            ),
            "body": [
                "Schoolchildren, factory workers, staff of the district executive committee and "
                "sports veterans lined up at the start. Depending on their age, participants "
                "raced over distances from 1 to 5 kilometres.",
                "The youngest took part in relay races and snow games, and all visitors could "
                "hire skis and enjoy a hot meal from a field kitchen. Winners and runners-up "
                "received certificates and prizes.",
            ],
        },
    },
    {
        "section": "district",
        "date": "2025-12-22",
        "slug": "culture-centre-new-year-performances",
        "source": None,
        "ru": {
            "title": "Районный центр культуры приглашает на новогодние представления",
            "lead": (
                "С 24 по 30 декабря в зрительном зале центра пройдут утренники для детей и "
                "праздничный концерт для взрослых."
            ),
            "body": [
                "Для детей подготовлена театрализованная программа с Дедом Морозом и "
                "Снегурочкой, играми у ёлки и сладкими подарками. Представления начинаются в "
                "11.00 и 14.00, билеты продаются в кассе центра культуры.",
                "28 декабря в 18.00 состоится концерт «Новогодний калейдоскоп» с участием "
                "народного хора, вокальной студии и хореографических коллективов. Вход "
                "свободный, количество мест ограничено.",
                "31 декабря с 22.00 у главной ёлки района на центральной площади пройдёт "
                "новогодняя программа под открытым небом. Ведущие проведут конкурсы и игры, а в "
                "полночь жителей поздравят с наступлением Нового года.",
            ],
        },
        "en": {
            "title": "District culture centre invites everyone to New Year shows",
            "lead": (
                "From 24 to 30 December the centre's auditorium will host children's parties "
                "and a festive concert for adults."
            ),
            "body": [
                "Children can look forward to a theatrical show with Ded Moroz and "
                "Snegurochka, games around the tree and sweet presents. Shows start at 11:00 "
                "and 14:00; tickets are on sale at the culture centre box office.",
                "On 28 December at 18:00 the “New Year Kaleidoscope” concert will feature the "
                "folk choir, the vocal studio and the dance groups. Admission is free, but "
                "seating is limited.",
                "On 31 December from 22:00 an open-air New Year programme will take place by "
                "the district's main Christmas tree on the central square. Hosts will run "
                "contests and games, and at midnight everyone will see in the New Year together.",
            ],
        },
    },
    {
        "section": "district",
        "date": "2025-10-24",
        "slug": "library-local-history-evening",
        "source": None,
        "ru": {
            "title": "В районной библиотеке прошёл краеведческий вечер «Лиозненщина в лицах»",
            "lead": (
                "Встреча была посвящена землякам, прославившим район в науке, искусстве и труде."
            ),
            "body": [
                "Сотрудники центральной районной библиотеки подготовили книжно-иллюстративную "
                "выставку и презентацию по материалам краеведческого фонда. Отдельный раздел "
                "экспозиции посвящён детским годам Марка Шагала и его связи с Лиозно.",
                "Участники вечера — учащиеся, педагоги, члены клуба любителей истории — "
                "поделились семейными фотографиями и воспоминаниями. Часть материалов "
                "библиотека получила в дар и включит в краеведческий фонд.",
                "Библиотека приглашает жителей района передавать на хранение старые "
                "фотографии, письма и документы. Копии можно сделать на месте, а оригиналы "
                "вернуть владельцам.",
            ],
        },
        "en": {
            "title": "District library hosts a local history evening, “Faces of the Liozno Land”",
            "lead": (
                "The evening celebrated people from the district who made their mark in "
                "science, the arts and at work."
            ),
            "body": [
                "Staff of the central district library prepared an exhibition of books and "
                "illustrations and a presentation based on the local history collection. A "
                "separate part of the display is devoted to Marc Chagall's childhood and his "
                "ties with Liozno.",
                "Guests, including pupils, teachers and members of the history lovers' club, "
                "shared family photographs and memories. Some of the material was donated to "
                "the library and will join its local history collection.",
                "The library invites residents to bring in old photographs, letters and "
                "documents. Copies can be made on the spot and the originals returned to their "
                "owners.",
            ],
        },
    },
    {
        "section": "district",
        "date": "2025-09-26",
        "slug": "flax-harvest-2025",
        "source": None,
        "ru": {
            "title": "В районе завершается уборка льна",
            "lead": (
                "Лён вытереблен на площади около 900 гектаров, работы по подъёму тресты "
                "продолжаются."
            ),
            "body": [
                "Теребление льна в хозяйствах района завершено, теперь главная задача — вовремя "
                "поднять тресту и отправить её на переработку. Сентябрьская погода "
                "благоприятствует вылежке, поэтому специалисты пока оценивают качество сырья "
                "как хорошее.",
                "На уборке задействованы льноуборочные комбайны, оборачиватели и "
                "пресс-подборщики. Хозяйства работают и в выходные дни, чтобы завершить "
                "кампанию до начала осенних дождей.",
            ],
        },
        "en": {
            "title": "Flax harvest nears completion in the district",
            "lead": (
                "Flax has been pulled on about 900 hectares, and the retted straw is now being "
                "lifted."
            ),
            "body": [
                "Farms in the district have finished pulling the flax, and the main task now is "
                "to lift the retted straw in good time and send it for processing. September "
                "weather has favoured dew retting, so specialists rate the quality of the raw "
                "material as good so far.",
                "Flax harvesters, turners and balers are all in the fields. Farms are also "
                "working at weekends to finish the campaign before the autumn rains set in.",
            ],
        },
    },
    {
        "section": "district",
        "date": "2025-06-30",
        "slug": "youth-day-2025",
        "source": None,
        "ru": {
            "title": "В Лиозно отметили День молодёжи",
            "lead": (
                "Праздник на центральной площади собрал молодёжь района, студентов и гостей из "
                "соседних районов."
            ),
            "body": [
                "В программе были спортивные состязания, выставка творческих работ и конкурс "
                "молодёжных инициатив. Три лучших проекта получат поддержку райисполкома и будут "
                "реализованы в течение года.",
                "Вечером состоялся концерт молодых исполнителей района и приглашённых "
                "музыкантов. Завершился праздник танцевальной программой.",
            ],
        },
        "en": {
            "title": "Liozno marks Youth Day",
            "lead": (
                "The celebration on the central square brought together local young people, "
                "students and guests from neighbouring districts."
            ),
            "body": [
                "The programme included sports contests, an exhibition of creative work and a "
                "competition of youth initiatives. The three best projects will receive support "
                "from the district executive committee and will be carried out within a year.",
                "In the evening young local performers and guest musicians gave a concert. The "
                "day ended with a dance party.",
            ],
        },
    },
    {
        "section": "district",
        "date": "2025-03-14",
        "slug": "large-families-receive-keys-to-new-flats",
        "source": None,
        "ru": {
            "title": "Многодетные семьи получили ключи от квартир в новом доме",
            "lead": (
                "В Лиозно введён в эксплуатацию 30-квартирный жилой дом, построенный с "
                "государственной поддержкой."
            ),
            "body": [
                "Квартиры в новом доме получили 18 многодетных семей, а также молодые "
                "специалисты, работающие в учреждениях образования и здравоохранения района. "
                "Строительство велось с использованием льготных кредитов и субсидий.",
                "Квартиры сданы с отделкой, дом подключён к централизованным сетям "
                "водоснабжения, отопления и газоснабжения. Во дворе обустроены детская площадка "
                "и парковка.",
                "Ключи новосёлам вручил председатель райисполкома. В следующем году в районе "
                "планируется начать строительство ещё одного многоквартирного дома.",
            ],
        },
        "en": {
            "title": "Large families receive keys to flats in a new building",
            "lead": (
                "A 30-flat residential building constructed with state support has been "
                "commissioned in Liozno."
            ),
            "body": [
                "Eighteen large families moved into the new building, along with young "
                "specialists working at the district's schools and health facilities. "
                "Construction was financed with subsidised loans and grants.",
                "The flats are fully finished, and the building is connected to the central "
                "water, heating and gas networks. A playground and a car park have been built "
                "in the courtyard.",
                "The chairman of the district executive committee handed over the keys. "
                "Construction of another block of flats is planned to start next year.",
            ],
        },
    },
    {
        "section": "district",
        "date": "2024-10-04",
        "slug": "heating-season-begins-2024",
        "source": None,
        "ru": {
            "title": "В Лиозно начался отопительный сезон",
            "lead": (
                "В первую очередь тепло подают в учреждения образования и здравоохранения, "
                "затем — в жилые дома."
            ),
            "body": [
                "Решение о начале отопительного сезона райисполком принял после того, как "
                "среднесуточная температура воздуха несколько дней держалась ниже +8 градусов. "
                "Первыми тепло получили детские сады, школы, больница и поликлиника.",
                "Жилые дома будут подключены в течение недели. При проблемах с отоплением "
                "жители могут обратиться в аварийно-диспетчерскую службу жилищно-коммунального "
                "хозяйства или на горячую линию райисполкома.",
            ],
        },
        "en": {
            "title": "Heating season starts in Liozno",
            "lead": (
                "Heat is being supplied first to schools, kindergartens and health facilities, "
                "and then to residential buildings."
            ),
            "body": [
                "The district executive committee decided to start the heating season after "
                "the average daily temperature had stayed below +8 °C for several days. "
                "Kindergartens, schools, the hospital and the polyclinic were the first to be "
                "connected.",
                "Residential buildings will be connected within a week. Residents with heating "
                "problems can contact the housing and utilities emergency service or the "
                "committee's hotline.",
            ],
        },
    },
    {
        "section": "district",
        "date": "2024-07-03",
        "slug": "independence-day-and-liberation-80-in-liozno",
        "source": None,
        "ru": {
            "title": "В Лиозно отметили День Независимости и 80-летие освобождения Беларуси",
            "lead": (
                "Праздничные мероприятия начались с возложения цветов к мемориальному комплексу "
                "«Танк» и продолжились на центральной площади."
            ),
            "body": [
                "В торжественной церемонии приняли участие представители райисполкома, трудовых "
                "коллективов, общественных объединений и молодёжь. Участники минутой молчания "
                "почтили память солдат, партизан и мирных жителей, погибших в годы войны.",
                "На центральной площади наградили лучших работников предприятий и организаций "
                "района, юным гражданам вручили паспорта. Вечером для жителей выступили артисты "
                "районного центра культуры и приглашённые коллективы из Витебска.",
                "В районной библиотеке и музейно-выставочном центре к юбилею освобождения "
                "подготовили выставки фотографий и документов военных лет. Они будут открыты "
                "для посетителей до конца июля.",
            ],
        },
        "be": {
            "title": "У Лёзне адзначылі Дзень Незалежнасці і 80-годдзе вызвалення Беларусі",
            "lead": (
                "Святочныя мерапрыемствы пачаліся з ускладання кветак да мемарыяльнага комплексу "
                "«Танк» і працягнуліся на цэнтральнай плошчы."
            ),
            "body": [
                "Ва ўрачыстай цырымоніі ўзялі ўдзел прадстаўнікі райвыканкама, працоўных "
                "калектываў, грамадскіх аб'яднанняў і моладзь. Удзельнікі хвілінай маўчання "
                "ўшанавалі памяць салдат, партызан і мірных жыхароў, якія загінулі ў гады вайны.",
                "На цэнтральнай плошчы ўзнагародзілі лепшых работнікаў прадпрыемстваў і "
                "арганізацый раёна, юным грамадзянам уручылі пашпарты. Увечары для жыхароў "
                "выступілі артысты раённага цэнтра культуры і запрошаныя калектывы з Віцебска.",
                "У раённай бібліятэцы і музейна-выставачным цэнтры да юбілею вызвалення "
                "падрыхтавалі выставы фотаздымкаў і дакументаў ваенных гадоў. Яны будуць "
                "адкрыты для наведвальнікаў да канца ліпеня.",
            ],
        },
        "en": {
            "title": (
                "Liozno celebrates Independence Day and 80 years since the liberation of Belarus"
            ),
            "lead": (
                "The celebrations began with the laying of flowers at the “Tank” memorial "
                "complex and continued on the central square."
            ),
            "body": [
                "The ceremony was attended by representatives of the district executive "
                "committee, work teams, public associations and young people. Those present "
                "observed a minute of silence for the soldiers, partisans and civilians who "
                "died in the war.",
                "On the central square the best employees of local enterprises and "
                "organisations received awards, and young citizens were handed their first "
                "passports. In the evening artists of the district culture centre and guest "
                "groups from Vitebsk performed for residents.",
                "For the anniversary of the liberation, the district library and the museum "
                "and exhibition centre have prepared exhibitions of wartime photographs and "
                "documents. They will stay open until the end of July.",
            ],
        },
    },
    {
        "section": "district",
        "date": "2024-05-24",
        "slug": "dairy-complex-reopens-after-modernisation",
        "source": None,
        "ru": {
            "title": "Под Бабиновичами после модернизации открыт молочно-товарный комплекс",
            "lead": (
                "Комплекс рассчитан на 800 голов дойного стада и оснащён современным доильным "
                "оборудованием."
            ),
            "body": [
                "В ходе модернизации реконструированы коровники, построен доильный зал с "
                "установкой типа «карусель», обновлены системы вентиляции и навозоудаления. Это "
                "позволит повысить продуктивность коров и качество молока.",
                "На комплексе созданы новые рабочие места для операторов машинного доения и "
                "ветеринарных специалистов. Для работников отремонтированы бытовые помещения и "
                "столовая.",
                "Молоко будет поставляться на перерабатывающие предприятия Витебской области. "
                "Инвестиции в проект составили около 6 миллионов рублей.",
            ],
        },
        "en": {
            "title": "Dairy complex near Babinovichi reopens after modernisation",
            "lead": (
                "The complex is designed for a herd of 800 dairy cows and is fitted with modern "
                "milking equipment."
            ),
            "body": [
                "The cow barns have been rebuilt, a rotary milking parlour has been installed, "
                "and the ventilation and manure removal systems have been replaced. This will "
                "raise milk yields and improve milk quality.",
                "The complex has created new jobs for milking operators and veterinary staff. "
                "Staff facilities and the canteen have been renovated.",
                "The milk will go to processing plants in Vitebsk region. About 6 million "
                "roubles has been invested in the project.",
            ],
        },
    },
    {
        "section": "district",
        "date": "2021-10-15",
        "slug": "polyclinic-online-appointments",
        "source": None,
        "ru": {
            "title": "В поликлинике Лиозно заработала электронная запись к врачу",
            "lead": (
                "Записаться на приём к терапевту, педиатру и узким специалистам теперь можно "
                "через интернет."
            ),
            "body": [
                "Сервис позволяет выбрать врача, дату и время приёма без звонка в регистратуру. "
                "Талон закрепляется за пациентом, а напоминание о визите приходит на электронную "
                "почту.",
                "Запись по телефону и в регистратуре сохраняется для тех, кто не пользуется "
                "интернетом. Пожилым пациентам помогут записаться сотрудники поликлиники и "
                "социальные работники.",
            ],
        },
        "en": {
            "title": "Liozno polyclinic launches online appointments",
            "lead": (
                "Appointments with a general practitioner, a paediatrician or a specialist can "
                "now be booked online."
            ),
            "body": [
                "The service lets patients choose a doctor, date and time without phoning the "
                "registry. The slot is reserved in the patient's name, and a reminder is sent "
                "by e-mail.",
                "Booking by phone or at the registry desk remains available for those who do "
                "not use the internet. Polyclinic staff and social workers will help older "
                "patients make appointments.",
            ],
        },
    },
    {
        "section": "district",
        "date": "2017-06-09",
        "slug": "culture-centre-reopens-after-reconstruction",
        "source": None,
        "ru": {
            "title": "Районный центр культуры открылся после реконструкции",
            "lead": (
                "Обновлённое здание получило современный зрительный зал на 300 мест, "
                "репетиционные классы и новое световое оборудование."
            ),
            "body": [
                "Реконструкция продолжалась полтора года и проводилась за счёт средств "
                "республиканского и местного бюджетов. Заменены кровля, окна и инженерные сети, "
                "фасад здания приобрёл новый облик.",
                "В центре культуры работают более 20 клубных формирований: хоровые, "
                "хореографические, театральные, а также кружки декоративно-прикладного "
                "творчества. В них объявлен набор для всех желающих.",
                "На торжественном открытии выступили творческие коллективы района. Ветеранам "
                "сцены вручили благодарности райисполкома.",
            ],
        },
        "en": {
            "title": "District culture centre reopens after reconstruction",
            "lead": (
                "The renovated building has a modern 300-seat auditorium, rehearsal rooms and "
                "new stage lighting."
            ),
            "body": [
                "The reconstruction took eighteen months and was funded from the national and "
                "local budgets. The roof, windows and utility systems were replaced, and the "
                "facade was given a new look.",
                "The centre runs more than 20 clubs and groups, including choirs, dance and "
                "theatre groups and arts and crafts circles. All of them are now open to new "
                "members.",
                "Local performing groups took the stage at the opening ceremony. Veteran "
                "performers received letters of thanks from the district executive committee.",
            ],
        },
    },
    # ------------------------------------------------------------------ republic news
    {
        "section": "republic",
        "date": "2026-11-18",
        "slug": "road-services-ready-for-winter-2026",
        "source": _belta(),
        "ru": {
            "title": "Дорожные службы страны готовы к зимнему содержанию дорог",
            "lead": (
                "На базах дорожных организаций созданы запасы противогололёдных материалов, "
                "техника прошла техническое обслуживание."
            ),
            "body": [
                "Зимой в первую очередь расчищаются республиканские магистрали, затем — местные "
                "дороги и подъезды к населённым пунктам, школам и больницам. Для быстрого "
                "реагирования организовано круглосуточное дежурство.",
                "Водителей просят заранее установить зимние шины, выбирать безопасную скорость "
                "и следить за прогнозом погоды. Сведения о состоянии дорог публикуются на сайтах "
                "дорожных организаций и сообщаются по телефонам горячих линий.",
            ],
        },
        "en": {
            "title": "Road services across the country ready for winter maintenance",
            "lead": (
                "Road maintenance depots have stocked up on de-icing materials, and their "
                "machinery has been serviced."
            ),
            "body": [
                "In winter, national highways are cleared first, followed by local roads and "
                "access roads to villages, schools and hospitals. Crews are on duty around the "
                "clock to respond quickly.",
                "Drivers are urged to fit winter tyres in good time, choose a safe speed and "
                "keep an eye on the weather forecast. Road conditions are published on the "
                "websites of road organisations and are available from their hotlines.",
            ],
        },
    },
    {
        "section": "republic",
        "date": "2026-10-16",
        "slug": "national-library-new-digital-collections",
        "source": _belta(),
        "ru": {
            "title": "Национальная библиотека открыла доступ к новым оцифрованным коллекциям",
            "lead": (
                "Пользователи могут бесплатно просматривать редкие книги, карты и периодические "
                "издания XIX — начала XX века."
            ),
            "body": [
                "Оцифровка фондов ведётся несколько лет, ежегодно в электронную библиотеку "
                "добавляются тысячи изданий. Среди новых поступлений — краеведческие материалы о "
                "городах и местечках бывшей Витебской губернии.",
                "Коллекции доступны через сайт библиотеки, однако часть изданий из-за "
                "требований авторского права можно просмотреть только в читальных залах. "
                "Найти нужные материалы жителям помогут сотрудники районных библиотек.",
            ],
        },
        "en": {
            "title": "National Library opens access to new digitised collections",
            "lead": (
                "Users can view rare books, maps and periodicals from the 19th and early 20th "
                "centuries free of charge."
            ),
            "body": [
                "Digitisation has been under way for several years, with thousands of items "
                "added to the digital library every year. The new additions include local "
                "history material on the towns and shtetls of the former Vitebsk Governorate.",
                "The collections are available on the library's website, although copyright "
                "rules mean some items can only be viewed in the reading rooms. Staff at "
                "district libraries can help residents find what they need.",
            ],
        },
    },
    {
        "section": "republic",
        "date": "2026-09-10",
        "slug": "grain-harvest-republic-2026",
        "source": _belta(),
        "ru": {
            "title": "Аграрии страны намолотили более 8 миллионов тонн зерна",
            "lead": (
                "Уборка зерновых и зернобобовых культур близится к завершению во всех областях."
            ),
            "body": [
                "Наиболее высокая урожайность традиционно отмечается в Гродненской и Брестской "
                "областях. В Витебской области уборка ведётся с учётом погодных условий, "
                "аграрии используют каждый погожий день.",
                "Параллельно идут сев озимых под урожай следующего года и уборка кукурузы. "
                "Министерство сельского хозяйства и продовольствия напоминает о строгом "
                "соблюдении технологий и требований охраны труда.",
            ],
        },
        "en": {
            "title": "Belarusian farmers thresh more than 8 million tonnes of grain",
            "lead": "The harvest of cereals and pulses is nearing completion in all regions.",
            "body": [
                "As usual, the highest yields are being recorded in Grodno and Brest regions. "
                "In Vitebsk region the harvest is being adjusted to the weather, with farmers "
                "making the most of every dry day.",
                "At the same time, winter crops are being sown for next year and maize is being "
                "harvested. The Ministry of Agriculture and Food reminds farms to follow "
                "production technology and occupational safety rules strictly.",
            ],
        },
    },
    {
        "section": "republic",
        "date": "2026-06-05",
        "slug": "centralised-exams-begin-2026",
        "source": _belta(),
        "ru": {
            "title": "В Беларуси начались централизованные экзамены",
            "lead": (
                "Выпускники сдают экзамены, результаты которых засчитываются и при получении "
                "аттестата, и при поступлении в вузы и колледжи."
            ),
            "body": [
                "Экзамены проходят по единому расписанию в пунктах, организованных на базе "
                "учреждений образования во всех регионах страны. В аудиториях ведётся "
                "видеонаблюдение, пользоваться телефонами и другими средствами связи запрещено.",
                "Результаты становятся известны в течение нескольких дней после каждого "
                "испытания. Министерство образования рекомендует заранее уточнить адрес своего "
                "пункта и прийти не позднее чем за 30 минут до начала экзамена.",
            ],
        },
        "en": {
            "title": "Centralised exams get under way in Belarus",
            "lead": (
                "School leavers are sitting exams whose results count both towards their "
                "school certificate and for admission to universities and colleges."
            ),
            "body": [
                "The exams follow a single timetable at centres set up in educational "
                "institutions across the country. Exam rooms are under video surveillance, and "
                "phones and other communication devices are banned.",
                "Results are released within a few days of each exam. The Ministry of Education "
                "advises candidates to check the address of their exam centre beforehand and to "
                "arrive at least 30 minutes before the start.",
            ],
        },
    },
    {
        "section": "republic",
        "date": "2026-03-20",
        "slug": "exports-grow-in-early-2026",
        "source": _belta(),
        "ru": {
            "title": "Экспорт белорусских товаров в январе–феврале вырос",
            "lead": (
                "Наибольший прирост поставок отмечен по продовольствию, продукции "
                "машиностроения и деревообработки."
            ),
            "body": [
                "Рост обеспечен прежде всего поставками на рынки государств ЕАЭС, а также стран "
                "Азии и Африки. Предприятия расширяют дилерские сети и активнее участвуют в "
                "международных выставках.",
                "Правительство ставит задачу сохранить положительное сальдо внешней торговли по "
                "итогам года. Для экспортёров продолжают действовать механизмы страховой и "
                "финансовой поддержки.",
            ],
        },
        "en": {
            "title": "Belarusian exports grow in January–February",
            "lead": (
                "The biggest increases were in food, engineering products and wood processing."
            ),
            "body": [
                "Growth came mainly from sales to the markets of the Eurasian Economic Union "
                "and to countries in Asia and Africa. Companies are expanding their dealer "
                "networks and taking part in international trade fairs more actively.",
                "The government aims to keep a positive foreign trade balance for the year as "
                "a whole. Insurance and financial support schemes for exporters remain in place.",
            ],
        },
    },
    {
        "section": "republic",
        "date": "2025-12-10",
        "slug": "housing-commissioned-2025",
        "source": _belta(),
        "ru": {
            "title": "С начала года в стране введено более 4 миллионов квадратных метров жилья",
            "lead": (
                "Значительная часть нового жилья построена для семей, нуждающихся в улучшении "
                "жилищных условий, в том числе многодетных."
            ),
            "body": [
                "Строительство с государственной поддержкой ведётся во всех регионах, включая "
                "малые города и агрогородки. Особое внимание уделяется арендному жилью для "
                "молодых специалистов.",
                "В Министерстве архитектуры и строительства отмечают рост доли "
                "энергоэффективных домов. Жильцам они обходятся дешевле благодаря меньшим "
                "расходам на отопление.",
            ],
        },
        "en": {
            "title": (
                "Over 4 million square metres of housing commissioned since the start of the year"
            ),
            "lead": (
                "A large share of the new housing has been built for families on the housing "
                "waiting list, including large families."
            ),
            "body": [
                "State-supported construction is under way in every region, including small "
                "towns and agro-towns. Particular attention is paid to rental housing for young "
                "specialists.",
                "The Ministry of Architecture and Construction notes that the share of "
                "energy-efficient buildings is growing. They are cheaper for residents to live "
                "in because heating costs are lower.",
            ],
        },
    },
    {
        "section": "republic",
        "date": "2025-07-15",
        "slug": "slavianski-bazaar-in-vitebsk-opens-2025",
        "source": _belta(),
        "ru": {
            "title": "В Витебске открылся фестиваль искусств «Славянский базар в Витебске»",
            "lead": (
                "Форум собрал артистов и творческие коллективы из многих стран, программа "
                "рассчитана на несколько дней."
            ),
            "body": [
                "Торжественное открытие состоялось в Летнем амфитеатре. Зрители увидели "
                "концертную программу с участием известных исполнителей и молодых артистов.",
                "В рамках фестиваля проходят конкурсы юных исполнителей и эстрадной песни, "
                "выставки, театральные постановки и ярмарка мастеров. Многие мероприятия на "
                "открытых площадках города бесплатны.",
                "Фестиваль проводится с 1992 года и стал визитной карточкой Витебщины. Районы "
                "области, в том числе Лиозненский, традиционно представляют на нём свои "
                "подворья и творческие коллективы.",
            ],
        },
        "en": {
            "title": "“Slavianski Bazaar in Vitebsk” arts festival opens",
            "lead": (
                "The festival has brought together performers and ensembles from many "
                "countries, with a programme running over several days."
            ),
            "body": [
                "The opening ceremony took place at the Summer Amphitheatre. The audience "
                "enjoyed a concert featuring well-known singers and young performers.",
                "The festival includes a children's song contest and a pop song contest, "
                "exhibitions, theatre productions and a crafts fair. Many events at open-air "
                "venues around the city are free.",
                "Held since 1992, the festival has become a symbol of the Vitebsk region. The "
                "region's districts, Liozno among them, traditionally present their own "
                "pavilions and performing groups.",
            ],
        },
    },
    {
        "section": "republic",
        "date": "2025-04-11",
        "slug": "e-services-portal-users-grow",
        "source": _belta(),
        "ru": {
            "title": "Число пользователей портала электронных услуг продолжает расти",
            "lead": (
                "Через единый портал электронных услуг жители страны всё чаще получают справки, "
                "записываются на приём и подают заявления."
            ),
            "body": [
                "На портале доступны сотни административных процедур и услуг, в том числе в "
                "сфере социальной защиты, жилищных отношений и регистрации бизнеса. Для входа "
                "можно использовать идентификационную карту или электронную цифровую подпись.",
                "Разработчики продолжают упрощать интерфейс и сокращать число документов, "
                "которые нужно прикладывать к заявлениям. Сведения, уже имеющиеся в "
                "государственных информационных системах, запрашиваются автоматически.",
            ],
        },
        "en": {
            "title": "E-services portal keeps gaining users",
            "lead": (
                "More and more people use the single portal of electronic services to obtain "
                "certificates, book appointments and submit applications."
            ),
            "body": [
                "The portal offers hundreds of administrative procedures and services, "
                "including social protection, housing and business registration. Users can "
                "sign in with an ID card or an electronic digital signature.",
                "The developers keep simplifying the interface and reducing the number of "
                "documents that have to be attached to applications. Information already held "
                "in state information systems is requested automatically.",
            ],
        },
    },
    {
        "section": "republic",
        "date": "2025-02-07",
        "slug": "student-teams-recruitment-2025",
        "source": _belta(),
        "ru": {
            "title": "Начался набор в студенческие отряды на летний сезон",
            "lead": (
                "Молодёжь сможет поработать на строительных, сельскохозяйственных и медицинских "
                "объектах, а также в сфере обслуживания."
            ),
            "body": [
                "Штабы студенческих отрядов действуют в каждом вузе и колледже страны. "
                "Участники официально трудоустраиваются, получают заработную плату и "
                "практический опыт по специальности.",
                "Школьники с 14 лет могут работать в отрядах по благоустройству и в сельском "
                "хозяйстве под руководством наставников. Заявку можно подать в районном "
                "комитете Белорусского республиканского союза молодёжи.",
            ],
        },
        "en": {
            "title": "Recruitment into student work teams for the summer opens",
            "lead": (
                "Young people will be able to work on construction sites, farms and in "
                "hospitals, as well as in the service sector."
            ),
            "body": [
                "Student team offices operate at every university and college in the country. "
                "Members are formally employed, receive wages and gain practical experience in "
                "their field.",
                "Schoolchildren aged 14 and over can join landscaping and farm teams working "
                "under the guidance of mentors. Applications can be made at the district "
                "committee of the Belarusian Republican Youth Union.",
            ],
        },
    },
    {
        "section": "republic",
        "date": "2024-11-15",
        "slug": "district-hospitals-new-diagnostic-equipment",
        "source": _belta(),
        "ru": {
            "title": "Районные больницы получат новое диагностическое оборудование",
            "lead": (
                "По государственной программе «Здоровье народа и демографическая безопасность» "
                "закупаются компьютерные томографы, аппараты УЗИ и рентгеновские комплексы."
            ),
            "body": [
                "Приоритет отдаётся центральным районным больницам, где современной "
                "диагностической техники до сих пор не хватало. Жители небольших городов смогут "
                "проходить обследование ближе к дому, без поездок в областные центры.",
                "Одновременно врачей обучают работе на новом оборудовании. Снимки и результаты "
                "исследований можно будет передавать для консультации в областные и "
                "республиканские медицинские центры по защищённым каналам связи.",
            ],
        },
        "en": {
            "title": "District hospitals to receive new diagnostic equipment",
            "lead": (
                "CT scanners, ultrasound machines and X-ray systems are being purchased under "
                "the state programme “People's Health and Demographic Security”."
            ),
            "body": [
                "Priority goes to central district hospitals, which have long lacked modern "
                "diagnostic equipment. Residents of small towns will be able to have "
                "examinations closer to home instead of travelling to regional centres.",
                "Doctors are being trained to use the new equipment at the same time. Images "
                "and test results can be sent over secure channels to regional and national "
                "medical centres for a second opinion.",
            ],
        },
    },
    {
        "section": "republic",
        "date": "2024-07-04",
        "slug": "independence-day-and-liberation-80-celebrated",
        "source": _belta(),
        "ru": {
            "title": "Беларусь отметила День Независимости и 80-летие освобождения республики",
            "lead": (
                "Главные торжества прошли в Минске, праздничные мероприятия состоялись во всех "
                "регионах страны."
            ),
            "body": [
                "В столице состоялся военный парад с участием военнослужащих, боевой техники и "
                "авиации. Зрители увидели и исторические расчёты в форме времён Великой "
                "Отечественной войны.",
                "В областных и районных центрах прошли торжественные собрания, возложения "
                "цветов к памятникам, концерты и народные гуляния. Чествовали ветеранов, "
                "тружеников тыла и всех, кто внёс вклад в развитие страны.",
                "Юбилей освобождения напомнил о цене мира: в годы войны Беларусь потеряла "
                "каждого третьего жителя. В музеях и библиотеках работают выставки, "
                "посвящённые операции «Багратион» и партизанскому движению.",
            ],
        },
        "en": {
            "title": "Belarus celebrates Independence Day and 80 years since its liberation",
            "lead": (
                "The main celebrations took place in Minsk, with festive events held in every "
                "region of the country."
            ),
            "body": [
                "A military parade of troops, armoured vehicles and aircraft was held in the "
                "capital. Spectators also saw historical units in uniforms of the Great "
                "Patriotic War.",
                "Regional and district centres held ceremonial meetings, flower-laying "
                "ceremonies at monuments, concerts and street festivities. Veterans, home front "
                "workers and everyone who has contributed to the country's development were "
                "honoured.",
                "The anniversary was a reminder of the price of peace: Belarus lost one in "
                "three of its inhabitants during the war. Museums and libraries are hosting "
                "exhibitions about Operation Bagration and the partisan movement.",
            ],
        },
    },
    {
        "section": "republic",
        "date": "2023-01-03",
        "slug": "electronic-appeals-single-system",
        "source": _belta(),
        "ru": {
            "title": "Электронные обращения теперь принимаются только через единую систему",
            "lead": (
                "Со 2 января 2023 года граждане и юридические лица направляют электронные "
                "обращения в государственные органы и организации через портал обращения.бел."
            ),
            "body": [
                "Изменения предусмотрены новой редакцией Закона «Об обращениях граждан и "
                "юридических лиц». Направить электронное обращение иным способом, например по "
                "электронной почте, больше нельзя.",
                "Чтобы воспользоваться системой, нужно зарегистрироваться на портале, указав "
                "фамилию, собственное имя, отчество, адрес места жительства и адрес электронной "
                "почты. После этого обращение можно направить в любую организацию, подключённую "
                "к системе.",
                "В личном кабинете можно следить за ходом рассмотрения обращения и получить "
                "ответ. Письменные обращения на бумаге, а также устные обращения на личном "
                "приёме по-прежнему принимаются в обычном порядке.",
            ],
        },
        "be": {
            "title": "Электронныя звароты цяпер прымаюцца толькі праз адзіную сістэму",
            "lead": (
                "З 2 студзеня 2023 года грамадзяне і юрыдычныя асобы накіроўваюць электронныя "
                "звароты ў дзяржаўныя органы і арганізацыі праз партал обращения.бел."
            ),
            "body": [
                "Змены прадугледжаны новай рэдакцыяй Закона «Аб зваротах грамадзян і "
                "юрыдычных асоб». Накіраваць электронны зварот іншым спосабам, напрыклад па "
                "электроннай пошце, больш нельга.",
                "Каб скарыстацца сістэмай, трэба зарэгістравацца на партале, указаўшы "
                "прозвішча, уласнае імя, імя па бацьку, адрас месца жыхарства і адрас "
                "электроннай пошты. Пасля гэтага зварот можна накіраваць у любую арганізацыю, "
                "падключаную да сістэмы.",
                "У асабістым кабінеце можна сачыць за ходам разгляду звароту і атрымаць адказ. "
                "Пісьмовыя звароты на паперы, а таксама вусныя звароты на асабістым прыёме "
                "па-ранейшаму прымаюцца ў звычайным парадку.",
            ],
        },
        "en": {
            "title": "Electronic appeals now accepted only through a single system",
            "lead": (
                "From 2 January 2023 citizens and legal entities send electronic appeals to "
                "state bodies and organisations through the обращения.бел portal."
            ),
            "body": [
                "The change is set out in the amended Law on Appeals of Citizens and Legal "
                "Entities. Electronic appeals can no longer be submitted in any other way, for "
                "example by e-mail.",
                "To use the system, people register on the portal with their surname, first "
                "name, patronymic, home address and e-mail address. They can then send an "
                "appeal to any organisation connected to the system.",
                "The personal account shows how the appeal is progressing and is where the "
                "reply arrives. Written appeals on paper and oral appeals made at a personal "
                "reception are still accepted as before.",
            ],
        },
    },
    {
        "section": "republic",
        "date": "2019-10-04",
        "slug": "population-census-2019-begins",
        "source": _belta(),
        "ru": {
            "title": "В Беларуси стартовала перепись населения",
            "lead": (
                "Впервые жители страны могут переписаться не только при встрече с переписчиком, "
                "но и через интернет."
            ),
            "body": [
                "Переписчики обходят квартиры и дома с планшетами, на которых заполняются "
                "электронные переписные листы. У каждого переписчика есть служебное "
                "удостоверение, которое он обязан предъявить по просьбе жителей.",
                "Собранные сведения используются только в обобщённом виде. Персональные данные "
                "не передаются третьим лицам и защищены законом.",
                "Итоги переписи станут основой для планирования социальной политики, "
                "строительства жилья, развития школ и медицинских учреждений. Предварительные "
                "результаты планируется опубликовать в следующем году.",
            ],
        },
        "en": {
            "title": "Population census begins in Belarus",
            "lead": (
                "For the first time, people can take part in the census online as well as "
                "through an interview with a census taker."
            ),
            "body": [
                "Census takers are visiting flats and houses with tablets on which electronic "
                "questionnaires are filled in. Each of them carries an official ID, which they "
                "must show on request.",
                "The data collected are used only in aggregated form. Personal data are not "
                "passed on to third parties and are protected by law.",
                "The census results will underpin planning of social policy, housing "
                "construction and the development of schools and health facilities. "
                "Preliminary results are due to be published next year.",
            ],
        },
    },
    {
        "section": "republic",
        "date": "2016-07-01",
        "slug": "belarusian-rouble-redenomination",
        "source": _belta(),
        "ru": {
            "title": "В Беларуси проведена деноминация белорусского рубля",
            "lead": (
                "С 1 июля в обращение введены новые банкноты и — впервые в истории национальной "
                "валюты — монеты."
            ),
            "body": [
                "Деноминация проведена в соотношении 10\xa0000 к 1: по этому коэффициенту "
                "пересчитаны цены, тарифы, заработная плата и остатки на счетах. Сбережения "
                "граждан не пострадали, изменился лишь номинал денежных знаков.",
                "До конца года деньги старого и нового образцов находятся в обращении "
                "параллельно. Расплачиваться можно любыми из них, а сдачу продавцы выдают "
                "преимущественно новыми.",
                "Национальный банк рекомендует обращать внимание на двойное указание цен в "
                "магазинах и внимательно проверять сдачу. Обменять старые банкноты на новые "
                "можно будет в банках в течение нескольких лет.",
            ],
        },
        "en": {
            "title": "Belarusian rouble redenominated",
            "lead": (
                "New banknotes and, for the first time in the history of the national "
                "currency, coins entered circulation on 1 July."
            ),
            "body": [
                "The redenomination was carried out at a ratio of 10,000 to 1: prices, tariffs, "
                "wages and account balances were all converted at this rate. People's savings "
                "are unaffected; only the face value of the money has changed.",
                "Until the end of the year old and new money circulate side by side. Either can "
                "be used for payment, while shops give change mainly in new money.",
                "The National Bank advises shoppers to look at the dual price labels and to "
                "check their change carefully. Old banknotes can be exchanged for new ones at "
                "banks for several years.",
            ],
        },
    },
    {
        "section": "republic",
        "date": "2008-10-13",
        "slug": "belarus-kyrgyzstan-key-partner-central-asia",
        "source": _belta(),
        "ru": {
            "title": "Беларусь рассматривает Кыргызстан как важного партнёра в Центральной Азии",
            "lead": (
                "Президент Беларуси Александр Лукашенко 11 октября в Бишкеке провёл переговоры "
                "с Президентом Кыргызстана Курманбеком Бакиевым."
            ),
            "body": [
                "Встреча глав государств состоялась на следующий день после саммитов СНГ и "
                "ЕврАзЭС, которые прошли в столице Кыргызстана 10 октября. Стороны обсудили "
                "итоги двустороннего сотрудничества и наметили направления его развития.",
                "Белорусская сторона подчеркнула, что видит в Кыргызстане одного из ключевых "
                "партнёров в центральноазиатском регионе. У двух стран есть все возможности, "
                "чтобы наполнить отношения новыми совместными проектами в промышленности и "
                "сельском хозяйстве.",
                "Взаимная торговля уверенно растёт: в январе–августе 2008 года товарооборот "
                "между Беларусью и Кыргызстаном увеличился в 2,3 раза по сравнению с тем же "
                "периодом прошлого года. Практическим примером взаимодействия стал запуск в "
                "Кыргызстане сборки тракторов «Беларус 82.1» мощностью до 1\xa0тысячи машин в год.",
                "По итогам переговоров президенты приняли совместную декларацию. Подписан также "
                "пакет документов: соглашения между министерствами финансов, министерствами "
                "труда и министерствами иностранных дел двух стран, а также программа "
                "сотрудничества министерств культуры на 2009–2012 годы.",
                "Минск и Бишкек официально стали городами-побратимами. Белорусское "
                "телеграфное агентство (БелТА) и Кыргызское национальное информационное "
                "агентство «Кабар» договорились об обмене новостной информацией.",
                "Гуманитарные связи получат продолжение в 2009 году, когда в Беларуси "
                "планируется провести Дни культуры Кыргызстана. Стороны выразили уверенность, "
                "что достигнутые договорённости придадут новый импульс белорусско-кыргызскому "
                "партнёрству.",
            ],
        },
        "be": {
            "title": "Беларусь разглядае Кыргызстан як важнага партнёра ў Цэнтральнай Азіі",
            "lead": (
                "Прэзідэнт Беларусі Аляксандр Лукашэнка 11 кастрычніка ў Бішкеку правёў "
                "перамовы з Прэзідэнтам Кыргызстана Курманбекам Бакіевым."
            ),
            "body": [
                "Сустрэча кіраўнікоў дзяржаў адбылася на наступны дзень пасля самітаў СНД і "
                "ЕўрАзЭС, якія прайшлі ў сталіцы Кыргызстана 10 кастрычніка. Бакі абмеркавалі "
                "вынікі двухбаковага супрацоўніцтва і вызначылі кірункі яго развіцця.",
                "Беларускі бок падкрэсліў, што бачыць у Кыргызстане аднаго з ключавых "
                "партнёраў у цэнтральнаазіяцкім рэгіёне. У дзвюх краін ёсць усе магчымасці, каб "
                "напоўніць адносіны новымі сумеснымі праектамі ў прамысловасці і сельскай "
                "гаспадарцы.",
                "Узаемны гандаль упэўнена расце: у студзені–жніўні 2008 года тавараабарот "
                "паміж Беларуссю і Кыргызстанам павялічыўся ў 2,3 раза ў параўнанні з тым жа "
                "перыядам мінулага года. Практычным прыкладам узаемадзеяння стаў запуск у "
                "Кыргызстане зборкі трактароў «Беларус 82.1» магутнасцю да 1\xa0тысячы машын "
                "у год.",
                "Па выніках перамоў прэзідэнты прынялі сумесную дэкларацыю. Падпісаны таксама "
                "пакет дакументаў: пагадненні паміж міністэрствамі фінансаў, міністэрствамі "
                "працы і міністэрствамі замежных спраў дзвюх краін, а таксама праграма "
                "супрацоўніцтва міністэрстваў культуры на 2009–2012 гады.",
                "Мінск і Бішкек афіцыйна сталі гарадамі-пабрацімамі. Беларускае тэлеграфнае "
                "агенцтва (БелТА) і Кыргызскае нацыянальнае інфармацыйнае агенцтва «Кабар» "
                "дамовіліся пра абмен навінавай інфармацыяй.",
                "Гуманітарныя сувязі атрымаюць працяг у 2009 годзе, калі ў Беларусі плануецца "
                "правесці Дні культуры Кыргызстана. Бакі выказалі ўпэўненасць, што дасягнутыя "
                "дамоўленасці нададуць новы імпульс беларуска-кыргызскаму партнёрству.",
            ],
        },
        "en": {
            "title": "Belarus regards Kyrgyzstan as an important partner in Central Asia",
            "lead": (
                "Belarusian President Alexander Lukashenko held talks with President of "
                "Kyrgyzstan Kurmanbek Bakiyev in Bishkek on 11 October."
            ),
            "body": [
                "The meeting took place a day after the CIS and EurAsEC summits, which were "
                "held in the Kyrgyz capital on 10 October. The two leaders reviewed bilateral "
                "cooperation and outlined where it should go next.",
                "The Belarusian side stressed that it sees Kyrgyzstan as one of its key "
                "partners in the Central Asian region. The two countries have ample room to "
                "fill their relations with new joint projects in industry and agriculture.",
                "Trade is growing steadily: in January–August 2008 it was 2.3 times higher than "
                "in the same period a year earlier. A practical example of cooperation is the "
                "new assembly line for Belarus 82.1 tractors in Kyrgyzstan, designed to turn "
                "out up to 1,000 machines a year.",
                "Following the talks, the presidents adopted a joint declaration. A package of "
                "documents was also signed, including agreements between the two countries' "
                "finance ministries, labour ministries and foreign ministries, and a cooperation "
                "programme of their culture ministries for 2009–2012.",
                "Minsk and Bishkek officially became twin cities. The Belarusian Telegraph "
                "Agency (BelTA) and the Kyrgyz national news agency KABAR agreed to exchange "
                "news content.",
                "Cultural ties will continue in 2009, when Days of Culture of Kyrgyzstan are "
                "scheduled to take place in Belarus. Both sides expressed confidence that the "
                "agreements reached would give fresh impetus to the Belarusian–Kyrgyz "
                "partnership.",
            ],
        },
    },
]
