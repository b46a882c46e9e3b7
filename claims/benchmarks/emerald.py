"""``claims eval emerald``: greenwashing vs not on EmeraldData (Kaoukis et al., WWW '26), 620
semi-synthetic ESG claims, read in place from ../shared/data/emerald_greenwashing.

Declared split: ``claims.corpus.split_of(claim text)`` (the project's 70/15/15 hash split applied
to the claim text): 433 train / 95 dev / 92 test. The set has no split of its own. Claims about
the same company fall on both sides (28 companies, Amazon alone 282 rows), so this measures
new claims, not new companies.

Systems: the shared baselines, the shipped analyzer with a level mapping fixed a priori
(``medium``/``high`` = greenwashing), and the project's model: a logistic head over
[MiniLM embedding ⊕ rule features ⊕ the shipped analyzer's output (level, risk score, finding
codes)], fitted on train, C and threshold chosen on dev. The same fitted systems are what
``claims eval greenclaims`` applies to the 51 real cases.
"""

from __future__ import annotations

import argparse
import csv
import time
from pathlib import Path
from typing import Any

import numpy as np

NAME = "emerald"
HELP = "greenwashing vs not, EmeraldData 620 semi-synthetic claims (declared hash split), accuracy/F1"
LICENSE = "Apache-2.0 (repository) / CC-BY-4.0 (dataset card)"
GW_LEVELS = ("medium", "high")  # a priori: a claim the analyzer rates medium or high risk is greenwashing


def data_dir() -> Path:
    from ..config import get_settings

    return get_settings().shared_data_dir / "emerald_greenwashing"


def read_csv(name: str) -> list[dict[str, str]]:
    path = data_dir() / name
    if not path.exists():
        raise FileNotFoundError(f"{path}: emerald_greenwashing data not found (set CLAIMS_SHARED_DIR)")
    with path.open(encoding="utf-8", newline="") as fh:
        return [r for r in csv.DictReader(fh) if r.get("claim", "").strip() and r.get("gold_label")]


def load(split: str) -> tuple[list[str], np.ndarray]:
    from ..corpus import split_of

    rows = [r for r in read_csv("emerald_data.csv") if split_of(r["claim"]) == split]
    return [r["claim"] for r in rows], np.array([int(r["gold_label"] == "greenwashing") for r in rows])


def analyzer_features(results: list[dict[str, Any]]) -> np.ndarray:
    """Fixed-length view of the analyzer's result: level one-hot, risk score, eco_score, number of
    claims, and the number of findings per code."""
    from ..taxonomy import CODE_NAMES, LEVELS

    rows = []
    for r in results:
        gw = r["greenwashing"]
        codes = [f["code"] for f in gw["findings"]]
        rows.append([float(gw["level"] == lv) for lv in LEVELS] + [gw["score"], r["eco_score"], len(r["claims"])]
                    + [float(codes.count(c)) for c in CODE_NAMES])
    return np.array(rows, dtype=np.float32)


