"""Which kiosks and waiting-room displays are in touch, so that staff hear of one that is not.

A kiosk asks for the hub's health with its token every 15 s; a display holds the event feed open (the
hub pings it). One not heard from for a minute while the centre is open (a kiosk's last health, a
display's feed closed) is off, frozen or off the network: staff are told with a `notice` on the event
feed (`kiosk_silent`, `display_silent`), and again once it is back (`kiosk_back`, `display_back`).

The health and the feed only note the time, in memory (the health stays a read, beside the hub's lock);
the hub's timer writes the notices (`watch`, every 2 s). After the hub restarts, a device is watched
from its first health or feed on. One silent while the centre is closed is told of once it opens, if
it is still silent then; a token revoked meanwhile (a device retired) is forgotten instead.
"""

from __future__ import annotations

import logging
import threading
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta

from kiosk.server import openings, tokens
from kiosk.server.hub import notices

log = logging.getLogger(__name__)

WATCHED = ("kiosk", "display")
"""The roles watched; a notice's kind is the role and `_silent` or `_back`."""
SILENT_AFTER = 60.0
"""Seconds a device may be silent before staff are told: four of a kiosk's polls missed, or a display's
feed closed for a minute (the display reconnects within seconds after a hub restart)."""
WATCH_EVERY = 2.0
"""Seconds between the hub's looks (kiosk/server/hub/background.py); a look costs nothing while every
device is in touch."""


@dataclass(frozen=True)
class Heard:
    """A device's token id, its role and name for staff, and when it was last heard from."""

    token_id: str
    role: str
    name: str
    last: datetime


class DeviceWatch:
    def __init__(self, silent_after: float = SILENT_AFTER):
        self.silent_after = timedelta(seconds=silent_after)
        self._heard: dict[str, Heard] = {}
        self._feeds: Counter[str] = Counter()
        """Feeds open now, by token id: a device with one is in touch, however long ago it was heard."""
        self._told: set[str] = set()
        """Devices staff were told are silent."""
        self._back: set[str] = set()
        """Devices told of as silent that are in touch again: staff are to hear they are back."""
        self._lock = threading.Lock()

    def seen(self, token_id: str, role: str, name: str, now: datetime) -> None:
        """A device heard from at `now` (memory only: the health is an open read)."""
        with self._lock:
            self._heard[token_id] = Heard(token_id, role, name, now)
            if token_id in self._told:
                self._told.discard(token_id)
                self._back.add(token_id)

    def opened(self, token_id: str, role: str, name: str, now: datetime) -> None:
        """A device's feed opened: in touch while it stays open."""
        self.seen(token_id, role, name, now)
        with self._lock:
            self._feeds[token_id] += 1

    def closed(self, token_id: str, now: datetime) -> None:
        """A device's feed closed at `now`: silent from then on, unless another of its feeds is open."""
        with self._lock:
            self._feeds[token_id] -= 1
            if self._feeds[token_id] <= 0:
                del self._feeds[token_id]
                heard = self._heard.get(token_id)
                if heard is not None:
                    self._heard[token_id] = Heard(token_id, heard.role, heard.name, now)

    def silent(self, now: datetime) -> list[Heard]:
        """The devices silent for `silent_after` at `now` that staff have not been told of yet."""
        with self._lock:
            return [
                heard
                for token_id, heard in self._heard.items()
                if token_id not in self._told
                and token_id not in self._feeds
                and now - heard.last >= self.silent_after
            ]

    def back(self) -> list[Heard]:
        """The devices staff are to hear are back, as last heard."""
        with self._lock:
            return [self._heard[token_id] for token_id in self._back]

    def tell(self, heard: Heard) -> bool:
        """Mark `heard` told of as silent; False (and nothing marked) if it was heard from since."""
        with self._lock:
            if self._heard.get(heard.token_id) != heard or heard.token_id in self._feeds:
                return False
            self._told.add(heard.token_id)
            return True

    def untell(self, heard: Heard) -> None:
        """Its notice was not written after all (a full disk): as if never told, back or not."""
        with self._lock:
            self._told.discard(heard.token_id)
            self._back.discard(heard.token_id)

    def welcomed(self, token_id: str) -> None:
        """Staff heard it is back."""
        with self._lock:
            self._back.discard(token_id)

    def forget(self, token_id: str) -> None:
        with self._lock:
            self._heard.pop(token_id, None)
            self._told.discard(token_id)
            self._back.discard(token_id)


def watch(hub) -> int:
    """Write the notices due: each device back that staff were told was silent, then each device silent
    for too long while the centre is open; how many were written.

    Reads only when a device is silent: whether the centre takes walk-ins now, and which tokens the hub
    still knows. A silent device is marked told under the hub's lock, in the change that writes its
    notice, so one heard from meanwhile gets its `_back` after it, never before.
    """
    watching = hub.devices
    written = 0
    for heard in watching.back():
        kind = f"{heard.role}_back"
        hub.write(lambda db, heard=heard, kind=kind: notices.add_notice(db, kind, heard.name, heard.last))
        watching.welcomed(heard.token_id)
        written += 1
    now = hub.clock()
    silent = watching.silent(now)
    if not silent:
        return written

    def read(db) -> tuple[bool, set[str]]:
        _version, routing = hub.routing(db)
        known = {entry["id"] for entry in tokens.list_tokens(db) if entry["role"] in WATCHED}
        return openings.walk_ins_closed(db, routing, now) is None, known

    open_now, known = hub.look(read)
    for heard in silent:
        if heard.token_id not in known:
            watching.forget(heard.token_id)  # revoked: a device retired, or one not to be trusted
            continue
        if not open_now:
            continue

        def tell(db, heard=heard) -> bool:
            if not watching.tell(heard):
                return False
            notices.add_notice(db, f"{heard.role}_silent", heard.name, heard.last)
            return True

        try:
            told = hub.write(tell)
        except Exception:
            watching.untell(heard)
            raise
        if told:
            log.warning(
                "the %s %r has not been heard from since %s: staff told", heard.role, heard.name, heard.last
            )
            written += 1
    return written
