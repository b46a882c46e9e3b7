"""A vector index over L2-normalised embeddings, keyed by string ids, with in-place updates.

Cosine similarity is the inner product of normalised vectors. Small catalogs are searched
exactly with numpy; once the index holds ``exact_max_items`` live rows it also keeps a faiss
IVF index (inner product, ``nlist ~ 2 sqrt(n)`` lists, vectors stored as 8-bit scalar codes,
``nprobe`` lists probed per query) and answers from it: the IVF proposes candidates, which are
re-scored exactly from the float32 vectors kept here. ARCHITECTURE.md and
``benchmarks/index_latency.py`` hold the measurements behind the threshold and the settings.

Rows are append-only: adding a known id overwrites its row in place, removing one marks the
row dead (and drops it from the IVF lists), so no change needs a rebuild. ``save`` writes the
live rows only; ``compact`` renumbers rows in memory and returns the old-to-new mapping so
an owner that keeps row-aligned data (:class:`claims.catalog.Catalog`) can follow. The IVF
coarse quantiser is trained once and retrained only when the index has grown fourfold since.

>>> import numpy as np
>>> idx = VectorIndex(dim=2)
>>> _ = idx.add(["a", "b"], np.array([[1.0, 0.0], [0.0, 1.0]]))
>>> rows, sims = idx.search(np.array([[0.9, 0.1]]), 1)
>>> idx.id_of(int(rows[0, 0]))
'a'
"""

from __future__ import annotations

import json
import math
import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

FORMAT = 1
_MIN_NLIST = 16
_MAX_NLIST = 4096
_TRAIN_PER_LIST = 39  # k-means sample: this many points per list (the least faiss accepts without a warning)
_RERANK = 50  # IVF candidates re-scored exactly per query (at least; more for large k)


def normalise(vectors: np.ndarray) -> np.ndarray:
    """Rows scaled to unit length (zero rows stay zero), as float32."""
    v = np.asarray(vectors, dtype=np.float32)
    if v.ndim == 1:
        v = v[None, :]
    norms = np.linalg.norm(v, axis=1, keepdims=True)
    return np.divide(v, norms, out=np.zeros_like(v), where=norms > 0)


