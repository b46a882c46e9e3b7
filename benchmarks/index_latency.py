"""Query latency of the recommender's vector index at 100k and 1M synthetic items (a script, not a test).

    nice -n 10 .venv/bin/python benchmarks/index_latency.py            # 100k and 1M, JSON on stdout
    nice -n 10 .venv/bin/python benchmarks/index_latency.py --sizes 100000 --queries 500

For each size it builds a :class:`claims.index.VectorIndex` with the project's settings (exact
numpy search below ``Settings.index_exact_max_items``, faiss IVF above it, ``index_nprobe``
lists probed), then times single queries (k=10, one thread, after a warm-up) and measures
recall@10 against exact search. Latency is wall-clock (``query``) and, because these machines
are shared, also the CPU time of the querying thread (``query_cpu``): the part the query itself
costs, without the time spent waiting for a core that another process holds. With
``--recommender`` it also times a whole ``Recommender.by_item`` call (100 candidates, blend,
MMR, explanations) over a synthetic catalog.

The data are synthetic 384-dimensional unit vectors drawn from a mixture of Gaussian clusters
(``--clusters``, default n/100, noise ``--spread`` times the centre's norm), which is how
sentence embeddings of a product catalog look: many small neighbourhoods. The default spread,
0.8, is calibrated on the real amazon_sales_india listing embeddings (all-MiniLM-L6-v2), whose
median similarity to the 10th nearest neighbour is 0.62 at only 1,351 items; the synthetic
mixture gives 0.64 at 1M items, so its neighbourhoods are, if anything, less distinct than a
real catalog's of that size would be. Queries are fresh draws from the same mixture, not
indexed items. ``--distribution uniform`` draws structureless vectors instead: the worst
case for any IVF index (its recall there is far lower), reported for honesty, not as a target.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from claims.config import get_settings  # noqa: E402
from claims.recommend.index import VectorIndex, normalise  # noqa: E402

DIM = 384


def make_data(n: int, queries: int, clusters: int, spread: float, distribution: str,
              seed: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    if distribution == "uniform":
        return (normalise(rng.standard_normal((n, DIM), dtype=np.float32)),
                normalise(rng.standard_normal((queries, DIM), dtype=np.float32)))
    centres = normalise(rng.standard_normal((clusters, DIM), dtype=np.float32))

    def draw(m: int) -> np.ndarray:
        out = np.empty((m, DIM), np.float32)
        for a in range(0, m, 100_000):
            b = min(m, a + 100_000)
            noise = rng.standard_normal((b - a, DIM), dtype=np.float32) * (spread / np.sqrt(DIM))
            out[a:b] = centres[rng.integers(0, clusters, b - a)] + noise
        return normalise(out)

    return draw(n), draw(queries)


def percentiles(seconds: list[float]) -> dict[str, float]:
    ms = np.asarray(seconds) * 1000.0
    return {"p50_ms": round(float(np.percentile(ms, 50)), 3), "p99_ms": round(float(np.percentile(ms, 99)), 3),
            "mean_ms": round(float(ms.mean()), 3)}


def bench(n: int, args: argparse.Namespace) -> dict[str, object]:
    settings = get_settings()
    clusters = args.clusters or max(10, n // 100)
    t0 = time.perf_counter()
    data, queries = make_data(n, args.queries, clusters, args.spread, args.distribution, args.seed)
    ids = [f"s{i}" for i in range(n)]
    gen_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    idx = VectorIndex(DIM, exact_max_items=settings.index_exact_max_items, nprobe=settings.index_nprobe)
    idx.add(ids, data)
    build_s = time.perf_counter() - t0
    del data
    # ground truth: exact search, batched
    truth, _ = idx.search(queries, 10, exact=True)
    for q in queries[:20]:  # warm-up
        idx.search(q[None, :], 10)
    lat, cpu, found = [], [], []
    for q in queries:
        t, c = time.perf_counter(), time.thread_time()
        rows, _ = idx.search(q[None, :], 10)
        lat.append(time.perf_counter() - t)
        cpu.append(time.thread_time() - c)
        found.append(rows[0])
    recall = float(np.mean([len(set(f) & set(g)) / 10 for f, g in zip(found, truth, strict=True)]))
    exact_lat = []
    for q in queries[: args.exact_queries]:
        t = time.perf_counter()
        idx.search(q[None, :], 10, exact=True)
        exact_lat.append(time.perf_counter() - t)
    ann = getattr(idx, "_ann", None)
    out: dict[str, object] = {
        "items": n, "dim": DIM, "distribution": args.distribution,
        "clusters": clusters if args.distribution == "clustered" else None, "spread": args.spread,
        "backend": idx.backend, "nlist": int(ann.nlist) if ann is not None else None,
        "nprobe": settings.index_nprobe if ann is not None else None,
        "queries": len(queries), "generate_s": round(gen_s, 1), "build_s": round(build_s, 1),
        "query": percentiles(lat), "query_cpu": percentiles(cpu), "recall_at_10": round(recall, 4),
        "exact_query": {**percentiles(exact_lat), "queries": len(exact_lat)},
    }
    if args.recommender:
        out["recommend_by_item"] = bench_recommender(idx, args)
    return out


def bench_recommender(idx: VectorIndex, args: argparse.Namespace) -> dict[str, float]:
    from claims.recommend.catalog import Catalog, Item
    from claims.recommend.recommender import Recommender

    rng = np.random.default_rng(args.seed + 1)
    cat = Catalog(DIM)
    cat.items_index = idx
    levels = np.array(["none", "low", "medium", "high"])[rng.integers(0, 4, idx.size)]
    eco = rng.random(idx.size).round(3)
    cat._fit_columns()
    for r, item_id in enumerate(idx.ids()):
        attrs = ["recycled_content"] if levels[r] in ("low", "medium") and eco[r] > 0.5 else []
        it = Item(item_id, f"synthetic item {r}", "synthetic", 10.0, float(eco[r]), str(levels[r]), 0.5, attrs,
                  attrs, [], [])
        cat.items[r] = it
        cat.level[r] = ["none", "low", "medium", "high"].index(it.level)
        cat.eco_value[r] = it.eco_value
        cat.risk[r] = it.risk_score
        cat.price[r] = 10.0
        cat.category_code[r] = cat._category_id("synthetic")
    rec = Recommender(cat, encoder=object())
    picks = rng.integers(0, idx.size, min(args.queries, 500))
    for p in picks[:10]:
        rec.by_item(f"s{p}", 10)
    lat, cpu = [], []
    for p in picks:
        t, c = time.perf_counter(), time.thread_time()
        rec.by_item(f"s{p}", 10)
        lat.append(time.perf_counter() - t)
        cpu.append(time.thread_time() - c)
    return {**percentiles(lat), "cpu": percentiles(cpu), "queries": len(picks)}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--sizes", default="100000,1000000", help="comma-separated catalog sizes")
    p.add_argument("--queries", type=int, default=1000, help="single queries timed per size")
    p.add_argument("--exact-queries", type=int, default=100, help="exact-search queries timed, for reference")
    p.add_argument("--distribution", choices=["clustered", "uniform"], default="clustered")
    p.add_argument("--clusters", type=int, default=0, help="mixture components (default n/100)")
    p.add_argument("--spread", type=float, default=0.8, help="cluster noise norm relative to the centre (0.8)")
    p.add_argument("--recommender", action="store_true", help="also time Recommender.by_item")
    p.add_argument("--seed", type=int, default=0)
    args = p.parse_args()
    report = {"cpu_count": os.cpu_count(), "results": []}
    for n in [int(s) for s in args.sizes.split(",") if s]:
        report["results"].append(bench(n, args))  # type: ignore[union-attr]
        print(json.dumps(report["results"][-1]), file=sys.stderr)  # type: ignore[index]
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
