"""Encoder fine-tuning on a lent GPU machine, in one bounded call (a script, not a test).

The experiment behind issue 16's "use the GPU for the encoder where it helps on dev": all-MiniLM-L6-v2
fine-tuned with LoRA on the corpora's segment targets (claim + 17 attributes, train split; epoch
kept by dev score: :func:`claims.training.finetune.fine_tune`, exactly what ``claims train
--fine-tune lora`` runs), then the embeddings of every text the heads and evidence model train on,
computed by the fine-tuned encoder on the GPU, so that the CPU here only fits the heads.

    # here: segment the corpora (the GPU machine has no spaCy) and write the float16 base copy
    python benchmarks/device_finetune.py --prepare .dev
    # there, carrying .dev (float16 base + data, under 64 MiB)
    python3 benchmarks/device_finetune.py --data .dev --out $OUT --runs lora8-s0,lora16-s0
    # here: heads over the returned embeddings (cache pre-filled), then dev figures
    python benchmarks/device_finetune.py --heads RUN_DIR --out /tmp/ft-lora8

Each run returns ``RUN_adapter.tar`` (the LoRA adapter and head: ``claims train --fine-tune``'s
``encoder-ft/`` folder) and ``RUN_emb{0,1}.npy`` (float16 halves: the device call returns files
of at most 16 MiB). The texts are not returned: ``.dev/ft_data.json`` here holds them in order.
Status (2026-12-04): run on a lent H200 in two calls (``--runs lora8-s0,lora16-s0``, then
``lora16x8-s0,lora32x8-s0``; 57-88 s per run, 140 s and 175 s per call). Fine-tune dev scores 0.864
(r8, 4 epochs), 0.885 (r16, 5), 0.901 (r16, 8), 0.897 (r32, 8). With heads over lora16x8 it was
much better on the written dev split and much worse on the real-text dev split than the shipped
frozen encoder (docs/evaluation.md, "Rules of labels.md section 4"), so it was not shipped.

Nothing here chooses a run: the caller compares dev figures (``claims eval corpus --split dev``,
``claims eval real --split dev``) against the shipped model.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tarfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# name: (lora rank, learning rate, epochs)
DEVICE = os.environ.get("FT_DEVICE", "cuda")
RUNS = {"smoke": (8, 5e-4, 1), "lora8": (8, 5e-4, 4), "lora16": (16, 5e-4, 5), "lora8hi": (8, 1e-3, 4),
        "lora16x8": (16, 5e-4, 8), "lora32x8": (32, 7e-4, 8)}


class _Recorder:
    """Stands in for the encoder while the training data is built: records the texts, returns
    unit vectors (the heads fitted on them are thrown away)."""

    def __init__(self) -> None:
        self.texts: dict[str, None] = {}

    def encode(self, texts: list[str], show_progress: bool = False) -> Any:
        import numpy as np

        for t in texts:
            self.texts.setdefault(t, None)
        out = np.zeros((len(texts), 384), np.float32)
        out[:, 0] = 1.0
        return out


def prepare(dev_dir: Path) -> None:
    import tempfile

    from benchmarks.device_train import copy_base
    from claims.config import get_settings
    from claims.scoring.encoder import model_path
    from claims.training import heads as H
    from claims.training.finetune import segment_targets

    corpora = get_settings().corpora_dir
    tr_x, tr_y = segment_targets(corpora, "train")
    dv_x, dv_y = segment_targets(corpora, "dev")
    rec = _Recorder()
    # every text the heads and the evidence feature model encode; the cross-encoder and the evidence
    # thresholds are skipped here (their few dev texts are encoded on the CPU later)
    H.fit_cross_encoder = lambda *a, **k: {}  # type: ignore[assignment]
    H.tune_evidence_thresholds = lambda *a, **k: {}  # type: ignore[assignment]
    with tempfile.TemporaryDirectory() as tmp:
        H.train(corpora, Path(tmp), encoder=rec)  # type: ignore[arg-type]
    dev_dir.mkdir(parents=True, exist_ok=True)
    (dev_dir / "ft_data.json").write_text(json.dumps({
        "train": [tr_x, tr_y.tolist()], "dev": [dv_x, dv_y.tolist()], "embed": list(rec.texts)}), encoding="utf-8")
    copy_base(model_path(), dev_dir / "minilm16", "float16")
    print(f"{len(tr_x)} train / {len(dv_x)} dev segments, {len(rec.texts)} texts to embed -> {dev_dir}")


def run_device(data_dir: Path, out: Path, runs: list[str]) -> None:
    import numpy as np

    from benchmarks.device_train import copy_base

    os.environ["CLAIMS_BASE_MODEL_DIR"] = str(copy_base(data_dir / "minilm16", Path("/tmp/base-fp32"), "float32"))
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import torch

    from claims.scoring.finetuned import FineTuneConfig, fine_tuned_encoder
    from claims.taxonomy import ATTRIBUTES
    from claims.training.finetune import _corpus_dev_score, fine_tune

    data = json.loads((data_dir / "ft_data.json").read_text(encoding="utf-8"))
    tr_x, tr_y = data["train"][0], np.array(data["train"][1], np.float32)
    dv_x, dv_y = data["dev"][0], np.array(data["dev"][1], np.float32)
    report: dict[str, Any] = {"gpu": torch.cuda.get_device_name(0) if DEVICE == "cuda" else "cpu", "runs": []}
    for run in runs:
        name, seed = run.rsplit("-s", 1)
        r, lr, epochs = RUNS[name]
        t0 = time.time()
        cfg = FineTuneConfig(epochs=epochs, lr=lr, seed=int(seed), lora=True, lora_r=r, lora_alpha=2 * r,
                             batch_size=32, max_length=128)
        ft = fine_tune(tr_x, tr_y, dv_x, dv_y, ["claim"] + [f"attr:{a}" for a in ATTRIBUTES], cfg,
                       _corpus_dev_score, device=DEVICE, progress=False, log=lambda m: print(m, flush=True))
        folder = Path("/tmp/ft") / run
        ft.save(folder)
        enc = fine_tuned_encoder(folder, DEVICE)
        enc.batch_size = 256
        emb = enc.encode(data["embed"]).astype(np.float16)
        half = len(emb) // 2
        np.save(out / f"{run}_emb0.npy", emb[:half])
        np.save(out / f"{run}_emb1.npy", emb[half:])
        with tarfile.open(out / f"{run}_adapter.tar", "w") as tar:
            tar.add(folder, arcname="encoder-ft")
        report["runs"].append({"run": run, "seconds": round(time.time() - t0, 1), "best_epoch": ft.meta["best_epoch"],
                               "dev_score": ft.meta["best_dev_score"], "history": ft.meta["history"]})
        print(json.dumps(report["runs"][-1]), flush=True)
    (out / "device_finetune.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


def heads(run_dir: Path, run: str, dev_dir: Path, out: Path) -> None:
    """Fit the heads and the evidence model over the fine-tuned embeddings (pre-filled cache)."""
    import numpy as np

    from claims.config import get_settings
    from claims.scoring.cache import text_key
    from claims.scoring.finetuned import fine_tuned_encoder
    from claims.training.heads import train

    with tarfile.open(run_dir / f"{run}_adapter.tar") as tar:
        tar.extractall(out, filter="data")
    texts = json.loads((dev_dir / "ft_data.json").read_text(encoding="utf-8"))["embed"]
    emb = np.vstack([np.load(run_dir / f"{run}_emb0.npy"), np.load(run_dir / f"{run}_emb1.npy")]).astype(np.float32)
    emb /= np.linalg.norm(emb, axis=1, keepdims=True)
    enc = fine_tuned_encoder(out / "encoder-ft", "cpu")
    enc._cache.get_or_compute([text_key(t) for t in texts], lambda idx: emb[idx], 384)
    # the shipped cross-encoder is reused (it reads the base weights, not this encoder)
    evidence = out / "evidence" / "crossenc"
    if not evidence.exists():
        import shutil

        shutil.copytree(get_settings().model_dir / "evidence" / "crossenc", evidence)
    meta = train(get_settings().corpora_dir, out, encoder=enc)
    print(json.dumps({"version": meta["version"], "heads": {k: v["dev_f1"] for k, v in meta["heads"].items()}}))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--prepare", metavar="DIR")
    ap.add_argument("--data", metavar="DIR")
    ap.add_argument("--runs", default="lora8-s0,lora16-s0")
    ap.add_argument("--heads", metavar="RUN_DIR", help="files the device returned")
    ap.add_argument("--run", help="with --heads: which run")
    ap.add_argument("--dev-dir", default=".dev")
    ap.add_argument("--out", required=False)
    args = ap.parse_args()
    if args.prepare:
        prepare(Path(args.prepare))
    elif args.heads:
        heads(Path(args.heads), args.run, Path(args.dev_dir), Path(args.out))
    else:
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        run_device(Path(args.data), out, [r for r in args.runs.split(",") if r])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
