"""The kiosk takes a newly published routing by itself: its health poll names the active version."""

from __future__ import annotations

import pytest

from kiosk.client.hub_client import HubClient
from kiosk.core import clock
from kiosk.core.paths import DEFAULT_ROUTING
from kiosk.core.routing import dump, loads
from kiosk.server import store
from screens.visitor.flow import VisitFlow

pytestmark = pytest.mark.hub


def publish_swedish_fix(db_path) -> int:
    routing = loads(DEFAULT_ROUTING.read_text(encoding="utf-8"))
    routing.question("need").answers[0].label["sv"] = "Jobb"
    db = store.open_db(db_path)
    try:
        return store.publish_routing(db, dump(routing), note="Swedish label", now=clock.now())
    finally:
        db.conn.close()


def test_a_routing_published_while_the_kiosk_waits_is_used_at_the_welcome_screen(qtbot, hub):
    client = HubClient(hub.url, hub.token, online_poll_ms=100)
    flow = VisitFlow(client, tap_guard_ms=0)
    try:
        with qtbot.waitSignal(client.routingChanged, timeout=5000):
            client.fetch_routing()
        assert flow.screen == "welcome"
        assert flow.routing.question("need").answers[0].label["sv"] != "Jobb"
        version = publish_swedish_fix(hub.db_path)  # as `kiosk routing import` or the admin's Publish
        with qtbot.waitSignal(client.routingChanged, timeout=5000) as changed:
            pass  # the next health poll sees the new version and fetches it
        assert changed.args[1] == version
        assert flow.routing.question("need").answers[0].label["sv"] == "Jobb"
    finally:
        client.stop()
        client.deleteLater()


def test_an_unchanged_routing_is_not_fetched_again(qtbot, hub):
    client = HubClient(hub.url, hub.token, online_poll_ms=50)
    try:
        with qtbot.waitSignal(client.routingChanged, timeout=5000):
            client.fetch_routing()
        with qtbot.assertNotEmitted(client.routingChanged, wait=400):
            pass  # eight health polls, the same version: nothing fetched, the visit undisturbed
    finally:
        client.stop()
        client.deleteLater()
