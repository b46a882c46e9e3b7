"""The recommendation endpoints over a tiny real index (built through claims.recommend)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.service.conftest import LISTINGS, build_recommender, make_keys, running_service

MORE = [
    {"id": "r1", "title": "Recycled polyester backpack 20 L", "category": "bags", "price": 60.0,
     "description": "Made of 100% recycled polyester (GRS certified, licence CU 1187752)."},
    {"id": "r2", "title": "Canvas backpack 20 L", "category": "bags", "price": 45.0,
     "description": "Sturdy cotton canvas with leather straps."},
    {"id": "r3", "title": "Eco backpack 20 L", "category": "bags", "price": 50.0,
     "description": "The green choice: eco-friendly and sustainable."},
]


@pytest.fixture(scope="module")
def catalog_listings():
    return LISTINGS + MORE


@pytest.fixture
def rec_service(fake_analyzer, catalog_listings, tmp_path):
    rec = build_recommender(fake_analyzer, catalog_listings, tmp_path / "index")
    with running_service(f"sqlite:///{tmp_path / 'claims.db'}", fake_analyzer, recommender=rec) as svc:
        yield svc


# the hashing encoder's similarities are far below all-MiniLM-L6-v2's, which the default floors are calibrated on
FLOOR = {"min_relevance": 0.0}


def test_recommend_by_text_item_and_profile(rec_service):
    c, h = rec_service.client, rec_service.h("service")
    r = c.post("/v1/recommendations", json={"text": "backpack for school", "k": 3, "criteria": FLOOR}, headers=h)
    assert r.status_code == 200, r.text
    recs = r.json()["recommendations"]
    assert len(recs) == 3 and {x["id"] for x in recs} <= {x["id"] for x in LISTINGS + MORE}
    assert all(x["explanation"] for x in recs)
    assert [x["score"] for x in recs] == sorted((x["score"] for x in recs), reverse=True)
    by_item = c.get("/v1/items/r2/similar", params={"k": 2, **FLOOR}, headers=h).json()["recommendations"]
    assert "r2" not in {x["id"] for x in by_item} and by_item[0]["id"] in {"r1", "r3"}
    # the risk ceiling filters out the high-risk "eco" backpack
    low = c.post("/v1/recommendations", headers=h, json={"item_id": "r2", "k": 5,
                                                          "criteria": {"max_level": "low", **FLOOR}}).json()
    assert all(x["level"] in ("none", "low") for x in low["recommendations"])
    assert "r3" not in {x["id"] for x in low["recommendations"]}
    profile = c.post("/v1/recommendations", json={"item_ids": ["r1", "r2"], "k": 2, "criteria": FLOOR},
                     headers=h).json()
    assert not {"r1", "r2"} & {x["id"] for x in profile["recommendations"]}
    attrs = c.get("/v1/items/r2/similar", params={"required_attributes": "recycled_content", **FLOOR},
                  headers=h).json()
    assert [x["id"] for x in attrs["recommendations"]] == ["r1"]
    # the same-need gate: a mug, a yoga mat or a tee is never an alternative to a backpack
    everything = c.post("/v1/recommendations", json={"item_id": "r2", "k": 10, "criteria": FLOOR}, headers=h).json()
    assert {x["id"] for x in everything["recommendations"]} == {"r1", "r3"}
    assert all("same product type: backpack" in x["explanation"] for x in everything["recommendations"])
    anykind = c.post("/v1/recommendations", headers=h,
                     json={"item_id": "r2", "k": 10, "criteria": {"same_need": False, **FLOOR}}).json()
    assert {"r1", "r3"} < {x["id"] for x in anykind["recommendations"]}


def test_recommend_errors(rec_service):
    c, h = rec_service.client, rec_service.h("service")
    assert c.get("/v1/items/nope/similar", headers=h).status_code == 404
    assert c.post("/v1/recommendations", json={"item_id": "nope"}, headers=h).status_code == 404
    both = c.post("/v1/recommendations", json={"item_id": "r1", "text": "bag"}, headers=h)
    assert both.status_code == 422 and "exactly one" in both.text
    assert c.post("/v1/recommendations", json={"k": 3}, headers=h).status_code == 422
    prices = c.post("/v1/recommendations", headers=h,
                    json={"text": "bag", "criteria": {"min_price": 50, "max_price": 10}})
    assert prices.status_code == 422 and "min_price" in prices.text
    assert c.post("/v1/recommendations", json={"text": "bag"}, headers=rec_service.h("moderator")).status_code == 403
    many = c.get("/v1/items/r1/similar", params={"required_attributes": ["organic"] * 18}, headers=h)
    assert many.status_code == 422  # found by schemathesis: was a 500
    for bad in ({"min_relevance": 1.5}, {"min_relevance": -0.1}, {"eco_weight": 2}, {"same_need": "sometimes"}):
        r = c.post("/v1/recommendations", json={"text": "bag", "criteria": bad}, headers=h)
        assert r.status_code == 422, bad
    assert c.get("/v1/items/r1/similar", params={"min_relevance": 2}, headers=h).status_code == 422
    dup = c.get("/v1/items/r2/similar", params={"required_attributes": ["recycled_content"] * 3, **FLOOR}, headers=h)
    assert [x["id"] for x in dup.json()["recommendations"]] == ["r1"]


def test_recommend_scoring_adds_listings_to_the_index(rec_service):
    c, h = rec_service.client, rec_service.h("service")
    new = {"id": "r9", "title": "Recycled nylon backpack 20 L", "category": "bags", "price": 70.0,
           "description": "Shell of 100% recycled nylon (GRS certified, licence CU 1187752)."}
    assert c.get("/v1/items/r9/similar", headers=h).status_code == 404
    assert c.post("/v1/score", json={"listings": [new]}, headers=h).status_code == 200
    similar = c.get("/v1/items/r9/similar", params={"k": 3}, headers=h).json()["recommendations"]
    assert "r1" in {x["id"] for x in similar}


def test_recommend_index_loaded_in_lifespan_or_503(fake_analyzer, tmp_path, monkeypatch):
    from fastapi.testclient import TestClient

    from api.app import create_app
    from claims.config import ServiceSettings

    settings = ServiceSettings(database_url=f"sqlite:///{tmp_path / 'claims.db'}")
    keys, _ = make_keys(settings.database_url)
    h = {"Authorization": f"Bearer {keys['service']}"}
    settings = replace(settings, index_dir=tmp_path / "missing")
    with TestClient(create_app(settings, analyzer=fake_analyzer)) as c:
        assert c.get("/readyz").json()["checks"]["recommender"] is False
        r = c.post("/v1/recommendations", json={"text": "bag"}, headers=h)
        assert r.status_code == 503 and "claims index build" in r.json()["detail"]
    build_recommender(fake_analyzer, MORE, tmp_path / "built")
    settings = replace(settings, index_dir=tmp_path / "built")
    with TestClient(create_app(settings, analyzer=fake_analyzer)) as c:
        assert c.get("/readyz").json()["checks"]["recommender"] is True
        assert c.get("/v1/items/r1/similar", headers=h).status_code == 200
        assert c.post("/v1/score", json={"listings": [{**MORE[0], "id": "r10"}]}, headers=h).status_code == 200
    # the index grown by scoring is saved at shutdown
    from claims.recommend.recommender import Recommender

    assert "r10" in Recommender.load(tmp_path / "built").catalog


def test_scored_listings_reach_the_saved_index_without_a_restart(fake_analyzer, catalog_listings, tmp_path):
    """The grown index is saved periodically while the service runs, not only at shutdown."""
    import time

    from claims.recommend.recommender import Recommender

    index_dir = tmp_path / "index"
    rec = build_recommender(fake_analyzer, catalog_listings, index_dir)
    new = {"id": "r9", "title": "Organic cotton tote", "category": "bags",
           "description": "GOTS certified organic cotton (licence CU 817209)."}
    with running_service(f"sqlite:///{tmp_path / 'claims.db'}", fake_analyzer, recommender=rec,
                         index_save_interval_s=0.2) as svc:
        r = svc.client.post("/v1/score", json={"listings": [new]}, headers=svc.h("service"))
        assert r.status_code == 200, r.text
        deadline = time.monotonic() + 30
        while "r9" not in Recommender.load(index_dir, encoder=fake_analyzer.encoder).catalog:
            assert time.monotonic() < deadline, "the scored listing never reached the saved index"
            time.sleep(0.2)
        assert not svc.app.state.services.recommender_dirty
