"""The Textual browser (``biblio tui``). Import :func:`biblio.tui.app.make_app` lazily: it pulls in textual."""
