"""Fixtures of the reliability suite; the helpers themselves live in ``rel_common``."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from rel_common import FAST_KDF, PASSWORD, RUN_SEED, SUMMARY, derive_seed

from app.services.vault_service import VaultService


@pytest.fixture
def seed(request: pytest.FixtureRequest) -> int:
    return derive_seed(request.node.nodeid)


@pytest.fixture
def rng(seed: int) -> random.Random:
    return random.Random(seed)


@pytest.fixture
def make_service(tmp_path: Path) -> Iterator[Callable[..., VaultService]]:
    """Create vaults with the fast KDF; every service made is locked at teardown."""
    made: list[VaultService] = []

    def make(name: str = "vault", password: str = PASSWORD) -> VaultService:
        service, _recovery = VaultService.create(tmp_path / name, password, "测试", argon2=FAST_KDF)
        made.append(service)
        return service

    yield make
    for service in made:
        if service.vault.is_open:
            service.lock()


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not SUMMARY:
        return
    terminalreporter.section("reliability counts")
    terminalreporter.write_line(f"LV_RELIABILITY_SEED={RUN_SEED}")
    for line in SUMMARY:
        terminalreporter.write_line(line)
