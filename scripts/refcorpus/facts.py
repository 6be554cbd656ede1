"""Real bibliographic facts the rendered corpus is generated from.

Scholars, journals, publishers with their cities, universities, corporate bodies and newspapers of the
field (Central Asia, Russia, China, Japan, Korea) as they exist; ``WORKS`` lists real works with their
real metadata. ``records.py`` combines the pools into varied records (a generated article pairs a real
scholar with a real journal; its title is composed from the field's vocabulary and its volume/pages are
drawn at random), so the strings look like real reference lists without copying any one of them.
"""

# ruff: noqa: E501
from __future__ import annotations

# fmt: off

# (family, given) as the bibliography prints them; Han/kana/Hangul names are written unsplit in the .bib.
PERSONS: dict[str, list[tuple[str, str]]] = {
    "zh": [
        ("张", "宁"), ("赵", "华胜"), ("王", "缉思"), ("孙", "壮志"), ("石", "泽"), ("李", "永全"), ("邢", "广程"),
        ("潘", "光"), ("许", "涛"), ("杨", "恕"), ("庞", "大鹏"), ("冯", "绍雷"), ("阎", "学通"), ("秦", "亚青"),
        ("王", "正毅"), ("欧阳", "向英"), ("柳", "丰华"), ("曾", "向红"), ("吴", "宏伟"), ("丁", "晓星"),
        ("李", "兴"), ("郑", "羽"), ("刘", "清才"), ("顾", "炜"), ("韩", "克敌"), ("马", "斌"), ("杨", "成"),
        ("毕", "洪业"), ("左", "凤荣"), ("刘", "显忠"), ("司马", "义"), ("诸葛", "建华"), ("袁", "胜育"),
        ("王", "海燕"), ("苏", "畅"), ("陈", "玉荣"), ("李", "静杰"), ("姜", "毅"), ("张", "弘"), ("徐", "海燕"),
    ],
    "ru": [
        ("Бартольд", "Василий Владимирович"), ("Гумилёв", "Лев Николаевич"), ("Лаумулин", "Мурат Тулепович"),
        ("Малашенко", "Алексей Всеволодович"), ("Звягельская", "Ирина Доновна"), ("Караганов", "Сергей Александрович"),
        ("Тренин", "Дмитрий Витальевич"), ("Лукин", "Александр Владимирович"), ("Богатуров", "Алексей Демосфенович"),
        ("Торкунов", "Анатолий Васильевич"), ("Сыроежкин", "Константин Львович"), ("Абашин", "Сергей Николаевич"),
        ("Хлевнюк", "Олег Витальевич"), ("Ремнев", "Анатолий Викторович"), ("Парамонов", "Владимир Викторович"),
        ("Князев", "Александр Алексеевич"), ("Кузьмина", "Елена Михайловна"), ("Наумкин", "Виталий Вячеславович"),
        ("Тимофеев", "Иван Николаевич"), ("Лебедева", "Марина Михайловна"), ("Мартыненко", "Андрей Петрович"),
        ("Кудряшова", "Ирина Владимировна"), ("Салимов", "Рустам Ахмедович"), ("Ли-Петров", "Виктор Сергеевич"),
    ],
    "en": [
        ("Olcott", "Martha Brill"), ("Cooley", "Alexander"), ("Laruelle", "Marlene"), ("Peyrouse", "Sébastien"),
        ("Rumer", "Eugene"), ("Starr", "S. Frederick"), ("Collins", "Kathleen"), ("Radnitz", "Scott"),
        ("Heathershaw", "John"), ("Schatz", "Edward"), ("Hale", "Henry E."), ("Khalid", "Adeeb"),
        ("Northrop", "Douglas"), ("Kotkin", "Stephen"), ("Mearsheimer", "John J."), ("Nye", "Joseph S."),
        ("Lewis", "David"), ("Marat", "Erica"), ("Matveeva", "Anna"), ("Allison", "Roy"), ("Gabuev", "Alexander"),
        ("Shambaugh", "David"), ("Swanström", "Niklas"), ("Kerr", "David"), ("Jones Luong", "Pauline"),
        ("O'Neill", "Daniel C."), ("Sharman", "J. C."), ("Pomfret", "Richard"), ("Fitzpatrick", "Sheila"),
        ("Edgar", "Adrienne Lynn"), ("Kandiyoti", "Deniz"), ("Rywkin", "Michael"), ("McGlinchey", "Eric"),
    ],
    "ja": [
        ("宇山", "智彦"), ("帯谷", "知可"), ("小松", "久男"), ("岩下", "明裕"), ("袴田", "茂樹"), ("北岡", "伸一"),
        ("田中", "明彦"), ("猪口", "孝"), ("佐藤", "優"), ("地田", "徹朗"), ("湯浅", "剛"), ("木村", "汎"),
        ("下斗米", "伸夫"), ("長縄", "宣博"), ("間野", "英二"),
    ],
    "ko": [
        ("이", "재영"), ("고", "재남"), ("박", "상남"), ("정", "세진"), ("김", "석환"), ("성", "원용"),
        ("우", "평균"), ("엄", "구호"), ("신", "범식"), ("강", "봉구"), ("윤", "성학"), ("권", "기배"),
    ],
}

