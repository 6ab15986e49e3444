"""Issue 10 part 1 and 6a: opening never deletes anything, rollback is noticed, ``clean`` is the
only way leftovers go, links inside the vault folder are refused, and a change that changes
nothing saves nothing."""

from __future__ import annotations

import errno
import io
import json
import os
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

from app import cli
from app.domain.models import Records
from app.errors import BadMedia, LinkInVault, VaultDamaged, WriteFailed
from app.services.vault_service import VaultService
from app.vault import seen, store
from app.vault.vault import INDEX_DIR, OBJECTS_DIR, Vault, index_name
from tests.support import PASSWORD, jpeg_bytes, new_service, write


@pytest.fixture
def state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This test's own memory of seen generations (the session's is shared by all tests)."""
    folder = tmp_path / "state"
    monkeypatch.setenv(seen.STATE_DIR_ENV, str(folder))
    return folder


def make(path: Path) -> VaultService:
    return new_service(path, "Lin")


def object_files(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in (root / OBJECTS_DIR).rglob("*.lvo")}


def index_files(root: Path) -> list[str]:
    return sorted(p.name for p in (root / INDEX_DIR).iterdir())


def newest_index(root: Path) -> Path:
    return max((root / INDEX_DIR).glob("index-*.lvi"))


def leftover_warning(warnings: list[str]) -> str:
    hits = [w for w in warnings if "not in the newest saved state" in w]
    assert len(hits) == 1, warnings
    return hits[0]


# --- part 1: opening never deletes ---------------------------------------------------------


def test_a_missing_newest_index_loses_nothing_and_restoring_it_brings_the_photo_back(
    vault_dir: Path, tmp_path: Path, run: Any
) -> None:
    """The issue's reproduction: import, delete the newest index file, open (service and CLI
    ``photos``); the photo's objects used to be deleted by the orphan sweep."""
    service = make(vault_dir)
    service.add_buyer("first")
    (item,) = service.import_photo_data([("face.jpg", jpeg_bytes(1))])
    service.lock()
    files = object_files(vault_dir)
    assert len(files) == 2  # original and thumbnail
    newest = newest_index(vault_dir)
    kept = tmp_path / newest.name
    shutil.move(newest, kept)

    opened = VaultService.open(vault_dir, PASSWORD)
    try:
        assert item.id not in opened.records.media  # the older state: the photo is not in it
        assert leftover_warning(opened.warnings).startswith(
            "2 encrypted items are not in the newest saved state: a newer save may be "
            "missing; nothing was deleted."
        )
        report = opened.check()
        assert report.ok and any("not in the newest saved state" in w for w in report.warnings)
    finally:
        opened.lock()
    assert object_files(vault_dir) == files  # nothing deleted by the open

    listed = run("photos", vault_dir)
    assert listed.code == 0 and item.id not in listed.out
    assert "2 encrypted items are not in the newest saved state" in listed.err
    checked = run("check", vault_dir)
    assert checked.code == 0, checked  # a warning, not damage
    assert "warning: 2 encrypted items are not in the newest saved state" in checked.err
    assert object_files(vault_dir) == files

    shutil.move(kept, newest)  # the missing file comes back (from a backup, a late sync)
    back = VaultService.open(vault_dir, PASSWORD)
    try:
        assert item.id in back.records.media
        assert back.original_bytes(item.id) == jpeg_bytes(1)
        assert not [w for w in back.warnings if "newest saved state" in w], back.warnings
        assert back.check().ok and not back.check().warnings
    finally:
        back.lock()


