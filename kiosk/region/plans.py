"""What the region plans for its centres: routing templates (checked as any import), visiting
specialists and their weekly rounds; and what each centre's hub may read of them."""

from __future__ import annotations

import re
from datetime import date, datetime, time

import psycopg

from kiosk.core.clock import HELSINKI
from kiosk.core.routing import check_text
from kiosk.region.db import RegionError
from kiosk.region.names import cleaned, tidied

SERVICE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")


def add_template(conn: psycopg.Connection, name: str, text: str, note: str = "") -> int:
    """A routing template for every centre to adopt; refused (`RegionError` listing every problem, as
    `kiosk routing check` does) unless it is a valid routing."""
    name = cleaned(name, "template's name")
    problems = check_text(text)
    if problems:
        raise RegionError("not a valid routing:\n" + "\n".join(str(p) for p in problems))
    with conn.transaction():
        added = conn.execute(
            "INSERT INTO templates (name, note, yaml) VALUES (%s, %s, %s) ON CONFLICT (name) DO NOTHING"
            " RETURNING id",
            [name, note, text],
        ).fetchone()
        if added is None:
            raise RegionError(f"there is already a template named {name!r}")
        return added[0]


def add_specialist(conn: psycopg.Connection, name: str, service: str) -> int:
    name = cleaned(name, "specialist's name")
    if not SERVICE.match(service):
        raise RegionError(f"{service!r} is not a service id (a-z, 0-9, _ and -)")
    with conn.transaction():
        added = conn.execute(
            "INSERT INTO specialists (name, service) VALUES (%s, %s) ON CONFLICT (name) DO NOTHING"
            " RETURNING id",
            [name, service],
        ).fetchone()
        if added is None:
            raise RegionError(f"there is already a specialist named {name!r}")
        return added[0]


def add_round(
    conn: psycopg.Connection,
    specialist: str,
    centre: str,
    weekday: int,
    starts: time,
    ends: time,
    slot_minutes: int = 30,
) -> None:
    """The specialist at the centre every `weekday` (1 = Monday) from `starts` to `ends`; refused if the
    specialist is elsewhere that day, or the times make no slot."""
    if not 1 <= weekday <= 7:
        raise RegionError(f"weekday {weekday}: 1 (Monday) to 7 (Sunday)")
    if not starts < ends:
        raise RegionError(f"the round ends ({ends:%H:%M}) before it starts ({starts:%H:%M})")
    if not 5 <= slot_minutes <= 240:
        raise RegionError("a slot is 5 to 240 minutes")
    with conn.transaction():
        who = _specialist_id(conn, specialist, lock="FOR KEY SHARE")
        where = _centre_id(conn, centre)
        added = conn.execute(
            "INSERT INTO rounds (specialist_id, centre_id, weekday, starts, ends, slot_minutes)"
            " VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT (specialist_id, weekday) DO NOTHING RETURNING 1",
            [who, where, weekday, starts, ends, slot_minutes],
        ).fetchone()
        if added is None:
            (busy,) = conn.execute(
                "SELECT c.name FROM rounds r JOIN centres c ON c.id = r.centre_id"
                " WHERE r.specialist_id = %s AND r.weekday = %s",
                [who, weekday],
            ).fetchone()
            raise RegionError(f"{specialist} is already at {busy} on weekday {weekday}")


def rounds_of(conn: psycopg.Connection, specialist: str | None = None) -> list[dict]:
    """Every round (or one specialist's, `RegionError` naming the specialists if unknown): specialist,
    centre, weekday, start, end and slot minutes, by specialist, weekday and start."""
    with conn.transaction():
        only = "" if specialist is None else " WHERE r.specialist_id = %s"
        rows = conn.execute(
            "SELECT s.name, c.name, r.weekday, r.starts, r.ends, r.slot_minutes FROM rounds r"
            " JOIN specialists s ON s.id = r.specialist_id JOIN centres c ON c.id = r.centre_id"
            f"{only} ORDER BY s.name, r.weekday, r.starts, c.name",
            [] if specialist is None else [_specialist_id(conn, specialist)],
        ).fetchall()
    return [
        {
            "specialist": name,
            "centre": centre,
            "weekday": weekday,
            "start": f"{starts:%H:%M}",
            "end": f"{ends:%H:%M}",
            "slot_minutes": slot,
        }
        for name, centre, weekday, starts, ends, slot in rows
    ]


