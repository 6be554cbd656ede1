"""CNKI's E-Study (知网研学) export and its "custom" export: ``English-中文: value`` lines.

The E-Study form starts each record with ``DataType: 1`` and has one line per field::

    DataType: 1
    Title-题名: 中亚国家多元平衡外交:机遇与风险并存
    Author-作者: 张宁;李明;
    Source-刊名: 俄罗斯学刊
    Year-年: 2024
    PubTime-出版时间: 2024-12-20
    Keyword-关键词: 中亚;多元外交;
    Summary-摘要: <正>2020年后,中亚国家……
    Period-期: 06
    Roll-卷: 14
    PageCount-页数: 19
    Page-页码: 5-23
    SrcDatabase-来源库: 期刊
    Organ-机构: 中国社会科学院俄罗斯东欧中亚研究所
    Link-链接: https://kns.cnki.net/kcms/detail/detail.aspx?dbname=CJFDLAST2025&filename=ELSX202406001

The custom export has the same lines without ``DataType`` and separates records by blank lines. A
field is recognised by the Chinese half of its label first (CNKI's English halves are inconsistent:
``PageCount-页码`` holds the pages, ``PageCount-页数`` the page count), then by the English half.
Fields a record lacks are simply absent; an unknown label is kept in ``extra`` (``estudy-<label>``).
``SrcDatabase-来源库`` (期刊, 博士, 硕士, 会议, 报纸, 年鉴, 专利, 标准 …) gives the type; ``FileName``
and ``DbName`` in the link are CNKI's identifiers of the record.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlsplit

from biblio.importers.base import ImportResult
from biblio.importers.cnki.sniff import ESTUDY_LABEL, sniff_cnki_estudy
from biblio.importers.fieldmap import simplified
from biblio.importers.tagged.reader import Converted, TaggedEntry, TagSyntax, parse_tagged
from biblio.importers.tagged.record import collect, finish
from biblio.model import EntryType, Provenance

_LINE = re.compile(r"^\s*" + ESTUDY_LABEL + r"\s*[:：]\s?(.*)$")

# Chinese half of the label -> canonical field (see biblio.importers.tagged.record)
BY_CHINESE: dict[str, str] = {
    "题名": "title",
    "篇名": "title",
    "标题": "title",
    "英文题名": "title_tr",
    "作者": "author",
    "作者单位": "affiliation",
    "机构": "affiliation",
    "单位": "affiliation",
    "刊名": "container",
    "文献来源": "container",
    "来源": "container",
    "报纸名称": "container",
    "报纸": "container",
    "会议录名称": "container",
    "论文集名称": "container",
    "年鉴名称": "container",
    "学位授予单位": "institution",
    "年": "year",
    "年份": "year",
    "出版时间": "date",
    "发表时间": "date",
    "出版日期": "date",
    "发布日期": "date",
    "申请日": "date",
    "关键词": "keywords",
    "摘要": "abstract",
    "期": "number",
    "卷": "volume",
    "页数": "pagetotal",
    "页码": "pages",
    "来源库": "dbname",
    "链接": "url",
    "网址": "url",
    "DOI": "doi",
    "ISSN": "issn",
    "ISBN": "isbn",
    "CN": "cn",
    "统一刊号": "cn",
    "基金": "funding",
    "中图分类号": "clc",
    "分类号": "clc",
    "导师": "advisor",
    "指导教授": "advisor",  # Taiwanese thesis records (指導教授)
    "校院名称": "institution",
    "论文名称": "title",
    "研究生": "author",
    "语文别": "language",
    "关键字": "keywords",
    "中文关键词": "keywords",
    "外文关键词": "keywords",
    "连结": "url",
    "第一责任人": "extra:firstduty",
    "出版社": "publisher",
    "出版者": "publisher",
    "出版单位": "publisher",
    "发布单位": "publisher",
    "会议名称": "eventtitle",
    "会议地点": "place",
    "主办单位": "organization",
    "学位": "genre",
    "学位类型": "genre",
    "学位类别": "genre",
    "专利号": "patent_number",
    "公开号": "patent_number",
    "申请号": "extra:applicationnumber",
    "标准号": "standard_number",
    "版次": "edition",
    "语种": "language",
    "学科专业": "discipline",
    "专业": "discipline",
}
# English half (lower-cased) -> canonical field, for labels whose Chinese half is not in the table
BY_ENGLISH: dict[str, str] = {
    "datatype": "",
    "title": "title",
    "author": "author",
    "organ": "affiliation",
    "source": "container",
    "year": "year",
    "pubtime": "date",
    "keyword": "keywords",
    "summary": "abstract",
    "period": "number",
    "roll": "volume",
    "volume": "volume",
    "page": "pages",
    "srcdatabase": "dbname",
    "link": "url",
    "url": "url",
    "doi": "doi",
    "issn": "issn",
    "isbn": "isbn",
    "cn": "cn",
    "fund": "funding",
    "clc": "clc",
    "contributor": "advisor",
    "firstduty": "extra:firstduty",
    "publisher": "publisher",
}


def _canonical(label: str) -> str:
    """``Title-题名`` -> ``title`` by its Chinese half, else its English half; unknown labels stay as they are."""
    if label.lower() == "datatype":
        return "DataType"
    english, _, chinese = label.partition("-")
    return BY_CHINESE.get(simplified(chinese.strip())) or BY_ENGLISH.get(english.strip().lower()) or label


_SYNTAX = TagSyntax(
    tag_line=_LINE,
    start="DataType",
    one_line=frozenset(
        "DataType year date number volume pagetotal pages dbname url doi issn isbn cn clc genre".split()
    ),
    normalize_tag=_canonical,
)
_TAGS = {name: name for name in {*BY_CHINESE.values(), *BY_ENGLISH.values()} if name} | {"DataType": ""}


class CnkiEStudyImporter:
    """CNKI E-Study / custom exports (name ``cnki-estudy``)."""

    name: str = "cnki-estudy"
    version: str = "1"
    suffixes: tuple[str, ...] = (".txt", ".eln")

    def sniff(self, text: str) -> float:
        """Mostly ``English-中文: value`` lines, with a ``DataType``, ``SrcDatabase-`` or ``Title-`` line."""
        return sniff_cnki_estudy(text)

    def parse(self, text: str) -> ImportResult:
        """Records start with ``DataType`` (E-Study) or follow a blank line (the custom export)."""
        return parse_tagged(text, _SYNTAX, self._convert, "CNKI E-Study")

    def _convert(self, entry: TaggedEntry) -> Converted:
        fields = {k: [v.rstrip(" ;；") for v in vs] for k, vs in collect(entry, _TAGS, "estudy").items()}
        fields.setdefault("database", ["CNKI"])
        for url in fields.get("url", []):
            _identifiers_from_link(url, fields)
        kind = EntryType.ARTICLE if fields.get("container") else EntryType.MISC
        provenance = Provenance(importer=self.name, importer_version=self.version, locator=f"line {entry.line}")
        return finish(fields, kind, provenance, "CNKI E-Study record (Title-题名)")


def _identifiers_from_link(url: str, fields: dict[str, list[str]]) -> None:
    """``...?dbname=CJFDLAST2025&filename=ELSX202406001`` -> CNKI's record identifiers."""
    try:
        query = parse_qsl(urlsplit(url.strip()).query)
    except ValueError:
        return
    for key, value in query:
        name = {"filename": "filename", "dbname": "dbname_code", "dbcode": "dbcode"}.get(key.lower())
        if name and value and not fields.get(name):
            fields[name] = [value]
