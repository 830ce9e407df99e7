"""The hub's side of the region (docs/region.md): joining it, and the outbox of days whose anonymous
figures are pushed to it, kept in the hub's database so that it survives restarts and network loss.

The figures of a day are `kiosk stats`'s own (kiosk/server/stats.py, `Day`): counts by key and waits in
minutes, never a ticket, a code, a language or an answer of one visit. A day is queued once it is over;
it is pushed until the region confirms it, then marked sent with its fingerprint; a sent day of the last
`CORRECTION_DAYS` whose figures have changed since is queued again (the region replaces it). A day the
region refuses for good (`REFUSED_STATUSES`) is marked refused with the region's reason and the outbox goes
on with the next days (`status` lists the refused days). Nothing
here runs inside a visitor's request: the push runs on its own connection, outside any transaction,
from the hub's timer (kiosk/server/hub/background.py).
"""

from __future__ import annotations

import hashlib
import http.client
import json
import logging
import secrets
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

import sqlite_utils

from kiosk.core.clock import HELSINKI, iso
from kiosk.core.region_figures import digest
from kiosk.core.routing import loads
from kiosk.server import dates_off, stats, store
from kiosk.server.queue import QueueError

log = logging.getLogger(__name__)

TIMEOUT = 10.0
"""Seconds one request to the region may take."""
FIRST_RETRY = 2.0
LONGEST_RETRY = 300.0
"""Seconds before the next try after a failure: doubling from the first to the longest."""
REFUSED_STATUSES = frozenset({400, 413, 422})
"""The region's answers to a day's figures that sending the same figures again cannot change (the
region's validation refuses them, or they are too large): the day is marked refused and the next days
go on. Any other answer (a 5xx, 401, 404, 429, none at all) ends the round, to be tried again."""
REFUSED = "refused:"
"""The start of a refused day's `region_outbox.digest`: `refused:FINGERPRINT:REASON` (with `sent_at` the
moment of the refusal), so that a refused day is neither due nor counted waiting, and is queued again
as a sent one is when its figures change."""
DAYS_PER_ROUND = 50
"""Days pushed in one round at most (a first join pushes all the hub's history, a round at a time)."""
CORRECTION_DAYS = 7
CHECK_EVERY = timedelta(minutes=10)
"""How often the sent days of the last `CORRECTION_DAYS` are looked at for changes, and the region's
templates and this centre's rounds pulled."""


class RegionLinkError(RuntimeError):
    """The region cannot be joined; the message says why in one line."""


@dataclass(frozen=True)
class Answer:
    status: int
    body: dict
    error: str | None = None


