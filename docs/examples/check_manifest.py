"""Check images against a Likeness Vault revocation manifest: pdqhash and cryptography (and
Pillow to read the images). python check_manifest.py MANIFEST.json FINGERPRINT IMAGE..."""

import base64
import hashlib
import json
import sys
from pathlib import Path

import numpy as np
import pdqhash
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from PIL import Image, ImageOps

doc = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
body = {k: v for k, v in doc.items() if k != "signature"}  # RFC 8785 for strings + integers:
jcs = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
key = base64.b64decode(doc["signer"]["public_key"])
Ed25519PublicKey.from_public_bytes(key).verify(base64.b64decode(doc["signature"]), jcs)
if hashlib.sha256(key).hexdigest() != sys.argv[2].replace(" ", "").lower():
    sys.exit("The manifest is signed by another key than the performer's.")
limit, floor = doc["matching"]["match_distance"], doc["matching"]["min_quality"]
entries = [
    (int(i["pdq"], 16), i["sha256"]) for i in doc["items"] if i.get("pdq_quality", 0) >= floor
]


def pdq(image):  # -> (256-bit hash as an int, quality)
    bits, quality = pdqhash.compute(np.ascontiguousarray(np.asarray(image, dtype=np.uint8)))
    return int("".join(str(int(b)) for b in bits), 2), quality


for path in sys.argv[3:]:
    with Image.open(path) as im:  # prepared as the app hashes: EXIF-oriented RGB, <= 256 px
        im.draft("RGB", (256, 256))
        im = ImageOps.exif_transpose(im).convert("RGB")
    im.thumbnail((256, 256), Image.Resampling.LANCZOS)
    (h, quality), (m, _) = pdq(im), pdq(ImageOps.mirror(im))
    found = sorted((min((h ^ e).bit_count(), (m ^ e).bit_count()), s) for e, s in entries)
    best = found[0] if found else (256, "")
    verdict = "MATCH" if quality >= floor and best[0] <= limit else "no match"
    print(f"{verdict} {path}: distance {best[0]} to {best[1]}")
