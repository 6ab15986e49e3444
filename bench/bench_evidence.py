"""Benchmark: the evidence report and bundle for a case of 200 photos.

Goal (docs/quality): report.pdf for 200 photos under 5 s and under 30 MB. Prints the report time
and size, the whole export (read + hash every original twice, report, ZIP, signature) and, as
the floor measured in the same run, one pass that only decrypts and hashes every original.

    .venv/bin/python bench/bench_evidence.py [--photos 200]

``main(argv)`` returns the numbers as a dict (for bench/run_all.py).
"""

from __future__ import annotations

import hashlib
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


from app.services import evidence  # noqa: E402
from app.services.demo import portrait  # noqa: E402
from app.services.vault_service import VaultService  # noqa: E402
from tests.support import FAST_KDF  # noqa: E402


def main(argv: list[str] | None = None) -> dict[str, object]:
    import argparse

    parser = argparse.ArgumentParser(description="evidence report and bundle benchmark")
    parser.add_argument("--photos", type=int, default=200)
    count = parser.parse_args(argv).photos
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        service, _ = VaultService.create(root / "vault", "pw", "林小雨 Lin Xiaoyu", FAST_KDF)
        start = time.perf_counter()
        items = service.import_photo_data(
            (f"IMG_{i:04d}.jpg", portrait(i, (1200, 1600))) for i in range(count)
        )
        print(f"setup: {count} photos imported in {time.perf_counter() - start:.1f} s")
        buyer = service.add_buyer("短剧工作室阿杰", platform="xianyu")
        half = len(items) // 2
        service.add_deal(buyer.id, [m.id for m in items[:half]], "2025-01-10", price="30")
        service.add_deal(buyer.id, [m.id for m in items[half:]], "2025-03-02", price="45")
        originals = sum(m.size for m in items)

        start = time.perf_counter()
        for m in items:
            digest = hashlib.sha256()
            for chunk in service.iter_original(m.id):
                digest.update(chunk)
        floor = time.perf_counter() - start

        from app.documents import pdf

        pdf.register_fonts()  # once per process; not part of the per-report time
        start = time.perf_counter()
        result = evidence.export_evidence(service, root / "bundle.zip", buyer_id=buyer.id)
        export_time = time.perf_counter() - start

        import zipfile

        with zipfile.ZipFile(result.path) as zf:
            report = zf.read(evidence.REPORT)
        # the report on its own, from the inputs export_evidence gives it (thumbnails included)
        from app.documents import evidence_report
        from app.services.evidence import EvidenceOptions, FileEntry, select_case

        case = select_case(service.records, buyer_id=buyer.id)
        start = time.perf_counter()
        thumbs = {m.id: service.thumbnail_bytes(m.id) for m in case.media}
        files = {
            m.id: FileEntry(
                m.id, "media", m.name, f"originals/media/{m.name}", m.sha256, m.size, "included"
            )
            for m in case.media
        }
        from datetime import UTC, datetime

        again = evidence_report.render(
            evidence_report.EvidenceReportInput(
                lang="zh-CN",
                title=case.title,
                performer=service.records.performer,
                buyers=case.buyers,
                deals=case.deals,
                media=case.media,
                attachments=case.attachments,
                attachment_roles=case.attachment_roles,
                sightings=case.sightings,
                letters=case.letters,
                files=files,
                thumbnails=thumbs,
                previews={},
                missing_records=[],
                key_fingerprint=result.key_fingerprint,
                generated_at=datetime.now(UTC),
                options=EvidenceOptions(),
            )
        )
        report_time = time.perf_counter() - start
        service.lock()

    mb = 1024 * 1024
    print(f"originals: {count} photos, {originals / mb:.1f} MB")
    print(f"floor (decrypt + SHA-256 of every original, once): {floor:.2f} s")
    print(
        f"report.pdf: {report_time:.2f} s (goal < 5 s), {len(report) / mb:.2f} MB (goal < 30 MB), "
        f"{len(again) / mb:.2f} MB re-rendered"
    )
    print(
        f"whole bundle: {export_time:.2f} s = {export_time / floor:.1f}x the floor, "
        f"{result.size / mb:.1f} MB"
    )
    ok = report_time < 5 and len(report) < 30 * mb
    print("within the goal" if ok else "OVER THE GOAL")
    return {
        "photos": count,
        "report_seconds": round(report_time, 3),
        "report_mb": round(len(report) / mb, 2),
        "bundle_seconds": round(export_time, 3),
        "bundle_mb": round(result.size / mb, 1),
        "floor_seconds": round(floor, 3),
        "within_goal": ok,
    }


if __name__ == "__main__":
    raise SystemExit(0 if main()["within_goal"] else 1)
