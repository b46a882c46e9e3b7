"""The recommender benchmark's hook for human credibility labels (claims eval recommender --labels)."""

from __future__ import annotations

import json

import pytest

from claims.evaluation.benchmarks.recommender import ListMetrics, label_credibility, load_labels
from claims.recommend.recommender import Criteria, Recommender
from tests.recommend.rec_helpers import HashEncoder, description, listing, result

RECYCLED = [("Shell of 100% recycled polyester, GRS certified (licence CU 1).", ["recycled_content"])]


def test_load_labels_reads_and_rejects(tmp_path):
    good = tmp_path / "labels.jsonl"
    good.write_text(json.dumps({"id": "a", "credible_attributes": ["recycled_content"], "eco_score": 0.8}) + "\n\n"
                    + json.dumps({"id": "b", "credible_attributes": []}) + "\n")
    assert load_labels(good) == {"a": (["recycled_content"], 0.8), "b": ([], None)}
    for n, bad in enumerate([{"id": "a"}, {"id": "a", "credible_attributes": ["shiny"]},
                             {"id": "a", "credible_attributes": [], "eco_score": 3}]):
        path = tmp_path / f"bad{n}.jsonl"
        path.write_text(json.dumps({"id": "ok", "credible_attributes": []}) + "\n" + json.dumps(bad) + "\n")
        with pytest.raises(ValueError, match="line 2 is not a credibility label"):
            load_labels(path)
    with pytest.raises(FileNotFoundError):
        load_labels(tmp_path / "missing.jsonl")


def test_ranking_on_label_credibility_and_restoring_the_catalog():
    twin = "roomy tote " + description(RECYCLED)  # a and b: the same text, so equal relevance
    rows = [(listing("v", "canvas tote bag", "cotton canvas tote bag"), result("v")),
            (listing("c", "canvas tote bag", "cotton canvas tote bag"), result("c")),  # the best match
            (listing("a", "canvas tote bag large", twin), result("a")),
            (listing("b", "canvas tote bag large", twin), result("b", "low", RECYCLED, eco_score=0.9, risk_score=0.1))]
    rec = Recommender.build([r for _, r in rows], [x for x, _ in rows], encoder=HashEncoder())
    crit = Criteria(eco_weight=1.0, diversity=0.0, min_relevance=0.0)
    before = rec.catalog.eco_value.copy()
    analyzer_order = [r.id for r in rec.by_item("v", 5, crit)]
    # the labels disagree with the analyzer: a's claim is credible (say, its certificate checks out), b's is not
    restore = label_credibility(rec.catalog, {"a": (["recycled_content"], 1.0), "b": ([], None), "gone": ([], None)})
    labels_order = [r.id for r in rec.by_item("v", 5, crit)]
    restore()
    assert (rec.catalog.eco_value == before).all()
    assert analyzer_order.index("b") < analyzer_order.index("a") and labels_order.index("a") < labels_order.index("b")
    m = ListMetrics(rec, strict_eco=set(), labelled_eco={"a"})
    m.add(labels_order, {"a": 1.0})
    s = m.summary()
    assert s["eco_share_labels_at_10"] == pytest.approx(0.1) and s["eco_share_at_10"] == pytest.approx(0.1)
    assert s["mean_list_length"] == 3.0
