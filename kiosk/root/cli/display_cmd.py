"""`kiosk display`: the waiting-room display, following a hub's queue with a display token."""

from __future__ import annotations

import argparse
import sys


def register(sub: argparse._SubParsersAction) -> None:
    display = sub.add_parser("display", help="open the waiting-room display for a hub")
    display.add_argument("--hub", metavar="URL", required=True, help="the hub, e.g. http://192.168.1.10:8765")
    display.add_argument(
        "--token",
        help="a display-role token (printed by kiosk run --host, or kiosk token add --role display);"
        " remembered for this hub after the first start",
    )
    display.add_argument("--windowed", action="store_true", help="a 1280x720 window instead of full screen")
    display.set_defaults(func=run_display)


def run_display(args: argparse.Namespace) -> int:
    from screens.display.app import main
    from screens.display.pairing import remembered_token

    token = remembered_token(args.hub, args.token)
    if not token:
        print(
            "kiosk display: this display is not paired with the hub yet: start it once with --token T"
            " (kiosk run --host prints one; on the hub machine: kiosk token add --role display)",
            file=sys.stderr,
        )
        return 2
    return main(args.hub, token, windowed=args.windowed)
