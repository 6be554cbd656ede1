"""CNKI record pages (text, HTML) and CNKI's own export forms importers."""
