"""`kiosk backup DEST [--keep N]` and `kiosk restore FILE`: the hub's database copied out and put back."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk.core import clock
from kiosk.root.cli.hub_cmd import add_db_argument, db_path
from kiosk.root.cli.numbers import bounded

_keep = bounded(int, "backups", lambda n: n >= 1, "keep at least 1 backup")


def register(sub: argparse._SubParsersAction) -> None:
    backup = sub.add_parser(
        "backup", help="copy the hub's database into a folder (safe while the hub runs), keeping the last N"
    )
    backup.add_argument("dest", type=Path, metavar="DEST", help="the folder the backups go in")
    add_db_argument(backup)
    backup.add_argument("--keep", type=_keep, metavar="N", help="keep only the newest N backups")
    backup.set_defaults(func=run_backup)

    restore = sub.add_parser(
        "restore",
        help="put a backup back as the hub's database (stop the hub first; the replaced one is kept)",
        description="Put a backup back as the hub's database. Stop the hub first "
        "(sudo systemctl stop kokoomo-kiosk kokoomo-hub): while a hub runs on the database the restore is "
        "refused. A file that fails SQLite's integrity check (PRAGMA integrity_check), that is not a "
        "Kokoomo database or that a newer version wrote is refused too; a refused restore changes "
        "nothing. The database it replaces is kept beside it as <db>.before-restore-<time>. "
        "Then start the hub again.",
    )
    restore.add_argument(
        "file", type=Path, metavar="FILE", help="a backup written by kiosk backup (kokoomo-<time>.db)"
    )
    add_db_argument(restore)
    restore.set_defaults(func=run_restore)


def run_backup(args: argparse.Namespace) -> int:
    from kiosk.server.backup import BackupError, backup

    try:
        written, removed = backup(db_path(args), args.dest, clock.now(), keep=args.keep)
    except BackupError as error:
        print(f"kiosk backup: {error}", file=sys.stderr)
        return 1
    for old in removed:
        print(f"removed the older backup {old}")
    print(f"backed up {db_path(args)} to {written}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from kiosk.server.backup import BackupError, restore

    target = db_path(args)
    try:
        kept = restore(args.file, target, clock.now())
    except BackupError as error:
        print(f"kiosk restore: {error}", file=sys.stderr)
        return 1
    if kept is not None:
        print(f"the database it replaced is kept as {kept}")
    print(f"restored {args.file} to {target}; start the hub again")
    return 0
