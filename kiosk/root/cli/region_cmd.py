"""`kiosk region`: the region server (init, serve, centres, statistics) and a hub joining it."""

from __future__ import annotations

import argparse
import csv
import os
import sys
from datetime import time
from pathlib import Path

from kiosk.core import clock
from kiosk.core.routing.model import WEEKDAYS
from kiosk.root.cli.hub_cmd import add_db_argument, database, db_path
from kiosk.root.cli.stats_cmd import day_arg, period

DSN_ENV = "KIOSK_REGION_DSN"


def _clock(text: str) -> time:
    try:
        return time.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a time (HH:MM)") from None


def _dsn(parser: argparse.ArgumentParser, run=None) -> None:
    """The --dsn option; with `run`, also the function the job runs."""
    parser.add_argument(
        "--dsn",
        default=os.environ.get(DSN_ENV),
        help=f"the region's PostgreSQL, e.g. 'dbname=region' or postgresql://... (default: ${DSN_ENV})",
    )
    if run is not None:
        parser.set_defaults(func=run)


def _group(jobs: argparse._SubParsersAction, name: str, help: str) -> argparse._SubParsersAction:
    """A job with jobs of its own (`kiosk region centre add`): one of them is required."""
    dest = f"{name.replace('-', '_')}_command"
    return jobs.add_parser(name, help=help).add_subparsers(dest=dest, metavar="JOB", required=True)


def _round_arguments(parser: argparse.ArgumentParser) -> None:
    """What names a round: the specialist, the centre, the weekday and the start."""
    parser.add_argument("specialist")
    parser.add_argument("--centre", required=True)
    parser.add_argument("--weekday", type=int, required=True, help="1 (Monday) to 7 (Sunday)")
    parser.add_argument("--from", dest="starts", type=_clock, required=True, metavar="HH:MM")


def register(sub: argparse._SubParsersAction) -> None:
    region = sub.add_parser("region", help="the region server: many centres' figures on PostgreSQL")
    jobs = region.add_subparsers(dest="region_command", metavar="JOB", required=True)

    init = jobs.add_parser(
        "init", help="create or bring forward the region's tables; the first time, print an admin token"
    )
    _dsn(init, run_init)

    serve = jobs.add_parser("serve", help="run the region server's HTTP API and statistics page")
    _dsn(serve)
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: %(default)s)")
    serve.add_argument("--port", type=int, default=8770, help="port to listen on (default: %(default)s)")
    serve.set_defaults(func=run_serve)

    centre = _group(jobs, "centre", "the region's centres")
    add = centre.add_parser(
        "add", help="a new centre; prints its token (the last word) for `kiosk region join`"
    )
    add.add_argument("name")
    add.add_argument("--town", required=True)
    _dsn(add, run_centre_add)
    listing = centre.add_parser("list", help="every centre, its town, when it joined and last sent figures")
    _dsn(listing, run_centre_list)

    template = _group(jobs, "template", "the region's routing templates")
    tadd = template.add_parser("add", help="a routing file as a template (checked as `kiosk routing check`)")
    tadd.add_argument("name")
    tadd.add_argument("file", type=Path)
    tadd.add_argument("--note", default="", help="what it is for, shown to the centres")
    _dsn(tadd, run_template_add)

    specialist = _group(jobs, "specialist", "the visiting specialists")
    sadd = specialist.add_parser("add", help="a visiting specialist and the service id their bookings use")
    sadd.add_argument("name")
    sadd.add_argument("--service", required=True, help="the routing's service id, e.g. debt_adviser")
    _dsn(sadd, run_specialist_add)
    slist = specialist.add_parser("list", help="every specialist: name, service id, how many rounds")
    _dsn(slist, run_specialist_list)
    sremove = specialist.add_parser(
        "remove",
        help="a specialist who left, with their days off; refused while they have a round (remove each"
        " with `kiosk region round remove` first)",
    )
    sremove.add_argument("name")
    _dsn(sremove, run_specialist_remove)

    rounds = _group(jobs, "round", "the specialists' weekly rounds")
    radd = rounds.add_parser("add", help="a specialist at a centre on one weekday, every week")
    _round_arguments(radd)
    radd.add_argument("--to", dest="ends", type=_clock, required=True, metavar="HH:MM")
    radd.add_argument("--slot", type=int, default=30, help="minutes a booking takes (default: 30)")
    _dsn(radd, run_round_add)
    rlist = rounds.add_parser(
        "list", help="every round (or one specialist's): specialist, centre, weekday, from-to, slot minutes"
    )
    rlist.add_argument("specialist", nargs="?", help="only this specialist's rounds")
    _dsn(rlist, run_round_list)
    rremove = rounds.add_parser(
        "remove",
        help="a round that is wrong or over (to change one, remove it and add it again): the centre's hub"
        " stops offering its slots at its next pull (every 10 minutes); bookings already made in them stay",
    )
    _round_arguments(rremove)
    _dsn(rremove, run_round_remove)

    dayoff = _group(jobs, "day-off", "a visiting specialist's days off")
    dadd = dayoff.add_parser(
        "add", help="the specialist is off that day at every centre of their round (bookings cancelled)"
    )
    dadd.add_argument("specialist")
    dadd.add_argument("date", type=day_arg)
    dadd.add_argument("--note", default="", help="seen on the region only")
    _dsn(dadd, run_day_off_add)
    dremove = dayoff.add_parser(
        "remove",
        help="the specialist is not off that day after all: each centre's hub lifts it at its next pull"
        " (every 10 minutes); the bookings it cancelled stay cancelled",
    )
    dremove.add_argument("specialist")
    dremove.add_argument("date", type=day_arg)
    _dsn(dremove, run_day_off_remove)
    dlist = dayoff.add_parser("list", help="every specialist's coming days off")
    _dsn(dlist, run_day_off_list)

    stats = jobs.add_parser("stats", help="the centres side by side over a period; counts under 5 as <5")
    _dsn(stats)
    stats.add_argument(
        "--from", dest="first", type=day_arg, metavar="DATE", help="first day (default: today)"
    )
    stats.add_argument("--to", dest="last", type=day_arg, metavar="DATE", help="last day (default: --from)")
    stats.add_argument("--csv", action="store_true", help="write CSV: centre,town,section,key,value")
    stats.set_defaults(func=run_stats)

    join = jobs.add_parser("join", help="join this hub to a region with a centre token (on the hub machine)")
    join.add_argument("url", help="the region server, e.g. https://region.example.fi")
    join.add_argument("--token", required=True, help="the centre token from `kiosk region centre add`")
    add_db_argument(join)
    join.set_defaults(func=run_join)


