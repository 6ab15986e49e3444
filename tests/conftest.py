"""Fixtures shared by every test folder; the helpers themselves are in ``tests.support``.
Qt must see QT_QPA_PLATFORM before it is imported anywhere."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Rollback detection (app/vault/seen.py) remembers vault generations in the user's state
# folder. Tests never write into the real home: the whole session, and every subprocess it
# starts, uses one temporary folder (inherited through the environment).
if not os.environ.get("LIKENESS_VAULT_STATE_DIR"):
    import atexit
    import shutil
    import tempfile

    _state_dir = tempfile.mkdtemp(prefix="lv-test-state-")
    os.environ["LIKENESS_VAULT_STATE_DIR"] = _state_dir
    atexit.register(shutil.rmtree, _state_dir, True)

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.services.vault_service import VaultService
from app.vault import crypto
from tests.support import FAST_KDF, PASSWORD, Runner, cli_runner, new_service


@pytest.fixture
def fast_kdf() -> crypto.Argon2Params:
    return FAST_KDF


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def service(vault_dir: Path) -> Iterator[VaultService]:
    """A new, empty vault of "Lin" (fast KDF, PASSWORD), locked at teardown if still open."""
    service = new_service(vault_dir, "Lin")
    yield service
    if service.vault.is_open:
        service.lock()


@pytest.fixture
def make_service(tmp_path: Path) -> Iterator[Callable[..., VaultService]]:
    """Create vaults with the fast KDF; every service made is locked at teardown."""
    made: list[VaultService] = []

    def make(name: str = "vault", password: str = PASSWORD) -> VaultService:
        service = new_service(tmp_path / name, "测试", password)
        made.append(service)
        return service

    yield make
    for service in made:
        if service.vault.is_open:
            service.lock()


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Runner:
    """The CLI in-process: ``run(*argv, stdin=PASSWORD + "\\n") -> Result(code, out, err)``."""
    return cli_runner(monkeypatch, capsys)


@pytest.fixture(autouse=True)
def _no_stray_qt_platform() -> Iterator[None]:
    yield
