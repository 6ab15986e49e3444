"""`python -m app` starts the GUI."""

from app.ui.application import main

raise SystemExit(main())
