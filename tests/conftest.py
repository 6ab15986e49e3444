"""Shared fixtures. Qt must see QT_QPA_PLATFORM before it is imported anywhere."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

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
