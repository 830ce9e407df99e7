"""The `kiosk` command: one sub-command per job, each registered by its own module."""

from __future__ import annotations

import argparse
import sys

from kiosk.root.cli import (
    admin_cmd,
    bench_cmd,
    demo_cmd,
    display_cmd,
    gui,
    hub_cmd,
    routing_cmd,
    staff_cmd,
    stats_cmd,
    token_cmd,
)
from kiosk.server.store import StoreError

COMMANDS = (
    gui, display_cmd, staff_cmd, admin_cmd, demo_cmd, hub_cmd, routing_cmd, token_cmd, stats_cmd, bench_cmd,
)  # fmt: skip


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="kiosk",
        description="Kokoomo Kiosk: a walk-in kiosk and live queue for a service centre.",
    )
    sub = top.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMANDS:
        module.register(sub)
    return top


def main(argv: list[str] | None = None) -> int:
    top = parser()
    args = top.parse_args(argv)
    if not getattr(args, "func", None):
        top.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except StoreError as error:  # a database that cannot be opened or used: one line, no traceback
        print(error, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        sys.stderr.close()
        return 0
