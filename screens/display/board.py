"""What the waiting-room display shows, as plain data: the decisions, kept out of the widgets.

`Board` is everything on the screen at one moment; `build_board` makes it from the live queue,
the routing's centre and the calls seen so far. The window only draws a Board, so it can be
tested and rendered from plain data without a hub.

Discreet services: a call shows and says only the number and the room (never a service name, for
any service). A discreet service's own queue row is left out altogether, not shown as a neutral
"other services" line: in a small centre a count beside an unnamed row still tells the room who
is waiting for something private, and the visitor waiting for it has their wait on their ticket
and phone page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from kiosk.core.clock import HELSINKI
from kiosk.core.hours import is_open, next_opening
from kiosk.core.languages import clock, in_lang
from kiosk.core.spoken import spoken_number
from screens.display import words

CALL_EVENTS = ("ticket.called", "ticket.recalled")
FRESH = timedelta(minutes=1)
"""A call older than this when it reaches the display is shown but not announced: after a
reconnect the hub replays what was missed, and those visitors were called long ago."""
PREVIOUS_SHOWN = 4

Text = dict[str, str]
Lookup = Callable[[str, str], str]
"""`word(lang, source)`: one of `words` in a language."""


@dataclass(frozen=True)
class Call:
    """One call of a ticket to a room (the newest call of that ticket)."""

    code: str
    number: str
    room: Text
    called_at: datetime


@dataclass(frozen=True)
class ServiceRow:
    name: Text
    waiting: int
    wait_minutes: int
    available: bool


@dataclass
class Board:
    centre: Text = field(default_factory=dict)
    now: datetime | None = None
    latest: Call | None = None
    previous: list[Call] = field(default_factory=list)
    services: list[ServiceRow] = field(default_factory=list)
    open: bool = True
    opens: datetime | None = None
    busy: bool = False
    """Someone is still waiting or being served (after closing time, the board stays up for them)."""
    online: bool = True
    paired: bool = True
    """False while the hub refuses this display's token: the banner says so instead of 'offline'."""

    @property
    def closed_page(self) -> bool:
        """Closed and nobody left in the queue: the whole screen says when the centre opens."""
        return not self.open and not self.busy


def parse_time(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=HELSINKI)


class CallLog:
    """Every call seen today, newest last: the open called tickets plus calls since done or gone.

    The live queue forgets a ticket once it is done, but the board keeps showing recent calls,
    so the calls are kept here, by ticket code (a recall moves the ticket to the top again).
    """

    def __init__(self):
        self._calls: dict[str, Call] = {}

    def note(self, ticket: dict, services: dict[str, dict]) -> Call | None:
        """Remember a called ticket; the Call, or None if it is not a call."""
        called_at = parse_time(ticket.get("called_at"))
        if ticket.get("status") != "called" or called_at is None:
            return None
        # A discreet service's ticket comes without its service, with the room it is called to.
        location = ticket.get("location") or services.get(ticket.get("service"), {}).get("location")
        call = Call(ticket["code"], ticket.get("number", ""), dict(location or {}), called_at)
        known = self._calls.get(call.code)
        if known is None or known.called_at <= call.called_at:
            self._calls[call.code] = call
        return call

    def recent(self, today: date, count: int) -> list[Call]:
        """Today's calls (Helsinki), newest first; older days are forgotten."""
        for code in [
            c for c, call in self._calls.items() if call.called_at.astimezone(HELSINKI).date() < today
        ]:
            del self._calls[code]
        calls = sorted(self._calls.values(), key=lambda c: c.called_at, reverse=True)
        return calls[:count]


def shown_services(services: Iterable[dict]) -> list[ServiceRow]:
    """The queue rows: on-site services that are not discreet, in the routing's order."""
    return [
        ServiceRow(
            dict(s.get("name") or {}),
            int(s.get("waiting") or 0),
            int(s.get("estimated_wait_minutes") or 0),
            bool(s.get("available", True)),
        )
        for s in services
        if s.get("kind") == "onsite" and not s.get("discreet")
    ]


def build_board(
    tickets: list[dict],
    services: list[dict],
    calls: CallLog,
    centre: dict | None,
    now: datetime,
    *,
    online: bool = True,
    paired: bool = True,
    closed_dates: frozenset[date] = frozenset(),
) -> Board:
    """The board for this moment; `centre` is the routing's centre (name, hours), None before it came."""
    by_id = {s["id"]: s for s in services}
    for ticket in tickets:
        calls.note(ticket, by_id)
    here = now.astimezone(HELSINKI)
    recent = calls.recent(here.date(), PREVIOUS_SHOWN + 1)
    hours = (centre or {}).get("hours") or []
    # Without hours (or before the routing came) the centre counts as open: never a false "closed".
    open_ = centre is None or not hours or is_open(hours, here, closed_dates)
    return Board(
        centre=dict((centre or {}).get("name") or {}),
        now=here,
        latest=recent[0] if recent else None,
        previous=recent[1:],
        services=shown_services(services),
        open=open_,
        opens=None if open_ else next_opening(hours, here, closed_dates),
        busy=bool(tickets),
        online=online,
        paired=paired,
    )


def is_fresh(ticket: dict, now: datetime, fresh: timedelta = FRESH) -> bool:
    """Whether a call is new enough to announce (not one replayed after a reconnect)."""
    called_at = parse_time(ticket.get("called_at"))
    return called_at is not None and now - called_at <= fresh


def announcement(
    call: Call,
    langs: Iterable[str],
    say_number: Callable[[str, str], str] = lambda _lang, n: spoken_number(n),
) -> list[tuple[str, str]]:
    """What is said for a call, one (text, lang) per language: "A12, Huone 2" — number and room only.
    `say_number(lang, number)` gives the number as that language's voice should get it (the letters by
    their names where the voice does not say Latin letters: screens.common.letters)."""
    said = []
    for lang in langs:
        number = say_number(lang, call.number)
        room = in_lang(call.room, lang)
        said.append((f"{number}, {room}" if room else number, lang))
    return said


def clock_text(moment: datetime, lang: str) -> str:
    """As `lang` writes a time, as on the kiosk's screens: 9.05 (fi, sv), 09:05 (the others)."""
    return clock(moment.hour, moment.minute, lang)


def opening_text(
    opens: datetime, now: datetime, lang: str, word: Lookup, write_date: Callable[[date, str], str]
) -> str:
    """ "Open again Mon 9.00" in `lang`; the date too when the day is a week or more away, as
    `write_date(day, lang)` writes it ("19.1." in Finnish, "19 Jan" in English)."""
    day = word(lang, words.WEEKDAYS[opens.weekday()])
    if (opens.date() - now.date()).days >= 7:
        day = f"{day} {write_date(opens.date(), lang)}"
    return word(lang, words.OPEN_AGAIN).replace("%1", day).replace("%2", clock_text(opens, lang))
