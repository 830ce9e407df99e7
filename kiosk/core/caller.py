"""The anonymous id of a desk: which token called a ticket, without naming a person or the token."""

from __future__ import annotations

import hashlib


def caller_id(token: str) -> str:
    """An anonymous, stable id of the desk (token) that called a ticket: names no person, reveals no token."""
    return hashlib.sha256(f"caller:{token}".encode()).hexdigest()[:12]
