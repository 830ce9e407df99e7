"""A name an admin types on the region (a centre, its town, a template, a specialist): its spaces
tidied the same way when it is made and when it is looked up, so "Debt  adviser" finds "Debt adviser"."""

from __future__ import annotations

from kiosk.region.db import RegionError

LONGEST = 100


def tidied(value: str) -> str:
    """`value` with its spaces tidied: none at either end, one between words."""
    return " ".join(value.split())


def cleaned(value: str, what: str) -> str:
    """A new name, tidied; `RegionError` if it is empty or longer than LONGEST characters."""
    name = tidied(value)
    if not name:
        raise RegionError(f"the {what} is empty")
    if len(name) > LONGEST:
        raise RegionError(f"the {what} is longer than {LONGEST} characters")
    return name
