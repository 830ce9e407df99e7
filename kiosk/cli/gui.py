"""`kiosk run` (the visitor kiosk, with an embedded hub unless told to join one) and `kiosk screenshots`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size like 1920x1080") from None
    if width < 320 or height < 320:
        raise argparse.ArgumentTypeError(f"{text!r} is too small (at least 320x320)")
    return width, height


def register(sub: argparse._SubParsersAction) -> None:
    run = sub.add_parser("run", help="open the visitor kiosk (starts its own hub unless --hub is given)")
    run.add_argument("--windowed", action="store_true", help="a 1280x800 window instead of full screen")
    run.add_argument(
        "--db", type=Path, help="database of the embedded hub (default: the user data directory)"
    )
    run.add_argument("--hub", metavar="URL", help="join this hub instead of starting one (needs --token)")
    run.add_argument("--token", help="a kiosk-role token for --hub (kiosk token add --role kiosk)")
    run.add_argument("--lang", help="the default language (default: the routing's first)")
    run.add_argument(
        "--public-url", metavar="URL", help="the hub's address as phones see it, for the ticket's QR code"
    )
    run.set_defaults(func=run_kiosk)

    shots = sub.add_parser("screenshots", help="render every visitor screen in every language to PNG files")
    shots.add_argument("outdir", type=Path)
    shots.add_argument("--size", type=_size, default=(1920, 1080), help="main size, e.g. 1920x1080")
    shots.set_defaults(func=run_screenshots)


def run_kiosk(args: argparse.Namespace) -> int:
    from screens.visitor.app import main

    if args.hub:
        if not args.token:
            print(
                "kiosk run: --hub needs --token (make one with: kiosk token add --role kiosk)",
                file=sys.stderr,
            )
            return 2
        return main(args.hub, args.token, windowed=args.windowed, lang=args.lang, public_url=args.public_url)

    from kiosk.embedded import EmbeddedHubError, start_hub
    from kiosk.paths import default_db

    try:
        hub = start_hub(args.db or default_db())
    except EmbeddedHubError as error:
        print(f"kiosk run: cannot start the hub: {error}", file=sys.stderr)
        return 1
    try:
        return main(hub.url, hub.token, windowed=args.windowed, lang=args.lang, public_url=args.public_url)
    finally:
        hub.stop()


def run_screenshots(args: argparse.Namespace) -> int:
    from screens.screenshots import render

    written = render(args.outdir, size=args.size)
    for path in written:
        print(path)
    return 0
