"""The scoring worker: one thread that owns the analyzer and scores requests in micro-batches.

A scoring call hands its listings to :meth:`ScoringWorker.score` and awaits the answer; the event
loop never runs the model. The worker thread takes whatever is waiting (after at most
``max_wait_s`` for more to arrive when it has fewer than ``max_batch`` listings), scores it as one
batch (encoding sixteen listings together costs far less than sixteen calls of one), and hands each
call its own results, in its own order.

Fair scheduling: a batch is filled round-robin, one listing per waiting call per turn (a call with
listings left goes to the back of the queue, also across batches), so a call of 64 listings is
scored in slices interleaved with the small calls that arrive meanwhile: a 1-listing call waits
for the calls queued before it to get one turn each, not for the whole heavy call.

Errors stay with their call: when a batch raises (or returns a wrong number of results), its
listings are scored again one by one (as :func:`claims.io.batch.score_file` does with its rows),
and only the calls whose own listing fails get the exception; the other calls of the batch get
their results. A call that gives up (its client went away) is dropped from the queue.
"""

from __future__ import annotations

import asyncio
import collections
import concurrent.futures
import contextlib
import logging
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger("api.worker")

Scorer = Callable[[list[dict[str, Any]]], Sequence[Mapping[str, Any]]]


class WorkerClosedError(RuntimeError):
    """The worker stopped (the server is shutting down) before the call was scored."""


@dataclass
class _Job:
    listings: list[dict[str, Any]]
    future: concurrent.futures.Future[list[Any]]
    results: list[Any] = field(default_factory=list)
    taken: int = 0  # listings handed to a batch so far
    done: int = 0  # results received so far
    failed: bool = False

    def __post_init__(self) -> None:
        self.results = [None] * len(self.listings)

    @property
    def dropped(self) -> bool:
        return self.failed or self.future.cancelled()


@dataclass
class WorkerStats:
    batches: int = 0
    listings: int = 0
    retried_batches: int = 0  # batches that failed and were scored again listing by listing
    batch_sizes: list[int] = field(default_factory=list)  # the last 1,000


