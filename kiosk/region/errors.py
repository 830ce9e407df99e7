"""The region's one error model, as the hub's: {"error": code, "message": text, "where": field}."""

from __future__ import annotations

import logging

import psycopg
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from psycopg import errors as pg_errors
from psycopg_pool import PoolTimeout, TooManyRequests
from starlette.exceptions import HTTPException as StarletteHTTPException

from kiosk.region.db import RegionError

log = logging.getLogger(__name__)


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, where: str | None = None, headers=None):
        super().__init__(message)
        self.status, self.code, self.message, self.where, self.headers = status, code, message, where, headers


def response(status: int, code: str, message: str, where=None, headers=None) -> JSONResponse:
    body = {"error": code, "message": message, "where": where}
    return JSONResponse(body, status_code=status, headers=headers)


def _where(loc) -> str:
    parts = [str(p) for p in loc if p != "body"]
    return ".".join(parts) if parts else "body"


async def _api_error(request: Request, error: ApiError) -> JSONResponse:
    return response(error.status, error.code, error.message, error.where, error.headers)


async def _validation(request: Request, error: RequestValidationError) -> JSONResponse:
    problems = error.errors()
    if any(p.get("type") == "json_invalid" for p in problems):
        return response(400, "bad_json", "the body is not valid JSON", "body")
    if any(p.get("type") == "missing" and tuple(p.get("loc", ())) == ("body",) for p in problems):
        return response(422, "missing_body", "this call needs a JSON body", "body")
    message = "; ".join(f"{_where(p.get('loc', ()))}: {p.get('msg', 'invalid')}" for p in problems)
    first = _where(problems[0].get("loc", ())) if problems else None
    return response(422, "invalid_field", message or "invalid request", first)


async def _http(request: Request, error: StarletteHTTPException) -> JSONResponse:
    if error.status_code == 404:
        return response(404, "not_found", f"no such address: {request.url.path}", request.url.path)
    if error.status_code == 413:
        return response(413, "too_large", str(error.detail), "body", error.headers)
    if error.status_code == 400:
        # FastAPI's only 400 here: a body it could not read as JSON at all (not UTF-8, say), which its
        # JSON parser never saw; the same refusal as a body that is not JSON.
        return response(400, "bad_json", "the body is not valid JSON (UTF-8)", "body")
    if error.status_code == 405:
        message = f"{request.method} is not a method of {request.url.path}"
        return response(405, "method_not_allowed", message, request.url.path, error.headers)
    message = error.detail if isinstance(error.detail, str) else "the request was refused"
    return response(error.status_code, "refused", message, request.url.path, error.headers)


async def _database(request: Request, error: Exception) -> JSONResponse:
    log.error("region database error on %s: %s", request.url.path, error)
    return response(503, "database", "the region's database cannot be used now; nothing was changed")


RETRY_AFTER = {"Retry-After": "5"}


async def _busy(request: Request, error: Exception) -> JSONResponse:
    """No pooled connection free in time, too many waiting for one, or a lock or statement timeout: the
    request is answered now instead of waiting on (kiosk/region/pool.py); its transaction rolled back."""
    first = (str(error).strip().splitlines() or [type(error).__name__])[0]
    log.warning("region busy on %s: %s", request.url.path, first)
    if isinstance(error, pg_errors.LockNotAvailable):
        why = "another transaction holds a lock this call needs"
    elif isinstance(error, pg_errors.QueryCanceled):
        why = "the database took too long on this call"
    else:
        why = "no database connection was free in time (too many calls at once, or the database is down)"
    message = f"the region is busy: {why}; nothing was changed, try again later"
    return response(503, "busy", message, None, RETRY_AFTER)


async def _unexpected(request: Request, error: Exception) -> JSONResponse:
    # Every change is made in a transaction that a raised error rolls back (kiosk/region/db.py).
    log.exception("unexpected error on %s", request.url.path)
    return response(500, "internal", "the region failed on this request; nothing was changed")


def install(app: FastAPI) -> None:
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(RequestValidationError, _validation)
    app.add_exception_handler(StarletteHTTPException, _http)
    app.add_exception_handler(RegionError, _database)
    app.add_exception_handler(psycopg.OperationalError, _database)
    for busy in (PoolTimeout, TooManyRequests, pg_errors.LockNotAvailable, pg_errors.QueryCanceled):
        app.add_exception_handler(busy, _busy)
    app.add_exception_handler(Exception, _unexpected)
