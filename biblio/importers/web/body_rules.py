"""Outlet and CMS rules: where known sites keep the article body.

Chinese portals and the CMSs behind many government and news sites put the body in a container with a
fixed class or id (NetEase ``post_body``, TRS ``TRS_Editor``, gov.cn ``UCAP-CONTENT``, People's Daily
Online ``rm_txt_con``, Xinhua ``detail``); RIA Novosti splits it into many ``article__text`` blocks.
A rule that matches gives those containers (outermost matches, in document order); the importer keeps
their text when it is of plausible length (:mod:`biblio.importers.web.choose`).

A *distinctive* name (``TRS_Editor``, ``post_body``) is trusted on any page, since pages copied or
re-hosted keep their CMS markup; a *generic* one (``detail``, ``content_area``) only on the outlet's
own domains.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from biblio.importers.web.htmldom import RAW, Node


@dataclass(frozen=True, slots=True)
class BodyRule:
    """A container named by class or id; ``domains`` empty means the names are distinctive enough anywhere."""

    name: str
    classes: tuple[str, ...] = ()
    ids: tuple[str, ...] = ()
    class_prefixes: tuple[str, ...] = ()  # CSS-module classes with a hash suffix: index_cententWrap__Jv8jK
    domains: tuple[str, ...] = ()

    def matches(self, node: Node) -> bool:
        """True if ``node`` is such a container."""
        classes = node.get("class").split()
        return (
            any(c in self.classes for c in classes)
            or (bool(self.ids) and node.get("id") in self.ids)
            or any(c.startswith(self.class_prefixes) for c in classes if self.class_prefixes)
        )

    def applies_to(self, url: str) -> bool:
        """True if the rule may be used on a page at ``url``."""
        if not self.domains:
            return True
        host = _host(url)
        return any(host == d or host.endswith("." + d) for d in self.domains)


RULES: tuple[BodyRule, ...] = (
    BodyRule("NetEase", classes=("post_body", "post_text"), ids=("endText",)),
    BodyRule("TRS", classes=("TRS_Editor", "trs_editor_view", "TRS_UEDITOR"), ids=("UCAP-CONTENT",)),
    BodyRule("People's Daily Online", classes=("rm_txt_con", "show_text"), ids=("rwb_zw",)),
    BodyRule("People's Daily Online", classes=("box_con",), domains=("people.com.cn",)),
    BodyRule("Xinhua", ids=("detail", "detailContent", "p-detail"), domains=("news.cn", "xinhuanet.com")),
    BodyRule("The Paper", class_prefixes=("index_cententWrap", "news_txt")),
    BodyRule("Guancha", classes=("all-txt",), domains=("guancha.cn",)),
    BodyRule("Sina", ids=("artibody",)),
    BodyRule("Tencent News", classes=("content-article",), domains=("qq.com",)),
    BodyRule("CCTV", ids=("content_area",), classes=("content_area", "cnt_bd"), domains=("cctv.com", "cctv.cn")),
    BodyRule("China News Service", classes=("left_zw",)),
    BodyRule("RIA Novosti", classes=("article__text",), domains=("ria.ru",)),
    BodyRule("Kommersant", classes=("doc__text",), domains=("kommersant.ru",)),
)


def rule_containers(root: Node, url: str = "") -> tuple[str, list[Node]] | None:
    """(rule name, containers) of the first rule that matches the page, or None."""
    for rule in RULES:
        if not rule.applies_to(url):
            continue
        found = _outermost(root, rule)
        if found:
            return rule.name, found
    return None


def _outermost(root: Node, rule: BodyRule) -> list[Node]:
    """Matching elements not inside another match, in document order (one walk of the tree)."""
    found: list[Node] = []
    stack: list[Node] = [root]
    while stack:
        node = stack.pop()
        if node.tag in RAW:
            continue
        if node is not root and rule.matches(node):
            found.append(node)
            continue
        stack.extend(c for c in reversed(node.children) if isinstance(c, Node))
    return found


def _host(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""
