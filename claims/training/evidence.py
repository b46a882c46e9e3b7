"""Training the evidence model: the feature model, the cross-encoders and the thresholds chosen on dev."""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any

import numpy as np

from claims.evaluation.metrics import prf
from claims.evidence.model import most_contradicting, review_readings
from claims.scoring.analyzer import featurize
from claims.scoring.encoder import DIM, Encoder
from claims.scoring.heads import Heads
from claims.text.certifications import Registry, default_registry
from claims.training import corpus

_log = logging.getLogger(__name__)


class DevPairs:
    """Labelled claim/review pairs read statement by statement as scoring reads them, and the
    pair-level contradiction F1 of reading probabilities at their best threshold on a fixed grid
    (how the pair models' weights and thresholds are chosen on dev)."""

    GRID = np.round(np.arange(0.3, 0.901, 0.025), 3)

    def __init__(self, rows: list[dict[str, Any]]):
        self.gold = np.array([r["label"] == "contradict" for r in rows])
        self.claims, self.statements, self.sizes = review_readings([r["claim"] for r in rows],
                                                                   [r["review"] for r in rows])

    def to_json(self) -> dict[str, Any]:
        return {"gold": self.gold.tolist(), "claims": self.claims, "statements": self.statements, "sizes": self.sizes}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DevPairs:
        """The readings as :meth:`to_json` wrote them (no segmentation needed: no spaCy)."""
        dev = cls([])
        dev.gold = np.array(data["gold"], bool)
        dev.claims, dev.statements, dev.sizes = data["claims"], data["statements"], list(data["sizes"])
        return dev

    def best_f1(self, P: np.ndarray) -> tuple[float, float]:
        """(F1, threshold) of the pairs' most contradicting reading in ``P`` (readings x 3)."""
        from claims.evaluation.metrics import prf

        q = most_contradicting(P, self.sizes)[:, 2]
        return max((round(prf(q >= t, self.gold)[2], 4), float(t)) for t in self.GRID)


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
    from claims.evidence.pairs import NOT_CONTRADICT, PAIR_LABELS, review_spans
    from claims.text.prep import listing_segments

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
                   log: Any = _log.info) -> dict[str, Any]:
    """Fit the pair model on the train split; choose C and the pair-level threshold on the dev
    split's claim/review pairs, read statement by statement as scoring does."""
    from sklearn.linear_model import LogisticRegression

    from claims.evidence.model import EvidenceModel, review_pair_probs
    from claims.evidence.pairs import NOT_CONTRADICT, PAIR_LABELS, pair_features

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
                       epochs: int, device: str, log: Any, command: str, target: Path, n_top: int = 0,
                       soft: np.ndarray | None = None, extra_meta: dict[str, Any] | None = None) -> Any:
    """One cross-encoder (``seed``) trained on ``train_pairs`` (:func:`claims.crossenc.training_pairs`
    of ``corpora_dir``; on the ``soft`` targets when given: distillation), its epoch kept by ``dev``
    (:class:`claims.evidence.DevPairs`) pair F1, saved to ``target`` with its provenance."""
    from claims.evidence.crossenc import CrossConfig
    from claims.training.crossenc import train_cross_encoder

    cfg = CrossConfig(seed=seed)
    if epochs:
        cfg.epochs = epochs
    if n_top:
        cfg.n_top = n_top
    cross = train_cross_encoder(train_pairs, (dev.claims, dev.statements), lambda P: dev.best_f1(P)[0], cfg, log,
                                device, soft)
    cross.meta.update(extra_meta or {})
    cross.meta.update(command=command, seed=seed,
                      data=sorted(p.name for p in (corpora_dir / "reviews").glob("*.jsonl")) + ["listings (train)"],
                      trained_at=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()))
    cross.save(target)
    return cross


DISTIL_MIX = 0.5  # weight of the teacher's probabilities in the student's targets (the rest: the gold)


