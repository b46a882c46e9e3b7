"""POST /v1/score: the analyzer over HTTP; scored listings enter the review queue by policy.

Scoring runs in the scoring worker (:mod:`api.worker`: one thread, the listings of concurrent
calls scored together in fair micro-batches), so the model never holds the event loop: health
checks, the queue and the moderator pages answer meanwhile, and a heavy call is scored in slices
between the small ones. Calls wait for the worker without holding a thread or a database
connection, at most ``score_max_waiting`` of them (503 beyond); while the models are still
loading, a call waits up to ``score_ready_wait_s`` (503 with Retry-After after). The review text
scored per listing is bounded (:func:`bounded_for_scoring`).
"""

from __future__ import annotations

import logging
from typing import Annotated, Any

import anyio
from fastapi import APIRouter, Depends, HTTPException, Response
from sqlalchemy.orm import Session

from api.deps import Services, get_services, get_session, wait_for_models
from api.routes._common import AUTH, TOO_LARGE, check_text, check_value, invalid
from api.schemas import ScoreRequest, ScoreResponse
from api.security import Principal, require
from api.worker import WorkerClosedError
from claims.config import ServiceSettings
from claims.moderation.queue import record_scores

router = APIRouter(prefix="/v1", tags=["scoring"])
log = logging.getLogger("api.score")
TRUNCATED_HEADER = "X-Claims-Reviews-Truncated"
_BASE_FIELDS = ("id", "title", "description", "category", "brand", "reviews")


def validated_listings(body: ScoreRequest, services: Services) -> list[dict[str, Any]]:
    """The listings as dicts, after the configured limits (413 / 422 with the field named).

    Every string (extra fields and reviews included) must be text that can be stored and read
    back (no NUL, no lone surrogate), every number finite: refused here, nothing half-stored."""
    s = services.settings
    if len(body.listings) > s.max_listings_per_call:
        raise HTTPException(status_code=413, detail=f"{len(body.listings)} listings in one call, over the limit of "
                                                    f"{s.max_listings_per_call} (CLAIMS_MAX_LISTINGS_PER_CALL)")
    seen: set[str] = set()
    out = []
    for i, listing in enumerate(body.listings):
        check_text(["body", "listings", i, "id"], listing.id, s.max_text_chars)
        if listing.id in seen:
            raise invalid(["body", "listings", i, "id"], f"duplicate id {listing.id!r} in this call")
        seen.add(listing.id)
        for name in ("title", "description", "category", "brand"):
            check_text(["body", "listings", i, name], getattr(listing, name), s.max_text_chars)
        if listing.reviews is not None:
            if len(listing.reviews) > s.max_reviews:
                raise invalid(["body", "listings", i, "reviews"], f"{len(listing.reviews)} reviews, over the limit "
                              f"of {s.max_reviews} (CLAIMS_API_MAX_REVIEWS)", "too_long")
            for j, review in enumerate(listing.reviews):
                check_text(["body", "listings", i, "reviews", j], review, s.max_text_chars)
        for name, value in (listing.model_extra or {}).items():
            check_value(["body", "listings", i, name], value, s.max_text_chars)
        out.append(listing.model_dump(exclude_none=True))
    return out


def bounded_for_scoring(listing: dict[str, Any], settings: ServiceSettings) -> tuple[dict[str, Any], bool]:
    """The listing as scored: at most ``score_max_reviews`` reviews and ``score_max_review_chars``
    characters of review text in all (later reviews dropped, the last one kept cut). Review indices
    of the kept reviews are unchanged, so evidence offsets stay valid for the stored listing.
    Returns the listing to score and whether it was cut."""
    reviews = listing.get("reviews")
    if not reviews:
        return listing, False
    kept: list[str] = []
    budget = settings.score_max_review_chars
    for review in reviews[: settings.score_max_reviews]:
        if budget <= 0:
            break
        kept.append(review[:budget])
        budget -= len(kept[-1])
    cut = kept != list(reviews)
    return ({**listing, "reviews": kept} if cut else listing), cut


@router.post("/score", response_model=ScoreResponse, responses={**AUTH, **TOO_LARGE})
async def score(body: ScoreRequest, response: Response, services: Annotated[Services, Depends(get_services)],
                session: Annotated[Session, Depends(get_session)],
                _: Annotated[Principal, Depends(require("service"))]) -> dict[str, Any]:
    """Score listings (the result schema of interfaces.md), store the model's suggestions, and put
    the listings that the queue policy selects into the review queue. When a recommender index is
    loaded (and CLAIMS_INDEX_ON_SCORE is not 0), the scored listings are also added to it (and to
    its journal in the database, so they survive a crash). Reviews beyond CLAIMS_SCORE_MAX_REVIEWS
    or CLAIMS_SCORE_MAX_REVIEW_CHARS are kept but not scored; the ids of such listings are listed
    in the X-Claims-Reviews-Truncated header."""
    listings = validated_listings(body, services)
    if not listings:
        return {"results": [], "review_items": []}
    bounded = [bounded_for_scoring(listing, services.settings) for listing in listings]
    truncated = [lst["id"] for (lst, cut) in bounded if cut]
    if truncated:
        response.headers[TRUNCATED_HEADER] = ",".join(i.encode("ascii", "backslashreplace").decode()
                                                      .replace(",", "%2C") for i in truncated)[:2000]
        log.info("%d listing(s) scored without part of their reviews (score_max_reviews/chars)", len(truncated))
    # hand the key check's database connection back while waiting: waiting calls must not empty the pool
    await anyio.to_thread.run_sync(session.close)
    await wait_for_models(services, services.settings.score_ready_wait_s)
    if services.worker.waiting >= services.settings.score_max_waiting:
        raise HTTPException(status_code=503, detail="too many scoring calls waiting; retry shortly",
                            headers={"Retry-After": "5"})
    try:
        results = await services.worker.score([lst for lst, _ in bounded])
    except WorkerClosedError as e:
        raise HTTPException(status_code=503, detail=f"{e}; retry shortly", headers={"Retry-After": "5"}) from e
    journal = services.settings.index_on_score  # journaled even here without an index: its peers may have one
    if journal:  # before the journal entries exist: a pull that meets them finds their embeddings cached
        await anyio.to_thread.run_sync(services.embed_for_index, listings, results)
    def record() -> list[int | None]:
        with services.write_lock:
            return record_scores(session, listings, results, services.settings, journal=journal)

    item_ids = await anyio.to_thread.run_sync(record)
    if journal:
        await services.sync_index_now()  # searchable at once
    return {"results": results, "review_items": item_ids}
