"""biblio's CSL-JSON extensions: values CSL 1.0 has no variable for, in keys CSL processors ignore.

Multilingual values follow the citeproc-js/Juris-M ``multi`` convention (the primary value stays in
the normal variable); funding and identifiers use ``biblio-`` keys. Name-level extensions live
with the names in :mod:`biblio.csl.values`. Shared by the CSL-JSON importer and exporter.
"""

from __future__ import annotations

from typing import Any

from biblio.csl.values import split_csl_keywords
from biblio.model import Funding, LangText, Record
from biblio.model.script import guess_language, has_cjk

_NO_LANG = "und"  # BCP 47 "undetermined": the key for a value whose language is unknown
_FUNDING_KEYS = ("funder", "project", "grant", "text")
MULTI_SLOTS = {"title": "title", "container-title": "container", "abstract": "abstract", "keyword": "keywords"}
EXTENSIONS = frozenset({"multi", "biblio-funding", "biblio-identifiers", "biblio-extra"})


def keyword_groups(keywords: tuple[LangText, ...]) -> tuple[list[str], dict[str, list[str]]]:
    """The keywords in the language of the first one, and the others by language (``und`` if unknown)."""
    main = keywords[0].lang if keywords else ""
    others: dict[str, list[str]] = {}
    for word in keywords:
        if word.lang != main:
            others.setdefault(word.lang or _NO_LANG, []).append(word.value)
    return [w.value for w in keywords if w.lang == main], others


def record_extensions(record: Record, title: str) -> dict[str, Any]:
    """What CSL has no variable for, in keys processors ignore (see :func:`take_extensions`).

    ``multi`` follows citeproc-js/Juris-M: ``{"main": {"title": "en"}, "_keys": {"title": {"zh": "…"}}}``
    (``main`` only where the primary value's language is not the one an importer would infer);
    ``biblio-funding`` is a list of ``{"funder", "project", "grant", "text"}`` without empty keys and
    ``biblio-identifiers`` the record's identifiers (``{"cnki:filename": "…"}``). ``title`` is the
    CSL title written for the record.
    """
    out: dict[str, Any] = {}
    multi = _multi_out(record, record.language or guess_language(title))
    if multi:
        out["multi"] = multi
    if record.funding:
        out["biblio-funding"] = [{k: getattr(f, k) for k in _FUNDING_KEYS if getattr(f, k)} for f in record.funding]
    if record.identifiers:
        out["biblio-identifiers"] = dict(record.identifiers)
    return out


def _multi_out(record: Record, inferred: str) -> dict[str, Any]:
    main: dict[str, str] = {}
    keys: dict[str, dict[str, str]] = {}
    for variable, slot in MULTI_SLOTS.items():
        values: tuple[LangText, ...] = getattr(record, slot)
        if not values:
            continue
        if variable == "keyword":
            lang = values[0].lang
            others = {k: ", ".join(v) for k, v in keyword_groups(values)[1].items()}
        else:
            lang, others = values[0].lang, _other_langs(values[1:], record.subtitle if slot == "title" else ())
        if lang and lang != inferred:
            main[variable] = lang
        if others:
            keys[variable] = others
    return {k: v for k, v in (("main", main), ("_keys", keys)) if v}


def _other_langs(values: tuple[LangText, ...], subtitles: tuple[LangText, ...]) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in values:
        subtitle = next((s.value for s in subtitles[1:] if s.lang == item.lang), "")
        out.setdefault(item.lang or _NO_LANG, join_title(item.value, subtitle))
    return out


def join_title(title: str, subtitle: str) -> str:
    """``Title: Subtitle`` (``标题：副标题`` after a CJK character); either alone if the other is empty."""
    if title and subtitle:
        return f"{title}：{subtitle}" if has_cjk(title[-1:]) else f"{title}: {subtitle}"
    return title or subtitle


def take_extensions(record: Record, item: dict[str, Any]) -> dict[str, Any]:
    """Read :func:`record_extensions` keys of ``item`` into ``record``; returns what did not fit, verbatim.

    Call after the primary values carry their language: ``multi`` relabels and extends them.
    """
    kept: dict[str, Any] = {}
    takers = (
        ("multi", _take_multi),
        ("biblio-funding", _take_funding),
        ("biblio-identifiers", _take_ids),
        ("biblio-extra", _take_extra),
    )
    for key, take in takers:
        if key in item:
            left = take(record, item[key]) if item[key] else item[key]  # an empty one says nothing: kept as is
            if left is not None:
                kept[key] = left
    return kept


def _take_funding(record: Record, value: Any) -> Any:
    if not isinstance(value, list) or not all(_is_funding(f) for f in value):
        return value
    record.funding = [Funding(**f) for f in value]
    return None


def _is_funding(value: Any) -> bool:
    return isinstance(value, dict) and all(k in _FUNDING_KEYS and isinstance(v, str) for k, v in value.items())


def _take_extra(record: Record, value: Any) -> Any:
    """``biblio-extra``: values without a CSL variable (:func:`biblio.export.csl_json.record_to_csl`); a value the
    item's own variables already gave (a season read from its date) stays as they gave it."""
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        return value
    for name, text in value.items():
        record.extra.setdefault(name, text)
    return None


def _take_ids(record: Record, value: Any) -> Any:
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        return value
    record.identifiers.update(value)
    return None


def _take_multi(record: Record, value: Any) -> Any:
    """Apply ``main`` and ``_keys`` for the variables biblio holds in several languages; the rest stays."""
    if not isinstance(value, dict):
        return value
    left = dict(value)
    for part, apply in (("main", _apply_main), ("_keys", _apply_keys)):
        entries = value.get(part)
        if isinstance(entries, dict):
            rest = {k: v for k, v in entries.items() if not apply(record, k, v)}
            if len(rest) < len(entries):  # something was taken: keep only the rest
                left.pop(part)
                if rest:
                    left[part] = rest
    return left or None


def _apply_main(record: Record, variable: str, lang: Any) -> bool:
    slot = MULTI_SLOTS.get(variable)
    values: tuple[LangText, ...] = getattr(record, slot) if slot else ()
    if not values or not isinstance(lang, str) or not lang or lang == values[0].lang:
        return False  # nothing to say: a redundant entry stays as the source wrote it
    count = len(values) if variable == "keyword" else 1  # all keywords read so far are in the primary language
    setattr(record, slot or "", (*(LangText(v.value, lang) for v in values[:count]), *values[count:]))
    return True


def _apply_keys(record: Record, variable: str, forms: Any) -> bool:
    slot = MULTI_SLOTS.get(variable)
    values: tuple[LangText, ...] = getattr(record, slot) if slot else ()
    if not values or not isinstance(forms, dict) or not all(_fits(variable, v) for v in forms.values()):
        return False
    if variable == "keyword" and any(_lang(k) == values[0].lang for k in forms):
        return False  # they would join the primary keywords
    added = []
    for key, text in forms.items():
        words = split_csl_keywords(text) if variable == "keyword" else [text]
        added += [LangText(w, _lang(key)) for w in words]
    setattr(record, slot or "", (*values, *added))
    return True


def _fits(variable: str, text: Any) -> bool:
    """True for a value biblio writes back exactly (keywords as biblio joins them)."""
    if not isinstance(text, str) or not text:
        return False
    return variable != "keyword" or ", ".join(split_csl_keywords(text)) == text


def _lang(key: str) -> str:
    return "" if key == _NO_LANG else key
