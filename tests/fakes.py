"""Test doubles for the CLI and API tests: an analyzer and an encoder that load no model.

``FakeAnalyzer`` reads listings with the project's own keyword lexicon (the keyword baseline's
rules, per segment) and builds results through the real apply half (``make_finding``, the
taxonomy's levels, the risk policy), so every result honours the output contract; what it
finds is only as good as a keyword list. ``HashEncoder`` embeds text by hashed word counts
(deterministic, 384 dimensions, unit length), enough for the recommender's plumbing.
Tests of what the model finds use the real analyzer (``analyzer`` fixture, marked slow).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from typing import Any

import numpy as np

DIM = 384


class HashEncoder:
    """Bag-of-words hashed into 384 dimensions, L2-normalised: similar words, similar vectors."""

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def encode(self, texts: list[str], show_progress: bool = False) -> np.ndarray:
        self.calls.append(list(texts))
        out = np.zeros((len(texts), DIM), np.float32)
        for i, text in enumerate(texts):
            for word in re.findall(r"\w+", text.lower()):
                h = int(hashlib.md5(word.encode()).hexdigest(), 16)
                out[i, h % DIM] += 1.0 if (h >> 20) % 2 else -1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return np.divide(out, norms, out=np.zeros_like(out), where=norms > 0)



class FakeAnalyzer:
    version = "fake-analyzer"

    def __init__(self) -> None:
        self.encoder = HashEncoder()
        self.calls = 0

    def score(self, listings: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
        from claims.scoring.findings import make_finding
        from claims.scoring.policy import RiskPolicy
        from claims.taxonomy import SEVERITY, level_from_codes
        from claims.text import lexicon
        from claims.text.prep import listing_segments

        self.calls += 1
        policy = RiskPolicy()
        results = []
        for listing in listings:
            claims, findings, attrs = [], [], {}
            for seg in listing_segments(listing):
                hits = lexicon.attribute_hits(seg.text)
                if not hits or any(lexicon.signal_match(seg.text, s) for s in ("colour", "other_sense")):
                    continue
                specific = bool(re.search(r"\d|licen[cs]e|certified", seg.text, re.I))
                claims.append({"field": seg.field, "start": seg.start, "end": seg.end, "text": seg.raw,
                               "attributes": hits, "specific": specific, "score": 0.9})
                for a in hits:
                    attrs[a] = 0.9
                codes = []
                if lexicon.signal_match(seg.text, "offset"):
                    codes.append("OFFSET_NEUTRALITY")
                if "generic_environmental" in hits and not specific:
                    codes.append("GENERIC_CLAIM")
                for code in codes:
                    findings.append(make_finding(code, seg.field, seg.start, seg.end, listing[seg.field]))
            level = level_from_codes({f["code"] for f in findings}, bool(claims))
            high = max((0.9 for f in findings if SEVERITY[f["code"]] == "high"), default=0.0)
            results.append({
                "id": listing["id"],
                "eco_attributes": [{"label": a, "score": s} for a, s in attrs.items()],
                "claims": claims,
                "greenwashing": {"level": level,
                                 "score": round(policy.risk_score(level, high, 0.5, [0.5], 0.0), 4),
                                 "findings": findings},
                "eco_score": round(policy.eco_score([0.9 * policy.default_credibility] if level == "low" else [],
                                                    level), 4),
                "model_version": self.version,
            })
        return results


class InterruptingAnalyzer(FakeAnalyzer):
    """The fake analyzer that raises KeyboardInterrupt (a Ctrl-C) on the batch holding listing ``stop_at``."""

    def __init__(self, stop_at: str) -> None:
        super().__init__()
        self.stop_at = stop_at

    def score(self, listings: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
        if any(x["id"] == self.stop_at for x in listings):
            raise KeyboardInterrupt
        return super().score(listings)
