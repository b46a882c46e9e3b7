"""Acceptance script of issue 13 (service half): replays the hostile inputs and faults against the
service and prints a JSON table: per case, the inputs tried, the faults injected, what was
answered, and the data lost (must be 0).

Everything runs on 127.0.0.1 with the keyword fake analyzer of ``tests/fakes.py`` (the cases are
about the service, not the model): the app in process (FastAPI's TestClient, a fresh SQLite
database) for the input cases, a real uvicorn for the slow-scoring case, and real ``claims serve``
processes killed with SIGKILL for the durability case (``benchmarks/service_chaos.py``).

    python benchmarks/service_faults.py                    # prints the table (JSON)
    python benchmarks/service_faults.py --kills 5 --out reports/service_faults.json
"""

from __future__ import annotations

import argparse
import base64
import json
import re
import sys
import tempfile
import threading
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "benchmarks")]

import service_chaos  # noqa: E402
from fakes import FakeAnalyzer  # noqa: E402

from tests.service.conftest import LISTINGS, build_recommender, running_service, uvicorn_server  # noqa: E402

OK = {"id": "ok1", "title": "Eco-friendly yoga mat", "description": "Good for the planet!"}
BAD_TEXT = ["\ud800", "x\udfff", "\ud83d", "\udc00y", "a\x00b"]
PLACES = ["seller_note", "tags", "reviews", "title", "description", "id", "brand", "category", "nested"]
CURSORS = ["Infinity", "-Infinity", "NaN", str(2**63), str(2**31), "-1", "1.5", "true", "null", '"7"', "[1]",
           "1e400", "{}"]
SECURITY = ("x-content-type-options", "x-frame-options", "referrer-policy", "content-security-policy")


def _post_raw(c: Any, path: str, text: str, headers: dict[str, str]) -> Any:
    return c.post(path, content=text.encode("utf-8", "surrogatepass"),
                  headers={**headers, "Content-Type": "application/json"})


def _place(value: str, where: str) -> dict[str, Any]:
    if where == "tags":
        return {**OK, "tags": ["fine", {"deep": value}]}
    if where == "reviews":
        return {**OK, "reviews": ["good", value]}
    if where == "nested":
        return {**OK, "extra": {"a": [{"b": value}]}}
    if where in OK or where in ("brand", "category"):
        return {**OK, where: OK.get(where, "") + value}
    return {**OK, where: value}


def _reads_ok(svc: Any) -> bool:
    c, h = svc.client, svc.h("moderator")
    page = c.get("/v1/claims", params={"limit": 200}, headers=h)
    if page.status_code != 200:
        return False
    return all(c.get(f"/v1/claims/{i['id']}", headers=h).status_code == 200 for i in page.json()["items"]) and \
        c.get("/v1/decisions/export", headers=h).status_code == 200


def case_text(svc: Any) -> dict[str, Any]:
    codes: dict[int, int] = {}
    tried = 0
    for value in BAD_TEXT:
        for where in PLACES:
            r = _post_raw(svc.client, "/v1/score", json.dumps({"listings": [_place(value, where)]}), svc.h("service"))
            codes[r.status_code] = codes.get(r.status_code, 0) + 1
            tried += 1
    depth: Any = "x"
    for _ in range(40):
        depth = [depth]
    for body in ('{"listings": [{"id": "n", "title": "t", "price": NaN}]}',
                 '{"listings": [{"id": "n", "title": "t", "price": Infinity}]}',
                 json.dumps({"listings": [{**OK, "extra": depth}]})):
        r = _post_raw(svc.client, "/v1/score", body, svc.h("service"))
        codes[r.status_code] = codes.get(r.status_code, 0) + 1
        tried += 1
    stored = len(svc.client.get("/v1/claims", headers=svc.h("moderator")).json()["items"])
    return {"case": "lone surrogates, NUL, NaN/Infinity, deep nesting anywhere in a listing", "inputs_tried": tried,
            "faults_injected": tried, "answers": codes, "stored": stored, "reads_after": _reads_ok(svc),
            "data_lost": 0 if codes == {422: tried} and stored == 0 and _reads_ok(svc) else tried}


