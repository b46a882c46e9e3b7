"""``claims eval greenclaims``: the 51 real publicised cases of GreenClaims (EmeraldMind repo),
greenwashing vs not, evaluation only: no choice of any kind is made on them.

Every system is the one ``claims eval emerald`` fits: trained on EmeraldData train + the
project's corporate train split, chosen on both dev splits. The shipped analyzer's level mapping (``medium``/``high``
= greenwashing) was fixed a priori. The text scored is the ``claim`` column as published (not
the LLM ``rephrased_claim``).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import numpy as np

NAME = "greenclaims"
HELP = "greenwashing vs not on 51 real public cases (evaluation only), accuracy/F1"


def load() -> tuple[list[str], np.ndarray, list[str]]:
    from claims.evaluation.benchmarks.emerald import read_csv

    rows = read_csv("green_claims.csv")
    return ([r["claim"] for r in rows], np.array([int(r["gold_label"] == "greenwashing") for r in rows]),
            [r.get("company", "") for r in rows])


def run(args: argparse.Namespace) -> dict[str, Any]:
    from claims.evaluation.benchmarks.emerald import LICENSE, evaluate

    x, y, companies = load()
    result, fitted = evaluate(NAME, "greenclaims", x, y, args, {"license": LICENSE},
                              "\n51 real publicised cases; evaluation only. Every system was fitted on EmeraldData "
                              "train + the project's corporate train split and chosen on both dev splits.\n",
                              split="all (evaluation only)")
    pred = fitted["systems"]["model"].predict("greenclaims")
    result["model_errors"] = [
        {"claim": x[i][:200], "company": companies[i], "gold": "greenwashing" if y[i] else "not_greenwashing",
         "analyzer_level": fitted["levels"]["greenclaims"][i]} for i in np.flatnonzero(pred != y.astype(bool))]
    if result.get("report"):  # the Markdown report already saved the JSON: save it again with the errors
        from claims.evaluation.reports import save_json

        save_json(Path(getattr(args, "reports", "reports")), NAME, result)
    return result


def summary(result: dict[str, Any]) -> str:
    from claims.evaluation.reports import binary_summary

    return binary_summary(result)
