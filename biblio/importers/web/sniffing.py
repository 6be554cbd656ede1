"""How much a plain text looks like a copied web article (for ``WebTextImporter.sniff``).

Prose paragraphs and page chrome raise the score; bibliographic labels (a CNKI page copy's
"摘要 / 作者 / 出处 / 关键词"), reference lists and structured formats (BibTeX, RIS, JSON, HTML)
keep it low, so the importers for those formats win. The score never exceeds 0.75.
"""

from __future__ import annotations

import re

from biblio.importers.web.chrome import ends_article, is_chrome

# ``^[ \t]*``, not ``^\s*``: under re.M a ``\s*`` from every line start runs across all the blank lines
# below it (quadratic on a run of newlines); the counts are the same.
_STRUCTURED = re.compile(
    r"^[ \t]*(?:@\w+\s*[{(]|TY {2}- |%[A-Z0-9] |\{Reference Type\}|<!DOCTYPE|<html|<\?xml|[\[{]\s*\")", re.M | re.I
)
_LABEL = re.compile(
    r"^[ \t]*(?:摘要|作者|出处|关键词|基金|分类号|DOI|文献来源|机构|Abstract|Keywords|Author)\s*[:：\s]", re.M | re.I
)
_REFERENCE = re.compile(r"\[(?:J|M|C|D|N|R|EB/OL|EB|Z)\]|^[ \t]*\[\d+\]", re.M)
_PROSE_END = tuple('。！？!?.”"')
SAMPLE = 20000


def sniff_article_text(text: str) -> float:
    """Confidence in [0, 0.75] that ``text`` is a page-text copy of a web or news article."""
    head = text[:SAMPLE]
    if not head.strip() or _STRUCTURED.search(head[:2000]):
        return 0.0
    if len(_LABEL.findall(head)) >= 2:
        return 0.1
    if len(_REFERENCE.findall(head)) >= 3:
        return 0.05
    lines = [line.strip() for line in head.splitlines() if line.strip()]
    prose = sum(1 for line in lines if len(line) >= 60 and line.endswith(_PROSE_END))
    chrome = sum(1 for line in lines if is_chrome(line) or ends_article(line))
    chrome += head.count("网易号") + head.count("NetEase")
    score = 0.3 if prose >= 3 else 0.15 if prose else 0.0
    return min(0.75, score + 0.15 * min(chrome, 3)) if score else 0.0