# Foreign authors written in Chinese transliteration (translated works): (family, given, nationality).
FOREIGN_ZH: list[tuple[str, str, str]] = [
    ("布热津斯基", "兹比格纽", "美"), ("亨廷顿", "塞缪尔", "美"), ("基辛格", "亨利", "美"), ("麦金德", "哈尔福德", "英"),
    ("斯皮克曼", "尼古拉斯", "美"), ("摩根索", "汉斯", "美"), ("沃尔兹", "肯尼思", "美"), ("普京", "弗拉基米尔", "俄"),
    ("格鲁塞", "勒内", "法"), ("巴菲尔德", "托马斯", "美"),
]

JOURNALS: dict[str, list[str]] = {
    "zh": [
        "俄罗斯东欧中亚研究", "俄罗斯学刊", "国际问题研究", "世界经济与政治", "现代国际关系", "外交评论", "当代亚太",
        "中国社会科学", "历史研究", "国际政治研究", "欧亚经济", "新疆大学学报(哲学·人文社会科学版)", "国际展望",
        "太平洋学报", "俄罗斯研究", "兰州大学学报(社会科学版)", "西伯利亚研究", "和平与发展",
    ],
    "ru": [
        "Вопросы истории", "Полис. Политические исследования", "Мировая экономика и международные отношения",
        "Международная жизнь", "Вестник МГИМО-Университета", "Восток. Афро-азиатские общества: история и современность",
        "Россия в глобальной политике", "Этнографическое обозрение", "Центральная Азия и Кавказ",
        "Азия и Африка сегодня", "Вестник Томского государственного университета", "Сравнительная политика",
        "Вестник Санкт-Петербургского университета. Международные отношения",
    ],
    "en": [
        "Central Asian Survey", "Europe-Asia Studies", "Post-Soviet Affairs", "Foreign Affairs", "International Security",
        "Journal of Democracy", "Problems of Post-Communism", "Nationalities Papers", "Slavic Review",
        "The China Quarterly", "Journal of Eurasian Studies", "International Affairs", "Asian Survey", "Survival",
        "Kritika: Explorations in Russian and Eurasian History", "Eurasian Geography and Economics",
    ],
    "ja": ["国際政治", "スラヴ研究", "ロシア・東欧研究", "東洋史研究", "アジア研究", "境界研究", "比較経済研究"],
    "ko": ["슬라브학보", "중소연구", "국제정치논총", "한국정치학회보", "중앙아시아연구", "국제지역연구", "러시아연구"],
}

