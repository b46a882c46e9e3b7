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
    CSV may start with a byte-order mark; its delimiter is detected from the header (, or ; or
    tab) unless --delimiter gives it.
    Output: one result per valid row, in input order, format by extension, with the listing's
    title, category and brand. CSV/Parquet also get finding_count and finding_1_code,
    finding_1_text, finding_1_message, ... columns for the first 5 findings (most severe first);
    CSV is written as UTF-8 with a byte-order mark, with --delimiter (default ,) between fields.
    With --only-flagged (or --min-level) only the listings at that level or above are written;
    every listing is still scored and counted, and the summary says how many were written and
    how many were below the level. Rows that cannot be read, scored or written (invalid UTF-8 or
    JSON, a lone surrogate such as \\ud800, JSON nested too deeply, a duplicate id, an oversized
    field, a listing the model fails on...) go to OUTPUT.rejects.jsonl with their row number and
    reason; the run goes on, and rows in = rows out + rejects (rows out: the rows scored, of
    which --only-flagged writes only those at the level).

    Nothing is lost on failure: the input is checked before anything is written, and the output
    may not be the input. Rows go to OUTPUT.partial (rejects to OUTPUT.rejects.jsonl.partial),
    committed at batch boundaries (every CLAIMS_COMMIT_INTERVAL_S, default 1 s) and recorded in
    the manifest OUTPUT.partial.json; OUTPUT and OUTPUT.rejects.jsonl are replaced only when the
    run completes, so an earlier output survives a failed run, and a .partial file is never a
    complete result.
    --resume continues a run that was killed or stopped (disk full, Ctrl-C): it checks that the
    input (size, SHA-256) and the options (batch size, --delimiter, --only-flagged/--min-level,
    model) are the same, cuts the partial files back to the last committed batch and scores from
    the next input row, which the manifest records (it never counts output rows, so it works with
    --only-flagged too); the result equals an uninterrupted run's, with no duplicate and no
    missing row. Without --resume a partial run is discarded and the run starts over; with
    --resume and nothing to resume, it starts a fresh run.
    --engine ray scores on a Ray cluster (install it with pip install -e '.[ray]'): a local Ray
    started for the run, or an existing cluster with --ray-address (auto, or ray://HOST:10001);
    --actors scoring actors, one model each. The output and rejects are the local engine's, byte
    for byte, in input order; a run one engine left half done can be finished by the other with
    --resume. --device cuda runs the models on a GPU (either engine; an error without one).
    CLAIMS_ANALYZER_FACTORY=module:function scores with what that function returns instead of the
    shipped model (either engine; the Ray actors import it).
    Exit codes: 0 run completed (with or without rejects), 2 bad arguments, unreadable input or
    unwritable output (disk full, permission, a folder; the partial run is kept for --resume),
    no GPU for --device cuda, Ray missing, unreachable or failing (the partial run is kept),
    3 no trained model, 130 interrupted (the partial run is kept for --resume).

    example:
      claims score corpora/demo/catalog.jsonl -o out/demo_scored.jsonl
      claims score catalog.parquet -o scored.parquet --batch-size 512
      claims score catalog.parquet -o scored.parquet --batch-size 512 --resume   # after a crash
      claims score catalog.csv --delimiter ';' -o flagged.csv --only-flagged
      claims score catalog.parquet -o scored.parquet --engine ray --ray-address auto --actors 8
    """)


def _cmd_score(args: argparse.Namespace) -> int:
    from claims.io.analyzers import AnalyzerSetupError, load_analyzer
    from claims.io.batch import InputError, OutputError, check_run, score_file
    from claims.io.files import check_delimiter
    from claims.scoring.analyzer import ModelNotFoundError

    settings = get_settings()
    if args.batch_size:
        from dataclasses import replace

        settings = replace(settings, batch_size=args.batch_size)
    inp, out = Path(args.input), Path(args.output)
    model_dir = Path(args.model_dir) if args.model_dir else None
    progress = not args.quiet and sys.stderr.isatty() or args.progress
    if args.engine == "local" and (args.ray_address or args.actors):
        print("claims score: error: --ray-address and --actors need --engine ray", file=sys.stderr)
        return 2
    if args.actors is not None and args.actors < 1:
        print("claims score: error: --actors must be at least 1", file=sys.stderr)
        return 2
    try:
        check_run(inp, out)  # before the model loads: refuse what cannot work
        delimiter = check_delimiter(args.delimiter)
        min_level = args.min_level or ("medium" if args.only_flagged else None)
        if args.engine == "ray":
            from claims.io.ray_engine import RayEngineError, RayOptions, check_ray, score_file_ray

            try:
                check_ray()
                summary = score_file_ray(inp, out, RayOptions(args.ray_address, args.actors, args.device, model_dir),
                                         settings, progress, resume=args.resume, delimiter=delimiter,
                                         min_level=min_level)
            except RayEngineError as e:
                print(f"claims score: error: {e}", file=sys.stderr)
                return 2
        else:
            analyzer = load_analyzer(model_dir, settings, args.device)
            summary = score_file(inp, out, analyzer.score, settings, resume=args.resume,
                                 model_version=str(analyzer.version), progress=progress,
                                 delimiter=delimiter, min_level=min_level)
    except (InputError, OutputError, AnalyzerSetupError) as e:
        print(f"claims score: error: {e}", file=sys.stderr)
        return 2
    except ModelNotFoundError as e:
        print(f"claims score: error: {e}", file=sys.stderr)
        return 3
    except KeyboardInterrupt:
        print(f"claims score: interrupted; rerun with --resume to continue {out}", file=sys.stderr)
        return 130
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
    p.add_argument("--resume", action="store_true",
                   help="continue the partial run of OUTPUT (OUTPUT.partial and its manifest OUTPUT.partial.json) "
                        "that a crash, kill or full disk left; same input and options required")
    p.add_argument("--model-dir", help="directory holding heads/ (default: the shipped models/)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary")
    p.add_argument("--progress", action="store_true", help="show the progress bar even when not on a terminal")
    p.add_argument("--only-flagged", action="store_true",
                   help="write only listings at risk level medium or high (all are counted in the summary)")
    p.add_argument("--min-level", choices=("none", "low", "medium", "high"),
                   help="write only listings at this risk level or above (implies filtering; overrides --only-flagged)")
    p.add_argument("--delimiter", help="CSV delimiter for input and output, e.g. ';' or '\\t' "
                   "(default: detected on input from the header, ',' on output)")
    p.add_argument("--engine", choices=("local", "ray"), default="local",
                   help="local: score in this process (default); ray: score on a Ray cluster with an actor pool "
                        "(needs the ray extra: pip install -e '.[ray]'); same output either way")
    p.add_argument("--ray-address", help="with --engine ray: an existing cluster (auto, or ray://HOST:10001); "
                   "default: start a local Ray for this run")
    p.add_argument("--actors", type=int, help="with --engine ray: scoring actors, one model each "
                   "(default: one per 2 CPUs of the cluster; one per GPU with --device cuda)")
    p.add_argument("--device", choices=("cpu", "cuda"), default="cpu",
                   help="where the models run (cuda: an error when torch sees no GPU)")
    p.set_defaults(func=_cmd_score)
