"""Which scoring worker for the service on 2 cores: measures the throughput (listings/s) of the
real analyzer over the same new listings (never scored before in the process: the encoder cache
does not help) scored as

- ``single``: one call per listing, one after another (the service before the scoring worker);
- ``batched``: calls of ``--batch`` listings (the scoring worker's micro-batches);
- ``procs``: ``--procs`` processes, each with ``1`` torch thread, each scoring its share one
  listing per call (a process pool, one analyzer per process).

Each variant gets its own slice of listings (so none is served from another's cache) after a
warm-up. Prints JSON.

    python benchmarks/worker_choice.py --listings 48 --batch 16 --procs 2
"""

from __future__ import annotations

import argparse
import glob
import json
import multiprocessing as mp
import os
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
KEEP = ("id", "title", "description", "category", "brand", "reviews")
WARM = [{"id": "warm", "title": "Eco-friendly tote", "description": "Made from 100% recycled cotton.",
         "reviews": ["Fell apart after a week."]}]


def new_listings(n: int, skip: int = 0) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for path in sorted(glob.glob(str(ROOT / "corpora" / "listings" / "*.jsonl"))):
        rows += [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = rows[::-1]  # the load test draws fresh listings from the front; keep apart
    return [{k: r[k] for k in KEEP if k in r} for r in rows[skip:skip + n]]


def _proc(listings: list[dict[str, Any]], q: Any) -> None:
    import torch

    torch.set_num_threads(1)
    from claims.scoring.analyzer import Analyzer

    a = Analyzer.load()
    a.encoder.model  # noqa: B018 - loads the model
    torch.set_num_threads(1)  # the encoder sets the thread count when it loads
    a.score(WARM)
    q.put("ready")
    q.get()  # wait for the go
    t0 = time.perf_counter()
    for x in listings:
        a.score([x])
    q.put(time.perf_counter() - t0)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--listings", type=int, default=48, help="listings per variant")
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--procs", type=int, default=2)
    args = ap.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    n = args.listings
    out: dict[str, Any] = {"listings": n, "cpus": os.cpu_count(), "load_avg_start": os.getloadavg()[0]}
    from claims.scoring.analyzer import Analyzer

    a = Analyzer.load()
    a.score(WARM)
    single = new_listings(n, 0)
    t0 = time.perf_counter()
    for x in single:
        a.score([x])
    out["single_listings_per_s"] = round(n / (time.perf_counter() - t0), 2)
    batched = new_listings(n, n)
    t0 = time.perf_counter()
    for i in range(0, n, args.batch):
        a.score(batched[i:i + args.batch])
    out[f"batched_{args.batch}_listings_per_s"] = round(n / (time.perf_counter() - t0), 2)
    procs_rows = new_listings(n, 2 * n)
    ctx = mp.get_context("spawn")
    queues = [ctx.Queue() for _ in range(args.procs)]
    ps = [ctx.Process(target=_proc, args=(procs_rows[i::args.procs], q)) for i, q in enumerate(queues)]
    for p in ps:
        p.start()
    for q in queues:
        assert q.get(timeout=300) == "ready"
    t0 = time.perf_counter()
    for q in queues:
        q.put("go")
    for q in queues:
        q.get(timeout=600)
    out[f"procs_{args.procs}x1thread_listings_per_s"] = round(n / (time.perf_counter() - t0), 2)
    for p in ps:
        p.join(timeout=60)
    out["load_avg_end"] = os.getloadavg()[0]
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
