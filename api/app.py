"""The FastAPI application: ``create_app(settings)``.

Nothing is loaded at import. The lifespan upgrades the database schema (Alembic), loads the
analyzer (and warms its encoder), and loads the recommender index when one is built; the routes
reach them through :mod:`api.deps`. Errors are JSON ``{"detail": ...}`` without tracebacks,
including for unexpected failures (500) and an unreachable database (503); a 422 that quotes
unsendable input (NaN, a lone surrogate) quotes it escaped. Every response carries the security
headers of :mod:`api.headers`; ``/docs`` and ``/redoc`` use vendored assets.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import anyio
from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import OperationalError

from api.deps import LockedEncoder, Services
from api.headers import DEFAULT_CSP, HEADERS, SecurityHeaders, install_docs
from api.limits import BodyLimit
from api.ratelimit import FailureLimiter
from api.routes._common import json_safe
from claims.config import ServiceSettings, get_service_settings

log = logging.getLogger("api")

DESCRIPTION = """Scoring, recommendations and the review queue of the greenclaims analyzer.

Every `/v1` endpoint needs an API key: `Authorization: Bearer KEY`, made with
`claims keys create --role ROLE` (roles: service = score and recommend, moderator = the review
queue, admin = keys and everything else). Missing or unknown key: 401; wrong role: 403.
Limits (CLAIMS_MAX_BODY_BYTES, CLAIMS_MAX_LISTINGS_PER_CALL, CLAIMS_MAX_TEXT_CHARS) are answered
with 413 or 422 and a message naming the limit; text that is not storable (NUL, a lone surrogate) and
non-finite numbers with 422. After CLAIMS_AUTH_MAX_FAILURES failed keys within CLAIMS_AUTH_WINDOW_S
seconds, an address gets 429 with Retry-After."""

_WARMUP = [{"id": "warmup", "title": "Eco-friendly tote", "description": "Made from 100% recycled cotton."}]


def load_recommender(index_dir: Path, encoder: Any = None) -> tuple[Any, str | None]:
    """The recommender persisted in ``index_dir`` (sharing the analyzer's encoder), or
    ``(None, why)`` when no index was built there or it cannot be read."""
    from claims.recommend.recommender import Recommender

    try:
        return Recommender.load(index_dir, encoder=encoder), None
    except FileNotFoundError as e:
        return None, str(e)
    except ValueError as e:  # an index of another format or a damaged one
        return None, f"the recommender index cannot be read: {e}"


def save_index_if_dirty(services: Services) -> bool:
    """Persist the recommender when it has changed since the last save; True if it saved."""
    if services.recommender is None or not services.recommender_dirty:
        return False
    services.save_index()
    return True


async def _maintain_index(services: Services, sync_s: float, save_s: float) -> None:
    """Apply the journal entries of other servers every ``sync_s`` seconds, and save the index every
    ``save_s`` seconds while it has unsaved changes (0: never here); cancelled at shutdown."""
    step = min(s for s in (sync_s, save_s) if s > 0)
    since_save = 0.0
    while True:
        await anyio.sleep(step)
        since_save += step
        try:
            if sync_s > 0:
                await anyio.to_thread.run_sync(services.sync_index)
            if save_s > 0 and since_save >= save_s:
                since_save = 0.0
                if await anyio.to_thread.run_sync(save_index_if_dirty, services):
                    log.info("recommender index saved")
        except Exception:  # a failed save (full disk, ...) must not stop the service; the next round retries
            log.exception("the recommender index could not be synchronised or saved")


def create_app(settings: ServiceSettings | None = None, *, analyzer: Any = None, recommender: Any = None,
               load_index: bool = True) -> FastAPI:
    """The application. ``analyzer``/``recommender`` may be passed in (tests reuse loaded ones);
    otherwise the lifespan loads them from the configured model and index directories."""
    settings = settings or get_service_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        from claims.moderation.store import make_engine, session_factory, upgrade

        services = Services(settings=settings)
        engine = make_engine(settings.database_url)
        await anyio.to_thread.run_sync(upgrade, engine)
        loaded = analyzer
        if loaded is None:
            from claims.scoring.analyzer import Analyzer

            loaded = await anyio.to_thread.run_sync(Analyzer.load, settings.model_dir)
        await anyio.to_thread.run_sync(loaded.score, _WARMUP)  # loads the encoder now, not on a request
        services.analyzer = loaded
        if recommender is not None:
            services.recommender = recommender
        elif load_index:
            services.recommender, services.recommender_error = await anyio.to_thread.run_sync(
                load_recommender, settings.index_dir, LockedEncoder(loaded.encoder, services.analyzer_lock))
        else:
            services.recommender_error = "the recommender is disabled"
        services.sessions = session_factory(engine)
        services.score_limiter = anyio.CapacityLimiter(1)
        services.auth_limiter = FailureLimiter(settings.auth_max_failures, settings.auth_window_s)
        if services.recommender is not None:
            from claims.recommend.journal import JournalReplay

            services.journal = JournalReplay(services.recommender)
            replayed = await anyio.to_thread.run_sync(services.sync_index)
            if replayed:
                log.info("recommender index: %d listing(s) replayed from the journal", replayed)
        app.state.services = services
        try:
            async with anyio.create_task_group() as tg:
                if services.recommender is not None and (settings.index_save_interval_s > 0
                                                         or settings.index_sync_interval_s > 0):
                    tg.start_soon(_maintain_index, services, settings.index_sync_interval_s,
                                  settings.index_save_interval_s)
                try:
                    yield
                finally:
                    tg.cancel_scope.cancel()
        finally:
            save_index_if_dirty(services)
            app.state.services = None
            engine.dispose()

    app = FastAPI(title="greenclaims", version="1", description=DESCRIPTION, lifespan=lifespan,
                  docs_url=None, redoc_url=None)
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(SecurityHeaders)  # outermost: every response, 413 and 500 included
    install_docs(app)
    app.state.services = None

    from api.routes import health, keys, recommend, review, score

    for module in (health, score, recommend, review, keys):
        app.include_router(module.router)

    from api import ui

    ui.install(app)  # the moderator web page under /review

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        # the errors quote the input: make NaN, Infinity and lone surrogates sendable (else a 500)
        return JSONResponse({"detail": json_safe(jsonable_encoder(exc.errors()))}, status_code=422)

    @app.exception_handler(OperationalError)
    async def database_unavailable(request: Request, exc: OperationalError) -> JSONResponse:
        log.error("database error on %s %s: %s", request.method, request.url.path, exc.orig)
        return JSONResponse({"detail": "the database is unavailable or busy; retry shortly"}, status_code=503)

    @app.exception_handler(Exception)
    async def internal_error(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        # answered outside the middleware stack: the security headers are set here
        return JSONResponse({"detail": "internal error; the server log has the details"}, status_code=500,
                            headers={**HEADERS, "Content-Security-Policy": DEFAULT_CSP})

    return app
