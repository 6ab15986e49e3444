"""Back up (app/services/backup.py, ``likeness-vault-cli backup``) and the read-only open it
verifies the copy with (``Vault.open(read_only=True)``)."""

from __future__ import annotations

import errno
import json
import threading
from pathlib import Path

import pytest

from app.domain.models import Records
from app.errors import InvalidInput, VaultDamaged, VaultExists, WriteFailed, WrongPassword
from app.services import backup
from app.services.demo import build_demo_vault
from app.services.vault_service import VaultService
from app.vault import seen
from app.vault.vault import Vault
from tests.support import FAST_KDF, PASSWORD, Runner, add_photos, tree_snapshot
from tests.support.faults import inject


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    service, _ = build_demo_vault(tmp_path / "demo", PASSWORD, FAST_KDF, photos=6)
    service.lock()
    return tmp_path / "demo"


def originals(service: VaultService) -> dict[str, bytes]:
    return {m.sha256: service.original_bytes(m.id) for m in service.records.media.values()}


def state_files() -> dict[str, str]:
    return tree_snapshot(seen.state_dir()) if seen.state_dir().exists() else {}


# --- the read-only open --------------------------------------------------------------------


def test_read_only_open_writes_nothing_at_all(demo: Path, tmp_path: Path) -> None:
    # a copy that an ordinary open would repair: a damaged header copy, a temp file
    (demo / "vault.json.bak").write_bytes(b"{damaged")
    (demo / "index" / ".tmp-0123456789abcdef").write_bytes(b"half a save")
    (demo / ".lock").unlink()
    before, state_before = tree_snapshot(demo), state_files()
    mtimes = {p: p.stat().st_mtime_ns for p in demo.rglob("*")}

    vault = Vault.open(demo, PASSWORD, records_type=Records, read_only=True)
    assert vault.records.media  # it did open, and it knows the damage it would repair
    assert any("vault.json.bak" in w for w in vault.warnings)
    report = vault.check()
    assert report.checked_objects
    with pytest.raises(InvalidInput, match="read-only"):
        vault.save()
    with pytest.raises(InvalidInput, match="read-only"):
        vault.put_object(b"x")
    with pytest.raises(InvalidInput, match="read-only"):
        vault.change_password("another long password here")
    vault.close()

    assert tree_snapshot(demo) == before  # no repair, no sweep, no lock file
    assert not (demo / ".lock").exists()
    assert {p: p.stat().st_mtime_ns for p in demo.rglob("*")} == mtimes
    assert state_files() == state_before  # no note of the generation either


def test_an_ordinary_open_does_repair_what_read_only_leaves(demo: Path) -> None:
    """The counterpart: the same damage is repaired by a normal open (so the test above can
    fail)."""
    (demo / "vault.json.bak").write_bytes(b"{damaged")
    before = tree_snapshot(demo)
    VaultService.open(demo, PASSWORD).lock()
    assert tree_snapshot(demo) != before


# --- the service ---------------------------------------------------------------------------


def test_backup_copies_verifies_and_records_the_date(demo: Path, tmp_path: Path) -> None:
    service = VaultService.open(demo, PASSWORD)
    dest = tmp_path / "usb" / "demo backup 2026-11-30"
    dest.parent.mkdir()
    before = tree_snapshot(demo)
    assert backup.last_backup(service.vault.vault_id, demo) is None
    seen_progress: list[tuple[int, int, str]] = []
    report = backup.back_up(service, dest, progress=lambda d, t, n: seen_progress.append((d, t, n)))
    assert report.destination == dest
    assert report.generation == service.vault.generation
    assert report.checked_objects == len(service.records.object_refs())
    assert report.files == len(list(p for p in dest.rglob("*") if p.is_file()))
    assert seen_progress[-1][2] == backup.VERIFYING
    assert tree_snapshot(demo) == before  # the vault itself is unchanged
    assert not (dest / ".lock").exists()  # the read-only verification left no lock file
    for rel, digest in tree_snapshot(dest).items():
        assert before[rel] == digest  # byte for byte what the vault holds
    last = backup.last_backup(service.vault.vault_id, demo)
    assert last is not None and last.generation == report.generation and last.at == report.at
    assert "林" not in (seen.state_dir() / backup.LOG_NAME).read_text(encoding="utf-8")
    photos = originals(service)
    service.lock()

    copy = VaultService.open(dest, PASSWORD)  # restore is "open the copy"
    try:
        assert originals(copy) == photos
        assert copy.check().ok
    finally:
        copy.lock()


