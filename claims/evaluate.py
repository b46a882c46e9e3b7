"""Evaluation on the project's own corpus splits with the shared listing metrics."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from . import corpus
from .config import Settings, get_settings


def listing_metrics(gold_path: Path, out_path: Path, settings: Settings | None = None) -> dict[str, Any]:
    """Run ../shared/tools/listing_metrics.py (the acceptance checks' own code)."""
    settings = settings or get_settings()
    tools = settings.shared_data_dir.parent / "tools"
    res = subprocess.run([sys.executable, str(tools / "listing_metrics.py"), str(gold_path), str(out_path)],
                         capture_output=True, text=True, cwd=tools, check=True)
    return dict(json.loads(res.stdout))


def score_split(analyzer: Any, split: str, workdir: Path, settings: Settings | None = None) -> dict[str, Any]:
    settings = settings or get_settings()
    listings = corpus.load(settings.corpora_dir, "listings", split)
    workdir.mkdir(parents=True, exist_ok=True)
    gold_path, out_path, in_path = workdir / f"{split}.gold.jsonl", workdir / f"{split}.out.jsonl", \
        workdir / f"{split}.in.jsonl"
    results = []
    for i in range(0, len(listings), 128):
        results.extend(analyzer.score([corpus.strip_labels(x) for x in listings[i: i + 128]]))
    with gold_path.open("w", encoding="utf-8") as g, out_path.open("w", encoding="utf-8") as o, \
            in_path.open("w", encoding="utf-8") as inp:
        for x, r in zip(listings, results, strict=True):
            g.write(json.dumps(corpus.gold_row(x)) + "\n")
            o.write(json.dumps(r, ensure_ascii=False) + "\n")
            inp.write(json.dumps(corpus.strip_labels(x), ensure_ascii=False) + "\n")
    metrics = listing_metrics(gold_path, out_path, settings)
    metrics["split"] = split
    return metrics
