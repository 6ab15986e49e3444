"""A vault of generated sample data: a performer, photo sets, buyers, deals of every kind of
term, a sighting and a letter, so that a new user (and the screenshots) see a lived-in vault.

Every picture is drawn here with Pillow: no real face, nothing downloaded.
"""

from __future__ import annotations

import io
import random
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFilter

from app.domain.models import Letter, Sighting, new_id
from app.services.vault_service import VaultService
from app.vault import crypto

SKIN = [(241, 204, 178), (226, 185, 152), (250, 220, 196), (214, 170, 140)]
HAIR = [(30, 24, 22), (58, 40, 30), (92, 60, 40), (20, 20, 28)]
BACKDROPS = [(200, 215, 235), (235, 210, 215), (215, 235, 215), (240, 232, 210), (60, 70, 90)]


def portrait(seed: int, size: tuple[int, int] = (900, 1200)) -> bytes:
    """A stylised head-and-shoulders 'photo' (JPEG bytes), different for every seed."""
    rng = random.Random(seed)  # noqa: S311 - drawing, not secrets
    w, h = size
    top, bottom = rng.choice(BACKDROPS), rng.choice(BACKDROPS)
    image = Image.new("RGB", size)
    draw = ImageDraw.Draw(image)
    for y in range(h):
        t = y / h
        draw.line(
            [(0, y), (w, y)],
            fill=tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)),
        )
    # a backdrop of its own (leaves, lights): real photos differ everywhere, and the matcher
    # must not take every generated portrait for every other (they share one drawn face)
    for _ in range(90):
        x, y, r = rng.randrange(w), rng.randrange(h), rng.randint(6, 40)
        shade = tuple(max(0, min(255, c + rng.randint(-60, 60))) for c in top)
        if rng.random() < 0.5:
            draw.ellipse([x - r, y - r, x + r, y + r], fill=shade)
        else:
            draw.line(
                [x, y, x + rng.randint(-90, 90), y + rng.randint(-90, 90)],
                fill=shade,
                width=r // 4 + 2,
            )
    skin, hair = rng.choice(SKIN), rng.choice(HAIR)
    cx = w // 2 + rng.randint(-80, 80)
    cy = int(h * 0.42) + rng.randint(-40, 40)
    fw, fh = rng.randint(230, 280), rng.randint(300, 350)
    cloth = tuple(rng.randint(40, 220) for _ in range(3))
    draw.ellipse([cx - 330, cy + fh - 40, cx + 330, cy + fh + 600], fill=cloth)
    for _ in range(25):  # a print on the clothes
        x, y = cx + rng.randint(-260, 260), cy + fh + rng.randint(20, 400)
        r = rng.randint(8, 22)
        draw.rectangle([x - r, y - r, x + r, y + r], fill=tuple(255 - c for c in cloth))
    draw.rectangle([cx - 70, cy + fh // 2, cx + 70, cy + fh + 40], fill=skin)
    draw.ellipse(
        [cx - fw // 2 - 40, cy - fh // 2 - 60, cx + fw // 2 + 40, cy + fh // 2 + 120], fill=hair
    )
    draw.ellipse([cx - fw // 2, cy - fh // 2, cx + fw // 2, cy + fh // 2], fill=skin)
    eye_y = cy - rng.randint(10, 40)
    for dx in (-fw // 4, fw // 4):
        draw.ellipse([cx + dx - 22, eye_y - 11, cx + dx + 22, eye_y + 11], fill=(250, 250, 250))
        draw.ellipse([cx + dx - 10, eye_y - 10, cx + dx + 10, eye_y + 10], fill=(40, 30, 25))
        draw.line([cx + dx - 28, eye_y - 30, cx + dx + 28, eye_y - 34], fill=hair, width=8)
    draw.line([cx, eye_y + 20, cx - 8, cy + 50], fill=(190, 140, 120), width=4)
    mouth = (200, 90, 100)
    draw.arc([cx - 50, cy + 60, cx + 50, cy + 110], 10, 170, fill=mouth, width=7)
    image = image.filter(ImageFilter.GaussianBlur(1.2))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


def receipt_png(amount: str, when: str) -> bytes:
    image = Image.new("RGB", (600, 900), (245, 245, 245))
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, 0, 600, 120], fill=(255, 208, 0))
    draw.text((30, 45), "PAYMENT RECEIPT (sample)", fill=(0, 0, 0))
    draw.text((30, 200), f"AMOUNT  {amount}", fill=(0, 0, 0))
    draw.text((30, 260), f"DATE    {when}", fill=(0, 0, 0))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def build_demo_vault(
    path: Path, password: str, argon2: crypto.Argon2Params | None = None, photos: int = 24
) -> tuple[VaultService, str]:
    if photos < 4:
        raise ValueError("the demo vault needs at least 4 photos (one set per sample buyer)")
    service, recovery = VaultService.create(path, password, "林小雨 Lin Xiaoyu", argon2)
    service.update_performer(
        stage_names=["小雨", "Rainy Lin"], legal_name="林雨", email="xiaoyu@example.com"
    )
    sets = ["2024春 校园写真", "2024夏 街拍", "2025 影棚证件照"]
    items = service.import_photo_data(
        (f"IMG_{2400 + i:04d}.jpg", portrait(i)) for i in range(photos)
    )
    for i, item in enumerate(items):
        service.update_media(item.id, set_name=sets[i % len(sets)])
    buyers = [
        service.add_buyer(
            "短剧工作室阿杰",
            platform="xianyu",
            platform_user_id="tb_88213",
            contact="微信 ajie_studio",
            order_numbers=["3321 9988 1023"],
            notes="说是做AI换脸短剧的素材",
        ),
        service.add_buyer(
            "星河传媒",
            platform="wechat",
            contact="xinghe_media",
            company="杭州星河文化传媒有限公司",
        ),
        service.add_buyer("momo素材铺", platform="xianyu", platform_user_id="momo_2019"),
        service.add_buyer(
            "Lumen Data",
            platform="other",
            contact="data@lumen.example",
            country="DE",
            company="Lumen Data GmbH",
        ),
    ]
    share = len(items) // 4
    groups = [items[i * share : (i + 1) * share if i < 3 else len(items)] for i in range(4)]
    today = date.today()
    # each buyer's deal for their group of photos: (how many days ago, the deal's terms)
    terms: list[tuple[int, dict[str, Any]]] = [
        # paid on the day (the receipt below); the third deal leaves payment unstated, as most
        # Xianyu sales do (its contract is refused until the terms are recorded)
        (300, {"price": "30", "uses": ["face_swap_drama"], "term": "unstated", "payment": "paid"}),
        (
            200,
            {
                "price": "200",
                "uses": ["advertising", "face_swap_drama"],
                "term": "until",
                "term_until": (today + timedelta(days=160)).isoformat(),
                "ai_training": "no",
                "exclusive": "no",
                "territory": "抖音、快手",
                "payment": "within_days",
                "payment_days": 7,
            },
        ),
        (120, {"price": "25", "term": "unlimited", "ai_training": "unstated"}),
        (
            60,
            {
                "price": "80",
                "currency": "EUR",
                "uses": ["other"],
                "uses_other": "dataset for face model research",
                "ai_training": "yes",
                "term": "until",
                "term_until": (today - timedelta(days=5)).isoformat(),
                "payment": "before_delivery",
            },
        ),
    ]
    for buyer, photos_, (days_ago, fields) in zip(buyers, groups, terms, strict=True):
        when = today - timedelta(days=days_ago)
        if fields.get("payment") == "paid":
            fields["payment_date"] = when.isoformat()
        service.add_deal(buyer.id, [m.id for m in photos_], when.isoformat(), **fields)
    deal = service.records.deals_for_buyer(buyers[0].id)[0]
    att = service.store_attachment_data(
        "付款截图.png", receipt_png("30.00 CNY", deal.date), "receipt"
    )
    service.update_deal(deal.id, attachment_ids=[att.id])
    with service.transaction() as records:
        sighting = Sighting(
            id=new_id(),
            url="https://www.douyin.com/video/7300000000000000000",
            platform="douyin",
            title="《逆袭千金》第12集",
            seen_on=(today - timedelta(days=10)).isoformat(),
            media_ids=[groups[0][-1].id],
            buyer_ids=[buyers[0].id],
            notes="换脸到女主角身上",
        )
        records.sightings[sighting.id] = sighting
        letter = Letter(
            id=new_id(),
            kind="revocation",
            recipient=buyers[0].id,
            route="1022-1",
            media_ids=[m.id for m in groups[0]],
            created_at=f"{(today - timedelta(days=9)).isoformat()}T09:00:00Z",
            sent_on=(today - timedelta(days=9)).isoformat(),
            channel="闲鱼私信",
            deadline=(today + timedelta(days=6)).isoformat(),
            status="sent",
        )
        records.letters[letter.id] = letter
    return service, recovery
