"""The review queue: which scored listings moderators see, their decisions, and the labels
those decisions make. Library code over :mod:`claims.store`; the HTTP routes only call it.

- :func:`record_scores` stores a scoring run: the listing, the model's suggestion (a new
  :class:`~claims.store.Score` each time, so re-scoring keeps the history) and, when the queue
  policy (:func:`should_enqueue`) says so, a review item.
- :func:`decide` appends a decision with optimistic concurrency: the caller names the item
  version it saw; a conditional ``UPDATE ... WHERE version = :v`` lets exactly one of two
  concurrent deciders win, the other gets :class:`Conflict` with the current state.
- :func:`status_of` derives an item's status from its decisions; nothing else sets it.
- :func:`export_decisions` turns decisions into labelled listings for training, with the claim
  and finding spans the moderator saw (``claims train --decisions`` learns from them).
- :data:`ORDERINGS` names the orders of the queue (``uncertain`` first is active learning:
  :func:`uncertainty`); :func:`list_page` pages through a filtered, ordered queue both ways
  (keyset cursors), :func:`neighbours` and :func:`next_item` navigate it.
- :func:`claim` assigns an item to a moderator until an expiry; :func:`next_item` claims the next
  free one; deciding releases it. :func:`bulk_decide` decides many items, one audit row each.
- Double review: an item marked for a second review (:func:`request_second_opinion`, or a sample of
  ``review_second_share`` at enqueue) takes one more decision from another moderator, recorded as a
  second opinion that never overwrites the first (:mod:`claims.moderation.stats` measures agreement).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, case, exists, false, func, or_, select, update
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import UnaryExpression

from claims.config import ServiceSettings
from claims.moderation.store import Decision, IndexJournalEntry, Listing, ReviewItem, Score, utcnow
from claims.scoring.policy import RiskPolicy
from claims.taxonomy import CODE_NAMES, LEVELS, level_from_codes

log = logging.getLogger(__name__)

# The wire names of the actions (stable since v1). "approve" confirms the model's finding(s),
# "reject" clears them: the aliases below say so and are accepted everywhere an action is.
ACTIONS: tuple[str, ...] = ("approve", "reject", "change", "note")
ACTION_ALIASES: dict[str, str] = {"confirm": "approve", "clear": "reject"}
STATUSES: tuple[str, ...] = ("pending", "approved", "rejected", "changed")
_STATUS_OF_ACTION = {"approve": "approved", "reject": "rejected", "change": "changed"}
# What the moderator page calls them: a decision about the model's finding, never about the listing.
ACTION_LABELS: dict[str, str] = {"approve": "confirm finding", "reject": "clear finding", "change": "change",
                                 "note": "note"}
STATUS_LABELS: dict[str, str] = {"pending": "pending", "approved": "finding confirmed",
                                 "rejected": "finding cleared", "changed": "changed"}


def canonical_action(action: str) -> str:
    """The wire name of ``action``: ``confirm`` is ``approve``, ``clear`` is ``reject``."""
    return ACTION_ALIASES.get(action, action)


class NotFound(LookupError):
    pass


class Conflict(RuntimeError):
    """Another decision changed the item first; ``current`` is the item as it is now."""

    def __init__(self, message: str, current: dict[str, Any]):
        super().__init__(message)
        self.current = current


class InvalidRequest(ValueError):
    pass


# ---------------------------------------------------------------- policy and derivations

def result_codes(result: dict[str, Any]) -> list[str]:
    return sorted({f["code"] for f in result.get("greenwashing", {}).get("findings", [])})


def should_enqueue(result: dict[str, Any], settings: ServiceSettings) -> bool:
    """The queue policy: a level in ``queue_levels``, or a risk score at or above ``queue_min_score``."""
    g = result.get("greenwashing", {})
    return g.get("level") in settings.queue_levels or float(g.get("score", 0.0)) >= settings.queue_min_score


def status_of(actions: Sequence[str]) -> str:
    """An item's status from the actions of its current round, oldest first: the last
    approve/reject/change decides; notes never change it; no decision means pending."""
    for action in reversed(actions):
        if action in _STATUS_OF_ACTION:
            return _STATUS_OF_ACTION[action]
    return "pending"


def label_of(action: str, suggestion_level: str, suggestion_codes: list[str], has_claims: bool,
             level: str | None, codes: list[str] | None) -> dict[str, Any]:
    """The training label a decision makes: approve keeps the suggestion; reject drops its
    findings (level ``low``/``none`` unless the moderator names one); change sets codes and/or level
    (a level left out follows from the codes as labels.md section 2 defines)."""
    if action == "approve":
        return {"level": suggestion_level, "codes": list(suggestion_codes)}
    if action == "reject":
        return {"level": level or ("low" if has_claims else "none"), "codes": []}
    if action == "change":
        new_codes = sorted(set(codes)) if codes is not None else list(suggestion_codes)
        return {"level": level or level_from_codes(new_codes, has_claims), "codes": new_codes}
    raise InvalidRequest(f"a {action!r} decision makes no label")


def sampled_for_second_review(listing_id: str, share: float) -> bool:
    """Whether a new queue item gets a second review: a deterministic sample of ``share`` of the
    listing ids (the same listing is always in or out, on every server)."""
    if share <= 0:
        return False
    digest = hashlib.sha256(listing_id.encode("utf-8")).digest()
    return int.from_bytes(digest[:4], "big") / 2**32 < share


def _codes_col(codes: list[str]) -> str:
    return "," + ",".join(codes) + ("," if codes else "")


def _codes_list(col: str) -> list[str]:
    return [c for c in col.split(",") if c]


def encode_cursor(last_id: int, direction: str = "after") -> str:
    """A page cursor: the rows ``after`` (or ``before``) the item ``last_id`` in the page's order."""
    return base64.urlsafe_b64encode(json.dumps({direction: last_id}).encode()).decode().rstrip("=")


