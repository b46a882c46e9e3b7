"""The service under hostile input and faults (issue 13), with the fake analyzer, on SQLite and
PostgreSQL: nothing stored can break a later read, crafted numbers are 422 (never 500), work per
request is bounded and off the event loop, failed authentication is rate limited, every response
carries the security headers, /docs loads nothing from elsewhere, CSRF tokens are per session,
and the recommender index keeps every scored listing across crashes and servers."""

from __future__ import annotations

import base64
import json
import re
import threading
import time
from dataclasses import replace
from typing import Any

import httpx
import pytest
from fakes import FakeAnalyzer

from tests.service.conftest import LISTINGS, build_recommender, running_service, uvicorn_server
from tests.service.test_ui import csrf_of, seed, sign_in

OK = {"id": "ok1", "title": "Eco-friendly yoga mat", "description": "Good for the planet!"}


def _raw(service: Any, path: str, text: str, role: str = "service") -> httpx.Response:
    return service.client.post(path, content=text.encode("utf-8", "surrogatepass"),
                               headers={**service.h(role), "Content-Type": "application/json"})


def _cursor(after: Any) -> str:
    raw = '{"after": ' + after + "}" if isinstance(after, str) else json.dumps({"after": after})
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def _reads_all_answer(service: Any) -> None:
    """Every moderator read answers (no 500) for every item."""
    c, h = service.client, service.h("moderator")
    page = c.get("/v1/claims", headers=h)
    assert page.status_code == 200, page.text
    for item in page.json()["items"]:
        assert c.get(f"/v1/claims/{item['id']}", headers=h).status_code == 200
    assert c.get("/v1/decisions/export", headers=h).status_code == 200


# ---------------------------------------------------------------- text at the boundary

@pytest.mark.parametrize(("listing", "field"), [
    ({**OK, "seller_note": "\ud800"}, ["body", "listings", 0, "seller_note"]),
    ({**OK, "tags": ["fine", {"deep": "x\udfff"}]}, ["body", "listings", 0, "tags", 1, "deep"]),
    ({**OK, "reviews": ["good", "bad \ud83d"]}, ["body", "listings", 0, "reviews", 1]),
    ({**OK, "title": "mat \udc00"}, ["body", "listings", 0, "title"]),
    ({**OK, "id": "sku-\ud800"}, ["body", "listings", 0, "id"]),
    ({**OK, "brand": "Acme\x00"}, ["body", "listings", 0, "brand"]),
    ({**OK, "extra": {"a\x00": 1}}, ["body", "listings", 0, "extra", "(key)"]),
])
def test_lone_surrogates_and_nul_anywhere_in_a_listing_are_422_and_nothing_is_stored(service, listing, field):
    body = json.dumps({"listings": [listing]})  # ensure_ascii: the surrogate travels as \ud800, valid JSON
    r = _raw(service, "/v1/score", body)
    assert r.status_code == 422, r.text
    errors = r.json()["detail"]
    assert [e["loc"] for e in errors] == [field], errors
    assert re.search(r"surrogate|NUL|unicode", errors[0]["msg"]), errors  # ours, or pydantic's for typed fields
    json.dumps(r.json(), ensure_ascii=False).encode("utf-8")  # the answer itself is valid UTF-8
    assert service.client.get("/v1/claims", headers=service.h("moderator")).json()["items"] == []
    ok = service.client.post("/v1/score", json={"listings": [OK]}, headers=service.h("service"))
    assert ok.status_code == 200
    _reads_all_answer(service)


@pytest.mark.parametrize("value", ["NaN", "Infinity", "-Infinity"])
def test_non_finite_numbers_in_extra_fields_are_422(service, value):
    r = _raw(service, "/v1/score", '{"listings": [{"id": "n1", "title": "mat", "price": ' + value + "}]}")
    assert r.status_code == 422, r.text
    assert r.json()["detail"][0]["loc"] == ["body", "listings", 0, "price"]


