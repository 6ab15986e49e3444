"""Entry point of the frozen desktop app (`likeness-vault`): the same main() as the wheel's."""

import multiprocessing

# First of all: the face-detection worker (app/matching/faces.py, a "spawn" process) is this
# same executable started again; freeze_support() runs the worker there and exits, instead of
# a second app. (A no-op in the parent and outside a frozen build.)
multiprocessing.freeze_support()

from app.ui.application import main  # noqa: E402

raise SystemExit(main())
