"""The HTTP API end to end with the fake analyzer (tests/fakes.py), on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import threading

import httpx
import pytest
from conftest import run_tool

from claims.moderation import queue as review
from tests.service.conftest import LISTINGS, running_service, uvicorn_server


def test_api_health_and_readiness_need_no_key(service):
    assert service.client.get("/healthz").json() == {"status": "ok"}
    ready = service.client.get("/readyz")
    assert ready.status_code == 200 and ready.json()["checks"] == {"models": True, "database": True,
                                                                   "recommender": False}


def test_api_keys_and_roles(service):
    c = service.client
    body = {"listings": LISTINGS[:1]}
    r = c.post("/v1/score", json=body)
    assert r.status_code == 401 and "missing API key" in r.json()["detail"]
    assert r.headers["www-authenticate"] == "Bearer"
    assert c.post("/v1/score", json=body, headers={"Authorization": "Bearer gc_000000000000_" + "x" * 43}
                  ).status_code == 401
    assert c.post("/v1/score", json=body, headers={"Authorization": "Basic abc"}).status_code == 401
    assert c.post("/v1/score", json=body, headers=service.h("moderator")).status_code == 403
    assert c.get("/v1/claims", headers=service.h("service")).status_code == 403
    assert c.get("/v1/keys", headers=service.h("moderator")).status_code == 403
    assert c.get("/v1/claims", headers=service.h("admin")).status_code == 200  # admin may call everything
    listed = c.get("/v1/keys", headers=service.h("admin")).json()
    assert {k["role"] for k in listed} == {"service", "moderator", "admin"}
    assert service.keys["service"] not in json.dumps(listed)
    new = c.post("/v1/keys", json={"role": "service", "name": "rec"}, headers=service.h("admin"))
    assert new.status_code == 201 and new.json()["key"].startswith("gc_")
    key = new.json()["key"]
    assert c.post("/v1/score", json={"listings": []}, headers={"Authorization": f"Bearer {key}"}).status_code == 200
    assert c.delete(f"/v1/keys/{new.json()['id']}", headers=service.h("admin")).json()["revoked_at"]
    assert c.post("/v1/score", json={"listings": []}, headers={"Authorization": f"Bearer {key}"}).status_code == 401
    assert c.delete("/v1/keys/nope", headers=service.h("admin")).status_code == 404


def test_api_score_honours_the_contract_and_fills_the_queue(service, tmp_path):
    r = service.client.post("/v1/score", json={"listings": LISTINGS}, headers=service.h("service"))
    assert r.status_code == 200, r.text
    body = r.json()
    inp, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    inp.write_text("".join(json.dumps(x) + "\n" for x in LISTINGS), encoding="utf-8")
    out.write_text("".join(json.dumps(x) + "\n" for x in body["results"]), encoding="utf-8")
    code, report = run_tool("check_output.py", str(inp), str(out))
    assert code == 0, report
    levels = {x["id"]: x["greenwashing"]["level"] for x in body["results"]}
    queued = dict(zip([x["id"] for x in LISTINGS], body["review_items"], strict=True))
    assert levels["g1"] == "high" and queued["g1"] is not None
    assert levels["g2"] == "none" and queued["g2"] is None
    for lid, level in levels.items():  # the policy: medium/high always in the queue
        if level in ("medium", "high"):
            assert queued[lid] is not None


def test_api_review_queue_filters_pages_decides_and_exports(service):
    c, mod = service.client, service.h("moderator")
    c.post("/v1/score", json={"listings": LISTINGS}, headers=service.h("service"))
    everything = c.get("/v1/claims", headers=mod).json()
    assert everything["next_cursor"] is None and len(everything["items"]) >= 2
    ids = [i["id"] for i in everything["items"]]
    # cursor pagination walks the same items, in order
    seen, cursor = [], None
    while True:
        page = c.get("/v1/claims", params={"limit": 1, **({"cursor": cursor} if cursor else {})}, headers=mod).json()
        seen += [i["id"] for i in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == ids
    # filters
    high = c.get("/v1/claims", params={"level": "high"}, headers=mod).json()["items"]
    assert high and all(i["level"] == "high" for i in high)
    generic = c.get("/v1/claims", params={"code": "GENERIC_CLAIM"}, headers=mod).json()["items"]
    assert [i["listing_id"] for i in generic] == ["g1"]
    assert [i["listing_id"] for i in c.get("/v1/claims", params={"brand": "Stride"}, headers=mod).json()["items"]] \
        == ["g4"]
    assert all(i["category"] == "apparel"
               for i in c.get("/v1/claims", params={"category": "apparel"}, headers=mod).json()["items"])
    assert c.get("/v1/claims", params={"level": "extreme"}, headers=mod).status_code == 422
    assert c.get("/v1/claims", params={"cursor": "garbage"}, headers=mod).status_code == 422
    # one claim with its listing, findings and history
    g1 = generic[0]["id"]
    detail = c.get(f"/v1/claims/{g1}", headers=mod).json()
    assert detail["listing"]["title"] == LISTINGS[0]["title"]
    assert "GENERIC_CLAIM" in {f["code"] for f in detail["result"]["greenwashing"]["findings"]}
    assert len(detail["scores"]) == 1 and detail["decisions"] == []
    assert c.get("/v1/claims/99999", headers=mod).status_code == 404
    # decisions: approve, then a stale version gets 409 with the current state
    r = c.post(f"/v1/claims/{g1}/decisions", json={"action": "approve", "expected_version": 1}, headers=mod)
    assert r.status_code == 200 and r.json()["status"] == "approved" and r.json()["version"] == 2
    stale = c.post(f"/v1/claims/{g1}/decisions", json={"action": "reject", "expected_version": 1}, headers=mod)
    assert stale.status_code == 409 and stale.json()["current"]["status"] == "approved"
    assert stale.json()["current"]["last_decision"]["moderator"] == service.key_ids["moderator"]
    r = c.post(f"/v1/claims/{g1}/decisions", headers=mod, json={
        "action": "change", "expected_version": 2, "codes": ["UNQUANTIFIED_CHARACTERISTIC"], "note": "vague"})
    assert r.status_code == 200 and r.json()["status"] == "changed"
    assert c.post(f"/v1/claims/{g1}/decisions", json={"action": "change", "expected_version": 3},
                  headers=mod).status_code == 422
    assert c.get("/v1/claims", params={"status": "changed"}, headers=mod).json()["items"][0]["id"] == g1
    # re-scoring keeps the history
    c.post("/v1/score", json={"listings": LISTINGS[:1]}, headers=service.h("service"))
    detail = c.get(f"/v1/claims/{g1}", headers=mod).json()
    assert len(detail["scores"]) == 2 and [d["action"] for d in detail["decisions"]] == ["approve", "change"]
    # the export: the label in force, in labels.md terms
    records = c.get("/v1/decisions/export", headers=mod).json()["records"]
    assert [(r["listing"]["id"], r["label"]) for r in records] == \
        [("g1", {"level": "medium", "codes": ["UNQUANTIFIED_CHARACTERISTIC"]})]
    assert len(c.get("/v1/decisions/export", params={"final_only": False}, headers=mod).json()["records"]) == 2


def test_api_limits_answer_413_and_422_with_a_message(service):
    c, svc = service.client, service.h("service")
    many = [{"id": f"x{i}", "title": "mug"} for i in range(9)]
    r = c.post("/v1/score", json={"listings": many}, headers=svc)
    assert r.status_code == 413 and "limit of 8" in r.json()["detail"]
    big = c.post("/v1/score", content=b'{"listings": []}' + b" " * 200_001,
                 headers={**svc, "Content-Type": "application/json"})
    assert big.status_code == 413 and "CLAIMS_MAX_BODY_BYTES" in big.json()["detail"]
    long = c.post("/v1/score", json={"listings": [{"id": "a", "title": "t", "description": "x" * 5001}]}, headers=svc)
    assert long.status_code == 422 and "limit of 5,000" in long.json()["detail"][0]["msg"]
    assert long.json()["detail"][0]["loc"] == ["body", "listings", 0, "description"]
    dup = c.post("/v1/score", json={"listings": [{"id": "a", "title": "t"}, {"id": "a", "title": "u"}]}, headers=svc)
    assert dup.status_code == 422 and "duplicate id" in dup.text
    nul = c.post("/v1/score", json={"listings": [{"id": "a", "title": "t\x00"}]}, headers=svc)
    assert nul.status_code == 422 and "NUL" in nul.text
    bad = c.post("/v1/score", content=b"{not json", headers={**svc, "Content-Type": "application/json"})
    assert bad.status_code == 422 and "Traceback" not in bad.text


def test_api_errors_are_json_without_tracebacks(db_url, fake_analyzer):
    class Broken:
        version = "broken"

        def score(self, listings):
            if listings and listings[0]["id"] != "warmup":
                raise RuntimeError("secret internal detail")
            return fake_analyzer.score(listings)

    with running_service(db_url, Broken()) as svc:
        r = svc.client.post("/v1/score", json={"listings": LISTINGS[:1]}, headers=svc.h("service"))
    assert r.status_code == 500 and r.json() == {"detail": "internal error; the server log has the details"}
    assert "Traceback" not in r.text and "secret" not in r.text


def test_api_concurrent_decisions_over_http_one_wins_one_409(db_url, fake_analyzer, monkeypatch):
    """Two moderators decide the same claim at once, as two real HTTP requests to uvicorn."""
    with running_service(db_url, fake_analyzer) as svc:
        items = svc.client.post("/v1/score", json={"listings": LISTINGS[:1]}, headers=svc.h("service")).json()
        item_id = items["review_items"][0]
        barrier = threading.Barrier(2, timeout=20)
        real = review.status_of

        def status_after_barrier(actions):
            barrier.wait()  # both requests have read version 1 before either writes
            return real(actions)

        monkeypatch.setattr(review, "status_of", status_after_barrier)
        with uvicorn_server(svc.app, lifespan="off") as base:
            answers: list[httpx.Response] = []

            def decide(action: str) -> None:
                answers.append(httpx.post(f"{base}/v1/claims/{item_id}/decisions", timeout=60,
                                          json={"action": action, "expected_version": 1},
                                          headers=svc.h("moderator")))

            threads = [threading.Thread(target=decide, args=(a,)) for a in ("approve", "reject")]
            for t in threads:
                t.start()
            for t in threads:
                t.join(timeout=60)
        monkeypatch.setattr(review, "status_of", real)
        codes = sorted(a.status_code for a in answers)
        assert codes == [200, 409], [a.text for a in answers]
        winner = next(a for a in answers if a.status_code == 200).json()
        loser = next(a for a in answers if a.status_code == 409).json()
        assert loser["current"]["status"] == winner["status"] and loser["current"]["version"] == 2
        detail = svc.client.get(f"/v1/claims/{item_id}", headers=svc.h("moderator")).json()
        assert len(detail["decisions"]) == 1


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_api_openapi_documents_every_endpoint(service):
    spec = service.client.get("/openapi.json").json()
    expected = {("post", "/v1/score"), ("post", "/v1/recommendations"), ("get", "/v1/items/{item_id}/similar"),
                ("get", "/v1/claims"), ("get", "/v1/claims/{item_id}"), ("post", "/v1/claims/{item_id}/decisions"),
                ("get", "/v1/decisions/export"), ("get", "/healthz"), ("get", "/readyz")}
    ops = {(m, p): op for p, item in spec["paths"].items() for m, op in item.items()}
    assert expected <= set(ops)
    for (method, path), op in ops.items():
        ok = op["responses"].get("200") or op["responses"].get("201")
        assert ok and "schema" in ok["content"]["application/json"], (method, path)
        assert op.get("description"), (method, path)  # every route has a docstring
        if path.startswith("/v1/"):
            assert {"401", "403"} <= set(op["responses"]) and op.get("security"), (method, path)
