"""Full-text search: a Whoosh index derived from the store (see docs/search.md).

Use :class:`biblio.search.index.SearchIndex`; nothing here imports Whoosh until an index is used.
"""
