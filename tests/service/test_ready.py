"""Start-up: the server listens before the models are loaded. While they load, /healthz answers,
/readyz says "loading" (503), the database endpoints work, and a scoring call waits up to
CLAIMS_SCORE_READY_WAIT_S for the models (then 503 with Retry-After); when the models cannot be
loaded, /readyz says "failed" with the reason. SQLite and PostgreSQL; no timing asserts."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

import httpx

from tests.service.conftest import LISTINGS, Service, make_keys, uvicorn_server

WAIT = 60.0


class SlowLoadingAnalyzer:
    """The fake analyzer whose warm-up (the first score call) blocks until ``release()``, as a
    real model load would; or fails, with ``fail=True``."""

    def __init__(self, inner: Any, fail: bool = False):
        self.inner = inner
        self.encoder = inner.encoder
        self.version = inner.version
        self.warming = threading.Event()
        self._gate = threading.Event()
        self._fail = fail
        self._warm = False

    def release(self) -> None:
        self._gate.set()

    def score(self, listings: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
        if not self._warm:
            self.warming.set()
            assert self._gate.wait(WAIT), "the test never released the load"
            if self._fail:
                raise OSError("model file is damaged")
            self._warm = True
        return list(self.inner.score(listings))


@contextmanager
def loading_service(db_url: str, analyzer: Any, **overrides: Any) -> Iterator[Service]:
    from fastapi.testclient import TestClient

    from api.app import create_app
    from claims.config import get_service_settings

    keys, ids = make_keys(db_url)
    settings = replace(get_service_settings(), database_url=db_url, **overrides)
    app = create_app(settings, analyzer=analyzer, load_index=False, background_load=True)
    with TestClient(app, raise_server_exceptions=False) as client:
        yield Service(client, db_url, keys, ids, app)


def wait_ready(client: Any) -> httpx.Response:
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        r = client.get("/readyz")
        if r.status_code == 200:
            return r
        time.sleep(0.02)
    raise AssertionError(f"not ready after {WAIT} s: {r.json()}")


def test_the_server_answers_while_the_models_load(db_url: str, fake_analyzer: Any) -> None:
    analyzer = SlowLoadingAnalyzer(fake_analyzer)
    with loading_service(db_url, analyzer, score_ready_wait_s=0.0) as svc:
        c = svc.client
        try:
            assert analyzer.warming.wait(WAIT)  # the lifespan finished while the load is still going
            assert c.get("/healthz").json() == {"status": "ok"}
            ready = c.get("/readyz")
            assert ready.status_code == 503
            assert ready.json()["status"] == "loading" and ready.json()["checks"]["models"] is False
            assert ready.json()["checks"]["database"] is True
            r = c.post("/v1/score", json={"listings": LISTINGS[:1]}, headers=svc.h("service"))
            assert r.status_code == 503 and r.headers["retry-after"] == "5"
            assert "loading" in r.json()["detail"]
            assert c.get("/v1/claims", headers=svc.h("moderator")).status_code == 200  # the database works
        finally:
            analyzer.release()
        ready = wait_ready(c)
        assert ready.json()["status"] == "ready" and ready.json()["model_version"] == fake_analyzer.version
        r = c.post("/v1/score", json={"listings": LISTINGS[:2]}, headers=svc.h("service"))
        assert r.status_code == 200 and [x["id"] for x in r.json()["results"]] == ["g1", "g2"]


def test_a_scoring_call_during_loading_waits_for_the_models(db_url: str, fake_analyzer: Any) -> None:
    analyzer = SlowLoadingAnalyzer(fake_analyzer)
    with loading_service(db_url, analyzer, score_ready_wait_s=WAIT) as svc, \
            uvicorn_server(svc.app, lifespan="off") as base:
        assert analyzer.warming.wait(WAIT)
        answers: list[httpx.Response] = []
        call = threading.Thread(target=lambda: answers.append(httpx.post(
            f"{base}/v1/score", json={"listings": LISTINGS[:1]}, headers=svc.h("service"), timeout=WAIT)))
        call.start()
        try:
            # the call is waiting (not answered) while the models load; /healthz answers meanwhile
            for _ in range(5):
                assert httpx.get(f"{base}/healthz", timeout=10).status_code == 200
            assert not answers
        finally:
            analyzer.release()
        call.join(WAIT)
        assert answers and answers[0].status_code == 200, answers
        assert answers[0].json()["results"][0]["id"] == "g1"


def test_a_failed_load_is_reported_and_the_server_stays_up(db_url: str, fake_analyzer: Any) -> None:
    analyzer = SlowLoadingAnalyzer(fake_analyzer, fail=True)
    analyzer.release()
    with loading_service(db_url, analyzer, score_ready_wait_s=WAIT) as svc:
        c = svc.client
        deadline = time.monotonic() + WAIT
        while c.get("/readyz").json()["status"] == "loading" and time.monotonic() < deadline:
            time.sleep(0.02)
        ready = c.get("/readyz")
        assert ready.status_code == 503 and ready.json()["status"] == "failed"
        assert "model file is damaged" in ready.json()["detail"]
        assert c.get("/healthz").status_code == 200
        r = c.post("/v1/score", json={"listings": LISTINGS[:1]}, headers=svc.h("service"))
        assert r.status_code == 503 and "could not be loaded" in r.json()["detail"]
        assert "retry-after" in r.headers