def _check_teacher(teacher: Path) -> None:
    """Raise FileNotFoundError unless ``teacher`` holds a seed ensemble (two members or more)."""
    if sum((d / "meta.json").exists() for d in teacher.glob("s*")) < 2:
        raise FileNotFoundError(f"--cross distil needs a seed ensemble (s0/, s1/, ...) to learn from in {teacher}")


def distil_cross_member(corpora_dir: Path, teacher_dir: Path, dev: Any, target: Path, seed: int = 0,
                        mix: float = DISTIL_MIX, epochs: int = 0, device: str = "cpu", log: Any = _log.info,
                        teacher_name: str | None = None) -> Any:
    """One cross-encoder (the student) trained on the train pairs with soft targets: ``mix`` x the
    averaged probabilities of the seed ensemble in ``teacher_dir`` + (1 - ``mix``) x the gold
    (:func:`claims.training.crossenc.soft_targets`); same configuration as a member, epoch kept by
    the ``dev`` pair F1; saved to ``target`` (a single member, ``crossenc/s0/``). ``teacher_name``:
    how its provenance names the teacher (default: ``teacher_dir``)."""
    from claims.evidence.crossenc import CrossEncoder, CrossEnsemble
    from claims.training.crossenc import soft_targets, training_pairs

    teacher = CrossEncoder.load(teacher_dir)
    if not isinstance(teacher, CrossEnsemble) or len(teacher.members) < 2:
        raise FileNotFoundError(f"--cross distil needs a seed ensemble (s0/, s1/, ...) in {teacher_dir} to learn from")
    pairs = training_pairs(corpora_dir, "train")
    t0 = time.time()
    T = teacher.predict_proba(pairs[0], pairs[1])
    teacher_s = round(time.time() - t0, 1)
    log(f"  distil: the {len(teacher.members)}-member teacher read {len(pairs[0])} train pairs in {teacher_s} s; "
        f"targets {mix} x teacher + {1 - mix:g} x gold")
    teacher_seeds = teacher.meta["seeds"]
    del teacher
    command = f"claims train --only evidence --cross distil --distil-mix {mix}" + (
        f" --cross-epochs {epochs}" if epochs else "") + (f" --device {device}" if device != "cpu" else "")
    distil = {"teacher": teacher_name or str(teacher_dir), "teacher_seeds": teacher_seeds, "mix": mix,
              "teacher_seconds": teacher_s}
    return train_cross_member(pairs, dev, corpora_dir, seed, epochs, device, log, command, target,
                              soft=soft_targets(T, pairs[2], mix), extra_meta={"distil": distil})


