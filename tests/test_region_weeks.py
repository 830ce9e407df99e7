"""The hub shares a specialist's week from the region among its staff consoles for a moment: asks at the
same time wait for one request, an answer is given again for two seconds, and a region that does not
answer is left alone for fifteen (kiosk/server/region_weeks.py). A real HTTP server on loopback stands in
for the region and counts what it is asked."""

from __future__ import annotations

import socket
import threading
from datetime import date

import pytest
from stand_in import StandIn

from kiosk.server.region_weeks import FRESH_S, QUIET_S, RegionWeeks

DAYS = (date(2026, 3, 3), date(2026, 3, 9))


class Region(StandIn):
    """Answers every GET with an empty week once `release` is set (a test holds the first one open)."""

    def __init__(self, port: int = 0):
        self.asked = 0
        self.arrived = threading.Event()
        self.release = threading.Event()
        super().__init__(self._answer, port)

    def _answer(self, _path: str) -> tuple[int, dict]:
        self.asked += 1
        self.arrived.set()
        self.release.wait(5)
        return 200, {"specialist": "Debt adviser", "times": []}

    def stop(self) -> None:
        self.release.set()
        super().stop()


@pytest.fixture
def region():
    running = Region()
    yield running
    running.stop()


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_asks_at_once_share_one_request_and_its_answer_for_a_moment(region):
    clock = Clock()
    weeks = RegionWeeks(clock=clock)
    answers = []
    askers = [
        threading.Thread(target=lambda: answers.append(weeks.week(region.url, "t", "Debt adviser", *DAYS)))
        for _ in range(8)
    ]
    for asker in askers:
        asker.start()
    assert region.arrived.wait(5)  # the first asks, held open; the others wait for it
    region.release.set()
    for asker in askers:
        asker.join(10)
    assert [a.status for a in answers] == [200] * 8
    assert region.asked == 1 and weeks.asked == 1

    clock.now += FRESH_S - 0.1
    assert weeks.week(region.url, "t", "Debt adviser", *DAYS).status == 200
    assert region.asked == 1, "given again within FRESH_S"
    assert weeks.week(region.url, "t", "Other specialist", *DAYS).status == 200
    assert region.asked == 2, "another specialist's week is another question"
    clock.now += 0.2
    weeks.week(region.url, "t", "Debt adviser", *DAYS)
    assert region.asked == 3, "asked again once FRESH_S has passed"


def test_a_region_that_does_not_answer_is_left_alone_then_asked_again():
    with socket.socket() as probe:  # a port nothing listens on: the region is down
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    clock = Clock()
    weeks = RegionWeeks(clock=clock)
    down = weeks.week(url, "t", "Debt adviser", *DAYS)
    assert down.status == 0 and "not reached" in down.error
    region = Region(port)  # back on the same address
    try:
        region.release.set()
        again = weeks.week(url, "t", "Debt adviser", *DAYS)
        assert again.status == 0 and f"asked again in {QUIET_S:.0f} s" in again.error
        assert weeks.week(url, "t", "Another specialist", *DAYS).status == 0, "the whole region is quiet"
        assert (region.asked, weeks.asked) == (0, 1)
        clock.now += QUIET_S
        assert weeks.week(url, "t", "Debt adviser", *DAYS).status == 200
        assert region.asked == 1
    finally:
        region.stop()
