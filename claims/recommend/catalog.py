"""The persisted scored catalog: what the recommender knows about each listing, plus its embeddings.

One :class:`Item` per listing joins the analyzer's result (interfaces.md) with the listing's
title, category, brand and price; its product type (:mod:`claims.recommend.product_types`) is
read from them whenever a row is set, so a taxonomy change needs no rebuild.
:func:`item_from_result` is the only place that decides what is *credible*: an attribute
asserted by a claim that no medium or high finding touches, in a listing whose level is not
``high`` (per-se findings dominate: a high-risk listing gets no eco credit at all). Claims are
kept with their spans and embedded too, for ``similar_claims``.

On disk (``index_dir``): ``catalog.json`` (manifest), ``items.jsonl`` and ``items/`` (the listing
vector index), ``claims.jsonl`` and ``claims/`` (the claim vector index), rows in the same order.
"""

from __future__ import annotations

import json
import math
import os
import re
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from claims.recommend.index import VectorIndex
from claims.recommend.persist import current_folder
from claims.recommend.product_types import ProductType, product_type
from claims.taxonomy import ATTRIBUTES, LEVELS

FORMAT = 1
LEVEL_RANK = {name: i for i, name in enumerate(LEVELS)}
ATTR_BIT = {name: 1 << i for i, name in enumerate(ATTRIBUTES)}
_SEP = re.compile(r"\s*[|>/]\s*")


@dataclass
class Item:
    """One listing as the recommender sees it."""

    id: str
    title: str
    category: str | None
    price: float | None
    eco_score: float
    level: str
    risk_score: float
    attributes: list[str]  # credible eco attributes
    claimed: list[str]  # every attribute the listing claims, credible or not
    claims: list[dict[str, Any]] = field(default_factory=list)  # field, start, end, text, attributes, credible
    codes: list[str] = field(default_factory=list)  # finding codes
    brand: str | None = None

    @property
    def eco_value(self) -> float:
        """What the listing's credible claims are worth for ranking, in [0, 1].

        0 without a credible attribute or at high risk, whatever the listing claims; else half for
        having a credible claim at all plus half the analyzer's ``eco_score`` (how specific and well
        certified the credible claims are).
        """
        return 0.5 + 0.5 * self.eco_score if self.level != "high" and self.attributes else 0.0


@dataclass
class ClaimRow:
    listing_id: str
    field: str
    start: int
    end: int
    text: str
    attributes: list[str]
    credible: bool


def _price(value: Any) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value) if math.isfinite(value) else None
    digits = re.sub(r"[^0-9.]", "", str(value))
    try:
        return float(digits) if digits else None
    except ValueError:
        return None


def _overlaps(f: dict[str, Any], c: dict[str, Any]) -> bool:
    return bool(f.get("field") == c.get("field") and int(f.get("start", 0)) < int(c.get("end", 0))
                and int(f.get("end", 0)) > int(c.get("start", 0)))


def item_from_result(result: dict[str, Any], listing: dict[str, Any] | None = None) -> Item:
    """Join one analyzer result with its listing (title, category, price) into an :class:`Item`."""
    listing = listing or {}
    g = result.get("greenwashing") or {}
    level = str(g.get("level") or result.get("risk_level") or "none")
    if level not in LEVEL_RANK:
        raise ValueError(f"result {result.get('id')!r}: unknown risk level {level!r}")
    findings = g.get("findings") or []
    serious = [f for f in findings if f.get("severity") in ("high", "medium")]
    claims = []
    credible: list[str] = []
    for c in result.get("claims") or []:
        ok = level != "high" and not any(_overlaps(f, c) for f in serious)
        attrs = [a for a in c.get("attributes", []) if a in ATTR_BIT]
        claims.append({"field": c.get("field", ""), "start": int(c.get("start", 0)), "end": int(c.get("end", 0)),
                       "text": str(c.get("text", "")), "attributes": attrs, "credible": ok,
                       "score": float(c.get("score", 0.0))})
        if ok:
            credible.extend(a for a in attrs if a not in credible)
    claimed = [a["label"] if isinstance(a, dict) else str(a) for a in result.get("eco_attributes") or []]
    title = listing.get("title", result.get("title"))
    category = listing.get("category", result.get("category"))
    return Item(
        id=str(result["id"]),
        title=str(title) if title is not None else str(result["id"]),
        category=str(category) if category not in (None, "") else None,
        price=_price(listing.get("price", result.get("price"))),
        eco_score=float(result.get("eco_score") or 0.0),
        level=level,
        risk_score=float(g.get("score", result.get("risk_score", 0.0)) or 0.0),
        attributes=[a for a in ATTRIBUTES if a in credible],
        claimed=[a for a in ATTRIBUTES if a in claimed or any(a in c["attributes"] for c in claims)],
        claims=claims,
        codes=sorted({str(f.get("code")) for f in findings if f.get("code")}),
        brand=str(listing["brand"]) if listing.get("brand") not in (None, "") else None,
    )


