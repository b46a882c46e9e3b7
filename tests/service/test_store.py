"""The review store and queue logic (claims.store, claims.review, claims.apikeys) on SQLite and PostgreSQL."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import inspect, select, text
from sqlalchemy.exc import DBAPIError

from claims.config import ServiceSettings
from claims.moderation import queue as review
from claims.moderation.keys import create_key, hash_key, list_keys, revoke_key, verify_key
from claims.moderation.store import Decision, Score, current_revision, make_engine, upgrade


def _result(lid: str, level: str, score: float, codes: list[str]) -> dict:
    """A result in the interfaces.md shape (built by hand: these tests are about storage)."""
    findings = [{"code": c, "severity": "high", "field": "title", "start": 0, "end": 3, "text": "Eco",
                 "references": ["x"], "message": "m", "suggestion": "s"} for c in codes]
    claims = [{"field": "title", "start": 0, "end": 3, "text": "Eco", "attributes": ["generic_environmental"],
               "specific": False, "score": 0.9}] if level != "none" else []
    return {"id": lid, "eco_attributes": [], "claims": claims,
            "greenwashing": {"level": level, "score": score, "findings": findings}, "eco_score": 0.1,
            "model_version": "test"}


LISTING = {"id": "l1", "title": "Eco mug", "description": "Green.", "brand": "Acme", "category": "kitchen"}
SETTINGS = ServiceSettings(database_url="unused", queue_levels=("medium", "high"), queue_min_score=0.3)


def test_store_migrations_create_the_schema_once(db_url):
    engine = make_engine(db_url)
    upgrade(engine)
    upgrade(engine)  # idempotent
    assert current_revision(engine) == "0004"
    tables = set(inspect(engine).get_table_names())
    assert {"listings", "scores", "review_items", "decisions", "api_keys", "alembic_version"} <= tables
    engine.dispose()


def test_store_keys_are_hashed_verified_and_revocable(sessions):
    with sessions() as s:
        info, key = create_key(s, "moderator", "alice")
        rows = s.execute(text("SELECT * FROM api_keys")).all()
        assert len(rows) == 1 and all(key not in str(v) for v in rows[0])  # never stored in clear
        assert hash_key(key) in rows[0]
        assert verify_key(s, key).role == "moderator"
        assert verify_key(s, key[:-1] + ("A" if key[-1] != "A" else "B")) is None
        assert verify_key(s, "gc_000000000000_" + "x" * 43) is None and verify_key(s, "nonsense") is None
        revoke_key(s, info.id)
        assert verify_key(s, key) is None
        assert list_keys(s)[0].revoked_at is not None


def test_review_queue_policy_and_status_derivation():
    assert review.should_enqueue(_result("a", "high", 0.9, ["GENERIC_CLAIM"]), SETTINGS)
    assert review.should_enqueue(_result("a", "low", 0.32, []), SETTINGS)  # low, near the medium band
    assert not review.should_enqueue(_result("a", "low", 0.2, []), SETTINGS)
    assert not review.should_enqueue(_result("a", "none", 0.0, []), SETTINGS)
    assert review.status_of([]) == "pending"
    assert review.status_of(["approve", "note"]) == "approved"
    assert review.status_of(["approve", "reject", "note"]) == "rejected"
    assert review.label_of("approve", "high", ["GENERIC_CLAIM"], True, None, None) == \
        {"level": "high", "codes": ["GENERIC_CLAIM"]}
    assert review.label_of("reject", "high", ["GENERIC_CLAIM"], True, None, None) == {"level": "low", "codes": []}
    assert review.label_of("change", "high", ["GENERIC_CLAIM"], True, None, ["UNQUANTIFIED_CHARACTERISTIC"]) == \
        {"level": "medium", "codes": ["UNQUANTIFIED_CHARACTERISTIC"]}


def test_review_rescoring_keeps_history_and_opens_a_new_round(sessions):
    with sessions() as s:
        [item_id] = review.record_scores(s, [LISTING], [_result("l1", "high", 0.9, ["GENERIC_CLAIM"])], SETTINGS)
        assert item_id is not None
        state = review.decide(s, item_id, review.DecisionRequest("approve", 1), "mod1")
        assert state["status"] == "approved" and state["version"] == 2
        # same suggestion again: still approved, same round and version, the new score current
        review.record_scores(s, [LISTING], [_result("l1", "high", 0.91, ["GENERIC_CLAIM"])], SETTINGS)
        state = review.current_state(s, item_id)
        assert (state["status"], state["round"], state["version"], state["risk_score"]) == ("approved", 1, 2, 0.91)
        # a changed suggestion: a new round, pending again, the old decision kept in the history
        review.record_scores(s, [LISTING], [_result("l1", "medium", 0.5, ["UNQUANTIFIED_CHARACTERISTIC"])], SETTINGS)
        detail = review.get_item(s, item_id)
        assert (detail["status"], detail["round"], detail["version"], detail["level"]) == ("pending", 2, 3, "medium")
        assert [h["level"] for h in detail["scores"]] == ["high", "high", "medium"]
        assert [d["action"] for d in detail["decisions"]] == ["approve"]
        assert s.scalar(select(Score.id).where(Score.listing_id == "l1").order_by(Score.id.desc()).limit(1)) == \
            detail["score_id"]
        # a listing the policy leaves out is stored but not queued
        assert review.record_scores(s, [{"id": "l2", "title": "Mug"}], [_result("l2", "none", 0.0, [])],
                                    SETTINGS) == [None]


def test_review_decisions_validate_and_stale_versions_conflict(sessions):
    with sessions() as s:
        [item_id] = review.record_scores(s, [LISTING], [_result("l1", "high", 0.9, ["GENERIC_CLAIM"])], SETTINGS)
        for bad in [review.DecisionRequest("change", 1), review.DecisionRequest("approve", 1, level="low"),
                    review.DecisionRequest("note", 1), review.DecisionRequest("change", 1, codes=["NOPE"])]:
            with pytest.raises(review.InvalidRequest):
                review.decide(s, item_id, bad, "m")
        with pytest.raises(review.NotFound):
            review.decide(s, 999, review.DecisionRequest("approve", 1), "m")
        review.decide(s, item_id, review.DecisionRequest("note", 1, note="looks fine"), "m")
        with pytest.raises(review.Conflict) as e:
            review.decide(s, item_id, review.DecisionRequest("approve", 1), "m")
        assert e.value.current["version"] == 2 and e.value.current["last_decision"]["action"] == "note"
        assert s.scalar(select(Decision.id).where(Decision.action == "approve")) is None


def test_review_concurrent_decisions_exactly_one_wins(sessions, monkeypatch):
    """Both deciders read version 1 before either writes (a barrier after the read); the
    conditional UPDATE lets one through, the other gets Conflict with the winner's decision."""
    with sessions() as s:
        [item_id] = review.record_scores(s, [LISTING], [_result("l1", "high", 0.9, ["GENERIC_CLAIM"])], SETTINGS)
    barrier = threading.Barrier(2, timeout=20)
    real_status_of = review.status_of

    def status_after_barrier(actions):
        barrier.wait()
        return real_status_of(actions)

    monkeypatch.setattr(review, "status_of", status_after_barrier)
    outcomes: dict[str, object] = {}

    def run(name: str, action: str) -> None:
        with sessions() as s:
            try:
                outcomes[name] = review.decide(s, item_id, review.DecisionRequest(action, 1), name)
            except review.Conflict as e:
                outcomes[name] = e

    threads = [threading.Thread(target=run, args=(n, a)) for n, a in (("m1", "approve"), ("m2", "reject"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    conflicts = [o for o in outcomes.values() if isinstance(o, review.Conflict)]
    wins = [o for o in outcomes.values() if isinstance(o, dict)]
    assert len(conflicts) == 1 and len(wins) == 1, outcomes
    assert conflicts[0].current["version"] == 2
    assert conflicts[0].current["last_decision"]["moderator"] == wins[0]["last_decision"]["moderator"]
    with sessions() as s:
        assert len(s.scalars(select(Decision)).all()) == 1


def test_review_export_gives_the_label_in_force(sessions):
    with sessions() as s:
        ids = review.record_scores(s, [LISTING, {**LISTING, "id": "l2"}],
                                   [_result("l1", "high", 0.9, ["GENERIC_CLAIM"]),
                                    _result("l2", "high", 0.9, ["GENERIC_CLAIM"])], SETTINGS)
        review.decide(s, ids[0], review.DecisionRequest("approve", 1), "m")
        review.decide(s, ids[0], review.DecisionRequest("change", 2, codes=["UNQUANTIFIED_CHARACTERISTIC"]), "m")
        review.decide(s, ids[1], review.DecisionRequest("reject", 1), "m")
        records, nxt = review.export_decisions(s)
        assert nxt is None
        assert [(r["listing"]["id"], r["label"]["level"], r["label"]["codes"]) for r in records] == \
            [("l1", "medium", ["UNQUANTIFIED_CHARACTERISTIC"]), ("l2", "low", [])]
        all_records, _ = review.export_decisions(s, final_only=False)
        assert len(all_records) == 3
        page, nxt = review.export_decisions(s, final_only=False, limit=2)
        rest, end = review.export_decisions(s, final_only=False, cursor=nxt)
        assert [r["decision_id"] for r in page + rest] == [r["decision_id"] for r in all_records] and end is None


def test_store_decisions_are_append_only_in_the_database(sessions):
    with sessions() as s:
        [item_id] = review.record_scores(s, [LISTING], [_result("l1", "high", 0.9, ["GENERIC_CLAIM"])], SETTINGS)
        review.decide(s, item_id, review.DecisionRequest("approve", 1), "m")
    for statement in ("UPDATE decisions SET action = 'reject'", "DELETE FROM decisions"):
        with sessions() as s, pytest.raises(DBAPIError, match="append-only"):
            s.execute(text(statement))
            s.commit()
    with sessions() as s:
        assert [d.action for d in s.scalars(select(Decision))] == ["approve"]


def test_review_concurrent_scoring_of_the_same_listings_does_not_fail(sessions):
    """Two writers re-scoring overlapping listings in opposite orders (a lock-order deadlock if rows
    were written in request order) both succeed, and every scoring is kept."""
    listings = [{**LISTING, "id": f"c{i}"} for i in range(6)]
    errors: list[BaseException] = []

    def run(order: list[dict]) -> None:
        try:
            for _ in range(5):
                with sessions() as s:
                    review.record_scores(s, order, [_result(x["id"], "high", 0.9, ["GENERIC_CLAIM"]) for x in order],
                                         SETTINGS)
        except BaseException as e:  # noqa: BLE001 - reported below
            errors.append(e)

    threads = [threading.Thread(target=run, args=(o,)) for o in (listings, listings[::-1])]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors, errors
    with sessions() as s:
        assert len(s.scalars(select(Score)).all()) == 60
        assert len(review.list_items(s, limit=100)[0]) == 6
