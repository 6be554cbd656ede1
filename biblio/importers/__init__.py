"""Importers: source text -> records and problems (no store, no network); one folder per format family."""