# Row ids are 32-bit on every backend (PostgreSQL INTEGER): a cursor past this is not one we made.
MAX_ROW_ID = 2**31 - 1


def decode_cursor(cursor: str | None) -> int:
    """The row id a cursor of :func:`encode_cursor` points after; :class:`InvalidRequest` for anything
    else (not base64 JSON, ``after`` not a whole number in [0, 2^31 - 1]: Infinity, NaN, 2^63, 1.5, true)."""
    if not cursor:
        return 0
    bad = InvalidRequest("invalid cursor: pass the next_cursor of a previous page")
    try:
        data = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        after = data["after"]
    except (ValueError, KeyError, TypeError, IndexError, RecursionError, binascii.Error, UnicodeDecodeError) as e:
        raise bad from e
    if type(after) is not int or not 0 <= after <= MAX_ROW_ID:
        raise bad
    return after


def decode_page_cursor(cursor: str | None) -> tuple[str, int]:
    """``("after", id)`` or ``("before", id)`` from a cursor of :func:`encode_cursor` (``("after", 0)``
    for none); :class:`InvalidRequest` for anything else."""
    if not cursor:
        return "after", 0
    bad = InvalidRequest("invalid cursor: pass the next_cursor of a previous page")
    try:
        data = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (ValueError, TypeError, IndexError, RecursionError, binascii.Error, UnicodeDecodeError) as e:
        raise bad from e
    if isinstance(data, dict) and "before" in data and len(data) == 1:
        value = data["before"]
        if type(value) is not int or not 0 <= value <= MAX_ROW_ID:
            raise bad
        return "before", value
    return "after", decode_cursor(cursor)


# ---------------------------------------------------------------- recording scores

