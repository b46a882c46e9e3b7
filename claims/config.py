"""Configuration in one place: paths, limits and thresholds.

Every value can be overridden by an environment variable named in ``ENV`` so deployments do
not need code changes. Thresholds that were chosen on the dev split are recorded in the model
artifact itself (``models/heads/meta.json``), not here.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent
SHARED_DIR = Path(os.environ.get("CLAIMS_SHARED_DIR", PROJECT_DIR.parent / "shared"))


def _env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value else default


@dataclass(frozen=True)
class Settings:
    """Runtime settings. Create with :func:`get_settings` to honour environment overrides."""

    model_dir: Path = field(default_factory=lambda: Path(os.environ.get("CLAIMS_MODEL_DIR", PROJECT_DIR / "models")))
    corpora_dir: Path = PROJECT_DIR / "corpora"
    shared_data_dir: Path = SHARED_DIR / "data"
    # Input limits: a field longer than this is rejected rather than scored.
    max_field_chars: int = field(default_factory=lambda: _env_int("CLAIMS_MAX_FIELD_CHARS", 50_000))
    max_reviews: int = field(default_factory=lambda: _env_int("CLAIMS_MAX_REVIEWS", 200))
    max_id_chars: int = 512
    batch_size: int = field(default_factory=lambda: _env_int("CLAIMS_BATCH_SIZE", 256))
    encode_batch_size: int = 64
    # Segments longer than this (characters) are cut into windows before encoding.
    max_segment_chars: int = 600
    # Benchmark-only models (e.g. fine-tuned on CC BY-NC-SA data) are cached here, never in models/.
    cache_dir: Path = field(default_factory=lambda: Path(os.environ.get(
        "CLAIMS_CACHE_DIR", Path.home() / ".cache" / "greenclaims")))


def get_settings() -> Settings:
    return Settings()
