"""biblio: a bibliographic and citation manager for area studies.

Only the version lives here: the CLI imports this module on every start-up.
"""

__version__ = "0.1.0"
