"""The region server's FastAPI application and `serve` to run it with uvicorn.

Open without a token: `GET /api/health` only. A hub calls `/api/centre/...` with its centre's token and
so reaches only its own centre's rows (the centre is the token's, never named in the request); the
statistics need the region's admin token (docs/region.md, "Who may read what").
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from typing import Annotated, Literal

import psycopg
from fastapi import Depends, FastAPI, Path, Query, Request
from fastapi.responses import HTMLResponse
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from kiosk.core.clock import FIRST_DAY, HELSINKI, LAST_DAY
from kiosk.core.region_figures import problems
from kiosk.region import centres, db, errors, figures, page, plans, stats
from kiosk.region.auth import require
from kiosk.region.db import RegionError
from kiosk.region.errors import ApiError
from kiosk.region.limits import BodyLimit


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


def connection(request: Request) -> Iterator[psycopg.Connection]:
    """One connection for one request (a region's few hubs push a day's figures each, at night)."""
    with db.connect(request.app.state.dsn) as conn:
        yield conn


Conn = Annotated[psycopg.Connection, Depends(connection)]
FromQuery = Annotated[date | None, Query(alias="from", description="first day (default: today)")]
ToQuery = Annotated[date | None, Query(description="last day (default: from)")]


def create_app(dsn: str) -> FastAPI:
    """The region server over the PostgreSQL database at `dsn` (made ready by `kiosk region init`)."""
    app = FastAPI(
        title="Kokoomo Kiosk region",
        description="Many centres' anonymous daily figures (docs/region.md). Open without a token:"
        " the health only.",
        version="1",
    )
    errors.install(app)
    app.add_middleware(BodyLimit)
    app.state.dsn = dsn

    @app.get("/api/health", summary="Whether the region server and its database answer")
    def health(conn: Conn) -> dict:
        return {"status": "ok", "schema": db.schema_version(conn)}

    @app.post("/api/centre/join", summary="A hub joins as the centre of its token")
    def join(body: Join, request: Request, conn: Conn) -> dict:
        holder = require(conn, request, "centre")
        return {"centre": centres.join(conn, holder.centre_id, body.hub_id)}

    @app.put("/api/centre/figures/{day}", summary="The centre's anonymous figures of one day (replaces)")
    def put_figures(
        day: Annotated[date, Path(description="the day, Helsinki")],
        body: DayFigures,
        request: Request,
        conn: Conn,
    ) -> dict:
        holder = require(conn, request, "centre")
        _day(day, "path.day")
        if day > datetime.now(HELSINKI).date() + timedelta(days=1):
            raise ApiError(422, "future_day", f"{day} has not come yet: no figures for it", "path.day")
        found = problems(body.counts, body.waits)
        if found:
            raise ApiError(422, "invalid_field", "; ".join(found), found[0].partition(": ")[0])
        pushes, changed = figures.store_day(conn, holder.centre_id, day, body.counts, body.waits)
        return {"day": day.isoformat(), "pushes": pushes, "changed": changed}

    @app.get("/api/centre/templates", summary="The region's routing templates, for the centre to adopt")
    def get_templates(request: Request, conn: Conn) -> dict:
        require(conn, request, "centre")
        return {"templates": plans.templates(conn)}

    @app.get("/api/centre/rounds", summary="The visiting specialists' weekly rounds at this centre")
    def get_rounds(request: Request, conn: Conn) -> dict:
        holder = require(conn, request, "centre")
        return {"rounds": plans.rounds_at(conn, holder.centre_id)}

    @app.get("/api/centre/days-off", summary="Coming days off of the specialists who visit this centre")
    def get_days_off(request: Request, conn: Conn, from_: FromQuery = None) -> dict:
        """From `from` (the hub's today; default: the region's yesterday) on: service and date only."""
        holder = require(conn, request, "centre")
        first = _day(from_, "query.from") if from_ else datetime.now(HELSINKI).date() - timedelta(days=1)
        return {"days_off": plans.days_off_at(conn, holder.centre_id, first)}

    @app.put("/api/centre/booked-times", summary="The visiting specialists' booked times here (replaces)")
    def put_booked_times(body: BookedTimes, request: Request, conn: Conn) -> dict:
        """Time and state only, never a code: a specialist's week across centres is built from these."""
        holder = require(conn, request, "centre")
        first, last = _day(body.first, "from"), _day(body.last, "to")
        if last < first or (last - first).days + 1 > plans.LONGEST_SPAN:
            raise ApiError(422, "bad_range", f"from..to: at most {plans.LONGEST_SPAN} days, in order", "to")
        try:
            kept = plans.replace_booked_times(
                conn, holder.centre_id, first, last, [t.model_dump() for t in body.times]
            )
        except RegionError as error:
            raise ApiError(422, "invalid_field", str(error), "times") from None
        return {"kept": kept}

    @app.get("/api/specialists/{name}/week", summary="A specialist's booked times at every centre (admin)")
    def get_week(
        name: str, request: Request, conn: Conn, from_: FromQuery = None, to: ToQuery = None
    ) -> dict:
        require(conn, request, "admin")
        return _week(conn, name, from_, to)

    @app.get(
        "/api/centre/specialists/{name}/week",
        summary="A visiting specialist's booked times at every centre, for a centre on their round",
    )
    def get_centre_week(
        name: str, request: Request, conn: Conn, from_: FromQuery = None, to: ToQuery = None
    ) -> dict:
        """As the admin's, for the staff console of a centre the specialist visits (relayed by its hub);
        a specialist with no round at this centre is not this centre's (404, as for one unknown)."""
        holder = require(conn, request, "centre")
        if not plans.visits(conn, name, holder.centre_id):
            raise ApiError(
                404, "unknown_specialist", f"no specialist {name!r} visits this centre", "path.name"
            )
        return _week(conn, name, from_, to)

    @app.get("/api/stats", summary="The centres side by side over a period, small counts as <5")
    def get_stats(request: Request, conn: Conn, from_: FromQuery = None, to: ToQuery = None) -> dict:
        require(conn, request, "admin")
        table = stats.side_by_side(conn, *_period(from_, to))
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
    def stats_page(request: Request, conn: Conn, from_: FromQuery = None, to: ToQuery = None) -> HTMLResponse:
        require(conn, request, "admin", basic=True)
        return HTMLResponse(page.render(stats.side_by_side(conn, *_period(from_, to))))

    return app


def serve(dsn: str, host: str = "127.0.0.1", port: int = 8770) -> None:
    import uvicorn

    with db.connect(dsn) as conn:
        version = db.schema_version(conn)
    if version < len(db.migrations()):
        raise db.RegionError("the region database is not ready: run `kiosk region init --dsn ...` first")
    uvicorn.run(create_app(dsn), host=host, port=port, log_level="warning")
