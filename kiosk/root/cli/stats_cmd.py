"""`kiosk stats`: the anonymous statistics of a hub database, as CSV (or readable lines)."""

from __future__ import annotations

import argparse
import csv
import sys
from datetime import date

from kiosk.core import clock
from kiosk.root.cli.hub_cmd import add_db_argument, database, db_path
from kiosk.server import stats


def day_arg(text: str) -> date:
    """A `--from`/`--to` date (YYYY-MM-DD), or argparse's one-line refusal."""
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
    cmd.add_argument("--from", dest="first", type=day_arg, metavar="DATE", help="first day (default: today)")
    cmd.add_argument("--to", dest="last", type=day_arg, metavar="DATE", help="last day (default: --from)")
    cmd.add_argument("--csv", action="store_true", help="write CSV (default: aligned text)")
    cmd.set_defaults(func=run_stats)


def period(args: argparse.Namespace, longest: int) -> tuple[date, date] | None:
    """`--from` and `--to` (default: today, and --from), or None once it has said what is wrong with them."""
    first = args.first or clock.now().date()
    last = args.last or first
    if last < first:
        print(f"--to {last} is before --from {first}", file=sys.stderr)
        return None
    if (last - first).days + 1 > longest:
        print(f"at most {longest} days at once", file=sys.stderr)
        return None
    return first, last


def run_stats(args: argparse.Namespace) -> int:
    days = period(args, stats.LONGEST_PERIOD)
    if days is None:
        return 2
    first, last = days
    path = db_path(args)
    with database(path, must_exist=True) as db:
        rows = stats.csv_rows(stats.figures(db, first, last))
    if args.csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(("section", "key", "value"))
        writer.writerows(rows)
    else:
        for section, key, value in rows:
            print(f"{section:<22} {key:<22} {value}")
    return 0
