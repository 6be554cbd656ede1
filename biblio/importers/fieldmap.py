"""Small value helpers shared by the CNKI and tagged-format importers: names, languages, types, titles.

Chinese labels and type words (``题名``, ``硕士``, ``期刊``, ``会议``, ``报纸``, ``年鉴`` ...) are looked up in
their simplified form: :func:`simplified` folds the traditional script of CNKI's traditional interface and
of Taiwanese records (``題名``, ``碩士``, ``會議``, ``報紙``, ``年鑑``) character by character, so every
table here is written once, in simplified characters.
"""

from __future__ import annotations

import re
from functools import cache

from biblio.model import EntryType, LangText
from biblio.model.script import guess_language

_LANGS = {
    "中文": "zh",
    "汉语": "zh",
    "chinese": "zh",
    "mandarin": "zh",  # CLDR has no plain "Mandarin" (cmn is "Mandarin Chinese")
    "chi": "zh",
    "zho": "zh",
    "zh": "zh",
    "zh-cn": "zh",
    "英文": "en",
    "英语": "en",
    "english": "en",
    "eng": "en",
    "en": "en",
    "俄文": "ru",
    "俄语": "ru",
    "russian": "ru",
    "rus": "ru",
    "ru": "ru",
    "日文": "ja",
    "日语": "ja",
    "japanese": "ja",
    "jpn": "ja",
    "ja": "ja",
    "german": "de",
    "deutsch": "de",
    "ger": "de",
    "deu": "de",
    "de": "de",
    "德文": "de",
    "french": "fr",
    "français": "fr",
    "fre": "fr",
    "fra": "fr",
    "fr": "fr",
    "法文": "fr",
    "spanish": "es",
    "español": "es",
    "spa": "es",
    "es": "es",
    "italian": "it",
    "ita": "it",
    "it": "it",
    "portuguese": "pt",
    "por": "pt",
    "pt": "pt",
    "korean": "ko",
    "kor": "ko",
    "ko": "ko",
    "韩文": "ko",
    "韩语": "ko",
    "朝鲜语": "ko",
    "arabic": "ar",
    "ara": "ar",
    "ar": "ar",
    "kazakh": "kk",
    "kaz": "kk",
    "kk": "kk",
    "uzbek": "uz",
    "uzb": "uz",
    "uz": "uz",
    "kyrgyz": "ky",
    "kir": "ky",
    "ky": "ky",
    "tajik": "tg",
    "tgk": "tg",
    "tg": "tg",
    "turkmen": "tk",
    "tuk": "tk",
    "tk": "tk",
    "mongolian": "mn",
    "mon": "mn",
    "mn": "mn",
    "ukrainian": "uk",
    "ukr": "uk",
    "uk": "uk",
    "turkish": "tr",
    "tur": "tr",
    "tr": "tr",
    "persian": "fa",
    "per": "fa",
    "fas": "fa",
    "fa": "fa",
}

# type names used by NoteExpress, EndNote/Refer and RefWorks (lower-cased)
_TYPE_NAMES: dict[str, EntryType] = {
    "journal article": EntryType.ARTICLE,
    "journal": EntryType.ARTICLE,
    "article": EntryType.ARTICLE,
    "electronic article": EntryType.ARTICLE,
    "magazine article": EntryType.MAGAZINE,
    "newspaper article": EntryType.NEWSPAPER,
    "newspaper": EntryType.NEWSPAPER,
    "book": EntryType.BOOK,
    "edited book": EntryType.COLLECTION,
    "book section": EntryType.INCOLLECTION,
    "book, section": EntryType.INCOLLECTION,
    "book, whole": EntryType.BOOK,
    "book, edited": EntryType.COLLECTION,
    "thesis": EntryType.THESIS,
    "dissertation": EntryType.THESIS,
    "dissertation/thesis": EntryType.THESIS,
    "学位论文": EntryType.THESIS,
    "博士论文": EntryType.THESIS,
    "硕士论文": EntryType.THESIS,
    "dissertation/thesis, unpublished": EntryType.THESIS,
    "conference proceedings": EntryType.INPROCEEDINGS,
    "conference paper": EntryType.INPROCEEDINGS,
    "conference proceeding": EntryType.INPROCEEDINGS,
    "report": EntryType.REPORT,
    "generic": EntryType.MISC,
    "patent": EntryType.PATENT,
    "standard": EntryType.STANDARD,
    "web page": EntryType.ONLINE,
    "online source": EntryType.ONLINE,
    "web page/electronic citation": EntryType.ONLINE,
    "dataset": EntryType.DATASET,
    "期刊": EntryType.ARTICLE,
    "期刊论文": EntryType.ARTICLE,
    "图书": EntryType.BOOK,
    "会议论文": EntryType.INPROCEEDINGS,
    "报纸": EntryType.NEWSPAPER,
    "专利": EntryType.PATENT,
    "标准": EntryType.STANDARD,
    "报告": EntryType.REPORT,
}


