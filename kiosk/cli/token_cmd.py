"""`kiosk token add`: make a Bearer token for a kiosk, display, staff screen or admin."""

from __future__ import annotations

import argparse

from kiosk.cli.hub_cmd import add_db_argument, database, db_path
from kiosk.tokens import ROLES, add_token


def register(sub: argparse._SubParsersAction) -> None:
    token = sub.add_parser("token", help="make access tokens for the hub")
    verbs = token.add_subparsers(dest="verb", metavar="VERB", required=True)
    add = verbs.add_parser("add", help="print a new token for a role (shown once; only its hash is kept)")
    add_db_argument(add)
    add.add_argument("--role", required=True, choices=ROLES, help="what the token may do")
    add.set_defaults(func=run_add)


def run_add(args: argparse.Namespace) -> int:
    path = db_path(args)
    with database(path) as db:
        token = add_token(db, args.role)
    # Scripts take the last word of the last line.
    print(f"new {args.role} token for {path}: {token}")
    return 0
