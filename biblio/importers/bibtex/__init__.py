"""BibTeX/BibLaTeX importers."""
