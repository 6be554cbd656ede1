"""The web-html importer on page layouts of Chinese, Russian and English outlets (tests/data/web/layouts/).

Each page is written in a site's markup (see the folder's README); these check the class of each
layout: the date the page shows (never a "today" widget, a copyright year or another article's
date), the source, the author, the body from the outlet rule or the generic extractors, and that no
furniture (editor lines, captions, disclaimers, related lists) reaches the body.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from biblio.importers.web.html_importer import parse_html
from biblio.model import EntryType, Record

LAYOUTS = Path(__file__).parents[2] / "data" / "web" / "layouts"


@dataclass(frozen=True)
class Expected:
    """What a page must give."""

    title: str
    date: str
    first: str  # the body's first words
    last: str  # the body's last paragraph starts so
    container: str = ""
    authors: tuple[str, ...] = ()
    extractor: str = ""
    kind: EntryType = EntryType.ONLINE
    absent: tuple[str, ...] = field(default=())


CASES = {
    "netease_news": Expected(
        "中亚天然气管道D线建设取得新进展", "2024-03-05T14:02:15", "据塔吉克斯坦能源部消息", "分析人士认为",
        container="澎湃新闻", authors=("李明",), extractor="rule:NetEase",
        absent=("原标题", "管道施工现场资料图", "特别声明", "责任编辑", "相关推荐", "哈萨克斯坦总统访华", "本文来源"),
    ),
    "xinhua_new": Expected(
        "中吉乌铁路项目进入全面实施阶段", "2024-03-05T14:02:45", "新华社比什凯克3月5日电", "吉方官员表示",
        container="新华网", extractor="rule:Xinhua", absent=("资料照片", "责任编辑", "热点推荐", "Copyright"),
    ),
    "people_new": Expected(
        "上合组织成员国加强数字经济合作", "2024-03-05T14:02:00", "本报阿斯塔纳3月4日电", "哈萨克斯坦数字发展部部长",
        container="人民日报", extractor="rule:People's Daily Online", kind=EntryType.NEWSPAPER,
        absent=("人民日报 》", "责编", "24小时排行", "版权所有"),
    ),
    "gov_trs": Expected(
        "国务院办公厅关于加快发展外贸新业态新模式的意见", "2024-03-05T14:02:00", "各省、自治区、直辖市人民政府",
        "2024年3月1日", container="中国政府网", extractor="rule:TRS",
        absent=("今天是", "字体", "我要纠错", "主办单位", "版权所有"),
    ),
    "thepaper": Expected(
        "哈萨克斯坦粮食出口创历史新高", "2024-03-05T14:02:00", "哈萨克斯坦农业部5日公布的数据显示",
        "哈萨克斯坦农业部官员表示", container="澎湃新闻", authors=("周晓",), extractor="rule:The Paper",
        absent=("报料", "热门推荐"),
    ),
    "guancha": Expected(
        "土库曼斯坦天然气出口多元化提速", "2024-03-05T14:02:19", "【文/观察者网 王华】", "分析人士指出",
        container="观察者网", extractor="rule:Guancha", absent=("独家稿件", "责任编辑", "观察者热榜"),
    ),
    "cssn": Expected(
        "中亚区域合作的历史与现状", "2024-03-05", "中亚区域合作是冷战结束后", "本文认为",
        container="中国社会科学网", authors=("王明",), extractor="rule:TRS", absent=("分享到", "农历", "版权所有"),
    ),
    "ria": Expected(
        "Казахстан увеличит экспорт зерна в Китай", "2024-03-05T14:02:00", "АСТАНА, 5 мар — РИА Новости.",
        "Ранее сообщалось", container="РИА Новости", extractor="rule:RIA Novosti",
        absent=("Узбекистан нарастил", "Токаев", "Россия сегодня"),
    ),
    "tass": Expected(
        "Узбекистан и Россия обсудили строительство АЭС", "2024-03-05T14:02:00", "ТАШКЕНТ, 5 марта. /ТАСС/.",
        "Соглашение о строительстве", container="ТАСС", absent=("Популярное", "Мирзиёев", "обновлено"),
    ),
    "kommersant": Expected(
        "Киргизия привлекает инвесторов в гидроэнергетику", "2024-03-05T14:02:00+03:00",
        "Правительство Киргизии представило", "По оценке Всемирного банка", container="Коммерсантъ",
        extractor="rule:Kommersant", kind=EntryType.NEWSPAPER, absent=("Иван Петров", "Читайте также"),
    ),
    "wordpress": Expected(
        "Water Diplomacy in the Ferghana Valley: What’s Next", "2024-03-05T14:02:00+00:00", "For three decades",
        "Whether the agreements hold", container="Central Asia Notes", authors=("Jane Doe",),
        absent=("Posted on", "Tagged", "Great analysis", "Recent Posts", "Proudly powered"),
    ),
    "blogger": Expected(
        "Reading Soviet census records", "2024-03-05", "The 1926 census of the Kazakh ASSR",
        "Comparing the census with local tax lists", authors=("Aigerim S",),
        absent=("Older Post", "Blog Archive", "Posted by"),
    ),
    "aspnet": Expected(
        "Caspian shipping routes gain traffic", "2024-03-05T14:02:00", "Cargo moving across the Caspian Sea",
        "Port operators say", absent=("Most Read", "Tajik aluminium", "Copyright", "Wednesday"),
    ),
}  # fmt: skip


def _article(name: str) -> Record:
    result = parse_html((LAYOUTS / f"{name}.html").read_bytes(), accessed="2026-03-01")
    assert not [p for p in result.problems if p.severity == "error"]
    return result.records[0]


def test_every_layout_page_has_a_case() -> None:
    assert {p.stem for p in LAYOUTS.glob("*.html")} == set(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_layout(name: str) -> None:
    want = CASES[name]
    article = _article(name)
    paragraphs = article.fulltext.split("\n\n")
    assert article.main_title() == want.title
    assert article.date == want.date
    assert paragraphs[0].startswith(want.first)
    assert paragraphs[-1].startswith(want.last)
    if want.container:
        assert article.container[0].value == want.container
    assert tuple(a.display() for a in article.authors) == want.authors
    if want.extractor:
        assert article.extra["body_extractor"] == want.extractor
    assert article.type is want.kind
    for furniture in want.absent:
        assert furniture not in article.fulltext, furniture
