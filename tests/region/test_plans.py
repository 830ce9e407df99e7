"""Templates and rounds: made on the region, checked there, and pulled by each hub (its own centre's
rounds only)."""

from __future__ import annotations

import threading
from datetime import date, datetime, time

import httpx

from kiosk.core.paths import DEFAULT_ROUTING
from kiosk.region import db, plans
from kiosk.server import store


def test_a_hub_pulls_the_templates_and_only_its_own_centres_rounds(region, make_hub, tmp_path, capsys, qtbot):
    kokoomo = region.add_centre("Kokoomo", "Haapavesi")
    region.add_centre("Ohjaamo", "Oulainen")
    assert region.cli("template", "add", "Kokoomo 2026", str(DEFAULT_ROUTING), "--note", "the pilot's") == 0
    assert region.cli("specialist", "add", "Debt adviser", "--service", "debt") == 0
    assert region.add_round("Debt adviser", "Kokoomo", 2, "09:00", "12:00") == 0
    assert region.add_round("Debt adviser", "Ohjaamo", 4, "10:00", "14:00") == 0

    hub = make_hub()
    assert region.join(kokoomo, hub.db_path) == 0

    def status() -> dict:
        return httpx.get(f"{hub.url}/api/region", headers=hub.auth("admin")).json()

    qtbot.waitUntil(lambda: bool(status()["templates"]), timeout=15000)
    assert status()["templates"] == [{"name": "Kokoomo 2026", "note": "the pilot's"}]
    assert status()["rounds"] == [
        {
            "specialist": "Debt adviser",
            "service": "debt",
            "weekday": 2,
            "start": "09:00",
            "end": "12:00",
            "slot_minutes": 30,
        }
    ]


def test_a_template_that_is_no_routing_and_a_double_round_are_refused(region, tmp_path, capsys):
    region.add_centre("Kokoomo", "Haapavesi")
    region.add_centre("Ohjaamo", "Oulainen")
    broken = tmp_path / "broken.yaml"
    broken.write_text("centre: {name: {fi: X}}\nquestions: []\n", encoding="utf-8")
    assert region.cli("template", "add", "Broken", str(broken)) == 1
    assert "not a valid routing" in capsys.readouterr().err
    assert region.cli("specialist", "add", "Careers", "--service", "Not An Id") == 1
    assert "not a service id" in capsys.readouterr().err
    assert region.cli("specialist", "add", "Careers", "--service", "careers") == 0
    assert region.add_round("Careers", "Kokoomo", 3, "09:00", "11:00") == 0
    assert region.add_round("Careers", "Ohjaamo", 3, "13:00", "15:00") == 1
    assert "already at Kokoomo on weekday 3" in capsys.readouterr().err
    assert region.add_round("Careers", "Ohjaamo", 4, "15:00", "13:00") == 1
    assert "before it starts" in capsys.readouterr().err
    token = region.add_centre("Kylä", "Pyhäntä")
    listed = httpx.get(f"{region.url}/api/centre/templates", headers=region.auth(token)).json()
    assert listed == {"templates": []}
    assert httpx.get(f"{region.url}/api/centre/rounds", headers=region.auth(token)).json() == {"rounds": []}


def test_a_specialists_booked_times_reach_the_region_as_time_and_state_only(region, make_hub, qtbot):
    kokoomo = region.add_centre("Kokoomo", "Haapavesi")
    region.add_centre("Ohjaamo", "Oulainen")
    assert region.cli("specialist", "add", "Debt adviser", "--service", "debt") == 0
    for centre, weekday in (("Kokoomo", 2), ("Ohjaamo", 4)):
        assert region.add_round("Debt adviser", centre, weekday, "09:00", "12:00") == 0
    hub = make_hub()
    assert region.join(kokoomo, hub.db_path) == 0
    slot = httpx.get(f"{hub.url}/api/services/debt/slots", headers=hub.auth("kiosk")).json()["slots"][0]
    booking = {"service": "debt", "start": slot["start"], "lang": "fi", "key": "region-booking"}
    booked = httpx.post(f"{hub.url}/api/bookings", json=booking, headers=hub.auth("kiosk"))
    assert booked.status_code == 201, booked.text

    def week() -> dict:
        day = slot["start"][:10]
        answer = httpx.get(
            f"{region.url}/api/specialists/Debt adviser/week?from={day}", headers=region.auth(region.admin)
        )
        return answer.json()

    qtbot.waitUntil(lambda: bool(week()["times"]), timeout=15000)
    (time,) = week()["times"]
    assert time["centre"] == "Kokoomo" and time["state"] == "booked"
    assert time.keys() == {"centre", "start", "state"}
    assert (
        httpx.get(f"{region.url}/api/specialists/Debt adviser/week", headers=region.auth(kokoomo)).status_code
        == 403
    )
    code = booked.json()["code"]
    with db.connect(region.dsn) as conn:
        everything = conn.execute("SELECT b::text FROM booked_times b").fetchall()
    assert everything and not any(code in row[0] or "fi" in row[0].split(",") for row in everything)

    # A service no round brings to the centre is refused, and nothing changes.
    refused = httpx.put(
        f"{region.url}/api/centre/booked-times",
        json={
            "from": "2026-03-01",
            "to": "2026-03-20",
            "times": [{"service": "job", "start": slot["start"], "state": "booked"}],
        },
        headers=region.auth(kokoomo),
    )
    assert (refused.status_code, refused.json()["error"]) == (422, "invalid_field")
    assert len(week()["times"]) == 1


