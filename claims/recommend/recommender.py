"""Greener alternatives: listings that serve the same need, re-ranked so that credible eco value wins close calls.

Compute, then apply, as in the analyzer:

1. **Candidates** by cosine similarity of listing embeddings (:mod:`claims.recommend.index`),
   after the shopper's filters (:class:`Criteria`): required credible attributes, a risk
   ceiling, a category, a price range.
2. **Same-need gate** (on by default, ``Criteria.same_need``): a candidate must be of the
   query's product type (:mod:`claims.recommend.product_types`: the head noun of the query
   text or of the viewed/liked items' titles, read against a small taxonomy of product types;
   or the same deep category leaf; or the same head noun), and it must pass a **relevance
   floor** (``Criteria.min_relevance``; by default :data:`TEXT_MIN_RELEVANCE` for text queries,
   :data:`ITEM_MIN_RELEVANCE` for item and profile queries, where a profile candidate is
   compared with its nearest liked item). A tumble dryer is never an answer to "reusable
   water bottle", however few bottles the catalog holds: the list is shorter instead.
3. **Blend** (:func:`blend`), one transparent formula per candidate::

       score = relevance + eco_weight * ECO_REACH * (best - relevance)
                           * (eco_value - RISK_PENALTY * risk_score * [high])

   where ``best`` is the relevance of the best candidate. ``eco_value``
   (:attr:`claims.recommend.catalog.Item.eco_value`) is 0 for a listing without a credible
   attribute or at high risk, else 0.5 + 0.5 * ``eco_score``, and it counts only for a
   candidate that passed the same-need test, even with the gate off: eco value reorders
   listings of the query's kind and never lifts another kind. It closes at most
   ``eco_weight * ECO_REACH`` of the gap between a listing's relevance and the best match's, so
   it decides close calls, never passes the best match. A high-risk listing gets no eco credit
   whatever it claims, and at ``eco_weight > 0`` it loses a little against equally relevant
   ones; equal scores go to the lower risk score.
4. **Diversity** (:func:`mmr`): maximal marginal relevance over the blended score; the value at
   selection is the reported ``score``, which is non-increasing down the list.
5. **Explanations** (:func:`explain`) a shopper can read: what matched ("same product type:
   water bottle; similarity 0.62"), then why it ranks where it does (its credible claims
   themselves, "ranks up for credible claims: 100% recycled polyester mesh panels (GRS, licence
   CU 1187752)", or why its claims did not count) and its greenwashing risk level.

A shopper's profile (liked ids) is an argument of :meth:`Recommender.by_profile` and is never
stored. The catalog and its index persist under ``Settings.index_dir`` (``claims index build``).

>>> rec = Recommender.load(Path("index"))                          # doctest: +SKIP
>>> rec.by_item("demo-h1-002", k=5, criteria=Criteria(max_level="low"))  # doctest: +SKIP
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from claims.config import Settings, get_settings
from claims.recommend.catalog import ATTR_BIT, LEVEL_RANK, Catalog, Item, item_from_result, listing_text
from claims.recommend.persist import folder_lock, save_generation
from claims.recommend.product_types import ProductType, product_type, same_need
from claims.taxonomy import ATTRIBUTES, LEVELS

# At eco_weight 1, eco value 1 closes this share of the gap between a listing's relevance and the best match's.
ECO_REACH = 1.0
# A high-risk listing loses this share of the reach, times its risk score.
RISK_PENALTY = 0.5
# Candidates taken by similarity before blending (at least; 10 x k for large k).
CANDIDATES = 100
# Defaults of the shopper-facing weights, chosen on the dev users of `claims eval recommender`.
DEFAULT_ECO_WEIGHT = 1.0
DEFAULT_DIVERSITY = 0.1
# Relevance floors (cosine similarity), calibrated on the demo catalog with all-MiniLM-L6-v2
# (docs/recommender.md, "Staying on topic"): below them a candidate is not shown, whatever its type.
TEXT_MIN_RELEVANCE = 0.30
ITEM_MIN_RELEVANCE = 0.35
# Candidates examined at most when the gate keeps fewer than k of the first ones.
MAX_CANDIDATES = 2000


@dataclass
class Criteria:
    """What the shopper (or the calling service) asks for, per request.

    Args:
        required_attributes: labels.md attribute names the listing must claim *credibly*.
        max_level: risk ceiling: "none" | "low" | "medium" | "high" (None: no ceiling).
        category: a category or a prefix of a category path ("Electronics" matches "Electronics|Audio").
        min_price, max_price: price range (listings without a price are left out when one is set).
        eco_weight: weight of eco value vs similarity in [0, 1]; 0 ranks by similarity alone.
        diversity: MMR trade-off in [0, 1]; 0 ranks by the blended score alone.
        same_need: keep only listings of the query's product type (the default); False shows other
            kinds too (eco value still counts for the query's kind only).
        min_relevance: relevance floor in [0, 1]; None takes the default of the query kind
            (:data:`TEXT_MIN_RELEVANCE`, :data:`ITEM_MIN_RELEVANCE`).
    """

    required_attributes: list[str] = field(default_factory=list)
    max_level: str | None = None
    category: str | None = None
    min_price: float | None = None
    max_price: float | None = None
    eco_weight: float = DEFAULT_ECO_WEIGHT
    diversity: float = DEFAULT_DIVERSITY
    same_need: bool = True
    min_relevance: float | None = None

    def validate(self) -> None:
        """``ValueError`` with a readable message for a criterion that cannot be met as asked."""
        unknown = [a for a in self.required_attributes if a not in ATTR_BIT]
        if unknown:
            raise ValueError(f"unknown attribute(s) {', '.join(map(repr, unknown))}; use labels.md names such as "
                             f"{', '.join(ATTRIBUTES[:3])}")
        if self.max_level is not None and self.max_level not in LEVEL_RANK:
            raise ValueError(f"max_level must be one of {', '.join(LEVELS)}, not {self.max_level!r}")
        for name in ("eco_weight", "diversity"):
            value = getattr(self, name)
            if not 0.0 <= float(value) <= 1.0:
                raise ValueError(f"{name} must be in [0, 1], not {value}")
        if self.min_price is not None and self.max_price is not None and self.min_price > self.max_price:
            raise ValueError(f"min_price {self.min_price} is above max_price {self.max_price}")
        if self.min_relevance is not None and not 0.0 <= float(self.min_relevance) <= 1.0:
            raise ValueError(f"min_relevance must be in [0, 1], not {self.min_relevance}")


@dataclass
class Recommendation:
    id: str
    title: str
    category: str | None
    price: float | None
    relevance: float  # cosine similarity to the query
    eco_score: float
    level: str
    risk_score: float
    score: float  # final blended score, the ranking key (non-increasing down the list)
    attributes: list[str]  # credible eco attributes
    explanation: str  # shopper-readable


@dataclass
class ClaimMatch:
    listing_id: str
    field: str
    start: int
    end: int
    text: str
    similarity: float
    level: str


# ---------------------------------------------------------------------- compute: pure functions

def blend(relevance: np.ndarray, eco_value: np.ndarray, risk: np.ndarray, high: np.ndarray,
          eco_weight: float) -> np.ndarray:
    """The blended score of each candidate (see the module docstring)."""
    gap = float(relevance.max()) - relevance if len(relevance) else relevance
    penalty = RISK_PENALTY * risk * high.astype(np.float32)
    return (relevance + eco_weight * ECO_REACH * gap * (eco_value - penalty)).astype(np.float32)


def mmr(scores: np.ndarray, vectors: np.ndarray, k: int, diversity: float,
        tiebreak: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Greedy maximal marginal relevance: ``(1 - diversity) * score - diversity * max sim to chosen``.

    Ties go to the smaller ``tiebreak`` (e.g. the risk score), then to the earlier candidate.
    Returns the chosen positions and their values at selection (non-increasing).
    """
    n = len(scores)
    k = min(k, n)
    tb = np.zeros(n) if tiebreak is None else np.asarray(tiebreak, np.float64)
    if diversity <= 0.0:
        order = np.lexsort((np.arange(n), tb, -scores))[:k]
        return order, scores[order].astype(np.float32)
    chosen: list[int] = []
    values: list[float] = []
    redundancy = np.full(n, -np.inf, np.float32)
    available = np.ones(n, bool)
    for _ in range(k):
        red = np.where(np.isfinite(redundancy), redundancy, 0.0)
        value = (1.0 - diversity) * scores - diversity * red
        value = np.where(available, value, -np.inf)
        best = float(value.max())
        ties = np.flatnonzero(value >= best - 1e-9)
        pick = int(ties[np.lexsort((ties, tb[ties]))[0]])
        chosen.append(pick)
        values.append(best)
        available[pick] = False
        redundancy = np.maximum(redundancy, vectors @ vectors[pick])
    return np.asarray(chosen, np.int64), np.asarray(values, np.float32)


_HUMAN = {a: a.replace("_", " ").replace("biodegradable compostable", "compostable")
          .replace("secondhand refurbished", "refurbished") for a in ATTRIBUTES}


def _snippet(text: str, limit: int = 90) -> str:
    text = " ".join(text.split()).strip(" •-*·:;")
    text = re.sub(r"^[\W_]+", "", text)
    if len(text) <= limit:
        return text.rstrip(".")
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:.") + "…"


def explain(item: Item, relation: str, *, matched: str | None = None, relevance: float | None = None,
            eco_counted: bool = False) -> str:
    """Why this listing is shown, in words a shopper can read.

    What matched (the relation to the query, the product type, the similarity), then why it ranks
    where it does: its credible claims (quoted), "ranks up for" them when eco value counted, or why
    its claims did not count; last its greenwashing risk level.
    """
    parts = [relation]
    if matched:
        parts.append(f"same product type: {matched}")
    if relevance is not None:
        parts.append(f"similarity {relevance:.2f}")
    credible = sorted((c for c in item.claims if c["credible"] and c["attributes"]),
                      key=lambda c: -float(c.get("score", 0.0)))
    if credible and item.attributes:
        seen: set[str] = set()
        quotes = []
        for c in credible:
            s = _snippet(c["text"])
            if s and s.lower() not in seen:
                seen.add(s.lower())
                quotes.append(s)
            if len(quotes) == 2:
                break
        claims = "; ".join(quotes) if quotes else ", ".join(_HUMAN[a] for a in item.attributes)
        parts.append(("ranks up for credible claims: " if eco_counted else "credible claims: ") + claims)
    elif item.level == "high" and item.claimed:
        parts.append("its environmental claims are not substantiated, so they did not count")
    elif item.level == "medium" and item.claimed:
        parts.append("its environmental claims lack detail, so they did not count")
    else:
        parts.append("ranked by similarity (no credible environmental claim)")
    parts.append(f"greenwashing risk: {item.level}")
    return "; ".join(parts)


# ---------------------------------------------------------------------- the service object

class Recommender:
    """Similar listings, re-ranked for credible eco value, over a persisted :class:`Catalog`.

    Build one with :meth:`build` (from analyzer results and their listings) or :meth:`load`.
    The encoder (``claims.encoder.Encoder``) is created on first use, for text queries and upserts.
    """

    def __init__(self, catalog: Catalog, *, index_dir: Path | None = None, encoder: Any = None,
                 settings: Settings | None = None):
        self.catalog = catalog
        self.settings = settings or get_settings()
        self.index_dir = index_dir or self.settings.index_dir
        self._encoder = encoder

    # ------------------------------------------------------------------ construction
    @classmethod
    def load(cls, index_dir: Path, encoder: Any = None) -> Recommender:
        """The recommender persisted in ``index_dir``; ``FileNotFoundError`` if none was built there."""
        settings = get_settings()
        with folder_lock(Path(index_dir), shared=True) if Path(index_dir).exists() else contextlib.nullcontext():
            catalog = Catalog.load(Path(index_dir), exact_max_items=settings.index_exact_max_items,
                                   nprobe=settings.index_nprobe)
        return cls(catalog, index_dir=Path(index_dir), encoder=encoder, settings=settings)

    @classmethod
    def build(cls, results: Sequence[dict[str, Any]], listings: Sequence[dict[str, Any]], *,
              index_dir: Path | None = None, encoder: Any = None, settings: Settings | None = None,
              show_progress: bool = False) -> Recommender:
        """A new recommender over ``results`` (``claims score`` output) joined by id with ``listings``."""
        settings = settings or get_settings()
        catalog = Catalog(exact_max_items=settings.index_exact_max_items, nprobe=settings.index_nprobe)
        rec = cls(catalog, index_dir=index_dir, encoder=encoder, settings=settings)
        rec.upsert(results, listings, show_progress=show_progress)
        return rec

    @property
    def encoder(self) -> Any:
        if self._encoder is None:
            from claims.scoring.encoder import Encoder

            self._encoder = Encoder(batch_size=self.settings.encode_batch_size)
        return self._encoder

    # ------------------------------------------------------------------ queries
    def by_item(self, item_id: str, k: int = 10, criteria: Criteria | None = None) -> list[Recommendation]:
        """Alternatives to the listing ``item_id`` (``KeyError`` if it is not in the catalog): listings of
        its product type, nearest first, re-ranked for credible eco value."""
        with self.catalog.lock:
            if item_id not in self.catalog:
                raise KeyError(f"unknown item id {item_id!r}")
            row = self.catalog.items_index.row_of(item_id)
            query = self.catalog.items_index.vectors([row])[0]
            return self._recommend(query, k, criteria, exclude=[row], query_types=[self.catalog.type_at(row)],
                                   floor=ITEM_MIN_RELEVANCE, relation=lambda _i: "like the item you viewed")

    def by_text(self, text: str, k: int = 10, criteria: Criteria | None = None) -> list[Recommendation]:
        """Listings that match a free-text query, of the product type it names ("reusable water bottle")."""
        if not text or not text.strip():
            raise ValueError("the query text is empty")
        query = self.encoder.encode([text.strip()])[0]
        shown = _snippet(text, 60)
        return self._recommend(query, k, criteria, exclude=[], query_types=[product_type(text)],
                               floor=TEXT_MIN_RELEVANCE, relation=lambda _i: f"matches \u201c{shown}\u201d")

    def by_profile(self, item_ids: Sequence[str], k: int = 10,
                   criteria: Criteria | None = None) -> list[Recommendation]:
        """Listings like a set of liked listings (the profile is used for this request only, never stored).

        A candidate must be of the product type of one of the liked listings and pass the floor against
        its nearest liked listing. Unknown ids are skipped (a liked listing may have left the catalog);
        ``KeyError`` if none is known, ``ValueError`` for an empty profile. The liked listings themselves
        are not recommended.
        """
        if not item_ids:
            raise ValueError("the profile holds no item ids")
        with self.catalog.lock:
            rows = [self.catalog.items_index.row_of(i) for i in dict.fromkeys(item_ids) if i in self.catalog]
            if not rows:
                raise KeyError(f"none of the liked ids is in the catalog: {', '.join(map(repr, item_ids[:5]))}")
            liked = self.catalog.items_index.vectors(rows)
            query = liked.mean(axis=0)
            titles = [self.catalog.item_at(r).title for r in rows]
            types = [self.catalog.type_at(r) for r in rows]

            def relation(item: Item) -> str:
                row = self.catalog.items_index.row_of(item.id)
                sims = liked @ self.catalog.items_index.vectors([row])[0]
                # the nearest liked listing among those whose need it serves (any, with the gate off)
                same = np.array([same_need(t, self.catalog.type_at(row)) is not None for t in types])
                nearest = titles[int(np.argmax(np.where(same, sims, -np.inf) if same.any() else sims))]
                return f"like \u201c{_snippet(nearest, 60)}\u201d, which you liked"

            return self._recommend(query, k, criteria, exclude=rows, relation=relation, floor=ITEM_MIN_RELEVANCE,
                                   query_types=types, floor_vectors=liked)

    def similar_claims(self, text: str, k: int = 10) -> list[ClaimMatch]:
        """The catalog's claims nearest to a claim span (copy-pasted greenwashing across sellers)."""
        if not text or not text.strip():
            raise ValueError("the claim text is empty")
        query = self.encoder.encode([" ".join(text.split())])[0]
        with self.catalog.lock:
            rows, sims = self.catalog.claims_index.search(query[None, :], k)
            out = []
            for r, s in zip(rows[0], sims[0], strict=True):
                if r < 0:
                    break
                c = self.catalog.claim_rows[int(r)]
                assert c is not None
                level = self.catalog.get(c.listing_id).level
                out.append(ClaimMatch(c.listing_id, c.field, c.start, c.end, c.text, round(float(s), 4), level))
            return out

    def _allowed(self, criteria: Criteria) -> np.ndarray | None:
        cat = self.catalog
        n = cat.items_index.size
        mask: np.ndarray | None = None

        def both(m: np.ndarray) -> np.ndarray:
            return m if mask is None else mask & m

        if criteria.required_attributes:
            bits = sum(ATTR_BIT[a] for a in criteria.required_attributes)
            mask = both((cat.attr_mask[:n] & bits) == bits)
        if criteria.max_level is not None:
            mask = both(cat.level[:n] <= LEVEL_RANK[criteria.max_level])
        if criteria.category:
            mask = both(cat.category_mask(criteria.category))
        if criteria.min_price is not None:
            mask = both(cat.price[:n] >= criteria.min_price)
        if criteria.max_price is not None:
            mask = both(cat.price[:n] <= criteria.max_price)
        return mask

    def _recommend(self, query: np.ndarray, k: int, criteria: Criteria | None, *, exclude: list[int],
                   relation: Any, query_types: list[ProductType], floor: float,
                   floor_vectors: np.ndarray | None = None) -> list[Recommendation]:
        """The shared pipeline; ``floor_vectors`` (a profile's liked listings, aligned with ``query_types``)
        make the floor apply to a candidate's nearest liked listing of its type instead of the query."""
        if k < 1:
            raise ValueError(f"k must be at least 1, not {k}")
        crit = criteria or Criteria()
        crit.validate()
        floor = floor if crit.min_relevance is None else float(crit.min_relevance)
        cat = self.catalog
        with cat.lock:
            allowed = self._allowed(crit)
            if exclude:
                allowed = np.ones(cat.items_index.size, bool) if allowed is None else allowed.copy()
                allowed[exclude] = False
            n_cand = max(CANDIDATES, 10 * k)
            while True:
                rows, sims = cat.items_index.search(query[None, :], n_cand, allowed=allowed)
                found = rows[0] >= 0
                rows, rel = rows[0][found], sims[0][found]
                per_type = [[same_need(q, cat.type_at(int(r))) for q in query_types] for r in rows]
                matched = [next((m for m in ms if m is not None), None) for ms in per_type]
                closeness = rel
                if floor_vectors is not None and len(rows):
                    # a profile: similarity to the nearest liked listing whose need it serves (any, if none)
                    sims = cat.items_index.vectors(rows) @ floor_vectors.T
                    serves = np.array([[m is not None for m in ms] for ms in per_type], bool)
                    serves[~serves.any(axis=1)] = True
                    closeness = np.where(serves, sims, -np.inf).max(axis=1)
                keep = closeness >= floor
                if crit.same_need:
                    keep &= np.array([m is not None for m in matched], bool)
                # the gate kept too few and the search was cut short: look further down the list
                if (int(keep.sum()) >= k or len(rows) < n_cand or n_cand >= MAX_CANDIDATES
                        or (floor_vectors is None and float(rel[-1]) < floor)):
                    break
                n_cand = min(MAX_CANDIDATES, 4 * n_cand)
            rows, rel = rows[keep], rel[keep]
            matched = [m for m, kept in zip(matched, keep, strict=True) if kept]
            if not len(rows):
                return []
            same = np.array([m is not None for m in matched], bool)
            # eco value counts for listings of the query's kind only, gate or no gate
            eco, risk = cat.eco_value[rows] * same, cat.risk[rows]
            high = cat.level[rows] == LEVEL_RANK["high"]
            weight = float(crit.eco_weight)
            scores = blend(rel, eco, risk, high, weight)
            vecs = cat.items_index.vectors(rows)
            order, values = mmr(scores, vecs, k, float(crit.diversity), tiebreak=risk)
            out = []
            for pos, value in zip(order, values, strict=True):
                item = cat.item_at(int(rows[pos]))
                r = float(rel[pos])
                out.append(Recommendation(
                    id=item.id, title=item.title, category=item.category, price=item.price,
                    relevance=round(r, 4), eco_score=item.eco_score, level=item.level,
                    risk_score=item.risk_score, score=round(float(value), 4), attributes=list(item.attributes),
                    explanation=explain(item, relation(item), matched=matched[pos], relevance=r,
                                        eco_counted=bool(weight > 0 and eco[pos] > 0))))
            return out

    # ------------------------------------------------------------------ changes
    def upsert(self, results: Sequence[dict[str, Any]], listings: Sequence[dict[str, Any]], *,
               show_progress: bool = False) -> None:
        """Add or replace listings from their analyzer results and input listings (joined by id).

        ``ValueError`` if a result has no listing. Only the changed listings are embedded.
        """
        by_id = {str(lst["id"]): lst for lst in listings if lst.get("id") is not None}
        missing = [str(r.get("id")) for r in results if str(r.get("id")) not in by_id]
        if missing:
            raise ValueError(f"{len(missing)} result(s) have no listing, e.g. {missing[0]!r}")
        items = [item_from_result(r, by_id[str(r["id"])]) for r in results]
        if not items:
            return
        texts = [listing_text(by_id[it.id]) for it in items]
        claim_texts = [" ".join(c["text"].split()) for it in items for c in it.claims]
        emb = self.encoder.encode(texts + claim_texts, show_progress=show_progress)
        vecs, cvecs = emb[: len(texts)], emb[len(texts):]
        per_item: list[np.ndarray] = []
        pos = 0
        for it in items:
            per_item.append(cvecs[pos: pos + len(it.claims)])
            pos += len(it.claims)
        self.catalog.upsert(items, vecs, per_item)

    def remove(self, ids: list[str]) -> None:
        """Remove listings; ids not in the catalog are ignored."""
        self.catalog.remove(ids)

    def save(self, before: Callable[[], None] | None = None) -> None:
        """Persist the catalog and indexes to ``index_dir``, atomically (a new generation, then the
        ``CURRENT`` pointer: :mod:`claims.recommend.persist`) and under the folder's lock.
        ``before`` runs under the lock first (a server brings in its peers' journal entries there)."""
        directory = Path(self.index_dir)
        with folder_lock(directory):
            if before is not None:
                before()
            save_generation(directory, self.catalog.save)
