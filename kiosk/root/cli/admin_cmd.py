"""`kiosk admin`: the admin window for a hub, or (`--set-pin`, on the hub machine) set the admin PIN."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from kiosk.core import clock
from kiosk.root.cli.hub_cmd import add_db_argument, database, db_path
from kiosk.server.admin import PinError, pin_problem, set_pin

DEFAULT_HUB = "http://127.0.0.1:8765"


def register(sub: argparse._SubParsersAction) -> None:
    admin = sub.add_parser(
        "admin",
        help="open the admin window (routing, versions, statistics), or set the admin PIN",
        description="Without --set-pin: open the admin window for a hub; it asks for the admin PIN. "
        "With --set-pin: set or reset the PIN in the hub's database (on the hub machine); this also "
        "clears a lock-out after wrong tries and ends open admin sessions.",
    )
    admin.add_argument(
        "--hub",
        metavar="URL",
        default=DEFAULT_HUB,
        help="the hub to administer (default: %(default)s, where 'kiosk run' and 'kiosk hub' listen "
        "unless told otherwise)",
    )
    admin.add_argument(
        "--token",
        default="",
        help="this PC's hub token (any role: kiosk token add) to try the PIN from a PC that is not the "
        "hub machine; default: the staff console's saved token for that hub, if any",
    )
    admin.add_argument("--set-pin", action="store_true", help="set or reset the admin PIN (4 to 12 digits)")
    admin.add_argument(
        "--pin-stdin",
        action="store_true",
        help="with --set-pin: read the PIN from stdin (one line), where there is no terminal to ask on",
    )
    add_db_argument(admin)
    admin.set_defaults(func=run_admin)


NO_TERMINAL = (
    "kiosk admin --set-pin asks for the PIN twice on a terminal, and this has none (run over ssh without "
    "-t, from a script or a service?): run it in a terminal, or give the PIN on stdin with --pin-stdin, "
    "e.g. echo 1234 | kiosk admin --set-pin --pin-stdin --db DB; nothing was changed"
)


def _has_terminal() -> bool:
    """Whether getpass can ask without echo: a controlling terminal (/dev/tty), else a terminal on stdin."""
    try:
        fd = os.open("/dev/tty", os.O_RDWR | os.O_NOCTTY)
    except OSError:
        return sys.stdin is not None and sys.stdin.isatty()
    os.close(fd)
    return True


def _ask_pin() -> str | None:
    """The new PIN, typed twice without echo; None (and a line why) when it cannot be used."""
    if not _has_terminal():
        print(NO_TERMINAL, file=sys.stderr)
        return None
    try:
        first = getpass.getpass("New admin PIN (4 to 12 digits): ")
        problem = pin_problem(first)
        if problem:
            print(f"{problem}; nothing was changed", file=sys.stderr)
            return None
        again = getpass.getpass("The same PIN again: ")
    except EOFError:  # the terminal closed (Ctrl-D) before a PIN came
        print("\nno PIN given; nothing was changed", file=sys.stderr)
        return None
    if again != first:
        print("the two PINs differ; nothing was changed", file=sys.stderr)
        return None
    return first


def run_set_pin(args: argparse.Namespace) -> int:
    pin = sys.stdin.readline().strip() if args.pin_stdin else _ask_pin()
    if pin is None:
        return 1
    problem = pin_problem(pin)
    if problem:  # before the database is opened (or made): a refused PIN changes nothing
        print(f"{problem}; nothing was changed", file=sys.stderr)
        return 1
    path = db_path(args)
    with database(path) as db:
        try:
            ended = set_pin(db, pin, clock.now())
        except PinError as error:
            print(f"{error}; nothing was changed", file=sys.stderr)
            return 1
    print(f"admin PIN set for {path}" + (f"; {ended} open admin session(s) ended" if ended else ""))
    return 0


def run_admin(args: argparse.Namespace) -> int:
    if args.set_pin:
        return run_set_pin(args)
    if args.pin_stdin or args.db is not None:
        print("--pin-stdin and --db go with --set-pin", file=sys.stderr)
        return 2
    from screens.admin import app  # the admin helper's window: screens/admin/app.py main(hub_url)

    return app.main(args.hub, args.token)
