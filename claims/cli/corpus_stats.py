"""``claims corpus-stats``: the data card's numbers."""

from __future__ import annotations

import argparse
import json

from claims.config import get_settings


def _cmd_corpus_stats(args: argparse.Namespace) -> int:
    from claims.training.corpus import stats

    print(json.dumps(stats(get_settings().corpora_dir), indent=2, sort_keys=True))
    return 0




def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    c = sub.add_parser("corpus-stats", help="counts, label distributions and diversity of corpora/")
    c.set_defaults(func=_cmd_corpus_stats)
