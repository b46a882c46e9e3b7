"""Extra metrics of ``claims eval corpus`` beyond ../shared/tools/listing_metrics.py: per-label
attribute P/R/F1, per-code F1, bootstrap CIs, calibration of the risk score, invariance of the
risk score to the category and brand, and the TF-IDF / frozen-embedding baselines at listing level.

The point metrics here are re-implemented in-process so they can be bootstrapped; a test checks
that they equal listing_metrics.py's numbers on the same files.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from claims.evaluation.metrics import reliability
from claims.taxonomy import ATTRIBUTES, CODE_NAMES, LEVELS

RISKY = ("medium", "high")  # the event the risk score is calibrated against


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _pred_attrs(p: dict[str, Any]) -> set[str]:
    return {a["label"] for a in p.get("eco_attributes", [])}


def _pred_codes(p: dict[str, Any]) -> set[str]:
    return {f["code"] for f in (p.get("greenwashing") or {}).get("findings", [])}


def _prf(tp: float, fp: float, fn: float) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def point_metrics(gold: Sequence[dict[str, Any]], pred: Sequence[dict[str, Any]]) -> dict[str, float]:
    """attr micro-F1, level macro-F1 and accuracy, high recall, code micro-F1 (as listing_metrics.py)."""
    tp = fp = fn = ctp = cfp = cfn = 0
    for g, p in zip(gold, pred, strict=True):
        G, P = set(g["eco_attributes"]), _pred_attrs(p)
        tp, fp, fn = tp + len(G & P), fp + len(P - G), fn + len(G - P)
        GC = {c for c in g["findings"] if c != "UNVERIFIED_CERTIFICATION"}
        PC = _pred_codes(p) - {"UNVERIFIED_CERTIFICATION"}
        ctp, cfp, cfn = ctp + len(GC & PC), cfp + len(PC - GC), cfn + len(GC - PC)
    gl = [g["risk_level"] for g in gold]
    pl = [(p.get("greenwashing") or {}).get("level") for p in pred]
    per = {L: _prf(sum(a == L == b for a, b in zip(gl, pl, strict=True)),
                   sum(b == L != a for a, b in zip(gl, pl, strict=True)),
                   sum(a == L != b for a, b in zip(gl, pl, strict=True))) for L in LEVELS}
    return {"attr_micro_f1": _prf(tp, fp, fn)[2], "level_macro_f1": sum(v[2] for v in per.values()) / len(LEVELS),
            "level_accuracy": float(np.mean([a == b for a, b in zip(gl, pl, strict=True)])) if gl else 0.0,
            "high_recall": per["high"][1], "code_micro_f1": _prf(ctp, cfp, cfn)[2]}


def with_ci(gold: list[dict[str, Any]], pred: list[dict[str, Any]], rounds: int = 1000,
            seed: int = 0) -> dict[str, Any]:
    """Bootstrap 95% CIs (resampling listings) of :func:`point_metrics`."""
    rng = np.random.default_rng(seed)
    n = len(gold)
    samples = []
    for _ in range(rounds):
        idx = rng.integers(0, n, n)
        samples.append(point_metrics([gold[i] for i in idx], [pred[i] for i in idx]))
    out = {}
    for k in samples[0]:
        lo, hi = np.quantile([s[k] for s in samples], [0.025, 0.975])
        out[k] = [round(float(lo), 3), round(float(hi), 3)]
    return out


def _per_class(names: Sequence[str], gold_sets: list[set[str]], pred_sets: list[set[str]]) -> dict[str, dict[str, Any]]:
    out = {}
    for c in names:
        tp = sum(c in g and c in p for g, p in zip(gold_sets, pred_sets, strict=True))
        fp = sum(c not in g and c in p for g, p in zip(gold_sets, pred_sets, strict=True))
        fn = sum(c in g and c not in p for g, p in zip(gold_sets, pred_sets, strict=True))
        pr, rc, f = _prf(tp, fp, fn)
        out[c] = {"precision": round(pr, 3), "recall": round(rc, 3), "f1": round(f, 3), "support": tp + fn}
    return out


def per_label(gold: Sequence[dict[str, Any]], pred: Sequence[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Precision/recall/F1 and support per attribute label."""
    return _per_class(ATTRIBUTES, [set(g["eco_attributes"]) for g in gold], [set(_pred_attrs(p)) for p in pred])


