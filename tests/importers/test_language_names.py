"""Language values as real exports write them (RIS LA, Refer %G, Zotero, library catalogues) -> BCP 47 tags."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from biblio.importers.fieldmap import language_code
from biblio.importers.tagged.ris import RisImporter


@pytest.mark.parametrize(
    ("value", "tag"),
    [
        # MARC / ISO 639-2 bibliographic and terminology codes
        ("ger", "de"), ("cze", "cs"), ("ces", "cs"), ("pol", "pl"), ("dut", "nl"), ("tib", "bo"), ("uig", "ug"),
        ("arm", "hy"), ("geo", "ka"),
        # BCP 47 and POSIX tags with a region or a script
        ("en-US", "en-US"), ("en_GB", "en-GB"), ("pt_BR", "pt-BR"), ("zh-Hans", "zh-Hans"), ("sr-Cyrl", "sr-Cyrl"),
        # English names, and names in the language itself
        ("Czech", "cs"), ("Tibetan", "bo"), ("Uyghur", "ug"), ("русский", "ru"), ("русский язык", "ru"),
        ("日本語", "ja"), ("한국어", "ko"), ("қазақ тілі", "kk"), ("українська", "uk"), ("o‘zbek", "uz"),
        # names in other languages' words, as catalogues in Germany, France, Spain or Japan write them
        ("Englisch", "en"), ("anglais", "en"), ("inglés", "en"), ("英語", "en"), ("Russisch", "ru"), ("russe", "ru"),
        ("Mandarin", "zh"),
        # catalogue phrasing and punctuation around the name (MARC 546 "In English.", brackets, slashes)
        ("English.", "en"), ("In English.", "en"), ("Text in Russian and English", "ru"), ("[German]", "de"),
        ("Chinese (Simplified)", "zh"), ("Chinese/English", "zh"),
        # the common values the fast table answers, unchanged
        ("中文", "zh"), ("English", "en"), ("zh-CN", "zh"), ("rus", "ru"),
    ],
)  # fmt: skip
def test_language_values_of_every_kind_become_tags(value: str, tag: str) -> None:
    assert language_code(value) == tag


@pytest.mark.parametrize("value", ["", "value", "LA value", "x", "Not a language at all", "12"])
def test_free_text_is_not_a_language(value: str) -> None:
    """A short word in free text ("la" in "LA value") is not taken for a language code."""
    assert language_code(value) == ""


def test_a_catalogue_record_keeps_its_marc_language() -> None:
    """A RIS record from a library catalogue with MARC's `cze`: the record's language, not a kept unknown value."""
    text = "TY  - BOOK\nTI  - Dějiny Střední Asie\nAU  - Novák, Jan\nLA  - cze\nPY  - 2010\nER  - \n"
    [record] = RisImporter().parse(text).records
    assert record.language == "cs"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_value_is_read_quickly(value: str) -> None:
    start = time.process_time()
    language_code(value)
    assert time.process_time() - start < 0.5  # the CLDR tables load once (about 0.1 s); then a lookup