# (city, publisher)
PUBLISHERS: dict[str, list[tuple[str, str]]] = {
    "zh": [
        ("北京", "商务印书馆"), ("北京", "中华书局"), ("北京", "社会科学文献出版社"), ("北京", "中国社会科学出版社"),
        ("上海", "上海人民出版社"), ("北京", "人民出版社"), ("北京", "世界知识出版社"), ("北京", "时事出版社"),
        ("上海", "华东师范大学出版社"), ("北京", "北京大学出版社"), ("北京", "生活·读书·新知三联书店"),
        ("乌鲁木齐", "新疆人民出版社"), ("兰州", "兰州大学出版社"), ("北京", "科学出版社"), ("上海", "上海古籍出版社"),
        ("天津", "天津人民出版社"), ("北京", "中央编译出版社"),
    ],
    "ru": [
        ("Москва", "Наука"), ("Москва", "Аспект Пресс"), ("Москва", "Восточная литература"), ("Санкт-Петербург", "Алетейя"),
        ("Москва", "Новое литературное обозрение"), ("Москва", "МГИМО-Университет"), ("Москва", "Весь мир"),
        ("Санкт-Петербург", "Питер"), ("Алматы", "КИСИ при Президенте РК"), ("Ташкент", "Узбекистон"),
        ("Москва", "ИМЭМО РАН"), ("Новосибирск", "Наука"), ("Казань", "Изд-во Казанского университета"),
        ("Ростов-на-Дону", "Феникс"), ("Москва", "Институт востоковедения РАН"),
    ],
    "en": [
        ("New York", "Columbia University Press"), ("Cambridge", "Cambridge University Press"),
        ("Oxford", "Oxford University Press"), ("Ithaca, NY", "Cornell University Press"),
        ("Princeton, NJ", "Princeton University Press"), ("Washington, DC", "Carnegie Endowment for International Peace"),
        ("London", "Routledge"), ("Berkeley, Calif.", "University of California Press"),
        ("Ann Arbor, Mich.", "University of Michigan Press"), ("Bloomington", "Indiana University Press"),
        ("Stanford, CA", "Stanford University Press"), ("New Haven", "Yale University Press"),
        ("Pittsburgh", "University of Pittsburgh Press"), ("Armonk, NY", "M. E. Sharpe"),
        ("Basingstoke", "Palgrave Macmillan"), ("Lanham, MD", "Rowman & Littlefield"),
    ],
    "ja": [
        ("東京", "東京大学出版会"), ("東京", "岩波書店"), ("東京", "講談社"), ("東京", "中央公論新社"),
        ("札幌", "北海道大学出版会"), ("東京", "有斐閣"), ("東京", "山川出版社"), ("京都", "京都大学学術出版会"),
        ("東京", "明石書店"),
    ],
    "ko": [
        ("서울", "한울아카데미"), ("서울", "서울대학교출판문화원"), ("세종", "대외경제정책연구원"), ("서울", "민음사"),
        ("서울", "창비"), ("서울", "한국외국어대학교 출판부"), ("파주", "나남"),
    ],
}

UNIVERSITIES: dict[str, list[tuple[str, str]]] = {
    "zh": [
        ("北京", "北京大学"), ("北京", "中国人民大学"), ("上海", "华东师范大学"), ("兰州", "兰州大学"),
        ("乌鲁木齐", "新疆大学"), ("北京", "中央民族大学"), ("上海", "复旦大学"), ("南京", "南京大学"),
        ("北京", "中国社会科学院研究生院"), ("长春", "吉林大学"),
    ],
    "ru": [
        ("Москва", "МГУ им. М. В. Ломоносова"), ("Москва", "МГИМО"), ("Санкт-Петербург", "СПбГУ"),
        ("Томск", "Томский государственный университет"), ("Москва", "Институт востоковедения РАН"),
        ("Казань", "Казанский федеральный университет"),
    ],
    "en": [
        ("Cambridge, MA", "Harvard University"), ("New York", "Columbia University"), ("Bloomington", "Indiana University"),
        ("Madison", "University of Wisconsin-Madison"), ("Oxford", "University of Oxford"),
        ("Berkeley", "University of California, Berkeley"), ("Baltimore", "Johns Hopkins University"),
        ("London", "SOAS University of London"),
    ],
    "ja": [("東京", "東京大学"), ("札幌", "北海道大学"), ("京都", "京都大学"), ("東京", "早稲田大学")],
    "ko": [("서울", "서울대학교"), ("서울", "한국외국어대학교"), ("서울", "고려대학교"), ("서울", "연세대학교")],
}