def test_a_save_waits_for_the_copy(demo: Path, tmp_path: Path) -> None:
    """The copy is taken under the service's write lock: a change started meanwhile is saved
    only after the copy, so the copy holds one saved state."""
    service = VaultService.open(demo, PASSWORD)
    generation = service.vault.generation
    started, release = threading.Event(), threading.Event()
    saved: list[int] = []

    def slow(done: int, total: int, name: str) -> None:
        if name != backup.VERIFYING and not started.is_set():
            started.set()
            release.wait(30)  # a hang guard: the test releases it 0.3 s after the writer started

    def change() -> None:
        service.add_buyer("during the backup")
        saved.append(service.vault.generation)

    worker = threading.Thread(
        target=lambda: backup.back_up(service, tmp_path / "copy", progress=slow)
    )
    worker.start()
    assert started.wait(30)
    writer = threading.Thread(target=change)
    writer.start()
    writer.join(0.3)
    assert not saved  # held off while the copy runs
    release.set()
    worker.join(10)
    writer.join(10)
    assert saved == [generation + 1]
    last = backup.last_backup(service.vault.vault_id, demo)
    assert last is not None and last.generation == generation
    service.lock()


def test_a_backup_does_not_trip_the_rollback_warning(demo: Path, tmp_path: Path) -> None:
    service = VaultService.open(demo, PASSWORD)
    backup.back_up(service, tmp_path / "copy")
    add_photos(service, 2, first_seed=50)  # the original moves on
    service.add_buyer("after the backup")
    service.lock()
    VaultService.open(demo, PASSWORD).lock()

    copy = VaultService.open(tmp_path / "copy", PASSWORD)  # in its own folder: no warning
    assert not [w for w in copy.warnings if getattr(w, "kind", "") == "rollback"]
    copy.lock()

    # the same files put back into the original's folder do warn (the test can fail)
    for rel in ("index",):
        for old in (demo / rel).iterdir():
            old.unlink()
        for new in (tmp_path / "copy" / rel).iterdir():
            (demo / rel / new.name).write_bytes(new.read_bytes())
    restored = VaultService.open(demo, PASSWORD)
    assert [w for w in restored.warnings if getattr(w, "kind", "") == "rollback"]
    restored.lock()


def test_non_empty_or_unsuitable_destinations_are_refused(demo: Path, tmp_path: Path) -> None:
    service = VaultService.open(demo, PASSWORD)
    full = tmp_path / "full"
    full.mkdir()
    (full / "keep.txt").write_text("mine")
    with pytest.raises(VaultExists, match="not empty"):
        backup.back_up(service, full)
    assert [p.name for p in full.iterdir()] == ["keep.txt"]
    afile = tmp_path / "afile"
    afile.write_text("x")
    with pytest.raises(VaultExists, match="is a file"):
        backup.back_up(service, afile)
    with pytest.raises(InvalidInput, match="inside the vault"):
        backup.back_up(service, demo / "objects" / "copy")
    with pytest.raises(InvalidInput, match="does not exist"):
        backup.back_up(service, tmp_path / "no" / "such" / "place")
    assert backup.last_backup(service.vault.vault_id, demo) is None
    service.lock()


