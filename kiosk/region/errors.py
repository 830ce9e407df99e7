"""The region's one error model, as the hub's: {"error": code, "message": text, "where": field}."""

from __future__ import annotations

import logging

import psycopg
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
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
    message = error.detail if isinstance(error.detail, str) else "the request was refused"
    return response(error.status_code, "refused", message, request.url.path, error.headers)


async def _database(request: Request, error: Exception) -> JSONResponse:
    log.error("region database error on %s: %s", request.url.path, error)
    return response(503, "database", "the region's database cannot be used now; nothing was changed")


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
    app.add_exception_handler(Exception, _unexpected)
