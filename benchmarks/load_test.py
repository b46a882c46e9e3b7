"""A bounded load test of the HTTP service on 127.0.0.1.

Starts ``claims serve`` (uvicorn, one process) on a free port with a fresh SQLite database (or
``--db URL``) and fresh keys, measures its start-up (seconds until it listens: ``/healthz``
answers; and until it is ready: ``/readyz`` 200), seeds the review queue by scoring a pool of
demo-catalog listings, then runs the scenarios (``--scenarios``, all by default) and prints JSON:

- ``mixed``: a fixed number of mixed requests (score, recommend, similar, queue list, claim
  detail, decision) with a fixed concurrency from one httpx async client: p50/p99 latency per
  endpoint, the error count (any 5xx, transport error or unexpected status; a 409 on a decision is
  the expected answer to a concurrent decision and is counted apart as a conflict);
- ``score1``: ``--score-requests`` 1-listing ``POST /v1/score`` calls from ``--concurrency``
  clients (the issue's target: p99 <= 300 ms under 16 clients): listings of the pool (scored
  before: the encoder cache holds them) and, with ``--fresh``, a second run over listings never
  scored by this server (the labelled corpus listings, each once);
- ``heavy``: one call of ``--heavy-size`` new listings (the labelled corpus; some with reviews)
  while ``--concurrency`` clients send 1-listing calls (pool listings): the heavy call's time,
  and the small calls' p50/p99 while it runs.

The server is ended by its PID.

    python benchmarks/load_test.py                       # all scenarios, 16 concurrent
    python benchmarks/load_test.py --scenarios score1,heavy --score-requests 500 --fresh
    python benchmarks/load_test.py --requests 200 --concurrency 4 --out reports/load.json

Recommendation calls go to a recommender index built first over the same pool (``claims score``
then ``claims index build``; or ``--index-dir DIR`` for an existing one); ``--no-index`` leaves
them out (the JSON says ``"recommender": false``). ``--env NAME=VALUE`` passes settings to the
server (e.g. ``CLAIMS_SCORE_MAX_BATCH=1`` to measure without micro-batching).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import socket
import subprocess
import sys
import tempfile
import time
from glob import glob
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
EXPECTED = {"score": {200}, "recommend": {200}, "similar": {200}, "claims_list": {200}, "claim_detail": {200},
            "decision": {200, 409}}
WEIGHTS = {"score": 30, "recommend": 12, "similar": 8, "claims_list": 25, "claim_detail": 15, "decision": 10}


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    pos = min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))  # nearest rank
    return ordered[pos]


def load_pool(catalog: Path, size: int, seed: int) -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in catalog.read_text(encoding="utf-8").splitlines() if line.strip()]
    random.Random(seed).shuffle(rows)
    keep = ("id", "title", "description", "category", "brand", "reviews", "price")
    return [{k: r[k] for k in keep if k in r} for r in rows[:size]]


def plan(n: int, pool: list[dict[str, Any]], with_recommender: bool, seed: int) -> list[tuple[str, dict[str, Any]]]:
    """The request mix, fixed by the seed: (endpoint name, parameters)."""
    rng = random.Random(seed)
    names = [k for k in WEIGHTS if with_recommender or k not in ("recommend", "similar")]
    weights = [WEIGHTS[k] for k in names]
    out: list[tuple[str, dict[str, Any]]] = []
    for _ in range(n):
        name = rng.choices(names, weights)[0]
        if name == "score":
            out.append((name, {"listings": rng.sample(pool, rng.randint(1, 4))}))
        elif name == "recommend":
            item = rng.choice(pool)
            body: dict[str, Any] = ({"text": item["title"]} if rng.random() < 0.5 else {"item_id": item["id"]})
            body.update(k=10, criteria={"max_level": rng.choice([None, "low", "medium"])})
            out.append((name, body))
        elif name == "similar":
            out.append((name, {"id": rng.choice(pool)["id"]}))
        elif name == "claims_list":
            params = rng.choice([{}, {"level": "high"}, {"level": "medium"}, {"status": "pending"},
                                 {"code": "GENERIC_CLAIM"}, {"limit": 10}])
            out.append((name, params))
        else:
            out.append((name, {"pick": rng.random(), "action": rng.choice(["approve", "reject", "note"])}))
    return out


async def run_load(base: str, keys: dict[str, str], requests: list[tuple[str, dict[str, Any]]],
                   concurrency: int, timeout: float = 120.0) -> dict[str, Any]:
    """Send ``requests`` with ``concurrency`` workers; latency per endpoint and errors."""
    svc = {"Authorization": f"Bearer {keys['service']}"}
    mod = {"Authorization": f"Bearer {keys['moderator']}"}
    latencies: dict[str, list[float]] = {k: [] for k in WEIGHTS}
    errors: dict[str, int] = {k: 0 for k in WEIGHTS}
    conflicts = 0
    samples: list[str] = []
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, timeout=timeout, limits=limits) as client:
        first = (await client.get("/v1/claims", params={"limit": 200}, headers=mod)).json()
        item_ids = [i["id"] for i in first.get("items", [])]
        queue = asyncio.Queue[tuple[str, dict[str, Any]]]()
        for r in requests:
            queue.put_nowait(r)

        async def call(name: str, p: dict[str, Any]) -> httpx.Response:
            if name == "score":
                return await client.post("/v1/score", json=p, headers=svc)
            if name == "recommend":
                return await client.post("/v1/recommendations", json=p, headers=svc)
            if name == "similar":
                return await client.get(f"/v1/items/{p['id']}/similar", params={"k": 10}, headers=svc)
            if name == "claims_list":
                return await client.get("/v1/claims", params=p, headers=mod)
            item = item_ids[int(p["pick"] * len(item_ids))] if item_ids else 1
            if name == "claim_detail":
                return await client.get(f"/v1/claims/{item}", headers=mod)
            current = await client.get(f"/v1/claims/{item}", headers=mod)  # read the version, then decide
            version = current.json().get("version", 1) if current.status_code == 200 else 1
            body = {"action": p["action"], "expected_version": version}
            if p["action"] == "note":
                body["note"] = "load test"
            return await client.post(f"/v1/claims/{item}/decisions", json=body, headers=mod)

        async def worker() -> None:
            nonlocal conflicts
            while True:
                try:
                    name, p = queue.get_nowait()
                except asyncio.QueueEmpty:
                    return
                t0 = time.perf_counter()
                try:
                    res = await call(name, p)
                    status: int | str = res.status_code
                except httpx.HTTPError as e:
                    status = type(e).__name__
                latencies[name].append((time.perf_counter() - t0) * 1000)
                if status == 409 and name == "decision":
                    conflicts += 1
                if status not in EXPECTED[name]:
                    errors[name] += 1
                    if len(samples) < 5:
                        samples.append(f"{name}: {status}")

        t0 = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        wall = time.perf_counter() - t0
    endpoints = {k: {"n": len(v), "p50_ms": round(percentile(v, 50), 1), "p99_ms": round(percentile(v, 99), 1),
                     "errors": errors[k]} for k, v in latencies.items() if v}
    return {"requests": len(requests), "concurrency": concurrency, "errors": sum(errors.values()),
            "conflicts_409": conflicts, "wall_s": round(wall, 2), "throughput_rps": round(len(requests) / wall, 1),
            "endpoints": endpoints, "error_samples": samples}


def fresh_listings(n: int, exclude: set[str], seed: int) -> list[dict[str, Any]]:
    """``n`` listings of the labelled corpus (corpora/listings), none in ``exclude``, each once."""
    rows: list[dict[str, Any]] = []
    for path in sorted(glob(str(ROOT / "corpora" / "listings" / "*.jsonl"))):
        rows += [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
    random.Random(seed).shuffle(rows)
    keep = ("id", "title", "description", "category", "brand", "reviews", "price")
    out = [{k: r[k] for k in keep if k in r} for r in rows if r.get("id") not in exclude]
    return out[:n]


def _stats(values: list[float]) -> dict[str, Any]:
    return {"n": len(values), "p50_ms": round(percentile(values, 50), 1), "p99_ms": round(percentile(values, 99), 1),
            "max_ms": round(max(values), 1) if values else None}


async def run_score_only(base: str, key: str, calls: list[list[dict[str, Any]]], concurrency: int,
                         timeout: float = 120.0) -> dict[str, Any]:
    """``calls`` (each a list of listings) sent as ``POST /v1/score`` by ``concurrency`` clients."""
    headers = {"Authorization": f"Bearer {key}"}
    latencies: list[float] = []
    errors: list[str] = []
    queue = asyncio.Queue[list[dict[str, Any]]]()
    for c in calls:
        queue.put_nowait(c)
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, timeout=timeout, limits=limits) as client:
        async def worker() -> None:
            while True:
                try:
                    call = queue.get_nowait()
                except asyncio.QueueEmpty:
                    return
                t0 = time.perf_counter()
                try:
                    res = await client.post("/v1/score", json={"listings": call}, headers=headers)
                    status: int | str = res.status_code
                except httpx.HTTPError as e:
                    status = type(e).__name__
                latencies.append((time.perf_counter() - t0) * 1000)
                if status != 200:
                    errors.append(str(status))

        t0 = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        wall = time.perf_counter() - t0
    return {"calls": len(calls), "listings_per_call": sorted({len(c) for c in calls}), "concurrency": concurrency,
            **_stats(latencies), "errors": len(errors), "error_samples": errors[:5], "wall_s": round(wall, 2),
            "throughput_rps": round(len(calls) / wall, 1)}


async def run_heavy(base: str, key: str, heavy: list[dict[str, Any]], pool: list[dict[str, Any]],
                    concurrency: int, lead_s: float = 2.0, seed: int = 0, timeout: float = 600.0) -> dict[str, Any]:
    """One call of ``heavy`` listings, sent ``lead_s`` seconds after ``concurrency`` clients start
    sending 1-listing calls (pool listings); the clients stop when the heavy call is answered.
    The small calls are reported twice: all, and those sent while the heavy call ran."""
    headers = {"Authorization": f"Bearer {key}"}
    rng = random.Random(seed)
    small: list[tuple[float, float, int | str]] = []  # (start, latency ms, status)
    heavy_done = asyncio.Event()
    heavy_span: dict[str, float] = {}
    heavy_status: list[int | str] = []
    limits = httpx.Limits(max_connections=concurrency + 1, max_keepalive_connections=concurrency + 1)
    async with httpx.AsyncClient(base_url=base, timeout=timeout, limits=limits) as client:
        async def small_client() -> None:
            while not heavy_done.is_set():
                t0 = time.perf_counter()
                try:
                    res = await client.post("/v1/score", json={"listings": [rng.choice(pool)]}, headers=headers)
                    status: int | str = res.status_code
                except httpx.HTTPError as e:
                    status = type(e).__name__
                small.append((t0, (time.perf_counter() - t0) * 1000, status))

        async def heavy_client() -> None:
            await asyncio.sleep(lead_s)
            heavy_span["start"] = time.perf_counter()
            try:
                res = await client.post("/v1/score", json={"listings": heavy}, headers=headers)
                heavy_status.append(res.status_code)
            except httpx.HTTPError as e:
                heavy_status.append(type(e).__name__)
            finally:
                heavy_span["end"] = time.perf_counter()
                heavy_done.set()

        await asyncio.gather(heavy_client(), *(small_client() for _ in range(concurrency)))
    during = [ms for (t0, ms, _) in small if heavy_span["start"] <= t0 <= heavy_span["end"]]
    return {"heavy_listings": len(heavy), "heavy_with_reviews": sum(1 for x in heavy if x.get("reviews")),
            "heavy_s": round(heavy_span["end"] - heavy_span["start"], 2), "heavy_status": heavy_status[0],
            "small_clients": concurrency, "small_all": _stats([ms for (_, ms, _) in small]),
            "small_during_heavy": _stats(during),
            "small_errors": sum(1 for (_, _, st) in small if st != 200)}


def wait_startup(server: subprocess.Popen[Any], base: str, log_path: Path, limit_s: float = 300.0
                 ) -> tuple[float, float, dict[str, Any]]:
    """Seconds from now until the server listens (``/healthz`` answers) and until ``/readyz`` is 200."""
    t0 = time.monotonic()
    listen: float | None = None
    while time.monotonic() - t0 < limit_s:
        if server.poll() is not None:
            raise RuntimeError(f"the server exited; see its log:\n{log_path.read_text()}")
        try:
            if listen is None:
                httpx.get(f"{base}/healthz", timeout=5)
                listen = time.monotonic() - t0
            r = httpx.get(f"{base}/readyz", timeout=5)
            if r.status_code == 200:
                return listen, time.monotonic() - t0, dict(r.json())
        except httpx.HTTPError:
            pass
        time.sleep(0.05)
    raise RuntimeError(f"the server was not ready within {limit_s:.0f} s")


def _claims(*args: str, env: dict[str, str]) -> str:
    res = subprocess.run([sys.executable, "-m", "claims.cli", *args], capture_output=True, text=True, env=env,
                         cwd=ROOT)
    if res.returncode != 0:
        raise RuntimeError(f"claims {' '.join(args)} failed: {res.stderr.strip()[-500:]}")
    lines = res.stdout.strip().splitlines()
    return lines[-1] if lines else ""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--concurrency", type=int, default=16)
    ap.add_argument("--catalog", type=Path, default=ROOT / "corpora" / "demo" / "catalog.jsonl")
    ap.add_argument("--pool", type=int, default=80, help="distinct listings the requests draw from")
    ap.add_argument("--index-dir", type=Path, help="an existing recommender index for the server "
                    "(default: build one over the pool)")
    ap.add_argument("--no-index", action="store_true", help="no recommender: score and queue calls only")
    ap.add_argument("--db", metavar="URL", help="database for the server (default: a fresh SQLite file); "
                    "e.g. an empty PostgreSQL database: postgresql+psycopg://user@127.0.0.1:5432/loadtest")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--scenarios", default="mixed,score1,heavy",
                    help="comma-separated, of: mixed, score1, heavy (default: all)")
    ap.add_argument("--score-requests", type=int, default=500, help="1-listing calls of the score1 scenario")
    ap.add_argument("--fresh", action="store_true", help="score1 also with listings never scored by the server")
    ap.add_argument("--heavy-size", type=int, default=64, help="listings of the heavy call (default 64)")
    ap.add_argument("--env", action="append", default=[], metavar="NAME=VALUE", help="a setting for the server")
    ap.add_argument("--out", type=Path, help="also write the JSON here")
    args = ap.parse_args(argv)
    if not 0 < args.requests <= 100_000 or not 0 < args.concurrency <= 256:
        ap.error("--requests must be in 1..100000 and --concurrency in 1..256")
    if not 0 < args.score_requests <= 100_000 or not 0 < args.heavy_size <= 1000:
        ap.error("--score-requests must be in 1..100000 and --heavy-size in 1..1000")
    scenarios = [x.strip() for x in args.scenarios.split(",") if x.strip()]
    if not scenarios or set(scenarios) - {"mixed", "score1", "heavy"}:
        ap.error(f"--scenarios: unknown {sorted(set(scenarios) - {'mixed', 'score1', 'heavy'})}; "
                 "choose from mixed, score1, heavy")
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false"}
    for item in args.env:
        name, sep, value = item.partition("=")
        if not sep or not name:
            ap.error(f"--env {item!r}: expected NAME=VALUE")
        env[name] = value
    pool = load_pool(args.catalog, args.pool, args.seed)
    with tempfile.TemporaryDirectory(prefix="claims-load-") as tmp:
        index_dir = args.index_dir
        if index_dir is None and not args.no_index:
            index_dir = Path(tmp) / "index"
            pool_file, scored = Path(tmp) / "pool.jsonl", Path(tmp) / "scored.jsonl"
            pool_file.write_text("".join(json.dumps(x) + "\n" for x in pool), encoding="utf-8")
            _claims("score", str(pool_file), "-o", str(scored), "-q", env=env)
            _claims("index", "build", str(scored), "--listings", str(pool_file), "-o", str(index_dir), "-q", env=env)
        env["CLAIMS_INDEX_DIR"] = str(index_dir if index_dir is not None else Path(tmp) / "no-index")
        db = args.db or f"sqlite:///{Path(tmp) / 'claims.db'}"
        keys = {role: _claims("keys", "create", "--role", role, "--db", db, env=env)
                for role in ("service", "moderator")}
        port = free_port()
        log = open(Path(tmp) / "server.log", "w")  # noqa: SIM115 - closed below
        server = subprocess.Popen([sys.executable, "-m", "claims.cli", "serve", "--host", "127.0.0.1", "--port",
                                   str(port), "--db", db, "--log-level", "warning"],
                                  cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        base = f"http://127.0.0.1:{port}"
        try:
            listen, startup, ready = wait_startup(server, base, Path(tmp) / "server.log")
            with_rec = bool(ready.get("checks", {}).get("recommender"))
            if index_dir is not None and not with_rec:
                raise RuntimeError(f"the server did not load the recommender index {index_dir}")
            for i in range(0, len(pool), 8):  # seed the queue and the encoder cache (not measured)
                r = httpx.post(f"{base}/v1/score", json={"listings": pool[i:i + 8]}, timeout=300,
                               headers={"Authorization": f"Bearer {keys['service']}"})
                r.raise_for_status()
            result: dict[str, Any] = {
                "server": "claims serve (uvicorn, 1 process) on 127.0.0.1",
                "database": db.split(":", 1)[0].split("+", 1)[0], "recommender": with_rec, "pool": len(pool),
                "server_env": args.env, "cpus": os.cpu_count(), "load_avg_1m_start": round(os.getloadavg()[0], 2),
                "startup": {"listen_s": round(listen, 2), "ready_s": round(startup, 2)}}
            errors = 0
            if "mixed" in scenarios:
                result["mixed"] = asyncio.run(run_load(base, keys, plan(args.requests, pool, with_rec, args.seed),
                                                       args.concurrency))
                errors += result["mixed"]["errors"]
            used = {x["id"] for x in pool}
            if "score1" in scenarios:
                rng = random.Random(args.seed)
                calls = [[rng.choice(pool)] for _ in range(args.score_requests)]
                result["score1"] = {"pool": asyncio.run(run_score_only(base, keys["service"], calls,
                                                                       args.concurrency))}
                errors += result["score1"]["pool"]["errors"]
                if args.fresh:
                    new = fresh_listings(args.score_requests, used, args.seed)
                    used |= {x["id"] for x in new}
                    result["score1"]["fresh"] = asyncio.run(run_score_only(base, keys["service"],
                                                                           [[x] for x in new], args.concurrency))
                    errors += result["score1"]["fresh"]["errors"]
            if "heavy" in scenarios:
                heavy = fresh_listings(args.heavy_size, used, args.seed + 1)
                result["heavy"] = asyncio.run(run_heavy(base, keys["service"], heavy, pool, args.concurrency,
                                                        seed=args.seed))
                errors += result["heavy"]["small_errors"] + (result["heavy"]["heavy_status"] != 200)
            result["errors"] = errors
            result["load_avg_1m_end"] = round(os.getloadavg()[0], 2)
        finally:
            server.send_signal(signal.SIGINT)
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
            log.close()
    text = json.dumps(result, indent=2)
    print(text)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text + "\n", encoding="utf-8")
    return 0 if result["errors"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
