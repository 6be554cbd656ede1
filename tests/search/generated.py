"""Generated records for tests that need more than the fixture library: long posting lists (several
Whoosh blocks of 128 documents), several segments, a rebuild that takes seconds.

Deterministic: record ``i`` always has the same text. A few words recur in most records, so their
posting lists span many blocks; each record also has words of its own.
"""

from __future__ import annotations

from biblio.model import LangText, Name, Record

_EN = ["central", "asia", "policy", "energy", "security", "border", "trade", "river", "steppe", "oil"]
_ZH = ["中亚国家", "平衡外交", "能源合作", "边境贸易", "一带一路"]
_RU = ["политика", "граница", "энергетика", "Россия", "Казахстан"]
_FAMILY = ["张", "王", "Smith", "Иванов", "Brzezinski"]


def generated_record(i: int, words: int = 12) -> Record:
    """Record ``i``: a title and an abstract mixing English, Chinese and Russian words."""
    en = " ".join(_EN[(i * 7 + j * 3) % len(_EN)] for j in range(words))
    zh = _ZH[i % len(_ZH)] + _ZH[(i // 5) % len(_ZH)]
    ru = " ".join(_RU[(i + j) % len(_RU)] for j in range(3))
    return Record(
        key=f"gen{i:06d}",
        uid=f"uid-{i:06d}",
        title=(LangText(f"Central Asia {en[:60]} word{i}", "en"), LangText(zh, "zh")),
        abstract=(LangText(f"{en} {ru} unique{i} {zh}", "en"),),
        authors=[Name(family=_FAMILY[i % len(_FAMILY)], given="A")],
        date=str(1990 + i % 35),
        language=("en", "zh", "ru")[i % 3],
    )


def generated_records(count: int, start: int = 0) -> list[Record]:
    """Records ``start`` .. ``start + count - 1``."""
    return [generated_record(i) for i in range(start, start + count)]
