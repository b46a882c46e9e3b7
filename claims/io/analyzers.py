"""Which analyzer a batch run scores with, and on which device.

:func:`load_analyzer` gives the shipped model (:meth:`Analyzer.load`) or, when a factory is named
(``Settings.analyzer_factory``, from ``CLAIMS_ANALYZER_FACTORY``), whatever that ``module:function``
returns when called with no arguments: any object with ``score(listings)`` and ``version``. A
factory named by a string can be called in another process, which is how Ray's actors (and the
tests, with the keyword analyzer of ``tests/fakes.py``) get the same analyzer as the driver.

:func:`check_device` refuses ``cuda`` where torch sees no GPU; :func:`place_on` moves the
analyzer's torch models (the sentence encoder, the evidence cross-encoder) to the device after
loading them, so that a scoring process pays the model load once, before its first batch.
"""

from __future__ import annotations

import importlib
import logging
from pathlib import Path
from typing import Any

from claims.config import Settings

log = logging.getLogger(__name__)

DEVICES = ("cpu", "cuda")


class AnalyzerSetupError(ValueError):
    """The analyzer cannot be built as asked (a factory that does not resolve, no CUDA device)."""


def resolve_factory(spec: str) -> Any:
    """The callable that ``module:function`` names (``function`` may be dotted: ``Class.method``)."""
    module_name, sep, attr = spec.partition(":")
    if not sep or not module_name or not attr:
        raise AnalyzerSetupError(f"analyzer factory {spec!r}: expected module:function")
    try:
        obj: Any = importlib.import_module(module_name)
    except ImportError as e:
        raise AnalyzerSetupError(f"analyzer factory {spec!r}: cannot import {module_name} ({e})") from e
    for part in attr.split("."):
        if not hasattr(obj, part):
            raise AnalyzerSetupError(f"analyzer factory {spec!r}: {module_name} has no {attr}")
        obj = getattr(obj, part)
    if not callable(obj):
        raise AnalyzerSetupError(f"analyzer factory {spec!r}: {attr} is not callable")
    return obj


def check_device(device: str) -> str:
    """``device`` if this process can score on it; ``cuda`` needs torch to see a CUDA device."""
    if device not in DEVICES:
        raise AnalyzerSetupError(f"unknown device {device!r}; use one of {', '.join(DEVICES)}")
    if device == "cuda":
        import torch

        if not torch.cuda.is_available():
            built = torch.version.cuda or "no CUDA"
            raise AnalyzerSetupError(f"--device cuda: torch {torch.__version__} ({built}) sees no CUDA device "
                                     "here; use --device cpu")
    return device


def place_on(analyzer: Any, device: str) -> None:
    """Load the analyzer's lazily loaded torch models now and move them to ``device``."""
    encoder: Any = getattr(analyzer, "encoder", None)
    if isinstance(getattr(type(encoder), "model", None), property):  # claims.scoring.encoder.Encoder
        model = encoder.model  # the SentenceTransformer, loaded on first access
        if device != "cpu" and hasattr(model, "to"):  # a fine-tuned encoder is already on its device ("auto")
            model.to(device)
    evidence: Any = getattr(analyzer, "evidence", None)
    cross = evidence.cross_model() if hasattr(evidence, "cross_model") else None
    if cross is not None and device != "cpu":
        for member in getattr(cross, "members", [cross]):
            member.model.to(device)
    if device != "cpu":
        log.info("analyzer models on %s", device)


def load_analyzer(model_dir: Path | None, settings: Settings, device: str = "cpu",
                  factory: str | None = None, load_models: bool = False) -> Any:
    """The analyzer a run scores with: ``factory`` (default ``settings.analyzer_factory``) called
    with no arguments, or the shipped model from ``model_dir``. ``load_models`` (implied by a
    device other than cpu) loads the torch models now and places them on ``device``.

    Raises:
        AnalyzerSetupError: the factory does not resolve, or ``device`` is not available here.
        claims.scoring.analyzer.ModelNotFoundError: no trained model in ``model_dir``.
    """
    check_device(device)
    spec = factory if factory is not None else settings.analyzer_factory
    if spec:
        analyzer = resolve_factory(spec)()
    else:
        from claims.scoring.analyzer import Analyzer

        analyzer = Analyzer.load(model_dir, settings)
    if load_models or device != "cpu":
        place_on(analyzer, device)
    return analyzer
