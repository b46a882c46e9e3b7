"""The recommender index journal: listings added by scoring survive a crash and reach every server.

``POST /v1/score`` appends an :class:`~claims.moderation.store.IndexJournalEntry` for each scored
listing in the same database transaction as its score, so every acknowledged listing is in the
journal. :class:`JournalReplay` brings an in-memory :class:`~claims.recommend.recommender.Recommender`
up to date with the journal: at start-up (entries since the saved index's watermark), after each
scoring call, and every few seconds (the entries that other servers on the same database wrote).
Upserts are idempotent, so replaying an entry twice is harmless.

The watermark (``journal_upto`` in the saved catalog's manifest) is the highest entry id below
which every entry is applied. On PostgreSQL, ids are handed out before commit, so an entry with
a lower id can become visible after a higher one; the watermark therefore only moves past
entries older than ``settle_s`` seconds, and entries above it that were already applied are
remembered (and skipped) by id.
"""

from __future__ import annotations

import logging
import threading
from datetime import timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from claims.moderation.store import IndexJournalEntry, Score, utcnow

log = logging.getLogger(__name__)
WATERMARK = "journal_upto"


class JournalReplay:
    """Applies journal entries to ``recommender`` (a :class:`Recommender`) once each."""

    def __init__(self, recommender: Any, *, settle_s: float = 60.0, batch: int = 500):
        self.recommender = recommender
        self.settle = timedelta(seconds=settle_s)
        self.batch = batch
        self.upto = int(recommender.catalog.meta.get(WATERMARK, 0) or 0)
        self.applied: set[int] = set()  # entries above the watermark already applied
        self.lock = threading.RLock()  # a save holds it around its own pull

    def pull(self, session: Session, lock: Any = None) -> int:
        """Apply every journal entry not applied yet; returns how many listings were upserted.
        ``lock`` (e.g. the service's recommender lock) is held around each upsert."""
        with self.lock:
            applied = 0
            after = self.upto
            pending: list[tuple[int, Any]] = []  # (id, created_at) of every entry read above the watermark
            while True:  # bounded: each round moves `after` forward until the journal's end
                rows = session.execute(
                    select(IndexJournalEntry.id, IndexJournalEntry.created_at, Score.listing, Score.result)
                    .join(Score, Score.id == IndexJournalEntry.score_id)
                    .where(IndexJournalEntry.id > after).order_by(IndexJournalEntry.id).limit(self.batch)).all()
                if not rows:
                    break
                after = rows[-1][0]
                pending += [(r[0], r[1]) for r in rows]
                fresh = [r for r in rows if r[0] not in self.applied]
                latest: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {}
                for _id, _at, listing, result in fresh:  # the latest score of each listing wins
                    latest[str(listing["id"])] = (listing, result)
                if latest:
                    listings = [lst for lst, _ in latest.values()]
                    results = [res for _, res in latest.values()]
                    if lock is not None:
                        with lock:
                            self.recommender.upsert(results, listings)
                    else:
                        self.recommender.upsert(results, listings)
                    applied += len(latest)
                self.applied.update(r[0] for r in fresh)
                if len(rows) < self.batch:
                    break
            session.rollback()  # end the read transaction
            settled = utcnow() - self.settle
            for entry_id, created_at in pending:  # move the watermark over settled entries only
                if created_at is None or created_at > settled:
                    break
                self.upto = entry_id
            self.applied = {i for i in self.applied if i > self.upto}
            self.recommender.catalog.meta[WATERMARK] = self.upto
            if applied:
                log.info("index journal: %d listing(s) applied (watermark %d)", applied, self.upto)
            return applied
