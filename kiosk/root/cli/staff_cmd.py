"""`kiosk staff`: a specialist's console, following a hub's queue."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    staff = sub.add_parser("staff", help="open the staff console for a hub")
    staff.add_argument("--hub", metavar="URL", required=True, help="the hub, e.g. http://192.168.1.10:8765")
    staff.add_argument("--token", help="a staff-role token (kiosk token add --role staff)")
    staff.set_defaults(func=run_staff)


def run_staff(args: argparse.Namespace) -> int:
    from screens.staff.app import main

    return main(args.hub, args.token)
