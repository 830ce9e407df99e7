"""systemd's watchdog for the kiosk window: a hung window is restarted, not left frozen at the door.

Under `Type=notify` with `WatchdogSec=` (deploy/systemd/kokoomo-kiosk.service), systemd waits for
`READY=1` and then expects `WATCHDOG=1` at least once per interval, or it kills the service and
`Restart=always` starts it again. Both are sent from a QTimer in the GUI thread: while the event loop
turns the pings go out, and when it hangs (a slot that never returns, a deadlock) they stop, which is
exactly what must trigger the restart. A thread would go on pinging for a dead window.

The protocol is one datagram per message on the AF_UNIX socket named in $NOTIFY_SOCKET (a path, or
`@name` for an abstract socket), so no library is needed. The kiosk runs as a child of `cage`, not as
the service's main process: the unit says `NotifyAccess=all`, and $WATCHDOG_PID (cage's) is not
checked here.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Mapping

from PySide6.QtCore import QObject, QTimer

DEFAULT_INTERVAL_MS = 5000
"""How often to ping when systemd asks for READY=1 but names no watchdog interval."""


def notify(message: str, env: Mapping[str, str] = os.environ) -> bool:
    """Send `message` (e.g. "READY=1") to systemd; False when not run by systemd or the send failed."""
    address = env.get("NOTIFY_SOCKET", "")
    if address.startswith("@"):
        address = "\0" + address[1:]
    elif not address.startswith("/"):
        return False  # unset, or a kind of socket (vsock) a kiosk is never given
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
        try:
            sock.sendto(message.encode(), address)
        except OSError:
            return False
    return True


def interval_ms(env: Mapping[str, str] = os.environ) -> int:
    """Half the interval systemd gives in $WATCHDOG_USEC (its own advice), in milliseconds."""
    try:
        usec = int(env.get("WATCHDOG_USEC", ""))
    except ValueError:
        return DEFAULT_INTERVAL_MS
    return max(usec // 2000, 10) if usec > 0 else DEFAULT_INTERVAL_MS


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
    if not env.get("NOTIFY_SOCKET"):
        return None
    return Watchdog(parent, env)
