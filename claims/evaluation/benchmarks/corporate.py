"""``claims eval corporate``: greenwashing vs not on the test split of the project's own corpus
of corporate and advertising environmental claims (``corpora/corporate/*.jsonl``, labelled
against ``../shared/spec/rules.md``; split = ``claims.corpus.split_of(record id)``).

Every system is the one ``claims eval emerald`` fits (EmeraldData train + corporate train,
chosen on both dev splits); the corporate test split is read once, here.
"""

from __future__ import annotations

import argparse
from typing import Any

NAME = "corporate"
HELP = "greenwashing vs not, the project's corporate-claims corpus (test split of corpora/corporate), accuracy/F1"
LICENSE = "the project's own corpus (Apache-2.0), written for it"


def run(args: argparse.Namespace) -> dict[str, Any]:
    from claims.evaluation.benchmarks.emerald import corporate_load, evaluate

    x, y = corporate_load("test")
    if not x:
        raise FileNotFoundError("corpora/corporate: no corporate test records found")
    result, _ = evaluate(NAME, "test", x, y, args, {"license": LICENSE, "split": "claims.corpus.split_of(id)"},
                         "\nThe project's corporate/advertising claims corpus (hand-written under rules.md), "
                         "test split of the id hash. Every system was trained on EmeraldData train + corporate "
                         "train and chosen on both dev splits.\n")
    return result


def summary(result: dict[str, Any]) -> str:
    from claims.evaluation.reports import binary_summary

    return binary_summary(result)
