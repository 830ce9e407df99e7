"""The admin PIN: kept only as a salted scrypt hash, tried with a growing lock-out, traded for a session.

The lock-out lives in the database (`admin_pin`), so restarting the hub does not give an attacker
fresh tries. Five wrong tries lock for 30 s; while no right PIN has come since, every further wrong
try locks again for twice as long, up to an hour: a 4-digit PIN then takes months to guess.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlite_utils

from kiosk.server import tokens
from kiosk.server.store import iso, transaction

SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
HASH_BYTES = 32
PIN_PATTERN = re.compile(r"[0-9]{4,12}")
TRIES = 5
"""Wrong tries before the first lock."""
FIRST_LOCK = timedelta(seconds=30)
LONGEST_LOCK = timedelta(hours=1)
SESSION = timedelta(hours=8)
NAME_LENGTH = 40


class PinError(ValueError):
    """A PIN that cannot be set (its message says why, for the person typing it)."""


def pin_problem(pin: str) -> str | None:
    """Why `pin` cannot be the admin PIN, or None when it can."""
    if not PIN_PATTERN.fullmatch(pin):
        return "the PIN must be 4 to 12 digits (0-9), nothing else"
    return None


def hash_pin(pin: str, salt: bytes, *, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P) -> bytes:
    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=HASH_BYTES)


def set_pin(db: sqlite_utils.Database, pin: str, now: datetime) -> int:
    """Set or reset the PIN (its own transaction): clears every lock-out and ends open admin sessions
    (a PIN is reset when it may have leaked); how many sessions were ended."""
    problem = pin_problem(pin)
    if problem:
        raise PinError(problem)
    salt = secrets.token_bytes(SALT_BYTES)
    digest = hash_pin(pin, salt)
    with transaction(db):
        db.execute(
            "INSERT INTO admin_pin (id, scheme, salt, hash, n, r, p, set_at, failures, lockouts,"
            " locked_until) VALUES (1, 'scrypt', ?, ?, ?, ?, ?, ?, 0, 0, NULL)"
            " ON CONFLICT (id) DO UPDATE SET scheme = excluded.scheme, salt = excluded.salt,"
            " hash = excluded.hash, n = excluded.n, r = excluded.r, p = excluded.p,"
            " set_at = excluded.set_at, failures = 0, lockouts = 0, locked_until = NULL",
            [salt.hex(), digest.hex(), SCRYPT_N, SCRYPT_R, SCRYPT_P, iso(now)],
        )
        return tokens.end_all_sessions(db)


@dataclass(frozen=True)
class Attempt:
    """How a PIN try went: `outcome` is ok, wrong_pin, locked or no_pin."""

    outcome: str
    tries_left: int = 0
    retry_after_seconds: int = 0
    token: str = ""
    expires_at: str = ""
    name: str = ""


def _lock_for(lockouts: int) -> timedelta:
    return min(FIRST_LOCK * 2 ** (lockouts - 1), LONGEST_LOCK)


def _seconds_until(moment: datetime, now: datetime) -> int:
    return max(1, int(-(-(moment - now).total_seconds() // 1)))


def try_pin(db: sqlite_utils.Database, pin: str, name: str, now: datetime) -> Attempt:
    """Check a PIN try and record it. The caller serialises tries (one at a time per hub), so parallel
    guesses cannot slip past the count while the slow hash is worked out."""
    row = db.execute(
        "SELECT salt, hash, n, r, p, failures, lockouts, locked_until FROM admin_pin WHERE id = 1"
    ).fetchone()
    if row is None:
        return Attempt("no_pin")
    salt, stored, n, r, p, failures, lockouts, locked_until = row
    if locked_until is not None:
        until = datetime.fromisoformat(locked_until)
        if now < until:
            return Attempt("locked", retry_after_seconds=_seconds_until(until, now))
    right = hmac.compare_digest(hash_pin(pin, bytes.fromhex(salt), n=n, r=r, p=p).hex(), stored)
    if right:
        with transaction(db):
            db.execute("UPDATE admin_pin SET failures = 0, lockouts = 0, locked_until = NULL WHERE id = 1")
        expires = now + SESSION
        token = tokens.add_session(db, name, expires, now)
        return Attempt("ok", token=token, expires_at=iso(expires), name=name)
    failures += 1
    if failures >= TRIES or lockouts > 0:
        # Locked: the first time after five wrong tries; after that, every wrong try locks longer.
        lockouts += 1
        until = now + _lock_for(lockouts)
        with transaction(db):
            db.execute(
                "UPDATE admin_pin SET failures = 0, lockouts = ?, locked_until = ? WHERE id = 1",
                [lockouts, iso(until)],
            )
        return Attempt("locked", retry_after_seconds=_seconds_until(until, now))
    with transaction(db):
        db.execute("UPDATE admin_pin SET failures = ? WHERE id = 1", [failures])
    return Attempt("wrong_pin", tries_left=TRIES - failures)
