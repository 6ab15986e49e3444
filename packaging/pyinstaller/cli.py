"""Entry point of the frozen command-line tool (`likeness-vault-cli`): the wheel's main()."""

from app.cli import main

raise SystemExit(main())
