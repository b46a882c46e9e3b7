"""Moderator decisions as training labels for the heads (``claims train --decisions EXPORT.jsonl``).

The input is the decisions export of the service (``GET /v1/decisions/export`` or the page's
"Export decisions" link, :func:`claims.moderation.queue.export_decisions`): one JSON object a
line with the listing as it was scored, the model's suggestion (level, codes, and the claim and
finding spans the moderator saw) and the moderator's label (level and codes).

What a decision teaches, segment by segment (``segment_labels``):

- label level ``none`` (the listing makes no environmental claim): every segment is *not a claim*.
- otherwise, every segment the model showed as a claim stays a claim (the moderator kept the
  listing's claims), and for each finding code of the heads:

  * a code not in the label is wrong for every claim of the listing (a cleared finding, or one
    the moderator removed): a negative label on each claim segment;
  * a code in the label that the model had found (a confirmed finding) is a positive label on
    the segments its finding spans cover;
  * a code the moderator added has no span: it is placed on the one claim segment where the
    code's cue words are (the anchors of :mod:`claims.scoring.findings`), or on the only claim
    segment, and otherwise left out (counted as ``unplaced_codes``).

  Segments the model did not show as claims get no label (the moderator may not have looked at
  them), and no decision labels attributes or specific/vague: its label has neither.

Deduplication: the latest decision on a listing (by ``decided_at``, then ``decision_id``, then
line) replaces earlier ones, and when the same segment text is labelled by several decisions
(copy-pasted claims across listings) the latest decision's row is the one kept. Lines that are
JSON objects but cannot make a label (a note, an unknown code, no listing text, no spans) go to
a rejects file with their reason; a line that is not a JSON object at all makes the whole export
malformed (:class:`MalformedExport`, one line naming it).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claims.scoring.findings import _CODE_ANCHOR
from claims.scoring.heads import SEGMENT_CODES
from claims.taxonomy import CODE_NAMES, LEVELS
from claims.text import lexicon
from claims.text.prep import Segment

# A decision row counts this many corpus rows. Chosen with benchmarks/learning_loop.py (see
# docs/evaluation.md): a moderator label is exact about the listing the model got wrong, but its
# rows are partial (codes and claim only) and a few hundred against ~10,000 corpus rows.
DEFAULT_WEIGHT = 2.0
LABEL_ACTIONS = ("approve", "reject", "change")


class MalformedExport(ValueError):
    """The file is not a decisions export (a line that is not a JSON object); the message names the line."""


@dataclass
class Reject:
    line: int
    reason: str
    raw: str


@dataclass
class Decision:
    """One usable decision: the listing and the spans the moderator saw, and the label."""

    line: int
    listing: dict[str, Any]
    action: str
    level: str
    codes: list[str]
    claims: list[dict[str, Any]] | None  # the model's claim spans (None: the export did not carry them)
    findings: list[dict[str, Any]]
    order: tuple[str, int, int]  # (decided_at, decision_id, line): the latest sorts last


@dataclass
class DecisionSet:
    path: Path
    sha256: str
    lines: int
    decisions: list[Decision]  # deduplicated, oldest first
    rejects: list[Reject]
    duplicates: int  # decisions replaced by a later one on the same listing
    stats: dict[str, int] = field(default_factory=dict)  # filled by the trainer: rows, duplicate segments, ...

    def meta(self, weight: float) -> dict[str, Any]:
        """What the model card and ``meta.json`` record about the decisions a model learnt from."""
        return {"file": self.path.name, "sha256": self.sha256, "lines": self.lines,
                "used": len(self.decisions), "deduplicated": self.duplicates, "rejected": len(self.rejects),
                "weight": weight, "dedup": "latest decision wins (per listing, then per segment text)",
                **self.stats}


def _spans(value: Any, what: str, need_code: bool) -> list[dict[str, Any]]:
    if not isinstance(value, list):
        raise ValueError(f"suggestion.{what} is not a list")
    for s in value:
        if not (isinstance(s, dict) and s.get("field") in ("title", "description")
                and type(s.get("start")) is int and type(s.get("end")) is int and s["end"] >= s["start"]):
            raise ValueError(f"suggestion.{what} has an entry without field/start/end")
        if need_code and s.get("code") not in CODE_NAMES:
            raise ValueError(f"suggestion.{what} has an entry with an unknown code {s.get('code')!r}")
    return list(value)


def _decision(rec: dict[str, Any], line: int) -> Decision:
    """A usable decision from one export record; ValueError (the reject reason) when it is not."""
    listing = rec.get("listing")
    if not isinstance(listing, dict) or listing.get("id") is None:
        raise ValueError("no listing with an id")
    if not any(isinstance(listing.get(f), str) and listing[f].strip() for f in ("title", "description")):
        raise ValueError("the listing has no title or description text")
    action = rec.get("action")
    if action == "note":
        raise ValueError("a note makes no label")
    if action not in LABEL_ACTIONS:
        raise ValueError(f"unknown action {action!r} (one of: {', '.join(LABEL_ACTIONS)})")
    label = rec.get("label")
    if not isinstance(label, dict) or label.get("level") not in LEVELS:
        raise ValueError(f"label.level is not one of {', '.join(LEVELS)}")
    codes = label.get("codes")
    if not isinstance(codes, list) or any(c not in CODE_NAMES for c in codes):
        raise ValueError(f"label.codes is not a list of finding codes: {codes!r}")
    sugg = rec.get("suggestion")
    if not isinstance(sugg, dict):
        raise ValueError("no suggestion")
    claims = _spans(sugg["claims"], "claims", False) if "claims" in sugg else None
    findings = _spans(sugg.get("findings", []), "findings", True)
    if claims is None and label["level"] != "none":
        raise ValueError("the record has no suggestion.claims (the spans the decision was about): export "
                         "the decisions again with this version")
    decision_id = rec.get("decision_id")
    order = (str(rec.get("decided_at") or ""), decision_id if type(decision_id) is int else 0, line)
    return Decision(line, listing, str(action), str(label["level"]), sorted(set(codes)), claims, findings, order)


def read_decisions(path: Path) -> DecisionSet:
    """Parse, validate and deduplicate an export. Raises :class:`MalformedExport` (naming the
    line) for a line that is not a JSON object, OSError when the file cannot be read."""
    raw_bytes = path.read_bytes()
    sha = hashlib.sha256(raw_bytes).hexdigest()
    try:
        text = raw_bytes.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        bad = raw_bytes[: e.start].count(b"\n") + 1
        raise MalformedExport(f"{path} line {bad}: not UTF-8 text") from e
    usable: list[Decision] = []
    rejects: list[Reject] = []
    n = 0
    for i, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        n += 1
        try:
            rec = json.loads(line)
        except ValueError as e:
            raise MalformedExport(f"{path} line {i}: not JSON ({e}); is this a decisions export?") from e
        if not isinstance(rec, dict):
            raise MalformedExport(f"{path} line {i}: a JSON {type(rec).__name__}, not an object; "
                                  "is this a decisions export?")
        try:
            usable.append(_decision(rec, i))
        except (ValueError, KeyError, TypeError) as e:
            rejects.append(Reject(i, str(e), line))
    latest: dict[str, Decision] = {}
    for d in sorted(usable, key=lambda d: d.order):
        latest[str(d.listing["id"])] = d
    kept = sorted(latest.values(), key=lambda d: d.order)
    return DecisionSet(path, sha, n, kept, rejects, len(usable) - len(kept))


def write_rejects(rejects: list[Reject], path: Path) -> None:
    """One JSON object a line: ``line`` (in the export), ``reason``, and the ``record`` as it was."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for r in rejects:
            fh.write(json.dumps({"line": r.line, "reason": r.reason, "record": r.raw}, ensure_ascii=False) + "\n")


