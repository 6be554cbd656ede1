"""Page text cleaning: hyphenation, CJK joins, ligatures, controls; linear time on any input."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from biblio.importers.pdf.clean import clean_page_text


def test_latin_hyphenation_across_line_ends_is_joined() -> None:
    assert clean_page_text("Gov-\nernments and re-\r\nmained") == "Governments and remained"


def test_cyrillic_hyphenation_is_joined() -> None:
    assert clean_page_text("госу-\nдарственных") == "государственных"


def test_capitalised_continuation_keeps_its_hyphen() -> None:
    assert clean_page_text("the Sino-\nSoviet split") == "the Sino-Soviet split"


def test_pdfium_soft_hyphen_marks_are_removed() -> None:
    assert clean_page_text("re\ufffemained and pro\u00ad\nduction") == "remained and production"


def test_cjk_lines_join_without_space_and_others_with_one() -> None:
    text = "里海沿岸的油\r\n气田吸引了投资\r\nand then\r\nmore"
    assert clean_page_text(text) == "里海沿岸的油气田吸引了投资 and then more"


def test_cjk_punctuation_joins_without_space() -> None:
    assert clean_page_text("中亚国家，\n哈萨克斯坦") == "中亚国家，哈萨克斯坦"


def test_ligatures_are_decomposed_but_full_width_punctuation_is_kept() -> None:
    cleaned = clean_page_text("o\ufb03cial \ufb01rst \ufb02ows e\ufb00ort （中亚），")
    assert cleaned == "official first flows effort （中亚），"


def test_blank_lines_separate_paragraphs_and_controls_are_dropped() -> None:
    assert clean_page_text("one\x00 line\n\n\n two\x07\n") == "one line\ntwo"


def test_hyphen_without_letters_around_is_kept() -> None:
    assert clean_page_text("pages 5-\n23") == "pages 5- 23"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab-\n\r \ufffe\u00ad中，\ufb01Ж\x00"), max_size=400))
def test_never_raises_and_is_stable(text: str) -> None:
    once = clean_page_text(text)
    assert "\r" not in once and "\ufffe" not in once
    assert clean_page_text(once) == clean_page_text(clean_page_text(once))


def test_linear_time_on_a_huge_page() -> None:
    small = "word-\nwrap 中文\n" * 2_000
    start = time.perf_counter()
    clean_page_text(small)
    one = time.perf_counter() - start
    start = time.perf_counter()
    clean_page_text(small * 20)
    assert time.perf_counter() - start < max(one * 20 * 8, 0.5)
