"""ReflistImporter: a file of reference strings, one per line or numbered."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from biblio.importers.refs.reflist import ReflistImporter, split_references
from biblio.model import EntryType

LIST = """参考文献
[1] 张宁. 中亚国家的多元平衡外交：机遇与风险并存[J]. 俄罗斯学刊, 2024, 14(6):
5-23.
[2] Бжезинский З. Великая шахматная доска. М.: Междунар. отношения, 1998. 256 с.
[3] Cooley, A. (2012). Great games, local rules. Oxford University Press.
[4] hello world
"""


def test_sniff_high_for_reference_lists_low_for_others() -> None:
    importer = ReflistImporter()
    assert importer.sniff(LIST) >= 0.6
    assert importer.sniff("@article{x, title={y}}") == 0.0
    assert importer.sniff("Dear colleague,\nthank you for the letter.\nBest wishes\n") < 0.2


def test_each_reference_one_record_and_bad_lines_problems() -> None:
    result = ReflistImporter().parse(LIST)
    types = [r.type for r in result.records]
    assert types == [EntryType.ARTICLE, EntryType.BOOK, EntryType.BOOK]
    assert result.records[0].pages == "5-23"  # the wrapped line was joined
    assert [r.provenance.locator for r in result.records if r.provenance] == ["line 2", "line 4", "line 5"]
    errors = [p for p in result.problems if p.severity == "error"]
    assert [(p.line, p.raw) for p in errors] == [(6, "[4] hello world")]


def test_unnumbered_lines_and_numbering_styles() -> None:
    text = "1. 赵华胜. 中国的中亚外交[M]. 北京: 时事出版社, 2008.\n2 石泽. 某题名[J]. 国际问题研究, 2012(3): 32-41.\n"
    assert [n for n, _ in split_references(text)] == [1, 2]
    plain = "赵华胜. 中国的中亚外交[M]. 北京: 时事出版社, 2008.\n石泽. 某题名[J]. 国际问题研究, 2012(3): 32-41.\n"
    assert len(ReflistImporter().parse(plain).records) == 2


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
def test_fuzz_reflist_never_raises(text: str) -> None:
    importer = ReflistImporter()
    importer.sniff(text)
    importer.parse(text)


def test_cnki_page_bullets() -> None:
    """The cited-works block of the CNKI seed page (bullets, numbers glued to the text)."""
    from pathlib import Path

    text = (Path(__file__).resolve().parents[2] / "data" / "refs" / "cnki_seed_refs.txt").read_text(encoding="utf-8")
    importer = ReflistImporter()
    assert importer.sniff(text) >= 0.6
    result = importer.parse(text)
    assert [r.main_title() for r in result.records] == [
        "历史的地理枢纽",
        "和平地理学",
        "大棋局:美国的首要地位及其地缘战略",
    ]
    assert [r.pages for r in result.records] == ["71", "112", "175"]
    assert not [p for p in result.problems if p.severity == "error"]  # the "• 相关文献" heading is skipped


def test_low_confidence_references_are_tagged_and_reported() -> None:
    text = (
        "Baranov, D. (2014). Pastoral mobility and the state. Nomadic Peoples, 18(2), 77-85.\n"
        "see also the discussion above and what follows in chapter nine, 2011\n"
    )
    result = ReflistImporter().parse(text)
    clear, doubtful = result.records
    assert "needs-review" not in clear.tags
    assert "needs-review" in doubtful.tags
    review = [p for p in result.problems if "needs-review" in p.message]
    assert [p.line for p in review] == [2] and review[0].severity == "warning"
