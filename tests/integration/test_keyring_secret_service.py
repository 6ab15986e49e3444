"""'Remember on this computer' against a real Secret Service: gnome-keyring in a private
D-Bus session (``dbus-run-session``), with a private HOME so no real keyring is touched."""

from __future__ import annotations

import base64
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.support import PASSWORD, files_containing, new_service

pytestmark = pytest.mark.keyring_integration

NEEDED = ("dbus-run-session", "gnome-keyring-daemon")
MISSING = [b for b in NEEDED if shutil.which(b) is None]

SCRIPT = textwrap.dedent(
    """
    import sys
    from app.services.vault_service import VaultService
    from app.vault.keystore import KeyStore

    path = sys.argv[1]
    store = KeyStore.system()
    print("backend", type(store.backend).__module__)
    service = VaultService.open(path, password=sys.stdin.readline().rstrip("\\n"))
    vault_id, key = str(service.vault.vault_id), service.vault.remembered_secret
    service.remember(store)
    service.lock()
    assert store.recall(vault_id) == key, "recalled key differs"
    again = VaultService.open(path, keystore=store)
    print("buyers", ",".join(b.name for b in again.records.buyers.values()))
    again.forget(store)
    again.lock()
    assert store.recall(vault_id) is None, "the key is still remembered"
    print("forgotten")
    """
)


@pytest.mark.skipif(
    bool(MISSING),
    reason=f"needs {', '.join(MISSING)} (Debian: gnome-keyring dbus-x11 libsecret-tools)",
)
def test_remember_recall_open_forget_with_gnome_keyring(tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    service = new_service(vault)
    service.add_buyer("阿杰")
    secret = base64.b64encode(service.vault.key)
    service.lock()
    (tmp_path / "script.py").write_text(SCRIPT)
    home = tmp_path / "home"
    home.mkdir()
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / ".local/share"),
        "XDG_RUNTIME_DIR": str(tmp_path / "run"),
        "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
        "LANG": "C.UTF-8",
    }
    (tmp_path / "run").mkdir(mode=0o700)
    inner = (
        "echo -n keyring-pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null"
        ' && exec "$0" script.py "$1"'
    )
    result = subprocess.run(
        ["dbus-run-session", "--", "bash", "-c", inner, sys.executable, str(vault)],
        input=PASSWORD + "\n",
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines() == [
        "backend keyring.backends.SecretService",
        "buyers 阿杰",
        "forgotten",
    ]
    # the secret went into gnome-keyring's own (encrypted) store, not a plaintext file
    keyrings = [p for p in (home / ".local/share/keyrings").iterdir() if p.is_file()]
    assert keyrings
    assert files_containing(home, [secret, secret.decode().encode("utf-16-le")]) == []
