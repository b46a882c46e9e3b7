"""Choose the apply-side thresholds of the risk policy on the dev splits (never test).

Usage: python benchmarks/tune_policy.py [--model-dir DIR] [--write]

The model's predictions for the written-corpus dev split and the real-text dev split are computed
once; every candidate value of ``RiskPolicy.claim_without_eco_words`` is then applied to them
(``build_result`` only), and the listing metrics computed with the shared tool's definitions. The
rule, fixed before looking: keep the value that maximises the mean of the two dev sets' level
macro-F1 (ties: the smaller value). ``--write`` saves the chosen policy beside the heads.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np

CANDIDATES = (0.0, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1.01)
LEVELS = ("none", "low", "medium", "high")


def level_macro_f1(gold: list[str], pred: list[str]) -> float:
    from claims.evaluation.metrics import prf

    g, p = np.array(gold), np.array(pred)
    return sum(prf(p == lv, g == lv)[2] for lv in LEVELS) / len(LEVELS)


def attr_micro_f1(gold: list[set[str]], pred: list[set[str]]) -> float:
    from claims.evaluation.metrics import prf
    from claims.taxonomy import ATTRIBUTES

    g = np.array([[a in x for a in ATTRIBUTES] for x in gold], dtype=bool)
    p = np.array([[a in x for a in ATTRIBUTES] for x in pred], dtype=bool)
    return prf(p, g)[2]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model-dir")
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    from claims.config import get_settings
    from claims.evaluation import real
    from claims.scoring.analyzer import Analyzer
    from claims.scoring.findings import build_result
    from claims.training import corpus

    settings = get_settings()
    model_dir = Path(args.model_dir) if args.model_dir else settings.model_dir
    analyzer = Analyzer.load(model_dir)
    sets = {"written": corpus.load(settings.corpora_dir, "listings", "dev"),
            "real": real.load(settings.corpora_dir, settings.shared_data_dir, "dev")}
    preds = {k: analyzer.predict([corpus.strip_labels(x) for x in v]) for k, v in sets.items()}
    rows = []
    for value in CANDIDATES:
        policy = replace(analyzer.policy, claim_without_eco_words=value)
        row: dict[str, float] = {"claim_without_eco_words": value}
        for k, listings in sets.items():
            res = [build_result(corpus.strip_labels(x), p, analyzer.heads, policy, analyzer.registry)
                   for x, p in zip(listings, preds[k], strict=True)]
            row[f"{k}_level_macro_f1"] = round(level_macro_f1([x["risk_level"] for x in listings],
                                                               [r["greenwashing"]["level"] for r in res]), 4)
            found = [{a["label"] for a in r["eco_attributes"]} for r in res]
            row[f"{k}_attr_micro_f1"] = round(attr_micro_f1([set(x["eco_attributes"]) for x in listings], found), 4)
        row["objective"] = round((row["written_level_macro_f1"] + row["real_level_macro_f1"]) / 2, 4)
        rows.append(row)
        print(json.dumps(row), flush=True)
    best = max(rows, key=lambda r: (r["objective"], -r["claim_without_eco_words"]))
    print(json.dumps({"chosen": best}))
    if args.write:
        chosen = replace(analyzer.policy, claim_without_eco_words=float(best["claim_without_eco_words"]))
        chosen.save(model_dir / "heads")
        print(f"saved {model_dir / 'heads' / 'policy.json'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
