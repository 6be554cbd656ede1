"""Recovering run-together English keywords and parsing funding lines (helpers of the CNKI importers)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from biblio.importers.cnki.keywords_en import split_english_keywords
from biblio.importers.funding import parse_funding

CASES = [
    (
        "中亚 多元外交 人类命运共同体 平衡外交",
        "Central Asia pluralistic diplomacy a community with a shared future for mankind balanced diplomacy",
        ["Central Asia", "pluralistic diplomacy", "a community with a shared future for mankind", "balanced diplomacy"],
    ),
    (
        "一带一路 能源合作 俄罗斯 地缘政治",
        "the Belt and Road Initiative energy cooperation Russia geopolitics",
        ["the Belt and Road Initiative", "energy cooperation", "Russia", "geopolitics"],
    ),
    (
        "俄罗斯远东 区域发展 中俄关系 边境贸易",
        "Russian Far East regional development Sino-Russian relations border trade",
        ["Russian Far East", "regional development", "Sino-Russian relations", "border trade"],
    ),
    (
        "大国竞争 乌克兰危机 战略自主 欧盟",
        "great power competition Ukraine crisis strategic autonomy European Union",
        ["great power competition", "Ukraine crisis", "strategic autonomy", "European Union"],
    ),
    (
        "普京 主权民主 政治稳定 统一俄罗斯党",
        "Putin sovereign democracy political stability United Russia party",
        ["Putin", "sovereign democracy", "political stability", "United Russia party"],
    ),
    (
        "上海合作组织 安全合作 恐怖主义",
        "Shanghai Cooperation Organization security cooperation terrorism",
        ["Shanghai Cooperation Organization", "security cooperation", "terrorism"],
    ),
]


def test_run_together_keywords_are_aligned_with_chinese_ones() -> None:
    for zh, en, expected in CASES:
        assert split_english_keywords(en, zh.split()) == expected


def test_explicit_separators_win() -> None:
    assert split_english_keywords("Central Asia; diplomacy;", ["中亚"]) == ["Central Asia", "diplomacy"]


def test_without_a_count_the_phrase_stays_whole() -> None:
    assert split_english_keywords("Central Asia diplomacy") == ["Central Asia diplomacy"]
    assert split_english_keywords("") == []


@given(st.lists(st.from_regex(r"[A-Za-z\-]{1,10}", fullmatch=True), max_size=20), st.integers(0, 8))
def test_split_keeps_every_word_in_order(words: list[str], count: int) -> None:
    parts = split_english_keywords(" ".join(words), ["关键"] * count)
    assert " ".join(parts).split() == words
    if words and count:
        assert len(parts) == min(count, len(words))


def test_funding_variants() -> None:
    line = "国家社会科学基金重大项目“百年变局与中国周边安全新态势研究”(项目批准号:23&ZD331)阶段性成果。"
    [fund] = parse_funding(line)
    assert (fund.funder, fund.project, fund.grant, fund.text) == (
        "国家社会科学基金",
        "百年变局与中国周边安全新态势研究",
        "23&ZD331",
        line,
    )
    two = parse_funding("国家自然科学基金(71873045,71803012);教育部人文社会科学研究项目(19YJC790001)")
    assert [(f.funder, f.grant) for f in two] == [
        ("国家自然科学基金", "71873045"),
        ("国家自然科学基金", "71803012"),
        ("教育部人文社会科学研究项目", "19YJC790001"),
    ]
    [colon] = parse_funding("国家社会科学基金一般项目：俄罗斯远东开发研究(19BGJ012)的阶段性成果")
    assert (colon.funder, colon.project, colon.grant) == ("国家社会科学基金", "俄罗斯远东开发研究", "19BGJ012")
    [english] = parse_funding("Supported by the National Natural Science Foundation of China (No. 71873045)")
    assert (english.funder, english.grant) == ("National Natural Science Foundation of China", "71873045")
    [bare] = parse_funding("中国社会科学院创新工程项目")
    assert (bare.funder, bare.grant) == ("中国社会科学院创新工程项目", "")
    assert parse_funding("  ") == []


@given(st.text())
def test_funding_never_crashes_and_keeps_the_line(text: str) -> None:
    for fund in parse_funding(text):
        assert fund.text == " ".join(text.split())
