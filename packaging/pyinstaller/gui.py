"""Entry point of the frozen desktop app (`likeness-vault`): the same main() as the wheel's."""

from app.ui.application import main

raise SystemExit(main())
