"""Write the golden vault of the current format and schema version into tests/data/golden/.

Run once per released format/schema version, then commit the folder and its JSON next to it:

    .venv/bin/python tests/data/make_golden.py

Never regenerate an existing version: the point of a golden vault is that its bytes were made
by that release. The content below is fixed (names, notes, generated pictures); keys, nonces
and ids are random as in any vault, and the JSON records what the test must find.

Schema 5 adds payment terms: the contract's deal is paid within 7 days of delivery, the second
deal in instalments (a text), the first states none.

Schema 4 adds a deal made with its licence contract (two versions: the terms were edited in
between) and the delivery copies of that deal; the deals' uses are keys of the vocabulary.

Since schema 3 the vault also holds derived data: a fourth photo shows a face (scikit-image's
``astronaut``, NASA, public domain, cut to 320 px), face matching is turned on, the back-fill
stores every registered object fingerprint (features for every photo; a face object for the
face and the ``NO_OBJECT`` marker for the others) and the matching service saves its search
index cache object.
"""

from __future__ import annotations

import hashlib
import io
import json
import random
import struct
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from PIL import Image, ImageDraw  # noqa: E402

from app.domain.models import Letter, Sighting, new_id  # noqa: E402
from app.services.vault_service import VaultService  # noqa: E402
from app.vault import crypto, format, migrations  # noqa: E402

PASSWORD = "golden 金色 Passwört"


def picture(seed: int, kind: str) -> bytes:
    rng = random.Random(seed)
    image = Image.new("RGB", (160, 120), tuple(rng.randrange(256) for _ in range(3)))
    draw = ImageDraw.Draw(image)
    for _ in range(6):
        box = sorted(rng.sample(range(160), 2)), sorted(rng.sample(range(120), 2))
        draw.ellipse(
            [box[0][0], box[1][0], box[0][1], box[1][1]],
            fill=tuple(rng.randrange(256) for _ in range(3)),
        )
    out = io.BytesIO()
    image.save(out, kind, **({"quality": 85} if kind == "JPEG" else {}))
    return out.getvalue()


def face_photo() -> bytes:
    """A real face: scikit-image's astronaut (Eileen Collins, NASA: public domain), 320 px."""
    import skimage

    image = Image.open(Path(skimage.__file__).parent / "data" / "astronaut.png").convert("RGB")
    image.thumbnail((320, 320))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def mp4(seed: int) -> bytes:
    def box(kind: bytes, payload: bytes) -> bytes:
        return struct.pack(">I", 8 + len(payload)) + kind + payload

    return box(b"ftyp", b"isom\x00\x00\x02\x00isommp41") + box(
        b"mdat", random.Random(seed).randbytes(3000)
    )


def wav(seed: int) -> bytes:
    samples = random.Random(seed).randbytes(4000)
    fmt = struct.pack("<HHIIHH", 1, 1, 8000, 8000, 1, 8)
    body = (
        b"WAVE"
        + b"fmt "
        + struct.pack("<I", len(fmt))
        + fmt
        + b"data"
        + struct.pack("<I", len(samples))
        + samples
    )
    return b"RIFF" + struct.pack("<I", len(body)) + body


