"""AdminClient: the admin screens' calls to the hub (session, routing versions, statistics, dates off).

Network only, no widgets: each call hands its answer to a callback `done(status, json_body, error)`
on the Qt event loop (status 0: the hub did not answer), as `kiosk.client.staff_bookings` does. The admin
token comes from `POST /api/admin/session` (the PIN) and goes in `Authorization: Bearer` from then on.
The PIN itself goes with `pairing`, this PC's own hub token (any role), when it has one: from any
machine but the hub's own, the hub lets only a paired device try the PIN.
"""

from __future__ import annotations

from datetime import date
from urllib.parse import quote, urlencode

from kiosk.client.http import Done, HubHttp


class AdminClient:
    """An admin's calls of docs/api.md to one hub; `parent` is a QObject that owns the network manager."""

    def __init__(self, url: str, parent, *, token: str = "", pairing: str = "", timeout_ms: int = 8000):
        self.token = token
        self.pairing = pairing
        self._http = HubHttp(url, token, timeout_ms, parent)
        self.url = self._http.url
        self._pairing_http = HubHttp(self.url, pairing, timeout_ms, parent)

    def set_token(self, token: str) -> None:
        """Send with this token from now on (after a login; "" after a logout)."""
        self.token = token
        self._http.set_token(token)

    # -- session -------------------------------------------------------------------------------------

    def log_in(self, pin: str, name: str, done: Done) -> None:
        """POST /api/admin/session: 201 `{token, expires_at, name}`; 401 `wrong_pin` + `tries_left`;
        429 `locked` + `retry_after_seconds`; 409 `no_pin`; 401 `no_token` / `unknown_token` when this
        PC is not the hub machine and has no valid pairing token."""
        body = {"pin": pin, "name": name} if name else {"pin": pin}
        self._pairing_http.send("POST", "/api/admin/session", body, done, auth=bool(self.pairing))

    def log_out(self, done: Done) -> None:
        self._http.send("DELETE", "/api/admin/session", None, done, auth=True)

    # -- routing and its versions --------------------------------------------------------------------

    def routing(self, done: Done) -> None:
        """GET /api/routing: `{version, routing}` (the active one)."""
        self._http.send("GET", "/api/routing", None, done)

    def publish(self, routing_data: dict, note: str, done: Done) -> None:
        """POST /api/routing: 201 `{version}`; 422 `invalid_routing` with `problems`."""
        self._http.send("POST", "/api/routing", {"routing": routing_data, "note": note}, done, auth=True)

    def versions(self, done: Done) -> None:
        self._http.send("GET", "/api/routing/versions", None, done, auth=True)

    def version(self, version_id: int, done: Done) -> None:
        self._http.send("GET", f"/api/routing/versions/{int(version_id)}", None, done, auth=True)

    def diff(self, first: int, second: int, done: Done) -> None:
        query = urlencode({"from": int(first), "to": int(second)})
        self._http.send("GET", f"/api/routing/diff?{query}", None, done, auth=True)

    def activate(self, version_id: int, note: str, done: Done) -> None:
        path = f"/api/routing/versions/{int(version_id)}/activate"
        self._http.send("POST", path, {"note": note}, done, auth=True)

    def region(self, done: Done) -> None:
        """GET /api/region: the link to the region (joined, `not_reached_since`) and its templates' names."""
        self._http.send("GET", "/api/region", None, done, auth=True)

    def region_template(self, name: str, done: Done) -> None:
        """GET /api/region/templates/{name}: a region template's YAML, to adopt as the draft."""
        self._http.send("GET", f"/api/region/templates/{quote(name, safe='')}", None, done, auth=True)

    # -- statistics and settings ---------------------------------------------------------------------

    def stats(self, first: date, last: date, done: Done) -> None:
        query = urlencode({"from": first.isoformat(), "to": last.isoformat()})
        self._http.send("GET", f"/api/stats?{query}", None, done, auth=True)

    def retention(self, done: Done) -> None:
        self._http.send("GET", "/api/settings/retention", None, done, auth=True)

    def set_retention(self, days: int, done: Done) -> None:
        self._http.send("PUT", "/api/settings/retention", {"days": int(days)}, done, auth=True)

    # -- the day: queue state, availability, dates off -----------------------------------------------

    def queue(self, done: Done) -> None:
        """GET /api/queue: each service's `available` (present / away)."""
        self._http.send("GET", "/api/queue", None, done, auth=True)

    def set_available(self, service: str, available: bool, done: Done) -> None:
        path = f"/api/services/{quote(service, safe='')}/availability"
        self._http.send("PUT", path, {"available": bool(available)}, done, auth=True)

    def dates_off(self, first: date, last: date, done: Done) -> None:
        query = urlencode({"from": first.isoformat(), "to": last.isoformat()})
        self._http.send("GET", f"/api/dates-off?{query}", None, done, auth=True)

    def set_date_off(
        self, day: date, service: str | None, note: str, done: Done, *, cancel_bookings: bool = False
    ) -> None:
        """PUT /api/dates-off/{day}: `service` None is the whole centre (a holiday)."""
        body = {"service": service, "note": note, "cancel_bookings": bool(cancel_bookings)}
        self._http.send("PUT", f"/api/dates-off/{day.isoformat()}", body, done, auth=True)

    def remove_date_off(self, day: date, service: str | None, done: Done) -> None:
        query = f"?{urlencode({'service': service})}" if service else ""
        self._http.send("DELETE", f"/api/dates-off/{day.isoformat()}{query}", None, done, auth=True)
