"""The CLI contract of issue 3: every command and flag, exit codes 0/1/2, --json shapes,
passwords from standard input. Most tests call ``main()`` in-process on vaults made with the
fast KDF; a few run the installed ``likeness-vault-cli`` as a real subprocess."""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from app.domain.models import Buyer, Deal, MediaItem
from app.services.vault_service import VaultService
from app.vault.vault import HEADER_BACKUP, HEADER_NAME
from tests.support import (
    FAST_KDF,
    NEW_PASSWORD,
    OTHER_PASSWORD,
    PASSWORD,
    Result,
    create_vault,
    flip_bit,
    heic_bytes,
    jpeg_bytes,
    mp4_bytes,
    new_service,
    png_bytes,
    subprocess_env,
    write,
)

CLI = [sys.executable, "-m", "app.cli"]


@pytest.fixture
def vault(vault_dir: Path) -> Path:
    service = new_service(vault_dir, "Lin")
    service.lock()
    return vault_dir


def one_line_error(result: Result) -> str:
    assert result.code == 1, result
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, result.err
    assert lines[0].startswith("error: ")
    assert "Traceback" not in result.err
    return lines[0]


# --- init and passwords ----------------------------------------------------------------------


def test_init_prints_a_recovery_key_that_opens_the_vault(run: Any, vault_dir: Path) -> None:
    result = run("init", vault_dir, "--name", "林小雨", stdin=f"{NEW_PASSWORD}\nignored\n")
    assert result.code == 0, result.err
    recovery = result.out.strip().splitlines()[-1]
    assert len(recovery.split("-")) == 8
    service = VaultService.open(vault_dir, recovery_key=recovery)
    assert service.records.performer.display_name == "林小雨"
    service.lock()
    VaultService.open(vault_dir, password=NEW_PASSWORD).lock()


def test_init_refuses_an_empty_password_and_a_used_folder(run: Any, vault: Path) -> None:
    assert "empty password" in one_line_error(run("init", vault.parent / "new", stdin="\n"))
    assert "already exists" in one_line_error(run("init", vault, stdin="pw\n"))
    assert "ended before" in one_line_error(run("init", vault.parent / "new2", stdin=""))


def test_wrong_password_and_damaged_header_give_different_one_line_errors(
    run: Any, vault: Path
) -> None:
    wrong = one_line_error(run("photos", vault, stdin="not the password\n"))
    assert "password is wrong" in wrong
    flip_bit(vault / HEADER_NAME, 60)
    flip_bit(vault / HEADER_BACKUP, 60)
    damaged = one_line_error(run("photos", vault))
    assert "damaged" in damaged
    assert damaged != wrong
    assert one_line_error(run("photos", vault, stdin="not the password\n")) == damaged


def test_passwd_old_on_line_one_new_on_line_two(run: Any, vault: Path) -> None:
    result = run("passwd", vault, stdin=f"{PASSWORD}\n{NEW_PASSWORD}\n")
    assert result.code == 0, result.err
    assert "password is wrong" in one_line_error(run("photos", vault))
    assert run("photos", vault, stdin=f"{NEW_PASSWORD}\n").code == 0
    assert "password is wrong" in one_line_error(run("passwd", vault, stdin="bad\nx\n"))
    assert "ended before" in one_line_error(run("passwd", vault, stdin=f"{NEW_PASSWORD}\n"))


def test_passwd_with_the_recovery_key_on_line_one(run: Any, vault_dir: Path) -> None:
    service, recovery = create_vault(vault_dir)
    service.lock()
    result = run("passwd", vault_dir, "--recovery-key", stdin=f"{recovery}\n{OTHER_PASSWORD}\n")
    assert result.code == 0, result.err
    assert run("photos", vault_dir, stdin=f"{OTHER_PASSWORD}\n").code == 0
    wrong = one_line_error(run("passwd", vault_dir, "--recovery-key", stdin=f"{PASSWORD}\nx\n"))
    assert "recovery key is wrong" in wrong


# --- import / photos / export ----------------------------------------------------------------


