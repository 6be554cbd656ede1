"""GB/T 7714 failure classes seen on strings nobody here wrote, each tested on strings written for the test:
author-year form, volume and number after the title, printing words, Japanese and Korean references,
corporate names with "and"/"&"/commas/"Inc.", upper-case Cyrillic initials."""

from __future__ import annotations

import pytest

from biblio.importers.refs import parse_reference
from biblio.model import EntryType


def _names(names: list) -> list[str]:  # type: ignore[type-arg]
    return [n.literal.rstrip(".") or f"{n.family}|{n.given.replace('.', '').replace(' ', '')}" for n in names]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("杨恕, 2011. 转型的中亚和中国[J]. 兰州大学学报(社会科学版), 39(2): 1-8.",
         ("2011", "兰州大学学报(社会科学版)", "39", "2", "1-8")),
        ("POMFRET R, 2019a. The Central Asian economies in the twenty-first century[J]. Asian Survey(4): 44-60.",
         ("2019", "Asian Survey", "", "4", "44-60")),
        ("KHALID A, NORTHROP D, EDGAR A L, et al., 2016. Soviet Central Asia revisited[J]. Kritika: Explorations "
         "in Russian and Eurasian History, 17(1): 5-9.",
         ("2016", "Kritika: Explorations in Russian and Eurasian History", "17", "1", "5-9")),
    ],
)  # fmt: skip
def test_author_year_articles(text: str, expected: tuple[str, str, str, str, str]) -> None:
    record = parse_reference(text).record
    assert record.type is EntryType.ARTICLE
    got = (record.date, record.container[0].value, record.volume, record.number, record.pages)
    assert got == expected
    assert record.authors and not any(ch.isdigit() for n in record.authors for ch in n.family + n.given)


def test_author_year_books_chapters_and_newspapers() -> None:
    book = parse_reference("孙壮志, 2001. 中亚新格局与地区安全[M]. 北京: 中国社会科学出版社.").record
    assert (book.date, book.place, book.publisher, book.main_title()) == (
        "2001", "北京", "中国社会科学出版社", "中亚新格局与地区安全",
    )  # fmt: skip
    chapter = parse_reference(
        "许涛, 2008. 中亚的水资源问题[M]//赵常庆. 中亚五国概论. 北京: 经济日报出版社: 120-135."
    ).record
    assert (chapter.type, chapter.container[0].value, chapter.publisher, chapter.pages) == (
        EntryType.INCOLLECTION, "中亚五国概论", "经济日报出版社", "120-135",
    )  # fmt: skip
    assert _names(chapter.editors) == ["赵|常庆"]
    news = parse_reference("王海燕, 2019. 中国与中亚的能源合作[N]. 经济日报, 6.").record
    assert (news.type, news.container[0].value, news.pages, news.date) == (EntryType.NEWSPAPER, "经济日报", "6", "2019")


@pytest.mark.parametrize(
    ("text", "title", "volume", "written"),
    [
        ("王治来. 中亚通史: 第 2 卷[M]. 乌鲁木齐: 新疆人民出版社, 2004.", "中亚通史", "2", "第 2 卷"),
        ("余太山. 西域文化史: 下[M]. 北京: 中国友谊出版公司, 1995.", "西域文化史", "下", "下"),
        ("BARTHOLD W. Four studies on the history of Central Asia: vol. 1[M]. Leiden: Brill, 1956.",
         "Four studies on the history of Central Asia", "1", "vol. 1"),
        ("中国社会科学院. 中亚黄皮书: 2019 年卷[R]. 北京: 社会科学文献出版社, 2019.",
         "中亚黄皮书", "2019", "2019 年卷"),
        ("新疆社会科学院. 西域研究论丛: 第四辑[G]. 北京: 民族出版社, 2011.", "西域研究论丛", "4", "第四辑"),
        ("丝绸之路学会. 丝路学术会议论文集: 第二册[C]. 西安: 三秦出版社, 2016.", "丝路学术会议论文集", "2", "第二册"),
        ("马大正. 边疆档案汇编: 中卷[Z]. 北京: 档案出版社, 1999.", "边疆档案汇编", "中", "中卷"),
    ],
)  # fmt: skip
def test_volume_after_the_title(text: str, title: str, volume: str, written: str) -> None:
    record = parse_reference(text).record
    assert (record.main_title(), record.volume) == (title, volume)
    assert record.extra["volume_written"] == written  # the unit and numerals, which GB/T 7714 prints as written


def test_a_journal_volume_is_not_a_designation() -> None:
    record = parse_reference("李明. 中亚研究: 第一卷[J]. 世界历史, 2020, 12(3): 4-9.").record
    assert (record.main_title(), record.volume) == ("中亚研究: 第一卷", "12")
    assert "volume_written" not in record.extra


