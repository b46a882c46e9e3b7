"""The learning loop, simulated: does the model get better from N moderator decisions?

Usage: python benchmarks/learning_loop.py [--n 0,50,100,200,400] [--seeds 0,1,2] [--weights W[,W...]]
       [--pool-share 0.5] [--workdir /tmp/claims-loop] [--real-dev] [--full-labels] [-o result.json]

The setup, fixed before looking at any result:

- **Pool**: a share (``--pool-share``, default half) of the corpora's *train* listings, picked by a
  hash of the id, is held out from the base model; it plays the listings that arrive in the
  service. The base model is trained by :func:`claims.training.heads.train` on everything else
  of the train split (listings and sentences); C and thresholds are chosen on dev as always.
- **Queue**: the base model scores the pool; every scored listing goes through the real review
  store (:mod:`claims.moderation.queue`, SQLite in the work folder: ``record_scores`` with every
  level enqueued), so the moderators see what a service would show.
- **Simulated moderators**: the oracle is the gold label. For each strategy, a moderator decides
  the first N items: ``uncertain`` takes the queue's ``order=uncertain`` (most uncertain first),
  ``random`` a seeded shuffle. A decision is approve when the model's level and codes equal the
  gold ones, reject when the gold has no finding (with the gold level), change (gold codes and
  level) otherwise, recorded with :func:`queue.decide` and exported with
  :func:`queue.export_decisions` into a real JSONL export file.
- **Retraining**: :func:`claims.training.decisions.read_decisions` + ``train(decision_set=...)``,
  the code path of ``claims train --decisions EXPORT --heads-only``, on the same base corpora;
  to keep a run to about a minute, each head keeps the C the base model chose on dev (thresholds
  are re-chosen on dev as always) and the featurized corpus splits are reused between runs.
- **Held-out evaluation**: the corpora's *test* split (never read by the loop, and never used for a
  choice), and with ``--real-dev`` the real-text dev split (``../shared/data``): level macro-F1,
  attribute micro-F1 and code micro-F1 of ``../shared/tools/listing_metrics.py``, and the
  segment-level claim F1 (:func:`claims.evaluation.metrics.binary`). Heads only: the evidence model
  (CONTRADICTED) is not retrained by decisions and is left out of every run alike, so absolute
  figures are below the model card's.

Encoder outputs are cached on disk (``WORKDIR/embeddings.npz``): the first run encodes the corpora
once (minutes on 2 cores), every later training takes about a minute.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

_log = logging.getLogger("learning_loop")


def pool_ids(train_listings: list[dict[str, Any]], share: float) -> set[str]:
    """The held-out pool: a hash of the id (independent of the train/dev/test split's hash)."""
    return {x["id"] for x in train_listings
            if int(hashlib.sha1(f"loop:{x['id']}".encode()).hexdigest()[:8], 16) % 1000 < share * 1000}


def base_corpora(corpora_dir: Path, out: Path, exclude: set[str]) -> Path:
    """A corpora folder without the pool listings (sentences as they are)."""
    from claims.training import corpus

    (out / "listings").mkdir(parents=True, exist_ok=True)
    (out / "sentences").mkdir(parents=True, exist_ok=True)
    with (out / "listings" / "base.jsonl").open("w", encoding="utf-8") as fh:
        for x in corpus.load(corpora_dir, "listings"):
            if x["id"] not in exclude:
                fh.write(json.dumps(x, ensure_ascii=False) + "\n")
    with (out / "sentences" / "all.jsonl").open("w", encoding="utf-8") as fh:
        for x in corpus.load(corpora_dir, "sentences"):
            fh.write(json.dumps(x, ensure_ascii=False) + "\n")
    return out


def oracle(result: dict[str, Any], gold: dict[str, Any]) -> tuple[str, str | None, list[str] | None]:
    """The simulated moderator's decision (action, level, codes) on the model's result, from gold."""
    from claims.moderation.queue import result_codes

    level, codes = result["greenwashing"]["level"], result_codes(result)
    g_level, g_codes = gold["risk_level"], sorted(set(gold.get("findings", [])))
    if level == g_level and codes == g_codes:
        return "approve", None, None
    if not g_codes:
        return "reject", g_level, None
    return "change", g_level, g_codes


def simulate(db: Path, pool: list[dict[str, Any]], results: Any, strategy: str, seed: int,
             n_max: int, export: Path) -> dict[str, Any]:
    """Record the pool's scores in a fresh review store, decide ``n_max`` items in the strategy's
    order, and write the export (every decision, oldest first) to ``export``."""
    from claims.config import ServiceSettings
    from claims.moderation import queue, store
    from claims.training import corpus

    db.unlink(missing_ok=True)
    engine = store.make_engine(f"sqlite:///{db}")
    store.upgrade(engine)
    settings = ServiceSettings(queue_levels=("none", "low", "medium", "high"), queue_min_score=0.0)
    gold = {x["id"]: x for x in pool}
    counts = {"approve": 0, "reject": 0, "change": 0}
    with store.session_factory(engine)() as s:
        queue.record_scores(s, [corpus.strip_labels(x) for x in pool], results, settings)
        items: list[dict[str, Any]] = []
        cursor = None
        while True:  # bounded: the cursor moves forward each page
            page, cursor = queue.list_items(s, cursor=cursor, limit=200,
                                            order="uncertain" if strategy == "uncertain" else "oldest")
            items += page
            if cursor is None:
                break
        if strategy == "random":
            items = [items[i] for i in np.random.default_rng(seed).permutation(len(items))]
        for it in items[:n_max]:
            detail = queue.get_item(s, it["id"])
            action, level, codes = oracle(detail["result"], gold[it["listing_id"]])
            counts[action] += 1
            queue.decide(s, it["id"], queue.DecisionRequest(action, it["version"], level=level, codes=codes),
                         moderator=f"sim-{strategy}-{seed}")
        records, cursor = queue.export_decisions(s, limit=100_000)
        assert cursor is None
    engine.dispose()
    with export.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
    return counts


LEVELS = ("none", "low", "medium", "high")


def _arrays(listings: list[dict[str, Any]], results: list[Any]) -> dict[str, np.ndarray]:
    """Gold and predicted levels and code sets (the shared tool's: UNVERIFIED_CERTIFICATION left out)."""
    from claims.taxonomy import CODE_NAMES

    codes = [c for c in CODE_NAMES if c != "UNVERIFIED_CERTIFICATION"]
    return {"gold_level": np.array([x["risk_level"] for x in listings]),
            "pred_level": np.array([r["greenwashing"]["level"] for r in results]),
            "gold_codes": np.array([[c in x.get("findings", []) for c in codes] for x in listings], dtype=bool),
            "pred_codes": np.array([[any(f["code"] == c for f in r["greenwashing"]["findings"]) for c in codes]
                                    for r in results], dtype=bool)}


def _level_macro_f1(a: dict[str, np.ndarray], idx: np.ndarray) -> float:
    from claims.evaluation.metrics import prf

    g, p = a["gold_level"][idx], a["pred_level"][idx]
    return sum(prf(p == lv, g == lv)[2] for lv in LEVELS) / len(LEVELS)


def _code_micro_f1(a: dict[str, np.ndarray], idx: np.ndarray) -> float:
    from claims.evaluation.metrics import prf

    return prf(a["pred_codes"][idx], a["gold_codes"][idx])[2]


def paired_delta(run: dict[str, np.ndarray], base: dict[str, np.ndarray], rounds: int = 1000,
                 seed: int = 0) -> dict[str, Any]:
    """The run's gain over the base on the same listings, with a paired bootstrap 95% interval
    (both models scored on each resample of the listings)."""
    n = len(run["gold_level"])
    rng = np.random.default_rng(seed)
    samples = [rng.integers(0, n, n) for _ in range(rounds)]
    out: dict[str, Any] = {}
    for name, fn in (("level_macro_f1", _level_macro_f1), ("code_micro_f1", _code_micro_f1)):
        full = np.arange(n)
        diffs = [fn(run, i) - fn(base, i) for i in samples]
        lo, hi = np.quantile(diffs, [0.025, 0.975])
        out[name] = {"delta": round(fn(run, full) - fn(base, full), 3), "ci95": [round(float(lo), 3),
                                                                              round(float(hi), 3)]}
    return out


def evaluate(model_dir: Path, sets: dict[str, list[dict[str, Any]]], encoder: Any, policy: Any,
             workdir: Path, feats_cache: dict[str, Any], arrays: dict[str, Any] | None = None) -> dict[str, Any]:
    """Held-out metrics of the heads in ``model_dir`` (no evidence model) on each set; ``arrays``
    receives each set's gold and predicted levels and codes (for :func:`paired_delta`)."""
    from claims.evaluation.evaluate import listing_metrics
    from claims.evaluation.metrics import binary
    from claims.scoring.analyzer import Analyzer, featurize
    from claims.scoring.findings import build_result
    from claims.scoring.heads import Heads
    from claims.training import corpus

    heads = Heads.load(model_dir / "heads")
    analyzer = Analyzer(heads, encoder, policy=policy, evidence=None)
    out: dict[str, Any] = {}
    for name, listings in sets.items():
        stripped = [corpus.strip_labels(x) for x in listings]
        if name not in feats_cache:  # the features do not depend on the heads: computed once
            feats_cache[name] = featurize(stripped, encoder, analyzer.registry)
        feats = feats_cache[name]
        preds = analyzer.predict(stripped, feats, with_evidence=False)
        results = [build_result(x, pr, heads, policy, analyzer.registry) for x, pr in zip(stripped, preds, strict=True)]
        gold_path, out_path = workdir / f"{name}.gold.jsonl", workdir / f"{name}.out.jsonl"
        gold_path.write_text("".join(json.dumps(corpus.gold_row(x)) + "\n" for x in listings), encoding="utf-8")
        out_path.write_text("".join(json.dumps(r) + "\n" for r in results), encoding="utf-8")
        m = listing_metrics(gold_path, out_path)
        if arrays is not None:
            arrays[name] = _arrays(listings, results)
            assert abs(_level_macro_f1(arrays[name], np.arange(len(listings))) - m["level_macro_f1"]) < 1e-3
        p = heads.predict_proba(feats.X)["claim"]
        gold_claim = np.array([lab.is_claim for x, segs in zip(listings, feats.segments, strict=True)
                               for lab in corpus.label_segments(x, segs)], dtype=bool)
        out[name] = {"level_macro_f1": m["level_macro_f1"], "attr_micro_f1": m["attr_micro_f1"],
                     "code_micro_f1": m["code_micro_f1"],
                     "claim_f1": round(binary(p >= heads.threshold("claim"), gold_claim)["f1"], 3),
                     "n": len(listings)}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", default="0,50,100,200,400", help="decision counts (default 0,50,100,200,400)")
    ap.add_argument("--seeds", default="0,1,2", help="seeds of the random strategy (default 0,1,2)")
    ap.add_argument("--strategies", default="uncertain,random")
    ap.add_argument("--weights", default=None, help="decision weight(s), comma-separated (default: the training "
                    "default); with several, every strategy and N runs at each")
    ap.add_argument("--full-labels", action="store_true",
                    help="also train with the whole pool's gold labels (as corpus listings): the upper bound")
    ap.add_argument("--pool-share", type=float, default=0.5, help="share of train listings held out as the pool")
    ap.add_argument("--workdir", default="/tmp/claims-loop", help="work folder (models, exports, cache)")
    ap.add_argument("--real-dev", action="store_true", help="also evaluate on the real-text dev split")
    ap.add_argument("-o", "--output", help="also write the JSON here")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", datefmt="%H:%M:%S")

    from claims.config import get_settings
    from claims.scoring.analyzer import Analyzer
    from claims.scoring.heads import Heads
    from claims.scoring.policy import RiskPolicy
    from claims.training import corpus
    from claims.training.decisions import DEFAULT_WEIGHT, read_decisions
    from claims.training.embcache import DiskCachedEncoder
    from claims.training.heads import train

    t0 = time.time()
    settings = get_settings()
    work = Path(args.workdir)
    work.mkdir(parents=True, exist_ok=True)
    weights = [float(x) for x in args.weights.split(",")] if args.weights else [DEFAULT_WEIGHT]
    ns = sorted({int(x) for x in args.n.split(",")})
    seeds = [int(x) for x in args.seeds.split(",")]
    strategies = args.strategies.split(",")
    policy = RiskPolicy.load(settings.model_dir / "heads")  # the shipped apply-side policy, in every run
    encoder = DiskCachedEncoder(work / "embeddings.npz")

    train_listings = corpus.load(settings.corpora_dir, "listings", "train")
    held = pool_ids(train_listings, args.pool_share)
    pool = sorted((x for x in train_listings if x["id"] in held), key=lambda x: x["id"])
    base_dir = base_corpora(settings.corpora_dir, work / "corpora", held)
    sets = {"test": corpus.load(settings.corpora_dir, "listings", "test")}
    if args.real_dev:
        from claims.evaluation import real

        sets["real_dev"] = real.load(settings.corpora_dir, settings.shared_data_dir, "dev")
    _log.info("pool %d listings held out of %d train; test %d", len(pool), len(train_listings), len(sets["test"]))

    data_cache: dict[Any, Any] = {}
    feats_cache: dict[str, Any] = {}
    c_by_head: dict[str, float] = {}

    def fit(out: Path, decision_set: Any = None, weight: float = DEFAULT_WEIGHT,
            corpora: Path | None = None) -> tuple[dict[str, Any], float]:
        t = time.time()
        meta = train(corpora or base_dir, out, encoder=encoder, decision_set=decision_set, decision_weight=weight,
                     evidence=False, policy=policy, log=lambda m: None, data_cache=data_cache,
                     c_by_head=c_by_head or None)
        encoder.save()
        return meta, round(time.time() - t, 1)

    base_meta, base_s = fit(work / "base")
    # retraining keeps each head's C of the base model (chosen on dev); thresholds are re-chosen on dev
    c_by_head.update({name: h["C"] for name, h in base_meta["heads"].items()})
    _log.info("base model %s in %s s", base_meta["version"], base_s)
    base_arrays: dict[str, Any] = {}
    base = evaluate(work / "base", sets, encoder, policy, work, feats_cache, base_arrays)
    full: dict[str, Any] | None = None
    if args.full_labels:  # the pool's listings fully labelled, as if annotated: the corpora as they are
        fit(work / "full", corpora=settings.corpora_dir)
        full = evaluate(work / "full", sets, encoder, policy, work, feats_cache)
        _log.info("full labels: %s", json.dumps(full))
    analyzer = Analyzer(Heads.load(work / "base" / "heads"), encoder, policy=policy, evidence=None)
    pool_results = analyzer.score([corpus.strip_labels(x) for x in pool])
    encoder.save()

    runs: list[dict[str, Any]] = []
    n_max = max(ns)
    for strategy in strategies:
        for seed in (seeds if strategy == "random" else [0]):
            export_all = work / f"export-{strategy}-{seed}.jsonl"
            simulate(work / f"queue-{strategy}-{seed}.db", pool, pool_results, strategy, seed, n_max, export_all)
            lines = export_all.read_text(encoding="utf-8").splitlines()
            for n, weight in ((n, w) for n in ns if n for w in weights):
                export = work / f"decisions-{strategy}-{seed}-{n}.jsonl"
                export.write_text("".join(x + "\n" for x in lines[:n]), encoding="utf-8")
                decided = [json.loads(x) for x in lines[:n]]
                ds = read_decisions(export)
                meta, secs = fit(work / "run", ds, weight)
                run_arrays: dict[str, Any] = {}
                metrics = evaluate(work / "run", sets, encoder, policy, work, feats_cache, run_arrays)
                vs_base = {name: paired_delta(run_arrays[name], base_arrays[name]) for name in sets}
                actions = {a: sum(r["action"] == a for r in decided) for a in ("approve", "reject", "change")}
                runs.append({"strategy": strategy, "seed": seed, "n": n, "weight": weight, "decisions": actions,
                             "train": {k: meta["decisions"][k] for k in ("used", "rows", "claim_rows",
                                                                         "not_claim_rows", "positive_code_labels",
                                                                         "unplaced_codes", "rejected")},
                             "train_seconds": secs, **metrics, "vs_base": vs_base})
                _log.info("%s seed %d n %d w %s: %s", strategy, seed, n, weight, json.dumps(metrics))
    summary: dict[str, Any] = {}
    for strategy, weight in ((s, w) for s in strategies for w in weights):
        for n in ns:
            rows = [base] if n == 0 else [r for r in runs if r["strategy"] == strategy and r["n"] == n
                                          and r["weight"] == weight]
            if not rows:
                continue
            key = strategy if len(weights) == 1 else f"{strategy} w={weight}"
            summary.setdefault(key, {})[str(n)] = {
                name: {k: round(float(np.mean([r[name][k] for r in rows])), 3)
                       for k in ("level_macro_f1", "attr_micro_f1", "code_micro_f1", "claim_f1")}
                for name in sets}
    out = {"setup": {"pool": len(pool), "pool_share": args.pool_share, "train_listings": len(train_listings),
                     "weights": weights, "n": ns, "seeds": seeds, "strategies": strategies,
                     "eval_sets": {k: len(v) for k, v in sets.items()}, "base_model": base_meta["version"],
                     "base_train_seconds": base_s, "evidence": "not used (heads only, every run alike)"},
           "base": base, "full_labels": full, "summary": summary, "runs": runs, "seconds": round(time.time() - t0, 1)}
    text = json.dumps(out, indent=2)
    print(text)
    if args.output:
        Path(args.output).write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
