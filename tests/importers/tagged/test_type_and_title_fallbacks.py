"""RIS records whose ``TY`` is a type's name or no known code, and tagged records with a short title only:
written here in the shapes of tools that write them (EndNote type names in ``TY``, exports missing ``TI``)."""

from __future__ import annotations

import pytest

from biblio.importers.tagged.refer import ReferImporter
from biblio.importers.tagged.ris import RisImporter
from biblio.model import EntryType, Record


def _one(text: str) -> tuple[Record, list[str]]:
    result = RisImporter().parse(text)
    assert len(result.records) == 1
    return result.records[0], [p.message for p in result.problems]


@pytest.mark.parametrize(
    ("stated", "kind"),
    [
        ("Journal Article", EntryType.ARTICLE),
        ("journal  article", EntryType.ARTICLE),
        ("Book Section", EntryType.INCOLLECTION),
        ("Book", EntryType.BOOK),
        ("Thesis", EntryType.THESIS),
        ("Conference Proceedings", EntryType.INPROCEEDINGS),
    ],
)
def test_a_type_name_in_ty_is_that_type(stated: str, kind: EntryType) -> None:
    record, problems = _one(f"TY  - {stated}\nTI  - Oases of the Tarim basin\nPY  - 2010\nER  - \n")
    assert record.type is kind and problems == []


def test_an_unknown_ty_is_kept_said_and_the_type_read_from_the_fields() -> None:
    text = "TY  - ARTICLE\nTI  - Oases of the Tarim basin\nJO  - Central Asian Survey\nVL  - 12\nPY  - 1993\nER  - \n"
    record, problems = _one(text)
    assert record.type is EntryType.ARTICLE and record.extra["ris-ty"] == "ARTICLE"
    assert problems == ["unknown RIS type 'ARTICLE': read as article"]
    record, problems = _one("TY  - XYZZY\nTI  - Notes on a journey\nPY  - 1993\nER  - \n")
    assert record.type is EntryType.MISC and record.extra["ris-ty"] == "XYZZY"
    assert problems == ["unknown RIS type 'XYZZY': read as misc"]


@pytest.mark.parametrize("code", ["ART", "ANCIENT", "GRANT", "UNBILL", "GEN"])
def test_a_code_the_specification_defines_is_no_unknown_type(code: str) -> None:
    record, problems = _one(f"TY  - {code}\nTI  - Portrait of a Kazakh poet\nPY  - 1960\nER  - \n")
    assert record.type is EntryType.MISC and "ris-ty" not in record.extra and problems == []


def test_a_short_title_alone_titles_the_record() -> None:
    """EndNote exports missing the full title (Zotero does the same): no "without a title" warning."""
    record, problems = _one(
        "TY  - JOUR\nAU  - Petrov, Ivan\nST  - Состояние вопроса\nJO  - Vestnik\nPY  - 2009\nER  - \n"
    )
    assert record.title[0].value == "Состояние вопроса" and problems == []
    record, problems = _one("TY  - JOUR\nTI  - The full title\nST  - Full\nPY  - 2009\nER  - \n")
    assert record.title[0].value == "The full title"
    refer = ReferImporter().parse("%0 Book\n%A Lattimore, Owen\n%! Inner Asian frontiers\n%D 1940\n")
    assert refer.records[0].title[0].value == "Inner Asian frontiers" and refer.problems == []
