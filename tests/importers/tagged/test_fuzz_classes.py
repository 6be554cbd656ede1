"""Classes the differential fuzzer (``benchmarks/ris_differential.py``) found where biblio read a value otherwise
than Zotero's translators without a documented reason, or lost it; each on records written for it."""

from __future__ import annotations

from biblio.importers.tagged.refer import ReferImporter
from biblio.importers.tagged.ris import RisImporter
from biblio.model import Record


def _ris(text: str) -> Record:
    return RisImporter().parse(text).records[0]


def test_cy_is_the_place_before_pp_whatever_their_order() -> None:
    record = _ris("TY  - CHAP\nTI  - T\nPP  - Berlin\nCY  - New York, NY\nER  - \n")
    assert (record.place, record.extra["ris-pp"]) == ("New York, NY", "Berlin")
    assert _ris("TY  - BOOK\nTI  - T\nPP  - Berlin\nER  - \n").place == "Berlin"  # PP alone is the place


def test_t2_is_the_series_of_a_map_report_or_program_before_a_t3() -> None:
    for code in ("MAP", "RPRT", "COMP"):
        record = _ris(f"TY  - {code}\nTI  - T\nT3  - Other\nT2  - The Series\nER  - \n")
        assert (record.series, record.extra["ris-t3"]) == ("The Series", "Other")
    book = _ris("TY  - BOOK\nTI  - T\nT3  - First\nT2  - Second\nER  - \n")
    assert book.series == "First"  # a book's T2 and T3 both name a series: the first one (as Zotero)


def test_a_chapter_s_is_is_its_number_of_volumes() -> None:
    record = _ris("TY  - CHAP\nTI  - T\nIS  - 3\nER  - \n")
    assert (record.extra["volumes"], record.number) == ("3", "")
    both = _ris("TY  - CHAP\nTI  - T\nIS  - 3\nM1  - 4\nER  - \n")  # M1 (EndNote's "Number of Volumes") first
    assert (both.extra["volumes"], both.extra["ris-is"]) == ("4", "3")


def test_a_refer_translated_author_that_is_no_romanization_is_kept() -> None:
    text = "%0 Book\n%T A book\n%A Smith, John\n%H Smit, Dzhon\n\n%0 Journal Article\n%T 文章\n%A 张宁\n%H Zhang Ning\n"
    kept, paired = ReferImporter().parse(text).records
    assert kept.extra["translatedauthor"] == "Smit, Dzhon"
    assert paired.authors[0].romanized == "Zhang Ning" and "translatedauthor" not in paired.extra
