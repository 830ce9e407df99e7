"""`kiosk demo`: the kiosk, the waiting-room display and two staff consoles on one hub with sample data."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk.core import clock
from kiosk.core.paths import data_dir
from kiosk.root.cli.hub_cmd import database


def register(sub: argparse._SubParsersAction) -> None:
    demo = sub.add_parser(
        "demo", help="open the kiosk, the display and two staff consoles at once on sample data"
    )
    demo.add_argument(
        "--folder",
        type=Path,
        default=None,
        help="where the demo keeps its database and settings (default: 'demo' in the user data folder);"
        " it is emptied at every start",
    )
    demo.set_defaults(func=run_demo)


def run_demo(args: argparse.Namespace) -> int:
    from kiosk.root.embedded import EmbeddedHubError, start_hub
    from kiosk.server.demo import prepare
    from kiosk.server.tokens import add_token
    from screens.demo.app import CONSOLES, main

    folder = args.folder or data_dir() / "demo"
    db_path = folder / "demo.db"
    prepare(db_path, clock.now())
    with database(db_path) as db:
        display_token = add_token(db, "display")
        staff_tokens = [add_token(db, "staff") for _ in CONSOLES]
    try:
        hub = start_hub(db_path)
    except EmbeddedHubError as error:
        print(f"kiosk demo: cannot start the hub: {error}", file=sys.stderr)
        return 1
    print(f"kiosk demo: hub on {hub.url} (database {db_path}); close any window to end the demo")
    try:
        return main(hub.url, hub.token, display_token, staff_tokens, folder)
    finally:
        hub.stop()