def test_a_day_off_set_on_the_region_cancels_the_bookings_at_the_centre(region, make_hub, qtbot):
    kokoomo = region.add_centre("Kokoomo", "Haapavesi")
    hub = make_hub()
    slot = httpx.get(f"{hub.url}/api/services/debt/slots", headers=hub.auth("kiosk")).json()["slots"][0]
    day = date.fromisoformat(slot["start"][:10])
    booking = {"service": "debt", "start": slot["start"], "lang": "fi", "key": "region-day-off"}
    booked = httpx.post(f"{hub.url}/api/bookings", json=booking, headers=hub.auth("kiosk"))
    assert booked.status_code == 201, booked.text
    with db.connect(region.dsn) as conn:
        plans.add_specialist(conn, "Debt adviser", "debt")
        plans.add_round(conn, "Debt adviser", "Kokoomo", day.isoweekday(), time(9), time(12))
        touched = plans.add_day_off(conn, "Debt adviser", day, "a course in Oulu", today=day)
    assert touched == ["Kokoomo"]
    assert region.join(kokoomo, hub.db_path) == 0

    def status_of_booking() -> str:
        hub_db = store.open_db(hub.db_path)
        try:
            return hub_db.execute(
                "SELECT status FROM bookings WHERE code = ?", [booked.json()["code"]]
            ).fetchone()[0]
        finally:
            hub_db.conn.close()

    qtbot.waitUntil(lambda: status_of_booking() == "cancelled", timeout=15000)
    dates_off = httpx.get(f"{hub.url}/api/dates-off?from={day}&to={day}", headers=hub.auth("admin")).json()
    assert [(d["date"], d["service"], d["note"]) for d in dates_off["dates_off"]] == [
        (day.isoformat(), "debt", "")
    ]
    # The kiosk offers no slot of the debt adviser that day any more.
    slots = httpx.get(f"{hub.url}/api/services/debt/slots", headers=hub.auth("kiosk")).json()["slots"]
    assert not [s for s in slots if s["start"].startswith(day.isoformat())]


def test_a_round_added_while_its_specialist_is_removed_is_refused_in_words(region):
    """`specialist remove` holds the specialist's row; a round added meanwhile waits for it, then finds no
    specialist: a one-line refusal, not a foreign key's traceback."""
    kokoomo = "Kokoomo"
    region.add_centre(kokoomo, "Haapavesi")
    with db.connect(region.dsn) as conn:
        plans.add_specialist(conn, "Debt adviser", "debt")
    outcome: list[BaseException | None] = []
    with db.connect(region.dsn) as remover:
        with remover.transaction():
            # What remove_specialist does, held open: the row locked, then gone.
            remover.execute("SELECT id FROM specialists WHERE name = 'Debt adviser' FOR UPDATE")

            def add() -> None:
                try:
                    with db.connect(region.dsn) as conn:
                        plans.add_round(conn, "Debt adviser", kokoomo, 2, time(9), time(12))
                    outcome.append(None)
                except BaseException as error:  # the test reports what it was
                    outcome.append(error)

            adding = threading.Thread(target=add)
            adding.start()
            adding.join(0.5)
            assert adding.is_alive(), "the round waits for the removal"
            remover.execute("DELETE FROM specialists WHERE name = 'Debt adviser'")
        adding.join(10)
    assert len(outcome) == 1 and isinstance(outcome[0], db.RegionError), outcome
    assert "no specialist named 'Debt adviser'" in str(outcome[0])


def test_a_name_is_found_as_it_was_made_whatever_its_spaces(region):
    region.add_centre("Kokoomo", "Haapavesi")
    with db.connect(region.dsn) as conn:
        plans.add_specialist(conn, "  Debt   adviser ", "debt")  # kept as "Debt adviser"
        plans.add_round(conn, "Debt  adviser", " Kokoomo", 2, time(9), time(12))
        assert [(r["specialist"], r["centre"]) for r in plans.rounds_of(conn, "Debt adviser ")] == [
            ("Debt adviser", "Kokoomo")
        ]


