"""Group commit: changes that wait for the hub's write lock at the same moment share one transaction.

A visit's cost on this hardware is mostly the commit's fsync (a few ms), not its SQL. So instead of
each request taking the lock, committing and syncing in turn, the first request to arrive leads: it
takes every change waiting at that moment (its own among them), runs them one after the other in ONE
write transaction, each in its own SAVEPOINT (`kiosk.server.store.grouped`), and commits once. A
change that fails (a 409, a bad request) is rolled back to its savepoint and fails alone; the others
still commit. Nobody is answered before the commit: a 201 still means on disk. The next waiting
request then leads the next group, so no request leads for long.

When the shared transaction itself fails (a full disk, an I/O error, a failed COMMIT), nothing of the
group reached the disk: every change of it is run again alone, as without grouping, and each gets
its own answer.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")

GATHER_SECONDS = 0.001
"""Under load (the last group had more than one change), how long a new leader waits for the
requests answered with the last group to come back before it starts: one fsync for them all
instead of one for the first and one for the rest. A lone request never waits."""


class Job(Generic[T]):
    """One change waiting to run: `fn(db)`, then its `result` or `error`."""

    __slots__ = ("error", "finished", "fn", "result", "settled", "wake")

    def __init__(self, fn: Callable):
        self.fn = fn
        self.result = None
        self.error: BaseException | None = None
        self.settled = False
        self.finished = False
        self.wake = threading.Event()

    def settle(self, result=None, error: BaseException | None = None) -> None:
        self.result, self.error, self.settled = result, error, True

    def outcome(self):
        if self.error is not None:
            raise self.error
        return self.result


class GroupCommit:
    """Runs `run(fn)` calls from many threads in groups through `run_group(jobs)`, one group at a time.

    `run_group` must `settle` each job; this class only decides who leads and who waits.
    """

    def __init__(self, run_group: Callable[[list[Job]], None]):
        self._run_group = run_group
        self._guard = threading.Lock()
        self._pending: list[Job] = []
        self._leading = False
        self._last_size = 0

    def run(self, fn: Callable):
        job = Job(fn)
        with self._guard:
            self._pending.append(job)
            lead = not self._leading
            self._leading = True
        if not lead:
            job.wake.wait()  # woken when done, or to lead the next group
        if not job.finished:
            self._lead()
        return job.outcome()

    def _lead(self) -> None:
        if self._last_size > 1:
            time.sleep(GATHER_SECONDS)
        with self._guard:
            jobs, self._pending = self._pending, []
        self._last_size = len(jobs)
        try:
            self._run_group(jobs)
        except BaseException as error:  # the group runner broke: whoever has no answer gets this
            for job in jobs:
                if not job.settled:
                    job.settle(error=error)
        finally:
            for job in jobs:
                job.finished = True
                job.wake.set()
            with self._guard:
                if self._pending:
                    self._pending[0].wake.set()  # not finished: it leads the next group
                else:
                    self._leading = False
