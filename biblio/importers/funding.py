"""Funding lines (CNKI 基金, NoteExpress {Fund}) -> structured, repeatable :class:`Funding` entries.

A line such as ``国家社会科学基金重大项目“百年变局与中国周边安全新态势研究”(项目批准号:23&ZD331)阶段性成果。``
gives funder 国家社会科学基金, project 百年变局与中国周边安全新态势研究, grant 23&ZD331. Several funds
are separated by ``;`` or by a comma after a closing bracket; several grant numbers in one bracket
give one entry each. Every entry keeps the whole line as ``text``.
"""

from __future__ import annotations

import re

from biblio.model import Funding

_ENTRY_SPLIT = re.compile(r"\s*[;；]\s*|(?<=[)）])\s*[,，、]\s*")
_LEAD = re.compile(
    r"^(?:本文(?:系|为|是|受)?|基金(?:项目|资助)?\s*[:：]|(?:this (?:work|paper|research|study) (?:was|is) )?"
    r"(?:supported|funded|sponsored) by (?:the )?|受)",
    re.IGNORECASE,
)
_TAIL = re.compile(r"(?:的)?(?:阶段性|中期|最终)?(?:研究)?(?:成果|资助|支持|资助成果)?(?:之一)?\s*[。.;；]*\s*$")
_GRANT_PAREN = re.compile(r"[(（]([^()（）]*\d[^()（）]*)[)）]")
_GRANT_LABEL = re.compile(
    r"^(?:项目)?(?:批准|编|合同|立项)?(?:号|编号)\s*[:：]?\s*|^(?:grant\s*)?no\.?\s*[:：]?\s*", re.IGNORECASE
)
_GRANT_BARE = re.compile(r"(?<![A-Za-z0-9&])([A-Z0-9][A-Z0-9&/\-]*\d[A-Z0-9&/\-]*)\s*$")
_QUOTED = re.compile(r"[“\"「『《]([^”\"」』》]+)[”\"」』》]")
_CATEGORY = re.compile(r"(?<=基金)(?:重大|重点|一般|青年|西部|后期资助|面上|专项|冷门绝学|特别委托)?(?:项目|课题)$")


def parse_funding(line: str) -> list[Funding]:
    """The funding entries of one line; ``[]`` for an empty line."""
    text = " ".join(line.split())
    if not text:
        return []
    found: list[Funding] = []
    for part in _ENTRY_SPLIT.split(text):
        found.extend(_parse_entry(part, text))
    return found or [Funding(text=text)]


def _parse_entry(part: str, whole: str) -> list[Funding]:
    body = _TAIL.sub("", _LEAD.sub("", part.strip())).strip(" ,，:：")
    if not body:
        return []
    grants, body = _take_grants(body)
    project = ""
    quoted = _QUOTED.search(body)
    if quoted:
        project = quoted.group(1).strip()
        funder = body[: quoted.start()]
    elif re.search(r"[:：]", body):
        funder, project = re.split(r"[:：]", body, maxsplit=1)
    else:
        funder = body
    funder = _CATEGORY.sub("", _TAIL.sub("", funder).strip(" ,，:：")).strip()
    project = project.strip(" ,，:：")
    return [Funding(funder=funder, project=project, grant=g, text=whole) for g in grants or [""]]


def _take_grants(body: str) -> tuple[list[str], str]:
    """Grant numbers from the last bracket (or a bare trailing number) and the text without them."""
    matches = list(_GRANT_PAREN.finditer(body))
    if matches:
        last = matches[-1]
        inner = _GRANT_LABEL.sub("", last.group(1).strip())
        grants = [_GRANT_LABEL.sub("", g).strip() for g in re.split(r"[,，、;；]|\band\b|和", inner)]
        rest = (body[: last.start()] + body[last.end() :]).strip()
        return [g for g in grants if g], rest
    bare = _GRANT_BARE.search(body)
    if bare and len(bare.group(1)) >= 4 and bare.start() > 0:
        return [bare.group(1)], body[: bare.start()].strip()
    return [], body
