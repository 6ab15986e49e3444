"""The reference decryptor (tests/reference/decrypt_vault.py, written from docs/vault-format.md
alone, importing nothing of the app) reads vaults the app made exactly as the app reads them:
every record of the newest index, every object, by password and by recovery key."""

from __future__ import annotations

import ast
import hashlib
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from app.services.demo import build_demo_vault, portrait
from tests.support import FAST_KDF, PASSWORD, TESTS, new_service, record

SCRIPT = TESTS / "reference" / "decrypt_vault.py"


def test_reference_imports_nothing_of_the_app() -> None:
    tree = ast.parse(SCRIPT.read_text(encoding="utf-8"))
    modules = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            modules.add((node.module or "").split(".")[0])
    allowed = set(sys.stdlib_module_names) | {"cryptography", "__future__"}
    assert modules <= allowed, modules - allowed


def run_reference(vault: Path, *secret: str, out: Path | None = None) -> dict[str, Any]:
    argv = [sys.executable, "-I", str(SCRIPT), str(vault), *secret]
    if out is not None:
        argv += ["--out", str(out)]
    proc = subprocess.run(argv, capture_output=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr.decode()
    result: dict[str, Any] = json.loads(proc.stdout)
    return result


def test_reference_decrypts_what_the_app_wrote(tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    service, recovery = build_demo_vault(vault, PASSWORD, argon2=FAST_KDF)
    big = tmp_path / "recording.bin"
    big.write_bytes(bytes(range(256)) * (9 * 1024) + b"tail")  # 2.25 MiB: three chunks
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    service.add_attachment(big, "chat", notes="multi-chunk")
    service.add_attachment(empty, "other", notes="an empty object is one empty chunk")
    service.change_password(PASSWORD + " new")  # a rewritten header (generation 3)
    service.update_performer(notes="the last save")
    expected_records = service.records.to_json()
    generation = service.vault.generation
    plain = {
        oid: hashlib.sha256(service.vault.read_object_bytes(oid, oid)).hexdigest()
        for oid in service.records.object_ids()
    }
    vault_id = str(service.vault.vault_id)
    service.lock()

    password_file = tmp_path / "password.txt"
    password_file.write_text(PASSWORD + " new", encoding="utf-8")
    out = tmp_path / "plaintext"
    by_password = run_reference(vault, "--password-file", str(password_file), out=out)
    by_recovery = run_reference(vault, "--recovery-key", recovery.lower().replace("-", " "))
    assert by_password == by_recovery
    result = by_password
    assert result["vault_id"] == vault_id
    assert result["index_generation"] == generation
    assert result["index"]["records"] == expected_records
    assert set(result["objects"]) == set(plain)
    for oid, sha in plain.items():
        assert result["objects"][oid]["sha256"] == sha
        assert hashlib.sha256((out / oid).read_bytes()).hexdigest() == sha
    for item in expected_records["media"] + expected_records["attachments"]:
        assert result["objects"][item["object_id"]]["sha256"] == item["sha256"]
    record(
        f"reference decryptor: {sum(len(v) for k, v in expected_records.items() if isinstance(v, list))} "
        f"records and {len(plain)} objects (one of three chunks, one empty) read identically by "
        "password and by recovery key"
    )


def test_reference_refuses_what_the_app_refuses(tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    service = new_service(vault, "refuse")
    item = service.import_photo_data([("p.jpg", portrait(1, (120, 160)))])[0]
    oid = item.object_id
    service.lock()
    password_file = tmp_path / "password.txt"
    password_file.write_text(PASSWORD + "x", encoding="utf-8")
    wrong = subprocess.run(
        [sys.executable, "-I", str(SCRIPT), str(vault), "--password-file", str(password_file)],
        capture_output=True,
        check=False,
    )
    assert wrong.returncode == 2 and b"wrong password" in wrong.stderr
    path = vault / "objects" / oid[:2] / f"{oid}.lvo"
    data = bytearray(path.read_bytes())
    data[-1] ^= 1
    path.write_bytes(bytes(data))
    password_file.write_text(PASSWORD, encoding="utf-8")
    damaged = subprocess.run(
        [sys.executable, "-I", str(SCRIPT), str(vault), "--password-file", str(password_file)],
        capture_output=True,
        check=False,
    )
    assert damaged.returncode == 2 and b"fails its authentication" in damaged.stderr


def _refused(vault: Path, tmp_path: Path, password: str) -> bytes:
    password_file = tmp_path / "password.txt"
    password_file.write_text(password, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-I", str(SCRIPT), str(vault), "--password-file", str(password_file)],
        capture_output=True,
        check=False,
    )
    assert proc.returncode == 2, proc.stdout
    return proc.stderr


def test_reference_follows_the_newest_header_copy_and_a_rekey(tmp_path: Path) -> None:
    """§3.4 and §3.5 as the reference reads them: an old header copy with the old password is
    refused; after a rekey the new recovery key reads everything, also in the state a kill
    right after the commit point leaves (rekey-<G>.lvi not yet renamed)."""
    import shutil

    from app.vault import rekey

    vault = tmp_path / "vault"
    service = new_service(vault, "newest")
    service.import_photo_data([("p.jpg", portrait(1, (120, 160)))])
    before = (vault / "vault.json").read_bytes()
    service.change_password(PASSWORD + " new")
    (vault / "vault.json.bak").write_bytes(before)
    assert b"wrong password" in _refused(vault, tmp_path, PASSWORD)

    (vault / "vault.json.bak").write_bytes((vault / "vault.json").read_bytes())
    recovery = service.rekey(PASSWORD + " new")
    expected = service.records.to_json()
    service.lock()
    result = run_reference(vault, "--recovery-key", recovery)
    assert result["index"]["records"] == expected

    # the state between the commit point and step 4: the new index under its pending name
    (gen_file,) = (vault / "index").iterdir()
    pending = tmp_path / "pending"
    shutil.copytree(vault, pending)
    generation = int(gen_file.name[6:18])
    (pending / "index" / gen_file.name).rename(pending / "index" / rekey.pending_name(generation))
    result = run_reference(pending, "--recovery-key", recovery)
    assert result["index_generation"] == generation
    assert result["index"]["records"] == expected
    record(
        "reference decryptor: old header copy + old password refused; rekeyed vault read, "
        "also with its index still under the pending rekey name"
    )
