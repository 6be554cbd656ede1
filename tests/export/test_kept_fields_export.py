"""Values with no model slot (``Record.extra`` under :mod:`biblio.model.kept_fields` names) and the types
biblio folds into misc are exported again: CSL variables and types, BibLaTeX fields, entry types, name lists."""

from __future__ import annotations

from pathlib import Path

from biblio.export.bibtex import format_bibtex
from biblio.export.csl_json import record_to_csl
from biblio.importers.tagged.ris import RisImporter
from biblio.model import Record

RIS = Path(__file__).parents[1] / "data" / "tagged" / "ris_types.ris"


def _records() -> list[Record]:
    records = RisImporter().parse(RIS.read_text(encoding="utf-8")).records
    for index, record in enumerate(records):
        record.key = f"r{index}"
    return records


def test_csl_types_and_variables() -> None:
    bill, case, film, patent, sound, book, chapter, _, _ = (record_to_csl(r) for r in _records())
    assert (bill["type"], bill["chapter-number"], bill["references"]) == (
        "bill",
        "118th Congress, 1st Session",
        "Referred to the Committee on Foreign Affairs",
    )
    assert bill["authority"] == "House of Representatives" and bill["section"] == "5"
    assert case["type"] == "legal_case" and case["authority"] == "High Court of Justice"
    assert film["type"] == "motion_picture" and (film["medium"], film["dimensions"]) == ("DVD", "96 min")
    assert film["producer"] == [{"family": "Ivanov", "given": "Pavel"}]
    assert patent["type"] == "patent" and patent["status"] == "Granted"
    assert sound["type"] == "song" and sound["number-of-volumes"] == "2"
    assert book["number-of-volumes"] == "3"
    assert chapter["container-author"] == [{"family": "Allison", "given": "Roy"}] and chapter["chapter-number"] == "7"


def test_biblatex_types_fields_and_name_lists() -> None:
    records = _records()
    records[3].extra["holder"] = "Aral Water Technologies; Tashkent Hydro"
    text = format_bibtex(records)
    for head in ("@legislation{r0,", "@jurisdiction{r1,", "@movie{r2,", "@patent{r3,", "@audio{r4,"):
        assert head in text
    assert "holder = {Aral Water Technologies and Tashkent Hydro}" in text
    assert "bookauthor = {Allison, Roy}" in text and "volumes = {3}" in text and "chapter = {7}" in text
    classic = format_bibtex(records, dialect="bibtex")
    assert "@misc{r0," in classic and "@misc{r2," in classic  # BibTeX has no such types