def test_deeply_nested_extra_fields_are_422(service):
    deep: Any = "x"
    for _ in range(40):
        deep = [deep]
    r = service.client.post("/v1/score", json={"listings": [{**OK, "extra": deep}]}, headers=service.h("service"))
    assert r.status_code == 422 and "nested" in r.text


def test_surrogates_in_decisions_and_key_names_are_422(service):
    items = seed(service, LISTINGS)
    item = next(iter(items.values()))
    r = _raw(service, f"/v1/claims/{item}/decisions",
             json.dumps({"action": "note", "expected_version": 1, "note": "see \ud800"}), role="moderator")
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body", "note"]
    r = _raw(service, "/v1/keys", json.dumps({"role": "service", "name": "\udfff"}), role="admin")
    assert r.status_code == 422
    _reads_all_answer(service)


# ---------------------------------------------------------------- crafted numbers

@pytest.mark.parametrize("after", ["Infinity", "-Infinity", "NaN", 2**63, 2**31, -1, 1.5, True, "\"7\"", None,
                                   "[1]", "1e400"])
def test_crafted_cursors_are_422_never_500(service, after):
    seed(service, LISTINGS)
    h = service.h("moderator")
    for path in ("/v1/claims", "/v1/decisions/export"):
        r = service.client.get(path, params={"cursor": _cursor(after)}, headers=h)
        assert r.status_code == 422, (path, after, r.text)
    for junk in ("%%%", "e30", "bnVsbA", "W10", "x" * 200):  # not base64, {}, null, []
        assert service.client.get("/v1/claims", params={"cursor": junk}, headers=h).status_code == 422


def test_a_real_cursor_still_pages(service):
    seed(service, LISTINGS)
    h = service.h("moderator")
    first = service.client.get("/v1/claims", params={"limit": 1}, headers=h).json()
    assert first["next_cursor"]
    nxt = service.client.get("/v1/claims", params={"limit": 1, "cursor": first["next_cursor"]}, headers=h)
    assert nxt.status_code == 200 and nxt.json()["items"][0]["id"] > first["items"][0]["id"]


@pytest.fixture
def rec_service(db_url, fake_analyzer, tmp_path):
    rec = build_recommender(fake_analyzer, LISTINGS, tmp_path / "index")
    with running_service(db_url, fake_analyzer, recommender=rec) as svc:
        yield svc


@pytest.mark.parametrize("value", ["NaN", "Infinity", "-Infinity", "1e999"])
@pytest.mark.parametrize("name", ["eco_weight", "diversity", "min_price", "max_price"])
def test_non_finite_criteria_are_422(rec_service, name, value):
    body = '{"text": "yoga mat", "k": 3, "criteria": {"' + name + '": ' + value + "}}"
    r = _raw(rec_service, "/v1/recommendations", body)
    assert r.status_code == 422, r.text
    q = rec_service.client.get("/v1/items/g1/similar", params={name: value.lower() if value != "1e999" else value},
                               headers=rec_service.h("service"))
    assert q.status_code == 422, q.text


def test_non_finite_k_is_422(rec_service):
    for k in ("NaN", "Infinity", "1e400", "9223372036854775808"):
        assert _raw(rec_service, "/v1/recommendations", '{"text": "mat", "k": ' + k + "}").status_code == 422


# ---------------------------------------------------------------- work per request

class RecordingAnalyzer(FakeAnalyzer):
    """The fake analyzer that remembers what it was asked to score and can be slowed down (``delay``
    seconds per listing, so a micro-batch of many calls' listings is as slow as the calls one by one)."""

    def __init__(self, delay: float = 0.0) -> None:
        super().__init__()
        self.delay = delay
        self.seen: list[dict[str, Any]] = []

    def score(self, listings: Any) -> list[dict[str, Any]]:
        self.seen += [dict(x) for x in listings]
        if self.delay:
            time.sleep(self.delay * len(listings))
        return super().score(listings)


