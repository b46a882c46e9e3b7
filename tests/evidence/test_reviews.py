"""Reviews as evidence: review statements, contradiction selection, own-fact conflicts,
return-risk signals and their benchmark, and the analyzer's use of reviews."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from conftest import run_tool

from claims.evidence.facts import fact_conflicts
from claims.evidence.model import Candidate, pick_contradictions
from claims.evidence.pairs import review_spans
from claims.evidence.signals import REASONS, SIGNALS, listing_signals, review_reasons
from claims.text.prep import listing_segments

# ----------------------------------------------------------------------------- review statements


def test_review_spans_split_at_turns_with_exact_offsets():
    review = ("The soap itself is lovely and smells of lavender, but it arrived in bubble wrap and a plastic bag. "
              "Two stars; the product deserves more.")
    spans = review_spans(review)
    for s, e, raw in spans:
        assert review[s:e] == raw
    texts = [raw for _, _, raw in spans]
    assert any(t.startswith("but it arrived in bubble wrap") or t.startswith("it arrived in bubble wrap")
               for t in texts)
    assert any(t.startswith("The soap itself is lovely") and "bubble" not in t for t in texts)


def test_overlap_features_negation_and_quantities():
    from claims.evidence.pairs import _overlap

    neg = _overlap("Bookshelf from FSC certified birch plywood", "No FSC logo on any board or in the manual.")
    assert neg[3] == 1.0 and neg[4] == 0.0  # a claim word negated
    free = _overlap("Plastic-free packaging", "Not a scrap of plastic anywhere.")
    assert free[3] == 0.0 and free[4] == 1.0  # negated under a free-of claim: agreement
    assert _overlap("Energy saving, only 5 W", "my plug meter shows 18 W on the lowest speed")[6] == 1.0
    agree = _overlap("Monitor, 0.3 W in standby", "Measured 0.3 W in standby, exactly as stated.")
    assert agree[5] == 1.0 and agree[6] == 0.0


def _cand(source: str, index: int | None, start: int, end: int, text: str, whole: bool = False) -> Candidate:
    return Candidate(source, "reviews" if source == "review" else "description", index, start, end, text, text, whole)


def test_pick_contradictions_quotes_the_statement_of_the_deciding_review():
    review = "Lovely soap. But it came in bubble wrap."
    cands = [_cand("review", 0, 0, len(review), review, whole=True),
             _cand("review", 0, 0, 12, "Lovely soap."),
             _cand("review", 0, 13, len(review), "But it came in bubble wrap."),
             _cand("field", None, 0, 10, "Weight: 100 g")]
    probs = {0: np.array([0.9, 0.1, 0.85, 0.2]), 1: np.array([0.3, 0.1, 0.2, 0.1])}
    hits = pick_contradictions(cands, probs, {"review": 0.6, "field": 0.7})
    assert [(i, c.text, round(p, 2)) for i, c, p in hits] == [(0, "But it came in bubble wrap.", 0.9)]
    # a stricter threshold: nothing
    assert pick_contradictions(cands, probs, {"review": 0.95, "field": 0.95}) == []
    # the listing's own segment decides for the field source
    probs = {0: np.array([0.1, 0.1, 0.1, 0.8])}
    hits = pick_contradictions(cands, probs, {"review": 0.6, "field": 0.7})
    assert hits[0][1].source == "field" and hits[0][1].index is None


def test_fact_conflicts_share_and_energy_class():
    listing = {"id": "x", "title": "100% Organic Cotton Hoodie",
               "description": "Composition: 35% organic cotton, 65% polyester\nMachine wash 30"}
    segs = listing_segments(listing)
    claim = next(i for i, s in enumerate(segs) if s.field == "title")
    found = fact_conflicts(segs, [claim], listing)
    assert found and found[0][2] == "organic share" and "35%" in segs[found[0][1]].text
    listing = {"id": "y", "title": "Fridge A+++ super efficient", "description": "Energy class: C\nVolume: 300 l"}
    segs = listing_segments(listing)
    claim = next(i for i, s in enumerate(segs) if s.field == "title")
    assert [w for _, _, w in fact_conflicts(segs, [claim], listing)] == ["energy class"]
    listing = {"id": "z", "title": "Fridge A+++ super efficient", "description": "Energy class: A+++\nVolume: 300 l"}
    segs = listing_segments(listing)
    assert fact_conflicts(segs, [0], listing) == []


def test_fact_conflicts_tables_reversed_shares_and_scoping():
    table = {"id": "t", "title": "Energy Class A LED Floor Lamp",
             "description": "<table><tr><td>Energy class</td><td>F</td></tr>"
                            "<tr><td>Height</td><td>180 cm</td></tr></table>"}
    segs = listing_segments(table)
    assert [w for _, _, w in fact_conflicts(segs, [0], table)] == ["energy class"]
    toner = {"id": "o", "title": "100% Organic Rose Toner", "description": "Organic content: 22% of total ingredients"}
    segs = listing_segments(toner)
    assert [w for _, _, w in fact_conflicts(segs, [0], toner)] == ["organic share"]
    # a part-scoped claim says nothing about another part
    jacket = {"id": "j", "title": "Rain Jacket", "description": "Lining: 100% recycled polyester.\n"
              "Outer: 70% recycled wool, 30% polyamide.\nPackaging: paper mailer, no plastic\nZip: nylon coil"}
    segs = listing_segments(jacket)
    rows = [i for i, s in enumerate(segs) if s.text.startswith(("Lining", "Packaging"))]
    assert fact_conflicts(segs, rows, jacket) == []



def _conflicts(title: str, description: str) -> list[str]:
    listing = {"id": "x", "title": title, "description": description}
    segs = listing_segments(listing)
    return [w for _, _, w in fact_conflicts(segs, list(range(len(segs))), listing)]


def test_fact_conflicts_star_ratings_virgin_material_and_plastic_parts():
    # more BEE stars claimed than the listing's own rating line gives
    tv = "Smart LED TV 43 inch, 5 Star Energy Saving"
    assert _conflicts(tv, "BEE star rating: 3 Star (label on back panel)") == ["energy star rating"]
    assert _conflicts(tv, "BEE star rating: 5 Star (label on back panel)") == []
    # "100% recycled plastic" against a virgin frame; a recycled box against the product's virgin frame is apart
    assert "virgin material" in _conflicts("100% Recycled Plastic Back Case Cover",
                                           "MATERIAL: virgin TPU bumper frame with virgin polycarbonate back")
    assert _conflicts("Back Case Cover", "Packaging: 100% recycled board box|MATERIAL: virgin TPU bumper frame") == []
    # a whole-product biodegradability claim against a plastic part; a compostable PLA one is no conflict
    assert "plastic material" in _conflicts("100% Biodegradable Bamboo Kitchen Rack",
                                            "Steel screws and plastic feet are used in joints")
    assert _conflicts("100% Compostable Cups", "Material: PLA lined paper") == []
    # plastic-free packaging against a plastic tray in the box
    assert "plastic material" in _conflicts("Earbuds", "PLASTIC FREE PACKAGING: earbuds come in a paper box|"
                                                       "Earbuds and case in moulded plastic tray")


# ----------------------------------------------------------------------------- return-risk signals

@pytest.mark.parametrize("text,expected", [
    ("Runs small, I had to return it for a larger size.", {"size_fit", "reported_return"}),
    ("Fits perfectly, true to size and so soft.", set()),
    ("Cheaply made, the seams came apart after one wash.", {"quality_durability"}),
    ("No holes or pilling after a year of wear, great quality.", set()),
    ("Looks nothing like the picture, the colour is completely different.", {"not_as_described"}),
    ("Arrived damaged: the lid was cracked and a button was missing.", {"damaged"}),
    ("", set()),
])
def test_review_reasons(text, expected):
    assert set(review_reasons(text)) == expected


def test_listing_signals_counts_and_shares():
    assert listing_signals(None) is None
    assert listing_signals([]) is None
    assert listing_signals(["   "]) is None
    sig = listing_signals(["Way too tight across the chest, sent it back.", "Love it, wear it every day.",
                           "Poor quality stitching.", "Lovely colour."])
    assert sig is not None
    assert sig["n_reviews"] == 4
    assert set(sig["counts"]) == set(SIGNALS) and set(REASONS) <= set(sig["share"])
    assert sig["counts"]["size_fit"] == 1 and sig["counts"]["quality_durability"] == 1
    assert sig["counts"]["reported_return"] == 1 and sig["counts"]["damaged"] == 0
    assert sig["share"]["size_fit"] == 0.25
    assert sig["return_risk"] == 0.5


def test_return_risk_benchmark_separates_complaints_from_praise():
    from claims.evaluation.benchmarks.return_risk import evaluate

    complaints = ["Runs small, had to send it back.", "Cheaply made and fell apart after one wash.",
                  "Looks nothing like the picture.", "Arrived damaged with a hole in the front."]
    praise = ["Love it, so soft and flattering.", "Beautiful colour, wear it all the time.",
              "Perfect for summer evenings.", "Great buy, very happy with it."]
    rows = []
    for i in range(120):
        bad = i % 3 == 0
        text = complaints[i % 4] if bad else praise[i % 4]
        rows.append({"item": str(i), "text": text, "not_recommended": int(bad), "rating": 1 if bad else 5})
    res = evaluate(rows, "test")
    assert res["n_eval"] > 0 and res["n_train"] > res["n_eval"]
    assert res["auc"]["signals"] > 0.9
    assert set(res["auc"]) >= {"signals", "signals_lr", "length_baseline", "tfidf_lr_baseline"}
    assert "Rating" in res["features_exclude"]


# ----------------------------------------------------------------------------- CLI

def test_train_only_evidence_needs_heads(tmp_path, capsys):
    from claims.cli.main import main

    assert main(["train", "--only", "evidence", "--out", str(tmp_path / "none")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("claims train: error:") and "\n" not in err


# ----------------------------------------------------------------------------- the analyzer with reviews

LISTINGS = [
    {"id": "soap", "title": "Lavender Soap Bar",
     "description": "Handmade olive oil soap. Plastic-free packaging: wrapped in paper only.",
     "reviews": ["Smells lovely and lathers well. But it arrived wrapped in bubble wrap inside a plastic bag."]},
    {"id": "tee", "title": "Organic Cotton Tee", "description": "GOTS certified organic cotton (licence CU 812345).",
     "reviews": ["Runs small, I had to return it for a bigger size.", "The colour is more grey than blue.",
                 "Delivery took three weeks."]},
    {"id": "mug", "title": "Ceramic Mug", "description": "A plain white mug, 350 ml, dishwasher safe."},
]


def test_reviews_contradict_and_unrelated_complaints_do_not(analyzer, tmp_path):
    results = analyzer.score(LISTINGS)
    by_id = {r["id"]: r for r in results}
    soap = [f for f in by_id["soap"]["greenwashing"]["findings"] if f["code"] == "CONTRADICTED"]
    assert soap, by_id["soap"]["greenwashing"]
    ev = soap[0]["evidence"]
    assert ev["review"] == 0 and ev["text"] in LISTINGS[0]["reviews"][0]
    assert LISTINGS[0]["reviews"][0][ev["start"]: ev["end"]] == ev["text"]
    assert "plastic" in ev["text"].lower() or "bubble" in ev["text"].lower()
    assert by_id["soap"]["greenwashing"]["level"] == "high"
    assert not [f for f in by_id["tee"]["greenwashing"]["findings"] if f["code"] == "CONTRADICTED"]
    sig = by_id["tee"]["review_signals"]
    assert sig["n_reviews"] == 3 and sig["counts"]["size_fit"] == 1 and sig["counts"]["reported_return"] == 1
    assert "review_signals" not in by_id["mug"]
    inp, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    inp.write_text("".join(json.dumps(x) + "\n" for x in LISTINGS), encoding="utf-8")
    out.write_text("".join(json.dumps(r) + "\n" for r in results), encoding="utf-8")
    rc, msg = run_tool("check_output.py", str(inp), str(out))
    assert rc == 0, msg


ISSUE_EXAMPLES = [  # the issue's own examples of reviews as evidence, as listings
    {"id": "compost", "title": "Compostable Phone Case",
     "description": "Home compostable: breaks down in a home compost bin within 12 weeks.",
     "reviews": ["Nice grip and the colour is lovely. Tested the old one: still intact after 8 months in my "
                 "compost heap."]},
    {"id": "recycled", "title": "Trail Backpack 20L",
     "description": "Made from 100% recycled polyester (GRS certified, licence CU 123456).",
     "reviews": ["The recycled backpack tore in a week, the seam at the strap just ripped."]},
    {"id": "wrapped", "title": "Shampoo Bar", "description": "Plastic-free shampoo bar in a paper box.",
     "reviews": ["Lathers nicely, but the bar was shrink-wrapped in plastic film inside the box."]},
]


def test_issue_examples_compost_and_wrapping_contradict_a_tear_says_nothing_of_recycled_content(analyzer):
    by_id = {r["id"]: r for r in analyzer.score(ISSUE_EXAMPLES)}

    def contradicted(i: str) -> list[dict]:
        return [f for f in by_id[i]["greenwashing"]["findings"] if f["code"] == "CONTRADICTED"]

    for i, word in (("compost", "intact"), ("wrapped", "plastic")):
        found = contradicted(i)
        assert found and found[0]["evidence"]["review"] == 0 and word in found[0]["evidence"]["text"], by_id[i]
    # a durability failure is not evidence against recycled content
    assert not contradicted("recycled"), by_id["recycled"]["greenwashing"]


def test_review_pair_benchmark_runs_on_a_split(analyzer):
    from claims.evaluation.benchmarks.reviews import evaluate_review_pairs

    corpora = Path(__file__).resolve().parents[2] / "corpora"
    res = evaluate_review_pairs(analyzer, "dev", corpora)
    assert res["n"] > 50 and 0.0 <= res["contradict_f1"] <= 1.0
    assert res["contradict_f1"] > 0.5  # far above chance on held-out pairs


def test_fact_conflicts_ignore_the_claims_own_line_and_the_pack_of_a_liquid():
    # a line that makes the claim itself is no fact against it
    assert _conflicts("Biodegradable Wheat Straw Back Cover", "Made from wheat straw fibre and TPU which is "
                                                              "biodegradable") == []
    # "readily biodegradable" is the formula's; its HDPE bottle is the pack
    assert _conflicts("Car Wash Shampoo, Readily Biodegradable (OECD 301B)", "PACK :- 1 litre HDPE bottle") == []
    # a negated plastic elsewhere in the line does not hide the plastic cap
    assert "plastic material" in _conflicts("100% Plastic Free Steel Bottle",
                                            "LEAK PROOF CAP :- Food grade PP cap, no leakage in bag")
