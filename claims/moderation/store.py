"""The review store (SQLAlchemy 2): listings, model suggestions, review items, decisions, API keys.

Model output and moderator work are kept apart: every scoring of a listing appends a
:class:`Score` row (the model's *suggestion*, never edited), and every moderator action appends a
:class:`Decision` row (the audit trail, never edited or deleted). A :class:`ReviewItem` is a
listing's place in the review queue; its ``status`` is derived from its decisions
(:func:`claims.review.status_of`) and its ``version`` counter is what makes concurrent decisions
safe (a conditional ``UPDATE ... WHERE version = :v``).

SQLite by default (WAL, foreign keys on, a busy timeout), PostgreSQL by URL
(``postgresql+psycopg://...``). The schema is created and upgraded by Alembic migrations in
``claims/migrations`` (:func:`upgrade`), never by ``create_all``.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
    create_engine,
    event,
    false,
    text,
)
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, sessionmaker

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC timestamp on every backend (SQLite stores no zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        return value.astimezone(UTC) if value is not None and value.tzinfo else value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UTCDateTime}


class Listing(Base):
    """The latest input seen for a listing id (the full input is kept with each score)."""

    __tablename__ = "listings"
    id: Mapped[str] = mapped_column(String(512), primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[str | None] = mapped_column(String(512), index=True)
    brand: Mapped[str | None] = mapped_column(String(512), index=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class Score(Base):
    """One scoring of one listing: the model's suggestion. Append-only; re-scoring adds a row."""

    __tablename__ = "scores"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    listing_id: Mapped[str] = mapped_column(ForeignKey("listings.id"), index=True)
    model_version: Mapped[str] = mapped_column(String(128))
    level: Mapped[str] = mapped_column(String(16))
    risk_score: Mapped[float] = mapped_column(Float)
    eco_score: Mapped[float] = mapped_column(Float)
    codes: Mapped[str] = mapped_column(Text, default=",")  # ",CODE_A,CODE_B," for LIKE filters
    listing: Mapped[dict[str, Any]] = mapped_column(JSON)  # the input as scored
    result: Mapped[dict[str, Any]] = mapped_column(JSON)  # the interfaces.md result
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ReviewItem(Base):
    """A listing in the review queue. ``level``/``risk_score``/``codes`` mirror its current score."""

    __tablename__ = "review_items"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    listing_id: Mapped[str] = mapped_column(ForeignKey("listings.id"), unique=True)
    score_id: Mapped[int] = mapped_column(ForeignKey("scores.id"))
    level: Mapped[str] = mapped_column(String(16))
    risk_score: Mapped[float] = mapped_column(Float)
    codes: Mapped[str] = mapped_column(Text, default=",")
    # A new round starts when re-scoring changes the suggestion; decisions of older rounds stay
    # in the history but no longer set the status.
    round: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[str] = mapped_column(String(16), default="pending")  # derived: review.status_of
    version: Mapped[int] = mapped_column(Integer, default=1)  # optimistic-concurrency counter
    # Assignment: the moderator (key id) who claimed the item, until when; an expired claim is free.
    claimed_by: Mapped[str | None] = mapped_column(String(128), default=None)
    claimed_until: Mapped[datetime | None] = mapped_column(default=None)
    # Double review: None (one decision is enough), "wanted" (sampled or requested: the next decision
    # by another moderator is a second opinion), "done" (both decisions made).
    second_review: Mapped[str | None] = mapped_column(String(16), default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (Index("ix_review_items_status_score", "status", "risk_score"),
                      Index("ix_review_items_level", "level"))


class Decision(Base):
    """A moderator's decision on a review item. Append-only: the audit trail."""

    __tablename__ = "decisions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("review_items.id"), index=True)
    score_id: Mapped[int] = mapped_column(ForeignKey("scores.id"))
    round: Mapped[int] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer)  # the item version this decision produced
    action: Mapped[str] = mapped_column(String(16))  # approve (confirm) | reject (clear) | change | note
    level: Mapped[str | None] = mapped_column(String(16))
    codes: Mapped[list[str] | None] = mapped_column(JSON)
    note: Mapped[str | None] = mapped_column(Text)
    moderator: Mapped[str] = mapped_column(String(128))  # the API key id (or CLI user) that decided
    # A second opinion on a double-reviewed item: kept for agreement, never sets the status or label.
    second_opinion: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class IndexJournalEntry(Base):
    """A listing scored through the API and added to the recommender index: the index journal.

    Written in the same transaction as its :class:`Score` (so an acknowledged score is journaled),
    replayed into the index at start-up and by every server sharing the database
    (:mod:`claims.recommend.journal`). Append-only."""

    __tablename__ = "index_journal"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    score_id: Mapped[int] = mapped_column(ForeignKey("scores.id"))
    listing_id: Mapped[str] = mapped_column(String(512))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ApiKey(Base):
    """An API key: only its SHA-256 hash is stored; ``id`` is the public prefix used for lookup."""

    __tablename__ = "api_keys"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    role: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(256), default="")
    key_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column()


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def make_engine(url: str) -> Engine:
    """An engine for ``url``: SQLite gets WAL, foreign keys and a busy timeout; others defaults."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=10)


def session_factory(engine: Engine) -> sessionmaker:
    return sessionmaker(engine, expire_on_commit=False)


def upgrade(url_or_engine: str | Engine, revision: str = "head") -> None:
    """Create or upgrade the schema with Alembic (``claims db upgrade`` and the service start-up)."""
    from alembic import command
    from alembic.config import Config

    engine = make_engine(url_or_engine) if isinstance(url_or_engine, str) else url_or_engine
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":  # instances starting together migrate one at a time
            conn.execute(text("SELECT pg_advisory_xact_lock(7424517)"))
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    if isinstance(url_or_engine, str):
        engine.dispose()


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()
