"""Text fields refuse undecodable command-line bytes with a sentence, before anything is saved."""

from pathlib import Path

import pytest

from app.errors import InvalidInput
from tests.support import new_service


def test_buyer_name_with_undecodable_bytes_is_refused(tmp_path: Path) -> None:
    service = new_service(tmp_path / "v", "me")
    name = b"\xb0\xa2\xbd\xdc".decode("utf-8", "surrogateescape")  # GBK bytes via argv
    with pytest.raises(InvalidInput, match="not valid text"):
        service.add_buyer(name)
    assert service.records.buyers == {}
    service.lock()
