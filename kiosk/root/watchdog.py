"""systemd's watchdog for the kiosk window: a hung window is restarted, not left frozen at the door.

Under `Type=notify` with `WatchdogSec=` (deploy/systemd/kokoomo-kiosk.service), systemd waits for
`READY=1` and then expects `WATCHDOG=1` at least once per interval, or it kills the service and
`Restart=always` starts it again. Both are sent from a QTimer in the GUI thread: while the event loop
turns the pings go out, and when it hangs (a slot that never returns, a deadlock) they stop, which is
exactly what must trigger the restart. A thread would go on pinging for a dead window.

The protocol itself is kiosk/root/systemd.py (the hub's service uses it too). The kiosk runs as a
child of `cage`, not as the service's main process, and in the tty1 login's session scope, where
systemd ignores it: the unit's main process, kiosk/root/notify_relay.py, gives it a socket of its own and
passes what arrives there on to systemd. $WATCHDOG_PID is not checked here.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from PySide6.QtCore import QObject, QTimer

from kiosk.root.systemd import interval_ms, notified, notify


class Watchdog(QObject):
    """READY=1 once the event loop first turns (the window is up), then WATCHDOG=1 every interval."""

    def __init__(self, parent: QObject, env: Mapping[str, str]):
        super().__init__(parent)
        self._env = dict(env)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms(self._env))
        self.timer.timeout.connect(self._ping)
        QTimer.singleShot(0, self, self._ready)

    def _ready(self) -> None:
        notify("READY=1\nSTATUS=The kiosk window is up", self._env)
        self._ping()
        self.timer.start()

    def _ping(self) -> None:
        notify("WATCHDOG=1", self._env)


def start(parent: QObject, env: Mapping[str, str] = os.environ) -> Watchdog | None:
    """The watchdog for the window or application `parent`; None when not run by systemd."""
    if not notified(env):
        return None
    return Watchdog(parent, env)
