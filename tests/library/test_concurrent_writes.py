"""Two connections writing one library: an import sees what another committed while it ran; updates never lose edits."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from biblio.config import Config
from biblio.errors import UsageError
from biblio.importers.base import ImportResult
from biblio.importers.registry import get_importer
from biblio.library import Library
from biblio.library.autoexport import refresh_auto_exports, refresh_lock, register_auto_export
from biblio.library.editing import apply_edits
from biblio.reports import AddReport

BIB = """@article{{{key},
  title = {{{title}}},
  author = {{Zhang, Ning}},
  year = {{2020}},
  journal = {{Journal of Tests}},
}}
"""


def _parse(key: str, title: str) -> ImportResult:
    return get_importer("bibtex").parse(BIB.format(key=key, title=title))


def _import_while_another_adds(tmp_path: Path, other_title: str) -> tuple[AddReport, list[str]]:
    """Import two chunks; between them another connection stores ``li2021`` titled ``other_title``.

    Returns this import's report and every stored title.
    """
    root = tmp_path / "lib"
    with Library(Config(root)) as mine, Library(Config(root)) as other:
        other_file = tmp_path / "other.bib"
        other_file.write_text(BIB.format(key="li2021", title=other_title), encoding="utf-8")

        def chunks() -> Iterator[ImportResult]:
            yield _parse("zhang2020", "First Work")
            other.add_file(other_file)  # committed by another connection between two chunks of this import
            yield _parse("li2021", "Another Work")

        report = mine.add_parsed(chunks(), b"both", "both.bib", "bibtex")
        return report, sorted(r.title[0].value for r in mine.records())


def test_an_import_sees_keys_another_process_committed_while_it_ran(tmp_path: Path) -> None:
    """The keyed record arrives in the second chunk, after another connection stored the same record."""
    report, titles = _import_while_another_adds(tmp_path, "Another Work")
    assert (report.added, report.unchanged) == (["zhang2020"], ["li2021"])
    assert titles == ["Another Work", "First Work"]


def test_a_new_key_avoids_one_another_process_just_took(tmp_path: Path) -> None:
    """A different work under the same key, committed meanwhile: the import suffixes its key instead of failing."""
    report, titles = _import_while_another_adds(tmp_path, "A Different Work")
    assert report.added == ["zhang2020", "li2021a"]
    assert titles == ["A Different Work", "Another Work", "First Work"]


def test_update_reads_the_record_inside_the_write_transaction(tmp_path: Path) -> None:
    """An edit committed by another connection after this one last read the record is kept by update()."""
    root = tmp_path / "lib"
    source = tmp_path / "one.bib"
    source.write_text(BIB.format(key="zhang2020", title="First Work"), encoding="utf-8")
    with Library(Config(root)) as mine, Library(Config(root)) as other:
        mine.add_file(source)
        stale = mine.get("zhang2020")
        other.update("zhang2020", lambda r: apply_edits(r, [("volume", "", "7")]))
        written = mine.update("zhang2020", lambda r: apply_edits(r, [("pages", "", "1-9")]))
        assert (written.volume, written.pages) == ("7", "1-9")
        assert stale.volume == ""
        stored = other.get("zhang2020")
        assert (stored.volume, stored.pages) == ("7", "1-9")


def test_a_failed_update_writes_nothing(tmp_path: Path) -> None:
    source = tmp_path / "one.bib"
    source.write_text(BIB.format(key="zhang2020", title="First Work"), encoding="utf-8")
    with Library(Config(tmp_path / "lib")) as library:
        library.add_file(source)
        generation = library.store.generation()
        with pytest.raises(UsageError):
            library.update("zhang2020", lambda r: apply_edits(r, [("volume", "", "8"), ("date", "", "May 2020")]))
        assert library.get("zhang2020").volume == ""
        assert library.store.generation() == generation


def test_auto_export_refreshes_take_turns_and_read_after_their_turn_comes(tmp_path: Path) -> None:
    """A refresh waits for another process's refresh, then reads the store: a change committed meanwhile is in."""
    root, source, export = tmp_path / "lib", tmp_path / "one.bib", tmp_path / "refs.bib"
    source.write_text(BIB.format(key="zhang2020", title="First Work"), encoding="utf-8")
    with Library(Config(root)) as library:
        library.add_file(source)
        register_auto_export(library, export, "", "biblatex")
        uid = library.get("zhang2020").uid

    def refresh() -> None:
        with Library(Config(root), create=False) as other:  # its own connection, as another process has
            refresh_auto_exports(other, [uid], [])

    with refresh_lock(root):  # another process's refresh is running
        waiting = threading.Thread(target=refresh)
        waiting.start()
        waiting.join(0.5)
        assert waiting.is_alive(), "the refresh must wait for its turn"
        with Library(Config(root), create=False) as library:
            library.defer_export_refresh = lambda changed, removed: None  # this write's own refresh: not here
            library.update("zhang2020", lambda r: apply_edits(r, [("volume", "", "42")]))
        assert "42" not in export.read_text(encoding="utf-8")
    waiting.join(30)
    assert not waiting.is_alive()
    assert "volume = {42}" in export.read_text(encoding="utf-8")
