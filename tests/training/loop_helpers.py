"""A tiny labelled corpora folder and decision records for the learning-loop tests (no model)."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

from claims.training.corpus import split_of

CLAIM = "Eco friendly and good for the planet"
SPEC = "Made from 80% recycled polyester, GRS certified"
PLAIN = "Machine wash at 30 degrees"


def ids_in(split: str, prefix: str, n: int) -> list[str]:
    """``n`` record ids that fall in ``split`` (the split is a hash of the id)."""
    return list(itertools.islice((f"{prefix}{i}" for i in itertools.count() if split_of(f"{prefix}{i}") == split), n))


def listing(lid: str, vague: bool) -> dict[str, Any]:
    text = CLAIM if vague else SPEC
    claims = [{"field": "description", "text": text, "attributes": ["generic_environmental" if vague else
                                                                      "recycled_content"],
               "specific": not vague, "codes": ["GENERIC_CLAIM"] if vague else []}]
    return {"id": lid, "title": f"Tote bag {lid}", "description": f"{text}.\n{PLAIN}.", "claims": claims,
            "eco_attributes": claims[0]["attributes"], "findings": claims[0]["codes"],
            "risk_level": "high" if vague else "low"}


def write_corpora(root: Path) -> Path:
    (root / "listings").mkdir(parents=True)
    (root / "sentences").mkdir(parents=True)
    rows = [listing(i, k % 2 == 0) for split, n in (("train", 12), ("dev", 6))
            for k, i in enumerate(ids_in(split, f"{split}-l", n))]
    (root / "listings" / "a.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    sents = [{"id": i, "text": PLAIN if k % 2 else CLAIM, "is_claim": not k % 2, "specific": False,
              "attributes": [] if k % 2 else ["generic_environmental"], "codes": [] if k % 2 else ["GENERIC_CLAIM"]}
             for split in ("train", "dev") for k, i in enumerate(ids_in(split, f"{split}-s", 6))]
    (root / "sentences" / "a.jsonl").write_text("".join(json.dumps(r) + "\n" for r in sents), encoding="utf-8")
    return root


def record(lid: str, description: str, action: str, level: str, codes: list[str], *,
           claims: list[tuple[int, int]] | None = None, findings: list[tuple[str, int, int]] | None = None,
           decided_at: str = "2026-12-01T10:00:00+00:00", decision_id: int = 1,
           suggestion_level: str = "high", suggestion_codes: list[str] | None = None) -> dict[str, Any]:
    """A record of the decisions export (claims.moderation.queue.export_decisions)."""
    sugg: dict[str, Any] = {"score_id": decision_id, "model_version": "test", "level": suggestion_level,
                            "codes": suggestion_codes if suggestion_codes is not None else ["GENERIC_CLAIM"]}
    if claims is not None:
        sugg["claims"] = [{"field": "description", "start": a, "end": b, "text": description[a:b],
                           "attributes": [], "specific": False, "score": 0.9} for a, b in claims]
        sugg["findings"] = [{"code": c, "field": "description", "start": a, "end": b, "text": description[a:b]}
                            for c, a, b in findings or []]
    return {"decision_id": decision_id, "item_id": decision_id, "listing": {"id": lid, "title": "Tote",
                                                                            "description": description},
            "suggestion": sugg, "label": {"level": level, "codes": codes}, "action": action, "note": None,
            "moderator": "m", "decided_at": decided_at}


def write_export(path: Path, records: list[Any]) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records), encoding="utf-8")
    return path
