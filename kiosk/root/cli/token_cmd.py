"""`kiosk token add | list | revoke`: Bearer tokens for a kiosk, display, staff screen or admin."""

from __future__ import annotations

import argparse
import sys

from kiosk.root.cli.hub_cmd import add_db_argument, database, db_path
from kiosk.server.tokens import ROLES, RevokeError, add_token, list_tokens, revoke


def register(sub: argparse._SubParsersAction) -> None:
    token = sub.add_parser("token", help="make, list and revoke access tokens for the hub")
    verbs = token.add_subparsers(dest="verb", metavar="VERB", required=True)
    add = verbs.add_parser("add", help="print a new token for a role (shown once; only its hash is kept)")
    add_db_argument(add)
    add.add_argument("--role", required=True, choices=ROLES, help="what the token may do")
    add.add_argument(
        "--name",
        help="what staff call the device, e.g. 'Door' (a kiosk out of touch is named so on their consoles;"
        " by its id otherwise)",
    )
    add.set_defaults(func=run_add)
    listing = verbs.add_parser(
        "list", help="every token the hub knows: its id (as the hub's log names it), role and date"
    )
    add_db_argument(listing)
    listing.set_defaults(func=run_list)
    remove = verbs.add_parser(
        "revoke", help="forget a token by its id (kiosk token list): its device is refused from then on"
    )
    add_db_argument(remove)
    remove.add_argument("id", help="the token's id, as kiosk token list and the hub's log show it")
    remove.set_defaults(func=run_revoke)


def run_add(args: argparse.Namespace) -> int:
    path = db_path(args)
    with database(path) as db:
        token = add_token(db, args.role, args.name)
    # Scripts take the last word of the last line.
    print(f"new {args.role} token for {path}: {token}")
    return 0


def _line(entry: dict) -> str:
    if entry["expires_at"]:
        ends = f"  admin session of {entry['name']!r} until {entry['expires_at']}"
    else:
        ends = f"  {entry['name']!r}" if entry["name"] else ""
    return f"{entry['id']}  {entry['role']:<7}  made {entry['created_at']}{ends}"


def run_list(args: argparse.Namespace) -> int:
    with database(db_path(args), must_exist=True) as db:
        for entry in list_tokens(db):
            print(_line(entry))
    return 0


def run_revoke(args: argparse.Namespace) -> int:
    with database(db_path(args), must_exist=True) as db:
        try:
            entry = revoke(db, args.id)
        except RevokeError as error:
            print(error, file=sys.stderr)
            return 1
    print(f"revoked: {_line(entry)}")
    return 0
