"""``claims eval greenclaims``: the 51 real publicised cases of GreenClaims (EmeraldMind repo),
greenwashing vs not, evaluation only: no choice of any kind is made on them.

Every system is the one ``claims eval emerald`` fits: trained on the EmeraldData train split,
C and threshold chosen on its dev split. The shipped analyzer's level mapping (``medium``/``high``
= greenwashing) was fixed a priori. The text scored is the ``claim`` column as published (not
the LLM ``rephrased_claim``).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any

import numpy as np

NAME = "greenclaims"
HELP = "greenwashing vs not on 51 real public cases (evaluation only), accuracy/F1"


def load() -> tuple[list[str], np.ndarray, list[str]]:
    from .emerald import read_csv

    rows = read_csv("green_claims.csv")
    return ([r["claim"] for r in rows], np.array([int(r["gold_label"] == "greenwashing") for r in rows]),
            [r.get("company", "") for r in rows])


def run(args: argparse.Namespace) -> dict[str, Any]:
    from ..reports import binary_benchmark_report
    from .emerald import LICENSE, fit_systems, report_systems

    t0 = time.time()
    seed = int(getattr(args, "seed", 0) or 0)
    x, y, companies = load()
    model_dir = Path(args.model_dir) if getattr(args, "model_dir", None) else None
    fitted = fit_systems({"greenclaims": x}, model_dir, seed)
    table = report_systems(fitted["systems"], "greenclaims", y, fitted["dev_y"], seed)
    m = table["model"]
    pred = fitted["systems"]["model"].predict("greenclaims")
    errors = [{"claim": x[i][:200], "company": companies[i], "gold": "greenwashing" if y[i] else "not_greenwashing",
               "analyzer_level": fitted["levels"]["greenclaims"][i]} for i in np.flatnonzero(pred != y.astype(bool))]
    result: dict[str, Any] = {
        "benchmark": NAME, "split": "all (evaluation only)", "primary": "accuracy",
        "model": "emerald head (MiniLM ⊕ rules ⊕ analyzer), fitted on EmeraldData train",
        **{k: m[k] for k in ("accuracy", "f1", "precision", "recall", "macro_f1", "n", "accuracy_ci95", "f1_ci95")},
        "systems": table, "model_version": fitted["model_version"], "model_errors": errors,
        "data": {"n": len(x), "positives": int(y.sum()), "license": LICENSE,
                 "training": f"EmeraldData train ({fitted['sizes']['train']}), dev ({fitted['sizes']['dev']})"},
        "seed": seed, "seconds": round(time.time() - t0, 1)}
    if not getattr(args, "json", False):
        s = fitted["systems"]
        binary_benchmark_report(result, Path(getattr(args, "reports", "reports")),
                                {k: (s[k].evals["greenclaims"], y) for k in ("model", "tfidf_svm", "embedding_lr")},
                                intro="\n51 real publicised cases; evaluation only. Every system was fitted on the "
                                      "EmeraldData train split and chosen on its dev split.\n")
    return result


def summary(result: dict[str, Any]) -> str:
    from ..reports import binary_summary

    return binary_summary(result)
