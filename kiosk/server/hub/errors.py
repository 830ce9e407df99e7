"""One error model for every refusal: {"error": code, "message": text, "where": field or id}."""

from __future__ import annotations

import logging
import sqlite3

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from kiosk.server import storage
from kiosk.server.queue import QueueError

log = logging.getLogger(__name__)


class ApiError(Exception):
    """A refusal the hub answers with the error model."""

    def __init__(
        self, status: int, code: str, message: str, where: str | None = None, headers: dict | None = None
    ):
        self.status = status
        self.code = code
        self.message = message
        self.where = where
        self.headers = headers
        super().__init__(message)


def error_response(status: int, code: str, message: str, where=None, headers=None) -> JSONResponse:
    body = {"error": code, "message": message, "where": where}
    return JSONResponse(body, status_code=status, headers=headers)


def _where(loc: tuple | list) -> str:
    # "body" is FastAPI's wrapper, not a field a client named.
    parts = [str(p) for p in loc if p != "body"]
    return ".".join(parts) if parts else "body"


async def _api_error(request: Request, error: ApiError) -> JSONResponse:
    return error_response(error.status, error.code, error.message, error.where, error.headers)


async def _queue_error(request: Request, error: QueueError) -> JSONResponse:
    return error_response(error.status, error.code, str(error), error.where)


async def _validation_error(request: Request, error: RequestValidationError) -> JSONResponse:
    problems = error.errors()
    for problem in problems:
        if problem.get("type") == "json_invalid":
            detail = (problem.get("ctx") or {}).get("error", "")
            message = f"the body is not valid JSON: {detail}" if detail else "the body is not valid JSON"
            return error_response(400, "bad_json", message, "body")
    if any(p.get("type") == "missing" and tuple(p.get("loc", ())) == ("body",) for p in problems):
        return error_response(422, "missing_body", "this call needs a JSON body", "body")
    first = problems[0] if problems else {}
    message = "; ".join(f"{_where(p.get('loc', ()))}: {p.get('msg', 'invalid')}" for p in problems)
    return error_response(422, "invalid_field", message or "invalid request", _where(first.get("loc", ())))


async def _http_error(request: Request, error: StarletteHTTPException) -> JSONResponse:
    codes = {404: "not_found", 405: "method_not_allowed", 413: "too_large"}
    message = error.detail if isinstance(error.detail, str) else "the request was refused"
    where = "body" if error.status_code == 413 else request.url.path
    if error.status_code == 404:
        message = f"no such address: {request.url.path}"
    return error_response(
        error.status_code, codes.get(error.status_code, "refused"), message, where, error.headers
    )


async def _storage_error(request: Request, error: sqlite3.Error) -> JSONResponse:
    # The transaction was rolled back: the client may retry with the same key once staff free the disk.
    hub = request.app.state.hub
    reason = storage.explain(hub.path, error) if storage.is_storage_error(error) else ""
    log.error("database error on %s: %s", request.url.path, reason or error)
    message = f"{reason or f'the hub cannot write its database ({error})'}; nothing was changed"
    if reason:
        message += ", and the hub tries again by itself"
    return error_response(503, "storage", message, None)


async def _unexpected(request: Request, error: Exception) -> JSONResponse:
    log.exception("unexpected error on %s", request.url.path)
    return error_response(500, "internal", "the hub failed on this request; nothing was changed", None)


def install(app: FastAPI) -> None:
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(QueueError, _queue_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(sqlite3.Error, _storage_error)
    app.add_exception_handler(Exception, _unexpected)