def _insert_ignore(session: Session, model: type, values: dict[str, Any]) -> bool:
    """INSERT ... ON CONFLICT DO NOTHING (SQLite and PostgreSQL); True when a row was inserted."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        stmt: Any = pg_insert(model).values(**values).on_conflict_do_nothing()
    else:
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        stmt = sqlite_insert(model).values(**values).on_conflict_do_nothing()
    return bool(session.execute(stmt).rowcount)  # type: ignore[attr-defined]


def _upsert_listing(session: Session, listing: dict[str, Any]) -> None:
    now = utcnow()
    values = {"title": listing.get("title") or "", "description": listing.get("description") or "",
              "category": listing.get("category"), "brand": listing.get("brand"), "data": dict(listing)}
    if not _insert_ignore(session, Listing, {"id": listing["id"], **values, "created_at": now, "updated_at": now}):
        session.execute(update(Listing).where(Listing.id == listing["id"]).values(**values, updated_at=now))


def record_scores(session: Session, listings: Sequence[dict[str, Any]], results: Sequence[dict[str, Any]],
                  settings: ServiceSettings, *, journal: bool = False) -> list[int | None]:
    """Store one scoring run; returns the review item id of each listing (None when not queued).
    ``journal``: also append each score to the recommender index journal, in the same transaction.

    A listing already in the queue follows its new score; when the suggestion (level or codes)
    changed, a new review round starts (status pending again, a new version; older decisions stay
    in the history). An unchanged suggestion keeps the round, status and version.
    """
    by_id: dict[str, int | None] = {}
    # rows are written in id order, so that concurrent calls lock them in the same order (no deadlock)
    for listing, result in sorted(zip(listings, results, strict=True), key=lambda pair: str(pair[0]["id"])):
        by_id[str(listing["id"])] = _record_one(session, listing, result, settings, journal)
    session.commit()
    return [by_id[str(listing["id"])] for listing in listings]


def _record_one(session: Session, listing: dict[str, Any], result: dict[str, Any],
                settings: ServiceSettings, journal: bool = False) -> int | None:
    if result["greenwashing"]["level"] is None:  # a language the analyzer does not read: nothing scored
        return None
    _upsert_listing(session, listing)
    g = result["greenwashing"]
    codes = result_codes(result)
    score = Score(listing_id=listing["id"], model_version=str(result.get("model_version", "")),
                  level=g["level"], risk_score=float(g["score"]), eco_score=float(result["eco_score"]),
                  codes=_codes_col(codes), listing=dict(listing), result=result, created_at=utcnow())
    session.add(score)
    session.flush()
    if journal:
        session.add(IndexJournalEntry(score_id=score.id, listing_id=listing["id"], created_at=utcnow()))
    item = session.scalars(select(ReviewItem).where(ReviewItem.listing_id == listing["id"])).first()
    if item is None:
        if not should_enqueue(result, settings):
            return None
        now = utcnow()
        if _insert_ignore(session, ReviewItem, {
                "listing_id": listing["id"], "score_id": score.id, "level": g["level"],
                "risk_score": float(g["score"]), "codes": _codes_col(codes), "round": 1, "status": "pending",
                "version": 1, "created_at": now, "updated_at": now,
                "second_review": "wanted" if sampled_for_second_review(str(listing["id"]),
                                                                        settings.review_second_share) else None}):
            return int(session.scalars(select(ReviewItem.id)
                                       .where(ReviewItem.listing_id == listing["id"])).one())
        # enqueued concurrently: follow it like any existing item
        item = session.scalars(select(ReviewItem).where(ReviewItem.listing_id == listing["id"])).one()
    changed = item.level != g["level"] or _codes_list(item.codes) != codes
    values: dict[str, Any] = {"score_id": score.id, "level": g["level"], "risk_score": float(g["score"]),
                              "codes": _codes_col(codes), "updated_at": utcnow()}
    if changed:  # a decider who saw the old suggestion must re-read: the version moves on
        values.update(round=ReviewItem.round + 1, status="pending", version=ReviewItem.version + 1)
    session.execute(update(ReviewItem).where(ReviewItem.id == item.id).values(**values))
    return item.id


# ---------------------------------------------------------------- reading the queue

def _summary(item: ReviewItem, listing: Listing) -> dict[str, Any]:
    return {"id": item.id, "listing_id": item.listing_id, "title": listing.title, "category": listing.category,
            "brand": listing.brand, "level": item.level, "risk_score": item.risk_score,
            "codes": _codes_list(item.codes), "status": item.status, "round": item.round, "version": item.version,
            "score_id": item.score_id, "updated_at": item.updated_at, "claimed_by": item.claimed_by,
            "claimed_until": item.claimed_until, "second_review": item.second_review}


@dataclass(frozen=True)
class Ordering:
    """A named order of the queue: its label on the moderator page and its SQL sort keys over
    ``review_items`` (a column or expression, ``.desc()`` for descending). The item id is always
    the last key (ascending), so that every order is total and keyset pages are stable."""

    label: str
    keys: tuple[Any, ...]


# The orders of the queue by name (``?order=NAME``). Another ordering is one more entry here.
ORDERINGS: dict[str, Ordering] = {
    "risk": Ordering("highest risk first", (ReviewItem.risk_score.desc(),)),
    "newest": Ordering("newest first", (ReviewItem.id.desc(),)),
    "oldest": Ordering("oldest first", (ReviewItem.id,)),
}
DEFAULT_ORDER = "oldest"  # the JSON API's order since v1; the moderator page starts with "risk"


def _sort_keys(order: str) -> list[tuple[Any, bool]]:
    """``(expression, descending)`` for each key of the ordering, the item id last."""
    out: list[tuple[Any, bool]] = []
    for key in ORDERINGS[order].keys:
        if isinstance(key, UnaryExpression) and key.modifier in (operators.desc_op, operators.asc_op):
            out.append((key.element, key.modifier is operators.desc_op))
        else:
            out.append((key, False))
    out.append((ReviewItem.id, False))
    return out


@dataclass(frozen=True)
class Filters:
    """Which items a queue view shows. ``q`` searches the listing id, title and description (the
    claim texts are spans of these) and, when a whole number, the item id; ``second`` keeps the
    items waiting for a second review."""

    level: str | None = None
    code: str | None = None
    category: str | None = None
    brand: str | None = None
    status: str | None = None
    q: str | None = None
    second: bool = False
    min_score: float | None = None
    max_score: float | None = None

    def validate(self) -> None:
        if self.level is not None and self.level not in LEVELS:
            raise InvalidRequest(f"unknown level {self.level!r}")
        if self.code is not None and self.code not in CODE_NAMES:
            raise InvalidRequest(f"unknown code {self.code!r}")
        if self.status is not None and self.status not in STATUSES:
            raise InvalidRequest(f"unknown status {self.status!r}")


def _like_pattern(text: str) -> str:
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _apply_filters(q: Any, f: Filters) -> Any:
    if f.level is not None:
        q = q.where(ReviewItem.level == f.level)
    if f.code is not None:
        q = q.where(ReviewItem.codes.like(f"%,{f.code},%"))
    if f.category is not None:
        q = q.where(Listing.category == f.category)
    if f.brand is not None:
        q = q.where(Listing.brand == f.brand)
    if f.status is not None:
        q = q.where(ReviewItem.status == f.status)
    if f.second:
        q = q.where(ReviewItem.second_review == "wanted")
    if f.min_score is not None:
        q = q.where(ReviewItem.risk_score >= f.min_score)
    if f.max_score is not None:
        q = q.where(ReviewItem.risk_score <= f.max_score)
    if f.q:
        pattern = _like_pattern(f.q.strip())
        matches: list[Any] = [func.lower(Listing.id).like(pattern, escape="\\"),
                   func.lower(Listing.title).like(pattern, escape="\\"),
                   func.lower(Listing.description).like(pattern, escape="\\")]
        if f.q.strip().isdigit() and int(f.q.strip()) <= MAX_ROW_ID:
            matches.append(ReviewItem.id == int(f.q.strip()))
        q = q.where(or_(*matches))
    return q


def _keyset(session: Session, order: str, anchor: int, direction: str) -> Any:
    """The condition "after (or before) item ``anchor`` in ``order``"; the anchor need not match
    the filters (an item just decided still has its place in the order)."""
    keys = _sort_keys(order)
    values = session.execute(select(*(expr for expr, _ in keys)).where(ReviewItem.id == anchor)).first()
    if values is None:
        raise InvalidRequest("invalid cursor: pass the next_cursor of a previous page")
    terms = []
    for i, (expr, desc) in enumerate(keys):
        forward = (expr < values[i]) if desc else (expr > values[i])
        backward = (expr > values[i]) if desc else (expr < values[i])
        equal_before = [keys[j][0] == values[j] for j in range(i)]
        terms.append(and_(*equal_before, forward if direction == "after" else backward))
    return or_(*terms)


def _order_by(order: str, reverse: bool = False) -> list[Any]:
    return [(expr.asc() if desc == reverse else expr.desc()) for expr, desc in _sort_keys(order)]


def _base_query() -> Any:
    return select(ReviewItem, Listing).join(Listing, Listing.id == ReviewItem.listing_id)


@dataclass
class Page:
    items: list[dict[str, Any]]
    next_cursor: str | None
    prev_cursor: str | None
    total: int = 0
    extra: dict[str, Any] = field(default_factory=dict)


def list_page(session: Session, filters: Filters | None = None, *, order: str = DEFAULT_ORDER,
              cursor: str | None = None, limit: int = 50, count: bool = False) -> Page:
    """A page of review items in ``order`` (one of :data:`ORDERINGS`), with the cursors of the
    next and the previous page (None at either end); ``count``: also the number of matching items."""
    f = filters or Filters()
    f.validate()
    if order not in ORDERINGS:
        raise InvalidRequest(f"unknown order {order!r} (one of: {', '.join(ORDERINGS)})")
    direction, anchor = decode_page_cursor(cursor)
    q = _apply_filters(_base_query(), f)
    if anchor:
        q = q.where(_keyset(session, order, anchor, direction))
    backwards = direction == "before"
    rows = list(session.execute(q.order_by(*_order_by(order, reverse=backwards)).limit(limit + 1)).all())
    more = len(rows) > limit
    rows = rows[:limit]
    if backwards:
        rows.reverse()
    items = [_summary(item, listing) for item, listing in rows]
    nxt = prev = None
    if items:
        if (more if not backwards else _exists(session, f, order, items[-1]["id"], "after")):
            nxt = encode_cursor(items[-1]["id"])
        if (more if backwards else bool(anchor) and _exists(session, f, order, items[0]["id"], "before")):
            prev = encode_cursor(items[0]["id"], "before")
    total = 0
    if count:
        total = int(session.scalar(_apply_filters(select(func.count()).select_from(ReviewItem)
                                                  .join(Listing, Listing.id == ReviewItem.listing_id), f)) or 0)
    return Page(items, nxt, prev, total)


def _exists(session: Session, f: Filters, order: str, item_id: int, direction: str) -> bool:
    """Whether any item matching ``f`` comes ``before``/``after`` ``item_id`` in ``order``."""
    q = _apply_filters(select(ReviewItem.id).join(Listing, Listing.id == ReviewItem.listing_id), f)
    return session.execute(q.where(_keyset(session, order, item_id, direction)).limit(1)).first() is not None


# ---------------------------------------------------------------- uncertainty (active learning)

def _decisive_probability(level: str, risk_score: float, policy: RiskPolicy) -> float:
    """The model probability that decided the item's level, read back from its risk score band
    (:meth:`RiskPolicy.risk_score`): the strongest finding's for high and medium, the vagueness of
    the claims for low, the most claim-like segment's for none."""
    base, span = {"high": (policy.high_base, policy.high_span), "medium": (policy.medium_base, policy.medium_span),
                  "low": (policy.low_base, policy.low_span)}.get(level, (0.0, policy.none_span))
    return (risk_score - base) / span


