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
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from claims.evidence.pairs import pair_features, review_spans
from claims.text import lexicon


@dataclass
class EvidenceModel:
    """The pair model; thresholds on p(contradict) for review candidates (``review``) and for
    the listing's own segments (``field``), tuned on dev listings."""

    weights: np.ndarray  # (3, F)
    bias: np.ndarray  # (3,)
    thresholds: dict[str, float] = field(default_factory=lambda: {"review": 0.5, "field": 0.5})
    meta: dict[str, Any] = field(default_factory=dict)
    directory: Path | None = None  # where it was loaded from: the cross-encoder is in ``crossenc/`` under it
    cross: Any = None  # the cross-encoder (claims.crossenc.CrossEncoder), loaded on first use
    _cross_tried: bool = False

    @property
    def cross_weight(self) -> float:
        """Weight of the cross-encoder in the averaged pair probabilities (0: feature model only)."""
        return float(self.thresholds.get("cross_weight", 0.0))

    def cross_model(self) -> Any:
        """The cross-encoder, loaded lazily from ``directory/crossenc``; None without one (or with
        weight 0), and then the feature model alone decides."""
        if self.cross is None and not self._cross_tried and self.directory is not None and self.cross_weight > 0:
            from claims.evidence.crossenc import CrossEncoder

            self._cross_tried = True
            self.cross = CrossEncoder.load(self.directory / "crossenc")
        return self.cross if self.cross_weight > 0 else None

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
        return cls(arr["weights"], arr["bias"], dict(meta.pop("thresholds")), meta, directory=directory)


@dataclass
class Candidate:
    source: str  # "review" or "field"
    field: str  # "reviews" or the listing field
    index: int | None  # review index
    start: int
    end: int
    text: str  # what the encoder sees
    raw: str  # what is quoted
    whole: bool = False  # the whole review (not one of its statements)


def candidates(listing: dict[str, Any], segments: list[Any], exclude: set[int]) -> list[Candidate]:
    """Each review whole and its statements (:func:`review_spans`), plus the listing's other segments
    that name an eco-attribute (only those can contradict a claim: :func:`claims.text.lexicon.shares_attribute`)."""
    out = [Candidate("field", s.field, None, s.start, s.end, s.text, s.raw)
           for i, s in enumerate(segments) if i not in exclude and lexicon.attribute_hits(s.text)]
    for idx, review in enumerate(listing.get("reviews") or []):
        if not isinstance(review, str) or not review.strip():
            continue
        stripped = review.strip()
        a = review.index(stripped)
        out.append(Candidate("review", "reviews", idx, a, a + len(stripped), " ".join(stripped.split()), stripped,
                             whole=True))
        for s, e, raw in review_spans(review):
            if raw != stripped:
                out.append(Candidate("review", "reviews", idx, s, e, " ".join(raw.split()), raw))
    return out


_FREE_OF = re.compile(r"-free\b|\bfree (of|from)\b|\bno\b|\bwithout\b|\bzero\b", re.IGNORECASE)
_ABSENCE = re.compile(r"\b(none|nil|zero|not (present|detected|used|added)|free)\b|:\s*no\b|\b0 ?%", re.IGNORECASE)


def contradiction_probs(model: EvidenceModel, encoder: Any, listing: dict[str, Any], segments: list[Any],
                        claim_rows: list[int], seg_emb: np.ndarray) -> tuple[list[Candidate], dict[int, np.ndarray]]:
    """The candidates of a listing and, for each claim row, p(contradict) of every candidate."""
    return contradiction_probs_many(model, encoder, [(listing, segments, claim_rows, seg_emb)])[0]


ListingEvidenceInput = tuple[dict[str, Any], list[Any], list[int], np.ndarray]  # listing, segments, claim rows, emb


def contradiction_probs_many(model: EvidenceModel, encoder: Any, items: Sequence[ListingEvidenceInput]
                             ) -> list[tuple[list[Candidate], dict[int, np.ndarray]]]:
    """:func:`contradiction_probs` of several listings (listing, segments, claim rows, segment
    embeddings) at once: the candidates of all of them encoded in one call and their (claim,
    review statement) pairs read by the cross-encoder in one call, so its batches are full
    (results as one listing at a time)."""
    cands_all = [candidates(listing, segments, set(rows)) if rows else [] for listing, segments, rows, _ in items]
    texts_all = [[c.text for c in cands] for cands in cands_all]
    flat = [t for texts in texts_all for t in texts]
    emb = encoder.encode(flat) if flat else np.zeros((0, 0), np.float32)
    fulls: list[dict[int, np.ndarray]] = []
    keys: list[tuple[int, int, int]] = []  # (listing, claim row, candidate) of each review pair
    pos = 0
    for n, ((_, segments, rows, seg_emb), cands, texts) in enumerate(zip(items, cands_all, texts_all, strict=True)):
        cand_emb, pos = emb[pos: pos + len(texts)], pos + len(texts)
        full = {}
        for i in rows if cands else []:
            u = np.repeat(seg_emb[i: i + 1], len(cands), axis=0)
            full[i] = model.predict_proba(pair_features(u, cand_emb, [segments[i].text] * len(cands), texts))
        if model.cross_weight > 0:  # review statements: the cross-encoder too, one batch for all listings
            review = [k for k, c in enumerate(cands) if c.source == "review"]
            keys += [(n, i, k) for i in full for k in review]
        fulls.append(full)
    if keys:
        P = with_cross(model, [items[n][1][i].text for n, i, _ in keys], [texts_all[n][k] for n, _, k in keys],
                       np.vstack([fulls[n][i][k] for n, i, k in keys]))
        for (n, i, k), row in zip(keys, P, strict=True):
            fulls[n][i][k] = row
    out = []
    for (_, segments, _, _), cands, full in zip(items, cands_all, fulls, strict=True):
        absent = np.array([c.source == "field" and _ABSENCE.search(c.text) is not None for c in cands])
        probs = {}
        for i, P_i in full.items():
            probs[i] = P_i[:, 2]
            if absent.any() and _FREE_OF.search(segments[i].text):
                probs[i][absent] = 0.0  # "Microplastics: none" cannot contradict "microplastic-free"
            for k, c in enumerate(cands):  # a listing's own segment speaks only of the attributes it names
                if c.source == "field" and not lexicon.shares_attribute(segments[i].text, c.text):
                    probs[i][k] = 0.0
        out.append((cands, probs))
    return out


