"""``claims model-card``: regenerate every model card from the eval results saved under reports/."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def _run(args: argparse.Namespace) -> int:
    from claims.config import get_settings
    from claims.evaluation.modelcard import write_all

    settings = get_settings()
    reports = Path(args.reports)
    if not reports.is_dir():
        print(f"claims model-card: error: {reports}: no such folder (run `claims eval NAME` first)", file=sys.stderr)
        return 2
    written = write_all(reports, Path(args.models) if args.models else settings.model_dir, settings.corpora_dir)
    if not written:
        print(f"claims model-card: error: no eval results (*.json) in {reports}", file=sys.stderr)
        return 2
    for p in written:
        print(p)
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("model-card", help="regenerate the model cards from saved eval results (reports/*.json)",
                       description="Write models/README.md (from reports/corpus.json) and models/cards/NAME.md "
                                   "(from reports/NAME.json of each benchmark). The numbers are the eval output's.")
    p.add_argument("--reports", default="reports", help="folder of the saved eval results (default reports/)")
    p.add_argument("--models", help="models folder to write the cards in (default: the shipped models/)")
    p.set_defaults(func=_run)