def case_cursors(svc: Any) -> dict[str, Any]:
    svc.client.post("/v1/score", json={"listings": LISTINGS}, headers=svc.h("service"))
    codes: dict[int, int] = {}
    for after in CURSORS:
        cursor = base64.urlsafe_b64encode(('{"after": ' + after + "}").encode()).decode().rstrip("=")
        for path in ("/v1/claims", "/v1/decisions/export"):
            r = svc.client.get(path, params={"cursor": cursor}, headers=svc.h("moderator"))
            codes[r.status_code] = codes.get(r.status_code, 0) + 1
    n = 2 * len(CURSORS)
    return {"case": "crafted cursors (after = Infinity, 2^63, NaN, -1, 1.5, ...)", "inputs_tried": n,
            "faults_injected": n, "answers": codes, "data_lost": 0 if codes == {422: n} else n}


def case_criteria(svc: Any) -> dict[str, Any]:
    codes: dict[int, int] = {}
    n = 0
    for name in ("eco_weight", "diversity", "min_price", "max_price"):
        for value in ("NaN", "Infinity", "-Infinity", "1e999"):
            body = '{"text": "yoga mat", "k": 3, "criteria": {"' + name + '": ' + value + "}}"
            r = _post_raw(svc.client, "/v1/recommendations", body, svc.h("service"))
            q = svc.client.get("/v1/items/g1/similar", params={name: value.lower()}, headers=svc.h("service"))
            for x in (r, q):
                codes[x.status_code] = codes.get(x.status_code, 0) + 1
                n += 1
    return {"case": "NaN / Infinity in recommendation criteria (body and query)", "inputs_tried": n,
            "faults_injected": n, "answers": codes, "data_lost": 0 if codes == {422: n} else n}


class SlowFake(FakeAnalyzer):
    def __init__(self) -> None:
        super().__init__()
        self.delay = 0.0
        self.review_chars: list[int] = []

    def score(self, listings: Any) -> list[dict[str, Any]]:
        self.review_chars += [sum(map(len, x.get("reviews") or [])) for x in listings]
        time.sleep(self.delay)
        return super().score(listings)


def case_heavy(tmp: Path) -> dict[str, Any]:
    fake = SlowFake()
    heavy = {"id": "heavy", "title": "Eco-friendly bag", "description": "Good for the planet!",
             "reviews": [f"review {i}: " + "it is fine " * 363 for i in range(50)]}
    worst = 0.0
    with running_service(f"sqlite:///{tmp / 'heavy.db'}", fake, max_text_chars=5000) as svc, \
            uvicorn_server(svc.app, lifespan="off") as base:
        r = svc.client.post("/v1/score", json={"listings": [heavy]}, headers=svc.h("service"))
        truncated = r.headers.get("X-Claims-Reviews-Truncated")
        fake.delay = 2.0  # now every scoring call takes 2 s: 10 of them queue up for 20 s
        results: list[int] = []
        threads = [threading.Thread(target=lambda i=i: results.append(httpx.post(
            f"{base}/v1/score", json={"listings": [{**heavy, "id": f"h{i}"}]}, headers=svc.h("service"),
            timeout=120).status_code)) for i in range(10)]
        for t in threads:
            t.start()
        time.sleep(0.5)
        with httpx.Client(base_url=base, timeout=30) as c:
            for _ in range(10):
                t0 = time.monotonic()
                c.get("/healthz")
                c.get("/v1/claims", headers=svc.h("moderator"))
                worst = max(worst, time.monotonic() - t0)
                time.sleep(0.2)
        for t in threads:
            t.join(timeout=120)
        stored = {x["listing_id"] for x in svc.client.get("/v1/claims", params={"limit": 200},
                                                            headers=svc.h("moderator")).json()["items"]}
    return {"case": "a listing with 50 reviews of 4,000 characters; 10 of them scoring at 2 s each",
            "inputs_tried": 11, "faults_injected": 10,
            "answers": {"truncated_header": truncated, "review_chars_scored_max": max(fake.review_chars),
                        "review_chars_sent": sum(map(len, heavy["reviews"])), "score_calls_200": results.count(200),
                        "healthz_plus_queue_read_worst_s": round(worst, 3)},
            "data_lost": 10 - results.count(200) + sum(1 for i in range(10) if f"h{i}" not in stored)}


