"""Shared fixtures. Qt must see QT_QPA_PLATFORM before it is imported anywhere."""

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

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.vault import crypto

# The smallest Argon2id parameters the header bounds allow: tests stay fast, the code path is
# the real one. Product defaults are tested on their own (tests/unit/test_crypto.py).
FAST_KDF = crypto.Argon2Params(memory_kib=16 * 1024, iterations=2, lanes=1)
PASSWORD = "correct horse 电池 staple"


@pytest.fixture
def fast_kdf() -> crypto.Argon2Params:
    return FAST_KDF


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture(autouse=True)
def _no_stray_qt_platform() -> Iterator[None]:
    yield
