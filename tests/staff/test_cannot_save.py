"""The console says so when the hub cannot save (its health says `"writes": "failing"`), and stops
saying it once the hub healed: a real hub over a real SQLite file made unwritable with `chattr +i`."""

from __future__ import annotations

import pytest
from faults import Immutable

from .helpers import visit

pytestmark = pytest.mark.hub


@pytest.fixture
def immutable():
    locked = Immutable()
    yield locked
    locked.release()


def test_a_hub_that_cannot_save_shows_a_banner_until_it_heals(make_console, hub, immutable):
    console = make_console(lang="fi", health_ms=200)
    window = console.window
    visit(hub)
    console.qtbot.waitUntil(lambda: console.rows() == ["A001"], timeout=5000)
    assert not window.banner.isVisible()

    immutable.lock(hub.db_path, hub.db_path.with_name(hub.db_path.name + "-wal"))
    owner = hub.app.state.hub
    assert owner.check_writes() is False  # what the hub's own check finds within 30 s
    console.qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=5000)
    assert window.banner.text() == (
        "Palvelin ei voi tallentaa: vuoronumeroita ei voi antaa.\n"
        "Kerro keskuksen IT-tuelle: levy voi olla täynnä. Kaikki toimii taas itsestään, kun vika on korjattu."
    )
    window.choose_language("sv")
    assert window.banner.text().startswith("Servern kan inte spara: inga könummer kan ges.")
    assert console.desk.online and console.rows() == ["A001"]  # the queue is still shown

    immutable.release()
    console.qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=10000)  # the hub's retry healed it
