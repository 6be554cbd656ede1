"""benchmarks/realworld/agreement.py and bib_agreement.py: value shapes the comparison must see through."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from biblio.model import EntryType, LangText, Name, Record

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from realworld.agreement import Unit, compare_zotero
from realworld.bib_agreement import compare_bib


def _hits(units: Sequence[Unit]) -> dict[str, bool]:
    return {u.field: u.hit for u in units}


def test_a_title_read_in_two_parts_is_the_whole_title() -> None:
    record = Record(type=EntryType.ARTICLE, title=(LangText("Main", "en"),), subtitle=(LangText("Sub", "en"),))
    assert _hits(compare_zotero({"itemType": "journalArticle", "title": "Main: Sub"}, record, "x").units)["title"]
    asked = Record(type=EntryType.ARTICLE, title=(LangText("Why?", "en"),), subtitle=(LangText("Because", "en"),))
    assert _hits(compare_bib("article", {"title": "Why? Because"}, asked, "x").units)["title"]  # JabRef's join
    assert not _hits(compare_bib("article", {"title": "Other: Sub"}, record, "x").units)["title"]


def test_a_wrapped_url_joined_with_a_space_is_the_same_url() -> None:
    record = Record(type=EntryType.ARTICLE, url="http://example.org/a/b.html")
    assert _hits(
        compare_zotero({"itemType": "journalArticle", "url": "http://example.org/a/ b.html"}, record, "x").units
    )["url"]
    assert _hits(compare_bib("article", {"url": "http://example.org/a/ b.html"}, record, "x").units)["url"]
    assert not _hits(compare_bib("article", {"url": "http://example.org/c"}, record, "x").units)["url"]


def test_bibtex_braces_and_suffix_forms_are_no_other_name() -> None:
    from biblio.names.lists import make_names

    record = Record(type=EntryType.ARTICLE, authors=make_names(["Smith, John, Jr.", "World Health Organization"]))
    units = compare_bib("article", {"author": "Smith, Jr., John and {World Health Organization}"}, record, "x").units
    assert [u.hit for u in units] == [True, True]


def test_a_keyword_holding_commas_is_compared_at_jabrefs_grain() -> None:
    record = Record(type=EntryType.ARTICLE, keywords=(LangText("one, two", "en"), LangText("three", "en")))
    units = compare_bib("article", {"keywords": "one, two, three, four"}, record, "x").units
    assert [u.hit for u in units] == [True, True, True, False]


def test_items_sharing_a_title_keep_their_own_records() -> None:
    """An export of every type titles each record "Title": one record titled otherwise by biblio than by the peer
    must not make every later item take its neighbour's record."""
    from realworld.scoring import align

    def record(title: str) -> Record:
        return Record(type=EntryType.MISC, title=(LangText(title, "en"),))

    records = [record("Title"), record("Title"), record("Name of Act"), record("Title"), record("Title")]
    chosen = align(["Title", "Title", "Short Title", "Title", "Title"], records)
    assert [records.index(r) for r in chosen if r is not None] == [0, 1, 2, 3, 4]
    extra = [record("A"), record("Stray"), record("B")]
    assert [extra.index(r) for r in align(["A", "B"], extra) if r is not None] == [0, 2]  # a record no item has
    fewer = align(["A", "Gone", "B"], [record("A"), record("B")])
    assert [r.title[0].value if r else None for r in fewer] == ["A", None, "B"]  # an item no record has


def test_a_url_query_is_compared_as_written() -> None:
    """``&param=`` is no entity: a record that turned it into ``¶m=`` has another URL."""
    broken = Record(type=EntryType.ARTICLE, url="http://x.org/?a=1¶m=2")
    assert not _hits(compare_bib("article", {"url": "http://x.org/?a=1&param=2"}, broken, "x").units)["url"]
    right = Record(type=EntryType.ARTICLE, url="http://x.org/?a=1&param=2")
    assert _hits(compare_bib("article", {"url": "http://x.org/?a=1&amp;param=2"}, right, "x").units)["url"]


def _creator_hit(creator: dict[str, str], record: Record) -> bool:
    item: dict[str, object] = {"itemType": "book", "creators": [creator]}
    return all(u.hit for u in compare_zotero(item, record, "x").units if u.field.startswith("creator:"))


def test_a_role_word_zotero_keeps_in_a_name_is_the_same_person() -> None:
    """RIS 'A2  - Brown, A. (ed.)': Zotero's editor is 'Brown, A. (ed.)', biblio's 'Brown, A.': one person."""
    record = Record(type=EntryType.BOOK, editors=[Name(family="Brown", given="A."), Name(family="Fred", given="Ed")])
    assert _creator_hit({"creatorType": "editor", "lastName": "Brown", "firstName": "A. (ed.)"}, record)
    assert _creator_hit({"creatorType": "editor", "lastName": "Brown", "firstName": "A., ed."}, record)
    assert _creator_hit({"creatorType": "editor", "lastName": "Fred", "firstName": "Ed"}, record)  # a given name
    assert not _creator_hit({"creatorType": "editor", "lastName": "Brown", "firstName": "B. (ed.)"}, record)


def test_several_people_zotero_reads_as_one_creator_are_each_there() -> None:
    """'AU  - Smith, J.; Doe, K.': Zotero makes one creator named 'J.; Doe, K.'; it holds when each is biblio's."""
    both = Record(type=EntryType.BOOK, authors=[Name(family="Smith", given="J."), Name(family="Doe", given="K.")])
    one = Record(type=EntryType.BOOK, authors=[Name(family="Smith", given="J.")])
    creator: dict[str, str] = {"creatorType": "author", "lastName": "Smith", "firstName": "J.; Doe, K."}
    assert _creator_hit(creator, both)
    assert not _creator_hit(creator, one)
