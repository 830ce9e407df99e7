"""`kiosk display`: the waiting-room display, following a hub's queue."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    display = sub.add_parser("display", help="open the waiting-room display for a hub")
    display.add_argument("--hub", metavar="URL", required=True, help="the hub, e.g. http://192.168.1.10:8765")
    display.add_argument("--windowed", action="store_true", help="a 1280x720 window instead of full screen")
    display.set_defaults(func=run_display)


def run_display(args: argparse.Namespace) -> int:
    from screens.display.app import main

    return main(args.hub, windowed=args.windowed)
