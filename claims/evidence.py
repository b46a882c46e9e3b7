"""Evidence about a claim from elsewhere: customer reviews and the listing's own facts.

A pair model decides, for (claim, candidate evidence), whether the candidate *contradicts* the
claim, *corroborates* it, or is *unrelated* (a complaint about fit or delivery is unrelated).
Features are the usual sentence-pair combination of the two embeddings plus rule signals of
the candidate; a multinomial logistic regression on top. Trained by ``claims train`` from
``corpora/reviews`` (claim/review pairs) and the CONTRADICTED evidence of labelled listings.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from . import lexicon

PAIR_LABELS = ("unrelated", "corroborate", "contradict")

_EVIDENCE_SIGNALS: dict[str, str] = {
    "failure": r"\b(broke|broken|tore|torn|ripped|snapped|cracked|fell apart|fall(ing)? apart|stopped working|"
    r"died|fail\w*|fraying|frayed|peel\w*|split|leak\w*|wore out|worn out|disintegrat\w*|fell off|came off)\b",
    "plastic_seen": r"(plastic|poly ?bag|polybag|poly mailer|bubble ?wrap|cling ?film|shrink ?wrap|blister|"
    r"polystyrene|styrofoam|nylon|polyester|polypropylene|\bPE\b|\bPP\b|\bPET\b|acrylic|vinyl|PVC)",
    "label_says": r"(label|tag|sticker|box|packaging|manual|spec|invoice|care tag|sewn-in)\s+(inside\s+)?"
    r"(says|said|reads|read|states|lists|shows|showed|printed)",
    "still_intact": r"(still (intact|whole|there|in one piece|the same)|hasn'?t (broken down|decomposed|"
    r"changed)|not (broken down|decomposed|degraded))",
    "chemical_smell": r"(chemical|toxic|harsh|strong|plastic|petrol|solvent)\w* (smell|odou?r|fumes|stench)|"
    r"(rash|headache|burn\w*|irritat\w*|itch\w*)",
    "energy_use": r"(\d+ ?w\b|watts?|kwh|electricity bill|power bill|draws|consumption|energy class)",
    "real_animal": r"(real|genuine|cow|calf|pig|sheep)\s*(leather|hide|skin|suede|wool|silk|down)|cowhide|beeswax|"
    r"lanolin|carmine|gelatin",
    "percent": r"\d+ ?%",
    "confirm": r"\b(confirm\w*|checked out|verified|as (described|advertised|promised)|indeed|true to|"
    r"genuinely|really is|no plastic at all|fully|exactly)\b",
    "contrast": r"\b(but|however|although|though|yet|despite|even though|actually|turns out|turned out|"
    r"claims?|supposed(ly)?|so[- ]called|advertised|promised|says)\b",
    "off_topic": r"\b(size|sizing|fit|fits|small|large|colou?r|shade|deliver\w*|shipping took|arrived late|"
    r"late|courier|price|expensive|customer service|taste|flavou?r|battery life|instructions)\b",
}
_SIGNAL_NAMES = tuple(_EVIDENCE_SIGNALS)
N_SIGNALS = len(_SIGNAL_NAMES)


@lru_cache(maxsize=1)
def _compiled() -> list[re.Pattern[str]]:
    return [re.compile(_EVIDENCE_SIGNALS[n], re.IGNORECASE) for n in _SIGNAL_NAMES]


def evidence_signals(text: str) -> np.ndarray:
    return np.array([1.0 if p.search(text) else 0.0 for p in _compiled()], dtype=np.float32)


def pair_features(u: np.ndarray, v: np.ndarray, claim_texts: list[str], cand_texts: list[str]) -> np.ndarray:
    """Rows for (claim_i, candidate_i) pairs: [u*v, |u-v|, v, candidate signals, claim attributes,
    shared attribute keywords]."""
    sig = np.vstack([evidence_signals(t) for t in cand_texts]) if cand_texts else np.zeros((0, N_SIGNALS))
    na = len(lexicon.ATTRIBUTE_PATTERNS)
    ca = np.vstack([lexicon.features(t)[:na] for t in claim_texts]) if claim_texts else np.zeros((0, na))
    va = np.vstack([lexicon.features(t)[:na] for t in cand_texts]) if cand_texts else np.zeros((0, na))
    return np.hstack([u * v, np.abs(u - v), v, sig, ca, ca * va]).astype(np.float32)


@dataclass
class EvidenceModel:
    weights: np.ndarray  # (3, F)
    bias: np.ndarray  # (3,)
    thresholds: dict[str, float] = field(default_factory=lambda: {"review": 0.5, "field": 0.5})
    meta: dict[str, Any] = field(default_factory=dict)

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        z = X @ self.weights.T + self.bias
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return np.asarray(e / e.sum(axis=1, keepdims=True))

    def save(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(directory / "evidence.npz", weights=self.weights.astype(np.float32),
                            bias=self.bias.astype(np.float32))
        (directory / "evidence.json").write_text(json.dumps(dict(self.meta, thresholds=self.thresholds),
                                                            indent=2, sort_keys=True) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, directory: Path) -> EvidenceModel | None:
        if not (directory / "evidence.json").exists():
            return None
        meta = json.loads((directory / "evidence.json").read_text(encoding="utf-8"))
        arr = np.load(directory / "evidence.npz")
        return cls(arr["weights"], arr["bias"], dict(meta.pop("thresholds")), meta)


@dataclass
class Candidate:
    source: str  # "review" or "field"
    field: str  # "reviews" or the listing field
    index: int | None  # review index
    start: int
    end: int
    text: str  # what the encoder sees
    raw: str  # what is quoted


def candidates(listing: dict[str, Any], segments: list[Any], exclude: set[int]) -> list[Candidate]:
    """Review sentences (and whole short reviews) plus the listing's other segments."""
    from .textprep import segment_field

    out = [Candidate("field", s.field, None, s.start, s.end, s.text, s.raw)
           for i, s in enumerate(segments) if i not in exclude]
    for idx, review in enumerate(listing.get("reviews") or []):
        if not isinstance(review, str) or not review.strip():
            continue
        segs = segment_field("reviews", review)
        for s in segs:
            out.append(Candidate("review", "reviews", idx, s.start, s.end, s.text, s.raw))
        if len(segs) > 1 and len(review) <= 600:
            stripped = review.strip()
            a = review.index(stripped)
            out.append(Candidate("review", "reviews", idx, a, a + len(stripped), " ".join(stripped.split()),
                                 stripped))
    return out