def uncertainty(level: str, risk_score: float, policy: RiskPolicy | None = None) -> float:
    """How unsure the model was about an item, in [0, 1] (1: its decisive probability was 0.5),
    from what the store keeps (the level and risk score). The ``uncertain`` ordering puts the
    highest first: the decisions a model learns most from (``claims train --decisions``)."""
    p = _decisive_probability(level, risk_score, policy or RiskPolicy())
    return max(0.0, min(1.0, 1.0 - abs(2.0 * p - 1.0)))


def uncertainty_sql(policy: RiskPolicy | None = None) -> Any:
    """:func:`uncertainty` as an SQL expression over ``review_items`` (SQLite and PostgreSQL)."""
    policy = policy or RiskPolicy()
    r = ReviewItem.risk_score
    p = case((ReviewItem.level == "high", (r - policy.high_base) / policy.high_span),
             (ReviewItem.level == "medium", (r - policy.medium_base) / policy.medium_span),
             (ReviewItem.level == "low", (r - policy.low_base) / policy.low_span),
             else_=r / policy.none_span)
    u = 1.0 - func.abs(2.0 * p - 1.0)
    return case((u < 0.0, 0.0), (u > 1.0, 1.0), else_=u)


# active learning: the items whose decisions teach the model most come first
ORDERINGS["uncertain"] = Ordering("most uncertain first", (uncertainty_sql().desc(),))


