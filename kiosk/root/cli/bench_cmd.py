"""`kiosk bench`: the product's figures beside baselines measured in the same run (kiosk/root/bench/)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk.root.cli.numbers import bounded

_minutes = bounded(
    float, "minutes", lambda m: 0 < m <= 7 * 24 * 60, "a soak lasts more than 0 and at most 10080 minutes"
)


def register(sub: argparse._SubParsersAction) -> None:
    cmd = sub.add_parser(
        "bench",
        help="measure the kiosk, the display feed and the hub, each beside a baseline of the same run",
        description="Runs each measuring module of kiosk/root/bench/ in its own process and prints a "
        "table: section, figure, value, baseline, ratio, target, met or missed. A module that cannot "
        "measure is an error line. With --soak, walks visits through the kiosk screens while desks call "
        "them, for MINUTES, and reports the growth of memory, file descriptors, threads and the database.",
    )
    cmd.add_argument("--quick", action="store_true", help="a short run: about a minute in all")
    cmd.add_argument(
        "--json", type=Path, metavar="FILE", help="also write the report (with the machine) as JSON"
    )
    cmd.add_argument("--soak", type=_minutes, metavar="MINUTES", help="run the soak for MINUTES instead")
    cmd.set_defaults(func=run_bench)


def run_bench(args: argparse.Namespace) -> int:
    if args.json is not None and not args.json.parent.is_dir():
        print(f"--json {args.json}: no folder {args.json.parent}", file=sys.stderr)
        return 2
    from kiosk.root.bench import run  # only now: it pulls in what the benches need

    return run.run(quick=args.quick, json_path=args.json, soak_minutes=args.soak)
