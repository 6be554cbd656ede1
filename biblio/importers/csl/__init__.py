"""CSL-JSON importers."""
