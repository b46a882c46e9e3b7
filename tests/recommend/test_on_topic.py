"""The same-need gate and the relevance floor: the issue's off-topic examples, with the hashing encoder."""

from __future__ import annotations

import pytest

from claims.recommend.product_types import product_type, same_need
from claims.recommend.recommender import Criteria, Recommender

from .rec_helpers import HashEncoder, description, listing, result

RECYCLED = [("Upper of 100% recycled polyester, GRS certified (licence CU 123456).", ["recycled_content"])]
ORGANIC = [("Made from 95% organic cotton, GOTS certified (licence CU 817263).", ["organic"])]
ORGANIC_FOOD = [("Certified organic rice (EU organic, GB-ORG-05).", ["organic"])]
ENERGY = [("Energy class A+++, saves 60% energy vs class B.", ["energy_efficiency"])]


@pytest.mark.parametrize("title, label", [
    ("Frescale Stainless Steel Water Bottle Set + Refill Station Pass", "water bottle"),
    ("Undyed Co Organic Cotton Crew Socks 4 Pack", "crew sock"),
    ("Lavanda Tumble Dryer Heat Pump 8 kg – A+++", "tumble dryer"),
    ("Dawnlight Smart LED Desk Lamp with Wireless Charger", "led desk lamp"),
    ("Kelpie Seaweed Crisps Sea Salt 8 x 20g", "seaweed crisps"),
    ("Zero Waste Pantry Refill: Red Lentils 2kg", "red lentil"),
    ("Tinker Kids' Desk and Chair Set, Adjustable", "chair / kids desk"),
    ("Bellwether Climate Neutral Hoodies", "hoodie"),
])
def test_product_type_reads_the_head_noun(title, label):
    assert product_type(title).label == label


def test_same_need_groups_umbrellas_and_children():
    shoes = product_type("running shoes")
    assert same_need(shoes, product_type("Arcadia Velo 2 Running Shoe – Men's")) == "running shoe"
    assert same_need(shoes, product_type("Tread Lightly Knit Runner")) == "running shoe (runner)"
    assert same_need(shoes, product_type("Highstep Women's Leather Knee High Boots – Black")) is None
    assert same_need(shoes, product_type("Cobalt Court Men's Tennis Shoe")) is None
    # an umbrella term accepts every group below it; a group does not accept its siblings
    assert same_need(product_type("boots"), product_type("Halden Suede Chukka Boot")) == "boot (chukka boot)"
    assert same_need(product_type("hiking boots"), product_type("Highstep Knee High Boots")) is None
    # products for children match queries for children only, and the other way round
    assert same_need(product_type("toothpaste"), product_type("Minty Fresh Kids Toothpaste 50ml")) is None
    assert same_need(product_type("kids toothpaste"), product_type("Minty Fresh Kids Toothpaste 50ml")) == "toothpaste"
    water = product_type("Cairn Springs Still Water 24 x 500ml")
    assert same_need(product_type("reusable water bottle"), water) is None


def test_same_need_by_deep_category_leaf_or_head_noun():
    a = product_type("Wayona Braided USB Lightning Cable", "Computers&Accessories|Accessories|Cables|USBCables")
    b = product_type("Ambrane 60W Type C Lead", "Computers&Accessories|Accessories|Cables|USBCables")
    assert a.leaf == "usbcables" and same_need(b, a) is not None
    shallow = product_type("Zorblax Widget", "gadgets")  # no taxonomy term, a shallow category: the head noun
    assert shallow.head == "widget" and same_need(shallow, product_type("Blue Widgets 2 Pack")) == "widget"
    assert same_need(shallow, product_type("Zorblax Gizmo")) is None


def _issue_catalog():
    """The issue's examples: a few items of the query's kind, and greener items of other kinds."""
    rows = [
        (listing("bottle", "Stainless steel reusable water bottle 750 ml", "Insulated reusable bottle.",
                 category="home_kitchen"), result("bottle")),
        (listing("bottle-rec", "Recycled steel water bottle", "Reusable bottle. " + description(RECYCLED),
                 category="home_kitchen"), result("bottle-rec", "low", RECYCLED, eco_score=0.8, risk_score=0.1)),
        (listing("dryer", "Tumble dryer heat pump 8 kg", "Reusable lint filter. " + description(ENERGY),
                 category="appliances"), result("dryer", "low", ENERGY, eco_score=0.9, risk_score=0.1)),
        (listing("fridge", "Integrated fridge 54 cm", "Reusable water bottle shelf. " + description(ENERGY),
                 category="appliances"), result("fridge", "low", ENERGY, eco_score=0.9, risk_score=0.1)),
        (listing("socks", "Organic cotton crew socks 4 pack", description(ORGANIC), category="apparel"),
         result("socks", "low", ORGANIC, eco_score=0.7, risk_score=0.1)),
        (listing("rice", "Organic baby rice cereal", "Organic cotton bag. " + description(ORGANIC_FOOD),
                 category="food_drink"), result("rice", "none", ORGANIC_FOOD, eco_score=0.9)),
        (listing("run1", "Velo running shoes men", "Daily running shoe, cushioned.", category="footwear"),
         result("run1")),
        (listing("run2", "Knit runner running shoes", "Running shoes with knit upper.", category="footwear"),
         result("run2")),
        (listing("boots", "Knee high boots for running shoes wearers", "Leather boots. " + description(RECYCLED),
                 category="footwear"), result("boots", "none", RECYCLED, eco_score=1.0)),
    ]
    return [r for _, r in rows], [x for x, _ in rows]


