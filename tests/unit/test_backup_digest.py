"""``backup.content_digest`` and the home page's "changed since the last backup": derived data
(fingerprint values, local features, the search index cache) does not count; what the
performer entered or chose does; an entry noted before the digest falls back to generations."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from app.domain.models import Records
from app.services import backup, home
from app.services.backup import LastBackup
from app.vault import seen
from tests.support import jpeg_bytes, new_service

TODAY = date(2026, 11, 30)


def test_the_digest_ignores_derived_data_and_sees_every_other_change(tmp_path: Path) -> None:
    service = new_service(tmp_path / "vault", "digest")
    service.import_photo_data([(f"IMG_{i}.jpg", jpeg_bytes(90 + i)) for i in range(2)])
    try:
        first = backup.content_digest(service.vault)
        assert len(first) == 64 and first == backup.content_digest(service.vault)
        generation = service.vault.generation
        assert service.backfill().pending == 0  # local features computed and saved
        service.matching.index()  # the search index cache saved
        assert service.vault.generation > generation
        assert backup.content_digest(service.vault) == first
        item = next(iter(service.records.media.values()))
        service.update_media(item.id, set_name="2025-03-02")
        changed = backup.content_digest(service.vault)
        assert changed != first
        service.set_face_matching(True)  # a choice the performer made
        assert backup.content_digest(service.vault) != changed
        # keyed: another vault with the same records would not give it (the key differs)
        other = new_service(tmp_path / "other", "digest")
        try:
            assert backup.content_digest(other.vault, service.records) != backup.content_digest(
                service.vault
            )
        finally:
            other.lock()
    finally:
        service.lock()


def test_the_backup_notes_the_digest_and_nothing_readable(tmp_path: Path) -> None:
    service = new_service(tmp_path / "vault", "秘密的名字")
    service.import_photo_data([("IMG_1.jpg", jpeg_bytes(91))])
    try:
        backup.back_up(service, tmp_path / "usb")
        last = backup.last_backup(service.vault.vault_id, service.path)
        assert last is not None and last.digest == backup.content_digest(service.vault)
        text = (seen.state_dir() / backup.LOG_NAME).read_text()
        assert "秘密" not in text and "IMG_1" not in text
        assert set(
            json.loads(text)["vaults"][backup._key(service.vault.vault_id, service.path)]
        ) == {
            "at",
            "generation",
            "digest",
        }
    finally:
        service.lock()


def test_backup_state_compares_digests_and_falls_back_to_generations() -> None:
    noted = LastBackup("2026-11-28T10:00:00Z", 5, "a" * 64)
    same = home.backup_state(noted, 9, TODAY, "a" * 64)
    assert not same.changed_since and not same.needed  # only derived saves since
    other = home.backup_state(noted, 5, TODAY, "b" * 64)
    assert other.changed_since and other.needed
    old_entry = LastBackup("2026-11-28T10:00:00Z", 5)  # noted before the digest existed
    assert home.backup_state(old_entry, 6, TODAY, "a" * 64).changed_since
    assert not home.backup_state(old_entry, 5, TODAY, "a" * 64).changed_since
    overview = home.overview(Records(), TODAY, noted, 9, digest="a" * 64)
    assert not overview.backup.changed_since