def listing_text(listing: dict[str, Any], max_chars: int = 1000) -> str:
    """The text embedded for a listing: title, category path, then the start of the description."""
    parts = [str(listing.get("title") or "")]
    if listing.get("category"):
        parts.append(" / ".join(p for p in _SEP.split(str(listing["category"])) if p))
    desc = re.sub(r"<[^>]+>", " ", str(listing.get("description") or ""))
    parts.append(" ".join(desc.split())[:max_chars])
    return "\n".join(p for p in parts if p)


def category_matches(category: str | None, wanted: str) -> bool:
    """``wanted`` equals the category or is a prefix of its path ("Electronics" matches "Electronics|Audio")."""
    if not category:
        return False
    have = [p.lower() for p in _SEP.split(category) if p]
    want = [p.lower() for p in _SEP.split(wanted.strip()) if p]
    return bool(want) and have[: len(want)] == want


class Catalog:
    """Items, row-aligned filter columns and two vector indexes (listings, claims)."""

    def __init__(self, dim: int = 384, *, exact_max_items: int = 50_000, nprobe: int = 24):
        self.items_index = VectorIndex(dim, exact_max_items=exact_max_items, nprobe=nprobe)
        self.claims_index = VectorIndex(dim, exact_max_items=exact_max_items, nprobe=nprobe)
        self.items: list[Item | None] = []  # aligned with items_index rows
        self.claim_rows: list[ClaimRow | None] = []  # aligned with claims_index rows
        self.meta: dict[str, Any] = {}
        self.lock = threading.RLock()
        # filter columns, aligned with items_index rows
        self.price = np.zeros(0, np.float64)
        self.level = np.zeros(0, np.int8)
        self.attr_mask = np.zeros(0, np.int64)
        self.eco_value = np.zeros(0, np.float32)
        self.risk = np.zeros(0, np.float32)
        self.category_code = np.zeros(0, np.int32)
        self.categories: list[str | None] = []
        self._category_ids: dict[str | None, int] = {}
        self.types: list[ProductType | None] = []  # aligned with items_index rows; derived, not persisted

    def __len__(self) -> int:
        return len(self.items_index)

    def __contains__(self, item_id: object) -> bool:
        return item_id in self.items_index

    def get(self, item_id: str) -> Item:
        """The item; ``KeyError`` when the id is not in the catalog."""
        item = self.items[self.items_index.row_of(item_id)]
        assert item is not None
        return item

    def type_at(self, row: int) -> ProductType:
        """The product type of row ``row`` (:mod:`claims.recommend.product_types`)."""
        t = self.types[row]
        if t is None:
            raise KeyError(f"row {row} was removed")
        return t

    def item_at(self, row: int) -> Item:
        item = self.items[row]
        if item is None:
            raise KeyError(f"row {row} was removed")
        return item

    # ------------------------------------------------------------------ mutation
    def upsert(self, items: Sequence[Item], vectors: np.ndarray,
               claim_vectors: Sequence[np.ndarray]) -> None:
        """Insert or replace items with their listing vector and one vector per claim (in claim order)."""
        with self.lock:
            self._remove_claims([it.id for it in items])
            rows = self.items_index.add([it.id for it in items], vectors)
            self._fit_columns()
            for it, row in zip(items, rows, strict=True):
                self._set_row(int(row), it)
            ids: list[str] = []
            crow: list[ClaimRow] = []
            cvec: list[np.ndarray] = []
            for it, vecs in zip(items, claim_vectors, strict=True):
                for n, (c, v) in enumerate(zip(it.claims, vecs, strict=True)):
                    ids.append(f"{it.id}\x1f{n}")
                    crow.append(ClaimRow(it.id, c["field"], c["start"], c["end"], c["text"], c["attributes"],
                                         c["credible"]))
                    cvec.append(v)
            if ids:
                crows = self.claims_index.add(ids, np.vstack(cvec))
                self.claim_rows.extend([None] * (self.claims_index.size - len(self.claim_rows)))
                for row, cr in zip(crows, crow, strict=True):
                    self.claim_rows[int(row)] = cr

    def remove(self, ids: Iterable[str]) -> int:
        """Remove items (unknown ids are ignored); returns how many were removed."""
        with self.lock:
            ids = [i for i in ids if i in self.items_index]
            self._remove_claims(ids)
            for row in self.items_index.remove(ids):
                self.items[row] = None
                self.types[row] = None
                self.eco_value[row] = 0.0
            return len(ids)

    def _remove_claims(self, listing_ids: Sequence[str]) -> None:
        doomed: list[str] = []
        for lid in listing_ids:
            if lid in self.items_index:
                old = self.items[self.items_index.row_of(lid)]
                if old is not None:
                    doomed.extend(f"{lid}\x1f{n}" for n in range(len(old.claims)))
        for row in self.claims_index.remove(doomed):
            self.claim_rows[row] = None

    def _fit_columns(self) -> None:
        n = self.items_index.size
        if len(self.items) < n:
            self.items.extend([None] * (n - len(self.items)))
        if len(self.types) < n:
            self.types.extend([None] * (n - len(self.types)))
        if len(self.price) < n:
            cap = max(n, 2 * len(self.price), 64)

            def grow(a: np.ndarray, fill: Any) -> np.ndarray:
                out = np.full(cap, fill, a.dtype)
                out[: len(a)] = a
                return out

            self.price = grow(self.price, np.nan)
            self.level = grow(self.level, 0)
            self.attr_mask = grow(self.attr_mask, 0)
            self.eco_value = grow(self.eco_value, 0.0)
            self.risk = grow(self.risk, 0.0)
            self.category_code = grow(self.category_code, -1)

    def _category_id(self, category: str | None) -> int:
        cid = self._category_ids.get(category)
        if cid is None:
            cid = len(self.categories)
            self.categories.append(category)
            self._category_ids[category] = cid
        return cid

    def category_mask(self, wanted: str) -> np.ndarray:
        """Rows whose category matches ``wanted`` (see :func:`category_matches`)."""
        codes = [i for i, c in enumerate(self.categories) if category_matches(c, wanted)]
        return np.isin(self.category_code[: self.items_index.size], codes)

    # ------------------------------------------------------------------ persistence
    def save(self, directory: Path) -> None:
        """Write the catalog and both indexes (live rows only, in row order)."""
        with self.lock:
            directory.mkdir(parents=True, exist_ok=True)
            self.items_index.save(directory / "items")
            self.claims_index.save(directory / "claims")
            _write_jsonl(directory / "items.jsonl", (asdict(it) for it in self.items if it is not None))
            _write_jsonl(directory / "claims.jsonl", (asdict(c) for c in self.claim_rows if c is not None))
            manifest = {"format": FORMAT, "items": len(self.items_index), "claims": len(self.claims_index),
                        "backend": self.items_index.backend, **self.meta}
            tmp = directory / "catalog.json.tmp"
            tmp.write_text(json.dumps(manifest, indent=2, ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, directory / "catalog.json")

    @classmethod
    def load(cls, directory: Path, *, exact_max_items: int | None = None, nprobe: int | None = None) -> Catalog:
        """Read what :meth:`save` wrote; ``FileNotFoundError`` when no catalog was built there.
        A folder saved by generations (:mod:`claims.recommend.persist`) is read at its current one."""
        directory = current_folder(directory)
        manifest_path = directory / "catalog.json"
        if not manifest_path.exists():
            raise FileNotFoundError(f"no recommender index in {directory}; build one with `claims index build`")
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        if manifest.get("format") != FORMAT:
            raise ValueError(f"{manifest_path}: catalog format {manifest.get('format')} is not {FORMAT}; rebuild it")
        items_index = VectorIndex.load(directory / "items", exact_max_items=exact_max_items, nprobe=nprobe)
        claims_index = VectorIndex.load(directory / "claims", exact_max_items=exact_max_items, nprobe=nprobe)
        cat = cls(items_index.dim, exact_max_items=items_index.exact_max_items, nprobe=items_index.nprobe)
        cat.items_index, cat.claims_index = items_index, claims_index
        cat.meta = {k: v for k, v in manifest.items() if k not in ("format", "items", "claims", "backend")}
        items = [Item(**d) for d in _read_jsonl(directory / "items.jsonl")]
        if [it.id for it in items] != items_index.ids():
            raise ValueError(f"{directory}: items.jsonl does not match the vector index; rebuild it")
        cat.claim_rows = [ClaimRow(**d) for d in _read_jsonl(directory / "claims.jsonl")]
        if len(cat.claim_rows) != len(claims_index):
            raise ValueError(f"{directory}: claims.jsonl does not match the claim index; rebuild it")
        cat._fit_columns()
        for r, it in enumerate(items):
            cat._set_row(r, it)
        return cat

    def _set_row(self, r: int, it: Item) -> None:
        """Write one item into row ``r`` of the item table and its numeric columns."""
        self.items[r] = it
        self.types[r] = product_type(it.title, it.category, it.brand)
        self.price[r] = it.price if it.price is not None else np.nan
        self.level[r] = LEVEL_RANK[it.level]
        self.attr_mask[r] = sum(ATTR_BIT[a] for a in it.attributes)
        self.eco_value[r] = it.eco_value
        self.risk[r] = it.risk_score
        self.category_code[r] = self._category_id(it.category)


def _write_jsonl(path: Path, rows: Iterable[dict[str, Any]]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    os.replace(tmp, path)


def _read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


# ---------------------------------------------------------------------- reading `claims score` output

def read_scored(path: Path) -> Iterator[dict[str, Any]]:
    """Results from a ``claims score`` output file (JSONL nested; CSV/Parquet flat), as result dicts.

    Raises:
        FileNotFoundError: no such file. ValueError: unknown format, or rows that are not results.
    """
    from claims.io.files import FORMATS, read_results, unflatten_result

    if not path.exists():
        raise FileNotFoundError(f"{path}: no such file")
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ValueError(f"{path}: unknown format {path.suffix!r}; use .jsonl, .csv or .parquet")
    for n, row in enumerate(read_results(path), 1):
        try:
            yield unflatten_result(dict(row))
        except (KeyError, ValueError, TypeError) as e:
            raise ValueError(f"{path}: row {n} is not a `claims score` result ({e})") from e
