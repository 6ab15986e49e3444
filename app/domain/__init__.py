"""Plain dataclasses in the domain words of the product: no I/O, no Qt, no crypto."""

from app.domain.models import (
    AI_TRAINING_CHOICES,
    ATTACHMENT_KINDS,
    LETTER_KINDS,
    LETTER_STATUSES,
    MEDIA_KINDS,
    PLATFORMS,
    TERM_KINDS,
    Attachment,
    Buyer,
    Deal,
    Letter,
    MediaItem,
    Performer,
    Records,
    Sighting,
    new_id,
)

__all__ = [
    "AI_TRAINING_CHOICES",
    "ATTACHMENT_KINDS",
    "LETTER_KINDS",
    "LETTER_STATUSES",
    "MEDIA_KINDS",
    "PLATFORMS",
    "TERM_KINDS",
    "Attachment",
    "Buyer",
    "Deal",
    "Letter",
    "MediaItem",
    "Performer",
    "Records",
    "Sighting",
    "new_id",
]
