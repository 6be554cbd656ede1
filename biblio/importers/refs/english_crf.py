"""English and other Latin-script references read by the learned labeller, with rules for hard anchors.

The CRF (:mod:`biblio.importers.refs.crf`) labels every token (author, title, journal, volume, pages,
publisher, ...). Rules decide where they are sure and override the model there: a URL is a URL (a
doi.org link is the DOI), a DOI is a DOI, an "ISBN" and its number are the ISBN; and shapes the model
gets wrong as a class are mended (an inverted name ends at its initial, a quoted title at its closing
quote, an unmarked "editor" at the end is the publisher, "Oxford UP" is one publisher). The segments then
become fields (:mod:`biblio.importers.refs.crf.fields`).

Confidence: the mean over segments of the model's marginal probability of each token's label, with the
weakest segment weighing as much as all the others (a wrong boundary shows as one unsure segment);
tokens fixed by a rule count as certain.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from biblio.importers.refs.common import (
    DOI_RE,
    URL_RE,
    ParsedReference,
    finish,
    new_record,
    set_container,
    set_title,
)
from biblio.importers.refs.crf.fields import MONTH_ABBREVIATION, Segment, doi_of, fill_record, read_date, segments_of
from biblio.importers.refs.english import ACCESS_RE
from biblio.model import EntryType, Record

_DOI_LABEL_RE = re.compile(r"^(?:doi|DOI)\s*:?$")
_ISBN_LABEL_RE = re.compile(r"^ISBN(?:-1[03])?:?$", re.IGNORECASE)
_ISBN_NUMBER_RE = re.compile(r"^[\dX][\d\-X]{8,16}[.,;]?$")
_IGNORED = ("note", "citation-number")
MAX_TOKENS = 200  # the longest of AnyStyle's 1,514 references has 82 words


def parse_english_crf(raw: str) -> ParsedReference:
    """Parse one reference string with the labeller; never raises on well-typed input."""
    from biblio.importers.refs.crf.model import label_tokens

    tokens = raw.split()
    labelled = label_tokens(tokens[:MAX_TOKENS])
    return read_labels(raw, labelled.labels, labelled.marginals, labelled.title_scores)


def read_labels(
    raw: str, labels: list[str], marginals: list[float], title_scores: list[float] | None = None
) -> ParsedReference:
    """The record of a string whose first tokens carry ``labels`` (from the model, or gold ones when training).

    The rules below run over any labelling: anchors, a title for every reference, quoted titles, access dates.
    """
    text = " ".join(raw.split())
    record = new_record(raw, "english")
    result = ParsedReference(record=record, style="english")
    tokens = text.split()
    labels, marginals = list(labels), list(marginals)
    if len(tokens) > MAX_TOKENS:  # no reference is this long: the tail is kept in rawref, not read
        result.warnings.append(f"longer than {MAX_TOKENS} words: only the start was read as a reference")
    labels += ["note"] * (len(tokens) - len(labels))
    marginals += [0.0] * (len(tokens) - len(marginals))
    _anchor(tokens, labels, marginals)
    if title_scores and not titleless_citation(tokens, labels):
        _likeliest_title(labels, marginals, title_scores)
    _quoted_title(tokens, labels)
    _name_ends(tokens, labels)
    _vancouver_name_end(tokens, labels)
    _vancouver_tails(tokens, labels, marginals)
    _unmarked_editors(tokens, labels)
    _press_names(tokens, labels)
    access = _access_date(tokens, labels, marginals)
    segments = segments_of(tokens, labels, marginals)
    quoted = "title" in labels and tokens[labels.index("title")][:1] in _CLOSERS
    fill_record(result, segments)
    _links(result, segments, text)
    record.urldate = access or record.urldate
    _web_page(record, quoted)
    if not record.title and not (record.container and (record.authors or record.date)):
        set_title(record, text)  # physics-style "Phys. Rev. Lett. 83, 3370 (1999)" has no title: that is fine
        result.warnings.append("no title found: the whole text kept as the title")
    finish(record, text)
    record.language = record.language or "en"
    result.confidence = round(confidence(segments) * _completeness(record), 3) if len(tokens) <= MAX_TOKENS else 0.0
    return result


def _web_page(record: Record, quoted: bool) -> None:
    """A record with a URL that reads as a web page gets type ``online``; its site is its container.

    A site's name labelled as a journal with no volume or pages; a "book" with no place whose date has a day,
    or whose title is quoted (a book's title is never quoted): the "publisher" is the site that holds the
    page (CSL's container-title).
    """
    if not record.url:
        return
    issue_less = not (record.volume or record.number or record.pages)
    if record.type in (EntryType.MISC, EntryType.NEWSPAPER) or (record.type is EntryType.ARTICLE and issue_less):
        record.type = EntryType.ONLINE
    elif record.type is EntryType.BOOK and not record.place and (len(record.date) == 10 or quoted):
        record.type = EntryType.ONLINE
        if not record.container and record.publisher:
            set_container(record, record.publisher, "")
            record.publisher = ""


def _anchor(tokens: list[str], labels: list[str], marginals: list[float]) -> None:
    """Rule-certain tokens: URLs, DOIs (with their "doi:" label), ISBNs."""
    for i, token in enumerate(tokens):
        label = _anchor_label(token) if len(token) <= _CACHED_TOKEN else _anchor_label.__wrapped__(token)
        if not label and i + 1 < len(tokens) and _DOI_LABEL_RE.match(token) and "10." in tokens[i + 1]:
            label = "doi"
        elif not label and i and _ISBN_NUMBER_RE.match(token) and _ISBN_LABEL_RE.match(tokens[i - 1]):
            label = "isbn"
        if label:
            labels[i], marginals[i] = label, 1.0


_CACHED_TOKEN = 300  # longer tokens are labelled without the cache (it would keep them alive)


@lru_cache(maxsize=16384)
def _anchor_label(token: str) -> str:
    """ "url", "doi" or "isbn" for a token that is one by itself ("" for the others; cached per token)."""
    lower = token.casefold()
    if ("http" in lower or "www." in lower) and URL_RE.search(token):
        return "doi" if re.search(r"doi\.org/10\.", token, re.IGNORECASE) else "url"
    if "10." in token and DOI_RE.search(token):
        return "doi"
    return "isbn" if "isbn" in lower and _ISBN_LABEL_RE.match(token) else ""


_KEEP_LABELS = ("url", "doi", "isbn", "date", "citation-number")


def titleless_citation(tokens: list[str], labels: list[str]) -> bool:
    """Names, a journal (or an "In …" container with pages) and a date, volume or pages, and no title: a work
    cited without its title.

    Chemistry and astronomy styles print none ("H. W. Deckman, C. B. Roxlo, Opt. Lett. 1983, 8, 491.",
    "Komatsu E. et al. 2001, PASJ, 53, 57", "Giovannini G., 2002, in ‘Merging Processes’, eds. …, p. 197"): no
    token is made a title then (the last name or the journal was).
    """
    present = set(labels)
    contained = "journal" in present or (
        "container-title" in present
        and present & {"volume", "pages"}
        and tokens[labels.index("container-title")].casefold() in ("in", "in:")
    )
    return bool(contained and present & {"author", "editor"} and present & _LOCATORS)


_LOCATORS = frozenset(("date", "volume", "pages"))


def _likeliest_title(labels: list[str], marginals: list[float], scores: list[float]) -> None:
    """Every reference has a title: with none labelled, the run of tokens the model most thinks is one.

    The run is the stretch (outside URLs, DOIs, dates) with the highest total title probability less half
    the highest one per token (a run grows only over the tokens that lean most towards "title"); its
    tokens keep their low probabilities, so the parse is flagged for review.
    """
    penalty = max(scores) / 2
    best, best_span, total, start = 0.0, (0, 0), 0.0, 0
    for i, score in enumerate(scores):
        if labels[i] in _KEEP_LABELS:
            total, start = 0.0, i + 1
            continue
        total += score - penalty
        if total <= 0:
            total, start = 0.0, i + 1
        elif total > best:
            best, best_span = total, (start, i + 1)
    for i in range(*best_span):
        labels[i], marginals[i] = "title", scores[i]


_QUOTE_REACH = 6  # how far past the model's title a closing quote is looked for
_CLOSERS = {"'": "'", '"': '"', "“": "”", "‘": "’", "«": "»", "„": "“"}


def _quoted_title(tokens: list[str], labels: list[str]) -> None:
    """A title that opens with a quote ends at the closing quote: what the model ran on past it is the source.

    The tokens after the quote, up to the end of the title run, become the container (the journal, site or
    book a quoted title is part of) when the model found none, else a note. When the model stopped short of
    the closing quote (a quotation inside the title: 'Putting "traditional values" into practice'), the
    title runs on to it.
    """
    if "title" not in labels:
        return
    start = labels.index("title")
    opener = tokens[start][:1]
    closer = _CLOSERS.get(opener)
    if not closer:
        return
    end = start
    while end + 1 < len(labels) and labels[end + 1] == "title":
        end += 1
    depth = 0
    for i in range(start, min(end + _QUOTE_REACH, len(tokens))):
        depth += tokens[i].startswith(opener) + (i > start and tokens[i][:2] == "(" + opener)
        if tokens[i].rstrip(".,;:")[-1:] == closer or tokens[i].rstrip(".,;:?!")[-1:] == closer:
            depth -= 1
        if depth <= 0 and i > end:  # the model stopped inside the quotation: the title runs to its end
            if all(label not in _KEEP_LABELS for label in labels[end + 1 : i + 1]):
                labels[end + 1 : i + 1] = ["title"] * (i - end)
            return
        if depth <= 0:
            has_container = "journal" in labels or "container-title" in labels
            for j in range(i + 1, end + 1):
                labels[j] = "note" if has_container else "container-title"
            return


_NAMES = ("author", "editor", "translator")
_ROLE_RE = re.compile(
    r"^\(?(?:in:?|eds?\.?|editors?|edited|hrsg\.?|hg\.?|éds?\.?|dir\.?|trans\.?|translated|tr\.|by|a)[.,:;)]*$|cura",
    re.IGNORECASE,
)


def _runs(labels: list[str]) -> list[tuple[int, int, str]]:
    """(start, end exclusive, label) of each run of one label."""
    out: list[tuple[int, int, str]] = []
    start = 0
    for i in range(1, len(labels) + 1):
        if i == len(labels) or labels[i] != labels[start]:
            out.append((start, i, labels[start]))
            start = i
    return out


def _name_ends(tokens: list[str], labels: list[str]) -> None:
    """An inverted name ("Family, Given I.") ends at its initial: words the model ran on past it start the title.

    "Spykman, Nicholas J. America's Strategy…": "America's" has no comma or full stop after it, so it
    cannot be the last word of the author list. (In direct order, "J. H. Chern", the family name follows.)
    """
    runs = _runs(labels)
    for (start, end, label), (_, _, following) in pairwise(runs):
        if label not in _NAMES or following != "title":
            continue
        last = end - 1
        while last >= start and not re.search(r"[.,;:)]$", tokens[last]):
            last -= 1
        inverted = tokens[start].endswith(",")  # "Spykman, Nicholas J.": after the initial, the name is over
        if inverted and start < last < end - 1 and re.fullmatch(r"[A-Z]\.", tokens[last]):
            for i in range(last + 1, end):
                labels[i] = "title"


# "Jan;73(2):849-61.", "Mar 15;12:e4." (NLM/Vancouver: the month or day of the issue glued to volume, issue, pages)
_VANCOUVER_TAIL = re.compile(rf"^(?:{MONTH_ABBREVIATION}\.?|\d{{1,2}})?;[A-Z]?\d+(?:\([^)\s]*\))?(?::[\w\-–]+)?[.,;]?$")


_SURNAME_RE = re.compile(r"^[A-Z][\w'’-]+$")
_INITIALS_END_RE = re.compile(r"^[A-Z]{1,3}\.$")
_INITIALS_NEXT_RE = re.compile(r"^[A-Z]{1,3}[,.]$")
_BARE_INITIALS_RE = re.compile(r"^[A-Z]{2,3}[,.]$")
_INITIAL_RE = re.compile(r"^[A-Z]\.|^(?:Jr|Sr|II|III)\b")


def _vancouver_name_end(tokens: list[str], labels: list[str]) -> None:
    """A Vancouver name list ("Olcott MB, Smith J.") ends at the initials closed by a full stop: words the model
    ran on past them ("McGlinchey E. Chaos, violence…") start the title."""
    runs = _runs(labels)
    if len(runs) < 2 or runs[0][2] != "author" or runs[1][2] != "title":
        return
    start, end, _ = runs[0]
    if end - start < 3 or not (_SURNAME_RE.match(tokens[start]) and _INITIALS_NEXT_RE.match(tokens[start + 1])):
        return
    # Vancouver for sure: initials without full stops ("MB.") or a comma after the first initial ("Olcott M,");
    # "Halford J. Mackinder," (given name, initial, family name) reads the same as "McGlinchey E. Chaos,"
    if not (tokens[start + 1].endswith(",") or any(_BARE_INITIALS_RE.match(t) for t in tokens[start:end])):
        return
    for i in range(start + 1, end - 1):
        after = tokens[i + 1]
        if _INITIALS_END_RE.match(tokens[i]) and _SURNAME_RE.match(tokens[i - 1]) and not _INITIAL_RE.match(after):
            labels[i + 1 : end] = ["title"] * (end - i - 1)
            return


def _vancouver_tails(tokens: list[str], labels: list[str], marginals: list[float]) -> None:
    """A token "Jan;73(2):849-61." after the year holds the volume, issue and pages: it is the volume segment
    (read by :func:`biblio.importers.refs.crf.fields.read_volume`), whatever the model called it."""
    for i, token in enumerate(tokens):
        if labels[i] not in _KEEP_LABELS and _VANCOUVER_TAIL.match(token):
            labels[i], marginals[i] = "volume", 1.0


def _unmarked_editors(tokens: list[str], labels: list[str]) -> None:
    """An "editor" run with no role word (ed., edited by, In, Hrsg.) at the end of a reference is the publisher.

    English styles always mark editors; a name-like run after the title with nothing but a date, pages or
    links after it is where the publisher stands ("Rumer, B. Z. (2002). Title? M. E. Sharpe.").
    """
    runs = _runs(labels)
    for index, (start, end, label) in enumerate(runs):
        if label != "editor" or index == 0 or any(_ROLE_RE.search(t) for t in tokens[start:end]):
            continue
        before = {lab for _, _, lab in runs[:index]}
        after = {lab for _, _, lab in runs[index + 1 :]}
        if "title" in before and after <= {"date", "pages", "url", "doi", "note"} and "publisher" not in before:
            for i in range(start, end):
                labels[i] = "publisher"


_PRESS_TAIL = re.compile(r"^(?:UP|U\.\s?P\.|P|Press)[.,;]?$")


def _press_names(tokens: list[str], labels: list[str]) -> None:
    """MLA's "Oxford UP", "U of Pittsburgh P": a publisher that is only "UP"/"P" takes the place word before it.

    A place is set off from its publisher by a colon ("Oxford: Oxford UP"); without one, the two are one name.
    """
    runs = _runs(labels)
    for (start, end, label), (next_start, next_end, following) in pairwise(runs):
        tail = " ".join(tokens[next_start:next_end])
        if label == "location" and following == "publisher" and _PRESS_TAIL.match(tail):
            if not tokens[end - 1].endswith(":"):
                labels[start:end] = ["publisher"] * (end - start)


def _access_date(tokens: list[str], labels: list[str], marginals: list[float]) -> str:
    """ "Accessed May 5, 2021" / "(Accessed: 5 May 2021)" / "Retrieved March 3, 2021": the access date.

    A rule is sure here; its tokens become a note so they are not read as the date of the work.
    """
    text = " ".join(tokens)
    found = ACCESS_RE.search(text)
    if not found or not found.group("date"):
        return ""
    matched = found.group(0)
    begin = found.start() + len(matched) - len(matched.lstrip(" "))
    first = text[:begin].count(" ")
    last = first + matched.strip().count(" ")
    for i in range(first, min(last + 1, len(tokens))):
        if labels[i] not in ("url", "doi"):
            labels[i], marginals[i] = "note", 1.0
    return read_date(found.group("date"))


def _links(result: ParsedReference, segments: list[Segment], text: str) -> None:
    """URL, DOI: a doi.org link is the DOI; a URL with "/doi/" in it stays whole and gives the DOI too."""
    record = result.record
    urls = [s.text for s in segments if s.label == "url"]
    dois = [s.text for s in segments if s.label == "doi"]
    for value in dois:
        record.doi = record.doi or doi_of(value)
    for value in map(_unbreak, urls):
        found = URL_RE.search(value)
        url = found.group(0).rstrip(".,;)>]") if found else value.strip("<>()[]").rstrip(".,;")
        if re.search(r"//(?:dx\.)?doi\.org/", url, re.IGNORECASE):
            record.doi = record.doi or doi_of(url)
        elif not record.url:
            record.url = url
            record.doi = record.doi or (doi_of(url) if "/doi/" in url else "")
    if not record.doi and "10." in text:
        found = DOI_RE.search(text)
        if found and not (record.url and found.group(1) in record.url):
            record.doi = found.group(1).rstrip(".,;)>]")


# The URL so far is inside its path ("http://host/a/Final"), and the next piece goes on with a path or a file
# name ("BrochureWHA2008a.pdf", "development/assets/x.pdf"): a space inside the path, not a new word.
_IN_PATH_RE = re.compile(r"(?:https?://|www\.)[^/\s]+/\S*[\w~%-]$", re.IGNORECASE)
_PATH_PIECE_RE = re.compile(
    r"^[\w~%.-]*(?:/[\w~%.-]*)+[>.,;]*$|^[\w~%.-]+\.(?:pdf|html?|php|aspx?|jsp|docx?|xlsx?|pptx?|txt|xml)[>.,;)]*$",
    re.IGNORECASE,
)


def _unbreak(text: str) -> str:
    """A URL broken across lines ("http://www. boston.com/a", "…/uploads/ b.pdf") joined back together.

    A piece continues the URL when the piece before it ends in "/", ".", "-", "_", the next one starts
    with "/", or a URL inside its path goes on with a path or a file name ("…/impact/Final Brochure.pdf",
    "…/community development/assets/a.pdf"); a new word after a complete URL is not joined.
    """
    pieces = text.split()
    out = pieces[:1]
    for piece in pieces[1:]:
        joins = out[-1][-1:] in "/-_" or (out[-1][-1:] == "." and piece[:1].islower()) or piece[:1] == "/"
        joins = joins or (_IN_PATH_RE.search(out[-1]) is not None and _PATH_PIECE_RE.search(piece) is not None)
        if URL_RE.search(out[0]) and joins and piece[:1].isascii():
            out[-1] += piece
        else:
            out.append(piece)
    return " ".join(out)


def _completeness(record: Record) -> float:
    """1.0 for a reference with names, title, date and source; less when two of the four are missing."""
    source = record.container or record.publisher or record.url or record.doi or record.institution
    parts = sum(map(bool, (record.authors or record.editors, record.title, record.date, source)))
    return 1.0 if parts >= 3 else 0.7


def confidence(segments: list[Segment]) -> float:
    """How sure the labelling is, 0-1: the mean segment confidence, pulled down by the weakest segment."""
    scored = [s.confidence for s in segments if s.label not in _IGNORED]
    if not scored:
        return 0.0
    mean = sum(scored) / len(scored)
    return round((mean + min(scored)) / 2, 3)