def test_an_old_index_restored_alone_deletes_none_of_the_newer_objects(
    vault_dir: Path, tmp_path: Path
) -> None:
    service = make(vault_dir)
    service.import_photo_data([("one.jpg", jpeg_bytes(1))])
    backup = tmp_path / "backup-index"
    shutil.copytree(vault_dir / INDEX_DIR, backup)
    service.import_photo_data([("two.jpg", jpeg_bytes(2)), ("three.jpg", jpeg_bytes(3))])
    service.lock()
    files = object_files(vault_dir)
    shutil.rmtree(vault_dir / INDEX_DIR)
    shutil.copytree(backup, vault_dir / INDEX_DIR)

    opened = VaultService.open(vault_dir, PASSWORD)
    try:
        assert [m.name for m in opened.records.media.values()] == ["one.jpg"]
        assert leftover_warning(opened.warnings).startswith("4 encrypted items")
        assert opened.leftovers().count == 4
    finally:
        opened.lock()
    assert object_files(vault_dir) == files


def test_objects_referenced_only_by_an_older_kept_generation_are_not_leftovers(
    vault_dir: Path,
) -> None:
    """Referenced means by any kept generation that decrypts, not only the one opened: the
    newest index may lack a photo an older one has (deleted photos wait in the trash, but a
    foreign or older index need not list them there)."""
    service = make(vault_dir)
    (item,) = service.import_photo_data([("face.jpg", jpeg_bytes(4))])
    service.lock()
    vault = Vault.open(vault_dir, PASSWORD, records_type=Records)
    # a newer generation without the photo and without a trash entry for it
    del vault.records.media[item.id]
    vault.save()
    vault.close()
    opened = VaultService.open(vault_dir, PASSWORD)
    try:
        assert item.id not in opened.records.media
        assert not [w for w in opened.warnings if "newest saved state" in w], opened.warnings
        assert opened.leftovers().count == 0
        assert opened.remove_leftovers([item.object_id]).count == 0
    finally:
        opened.lock()
    assert (vault_dir / OBJECTS_DIR / item.object_id[:2] / f"{item.object_id}.lvo").exists()


# --- failed changes delete only what they wrote --------------------------------------------


def _fail_index_saves(monkeypatch: pytest.MonkeyPatch) -> None:
    real_replace = os.replace

    def replace(src: Any, dst: Any, *a: Any, **k: Any) -> None:
        if Path(dst).parent.name == INDEX_DIR:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real_replace(src, dst, *a, **k)

    monkeypatch.setattr(os, "replace", replace)


