"""``claims eval NAME``: run one benchmark."""

from __future__ import annotations

import argparse
import json
import sys

_SPLITS = ("train", "dev", "test")  # a benchmark with other splits names them in its SPLITS


def _cmd_eval(args: argparse.Namespace) -> int:
    from claims.evaluation.benchmarks import available

    benchmarks = available()
    if args.benchmark not in benchmarks:
        print(f"claims eval: error: unknown benchmark {args.benchmark!r} (available: {', '.join(benchmarks)})",
              file=sys.stderr)
        return 2
    mod = benchmarks[args.benchmark]
    splits = getattr(mod, "SPLITS", _SPLITS)
    if args.split not in splits:
        print(f"claims eval {args.benchmark}: error: no split {args.split!r} (this benchmark has: {', '.join(splits)})",
              file=sys.stderr)
        return 2
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




def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from claims.evaluation.benchmarks import available

    benchmarks = available()
    e = sub.add_parser("eval", help="evaluate on a benchmark", formatter_class=argparse.RawDescriptionHelpFormatter,
                       epilog="benchmarks:\n" + "\n".join(f"  {n:<22}{m.HELP}" for n, m in benchmarks.items()))
    e.add_argument("benchmark", help="one of: " + ", ".join(benchmarks))
    e.add_argument("--split", default="test", choices=["train", "dev", "test", "holdout", "all"],
                   help="split of the project's corpora (default test; holdout, all: only where a benchmark has them)")
    e.add_argument("--json", action="store_true", help="one JSON object on stdout")
    e.add_argument("--model-dir", help="model directory (default: the shipped models/)")
    e.add_argument("--workdir", help="keep intermediate files here")
    e.add_argument("--reports", default="reports", help="folder for the Markdown report and plots (default reports/)")
    e.add_argument("--seed", type=int, default=0)
    for mod in benchmarks.values():
        if hasattr(mod, "add_arguments"):
            mod.add_arguments(e)
    e.set_defaults(func=_cmd_eval)
