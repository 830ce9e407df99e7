"""`kiosk backup` and `kiosk restore`: a consistent copy while a real hub writes, the last N kept, and every
refusal of a restore (a damaged file, a file that is not Kokoomo's, a running hub's database)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import httpx
import pytest
from conftest import HubProcess, publish_open_all_hours, ticket_count

from kiosk.server import hub_lock, tokens
from kiosk.server.store import open_db


def kiosk(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *args], capture_output=True, text=True, timeout=60, check=False
    )


def ticket_codes(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {row[0] for row in conn.execute("SELECT code FROM tickets")}
    finally:
        conn.close()


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "kiosk.db"
    publish_open_all_hours(path)  # the hub runs on the real clock: no hours, so visits queue
    return path


def kiosk_token(path: Path) -> str:
    db = open_db(path)
    try:
        return tokens.add_token(db, "kiosk")
    finally:
        db.conn.close()


class Writer(threading.Thread):
    """One kiosk posting visits to a real hub until told to stop; `queued` keeps each 201's ticket code."""

    def __init__(self, url: str, token: str):
        super().__init__(daemon=True)
        self.url, self.token = url, token
        self.queued: list[str] = []
        self.failures: list[str] = []
        self.stop = threading.Event()

    def run(self) -> None:
        headers = {"Authorization": f"Bearer {self.token}"}
        with httpx.Client(timeout=10) as client:
            n = 0
            while not self.stop.is_set():
                n += 1
                body = {"lang": "en", "answers": {"need": "talk"}, "key": f"backup-{n}"}
                answer = client.post(f"{self.url}/api/visits", json=body, headers=headers)
                if answer.status_code == 201:
                    self.queued.append(answer.json()["ticket"]["code"])
                else:
                    self.failures.append(f"{answer.status_code} {answer.text}")


def test_a_backup_taken_while_the_hub_writes_has_every_visit_queued_before_it(qtbot, db_path, tmp_path):
    token = kiosk_token(db_path)
    hub = HubProcess(db_path)
    hub.start(qtbot)
    writer = Writer(hub.url, token)
    try:
        writer.start()
        qtbot.waitUntil(lambda: len(writer.queued) >= 40, timeout=30000)
        before = set(writer.queued)  # every one of these got its 201 before the backup began
        done = kiosk("backup", str(tmp_path / "backups"), "--db", str(db_path))
        qtbot.waitUntil(lambda: len(writer.queued) >= len(before) + 20, timeout=30000)
    finally:
        writer.stop.set()
        writer.join(20)
        hub.kill()
    assert done.returncode == 0, done.stderr
    assert not writer.failures
    (copy,) = (tmp_path / "backups").glob("kokoomo-*.db")
    assert str(copy) in done.stdout
    assert integrity(copy) == "ok"
    in_copy = ticket_codes(copy)
    assert before <= in_copy, f"missing from the backup: {sorted(before - in_copy)[:5]}"
    assert len(writer.queued) > len(in_copy), "the hub went on writing after the backup"
    assert not Path(f"{copy}-wal").exists(), "a backup is one self-contained file"
    assert ticket_count(db_path) == len(writer.queued)


def test_keep_leaves_only_the_newest_n_backups(db_path, tmp_path):
    folder = tmp_path / "backups"
    made = []
    for _ in range(4):
        done = kiosk("backup", str(folder), "--db", str(db_path), "--keep", "2")
        assert done.returncode == 0, done.stderr
        made.append(done.stdout.strip().splitlines()[-1].rsplit(" ", 1)[1])
    assert sorted(str(p) for p in folder.glob("kokoomo-*.db")) == made[-2:]
    assert "removed the older backup" in done.stdout


def test_keep_must_be_at_least_one_and_a_missing_database_is_named(db_path, tmp_path):
    done = kiosk("backup", str(tmp_path / "b"), "--db", str(db_path), "--keep", "0")
    assert done.returncode == 2 and "keep at least 1 backup" in done.stderr
    missing = tmp_path / "nowhere.db"
    done = kiosk("backup", str(tmp_path / "b"), "--db", str(missing))
    assert done.returncode == 1 and f"{missing}: no such database" in done.stderr
    assert not missing.exists() and not (tmp_path / "b").exists()


def test_restore_puts_a_backup_back_and_keeps_the_database_it_replaced(db_path, tmp_path):
    assert kiosk("backup", str(tmp_path / "b"), "--db", str(db_path)).returncode == 0
    (backup,) = (tmp_path / "b").glob("kokoomo-*.db")
    kiosk_token(db_path)  # a change made after the backup
    done = kiosk("restore", str(backup), "--db", str(db_path))
    assert done.returncode == 0, done.stderr
    (kept,) = db_path.parent.glob("kiosk.db.before-restore-*")
    assert str(kept) in done.stdout
    count = "SELECT count(*) FROM tokens"
    assert sqlite3.connect(kept).execute(count).fetchone()[0] == 1
    assert sqlite3.connect(db_path).execute(count).fetchone()[0] == 0
    assert integrity(db_path) == "ok"


def unchanged(db_path: Path):
    """The database's bytes, to show a refused restore changed nothing."""
    return db_path.read_bytes()


