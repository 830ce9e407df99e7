"""A booking's code and its check-in window: what the kiosk's keypad, the slip and the hub agree on."""

from __future__ import annotations

from datetime import timedelta

CODE_ALPHABET = "23456789ACDEFGHJKMNPRTUVWXY"
"""27 signs with no look-alikes: no 0/O/Q, no 1/I/L, no B (8), S (5) or Z (2)."""
CODE_LENGTH = 6
"""27**6 = 387 million codes (28.5 bits): with a few hundred live bookings one guess hits ~1 in a million."""
LOOK_ALIKES = str.maketrans({"B": "8", "S": "5", "Z": "2", "-": None, " ": None, ".": None, "_": None})
"""A code typed as read: a B for an 8 still finds it, and separators are ignored."""

CHECK_IN_EARLY = timedelta(minutes=30)
"""How long before its start a booking can be checked in."""
CHECK_IN_LATE = timedelta(minutes=15)
"""How long after its start a booking can still be checked in."""


def group_code(code: str) -> str:
    """A booking code in groups of three, as people read it aloud and type it: "K7M 4PX"."""
    return " ".join(code[i : i + 3] for i in range(0, len(code), 3))


def normalize_code(text: str) -> str:
    """The code as stored: upper case, look-alikes mapped, spaces and dashes dropped."""
    return text.strip().upper().translate(LOOK_ALIKES)