def list_items(session: Session, *, level: str | None = None, code: str | None = None,
               category: str | None = None, brand: str | None = None, status: str | None = None,
               cursor: str | None = None, limit: int = 50, order: str = DEFAULT_ORDER,
               q: str | None = None) -> tuple[list[dict[str, Any]], str | None]:
    """A page of review items (oldest first unless ``order`` names another of :data:`ORDERINGS`)
    and the cursor of the next page (None at the end)."""
    page = list_page(session, Filters(level=level, code=code, category=category, brand=brand, status=status, q=q),
                     order=order, cursor=cursor, limit=limit)
    return page.items, page.next_cursor


def neighbours(session: Session, item_id: int, filters: Filters | None = None,
               order: str = DEFAULT_ORDER) -> tuple[int | None, int | None]:
    """The previous and the next item around ``item_id`` in the filtered, ordered queue."""
    f = filters or Filters()
    out: list[int | None] = []
    for direction in ("before", "after"):
        q = _apply_filters(select(ReviewItem.id).join(Listing, Listing.id == ReviewItem.listing_id), f)
        q = q.where(_keyset(session, order, item_id, direction))
        out.append(session.scalars(q.order_by(*_order_by(order, reverse=direction == "before")).limit(1)).first())
    return out[0], out[1]


def _decision_dict(d: Decision) -> dict[str, Any]:
    return {"id": d.id, "action": d.action, "level": d.level, "codes": d.codes, "note": d.note,
            "moderator": d.moderator, "round": d.round, "version": d.version, "score_id": d.score_id,
            "created_at": d.created_at, "second_opinion": bool(d.second_opinion)}


def current_state(session: Session, item_id: int) -> dict[str, Any]:
    row = session.execute(select(ReviewItem, Listing).join(Listing, Listing.id == ReviewItem.listing_id)
                          .where(ReviewItem.id == item_id)).first()
    if row is None:
        raise NotFound(f"no review item {item_id}")
    out = _summary(row[0], row[1])
    last = session.scalars(select(Decision).where(Decision.item_id == item_id)
                           .order_by(Decision.id.desc()).limit(1)).first()
    out["last_decision"] = _decision_dict(last) if last else None
    return out


def get_item(session: Session, item_id: int) -> dict[str, Any]:
    """One item: its summary, the listing as last scored, the current result, and its history."""
    out = current_state(session, item_id)
    score = session.get(Score, out["score_id"])
    assert score is not None
    out["listing"] = score.listing
    out["result"] = score.result
    scores = session.scalars(select(Score).where(Score.listing_id == out["listing_id"]).order_by(Score.id))
    out["scores"] = [{"id": s.id, "model_version": s.model_version, "level": s.level, "risk_score": s.risk_score,
                      "eco_score": s.eco_score, "codes": _codes_list(s.codes), "created_at": s.created_at}
                     for s in scores]
    decisions = session.scalars(select(Decision).where(Decision.item_id == item_id).order_by(Decision.id))
    out["decisions"] = [_decision_dict(d) for d in decisions]
    return out