# Corporate bodies that write reports, standards, statements (several contain "and", "&", commas, "Inc.").
CORPORATE: dict[str, list[str]] = {
    "zh": [
        "国务院发展研究中心", "中国社会科学院俄罗斯东欧中亚研究所", "国家统计局", "国务院新闻办公室",
        "中华人民共和国外交部", "国家发展和改革委员会", "商务部国际贸易经济合作研究院", "上海国际问题研究院",
    ],
    "ru": [
        "Министерство иностранных дел Российской Федерации", "Институт мировой экономики и международных отношений РАН",
        "Российский совет по международным делам", "Евразийский банк развития", "Федеральная служба государственной статистики",
    ],
    "en": [
        "World Bank", "International Crisis Group", "Asian Development Bank", "U.S. Department of State",
        "Organisation for Economic Co-operation and Development", "United Nations Development Programme",
        "Food and Agriculture Organization of the United Nations", "Bill & Melinda Gates Foundation",
        "Ernst & Young", "Booz Allen Hamilton Inc.", "Freedom House, Inc.", "Human Rights Watch",
        "Economic and Social Commission for Asia and the Pacific", "Eurasian Development Bank",
        "Stockholm International Peace Research Institute", "Johnson & Johnson Inc.",
    ],
    "ja": ["外務省", "日本貿易振興機構アジア経済研究所", "国際協力機構"],
    "ko": ["대외경제정책연구원", "한국국제교류재단", "외교부"],
}

# (city, institution) issuing numbered reports, with a number pattern ({n} a number).
REPORT_SERIES: dict[str, list[tuple[str, str, str]]] = {
    "en": [
        ("Golden, CO", "National Renewable Energy Laboratory", "NREL/TP-6A20-{n5}"),
        ("Santa Monica, CA", "RAND Corporation", "RR-{n4}-A"),
        ("Washington, DC", "World Bank", "{n6}-KZ"),
        ("Brussels", "International Crisis Group", "Europe and Central Asia Report No. {n3}"),
        ("Washington, DC", "Congressional Research Service", "R{n5}"),
        ("Manila", "Asian Development Bank", "ADB Economics Working Paper No. {n3}"),
    ],
    "zh": [
        ("北京", "国务院发展研究中心", "调查研究报告第{n3}号"),
        ("北京", "中国社会科学院俄罗斯东欧中亚研究所", "中亚研究报告{n2}"),
    ],
    "ru": [
        ("Москва", "Российский совет по международным делам", "Доклад № {n2}"),
        ("Алматы", "Евразийский банк развития", "Доклад № {n2}"),
    ],
}

# Chinese official documents with a 发文字号: (issuer, title, number, date).
REGULATIONS_ZH: list[tuple[str, str, str, str]] = [
    ("国务院", "国务院关于印发《中国(新疆)自由贸易试验区总体方案》的通知", "国发〔2023〕17号", "2023-10-31"),
    ("国务院", "国务院关于促进中小企业健康发展的指导意见", "国发〔2019〕12号", "2019-04-07"),
    ("国务院办公厅", "国务院办公厅关于推进对外贸易创新发展的实施意见", "国办发〔2020〕40号", "2020-10-25"),
    ("国家发展和改革委员会", "关于推动共建“一带一路”高质量发展的意见", "发改外资〔2021〕1456号", "2021-10-12"),
    ("中共中央办公厅", "关于加强新时代高校教师队伍建设改革的指导意见", "中办发〔2021〕2号", "2021-01-08"),
    ("国务院", "国务院关于印发“十四五”推进农业农村现代化规划的通知", "国发〔2021〕25号", "2021-11-12"),
]

