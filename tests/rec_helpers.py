"""Builders for the recommender tests: a hashing encoder (no model) and analyzer-shaped results."""

from __future__ import annotations

import hashlib
import re
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


def listing(item_id: str, title: str, description: str = "", category: str | None = "bags",
            price: float | None = 20.0) -> dict[str, Any]:
    out: dict[str, Any] = {"id": item_id, "title": title, "description": description}
    if category is not None:
        out["category"] = category
    if price is not None:
        out["price"] = price
    return out


def result(item_id: str, level: str = "none", claims: list[tuple[str, list[str]]] | None = None,
           eco_score: float = 0.0, risk_score: float | None = None,
           findings: list[tuple[str, str, int]] | None = None) -> dict[str, Any]:
    """An analyzer result. ``claims``: (text, attributes) in the description, one after another;
    ``findings``: (code, severity, index of the claim it points at)."""
    cl, pos = [], 0
    for text, attrs in claims or []:
        cl.append({"field": "description", "start": pos, "end": pos + len(text), "text": text,
                   "attributes": attrs, "specific": True, "score": 0.9})
        pos += len(text) + 1
    fs = [{"code": code, "severity": sev, "field": "description", "start": cl[n]["start"], "end": cl[n]["end"],
           "text": cl[n]["text"], "references": [], "message": "", "suggestion": ""}
          for code, sev, n in findings or []]
    attrs = sorted({a for _, aa in claims or [] for a in aa})
    default_risk = {"none": 0.0, "low": 0.2, "medium": 0.5, "high": 0.9}[level]
    return {"id": item_id, "eco_attributes": [{"label": a, "score": 0.9} for a in attrs], "claims": cl,
            "greenwashing": {"level": level, "score": default_risk if risk_score is None else risk_score,
                             "findings": fs},
            "eco_score": eco_score, "model_version": "test"}


def description(claims: list[tuple[str, list[str]]]) -> str:
    return " ".join(text for text, _ in claims)
