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
NOT_CONTRADICT = 3  # a partial label: unrelated or corroborating, not known which

_EVIDENCE_SIGNALS: dict[str, str] = {
    "failure": r"\b(broke|broken|tore|torn|ripped|snapped|cracked|fell apart|fall(ing)? apart|stopped working|"
    r"died|fail\w*|fraying|frayed|peel\w*|split|leak\w*|wore out|worn out|disintegrat\w*|fell off|came off|"
    r"hole|holes|rust\w*|warp\w*|delaminat\w*|dead|unusable|bin(ned)?)\b",
    "plastic_seen": r"(plastic|poly ?bag|polybag|poly mailer|bubble ?wrap|cling ?film|shrink ?wrap|blister|"
    r"polystyrene|styrofoam|nylon|polyester|polypropylene|\bPE\b|\bPP\b|\bPET\b|acrylic|vinyl|PVC|"
    r"foam peanuts|packing peanuts|sellotape|plastic tape|laminated|microplastic)",
    "label_says": r"(label|tag|sticker|box|packaging|manual|spec|invoice|care tag|sewn-in|small print|datasheet|"
    r"website|certificate)\s+(inside\s+)?(says|said|reads|read|states|stated|lists|listed|shows|showed|printed)",
    "still_intact": r"(still (intact|whole|there|in one piece|the same|recognis|visible|looks? new)|hasn'?t "
    r"(broken down|decomposed|changed|degraded|rotted)|not (broken down|decomposed|degraded)|doesn'?t "
    r"(break down|decompose|compost))",
    "chemical_smell": r"(chemical|toxic|harsh|strong|plastic|petrol|solvent|paint|glue|rubber)\w* (smell|odou?r|fumes|"
    r"stench)|(reek\w*|stinks?|stank)|(rash|headache|burn\w*|irritat\w*|itch\w*|hives|dizzy|nause\w*)",
    "energy_use": r"(\d+(\.\d+)? ?w\b|watts?|kwh|electricity bill|power bill|draws|consumption|energy class|plug meter|"
    r"meter|standby)",
    "real_animal": r"(real|genuine|cow|calf|pig|sheep)\s*(leather|hide|skin|suede|wool|silk|down)|cowhide|beeswax|"
    r"lanolin|carmine|gelatin|animal",
    "percent": r"\d+ ?%",
    "confirm": r"\b(confirm\w*|checked out|verified|as (described|advertised|promised)|indeed|true to|"
    r"genuinely|really is|no plastic at all|fully|exactly|sure enough|can confirm|lived up)\b",
    "contrast": r"\b(but|however|although|though|yet|despite|even though|actually|turns out|turned out|"
    r"claims?|supposed(ly)?|so[- ]called|advertised|promised|says)\b",
    "off_topic": r"\b(size|sizing|fit|fits|small|large|colou?r|shade|deliver\w*|shipping took|arrived late|"
    r"late|courier|price|expensive|customer service|taste|flavou?r|battery life|instructions|comfortable|"
    r"comfy|looks?|pretty|cute|ugly|noisy|loud|heavy|scent|smells? (nice|lovely|great))\b",
    "packaging_arrival": r"\b(arrived|came|shipped|delivered|packed|wrapped|packaging|parcel|box|mailer|envelope)\b",
    "duration": r"\b(after|within|in) (just |only |about |a |one |two |three |four |\d+ )?(few )?(day|days|week|weeks|"
    r"month|months|year|wash|washes|uses|wears)\b|\b(weeks?|months?|years?) (later|on)\b",
    "negation": r"\b(not|no|never|nothing|isn'?t|wasn'?t|doesn'?t|didn'?t|won'?t|can'?t|hardly|zero)\b",
    "claim_echo": r"\b(eco|green|sustainab\w*|recycl\w*|compost\w*|biodegrad\w*|organic|vegan|plastic[- ]free|"
    r"carbon|neutral|fair ?trade|non[- ]toxic|natural|energy|efficien\w*|refill\w*|reusable)\b",
}
_SIGNAL_NAMES = tuple(_EVIDENCE_SIGNALS)
N_SIGNALS = len(_SIGNAL_NAMES)
_STOP = frozenset("""a an the and or of to in on for with from by at as is are was were be been it its this that
these those my our your their i we you they he she me us them so very really just not no but if then than too also
all any some more most less much many made make use used uses""".split())


