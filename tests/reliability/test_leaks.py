"""No plaintext leaks: not to disk outside the vault's encrypted files, not in memory after lock.

One scenario (import from a folder, buyer, deal with a contract, letter PDF, evidence bundle,
check, lock) runs with unique canary strings placed in the photo bytes (a JPEG comment), the
attachment bytes, the buyer's name and notes. Then:
- disk: the vault folder, a private temp folder (TMPDIR and ``tempfile.tempdir`` point at it
  while the scenario runs), files created or changed in the system temp folder meanwhile
  (two levels deep, other sessions' pytest folders skipped), and a private HOME / XDG config, data, cache and state folder (where settings
  and logs would go) hold no canary in UTF-8, UTF-16-LE or UTF-16-BE. The user's own source
  photos and the two files the user asked to export (letter PDF, evidence ZIP) are excluded:
  they are plaintext on purpose.
- memory: after ``VaultService.lock()`` and a garbage collection, no record object (Records,
  Buyer, Deal, MediaItem, Attachment, Letter, Performer) of the vault is alive, and no bytes
  object reachable from any tracked container equals a decrypted photo, thumbnail or
  attachment (by length and SHA-256) or contains a canary.
"""

from __future__ import annotations

import gc
import hashlib
import io
import os
import random
import secrets
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.domain import models
from app.services.vault_service import VaultService
from tests.support import new_service, record


@dataclass
class Canaries:
    photo: str
    attachment: str
    buyer: str
    note: str
    performer: str

    def needles(self) -> list[tuple[str, bytes]]:
        out = []
        for label, text in vars(self).items():
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                out.append((f"{label}/{encoding}", text.encode(encoding)))
        return out


def make_canaries() -> Canaries:
    token = secrets.token_hex(6)
    return Canaries(
        photo=f"LVCANARY-PHOTO-{token}",
        attachment=f"LVCANARY-ATTACH-{token}",
        buyer=f"LVCANARY-BUYER-{token}-张三",
        note=f"LVCANARY-NOTE-{token} 秘密备注",
        performer=f"LVCANARY-PERFORMER-{token}",
    )


def jpeg_with_comment(seed: int, comment: str) -> bytes:
    from PIL import Image

    rng = random.Random(seed)
    image = Image.new("RGB", (4, 3))
    image.putdata([tuple(rng.randrange(256) for _ in range(3)) for _ in range(12)])
    out = io.BytesIO()
    image.resize((320, 240)).save(out, "JPEG", quality=85, comment=comment.encode())
    return out.getvalue()


def run_scenario(
    tmp_path: Path, canaries: Canaries
) -> tuple[VaultService, dict[int, set[str]], set[str]]:
    """Everything a performer does, then lock. Returns the locked service and, for the memory
    test, the lengths and SHA-256 of every plaintext object (the bytes themselves are dropped)
    and the ids of every record (other tests in the same process have records of their own)."""
    from app.services import evidence, letters

    source = tmp_path / "my photos"
    source.mkdir()
    for i in range(3):
        (source / f"IMG_{i}.jpg").write_bytes(jpeg_with_comment(i, canaries.photo))
    contract = source / "contract.pdf"
    contract.write_bytes(b"%PDF-1.4\n" + canaries.attachment.encode() + os.urandom(500))
    exports = tmp_path / "exports"
    exports.mkdir()

    service = new_service(tmp_path / "vault", canaries.performer)
    report = service.import_paths([source / f"IMG_{i}.jpg" for i in range(3)])
    assert not report.errors
    buyer = service.add_buyer(canaries.buyer, notes=canaries.note, contact="wx " + canaries.buyer)
    media = [o.item.id for o in report.imported]
    deal = service.add_deal(
        buyer.id, media, "2025-01-05", attach=[(contract, "contract")], notes=canaries.note
    )
    service.update_media(media[0], notes=canaries.note)
    for item_id in media:  # a user looks at every photo
        service.thumbnail_bytes(item_id)
        service.original_bytes(item_id)
    composition = letters.compose_buyer_letter(service, buyer.id, "revocation", lang="en")
    letters.export_pdf(letters.render(composition), exports / "letter.pdf")
    letters.record(service, composition)
    del composition
    evidence.export_evidence(service, exports / "evidence.zip", buyer_id=buyer.id)
    assert service.check().ok
    plaintexts: dict[int, set[str]] = {}
    for item in service.records.media.values():
        for oid in (item.object_id, item.thumb_object_id):
            data = service.vault.read_object_bytes(oid, oid)
            plaintexts.setdefault(len(data), set()).add(hashlib.sha256(data).hexdigest())
    for att in service.records.attachments.values():
        data = service.vault.read_object_bytes(att.object_id, att.name)
        plaintexts.setdefault(len(data), set()).add(hashlib.sha256(data).hexdigest())
    ids = {canaries.performer}
    for name, _cls in models.Records.COLLECTIONS:
        ids |= set(getattr(service.records, name))
    del data, buyer, deal, report
    service.lock()
    return service, plaintexts, ids


