"""The moderator web page in a real browser: Playwright driving Debian's chromium against uvicorn
on 127.0.0.1 (SQLite). Skipped without chromium or playwright, unless CLAIMS_REQUIRE_BROWSER=1
(CI), which makes it fail instead. Never runs ``playwright install``: it uses /usr/bin/chromium.

``CLAIMS_UI_SCREENSHOTS=docs`` also saves the screenshots of docs/moderation.md there: the queue
(moderator-ui.png), the queue at 390 px (moderator-mobile.png) and the statistics (moderator-stats.png).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.service.conftest import LISTINGS, running_service, uvicorn_server
from tests.service.test_ui import HOSTILE, seed_more

CHROMIUM = os.environ.get("CLAIMS_CHROMIUM", "/usr/bin/chromium")
REQUIRE = os.environ.get("CLAIMS_REQUIRE_BROWSER") == "1"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
TIMEOUT_MS = 15_000


def _unavailable(why: str) -> None:
    if REQUIRE:
        pytest.fail(f"a browser is required (CLAIMS_REQUIRE_BROWSER=1) but {why}")
    pytest.skip(f"no browser: {why}")


@pytest.fixture
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # pragma: no cover - depends on the machine
        _unavailable("playwright is not installed (pip install -e '.[test]')")
    if not Path(CHROMIUM).exists():
        _unavailable(f"{CHROMIUM} is missing (apt-get install chromium)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True, timeout=60_000)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture
def live(fake_analyzer: Any, tmp_path: Path) -> Iterator[tuple[str, Any]]:
    """uvicorn on 127.0.0.1 (a free port, in a thread, stopped at the end) over a fresh SQLite
    database seeded with scored listings."""
    with running_service(f"sqlite:///{tmp_path / 'ui.db'}", fake_analyzer) as svc:
        r = svc.client.post("/v1/score", json={"listings": [*LISTINGS, HOSTILE]}, headers=svc.h("service"))
        assert r.status_code == 200, r.text
        with uvicorn_server(svc.app, lifespan="off") as base:
            yield base, svc


def _sign_in(context: Any, base: str, key: str) -> Any:
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.dialogs = dialogs
    page.goto(f"{base}/review/")
    assert "/review/sign-in" in page.url  # not signed in: sent to the sign-in page
    page.fill("#key", key)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r".*/review/(\?.*)?$"))
    return page


def test_ui_in_a_browser_filter_open_approve_and_conflict(browser, live):
    from playwright.sync_api import expect

    base, svc = live
    mod = browser.new_context(viewport={"width": 1200, "height": 900})
    page = _sign_in(mod, base, svc.keys["moderator"])
    rows = page.locator("table.queue tbody tr")
    total = rows.count()
    assert total >= 3
    # filters update the table through htmx, without reloading the page
    page.evaluate("window.__stay = 1")
    page.select_option("select[name=code]", "GENERIC_CLAIM")
    page.wait_for_url(re.compile(r".*code=GENERIC_CLAIM.*"))
    want = [i["listing_id"] for i in svc.client.get("/v1/claims", params={"code": "GENERIC_CLAIM"},
                                                    headers=svc.h("moderator")).json()["items"]]
    assert "g1" in want and len(want) < total
    expect(rows).to_have_count(len(want), timeout=TIMEOUT_MS)
    assert page.locator("table.queue a.item-link").all_inner_texts() == want
    assert page.evaluate("window.__stay") == 1
    # open g1: its finding spans are highlighted in place
    page.click("a.item-link:text-is('g1')")
    page.wait_for_url(re.compile(r".*/review/items/\d+\?code=GENERIC_CLAIM$"))
    item_url = page.url.split("?")[0]
    marks = page.locator("div.text[data-field=description] mark.finding")
    assert marks.count() >= 1
    first = marks.first
    start, end = int(first.get_attribute("data-start") or -1), int(first.get_attribute("data-end") or -1)
    assert first.inner_text() == LISTINGS[0]["description"][start:end]
    assert first.evaluate("e => getComputedStyle(e).backgroundColor") not in ("rgba(0, 0, 0, 0)", "transparent")
    # a second moderator opens the same item now (the page they will act on goes stale)
    other = browser.new_context(viewport={"width": 1200, "height": 900})
    stale = _sign_in(other, base, svc.keys["admin"])
    stale.goto(item_url)
    # the first confirms the finding with the keyboard shortcut (staying on the item): the audit row appears
    page.uncheck("#advance")
    page.evaluate("document.activeElement.blur()")  # shortcuts are off while a form field has the focus
    page.keyboard.press("a")
    page.wait_for_url(re.compile(r".*#audit$"))
    audit = page.locator("table.audit tbody tr")
    assert audit.count() == 1 and "confirm finding" in audit.first.inner_text()
    assert "test moderator" in audit.first.inner_text()
    assert page.locator("#item-status").inner_text().endswith("finding confirmed")
    # the second decides on the stale page: 409, the conflict is shown, the note is kept
    stale.fill("#note", "looked at the licence")
    stale.click("#btn-clear")
    stale.wait_for_selector("#conflict")
    assert "Another moderator decided this item first" in stale.locator("#conflict").inner_text()
    assert stale.input_value("#note") == "looked at the licence"
    detail = svc.client.get(item_url.replace(base + "/review/items", "/v1/claims"), headers=svc.h("moderator"))
    assert [d["action"] for d in detail.json()["decisions"]] == ["approve"]
    # the hostile listing's scripts are neither run nor shown as tags: its text is shown
    page.goto(f"{base}/review/?brand=Acme")
    page.click("a.item-link:text-is('x<1>')")
    page.wait_for_url(re.compile(r".*/review/items/\d+\?brand=Acme$"))
    description = page.locator("div.text[data-field=description]").inner_text()
    assert "Good for the planet!" in description and "<" not in description and "alert" not in description
    assert page.dialogs == [] and stale.dialogs == []
    mod.close()
    other.close()


@pytest.fixture
def live_flows(fake_analyzer: Any, tmp_path: Path) -> Iterator[tuple[str, Any]]:
    """uvicorn over a fresh SQLite database with listings of different risk scores."""
    with running_service(f"sqlite:///{tmp_path / 'flows.db'}", fake_analyzer) as svc:
        seed_more(svc)
        with uvicorn_server(svc.app, lifespan="off") as base:
            yield base, svc


def _items(svc: Any, **params: Any) -> list[dict[str, Any]]:
    r = svc.client.get("/v1/claims", params={"limit": 200, **params}, headers=svc.h("moderator"))
    return list(r.json()["items"])


def _no_overflow(page: Any) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"{page.url}: the page is {width} px wide at a 390 px viewport"


def test_ui_in_a_browser_moderator_flows(browser, live_flows):
    """Filtered j/k, accept-and-advance, claims and their expiry on the queue, a bulk action with its
    confirmation, the statistics page, and a 390 px wide phone without horizontal overflow."""
    from playwright.sync_api import expect

    from claims.moderation import queue as review
    from claims.moderation.store import make_engine, session_factory

    base, svc = live_flows
    shots = os.environ.get("CLAIMS_UI_SCREENSHOTS")
    acme = [i["id"] for i in sorted(_items(svc, brand="Acme"), key=lambda i: (-i["risk_score"], i["id"]))]
    assert len(acme) >= 3
    ctx = browser.new_context(viewport={"width": 1280, "height": 860})
    page = _sign_in(ctx, base, svc.keys["moderator"])
    # a filtered list (brand Acme, riskiest first): start reviewing it, then j and k follow it
    page.fill("#q", "")
    page.fill("input[name=brand]", "Acme")
    page.press("input[name=brand]", "Enter")
    page.wait_for_url(re.compile(r".*brand=Acme.*"))
    expect(page.locator("table.queue tbody tr")).to_have_count(len(acme), timeout=TIMEOUT_MS)
    page.click("#start-review")
    page.wait_for_url(f"{base}/review/items/{acme[0]}?brand=Acme")
    page.keyboard.press("j")
    page.wait_for_url(f"{base}/review/items/{acme[1]}?brand=Acme")
    page.keyboard.press("k")
    page.wait_for_url(f"{base}/review/items/{acme[0]}?brand=Acme")
    assert "claimed by you" in page.locator("#claim-state").inner_text()
    # accept-and-advance: "a" confirms the finding and opens the next item of the same list
    page.keyboard.press("a")
    page.wait_for_url(f"{base}/review/items/{acme[1]}?brand=Acme")
    assert {i["id"]: i["status"] for i in _items(svc)}[acme[0]] == "approved"
    # ... and "r" clears the finding and advances the same way
    page.keyboard.press("r")
    page.wait_for_url(f"{base}/review/items/{acme[2]}?brand=Acme")
    assert {i["id"]: i["status"] for i in _items(svc)}[acme[1]] == "rejected"
    # claims on the queue: mine (acme[2], claimed by "next"), a colleague's with 2 min left, an expired one
    others = [i["id"] for i in _items(svc) if i["id"] not in acme]
    engine = make_engine(svc.url)
    with session_factory(engine)() as s:
        review.claim(s, others[0], svc.key_ids["admin"], 90)
        review.claim(s, others[1], svc.key_ids["admin"], -1)  # already expired: free again
    engine.dispose()
    page.goto(f"{base}/review/")
    row = page.locator(f"tr[data-item='{others[0]}']")
    assert "claimed by test admin, 2 min left" in row.inner_text()
    assert "claimed by" not in page.locator(f"tr[data-item='{others[1]}']").inner_text()
    assert "claimed by you, 15 min left" in page.locator(f"tr[data-item='{acme[2]}']").inner_text()
    # the decision is its own badge beside the model's risk: a confirmed high risk is not green
    confirmed = page.locator(f"tr[data-item='{acme[0]}']")
    assert "finding confirmed" in confirmed.inner_text()
    colour = confirmed.locator(".status").evaluate("e => getComputedStyle(e).color")
    assert colour != "rgb(26, 127, 55)"
    if shots:
        page.screenshot(path=f"{shots}/moderator-ui.png", full_page=False)
    # bulk: clear the finding on everything at or above 0.8 risk, after a confirmation with the count
    above = [i for i in _items(svc) if i["risk_score"] >= 0.8]
    pending = [i for i in above if i["status"] == "pending" and i["id"] != others[0]]
    page.click("#bulk summary")
    page.select_option("select[name=action]", "clear")
    page.check("input[name=scope][value=above]")
    page.fill("input[name=threshold]", "0.8")
    page.click("#bulk-preview")
    page.wait_for_url(re.compile(r".*/review/bulk\?.*"))
    n = len(pending)
    assert page.locator("h1").inner_text() == f"Clear the finding on {n} item{'s' if n != 1 else ''}?"
    assert "skipped" in page.locator("#bulk-skipped").inner_text()  # decided ones and the admin's claim
    assert _items(svc, status="rejected") == [i for i in _items(svc) if i["id"] == acme[1]]  # nothing yet
    page.click("#bulk-go")
    page.wait_for_selector("#bulk-result")
    assert page.locator("#bulk-result").inner_text().startswith(f"{n} item")
    states = {i["id"]: i["status"] for i in _items(svc)}
    assert all(states[i["id"]] == "rejected" for i in pending) and states[others[0]] == "pending"
    # a second opinion for the statistics: the admin gives one on an item the moderator confirmed
    target = acme[0]
    page.goto(f"{base}/review/items/{target}")
    page.click("#btn-second")
    page.wait_for_selector("#second-state")
    version = [i for i in _items(svc) if i["id"] == target][0]["version"]
    r = svc.client.post(f"/v1/claims/{target}/decisions", json={"action": "confirm", "expected_version": version},
                        headers=svc.h("admin"))
    assert r.status_code == 200 and r.json()["decisions"][-1]["second_opinion"] is True
    # ... and one on the item the moderator cleared: the admin would have confirmed it (a disagreement)
    page.goto(f"{base}/review/items/{acme[1]}")
    page.click("#btn-second")
    page.wait_for_selector("#second-state")
    version = [i for i in _items(svc) if i["id"] == acme[1]][0]["version"]
    r = svc.client.post(f"/v1/claims/{acme[1]}/decisions", json={"action": "confirm", "expected_version": version},
                        headers=svc.h("admin"))
    assert r.status_code == 200 and r.json()["status"] == "rejected"  # the first decision stands
    page.click("text=Statistics")
    page.wait_for_url(f"{base}/review/stats")
    assert "2 items decided by two moderators: 50.0 % agreement, Cohen's kappa 0.00" in \
        page.locator("#agreement").inner_text()
    row = page.locator(f"tr[data-moderator='{svc.key_ids['moderator']}']").inner_text()
    assert "test moderator" in row
    if shots:
        page.screenshot(path=f"{shots}/moderator-stats.png", full_page=True)
    # a phone: 390 px wide, no horizontal overflow on the queue, an item, a bulk confirmation, the stats
    phone = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True,
                                has_touch=True)
    mobile = _sign_in(phone, base, svc.keys["moderator"])
    _no_overflow(mobile)
    assert mobile.locator("table.queue tbody tr").first.evaluate("e => getComputedStyle(e).display") == "block"
    if shots:  # the list as cards: scrolled past the filters
        mobile.evaluate("window.scrollTo(0, document.getElementById('list-count').offsetTop - 8)")
        mobile.screenshot(path=f"{shots}/moderator-mobile.png", full_page=False)
    for url in (f"/review/items/{acme[2]}?brand=Acme", "/review/bulk?action=confirm&scope=selection",
                "/review/stats", "/review/?order=newest&limit=2"):
        mobile.goto(base + url)
        _no_overflow(mobile)
    assert page.dialogs == [] and mobile.dialogs == []
    ctx.close()
    phone.close()
