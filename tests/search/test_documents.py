"""Record -> index document: which values go where, name forms and romanization."""

from __future__ import annotations

import sys

import pytest

from biblio.model import EntryType, Funding, LangText, Name, Record
from biblio.names.romanize import romanize_name
from biblio.search.documents import make_romanizer, name_strings, record_document, snippet_source


def test_document_fields() -> None:
    record = Record(
        type=EntryType.ARTICLE,
        key="Key2024",
        title=(LangText("中亚", "zh"), LangText("Central Asia", "en")),
        subtitle=(LangText("Risks", "en"),),
        authors=[Name(family="张", given="宁", script="Hani")],
        container=(LangText("俄罗斯学刊", "zh"),),
        date="2024-06",
        language="zh-CN",
        doi="10.1/ABC",
        tags=["A,B", "to-read"],
        funding=[Funding(funder="NSSF", grant="23&ZD331")],
        abstract=(LangText("x" * 1000, "en"),),
        fulltext="body text",
    )
    doc = record_document(record, make_romanizer())
    assert "中亚" in doc["title"] and "Central Asia" in doc["title"] and "Risks" in doc["title"]
    assert doc["key"] == "key2024" and doc["s_key"] == "Key2024"
    assert doc["year"] == "2024" and doc["s_year"] == 2024
    assert doc["lang"] == "zh" and doc["type"] == "article" and doc["doi"] == "10.1/abc"
    assert doc["tag"] == "a b,to-read"
    assert "23&ZD331" in doc["other"]
    assert doc["journal"] == "俄罗斯学刊" and doc["fulltext"] == "body text"
    assert doc["s_title"] == "中亚" and doc["s_alt"] == "Central Asia / Risks"
    assert doc["s_authors"] == ["张宁"]
    assert "s_snip" not in doc and len(snippet_source(record)) == 1000
    assert "中亚" not in doc["spell"] and "Central" in doc["spell"]


def test_chinese_names_get_pinyin() -> None:
    forms = name_strings(Name(family="张", given="宁", script="Hani"), make_romanizer())
    assert "张宁" in forms
    assert any("zhang" in f.lower() and "ning" in f.lower() for f in forms)


def test_name_forms_include_original_and_romanized() -> None:
    name = Name(literal="斯皮克曼", original="N.J.Spykman", romanized="Si Pi Ke Man", script="Hani")
    forms = name_strings(name, make_romanizer())
    assert {"斯皮克曼", "N.J.Spykman", "Si Pi Ke Man"} <= set(forms)


def test_a_failing_romanizer_does_not_stop_indexing() -> None:
    def broken(name: Name) -> str:
        raise ValueError("boom")

    assert "张宁" in name_strings(Name(family="张", given="宁", script="Hani"), broken)


def test_empty_values_are_left_out() -> None:
    doc = record_document(Record(key="k", uid="u"), make_romanizer())
    assert set(doc) == {"uid", "key", "s_key", "type"}


def test_romanizer_is_the_names_packages() -> None:
    name = Name(family="单", given="田芳", script="Hani")  # 单 as a surname is Shan, not Dan
    assert make_romanizer()(name) == romanize_name(name).romanized
    forms = name_strings(name, make_romanizer())
    assert romanize_name(name).romanized in forms


def test_a_broken_names_package_is_an_error_not_a_silent_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "biblio.names.romanize", None)  # import now raises ImportError
    with pytest.raises(ImportError, match=r"biblio\.names\.romanize"):
        make_romanizer()
