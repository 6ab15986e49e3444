"""Everything the tests share but fixtures: ``from tests.support import FAST_KDF, jpeg_bytes``.

- constants: PASSWORD, NEW_PASSWORD, OTHER_PASSWORD, FAST_KDF, REPO, TESTS
- factories: vaults made with the fast KDF, photos, a buyer with a deal
- media: generated JPEG/PNG/WebP/HEIC/MP4 bytes and small file helpers
- runners: the CLI in-process (``cli_runner``, behind the ``run`` fixture) and as a subprocess
- reliability: run seed, summary lines and digests of the reliability suite
- gui (not imported here: it needs Qt): helpers of the desktop-app tests

Fixtures live in the conftest.py files (tests/, tests/gui/, tests/reliability/).
"""

from tests.support.constants import FAST_KDF, NEW_PASSWORD, OTHER_PASSWORD, PASSWORD, REPO, TESTS
from tests.support.factories import (
    BUYER,
    DEAL_DATE,
    PERFORMER,
    add_photos,
    buyer_with_deal,
    create_vault,
    new_service,
    performer_vault,
)
from tests.support.media import (
    big_photo_jpeg,
    bomb_png,
    encodings_of,
    files_containing,
    flip_bit,
    heic_bytes,
    jpeg_bytes,
    mov_bytes,
    mp4_bytes,
    png_bytes,
    truncated_jpeg,
    webp_bytes,
    write,
)
from tests.support.reliability import (
    RUN_SEED,
    SUMMARY,
    derive_seed,
    record,
    records_digest,
    temp_leftovers,
    tree_snapshot,
)
from tests.support.runners import (
    CLI,
    Result,
    Runner,
    cli_runner,
    start_with_password,
    subprocess_env,
)

__all__ = [
    "BUYER",
    "CLI",
    "DEAL_DATE",
    "FAST_KDF",
    "NEW_PASSWORD",
    "OTHER_PASSWORD",
    "PASSWORD",
    "PERFORMER",
    "REPO",
    "RUN_SEED",
    "SUMMARY",
    "TESTS",
    "Result",
    "Runner",
    "add_photos",
    "big_photo_jpeg",
    "bomb_png",
    "buyer_with_deal",
    "cli_runner",
    "create_vault",
    "derive_seed",
    "encodings_of",
    "files_containing",
    "flip_bit",
    "heic_bytes",
    "jpeg_bytes",
    "mov_bytes",
    "mp4_bytes",
    "new_service",
    "performer_vault",
    "png_bytes",
    "record",
    "records_digest",
    "start_with_password",
    "subprocess_env",
    "temp_leftovers",
    "tree_snapshot",
    "truncated_jpeg",
    "webp_bytes",
    "write",
]
