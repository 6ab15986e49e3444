"""The CLI and every service run without Qt (architecture rule)."""

import subprocess
import sys


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