@lru_cache(maxsize=1)
def _compiled() -> list[re.Pattern[str]]:
    return [re.compile(_EVIDENCE_SIGNALS[n], re.IGNORECASE) for n in _SIGNAL_NAMES]


def evidence_signals(text: str) -> np.ndarray:
    return np.array([1.0 if p.search(text) else 0.0 for p in _compiled()], dtype=np.float32)


def _content_words(text: str) -> set[str]:
    return {w[:5] for w in re.findall(r"[a-z][a-z0-9]+", text.lower()) if w not in _STOP and len(w) > 2}


_NEG_WORD = re.compile(r"^(no|not|never|without|zero|none|nothing|isn'?t|wasn'?t|aren'?t|doesn'?t|didn'?t|"
                       r"can'?t|couldn'?t|won'?t|hardly|nor|non)$|n't$", re.IGNORECASE)
_FREE_CLAIM = re.compile(r"-free\b|\bfree (of|from)\b|\bno\b|\bwithout\b|\bzero\b|\bnon-", re.IGNORECASE)
_QUANTITY = re.compile(r"(\d+(?:[.,]\d+)?)\s*(%|w\b|watts?|kwh|l\b|litres?|liters?|kg|g\b|hours?|hrs?|days?|weeks?|"
                       r"months?|years?|seasons?|washes|cycles|refills|uses)", re.IGNORECASE)
_UNIT = {"watt": "w", "watts": "w", "litre": "l", "litres": "l", "liter": "l", "liters": "l", "hour": "h", "hours": "h",
         "hr": "h", "hrs": "h", "day": "d", "days": "d", "week": "wk", "weeks": "wk", "month": "mo", "months": "mo",
         "year": "y", "years": "y", "season": "y", "seasons": "y"}


_BOUND = re.compile(r"(≥|≤|>|<|at least|up to|over|more than|less than|under|min(imum)?|max(imum)?|above|below)\s*$",
                    re.IGNORECASE)


def _quantities(text: str) -> dict[str, set[float]]:
    """Exact quantities by unit; bounds ("≥ 88%", "up to 40%") are skipped: 93% does not differ from them."""
    out: dict[str, set[float]] = {}
    for m in _QUANTITY.finditer(text):
        if _BOUND.search(text[max(0, m.start() - 12): m.start()]):
            continue
        unit = m.group(2).lower()
        out.setdefault(_UNIT.get(unit, unit), set()).add(float(m.group(1).replace(",", ".")))
    return out


def _overlap(claim: str, cand: str) -> np.ndarray:
    """Aspect overlap (shared word stems), a claim word negated in the candidate ("no FSC logo
    anywhere"; for a free-of claim, "not a scrap of plastic" agrees instead), and quantities with
    the same unit that agree or differ ("only 5 W" vs "my meter shows 18 W")."""
    a, b = _content_words(claim), _content_words(cand)
    inter = len(a & b)
    words = re.findall(r"[\w']+", cand.lower())
    negated = 0.0
    for k, w in enumerate(words):
        if w[:5] in a and w not in _STOP and any(_NEG_WORD.search(x) for x in words[max(0, k - 4): k]):
            negated = 1.0
            break
    free = float(_FREE_CLAIM.search(claim) is not None)
    qc, qv = _quantities(claim), _quantities(cand)
    shared = set(qc) & set(qv)
    same = float(any(qc[u] & qv[u] for u in shared))
    differ = float(any(qv[u] - qc[u] for u in shared))  # a value the claim does not state ("18 W ... not 5 W")
    return np.array([inter / max(1, len(a)), float(inter > 0), min(1.0, len(cand) / 400.0),
                     negated * (1 - free), negated * free, same, differ], dtype=np.float32)


