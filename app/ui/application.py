"""Entry point of the desktop app (issue 5 builds the real window on top of this)."""

from __future__ import annotations

import sys


def main() -> int:
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication(sys.argv)
    label = QLabel(QApplication.translate("Application", "肖像保险箱 Likeness Vault"))
    label.resize(480, 200)
    label.show()
    return app.exec()