# CNKI's database names (EndNote ``%~``, RefWorks ``DB``, E-Study ``SrcDatabase-来源库``, the page's
# export): the one reliable statement of a CNKI record's type.
_DATABASES: dict[str, EntryType] = {
    "期刊": EntryType.ARTICLE,
    "学术期刊": EntryType.ARTICLE,
    "特色期刊": EntryType.ARTICLE,
    "学术辑刊": EntryType.ARTICLE,
    "辑刊": EntryType.ARTICLE,
    "博士": EntryType.THESIS,
    "硕士": EntryType.THESIS,
    "硕博": EntryType.THESIS,
    "会议": EntryType.INPROCEEDINGS,
    "国内会议": EntryType.INPROCEEDINGS,
    "国际会议": EntryType.INPROCEEDINGS,
    "报纸": EntryType.NEWSPAPER,
    "年鉴": EntryType.INCOLLECTION,
    "年报": EntryType.INCOLLECTION,
    "图书": EntryType.BOOK,
    "外文图书": EntryType.BOOK,
    "专利": EntryType.PATENT,
    "中国专利": EntryType.PATENT,
    "海外专利": EntryType.PATENT,
    "标准": EntryType.STANDARD,
    "国家标准": EntryType.STANDARD,
    "行业标准": EntryType.STANDARD,
    "国际标准": EntryType.STANDARD,
    "国外标准": EntryType.STANDARD,
    "成果": EntryType.REPORT,
    "科技成果": EntryType.REPORT,
}


@cache
def _t2s() -> dict[int, int]:
    from biblio.search.t2s_table import SIMPLIFIED, TRADITIONAL  # a data module: no search code is loaded

    return {ord(t): ord(s) for t, s in zip(TRADITIONAL, SIMPLIFIED, strict=True)}


def simplified(text: str) -> str:
    """``text`` with traditional characters folded to simplified ones, one character for one (OpenCC's table),
    so a match found in the result has the same span in ``text``."""
    return text.translate(_t2s())


_DATABASE_WORDS = ("博士", "硕士", "会议", "报纸", "年鉴", "期刊", "辑刊", "专利", "标准", "成果", "图书")


def database_type(text: str) -> EntryType | None:
    """The type a CNKI database name states (``年鉴``, ``博士学位论文``, ``中国专利``, ``碩士``...), or ``None``."""
    key = re.sub(r"(?:学位)?(?:论文)?(?:数据库|库|全文数据库)?$", "", simplified(text.strip()))
    key = re.sub(r"^(?:中国)?(?=.{2,}$)", "", key) if key not in _DATABASES else key
    if key in _DATABASES:
        return _DATABASES[key]
    # a database's full name (中国优秀硕士学位论文全文数据库, 中国重要报纸全文数据库, 中国年鉴网络出版总库)
    return next((_DATABASES[word] for word in _DATABASE_WORDS if word in key), None)


def type_from_name(text: str) -> EntryType:
    """The entry type for a tagged format's type name (``Journal Article``, ``Thesis``, ``期刊``); MISC if unknown."""
    key = " ".join(simplified(text).lower().split())
    return _TYPE_NAMES.get(key) or EntryType.MISC


_DEGREE = re.compile(r"博士|硕士|[Dd]octoral|[Mm]aster|Ph\.?D")


def degree_in(text: str) -> str:
    """The degree word in ``text`` as written (``碩士`` in ``碩士學位論文``, ``PhD``), or ``""``."""
    match = _DEGREE.search(simplified(text))
    return text[match.start() : match.end()] if match else ""


def is_degree(text: str) -> bool:
    """``博士``, ``硕士`` or ``碩士`` alone (CNKI writes the degree where a volume or class would be)."""
    return simplified(text.strip()) in ("博士", "硕士")


def thesis_genre(text: str) -> str:
    """``博士`` -> ``博士学位论文``, ``碩士`` -> ``碩士學位論文`` (in the script it came in); others pass through."""
    value = text.strip()
    if simplified(value) in ("博士", "硕士"):
        return value + ("學位論文" if simplified(value) != value else "学位论文")
    return value


def language_code(text: str) -> str:
    """A BCP 47 tag for ``中文``/``English``/``zh``/``ger``/``en-US``/``русский``...; ``""`` if unknown.

    The common values are looked up here; any other goes to CLDR (:mod:`biblio.importers.language_names`):
    the whole value as a code, tag or name, then each word of it as a name (a lone short word such as "la"
    in free text is not taken for a code).
    """
    lowered = simplified(text).lower()
    parts = [p for p in re.split(r"[;；,，、\s()（）\[\]/|]+", lowered.strip(" .。")) if p.strip(".")]
    for part in parts:
        if part in _LANGS:
            return _LANGS[part]
    if not parts or len(lowered) > 200:
        return ""
    from biblio.importers.language_names import cldr_language

    whole = cldr_language(" ".join(parts)) or cldr_language(" ".join(text.lower().split()))  # 日本語 as written
    if whole:
        return whole
    return next((code for part in parts if len(part) > 3 and (code := cldr_language(part))), "")


def fix_title(text: str) -> str:
    """Collapse spaces; put a space after a colon between Latin words (``Countries:Coexisting``)."""
    text = " ".join(text.split())
    return re.sub(r"(?<=[A-Za-z\d)]):(?=[A-Za-z\d(])", ": ", text)


def lang_text(text: str, lang: str = "") -> LangText:
    """A cleaned value with ``lang`` or the language guessed from its script."""
    value = fix_title(text)
    return LangText(value, lang or guess_language(value[:300]))


def split_list(text: str) -> list[str]:
    """``中亚;多元外交；平衡外交;`` -> items (separators ``;`` ``；`` and, for CJK lists, ``，``)."""
    return [p.strip() for p in re.split(r"[;；]|(?<=[^\x00-\x7f])[，,]", text) if p.strip()]
