"""A series editor is kept apart from the work's editors (RIS ``A2``/``A3``, Refer ``%Y``), so no export prints
one as the book's editor. Which tag holds whom follows the RIS specification's per-type lists ("Editor" /
"Editor, Series") and Zotero's RIS map where the specification is silent; the records are written here."""

from __future__ import annotations

import json

import pytest

from biblio.export.bibtex import format_bibtex
from biblio.export.csl_json import record_to_csl
from biblio.importers.tagged.record import move_tertiary
from biblio.importers.tagged.refer import ReferImporter
from biblio.importers.tagged.refworks import RefWorksImporter
from biblio.importers.tagged.ris import RisImporter
from biblio.model import EntryType, Record


def _ris(code: str, **tags: str) -> Record:
    lines = [f"TY  - {code}", "TI  - Steppe empires and their neighbours", "PY  - 2019"]
    lines += [f"{tag}  - {value}" for tag, value in tags.items()]
    result = RisImporter().parse("\n".join([*lines, "ER  - ", ""]))
    assert not result.problems
    return result.records[0]


# (RIS type, tag): the specification's label for it
SERIES_EDITOR_TAGS = [
    ("BOOK", "A2"),
    ("CLSWK", "A2"),
    ("EDBOOK", "A2"),
    ("COMP", "A2"),
    ("MAP", "A2"),
    ("RPRT", "A2"),
    ("UNPB", "A2"),
    ("WEB", "A2"),
    ("CHAP", "A3"),
    ("ECHAP", "A3"),
    ("CONF", "A3"),
    ("EBOOK", "A3"),
    ("SER", "A3"),
    ("RPRT", "A3"),  # Zotero's map (the specification's label is "Publisher")
    ("GOVDOC", "A3"),
]
EDITOR_TAGS = [("BOOK", "A3"), ("CHAP", "A2"), ("ECHAP", "A2"), ("EBOOK", "A2"), ("SER", "A2"), ("CONF", "A2")]


@pytest.mark.parametrize(("code", "tag"), SERIES_EDITOR_TAGS)
def test_the_series_editor_tag_of_each_type(code: str, tag: str) -> None:
    record = _ris(code, AU="Golden, Peter B.", **{tag: "Rossabi, Morris"})
    assert record.extra["serieseditor"] == "Rossabi, Morris"
    assert "Rossabi" not in {e.family for e in record.editors}


@pytest.mark.parametrize(("code", "tag"), EDITOR_TAGS)
def test_the_editor_tag_of_each_type(code: str, tag: str) -> None:
    record = _ris(code, AU="Golden, Peter B.", **{tag: "Rossabi, Morris"})
    assert [e.family for e in record.editors] == ["Rossabi"] and "serieseditor" not in record.extra


def test_several_series_editors_are_parsed_as_names() -> None:
    """Role words and one-line lists are read as for editors ("[series editor]", "; " between people)."""
    record = _ris("CHAP", A3="Black, D. [series editor]", T2="Handbook")
    assert record.extra["serieseditor"] == "Black, D."
    book = _ris("BOOK", A2="Frank, Andre Gunder; Gills, Barry K.")
    assert book.extra["serieseditor"] == "Frank, Andre Gunder; Gills, Barry K."


def test_a_thesis_a3_stays_its_advisor() -> None:
    assert _ris("THES", A3="Fletcher, Joseph").extra["advisor"] == "Fletcher, Joseph"


def test_refer_tertiary_author_of_a_chapter_and_of_a_book() -> None:
    text = (
        "%0 Book Section\n%T The Mongol conquests\n%A Allsen, Thomas\n%E Cambridge, Editor\n"
        "%Y Twitchett, Denis\n%B The Cambridge History of China\n%D 1994\n\n"
        "%0 Book\n%T Inner Asian frontiers of China\n%A Lattimore, Owen\n%Y Pelliot, Paul\n%D 1940\n"
    )
    chapter, book = ReferImporter().parse(text).records
    assert chapter.extra["serieseditor"] == "Twitchett, Denis" and [e.family for e in chapter.editors] == ["Cambridge"]
    assert [e.family for e in book.editors] == ["Pelliot"] and "serieseditor" not in book.extra


def test_exports_do_not_print_a_series_editor_as_an_editor() -> None:
    record = _ris("BOOK", AU="Golden, Peter B.", A2="Rossabi, Morris", A3="Sinor, Denis", PB="Brill")
    record.key = "golden2019"
    bib = format_bibtex([record], "biblatex")
    assert "editor = {Sinor, Denis}" in bib and "Rossabi" not in bib.split("editor = ", 1)[1].split("\n", 1)[0]
    csl = json.loads(json.dumps(record_to_csl(record)))
    assert csl["collection-editor"] == [{"family": "Rossabi", "given": "Morris"}]
    assert csl["editor"] == [{"family": "Sinor", "given": "Denis"}]


@pytest.mark.parametrize(
    ("kind", "role"),
    [
        ("Book, Section", "serieseditor"),
        ("Report", "serieseditor"),
        ("Book, Whole", "editor"),
        ("Dissertation/Thesis", "advisor"),
    ],
)
def test_refworks_tertiary_authors_by_type(kind: str, role: str) -> None:
    """RefWorks ``A3``: a thesis's advisor (CNKI), a book's editor, else a series editor (Zotero's RefWorks map)."""
    text = f"RT {kind}\nT1 Nomads and the outside world\nA1 Khazanov, Anatoly\nA3 Gellner, Ernest\nYR 1984\n"
    record = RefWorksImporter().parse(text).records[0]
    editors = [e.family for e in record.editors]
    assert (editors == ["Gellner"]) == (role == "editor")
    assert (record.extra.get(role) == "Gellner, Ernest") == (role != "editor")


@pytest.mark.parametrize(
    ("kind", "genre", "book_editor", "report_author", "target"),
    [
        (EntryType.THESIS, "", False, False, "advisor"),
        (EntryType.MISC, "硕士学位论文", True, True, "advisor"),  # the genre names a degree: CNKI's 导师
        (EntryType.BOOK, "", True, False, "editor"),
        (EntryType.BOOK, "", False, False, "extra:serieseditor"),
        (EntryType.REPORT, "", False, True, "extra:tertiaryauthor"),
        (EntryType.REPORT, "", True, False, "extra:serieseditor"),
        (EntryType.INCOLLECTION, "", True, True, "extra:serieseditor"),
    ],
)
def test_tertiary_authors_go_where_the_type_and_format_say(
    kind: EntryType, genre: str, book_editor: bool, report_author: bool, target: str
) -> None:
    fields = {"tertiary": ["Li, Ming", "Wang, Fang"], "genre": [genre] if genre else []}
    move_tertiary(fields, kind, "tertiary", book_editor=book_editor, report_author=report_author)
    assert fields.get(target) == ["Li, Ming", "Wang, Fang"]
    assert "tertiary" not in fields


def test_no_tertiary_authors_leave_the_fields_alone() -> None:
    fields: dict[str, list[str]] = {"title": ["T"]}
    move_tertiary(fields, EntryType.BOOK, "tertiary", book_editor=True)
    assert fields == {"title": ["T"]}
