"""Trained heads over [encoder embedding | rule and context features].

One logistic-regression head per decision: ``claim`` (is this segment an environmental claim),
``attr:<label>`` (which eco-attributes, conditional on a claim), ``specific`` (specific vs vague)
and ``code:<CODE>`` (which finding applies). Stored as plain arrays (``heads.npz`` and
``meta.json``): small, no pickle, loadable without scikit-learn.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from claims.taxonomy import ATTRIBUTES, CODE_NAMES

# CONTRADICTED needs evidence outside the segment (facts, reviews): see claims.contradictions.
SEGMENT_CODES: tuple[str, ...] = tuple(c for c in CODE_NAMES if c != "CONTRADICTED")
HEAD_NAMES: tuple[str, ...] = (
    ("claim", "specific") + tuple(f"attr:{a}" for a in ATTRIBUTES) + tuple(f"code:{c}" for c in SEGMENT_CODES)
)


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


@dataclass
class Heads:
    names: list[str]
    weights: np.ndarray  # (H, F)
    bias: np.ndarray  # (H,)
    thresholds: dict[str, float]
    meta: dict[str, Any] = field(default_factory=dict)

    def predict_proba(self, X: np.ndarray) -> dict[str, np.ndarray]:
        P = _sigmoid(X @ self.weights.T + self.bias)
        return {n: P[:, i] for i, n in enumerate(self.names)}

    def threshold(self, name: str) -> float:
        return self.thresholds.get(name, 0.5)

    def save(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(directory / "heads.npz", weights=self.weights.astype(np.float32),
                            bias=self.bias.astype(np.float32))
        meta = dict(self.meta, names=self.names, thresholds=self.thresholds)
        (directory / "meta.json").write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, directory: Path) -> Heads:
        meta = json.loads((directory / "meta.json").read_text(encoding="utf-8"))
        arrays = np.load(directory / "heads.npz")
        return cls(names=list(meta.pop("names")), weights=arrays["weights"], bias=arrays["bias"],
                   thresholds=dict(meta.pop("thresholds")), meta=meta)
