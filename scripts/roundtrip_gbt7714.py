"""Round trip over the Chinese GB/T 7714 references of the labelled corpus (tests/data/refs/*.jsonl).

Each reference is parsed (biblio.importers.refs.parse_reference) and formatted again
(biblio.export.styles.format_citation, style gbt7714). Two rates are printed:

- strict: the output equals the original after normalisation of punctuation width and spacing
  (NFKC, no whitespace, no list label, no final period, ``doi:`` in any case);
- normalised (the headline): the same, after the original has also been rewritten from a documented
  non-2015 presentation (CNKI export form, GB 7714-87/2005 ``[A]``, ``第3版``, ...) into its
  GB/T 7714-2015 presentation by the rules in ``RULES``. The rules are plain regular expressions: they
  never call the parser or the formatter, and only change presentation that GB/T 7714-2015 prescribes
  differently (docs/cite-roundtrip.md lists them with examples).

Chinese references in other citation styles without a GB/T type code such as [M] (the footnote
style with 《》) are counted apart: GB/T output cannot reproduce them.

Usage: .venv/bin/python scripts/roundtrip_gbt7714.py [--show-failures] [CORPUS_DIR]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LABEL = re.compile(r"\A\s*(?:\[\s*\d+\s*\]|\d+(?=\D)[.、)]?)\s*")
DOI = re.compile(r"doi:", re.IGNORECASE)
TYPE_CODE = re.compile(r"\[[A-Z]{1,2}(?:/[A-Z]{2})?\]")
TARGET = 0.95

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_OPEN, _CLOSE = r"[(\[〔【]", r"[)\]〕】]"
_MAIN_ROLES = r"(?:总主编|副主编|主编|编著|合著|编撰|撰写|著|撰|编)"
# One character of a responsibility statement: anything up to the title, a full stop only after an initial
# ("В.В.巴尔托里德", "U.S."), so a title part ending in 编 or 等 ("…资料汇编. 第一辑[M]") is never taken.
_NAMES = r"(?:[^\[.]|(?<=[A-ZА-ЯЁ])\.)"


def normalise(reference: str) -> str:
    """Width- and spacing-insensitive form of a reference string."""
    text = unicodedata.normalize("NFKC", reference)
    text = LABEL.sub("", text)
    text = DOI.sub("doi:", text)
    return "".join(text.split()).rstrip(".")


@dataclass(frozen=True)
class Rule:
    """One rewrite of a non-2015 presentation into the GB/T 7714-2015 one."""

    name: str
    why: str
    apply: Callable[[str], str]


def _sub(pattern: str, repl: str | Callable[[re.Match[str]], str]) -> Callable[[str], str]:
    compiled = re.compile(pattern)
    return lambda text: compiled.sub(repl, text)


def _in_head(pattern: str, repl: str | Callable[[re.Match[str]], str]) -> Callable[[str], str]:
    """Rewrite only the part before the first type code (the responsibility statement and title)."""
    compiled = re.compile(pattern)

    def apply(text: str) -> str:
        code = TYPE_CODE.search(text)
        end = code.start() if code else len(text)
        return compiled.sub(repl, text[:end]) + text[end:]

    return apply


def _in_tail(pattern: str, repl: str | Callable[[re.Match[str]], str]) -> Callable[[str], str]:
    """Rewrite only the part after the first type code (other responsibility, edition, publication)."""
    compiled = re.compile(pattern)

    def apply(text: str) -> str:
        code = TYPE_CODE.search(text)
        if not code:
            return text
        return text[: code.end()] + compiled.sub(repl, text[code.end() :])

    return apply


def _translator_statement(match: re.Match[str]) -> str:
    """``甲,乙译`` -> ``甲,乙, 译``; ``甲等译`` -> ``甲, 等译``; a statement already in that form stays."""
    names = match.group("names").rstrip()
    if not names.strip() or names.endswith(","):
        return match.group(0)
    return f"{names}, {match.group('deng') or ''}译"


_NUMERALS = dict(zip("一二三四五六七八九十", ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"], strict=True))


def _edition(match: re.Match[str]) -> str:
    number = match.group("n")
    return f"{match.group('space')}{_NUMERALS.get(number, number)}版"


RULES: tuple[Rule, ...] = (
    Rule(
        "doubled-full-stop",
        "CNKI export closes the responsibility statement with '..': GB/T 7714-2015 has one full stop",
        _sub(r"(?<!\.)\.\s*\.(?!\.)", "."),
    ),
    Rule(
        "contribution-code-A",
        "GB 7714-87/2005 contribution '[A]. Ed. Book[C].' or '[A]//Ed. Book[C].' -> '[M]//Ed. Book.'",
        _sub(r"\[A\]\s*(?://|\.)\s*(?P<host>[^\[]*?)\s*\[(?:C|M|G)\]", r"[M]//\g<host>"),
    ),
    Rule(
        "nationality-marker",
        "nationality (or dynasty) marker before a creator: '(美)甲' -> '甲' (the standard's examples have none)",
        lambda text: _sub(rf"(?<=//)\s*{_OPEN}[{_HAN}]{{1,3}}{_CLOSE}\s*(?=[^\s.,])", "")(
            _in_head(rf"(?:^|(?<=[,;、]))\s*{_OPEN}[{_HAN}]{{1,3}}{_CLOSE}\s*(?=[^\s.,])", "")(text)
        ),
    ),
    Rule(
        "original-script-name",
        "original-script name after a translated creator name: '甲(N.J.Smith)著' -> '甲著' (one name form)",
        _in_head(
            rf"(?<=[{_HAN}·])\s*\((?=[^()]*[A-Za-z\u0400-\u04ff])[^(){_HAN}]{{2,60}}\)(?=\s*(?:{_MAIN_ROLES}|等|[,.;]))",
            "",
        ),
    ),
    Rule(
        "translators-before-title",
        "CNKI form 'A著,B译.Title[M]' -> 'A著. Title[M]. B译' (other responsibility after the title)",
        _sub(
            rf"\A(?P<creators>{_NAMES}*?{_MAIN_ROLES})\s*[,;]\s*(?P<translators>[^.\[]+?译)\s*\.\s*"
            r"(?P<title>[^\[]+?\[[A-Z]{1,2}(?:/[A-Z]{2})?\])",
            r"\g<creators>. \g<title>. \g<translators>",
        ),
    ),
    Rule(
        "translator-punctuation",
        "a comma before 译 / 等译: '甲,乙译' -> '甲, 乙, 译', '甲等译' -> '甲, 等译' (',' before 等 and 译)",
        _in_tail(
            r"(?<=\.)(?P<names>[^.\[\]/:()]+?)(?<![编合校选注])(?P<deng>等)?译(?=\s*(?:\.|\Z))",
            _translator_statement,
        ),
    ),
    Rule(
        "creator-role-word",
        "role word after the main creator: '甲主编.', '甲, 编.', '甲著.' -> '甲.' (the standard prints none)",
        lambda text: _sub(rf"(?<=//)(?P<names>{_NAMES}*?[^\s,.])\s*,?\s*{_MAIN_ROLES}(?=\s*\.)", r"\g<names>")(
            _sub(rf"\A(?P<names>{_NAMES}*?[^\s,.])\s*,?\s*{_MAIN_ROLES}(?=\s*\.)", r"\g<names>")(text)
        ),
    ),
    Rule(
        "deng-glued",
        "等 glued to the last creator: '甲, 乙等.' -> '甲, 乙, 等.' (',' before 等)",
        lambda text: _sub(rf"(?<=//)(?P<names>{_NAMES}*?[{_HAN}·])等(?=\s*\.)", r"\g<names>, 等")(
            _sub(rf"\A(?P<names>{_NAMES}*?[{_HAN}·])等(?=\s*\.)", r"\g<names>, 等")(text)
        ),
    ),
    Rule(
        "issue-after-comma",
        "'2018, (2)' -> '2018(2)' (the issue in parentheses right after the year)",
        _in_tail(r"(?<=\d{4})\s*,\s*(?=\(\s*[\w-]+\s*\))", ""),
    ),
    Rule(
        "edition-di",
        "'第3版' / '第三版' -> '3版' (the edition as an Arabic number, without 第)",
        _in_tail(r"(?<=\.)(?P<space>\s*)第\s*(?P<n>\d+|[一二三四五六七八九十])\s*版(?=\s*\.)", _edition),
    ),
    Rule(
        "standard-number-first",
        "'GB/T 1234-2009 Title[S]' -> 'Title: GB/T 1234-2009[S]' (the number after the title)",
        _sub(
            r"(?:\A|(?<=\.))\s*(?P<no>(?:GB|GB/T|GB/Z|ISO|IEC|ISO/IEC)\s*[\d.]+\s*[-—]\s*\d{4})\s+"
            r"(?P<title>[^\[.]+?)\s*\[S\]",
            r" \g<title>: \g<no>[S]",
        ),
    ),
)


def canonical(reference: str) -> tuple[str, list[str]]:
    """``reference`` rewritten into its GB/T 7714-2015 presentation, and the names of the rules that applied."""
    text = " ".join(LABEL.sub("", unicodedata.normalize("NFKC", reference)).split())
    applied = []
    for rule in RULES:
        rewritten = rule.apply(text)
        if rewritten != text:
            applied.append(rule.name)
            text = rewritten
    return text.strip(), applied


def is_chinese(text: str) -> bool:
    """True if the reference has any Han character."""
    return bool(re.search(f"[{_HAN}]", text))


@dataclass
class Tally:
    """Counts and the failing cases."""

    total: int = 0
    other_style: int = 0
    strict: int = 0
    reproduced: int = 0
    rules: Counter[str] = field(default_factory=Counter)
    failures: list[tuple[str, str, str]] = field(default_factory=list)
    overreach: list[str] = field(default_factory=list)  # reproduced as written, yet changed by a rule

    @property
    def strict_rate(self) -> float:
        """Share of GB/T-coded Chinese references reproduced as written."""
        return self.strict / self.total if self.total else 0.0

    @property
    def rate(self) -> float:
        """Share of GB/T-coded Chinese references reproduced after the variant rewrites."""
        return self.reproduced / self.total if self.total else 0.0

    def add(self, original: str, out: str) -> None:
        """Count one round trip."""
        rewritten, applied = canonical(original)
        strict = normalise(out) == normalise(original)
        same = strict or normalise(out) == normalise(rewritten)
        self.total += 1
        self.strict += strict
        self.reproduced += same
        self.rules.update(applied)
        if not same:
            self.failures.append((original, out, rewritten))
        if strict and normalise(rewritten) != normalise(original):
            self.overreach.append(original)


def run(corpus: Path) -> Tally:
    """Parse and re-format every Chinese reference in ``corpus/*.jsonl``."""
    from biblio.export.styles import format_citation
    from biblio.importers.refs import parse_reference

    tally = Tally()
    for path in sorted(corpus.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            text = str(json.loads(line)["text"])
            if not is_chinese(text):
                continue
            if not TYPE_CODE.search(unicodedata.normalize("NFKC", text)):
                tally.other_style += 1
                continue
            tally.add(text, format_citation(parse_reference(text).record, style="gbt7714"))
    return tally


def report(tally: Tally) -> str:
    """The rates and the per-rule counts."""
    lines = [
        f"GB/T 7714 round trip over {tally.total} GB/T-coded Chinese references "
        f"({tally.other_style} Chinese references in other styles skipped):",
        f"  normalised: {tally.reproduced}/{tally.total} reproduced ({tally.rate:.1%})",
        f"  strict:     {tally.strict}/{tally.total} reproduced ({tally.strict_rate:.1%})",
        "  variant rewrites (references changed by each rule):",
    ]
    lines += [f"    {rule.name}: {tally.rules[rule.name]}" for rule in RULES]
    if tally.overreach:
        lines.append(f"  WARNING: rules changed {len(tally.overreach)} references that were reproduced as written:")
        lines += [f"    {text}" for text in tally.overreach]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Print the rates (and the failures with --show-failures); exit 1 below 95 % normalised."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=ROOT / "tests" / "data" / "refs")
    parser.add_argument("--show-failures", action="store_true")
    args = parser.parse_args(argv)
    tally = run(args.corpus)
    if args.show_failures:
        for original, out, rewritten in tally.failures:
            print(f"- {original}\n= {rewritten}\n+ {out}\n")
    print(report(tally))
    return 0 if tally.rate >= TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
