"""What a file is, from its first bytes (never from its name)."""

from __future__ import annotations

from dataclasses import dataclass

HEIF_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1", b"avif"}
AUDIO_BRANDS = {b"M4A ", b"M4B "}


@dataclass
class Sniffed:
    kind: str  # photo | clip | voice
    mime: str


def sniff(head: bytes) -> Sniffed | None:
    """What a file is, from its first bytes (never from its name)."""
    if head.startswith(b"\xff\xd8\xff"):
        return Sniffed("photo", "image/jpeg")
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return Sniffed("photo", "image/png")
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return Sniffed("photo", "image/webp")
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return Sniffed("voice", "audio/wav")
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in HEIF_BRANDS:
            return Sniffed("photo", "image/avif" if brand == b"avif" else "image/heic")
        if brand in AUDIO_BRANDS:
            return Sniffed("voice", "audio/mp4")
        if brand == b"qt  ":
            return Sniffed("clip", "video/quicktime")
        return Sniffed("clip", "video/mp4")
    if head[4:8] in (b"moov", b"mdat", b"wide", b"free", b"skip") and len(head) >= 8:
        return Sniffed("clip", "video/quicktime")
    if head.startswith(b"ID3") or head[:2] in (b"\xff\xfb", b"\xff\xf3", b"\xff\xf2"):
        return Sniffed("voice", "audio/mpeg")
    if head.startswith(b"OggS"):
        return Sniffed("voice", "audio/ogg")
    return None
