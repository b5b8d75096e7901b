"""``/v1/docs``: Swagger UI served by the service itself.

FastAPI's default page loads Swagger UI's script and style from a CDN: offline the page is blank,
and a third party learns of every visit (who reads a survivor service's API docs, and when). The
files come from the ``fastapi-offline`` package instead (part of the ``service`` extra) and are
served at fixed paths under ``/v1/docs/``; a Content-Security-Policy keeps the page from loading
anything from elsewhere, whatever Swagger UI's defaults are.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from fastapi import APIRouter, FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse

from .._optional import require

DOCS_PATH = "/v1/docs"

#: The two files the page needs, with their types. Nothing from the URL reaches the filesystem.
ASSETS = {
    "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
    "swagger-ui.css": "text/css; charset=utf-8",
}

#: Swagger UI's page has an inline bootstrap script and inline styles; everything else is this origin.
CSP = ("default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; "
       "frame-ancestors 'none'; object-src 'none'")

_HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"}


def assets_dir() -> Path:
    """Where the installed fastapi-offline package keeps Swagger UI's files."""
    require("fastapi_offline", extra="service", feature="the API docs page (/v1/docs)", package="fastapi-offline")
    return Path(str(resources.files("fastapi_offline") / "static"))


def install(app: FastAPI, openapi_url: str) -> None:
    """Serve the docs page and its files on ``app`` (create the app with ``docs_url=None``)."""
    folder = assets_dir()
    missing = [name for name in ASSETS if not (folder / name).is_file()]
    if missing:  # a broken install: say so at start-up rather than serve a blank page
        from ..errors import ConfigError

        raise ConfigError(f"fastapi-offline is installed without {', '.join(missing)}; reinstall nciiguard[service]")
    router = APIRouter(include_in_schema=False)

    @router.get(DOCS_PATH, response_class=HTMLResponse)
    def docs() -> HTMLResponse:
        page = get_swagger_ui_html(
            openapi_url=openapi_url, title=f"{app.title} - API",
            swagger_js_url=f"{DOCS_PATH}/swagger-ui-bundle.js", swagger_css_url=f"{DOCS_PATH}/swagger-ui.css",
            swagger_favicon_url="/static/icon.svg",
            # No online validator badge: it would send the spec's address to a third party.
            swagger_ui_parameters={"validatorUrl": None},
        )
        return HTMLResponse(page.body, headers=_HEADERS)

    for name, media_type in ASSETS.items():
        router.add_api_route(f"{DOCS_PATH}/{name}", _asset(folder / name, media_type), methods=["GET", "HEAD"])
    app.include_router(router)


def _asset(path: Path, media_type: str):
    # A closure, not default arguments: FastAPI would turn those into query parameters.
    def asset() -> FileResponse:
        return FileResponse(path, media_type=media_type, headers={**_HEADERS, "Cache-Control": "public, max-age=86400"})

    asset.__name__ = "docs_" + path.name.replace("-", "_").replace(".", "_")
    return asset