def _topk(sims: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Indices and values of the k largest entries of each row, best first (-1 / -inf padded)."""
    m, n = sims.shape
    kk = min(k, n)
    if kk == 0:
        return np.full((m, k), -1, np.int64), np.full((m, k), -np.inf, np.float32)
    part = np.argpartition(-sims, kk - 1, axis=1)[:, :kk] if kk < n else np.tile(np.arange(n), (m, 1))
    vals = np.take_along_axis(sims, part, axis=1)
    order = np.argsort(-vals, axis=1, kind="stable")
    idx = np.take_along_axis(part, order, axis=1).astype(np.int64)
    vals = np.take_along_axis(vals, order, axis=1).astype(np.float32)
    idx[~np.isfinite(vals)] = -1
    if kk < k:
        idx = np.hstack([idx, np.full((m, k - kk), -1, np.int64)])
        vals = np.hstack([vals, np.full((m, k - kk), -np.inf, np.float32)])
    return idx, vals


class VectorIndex:
    """Cosine-similarity search over string-keyed vectors: exact (numpy) or faiss IVF above a threshold.

    Args:
        dim: vector dimension.
        exact_max_items: build the IVF index once this many rows are live (drop it below half).
        nprobe: IVF lists probed per query.
    """

    def __init__(self, dim: int = 384, *, exact_max_items: int = 50_000, nprobe: int = 24):
        self.dim = dim
        self.exact_max_items = exact_max_items
        self.nprobe = nprobe
        self._vecs = np.zeros((0, dim), np.float32)
        self._live = np.zeros(0, bool)
        self._size = 0  # rows in use, dead ones included
        self._ids: list[str | None] = []
        self._row: dict[str, int] = {}
        self._ann: Any = None
        self._ann_trained_on = 0
        self._lock = threading.RLock()

    # ------------------------------------------------------------------ inspection
    def __len__(self) -> int:
        return len(self._row)

    def __contains__(self, item_id: object) -> bool:
        return item_id in self._row

    @property
    def size(self) -> int:
        """Rows in use, dead ones included: row-aligned arrays of an owner need this length."""
        return self._size

    @property
    def backend(self) -> str:
        return "faiss-ivf" if self._ann is not None else "exact"

    @property
    def live(self) -> np.ndarray:
        return self._live[: self._size]

    def ids(self) -> list[str]:
        """Live ids in row order."""
        return [i for i in self._ids if i is not None]

    def row_of(self, item_id: str) -> int:
        """The row of ``item_id``; ``KeyError`` when it is not in the index."""
        return self._row[item_id]

    def id_of(self, row: int) -> str:
        item_id = self._ids[row]
        if item_id is None:
            raise KeyError(f"row {row} was removed")
        return item_id

    def vectors(self, rows: Sequence[int] | np.ndarray) -> np.ndarray:
        return self._vecs[np.asarray(rows, dtype=np.int64)]

    # ------------------------------------------------------------------ mutation
    def add(self, ids: Sequence[str], vectors: np.ndarray) -> np.ndarray:
        """Insert or update (an id already present keeps its row). Returns the row of each id."""
        vecs = normalise(vectors)
        if vecs.shape != (len(ids), self.dim):
            raise ValueError(f"expected {len(ids)} vectors of dimension {self.dim}, got shape {vecs.shape}")
        with self._lock:
            rows = np.empty(len(ids), np.int64)
            fresh: list[int] = []
            updated: list[int] = []
            for i, item_id in enumerate(ids):
                row = self._row.get(item_id)
                if row is None:
                    self._grow(self._size + 1)
                    row = self._size
                    self._size += 1
                    self._ids.append(item_id)
                    self._row[item_id] = row
                    self._live[row] = True
                    fresh.append(row)
                else:
                    updated.append(row)
                self._vecs[row] = vecs[i]
                rows[i] = row
            if self._ann is not None:
                if updated:
                    self._ann_remove(np.unique(np.asarray(updated, np.int64)))
                changed = np.unique(np.asarray(fresh + updated, np.int64))
                if len(changed):
                    self._ann.add_with_ids(self._vecs[changed], changed)
            self._maybe_switch()
            return rows

    def remove(self, ids: Sequence[str]) -> list[int]:
        """Remove ids (unknown ones are ignored); returns the rows that were freed."""
        with self._lock:
            rows = []
            for item_id in ids:
                row = self._row.pop(item_id, None)
                if row is None:
                    continue
                self._ids[row] = None
                self._live[row] = False
                self._vecs[row] = 0.0
                rows.append(row)
            if rows and self._ann is not None:
                self._ann_remove(np.asarray(rows, np.int64))
            self._maybe_switch()
            return rows

    def compact(self) -> np.ndarray:
        """Drop dead rows; returns ``old_to_new`` (length :attr:`size`, -1 for dropped rows)."""
        with self._lock:
            live = self.live.copy()
            old_to_new = np.full(self._size, -1, np.int64)
            old_to_new[live] = np.arange(int(live.sum()))
            self._vecs = self._vecs[: self._size][live].copy()
            kept = [i for i in self._ids if i is not None]
            self._ids = list(kept)
            self._row = {item_id: r for r, item_id in enumerate(kept)}
            self._size = len(self._ids)
            self._live = np.ones(self._size, bool)
            if self._ann is not None:
                self._ann.reset()
                if self._size:
                    self._ann.add_with_ids(self._vecs, np.arange(self._size, dtype=np.int64))
            return old_to_new

    def _grow(self, need: int) -> None:
        cap = len(self._live)
        if need <= cap:
            return
        new_cap = max(need, 2 * cap, 64)
        vecs = np.zeros((new_cap, self.dim), np.float32)
        vecs[: self._size] = self._vecs[: self._size]
        live = np.zeros(new_cap, bool)
        live[: self._size] = self._live[: self._size]
        self._vecs, self._live = vecs, live

    # ------------------------------------------------------------------ the faiss side
    def _maybe_switch(self) -> None:
        n = len(self._row)
        if self._ann is None and n >= self.exact_max_items:
            self._build_ann()
        elif self._ann is not None and n < self.exact_max_items // 2:
            self._ann, self._ann_trained_on = None, 0
        elif self._ann is not None and n > 4 * self._ann_trained_on:
            self._build_ann()

    def _build_ann(self) -> None:
        import faiss

        rows = np.flatnonzero(self.live)
        n = len(rows)
        nlist = int(min(_MAX_NLIST, max(_MIN_NLIST, round(2 * math.sqrt(n)))))
        ann: Any = faiss.index_factory(self.dim, f"IVF{nlist},SQ8", faiss.METRIC_INNER_PRODUCT)
        rng = np.random.default_rng(0)
        sample = rows if n <= nlist * _TRAIN_PER_LIST else rng.choice(rows, nlist * _TRAIN_PER_LIST, replace=False)
        faiss.omp_set_num_threads(os.cpu_count() or 1)
        ann.train(np.ascontiguousarray(self._vecs[np.sort(sample)]))
        ann.add_with_ids(np.ascontiguousarray(self._vecs[rows]), rows.astype(np.int64))
        ann.nprobe = self.nprobe
        self._ann, self._ann_trained_on = ann, n

    def _ann_remove(self, rows: np.ndarray) -> None:
        import faiss

        self._ann.remove_ids(faiss.IDSelectorBatch(rows.astype(np.int64)))

    # ------------------------------------------------------------------ search
    def search(self, queries: np.ndarray, k: int, *, allowed: np.ndarray | None = None,
               exact: bool = False) -> tuple[np.ndarray, np.ndarray]:
        """The ``k`` nearest live rows of each query, best first.

        Args:
            queries: ``(m, dim)`` or ``(dim,)``; normalised here.
            k: neighbours per query.
            allowed: optional boolean mask over rows (length :attr:`size`): only these may be returned.
            exact: force exact search even when the IVF index exists (ground truth, tests).

        Returns:
            ``(rows, sims)``, both ``(m, k)``; rows are -1 and sims -inf where fewer than ``k`` qualify.
        """
        q = normalise(queries)
        with self._lock:
            if self._ann is None or exact:
                return self._search_exact(q, k, allowed)
            return self._search_ann(q, k, allowed)

    def _search_exact(self, q: np.ndarray, k: int, allowed: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
        mask = self.live if allowed is None else self.live & allowed[: self._size]
        if mask.all():
            sims = q @ self._vecs[: self._size].T
            return _topk(sims, k)
        rows = np.flatnonzero(mask)
        idx, vals = _topk(q @ self._vecs[rows].T, k)
        out = np.where(idx >= 0, rows[np.clip(idx, 0, None)] if len(rows) else -1, -1)
        return out.astype(np.int64), vals

    def _search_ann(self, q: np.ndarray, k: int, allowed: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
        import faiss

        faiss.omp_set_num_threads(1 if len(q) == 1 else (os.cpu_count() or 1))
        if allowed is not None:
            allowed = allowed[: self._size]
        fetch = min(len(self), max(2 * k, _RERANK) if allowed is None else max(4 * k, 256))
        _, cand = self._ann.search(q, fetch)
        out_rows = np.full((len(q), k), -1, np.int64)
        out_sims = np.full((len(q), k), -np.inf, np.float32)
        for i in range(len(q)):
            r = cand[i][cand[i] >= 0]
            if allowed is not None:
                r = r[allowed[r]]
            # re-score the candidates exactly (the IVF holds 8-bit codes)
            s = self._vecs[r] @ q[i]
            order = np.argsort(-s, kind="stable")[:k]
            r, s = r[order], s[order]
            if allowed is not None and len(r) < k and int(allowed.sum()) > len(r):
                # a narrow filter: the probed lists hold too few matches, so search the matches exactly
                r1, s1 = self._search_exact(q[i: i + 1], k, allowed)
                r, s = r1[0][r1[0] >= 0], s1[0][r1[0] >= 0]
            out_rows[i, : len(r)], out_sims[i, : len(s)] = r, s
        return out_rows, out_sims

    # ------------------------------------------------------------------ persistence
    def save(self, directory: Path) -> None:
        """Write the live rows (in row order) to ``directory``: vectors.npy, ids.json, index.json, ivf.faiss."""
        directory.mkdir(parents=True, exist_ok=True)
        with self._lock:
            live = self.live
            _atomic_npy(directory / "vectors.npy", self._vecs[: self._size][live])
            _atomic_text(directory / "ids.json", json.dumps(self.ids(), ensure_ascii=False))
            ann_path = directory / "ivf.faiss"
            if self._ann is not None:
                import faiss

                ann = faiss.clone_index(self._ann)
                if not live.all():  # renumber the IVF ids to the saved (compacted) rows
                    old_to_new = np.full(self._size, -1, np.int64)
                    old_to_new[live] = np.arange(int(live.sum()))
                    ann.reset()
                    ann.add_with_ids(self._vecs[: self._size][live], old_to_new[live])
                tmp = ann_path.with_suffix(".tmp")
                faiss.write_index(ann, str(tmp))
                os.replace(tmp, ann_path)
            elif ann_path.exists():
                ann_path.unlink()
            meta = {"format": FORMAT, "dim": self.dim, "count": len(self), "backend": self.backend,
                    "trained_on": self._ann_trained_on, "exact_max_items": self.exact_max_items,
                    "nprobe": self.nprobe}
            _atomic_text(directory / "index.json", json.dumps(meta, indent=2))

    @classmethod
    def load(cls, directory: Path, *, exact_max_items: int | None = None, nprobe: int | None = None) -> VectorIndex:
        """Read what :meth:`save` wrote; ``FileNotFoundError`` when it is not there."""
        meta_path = directory / "index.json"
        if not meta_path.exists():
            raise FileNotFoundError(f"no vector index in {directory}")
        meta = json.loads(meta_path.read_text())
        if meta.get("format") != FORMAT:
            raise ValueError(f"{meta_path}: index format {meta.get('format')} is not {FORMAT}; rebuild it")
        idx = cls(int(meta["dim"]), exact_max_items=exact_max_items or int(meta["exact_max_items"]),
                  nprobe=nprobe or int(meta["nprobe"]))
        vecs = np.load(directory / "vectors.npy")
        ids = json.loads((directory / "ids.json").read_text())
        if len(ids) != len(vecs):
            raise ValueError(f"{directory}: {len(ids)} ids but {len(vecs)} vectors; rebuild the index")
        idx._vecs = np.ascontiguousarray(vecs, dtype=np.float32)
        idx._live = np.ones(len(ids), bool)
        idx._size = len(ids)
        idx._ids = list(ids)
        idx._row = {item_id: r for r, item_id in enumerate(ids)}
        ann_path = directory / "ivf.faiss"
        if ann_path.exists() and len(ids) >= idx.exact_max_items // 2:
            import faiss

            ann: Any = faiss.read_index(str(ann_path))
            if ann.ntotal == len(ids):
                ann.nprobe = idx.nprobe
                idx._ann, idx._ann_trained_on = ann, int(meta.get("trained_on") or len(ids))
        if idx._ann is None:
            idx._maybe_switch()
        return idx


def _atomic_text(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def _atomic_npy(path: Path, array: np.ndarray) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("wb") as fh:
        np.save(fh, array)
    os.replace(tmp, path)
