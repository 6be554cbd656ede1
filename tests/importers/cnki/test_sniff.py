"""Each CNKI-related importer recognises its own format and no other (nor BibTeX or CSL-JSON)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from biblio.importers.base import Importer
from biblio.importers.cnki.estudy import CnkiEStudyImporter
from biblio.importers.cnki.html import CnkiHtmlImporter
from biblio.importers.cnki.text import CnkiTextImporter
from biblio.importers.tagged.noteexpress import NoteExpressImporter
from biblio.importers.tagged.refer import ReferImporter
from biblio.importers.tagged.refworks import RefWorksImporter
from biblio.importers.tagged.ris import RisImporter

DATA = Path(__file__).parents[2] / "data"
IMPORTERS: list[Importer] = [
    CnkiTextImporter(),
    CnkiHtmlImporter(),
    CnkiEStudyImporter(),
    NoteExpressImporter(),
    ReferImporter(),
    RefWorksImporter(),
    RisImporter(),
]
FILES = {
    "cnki/seed_002_central_asia.txt": "cnki",
    "cnki/thesis_phd.txt": "cnki",
    "cnki/conference.txt": "cnki",
    "cnki/multi_authors.txt": "cnki",
    "cnki/old_style.txt": "cnki",
    "cnki/masters_thesis.txt": "cnki",
    "cnki/custom_export.txt": "cnki-estudy",
    "cnki/detail_page.html": "cnki-html",
    "tagged/cnki_noteexpress.net": "noteexpress",
    "tagged/cnki_endnote.enw": "refer",
    "tagged/cnki_refworks.txt": "refworks",
    "tagged/cnki.ris": "ris",
}
OTHERS = [
    "@article{zhang2024,\n  title = {中亚国家多元平衡外交},\n  author = {张宁},\n  year = {2024}\n}\n",
    '[{"id": "zhang2024", "type": "article-journal", "title": "摘要 关键词", "issued": {"date-parts": [[2024]]}}]',
    '{"id": "a", "type": "book", "title": "{Title}: x"}',
    "张宁.中亚国家多元平衡外交:机遇与风险并存[J].俄罗斯学刊,2024,14(6):5-23.\n",
]


def test_importer_protocol() -> None:
    for importer in IMPORTERS:
        assert isinstance(importer, Importer)
    assert [i.name for i in IMPORTERS] == [
        "cnki",
        "cnki-html",
        "cnki-estudy",
        "noteexpress",
        "refer",
        "refworks",
        "ris",
    ]


@pytest.mark.parametrize(("path", "expected"), sorted(FILES.items()))
def test_own_format_wins(path: str, expected: str) -> None:
    text = (DATA / path).read_text(encoding="utf-8")
    scores = {importer.name: importer.sniff(text) for importer in IMPORTERS}
    assert max(scores, key=lambda name: scores[name]) == expected
    assert scores[expected] >= 0.5
    assert sorted(scores.values())[-2] < 0.2


@pytest.mark.parametrize("text", OTHERS)
def test_foreign_formats_are_not_claimed(text: str) -> None:
    for importer in IMPORTERS:
        assert importer.sniff(text) < 0.2, importer.name


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_sniff_is_a_probability_on_any_text(text: str) -> None:
    for importer in IMPORTERS:
        assert 0.0 <= importer.sniff(text) <= 1.0
