"""The moderator web page (/review) through FastAPI's TestClient, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import re
from html import unescape
from html.parser import HTMLParser
from typing import Any

from tests.service.conftest import LISTINGS

# A listing with markup and scripts in its text, and a review that contradicts it.
HOSTILE = {"id": "x<1>", "title": "Eco-friendly <script>alert('t')</script> bottle",
           "description": "<p>Good for the planet!</p><script>alert('d')</script> 100% recyclable & BPA-free.",
           "brand": "Acme", "category": "kitchen",
           "reviews": ["Nice <b>bottle</b>.", "It is not recyclable at all, the council refused it."]}
# A result recorded through the library (not the model), so that a contradicting review quote is
# on the page whatever the shipped model says about it.
QUOTED = {"id": "q1", "title": "Water bottle", "description": "Made from 100% recycled plastic.",
          "reviews": ["Leaks a bit.", "The label says <virgin> plastic, not recycled."]}
QUOTED_RESULT = {
    "id": "q1", "eco_attributes": [], "eco_score": 0.1, "model_version": "hand-made",
    "claims": [{"field": "description", "start": 0, "end": 32, "text": "Made from 100% recycled plastic.",
                "attributes": ["recycled_content"], "specific": True, "score": 0.9}],
    "greenwashing": {"level": "high", "score": 0.9, "findings": [
        {"code": "CONTRADICTED", "severity": "high", "field": "description", "start": 10, "end": 31,
         "text": "100% recycled plastic", "references": ["EU 2005/29 UCPD art. 6"], "message": "Contradicted.",
         "suggestion": "Check the material.", "confidence": 0.8,
         "evidence": {"field": "reviews", "start": 4, "end": 31, "text": "label says <virgin> plastic",
                      "review": 1}}]}}


def csrf_of(html: str) -> str:
    m = re.search(r'name="csrf" value="([^"]+)"', html)
    assert m, "no CSRF token in the form"
    return m.group(1)


def sign_in(client: Any, key: str, next_url: str = "") -> Any:
    page = client.get("/review/sign-in")
    assert page.status_code == 200
    return client.post("/review/sign-in", data={"key": key, "csrf": csrf_of(page.text), "next": next_url},
                       follow_redirects=False)


def seed(service: Any, listings: list[dict[str, Any]]) -> dict[str, int]:
    r = service.client.post("/v1/score", json={"listings": listings}, headers=service.h("service"))
    assert r.status_code == 200, r.text
    return {x["id"]: i for x, i in zip(listings, r.json()["review_items"], strict=True) if i is not None}


class Page(HTMLParser):
    """Collects the highlighted text blocks (div.text), their marks, the queue rows and the audit rows."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: dict[str, dict[str, Any]] = {}
        self.rows: list[str] = []
        self.audit: list[dict[str, str]] = []
        self.textarea = ""
        self._block: dict[str, Any] | None = None
        self._mark: dict[str, Any] | None = None
        self._in_textarea = False
        self._row: dict[str, str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "div" and "text" in (a.get("class") or "").split():
            key = a["data-field"] or ""
            if a.get("data-review") is not None:
                key += f"[{a['data-review']}]"
            self._block = self.blocks[key] = {"text": "", "marks": []}
        elif tag == "mark" and self._block is not None:
            self._mark = {"start": int(a["data-start"] or 0), "end": int(a["data-end"] or 0),
                          "classes": (a.get("class") or "").split(), "text": ""}
            self._block["marks"].append(self._mark)
        elif tag == "tr" and a.get("data-item"):
            self.rows.append(a["data-item"] or "")
        elif tag == "tr" and "decision-row" in (a.get("class") or ""):
            self._row = {"action": a.get("data-action") or "", "text": ""}
            self.audit.append(self._row)
        elif tag == "textarea":
            self._in_textarea = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "div":
            self._block = None
        elif tag == "mark":
            self._mark = None
        elif tag == "textarea":
            self._in_textarea = False
        elif tag == "tr":
            self._row = None

    def handle_data(self, data: str) -> None:
        if self._block is not None:
            self._block["text"] += data
        if self._mark is not None:
            self._mark["text"] += data
        if self._in_textarea:
            self.textarea += data
        if self._row is not None:
            self._row["text"] += data


def parse(html: str) -> Page:
    p = Page()
    p.feed(html)
    return p


def test_ui_sign_in_redirects_roles_and_sign_out(service):
    c = service.client
    r = c.get("/review/", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/review/sign-in?next=%2Freview%2F"
    assert c.get("/review/items/1", follow_redirects=False).headers["location"].startswith("/review/sign-in")
    assert c.get("/review", follow_redirects=True).url.path == "/review/sign-in"
    hx = c.get("/review/", headers={"HX-Request": "true"}, follow_redirects=False)
    assert hx.headers["HX-Redirect"].startswith("/review/sign-in")
    # the sign-in form needs its token
    assert c.post("/review/sign-in", data={"key": service.keys["moderator"], "csrf": "forged"}).status_code == 403
    bad = sign_in(c, "gc_000000000000_" + "x" * 43)
    assert bad.status_code == 401 and "not valid" in bad.text and "claims_review=" not in bad.headers.get(
        "set-cookie", "")
    svc = sign_in(c, service.keys["service"])
    assert svc.status_code == 403 and "cannot review claims" in svc.text
    assert "claims_review=gc_" not in svc.headers.get("set-cookie", "")
    c.cookies.set("claims_review", service.keys["service"], path="/review")
    page = c.get("/review/", follow_redirects=False)
    assert page.status_code == 403 and "role (service) cannot review claims" in page.text
    c.cookies.clear()
    # a moderator signs in, lands where they were going, and the key never appears in the page
    ok = sign_in(c, service.keys["moderator"], next_url="/review/?level=high")
    assert ok.status_code == 303 and ok.headers["location"] == "/review/?level=high"
    cookie = ok.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Path=/review" in cookie
    assert sign_in(c, service.keys["moderator"], next_url="https://evil.example/").headers["location"] == "/review/"
    page = c.get("/review/")
    assert page.status_code == 200 and "test moderator" in page.text
    assert service.keys["moderator"] not in page.text
    assert "Content-Security-Policy" in page.headers
    # admin keys may review too
    assert sign_in(c, service.keys["admin"]).status_code == 303
    # sign-out needs the token, then clears the cookie
    assert c.post("/review/sign-out", data={"csrf": "nope"}).status_code == 403
    out = c.post("/review/sign-out", data={"csrf": csrf_of(c.get("/review/").text)}, follow_redirects=False)
    assert out.status_code == 303 and out.headers["location"] == "/review/sign-in"
    assert c.get("/review/", follow_redirects=False).status_code == 303
    # a revoked key is signed out at once
    sign_in(c, service.keys["moderator"])
    assert c.delete(f"/v1/keys/{service.key_ids['moderator']}", headers=service.h("admin")).status_code == 200
    assert c.get("/review/", follow_redirects=False).status_code == 303


def test_ui_queue_lists_filters_and_pages(service):
    c = service.client
    ids = seed(service, LISTINGS)
    sign_in(c, service.keys["moderator"])
    api = c.get("/v1/claims", headers=service.h("moderator")).json()["items"]
    page = c.get("/review/")
    assert page.status_code == 200 and "<html" in page.text and "htmx.min.js" in page.text
    by_risk = sorted(api, key=lambda i: (-i["risk_score"], i["id"]))  # the page's default order
    assert parse(page.text).rows == [str(i["id"]) for i in by_risk] and len(api) >= 2
    assert parse(c.get("/review/", params={"order": "oldest"}).text).rows == [str(i["id"]) for i in api]
    for item in api:
        assert item["listing_id"] in page.text and f"level-{item['level']}" in page.text
    assert f"pending: <strong>{len(api)}</strong>" in page.text
    # filters: a full page without htmx, the table alone for htmx
    high = c.get("/review/", params={"level": "high", "brand": "", "status": ""})
    want = [str(i["id"]) for i in by_risk if i["level"] == "high"]
    assert want and parse(high.text).rows == want
    part = c.get("/review/", params={"brand": "Stride"}, headers={"HX-Request": "true"})
    assert "<html" not in part.text and part.text.lstrip().startswith('<div id="queue">')
    assert parse(part.text).rows == [str(ids["g4"])]
    assert parse(c.get("/review/", params={"code": "GENERIC_CLAIM"}).text).rows == [str(ids["g1"])]
    assert parse(c.get("/review/", params={"category": "kitchen"}).text).rows == []
    assert parse(c.get("/review/", params={"status": "approved"}).text).rows == []
    bad = c.get("/review/", params={"level": "extreme"})
    assert bad.status_code == 422 and "unknown level" in bad.text
    # cursor pagination: one per page, following "next page" links, visits every item once
    seen, url = [], "/review/?limit=1"
    for _ in range(len(api) + 1):
        html = c.get(url).text
        seen += parse(html).rows
        m = re.search(r'rel="next" href="([^"]+)"', html)
        if not m:
            break
        url = m.group(1).replace("&amp;", "&") + "&limit=1"
    assert seen == [str(i["id"]) for i in by_risk]
    # and back: "previous page" links from the last page visit the same items in reverse
    back = []
    for _ in range(len(api) + 1):
        back += parse(html).rows[::-1]
        m = re.search(r'rel="prev" href="([^"]+)"', html)
        if not m:
            break
        html = c.get(m.group(1).replace("&amp;", "&")).text
    assert back == seen[::-1]


def test_ui_item_page_highlights_spans_and_escapes_text(service):
    c = service.client
    ids = seed(service, [*LISTINGS[:1], HOSTILE])
    assert HOSTILE["id"] in ids, "the hostile listing should be flagged"
    sign_in(c, service.keys["moderator"])
    item_id = ids[HOSTILE["id"]]
    detail = c.get(f"/v1/claims/{item_id}", headers=service.h("moderator")).json()
    findings, claims = detail["result"]["greenwashing"]["findings"], detail["result"]["claims"]
    assert findings and claims
    r = c.get(f"/review/items/{item_id}")
    assert r.status_code == 200
    # seller HTML is neither rendered nor shown as escaped tags: the text, tags stripped, scripts dropped
    assert "<script>alert" not in r.text and "<p>Good" not in r.text
    assert "&lt;script" not in r.text and "&lt;p&gt;" not in r.text and "alert(" not in r.text
    page = parse(r.text)
    assert page.blocks["title"]["text"] == "Eco-friendly  bottle"
    assert page.blocks["description"]["text"] == "Good for the planet!\n 100% recyclable & BPA-free."
    assert "Nice bottle." == page.blocks["reviews[0]"]["text"]
    for field in ("title", "description"):
        for mark in page.blocks[field]["marks"]:  # every highlighted run is the original text at its offsets
            assert mark["text"] == HOSTILE[field][mark["start"]:mark["end"]]
    # every finding and claim span is highlighted exactly, with the right kind of mark: each of its
    # characters is in a mark, except those of markup (tags, scripts), which are not shown at all
    def markup(text: str) -> set[int]:
        return {i for m in re.finditer(r"<script.*?</script>|<[^<>]+>", text, re.S) for i in range(*m.span())}

    for spans, cls in ((findings, "finding"), (claims, "claim")):
        for s in spans:
            covered = {i for m in page.blocks[s["field"]]["marks"]
                       if cls in m["classes"] and s["start"] <= m["start"] and m["end"] <= s["end"]
                       for i in range(m["start"], m["end"])}
            assert covered and covered | markup(HOSTILE[s["field"]]) >= set(range(s["start"], s["end"])), s
            assert not covered & markup(HOSTILE[s["field"]])
    assert any(f"sev-{f['severity']}" in m["classes"] for f in findings for m in page.blocks[f["field"]]["marks"])
    from api.display import plain_text

    for f in findings:  # messages quote the span: shown tags stripped too
        assert f["code"] in r.text and f["severity"] in r.text
        assert plain_text(f["message"]) in unescape(r.text) and plain_text(f["suggestion"]) in unescape(r.text)
    # a contradicting review quote, when the model found one, is highlighted in the review
    for f in findings:
        ev = f.get("evidence") or {}
        if isinstance(ev.get("review"), int):
            marks = page.blocks[f"reviews[{ev['review']}]"]["marks"]
            assert any("evidence" in m["classes"] and m["start"] == ev["start"] for m in marks)
            assert "Contradicting review" in r.text
    assert "Model scoring history" in r.text and detail["scores"][0]["model_version"] in r.text
    # a contradicting review quote is highlighted in the review, at its offsets
    from claims.config import get_service_settings
    from claims.moderation import queue as review
    from claims.moderation.store import make_engine, session_factory

    engine = make_engine(service.url)
    with session_factory(engine)() as session:
        [quoted] = review.record_scores(session, [QUOTED], [QUOTED_RESULT], get_service_settings())
    engine.dispose()
    r = c.get(f"/review/items/{quoted}")
    page = parse(r.text)
    assert page.blocks["reviews[1]"]["text"] == QUOTED["reviews"][1]
    [mark] = page.blocks["reviews[1]"]["marks"]
    assert (mark["start"], mark["end"], mark["text"]) == (4, 31, "label says <virgin> plastic")
    assert "evidence" in mark["classes"] and page.blocks["reviews[0]"]["marks"] == []
    assert "Contradicting review 2" in r.text and "confidence 0.80" in r.text
    assert c.get("/review/items/99999").status_code == 404
    assert c.get("/review/items/99999999999").status_code == 422


def test_ui_decisions_audit_trail_conflict_and_csrf(service):
    c = service.client
    ids = seed(service, LISTINGS)
    sign_in(c, service.keys["moderator"])
    item_id = ids["g1"]
    url = f"/review/items/{item_id}/decisions"
    token = csrf_of(c.get(f"/review/items/{item_id}").text)
    # no token, or a wrong one: refused, nothing recorded
    assert c.post(url, data={"action": "approve", "expected_version": 1}).status_code == 403
    assert c.post(url, data={"action": "approve", "expected_version": 1, "csrf": "x" * 40}).status_code == 403
    assert c.get(f"/v1/claims/{item_id}", headers=service.h("moderator")).json()["decisions"] == []
    # approve through the form: the audit trail shows who, what and the note
    r = c.post(url, data={"action": "approve", "expected_version": 1, "csrf": token, "note": "clear <b>case</b>"},
               follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == f"/review/items/{item_id}#audit"
    page = c.get(r.headers["location"])
    audit = parse(page.text).audit
    assert [a["action"] for a in audit] == ["approve"]
    assert "test moderator" in audit[0]["text"] and service.key_ids["moderator"] in audit[0]["text"]
    assert "clear <b>case</b>" in audit[0]["text"] and "clear &lt;b&gt;case&lt;/b&gt;" in page.text
    detail = c.get(f"/v1/claims/{item_id}", headers=service.h("moderator")).json()
    assert detail["status"] == "approved" and detail["version"] == 2
    assert detail["decisions"][0]["moderator"] == service.key_ids["moderator"]
    # a stale page: the conflict is shown with the current state, the note is kept, nothing recorded
    stale = c.post(url, data={"action": "reject", "expected_version": 1, "csrf": token,
                              "note": "my careful note <i>"})
    assert stale.status_code == 409
    assert "Another moderator decided this item first" in stale.text and "approved" in stale.text
    assert f"by test moderator <code>{service.key_ids['moderator']}</code>" in stale.text
    assert parse(stale.text).textarea == "my careful note <i>"
    assert 'name="expected_version" value="2"' in stale.text
    assert len(c.get(f"/v1/claims/{item_id}", headers=service.h("moderator")).json()["decisions"]) == 1
    # change (level and codes from the form), then an empty note is refused with the reason
    r = c.post(url, data={"action": "change", "expected_version": 2, "csrf": token, "level": "medium",
                          "codes": ["UNQUANTIFIED_CHARACTERISTIC"]}, follow_redirects=False)
    assert r.status_code == 303
    bad = c.post(url, data={"action": "note", "expected_version": 3, "csrf": token, "note": "  "})
    assert bad.status_code == 422 and "needs a note" in bad.text
    assert c.post(url, data={"action": "note", "expected_version": 3, "csrf": token, "note": "asked brand"},
                  follow_redirects=False).status_code == 303
    detail = c.get(f"/v1/claims/{item_id}", headers=service.h("moderator")).json()
    assert [(d["action"], d["level"], d["codes"]) for d in detail["decisions"]] == [
        ("approve", None, None), ("change", "medium", ["UNQUANTIFIED_CHARACTERISTIC"]), ("note", None, None)]
    assert detail["status"] == "changed"
    assert parse(c.get("/review/", params={"status": "changed"}).text).rows == [str(item_id)]
    # the export link downloads the same labels as the JSON export
    export = c.get("/review/export")
    assert export.status_code == 200 and "attachment" in export.headers["content-disposition"]
    lines = [json.loads(x) for x in export.text.splitlines()]
    assert lines == c.get("/v1/decisions/export", headers=service.h("moderator")).json()["records"]
    assert [x["label"] for x in lines] == [{"level": "medium", "codes": ["UNQUANTIFIED_CHARACTERISTIC"]}]
    every = [json.loads(x) for x in c.get("/review/export", params={"all": 1}).text.splitlines()]
    assert [x["action"] for x in every] == ["approve", "change"]


# ---------------------------------------------------------------- the moderator flows of issue 15

MORE = [  # four more flagged listings, so that filtered lists have neighbours
    {"id": "h1", "title": "Eco-friendly bamboo brush", "description": "Good for the planet.", "brand": "Acme",
     "category": "bath"},
    {"id": "h2", "title": "Green cleaning spray", "description": "Eco-friendly and natural formula.",
     "brand": "Shine", "category": "home"},
    {"id": "h3", "title": "Carbon neutral coffee", "description": "Carbon neutral: we offset all emissions.",
     "brand": "Bean", "category": "food"},
    {"id": "h4", "title": "Planet-friendly socks", "description": "<p>Eco-friendly <b>socks</b></p>",
     "brand": "Acme", "category": "apparel"},
]


MORE_RISK = {"h1": ("high", 0.91), "h2": ("medium", 0.62), "h3": ("high", 0.81), "h4": ("medium", 0.45)}


def seed_more(service: Any) -> None:
    """LISTINGS scored by the fake analyzer (through the API) and MORE recorded with hand-made
    results of different risk scores (the fake analyzer gives every flagged listing the same)."""
    from claims.config import get_service_settings
    from claims.moderation import queue as review
    from claims.moderation.store import make_engine, session_factory
    from tests.service.test_store import _result

    seed(service, LISTINGS)
    engine = make_engine(service.url)
    with session_factory(engine)() as session:
        review.record_scores(session, MORE, [_result(x["id"], *MORE_RISK[x["id"]], ["GENERIC_CLAIM"]) for x in MORE],
                             get_service_settings())
    engine.dispose()


def _api_items(service: Any, **params: Any) -> list[dict[str, Any]]:
    return service.client.get("/v1/claims", params={"limit": 200, **params}, headers=service.h("moderator")).json()[
        "items"]


def _location(r: Any) -> str:
    assert r.status_code == 303, r.text[-500:]
    return str(r.headers["location"])


def test_ui_labels_show_risk_and_decision_apart(service):
    c = service.client
    ids = seed(service, LISTINGS)
    sign_in(c, service.keys["moderator"])
    high = [i for i in _api_items(service) if i["level"] == "high"]
    assert high
    item_id = high[0]["id"]
    page = c.get(f"/review/items/{item_id}").text
    assert 'id="btn-confirm"' in page and ">Confirm finding<" in page and ">Clear finding<" in page
    assert "Approve" not in page and "Reject" not in page
    token = csrf_of(page)
    assert _location(c.post(f"/review/items/{item_id}/decisions", data={
        "csrf": token, "action": "confirm", "expected_version": 1}, follow_redirects=False)).endswith("#audit")
    row = re.search(rf'<tr data-item="{item_id}".*?</tr>', c.get("/review/").text, re.S)
    assert row
    # the risk stays red ("high"), the decision says what was decided, in its own neutral badge
    assert 'class="badge level-high"' in row.group(0)
    assert 'class="status status-approved">finding confirmed<' in row.group(0)
    css = c.get("/review/static/review.css").text
    rule = re.search(r"\.status-approved \{([^}]*)\}", css)
    assert rule and "#1a7f37" not in rule.group(1) and "green" not in rule.group(1)
    # the JSON API: the old names still work, the new ones are aliases stored under the old names
    other = ids["g4"]
    r = c.post(f"/v1/claims/{other}/decisions", json={"action": "clear", "expected_version": 1},
               headers=service.h("moderator"))
    assert r.status_code == 200 and r.json()["status"] == "rejected" and r.json()["decisions"][0]["action"] == "reject"
    r = c.post(f"/v1/claims/{other}/decisions", json={"action": "approve", "expected_version": 2},
               headers=service.h("moderator"))
    assert r.status_code == 200 and r.json()["status"] == "approved"
    assert c.post(f"/v1/claims/{other}/decisions", json={"action": "accept", "expected_version": 3},
                  headers=service.h("moderator")).status_code == 422


def test_ui_navigation_and_accept_and_advance_follow_the_filtered_list(service):
    c = service.client
    seed_more(service)
    sign_in(c, service.keys["moderator"])
    everything = _api_items(service)
    lst = [i for i in sorted(everything, key=lambda i: (-i["risk_score"], i["id"])) if i["brand"] == "Acme"]
    assert len(lst) >= 3 and len(lst) < len(everything)
    ids = [i["id"] for i in lst]
    queue = c.get("/review/", params={"brand": "Acme"}).text
    assert parse(queue).rows == [str(i) for i in ids]
    token = csrf_of(queue)
    # "Review this list" claims and opens the first item of the list
    url = _location(c.post("/review/next", data={"csrf": token, "ctx": "brand=Acme"}, follow_redirects=False))
    assert url == f"/review/items/{ids[0]}?brand=Acme"
    # k (previous) is a link within the list; j (next) asks for the next free item after this one
    second = c.get(f"/review/items/{ids[1]}?brand=Acme").text
    assert f'id="prev-item" rel="prev" href="/review/items/{ids[0]}?brand=Acme"' in second
    assert f'name="after" value="{ids[1]}"' in second and 'name="ctx" value="brand=Acme"' in second
    assert _location(c.post("/review/next", data={"csrf": token, "ctx": "brand=Acme", "after": ids[1]},
                            follow_redirects=False)) == f"/review/items/{ids[2]}?brand=Acme"
    # accept-and-advance: confirm the first item, land on the next item of the *filtered* list
    nxt = _location(c.post(f"/review/items/{ids[0]}/decisions", data={
        "csrf": token, "action": "confirm", "expected_version": 1, "advance": "1", "ctx": "brand=Acme"},
        follow_redirects=False))
    assert nxt == f"/review/items/{ids[1]}?brand=Acme"
    # clear-and-advance from the second: the third is claimed by me already (j above), so it comes next
    nxt = _location(c.post(f"/review/items/{ids[1]}/decisions", data={
        "csrf": token, "action": "clear", "expected_version": 1, "advance": "1", "ctx": "brand=Acme"},
        follow_redirects=False))
    assert nxt == f"/review/items/{ids[2]}?brand=Acme"
    states = {i["id"]: i["status"] for i in _api_items(service)}
    assert (states[ids[0]], states[ids[1]]) == ("approved", "rejected")
    # a filter on pending items: the decided ones drop out, the last one leads to the end notice
    last = ids[-1]
    end = _location(c.post(f"/review/items/{last}/decisions", data={
        "csrf": token, "action": "confirm", "expected_version": 1, "advance": "1",
        "ctx": "brand=Acme&status=pending"}, follow_redirects=False))
    assert end.startswith("/review/?") and "notice=end" in end
    assert "No more free items in this list" in c.get(end).text


def test_ui_claims_are_shown_and_skipped_by_next(service):
    c = service.client
    seed_more(service)
    first, second = sorted(_api_items(service), key=lambda i: (-i["risk_score"], i["id"]))[:2]
    sign_in(c, service.keys["moderator"])
    token = csrf_of(c.get("/review/").text)
    assert _location(c.post(f"/review/items/{first['id']}/claim", data={"csrf": token},
                            follow_redirects=False)) == f"/review/items/{first['id']}"
    mine = c.get("/review/").text
    assert re.search(rf'<tr data-item="{first["id"]}".*?claimed by you, 15 min left', mine, re.S)
    api = [i for i in _api_items(service) if i["id"] == first["id"]][0]
    assert api["claimed_by"] == service.key_ids["moderator"] and api["claimed_until"]
    # another moderator sees who holds it and "next" hands them the following item
    from fastapi.testclient import TestClient

    other = TestClient(service.app)  # a second browser (own cookies) on the running app
    if True:
        sign_in(other, service.keys["admin"])
        page = other.get("/review/").text
        assert re.search(rf'<tr data-item="{first["id"]}" class="claimed-other">.*?claimed by test moderator, '
                         r"15 min left", page, re.S)
        otoken = csrf_of(page)
        assert _location(other.post("/review/next", data={"csrf": otoken, "ctx": ""}, follow_redirects=False)) == \
            f"/review/items/{second['id']}"
        # deciding an item someone else holds: refused, the page says who holds it
        r = other.post(f"/review/items/{first['id']}/decisions", data={"csrf": otoken, "action": "confirm",
                                                                       "expected_version": 1})
        assert r.status_code == 409 and "Another moderator has claimed this item" in r.text
        assert "claimed by test moderator" in r.text
    # deciding releases the claim
    c.post(f"/review/items/{first['id']}/decisions", data={"csrf": token, "action": "confirm",
                                                           "expected_version": 1})
    assert [i for i in _api_items(service) if i["id"] == first["id"]][0]["claimed_by"] is None


def test_ui_bulk_action_confirms_counts_and_reports_conflicts(service):
    c = service.client
    seed_more(service)
    sign_in(c, service.keys["moderator"])
    items = _api_items(service)
    threshold = sorted(i["risk_score"] for i in items)[len(items) // 2]
    above = [i for i in items if i["risk_score"] >= threshold]
    assert 2 <= len(above) < len(items)
    # one of them already decided by the admin
    decided = above[0]
    assert c.post(f"/v1/claims/{decided['id']}/decisions", json={"action": "approve", "expected_version": 1},
                  headers=service.h("admin")).status_code == 200
    preview = c.get("/review/bulk", params={"action": "clear", "scope": "above", "threshold": f"{threshold:.4f}"})
    assert preview.status_code == 200
    n = len(above) - 1
    assert f"Clear the finding on {n} item{'s' if n != 1 else ''}?" in unescape(preview.text)
    assert re.search(r"<strong>1</strong> will be skipped and left as they are:\s*1 already decided", preview.text)
    chosen = re.findall(r'name="items" value="(\d+):(\d+)"', preview.text)
    assert sorted(int(i) for i, _ in chosen) == sorted(i["id"] for i in above if i is not decided)
    assert _api_items(service, status="rejected") == []  # nothing decided before the confirmation
    # meanwhile the admin decides one more of the selection: it is reported, not overwritten
    raced = int(chosen[0][0])
    assert c.post(f"/v1/claims/{raced}/decisions", json={"action": "approve", "expected_version": 1},
                  headers=service.h("admin")).status_code == 200
    done = c.post("/review/bulk", data={"csrf": csrf_of(preview.text), "action": "clear", "ctx": "",
                                        "items": [f"{i}:{v}" for i, v in chosen], "note": "bulk: brand fixed copy"})
    assert done.status_code == 200
    assert re.search(rf"<strong>{n - 1}</strong> items? decided", done.text)
    assert "already decided (finding confirmed by test admin" in done.text
    above_ids = {i["id"] for i in above}
    for i in _api_items(service):
        want = "approved" if i["id"] in (decided["id"], raced) else "rejected" if i["id"] in above_ids else "pending"
        assert i["status"] == want, i
    # one audit row per item, with the note
    for item_id, _ in chosen:
        decisions = c.get(f"/v1/claims/{item_id}", headers=service.h("moderator")).json()["decisions"]
        assert len(decisions) == 1
        if int(item_id) != raced:
            assert decisions[0]["action"] == "reject" and decisions[0]["note"] == "bulk: brand fixed copy"
    # the current selection (no threshold) of a search, and a bad threshold
    sel = c.get("/review/bulk", params={"action": "confirm", "scope": "selection", "q": "socks"})
    assert "on 1 item?" in sel.text and sel.text.count('name="items"') == 1
    assert c.get("/review/bulk", params={"action": "confirm", "scope": "above", "threshold": "x"}).status_code == 422


def test_ui_search_sort_and_stats_page(service):
    c = service.client
    seed_more(service)
    sign_in(c, service.keys["moderator"])
    items = _api_items(service)
    by_id = {i["listing_id"]: i["id"] for i in items}
    assert parse(c.get("/review/", params={"q": "BAMBOO"}).text).rows == [str(by_id["h1"])]
    assert parse(c.get("/review/", params={"q": "natural formula"}).text).rows == [str(by_id["h2"])]
    newest = parse(c.get("/review/", params={"order": "newest"}).text).rows
    assert newest == [str(i["id"]) for i in sorted(items, key=lambda i: -i["id"])]
    assert [i["id"] for i in _api_items(service, order="risk")] == \
        [i["id"] for i in sorted(items, key=lambda i: (-i["risk_score"], i["id"]))]
    assert c.get("/v1/claims", params={"order": "nope"}, headers=service.h("moderator")).status_code == 422
    # the queue title shows the text of seller HTML, not tags
    assert "Planet-friendly socks" in c.get("/review/", params={"q": "socks"}).text
    # double reviews: ask for a second opinion, decide as moderator then admin
    token = csrf_of(c.get("/review/").text)
    a, b = by_id["h1"], by_id["h2"]
    for item_id in (a, b):
        assert _location(c.post(f"/review/items/{item_id}/second-opinion", data={"csrf": token},
                                follow_redirects=False)) == f"/review/items/{item_id}"
    assert sorted(parse(c.get("/review/", params={"second": "1"}).text).rows) == sorted([str(a), str(b)])
    for item_id, first, second in ((a, "confirm", "confirm"), (b, "confirm", "clear")):
        assert c.post(f"/v1/claims/{item_id}/decisions", json={"action": first, "expected_version": 2},
                      headers=service.h("moderator")).status_code == 200
        r = c.post(f"/v1/claims/{item_id}/decisions", json={"action": second, "expected_version": 3},
                   headers=service.h("admin"))
        assert r.status_code == 200 and r.json()["status"] == "approved"  # the first decision stands
        assert r.json()["decisions"][-1]["second_opinion"] is True
    page = c.get("/review/stats")
    assert page.status_code == 200
    text = re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", page.text)))
    assert "2 items decided by two moderators: 50.0 % agreement, Cohen's kappa 0.00" in text
    mod = re.search(rf'<tr data-moderator="{service.key_ids["moderator"]}">(.*?)</tr>', page.text, re.S)
    adm = re.search(rf'<tr data-moderator="{service.key_ids["admin"]}">(.*?)</tr>', page.text, re.S)
    assert mod and adm
    cells = lambda m: re.findall(r'<td class="num">([^<]*)</td>', m.group(1))  # noqa: E731
    # decisions, confirm, clear, change, note, second opinions, double-reviewed, agreement
    assert cells(mod) == ["2", "2", "0", "0", "0", "0", "2", "50 %"]
    assert cells(adm) == ["2", "1", "1", "0", "0", "2", "2", "50 %"]
