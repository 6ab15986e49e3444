"""Tracing a sighting back: which buyers received the photos seen in it."""

from __future__ import annotations

from collections.abc import Iterable

from app.domain.models import Records


def buyers_for_media(records: Records, media_ids: Iterable[str]) -> list[str]:
    """The ids of the buyers whose deals delivered any of ``media_ids``, earliest deal first.

    A buyer is listed once; deals whose buyer is no longer in the vault are skipped."""
    wanted = set(media_ids)
    found: dict[str, tuple[str, str]] = {}
    for deal in records.deals.values():
        if deal.buyer_id not in records.buyers or wanted.isdisjoint(deal.media_ids):
            continue
        key = (deal.date, deal.created_at)
        if deal.buyer_id not in found or key < found[deal.buyer_id]:
            found[deal.buyer_id] = key
    return sorted(found, key=lambda buyer_id: (found[buyer_id], buyer_id))
