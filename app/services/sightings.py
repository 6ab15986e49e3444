"""Sightings: where the performer's face was seen, with screenshots and the buyers it traces to."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from app.domain.models import TAKEDOWN_PLATFORMS, Attachment, Buyer, MediaItem, Sighting, new_id
from app.errors import QT_TRANSLATE_NOOP, InvalidInput
from app.matching.trace import buyers_for_media
from app.services.attachments import AttachmentsService, FileData
from app.services.validation import (
    choice,
    extract_link,
    parse_date,
    parse_url,
    platform_from_url,
    text,
)


class SightingsService(AttachmentsService):
    def _clean_sighting(self, fields: dict[str, Any]) -> dict[str, Any]:
        clean: dict[str, Any] = {}
        for key, value in fields.items():
            if key == "url":  # a share text copied from an app gives the address in it
                clean[key] = parse_url(extract_link(value) or value)
            elif key == "platform":
                clean[key] = choice(
                    value or "other",
                    TAKEDOWN_PLATFORMS,
                    QT_TRANSLATE_NOOP(
                        "errors", "The platform must be one of {options}, not {value}."
                    ),
                )
            elif key == "title":
                clean[key] = text(value, 500)
            elif key == "seen_on":
                clean[key] = (
                    parse_date(
                        value,
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "The day it was seen must be a date written YYYY-MM-DD, not {value}.",
                        ),
                    )
                    if value.strip()
                    else date.today().isoformat()
                )
            elif key == "media_ids":
                clean[key] = list(dict.fromkeys(self.find(MediaItem, v).id for v in value))
            elif key == "buyer_ids":
                clean[key] = list(dict.fromkeys(self.find(Buyer, v).id for v in value))
            elif key == "attachment_ids":
                clean[key] = list(dict.fromkeys(self.find(Attachment, v).id for v in value))
            elif key == "notes":
                clean[key] = text(value)
            elif key in ("id", "created_at"):
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("errors", "The sighting field {field} cannot be set."),
                    field=key,
                )
            else:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("errors", "Unknown sighting field: {field}."), field=key
                )
        return clean

    def add_sighting(
        self,
        url: str,
        platform: str = "",
        title: str = "",
        seen_on: str = "",
        media_ids: Iterable[str] = (),
        buyer_ids: Iterable[str] = (),
        screenshots: Iterable[tuple[Path | str | FileData, str]] = (),
        notes: str = "",
    ) -> Sighting:
        """Record where the face was seen; ``screenshots`` are (file, kind) stored with it
        (a file on disk, or ``FileData`` made in memory, such as a video frame).

        With no platform given, it follows from the link's host (``platform_from_url``); with
        no buyers given, the buyers are those whose deals delivered the matched photos. A share
        text copied from an app ("…【…】 https://v.douyin.com/… 复制此链接…") is taken as the
        address in it (``extract_link``)."""
        url = extract_link(url) or url
        clean = self._clean_sighting(
            {
                "url": url,
                "platform": platform or platform_from_url(url),
                "title": title,
                "seen_on": seen_on,
                "media_ids": list(media_ids),
                "buyer_ids": list(buyer_ids),
                "notes": notes,
            }
        )
        if not clean["buyer_ids"]:
            clean["buyer_ids"] = buyers_for_media(self.records, clean["media_ids"])
        sighting = Sighting(id=new_id(), **clean)
        self._save_sighting(sighting, screenshots)
        return sighting

    def update_sighting(
        self,
        sighting_id: str,
        screenshots: Iterable[tuple[Path | str | FileData, str]] = (),
        **fields: Any,
    ) -> Sighting:
        """Change a sighting; new ``screenshots`` are stored with it in the same save.

        An attachment left out of a new ``attachment_ids`` is deleted from the vault when no
        deal, sighting or letter uses it any more."""
        sighting = self.sighting(sighting_id)
        updated = dataclasses.replace(sighting, **self._clean_sighting(fields))
        dropped = [a for a in sighting.attachment_ids if a not in updated.attachment_ids]
        self._save_sighting(updated, screenshots, dropped)
        return updated

    def _save_sighting(
        self,
        sighting: Sighting,
        screenshots: Iterable[tuple[Path | str | FileData, str]],
        dropped: Iterable[str] = (),
    ) -> None:
        with self.transaction_with_files(screenshots) as (records, stored):
            sighting.attachment_ids = sighting.attachment_ids + [a.id for a in stored]
            records.sightings[sighting.id] = sighting
            self._release_attachments(records, dropped)

    def delete_sighting(self, sighting_id: str) -> None:
        """Delete a sighting and those of its screenshots that nothing else uses."""
        sighting = self.sighting(sighting_id)
        with self.transaction() as records:
            del records.sightings[sighting.id]
            self._release_attachments(records, sighting.attachment_ids)

    def sighting(self, sighting_id: str) -> Sighting:
        return self.find(Sighting, sighting_id)
