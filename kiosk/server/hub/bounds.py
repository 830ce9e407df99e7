"""The bounds of every id and day a request may carry: outside them a request is refused with 422
`invalid_field` naming the parameter, before SQLite or the calendar's arithmetic could overflow."""

from __future__ import annotations

from typing import Any

from fastapi import Path, Query

from kiosk.core.clock import FIRST_DAY, LAST_DAY

LARGEST_ID = 2**63 - 1
"""SQLite's largest integer: no row id is larger, and a larger one cannot even be looked up."""
DAYS = f"{FIRST_DAY.isoformat()} to {LAST_DAY.isoformat()}"
IDS = "1 to 2^63-1"


def day_query(description: str, alias: str | None = None) -> Any:
    """A YYYY-MM-DD query parameter from FIRST_DAY to LAST_DAY."""
    return Query(alias=alias, ge=FIRST_DAY, le=LAST_DAY, description=f"{description}; {DAYS}")


def day_path(description: str, alias: str | None = None) -> Any:
    """A YYYY-MM-DD path parameter from FIRST_DAY to LAST_DAY."""
    return Path(alias=alias, ge=FIRST_DAY, le=LAST_DAY, description=f"{description}; {DAYS}")


def id_path(description: str) -> Any:
    """A row id in the path: 1 to SQLite's largest integer."""
    return Path(ge=1, le=LARGEST_ID, description=f"{description}; {IDS}")


def id_query(description: str, alias: str | None = None) -> Any:
    """A row id in the query: 1 to SQLite's largest integer."""
    return Query(alias=alias, ge=1, le=LARGEST_ID, description=f"{description}; {IDS}")
