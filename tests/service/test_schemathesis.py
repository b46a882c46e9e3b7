"""Property-based tests from the OpenAPI schema (schemathesis) against a real uvicorn on
127.0.0.1: no 5xx, and every response matches its documented status code, content type and
schema. Bounded: a few examples per endpoint, so the whole run stays well under a minute."""

from __future__ import annotations

import os

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.service.conftest import LISTINGS, running_service, uvicorn_server

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
# Examples per endpoint and mode; raise it for a longer run: CLAIMS_SCHEMATHESIS_EXAMPLES=100 pytest -k schemathesis
EXAMPLES = int(os.environ.get("CLAIMS_SCHEMATHESIS_EXAMPLES", "10"))


@pytest.fixture(scope="module")
def live_api(tmp_path_factory, fake_analyzer, recommender_for_schemathesis):
    url = f"sqlite:///{tmp_path_factory.mktemp('st') / 'claims.db'}"
    with running_service(url, fake_analyzer, max_listings_per_call=4, max_text_chars=2000,
                         recommender=recommender_for_schemathesis) as svc:
        r = svc.client.post("/v1/score", json={"listings": LISTINGS}, headers=svc.h("service"))
        assert r.status_code == 200  # a queue with items to read and decide
        with uvicorn_server(svc.app, lifespan="off") as base:
            yield svc, base


@pytest.fixture(scope="module")
def api_schema(live_api):
    _, base = live_api
    return schemathesis.openapi.from_url(f"{base}/openapi.json")


def _operations() -> list[tuple[str, str]]:
    from api.app import create_app  # builds the routes only; nothing is loaded

    return sorted((method.upper(), path) for path, item in create_app().openapi()["paths"].items() for method in item)


@pytest.mark.parametrize("mode", ["positive", "negative"])
@pytest.mark.parametrize(("method", "path"), _operations())
def test_schemathesis_no_5xx_and_schema_conformance(api_schema, live_api, method, path, mode):
    from schemathesis import GenerationMode

    svc, base = live_api
    operation = api_schema[path][method]
    if mode == "negative" and not operation.definition.raw.get("parameters") and "requestBody" not in \
            operation.definition.raw:
        pytest.skip("no input to make invalid")
    generation_mode = GenerationMode.POSITIVE if mode == "positive" else GenerationMode.NEGATIVE

    @given(case=operation.as_strategy(generation_mode=generation_mode))
    @settings(max_examples=EXAMPLES if mode == "positive" else max(1, EXAMPLES // 2), deadline=None,
              derandomize=True, database=None, suppress_health_check=list(HealthCheck))
    def run(case):
        case.call_and_validate(base_url=base, headers=svc.h("admin"), checks=CHECKS, timeout=60)

    run()