def score_texts(analyzer: Any, texts: list[str]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for i in range(0, len(texts), 128):
        out.extend(analyzer.score([{"id": str(i + j), "title": "", "description": t}
                                   for j, t in enumerate(texts[i: i + 128])]))
    return out


def fit_systems(evals: dict[str, list[str]], model_dir: Path | None, seed: int = 0) -> dict[str, Any]:
    """Fit every system on the emerald train split, choose on dev, score ``evals`` (name -> texts).

    Returns ``{"systems": {name: Scored}, "dev_y": ..., "sizes": ...}``."""
    from .. import baselines, lexicon
    from ..analyzer import Analyzer

    tr_x, tr_y = load("train")
    dv_x, dv_y = load("dev")
    analyzer = Analyzer.load(model_dir)
    enc = analyzer.encoder
    sets = {"train": tr_x, "dev": dv_x, **evals}
    results = {k: score_texts(analyzer, v) for k, v in sets.items()}
    emb = {k: enc.encode(v) for k, v in sets.items()}
    feats = {k: np.hstack([emb[k], np.vstack([lexicon.features(t) for t in sets[k]]), analyzer_features(results[k])])
             for k in sets}
    gw = {k: np.array([r["greenwashing"]["level"] in GW_LEVELS for r in results[k]], float) for k in sets}
    ev = list(evals)
    systems = {
        "keyword": baselines.Scored("keyword", baselines.keyword_scores(dv_x, ("superlative", "offset", "future")),
                                    {k: baselines.keyword_scores(evals[k], ("superlative", "offset", "future"))
                                     for k in ev}, 0.5, {"rule": "attribute keyword or superlative/offset/future"}),
        "tfidf_svm": baselines.tfidf_svm(tr_x, tr_y, dv_x, dv_y, {k: evals[k] for k in ev}, seed, "accuracy"),
        "embedding_lr": baselines.embedding_lr(emb["train"], tr_y, emb["dev"], dv_y, {k: emb[k] for k in ev}, seed,
                                               "accuracy"),
        "shipped_analyzer": baselines.Scored("shipped_analyzer", gw["dev"], {k: gw[k] for k in ev}, 0.5,
                                             {"rule": "level medium or high (a priori)"}),
        "model": baselines.embedding_lr(feats["train"], tr_y, feats["dev"], dv_y, {k: feats[k] for k in ev}, seed,
                                        "accuracy", name="model"),
    }
    levels = {k: [r["greenwashing"]["level"] for r in results[k]] for k in ev}
    return {"systems": systems, "dev_y": dv_y, "levels": levels, "sizes": {"train": len(tr_x), "dev": len(dv_x)},
            "model_version": analyzer.version}


def report_systems(systems: dict[str, Any], which: str, y: np.ndarray, dev_y: np.ndarray, seed: int) -> dict[str, Any]:
    from ..metrics import binary, binary_report

    table = {}
    for name, s in systems.items():
        rep = binary_report(s.predict(which), y, seed)
        rep["dev_accuracy"] = round(binary(s.dev >= s.threshold, dev_y)["accuracy"], 3)
        rep["threshold"] = round(float(s.threshold), 4)
        rep["params"] = s.params
        table[name] = rep
    return table


def run(args: argparse.Namespace) -> dict[str, Any]:
    from ..reports import binary_benchmark_report

    t0 = time.time()
    seed = int(getattr(args, "seed", 0) or 0)
    te_x, te_y = load("test")
    model_dir = Path(args.model_dir) if getattr(args, "model_dir", None) else None
    fitted = fit_systems({"test": te_x}, model_dir, seed)
    table = report_systems(fitted["systems"], "test", te_y, fitted["dev_y"], seed)
    m = table["model"]
    result: dict[str, Any] = {
        "benchmark": NAME, "split": "test", "primary": "accuracy", "model": "emerald head (MiniLM ⊕ rules ⊕ analyzer)",
        **{k: m[k] for k in ("accuracy", "f1", "precision", "recall", "macro_f1", "n", "accuracy_ci95", "f1_ci95")},
        "systems": table, "model_version": fitted["model_version"],
        "data": {**fitted["sizes"], "test": len(te_x), "test_positives": int(te_y.sum()), "license": LICENSE,
                 "split": "claims.corpus.split_of(claim text): 70/15/15 hash"},
        "seed": seed, "seconds": round(time.time() - t0, 1)}
    if not getattr(args, "json", False):
        s = fitted["systems"]
        binary_benchmark_report(result, Path(getattr(args, "reports", "reports")),
                                {k: (s[k].evals["test"], te_y) for k in ("model", "tfidf_svm", "embedding_lr")},
                                intro="\nSemi-synthetic ESG claims (LLM-assisted pipeline); declared split: hash "
                                      "of the claim text, 70/15/15. Companies overlap across splits.\n")
    return result


def summary(result: dict[str, Any]) -> str:
    from ..reports import binary_summary

    return binary_summary(result)
