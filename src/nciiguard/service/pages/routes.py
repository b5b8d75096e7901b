"""HTML pages of the service: the survivor portal and the moderator queue, plus their static files.

Mounted by the app factory with ``app.include_router(pages.routes.router)`` (no prefix: the pages
live at ``/portal...`` and ``/moderate``, the files at ``/static/...``). The pages are plain HTML
with no inline script or style, so a strict Content-Security-Policy applies: everything comes from
this server (no CDN, no web fonts), scripts only from ``/static``, and requests only to this
origin. The pages call the JSON API under ``/v1`` from the browser; this module has no API of its own.

The static files are a fixed list: nothing from the URL reaches the filesystem.
"""

from __future__ import annotations

import html
from functools import lru_cache
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response

_HERE = Path(__file__).parent
_TEMPLATES = _HERE / "templates"
_STATIC = _HERE.parent / "static"

#: A strict policy: only same-origin scripts, styles and requests; no frames, no plugins, no
#: form posts elsewhere. ``img-src 'self'`` leaves room for the project's own icons; the pages never
#: display a submitted picture (not even a preview).
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'; object-src 'none'")

_SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
    "Cross-Origin-Opener-Policy": "same-origin",
}

#: Pages show a case number and PIN once: never cache them, anywhere.
_PAGE_HEADERS = {**_SECURITY_HEADERS, "Cache-Control": "no-store"}

#: The files under /static, with their types. Anything else is a 404.
STATIC_FILES = {
    "pdq.js": "text/javascript; charset=utf-8",
    "portal.js": "text/javascript; charset=utf-8",
    "queue.js": "text/javascript; charset=utf-8",
    "common.js": "text/javascript; charset=utf-8",
    "style.css": "text/css; charset=utf-8",
}

#: The tab icon, kept here rather than as a file so packaging needs no extra data-file pattern.
ICON_SVG = (b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><path d="M16 2 4 7v8c0 7.5 5.1 13.4 '
            b'12 15 6.9-1.6 12-7.5 12-15V7z" fill="#1d4f91"/><path d="m10 16 4 4 8-9" fill="none" stroke="#fff" '
            b'stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/></svg>')

#: (path, template file, title, scripts). One layout, filled by plain string replacement: the
#: templates are our own files and carry no user data, so no template engine is needed.
PAGES = {
    "/portal": ("portal_home.html", "Protect your pictures", ["common.js"]),
    "/portal/protect": ("portal_protect.html", "Make fingerprints of your pictures", ["common.js", "pdq.js", "portal.js"]),
    "/portal/case": ("portal_case.html", "Your case", ["common.js", "pdq.js", "portal.js"]),
    "/portal/takedown": ("portal_takedown.html", "Ask for removal", ["common.js", "pdq.js", "portal.js"]),
    "/moderate": ("moderate.html", "Review queue", ["common.js", "queue.js"]),
}

router = APIRouter(include_in_schema=False)


@lru_cache(maxsize=None)
def _read(name: str) -> str:
    return (_TEMPLATES / name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def render(path: str) -> str:
    """The full HTML of one page (cached: pages are static)."""
    template, title, scripts = PAGES[path]
    section = "moderate" if path == "/moderate" else "portal"
    tags = "\n".join(f'  <script src="/static/{s}" defer></script>' for s in scripts)
    return (_read("_layout.html")
            .replace("{{title}}", title)
            .replace("{{section}}", section)
            .replace("{{page}}", path.strip("/").replace("/", "-"))
            .replace("{{scripts}}", tags)
            .replace("{{header}}", _read(f"_header_{section}.html"))
            .replace("{{content}}", _read(template)))


#: The "leave this site quickly" address when the app has no service settings (ServiceConfig's default).
DEFAULT_EXIT_URL = "https://www.wikipedia.org/"


def exit_url(request: Request) -> str:
    """The configured leave-quickly address (validated https by ServiceConfig)."""
    svc = getattr(request.app.state, "svc", None)
    return getattr(getattr(svc, "settings", None), "leave_quickly_url", None) or DEFAULT_EXIT_URL


def _page(path: str):
    def endpoint(request: Request) -> HTMLResponse:
        # The address goes into a data attribute (read by common.js), not into a script: the pages
        # keep no inline script, so the strict CSP holds. Escaped although the setting is validated.
        page = render(path).replace("{{exit_url}}", html.escape(exit_url(request), quote=True))
        return HTMLResponse(page, headers=_PAGE_HEADERS)

    endpoint.__name__ = "page_" + (path.strip("/").replace("/", "_") or "root")
    return endpoint


for _path in PAGES:
    router.add_api_route(_path, _page(_path), methods=["GET", "HEAD"], response_class=HTMLResponse)


@router.get("/", response_class=RedirectResponse)
def root() -> RedirectResponse:
    # The service's front door is the survivor portal; the API lives under /v1 and /docs.
    return RedirectResponse("/portal", status_code=307)


@router.get("/portal/", response_class=RedirectResponse)
def portal_slash() -> RedirectResponse:
    return RedirectResponse("/portal", status_code=308)


@router.get("/favicon.ico")
def favicon() -> Response:
    """Browsers ask for it on every site; the pages name /static/icon.svg instead."""
    return Response(status_code=204, headers=_SECURITY_HEADERS)


@router.get("/static/icon.svg")
def icon() -> Response:
    return Response(ICON_SVG, media_type="image/svg+xml",
                    headers={**_SECURITY_HEADERS, "Cache-Control": "public, max-age=86400"})


@router.get("/static/{name}")
def static_file(name: str) -> Response:
    ctype = STATIC_FILES.get(name)
    if ctype is None:
        return PlainTextResponse("not found", status_code=404, headers=_SECURITY_HEADERS)
    data = _static_bytes(name)
    # Short caching: a deployment that updates the scripts should not serve stale hashing code for long.
    return Response(data, media_type=ctype, headers={**_SECURITY_HEADERS, "Cache-Control": "public, max-age=300"})


@lru_cache(maxsize=None)
def _static_bytes(name: str) -> bytes:
    return (_STATIC / name).read_bytes()
