"""The ``claims`` command: a thin shell over the library."""

from __future__ import annotations

import argparse
import json
import os
import sys
import textwrap
from pathlib import Path

from .config import get_settings

SCORE_EPILOG = textwrap.dedent("""\
    Input: CSV, JSONL or Parquet (by extension) with columns id, title, description and
    optionally category, brand, reviews (a JSON array in CSV). Extra columns are carried through.
    Output: one result per valid row, in input order, format by extension. Rows that cannot be
    scored go to OUTPUT.rejects.jsonl with their row number and reason.
    Exit codes: 0 run completed (with or without rejects), 2 bad arguments or unreadable input,
    3 no trained model.

    example:
      claims score corpora/demo/catalog.jsonl -o out/demo_scored.jsonl
      claims score catalog.parquet -o scored.parquet --batch-size 512
    """)


def _cmd_score(args: argparse.Namespace) -> int:
    from .analyzer import Analyzer, ModelNotFoundError
    from .batch import score_file
    from .io import InputError, format_of

    settings = get_settings()
    if args.batch_size:
        from dataclasses import replace

        settings = replace(settings, batch_size=args.batch_size)
    try:
        format_of(Path(args.input))
        format_of(Path(args.output))
        if not Path(args.input).exists():
            raise InputError(f"{args.input}: no such file")
        analyzer = Analyzer.load(Path(args.model_dir) if args.model_dir else None, settings)
        summary = score_file(Path(args.input), Path(args.output), analyzer.score, settings,
                             progress=not args.quiet and sys.stderr.isatty() or args.progress)
    except InputError as e:
        print(f"claims score: error: {e}", file=sys.stderr)
        return 2
    except ModelNotFoundError as e:
        print(f"claims score: error: {e}", file=sys.stderr)
        return 3
    if summary.rows_in == 0:
        print(f"claims score: warning: {args.input} holds no listings; wrote an empty {args.output}",
              file=sys.stderr)
    if not args.quiet:
        print(summary.table())
    return 0


def _cmd_train(args: argparse.Namespace) -> int:
    from .train import train

    settings = get_settings()
    out = Path(args.out) if args.out else settings.model_dir
    if getattr(args, "only", None) == "evidence":
        from .train import train_evidence_only

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
        from .train import fine_tune_command

        return fine_tune_command(args, Path(args.corpora) if args.corpora else settings.corpora_dir)
    train(Path(args.corpora) if args.corpora else settings.corpora_dir, out, seed=args.seed)
    return 0


def _cmd_eval(args: argparse.Namespace) -> int:
    from .benchmarks import available

    benchmarks = available()
    if args.benchmark not in benchmarks:
        print(f"claims eval: error: unknown benchmark {args.benchmark!r} (available: {', '.join(benchmarks)})",
              file=sys.stderr)
        return 2
    mod = benchmarks[args.benchmark]
    try:
        result = mod.run(args)
    except (FileNotFoundError, ValueError) as e:
        print(f"claims eval {args.benchmark}: error: {e}", file=sys.stderr)
        return 2
    if args.json or not hasattr(mod, "summary"):
        print(json.dumps(result))
    else:
        print(mod.summary(result))
    return 0


def _cmd_corpus_stats(args: argparse.Namespace) -> int:
    from .corpus import stats

    print(json.dumps(stats(get_settings().corpora_dir), indent=2, sort_keys=True))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="claims", description="Find, classify and risk-score environmental "
                                     "claims in e-commerce listings.")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("score", help="score a catalog file", description="Score every listing of a catalog.",
                       epilog=SCORE_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("input", help="catalog file (.csv, .jsonl or .parquet)")
    p.add_argument("-o", "--output", required=True, help="results file (.jsonl, .csv or .parquet)")
    p.add_argument("--batch-size", type=int, default=0, help="listings per batch (default 256)")
    p.add_argument("--model-dir", help="directory holding heads/ (default: the shipped models/)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary")
    p.add_argument("--progress", action="store_true", help="show the progress bar even when not on a terminal")
    p.set_defaults(func=_cmd_score)
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

    from .train import add_fine_tune_arguments

    add_fine_tune_arguments(t)
    t.set_defaults(func=_cmd_train)
    from .benchmarks import available

    benchmarks = available()
    e = sub.add_parser("eval", help="evaluate on a benchmark", formatter_class=argparse.RawDescriptionHelpFormatter,
                       epilog="benchmarks:\n" + "\n".join(f"  {n:<22}{m.HELP}" for n, m in benchmarks.items()))
    e.add_argument("benchmark", help="one of: " + ", ".join(benchmarks))
    e.add_argument("--split", default="test", choices=["train", "dev", "test"],
                   help="split of the project's corpora (default test)")
    e.add_argument("--json", action="store_true", help="one JSON object on stdout")
    e.add_argument("--model-dir", help="model directory (default: the shipped models/)")
    e.add_argument("--workdir", help="keep intermediate files here")
    e.add_argument("--reports", default="reports", help="folder for the Markdown report and plots (default reports/)")
    e.add_argument("--seed", type=int, default=0)
    for mod in benchmarks.values():
        if hasattr(mod, "add_arguments"):
            mod.add_arguments(e)
    e.set_defaults(func=_cmd_eval)
    c = sub.add_parser("corpus-stats", help="counts, label distributions and diversity of corpora/")
    c.set_defaults(func=_cmd_corpus_stats)
    from .commands import modules

    for mod in modules():
        mod.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())

