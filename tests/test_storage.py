"""kiosk/server/storage.py and the hub's start: a full disk, or a read-only database, -wal, -shm or folder, is
named in plain words with the path to fix, on real files and a real (tiny, loop-mounted) disk."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time

import httpx
import pytest
from conftest import free_port

from kiosk.root.embedded import EmbeddedHubError, start_hub
from kiosk.server import store
from kiosk.server.storage import explain, is_storage_error

IO_ERROR = "disk I/O error"


def sqlite_error(sql: str, db: sqlite3.Connection) -> sqlite3.Error:
    with pytest.raises(sqlite3.Error) as caught:
        db.execute(sql)
    return caught.value


def test_storage_errors_are_told_from_a_refused_request(tmp_path):
    db = sqlite3.connect(tmp_path / "a.db")
    db.execute("CREATE TABLE t (x UNIQUE)")
    db.execute("INSERT INTO t VALUES (1)")
    assert not is_storage_error(sqlite_error("INSERT INTO t VALUES (1)", db))  # a constraint
    db.commit()
    db.close()
    read_only = sqlite3.connect(f"file:{tmp_path / 'a.db'}?mode=ro", uri=True)
    assert is_storage_error(sqlite_error("INSERT INTO t VALUES (2)", read_only))


@pytest.mark.parametrize(
    ("suffix", "advice"),
    [
        ("", "(chmod u+w it)"),
        ("-wal", "(chmod u+w it; do not remove it, it may hold the last changes)"),
        ("-shm", "(chmod u+w it, or remove it while no hub runs)"),
    ],
)
def test_a_read_only_file_is_named_with_what_to_do(tmp_path, immutable, suffix, advice):
    db = tmp_path / "kiosk.db"
    for name in ("kiosk.db", "kiosk.db-wal", "kiosk.db-shm"):
        (tmp_path / name).write_bytes(b"")
    immutable.lock(tmp_path / f"kiosk.db{suffix}")
    assert explain(db, IO_ERROR) == (
        f"the hub cannot write its database: {tmp_path}/kiosk.db{suffix} is read-only {advice}"
    )


def test_a_file_whose_mode_allows_writing_but_is_immutable_says_so(tmp_path, immutable):
    db = tmp_path / "kiosk.db"
    db.write_bytes(b"")
    immutable.lock(db, chmod=False)
    assert "is it immutable? lsattr it; chattr -i it" in explain(db, IO_ERROR)


def test_a_read_only_folder_is_named(tmp_path, immutable):
    folder = tmp_path / "data"
    folder.mkdir()
    immutable.lock(folder)
    assert explain(folder / "kiosk.db", IO_ERROR) == (
        f"the hub cannot write its database: the folder {folder} is read-only (chmod u+w it)"
    )


def test_a_full_disk_is_named_and_only_while_it_is_full(disk):
    db = disk.folder / "kiosk.db"
    disk.fill()
    assert explain(db, IO_ERROR) == f"the disk holding {disk.folder} is full: free some space"
    disk.free()
    assert explain(db, IO_ERROR) == f"{db}: cannot use the database: disk I/O error"


def test_a_file_system_mounted_read_only_is_named(disk):
    subprocess.run(["mount", "-o", "remount,ro", str(disk.folder)], check=True)
    assert "is on a file system mounted read-only (mount it read-write)" in explain(
        disk.folder / "kiosk.db", IO_ERROR
    )


def test_the_hub_does_not_start_on_a_full_disk_and_says_so(disk):
    disk.fill()
    result = kiosk_hub(disk.folder / "kiosk.db")
    assert result.returncode == 1
    assert result.stderr == f"the disk holding {disk.folder} is full: free some space\n"


def kiosk_hub(db, timeout=20):
    command = [sys.executable, "-m", "kiosk", "hub", "--db", str(db), "--port", str(free_port())]
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout)


def answers(url):
    try:
        return httpx.get(f"{url}/api/health", timeout=1).status_code == 200
    except httpx.TransportError:
        return False


def left_by_a_killed_hub(db):
    """A database with its -wal and -shm, as a hub killed with SIGKILL leaves them."""
    command = [sys.executable, "-m", "kiosk", "hub", "--db", str(db), "--port", str(port := free_port())]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 20
        while not answers(f"http://127.0.0.1:{port}"):
            assert process.poll() is None and time.monotonic() < deadline, "the hub did not start"
            time.sleep(0.1)
    finally:
        process.kill()
        process.wait(10)
    for suffix in ("-wal", "-shm"):
        assert db.with_name(db.name + suffix).exists()


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm"])
def test_the_hub_does_not_start_on_a_read_only_file_and_names_it(tmp_path, immutable, suffix):
    db = tmp_path / "kiosk.db"
    left_by_a_killed_hub(db)
    immutable.lock(db.with_name(db.name + suffix))
    result = kiosk_hub(db)
    assert result.returncode == 1
    assert result.stderr.startswith(f"the hub cannot write its database: {db}{suffix} is read-only (")
    assert len(result.stderr.splitlines()) == 1 and "Traceback" not in result.stderr


def test_kiosk_run_names_a_read_only_shm_left_behind(tmp_path, immutable):
    db = tmp_path / "kiosk.db"
    left_by_a_killed_hub(db)
    immutable.lock(db.with_name("kiosk.db-shm"))
    with pytest.raises(EmbeddedHubError, match=rf"{db}-shm is read-only \(chmod u\+w it, or remove it"):
        start_hub(db, watch=False)


def test_open_db_on_a_read_only_folder_names_the_folder(tmp_path, immutable):
    folder = tmp_path / "data"
    folder.mkdir()
    immutable.lock(folder)
    with pytest.raises(store.StoreError, match=f"the folder {folder} is read-only"):
        store.open_db(folder / "kiosk.db")
