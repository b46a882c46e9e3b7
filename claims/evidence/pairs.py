"""Pair features for (claim, candidate evidence): rule signals of the candidate, word overlap,
quantities that differ, and the sentence-pair combination of the two embeddings; review statements."""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from claims.text import lexicon

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


@lru_cache(maxsize=lexicon.TEXT_CACHE_SIZE)
def evidence_signals(text: str) -> np.ndarray:
    """The evidence signals of one text (memoised per text; the array is read-only)."""
    vec = np.array([1.0 if p.search(text) else 0.0 for p in _compiled()], dtype=np.float32)
    vec.setflags(write=False)
    return vec


@lru_cache(maxsize=lexicon.TEXT_CACHE_SIZE)
def _content_words(text: str) -> frozenset[str]:
    return frozenset({w[:5] for w in re.findall(r"[a-z][a-z0-9]+", text.lower()) if w not in _STOP and len(w) > 2})


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


@lru_cache(maxsize=lexicon.TEXT_CACHE_SIZE)
def _quantities(text: str) -> dict[str, set[float]]:
    """Exact quantities by unit; bounds ("≥ 88%", "up to 40%") are skipped: 93% does not differ from them.
    Memoised per text: do not change the result."""
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
    from claims.text.prep import segment_field

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