def case_auth(tmp: Path) -> dict[str, Any]:
    from tests.service.test_ui import csrf_of

    with running_service(f"sqlite:///{tmp / 'auth.db'}", FakeAnalyzer()) as svc:
        c = svc.client
        bad = {"Authorization": "Bearer gc_000000000000_" + "x" * 43}
        t0 = time.monotonic()
        codes = [c.get("/v1/claims", headers=bad).status_code for _ in range(300)]
        wall = time.monotonic() - t0
        retry = c.get("/v1/claims", headers=bad).headers.get("Retry-After")
    with running_service(f"sqlite:///{tmp / 'signin.db'}", FakeAnalyzer()) as svc:
        c = svc.client
        signin = []
        for _ in range(50):
            page = c.get("/review/sign-in")
            signin.append(c.post("/review/sign-in", data={"key": "gc_000000000000_" + "y" * 43,
                                                          "csrf": csrf_of(page.text)}).status_code)
    return {"case": "300 wrong API keys and 50 wrong sign-ins from one address", "inputs_tried": 350,
            "faults_injected": 350,
            "answers": {"api_401": codes.count(401), "api_429": codes.count(429), "api_wall_s": round(wall, 2),
                        "retry_after_s": retry, "signin_401": signin.count(401), "signin_429": signin.count(429)},
            "data_lost": 0}


def case_headers_docs_csrf(svc: Any) -> dict[str, Any]:
    from fastapi.testclient import TestClient

    from tests.service.test_ui import csrf_of, seed, sign_in

    c = svc.client
    responses = [c.get("/healthz"), c.get("/readyz"), c.get("/v1/claims"), c.get("/nope"), c.get("/openapi.json"),
                 c.get("/docs"), c.get("/redoc"), c.get("/review/sign-in"), c.get("/review/", follow_redirects=False),
                 c.post("/v1/score", content=b"x" * 3_000_000, headers=svc.h("service")),
                 c.post("/v1/score", json={"listings": "no"}, headers=svc.h("service"))]
    missing = sum(1 for r in responses for h in SECURITY if h not in r.headers)
    external = 0
    for page in ("/docs", "/redoc"):
        html = c.get(page).text
        urls = re.findall(r'(?:src|href)="([^"]+)"', html)
        external += sum(1 for u in urls if not u.startswith("/") or u.startswith("//"))
        external += html.count("http://") + html.count("https://")
    items = seed(svc, LISTINGS)
    item = next(iter(items.values()))
    a, b = TestClient(svc.app), TestClient(svc.app)
    sign_in(a, svc.keys["moderator"])
    sign_in(b, svc.keys["moderator"])
    ta, tb = (csrf_of(x.get(f"/review/items/{item}").text) for x in (a, b))
    url = f"/review/items/{item}/decisions"
    form = {"action": "note", "expected_version": 1, "note": "n"}
    forged = [b.post(url, data={**form, "csrf": ta}).status_code,
              a.post(url, data={**form, "csrf": ta}, headers={"Origin": "https://evil.example"}).status_code,
              a.post(url, data={**form, "csrf": ta}, headers={"Referer": "https://evil.example/x"}).status_code]
    return {"case": "security headers, /docs assets, CSRF per session and Origin", "inputs_tried": len(responses) + 5,
            "faults_injected": 3,
            "answers": {"responses_missing_a_header": missing, "docs_external_references": external,
                        "tokens_differ_per_session": ta != tb, "forged_posts_refused": forged.count(403)},
            "data_lost": 0 if missing == 0 and external == 0 and forged == [403, 403, 403] else 1}