# ---------------------------------------------------------------- claims (assignment with expiry)

class Claimed(Conflict):
    """The item is claimed by another moderator whose claim has not expired."""


def _free_for(moderator: str, now: datetime) -> Any:
    """SQL: the item is unclaimed, its claim expired, or it is claimed by ``moderator``."""
    return or_(ReviewItem.claimed_by.is_(None), ReviewItem.claimed_until.is_(None),
               ReviewItem.claimed_until <= now, ReviewItem.claimed_by == moderator)


def claim_holder(item: dict[str, Any] | ReviewItem, now: datetime | None = None) -> str | None:
    """Who holds an unexpired claim on ``item`` (a summary or a row), or None."""
    by = item["claimed_by"] if isinstance(item, dict) else item.claimed_by
    until = item["claimed_until"] if isinstance(item, dict) else item.claimed_until
    if by is None or until is None or until <= (now or utcnow()):
        return None
    return str(by)


def claim(session: Session, item_id: int, moderator: str, ttl_s: float, now: datetime | None = None
          ) -> dict[str, Any]:
    """Assign the item to ``moderator`` for ``ttl_s`` seconds (renewing their own claim); returns
    the state. :class:`Claimed` when another moderator holds an unexpired claim. One conditional
    UPDATE: of two moderators claiming at once exactly one wins, on SQLite and PostgreSQL."""
    now = now or utcnow()
    res = session.execute(update(ReviewItem).where(ReviewItem.id == item_id, _free_for(moderator, now))
                          .values(claimed_by=moderator, claimed_until=now + timedelta(seconds=ttl_s)))
    session.commit()
    state = current_state(session, item_id)  # NotFound for an unknown item
    if res.rowcount != 1:  # type: ignore[attr-defined]
        raise Claimed(f"review item {item_id} is claimed by {state['claimed_by']} until "
                      f"{state['claimed_until']:%H:%M:%S} UTC", state)
    return state


def release(session: Session, item_id: int, moderator: str) -> bool:
    """Give up ``moderator``'s claim on the item; True if they held one."""
    res = session.execute(update(ReviewItem).where(ReviewItem.id == item_id, ReviewItem.claimed_by == moderator)
                          .values(claimed_by=None, claimed_until=None))
    session.commit()
    return bool(res.rowcount)  # type: ignore[attr-defined]


def next_item(session: Session, moderator: str, ttl_s: float, filters: Filters | None = None,
              order: str = DEFAULT_ORDER, after: int | None = None, now: datetime | None = None,
              batch: int = 20, max_rounds: int = 50) -> int | None:
    """Claim the first item after ``after`` (from the start when None) in the filtered, ordered
    queue that no other moderator holds, and return its id (None at the end of the list).

    Race-safe: candidates are read (on PostgreSQL one row at a time ``FOR UPDATE SKIP LOCKED``, so
    moderators asking at once are handed different rows without waiting) and claimed by the
    conditional UPDATE of :func:`claim`; a candidate claimed in between is skipped (SQLite, where
    writers take turns). Bounded by ``max_rounds`` batches."""
    f = filters or Filters()
    f.validate()
    if order not in ORDERINGS:
        raise InvalidRequest(f"unknown order {order!r} (one of: {', '.join(ORDERINGS)})")
    now = now or utcnow()
    anchor = after
    postgres = session.get_bind().dialect.name == "postgresql"
    for _ in range(max_rounds):
        q = _apply_filters(select(ReviewItem.id).join(Listing, Listing.id == ReviewItem.listing_id), f)
        q = q.where(_free_for(moderator, now))
        if anchor:
            q = q.where(_keyset(session, order, anchor, "after"))
        if postgres:  # lock one row at a time: others skip it (and only it) and take the next
            q = q.order_by(*_order_by(order)).limit(1).with_for_update(skip_locked=True, of=ReviewItem)
        else:
            q = q.order_by(*_order_by(order)).limit(batch)
        candidates = list(session.scalars(q))
        if not candidates:
            session.rollback()
            return None
        for candidate in candidates:
            res = session.execute(update(ReviewItem).where(ReviewItem.id == candidate, _free_for(moderator, now))
                                  .values(claimed_by=moderator, claimed_until=now + timedelta(seconds=ttl_s)))
            if res.rowcount == 1:  # type: ignore[attr-defined]
                session.commit()
                return int(candidate)
        session.rollback()
        anchor = candidates[-1]
    return None


# ---------------------------------------------------------------- deciding

@dataclass(frozen=True)
class DecisionRequest:
    action: str
    expected_version: int
    level: str | None = None
    codes: list[str] | None = None
    note: str | None = None


