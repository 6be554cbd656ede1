"""Translation links: detected from the authority and title evidence, set by hand, exported, accepted by biber."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from biblio.authority.starter import Work
from biblio.authority.works import Found, detect, judge, titles_match
from biblio.cli.show_text import record_as_text
from biblio.errors import InputError
from biblio.export.bibtex import format_bibtex
from biblio.library import Library
from biblio.library.works import detect_and_link, set_translation
from biblio.model import EntryType, LangText, Link, LinkKind, Name, Record

ENGLISH, CHINESE, RUSSIAN = "brzezinski1997grand", "burejinsiji2007daqiju", "bzhezinskii1998velikaia"


def _targets(library: Library, key: str) -> list[str | None]:
    record = library.get(key)
    return [library.key_of(link.target) for link in record.links if link.kind is LinkKind.TRANSLATION_OF]


def test_titles_match_on_the_main_title() -> None:
    assert titles_match("大棋局", "大棋局:美国的首要地位及其地缘战略")
    assert titles_match("The Grand Chessboard", "The grand chessboard: American primacy")
    assert not titles_match("Diplomacy", "World Order")
    assert not titles_match("", "World Order")


def test_the_three_editions_become_one_work_family(family: Library) -> None:
    # Adding the files linked them already (small imports run detect_and_link); unlink to detect again.
    assert _targets(family, CHINESE) == [ENGLISH] and _targets(family, RUSSIAN) == [ENGLISH]
    for key in (CHINESE, RUSSIAN):
        set_translation(family, key, ENGLISH, linked=False)
    assert _targets(family, CHINESE) == []
    found = detect_and_link(family)
    assert {(family.key_of(f.src), family.key_of(f.dst)) for f in found if f.strong} == {
        (CHINESE, ENGLISH),
        (RUSSIAN, ENGLISH),
    }
    assert _targets(family, CHINESE) == [ENGLISH]
    assert _targets(family, RUSSIAN) == [ENGLISH]
    assert _targets(family, ENGLISH) == []
    assert detect(family.store.db) == []  # nothing new the second time
    text = record_as_text(family.get(RUSSIAN), family)
    assert f"translation-of {ENGLISH}" in text


def test_an_original_title_field_is_strong_evidence() -> None:
    original = Record(title=(LangText("Second Chance", "en"),), language="en", date="2007")
    translation = Record(title=(LangText("Второй шанс", "ru"),), language="ru", extra={"origtitle": "Second Chance"})
    found = judge(translation, original, [])
    assert found == Found(translation.uid, original.uid, "original title 'Second Chance'", True)
    assert judge(original, translation, []) is None


def test_weak_evidence_is_only_suggested(library: Library) -> None:
    from tests.authority.planted import store_records

    author = Name(family="Lattimore", given="Owen", script="Latn")
    original = Record(key="orig", type=EntryType.BOOK, title=(LangText("Inner Asian Frontiers", "en"),), date="1940",
                      authors=[author], language="en")  # fmt: skip
    chinese = Record(key="zh", type=EntryType.BOOK, title=(LangText("中国的亚洲内陆边疆", "zh"),), date="2005",
                     authors=[Name(family="拉铁摩尔", given="欧文", script="Hani", written="欧文·拉铁摩尔")],
                     translators=[Name(family="唐", given="晓峰", script="Hani")], language="zh")  # fmt: skip
    store_records(library, [original, chinese])
    found = detect_and_link(library)
    assert [(f.src, f.dst, f.strong) for f in found] == [(chinese.uid, original.uid, False)]
    assert _targets(library, "zh") == []


def test_link_and_unlink_by_hand(family: Library) -> None:
    set_translation(family, CHINESE, ENGLISH)
    assert _targets(family, CHINESE) == [ENGLISH]
    assert family.get(CHINESE).extra["origlanguage"] == "english"
    set_translation(family, CHINESE, ENGLISH, linked=False)
    assert _targets(family, CHINESE) == []
    unlinked = family.get(CHINESE)
    assert "origlanguage" not in unlinked.extra and "origtitle" not in unlinked.extra and not unlinked.origdate
    with pytest.raises(InputError):
        set_translation(family, CHINESE, ENGLISH, linked=False)
    with pytest.raises(InputError):
        set_translation(family, CHINESE, CHINESE)


def _biblatex(library: Library) -> str:
    return format_bibtex(library.records(), key_of=library.key_of)


def test_exported_as_biblatex_related_entries(family: Library) -> None:
    detect_and_link(family)
    out = _biblatex(family)
    entry = out[out.index(f"@book{{{RUSSIAN},") :]
    entry = entry[: entry.index("\n}")]
    assert f"related = {{{ENGLISH}}}" in entry
    assert "relatedtype = {translationof}" in entry
    assert "origdate = {1997}" in entry
    assert "origlanguage = {english}" in entry
    assert "origtitle = {The Grand Chessboard: American Primacy and Its Geostrategic Imperatives}" in entry


DOC = r"""\documentclass{article}
\usepackage[backend=biber]{biblatex}
\addbibresource{refs.bib}
\begin{document}
\nocite{*}
\end{document}
"""


def _run(command: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "openout_any": "p", "openin_any": "p", "shell_escape": "f"}
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=180, check=False, env=env)


@pytest.mark.latex
def test_biber_accepts_the_related_entries(family: Library, tmp_path: Path) -> None:
    if not (shutil.which("pdflatex") and shutil.which("biber")):
        if os.environ.get("CI") == "true":
            pytest.fail("pdflatex and biber must be installed on CI")
        pytest.skip("pdflatex or biber missing")
    detect_and_link(family)
    (tmp_path / "refs.bib").write_text(_biblatex(family), encoding="utf-8")
    (tmp_path / "doc.tex").write_text(DOC, encoding="utf-8")
    first = _run(["pdflatex", "-interaction=nonstopmode", "-no-shell-escape", "doc"], tmp_path)
    assert (tmp_path / "doc.bcf").exists(), first.stdout[-2000:]
    done = _run(["biber", "doc"], tmp_path)
    log = (tmp_path / "doc.blg").read_text(encoding="utf-8")
    assert done.returncode == 0, log
    assert "ERROR" not in log and "WARN" not in log, log
    bbl = (tmp_path / "doc.bbl").read_text(encoding="utf-8")
    for key in (CHINESE, RUSSIAN):
        entry = bbl[bbl.index(f"\\entry{{{key}}}") :]
        entry = entry[: entry.index("\\endentry")]
        assert "\\field{relatedtype}{translationof}" in entry
    assert "skipbib=true" in bbl  # biber made the data-only clone of the original for the related block


def test_the_original_knows_its_translations(family: Library) -> None:
    from biblio.library.works import translations_of

    detect_and_link(family)
    original = family.get(ENGLISH)
    assert translations_of(family, original.uid) == [CHINESE, RUSSIAN]
    assert translations_of(family, family.get(CHINESE).uid) == []


def _pairwise(records: list[Record], works: list[Work]) -> list[Found]:
    """The rules' definition, every record against every other (the oracle for the indexed search)."""
    groups: dict[str, list[Record]] = {}
    for record in records:
        groups.setdefault(record.effective_language(), []).append(record)
    found = []
    for lang, group in groups.items():
        others = [o for other, rest in groups.items() if other != lang for o in rest]
        for trans in group:
            if not others or any(link.kind is LinkKind.TRANSLATION_OF for link in trans.links):
                continue
            strong = [f for orig in others if (f := judge(trans, orig, works)) is not None]
            if strong:
                found.append(strong[0])
                continue
            if not trans.translators or trans.year is None:
                continue
            earlier = [o for o in others if not o.translators and o.year is not None and o.year < trans.year]
            if len(earlier) == 1:
                found.append(
                    Found(trans.uid, earlier[0].uid, "same author, only earlier work in another language", False)
                )
    return found


