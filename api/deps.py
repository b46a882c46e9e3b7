"""What routes get from the application: its settings, a database session, the loaded models.

Everything here is created in the lifespan (:func:`api.app.create_app`) and reached through
``request.app.state``; nothing is loaded at import.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import anyio
from fastapi import HTTPException, Request
from sqlalchemy.orm import Session, sessionmaker

from claims.config import ServiceSettings


@dataclass
class Services:
    """The application's loaded state (one per app)."""

    settings: ServiceSettings
    sessions: sessionmaker | None = None
    analyzer: Any = None  # claims.analyzer.Analyzer
    recommender: Any = None  # claims.recommend.Recommender, or None when no index is built
    recommender_error: str | None = None
    # Guards the analyzer and its encoder, which the recommender shares (a tokenizer is not
    # safe to call from two threads at once).
    analyzer_lock: threading.RLock = field(default_factory=threading.RLock)
    recommender_lock: threading.RLock = field(default_factory=threading.RLock)
    # Held around the scoring calls' database writes when the database is SQLite (one writer at a time:
    # waiting here wakes a thread at once, while SQLite's own busy handler sleeps and retries, which
    # under 16 concurrent calls cost hundreds of milliseconds at the tail). A no-op for PostgreSQL.
    write_lock: Any = field(default_factory=contextlib.nullcontext)
    recommender_dirty: bool = False
    journal: Any = None  # claims.recommend.journal.JournalReplay, with the recommender
    # Scoring: api.worker.ScoringWorker (one thread, fair micro-batches), made once the models are loaded.
    worker: Any = None
    auth_limiter: Any = None  # api.ratelimit.FailureLimiter
    # Start-up: the server listens at once and loads the models in the background (api.app).
    state: str = "loading"  # "loading", then "ready" or "failed"
    load_error: str | None = None
    loaded: Any = None  # an anyio.Event, set when loading ends (ready or failed)
    _sync_next: asyncio.Future[None] | None = field(default=None, repr=False)  # see sync_index_now
    _sync_task: asyncio.Future[None] | None = field(default=None, repr=False)

    def sync_index(self) -> int:
        """Apply the index journal entries not applied yet (this server's and its peers');
        returns how many listings were upserted. Lock order: journal, then recommender."""
        if self.recommender is None or self.journal is None or self.sessions is None:
            return 0
        with self.sessions() as session:
            applied = int(self.journal.pull(session, lock=self.recommender_lock))
        if applied:
            self.recommender_dirty = True
        return applied

    def embed_for_index(self, listings: list[dict[str, Any]], results: list[Any], slice_size: int = 8) -> None:
        """Embed what the recommender will embed for these listings (their text and claims), in
        slices of ``slice_size`` listings, so that the encoder's cache holds it before the journal
        pull upserts them: the pull, which every scoring call waits for, then costs no encoding,
        and a heavy call's embedding is interleaved with the scoring worker's batches instead of
        holding the encoder (and the pull the small calls wait for) for all its listings at once."""
        if self.recommender is None:
            return
        from claims.recommend.catalog import item_from_result, listing_text

        for i in range(0, len(listings), slice_size):
            texts: list[str] = []
            for listing, result in zip(listings[i:i + slice_size], results[i:i + slice_size], strict=True):
                texts.append(listing_text(listing))
                texts += [" ".join(c["text"].split()) for c in item_from_result(dict(result), listing).claims]
            self.recommender.encoder.encode(texts)

    async def sync_index_now(self) -> None:
        """Return once a journal pull that started after this call has finished (so whatever the
        caller committed before is applied). Pulls are coalesced: at most one runs at a time, and
        every caller that arrives meanwhile shares the one after it, so sixteen concurrent scoring
        calls cost two pulls, not sixteen, each of which re-reads the journal's recent entries."""
        if self._sync_next is None:
            self._sync_next = asyncio.get_running_loop().create_future()
            if self._sync_task is None:
                self._sync_task = asyncio.ensure_future(self._run_syncs())
        await asyncio.shield(self._sync_next)

    async def _run_syncs(self) -> None:
        try:
            while self._sync_next is not None:
                future, self._sync_next = self._sync_next, None
                try:
                    await anyio.to_thread.run_sync(self.sync_index)
                    future.set_result(None)
                except Exception as e:  # noqa: BLE001 - every caller waiting on this pull gets it
                    future.set_exception(e)
                    future.exception()  # retrieved here too: the callers may all have gone
        finally:
            self._sync_task = None

    def save_index(self) -> None:
        """Save the index (atomically, under the folder lock), after bringing in every journal
        entry, so that a save never drops a listing another server added."""
        assert self.recommender is not None
        with self.journal.lock if self.journal is not None else contextlib.nullcontext():
            def before() -> None:
                self.sync_index()
                self.recommender_dirty = False

            with self.recommender_lock:
                try:
                    self.recommender.save(before=before)
                except Exception:
                    self.recommender_dirty = True
                    raise


async def wait_for_models(services: Services, timeout_s: float) -> None:
    """Return once the models are loaded; 503 with Retry-After when they failed to load or are
    still loading after ``timeout_s`` seconds."""
    if services.state == "loading" and services.loaded is not None and timeout_s > 0:
        with anyio.move_on_after(timeout_s):
            await services.loaded.wait()
    if services.state == "failed":
        raise HTTPException(status_code=503, detail=f"the models could not be loaded: {services.load_error}",
                            headers={"Retry-After": "60"})
    if services.state != "ready" or services.worker is None:
        raise HTTPException(status_code=503, detail="the models are still loading; retry shortly",
                            headers={"Retry-After": "5"})


def get_services(request: Request) -> Services:
    services: Services | None = getattr(request.app.state, "services", None)
    if services is None or services.sessions is None:
        raise HTTPException(status_code=503, detail="the service is starting up; retry shortly")
    return services


def get_settings(request: Request) -> ServiceSettings:
    return get_services(request).settings


def get_session(request: Request) -> Iterator[Session]:
    sessions = get_services(request).sessions
    assert sessions is not None
    with sessions() as session:
        yield session


class LockedEncoder:
    """The analyzer's encoder for the recommender: same model and cache, one caller at a time."""

    def __init__(self, encoder: Any, lock: threading.RLock):
        self._encoder = encoder
        self._lock = lock

    def encode(self, texts: list[str], show_progress: bool = False) -> Any:
        with self._lock:
            return self._encoder.encode(texts, show_progress=show_progress)