def pair_features(u: np.ndarray, v: np.ndarray, claim_texts: list[str], cand_texts: list[str]) -> np.ndarray:
    """Rows for (claim_i, candidate_i) pairs: [u*v, |u-v|, v, candidate signals, claim attributes,
    shared attribute keywords, claim attribute x candidate signal, word overlap]."""
    n = len(cand_texts)
    sig = np.vstack([evidence_signals(t) for t in cand_texts]) if n else np.zeros((0, N_SIGNALS))
    na = len(lexicon.ATTRIBUTE_PATTERNS)
    ca = np.vstack([lexicon.features(t)[:na] for t in claim_texts]) if n else np.zeros((0, na))
    va = np.vstack([lexicon.features(t)[:na] for t in cand_texts]) if n else np.zeros((0, na))
    cross = (ca[:, :, None] * sig[:, None, :]).reshape(n, -1)
    ov = np.vstack([_overlap(c, t) for c, t in zip(claim_texts, cand_texts, strict=True)]) if n else np.zeros((0, 7))
    cos = (u * v).sum(axis=1, keepdims=True)
    return np.hstack([u * v, np.abs(u - v), v, sig, ca, ca * va, cross, ov, cos]).astype(np.float32)


_CLAUSE_BREAK = re.compile(r";\s+|,?\s+(?=(?:but|however|although|though|except|yet|whereas)\b)|\s+[-\u2013\u2014]\s+",
                           re.IGNORECASE)


def review_spans(review: str, min_chars: int = 12) -> list[tuple[int, int, str]]:
    """The statements of one review: its sentences, and their clauses where a sentence turns
    ("lovely soap, but it arrived in bubble wrap"; "...; the box was plastic"). (start, end, raw)
    with offsets into ``review``; the whole review is not included."""
    from .textprep import segment_field

    out: list[tuple[int, int, str]] = []
    for s in segment_field("reviews", review):
        out.append((s.start, s.end, s.raw))
        pos, pieces = s.start, []
        for m in _CLAUSE_BREAK.finditer(s.raw):
            pieces.append((pos, s.start + m.start()))
            pos = s.start + m.end()
        pieces.append((pos, s.end))
        if len(pieces) > 1:
            for a, b in pieces:
                raw = review[a:b].strip(" ,.;:!?")
                if len(raw) >= min_chars:
                    a2 = review.index(raw, a)
                    out.append((a2, a2 + len(raw), raw))
    return out


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
            from .crossenc import CrossEncoder

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
    """Each review whole and its statements (:func:`review_spans`), plus the listing's other segments."""
    out = [Candidate("field", s.field, None, s.start, s.end, s.text, s.raw)
           for i, s in enumerate(segments) if i not in exclude]
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
    cands = candidates(listing, segments, set(claim_rows)) if claim_rows else []
    if not cands:
        return cands, {}
    texts = [c.text for c in cands]
    cand_emb = encoder.encode(texts)
    probs = {}
    absent = np.array([c.source == "field" and _ABSENCE.search(c.text) is not None for c in cands])
    full = {}
    for i in claim_rows:
        u = np.repeat(seg_emb[i: i + 1], len(cands), axis=0)
        full[i] = model.predict_proba(pair_features(u, cand_emb, [segments[i].text] * len(cands), texts))
    review = [k for k, c in enumerate(cands) if c.source == "review"]
    if review and model.cross_weight > 0:  # review statements: the cross-encoder too, one batch for all claims
        keys = [(i, k) for i in claim_rows for k in review]
        P = with_cross(model, [segments[i].text for i, _ in keys], [texts[k] for _, k in keys],
                       np.vstack([full[i][k] for i, k in keys]))
        for (i, k), row in zip(keys, P, strict=True):
            full[i][k] = row
    for i in claim_rows:
        probs[i] = full[i][:, 2]
        if absent.any() and _FREE_OF.search(segments[i].text):
            probs[i][absent] = 0.0  # "Microplastics: none" cannot contradict "microplastic-free"
    return cands, probs


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


