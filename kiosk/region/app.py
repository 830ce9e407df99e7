"""The region server's FastAPI application and `serve` to run it with uvicorn.

Open without a token: `GET /api/health` only. A hub calls `/api/centre/...` with its centre's token and
so reaches only its own centre's rows (the centre is the token's, never named in the request); the
statistics need the region's admin token (docs/region.md, "Who may read what"). A request takes one of
the pool's connections only once it has presented a token, and what it may cost is bounded
(kiosk/region/pool.py; docs/region.md, "What a request can cost").
"""

from __future__ import annotations

import sys
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Annotated, Literal

import psycopg
from fastapi import Depends, FastAPI, Path, Query, Request
from fastapi.responses import HTMLResponse
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from kiosk.core.clock import FIRST_DAY, HELSINKI, LAST_DAY
from kiosk.core.region_figures import problems
from kiosk.region import centres, db, errors, figures, page, plans, stats, tokens
from kiosk.region.auth import token_of, with_role
from kiosk.region.db import RegionError
from kiosk.region.errors import ApiError
from kiosk.region.limits import BodyLimit
from kiosk.region.pool import Budget, Known, Liveness, new_pool


class Join(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    hub_id: str = Field(pattern=r"^[0-9a-f]{32}$", description="the hub's random id, 32 hex signs")


class BookedTime(BaseModel):
    model_config = ConfigDict(extra="forbid")
    service: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]{0,63}$")
    start: AwareDatetime
    state: Literal["booked", "checked_in", "no_show", "cancelled"]


