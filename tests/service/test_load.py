"""A bounded version of benchmarks/load_test.py: 100 mixed requests, 8 concurrent, against a real
uvicorn on 127.0.0.1; zero errors on SQLite and PostgreSQL (no timing asserts)."""

from __future__ import annotations

import asyncio
import importlib.util
from pathlib import Path

from tests.service.conftest import running_service, uvicorn_server

ROOT = Path(__file__).resolve().parents[2]


def _load_test_module():
    spec = importlib.util.spec_from_file_location("load_test", ROOT / "benchmarks" / "load_test.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_load_mixed_requests_give_no_errors(db_url, fake_analyzer):
    lt = _load_test_module()
    pool = lt.load_pool(ROOT / "corpora" / "demo" / "catalog.jsonl", 24, seed=1)
    with running_service(db_url, fake_analyzer) as svc:
        for i in range(0, len(pool), 8):
            assert svc.client.post("/v1/score", json={"listings": pool[i:i + 8]},
                                   headers=svc.h("service")).status_code == 200
        with uvicorn_server(svc.app, lifespan="off") as base:
            requests = lt.plan(100, pool, with_recommender=svc.app.state.services.recommender is not None, seed=1)
            result = asyncio.run(lt.run_load(base, svc.keys, requests, concurrency=8))
    assert result["errors"] == 0, result["error_samples"]
    assert sum(e["n"] for e in result["endpoints"].values()) == 100
    assert {"score", "claims_list", "claim_detail", "decision"} <= set(result["endpoints"])
