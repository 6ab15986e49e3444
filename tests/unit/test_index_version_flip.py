"""A bit flip in an index file's version field is damage: the previous generation opens."""

from pathlib import Path

from app.services.vault_service import VaultService
from app.vault.vault import INDEX_DIR, index_name
from tests.support import PASSWORD, new_service


def test_flipped_index_version_falls_back_to_previous_generation(tmp_path: Path) -> None:
    root = tmp_path / "v"
    service = new_service(root, "me")
    service.add_buyer("first")
    service.add_buyer("second")
    newest = service.vault.generation
    service.lock()
    path = root / INDEX_DIR / index_name(newest)
    data = bytearray(path.read_bytes())
    data[5] ^= 0x04  # low byte of the u16 format version
    path.write_bytes(bytes(data))

    reopened = VaultService.open(root, password=PASSWORD)
    try:
        assert reopened.vault.generation == newest - 1
        assert sorted(b.name for b in reopened.records.buyers.values()) == ["first"]
        assert any("damaged" in w for w in reopened.warnings)
        report = reopened.check()
        assert any(index_name(newest) in p.what for p in report.problems)
    finally:
        reopened.lock()
