"""Snippets: windows around the first match, «» marks over merged CJK bigram spans and stemmed words."""

from __future__ import annotations

from biblio.search.analyzers import MultiScriptAnalyzer
from biblio.search.snippets import WIDTH, snippet

WORDS = MultiScriptAnalyzer(stem=True)


def test_adjacent_bigrams_merge_into_one_mark() -> None:
    text = "中亚国家的多元平衡外交对中国既是机遇也是挑战"
    assert snippet([text], WORDS, {"多元", "元平", "平衡", "衡外", "外交"}, set()) == (
        "中亚国家的«多元平衡外交»对中国既是机遇也是挑战"
    )


def test_stemmed_words_and_prefixes_are_marked() -> None:
    text = "Balanced diplomacy and balancing acts in Diplomatic history"
    out = snippet([text], WORDS, {"balanc"}, {"diplom"})
    assert out == "«Balanced» «diplomacy» and «balancing» acts in «Diplomatic» history"


def test_long_text_is_cut_around_the_first_match() -> None:
    text = "x " * 200 + "Zakharova said " + "y " * 200
    out = snippet([text], WORDS, {"zakharova"}, set())
    assert "«Zakharova»" in out
    assert out.startswith("…") and out.endswith("…")
    assert len(out.replace("«", "").replace("»", "")) <= WIDTH + 2


def test_chinese_text_is_cut_to_as_many_columns() -> None:
    text = "前言" * 100 + "平衡外交" + "后记" * 100
    out = snippet([text], WORDS, {"平衡", "衡外", "外交"}, set())
    assert "«平衡外交»" in out and out.startswith("…") and out.endswith("…")
    assert len(out.replace("«", "").replace("»", "")) <= WIDTH // 2 + 2


def test_first_candidate_with_a_match_wins_else_first_text() -> None:
    assert snippet(["no match here", "Arctic route"], WORDS, {"arctic"}, set()) == "«Arctic» route"
    assert snippet(["", "plain text"], WORDS, {"zzz"}, set()) == "plain text"
    assert snippet([], WORDS, {"zzz"}, set()) == ""


def test_traditional_text_is_marked_for_a_simplified_query() -> None:
    assert snippet(["亞洲區域合作"], WORDS, {"亚洲"}, set()) == "«亞洲»區域合作"
