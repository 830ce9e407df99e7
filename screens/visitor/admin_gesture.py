"""AdminGesture: a long press (3 s) in the kiosk's top-left corner opens the admin PIN dialog.

Nothing shows it and a normal tap there does what it always did: only a press held still for the
whole time opens the PIN dialog, and then the press is not also taken as a tap on what lies under
it. The admin screens load only then (the kiosk starts without them).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer
from PySide6.QtWidgets import QAbstractButton, QWidget

from screens.common.window_events import follow, watch

HOLD_MS = 3000
CORNER_PX = 80
"""The corner's size, in the window's pixels from its top-left."""
SLACK_PX = 24
"""How far a finger may wander while holding."""

_PRESS = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick)
_WANTED = (*_PRESS, QEvent.Type.MouseMove, QEvent.Type.MouseButtonRelease)


class AdminGesture(QObject):
    def __init__(
        self,
        window: QWidget,
        hub_url: str,
        token: str = "",
        *,
        hold_ms: int = HOLD_MS,
        corner_px: int = CORNER_PX,
    ):
        super().__init__(window)
        self.window = window
        self.hub_url = hub_url
        self.token = token  # the kiosk's own: a kiosk joined to another machine's hub is paired by it
        self.corner_px = corner_px
        self.opener = None
        self._start: QPoint | None = None
        self._pressed: QWidget | None = None
        self._fired = False
        self._timer = QTimer(self, singleShot=True, interval=hold_ms)
        self._timer.timeout.connect(self._held)
        watch(window, self)  # every widget of the kiosk window, not every object of the application

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in _WANTED:
            follow(kind, event, self)
            return False
        if watched.window() is not self.window:
            return False
        if kind in _PRESS:
            if self._start is None:
                where = self.window.mapFromGlobal(event.globalPosition().toPoint())
                if 0 <= where.x() < self.corner_px and 0 <= where.y() < self.corner_px:
                    self._start, self._pressed, self._fired = where, watched, False
                    self._timer.start()
        elif kind == QEvent.Type.MouseMove and self._start is not None:
            where = self.window.mapFromGlobal(event.globalPosition().toPoint())
            if (where - self._start).manhattanLength() > SLACK_PX:
                self._cancel()
        elif kind == QEvent.Type.MouseButtonRelease and self._start is not None:
            fired = self._fired
            self._cancel()
            # The long press opened the PIN dialog: it is not also a tap on the button under it.
            return fired
        return False

    def _cancel(self) -> None:
        self._timer.stop()
        self._start = None
        self._pressed = None

    def _held(self) -> None:
        self._fired = True
        if isinstance(self._pressed, QAbstractButton):
            self._pressed.setDown(False)
        self.open_admin()

    def open_admin(self) -> None:
        from screens.admin.app import AdminOpener

        if self.opener is None:
            self.opener = AdminOpener(self.hub_url, parent=self, token=self.token)
        if self.opener.window is not None and self.opener.window.isVisible():
            self.opener.window.raise_()
            self.opener.window.activateWindow()
            return
        self.opener.ask_pin()


def install(window: QWidget, hub_url: str, token: str = "") -> AdminGesture:
    """Watch the kiosk window for the admin's long press; the PIN goes to the hub with `token`."""
    return AdminGesture(window, hub_url, token)
