"""Source paragraphs of the generated test PDFs, in English, Russian and Chinese (written for these tests).

The words carry what PDF text extraction gets wrong: ligatures (first, official, influence, affairs),
long words that TeX hyphenates at line ends in narrow columns, Cyrillic with ё, and Chinese with
full-width punctuation.
"""

from __future__ import annotations

ENGLISH = (
    "The first decade after independence tested the official institutions of Central Asia. Governments in "
    "Tashkent, Astana and Bishkek sought influence over water flows, pipelines and railways while their neighbours "
    "pursued conflicting interests. Scientific cooperation remained difficult, and efficient regional bodies "
    "were rare.",
    "Kazakhstan reflected on its multivector diplomacy and balanced Russia, China and the United States. Offshore "
    "oil fields in the Caspian Sea attracted significant investment, and the specific terms of production sharing "
    "agreements became a profile of the flexibility of the state in foreign affairs.",
    "Historians of the Soviet period emphasise that the borders drawn in the nineteen twenties shaped the modern "
    "states. The Fergana Valley, divided among three republics, illustrates how administrative lines became "
    "international frontiers after the dissolution of the Union and the establishment of independent republics.",
    "Chinese infrastructure finance under the Belt and Road Initiative transformed transport corridors. Railway "
    "connections between Lianyungang and Duisburg shortened delivery times, yet critics questioned the "
    "sustainability of sovereign borrowing and the transparency of intergovernmental contracts.",
    "Migration to Russia provided remittances that exceeded a quarter of gross domestic product in Tajikistan and "
    "Kyrgyzstan. Sociological surveys document how labour migrants negotiate identity, language and belonging, "
    "characteristically through networks of relatives and representatives of their home districts.",
    "Water management in the Amu Darya and Syr Darya basins demands coordinated action. Upstream hydropower projects "
    "such as Rogun affect irrigation downstream, and the shrinking Aral Sea remains an environmental warning about "
    "unilateral decisions and counterbalancing strategies in shared river systems.",
)

RUSSIAN = (
    "Первое десятилетие независимости стало серьёзным испытанием для государственных институтов Центральной Азии. "
    "Правительства Ташкента, Астаны и Бишкека стремились контролировать водные ресурсы, трубопроводы и железные "
    "дороги, а интересы соседей нередко вступали в противоречие.",
    "Казахстан последовательно проводил многовекторную внешнюю политику, сохраняя равновесие между Россией, Китаем "
    "и Соединёнными Штатами. Нефтяные месторождения Каспийского моря привлекли значительные иностранные инвестиции.",
    "Историки советского периода подчёркивают, что границы, проведённые в двадцатые годы, определили облик "
    "современных государств. Ферганская долина, разделённая между тремя республиками, наглядно показывает, как "
    "административные линии превратились в международные рубежи.",
    "Китайское финансирование инфраструктуры в рамках инициативы «Пояс и путь» преобразило транспортные коридоры "
    "региона. Железнодорожные маршруты сократили сроки доставки грузов, однако эксперты обсуждают устойчивость "
    "государственного долга и прозрачность межправительственных соглашений.",
    "Трудовая миграция в Россию обеспечивает денежные переводы, превышающие четверть валового внутреннего продукта "
    "Таджикистана и Киргизии. Социологические исследования показывают, как мигранты выстраивают идентичность и "
    "языковые практики.",
    "Управление водными ресурсами в бассейнах Амударьи и Сырдарьи требует согласованных действий. Строительство "
    "гидроэлектростанций в верховьях влияет на орошение в низовьях, а высыхание Аральского моря остаётся "
    "предупреждением о последствиях односторонних решений.",
)

CHINESE = (
    "独立后的第一个十年是对中亚国家政治制度的严峻考验。塔什干、阿斯塔纳和比什凯克的政府都试图掌控水资源、油气管道和铁路干线，"
    "而邻国之间的利益诉求往往相互冲突。",
    "哈萨克斯坦长期奉行多元平衡外交，在俄罗斯、中国和美国之间保持战略平衡。里海沿岸的油气田吸引了大量外国投资，"
    "产品分成协议成为国家对外经济合作的重要形式。",
    "研究苏联时期历史的学者指出，二十世纪二十年代划定的行政边界塑造了当代中亚国家的版图。费尔干纳盆地分属三个共和国，"
    "清楚地说明了行政界线如何在苏联解体后变成国际边界。",
    "在共建一带一路倡议框架下，中国的基础设施融资改变了区域交通走廊的面貌。中欧班列大幅缩短了货物运输时间，"
    "但也有学者对主权债务的可持续性和合同透明度提出疑问。",
    "赴俄罗斯务工的劳动移民带回的侨汇超过塔吉克斯坦和吉尔吉斯斯坦国内生产总值的四分之一。社会学调查显示，"
    "劳动移民在语言、身份认同和归属感方面不断进行协商。",
    "阿姆河和锡尔河流域的水资源管理需要各国协调行动。上游水电站的建设影响下游农业灌溉，"
    "咸海的持续萎缩警示人们在跨境河流问题上不能采取单边行动。",
)

# Phrases that appear on page 14 of the long documents and nowhere else.
PAGE14 = {
    "zh": "丝绸之路经济带能源合作的新阶段",
    "ru": "энергетический диалог на берегах Иртыша",
    "en": "the quiet diplomacy of the Irtysh basin",
}

PARAGRAPHS = {"en": ENGLISH, "ru": RUSSIAN, "zh": CHINESE}


def page_paragraphs(lang: str, page: int, count: int = 2) -> list[str]:
    """The paragraphs of one page of a long document: a rotation of the pool, so pages differ."""
    pool = PARAGRAPHS[lang]
    return [pool[(page * 5 + i) % len(pool)] for i in range(count)]