_TITLES = [
    "Grand Chessboard",
    "The Grand Chessboard: American Primacy",
    "大棋局",
    "大棋局：美国的首要地位",
    "Великая шахматная доска",
    "Out of Control",
    "失控",
    "A",
    "",
]


@st.composite
def _author_records(draw: st.DrawFn) -> tuple[list[Record], list[Work]]:
    records = []
    for _ in range(draw(st.integers(0, 12))):
        lang = draw(st.sampled_from(["en", "zh", "ru"]))
        own = [t for t in _TITLES if t and (t[0] in "大失") == (lang == "zh") and (t[0] == "В") == (lang == "ru")]
        title = draw(st.sampled_from([*own, "A", ""]) if draw(st.integers(0, 3)) else st.sampled_from(_TITLES))
        extra = {"origtitle": draw(st.sampled_from(_TITLES))} if draw(st.booleans()) else {}
        translators = [Name(family="Liu", given="Wei")] if draw(st.booleans()) else []
        year = draw(st.one_of(st.none(), st.integers(1995, 2002)))
        links = (Link(LinkKind.TRANSLATION_OF, "x"),) if draw(st.integers(0, 5)) == 0 else ()
        records.append(
            Record(
                title=(LangText(title, lang),) if title else (),
                language=lang,
                extra=extra,
                translators=translators,
                date=str(year) if year else "",
                links=list(links),
            )
        )
    works = [
        Work(1997, "en", {"en": "The Grand Chessboard", "zh": "大棋局", "ru": "Великая шахматная доска"}),
        Work(1994, "en", {"en": "Out of Control", "zh": "失控"}),
    ]
    return records, works[: draw(st.integers(0, 2))]


@settings(max_examples=300, deadline=None)
@given(_author_records())
def test_the_indexed_search_finds_what_comparing_every_pair_finds(case: tuple[list[Record], list[Work]]) -> None:
    from biblio.authority.works import _detect_group

    records, works = case
    assert _detect_group(records, works) == _pairwise(records, works)


@pytest.mark.parametrize("languages", [("zh",), ("zh", "en")])
def test_an_author_with_thousands_of_records_is_judged_in_n_log_n(languages: tuple[str, ...]) -> None:
    """3,000 records of one author, in one language or two, with a translation pair among them: judging every
    pair took over a minute in an import (one language) and 3.3 s for every import touching the author (two)."""
    import time

    from biblio.authority.works import _detect_group

    records = [
        Record(title=(LangText(f"Paper {lang} {n}", lang),), language=lang, date=str(2000 + n % 20))
        for n in range(3000 // len(languages))
        for lang in languages
    ]
    original = Record(title=(LangText("Second Chance", "en"),), language="en", date="2007")
    translation = Record(title=(LangText("第二次机会", "zh"),), language="zh", extra={"origtitle": "Second Chance"})
    started = time.process_time()
    found = _detect_group([*records, original, translation], [])
    assert time.process_time() - started < 0.5
    assert [(f.src, f.dst, f.strong) for f in found] == [(translation.uid, original.uid, True)]
