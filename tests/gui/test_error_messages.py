"""Every error a user can cause is said in the UI language.

(a) An AST walk over app/ (all but app/ui, whose strings go through tr()) finds every call
    that constructs a ``UserError`` subclass (or an ``errors.Message``) and fails unless its
    sentence is a ``QT_TRANSLATE_NOOP("errors", "<literal>")`` mark, a class sentence
    (``WrongPassword.recovery``), an item of a literal table of marks, a local name assigned
    only from those, a whole sentence handed down by the caller (marked where it was made), or
    nothing (the class's own default); the placeholders of the sentence are the keyword
    arguments given. lupdate extracts exactly those marks from the non-UI modules.
(b) Every marked "errors" sentence has a finished zh_CN translation with the same
    ``{placeholders}``, in the .ts and in the compiled translation.
(c) With the zh_CN translator, every error class raised with each sentence it is raised with
    (sample parameters) shows a Chinese headline over a Chinese detail: no English left.
Plus the GUI: a wrong password on the welcome screen, a new vault over a file or a full folder
and an unreadable evidence bundle show only Chinese, and Qt's own dialog words (file dialog,
message box buttons) are Chinese: Qt's shipped zh_CN translation, and app/ui/qt_words.py for
the few Qt 6 words it lacks.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QFileInfo, QLibraryInfo, Qt, QTimer, QTranslator
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QFileIconProvider,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeView,
)

import app
from app import errors
from app.ui.application import AppController
from app.ui.prompts import error_details, error_sentence
from tests.support import FAST_KDF, PASSWORD, new_service
from tests.support.constants import REPO
from tests.support.gui import no_keystore
from tests.support.i18n import TS, english_sources, norm

APP = REPO / "app"
PLACEHOLDER = re.compile(r"\{(\w+)\}")
# a sentence handed down whole by the caller, who marked it (validation.choice(value, options,
# QT_TRANSLATE_NOOP("errors", ...)))
HANDED_DOWN = {"sentence", "template"}
# technical words a Chinese sentence keeps as they are
KEEP_LATIN = {
    "SHA",
    "PDF",
    "JSON",
    "UUID",
    "Ed25519",
    "ID",
    "KiB",
    "MiB",
    "force",
    "yes",
    "help",
    "json",
    "vault",
    "memory_kib",
    "iterations",
    "lanes",
    "vault_id",
    "mac",
    "base64",
    "keyring",
    # file formats and file names a Chinese sentence names as they are (services, M2)
    "JPEG",
    "PNG",
    "WebP",
    "HEIC",
    "MOV",
    "WAV",
    "OGG",
    "ZIP",
    "pem",
    "PEM",
    "pdf",
    "GiB",
    # values the CLI takes as they are (a takedown notice's variant and grounds)
    "never",
    "revoked",
    "expired",
    "scope",
    "dmca",
    "gdpr",
}


def _import_everything_but_the_ui() -> None:
    for module in pkgutil.walk_packages(app.__path__, "app."):
        name = module.name
        if name.startswith("app.ui") or name.endswith("__main__"):
            continue
        importlib.import_module(name)


def user_error_classes() -> dict[str, type[errors.UserError]]:
    """Every UserError subclass defined in app/ (not the UI), by name."""
    _import_everything_but_the_ui()
    found: dict[str, type[errors.UserError]] = {}
    pending: list[type[errors.UserError]] = [errors.UserError]
    while pending:
        cls = pending.pop()
        assert found.get(cls.__name__, cls) is cls, f"two error classes named {cls.__name__}"
        found[cls.__name__] = cls
        pending.extend(cls.__subclasses__())
    return found


@dataclass
class Site:
    where: str  # file:line
    kind: str  # class name
    keywords: set[str] | None  # the parameters given (None: **params, unknown)
    templates: list[str] = field(default_factory=list)  # the English sentence(s) it can say
    problem: str = ""


def marked(node: ast.AST) -> str | None:
    """The literal of a ``QT_TRANSLATE_NOOP("errors", "<literal>")`` call, else None."""
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "QT_TRANSLATE_NOOP"
        and len(node.args) == 2
        and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args)
    ):
        context, text = node.args
        assert isinstance(context, ast.Constant) and isinstance(text, ast.Constant)
        return str(text.value) if context.value == "errors" else None
    return None


def app_files() -> Iterator[Path]:
    for path in sorted(APP.rglob("*.py")):
        if "ui" not in path.relative_to(APP).parts[:1]:
            yield path


def _callee(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _parents(tree: ast.AST) -> dict[ast.AST, ast.AST]:
    return {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}


def _scope(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> ast.AST:
    while node in parents:
        node = parents[node]
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            return node
    return node


def _leaves(table: ast.expr) -> list[ast.expr]:
    """The values of a literal table (dict values, tuple/list items, nested)."""
    if isinstance(table, ast.Dict):
        return [leaf for value in table.values for leaf in _leaves(value)]
    if isinstance(table, (ast.Tuple, ast.List)):
        return [leaf for item in table.elts for leaf in _leaves(item)]
    return [table]


def sentences(
    expr: ast.expr,
    classes: dict[str, type[errors.UserError]],
    scope: ast.AST,
    module: ast.AST,
    seen: frozenset[str] = frozenset(),
) -> list[str] | str:
    """The English sentence(s) ``expr`` can be, or a problem: a mark, a class sentence, an
    item of a table (a literal dict or tuple, in the module) whose every value is marked, or a
    local name assigned only from those."""
    if (text := marked(expr)) is not None:
        return [text]
    if (
        isinstance(expr, ast.Attribute)
        and isinstance(expr.value, ast.Name)
        and expr.value.id in classes
    ):
        value = getattr(classes[expr.value.id], expr.attr, None)
        if isinstance(value, str) and value:
            return [value]
        return f"{ast.unparse(expr)} is not a class sentence"
    if isinstance(expr, ast.Subscript):
        base = expr.value
        while isinstance(base, ast.Subscript):
            base = base.value
        name = base.id if isinstance(base, ast.Name) else getattr(base, "attr", None)
        tables = [
            node.value
            for node in ast.walk(module)
            if isinstance(node, (ast.Assign, ast.AnnAssign))
            and node.value is not None
            and any(
                isinstance(t, ast.Name) and t.id == name
                for t in (node.targets if isinstance(node, ast.Assign) else [node.target])
            )
        ]
        found: list[str] = []
        for table in tables:
            for leaf in _leaves(table):
                if (text := marked(leaf)) is None:
                    return f"the table {name} holds {ast.unparse(leaf)[:60]!r}, not a mark"
                found.append(text)
        if found:
            return found
    if isinstance(expr, ast.Name) and expr.id not in seen:
        values = [
            node.value
            for node in ast.walk(scope)
            if isinstance(node, ast.Assign)
            and any(
                expr.id in {n.id for n in ast.walk(t) if isinstance(n, ast.Name)}
                for t in node.targets
            )
        ]
        found = []
        for value in values:
            result = sentences(value, classes, scope, module, seen | {expr.id})
            if isinstance(result, str):
                return result
            found += result
        if found:
            return found
    return (
        f'the sentence {ast.unparse(expr)[:70]!r} is not QT_TRANSLATE_NOOP("errors", "<literal>")'
    )


def handed_down(expr: ast.expr) -> bool:
    """A sentence the caller marked and handed down (a parameter ``sentence``/``template``,
    or the ``.template`` of an error or message made elsewhere)."""
    if isinstance(expr, ast.Name):
        return expr.id in HANDED_DOWN
    return isinstance(expr, ast.Attribute) and expr.attr == "template"


def construction_sites(classes: dict[str, type[errors.UserError]]) -> list[Site]:
    """Each call of an error class (or of errors.Message) in app/ but app/ui."""
    sites: list[Site] = []
    names = set(classes) | {"Message"}
    for path in app_files():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        parents = _parents(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            kind = _callee(node.func)
            if kind not in names:
                continue
            where = f"{path.relative_to(REPO)}:{node.lineno}"
            keywords: set[str] | None = {k.arg for k in node.keywords if k.arg is not None}
            if any(k.arg is None for k in node.keywords):
                keywords = None
            site = Site(where, kind, keywords)
            sites.append(site)
            cls = classes.get(kind)
            templates: list[str] = []
            if not node.args:
                if cls is None or not cls.default:
                    site.problem = "no sentence, and the class has no default sentence"
                    continue
                templates = [cls.default]
            elif handed_down(node.args[0]):
                continue  # the caller's sentence: its placeholders are the caller's
            else:
                result = sentences(node.args[0], classes, _scope(node, parents), tree)
                if isinstance(result, str):
                    site.problem = result
                    continue
                templates = result
            site.templates = templates
            for template in templates:
                wanted = set(PLACEHOLDER.findall(template))
                if keywords is not None and wanted != keywords:
                    site.problem = (
                        f"placeholders {sorted(wanted)} but parameters {sorted(keywords)}"
                    )
    return sites


def marked_templates() -> dict[str, str]:
    """Every sentence marked in context "errors" in app/ (all of it), with where it is."""
    found: dict[str, str] = {}
    for path in sorted(APP.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            text = marked(node)
            if text is not None:
                found.setdefault(text, f"{path.relative_to(REPO)}:{getattr(node, 'lineno', 0)}")
    return found


# --- (a) every raise site is marked -----------------------------------------------------------


def test_every_user_error_in_app_is_raised_with_a_marked_sentence() -> None:
    classes = user_error_classes()
    sites = construction_sites(classes)
    offenders = [f"{s.where}: {s.kind}: {s.problem}" for s in sites if s.problem]
    assert offenders == [], "\n".join(offenders)
    # the walk sees what it should: the raise sites of the vault, the media and the CLI
    seen = {s.where.split(":")[0] for s in sites}
    assert {"app/vault/vault.py", "app/vault/format.py", "app/media/images.py"} <= seen
    assert len(sites) > 100


def test_the_walk_finds_an_unmarked_sentence(tmp_path: Path, monkeypatch: Any) -> None:
    """The walk is not vacuous: f-strings, plain literals, a missing parameter and a class
    without a default are each reported with file and line."""
    fake = tmp_path / "app"
    (fake / "vault").mkdir(parents=True)
    (fake / "vault" / "bad.py").write_text(
        "from app.errors import QT_TRANSLATE_NOOP, InvalidInput, NotAVault, BadMedia\n"
        "raise InvalidInput(f'{x} is wrong.')\n"
        "raise InvalidInput('A plain sentence.')\n"
        "raise BadMedia(QT_TRANSLATE_NOOP('errors', '{name} is bad.'))\n"
        "raise InvalidInput()\n"
        "raise NotAVault(path=1, header=2)\n"
        "raise BadMedia(QT_TRANSLATE_NOOP('errors', '{name} is bad.'), name=1)\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(__import__(__name__, fromlist=["APP"]), "APP", fake)
    monkeypatch.setattr(__import__(__name__, fromlist=["REPO"]), "REPO", tmp_path)
    sites = construction_sites(user_error_classes())
    problems = {s.where: s.problem for s in sites if s.problem}
    assert set(problems) == {f"app/vault/bad.py:{n}" for n in (2, 3, 4, 5)}, problems
    assert "placeholders ['name'] but parameters []" in problems["app/vault/bad.py:4"]


# --- (b) every marked sentence is translated --------------------------------------------------


def ts_errors() -> dict[str, tuple[str, bool]]:
    """source -> (zh_CN translation, finished) of the "errors" context of the .ts file."""
    found: dict[str, tuple[str, bool]] = {}
    for context in ET.parse(TS).getroot().iter("context"):
        if context.findtext("name") != "errors":
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            finished = translation.get("type") not in ("unfinished", "vanished", "obsolete")
            found[message.findtext("source") or ""] = (translation.text or "", finished)
    return found


def test_every_marked_sentence_has_a_finished_chinese_translation(zh_translator: None) -> None:
    templates = marked_templates()
    assert len(templates) > 100
    in_ts = ts_errors()
    problems = []
    for source, where in templates.items():
        text, finished = in_ts.get(source, ("", False))
        compiled = QCoreApplication.translate("errors", source)
        if not text or not finished:
            problems.append(f"{where}: no finished translation in the .ts: {source!r}")
        elif compiled == source or not re.search("[\u4e00-\u9fff]", compiled):
            problems.append(f"{where}: not in the compiled translation: {source!r}")
        elif sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
            problems.append(f"{where}: placeholders differ: {source!r} -> {text!r}")
    assert problems == [], "\n".join(problems)


# --- (c) every class, every sentence, in Chinese ----------------------------------------------


def words(text: str) -> set[str]:
    """The English words of ``text``: runs of 3+ letters, not the names a translation keeps
    as they are (options like --force, commands like mark-sent, identifiers like vault_id,
    base64, the technical words in KEEP_LATIN)."""
    found = set()
    text = re.sub(r"https?://[\x21-\x7e]*", " ", text)  # a web address is not English
    for token in re.findall(r"-*[A-Za-z][\w\-]*", text):
        if token.startswith("-") or "-" in token or "_" in token or re.search(r"\d", token):
            continue
        if len(token) >= 3 and token not in KEEP_LATIN:
            found.add(token)
    return found


def english_words(rendered: str, english: str) -> set[str]:
    """Words of the English sentence that are still in the rendered text."""
    return words(rendered) & words(PLACEHOLDER.sub(" ", english))


def sample(template: str) -> dict[str, str]:
    """A value for each placeholder that has no letters (a name, a number)."""
    return {name: f"〈{i}〉" for i, name in enumerate(PLACEHOLDER.findall(template), 1)}


def test_every_error_class_with_each_of_its_sentences_is_chinese(zh_translator: None) -> None:
    classes = user_error_classes()
    sites = construction_sites(classes)
    cases: dict[tuple[str, str], str] = {}
    for site in sites:
        for template in site.templates if site.kind in classes else []:
            cases.setdefault((site.kind, template), site.where)
    for name, cls in classes.items():  # every class, also one no app code raises yet
        if cls is errors.UserError:
            continue  # the base: app code raises its subclasses
        for attr, value in vars(cls).items():
            if isinstance(value, str) and not attr.startswith("_") and value.endswith("."):
                cases.setdefault((name, value), f"{name}.{attr}")
        if not any(kind == name for kind, _ in cases):
            cases[(name, "")] = name
    untranslated = english_sources()
    problems = []
    for (name, template), where in sorted(cases.items()):
        cls = classes[name]
        try:
            exc: errors.UserError = cls(template, **sample(template))
        except TypeError:  # a class that builds its own sentence (HeaderEdited)
            exc = cls()
        headline = error_sentence(exc)
        detail = error_details(exc)
        if norm(headline) in untranslated or headline == error_sentence(RuntimeError()):
            problems.append(f"{where}: {name} has no headline of its own in Chinese: {headline!r}")
        if not re.search("[\u4e00-\u9fff]", headline):
            problems.append(f"{where}: {name}'s headline is not Chinese: {headline!r}")
        left = english_words(detail, exc.template)
        if exc.template and (left or not re.search("[\u4e00-\u9fff]", detail)):
            problems.append(f"{where}: {name}: English left in {detail!r}")
    assert problems == [], "\n".join(problems)
    assert len(cases) > 100


def test_the_chinese_check_sees_english_without_a_translation() -> None:
    """Not vacuous: without the translator, the detail of a marked sentence is English and
    english_words finds it."""
    exc = errors.NotAVault(path="〈1〉", header="〈2〉")
    assert english_words(error_details(exc), exc.template) >= {"not", "Likeness", "has"}


# --- the GUI: a message box, Qt's own dialogs ---------------------------------------------------


def catch_box() -> list[str]:
    """The texts (title, headline, detail, buttons) of the next message box, closed for us."""
    seen: list[str] = []

    def close_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            texts = [box.windowTitle(), box.text(), box.informativeText()]
            texts += [b.text() for b in box.buttons()]
            seen.append("\n".join(texts))
            box.accept()
        else:
            QTimer.singleShot(20, close_box)

    QTimer.singleShot(20, close_box)
    return seen


def test_a_wrong_password_on_the_welcome_screen_is_all_chinese(
    qtbot: Any, zh_translator: None, settings: Any, tmp_path: Path
) -> None:
    service = new_service(tmp_path / "v", "Test Performer")
    service.lock()
    controller = AppController(settings, argon2=FAST_KDF, keystore_factory=no_keystore)
    welcome = controller.show_welcome()
    seen = catch_box()
    try:
        welcome._select(tmp_path / "v")  # internals: what "Choose folder…" does after its dialog
        welcome.password.setText(PASSWORD + "x")
        welcome.open_vault()
        qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    finally:
        welcome.close()
    text = seen[0]
    assert "密码" in text, text
    assert not re.search("[A-Za-z]{3,}", text), text  # not one English word: box, sentence, OK
    assert text.count("不正确") == 1, text  # said once: no headline repeating the sentence


def test_qt_file_dialog_and_message_box_buttons_speak_chinese(
    qtbot: Any, zh_translator: None, tmp_path: Path
) -> None:
    """Qt's own words: qtbase_zh_CN.qm, and app/ui/qt_words.py for the two file-dialog labels
    Qt 6 renamed ("&Look in:", "Files of &type:") that the shipped file has no Chinese for."""
    for mode in (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave):
        (tmp_path / "folder").mkdir(exist_ok=True)
        dialog = QFileDialog(None, "", str(tmp_path), "PDF (*.pdf)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(mode)
        qtbot.addWidget(dialog)
        labels = {label.text().replace("&", "") for label in dialog.findChildren(QLabel)}
        buttons = {b.text().replace("&", "") for b in dialog.findChildren(QPushButton)}
        assert {"查找范围(L)：", "文件类型(T)：", "文件名称(N)："} <= labels, labels
        assert {"取消"} <= buttons and buttons & {"打开(O)", "保存(S)"}, buttons
        model = dialog.findChild(QTreeView).model()
        columns = {str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(4)}
        texts = labels | buttons | columns | {dialog.windowTitle()}
        kinds = {QFileIconProvider().type(QFileInfo(str(tmp_path / "folder")))}
        texts |= kinds
        assert kinds == {"文件夹"}, kinds  # the "Type" column of a folder
        assert not any(re.search("[A-Za-z]{3,}", t) for t in texts if t != "PDF"), texts
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "",
        "",
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel,
    )
    qtbot.addWidget(box)
    assert {b.text().replace("&", "") for b in box.buttons()} == {"是(Y)", "否(N)", "取消"}
    save = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(save)
    assert {b.text() for b in save.buttons()} == {"保存", "取消"}


def test_the_words_qt_lacks_are_still_missing_from_qts_translation() -> None:
    """app/ui/qt_words.py holds only what Qt's shipped zh_CN file lacks: when a PySide6 update
    brings them, this fails and the marks can go."""
    from app.ui.qt_words import FILE_KINDS, QT_WORDS

    qt = QTranslator()
    assert qt.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for context, sources in (("QFileDialog", QT_WORDS), ("QAbstractFileIconProvider", FILE_KINDS)):
        for source in sources:
            assert qt.translate(context, source) == "", source
    assert qt.translate("QFileDialog", "File &name:")  # the lookup itself works


@pytest.mark.parametrize("language", ["zh_CN"])
def test_the_app_loads_qts_own_translation(qapp: Any, language: str) -> None:
    """install_translators loads qtbase_zh_CN from QLibraryInfo's translations folder (where
    PySide6 keeps it, in a frozen build too): Qt's own words are Chinese without the test's
    translator."""
    from app.ui.application import install_translators

    assert QCoreApplication.translate("QFileDialog", "File &name:") == "File &name:"
    loaded = install_translators(qapp, language)
    try:
        assert QCoreApplication.translate("QFileDialog", "File &name:") == "文件名称(&N)："
        assert QCoreApplication.translate("QPlatformTheme", "&Yes") == "是(&Y)"
    finally:
        for translator in loaded:
            QCoreApplication.removeTranslator(translator)
        from PySide6.QtCore import QLocale

        QLocale.setDefault(QLocale("en_US"))


def test_an_unreadable_bundle_in_the_check_dialog_is_said_in_chinese(
    qtbot: Any, zh_translator: None, tmp_path: Path
) -> None:
    """The evidence check's refusal (not a ZIP) is shown under its heading in Chinese: the
    dialog renders the error's sentence, not str() (the English)."""
    from app.ui.evidence.verify_dialog import VerifyEvidenceDialog

    dialog = VerifyEvidenceDialog()
    qtbot.addWidget(dialog)
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"not a zip")
    dialog.check(junk)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20_000)
    text = dialog.verdict.text()
    assert "junk.zip" in text and re.search("[\u4e00-\u9fff]", text), text
    assert not words(text.replace("junk.zip", "")), text


