"""Chrome rules on lines of page text."""

from __future__ import annotations

import pytest

from biblio.importers.web.chrome import clean_lines, ends_article, is_chrome, is_language_menu


@pytest.mark.parametrize(
    "line",
    [
        "网易首页 > 网易号 > 正文 申请入驻",
        "0",
        "分享至",
        "![]()",
        "![图片](https://x/y.jpg)",
        "한어Русский языкEnglishFrançaisIndonesianSanskrit日本語Deutsch"
        "PortuguêsΕλληνικάespañolItalianoSuomalainenLatina",
        "声明:个人原创,仅供参考",
        "2919文章数 8311关注度",
        "胡麒牧博士 incentive-icons",
        "无障碍浏览 进入关怀版",
        "【责任编辑:张三】",
        "(责编：王红、赵刚)",
        "Поделиться",
        "Читайте также: Захарова прокомментировала планы Японии",
        "Advertisement",
    ],
)
def test_chrome_lines(line: str) -> None:
    assert is_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "相关推荐",
        "热点推荐",
        "往期回顾 全部",
        "头条要闻",
        "特别声明:以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布",
        "Notice: The content above (including the pictures and videos if any) is uploaded",
        "Related Articles",
        "More on this story",
        "Материалы по теме",
    ],
)
def test_end_markers(line: str) -> None:
    assert ends_article(line)


@pytest.mark.parametrize(
    "line",
    [
        "当中亚五国元首相继飞抵华盛顿,一场备受瞩目的地缘政治大戏拉开帷幕。",
        "Objectively speaking, the Russian Foreign Ministry's concerns are necessary.",
        "参考资料:",
        "一个小标题",
    ],
)
def test_article_lines_are_not_chrome(line: str) -> None:
    assert not is_chrome(line)
    assert not ends_article(line)


def test_language_menu_needs_several_names() -> None:
    assert is_language_menu("English Русский 中文")
    assert not is_language_menu("He spoke English to the press in Moscow and then switched to Russian.")


def test_captions_after_image_gaps_are_dropped() -> None:
    lines = ["第一段。", "", "", "", "托卡耶夫9月下旬会见特朗普", "", "第二段。", "![]()", "第三段,图片后的正文。"]
    assert clean_lines(lines) == ["第一段。", "第二段。", "第三段,图片后的正文。"]


def test_short_line_without_image_gap_is_kept() -> None:
    assert clean_lines(["第一段。", "", "一个小标题", "", "第二段。"]) == ["第一段。", "一个小标题", "第二段。"]