def pick_contradictions(cands: list[Candidate], probs: dict[int, np.ndarray], thresholds: dict[str, float]
                        ) -> list[tuple[int, Candidate, float]]:
    """(claim row, contradicting candidate, probability) for each claim whose best candidate
    passes its source's threshold. A review is read statement by statement and as a whole; the
    quoted evidence is the statement of the deciding review that contradicts most (near-ties:
    the shortest)."""
    found = []
    for i, p in probs.items():
        best, best_p = None, 0.0
        for k, c in enumerate(cands):
            if p[k] >= thresholds.get(c.source, 0.5) and p[k] > best_p:
                best, best_p = c, float(p[k])
        if best is not None and best.source == "review":
            same = [(c, float(q)) for c, q in zip(cands, p, strict=True)
                    if c.source == "review" and c.index == best.index and not c.whole]
            if same:
                top = max(q for _, q in same)
                best = min([cq for cq in same if cq[1] >= top - 0.05], key=lambda cq: cq[0].end - cq[0].start)[0]
        if best is not None:
            found.append((i, best, best_p))
    return found


def contradictions(model: EvidenceModel, encoder: Any, listing: dict[str, Any], segments: list[Any],
                   claim_rows: list[int], seg_emb: np.ndarray) -> list[tuple[int, Candidate, float]]:
    """(claim segment index, contradicting candidate, probability) for each contradicted claim."""
    cands, probs = contradiction_probs(model, encoder, listing, segments, claim_rows, seg_emb)
    return pick_contradictions(cands, probs, model.thresholds)


def review_readings(claims: list[str], reviews: list[str]) -> tuple[list[str], list[str], list[int]]:
    """The readings of (claim, review) pairs as scoring reads them: each review whole, then its
    statements. Flat (claims, texts) and the number of readings of each pair."""
    groups = [[" ".join(r.split())] + [" ".join(raw.split()) for _, _, raw in review_spans(r)] for r in reviews]
    flat_claims = [c for c, g in zip(claims, groups, strict=True) for _ in g]
    return flat_claims, [t for g in groups for t in g], [len(g) for g in groups]


def reading_probs(model: EvidenceModel, encoder: Any, flat_claims: list[str], flat: list[str]) -> np.ndarray:
    """(n, 3) feature-model probabilities of (claim, statement) readings."""
    if not flat:
        return np.zeros((0, 3), np.float32)
    return model.predict_proba(pair_features(encoder.encode(flat_claims), encoder.encode(flat), flat_claims, flat))


def most_contradicting(P: np.ndarray, sizes: list[int]) -> np.ndarray:
    """Per pair, the row of its most contradicting reading."""
    out, pos = [], 0
    for n in sizes:
        block = P[pos: pos + n]
        out.append(block[int(block[:, 2].argmax())])
        pos += n
    return np.vstack(out) if out else np.zeros((0, 3), np.float32)


def combine(p_features: np.ndarray, p_cross: np.ndarray | None, weight: float) -> np.ndarray:
    """The two pair models' class probabilities averaged (``weight`` on the cross-encoder)."""
    if p_cross is None or weight <= 0:
        return p_features
    return np.asarray((1.0 - weight) * p_features + weight * p_cross, dtype=np.float32)


def review_pair_probs(model: EvidenceModel, encoder: Any, claims: list[str], reviews: list[str]) -> np.ndarray:
    """(n, 3) pair probabilities of (claim, review) pairs, read the way listings are scored: each
    review whole and statement by statement; the row of its most contradicting reading. With a
    cross-encoder (``models/evidence/crossenc``, weight ``cross_weight``), its probabilities are
    averaged in (:func:`with_cross`)."""
    flat_claims, flat, sizes = review_readings(claims, reviews)
    if not flat:
        return np.zeros((0, 3), np.float32)
    return most_contradicting(with_cross(model, flat_claims, flat, reading_probs(model, encoder, flat_claims, flat)),
                              sizes)


def with_cross(model: EvidenceModel, claims: list[str], texts: list[str], P: np.ndarray,
               p_cross: np.ndarray | None = None) -> np.ndarray:
    """Feature-model probabilities ``P`` of (claim, statement) readings, with the cross-encoder's
    averaged in where the feature model gives p(contradict) >= ``cross_min`` (the cheap filter: the
    rest cannot reach a contradiction threshold and keep the feature model's reading). ``p_cross``:
    the cross-encoder's probabilities of all readings, if already computed."""
    if not len(P) or model.cross_weight <= 0:
        return P
    cross = model.cross_model() if p_cross is None else None
    if cross is None and p_cross is None:
        return P
    sel = np.flatnonzero(P[:, 2] >= float(model.thresholds.get("cross_min", 0.0)))
    out = P.copy()
    if len(sel):
        if p_cross is not None:
            pc = p_cross[sel]
        else:
            assert cross is not None
            pc = cross.predict_proba([claims[i] for i in sel], [texts[i] for i in sel])
        out[sel] = combine(P[sel], pc, model.cross_weight)
    return out


# ----------------------------------------------------------------------------- the listing's own facts
