"""Metrics shared by the benchmarks: binary P/R/F1, thresholds chosen on dev, bootstrap
confidence intervals, calibration error and reliability bins. Pure numpy."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np


def binary(pred: np.ndarray, y: np.ndarray) -> dict[str, float]:
    """Precision, recall and F1 of the positive class, macro-F1 over both classes, accuracy."""
    pred, y = np.asarray(pred).astype(bool), np.asarray(y).astype(bool)
    out: dict[str, float] = {}
    f1s = []
    for cls in (True, False):
        tp = float((pred == cls)[y == cls].sum())
        p = tp / max(1.0, float((pred == cls).sum()))
        r = tp / max(1.0, float((y == cls).sum()))
        f = 2 * p * r / (p + r) if p + r else 0.0
        f1s.append(f)
        if cls:
            out.update(precision=p, recall=r, f1=f)
    out["macro_f1"] = float(np.mean(f1s))
    out["accuracy"] = float((pred == y).mean()) if len(y) else 0.0
    return out


def prf(pred: np.ndarray, gold: np.ndarray) -> tuple[float, float, float]:
    """(precision, recall, F1) of boolean predictions against boolean gold."""
    tp = float((pred & gold).sum())
    p = tp / max(1.0, float(pred.sum()))
    r = tp / max(1.0, float(gold.sum()))
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def best_f1_threshold(p: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """(threshold, F1) maximising positive-class F1; candidates are the midpoints of the scores."""
    p, y = np.asarray(p, float), np.asarray(y).astype(bool)
    u = np.unique(p)
    cands = np.concatenate([[u[0] - 1e-9], (u[1:] + u[:-1]) / 2, [u[-1] + 1e-9]]) if len(u) else np.array([0.5])
    best = (0.5, -1.0)
    for t in cands:
        f = binary(p >= t, y)["f1"]
        if f > best[1]:
            best = (float(t), f)
    return best


def bootstrap_ci(metric: Callable[[np.ndarray], float], n: int, rounds: int = 1000, seed: int = 0,
                 alpha: float = 0.05) -> tuple[float, float]:
    """Percentile bootstrap CI of ``metric(idx)`` over resampled row indices (0..n-1)."""
    rng = np.random.default_rng(seed)
    vals = [metric(rng.integers(0, n, n)) for _ in range(rounds)]
    lo, hi = np.quantile(vals, [alpha / 2, 1 - alpha / 2])
    return round(float(lo), 3), round(float(hi), 3)


def binary_report(pred: np.ndarray, y: np.ndarray, seed: int = 0, rounds: int = 1000) -> dict[str, Any]:
    """``binary`` rounded to 3 places, with ``n`` and bootstrap 95% CIs of f1 and accuracy."""
    pred, y = np.asarray(pred).astype(bool), np.asarray(y).astype(bool)
    out: dict[str, Any] = {k: round(v, 3) for k, v in binary(pred, y).items()}
    out["n"] = int(len(y))
    out["f1_ci95"] = list(bootstrap_ci(lambda i: binary(pred[i], y[i])["f1"], len(y), rounds, seed))
    out["accuracy_ci95"] = list(bootstrap_ci(lambda i: binary(pred[i], y[i])["accuracy"], len(y), rounds, seed))
    return out


def reliability(p: np.ndarray, y: np.ndarray, bins: int = 10) -> dict[str, Any]:
    """Expected calibration error and the reliability-diagram bins (equal width on [0, 1])."""
    p, y = np.asarray(p, float), np.asarray(y, float)
    edges = np.linspace(0, 1, bins + 1)
    idx = np.clip(np.digitize(p, edges[1:-1]), 0, bins - 1)
    rows, ece = [], 0.0
    for b in range(bins):
        m = idx == b
        if not m.any():
            continue
        conf, acc = float(p[m].mean()), float(y[m].mean())
        ece += m.sum() / len(p) * abs(conf - acc)
        rows.append({"lo": round(float(edges[b]), 2), "hi": round(float(edges[b + 1]), 2), "n": int(m.sum()),
                     "mean_score": round(conf, 3), "observed_rate": round(acc, 3)})
    return {"ece": round(float(ece), 4), "bins": rows}
