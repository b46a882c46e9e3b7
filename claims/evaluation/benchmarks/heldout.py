"""``claims eval heldout``: the written held-out set under ``corpora/heldout/``, model vs keyword lexicon.

Eco-rich listings in the shape of Amazon India copy, written and labelled to labels.md by writers who
never ran the analyzer, kept apart from ``corpora/listings`` so that nothing trains on them. Split by
writer: ``dev`` is the writers of :data:`DEV_WRITERS` (rules may be chosen on it), ``test`` the others
(read once per shipped choice). See ``corpora/heldout/README.md``.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path
from typing import Any

NAME = "heldout"
HELP = "written held-out set (corpora/heldout: eco-rich Amazon India-shaped copy; split by writer)"
SPLITS = ("dev", "test")


DEV_WRITERS = ("a", "c", "e", "g", "i", "k", "m", "o", "q", "s", "u", "w", "y", "aa", "ac", "ae", "ag", "ai", "ak",
               "am", "ao", "aq", "as", "au", "aw", "ay", "ba", "bc", "be", "bg", "bi", "bk", "bm", "bo", "bq", "bs",
               "bu", "bw", "by", "ca", "cd", "ce", "ch", "ci", "ck")


def split_of(listing_id: str) -> str:
    """dev for the listings of the writers in :data:`DEV_WRITERS` (every other writer), test for the others."""
    parts = listing_id.split("-")
    return "dev" if len(parts) > 1 and parts[1] in DEV_WRITERS else "test"


def run(args: argparse.Namespace) -> dict[str, Any]:
    from claims.config import get_settings
    from claims.evaluation.evaluate import evaluate_corpus
    from claims.scoring.analyzer import Analyzer
    from claims.training import corpus

    settings = get_settings()
    listings = [x for x in corpus.load(settings.corpora_dir, "heldout") if split_of(str(x["id"])) == args.split]
    if not listings:
        raise FileNotFoundError(f"{settings.corpora_dir / 'heldout'}: no held-out listings")
    model_dir = Path(args.model_dir) if args.model_dir else settings.model_dir
    analyzer = Analyzer.load(model_dir)
    with tempfile.TemporaryDirectory() as tmp:
        result = evaluate_corpus(analyzer, args.split, Path(args.workdir or tmp), settings, listings)
    result["set"] = "corpora/heldout (written, eco-rich Amazon India shape; never trained on)"
    result["source"] = "heldout"
    result["model_dir"] = str(model_dir)
    if not getattr(args, "json", False):
        from claims.evaluation.reports import save_json

        save_json(Path(args.reports), f"heldout_{args.split}", result)
    return result


def summary(result: dict[str, Any]) -> str:
    from claims.evaluation.benchmarks.real import summary as real_summary

    return real_summary(result).replace("real seller copy (heldout)", "written held-out set")
