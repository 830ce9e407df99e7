"""AdminSession: logging in with the PIN and what the hub said, as state the PIN dialog shows.

No widgets: the dialog asks `log_in(pin)` and shows `refused(reason, number)`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from kiosk.client.admin_client import AdminClient

REASONS = ("wrong_pin", "locked", "no_pin", "not_paired", "offline", "error")


class AdminSession(QObject):
    loggedIn = Signal(str)
    """The name the hub knows this session by."""
    refused = Signal(str, int)
    """(reason, number): `wrong_pin` with the tries left (-1: not said), `locked` with the seconds to
    wait, `no_pin`, `not_paired` (this PC is not the hub machine and has no valid hub token), `offline`
    (the hub did not answer) or `error`."""
    busyChanged = Signal(bool)

    def __init__(self, client: AdminClient, parent: QObject | None = None):
        super().__init__(parent)
        self.client = client
        self.name = ""
        self.expires_at = ""
        self.busy = False

    @property
    def token(self) -> str:
        return self.client.token

    def log_in(self, pin: str, name: str = "") -> None:
        pin = pin.strip()
        if self.busy or not pin.isdigit():
            return
        self._set_busy(True)
        self.client.log_in(pin, name, self._answered)

    def log_out(self) -> None:
        if self.client.token:
            self.client.log_out(lambda *_: None)
        self.client.set_token("")

    def _answered(self, status: int, body: dict | None, _error: str) -> None:
        self._set_busy(False)
        body = body or {}
        if status == 201 and body.get("token"):
            self.client.set_token(str(body["token"]))
            self.name = str(body.get("name") or "")
            self.expires_at = str(body.get("expires_at") or "")
            self.loggedIn.emit(self.name)
        elif status == 0:
            self.refused.emit("offline", 0)
        elif body.get("error") in ("no_token", "unknown_token"):
            self.refused.emit("not_paired", 0)
        elif body.get("error") == "locked" or status == 429:
            self.refused.emit("locked", int(body.get("retry_after_seconds") or 60))
        elif body.get("error") == "wrong_pin" or status == 401:
            tries = body.get("tries_left")
            self.refused.emit("wrong_pin", int(tries) if isinstance(tries, int) else -1)
        elif body.get("error") == "no_pin":
            self.refused.emit("no_pin", 0)
        else:
            self.refused.emit("error", status)

    def _set_busy(self, busy: bool) -> None:
        if busy != self.busy:
            self.busy = busy
            self.busyChanged.emit(busy)
