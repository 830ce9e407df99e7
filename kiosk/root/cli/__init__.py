"""The `kiosk` command: one sub-command per job, each registered by its own module.

Only the module of the sub-command that runs is imported (the kiosk's window starts without the
hub's, the database's or the admin's modules); `kiosk --help` imports them all to list them.
"""

from __future__ import annotations

import argparse
import contextlib
import faulthandler
import sys
from importlib import import_module

COMMANDS = {
    "run": "gui",
    "screenshots": "gui",
    "display": "display_cmd",
    "staff": "staff_cmd",
    "admin": "admin_cmd",
    "demo": "demo_cmd",
    "hub": "hub_cmd",
    "routing": "routing_cmd",
    "token": "token_cmd",
    "stats": "stats_cmd",
    "backup": "backup_cmd",
    "restore": "backup_cmd",
    "screen-schedule": "screen_cmd",
    "region": "region_cmd",
    "bench": "bench_cmd",
}
"""Each sub-command and the module in kiosk/root/cli/ that registers it, in the order help lists them."""


def parser(command: str | None = None) -> argparse.ArgumentParser:
    """The command line; with a known `command`, only that sub-command's module is imported."""
    top = argparse.ArgumentParser(
        prog="kiosk",
        description="Kokoomo Kiosk: a walk-in kiosk and live queue for a service centre.",
    )
    sub = top.add_subparsers(dest="command", metavar="COMMAND")
    modules = [COMMANDS[command]] if command in COMMANDS else dict.fromkeys(COMMANDS.values())
    for name in modules:
        import_module(f"kiosk.root.cli.{name}").register(sub)
    return top


def _store_error(error: Exception) -> bool:
    """Whether `error` is the store's own (a database that cannot be opened or used); the store is
    only imported by the commands that use it, so it is looked up, not imported, here."""
    store = sys.modules.get("kiosk.server.store")
    return store is not None and isinstance(error, store.StoreError)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    # A crash in Qt or SQLite (SIGSEGV, SIGABRT, ...) leaves the Python stack of every thread on stderr,
    # in journalctl on an installed kiosk: the one clue to what a month unattended ran into.
    if not faulthandler.is_enabled():
        with contextlib.suppress(AttributeError, OSError, ValueError):  # a stderr that is not a file
            faulthandler.enable()
    top = parser(argv[0] if argv else None)
    args = top.parse_args(argv)
    if not getattr(args, "func", None):
        top.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        sys.stderr.close()
        return 0
    except Exception as error:
        if not _store_error(error):
            raise
        print(error, file=sys.stderr)  # one line, no traceback
        return 1