class DevPairs:
    """Labelled claim/review pairs read statement by statement as scoring reads them, and the
    pair-level contradiction F1 of reading probabilities at their best threshold on a fixed grid
    (how the pair models' weights and thresholds are chosen on dev)."""

    GRID = np.round(np.arange(0.3, 0.901, 0.025), 3)

    def __init__(self, rows: list[dict[str, Any]]):
        self.gold = np.array([r["label"] == "contradict" for r in rows])
        self.claims, self.statements, self.sizes = review_readings([r["claim"] for r in rows],
                                                                   [r["review"] for r in rows])

    def to_json(self) -> dict[str, Any]:
        return {"gold": self.gold.tolist(), "claims": self.claims, "statements": self.statements, "sizes": self.sizes}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DevPairs:
        """The readings as :meth:`to_json` wrote them (no segmentation needed: no spaCy)."""
        dev = cls([])
        dev.gold = np.array(data["gold"], bool)
        dev.claims, dev.statements, dev.sizes = data["claims"], data["statements"], list(data["sizes"])
        return dev

    def best_f1(self, P: np.ndarray) -> tuple[float, float]:
        """(F1, threshold) of the pairs' most contradicting reading in ``P`` (readings x 3)."""
        from .metrics import prf

        q = most_contradicting(P, self.sizes)[:, 2]
        return max((round(prf(q >= t, self.gold)[2], 4), float(t)) for t in self.GRID)


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

_PCT_OF = r"(\d{1,3})\s?%\s*(?:[a-z-]+\s+){0,2}?"
_MATERIAL_WORDS = {"organic": r"organic|bio", "recycled": r"recycled|post-consumer|rpet"}
_PLASTICS = re.compile(
    r"\b(plastic|polypropylene|polyethylene|polystyrene|polyester|nylon|acrylic|PVC|vinyl|ABS|PET|PP|PE|HDPE|LDPE|"
    r"BOPP|PLA|polyurethane|PU|TPU|EVA|melamine|poly ?bag|bubble ?wrap)\b", re.IGNORECASE)
_NEGATED = re.compile(r"\b(no|free|without|zero|not|non)\b|-free", re.IGNORECASE)
_ENERGY_CLASS = re.compile(r"(?:energy (?:class|rating|label|efficiency class)\s*[:(]?\s*|\bclass\s+)"
                           r"(A\+{0,3}|[B-G])(?![\w+])|\b(A\+{1,3})(?![\w+])", re.IGNORECASE)
_CLASS_ORDER = ["A+++", "A++", "A+", "A", "B", "C", "D", "E", "F", "G"]


def _percents(text: str, words: str) -> list[int]:
    """Shares stated for a material word: "35% organic cotton" and "Organic content: 22%"."""
    ahead = [int(m.group(1)) for m in re.finditer(_PCT_OF + r"(?:" + words + r")", text, re.IGNORECASE)]
    behind = re.finditer(r"\b(?:" + words + r")\b[\w -]{0,25}?:\s*(\d{1,3})\s?%", text, re.IGNORECASE)
    return ahead + [int(m.group(1)) for m in behind]


def _energy_classes(text: str) -> list[str]:
    out = []
    for m in _ENERGY_CLASS.finditer(text):
        c = (m.group(1) or m.group(2) or "").upper()
        if c in _CLASS_ORDER:
            out.append(c)
    return out


def _stated_classes(segments: list[Any], listing: dict[str, Any] | None) -> list[tuple[int, str]]:
    """(segment row, energy class) stated in the listing: in each segment, and across the cells of
    a spec table ("<td>Energy class</td><td>F</td>": the lone "F" is no segment of its own), found
    in the HTML-masked field and attributed to the segment it starts in or follows."""
    from .textprep import mask_html

    out = [(j, c) for j, s in enumerate(segments) for c in _energy_classes(_with_plus(s, listing))]
    for fld in ("title", "description"):
        text = (listing or {}).get(fld)
        if not isinstance(text, str):
            continue
        for m in _ENERGY_CLASS.finditer(mask_html(text)):  # same offsets as the field
            c = (m.group(1) or m.group(2) or "").upper()
            rows = [j for j, s in enumerate(segments) if s.field == fld and s.start <= m.start()]
            if c in _CLASS_ORDER and rows:
                out.append((rows[-1], c))
    return out


