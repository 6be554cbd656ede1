"""Network access: the one shared HTTP session (session.py), its on-disk cache (cache.py) and the lookups.

Nothing here is imported when the CLI starts; front ends import these modules lazily.
"""
