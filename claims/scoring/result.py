"""The result of scoring one listing: the schema of ../shared/spec/interfaces.md as types.

The library builds these (:func:`claims.scoring.findings.build_result`) and the API returns them
(``api/schemas.py`` mirrors them as pydantic models; ``tests/scoring/test_result.py`` checks that
the two agree field by field). They are plain dicts at run time, so JSON output is unchanged.
"""


from typing import Any, NotRequired, TypedDict


class EcoAttribute(TypedDict):
    label: str  # one of claims.taxonomy.ATTRIBUTES
    score: float  # in [0, 1]


class ClaimSpan(TypedDict):
    field: str  # "title" or "description"
    start: int  # character offsets into that field of the input
    end: int
    text: str
    attributes: list[str]
    specific: bool
    score: float


class Evidence(TypedDict):
    field: str  # "reviews" or a listing field
    start: int
    end: int
    text: str
    review: NotRequired[int]  # index into the listing's reviews


class Finding(TypedDict):
    code: str  # one of claims.taxonomy.CODE_NAMES
    severity: str  # high | medium | advisory
    field: str
    start: int
    end: int
    text: str
    references: list[str]
    message: str
    suggestion: str
    evidence: NotRequired[Evidence]  # CONTRADICTED only
    confidence: NotRequired[float]  # CONTRADICTED only


class Greenwashing(TypedDict):
    level: str | None  # none | low | medium | high; None when the text was not read (see status)
    score: float | None
    findings: list[Finding]


class ListingResult(TypedDict):
    id: str
    eco_attributes: list[EcoAttribute]
    claims: list[ClaimSpan]
    greenwashing: Greenwashing
    eco_score: float
    model_version: str
    language: NotRequired[str]  # ISO 639-1 code of the language the listing was read as
    status: NotRequired[str]  # "scored", or "unsupported_language" (nothing scored; level is None)
    review_signals: NotRequired[dict[str, Any]]  # return-risk signals, when the listing has reviews
