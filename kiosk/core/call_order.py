"""The order the hub calls waiting tickets in, written once: as data, as a Python sort key, as SQL.

Priority first (a checked-in booking waits as a priority ticket), then arrival in the queue
(`queued_at`: a transfer or a journey's next step queues again). The last tie-break is the order
the tickets were made in: the hub's `rowid`; a client, which never sees it, uses the ticket
number, handed out in that same order.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class OrderKey:
    """One field of a TICKET in the order: `descending` for the larger first (numbers only)."""

    field: str
    descending: bool = False
    default: int | str = ""


CALL_ORDER: tuple[OrderKey, ...] = (
    OrderKey("priority", descending=True, default=0),
    OrderKey("queued_at"),
)
"""The call order, most important first."""
TIE_BREAK_SQL = "rowid"
"""The hub's last tie-break: the order the rows were inserted in."""
TIE_BREAK_FIELD = "number"
"""The client's last tie-break, the same order as far as a TICKET shows it."""


def order_by() -> str:
    """The SQL `ORDER BY` terms of the call order: `priority DESC, queued_at, rowid`."""
    terms = [f"{key.field} DESC" if key.descending else key.field for key in CALL_ORDER]
    return ", ".join([*terms, TIE_BREAK_SQL])


def call_order_key(ticket: dict) -> tuple:
    """A sort key that puts TICKETs in call order (`sorted(tickets, key=call_order_key)`)."""
    parts: list = []
    for key in CALL_ORDER:
        value = ticket.get(key.field)
        if value is None:
            value = key.default
        parts.append(-int(value) if key.descending else value)
    return (*parts, ticket.get(TIE_BREAK_FIELD) or "")
