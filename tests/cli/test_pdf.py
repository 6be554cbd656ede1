"""PDFs through the CLI: add, attach, detach, open, remove, check, search inside (p. 14 in Chinese and Russian)."""

from __future__ import annotations

import io
import json
import os
import stat
import sys
from pathlib import Path

import pytest

from tests.cli.conftest import Result, Runner
from tests.pdfgen.build import PdfBuilder
from tests.pdfgen.texts import PAGE14


def _add(biblio: Runner, pdfs: PdfBuilder, *names: str) -> list[str]:
    done = biblio("add", *(str(pdfs.path(n)) for n in names), "--offline", "--json")
    assert done.code == 0, done.err
    return list(json.loads(done.out)["added"])


def _hits(biblio: Runner, query: str) -> list[dict[str, object]]:
    done = biblio("search", query, "--json")
    assert done.code == 0, done.err
    return list(json.loads(done.out))


@pytest.mark.parametrize("lang", ["zh", "ru"])
def test_search_finds_a_phrase_from_page_14_and_names_the_page(biblio: Runner, pdfs: PdfBuilder, lang: str) -> None:
    [key] = _add(biblio, pdfs, f"{lang}_long")
    phrase = PAGE14[lang]
    [hit] = _hits(biblio, f'"{phrase}"')
    assert hit["key"] == key and hit["page"] == 14
    assert str(hit["snippet"]).startswith("p. 14: ")
    table = biblio("search", phrase)
    assert "p. 14: " in table.out and table.code == 0
    assert [h["key"] for h in _hits(biblio, f"fulltext:{phrase.split()[-1]}")] == [key]


def test_metadata_matches_rank_above_full_text_matches(biblio: Runner, pdfs: PdfBuilder, tmp_path: Path) -> None:
    _add(biblio, pdfs, "ru_long")  # "Иртыша" only on page 14 of its PDF
    bib = tmp_path / "t.bib"
    bib.write_text("@book{irtysh, title={Иртыш: река и граница}, year={2010}, language={russian}}", encoding="utf-8")
    assert biblio("add", str(bib)).code == 0
    hits = _hits(biblio, "Иртыш")
    assert [h["key"] for h in hits] == ["irtysh", "ivanovvodnaia"]
    assert hits[0]["page"] is None and hits[1]["page"] == 14


def test_add_reports_guesses_and_errors(biblio: Runner, pdfs: PdfBuilder) -> None:
    done = biblio("add", str(pdfs.path("ru_long")), "--offline")
    assert done.code == 0 and done.out.startswith("added 1: ")
    assert "needs-review" in done.err
    bad = biblio("add", str(pdfs.path("encrypted")))
    assert bad.code == 1 and bad.err.count("\n") == 1 and "encrypted" in bad.err and "Traceback" not in bad.err
    cut = biblio("add", str(pdfs.path("truncated")))
    assert cut.code == 1 and "truncated" in cut.err
    scan = biblio("add", str(pdfs.path("scanned")), "--offline")
    assert scan.code == 0 and "no text layer: scanned? run OCR first" in scan.err


def _recording_opener(tmp_path: Path) -> tuple[str, Path]:
    log = tmp_path / "opened.txt"
    script = tmp_path / "opener.sh"
    script.write_text(f'#!/bin/sh\nprintf "%s\\n" "$1" >> "{log}"\n', encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return str(script), log


def test_attach_open_detach(
    biblio: Runner, pdfs: PdfBuilder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, library_dir: Path
) -> None:
    bib = tmp_path / "a.bib"
    bib.write_text("@book{a, title={A}, year={2001}}", encoding="utf-8")
    assert biblio("add", str(bib)).code == 0
    attached = biblio("attach", "a", str(pdfs.path("english_xmp")), str(pdfs.path("scanned")))
    assert attached.code == 0 and attached.out.count("attached files/") == 2
    assert "no text layer" in attached.err
    opener, log = _recording_opener(tmp_path)
    monkeypatch.setenv("BIBLIO_OPENER", opener)
    assert biblio("open", "a").code == 0
    first = Path(log.read_text(encoding="utf-8").strip())
    assert first.read_bytes() == pdfs.bytes("english_xmp") and first.is_relative_to(library_dir / "files")
    assert biblio("open", "a", "2").code == 0 and len(log.read_text(encoding="utf-8").split()) == 2
    monkeypatch.setenv("BIBLIO_OPENER", "")
    printed = biblio("open", "a")
    assert printed.code == 0 and Path(printed.out.strip()) == first
    assert biblio("open", "a", "3").code == 1
    shown = biblio("show", "a")
    assert "file         english_xmp.pdf (files/" in shown.out
    detached = biblio("detach", "a", "english_xmp.pdf")
    assert detached.code == 0 and "deleted files/" in detached.out and not first.exists()
    assert biblio("detach", "a", "nope.pdf").code == 1
    assert biblio("check").code == 0


def test_open_without_attachments(biblio: Runner, tmp_path: Path) -> None:
    bib = tmp_path / "a.bib"
    bib.write_text("@book{a, title={A}, year={2001}}", encoding="utf-8")
    biblio("add", str(bib))
    done = biblio("open", "a")
    assert done.code == 1 and "has no attached files" in done.err


def test_remove_asks_or_refuses(biblio: Runner, pdfs: PdfBuilder, monkeypatch: pytest.MonkeyPatch) -> None:
    first, second, third = _add(biblio, pdfs, "english_xmp", "english_arxiv", "ru_long")
    refused = biblio("remove", first)
    assert refused.code == 2 and "--delete-files or --keep-files" in refused.err
    assert biblio("show", first).code == 0
    kept = biblio("remove", first, "--keep-files")
    assert kept.code == 0 and "kept files/" in kept.out
    deleted = biblio("remove", second, "--delete-files")
    assert deleted.code == 0 and "deleted files/" in deleted.out

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stdin", Terminal("y\n"))
    asked = biblio("remove", third)
    assert asked.code == 0 and "deleted files/" in asked.out
    check = biblio("check")
    assert check.code == 0 and "1 files: ok" in check.out  # the kept one is still verified


def test_check_reports_a_changed_attachment(biblio: Runner, pdfs: PdfBuilder, library_dir: Path) -> None:
    _add(biblio, pdfs, "english_xmp")
    [path] = list((library_dir / "files").rglob("*.pdf"))
    os.chmod(path, 0o644)
    path.write_bytes(path.read_bytes() + b"%")
    done: Result = biblio("check")
    assert done.code == 1 and "attached file changed on disk" in done.out
