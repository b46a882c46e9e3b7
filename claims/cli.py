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
    train(Path(args.corpora) if args.corpora else settings.corpora_dir, out, seed=args.seed)
    return 0


def _cmd_eval(args: argparse.Namespace) -> int:
    import tempfile

    from .analyzer import Analyzer
    from .evaluate import evaluate_corpus

    if args.benchmark not in ("corpus", "reviews"):
        print(f"claims eval: error: unknown benchmark {args.benchmark!r} (available: corpus, reviews)",
              file=sys.stderr)
        return 2
    analyzer = Analyzer.load(Path(args.model_dir) if args.model_dir else None)
    if args.benchmark == "reviews":
        from .evaluate import evaluate_review_pairs

        print(json.dumps(evaluate_review_pairs(analyzer, args.split)))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        result = evaluate_corpus(analyzer, args.split, Path(args.workdir or tmp))
    if args.card:
        from .corpus import stats
        from .modelcard import write

        settings = get_settings()
        write(Path(args.card), result, Path(args.model_dir) if args.model_dir else settings.model_dir,
              stats(settings.corpora_dir))
    if args.json:
        print(json.dumps(result))
    else:
        m, b = result["model"], result["keyword_baseline"]
        print(f"corpus {args.split} split, {m['n']} listings, model {result['model_version']}")
        print(f"{'metric':<22}{'model':>8}{'keywords':>10}")
        for k in ("attr_micro_f1", "level_macro_f1", "level_accuracy", "high_recall", "none_f1",
                  "code_micro_f1", "contradicted_p", "contradicted_r"):
            print(f"{k:<22}{m[k]:>8.3f}{b[k]:>10.3f}")
        print(f"level accuracy spread over categories: {m['level_accuracy_spread']:.3f}")
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
    t.set_defaults(func=_cmd_train)
    e = sub.add_parser("eval", help="evaluate on a benchmark (corpus: the project's own held-out split)")
    e.add_argument("benchmark", help="corpus (listings) or reviews (claim/review pairs)")
    e.add_argument("--split", default="test", choices=["train", "dev", "test"])
    e.add_argument("--json", action="store_true", help="one JSON object on stdout")
    e.add_argument("--model-dir")
    e.add_argument("--workdir", help="keep the scored files here")
    e.add_argument("--card", help="write the model card (Markdown) generated from this evaluation here")
    e.set_defaults(func=_cmd_eval)
    c = sub.add_parser("corpus-stats", help="counts, label distributions and diversity of corpora/")
    c.set_defaults(func=_cmd_corpus_stats)
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

