"""Training runs for a lent GPU machine, in one bounded call (a script, not a test).

    python benchmarks/device_train.py --out OUT [--budget-s 480] [--cross-configs top2,top6]
        [--cross-seeds 5] [--env-runs e2-s1,e4-s0,...] [--smoke]

It trains, in this order, until ``--budget-s`` seconds have passed (a job that would start later
is skipped and listed as such in ``OUT/device_train.json``):

1. cross-encoders for review evidence (``claims.crossenc``), one per seed, for each
   configuration in ``--cross-configs`` (``top2``: the default, LoRA on the top 2 layers;
   ``top6``: LoRA on all 6), on the corpora's train split with the epoch kept by the dev pair F1,
   exactly as ``claims train --only evidence --cross train --cross-seeds N --device cuda`` does;
   saved to ``OUT/cross/<config>/s<seed>/``;
2. with ``--distil-mixes``, one student per mix distilled from the ``--teacher`` ensemble
   (``claims train --only evidence --cross distil``; its train-pair probabilities are computed
   there once), saved to ``OUT/distil/m<mix>/s0/``;
3. environmental-claims fine-tuned runs (``claims.benchmarks.environmental_claims``, benchmark
   only: CC BY-NC-SA data), each as ``minilm-ft-v2-e<epochs>-s<seed>`` under ``OUT/envclaims/``
   (``probs.json`` and ``meta.json`` only: the benchmark's ensemble reads the probabilities).

Nothing here chooses between the results: the caller copies them back and chooses on dev
(``claims train --only evidence --cross reuse``; ``claims eval environmental-claims``).

The base weights travel as a float16 copy (the device call carries at most 64 MiB) and are cast
back to float32 there before anything loads them (``--base-fp16 DIR``); each cross-encoder's dev
probabilities are saved (``dev_probs.npy``) so the caller can check them against the float32
package weights on the CPU. The GPU machine has no spaCy, so the train/dev pairs are segmented
beforehand. The steps used on 2026-11-26:

    # here (the folder is ignored: echo /.dev/ >> .git/info/exclude)
    python benchmarks/device_train.py --out /tmp/x --prepare-base .dev/minilm16 --prepare-pairs .dev/pairs.json
    cp -r ../shared/data/environmental_claims .dev/shared/data/
    # on the device machine, carrying .dev
    CLAIMS_SHARED_DIR=$PWD/.dev/shared python3 benchmarks/device_train.py --out /tmp/r1 \
        --base-fp16 .dev/minilm16 --pairs .dev/pairs.json --cross-configs top2 --env-runs e2-s1,...
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CROSS_CONFIGS = {"top2": 2, "top6": 6}  # name: transformer layers adapted (n_top)


def copy_base(src: Path, out_dir: Path, dtype: str) -> Path:
    """A copy of the base-model folder ``src`` with its floating-point weights cast to ``dtype``
    (``float16``: the 45 MB copy that travels; ``float32``: that copy cast back up). Tokenizer and
    configs are copied as they are; the model card and data config are left out."""
    import torch
    from safetensors.torch import load_file, save_file

    if out_dir.exists():
        shutil.rmtree(out_dir)
    shutil.copytree(src, out_dir, ignore=shutil.ignore_patterns("model.safetensors", "README.md",
                                                                 "data_config.json"))
    to = getattr(torch, dtype)
    weights = load_file(str(src / "model.safetensors"))
    save_file({k: v.to(to) if v.is_floating_point() else v for k, v in weights.items()},
              str(out_dir / "model.safetensors"), metadata={"format": "pt"})
    return out_dir


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--budget-s", type=float, default=480.0)
    ap.add_argument("--base-fp16", help="float16 copy of the base model folder (cast back to float32 first)")
    ap.add_argument("--cross-configs", default="top2,top6")
    ap.add_argument("--cross-seeds", type=int, default=5)
    ap.add_argument("--env-runs", default="", help="comma-separated e<epochs>-s<seed> runs of environmental-claims")
    ap.add_argument("--distil-mixes", default="",
                    help="comma-separated mixes: one student per mix distilled from the ensemble in --teacher "
                         "(claims train --only evidence --cross distil --distil-mix W), in OUT/distil/m<W>/s0/")
    ap.add_argument("--teacher", default=str(ROOT / "models" / "evidence" / "crossenc"),
                    help="the seed ensemble the students learn from (default: the shipped one)")
    ap.add_argument("--device", default="auto")
    ap.add_argument("--smoke", action="store_true", help="1 epoch, 1 seed, 2 env-claims runs at most (CPU check)")
    ap.add_argument("--pairs", help="train/dev pairs written by --prepare-pairs (no segmentation on the device)")
    ap.add_argument("--prepare-pairs", metavar="FILE", help="write the train/dev pairs of the corpora to FILE, exit")
    ap.add_argument("--prepare-base", metavar="DIR", help="write a float16 copy of the base model to DIR, exit")
    args = ap.parse_args()
    t0 = time.time()
    if args.prepare_base:
        from claims.scoring.encoder import model_path

        copy_base(model_path(), Path(args.prepare_base), "float16")
    if args.prepare_pairs:
        from claims.training import corpus
        from claims.training.crossenc import training_pairs
        from claims.training.evidence import DevPairs

        corpora = ROOT / "corpora"
        Path(args.prepare_pairs).write_text(json.dumps({
            "dev": DevPairs(corpus.load(corpora, "reviews", "dev")).to_json(),
            "train": training_pairs(corpora, "train")}), encoding="utf-8")
    if args.prepare_base or args.prepare_pairs:
        return 0
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    if args.base_fp16:
        os.environ["CLAIMS_BASE_MODEL_DIR"] = str(copy_base(Path(args.base_fp16), Path("/tmp/base-fp32"), "float32"))
    os.environ.setdefault("CLAIMS_CACHE_DIR", str(out / "cache"))
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from claims.config import get_settings
    from claims.evaluation.benchmarks import environmental_claims as ec
    from claims.scoring.finetuned import resolve_device
    from claims.training import corpus
    from claims.training.crossenc import training_pairs
    from claims.training.evidence import DevPairs, train_cross_member

    device = resolve_device(args.device)
    report: dict = {"device": device, "jobs": [], "skipped": []}
    import numpy as np
    import torch

    if device == "cuda":
        report["gpu"] = torch.cuda.get_device_name(0)

    def budget_left() -> bool:
        return time.time() - t0 < args.budget_s

    corpora = get_settings().corpora_dir
    if args.pairs:  # segmented here beforehand (--prepare-pairs): the GPU machine has no spaCy
        data = json.loads(Path(args.pairs).read_text(encoding="utf-8"))
        dev, train = DevPairs.from_json(data["dev"]), tuple(data["train"])
    else:
        dev, train = DevPairs(corpus.load(corpora, "reviews", "dev")), training_pairs(corpora, "train")
    seeds = 1 if args.smoke else args.cross_seeds
    for name in [c for c in args.cross_configs.split(",") if c]:
        for seed in range(seeds):
            if not budget_left():
                report["skipped"].append(f"cross {name} s{seed}")
                continue
            te = time.time()
            command = (f"claims train --only evidence --cross-seeds {seeds} --cross-top-layers {CROSS_CONFIGS[name]} "
                       "--device cuda")
            cross = train_cross_member(train, dev, corpora, seed, 1 if args.smoke else 0, device,
                                       lambda m: print(m, flush=True), command, out / "cross" / name / f"s{seed}",
                                       CROSS_CONFIGS[name])
            P = cross.predict_proba(dev.claims, dev.statements)
            np.save(out / "cross" / name / f"s{seed}" / "dev_probs.npy", P)  # to compare on the float32 base
            report["jobs"].append({"job": f"cross {name} s{seed}", "seconds": round(time.time() - te, 1),
                                   "best_epoch": cross.meta["best_epoch"], "dev_f1_alone": dev.best_f1(P)[0]})
            print(report["jobs"][-1], flush=True)
    mixes = [float(m) for m in args.distil_mixes.split(",") if m]
    if mixes:
        from claims.evidence.crossenc import CrossEncoder
        from claims.training.crossenc import soft_targets

        te = time.time()
        teacher = CrossEncoder.load(Path(args.teacher))
        T = teacher.predict_proba(train[0], train[1], batch_size=256) if teacher is not None else None
        report["teacher_seconds"] = round(time.time() - te, 1)
        if T is not None:
            np.save(out / "teacher_train_probs.npy", T)
        for mix in mixes:
            if T is None or not budget_left():
                report["skipped"].append(f"distil m{mix}")
                continue
            te = time.time()
            command = f"claims train --only evidence --cross distil --distil-mix {mix} --device cuda"
            cross = train_cross_member(train, dev, corpora, 0, 1 if args.smoke else 0, device,
                                       lambda m: print(m, flush=True), command, out / "distil" / f"m{mix}" / "s0",
                                       soft=soft_targets(T, train[2], mix),
                                       extra_meta={"distil": {"teacher": args.teacher, "mix": mix,
                                                              "teacher_seeds": teacher.meta.get("seeds")}})
            P = cross.predict_proba(dev.claims, dev.statements)
            np.save(out / "distil" / f"m{mix}" / "s0" / "dev_probs.npy", P)
            report["jobs"].append({"job": f"distil m{mix}", "seconds": round(time.time() - te, 1),
                                   "best_epoch": cross.meta["best_epoch"], "dev_f1_alone": dev.best_f1(P)[0]})
            print(report["jobs"][-1], flush=True)
    runs = [r for r in args.env_runs.split(",") if r][: 2 if args.smoke else None]
    for run in runs:
        if not budget_left():
            report["skipped"].append(f"envclaims {run}")
            continue
        epochs, seed = (int(x[1:]) for x in run.split("-"))
        te = time.time()
        res = ec.fine_tuned_probs(seed, 1 if args.smoke else epochs, device, retrain=True,
                                  log=lambda m: print(m, flush=True))
        cache = Path(res["cache"])
        dest = out / "envclaims" / f"minilm-ft-{ec.FT_VERSION}-e{epochs}-s{seed}"
        dest.mkdir(parents=True, exist_ok=True)
        for f in ("probs.json", "meta.json"):
            shutil.copy(cache / f, dest / f)
        report["jobs"].append({"job": f"envclaims {run}", "seconds": round(time.time() - te, 1),
                               "best_epoch": res["meta"].get("best_epoch"),
                               "dev_f1": round(ec.best_f1_threshold_f1(np.array(res["dev"]), ec.load("dev")[1]), 4)})
        print(report["jobs"][-1], flush=True)
    shutil.rmtree(out / "cache", ignore_errors=True)
    report["seconds"] = round(time.time() - t0, 1)
    (out / "device_train.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