def remove_round(
    conn: psycopg.Connection, specialist: str, centre: str, weekday: int, starts: time, today: date
) -> dict:
    """The specialist no longer comes to the centre on `weekday` from `starts`: the round (as `rounds_of`
    gives it, with `"times_cleared"`) is removed. An unknown specialist, centre or round is `RegionError`
    naming those there are, and nothing changes. The centre's hub stops offering its slots at its next
    pull; the bookings already made in them are the hub's and stay.

    When it was their last round at that centre, their booked times there from `today` on leave their
    week (`times_cleared`: how many): the hub sends the times of the services its rounds bring, so
    nothing would ever update them, and a booking cancelled at the centre would stay "booked" in the
    week the specialist plans their travel by. The earlier ones stay, as the record of their visits.
    """
    with conn.transaction():
        who = _specialist_id(conn, specialist)
        where = _centre_id(conn, centre)
        gone = conn.execute(
            "DELETE FROM rounds WHERE specialist_id = %s AND centre_id = %s AND weekday = %s AND starts = %s"
            " RETURNING ends, slot_minutes",
            [who, where, weekday, starts],
        ).fetchone()
        if gone is None:
            theirs = [
                f"{r['centre']} weekday {r['weekday']} {r['start']}-{r['end']}"
                for r in rounds_of(conn, specialist)
            ]
            there = f"their rounds: {', '.join(theirs)}" if theirs else "they have no rounds"
            raise RegionError(
                f"{specialist} has no round at {centre} on weekday {weekday} from {starts:%H:%M}; {there}"
            )
        cleared = 0
        if not conn.execute(
            "SELECT 1 FROM rounds WHERE specialist_id = %s AND centre_id = %s", [who, where]
        ).fetchone():
            cleared = conn.execute(
                "DELETE FROM booked_times WHERE specialist_id = %s AND centre_id = %s"
                " AND (starts AT TIME ZONE 'Europe/Helsinki')::date >= %s",
                [who, where, today],
            ).rowcount
    ends, slot = gone
    return {
        "specialist": specialist,
        "centre": centre,
        "weekday": weekday,
        "start": f"{starts:%H:%M}",
        "end": f"{ends:%H:%M}",
        "slot_minutes": slot,
        "times_cleared": cleared,
    }


def specialists(conn: psycopg.Connection) -> list[tuple[str, str, int]]:
    """Every specialist: (name, service id, how many rounds), by name."""
    return conn.execute(
        "SELECT s.name, s.service, count(r.weekday)::int FROM specialists s"
        " LEFT JOIN rounds r ON r.specialist_id = s.id GROUP BY s.id ORDER BY s.name"
    ).fetchall()


def remove_specialist(conn: psycopg.Connection, name: str) -> int:
    """The specialist left: removed with their days off (how many days off went). Refused (`RegionError`,
    nothing changes) while they still have a round: each is removed first, so that no centre loses a
    round by surprise. The region's copies of their booked times go with them; the hubs keep their
    bookings."""
    with conn.transaction():
        # Locked: a round or day off being added meanwhile (it holds this row FOR KEY SHARE) is waited for
        # and counted; one that comes after waits for this removal, then finds no specialist.
        who = _specialist_id(conn, name, lock="FOR UPDATE")
        (held,) = conn.execute("SELECT count(*) FROM rounds WHERE specialist_id = %s", [who]).fetchone()
        if held:
            rounds = "a round" if held == 1 else f"{held} rounds"
            raise RegionError(
                f"{name} still has {rounds}: list them with `kiosk region round list {name!r}`, remove each"
                " with `kiosk region round remove`, then remove the specialist"
            )
        days_off = conn.execute("DELETE FROM specialist_days_off WHERE specialist_id = %s", [who]).rowcount
        conn.execute("DELETE FROM specialists WHERE id = %s", [who])
    return days_off


def templates(conn: psycopg.Connection) -> list[dict]:
    rows = conn.execute("SELECT name, note, yaml, created_at FROM templates ORDER BY name").fetchall()
    return [{"name": n, "note": note, "yaml": y, "created_at": at.isoformat()} for n, note, y, at in rows]


