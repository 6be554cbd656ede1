"""Duplicate records: finding them (also across scripts, through the person authority), merging, undoing."""

from biblio.dedup.find import find_duplicates, likely_duplicates
from biblio.dedup.match import Match
from biblio.dedup.merge import merge_log, merge_records, undo_merge

__all__ = ["Match", "find_duplicates", "likely_duplicates", "merge_log", "merge_records", "undo_merge"]
