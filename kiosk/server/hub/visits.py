"""`POST /api/visits`: the kiosk hands in a visitor's answers and gets a ticket or a service to book."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictStr

from kiosk.server import queue
from kiosk.server.hub.auth import require

router = APIRouter(tags=["visits"])


class VisitRequest(BaseModel):
    """A finished (or, with `fallback`, abandoned) walk through the questions."""

    model_config = ConfigDict(extra="forbid")

    lang: StrictStr = Field(description="one of the routing's languages")
    answers: dict[StrictStr, StrictStr] = Field(default_factory=dict, description="question id -> answer id")
    key: StrictStr = Field(min_length=1, max_length=100, description="client-made id; same key, same reply")
    fallback: StrictBool = Field(False, description="the visitor wants to talk to someone")


@router.post(
    "/api/visits",
    status_code=201,
    dependencies=[require("kiosk")],
    responses={
        200: {"description": '`{"outcome": "book", "service": SERVICE, "slots": []}`'},
        201: {"description": '`{"outcome": "queued", "ticket": TICKET}`'},
    },
)
def create_visit(body: VisitRequest, request: Request) -> JSONResponse:
    hub = request.app.state.hub

    def change(db):
        version, routing = hub.routing(db)
        return queue.create_visit(
            db,
            routing,
            version,
            lang=body.lang,
            answers=body.answers,
            key=body.key,
            fallback=body.fallback,
            now=hub.clock(),
        )

    status, payload = hub.write(change)
    return JSONResponse(payload, status_code=status)
