"""Is a text a CNKI record page (copied text or HTML) or a CNKI E-Study export? Sniffers only.

Format detection imports this module, not the importers (CLI start-up stays fast).
"""

from __future__ import annotations

import re

from biblio.importers.fieldmap import simplified

# ``English-中文`` label of an E-Study / custom export line (``Title-题名``), or ``DataType``
ESTUDY_LABEL = r"(DataType|[A-Za-z][A-Za-z ]{0,30}-[^\s:：]{1,16})"
_SNIFF_LINE = re.compile(r"^[ \t]*" + ESTUDY_LABEL + r"\s*[:：]", re.MULTILINE)
_KNOWN_START = re.compile(
    r"^[ \t\ufeff]*(?:DataType\s*[:：]|(?:SrcDatabase|Title)-[^\s:：]{1,16}\s*[:：])", re.MULTILINE
)


def sniff_cnki_text(text: str) -> float:
    """Labelled CNKI lines (摘要/关键词/作者/出处/基金...) near the start."""
    text = text.lstrip("\ufeff \n")
    head = simplified(text[:6000])
    labels = len(
        re.findall(
            r"(?m)^[ \t]*[【\[]?(?:摘要|关键词|作者|作者单位|出处|来源|基金|基金资助|分类号|专辑|专题|DOI|导师"
            r"|学位授予单位|会议名称)[】\]]?"
            r"(?:\s*[:：]|\s)",
            head,
        )
    )
    bonus = 0.2 if re.search(r"《[^》]+》\s*\d{4}年|\d{4}\s*[,，]\s*\d*\s*[(（]\d+[)）]", head) else 0.0
    if re.search(r"(?m)^(?:\{[A-Za-z ]+\}:|%[0A-Z] |TY  - |RT |@\w+\{|\s*[\[{]\s*\")", head):
        return 0.0
    return min(0.9, 0.2 * labels + bonus) if labels >= 2 else 0.0


def sniff_cnki_html(text: str) -> float:
    """HTML with CNKI's detail-page markers."""
    text = text.lstrip("\ufeff \n")
    head = text[:200000]
    if not re.search(r"<(?:!doctype html|html|div|body)", head[:5000], re.IGNORECASE):
        return 0.0
    markers = sum(m in head for m in ('class="wx-tit"', "abstract-text", "top-tip", "cnki", "ChDivSummary"))
    return min(0.95, 0.25 * markers)


def sniff_cnki_estudy(text: str) -> float:
    """Mostly ``English-中文: value`` lines, with a ``DataType``, ``SrcDatabase-`` or ``Title-`` line."""
    head = text[:8000]
    if not _KNOWN_START.search(head):
        return 0.0
    lines = [ln for ln in head.splitlines() if ln.strip()][:60]
    labelled = sum(1 for ln in lines if _SNIFF_LINE.match(ln))
    share = labelled / len(lines) if lines else 0.0
    return 0.95 if share > 0.5 else 0.5 if share > 0.2 else 0.0
