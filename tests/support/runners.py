"""Running the CLI: in-process (``cli.main`` with captured streams) and as a subprocess."""

from __future__ import annotations

import dataclasses
import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol

import pytest

from app import cli
from tests.support.constants import PASSWORD, REPO

# The command line as a user runs it, in a child process.
CLI = [sys.executable, "-m", "app.cli"]


@dataclasses.dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)

    def __iter__(self) -> Iterator[Any]:
        """Unpacks as (code, out, err)."""
        return iter((self.code, self.out, self.err))


class Runner(Protocol):
    def __call__(self, *argv: str | Path, stdin: str = ...) -> Result: ...


def cli_runner(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Runner:
    """``run(*argv, stdin=PASSWORD + "\\n")``: cli.main with the given standard input; usage
    errors and --help (SystemExit) become the exit code."""

    def runner(*argv: str | Path, stdin: str = PASSWORD + "\n") -> Result:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        capsys.readouterr()
        try:
            code = cli.main([str(a) for a in argv])
        except SystemExit as exc:  # argparse: usage errors and --help
            code = int(exc.code or 0)
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return runner


def subprocess_env(**extra: str) -> dict[str, str]:
    """The environment of a child Python: this one, the repository first on PYTHONPATH (the
    child imports ``app`` and ``tests.support``)."""
    return {**os.environ, "PYTHONPATH": str(REPO), **extra}


def start_with_password(
    script: Path, *args: str | Path, env: dict[str, str]
) -> subprocess.Popen[str]:
    """Start ``script`` in a child Python with the vault password as the first line of its
    standard input (then closed); its stdout and stderr are text pipes."""
    child = subprocess.Popen(
        [sys.executable, str(script), *(str(a) for a in args)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write(PASSWORD + "\n")
    child.stdin.close()
    return child