def test_restore_refuses_a_damaged_file(db_path, tmp_path):
    assert kiosk("backup", str(tmp_path / "b"), "--db", str(db_path)).returncode == 0
    (backup,) = (tmp_path / "b").glob("kokoomo-*.db")
    data = bytearray(backup.read_bytes())
    page = 4096
    assert len(data) > 2 * page, "the backup has tables beyond the schema page to damage"
    for offset in range(page, len(data), page):  # every page after the first: its header garbled
        data[offset : offset + 200] = bytes(range(55, 255))
    backup.write_bytes(bytes(data))
    before = unchanged(db_path)
    done = kiosk("restore", str(backup), "--db", str(db_path))
    assert done.returncode == 1
    assert "is damaged" in done.stderr or "not an SQLite database" in done.stderr, done.stderr
    assert "nothing was changed" in done.stderr
    assert unchanged(db_path) == before
    assert not list(db_path.parent.glob("*.before-restore-*"))


def test_restore_refuses_a_file_that_is_not_a_kokoomo_database(db_path, tmp_path):
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE notes (text TEXT)")
    conn.commit()
    conn.close()
    text = tmp_path / "notes.txt"
    text.write_text("not a database at all\n" * 200)
    before = unchanged(db_path)
    done = kiosk("restore", str(other), "--db", str(db_path))
    assert done.returncode == 1 and "not a Kokoomo one" in done.stderr, done.stderr
    done = kiosk("restore", str(text), "--db", str(db_path))
    assert done.returncode == 1 and "not an SQLite database" in done.stderr, done.stderr
    assert unchanged(db_path) == before


def test_restore_never_replaces_the_database_of_a_running_hub(qtbot, db_path, tmp_path):
    assert kiosk("backup", str(tmp_path / "b"), "--db", str(db_path)).returncode == 0
    (backup,) = (tmp_path / "b").glob("kokoomo-*.db")
    hub = HubProcess(db_path)
    hub.start(qtbot)
    try:
        done = kiosk("restore", str(backup), "--db", str(db_path))
        assert done.returncode == 1
        assert f"a hub is running on {db_path}" in done.stderr and "nothing was changed" in done.stderr
        assert not list(db_path.parent.glob("*.before-restore-*"))
        assert hub.healthy()
    finally:
        hub.kill()
    # Killed (as by a power cut), the hub's lock goes with it: the restore is allowed now.
    done = kiosk("restore", str(backup), "--db", str(db_path))
    assert done.returncode == 0, done.stderr


def test_restore_refuses_a_database_from_a_newer_version(db_path, tmp_path):
    newer = tmp_path / "newer.db"
    assert kiosk("backup", str(tmp_path / "b"), "--db", str(db_path)).returncode == 0
    (backup,) = (tmp_path / "b").glob("kokoomo-*.db")
    backup.rename(newer)
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    before = unchanged(db_path)
    done = kiosk("restore", str(newer), "--db", str(db_path))
    assert done.returncode == 1 and "schema version 999, newer than this program knows" in done.stderr
    assert unchanged(db_path) == before


root_only = pytest.mark.skipif(os.geteuid() != 0, reason="needs root: it changes files' owners and users")
NOBODY = 65534


@root_only
def test_a_restore_run_as_root_gives_its_files_to_the_user_the_hub_runs_as(db_path, tmp_path):
    """`sudo kiosk restore` without `-u kokoomo`: the database, the copy kept and the hub's lock file
    belong to the data folder's owner afterwards, not to root (a root-owned lock let the hub run
    without it, and a later restore then replaced its database under it)."""
    assert kiosk("backup", str(tmp_path / "b"), "--db", str(db_path)).returncode == 0
    (backup,) = (tmp_path / "b").glob("kokoomo-*.db")
    folder = db_path.parent
    for path in [folder, *folder.iterdir()]:
        os.chown(path, NOBODY, NOBODY)
    done = kiosk("restore", str(backup), "--db", str(db_path))
    assert done.returncode == 0, done.stderr
    (kept,) = folder.glob("kiosk.db.before-restore-*")
    for path in (db_path, kept, hub_lock.lock_path(db_path)):
        assert (path.stat().st_uid, path.stat().st_gid) == (NOBODY, NOBODY), path


@root_only
def test_a_hub_that_may_not_open_its_lock_file_refuses_to_run_without_it():
    """Another user's lock file (0600) is not taken as 'no lock to hold': the hub would run unguarded."""
    folder = Path(tempfile.mkdtemp(prefix="kiosk-lock-"))
    try:
        folder.chmod(0o777)
        db = folder / "kiosk.db"
        hub_lock.lock_path(db).touch(mode=0o600)  # root's
        read, write = os.pipe()
        child = os.fork()
        if child == 0:  # as the hub's user, which is not root
            os.close(read)
            try:
                os.setgid(NOBODY)
                os.setuid(NOBODY)
                hub_lock.hold(db)
                os.write(write, b"held")
            except hub_lock.LockNotOurs as error:
                os.write(write, str(error).encode())
            finally:
                os._exit(0)
        os.close(write)
        os.waitpid(child, 0)
        said = os.read(read, 4096).decode()
        os.close(read)
        assert "belongs to another user" in said and f"chown kokoomo:kokoomo {db}*" in said, said
    finally:
        shutil.rmtree(folder)


def test_restore_help_says_to_stop_the_hub_and_that_a_damaged_file_is_refused():
    done = kiosk("restore", "--help")
    assert done.returncode == 0
    text = " ".join(done.stdout.split())  # argparse wraps at the terminal's width
    assert "Stop the hub first" in text and "sudo systemctl stop kokoomo-kiosk kokoomo-hub" in text
    assert "fails SQLite's integrity check" in text and "refused" in text
    assert "a refused restore changes nothing" in text