def scan(paths: list[Path], needles: list[tuple[str, bytes]]) -> list[str]:
    hits = []
    for path in paths:
        try:
            data = path.read_bytes()
        except OSError:
            continue
        hits += [f"{path}: {label}" for label, needle in needles if needle in data]
    return hits


def files_below(root: Path) -> list[Path]:
    return (
        [p for p in root.rglob("*") if p.is_file() and not p.is_symlink()] if root.exists() else []
    )


def temp_files_since(root: Path, start: float, exclude: list[Path], depth: int) -> list[Path]:
    """Files below ``root`` (at most ``depth`` folders down) created or changed since ``start``.

    Other test sessions share the system temp folder; their pytest folders are skipped (a
    leak of ours would be in our private temp folder or at the top of the system one)."""
    found = []
    for dirpath, dirs, names in os.walk(root):
        here = Path(dirpath)
        level = len(here.relative_to(root).parts)
        dirs[:] = [
            d
            for d in dirs
            if level < depth
            and not d.startswith("pytest-of-")
            and not any((here / d).is_relative_to(e) for e in exclude)
        ]
        for name in names:
            path = here / name
            try:
                st = path.lstat()
            except OSError:
                continue
            recent = max(st.st_mtime, st.st_ctime) >= start
            if recent and path.is_file() and st.st_size <= 64 * 1024 * 1024:
                found.append(path)
    return found


def test_no_canary_on_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    for var, sub in (
        ("HOME", ""),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
    ):
        (home / sub).mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(var, str(home / sub))
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    system_tmp = Path(tempfile.gettempdir())
    monkeypatch.setenv("TMPDIR", str(private_tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))
    canaries = make_canaries()
    start = time.time() - 1
    run_scenario(tmp_path, canaries)
    needles = canaries.needles()
    # the scan is not vacuous: the user's own files and the exports do hold the canaries
    assert scan([tmp_path / "my photos" / "IMG_0.jpg"], needles)
    assert scan([tmp_path / "exports" / "evidence.zip"], needles)
    vault_files = files_below(tmp_path / "vault")
    temp_files = files_below(private_tmp) + temp_files_since(system_tmp, start, [tmp_path], 2)
    home_files = files_below(home)
    hits = scan(vault_files + temp_files + home_files, needles)
    assert hits == [], hits
    record(
        f"leak scan: {len(needles)} canary encodings in {len(vault_files)} vault files, "
        f"{len(temp_files)} new/changed temp files, {len(home_files)} settings/log files: 0 hits"
    )


def test_nothing_decrypted_stays_referenced_after_lock(tmp_path: Path) -> None:
    canaries = make_canaries()
    service, plaintexts, ids = run_scenario(tmp_path, canaries)
    gc.collect()
    record_types = (
        models.Records,
        models.Buyer,
        models.Deal,
        models.MediaItem,
        models.Attachment,
        models.Letter,
        models.Performer,
        models.Sighting,
    )
    empty = service.vault.records  # the locked vault's fresh, empty Records

    def ours(o: object) -> bool:
        if isinstance(o, models.Records):
            return o.performer.display_name in ids or any(
                set(getattr(o, name)) & ids for name, _ in models.Records.COLLECTIONS
            )
        if isinstance(o, models.Performer):
            return o.display_name in ids
        return getattr(o, "id", None) in ids

    alive = [o for o in gc.get_objects() if isinstance(o, record_types) and ours(o)]
    assert not any(getattr(empty, name) for name, _ in models.Records.COLLECTIONS)
    assert alive == [], f"{len(alive)} record objects survive the lock: {alive[:3]}"
    markers = [n for _, n in canaries.needles()]
    leaks = []
    seen: set[int] = set()
    for container in gc.get_objects():
        for ref in gc.get_referents(container):
            if not isinstance(ref, (bytes, bytearray)) or id(ref) in seen:
                continue
            seen.add(id(ref))
            if len(ref) in plaintexts and hashlib.sha256(ref).hexdigest() in plaintexts[len(ref)]:
                leaks.append(f"a decrypted object of {len(ref)} bytes held by {type(container)}")
            elif len(ref) > 200 and any(m in ref for m in markers):
                leaks.append(f"{len(ref)} bytes with a canary held by {type(container)}")
    assert leaks == [], leaks
    assert not service.vault.is_open
    record(
        f"memory after lock: 0 record objects alive, 0 of {sum(map(len, plaintexts.values()))} "
        f"decrypted objects referenced ({len(seen)} bytes objects inspected)"
    )
