"""Builders for the recommender tests: analyzer-shaped results (the hashing encoder is in tests/fakes.py)."""

from __future__ import annotations

from typing import Any

from fakes import HashEncoder  # noqa: F401  (re-exported for the recommender tests)

DIM = 384


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