@pytest.mark.parametrize("taken", ["file", "full folder"])
def test_a_new_vault_where_a_file_or_a_full_folder_is_says_which_in_chinese(
    qtbot: Any, zh_translator: None, settings: Any, tmp_path: Path, taken: str
) -> None:
    from app.ui.dialogs.create_vault import CreateVaultWizard

    place = tmp_path / "新保险箱"
    if taken == "file":
        place.write_bytes(b"x")
    else:
        (place / "photo.jpg").parent.mkdir()
        (place / "photo.jpg").write_bytes(b"x")
    wizard = CreateVaultWizard(None, FAST_KDF)
    qtbot.addWidget(wizard)
    wizard.location.folder.setText(str(place))
    seen = catch_box()
    assert not wizard.location.validatePage()
    qtbot.waitUntil(lambda: bool(seen), timeout=5_000)
    headline = seen[0].split("\n")[1]
    expected = errors.FileInTheWay if taken == "file" else errors.VaultExists
    assert headline == error_sentence(expected()), seen[0]
    assert str(place) in seen[0] and "文件" in headline
    assert not words(seen[0].replace(str(place), "")), seen[0]


def test_lupdate_extracts_exactly_the_marked_sentences_from_the_non_ui_modules(
    tmp_path: Path,
) -> None:
    """What `make i18n-update` takes from app/ outside app/ui is the error sentences the walk
    sees, whole (implicit concatenation joined), in context "errors", and nothing else (no
    stray tr() of a service)."""
    import subprocess
    import sys

    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    ts = tmp_path / "non_ui.ts"
    files = [str(p) for p in app_files()]
    subprocess.run(
        [str(lupdate), "-silent", "-no-obsolete", "-locations", "none", *files, "-ts", str(ts)],
        check=True,
        capture_output=True,
    )
    root = ET.parse(ts).getroot()
    contexts = {c.findtext("name") for c in root.iter("context")}
    sources = {m.findtext("source") for m in root.iter("message")}
    assert contexts == {"errors"}
    walked = {
        text
        for path in app_files()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if (text := marked(node)) is not None
    }
    assert sources == walked
    assert len(walked) > 200


