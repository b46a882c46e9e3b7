"""A sentence encoder whose embeddings persist on disk between runs (training and benchmarks only).

The frozen encoder is the slow part of training the heads: retraining them (``claims train
--decisions``, ``benchmarks/learning_loop.py``) over the same corpora re-encodes the same texts.
:class:`DiskCachedEncoder` keeps every embedding it computes in one ``.npz`` file (keys are the
text hashes of :func:`claims.scoring.cache.text_key`, so no text is stored), reads it back on the
next run, and encodes only the texts it has not seen. The embeddings are the wrapped encoder's,
bit for bit.
"""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path
from typing import Any

import numpy as np

from claims.scoring.cache import text_key
from claims.scoring.encoder import DIM, Encoder

_log = logging.getLogger(__name__)


class DiskCachedEncoder(Encoder):
    """``inner``'s embeddings, cached in ``path`` (an ``.npz``; call :meth:`save` to write it)."""

    def __init__(self, path: Path, inner: Any | None = None):
        super().__init__()
        self.path = None  # the base model's own path (Encoder.path): default
        self.cache_path = Path(path)
        self.inner = inner
        self._rows: dict[bytes, np.ndarray] = {}
        self._dirty = False
        if self.cache_path.exists():
            with np.load(self.cache_path) as arr:
                keys, rows = arr["keys"], arr["rows"]
            # keys are (n, 16) uint8; a fixed-width bytes array ("S16") drops trailing NULs: padded back
            as_bytes = [bytes(k).ljust(16, b"\0") for k in keys] if keys.dtype.kind == "S" else \
                [k.tobytes() for k in keys]
            self._rows = dict(zip(as_bytes, rows, strict=True))
            _log.info("embedding cache %s: %d rows", self.cache_path, len(self._rows))

    def encode(self, texts: list[str], show_progress: bool = False) -> np.ndarray:
        keys = [text_key(t) for t in texts]
        missing = sorted({k: i for i, k in reversed(list(enumerate(keys))) if k not in self._rows}.values())
        if missing:
            todo = [texts[i] for i in missing]
            fresh = (self.inner.encode(todo, show_progress=show_progress) if self.inner is not None
                     else super().encode(todo, show_progress=show_progress))
            for i, row in zip(missing, np.asarray(fresh, np.float32), strict=True):
                self._rows[keys[i]] = row
            self._dirty = True
        out = np.zeros((len(texts), DIM), np.float32)
        for i, k in enumerate(keys):
            out[i] = self._rows[k]
        return out

    def save(self) -> None:
        """Write the cache (atomically) when it gained rows."""
        if not self._dirty:
            return
        self.cache_path.parent.mkdir(parents=True, exist_ok=True)
        keys = np.frombuffer(b"".join(self._rows), dtype=np.uint8).reshape(-1, 16)
        rows = np.vstack(list(self._rows.values())).astype(np.float32) if self._rows else np.zeros((0, DIM))
        fd, tmp = tempfile.mkstemp(dir=self.cache_path.parent, suffix=".npz")
        os.close(fd)
        np.savez(tmp, keys=keys, rows=rows)
        os.replace(tmp, self.cache_path)
        self._dirty = False
