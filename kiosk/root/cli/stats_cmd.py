"""`kiosk stats`: the anonymous statistics of a hub database, as CSV (or readable lines)."""

from __future__ import annotations

import argparse
import csv
import sys
from datetime import date

from kiosk.core import clock
from kiosk.root.cli.hub_cmd import add_db_argument, database, db_path
from kiosk.server import stats


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def register(sub: argparse._SubParsersAction) -> None:
    cmd = sub.add_parser(
        "stats",
        help="anonymous statistics of a period (default: today) from a hub database",
        description="One table with the columns section,key,value (see docs/api.md, Statistics): "
        "visitors per day and hour, per service and first answer, waits, no-show rate, bookings.",
    )
    add_db_argument(cmd)
    cmd.add_argument("--from", dest="first", type=_day, metavar="DATE", help="first day (default: today)")
    cmd.add_argument("--to", dest="last", type=_day, metavar="DATE", help="last day (default: --from)")
    cmd.add_argument("--csv", action="store_true", help="write CSV (default: aligned text)")
    cmd.set_defaults(func=run_stats)


def run_stats(args: argparse.Namespace) -> int:
    first = args.first or clock.now().date()
    last = args.last or first
    if last < first:
        print(f"--to {last} is before --from {first}", file=sys.stderr)
        return 2
    if (last - first).days + 1 > stats.LONGEST_PERIOD:
        print(f"at most {stats.LONGEST_PERIOD} days at once", file=sys.stderr)
        return 2
    path = db_path(args)
    if not path.exists():
        print(f"{path}: no such database", file=sys.stderr)
        return 1
    with database(path) as db:
        rows = stats.csv_rows(stats.figures(db, first, last))
    if args.csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(("section", "key", "value"))
        writer.writerows(rows)
    else:
        for section, key, value in rows:
            print(f"{section:<22} {key:<22} {value}")
    return 0
