"""The project's own labelled corpora (``corpora/``): loading, the fixed train/dev/test split,
and turning labelled listings into labelled segments for the heads.

The split is a pure function of the record id (a hash), so it never changes when records are
added, and nothing can drift from test into train.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claims.text.prep import Segment, listing_segments

SPLITS = ("train", "dev", "test")


def split_of(record_id: str) -> str:
    h = int(hashlib.sha1(record_id.encode("utf-8")).hexdigest()[:8], 16) % 100
    return "train" if h < 70 else ("dev" if h < 85 else "test")


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def load(corpora_dir: Path, kind: str, split: str | None = None) -> list[dict[str, Any]]:
    """Records of one kind (listings, sentences, reviews, demo), optionally of one split."""
    rows: list[dict[str, Any]] = []
    for f in sorted((corpora_dir / kind).glob("*.jsonl")):
        for r in read_jsonl(f):
            if split is None or split_of(str(r["id"])) == split:
                rows.append(r)
    return rows


@dataclass
class LabelledSegment:
    text: str
    is_claim: bool
    attributes: set[str] = field(default_factory=set)
    codes: set[str] = field(default_factory=set)
    specific: bool | None = None


def _claim_offsets(listing: dict[str, Any], claim: dict[str, Any]) -> tuple[str, int, int] | None:
    fld = claim.get("field", "description")
    text = listing.get(fld) or ""
    i = text.find(claim.get("text") or "\0")
    return (fld, i, i + len(claim["text"])) if i >= 0 else None


def label_segments(listing: dict[str, Any], segments: list[Segment] | None = None) -> list[LabelledSegment]:
    """Project the listing's claim spans onto its segments: a segment carries the labels of
    every claim it overlaps."""
    segments = segments if segments is not None else listing_segments(listing)
    spans = [(c, _claim_offsets(listing, c)) for c in listing.get("claims", [])]
    out = []
    for s in segments:
        lab = LabelledSegment(s.text, False)
        for claim, off in spans:
            if off is None or off[0] != s.field:
                continue
            _, a, b = off
            overlap = min(b, s.end) - max(a, s.start)
            if overlap > 0 and overlap >= 0.3 * min(b - a, s.end - s.start):
                lab.is_claim = True
                lab.attributes |= set(claim.get("attributes", []))
                lab.codes |= set(claim.get("codes", []))
                sp = bool(claim.get("specific"))
                lab.specific = sp if lab.specific is None else (lab.specific and sp)
        out.append(lab)
    return out


def gold_row(listing: dict[str, Any]) -> dict[str, Any]:
    """The gold format of ../shared/tools/listing_metrics.py."""
    return {"id": listing["id"], "eco_attributes": listing.get("eco_attributes", []),
            "risk_level": listing["risk_level"], "findings": listing.get("findings", [])}


def strip_labels(listing: dict[str, Any]) -> dict[str, Any]:
    keep = ("id", "title", "description", "category", "brand", "reviews")
    return {k: listing[k] for k in keep if k in listing}


def distinct_4gram_share(texts: list[str]) -> float:
    """Share of distinct word 4-grams among all word 4-grams (1.0 = no repetition)."""
    import re

    grams: list[tuple[str, ...]] = []
    for t in texts:
        words = re.findall(r"\w+", t.lower())
        grams.extend(tuple(words[i: i + 4]) for i in range(len(words) - 3))
    return len(set(grams)) / len(grams) if grams else 1.0


def stats(corpora_dir: Path) -> dict[str, Any]:
    """Counts, label distributions and diversity of the corpora (the data card's numbers)."""
    from collections import Counter

    listings = load(corpora_dir, "listings")
    sentences = load(corpora_dir, "sentences")
    reviews = load(corpora_dir, "reviews")
    demo = load(corpora_dir, "demo")
    out: dict[str, Any] = {
        "listings": len(listings), "sentences": len(sentences), "review_pairs": len(reviews), "demo": len(demo),
        "listing_splits": dict(Counter(split_of(x["id"]) for x in listings)),
        "sentence_splits": dict(Counter(split_of(x["id"]) for x in sentences)),
        "review_splits": dict(Counter(split_of(x["id"]) for x in reviews)),
        "levels": dict(Counter(x["risk_level"] for x in listings)),
        "categories": dict(Counter(x.get("category") for x in listings)),
        "attributes": dict(Counter(a for x in listings for a in x.get("eco_attributes", []))),
        "codes": dict(Counter(c for x in listings for c in x.get("findings", []))),
        "with_reviews": sum(1 for x in listings if x.get("reviews")),
        "sentence_claims": sum(1 for s in sentences if s.get("is_claim")),
        "review_labels": dict(Counter(r["label"] for r in reviews)),
        "distinct_4gram_share": {
            "listings": round(distinct_4gram_share([x["title"] + " " + x["description"] for x in listings]), 4),
            "sentences": round(distinct_4gram_share([s["text"] for s in sentences]), 4),
            "reviews": round(distinct_4gram_share([r["review"] for r in reviews]), 4),
        },
    }
    return out
