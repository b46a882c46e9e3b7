"""Recommendations: similar items re-ranked for credible eco value (claims.recommend)."""

from __future__ import annotations

import dataclasses
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.exceptions import RequestValidationError
from pydantic import ValidationError

from api.deps import Services, get_services
from api.routes._common import AUTH, NOT_FOUND, TOO_LARGE, check_text, invalid
from api.schemas import Attribute, CriteriaIn, Level, RecommendationOut, Recommendations, RecommendRequest
from api.security import Principal, require

router = APIRouter(prefix="/v1", tags=["recommendations"])
Service = Annotated[Principal, Depends(require("service"))]
_INVALID: dict[int | str, dict[str, Any]] = {422: {"description": "invalid request or criteria"}}


def _recommender(services: Services) -> Any:
    if services.recommender is None:
        raise HTTPException(status_code=503, detail=f"recommendations are unavailable: {services.recommender_error}")
    return services.recommender


def _criteria(c: CriteriaIn | None) -> Any:
    if c is None:
        return None
    from claims.recommend.recommender import Criteria

    if c.min_price is not None and c.max_price is not None and c.min_price > c.max_price:
        raise invalid(["body", "criteria", "min_price"], "min_price is above max_price")
    check_text(["body", "criteria", "category"], c.category, 512)
    values = {k: v for k, v in c.model_dump().items() if v is not None}
    values["required_attributes"] = list(dict.fromkeys(c.required_attributes))
    return Criteria(**values)


def _out(recs: list[Any]) -> dict[str, Any]:
    return {"recommendations": [RecommendationOut.model_validate(dataclasses.asdict(r)) for r in recs]}


@router.post("/recommendations", response_model=Recommendations,
             responses={**AUTH, **NOT_FOUND, **TOO_LARGE, **_INVALID})
def recommend(body: RecommendRequest, services: Annotated[Services, Depends(get_services)],
              _: Service) -> dict[str, Any]:
    """Recommend items of the same product type as one item, a text or a profile of items, above a
    relevance floor, re-ranked for credible eco value (eco_score, risk level) under the criteria, each
    with an explanation of what matched and why it ranks."""
    given = [name for name in ("item_id", "text", "item_ids") if getattr(body, name) is not None]
    if len(given) != 1:
        raise invalid(["body"], "give exactly one of item_id, text or item_ids")
    check_text(["body", "text"], body.text, services.settings.max_text_chars)
    check_text(["body", "item_id"], body.item_id, 512)
    for i, item in enumerate(body.item_ids or []):
        check_text(["body", "item_ids", i], item, 512)
    rec = _recommender(services)
    criteria = _criteria(body.criteria)
    try:
        with services.recommender_lock:
            if body.item_id is not None:
                recs = rec.by_item(body.item_id, k=body.k, criteria=criteria)
            elif body.text is not None:
                recs = rec.by_text(body.text, k=body.k, criteria=criteria)
            else:
                recs = rec.by_profile(list(body.item_ids or []), k=body.k, criteria=criteria)
    except KeyError as e:
        raise HTTPException(status_code=404, detail=str(e.args[0]) if e.args else "unknown item") from e
    except ValueError as e:
        raise invalid(["body"], str(e)) from e
    return _out(recs)


@router.get("/items/{item_id}/similar", response_model=Recommendations, responses={**AUTH, **NOT_FOUND, **_INVALID})
def similar(item_id: str, services: Annotated[Services, Depends(get_services)], _: Service,
            k: Annotated[int, Query(ge=1, le=100)] = 10, max_level: Level | None = None,
            category: Annotated[str | None, Query(max_length=512)] = None,
            min_price: Annotated[float | None, Query(ge=0, le=1e12)] = None,
            max_price: Annotated[float | None, Query(ge=0, le=1e12)] = None,
            eco_weight: Annotated[float | None, Query(ge=0, le=1)] = None,
            diversity: Annotated[float | None, Query(ge=0, le=1)] = None,
            same_need: bool | None = None,
            min_relevance: Annotated[float | None, Query(ge=0, le=1)] = None,
            required_attributes: Annotated[list[Attribute] | None, Query(max_length=17)] = None) -> dict[str, Any]:
    """Items similar to ``item_id``, re-ranked for credible eco value; the same criteria as
    POST /v1/recommendations, as query parameters."""
    rec = _recommender(services)
    try:
        given = CriteriaIn(required_attributes=list(dict.fromkeys(required_attributes or [])), max_level=max_level,
                           category=category, min_price=min_price, max_price=max_price, eco_weight=eco_weight,
                           diversity=diversity, same_need=same_need, min_relevance=min_relevance)
    except ValidationError as e:
        raise RequestValidationError(e.errors(include_url=False, include_context=False)) from e
    criteria = _criteria(given)
    try:
        with services.recommender_lock:
            recs = rec.by_item(item_id, k=k, criteria=criteria)
    except KeyError as e:
        raise HTTPException(status_code=404, detail=f"unknown item {item_id[:100]!r}") from e
    except ValueError as e:
        raise invalid(["query"], str(e)) from e
    return _out(recs)
