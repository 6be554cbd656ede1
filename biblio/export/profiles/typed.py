"""Fields that depend on the entry type a profile writes (see :mod:`biblio.export.profiles.types`).

What each style prints for a type was read from its installed source (gbt7714.bst,
gb7714-2015.bbx, biblatex's standard.bbx, plain.bst) and checked by compiling one record of each
GB/T 7714 type in every profile (tests/latex/test_profile_types_compile.py).
"""

from __future__ import annotations

from biblio.export.profiles.common import put_after
from biblio.export.profiles.gbt import EDITOR_LABELLED
from biblio.export.profiles.types import mark_of, printed_code
from biblio.export.profiles.volume import place_volume
from biblio.model import EntryType, Record

_GBT_PROFILES = ("gbt7714-bst", "gb7714")
# biblatex's standard styles print these types with the misc driver: organization, never publisher
_MISC_DRIVEN = frozenset({"misc", "standard", "software"})
_PARTS = frozenset({"incollection", "inproceedings"})  # their editors are the host's ("//editors. book")
# entry types whose driver prints the editors of a work without author (in the author position or "Ed. by");
# for the others the editors become the author, as GB/T 7714 prints them (a missing name is a lost value)
_EDITORS_SHOWN = {
    "gbt7714-bst": EDITOR_LABELLED | _PARTS,  # the others would be labelled by ``key`` in author-year citations
    "bibtex": frozenset({"book", "inbook", "incollection", "inproceedings", "proceedings"}),
}
_EDITORS_HIDDEN_BIBLATEX = frozenset({"patent", "report", "thesis", "unpublished"})
# fields with which both GB/T styles print a @misc as a journal article, chapter, book or online resource
_NOT_Z = ("journal", "journaltitle", "booktitle", "publisher", "url", "doi", "eprint")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def finish_types(fields: dict[str, str], record: Record, entry_type: str, profile: str) -> None:
    """Adjust ``fields`` so that the style of ``profile`` prints ``entry_type`` with every value it can show."""
    if fields.get("editor") and not fields.get("author") and not _shows_editors(entry_type, profile):
        moved = {"author": fields.pop("editor"), **fields}
        fields.clear()
        fields.update(moved)
    if profile in _GBT_PROFILES:
        _mark(fields, record, entry_type, profile)
        if record.type is EntryType.NEWSPAPER and fields.get("pages") and not fields.get("number"):
            put_after(fields, "pages", "number", fields["pages"])  # both print a newspaper's page: "2000-11-20(15)"
            del fields["pages"]
    number_added = _number_after_title(fields, record, entry_type, profile)
    place_volume(fields, record, entry_type, profile, before_addon=number_added)  # "第1卷: GB/T 1—2000"
    if profile == "biblatex" and entry_type in _MISC_DRIVEN and fields.get("publisher"):
        fields.setdefault("organization", fields["publisher"])
    if profile == "gb7714" and entry_type == "misc" and fields.get("publisher"):
        fields.setdefault("institution", fields["publisher"])  # its misc driver prints institution+location+date
    if profile in ("biblatex", "bibtex") and entry_type in ("report", "techreport") and fields.get("publisher"):
        fields.setdefault("institution", fields["publisher"])  # the report drivers print no publisher
    if profile == "bibtex":
        _plain(fields, record, entry_type)


def _number_after_title(fields: dict[str, str], record: Record, entry_type: str, profile: str) -> bool:
    """A standard's number, or a document's (an archive's 发文字号), as ``titleaddon``; True if it was set.

    GB/T 7714-2015 prints both after the title (``Title: GB/T 7714—2015[S]``, ``关于…的通知: 京政办发〔2005〕
    37号[A]``). Neither biblatex-gb7714-2015 nor the standard styles print a standard's number, and the
    standard styles print none for ``@misc``/``@unpublished``; biblatex-gb7714 prints a misc's or an
    archive's after the type code (``[A]. 京政办发〔2005〕37号.``), so there it is moved. All print
    ``titleaddon`` after the title.
    """
    number = fields.get("number", "")
    if profile not in ("gb7714", "biblatex") or not number or "titleaddon" in fields:
        return False
    document = record.type is EntryType.MISC and entry_type in ("misc", "archive", "unpublished")
    if entry_type != "standard" and not document:
        return False
    fields["titleaddon"] = number
    if document and profile == "gb7714":
        del fields["number"]
    return True


def _shows_editors(entry_type: str, profile: str) -> bool:
    if profile == "gb7714":
        return True
    if profile == "biblatex":
        return entry_type not in _EDITORS_HIDDEN_BIBLATEX
    return entry_type in _EDITORS_SHOWN[profile]


def _mark(fields: dict[str, str], record: Record, entry_type: str, profile: str) -> None:
    """No ``mark`` field where the entry type prints that code itself (``@map`` prints ``[CM]``); ``Z`` on a
    ``@misc`` the styles would print as another type (with a publisher ``[M]``, with a URL ``[EB/OL]``)."""
    mark = mark_of(record)
    if mark and fields.get("mark", "").strip().upper() == mark and printed_code(entry_type, profile) == mark:
        del fields["mark"]
    elif entry_type == "misc" and not fields.get("mark") and any(fields.get(name) for name in _NOT_Z):
        fields["mark"] = "Z"


def _plain(fields: dict[str, str], record: Record, entry_type: str) -> None:
    """plain.bst and natbib: a standard is a report of type Standard; a patent's number and the
    publisher of a misc entry go to ``howpublished`` (the only such field misc prints); a newspaper's
    day goes into ``month`` (the styles print "month year": ``may # "~6,"`` is "May 6, 2024")."""
    if record.type is EntryType.STANDARD and entry_type == "techreport":
        fields.setdefault("type", "Standard")
    elif entry_type in ("misc", "unpublished") and not fields.get("howpublished"):
        if record.type is EntryType.PATENT and fields.get("number"):
            fields["howpublished"] = f"Patent {fields['number']}"
        else:
            place, publisher = fields.get("address", ""), fields.get("publisher", "")
            fields["howpublished"] = ": ".join(x for x in (place, publisher) if x)
    month, day = record.date[5:7], record.date[8:10]
    if record.type is EntryType.NEWSPAPER and month.isdigit() and day.isdigit() and 1 <= int(month) <= 12:
        fields["month"] = f'{_MONTHS[int(month) - 1]} # "~{int(day)},"'
        fields.pop("day", None)