STANDARDS: list[dict[str, str]] = [
    {"lang": "zh", "author": "中华人民共和国国家质量监督检验检疫总局", "title": "信息与文献 参考文献著录规则",
     "number": "GB/T 7714—2015", "place": "北京", "publisher": "中国标准出版社", "year": "2015"},
    {"lang": "zh", "author": "国家市场监督管理总局", "title": "中华人民共和国行政区划代码",
     "number": "GB/T 2260—2007", "place": "北京", "publisher": "中国标准出版社", "year": "2007"},
    {"lang": "zh", "author": "中华人民共和国住房和城乡建设部", "title": "建筑设计防火规范",
     "number": "GB 50016—2014", "place": "北京", "publisher": "中国计划出版社", "year": "2014"},
    {"lang": "zh", "author": "全国信息与文献标准化技术委员会", "title": "文摘编写规则",
     "number": "GB/T 6447—1986", "place": "北京", "publisher": "中国标准出版社", "year": "1986"},
    {"lang": "en", "author": "International Organization for Standardization", "title":
     "Information and documentation: Guidelines for bibliographic references and citations to information resources",
     "number": "ISO 690:2010", "place": "Geneva", "publisher": "ISO", "year": "2010"},
    {"lang": "en", "author": "International Organization for Standardization", "title":
     "Codes for the representation of names of countries and their subdivisions: Part 1: Country code",
     "number": "ISO 3166-1:2020", "place": "Geneva", "publisher": "ISO", "year": "2020"},
    {"lang": "ru", "author": "Федеральное агентство по техническому регулированию и метрологии", "title":
     "Библиографическая ссылка. Общие требования и правила составления", "number": "ГОСТ Р 7.0.5—2008",
     "place": "Москва", "publisher": "Стандартинформ", "year": "2008"},
    {"lang": "ru", "author": "Межгосударственный совет по стандартизации, метрологии и сертификации", "title":
     "Библиографическая запись. Библиографическое описание. Общие требования и правила составления",
     "number": "ГОСТ 7.1—2003", "place": "Москва", "publisher": "ИПК Изд-во стандартов", "year": "2004"},
    {"lang": "ru", "author": "Федеральное агентство по техническому регулированию и метрологии", "title":
     "Библиографическая запись. Библиографическое описание. Общие требования и правила составления",
     "number": "ГОСТ Р 7.0.100—2018", "place": "Москва", "publisher": "Стандартинформ", "year": "2018"},
]

NEWSPAPERS: dict[str, list[str]] = {
    "zh": ["人民日报", "光明日报", "经济日报", "环球时报", "中国社会科学报", "参考消息"],
    "ru": ["Независимая газета", "Коммерсантъ", "Российская газета", "Известия", "Ведомости"],
    "en": ["The New York Times", "The Washington Post", "Financial Times", "The Guardian", "The Economist"],
    "ja": ["朝日新聞", "読売新聞", "日本経済新聞"],
    "ko": ["조선일보", "한겨레", "중앙일보"],
}

SITES: dict[str, list[tuple[str, str]]] = {
    "zh": [("中华人民共和国外交部", "https://www.mfa.gov.cn/web/zyxw/"), ("新华网", "http://www.xinhuanet.com/world/"),
           ("中国一带一路网", "https://www.yidaiyilu.gov.cn/xwzx/"), ("国家统计局", "http://www.stats.gov.cn/sj/zxfb/")],
    "ru": [("Президент России", "http://kremlin.ru/events/president/news/"),
           ("Российский совет по международным делам", "https://russiancouncil.ru/analytics-and-comments/analytics/"),
           ("Valdai Club", "https://valdaiclub.com/a/highlights/")],
    "en": [("The Diplomat", "https://thediplomat.com/2023/05/"), ("Eurasianet", "https://eurasianet.org/"),
           ("Carnegie Endowment for International Peace", "https://carnegieendowment.org/research/2022/"),
           ("RFE/RL", "https://www.rferl.org/a/")],
    "ja": [("外務省", "https://www.mofa.go.jp/mofaj/area/")],
    "ko": [("외교부", "https://www.mofa.go.kr/www/brd/")],
}

