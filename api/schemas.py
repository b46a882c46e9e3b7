"""Request and response bodies (pydantic). Every route declares its response model, so the
OpenAPI document describes every endpoint completely. Names follow interfaces.md and labels.md
(``tests/service/test_schemas.py`` checks these literals against :mod:`claims.taxonomy`)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Level = Literal["none", "low", "medium", "high"]
Severity = Literal["high", "medium", "advisory"]
Code = Literal["GENERIC_CLAIM", "UNCERTIFIED_LABEL", "WHOLE_PRODUCT_OVERREACH", "OFFSET_NEUTRALITY",
               "LEGAL_REQUIREMENT_AS_FEATURE", "FUTURE_PERFORMANCE", "CONTRADICTED", "UNQUANTIFIED_CHARACTERISTIC",
               "UNQUALIFIED_DEGRADABILITY", "UNQUALIFIED_RECYCLABILITY", "VAGUE_FREE_OF", "UNSUPPORTED_COMPARISON",
               "DURABILITY_UNSUBSTANTIATED", "UNVERIFIED_CERTIFICATION", "IRRELEVANT_CLAIM"]
Attribute = Literal["recycled_content", "organic", "biodegradable_compostable", "recyclable", "plastic_free",
                    "carbon_climate", "energy_efficiency", "water_efficiency", "renewable_energy",
                    "responsible_sourcing", "fair_labor", "non_toxic", "durability_repair", "reusable_refillable",
                    "secondhand_refurbished", "animal_welfare", "generic_environmental"]
Status = Literal["pending", "approved", "rejected", "changed"]
Action = Literal["approve", "reject", "change", "note"]
# What a client may send: the wire names above, or "confirm" (= approve: the model's finding is right)
# and "clear" (= reject: the finding is wrong). Decisions are stored and returned under the wire names.
ActionIn = Literal["approve", "reject", "change", "note", "confirm", "clear"]
Role = Literal["service", "moderator", "admin"]

# Hard caps on what the schema accepts at all; the configured limits (ServiceSettings) are
# checked by the routes and are usually lower.
_HARD_TEXT = 1_000_000


# ---------------------------------------------------------------- errors

class Error(BaseModel):
    detail: str = Field(description="What went wrong, in one sentence.")


class ConflictError(BaseModel):
    detail: str
    current: ClaimSummary = Field(description="The review item as it is now: retry with its version.")


# ---------------------------------------------------------------- scoring

class Listing(BaseModel):
    """A listing as in interfaces.md. Extra fields (e.g. ``price``) are kept with the listing."""

    model_config = ConfigDict(extra="allow", json_schema_extra={
        "examples": [{"id": "sku-1", "title": "Eco-friendly yoga mat", "description": "Good for the planet!",
                      "category": "sports", "brand": "Acme", "price": 29.0}]})
    id: str = Field(min_length=1, max_length=512, pattern=r"\S", description="unique in the call")
    title: str = Field(max_length=_HARD_TEXT)
    description: str = Field(default="", max_length=_HARD_TEXT, description="may be empty; may hold HTML")
    category: str | None = Field(default=None, max_length=512)
    brand: str | None = Field(default=None, max_length=512)
    reviews: list[str] | None = Field(default=None, max_length=1000, description="customer reviews")


class ScoreRequest(BaseModel):
    listings: list[Listing] = Field(description="up to CLAIMS_MAX_LISTINGS_PER_CALL listings (413 beyond)")


class EcoAttribute(BaseModel):
    label: Attribute
    score: float = Field(ge=0, le=1)


class ClaimSpan(BaseModel):
    field: str
    start: int
    end: int
    text: str
    attributes: list[Attribute]
    specific: bool
    score: float = Field(ge=0, le=1)


class Evidence(BaseModel):
    field: str
    start: int
    end: int
    text: str
    review: int | None = None


class Finding(BaseModel):
    code: Code
    severity: Severity
    field: str
    start: int
    end: int
    text: str
    references: list[str]
    message: str
    suggestion: str
    evidence: Evidence | None = None
    confidence: float | None = None


class Greenwashing(BaseModel):
    level: Level | None = Field(description="null when the listing's language is not read (see status)")
    score: float | None = Field(ge=0, le=1)
    findings: list[Finding]


class Result(BaseModel):
    """One result, the schema of interfaces.md."""

    model_config = ConfigDict(extra="allow")
    id: str
    eco_attributes: list[EcoAttribute]
    claims: list[ClaimSpan]
    greenwashing: Greenwashing
    eco_score: float = Field(ge=0, le=1)
    model_version: str
    language: str | None = Field(default=None, description="ISO 639-1 code the listing was read as")
    status: Literal["scored", "unsupported_language"] | None = Field(
        default=None, description="unsupported_language: not scored, level null (never 'none')")


class ScoreResponse(BaseModel):
    results: list[Result] = Field(description="one per listing, in request order")
    review_items: list[int | None] = Field(
        description="per listing: the review-queue item it is in (None when the queue policy left it out)")


# ---------------------------------------------------------------- review queue

class ClaimSummary(BaseModel):
    id: int
    listing_id: str
    title: str
    category: str | None
    brand: str | None
    level: Level
    risk_score: float
    codes: list[Code]
    status: Status
    round: int = Field(description="increases when re-scoring changes the model's suggestion")
    version: int = Field(description="send as expected_version with a decision")
    score_id: int
    updated_at: datetime
    last_decision: DecisionOut | None = None
    claimed_by: str | None = Field(default=None, description="the key id of the moderator who claimed the item")
    claimed_until: datetime | None = Field(default=None, description="when the claim expires (free again after)")
    second_review: Literal["wanted", "done"] | None = Field(
        default=None, description="wanted: the next decision by another moderator is a second opinion")


class ClaimPage(BaseModel):
    items: list[ClaimSummary]
    next_cursor: str | None = Field(description="pass as ?cursor= for the next page; null at the end")


class ScoreHistory(BaseModel):
    id: int
    model_version: str
    level: Level
    risk_score: float
    eco_score: float
    codes: list[Code]
    created_at: datetime


class DecisionOut(BaseModel):
    id: int
    action: Action
    level: Level | None
    codes: list[Code] | None
    note: str | None
    moderator: str
    round: int
    version: int
    score_id: int
    created_at: datetime
    second_opinion: bool = Field(default=False, description="a second review: never sets the status or label")


class ClaimDetail(ClaimSummary):
    listing: dict[str, Any] = Field(description="the listing as last scored")
    result: Result = Field(description="the model's current suggestion")
    scores: list[ScoreHistory] = Field(description="every scoring of this listing, oldest first")
    decisions: list[DecisionOut] = Field(description="the audit trail, oldest first")


class DecisionIn(BaseModel):
    """A moderator's decision. ``expected_version`` is the item version the moderator saw; when the
    item changed since, the answer is 409 with the current state."""

    model_config = ConfigDict(json_schema_extra={"examples": [
        {"action": "change", "expected_version": 1, "level": "medium", "codes": ["UNQUANTIFIED_CHARACTERISTIC"],
         "note": "certified, but the share is not given"}]})
    action: ActionIn = Field(description="approve (alias confirm): the model's finding is right; reject (alias "
                             "clear): it is wrong; change: set the level or codes; note: a comment only")
    expected_version: int = Field(ge=1, le=2**31 - 1)
    level: Level | None = Field(default=None, description="change: the corrected level; reject: optional")
    codes: list[Code] | None = Field(default=None, max_length=50, description="change: the corrected codes")
    note: str | None = Field(default=None, max_length=10_000)


class ExportSuggestion(BaseModel):
    score_id: int
    model_version: str
    level: Level
    codes: list[Code]
    claims: list[dict[str, Any]] = Field(default_factory=list, description="the model's claim spans the moderator "
                                         "saw (field, start, end, text, attributes, specific, score)")
    findings: list[dict[str, Any]] = Field(default_factory=list, description="the model's finding spans (code, "
                                           "field, start, end, text)")


class ExportLabel(BaseModel):
    level: Level
    codes: list[Code]


class ExportRecord(BaseModel):
    decision_id: int
    item_id: int
    listing: dict[str, Any] = Field(description="the listing input the decision was made on")
    suggestion: ExportSuggestion
    label: ExportLabel = Field(description="the moderator's label, in labels.md terms")
    action: Action
    note: str | None
    moderator: str
    decided_at: datetime
    second_opinion: bool = Field(default=False, description="a second review (only with final_only=false)")


class ExportPage(BaseModel):
    records: list[ExportRecord]
    next_cursor: str | None


# ---------------------------------------------------------------- keys and health

class KeyIn(BaseModel):
    role: Role
    name: str = Field(default="", max_length=256)


class KeyOut(BaseModel):
    id: str
    role: Role
    name: str
    created_at: datetime
    revoked_at: datetime | None


class NewKey(KeyOut):
    key: str = Field(description="the key itself: shown once, stored only as a hash")


class Health(BaseModel):
    status: Literal["ok"]


class Readiness(BaseModel):
    # "loading": the models are still loading (the server listens at once); "failed": they could not be loaded
    status: Literal["ready", "not ready", "loading", "failed"]
    checks: dict[str, bool]
    model_version: str | None = None
    detail: str | None = None  # why not ready, when it is known


ConflictError.model_rebuild()
ClaimSummary.model_rebuild()


# ---------------------------------------------------------------- recommendations

class CriteriaIn(BaseModel):
    """Constraints and trade-offs of the recommender (claims.recommend.Criteria); omitted values
    take the recommender's defaults."""

    required_attributes: list[Attribute] = Field(default_factory=list, max_length=17,
                                                 description="credible attributes the item must claim")
    max_level: Level | None = Field(default=None, description="risk ceiling")
    category: str | None = Field(default=None, max_length=512)
    min_price: float | None = Field(default=None, ge=0, le=1e12)
    max_price: float | None = Field(default=None, ge=0, le=1e12)
    eco_weight: float | None = Field(default=None, ge=0, le=1, description="weight of eco value vs similarity")
    diversity: float | None = Field(default=None, ge=0, le=1, description="MMR trade-off")
    same_need: bool | None = Field(default=None, description="only items of the query's product type (default true)")
    min_relevance: float | None = Field(default=None, ge=0, le=1,
                                        description="relevance floor (cosine); default per query kind")


class RecommendRequest(BaseModel):
    """Give exactly one of ``item_id`` (similar to a catalog item), ``text`` (a free-text query) or
    ``item_ids`` (a profile: items a shopper viewed or bought)."""

    model_config = ConfigDict(json_schema_extra={"examples": [
        {"text": "reusable water bottle", "k": 5, "criteria": {"max_level": "low", "eco_weight": 0.5}}]})
    item_id: str | None = Field(default=None, min_length=1, max_length=512)
    text: str | None = Field(default=None, min_length=1, max_length=_HARD_TEXT)
    item_ids: list[str] | None = Field(default=None, min_length=1, max_length=100)
    k: int = Field(default=10, ge=1, le=100)
    criteria: CriteriaIn | None = None


class RecommendationOut(BaseModel):
    id: str
    title: str
    category: str | None
    price: float | None
    relevance: float
    eco_score: float
    level: Level
    risk_score: float
    score: float
    attributes: list[str]
    explanation: str


class Recommendations(BaseModel):
    recommendations: list[RecommendationOut]
