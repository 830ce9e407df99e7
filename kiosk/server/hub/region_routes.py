"""`GET /api/region`: the hub's link to its region as the admin sees it, and the region's templates it
pulled (docs/region.md)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Annotated

from fastapi import APIRouter, Path, Query, Request

from kiosk.core.clock import HELSINKI, iso
from kiosk.server import region_link
from kiosk.server.hub.auth import require
from kiosk.server.hub.bounds import day_query
from kiosk.server.hub.errors import ApiError

router = APIRouter(tags=["admin"], dependencies=[require("admin")])
staff_router = APIRouter(tags=["staff"], dependencies=[require("staff")])
_AUTH = {401: {"description": "no token, an unknown or an ended session"}, 403: {"description": "not admin"}}


@router.get(
    "/api/region", summary="The link to the region: joined, last reached, days waiting", responses=_AUTH
)
def get_region(request: Request) -> dict:
    """`{"joined": false}`, or the region's address, the centre it joined as, when it was last reached,
    `not_reached_since` (null unless the last try failed), the last error and how many days wait."""
    return request.app.state.hub.read(region_link.status)


@router.get(
    "/api/region/templates/{name}",
    summary="One of the region's routing templates as last pulled, to adopt as the admin's draft",
    responses={**_AUTH, 404: {"description": "`unknown_template`"}},
)
def get_template(
    name: Annotated[str, Path(description="the template's name on the region")], request: Request
) -> dict:
    """`{"name", "note", "yaml", "created_at"}`: the YAML as the region keeps it (the region checked it when
    it was added; the admin checks it again as any import before it becomes the draft)."""
    found = request.app.state.hub.read(lambda db: region_link.template(db, name))
    if found is None:
        raise ApiError(404, "unknown_template", f"no region template {name!r} at this hub", "name")
    return found


@staff_router.get(
    "/api/region/week",
    summary="A visiting specialist's booked times at every centre on their round, from the region",
    responses={
        **_AUTH,
        404: {"description": "`no_round`: no round of the region brings this service here"},
        422: {"description": "`bad_range`"},
        502: {"description": "`region_refused`"},
        503: {"description": "`region_unreachable`: the region did not answer (the console says so)"},
    },
)
def get_week(
    request: Request,
    service: Annotated[str, Query(min_length=1, max_length=100, description="a scheduled service's id")],
    from_: Annotated[date | None, day_query("first day (default: the hub's today)", alias="from")] = None,
    to: Annotated[date | None, day_query("last day (default: 6 days after from)")] = None,
) -> dict:
    """`{"service", "specialist", "from", "to", "times": [{"centre", "start", "state"}]}`: the staff
    console's view of the specialist's week; time, state and centre only, never a code. The hub asks the
    region with this centre's token; its own bookings are in `GET /api/bookings`."""
    hub = request.app.state.hub
    first = from_ or hub.clock().astimezone(HELSINKI).date()
    last = to or first + timedelta(days=6)
    if last < first or (last - first).days + 1 > region_link.WEEK_DAYS:
        raise ApiError(422, "bad_range", f"from..to: at most {region_link.WEEK_DAYS} days, in order", "to")
    asked = hub.read(lambda db: region_link.week_asked(db, service))
    if asked is None:
        message = f"no visiting specialist's round from the region brings {service!r} to this centre"
        raise ApiError(404, "no_round", message, "service")
    url, token, specialist = asked
    # Outside the hub's lock; shared by the consoles for a moment (kiosk/server/region_weeks.py).
    answer = request.app.state.region_weeks.week(url, token, specialist, first, last)
    if answer.status == 0:
        raise ApiError(
            503, "region_unreachable", f"the region at {url} does not answer: {answer.error}", None
        )
    if answer.status != 200 or not isinstance(answer.body.get("times"), list):
        raise ApiError(502, "region_refused", f"the region refused: {answer.error}", None)
    times = []
    for time in answer.body["times"]:
        try:
            # In Helsinki, as every time the hub gives (the region answers in UTC).
            start = iso(datetime.fromisoformat(str(time["start"])).astimezone(HELSINKI))
            times.append({"centre": str(time["centre"]), "start": start, "state": str(time["state"])})
        except (KeyError, TypeError, ValueError):
            continue
    return {"service": service, "specialist": specialist, "from": first.isoformat(), "to": last.isoformat(),
            "times": times}  # fmt: skip