def main() -> None:
    name = f"format-{format.FORMAT_VERSION}-schema-{migrations.SCHEMA_VERSION}"
    root = HERE / "golden" / name
    if root.exists():
        raise SystemExit(f"{root} exists; a golden vault is never regenerated.")
    work = HERE / "golden" / ".work"
    service, recovery = VaultService.create(
        root, PASSWORD, "金色 Golden", argon2=crypto.Argon2Params()
    )
    service.update_performer(
        stage_names=["金金", "Goldie"], legal_name="黄金", notes="golden notes ✓"
    )
    photos = service.import_photo_data(
        [
            ("IMG_0001.jpg", picture(1, "JPEG")),
            ("截图 2.png", picture(2, "PNG")),
            ("IMG_0003.jpg", picture(3, "JPEG")),
            ("IMG_0004 face.jpg", face_photo()),
        ]
    )
    work.mkdir(parents=True, exist_ok=True)
    (work / "clip.mp4").write_bytes(mp4(4))
    (work / "voice.wav").write_bytes(wav(5))
    (work / "contract.pdf").write_bytes(
        b"%PDF-1.4\n% golden contract\n" + random.Random(6).randbytes(2000)
    )
    service.import_paths([work / "clip.mp4", work / "voice.wav"])
    buyer = service.add_buyer(
        "短剧工作室",
        platform="xianyu",
        platform_user_id="tb_1",
        order_numbers=["1 2 3"],
        contact="wx_golden",
        notes="说是做AI换脸",
        country="CN",
    )
    other = service.add_buyer("Lumen Data", platform="other", country="DE", company="Lumen GmbH")
    service.add_deal(
        buyer.id,
        [p.id for p in photos[:2]],
        "2024-05-01",
        attach=[(work / "contract.pdf", "contract")],
        price="30",
        uses=["face_swap_drama", "other"],
        uses_other="短剧",
        term="until",
        term_until="2025-05-01",
        ai_training="no",
    )
    service.add_deal(
        other.id,
        [photos[2].id],
        "2024-06-01",
        price="19.90",
        currency="EUR",
        term="unlimited",
        payment="instalments",
        payment_text="half now, half on 2024-07-01",
    )
    # schema 4: a deal made with its licence contract, edited, then a second version; and the
    # delivery copies of that deal (recorded on it)
    from app.services import contracts, delivery

    made = contracts.create(
        service,
        buyer.id,
        [photos[3].id],
        uses=["advertising", "redistribution"],
        price="88",
        ai_training="no",
        term="until",
        term_until="2026-12-31",
        platforms="抖音；中国大陆",
        payment="within_days",
        payment_days=7,
        deal_date="2025-02-01",
    )
    service.update_deal(made.deal.id, price="99")
    contracts.new_version(service, made.deal.id, layout="bilingual")
    delivery.deliver(service, made.deal.id, work / "copies.zip", today="2025-02-02")
    with service.transaction() as records:
        sighting = Sighting(
            id=new_id(),
            url="https://example.com/v/1",
            platform="douyin",
            title="第1集",
            seen_on="2025-01-02",
            media_ids=[photos[0].id],
            buyer_ids=[buyer.id],
        )
        records.sightings[sighting.id] = sighting
        letter = Letter(
            id=new_id(),
            kind="revocation",
            recipient=buyer.id,
            media_ids=[photos[0].id],
            created_at="2025-01-03T09:00:00Z",
            status="sent",
            sent_on="2025-01-03",
        )
        records.letters[letter.id] = letter
    # schema 3: derived data (every registered object fingerprint, faces on) and the index
    service.set_face_matching(True)
    report = service.backfill()
    if report.pending or report.errors:
        raise SystemExit(f"the back-fill left {report.pending} pending: {report.errors}")
    service.matching.index()
    if not service.records.matching.index_object_id:
        raise SystemExit("no search index cache object was saved")
    service.update_buyer(other.id, notes="the last save")
    records = service.records
    expected = {
        "password": PASSWORD,
        "recovery_key": recovery,
        "format_version": format.FORMAT_VERSION,
        "schema_version": migrations.SCHEMA_VERSION,
        "vault_id": str(service.vault.vault_id),
        "signing_public_key": service.signing_public_key().hex(),
        "records": records.to_json(),
        "objects": {
            oid: hashlib.sha256(service.vault.read_object_bytes(oid, oid)).hexdigest()
            for oid in sorted(records.object_ids())
        },
    }
    service.lock()
    (root / ".lock").unlink()
    for path in work.iterdir():
        path.unlink()
    work.rmdir()
    (HERE / "golden" / f"{name}.json").write_text(
        json.dumps(expected, indent=2, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8"
    )
    print(f"wrote {root} and {name}.json")


if __name__ == "__main__":
    main()
