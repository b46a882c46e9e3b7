"""The moderation flows of the library (claims.moderation.queue, .stats) on SQLite and PostgreSQL:
named orderings and keyset pages both ways, search, filter-aware neighbours, claims with expiry
(race-safe "next"), bulk decisions, action aliases, second opinions and agreement statistics."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from claims.config import ServiceSettings
from claims.moderation import queue as review
from claims.moderation.stats import cohen_kappa, moderator_stats
from claims.moderation.store import Decision, utcnow
from tests.service.test_store import SETTINGS, _result

# (id, title, description, level, risk score): risk order high->low is r5 r2 r7 r1 r4 r3 r6
ROWS = [("r1", "Bamboo toothbrush", "Eco brush", "medium", 0.55),
        ("r2", "Recycled tote", "Made of recycled <b>PET</b>", "high", 0.92),
        ("r3", "Green mug", "100% natural", "medium", 0.41),
        ("r4", "Solar lamp", "Carbon neutral light", "medium", 0.50),
        ("r5", "Organic tee", "Organic cotton, 50% off", "high", 0.97),
        ("r6", "Eco bag", "Good for the planet", "low", 0.33),
        ("r7", "Hemp socks", "Sustainable hemp", "high", 0.81)]


def _seed(sessions, settings: ServiceSettings = SETTINGS) -> dict[str, int]:
    listings = [{"id": i, "title": t, "description": d, "brand": "B", "category": "c"} for i, t, d, _, _ in ROWS]
    results = [_result(i, lvl, score, ["GENERIC_CLAIM"]) for i, _, _, lvl, score in ROWS]
    with sessions() as s:
        ids = review.record_scores(s, listings, results, settings)
    assert all(ids)
    return {row[0]: i for row, i in zip(ROWS, ids, strict=True) if i is not None}


def _walk(s, filters, order, limit):
    """Every page forward (following next_cursor), then back from the last (following prev_cursor)."""
    pages, cursor = [], None
    for _ in range(20):
        page = review.list_page(s, filters, order=order, cursor=cursor, limit=limit)
        pages.append([i["listing_id"] for i in page.items])
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    back, cursor = [pages[-1]], review.list_page(s, filters, order=order, cursor=cursor, limit=limit).prev_cursor
    while cursor:
        page = review.list_page(s, filters, order=order, cursor=cursor, limit=limit)
        back.append([i["listing_id"] for i in page.items])
        cursor = page.prev_cursor
        assert len(back) <= 20
    return pages, back[::-1]


def test_orderings_page_both_ways_and_search(sessions):
    ids = _seed(sessions)
    by_risk = [r[0] for r in sorted(ROWS, key=lambda r: -r[4])]
    by_id = sorted(ids, key=ids.__getitem__)
    want = {"risk": by_risk, "oldest": by_id, "newest": by_id[::-1]}
    assert set(review.ORDERINGS) >= set(want)
    with sessions() as s:
        for order, expected in want.items():
            forward, backward = _walk(s, review.Filters(), order, limit=3)
            assert sum(forward, []) == expected, order
            assert forward == backward, order  # the previous pages are the same pages
            first = review.list_page(s, review.Filters(), order=order, limit=3)
            assert first.prev_cursor is None and first.next_cursor is not None
        # filtered and ordered: the high-risk items by risk
        forward, _ = _walk(s, review.Filters(level="high"), "risk", limit=2)
        assert sum(forward, []) == ["r5", "r2", "r7"]
        # search: title, description (case-insensitive), listing id, item id; LIKE wildcards are literal
        def found(q):
            return {i["listing_id"] for i in review.list_page(s, review.Filters(q=q), limit=50).items}
        assert found("bamboo") == {"r1"} and found("CARBON NEUTRAL") == {"r4"} and found("r6") == {"r6"}
        assert found(str(ids["r3"])) >= {"r3"}
        assert found("50%") == {"r5"} and found("_") == set()
        page = review.list_page(s, review.Filters(min_score=0.8), order="risk", limit=50, count=True)
        assert [i["listing_id"] for i in page.items] == ["r5", "r2", "r7"] and page.total == 3
        with pytest.raises(review.InvalidRequest):
            review.list_page(s, order="random")
        with pytest.raises(review.InvalidRequest):
            review.list_page(s, cursor="bm9wZQ")
        # the JSON API's list_items keeps its shape and its oldest-first default
        items, nxt = review.list_items(s, limit=50)
        assert [i["listing_id"] for i in items] == by_id and nxt is None


def test_neighbours_follow_the_filtered_sorted_list(sessions):
    ids = _seed(sessions)
    with sessions() as s:
        high = review.Filters(level="high")
        assert review.neighbours(s, ids["r2"], high, "risk") == (ids["r5"], ids["r7"])
        assert review.neighbours(s, ids["r5"], high, "risk") == (None, ids["r2"])
        assert review.neighbours(s, ids["r7"], high, "risk") == (ids["r2"], None)
        # an item that left the list (decided, with a status filter) keeps its place in the order
        pending = review.Filters(status="pending")
        review.decide(s, ids["r2"], review.DecisionRequest("confirm", 1), "m1")
        assert review.neighbours(s, ids["r2"], pending, "risk") == (ids["r5"], ids["r7"])


def test_claims_expire_next_skips_others_and_deciding_releases(sessions):
    ids = _seed(sessions)
    ttl = 900.0
    with sessions() as s:
        state = review.claim(s, ids["r5"], "m1", ttl)
        assert state["claimed_by"] == "m1" and state["claimed_until"] > utcnow() + timedelta(seconds=ttl - 60)
        with pytest.raises(review.Claimed):
            review.claim(s, ids["r5"], "m2", ttl)
        review.claim(s, ids["r5"], "m1", ttl)  # renewing one's own claim
        # "next" in risk order skips r5 (m1's) for m2, and claims r2 for m2
        assert review.next_item(s, "m2", ttl, order="risk") == ids["r2"]
        assert review.current_state(s, ids["r2"])["claimed_by"] == "m2"
        # m1 asks again: their own r5 comes first
        assert review.next_item(s, "m1", ttl, order="risk") == ids["r5"]
        # deciding someone else's claimed item is refused, with who holds it
        with pytest.raises(review.Claimed) as e:
            review.decide(s, ids["r5"], review.DecisionRequest("approve", 1), "m2")
        assert e.value.current["claimed_by"] == "m1"
        # once the claim has expired, the item is free for everyone
        later = utcnow() + timedelta(seconds=ttl + 1)
        assert review.next_item(s, "m2", ttl, order="risk", now=later) == ids["r5"]
        # deciding releases the claim
        state = review.decide(s, ids["r5"], review.DecisionRequest("approve", 1), "m2", now=later)
        assert state["claimed_by"] is None and state["claimed_until"] is None
        # next after an item, in a filtered list; None at the end
        assert review.next_item(s, "m3", ttl, review.Filters(level="high"), "risk", after=ids["r2"]) == ids["r7"]
        assert review.next_item(s, "m3", ttl, review.Filters(level="high"), "risk", after=ids["r7"]) is None
        assert review.release(s, ids["r7"], "m3") and not review.release(s, ids["r7"], "m3")


def test_next_item_hands_concurrent_moderators_different_items(sessions):
    """Six moderators ask for the next item at the same moment: each gets a different one."""
    ids = _seed(sessions)
    barrier = threading.Barrier(6, timeout=30)
    got: dict[str, int | None] = {}
    errors: list[BaseException] = []

    def run(name: str) -> None:
        try:
            with sessions() as s:
                barrier.wait()
                got[name] = review.next_item(s, name, 900.0, order="risk")
        except BaseException as e:  # noqa: BLE001 - reported below
            errors.append(e)

    threads = [threading.Thread(target=run, args=(f"m{i}",)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not errors, errors
    assert None not in got.values() and len(set(got.values())) == 6 and set(got.values()) <= set(ids.values())
    with sessions() as s:
        for name, item_id in got.items():
            assert review.current_state(s, item_id)["claimed_by"] == name


def test_bulk_decide_one_audit_row_each_and_reports_conflicts(sessions):
    ids = _seed(sessions)
    with sessions() as s:
        review.decide(s, ids["r2"], review.DecisionRequest("reject", 1), "m2")  # already decided
        review.claim(s, ids["r7"], "m3", 900.0)  # claimed by someone else
        items, total = review.bulk_candidates(s, review.Filters(level="high"), "m1", "risk")
        assert total == 3 and {i["listing_id"]: i["skip"] for i in items} == {
            "r5": None, "r2": "already decided", "r7": "claimed by m3"}
        # the confirmation showed version 1 of each; r2 and r7 are submitted anyway (a stale page)
        result = review.bulk_decide(s, [(i["id"], 1) for i in items], "confirm", "m1", note="bulk")
        assert result.decided == [ids["r5"]]
        reasons = {c["id"]: c["reason"] for c in result.conflicts}
        assert reasons[ids["r2"]].startswith("already decided (finding cleared by m2")
        assert reasons[ids["r7"]] == "claimed by m3"
        rows = s.execute(select(Decision.item_id, Decision.action, Decision.moderator, Decision.note)
                         .order_by(Decision.id)).all()
        assert [tuple(r) for r in rows] == [(ids["r2"], "reject", "m2", None), (ids["r5"], "approve", "m1", "bulk")]
        with pytest.raises(review.InvalidRequest):
            review.bulk_decide(s, [(ids["r1"], 1)], "change", "m1")


def test_action_aliases_are_the_wire_names(sessions):
    ids = _seed(sessions)
    with sessions() as s:
        assert review.decide(s, ids["r1"], review.DecisionRequest("confirm", 1), "m")["status"] == "approved"
        assert review.decide(s, ids["r3"], review.DecisionRequest("clear", 1), "m")["status"] == "rejected"
        assert review.decide(s, ids["r4"], review.DecisionRequest("approve", 1), "m")["status"] == "approved"
        assert [d.action for d in s.scalars(select(Decision).order_by(Decision.id))] == ["approve", "reject", "approve"]
        with pytest.raises(review.InvalidRequest):
            review.decide(s, ids["r6"], review.DecisionRequest("clear", 1, codes=["GENERIC_CLAIM"]), "m")


def test_second_opinion_never_overwrites_the_first_and_agreement_is_measured(sessions):
    ids = _seed(sessions)
    with sessions() as s:
        # r5: asked for; the first decision is m1's, the second (another moderator) a second opinion
        assert review.request_second_opinion(s, ids["r5"], "m1")["second_review"] == "wanted"
        review.decide(s, ids["r5"], review.DecisionRequest("confirm", 2), "m1")
        state = review.decide(s, ids["r5"], review.DecisionRequest("clear", 3), "m2")
        assert state["status"] == "approved" and state["second_review"] == "done"
        assert state["last_decision"]["second_opinion"] is True
        # the label in force is still the first decision's; every decision is in the full export
        labels = {r["listing"]["id"]: (r["action"], r["second_opinion"]) for r in review.export_decisions(s)[0]}
        assert labels == {"r5": ("approve", False)}
        assert [(r["action"], r["second_opinion"]) for r in review.export_decisions(s, final_only=False)[0]] == \
            [("approve", False), ("reject", True)]
        # after the second opinion, a further decision is an ordinary one again
        assert review.decide(s, ids["r5"], review.DecisionRequest("clear", 4), "m3")["status"] == "rejected"
        # r2 and r7: two more double reviews that agree
        for key, first, second in (("r2", "approve", "approve"), ("r7", "reject", "reject")):
            review.request_second_opinion(s, ids[key], "m1")
            review.decide(s, ids[key], review.DecisionRequest(first, 2), "m1")
            review.decide(s, ids[key], review.DecisionRequest(second, 3), "m2")
        # a second decision by the same moderator is not a second opinion: it replaces their own
        review.request_second_opinion(s, ids["r1"], "m1")
        review.decide(s, ids["r1"], review.DecisionRequest("approve", 2), "m1")
        state = review.decide(s, ids["r1"], review.DecisionRequest("reject", 3), "m1")
        assert state["status"] == "rejected" and state["second_review"] == "wanted"
        stats = moderator_stats(s)
    a = stats["agreement"]
    assert a["items"] == 3 and a["percent"] == pytest.approx(200 / 3)
    # pairs (first, second): (approve, reject), (approve, approve), (reject, reject)
    assert a["kappa"] == pytest.approx(cohen_kappa([("approve", "reject"), ("approve", "approve"),
                                                    ("reject", "reject")]))
    by = {m["moderator"]: m for m in stats["moderators"]}
    assert by["m1"]["by_action"] == {"approve": 3, "reject": 2, "change": 0, "note": 0}
    assert by["m2"]["second_opinions"] == 3 and by["m2"]["double_reviewed"] == 3
    assert by["m2"]["agreement"] == pytest.approx(2 / 3) and by["m3"]["double_reviewed"] == 0
    assert by["m1"]["per_day"][-1] == 5 and sum(by["m1"]["per_day"]) == 5 and len(stats["days"]) == 14


def test_cohen_kappa_by_hand():
    # p_o = 3/4; rater 1: a 2, b 2; rater 2: a 1, b 3; p_e = (2*1 + 2*3) / 16 = 1/2; kappa = 1/2
    assert cohen_kappa([("a", "a"), ("a", "b"), ("b", "b"), ("b", "b")]) == pytest.approx(0.5)
    assert cohen_kappa([("a", "a"), ("b", "b")]) == pytest.approx(1.0)
    assert cohen_kappa([("a", "b"), ("b", "a")]) == pytest.approx(-1.0)
    assert cohen_kappa([]) is None and cohen_kappa([("a", "a")]) is None


def test_a_share_of_new_items_is_sampled_for_second_review(sessions):
    assert not any(review.sampled_for_second_review(f"l{i}", 0.0) for i in range(200))
    assert all(review.sampled_for_second_review(f"l{i}", 1.0) for i in range(200))
    share = sum(review.sampled_for_second_review(f"l{i}", 0.2) for i in range(2000)) / 2000
    assert 0.17 < share < 0.23
    assert review.sampled_for_second_review("x", 0.5) == review.sampled_for_second_review("x", 0.5)
    ids = _seed(sessions, ServiceSettings(database_url="unused", queue_levels=("medium", "high"),
                                          queue_min_score=0.3, review_second_share=1.0))
    with sessions() as s:
        assert {review.current_state(s, i)["second_review"] for i in ids.values()} == {"wanted"}


def test_migration_0004_keeps_the_audit_trail_append_only(sessions):
    ids = _seed(sessions)
    with sessions() as s:
        review.decide(s, ids["r1"], review.DecisionRequest("confirm", 1), "m")
    with sessions() as s, pytest.raises(DBAPIError, match="append-only"):
        s.execute(text("UPDATE decisions SET second_opinion = true"))
        s.commit()
