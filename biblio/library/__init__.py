"""The service layer the front ends call: the :class:`Library` facade (``core.py``) and one module per use case.

``from biblio.library import Library`` is the front ends' entry point; importing this package loads the facade
(cheap: heavy libraries load lazily inside the use cases).
"""

from biblio.library.core import Library, read_source

__all__ = ["Library", "read_source"]
