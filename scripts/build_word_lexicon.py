"""Write the labeller's word-frequency lexicon, biblio/importers/refs/crf/words.tsv (``z<N>`` and ``wl-<lang>`` flags).

Usage: python scripts/build_word_lexicon.py [--top 30000] [--min-zipf 3.0]   (needs ``pip install wordfreq``)

Why: the labeller knows the words it was trained on; most words of a reference it has not seen (title words,
surnames, journal words) are new to it. How common a word is in running text, and in which language, carries
over to unseen words: a title is made of common words of some language, a surname or a place seldom is.
The lists are wordfreq 3.1's (Robyn Speer; code Apache-2.0, data CC BY-SA 4.0: this file is a derived work
under the same licence, attribution in its header): for each language, the ``--top`` most frequent words whose
Zipf frequency is at least ``--min-zipf``. A word gets ``z<N>`` (N = the floor of its highest Zipf frequency
over the languages) and ``wl-<lang>`` (the language where it is most frequent, when it leads the next by 0.5).
"""

from __future__ import annotations

import argparse
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "biblio" / "importers" / "refs" / "crf" / "words.tsv"
LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl")
HEADER = (
    "# Word frequencies from wordfreq 3.1 (Robyn Speer et al., https://pypi.org/project/wordfreq/; data CC BY-SA 4.0,\n"
    "# this derived list is CC BY-SA 4.0): z<N> = the floor of the word's highest Zipf frequency over {langs};\n"
    "# wl-<lang> = the language where it is most frequent. For the reference labeller's features\n"
    "# (scripts/build_word_lexicon.py --top {top} --min-zipf {min_zipf}).\n"
)


def build(top: int, min_zipf: float) -> str:
    """The file's text: a header, then ``z<N><TAB>word`` and ``wl-<lang><TAB>word`` lines."""
    import wordfreq

    words: set[str] = set()
    for lang in LANGUAGES:
        words.update(w for w in wordfreq.top_n_list(lang, top) if w.isalpha())
    lines: list[str] = []
    for word in sorted(words):
        scores = sorted(((wordfreq.zipf_frequency(word, lang), lang) for lang in LANGUAGES), reverse=True)
        best, lang = scores[0]
        if best < min_zipf:
            continue
        lines.append(f"z{int(best)}\t{word}")
        if best - scores[1][0] >= 0.5:
            lines.append(f"wl-{lang}\t{word}")
    return HEADER.format(langs=", ".join(LANGUAGES), top=top, min_zipf=min_zipf) + "\n".join(lines) + "\n"


def main() -> None:
    """Write words.tsv."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--top", type=int, default=30000)
    parser.add_argument("--min-zipf", type=float, default=3.0)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    args.out.write_text(build(args.top, args.min_zipf), encoding="utf-8")
    text = args.out.read_text(encoding="utf-8")
    print(f"{args.out}: {text.count(chr(10)) - 4:,} lines, {len(text.encode()) / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
