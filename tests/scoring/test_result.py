"""The library's result types and the API's response models describe the same fields."""

from __future__ import annotations

from typing import get_type_hints

from api import schemas
from claims.scoring import result


def _keys(td: type) -> tuple[set[str], set[str]]:
    return set(td.__required_keys__), set(td.__optional_keys__)  # type: ignore[attr-defined]


def test_typed_result_matches_the_api_models():
    pairs = [(result.EcoAttribute, schemas.EcoAttribute), (result.ClaimSpan, schemas.ClaimSpan),
             (result.Evidence, schemas.Evidence), (result.Finding, schemas.Finding),
             (result.Greenwashing, schemas.Greenwashing), (result.ListingResult, schemas.Result)]
    for td, model in pairs:
        required, optional = _keys(td)
        fields = model.model_fields
        api_required = {n for n, f in fields.items() if f.is_required()}
        assert required == api_required, (td.__name__, required ^ api_required)
        # every optional key of the library is a field of the API model, or allowed as an extra
        extra_ok = model.model_config.get("extra") == "allow"
        assert optional <= set(fields) or extra_ok, (td.__name__, optional - set(fields))
        assert set(fields) <= required | optional, (td.__name__, set(fields) - required - optional)
        assert get_type_hints(td)  # resolvable annotations


def test_fake_analyzer_results_validate_against_the_api_model(fake_analyzer):
    listings = [{"id": "a", "title": "Eco-friendly tote", "description": "We offset all emissions."},
                {"id": "b", "title": "Steel mug", "description": ""}]
    for r in fake_analyzer.score(listings):
        schemas.Result.model_validate(r)
