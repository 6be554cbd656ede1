"""Names across scripts: parsing (:mod:`biblio.names.parse`) and romanization (:mod:`biblio.names.romanize`).

Importing this package is cheap: pypinyin and pykakasi are loaded only when romanizing.
"""

from biblio.names.parse import NameList, parse_name, parse_name_list, parse_names
from biblio.names.roles import strip_role
from biblio.names.romanize import (
    ascii_fold,
    name_sort_key,
    pinyin_with_tones,
    romanize,
    romanize_name,
    romanized_parts,
)
from biblio.names.split import split_name_list

__all__ = [
    "NameList",
    "ascii_fold",
    "name_sort_key",
    "parse_name",
    "parse_name_list",
    "parse_names",
    "pinyin_with_tones",
    "romanize",
    "romanize_name",
    "romanized_parts",
    "split_name_list",
    "strip_role",
]