def _connect(args: argparse.Namespace):
    from kiosk.region import db

    if not args.dsn:
        raise db.RegionError(f"no region database: give --dsn or set {DSN_ENV}")
    return db.connect(args.dsn)


def _region_errors(run):
    def guarded(args: argparse.Namespace) -> int:
        from kiosk.region.db import RegionError

        try:
            return run(args)
        except RegionError as error:
            print(error, file=sys.stderr)
            return 1

    return guarded


@_region_errors
def run_init(args: argparse.Namespace) -> int:
    from kiosk.region import db, tokens

    with _connect(args) as conn:
        applied = db.migrate(conn)
        done = f" (applied {', '.join(applied)})" if applied else " (up to date)"
        print(f"region schema {db.schema_version(conn)}{done}")
        with conn.transaction():
            if conn.execute("SELECT 1 FROM tokens WHERE role = 'admin'").fetchone() is None:
                token = tokens.add_token(conn, "admin")
                print(f"admin token (the statistics page and API; shown only now): {token}")
    return 0


@_region_errors
def run_serve(args: argparse.Namespace) -> int:
    if not args.dsn:
        return _connect(args)  # raises the one-line reason
    from kiosk.region.app import serve

    print(f"region server on http://{args.host}:{args.port}", flush=True)
    serve(args.dsn, args.host, args.port)
    return 0


@_region_errors
def run_centre_add(args: argparse.Namespace) -> int:
    from kiosk.region import centres

    with _connect(args) as conn:
        _, token = centres.add_centre(conn, args.name, args.town)
    print(f"centre {args.name!r} added; on its hub: kiosk region join URL --token {token}")
    return 0


@_region_errors
def run_centre_list(args: argparse.Namespace) -> int:
    from kiosk.region import centres

    with _connect(args) as conn:
        for c in centres.listing(conn):
            joined = c["joined_at"].isoformat(timespec="minutes") if c["joined_at"] else "not joined"
            last = c["last_figures_at"]
            last = last.isoformat(timespec="minutes") if last else "no figures"
            print(f"{c['name']:<24} {c['town']:<16} {joined:<22} {last}")
    return 0


@_region_errors
def run_template_add(args: argparse.Namespace) -> int:
    from kiosk.region import plans

    try:
        text = args.file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        print(f"{args.file}: {error}", file=sys.stderr)
        return 1
    with _connect(args) as conn:
        plans.add_template(conn, args.name, text, args.note)
    print(f"template {args.name!r} added: every centre's hub lists it")
    return 0


@_region_errors
def run_specialist_add(args: argparse.Namespace) -> int:
    from kiosk.region import plans

    with _connect(args) as conn:
        plans.add_specialist(conn, args.name, args.service)
    print(f"specialist {args.name!r} added")
    return 0