# Real works with their real metadata (bib-style fields).
WORKS: list[dict[str, object]] = [
    {"type": "book", "lang": "zh", "author": [("布热津斯基", "兹比格纽")], "translator": [("中国国际问题研究所", "")],
     "title": "大棋局：美国的首要地位及其地缘战略", "location": "上海", "publisher": "上海人民出版社", "year": "2007"},
    {"type": "book", "lang": "zh", "author": [("亨廷顿", "塞缪尔")], "translator": [("周", "琪"), ("刘", "绯"),
     ("张", "立平"), ("王", "圆")], "title": "文明的冲突与世界秩序的重建", "edition": "修订版", "location": "北京",
     "publisher": "新华出版社", "year": "2010"},
    {"type": "book", "lang": "zh", "author": [("麦金德", "哈尔福德")], "translator": [("林", "尔蔚"), ("陈", "江")],
     "title": "历史的地理枢纽", "location": "北京", "publisher": "商务印书馆", "year": "1985"},
    {"type": "book", "lang": "zh", "author": [("列宁", "")], "title": "列宁全集", "volume": "2", "edition": "2",
     "location": "北京", "publisher": "人民出版社", "year": "1984"},
    {"type": "book", "lang": "zh", "author": [("马克思", ""), ("恩格斯", "")], "title": "马克思恩格斯选集",
     "volume": "1", "edition": "3", "location": "北京", "publisher": "人民出版社", "year": "2012"},
    {"type": "book", "lang": "zh", "author": [("毛", "泽东")], "title": "毛泽东选集", "volume": "3", "edition": "2",
     "location": "北京", "publisher": "人民出版社", "year": "1991"},
    {"type": "book", "lang": "zh", "author": [("司马", "迁")], "title": "史记", "volume": "10",
     "location": "北京", "publisher": "中华书局", "year": "1959"},
    {"type": "book", "lang": "zh", "author": [("费", "孝通")], "title": "乡土中国", "location": "北京",
     "publisher": "北京大学出版社", "year": "2012"},
    {"type": "book", "lang": "zh", "author": [("格鲁塞", "勒内")], "translator": [("蓝", "琪")],
     "title": "草原帝国", "location": "北京", "publisher": "商务印书馆", "year": "1998"},
    {"type": "book", "lang": "zh", "author": [("王", "治来")], "title": "中亚通史", "volume": "1",
     "location": "乌鲁木齐", "publisher": "新疆人民出版社", "year": "2004"},
    {"type": "book", "lang": "en", "author": [("Brzezinski", "Zbigniew")],
     "title": "The Grand Chessboard: American Primacy and Its Geostrategic Imperatives", "location": "New York",
     "publisher": "Basic Books", "year": "1997", "pagetotal": "223"},
    {"type": "book", "lang": "en", "author": [("Huntington", "Samuel P.")],
     "title": "The Clash of Civilizations and the Remaking of World Order", "location": "New York",
     "publisher": "Simon & Schuster", "year": "1996"},
    {"type": "book", "lang": "en", "author": [("Cooley", "Alexander")],
     "title": "Great Games, Local Rules: The New Great Power Contest in Central Asia", "location": "New York",
     "publisher": "Oxford University Press", "year": "2012"},
    {"type": "book", "lang": "en", "author": [("Khalid", "Adeeb")],
     "title": "Central Asia: A New History from the Imperial Conquests to the Present", "location": "Princeton, NJ",
     "publisher": "Princeton University Press", "year": "2021"},
    {"type": "book", "lang": "en", "author": [("Collins", "Kathleen")],
     "title": "Clan Politics and Regime Transition in Central Asia", "location": "Cambridge",
     "publisher": "Cambridge University Press", "year": "2006"},
    {"type": "book", "lang": "en", "author": [("Grousset", "René")], "translator": [("Walford", "Naomi")],
     "title": "The Empire of the Steppes: A History of Central Asia", "location": "New Brunswick, NJ",
     "publisher": "Rutgers University Press", "year": "1970"},
    {"type": "article", "lang": "en", "author": [("Mackinder", "Halford J.")],
     "title": "The Geographical Pivot of History", "journaltitle": "The Geographical Journal", "volume": "23",
     "number": "4", "pages": "421--437", "year": "1904", "doi": "10.2307/1775498"},
    {"type": "article", "lang": "en", "author": [("Fearon", "James D."), ("Laitin", "David D.")],
     "title": "Ethnicity, Insurgency, and Civil War", "journaltitle": "American Political Science Review",
     "volume": "97", "number": "1", "pages": "75--90", "year": "2003", "doi": "10.1017/S0003055403000534"},
    {"type": "article", "lang": "en", "author": [("Levitsky", "Steven"), ("Way", "Lucan A.")],
     "title": "The Rise of Competitive Authoritarianism", "journaltitle": "Journal of Democracy", "volume": "13",
     "number": "2", "pages": "51--65", "year": "2002", "doi": "10.1353/jod.2002.0026"},
    {"type": "book", "lang": "ru", "author": [("Бартольд", "Василий Владимирович")],
     "title": "Туркестан в эпоху монгольского нашествия", "location": "Москва", "publisher": "Издательство восточной литературы",
     "year": "1963", "pagetotal": "760", "volume": "1"},
    {"type": "book", "lang": "ru", "author": [("Гумилёв", "Лев Николаевич")], "title": "Древние тюрки",
     "location": "Москва", "publisher": "Наука", "year": "1967", "pagetotal": "504"},
    {"type": "book", "lang": "ru", "author": [("Абашин", "Сергей Николаевич")],
     "title": "Национализмы в Средней Азии: в поисках идентичности", "location": "Санкт-Петербург",
     "publisher": "Алетейя", "year": "2007", "pagetotal": "304"},
    {"type": "book", "lang": "ru", "author": [("Хантингтон", "Сэмюэл")], "translator": [("Велимеев", "Т.")],
     "title": "Столкновение цивилизаций", "location": "Москва", "publisher": "АСТ", "year": "2003", "pagetotal": "603"},
    {"type": "book", "lang": "ja", "author": [("小松", "久男")], "title": "中央ユーラシア史", "location": "東京",
     "publisher": "山川出版社", "year": "2000"},
    {"type": "book", "lang": "ja", "author": [("宇山", "智彦")], "title": "中央アジアを知るための60章",
     "edition": "2", "location": "東京", "publisher": "明石書店", "year": "2010"},
    {"type": "book", "lang": "ja", "author": [("岩下", "明裕")], "title": "北方領土問題: 4でも0でも、2でもなく",
     "location": "東京", "publisher": "中央公論新社", "year": "2005"},
]

