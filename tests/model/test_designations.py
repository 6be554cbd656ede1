"""What follows a title but is not the title: volumes and parts, document numbers, Chinese numerals."""

from __future__ import annotations

import pytest

from biblio.model.designations import designation_value, take_title_number, take_title_volume, zh_number


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
    ("title", "rest", "volume", "written"),
    [
        ("草原丝绸之路文献汇编: 第 4 卷", "草原丝绸之路文献汇编", "4", "第 4 卷"),
        ("清代西北边疆史料: 第二册", "清代西北边疆史料", "2", "第二册"),
        ("俄国东方学史: 下", "俄国东方学史", "下", "下"),
        ("中国边疆学年鉴: 2015 年卷", "中国边疆学年鉴", "2015", "2015 年卷"),
        ("敦煌吐鲁番文献: 六卷", "敦煌吐鲁番文献", "6", "六卷"),
        ("Russian Archives on the Silk Road: Vol. 3", "Russian Archives on the Silk Road", "3", "Vol. 3"),
        ("Собрание сочинений: т. 7", "Собрание сочинений", "7", "т. 7"),
        ("丝路文化研究: 第三辑", "丝路文化研究", "3", "第三辑"),
        ("西域考古图记：中卷", "西域考古图记", "中", "中卷"),
        ("近代边疆档案选编, 第十二编", "近代边疆档案选编", "12", "第十二编"),
        ("草原帝国史料: 第2分册", "草原帝国史料", "2", "第2分册"),
        ("Central Asian Survey Papers: part 2", "Central Asian Survey Papers", "2", "part 2"),
    ],
)
def test_volume_after_title_is_read_and_kept_as_written(title: str, rest: str, volume: str, written: str) -> None:
    assert take_title_volume(title) == (rest, volume, written)


@pytest.mark.parametrize("title", ["中亚安全: 上海合作组织的作用", "Eurasia 2030: Scenarios", "第3卷"])
def test_titles_without_a_volume(title: str) -> None:
    assert take_title_volume(title) == (title, "", "")


@pytest.mark.parametrize(
    ("designation", "value"),
    [("第一卷", "1"), ("第 12 辑", "12"), ("上卷", "上"), ("下", "下"), ("vol. 11", "11"), ("2015年卷", "2015")],
)
def test_a_designation_written_alone_names_its_volume(designation: str, value: str) -> None:
    assert designation_value(designation) == value


@pytest.mark.parametrize("text", ["", "美国卷", "科学思想史", "第一卷 科学思想史", "Volume two"])
def test_other_text_is_no_designation(text: str) -> None:
    assert designation_value(text) == ""


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
