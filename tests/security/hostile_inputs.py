"""Hostile input files, one per importer family, with a payload in every plain-text field they read.

Each payload is aimed at a canary file (its content must never reach the PDF) and a marker file
(it must never be created); the paths are absolute, as an attacker would write them. Every record's
title starts with ``Hostile <family> <n>`` so the test can tell that each entry was printed.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from pathlib import Path

from biblio.export.latex_escape import escape_latex

FAMILIES = ("bibtex", "csl-json", "ris", "refer", "reflist", "web")


@dataclass(frozen=True)
class Target:
    """The files an attack would read or write."""

    canary: Path  # holds SECRET
    marker: Path  # must not exist after the builds
    secret: str = "CANARYSECRET7731"

    @property
    def c(self) -> str:
        """The canary as the payloads name it: relative to a build folder (short: BibTeX cuts long labels)."""
        return f"../{self.canary.name}"

    @property
    def m(self) -> str:
        """The marker as the payloads name it."""
        return f"../{self.marker.name}"

    def payloads(self) -> list[str]:
        """Plain-text payloads: each must be printed literally, none may read, write or run anything."""
        c, m = self.c, self.m
        return [
            rf"\input{{{c}}} \write18{{touch {m}}} \immediate\openout5=pwned-out.tex \csname @@input\endcsname {c}",
            f"^^5ccsname^^20@@input^^5cendcsname^^20{c} ^^5cwrite18^^7btouch {m}^^7d \\catcode 94=12",
            "unbalanced { brace } } 100% #1 & ~x_y$ nul\x00cr\rsep\u2028end",
        ]

    def titles(self) -> list[tuple[str, int, str]]:
        """(family, index, title) of every record whose title is plain text (not .bib LaTeX)."""
        payloads = self.payloads()
        found = [(f, i, title(f, i, p)) for f in FAMILIES[1:-1] for i, p in enumerate(payloads)]
        return [*found, ("web", 0, title("web", 0, _web_payload(payloads)))]

    def doi(self) -> str:
        """A DOI that read the canary through gbt7714.bst + hyperref before the fix."""
        return f"10.1/x^^5ccsname^^20@@input^^5cendcsname^^20{self.c}"

    def url(self) -> str:
        """A URL that ran a command under -shell-escape before the fix."""
        return f'http://e.org/^^5ccsname^^20@@input^^5cendcsname^^20|"touch {self.m}"'

    def latex_payloads(self) -> list[str]:
        """Verbatim LaTeX for a .bib file: the kept-LaTeX filter must refuse every one."""
        c, m = self.c, self.m
        return [
            rf"\inpu^^74{{{c}}}",
            r"\def\a{\a}\a Press",
            rf"\immediate\write18{{touch {m}}}",
            r"\catcode`\^=7 \csname @@input\endcsname " + c,
            rf"\newread\f \openin\f={c} \read\f to\x \x",
        ]


def short(payload: str) -> str:
    """The payload cut for a name: classic BibTeX cuts a label past 500 characters mid-brace (a build error)."""
    return payload[:48]


def title(family: str, index: int, payload: str) -> str:
    """The title of hostile record ``index`` of ``family``."""
    return f"Hostile {family} {index} {payload}"


def write_all(directory: Path, target: Target) -> list[Path]:
    """One input file per family in ``directory``."""
    writers = {"bibtex": _bibtex, "csl-json": _csl, "ris": _ris, "refer": _refer, "reflist": _reflist, "web": _web}
    paths = []
    for family, write in writers.items():
        path = directory / f"hostile-{family}.{_SUFFIX[family]}"
        path.write_text(write(family, target), encoding="utf-8")
        paths.append(path)
    return paths


_SUFFIX = {"bibtex": "bib", "csl-json": "json", "ris": "ris", "refer": "txt", "reflist": "txt", "web": "html"}


def _bibtex(family: str, target: Target) -> str:
    entries = []
    payloads = target.payloads()
    for index, payload in enumerate(payloads):  # plain text, spelled as a .bib spells it
        value = escape_latex(payload)
        fields = {name: value for name in ("journal", "publisher", "address", "note", "volume", "number", "pages")}
        author = f"{{{escape_latex(short(payload))}}} and Smith, John"
        fields |= {"title": escape_latex(title(family, index, payload)), "author": author}
        fields |= {"year": "2001", "doi": target.doi(), "url": target.url(), "keywords": value, "abstract": value}
        entries.append(_bib_entry(f"hb{index}", fields))
    for index, latex in enumerate(target.latex_payloads(), start=len(payloads)):
        fields = {"title": f"Hostile {family} {index} {latex}", "journal": latex, "publisher": latex, "note": latex}
        entries.append(_bib_entry(f"hb{index}", fields | {"author": "Smith, John", "year": "2001"}))
    return "\n".join(entries)


def _bib_entry(key: str, fields: dict[str, str]) -> str:
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields.items())
    return f"@article{{{key},\n{body}\n}}\n"


def _csl(family: str, target: Target) -> str:
    items = []
    for index, payload in enumerate(target.payloads()):
        text = {name: payload for name in ("container-title", "publisher", "publisher-place", "note", "volume")}
        text |= {name: payload for name in ("issue", "page", "edition", "genre", "abstract", "collection-title")}
        items.append(
            {
                "id": f"hc{index}\x00\u2028",
                "type": "article-journal",
                "title": title(family, index, payload),
                "author": [{"family": short(payload), "given": short(payload)}, {"literal": short(payload)}],
                "editor": [{"family": short(payload), "given": "J"}],
                "issued": {"date-parts": [[2001]]},
                "DOI": target.doi(),
                "URL": target.url(),
                "language": payload,
                "keyword": payload,
                **text,
            }
        )
    return json.dumps(items, ensure_ascii=False)


def _ris(family: str, target: Target) -> str:
    records = []
    for index, payload in enumerate(target.payloads()):
        line = payload.replace("\r", " ")  # one line per tag
        tags = [("TY", "JOUR"), ("TI", title(family, index, line)), ("AU", short(line)), ("AU", "Smith, John")]
        tags += [(tag, line) for tag in ("T2", "PB", "CY", "VL", "IS", "SP", "N1", "AB", "KW", "LA", "ET")]
        tags += [("PY", "2001"), ("DO", target.doi()), ("UR", target.url()), ("ER", "")]
        records.append("\n".join(f"{tag}  - {value}".rstrip() for tag, value in tags))
    return "\n\n".join(records) + "\n"


def _refer(family: str, target: Target) -> str:
    records = []
    for index, payload in enumerate(target.payloads()):
        line = payload.replace("\r", " ")
        tags = [("0", "Journal Article"), ("T", title(family, index, line)), ("A", short(line)), ("A", "Smith, John")]
        tags += [(tag, line) for tag in ("J", "I", "C", "V", "N", "P", "X", "K", "G", "7")]
        tags += [("D", "2001"), ("R", target.doi()), ("U", target.url())]
        records.append("\n".join(f"%{tag} {value}" for tag, value in tags))
    return "\n\n".join(records) + "\n"


def _reflist(family: str, target: Target) -> str:
    lines = []
    for index, payload in enumerate(target.payloads()):
        line = payload.replace("\r", " ").replace("\u2028", " ")
        reference = f"Smith J. {title(family, index, line)}[J]. {line}, 2001, 3(2): 10-20. DOI: {target.doi()}."
        lines.append(f"[{index + 1}] {reference}")
    return "\n".join(lines) + "\n"


def _web_payload(payloads: list[str]) -> str:
    return payloads[0]


def _web(family: str, target: Target) -> str:
    payload = _web_payload(target.payloads())
    meta = {
        "citation_title": title(family, 0, payload),
        "citation_author": short(payload),
        "citation_journal_title": payload,
        "citation_publisher": payload,
        "citation_volume": payload,
        "citation_doi": target.doi(),
        "citation_publication_date": "2001",
        "og:site_name": payload,
        "og:url": target.url(),
        "description": payload,
    }
    tags = "\n".join(f'<meta name="{name}" content="{html.escape(value)}">' for name, value in meta.items())
    head = f"<title>{html.escape(meta['citation_title'])}</title>\n{tags}"
    return f"<!doctype html><html lang='en'><head>{head}\n</head><body><p>x</p></body></html>\n"
