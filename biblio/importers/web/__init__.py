"""Shared pieces of the web/news article importers (``web-text`` and ``web-html``).

``chrome`` knows the page furniture to strip, ``dates`` every date form met on news pages,
``outlets`` the known outlets and platforms, ``sources`` the article's own source list,
``article`` builds the record from the parts both importers find.
"""
