"""Vaults made with the fast KDF, and the buyers and deals many tests start from."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from app.services.vault_service import VaultService
from tests.support.constants import FAST_KDF, PASSWORD
from tests.support.media import jpeg_bytes

PERFORMER = "林小雨"  # the display name of the letter/takedown vaults
BUYER = "阿杰"
DEAL_DATE = "2025-06-01"


def create_vault(
    path: Path | str, display_name: str = "", password: str = PASSWORD
) -> tuple[VaultService, str]:
    """``VaultService.create`` with the fast KDF: the open service and the recovery code."""
    return VaultService.create(path, password, display_name, argon2=FAST_KDF)


def new_service(path: Path | str, display_name: str = "", password: str = PASSWORD) -> VaultService:
    """A new vault, open (the recovery code is dropped)."""
    return create_vault(path, display_name, password)[0]


def add_photos(service: VaultService, count: int, first_seed: int = 0) -> list[str]:
    """``count`` small JPEGs named IMG_<i>.jpg (seeds first_seed...), imported in one save."""
    items = service.import_photo_data(
        (f"IMG_{i}.jpg", jpeg_bytes(seed=first_seed + i)) for i in range(count)
    )
    return [item.id for item in items]


def performer_vault(path: Path | str, photos: int = 0, **performer: str) -> VaultService:
    """A vault of 林小雨 with ``photos`` photos (IMG_0.jpg...); ``performer`` fields are set
    with update_performer first (legal_name, id_number, address...)."""
    service = new_service(path, PERFORMER)
    if performer:
        service.update_performer(**performer)
    if photos:
        add_photos(service, photos)
    return service


def buyer_with_deal(
    service: VaultService,
    media_ids: Iterable[str] | None = None,
    buyer: dict[str, Any] | None = None,
    **deal: Any,
) -> tuple[str, str]:
    """Buyer 阿杰 (xianyu) and one deal of 2025-06-01 over ``media_ids`` (every item when
    None); returns (buyer id, deal id)."""
    person = service.add_buyer(BUYER, platform="xianyu", **(buyer or {}))
    ids = sorted(service.records.media) if media_ids is None else list(media_ids)
    made = service.add_deal(person.id, ids, DEAL_DATE, **deal)
    return person.id, made.id
