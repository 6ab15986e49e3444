"""Fixtures of the reliability suite (``make_service`` is shared, in tests/conftest.py); the
helpers themselves live in ``tests.support.reliability``."""

from __future__ import annotations

import random
from typing import Any

import pytest

from tests.support import RUN_SEED, SUMMARY, derive_seed


@pytest.fixture
def seed(request: pytest.FixtureRequest) -> int:
    return derive_seed(request.node.nodeid)


@pytest.fixture
def rng(seed: int) -> random.Random:
    return random.Random(seed)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not SUMMARY:
        return
    terminalreporter.section("reliability counts")
    terminalreporter.write_line(f"LV_RELIABILITY_SEED={RUN_SEED}")
    for line in SUMMARY:
        terminalreporter.write_line(line)
