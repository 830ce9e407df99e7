"""GuessLimit: at most `limit` wrong guesses per sliding `window` seconds for each key (a token's id).

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
        self, limit: int = LIMIT, window: float = WINDOW, clock: Callable[[], float] = time.monotonic
    ):
        self.limit = limit
        self.window = window
        self.clock = clock
        self._misses: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def miss(self, key: str) -> int:
        """Count one wrong guess by `key`, or refuse it: 0 when counted (answer it), else the whole
        seconds until the key may guess again (answer 429; a refused guess is not counted)."""
        with self._lock:
            now = self.clock()
            self._forget_before(now - self.window)
            misses = self._misses.setdefault(key, deque())
            if len(misses) >= self.limit:
                return max(1, math.ceil(misses[0] + self.window - now))
            misses.append(now)
            return 0

    def _forget_before(self, cutoff: float) -> None:
        # Every key is swept on each call: the hub has a handful of tokens, so this stays tiny.
        for key in list(self._misses):
            misses = self._misses[key]
            while misses and misses[0] <= cutoff:
                misses.popleft()
            if not misses:
                del self._misses[key]