def _with_plus(seg: Any, listing: dict[str, Any] | None) -> str:
    """The segment's text with the "+" signs that segmentation trims off its end ("class A+++")."""
    field_text = (listing or {}).get(seg.field)
    if not isinstance(field_text, str):
        return str(seg.text)
    end = seg.end
    while end < len(field_text) and field_text[end] == "+":
        end += 1
    return str(seg.text) + "+" * (end - seg.end)


_PACKAGING = re.compile(r"packag|mailer|wrap|shipp|deliver|parcel|\bbox|\bbag|tape|film|envelope|void fill|padding",
                        re.IGNORECASE)
_WHOLE_WORDS = re.compile(r"\b(pure|all|fully|entirely|completely|wholly|solid)\b|100 ?%", re.IGNORECASE)
_PART_LABEL = re.compile(r"^\s*([A-Za-z][A-Za-z &/-]{1,30}?)\s*:")


def _part_of(text: str) -> str | None:
    """The part a spec line is about ("Lining: 100% recycled polyester" -> "lining"), if it names one."""
    m = _PART_LABEL.match(text)
    if not m:
        return None
    label = m.group(1).strip().lower()
    return None if label in {"material", "materials", "composition", "fabric", "made of", "content", "fibre",
                             "fiber", "product"} else label


def fact_conflicts(segments: list[Any], claim_rows: list[int], listing: dict[str, Any] | None = None
                   ) -> list[tuple[int, int, str]]:
    """(claim row, fact row, why) where a claim is contradicted by another segment of the listing:
    a whole ("100%" or unqualified) organic/recycled claim against a smaller stated share, a
    plastic-free claim against a plastic material, a better energy class against a worse one.
    Pass ``listing`` so that energy classes at the end of a segment keep their "+" signs."""
    found = []
    for i in claim_rows:
        claim = segments[i].text
        for kind, words in _MATERIAL_WORDS.items():
            if not re.search(words, claim, re.IGNORECASE):
                continue
            claimed = _percents(claim, words)
            whole = (claimed and max(claimed) == 100) or (
                not claimed and segments[i].field == "title" and _WHOLE_WORDS.search(claim) is not None)
            if not whole:
                continue
            part = _part_of(claim)
            for j, s in enumerate(segments):
                if j == i:
                    continue
                shares = _percents(s.text, words)
                if not shares or 100 in shares or re.search(r"of which", s.text, re.IGNORECASE):
                    continue  # "100% recycled fibre, of which 80% post-consumer" is no smaller share
                if part is not None and _part_of(s.text) != part:
                    continue  # "Lining: 100% recycled" says nothing about the outer fabric
                found.append((i, j, f"{kind} share"))
                break
        if re.search(r"plastic[- ]?free|no plastic|zero plastic|without plastic", claim, re.IGNORECASE):
            part = _part_of(claim)
            packaging = _PACKAGING.search(claim) is not None
            for j, s in enumerate(segments):
                if j == i or _NEGATED.search(s.text):
                    continue
                if (part is not None and _part_of(s.text) not in (None, part)) or \
                        (packaging and not _PACKAGING.search(s.text)):
                    continue  # "Packaging: ... no plastic" says nothing about the product's case
                if _PLASTICS.search(s.text) and re.search(r":|made of|material|made from|lining|handle|"
                                                          r"bristles|trigger|cap|lid|window", s.text, re.I):
                    found.append((i, j, "plastic material"))
                    break
        classes = _energy_classes(_with_plus(segments[i], listing))
        if classes:
            best = min(_CLASS_ORDER.index(c) for c in classes)
            for j, c in _stated_classes(segments, listing):
                if j != i and _CLASS_ORDER.index(c) > best:
                    found.append((i, j, "energy class"))
                    break
    return found
