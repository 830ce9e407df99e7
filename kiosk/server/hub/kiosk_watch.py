"""Which kiosks are in touch. A kiosk asks for the hub's health with its token every 15 s, so one that has
not asked for a minute while the centre is open is off, frozen or off the network: staff are told with a
`notice` on the event feed (`kiosk_silent`), and told again once it asks again (`kiosk_back`).

The health only notes the time, in memory (it stays a read, beside the hub's lock); the hub's timer
writes the notices (`watch`, every 2 s). After the hub restarts, a kiosk is watched from its first health
on (within 15 s). A kiosk silent while the centre is closed is told of once it opens, if it is still
silent then; a token revoked meanwhile (a kiosk retired) is forgotten instead.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta

from kiosk.server import openings, tokens
from kiosk.server.hub import notices

log = logging.getLogger(__name__)

SILENT_AFTER = 60.0
"""Seconds without a health from a kiosk before staff are told: four of its polls missed."""
WATCH_EVERY = 2.0
"""Seconds between the hub's looks (kiosk/server/hub/background.py); a look costs nothing while every
kiosk is in touch."""


@dataclass(frozen=True)
class Heard:
    """A kiosk's token id, its name for staff, and when it last asked for the health."""

    token_id: str
    name: str
    last: datetime


class KioskWatch:
    def __init__(self, silent_after: float = SILENT_AFTER):
        self.silent_after = timedelta(seconds=silent_after)
        self._heard: dict[str, Heard] = {}
        self._told: set[str] = set()
        """Kiosks staff were told are silent."""
        self._back: set[str] = set()
        """Kiosks told of as silent that asked again: staff are to hear they are back."""
        self._lock = threading.Lock()

    def seen(self, token_id: str, name: str, now: datetime) -> None:
        """A kiosk's health at `now` (memory only: the health is an open read)."""
        with self._lock:
            self._heard[token_id] = Heard(token_id, name, now)
            if token_id in self._told:
                self._told.discard(token_id)
                self._back.add(token_id)

    def silent(self, now: datetime) -> list[Heard]:
        """The kiosks silent for `silent_after` at `now` that staff have not been told of yet."""
        with self._lock:
            return [
                heard
                for token_id, heard in self._heard.items()
                if token_id not in self._told and now - heard.last >= self.silent_after
            ]

    def back(self) -> list[Heard]:
        """The kiosks staff are to hear are back, as last heard."""
        with self._lock:
            return [self._heard[token_id] for token_id in self._back]

    def tell(self, heard: Heard) -> bool:
        """Mark `heard` told of as silent; False (and nothing marked) if it asked again since."""
        with self._lock:
            if self._heard.get(heard.token_id) != heard:
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
    """Write the notices due: each kiosk back that staff were told was silent, then each kiosk silent for
    too long while the centre is open; how many were written.

    Reads only when a kiosk is silent: whether the centre takes walk-ins now, and which tokens the hub
    still knows. A silent kiosk is marked told under the hub's lock, in the change that writes its
    notice, so one that asks again meanwhile gets its `kiosk_back` after it, never before.
    """
    watching = hub.kiosks
    written = 0
    for heard in watching.back():
        hub.write(lambda db, heard=heard: notices.add_notice(db, "kiosk_back", heard.name, heard.last))
        watching.welcomed(heard.token_id)
        written += 1
    now = hub.clock()
    silent = watching.silent(now)
    if not silent:
        return written

    def read(db) -> tuple[bool, set[str]]:
        _version, routing = hub.routing(db)
        known = {entry["id"] for entry in tokens.list_tokens(db) if entry["role"] == "kiosk"}
        return openings.walk_ins_closed(db, routing, now) is None, known

    open_now, known = hub.look(read)
    for heard in silent:
        if heard.token_id not in known:
            watching.forget(heard.token_id)  # revoked: a kiosk retired, or one not to be trusted
            continue
        if not open_now:
            continue

        def tell(db, heard=heard) -> bool:
            if not watching.tell(heard):
                return False
            notices.add_notice(db, "kiosk_silent", heard.name, heard.last)
            return True

        try:
            told = hub.write(tell)
        except Exception:
            watching.untell(heard)
            raise
        if told:
            log.warning(
                "the kiosk %r has not asked for the health since %s: staff told", heard.name, heard.last
            )
            written += 1
    return written
