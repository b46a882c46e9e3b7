"""Evaluation on the project's own corpus splits with the shared listing metrics."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from claims.config import Settings, get_settings
from claims.training import corpus


def listing_metrics(gold_path: Path, out_path: Path, settings: Settings | None = None) -> dict[str, Any]:
    """Run listing_metrics.py of ../shared/tools (the acceptance checks' own code, vendored)."""
    settings = settings or get_settings()
    tools = settings.tools_dir
    res = subprocess.run([sys.executable, str(tools / "listing_metrics.py"), str(gold_path), str(out_path)],
                         capture_output=True, text=True, cwd=tools, check=True)
    return dict(json.loads(res.stdout))


def score_split(analyzer: Any, split: str, workdir: Path, settings: Settings | None = None,
                listings: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """Score one split (of the corpus, or the labelled ``listings`` given) and compute the listing metrics."""
    settings = settings or get_settings()
    if listings is None:
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


def keyword_baseline(listing: dict[str, Any]) -> dict[str, Any]:
    """A plain keyword lexicon: attributes by keyword, level by which keywords fire."""
    from claims.text import lexicon
    from claims.text.prep import listing_segments

    text = " \n ".join(s.text for s in listing_segments(listing))
    attrs = lexicon.attribute_hits(text)
    high = any(lexicon.signal_match(text, s) for s in ("offset", "future")) or "generic_environmental" in attrs
    level = "none" if not attrs else ("high" if high else "medium")
    return {"id": listing["id"], "eco_attributes": [{"label": a, "score": 1.0} for a in attrs], "claims": [],
            "greenwashing": {"level": level, "score": {"none": 0.0, "medium": 0.5, "high": 0.9}[level],
                             "findings": []}, "eco_score": 0.0, "model_version": "keyword-baseline"}


def per_category(gold_path: Path, out_path: Path, corpora_listings: list[dict[str, Any]]) -> dict[str, Any]:
    cat = {x["id"]: x.get("category", "?") for x in corpora_listings}
    gold = {r["id"]: r for r in map(json.loads, gold_path.read_text(encoding="utf-8").splitlines())}
    pred = {r["id"]: r for r in map(json.loads, out_path.read_text(encoding="utf-8").splitlines())}
    acc: dict[str, list[int]] = {}
    for i, g in gold.items():
        acc.setdefault(cat.get(i, "?"), []).append(int(pred[i]["greenwashing"]["level"] == g["risk_level"]))
    table = {c: {"n": len(v), "level_accuracy": round(sum(v) / len(v), 3)} for c, v in sorted(acc.items())}
    vals = [v["level_accuracy"] for v in table.values() if v["n"] >= 5]
    return {"per_category": table, "level_accuracy_spread": round(max(vals) - min(vals), 3) if vals else 0.0}


def evaluate_corpus(analyzer: Any, split: str, workdir: Path, settings: Settings | None = None,
                    listings: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The model and the keyword baseline on one split of the project's corpus (or the labelled
    ``listings`` given, e.g. the real-text set)."""
    settings = settings or get_settings()
    if listings is None:
        listings = corpus.load(settings.corpora_dir, "listings", split)
    model = score_split(analyzer, split, workdir, settings, listings)
    base_out = workdir / f"{split}.keyword.jsonl"
    with base_out.open("w", encoding="utf-8") as fh:
        for x in listings:
            fh.write(json.dumps(keyword_baseline(corpus.strip_labels(x))) + "\n")
    baseline = listing_metrics(workdir / f"{split}.gold.jsonl", base_out, settings)
    model.update(per_category(workdir / f"{split}.gold.jsonl", workdir / f"{split}.out.jsonl", listings))
    return {"split": split, "model_version": analyzer.version, "model": model, "keyword_baseline": baseline}

