"""A thread-safe LRU of float32 rows keyed by a hash of their input text.

Model outputs that depend only on their input text (sentence embeddings, a cross-encoder's pair
probabilities) are kept here, so re-scoring a listing whose text did not change costs no model
call: a catalog scored again, the same listing sent to the API twice.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence

import numpy as np


def text_key(*parts: str) -> bytes:
    """A 16-byte key for one input (several texts joined by a separator no text contains)."""
    return hashlib.blake2b("\x1f".join(parts).encode("utf-8", "replace"), digest_size=16).digest()


class RowCache:
    def __init__(self, size: int):
        self.size = size
        self._rows: OrderedDict[bytes, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def get_or_compute(self, keys: Sequence[bytes], compute: Callable[[list[int]], np.ndarray], width: int
                       ) -> np.ndarray:
        """Rows for ``keys``: cached ones as they are, the others from ``compute(indices)`` (one
        index per distinct missing key, in first-seen order; it returns one row per index)."""
        out = np.zeros((len(keys), width), dtype=np.float32)
        missing: dict[bytes, int] = {}
        with self._lock:
            for i, k in enumerate(keys):
                hit = self._rows.get(k)
                if hit is not None:
                    out[i] = hit
                    self._rows.move_to_end(k)
                else:
                    missing.setdefault(k, i)
        if missing:
            order = list(missing)
            # each row is copied out of the batch: a view would keep the whole batch array alive for
            # as long as any one of its rows stays cached (a slow leak over a long stream)
            fresh = {k: row.copy() for k, row in
                     zip(order, np.asarray(compute([missing[k] for k in order]), np.float32), strict=True)}
            with self._lock:
                for k, v in fresh.items():
                    self._rows[k] = v
                while len(self._rows) > self.size:
                    self._rows.popitem(last=False)
            for i, k in enumerate(keys):
                if k in fresh:
                    out[i] = fresh[k]
        return out
