"""The article's own source list ("参考资料:") -> cited records.

A line reads ``TITLE OUTLET DATE`` (``中俄两军组织实施第10次联合空中战略巡航 央视网 2025年12月09日 18:06:40``),
or with separators (``《标题》，新华网，2025-12-09``), or ``Title, Outlet, 16 December 2025``,
possibly with a URL. The list runs until a blank line followed by prose, a chrome line or the end.
"""

from __future__ import annotations

import re

from biblio.importers.web.chrome import ends_article, is_chrome
from biblio.importers.web.dates import find_dates
from biblio.importers.web.outlets import Outlet, find_outlet, outlet_at_end, outlet_for_url
from biblio.model import EntryType, LangText, Provenance, Record
from biblio.model.script import guess_language

_HEADING = re.compile(
    r"^\s*(?:参考资料|参考文献|资料来源|信息来源|参考来源|References|Sources|Источники|Литература)\s*[:：]?\s*(?P<rest>.*)$",
    re.I,
)
_URL = re.compile(r"https?://\S+")
_SEPARATORS = " \t,，;；|-–—:："
MAX_SOURCE_LINE = 300


def source_heading(line: str) -> str | None:
    """The text after a source-list heading on the same line ("" if none), or None if not a heading."""
    match = _HEADING.match(line)
    return match.group("rest").strip() if match else None


def split_sources(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """(body paragraphs, source lines): the list starts at a "参考资料:" heading and ends at chrome."""
    for index, text in enumerate(paragraphs):
        rest = source_heading(text)
        if rest is None:
            continue
        lines = [rest] if rest else []
        for line in paragraphs[index + 1 :]:
            if is_chrome(line) or ends_article(line) or len(line) > MAX_SOURCE_LINE:
                break
            lines.append(line)
        return paragraphs[:index], [line for line in lines if line.strip()]
    return paragraphs, []


def cited_record(line: str, number: int, importer: str, version: str) -> Record | None:
    """A record for one source line; None when the line has no title."""
    url_match = _URL.search(line)
    url = url_match.group(0).rstrip(".,，。") if url_match else ""
    text = _URL.sub(" ", line).strip()
    dates = find_dates(text)
    date = ""
    if dates and dates[-1].end >= len(text.rstrip(" .。)")) - 1:
        date = dates[-1].date.edtf()
        text = text[: dates[-1].start]
    text = text.strip(_SEPARATORS)
    title, outlet = _title_and_outlet(text, url)
    title = title.strip(_SEPARATORS).strip('《》"“”«»')
    if not title or find_outlet(title) is not None:
        return None  # nothing, or only an outlet's name: no work to cite
    record = Record(type=outlet.kind if outlet else EntryType.ONLINE, date=date, url=url)
    record.language = guess_language(title)
    record.title = (LangText(title, record.language),)
    if outlet:
        record.container = (LangText(outlet.name, outlet.language),)
        record.publisher = outlet.publisher
    record.provenance = Provenance(importer=importer, importer_version=version, locator=f"reference {number}")
    return record


def _title_and_outlet(text: str, url: str) -> tuple[str, Outlet | None]:
    found = outlet_at_end(text)
    if found and found[0].strip(_SEPARATORS):
        return found[0], found[1]
    parts = re.split(r"\s*[,，;；|]\s*|\s{2,}", text)
    if len(parts) >= 2 and len(parts[-1]) <= 30:
        return " ".join(parts[:-1]), find_outlet(parts[-1]) or _unknown_outlet(parts[-1])
    return text, outlet_for_url(url) if url else None


def _unknown_outlet(name: str) -> Outlet:
    return Outlet((name.strip(),), EntryType.ONLINE, guess_language(name))
