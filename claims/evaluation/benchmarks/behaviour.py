"""``claims eval behaviour``: the behavioural suite of corpora/behaviour (CheckList-style minimal
pairs for real seller copy). Dev is for reading failures and fixing the method; test and holdout
(``holdout.jsonl``, written later and committed before any model saw it) are reported, never tuned
on. See :mod:`claims.evaluation.behaviour`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

NAME = "behaviour"
HELP = "behavioural minimal pairs for real seller copy (corpora/behaviour; --split dev, test, holdout or all)"
SPLITS = ("dev", "test", "holdout", "all")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--cases", help="behaviour: a cases file, or a folder of cases*.jsonl files, instead of "
                        "corpora/behaviour (the holdout.jsonl beside it is loaded with it when present)")


def run(args: argparse.Namespace) -> dict[str, Any]:
    from claims.evaluation import behaviour
    from claims.scoring.analyzer import Analyzer

    cases = behaviour.load(Path(args.cases) if getattr(args, "cases", None) else None, args.split)
    analyzer = Analyzer.load(Path(args.model_dir) if args.model_dir else None)
    return behaviour.run(analyzer, cases, args.split)


def summary(result: dict[str, Any]) -> str:
    from claims.evaluation import behaviour

    return behaviour.summary(result)
