"""Simple baselines shared by every binary benchmark, trained and chosen the same way as the
project's model: fit on train, choose the hyper-parameter and the decision threshold on dev,
apply once to the evaluation texts.

- ``keyword``: the project's keyword lexicon (:mod:`claims.lexicon`): positive when any
  attribute pattern fires (``keyword_scores`` lets a benchmark pick other signals);
- ``tfidf_svm``: TF-IDF word 1-2-grams + linear SVM, C chosen on dev;
- ``embedding_lr``: frozen all-MiniLM-L6-v2 sentence embeddings + logistic regression, C on dev.

Each returns a :class:`Scored`: scores for dev and for each evaluation set, plus the threshold
chosen on dev. No model here is saved: baselines are refitted by the command that reports them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from claims.evaluation.metrics import best_f1_threshold

C_GRID = (0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0)
NAMES = ("keyword", "tfidf_svm", "embedding_lr")
LABELS = {"keyword": "keyword lexicon", "tfidf_svm": "TF-IDF + linear SVM",
          "embedding_lr": "frozen MiniLM + LR"}


@dataclass
class Scored:
    """Scores of one system: ``dev`` and each evaluation set by name; threshold chosen on dev."""

    name: str
    dev: np.ndarray
    evals: dict[str, np.ndarray]
    threshold: float
    params: dict[str, Any] = field(default_factory=dict)

    def predict(self, which: str) -> np.ndarray:
        return self.evals[which] >= self.threshold


def choose(name: str, dev_scores: np.ndarray, dev_y: np.ndarray, evals: dict[str, np.ndarray],
           params: dict[str, Any] | None = None, objective: str = "f1") -> Scored:
    """Wrap scores with the dev-chosen threshold (``objective``: ``f1`` or ``accuracy``)."""
    if objective == "accuracy":
        t = best_accuracy_threshold(dev_scores, dev_y)
    else:
        t = best_f1_threshold(dev_scores, dev_y)[0]
    return Scored(name, dev_scores, evals, t, dict(params or {}))


def best_accuracy_threshold(p: np.ndarray, y: np.ndarray) -> float:
    p, y = np.asarray(p, float), np.asarray(y).astype(bool)
    u = np.unique(p)
    cands = np.concatenate([[u[0] - 1e-9], (u[1:] + u[:-1]) / 2, [u[-1] + 1e-9]])
    accs = [float(((p >= t) == y).mean()) for t in cands]
    return float(cands[int(np.argmax(accs))])


def keyword_scores(texts: Sequence[str], signals: Sequence[str] = ()) -> np.ndarray:
    """1.0 when any attribute keyword (or any named signal of :mod:`claims.lexicon`) matches."""
    from claims.text import lexicon

    return np.array([float(bool(lexicon.attribute_hits(t)) or any(lexicon.signal_match(t, s) for s in signals))
                     for t in texts])


def keyword(dev_x: Sequence[str], dev_y: np.ndarray, evals: dict[str, Sequence[str]],
            signals: Sequence[str] = ()) -> Scored:
    return Scored("keyword", keyword_scores(dev_x, signals), {k: keyword_scores(v, signals) for k, v in evals.items()},
                  0.5, {"signals": list(signals)})


def _select_c(fit: Callable[[float], Any], score: Callable[[Any], np.ndarray], dev_y: np.ndarray) -> tuple[float, Any]:
    best: tuple[float, float, Any] = (-1.0, 0.0, None)
    for C in C_GRID:
        model = fit(C)
        f = best_f1_threshold(score(model), dev_y)[1]
        if f > best[0]:
            best = (f, C, model)
    return best[1], best[2]


def tfidf_svm(train_x: Sequence[str], train_y: np.ndarray, dev_x: Sequence[str], dev_y: np.ndarray,
              evals: dict[str, Sequence[str]], seed: int = 0, objective: str = "f1") -> Scored:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.svm import LinearSVC

    vec = TfidfVectorizer(ngram_range=(1, 2), min_df=1, sublinear_tf=True)
    Xtr = vec.fit_transform(train_x)
    Xdv = vec.transform(dev_x)

    def fit(C: float) -> Any:
        return LinearSVC(C=C, random_state=seed).fit(Xtr, train_y)

    C, model = _select_c(fit, lambda m: m.decision_function(Xdv), dev_y)
    return choose("tfidf_svm", model.decision_function(Xdv), dev_y,
                  {k: model.decision_function(vec.transform(v)) for k, v in evals.items()}, {"C": C}, objective)


def embedding_lr(train_X: np.ndarray, train_y: np.ndarray, dev_X: np.ndarray, dev_y: np.ndarray,
                 evals: dict[str, np.ndarray], seed: int = 0, objective: str = "f1",
                 name: str = "embedding_lr") -> Scored:
    """Logistic regression over fixed feature vectors (frozen embeddings, optionally with more columns)."""
    from sklearn.linear_model import LogisticRegression

    def fit(C: float) -> Any:
        return LogisticRegression(C=C, max_iter=5000, random_state=seed).fit(train_X, train_y)

    C, model = _select_c(fit, lambda m: m.predict_proba(dev_X)[:, 1], dev_y)
    return choose(name, model.predict_proba(dev_X)[:, 1], dev_y,
                  {k: model.predict_proba(v)[:, 1] for k, v in evals.items()}, {"C": C}, objective)