class BookedTimes(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    first: date = Field(alias="from")
    last: date = Field(alias="to")
    times: list[BookedTime] = Field(max_length=5000)


class DayFigures(BaseModel):
    model_config = ConfigDict(extra="forbid")
    counts: dict[str, int] = Field(description="the hub's statistics keys of the day and their counts")
    waits: dict[str, list[float]] = Field(description="each service's waits of the day, in minutes")


def _day(value: date, where: str) -> date:
    if not FIRST_DAY <= value <= LAST_DAY:
        raise ApiError(422, "invalid_field", f"{where}: a day from {FIRST_DAY} to {LAST_DAY}", where)
    return value


def _period(first: date | None, last: date | None) -> tuple[date, date]:
    today = datetime.now(HELSINKI).date()
    first = _day(first, "query.from") if first else today
    last = _day(last, "query.to") if last else first
    if last < first:
        raise ApiError(422, "bad_range", f"to ({last}) is before from ({first})", "query.to")
    if (last - first).days + 1 > stats.LONGEST_PERIOD:
        raise ApiError(422, "bad_range", f"at most {stats.LONGEST_PERIOD} days at once", "query.to")
    return first, last


def _week(conn: psycopg.Connection, name: str, from_: date | None, to: date | None) -> dict:
    """The specialist's booked times at every centre over `_period`'s days, 7 from `from` when no `to`."""
    first, last = _period(from_, to)
    if to is None:
        last = first + timedelta(days=6)
    return {"specialist": name, "times": plans.week_of(conn, name, first, last)}


@dataclass(frozen=True)
class Call:
    """A request that presented a token of the route's role: its pooled connection and the token's holder."""

    conn: psycopg.Connection
    holder: tokens.Holder


def _call(role: str, basic: bool = False):
    """The dependency of a route for `role`: the token is looked for before a connection is taken (none,
    401 at once); a token not found lately is looked up on the lookup pool (pool.Known); then, if its
    holder has the role, one connection of the main pool (503 `busy` if none is free within the pool's
    wait) serves the route, and goes back to the pool after it."""

    def dependency(request: Request) -> Iterator[Call]:
        token = token_of(request, basic)
        state = request.app.state
        holder = state.known.get(token)
        if holder is None:
            # Not seen lately: looked up on the small pool of its own, where a stranger's made-up tokens
            # wait too, never for a connection a known hub's call needs.
            with state.lookups.connection() as conn:
                holder = tokens.holder(conn, token)
            if holder is not None:
                state.known.put(token, holder)
        holder = with_role(holder, role, basic)
        with state.pool.connection() as conn:
            yield Call(conn, holder)

    return dependency


CentreCall = Annotated[Call, Depends(_call("centre"))]
AdminCall = Annotated[Call, Depends(_call("admin"))]
AdminPage = Annotated[Call, Depends(_call("admin", basic=True))]
FromQuery = Annotated[date | None, Query(alias="from", description="first day (default: today)")]
ToQuery = Annotated[date | None, Query(description="last day (default: from)")]


def create_app(dsn: str, budget: Budget | None = None) -> FastAPI:
    """The region server over the PostgreSQL database at `dsn` (made ready by `kiosk region init`); its
    pool opens when the server starts and closes when it stops (`budget`: the limits, pool.Budget)."""
    budget = budget or Budget()
    connections = new_pool(dsn, budget)
    lookups = new_pool(dsn, budget, lookups=True)
    liveness = Liveness(dsn, budget)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        connections.open(wait=False)
        lookups.open(wait=False)
        try:
            yield
        finally:
            connections.close()
            lookups.close()
            liveness.close()

    app = FastAPI(
        title="Kokoomo Kiosk region",
        description="Many centres' anonymous daily figures (docs/region.md). Open without a token:"
        " the health only.",
        version="1",
        lifespan=lifespan,
    )
    errors.install(app)
    app.add_middleware(BodyLimit)
    app.state.dsn = dsn
    app.state.budget = budget
    app.state.pool = connections
    app.state.lookups = lookups
    app.state.known = Known(budget.known_seconds)

    @app.get("/api/health", summary="Whether the region server and its database answer")
    def health() -> dict:
        # Not from the pool: the health's own connection, asked at most once a second (pool.Liveness).
        return {"status": "ok", "schema": liveness.schema()}

    @app.post("/api/centre/join", summary="A hub joins as the centre of its token")
    def join(body: Join, call: CentreCall) -> dict:
        return {"centre": centres.join(call.conn, call.holder.centre_id, body.hub_id)}

    @app.put("/api/centre/figures/{day}", summary="The centre's anonymous figures of one day (replaces)")
    def put_figures(
        day: Annotated[date, Path(description="the day, Helsinki")], body: DayFigures, call: CentreCall
    ) -> dict:
        _day(day, "path.day")
        if day > datetime.now(HELSINKI).date() + timedelta(days=1):
            raise ApiError(422, "future_day", f"{day} has not come yet: no figures for it", "path.day")
        found = problems(body.counts, body.waits)
        if found:
            raise ApiError(422, "invalid_field", "; ".join(found), found[0].partition(": ")[0])
        pushes, changed = figures.store_day(call.conn, call.holder.centre_id, day, body.counts, body.waits)
        return {"day": day.isoformat(), "pushes": pushes, "changed": changed}

    @app.get("/api/centre/templates", summary="The region's routing templates, for the centre to adopt")
    def get_templates(call: CentreCall) -> dict:
        return {"templates": plans.templates(call.conn)}

    @app.get("/api/centre/rounds", summary="The visiting specialists' weekly rounds at this centre")
    def get_rounds(call: CentreCall) -> dict:
        return {"rounds": plans.rounds_at(call.conn, call.holder.centre_id)}

    @app.get("/api/centre/days-off", summary="Coming days off of the specialists who visit this centre")
    def get_days_off(call: CentreCall, from_: FromQuery = None) -> dict:
        """From `from` (the hub's today; default: the region's yesterday) on: service and date only."""
        first = _day(from_, "query.from") if from_ else datetime.now(HELSINKI).date() - timedelta(days=1)
        return {"days_off": plans.days_off_at(call.conn, call.holder.centre_id, first)}

    @app.put("/api/centre/booked-times", summary="The visiting specialists' booked times here (replaces)")
    def put_booked_times(body: BookedTimes, call: CentreCall) -> dict:
        """Time and state only, never a code: a specialist's week across centres is built from these."""
        first, last = _day(body.first, "from"), _day(body.last, "to")
        if last < first or (last - first).days + 1 > plans.LONGEST_SPAN:
            raise ApiError(422, "bad_range", f"from..to: at most {plans.LONGEST_SPAN} days, in order", "to")
        try:
            kept = plans.replace_booked_times(
                call.conn, call.holder.centre_id, first, last, [t.model_dump() for t in body.times]
            )
        except RegionError as error:
            raise ApiError(422, "invalid_field", str(error), "times") from None
        return {"kept": kept}

    @app.get("/api/specialists/{name}/week", summary="A specialist's booked times at every centre (admin)")
    def get_week(name: str, call: AdminCall, from_: FromQuery = None, to: ToQuery = None) -> dict:
        return _week(call.conn, name, from_, to)

    @app.get(
        "/api/centre/specialists/{name}/week",
        summary="A visiting specialist's booked times at every centre, for a centre on their round",
    )
    def get_centre_week(name: str, call: CentreCall, from_: FromQuery = None, to: ToQuery = None) -> dict:
        """As the admin's, for the staff console of a centre the specialist visits (relayed by its hub);
        a specialist with no round at this centre is not this centre's (404, as for one unknown)."""
        if not plans.visits(call.conn, name, call.holder.centre_id):
            raise ApiError(
                404, "unknown_specialist", f"no specialist {name!r} visits this centre", "path.name"
            )
        return _week(call.conn, name, from_, to)

    @app.get("/api/stats", summary="The centres side by side over a period, small counts as <5")
    def get_stats(call: AdminCall, from_: FromQuery = None, to: ToQuery = None) -> dict:
        table = stats.side_by_side(call.conn, *_period(from_, to))
        return {
            "from": table["from"],
            "to": table["to"],
            "columns": [
                {
                    "centre": column["centre"],
                    "town": column["town"],
                    "cells": [
                        {"section": s, "key": k, "value": column["cells"][(s, k)]}
                        for s, k in table["sections"]
                    ],
                }
                for column in table["columns"]
            ],
        }

    @app.get("/", response_class=HTMLResponse, summary="The centres side by side, as a page (admin)")
    def stats_page(call: AdminPage, from_: FromQuery = None, to: ToQuery = None) -> HTMLResponse:
        return HTMLResponse(page.render(stats.side_by_side(call.conn, *_period(from_, to))))

    return app


CONCURRENCY = 200
"""Connections and requests uvicorn serves at once; one more is answered 503 at once (its own plain text,
before the application sees it). Far above a region's hubs, far below the process's 1024 open files."""
FIRST_WAIT, LONGEST_WAIT = 1.0, 30.0
"""Seconds between two tries to reach a database that is not up yet: doubling from the first to the
longest, then the longest (`wait_for_database`)."""


def _reason(error: psycopg.Error) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


NEVER_BY_ITSELF = ("does not exist", "authentication failed", "no pg_hba.conf entry")
"""What PostgreSQL (or libpq) says of a refusal waiting cannot mend: a wrong database or user name, a
wrong password, a machine the server does not let in. (A refused connection carries no SQLSTATE, so
the words are read.)"""


def _not_up_yet(error: psycopg.OperationalError) -> bool:
    """Whether waiting may help: no server answers yet (refused, no socket, a timeout), it is starting
    up or shutting down, or it has no room for one more connection now; anything but `NEVER_BY_ITSELF`."""
    return not any(words in str(error) for words in NEVER_BY_ITSELF)


def wait_for_database(
    dsn: str, say=None, first: float = FIRST_WAIT, longest: float = LONGEST_WAIT, sleep=time.sleep
) -> int:
    """The database's schema version, once PostgreSQL answers: at boot it may come up after the region
    server, so every failed try is said in one line (`say`, default stderr) and tried again, 1 s, 2 s,
    4 s ... 30 s apart, for as long as it takes. A refusal waiting cannot mend (a wrong password or
    database name) raises `RegionError` at once, as does a database `kiosk region init` has not made."""
    say = say or (lambda line: print(line, file=sys.stderr, flush=True))
    pause = first
    while True:
        try:
            with psycopg.connect(dsn, connect_timeout=10, autocommit=True) as conn:
                version = db.schema_version(conn)
            break
        except psycopg.OperationalError as error:
            if not _not_up_yet(error):
                raise RegionError(f"cannot use the region database: {_reason(error)}") from None
            say(f"region: the database is not reachable yet ({_reason(error)}); trying again in {pause:g} s")
            sleep(pause)
            pause = min(pause * 2, longest)
    if version < len(db.migrations()):
        raise RegionError("the region database is not ready: run `kiosk region init --dsn ...` first")
    return version


def serve(dsn: str, host: str = "127.0.0.1", port: int = 8770) -> None:
    import uvicorn

    wait_for_database(dsn)
    uvicorn.run(create_app(dsn), host=host, port=port, log_level="warning", limit_concurrency=CONCURRENCY)