def validate_decision(req: DecisionRequest) -> None:
    action = canonical_action(req.action)
    if action not in ACTIONS:
        raise InvalidRequest(f"unknown action {req.action!r} (one of: {', '.join([*ACTIONS, *ACTION_ALIASES])})")
    if req.level is not None and req.level not in LEVELS:
        raise InvalidRequest(f"unknown level {req.level!r} (one of: {', '.join(LEVELS)})")
    bad = [c for c in req.codes or [] if c not in CODE_NAMES]
    if bad:
        raise InvalidRequest(f"unknown finding code(s): {', '.join(bad)}")
    if action == "change" and req.level is None and req.codes is None:
        raise InvalidRequest("a change decision needs a level or codes")
    if action in ("approve", "note") and (req.level is not None or req.codes is not None):
        raise InvalidRequest(f"a {req.action} decision takes no level or codes (use action 'change')")
    if action == "reject" and req.codes:
        raise InvalidRequest(f"a {req.action} decision drops all codes; use action 'change' to keep some")
    if action == "note" and not (req.note or "").strip():
        raise InvalidRequest("a note decision needs a note")


def decide(session: Session, item_id: int, req: DecisionRequest, moderator: str, *,
           only_pending: bool = False, now: datetime | None = None) -> dict[str, Any]:
    """Append a decision if the item is still at ``req.expected_version``; returns the new state.

    Raises NotFound, InvalidRequest, :class:`Claimed` (another moderator holds an unexpired claim),
    or Conflict (with the current state) when another decision or a re-scoring changed the item
    since the caller read it, or (``only_pending``, bulk actions) when it is already decided.
    Deciding releases the item's claim. On an item waiting for a second review, a decision by a
    moderator other than the one who decided it is recorded as a second opinion: the status and
    the label stay those of the first decision.
    """
    validate_decision(req)
    action = canonical_action(req.action)
    now = now or utcnow()
    item = session.get(ReviewItem, item_id)
    if item is None:
        raise NotFound(f"no review item {item_id}")
    if item.version != req.expected_version:
        session.rollback()
        raise Conflict(f"review item {item_id} is at version {item.version}, not {req.expected_version}",
                       current_state(session, item_id))
    holder = claim_holder(item, now)
    if holder is not None and holder != moderator:
        session.rollback()
        raise Claimed(f"review item {item_id} is claimed by {holder}", current_state(session, item_id))
    if only_pending and item.status != "pending":
        session.rollback()
        raise Conflict(f"review item {item_id} is already decided ({item.status})", current_state(session, item_id))
    primary = list(session.execute(select(Decision.action, Decision.moderator)
                                   .where(Decision.item_id == item_id, Decision.round == item.round,
                                          Decision.second_opinion.is_(false()))
                                   .order_by(Decision.id)))
    deciders = [m for a, m in primary if a != "note"]
    second = (item.second_review == "wanted" and action != "note" and bool(deciders) and deciders[-1] != moderator)
    actions = [a for a, _ in primary]
    status = status_of(actions if second else [*actions, action])
    round_, score_id = item.round, item.score_id
    values: dict[str, Any] = {"version": req.expected_version + 1, "status": status, "updated_at": now}
    if holder is None or holder == moderator:
        values.update(claimed_by=None, claimed_until=None)
    if second:
        values["second_review"] = "done"
    res = session.execute(update(ReviewItem)
                          .where(ReviewItem.id == item_id, ReviewItem.version == req.expected_version)
                          .values(**values))
    if res.rowcount != 1:  # type: ignore[attr-defined]
        session.rollback()
        raise Conflict(f"review item {item_id} was decided concurrently", current_state(session, item_id))
    session.add(Decision(item_id=item_id, score_id=score_id, round=round_, version=req.expected_version + 1,
                         action=action, level=req.level, codes=req.codes, note=req.note,
                         moderator=moderator, second_opinion=second, created_at=now))
    session.commit()
    session.expire_all()
    return current_state(session, item_id)


def request_second_opinion(session: Session, item_id: int, moderator: str) -> dict[str, Any]:
    """Mark the item for a second review: the next decision by another moderator is a second
    opinion (kept for agreement, never overwriting the first)."""
    res = session.execute(update(ReviewItem).where(ReviewItem.id == item_id,
                                                   or_(ReviewItem.second_review.is_(None),
                                                       ReviewItem.second_review != "wanted"))
                          .values(second_review="wanted", version=ReviewItem.version + 1, updated_at=utcnow()))
    session.commit()
    state = current_state(session, item_id)
    if res.rowcount:  # type: ignore[attr-defined]
        log.info("second opinion requested on review item %d by %s", item_id, moderator)
    return state


@dataclass
class BulkResult:
    decided: list[int] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)  # {"id", "listing_id", "reason"}