@pytest.fixture()
def rec():
    results, listings = _issue_catalog()
    return Recommender.build(results, listings, encoder=HashEncoder())


def ids(recs):
    return [r.id for r in recs]


@pytest.mark.parametrize("eco_weight", [0.0, 0.5, 1.0])
def test_off_topic_items_are_excluded_and_same_kind_kept(rec, eco_weight):
    crit = Criteria(eco_weight=eco_weight)
    assert set(ids(rec.by_text("reusable water bottle", 10, crit))) == {"bottle", "bottle-rec"}
    assert set(ids(rec.by_text("reusable water bottle", 10, Criteria(max_level="low", eco_weight=eco_weight)))) == {
        "bottle", "bottle-rec"}
    assert ids(rec.by_text("organic cotton socks", 10, Criteria(required_attributes=["organic"],
                                                                eco_weight=eco_weight))) == ["socks"]
    assert set(ids(rec.by_text("running shoes", 10, crit))) == {"run1", "run2"}
    assert set(ids(rec.by_item("run1", 10, crit))) == {"run2"}
    assert set(ids(rec.by_profile(["run1", "socks"], 10, crit))) == {"run2"}


def test_without_the_gate_other_kinds_appear_but_eco_never_lifts_them(rec):
    for w in (0.0, 0.25, 0.5, 0.75, 1.0):
        for d in (0.0, 0.1):
            crit = Criteria(eco_weight=w, diversity=d, same_need=False, min_relevance=0.0)
            recs = {r.id: r for r in rec.by_text("running shoes", 10, crit)}
            boots, shoes = recs["boots"], [recs["run1"], recs["run2"]]
            assert boots.score <= boots.relevance  # credible and eco_score 1.0, yet no eco credit
            order = list(recs)
            for s in shoes:
                if s.relevance > boots.relevance:
                    assert order.index(s.id) < order.index("boots")


def test_relevance_floor(rec):
    assert rec.by_text("running shoes", 10, Criteria(min_relevance=0.99)) == []
    everything = rec.by_text("running shoes", 10, Criteria(min_relevance=0.0))
    assert set(ids(everything)) == {"run1", "run2"}  # the gate still holds at a zero floor
    with pytest.raises(ValueError, match="min_relevance"):
        rec.by_text("running shoes", 10, Criteria(min_relevance=1.5))
    assert rec.by_text("quantum flux capacitor", 10) == []  # names no product of the catalog


def test_explanations_say_what_matched_and_why_it_ranks(rec):
    recs = {r.id: r for r in rec.by_text("reusable water bottle", 10, Criteria(eco_weight=1.0))}
    e = recs["bottle-rec"].explanation
    assert e.startswith("matches \u201creusable water bottle\u201d; same product type: water bottle; similarity ")
    assert "ranks up for credible claims: Upper of 100% recycled polyester, GRS certified" in e
    assert e.endswith("greenwashing risk: low")
    assert "ranked by similarity (no credible environmental claim)" in recs["bottle"].explanation
    zero = {r.id: r for r in rec.by_text("reusable water bottle", 10, Criteria(eco_weight=0.0))}
    assert "; credible claims: Upper of 100% recycled" in zero["bottle-rec"].explanation  # shown, not "ranks up"
    profile = rec.by_profile(["run1"], 5)
    liked = "like \u201cVelo running shoes men\u201d, which you liked; same product type"
    assert profile[0].explanation.startswith(liked)


def test_a_family_word_alone_defers_to_the_deep_category():
    cat = "Home&Kitchen|Kitchen&HomeAppliances|Scales|DigitalKitchenScales"
    scale = product_type("beatXP Kitchen Scale Multipurpose Portable Electronics Digital Weighing", cat)
    other = product_type("Some Gadgets", "Home&Kitchen|Kitchen&HomeAppliances|Irons|SteamIrons")
    query = product_type("Acme Electronics Pro", cat)
    assert query.paths == ("electronics",) and same_need(query, scale) == "Digital Kitchen Scales"
    assert same_need(query, other) is None
