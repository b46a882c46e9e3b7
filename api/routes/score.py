"""POST /v1/score: the analyzer over HTTP; scored listings enter the review queue by policy."""

from __future__ import annotations

import logging
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy.orm import Session

from api.deps import Services, get_services, get_session
from api.routes._common import AUTH, TOO_LARGE, check_text, invalid
from api.schemas import ScoreRequest, ScoreResponse
from api.security import Principal, require
from claims.moderation.queue import record_scores

router = APIRouter(prefix="/v1", tags=["scoring"])
log = logging.getLogger("api.score")


def validated_listings(body: ScoreRequest, services: Services) -> list[dict[str, Any]]:
    """The listings as dicts, after the configured limits (413 / 422 with the field named)."""
    s = services.settings
    if len(body.listings) > s.max_listings_per_call:
        raise HTTPException(status_code=413, detail=f"{len(body.listings)} listings in one call, over the limit of "
                                                    f"{s.max_listings_per_call} (CLAIMS_MAX_LISTINGS_PER_CALL)")
    seen: set[str] = set()
    out = []
    for i, listing in enumerate(body.listings):
        if listing.id in seen:
            raise invalid(["body", "listings", i, "id"], f"duplicate id {listing.id!r} in this call")
        seen.add(listing.id)
        for name in ("id", "title", "description", "category", "brand"):
            check_text(["body", "listings", i, name], getattr(listing, name), s.max_text_chars)
        if listing.reviews is not None:
            if len(listing.reviews) > s.max_reviews:
                raise invalid(["body", "listings", i, "reviews"], f"{len(listing.reviews)} reviews, over the limit "
                              f"of {s.max_reviews} (CLAIMS_API_MAX_REVIEWS)", "too_long")
            for j, review in enumerate(listing.reviews):
                check_text(["body", "listings", i, "reviews", j], review, s.max_text_chars)
        out.append(listing.model_dump(exclude_none=True))
    return out


@router.post("/score", response_model=ScoreResponse, responses={**AUTH, **TOO_LARGE})
def score(body: ScoreRequest, services: Annotated[Services, Depends(get_services)],
          session: Annotated[Session, Depends(get_session)],
          _: Annotated[Principal, Depends(require("service"))]) -> dict[str, Any]:
    """Score listings (the result schema of interfaces.md), store the model's suggestions, and put
    the listings that the queue policy selects into the review queue. When a recommender index is
    loaded (and CLAIMS_INDEX_ON_SCORE is not 0), the scored listings are also added to it."""
    listings = validated_listings(body, services)
    if not listings:
        return {"results": [], "review_items": []}
    with services.analyzer_lock:
        results = services.analyzer.score(listings)
    item_ids = record_scores(session, listings, results, services.settings)
    if services.recommender is not None and services.settings.index_on_score:
        with services.recommender_lock:
            services.recommender.upsert(results, listings)
            services.recommender_dirty = True
    return {"results": results, "review_items": item_ids}
