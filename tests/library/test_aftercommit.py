"""Derived state follows every write, after its COMMIT: the index generation equals the store's after each
writing command (run through the CLI), the next search does not rebuild, and a transaction that raises
leaves the index and every auto-export file as they were."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from biblio.cli.main import main
from biblio.config import INDEX_DIR, Config
from biblio.library import Library
from biblio.library.autoexport import register_auto_export
from biblio.model import LangText
from biblio.store.changes import Changes
from tests.test_lookup import REFERENCE

DATA = Path(__file__).resolve().parent.parent / "data"
SEED = DATA / "cnki" / "seed_002_central_asia.txt"
ENGLISH = DATA / "authority" / "grand_chessboard.bib"
RUSSIAN = DATA / "authority" / "russian_refs.txt"
DUPLICATES = (
    "Бжезинский З. Великая шахматная доска. М.: Международные отношения, 1998. 256 с.\n"
    "Бжезинский З. Великая шахматная доска: господство Америки. М., 1998.\n"
)
Cli = Callable[..., str]


@pytest.fixture
def lib_dir(tmp_path: Path) -> Path:
    """A library with the seed article, its cited books, a duplicate pair, an index and an auto-export."""
    root = tmp_path / "lib"
    duplicates = tmp_path / "dups.txt"
    duplicates.write_text(DUPLICATES, encoding="utf-8")
    for args in (["add", str(SEED)], ["add", str(duplicates), "--format", "reflist"], ["search", "Spykman"]):
        assert main(["--library", str(root), *args]) == 0
    export = ["export", "--keep-updated", str(tmp_path / "refs.bib"), "--profile", "gb7714"]
    assert main(["--library", str(root), *export]) == 0
    return root


@pytest.fixture
def cli(lib_dir: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    """Run one command on the library; it must succeed; returns its standard output."""

    def run(*args: str) -> str:
        code = main(["--library", str(lib_dir), *args])
        captured = capsys.readouterr()
        assert code == 0, captured.err
        return captured.out

    return run


def _generations(root: Path) -> tuple[int, int | None, str]:
    """(store generation, index generation, the index folder in use)."""
    with Library(Config(library=root), create=False) as library:
        state = json.loads((root / INDEX_DIR / "current.json").read_text(encoding="utf-8"))
        return library.store.generation(), library.index.generation(), str(state["dir"])


def _assert_index_current(root: Path, cli: Cli, before: int, *, wrote: bool = True) -> None:
    store, index, folder = _generations(root)
    assert store > before if wrote else store == before  # the command wrote records (or only bookkeeping)
    assert index == store
    cli("search", "Spykman")
    assert _generations(root) == (store, index, folder)  # the search used the index as it was: no rebuild


def _duplicate_keys(cli: Cli) -> tuple[str, str]:
    pairs = json.loads(cli("dedup", "--json"))
    keep, drop = pairs[0]["keys"]
    return str(keep), str(drop)


STEPS: dict[str, list[list[str]]] = {
    "add": [["add", str(ENGLISH)]],
    "add-reflist": [["add", str(RUSSIAN), "--format", "reflist"]],
    "edit": [["edit", "maijinde1985lishi", "volume=3"]],
    "remove": [["remove", "spykman1965heping"]],
    "link": [["link", "maijinde1985lishi", "related", "spykman1965heping"]],
    "unlink": [
        ["link", "maijinde1985lishi", "related", "spykman1965heping"],
        ["unlink", "maijinde1985lishi", "related", "spykman1965heping"],
    ],
    "person-split": [["person", "split", "Spykman", "斯皮克曼"]],
    "person-merge": [["person", "split", "Spykman", "斯皮克曼"], ["person", "merge", "斯皮克曼", "spykman"]],
}


@pytest.mark.parametrize("name", sorted(STEPS))
def test_each_writing_command_leaves_the_index_current(name: str, lib_dir: Path, cli: Cli) -> None:
    for args in STEPS[name]:
        before = _generations(lib_dir)[0]
        cli(*args)
        _assert_index_current(lib_dir, cli, before)


def test_dedup_merge_and_undo_leave_the_index_current(lib_dir: Path, cli: Cli) -> None:
    keep, drop = _duplicate_keys(cli)
    before = _generations(lib_dir)[0]
    assert "merge 1" in cli("dedup", "--merge", keep, drop)
    _assert_index_current(lib_dir, cli, before)
    assert drop not in cli("search", "Бжезинский", "--json")
    before = _generations(lib_dir)[0]
    cli("dedup", "--undo", "1")
    _assert_index_current(lib_dir, cli, before)
    assert drop in cli("search", "Бжезинский", "--json")


def test_registering_and_removing_an_auto_export_leave_the_index_current(
    lib_dir: Path, cli: Cli, tmp_path: Path
) -> None:
    before = _generations(lib_dir)[0]
    assert "wrote 1 records" in cli("export", "Spykman", "--keep-updated", str(tmp_path / "spykman.bib"))
    _assert_index_current(lib_dir, cli, before, wrote=False)
    cli("exports", "--remove", "2")
    _assert_index_current(lib_dir, cli, before, wrote=False)


def test_link_detect_leaves_the_index_current(lib_dir: Path, cli: Cli) -> None:
    cli("add", str(ENGLISH))
    cli("unlink", "burejinsiji2007daqiju", "translation-of", "brzezinski1997grand")
    before = _generations(lib_dir)[0]
    assert "linked: burejinsiji2007daqiju" in cli("link", "--detect")
    _assert_index_current(lib_dir, cli, before)


def test_attach_detach_and_remove_with_files_leave_the_index_current(lib_dir: Path, cli: Cli, tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("Heartland notes on the pivot area\n", encoding="utf-8")
    for args in (
        ["attach", "maijinde1985lishi", str(notes)],
        ["detach", "maijinde1985lishi", "notes.txt"],
        ["attach", "spykman1965heping", str(notes)],
        ["remove", "spykman1965heping", "--delete-files"],
    ):
        before = _generations(lib_dir)[0]
        cli(*args)
        _assert_index_current(lib_dir, cli, before)


@pytest.fixture
def crossref(httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch) -> HTTPServer:
    """Crossref answers from a recorded file on a local server."""
    monkeypatch.setenv("BIBLIO_CROSSREF_URL", httpserver.url_for("/crossref"))
    monkeypatch.setenv("BIBLIO_CONTACT_EMAIL", "tests@example.org")
    monkeypatch.delenv("BIBLIO_OFFLINE", raising=False)
    answer = (DATA / "net" / "crossref_query.json").read_bytes()
    httpserver.expect_request("/crossref/works").respond_with_data(answer)
    return httpserver


def test_lookup_apply_leaves_the_index_current(crossref: HTTPServer, lib_dir: Path, cli: Cli, tmp_path: Path) -> None:
    refs = tmp_path / "refs.json"
    refs.write_text(json.dumps([REFERENCE]), encoding="utf-8")
    cli("add", str(refs))
    before = _generations(lib_dir)[0]
    cli("lookup", "ref1", "--apply", "1")
    _assert_index_current(lib_dir, cli, before)


def test_adding_a_doi_leaves_the_index_current(crossref: HTTPServer, lib_dir: Path, cli: Cli) -> None:
    work = (DATA / "net" / "crossref_work.json").read_bytes()
    crossref.expect_request("/crossref/works/10.1234/abc").respond_with_data(work)
    before = _generations(lib_dir)[0]
    assert "added 1" in cli("add", "10.1234/abc")
    _assert_index_current(lib_dir, cli, before)


# ---- a transaction that raises ---------------------------------------------------------------------------
@pytest.fixture
def library(lib_dir: Path) -> Iterator[Library]:
    """The library of ``lib_dir``, opened."""
    with Library(Config(library=lib_dir), create=False) as opened:
        yield opened


def _derived(library: Library, export: Path) -> tuple[int | None, str, bytes, int]:
    state = (library.root / INDEX_DIR / "current.json").read_text(encoding="utf-8")
    return library.index.generation(), state, export.read_bytes(), export.stat().st_mtime_ns


class Planned(Exception):
    """The failure a test raises inside a transaction."""


def test_a_transaction_that_raises_changes_no_derived_state(library: Library, tmp_path: Path) -> None:
    export = tmp_path / "refs.bib"
    other = tmp_path / "other.bib"
    register_auto_export(library, other, "Spykman", "biblatex")
    before, before_other, generation = _derived(library, export), other.read_bytes(), library.store.generation()
    record = library.get("maijinde1985lishi")
    record.title = (LangText("不该出现", "zh"),)
    with pytest.raises(Planned), library.transaction():
        library.save(record)
        library.remove(["spykman1965heping"])
        raise Planned
    assert _derived(library, export) == before and other.read_bytes() == before_other
    assert library.store.generation() == generation and library.index_is_current()
    assert library.search("不该出现").total == 0 and library.get("spykman1965heping")


def test_a_failing_dedup_merge_changes_nothing(library: Library, tmp_path: Path) -> None:
    from biblio.library.dedup import find_duplicates, merge_records

    match = find_duplicates(library)[0]
    keep, drop = library.key_of(match.a), library.key_of(match.b)
    assert keep and drop
    export = tmp_path / "refs.bib"
    before, generation = _derived(library, export), library.store.generation()

    def fail(changes: Changes) -> None:
        raise Planned

    with pytest.raises(Planned), library.transaction():
        merge_records(library, keep, drop)
        library.hooks.register(fail)  # the merge's hooks must not have run inside the open transaction
        raise Planned
    assert _derived(library, export) == before and library.store.generation() == generation
    assert library.get(drop)


def _watched(library: Library) -> list[Changes]:
    seen: list[Changes] = []
    library.hooks.register(seen.append)
    return seen


def test_hooks_run_once_per_outermost_commit(library: Library) -> None:
    seen, record = _watched(library), library.get("maijinde1985lishi")
    with library.transaction():
        record.volume = "9"
        library.save(record)
        with library.transaction():
            library.remove(["spykman1965heping"])
        assert seen == []  # inside the transaction nothing derived has run yet
    assert len(seen) == 1 and list(seen[0].changed) == [record.uid] and len(seen[0].removed) == 1
    assert seen[0].after == library.store.generation() == library.index.generation()


def test_a_savepoint_rolled_back_leaves_no_marks(library: Library) -> None:
    seen, record = _watched(library), library.get("maijinde1985lishi")
    with library.transaction():
        record.volume = "8"
        library.save(record)
        with pytest.raises(Planned), library.transaction():
            library.remove(["spykman1965heping"])
            raise Planned
    assert list(seen[0].changed) == [record.uid] and not seen[0].removed


def test_a_batch_runs_the_hooks_once_after_all_its_commits(library: Library) -> None:
    seen = _watched(library)
    first, second = library.get("maijinde1985lishi"), library.get("spykman1965heping")
    with library.batch():
        for record in (first, second):
            record.volume = "9"
            library.save(record)  # two commits
        assert seen == []
    assert len(seen) == 1 and set(seen[0].changed) == {first.uid, second.uid}
    assert library.index.generation() == library.store.generation()


def test_an_import_runs_the_hooks_once(library: Library) -> None:
    seen = _watched(library)
    library.add_file(ENGLISH)
    assert len(seen) == 1
    assert library.index.generation() == library.store.generation()
    assert "brzezinski1997grand" in [library.key_of(uid) for uid in seen[0].changed]


def test_an_index_update_that_fails_is_reported_not_silent(library: Library) -> None:
    record = library.get("maijinde1985lishi")
    record.volume = "7"
    (library.root / INDEX_DIR / "current.json").write_text('{"schema": 0, "dir": "x", "generation": 1}')
    library.save(record)  # no usable index: nothing to update, and nothing hidden
    assert library.index_warning == ""
    library.reindex()
    library.index.close()
    broken = library.root / INDEX_DIR
    for toc in broken.rglob("_MAIN_*.toc"):
        toc.write_bytes(b"not a toc")
    record.volume = "8"
    library.save(record)
    assert "search index not updated" in library.index_warning
    assert library.search("Mackinder").total >= 1  # the next search rebuilds it