def test_review_text_scored_per_listing_is_bounded_and_the_listing_kept_whole(db_url):
    fake = RecordingAnalyzer()
    heavy = {"id": "heavy", "title": "Eco-friendly bag", "description": "Good for the planet!",
             "reviews": [f"review {i}: " + "it is fine " * 363 for i in range(50)]}  # 50 x ~4,000 characters
    with running_service(db_url, fake, max_text_chars=5000, score_max_reviews=20,
                         score_max_review_chars=8000) as svc:
        r = svc.client.post("/v1/score", json={"listings": [heavy, OK]}, headers=svc.h("service"))
        assert r.status_code == 200, r.text
        assert r.headers["X-Claims-Reviews-Truncated"] == "heavy"
        scored = {x["id"]: x for x in fake.seen}
        assert len(scored["heavy"]["reviews"]) <= 20
        assert sum(map(len, scored["heavy"]["reviews"])) == 8000
        assert scored["heavy"]["reviews"][0] == heavy["reviews"][0]  # kept reviews keep their index and text
        item = r.json()["review_items"][0]
        if item is not None:
            stored = svc.client.get(f"/v1/claims/{item}", headers=svc.h("moderator")).json()["listing"]
            assert stored["reviews"] == heavy["reviews"]  # stored whole
        light = svc.client.post("/v1/score", json={"listings": [OK]}, headers=svc.h("service"))
        assert "X-Claims-Reviews-Truncated" not in light.headers


def test_a_slow_scoring_call_does_not_stall_health_or_the_queue(tmp_path):
    """While a slow scoring call runs (the analyzer sleeps 0.2 s per listing: the scoring worker puts
    waiting calls' listings into one batch) and 41 more wait for the analyzer, more
    than the 40 worker threads of the pool, /healthz and GET /v1/claims over real HTTP still
    answer at once: waiting calls wait without holding a thread."""
    slow = RecordingAnalyzer(delay=0.0)
    with running_service(f"sqlite:///{tmp_path / 'c.db'}", slow) as svc, \
            uvicorn_server(svc.app, lifespan="off") as base:
        svc.client.post("/v1/score", json={"listings": LISTINGS}, headers=svc.h("service"))
        slow.delay = 0.2
        done: list[int] = []

        def heavy(i: int) -> None:
            r = httpx.post(f"{base}/v1/score", json={"listings": [{**OK, "id": f"s{i}"}]}, headers=svc.h("service"),
                           timeout=120)
            done.append(r.status_code)

        threads = [threading.Thread(target=heavy, args=(i,)) for i in range(42)]
        for t in threads:
            t.start()
        time.sleep(1.0)  # one call is scoring, the others wait for the analyzer
        with httpx.Client(base_url=base, timeout=30) as c:
            for _ in range(5):
                t0 = time.monotonic()
                assert c.get("/healthz").status_code == 200
                assert c.get("/v1/claims", headers=svc.h("moderator")).status_code == 200
                assert time.monotonic() - t0 < 2.0, "a read waited for the slow scoring calls"
        assert len(done) < 42, "the slow calls should still be running"
        for t in threads:
            t.join(timeout=120)
        assert done == [200] * 42


# ---------------------------------------------------------------- failed authentication

def test_failed_keys_are_rate_limited_per_address_with_retry_after(db_url, fake_analyzer):
    with running_service(db_url, fake_analyzer, auth_max_failures=5, auth_window_s=1.5) as svc:
        c = svc.client
        bad = {"Authorization": "Bearer gc_000000000000_" + "x" * 43}
        codes = [c.get("/v1/claims", headers=bad).status_code for _ in range(5)]
        assert codes == [401] * 5
        r = c.get("/v1/claims", headers=bad)
        assert r.status_code == 429 and 1 <= int(r.headers["Retry-After"]) <= 2
        # the address is blocked whatever key it sends, so guessing stops
        assert c.get("/v1/claims", headers=svc.h("moderator")).status_code == 429
        assert c.get("/healthz").status_code == 200  # unauthenticated routes still answer
        time.sleep(1.6)
        assert c.get("/v1/claims", headers=svc.h("moderator")).status_code == 200


