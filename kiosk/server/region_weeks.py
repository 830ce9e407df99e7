"""The visiting specialists' weeks as the region gave them, shared by the staff consoles for a moment.

Every console reloads its Appointments tab on every booking event and asks the hub for the week of each
scheduled service it shows; the hub asks the region (`region_link.week`). Five consoles showing three
such services made fifteen region requests per booking, and a region that does not answer held a hub
worker thread for `region_link.WEEK_TIMEOUT` seconds each. So here:

- asks for the same week while one is under way wait for its answer instead of asking again;
- an answer is given again for `FRESH_S` seconds (the consoles reload together after a booking
  event: one ask);
- a region that did not answer is not asked again for `QUIET_S` seconds: the consoles hear at once that
  it does not answer, and no worker thread waits on it meanwhile.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from kiosk.server import region_link
from kiosk.server.region_link import Answer

FRESH_S = 1.0
"""How long an answer of the region is given again for the same week."""
QUIET_S = 15.0
"""How long a region that did not answer is left alone (its weeks answered "not reached" meanwhile)."""

Ask = Callable[[str, str, str, date, date], Answer]


class RegionWeeks:
    """`week(url, token, specialist, first, last)`, as `region_link.week`, shared; safe from any thread."""

    def __init__(self, ask: Ask = region_link.week, clock: Callable[[], float] = time.monotonic):
        self._ask = ask
        self._clock = clock
        self._lock = threading.Lock()
        self._kept: dict[tuple, tuple[float, Answer]] = {}
        """(url, token, specialist, first, last) -> (until, the region's answer)"""
        self._quiet: dict[str, tuple[float, Answer]] = {}
        """A region's url -> (until, its last "not reached")"""
        self._asking: dict[tuple, threading.Event] = {}
        self.asked = 0
        """How many times the region was asked (for the figures and the tests)."""

    def week(self, url: str, token: str, specialist: str, first: date, last: date) -> Answer:
        key = (url, token, specialist, first, last)
        while True:
            with self._lock:
                now = self._clock()
                kept = self._kept.get(key) or self._quiet.get(url)
                if kept is not None and now < kept[0]:
                    return kept[1]
                under_way = self._asking.get(key)
                if under_way is None:
                    mine = self._asking[key] = threading.Event()
                    break
            # Another request asks for this week now: its answer, once kept (or ask ourselves, should it
            # have failed without one).
            under_way.wait(region_link.WEEK_TIMEOUT + 1)
        answer = None
        try:
            self.asked += 1
            answer = self._ask(url, token, specialist, first, last)
            return answer
        finally:
            with self._lock:
                now = self._clock()
                if answer is not None and answer.status == 0:
                    left = f"{answer.error} (asked again in {QUIET_S:.0f} s)"
                    self._quiet[url] = (now + QUIET_S, replace(answer, error=left))
                elif answer is not None:
                    self._quiet.pop(url, None)
                    self._kept[key] = (now + FRESH_S, answer)
                for done in [k for k, (until, _) in self._kept.items() if until <= now]:
                    del self._kept[done]
                del self._asking[key]
                mine.set()
