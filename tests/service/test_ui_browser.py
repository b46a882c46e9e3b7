"""The moderator web page in a real browser: Playwright driving Debian's chromium against uvicorn
on 127.0.0.1 (SQLite). Skipped without chromium or playwright, unless CLAIMS_REQUIRE_BROWSER=1
(CI), which makes it fail instead. Never runs ``playwright install``: it uses /usr/bin/chromium.

``CLAIMS_UI_SCREENSHOT=path.png`` also saves a screenshot of the item page (docs/moderator-ui.png).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.service.conftest import LISTINGS, running_service, uvicorn_server
from tests.service.test_ui import HOSTILE

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
    page.wait_for_url(re.compile(r".*/review/items/\d+$"))
    item_url = page.url
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
    # the first approves with the keyboard shortcut: the audit row appears
    page.keyboard.press("a")
    page.wait_for_url(re.compile(r".*#audit$"))
    audit = page.locator("table.audit tbody tr")
    assert audit.count() == 1 and "approve" in audit.first.inner_text()
    assert "test moderator" in audit.first.inner_text()
    assert page.locator("#item-status").inner_text() == "approved"
    # the second decides on the stale page: 409, the conflict is shown, the note is kept
    stale.fill("#note", "looked at the licence")
    stale.click("#btn-reject")
    stale.wait_for_selector("#conflict")
    assert "Another moderator decided this item first" in stale.locator("#conflict").inner_text()
    assert stale.input_value("#note") == "looked at the licence"
    if os.environ.get("CLAIMS_UI_SCREENSHOT"):
        stale.screenshot(path=os.environ["CLAIMS_UI_SCREENSHOT"], full_page=False)
    detail = svc.client.get(item_url.replace(base + "/review/items", "/v1/claims"), headers=svc.h("moderator"))
    assert [d["action"] for d in detail.json()["decisions"]] == ["approve"]
    # the hostile listing's scripts are shown as text, never run
    page.goto(f"{base}/review/?brand=Acme")
    page.click("a.item-link:text-is('x<1>')")
    page.wait_for_url(re.compile(r".*/review/items/\d+$"))
    assert "<script>alert('d')</script>" in page.locator("div.text[data-field=description]").inner_text()
    assert page.dialogs == [] and stale.dialogs == []
    mod.close()
    other.close()