def test_failed_sign_ins_are_rate_limited(db_url, fake_analyzer):
    with running_service(db_url, fake_analyzer, auth_max_failures=3, auth_window_s=60) as svc:
        c = svc.client
        for _ in range(3):
            assert sign_in(c, "gc_000000000000_" + "y" * 43).status_code == 401
        r = sign_in(c, svc.keys["moderator"])
        assert r.status_code == 429 and int(r.headers["Retry-After"]) >= 1
        assert "Too many" in r.text
        # and the API from the same address too
        assert c.get("/v1/claims", headers=svc.h("moderator")).status_code == 429


# ---------------------------------------------------------------- headers and docs

SECURITY = ("x-content-type-options", "x-frame-options", "referrer-policy", "content-security-policy")


def test_every_response_carries_the_security_headers(service):
    c = service.client
    responses = [c.get("/healthz"), c.get("/readyz"), c.get("/v1/claims"), c.get("/v1/claims", headers=service.h(
        "service")), c.get("/nope"), c.get("/openapi.json"), c.get("/docs"), c.get("/redoc"),
        c.get("/static/docs/swagger-ui.css"), c.get("/review/sign-in"), c.get("/review/", follow_redirects=False),
        c.post("/v1/score", content=b"x" * 300_000, headers=service.h("service")),
        c.post("/v1/score", json={"listings": "no"}, headers=service.h("service"))]
    for r in responses:
        missing = [h for h in SECURITY if h not in r.headers]
        assert not missing, (r.request.url, r.status_code, missing)
        assert r.headers["x-content-type-options"] == "nosniff"
    assert {r.status_code for r in responses} >= {200, 303, 401, 403, 404, 413, 422}
    ui = c.get("/review/sign-in").headers["content-security-policy"]
    assert "default-src 'self'" in ui and "frame-ancestors 'none'" in ui and "unsafe" not in ui
    assert c.get("/healthz").headers["content-security-policy"].startswith("default-src 'none'")


def test_docs_pages_load_nothing_from_another_host(service):
    c = service.client
    for page in ("/docs", "/redoc"):
        r = c.get(page)
        assert r.status_code == 200
        urls = re.findall(r'(?:src|href)="([^"]+)"', r.text) + re.findall(r"url: '([^']+)'", r.text)
        assert urls, page
        for url in urls:
            assert url.startswith("/") and not url.startswith("//"), (page, url)
            assert c.get(url).status_code == 200, url
        assert "http://" not in r.text and "https://" not in r.text
        csp = r.headers["content-security-policy"]
        assert "default-src 'self'" in csp and "http" not in csp
    # the inline initialiser of Swagger UI is allowed by its hash, nothing else inline
    html = c.get("/docs").text
    assert html.count("<script>") == 1 and "'sha256-" in c.get("/docs").headers["content-security-policy"]


# ---------------------------------------------------------------- CSRF

def test_csrf_tokens_are_per_session_and_foreign_origins_are_refused(service):
    items = seed(service, LISTINGS)
    item = next(iter(items.values()))
    from fastapi.testclient import TestClient

    a, b = service.client, TestClient(service.app)
    sign_in(a, service.keys["moderator"])
    sign_in(b, service.keys["moderator"])  # the same key, another session
    ta, tb = (csrf_of(x.get(f"/review/items/{item}").text) for x in (a, b))
    assert ta != tb
    url = f"/review/items/{item}/decisions"
    form = {"action": "note", "expected_version": 1, "note": "n"}
    assert b.post(url, data={**form, "csrf": ta}).status_code == 403  # a's token is no good in b's session
    for headers in ({"Origin": "https://evil.example"}, {"Origin": "null"},
                    {"Referer": "https://evil.example/review/"}):
        assert a.post(url, data={**form, "csrf": ta}, headers=headers).status_code == 403, headers
    ok = a.post(url, data={**form, "csrf": ta}, headers={"Origin": "http://testserver"}, follow_redirects=False)
    assert ok.status_code == 303
    ok = b.post(url, data={**form, "csrf": tb, "expected_version": 2},
                headers={"Referer": f"http://testserver/review/items/{item}"}, follow_redirects=False)
    assert ok.status_code == 303
    # signing in again starts a new session with a new token
    sign_in(a, service.keys["moderator"])
    assert csrf_of(a.get(f"/review/items/{item}").text) != ta
    # the sign-in form checks the origin too
    page = a.get("/review/sign-in")
    r = a.post("/review/sign-in", data={"key": service.keys["moderator"], "csrf": csrf_of(page.text)},
               headers={"Origin": "https://evil.example"})
    assert r.status_code == 403