def per_code(gold: Sequence[dict[str, Any]], pred: Sequence[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Precision/recall/F1 and support per finding code."""
    return _per_class(CODE_NAMES, [set(g["findings"]) for g in gold], [set(_pred_codes(p)) for p in pred])


def calibration(gold: Sequence[dict[str, Any]], pred: Sequence[dict[str, Any]], bins: int = 10) -> dict[str, Any]:
    """The risk score read as P(gold level is medium or high): expected calibration error + bins."""
    p = np.array([float((r.get("greenwashing") or {}).get("score", 0.0)) for r in pred])
    y = np.array([g["risk_level"] in RISKY for g in gold], float)
    out = reliability(p, y, bins)
    out["event"] = "gold risk_level in {medium, high}"
    return out


def invariance(analyzer: Any, listings: list[dict[str, Any]], categories: list[str],
               brands: list[str]) -> dict[str, Any]:
    """Score each listing again under every category and brand given (same text): the spread of
    the risk score and how often the level changes. Same claim, same risk is the target."""
    variants, owner = [], []
    for i, x in enumerate(listings):
        for c in categories:
            variants.append(dict(x, id=f"{x['id']}|c={c}", category=c))
            owner.append(i)
        for b in brands:
            variants.append(dict(x, id=f"{x['id']}|b={b}", brand=b))
            owner.append(i)
    res: list[dict[str, Any]] = []
    for k in range(0, len(variants), 128):
        res.extend(analyzer.score(variants[k: k + 128]))
    scores: dict[int, list[float]] = {}
    levels: dict[int, set[str]] = {}
    for i, r in zip(owner, res, strict=True):
        scores.setdefault(i, []).append(r["greenwashing"]["score"])
        levels.setdefault(i, set()).add(r["greenwashing"]["level"])
    spreads = np.array([max(v) - min(v) for v in scores.values()]) if scores else np.zeros(1)
    return {"listings": len(listings), "variants_per_listing": len(categories) + len(brands),
            "score_spread_mean": round(float(spreads.mean()), 4), "score_spread_max": round(float(spreads.max()), 4),
            "level_changed_share": round(float(np.mean([len(v) > 1 for v in levels.values()])), 4) if levels else 0.0}


# ----------------------------------------------------------------------------- listing-level baselines

def _listing_text(x: dict[str, Any]) -> str:
    return f"{x.get('title', '')}\n{x.get('description', '')}"


def text_baselines(train: list[dict[str, Any]], dev: list[dict[str, Any]], test: list[dict[str, Any]],
                   encoder: Any, seed: int = 0) -> dict[str, list[dict[str, Any]]]:
    """TF-IDF + linear SVM and frozen-embedding + LR over the listing text: one-vs-rest per
    attribute and a 4-class level model, C chosen on dev (attribute micro-F1, level macro-F1).
    Returns result rows (no findings) per baseline, for listing_metrics.py."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import f1_score
    from sklearn.svm import LinearSVC

    texts = {k: [_listing_text(x) for x in v] for k, v in (("train", train), ("dev", dev), ("test", test))}
    A = {k: np.array([[int(a in x.get("eco_attributes", [])) for a in ATTRIBUTES] for x in v])
         for k, v in (("train", train), ("dev", dev), ("test", test))}
    L = {k: np.array([LEVELS.index(x["risk_level"]) for x in v]) for k, v in (("train", train), ("dev", dev))}
    vec = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1)
    feats = {"tfidf_svm": {"train": vec.fit_transform(texts["train"])}, "embedding_lr": {}}
    for k in ("dev", "test"):
        feats["tfidf_svm"][k] = vec.transform(texts[k])
    for k in ("train", "dev", "test"):
        feats["embedding_lr"][k] = encoder.encode(texts[k])

    def make(name: str, C: float) -> Any:
        return LinearSVC(C=C, random_state=seed) if name == "tfidf_svm" else \
            LogisticRegression(C=C, max_iter=3000, random_state=seed)

    out: dict[str, list[dict[str, Any]]] = {}
    for name, F in feats.items():
        best_attr: tuple[float, Any] = (-1.0, None)
        for C in (0.1, 0.3, 1.0, 3.0, 10.0):
            cols = []
            for j in range(len(ATTRIBUTES)):
                y = A["train"][:, j]
                cols.append(make(name, C).fit(F["train"], y) if 0 < y.sum() < len(y) else int(y[0]))
            pdv = np.column_stack([np.full(len(dev), c) if isinstance(c, int) else c.predict(F["dev"]) for c in cols])
            f = f1_score(A["dev"], pdv, average="micro", zero_division=0)
            if f > best_attr[0]:
                best_attr = (f, cols)
        best_lvl: tuple[float, Any] = (-1.0, None)
        for C in (0.1, 0.3, 1.0, 3.0, 10.0):
            m = make(name, C).fit(F["train"], L["train"])
            f = f1_score(L["dev"], m.predict(F["dev"]), average="macro")
            if f > best_lvl[0]:
                best_lvl = (f, m)
        cols, lvl = best_attr[1], best_lvl[1]
        pat = np.column_stack([np.full(len(test), c) if isinstance(c, int) else c.predict(F["test"]) for c in cols])
        plv = lvl.predict(F["test"])
        out[name] = [{"id": x["id"],
                      "eco_attributes": [{"label": a, "score": 1.0}
                                         for a, on in zip(ATTRIBUTES, row, strict=True) if on],
                      "claims": [], "greenwashing": {"level": LEVELS[int(lv)], "findings": [],
                                                     "score": [0.05, 0.25, 0.5, 0.85][int(lv)]},
                      "eco_score": 0.0, "model_version": name}
                     for x, row, lv in zip(test, pat, plv, strict=True)]
    return out


def extend(result: dict[str, Any], analyzer: Any, split: str, workdir: Path, settings: Any, seed: int = 0,
           invariance_brands: Sequence[str] = ("Acme", "GreenLeaf Co", "Northway Basics")) -> dict[str, Any]:
    """Add to :func:`claims.evaluate.evaluate_corpus`'s result (files in ``workdir``): per-label and
    per-code F1, bootstrap CIs, calibration, category/brand invariance and the text baselines."""
    from claims.evaluation.evaluate import listing_metrics
    from claims.training import corpus

    gold = read_jsonl(workdir / f"{split}.gold.jsonl")
    pred = read_jsonl(workdir / f"{split}.out.jsonl")
    kw = read_jsonl(workdir / f"{split}.keyword.jsonl")
    m = result["model"]
    m["ci95"] = with_ci(gold, pred, seed=seed)
    m["per_label"] = per_label(gold, pred)
    m["per_code"] = per_code(gold, pred)
    m["calibration"] = calibration(gold, pred)
    result["keyword_baseline"]["per_label"] = per_label(gold, kw)
    result["keyword_baseline"]["ci95"] = with_ci(gold, kw, seed=seed)
    listings = corpus.load(settings.corpora_dir, "listings", split)
    cats = sorted({str(x.get("category")) for x in corpus.load(settings.corpora_dir, "listings") if x.get("category")})
    m["invariance"] = invariance(analyzer, [corpus.strip_labels(x) for x in listings], cats, list(invariance_brands))
    base = text_baselines(corpus.load(settings.corpora_dir, "listings", "train"),
                          corpus.load(settings.corpora_dir, "listings", "dev"), listings, analyzer.encoder, seed)
    for name, rows in base.items():
        path = workdir / f"{split}.{name}.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        res = listing_metrics(workdir / f"{split}.gold.jsonl", path, settings)
        res["per_label"] = per_label(gold, rows)
        res["ci95"] = with_ci(gold, rows, seed=seed)
        result[f"{name}_baseline"] = res
    return result