# ---------------------------------------------------------------- segment labels

@dataclass
class SegmentLabel:
    """A decision's label for one segment: ``claim`` 1/0, ``codes`` 1/0/-1 (unknown) per SEGMENT_CODES."""

    claim: int
    codes: list[int]


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return min(a1, b1) - max(a0, b0)


def _is_claim_segment(seg: Segment, claims: list[dict[str, Any]]) -> bool:
    for c in claims:
        if c["field"] == seg.field:
            ov = _overlap(c["start"], c["end"], seg.start, seg.end)
            if ov > 0 and ov >= 0.5 * min(c["end"] - c["start"], seg.end - seg.start):
                return True
    return False


def _has_cue(seg: Segment, code: str) -> bool:
    kind, name = _CODE_ANCHOR[code]
    return (lexicon.first_match(seg.text, name) if kind == "attr" else lexicon.signal_match(seg.text, name)) \
        is not None


def segment_labels(d: Decision, segments: list[Segment]) -> tuple[list[SegmentLabel | None], int]:
    """The label of each segment (None: the decision says nothing about it) and the number of
    added codes that could not be placed on a segment."""
    if d.level == "none":
        return [SegmentLabel(0, [-1] * len(SEGMENT_CODES)) for _ in segments], 0
    claims = d.claims or []
    claim_idx = [i for i, s in enumerate(segments) if _is_claim_segment(s, claims)]
    labels: list[SegmentLabel | None] = [None] * len(segments)
    for i in claim_idx:
        labels[i] = SegmentLabel(1, [0] * len(SEGMENT_CODES))
    wanted = set(d.codes)
    unplaced = 0
    for j, code in enumerate(SEGMENT_CODES):
        if code not in wanted:
            continue
        for i in claim_idx:  # unknown until a span says where the code is
            lab = labels[i]
            assert lab is not None
            lab.codes[j] = -1
        spans = [f for f in d.findings if f["code"] == code]
        hit = [i for i in claim_idx for f in spans if f["field"] == segments[i].field
               and _overlap(f["start"], max(f["end"], f["start"] + 1), segments[i].start, segments[i].end) > 0]
        if not hit:  # a code the moderator added: where its cue words are, or the only claim
            cued = [i for i in claim_idx if code in _CODE_ANCHOR and _has_cue(segments[i], code)]
            hit = cued if len(cued) == 1 else (claim_idx if len(claim_idx) == 1 else [])
        if not hit:
            unplaced += 1
        for i in hit:
            lab = labels[i]
            assert lab is not None
            lab.codes[j] = 1
    return labels, unplaced


_WS = re.compile(r"\s+")


def segment_key(seg: Segment) -> str:
    """Rows with the same key are one row after deduplication (latest decision wins)."""
    return _WS.sub(" ", seg.text).strip().lower()