# ---------------------------------------------------------------- the index journal

NEW = [{"id": f"n{i}", "title": f"Organic cotton tote {i}", "category": "bags",
        "description": "GOTS certified organic cotton (licence CU 817209)."} for i in range(4)]


def _app(db_url: str, index_dir: Any, analyzer: Any, **overrides: Any) -> Any:
    from api.app import create_app
    from claims.config import get_service_settings

    settings = replace(get_service_settings(), database_url=db_url, index_dir=index_dir, **overrides)
    return create_app(settings, analyzer=analyzer)


def test_scored_listings_survive_a_crash_before_any_save(db_url, fake_analyzer, tmp_path, monkeypatch):
    from fastapi.testclient import TestClient

    from api.deps import Services
    from tests.service.conftest import make_keys

    index_dir = tmp_path / "index"
    build_recommender(fake_analyzer, LISTINGS, index_dir)
    keys, _ = make_keys(db_url)
    h = {"Authorization": f"Bearer {keys['service']}"}
    with monkeypatch.context() as m:
        m.setattr(Services, "save_index", lambda self: None)  # the process dies before it ever saves
        with TestClient(_app(db_url, index_dir, fake_analyzer, index_save_interval_s=0)) as c:
            assert c.post("/v1/score", json={"listings": NEW[:2]}, headers=h).status_code == 200
    from claims.recommend.recommender import Recommender

    assert "n0" not in Recommender.load(index_dir).catalog  # really never saved
    with TestClient(_app(db_url, index_dir, fake_analyzer)) as c:  # restart: replayed from the journal
        for lid in ("n0", "n1"):
            r = c.post("/v1/recommendations", json={"item_id": lid, "k": 2}, headers=h)
            assert r.status_code == 200, r.text
    assert {"n0", "n1"} <= set(Recommender.load(index_dir).catalog.items_index.ids())


def test_two_servers_on_one_index_folder_keep_each_others_listings(db_url, fake_analyzer, tmp_path):
    from fastapi.testclient import TestClient

    from claims.recommend.recommender import Recommender
    from tests.service.conftest import make_keys

    index_dir = tmp_path / "index"
    build_recommender(fake_analyzer, LISTINGS, index_dir)
    keys, _ = make_keys(db_url)
    h = {"Authorization": f"Bearer {keys['service']}"}
    a_app = _app(db_url, index_dir, fake_analyzer, index_save_interval_s=0, index_sync_interval_s=0)
    b_app = _app(db_url, index_dir, FakeAnalyzer(), index_save_interval_s=0, index_sync_interval_s=0)
    with TestClient(a_app) as a, TestClient(b_app) as b:
        assert a.post("/v1/score", json={"listings": NEW[:2]}, headers=h).status_code == 200
        assert b.post("/v1/score", json={"listings": NEW[2:]}, headers=h).status_code == 200
        # b brought in a's listings when it scored; a gets b's at its next sync
        assert b.post("/v1/recommendations", json={"item_id": "n0", "k": 2}, headers=h).status_code == 200
        a_app.state.services.sync_index()
        assert a.post("/v1/recommendations", json={"item_id": "n3", "k": 2}, headers=h).status_code == 200
        a_app.state.services.save_index()
        b_app.state.services.save_index()  # the last save no longer wins alone
        a_app.state.services.save_index()
    saved = set(Recommender.load(index_dir).catalog.items_index.ids())
    assert {x["id"] for x in NEW} | {x["id"] for x in LISTINGS} <= saved
    assert len(list(index_dir.glob("gen-*"))) == 1  # older generations are removed


