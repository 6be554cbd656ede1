"""Pilot tests of the browser on the fixture library: every action, as a user would drive it."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from bibtexparser.entrypoint import parse_string
from pytest_httpserver import HTTPServer
from textual.widgets import Input, OptionList, Static

from biblio.config import Config
from biblio.library import Library
from biblio.tui.app import BiblioApp, make_app
from biblio.tui.query import QueryOutcome
from biblio.tui.screens.add import AddScreen
from biblio.tui.screens.dialogs import ConfirmScreen, ExportScreen
from biblio.tui.screens.edit import EditScreen
from biblio.tui.screens.help import HelpScreen
from biblio.tui.widgets.detail import DetailPane
from tests.tui.conftest import move_to, run_async, settle, shown_keys, static_text
from tests.tui.fixture_library import CITED_KEYS, CITING_KEY, CNKI_KEY, ENGLISH_KEY, RUSSIAN_KEY

ALL_KEYS = {*CITED_KEYS, CITING_KEY, CNKI_KEY, ENGLISH_KEY, RUSSIAN_KEY}


def _status(app: object) -> str:
    assert isinstance(app, BiblioApp)
    return static_text(app.main_screen.query_one("#status", Static))


@run_async
async def test_list_shows_every_record(library: Library) -> None:
    app = make_app(library)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert set(shown_keys(app)) == ALL_KEYS
        assert "7 records" in _status(app)


@run_async
async def test_search_narrows_the_list_and_escape_leaves_the_box(library: Library) -> None:
    app = make_app(library)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"Brzezinski")
        assert isinstance(app.focused, Input)
        await settle(pilot)
        assert shown_keys(app) == ["brzezinski1997grand"]
        assert "1 hits" in _status(app)
        await pilot.press("escape")
        assert app.main_screen.records_list.has_focus
        await pilot.press("slash", *["backspace"] * 10)
        await settle(pilot)
        assert len(shown_keys(app)) == 7


@run_async
async def test_search_in_chinese(library: Library) -> None:
    app = make_app(library)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"中亚")
        await settle(pilot)
        assert set(shown_keys(app)) == {CNKI_KEY, CITING_KEY, CITED_KEYS[2]}


@run_async
async def test_a_malformed_query_is_reported_not_raised(library: Library) -> None:
    app = make_app(library)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *'"unclosed (')
        await settle(pilot)
        assert app.is_running


@run_async
async def test_selecting_shows_the_detail(library: Library) -> None:
    app = make_app(library)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await move_to(pilot, CNKI_KEY)
        screen = app.main_screen
        assert screen.current is not None and screen.current.key == CNKI_KEY
        pane = screen.query_one(DetailPane)
        fields = static_text(pane.query_one("#fields", Static))
        assert "Pluralistic and Balanced Diplomacy" in fields and "中亚国家的多元平衡外交" in fields
        assert "国家社会科学基金" in fields
        relations = [w.relation for w in pane.links]
        assert relations.count("cites") == 3 and relations.count("cited by") == 1


@run_async
async def test_jump_to_a_cited_work_and_back(library: Library) -> None:
    app = make_app(library)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await move_to(pilot, CNKI_KEY)
        await pilot.press("enter")
        assert isinstance(app.focused, OptionList)
        await pilot.press("down", "enter")
        screen = app.main_screen
        assert screen.current is not None and screen.current.key == CITED_KEYS[1]
        assert shown_keys(app)[screen.records_list.cursor] == CITED_KEYS[1]
        await pilot.press("backspace")
        assert screen.current.key == CNKI_KEY
        assert shown_keys(app)[screen.records_list.cursor] == CNKI_KEY


@run_async
async def test_mark_and_export_writes_a_bibtex_file(library: Library, library_root: Path) -> None:
    app = make_app(library)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await move_to(pilot, CNKI_KEY)
        await pilot.press("space")
        await move_to(pilot, RUSSIAN_KEY)
        await pilot.press("space")
        assert "2 marked" in _status(app)
        await pilot.press("x")
        assert isinstance(app.screen, ExportScreen)
        box = app.screen.query_one("#name", Input)
        box.value = "marked.bib"
        await pilot.press("enter")
        await settle(pilot)
        written = library_root / "exports" / "marked.bib"
        assert written.is_file()
        parsed = parse_string(written.read_text(encoding="utf-8"))
        assert sorted(e.key for e in parsed.entries) == sorted([CNKI_KEY, RUSSIAN_KEY])
        assert any(str(written) in n.message for n in app._notifications)


@run_async
async def test_export_all_matching_to_csl_json(library: Library, library_root: Path) -> None:
    import json

    app = make_app(library)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"中亚", "enter")
        await settle(pilot)
        await pilot.press("x")
        screen = app.screen
        assert isinstance(screen, ExportScreen)
        from textual.widgets import Select

        screen.query_one("#format", Select).value = "csl-json"
        await pilot.pause()
        name = screen.query_one("#name", Input)
        assert name.value.endswith(".json")
        name.focus()
        await pilot.press("enter")
        await settle(pilot)
        files = list((library_root / "exports").glob("*.json"))
        assert len(files) == 1
        items = json.loads(files[0].read_text(encoding="utf-8"))
        assert {item["id"] for item in items} == {CNKI_KEY, CITING_KEY, CITED_KEYS[2]}


@run_async
async def test_editing_persists_to_the_store(library: Library, library_root: Path) -> None:
    app = make_app(library)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        await move_to(pilot, ENGLISH_KEY)
        await pilot.press("e")
        assert isinstance(app.screen, EditScreen)
        app.screen.query_one("#field-date-x", Input).value = "not a date"
        await pilot.press("ctrl+s")
        assert isinstance(app.screen, EditScreen)  # invalid: the form stays open
        assert "invalid date" in static_text(app.screen.query_one("#error", Static))
        app.screen.query_one("#field-date-x", Input).value = "2017"
        app.screen.query_one("#field-title-en", Input).value = "The Belt and Road"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, EditScreen)
    with Library(Config(library=library_root)) as reopened:
        record = reopened.get(ENGLISH_KEY)
        assert record.main_title() == "The Belt and Road" and record.date == "2017"


@run_async
async def test_a_bad_source_shows_an_error_and_the_app_keeps_running(library: Library, tmp_path: Path) -> None:
    app = make_app(library)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("a")
        assert isinstance(app.screen, AddScreen)
        app.screen.query_one("#path", Input).value = str(tmp_path / "missing.bib")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, AddScreen)
        assert "no such file" in static_text(app.screen.query_one("#status", Static))
        junk = tmp_path / "junk.bin"
        junk.write_bytes(b"\x00\x01\x02 not a bibliography \xff\xfe")
        box = app.screen.query_one("#path", Input)
        box.value = str(junk)
        await pilot.press("enter")
        await settle(pilot)
        assert "Cannot add" in static_text(app.screen.query_one("#status", Static))
        await pilot.press("escape")
        assert app.is_running and len(shown_keys(app)) == 7


@run_async
async def test_adding_a_file_imports_it(library: Library, tmp_path: Path) -> None:
    source = tmp_path / "new.bib"
    source.write_text("@book{kotkin2014, title={Stalin}, author={Kotkin, Stephen}, year={2014}}\n", encoding="utf-8")
    from biblio.library.autoexport import register_auto_export

    register_auto_export(library, tmp_path / "auto.bib", "", "biblatex")
    app = make_app(library)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("a")
        app.screen.query_one("#path", Input).value = str(source)
        await pilot.press("enter")
        await settle(pilot)
        await settle(pilot)
        assert not isinstance(app.screen, AddScreen)
        assert len(shown_keys(app)) == 8
    assert _bib_keys(tmp_path / "auto.bib") == ALL_KEYS | {"kotkin2014"}  # the import's deferred refresh ran


@run_async
async def test_adding_a_doi_fetches_it(
    library: Library, httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    recorded = Path(__file__).resolve().parents[1] / "data" / "net" / "crossref_work.json"
    httpserver.expect_request("/crossref/works/10.1234/abc").respond_with_data(recorded.read_bytes())
    monkeypatch.setenv("BIBLIO_CROSSREF_URL", httpserver.url_for("/crossref"))
    monkeypatch.setenv("BIBLIO_NET_RETRIES", "0")
    app = make_app(library)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("a")
        app.screen.query_one("#path", Input).value = "10.1234/abc"
        await pilot.press("enter")
        for _ in range(20):
            await settle(pilot)
            if not isinstance(app.screen, AddScreen):
                break
        assert not isinstance(app.screen, AddScreen)
        assert len(shown_keys(app)) == 8


@run_async
async def test_delete_asks_first(library: Library) -> None:
    app = make_app(library)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await move_to(pilot, ENGLISH_KEY)
        await pilot.press("d")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await settle(pilot)
        assert ENGLISH_KEY in shown_keys(app)
        await pilot.press("d", "y")
        await settle(pilot)
        assert ENGLISH_KEY not in shown_keys(app)
    assert library.count() == 6


@run_async
async def test_tagging_marked_records(library: Library) -> None:
    app = make_app(library)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await move_to(pilot, ENGLISH_KEY)
        await pilot.press("space")
        await move_to(pilot, RUSSIAN_KEY)
        await pilot.press("space", "t", *"todo, -eurasia", "enter")
        await settle(pilot)
    assert library.get(ENGLISH_KEY).tags == ["todo"]
    assert library.get(RUSSIAN_KEY).tags == ["todo"]


@run_async
async def test_copy_key_and_citation(library: Library) -> None:
    app = make_app(library)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await move_to(pilot, CNKI_KEY)
        await pilot.press("y")
        assert app.clipboard == CNKI_KEY
        await pilot.press("Y")
        assert "中亚国家的多元平衡外交" in app.clipboard


@run_async
async def test_sort_and_filters(library: Library) -> None:
    app = make_app(library)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("s")  # year
        await settle(pilot)
        assert shown_keys(app)[0] == CITING_KEY and shown_keys(app)[-1] == CITED_KEYS[0]
        await pilot.press("s")  # author (romanized: Brzezinski, Ivanov, Li, Mackinder, Smith, Wang, Zhang)
        await settle(pilot)
        assert shown_keys(app)[0] == CITED_KEYS[1] and shown_keys(app)[-1] == CNKI_KEY
        await pilot.press("f")
        await settle(pilot)  # the sidebar mounts on first use and loads its values in a worker
        from textual.widgets import SelectionList

        languages = app.main_screen.query_one("#f-lang", SelectionList)
        languages.select("ru")
        await settle(pilot)
        assert shown_keys(app) == [RUSSIAN_KEY]
        app.main_screen.query_one("#f-from", Input).value = "2021"
        await settle(pilot)
        assert shown_keys(app) == []
        assert app.is_running


@run_async
async def test_help_screen_and_kept_source(library: Library) -> None:
    app = make_app(library)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await move_to(pilot, CNKI_KEY)
        await pilot.press("v")
        assert "SrcDatabase-来源库" in static_text(app.screen.query_one("#body Static", Static))
        await pilot.press("escape")
        await pilot.press("q")
    assert not app.is_running


@run_async
async def test_palette_offers_our_commands(library: Library) -> None:
    app = make_app(library)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert {"Export records", "Add a source", "Edit record", "Help"} <= set(titles)


@run_async
async def test_an_unwritable_export_path_is_reported(library: Library) -> None:
    app = make_app(library)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("x")
        app.screen.query_one("#name", Input).value = "/proc/biblio-cannot-write/out.bib"
        await pilot.press("enter")
        await settle(pilot)
        assert app.is_running
        assert any(n.severity == "error" and "cannot write" in n.message for n in app._notifications)


@run_async
async def test_theme_key_switches_theme(library: Library) -> None:
    app = make_app(library)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        before = app.theme
        await pilot.press("T")
        assert app.theme != before


@run_async
async def test_the_theme_is_remembered_across_launches(library: Library, config_dir: Path) -> None:
    app = make_app(library)
    default = app.theme
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("T", "T")
        await pilot.pause()
        chosen = app.theme
        assert chosen != default
        await pilot.press("q")
    assert json.loads((config_dir / "settings.json").read_text(encoding="utf-8")) == {"theme": chosen}
    again = make_app(library)
    async with again.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert again.theme == chosen
        again.theme = "gruvbox"  # what the command palette's theme picker does
        await pilot.pause()
    assert make_app(library).theme == "gruvbox"


@run_async
async def test_an_unwritable_settings_file_is_a_warning(library: Library, config_dir: Path) -> None:
    config_dir.write_text("a file where the directory should be")
    app = make_app(library)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("T")
        await pilot.pause()
        assert app.is_running
        assert any(n.severity == "warning" and "cannot save the theme" in n.message for n in app._notifications)


@pytest.mark.parametrize(
    "content", [b"{not json", b"\xff\xfe\x00", b'["theme"]', b'{"theme": 7}', b'{"theme": "no-such-theme"}']
)
def test_a_corrupt_settings_file_gives_the_default_theme(library: Library, config_dir: Path, content: bytes) -> None:
    default = make_app(library).theme
    config_dir.mkdir()
    (config_dir / "settings.json").write_bytes(content)

    async def run() -> None:
        app = make_app(library)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            assert app.theme == default and app.is_running
            assert len(shown_keys(app)) == 7
            await pilot.press("T")
            await pilot.pause()
            assert app.theme != default
        assert make_app(library).theme == app.theme  # the broken file was replaced by a good one

    asyncio.run(run())


@run_async
async def test_keys_typed_in_the_search_box_are_text_not_commands(library: Library) -> None:
    app = make_app(library)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"q/jkT sxaedb?")
        assert app.main_screen.query_one("#search", Input).value == "q/jkT sxaedb?"
        assert app.is_running and app.screen is app.main_screen


@run_async
async def test_an_empty_library_takes_every_key(tmp_path: Path) -> None:
    with Library(Config(library=tmp_path / "new")) as empty:
        app = make_app(empty)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            for key in ("j", "k", "space", "enter", "y", "Y", "e", "d", "t", "v", "backspace", "s", "G", "g"):
                await pilot.press(key)
                await pilot.pause()
            assert app.is_running and shown_keys(app) == []
            assert "0 records" in _status(app)


@run_async
async def test_export_all_matching_includes_hits_beyond_the_listed_ones(library: Library, library_root: Path) -> None:
    app = make_app(library)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        searcher = app.main_screen.searcher
        original = searcher.run

        def one_hit(
            reader: Any, text: str, flt: Any, sort: str, limit: int = 1, *, quick: bool = False
        ) -> QueryOutcome:
            return original(reader, text, flt, sort, limit)  # the list holds only the best hit, in both passes

        searcher.run = one_hit  # type: ignore[method-assign]
        await pilot.press("slash", *"中亚", "enter")
        await settle(pilot)
        assert len(shown_keys(app)) == 1 and "3 hits (best 1)" in _status(app)
        await pilot.press("x")
        app.screen.query_one("#name", Input).value = "all.bib"
        await pilot.press("enter")
        await settle(pilot)
        parsed = parse_string((library_root / "exports" / "all.bib").read_text(encoding="utf-8"))
        assert {e.key for e in parsed.entries} == {CNKI_KEY, CITING_KEY, CITED_KEYS[2]}


class SlowExporter:
    """Stands in for ``export_profile``: each refresh waits for ``release`` (so the test controls how long)."""

    def __init__(self) -> None:
        from biblio.export import profiles

        self.real = profiles.export_profile
        self.entered = threading.Event()
        self.release = threading.Event()
        self.calls: list[int] = []

    def __call__(self, records: Any, profile: str, options: Any) -> Any:
        self.calls.append(len(records))
        self.entered.set()
        assert self.release.wait(30), "the test never released the refresh"
        return self.real(records, profile, options)


async def until(pilot: Any, condition: Callable[[], bool], timeout: float = 10.0) -> None:
    """Let the app run until ``condition`` holds (without waiting for the workers)."""
    for _ in range(int(timeout / 0.01)):
        if condition():
            return
        await pilot.pause(0.01)
    raise AssertionError("condition never held")


def _bib_keys(path: Path) -> set[str]:
    return {e.key for e in parse_string(path.read_text(encoding="utf-8")).entries}


@pytest.fixture
def slow_export(library: Library, library_root: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, SlowExporter]:
    """An auto-export of the whole library, registered (and written), whose later refreshes are held."""
    from biblio.export import profiles
    from biblio.library.autoexport import register_auto_export

    target = library_root / "auto.bib"
    register_auto_export(library, target, "", "biblatex")
    slow = SlowExporter()
    monkeypatch.setattr(profiles, "export_profile", slow)
    return target, slow


@run_async
async def test_a_slow_auto_export_refresh_never_blocks_the_ui(
    library: Library, slow_export: tuple[Path, SlowExporter]
) -> None:
    target, slow = slow_export
    app = make_app(library)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            await move_to(pilot, ENGLISH_KEY)
            await pilot.press("d", "y")
            await until(pilot, slow.entered.is_set)  # the refresh after the delete is running, held
            await until(pilot, lambda: ENGLISH_KEY not in shown_keys(app))  # the list followed the delete
            assert ENGLISH_KEY in _bib_keys(target) and app.writes.busy
            await move_to(pilot, RUSSIAN_KEY)  # keys are handled meanwhile: another delete, a search
            await pilot.press("d", "y")
            await until(pilot, lambda: RUSSIAN_KEY not in shown_keys(app))
            await move_to(pilot, CITING_KEY)
            await pilot.press("t", *"todo", "enter")
            await until(pilot, lambda: library.get(CITING_KEY).tags == ["todo"])
            await pilot.press("slash", *"Brzezinski")
            await until(pilot, lambda: shown_keys(app) == ["brzezinski1997grand"])
            assert slow.calls == [7 - 1] and not slow.release.is_set()
            slow.release.set()
            await settle(pilot)
            assert not app.writes.busy
    finally:
        slow.release.set()
    assert slow.calls == [6, 5]  # the two writes made while the first refresh ran were merged into one
    assert _bib_keys(target) == {r.key for r in library.records()} == ALL_KEYS - {ENGLISH_KEY, RUSSIAN_KEY}


@run_async
async def test_quitting_finishes_the_refreshes_first(library: Library, slow_export: tuple[Path, SlowExporter]) -> None:
    target, slow = slow_export
    app = make_app(library)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            await move_to(pilot, ENGLISH_KEY)
            await pilot.press("d", "y")
            await until(pilot, slow.entered.is_set)
            await move_to(pilot, RUSSIAN_KEY)
            await pilot.press("d", "y")  # its refresh is requested, not started, when q is pressed
            await until(pilot, lambda: RUSSIAN_KEY not in shown_keys(app))
            await pilot.press("q")
            await pilot.pause(0.1)
            assert app.is_running  # quitting waits for the refresh under way ...
            await pilot.press("g", "j", "q")  # (keys are still handled meanwhile)
            assert app.main_screen.records_list.cursor == 1
            slow.release.set()
            await until(pilot, lambda: not app.is_running)  # ... and the one requested, then exits
    finally:
        slow.release.set()
    assert slow.calls == [6, 5]
    assert _bib_keys(target) == ALL_KEYS - {ENGLISH_KEY, RUSSIAN_KEY}


@run_async
async def test_a_failed_refresh_is_notified(library: Library, library_root: Path) -> None:
    from biblio.library.autoexport import list_auto_exports, register_auto_export

    register_auto_export(library, library_root / "auto.bib", "", "biblatex")
    blocker = library_root / "file"
    blocker.write_text("x")
    export = list_auto_exports(library)[0]
    library.store.db.execute("UPDATE auto_exports SET path = ? WHERE id = ?", (str(blocker / "x.bib"), export.id))
    app = make_app(library)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await move_to(pilot, ENGLISH_KEY)
        await pilot.press("d", "y")
        await settle(pilot)
        await pilot.pause(0.1)
        assert ENGLISH_KEY not in shown_keys(app) and app.is_running
        assert any(n.severity == "error" and "x.bib" in n.message for n in app._notifications)
