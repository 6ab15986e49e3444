"""Architecture rules: the CLI and every service run without Qt; nothing uses another module's
or class's underscored names; the vault knows no records."""

import ast
import subprocess
import sys
from pathlib import Path


def test_cli_and_services_do_not_import_pyside6() -> None:
    code = (
        "import sys, pkgutil, importlib, app.cli, app.services\n"
        "for m in pkgutil.walk_packages(app.services.__path__, 'app.services.'):\n"
        "    importlib.import_module(m.name)\n"
        "import app.vault.vault, app.domain\n"
        "bad = [m for m in sys.modules if m.startswith('PySide6')]\n"
        "assert not bad, bad\n"
        "print('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


# --- no underscored names across modules or classes; the vault knows no records -------------

APP = Path(__file__).resolve().parents[2] / "app"
# underscored names of the standard library that are fine to use: typeshed-only types with no
# public spelling (in annotations), and os._exit (documented: end a process at once, without
# its clean-up: the face worker once the app is gone)
STDLIB_PRIVATE_TYPES = {"argparse._SubParsersAction", "hashlib._Hash", "os._exit"}


def _is_dunder(name: str) -> bool:
    return name.startswith("__") and name.endswith("__")


def _own_names(cls: ast.ClassDef) -> set[str]:
    """The underscored names a class defines: its methods, class attributes, ``self._x``."""
    names: set[str] = set()
    for node in ast.walk(cls):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            names.add(node.name)
        elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
            if isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"):
                names.add(node.attr)
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names |= {t.id for t in targets if isinstance(t, ast.Name)}
    return {n for n in names if n.startswith("_")}


def private_uses(source: str, where: str) -> list[str]:
    """``x._name`` where ``x`` is not ``self``/``cls``/``super()`` and ``_name`` is not defined by
    an enclosing class (a class may use its own private names on another instance of itself),
    and ``from app.x import _name``. Dunder names are public."""
    found: list[str] = []

    def visit(node: ast.AST, own: frozenset[str]) -> None:
        if isinstance(node, ast.ClassDef):
            own = own | _own_names(node)
        if isinstance(node, ast.Attribute) and node.attr.startswith("_"):
            value = node.value
            allowed = (
                _is_dunder(node.attr)
                or node.attr in own
                or (isinstance(value, ast.Name) and value.id in ("self", "cls"))
                or (
                    isinstance(value, ast.Call)
                    and isinstance(value.func, ast.Name)
                    and value.func.id == "super"
                )
                or ast.unparse(node) in STDLIB_PRIVATE_TYPES
            )
            if not allowed:
                found.append(f"{where}:{node.lineno}: {ast.unparse(node)}")
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("app"):
            for alias in node.names:
                if alias.name.startswith("_") and not _is_dunder(alias.name):
                    found.append(f"{where}:{node.lineno}: from {node.module} import {alias.name}")
        for child in ast.iter_child_nodes(node):
            visit(child, own)

    visit(ast.parse(source), frozenset())
    return found


def test_nothing_outside_a_class_or_module_uses_its_underscored_names() -> None:
    found: list[str] = []
    for path in sorted(APP.rglob("*.py")):
        found += private_uses(path.read_text(encoding="utf-8"), str(path.relative_to(APP)))
    assert not found, "underscored names used from outside:\n" + "\n".join(found)


def test_the_private_name_rule_catches_what_it_should() -> None:
    bad = """
from app.services.letters import _helper
import app.services.letters as L
x = L._clean_reason("")
def f(service):
    with service._change() as records:
        service.vault._trash = []
"""
    assert [line.split(": ", 1)[1] for line in private_uses(bad, "m")] == [
        "from app.services.letters import _helper",
        "L._clean_reason",
        "service._change",
        "service.vault._trash",
    ]
    good = """
from app import __version__
class Vault:
    def __init__(self):
        self._key = b""
    @classmethod
    def create(cls):
        vault = cls()
        vault._key = b"k"  # its own name, on another instance of itself
        return vault._helper()
    def _helper(self):
        return super()._other() or self.__class__
def annotate(h: hashlib._Hash) -> None: ...
"""
    assert private_uses(good, "m") == []


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names |= {f"{node.module}.{a.name}" for a in node.names}
    return names


def test_the_vault_imports_no_records_services_or_ui() -> None:
    """``app/vault`` keeps the index document opaque: the service hands it the records type
    (``RecordsDocument``), which says which objects it refers to."""
    above = ("domain", "services", "ui", "cli", "documents", "matching", "media")
    bad = {
        f"{path.name}: {name}"
        for path in sorted((APP / "vault").glob("*.py"))
        for name in _imports(path)
        if name.split(".")[0] == "app" and name.split(".")[1:2] in [[a] for a in above]
    }
    assert not bad, bad
