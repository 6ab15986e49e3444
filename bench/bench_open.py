"""Open a vault of 10,000 items: total time against the password KDF (target: KDF + 0.5 s).

The vault is built once into bench/out/vault-10k by writing synthetic records directly (tiny
real encrypted objects, an original and a thumbnail per item, 300 buyers, 600 deals).
Usage: python bench/bench_open.py [--items 10000] [--repeat 5] [--rebuild]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import time
import uuid
from pathlib import Path
from typing import Any

from _common import OUT, PASSWORD, line, median_time, timed

from app.domain.models import Buyer, Deal, MediaItem, Performer, Records, new_id
from app.services.vault_service import VaultService
from app.vault import crypto, format
from app.vault.vault import Vault


def write_tiny_object(vault: Vault, data: bytes) -> str:
    """An encrypted object written straight to its place (no fsync: this is test data)."""
    object_id = uuid.uuid4().hex
    path = vault.object_path(object_id)
    path.parent.mkdir(mode=0o700, exist_ok=True)
    with open(path, "wb") as out:
        format.encrypt_object(vault.key, bytes.fromhex(object_id), iter([data]), out)
    return object_id


def build(path: Path, items: int) -> None:
    shutil.rmtree(path, ignore_errors=True)
    start = time.perf_counter()
    vault, _ = Vault.create(
        path, PASSWORD, Records(performer=Performer(display_name="bench")), crypto.Argon2Params()
    )
    records = vault.records
    media_ids = []
    for i in range(items):
        data = f"photo {i}".encode() * 8
        item = MediaItem(
            id=new_id(),
            name=f"IMG_{i:05d}.jpg",
            kind="photo",
            mime="image/jpeg",
            sha256=hashlib.sha256(data).hexdigest(),
            size=len(data),
            object_id=write_tiny_object(vault, data),
            imported_at=f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}T10:00:00Z",
            thumb_object_id=write_tiny_object(vault, b"thumb"),
            width=4000,
            height=3000,
            fingerprints={"dhash64/1": f"{i * 2654435761 % (1 << 64):016x}"},
            set_name=f"set {i // 100}",
            tags=["bench"],
        )
        records.media[item.id] = item
        media_ids.append(item.id)
    buyers = []
    for i in range(300):
        buyer = Buyer(id=new_id(), name=f"买家 {i}", platform="xianyu", contact=f"wx_{i}")
        records.buyers[buyer.id] = buyer
        buyers.append(buyer.id)
    for i in range(600):
        deal = Deal(
            id=new_id(),
            buyer_id=buyers[i % len(buyers)],
            date="2025-06-01",
            media_ids=media_ids[(i * 17) % items : (i * 17) % items + 20],
            price="30",
            uses="短剧",
        )
        records.deals[deal.id] = deal
    vault.save()
    vault.close()
    (OUT / "vault-10k.json").write_text(json.dumps({"items": items}))
    print(f"built {path} with {items} items in {time.perf_counter() - start:.1f} s")


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args(argv)
    path = OUT / "vault-10k"
    stamp = OUT / "vault-10k.json"
    if (
        args.rebuild
        or not stamp.exists()
        or json.loads(stamp.read_text()).get("items") != args.items
        or not (path / "vault.json").exists()
    ):
        OUT.mkdir(parents=True, exist_ok=True)
        build(path, args.items)

    header = Vault.read_headers(path)[0][0]
    slot = header.slot("password")
    assert slot is not None and slot.argon2 is not None
    kdf, _ = median_time(
        lambda: crypto.derive_password_key(PASSWORD, slot.salt, slot.argon2),  # type: ignore[arg-type]
        args.repeat,
    )

    def open_and_lock() -> float:
        start = time.perf_counter()
        service = VaultService.open(path, password=PASSWORD)
        elapsed = time.perf_counter() - start
        assert len(service.records.media) == args.items
        service.lock()
        return elapsed

    opens = sorted(open_and_lock() for _ in range(args.repeat))
    total = opens[len(opens) // 2]
    key = VaultService.open(path, password=PASSWORD)
    # what "remember" keeps (the password slot's KEK): Vault.open takes it instead of the
    # password and skips only the KDF (the raw vault key is no longer accepted)
    vault_key = key.vault.remembered_secret
    key.lock()
    without_kdf = sorted(
        timed(lambda: Vault.open(path, vault_key=vault_key, records_type=Records).close())
        for _ in range(args.repeat)
    )[args.repeat // 2]
    index = max((path / "index").iterdir())
    objects = sum(len(files) for _, _, files in os.walk(path / "objects"))
    print(
        f"open: {args.items} items ({objects} object files, index {index.stat().st_size / 1e6:.1f} MB), median of {args.repeat}"
    )
    line("password KDF (the vault's parameters)", f"{kdf * 1000:7.1f} ms")
    line("VaultService.open with the password", f"{total * 1000:7.1f} ms")
    line("Vault.open with the key (everything but KDF)", f"{without_kdf * 1000:7.1f} ms")
    line("open - KDF (target <= 500 ms)", f"{(total - kdf) * 1000:7.1f} ms")
    line("open / (KDF + 0.5 s) (target <= 1)", f"{total / (kdf + 0.5):7.2f}x")
    return {
        "items": args.items,
        "kdf_s": round(kdf, 4),
        "open_s": round(total, 4),
        "open_without_kdf_s": round(without_kdf, 4),
        "open_minus_kdf_s": round(total - kdf, 4),
    }


if __name__ == "__main__":
    main()