def bulk_candidates(session: Session, filters: Filters, moderator: str, order: str = DEFAULT_ORDER,
                    limit: int = 500, now: datetime | None = None) -> tuple[list[dict[str, Any]], int]:
    """The items a bulk action on ``filters`` would cover (at most ``limit``, in ``order``) and the
    number of matching items (more than ``limit`` means the selection was cut)."""
    page = list_page(session, filters, order=order, limit=limit, count=True)
    now = now or utcnow()
    for item in page.items:
        holder = claim_holder(item, now)
        item["skip"] = ("already decided" if item["status"] != "pending"
                        else f"claimed by {holder}" if holder is not None and holder != moderator else None)
    return page.items, page.total


def _conflict_reason(e: Conflict) -> str:
    current = e.current
    if isinstance(e, Claimed):
        return f"claimed by {current.get('claimed_by')}"
    if current.get("status") != "pending":
        last = current.get("last_decision") or {}
        return (f"already decided ({STATUS_LABELS.get(current['status'], current['status'])}"
                + (f" by {last['moderator']}" if last.get("moderator") else "") + ")")
    return "changed since it was shown (re-scored or noted): review it on its page"


def bulk_decide(session: Session, items: Sequence[tuple[int, int]], action: str, moderator: str,
                note: str | None = None) -> BulkResult:
    """Decide each ``(item id, version seen)`` with ``action`` (confirm or clear): one decision, one
    audit row per item, each in its own transaction. Items decided or re-scored since (another
    version), already decided, or claimed by another moderator are reported in ``conflicts``,
    never overwritten."""
    action = canonical_action(action)
    if action not in ("approve", "reject"):
        raise InvalidRequest("a bulk action confirms or clears the findings (confirm or clear)")
    out = BulkResult()
    for item_id, version in items:
        try:
            decide(session, item_id, DecisionRequest(action, version, note=note), moderator, only_pending=True)
            out.decided.append(item_id)
        except Conflict as e:
            out.conflicts.append({"id": item_id, "listing_id": e.current.get("listing_id"),
                                  "reason": _conflict_reason(e), "current": e.current})
        except NotFound as e:
            out.conflicts.append({"id": item_id, "listing_id": None, "reason": str(e), "current": None})
    log.info("bulk %s by %s: %d decided, %d conflicts", action, moderator, len(out.decided), len(out.conflicts))
    return out


# ---------------------------------------------------------------- export

_CLAIM_KEYS = ("field", "start", "end", "text", "attributes", "specific", "score")
_FINDING_KEYS = ("code", "field", "start", "end", "text")


def suggestion_spans(result: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The spans a moderator saw with a suggestion: the model's claims and findings (offsets into
    the listing's fields), so that ``claims train --decisions`` knows which text a decision is about."""
    return {"claims": [{k: c[k] for k in _CLAIM_KEYS if k in c} for c in result.get("claims") or []],
            "findings": [{k: f[k] for k in _FINDING_KEYS if k in f}
                         for f in (result.get("greenwashing") or {}).get("findings") or []]}


def export_decisions(session: Session, *, cursor: str | None = None, limit: int = 100,
                     final_only: bool = True) -> tuple[list[dict[str, Any]], str | None]:
    """Decisions as labelled listings, oldest first. ``final_only``: only the last approve/reject/
    change of each item and round (the label in force; second opinions excluded); otherwise every
    such decision (second opinions marked ``second_opinion``)."""
    later = aliased(Decision)
    q = (select(Decision, Score).join(Score, Score.id == Decision.score_id)
         .where(Decision.id > decode_cursor(cursor), Decision.action != "note"))
    if final_only:  # the label in force: second opinions never replace it
        q = q.where(Decision.second_opinion.is_(false()),
                    ~exists(select(later.id).where(and_(later.item_id == Decision.item_id,
                                                         later.round == Decision.round,
                                                         later.second_opinion.is_(false()),
                                                         later.action != "note", later.id > Decision.id))))
    rows = session.execute(q.order_by(Decision.id).limit(limit + 1)).all()
    out: list[dict[str, Any]] = []
    for d, s in rows[:limit]:
        codes = _codes_list(s.codes)
        has_claims = bool(s.result.get("claims"))
        out.append({"decision_id": d.id, "item_id": d.item_id, "listing": s.listing,
                    "suggestion": {"score_id": s.id, "model_version": s.model_version, "level": s.level,
                                   "codes": codes, **suggestion_spans(s.result)},
                    "label": label_of(d.action, s.level, codes, has_claims, d.level, d.codes),
                    "action": d.action, "note": d.note, "moderator": d.moderator, "decided_at": d.created_at,
                    "second_opinion": bool(d.second_opinion)})
    return out, (encode_cursor(out[-1]["decision_id"]) if len(rows) > limit else None)


def queue_counts(session: Session) -> dict[str, int]:
    return {status: n for status, n in session.execute(select(ReviewItem.status, func.count())
                                                       .group_by(ReviewItem.status))}