@pytest.mark.parametrize("err", [errno.ENOSPC, errno.EACCES, errno.EIO])
def test_a_failing_disk_leaves_nothing_half_written(
    demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, err: int
) -> None:
    """Every file-system call of the copy, failing in turn: a clear sentence, the vault
    unchanged, and nothing of the copy left (an empty folder the user made stays empty)."""
    service = VaultService.open(demo, PASSWORD)
    before = tree_snapshot(demo)
    dest = tmp_path / "stick"
    dest.mkdir()

    def clear() -> None:  # the good copy of a counting run
        for p in sorted(dest.rglob("*"), reverse=True):
            p.rmdir() if p.is_dir() else p.unlink()

    # a new folder, or the user's empty one: their numbers of calls differ (the mkdir)
    targets = [dest / "copy", dest]
    counts = []
    for target in targets:
        with inject(monkeypatch, dest, err, None) as counting:
            backup.back_up(service, target)
        counts.append(len(counting.sites))
        clear()
    calls = max(counts)
    assert min(counts) > 10
    for step in range(1, calls + 1, max(1, calls // 12)):
        target = targets[step % 2 == 0]
        if step > counts[step % 2 == 0]:
            continue
        clear()
        with inject(monkeypatch, dest, err, step) as inj, pytest.raises(WriteFailed) as caught:
            backup.back_up(service, target)
        assert inj.fired, step
        sentence = str(caught.value)
        assert "the vault itself is unchanged" in sentence
        if err == errno.ENOSPC:
            assert "is full" in sentence
        elif err == errno.EACCES:
            assert "no permission" in sentence
        else:
            assert "input/output error" in sentence
        assert dest.is_dir() and list(dest.rglob("*")) == [], (step, inj.fired)
        assert tree_snapshot(demo) == before
    assert service.vault.is_open
    service.lock()


def test_a_copy_that_does_not_verify_is_removed(
    demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A disk that silently corrupts what it stores: the check of the copy catches it."""
    service = VaultService.open(demo, PASSWORD)
    real_copy = backup._Copier.copy

    def corrupting(self: backup._Copier, rel: Path, on_bytes: object) -> str:
        digest = real_copy(self, rel, on_bytes)  # type: ignore[arg-type]
        if rel.parts[0] == "objects" and not getattr(self, "bitten", False):
            target = self.dest / rel
            data = bytearray(target.read_bytes())
            data[-1] ^= 1
            target.write_bytes(bytes(data))
            self.bitten = True  # type: ignore[attr-defined]
        return digest

    monkeypatch.setattr(backup._Copier, "copy", corrupting)
    with pytest.raises(VaultDamaged, match="did not pass its check"):
        backup.back_up(service, tmp_path / "copy")
    assert not (tmp_path / "copy").exists()
    assert backup.last_backup(service.vault.vault_id, demo) is None
    service.lock()


def test_cancel_removes_the_partial_copy(demo: Path, tmp_path: Path) -> None:
    service = VaultService.open(demo, PASSWORD)
    cancel = threading.Event()

    def stop_half_way(done: int, total: int, _name: str) -> None:
        if done > total // 2:
            cancel.set()

    with pytest.raises(backup.BackupCancelled):
        backup.back_up(service, tmp_path / "copy", progress=stop_half_way, cancel=cancel)
    assert not (tmp_path / "copy").exists()
    service.lock()


def test_opened_by_recovery_key_asks_for_the_password(tmp_path: Path) -> None:
    service, recovery = VaultService.create(tmp_path / "v", PASSWORD, "x", FAST_KDF)
    service.lock()
    by_recovery = VaultService.open(tmp_path / "v", recovery_key=recovery)
    with pytest.raises(InvalidInput):
        backup.back_up(by_recovery, tmp_path / "copy")
    assert not (tmp_path / "copy").exists()
    with pytest.raises(WrongPassword):
        backup.back_up(by_recovery, tmp_path / "copy", password="not the password")
    assert not (tmp_path / "copy").exists()
    report = backup.back_up(by_recovery, tmp_path / "copy", password=PASSWORD)
    assert report.checked_objects == 0
    by_recovery.lock()


def test_proposed_name() -> None:
    from datetime import date

    assert backup.proposed_name(Path("/x/My vault"), date(2026, 11, 30)) == (
        "My vault backup 2026-11-30"
    )


# --- the CLI -------------------------------------------------------------------------------


def test_cli_backup_of_a_demo_vault(demo: Path, tmp_path: Path, run: Runner) -> None:
    dest = tmp_path / "copy"
    result = run("backup", demo, dest)
    assert result.code == 0, result.err
    assert "verified" in result.out and str(dest) in result.out
    check = run("check", dest)
    assert check.code == 0 and "OK" in check.out
    assert "rollback" not in check.err
    a, b = VaultService.open(demo, PASSWORD), VaultService.open(dest, PASSWORD)
    try:
        assert originals(a) == originals(b)
    finally:
        a.lock()
        b.lock()

    again = run("backup", demo, dest, "--json")
    assert again.code == 1 and "not empty" in again.err
    assert again.out == ""

    other = tmp_path / "copy2"
    as_json = run("backup", demo, other, "--json")
    assert as_json.code == 0, as_json.err
    doc = json.loads(as_json.out)
    assert doc["destination"] == str(other) and doc["checked_objects"] > 0
    assert set(doc) == {
        "destination",
        "files",
        "bytes",
        "generation",
        "checked_objects",
        "backed_up_at",
        "warnings",
    }


def test_cli_backup_refuses_before_asking_the_password(tmp_path: Path, run: Runner) -> None:
    full = tmp_path / "full"
    full.mkdir()
    (full / "x").write_text("x")
    result = run("backup", tmp_path / "nowhere", full, stdin="")
    assert result.code == 1 and "not empty" in result.err
    assert "Password" not in result.err


def test_cli_backup_wrong_password_writes_nothing(demo: Path, tmp_path: Path, run: Runner) -> None:
    result = run("backup", demo, tmp_path / "copy", stdin="wrong password\n")
    assert result.code == 1 and "password is wrong" in result.err
    assert not (tmp_path / "copy").exists()


def test_cli_backup_help(run: Runner) -> None:
    result = run("backup", "--help")
    assert result.code == 0
    assert "DEST" in result.out and "read-only" in result.out
