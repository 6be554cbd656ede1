"""Pilot tests of the browser on the fixture library: every action, as a user would drive it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import bibtexparser
import pytest
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
        parsed = bibtexparser.parse_string(written.read_text(encoding="utf-8"))
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
        parsed = bibtexparser.parse_string((library_root / "exports" / "all.bib").read_text(encoding="utf-8"))
        assert {e.key for e in parsed.entries} == {CNKI_KEY, CITING_KEY, CITED_KEYS[2]}