def _request(method: str, url: str, token: str, body: dict | None = None, timeout: float = TIMEOUT) -> Answer:
    """One JSON request to the region; status 0 when it did not answer (or not in HTTP: a region or a
    proxy answering garbage is a region not reached, never an exception out of the hub's timer)."""
    data = json.dumps(body).encode() if body is not None else None
    headers = {"Content-Type": "application/json", "Authorization": f"Bearer {token}"}
    request = urllib.request.Request(url, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            kind = response.headers.get_content_type()
            try:
                answered = json.loads(response.read() or b"{}")
            except ValueError:  # a guest network's login page, a proxy's error page: not the region
                return Answer(0, {}, f"not reached: the answer is not JSON ({kind}); a proxy or login page?")
            if not isinstance(answered, dict):
                return Answer(0, {}, f"not reached: the answer is not a JSON object ({kind})")
            return Answer(response.status, answered)
    except urllib.error.HTTPError as error:
        try:
            body = json.loads(error.read() or b"{}")
        except (OSError, ValueError, http.client.HTTPException):  # a body cut short or not JSON
            body = {}
        message = body.get("message") if isinstance(body, dict) else None
        return Answer(error.code, body if isinstance(body, dict) else {}, f"{error.code}: {message or error}")
    except http.client.HTTPException as error:
        # Not an OSError: a status line that is not HTTP (BadStatusLine), an answer cut short
        # (IncompleteRead), a header line too long (LineTooLong).
        return Answer(0, {}, f"not reached: the answer is not HTTP ({type(error).__name__}: {error!r:.200})")
    except (OSError, ValueError) as error:
        reason = getattr(error, "reason", error)
        return Answer(0, {}, f"not reached: {reason}")


def join(db: sqlite_utils.Database, url: str, token: str, now: datetime) -> dict:
    """Join the region at `url` with a centre token: the region must accept it (else `RegionLinkError`,
    and nothing changes); the link is stored and every finished day will be pushed. The centre's
    {"name", "town"} as the region knows it."""
    url = url.rstrip("/")
    if not url.startswith(("http://", "https://")):
        raise RegionLinkError(f"{url!r} is not an http:// or https:// address")
    existing = db.execute("SELECT hub_id FROM region_link").fetchone()
    hub_id = existing[0] if existing else secrets.token_hex(16)
    answer = _request("POST", f"{url}/api/centre/join", token, {"hub_id": hub_id})
    if answer.status != 200:
        raise RegionLinkError(f"the region at {url} refused to join: {answer.error}")
    centre = answer.body.get("centre") or {}
    with store.transaction(db):
        db.execute("DELETE FROM region_link")
        db.execute(
            "INSERT INTO region_link (id, url, token, hub_id, centre, joined_at) VALUES (1, ?, ?, ?, ?, ?)",
            [url, token, hub_id, str(centre.get("name", "")), iso(now)],
        )
        # A new region (or a new token) has none of the days yet.
        db.execute("UPDATE region_outbox SET sent_at = NULL, digest = NULL")
    return centre


def day_figures(db: sqlite_utils.Database, day: date) -> tuple[dict[str, int], dict[str, list[float]]]:
    """The day's figures as `kiosk stats` counts them: (counts by key, waits in minutes per service)."""
    figures = stats.stored_days(db, day, day).get(day.isoformat(), stats.Day())
    live = stats.live_days(db, day, day).get(day.isoformat())
    if live:
        figures.add(live)
    counts = {key: int(value) for key, value in figures.counts.items() if value}
    return counts, {service: sorted(m) for service, m in figures.waits.items() if m}


def _finished_days(db: sqlite_utils.Database, today: date) -> list[str]:
    """The days before `today` with tickets, bookings or statistics that are not in the outbox yet."""
    rows = db.execute(
        "SELECT day FROM tickets WHERE day < :today UNION SELECT day FROM bookings WHERE day < :today"
        " UNION SELECT day FROM stats_daily WHERE day < :today"
        " EXCEPT SELECT day FROM region_outbox",
        {"today": today.isoformat()},
    ).fetchall()
    return [day for (day,) in rows]


def _changed_days(db: sqlite_utils.Database, today: date) -> list[str]:
    """The sent days of the last `CORRECTION_DAYS` whose figures differ from those sent: read before
    the write transaction, so the hub's writes never wait while the statistics are counted."""
    since = (today - timedelta(days=CORRECTION_DAYS)).isoformat()
    sent = db.execute(
        "SELECT day, digest FROM region_outbox WHERE sent_at IS NOT NULL AND day >= ?", [since]
    ).fetchall()
    return [
        day
        for day, sent_digest in sent
        if digest(*day_figures(db, date.fromisoformat(day))) != _refused(sent_digest)[0]
    ]


def _refused(stored: str | None) -> tuple[str | None, str | None]:
    """A `region_outbox.digest` as (the fingerprint of the figures sent, the region's reason if it
    refused them)."""
    if stored is None or not stored.startswith(REFUSED):
        return stored, None
    fingerprint, _, reason = stored.removeprefix(REFUSED).partition(":")
    return fingerprint, reason


def _queue_corrections(db: sqlite_utils.Database, changed: list[str], now: datetime) -> None:
    db.conn.executemany(
        "UPDATE region_outbox SET sent_at = NULL, queued_at = ? WHERE day = ?",
        [(iso(now), d) for d in changed],
    )
    db.execute("UPDATE region_link SET checked_at = ?", [iso(now)])


def _take_days_off(db: sqlite_utils.Database, days_off: list, now: datetime) -> None:
    """Each coming day off of a visiting specialist becomes a date off of their service here, its
    bookings cancelled, as staff setting it at this centre do (a service this centre's routing does
    not schedule is passed over, and logged); and a date off taken from the region that the region no
    longer has is lifted (its slots come back; the bookings it cancelled stay cancelled).

    What was taken is kept in `region_days_off`, written before the date off itself: a hub stopped in
    between sets it at the next pull. A date off staff had set for that day themselves stays theirs:
    it is neither taken over nor lifted.
    """
    active = store.active_routing(db)
    if active is None:
        return
    routing = loads(active[1])
    today = now.astimezone(HELSINKI).date()
    wanted = {(str(item["date"]), str(item["service"])) for item in days_off}
    for day, service in sorted(wanted):
        exists = _listed(db, "dates_off", day, service)
        taken = _listed(db, "region_days_off", day, service)
        if exists and not taken:
            continue  # staff's own
        try:
            if not taken:
                with store.transaction(db):
                    db.execute("INSERT INTO region_days_off (day, service) VALUES (?, ?)", [day, service])
            if not exists:
                dates_off.set_date_off(db, routing, date.fromisoformat(day), service, "", True, now)
        except QueueError as error:
            log.warning("the region's day off %s of %s is not taken here: %s", day, service, error)
            with store.transaction(db):
                db.execute("DELETE FROM region_days_off WHERE day = ? AND service = ?", [day, service])
    for day, service in db.execute("SELECT day, service FROM region_days_off").fetchall():
        if (day, service) in wanted:
            continue
        if date.fromisoformat(day) >= today and _listed(db, "dates_off", day, service):
            try:
                dates_off.remove_date_off(db, routing, date.fromisoformat(day), service, now)
            except QueueError as error:  # staff lifted it meanwhile
                log.info("the region's day off %s of %s was lifted already: %s", day, service, error)
        with store.transaction(db):
            db.execute("DELETE FROM region_days_off WHERE day = ? AND service = ?", [day, service])


def _listed(db: sqlite_utils.Database, table: str, day: str, service: str) -> bool:
    """Whether `table` (dates_off, or region_days_off: the ones taken from the region) has that day."""
    found = db.execute(f"SELECT 1 FROM {table} WHERE day = ? AND service = ?", [day, service]).fetchone()
    return found is not None


def _pull(db: sqlite_utils.Database, url: str, token: str, now: datetime) -> str | None:
    """Fetch the region's templates, this centre's rounds and their days off and keep them (replacing the
    last ones); the error if the region did not give them (the last ones are kept)."""
    templates = _request("GET", f"{url}/api/centre/templates", token)
    rounds = _request("GET", f"{url}/api/centre/rounds", token)
    today = now.astimezone(HELSINKI).date()
    days_off = _request("GET", f"{url}/api/centre/days-off?from={today.isoformat()}", token)
    for answer in (templates, rounds, days_off):
        if answer.status != 200:
            return answer.error or f"status {answer.status}"
    try:
        template_rows = [
            (str(t["name"]), str(t["note"]), str(t["yaml"]), str(t["created_at"]))
            for t in templates.body["templates"]
        ]
        round_rows = [
            (
                str(r["specialist"]),
                str(r["service"]),
                int(r["weekday"]),
                str(r["start"]),
                str(r["end"]),
                int(r["slot_minutes"]),
            )
            for r in rounds.body["rounds"]
        ]
        days_off_list = [
            {"date": str(d["date"]), "service": str(d["service"])} for d in days_off.body["days_off"]
        ]
        for item in days_off_list:
            date.fromisoformat(item["date"])
        for _, _, weekday, starts, ends, minutes in round_rows:
            # The kiosk lays these out as slots (kiosk/server/openings.py): a round it cannot is refused.
            if not 1 <= weekday <= 7 or minutes < 1 or time.fromisoformat(starts) >= time.fromisoformat(ends):
                raise ValueError(f"round {weekday} {starts}-{ends} by {minutes} min")
    except (KeyError, TypeError, ValueError) as error:
        return f"the region's answer is not understood: {error!r}"
    with store.transaction(db):
        db.execute("DELETE FROM region_templates")
        db.execute("UPDATE region_link SET booked_digest = NULL")  # the rounds may have changed
        db.execute("DELETE FROM region_rounds")
        db.conn.executemany("INSERT INTO region_templates VALUES (?, ?, ?, ?)", template_rows)
        db.conn.executemany("INSERT OR REPLACE INTO region_rounds VALUES (?, ?, ?, ?, ?, ?)", round_rows)
    _take_days_off(db, days_off_list, now)
    return None


BOOKED_BEFORE = 7
BOOKED_AHEAD = 14
"""Days before and after today whose booked times of visiting specialists are sent (the kiosk books
up to 14 days ahead)."""
_STRONGEST = {"checked_in": 3, "no_show": 2, "booked": 1, "cancelled": 0}


def booked_times(db: sqlite_utils.Database, today: date) -> tuple[date, date, list[dict]]:
    """The booked times of the services the region's rounds bring here, from `BOOKED_BEFORE` days ago to
    `BOOKED_AHEAD` days ahead: service, start and state only (one per slot: a cancelled booking's slot
    taken again shows the new one). Never a code or a language."""
    first, last = today - timedelta(days=BOOKED_BEFORE), today + timedelta(days=BOOKED_AHEAD)
    services = [s for (s,) in db.execute("SELECT DISTINCT service FROM region_rounds")]
    slots: dict[tuple[str, str], str] = {}
    if services:
        marks = ",".join("?" * len(services))
        for service, start, status in db.execute(
            f"SELECT service, start_at, status FROM bookings WHERE service IN ({marks})"
            " AND day BETWEEN ? AND ?",
            [*services, first.isoformat(), last.isoformat()],
        ):
            held = slots.get((service, start))
            if held is None or _STRONGEST[status] > _STRONGEST[held]:
                slots[(service, start)] = status
    times = [{"service": s, "start": start, "state": state} for (s, start), state in sorted(slots.items())]
    return first, last, times


def _push_booked_times(
    db: sqlite_utils.Database, url: str, token: str, today: date, now: datetime
) -> str | None:
    """Send the booked times when they changed since they were last sent; the error if not sent."""
    first, last, times = booked_times(db, today)
    body = {"from": first.isoformat(), "to": last.isoformat(), "times": times}
    fingerprint = hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()
    sent = db.execute("SELECT booked_digest FROM region_link").fetchone()[0]
    if fingerprint == sent or not db.execute("SELECT 1 FROM region_rounds LIMIT 1").fetchone():
        return None
    answer = _request("PUT", f"{url}/api/centre/booked-times", token, body)
    if answer.status != 200:
        return answer.error or f"status {answer.status}"
    with store.transaction(db):
        db.execute("UPDATE region_link SET booked_digest = ?", [fingerprint])
        _reached(db, now)
    return None


def push_round(db: sqlite_utils.Database, now: datetime) -> int:
    """One round: queue the finished days (and changed ones), then push the queued days, oldest first,
    until one fails (a day the region refuses for good is marked refused and passed). How many days the
    region confirmed. Does nothing before a join or before the next try is due."""
    link = db.execute("SELECT url, token, next_try_at, checked_at FROM region_link").fetchone()
    if link is None:
        return 0
    url, token, next_try_at, checked_at = link
    if next_try_at and datetime.fromisoformat(next_try_at) > now:
        return 0
    today = now.astimezone(HELSINKI).date()
    check = checked_at is None or now - datetime.fromisoformat(checked_at) >= CHECK_EVERY
    # Looked for before taking the write lock, which most rounds (every 2 s) then need not take at all.
    finished = _finished_days(db, today)
    changed = _changed_days(db, today) if check else []
    if finished or check:
        with store.transaction(db):
            db.conn.executemany(
                "INSERT OR IGNORE INTO region_outbox (day, queued_at) VALUES (?, ?)",
                [(day, iso(now)) for day in finished],
            )
            if check:
                _queue_corrections(db, changed, now)
    if check:
        error = _pull(db, url, token, now)
        if error:
            _failed(db, now, error)
            return 0
        with store.transaction(db):
            _reached(db, now)
    error = _push_booked_times(db, url, token, today, now)
    if error:
        _failed(db, now, error)
        return 0
    due = db.execute(
        "SELECT day FROM region_outbox WHERE sent_at IS NULL ORDER BY day LIMIT ?", [DAYS_PER_ROUND]
    ).fetchall()
    confirmed = 0
    for (day,) in due:
        counts, waits = day_figures(db, date.fromisoformat(day))
        answer = _request("PUT", f"{url}/api/centre/figures/{day}", token, {"counts": counts, "waits": waits})
        if answer.status == 200 and answer.body.get("day") != day:
            # Something answered 200 that is not the region taking this day (a proxy, a login page):
            # the day is not marked sent, or the region would never get it.
            answer = Answer(0, {}, f"not reached: a 200 answer that does not confirm {day}")
        if answer.status == 200:
            marked = digest(counts, waits)
            confirmed += 1
        elif answer.status in REFUSED_STATUSES:
            reason = " ".join((answer.error or f"status {answer.status}").split())[:300]
            log.warning(
                "the region refused the figures of %s (not sent again unless they change): %s", day, reason
            )
            marked = f"{REFUSED}{digest(counts, waits)}:{reason}"
        else:
            _failed(db, now, answer.error or f"status {answer.status}")
            return confirmed
        with store.transaction(db):
            db.execute(
                "UPDATE region_outbox SET sent_at = ?, digest = ? WHERE day = ?", [iso(now), marked, day]
            )
            _reached(db, now)
    return confirmed


def _reached(db: sqlite_utils.Database, now: datetime) -> None:
    """The region answered: in the caller's transaction, with what its answer confirmed."""
    db.execute(
        "UPDATE region_link SET reached_at = ?, failures = 0, next_try_at = NULL, last_error = NULL",
        [iso(now)],
    )


def _failed(db: sqlite_utils.Database, now: datetime, error: str) -> None:
    failures = db.execute("SELECT failures FROM region_link").fetchone()[0] + 1
    wait = min(LONGEST_RETRY, FIRST_RETRY * 2 ** min(failures - 1, 20))
    log.warning("region push failed (%d in a row, next try in %.0f s): %s", failures, wait, error)
    with store.transaction(db):
        db.execute(
            # checked_at cleared: the next try pulls again, and its success says the region is back.
            "UPDATE region_link SET failures = ?, failed_at = ?, next_try_at = ?, last_error = ?,"
            " checked_at = NULL",
            [failures, iso(now), iso(now + timedelta(seconds=wait)), error[:300]],
        )


def joined(db: sqlite_utils.Database) -> bool:
    return db.execute("SELECT 1 FROM region_link").fetchone() is not None


def push_from(path: str | Path, now: datetime) -> int:
    """`push_round` on a connection of its own to the hub's database at `path` (the hub's timer)."""
    db = store.connect(path)
    try:
        return push_round(db, now)
    finally:
        db.conn.close()


WEEK_DAYS = 31
"""At most this many days of a visiting specialist's week are asked of the region at once."""
WEEK_TIMEOUT = 4.0
"""Seconds the hub waits for a specialist's week: less than the staff console waits for the hub."""


def week_asked(db: sqlite_utils.Database, service: str) -> tuple[str, str, str] | None:
    """(the region's url, this centre's token, the specialist) whose pulled round brings `service` here;
    None before a join or when no round of the region brings it."""
    link = db.execute("SELECT url, token FROM region_link").fetchone()
    found = db.execute(
        "SELECT specialist FROM region_rounds WHERE service = ? ORDER BY specialist LIMIT 1", [service]
    ).fetchone()
    return (link[0], link[1], found[0]) if link and found else None


def week(url: str, token: str, specialist: str, first: date, last: date) -> Answer:
    """The specialist's booked times at every centre of their round (time, state and centre only), from
    the region; run outside the hub's lock (it may wait `TIMEOUT` for a region that does not answer)."""
    query = urllib.parse.urlencode({"from": first.isoformat(), "to": last.isoformat()})
    name = urllib.parse.quote(specialist, safe="")
    return _request("GET", f"{url}/api/centre/specialists/{name}/week?{query}", token, timeout=WEEK_TIMEOUT)


def template(db: sqlite_utils.Database, name: str) -> dict | None:
    """The region's template `name` as last pulled: {"name", "note", "yaml", "created_at"}; None if none."""
    row = db.execute(
        "SELECT name, note, yaml, created_at FROM region_templates WHERE name = ?", [name]
    ).fetchone()
    return dict(zip(("name", "note", "yaml", "created_at"), row, strict=True)) if row else None


def status(db: sqlite_utils.Database) -> dict:
    """The link as the admin sees it: {"joined": false} or where, when last reached, what is waiting and
    which days the region refused."""
    row = db.execute(
        "SELECT url, centre, joined_at, reached_at, failures, last_error FROM region_link"
    ).fetchone()
    if row is None:
        return {"joined": False}
    url, centre, joined_at, reached_at, failures, last_error = row
    pending = db.execute("SELECT COUNT(*) FROM region_outbox WHERE sent_at IS NULL").fetchone()[0]
    refused = db.execute(
        "SELECT day, sent_at, digest FROM region_outbox WHERE sent_at IS NOT NULL AND digest LIKE ?"
        " ORDER BY day",
        [f"{REFUSED}%"],
    ).fetchall()
    return {
        "joined": True,
        "url": url,
        "centre": centre,
        "reached_at": reached_at,
        # "region not reached since ...": set while the last try failed.
        "not_reached_since": (reached_at or joined_at) if failures else None,
        "last_error": last_error if failures else None,
        "days_waiting": pending,
        # The days the region refused for good: not sent again unless their figures change or the hub
        # joins again (docs/region.md).
        "days_refused": [
            {"day": day, "refused_at": at, "reason": _refused(stored)[1]} for day, at, stored in refused
        ],
        "templates": [
            {"name": name, "note": note}
            for name, note in db.execute("SELECT name, note FROM region_templates ORDER BY name")
        ],
        "rounds": [
            dict(zip(("specialist", "service", "weekday", "start", "end", "slot_minutes"), row, strict=True))
            for row in db.execute(
                "SELECT specialist, service, weekday, starts, ends, slot_minutes FROM region_rounds"
                " ORDER BY weekday, starts"
            )
        ],
    }
