"""Special files given as photos or as query inputs: a named pipe (FIFO), alone or inside a
folder, and character devices (``/dev/zero``, ``/dev/urandom``) behind a link.

Opening a FIFO for reading blocks until some process writes to it: an ``import`` or a ``match``
that opens one without care never ends (the GUI's worker would hang for good). Each must
instead end within seconds with a sentence for that input, the other inputs going on.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import PASSWORD, jpeg_bytes, new_service, subprocess_env, write

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
# seconds: a run that is still going has hung (one that reads a FIFO waits forever). A CLI run
# takes ~1 s idle but 6 s on a 2-core box under load (load average 12): the limit is generous
LIMIT = 60


def cli(*args: str | Path) -> subprocess.CompletedProcess[str] | None:
    """The CLI's result, or None when it was still running after LIMIT seconds."""
    try:
        return subprocess.run(
            [sys.executable, "-m", "app.cli", *map(str, args)],
            input=PASSWORD + "\n",
            capture_output=True,
            text=True,
            env=subprocess_env(),
            timeout=LIMIT,
        )
    except subprocess.TimeoutExpired:
        return None


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    service = new_service(tmp_path / "vault", "special files")
    service.import_photo_data([("IMG_1.jpg", jpeg_bytes(1, (320, 240)))])
    service.lock()
    return tmp_path / "vault"


def test_import_of_a_fifo_ends_with_a_sentence(vault: Path, tmp_path: Path) -> None:
    folder = tmp_path / "photos"
    write(folder / "good.jpg", jpeg_bytes(2, (320, 240)))
    os.mkfifo(folder / "pipe.jpg")
    result = cli("import", vault, folder)
    assert result is not None, f"import of a folder with a FIFO still ran after {LIMIT} s"
    assert "pipe.jpg" in result.stderr + result.stdout


def test_match_of_a_fifo_ends_with_a_sentence(vault: Path, tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.png")
    good = write(tmp_path / "good.jpg", jpeg_bytes(1, (320, 240)))
    result = cli("match", vault, tmp_path / "pipe.png", good, "--json")
    assert result is not None, f"match with a FIFO still ran after {LIMIT} s"
    assert "pipe.png" in result.stderr


def test_match_of_a_device_ends_with_a_sentence(vault: Path, tmp_path: Path) -> None:
    (tmp_path / "zero.jpg").symlink_to("/dev/zero")
    (tmp_path / "random.mp4").symlink_to("/dev/urandom")
    good = write(tmp_path / "good.jpg", jpeg_bytes(1, (320, 240)))
    result = cli("match", vault, tmp_path / "zero.jpg", tmp_path / "random.mp4", good)
    assert result is not None, f"match with a device still ran after {LIMIT} s"
    assert result.returncode == 0, result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 2, result.stderr
    assert "zero.jpg" in errors[0] and "random.mp4" in errors[1], errors
