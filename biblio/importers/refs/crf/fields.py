"""Labelled segments of a reference -> record fields.

The labeller says which tokens are the author list, the title, the journal, the volume...; this module
reads each segment's value: names through :func:`biblio.importers.refs.english_names.split_english_names`,
"18(2). 77-85" as volume, number and pages, "pp. 45–67" as pages and "223 p." as an extent, dates as
EDTF (month names in English, French, German, Spanish, Italian, Portuguese), "2nd ed." as edition 2, a
thesis's publisher as its institution; and it sets the entry type from the labels present.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from biblio.importers.refs.common import (
    ParsedReference,
    iso_date,
    pages_of,
    set_container,
    set_title,
    tidy,
    tidy_title,
)
from biblio.importers.refs.crf.dates import month_number
from biblio.model import EntryType, Name, Record

_YEAR_RE = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")
_WORD_RE = re.compile(r"[^\W\d_]+")
_VOL_WORD = r"(?:vol(?:ume)?s?|bd|band|t|tome|tomo|v|jg|jahrgang|т|том)\.?"
_NO_WORD = r"(?:no|nos|nr|n°|nº|num|number|issue|iss|heft|h|fasc|#|№)\.?"
_VOL_RE = re.compile(rf"(?<![\w]){_VOL_WORD}\s*(\d[\w\-–/]*|[IVXLC]+\b)", re.IGNORECASE)
_NO_RE = re.compile(rf"(?<![\w]){_NO_WORD}\s*(\d[\w\-–/]*|S\d+|Suppl\.?\s*\d*)", re.IGNORECASE)
MONTH_ABBREVIATION = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]{0,6}"
# "12(3):45-67", "14: 221-9", "2012;30(15):153-7", "45 (2)", "18(2)."
_GLUED_RE = re.compile(
    rf"^(?:(?P<year>(?:1[5-9]|20)\d\d)?[a-z]?\s*(?:{MONTH_ABBREVIATION}\.?(?:\s*\d{{1,2}})?(?:-{MONTH_ABBREVIATION})?)?\s*;\s*)?"
    r"(?P<vol>[A-Z]?\d[\w\-–/.]*?|[IVXLC]+)?\s*"
    r"(?:\(\s*(?P<no>[^)]+?)\s*\))?\s*(?::\s*(?P<pages>[\w\-–—‐‑+]+))?$"
)
_YEAR_GLUED_RE = re.compile(rf"^(?:1[5-9]|20)\d\d[a-z]?\s*(?:{MONTH_ABBREVIATION}\.?(?:\s*\d{{1,2}})?)?;\s*\(?[A-Z]?\d")
_EXTENT_RE = re.compile(r"^(?:[xivlc]+\s*,\s*)?(\d+)\s*(?:pp|p|pages|S|Seiten|с|f)\.?$", re.IGNORECASE)
_PAGE_WORD_RE = re.compile(r"^(?:pages?|pgs?|pp|p|Seiten?|S|С|с)\b\.?\s*", re.IGNORECASE)
_EDITOR_WORDS_RE = re.compile(
    r"\b(?:edited|eds?\.|hrsg\.|herausgegeben)\s+(?:by|von|v\.)\s*|"
    r"^\s*(?:In:?\s+)|\(?\b(?:eds?|editors?|Hrsg|Hg|éds?|dir|coord|comps?)\b\.?\)?\s*[,.:]?",
    re.IGNORECASE,
)
# A film's or a recording's makers, labelled as its authors: "Davidson, J. (Director).", "Dir. David Twohy."
_AUTHOR_WORDS_RE = re.compile(
    r"\((?:writer/)?(?:director|producer|writer|host|composer|performer)s?\)|\b(?:dir|prod|perf)\b[.,]|,?\s*director\b",
    re.IGNORECASE,
)
_TRANSLATOR_WORDS_RE = re.compile(
    r"\(?\b(?:trans(?:lated)?|transl|tr|übers(?:etzt)?|trad(?:uit|ucción|uzione)?)\b\.?\)?(?:\s+(?:from\s+\w+\s+)?(?:by|von|par|de|da))?\s*",
    re.IGNORECASE,
)
_ACCESS_RE = re.compile(r"\b(?:accessed|retrieved|viewed|consulted|abgerufen|consulté|cited)\b", re.IGNORECASE)
_THESIS_RE = re.compile(r"thes[ie]s|diss|doctoral|ph\.?\s?d|master|mémoire|tesis|tesi\b|habilitation", re.IGNORECASE)
_THESIS_NOTE_RE = re.compile(
    r"^[(\[]?(?:unpublished\s+)?(?:doctoral|ph\.?\s?d\.?|master'?s|ma|msc|m\.a\.|bachelor'?s)\s+"
    r"(?:dissertation|thesis)\b",
    re.IGNORECASE,
)
_REPORT_RE = re.compile(r"report|working paper|technical|memorandum|preprint|white paper|policy brief", re.IGNORECASE)
_REPORT_NO_RE = re.compile(r"\b(?:No|Number|Nr)\.?\s*([\w\-/.]*\d[\w\-/.]*)", re.IGNORECASE)
_PROCEEDINGS_RE = re.compile(
    r"\b(?:proc\b|proceedings|conference|symposium|workshop|congress|colloquium|meeting)|конференц|симпозиум|"
    r"съезд|конгресс|семинар",
    re.I,
)
# "US 7920760 B2", "RU 2671006 C1", "EP 1234567 A1", "US Patent 6,206,324"
_PATENT_RE = re.compile(r"^[A-Z]{2}\s?\d[\d,]{5,}\s?[A-Z]\d?$|\bpatent\b", re.IGNORECASE)
# "ISO 690:2010", "ISO 3166-1:2020", "ГОСТ Р 7.0.100—2018", "ANSI/NISO Z39.29-2005", "BS 5605:1990", "GB/T 7714—2015"
_STANDARD_RE = re.compile(r"^(?:ISO|IEC|ANSI|NISO|BS|DIN|EN|ASTM|IEEE\s+Std|ГОСТ|GOST|GB|СТБ|СТ\s+РК|O\'z\s*DSt)\b")
_CONTAINERS = frozenset(("journal", "container-title"))
_LOOSE_DATE_RE = re.compile(
    r"(?:\b[A-Z][a-z]{2,8}\.?\s+(?:\d{1,2},?\s+)?|\b\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+)?(?<![\d/.-])(?:1[5-9]\d\d|20\d\d)(?![\d/-])"
)
_DOI_IN_RE = re.compile(r"10\.\d{4,9}/[^\s,;]+")


@dataclass(slots=True)
class Segment:
    """A run of tokens with one label, its text and the mean marginal probability of its tokens."""

    label: str
    text: str
    confidence: float


def segments_of(tokens: list[str], labels: list[str], marginals: list[float]) -> list[Segment]:
    """Consecutive tokens with the same label joined into segments."""
    out: list[Segment] = []
    start = 0
    for i in range(1, len(tokens) + 1):
        if i == len(tokens) or labels[i] != labels[start]:
            share = marginals[start:i]
            out.append(Segment(labels[start], " ".join(tokens[start:i]), sum(share) / len(share)))
            start = i
    return out


def fill_record(result: ParsedReference, segments: list[Segment]) -> None:
    """Every field the segments give, and the entry type."""
    record = result.record
    by_label: dict[str, list[str]] = {}
    for segment in segments:
        by_label.setdefault(segment.label, []).append(segment.text)
    first = {label: texts[0] for label, texts in by_label.items()}
    _names(result, by_label)
    if "title" in first:
        set_title(record, _unquote(first["title"]))
    container = first.get("journal") or first.get("container-title") or ""
    book_like = "journal" not in first and "editor" not in first
    if container and not record.title and book_like and not re.match(r"^(?:in|dans|en|im)\s*:?\s", container, re.I):
        set_title(record, _unquote(container))  # a book's title labelled as a container: it is the title
        by_label.pop("container-title", None)
        container = ""
    if container:
        set_container(record, _strip_in(_unquote(container)), "")
    _dates(record, segments)
    _plain_fields(record, first)
    split_publisher_place(record)
    genre = tidy(first.get("genre", "").strip("()[]"))
    if not genre:  # "(Doctoral dissertation)" or "[PhD thesis]" left in a note: the genre all the same
        genre = next((_bare(n) for n in by_label.get("note", []) if _THESIS_NOTE_RE.match(n)), "")
    record.type = _entry_type(record, by_label, genre)
    if record.type is EntryType.THESIS:
        record.genre = genre
        if record.publisher and not record.institution:
            record.institution, record.publisher = record.publisher, ""
    if record.type is EntryType.REPORT and "number" in first and not genre:
        series = _REPORT_NO_RE.split(_bare(first["number"]))[0].strip(" ,.")
        record.genre = series if series and series != record.number else ""
    if record.type is EntryType.REPORT and not record.number:
        found = _REPORT_NO_RE.search(" ".join([genre, *by_label.get("note", [])]))
        record.number = found.group(1) if found else ""


def _plain_fields(record: Record, first: dict[str, str]) -> None:
    """Series, volume and number, pages, edition, place, publisher, ISBN: one segment each."""
    if "volume" in first:
        read_volume(record, first["volume"], pages_elsewhere="pages" in first)
    elif _YEAR_GLUED_RE.match(first.get("date", "")):  # "2011;30(2):221-9." labelled a date holds the volume too
        read_volume(record, first["date"], pages_elsewhere="pages" in first)
    if "pages" in first:
        read_pages(record, first["pages"])
    plain: dict[str, tuple[str, Callable[[str], str]]] = {
        "collection-title": ("series", _bare),
        "edition": ("edition", read_edition),
        "location": ("place", read_place),
        "publisher": ("publisher", _bare),
        "number": ("number", read_number),
        "isbn": ("isbn", _isbn),
    }
    for label, (name, value_of) in plain.items():
        if label in first:
            setattr(record, name, value_of(first[label]))


def _bare(text: str) -> str:
    return tidy(_unwrap(balanced(text)))


def _unwrap(text: str) -> str:
    """ "(2nd ed.)" -> "2nd ed.": one pair of brackets around the whole value."""
    if text and text[0] in "([" and text[-1] in ")]" and text.count(text[0]) == 1:
        return text[1:-1].strip()
    return text


def read_number(text: str) -> str:
    """A report's, patent's or standard's number: "(Report No. 121614-KZ)" -> "121614-KZ"; "RR-4118-A" as is.

    The series words before "No." ("Europe and Central Asia Report") are the report's type, not its number.
    """
    value = _bare(text)
    found = _REPORT_NO_RE.search(value)
    return found.group(1).rstrip(".,;") if found else value


def _isbn(text: str) -> str:
    return re.sub(r"^ISBN[:\s]*", "", tidy(text), flags=re.IGNORECASE)


def _names(result: ParsedReference, by_label: dict[str, list[str]]) -> None:
    from biblio.importers.refs.english_names import split_english_names

    record = result.record
    roles: list[tuple[str, list[Name], re.Pattern[str] | None]] = [
        ("author", record.authors, _AUTHOR_WORDS_RE),
        ("editor", record.editors, _EDITOR_WORDS_RE),
        ("translator", record.translators, _TRANSLATOR_WORDS_RE),
    ]
    for label, target, words in roles:
        for text in by_label.get(label, []):
            target_list, role_words = target, words
            if label == "author" and re.search(r"\((?:eds?|Hrsg|éds?)\.?\)|,\s*eds?\.?$", text, re.IGNORECASE):
                target_list, role_words = record.editors, _EDITOR_WORDS_RE
            value = balanced(role_words.sub(" ", text) if role_words else text)
            names, et_al = split_english_names(value)
            target_list.extend(names)
            if et_al:
                record.extra[f"{label}s_et_al"] = "true"
            if names:
                result.roles.setdefault(label, []).extend(n.display() for n in names)


_EDGE = " .,;:\"“”„«»'‘’"


def _unquote(text: str) -> str:
    """A title without its quotes, final punctuation and unbalanced brackets ("(abstract)" stays)."""
    return tidy_title(balanced(text))


def balanced(text: str) -> str:
    """A segment without quotes and punctuation at its ends, nor a bracket whose partner is outside it.

    A bracket closed inside the segment that was opened before it ends the value: "University of
    Bradford]. Bradford Scholars" (the model ran past "[Doctoral dissertation, University of Bradford]").
    """
    value = text.strip(_EDGE)
    cut = _outside_close(value)
    if cut > 0:
        value = value[:cut].strip(_EDGE)
    cut = _outside_close(value[::-1].translate(_MIRROR))  # an opening bracket closed after the segment
    if cut > 0:
        value = value[: len(value) - cut - 1].strip(_EDGE)
    while value:
        if value[-1] in ")]" and value.count(value[-1]) > value.count("(" if value[-1] == ")" else "["):
            value = value[:-1].rstrip(_EDGE)
        elif value[0] in "([" and value.count(value[0]) > value.count(")" if value[0] == "(" else "]"):
            value = value[1:].lstrip(_EDGE)
        else:
            break
    return value


_MIRROR = str.maketrans("()[]", ")(][")


def _outside_close(text: str) -> int:
    """The index of the first ")" or "]" in ``text`` whose opening bracket is not in ``text`` (-1 if none)."""
    depth = {")": 0, "]": 0}
    for i, ch in enumerate(text):
        if ch in "([":
            depth[")" if ch == "(" else "]"] += 1
        elif ch in ")]":
            if depth[ch] == 0:
                return i if text[i + 1 :].strip(_EDGE) else -1  # a bracket at the very end is trimmed as before
            depth[ch] -= 1
    return -1


def _strip_in(text: str) -> str:
    return re.sub(r"^(?:in|dans|en|im)\s*:?\s+", "", text, flags=re.IGNORECASE).strip()


def _dates(record: Record, segments: list[Segment]) -> None:
    """The first date is the date; a date after "accessed"/"retrieved" is the access date.

    A later printing of the same year to the day is the date ("2021. … Financial Times, June 18, 2021"): a
    month alone ("… Conference, Paderborn, July 1996") or days of a meeting ("25-30 April 1992") are not
    (AnyStyle's convention keeps the first date then).

    With no date labelled, a year in a note, publisher or genre segment (the model's leftovers) is the
    date: a rule is sure of a year.
    """
    previous = ""
    for segment in segments:
        if segment.label == "date":
            value = read_date(segment.text)
            if _ACCESS_RE.search(previous) and not record.urldate:
                record.urldate = value
            elif not record.date or _fuller_printing(value, record.date, segment.text):
                record.date = value  # the first date, or a fuller printing of it ("2006. … July 27, 2006")
        previous = segment.text if segment.label != "date" else previous
    if record.date:
        return
    for segment in segments:
        found = _LOOSE_DATE_RE.search(segment.text) if segment.label in ("note", "publisher", "genre") else None
        if found and not _ACCESS_RE.search(segment.text):
            record.date = read_date(found.group(0))
            return


# Days of a meeting: "25-30 April 1992", "April 25–30, 1992"
_DAY_RANGE_RE = re.compile(r"(?<![\d/.-])\d{1,2}\s*[-–]\s*\d{1,2}\s+[^\W\d_]|[^\W\d_]\.?\s+\d{1,2}\s*[-–]\s*\d{1,2}\b")


def _fuller_printing(value: str, first: str, text: str) -> bool:
    """``value`` (read from ``text``) prints the date ``first`` gives to the day: a single day of the same year."""
    return value[:4] == first[:4] and len(value) == 10 > len(first) and not _DAY_RANGE_RE.search(text)


def read_date(text: str) -> str:
    """EDTF of a date segment: "(2011, March 3)." -> 2011-03-03, "septembre 2014" -> 2014-09."""
    numeric = re.search(r"(?<!\d)(\d{1,2})/(\d{1,2})/(\d{4})(?!\d)", text)
    if numeric:  # "04/01/2021": month first, as English styles print it, unless the first cannot be a month
        first, second, year_number = (int(g) for g in numeric.groups())
        month_no, day_no = (second, first) if first > 12 else (first, second)
        if 1 <= month_no <= 12 and 1 <= day_no <= 31:
            return f"{year_number:04d}-{month_no:02d}-{day_no:02d}"
    iso = iso_date(text.strip(" ()[].,;:"))
    year = _YEAR_RE.search(text)
    if not year:
        return iso
    if iso and len(iso) > 4:
        return iso
    months = [m for m in (month_number(w.group()) for w in _WORD_RE.finditer(text)) if m]
    if len(months) != 1:
        return year.group(1)
    rest = text[: year.start()] + " " + text[year.end() :]
    day = re.search(r"(?<!\d)([12]?\d|3[01])(?!\d)", rest)
    out = f"{year.group(1)}-{months[0]:02d}"
    return out + (f"-{int(day.group(1)):02d}" if day and int(day.group(1)) > 0 else "")


def read_volume(record: Record, text: str, pages_elsewhere: bool = False) -> None:
    """Volume, number (and pages glued on) from "18(2).", "Vol. 9, No. 3", "14: 221-9", "2012;30(15):153-7".

    "50: 3" is volume and pages, unless the pages are labelled elsewhere: then 3 is the issue.
    """
    value = text.strip(" .,;:[]")
    if value.startswith("(") and value.endswith(")") and value.count("(") == 1:
        value = value[1:-1].strip()
        if re.fullmatch(r"[\w\-–/]+", value):
            record.number = value  # "(7)": an issue printed without its volume (APA)
            return
    dotted = re.fullmatch(r"(\d+)\.(\d+)", value)
    if dotted:  # "29.6": volume.issue (biblatex's standard styles)
        record.volume, record.number = dotted.groups()
        return
    volume = _VOL_RE.search(value)
    number = _NO_RE.search(value)
    if volume or number:
        record.volume = volume.group(1) if volume else record.volume
        record.number = number.group(1) if number else record.number
        if number and not volume:
            lead = re.match(r"^(\d[\w\-–/]*)(?:\s*[,.:]|\s+\()", value)
            record.volume = lead.group(1) if lead else record.volume
        return
    balanced_brackets = value.count("(") == value.count(")")  # "(730018):1–19": an issue and pages, no volume
    glued = _GLUED_RE.match(value if balanced_brackets else value.strip("( "))
    if glued and (glued.group("vol") or glued.group("no")):
        record.volume = (glued.group("vol") or "").rstrip(".")
        record.number = glued.group("no") or ""
        record.date = record.date or glued.group("year") or ""  # Vancouver "2011;30(2):221-9": one token
        after_colon = glued.group("pages") or ""
        if pages_elsewhere and not record.number and after_colon.isdigit():
            record.number = after_colon
        elif after_colon and not record.pages:
            record.pages = pages_of(after_colon)
        return
    lead = re.match(r"^([\w\-–/]+)(?:\s*[,:.]\s*([\w\-–/]+))?$", value)
    if lead:
        record.volume, record.number = lead.group(1), lead.group(2) or ""
    else:
        record.volume = tidy(value)


def read_place(text: str) -> str:
    """A place as written, with the state or country after it ("Berkeley, Calif.", "Ann Arbor, Mich.")."""
    value = text.strip(" :;,")
    if value[:1] in "([" and value[-1:] in ")]" and value.count(value[0]) == 1:
        value = value[1:-1]  # "(New York:" or "[London]": the whole place in brackets
    last = value.rsplit(" ", 1)[-1]
    value = tidy(balanced(value))  # "Pittsburgh (PA):" keeps its state, "(Hamburg:" loses its bracket
    if last.endswith(".") and len(last) <= 6 and last[:1].isupper() and not value.endswith("."):
        value += "."  # the state's abbreviation keeps its full stop
    return value


def read_pages(record: Record, text: str) -> None:
    """Pages ("pp. 45–67", "221-9") or an extent ("223 p.", "xii, 345 pp.")."""
    value = text.strip(" .,;:()[]")
    extent = _EXTENT_RE.match(value)
    if extent:
        record.pagetotal = extent.group(1)
        return
    value = _PAGE_WORD_RE.sub("", value)
    record.pages = pages_of(value.replace("\u2011", "-").replace("\u2010", "-"))


def read_edition(text: str) -> str:
    """ "2nd ed." -> "2"; "Rev. ed." -> "revised"; other wording kept as written."""
    value = tidy(_unwrap(balanced(text)))
    number = re.match(r"^(\d+)\s*(?:st|nd|rd|th|e|er|re|d|\.|-?е)?\b", value)
    if number:
        return number.group(1)
    words = {"first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5", "sixth": "6"}
    lead = value.split(" ", 1)[0].casefold()
    if lead in words:
        return words[lead]
    return "revised" if re.match(r"^rev", value, re.IGNORECASE) else value


def _entry_type(record: Record, by_label: dict[str, list[str]], genre: str) -> EntryType:
    """The entry type from the labels present (AnyStyle's own reading of its labels) and their values."""
    numbered = _numbered_type(record, by_label, genre)
    if numbered:
        return numbered
    if "journal" in by_label:
        newspaper = len(record.date) == 10 and not (record.volume or record.number)
        return EntryType.NEWSPAPER if newspaper or re.search(r"newspaper", genre, re.I) else EntryType.ARTICLE
    if "container-title" in by_label:
        return _contained_type(record, by_label)
    if record.editors and not record.authors:
        return EntryType.COLLECTION
    return EntryType.BOOK if record.publisher or "location" in by_label else EntryType.MISC


def _numbered_type(record: Record, by_label: dict[str, list[str]], genre: str) -> EntryType | None:
    """A thesis by its genre words; a patent, standard or report by its number's shape or genre words."""
    if genre and _THESIS_RE.search(genre):
        return EntryType.THESIS
    if _PATENT_RE.search(record.number) or (genre and re.search(r"\bpatent", genre, re.IGNORECASE)):
        return EntryType.PATENT
    if _STANDARD_RE.match(record.number):
        return EntryType.STANDARD
    if (genre and _REPORT_RE.search(genre)) or ("number" in by_label and not _CONTAINERS & by_label.keys()):
        return EntryType.REPORT
    return None


def _contained_type(record: Record, by_label: dict[str, list[str]]) -> EntryType:
    """A paper in proceedings, a chapter in a book, or an article in a periodical labelled as a container."""
    container = by_label["container-title"][0]
    if _PROCEEDINGS_RE.search(container):
        return EntryType.INPROCEEDINGS
    if "editor" in by_label or re.match(r"^In:?\s", container) or record.publisher:
        return EntryType.INCOLLECTION
    return EntryType.ARTICLE if record.volume or record.pages else EntryType.INCOLLECTION


def doi_of(text: str) -> str:
    """The DOI in a doi segment or a URL (without "doi:" or a resolver)."""
    found = _DOI_IN_RE.search(text)
    return found.group(0).rstrip(".,;)>]") if found else ""


_PUBLISHER_END = frozenset(
    "press publishers publisher publishing verlag books éditions editions editores editrice".split()
)
_CORPORATE_TAIL = re.compile(r"^(?:Inc|Ltd|LLC|Co|Corp|GmbH|AG|S\.?A|plc|B\.?V)\.?$", re.IGNORECASE)


def split_publisher_place(record: Record) -> None:
    """ "Routledge, London" read as the place, "Florida University Press, Gainesville" as the publisher: the
    publisher-then-place order of Springer and Harvard styles, when only one of the two fields was found.

    A place segment splits when the part after its last comma is a known place and the part before reads as a
    publisher (a known one, a publisher's word, an acronym: "White Plains, NY" and "Berkeley, Calif." stay);
    a publisher segment splits when the part before ends with a publisher's word (Press, Verlag, Books…) and
    the part after is one to three capitalised words, not "Inc." or "Ltd.".
    """
    from biblio.importers.refs.crf.features import lexicon

    places = lexicon()

    def is_place(text: str) -> bool:
        words = [w.strip(".").casefold() for w in text.split()]
        return bool(words) and all("place" in places.get(w, ()) for w in words)

    def is_publisher(text: str) -> bool:  # "Routledge", "Hurst & Co", "Brill Press", "VEOHRC": not "White Plains"
        words = [w.strip(".&").casefold() for w in text.split()]
        known = any("publisher" in places.get(w, ()) for w in words) or words[-1:] in ([w] for w in _PUBLISHER_END)
        return known or (text.isalpha() and text.isupper() and 2 <= len(text) <= 8)

    if record.place and not record.publisher and "," in record.place:
        head, tail = (part.strip() for part in record.place.rsplit(",", 1))
        if is_place(tail) and not any(is_place(word) for word in head.split()) and is_publisher(head):
            record.publisher, record.place = head, tail
    elif record.publisher and not record.place and "," in record.publisher:
        head, tail = (part.strip() for part in record.publisher.rsplit(",", 1))
        last = head.rsplit(" ", 1)[-1].casefold()
        words = tail.split()
        capitalised = 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words)
        if last in _PUBLISHER_END and capitalised and not _CORPORATE_TAIL.match(tail):
            record.publisher, record.place = head, tail
