"""A throwaway PostgreSQL cluster for the region's tests: initdb in a temporary folder, listening only on a
unix socket in that folder (no port to clash with), stopped and deleted at the end of the session.

PostgreSQL refuses to run as root, so as root the cluster belongs to the unprivileged `nobody`, its
folder handed to that user. Its binaries are Debian's (`postgresql`, installed by scripts/setup).
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

import psycopg

from kiosk.root.embedded import process_alive

RUN_AS = "nobody"
"""The user the cluster runs as when the tests run as root."""
PREFIX = "kiosk-region-pg-"
OWNER = "owner.pid"
"""In a cluster's folder: the test process it belongs to (a killed run's cluster is swept by the next)."""


def bindir() -> Path | None:
    """The folder with initdb and pg_ctl: Debian's newest, else the ones on PATH; None if none."""
    for found in sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True):
        return Path(found).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _command(bin_path: Path, program: str, *args: str) -> list[str]:
    """A PostgreSQL program's command line, run as `RUN_AS` when the tests run as root."""
    command = [str(bin_path / program), *args]
    return ["runuser", "-u", RUN_AS, "--", *command] if os.geteuid() == 0 else command


def sweep(bin_path: Path, root: Path | None = None) -> list[Path]:
    """Stop and delete the clusters of test runs that ended without doing it (killed: SIGKILL, a CI
    timeout), whose PostgreSQL would otherwise run on, holding its folder and memory; the folders swept."""
    swept = []
    for folder in Path(root or tempfile.gettempdir()).glob(PREFIX + "*"):
        try:
            owner = int((folder / OWNER).read_text())
        except (OSError, ValueError):
            continue  # not (yet) marked by its run: never guess
        if process_alive(owner):
            continue
        if (folder / "data" / "postmaster.pid").exists():
            stop = _command(bin_path, "pg_ctl", "-D", str(folder / "data"), "-m", "immediate", "-w", "stop")
            subprocess.run(stop, capture_output=True, timeout=60)
        shutil.rmtree(folder, ignore_errors=True)
        swept.append(folder)
    return swept


class Cluster:
    """One cluster: `.dsn(dbname)` to connect, `.new_database()` for a fresh, empty database; a context
    manager (started on entering, stopped and deleted on leaving)."""

    def __init__(self, bin_path: Path):
        self.bin = bin_path
        sweep(bin_path)
        self.folder = Path(tempfile.mkdtemp(prefix=PREFIX))
        (self.folder / OWNER).write_text(str(os.getpid()))
        self.data = self.folder / "data"
        self.log = self.folder / "postgres.log"
        self.as_root = os.geteuid() == 0
        if self.as_root:
            user = pwd.getpwnam(RUN_AS)
            os.chown(self.folder, user.pw_uid, user.pw_gid)
            self.folder.chmod(0o755)

    def _run(self, *args: str) -> None:
        command = _command(self.bin, *args)
        done = subprocess.run(command, capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            log = self.log.read_text(errors="replace") if self.log.exists() else ""
            raise RuntimeError(f"{' '.join(command)} failed:\n{done.stdout}{done.stderr}{log}")

    def start(self) -> None:
        self._run("initdb", "-D", str(self.data), "-U", "kiosk", "--auth=trust", "-E", "UTF8", "--no-sync")
        self.resume()

    def halt(self) -> None:
        """Stop the server and keep its data (PostgreSQL down, as before it comes up at boot)."""
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def resume(self) -> None:
        """Start the server on its data (again)."""
        options = f"-c listen_addresses='' -k {self.folder} -c fsync=off -c full_page_writes=off"
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", options, "-w", "start")

    def stop(self) -> None:
        try:
            if (self.data / "postmaster.pid").exists():  # not if `halt` stopped it already
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> Cluster:
        """`with Cluster(bindir()) as cluster:` starts it, and stops and deletes it at the block's end."""
        self.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self.stop()

    def dsn(self, dbname: str = "postgres") -> str:
        return f"host={self.folder} user=kiosk dbname={dbname}"

    def new_database(self) -> str:
        """A fresh empty database; its DSN."""
        name = f"region_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.dsn(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.dsn(name)