def rounds_at(conn: psycopg.Connection, centre_id: int) -> list[dict]:
    """The rounds that bring a specialist to this centre (where else they go is not this centre's)."""
    rows = conn.execute(
        "SELECT s.name, s.service, r.weekday, r.starts, r.ends, r.slot_minutes FROM rounds r"
        " JOIN specialists s ON s.id = r.specialist_id WHERE r.centre_id = %s ORDER BY r.weekday, r.starts",
        [centre_id],
    ).fetchall()
    return [
        {
            "specialist": name,
            "service": service,
            "weekday": weekday,
            "start": f"{starts:%H:%M}",
            "end": f"{ends:%H:%M}",
            "slot_minutes": slot,
        }
        for name, service, weekday, starts, ends, slot in rows
    ]


BOOKED_STATES = ("booked", "checked_in", "no_show", "cancelled")
LONGEST_SPAN = 62
"""Days one push of booked times may cover."""


def replace_booked_times(
    conn: psycopg.Connection, centre_id: int, first: date, last: date, times: list[dict]
) -> int:
    """Make `times` ({"service", "start", "state"}: time and state only) the centre's booked times of its
    visiting specialists from `first` to `last`; each service must be one a round brings to this centre
    (`RegionError` naming it otherwise, and nothing changes). How many are kept."""
    with conn.transaction():
        # One push per centre at a time: two at once (a hub's retry while its first try still ran) each
        # deleted what the other had not yet written, and the second's insert failed on the first's rows.
        conn.execute("SELECT 1 FROM centres WHERE id = %s FOR UPDATE", [centre_id])
        here = dict(
            conn.execute(
                "SELECT DISTINCT s.service, s.id FROM rounds r JOIN specialists s ON s.id = r.specialist_id"
                " WHERE r.centre_id = %s",
                [centre_id],
            ).fetchall()
        )
        rows = {}
        for item in times:
            if item["service"] not in here:
                raise RegionError(f"no visiting specialist's round brings {item['service']!r} to this centre")
            start: datetime = item["start"]
            if not first <= start.astimezone(HELSINKI).date() <= last:  # the days are Helsinki's
                raise RegionError(f"{start.isoformat()} is outside {first}..{last}")
            rows[(here[item["service"]], start)] = item["state"]
        conn.execute(
            "DELETE FROM booked_times WHERE centre_id = %s AND specialist_id = ANY(%s)"
            " AND (starts AT TIME ZONE 'Europe/Helsinki')::date BETWEEN %s AND %s",
            [centre_id, list(here.values()), first, last],
        )
        with conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO booked_times (centre_id, specialist_id, starts, state) VALUES (%s, %s, %s, %s)",
                [(centre_id, who, start, state) for (who, start), state in rows.items()],
            )
    return len(rows)


def week_of(conn: psycopg.Connection, specialist: str, first: date, last: date) -> list[dict]:
    """A specialist's booked times at every centre from `first` to `last`: centre, start and state only."""
    if "\x00" in specialist:
        return []  # no name holds one (PostgreSQL's text cannot), and psycopg would refuse to send it
    rows = conn.execute(
        "SELECT c.name, b.starts, b.state FROM booked_times b JOIN centres c ON c.id = b.centre_id"
        " JOIN specialists s ON s.id = b.specialist_id WHERE s.name = %s"
        " AND (b.starts AT TIME ZONE 'Europe/Helsinki')::date BETWEEN %s AND %s ORDER BY b.starts, c.name",
        [specialist, first, last],
    ).fetchall()
    return [{"centre": name, "start": starts.isoformat(), "state": state} for name, starts, state in rows]


def visits(conn: psycopg.Connection, specialist: str, centre_id: int) -> bool:
    """True when the specialist has a round at the centre (its staff may then see their whole week)."""
    if "\x00" in specialist:
        return False  # as in week_of
    return (
        conn.execute(
            "SELECT 1 FROM rounds r JOIN specialists s ON s.id = r.specialist_id"
            " WHERE s.name = %s AND r.centre_id = %s LIMIT 1",
            [specialist, centre_id],
        ).fetchone()
        is not None
    )


