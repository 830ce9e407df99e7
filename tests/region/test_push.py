"""Three hubs push their figures to the region: through a region outage and a hub killed (SIGKILL), each day
arrives once and the region's sums are each hub's own `kiosk stats`."""

from __future__ import annotations

import shutil
from collections import Counter
from datetime import date, datetime, timedelta

import httpx
import pytest
from conftest import HubProcess
from stats_month import FIRST_DAY, LAST_DAY

from kiosk.core.clock import HELSINKI
from kiosk.core.routing import loads
from kiosk.region import db, stats
from kiosk.server import region_link, staff_actions, store, tokens
from kiosk.server import stats as hub_stats

pytestmark = pytest.mark.long

LAST_BOOKED = LAST_DAY + timedelta(days=30)
"""Bookings of the month's last days reach into the next month."""


def hub_copy(generated_month, path):
    """A copy of the generated month, with an admin token; (its `kiosk stats` from the month's first day
    to its last booking, the days `kiosk stats` has any figure for, the token)."""
    shutil.copy(generated_month[0], path)
    hub_db = store.open_db(path)
    try:
        admin = tokens.add_token(hub_db, "admin")
        figures = hub_stats.figures(hub_db, FIRST_DAY, LAST_BOOKED)
        days = set(hub_stats.live_days(hub_db, FIRST_DAY, LAST_BOOKED))
    finally:
        hub_db.conn.close()
    return figures, days, admin


def region_counts(dsn: str, centre: str) -> tuple[Counter, dict[str, int]]:
    """The region's sums by key over the month, and how many versions each day had, for `centre`."""
    with db.connect(dsn) as conn:
        sums = conn.execute(
            "SELECT k.key, sum(k.value) FROM figure_counts k JOIN centres c ON c.id = k.centre_id"
            " WHERE c.name = %s GROUP BY k.key",
            [centre],
        ).fetchall()
        days = conn.execute(
            "SELECT d.day::text, d.pushes FROM figure_days d JOIN centres c ON c.id = d.centre_id"
            " WHERE c.name = %s",
            [centre],
        ).fetchall()
    return Counter(dict(sums)), dict(days)


def link(hub: HubProcess, admin: str) -> dict:
    return httpx.get(f"{hub.url}/api/region", headers={"Authorization": f"Bearer {admin}"}).json()


def test_figures_pushed_through_an_outage_and_a_kill_arrive_once_and_add_up(
    generated_month, tmp_path, region, qtbot
):
    centres = {}
    for name, town in (("Kokoomo", "Haapavesi"), ("Ohjaamo", "Oulainen"), ("Nuorten talo", "Pyhäjärvi")):
        path = tmp_path / f"{name}.db"
        figures, days, admin = hub_copy(generated_month, path)
        token = region.add_centre(name, town)
        assert region.join(token, path) == 0
        centres[name] = (HubProcess(path), figures, days, admin)
    assert len(centres["Kokoomo"][2]) > 20  # the month's working days, and days booked after it

    region.stop()  # the region is down before any hub pushed a day
    for hub, *_ in centres.values():
        hub.start(qtbot)
    for hub, _, days, admin in centres.values():
        qtbot.waitUntil(
            lambda hub=hub, admin=admin: link(hub, admin)["not_reached_since"] is not None, timeout=20000
        )
        status = link(hub, admin)
        assert status["days_waiting"] == len(days) and "not reached" in status["last_error"]
    killed, _, _, _ = centres["Kokoomo"]
    killed.kill()  # SIGKILL: its outbox is all it has

    region.start()
    killed.start(qtbot)
    for name, (hub, _figures, days, admin) in centres.items():
        qtbot.waitUntil(
            lambda name=name, days=days: len(region_counts(region.dsn, name)[1]) == len(days), timeout=120000
        )
        qtbot.waitUntil(lambda hub=hub, admin=admin: link(hub, admin)["days_waiting"] == 0, timeout=20000)
        assert link(hub, admin)["not_reached_since"] is None
    for hub, *_ in centres.values():
        hub.kill()

    for name, (_hub, figures, days, _admin) in centres.items():
        sums, pushed = region_counts(region.dsn, name)
        assert pushed == dict.fromkeys(sorted(days), 1)  # every day once, none twice
        assert sums["visitors"] == figures["visitors"]
        for row in figures["per_service"]:
            assert sums[f"service:{row['service']}"] == row["count"]
        for row in figures["per_first_answer"]:
            assert sums[f"answer:{row['answer'] or ''}"] == row["count"]
        for row in figures["per_hour"]:
            assert sums[f"hour:{row['hour']:02d}"] == row["count"]
        for key, value in figures["bookings"].items():
            assert sums[f"bookings:{key}"] == value

    with db.connect(region.dsn) as conn:
        table = stats.side_by_side(conn, FIRST_DAY, LAST_BOOKED)
    columns = {column["centre"]: column["cells"] for column in table["columns"]}
    month = centres["Kokoomo"][1]
    waits = month["waits"]["all"]
    assert columns["Kokoomo"][("waits", "count")] == str(waits["count"])
    assert abs(float(columns["Kokoomo"][("waits", "median_minutes")]) - waits["median_minutes"]) <= 0.05
    assert float(columns["Kokoomo"][("waits", "p90_minutes")]) == waits["p90_minutes"]
    assert columns[stats.REGION][("visitors", "all")] == str(3 * month["visitors"])


def test_a_day_changed_after_it_was_sent_is_sent_again_and_replaces_it(generated_month, tmp_path, region):
    path = tmp_path / "hub.db"
    hub_copy(generated_month, path)
    token = region.add_centre("Kokoomo", "Haapavesi")
    assert region.join(token, path) == 0
    now = datetime(2026, 3, 3, 12, 0, tzinfo=HELSINKI)
    hub_db = store.open_db(path)
    try:
        while region_link.push_round(hub_db, now):
            pass
        assert region_link.status(hub_db)["days_waiting"] == 0
        first_push = region_counts(region.dsn, "Kokoomo")[1]
        assert set(first_push.values()) == {1}
        # Staff recall a visitor marked no-show on Friday: Friday's figures change after they were sent.
        code = hub_db.execute(
            "SELECT code FROM tickets WHERE day = '2026-02-27' AND status = 'no_show' LIMIT 1"
        ).fetchone()[0]
        routing = loads(store.active_routing(hub_db)[1])
        staff_actions.recall(hub_db, routing, code, "desk-1", now)
        friday = region_link.day_figures(hub_db, date(2026, 2, 27))[0]
        assert region_link.push_round(hub_db, now + timedelta(minutes=1)) == 0  # looked at every 10 min
        assert region_link.push_round(hub_db, now + region_link.CHECK_EVERY) == 1
    finally:
        hub_db.conn.close()
    _, pushed = region_counts(region.dsn, "Kokoomo")
    assert pushed == {**first_push, "2026-02-27": 2}
    with db.connect(region.dsn) as conn:
        no_shows = conn.execute(
            "SELECT value FROM figure_counts WHERE day = '2026-02-27' AND key = 'ended:no_show'"
        ).fetchone()[0]
    assert no_shows == friday["ended:no_show"]
