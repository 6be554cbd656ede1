"""Word division of Chinese text for romanization (pinyin is written word by word: "zhongya guojia").

No general dictionary ships with biblio, so: (1) a small lexicon of multi-syllable words common in
area-studies titles (country names, 一带一路, 地缘政治), matched longest first; (2) pypinyin's phrase
dictionary (phrases with polyphones: 重庆, 信息); (3) what is left as single characters is paired into
two-syllable words, the commonest word length in Chinese, with particles (的, 与, 和) kept apart.
Deterministic: the same title always gives the same romanization and citation key.
"""

from __future__ import annotations

from biblio.names.phrases import segmenter_for

LEXICON: frozenset[str] = frozenset(
    """
    俄罗斯 哈萨克斯坦 乌兹别克斯坦 吉尔吉斯斯坦 塔吉克斯坦 土库曼斯坦 阿富汗 巴基斯坦 印度 蒙古 日本 韩国 朝鲜 美国
    中国 英国 法国 德国 意大利 乌克兰 白俄罗斯 格鲁吉亚 亚美尼亚 阿塞拜疆 伊朗 土耳其 以色列 沙特阿拉伯 埃及 欧洲
    亚洲 非洲 欧亚 中亚 东亚 南亚 西亚 东南亚 东北亚 亚太 北约 欧盟 联合国 苏联 俄国 新疆 西藏 内蒙古 上海 北京
    香港 台湾 里海 黑海 高加索 西伯利亚 远东 莫斯科 华盛顿 东京 伦敦 巴黎 柏林 阿拉伯 波斯湾 海湾 印度洋 太平洋
    一带一路 丝绸之路 独联体 共同体 共产党 现代化 全球化 一体化 多极化 信息化 工业化 城市化 主义 软实力 硬实力
    大棋局 枢纽 陆权 海权 研究所 研究院 科学院 委员会 出版社 博物馆 图书馆 大学 学院 中心 协会 学会 学刊 学报
    杂志 年鉴 丛书 文集 选集 全集 论文集 马克思 列宁 毛泽东 邓小平 斯大林 普京 中华 人民 共和国
    """.split()
)
_MAX_WORD = max(len(word) for word in LEXICON)
PARTICLES = frozenset("的之与和及或在对于以为了着过是从向把被由而并其也又将暨兼跟同即乃则所者")


def _lexicon_cut(text: str) -> list[tuple[str, bool]]:
    """Longest-first matches of :data:`LEXICON`: (piece, is_word); unmatched stretches come as (run, False)."""
    pieces: list[tuple[str, bool]] = []
    run_start = index = 0  # the unmatched stretch is text[run_start:index], sliced once when it ends
    while index < len(text):
        for size in range(min(_MAX_WORD, len(text) - index), 1, -1):
            if text[index : index + size] in LEXICON:
                if run_start < index:
                    pieces.append((text[run_start:index], False))
                pieces.append((text[index : index + size], True))
                index += size
                run_start = index
                break
        else:
            index += 1
    if run_start < index:
        pieces.append((text[run_start:index], False))
    return pieces


_CHUNK = 256  # characters: pypinyin's segmenter copies the rest of its input at every word (quadratic)


def _phrase_cut(piece: str) -> list[str]:
    """pypinyin's phrase segmentation of an unmatched stretch, fed at most ``_CHUNK`` characters at a time.

    Its maximum-matching loop re-slices the remaining text after each word, so a stretch of n characters
    costs n²; in chunks the cost is linear. Only stretches longer than a chunk (no real title has a
    256-character run without a lexicon word) can be cut differently at a chunk's edge.
    """
    segmenter = segmenter_for(piece)
    return [word for start in range(0, len(piece), _CHUNK) for word in segmenter.cut(piece[start : start + _CHUNK])]


def _pair(singles: list[str]) -> list[str]:
    """Pair single characters into two-syllable words; an odd one joins the last word (大棋局 -> 大棋局)."""
    words = ["".join(singles[i : i + 2]) for i in range(0, len(singles), 2)]
    if len(words) > 1 and len(words[-1]) == 1:
        last = words.pop()
        words[-1] += last
    return words


def _regroup(segments: list[str]) -> list[str]:
    """Keep dictionary words; pair up runs of single characters between particles."""
    out: list[str] = []
    singles: list[str] = []
    for segment in segments:
        if len(segment) == 1 and segment not in PARTICLES:
            singles.append(segment)
            continue
        out.extend(_pair(singles))
        singles = []
        out.append(segment)
    out.extend(_pair(singles))
    return out


def cut(text: str) -> list[str]:
    """Words of a run of Han characters: 中亚国家的多元平衡外交 -> 中亚 国家 的 多元 平衡 外交."""
    segments: list[str] = []
    for piece, is_word in _lexicon_cut(text):
        segments.extend([piece] if is_word else _phrase_cut(piece))
    return _regroup(segments)
