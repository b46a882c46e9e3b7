"""``claims eval corpus``: the project's own held-out listings, with the keyword baseline."""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path
from typing import Any

NAME = "corpus"
HELP = "the project's own labelled listings (one split), model vs keyword lexicon"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--card", help="corpus: write the model card (Markdown) generated from this evaluation here")
    parser.add_argument("--quick", action="store_true",
                        help="corpus: listing metrics and keyword baseline only (no CIs, invariance, text baselines)")


def run(args: argparse.Namespace) -> dict[str, Any]:
    from claims.config import get_settings
    from claims.evaluation.evaluate import evaluate_corpus
    from claims.scoring.analyzer import Analyzer

    settings = get_settings()
    model_dir = Path(args.model_dir) if args.model_dir else settings.model_dir
    analyzer = Analyzer.load(model_dir)
    with tempfile.TemporaryDirectory() as tmp:
        result = evaluate_corpus(analyzer, args.split, Path(args.workdir or tmp))
        if not getattr(args, "quick", False):
            from claims.evaluation.corpus_metrics import extend

            extend(result, analyzer, args.split, Path(args.workdir or tmp), settings, int(args.seed or 0))
    result["model_dir"] = str(model_dir)
    if not getattr(args, "json", False):
        from claims.evaluation.reports import corpus_report

        corpus_report(result, Path(args.reports))
    if getattr(args, "card", None):
        from claims.evaluation.modelcard import saved_real_results, write
        from claims.training.corpus import stats

        write(Path(args.card), result, model_dir, stats(settings.corpora_dir), saved_real_results(Path(args.reports)))
    return result


def summary(result: dict[str, Any]) -> str:
    m, b = result["model"], result["keyword_baseline"]
    lines = [f"corpus {result['split']} split, {m['n']} listings, model {result['model_version']}",
             f"{'metric':<22}{'model':>8}{'keywords':>10}"]
    for k in ("attr_micro_f1", "level_macro_f1", "level_accuracy", "high_recall", "none_f1",
              "code_micro_f1", "contradicted_p", "contradicted_r"):
        lines.append(f"{k:<22}{m[k]:>8.3f}{b[k]:>10.3f}")
    lines.append(f"level accuracy spread over categories: {m['level_accuracy_spread']:.3f}")
    if "tfidf_svm_baseline" in result:
        lines.append(f"{'':<22}{'model':>8}{'tfidf_svm':>10}{'emb_lr':>8}")
        for k in ("attr_micro_f1", "level_macro_f1", "level_accuracy", "high_recall"):
            lines.append(f"{k:<22}{m[k]:>8.3f}{result['tfidf_svm_baseline'][k]:>10.3f}"
                         f"{result['embedding_lr_baseline'][k]:>8.3f}")
        lines.append(f"risk-score ECE {m['calibration']['ece']:.3f}; same text under other categories/brands: "
                     f"score spread mean {m['invariance']['score_spread_mean']:.3f}, level changed in "
                     f"{m['invariance']['level_changed_share']:.1%} of listings")
    if result.get("report"):
        lines.append(f"report: {result['report']}")
    return "\n".join(lines)
