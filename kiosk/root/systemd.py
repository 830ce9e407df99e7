"""systemd's notify protocol, for the hub and the kiosk run as services (deploy/systemd/): the kiosk's
window uses it from kiosk/root/watchdog.py, `kiosk hub` hands it to the hub's server (hub_cmd.py).

Under `Type=notify` systemd waits for `READY=1` before it starts what is ordered after the service, and
with `WatchdogSec=` it expects `WATCHDOG=1` at least once per interval, or it kills the service and its
`Restart=` starts it again. A message is one datagram on the AF_UNIX socket named in $NOTIFY_SOCKET (a
path, or `@name` for an abstract socket), so no library is needed.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Mapping

DEFAULT_INTERVAL_MS = 5000
"""How often to ping when systemd asks for READY=1 but names no watchdog interval."""


def notify(message: str, env: Mapping[str, str] = os.environ) -> bool:
    """Send `message` (e.g. "READY=1") to systemd; False when not run by systemd or the send failed."""
    address = env.get("NOTIFY_SOCKET", "")
    if address.startswith("@"):
        address = "\0" + address[1:]
    elif not address.startswith("/"):
        return False  # unset, or a kind of socket (vsock) these services are never given
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
        try:
            sock.sendto(message.encode(), address)
        except OSError:
            return False
    return True


def notified(env: Mapping[str, str] = os.environ) -> bool:
    """Whether a service manager listens ($NOTIFY_SOCKET is set)."""
    return bool(env.get("NOTIFY_SOCKET"))


def watched(env: Mapping[str, str] = os.environ) -> bool:
    """Whether systemd watches this service (`WatchdogSec=` gives it $WATCHDOG_USEC)."""
    return notified(env) and env.get("WATCHDOG_USEC", "").strip() not in ("", "0")


def interval_ms(env: Mapping[str, str] = os.environ) -> int:
    """Half the interval systemd gives in $WATCHDOG_USEC (its own advice), in milliseconds."""
    try:
        usec = int(env.get("WATCHDOG_USEC", ""))
    except ValueError:
        return DEFAULT_INTERVAL_MS
    return max(usec // 2000, 10) if usec > 0 else DEFAULT_INTERVAL_MS
