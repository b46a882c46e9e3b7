"""``claims train``: the heads, the evidence model, or a fine-tuned encoder, from corpora/."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from claims.config import get_settings

# claims.training.decisions.DEFAULT_WEIGHT, not imported here (no training import at start-up)
DEFAULT_DECISION_WEIGHT = 2.0


def _cmd_train(args: argparse.Namespace) -> int:
    from claims.training.heads import train

    settings = get_settings()
    out = Path(args.out) if args.out else settings.model_dir
    if getattr(args, "only", None) == "evidence":
        from claims.training.evidence import train_evidence_only

        if not 0.0 <= args.distil_mix <= 1.0:
            print(f"claims train: error: --distil-mix must be within [0, 1], not {args.distil_mix}", file=sys.stderr)
            return 2
        try:
            train_evidence_only(Path(args.corpora) if args.corpora else settings.corpora_dir, out, seed=args.seed,
                                cross=args.cross, reuse_from=settings.model_dir, cross_epochs=args.cross_epochs,
                                cross_seeds=args.cross_seeds, device=args.device,
                                cross_top_layers=args.cross_top_layers, distil_mix=args.distil_mix,
                                teacher_dir=Path(args.cross_teacher) if args.cross_teacher else None)
        except FileNotFoundError as e:
            print(f"claims train: error: {e}", file=sys.stderr)
            return 2
        return 0
    if getattr(args, "fine_tune", None):
        from claims.cli.train import fine_tune_command

        return fine_tune_command(args, Path(args.corpora) if args.corpora else settings.corpora_dir)
    if getattr(args, "decisions", None) or getattr(args, "heads_only", False):
        return _train_with_decisions(args, Path(args.corpora) if args.corpora else settings.corpora_dir, out,
                                     settings.model_dir)
    train(Path(args.corpora) if args.corpora else settings.corpora_dir, out, seed=args.seed)
    return 0


def _train_with_decisions(args: argparse.Namespace, corpora_dir: Path, out: Path, model_dir: Path) -> int:
    """``claims train --decisions EXPORT.jsonl [--decision-weight W] [--heads-only]``."""
    import shutil

    from claims.training.decisions import MalformedExport, read_decisions, write_rejects
    from claims.training.heads import train

    weight = args.decision_weight
    if not weight > 0:
        print(f"claims train: error: --decision-weight must be above 0, not {weight}", file=sys.stderr)
        return 2
    decision_set = None
    if args.decisions:
        path = Path(args.decisions)
        try:
            decision_set = read_decisions(path)
        except MalformedExport as e:
            print(f"claims train: error: {e}", file=sys.stderr)
            return 2
        except OSError as e:
            print(f"claims train: error: {path}: {e.strerror or e}", file=sys.stderr)
            return 2
        rejects = out / "decisions.rejects.jsonl"
        if decision_set.rejects:
            write_rejects(decision_set.rejects, rejects)
            print(f"{len(decision_set.rejects)} of {decision_set.lines} decisions rejected (reasons in {rejects})",
                  file=sys.stderr)
        elif rejects.exists():
            rejects.unlink()  # from an earlier run: it would describe another export
        if not decision_set.decisions:
            print(f"claims train: error: {path}: no usable decision ({decision_set.lines} lines, "
                  f"{len(decision_set.rejects)} rejected)", file=sys.stderr)
            return 2
    if args.heads_only and out.resolve() != model_dir.resolve() and not (out / "evidence").exists() \
            and (model_dir / "evidence").is_dir():
        shutil.copytree(model_dir / "evidence", out / "evidence")  # the evidence model is kept as it is
    from claims.scoring.policy import RiskPolicy

    # the apply-side policy tuned for the current model (benchmarks/tune_policy.py) is kept
    policy = RiskPolicy.load(out / "heads") if (out / "heads" / "meta.json").exists() \
        else RiskPolicy.load(model_dir / "heads")
    encoder = None
    if args.embedding_cache:
        from claims.training.embcache import DiskCachedEncoder

        encoder = DiskCachedEncoder(Path(args.embedding_cache))
    meta = train(corpora_dir, out, seed=args.seed, decision_set=decision_set, decision_weight=weight,
                 evidence=not args.heads_only, policy=policy, encoder=encoder)
    if encoder is not None:
        encoder.save()
    d = meta.get("decisions")
    used = (f"; decisions: {d['used']} used ({d['rows']} segment rows, weight {d['weight']}), "
            f"{d['deduplicated']} deduplicated, {d['rejected']} rejected, sha256 {d['sha256'][:12]}") if d else ""
    print(f"trained {out} ({meta['version']}){used}")
    return 0


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

    from claims.config import get_settings
    from claims.scoring.finetuned import FineTuneConfig
    from claims.training.finetune import fine_tune_corpora

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


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    t = sub.add_parser("train", help="train the heads from corpora/")
    t.add_argument("--corpora", help="corpora directory (default: the project's corpora/)")
    t.add_argument("--out", help="model directory to write (default: models/)")
    t.add_argument("--seed", type=int, default=0)
    t.add_argument("--only", choices=["evidence"],
                   help="evidence: retrain only the claim/review pair model (models/evidence), keeping the heads")
    t.add_argument("--cross", choices=["train", "distil", "reuse", "none"], default="train",
                   help="with --only evidence: train the pair cross-encoder (default), distil one student from the "
                        "seed ensemble of --cross-teacher, reuse the adapter already in OUT/evidence/crossenc (or "
                        "the shipped one), or none (feature model only)")
    t.add_argument("--distil-mix", type=float, default=0.5, metavar="W",
                   help="with --cross distil: the student's targets are W x the ensemble's averaged probabilities "
                        "+ (1 - W) x the gold labels (default 0.5)")
    t.add_argument("--cross-teacher", metavar="MODELS_DIR",
                   help="with --cross distil: the model folder whose evidence/crossenc holds the seed ensemble "
                        "(default: the shipped models/, which holds a single distilled student since issue 14: "
                        "see docs/evidence.md for where the ensemble is)")
    t.add_argument("--cross-epochs", type=int, default=0,
                   help="with --only evidence: cross-encoder epochs (default 6; the best on dev is kept)")
    t.add_argument("--cross-seeds", type=int, default=1,
                   help="with --only evidence --cross train: train this many cross-encoders (seeds SEED, SEED+1, "
                        "...) and average them (default 1)")
    t.add_argument("--cross-top-layers", type=int, default=0,
                   help="with --only evidence --cross train: transformer layers the cross-encoder adapts, from the "
                        "top (default 2; 6 = all, about 4x slower to train on CPU)")

    g = t.add_argument_group("moderator decisions (claims train --decisions EXPORT.jsonl)")
    g.add_argument("--decisions", metavar="EXPORT.jsonl",
                   help="also learn from moderator decisions: the JSONL of GET /v1/decisions/export or the review "
                        "page's Export link (docs/moderation.md, 'Learning from decisions'); unusable lines go to "
                        "OUT/decisions.rejects.jsonl")
    g.add_argument("--decision-weight", type=float, default=DEFAULT_DECISION_WEIGHT, metavar="W",
                   help=f"weight of a decision's training row against a corpus row (default {DEFAULT_DECISION_WEIGHT})")
    g.add_argument("--heads-only", action="store_true",
                   help="retrain the heads only (seconds to minutes, not the evidence model); OUT keeps its "
                        "evidence model, or gets a copy of the shipped one")
    g.add_argument("--embedding-cache", metavar="FILE.npz",
                   help="with --decisions or --heads-only: keep the encoder's outputs in this file, so that "
                        "retraining again encodes only new text")

    add_fine_tune_arguments(t)
    t.set_defaults(func=_cmd_train)
