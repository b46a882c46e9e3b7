"""``claims eval reviews``: contradiction detection on the project's claim/review pairs."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

NAME = "reviews"
HELP = "claim/review pairs of corpora/reviews (one split): contradiction precision, recall, F1"


def run(args: argparse.Namespace) -> dict[str, Any]:
    from ..analyzer import Analyzer
    from ..evaluate import evaluate_review_pairs

    analyzer = Analyzer.load(Path(args.model_dir) if args.model_dir else None)
    return evaluate_review_pairs(analyzer, args.split)
