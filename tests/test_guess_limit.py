"""GuessLimit: a sliding window of wrong guesses per key, on a clock the test moves."""

from __future__ import annotations

from kiosk.server.guess_limit import GuessLimit


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_guess_after_the_limit_waits_until_the_oldest_leaves_the_window():
    clock = Clock()
    limit = GuessLimit(limit=3, window=60, clock=clock)
    for at in (0, 10, 20):
        clock.now = 1000 + at
        assert limit.miss("kiosk") == 0
    clock.now = 1030
    assert limit.miss("kiosk") == 30  # the miss at 0 leaves the window at 60
    clock.now = 1059.5
    assert limit.miss("kiosk") == 1  # whole seconds, rounded up, never 0 while refused
    clock.now = 1060
    assert limit.miss("kiosk") == 0  # slid: the misses at 10, 20 and 60 are in the window now
    clock.now = 1061
    assert limit.miss("kiosk") == 9


def test_a_refused_guess_is_not_counted():
    clock = Clock()
    limit = GuessLimit(limit=2, window=60, clock=clock)
    assert (limit.miss("k"), limit.miss("k")) == (0, 0)
    for _ in range(100):  # a script hammering while refused does not push its wait further away
        assert limit.miss("k") == 60
    clock.now += 60
    assert (limit.miss("k"), limit.miss("k"), limit.miss("k")) == (0, 0, 60)


def test_each_key_has_its_own_window():
    clock = Clock()
    limit = GuessLimit(limit=1, window=60, clock=clock)
    assert limit.miss("kiosk A") == 0
    assert limit.miss("kiosk A") == 60
    assert limit.miss("kiosk B") == 0


def test_the_default_is_ten_a_minute():
    clock = Clock()
    limit = GuessLimit(clock=clock)
    assert [limit.miss("k") for _ in range(11)] == [0] * 10 + [60]


def test_the_start_of_each_refusal_is_told_once():
    clock = Clock()
    told = []
    limit = GuessLimit(limit=2, window=60, clock=clock, on_limited=lambda key, wait: told.append((key, wait)))
    for _ in range(2 + 50):
        limit.miss("k")
    assert told == [("k", 60)]
    clock.now += 60
    for _ in range(3):
        limit.miss("k")
    assert told == [("k", 60), ("k", 60)]
