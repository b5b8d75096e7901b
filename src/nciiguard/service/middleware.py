"""Pure ASGI middleware: request body limits and the last-resort error handler."""

from __future__ import annotations

import json

from starlette.exceptions import HTTPException

from .errors import log_unexpected


async def _send_json(send, status: int, body: dict, headers: list[tuple[bytes, bytes]] = ()) -> None:
    data = json.dumps(body).encode("utf-8")
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(data)).encode()),
                            *headers]})
    await send({"type": "http.response.body", "body": data})


class BodyLimitMiddleware:
    """Refuse oversized bodies before reading them: by Content-Length at once, and by counting
    the bytes of a streamed (chunked) body, stopping as soon as the limit is passed.

    Multipart bodies (images, import files) get ``upload_limit``; everything else ``json_limit``.
    """

    def __init__(self, app, *, json_limit: int, upload_limit: int):
        self.app, self.json_limit, self.upload_limit = app, json_limit, upload_limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = dict(scope.get("headers") or [])
        ctype = headers.get(b"content-type", b"").lower()
        limit = self.upload_limit if ctype.startswith(b"multipart/") else self.json_limit
        declared = headers.get(b"content-length")
        if declared is not None:
            try:
                n = int(declared)
                if n < 0:
                    raise ValueError
            except ValueError:
                return await _send_json(send, 400, {"error": {"code": "bad_request",
                                                              "message": "invalid Content-Length header"}})
            if n > limit:
                return await _send_json(send, 413, {"error": {
                    "code": "too_large", "message": f"request body is larger than the limit of {limit} bytes"}},
                    [(b"connection", b"close")])
        seen = 0

        async def limited_receive():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise HTTPException(413, f"request body is larger than the limit of {limit} bytes")
            return message

        await self.app(scope, limited_receive, send)


class CatchAllMiddleware:
    """Any exception no handler took becomes a generic 500 (no content echoed, error id logged)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started = False

        async def tracking_send(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception as exc:  # noqa: BLE001 - the last line of defence
            err_id = log_unexpected(exc, scope.get("method", ""), scope.get("path", ""))
            if not started:
                await _send_json(send, 500, {"error": {"code": "internal_error",
                                                       "message": f"internal error (id {err_id})"}})
