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
- :func:`list_items` pages the queue in one of the named :data:`ORDERINGS`: ``oldest`` first, or
  most ``uncertain`` first (:func:`uncertainty`: active learning).
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, case, exists, func, select, update
from sqlalchemy.orm import Session, aliased

from claims.config import ServiceSettings
from claims.moderation.store import Decision, IndexJournalEntry, Listing, ReviewItem, Score, utcnow
from claims.scoring.policy import RiskPolicy
from claims.taxonomy import CODE_NAMES, LEVELS, level_from_codes

ACTIONS: tuple[str, ...] = ("approve", "reject", "change", "note")
STATUSES: tuple[str, ...] = ("pending", "approved", "rejected", "changed")
_STATUS_OF_ACTION = {"approve": "approved", "reject": "rejected", "change": "changed"}


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


def _codes_col(codes: list[str]) -> str:
    return "," + ",".join(codes) + ("," if codes else "")


def _codes_list(col: str) -> list[str]:
    return [c for c in col.split(",") if c]


def encode_cursor(last_id: int) -> str:
    return base64.urlsafe_b64encode(json.dumps({"after": last_id}).encode()).decode().rstrip("=")


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
                "version": 1, "created_at": now, "updated_at": now}):
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
            "score_id": item.score_id, "updated_at": item.updated_at}


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


# Named orderings of the queue: name -> SQL sort keys (the item id last, so pages are stable).
ORDERINGS: dict[str, tuple[Any, ...]] = {
    "oldest": (ReviewItem.id,),
    "uncertain": (uncertainty_sql().desc(), ReviewItem.id),
}


def list_items(session: Session, *, level: str | None = None, code: str | None = None,
               category: str | None = None, brand: str | None = None, status: str | None = None,
               cursor: str | None = None, limit: int = 50,
               order: str | None = None) -> tuple[list[dict[str, Any]], str | None]:
    """A page of review items and the cursor of the next page (None at the end), in one of the
    :data:`ORDERINGS`: ``oldest`` first (the default) or most ``uncertain`` first."""
    order = order or "oldest"
    if order not in ORDERINGS:
        raise InvalidRequest(f"unknown order {order!r} (one of: {', '.join(ORDERINGS)})")
    if level is not None and level not in LEVELS:
        raise InvalidRequest(f"unknown level {level!r}")
    if code is not None and code not in CODE_NAMES:
        raise InvalidRequest(f"unknown code {code!r}")
    if status is not None and status not in STATUSES:
        raise InvalidRequest(f"unknown status {status!r}")
    after = decode_cursor(cursor)
    q = select(ReviewItem, Listing).join(Listing, Listing.id == ReviewItem.listing_id)
    if order == "oldest":
        q = q.where(ReviewItem.id > after)
    elif after:  # keyset: after the cursor's item in (uncertainty desc, id) order
        u = uncertainty_sql()
        last = session.execute(select(u).where(ReviewItem.id == after)).scalar()
        if last is None:
            raise InvalidRequest("invalid cursor: pass the next_cursor of a previous page")
        q = q.where((u < last) | ((u == last) & (ReviewItem.id > after)))
    if level is not None:
        q = q.where(ReviewItem.level == level)
    if code is not None:
        q = q.where(ReviewItem.codes.like(f"%,{code},%"))
    if category is not None:
        q = q.where(Listing.category == category)
    if brand is not None:
        q = q.where(Listing.brand == brand)
    if status is not None:
        q = q.where(ReviewItem.status == status)
    rows = session.execute(q.order_by(*ORDERINGS[order]).limit(limit + 1)).all()
    page = [_summary(item, listing) for item, listing in rows[:limit]]
    return page, (encode_cursor(page[-1]["id"]) if len(rows) > limit else None)


def _decision_dict(d: Decision) -> dict[str, Any]:
    return {"id": d.id, "action": d.action, "level": d.level, "codes": d.codes, "note": d.note,
            "moderator": d.moderator, "round": d.round, "version": d.version, "score_id": d.score_id,
            "created_at": d.created_at}


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


# ---------------------------------------------------------------- deciding

@dataclass(frozen=True)
class DecisionRequest:
    action: str
    expected_version: int
    level: str | None = None
    codes: list[str] | None = None
    note: str | None = None


def validate_decision(req: DecisionRequest) -> None:
    if req.action not in ACTIONS:
        raise InvalidRequest(f"unknown action {req.action!r} (one of: {', '.join(ACTIONS)})")
    if req.level is not None and req.level not in LEVELS:
        raise InvalidRequest(f"unknown level {req.level!r} (one of: {', '.join(LEVELS)})")
    bad = [c for c in req.codes or [] if c not in CODE_NAMES]
    if bad:
        raise InvalidRequest(f"unknown finding code(s): {', '.join(bad)}")
    if req.action == "change" and req.level is None and req.codes is None:
        raise InvalidRequest("a change decision needs a level or codes")
    if req.action in ("approve", "note") and (req.level is not None or req.codes is not None):
        raise InvalidRequest(f"an {req.action} decision takes no level or codes (use action 'change')")
    if req.action == "reject" and req.codes:
        raise InvalidRequest("a reject decision drops all codes; use action 'change' to keep some")
    if req.action == "note" and not (req.note or "").strip():
        raise InvalidRequest("a note decision needs a note")


def decide(session: Session, item_id: int, req: DecisionRequest, moderator: str) -> dict[str, Any]:
    """Append a decision if the item is still at ``req.expected_version``; returns the new state.

    Raises NotFound, InvalidRequest, or Conflict (with the current state) when another decision
    or a re-scoring changed the item since the caller read it.
    """
    validate_decision(req)
    item = session.get(ReviewItem, item_id)
    if item is None:
        raise NotFound(f"no review item {item_id}")
    if item.version != req.expected_version:
        session.rollback()
        raise Conflict(f"review item {item_id} is at version {item.version}, not {req.expected_version}",
                       current_state(session, item_id))
    actions = list(session.scalars(select(Decision.action).where(Decision.item_id == item_id,
                                                                  Decision.round == item.round)
                                   .order_by(Decision.id)))
    status = status_of([*actions, req.action])
    round_, score_id = item.round, item.score_id
    res = session.execute(update(ReviewItem)
                          .where(ReviewItem.id == item_id, ReviewItem.version == req.expected_version)
                          .values(version=req.expected_version + 1, status=status, updated_at=utcnow()))
    if res.rowcount != 1:  # type: ignore[attr-defined]
        session.rollback()
        raise Conflict(f"review item {item_id} was decided concurrently", current_state(session, item_id))
    session.add(Decision(item_id=item_id, score_id=score_id, round=round_, version=req.expected_version + 1,
                         action=req.action, level=req.level, codes=req.codes, note=req.note,
                         moderator=moderator, created_at=utcnow()))
    session.commit()
    session.expire_all()
    return current_state(session, item_id)


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
    change of each item and round (the label in force); otherwise every such decision."""
    later = aliased(Decision)
    q = (select(Decision, Score).join(Score, Score.id == Decision.score_id)
         .where(Decision.id > decode_cursor(cursor), Decision.action != "note"))
    if final_only:
        q = q.where(~exists(select(later.id).where(and_(later.item_id == Decision.item_id,
                                                         later.round == Decision.round,
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
                    "action": d.action, "note": d.note, "moderator": d.moderator, "decided_at": d.created_at})
    return out, (encode_cursor(out[-1]["decision_id"]) if len(rows) > limit else None)


def queue_counts(session: Session) -> dict[str, int]:
    return {status: n for status, n in session.execute(select(ReviewItem.status, func.count())
                                                       .group_by(ReviewItem.status))}
