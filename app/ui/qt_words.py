"""Words of Qt's own dialogs that Qt's shipped translation leaves in English.

The app loads Qt's ``qtbase_<language>.qm`` for the file dialogs and standard buttons
(``app.ui.application.install_translators``). Qt 6 changed two labels of its file dialog
("&Look in:", "Files of &type:", now with shortcuts) and moved the file kinds of its "Type"
column ("Folder", "File"...) to the context QAbstractFileIconProvider; ``qtbase_zh_CN.qm`` has
no Chinese for the new texts, so a non-native file dialog showed them in English. They are marked here, in
Qt's own context, so that ``make i18n-update`` puts them into the app's .ts files: the app's
translator answers what Qt's does not. (tests/gui/test_error_messages.py lists what the
shipped file lacks.)
"""

from __future__ import annotations

from app.errors import QT_TRANSLATE_NOOP

QT_WORDS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
FILE_KINDS = (
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Alias"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Shortcut"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown"),
)