@pytest.mark.parametrize(
    ("text", "title", "number"),
    [
        ("国务院. 国务院关于支持沿边重点地区开发开放若干政策措施的意见: 国发〔2015〕72 号[Z]. 北京: 国务院, 2015.",
         "国务院关于支持沿边重点地区开发开放若干政策措施的意见", "国发〔2015〕72 号"),
        ("海关总署. 关于进一步优化口岸营商环境的公告[R]. 署税发〔2021〕5号. 北京: 海关总署, 2021.",
         "关于进一步优化口岸营商环境的公告", "署税发〔2021〕5号"),
        ("LEE J. Solar resource assessment for Central Asia[R]. NREL/TP-5D00-80120. Golden, CO: National Renewable "
         "Energy Laboratory, 2021.", "Solar resource assessment for Central Asia", "NREL/TP-5D00-80120"),
    ],
)  # fmt: skip
def test_document_numbers(text: str, title: str, number: str) -> None:
    record = parse_reference(text).record
    assert (record.main_title(), record.number) == (title, number)
    assert not record.urldate  # 〔2015〕 is the year of a document number, not an access date


@pytest.mark.parametrize(
    ("text", "edition"),
    [
        ("顾祖禹. 读史方舆纪要[M]. 影印本. 上海: 上海书店出版社, 1998.", "影印本"),
        ("徐松. 西域水道记[M]. 清道光刻本. 北京: 国家图书馆, 1823.", "清道光刻本"),
        ("翦伯赞. 中国史纲要[M]. 修订本. 北京: 北京大学出版社, 2006.", "修订本"),
    ],
)
def test_printing_words_are_the_edition(text: str, edition: str) -> None:
    record = parse_reference(text).record
    assert record.edition == edition
    assert edition not in record.main_title() and edition not in record.place + record.publisher


def test_japanese_and_korean_references() -> None:
    ja = parse_reference("[4] 小松久男, 荒川正晴. 中央ユーラシア史研究入門[M]. 東京: 山川出版社, 2018.").record
    assert ja.language == "ja"
    assert _names(ja.authors) == ["小松|久男", "荒川|正晴"]
    ko = parse_reference("[5] 고재남, 엄구호. 유라시아 지역의 국제관계[M]. 서울: 한울아카데미, 2019.").record
    assert ko.language == "ko"
    assert _names(ko.authors) == ["고|재남", "엄|구호"]
    body = parse_reference(
        "[6] 대외경제정책연구원. 중앙아시아 경제 협력 방안[R]. 세종: 대외경제정책연구원, 2020."
    ).record
    assert _names(body.authors) == ["대외경제정책연구원"]


@pytest.mark.parametrize(
    "body",
    ["Food and Agriculture Organization of the United Nations", "Ernst & Young", "Freedom House, Inc.",
     "Bill & Melinda Gates Foundation", "Министерство образования и науки Республики Казахстан"],
)  # fmt: skip
def test_corporate_authors_stay_one_name(body: str) -> None:
    head = body if body.endswith(".") else f"{body}."
    record = parse_reference(f"{head} Annual report on Central Asia[R]. New York: {body}, 2020.").record
    assert _names(record.authors) == [body.rstrip(".")]


def test_upper_case_cyrillic_initials() -> None:
    record = parse_reference("ИВАНОВ И И, ЯКОВЛЕВ А И. Казахстан и Китай[M]. Москва: Наука, 2010.").record
    assert [name.casefold() for name in _names(record.authors)] == ["иванов|ии", "яковлев|аи"]


def test_newspaper_page_after_colon_places_with_a_state_and_glued_role_phrases() -> None:
    news = parse_reference("[3] KHAN A. Steppe politics[N]. The Guardian, 2018-03-05: 14.").record
    assert (news.date, news.pages, news.container[0].value) == ("2018-03-05", "14", "The Guardian")
    book = parse_reference(
        "[4] SMITH J. Oil and empire[M]. Ann Arbor, Mich.: University of Michigan Press, 2009."
    ).record
    assert (book.place, book.publisher) == ("Ann Arbor, Mich.", "University of Michigan Press")
    chapter = parse_reference(
        "[5] LEE K. Water wars[M]//BROWN M. Why does Asia matter? Ithaca, NY: Cornell University Press, 2001: 5-9."
    ).record
    assert (chapter.container[0].value, chapter.place) == ("Why does Asia matter?", "Ithaca, NY")
    translated = parse_reference("[6] ПЕТРОВ П. Степь[M]. Trans. bySMITH J. London: Routledge, 2005.").record
    assert [n.family for n in translated.translators] == ["Smith"]
