"""``claims eval heldout``: the written held-out sets under ``corpora/heldout/``, model vs keyword lexicon.

Listings written and labelled to labels.md by writers who never ran the analyzer, kept apart from
``corpora/listings`` so that nothing trains on them and no rule or threshold is chosen on them: the
whole set is a test split, read once per shipped choice (see ``corpora/heldout/README.md``).
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path
from typing import Any

NAME = "heldout"
HELP = "written held-out sets (corpora/heldout: eco-rich Amazon India-shaped copy; test only), model vs keywords"
SPLITS = ("test",)


def run(args: argparse.Namespace) -> dict[str, Any]:
    from claims.config import get_settings
    from claims.evaluation.evaluate import evaluate_corpus
    from claims.scoring.analyzer import Analyzer
    from claims.training import corpus

    settings = get_settings()
    listings = corpus.load(settings.corpora_dir, "heldout")
    if not listings:
        raise FileNotFoundError(f"{settings.corpora_dir / 'heldout'}: no held-out listings")
    model_dir = Path(args.model_dir) if args.model_dir else settings.model_dir
    analyzer = Analyzer.load(model_dir)
    with tempfile.TemporaryDirectory() as tmp:
        result = evaluate_corpus(analyzer, "test", Path(args.workdir or tmp), settings, listings)
    result["set"] = "corpora/heldout (written, eco-rich Amazon India shape; never trained or tuned on)"
    result["model_dir"] = str(model_dir)
    if not getattr(args, "json", False):
        from claims.evaluation.reports import save_json

        save_json(Path(args.reports), "heldout_test", result)
    return result


def summary(result: dict[str, Any]) -> str:
    from claims.evaluation.benchmarks.real import summary as real_summary

    return real_summary({**result, "source": "heldout"}).replace("real seller copy (heldout)",
                                                                 "written held-out set")
