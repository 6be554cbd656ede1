"""The JabRef / Better BibTeX ``file`` field: ``:path:PDF``, escapes, relative and absolute paths."""

from __future__ import annotations

from pathlib import Path

from biblio.export.bibtex import format_bibtex
from biblio.export.files import file_field, jabref_escape, with_file_fields
from biblio.model import Attachment, EntryType, LangText, Record

PDF = Attachment("files/ab/ab12.pdf", "application/pdf", "paper.pdf", "ab12")
NOTES = Attachment("files/cd/cd34.txt", "text/plain", "notes.txt", "cd34")


def test_escapes_are_jabrefs() -> None:
    assert jabref_escape(r"C:\papers;x") == r"C\:\\papers\;x"


def test_relative_and_absolute_paths(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    assert (
        file_field([PDF, NOTES], root, tmp_path / "exports")
        == ":../lib/files/ab/ab12.pdf:PDF;:../lib/files/cd/cd34.txt:TXT"
    )
    assert file_field([PDF], root, None) == f":{root.resolve()}/files/ab/ab12.pdf:PDF"


def test_a_path_with_colon_and_semicolon_survives_the_bibtex_writer(tmp_path: Path) -> None:
    root = tmp_path / "odd:lib;1"
    record = Record(type=EntryType.ARTICLE, key="k", title=(LangText("T", "en"),), attachments=[PDF])
    record.extra["file"] = r"\input{evil}"  # an imported value is replaced, never written
    [with_file] = with_file_fields([record], root, None)
    text = format_bibtex([with_file])
    assert r"odd\:lib\;1/files/ab/ab12.pdf:PDF}" in text
    assert "evil" not in text and "\\input" not in text


def test_records_without_attachments_are_unchanged(tmp_path: Path) -> None:
    record = Record(type=EntryType.BOOK, key="b", title=(LangText("B", "en"),))
    assert with_file_fields([record], tmp_path, None) == [record]
    assert "file" not in format_bibtex([record])
