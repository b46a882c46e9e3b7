"""``claims eval return-risk``: do the review return-risk signals predict "not recommended"?

Data: ../shared/data/womens_clothing_reviews (23,486 real reviews, CC0; title + text, a 1-5
rating and a recommend flag). The rating is never a feature. Reviews are split by item
(``Clothing ID``) with the project's hash split (``corpus.split_of("wcr-item-<id>")``): baselines
that learn are fitted on the train part and every AUC is measured on ``--split`` (default test),
so no item appears on both sides.

Scores compared (all AUC for "not recommended"):
- ``signals``: the rule signals of :mod:`claims.review_signals`, unfitted: the number of the five
  signals (four return reasons and a reported return) a review reports;
- ``signals_lr``: a logistic regression over the five signal indicators (fitted on train);
- ``length``: review length in characters (baseline);
- ``tfidf_lr``: TF-IDF word 1-2 grams + logistic regression fitted on train (a supervised baseline).
Item level: Spearman correlation, over items with at least 5 reviews in the split, between the
items' mean return_risk and their share of "not recommended" reviews.
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path
from typing import Any

NAME = "return-risk"
HELP = "review return-risk signals vs 'not recommended' on womens_clothing_reviews (AUC, with baselines)"
CSV_NAME = "womens_clothing_reviews/womens_clothing_ecommerce_reviews.csv"


def load_reviews(path: Path) -> list[dict[str, Any]]:
    """Rows with text: {"item", "text", "not_recommended", "rating"} (the rating is kept for reference only)."""
    if not path.exists():
        raise FileNotFoundError(f"{path}: the women's clothing reviews data set is not there")
    out = []
    with path.open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            title, body = (r.get("Title") or "").strip(), (r.get("Review Text") or "").strip()
            if not (title or body) or r.get("Recommended IND") not in ("0", "1"):
                continue
            text = f"{title}. {body}" if title and body else title or body
            out.append({"item": r["Clothing ID"], "text": text, "not_recommended": int(r["Recommended IND"] == "0"),
                        "rating": int(r["Rating"])})
    return out


def _spearman(a: list[float], b: list[float]) -> float:
    from scipy.stats import spearmanr

    return float(spearmanr(a, b).statistic) if len(a) > 2 else float("nan")


def evaluate(rows: list[dict[str, Any]], split: str = "test", seed: int = 0) -> dict[str, Any]:
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score

    from claims.evidence.signals import REASONS, SIGNALS, review_reasons
    from claims.training.corpus import split_of

    parts = [split_of(f"wcr-item-{r['item']}") for r in rows]
    tr = [r for r, p in zip(rows, parts, strict=True) if p == "train"]
    ev = [r for r, p in zip(rows, parts, strict=True) if p == split]
    if not tr or not ev:
        raise ValueError(f"empty train or {split} part")

    def indicators(rs: list[dict[str, Any]]) -> np.ndarray:
        found = [review_reasons(r["text"]) for r in rs]
        return np.array([[float(k in f) for k in SIGNALS] for f in found], dtype=np.float32)

    F_tr, F_ev = indicators(tr), indicators(ev)
    y_tr = np.array([r["not_recommended"] for r in tr])
    y_ev = np.array([r["not_recommended"] for r in ev])

    def auc(score: Any) -> float:
        return round(float(roc_auc_score(y_ev, score)), 4)

    sig_lr = LogisticRegression(max_iter=1000, random_state=seed).fit(F_tr, y_tr)
    vec = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, max_features=100_000)
    X_tr = vec.fit_transform([r["text"] for r in tr])
    tfidf = LogisticRegression(C=4.0, max_iter=2000, random_state=seed).fit(X_tr, y_tr)
    p_tfidf = tfidf.predict_proba(vec.transform([r["text"] for r in ev]))[:, 1]
    per_signal = {}
    for j, k in enumerate(SIGNALS):
        flagged = F_ev[:, j] == 1
        per_signal[k] = {"auc": auc(F_ev[:, j]), "share_flagged": round(float(flagged.mean()), 4),
                         "not_recommended_if_flagged": round(float(y_ev[flagged].mean()), 4) if flagged.any() else None}
    any_reason = F_ev.max(axis=1)
    # item level: mean return_risk (any signal) vs share not recommended
    by_item: dict[str, list[tuple[float, int]]] = {}
    for r, a in zip(ev, any_reason, strict=True):
        by_item.setdefault(r["item"], []).append((float(a), r["not_recommended"]))
    items = [v for v in by_item.values() if len(v) >= 5]
    item_risk = [float(np.mean([a for a, _ in v])) for v in items]
    item_notrec = [float(np.mean([b for _, b in v])) for v in items]
    return {
        "data": CSV_NAME, "split": split, "split_by": "Clothing ID (corpus.split_of('wcr-item-<id>'))",
        "n_train": len(tr), "n_eval": len(ev), "eval_not_recommended_share": round(float(y_ev.mean()), 4),
        "auc": {"signals": auc(F_ev.sum(axis=1)), "signals_any": auc(any_reason),
                "reasons_only": auc(F_ev[:, : len(REASONS)].sum(axis=1)),
                "signals_lr": auc(sig_lr.predict_proba(F_ev)[:, 1]),
                "length_baseline": auc([len(r["text"]) for r in ev]),
                "tfidf_lr_baseline": auc(p_tfidf)},
        "per_signal": per_signal,
        "flagged_share": round(float(any_reason.mean()), 4),
        "item_level": {"items": len(items),
                       "spearman_return_risk_vs_not_recommended": round(_spearman(item_risk, item_notrec), 4)},
        "features_exclude": ["Rating"],
    }


def run(args: argparse.Namespace) -> dict[str, Any]:
    from claims.config import get_settings

    rows = load_reviews(get_settings().shared_data_dir / CSV_NAME)
    return evaluate(rows, args.split, args.seed)


def summary(result: dict[str, Any]) -> str:
    lines = [f"return-risk on {result['data']}, {result['split']} split by item: {result['n_eval']} reviews "
             f"({result['eval_not_recommended_share']:.1%} not recommended), baselines fitted on "
             f"{result['n_train']} train reviews", f"{'score':<22}{'AUC':>8}"]
    lines += [f"{k:<22}{v:>8.3f}" for k, v in result["auc"].items()]
    lines.append(f"{'signal':<22}{'AUC':>8}{'flagged':>9}{'P(not rec | flagged)':>22}")
    for k, v in result["per_signal"].items():
        cond = "-" if v["not_recommended_if_flagged"] is None else f"{v['not_recommended_if_flagged']:.3f}"
        lines.append(f"{k:<22}{v['auc']:>8.3f}{v['share_flagged']:>9.3f}{cond:>22}")
    il = result["item_level"]
    lines.append(f"item level ({il['items']} items with >= 5 reviews): Spearman "
                 f"{il['spearman_return_risk_vs_not_recommended']:.3f}")
    return "\n".join(lines)
