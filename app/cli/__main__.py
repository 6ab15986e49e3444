"""``python -m app.cli``: the same as ``likeness-vault-cli``."""

from app.cli import main

raise SystemExit(main())
