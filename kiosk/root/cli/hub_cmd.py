"""`kiosk hub`: run the hub (the HTTP API and event feed) over one database."""

from __future__ import annotations

import argparse
import socket
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from kiosk.core.paths import default_db
from kiosk.root import systemd
from kiosk.server import hub_lock
from kiosk.server.store import StoreError, open_db


def add_db_argument(parser: argparse.ArgumentParser) -> None:
    """The `--db` option every database command shares."""
    parser.add_argument(
        "--db",
        type=Path,
        default=None,
        metavar="DB",
        help="the hub's SQLite file (default: in the user data folder)",
    )


def db_path(args: argparse.Namespace) -> Path:
    return args.db if args.db is not None else default_db()


@contextmanager
def database(path: Path, must_exist: bool = False) -> Iterator[sqlite_utils.Database]:
    """The database at `path` for one command, closed after. `StoreError` (one line, from `main`) if it
    cannot be opened, or if SQLite refuses a read or write (a full disk, a read-only file): the
    command's transaction is rolled back, so nothing changed. `must_exist`: a command that only reads
    or removes (a list, statistics) refuses a path with no database instead of making a new one there."""
    if must_exist and not path.is_file():
        raise StoreError(f"{path}: no hub database there (check --db); nothing was made")
    db = open_db(path)
    try:
        yield db
    except sqlite3.Error as error:
        raise StoreError(f"{path}: {error}; nothing was changed") from None
    finally:
        db.conn.close()


def pace_setting(text: str) -> tuple[float, int]:
    """`--pace 20` or `--pace 20/100` as (per second, burst); the burst is at least one second's worth."""
    per_second, _, burst = text.partition("/")
    try:
        rate = float(per_second)
        size = int(burst) if burst else max(1, round(rate * 5))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not PER_SECOND or PER_SECOND/BURST (e.g. 20/100)"
        ) from None
    if not (rate > 0 and size >= max(1, rate)):
        raise argparse.ArgumentTypeError(
            f"{text!r}: the pace must be above 0, the burst at least one second's"
        )
    return rate, size


def register(sub: argparse._SubParsersAction) -> None:
    hub = sub.add_parser("hub", help="run the hub: the queue's HTTP API and live event feed")
    add_db_argument(hub)
    hub.add_argument("--host", default="127.0.0.1", help="address to listen on (default: %(default)s)")
    hub.add_argument("--port", type=int, default=8765, help="port to listen on (default: %(default)s)")
    hub.add_argument(
        "--pace",
        type=pace_setting,
        default=None,
        metavar="PER_SECOND[/BURST]",
        help="requests one LAN address may send: per second, after a burst (default: 20/100; raise it"
        " when phones reach the hub through NAT, all from one address)",
    )
    # The embedded hub's launcher binds the address itself and hands the socket down (kiosk/root/embedded.py).
    hub.add_argument("--listen-fd", type=int, default=None, help=argparse.SUPPRESS)
    hub.set_defaults(func=run_hub)


def run_hub(args: argparse.Namespace) -> int:
    from kiosk.server.hub import serve

    if not 0 <= args.port <= 65535:
        print(f"port {args.port} is not a port number (0 to 65535)", file=sys.stderr)
        return 2
    sock = None
    if args.listen_fd is not None:
        try:
            sock = socket.socket(fileno=args.listen_fd)
        except OSError as error:
            print(f"--listen-fd {args.listen_fd}: {error.strerror}", file=sys.stderr)
            return 2
    try:
        hub_lock.hold(db_path(args))  # kiosk restore refuses this database while the hub runs
    except hub_lock.LockNotOurs as error:
        print(f"kiosk hub: {error}", file=sys.stderr)
        return 1
    # Under systemd (deploy/systemd/kokoomo-hub.service): READY=1 once it answers, then WATCHDOG=1.
    notify = systemd.notify if systemd.notified() else None
    ping = systemd.interval_ms() / 1000 if systemd.watched() else None
    serve(
        db_path(args),
        host=args.host,
        port=args.port,
        sock=sock,
        notify=notify,
        ping_seconds=ping,
        pace=args.pace,
    )
    return 0
