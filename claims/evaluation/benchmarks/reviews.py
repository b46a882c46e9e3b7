"""``claims eval reviews``: contradiction detection on the project's claim/review pairs.

Each pair of ``corpora/reviews`` (one split) is read the way a listing is scored: the review
whole and statement by statement (:func:`claims.evidence.review_pair_probs`); the pair is
predicted *contradict* when its most contradicting reading passes the pair-level threshold
chosen on the dev split (``review_pair`` in ``models/evidence/evidence.json``).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

NAME = "reviews"
HELP = "claim/review pairs of corpora/reviews (one split): contradiction precision, recall, F1"


def _file_of(pair: dict[str, Any]) -> str:
    """The writer's file of a pair, from its id ("r-h7-0001" -> "h7")."""
    parts = str(pair["id"]).split("-")
    return parts[1] if len(parts) > 2 else "?"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--review-files", default="",
                        help="reviews: only the pairs of these files, comma-separated (e.g. h7,h8,h9)")


def evaluate_review_pairs(analyzer: Any, split: str = "test", corpora_dir: Path | None = None,
                          files: list[str] | None = None) -> dict[str, Any]:
    """Contradiction precision/recall/F1 and three-class accuracy on one split of the pairs
    (``files``: only the pairs of those corpus files, by id)."""
    import numpy as np

    from claims.config import get_settings
    from claims.evidence.model import review_pair_probs
    from claims.evidence.pairs import PAIR_LABELS
    from claims.training.corpus import load

    if analyzer.evidence is None:
        raise FileNotFoundError("no evidence model in the model directory (models/evidence)")
    pairs = load(corpora_dir or get_settings().corpora_dir, "reviews", split)
    if files:
        wanted = set(files)
        pairs = [p for p in pairs if _file_of(p) in wanted]
    if not pairs:
        raise ValueError(f"no claim/review pairs in the {split} split")
    prob = review_pair_probs(analyzer.evidence, analyzer.encoder, [p["claim"] for p in pairs],
                             [p["review"] for p in pairs])
    y = np.array([PAIR_LABELS.index(p["label"]) for p in pairs])
    t = float(analyzer.evidence.thresholds.get("review_pair", analyzer.evidence.thresholds.get("review", 0.5)))
    pred, gold = prob[:, 2] >= t, y == 2
    tp = int((pred & gold).sum())
    prec, rec = tp / max(1, int(pred.sum())), tp / max(1, int(gold.sum()))
    hard = np.array([p["label"] == "unrelated" for p in pairs])
    by_file: dict[str, list[int]] = {}
    for p, ok in zip(pairs, pred == gold, strict=True):
        by_file.setdefault(_file_of(p), []).append(int(ok))
    return {"split": split, "files": sorted({_file_of(p) for p in pairs}), "n": len(pairs),
            "contradictions": int(gold.sum()), "threshold": t,
            "contradict_precision": round(prec, 3), "contradict_recall": round(rec, 3),
            "contradict_f1": round(2 * prec * rec / (prec + rec), 3) if prec + rec else 0.0,
            "three_class_accuracy": round(float((prob.argmax(axis=1) == y).mean()), 3),
            "unrelated_flagged": round(float(pred[hard].mean()), 3) if hard.any() else 0.0,
            "binary_accuracy_by_file": {k: round(sum(v) / len(v), 3) for k, v in sorted(by_file.items())}}


def run(args: argparse.Namespace) -> dict[str, Any]:
    from claims.scoring.analyzer import Analyzer

    analyzer = Analyzer.load(Path(args.model_dir) if args.model_dir else None)
    files = [f.strip() for f in (getattr(args, "review_files", "") or "").split(",") if f.strip()]
    return evaluate_review_pairs(analyzer, args.split, files=files or None)


def summary(result: dict[str, Any]) -> str:
    files = ", ".join(result.get("files", []))
    return (f"reviews {result['split']} split ({files}): {result['n']} claim/review pairs, {result['contradictions']} "
            f"contradictions, threshold {result['threshold']}\n"
            f"contradiction P {result['contradict_precision']:.3f}  R {result['contradict_recall']:.3f}  "
            f"F1 {result['contradict_f1']:.3f}; three-class accuracy {result['three_class_accuracy']:.3f}; "
            f"unrelated pairs flagged {result['unrelated_flagged']:.3f}")