class ScoringWorker:
    """Scores listings for many callers in one thread, in fair micro-batches.

    ``score`` is the analyzer's ``score`` (listings -> one result per listing, in order); ``lock``
    (optional) is held around each call of it (the analyzer's encoder is shared with the
    recommender). ``max_batch`` bounds the listings of one batch, ``max_wait_s`` how long the
    worker waits for more listings before it scores fewer than ``max_batch``.
    """

    def __init__(self, score: Scorer, *, max_batch: int = 16, max_wait_s: float = 0.002,
                 lock: Any = None, name: str = "claims-scorer"):
        if max_batch < 1:
            raise ValueError(f"max_batch must be at least 1, not {max_batch}")
        self._score = score
        self.max_batch = max_batch
        self.max_wait_s = max(0.0, max_wait_s)
        self._lock = lock if lock is not None else contextlib.nullcontext()
        self._cond = threading.Condition()
        self._queue: collections.deque[_Job] = collections.deque()  # calls with listings not yet taken
        self._closed = False
        self.stats = WorkerStats()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    # -- the callers' side --------------------------------------------------------------------

    def submit(self, listings: Sequence[dict[str, Any]]) -> concurrent.futures.Future[list[Any]]:
        """Queue ``listings``; the future gets their results in order (or the scorer's exception)."""
        future: concurrent.futures.Future[list[Any]] = concurrent.futures.Future()
        job = _Job(list(listings), future)
        if not job.listings:
            future.set_result([])
            return future
        with self._cond:
            if self._closed:
                raise WorkerClosedError("the scoring worker has stopped")
            self._queue.append(job)
            self._cond.notify()
        return future

    async def score(self, listings: Sequence[dict[str, Any]]) -> list[Any]:
        """The results of ``listings``, in order, scored in the worker thread; awaiting this
        never blocks the event loop. Cancelling it takes the call's remaining listings off the queue."""
        return await asyncio.wrap_future(self.submit(listings))

    @property
    def waiting(self) -> int:
        """Calls queued with listings not yet handed to a batch."""
        with self._cond:
            return len(self._queue)

    def close(self, timeout: float = 30.0) -> None:
        """Stop taking calls, let the batch being scored finish, fail the calls still queued."""
        with self._cond:
            self._closed = True
            queued = list(self._queue)
            self._queue.clear()
            self._cond.notify_all()
        for job in queued:
            _fail(job, WorkerClosedError("the server is shutting down"))
        self._thread.join(timeout)

    # -- the worker thread --------------------------------------------------------------------

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._queue and not self._closed:
                    self._cond.wait()
                if self._closed:
                    return
                deadline = time.monotonic() + self.max_wait_s
                while self._untaken() < self.max_batch and not self._closed:
                    left = deadline - time.monotonic()
                    if left <= 0:
                        break
                    self._cond.wait(left)
                batch = self._take()
            if batch:
                try:
                    self._score_batch(batch)
                except Exception as e:  # noqa: BLE001 - never let the thread die with calls waiting
                    log.exception("the scoring worker failed")
                    for job, _ in batch:
                        _fail(job, e)

    def _untaken(self) -> int:
        return sum(len(j.listings) - j.taken for j in self._queue if not j.dropped)

    def _take(self) -> list[tuple[_Job, int]]:
        """The next batch, round-robin over the queued calls (under the lock): one listing of the
        call at the front, which then goes to the back of the queue while it has listings left, so
        a heavy call takes one slot per turn, also across batches, whatever ``max_batch`` is."""
        batch: list[tuple[_Job, int]] = []
        while self._queue and len(batch) < self.max_batch:
            job = self._queue.popleft()
            if job.dropped:
                continue
            batch.append((job, job.taken))
            job.taken += 1
            if job.taken < len(job.listings):
                self._queue.append(job)
        return batch

    def _score_batch(self, batch: list[tuple[_Job, int]]) -> None:
        listings = [job.listings[i] for job, i in batch]
        try:
            with self._lock:
                results = list(self._score(listings))
            if len(results) != len(listings):
                raise RuntimeError(f"the scorer returned {len(results)} results for {len(listings)} listings")
            outcomes: list[tuple[bool, Any]] = [(True, r) for r in results]
        except Exception as e:  # noqa: BLE001 - re-scored one by one below
            if len(batch) == 1:
                outcomes = [(False, e)]
            else:
                log.warning("a batch of %d listing(s) failed (%s); scoring them one by one", len(batch), e)
                self.stats.retried_batches += 1
                outcomes = [self._score_one(job.listings[i]) if not job.dropped else (False, None)
                            for job, i in batch]
        self.stats.batches += 1
        self.stats.listings += len(batch)
        self.stats.batch_sizes = [*self.stats.batch_sizes[-999:], len(batch)]
        for (job, i), (ok, value) in zip(batch, outcomes, strict=True):
            if job.dropped:
                continue
            if not ok:
                _fail(job, value)
                continue
            job.results[i] = value
            job.done += 1
            if job.done == len(job.listings):
                with contextlib.suppress(concurrent.futures.InvalidStateError):  # cancelled meanwhile
                    job.future.set_result(job.results)

    def _score_one(self, listing: dict[str, Any]) -> tuple[bool, Any]:
        try:
            with self._lock:
                results = list(self._score([listing]))
            if len(results) != 1:
                raise RuntimeError(f"the scorer returned {len(results)} results for 1 listing")
            return True, results[0]
        except Exception as e:  # noqa: BLE001 - the call it belongs to gets it
            return False, e


def _fail(job: _Job, error: BaseException) -> None:
    job.failed = True
    with contextlib.suppress(concurrent.futures.InvalidStateError):
        job.future.set_exception(error)
