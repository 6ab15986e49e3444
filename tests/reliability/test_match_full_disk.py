"""``match`` with photos pending on a full disk: it searches the photos already indexed and
says how many it could not index, instead of refusing (docs/reliability.md).

The disk is full from the first write below the vault folder on (every later write fails too,
as on a real full disk): the indexing of the two new photos cannot be stored, the two photos
indexed before are searched all the same, the result names the two that were not (JSON field
``not_indexed`` and its reason, a line of text), and the vault folder is byte-identical.
Real photographs (scikit-image samples at 640 px)."""

from __future__ import annotations

import errno
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from app.services.vault_service import VaultService
from tests.reliability.test_damage_matching import jpeg, picture, query
from tests.support import PASSWORD, faults, new_service, record
from tests.support.faults import files_snapshot, inject


@contextmanager
def disk_full(root: Path) -> Iterator[faults.Injector]:
    """Every write below ``root`` fails with ENOSPC from the first one on."""

    def hit(self: faults.Injector, site: str) -> None:
        self.sites.append(site)
        self.fired = self.fired or site
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(faults.Injector, "hit", hit)
        with inject(mp, root, errno.ENOSPC, 1) as inj:
            yield inj


@pytest.fixture
def half_indexed(tmp_path: Path) -> Path:
    """Two photos indexed, two imported since and pending."""
    vault = tmp_path / "vault"
    service = new_service(vault, "full disk match")
    service.import_photo_data([(f"{n}.jpg", jpeg(picture(n))) for n in ("astronaut", "coffee")])
    assert service.backfill().pending == 0
    service.matching.index()  # the search index cache saved too
    service.import_photo_data([(f"{n}.jpg", jpeg(picture(n))) for n in ("chelsea", "rocket")])
    assert service.pending_fingerprints() == 2
    service.lock()
    return vault


def test_match_searches_what_is_indexed_when_the_disk_is_full(
    half_indexed: Path, tmp_path: Path
) -> None:
    shot = query(tmp_path, "astronaut")
    service = VaultService.open(half_indexed, PASSWORD)
    try:
        before = files_snapshot(half_indexed)
        with disk_full(half_indexed) as inj:
            [result] = service.matching.match([shot])
        assert inj.fired is not None  # the indexing did try to write
        assert files_snapshot(half_indexed) == before  # nothing on disk changed
        assert result.error is None
        assert [m.item_name for m in result.matches][:1] == ["astronaut.jpg"]
        assert result.not_indexed == 2
        reason = str(result.not_indexed_reason)
        assert "disk is full" in reason, reason
        out = result.to_json()
        assert out["not_indexed"] == 2 and "disk is full" in str(out["not_indexed_reason"])
        # space returns: the next match indexes them and says nothing more
        [again] = service.matching.match([query(tmp_path, "chelsea")])
        assert [m.item_name for m in again.matches][:1] == ["chelsea.jpg"]
        assert again.not_indexed == 0 and "not_indexed" not in again.to_json()
    finally:
        service.lock()
    record("match on a full disk: 2 photos indexed searched, 2 pending named, 0 bytes changed")


def test_the_cli_match_answers_and_says_how_many_were_not_indexed(
    half_indexed: Path, tmp_path: Path, run: Any
) -> None:
    shot = query(tmp_path, "coffee")
    before = files_snapshot(half_indexed)
    with disk_full(half_indexed):
        res = run("match", half_indexed, shot, "--json")
    assert res.code == 0, res.err
    assert files_snapshot(half_indexed) == before
    [out] = json.loads(res.out)
    assert out["matches"][0]["item_id"]
    assert out["not_indexed"] == 2 and "disk is full" in out["not_indexed_reason"]
    assert "not indexed" in res.err and "disk is full" in res.err
    with disk_full(half_indexed):
        res = run("match", half_indexed, shot)
    assert res.code == 0, res.err
    assert "coffee.jpg strong" in res.out or "coffee.jpg possible" in res.out, res.out
    assert "2 photo(s) could not be indexed and were not searched" in res.out, res.out
    assert "disk is full" in res.out
