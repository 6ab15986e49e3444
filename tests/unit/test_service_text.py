"""Text fields refuse undecodable command-line bytes with a sentence, before anything is saved."""

from pathlib import Path

import pytest

from app.errors import InvalidInput
from app.services.vault_service import VaultService
from tests.conftest import FAST_KDF, PASSWORD


def test_buyer_name_with_undecodable_bytes_is_refused(tmp_path: Path) -> None:
    service, _ = VaultService.create(tmp_path / "v", PASSWORD, "me", argon2=FAST_KDF)
    name = b"\xb0\xa2\xbd\xdc".decode("utf-8", "surrogateescape")  # GBK bytes via argv
    with pytest.raises(InvalidInput, match="not valid text"):
        service.add_buyer(name)
    assert service.records.buyers == {}
    service.lock()
