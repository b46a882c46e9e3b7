"""The scoring worker (api/worker.py): each call gets its own results in order, calls are scored
together, a heavy call does not starve small ones, and a listing that breaks the scorer fails only
its own call. Unit tests drive the worker directly with the fake analyzer (gated scorers make the
batches deterministic: no timing asserts); the HTTP tests go through a real uvicorn server on
SQLite and PostgreSQL."""

from __future__ import annotations

import concurrent.futures
import threading
import time
from collections.abc import Sequence
from typing import Any

import httpx
import pytest

from api.worker import ScoringWorker, WorkerClosedError
from tests.service.conftest import LISTINGS, running_service, uvicorn_server

WAIT = 30.0  # seconds a test waits for a future at most (a bound, not a measurement)


def listing(i: str, title: str = "Eco-friendly bottle", description: str = "Good for the planet.") -> dict[str, Any]:
    return {"id": i, "title": title, "description": description}


class GatedScorer:
    """Records each batch (the ids) and holds the first ``hold`` batches until ``release()``, so
    that a test can queue calls while a batch is being scored. Raises for a listing titled "boom"."""

    def __init__(self, inner: Any, hold: int = 1):
        self.inner = inner
        self.batches: list[list[str]] = []
        self.started = threading.Event()
        self._gate = threading.Event()
        self._hold = hold

    def release(self) -> None:
        self._gate.set()

    def __call__(self, listings: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
        self.batches.append([x["id"] for x in listings])
        self.started.set()
        if len(self.batches) <= self._hold:
            assert self._gate.wait(WAIT), "the test never released the scorer"
        if any(x.get("title") == "boom" for x in listings):
            raise ValueError("the scorer cannot read this listing")
        return list(self.inner.score(listings))


@pytest.fixture
def gated(fake_analyzer: Any) -> GatedScorer:
    return GatedScorer(fake_analyzer)


def test_each_call_gets_its_own_results_in_order_scored_together(gated: GatedScorer, fake_analyzer: Any) -> None:
    worker = ScoringWorker(gated, max_batch=64, max_wait_s=0.0)
    try:
        first = worker.submit([listing("warm")])  # holds the worker while the others queue
        assert gated.started.wait(WAIT)
        calls = [[listing(f"c{c}-{i}", LISTINGS[(c + i) % 4]["title"], LISTINGS[(c + i) % 4]["description"])
                  for i in range(c % 4 + 1)] for c in range(10)]
        futures = [worker.submit(call) for call in calls]
        gated.release()
        assert first.result(WAIT)[0]["id"] == "warm"
        for call, future in zip(calls, futures, strict=True):
            got = future.result(WAIT)
            assert [r["id"] for r in got] == [x["id"] for x in call]
            assert got == fake_analyzer.score(call)  # the same results as scoring the call alone
        # the ten queued calls (23 listings) were scored as one batch, not ten
        assert len(gated.batches) == 2 and len(gated.batches[1]) == sum(len(c) for c in calls)
        assert worker.stats.listings == 1 + sum(len(c) for c in calls)
    finally:
        worker.close()


def test_a_heavy_call_is_scored_in_slices_between_small_calls(gated: GatedScorer) -> None:
    worker = ScoringWorker(gated, max_batch=4, max_wait_s=0.0)
    try:
        heavy_call = [listing(f"h{i}") for i in range(16)]
        heavy = worker.submit(heavy_call)
        assert gated.started.wait(WAIT)  # the first slice of the heavy call is being scored
        smalls = [worker.submit([listing(f"s{i}")]) for i in range(6)]
        gated.release()
        for f in smalls:
            assert len(f.result(WAIT)) == 1
        assert not heavy.done() or gated.batches[-1][0].startswith("h")
        assert [r["id"] for r in heavy.result(WAIT)] == [x["id"] for x in heavy_call]
        batches = gated.batches
        assert batches[0] == ["h0", "h1", "h2", "h3"]
        # round-robin: one heavy listing, then three small calls, per batch, until the smalls are done
        assert batches[1] == ["h4", "s0", "s1", "s2"] and sorted(batches[2]) == ["h5", "s3", "s4", "s5"]
        small_last = max(n for n, b in enumerate(batches) if any(i.startswith("s") for i in b))
        heavy_last = max(n for n, b in enumerate(batches) if any(i.startswith("h") for i in b))
        assert small_last == 2 < heavy_last  # every small call was answered before the heavy call
        assert sorted(i for b in batches for i in b) == sorted([x["id"] for x in heavy_call] +
                                                                [f"s{i}" for i in range(6)])
    finally:
        worker.close()


def test_round_robin_holds_across_batches_of_one(gated: GatedScorer) -> None:
    """With one listing per batch, the heavy call and the small calls take turns: the heavy call
    does not keep the front of the queue."""
    worker = ScoringWorker(gated, max_batch=1, max_wait_s=0.0)
    try:
        heavy = worker.submit([listing(f"h{i}") for i in range(8)])
        assert gated.started.wait(WAIT)
        smalls = [worker.submit([listing(f"s{i}")]) for i in range(3)]
        gated.release()
        for f in smalls:
            f.result(WAIT)
        assert len(heavy.result(WAIT)) == 8
        assert [b[0] for b in gated.batches[:6]] == ["h0", "h1", "s0", "s1", "s2", "h2"]
    finally:
        worker.close()


def test_a_listing_that_breaks_the_scorer_fails_only_its_own_call(gated: GatedScorer) -> None:
    worker = ScoringWorker(gated, max_batch=16, max_wait_s=0.0)
    try:
        first = worker.submit([listing("warm")])
        assert gated.started.wait(WAIT)
        good1 = worker.submit([listing("a1"), listing("a2")])
        bad = worker.submit([listing("b1"), listing("b2", title="boom")])
        good2 = worker.submit([listing("c1")])
        gated.release()
        first.result(WAIT)
        assert [r["id"] for r in good1.result(WAIT)] == ["a1", "a2"]
        assert [r["id"] for r in good2.result(WAIT)] == ["c1"]
        with pytest.raises(ValueError, match="cannot read"):
            bad.result(WAIT)
        # the mixed batch failed once, then its listings were scored one by one
        assert gated.batches[1] == ["a1", "b1", "c1", "a2", "b2"]
        assert worker.stats.retried_batches == 1
        assert ["b2"] in gated.batches[2:] and ["a1"] in gated.batches[2:]
        # the worker carries on
        assert worker.submit([listing("d1")]).result(WAIT)[0]["id"] == "d1"
    finally:
        worker.close()


def test_a_wrong_number_of_results_is_an_error_of_that_call() -> None:
    worker = ScoringWorker(lambda listings: [{"id": x["id"]} for x in listings if x["id"] != "lost"],
                           max_batch=8, max_wait_s=0.0)
    try:
        assert worker.submit([listing("x"), listing("y")]).result(WAIT) == [{"id": "x"}, {"id": "y"}]
        with pytest.raises(RuntimeError, match="returned 0 results for 1 listing"):
            worker.submit([listing("x"), listing("lost")]).result(WAIT)
    finally:
        worker.close()


def test_a_cancelled_call_is_not_scored_and_close_fails_the_queued_ones(gated: GatedScorer) -> None:
    worker = ScoringWorker(gated, max_batch=16, max_wait_s=0.0)
    first = worker.submit([listing("warm")])
    assert gated.started.wait(WAIT)
    gone = worker.submit([listing("gone")])
    kept = worker.submit([listing("kept")])
    assert gone.cancel()
    gated.release()
    assert kept.result(WAIT)[0]["id"] == "kept" and first.result(WAIT)
    assert all("gone" not in b for b in gated.batches)
    assert worker.submit([]).result(WAIT) == []
    worker.close()
    with pytest.raises(WorkerClosedError):
        worker.submit([listing("late")])


def test_close_fails_calls_still_queued(gated: GatedScorer) -> None:
    worker = ScoringWorker(gated, max_batch=1, max_wait_s=0.0)
    first = worker.submit([listing("warm")])
    assert gated.started.wait(WAIT)
    queued = worker.submit([listing("q")])
    closer = threading.Thread(target=worker.close)
    closer.start()
    with pytest.raises(WorkerClosedError):
        queued.result(WAIT)
    gated.release()  # the batch being scored finishes
    closer.join(WAIT)
    assert first.result(WAIT)[0]["id"] == "warm"


class BoomAnalyzer:
    """The fake analyzer, but a listing titled "boom" breaks whatever batch it is in."""

    def __init__(self, inner: Any):
        self.inner = inner
        self.encoder = inner.encoder
        self.version = inner.version
        self.batches: list[int] = []

    def score(self, listings: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
        self.batches.append(len(listings))
        if any(x.get("title") == "boom" for x in listings):
            raise ValueError("the scorer cannot read this listing")
        return list(self.inner.score(listings))


def test_concurrent_http_calls_are_batched_and_an_error_stays_with_its_call(db_url: str, fake_analyzer: Any) -> None:
    analyzer = BoomAnalyzer(fake_analyzer)
    # a long batching window and a batch of 5 listings: the five listings below are scored together
    with running_service(db_url, analyzer, score_max_batch=5, score_max_wait_ms=3000.0) as svc, \
            uvicorn_server(svc.app, lifespan="off") as base:
        calls = [[listing(f"k{c}-{i}", LISTINGS[(c + i) % 4]["title"], LISTINGS[(c + i) % 4]["description"])
                  for i in range(1 + c % 2)] for c in range(4)]
        calls[3] = [listing("bad", title="boom")]
        analyzer.batches.clear()

        def post(call: list[dict[str, Any]]) -> httpx.Response:
            return httpx.post(f"{base}/v1/score", json={"listings": call}, headers=svc.h("service"), timeout=60)

        with concurrent.futures.ThreadPoolExecutor(len(calls)) as pool:
            answers = list(pool.map(post, calls))
        for call, answer in zip(calls[:3], answers[:3], strict=True):
            assert answer.status_code == 200, answer.text
            assert [r["id"] for r in answer.json()["results"]] == [x["id"] for x in call]
            alone = fake_analyzer.score(call)
            for got, want in zip(answer.json()["results"], alone, strict=True):  # what scoring the call alone gives
                assert (got["claims"], got["greenwashing"]["level"]) == (want["claims"], want["greenwashing"]["level"])
        assert answers[3].status_code == 500
        assert answers[3].json() == {"detail": "internal error; the server log has the details"}
        assert analyzer.batches[0] == 5  # one batch of all five listings, then one by one
        worker = svc.app.state.services.worker
        assert worker.stats.retried_batches == 1
        # the failed listing was not stored; the others were
        listed = svc.client.get("/v1/claims", params={"limit": 200}, headers=svc.h("moderator")).json()
        ids = {i["listing_id"] for i in listed["items"]}
        assert "bad" not in ids


def test_index_syncs_after_scoring_are_coalesced() -> None:
    """Sixteen callers that arrive while a journal pull runs share the next pull (two in all), and
    none returns before a pull that started after it called has finished."""
    import asyncio

    from api.deps import Services
    from claims.config import get_service_settings

    services = Services(settings=get_service_settings())
    gate = threading.Event()
    pulls: list[tuple[float, float]] = []  # (start, end), perf_counter

    def pull() -> int:
        start = time.perf_counter()
        if not pulls:
            assert gate.wait(WAIT)
        pulls.append((start, time.perf_counter()))
        return 0

    services.sync_index = pull  # type: ignore[method-assign]

    async def scenario() -> list[tuple[float, float]]:
        first = asyncio.ensure_future(services.sync_index_now())
        await asyncio.sleep(0.05)  # the first pull is running (held by the gate)

        async def caller() -> tuple[float, float]:
            called = time.perf_counter()
            await services.sync_index_now()
            return called, time.perf_counter()

        late = [asyncio.ensure_future(caller()) for _ in range(16)]
        await asyncio.sleep(0.05)
        assert not any(t.done() for t in late)
        gate.set()
        await first
        return list(await asyncio.gather(*late))

    late = asyncio.run(asyncio.wait_for(scenario(), WAIT))
    assert len(pulls) == 2
    for called, returned in late:
        assert pulls[1][0] >= called and returned >= pulls[1][1]
