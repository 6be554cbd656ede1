"""Known outlets and platforms: their names, web domains, language and record type.

A newspaper (人民日报, Известия, The Guardian) gives ``EntryType.NEWSPAPER`` records; agencies,
broadcasters' sites and platforms (新华网, ТАСС, BBC, 网易号) give ``EntryType.ONLINE``.
``publisher`` is the company behind a platform (网易号 -> 网易).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from biblio.model import EntryType

NEWSPAPER = EntryType.NEWSPAPER
ONLINE = EntryType.ONLINE


@dataclass(frozen=True, slots=True)
class Outlet:
    """One outlet; ``names`` are the forms pages write, the first is the one we store."""

    names: tuple[str, ...]
    kind: EntryType
    language: str
    domains: tuple[str, ...] = ()
    english: str = ""
    publisher: str = ""

    @property
    def name(self) -> str:
        """The stored name."""
        return self.names[0]


OUTLETS: tuple[Outlet, ...] = (
    Outlet(("网易号", "NetEase Hao"), ONLINE, "zh", ("dy.163.com", "163.com/dy/"), "NetEase Hao", "网易"),
    Outlet(("网易", "网易新闻", "NetEase"), ONLINE, "zh", ("163.com",), "NetEase"),
    Outlet(("新华网", "新华社", "Xinhua", "Xinhuanet"), ONLINE, "zh", ("news.cn", "xinhuanet.com"), "Xinhua"),
    Outlet(("人民日报", "People's Daily"), NEWSPAPER, "zh", ("paper.people.com.cn",), "People's Daily"),
    Outlet(("人民网",), ONLINE, "zh", ("people.com.cn",), "People's Daily Online"),
    Outlet(("央视网", "CCTV"), ONLINE, "zh", ("cctv.com", "cctv.cn"), "CCTV"),
    Outlet(("央视新闻",), ONLINE, "zh", ("news.cctv.com",), "CCTV News"),
    Outlet(("中国新闻网", "中新网"), ONLINE, "zh", ("chinanews.com.cn", "chinanews.com"), "China News Service"),
    Outlet(("环球时报", "Global Times"), NEWSPAPER, "zh", ("huanqiu.com", "globaltimes.cn"), "Global Times"),
    Outlet(("光明日报",), NEWSPAPER, "zh", ("gmw.cn",), "Guangming Daily"),
    Outlet(("参考消息",), NEWSPAPER, "zh", ("cankaoxiaoxi.com",), "Reference News"),
    Outlet(("解放军报",), NEWSPAPER, "zh", ("81.cn",), "PLA Daily"),
    Outlet(("中国日报", "China Daily"), NEWSPAPER, "en", ("chinadaily.com.cn",), "China Daily"),
    Outlet(("澎湃新闻", "The Paper"), ONLINE, "zh", ("thepaper.cn",), "The Paper"),
    Outlet(("观察者网",), ONLINE, "zh", ("guancha.cn",), "Guancha"),
    Outlet(("新浪", "新浪新闻", "新浪财经"), ONLINE, "zh", ("sina.com.cn", "sina.cn"), "Sina"),
    Outlet(("腾讯新闻",), ONLINE, "zh", ("qq.com",), "Tencent News"),
    Outlet(("凤凰网",), ONLINE, "zh", ("ifeng.com",), "Phoenix New Media"),
    Outlet(("红星新闻",), ONLINE, "zh", ("cdsb.com",), "Red Star News"),
    Outlet(("ТАСС", "TASS"), ONLINE, "ru", ("tass.ru", "tass.com"), "TASS"),
    Outlet(("РИА Новости", "RIA Novosti", "РИА"), ONLINE, "ru", ("ria.ru",), "RIA Novosti"),
    Outlet(("Интерфакс", "Interfax"), ONLINE, "ru", ("interfax.ru",), "Interfax"),
    Outlet(("Коммерсантъ", "Коммерсант", "Kommersant"), NEWSPAPER, "ru", ("kommersant.ru",), "Kommersant"),
    Outlet(("Известия", "Izvestia"), NEWSPAPER, "ru", ("iz.ru",), "Izvestia"),
    Outlet(("Российская газета", "Rossiyskaya Gazeta"), NEWSPAPER, "ru", ("rg.ru",), "Rossiyskaya Gazeta"),
    Outlet(("Ведомости", "Vedomosti"), NEWSPAPER, "ru", ("vedomosti.ru",), "Vedomosti"),
    Outlet(("Независимая газета",), NEWSPAPER, "ru", ("ng.ru",), "Nezavisimaya Gazeta"),
    Outlet(("Reuters",), ONLINE, "en", ("reuters.com",)),
    Outlet(("BBC News", "BBC"), ONLINE, "en", ("bbc.com", "bbc.co.uk")),
    Outlet(("AP News", "Associated Press"), ONLINE, "en", ("apnews.com",)),
    Outlet(("The New York Times", "New York Times"), NEWSPAPER, "en", ("nytimes.com",)),
    Outlet(("The Washington Post", "Washington Post"), NEWSPAPER, "en", ("washingtonpost.com",)),
    Outlet(("The Guardian",), NEWSPAPER, "en", ("theguardian.com",)),
    Outlet(("Financial Times",), NEWSPAPER, "en", ("ft.com",)),
    Outlet(("The Wall Street Journal", "Wall Street Journal"), NEWSPAPER, "en", ("wsj.com",)),
    Outlet(("South China Morning Post", "SCMP"), NEWSPAPER, "en", ("scmp.com",)),
    Outlet(("The Moscow Times",), NEWSPAPER, "en", ("themoscowtimes.com",)),
    Outlet(("The Diplomat",), ONLINE, "en", ("thediplomat.com",)),
)


def find_outlet(name: str) -> Outlet | None:
    """The outlet written exactly ``name`` (case-insensitive, spaces trimmed), or None."""
    wanted = name.strip().casefold()
    for outlet in OUTLETS:
        if any(n.casefold() == wanted for n in outlet.names):
            return outlet
    return None


def outlet_at_end(text: str) -> tuple[str, Outlet] | None:
    """An outlet name that ends ``text`` ("… 央视网"), with the text before it; None if there is none."""
    stripped = text.rstrip(" ,，;；-–—|")
    best: tuple[str, Outlet] | None = None
    for outlet in OUTLETS:
        for name in outlet.names:
            if stripped.casefold().endswith(name.casefold()) and (
                best is None or len(name) > len(stripped) - len(best[0])
            ):
                best = (stripped[: len(stripped) - len(name)], outlet)
    return best


def outlet_for_url(url: str) -> Outlet | None:
    """The outlet whose domain (or domain and path, "163.com/dy/") the URL is on; the longest match wins."""
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
    except ValueError:
        return None
    best: tuple[int, Outlet] | None = None
    for outlet in OUTLETS:
        for domain in outlet.domains:
            if _on_domain(host, parts.path, domain) and (best is None or len(domain) > best[0]):
                best = (len(domain), outlet)
    return best[1] if best else None


def _on_domain(host: str, path: str, domain: str) -> bool:
    name, _, prefix = domain.partition("/")
    on_host = host == name or host.endswith("." + name)
    return on_host and (not prefix or path.startswith("/" + prefix))


def outlet_in_text(text: str) -> Outlet | None:
    """A platform named by its own chrome (网易号's disclaimer, "NetEase Hao"), or None."""
    if "网易号" in text or "NetEase Hao" in text:
        return find_outlet("网易号")
    return None


_EDITION = re.compile(
    r"^[(（]?\s*《\s*(?P<paper>[^》]{2,20}?)\s*》\s*[(（]\s*(?P<date>[^)）]{6,30}?)\s*(?:第\s*)?"
    r"(?P<page>\d{1,3})\s*版\s*[)）]\s*[)）]?$"
)


@dataclass(frozen=True, slots=True)
class Edition:
    """A print-edition line ("《 人民日报 》（ 2025年12月17日 03 版）"): the paper, its date text and page."""

    paper: str
    date_text: str
    page: str


def print_edition(line: str) -> Edition | None:
    """The print edition a line names, or None."""
    match = _EDITION.match(line.strip())
    if not match:
        return None
    return Edition(match.group("paper").strip(), match.group("date").strip(), str(int(match.group("page"))))
