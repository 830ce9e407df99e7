"""BookingsClient: a staff console's calls about bookings and dates off, sent without blocking.

The console's queue comes from the event feed (`kiosk.client.live.LiveQueue`); bookings do not: the feed
carries only a booking's public part, so a console reads `GET /api/bookings` again when a
`booking.*` or `date_off.*` event arrives. Each call here hands its answer to a callback
`done(status, json_body, error)` on the Qt event loop (status 0: the hub did not answer).
"""

from __future__ import annotations

from datetime import date
from urllib.parse import quote, urlencode

from kiosk.client.http import Done, HubHttp

REFRESH_EVENTS = ("booking.", "date_off.")
"""Event types (prefixes) after which a console's bookings and free slots are out of date."""


def refreshes_bookings(event: dict) -> bool:
    """True for an event that changes bookings or free slots (a routing change reloads everything anyway)."""
    kind = str(event.get("type") or "")
    return kind.startswith(REFRESH_EVENTS)


class BookingsClient:
    """The staff calls of docs/api.md "Bookings" and "Dates off" for one hub and one staff token.

    `parent` is a QObject that owns the network manager (the console's window or model).
    """

    def __init__(self, url: str, token: str, parent, *, timeout_ms: int = 5000):
        self._http = HubHttp(url, token, timeout_ms, parent)
        self.url = self._http.url

    def set_token(self, token: str) -> None:
        """Send with another token from now on (a console re-paired after a 401)."""
        self._http.set_token(token)

    def bookings(
        self, services: list[str], done: Done, first: date | None = None, last: date | None = None
    ) -> None:
        """GET /api/bookings: every booking of `services` from `first` to `last` (the hub's today and
        tomorrow when not given; the reply says which days it covered)."""
        query = [("service", s) for s in services]
        query += [("from", first.isoformat())] if first else []
        query += [("to", last.isoformat())] if last else []
        self._http.send("GET", "/api/bookings?" + urlencode(query), None, done, auth=True)

    def slots(self, service: str, first: date, last: date, done: Done) -> None:
        """GET /api/services/{id}/slots: the service's free slots on those days (sent with the token:
        a discreet service's need one)."""
        query = urlencode({"from": first.isoformat(), "to": last.isoformat()})
        self._http.send(
            "GET", f"/api/services/{quote(service, safe='')}/slots?{query}", None, done, auth=True
        )

    def region_week(self, service: str, done: Done) -> None:
        """GET /api/region/week: the week (from the hub's today) of the visiting specialist whose round
        brings `service` here, at every centre of their round; 404 `no_round` when none does."""
        self._http.send("GET", "/api/region/week?" + urlencode({"service": service}), None, done, auth=True)

    def dates_off(self, first: date, last: date, done: Done) -> None:
        """GET /api/dates-off: the dates off (every service's and the centre's) on those days."""
        query = urlencode({"from": first.isoformat(), "to": last.isoformat()})
        self._http.send("GET", f"/api/dates-off?{query}", None, done, auth=True)

    def cancel(self, code: str, done: Done) -> None:
        self._http.send("POST", f"/api/bookings/{quote(code, safe='')}/cancel", None, done, auth=True)

    def no_show(self, code: str, done: Done) -> None:
        self._http.send("POST", f"/api/bookings/{quote(code, safe='')}/no-show", None, done, auth=True)

    def set_date_off(
        self, day: date, service: str, done: Done, *, note: str = "", cancel_bookings: bool = False
    ) -> None:
        """PUT /api/dates-off/{day} for one service; 409 `has_bookings` lists the bookings held that day."""
        body = {"service": service, "note": note, "cancel_bookings": bool(cancel_bookings)}
        self._http.send("PUT", f"/api/dates-off/{day.isoformat()}", body, done, auth=True)

    def remove_date_off(self, day: date, service: str, done: Done) -> None:
        query = urlencode({"service": service})
        self._http.send("DELETE", f"/api/dates-off/{day.isoformat()}?{query}", None, done, auth=True)
