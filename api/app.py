"""The FastAPI application: ``create_app(settings)``.

Nothing is loaded at import. The lifespan upgrades the database schema (Alembic) and the server
listens; the analyzer (warmed), the recommender index when one is built, and the scoring worker
(:mod:`api.worker`) load in the background meanwhile (``/readyz`` says when); the routes reach
them through :mod:`api.deps`. Errors are JSON ``{"detail": ...}`` without tracebacks,
including for unexpected failures (500) and an unreachable database (503); a 422 that quotes
unsendable input (NaN, a lone surrogate) quotes it escaped. Every response carries the security
headers of :mod:`api.headers`; ``/docs`` and ``/redoc`` use vendored assets.
"""

from __future__ import annotations

import logging
import threading
import time
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
from api.worker import ScoringWorker
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

# a review too: the review evidence path loads (and warms) its models on first use
_WARMUP = [{"id": "warmup", "title": "Eco-friendly tote", "description": "Made from 100% recycled cotton.",
            "reviews": ["The label says recycled cotton but it feels like polyester."]}]


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


def _set_model_threads(n: int) -> None:
    """The models' CPU threads for the whole process (ONNX Runtime sessions made later, and torch)."""
    from claims.scoring.encoder import set_threads

    log.info("model threads: %d", set_threads(n))


async def _load_models(services: Services, settings: ServiceSettings, analyzer: Any, recommender: Any,
                      load_index: bool) -> None:
    """Load the analyzer (unless given), warm it, load the recommender index and replay its journal,
    then start the scoring worker; ``services.state`` ends "ready", or "failed" with the reason."""
    t0 = time.monotonic()
    try:
        if settings.score_threads > 0:  # before the models load: ONNX Runtime reads it when a session is made
            _set_model_threads(settings.score_threads)
        loaded = analyzer
        if loaded is None:
            from claims.scoring.analyzer import Analyzer

            loaded = await anyio.to_thread.run_sync(Analyzer.load, settings.model_dir, abandon_on_cancel=True)
        # loads the encoder and the evidence models now, not on a request
        await anyio.to_thread.run_sync(loaded.score, _WARMUP, abandon_on_cancel=True)
        services.analyzer = loaded
        if recommender is not None:
            services.recommender = recommender
        elif load_index:
            services.recommender, services.recommender_error = await anyio.to_thread.run_sync(
                load_recommender, settings.index_dir, LockedEncoder(loaded.encoder, services.analyzer_lock),
                abandon_on_cancel=True)
        else:
            services.recommender_error = "the recommender is disabled"
        if services.recommender is not None:
            from claims.recommend.journal import JournalReplay

            services.journal = JournalReplay(services.recommender)
            replayed = await anyio.to_thread.run_sync(services.sync_index, abandon_on_cancel=True)
            if replayed:
                log.info("recommender index: %d listing(s) replayed from the journal", replayed)
        services.worker = ScoringWorker(loaded.score, max_batch=settings.score_max_batch,
                                        max_wait_s=settings.score_max_wait_ms / 1000, lock=services.analyzer_lock)
        services.state = "ready"
        log.info("models loaded and warm in %.1f s: ready", time.monotonic() - t0)
    except Exception as e:  # the server stays up and says why on /readyz and to scoring calls (503)
        services.state = "failed"
        services.load_error = f"{type(e).__name__}: {e}"
        log.exception("the models could not be loaded")
    finally:
        if services.state == "loading":  # cancelled (shut down while loading)
            services.state = "failed"
            services.load_error = "the server stopped while loading"
        services.loaded.set()


def create_app(settings: ServiceSettings | None = None, *, analyzer: Any = None, recommender: Any = None,
               load_index: bool = True, background_load: bool | None = None) -> FastAPI:
    """The application. ``analyzer``/``recommender`` may be passed in (tests reuse loaded ones);
    otherwise the lifespan loads them from the configured model and index directories.

    The database schema is upgraded before the server listens. The models load in the background
    (``background_load``; default: when no analyzer is passed in), so the server listens at once:
    ``/healthz`` answers, ``/readyz`` says "loading" (503) until the models are loaded and warm,
    and scoring calls wait up to ``score_ready_wait_s`` for them (then 503 with Retry-After)."""
    settings = settings or get_service_settings()
    background = analyzer is None if background_load is None else background_load

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        from claims.moderation.store import make_engine, session_factory, upgrade

        services = Services(settings=settings, loaded=anyio.Event())
        engine = make_engine(settings.database_url)
        await anyio.to_thread.run_sync(upgrade, engine)
        services.sessions = session_factory(engine)
        if engine.dialect.name == "sqlite":
            services.write_lock = threading.Lock()
        services.auth_limiter = FailureLimiter(settings.auth_max_failures, settings.auth_window_s)
        if not background:
            await _load_models(services, settings, analyzer, recommender, load_index)
            if services.state == "failed":
                engine.dispose()
                raise RuntimeError(f"the models could not be loaded: {services.load_error}")
        app.state.services = services
        try:
            async with anyio.create_task_group() as tg:
                if background:
                    tg.start_soon(_load_models, services, settings, analyzer, recommender, load_index)
                if settings.index_save_interval_s > 0 or settings.index_sync_interval_s > 0:
                    # a no-op while no recommender is loaded
                    tg.start_soon(_maintain_index, services, settings.index_sync_interval_s,
                                  settings.index_save_interval_s)
                try:
                    yield
                finally:
                    tg.cancel_scope.cancel()
        finally:
            if services.worker is not None:
                await anyio.to_thread.run_sync(services.worker.close)
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