def _known(names: list[str], what: str, how: str) -> str:
    """Those there are, for a refusal: 'the specialists: A, B' or 'there are no specialists (HOW)'."""
    return f"the {what}: {', '.join(names)}" if names else f"there are no {what} ({how})"


def _specialist_id(conn: psycopg.Connection, name: str, lock: str = "") -> int:
    """The specialist's id, their row locked till the transaction ends with `lock`: "FOR UPDATE" (their
    removal), "FOR KEY SHARE" (something of theirs added: a removal meanwhile waits for it, or it for the
    removal and then finds no specialist); `RegionError` naming the specialists there are if unknown."""
    assert lock in ("", "FOR UPDATE", "FOR KEY SHARE")
    found = conn.execute(f"SELECT id FROM specialists WHERE name = %s {lock}", [tidied(name)]).fetchone()
    if found is None:
        names = [n for (n,) in conn.execute("SELECT name FROM specialists ORDER BY name")]
        there = _known(names, "specialists", "kiosk region specialist add")
        raise RegionError(f"no specialist named {name!r}; {there}")
    return found[0]


def _centre_id(conn: psycopg.Connection, name: str) -> int:
    found = conn.execute("SELECT id FROM centres WHERE name = %s", [tidied(name)]).fetchone()
    if found is None:
        names = [n for (n,) in conn.execute("SELECT name FROM centres ORDER BY name")]
        raise RegionError(f"no centre named {name!r}; {_known(names, 'centres', 'kiosk region centre add')}")
    return found[0]


def add_day_off(conn: psycopg.Connection, specialist: str, day: date, note: str, today: date) -> list[str]:
    """The specialist is off on `day` (today or later): the centres it touches (their rounds that weekday)."""
    if day < today:
        raise RegionError(f"{day} has passed: a day off is for today or later")
    if len(note) > 200:
        raise RegionError("the note is longer than 200 characters")
    with conn.transaction():
        who = _specialist_id(conn, specialist, lock="FOR KEY SHARE")
        conn.execute(
            "INSERT INTO specialist_days_off (specialist_id, day, note) VALUES (%s, %s, %s)"
            " ON CONFLICT (specialist_id, day) DO UPDATE SET note = excluded.note",
            [who, day, note],
        )
        return [
            name
            for (name,) in conn.execute(
                "SELECT c.name FROM rounds r JOIN centres c ON c.id = r.centre_id"
                " WHERE r.specialist_id = %s AND r.weekday = %s",
                [who, day.isoweekday()],
            )
        ]


def remove_day_off(conn: psycopg.Connection, specialist: str, day: date) -> None:
    """The specialist is not off on `day` after all: at their next pull, the hubs that took it lift it
    (their slots come back; the bookings it cancelled stay cancelled) and the others never set it."""
    with conn.transaction():
        who = _specialist_id(conn, specialist)
        gone = conn.execute(
            "DELETE FROM specialist_days_off WHERE specialist_id = %s AND day = %s", [who, day]
        ).rowcount
    if not gone:
        raise RegionError(f"{specialist} has no day off on {day}")


def coming_days_off(conn: psycopg.Connection, today: date) -> list[tuple[str, date, str]]:
    """Every specialist's days off from `today` on: (specialist, day, note), by day."""
    return conn.execute(
        "SELECT s.name, d.day, d.note FROM specialist_days_off d JOIN specialists s ON s.id = d.specialist_id"
        " WHERE d.day >= %s ORDER BY d.day, s.name",
        [today],
    ).fetchall()


def days_off_at(conn: psycopg.Connection, centre_id: int, today: date) -> list[dict]:
    """The coming days off of the specialists whose rounds bring them to this centre on that weekday:
    service and date only."""
    rows = conn.execute(
        "SELECT DISTINCT s.service, d.day FROM specialist_days_off d"
        " JOIN specialists s ON s.id = d.specialist_id"
        " JOIN rounds r ON r.specialist_id = d.specialist_id AND r.weekday = EXTRACT(ISODOW FROM d.day)"
        " WHERE r.centre_id = %s AND d.day >= %s ORDER BY d.day, s.service",
        [centre_id, today],
    ).fetchall()
    return [{"service": service, "date": day.isoformat()} for service, day in rows]
