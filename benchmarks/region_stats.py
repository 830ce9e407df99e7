"""The region at scale: 70 centres x 365 days of figures, and how long the side-by-side statistics take.

Starts a throwaway PostgreSQL cluster (tests/region/postgres.py), makes the region's tables and 70
centres, and fills a year of daily figures for each, shaped like a hub's (visitors per hour, service
and first answer, no-shows, bookings, ~waits in minutes per service): the first centre's year through
`kiosk.region.figures.store_day` (one transaction per day, as a push does: timed), the rest with COPY.
Then times `kiosk.region.stats.side_by_side` for a year, a month and a week (median of 5). Not a test.

Run: .venv/bin/python benchmarks/region_stats.py [--centres 70] [--days 365]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kiosk.region import centres, db, figures, stats  # noqa: E402
from tests.region.postgres import Cluster, bindir  # noqa: E402

SERVICES = ["front_desk", "job", "money", "housing", "health", "youth", "debt", "careers"]
ANSWERS = ["job", "money", "housing", "health", "study", "other", ""]
FIRST = date(2025, 1, 1)


def day_figures(rng: random.Random, size: int, day: date) -> tuple[dict[str, int], dict[str, list[float]]]:
    visitors = 0 if day.weekday() >= 5 else max(0, int(rng.gauss(size, size / 4)))
    counts: dict[str, int] = {"visitors": visitors}
    for _ in range(visitors):
        for key in (
            f"hour:{rng.randint(9, 15):02d}",
            f"service:{rng.choice(SERVICES)}",
            f"answer:{rng.choice(ANSWERS)}",
        ):
            counts[key] = counts.get(key, 0) + 1
    no_shows = int(visitors * 0.06)
    counts |= {"ended:no_show": no_shows, "ended:done": visitors - no_shows}
    counts |= {"bookings:made": visitors // 10, "bookings:kept": visitors // 12}
    waits: dict[str, list[float]] = {}
    for service in SERVICES:
        share = counts.get(f"service:{service}", 0)
        waits[service] = [round(rng.expovariate(1 / 12), 2) for _ in range(share)]
    return counts, waits


def timed(fn, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--centres", type=int, default=70)
    parser.add_argument("--days", type=int, default=365)
    args = parser.parse_args()
    found = bindir()
    if found is None:
        print("no PostgreSQL binaries: scripts/setup installs Debian's postgresql", file=sys.stderr)
        return 1
    with Cluster(found) as cluster:
        dsn = cluster.new_database()
        rng = random.Random(16)
        days = [FIRST + timedelta(days=i) for i in range(args.days)]
        with db.connect(dsn) as conn:
            db.migrate(conn)
            ids = [
                centres.add_centre(conn, f"Centre {i:02d}", f"Town {i:02d}")[0] for i in range(args.centres)
            ]
            sizes = {centre: rng.choice([5, 10, 20, 40, 80, 150, 250]) for centre in ids}
            start = time.perf_counter()
            for day in days:
                figures.store_day(conn, ids[0], day, *day_figures(rng, sizes[ids[0]], day))
            push_ms = (time.perf_counter() - start) * 1000 / len(days)
            start = time.perf_counter()
            rows = counts_rows = 0
            others = [(centre, day) for centre in ids[1:] for day in days]

            def each_day():
                # The same figures on each pass (one COPY at a time on a connection): seeded per pass.
                again = random.Random(17)
                for centre, day in others:
                    yield centre, day, *day_figures(again, sizes[centre], day)

            with conn.transaction(), conn.cursor() as cur:
                with cur.copy("COPY figure_days (centre_id, day, digest) FROM STDIN") as copy:
                    for centre, day in others:
                        copy.write_row((centre, day, "0" * 64))
                        rows += 1
                with cur.copy("COPY figure_counts (centre_id, day, key, value) FROM STDIN") as copy:
                    for centre, day, counts, _ in each_day():
                        for key, value in counts.items():
                            if value:
                                copy.write_row((centre, day, key, value))
                                counts_rows += 1
                with cur.copy("COPY figure_waits (centre_id, day, service, minutes) FROM STDIN") as copy:
                    for centre, day, _, waits in each_day():
                        for service, minutes in waits.items():
                            if minutes:
                                copy.write_row((centre, day, service, minutes))
            load_s = time.perf_counter() - start
            conn.execute("ANALYZE")
            size = conn.execute("SELECT pg_size_pretty(pg_database_size(current_database()))").fetchone()[0]
            print(
                f"{args.centres} centres x {args.days} days: {rows + len(days)} days of figures,"
                f" {counts_rows} count rows (COPY {load_s:.1f} s), database {size}"
            )
            print(f"one pushed day (store_day, one transaction): {push_ms:.1f} ms")
            last = days[-1]
            for label, first in (
                ("a year", days[0]),
                ("a month", last - timedelta(days=29)),
                ("a week", last - timedelta(days=6)),
            ):
                ms = timed(lambda first=first: stats.side_by_side(conn, first, last))
                print(
                    f"side-by-side statistics of {label} ({args.centres} centres and the region): {ms:.0f} ms"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