def test_a_specialists_times_at_a_centre_leave_their_week_with_their_last_round_there_from_today(region):
    """Their hub sends the times of the services its rounds bring: once no round brings the specialist
    there, nothing would update those times. While another round still does, they stay and are kept up."""
    region.add_centre("Kokoomo", "Haapavesi")
    today = date(2026, 3, 4)  # a Wednesday
    with db.connect(region.dsn) as conn:
        plans.add_specialist(conn, "Debt adviser", "debt")
        plans.add_round(conn, "Debt adviser", "Kokoomo", 2, time(9), time(12))
        plans.add_round(conn, "Debt adviser", "Kokoomo", 3, time(9), time(12))
        (centre_id,) = conn.execute("SELECT id FROM centres WHERE name = 'Kokoomo'").fetchone()
        times = [  # last Tuesday's (came), today's and next Tuesday's
            {"service": "debt", "start": datetime.fromisoformat(start), "state": state}
            for start, state in (
                ("2026-03-03T09:00:00+02:00", "checked_in"),
                ("2026-03-04T09:00:00+02:00", "booked"),
                ("2026-03-10T09:30:00+02:00", "booked"),
            )
        ]
        plans.replace_booked_times(conn, centre_id, date(2026, 3, 2), date(2026, 3, 16), times)

        def week() -> list[tuple[str, str]]:
            found = plans.week_of(conn, "Debt adviser", date(2026, 3, 2), date(2026, 3, 16))
            return [(t["start"][:10], t["state"]) for t in found]

        everything = [("2026-03-03", "checked_in"), ("2026-03-04", "booked"), ("2026-03-10", "booked")]
        assert week() == everything
        assert plans.remove_round(conn, "Debt adviser", "Kokoomo", 3, time(9), today)["times_cleared"] == 0
        assert week() == everything, "the Tuesday round still brings them there"
        assert plans.remove_round(conn, "Debt adviser", "Kokoomo", 2, time(9), today)["times_cleared"] == 2
        assert week() == [("2026-03-03", "checked_in")], "the visit before today stays as their record"


def test_pushes_of_booked_times_at_once_or_in_another_offset_all_succeed(region):
    """Two pushes of one centre at once (a hub's retry while its first try still ran) gave a 500 about
    half the time; a time sent in UTC was checked against the UTC day but replaced by the Helsinki one,
    so the same push again was a 500."""
    kokoomo = region.add_centre("Kokoomo", "Haapavesi")
    assert region.cli("specialist", "add", "Debt adviser", "--service", "debt") == 0
    assert region.add_round("Debt adviser", "Kokoomo", 2, "09:00", "12:00") == 0
    url, headers = f"{region.url}/api/centre/booked-times", region.auth(kokoomo)
    late = {
        "from": "2026-03-03",
        "to": "2026-03-03",
        "times": [
            {
                "service": "debt",
                "start": "2026-03-02T23:30:00+00:00",
                "state": "booked",
            }  # 01:30 on 03-03 here
        ],
    }
    for _ in range(3):
        answer = httpx.put(url, json=late, headers=headers, timeout=10)
        assert answer.status_code == 200 and answer.json() == {"kept": 1}, answer.text
    utc_day = dict(late, **{"from": "2026-03-02", "to": "2026-03-02"})  # not Helsinki's day: refused
    assert httpx.put(url, json=utc_day, headers=headers, timeout=10).status_code == 422

    times = [
        {"service": "debt", "start": f"2026-03-10T{h:02}:00:00+02:00", "state": "booked"} for h in (9, 10, 11)
    ]
    push = {"from": "2026-03-10", "to": "2026-03-10", "times": times}
    statuses: list[int] = []

    def pusher() -> None:
        with httpx.Client(timeout=10) as client:
            statuses.extend(client.put(url, json=push, headers=headers).status_code for _ in range(15))

    threads = [threading.Thread(target=pusher) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert statuses == [200] * 60
    with db.connect(region.dsn) as conn:
        assert conn.execute("SELECT count(*) FROM booked_times").fetchone()[0] == 4


def test_a_specialists_name_with_a_nul_is_nobody_not_a_500(region):
    kokoomo = region.add_centre("Kokoomo", "Haapavesi")
    admin = httpx.get(
        f"{region.url}/api/specialists/a%00b/week", headers=region.auth(region.admin), timeout=10
    )
    assert admin.status_code == 200 and admin.json()["times"] == []
    centre = httpx.get(
        f"{region.url}/api/centre/specialists/a%00b/week", headers=region.auth(kokoomo), timeout=10
    )
    assert (centre.status_code, centre.json()["error"]) == (404, "unknown_specialist")
