"""kill -9 of the app while the face worker runs: no process may outlive it.

Face detection runs in a worker process (``app/matching/faces.py``, a "spawn"
``ProcessPoolExecutor``) holding the dlib models and the pixels of the photo it was given. When
the app dies without cleanup (kill -9, a crash, the desktop session ending), that worker and
multiprocessing's resource tracker must end too, not stay behind as orphans holding ~100 MB
and decrypted pixels. A child back-fills faces of a real face photo (scikit-image's astronaut,
NASA, public domain) and is killed with SIGKILL once the worker is up; within 10 s none of its
child processes may be alive.
"""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import Image

from app.matching import faces
from tests.support import PASSWORD, new_service, record, subprocess_env

WORKER = """
import sys
from app.services.vault_service import VaultService
service = VaultService.open(sys.argv[1], sys.stdin.readline().rstrip("\\n"))
service.backfill(lambda done, total, name: print("indexed", done, flush=True), batch=1)
print("done", flush=True)
import time
time.sleep(120)
"""


def children(pid: int) -> list[int]:
    """The child processes of ``pid`` (of every thread of it), from /proc."""
    found: list[int] = []
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            found += [int(c) for c in Path(f"/proc/{pid}/task/{task}/children").read_text().split()]
        except OSError:
            continue
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.skipif(not faces.available(), reason="dlib or its model files are missing")
def test_the_face_worker_does_not_outlive_a_killed_app(tmp_path: Path) -> None:
    import skimage

    astronaut = Path(str(skimage.__file__)).parent / "data" / "astronaut.png"
    image = Image.open(astronaut).convert("RGB")
    photos = []
    for i in range(8):
        out = io.BytesIO()
        image.rotate(i * 3).save(out, "JPEG", quality=80 + i)
        photos.append((f"face-{i}.jpg", out.getvalue()))
    vault = tmp_path / "vault"
    service = new_service(vault, "face worker")
    service.import_photo_data(photos)
    service.set_face_matching(True)
    service.lock()
    proc = subprocess.Popen(
        [sys.executable, "-c", WORKER, str(vault)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=subprocess_env(),
    )
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(PASSWORD + "\n")
    proc.stdin.flush()
    kids: list[int] = []
    try:
        assert proc.stdout.readline().startswith("indexed"), "nothing was indexed"
        kids = children(proc.pid)
        assert kids, "no worker process was started"
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(alive(k) for k in kids):
            time.sleep(0.2)
        left = [k for k in kids if alive(k)]
        assert left == [], f"{len(left)} of the app's processes outlived it: {left}"
    finally:
        proc.kill()
        proc.wait()
        for kid in kids:  # ours: started by the child this test started
            if alive(kid):
                os.kill(kid, signal.SIGKILL)
    record(f"face worker: {len(kids)} child processes, none alive 10 s after kill -9")
