"""``claims score``: score a catalog file (CSV, JSONL or Parquet)."""

from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path

from claims.config import get_settings

SCORE_EPILOG = textwrap.dedent("""\
    Input: CSV, JSONL or Parquet (by extension) with columns id, title, description and
    optionally category, brand, reviews (a JSON array in CSV). Extra columns are carried through.
    CSV may start with a byte-order mark; its delimiter is detected from the header (, or ;)
    unless --delimiter gives it.
    Output: one result per valid row, in input order, format by extension, with the listing's
    title, category and brand. CSV/Parquet also get finding_count and finding_1_code,
    finding_1_text, finding_1_message, ... columns for the first 5 findings (most severe first);
    CSV is written as UTF-8 with a BOM. With --only-flagged (or --min-level) only the listings at
    that level or above are written; the summary says how many were left out. Rows that cannot
    be scored go to OUTPUT.rejects.jsonl with their row number and reason.
    Exit codes: 0 run completed (with or without rejects), 2 bad arguments or unreadable input,
    3 no trained model.

    example:
      claims score corpora/demo/catalog.jsonl -o out/demo_scored.jsonl
      claims score catalog.parquet -o scored.parquet --batch-size 512
      claims score catalog.csv --delimiter ';' -o flagged.csv --only-flagged
    """)


def _cmd_score(args: argparse.Namespace) -> int:
    from claims.io.batch import score_file
    from claims.io.files import InputError, check_delimiter, format_of
    from claims.scoring.analyzer import Analyzer, ModelNotFoundError

    settings = get_settings()
    if args.batch_size:
        from dataclasses import replace

        settings = replace(settings, batch_size=args.batch_size)
    try:
        format_of(Path(args.input))
        format_of(Path(args.output))
        delimiter = check_delimiter(args.delimiter)
        min_level = args.min_level or ("medium" if args.only_flagged else None)
        if not Path(args.input).exists():
            raise InputError(f"{args.input}: no such file")
        analyzer = Analyzer.load(Path(args.model_dir) if args.model_dir else None, settings)
        summary = score_file(Path(args.input), Path(args.output), analyzer.score, settings,
                             progress=not args.quiet and sys.stderr.isatty() or args.progress,
                             delimiter=delimiter, min_level=min_level)
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


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("score", help="score a catalog file", description="Score every listing of a catalog.",
                       epilog=SCORE_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("input", help="catalog file (.csv, .jsonl or .parquet)")
    p.add_argument("-o", "--output", required=True, help="results file (.jsonl, .csv or .parquet)")
    p.add_argument("--batch-size", type=int, default=0, help="listings per batch (default 256)")
    p.add_argument("--model-dir", help="directory holding heads/ (default: the shipped models/)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary")
    p.add_argument("--progress", action="store_true", help="show the progress bar even when not on a terminal")
    p.add_argument("--only-flagged", action="store_true",
                   help="write only listings at risk level medium or high (all are counted in the summary)")
    p.add_argument("--min-level", choices=("none", "low", "medium", "high"),
                   help="write only listings at this risk level or above (implies filtering; overrides --only-flagged)")
    p.add_argument("--delimiter", help="CSV delimiter for input and output, e.g. ';' or '\\t' "
                   "(default: detected on input from the header, ',' on output)")
    p.set_defaults(func=_cmd_score)
