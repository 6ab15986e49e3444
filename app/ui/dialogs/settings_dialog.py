"""Settings: language (after restart), idle lock minutes, lock with the screen, recent list."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.ui.settings import Settings


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language = QComboBox()
        self.language.addItem("中文（简体）", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        form.addRow(self.tr("&Language:"), self.language)
        note = QLabel(self.tr("A new language takes effect when the app starts again."))
        note.setWordWrap(True)
        form.addRow("", note)
        self.idle = QSpinBox()
        self.idle.setRange(0, 24 * 60)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setSpecialValueText(self.tr("never"))
        self.idle.setValue(settings.idle_minutes)
        form.addRow(self.tr("Lock after &idle:"), self.idle)
        self.screen_lock = QCheckBox(self.tr("Lock when the screen locks"))
        self.screen_lock.setChecked(settings.lock_on_screen_lock)
        form.addRow("", self.screen_lock)
        self.clear_recent = QPushButton(self.tr("Forget the recent vaults list"))
        self.clear_recent.clicked.connect(self._clear_recent)
        form.addRow("", self.clear_recent)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _clear_recent(self) -> None:
        self.settings.clear_recent_vaults()
        self.clear_recent.setEnabled(False)

    def save(self) -> None:
        self.settings.language = str(self.language.currentData())
        self.settings.idle_minutes = self.idle.value()
        self.settings.lock_on_screen_lock = self.screen_lock.isChecked()
        self.settings.sync()
        self.accept()