@pytest.mark.parametrize("how", ["import_photo_data", "import_paths", "add_deal_attachment"])
def test_a_failed_change_deletes_only_the_objects_it_wrote(
    vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    service = make(vault_dir)
    try:
        buyer = service.add_buyer("b")
        (photo,) = service.import_photo_data([("kept.jpg", jpeg_bytes(5))])
        # an object no index in this folder refers to: e.g. written by a newer save whose
        # index is missing here; the failed change below must not take it along
        foreign, _ = service.vault.put_object(b"from a newer save")
        before = object_files(vault_dir)
        indexes = index_files(vault_dir)
        _fail_index_saves(monkeypatch)
        with pytest.raises(WriteFailed):
            if how == "import_photo_data":
                service.import_photo_data([("new.jpg", jpeg_bytes(6))])
            elif how == "import_paths":
                write(tmp_path / "in" / "a.jpg", jpeg_bytes(7))
                write(tmp_path / "in" / "b.jpg", jpeg_bytes(8))
                service.import_paths([tmp_path / "in"])
            else:
                contract = tmp_path / "contract.pdf"
                contract.write_bytes(b"%PDF-1.4 contract")
                service.add_deal(
                    buyer.id, [photo.id], "2025-01-02", attach=[(contract, "contract")]
                )
        monkeypatch.undo()
        assert object_files(vault_dir) == before  # its own objects gone, the foreign one kept
        assert index_files(vault_dir) == indexes
        assert service.vault.object_path(foreign).exists()
    finally:
        service.lock()


def test_a_change_refused_half_way_deletes_its_own_objects_only(vault_dir: Path) -> None:
    service = make(vault_dir)
    try:
        foreign, _ = service.vault.put_object(b"someone else's")
        before, indexes = object_files(vault_dir), index_files(vault_dir)
        with pytest.raises(BadMedia):
            service.import_photo_data([("ok.jpg", jpeg_bytes(9)), ("bad.jpg", b"not a photo")])
        assert object_files(vault_dir) == before
        assert index_files(vault_dir) == indexes
        assert service.vault.object_path(foreign).exists()
    finally:
        service.lock()


# --- part 6a: a change that changes nothing saves nothing ----------------------------------


def test_an_import_that_imports_nothing_writes_no_generation(
    vault_dir: Path, tmp_path: Path, run: Any
) -> None:
    service = make(vault_dir)
    (photo,) = service.import_photo_data([("dup.jpg", jpeg_bytes(10))])
    service.add_buyer("a")
    service.add_buyer("b")  # three generations kept now: any save would push one out
    indexes = index_files(vault_dir)
    objects = object_files(vault_dir)
    assert len(indexes) == 3
    write(tmp_path / "corrupt" / "x.jpg", b"\xff\xd8 not really")
    write(tmp_path / "corrupt" / "empty.jpg", b"")
    write(tmp_path / "dups" / "again.jpg", jpeg_bytes(10))
    try:
        for paths in (
            [tmp_path / "missing.jpg"],
            [tmp_path / "corrupt"],
            [tmp_path / "dups"],
            [tmp_path / "missing.jpg", tmp_path / "corrupt", tmp_path / "dups"],
        ):
            report = service.import_paths(paths)
            assert not report.new_items
            assert index_files(vault_dir) == indexes, paths
        assert service.import_photo_data([("again.jpg", jpeg_bytes(10))])[0].id == photo.id
        service.update_buyer(next(iter(service.records.buyers)), notes="")  # same as before
        service.update_performer(display_name="Lin")
        assert index_files(vault_dir) == indexes
        assert object_files(vault_dir) == objects  # the duplicates' objects went again
    finally:
        service.lock()
    result = run("import", vault_dir, tmp_path / "missing.jpg", tmp_path / "corrupt")
    assert result.code == 1 and "0 imported" in result.err
    assert index_files(vault_dir) == indexes
    # and a real change still saves
    service = VaultService.open(vault_dir, PASSWORD)
    try:
        service.add_buyer("c")
        assert index_files(vault_dir) != indexes
    finally:
        service.lock()


def test_a_no_op_right_after_open_saves_nothing_but_a_change_does(vault_dir: Path) -> None:
    service = make(vault_dir)
    buyer = service.add_buyer("a", notes="x")
    service.lock()
    service = VaultService.open(vault_dir, PASSWORD)
    try:
        gens = index_files(vault_dir)
        service.update_buyer(buyer.id, notes="x")
        assert index_files(vault_dir) == gens
        service.update_buyer(buyer.id, notes="y")
        assert index_files(vault_dir) != gens
    finally:
        service.lock()


# --- rollback detection --------------------------------------------------------------------


def test_an_older_state_in_the_same_folder_warns_until_the_next_save(
    vault_dir: Path, tmp_path: Path, state: Path, run: Any
) -> None:
    service = make(vault_dir)
    backup = tmp_path / "backup"
    shutil.copytree(vault_dir, backup)  # a backup of generation 1
    service.add_buyer("a")
    service.add_buyer("b")
    newest = service.vault.generation
    service.lock()
    copy_elsewhere = tmp_path / "copy"
    shutil.copytree(backup, copy_elsewhere)
    shutil.rmtree(vault_dir)
    shutil.copytree(backup, vault_dir)  # the backup restored into the vault's own folder

    result = run("buyers", vault_dir)
    assert result.code == 0
    assert (
        "warning: This vault's saved state (generation 1) is older than the last state "
        "opened here on " in result.err
    )
    assert (
        f"(generation {newest}); if you restored a backup into this folder, that is expected."
        in result.err
    )
    again = run("buyers", vault_dir)  # a listing changes nothing: still said
    assert "older than the last state" in again.err, again.err
    assert run("add-buyer", vault_dir, "--name", "c").code == 0  # a save moves past it
    after = run("buyers", vault_dir)
    assert "older than the last state" not in after.err, after.err
    elsewhere = VaultService.open(copy_elsewhere, PASSWORD)  # a copy in its own folder
    try:
        assert not elsewhere.warnings, elsewhere.warnings
    finally:
        elsewhere.lock()
    doc = json.loads((state / seen.FILE_NAME).read_text())
    assert len(doc["vaults"]) == 2
    text = json.dumps(doc)
    assert "Lin" not in text and "buyer" not in text  # ids, folders, numbers, times only
    assert not [p for p in state.iterdir() if p.name.startswith(store.TEMP_PREFIX)]
    if os.name == "posix":
        assert (state / seen.FILE_NAME).stat().st_mode & 0o777 == 0o600


def test_a_save_after_a_rollback_never_reuses_the_number_of_a_missing_index(
    vault_dir: Path, tmp_path: Path, state: Path
) -> None:
    service = make(vault_dir)
    service.add_buyer("a")
    service.add_buyer("b")
    service.lock()
    newest = newest_index(vault_dir)
    kept = tmp_path / newest.name
    shutil.move(newest, kept)  # a sync tool has not delivered the newest index yet
    opened = VaultService.open(vault_dir, PASSWORD)
    try:
        assert len(opened.records.buyers) == 1
        opened.add_buyer("c")  # saved meanwhile
        assert newest_index(vault_dir).name != newest.name
    finally:
        opened.lock()
    shutil.move(kept, newest)  # the missing file arrives: nothing is overwritten by it
    assert len(index_files(vault_dir)) >= 2
    back = VaultService.open(vault_dir, PASSWORD)
    try:  # the newest file is the save made meanwhile, which the user saw last
        assert sorted(b.name for b in back.records.buyers.values()) == ["a", "c"]
    finally:
        back.lock()


def test_an_old_header_copy_put_back_is_said(vault_dir: Path, tmp_path: Path, state: Path) -> None:
    """Both header copies replaced by an old one (the old password opens it, as with any
    backup): the app cannot refuse it, but it does not trust it silently."""
    service = make(vault_dir)
    old_header = (vault_dir / "vault.json").read_bytes()
    service.change_password(PASSWORD + " changed")
    service.lock()
    for name in ("vault.json", "vault.json.bak"):
        (vault_dir / name).write_bytes(old_header)
    opened = VaultService.open(vault_dir, PASSWORD)
    try:
        assert any(
            "header (generation 2) is older than the one opened here" in w
            and "an old password may have opened it" in w
            for w in opened.warnings
        ), opened.warnings
    finally:
        opened.lock()
    copy = tmp_path / "copy"  # the same old files in a folder of their own: a backup, quiet
    shutil.copytree(vault_dir, copy)
    elsewhere = VaultService.open(copy, PASSWORD)
    try:
        assert not [w for w in elsewhere.warnings if "header" in w], elsewhere.warnings
    finally:
        elsewhere.lock()


def test_the_memory_is_updated_by_saves_not_only_opens(vault_dir: Path, state: Path) -> None:
    service = make(vault_dir)
    try:
        service.add_buyer("a")
        remembered = seen.recall(service.vault.vault_id, vault_dir)
        assert remembered is not None and remembered.generation == service.vault.generation
    finally:
        service.lock()


@pytest.mark.parametrize("damage", ["garbage", "not-a-dict", "a-folder", "state-dir-is-a-file"])
def test_a_damaged_memory_never_stops_an_open_or_a_save(
    vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: str
) -> None:
    state = tmp_path / "state"
    monkeypatch.setenv(seen.STATE_DIR_ENV, str(state))
    service = make(vault_dir)
    service.add_buyer("a")
    service.lock()
    if damage == "state-dir-is-a-file":
        shutil.rmtree(state)
        state.write_bytes(b"x")
    elif damage == "a-folder":
        (state / seen.FILE_NAME).unlink()
        (state / seen.FILE_NAME).mkdir()
    else:
        (state / seen.FILE_NAME).write_bytes(
            b"\x00\xffnot json{" if damage == "garbage" else b'{"vaults": [1, 2]}'
        )
    opened = VaultService.open(vault_dir, PASSWORD)
    try:
        assert opened.warnings == []
        opened.add_buyer("b")
    finally:
        opened.lock()
    VaultService.open(vault_dir, PASSWORD).lock()


def test_the_state_folder_follows_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(seen.STATE_DIR_ENV, str(tmp_path / "here"))
    assert seen.state_dir() == tmp_path / "here"
    monkeypatch.delenv(seen.STATE_DIR_ENV)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg-state"))
    if sys.platform.startswith("linux"):
        assert seen.state_dir() == tmp_path / "xdg-state" / "likeness-vault"


# --- the index names the generation it replaced ----------------------------------------------


def test_each_index_names_the_generation_it_replaced_and_a_gap_is_said(vault_dir: Path) -> None:
    service = make(vault_dir)
    service.add_buyer("a")
    service.add_buyer("b")
    gen = service.vault.generation
    service.lock()
    vault = Vault.open(vault_dir, PASSWORD, records_type=Records)
    # internals: a format test reads the decrypted index document and what was kept of it
    doc = vault._read_index(gen)
    assert doc["previous_generation"] == gen - 1
    assert "previous_generation" not in vault._extra
    vault.close()
    (vault_dir / INDEX_DIR / index_name(gen - 1)).unlink()  # a middle file goes missing
    opened = VaultService.open(vault_dir, PASSWORD)
    try:
        assert any(
            f"The saved state that {index_name(gen)} replaced ({index_name(gen - 1)}) is "
            "missing" in w
            for w in opened.warnings
        ), opened.warnings
        assert len(opened.records.buyers) == 2
    finally:
        opened.lock()


# --- clean -----------------------------------------------------------------------------------


def _with_leftovers(vault_dir: Path, tmp_path: Path) -> tuple[str, ...]:
    service = make(vault_dir)
    (photo,) = service.import_photo_data([("face.jpg", jpeg_bytes(11))])
    service.lock()
    newest = newest_index(vault_dir)
    newest.unlink()  # the photo's objects are now in no kept state
    return photo.object_id, photo.thumb_object_id


def test_clean_lists_then_needs_a_confirmation(vault_dir: Path, tmp_path: Path, run: Any) -> None:
    ids = _with_leftovers(vault_dir, tmp_path)
    files = object_files(vault_dir)

    refused = run("clean", vault_dir)  # no terminal, no --yes
    assert refused.code == 1
    assert refused.err.strip().splitlines()[-1] == (
        "error: Nothing was removed: standard input is not a terminal, so the removal must "
        "be confirmed with --yes."
    )
    assert "2 encrypted file(s)" in refused.out and all(i in refused.out for i in ids)
    assert object_files(vault_dir) == files

    listed = run("clean", vault_dir, "--json")
    assert listed.code == 1
    doc = json.loads(listed.out)
    assert doc["count"] == 2 and doc["removed"] is False
    assert sorted(o["id"] for o in doc["objects"]) == sorted(ids)
    assert doc["bytes"] == sum(o["bytes"] for o in doc["objects"]) > 0
    assert object_files(vault_dir) == files

    done = run("clean", vault_dir, "--yes", "--json")
    assert done.code == 0, done
    assert json.loads(done.out)["removed"] is True and json.loads(done.out)["removed_count"] == 2
    assert object_files(vault_dir) == set()
    again = run("clean", vault_dir)
    assert again.code == 0 and again.out.startswith("Nothing to remove")
    assert run("check", vault_dir).code == 0


def test_clean_asks_on_a_terminal(
    vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    _with_leftovers(vault_dir, tmp_path)
    files = object_files(vault_dir)

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr("getpass.getpass", lambda prompt="": PASSWORD)
    for answer, code, left in (("n\n", 1, files), ("", 1, files), ("y\n", 0, set())):
        monkeypatch.setattr(sys, "stdin", Tty(answer))
        assert cli.main(["clean", str(vault_dir)]) == code
        err = capsys.readouterr().err
        assert "Remove these 2 file(s)" in err
        assert object_files(vault_dir) == left


def test_clean_is_refused_while_a_kept_generation_cannot_be_read(
    vault_dir: Path, tmp_path: Path, run: Any
) -> None:
    service = make(vault_dir)
    service.add_buyer("a")
    service.vault.put_object(b"a leftover")
    service.add_buyer("b")
    service.lock()
    oldest = min((vault_dir / INDEX_DIR).glob("index-*.lvi"))
    oldest.write_bytes(oldest.read_bytes()[:-5])  # damaged: what it refers to is unknown
    files = object_files(vault_dir)
    result = run("clean", vault_dir, "--yes")
    assert result.code == 1
    assert "cannot be read" in result.err and "nothing was removed" in result.err
    assert object_files(vault_dir) == files
    opened = VaultService.open(vault_dir, PASSWORD)
    try:
        with pytest.raises(VaultDamaged):
            opened.remove_leftovers(opened.leftovers().object_ids)
    finally:
        opened.lock()


def test_clean_keeps_an_object_a_save_referred_to_since_it_was_listed(vault_dir: Path) -> None:
    service = make(vault_dir)
    try:
        (photo,) = service.import_photo_data([("face.jpg", jpeg_bytes(12))])
        oid, _ = service.vault.put_object(b"leftover")
        listed = service.leftovers().object_ids
        assert listed == [oid]
        assert service.remove_leftovers([*listed, photo.object_id]).object_ids == [oid]
        assert service.original_bytes(photo.id) == jpeg_bytes(12)
    finally:
        service.lock()


# --- links inside the vault folder ---------------------------------------------------------


def _outside(tmp_path: Path) -> Path:
    outside = tmp_path / "outside"
    outside.mkdir(exist_ok=True)
    return outside


@pytest.mark.skipif(os.name != "posix", reason="symbolic links as an ordinary user")
@pytest.mark.parametrize(
    "what",
    [
        "objects/ab",
        "objects",
        "index",
        "index/index-file",
        "objects/ab/object-file",
        "vault.json",
        "vault.json.bak",
        ".lock",
    ],
)
def test_a_link_inside_the_vault_folder_is_refused_before_use(
    vault_dir: Path, tmp_path: Path, what: str, run: Any
) -> None:
    service = make(vault_dir)
    (photo,) = service.import_photo_data([("face.jpg", jpeg_bytes(13))])
    service.lock()
    outside = _outside(tmp_path)
    if what == "objects/ab":
        # the case: the old sweep deleted this "orphan" outside the vault
        sub = photo.object_id[:2]
        bait_name = sub + "0" * 30 + ".lvo"
        (outside / bait_name).write_bytes(b"a file that is not the vault's")
        for f in (vault_dir / OBJECTS_DIR / sub).iterdir():
            shutil.copy(f, outside / f.name)
        shutil.rmtree(vault_dir / OBJECTS_DIR / sub)
        (vault_dir / OBJECTS_DIR / sub).symlink_to(outside, target_is_directory=True)
    elif what in ("objects", "index"):
        shutil.copytree(vault_dir / what, outside / what)
        shutil.rmtree(vault_dir / what)
        (vault_dir / what).symlink_to(outside / what, target_is_directory=True)
    elif what == "index/index-file":
        index = newest_index(vault_dir)
        shutil.move(index, outside / index.name)
        index.symlink_to(outside / index.name)
    elif what == "objects/ab/object-file":
        path = vault_dir / OBJECTS_DIR / photo.object_id[:2] / f"{photo.object_id}.lvo"
        shutil.move(path, outside / path.name)
        path.symlink_to(outside / path.name)
    else:
        shutil.move(vault_dir / what, outside / what)
        (vault_dir / what).symlink_to(outside / what)
    write(outside / ".tmp-unfinished", b"not the vault's temp file")
    before = {p.name: p.read_bytes() for p in outside.rglob("*") if p.is_file()}

    with pytest.raises(LinkInVault) as caught:
        VaultService.open(vault_dir, PASSWORD)
    message = str(caught.value)
    assert "is a link to another place; nothing was read, written or deleted" in message
    assert message.endswith(".")
    result = run("photos", vault_dir)
    assert result.code == 1 and "is a link to another place" in result.err
    after = {p.name: p.read_bytes() for p in outside.rglob("*") if p.is_file()}
    assert after == before  # nothing outside the vault deleted or changed


@pytest.mark.skipif(os.name != "posix", reason="symbolic links as an ordinary user")
def test_the_lock_file_is_opened_without_following_a_link(tmp_path: Path) -> None:
    root = tmp_path / "v"
    root.mkdir()
    target = tmp_path / "elsewhere.lock"
    (root / ".lock").symlink_to(target)  # dangling: O_CREAT would create it elsewhere
    with pytest.raises(LinkInVault):
        store.VaultLock(root).acquire()
    assert not target.exists()


@pytest.mark.skipif(os.name != "posix", reason="symbolic links as an ordinary user")
def test_the_temp_sweep_never_follows_a_link_nor_leaves_the_vault_folders(
    tmp_path: Path,
) -> None:
    root = tmp_path / "v"
    outside = _outside(tmp_path)
    write(root / "index" / ".tmp-a", b"1")
    write(root / "objects" / "ab" / ".tmp-b", b"2")
    write(root / ".tmp-c", b"3")
    write(root / "notes" / ".tmp-mine", b"a user's file in a folder of their own")
    write(outside / ".tmp-outside", b"4")
    write(outside / "sub" / ".tmp-deeper", b"5")
    (root / "objects" / "cd").symlink_to(outside, target_is_directory=True)
    (root / "index" / ".tmp-link").symlink_to(outside / ".tmp-outside")
    removed = store.sweep_temp_files(root)
    assert sorted(p.relative_to(root).as_posix() for p in removed) == [
        ".tmp-c",
        "index/.tmp-a",
        "objects/ab/.tmp-b",
    ]
    assert (outside / ".tmp-outside").read_bytes() == b"4"
    assert (outside / "sub" / ".tmp-deeper").read_bytes() == b"5"
    assert (root / "index" / ".tmp-link").is_symlink()
    assert (root / "notes" / ".tmp-mine").exists()


def test_opening_sweeps_unfinished_temp_files_and_keeps_objects(vault_dir: Path) -> None:
    service = make(vault_dir)
    service.import_photo_data([("face.jpg", jpeg_bytes(14))])
    oid, _ = service.vault.put_object(b"left by a kill before the save")
    service.lock()
    write(vault_dir / INDEX_DIR / ".tmp-0123", b"half an index")
    files = object_files(vault_dir)
    opened = VaultService.open(vault_dir, PASSWORD)
    try:
        assert not (vault_dir / INDEX_DIR / ".tmp-0123").exists()
        assert object_files(vault_dir) == files
        assert leftover_warning(opened.warnings).startswith("1 encrypted item is not")
        assert opened.leftovers().object_ids == [oid]
    finally:
        opened.lock()


def test_a_change_made_in_place_right_after_open_is_saved(vault_dir: Path) -> None:
    """Nothing changed is judged against what was loaded, not against objects the records
    share with it: a list changed in place (a tag appended) is a change and is saved."""
    service = make(vault_dir)
    (photo,) = service.import_photo_data([("face.jpg", jpeg_bytes(15))])
    service.update_media(photo.id, tags=["one"])
    service.lock()
    service = VaultService.open(vault_dir, PASSWORD)
    try:
        with service.transaction() as records:
            records.media[photo.id].tags.append("two")
    finally:
        service.lock()
    again = VaultService.open(vault_dir, PASSWORD)
    try:
        assert again.records.media[photo.id].tags == ["one", "two"]
    finally:
        again.lock()


def test_clean_has_help(run: Any) -> None:
    result = run("clean", "--help")
    assert result.code == 0
    assert "--yes" in result.out and "--json" in result.out and "VAULT" in result.out
    assert "likeness-vault-cli clean" in result.out or "clean" in run("--help").out
