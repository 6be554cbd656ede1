"""Wikidata look-ups against a local server with recorded answers (no internet)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from biblio.authority import one_person, view
from biblio.authority.keys import display_variant
from biblio.authority.wikidata import family_first, get_entity, parse_entity, search
from biblio.errors import InputError, NetworkError
from biblio.library import Library
from biblio.library.persons import enrich_person, refresh
from biblio.net.config import NetConfig
from biblio.net.session import HttpSession, make_session

RECORDED = Path(__file__).resolve().parent.parent / "data" / "authority" / "wikidata"
SEED = Path(__file__).resolve().parent.parent / "data" / "cnki" / "seed_002_central_asia.txt"


def _answer(request: Request) -> Response:
    args = request.args
    if args.get("action") == "wbsearchentities":
        name = "search_brzezinski.json" if "Brzezinski" in args.get("search", "") else None
        body = (RECORDED / name).read_text(encoding="utf-8") if name else json.dumps({"search": []})
    else:
        path = RECORDED / f"entity_{args.get('ids')}.json"
        body = path.read_text(encoding="utf-8") if path.exists() else (RECORDED / "entity_missing.json").read_text()
    return Response(body, content_type="application/json")


@pytest.fixture
def wikidata(httpserver: HTTPServer) -> HTTPServer:
    """The local stand-in for www.wikidata.org."""
    httpserver.expect_request("/w/api.php").respond_with_handler(_answer)
    return httpserver


@pytest.fixture
def session(wikidata: HTTPServer, tmp_path: Path) -> Iterator[HttpSession]:
    """The shared session pointed at the local server, caching in tmp."""
    config = NetConfig(wikidata_url=wikidata.url_for("/").rstrip("/"), retries=0, cache_dir=tmp_path / "cache")
    with make_session(config) as active:
        yield active


def test_search_and_read_an_item(session: HttpSession) -> None:
    base = session.config.wikidata_url
    assert search(session, base, "Brzezinski, Zbigniew") == ["Q900002", "Q900001"]
    entity = get_entity(session, base, "Q900001")
    assert entity.human and (entity.born, entity.died) == (1928, 2017)
    assert ("zh", "兹比格涅夫·布热津斯基") in entity.names
    assert ("ru", "Бжезинский, Збигнев Казимеж") in entity.names
    with pytest.raises(InputError):
        get_entity(session, base, "Q900099")


def test_labels_become_variants_of_the_person(seeded: Library, session: HttpSession, wikidata: HTTPServer) -> None:
    added = enrich_person(seeded, "Brzezinski", session=session)
    db = seeded.store.db
    person = one_person(db, "brzezinski")
    names = [display_variant(v) for v in view(db, person).variants]
    assert added >= 3
    assert "兹比格涅夫·布热津斯基" in names  # another Chinese transliteration, from Wikidata
    assert "Бжезинский, Збигнев Казимеж" in names
    assert "Brzezinski, Zbigniew Kazimierz" in names
    assert person.wikidata == "Q900001"
    assert one_person(db, "兹比格涅夫·布热津斯基") == person
    requests_before = len(wikidata.log)
    assert enrich_person(seeded, "Brzezinski", session=session) == 0  # known QID, answer cached
    assert len(wikidata.log) == requests_before


def test_search_skips_items_that_are_not_people(session: HttpSession) -> None:
    from biblio.authority.wikidata import find_person_entity

    entity = find_person_entity(session, session.config.wikidata_url, ["Brzezinski, Zbigniew"])
    assert entity.qid == "Q900001"
    with pytest.raises(InputError):
        find_person_entity(session, session.config.wikidata_url, ["Nobody Known"])


def test_unreachable_server_is_a_network_error(seeded: Library, tmp_path: Path) -> None:
    config = NetConfig(wikidata_url="http://127.0.0.1:9", retries=0, timeout=2, cache_dir=tmp_path / "c")
    refresh(seeded)
    with make_session(config) as active, pytest.raises(NetworkError):
        enrich_person(seeded, "Brzezinski", session=active)


def test_family_first_and_damaged_items() -> None:
    assert family_first("Збигнев Бжезинский") == "Бжезинский, Збигнев"
    assert family_first("Brzezinski, Zbigniew") == "Brzezinski, Zbigniew"
    assert family_first("兹比格涅夫·布热津斯基") == "兹比格涅夫·布热津斯基"
    entity = parse_entity("Q1", {"labels": {"en": "broken"}, "aliases": {"en": [None]}, "claims": {"P569": [{}]}})
    assert entity.names == [] and entity.born is None and not entity.human


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=12),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)
_KEYS = st.sampled_from(["labels", "aliases", "claims", "en", "zh", "ru", "value", "P31", "P569", "mainsnak"])


@given(st.dictionaries(_KEYS, _JSON | st.dictionaries(_KEYS, _JSON, max_size=4), max_size=5))
def test_any_answer_shape_is_read_without_errors(item: dict[str, object]) -> None:
    entity = parse_entity("Q1", item)
    assert all(isinstance(text, str) and text for _, text in entity.names)


def test_the_cli_reads_the_base_url_from_the_environment(
    wikidata: HTTPServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import biblio.cli.main as cli_main

    monkeypatch.setenv("BIBLIO_WIKIDATA_URL", wikidata.url_for("/").rstrip("/"))
    monkeypatch.setenv("BIBLIO_NET_RETRIES", "0")
    library = str(tmp_path / "lib")
    assert cli_main.main(["--library", library, "add", str(SEED)]) == 0
    assert cli_main.main(["--library", library, "person", "wikidata", "布热津斯基"]) == 0
    assert "variant(s) added from Wikidata" in capsys.readouterr().out
    assert cli_main.main(["--library", library, "person", "show", "Q900001"]) == 0
    assert "兹比格涅夫·布热津斯基" in capsys.readouterr().out
    assert (tmp_path / "lib" / "cache").is_dir()  # answers are cached in the library
