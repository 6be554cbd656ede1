"""Page furniture ("chrome") that is not part of an article: rules on lines of page text.

Three kinds: lines that are always chrome (navigation, share counters, image placeholders,
language menus, disclaimers, author boxes), lines that END the article (``相关推荐``,
``特别声明``, ``Notice: The content above``, ``Related``), and image captions, recognised by
their place (a short line without final punctuation right after an image gap).
"""

from __future__ import annotations

import re

_ALWAYS = re.compile(
    r"""^(?:
        \d{1,7}                                   # share / comment counters
      | 分享至 | 分享到.{0,12} | 举报 | 收藏 | 评论 | 点赞 | 打开网易新闻.{0,20} | 查看精彩图片
      | 申请入驻 | 返回顶部 | 使用帮助 | 无障碍浏览.* | 进入关怀版 | 关注 | 作者最新文章 | 阅读下一篇.*
      | !\[[^\]]*\]\([^)]*\)                     # markdown image placeholders ![]()
      | \[图片\] | 图片 | 图源[:：].{0,40} | 图片来源[:：].{0,40} | \(图片来源.{0,40}\) | （图片来源.{0,40}）
      | .{0,40}\bincentive-icons\b.*
      | \d+\s*文章数\s*\d+\s*关注度
      | 声明[:：]\s*个人原创.{0,30} | 本文(?:系|为)?(?:作者)?原创.{0,40} | 本文系.{0,20}(?:独家|原创)稿件.{0,40}
      | .{0,20}未经(?:书面)?授权.{0,6}不得转载.{0,20} | [(（]\s*原标题[:：].{0,100}[)）] | 本文来源[:：].{0,60}
      | [(（\[【]?\s*(?:责任编辑|责编|编辑|校对|审核|监制)\s*[:：].{0,30}
      | (?:Share|Tweet|Email|Print|Advertisement|ADVERTISEMENT|Comments?|Subscribe|Sign\ in|Log\ in|Menu)
      | Поделиться | Читайте\ также.* | Реклама | Подписывайтесь.*
      | (?:Read\ (?:more|also|next)|READ\ (?:MORE|ALSO)|See\ also|Also\ read|More)\s*[:：]\s*\S.{0,200}  # teasers
      | [^>]{1,30}\s>\s[^>]{1,60}(?:\s>\s[^>]{1,60})*  # breadcrumbs: 网易首页 > 网易号 > 正文 (no backtracking)
    )$""",
    re.X,
)

_END = re.compile(
    r"""^(?:
        相关推荐 | 热点推荐 | 相关阅读 | 相关新闻 | 推荐阅读 | 延伸阅读 | 猜你喜欢 | 热门推荐 | 往期回顾.*
      | 头条要闻 | 特别声明[:：].* | 免责声明[:：].* | 版权声明[:：].* | 网友评论.* | 全部评论.* | 热门评论.*
      | Notice:\ The\ content\ above.* | Related(?:\ (?:Articles|Stories|News|Content|Topics))? | Read\ more[:.]?
      | More\ (?:on\ this\ story|from\ .{1,40}) | Most\ (?:Read|Popular) | You\ may\ also\ like.* | Recommended.*
      | Материалы\ по\ теме | Ещё\ по\ теме.* | Популярное | Новости\ партнеров
    )$""",
    re.X,
)

_LANGUAGES = (
    "English", "Русский", "Français", "Deutsch", "Español", "español", "Português", "Italiano", "日本語",
    "한어", "한국어", "中文", "Indonesian", "Sanskrit", "Ελληνικά", "Suomalainen", "Latina", "العربية",
)  # fmt: skip

_PHOTO_CREDIT = re.compile(
    r"[（(](?:资料(?:照片|图片?)|[^（()）]{0,30}摄|图片来源[^（()）]{0,30}|(?:Photo|Фото)[^()]{0,60})[)）]$", re.I
)
_SENTENCE_END = tuple('。！？!?.…”’"」』)）:：;；')


def is_chrome(line: str) -> bool:
    """True for a line that is never article text."""
    text = line.strip()
    return bool(text) and (bool(_ALWAYS.match(text)) or is_language_menu(text))


def ends_article(line: str) -> bool:
    """True for a line after which the page shows no more of the article (related lists, disclaimers)."""
    return bool(_END.match(line.strip()))


def is_language_menu(line: str) -> bool:
    """A run of language names ("한어Русский языкEnglishFrançais…"), as translation sites show."""
    hits = sum(1 for name in _LANGUAGES if name in line)
    return hits >= 3 and len(line) < 40 * hits


def is_image_gap(lines: list[str], index: int) -> bool:
    """True if ``lines[index]`` follows an image: a placeholder line or two or more blank lines."""
    blanks = 0
    j = index - 1
    while j >= 0 and not lines[j].strip():
        blanks += 1
        j -= 1
    after_placeholder = j >= 0 and lines[j].strip().startswith("![")
    return blanks >= 2 or (after_placeholder and blanks <= 1)


def looks_like_caption(line: str) -> bool:
    """A short line without sentence punctuation at its end, or ending in a photo credit ("（资料照片）",
    "（新华社记者 张三 摄）", "(Photo: Reuters)"): an image caption when after an image."""
    text = line.strip()
    limit = 45 if _is_cjk(text) else 140
    return 0 < len(text) <= limit and (not text.endswith(_SENTENCE_END) or bool(_PHOTO_CREDIT.search(text)))


def _is_cjk(text: str) -> bool:
    return sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff") * 2 > len(text)


def clean_lines(lines: list[str]) -> list[str]:
    """The paragraphs of an article body: chrome lines and image captions removed, blank lines dropped."""
    kept: list[str] = []
    for index, line in enumerate(lines):
        text = line.strip()
        if not text or is_chrome(text):
            continue
        if is_image_gap(lines, index) and looks_like_caption(text):
            continue
        kept.append(text)
    return kept
