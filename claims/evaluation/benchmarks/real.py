"""``claims eval real``: real seller copy (Amazon India, stand-off labels), model vs keyword lexicon.

Dev is for choosing thresholds and rules; test is read once per shipped choice. The reserved
acceptance listings are never part of either (see :mod:`claims.evaluation.real`).
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path
from typing import Any

NAME = "real"
HELP = "real seller copy (amazon_sales_india, stand-off labels; dev or test), model vs keyword lexicon"


def run(args: argparse.Namespace) -> dict[str, Any]:
    from claims.config import get_settings
    from claims.evaluation import real
    from claims.evaluation.evaluate import evaluate_corpus
    from claims.scoring.analyzer import Analyzer

    settings = get_settings()
    if args.split not in ("dev", "test"):
        raise ValueError("the real-text set has only dev and test splits (nothing trains on it)")
    listings = real.load(settings.corpora_dir, settings.shared_data_dir, args.split)
    model_dir = Path(args.model_dir) if args.model_dir else settings.model_dir
    analyzer = Analyzer.load(model_dir)
    with tempfile.TemporaryDirectory() as tmp:
        result = evaluate_corpus(analyzer, args.split, Path(args.workdir or tmp), settings, listings)
    result["set"] = "amazon_sales_india (real seller copy), CC BY-NC-SA 4.0, stand-off labels"
    result["model_dir"] = str(model_dir)
    if not getattr(args, "json", False):
        from claims.evaluation.reports import save_json

        save_json(Path(args.reports), f"real_{args.split}", result)
    return result


def summary(result: dict[str, Any]) -> str:
    m, b = result["model"], result["keyword_baseline"]
    lines = [f"real seller copy, {result['split']} split, {m['n']} listings, model {result['model_version']}",
             f"{'metric':<22}{'model':>8}{'keywords':>10}"]
    for k in ("attr_micro_f1", "level_macro_f1", "level_accuracy", "high_recall", "none_f1", "code_micro_f1"):
        lines.append(f"{k:<22}{m[k]:>8.3f}{b[k]:>10.3f}")
    lines.append("per-level F1 " + ", ".join(f"{k} {v:.3f}" for k, v in m["per_level_f1"].items()))
    lines.append(f"confusion (gold -> predicted): {m['confusion']}")
    return "\n".join(lines)
