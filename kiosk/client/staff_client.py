"""StaffClient: a staff console's actions on the queue (call next, done, no-show, recall, transfer,
present/away), sent with the staff token and never retried.

Each call hands the hub's answer to a callback `done(status, json_body, error)` on the Qt event loop
(status 0: the hub did not answer; `kiosk.client.http`). The answer is a TICKET, a service's state,
or nothing (204: nobody waits); the action's effect on the queue arrives, like everyone else's,
through the event feed (`kiosk.client.live.LiveQueue`, which only reads).
"""

from __future__ import annotations

from urllib.parse import quote

from kiosk.client.http import Done, HubHttp


class StaffClient:
    """The staff calls of docs/api.md "Staff" for one hub; `parent` (a QObject) owns the network manager.

    Never retried: a call-next sent twice would call two visitors. A lost answer says status 0: the
    action may or may not have happened, and the feed tells which.
    """

    def __init__(self, url: str, token: str, parent, *, timeout_ms: int = 5000):
        self._http = HubHttp(url, token, timeout_ms, parent)
        self.url = self._http.url

    def set_token(self, token: str) -> None:
        """Send with another token from now on (a console re-paired after a 401)."""
        self._http.set_token(token)

    def call_next(self, service: str, done: Done) -> None:
        """200 with the TICKET called, or 204 when nobody waits for `service`."""
        self._http.send("POST", f"/api/services/{quote(service, safe='')}/call-next", None, done, auth=True)

    def done(self, code: str, done: Done) -> None:
        """The visit is over (a journey's next step queues the ticket again: its status is `waiting`)."""
        self._ticket(code, "done", done)

    def no_show(self, code: str, done: Done) -> None:
        self._ticket(code, "no-show", done)

    def recall(self, code: str, done: Done) -> None:
        self._ticket(code, "recall", done)

    def transfer(self, code: str, service: str, done: Done) -> None:
        path = f"/api/tickets/{quote(code, safe='')}/transfer"
        self._http.send("POST", path, {"service": service}, done, auth=True)

    def set_available(self, service: str, available: bool, done: Done) -> None:
        """Present (True) or away: an away service is not offered at the kiosk."""
        path = f"/api/services/{quote(service, safe='')}/availability"
        self._http.send("PUT", path, {"available": bool(available)}, done, auth=True)

    def _ticket(self, code: str, action: str, done: Done) -> None:
        self._http.send("POST", f"/api/tickets/{quote(code, safe='')}/{action}", None, done, auth=True)
