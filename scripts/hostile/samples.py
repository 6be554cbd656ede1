"""Generated inputs for every importer and ``parse-ref``: one small valid document per format, grown to a size.

Each :class:`Sample` is a document with a ``{FILL}`` slot in one long field (a title, an abstract, a body
paragraph). :func:`grow` makes it ``size`` bytes either by repeating whole records (``records``: formats
that hold many) or by filling the slot (``field``: one record with one huge value), so the time and
memory of every parser can be measured on 10 KB -> 10 MB inputs (``benchmarks/bench_linear.py``) and
bounded by tests (``tests/fuzz/``). The documents are written here after the formats' public shapes.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Sample:
    """A document of one format; ``fill`` is the text repeated into ``{FILL}``; ``many`` if records repeat."""

    name: str  # the importer's registry name (``parse-ref`` for the command)
    template: str
    fill: str
    many: bool = True


_FILL_ZH = "中亚国家多元平衡外交与地区合作研究，"
_FILL_EN = "Diplomacy of Central Asian states and regional cooperation; "
_FILL_RU = "Внешняя политика государств Центральной Азии; "

SAMPLES: tuple[Sample, ...] = (
    Sample(
        "bibtex",
        "@article{zhang2024{N},\n  author = {张宁 and Smith, John},\n  title = {{FILL}},\n"
        "  journal = {俄罗斯学刊},\n  year = {2024},\n  volume = {14},\n  pages = {5--23},\n}\n\n",
        _FILL_EN,
    ),
    Sample(
        "csl-json",
        '[{"id": "a{N}", "type": "article-journal", "title": "{FILL}", "author": [{"family": "张", "given": "宁"}],'
        ' "container-title": "俄罗斯学刊", "issued": {"date-parts": [[2024, 6]]}, "page": "5-23"}]\n',
        _FILL_EN,
    ),
    Sample(
        "zotero-json",
        '[{"itemType": "journalArticle", "title": "{FILL}", "creators": [{"firstName": "宁", "lastName": "张",'
        ' "creatorType": "author"}], "publicationTitle": "俄罗斯学刊", "date": "2024-06", "volume": "14",'
        ' "pages": "5-23", "extra": "N: {N}"}]\n',
        _FILL_EN,
    ),
    Sample(
        "ris",
        "TY  - JOUR\nAU  - 张宁\nTI  - {FILL}\nJO  - 俄罗斯学刊\nPY  - 2024\nVL  - 14\nSP  - 5\nEP  - 23\nER  - \n\n",
        _FILL_ZH,
    ),
    Sample(
        "refer",
        "%0 Journal Article\n%A 张宁\n%T {FILL}\n%J 俄罗斯学刊\n%D 2024\n%V 14\n%P 5-23\n%W CNKI\n\n",
        _FILL_ZH,
    ),
    Sample(
        "refworks",
        "RT Journal Article\nSR 1\nA1 张宁\nT1 {FILL}\nJF 俄罗斯学刊\nYR 2024\nVO 14\nOP 5-23\nDS CNKI\n\n",
        _FILL_ZH,
    ),
    Sample(
        "wos",
        "PT J\nAU Zhang, N\n   Smith, J\nAF Zhang, Ning\n   Smith, John\nTI {FILL}\nSO RUSSIAN STUDIES\nPD JUN\n"
        "PY 2024\nVL 14\nBP 5\nEP 23\nCR Li M, 2010, J EURASIAN STUD, V1, P2\n   Wu X, 2001, SURV, V20, P1\nER\n\n",
        _FILL_EN,
    ),
    Sample(
        "noteexpress",
        "{Reference Type}: Journal Article\n{Title}: {FILL}\n{Author}: 张宁;\n{Journal}: 俄罗斯学刊\n"
        "{Year}: 2024\n{Volume}: 14\n{Pages}: 5-23\n{Database Provider}: CNKI\n\n",
        _FILL_ZH,
    ),
    Sample(
        "cnki-estudy",
        "DataType: 1\nTitle-题名: {FILL}\nAuthor-作者: 张宁;李明;\nSource-刊名: 俄罗斯学刊\nYear-年: 2024\n"
        "Period-期: 06\nRoll-卷: 14\nPage-页码: 5-23\nSrcDatabase-来源库: 期刊\n\n",
        _FILL_ZH,
    ),
    Sample(
        "cnki",
        "上海合作组织框架下的能源合作\n刘洋 陈静\n作者单位：1.上海国际问题研究院\n摘要 {FILL}\n"
        "关键词 上海合作组织 能源合作\n会议名称：第十届中国—中亚合作论坛\n出版日期：2021-12-01\n页码：112-120\n",
        _FILL_ZH,
        many=False,
    ),
    Sample(
        "cnki-html",
        '<html><head><title>能源合作 - 中国知网</title></head><body><div class="wx-tit"><h1>能源合作研究</h1>'
        '<h3 id="authorpart"><span><a>刘洋</a></span></h3></div><div class="row"><span class="rowtit">摘要：'
        '</span><span class="abstract-text">{FILL}</span></div><div class="top-tip"><span>'
        "<a>俄罗斯学刊</a>. 2021, 14(06)</span></div></body></html>\n",
        _FILL_ZH,
        many=False,
    ),
    Sample(
        "web-html",
        '<html lang="zh"><head><meta charset="utf-8"><title>中亚五国元首飞抵华盛顿</title>'
        '<meta property="og:title" content="中亚五国元首飞抵华盛顿"><meta name="author" content="刘霞">'
        '<meta property="article:published_time" content="2024-07-05"></head><body><article>'
        "<h1>中亚五国元首飞抵华盛顿</h1><p>{FILL}</p><p>{FILL}</p></article></body></html>\n",
        _FILL_ZH,
        many=False,
    ),
    Sample(
        "web-text",
        "网易首页 > 网易号 > 正文\n\n中亚五国元首飞抵华盛顿\n\n2024-07-05 10:00:00 来源: 人民日报\n\n"
        "{FILL}。\n\n{FILL}。\n\n{FILL}。\n",
        _FILL_ZH,
        many=False,
    ),
    Sample(
        "reflist",
        "[{N}] 张宁. {FILL}[J]. 俄罗斯学刊, 2024, 14(6): 5-23.\n",
        _FILL_ZH,
    ),
    Sample("parse-ref", "张宁. {FILL}[J]. 俄罗斯学刊, 2024, 14(6): 5-23.", _FILL_ZH, many=False),
    Sample("parse-ref-en", "Smith, J. (2024). {FILL}. Journal of Studies, 14(6), 5-23.", _FILL_EN, many=False),
    Sample("parse-ref-ru", "Иванов И. И. {FILL} // Вопросы истории. 2024. № 6. С. 5-23.", _FILL_RU, many=False),
)
BY_NAME = {sample.name: sample for sample in SAMPLES}
JSON_SAMPLES = frozenset({"csl-json", "zotero-json"})
IMPORTER_SAMPLES = tuple(s for s in SAMPLES if not s.name.startswith("parse-ref"))


def _record(sample: Sample, number: int, fill: str) -> str:
    return sample.template.replace("{N}", str(number)).replace("{FILL}", fill)


MODES = ("records", "field", "lines")


def grow(sample: Sample, size: int, mode: str = "") -> str:
    """``sample`` grown to about ``size`` UTF-8 bytes: repeated records (``records``), one long field
    (``field``), or one field wrapped over many lines (``lines``: continuation lines, wrapped references)."""
    mode = mode or ("records" if sample.many else "field")
    if mode == "records" and sample.many:
        return _repeated(sample, size)
    newline = "\\n" if sample.name in JSON_SAMPLES else "\n"  # a JSON string holds no raw line break
    unit = sample.fill + newline if mode == "lines" else sample.fill
    base = len(_record(sample, 1, "").encode("utf-8"))
    per = len(unit.encode("utf-8")) * sample.template.count("{FILL}")
    count = max(1, (size - base) // per)
    return _record(sample, 1, newline.join([sample.fill] * count) if mode == "lines" else sample.fill * count)


def _repeated(sample: Sample, size: int) -> str:
    one = len(_record(sample, 1, sample.fill).encode("utf-8"))
    count = max(1, size // one)
    if sample.name in JSON_SAMPLES:  # one JSON array of many items
        items = [_record(sample, n, sample.fill).strip()[1:-1] for n in range(1, count + 1)]
        return "[" + ",\n".join(items) + "]\n"
    return "".join(_record(sample, n, sample.fill) for n in range(1, count + 1))
