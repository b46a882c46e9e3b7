"""The review queue: list, read and decide flagged listings; export decisions as labels."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import JSONResponse
from sqlalchemy.orm import Session

from api.deps import Services, get_services, get_session
from api.routes._common import AUTH, NOT_FOUND, TOO_LARGE, ItemId, check_text, invalid
from api.schemas import ClaimDetail, ClaimPage, Code, ConflictError, DecisionIn, ExportPage, Level, Status
from api.security import Principal, require
from claims.moderation import queue as review

router = APIRouter(prefix="/v1", tags=["review queue"])
Moderator = Annotated[Principal, Depends(require("moderator"))]
DB = Annotated[Session, Depends(get_session)]
_BAD_CURSOR: dict[int | str, dict[str, Any]] = {422: {"description": "invalid filter value or cursor"}}


def _cursor_or_422(fn: Any, *args: Any, **kwargs: Any) -> Any:
    try:
        return fn(*args, **kwargs)
    except review.InvalidRequest as e:
        raise invalid(["query", "cursor"], str(e)) from e


@router.get("/claims", response_model=ClaimPage, responses={**AUTH, **_BAD_CURSOR})
def list_claims(session: DB, services: Annotated[Services, Depends(get_services)], _: Moderator,
                level: Level | None = None, code: Code | None = None,
                category: Annotated[str | None, Query(max_length=512)] = None,
                brand: Annotated[str | None, Query(max_length=512)] = None,
                status: Status | None = None,
                cursor: Annotated[str | None, Query(max_length=200)] = None,
                limit: Annotated[int, Query(ge=1, le=200)] = 50,
                order: Annotated[str, Query(max_length=40, description="a named ordering: oldest (default), "
                                            "newest, risk (highest first), "
                                            "uncertain (active learning)")] = review.DEFAULT_ORDER,
                q: Annotated[str | None, Query(max_length=200, description="search the listing id, title and "
                                               "description (and the item id)")] = None) -> dict[str, Any]:
    """Listings in the review queue, oldest first (or in another ``order``), filtered by level,
    finding code, category, brand, status or a search. Follow ``next_cursor`` for the next page."""
    check_text(["query", "category"], category, 512)
    check_text(["query", "brand"], brand, 512)
    check_text(["query", "q"], q, 200)
    items, nxt = _cursor_or_422(review.list_items, session, level=level, code=code, category=category, brand=brand,
                                status=status, cursor=cursor, limit=min(limit, services.settings.max_page_size),
                                order=order, q=q)
    return {"items": items, "next_cursor": nxt}


@router.get("/claims/{item_id}", response_model=ClaimDetail, responses={**AUTH, **NOT_FOUND})
def get_claim(item_id: ItemId, session: DB, _: Moderator) -> dict[str, Any]:
    """One review item: the listing, the model's current result and findings, every scoring of the
    listing and every decision (the audit trail)."""
    try:
        return review.get_item(session, item_id)
    except review.NotFound as e:
        raise HTTPException(status_code=404, detail=str(e)) from e


@router.post("/claims/{item_id}/decisions", response_model=ClaimDetail,
             responses={**AUTH, **NOT_FOUND, **TOO_LARGE, 409: {"model": ConflictError,
                                                   "description": "the item changed since expected_version"}})
def decide(item_id: ItemId, body: DecisionIn, session: DB, principal: Moderator) -> Any:
    """Record a decision: approve or reject the model's suggestion, change its level or codes, or
    add a note. Decisions are append-only; the item's status follows from them. Send the
    ``version`` you read as ``expected_version``: if another moderator decided first, the answer
    is 409 with the item's current state."""
    check_text(["body", "note"], body.note, 10_000)
    req = review.DecisionRequest(action=body.action, expected_version=body.expected_version, level=body.level,
                                 codes=list(body.codes) if body.codes is not None else None, note=body.note)
    try:
        review.decide(session, item_id, req, moderator=principal.key_id)
    except review.NotFound as e:
        raise HTTPException(status_code=404, detail=str(e)) from e
    except review.InvalidRequest as e:
        raise invalid(["body"], str(e)) from e
    except review.Conflict as e:
        current = ConflictError.model_validate({"detail": str(e), "current": e.current})
        return JSONResponse(current.model_dump(mode="json"), status_code=409)
    return review.get_item(session, item_id)


@router.get("/decisions/export", response_model=ExportPage, responses={**AUTH, **_BAD_CURSOR})
def export_decisions(session: DB, _: Moderator, cursor: Annotated[str | None, Query(max_length=200)] = None,
                     limit: Annotated[int, Query(ge=1, le=1000)] = 100, final_only: bool = True) -> dict[str, Any]:
    """Decisions as labelled listings for training: the listing as it was scored, the model's
    suggestion and the moderator's label (level and codes, labels.md terms). ``final_only`` keeps
    only the label in force for each item and review round."""
    records, nxt = _cursor_or_422(review.export_decisions, session, cursor=cursor, limit=limit, final_only=final_only)
    return {"records": records, "next_cursor": nxt}
