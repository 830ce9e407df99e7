"""The visitor's screens by name: what the flow shows, the window stacks and Access reads aloud."""

from __future__ import annotations

from enum import StrEnum


class Screen(StrEnum):
    """One screen of the kiosk. A StrEnum: `Screen.TICKET == "ticket"`, so logs and tests read plainly."""

    OFFLINE = "offline"
    WELCOME = "welcome"
    QUESTION = "question"
    TICKET = "ticket"
    SCHEDULED = "scheduled"
    """A visiting worker's weekly times when none is free in the next two weeks, and the desk."""
    CLOSED = "closed"
    SERVICES = "services"
    """The visiting workers to book, from the closed screen."""
    SLOTS = "slots"
    CONFIRM = "confirm"
    BOOKING = "booking"
    """A booking made: its code and calendar QR code."""
    CHECKIN = "checkin"
    """The booking code keypad, or the hub's refusal of a code."""


IDLE_SCREENS = frozenset(
    {
        Screen.QUESTION,
        Screen.SCHEDULED,
        Screen.CLOSED,
        Screen.SERVICES,
        Screen.SLOTS,
        Screen.CONFIRM,
        Screen.BOOKING,
        Screen.CHECKIN,
    }
)
"""Screens a visitor may walk away from: after a while the countdown asks, then the kiosk starts over."""
