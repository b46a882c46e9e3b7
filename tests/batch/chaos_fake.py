"""A quick, deterministic stand-in for the analyzer in the chaos test's child processes.

FakeAnalyzer needs spaCy (seconds to load in every child); this one derives a well-formed result
from a hash of the listing, so a child starts in well under a second and every kill lands while
it writes. ``install(delay)`` makes ``Analyzer.load`` return it (the test's own entry point calls
this; the product has no hook for it).
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Sequence
from typing import Any

LEVELS = ("none", "low", "medium", "high")


class QuickAnalyzer:
    version = "chaos-fake"

    def __init__(self, delay: float = 0.0):
        self.delay = delay

    def score(self, listings: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
        if self.delay:
            time.sleep(self.delay)
        out = []
        for x in listings:
            h = int(hashlib.sha256((x["title"] + "\n" + x["description"]).encode()).hexdigest(), 16)
            level = LEVELS[h % 4]
            findings = [{"code": "GENERIC_CLAIM", "field": "title", "start": 0, "end": 3}] if level == "high" else []
            out.append({"id": x["id"], "eco_attributes": [], "claims": [],
                        "greenwashing": {"level": level, "score": round((h % 1000) / 1000, 3), "findings": findings},
                        "eco_score": round((h % 997) / 997, 3), "model_version": self.version})
        return out


def install(delay: float = 0.0) -> None:
    from claims.scoring.analyzer import Analyzer

    Analyzer.load = classmethod(lambda cls, *a, **k: QuickAnalyzer(delay))  # type: ignore[method-assign,assignment]
