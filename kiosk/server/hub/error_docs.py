"""The refusals in the OpenAPI schema: every 4xx a route can answer, with the one error model as its body.

FastAPI documents its own 422 body (`{"detail": [...]}`), which the hub never sends
(kiosk/server/hub/errors.py answers with `{"error", "message", "where"}`), and knows nothing of the
answers every route shares. So the schema is completed here once, by what each operation is, instead
of by hand on every route:

- a JSON body: 400 (`bad_json`), 413 (a body over 1 MB) and 422 (`invalid_field`, `missing_body`);
- a token (the operation lists the Bearer scheme): 401 (`no_token`, `unknown_token`), 403 (`wrong_role`);
- a parameter the hub can refuse (not a plain string): 422 (`invalid_field`);
- every 4xx a route declares itself (404, 409, 429, ...) gets the error model as its body, unless it
  names its own content (the phone page's 404 is HTML).
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from pydantic import BaseModel, ConfigDict, Field

MAX_BODY_TEXT = "1 MB"


class Error(BaseModel):
    """Every refusal (and the rare 503): a code to act on, a sentence for people, and what it is about.

    Some refusals add fields, named where the call is documented: `booking`, `bookings`, `problems`,
    `tries_left`, `retry_after_seconds`."""

    model_config = ConfigDict(extra="allow")

    error: str = Field(description="a stable code, e.g. `invalid_field`, `unknown_token`, `slot_taken`")
    message: str = Field(description="what went wrong, in English, for the log or a developer")
    where: str | None = Field(
        description="the field (`start`, `query.from`, `path.date`, `Authorization`), id or path it is about"
    )


BODY = {
    400: "`bad_json`: the body is not valid JSON",
    413: f"the body is larger than {MAX_BODY_TEXT}; nothing was read",
    422: "`invalid_field` (`where` names the field), `missing_body`",
}
TOKEN = {
    401: "`no_token` or `unknown_token` (an ended admin session too), with `WWW-Authenticate: Bearer`",
    403: "`wrong_role`: a token of a role that may not make this call",
}
PARAMETER = {422: "`invalid_field`: a path or query parameter out of its type or bounds; `where` names it"}


def _refusable(parameter: dict) -> bool:
    """Whether the hub can refuse this parameter's value: anything but an optional, unbounded string."""
    schema = parameter.get("schema", {})
    options = schema.get("anyOf", [schema])
    plain = [{"type": "string"}, {"type": "null"}]
    constrained = any(
        {k: v for k, v in option.items() if k not in ("title", "description")} not in plain
        for option in options
    )
    # A path parameter is always there (else no route matches); a required query one may be missing.
    return constrained or (parameter.get("required", False) and parameter.get("in") != "path")


def complete(schema: dict) -> dict:
    """`schema` (FastAPI's OpenAPI) with every refusal documented as above; changed in place."""
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    components["Error"] = Error.model_json_schema(ref_template="#/components/schemas/{model}")
    components.pop("HTTPValidationError", None)
    components.pop("ValidationError", None)
    error_body = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
    for operations in schema.get("paths", {}).values():
        for operation in operations.values():
            answers: dict[str, Any] = operation.setdefault("responses", {})
            # FastAPI's own 422 (its body) goes; a route that declared 422 itself keeps its words.
            if answers.get("422", {}).get("description") == "Validation Error":
                del answers["422"]
            shared: dict[int, str] = {}
            if "requestBody" in operation:
                shared |= BODY
            if operation.get("security"):
                shared |= TOKEN
            if any(_refusable(p) for p in operation.get("parameters", [])):
                shared = PARAMETER | shared
            for status, description in shared.items():
                answers.setdefault(str(status), {"description": description})
            for status, answer in answers.items():
                if status.startswith("4") and "content" not in answer:
                    answer["content"] = error_body
    return schema


def install(app: FastAPI) -> None:
    """Serve the completed schema at `/openapi.json` (and on `/docs`)."""

    def openapi() -> dict:
        if app.openapi_schema is None:
            app.openapi_schema = complete(
                get_openapi(
                    title=app.title,
                    version=app.version,
                    description=app.description,
                    routes=app.routes,
                )
            )
        return app.openapi_schema

    app.openapi = openapi
