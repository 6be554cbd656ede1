"""Multi-volume works in `biblio cite`: GB/T 7714-2015 puts the volume after the title (其他题名信息,
``中国植物志: 第2卷[M]``) for monographs, collections, proceedings, reports, standards and the rest, as
the source wrote it; a chapter's host volume follows the host's title. Chicago prints ``Vol. 2``."""

from __future__ import annotations

import pytest

from biblio.export.styles import format_citation
from biblio.export.volumes import VOLUME_WRITTEN
from biblio.importers.refs import parse_reference
from biblio.model import EntryType, Name, Record
from tests.export.styles.builders import rec, west, zh

T = EntryType
BODY = Name(literal="某研究所", script="Hani")


def gbt(record: Record) -> str:
    return format_citation(record, style="gbt7714")


def chicago(record: Record) -> str:
    return format_citation(record, style="chicago")


def _written(record: Record, written: str) -> Record:
    record.extra[VOLUME_WRITTEN] = written
    return record


@pytest.mark.parametrize(
    ("kind", "code"),
    [(T.BOOK, "M"), (T.COLLECTION, "G"), (T.PROCEEDINGS, "C"), (T.REPORT, "R"), (T.MISC, "Z"), (T.THESIS, "D")],
)
def test_the_volume_follows_the_title_for_every_monograph_type(kind: EntryType, code: str) -> None:
    record = rec(
        kind, "西域史料汇编", "zh", authors=[BODY], volume="2", place="北京", publisher="某出版社", date="2001"
    )
    assert gbt(record).startswith(f"某研究所. 西域史料汇编: 第2卷[{code}]. ")


def test_the_written_designation_keeps_its_unit_and_numerals() -> None:
    record = rec(
        T.COLLECTION, "边疆论丛", "zh", authors=[BODY], volume="1", place="北京", publisher="某出版社", date="2019"
    )
    assert gbt(_written(record, "第一辑")) == "某研究所. 边疆论丛: 第一辑[G]. 北京: 某出版社, 2019."
    record.volume = "3"  # edited since: the written form no longer names the volume
    assert gbt(record) == "某研究所. 边疆论丛: 第3卷[G]. 北京: 某出版社, 2019."


def test_a_volume_that_is_no_number_is_printed_as_it_is() -> None:
    record = rec(
        T.BOOK, "草原考古", "zh", authors=[zh("王", "五")], volume="下", place="北京", publisher="某社", date="2010"
    )
    assert gbt(record) == "王五. 草原考古: 下[M]. 北京: 某社, 2010."


def test_an_english_work_gets_vol() -> None:
    record = rec(
        T.BOOK, "The Cambridge History of Inner Asia", "en", authors=[west("Sinor", "Denis")],
        volume="2", place="Cambridge", publisher="Cambridge University Press", date="1990",
    )  # fmt: skip
    assert gbt(record) == (
        "SINOR D. The cambridge history of inner asia: Vol. 2[M]. Cambridge: Cambridge University Press, 1990."
    )
    assert chicago(record) == (
        "Sinor, Denis. 1990. The Cambridge History of Inner Asia. Vol. 2. Cambridge: Cambridge University Press."
    )


def test_a_standard_prints_volume_then_number() -> None:
    record = rec(
        T.STANDARD, "边境口岸标准汇编", "zh", authors=[BODY], volume="1", number="GB/T 1234—2000",
        place="北京", publisher="中国标准出版社", date="2001",
    )  # fmt: skip
    assert gbt(record) == "某研究所. 边境口岸标准汇编: 第1卷: GB/T 1234—2000[S]. 北京: 中国标准出版社, 2001."


def test_a_chapter_prints_its_host_volume_after_the_host_title() -> None:
    record = rec(
        T.INCOLLECTION, "丝路古城", "zh", authors=[zh("李", "四")], editors=[zh("赵", "六")], container="西域考古文集",
        volume="3", place="北京", publisher="某社", date="2005", pages="10-20",
    )  # fmt: skip
    assert gbt(record) == "李四. 丝路古城[M]//赵六. 西域考古文集: 第3卷. 北京: 某社, 2005: 10-20."
    assert "In 西域考古文集, vol. 3, edited by 赵六, 10–20." in chicago(record)


def test_a_journal_volume_stays_with_the_issue() -> None:
    record = rec(
        T.ARTICLE, "题名", "zh", authors=[zh("张", "三")], container="刊名", date="2020", volume="12", number="3"
    )
    assert gbt(record) == "张三. 题名[J]. 刊名, 2020, 12(3)."


def test_chicago_keeps_a_designation_that_is_no_number_as_written() -> None:
    record = rec(
        T.BOOK, "独联体十年", "zh", authors=[zh("郑", "羽")], volume="上", place="北京", publisher="某社", date="2002"
    )
    assert chicago(_written(record, "上卷")) == "郑羽. 2002. 独联体十年. 上卷. 北京: 某社."


@pytest.mark.parametrize(
    "text",
    [
        "王治来. 中亚通史: 第二卷[M]. 乌鲁木齐: 新疆人民出版社, 2004.",
        "余太山. 西域文化史: 下卷[M]. 北京: 中国友谊出版公司, 1995.",
        "新疆社会科学院. 西域研究论丛: 第四辑[G]. 北京: 民族出版社, 2011.",
        "丝绸之路学会. 丝路学术会议论文集: 第二册[C]. 西安: 三秦出版社, 2016.",
        "马大正. 边疆档案汇编: 中[Z]. 北京: 档案出版社, 1999.",
        "中国边疆研究所. 边疆研究报告: 第3编[R]. 北京: 社会科学文献出版社, 2012.",
        "周伟洲. 西北民族史料: 第1分册[M]. 西安: 陕西人民出版社, 1987.",
        "某委员会. 口岸标准汇编: 第2卷: GB/T 4321—2010[S]. 北京: 中国标准出版社, 2011.",
        "BARTHOLD W. Four studies on the history of Central Asia: vol. 1[M]. Leiden: Brill, 1956.",
    ],
)
def test_parse_and_format_again_gives_the_reference_back(text: str) -> None:
    assert gbt(parse_reference(text).record) == text


def test_a_document_number_follows_the_title_and_the_volume() -> None:
    record = rec(T.MISC, "关于口岸建设的通知", "zh", authors=[BODY], number="某发〔2005〕37号", date="2005-07-12")
    record.extra["mark"] = "A"
    assert gbt(record) == "某研究所. 关于口岸建设的通知: 某发〔2005〕37号[A]. 2005-07-12."
    record.volume = "2"
    assert gbt(record) == "某研究所. 关于口岸建设的通知: 第2卷: 某发〔2005〕37号[A]. 2005-07-12."
