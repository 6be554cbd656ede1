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

from biblio.importers.web.furniture import JUNK_TAGS, is_furniture
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
    """(rule name, containers) of the first rule (in :data:`RULES` order) that matches the page, or None.

    One walk of the tree: every element is tested against the rules that apply to ``url``.
    """
    rules = [rule for rule in RULES if rule.applies_to(url)]
    matches: dict[int, list[Node]] = {}
    for node in root.iter():
        if node is root or node.tag in RAW or not (node.attrs.get("class") or node.attrs.get("id")):
            continue
        for number, rule in enumerate(rules):
            if rule.matches(node):
                matches.setdefault(number, []).append(node)
                break
    if not matches:
        return None
    number = min(matches)
    rule = rules[number]
    found = [n for n in matches[number] if not _furniture_besides(n, rule)]
    chosen = {id(n) for n in found}
    outermost = [n for n in found if not _inside_any(n, chosen)]
    return (rule.name, outermost) if outermost else None


def _furniture_besides(node: Node, rule: BodyRule) -> bool:
    """True when the element's other classes say furniture (Kommersant's ``doc__text document_authors``).

    The rule's own class is left out: ``TRS_Editor`` holds the word "editor" and is still the body.
    """
    classes = [
        c
        for c in node.get("class").split()
        if c not in rule.classes and not c.startswith(rule.class_prefixes or ("\0",))
    ]
    rest = {k: v for k, v in node.attrs.items() if k not in ("class", "id")}
    probe = Node(node.tag, {**rest, "class": " ".join(classes)})
    return node.tag not in JUNK_TAGS and is_furniture(probe)


def _inside_any(node: Node, chosen: set[int]) -> bool:
    parent = node.parent
    while parent is not None:
        if id(parent) in chosen:
            return True
        parent = parent.parent
    return False


def _host(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""