def contradictions(model: EvidenceModel, encoder: Any, listing: dict[str, Any], segments: list[Any],
                   claim_rows: list[int], seg_emb: np.ndarray) -> list[tuple[int, Candidate, float]]:
    """(claim segment index, contradicting candidate, probability) for each contradicted claim."""
    if not claim_rows:
        return []
    cands = candidates(listing, segments, set(claim_rows))
    if not cands:
        return []
    cand_emb = encoder.encode([c.text for c in cands])
    found = []
    for i in claim_rows:
        u = np.repeat(seg_emb[i: i + 1], len(cands), axis=0)
        X = pair_features(u, cand_emb, [segments[i].text] * len(cands), [c.text for c in cands])
        p = model.predict_proba(X)[:, 2]
        best, best_p = None, 0.0
        for c, pc in zip(cands, p, strict=True):
            if pc >= model.thresholds.get(c.source, 0.5) and pc > best_p:
                # prefer the shortest span among near-equal scores (a sentence over the whole review)
                best, best_p = c, float(pc)
        if best is not None and best.source == "review":
            same = [(c, q) for c, q in zip(cands, p, strict=True)
                    if c.index == best.index and c.source == "review" and q >= best_p - 0.05]
            best = min(same, key=lambda cq: cq[0].end - cq[0].start)[0]
        if best is not None:
            found.append((i, best, best_p))
    return found


# ----------------------------------------------------------------------------- the listing's own facts

_PCT_OF = r"(\d{1,3})\s?%\s*(?:[a-z-]+\s+){0,2}?"
_MATERIAL_WORDS = {"organic": r"organic|bio", "recycled": r"recycled|post-consumer|rpet"}
_PLASTICS = re.compile(
    r"\b(plastic|polypropylene|polyethylene|polystyrene|polyester|nylon|acrylic|PVC|vinyl|ABS|PET|PP|PE|HDPE|LDPE|"
    r"BOPP|PLA|polyurethane|PU|TPU|EVA|melamine|poly ?bag|bubble ?wrap)\b", re.IGNORECASE)
_NEGATED = re.compile(r"\b(no|free|without|zero|not|non)\b|-free", re.IGNORECASE)
_ENERGY_CLASS = re.compile(r"(?:energy (?:class|rating|label|efficiency class)\s*[:(]?\s*|\bclass\s+)"
                           r"(A\+{0,3}|[B-G])\b|\b(A\+{1,3})(?![\w+])", re.IGNORECASE)
_CLASS_ORDER = ["A+++", "A++", "A+", "A", "B", "C", "D", "E", "F", "G"]


def _percents(text: str, words: str) -> list[int]:
    return [int(m.group(1)) for m in re.finditer(_PCT_OF + r"(?:" + words + r")", text, re.IGNORECASE)]


def _energy_classes(text: str) -> list[str]:
    out = []
    for m in _ENERGY_CLASS.finditer(text):
        c = (m.group(1) or m.group(2) or "").upper()
        if c in _CLASS_ORDER:
            out.append(c)
    return out


def fact_conflicts(segments: list[Any], claim_rows: list[int]) -> list[tuple[int, int, str]]:
    """(claim row, fact row, why) where a claim is contradicted by another segment of the listing:
    a whole ("100%" or unqualified) organic/recycled claim against a smaller stated share, a
    plastic-free claim against a plastic material, a better energy class against a worse one."""
    found = []
    for i in claim_rows:
        claim = segments[i].text
        for kind, words in _MATERIAL_WORDS.items():
            if not re.search(words, claim, re.IGNORECASE):
                continue
            claimed = _percents(claim, words)
            whole = (claimed and max(claimed) == 100) or (not claimed and segments[i].field == "title")
            if not whole:
                continue
            for j, s in enumerate(segments):
                if j != i and any(p < 100 for p in _percents(s.text, words)):
                    found.append((i, j, f"{kind} share"))
                    break
        if re.search(r"plastic[- ]?free|no plastic|zero plastic|without plastic", claim, re.IGNORECASE):
            for j, s in enumerate(segments):
                if j == i or j in claim_rows or _NEGATED.search(s.text):
                    continue
                if _PLASTICS.search(s.text) and re.search(r":|made of|material|made from|lining|handle|"
                                                          r"bristles|trigger|cap|lid|window", s.text, re.I):
                    found.append((i, j, "plastic material"))
                    break
        classes = _energy_classes(claim)
        if classes:
            best = min(_CLASS_ORDER.index(c) for c in classes)
            for j, s in enumerate(segments):
                other = _energy_classes(s.text)
                if j != i and other and min(_CLASS_ORDER.index(c) for c in other) > best:
                    found.append((i, j, "energy class"))
                    break
    return found