def case_index_two_servers(tmp: Path) -> dict[str, Any]:
    from fastapi.testclient import TestClient

    from api.app import create_app
    from claims.config import get_service_settings
    from claims.recommend.recommender import Recommender
    from tests.service.conftest import make_keys

    url = f"sqlite:///{tmp / 'two.db'}"
    index_dir = tmp / "two-index"
    build_recommender(FakeAnalyzer(), LISTINGS, index_dir)
    keys, _ = make_keys(url)
    h = {"Authorization": f"Bearer {keys['service']}"}
    settings = replace(get_service_settings(), database_url=url, index_dir=index_dir, index_save_interval_s=0,
                       index_sync_interval_s=0)
    apps = [create_app(settings, analyzer=FakeAnalyzer()) for _ in range(2)]
    sent: list[str] = []
    with TestClient(apps[0]) as a, TestClient(apps[1]) as b:
        for i in range(20):
            client, app = (a, apps[0]) if i % 2 else (b, apps[1])
            lid = f"two-{i}"
            if client.post("/v1/score", json={"listings": [{**OK, "id": lid}]}, headers=h).status_code == 200:
                sent.append(lid)
            app.state.services.save_index()  # each server saves after each call: the last save used to win
    saved = set(Recommender.load(index_dir).catalog.items_index.ids())
    lost = [x for x in sent if x not in saved]
    return {"case": "two servers on one index folder, saving alternately", "inputs_tried": 20,
            "faults_injected": 20, "answers": {"acknowledged": len(sent), "in_saved_index": len(sent) - len(lost)},
            "data_lost": len(lost)}


def case_kill9(tmp: Path, kills: int, seed: int, db: str | None) -> dict[str, Any]:
    rep = service_chaos.run(tmp / "chaos", db or f"sqlite:///{tmp / 'chaos.db'}", kills=kills, seed=seed)
    return {"case": "kill -9 of claims serve mid-traffic, then restart", "inputs_tried": rep.score_calls +
            rep.decision_calls, "faults_injected": rep.kills,
            "answers": {"scores_acked": rep.scores_acked, "decisions_acked": rep.decisions_acked,
                        "restarts": rep.restarts, "index_unreadable_restarts": rep.index_unreadable_restarts},
            "data_lost": rep.lost}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--kills", type=int, default=4, help="SIGKILLs of the server (3-5)")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--db", help="database URL for the kill -9 case (default: SQLite)")
    ap.add_argument("--out", type=Path, help="also write the table here")
    args = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="claims-faults-") as d:
        tmp = Path(d)
        rec = build_recommender(FakeAnalyzer(), LISTINGS, tmp / "index")
        with running_service(f"sqlite:///{tmp / 'claims.db'}", FakeAnalyzer(), recommender=rec,
                             max_text_chars=5000) as svc:
            rows += [case_text(svc), case_cursors(svc), case_criteria(svc)]
        with running_service(f"sqlite:///{tmp / 'h.db'}", FakeAnalyzer(), max_body_bytes=200_000) as svc:
            rows.append(case_headers_docs_csrf(svc))
        rows += [case_heavy(tmp), case_auth(tmp), case_index_two_servers(tmp),
                 case_kill9(tmp, args.kills, args.seed, args.db)]
    table = {"rows": rows, "inputs_tried": sum(r["inputs_tried"] for r in rows),
             "faults_injected": sum(r["faults_injected"] for r in rows),
             "data_lost": sum(r["data_lost"] for r in rows)}
    text = json.dumps(table, indent=2, ensure_ascii=False)
    print(text)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text + "\n", encoding="utf-8")
    return 0 if table["data_lost"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
