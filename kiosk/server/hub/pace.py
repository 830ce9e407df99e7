"""How many requests one LAN address may send: a token bucket per address, kept in memory.

Every other limit at the door caps what one request or one connection may hold; none capped how many
answers a client may ask for. A laptop on the centre's Wi-Fi reading the open routing and health as
fast as it could (6,000 requests in 20 s) made the kiosk's ticket take 108 ms instead of 6. A kiosk,
a console or the TV sends a few requests a minute, a phone one stream; a burst (a console's first
load, an admin page) is allowed. The hub machine itself (loopback) is not paced.

A request past the pace is answered 429 by the door (kiosk/server/hub/guard.py); a new connection from
an address with nothing left is closed as it opens (kiosk/server/hub/server.py), so a flood costs
the hub an accept and a close, not an HTTP parse.
"""

from __future__ import annotations

PER_SECOND = 20.0
"""Requests per second one address may keep up."""
BURST = 100
"""Requests one address may send at once after a quiet moment."""
KEPT = 4096
"""Past this many addresses remembered, those whose bucket has filled up again are forgotten."""


class Pace:
    """A bucket of `burst` requests per address, filled at `per_second`."""

    def __init__(self, per_second: float = PER_SECOND, burst: int = BURST):
        self.per_second = per_second
        self.burst = float(burst)
        self._buckets: dict[str, tuple[float, float]] = {}
        """address -> (requests left, when that was counted), by the monotonic clock."""

    def _left(self, address: str, now: float) -> float:
        """The requests `address` may send now: what it had, refilled since, at most `burst`."""
        left, then = self._buckets.get(address, (self.burst, now))
        return min(self.burst, left + (now - then) * self.per_second)

    def wait(self, address: str, now: float) -> float:
        """0 when `address` may send this request now (and it is counted); else the seconds until it may."""
        left = self._left(address, now)
        if left < 1:
            self._buckets[address] = (left, now)
            return (1 - left) / self.per_second
        if len(self._buckets) >= KEPT and address not in self._buckets:
            self._forget_full(now)
            if len(self._buckets) >= KEPT:  # thousands of addresses busy at once: memory stays bounded
                self._buckets.clear()
        self._buckets[address] = (left - 1, now)
        return 0.0

    def spent(self, address: str, now: float) -> bool:
        """Whether `address` has not one request left now (nothing is counted): the hub then closes its
        new connections as they open, before a byte of them is parsed."""
        return self._left(address, now) < 1

    def _forget_full(self, now: float) -> None:
        full = self.burst / self.per_second
        for address, (_, then) in list(self._buckets.items()):
            if now - then >= full:
                del self._buckets[address]
