"""Zotero item JSON (the web API's and the translator tests' form): sniffed by shape, read into records."""
