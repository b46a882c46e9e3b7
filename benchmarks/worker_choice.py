"""Which scoring worker for the service on 2 cores: the throughput (listings/s) of the real
analyzer over the same new listings (the labelled corpus; each variant in fresh processes, so no
variant is served from another's encoder cache), scored as

- ``single``: one process (torch on every core), one call per listing: the service before the
  scoring worker (one call at a time, calls of one listing);
- ``batched``: one process, calls of ``--batch`` listings: the scoring worker's micro-batches;
  also with one torch thread (``batched_N_1thread``), to tell threads from processes apart;
- ``procs``: ``--procs`` processes with one torch thread each, each scoring its share one listing
  per call: a process pool with one analyzer per process (each holds its own copy of the models).

Prints JSON (with the load average: on a shared machine ``procs`` gets more of the CPU than one
process only because it is more processes; compare on an idle machine).

    python benchmarks/worker_choice.py --listings 32 --batch 16 --procs 2
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


def new_listings(n: int) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for path in sorted(glob.glob(str(ROOT / "corpora" / "listings" / "*.jsonl"))):
        rows += [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
    return [{k: r[k] for k in KEEP if k in r} for r in rows[::-7][:n]]  # spread over the corpus files


def _worker(listings: list[dict[str, Any]], batch: int, threads: int | None, ready: Any, go: Any, done: Any) -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from claims.scoring.analyzer import Analyzer

    a = Analyzer.load()
    a.score(WARM)  # loads the encoder (which sets torch's threads) and the evidence models
    if threads is not None:
        import torch

        torch.set_num_threads(threads)
    ready.put(os.getpid())
    go.get()
    t0 = time.perf_counter()
    for i in range(0, len(listings), batch):
        a.score(listings[i:i + batch])
    done.put(time.perf_counter() - t0)


def _variant(parts: list[list[dict[str, Any]]], batch: int, threads: int | None) -> float:
    ctx = mp.get_context("spawn")
    ready, done = ctx.Queue(), ctx.Queue()
    gos = [ctx.Queue() for _ in parts]
    ps = [ctx.Process(target=_worker, args=(part, batch, threads, ready, go, done))
          for part, go in zip(parts, gos, strict=True)]
    for p in ps:
        p.start()
    for _ in ps:
        ready.get(timeout=600)
    t0 = time.perf_counter()
    for go in gos:
        go.put("go")
    for _ in ps:
        done.get(timeout=1800)
    wall = time.perf_counter() - t0
    for p in ps:
        p.join(timeout=60)
    return wall


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--listings", type=int, default=32, help="listings scored by each variant")
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--procs", type=int, default=2)
    args = ap.parse_args(argv)
    rows = new_listings(args.listings)
    n = len(rows)
    out: dict[str, Any] = {"listings": n, "with_reviews": sum(1 for r in rows if r.get("reviews")),
                           "cpus": os.cpu_count(), "load_avg_1m_start": round(os.getloadavg()[0], 2)}
    out["single_listings_per_s"] = round(n / _variant([rows], 1, None), 2)
    print(out, file=sys.stderr, flush=True)
    out[f"batched_{args.batch}_listings_per_s"] = round(n / _variant([rows], args.batch, None), 2)
    print(out, file=sys.stderr, flush=True)
    out[f"batched_{args.batch}_1thread_listings_per_s"] = round(n / _variant([rows], args.batch, 1), 2)
    print(out, file=sys.stderr, flush=True)
    parts = [rows[i::args.procs] for i in range(args.procs)]
    out[f"procs_{args.procs}x1thread_listings_per_s"] = round(n / _variant(parts, 1, 1), 2)
    out["load_avg_1m_end"] = round(os.getloadavg()[0], 2)
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
