"""`kiosk screen-schedule`: the screen off outside the centre's hours (kiosk/root/screen_schedule.py)."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from datetime import datetime, timedelta

from kiosk.root.cli.numbers import bounded

_margin_minutes = bounded(int, "minutes", lambda m: 0 <= m <= 720, "the margin is 0 to 720 minutes")
_seconds = bounded(float, "seconds", lambda s: 0.05 <= s <= 3600, "check every 0.05 to 3600 seconds")


def _moment(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a time like 2026-03-03T10:00+02:00") from None
    if moment.tzinfo is None:
        raise argparse.ArgumentTypeError(f"{text!r} needs its UTC offset, e.g. +02:00")
    return moment


def register(sub: argparse._SubParsersAction) -> None:
    screen = sub.add_parser(
        "screen-schedule",
        help="turn the kiosk's screen off outside the centre's opening hours and on again before it opens",
    )
    screen.add_argument("--hub", help="the hub (default: $KOKOOMO_HUB_URL, else http://127.0.0.1:8765)")
    screen.add_argument(
        "--margin",
        metavar="MINUTES",
        help="lit this long before opening and after closing (default: $KOKOOMO_SCREEN_MARGIN, else 30)",
    )
    screen.add_argument(
        "--on", help="the command that lights the screen (default: $KOKOOMO_SCREEN_ON, else ddcutil)"
    )
    screen.add_argument(
        "--off", help="the command that darkens it (default: $KOKOOMO_SCREEN_OFF, else ddcutil)"
    )
    screen.add_argument("--once", action="store_true", help="set the screen as it should be now, then exit")
    screen.add_argument("--every", default="60", metavar="SECONDS", help=argparse.SUPPRESS)
    screen.add_argument("--at", default=None, help=argparse.SUPPRESS)  # tests: a fixed time
    screen.set_defaults(func=run_screen_schedule)


def _settings(args: argparse.Namespace) -> dict:
    """The options, else kokoomo.env's settings, else the defaults; ArgumentTypeError naming a bad one."""
    from kiosk.root.screen_schedule import DEFAULT_OFF, DEFAULT_ON

    env = os.environ
    margin = args.margin if args.margin is not None else env.get("KOKOOMO_SCREEN_MARGIN") or "30"
    settings = {
        "hub_url": args.hub or env.get("KOKOOMO_HUB_URL") or "http://127.0.0.1:8765",
        "margin": timedelta(minutes=_margin_minutes(margin)),
        "on_command": args.on if args.on is not None else env.get("KOKOOMO_SCREEN_ON") or DEFAULT_ON,
        "off_command": args.off if args.off is not None else env.get("KOKOOMO_SCREEN_OFF") or DEFAULT_OFF,
    }
    for name in ("on_command", "off_command"):
        if not settings[name].strip():
            raise argparse.ArgumentTypeError(f"the screen's {name.split('_')[0]} command is empty: name one")
    return settings


def run_screen_schedule(args: argparse.Namespace) -> int:
    from kiosk.core import clock
    from kiosk.root.screen_schedule import ScreenSchedule

    try:
        settings = _settings(args)
        every = _seconds(args.every)
        moment = _moment(args.at) if args.at else None
    except argparse.ArgumentTypeError as error:
        print(f"kiosk screen-schedule: {error}", file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.WARNING, format="kiosk screen-schedule: %(message)s", stream=sys.stdout)
    schedule = ScreenSchedule(**settings, clock=(lambda: moment) if moment else clock.now)
    if args.once:
        return 1 if schedule.check(force=True) else 0
    schedule.loop(every)
    return 0
