"""HTTP errors of the service: ``ApiError``, the JSON error body, the exception handlers that turn
library and domain exceptions into statuses, and the log line of an unexpected error.

Every error body is ``{"error": {"code", "message", "details"?}}``. Validation errors never echo the
rejected input (it may be a prompt or a PIN). An unexpected error is logged with an id, its type and
its stack frames, never its message (it could quote content).
"""

from __future__ import annotations

import logging
import math
import traceback
import uuid
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import ConfigError, InputError, MissingExtraError, NciiguardError

log = logging.getLogger("nciiguard.service")


class ApiError(Exception):
    """An error with an HTTP status, a stable code and a message safe to show."""

    def __init__(self, status: int, code: str, message: str, *, headers: dict[str, str] | None = None,
                 details: list[dict] | None = None):
        super().__init__(message)
        self.status, self.code, self.message, self.headers, self.details = status, code, message, headers, details


def error_response(status: int, code: str, message: str, headers=None, details=None) -> JSONResponse:
    body: dict[str, Any] = {"error": {"code": code, "message": message}}
    if details:
        body["error"]["details"] = details
    return JSONResponse(body, status_code=status, headers=headers)


def retry_after_header(seconds: float) -> str:
    """The ``Retry-After`` value for a wait of ``seconds`` (whole seconds, at least 1)."""
    return str(max(1, math.ceil(seconds)))


def log_unexpected(exc: BaseException, method: str, path: str) -> str:
    """Log an unexpected error without its message (it could quote content); returns the error id."""
    err_id = uuid.uuid4().hex[:12]
    frames = "".join(traceback.format_tb(exc.__traceback__))
    log.error("unexpected %s in %s %s (error id %s)\n%s", type(exc).__name__, method, path, err_id, frames)
    return err_id


def _clean_validation(errors) -> list[dict]:
    """Validation errors without the rejected input (it may be a prompt or a PIN)."""
    out = []
    for e in errors:
        loc = [str(p) for p in e.get("loc", ())]
        msg = str(e.get("msg", "invalid"))
        out.append({"loc": loc, "message": msg[:300], "type": e.get("type", "")})
    return out[:50]


def install_errors(app: FastAPI) -> None:
    """The exception handlers: ApiError as it is; library and domain exceptions by their kind."""

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError):
        return error_response(exc.status, exc.code, exc.message, exc.headers, exc.details)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError):
        details = _clean_validation(exc.errors())
        if any(d["type"] == "json_invalid" for d in details):
            return error_response(400, "invalid_json", "the request body is not valid JSON")
        first = details[0] if details else {"loc": [], "message": "invalid request"}
        where = ".".join(p for p in first["loc"] if p not in ("body",)) or "request"
        return error_response(422, "invalid_request", f"{where}: {first['message']}", details=details)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        codes = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
                 405: "method_not_allowed", 413: "too_large", 415: "unsupported_media_type", 429: "rate_limited"}
        return error_response(exc.status_code, codes.get(exc.status_code, f"http_{exc.status_code}"),
                              str(exc.detail), getattr(exc, "headers", None))

    @app.exception_handler(MissingExtraError)
    async def _extra(request: Request, exc: MissingExtraError):
        return error_response(501, "missing_extra", str(exc))

    @app.exception_handler(ConfigError)
    async def _config(request: Request, exc: ConfigError):
        # e.g. the registry key is not configured: the operator must fix it, the caller cannot.
        return error_response(503, "not_configured", str(exc))

    @app.exception_handler(LookupError)
    async def _lookup(request: Request, exc: LookupError):
        return error_response(404, "not_found", str(exc.args[0]) if exc.args else "not found")

    @app.exception_handler(InputError)
    async def _input(request: Request, exc: InputError):
        return error_response(422, "invalid_input", str(exc))

    @app.exception_handler(NciiguardError)
    async def _nciiguard(request: Request, exc: NciiguardError):
        return error_response(409, "conflict", str(exc))
