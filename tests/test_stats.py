"""Statistics of a generated month (tests/stats_month.py), through the real hub and `kiosk stats --csv`,
checked against figures computed from the generator's own log."""

from __future__ import annotations

import csv
import io
import shutil
from datetime import date, timedelta

import httpx
import pytest
from stats_month import FIRST_DAY, LAST_DAY, expected

from kiosk.core import clock
from kiosk.root.cli import main
from kiosk.server import stats

pytestmark = pytest.mark.hub


@pytest.fixture
def month(generated_month, tmp_path):
    """A fresh copy of the generated month's database, and the generator's log."""
    source, log = generated_month
    path = tmp_path / "month.db"
    shutil.copy(source, path)
    return path, log


def admin(hub):
    return httpx.Client(
        base_url=hub.url, headers={"Authorization": f"Bearer {hub.tokens['admin']}"}, timeout=30
    )


def period(first: date, last: date) -> str:
    return f"/api/stats?from={first.isoformat()}&to={last.isoformat()}"


def test_a_generated_month_gives_the_independently_counted_figures(month, make_hub):
    path, log = month
    hub = make_hub(db_path=path)
    with admin(hub) as client:
        got = client.get(period(FIRST_DAY, LAST_DAY)).json()
        want = expected(log, FIRST_DAY, LAST_DAY)
        assert got == want
        # A month of the size asked for, with every kind of thing in it.
        assert 2500 <= got["visitors"] <= 3500
        assert got["bookings"]["kept"] and got["bookings"]["no_show"] and got["bookings"]["cancelled"]
        assert 0 < got["no_show_rate"] < 0.2
        assert {"answer": None, "count": want["per_first_answer"][-1]["count"]} in got["per_first_answer"]
        assert [h["hour"] for h in got["per_hour"]] == list(range(24))
        # Any part of it too: one week, one day, a weekend day with nobody.
        week = (date(2026, 2, 9), date(2026, 2, 15))
        assert client.get(period(*week)).json() == expected(log, *week)
        one = date(2026, 2, 18)
        assert client.get(period(one, one)).json() == expected(log, one, one)
        sunday = client.get(period(LAST_DAY, LAST_DAY)).json()
        assert sunday["visitors"] == 0 and sunday["waits"]["all"]["median_minutes"] is None


def test_stats_default_to_today_and_refuse_a_bad_period(hub):
    with admin(hub) as client:
        today = hub.clock().date().isoformat()
        body = client.get("/api/stats").json()
        assert (body["from"], body["to"]) == (today, today)
        backwards = client.get("/api/stats?from=2026-03-02&to=2026-03-01")
        assert backwards.status_code == 422 and backwards.json()["error"] == "bad_range"
        assert client.get("/api/stats?from=2024-01-01&to=2026-03-01").json()["error"] == "bad_range"
        assert client.get("/api/stats?from=yesterday").json()["error"] == "invalid_field"


def read_csv(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


def test_kiosk_stats_csv_has_the_same_figures(month, capsys):
    path, log = month
    assert main(["stats", "--db", str(path), "--from", "2026-02-02", "--to", "2026-03-01", "--csv"]) == 0
    rows = read_csv(capsys.readouterr().out)
    assert rows and list(rows[0]) == ["section", "key", "value"]
    want = expected(log, FIRST_DAY, LAST_DAY)

    def section(name):
        return {r["key"]: r["value"] for r in rows if r["section"] == name}

    assert section("period") == {"from": "2026-02-02", "to": "2026-03-01"}
    assert section("visitors") == {"all": str(want["visitors"])}
    assert section("visitors_per_day") == {d["date"]: str(d["count"]) for d in want["visitors_per_day"]}
    assert section("per_hour") == {f"{h['hour']:02d}": str(h["count"]) for h in want["per_hour"]}
    assert section("per_service") == {s["service"]: str(s["count"]) for s in want["per_service"]}
    assert section("per_first_answer") == {
        a["answer"] or "": str(a["count"]) for a in want["per_first_answer"]
    }
    waits = [{"service": "all", **want["waits"]["all"]}, *want["waits"]["per_service"]]
    assert section("wait_median_minutes") == {w["service"]: str(w["median_minutes"]) for w in waits}
    assert section("wait_p90_minutes") == {w["service"]: str(w["p90_minutes"]) for w in waits}
    assert section("wait_count") == {w["service"]: str(w["count"]) for w in waits}
    assert float(section("no_show_rate")["all"]) == want["no_show_rate"]
    assert section("bookings") == {k: str(v) for k, v in want["bookings"].items()}


def test_kiosk_stats_defaults_to_today(month, capsys):
    path, _ = month
    assert main(["stats", "--db", str(path), "--csv"]) == 0
    rows = read_csv(capsys.readouterr().out)
    today = clock.now().date().isoformat()
    assert {(r["section"], r["key"]): r["value"] for r in rows}[("period", "from")] == today
    assert [r for r in rows if r["section"] == "visitors"] == [
        {"section": "visitors", "key": "all", "value": "0"}
    ]
    assert main(["stats", "--db", str(path), "--from", "2026-02-05", "--to", "2026-02-01"]) == 2
    assert main(["stats", "--db", str(path.parent / "none.db")]) == 1


def test_median_and_nearest_rank_p90():
    assert stats.median([]) is None and stats.p90([]) is None
    assert stats.median([4.0, 1.0, 2.0, 3.0]) == 2.5
    assert stats.p90([float(m) for m in range(1, 11)]) == 9.0
    assert stats.p90([float(m) for m in range(1, 12)]) == 10.0
    assert stats.p90([7.0]) == 7.0
    assert stats.wait_minutes("2026-03-03T10:00:00.000+02:00", "2026-03-03T10:07:30.000+02:00") == 7.5
    # A booked visitor called before the booked time waited nothing, not a negative time.
    assert stats.wait_minutes("2026-03-03T10:00:00.000+02:00", "2026-03-03T09:55:00.000+02:00") == 0.0
    assert timedelta(days=stats.LONGEST_PERIOD) > timedelta(days=365)
