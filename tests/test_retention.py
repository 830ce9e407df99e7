"""Retention on a generated month: old days leave the database, their figures stay exactly the same."""

from __future__ import annotations

import shutil
from datetime import date, datetime

import httpx
import pytest
from conftest import running_clock
from stats_month import FIRST_DAY, LAST_DAY, expected

from kiosk.core.clock import HELSINKI
from kiosk.server import retention, store

pytestmark = pytest.mark.hub

PERIODS = [
    (FIRST_DAY, LAST_DAY),
    (date(2026, 2, 2), date(2026, 2, 8)),
    (date(2026, 2, 23), date(2026, 3, 1)),  # across the cutoff of a 7-day retention (2026-02-24)
    (date(2026, 2, 10), date(2026, 2, 10)),
]


@pytest.fixture
def month(generated_month, tmp_path):
    source, log = generated_month
    path = tmp_path / "month.db"
    shutil.copy(source, path)
    return path, log


def admin(hub):
    return httpx.Client(
        base_url=hub.url, headers={"Authorization": f"Bearer {hub.tokens['admin']}"}, timeout=30
    )


def figures(client):
    return [client.get(f"/api/stats?from={a}&to={b}").json() for a, b in PERIODS]


def rows_before(path, day: str) -> dict:
    db = store.open_db(path)
    try:
        return {
            "tickets": db.execute("SELECT COUNT(*) FROM tickets WHERE day < ?", [day]).fetchone()[0],
            "bookings": db.execute("SELECT COUNT(*) FROM bookings WHERE day < ?", [day]).fetchone()[0],
            "ticket_steps": db.execute(
                "SELECT COUNT(*) FROM ticket_steps s JOIN tickets t ON t.code = s.ticket_code"
                " WHERE t.day < ?",
                [day],
            ).fetchone()[0],
            "orphan_steps": db.execute(
                "SELECT COUNT(*) FROM ticket_steps WHERE ticket_code NOT IN (SELECT code FROM tickets)"
            ).fetchone()[0],
            "visits": db.execute("SELECT COUNT(*) FROM visits WHERE created_at < ?", [day]).fetchone()[0],
            "events": db.execute("SELECT COUNT(*) FROM events WHERE at < ?", [day]).fetchone()[0],
        }
    finally:
        db.conn.close()


def test_a_purge_to_7_days_deletes_old_rows_and_keeps_every_figure(month, make_hub):
    path, log = month
    assert rows_before(path, "2026-02-24")["tickets"] > 2000
    hub = make_hub(db_path=path)  # its clock: Tuesday 2026-03-03
    with admin(hub) as client:
        assert client.get("/api/settings/retention").json() == {"days": 30}
        before = figures(client)
        assert before[0] == expected(log, FIRST_DAY, LAST_DAY)

        response = client.put("/api/settings/retention", json={"days": 7})
        assert response.status_code == 200
        body = response.json()
        assert body["days"] == 7 and body["purged"]["tickets"] > 2000 and body["purged"]["bookings"] > 0
        assert rows_before(path, "2026-02-24") == dict.fromkeys(
            ("tickets", "bookings", "ticket_steps", "orphan_steps", "visits", "events"), 0
        )
        # Kept: the last 7 days before today, and today.
        assert rows_before(path, "2026-03-03")["tickets"] > 0

        assert figures(client) == before
        # Purging again changes nothing.
        assert client.put("/api/settings/retention", json={"days": 7}).json()["purged"]["tickets"] == 0
        assert figures(client) == before

    hub.stop()
    hub.start()
    with admin(hub) as client:
        assert client.get("/api/settings/retention").json() == {"days": 7}
        assert figures(client) == before


def test_the_hub_purges_at_start(month, make_hub, qtbot):
    path, log = month
    later = running_clock(datetime(2026, 4, 14, 10, 0, tzinfo=HELSINKI))
    hub = make_hub(db_path=path, clock=later)
    qtbot.waitUntil(lambda: rows_before(path, "2026-03-15")["tickets"] == 0, timeout=10000)
    with admin(hub) as client:
        assert client.get(f"/api/stats?from={FIRST_DAY}&to={LAST_DAY}").json() == expected(
            log, FIRST_DAY, LAST_DAY
        )


@pytest.mark.parametrize("days", [6, 366, "7", 7.5, None])
def test_retention_outside_7_to_365_whole_days_is_refused(hub, days):
    with admin(hub) as client:
        response = client.put("/api/settings/retention", json={"days": days})
        assert response.status_code == 422 and response.json()["error"] == "invalid_field"
        assert client.get("/api/settings/retention").json() == {"days": 30}


def test_purge_on_an_empty_database_and_the_cutoff(tmp_path):
    db = store.open_db(tmp_path / "empty.db")
    now = datetime(2026, 3, 3, 10, tzinfo=HELSINKI)
    assert retention.cutoff(now, 7) == date(2026, 2, 24)
    assert not any(retention.purge(db, now).values())
    with pytest.raises(ValueError):
        retention.set_retention_days(db, 400)
    db.conn.close()
