"""The listing-level rules of the findings step (labels.md sections 3-4), no model: head
probabilities are set by hand, so each test says what the heads claim and checks what the rules
keep. Each is a minimal pair."""

from __future__ import annotations

import numpy as np

from claims.scoring.findings import ListingPrediction, build_result
from claims.scoring.heads import HEAD_NAMES, Heads
from claims.text.certifications import default_registry
from claims.text.features import SegmentInfo
from claims.text.prep import mask_html, segment_field

HEADS = Heads(names=list(HEAD_NAMES), weights=np.zeros((len(HEAD_NAMES), 1)), bias=np.zeros(len(HEAD_NAMES)),
              thresholds={})


def _result(title: str, description: str, on: dict[str, str] | None = None) -> dict:
    """Score with heads that say 0.9 for ``head`` on every segment containing ``on[head]`` ("" is every
    segment) and 0 elsewhere."""
    on = on or {}
    segs = segment_field("title", title) + segment_field("description", description)
    reg = default_registry()
    infos = [SegmentInfo(reg.find(s.text), reg.unknown_badges(s.text)) for s in segs]
    probs = {n: np.array([0.9 if n in on and on[n] in s.text else 0.0 for s in segs]) for n in HEAD_NAMES}
    pred = ListingPrediction(segs, infos, probs, {"title": mask_html(title), "description": mask_html(description)})
    return dict(build_result({"id": "x", "title": title, "description": description}, pred, HEADS))


def _codes(r: dict) -> set[str]:
    return {f["code"] for f in r["greenwashing"]["findings"]}


def test_a_title_attribute_given_to_one_part_is_overreach():
    desc = "UPPER: knit mesh|SOLE: EVA|LACES: 100% recycled PET"
    r = _result("Recycled Trail Shoes for Men", desc)
    assert "WHOLE_PRODUCT_OVERREACH" in _codes(r) and r["greenwashing"]["level"] == "high"
    assert "recycled_content" in {a["label"] for a in r["eco_attributes"]}
    assert "WHOLE_PRODUCT_OVERREACH" not in _codes(_result("Trail Shoes for Men with Recycled Laces", desc))


def test_an_energy_label_elsewhere_in_the_listing_substantiates_the_energy_wording():
    heads = {"claim": "power", "attr:energy_efficiency": "power", "code:UNQUANTIFIED_CHARACTERISTIC": "power"}
    bare = _result("Refrigerator 340 L", "Inverter compressor for power savings|Toughened glass shelves", heads)
    assert "UNQUANTIFIED_CHARACTERISTIC" in _codes(bare)
    labelled = _result("Refrigerator 340 L", "Inverter compressor for power savings|3 Star BEE rating (2025)", heads)
    assert "UNQUANTIFIED_CHARACTERISTIC" not in _codes(labelled)


def test_a_generic_term_specified_after_a_dash_is_no_generic_claim():
    heads = {"claim": "", "attr:generic_environmental": "earth", "code:GENERIC_CLAIM": "earth",
             "attr:recycled_content": "recycled"}
    specified = _result("Kids Bottle", "Good for the earth \u2013 made of 90% recycled steel|Leak-proof", heads)
    assert "GENERIC_CLAIM" not in _codes(specified)
    bare = _result("Kids Bottle", "Good for the earth|Leak-proof", heads)
    assert "GENERIC_CLAIM" in _codes(bare)


def test_the_rest_of_a_negated_statement_after_a_dash_is_no_claim():
    heads = {"claim": "dispose", "attr:reusable_refillable": "dispose"}
    negated = _result("Marker Set", "NON-REFILLABLE \u2013 dispose of when dry", heads)
    assert negated["claims"] == [] and negated["greenwashing"]["level"] == "none"
    plain = _result("Marker Set", "REFILLABLE \u2013 dispose of when dry", heads)
    assert plain["claims"] and plain["greenwashing"]["level"] == "low"


def test_a_claim_naming_its_own_part_is_no_overreach_whatever_the_heads_say():
    heads = {"claim": "Recycled", "attr:recycled_content": "Recycled", "code:WHOLE_PRODUCT_OVERREACH": "Recycled"}
    assert "WHOLE_PRODUCT_OVERREACH" not in _codes(_result("Cotton T-Shirt, Recycled Packaging", "100% cotton", heads))
    # the heads' code stays where a bullet gives the attribute to something (here a label) ...
    labelled = _result("Recycled Cotton T-Shirt", "100% cotton|Neck label: recycled PET", heads)
    assert "WHOLE_PRODUCT_OVERREACH" in _codes(labelled)
    # ... and goes where nothing in the listing carries it, so nothing can have been stretched
    assert "WHOLE_PRODUCT_OVERREACH" not in _codes(_result("Recycled Cotton T-Shirt", "100% cotton", heads))


def test_code_filters_name_known_codes_and_keep_rule_codes_where_they_say_so():
    from claims.scoring.findings import CODE_FILTERS, ClaimView, SegmentRules, filter_codes, listing_facts
    from claims.taxonomy import CODES

    assert all(f.code in CODES and f.why for f in CODE_FILTERS)
    segs = segment_field("title", "Toothbrush")
    pred = ListingPrediction(segs, [SegmentInfo([], [])], {}, {"title": "Toothbrush"})
    facts = listing_facts({"id": "x", "title": "Toothbrush"}, pred)
    text = "Compostable handle, not biodegradable bristles"  # the negated keyword drops the heads' code only
    heads_code = ClaimView(text, "description", ["biodegradable_compostable"], SegmentRules(), facts,
                           {"biodegradable_compostable"}, False, ["UNQUALIFIED_DEGRADABILITY"])
    assert filter_codes(heads_code) == []
    rule = SegmentRules(is_claim=True, codes={"UNQUALIFIED_DEGRADABILITY"})
    rule_code = ClaimView(text, "description", ["biodegradable_compostable"], rule, facts,
                          {"biodegradable_compostable"}, False, ["UNQUALIFIED_DEGRADABILITY"])
    assert filter_codes(rule_code) == ["UNQUALIFIED_DEGRADABILITY"]


def test_a_title_generic_term_is_specified_by_a_bullet_about_the_whole_product():
    heads = {"claim": "Eco-Friendly", "attr:generic_environmental": "Eco-Friendly"}
    whole = _result("Eco-Friendly Shopping Bag", "Made of 100% recycled PET|Folds into its own pocket", heads)
    assert "GENERIC_CLAIM" not in _codes(whole)
    part = _result("Eco-Friendly Shopping Bag", "Handles made of recycled PET|Folds into its own pocket", heads)
    assert "GENERIC_CLAIM" in _codes(part)
