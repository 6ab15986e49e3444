"""Entry point of the frozen command-line tool (`likeness-vault-cli`): the wheel's main()."""

import multiprocessing

# First of all: the face-detection worker (app/matching/faces.py, a "spawn" process) is this
# same executable started again; freeze_support() runs the worker there and exits, instead of
# a second command. (A no-op in the parent and outside a frozen build.)
multiprocessing.freeze_support()

from app.cli import main  # noqa: E402

raise SystemExit(main())
