"""Three centres' hubs as processes (`kiosk hub`) on one region server: a specialist's round gives slots at
the two centres on it and none at the third; a booking at one is no code at the others; a day off set
on the region while it is down reaches both centres once it is back, their bookings cancelled; a
template adopted at the third walks its kiosk to the template's new service."""

from __future__ import annotations

from datetime import date, datetime, time

import httpx
import pytest
import yaml
from conftest import HubProcess

from kiosk.core.paths import DEFAULT_ROUTING
from kiosk.core.routing import loads, to_data
from kiosk.region import db, plans
from kiosk.server import store, tokens

pytestmark = [pytest.mark.hub, pytest.mark.long]

CENTRES = (("Kokoomo", "Haapavesi"), ("Ohjaamo", "Oulainen"), ("Navigaattori", "Pyhäjärvi"))


def housing_template() -> str:
    """The default routing with a housing adviser taking walk-ins at any hour, and an answer to them."""
    data = yaml.safe_load(DEFAULT_ROUTING.read_text(encoding="utf-8"))
    langs = data["languages"]  # the template's texts in every language it offers
    data["centre"].pop("hours", None)
    data["services"].append(
        {
            "id": "housing",
            "name": dict.fromkeys(langs, "Housing adviser"),
            "kind": "onsite",
            "prefix": "Y",
            "location": dict.fromkeys(langs, "Room 9"),
            "icon": "home",
        }
    )
    data["questions"][0]["answers"].append(
        {"id": "housing", "label": dict.fromkeys(langs, "Housing"), "icon": "home", "route": ["housing"]}
    )
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    loads(text)  # a routing the region and the hubs accept
    return text


class Centre:
    def __init__(self, name: str, town: str, region, tmp_path):
        self.name = name
        self.path = tmp_path / f"{name}.db"
        hub_db = store.open_db(self.path)
        try:
            self.tokens = {role: tokens.add_token(hub_db, role) for role in ("kiosk", "staff", "admin")}
        finally:
            hub_db.conn.close()
        token = region.add_centre(name, town)
        assert region.join(token, self.path) == 0
        self.hub = HubProcess(self.path)

    def auth(self, role: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[role]}"}

    def get(self, path: str, role: str = "admin", **params) -> httpx.Response:
        return httpx.get(f"{self.hub.url}{path}", params=params, headers=self.auth(role), timeout=10)

    def post(self, path: str, body: dict | None = None, role: str = "kiosk") -> httpx.Response:
        return httpx.post(f"{self.hub.url}{path}", json=body, headers=self.auth(role), timeout=10)

    def debt_slot(self, weekday: int, hour: int) -> str:
        for slot in self.get("/api/services/debt/slots").json()["slots"]:
            start = datetime.fromisoformat(slot["start"])
            if start.isoweekday() == weekday and start.hour == hour:
                return slot["start"]
        return ""

    def booking_status(self, code: str) -> str:
        hub_db = store.open_db(self.path)
        try:
            return hub_db.execute("SELECT status FROM bookings WHERE code = ?", [code]).fetchone()[0]
        finally:
            hub_db.conn.close()


@pytest.fixture
def centres(region, tmp_path, qtbot):
    made = [Centre(name, town, region, tmp_path) for name, town in CENTRES]
    try:
        yield made
    finally:
        for centre in made:
            centre.hub.kill()


def test_three_hubs_share_a_specialists_round_a_day_off_and_a_template(region, centres, qtbot):
    kokoomo, ohjaamo, navigaattori = centres
    with db.connect(region.dsn) as conn:
        plans.add_template(conn, "Housing", housing_template(), "with the housing adviser")
        plans.add_specialist(conn, "Debt adviser", "debt")
        plans.add_round(conn, "Debt adviser", kokoomo.name, 3, time(8), time(10))
        plans.add_round(conn, "Debt adviser", ohjaamo.name, 4, time(8), time(10))
    for centre in centres:
        centre.hub.start(qtbot)

    # The round's slots at the two centres on it (each on its own weekday), none at the third.
    qtbot.waitUntil(lambda: bool(kokoomo.debt_slot(3, 8) and ohjaamo.debt_slot(4, 8)), timeout=20_000)
    assert not kokoomo.debt_slot(4, 8) and not ohjaamo.debt_slot(3, 8)
    qtbot.waitUntil(lambda: bool(navigaattori.get("/api/region").json()["templates"]), timeout=20_000)
    assert not navigaattori.debt_slot(3, 8) and not navigaattori.debt_slot(4, 8)

    # The region goes down before the bookings are made, so each hub has their times to send and finds
    # it away (a hub with nothing to send notices only at its next pull, within 10 minutes).
    region.stop()
    booked = {}
    for centre, weekday in ((kokoomo, 3), (ohjaamo, 4)):
        start = centre.debt_slot(weekday, 8)
        made = centre.post(
            "/api/bookings", {"service": "debt", "start": start, "lang": "fi", "key": centre.name}
        )
        assert made.status_code == 201, made.text
        booked[centre.name] = made.json()
    # A booking's code is its own centre's: the others do not know it.
    for code_of, other in ((kokoomo, ohjaamo), (kokoomo, navigaattori), (ohjaamo, kokoomo)):
        unknown = other.post(f"/api/bookings/{booked[code_of.name]['code']}/check-in")
        assert (unknown.status_code, unknown.json()["error"]) == (404, "unknown_booking")

    for centre in (kokoomo, ohjaamo):
        qtbot.waitUntil(
            lambda c=centre: c.get("/api/region").json()["not_reached_since"] is not None, timeout=30_000
        )
    # Meanwhile a day off is set on the region for each booked day.
    with db.connect(region.dsn) as conn:
        for centre in (kokoomo, ohjaamo):
            day = date.fromisoformat(booked[centre.name]["start"][:10])
            assert plans.add_day_off(conn, "Debt adviser", day, "a course", today=day) == [centre.name]
    region.start()
    for centre in (kokoomo, ohjaamo):
        code = booked[centre.name]["code"]
        qtbot.waitUntil(lambda c=centre, code=code: c.booking_status(code) == "cancelled", timeout=60_000)
        day = booked[centre.name]["start"][:10]
        assert not [
            s for s in centre.get("/api/services/debt/slots").json()["slots"] if s["start"].startswith(day)
        ]

    # The template adopted at the third centre (read and checked, then published, as the admin does).
    template = navigaattori.get("/api/region/templates/Housing").json()
    routing = loads(template["yaml"])
    published = navigaattori.post(
        "/api/routing", {"routing": to_data(routing), "note": "The region's template Housing"}, role="admin"
    )
    assert published.status_code == 201, published.text
    visit = navigaattori.post("/api/visits", {"lang": "fi", "answers": {"need": "housing"}, "key": "v1"})
    assert visit.status_code in (200, 201), visit.text
    assert visit.json()["ticket"]["service"] == "housing"
    # The other centres' routings are their own.
    assert "housing" not in {s["id"] for s in kokoomo.get("/api/routing").json()["routing"]["services"]}
