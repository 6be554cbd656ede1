"""Render records with TeX Live's bibliography styles and read back one string per entry.

One document per style holds every record (one compile per style, not per entry): xelatex + biber
(biblatex styles) or xelatex + bibtex (``gbt7714-*.bst``). Each entry starts with a marker ``@@key@@``
(``\\AtEveryBibitem`` for biblatex; the ``.bbl`` is patched for BibTeX), the page is wide enough that no
entry wraps, and ``pdftotext -raw`` gives one entry per line: the text after the marker is the string.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from scripts.refcorpus.records import Person, Record


@dataclass(frozen=True, slots=True)
class StyleConf:
    """One rendering configuration: a style package with its options, and the languages it renders."""

    name: str  # repeated-author dashes ("———.") are switched off (dashed=false) where the style has them
    family: str  # gbt7714 | gost | english (the evaluation's style family)
    package: str  # the biblatex options, or "bst:<name>" for a BibTeX style
    langs: tuple[str, ...]
    main_language: str = "english"
    preamble: str = ""
    sample: int = 3  # entries per record-kind in the committed sample
    extra: dict[str, str] = field(default_factory=dict)


ALL = ("zh", "ru", "en", "ja", "ko")
LATIN_CYRILLIC = ("ru", "en")
STYLES: tuple[StyleConf, ...] = (
    StyleConf("biblatex-gb7714-2015", "gbt7714", "backend=biber,style=gb7714-2015", ALL),
    StyleConf("biblatex-gb7714-2015ay", "gbt7714", "backend=biber,style=gb7714-2015ay,dashed=false", ALL),
    # gbt7714.bst runs Cyrillic family and given names together ("ЛебедеваМарина"): no Russian records there.
    StyleConf("gbt7714-numerical.bst", "gbt7714", "bst:gbt7714-numerical", ("zh", "en", "ja", "ko")),
    StyleConf("gbt7714-author-year.bst", "gbt7714", "bst:gbt7714-author-year", ("zh", "en", "ja", "ko")),
    StyleConf(
        "biblatex-gost-numeric-7.1",
        "gost",
        "backend=biber,style=gost-numeric,autolang=other,dashed=false",
        LATIN_CYRILLIC,
        "russian",
    ),
    StyleConf(
        "biblatex-gost-numeric-7.0.5",
        "gost",
        "backend=biber,style=gost-numeric,autolang=other,blockpunct=space,dashed=false",
        LATIN_CYRILLIC,
        "russian",
    ),
    StyleConf(
        "biblatex-gost-authoryear-7.1",
        "gost",
        "backend=biber,style=gost-authoryear,autolang=other,dashed=false",
        LATIN_CYRILLIC,
        "russian",
    ),
    StyleConf(
        "biblatex-gost-authoryear-min-7.0.5",
        "gost",
        "backend=biber,style=gost-authoryear-min,autolang=other,blockpunct=space,dashed=false",
        LATIN_CYRILLIC,
        "russian",
    ),
    StyleConf("biblatex-chicago-authordate", "english", "chicago:authordate", LATIN_CYRILLIC),
    StyleConf("biblatex-chicago-notes", "english", "chicago:notes", LATIN_CYRILLIC),
    StyleConf("biblatex-apa", "english", "backend=biber,style=apa,dashed=false", LATIN_CYRILLIC),
    StyleConf("biblatex-ieee", "english", "backend=biber,style=ieee", LATIN_CYRILLIC),
    StyleConf("biblatex-vancouver", "english", "backend=biber,style=vancouver", LATIN_CYRILLIC),
    StyleConf("biblatex-authoryear", "english", "backend=biber,style=authoryear,dashed=false", LATIN_CYRILLIC),
)

_LANGID = {"zh": "chinese", "ru": "russian", "en": "english", "ja": "japanese", "ko": "korean"}
_BIBTEX_TYPES = {"thesis": "phdthesis", "report": "techreport", "online": "online", "newspaper": "newspaper"}
_SPECIAL = re.compile(r"([&%#_$])")


def bib_escape(value: str) -> str:
    """Escape the characters BibTeX/LaTeX would read as commands (``&``, ``%``, ``#``, ``_``, ``$``)."""
    return _SPECIAL.sub(r"\\\1", value)


def bib_name(person: Person) -> str:
    """A name as BibLaTeX reads it: corporate and Han/kana/Hangul names braced whole."""
    if person.literal:
        return "{" + bib_escape(person.literal) + "}"
    if person.lang == "zh-foreign":
        return "{" + (f"{person.given}·{person.family}" if person.given else person.family) + "}"
    if person.unsplit:
        return "{" + person.family + person.given + "}"
    return f"{person.family}, {person.given}" if person.given else "{" + person.family + "}"


def to_bib(record: Record, bibtex: bool) -> str:
    """One entry in BibLaTeX (``bibtex=False``) or BibTeX field names for gbt7714.bst."""
    kind = record["type"]
    fields: dict[str, str] = {}
    for role in ("author", "editor", "translator"):
        if record.get(role):
            fields[role] = " and ".join(bib_name(p) for p in record[role])
    plain = (
        "title",
        "volume",
        "volumes",
        "number",
        "pages",
        "pagetotal",
        "edition",
        "publisher",
        "year",
        "date",
        "doi",
        "url",
        "urldate",
        "organization",
    )
    for name in plain:
        if record.get(name):
            fields[name] = record[name] if name in ("url", "doi") else bib_escape(record[name])
    if record.get("location"):
        fields["address" if bibtex else "location"] = bib_escape(record["location"])
    if record.get("journaltitle"):
        fields["journal" if bibtex else "journaltitle"] = bib_escape(record["journaltitle"])
    if record.get("booktitle"):
        fields["booktitle"] = bib_escape(record["booktitle"])
    if record.get("institution"):
        key = "school" if bibtex and kind == "thesis" else "institution"
        fields[key] = bib_escape(record["institution"])
    entry_type = _entry_type(record, fields, bibtex)
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields.items())
    return f"@{entry_type}{{{record['key']},\n{body}\n}}\n"