def test_the_vault_check_names_damaged_items_in_chinese(
    qtbot: Any, zh_translator: None, tmp_path: Path
) -> None:
    """A stored item's label ("photo IMG_0001.jpg (1a2b3c4d)", its thumbnail's) is an
    errors.Message: the check dialog lists it in Chinese, and a VaultDamaged naming it says it
    in Chinese in its sentence and its damaged list; the CLI's English is unchanged."""
    from app.ui.dialogs.vault_dialogs import CheckDialog
    from tests.support import jpeg_bytes, write

    service = new_service(tmp_path / "v", "Test Performer")
    (item,) = service.import_paths([write(tmp_path / "IMG_0001.jpg", jpeg_bytes(1))]).new_items
    for object_id in (item.object_id, item.thumb_object_id):
        path = service.vault.object_path(object_id)
        path.write_bytes(path.read_bytes()[:100])  # truncated
    dialog = CheckDialog(service)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    assert dialog.report is not None
    whats = [str(p.what) for p in dialog.report.problems]
    assert whats == [f"photo IMG_0001.jpg ({item.id[:8]})", f"thumbnail of photo {whats[0][6:]}"]
    shown = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert len(shown) == 2 and all("IMG_0001.jpg" in text for text in shown), shown
    assert "照片" in shown[0] and "缩略图" in shown[1], shown
    assert not any(words(text.replace("IMG_0001.jpg", "")) for text in shown), shown
    with pytest.raises(errors.VaultDamaged) as caught:
        service.vault.read_object_bytes(item.object_id, dialog.report.problems[0].what)
    assert str(caught.value).startswith("photo IMG_0001.jpg")  # the CLI's English
    detail = error_details(caught.value)
    assert detail.count("照片 IMG_0001.jpg") == 2, detail  # the sentence and the damaged list
    assert not words(detail.replace("IMG_0001.jpg", "")), detail
    service.lock()
