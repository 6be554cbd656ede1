"""Adding PDFs as records, attaching, detaching, removing with files, checking: on real PDFs made by xelatex."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from biblio.errors import InputError, UnknownKeyError
from biblio.importers.pdf.record import NEEDS_REVIEW
from biblio.library import Library
from biblio.library import attachments as att
from biblio.store import files as stored_files
from tests.library.conftest import snapshot
from tests.pdfgen.build import PdfBuilder
from tests.pdfgen.compare import found_in_order


def _add(library: Library, pdfs: PdfBuilder, name: str) -> str:
    report = library.add_file(pdfs.path(name), offline=True)
    assert report.formats == ["pdf"]
    keys = report.added + report.updated + report.unchanged
    assert len(keys) == 1
    return keys[0]


def test_cnki_pdf_becomes_a_complete_record_with_its_file_and_pages(library: Library, pdfs: PdfBuilder) -> None:
    key = _add(library, pdfs, "zh_long")
    record = library.get(key)
    assert record.main_title() == "中亚国家多元平衡外交的演进与前景"
    assert record.container[0].value == "俄罗斯学刊" and record.date == "2024"
    assert NEEDS_REVIEW not in record.tags
    [attachment] = record.attachments
    assert attachment.description == "zh_long.pdf" and attachment.mime == "application/pdf"
    assert attachment.path == f"files/{attachment.sha256[:2]}/{attachment.sha256}.pdf"
    assert (library.root / attachment.path).read_bytes() == pdfs.bytes("zh_long")
    [text] = stored_files.attached_texts(library.store.db, [record.uid])[record.uid]
    document = pdfs.document("zh_long")
    assert len(text.pages) == len(document.pages)
    assert all(found_in_order(document.pages[n], text.pages[n - 1]) >= 0.98 for n in document.pages)


def test_guessed_record_is_tagged_for_review_and_keeps_its_facts_as_source(library: Library, pdfs: PdfBuilder) -> None:
    report = library.add_file(pdfs.path("ru_long"), offline=True)
    assert any("needs-review" in w for w in report.warnings)
    record = library.get(report.added[0])
    assert NEEDS_REVIEW in record.tags and record.authors[0].family == "Иванов"
    assert record.provenance is not None and record.provenance.source.endswith(".json")
    kept = json.loads((library.root / record.provenance.source).read_text(encoding="utf-8"))
    assert kept["biblio-pdf-facts"] == 1 and kept["page_count"] == 22


def test_same_pdf_again_is_unchanged_and_stored_once(library: Library, pdfs: PdfBuilder) -> None:
    key = _add(library, pdfs, "english_twocolumn")
    again = library.add_file(pdfs.path("english_twocolumn"), offline=True)
    assert again.unchanged == [key] and not again.added
    assert library.count() == 1
    assert len(list((library.root / "files").rglob("*.pdf"))) == 1


def test_pdf_with_a_doi_is_attached_to_the_stored_record(library: Library, pdfs: PdfBuilder) -> None:
    bib = b"@article{petrova2024, title={Water and Power}, author={Petrova, Anna}, year={2024},"
    bib += b" doi={10.5555/CAS.2024.0042}}"
    library.add_bytes(bib, "refs.bib")
    report = library.add_file(pdfs.path("english_twocolumn"), offline=True)
    assert report.updated == ["petrova2024"] and not report.added
    record = library.get("petrova2024")
    assert record.main_title() == "Water and Power" and NEEDS_REVIEW not in record.tags
    assert [a.description for a in record.attachments] == ["english_twocolumn.pdf"]


def test_cnki_pdf_is_attached_to_the_same_work_by_title_and_year(library: Library, pdfs: PdfBuilder) -> None:
    csl = [{"id": "zhang2024", "type": "article-journal", "title": "中亚国家多元平衡外交的演进与前景"}]
    csl[0]["issued"] = {"date-parts": [[2024]]}  # type: ignore[assignment]
    library.add_bytes(json.dumps(csl, ensure_ascii=False).encode(), "items.json")
    report = library.add_file(pdfs.path("zh_long"), offline=True)
    assert report.updated == ["zhang2024"] and library.count() == 1


def test_a_guessed_title_never_attaches_to_a_stored_record(library: Library, pdfs: PdfBuilder) -> None:
    csl = [{"id": "other", "type": "book", "title": "Водная дипломатия государств Центральной Азии"}]
    library.add_bytes(json.dumps(csl, ensure_ascii=False).encode(), "items.json")
    report = library.add_file(pdfs.path("ru_long"), offline=True)
    assert report.added and library.count() == 2


@pytest.mark.parametrize(
    ("name", "message"),
    [("encrypted", "encrypted"), ("truncated", "truncated")],
)
def test_unreadable_pdf_fails_and_changes_nothing(library: Library, pdfs: PdfBuilder, name: str, message: str) -> None:
    _add(library, pdfs, "english_xmp")
    before = snapshot(library)
    with pytest.raises(InputError, match=message):
        library.add_file(pdfs.path(name), offline=True)
    with pytest.raises(InputError, match=message):
        att.attach(library, library.records().__next__().key, [pdfs.path(name)])
    assert snapshot(library) == before


def test_failure_inside_the_transaction_leaves_no_file_behind(
    library: Library, pdfs: PdfBuilder, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add(library, pdfs, "english_xmp")
    before = snapshot(library)

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(stored_files, "sync_attachments", broken)
    with pytest.raises(RuntimeError, match="disk full"):
        library.add_file(pdfs.path("ru_long"), offline=True)
    assert snapshot(library) == before


def test_scanned_pdf_is_kept_with_a_warning_and_no_text(library: Library, pdfs: PdfBuilder) -> None:
    report = library.add_file(pdfs.path("scanned"), offline=True)
    assert any(w.endswith("no text layer: scanned? run OCR first") for w in report.warnings)
    record = library.get(report.added[0])
    assert len(record.attachments) == 1
    assert stored_files.attached_texts(library.store.db, [record.uid]) == {}


def test_attach_detach_and_shared_files(library: Library, pdfs: PdfBuilder, tmp_path: Path) -> None:
    library.add_bytes(b"@book{a, title={A}, year={2001}}\n@book{b, title={B}, year={2002}}", "x.bib")
    notes = tmp_path / "notes.txt"
    notes.write_text("reading notes", encoding="utf-8")
    report = att.attach(library, "a", [pdfs.path("english_xmp"), notes])
    assert len(report.attached) == 2 and report.warnings == []
    assert att.attach(library, "a", [notes]).already == [report.attached[1]]
    att.attach(library, "b", [pdfs.path("english_xmp")])  # the same file, stored once
    assert len(list((library.root / "files").rglob("*.*"))) == 2
    shared = att.detach(library, "b", "english_xmp.pdf")
    assert shared.deleted == [] and (library.root / report.attached[0]).exists()  # "a" still has it
    gone = att.detach(library, "a", "1")
    assert gone.deleted == [report.attached[0]] and not (library.root / report.attached[0]).exists()
    kept = att.detach(library, "a", "notes.txt", keep_file=True)
    assert kept.kept == [report.attached[1]] and (library.root / report.attached[1]).exists()
    with pytest.raises(InputError, match="has no attachment"):
        att.detach(library, "a", "nothing.pdf")


def test_attach_is_all_or_nothing(library: Library, pdfs: PdfBuilder, tmp_path: Path) -> None:
    library.add_bytes(b"@book{a, title={A}, year={2001}}", "x.bib")
    before = snapshot(library)
    with pytest.raises(InputError, match="no such file"):
        att.attach(library, "a", [pdfs.path("english_xmp"), tmp_path / "missing.pdf"])
    with pytest.raises(UnknownKeyError):
        att.attach(library, "zzz", [pdfs.path("english_xmp")])
    assert snapshot(library) == before


def test_remove_with_and_without_files(library: Library, pdfs: PdfBuilder) -> None:
    first = _add(library, pdfs, "english_xmp")
    second = _add(library, pdfs, "english_arxiv")
    path_first = library.root / library.get(first).attachments[0].path
    assert att.files_only_of(library, [first]) == [library.get(first).attachments[0].path]
    kept = att.remove_with_files(library, [first], delete_files=False)
    assert kept.kept and path_first.exists() and library.check().ok
    path_second = library.root / library.get(second).attachments[0].path
    deleted = att.remove_with_files(library, [second], delete_files=True)
    assert deleted.deleted and not path_second.exists() and library.check().ok


def test_check_finds_missing_and_changed_files(library: Library, pdfs: PdfBuilder) -> None:
    key = _add(library, pdfs, "english_xmp")
    other = _add(library, pdfs, "english_arxiv")
    assert library.check().ok and library.check().files == 2
    (library.root / library.get(key).attachments[0].path).unlink()
    with (library.root / library.get(other).attachments[0].path).open("ab") as handle:
        handle.write(b"x")
    problems = library.check().problems
    assert any(p.startswith("attached file missing: files/") for p in problems)
    assert any(p.startswith("attached file changed on disk: files/") for p in problems)


def test_editing_a_record_keeps_its_attachment_and_text(library: Library, pdfs: PdfBuilder) -> None:
    key = _add(library, pdfs, "ru_long")
    record = library.get(key)
    record.tags = []
    library.save(record)
    assert library.get(key).attachments == record.attachments
    assert stored_files.attached_texts(library.store.db, [record.uid])[record.uid][0].pages[13]


def test_attachment_paths_stay_inside_the_library(library: Library, pdfs: PdfBuilder) -> None:
    key = _add(library, pdfs, "english_xmp")
    [path] = att.attachment_paths(library, key)
    assert path.is_relative_to(library.root / "files") and path.is_file()
    with library.store.transaction() as db:
        db.execute("UPDATE attachments SET path = '../../etc/passwd'")
    with pytest.raises(Exception, match="outside the library"):
        att.attachment_paths(library, key)
