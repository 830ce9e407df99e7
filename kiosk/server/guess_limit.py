"""GuessLimit: at most `limit` wrong guesses per sliding `window` seconds for each key (a token's id);
also the kiosk's bookings of one service (kiosk/server/hub/bookings_routes.py), counted once made.

Kept in the hub's memory only: a restart forgets it, which costs an attacker a restart per minute.
The caller counts only guesses that missed (an unknown booking code); a right guess is never
counted nor refused, so a real visitor always gets in.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable

LIMIT = 10
"""Wrong guesses a key may make in one window; the next is refused until the oldest leaves it."""
WINDOW = 60.0
"""Seconds."""


class GuessLimit:
    """A sliding window per key: the times of its last `limit` counted misses. Thread-safe."""

    def __init__(
        self,
        limit: int = LIMIT,
        window: float = WINDOW,
        clock: Callable[[], float] = time.monotonic,
        on_limited: Callable[[str, int], None] | None = None,
    ):
        """`on_limited(key, seconds)` is called once each time a key starts being refused (not on every
        refusal after it: a script hammering away must not flood the hub's log)."""
        self.limit = limit
        self.window = window
        self.clock = clock
        self.on_limited = on_limited
        self._misses: dict[str, deque[float]] = {}
        self._limited: set[str] = set()
        self._lock = threading.Lock()

    def miss(self, key: str) -> int:
        """Count one wrong guess by `key`, or refuse it: 0 when counted (answer it), else the whole
        seconds until the key may guess again (answer 429; a refused guess is not counted)."""
        with self._lock:
            now = self.clock()
            self._forget_before(now - self.window)
            misses = self._misses.setdefault(key, deque())
            if len(misses) < self.limit:
                misses.append(now)
                self._limited.discard(key)
                return 0
            wait = max(1, math.ceil(misses[0] + self.window - now))
            first = key not in self._limited
            self._limited.add(key)
        if first and self.on_limited is not None:
            self.on_limited(key, wait)
        return wait

    def wait(self, key: str) -> int:
        """0 when `key` may go on now, else the whole seconds until it may; nothing is counted (for a
        limit on what succeeded: ask first, count with `miss` once it did)."""
        with self._lock:
            now = self.clock()
            self._forget_before(now - self.window)
            misses = self._misses.get(key)
            if misses is None or len(misses) < self.limit:
                return 0
            return max(1, math.ceil(misses[0] + self.window - now))

    def _forget_before(self, cutoff: float) -> None:
        # Every key is swept on each call: the hub has a handful of tokens, so this stays tiny.
        for key in list(self._misses):
            misses = self._misses[key]
            while misses and misses[0] <= cutoff:
                misses.popleft()
            if not misses:
                del self._misses[key]
                self._limited.discard(key)