@_region_errors
def run_specialist_list(args: argparse.Namespace) -> int:
    from kiosk.region import plans

    with _connect(args) as conn:
        found = plans.specialists(conn)
    for name, service, held in found:
        print(
            f"{name}  {service}  "
            + ("no rounds" if not held else "1 round" if held == 1 else f"{held} rounds")
        )
    if not found:
        print("no specialists")
    return 0


@_region_errors
def run_specialist_remove(args: argparse.Namespace) -> int:
    from kiosk.region import plans

    with _connect(args) as conn:
        days_off = plans.remove_specialist(conn, args.name)
    with_days = {0: "", 1: ", with their day off"}.get(days_off, f", with their {days_off} days off")
    print(f"specialist {args.name!r} removed{with_days}")
    return 0


def _round_line(r: dict) -> str:
    day = WEEKDAYS[r["weekday"] - 1].capitalize()
    return (
        f"{r['specialist']}  {r['centre']}  weekday {r['weekday']} ({day})  {r['start']}-{r['end']}"
        f"  {r['slot_minutes']} min"
    )


@_region_errors
def run_round_add(args: argparse.Namespace) -> int:
    from kiosk.region import plans

    with _connect(args) as conn:
        plans.add_round(conn, args.specialist, args.centre, args.weekday, args.starts, args.ends, args.slot)
    print(
        f"{args.specialist} at {args.centre} on weekday {args.weekday}, {args.starts:%H:%M}-{args.ends:%H:%M}"
    )
    return 0


@_region_errors
def run_round_list(args: argparse.Namespace) -> int:
    from kiosk.region import plans

    with _connect(args) as conn:
        found = plans.rounds_of(conn, args.specialist)
    for r in found:
        print(_round_line(r))
    if not found:
        print(f"{args.specialist} has no rounds" if args.specialist else "no rounds")
    return 0


@_region_errors
def run_round_remove(args: argparse.Namespace) -> int:
    from kiosk.region import plans

    with _connect(args) as conn:
        gone = plans.remove_round(
            conn, args.specialist, args.centre, args.weekday, args.starts, clock.now().date()
        )
    print(
        f"removed: {_round_line(gone)}; {args.centre}'s hub stops offering its slots at its next pull (every"
        " 10 minutes), and the bookings already made in them stay"
    )
    if gone["times_cleared"]:
        print(
            f"{args.specialist} has no round left at {args.centre}: their {gone['times_cleared']} booked"
            f" time(s) there from today on are off their week; {args.centre}'s staff see the bookings"
        )
    return 0


@_region_errors
def run_day_off_add(args: argparse.Namespace) -> int:
    from kiosk.region import plans

    with _connect(args) as conn:
        touched = plans.add_day_off(conn, args.specialist, args.date, args.note, clock.now().date())
    where = ", ".join(touched) if touched else "no centre (no round that weekday)"
    print(f"{args.specialist} is off on {args.date}: {where}; their hubs cancel its bookings")
    return 0


@_region_errors
def run_day_off_remove(args: argparse.Namespace) -> int:
    from kiosk.region import plans

    with _connect(args) as conn:
        plans.remove_day_off(conn, args.specialist, args.date)
    print(
        f"{args.specialist} is no longer off on {args.date}; a hub that already took it keeps it (its"
        " bookings were cancelled) until its staff lift it in the staff console"
    )
    return 0


@_region_errors
def run_day_off_list(args: argparse.Namespace) -> int:
    from kiosk.region import plans

    with _connect(args) as conn:
        found = plans.coming_days_off(conn, clock.now().date())
    for specialist, day, note in found:
        print(f"{day}  {specialist}" + (f"  ({note})" if note else ""))
    if not found:
        print("no coming days off")
    return 0


@_region_errors
def run_stats(args: argparse.Namespace) -> int:
    from kiosk.region import stats

    days = period(args, stats.LONGEST_PERIOD)
    if days is None:
        return 2
    first, last = days
    with _connect(args) as conn:
        rows = stats.csv_rows(stats.side_by_side(conn, first, last))
    if args.csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(("centre", "town", "section", "key", "value"))
        writer.writerows(rows)
    else:
        for centre, town, section, key, value in rows:
            print(f"{centre:<20} {town:<14} {section:<14} {key:<22} {value}")
    return 0


def run_join(args: argparse.Namespace) -> int:
    from kiosk.server import region_link

    path = db_path(args)
    with database(path, must_exist=True) as db:
        try:
            centre = region_link.join(db, args.url, args.token, clock.now())
        except region_link.RegionLinkError as error:
            print(error, file=sys.stderr)
            return 1
    where = f"{centre.get('name')} ({centre.get('town')})"
    print(f"joined {args.url} as {where}: the hub pushes each finished day's figures")
    return 0
