"""Security headers on every response, and the API documentation pages served from local assets.

Every response gets ``X-Content-Type-Options: nosniff``, ``X-Frame-Options: DENY``,
``Referrer-Policy: same-origin`` and, unless the page set its own, a Content-Security-Policy that
allows nothing (``default-src 'none'; frame-ancestors 'none'``: right for JSON). The moderator
pages set a CSP allowing only their own origin (:func:`api.ui._page`); ``/docs`` and ``/redoc``
set one allowing only their own origin plus the one inline script Swagger UI needs (by hash).
Swagger UI and ReDoc are vendored under ``api/static/docs`` (see its README): no CDN.
"""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

from fastapi import FastAPI
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

DOCS_STATIC = Path(__file__).resolve().parent / "static" / "docs"
DOCS_PREFIX = "/static/docs"
DEFAULT_CSP = "default-src 'none'; frame-ancestors 'none'"
HEADERS = {"X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY", "Referrer-Policy": "same-origin"}


class SecurityHeaders:
    """Adds :data:`HEADERS` (and :data:`DEFAULT_CSP` where no CSP is set) to every HTTP response."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in HEADERS.items():
                    if name not in headers:
                        headers[name] = value
                if "content-security-policy" not in headers:
                    headers["Content-Security-Policy"] = DEFAULT_CSP
            await send(message)

        await self.app(scope, receive, with_headers)


def _inline_script_hashes(html: str) -> list[str]:
    return ["'sha256-" + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode() + "'"
            for body in re.findall(r"<script>(.*?)</script>", html, re.S)]


def _docs_page(response: HTMLResponse) -> HTMLResponse:
    html = bytes(response.body).decode("utf-8")
    scripts = " ".join(["'self'", *_inline_script_hashes(html)])
    # the viewers set inline styles (ReDoc through styled-components) and ReDoc searches in a blob: worker
    response.headers["Content-Security-Policy"] = (
        f"default-src 'self'; script-src {scripts}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        "worker-src 'self' blob:; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'")
    return response


def install_docs(app: FastAPI) -> None:
    """``/docs`` (Swagger UI) and ``/redoc`` from the vendored assets; create the app with
    ``docs_url=None, redoc_url=None``."""
    app.mount(DOCS_PREFIX, StaticFiles(directory=str(DOCS_STATIC)), name="docs-static")
    title = f"{app.title} - API documentation"

    @app.get("/docs", include_in_schema=False)
    def swagger_ui() -> HTMLResponse:
        return _docs_page(get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json", title=title,
            swagger_js_url=f"{DOCS_PREFIX}/swagger-ui-bundle.js", swagger_css_url=f"{DOCS_PREFIX}/swagger-ui.css",
            swagger_favicon_url=f"{DOCS_PREFIX}/favicon-32x32.png"))

    @app.get("/redoc", include_in_schema=False)
    def redoc() -> HTMLResponse:
        return _docs_page(get_redoc_html(
            openapi_url=app.openapi_url or "/openapi.json", title=title,
            redoc_js_url=f"{DOCS_PREFIX}/redoc.standalone.js", redoc_favicon_url=f"{DOCS_PREFIX}/favicon-32x32.png",
            with_google_fonts=False))
