"""Heuristics telling a corporate body (中国国际问题研究所, World Bank, Институт Дальнего Востока РАН) from a person."""

from __future__ import annotations

import re

from biblio.names.lazyre import pattern

_CJK_WORDS = (
    "研究所", "研究院", "研究中心", "研究会", "研究室", "大学", "学院", "学校", "委员会", "出版社", "出版", "中心",
    "协会", "學會", "学会", "協会", "编辑部", "編輯部", "编写组", "编委会", "课题组", "办公室", "辦公室", "工作组",
    "小组", "联合会", "基金会", "公司", "集团", "银行", "銀行", "政府", "国务院", "國務院", "中央",
    "图书馆", "圖書館", "博物馆", "档案馆", "科学院", "社会科学", "社科院", "联合国", "聯合國", "组织", "組織",
    "株式会社", "研究会", "新闻", "新聞", "日报", "日報", "杂志社", "报社", "通讯社", "电视台", "电台",
    "部门", "统计局", "外交部", "商务部", "事务所", "总署", "总局", "党校", "军区", "法院", "检察院", "议会",
    "新华社", "评论员", "本报", "网站", "機構", "机构", "外務省", "財務省", "経済産業省",
)  # fmt: skip
_CJK_SUFFIX_CHARS = "部局厅署院会社所处省庁府馆館团團委室组組队隊司"
_RU_WORDS = (
    r"\b(?:институт\w*|университет\w*|академи\w*|ран|ан\s+ссср|министерств\w*|комитет\w*|центр\w*|обществ\w*|"
    r"издательств\w*|служб\w*|агентств\w*|правительств\w*|совет\w*|фонд\w*|банк\w*|оон|управлени\w*|отдел\w*|"
    r"библиотек\w*|ассоциаци\w*|союз\w*|департамент\w*|лаборатори\w*|корпораци\w*|компани\w*|ооо|оао|зао|пао|"
    r"федераци\w*|администраци\w*|комисси\w*|редакци\w*|коллектив\w*|школ[аыуеой]?|колледж\w*|музе\w*|парти[яиюей]|"
    r"госдум\w*|кафедр\w*|факультет\w*|сектор\w*|группа|палат\w*|инспекци\w*|организаци\w*|росстат)\b"
)
_EN_WORDS = (
    r"\b(?:institute|institut|institution|university|universit[éaä]t?|college|school|bank|ministry|committee|"
    r"council|agency|inc|ltd|llc|plc|gmbh|corp|corporation|company|co|association|society|organi[sz]ation|"
    r"foundation|department|office|bureau|commission|cent(?:er|re)|academy|group|government|"
    r"federation|union|nations|league|board|authority|library|museum|fund|programme|program|project|"
    r"network|forum|parliament|congress|senate|laboratory|research|consortium|secretariat|"
    r"administration|directorate|assembly|cabinet|editorial|publishers|publishing|republic|kingdom|"
    r"international|national)\b"
)
_FUNCTION_WORDS = re.compile(r"\s(?:of|for|the|and|on|in|für|по|при|для)\s", re.IGNORECASE)
_ACRONYM = re.compile(r"[A-ZА-ЯЁ]{2,8}(?:[-/&][A-ZА-ЯЁ]{1,8})*")


_CJK_WORD = re.compile("|".join(map(re.escape, _CJK_WORDS)))
# one regex search instead of a Python loop over the characters (every name of a reference list is tested)
_HAN_CHAR = re.compile("[\u3400-\u9fff\uf900-\ufaff]")
_HAN_OR_KANA_CHAR = re.compile("[\u3400-\u9fff\uf900-\ufaff\u3040-\u30ff]")
_HANGUL_CHAR = re.compile("[\uac00-\ud7af]")


def is_corporate_cjk(text: str) -> bool:
    """A Han/kana string naming an organisation rather than a person."""
    body = text.strip()
    if _CJK_WORD.search(body):
        return True
    if any(sep in body for sep in "·•・‧･"):
        return False
    han = len(_HAN_CHAR.findall(body))
    if han >= 3 and body[-1] == "网":  # news sites: 新华网, 人民网, 中国网
        return True
    if han >= 4 and body[-1] in _CJK_SUFFIX_CHARS:
        return True
    return han >= 7


_FIRM = re.compile(
    r"[A-ZА-ЯЁ][\w'’-]*(?:\s[A-ZА-ЯЁ][\w'’-]*)*\s&\s[A-ZА-ЯЁ][\w'’-]*(?:\s[A-ZА-ЯЁ][\w'’-]*)*"
    r"(?:,?\s(?:Inc|Ltd|LLC|Co|Corp)\.?)?"
)


def is_corporate_alpha(text: str) -> bool:
    """A Latin or Cyrillic string naming an organisation ("World Bank", "Институт Дальнего Востока РАН",
    "Ernst & Young": words joined by "&" with no initials)."""
    body = " ".join(text.split())
    if _FIRM.fullmatch(body):
        return True
    if pattern(_RU_WORDS, re.IGNORECASE).search(body) or pattern(_EN_WORDS, re.IGNORECASE).search(body):
        return True
    if _FUNCTION_WORDS.search(f" {body} ") and len(body.split()) >= 3:
        return True
    return bool(_ACRONYM.fullmatch(body)) and len(body) >= 3


def has_corporate_word(text: str) -> bool:
    """A word that names an organisation (Institute, Bank, агентство, 研究所), not only "of"/"and" between words."""
    if _HAN_CHAR.search(text):
        return _CJK_WORD.search(text) is not None
    body = " ".join(text.split())
    return bool(pattern(_RU_WORDS, re.IGNORECASE).search(body) or pattern(_EN_WORDS, re.IGNORECASE).search(body))


_KO_WORDS = (
    "연구원", "연구소", "연구회", "재단", "대학교", "대학", "위원회", "협회", "학회", "은행", "공사", "정부",
    "센터", "출판부", "외교부", "통일부", "국방부", "기획재정부", "교육부", "신문사", "방송", "진흥원", "개발원",
)  # fmt: skip


def is_corporate_hangul(text: str) -> bool:
    """A Hangul string naming an organisation (외교부, 대외경제정책연구원, 한국국제교류재단)."""
    body = "".join(text.split())
    return any(word in body for word in _KO_WORDS) or (len(body) >= 5 and body.endswith(("부", "원", "청", "처")))


def is_corporate(text: str) -> bool:
    """True when ``text`` looks like a corporate body in any script."""
    if _HANGUL_CHAR.search(text):
        return is_corporate_hangul(text)
    if _HAN_OR_KANA_CHAR.search(text):
        return is_corporate_cjk(text)
    return is_corporate_alpha(text)
