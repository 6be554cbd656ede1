"""Duplicate records: features, match scoring, the merged record (pure logic over the store, no Library).

Finding them in a library, merging and undoing are use cases of :mod:`biblio.library.dedup`.
"""

from biblio.dedup.find import duplicates_among, likely_duplicates
from biblio.dedup.match import Match
from biblio.dedup.merge import merged_record

__all__ = ["Match", "duplicates_among", "likely_duplicates", "merged_record"]