def fit_cross_encoder(corpora_dir: Path, out_dir: Path, encoder: Encoder, seed: int = 0, log: Any = _log.info,
                      mode: str = "train", reuse_from: Path | None = None, epochs: int = 0, seeds: int = 1,
                      device: str = "cpu", n_top: int = 0, distil_mix: float = DISTIL_MIX,
                      teacher_dir: Path | None = None) -> dict[str, Any]:
    """The cross-encoder half of the evidence model (``out_dir/evidence/crossenc``) and how it is
    combined with the feature model already in ``out_dir/evidence``.

    ``mode``: ``train`` fits it on the train split (epoch chosen on the dev pairs; with ``seeds`` > 1
    one per seed, averaged, in ``crossenc/s<seed>/``); ``distil`` trains one student
    (``crossenc/s0/``) on the probabilities of the seed ensemble in ``teacher_dir/evidence/crossenc``
    (default: ``reuse_from``'s, else ``out_dir``'s; it is read before anything is removed) mixed
    with the gold (``distil_mix``, :func:`distil_cross_member`); ``reuse`` keeps
    the adapter in ``out_dir/evidence/crossenc`` (or copies the one in ``reuse_from``); ``none``
    removes it (feature model only). Then the weight of the cross-encoder in the averaged
    probabilities, the cheap filter (``cross_min``) and the pair threshold are chosen on the dev
    claim/review pairs, read statement by statement as scoring does."""
    import shutil
    import tempfile

    from claims.evidence.crossenc import CrossEncoder, CrossEnsemble, saved_in
    from claims.evidence.model import EvidenceModel, reading_probs, with_cross
    from claims.training.crossenc import training_pairs
    from claims.training.evidence import DevPairs

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
    elif mode == "distil":
        t0 = time.time()
        teacher = (teacher_dir or reuse_from or out_dir) / "evidence" / "crossenc"
        _check_teacher(teacher)
        from claims.config import PROJECT_DIR

        root, where = PROJECT_DIR.resolve(), teacher.resolve()
        name = str(where.relative_to(root) if where.is_relative_to(root) else teacher)
        with tempfile.TemporaryDirectory(prefix="claims-teacher-") as tmp:
            if teacher.resolve() == target.resolve() and saved_in(target):  # the student replaces its teacher
                teacher = Path(shutil.copytree(target, Path(tmp) / "crossenc"))
            if target.exists():
                shutil.rmtree(target)
            student = distil_cross_member(corpora_dir, teacher, dev, target / f"s{seed}", seed, distil_mix, epochs,
                                          device, log, name)
        cross = CrossEnsemble([student])
        info.update(trained_seconds=round(time.time() - t0, 1), distil=student.meta["distil"])
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
                             log: Any = _log.info) -> dict[str, float]:
    """Pick the listing-level contradiction thresholds on the dev listings: pair-level thresholds
    over-fire on listings, where every claim meets every review statement. The candidates and
    probabilities are computed once; each threshold pair is then a cheap re-selection."""
    from dataclasses import replace

    from claims.config import get_settings
    from claims.evidence.model import EvidenceModel, pick_contradictions
    from claims.scoring.analyzer import Analyzer

    settings = replace(get_settings(), corpora_dir=corpora_dir)
    evidence = EvidenceModel.load(model_dir / "evidence")
    assert evidence is not None
    analyzer = Analyzer(Heads.load(model_dir / "heads"), encoder, registry, settings, None)
    listings = [corpus.strip_labels(x) for x in corpus.load(corpora_dir, "listings", "dev")]
    gold = np.array(["CONTRADICTED" in x.get("findings", []) for x in corpus.load(corpora_dir, "listings", "dev")])
    analyzer.evidence = evidence
    inputs = []
    feats = featurize(listings, encoder, registry, settings.max_segment_chars)
    preds = analyzer.predict(listings, feats, with_evidence=False)
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


def train_evidence_only(corpora_dir: Path, out_dir: Path, seed: int = 0, log: Any = _log.info,
                        encoder: Encoder | None = None, registry: Registry | None = None,
                        cross: str = "train", reuse_from: Path | None = None, cross_epochs: int = 0,
                        cross_seeds: int = 1, device: str = "cpu", cross_top_layers: int = 0,
                        distil_mix: float = DISTIL_MIX, teacher_dir: Path | None = None) -> dict[str, Any]:
    """``claims train --only evidence``: retrain the pair model and its thresholds against the
    heads already in ``out_dir`` (which are read, never written). ``cross``: ``train`` the
    cross-encoder too, ``distil`` one student from the ensemble in ``teacher_dir`` (default
    ``reuse_from``), ``reuse`` the adapter already there (or in ``reuse_from``), or ``none``."""
    if not (out_dir / "heads" / "meta.json").exists():
        raise FileNotFoundError(f"no heads in {out_dir / 'heads'}: train them first (claims train)")
    if cross == "distil":
        _check_teacher((teacher_dir or reuse_from or out_dir) / "evidence" / "crossenc")  # before anything is written
    t0 = time.time()
    encoder = encoder or Encoder()
    registry = registry or default_registry()
    train_evidence(corpora_dir, out_dir, encoder, seed, log)
    meta = fit_cross_encoder(corpora_dir, out_dir, encoder, seed, log, cross, reuse_from, cross_epochs, cross_seeds,
                             device, cross_top_layers, distil_mix, teacher_dir)
    meta["thresholds"] = tune_evidence_thresholds(out_dir, corpora_dir, encoder, registry, log)
    log(f"saved {out_dir / 'evidence'} in {round(time.time() - t0, 1)} s")
    return meta
