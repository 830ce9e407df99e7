"""The kiosk service's main process: runs cage (and through it the kiosk) as its child and passes the
kiosk's systemd notifications (READY=1, WATCHDOG=1) on as its own.

    python -m kiosk.root.notify_relay -- /usr/bin/cage -d -- .../kiosk run ...

Why: kokoomo-kiosk.service logs kokoomo in on tty1 (`PAMName=login`), and pam_systemd moves the
service's processes into that login's session scope (`session-N.scope`). systemd hears a notification
only from the service's main process or a process in the service's own control group; the kiosk, cage's
child in the session scope, is neither, so systemd 252 (Debian 12) drops its READY=1 ("session-19.scope:
Got notification message "READY=1, ...", ignoring"): the start times out after `TimeoutStartSec=` and the
kiosk is killed and started again every two minutes. The main process is always heard, so it relays.
It only forwards what the kiosk says: a hung kiosk window stops pinging exactly as before, and systemd's
watchdog restarts it.

Every signal systemd sends to stop (`KillSignal=SIGHUP`, SIGTERM, the watchdog's SIGABRT) reaches cage as
SIGHUP, the one it stops cleanly on (and SIGKILL if it has not ended STOP_GRACE seconds later). Once
cage has ended, a process that sent a notification and still lives (a hung kiosk window: cage's end
leaves it behind in the session scope, out of reach of systemd's own kill) is killed, and the relay exits
as cage did.
"""

from __future__ import annotations

import contextlib
import os
import select
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from kiosk.root.systemd import notified, notify

CREDENTIALS = struct.Struct("3i")  # struct ucred: pid, uid, gid
STOP_SIGNALS = (signal.SIGHUP, signal.SIGTERM, signal.SIGINT, signal.SIGABRT)
STOP_GRACE = 10.0


def start_time(pid: int) -> str | None:
    """When process `pid` started (field 22 of /proc/PID/stat), so a reused PID is never taken for it."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[19]
    except (OSError, IndexError):
        return None


def relay(command: list[str], env: dict[str, str]) -> int:
    """Run `command` with a notify socket of our own and forward what arrives there to systemd's."""
    base = env.get("XDG_RUNTIME_DIR") or tempfile.gettempdir()
    folder = tempfile.mkdtemp(prefix="kokoomo-notify-", dir=base if os.path.isdir(base) else None)
    path = os.path.join(folder, "notify")
    senders: dict[int, str | None] = {}  # pid -> its start time
    room = socket.CMSG_SPACE(CREDENTIALS.size)
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_PASSCRED, 1)
        sock.bind(path)
        sock.setblocking(False)
        inner = {k: v for k, v in env.items() if k != "WATCHDOG_PID"}  # systemd's names this process
        inner["NOTIFY_SOCKET"] = path
        child = subprocess.Popen(command, env=inner)
        deadline: list[float] = []

        def stop(_signum, _frame) -> None:
            if child.poll() is None:
                child.send_signal(signal.SIGHUP)
                child.send_signal(signal.SIGCONT)
                deadline[:] = deadline or [time.monotonic() + STOP_GRACE]

        for signum in STOP_SIGNALS:
            signal.signal(signum, stop)
        try:
            while child.poll() is None:
                if deadline and time.monotonic() > deadline[0]:
                    child.kill()
                ready, _, _ = select.select([sock], [], [], 0.5)
                while ready:
                    try:
                        data, ancillary, _flags, _address = sock.recvmsg(4096, room)
                    except BlockingIOError:
                        break
                    for level, kind, payload in ancillary:
                        if level == socket.SOL_SOCKET and kind == socket.SCM_CREDENTIALS:
                            pid = CREDENTIALS.unpack(payload[: CREDENTIALS.size])[0]
                            senders.setdefault(pid, start_time(pid))
                    notify(data.decode(errors="replace"), env)
        finally:
            for pid, started in senders.items():
                if started is not None and start_time(pid) == started and pid != os.getpid():
                    with contextlib.suppress(OSError):
                        os.kill(pid, signal.SIGKILL)
            shutil.rmtree(folder, ignore_errors=True)
    code = child.returncode
    return 128 - code if code < 0 else code


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["--"]:
        args = args[1:]
    if not args:
        print("usage: python -m kiosk.root.notify_relay -- COMMAND [ARGS...]", file=sys.stderr)
        return 2
    if not notified(os.environ):
        os.execvp(args[0], args)  # not run by systemd: nothing to relay
    return relay(args, dict(os.environ))


if __name__ == "__main__":
    sys.exit(main())