def _entry_type(record: Record, fields: dict[str, str], bibtex: bool) -> str:
    """The entry type as the style expects it (adding ``entrysubtype``/``type`` fields for BibLaTeX)."""
    kind = str(record["type"])
    fields["langid"] = _LANGID[record["lang"]]
    if bibtex:
        if kind == "thesis" and record.get("thesistype") == "mathesis":
            return "mastersthesis"
        return _BIBTEX_TYPES.get(kind, kind)
    if kind == "newspaper":
        fields["entrysubtype"] = "newspaper"
        return "article"
    if kind == "thesis":
        fields["type"] = record.get("thesistype", "phdthesis")
    return kind


def _document(conf: StyleConf, bibfile: str) -> str:
    """The LaTeX source printing the whole bibliography, one marked entry per line."""
    lines = [
        r"\documentclass{article}",
        r"\usepackage[paperwidth=16000pt,paperheight=16000pt,margin=20pt]{geometry}",
        rf"\usepackage[english,russian,main={conf.main_language}]{{babel}}",
        r"\usepackage{fontspec}\setmainfont{DejaVu Serif}",
        r"\usepackage[CJKspace=true]{xeCJK}\setCJKmainfont{Noto Serif CJK SC}",
    ]
    if conf.package.startswith("bst:"):
        lines += [r"\usepackage{gbt7714}", rf"\bibliographystyle{{{conf.package[4:]}}}"]
    elif conf.package.startswith("chicago:"):
        lines.append(rf"\usepackage[{conf.package[8:]},backend=biber,dashed=false]{{biblatex-chicago}}")
    else:
        lines.append(rf"\usepackage[{conf.package}]{{biblatex}}")
    if not conf.package.startswith("bst:"):
        lines += [rf"\addbibresource{{{bibfile}}}", r"\AtEveryBibitem{@@\thefield{entrykey}@@}"]
    lines += [
        conf.preamble,
        r"\raggedright\hyphenpenalty=10000\exhyphenpenalty=10000\emergencystretch=0pt",
        r"\setlength{\parskip}{4pt}\pagestyle{empty}",
        r"\begin{document}\nocite{*}",
    ]
    if conf.package.startswith("bst:"):
        lines.append(rf"\bibliography{{{bibfile.removesuffix('.bib')}}}")
    else:
        lines.append(r"\printbibliography")
    lines.append(r"\end{document}")
    return "\n".join(lines) + "\n"


def _run(args: list[str], cwd: Path) -> None:
    subprocess.run(args, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, timeout=900)


_BIBITEM_RE = re.compile(r"(\\bibitem(?:\[[^\]]*\])?\{([^}]*)\})")


def render(conf: StyleConf, records: list[Record], workdir: Path) -> dict[str, str]:
    """Compile ``records`` in ``conf``'s style; the rendered string of each entry key."""
    workdir.mkdir(parents=True, exist_ok=True)
    bibtex = conf.package.startswith("bst:")
    (workdir / "refs.bib").write_text("\n".join(to_bib(r, bibtex) for r in records), encoding="utf-8")
    (workdir / "doc.tex").write_text(_document(conf, "refs.bib"), encoding="utf-8")
    latex = ["xelatex", "-interaction=nonstopmode", "-halt-on-error", "doc.tex"]
    _run(latex, workdir)
    if bibtex:
        _run(["bibtex", "doc"], workdir)
        bbl = workdir / "doc.bbl"
        text = bbl.read_text(encoding="utf-8")
        bbl.write_text(_BIBITEM_RE.sub(lambda m: m.group(1) + f"@@{m.group(2)}@@", text), encoding="utf-8")
        _run(latex, workdir)
    else:
        _run(["biber", "--quiet", "doc"], workdir)
    _run(latex, workdir)
    subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", "doc.pdf", "doc.txt"], cwd=workdir, check=False)
    return extract(workdir / "doc.txt")


_MARK_RE = re.compile(r"@@([A-Za-z0-9_-]+)@@")


def extract(txt: Path) -> dict[str, str]:
    """Each marker's entry text, from the marker up to the next marker.

    ``pdftotext -raw`` sometimes starts a new line inside an entry where a glyph sits left of the one
    before it (a kerned "P."): such a continuation line is joined back, without a space before punctuation.
    """
    if not txt.exists():
        return {}
    content = txt.read_text(encoding="utf-8").replace("\f", "\n")
    found: dict[str, str] = {}
    current = ""
    for line in content.splitlines():
        match = _MARK_RE.search(line)
        if not match:
            if current and line.strip():
                more = line.strip()
                glue = "" if more[0] in ".,;:)]}" else " "
                found[current] = found[current] + glue + more
            continue
        label = line[: match.start()].strip()
        rest = line[match.end() :].strip()
        current = match.group(1)
        found[current] = f"{label} {rest}".strip() if label else rest
    return found
