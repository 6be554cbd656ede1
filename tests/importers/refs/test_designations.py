"""What follows a title but is not the title: volumes and parts, document numbers, Chinese numerals."""

from __future__ import annotations

import pytest

from biblio.importers.refs.designations import take_title_number, take_title_volume, zh_number


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("一", "1"),
        ("十三", "13"),
        ("一二三", "123"),
        ("一五〇", "150"),
        ("二十五", "25"),
        ("三百零六", "306"),
        ("12", "12"),
    ],
)
def test_zh_number(text: str, number: str) -> None:
    assert zh_number(text) == number


@pytest.mark.parametrize(
    ("title", "rest", "volume"),
    [
        ("草原丝绸之路文献汇编: 第 4 卷", "草原丝绸之路文献汇编", "4"),
        ("清代西北边疆史料: 第二册", "清代西北边疆史料", "2"),
        ("俄国东方学史: 下", "俄国东方学史", "下"),
        ("中国边疆学年鉴: 2015 年卷", "中国边疆学年鉴", "2015"),
        ("敦煌吐鲁番文献: 六卷", "敦煌吐鲁番文献", "6"),
        ("Russian Archives on the Silk Road: Vol. 3", "Russian Archives on the Silk Road", "3"),
        ("Собрание сочинений: т. 7", "Собрание сочинений", "7"),
        ("丝路文化研究: 第三辑", "丝路文化研究", "3"),
    ],
)
def test_volume_after_title(title: str, rest: str, volume: str) -> None:
    assert take_title_volume(title) == (rest, volume)


@pytest.mark.parametrize("title", ["中亚安全: 上海合作组织的作用", "Eurasia 2030: Scenarios", "第3卷"])
def test_titles_without_a_volume(title: str) -> None:
    assert take_title_volume(title) == (title, "")


@pytest.mark.parametrize(
    ("title", "rest", "number"),
    [
        (
            "国务院关于深化泛珠三角区域合作的指导意见: 国发〔2016〕18号",
            "国务院关于深化泛珠三角区域合作的指导意见",
            "国发〔2016〕18号",
        ),
        (
            "关于加快推进边境口岸建设的通知: 发改地区〔2020〕1090 号",
            "关于加快推进边境口岸建设的通知",
            "发改地区〔2020〕1090 号",
        ),
        ("Wind Energy in Kazakhstan: NREL/TP-5000-71203", "Wind Energy in Kazakhstan", "NREL/TP-5000-71203"),
        ("Uzbekistan Energy Sector Note: 145223-UZ", "Uzbekistan Energy Sector Note", "145223-UZ"),
        ("新疆口岸经济研究: 研究报告第 12 号", "新疆口岸经济研究", "研究报告第 12 号"),
    ],
)
def test_number_after_title(title: str, rest: str, number: str) -> None:
    assert take_title_number(title) == (rest, number)


@pytest.mark.parametrize(
    "title",
    [
        "Regime Change in Mongolia: 1991–2011",
        "对外投资合作国别指南: 乌兹别克斯坦(2022年版)",
        "Water in Central Asia: a review",
    ],
)
def test_subtitles_are_not_numbers(title: str) -> None:
    assert take_title_number(title) == (title, "")
