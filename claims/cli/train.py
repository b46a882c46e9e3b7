"""``claims train``: the heads, the evidence model, or a fine-tuned encoder, from corpora/."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from claims.config import get_settings


def _cmd_train(args: argparse.Namespace) -> int:
    from claims.training.heads import train

    settings = get_settings()
    out = Path(args.out) if args.out else settings.model_dir
    if getattr(args, "only", None) == "evidence":
        from claims.training.evidence import train_evidence_only

        try:
            train_evidence_only(Path(args.corpora) if args.corpora else settings.corpora_dir, out, seed=args.seed,
                                cross=args.cross, reuse_from=settings.model_dir, cross_epochs=args.cross_epochs,
                                cross_seeds=args.cross_seeds, device=args.device,
                                cross_top_layers=args.cross_top_layers)
        except FileNotFoundError as e:
            print(f"claims train: error: {e}", file=sys.stderr)
            return 2
        return 0
    if getattr(args, "fine_tune", None):
        from claims.cli.train import fine_tune_command

        return fine_tune_command(args, Path(args.corpora) if args.corpora else settings.corpora_dir)
    train(Path(args.corpora) if args.corpora else settings.corpora_dir, out, seed=args.seed)
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
    t.add_argument("--cross", choices=["train", "reuse", "none"], default="train",
                   help="with --only evidence: train the pair cross-encoder (default), reuse the adapter already "
                        "in OUT/evidence/crossenc (or the shipped one), or none (feature model only)")
    t.add_argument("--cross-epochs", type=int, default=0,
                   help="with --only evidence: cross-encoder epochs (default 6; the best on dev is kept)")
    t.add_argument("--cross-seeds", type=int, default=1,
                   help="with --only evidence --cross train: train this many cross-encoders (seeds SEED, SEED+1, "
                        "...) and average them (default 1)")
    t.add_argument("--cross-top-layers", type=int, default=0,
                   help="with --only evidence --cross train: transformer layers the cross-encoder adapts, from the "
                        "top (default 2; 6 = all, about 4x slower to train on CPU)")

    add_fine_tune_arguments(t)
    t.set_defaults(func=_cmd_train)
