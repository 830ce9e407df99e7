"""Draft: the routing being edited, its undo steps, and its problems checked again after each edit.

A non-widget model: the editor's tabs change it through `edit(...)` and listen to `changed` and
`problemsChanged`. The check runs `kiosk.core.routing.check` (the same the hub runs on publish) at most
once per `debounce_ms` while the manager types.
"""

from __future__ import annotations

import copy
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.core.routing import Problem, Routing, check
from screens.admin.edits import item_of

UNDO_STEPS = 50
MERGE_S = 1.5
"""Keystrokes in one field within this time are one undo step."""


class Draft(QObject):
    changed = Signal(str)
    """An edit was made; the argument is the item it concerned ("" for a whole new draft)."""
    problemsChanged = Signal(list)

    def __init__(self, routing: Routing, parent: QObject | None = None, *, debounce_ms: int = 200):
        super().__init__(parent)
        self.routing = routing
        self.version: int | None = None
        self.dirty = False
        self.problems: list[Problem] = check(routing)
        self._undo: list[Routing] = []
        self._last_key = ""
        self._last_at = 0.0
        self._check = QTimer(self, singleShot=True, interval=debounce_ms)
        self._check.timeout.connect(self.check_now)

    def load(self, routing: Routing, version: int | None = None) -> None:
        """Start afresh from a routing (the hub's active one, or a file)."""
        self.routing = routing
        self.version = version
        self.dirty = False
        self._undo.clear()
        self._last_key = ""
        self.changed.emit("")
        self.check_now()

    def adopt(self, routing: Routing) -> None:
        """Make `routing` (a region's template) the whole draft, as one undo step; published as any edit."""
        self._remember()
        self._last_key = ""
        self.routing = routing
        self.dirty = True
        self.changed.emit("")
        self.check_now()

    def edit(self, key: str, change: Callable[[Routing], object], *, merge: bool = False) -> object:
        """Apply `change` to the draft as one undo step (typing in one field: `merge` keystrokes)."""
        now = time.monotonic()
        if not (merge and key == self._last_key and now - self._last_at < MERGE_S):
            self._remember()
        self._last_key, self._last_at = key, now
        result = change(self.routing)
        self.dirty = True
        self.changed.emit(key)
        self._check.start()
        return result

    def _remember(self) -> None:
        """One undo step: the draft as it is now (only the last UNDO_STEPS are kept)."""
        self._undo.append(copy.deepcopy(self.routing))
        del self._undo[:-UNDO_STEPS]

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    def undo(self) -> None:
        if self._undo:
            self.routing = self._undo.pop()
            self._last_key = ""
            self.dirty = True
            self.changed.emit("")
            self._check.start()

    def check_now(self) -> None:
        self._check.stop()
        self.problems = check(self.routing)
        self.problemsChanged.emit(self.problems)

    @property
    def checking(self) -> bool:
        """An edit was made and its check has not run yet."""
        return self._check.isActive()

    def problems_of(self, item: str) -> list[Problem]:
        return [p for p in self.problems if item_of(p.where, self.routing) == item]