def test_a_save_killed_halfway_leaves_the_previous_index(fake_analyzer, tmp_path, monkeypatch):
    from claims.recommend.catalog import Catalog
    from claims.recommend.recommender import Recommender

    index_dir = tmp_path / "index"
    rec = build_recommender(fake_analyzer, LISTINGS, index_dir)
    rec.upsert(fake_analyzer.score(NEW[:1]), NEW[:1])

    def dies_halfway(self: Any, directory: Any) -> None:
        self.items_index.save(directory / "items")
        raise KeyboardInterrupt("killed")

    with monkeypatch.context() as m:
        m.setattr(Catalog, "save", dies_halfway)
        with pytest.raises(KeyboardInterrupt):
            rec.save()
    loaded = Recommender.load(index_dir).catalog
    assert set(loaded.items_index.ids()) == {x["id"] for x in LISTINGS}  # the previous generation, whole
    rec.save()
    assert "n0" in Recommender.load(index_dir).catalog


def test_a_read_only_index_folder_still_loads(fake_analyzer, tmp_path):
    import os

    from claims.recommend.recommender import Recommender

    index_dir = tmp_path / "index"
    build_recommender(fake_analyzer, LISTINGS, index_dir)
    (index_dir / ".lock").unlink()
    os.chmod(index_dir, 0o555)
    try:
        if os.access(index_dir, os.W_OK):  # root writes anyway: nothing to test here
            pytest.skip("running as root: the folder stays writable")
        assert len(Recommender.load(index_dir).catalog) == len(LISTINGS)
    finally:
        os.chmod(index_dir, 0o755)


def test_the_journal_watermark_waits_for_entries_committed_out_of_order(db_url, fake_analyzer, tmp_path):
    """PostgreSQL hands out ids before commit: entry 2 may become visible after entry 3. The
    replay applies 3 at once, keeps the watermark below the recent entries, and still applies 2
    when it appears; old entries move the watermark on."""
    from datetime import timedelta

    from claims.config import get_service_settings
    from claims.moderation.queue import record_scores
    from claims.moderation.store import IndexJournalEntry, make_engine, session_factory, upgrade, utcnow
    from claims.recommend.journal import WATERMARK, JournalReplay

    engine = make_engine(db_url)
    upgrade(engine)
    sessions = session_factory(engine)
    rec = build_recommender(fake_analyzer, LISTINGS, tmp_path / "index")
    listings = [{"id": f"j{i}", "title": f"Organic cotton tote {i}", "description": "GOTS certified."}
                for i in range(4)]
    with sessions() as s:
        record_scores(s, listings, fake_analyzer.score(listings), get_service_settings())  # no journal yet
        from sqlalchemy import select

        from claims.moderation.store import Score
        score_ids = {x.listing_id: x.id for x in s.scalars(select(Score))}
        old = utcnow() - timedelta(hours=1)
        s.add_all([IndexJournalEntry(id=1, score_id=score_ids["j0"], listing_id="j0", created_at=old),
                   IndexJournalEntry(id=3, score_id=score_ids["j2"], listing_id="j2", created_at=utcnow())])
        s.commit()
    replay = JournalReplay(rec, settle_s=60)
    with sessions() as s:
        assert replay.pull(s) == 2
    assert replay.upto == 1 and rec.catalog.meta[WATERMARK] == 1  # 3 is too recent to pass
    assert {"j0", "j2"} <= set(rec.catalog.items_index.ids())
    with sessions() as s:  # entry 2 commits late; 4 is new
        s.add_all([IndexJournalEntry(id=2, score_id=score_ids["j1"], listing_id="j1", created_at=utcnow()),
                   IndexJournalEntry(id=4, score_id=score_ids["j3"], listing_id="j3", created_at=old)])
        s.commit()
    with sessions() as s:
        assert replay.pull(s) == 2  # j1 and j3; j2 is not applied twice
    assert {"j0", "j1", "j2", "j3"} <= set(rec.catalog.items_index.ids())
    assert replay.upto == 1 and replay.applied == {2, 3, 4}
    with sessions() as s:
        assert replay.pull(s) == 0
    replay.settle = timedelta(0)
    with sessions() as s:
        replay.pull(s)
    assert replay.upto == 4 and replay.applied == set()
    engine.dispose()
