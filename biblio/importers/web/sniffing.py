"""Sniffing for the web importers: where an HTML document starts, and how much a plain text looks like
a copied web article (for ``WebTextImporter.sniff``).

An HTML document may follow a line that is not HTML: a crawler's wrapper line (the URL, a fetch date,
a WARC-like header), a BOM and blank lines; :func:`html_start` finds ``<!DOCTYPE html``/``<html``/
``<head`` after at most :data:`MAX_LEADING_LINES` such lines in the first :data:`HTML_HEAD` characters.

For article text, prose paragraphs and page chrome raise the score; bibliographic labels (a CNKI page
copy's "摘要 / 作者 / 出处 / 关键词"), reference lists and structured formats (BibTeX, RIS, JSON, HTML)
keep it low, so the importers for those formats win. The score never exceeds 0.75.
"""

from __future__ import annotations

import re

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
HTML_HEAD = 4096
MAX_LEADING_LINES = 3
_HTML_OPEN = re.compile(r"<!DOCTYPE\s+html|<html[\s>]|<head[\s>]", re.I)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_TAG = re.compile(r"<[A-Za-z/!?]")
_XML_DECLARATION = re.compile(r"<\?xml[^>]{0,200}\?>")


def html_start(text: str) -> int:
    """The offset where an HTML document starts in ``text``, or -1 when it is not an HTML document.

    Before ``<!DOCTYPE html>``, ``<html>`` or ``<head>`` there may be BOMs, blank lines, comments, an
    XML declaration and up to :data:`MAX_LEADING_LINES` lines of non-markup text (a crawler's wrapper
    line, a URL). Only the first :data:`HTML_HEAD` characters are read.
    """
    head = text[:HTML_HEAD]
    found = _HTML_OPEN.search(head)
    if found is None:
        return -1
    before = _XML_DECLARATION.sub("", _COMMENT.sub("", head[: found.start()]).replace("\ufeff", ""))
    *lines, same_line = before.split("\n")
    if same_line.strip():  # "notes on the <html> element": the document must start a line
        return -1
    lines = [line for line in lines if line.strip()]
    if len(lines) > MAX_LEADING_LINES or any(_TAG.search(line) for line in lines):
        return -1
    return found.start()


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
    from biblio.importers.web.chrome import ends_article, is_chrome  # its patterns take ~5 ms to compile

    chrome = sum(1 for line in lines if is_chrome(line) or ends_article(line))
    chrome += head.count("网易号") + head.count("NetEase")
    score = 0.3 if prose >= 3 else 0.15 if prose else 0.0
    return min(0.75, score + 0.15 * min(chrome, 3)) if score else 0.0


def sniff_web_text(text: str) -> float:
    """Prose plus page chrome scores up to 0.75; CNKI labels, references and structured formats stay low.

    An HTML document scores 0, even behind a crawler's wrapper line: it is ``web-html``'s.
    """
    return 0.0 if html_start(text) >= 0 else sniff_article_text(text)


def sniff_web_html(text: str) -> float:
    """0.8 for an HTML document that has a body with paragraphs, 0.5 for other HTML, else 0.

    A document behind a few non-HTML lines (a crawler's wrapper line) counts (see :func:`html_start`).
    """
    start = html_start(text)
    if start < 0:
        return 0.0
    return 0.8 if re.search(r"<p[\s>]|<article[\s>]", text[start : start + 200000], re.I) else 0.5