# The field's vocabulary for composed titles.
TITLE_PARTS: dict[str, dict[str, list[str]]] = {
    "zh": {
        "region": ["中亚", "哈萨克斯坦", "乌兹别克斯坦", "吉尔吉斯斯坦", "塔吉克斯坦", "土库曼斯坦", "俄罗斯",
                   "欧亚经济联盟", "上海合作组织", "里海地区", "阿富汗", "蒙古国", "中俄", "中国与中亚国家"],
        "topic": ["能源合作", "水资源问题", "安全形势", "民族政策", "对外政策", "政治转型", "经济一体化", "劳务移民",
                  "宗教极端主义", "交通基础设施", "农业合作", "货币政策", "高等教育改革", "语言政策", "边界问题",
                  "地缘政治", "人文交流", "债务问题", "数字经济"],
        "frame": ["{r}{t}研究", "{r}的{t}：历史与现实", "论{r}{t}的新变化", "{r}{t}的现状、问题与前景",
                  "“一带一路”背景下的{r}{t}", "{y}年以来{r}{t}的演变", "{r}{t}及其对中国的影响", "试析{r}的{t}",
                  "{r}{t}的理论与实践", "新时代{r}{t}的路径选择"],
    },
    "ru": {
        "region": ["Центральной Азии", "Казахстана", "Узбекистана", "Киргизии", "Таджикистана", "Туркменистана",
                   "России", "ЕАЭС", "ШОС", "Каспийского региона", "Афганистана", "Монголии"],
        "topic": ["Энергетическая политика", "Водные ресурсы", "Безопасность", "Национальная политика",
                  "Внешняя политика", "Политическая трансформация", "Экономическая интеграция", "Трудовая миграция",
                  "Религиозный экстремизм", "Транспортная инфраструктура", "Языковая политика", "Пограничные проблемы"],
        "frame": ["{t} {r}", "{t} {r}: история и современность", "{t} {r} в 1991–{y} гг.",
                  "{t} {r}: проблемы и перспективы", "{t} {r} в условиях глобализации", "Эволюция: {t} {r}",
                  "{t} {r} после {y} г."],
    },
    "en": {
        "region": ["Central Asia", "Kazakhstan", "Uzbekistan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Russia",
                   "the Eurasian Economic Union", "the Shanghai Cooperation Organisation", "the Caspian Region",
                   "Afghanistan", "Mongolia", "Xinjiang"],
        "topic": ["Energy Politics", "Water Disputes", "Security Cooperation", "Nationalities Policy",
                  "Foreign Policy", "Regime Change", "Economic Integration", "Labour Migration", "Islamic Revival",
                  "Infrastructure Finance", "Language Policy", "Border Conflicts", "Authoritarian Resilience",
                  "Patronage Networks"],
        "frame": ["{t} in {r}", "{t} in {r}: History and Present", "Rethinking {t} in {r}",
                  "{t} in {r}, 1991–{y}", "{t} and the State in {r}", "Beyond the Great Game: {t} in {r}",
                  "The Politics of {t} in {r}", "Why {t} Matters in {r}?"],
    },
    "ja": {
        "region": ["中央アジア", "カザフスタン", "ウズベキスタン", "キルギス", "ロシア", "ユーラシア", "モンゴル"],
        "topic": ["エネルギー政策", "水資源問題", "民族政策", "対外政策", "体制転換", "労働移民", "イスラーム復興",
                  "国境問題", "言語政策"],
        "frame": ["{r}における{t}", "{r}の{t}：歴史と現在", "{r}の{t}に関する一考察", "ポスト・ソ連期{r}の{t}"],
    },
    "ko": {
        "region": ["중앙아시아", "카자흐스탄", "우즈베키스탄", "키르기스스탄", "러시아", "유라시아", "몽골"],
        "topic": ["에너지 정책", "수자원 문제", "민족 정책", "대외 정책", "체제 전환", "노동 이주", "이슬람 부흥",
                  "국경 문제", "언어 정책"],
        "frame": ["{r}의 {t} 연구", "{r}의 {t}: 역사와 현재", "{r} {t}의 변화와 전망", "탈소비에트 {r}의 {t}"],
    },
}

# Book-series / edited volumes for chapters and proceedings: (title, editors-language).
CONFERENCES: dict[str, list[str]] = {
    "zh": ["中国俄罗斯东欧中亚学会年会论文集", "第三届中亚问题国际学术研讨会论文集", "上海合作组织论坛论文集"],
    "ru": ["Материалы международной научной конференции «Центральная Азия: вызовы и перспективы»",
           "Труды Всероссийской конференции востоковедов"],
    "en": ["Proceedings of the Annual Conference of the Central Eurasian Studies Society",
           "Proceedings of the International Conference on Eurasian Economies"],
    "ja": ["日本国際政治学会研究大会報告集"],
    "ko": ["한국슬라브유라시아학회 학술대회 발표논문집"],
}
# fmt: on
