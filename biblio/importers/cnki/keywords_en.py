"""Recover English keyword phrases that a page copy ran together.

CNKI's text copy gives ``Central Asia pluralistic diplomacy a community with a shared future for
mankind balanced diplomacy`` for four keywords. When the Chinese keywords are known, their count
fixes the number of phrases and a dynamic programme picks the split that scores best on:

* function words (``a``, ``of``, ``with``...) do not end a phrase, and ``of``/``with``... do not start one;
* a change of capitalisation (``Asia | pluralistic``, ``diplomacy | Belt``) is a likely boundary;
* adjectives (``-ic``, ``-al``, ``-ed``...) rarely end a phrase, nouns (``-ion``, ``-acy``...) often do;
* each phrase's length roughly follows its Chinese keyword's length;
* a small bilingual lexicon aligns phrases with their keywords (外交 -> diplomacy, 安全 -> security).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

_DP_LIMIT = 2000  # words x keywords above which the quadratic programme is not worth it
_FUNCTION = frozenset("a an the of for with and in on to by from at as or vs versus under between into".split())
_NO_START = _FUNCTION - {"a", "an", "the"}
_ADJ_SUFFIXES = ("ic", "al", "ive", "ous", "ary", "ful", "less", "able", "ible", "ed", "ing")
_NOUN_SUFFIXES = ("ion", "ism", "ity", "ment", "ness", "acy", "cy", "ics", "ship", "ance", "ence", "ogy", "ty", "ure")
_LEXICON: dict[str, tuple[str, ...]] = {
    "外交": ("diplomacy", "diplomatic", "foreign"),
    "安全": ("security",),
    "合作": ("cooperation", "co-operation"),
    "关系": ("relations", "relationship"),
    "政策": ("policy", "policies"),
    "战略": ("strategy", "strategic"),
    "经济": ("economy", "economic", "economics"),
    "政治": ("politics", "political"),
    "中国": ("china", "chinese"),
    "俄罗斯": ("russia", "russian"),
    "俄": ("russia", "russian"),
    "美国": ("united", "us", "america", "american"),
    "中亚": ("central", "asia"),
    "欧盟": ("european", "eu"),
    "一带一路": ("belt", "road"),
    "治理": ("governance",),
    "地缘": ("geopolitics", "geopolitical", "geo"),
    "能源": ("energy",),
    "发展": ("development",),
    "国际": ("international",),
    "全球": ("global", "globalization"),
    "地区": ("regional", "region"),
    "区域": ("regional", "region"),
    "民族": ("ethnic", "nation", "national"),
    "文化": ("culture", "cultural"),
    "历史": ("history", "historical"),
    "社会": ("society", "social"),
    "改革": ("reform",),
    "现代化": ("modernization", "modernisation"),
    "共同体": ("community",),
    "命运": ("destiny", "future", "fate"),
    "人类": ("mankind", "humanity", "human"),
    "平衡": ("balanced", "balance"),
    "多元": ("pluralistic", "diversified", "multi", "multiple", "diverse"),
    "一体化": ("integration",),
    "大国": ("power", "powers"),
    "周边": ("neighboring", "neighbouring", "periphery", "neighborhood"),
    "伙伴": ("partnership", "partner"),
    "乌克兰": ("ukraine", "ukrainian"),
    "日本": ("japan", "japanese"),
    "印度": ("india", "indian"),
    "欧洲": ("europe", "european"),
    "苏联": ("soviet", "ussr"),
    "贸易": ("trade",),
    "投资": ("investment",),
    "金融": ("finance", "financial"),
    "技术": ("technology",),
    "科技": ("technology", "science"),
    "军事": ("military",),
    "主权": ("sovereignty",),
    "危机": ("crisis",),
    "冲突": ("conflict",),
    "战争": ("war",),
    "和平": ("peace",),
    "体系": ("system",),
    "秩序": ("order",),
    "意识形态": ("ideology",),
    "软实力": ("soft",),
    "话语": ("discourse",),
    "认同": ("identity",),
    "移民": ("migration", "immigration", "migrants"),
    "宗教": ("religion", "religious"),
    "教育": ("education",),
    "语言": ("language", "linguistic"),
    "媒体": ("media",),
    "网络": ("cyber", "network", "internet"),
    "边境": ("border",),
    "农业": ("agriculture",),
    "城市": ("city", "urban"),
    "环境": ("environment", "environmental"),
    "气候": ("climate",),
    "人口": ("population",),
}


def split_english_keywords(text: str, zh_keywords: Sequence[str] = ()) -> list[str]:
    """The English keyword phrases of ``text``, aligned with ``zh_keywords`` when given."""
    explicit = [p.strip() for p in re.split(r"[;；,，]", text) if p.strip()]
    if len(explicit) > 1:
        return explicit
    words = text.split()
    count = len(zh_keywords)
    if not words:
        return []
    if count <= 1 or count >= len(words):
        return [" ".join(words)] if count <= 1 else words
    if len(words) * count > _DP_LIMIT:
        return _greedy_split(words, count)
    return _best_split(words, list(zh_keywords))


def _greedy_split(words: list[str], count: int) -> list[str]:
    """For implausibly long inputs: cut at the ``count - 1`` most likely boundaries (linear time)."""
    scores = sorted(range(1, len(words)), key=lambda j: -_boundary(words[j - 1], words[j]))
    cuts = sorted(scores[: count - 1])
    bounds = list(zip([0, *cuts], [*cuts, len(words)], strict=True))
    return [" ".join(words[a:b]) for a, b in bounds]


def _best_split(words: list[str], zh: list[str]) -> list[str]:
    """Dynamic programme over (phrases placed, words used)."""
    n, m = len(zh), len(words)
    cuts = [_boundary(words[j - 1], words[j]) for j in range(1, m)]
    neg = -math.inf
    best = [[neg] * (m + 1) for _ in range(n + 1)]
    back = [[0] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for k in range(1, n + 1):
        for end in range(k, m - (n - k) + 1):
            for start in range(k - 1, end):
                if best[k - 1][start] == neg:
                    continue
                score = best[k - 1][start] + _segment(words[start:end], zh[k - 1])
                score += cuts[end - 1] if end < m else 0.0
                if score > best[k][end]:
                    best[k][end], back[k][end] = score, start
    bounds, end = [], m
    for k in range(n, 0, -1):
        start = back[k][end]
        bounds.append((start, end))
        end = start
    return [" ".join(words[a:b]) for a, b in reversed(bounds)]


def _boundary(prev: str, nxt: str) -> float:
    """How plausible a phrase boundary between ``prev`` and ``nxt`` is."""
    p, q = prev.lower(), nxt.lower()
    score = 0.0
    if p in _FUNCTION:
        score -= 5.0
    if q in _NO_START:
        score -= 4.0
    p_cap, q_cap = prev[:1].isupper(), nxt[:1].isupper()
    if p_cap and q_cap:
        score -= 1.0
    elif q_cap and p not in _FUNCTION:
        score += 1.5
    elif p_cap and q not in _FUNCTION:
        score += 1.0
    if p.endswith(_ADJ_SUFFIXES) and not p_cap:
        score -= 1.5
    elif p.endswith(_NOUN_SUFFIXES):
        score += 0.5
    return score


def _segment(words: list[str], zh: str) -> float:
    """How well a phrase of ``words`` fits the Chinese keyword ``zh``."""
    expected = max(1.0, len(zh) / 2)
    score = -0.8 * abs(math.log(len(words) / expected))
    lowered = {w.lower().strip(".-'") for w in words}
    for term, english in _LEXICON.items():
        if term in zh and lowered.intersection(english):
            score += 1.5
    return score