def test_import_json_lists_every_item_and_photos_json_agrees(
    run: Any, vault: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    files = {
        "a.jpg": jpeg_bytes(1),
        "sub/b.png": png_bytes(2),
        "sub/c.heic": heic_bytes(3),
        "d.mp4": mp4_bytes(4),
    }
    for name, data in files.items():
        write(folder / name, data)
    result = run("import", vault, folder, "--json")
    assert result.code == 0, result.err
    imported = result.json()
    assert isinstance(imported, list) and len(imported) == 4
    by_name = {i["name"]: i for i in imported}
    for name, data in files.items():
        entry = by_name[Path(name).name]
        assert entry["sha256"] == hashlib.sha256(data).hexdigest()
        assert len(entry["id"]) == 32 and entry["duplicate"] is False
        assert "object_id" not in entry
    again = run("import", vault, folder / "a.jpg", "--json").json()
    assert [(i["id"], i["duplicate"]) for i in again] == [(by_name["a.jpg"]["id"], True)]

    listed = run("photos", vault, "--json")
    assert listed.code == 0
    photos = listed.json()
    assert isinstance(photos, list)
    assert {p["id"]: p["sha256"] for p in photos} == {i["id"]: i["sha256"] for i in imported}
    media_fields = {f.name for f in dataclasses.fields(MediaItem)} - {
        "object_id",
        "thumb_object_id",
    }
    assert all(set(p) == media_fields for p in photos)


def test_import_plain_output_and_a_bad_file_exit_1(run: Any, vault: Path, tmp_path: Path) -> None:
    good = write(tmp_path / "ok.jpg", jpeg_bytes(5))
    bad = write(tmp_path / "bad.jpg", b"")
    result = run("import", vault, good, bad)
    assert result.code == 1
    [line] = result.out.strip().splitlines()
    item_id, sha, name = line.split("  ")
    assert sha == hashlib.sha256(jpeg_bytes(5)).hexdigest() and name == "ok.jpg"
    assert "error: bad.jpg: the file is empty (0 bytes)." in result.err
    assert "1 imported, 1 not imported." in result.err
    plain = run("photos", vault)
    assert plain.code == 0 and item_id in plain.out and "ok.jpg" in plain.out


def test_export_photo_gives_identical_bytes(run: Any, vault: Path, tmp_path: Path) -> None:
    data = jpeg_bytes(6, size=(800, 600))
    [item] = run("import", vault, write(tmp_path / "p.jpg", data), "--json").json()
    out = tmp_path / "exported.jpg"
    result = run("export-photo", vault, item["id"][:8], "-o", out)
    assert result.code == 0, result.err
    assert hashlib.sha256(out.read_bytes()).hexdigest() == item["sha256"]
    assert result.out.split()[0] == item["sha256"]
    outdir = tmp_path / "dir"
    outdir.mkdir()
    assert run("export-photo", vault, item["id"], "--output", outdir).code == 0
    assert (outdir / "p.jpg").read_bytes() == data
    assert "no photo or clip" in one_line_error(run("export-photo", vault, "ffffff", "-o", out))


# --- buyers and deals ------------------------------------------------------------------------


def add_buyer(run: Any, vault: Path, *extra: str) -> dict[str, Any]:
    result = run("add-buyer", vault, "--name", "阿杰", *extra, "--json")
    assert result.code == 0, result.err
    doc: dict[str, Any] = result.json()
    return doc


def test_add_buyer_and_buyers_json(run: Any, vault: Path) -> None:
    buyer = add_buyer(
        run,
        vault,
        "--platform",
        "xianyu",
        "--platform-id",
        "tb_1",
        "--contact",
        "微信 ajie",
        "--note",
        "做换脸短剧",
    )
    assert isinstance(buyer, dict) and len(buyer["id"]) == 32
    assert (buyer["platform"], buyer["platform_user_id"], buyer["contact"], buyer["notes"]) == (
        "xianyu",
        "tb_1",
        "微信 ajie",
        "做换脸短剧",
    )
    plain = run("add-buyer", vault, "--name", "星河")
    assert plain.code == 0 and len(plain.out.strip()) == 32
    listed = run("buyers", vault, "--json").json()
    assert isinstance(listed, list) and len(listed) == 2
    every_field = {f.name for f in dataclasses.fields(Buyer)}
    assert all(every_field <= set(b) for b in listed)
    assert listed[0] == {**buyer, "deal_ids": [], "media_ids": []}
    assert "阿杰" in run("buyers", vault).out


def test_add_buyer_usage_errors_exit_2(run: Any, vault: Path) -> None:
    assert run("add-buyer", vault).code == 2  # --name is required
    result = run("add-buyer", vault, "--name", "x", "--platform", "taobao")
    assert result.code == 2 and "invalid choice" in result.err
    assert run("add-buyer", vault, "--name", "  ").code == 1


def test_add_deal_with_every_flag_and_deals_json(run: Any, vault: Path, tmp_path: Path) -> None:
    items = run(
        "import",
        vault,
        write(tmp_path / "1.jpg", jpeg_bytes(1)),
        write(tmp_path / "2.jpg", jpeg_bytes(2)),
        "--json",
    ).json()
    buyer = add_buyer(run, vault)
    receipt = write(tmp_path / "receipt.png", png_bytes(3))
    chat = write(tmp_path / "chat.txt", "聊天记录".encode())
    result = run(
        "add-deal",
        vault,
        "--buyer",
        buyer["id"],
        "--photo",
        items[0]["id"],
        "--photo",
        items[1]["id"][:10],
        "--date",
        "2026-03-01",
        "--price",
        "30",
        "--currency",
        "CNY",
        "--uses",
        "face_swap_drama,other",
        "--uses-other",
        "AI换脸短剧",
        "--ai-training",
        "no",
        "--term-until",
        "2027-03-01",
        "--order-no",
        "3321 9988",
        "--attach",
        receipt,
        "--attach",
        chat,
        "--json",
    )
    assert result.code == 0, result.err
    deal = result.json()
    assert isinstance(deal, dict) and len(deal["id"]) == 32
    assert deal["media_ids"] == [items[0]["id"], items[1]["id"]]
    assert (deal["term"], deal["term_until"], deal["ai_training"]) == ("until", "2027-03-01", "no")
    assert (deal["price"], deal["currency"], deal["order_no"]) == ("30", "CNY", "3321 9988")
    assert len(deal["attachment_ids"]) == 2
    assert (deal["uses"], deal["uses_other"]) == (["face_swap_drama", "other"], "AI换脸短剧")

    for term in ("unlimited", "unstated"):
        other = run(
            "add-deal",
            vault,
            "--buyer",
            buyer["id"],
            "--photo",
            items[0]["id"],
            "--date",
            "2026-04-01",
            "--term",
            term,
            "--ai-training",
            "unstated",
            "--json",
        )
        assert other.code == 0, other.err
        assert other.json()["term"] == term

    listed = run("deals", vault, "--json").json()
    assert isinstance(listed, list) and len(listed) == 3
    every_field = {f.name for f in dataclasses.fields(Deal)}
    assert all(every_field <= set(d) for d in listed)
    assert listed[0] == deal
    assert "阿杰" in run("deals", vault).out
    buyers = run("buyers", vault, "--json").json()
    assert buyers[0]["media_ids"] == [items[0]["id"], items[1]["id"]]


def test_add_deal_errors(run: Any, vault: Path, tmp_path: Path) -> None:
    [item] = run("import", vault, write(tmp_path / "1.jpg", jpeg_bytes(1)), "--json").json()
    buyer = add_buyer(run, vault)
    base = ["add-deal", vault, "--buyer", buyer["id"], "--photo", item["id"]]
    assert run(*base).code == 2  # --date missing
    both = run(*base, "--date", "2026-01-01", "--term", "unlimited", "--term-until", "2027-01-01")
    assert both.code == 2 and "not allowed with" in both.err
    assert run(*base, "--date", "2026-01-01", "--ai-training", "maybe").code == 2
    assert "YYYY-MM-DD" in one_line_error(run(*base, "--date", "1 March"))
    assert "no buyer" in one_line_error(
        run("add-deal", vault, "--buyer", "0" * 32, "--photo", item["id"], "--date", "2026-01-01")
    )
    missing = one_line_error(run(*base, "--date", "2026-01-01", "--attach", tmp_path / "nope"))
    assert "nope: cannot be read" in missing
    assert run("deals", vault, "--json").json() == []


# --- check, demo, usage ----------------------------------------------------------------------


def test_check_ok_then_names_a_damaged_item(run: Any, vault: Path, tmp_path: Path) -> None:
    items = run(
        "import",
        vault,
        write(tmp_path / "keep.jpg", jpeg_bytes(1)),
        write(tmp_path / "broken.jpg", jpeg_bytes(2)),
        "--json",
    ).json()
    ok = run("check", vault)
    assert ok.code == 0 and ok.out.startswith("OK:") and "4 stored object(s)" in ok.out
    service = VaultService.open(vault, PASSWORD)
    broken = next(service.media_item(i["id"]) for i in items if i["name"] == "broken.jpg")
    path = service.vault.object_path(broken.object_id)
    service.lock()
    flip_bit(path, -5)
    bad = run("check", vault)
    assert bad.code == 1
    assert "damaged: photo broken.jpg" in bad.err
    assert "keep.jpg" not in bad.err
    assert "1 problem(s) found" in bad.err


def test_demo_makes_a_lived_in_vault(
    run: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.services import demo

    real = demo.build_demo_vault
    monkeypatch.setattr(
        demo,
        "build_demo_vault",
        lambda path, password: real(path, password, argon2=FAST_KDF, photos=24),
    )
    result = run("demo", tmp_path / "demo", stdin=f"{NEW_PASSWORD}\n")
    assert result.code == 0, result.err
    assert "24 photos, 4 buyers, 4 deals" in result.out
    assert len(run("photos", tmp_path / "demo", "--json", stdin=f"{NEW_PASSWORD}\n").json()) == 24
    assert run("check", tmp_path / "demo", stdin=f"{NEW_PASSWORD}\n").code == 0


def test_usage_errors_exit_2(run: Any, vault: Path) -> None:
    assert run().code == 2
    assert run("frobnicate", vault).code == 2
    assert run("photos").code == 2
    assert run("photos", vault, "--bogus").code == 2
    assert run("import", vault).code == 2  # PATH... is required
    assert run("export-photo", vault, "abc").code == 2  # -o is required
    assert run("--help").code == 0


def test_not_a_vault_is_one_line(run: Any, tmp_path: Path) -> None:
    assert "not a folder" in one_line_error(run("photos", tmp_path / "nowhere"))


def test_every_documented_command_has_help(run: Any) -> None:
    for command in (
        "init",
        "import",
        "photos",
        "export-photo",
        "add-buyer",
        "buyers",
        "add-deal",
        "deals",
        "check",
        "passwd",
        "demo",
    ):
        result = run(command, "--help")
        assert result.code == 0 and "VAULT" in result.out, command


# --- the installed command, as scripts use it ------------------------------------------------


def test_real_process_end_to_end(tmp_path: Path) -> None:
    env = subprocess_env()

    def sh(*argv: str | Path, stdin: str = f"{NEW_PASSWORD}\n") -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*CLI, *map(str, argv)], input=stdin, capture_output=True, text=True, env=env
        )

    vault = tmp_path / "v"
    init = sh("init", vault, "--name", "Lin")
    assert init.returncode == 0, init.stderr
    photo = write(tmp_path / "p.jpg", jpeg_bytes(1))
    imported = sh("import", vault, photo, "--json")
    assert imported.returncode == 0, imported.stderr
    [item] = json.loads(imported.stdout)
    assert item["sha256"] == hashlib.sha256(photo.read_bytes()).hexdigest()
    wrong = sh("photos", vault, stdin="nope\n")
    assert wrong.returncode == 1
    assert wrong.stderr == "error: The password is wrong; the vault was not opened.\n"
    usage = sh("photos")
    assert usage.returncode == 2 and "usage:" in usage.stderr
    recovery = init.stdout.strip().splitlines()[-1]
    reset = sh("passwd", vault, "--recovery-key", stdin=f"{recovery}\n{OTHER_PASSWORD}\n")
    assert reset.returncode == 0, reset.stderr
    assert sh("check", vault, stdin=f"{OTHER_PASSWORD}\n").returncode == 0


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_on_a_terminal_init_prompts_twice_without_echo(tmp_path: Path) -> None:
    import pty
    import select

    vault = tmp_path / "v"
    env = subprocess_env()
    pid, fd = pty.fork()
    if pid == 0:  # the child: the pty is its controlling terminal
        os.execve(sys.executable, [*CLI, "init", str(vault)], env)
    seen = b""

    def read_until(marker: bytes, timeout: float = 30) -> None:
        nonlocal seen
        deadline = time.monotonic() + timeout
        while marker not in seen and time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.2)
            if ready:
                try:
                    seen += os.read(fd, 4096)
                except OSError:
                    return
        assert marker in seen, seen

    read_until(b"New password: ")
    os.write(fd, OTHER_PASSWORD.encode() + b"\n")
    read_until(b"Repeat the new password: ")
    os.write(fd, OTHER_PASSWORD.encode() + b"\n")
    read_until(b"Recovery key")
    read_until(b"\n", 5)
    _, status = os.waitpid(pid, 0)
    with contextlib.suppress(OSError):
        seen += os.read(fd, 4096)
    os.close(fd)
    assert os.waitstatus_to_exitcode(status) == 0, seen
    assert OTHER_PASSWORD.encode() not in seen  # not echoed
    VaultService.open(vault, password=OTHER_PASSWORD).lock()


def test_a_vault_open_elsewhere_is_busy(run: Any, vault: Path) -> None:
    holder = VaultService.open(vault, PASSWORD)
    try:
        assert "open in another" in one_line_error(run("add-buyer", vault, "--name", "x"))
    finally:
        holder.lock()
    assert run("add-buyer", vault, "--name", "x").code == 0


def test_check_after_a_damaged_newest_index_warns_and_names_it(run: Any, vault: Path) -> None:
    assert run("add-buyer", vault, "--name", "first").code == 0
    assert run("add-buyer", vault, "--name", "second").code == 0
    newest = max((vault / "index").iterdir())
    flip_bit(newest, newest.stat().st_size // 2)
    listed = run("buyers", vault, "--json")
    assert listed.code == 0
    assert [b["name"] for b in listed.json()] == ["first"]
    assert "warning: " in listed.err and "previous saved state" in listed.err
    checked = run("check", vault)
    assert checked.code == 1
    assert f"damaged: The vault index {newest.name}" in checked.err
