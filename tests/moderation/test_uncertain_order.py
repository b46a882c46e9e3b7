"""The queue's ``uncertain`` ordering (active learning) and the spans the decisions export carries."""

from __future__ import annotations

import pytest

from claims.config import ServiceSettings
from claims.moderation import queue
from claims.moderation.store import make_engine, session_factory, upgrade

EVERYTHING = ServiceSettings(database_url="unused", queue_levels=("none", "low", "medium", "high"),
                             queue_min_score=0.0)


def _result(lid: str, level: str, score: float) -> dict:
    codes = {"high": ["GENERIC_CLAIM"], "medium": ["UNQUANTIFIED_CHARACTERISTIC"]}.get(level, [])
    findings = [{"code": c, "severity": "high", "field": "description", "start": 0, "end": 3, "text": "Eco",
                 "references": ["x"], "message": "m", "suggestion": "s"} for c in codes]
    claims = [{"field": "description", "start": 0, "end": 9, "text": "Eco thing", "attributes": ["organic"],
               "specific": False, "score": 0.8}] if level != "none" else []
    return {"id": lid, "eco_attributes": [], "claims": claims,
            "greenwashing": {"level": level, "score": score, "findings": findings}, "eco_score": 0.0,
            "model_version": "test"}


@pytest.fixture
def sessions(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'q.db'}")
    upgrade(engine)
    yield session_factory(engine)
    engine.dispose()


def test_uncertainty_is_highest_where_the_decisive_probability_is_one_half():
    # high band 0.7 + 0.3 p: p = 0.5 at 0.85 (most uncertain), p = 1 at 1.0 (sure)
    assert queue.uncertainty("high", 0.85) == pytest.approx(1.0)
    assert queue.uncertainty("high", 1.0) == pytest.approx(0.0)
    assert queue.uncertainty("medium", 0.4 + 0.25 * 0.75) == pytest.approx(0.5)
    assert queue.uncertainty("none", 0.05) == pytest.approx(1.0)  # its most claim-like segment at 0.5
    assert queue.uncertainty("none", 0.0) == pytest.approx(0.0)
    assert queue.uncertainty("low", 0.15 + 0.2 * 0.9) == pytest.approx(0.2)
    assert 0.0 <= queue.uncertainty("high", 0.2) <= 1.0  # out of its band: clipped


def test_uncertain_order_sorts_by_uncertainty_and_pages_without_gaps(sessions):
    rows = [("a", "high", 0.99), ("b", "high", 0.85), ("c", "medium", 0.5), ("d", "none", 0.04),
            ("e", "low", 0.3), ("f", "high", 0.85), ("g", "none", 0.01), ("h", "medium", 0.6)]
    with sessions() as s:
        queue.record_scores(s, [{"id": i, "title": f"Item {i}", "description": "Eco thing"} for i, _, _ in rows],
                            [_result(i, lv, sc) for i, lv, sc in rows], EVERYTHING)
        everything, _ = queue.list_items(s, order="uncertain", limit=100)
        expected = sorted(rows, key=lambda r: (-queue.uncertainty(r[1], r[2]), r[0]))
        assert [x["listing_id"] for x in everything] == [r[0] for r in expected]
        assert [x["listing_id"] for x in everything][:3] == ["b", "f", "d"]  # a tie keeps queue (id) order
        pages, cursor = [], None
        for _ in range(10):
            page, cursor = queue.list_items(s, order="uncertain", cursor=cursor, limit=3)
            pages += page
            if cursor is None:
                break
        assert [x["id"] for x in pages] == [x["id"] for x in everything]
        oldest, _ = queue.list_items(s, limit=100)
        assert [x["listing_id"] for x in oldest] == [r[0] for r in rows]  # the default is unchanged
        filtered, _ = queue.list_items(s, order="uncertain", level="high")
        assert [x["listing_id"] for x in filtered] == ["b", "f", "a"]
        with pytest.raises(queue.InvalidRequest, match="unknown order"):
            queue.list_items(s, order="shuffled")


def test_the_export_carries_the_spans_the_moderator_saw(sessions):
    with sessions() as s:
        [item] = queue.record_scores(s, [{"id": "a", "title": "Mug", "description": "Eco thing"}],
                                     [_result("a", "high", 0.9)], EVERYTHING)
        queue.decide(s, item, queue.DecisionRequest("reject", 1), "m")
        [rec], _ = queue.export_decisions(s)
    assert rec["suggestion"]["claims"] == [{"field": "description", "start": 0, "end": 9, "text": "Eco thing",
                                            "attributes": ["organic"], "specific": False, "score": 0.8}]
    assert rec["suggestion"]["findings"] == [{"code": "GENERIC_CLAIM", "field": "description", "start": 0,
                                              "end": 3, "text": "Eco"}]
    assert rec["label"] == {"level": "low", "codes": []}


def test_an_exported_decision_trains_through_the_decisions_reader(sessions, tmp_path):
    import json

    from claims.text.prep import listing_segments
    from claims.training.decisions import read_decisions, segment_labels

    with sessions() as s:
        [item] = queue.record_scores(s, [{"id": "a", "title": "Mug", "description": "Eco thing"}],
                                     [_result("a", "high", 0.9)], EVERYTHING)
        queue.decide(s, item, queue.DecisionRequest("reject", 1), "m")
        records, _ = queue.export_decisions(s)
    path = tmp_path / "d.jsonl"
    path.write_text("".join(json.dumps(r, default=str) + "\n" for r in records), encoding="utf-8")
    ds = read_decisions(path)
    assert len(ds.decisions) == 1 and not ds.rejects
    labels, _ = segment_labels(ds.decisions[0], listing_segments(ds.decisions[0].listing))
    assert labels[0] is None and labels[1] is not None and labels[1].claim == 1 and max(labels[1].codes) == 0
