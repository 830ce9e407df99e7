"""`kiosk run` (the visitor kiosk, with an embedded hub unless told to join one) and `kiosk screenshots`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

LAN_PORT = 8765
"""The port a LAN hub listens on unless told: the same after every restart, so paired screens find it."""


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
        "--public-url",
        metavar="URL",
        help="the hub's address as phones see it, for the ticket's QR code (default with a LAN --host:"
        " this machine's LAN address)",
    )
    run.add_argument(
        "--host",
        help="where the kiosk's own hub listens (default: 127.0.0.1, this machine only); 0.0.0.0 lets staff"
        " PCs, the waiting-room TV and phones on the LAN reach it, and prints how to pair them",
    )
    run.add_argument(
        "--port",
        type=int,
        help=f"the kiosk's own hub's port (default: {LAN_PORT} with --host, otherwise any free port)",
    )
    run.add_argument(
        "--printer",
        metavar="NAME",
        help="print each ticket and booking slip on this printer (a name Qt lists: CUPS on Debian), or"
        " pdf:PATH to write each slip to PATH as a PDF (the last slip replaces the one before);"
        " without it the kiosk never prints",
    )
    run.set_defaults(func=run_kiosk)

    shots = sub.add_parser(
        "screenshots",
        help="render every screen (kiosk, display, staff console, admin) in every language to PNG files",
    )
    shots.add_argument("outdir", type=Path)
    shots.add_argument("--size", type=_size, default=(1920, 1080), help="main size, e.g. 1920x1080")
    shots.add_argument(
        "--lang",
        action="append",
        metavar="CODE",
        help="only this language of the Kokoomo routing (again for more: --lang ru --lang et); default all",
    )
    shots.set_defaults(func=run_screenshots)


def _watch_the_window() -> None:
    """Under systemd (deploy/): READY=1 and WATCHDOG=1 from the GUI thread (kiosk/root/watchdog.py)."""
    import os

    if os.environ.get("NOTIFY_SOCKET"):
        from PySide6.QtWidgets import QApplication

        from kiosk.root import watchdog

        watchdog.start(QApplication.instance() or QApplication(sys.argv))


def run_kiosk(args: argparse.Namespace) -> int:
    from screens.visitor.app import main

    printer = None
    if args.printer is not None:
        from screens.printing.printer import parse_target

        printer, problem = parse_target(args.printer)
        if printer is None:
            print(f"kiosk run: {problem}", file=sys.stderr)
            return 2
    if args.hub:
        if args.host is not None or args.port is not None:
            print("kiosk run: --host and --port are for the kiosk's own hub, not with --hub", file=sys.stderr)
            return 2
        if not args.token:
            print(
                "kiosk run: --hub needs --token (make one with: kiosk token add --role kiosk)",
                file=sys.stderr,
            )
            return 2
        _watch_the_window()
        return main(
            args.hub,
            args.token,
            windowed=args.windowed,
            lang=args.lang,
            public_url=args.public_url,
            printer=printer,
        )

    from kiosk.core.paths import default_db
    from kiosk.root import pairing
    from kiosk.root.embedded import EmbeddedHubError, start_hub

    host = args.host if args.host is not None else "127.0.0.1"
    port = args.port if args.port is not None else (LAN_PORT if args.host is not None else 0)
    if not 0 <= port <= 65535:
        print(f"kiosk run: port {port} is not a port number (0 to 65535)", file=sys.stderr)
        return 2
    db_path = args.db or default_db()
    try:
        hub = start_hub(db_path, host, port)
    except EmbeddedHubError as error:
        print(f"kiosk run: cannot start the hub: {error}", file=sys.stderr)
        return 1
    try:
        public_url = args.public_url
        if not pairing.is_loopback(host):
            paired = pairing.pair(db_path, host, hub.port)
            print(f"kiosk run: the hub listens on {paired.url}; to join it from another machine:", flush=True)
            for line in paired.lines:
                print(line, flush=True)
            public_url = public_url or paired.url
        _watch_the_window()
        return main(
            hub.url, hub.token, windowed=args.windowed, lang=args.lang, public_url=public_url, printer=printer
        )
    finally:
        hub.stop()


def run_screenshots(args: argparse.Namespace) -> int:
    from screens.screenshots import render

    try:
        written = render(args.outdir, size=args.size, languages=args.lang)
    except ValueError as refused:
        print(f"kiosk screenshots: {refused}. Nothing was written.", file=sys.stderr)
        return 2
    for path in written:
        print(path)
    return 0
