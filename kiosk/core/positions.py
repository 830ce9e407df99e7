"""A waiting ticket's place in its service's queue, from the call order (kiosk/core/call_order.py).

Place n means n-1 waiting tickets of the same service come before it in the call order. The hub
counts them on an index (`ahead_sql`); a screen keeps the places of the tickets it holds as the
events tell it who joined a queue at which place and who left it (`leave`, `join`). An event carries
only the ticket that changed, never the places of the others: each side derives them from the same
rule (tests/test_positions.py holds both to a ranking of the whole list by `call_order_key`).
"""

from __future__ import annotations

from collections.abc import Iterable

from kiosk.core.call_order import CALL_ORDER, TIE_BREAK_SQL


def ahead_sql() -> str:
    """SQL condition true for a row that comes before the ticket whose call-order values are bound
    as named parameters (`:priority`, `:queued_at`, ..., `:rowid`), e.g.
    `priority > :priority OR (priority = :priority AND (queued_at < :queued_at OR (...)))`."""
    keys = [(key.field, ">" if key.descending else "<") for key in CALL_ORDER]
    keys.append((TIE_BREAK_SQL, "<"))
    condition = ""
    for field, before in reversed(keys):
        term = f"{field} {before} :{field}"
        condition = term if not condition else f"{term} OR ({field} = :{field} AND ({condition}))"
    return condition


def _waiting_at(tickets: Iterable[dict], service: str) -> Iterable[dict]:
    return (t for t in tickets if t.get("status") == "waiting" and t.get("service") == service)


def leave(tickets: Iterable[dict], service: str, place: int) -> None:
    """The ticket at `place` of `service` left its queue (called, moved on, transferred): everyone
    behind it moves up one. Changes the TICKETs' `position` in place."""
    for ticket in _waiting_at(tickets, service):
        if ticket["position"] > place:
            ticket["position"] -= 1


def join(tickets: Iterable[dict], service: str, place: int, code: str) -> None:
    """Ticket `code` joined `service`'s queue at `place` (the hub's count): everyone from that place
    on, but the ticket itself, moves back one. Changes the TICKETs' `position` in place."""
    for ticket in _waiting_at(tickets, service):
        if ticket["code"] != code and ticket["position"] >= place:
            ticket["position"] += 1
