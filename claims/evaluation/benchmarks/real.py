"""``claims eval real``: real seller copy (stand-off labels), model vs keyword lexicon.

Two sources (``--source``): ``amazon_in`` (Amazon India, mostly electronics; the default) and
``uk_toys`` (Amazon UK toys, richer in eco wording). Dev is for choosing thresholds and rules;
test is read once per shipped choice. The reserved acceptance listings are never part of either
(see :mod:`claims.evaluation.real`).
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path
from typing import Any

NAME = "real"
HELP = "real seller copy (--source amazon_in|uk_toys, stand-off labels; dev or test), model vs keyword lexicon"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from claims.evaluation.real import SOURCES

    parser.add_argument("--source", default="amazon_in", choices=sorted(SOURCES),
                        help="real-text set for `eval real` (default amazon_in)")


def report_name(source: str, split: str) -> str:
    """The saved result's name under reports/: real_test.json for Amazon India, real_uk_toys_test.json ..."""
    return f"real_{split}" if source == "amazon_in" else f"real_{source}_{split}"


def run(args: argparse.Namespace) -> dict[str, Any]:
    from claims.config import get_settings
    from claims.evaluation import real
    from claims.evaluation.evaluate import evaluate_corpus
    from claims.scoring.analyzer import Analyzer

    settings = get_settings()
    if args.split not in ("dev", "test"):
        raise ValueError("the real-text set has only dev and test splits (nothing trains on it)")
    source = getattr(args, "source", None) or "amazon_in"
    listings = real.load(settings.corpora_dir, settings.shared_data_dir, args.split, source)
    model_dir = Path(args.model_dir) if args.model_dir else settings.model_dir
    analyzer = Analyzer.load(model_dir)
    with tempfile.TemporaryDirectory() as tmp:
        result = evaluate_corpus(analyzer, args.split, Path(args.workdir or tmp), settings, listings)
    result["set"] = real.SOURCES[source].title
    result["source"] = source
    result["model_dir"] = str(model_dir)
    if not getattr(args, "json", False):
        from claims.evaluation.reports import save_json

        save_json(Path(args.reports), report_name(source, args.split), result)
    return result


def summary(result: dict[str, Any]) -> str:
    m, b = result["model"], result["keyword_baseline"]
    lines = [f"real seller copy ({result.get('source', 'amazon_in')}), {result['split']} split, {m['n']} listings, "
             f"model {result['model_version']}",
             f"{'metric':<22}{'model':>8}{'keywords':>10}"]
    for k in ("attr_micro_f1", "level_macro_f1", "level_accuracy", "high_recall", "none_f1", "code_micro_f1"):
        lines.append(f"{k:<22}{m[k]:>8.3f}{b[k]:>10.3f}")
    lines.append("per-level F1 " + ", ".join(f"{k} {v:.3f}" for k, v in m["per_level_f1"].items()))
    lines.append(f"confusion (gold -> predicted): {m['confusion']}")
    return "\n".join(lines)
