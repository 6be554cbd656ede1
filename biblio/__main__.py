"""``python -m biblio``."""

from biblio.cli.main import main

raise SystemExit(main())
