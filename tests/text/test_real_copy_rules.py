"""The rules of labels.md section 4 (real marketplace copy) as minimal pairs, no model: each pair
changes one thing and the rule's answer must change with it."""

from __future__ import annotations

import pytest

from claims.evidence import facts
from claims.scoring.findings import segment_rules
from claims.text import (
    claim_forms,
    comparison,
    durability,
    energy,
    generic,
    legal,
    lexicon,
    negation,
    prep,
    product_names,
    scope,
    senses,
)
from claims.text.certifications import default_registry
from claims.text.features import SegmentInfo


def _rules(text: str):
    reg = default_registry()
    return segment_rules(text, SegmentInfo(reg.find(text), reg.unknown_badges(text)))


@pytest.mark.parametrize(("negated", "plain"), [
    ("We don't claim this case is eco-friendly: it is a plain TPU case.", "This case is eco-friendly."),
    ("We cannot say this paint is non-toxic.", "This paint is non-toxic."),
    ("Is this bag biodegradable? We have not tested it.", "This bag is biodegradable."),
    ("Delivery is not carbon neutral and we do not buy offsets.", "Delivery is carbon neutral."),
    ("Not biodegradable – do not flush.", "Biodegradable – do not flush."),
])
def test_disclaimers_and_questions_negate(negated, plain):
    assert negation.negated_only(negated)
    assert not negation.negated_only(plain)


def test_no_offsets_used_is_no_offset_signal():
    assert negation.signal_negated("No offsets are used in this figure.", "offset")
    assert not negation.signal_negated("Offsets are used for the rest.", "offset")


@pytest.mark.parametrize(("generic_text", "other_sense"), [
    ("Eco-Friendly Phone Case for iPhone 15", "OnePlus Connect Ecosystem"),
    ("Eco sneakers", "Picture modes: Standard, Vivid, Sport, Movie, Eco, User."),
    ("Nature-friendly play mat", "Environmental Noise Cancellation (ENC)"),
    ("Eco chic lamp for an eco home", "Robot vacuum with Eco, Standard and Max suction modes"),
    ("Eco-friendly and durable silicone case", "Model no. ECO-200 table fan"),
])
def test_unmistakable_generic_terms_but_not_feature_names(generic_text, other_sense):
    assert generic.strong_generic(generic_text) is not None
    assert generic.strong_generic(other_sense) is None


def test_a_generic_term_with_nothing_behind_it_is_a_generic_claim():
    bare = _rules("Eco-Friendly Phone Case for iPhone 15")
    assert bare.is_claim and "GENERIC_CLAIM" in bare.codes and "generic_environmental" in bare.attributes
    specified = _rules("Eco-friendly: made of 100% recycled polyester, GRS certified")
    assert specified.is_claim and "GENERIC_CLAIM" not in specified.codes


@pytest.mark.parametrize(("part", "whole"), [
    ("Eco sneakers – the laces are made from recycled PET", "Eco sneakers made from 100% recycled PET"),
    ("Green phone: the box is plastic-free", "Green phone"),
    ("LCD writing tablet, eco-friendly because it saves paper", "LCD writing tablet, eco-friendly"),
    ("Sustainable sofa: cushion covers made of organic cotton", "Sustainable sofa"),
])
def test_one_part_stretched_to_the_whole_product(part, whole):
    assert "WHOLE_PRODUCT_OVERREACH" in _rules(part).codes
    assert "WHOLE_PRODUCT_OVERREACH" not in _rules(whole).codes


def test_a_part_in_the_next_segment_after_a_dash_counts():
    info = SegmentInfo([], [])
    assert "WHOLE_PRODUCT_OVERREACH" in segment_rules("Eco dinner set", info, "glazes are lead-free").codes
    assert "WHOLE_PRODUCT_OVERREACH" not in segment_rules("Eco dinner set", info, "").codes


@pytest.mark.parametrize(("legal_text", "safety"), [
    ("CE, RoHS certified", "BIS certified (IS 13252)"),
    ("RoHS & REACH compliant", "FCC certified"),
    ("100% CFC-free refrigerant", "Refrigerant: R600a"),
])
def test_legal_requirements_are_a_finding_safety_marks_are_nothing(legal_text, safety):
    assert "LEGAL_REQUIREMENT_AS_FEATURE" in _rules(legal_text).codes
    s = _rules(safety)
    assert not s.is_claim and not s.codes
    assert default_registry().unknown_badges(safety) == []


def test_safety_and_compatibility_marks_are_no_invented_badge():
    reg = default_registry()
    for text in ("Two Wheeler Helmet, ISI Certified", "Lightning Apple MFi Certified Cable", "FCC certified"):
        assert reg.unknown_badges(text) == [], text
    assert reg.unknown_badges("GreenTech Certified charger") != []


def test_official_energy_label_is_a_specific_energy_claim():
    r = _rules("BEE 5 star rated fan, 28 W at full speed")
    assert r.is_claim and "energy_efficiency" in r.attributes and not r.codes
    assert not _rules("5 star rated by our customers").is_claim


@pytest.mark.parametrize(("text", "licence"), [
    ("FSC® C018915", "C018915"),
    ("RSPO supply chain certificate no. CU-RSPO SCC-812345", "CU-RSPO SCC-812345"),
    ("India Organic certified (NPOP, certificate no. ORG/SC/1904/001234)", "ORG/SC/1904/001234"),
    ("SCS Recycled Content certified (SCS-RC-04512)", "SCS-RC-04512"),
])
def test_licence_formats(text, licence):
    assert licence in {c.licence for c in default_registry().find(text)}


@pytest.mark.parametrize(("durability_text", "not_durability"), [
    ("Long Lasting Shock Proof ABS Body", "Long lasting 8720 mAh Battery"),
    ("10 million keystrokes lifespan", "Durable A+ Grade DLED panel"),
    ("【BUILT-TO-LAST】", "Sturdy and durable design"),
])
def test_durability_wording_but_not_battery_runtime_or_build_adjectives(durability_text, not_durability):
    assert durability.durability_cue(durability_text) is not None
    assert durability.durability_cue(not_durability) is None


def test_durability_without_a_figure_is_unsubstantiated():
    assert "DURABILITY_UNSUBSTANTIATED" in _rules("Long lasting protection").codes
    assert "DURABILITY_UNSUBSTANTIATED" not in _rules("10000+ bends lifespan").codes


def test_a_comparison_needs_a_figure():
    assert comparison.comparative_figure("Lasts 6 times longer than other cables")
    assert comparison.comparative_figure("uses 40% less energy")
    assert not comparison.comparative_figure("10,000+ bend test ensures a longer lifespan")


def test_service_terms_alone_are_no_claim():
    assert durability.service_terms_only("Replacement will be provided for manufacturing defects only")
    assert not durability.service_terms_only("10 year warranty on the motor")


def test_a_brand_named_green_is_a_name():
    assert senses.green_only_as_name("Brand: Green Leaf Naturals")
    assert not senses.green_only_as_name("A green choice for your home")


@pytest.mark.parametrize(("colour", "claim"), [
    ("Electric Kettle 1.5L, Green", "Eco Kettle, go green"),
    ("Poker Table Cloth Green Machine Washable", "Green Cleaning Power"),
    ("Water Bottle 1L (Pack of 2) Green and Blue", "Green Product"),
    ("Mouse Pad Green", "Green Cooling Technology"),
])
def test_green_as_a_colour_in_a_title_but_not_as_a_claim(colour, claim):
    assert senses.green_only_as_name(colour)
    assert not senses.green_only_as_name(claim)


def test_a_plus_grade_panel_is_no_energy_class():
    assert "energy_efficiency" not in lexicon.attribute_hits("Display: A+ Grade Panel")
    assert "energy_efficiency" in lexicon.attribute_hits("Energy class A+++")


def test_battery_runtime_is_no_claim():
    assert durability.battery_runtime_only("Long-lasting 30 days standby time with 10 days of battery life.")
    assert not durability.battery_runtime_only("Long-lasting motor, built for years of use")
    assert not durability.battery_runtime_only("Energy saving mode extends battery life")
    assert not durability.battery_runtime_only("5 years of OS updates and user-replaceable battery")


def test_named_substances_are_specific():
    assert generic.names_substance("Free of harmful substances, e.g. BPA, phthalates and lead")
    assert not generic.names_substance("Free of harmful chemicals")


def test_a_comparison_with_its_baseline_named():
    assert comparison.comparison_baseline("Uses 23.5% less water than our 2021 model")
    assert comparison.comparison_baseline("Saves 65% electricity compared with an ordinary 75 W fan")
    assert not comparison.comparison_baseline("Lasts 6 times longer than other cables")


def test_company_lines_and_other_senses_are_no_claim():
    assert senses.company_line("Imported by Eco Trading Co. Ltd., Mumbai")
    assert generic.strong_generic("Eco Trading Co. Ltd.") is not None  # the rule looks at the line, not the word
    assert senses.other_sense_only("Eco mode for longer runtime (up to 40 min)")
    assert senses.other_sense_only("Organic LED panel with perfect black")
    assert not senses.other_sense_only("Eco mode uses 30% less energy")


def test_recovered_paper_is_recycled_content():
    assert "recycled_content" in lexicon.attribute_hits("Made from 100% recovered paper")


def test_warranty_years_back_durability_only_in_the_same_segment():
    assert durability.durability_figure("10-year warranty on the motor: built to last", warranty=True)
    assert not durability.durability_figure("1 year warranty on product")
    assert "DURABILITY_UNSUBSTANTIATED" not in _rules("10-year warranty on the motor: built to last 10 years").codes
    assert not _rules("1 year warranty on product").is_claim


def test_negation_covers_coordinated_lists_and_disclaimed_lists():
    assert negation.negated_only("These are vinyl, so they're not biodegradable or recyclable.")
    assert negation.negated_only("We don't call them natural, clean or eco - they're just reliable candles")
    assert not negation.negated_only("Not recyclable, but compostable at home")


def test_harmless_without_a_substance_is_vague():
    r = _rules("Harmless silicone material.")
    assert r.is_claim and "VAGUE_FREE_OF" in r.codes
    assert "VAGUE_FREE_OF" not in _rules("Free of harmful substances, e.g. BPA and lead").codes


@pytest.mark.parametrize(("text", "code"), [
    ("Energy saving motor", "UNQUANTIFIED_CHARACTERISTIC"),
    ("Inverter compressor for big power savings", "UNQUANTIFIED_CHARACTERISTIC"),  # labels.md's own wording
    ("93-percent energy saving technology", "UNSUPPORTED_COMPARISON"),
    ("Auto-off technology cuts energy use by up to 50%.", "UNSUPPORTED_COMPARISON"),
])
def test_energy_saving_wording_is_an_energy_claim(text, code):
    r = _rules(text)
    assert r.is_claim and "energy_efficiency" in r.attributes and code in r.codes


def test_energy_saving_with_a_label_or_a_baseline_or_on_a_battery_gadget():
    assert not _rules("Energy saving motor, BEE 5 star rated").codes
    assert not _rules("Saves up to 65% electricity compared with an ordinary 75 W fan").codes
    assert energy.energy_saving("Power saving mode: the mouse sleeps after 8 minutes to save battery") is None
    assert energy.energy_saving("Power savings mode turns the watch face off") is None


def test_indestructible_and_eco_pack_are_no_claims():
    assert durability.durability_cue("Indestructible steel frame") is None
    assert generic.strong_generic("Detergent Powder 4 kg ECO PACK") is None


@pytest.mark.parametrize(("negated", "plain"), [
    ("NON-REFILLABLE", "REFILLABLE"),
    ("Fabric: 100% cotton (conventional, non-organic)", "Fabric: 100% organic cotton"),
    ("Free from PFAS is not claimed for this coating.", "Coating free from PFAS."),
    ("Eco Friendly: No", "Eco Friendly: Yes"),
    ("Recycled content: 0%", "Recycled content: 20%"),
    ("Biodegradable: not applicable", "Biodegradable: no plastic used"),
    ("This sleeve doesn't contain recycled paper", "This sleeve contains recycled paper"),
    ("No longer made with recycled PP", "Now made with recycled PP"),
    ("Not intended to be recyclable", "Intended to be recyclable"),
    ("We never said it was compostable", "We always said it was compostable"),
])
def test_negation_after_the_word_prefixed_or_through_a_verb(negated, plain):
    assert negation.negated_only(negated)
    assert not negation.negated_only(plain)


def test_sustainably_made_is_unmistakable_but_a_sustainable_pace_is_not():
    assert generic.strong_generic("Sustainably made") is not None
    assert generic.strong_generic("A sustainable choice for your kitchen") is not None
    assert generic.strong_generic("Keeps a sustainable pace on long runs") is None
    assert "GENERIC_CLAIM" in _rules("Sustainably made").codes
    assert "GENERIC_CLAIM" not in _rules("Sustainably made: 100% FSC-certified acacia (FSC-C140921)").codes


@pytest.mark.parametrize(("aspect", "specified"), [
    ("Eco-friendly printer because auto duplex prints on both sides",
     "Eco-friendly printer because it is made of 100% recycled plastic"),
    ("Green choice since the timer switches it off", "Green choice since it is Blue Angel certified"),
])
def test_a_generic_term_justified_by_one_feature_is_overreach(aspect, specified):
    assert "WHOLE_PRODUCT_OVERREACH" in _rules(aspect).codes
    assert "WHOLE_PRODUCT_OVERREACH" not in _rules(specified).codes


@pytest.mark.parametrize(("title", "scoped_title", "parts"), [
    ("Recycled Trail Shoes", "Trail Shoes with Recycled Laces", ["UPPER: mesh", "LACES: 100% recycled PET"]),
    ("Compostable Tablet Case", "Tablet Case, Compostable Mailer", ["Ships in a home-compostable paper mailer"]),
    ("FSC Certified Brush Set", "Brush Set with FSC Handles", ["Handles: FSC-certified beech (FSC-C112233)"]),
    ("Vegan Ankle Boots", "Ankle Boots, Straps Made from Vegan Leather", ["Straps: vegan leather"]),
])
def test_a_title_attribute_that_the_description_gives_to_one_part(title, scoped_title, parts):
    hit = scope.title_part_overreach(title, parts)
    assert hit is not None and hit[0] == 0
    assert scope.title_part_overreach(scoped_title, parts) is None


def test_no_title_overreach_when_the_description_covers_the_product_or_nothing():
    whole = ["Body: 100% recycled polyester", "Zip pulls: recycled PP"]
    assert scope.title_part_overreach("Recycled Backpack", whole) is None
    assert scope.title_part_overreach("Recycled Rain Cape", ["Shell: 100% recycled polyester"]) is None
    assert scope.title_part_overreach("Recycled Backpack", ["Laptop sleeve", "Padded straps"]) is None
    assert scope.title_part_overreach("Not Recycled Backpack", ["Straps: recycled PET"]) is None


def test_a_claim_that_names_its_part_is_scoped():
    assert scope.names_its_part("Cotton T-Shirt, Recycled Packaging")
    assert scope.names_its_part("Lid: recycled PP")
    assert not scope.names_its_part("Recycled Cotton T-Shirt")
    assert not scope.names_its_part("Eco T-Shirt, Recycled Packaging")


@pytest.mark.parametrize(("other_sense", "claim"), [
    ("Grow organic traffic with SEO", "Grown with organic farming"),
    ("Carbon monoxide sensor", "Carbon neutral shipping"),
    ("Carbon copy paper, 50 sets", "Carbon footprint 2 kg CO2e"),
    ("Low-power always-on display mode", "Low power consumption inverter"),
    ("Renewable licence, renew before expiry", "Renewable energy in production"),
])
def test_more_other_senses_and_gadget_low_power_parts(other_sense, claim):
    assert senses.other_sense_only(other_sense)
    assert not senses.other_sense_only(claim)


def test_an_official_energy_label_but_not_a_customer_rating():
    assert energy.official_energy_label("Star rating: 3 Star BEE (2025)")
    assert energy.official_energy_label("ENERGY STAR certified")
    assert not energy.official_energy_label("5 star customer reviews")
    assert not energy.official_energy_label("Not BEE rated")


def test_rated_hours_of_life_are_a_durability_figure():
    assert durability.durability_figure("Long-lasting LED tube: 30,000 hours rated life (L70)")
    assert "DURABILITY_UNSUBSTANTIATED" not in _rules("Long-lasting LED tube: 30,000 hours rated life").codes
    assert "DURABILITY_UNSUBSTANTIATED" in _rules("Long-lasting LED tube").codes


def test_a_bend_or_keypress_test_is_durability_even_on_a_charging_cable():
    r = _rules("3A fast charging Type-C cable, tested durability with 8000+ bends (12 months warranty)")
    assert r.is_claim and "durability_repair" in r.attributes and "DURABILITY_UNSUBSTANTIATED" not in r.codes
    assert durability.durability_cue("cables have been tested to bend 95-degrees 5,000 times") is not None
    assert durability.durability_figure("Made to last with switches rated for 50 million keypresses.")
    assert durability.durability_figure("ensures 10000 plus bend lifespan")
    # the other side: a charging cable with no test, and a battery's runtime, stay no claims
    assert durability.durability_cue("3A fast charging Type-C cable, 1 m, 480 Mbps data transfer") is None
    assert durability.durability_cue("Long-lasting battery: 30 hours playtime with fast charging") is None
    # a test without its figure is unsubstantiated
    r = _rules("Tested to withstand up to X bend cycles")
    assert r.is_claim and "DURABILITY_UNSUBSTANTIATED" in r.codes


def test_durability_comparisons_and_life_extension_wording():
    r = _rules("Durable PVC housing lasts 6 times longer")
    assert r.is_claim and "UNSUPPORTED_COMPARISON" in r.codes
    assert "UNSUPPORTED_COMPARISON" not in _rules("Lasts 3x longer than our 2019 model").codes  # a baseline
    assert durability.durability_cue("TPE + nylon material: the life of the cable is enhanced significantly")
    assert durability.durability_cue("Nylon braided cable in black, 1.5 m") is None
    # "in it for the long run" with warranty years in the same segment: a claim, backed
    r = _rules("In it for the long run - enjoy 3-years manufacturer warranty on the device")
    assert r.is_claim and "DURABILITY_UNSUBSTANTIATED" not in r.codes


@pytest.mark.parametrize(("adjective", "claim"), [
    ("Display: Durable A+ Grade DLED panel", "Display panel rated for 30,000 hours of life"),
    ("Highly durable & reliable technology", "Durable motor, built to last with spare parts for 10 years"),
    ("Sturdy steel frame", "Sturdy steel frame that will outlive your office"),
])
def test_a_build_adjective_alone_is_no_durability_claim(adjective, claim):
    assert durability.build_adjective_only(adjective)
    assert not durability.build_adjective_only(claim)


# ----------------------------------------------------------------- toy listings (amazon_uk_toys dev)

@pytest.mark.parametrize(("claim", "not_claim"), [
    ("This quality easel is sure to last generations.", "This quality easel is sure to delight."),
    ("Made of solid steel, this wheelbarrow will last and last.", "Made of solid steel, it rolls easily."),
    ("Toys that are cherished and enjoyed for years to come.", "Toys that are cherished and enjoyed by all."),
])
def test_lifetime_wording_of_toy_copy_is_durability(claim, not_claim):
    assert durability.durability_cue(claim) is not None
    assert durability.durability_cue(not_claim) is None


def test_responsibly_sourced_is_sourcing_not_a_generic_term():
    assert "generic_environmental" not in lexicon.attribute_hits("Made from responsibly sourced materials.")
    assert "responsible_sourcing" in lexicon.attribute_hits("Made from responsibly sourced materials.")
    assert "generic_environmental" in lexicon.attribute_hits("We make toys responsibly.")


@pytest.mark.parametrize(("other_sense", "claim"), [
    ("Wrapped in an early 60's vintage design, this set is customised inside out.",
     "Genuine vintage 1970s tin robot, pre-owned."),
    ("Kids learn about the benefits of recycling and conserving resources.",
     "The box is recyclable in kerbside paper collection."),
    ("Sort recycling and trash, and match animals with their habitat.", "Made from recycled board."),
])
def test_a_vintage_style_and_recycling_as_a_topic_are_other_senses(other_sense, claim):
    assert senses.other_sense_only(other_sense)
    assert not senses.other_sense_only(claim)


def test_toy_safety_standards_are_no_badge_and_no_claim():
    reg = default_registry()
    text = "Approved CE (EN71 standard) and USA toy safety standard ASTM F963, tested by SGS."
    assert reg.unknown_badges(text) == []
    assert reg.unknown_badges("Approved by the EcoKid standard.") != []
    assert senses.safety_marks_only(text)
    assert not senses.safety_marks_only("CE, RoHS certified")  # a legal requirement as a feature: a claim
    assert not senses.safety_marks_only("EN71 tested, non-toxic paint")


@pytest.mark.parametrize(("still_generic", "specified"), [
    ("Eco-friendly and durable ABS body with long lasting battery",
     "Eco-friendly: 5-year warranty, spare parts for 10 years"),
    ("Eco friendly, non-toxic natural rubber base", "Eco friendly: PVC-free and BPA-free natural rubber base"),
])
def test_durability_wording_or_a_vague_free_of_does_not_specify_a_generic_term(still_generic, specified):
    assert "GENERIC_CLAIM" in _rules(still_generic).codes
    assert "GENERIC_CLAIM" not in _rules(specified).codes


@pytest.mark.parametrize(("battery", "durability_text"), [
    ("Eco-friendly ABS body with long lasting battery", "Eco-friendly ABS body, long lasting"),
    ("Slim power bank, battery lasts all day", "Slim power bank, built to last"),
])
def test_battery_runtime_inside_another_claim_is_no_durability(battery, durability_text):
    assert durability.durability_only_battery(battery)
    assert not durability.durability_only_battery(durability_text)


@pytest.mark.parametrize(("free_of", "negated"), [
    ("No BPA, PVC, phthalates, or external coatings.", "This bottle is not BPA free."),
    ("Our beads don't contain any heavy metals.", "Not biodegradable - do not flush."),
])
def test_free_of_said_with_a_negator_is_a_claim(free_of, negated):
    assert not negation.negated_only(free_of) and "non_toxic" in lexicon.attribute_hits(free_of)
    assert negation.negated_only(negated)


def test_no_harmful_chemicals_is_a_vague_free_of_unless_a_substance_is_named():
    assert "VAGUE_FREE_OF" in _rules("Herbal formula, safe for kids and pets, no harmful chemicals").codes
    assert "VAGUE_FREE_OF" not in _rules("No harmful chemicals: free of parabens and SLS").codes


@pytest.mark.parametrize(("organic", "other"), [
    ("Organic green tea leaves from Assam", "Air Dried Clay; Man made organic substance."),
    ("Made of organic cotton", "Organic shapes inspired by pebbles"),
])
def test_organic_wording_is_an_organic_claim_but_not_in_other_senses(organic, other):
    assert claim_forms.organic_claim(organic) is not None
    assert "organic" in _rules(organic).attributes and "UNQUANTIFIED_CHARACTERISTIC" in _rules(organic).codes
    assert claim_forms.organic_claim(other) is None


def test_a_certification_or_a_share_qualifies_organic_wording():
    assert "UNQUANTIFIED_CHARACTERISTIC" not in _rules("Made of 95% organic cotton").codes
    assert "UNQUANTIFIED_CHARACTERISTIC" not in _rules("Organic cotton, GOTS certified").codes


@pytest.mark.parametrize(("unquantified", "quantified"), [
    ("Saves energy, long life of 25000 hours", "Saves energy: 9 W gives the light of a 60 W bulb"),
])
def test_energy_wording_needs_an_energy_figure_not_any_number(unquantified, quantified):
    assert "UNQUANTIFIED_CHARACTERISTIC" in _rules(unquantified).codes
    assert "UNQUANTIFIED_CHARACTERISTIC" not in _rules(quantified).codes


def test_cooking_and_diet_comparisons_are_not_environmental():
    assert senses.diet_only("Uses up to 90% less oil than traditional frying")
    assert not senses.diet_only("Uses up to 30% less energy than an oven")


def test_a_mains_standby_figure_is_energy_wording_not_battery_runtime():
    assert energy.energy_saving("Power saving: consumes only 0.5W in standby") is not None
    assert energy.energy_saving("Power saving: 30 days standby on one charge") is None


def test_bpa_free_is_a_legal_requirement_only_on_baby_feeding_products():
    assert legal.baby_feeding("Baby Feeding Bottle 250ml, Anti-Colic") and legal.bpa_free("BPA free, anti-colic")
    assert not legal.baby_feeding("Cool Mist Humidifier for Baby Room")
    assert legal.bpa_free("This lid is not BPA free") is None


@pytest.mark.parametrize(("washing", "reusable"), [
    ("Poker table cloth, machine washable", "Reusable nappies replace 2000 disposables"),
    ("Wall paint with a washable finish", "Washable and reusable makeup pads"),
])
def test_washing_instructions_are_no_reuse_claim(washing, reusable):
    assert senses.other_sense_only(washing)
    assert "reusable_refillable" in lexicon.attribute_hits(reusable) and not senses.other_sense_only(reusable)


def test_low_voc_is_free_of_wording():
    assert "non_toxic" in lexicon.attribute_hits("Low VOC, odourless")


@pytest.mark.parametrize(("generic_text", "plain"), [
    ("Enviroment friendly and unbreakable", "Unbreakable and stackable"),
    ("Made from natural materials, completely safe for environment", "Rounded tips, completely safe for kids"),
    ("Eco freindly, soft and absorbent", "Soft and absorbent"),
])
def test_misspelt_and_reordered_generic_terms_are_generic(generic_text, plain):
    assert generic.strong_generic(generic_text) is not None
    assert generic.strong_generic(plain) is None


@pytest.mark.parametrize(("energy_text", "not_energy"), [
    ("Saves up to 40% electricity with inverter technology", "65 watt type C cable, Prolong Bending Lifespan"),
    ("5 star BEE rated, 795 units per year", "High grade oil for long lasting and better heating efficiency"),
])
def test_an_energy_claim_needs_energy_wording(energy_text, not_energy):
    assert energy.energy_wording(energy_text)
    assert not energy.energy_wording(not_energy)


def test_brand_names_with_eco_words_are_names():
    assert product_names.brand_names("Green Tales Cotton Kurta for Women", "Fabric: cotton|Brand: Green Tales") == \
        ("Green Tales",)
    assert product_names.brand_names("Green Toys Stacker", "The Green Toys Stacker is safe.") == ("Green Toys",)
    # a generic claim, a certification and a name used once are not brand names
    assert product_names.brand_names("Eco-Friendly Bamboo Toothbrush", "Eco-Friendly Bamboo Toothbrush, soft") == ()
    assert product_names.brand_names("Washing-Up Liquid – EU Ecolabel", "EU Ecolabel. 100% recycled bottle") == ()
    assert product_names.brand_names("Green Energy Solar Lights", "100% green energy") == ()
    masked = product_names.without_names("Most importantly, the Green Toys Stacker is safe.", ("Green Toys",))
    assert "generic_environmental" not in lexicon.attribute_hits(masked)


@pytest.mark.parametrize(("not_a_badge", "badge"), [
    ("Double Deck Seal keeps the lid tight", "EcoPure Seal of approval"),
    ("HDR10+ certified, HDR10, HLG", "GreenHome certified"),
    ("VESA certified wall mount", "PlanetWise certified"),
])
def test_physical_seals_and_display_formats_are_no_badges(not_a_badge, badge):
    reg = default_registry()
    assert reg.unknown_badges(not_a_badge) == []
    assert reg.unknown_badges(badge) != []


@pytest.mark.parametrize(("convenience", "claim"), [
    ("Making life easier on the go, play/pause with one click", "Long life: rated 25,000 hours"),
    ("So absolutely safe for adults and children", "Safe for the environment and children"),
])
def test_convenience_and_safety_for_people_are_not_claims(convenience, claim):
    assert senses.convenience_only(convenience)
    assert not senses.convenience_only(claim)


def test_saving_the_earth_is_a_generic_term():
    assert generic.strong_generic("Store food in original packaging & help save the Earth") is not None
    assert generic.strong_generic("Save 20% on your first order") is None


def test_game_scores_and_customer_ratings_are_no_badges():
    reg = default_registry()
    assert reg.unknown_badges("Dude Dice High Score") == [] and reg.unknown_badges("THE MAX SCORE") == []
    assert reg.unknown_badges("EcoPure Score 9/10") != []


@pytest.mark.parametrize(("eco", "not_eco"), [
    ("Better for the planet", "HASSLE FREE 1 YEAR WARRANTY from a company that has valued customers for 30 years"),
    ("Kind to oceans and wildlife", "Double Deck Seal keeps the lid tight"),
])
def test_a_high_finding_needs_an_environment_word(eco, not_eco):
    assert generic.environment_word(eco)
    assert not generic.environment_word(not_eco)


def test_text_mostly_in_a_script_the_models_cannot_read_is_not_english():
    from claims.text.language import listing_language

    # the detector is unsure between Hindi and Marathi, but Devanagari is never English
    assert listing_language({"title": "पर्यावरण के अनुकूल पानी की बोतल",
                             "description": "100% प्राकृतिक और पर्यावरण के अनुकूल"}) == "hi"
    # an English listing with a line of Hindi is read
    assert listing_language({"title": "Steel Bottle 1L",
                             "description": "पर्यावरण के अनुकूल|BPA free|Eco friendly"}) == "en"
    assert listing_language({"title": "USB C cable 1m", "description": ""}) == "en"


@pytest.mark.parametrize("generic_text", ["WE CARE FOR PLANET", "every charger you buy is a step for a greener planet",
                                     "Buy now for a greener future"])
def test_seller_phrasings_of_a_generic_claim(generic_text):
    assert generic.strong_generic(generic_text)
    assert not generic.strong_generic("Care for your skin")


# Fifth round (held-out writers i and k, behavioural c5 dev half)

def test_a_header_names_the_topic_the_statement_after_it_negates():
    assert negation.negated_only(
        "About emissions: we do not buy offsets and we do not call this coffee carbon neutral.")
    assert not negation.negated_only("About emissions: this coffee is carbon neutral.")


@pytest.mark.parametrize(("other", "claim"), [
    ("Organic, hand-shaped curves, each piece slightly different", "Organic cotton, soft feel"),
    ("Chroma key green, wrinkle-resistant polyester", "Green and clean: eco-friendly polyester"),
    ("green neon light glows when power is on", "green power: runs on solar energy"),
    ("activated carbon filters remove chlorine and organic impurities", "made with organic cotton"),
    ("REFILLABLE PEN: unscrew the tip and put new refill", "Refill pouches use 70% less plastic than bottles"),
    ("Storage containers for dal, rice and organic millets", "Organic millets 1 kg, India Organic certified"),
])
def test_other_senses_of_real_seller_copy(other, claim):
    hits = set(lexicon.attribute_hits(senses.without_other_senses(other)))
    assert not hits or senses.green_only_as_name(other)
    assert lexicon.attribute_hits(senses.without_other_senses(claim))


def test_a_generic_term_scoped_to_a_part_or_to_the_whole_is_no_overreach():
    assert scope.part_scoped("Eco sneakers – the laces are made from recycled PET")
    assert scope.part_scoped("Eco sneakers – the laces and tags are made from recycled PET")
    # the parts named are the whole notebook; the generic term is the packaging's own
    assert not scope.part_scoped("Good for the earth: pages and cover made of 100% recycled paper")
    assert not scope.part_scoped("Eco-conscious packaging: gift box made of 100% recycled board")


def test_a_title_material_the_description_gives_to_the_cushion_covers_only():
    parts = ["Cushion covers: 100% organic cotton, GOTS certified", "Frame: engineered wood and pine"]
    assert scope.title_part_overreach("Livaro Organic Cotton 3 Seater Sofa, Beige", parts)
    assert not scope.title_part_overreach("Livaro 3 Seater Sofa with Organic Cotton Cushion Covers", parts)


def test_energy_star_unique_id_is_its_licence_number():
    reg = default_registry()
    assert reg.find("ENERGY STAR certified (ENERGY STAR Unique ID 2412987)")[0].licence
    assert reg.find("ENERGY STAR certified monitor")[0].licence is None


@pytest.mark.parametrize(("vague", "specified"), [
    ("straw and lid made of PP which are BPA free, 100% chemical free bottle",
     "non-toxic: free of BPA and lead"),
    ("made of solid wood, nontoxic and BPA free", "free of BPA, lead and other harmful chemicals"),
])
def test_a_named_substance_specifies_a_vague_term_only_in_its_own_list(vague, specified):
    assert generic.vague_free_of(vague)
    assert not generic.vague_free_of(specified)


def test_mains_power_saving_is_energy_gadget_power_saving_is_not():
    assert energy.mains_appliance("Telvion 80 cm (32 inches) HD Ready Smart LED TV with Eco Power Saving Mode")
    assert energy.mains_appliance("Crompton 1200 mm BLDC Ceiling Fan with Remote")
    assert not energy.battery_gadget("Crompton 1200 mm BLDC Ceiling Fan with Remote")
    assert not energy.mains_appliance("Smartwatch 1.43 inch AMOLED with Heart Rate Monitor")
    assert not energy.mains_appliance("Cordless Vacuum Cleaner 120W")
    assert energy.mains_saving("Select Eco Power mode to reduce the power consumption, auto standby saves electricity")
    assert energy.mains_saving("Eco mode cycles the heater and saves power while you sleep")
    assert not energy.mains_saving("Battery saving mode gives 2 extra days")


def test_water_saving_is_a_water_claim_with_the_figure_rules():
    r = _rules("Smart recovery RO membrane, purifier saves upto 60% water every day")
    assert "water_efficiency" in r.attributes and "UNSUPPORTED_COMPARISON" in r.codes
    r = _rules("Zero water wastage technology")
    assert "water_efficiency" in r.attributes and "UNQUANTIFIED_CHARACTERISTIC" in r.codes
    assert not _rules("IPX7 waterproof, water resistant body").is_claim


def test_a_renewed_product_is_a_refurbished_claim_its_warranty_line_is_not():
    renewed = _rules("This is a Renewed product, pre-owned unit, inspected and cleaned")
    warranty = _rules("6 months seller warranty on Renewed products, returns within 10 days")
    assert "secondhand_refurbished" in renewed.attributes
    assert "secondhand_refurbished" not in warranty.attributes
    assert not claim_forms.refurbished_claim("Renewed energy for your morning")


@pytest.mark.parametrize(("other", "durable"), [
    ("cool shot button sets the hairstyle and gives long lasting volume", "long lasting motor, built to last"),
    ("Ultra alkaline formula gives long lasting power for everyday devices", "long lasting steel body"),
])
def test_what_lasts_must_be_the_product(other, durable):
    assert durability.durability_cue(other) is None
    assert durability.durability_cue(durable)


def test_an_e_waste_instruction_is_no_take_back_offer():
    assert not legal.ewaste_duty("Used batteries should be given at e-waste collection centre as per local rules")
    assert legal.ewaste_duty("Free e-waste pickup from your home as per E-Waste Rules")


def test_plain_returns_and_replacement_lines_are_service_terms():
    assert durability.service_terms_only("If you receive a broken protector we will replace it free within 10 days")
    assert durability.service_terms_only("Being a personal care product it is not returnable once used")
    assert not durability.service_terms_only("Returnable glass bottles: we refill them for you")


@pytest.mark.parametrize(("reusable", "not_reusable"), [
    ("Six reusable pictures on thick board to colour with the water pen", "Six pictures on thick board to colour"),
    ("They can be peeled off after use and reused the following year", "They can be peeled off after use"),
    ("Comes in a handy reusable storage can", "This tin is not reusable, please recycle it"),
])
def test_reusable_said_of_the_product_is_a_reusable_claim(reusable, not_reusable):
    assert "reusable_refillable" in _rules(reusable).attributes
    assert "reusable_refillable" not in _rules(not_reusable).attributes


def test_a_quantified_claim_on_the_whole_material_names_no_part():
    assert scope.names_no_part("Like every jigsaw in the range, it is made from 100% recycled board")
    assert not scope.names_no_part("Eco jigsaw: the box is made from 100% recycled board")
    assert not scope.names_no_part("Eco-friendly jigsaw, made from 100% recycled board")


@pytest.mark.parametrize(("specific", "plain"), [
    ("Replacement legs, leaves and fittings available for 10 years after purchase", "Legs, leaves and fittings"),
    ("4200 mAh user-replaceable battery", "4200 mAh battery"),
    ("Each bag is rated and tested for at least 50 shipping cycles.", "Each bag is rated for shipping."),
])
def test_repair_terms_and_tested_cycles_are_specific_durability_claims(specific, plain):
    r = _rules(specific)
    assert "durability_repair" in r.attributes and "DURABILITY_UNSUBSTANTIATED" not in r.codes
    assert "durability_repair" not in _rules(plain).attributes


@pytest.mark.parametrize(("plain", "reusable"), [
    ("Pre filter washable, H13 filter replacement code sold separately", "Reusable cloth filter replaces paper bags"),
    ("Food-grade silicone, washable.", "Reusable silicone food bags replace cling film"),
    ("Handle fits standard refills.", "Refill pouches for our glass dispenser"),
])
def test_washable_parts_and_standard_refills_are_plain_function(plain, reusable):
    assert "reusable_refillable" not in lexicon.attribute_hits(senses.without_other_senses(plain))
    assert "reusable_refillable" in lexicon.attribute_hits(senses.without_other_senses(reusable))


# Sixth round (behavioural c6 dev half)

@pytest.mark.parametrize(("negated", "plain"), [
    ("Note: this honey is NOT organic certified – organic nahi hai, sirf raw forest honey", "Organic forest honey"),
    ("Energy Star: Not certified", "Energy Star: certified"),
])
def test_hinglish_and_spec_table_negations(negated, plain):
    assert negation.negated_only(negated)
    assert not negation.negated_only(plain)


@pytest.mark.parametrize(("other", "claim"), [
    ("Colour: Racing Green gloss with black visor", "Green choice: eco-friendly visor"),
    ("Chapters on composting peels and planning a low-waste week", "Compostable peel bags, EN 13432"),
])
def test_more_other_senses(other, claim):
    assert not lexicon.attribute_hits(senses.without_other_senses(other)) or senses.green_only_as_name(other)
    assert lexicon.attribute_hits(senses.without_other_senses(claim))


def test_kids_energy_and_a_consumables_yield_are_no_claims():
    assert generic.eco_cue("Lets kids burn off extra energy") and \
        not generic.eco_cue(senses.without_other_senses("Lets kids burn off extra energy"))
    assert durability.durability_cue("one bottle = 40 washes") is None
    assert durability.durability_cue("colour tested to 40 washes")


def test_eco_after_a_model_code_is_a_name():
    assert generic.strong_generic("BuildStar 3CX Eco Backhoe Loader 1:32 Die-Cast Model") is None
    assert generic.strong_generic("BuildStar Eco Friendly Backhoe Loader 1:32 Die-Cast Model")
    assert legal.book_listing("The Zero Waste Kitchen: 120 Recipes (Paperback) | ISBN-13: 978-93-6011-274-9")
    assert not legal.book_listing("Zero Waste Kitchen Compost Bin 5 L")


def test_a_generic_term_justified_by_one_feature_or_one_part_is_overreach():
    assert scope.part_scoped("Eco-friendly kettle: auto shut-off means no wasted electricity")
    assert scope.part_scoped("Sustainable because the inner lining is made from recycled PET bottles")
    assert not scope.part_scoped("Sustainable because it is made from 100% recycled PET bottles")
    title = "Torvane Sustainable Car Body Cover for Hyundai Creta"
    assert scope.title_generic_overreach(title, ["Storage pouch made from 100% recycled PET bottles"])
    assert not scope.title_generic_overreach(title, ["Fabric made from 100% recycled PET bottles"])
    assert not scope.title_generic_overreach("Green Packing Tape 6 Rolls", ["Storage pouch made from recycled PET"])


def test_fair_trade_and_measured_durability_comparisons():
    assert "fair_labor" in _rules("Kolvo Unisex Fair Trade Knit Beanie for Trekking").attributes
    r = _rules("Coating keeps strings sounding bright 3x longer than our uncoated set (lab test, 60 hrs of play)")
    assert "durability_repair" in r.attributes and "DURABILITY_UNSUBSTANTIATED" not in r.codes
    assert "DURABILITY_UNSUBSTANTIATED" in _rules("Coating keeps strings bright for longer, built to last").codes
    assert default_registry().find("ENERGY STAR certified (ID 2410033)")[0].licence


# Sixth round (held-out writers m and o)

def test_water_figures_and_their_baselines():
    r = _rules("Low Flow 6 LPM Water Saving")
    assert "water_efficiency" in r.attributes
    assert not r.codes & {"UNQUANTIFIED_CHARACTERISTIC", "UNSUPPORTED_COMPARISON"}
    assert "UNSUPPORTED_COMPARISON" in _rules("SAVES 150 LITRE WATER EVERY WASH").codes
    assert not lexicon.attribute_hits("Coverage: 60-70 sq ft per litre per coat")


def test_lead_free_brass_is_no_legal_requirement_lead_free_solder_is():
    assert not legal.legal_signal_beyond_bpa("Body made from DZR lead free brass, lead below 0.25%, NSF/ANSI 372")
    assert legal.legal_signal_beyond_bpa("Lead free solder, RoHS compliant PCB")


def test_degradability_needs_conditions_somewhere_in_the_listing():
    assert "UNQUALIFIED_DEGRADABILITY" in _rules("Our pads are 100% biodegradable and go back to nature").codes
    assert "UNQUALIFIED_DEGRADABILITY" not in _rules("Home compostable in 180 days (OK compost HOME)").codes
    assert not claim_forms.degradability_conditions("Dustbin Bags for Kitchen, Home & Office, 3 months use")
    assert claim_forms.degradability_conditions("81% biodegradation in 28 days as per OECD 301B")


@pytest.mark.parametrize(("other", "claim"), [
    ("ECO SERIES :- Value range of cookers, same ISI quality", "ECO FRIENDLY :- cookers made of recycled aluminium"),
    ("Green bin with white recycle arrows print", "Recyclable bin, recycle at kerbside"),
    ("5 Ply Wood + 2 Carbon Layers", "Carbon neutral shipping"),
    ("2K PU polish, pot life 4 hours after mixing", "Long life polish, lasts 5 years"),
    ("Refillable with Bottle Ink or Cartridges", "Refill pouches for our glass dispenser"),
])
def test_names_and_other_senses_of_the_sixth_round(other, claim):
    assert not lexicon.attribute_hits(senses.without_other_senses(other)) or senses.green_only_as_name(other)
    assert lexicon.attribute_hits(senses.without_other_senses(claim)) or durability.durability_cue(claim)


def test_fuel_economy_and_indian_english_less_are_energy_wording():
    assert energy.energy_saving("Low friction additive improve fuel economy upto 3%")
    assert energy.energy_saving("uses very less electricity compared to tube lights")
    assert default_registry().unknown_badges("Energy Saver 5 Star Rated by Roshnika Labs")
    assert not default_registry().unknown_badges("ISI & DOT Certified helmet")


# Seventh round (behavioural c7 dev half)

def test_seventh_round_wording():
    # compostable said another way, without conditions
    assert "UNQUALIFIED_DEGRADABILITY" in _rules("DISPOSAL - used plates are suitable for composting").codes
    # a licence that renews, a discount: no renewable energy, no comparison
    assert not lexicon.attribute_hits(senses.without_other_senses("licence is renewable every year at 30% off"))
    assert not comparison.comparative_figure("renew at 30% off")
    # "green formula" is a generic claim; an abbreviation's dot does not end a disclaimer
    assert generic.strong_generic("GREEN FORMULA - made for everyday dishwashing")
    assert negation.negated_only(
        "NOTE - we do not claim, e.g. on the box or in our ads, that this fan is eco-friendly.")
    assert durability.durability_figure("LIFESPAN - rated life upto 25000 hours at normal use")
    # a brand's generic term justified by its cartons, a few words after the dash
    assert scope.part_scoped("SUNVIK IS A SUSTAINABLE BRAND - all our geysers ship in cartons made from recycled "
                               "board")


def test_parts_that_make_the_product_are_no_overreach():
    assert scope.parts_are_the_product("box and lid are made from 100% recycled polypropylene",
                                         "Stackly Storage Box with Lid 15 L, Set of 4")
    assert not scope.parts_are_the_product("the laces are made from recycled PET", "Eco Running Shoes")
    assert not scope.parts_are_the_product("a sustainable brand: our gift boxes are made from recycled board",
                                             "Kavira Rigid Gift Boxes with Lid")
    assert default_registry().find("GRS certified (scope certificate CU-GRS-1123456)")[0].licence


def test_seventh_round_held_out_wording():
    # a stapler's tested count is a specific durability figure; an inverter runtime is no durability
    assert durability.durability_figure("Tested for 1,00,000 Staplings")
    assert durability.durability_cue("runs upto 2x longer on your home inverter during power cuts") is None
    # Eco as a picture mode, an ink tank printer's refills, refillable whiteboard markers
    for other in ("Eco Picture Mode & Chromecast Built-in", "integrated front facing refill ports",
                  "Boardmate Refillable Whiteboard Markers Set of 4"):
        assert not lexicon.attribute_hits(senses.without_other_senses(other)), other
    # a charger "for iPhone" is not a battery gadget
    assert not energy.battery_gadget("Qivolt 15W Wireless Charger Pad with Adapter, for iPhone 15/14/13")
    assert energy.battery_gadget("Zapcell 10000mAh Power Bank for iPhone")


# Eighth round (held-out writer s, behavioural c8 dev half)

def test_eighth_round_wording():
    # importers' translated generic terms, and a choice "for the planet"
    assert generic.strong_generic("HUAJIE Electric Kettle, Environmental Protection Material")
    assert generic.strong_generic("a conscious choice for the planet and your pocket")
    assert not generic.strong_generic("Registered with the Environmental Protection Agency")
    # mains saving said with a possessive, "on" the bill, passively
    assert energy.energy_saving("Smart Eco Mode lowers the router's power consumption while you sleep")
    assert energy.energy_saving("save upto 30% on electricity bills every month")
    assert energy.mains_saving("fan runs slower so that electricity consumption is reduced")
    # "Recharge up to 1000 Times" is a count, not a comparison; "2 times longer" is one
    assert not comparison.comparative_figure("Recharge up to 1000 Times")
    assert comparison.comparative_figure("lasts 2 times longer")
    # remanufactured is refurbished; degradable wording; municipal disposal rules are no composting condition
    assert "secondhand_refurbished" in _rules("Remanufactured Toner Cartridge, cleaned and refilled").attributes
    assert "UNQUALIFIED_DEGRADABILITY" in _rules("this film is degradable, put in dry waste").codes
    assert not claim_forms.degradability_conditions("please dispose as per your local municipal rules")
    # an Eco mode that only sets the speed is no overreach; a dated promise; a range-wide claim
    assert not scope.part_scoped("ECO MODE: fan runs on lowest speed so that you sleep without catching cold")
    assert "FUTURE_PERFORMANCE" in _rules("all Sonivue TVs will ship in plastic-free packaging from 2027").codes
    assert "WHOLE_PRODUCT_OVERREACH" in _rules("EVERY HEATWISE PRODUCT IS ENERGY SAVING as it is BEE 5 Star").codes
    assert senses.gadget_power_saving_only("Wireless Gaming Mouse, Energy-Saving Sleep Mode")


# Ninth round (held-out writers u and w, behavioural c9-c12 dev halves)

def test_ninth_round_other_senses():
    # a renewing subscription, sustained performance, an upgrade as a better product, a colour with a count
    for other in ("Validity: 1 year from activation, renewable at the same price",
                  "Sustainable high frame rates in long sessions",
                  "Smart upgrade for your workspace",
                  "Organic leaf-shape print"):
        assert senses.other_sense_only(other), other
    for claim in ("The shade is made from renewable bamboo", "easy to repair and upgrade", "organic cotton print tee"):
        assert not senses.other_sense_only(claim), claim
    assert "Green" not in senses.without_other_senses("20 Refills (Blue 10, Black 4, Red 3, Green 3), 110 mm")
    # CPSC is a safety mark; a renewable material is sourcing, not renewable energy
    assert senses.safety_marks_only("CPSC certified for bicycle use")
    assert lexicon.attribute_hits("made from renewable materials") == ["responsible_sourcing"]
    assert lexicon.attribute_hits("100% renewable electricity") == ["renewable_energy"]


def test_ninth_round_generic_terms():
    assert generic.strong_generic("Ethical & Sustainable Stacking Ring, 925 Sterling Silver")
    assert not generic.strong_generic("natural, sustainable pace of play")
    assert generic.strong_generic("A CONSCIOUS CHOICE for your closet")
    assert generic.strong_generic("Room Freshener Spray, Planet-Safe Formula")
    assert generic.strong_generic("KATHA SUSTAINABLE WOODEN CHOPPING BOARD")
    assert generic.strong_generic("write guilt free and help India turn green")
    assert not generic.strong_generic("LED will go green when fully charged")
    assert generic.strong_generic("healthy choice for your family & the earth")
    assert not generic.strong_generic("Turn the dial to Eco Steam position for silk sarees")
    # the generic term specifies nothing itself: "Climate-Friendly" is no carbon claim
    assert "GENERIC_CLAIM" in _rules("Chillax Climate-Friendly Portable Air Cooler 40 L").codes
    assert "GENERIC_CLAIM" not in _rules("Climate-friendly: 100% renewable electricity in our factory").codes
    # a maker's name vs a sentence after it
    assert senses.company_line("Manufactured by Green Leaf Pvt. Ltd.")
    assert not senses.company_line("Manufacturer: Ferrowin Home Appliances Pvt. Ltd. Eco-friendly design.")


def test_ninth_round_negation_and_service():
    assert negation.negated_only("PFAS Free: Not tested, we make no claim")
    assert not negation.negated_only("PFAS Free: Yes")
    # a double negative is a claim
    assert not negation.negated_only("Bottle: PET, not non-recyclable, put in dry waste")
    assert negation.negated_only("Bottle: PET, non-recyclable, put in dry waste")
    # a disposal instruction gives the recycling route
    assert claim_forms.recycling_route("The packaging is recyclable – flatten it and put it in your paper recycling.")
    assert not claim_forms.recycling_route("The packaging is recyclable.")


def test_ninth_round_durability_energy_legal():
    # a pack size is no plug test; the first washes are no wash test; repair wording is a durability claim
    assert not durability.durability_figure("Sales Package: 10 Plug Tops")
    assert durability.durability_figure("tested for 10000 plugging cycles")
    assert not durability.durability_figure("colour may bleed in first 2 washes")
    assert durability.durability_figure("holds its colour for 50 washes")
    assert "DURABILITY_UNSUBSTANTIATED" in _rules("Easy to repair, built to be fixed not replaced").codes
    # standby power of a plugged-in charger is energy; a gadget's standby is battery runtime
    assert energy.energy_saving("GaN chip draws 50% less standby power when charger is left plugged in")
    assert not energy.energy_saving("Battery: 30 days standby, power saving mode")
    assert energy.energy_saving("Saves up to 40% power vs. a 3 Star fixed-speed AC")
    # an official label backs the rating, not a saving share without a baseline
    assert "UNSUPPORTED_COMPARISON" in _rules("BEE 3 Star Rated, Saves upto 85% Electricity").codes
    assert "UNSUPPORTED_COMPARISON" not in _rules("BEE 3 Star Rated, Energy Saving LED Bulb").codes
    assert not comparison.comparative_figure("Double Ball Bearing, 400 RPM")
    assert comparison.comparative_figure("lasts twice as long")
    # lead-free solder is the RoHS requirement
    assert "LEGAL_REQUIREMENT_AS_FEATURE" in _rules("Lead-free solder throughout").codes
    assert "LEGAL_REQUIREMENT_AS_FEATURE" not in _rules("Lead-free brass fittings").codes


def test_ninth_round_one_part_of_several():
    # a title claim the composition gives to one part while another part is of another material
    parts = ["Top cloth: 100% organic cotton, GOTS certified (licence no. CU 1061457)", "Base: anti-slip rubber, 3 mm"]
    assert scope.title_part_overreach("Gripto Organic Mouse Pad 30 x 25 cm, Stitched Edges", parts)
    assert not scope.title_part_overreach("Gripto Mouse Pad, Organic Cotton Top Cloth", parts)
    same = ["Top cloth: 100% organic cotton", "Base: 100% organic cotton twill"]
    assert not scope.title_part_overreach("Gripto Organic Mouse Pad", same)
    # the title names what the part is made of: scoped
    canvas = ["Outer: 100% organic cotton canvas (GOTS, licence CU 1094522)", "Padding: 8 mm foam"]
    assert not scope.title_part_overreach("Laptop Sleeve 14 inch, Organic Cotton Canvas", canvas)
    # one ingredient of a formula
    assert scope.title_part_overreach("Organic Aloe Face Wash 100 ml", ["Contains organic aloe vera extract"])
    assert not scope.title_part_overreach("Organic Aloe Face Wash 100 ml", ["Made with 98% organic ingredients"])
    # a whole-product material claim explained by its carton
    assert scope.material_part_scoped("Air fryer made from recycled materials: the carton box is 100% recycled")
    assert not scope.material_part_scoped("Bottle made from recycled plastic - the cap is PP")


# Tenth round (held-out writers y and aa, behavioural c13-c16 dev halves)

def test_tenth_round_negation():
    assert negation.negated_only("None of the materials in this jacket, from the shell to the zips, are recycled.")
    assert not negation.negated_only("None of our packaging is plastic, but the tape is recycled")
    # a question answered yes claims what it asks; answered no, it does not
    assert not negation.negated_only("Q: Can I compost these straws? A: Yes, put them in your home compost bin.")
    assert negation.negated_only("Q: Can I compost these straws? A: No.")
    assert negation.negated_only("I won't call this candle sustainable or eco-friendly, it is a paraffin candle.")
    assert negation.negated_only("Not biodegradable; approx. 450 years to break down in a landfill.")
    assert not negation.negated_only("breaks down in 90 days in a home compost heap")


def test_tenth_round_other_senses_and_gadgets():
    for other in ("Pack Of 4 Refills", "just unscrew the empty refill and screw the new one",
                  "Nano Carbon Formula: micro sized carbon particles give 12.8 W/mK conductivity",
                  "ECO Series (Our Budget Friendly Range): same safety at a lower price"):
        assert senses.other_sense_only(other), other
    for claim in ("Refill pouch uses 70% less plastic", "Buy refills instead of new bottles"):
        assert not senses.other_sense_only(claim), claim
    assert energy.mains_appliance("Shredix S8 8 Sheet Cross Cut Paper Shredder with 15 Litre Bin")
    assert energy.battery_capacity("2500 mAh battery, up to 6 hours per charge")
    # a licence number belongs to the scheme whose code it carries
    reg = default_registry()
    text = "100% organic cotton, GOTS certified (licence no. CU 841277)|OEKO-TEX STANDARD 100 certified"
    assert reg.licence_anywhere(reg.schemes["GOTS"], text)
    assert not reg.licence_anywhere(reg.schemes["OEKO_TEX_100"], text)


def test_tenth_round_durability_and_comparisons():
    assert durability.durability_cue("Spare lid & gasket available for Rs. 199 - replace parts instead of the bottle")
    assert not durability.durability_cue("spare cartridge sold separately")
    assert durability.durability_figure("Fold mechanism tested for 20,000 open/close cycles")
    assert not durability.durability_figure("Clean Fresh Scalp in 3 Washes")
    # a baseline before the dash serves the figure after it
    assert comparison.comparison_baseline("Power consumption 190 W vs. 1500 W for a 1 ton AC")


def test_tenth_round_scope():
    # one part's attribute said to make the whole product green; a brand claim from its packaging
    assert scope.whole_from_part("a vegan leather strap, which makes the whole watch a sustainable smartwatch")
    assert not scope.whole_from_part("the whole family will love it")
    assert scope.brand_by_packaging("Plastic-free brand: this set ships in a paper sleeve")
    assert not scope.brand_by_packaging("Plastic-free packaging: this set ships in a paper sleeve")
    # the title names the item the bullet makes the claim for: scoped, not stretched
    bullets = ("MOUSE PAD: 25 x 21 cm, base made of 100% recycled rubber", "BACKPACK: 600D polyester")
    assert scope.title_claim_confirmed("Recycled Rubber Mouse Pad", bullets)
    assert not scope.title_claim_confirmed("Recycled Laptop Backpack", bullets)
    # ... unless the title says the product is made of it
    filling = ["Cushion filling: 100% recycled PET fibre (approx. 180 bottles per sofa)", "Frame: solid pine wood",
               "Upholstery: polyester blend fabric"]
    assert scope.title_part_overreach("Fabric Sofa Made from Recycled Bottles, Grey", filling)
    # one ingredient's organic farming
    assert scope.title_part_overreach("Aurelle Organic Night Cream 50 g",
                                      ["Contains 3% rosehip oil from organic farming (ECOCERT certified ingredient)"])


# Eleventh round (held-out writer ac, behavioural c17-c20 dev halves)

def test_eleventh_round():
    assert durability.durability_figure("Lifespan approx. 30,000 h (min. 25,000 h, L70)")
    assert durability.durability_cue("Product details: Designed to last.")
    assert claim_forms.recycling_route("All-steel infuser: recyclable at metal scrap dealers.")
    assert claim_forms.animal_claim("Cover: vegan leather over high-density foam")
    assert not claim_forms.animal_claim("Cover: not vegan leather, genuine cowhide")
    assert senses.other_sense_only("Self-lit organic pixels for perfect black")
    assert senses.other_sense_only("Hand-thrown stoneware with an organic, wavy silhouette")
    assert generic.strong_generic("Foliqo Sustainable Copy Paper A4, 80 gsm")
    # a function at work is an aspect: "eco friendly because it is refillable" stretches it to the pen
    assert scope.part_scoped("Eco friendly pen because it is refillable with bottled ink")
    assert scope.title_part_overreach("Body Lotion 400 ml, Plastic Free", ["Shipped in a paper mailer with no plastic"])


def test_a_hundred_percent_material_against_a_composition_line():
    from claims.evidence.facts import fact_conflicts
    from claims.text.prep import segment_field

    segs = segment_field("title", "100% Organic Cotton Bath Towel Set of 2") + \
        segment_field("description", "Material: 70% Cotton, 30% Polyester")
    assert [why for _, _, why in fact_conflicts(segs, [0])] == ["composition"]
    same = segment_field("title", "100% Organic Cotton Bath Towel Set of 2") + \
        segment_field("description", "Material: 100% organic cotton")
    assert fact_conflicts(same, [0]) == []


# Twelfth round (behavioural c21-c38 dev halves, held-out dev): one predicate, one text, what it should say

TWELFTH_ROUND = [
    (senses.other_sense_only, "refill the same jars, no new bottle needed", False),
    (senses.other_sense_only, "Refill packs of 100 g masala at Rs. 45 each", True),
    (negation.answered_yes, "Q: Can I compost these straws? A: Yes, you can put them in your home compost bin.", True),
    (negation.answered_yes, "Q: Can I compost these straws? A: No, the coating is plastic.", False),
    (claim_forms.recycled_claim, "Recycled Content: Yes", True),
    (claim_forms.recycled_claim, "Recycled Content: No", False),
    (negation.negated_only, "Carbon footprint: Not measured", True),
    (claim_forms.less_claim, "Low carbon footprint printer", True),
    (claim_forms.less_claim, "Blade of low carbon steel", False),
    (comparison.comparison_baseline, "Saves up to 30% electricity compared with the same tank without PUF", True),
    (comparison.comparison_baseline, "Saves up to 30% electricity compared with other geysers", False),
    (generic.strong_generic, "Green laundry liquid", True),
    (generic.strong_generic, "Green apple dishwash liquid", False),
    (senses.other_sense_only, "Shields skin from environmental aggressors like pollution and dust", True),
    (senses.other_sense_only, "Supports sustainable, long-term weight management", True),
    (senses.other_sense_only, "Sustainable cotton, GOTS certified", False),
    (senses.company_line, "Made by Willow & Co. in our studio on Elm St. Eco friendly and gentle.", False),
    (senses.company_line, "Marketed by Eco Living Pvt. Ltd., Pune", True),
    (scope.collection_wide, "Like our entire collection, this kurti is sustainable", True),
    (scope.collection_wide, "This kurti is sustainable", False),
    (scope.brand_by_packaging, "VANASPATI IS A ZERO-WASTE BRAND \u2013 our soaps come wrapped in recycled paper", True),
    (scope.brand_by_packaging, "A planet-first brand: our shipping carton is 100% recycled kraft", True),
    (scope.brand_by_packaging, "A planet-first brand: every bar is 100% organic, certified by NPOP", False),
    (senses.company_line, "Sold & shipped by Green Park Traders, New Delhi", True),
    (senses.other_sense_only, "3 suction levels: Eco, Standard, Max", True),
    (senses.other_sense_only, "Eco friendly, 3 suction levels", False),
    (senses.other_sense_only, "Story: the squad must save the planet from space villains", True),
    (generic.strong_generic, "Story: the squad must save the planet from space villains", False),
    (senses.other_sense_only, "Kachra Hero Recycling Board Game for Kids", True),
    (negation.negated_only, "Not suitable for home or industrial composting", True),
    (negation.negated_only, "Suitable for home or industrial composting", False),
    (claim_forms.dated_pledge, "From next year all our fans will ship in plastic-free packaging", True),
    (claim_forms.verifiable_plan, "plan published with yearly targets, audited each year by Bureau Veritas", True),
    (claim_forms.verifiable_plan, "we plan to go plastic-free by 2027", False),
    (comparison.comparison_baseline, "Uses 32% less water per cycle vs. the Aqualine WM-700 (2019)", True),
    (generic.vague_specified, "Free of BPA, lead and other harmful chemicals", True),
    (durability.durability_cue, "Resoleable: send them back and we resole them", True),
    (durability.durability_figure, "Resoleable: send them back and we resole them for Rs 1,199, up to 3 times", True),
    (durability.durability_figure, "Resoleable: send them back and we resole them", False),
    (durability.durability_cue, "Spare print head sold separately, so one worn part doesn't mean a new printer", True),
    (durability.durability_figure, "Spare parts (gasket, portafilter, pump) sold for 10 years after purchase", True),
    (scope.part_scoped, "ZERO-EMISSION CAR MOUNT \u2013 delivered only by electric vans in Delhi NCR", True),
    (scope.part_scoped, "LOW-CARBON DUFFEL BAG: shipped from our warehouse by sea freight, never by air", True),
    (scope.part_scoped, "ECO-FRIENDLY CUSHION COVERS \u2013 shipped in a plastic-free paper mailer", True),
    (scope.part_scoped, "CARBON NEUTRAL DELIVERY: every order is delivered carbon neutral", False),
    (scope.part_scoped, "Eco friendly writing pad - saves paper", True),
    (negation.negated_only, "Sustainability: Not specified", True),
    (negation.negated_only, "Shipping: standard courier, CO2 not compensated", True),
    (senses.other_sense_only, "Vermicompost Organic Manure for Plants 5 kg", True),
    (senses.other_sense_only, "Solar Eclipse Glasses Pack of 5", True),
    (senses.other_sense_only, "Learn to turn kitchen waste into compost in 6 weeks", True),
    (durability.durability_cue, "Spare blades sold on our store for 5 years after purchase", True),
    (generic.strong_generic, "Palomari Sustainable Fleece Throw Blanket", True),
    (scope.whole_by_part, "This is a recycled backpack: the zip pullers are moulded from 100% recycled PET.", True),
    (scope.whole_by_part, "The whole machine is recyclable, because the water tank is recyclable PP 5.", True),
    (scope.whole_by_part, "This tote is made from organic cotton: the fabric is GOTS certified organic.", False),
    (scope.whole_by_part, "This is a recycled backpack: the zip pullers are black.", False),
    (generic.strong_generic, "Every candle is made with the planet in mind, hand-poured in batches", True),
    (generic.specified_after, "A greener way to clean: each cloth is woven from 80% recycled polyester", True),
    (generic.specified_after, "A greener way to clean: each cloth is soft and lint free", False),
    (scope.parts_together, "pieces and box are made of 100% recycled board", True),
    (scope.parts_together, "Shell, lining and fill: 100% recycled polyester", True),
    (scope.parts_together, "the laces are made of recycled PET", False),
    (scope.collection_wide, "Our whole stationery range is plastic-free: this notebook ships without wrap", True),
    (scope.collection_wide, "Like everything in our range, this T-shirt is 100% organic cotton", True),
    (scope.brand_by_packaging, "The brand is plastic-free: paper tape and kraft paper only", True),
    (scope.part_scoped, "Eco-friendly because reusable: replaces single-use zip bags", True),
    (claim_forms.recycled_claim, "Upper: recycled mesh, breathable", True),
    (claim_forms.neutral_claim, "Kadrix Carbon Neutral Trekking Poles, Pair", True),
    (claim_forms.neutral_claim, "We do not call the kettle carbon neutral", False),
    (durability.battery_runtime_only, "Low-power chip: 1 set of 3 x AAA batteries lasts about 1 year", True),
    (senses.other_sense_only, "ECO display: always-on watch face dims to save battery", True),
    (senses.other_sense_only, "Made for Hot Indian Climate", True),
    (senses.other_sense_only, "Pickle with green chillies and mustard oil", True),
    (senses.other_sense_only, "Sweeping Second Hand", True),
    (senses.other_sense_only, "Vintage Wash with whiskers", True),
]


@pytest.mark.parametrize(("predicate", "text", "expected"), TWELFTH_ROUND)
def test_twelfth_round_predicates(predicate, text, expected):
    assert bool(predicate(text)) is expected, text


def test_twelfth_round_segments():
    from claims.text.prep import segment_field

    # a question and its answer are one segment; a spec table written one cell per line keeps its cells
    qa = "Sturdy 3-ply paper, stays firm for 2 hours in cold drinks. Q: Can I compost these straws? A: Yes, you can."
    assert segment_field("description", qa)[-1].text == "Q: Can I compost these straws? A: Yes, you can."
    assert [s.text for s in segment_field("description", "Recyclable:\nNo\nCompostable:\nNo")] == \
        ["Recyclable: No", "Compostable: No"]


def test_twelfth_round_licence_numbers():
    from claims.text.certifications import default_registry

    registry = default_registry()
    # a certificate number right after a scheme with no known format; Blue Angel contract numbers
    found = registry.find("COSMOS ORGANIC certified by Ecocert Greenlife, certificate no. 151209")
    assert found and all(c.licence for c in found)
    assert not any(c.licence for c in registry.find("COSMOS ORGANIC certified | 30 ml | no. 2 in sales"))
    assert all(c.licence for c in registry.find("Blue Angel contract no. 44187"))
    # a number on its own line for a scheme with no known format
    tco = registry.schemes["TCO_CERTIFIED"]
    assert registry.licence_anywhere(tco, "TCO Certified Displays\ncertificate no. NC10231457")
    assert not registry.licence_anywhere(tco, "TCO Certified Displays\n24 inch, 75 Hz")


def test_twelfth_round_title_scope():
    # one labelled part of several; a set's title claims the set; "100% Recycled Materials" against one part
    assert scope.title_part_overreach("Bubbles Organic Cotton Baby Romper, Half Sleeves",
                                      ["Body fabric: 60% cotton, 40% polyester", "Piping: organic cotton"])
    assert not scope.title_part_overreach("Organic Cotton Canvas Tote",
                                          ["Canvas: organic cotton canvas", "Handles: polyester webbing"])
    assert scope.title_part_overreach("Organic Cotton Kurta Set | Kurta Pant Dupatta Set",
                                      ["Kurta: 100% organic cotton, GOTS certified", "Pant: poly-viscose",
                                       "Dupatta: chiffon"])
    backpack = "Trek 28L Backpack \u2013 Made from 100% Recycled Materials, Black"
    assert scope.title_part_overreach(backpack, ["OUTER SHELL: 600D polyester from 100% recycled PET bottles"])
    assert not scope.title_part_overreach(backpack, ["Material: 600D polyester from 100% recycled PET bottles"])
    assert scope.title_part_overreach("Baby Diaper Pants, Medium, 56 Count \u2013 Compostable",
                                      ["OUTER PACK: home compostable film"])
    # the accessory a title adds after "with", or one part of two the title names, is not the product
    assert not scope.parts_are_the_product("handles are FSC certified beech wood",
                                           "Silicone Spatula Set 5 Pcs with Beech Wood Handle")
    assert not scope.parts_are_the_product("handle made of FSC certified ash wood",
                                           "Pruning Shears, SK5 Steel Blade, Ash Wood Handle")
    assert scope.parts_are_the_product("box and lid are made from recycled PP", "Storage Box with Lid")


def test_twelfth_round_hampers():
    items = ["1 x Assam tea 100 g (certified organic), 1 x butter cookies 200 g, 1 x almonds 150 g, 1 x brass diya"]
    assert scope.hamper_overreach("Diwali Gift Hamper 100% Organic \u2013 Tea, Cookies, Almonds", items)
    assert not scope.hamper_overreach("Diwali Gift Hamper with Organic Assam Tea \u2013 Tea, Cookies, Almonds", items)
    assert not scope.hamper_overreach("Organic Dry Fruits Combo 1 kg", [
        "Almonds 250 g, cashews 250 g, raisins 250 g, all certified organic (India Organic)"])


# Fifteenth round (behavioural c39-c44 dev halves): one predicate, one text, what it should say
FIFTEENTH_ROUND = [
    (negation.negated_only, "It is not biodegradable, so please do not put it in the compost.", True),
    (negation.negated_only, "Not biodegradable: do not throw these bags into compost pits.", True),
    (negation.negated_only, "Home compostable: put it in your compost bin", False),
    (senses.other_sense_only, "Organic, wavy outline for a soft modern look", True),
    (senses.other_sense_only, "Organic-shape plush cover, machine washable at 30 C", True),
    (senses.other_sense_only, "Organic cotton, floral print", False),
    (senses.other_sense_only, "Collects fruit and vegetable peels for your compost heap", True),
    (senses.other_sense_only, "Toss the used pods into your compost heap", False),
    (senses.green_only_as_name, "GREEN = heavy duty: for cast iron, grills and oven trays", True),
    (senses.green_only_as_name, "For people who wear green often, our blue version is also available.", True),
    (senses.green_only_as_name, "Green cleaning for people who care", False),
    (senses.company_line, "Sold by: Green Valley Hardware Stores, Nashik", True),
    (senses.company_line, "Sold by: Nashik Hardware. Green and clean.", False),
    (claim_forms.recycled_claim, "The barrel is 80% recycled ABS.", True),
    (claim_forms.recycled_claim, "The barrel is 80% ABS.", False),
    (claim_forms.plastic_free_claim, "Plastic-Free Toilet Brush and Holder Set", True),
    (claim_forms.plastic_free_claim, "Not plastic-free: the bristles are nylon", False),
    (generic.strong_generic, "Sustainable stacking toy for toddlers", True),
    (generic.strong_generic, "made from sustainably grown bamboo", False),
    (generic.strong_generic, "sustainable high performance", False),
    (scope.brand_by_packaging, "Plastic-free product: paper box, paper tray, paper wrap", True),
    (scope.brand_by_packaging, "Plastic-free packaging: paper box, paper tray, paper wrap", False),
    (scope.whole_by_part, "A recycled pen through and through: the barrel is 80% recycled ABS.", True),
    (scope.whole_by_part, "100% organic garden kit: the seeds are organically grown", True),
    (scope.whole_by_part, "100% organic baby blanket: the organic cotton is organically grown", False),
    (scope.part_scoped, "Eco-friendly mattress - ships in a 100% recyclable cardboard box", True),
    (scope.part_scoped, "Eco-friendly mat - saves baking paper", True),
    (scope.part_scoped, "Eco-friendly mat - made of 100% recycled rubber", False),
    (durability.durability_cue, "Free lifetime sharpening: post the knife to our workshop", True),
    (durability.service_terms_only, "Damaged items will be picked up from your doorstep and replaced", True),
    (durability.service_terms_only, "Extended warranty: renewable every year for Rs 499", True),
    (durability.service_terms_only, "Extended warranty of 10 years on the motor", False),
    (negation.negated_only, "Not suitable for composting - remove before adding plants to the compost heap", True),
    (senses.other_sense_only, "Eco Edition 2024", True),
    (senses.other_sense_only, "This is an eco-friendly edition", False),
    (senses.other_sense_only, "Shape: organic cloud outline", True),
    (senses.other_sense_only, "Black polymer solar filter", True),
    (claim_forms.refurbished_claim, "Sweeping second hand", False),
    (claim_forms.refurbished_claim, "Second hand, fully tested", True),
    # c45-c50
    (negation.negated_only, "Carbon footprint: not calculated for this product", True),
    (negation.negated_only, "Carbon footprint: 4.2 kg CO2e for this product", False),
    (senses.other_sense_only, "Recycle time: 0.1-2.6 s with fresh AA batteries", True),
    (senses.other_sense_only, "NDIR sensor reads CO2 from 400 to 5000 ppm", True),
    (senses.other_sense_only, "Stain Care program for organic stains like curry, tea, grass and blood", True),
    (senses.other_sense_only, "Zero offset (inline) head for a forward saddle position", True),
    (senses.other_sense_only, "16 programs: Cotton, Mixed, Wool, Quick 30, Eco", True),
    (senses.other_sense_only, "5 assist levels incl. ECO for maximum range", True),
    (senses.other_sense_only, "Eco-friendly washing machine", False),
    (senses.green_only_as_name, "Print: big green palm leaves & tree motif", True),
    (claim_forms.future_pledge, "Our Agra factory will switch to 100% solar power next year", True),
    (claim_forms.future_pledge, "Our Agra factory runs on 100% solar power", False),
    (claim_forms.plastic_free_claim, "Every order is sealed with paper tape instead of plastic tape", True),
    (generic.strong_generic, "Better for the environment", True),
    (generic.strong_generic, "The responsible choice for your bedroom", True),
    (generic.strong_generic, "Made mindful of Mother Earth", True),
    (generic.strong_generic, "Sustainable Washing Machine Cover", True),
    (generic.strong_generic, "made from sustainable palm oil", False),
    (scope.brand_by_packaging, "Our whole shop is plastic-free: every order is sealed with paper tape", True),
    (scope.part_scoped, "Eco-friendly jutti - we pack it in a paper box, no plastic", True),
    # c51-c56
    (negation.negated_only, "Recyclable - No; Country of Origin - China", True),
    (negation.negated_only, "Energy Saving: No (designed for 40 W halogen candle bulbs)", True),
    (negation.negated_only, "Recycled Content: None \u2013 made from virgin PP", True),
    (negation.negated_only, "Shipping: standard courier; emissions from delivery are not offset or compensated", True),
    (negation.negated_only, "Delivery: carbon-neutral shipping is no longer offered", True),
    (negation.negated_only, "We have never held Fairtrade certification", True),
    (negation.negated_only, "we do not sell it as eco friendly", True),
    (negation.negated_only, "Battery: 1500 mAh Li-ion, built in and not user-replaceable", True),
    (negation.negated_only, "Battery is user-replaceable", False),
    (senses.other_sense_only, "Travel-friendly single-use sachets", True),
    (senses.other_sense_only, "Replaces 500 single-use bags", False),
    (senses.other_sense_only, "Solar control film cuts glare and cabin heat from the sun", True),
    (senses.other_sense_only, "Alarms for toxic and flammable gas levels", True),
    (senses.other_sense_only, "STYLE: Organic modern \u2013 soft curves, rounded edges", True),
    (senses.other_sense_only, "Material: engineered wood with reclaimed-wood effect laminate", True),
    (claim_forms.recycled_claim, "White with Recycled Thread Embroidery", True),
    (generic.strong_generic, "A sustainable way to warm your home.", True),
    (scope.part_scoped, "ECO-FRIENDLY KNIFE SET: the block is made of FSC-certified acacia wood", True),
    (scope.part_scoped, "ECO-FRIENDLY: no more paper filters - one filter replaces thousands of paper filters", True),
    (scope.part_scoped, "Our sustainable drill: packed in 100% recycled cardboard", True),
    (scope.brand_by_packaging, "100% RECYCLABLE SPEAKER: the paper packaging goes in your curbside bin", True),
    (scope.brand_by_packaging, "Packaging made from recycled materials: the carton box is 100% recycled", False),
    (scope.brand_by_packaging, "Plastic-free shipping: paper wrap, cardboard box, paper tape", False),
    (scope.brand_by_packaging, "Ambrosk is a sustainable brand \u2013 our mailer bags are home compostable", True),
]

# (run by test_twelfth_round_predicates, whose table is extended here)
TWELFTH_ROUND.extend(FIFTEENTH_ROUND)


def test_fifteenth_round_keywords_and_segments():
    from claims.text.prep import segment_field

    # a keyword inside a word is none ("Lightcove" holds no TCO); halogen-free names its substance
    assert "energy_efficiency" not in lexicon.attribute_hits("Lightcove 80 cm Octagon Softbox")
    assert "energy_efficiency" in lexicon.attribute_hits("TCO Certified monitor")
    assert "non_toxic" in lexicon.attribute_hits("inner jacket is halogen-free (LSZH compound)")
    # a table's header cell and a tab-separated row read as "key: value"
    assert [s.text for s in segment_field("description", "<table><tr><th>Recyclable</th><td>No</td></tr></table>")] \
        == ["Recyclable: No"]
    assert [s.text for s in segment_field("description", "Hair Type\tAll\nCruelty Free\tNo")] == \
        ["Hair Type:All", "Cruelty Free:No"]
    # "Pvt." and "sep." end no sentence
    text = "Mfd. by Harvelle Polymers Pvt. Ltd., Daman. Not biodegradable: do not throw these bags into compost pits."
    assert segment_field("description", text)[0].text == "Mfd. by Harvelle Polymers Pvt. Ltd., Daman."


def test_fifteenth_round_scope_and_facts():
    from claims.evidence.facts import fact_conflicts
    from claims.text.prep import segment_field

    # four-word part labels; a title's part word that is the product itself ("Lunch Box ..., Recycled Plastic Box")
    assert scope.title_part_overreach("Recycled Garden Chair Set of 2, Powder-Coated Steel Frame",
                                      ["Seat and backrest slats: 100% recycled HDPE", "Frame: powder-coated steel"])
    assert scope.title_part_overreach("Lunchiva Lunch Box 1 L, Recycled Plastic Box, Leak-Proof",
                                      ["Lid: 100% recycled PP, GRS certified", "Base: food-grade virgin PP"])
    assert not scope.title_part_overreach("Spin Mop (30% Recycled-Plastic Handle) with Bucket",
                                          ["Handle made from 30% recycled PP, mop head and bucket from virgin PP"])
    assert not scope.parts_are_the_product("ships in a 100% recyclable cardboard box", "Hybrid Mattress, Box Packed")
    # a title that names only the material a part label carries; a title that names the part before it
    cover = ["Cover: 100% organic cotton, GOTS certified (licence no. CU 1120877)", "Folds flat for storage"]
    assert scope.title_part_overreach("Havelon Ironing Board \u2013 Organic Cotton, 3 Heights", cover)
    shell = ["OUTER SHELL: 600D polyester woven from 100% recycled PET bottles, GRS certified"]
    assert not scope.title_part_overreach("Trek 28L Backpack \u2013 Outer Fabric from 100% Recycled PET, Black", shell)
    assert scope.title_part_overreach("SAJNI SILKS Recycled Saree | Georgette Saree",
                                      ["Saree fabric: georgette", "Tassels on pallu made from recycled silk yarn"])
    # a 100% claim for one part says nothing of another part's composition
    segs = segment_field("description", "Pillow covers: 100% organic cotton|Bedsheet: 60% cotton, 40% polyester")
    assert fact_conflicts(segs, [0]) == []
    segs = segment_field("description", "Fabric: 100% organic cotton|Material: 60% cotton, 40% polyester")
    assert [why for _, _, why in fact_conflicts(segs, [0])] == ["composition"]


def test_a_bare_caps_header_is_no_claim():
    from claims.scoring.findings import _bare_header

    reg = default_registry()
    for text, expected in [("SAFETY BUILT IN", True), ("WHO IT'S FOR", True), ("ALL NATURAL", False),
                           ("BUILT TO LAST", False), ("Safety built in", False)]:
        assert _bare_header(text, SegmentInfo(reg.find(text), reg.unknown_badges(text))) is expected, text


def test_eco_alone_in_a_list_of_modes_is_a_mode_name():
    from claims.scoring.findings import _eco_mode_item
    from claims.text.prep import segment_field

    modes = segment_field("title", "Umbrik E-Scooter S2, 3 Riding Modes \u2013 ECO / Drive / Sport")
    assert _eco_mode_item(modes, [s.text for s in modes].index("ECO"))
    claim = segment_field("title", "Umbrik E-Scooter S2 \u2013 ECO / 100% recycled frame")
    assert not _eco_mode_item(claim, [s.text for s in claim].index("ECO"))


def test_a_spec_row_split_at_its_dash_is_answered_no():
    from claims.scoring.findings import _answered_no

    assert _answered_no("No; Recyclable", "No; Country of Origin")
    assert not _answered_no("Recyclable", "the box goes in kerbside paper recycling")


SIXTEENTH_ROUND = [
    (generic.strong_generic, "Kersey Sustainable Beech Chopping Board, Large 45 x 30cm", True),
    (generic.strong_generic, "Kersey Sustainable Performance Chopping Board", False),
    (generic.strong_generic, "Feyora Green Beauty Micellar Water 400 ml", True),
    (generic.strong_generic, "Feyora Green Tea Micellar Water 400 ml", False),
    (generic.names_substance, "Free of oxybenzone and octinoxate", True),
    (senses.other_sense_only, "Printed slogan: I'm not old, I'm recycled", True),
    (senses.other_sense_only, "Printed on 100% recycled paper", False),
    (senses.other_sense_only, "Measures kWh, kVAh, voltage, current and PF", True),
    (senses.other_sense_only, "Saves up to 120 kWh a year against a 3-star model", False),
    (senses.other_sense_only, "Clean Energy, No Crash", True),
    (senses.other_sense_only, "Runs on 100% clean energy from our rooftop solar", False),
    (senses.other_sense_only, "Film-based carbon for up to 5 copies", True),
    (senses.other_sense_only, "Low-power LCD: one battery lasts up to 3 years of normal use", True),
    (negation.negated_only, "no carbon offsets are used and we make no carbon-neutral claim for delivery", True),
    (negation.negated_only, "carbon offsets are used for every delivery", False),
    (scope.part_scoped, "Sustainable chair: seat fabric made of 50% recycled polyester", True),
    (scope.part_scoped, "Sustainable chair: frame, seat and back made of 100% recycled steel", False),
    (scope.brand_by_packaging, "Nuvoya is a fully recyclable skincare brand: this serum bottle is glass.", True),
    (scope.brand_by_packaging, "This serum bottle is glass and fully recyclable.", False),
    (legal.toy_listing, "Lyddington Bath Squirters, 6 Sea Creatures, Ages 6m+", True),
    (legal.toy_listing, "Lyddington Bath Towel, 6 Sea Creatures Print", False),
    (energy.mains_appliance, "Healvik Shiatsu Massager Cushion | Mains 230 V | Heat", True),
    (energy.mains_appliance, "Healvik Shiatsu Massager Cushion | Rechargeable | Heat", False),
]
TWELFTH_ROUND.extend(SIXTEENTH_ROUND)


def test_sixteenth_round_keywords_certificates_and_facts():
    from claims.evidence.facts import fact_conflicts
    from claims.text.prep import segment_field

    reg = default_registry()
    # free of a named substance is non_toxic; a greenhouse is a garden structure; everlasting is durability wording
    assert "non_toxic" in lexicon.attribute_hits("Low odour ink, i.e. free from xylene and toluene.")
    assert "non_toxic" not in lexicon.attribute_hits("Low odour ink for whiteboards")
    assert "carbon_climate" not in lexicon.attribute_hits("Walk-in greenhouse with 8 shelves for seedlings")
    assert "carbon_climate" in lexicon.attribute_hits("Cuts greenhouse gas emissions by 30% against 2019")
    assert durability.durability_cue("Everlasting tempered glass, 4 mm thick")
    assert not durability.durability_cue("Tempered glass, 4 mm thick")
    # a detergent's yield is no tested life
    assert not durability.durability_cue("Netherby Bio Washing Powder, 50 Washes, 3.25kg")
    assert durability.durability_cue("Colour stays bright after 50 washes, tested to ISO 105-C06")
    # a scheme named but not held certifies nothing
    assert not reg.find("Eco-friendly: Blue Angel pending (RAL-UZ 14)")
    assert reg.find("Eco-friendly: Blue Angel (RAL-UZ 14, contract no. 40318)")
    assert not reg.find("Cradle to Cradle Inspired Gold")
    # "Brand promise" is no badge; "<Name> Ecolabel" is one
    assert not reg.unknown_badges("Brand promise: all our packaging will be tamper-proof by 2028")
    assert reg.unknown_badges("awarded the Shinezo Ecolabel (licence no. DE/020/00317)")
    # a biodegradable title against synthetic bristles; an organic title against a 5% share of the blend
    segs = segment_field("title", "Biodegradable Makeup Brush Set 10 pcs") + \
        segment_field("description", "Handles: bamboo|Bristles: synthetic taklon fibre")
    assert [why for _, _, why in fact_conflicts(segs, [0])] == ["plastic material"]
    segs = segment_field("title", "Biodegradable Makeup Brush Set 10 pcs") + \
        segment_field("description", "Handles: bamboo|Bristles: goat hair")
    assert fact_conflicts(segs, [0]) == []
    segs = segment_field("title", "Velunara Organic Argan Hair Oil 100 ml") + \
        segment_field("description", "BLEND: light liquid paraffin base with 5% organic argan oil")
    assert [why for _, _, why in fact_conflicts(segs, [0])] == ["organic share"]
    segs = segment_field("title", "Velunara Organic Argan Hair Oil 100 ml") + \
        segment_field("description", "Pump: made with 5% organic cotton fibre")
    assert fact_conflicts(segs, [0]) == []


def test_sixteenth_round_pledge_of_nothing_environmental():
    from claims.scoring.findings import _not_a_claim
    from claims.scoring.policy import RiskPolicy

    reg = default_registry()

    def not_a_claim(text: str) -> bool:
        return _not_a_claim(text, SegmentInfo(reg.find(text), reg.unknown_badges(text)), 0.98, RiskPolicy())

    assert not_a_claim("Brand promise: all our packaging will be tamper-proof by 2028")
    assert not not_a_claim("Brand promise: all our packaging will be plastic-free by 2028")


SEVENTEENTH_ROUND = [
    (negation.negated_only, "Not compostable (e.g. in home bins or municipal compost) - dispose as dry waste.", True),
    (negation.negated_only, "Compostable (in home bins or municipal compost)", False),
    (scope.part_scoped, "Eco-friendly kitchen: no more parchment paper", True),
    (scope.part_scoped, "Eco-friendly kitchen: 100% recycled steel, GRS certified", False),
    (scope.brand_by_packaging, "Kesarvarna is India's greenest paint brand \u2013 this emulsion is low-VOC", True),
    (scope.brand_by_packaging, "Kesarvarna makes green paint \u2013 this emulsion is low-VOC", False),
    (claim_forms.low_voc_figure, "this emulsion is low-VOC (under 30 g/L)", True),
    (claim_forms.low_voc_figure, "Low-VOC, Pastel Base", False),
    (energy.efficiency_figure, "Energy efficient: 130 lm/W", True),
    (energy.efficiency_figure, "Energy efficient motor, 1200 W", False),
    (scope.part_scoped, "Eco-friendly: reusable, so you can skip single-use bottles", True),
    (scope.part_scoped, "Eco-friendly: reusable bottle made from 100% recycled steel, GRS certified", False),
]
TWELFTH_ROUND.extend(SEVENTEENTH_ROUND)


def test_seventeenth_round_parts_counts_and_rows():
    from claims.evidence.facts import fact_conflicts
    from claims.scoring.findings import _RECYCLED_SCHEME, _WHOLE_START, _YES_ROW, _not_a_claim
    from claims.scoring.policy import RiskPolicy
    from claims.text.prep import segment_field

    # hooks, a tube, a project book: minor parts a title's material word cannot rest on
    assert scope.title_part_overreach("Nalika Recycled Shower Curtain 180x180 cm with 12 Hooks",
                                      ["Curtain: 100% polyester fabric", "Hooks: made from 100% recycled plastic"])
    assert scope.title_part_overreach("Yuvanta 50% Recycled Face Wash 100 ml", ["Tube made with 50% recycled plastic"])
    assert scope.title_part_overreach("Clayvita Recycled Air Dry Clay Kit",
                                      ["5 plastic sculpting tools", "Project book printed on 100% recycled paper"])
    assert not scope.title_part_overreach("Clayvita Recycled Paper Sketch Pad",
                                          ["All 50 sheets printed on 100% recycled paper"])
    # a count of the items is a share
    segs = segment_field("title", "Knotmara Recycled Yarn Bundle") + \
        segment_field("description", "2 of the 10 skeins are spun from 100% recycled cotton; 8 skeins are acrylic")
    assert [why for _, _, why in fact_conflicts(segs, [0])] == ["recycled share"]
    segs = segment_field("title", "Knotmara Recycled Yarn Bundle") + \
        segment_field("description", "All 10 skeins are spun from 100% recycled cotton")
    assert fact_conflicts(segs, [0]) == []
    # "Contains 10% organic aloe vera" is the share of the whole cream
    segs = segment_field("title", "Jeevaka Organic Face Cream with Aloe Vera 50 g") + \
        segment_field("description", "Contains 10% organic aloe vera juice (USDA Organic certified ingredient)")
    assert [why for _, _, why in fact_conflicts(segs, [0])] == ["organic share"]
    assert _YES_ROW.fullmatch("Eco-friendly: Yes") and not _YES_ROW.fullmatch("Eco-friendly: the lid")
    assert _RECYCLED_SCHEME.search("Papyrion FSC Recycled Kraft Card Stock A4")
    assert not _RECYCLED_SCHEME.search("Papyrion FSC Kraft Card Stock A4, recycled")
    assert _WHOLE_START.match("Whole mat (pile and backing) made of 100% recycled PET")
    assert not _WHOLE_START.match("Backing made of 100% recycled PET")
    # a promise of nothing environmental is no claim; the same promise of an eco attribute is one
    reg = default_registry()

    def not_a_claim(text: str) -> bool:
        return _not_a_claim(text, SegmentInfo(reg.find(text), reg.unknown_badges(text)), 0.98, RiskPolicy())

    assert not_a_claim("Our promise: fresh stock every week")
    assert not not_a_claim("Our promise: a tree planted for every order")
    assert "reusable_refillable" in lexicon.attribute_hits("Replaces parchment paper: wash and use again")
    assert not reg.unknown_badges("OUR PROMISE: good for your skin")


EIGHTEENTH_ROUND = [
    (negation.negated_only, "We have not offset the emissions of this bar and make no carbon neutral claim", True),
    (negation.negated_only, "We have offset the emissions of this bar", False),
    (negation.negated_only, "This shipment is not CO2-compensated.", True),
    (negation.negated_only, "Ye glass na recyclable hai na biodegradable", True),
    (negation.negated_only, "Ye glass recyclable hai", False),
    (senses.other_sense_only, "GREENER GRASS: iron helps lawns green up in as little as 3 days", True),
    (senses.other_sense_only, "PUTTING GREEN: dense nylon turf rolls true", True),
    (senses.other_sense_only, "Change the carbon every 4 weeks.", True),
    (senses.other_sense_only, "Single use only", True),
    (senses.other_sense_only, "Replaces single-use plastic bags", False),
    (generic.strong_generic, "Dewhurst Sustainable Garden Hose 50 ft", True),
    (generic.strong_generic, "OUR FORMULA: Sustainable formula that lifts tough stains", True),
    (scope.part_scoped, "Eco-friendly kyunki reusable hai \u2013 dho ke baar baar use karo", True),
    (scope.part_scoped, "Eco-friendly hai kyunki iska box compostable kraft paper ka hai", True),
    (scope.part_scoped, "Eco-friendly hai: 100% recycled PET, GRS certified", False),
    (scope.collection_wide, "THE JAR: Every candle in our collection is sustainable", True),
    (scope.collection_wide, "THE JAR: This candle is sustainable", False),
    (scope.range_wide, "All Valdera luggage is sustainable: this duffel's outer fabric is 100% recycled nylon", True),
    (scope.range_wide, "Eco-friendly: all felt pieces are made of 100% recycled PET felt", False),
    (scope.whole_by_part, "The whole brush is compostable, because the paddle is FSC-certified beech", True),
    (scope.whole_by_part, "The brush is compostable, because the paddle is FSC-certified beech", False),
]
TWELFTH_ROUND.extend(EIGHTEENTH_ROUND)


def test_eighteenth_round_titles_and_licences():
    reg = default_registry()
    # a part the title adds after its name ("Quartz Watch 38 mm, Rubber Strap") is not the product
    assert not scope.parts_are_the_product("Eco-friendly watch the strap is made from 70% recycled rubber",
                                           "Pelloria Minimalist Quartz Watch 38 mm, Rubber Strap, Sapphire Glass")
    assert scope.parts_are_the_product("the tray is made of 100% recycled PP", "Kelvo Serving Tray, Large, 40 cm")
    # a compost bin in the title is no compostability claim; its liners are parts
    assert not scope.title_part_overreach("Tillbrook Compost Bin 1.3 Gallon with 25 Compostable Liners",
                                          ["Includes 25 liner bags certified compostable (BPI certified)"])
    assert scope.title_part_overreach("Tillbrook Compost Bin 1.3 Gallon - 100% Compostable, Countertop Caddy",
                                      ["Includes 25 liner bags certified compostable (BPI certified)"])
    # "Eco-Friendly Compost Tumbler": the composter specifies nothing
    assert "GENERIC_CLAIM" in _rules("Glenmoss Eco-Friendly Compost Tumbler, Dual Chamber Rotating Composter").codes
    assert "GENERIC_CLAIM" not in _rules("Glenmoss Eco-Friendly Tumbler, 100% recycled PP, GRS certified").codes
    # a certificate number in a format the registry does not know, named right after the scheme
    assert reg.find("Certified organic by the Soil Association (licence no. P4571)")[0].licence == "P4571"
    assert reg.find("Certified organic by the Soil Association")[0].licence is None


NINETEENTH_ROUND = [
    (senses.other_sense_only, "Organic, hand-filling shape for all-day comfort", True),
    (senses.other_sense_only, "Cards offset printed on 350 gsm ivory board", True),
    (senses.other_sense_only, "Green formula leaves utensils smelling fresh", False),
    (senses.other_sense_only, "Printed green leaves on a white ground", True),
    (generic.strong_generic, "Eco-friendly display", True),
    (generic.strong_generic, "Eco display mode dims the screen", False),
    (generic.strong_generic, "Sustainable: Yes", True),
    (generic.strong_generic, "Sustainable: No", False),
    (negation.negated_only, "Not tested as non-toxic - keep away from mouth", True),
    (scope.part_scoped, "Eco-friendly kitchen towels - they replace paper towels", True),
    (scope.brand_by_packaging, "Rafoo is a zero-waste brand: we sew the fabric offcuts into these scrunchies.", True),
    (claim_forms.future_pledge, "We will switch to plastic-free packaging next year", True),
    (claim_forms.carbon_figure, "Footprint: 4.1 kg CO2e per unit (ISO 14067). No offsets are used.", True),
    (claim_forms.carbon_figure, "Footprint: small, fits any desk", False),
    (energy.mains_appliance, "Plug-in 230 V Cane Table Lamp, Warm White LED", True),
    (energy.mains_appliance, "Rechargeable Cane Table Lamp, Warm White LED", False),
]
TWELFTH_ROUND.extend(NINETEENTH_ROUND)


def test_nineteenth_round_a_denied_part_is_a_fact():
    from claims.evidence.facts import fact_conflicts
    from claims.text.prep import segment_field

    # "nylon, not compostable" is a fact against a compostable title, not the claim made again
    segs = segment_field("title", "Spongely Compostable Kitchen Sponges, Pack of 3") + \
        segment_field("description", "Cellulose layer: home compostable|Scrub layer: nylon, not compostable")
    assert [why for _, _, why in fact_conflicts(segs, [0])] == ["plastic material"]
    segs = segment_field("title", "Spongely Compostable Kitchen Sponges, Pack of 3") + \
        segment_field("description", "Cellulose layer: home compostable|Scrub layer: loofah, home compostable")
    assert fact_conflicts(segs, [0]) == []
    assert not durability.durability_cue("Front & Top Load, 40 Washes")


# Twentieth round (rules chosen on the c81-c86 dev halves)
TWENTIETH_ROUND = [
    (claim_forms.tree_pledge, "We will plant a tree for every order you place", True),
    (claim_forms.tree_pledge, "We planted the tree in our garden in 2019", False),
    (claim_forms.dated_pledge, "From next term, ink cartridges will be 100% recycled", True),
    (claim_forms.dated_pledge, "Ink cartridges are 100% recycled", False),
    (legal.legal_mark, "Highlight: CE marked for your peace of mind", True),
    (legal.legal_mark, "CE and UKCA marked", False),
    (legal.legal_mark, "Special feature: CE marked, tested to EN 71", False),
    (senses.other_sense_only, "Renewable AMC: maintenance contract can be renewed every year", True),
    (senses.other_sense_only, "Wear separately or together: all-climate versatility", True),
    (senses.other_sense_only, "Includes: 1 compost jar, 3 seed pods and a magnifier", True),
    (senses.other_sense_only, "Friction material: organic (NAO)", True),
    (senses.other_sense_only, "Long Life Radiator Coolant, Ready to Use, 1 L", True),
    (negation.negated_only, "Wool sourcing: conventional merino, not certified under RWS", True),
    (negation.negated_only, "Wool sourcing: certified under RWS", False),
    (negation.negated_only, "A: No, we have not tested them for home composting.", True),
    (scope.part_scoped, "Eco-friendly refrigerator: its door gasket is made from 30% recycled PVC", True),
    (scope.part_scoped, "Eco-friendly refrigerator: its whole body is made from 30% recycled steel", False),
    (scope.part_scoped, "Eco-friendly fan because the aluminium blades can go to a scrap dealer for recycling", True),
    (scope.part_scoped, "Low-carbon bottle: made in our solar-powered factory in Pune", True),
    (scope.parts_together, "Jar body and screw lid: 100% recycled PET", True),
    (scope.parts_together, "Screw lid: 100% recycled PET", False),
    # ... and on the c87-c92 dev halves
    (comparison.comparison_baseline, "Dope-dyed fabric: uses 35% less water vs. conventional piece dyeing", True),
    (comparison.comparison_baseline, "Dope-dyed fabric: uses 35% less water", False),
    (senses.other_sense_only, "Filter: activated coconut-carbon block reduces chlorine taste", True),
    (senses.other_sense_only, "Footprint (groundsheet protector) sold separately", True),
    (senses.other_sense_only, "Compound: organic (resin) - quiet, fast bed-in", True),
    (senses.other_sense_only, "Washable activated-carbon intake filter reduces odours", True),
    (senses.other_sense_only, "Dust bags are single-use, not reusable", True),
    (senses.other_sense_only, "Dust bags are reusable", False),
    (negation.negated_only, "ENERGY STAR: Not qualified for this configuration", True),
    (negation.negated_only, "ENERGY STAR: qualified for this configuration", False),
    (generic.strong_generic, "Sustainable HEPA Air Purifier for Bedroom", True),
    (generic.strong_generic, "Sustained airflow, HEPA Air Purifier for Bedroom", False),
    (generic.strong_generic, "Conscious lighting for modern homes", True),
    (generic.strong_generic, "Kinder to the planet than cheap coolers", True),
    (senses.other_sense_only, "Condition: New; renewed look for 2025 with slimmer bezels", True),
    (senses.other_sense_only, "Save up to 10 reusable cooking presets in the app", True),
    (senses.other_sense_only, "Grade A++ Kesar", True),
    (energy.mains_saving, "Remote's power saving mode: the CR2032 cell lasts 2 years", False),
    (energy.mains_saving, "Power saving mode after 30 min idle", True),
    # ... and on the c93-c98 dev halves
    (generic.strong_generic, "Kind to the environment", True),
    (generic.own_certification, "The green leaf seal on the pack is our own Earth Care certification", True),
    (generic.own_certification, "The green leaf seal on the pack is the EU Ecolabel", False),
    (legal.legal_mark, "Ozone-friendly: contains no CFCs", True),
    (legal.legal_mark, "Contains no parabens", False),
    (scope.part_scoped, "Zero-waste charger: no plastic in the box", True),
    (scope.part_scoped, "Plastic-free cable: shipped in a paper box", True),
    (scope.part_scoped, "Plastic-free cable: braided cotton jacket, aluminium plugs", False),
    (senses.other_sense_only, "CO2 lure and octenol bait attract mosquitoes", True),
    (energy.energy_saving, "Special air vent reduces gas, spit-up and crying after feeds", False),
    (negation.negated_only, "A note from the seller: we don't use the word 'sustainable' for this product", True),
    (durability.durability_cue, "Spare nibs available - keep your pen for decades", True),
    # ... and on the c99-c104 dev halves
    (negation.negated_only, "Materials: neither the shell nor the cushions contain recycled material.", True),
    (negation.negated_only, "Materials: the shell and the cushions contain recycled material.", False),
    (negation.negated_only, "Note: these bags are NOT compostable, kindly do not mix them with kitchen waste for "
                            "composting", True),
    (negation.negated_only, "We do not offer carbon-neutral or offset shipping", True),
    (negation.negated_only, "Not biodegradable: approx. 400 yrs. to break down in landfill.", True),
    (senses.other_sense_only, "Pump bottle: single-use, the pump is not designed to be refilled", True),
    (senses.other_sense_only, "Fabrics: wipe-clean with removable, washable seat liner", True),
    (senses.green_only_as_name, "Blue for dry waste, green for wet waste as per municipal segregation", True),
    (senses.hazard_warning, "WARNING: This product can expose you to chemicals including toluene, which is known to "
                            "the State of California to cause cancer", True),
    (senses.hazard_warning, "Free of toluene and xylene", False),
    (scope.part_scoped, "ECO-FRIENDLY CHAIR: final assembly takes place in our solar-powered workshop", True),
    (scope.part_scoped, "eco-friendly because of the coconut shell buttons", True),
    # ... and on the c105-c110 dev halves
    (scope.part_scoped, "Eco hairbrush: FSC-certified beech handle (FSC C123456)", True),
    (scope.part_scoped, "Eco-friendly notebook: 100% recycled paper (FSC Recycled)", False),
    (scope.part_scoped, "Eco-friendly refrigerator because its door gasket is 30% recycled PVC", True),
]
TWELFTH_ROUND.extend(TWENTIETH_ROUND)


def test_twentieth_round_a_denied_certification_is_not_held():
    reg = default_registry()
    assert reg.find("Sourcing: our saffron is not Fairtrade certified") == []
    assert [c.scheme.name for c in reg.find("Sourcing: our saffron is Fairtrade certified")]
    assert reg.unknown_badges("This TV is not certified under ENERGY STAR or the EU Ecolabel.") == []


def test_twentieth_round_a_sure_call_with_no_english_words_is_another_language():
    from claims.text.language import listing_language

    spanish = {"title": "Tierra Canela Café molido 250 g – Tueste natural",
               "description": "Café 100% arábica de Colombia|Tueste medio, molido para cafetera italiana|Envase "
                              "ecológico y sostenible|Consumir preferentemente antes de: ver lateral"}
    assert listing_language(spanish) == "es"
    english = {"title": "Tierra Canela Ground Coffee 250 g – Natural Roast",
               "description": "100% arabica coffee from Colombia|Medium roast, ground for a moka pot|Packed in a "
                              "foil bag with a one-way valve|Best before: see the side of the pack"}
    assert listing_language(english) == "en"


def test_twentieth_round_a_licence_code_on_a_label_is_no_part_claim():
    title = "FSC Certified Acacia Wood Chopping Board, 40 x 30 cm"
    assert scope.title_part_overreach(title, ["Licence code FSC-C162340 printed on the label"]) is None
    assert scope.title_part_overreach("Recycled Table Lamp, 45 cm, Brass",
                                      ["Base made from 30% recycled brass", "Shade: white linen"]) is not None


def test_twentieth_round_abbreviations_of_years_and_please_end_no_sentence():
    from claims.text.prep import segment_field

    text = "Not biodegradable: approx. 400 yrs. to break down in landfill. Pls. do not burn"
    assert [s.text for s in segment_field("description", text)] == [text]


def test_twentieth_round_a_certificate_number_of_dash_joined_capitals():
    reg = default_registry()
    assert reg.find("RSPO supply chain certificate no. BV-RSPO-SCC-0045")[0].licence == "BV-RSPO-SCC-0045"
    assert [c.licence for c in reg.find("RSPO supply chain certified")] == [None]


def test_twentieth_round_mains_power_in_a_bullet():
    bullets = ["20 soothing sounds", "Power: 230 V mains; power-saving mode after 30 min idle"]
    assert energy.mains_listing("White Noise Machine for Babies, 20 Sounds", bullets)
    assert not energy.mains_listing("Rechargeable White Noise Machine for Babies", bullets)
    assert not energy.mains_listing("White Noise Machine for Babies", ["Power: 1200 mAh battery, USB-C"])
    # a "Portable" title may still be a mains fan; a "Cordless" one is not
    assert energy.mains_listing("Portable Table Fan 8 inch", ["Power: 230 V AC mains, 25 W; power-saving mode"])
    assert not energy.mains_listing("Cordless Table Fan 8 inch", ["Power: 230 V AC mains adapter for charging"])


# Chosen on the c111-c116 dev halves (read after their test halves were counted)
TWENTY_FIRST_ROUND = [
    (claim_forms.tree_pledge, "Every order will help restore 1 sq m of mangroves by 2026", True),
    (claim_forms.tree_pledge, "Mangrove-pattern cushion cover, 40 x 40 cm", False),
    (claim_forms.recycled_claim, "Fabric: 92% polyester (with recycled content), 8% spandex", True),
    (claim_forms.recycled_share, "Fabric: 92% polyester (with recycled content), 8% spandex", False),
    (claim_forms.recycled_share, "Fabric: 92% recycled polyester, 8% spandex", True),
    (claim_forms.recycled_share, "Made with recycled content: 30%", True),
    (senses.other_sense_only, "Comes with a booklet of 50 vegan and vegetarian recipes", True),
    (senses.other_sense_only, "Compound: organic resin, low dust", True),
    (senses.other_sense_only, "Environmental sealing: IP67", True),
    (senses.other_sense_only, "Eco mode: 30% longer battery life", True),
    (senses.other_sense_only, "Eco mode: uses 30% less electricity", False),
    (senses.other_sense_only, "No refill pack is sold for this kit; the jar is single-use", True),
    (senses.other_sense_only, "Replaces single-use plastic bottles", False),
    (senses.green_only_as_name, "COLORS: A green choice for the planet, in Navy and Heather Oat.", False),
    (senses.green_only_as_name, "Colour: Green", True),
    (durability.durability_figure, "Motor lifespan rated at 5,000 hours of grinding (IEC 60335 endurance test)", True),
    (durability.durability_figure, "3 flexing heads, wet and dry use", False),
    (durability.durability_figure, "Tested to 8,000 flexes", True),
    (scope.part_scoped, "Eco-friendly because it's reusable", True),
    (scope.part_scoped, "Eco-friendly sandals: shoebox made from FSC-certified paperboard", True),
    (scope.whole_by_part, "RECYCLED SNEAKER: the pull tabs are 100% recycled PET.", True),
    (scope.whole_by_part, "Recycled shoe: insole contains 25% recycled foam", True),
    (scope.whole_by_part, "Recycled polyester: outer shell is 100% recycled", False),
    (scope.whole_by_part, "PULL TABS: 100% recycled PET.", False),
]
TWELFTH_ROUND.extend(TWENTY_FIRST_ROUND)


def test_twenty_first_round_holder_ids_verify_a_scheme():
    reg = default_registry()
    for text in ("FAIRTRADE: Fairtrade ID 38291.", "LEAPING BUNNY: Listed under Cruelty Free International ID 4432.",
                 "Leaping Bunny approved, Cruelty Free International brand ID 3819"):
        assert reg.find(text)[0].licence, text
    assert [c.licence for c in reg.find("Fairtrade coffee, Product ID 12345")] == [None]
    usda = reg.schemes["USDA_ORGANIC"]
    assert reg.licence_anywhere(usda, "Certified organic by OneCert, NOP operation ID 8150002314") == "8150002314"
    assert reg.licence_anywhere(usda, "Certified organic, see the pack") is None


def test_twenty_first_round_licence_codes_live_in_the_registry():
    reg = default_registry()
    assert reg.code_at("Licence code FSC-C162340 printed on the label", 13)
    assert reg.code_at("RSPO-SCC-0045", 0)
    assert not reg.code_at("FSC certified beech", 0)
    # a scheme's name inside its own certificate number is no second mention
    assert [c.licence for c in reg.find("RSPO Mass Balance, certificate no. BV-RSPO-SCC-0045")] == \
        ["BV-RSPO-SCC-0045"]


def test_twenty_first_round_corded_mains_and_a_charging_stand():
    bullets = ["Titanium plates, 120-230°C", "Corded, 230 V mains, 1.8 m swivel cable"]
    assert energy.mains_listing("Titanium Hair Straightener – 230°C, Corded", bullets)
    title = "Made from Recycled Plastic Cordless Beard Trimmer – 60 min Runtime"
    assert scope.title_part_overreach(title, ["Charging stand moulded from 50% recycled ABS", "USB-C charging"])
TWELFTH_ROUND.append((claim_forms.recycled_share, "Made with recycled content, i.e. 25% recycled ABS", True))


# Chosen on the c117-c122 dev halves (read after their test halves were counted)
TWENTY_SECOND_ROUND = [
    (durability.warranty_only, "10-year warranty against sagging", True),
    (durability.warranty_only, "10-year warranty: built to last a decade", False),
    (claim_forms.recycling_route, "Recyclable and biodegradable: dispose with household waste", False),
    (claim_forms.recycling_route, "Put the carton in your household paper recycling", True),
    (claim_forms.recycled_claim, "Keycaps: recycled PBT", True),
    (claim_forms.recycled_claim, "Noviqa Recycled-Plastic Bin, 40 L", True),
    (claim_forms.recycled_claim, "Tassels made from upcycled sari fabric", True),
    (senses.other_sense_only, "Noviqa Recycling Bin with 2 Compartments, 40 L", True),
    (senses.other_sense_only, "Twin compartments for general waste and recycling", True),
    (senses.other_sense_only, "Bin made from recycled plastic", False),
    (generic.strong_generic, "Good for nature, tough on chewing", True),
    (negation.negated_only, "Delivery is not carbon neutral - we do not offset its emissions.", True),
    (scope.part_scoped, "Planet-friendly cable – the braid is 50% recycled nylon", True),
    (scope.whole_by_part, "The entire Bhojnix storage range is recyclable: this container's lid is PP 5", True),
    (scope.material_part_scoped, "Storage shed made from recycled plastic (floor panel: 100% recycled HDPE)", True),
]
TWELFTH_ROUND.extend(TWENTY_SECOND_ROUND)


def test_twenty_second_round_neutral_by_offsetting_said_outright():
    rules = _rules("Slim Case for Galaxy S24, Climate Neutral (CO2 Offset), Matte Black")
    assert "OFFSET_NEUTRALITY" in rules.codes
    rules = _rules("Climate neutral case, achieved without offsets: solar-powered factory")
    assert "OFFSET_NEUTRALITY" not in rules.codes


def test_twenty_second_round_titles_that_back_a_term_with_a_part():
    assert scope.title_generic_overreach("Galdric Sustainable Sofa with FSC-Certified Legs, 2 Seater",
                                         ["Upholstery: linen-look polyester", "High-resilience foam seat"])
    assert scope.title_generic_overreach("Galdric Sustainable Sofa, 2 Seater",
                                         ["Upholstery: linen-look polyester", "High-resilience foam seat"]) is None
    title = "Hybrid Case for Galaxy A54, Back Plate with 40% Recycled PC, Clear Back"
    assert scope.title_part_overreach(title, ["Back plate: 40% recycled polycarbonate; bumper: virgin TPU"]) is None
TWELFTH_ROUND.append((senses.other_sense_only, "The board can go into your paper recycling bin", False))


# Chosen on the c123-c128 dev halves (read after their test halves were counted)
TWENTY_THIRD_ROUND = [
    (negation.negated_only, "we can't call its anti-corrosion coating chemical-free, it's a standard epoxy coat", True),
    (negation.negated_only, "No - we have not measured or offset its emissions.", True),
    (negation.negated_only, "Cocoa is not sourced from Fairtrade farms", True),
    (negation.negated_only, "Saves up to 45% electricity vs. a non-inverter 3 Star AC of the same tonnage", False),
    (negation.negated_only, "No. of BEE stars: 3 (label period Jan. 2025 - Dec. 2026)", False),
    (senses.other_sense_only, "Contains naturally occurring organic acids (acetic, malic)", True),
    (senses.other_sense_only, "Printed labels read 'WET / BIODEGRADABLE' and 'DRY / RECYCLABLE'", True),
    (senses.other_sense_only, "Inverter compatible: runs on your home inverter during power cuts", True),
    (senses.green_only_as_name, "Green beam, 4x brighter than red", True),
    (generic.strong_generic, "Green technology keeps your room cool in May", True),
    (claim_forms.recycled_claim, "Recycled content from post-consumer PET bottles", True),
    (energy.water_saving, "Uses 10.5 L water per kg vs. 14.0 L for a std. 7 kg top-loader", True),
    (energy.energy_figure, "Energy-saving 750 W copper motor, 230 V", False),
    (energy.energy_figure, "Energy saving: consumes only 0.5 W in standby", True),
    (energy.energy_figure, "Energy saving: 795 units a year", True),
    (scope.part_scoped, "Green microwave, made with a recycled steel cavity", True),
    (scope.part_scoped, "Eco-conscious candle: the jar is 100% recycled glass", True),
    (scope.part_scoped, "Earth-friendly stool: the seat cord is 100% recycled cotton.", True),
    (scope.part_scoped, "Green choice: the anti-slip underlay is natural rubber", True),
    (scope.whole_from_part, "Compostable packaging makes this a zero-waste phone case.", True),
    (scope.whole_by_part, "Recycled curtain set - the eyelet rings are recycled aluminium", True),
]
TWELFTH_ROUND.extend(TWENTY_THIRD_ROUND)


def test_twenty_third_round_a_consumables_yield_is_no_durability():
    assert senses.without_other_senses("Lasts around 40 washes").strip() == ""
    assert senses.without_other_senses("Lasts for years").strip() != ""


def test_twenty_third_round_a_seller_refilling_the_same_tin_is_reuse():
    assert not senses.other_sense_only("Refills available: post the tin back and we refill it.")
    assert senses.other_sense_only("No refills for this tin - pack of 2 refills sold separately")


def test_twenty_third_round_the_whole_and_its_part_named_together():
    title = "Sootika Organic Cotton Single Bedsheet with 1 Pillow Cover, 200 TC, White"
    both = ["Eco-friendly: bedsheet and pillow cover are 100% organic cotton, GOTS certified (licence no. CU 812345)"]
    assert scope.title_part_overreach(title, both) is None
    assert scope.title_part_overreach(title, ["The pillow cover is 100% organic cotton"]) is not None


# Chosen on the c129-c134 dev halves (read after their test halves were counted)
TWENTY_FOURTH_ROUND = [
    (negation.negated_only, "No special energy-saving feature – it is a full-power 750 W copper motor", True),
    (negation.negated_only, "We do not offset shipping emissions and make no carbon neutral claim.", True),
    (senses.other_sense_only, "Single use; do not refill or puncture", True),
    (senses.other_sense_only, "Uses standard 60 L CO2 cylinder (1 included)", True),
    (senses.other_sense_only, "Safety-conscious design with wide base", True),
    (senses.other_sense_only, "Experiment 7: find out which materials are biodegradable", True),
    (senses.other_sense_only, "Board Book: My First Compost Heap – Worms, Leaves and Soil", True),
    (senses.green_only_as_name, "Colour: Mint Green, the green choice for the planet", False),
    (senses.green_only_as_name, "Colour: Mint Green", True),
    (generic.strong_generic, "Sustainable mount", True),
    (durability.warranty_only, "2-year warranty; free replacement if faulty", True),
    (scope.part_scoped, "Sustainable laptop: the palm rest uses 20% recycled aluminium", True),
    (scope.part_scoped, "Planet-friendly razor: the cartridge uses 20% less plastic than our previous cartridge", True),
    (scope.part_scoped, "ECO FRIENDLY KURTA – we pack in paper bag, no plastic", True),
    (scope.part_scoped, "Planet-friendly jeans: finished with less water", True),
    (scope.whole_by_part, "Compostable toothbrush: the handle is bamboo", True),
    (scope.whole_by_part, "Compostable toothbrush: the handle is bamboo, the bristles castor-oil nylon", True),
]
TWELFTH_ROUND.extend(TWENTY_FOURTH_ROUND)


def test_twenty_fourth_round_certificates_and_marks():
    reg = default_registry()
    assert reg.find("This model does not carry the ENERGY STAR label") == []
    assert [c.scheme.id for c in reg.find("Cert. details: GOTS licence ECOCERT 21457")] == ["GOTS"]
    assert reg.unknown_badges("Pure Mysore Silk Saree, Silk Mark Certified") == []
    assert durability.durability_figure("Spare plates available, so you can repair it") is False
    assert durability.durability_cue("Spare plates available, so you can repair it instead of replacing it")


# Chosen on the c135-c140 dev halves (read after their test halves were counted)
TWENTY_FIFTH_ROUND = [
    (claim_forms.tree_pledge, "A tree will be planted for every order", True),
    (claim_forms.recycled_claim, "Material: recycled carbon fiber (T700), matte UD finish", True),
    (comparison.comparison_baseline, "Uses 30% less energy than class E", True),
    (comparison.comparison_baseline, "Uses 30% less energy", False),
    (senses.other_sense_only, "Ideal for turning compost heaps", True),
    (generic.strong_generic, "Dharti ke liye achha bedsheet", True),
    (scope.part_scoped, "Eco-friendly paint because the steel tin is recyclable", True),
    (scope.part_scoped, "Poora product eco-friendly hai kyunki packing paper ki hai", True),
]
TWELFTH_ROUND.extend(TWENTY_FIFTH_ROUND)


def test_twenty_fifth_round_a_passive_tree_pledge_keeps_its_code():
    assert "FUTURE_PERFORMANCE" in _rules("A tree will be planted for every order").codes


# Chosen on the c141-c146 dev halves (counted last session) and the c147-c164 dev halves (read after their test halves
# were counted)
def _blanked(text: str, word: str) -> bool:
    """``word`` is read in another sense: blanked from the text the eco cues look at."""
    return word.lower() not in senses.without_other_senses(text).lower()


TWENTY_SIXTH_ROUND = [
    (generic.strong_generic, "Mundova Good-for-the-Earth Toilet Paper, 12 Rolls", True),
    (generic.strong_generic, "Toilet Cleaner 1 L, Climate-Conscious Cleaning", True),
    (generic.strong_generic, "Good for you, good for Mother Earth", True),
    (generic.strong_generic, "Kind to Mother Earth", True),
    (generic.strong_generic, "Paryavaran-friendly product", True),
    (generic.strong_generic, "Sustainable hydration", True),
    (generic.strong_generic, "Green stationery for the office", True),
    (generic.strong_generic, "Green tea stationery set", False),
    (generic.vague_free_of, "No nasties (e.g. harsh chemicals) added", True),
    (claim_forms.less_claim, "Carbon footprint: low", True),
    (claim_forms.less_claim, "Carbon steel: high grade", False),
    (claim_forms.recycled_claim, "Colour: Ocean Blue, made from ocean plastic", True),
    (claim_forms.recycled_claim, "Boltenza KB210 Recycled Wired Keyboard, USB", True),
    (claim_forms.recycled_claim, "12 multimedia hot keys incl. Recycle Bin shortcut", False),
    (claim_forms.recycled_claim, "Recycled Content: Not stated", False),
    (claim_forms.tree_pledge, "For every TV sold we will remove 1 kg of plastic from Indian beaches", True),
    (claim_forms.tree_pledge, "We will remove the old unit free of cost", False),
    (claim_forms.recycling_route, "Inner bag recyclable with carrier bags at large supermarkets", True),
    (claim_forms.animal_claim, "Makeup Brush Set of 12, Vegan (Synthetic Bristles)", True),
    (senses.convenience_only, "BIS & ISI certified – the safer choice", True),
    (senses.convenience_only, "Safer for kids", True),
    (senses.other_sense_only, "Solar protection that stays on through sweat", True),
    (senses.other_sense_only, "Contains 2% salicylic acid, an oil-soluble organic acid (BHA)", True),
    (senses.other_sense_only, "Twin recycling compartments for sorting waste", True),
    (senses.other_sense_only, "Extracts up to 20 L per day", True),
    (senses.other_sense_only, "Washable fleece, detachable controller", True),
    (durability.service_terms_only, "Assembly will be done free by our carpenter within 48 hours of delivery", True),
    (durability.service_terms_only, "Packaging will be collected on delivery", True),
    (durability.service_terms_only, "Long-lasting frame, assembly by our carpenter", False),
    (negation.negated_only, "Recycled: ❌", True),
    (negation.negated_only, "Recycled: ✅", False),
    (negation.negated_only, "Note: delivery emissions for this order are not offset", True),
    (negation.negated_only, "Eco-friendly: no such claim made by the seller", True),
    (negation.negated_only, "Eco-friendly: made by the seller", False),
    (negation.answered_yes, "Q: Is this lip balm vegan? Seller answer: Yes.", True),
    (scope.part_scoped, "Eco-friendly kurta, as the dyeing uses less water", True),
    (scope.part_scoped, "Sustainable saree: dyed with 40% less water", True),
    (scope.part_scoped, "Zero-waste haircare: wrapped in a home-compostable paper sleeve", True),
    (scope.part_scoped, "Sustainable batten because it comes in plastic-free packaging", True),
    (scope.part_scoped, "Save trees, go green with this pad – no paper needed", True),
    (scope.part_scoped, "Eco-friendly machine: switches off automatically after 30 minutes", True),
    (scope.part_scoped, "Eco-friendly geyser: the outer body uses 30% recycled ABS", True),
    (scope.part_scoped, "Sustainable packaging – our mailer boxes are FSC-certified", False),
    (scope.whole_by_part, "100% recycled fan – blades made from recycled aluminium", True),
    (scope.whole_by_part, "Recyclable backpack: buckles are recyclable aluminium", True),
    (scope.whole_by_part, "【COMFORT】compostable headset: the ear-cushion covers are made of plant fibre", True),
    (scope.range_wide, "Every product we make is plastic-free", True),
    (scope.collection_wide, "The entire Orrindel range is climate-friendly", True),
    (legal.toy_listing, "Wickenby Magnetic Travel Chess Set for Kids, Folding Board", True),
    (legal.toy_listing, "Khaviro Silicone Teether Ring for Babies, 3 Months+", True),
    (legal.toy_listing, "Stainless Steel Chef Knife Set", False),
    (energy.runs_on_own_battery, "Runs on built-in 4000 mAh battery, charge by USB-C", True),
    (energy.runs_on_own_battery, "Ceiling fan that runs on inverter battery backup", False),
    (energy.energy_saving, "Standby consumption 0.5 W, i.e. 60% less", True),
    (energy.energy_saving, "Cooks rice with up to 35% less gas than an open pan", True),
    (energy.water_saving, "It saves rinse water: no second mop needed", True),
]
TWELFTH_ROUND.extend(TWENTY_SIXTH_ROUND)


# (text, the word read in another sense)
OTHER_SENSE_WORDS = [
    ("The seller is responsible for replacing any item damaged in transit", "responsible"),
    ("Note: fill with potting mix and compost (not included)", "compost"),
    ("Why you'll love it: small footprint – fits the 30 cm gap next to your fridge", "footprint"),
    ("Climate: works in humid coastal kitchens", "climate"),
    ("Naturally non-stick after a few uses", "non-stick"),
    ("Enzyme formula that breaks down organic stains like blood and grass", "organic"),
    ("Sticker set included: 'WET' and 'RECYCLE' labels for segregation", "recycle"),
    ("Printed text: RECYCLE, DRY WASTE, WET WASTE with icons", "recycle"),
    ("Works with all home inverters up to 2 kVA", "inverter"),
    ("Makes about 60 washes", "washes"),
]


@pytest.mark.parametrize(("text", "word"), OTHER_SENSE_WORDS)
def test_other_senses_are_blanked(text, word):
    assert _blanked(text, word), text


def test_twenty_sixth_round_titles_and_their_parts():
    face = "Nokhru Organic Face Cream, 50 g, for Dry Skin"
    listed = ["Ingredients: aqua, glycerin, cetearyl alcohol, organic aloe vera juice (5%), shea butter, fragrance"]
    assert scope.title_part_overreach(face, listed) is not None  # one organic ingredient among many
    all_organic = ["Ingredients: organic shea butter, organic cocoa butter, organic coconut oil"]
    assert scope.title_part_overreach("Organic Body Butter", all_organic) is None
    # a scheme in the title certifies the product; a title that names its ingredient scopes the claim itself
    assert scope.title_part_overreach("USDA Organic Body Wash 300 ml", ["Certified organic aloe base"]) is None
    assert scope.title_part_overreach("RSPO Certified Palm Oil Soap Bar, Pack of 4",
                                      ["Made with RSPO certified palm oil (Mass Balance)"]) is None
    assert scope.title_part_overreach("Recycled Metal Ball Pen, Blue Ink",
                                      ["Clip made from 30% recycled aluminium"]) is not None
    assert scope.title_part_overreach("Biodegradable Phone Case for Galaxy S24",
                                      ["Outer box biodegrades in home compost within 12 weeks"]) is not None


def test_twenty_sixth_round_marks_numbers_and_power():
    reg = default_registry()
    found = reg.find("Leaping Bunny approved – Cruelty Free International ID 3671")
    assert found[0].scheme.id == "LEAPING_BUNNY" and found[0].licence
    assert not reg.find("Leaping Bunny approved")[0].licence
    # "CE marked – the greener choice": the mark here, its environmental frame after the dash
    reg_info = SegmentInfo([], [])
    assert "LEGAL_REQUIREMENT_AS_FEATURE" in segment_rules("CE marked", reg_info, "the greener choice").codes
    assert "LEGAL_REQUIREMENT_AS_FEATURE" not in segment_rules("CE marked", reg_info, "2 year warranty").codes
    fan = ["3 speed settings", "Runs on built-in 4000 mAh battery, charge by USB-C"]
    assert not energy.mains_listing("12 inch Table Fan with 3 Speeds", fan)
    assert energy.mains_listing("12 inch Table Fan with 3 Speeds", ["3 speed settings"])
    # a rule-made clean-up pledge keeps its own attribute, a tree pledge is a carbon one
    assert "carbon_climate" not in _rules("For every TV sold we will remove 1 kg of plastic from beaches").attributes
    assert "carbon_climate" in _rules("We will plant a tree for every order").attributes
    # reuse named beside a generic term does not specify it
    assert "GENERIC_CLAIM" in _rules("Go green with a refurbished laptop").codes


# Chosen on the c171-c176 dev halves (read after their test halves were counted)
TWENTY_SEVENTH_ROUND = [
    (generic.strong_generic, "Conscious tee", True),
    (claim_forms.tree_pledge, "Note: each purchase will fund restoration of 1 sq m of mangroves by 2026", True),
    (claim_forms.reusable_claim, "This trigger bottle is designed to be refilled", True),
    (claim_forms.recycled_claim, "The straps are cut from my fabric offcuts", True),
    (claim_forms.organic_claim, "Organic linen with a wave pattern, printed in ink-blue", True),
    (senses.other_sense_only, "Organic lines and soft curves", True),
    (senses.other_sense_only, "Solar heat rejection 55%, UV rejection 99%", True),
    (senses.other_sense_only, "Solar mode saves 30% more energy", False),
    (senses.other_sense_only, "Finish: pre-loved look – new chair, hand-distressed", True),
    (senses.other_sense_only, "Not reusable: single use only", True),
    (negation.negated_only, "Water saving: not claimed by the manufacturer", True),
    (negation.negated_only, "we don't offset or call our deliveries carbon neutral", True),
    (negation.negated_only, "People ask if bamboo fabric is sustainable.", True),
    (legal.book_listing, "The Zero Waste Pantry – 80 Recipes Cookbook, Hardback", True),
    (durability.durability_figure, "Spare parts available for min. 7 yrs. after purchase", True),
    (scope.part_scoped, "Green wardrobe – the back panel is 60% recycled wood fibre", True),
    (scope.part_scoped, "Eco-friendly mop – pads are washable", True),
    (scope.part_scoped, "Eco-friendly trolley – it comes packed in a recycled cardboard box", True),
    (scope.whole_by_part, "Recycled saree: the border is woven with recycled zari", True),
    (scope.whole_by_part, "Plastic-free lamp – the shade is pure linen", True),
    (scope.whole_from_part, "Saves paper, so it's an eco-friendly toy", True),
]
TWELFTH_ROUND.extend(TWENTY_SEVENTH_ROUND)


def test_twenty_seventh_round_the_product_named_before_its_part():
    # the title names the part ("Amber Jar Candle"), but the bullet names the product and then one part of it
    assert not scope.parts_are_the_product("Eco candle: the jar is made of recycled glass", "Amber Jar Candle 300 g")
    assert scope.parts_are_the_product("Jar and lid are made of recycled glass", "Storage Jar with Lid")
    assert _blanked("How to play: players sort waste cards into Recycle, Compost and Landfill bins to score points",
                    "recycle")
    assert "LEGAL_REQUIREMENT_AS_FEATURE" in segment_rules("CE marked", SegmentInfo([], []),
                                                           "the greener, safer choice").codes


# Chosen on the c177-c182 dev halves (read after their test halves were counted)
TWENTY_EIGHTH_ROUND = [
    (claim_forms.sourcing_claim, "Stone: Ethically sourced onyx", True),
    (claim_forms.fair_trade_claim, "Shea butter bought at fair prices from a women's cooperative in Ghana", True),
    (claim_forms.animal_claim, "A2 milk from free-range, humanely raised Gir cows", True),
    (claim_forms.dated_pledge, "Packaging will be 100% plastic-free from March 2028", True),
    (claim_forms.dated_pledge, "We aim to send zero waste to landfill by 2030", True),
    (claim_forms.dated_pledge, "Made in March 2024 in our Pune unit", False),
    (negation.negated_only, "We have not tested or certified this candle as non-toxic", True),
    (generic.strong_generic, "Brushlyn Kind-to-the-Planet Toothbrushes", True),
    (scope.collection_wide, "Entire range: readily biodegradable surfactants", True),
]
TWELFTH_ROUND.extend(TWENTY_EIGHTH_ROUND)


OTHER_SENSE_WORDS.extend([
    ("Organic wave jacquard border", "organic"),
    ("Environmentally sealed housing rated IP65", "environmentally"),
    ("Bottom harvest door for finished compost", "compost"),
    ("Print: 'SAVE WATER, SAVE LIFE' slogan on chest", "save water"),
])


def test_twenty_eighth_round_a_printed_slogan_is_no_saving_claim():
    assert not _rules("Print: 'SAVE WATER, SAVE LIFE' slogan on chest").is_claim
    assert "water_efficiency" in _rules("Saves up to 50% water").attributes


# Chosen on the c183-c188 dev halves (read after their test halves were counted)
TWENTY_NINTH_ROUND = [
    (negation.negated_only, "Deliveries are not made carbon neutral through offsets.", True),
    (negation.negated_only, "We have never measured our footprint, so we won't call these candles carbon neutral",
     True),
    (negation.negated_only, "Note: this model has no energy-saving standby mode", True),
    (negation.negated_only, "This edition is not printed on FSC-certified paper", True),
    (generic.strong_generic, "Consciously crafted in my home studio", True),
    (generic.strong_generic, "Conscious grooming, every day", True),
    (senses.other_sense_only, "Refill packs available: one 750 ml pouch refills this pump 3 times", False),
    (claim_forms.tree_pledge, "For every rakhi sold we will remove 100 g of plastic from the Yamuna", True),
    (claim_forms.tree_pledge, "we will remove the plastic film from the Box before dispatch", False),
    (claim_forms.less_claim, "rack: mild steel (AISI 1018 low-carbon grade)", False),
    (durability.durability_figure, "10-year lifespan", True),
    (durability.service_terms_only, "Rakhi will be dispatched with a free roli-chawal pack", True),
    (energy.energy_saving, "Uses 28 W vs. 75 W of a standard induction fan at full speed", True),
    (energy.energy_saving, "Uses 28 W at full speed", False),
    (energy.official_energy_label, "Energy efficient – B class", True),
    (energy.official_energy_label, "B class", True),
    (energy.power_source_row, "Power source: Cordless", True),
    (energy.runs_on_own_battery, "Power source: Cordless", True),
    (claim_forms.carbon_offset, "Pages: 80 GSM, carbon offset", True),
    (claim_forms.carbon_offset, "Pages: 80 GSM, offset printed", False),
    (claim_forms.renewable_power, "Cloud servers run on renewable energy", True),
    (claim_forms.recycled_claim, "Shell: recycled composite with EPS liner", True),
    (claim_forms.recyclable_claim, "a prepaid return label is in the box and returned cartridges are recycled", True),
    (claim_forms.reusable_claim, "Replaces about 500 paper cups a year", True),
    (claim_forms.reusable_claim, "the jar doubles as a to-go cup, so no disposable cups", True),
    (negation.negated_only, "Vegan: we cannot confirm the adhesives used", True),
    (negation.negated_only, "we make no 'non-toxic' claim", True),
    (generic.strong_generic, "Good for the ecosystem", True),
    (durability.durability_cue, "Replaceable rubber sole", True),
    (durability.durability_cue, "Sturdy rubber sole", False),
    (durability.service_terms_only, "For every order we will include free gift-wrap", True),
    (senses.safety_marks_only, "Child-resistant packaging", True),
    (scope.part_scoped, "This pack is plastic-free: this bar ships in a paper box", False),
    (scope.part_scoped, "Our whole brand is plastic-free: this bar ships in a paper box", True),
    (generic.strong_generic, "Q: Is this sustainable? A: Yes, a very sustainable tissue.", True),
    (generic.strong_generic, "Q: Is this sustainable? A: No, it is regular tissue.", False),
    (generic.strong_generic, "\u3010SUSTAINABLE\u3011 Lightweight 35 L bag for weekend trips", True),
    (generic.strong_generic, "Green design that saves the environment", True),
    (claim_forms.tree_pledge, "We will remove 1 lb of ocean plastic for every grill sold", True),
    (durability.durability_figure, "Free restitching for 10 years: post it to our Kanpur workshop", True),
    (durability.durability_cue, "Spare blades and springs available – keep it working for years", True),
    (legal.toy_listing, "Kids Wooden Alphabet Blocks 26 pcs with Box", True),
]
TWELFTH_ROUND.extend(TWENTY_NINTH_ROUND)


OTHER_SENSE_WORDS.extend([
    ("Covers the 17 SDGs, environment and ecology, climate change and green energy policy", "green"),
    ("rack: mild steel (AISI 1018 low-carbon grade)", "low-carbon"),
    ("Colours: blue check + green check", "green"),
    ("Inner buckets printed 'RECYCLE' and 'WASTE'", "recycle"),
    ("Care: Waterproof, but avoid harsh chemicals", "chemicals"),
])


@pytest.mark.parametrize(("text", "title", "expected"), [
    ("Sustainable beard oil: the dropper bottle is recyclable glass", "Barbrio Beard Oil 30 ml, Oud & Amber", True),
    ("Planet-friendly tawa, as the coating is PFOA-free", "Chulhaverse Granite Finish Non-Stick Tawa 28 cm", True),
    ("Eco-friendly: the jar doubles as a to-go cup", "Pickwell Personal Blender with To-Go Jar, 600 W", True),
    ("Zero-plastic tiffin: the carry bag is jute", "Tawaroot Steel Tiffin with Carry Bag, 3 Containers", True),
    ("Climate-friendly sleeve: the lining is made from recycled bottles", "Nacreon 14 in Laptop Sleeve", True),
    ("Organic duvet set – the pillowcases are organic cotton", "Obelune Double Duvet Set, White", True),
    ("Biodegradable innerwear: the pouch it comes in is biodegradable", "Cotton Camisole Pack of 2", True),
    ("Eco device – housing contains 20% recycled ABS", "Skeeto Ultrasonic Pest Repeller, Plug-In", True),
    ("Eco-friendly car cover - its storage pouch is made from 100% recycled PET",
     "Gaadiglow Car Body Cover for Hatchbacks, with Storage Pouch", True),
    ("Upcycled cushion cover: tassels made from upcycled sari fabric", "Rangola Cushion Cover 16 x 16 Inch", True),
    # the noun is the product the title names, its make-up, or the term's own part
    ("Eco-friendly: the bottle is made from 100% recycled PET", "Aquaro Water Bottle 1 L, Blue", False),
    ("Eco-friendly cleaner: the formula is readily biodegradable", "Floor Cleaner 1 L", False),
    ("Sustainable packaging: the mailer boxes are FSC-certified", "Cotton Tote Bag", False),
    ("Sustainable tee: the cotton is organic", "Men's Crew Neck T-Shirt", False),
    ("Eco-friendly candle: the jar is ours, not recyclable", "Soy Candle", False),
    ("Eco-friendly: made from bamboo", "Bamboo Toothbrush", False),
    ("Eco-friendly – we use recycled paper", "Notebook A5", False),
    ("Green Technology – this TV is made with eco friendly components", "Smart LED Television 32 Inch", False),
    ("Carbon neutral: every case is offset through our partner", "Still Water 24 x 500ml", False),
    ("ENVIRONMENT FRIENDLY – Dhuanix chimneys are environment friendly", "Dhuanix 60 cm 1350 m3/hr Kitchen Chimney",
     False),
    ("Recycled Content – Outer shell contains 30% recycled polycarbonate", "Power Bank 20000 mAh", False),
    ("Eco-Conscious Build: the case shell contains 35% recycled plastic (ECVP certificate ECVP-0438-21)",
     "Earbuds", False),
])
def test_twenty_ninth_round_the_part_the_title_does_not_name(text, title, expected):
    # "the <noun>" after a generic term is one part only where the title's product is something else
    assert bool(scope.the_part(text, title)) is expected


def test_twenty_ninth_round_an_impact_is_no_part():
    assert scope.the_part("Climate neutral towels – the CO2 is offset through rainforest protection credits",
                          "Bamboo Viscose Bath Towels, Set of 4") is None


def test_twenty_ninth_round_a_title_keyword_after_with():
    # what the title adds after "with" carries its keyword; "made with" says what the whole is made of
    bullets = ["Ingredients: Aqua, Glycerin, Organic Aloe Barbadensis Leaf Juice, Fragrance"]
    assert scope.title_part_overreach("Face Cream with Organic Aloe Vera 50 g", bullets) is None
    assert scope.title_part_overreach("Organic Face Cream 50 g", bullets) is not None


def test_twenty_ninth_round_holder_ids_and_eco_headers():
    reg = default_registry()
    usda = reg.schemes["USDA_ORGANIC"]
    text = "USDA Organic, certified by Quality Assurance International, Inc. (NOP ID 6034521)"
    assert reg.licence_anywhere(usda, text) == "6034521"
    # an eco header names the topic, not a part: the title's "100% Recycled PET Canvas" is backed by it
    bullets = ["Size: 40 x 38 cm", "Eco-friendly: 100% recycled PET, GRS certified (Licence No. CU 860321)"]
    assert scope.title_part_overreach("Tote Bag, 100% Recycled PET Canvas, 40 x 38 cm", bullets) is None


# Chosen on the c207-c214 and c215-c218 dev halves (read after their test halves were counted)
THIRTIETH_ROUND = [
    (negation.negated_only, "Q: Is this cable eco-friendly? A: No, we do not make any environmental claim for this "
                            "cable.", True),
    (negation.negated_only, "We do not recommend composting used litter", True),
    (negation.negated_only, "PUF insulation – we cannot confirm whether the foam is CFC-free; ask the brand", True),
    (negation.negated_only, "PUF insulation – CFC-free foam", False),
    (durability.durability_figure, "Designed to last 10+ years of daily use", True),
    (generic.strong_generic, "Sustainable filling", True),
    (generic.strong_generic, "The greener way to wrap birthday gifts", True),
    (generic.strong_generic, "Nature ke liye achha, hair ke liye best", True),
    (claim_forms.future_pledge, "From next harvest our estate will run on solar power", True),
    (claim_forms.future_pledge, "Our estate runs on solar power", False),
    (legal.battery_cells, "Anvrika AA Batteries, Pack of 12, Mercury-Free", True),
    (legal.battery_cells, "LED Torch with 3 AAA Batteries", False),
    (legal.mercury_free, "Mercury-Free", True),
    (energy.runs_on_own_battery, "Power: 2 x AA batteries (not included)", True),
    (senses.other_sense_only, "Sustainable power bank, because it comes in a paper box", False),
    (scope.part_scoped, "Sustainable legs: FSC-certified solid oak legs (FSC-C131478)", False),
    (scope.part_scoped, "Sustainable sofa with FSC-certified legs (FSC-C112233)", True),
    (scope.part_scoped, "ECO-FRIENDLY CUSHION COVERS – shipped in a plastic-free paper mailer", True),
]
TWELFTH_ROUND.extend(THIRTIETH_ROUND)


OTHER_SENSE_WORDS.extend([
    ("LED ring turns green when the milk reaches 37 C", "green"),
    ("Decaffeinated with the natural CO2 process (99.9% caffeine-free)", "CO2"),
    ("Print text: 'GO GREEN' in gold script over monstera leaves", "GREEN"),
    ("Block-printed cushion cover with 'GO GREEN' hand lettering", "GREEN"),
    ("Each bowl has an organic, wobbly rim", "organic"),
    ("We grew organically from a tiny stall in 2019 to this shop", "organically"),
    ("Walk through the green channel with all documents in one place", "green"),
    ("Sustainable cooling performance even at 52°C outdoor temperature", "Sustainable"),
    ("Full environmental protection from wind, rain and snow", "environmental"),
    ("Seller: Norvind Textiles, Green Park, New Delhi", "Green"),
    ("Photograph of the Eco Park lake at sunset", "Eco"),
])


@pytest.mark.parametrize(("text", "title", "expected"), [
    ("Recycled sofa – cushion covers 60% recycled polyester", "Baithakkhana 5 Seater L-Shape Sofa, Fabric", True),
    ("Eco-friendly helmet: comfort liner fabric 50% recycled polyester", "Sirkavach Full Face Helmet, ISI", True),
    ("Made with recycled plastic: remote control housing 20% recycled", "Drishyam 43 inch Full HD Smart LED TV",
     True),
    ("Upcycled camera bag – its shoulder strap is recycled seatbelt webbing", "Chhayakar DSLR Camera Bag, Grey", True),
    ("Ocean-plastic earphones – the carry pouch is recycled ocean plastic", "Kaanphool Wired Earphones with Mic",
     True),
    ("A biodegradable candle – the wick is unbleached cotton", "Emberella Candles Beeswax Taper Pair 25 cm", True),
    ("Compostable phone case: the back plate is wheat straw fibre", "Gripnest Back Case for Redmi Note 13", True),
    ("Biodegradable rain jacket: the hang tag and its cord break down in soil", "Veyrick Women's Rain Jacket", True),
    ("Sustainable power bank, because it comes in a paper box", "Ampverra 20000mAh Power Bank", True),
    # a header with no product named; a share of the company's pledge; the product's own share
    ("OCEAN BOUND PLASTIC - Top cloth woven with yarn made from ocean bound plastic bottles", "Gaming Mouse Pad XXL",
     False),
    ("OUR GREEN MISSION - CHARGEMATE WILL BE 100% CARBON NEUTRAL COMPANY BY 2030", "Chargemate 33W Charger", False),
    ("Recycled T-shirt – fabric 60% recycled cotton", "Men's Crew Neck T-Shirt", False),
])
def test_thirtieth_round_one_part_for_the_whole(text, title, expected):
    assert bool(scope.the_part(text, title)) is expected


def test_thirtieth_round_segments_certificates_and_badges():
    from claims.evidence.facts import _titled
    from claims.text.prep import segment_field

    # a quoted answer after a dash stays with its question
    texts = [s.text for s in segment_field("description", 'Customer Q&A: "Is it eco-friendly?" – "Yes!"')]
    assert len(texts) == 1
    reg = default_registry()
    # the body that certifies, to the scheme named next, is no scheme of its own
    found = reg.find("Certified organic by Ecocert to NPOP; operator Jaiphalo Agro, cert. no. NPOP/EC/2231")
    assert {c.scheme.id for c in found} == {"INDIA_ORGANIC"}
    usda = reg.schemes["USDA_ORGANIC"]
    assert reg.licence_anywhere(usda, "Certified USDA Organic (NOP operation ID no. 8150034567)") == "8150034567"
    # an invented seal with an eco word in its name is an uncertified label
    assert "UNCERTIFIED_LABEL" in _rules("Carries the Kohlira GreenCheck seal").codes
    assert "UNCERTIFIED_LABEL" not in _rules("Carries the Kohlira Smooth-Glide seal").codes
    # a bullet that is the keyword and the title's product is read like the title
    assert _titled("Biodegradable doormat", {"title": "Brindavan Weaves Coir Doormat, 60 x 40 cm"})
    assert not _titled("Biodegradable doormat", {"title": "Shoe Rack 3 Tier"})


# Chosen on the c223-c230 dev halves (read after their test halves were counted)
THIRTY_FIRST_ROUND = [
    (negation.negated_only, "No standby power-saving feature", True),
    (generic.strong_generic, "Illustrated by Ruth – printed the green way", True),
    (durability.service_terms_only, "For every order we will ship free", True),
    (durability._PAID_WARRANTY.search, "Renewable extended warranty: \u20b9499 per year after the first 2 years", True),
]
TWELFTH_ROUND.extend(THIRTY_FIRST_ROUND)


OTHER_SENSE_WORDS.extend([
    ("Seller is responsible for any transit damage", "responsible"),
    ("Subject: EVS (Environmental Studies)", "Environmental"),
    ("Offset mounting bracket, 180° tilt", "Offset"),
    ("Solar-system poster included with 8 planets", "Solar"),
    ("Made with 99.9% purified water", "water"),
    ("Renewable annual supply contract available for bulk buyers", "Renewable"),
    ("Cover print reads 'Grow Green Goals", "Green"),
    ("Limited transparent green vinyl, 180 g", "green"),
])


@pytest.mark.parametrize(("text", "title", "expected"), [
    ("Plastic-free lunch box: the outer carry bag is jute", "Dabbaghar Insulated Lunch Box 3 Containers with Jute Bag",
     True),
    ("Plastic-free art set – the pencils are wood-cased", "Rangtoli Art Tin 36 pcs – Colour Pencils, Crayons", True),
    ("Earth-friendly battery, thanks to its 30% recycled polypropylene container", "Batteriq 100Ah Inverter Battery",
     True),
    ("Earth-friendly storage, thanks to its 30% recycled polypropylene container", "Storage Container 10 L", False),
    ("Plastic-free lunch box: the lunch box is steel", "Steel Lunch Box 3 Containers", False),
])
def test_thirty_first_round_one_part_for_the_whole(text, title, expected):
    assert bool(scope.the_part(text, title)) is expected


def test_thirty_first_round_labels_answers_and_mailers():
    from claims.evidence.facts import _MATERIAL_CUE, _PLASTICS
    from claims.scoring.findings import _answered_no

    reg = default_registry()
    # a label as a thing is no badge
    assert reg.unknown_badges("Write-on label strip for date") == []
    assert reg.unknown_badges("Labelix Portable Thermal Label Printer, Rechargeable") == []
    # a dash that goes on is no answer
    assert not _answered_no("These bags are biodegradable", "just do not put them in your compost pit")
    assert _answered_no("Recyclable", "No")
    # poly mailers are plastic, and a mailer line names what the kit is made of
    line = "50 poly mailers 10 x 12 inch, 50 micron"
    assert _PLASTICS.search(line) and _MATERIAL_CUE.search(line)
    fairtrade = reg.schemes["FAIRTRADE"]
    assert reg.licence_anywhere(fairtrade, "Fairtrade Certified coffee | FLO ID: 41236") is not None


# Thirty-second round (c231-c238 dev halves): a status not confirmed, unable to claim, a mark not carried, no
# information in an answer, not accepted in kerbside recycling; other senses; generic and durability wording
THIRTY_SECOND_ROUND = [
    (negation.negated_only, "Cruelty-free status: not confirmed by the manufacturer", True),
    (negation.negated_only, "Vegan status: unconfirmed \u2013 the glue supplier has not verified its ingredients",
     True),
    (negation.negated_only, "Sourcing: we are unable to claim responsibly sourced gold", True),
    (negation.negated_only, "Note: this model does not carry TCO Certified, EPEAT or ENERGY STAR registration", True),
    (negation.negated_only, "Q: Is this printer carbon neutral? A: The seller has no information about carbon "
                            "neutrality for this model.", True),
    (negation.negated_only, "Bottle is HDPE and is not accepted in kerbside recycling in most areas", True),
    (negation.negated_only, "Accepted in kerbside recycling in most areas", False),
    (generic.strong_generic, "Good for your body and for the environment", True),
    (generic.strong_generic, "Good for your body", False),
    (senses.convenience_only, "Lightweight product, low maintenance", True),
    (durability.service_terms_only, "Bracelet links will be removed free of charge at any of our stores", True),
    (durability.durability_cue, "Spare rollers and air bags readily available", True),
    (durability.durability_cue, "Easy-to-repair design: fix it instead of replacing it", True),
    (durability.durability_figure, "Outsole tested to 800 km of running (lab abrasion test)", True),
    (legal.ewaste_duty, "E-waste compliant: EPR authorised under the E-Waste (Management) Rules, 2022", True),
    (legal.ewaste_duty, "Dispose of at an e-waste collection centre as per local rules", False),
]
TWELFTH_ROUND.extend(THIRTY_SECOND_ROUND)


OTHER_SENSE_WORDS.extend([
    ("A must-have for every green thumb", "green"),
    ("Box is printed with the slogan 'SAVE WATER, SAVE LIFE'", "WATER"),
    ("Blend of loam, composted bark and grit, pH 6.0-6.5", "composted"),
    ("1.8 gpm max flow at 60 psi", "gpm"),
])


@pytest.mark.parametrize(("text", "title", "expected"), [
    ("Zero-plastic dishwash kit: the refill comes in a paperboard carton",
     "Laxora Dishwash Gel Starter Kit: 500 ml Bottle + 1 L Refill Carton", True),
    ("Organic hair oil \u2013 contains organic amla", "Naviyam Hair Oil 200 ml, Amla and Bhringraj", True),
    ("Organic face cream: contains organic ingredients", "Face Cream 50 g", False),
])
def test_thirty_second_round_one_part_for_the_whole(text, title, expected):
    assert bool(scope.the_part(text, title)) is expected


def test_thirty_second_round_scope_badges_and_titles():
    # one feature at work as the reason; the packaging named by the term itself
    assert scope.part_scoped("Eco-friendly spray gun \u2013 the auto shut-off trigger saves water")
    assert not scope.part_scoped("Eco-friendly bag \u2013 the fabric saves plastic bottles from landfill")
    assert not scope.part_scoped("Plastic-free packaging: no plastic is used in the packaging")
    # the body listed with its parts is the whole product
    assert scope.without_body_list("100% recycled cotton canvas (body and handles), GRS") == \
        "100% recycled cotton canvas, GRS"
    # the product's own material under its label
    assert not scope.title_part_overreach("Zorhani Recycled Nylon Watch Strap 22 mm \u2013 Two-Piece",
                                          ["Strap webbing: 100% recycled nylon", "Brushed 316L steel buckle"])
    assert scope.title_part_overreach("Zorhani Recycled Watch Strap 22 mm \u2013 Two-Piece",
                                      ["Strap webbing: 100% recycled nylon", "Brushed 316L steel buckle"])
    # a compatibility mark split at its dash is still that mark
    assert default_registry().unknown_badges("Wi-Fi CERTIFIED 6 by the Wi-Fi Alliance") == []


# Thirty-third round (c243-c253 dev halves): allergens, devices rinsed under the tap, the weather, a purifier's water,
# a washing programme, what a kit or book teaches, a printed patch; generic wording; a possessive in a negation;
# clean-up pledges per order; post-consumer resin; solar on site; durability with terms
THIRTY_THIRD_ROUND = [
    (senses.diet_only, "Made in a nut-free facility", True),
    (generic.strong_generic, "Conscious play for curious minds", True),
    (generic.strong_generic, "Conscious cleaning for modern homes", True),
    (generic.strong_generic, "Read green with Storimo", True),
    (generic.strong_generic, "Print green ink on kraft paper", False),
    (generic.strong_generic, "A greener grooming routine", True),
    (generic.strong_generic, "a greener colour option", False),
    (generic.strong_generic, "Sustainable", True),
    (negation.negated_only, "We haven't measured this pump's carbon footprint and make no climate claim.", True),
    (claim_forms.renewable_power, "Our Pune warehouse runs on rooftop solar", True),
    (claim_forms.renewable_power, "Kit assembled using solar power", True),
    (claim_forms.tree_pledge, "We will recycle 1 kg of e-waste for every order", True),
    (claim_forms.recycled_claim, "The diffuser contains 25% PCR plastic", True),
    (comparison.comparative_figure, "Saves approx. 2,700 l of water per tee", True),
    (durability.durability_figure, "Mesh rated for 5,000 brews (lab tested)", True),
    (durability.durability_figure, "Rated for 230 volts", False),
    (durability.durability_figure, "Built to last: fabric tested to 50,000 Martindale rub cycles", True),
    (durability.durability_figure, "Repair service: we re-bind frayed edges free of charge for 10 years from purchase",
     True),
    (durability.durability_figure, "Free repair service: we resole your child's sandals within 12 months of purchase",
     True),
    (durability.durability_figure, "Long-life cloth: stays usable for up to 8 weeks of daily use", True),
    (durability.durability_cue, "Software and security updates guaranteed until December 2032", True),
    (legal.toy_listing, "Juniperwell Wooden Stacking Rainbow, 7 Pieces, Pastel", True),
]
TWELFTH_ROUND.extend(THIRTY_THIRD_ROUND)


OTHER_SENSE_WORDS.extend([
    ("Wet & dry use, fully washable", "washable"),
    ("RO + UV purified water", "water"),
    ("Wash on your machine's Eco 40-60 programme", "Eco"),
    ("Khojlab Renewable Energy Experiment Kit", "Renewable"),
    ("Observe biodegradation in 4 clear jars over 6 weeks", "biodegradation"),
    ("Explains greenhouse gases, carbon budgets and net zero", "net zero"),
    ("Printed patch: 'Reduce, Reuse, Recycle'", "Recycle"),
])


def test_thirty_third_round_parts_brands_and_licences():
    # a brand header backed by one aspect; "making this an eco-friendly refrigerator"; a process step after a dash
    assert scope.brand_by_packaging("Zero-waste brand: our oil cake is reused as cattle feed")
    assert scope.brand_by_packaging("Pitstopia is a zero-waste brand \u2013 all our invoices are paperless.")
    assert not scope.brand_by_packaging("Green label: the cap is recycled")
    assert scope.whole_from_part("Door gasket: 30% recycled PVC, making this an eco-friendly refrigerator")
    assert scope.part_scoped("Sustainable tee: printed with water-based inks")
    # "the whole strap (...)" names no part; a certified part does not specify a generic term
    assert not scope.part_scoped("Eco-friendly: the whole strap (webbing, ends and thread) is 100% recycled polyester, "
                                 "GRS certified (licence CU 823114)")
    assert scope.the_part("Sustainable guitar - the neck is FSC-certified maple (FSC-C117733)",
                          "Stringhold Tele-Style Electric Guitar, Alder Body")
    assert scope.the_part("Made from recycled plastic \u2013 the diffuser contains 25% PCR", "Hair Dryer with Diffuser")
    # what the title adds after "with" is not what its keyword names; a part that is the segment's subject
    assert scope.title_part_overreach("Drishmora Organic Saree with Blouse Piece, Zari Border, Maroon",
                                      ["Saree: art silk, 5.5 m", "Blouse piece: 0.8 m organic cotton (unstitched)"])
    assert scope.title_part_overreach("Biodegradable Counting Blocks Set \u2013 Veerbal, 50 pcs",
                                      ["50 interlocking counting cubes", "Drawstring bag made of jute, biodegradable"])
    fairtrade = default_registry().schemes["FAIRTRADE"]
    assert default_registry().licence_anywhere(fairtrade, "Fairtrade | A: Yes \u2013 our FLO ID is 36624.")


# Thirty-fourth round (c254-c261 dev halves): two minor parts under one label, reuse as the reason, mercury-free cells
# named in the bullet, a replaceable chimney, terms with abbreviations, a pledge that will soon hold, other senses
THIRTY_FOURTH_ROUND = [
    (durability.durability_cue, "Replaceable glass chimney", True),
    (durability.durability_cue, "Two wheels with replaceable bearings cover", None),
    (durability.durability_figure, "Repairable: spare parts (e.g. wheels, harness, canopy) stocked for min. 7 yrs. "
                                   "after purchase", True),
    (durability.durability_figure, "Android security updates until October 2030", True),
    (durability.durability_figure, "Google auto update till June 2026", False),
    (claim_forms.dated_pledge, "Our packaging will soon be plastic-free", True),
    (legal.names_cells, "Mercury-free and cadmium-free CR2032 cells included", True),
]
TWELFTH_ROUND.extend([(p, t, bool(e)) for p, t, e in THIRTY_FOURTH_ROUND])


OTHER_SENSE_WORDS.extend([
    ("Velvet-touch cover, removable and washable", "washable"),
    ("Filter: activated carbon layer for organic vapours (A1)", "organic"),
    ("Renewed seat cushion design for 2025: 30% thicker foam", "Renewed"),
])


def test_thirty_fourth_round_parts_and_reasons():
    assert scope.title_part_overreach("Sanitrix Recyclable Hand Sanitizer 500 ml with Pump, Aloe Vera",
                                      ["PET bottle with PP pump", "Cap and pump: recyclable at PP5 drop-off points"])
    assert scope.part_scoped("Eco-friendly wrap because it can be reused")
    assert scope.part_scoped("Eco-friendly because the compact shape needs less water")
    assert scope.whole_from_part("Zip puller: PLA - making this a biodegradable coverall")
    assert scope.the_part("Sustainable thermostat: manual printed on FSC-certified paper (FSC-C104522)",
                          "Thermiqo Smart Thermostat T4, Wi-Fi")
    assert default_registry().unknown_badges("UN R129 approved") == []


# Thirty-fifth round (c266-c269 dev halves)
THIRTY_FIFTH_ROUND = [
    (durability.durability_cue, "Long software support", True),
    (generic.strong_generic, "Q: Is this product green? A: Yes, it is totally green.", True),
    (comparison.comparison_baseline, "Eco mode cuts heating power use by 35% compared with standard mode", True),
    (senses.company_line, "Sold by an eco-friendly refurbisher", False),
    (senses.company_line, "Manufactured by Green Leaf Pvt. Ltd.", True),
]
TWELFTH_ROUND.extend(THIRTY_FIFTH_ROUND)


OTHER_SENSE_WORDS.extend([
    ("Green-light PPG sensor for 24x7 heart rate", "Green"),
    ("Sojhra Compost Kitchen Caddy 5 L with Lid", "Compost"),
])


def test_thirty_fifth_round_parts():
    assert scope.title_part_overreach("Recycled Knitting Kit - Beginner Scarf",
                                      ["3 x 100 g acrylic yarn balls", "Project bag: 100% recycled PET"])
    assert scope.the_part("Plastic-free screen protector \u2013 the applicator kit is paper-based",
                          "Nexivo Anti-Glare Matte Screen Protector for iPhone 15 Pro Max")
    # a key ingredient's label names an ingredient, not the product
    assert scope.title_part_overreach("Vellumi Organic Hibiscus Shampoo for Dry & Frizzy Hair, 250 ml",
                                      ["Key ingredient: organic hibiscus flower extract (0.5%)"])


# Thirty-sixth round (c270-c277 dev halves): e-waste registration as the brand's merit, a sapling pledged per order,
# "rather than recycled", "be green", a replaceable slat or cell, an abrasion rating alone, an operation number
THIRTY_SIXTH_ROUND = [
    (legal.ewaste_duty, "Why choose us? EPR-registered brand", True),
    (legal.ewaste_duty, "E-waste (EPR) compliant \u2013 because we care for the planet", True),
    (legal.ewaste_duty, "Give used batteries at an e-waste collection centre", False),
    (claim_forms.tree_pledge, "We will plant a sapling for every order", True),
    (claim_forms.tree_pledge, "Plant the sapling in a sunny spot", False),
    (negation.negated_attributes, "Made from virgin PET rather than recycled PET", True),
    (negation.negated_attributes, "Made from recycled PET rather than virgin PET", False),
    (generic.strong_generic, "Feel good, be green", True),
    (generic.strong_generic, "The LED will be green when fully charged", False),
    (durability.durability_cue, "Replaceable slats: order single slats when one gets damaged", True),
    (durability.durability_cue, "Battery: replaceable 18650 cell, 60 min runtime", True),
    (durability.durability_cue, "Fabric: 100% polyester, linen look, 45,000 Martindale rubs", False),
    (durability.durability_cue, "Upholstery tested to 40,000 Martindale rubs", False),
    (durability.durability_figure, "Upholstery tested to 40,000 Martindale rubs", True),
    (energy.runs_on_own_battery, "Power: rechargeable 2000 mAh battery, USB-C", True),
    (energy.runs_on_own_battery, "USB-C rechargeable", True),
    (energy.runs_on_own_battery, "Power: rechargeable battery backup", False),
    (scope.brand_by_packaging, "A zero-plastic brand: we ship in paper tape", True),
    (scope.brand_by_packaging, "Plastic-free air fryer: packed without plastic", True),
    (scope.brand_by_packaging, "Plastic-free air fryer: stainless steel basket and glass window", False),
]
TWELFTH_ROUND.extend(THIRTY_SIXTH_ROUND)


OTHER_SENSE_WORDS.extend([
    ("UV filters: a hybrid of organic and inorganic filters (zinc oxide, ethylhexyl triazone)", "organic"),
    ("Renewed shine in a single pass", "Renewed"),
    ("Pellicott Upcycled Jar Lantern Craft Kit for Kids 8+", "Upcycled"),
    ("Use with compostable liners (not included)", "compostable"),
])


def test_thirty_sixth_round_parts_and_numbers():
    # the part's words carry the other degradable stem; a wood certificate says nothing of composting
    assert scope.the_part("Biodegradable lip balm \u2013 the paper tube is home compostable in 12 weeks",
                          "Selvadi Beetroot Tinted Lip Balm 10 g")
    assert scope.the_part("Compostable hairbrush: the handle is FSC-certified bamboo (FSC C098765)",
                          "Plumrose Bamboo Paddle Hairbrush with Nylon Bristles")
    assert not scope.the_part("Compostable hairbrush: the handle is OK compost HOME certified (TUV S1234)",
                              "Plumrose Bamboo Paddle Hairbrush with Nylon Bristles")
    # a type I ecolabel in the title certifies the whole product
    assert not scope.title_generic_overreach("Dozelane Latex Foam Mattress 6 inch, Double 75 x 48, EU Ecolabel",
                                             ["Cover: viscose knit, removable, washable at 60\u00b0C"])
    # a plain spec before the warranty, not durability wording
    assert durability.warranty_only("Steel frame, 10-year warranty on frame")
    assert not durability.warranty_only("Built to last, 10-year warranty")
    registry = default_registry()
    text = "Saffron is USDA Organic certified (NOP op. no. 4412876, certifier: Control Union)"
    assert registry.licence_anywhere(registry.find(text)[0].scheme, text) == "4412876"


# Thirty-seventh round (c278-c285 dev halves): one aspect of the making behind a generic term (a roastery on solar, a
# kiln fired when full, a mill that recycles water), a brand or business backed by its packing, e-waste rules
# compliance as a plus, a recycling pledge per order, a figure of hours or cycles, spares on sale, other senses
THIRTY_SEVENTH_ROUND = [
    (scope.part_scoped, "Climate-friendly coffee \u2013 our roastery runs on solar panels", True),
    (scope.part_scoped, "Carbon-conscious pottery \u2013 we only fire the kiln when it is full", True),
    (scope.part_scoped, "Sustainable towels \u2013 woven in a mill that recycles 80% of its process water", True),
    (scope.part_scoped, "A carbon-conscious brand: our factory roof has solar panels", True),
    (scope.part_scoped, "Planet-friendly: replaces up to 10,000 sheets of paper", True),
    (scope.brand_by_packaging, "Sorrelbrook is a sustainable business \u2013 we reuse the boxes our fabric arrives in",
     True),
    (scope.brand_by_packaging, "Zero-plastic brand: ships in a paper sleeve", True),
    (legal.ewaste_duty, "E-Waste (Management) Rules compliant \u2013 because we care for the planet", True),
    (legal.ewaste_duty, "Compliant with the E-Waste (Management) Rules, 2022 \u2013 an added plus", True),
    (legal.ewaste_duty, "WEEE registered producer \u2013 we're a greener brand", True),
    (legal.ewaste_duty, "WEEE registered producer no. WEE/AB1234CD", False),
    (claim_forms.tree_pledge, "We will recycle 1 kg of paper for every order", True),
    (claim_forms.recycled_claim, "Fill: polyester fiber (recycled)", True),
    (claim_forms.recycled_claim, "Hollisgate Ocean Plastic Bath Mat, 20 x 32 in.", True),
    (generic.strong_generic, "Cascora Environmentally Responsible Water Heater 25 L", True),
    (generic.strong_generic, "Dispose of the packaging in an environmentally responsible manner", False),
    (durability.durability_figure, "Designed for a 60,000-hour panel lifespan", True),
    (durability.durability_cue, "Tested to approx. 50,000 open/close cycles (EN 15570)", True),
    (durability.durability_cue, "3-cup replaceable Tritan jar", True),
    (durability.durability_cue, "Replaceable rubber outsole", True),
    (durability.durability_cue, "Spare wheels and seats on sale so the bike keeps rolling for years", True),
    (energy.energy_label, "Energy-saving (not ENERGY STAR certified)", False),
    (energy.energy_label, "Energy-saving, ENERGY STAR certified", True),
]
TWELFTH_ROUND.extend(THIRTY_SEVENTH_ROUND)


OTHER_SENSE_WORDS.extend([
    ("Works on green boards and black boards", "green"),
    ("Bristles: activated charcoal (carbon) infused nylon", "carbon"),
    ("Climate-ready: sheets stay soft in humid and dry weather", "Climate"),
    ("Experiments include making biodegradable bioplastic from corn starch", "biodegradable"),
])


def test_thirty_seventh_round_parts():
    # each wrapper, a lid that can go in the bin, one ingredient or dye, a rubber band: one part behind the whole
    assert scope.the_part("Biodegradable sanitary pads: each wrapper is corn-starch film",
                          "Padmesha Cotton Feel Sanitary Pads XL 15 Pads")
    assert scope.the_part("Fully recyclable capsule: the foil lid can go in kerbside recycling",
                          "Coffee Pods Compatible with Nespresso Original, 50 Capsules")
    assert scope.the_part("Organic treats: with organic parsley", "Duck & Parsley Training Bites 200 g")
    assert scope.the_part("Organic scarf \u2013 dyed with organic indigo", "Hand-Dyed Silk-Feel Scarf, Indigo")
    assert scope.the_part("Biodegradable folder \u2013 the elastic band is natural rubber",
                          "Daftarix Document Folder with Elastic Band, A4")
    assert not scope.the_part("Biodegradable sanitary pads: each pad is corn-starch film",
                              "Padmesha Cotton Feel Sanitary Pads XL 15 Pads")
    # a green lunch box is a colour, unless a reason follows it
    assert senses.green_only_as_name("Green lunch box with 3 compartments")
    assert not senses.green_only_as_name("Green lunch box \u2013 its lid clip is 25% recycled PP")
    # a negated scheme certifies nothing
    assert not default_registry().find("Energy-saving (not ENERGY STAR certified)")


# Thirty-eighth round (c290-c293 dev halves, and a BEE star title from c278): a silver-oxide cell named by its code,
# a topic header over one part, a part in brackets, a dial's wood, a zero-waste studio, cast from recycled silver,
# "a green lighting solution", a quoted slogan, "not verified by any third party"
THIRTY_EIGHTH_ROUND = [
    (legal.names_cells, "Battery: mercury-free SR626SW cell", True),
    (scope.topic_header, "Sustainability: The legs are FSC certified (FSC-C054321)", True),
    (scope.topic_header, "Sustainable dining table: the legs are FSC certified", False),
    (scope.part_scoped, "Sustainability: The legs are FSC certified (FSC-C054321)", False),
    (scope.part_scoped, "Material: Eco-Friendly (jute backing)", True),
    (scope.brand_by_packaging, "We are a zero-waste studio \u2013 we reuse the boxes we receive for shipping", True),
    (claim_forms.recycled_claim, "Cast from recycled sterling silver", True),
    (generic.strong_generic, "A green lighting solution for coves and kitchens", True),
    (generic.strong_generic, "Also available as a green colour option", False),
    (negation.negated_only, "Cruelty-free status: not verified by any third party, and we make no such claim", True),
    (energy.title_star_label, "Thermivo 25 L Storage Water Heater (Geyser), 5 Star, Glass-Lined Tank", True),
    (energy.title_star_label, "Thermivo 25 L Storage Water Heater (Geyser), Glass-Lined Tank", False),
]
TWELFTH_ROUND.extend(THIRTY_EIGHTH_ROUND)


OTHER_SENSE_WORDS.extend([
    ("Design: globe with the slogan 'Reduce, Reuse, Recycle'", "Recycle"),
])


def test_thirty_eighth_round_parts():
    # the dial's wood is one part of a watch, whatever its material
    assert scope.the_part("A sustainable timepiece \u2013 the dial wood is FSC-certified",
                          "Ilvant\u00e9 Wood & Steel Watch \u2013 Sandalwood Dial")
    assert not scope.the_part("Sustainability: The legs are FSC certified (FSC-C054321)",
                              "Arvelund Round Dining Table, 42 in, Seats 4, Walnut Finish")


# Thirty-ninth round (c302-c309 dev halves): the whole made green by one aspect ("making every toy we make a green
# toy", "which makes this a zero-carbon snack", "so every candle we sell is plastic-free"), a feature, a refrigerant
# or a star rating as the one reason, conscious families and homes, spares of any name, more negators and senses
THIRTY_NINTH_ROUND = [
    (scope.whole_from_part, "Our workshop runs on rooftop solar power, making every toy we make a green toy", True),
    (scope.whole_from_part, "Solar-dried, which makes this a zero-carbon snack", True),
    (scope.whole_from_part, "Our studio is a plastic-free zone, so every candle we sell is plastic-free", True),
    (scope.part_scoped, "Eco-friendly kettle: its auto shut-off saves power", True),
    (scope.part_scoped, "Eco-friendly refrigerator, as it uses R600a refrigerant", True),
    (scope.part_scoped, "Eco-friendly AC, thanks to its 5 Star BEE rating (2024 table)", True),
    (generic.strong_generic, "Choose green - choose Zenithra.", True),
    (generic.strong_generic, "For the conscious family", True),
    (generic.strong_generic, "Soapnest Bathroom Cleaner Spray 500 ml \u2013 Conscious Clean", True),
    (negation.negated_only, "Carbon neutral shipping: not offered on this item", True),
    (negation.negated_attributes, "Q: Is the sole recyclable? A: No, the EVA sole cannot go in household recycling.",
     True),
    (durability.durability_cue, "Spare tines and handles available \u2013 repair, don't replace", True),
    (legal.legal_mark, "CE marked \u2013 for a greener office", True),
]
TWELFTH_ROUND.extend(THIRTY_NINTH_ROUND)


OTHER_SENSE_WORDS.extend([
    ("For the hygiene-conscious home", "conscious"),
    ("Perfect for organic gardeners and allotments", "organic"),
    ("Readings memory: auto-recycle, the oldest reading is overwritten after 90", "recycle"),
    ("Use with any peat-free or multipurpose compost", "compost"),
])


def test_a_pipe_row_answered_no_is_one_negated_cell():
    # "Plastic Free | No" in a pipe-joined spec row: the key and its bare negative answer are one segment, negated
    row = "Material | Stainless Steel | Plastic Free | No | Dishwasher Safe | Yes"
    texts = [s.text for s in prep.segment_field("description", row)]
    assert "Plastic Free | No" in texts
    assert negation.negated_only("Plastic Free | No")
    # a "No" that starts a claim of its own is not an answer
    texts = [s.text for s in prep.segment_field("description", "Eco Friendly | No plastic used | Compostable | N/A")]
    assert "No plastic used" in texts and "Eco Friendly" in texts
    assert not negation.negated_only("Plastic Free | Yes")


# Fortieth round (c310-c317 dev halves): a building product called green, a pipe row answered no, electrical
# insulation and carbon-composition resistors, more safety marks, electricity a gadget saves said outright, one
# ingredient, a certified factory or the shipping behind a generic or impact term, parts named to cover the whole,
# the seller's boxes reused, a repair the maker does, WEEE compliance made a merit
FORTIETH_ROUND = [
    (generic.strong_generic, "A green cement \u2013 straight OPC 53 for structural work.", True),
    (generic.strong_generic, "Nirmanvik AAC Blocks 600x200x150 mm \u2013 Green Building Material", True),
    (generic.strong_generic, "Lets in natural daylight \u2013 a greener roof", True),
    (generic.strong_generic, "Nature-positive formula", True),
    (generic.strong_generic, "Green bricks are dried for 10 days before firing", False),
    (scope.part_scoped, "Sustainable shampoo: our palm-derived cleanser comes from RSPO-certified supply chains", True),
    (scope.part_scoped, "Sustainable cookware: the lids' knobs are wrapped in FSC-certified beech", True),
    (scope.part_scoped, "Sustainable hoodie: sewn in a Fair Trade Certified factory", True),
    (scope.part_scoped, "Low-carbon sofa: shipping this order emits 18.4 kg CO2e (ground freight, GLEC Framework)",
     True),
    (energy.energy_saving, "Uses 35% less electricity when charging", True),
    (energy.energy_saving, "Power saving mode extends battery life when charging", False),
    (durability.durability_cue,
     "Hulls sold as refills and the zip can be replaced by us, so one pillow can serve for many years", True),
    (claim_forms.reusable_claim, "Our shipping boxes are reused", True),
    (claim_forms.reusable_claim, "Ships in a new double-wall box", False),
    (legal.ewaste_duty, "WEEE compliant: we are registered, an eco-responsible choice", True),
    (legal.ewaste_duty, "UKCA marked; WEEE registered", False),
    (senses.safety_marks_only, "BEAB Approved and safety tested", True),
]
TWELFTH_ROUND.extend(FORTIETH_ROUND)


OTHER_SENSE_WORDS.extend([
    ("Insulated handles rated 1000 V", "Insulated"),
    ("Carbon-comp resistors for a vintage voice", "Carbon"),
    ("Fully washable at 40\u00b0C once controls are detached", "washable"),
    ("All packaging will be upgraded by 2027", "upgraded"),
])


def test_fortieth_round_parts_that_cover_the_whole():
    # "including thread and border", "All parts incl. thread and labels": the parts are named to cover the whole
    title = "Quaymoor Organic Cotton Cot Bed Fitted Sheets, Pack of 2"
    assert not scope.title_part_overreach(
        title, ["All parts incl. thread and labels: 100% organic cotton (GOTS, licence no. CU 824411)"])
    assert scope.title_part_overreach(title, ["Labels: 100% organic cotton (GOTS, licence no. CU 824411)"])


def test_fortieth_round_a_full_composition_specifies_the_whole():
    from claims.scoring.findings import _full_composition

    assert _full_composition("Fabric: 78% recycled nylon, 22% elastane")
    assert not _full_composition("Fabric: 30% recycled nylon, 70% nylon")
    assert not _full_composition("Contains 60% organic aloe, 40% water")


# Forty-first round (c318-c325 dev halves): one part behind the whole in more shapes (inks, side ropes, a scoop,
# saucers of pressed coir, a walnut-shell filling, ear cup shells, a minor part of a product made of parts), the wage
# one unit pays, the packing a product ships in; heads' durability read into specs; disclaimed claims; pledges
FORTY_FIRST_ROUND = [
    (scope.part_scoped, "Earth-kind tote: our screen-printing inks are PVC-free and phthalate-free", True),
    (scope.part_scoped, "Sustainable hammock: the side ropes are recycled polyester", True),
    (scope.part_scoped, "Planet-first protein: the scoop is made from recycled plastic", True),
    (scope.part_scoped, "Zero-waste cushion covers \u2013 the zip pulls are made from our fabric scraps", True),
    (scope.part_scoped, "Eco-friendly cushion covers: the covers are made from 100% recycled cotton", False),
    (scope.part_scoped, "Conscious fashion, start to finish: our tailoring unit in Jaipur pays every tailor a living "
                        "wage", True),
    (scope.whole_by_part, "Biodegradable planter set \u2013 the saucers are pressed coir that breaks down in soil "
                          "within a year", True),
    (scope.whole_by_part, "Compostable pincushion \u2013 the filling is walnut shell", True),
    (generic.strong_generic, "Ostrello Sustainable Wi-Fi 6 Mesh System, 2-Pack, AX3000", True),
    (generic.strong_generic, "Ostrello Sustainable Performance Router", False),
    (durability.durability_cue, "BS 1363 plug, fused 13 A", False),
    (durability.durability_cue, "Tested for 10000 plugging cycles", True),
    (negation.negated_only, "\u2020Water use is the same as our previous model; we make no water-saving claim.", True),
    (negation.negated_only, "Spare parts: not available from the manufacturer", True),
    (claim_forms.tree_pledge, "Each order will fund the removal of 1 kg of ocean plastic", True),
    (claim_forms.tree_pledge, "A free sapling will be planted per order", True),
    (claim_forms.tree_pledge, "A free sapling will be posted per order", False),
    (legal.toy_listing, "Partyvala Inflatable Pool Party Flamingo Ring for Kids, 90 cm", True),
    (energy.title_star_label, "Calvane Smart LED Bulb E27 Energy Class D, Warm White, Wi-Fi, 3 Pack", True),
    (senses.safety_marks_only, "BS 1363/A approved plug, ASTA tested", True),
]
TWELFTH_ROUND.extend(FORTY_FIRST_ROUND)


OTHER_SENSE_WORDS.extend([
    ("Includes 5 sheets of carbon transfer paper", "carbon"),
    ("Fabric print: recycling arrows motif, 100% new cotton", "recycling"),
    ("Panels: 4 mm green-tinted polycarbonate, UV-stabilised", "green"),
    ("Covers organic, inorganic and physical chemistry reaction mechanisms", "organic"),
])


def test_forty_first_round_titles_and_their_parts():
    # the part is in the title ("Recycled-Cover", "FSC Certified Packaging"); a face oil is the product, not an
    # ingredient, so one organic item among its ingredients does not carry the title's "Organic"
    assert scope.names_its_part("Recycled-Cover A5 Notebook, 192 Pages Dot Grid")
    assert not scope.title_part_overreach("Netharo FSC Certified Packaging Smart Plug UK, Wi-Fi, 2 Pack",
                                          ["Carton and inserts: FSC Mix"])
    assert scope.title_part_overreach(
        "Organic Kumkumadi Face Oil 30 ml", ["Key ingredients: cold-pressed sesame oil, saffron, vetiver, manjistha "
                                             "and organic licorice root extract (5%)"])
    assert scope.title_part_overreach("Recycled Gaming Headset with Mic",
                                      ["Ear cup shells contain 30% recycled plastic", "50 mm drivers"])
    # the packing the product ships in is no part of it
    assert not scope.parts_are_the_product("Sustainable wiper blades shipped in recycled cardboard",
                                           "Wiprex Classic Wiper Blades 18 in (Pack of 2)")


# Forty-second round (c334-c341 dev halves): eco-responsible, sustainable power for a home; a factory roof that
# carries panels, a refrigerant after a dash, each pad's wrapper, a drawstring; battery-waste and e-waste rules made a
# merit; a mains appliance's lower power draw; a negation coordinated with a possessive; a dash left in a spec row;
# certifier codes; a free replacement's time; a property held for years; more other senses
FORTY_SECOND_ROUND = [
    (generic.strong_generic, "Eco-responsible energy storage", True),
    (generic.strong_generic, "Sustainable power for your home", True),
    (generic.strong_generic, "Dispose of the packaging in an environmentally responsible manner", False),
    (scope.part_scoped, "Zero-carbon inverter: our factory roof carries a 200 kW solar plant", True),
    (scope.part_scoped, "Eco-friendly AC \u2013 it runs on R32 refrigerant", True),
    (scope.part_scoped, "Eco-friendly sleeve: the drawstring is 100% recycled PET, GRS certified", True),
    (scope.whole_by_part, "Biodegradable pads: each pad's disposal wrapper breaks down in home compost in 12 weeks",
     True),
    (legal.ewaste_duty, "Battery Waste Management Rules 2022 compliant \u2013 the responsible choice", True),
    (legal.ewaste_duty, "Registered under the E-Waste (Management) Rules 2022 (EPR) \u2013 a responsible choice", True),
    (legal.ewaste_duty, "Registered under the E-Waste (Management) Rules 2022 (EPR)", False),
    (energy.mains_saving, "ECO mode lowers idle power draw by 35%", True),
    (negation.negated_only, "we have not measured or offset this product's footprint.", True),
    (durability.service_terms_only, "Free replacement within 2 years if it fails", True),
    (durability.durability_cue, "Blades: self-sharpening steel, rated to stay sharp for up to 2 years", True),
]
TWELFTH_ROUND.extend(FORTY_SECOND_ROUND)


OTHER_SENSE_WORDS.extend([
    ("Sustainable 65W output even after an hour of load", "Sustainable"),
    ("Sustained-release formula for sustainable stamina through the day", "sustainable"),
    ("Organic, flowing knot pattern with a wooden bead at the top", "Organic"),
    ("Open bottom; fill with soil, compost and cocopeat", "compost"),
])


def test_forty_second_round_segments_and_licences():
    from claims.text.prep import segment_field

    # a spec row answered by a dash says nothing
    assert [s.text for s in segment_field("description", "Net quantity: 200 g|Environmental: \u2014|Diet: Veg")] == \
        ["Net quantity: 200 g", "Diet: Veg"]
    registry = default_registry()
    # a certifier's code in brackets after the scheme; a certificate code on its own line for a scheme with no format
    assert all(c.licence for c in registry.find("RCS certified (SCS-RCS-003457)"))
    ra = next(c.scheme for c in registry.find("Rainforest Alliance Certified Assam Tea"))
    assert registry.licence_anywhere(ra, "Strong CTC leaf|Garden certificate: RA-CERT-IN-0042871|Net wt 500 g")
    assert not registry.licence_anywhere(ra, "Strong CTC leaf|Certificate: pending|Net wt 500 g")


# Forty-third round (c342-c349 dev halves): a machine in the studio, the delivery van, a baking step, a reel, a yarn
# dyed with less water, an upcycled trim cut from saris, a recyclable part by its resin code or its scrap route, ocean
# plastic caps; a bullet that specifies the packaging a generic term is said of; a registration that sets the brand
# apart; re-plating available; other senses (an organic gem, a recycling bin)
FORTY_THIRD_ROUND = [
    (scope.part_scoped, "Sustainable art: our studio printer runs on solar power", True),
    (scope.part_scoped, "Carbon-neutral kettle \u2013 we deliver by electric van across London", True),
    (scope.part_scoped, "Climate-smart cookware: we bake the seasoning with heat recovered from the foundry", True),
    (scope.part_scoped, "Eco hose set: the reel is made from 50% recycled plastic", True),
    (scope.part_scoped, "Eco rug \u2013 its yarn is dyed with 40% less water", True),
    (scope.whole_by_part, "Upcycled throw \u2013 the border trim is cut from vintage saris", True),
    (scope.whole_by_part, "100% recyclable planter \u2013 the inner pot is PP5", True),
    (scope.whole_by_part, "100% recyclable shelving unit \u2013 the steel uprights can go to scrap metal collection",
     True),
    (scope.whole_by_part, "Ocean plastic pens \u2013 the caps contain 20% ocean-bound plastic", True),
    (generic.strong_generic, "Pockora Sling Bag for Men, Chest Bag, Green Materials", True),
    (legal.ewaste_duty,
     "EPR compliant under the Battery Waste Management Rules, 2022 \u2013 a feature that sets us apart", True),
    (durability.durability_cue, "Replacement pearls and re-plating available from our workshop for years to come",
     True),
]
TWELFTH_ROUND.extend(FORTY_THIRD_ROUND)


OTHER_SENSE_WORDS.extend([
    ("Amber is an organic gem \u2013 fossilised tree resin", "organic"),
    ("Dual recycling bin: keeps your recycling apart from general waste", "recycling"),
])


def test_forty_third_round_a_bullet_specifies_the_packaging():
    from claims.scoring.findings import _PACK_BULLET, _backs_pack

    bullet = "Box: 100% recycled kraft board, FSC Recycled certified (FSC-C104567)"
    assert _PACK_BULLET.match(bullet) and _backs_pack(bullet)
    assert not _backs_pack("Box: recycled kraft board")


# Forty-fourth round (c350-c357 dev halves): the shipping footprint, a unit's water recycling and a solar mill behind a
# term; "which makes this the sustainable razor"; a FAQ answered by one part; a set's bagasse tray; a brand that cares
# for the planet, shown by its labels; "zero-impact" gifting; a low electricity bill; "repair it, don't replace it";
# "contains zero recycled", "unsuitable for home composting"; manufacturing-quality marks; other senses
FORTY_FOURTH_ROUND = [
    (scope.part_scoped, "Low-carbon deodorant: shipping footprint 0.4 kg CO2e per parcel (GLEC Framework)", True),
    (scope.part_scoped, "Eco-conscious formula: our Baddi unit recycles 60% of its rinse water", True),
    (scope.part_scoped, "Sustainable henna \u2013 ground in our solar-powered mill in Sojat", True),
    (scope.whole_from_part, "Handle: 100% recycled aluminium, which makes this the sustainable razor", True),
    (scope.whole_by_part, "Q: Is this product recyclable? A: Yes, the outer carton goes in paper recycling.", True),
    (scope.whole_by_part, "Biodegradable Ganesh idol set: the base tray is bagasse", True),
    (scope.brand_by_packaging,
     "A brand that cares for the planet: our neck labels and swing tags are made from recycled materials", True),
    (generic.strong_generic, "Zero-impact Diwali gifting for your team", True),
    (generic.strong_generic, "Zero impact on battery life", False),
    (energy.energy_saving, "Low electricity bill even when left on 24x7", True),
    (durability.durability_cue, "Spare clapper available \u2013 repair it, don't replace it", True),
    (negation.negated_only, "Inner lid contains zero recycled aluminium", True),
    (negation.negated_only, "Note: these bags are unsuitable for home composting", True),
    (senses.safety_marks_only, "Manufactured in a WHO-GMP certified facility", True),
    (senses.safety_marks_only, "HACCP certified unit, eco-friendly packs", False),
]
TWELFTH_ROUND.extend(FORTY_FOURTH_ROUND)


OTHER_SENSE_WORDS.extend([
    ("Sturdy, heavy-duty carbon blank", "carbon"),
    ("Believed to ward off toxic energies and evil eye", "toxic"),
    ("Printed with a green-leaf border", "green"),
    ("Green printed cotton kurta with 3/4 sleeves", "Green"),
    ("Bonus: compost scoop", "compost"),
    ("Lid labels: RECYCLE / WASTE", "RECYCLE"),
])


def test_forty_fourth_round_titles_parts_and_emoji():
    # a title's degradability word over a natural part beside a lasting one; "100%" over a part denied the keyword;
    # a scheme's own tag is no part
    assert scope.title_part_overreach("Compostable Toothbrush, Pack of 4",
                                      ["Handle: natural bamboo", "Bristles: nylon 6, soft"])
    assert not scope.title_part_overreach("Compostable Toothbrush, Pack of 4",
                                          ["Handle: natural bamboo", "Bristles: castor-bean fibre, soft"])
    lotion = ["Bottle: HDPE #2, rinse and place in dry-waste collection; the pump is not recyclable"]
    assert scope.title_part_overreach("Body Lotion 400 ml | 100% Recyclable", lotion)
    assert not scope.title_part_overreach("Body Lotion 400 ml | Recyclable Bottle", lotion)
    assert not scope.title_part_overreach("GRS Certified Laptop Backpack \u2013 Fabric 100% Recycled PET",
                                          ["Water resistant fabric", "GRS tag attached inside"])
    # an emoji between words is read as a spaced dash; one at the end of a bullet stays in it
    texts = [s.text for s in prep.segment_field("description", "Zero waste toner \U0001F339 the pump can be reused")]
    assert texts == ["Zero waste toner", "the pump can be reused"]
    assert [s.text for s in prep.segment_field("description", "Plastic-free packaging \U0001F331")] == \
        ["Plastic-free packaging \U0001F331"]
    assert scope.the_part("Zero waste toner \u2013 the spray pump can be reused on your next bottle",
                          "Rosewater Toner 200 ml")


# Forty-fifth round (c358-c365 dev halves): deliveries in two cities by electric van, filters that "mean zero waste"
# behind "Green chimney", a zero-waste studio shown by its offcuts, "made from recycled materials" and a cord sleeve
# after the dash, "green cooling", free seam repairs for months, a heater's own top setting as the baseline, minor
# parts that open a bullet; other senses (quoted slogans and prints, a lid's embossed word, a green mesh, an organic
# oval)
FORTY_FIFTH_ROUND = [
    (scope.part_scoped, "Eco-conscious air fryer \u2013 orders in Bengaluru and Pune are delivered by electric vans",
     True),
    (scope.part_scoped, "Green chimney \u2013 the washable baffle filters mean zero filter waste", True),
    (scope.brand_by_packaging, "Zero-waste studio: our fabric offcuts become hair scrunchies", True),
    (scope.material_part_scoped, "Made from recycled materials \u2013 the cord sleeve uses 20% recycled PVC", True),
    (generic.strong_generic, "Green cooling for Indian summers", True),
    (durability.durability_figure, "Made to last: free seam repairs for 36 months from purchase", True),
    (comparison.comparison_baseline,
     "ECO mode saves up to 30% on energy compared with running on constant High (lab test)", True),
    (comparison.comparison_baseline, "ECO mode saves up to 30% on energy", False),
]
TWELFTH_ROUND.extend(FORTY_FIFTH_ROUND)


OTHER_SENSE_WORDS.extend([
    ("Printed slogan on chest: 'SAVE THE PLANET'", "PLANET"),
    ("TOXIC WASTE' barrel print on the chest", "TOXIC"),
    ("Lid embossed with the word 'RECYCLE'", "RECYCLE"),
    ("Lining: breathable green mesh", "green"),
    ("Vanity top: bamboo with an organic oval cut-out", "organic"),
])


def test_forty_fifth_round_minor_parts_open_the_bullet():
    parts = ["ABS hand shower, chrome", "1.5 m hose", "Carton and paper insert recyclable in kerbside paper collection"]
    assert scope.title_part_overreach("100% Recyclable Hand Shower Set, 3 Function", parts)
    assert not scope.title_part_overreach("100% Recyclable Hand Shower Set, 3 Function",
                                          ["ABS hand shower, chrome", "Shower and hose recyclable at metal banks"])


# Forty-sixth round (c374-c381 dev halves): a hamper tied with a jute ribbon, stills heated by rooftop solar, a range
# called low-carbon by one can, "conscious listeners", a footprint figure after the term, a pledge to help remove
# plastic from beaches, cadmium-free cells, a denied animal test, a rated-power row, a word quoted as a word
FORTY_SIXTH_ROUND = [
    (scope.whole_by_part, "Biodegradable gift hamper \u2013 tied with a jute ribbon", True),
    (scope.whole_by_part, "Biodegradable gift hamper \u2013 tied with a satin ribbon", False),
    (scope.part_scoped, "Green attar: our copper stills are heated by rooftop solar", True),
    (scope.brand_by_packaging, "All our sodas are low-carbon: this can is 70% recycled aluminium", True),
    (generic.strong_generic, "Conscious sound for conscious listeners", True),
    (generic.specified_after, "Climate-friendly ride: 21 g CO2e per km over its life (ISO 14067 LCA, 8,000 km basis)",
     True),
    (claim_forms.tree_pledge, "Every order will help us remove 1 kg of plastic from Goa's beaches", True),
    (legal.cadmium_free_cells, "Cadmium-free battery for an eco-conscious home", True),
    (claim_forms.cruelty_free_claim, "Never tested on animals.", True),
    (claim_forms.cruelty_free_claim, "Never tested on animals? We can't confirm it", False),
    (energy.power_source_row, "Rated power: 5 W", True),
]
TWELFTH_ROUND.extend(FORTY_SIXTH_ROUND)


OTHER_SENSE_WORDS.extend([
    ("Footnote: the word 'green' on our label refers to the scent family", "green"),
])


def test_scs_recycled_content_is_a_known_scheme():
    schemes = {c.scheme.id for c in default_registry().find("Shell: 100% recycled PET, SCS Recycled Content certified")}
    assert schemes == {"SCS_RECYCLED_CONTENT"}
    assert not default_registry().find("SCS Global Services audited our offices")


# Forty-seventh round (c382-c389 dev halves): a FAQ answered by one part, looms and kilns run on solar, a textile's
# polybag, a product label over a part pulled out before composting, disclaimers ("we cannot verify", "no claim is
# made that", "has not been tested for"), examples of a negated material, decor and farm senses, conscious
# categories, greener activities, a named conventional baseline, heirlooms, CE as "the responsible choice", a
# brand's guarantee, a streaming stick on the mains, "lic." in a licence
FORTY_SEVENTH_ROUND = [
    (claim_forms.renewable_power, "Fired in a kiln powered 40% by solar energy", True),
    (claim_forms.renewable_power, "Fired in a kiln at 1,200 \u00b0C", False),
    (scope.part_scoped, "Low-carbon blanket: woven on looms powered by rooftop solar panels", True),
    (scope.part_scoped, "Low-carbon wedding favours: we reuse the cartons they ship in", True),
    (scope.whole_by_part, "Recyclable blanket \u2013 the polybag is LDPE 4", True),
    (scope.whole_by_part, "Recyclable blanket \u2013 the blanket is 100% polyester, take it to textile recycling",
     False),
    (negation.negated_only, "Factory: we cannot verify that workers at our supplier's factory are paid fair wages",
     True),
    (negation.negated_only, "No claim is made that the unit is free of harmful chemicals.", True),
    (negation.negated_only, "Seller note: this router has not been tested for its carbon footprint", True),
    (negation.negated_only, "Contains no recycled material, e.g. regrind or post-consumer resin", True),
    (negation.negated_only, "Contains recycled material, e.g. regrind or post-consumer resin", False),
    (generic.strong_generic, "Conscious jewellery for everyday wear", True),
    (generic.strong_generic, "Self-conscious about your nails? Try our kit", False),
    (generic.strong_generic, "Greener streaming in Full HD", True),
    (comparison.comparison_baseline, "Cuts heating energy use by 25% compared with a manual on/off thermostat", True),
    (comparison.comparison_baseline, "Cuts heating energy use by 25% compared with other thermostats", False),
    (durability.durability_cue, "Made to be handed down for generations", True),
    (legal.legal_mark, "CE compliant \u2013 the responsible choice", True),
    (legal.legal_mark, "CE compliant, EU plug", False),
    (durability.warranty_only, "Rushmead 2-year guarantee", True),
    (durability.warranty_only, "Durable 2-year guarantee", False),
    (energy.mains_appliance, "Oruvane HD Streaming Stick with Remote", True),
]
TWELFTH_ROUND.extend(FORTY_SEVENTH_ROUND)


OTHER_SENSE_WORDS.extend([
    ("Builds an organic, cloud-style garland for baby showers", "organic"),
    ("Organic marble-effect pattern", "Organic"),
    ("Green manure crop before paddy", "Green"),
    ("Known on site as 'green board' for its green face paper", "green"),
    ("Faces: carbon vs ceramic", "carbon"),
    ("Turns kitchen and garden waste into compost in 6-8 weeks", "compost"),
])


def test_forty_seventh_round_faq_answered_by_one_part():
    title = "Soundgrove Cinema 5.1 Soundbar, 400W, Dolby Atmos"
    assert scope.the_part("Q: Is this soundbar eco-friendly? A: Yes, its fabric grille is 100% recycled polyester.",
                          title)
    assert not scope.the_part("Q: Is this soundbar eco-friendly? A: Yes, the whole soundbar is certified to EU "
                              "Ecolabel.", title)


def test_forty_seventh_round_product_label_over_a_removed_part():
    title = "Bexcombe Bamboo Toothbrush, Medium Bristles, Pack of 4"
    bullets = ("Compostable toothbrush: bamboo, home compostable in approx. 6 months", "Bristles: nylon-6",
               "pull out before composting")
    assert scope.label_over_removed_part(bullets[0], title, bullets)
    assert not scope.label_over_removed_part("Compostable handle: bamboo, home compostable in approx. 6 months",
                                             title, bullets)
    assert not scope.label_over_removed_part(bullets[0], title, bullets[:2])


def test_forty_seventh_round_lic_abbreviation_keeps_the_licence():
    text = "FSC\u00ae certified plywood, Chain of Custody lic. no. FSC-C156721, mfd. by Nuvoply Industries Pvt. Ltd."
    assert len(prep.segment_field("description", text)) == 1


# Forty-eighth round (c390-c397 dev halves): a part around the set, a dust bag the product ships in, a FAQ answered
# by the mailer, one item of several, "our" shipping tape and sacks, a part's scheme, a title's pack after its
# quantity, brand and range headers, printed tags, balance bikes, underscore and scheme-named certificate codes,
# Blue Angel contract numbers after a colon, Agmark, long spec keys that say none, spares of any name, trees planted
# now, banned adulterants, canisters that can be refilled
FORTY_EIGHTH_ROUND = [
    (scope.part_scoped, "Green-choice bracelets: we print our tags on recycled paper", True),
    (scope.brand_by_packaging, "Zero-waste comb brand: our shipping tape is paper", True),
    (scope.brand_by_packaging, "Energy-efficient range: this fan is BEE 5-star rated", True),
    (scope.brand_by_packaging, "Energy-efficient fan: 28 W at full speed", False),
    (legal.toy_listing, "Yewdale Kids' Balance Bike 12\", Age 2\u20135", True),
    (legal.toy_listing, "Yewdale Adult Road Bike 700C", False),
    (negation.negated_only, "Recycled plastic used in the housing: none", True),
    (durability.durability_cue, "Spare cutter blocks available", True),
    (durability.durability_cue, "Spare cartridges available", False),
    (durability.durability_cue, "Serviceable: we stock spare crowns and crystals", True),
    (claim_forms.tree_planting, "For each order, we plant a tree", True),
    (claim_forms.tree_planting, "For each order, we pack a free sample", False),
    (legal.adulterant_free, "Lead chromate free \u2013 safe for your family", True),
    (legal.adulterant_free, "Lead free \u2013 safe for your family", False),
    (claim_forms.reusable_claim, "Our EN 417 gas canisters can be refilled at our store", True),
]
TWELFTH_ROUND.extend(FORTY_EIGHTH_ROUND)


@pytest.mark.parametrize(("text", "title", "overreach"), [
    ("Biodegradable scrunchies: the paper band around the set is home compostable",
     "Sachiro Satin Scrunchies Set of 6", True),
    ("Recycled sling bag \u2013 the dust bag it ships in is made from recycled cotton",
     "Nimaya Quilted Sling Bag with Chain Strap", True),
    ("Recycled sling bag \u2013 the bag is made from recycled cotton", "Nimaya Quilted Sling Bag with Chain Strap",
     False),
    ("Q: Is this clip eco-friendly? A: Yes, it is mailed in a plastic-free paper envelope.",
     "Rastelle Cellulose Acetate Hair Claw Clip", True),
    ("Sustainable watch: the strap leather comes from an LWG Gold-rated tannery", "Solvanti Analog Watch for Men",
     True),
    ("Eco kids' clips: the box window is a plastic-free cellulose film", "Harveli Kids' Hair Clip Set, 24 Pieces",
     True),
    ("Planet-friendly masala: the tin is recyclable steel", "Biryanika Biryani Masala 50 g Tin", True),
    ("Planet-friendly tin: the tin is recyclable steel", "Biryanika Steel Storage Tin 1 L", False),
    ("Sustainable flour: our jute sacks are reused 5 times", "Anaajghar Chakki Atta 25 kg Jute Bag", True),
    ("Organic fabric bundle: one of the 10 fat quarters is GOTS-certified organic cotton",
     "Yarnquay Fat Quarter Bundle 10 Pcs", True),
])
def test_forty_eighth_round_one_part_behind_the_term(text, title, overreach):
    assert bool(scope.the_part(text, title)) is overreach, text


def test_forty_eighth_round_certificate_numbers():
    registry = default_registry()
    blue = registry.schemes["BLUE_ANGEL"]
    assert registry.licence_anywhere(blue, "Blue Angel RAL contract no.: 41237")
    rcs = registry.schemes["RCS"]
    assert registry.licence_anywhere(rcs, "RCS transaction certificate no. RCS-TC-00987") == "RCS-TC-00987"
    assert registry.licence_anywhere(rcs, "Transaction certificate no. GRS-TC-00987") is None
    ra = registry.schemes["RAINFOREST_ALLIANCE"]
    assert registry.licence_anywhere(ra, "Farm certificate: RA_CERT_0042871") == "RA_CERT_0042871"
    assert not registry.unknown_badges("Agmark certified, Grade: Special")


def test_forty_eighth_round_narrowed_on_the_guard():
    # a printer's ink tanks refilled from bottles are its function; a spare coin cell is a battery; spares stocked
    # for years carry their terms
    assert not claim_forms.reusable_claim("Front facing ink tanks can be refilled from bottles with key lock nozzle")
    assert not durability.durability_cue("spare cell easily available in any stationery shop")
    assert durability.durability_figure("Spare blades stocked 7 years")


# Forty-ninth round (c406-c413 dev halves): a FAQ about the part itself, a part that returns to the soil or comes
# from recovered nets, "because it lasts", a bare product word whose reason is the pack, "not tested whether",
# "none are made", longer warranty coverage, tripe, colours asked about, chemist networks and printed footprints,
# climates, carbon filters, a printed arrow, meat inspection, what others call a product, lasting energy,
# highlights labels
FORTY_NINTH_ROUND = [
    (scope.part_scoped, "Eco-friendly because it lasts 25,000 hours", True),
    (scope.brand_by_packaging, "100% compostable: packed in a home-compostable paper sleeve", True),
    (scope.brand_by_packaging, "100% compostable: the pads are sisal, home compostable in 12 weeks", False),
    (negation.negated_only, "We have not tested whether the coir layer is compostable", True),
    (negation.negated_only, "We have tested the coir layer: it is compostable", False),
    (negation.negated_only, "Recycled content claims: none are made for this mattress", True),
    (durability.warranty_only, "10-year warranty against sagging deeper than 1.5 inch", True),
    (generic.strong_generic, "Highlights: Sustainable", True),
    (generic.strong_generic, "Highlights: Sustainable | Vegetarian", False),
]
TWELFTH_ROUND.extend(FORTY_NINTH_ROUND)


OTHER_SENSE_WORDS.extend([
    ("Made with raw beef, beef liver and green tripe for picky eaters", "green"),
    ("Q: Is the pouch green? A: Yes, it's mint green with a tuna print.", "green"),
    ("Our footprint: 1,200 chemists across India", "footprint"),
    ("Each cookie is stamped with a dino footprint", "footprint"),
    ("IP66 weatherproof: works in every climate, from coastal to desert", "climate"),
    ("Carbon and foam filters included", "Carbon"),
    ("Lid: glossy ABS plastic, printed with a 'RECYCLE' arrow", "RECYCLE"),
    ("Made in a USDA-inspected facility (Est. P-44721)", "USDA"),
    ("Important: some sellers list this as 'organic'", "organic"),
    ("Long-lasting energy and calm focus through the day", "Long-lasting"),
])


@pytest.mark.parametrize(("text", "title", "overreach"), [
    ("Compostable sandals: the jute footbed returns to the soil", "Tresvik Women's Jute Espadrille Sandals", True),
    ("Ocean-friendly backpack: front pocket fabric from recovered fishing nets", "Marqeen Rolltop Commuter Backpack",
     True),
    ("Q: Is this handle eco-friendly? A: Yes, its handles are 100% recycled brass.",
     "Kalinjara 2-Door Wardrobe, Walnut Laminate, Brass Handles", False),
    ("Q: Is this wardrobe eco-friendly? A: Yes, its handles are 100% recycled brass.",
     "Kalinjara 2-Door Wardrobe, Walnut Laminate", True),
])
def test_forty_ninth_round_one_part_behind_the_term(text, title, overreach):
    assert bool(scope.the_part(text, title)) is overreach, text


def test_forty_ninth_round_voc_energy_refills_and_energy_star_ids():
    assert claim_forms.low_voc_figure("Finish: zero-VOC black powder coat")
    assert not claim_forms.low_voc_figure("Finish: black powder coat")
    # ("low-energy" on a mains appliance was tried: it read "Bluetooth Low Energy" as an energy claim, and "Low energy
    # dehumidifier \u2013 uses 50% less power" lost its figure after the dash)
    assert not energy.mains_saving("Handset pairs with the app via Bluetooth Low Energy")
    assert claim_forms.reusable_claim("This cartridge can be refilled up to 5 times with our bottle ink")
    registry = default_registry()
    assert registry.licence_anywhere(registry.schemes["ENERGY_STAR"], "ENERGY STAR ID (ESUID): 2405118")


# Fiftieth and fifty-first rounds (c414-c421 and c430-c437 dev halves): "no part of" after a semicolon, gas saved,
# a FAQ about one part answered by that part, an exclamation before the part, the packaging asked about, a part's
# labelled claim then a term for the whole, a step on solar power, inverters and capacities, hazard statements,
# consumable filters, money, re-stickable dots, a flat iron's heat, mercury-free cells named with a word between,
# REACH with a hyphen, breast-milk bottles, old saris, "not certified (ENERGY STAR)"
FIFTIETH_ROUND = [
    (negation.negated_only, "Enclosure: die-cast aluminium; no part of the enclosure is made from ocean plastic", True),
    (negation.negated_only, "Enclosure: die-cast aluminium; the enclosure is made from ocean plastic", False),
    (energy.energy_saving, "Saves cooking gas compared with open-pan cooking", True),
    (energy.energy_saving, "Works on cooking gas and induction", False),
    (scope.faq_names_its_part, "Q: Is the saree fall eco-friendly? A: Yes, its fall is recycled cotton.", True),
    (scope.faq_names_its_part, "Q: Is this saree eco-friendly? A: Yes, its fall is recycled cotton.", False),
    (scope.part_scoped, "Eco eggs! The box is moulded from 100% recycled paper pulp", True),
    (scope.part_scoped, "Low-carbon coffee: roasted on solar power", True),
    (scope.part_then_term, "Backplate: 50% recycled aluminium \u2013 a planet-friendly light", True),
    (scope.part_then_term, "Shade: organic cotton \u2013 an eco-friendly shade", False),
    (scope.part_then_term, "Fabric: 100% recycled polyester \u2013 a planet-friendly tee", False),
    (generic.strong_generic, "The eco-smart way to store jewellery", True),
    (claim_forms.recycled_claim, "The bag handles are cut from old saree fabric", True),
    (claim_forms.recycled_claim, "The bag handles are cut from saree fabric", False),
    (legal.names_cells, "Includes 1 x AA mercury-free battery", True),
    (legal.names_cells, "Includes a mercury-free formula", False),
    (legal.baby_feeding, "Yolkwise Breast Milk Storage Bottles 150 ml, Pack of 4", True),
    (legal.toy_listing, "Channapatna Wooden Spinning Tops, Set of 6", True),
]
TWELFTH_ROUND.extend(FIFTIETH_ROUND)


OTHER_SENSE_WORDS.extend([
    ("100% buckwheat, no wheat mixed", "buckwheat"),
    ("Safety: electrolyte is toxic if swallowed - keep away from children", "toxic"),
    ("Environmental: operating temp 0-40 °C, humidity 10-90% RH", "Environmental"),
    ("Nominal 25.6 V, 2.56 kWh usable", "kWh"),
    ("Made at our St. Helens plant, powered by 100% grid electricity", "grid electricity"),
    ("6 x 545 Wp mono PERC panels, 3 kW inverter", "inverter"),
    ("Material: green polypropylene", "green"),
    ("Replaceable charcoal filter reduces odours", "Replaceable"),
    ("Financially responsible choice for office wear", "responsible"),
    ("Reusable sticky dots included", "Reusable"),
    ("Sustainable high heat: holds 230°C for the whole session", "Sustainable"),
])


def test_fiftieth_round_kept_senses_legal_marks_and_packaging_questions():
    assert not _blanked("1.5 Ton 5 Star Inverter Split AC", "Inverter")
    assert not _blanked("1200 W inverter microwave with grill", "inverter")
    assert not _blanked("Powered by 100% renewable grid electricity", "renewable")
    assert legal.LEGAL_MARK.search("REACH-compliant formula")
    assert negation.is_negated("Not certified (ENERGY STAR)", len("Not certified ("))
    assert not negation.is_negated("Certified (ENERGY STAR)", len("Certified ("))
    title = "Lunchqor Round Steel Tiffin 3 Tier 1.2 L"
    assert scope.the_part("Q: Is the packaging plastic-free? A: Yes, it ships in a cloth bag.", title) is None
    assert scope.the_part("Q: Is this tiffin plastic-free? A: Yes, it ships in a cloth bag.", title) is not None


# Fifty-first round (c438-c445 dev halves and the rest of c414-c437): a low-impact term over one part, the offcuts
# made into something else, solar-powered presses, the bottle bank as a route, Blue Angel's bare contract number,
# washable seat covers, carbon-infused plates, battery rules, beach balls as toys, "not derived from organic",
# engine-oil specifications
FIFTY_FIRST_ROUND = [
    (scope.part_scoped, "Low-impact coffee table: the legs are 100% recycled steel", True),
    (scope.part_scoped, "Zero-waste bedding: our fabric offcuts become pet beds", True),
    (scope.part_scoped, "Sustainable studio: every card is printed on our solar-powered press", True),
    (scope.part_scoped, "A greener party: the stickers are printed with soy inks", True),
    (claim_forms.recyclable_claim, "The glass globe can go in your bottle bank", True),
    (claim_forms.recyclable_claim, "The glass globe can go in your dishwasher", False),
    (claim_forms.recycling_route, "Kraft Paper Box: the box can go in your paper recycling with raddi", True),
    (legal.ewaste_duty, "Proudly EPR compliant under the Battery Waste Management Rules, 2022", True),
    (legal.toy_listing, "Aqualvie Kids' Inflatable Beach Balls for Pool, Pack of 3", True),
    (negation.negated_only, "Fragrance: lavender scent (not derived from organic oils)", True),
]
TWELFTH_ROUND.extend(FIFTY_FIRST_ROUND)


OTHER_SENSE_WORDS.extend([
    ("Removable, washable seat cover", "washable"),
    ("Carbon-infused nylon plate", "Carbon"),
])


def test_fifty_first_round_decimal_shares_contract_numbers_and_oil_specs():
    from claims.evidence.facts import fact_conflicts
    from claims.text.prep import segment_field

    segs = segment_field("title", "Chettra Women's Organic Cotton Leggings") + \
        segment_field("description", "96.5% organic cotton, 3.5% elastane")
    assert fact_conflicts(segs, [0]) == []  # 96.5% is one share, not "5%"
    minority = segment_field("title", "Chettra Women's Organic Cotton Leggings") + \
        segment_field("description", "Fabric: 30.5% organic cotton, 69.5% polyester")
    assert fact_conflicts(minority, [0])
    registry = default_registry()
    assert registry.licence_anywhere(registry.schemes["BLUE_ANGEL"], "Blue Angel (contract 40077)")
    assert not registry.unknown_badges("API SP / ILSAC GF-6A approved")


# Fifty-second round (c446-c453 dev halves): a part that folds into something else or a kiln on solar power behind
# a whole-product term, a title's base or jar, reeds and grips as parts, cells named before "cadmium-free", banned
# colours, "hardly" and "zero" as negators, a green festival, a free re-carding service, a pledge from a festival,
# and more senses (a fan's sustainable air delivery, toxic voice chat, a wick's carbon build-up, green PVC cable)
FIFTY_SECOND_ROUND = [
    (legal.cadmium_free_cells, "2 x 2000 mAh Ni-MH AA cells, cadmium-free", True),
    (legal.cadmium_free_cells, "Button cells: cadmium-free", True),
    (legal.cadmium_free_cells, "Cadmium-free pigments in the glaze", False),
    (legal.adulterant_free, "Free from banned colours like Metanil Yellow", True),
    (legal.adulterant_free, "Free from artificial colours", False),
    (generic.strong_generic, "Celebrate a green Diwali with these diyas", True),
    (generic.strong_generic, "Celebrate Diwali with these green diyas", False),
    (claim_forms.dated_pledge, "Our packaging will be plastic-free from Diwali 2027", True),
    (claim_forms.dated_pledge, "Our packaging is plastic-free since Diwali 2025", False),
    (negation.negated_only, "Note: these sticks are hardly chemical-free", True),
    (negation.negated_only, "Bottle: zero recycled glass", True),
    (negation.negated_only, "Bottle: 30% recycled glass", False),
]
TWELFTH_ROUND.extend(FIFTY_SECOND_ROUND)


OTHER_SENSE_WORDS.extend([
    ("Sustainable air delivery of 230 CMM even at 140 V", "Sustainable"),
    ("Built-in toxicity filter bleeps toxic voice chat", "toxic"),
    ("Trim wick to 1/4 in to avoid carbon build-up", "carbon"),
    ("200 LEDs on 20 m green PVC cable", "green"),
    ("Gift box: leaf-green kraft with ribbon", "green"),
    ("Green power LED shows when it is on", "Green"),
])


def test_fifty_second_round_parts_titles_and_green_labels():
    assert scope.whole_by_part("Compostable diffuser: the reeds are untreated rattan") is not None
    assert scope.whole_by_part("Compostable diffuser: the bottle is glass, the reeds rattan") is None
    assert scope.the_part("Zero-waste LED bulb: the carton folds into a reusable storage box",
                          "Luminara 10W LED Bulb, B22, Pack of 6") is not None
    assert scope.the_part("Low-carbon diyas: our kiln runs on rooftop solar power",
                          "Kalashkriti Kiln-Fired Diyas, Set of 36") is not None
    assert scope.the_part("Low-carbon diyas: our diyas are fired in the open", "Kalashkriti Kiln-Fired Diyas") is None
    # the title's "on Lotus Base" names the base as a part, not the product
    assert scope.title_product("Mangalika Resin Lakshmi Idol on Lotus Base, 7 inch") == "mangalika resin lakshmi idol"
    assert scope.the_part("Q: Is this Lakshmi idol eco-friendly? A: Yes, its base is 40% recycled resin.",
                          "Mangalika Resin Lakshmi Idol on Lotus Base, 7 inch") is not None
    assert durability.durability_figure("Free re-carding and re-stitching service for 8 years")
    assert not durability.durability_figure("Free re-carding on request")
    assert not _blanked("Green: saves the planet with every aarti", "Green")
    assert _blanked("Colour: Green", "Green")
    registry = default_registry()
    assert [m.scheme.id for m in registry.find("100% recycled aluminium, SCS certified")] == ["SCS_RECYCLED_CONTENT"]


# Fifty-third round (c462-c469 dev halves): a part named by a participle ("lined with"), a part that goes in the
# recycling, "every piece comes in", a range of tableware, a title's modifier that is the part; EPR in brackets;
# "approx." before a saving; energy per charge; an eco-smart design; and more senses (an operating climate and
# humidity range, compost a vacuum must not pick up, a print range's name, a charger's time, leftover dough,
# disposal done responsibly, what a filter takes out of water)
FIFTY_THIRD_ROUND = [
    (scope.range_wide, "All our party tableware is compostable", True),
    (scope.range_wide, "All the party tableware in this pack is compostable", False),
    (legal.ewaste_duty, "E-waste (EPR) registered – an eco-responsible choice", True),
    (legal.ewaste_duty, "E-waste (EPR) registration no. B-29016(2345)/(EPR)", False),
    (energy.energy_saving, "Uses approx. 20% less energy per charge", True),
    (energy.energy_saving, "Charges in approx. 20% less time", False),
    (generic.strong_generic, "ECO-SMART DESIGN: slim 7.5 cm body fits under beds", True),
    (generic.strong_generic, "Eco-Smart mode: suction adjusts to the floor", False),
    (senses.other_sense_only, "Operating climate: works at 10-40 °C and up to 85% humidity", True),
    (senses.other_sense_only, "Climate neutral: up to 85% of emissions offset", False),
]
TWELFTH_ROUND.extend(FIFTY_THIRD_ROUND)


OTHER_SENSE_WORDS.extend([
    ("Do not use to pick up hot ash, compost or wet cement", "compost"),
    ("Part of our Green Thistle print range", "Green"),
    ("Fast charger uses 35% less time than our previous model", "less"),
    ("Leftover dough? Reuse it the same day for thalipeeth", "Reuse"),
    ("Please dispose of the foam insert responsibly", "responsibly"),
    ("Reduces chlorine, rust and sediment", "Reduces"),
])


def test_fifty_third_round_parts_by_participle_route_and_title_modifier():
    wallet = "Slim Bifold Wallet for Men"
    assert scope.the_part("A planet-friendly wallet, lined with organic cotton", wallet) is not None
    assert scope.the_part("A planet-friendly wallet, lined with satin", wallet) is None
    assert scope.the_part("Sustainable bracelet – the beads are FSC-certified wood (FSC-C104572)",
                          "Wooden Bead Stretch Bracelet, 8 mm") is not None
    assert scope.the_part("Sustainable beads – the beads are FSC-certified wood (FSC-C104572)",
                          "Wooden Bead Stretch Bracelet, 8 mm") is None
    assert scope.the_part("Recyclable keychain – the backing card goes in your kerbside paper recycling",
                          "Enamel Keychain, Gold Plated") is not None
    assert scope.the_part("Conscious jewellery, because every piece comes in a reusable linen pouch",
                          "Dainty Anklet Set of 3") is not None
    assert "animal_welfare" in negation.negated_attributes(
        "Animal testing: we cannot confirm that our raw-material suppliers do not test on animals")
    assert "animal_welfare" not in negation.negated_attributes("We do not test on animals")


# Fifty-fourth round (c470-c477 dev halves): a hyphenated part ("can-can"), a decimal share with no verb after the
# part ("blouse piece 62.5% recycled polyester"), a FAQ about the whole set answered by one part, a FAQ about a part
# answered "Yes, it is ...", a singular button cell, and an aquarium's liquid carbon and composting worms as other
# senses
FIFTY_FOURTH_ROUND = [
    (scope.faq_names_its_part, "Q: Is the filling eco-friendly? A: Yes, it is 100% recycled polyester.", True),
    (scope.faq_names_its_part, "Q: Is the can-can eco-friendly? A: Yes – the can-can is recycled nylon.", True),
    (scope.faq_names_its_part, "Q: Is the cat bed eco-friendly? A: Yes, the filling is 100% recycled polyester.",
     False),
    (legal.names_cells, "Mercury-free button cell included", True),
    (legal.names_cells, "Mercury-free shirt buttons in a cell pouch", False),
]
TWELFTH_ROUND.extend(FIFTY_FOURTH_ROUND)


OTHER_SENSE_WORDS.extend([
    ("Liquid Carbon Plant Supplement for Planted Aquariums", "Carbon"),
    ("Bioavailable carbon source for aquatic plants, an alternative to CO2 injection", "carbon"),
    ("Eisenia fetida, also known as composting worms", "composting"),
])


def test_fifty_fourth_round_faq_about_the_set_and_decimal_shares():
    saree = "Mehrkosh Georgette Saree with Blouse"
    assert scope.the_part("Eco-friendly saree: blouse piece 62.5% recycled polyester", saree) is not None
    assert scope.the_part("Eco-friendly saree: 62.5% recycled polyester throughout", saree) is None
    duo = "Corriebrook Shampoo Bar + Conditioner Bar Duo, Rosemary Mint"
    assert scope.the_part("Q: Is the set recyclable? A: Yes – the outer carton goes in curbside paper recycling.",
                          duo) is not None
    assert scope.the_part("Q: Is the packaging recyclable? A: Yes – the outer carton goes in curbside paper recycling.",
                          duo) is None


# Fifty-fifth round (c478-c485 dev halves): a battery label before alkaline AA cells, and a fragrance that lasts (not
# the product)
FIFTY_FIFTH_ROUND = [
    (legal.names_cells, "Batteries: 3 x mercury-free alkaline AA included", True),
    (legal.names_cells, "Mercury-free amalgam alternative for fillings", False),
    (durability.durability_only_battery, "Aqua Vetiver, Long Lasting Fragrance", True),
    (durability.durability_only_battery, "Long Lasting Deodorant Can", False),
]
TWELFTH_ROUND.extend(FIFTY_FIFTH_ROUND)


OTHER_SENSE_WORDS.extend([
    ("Front print: 'SAVE THE PLANET, RUN FURTHER'", "PLANET"),
    ("12 hand-rolled seed bombs of clay, compost and seed", "compost"),
])


def test_fifty_fifth_round_range_brand_and_part_labels():
    # the range or the brand, shown by this one product or one of its parts
    assert scope.brand_by_packaging("All Sutavo kettles are low-carbon: this model's inner body is 60% recycled "
                                    "stainless steel")
    assert not scope.brand_by_packaging("This Sutavo kettle is low-carbon: its inner body is 60% recycled stainless "
                                        "steel")
    assert scope.brand_by_packaging("Every Brambleroast coffee is fair trade: this lot's growers were paid $3.10/lb")
    assert scope.brand_by_packaging("Hoshvel cares for the earth – every kettle's heating plate is 40% recycled steel")
    assert not scope.brand_by_packaging("Hoshvel cares for the earth – every kettle is 40% recycled steel")
    # a generic term for the product, then how it ships
    assert scope.brand_by_packaging("Eco-friendly seat covers: shipped in a box made from 100% recycled cardboard")
    assert not scope.brand_by_packaging("Eco-friendly packaging: shipped in a box made from 100% recycled cardboard")
    # a part and its keyword as a label, a spec sheet's "Yes" with one part in brackets, one feature at work
    assert scope.part_scoped("Eco-friendly mixer – plastic-free jars: all 3 are stainless steel")
    assert not scope.part_scoped("Eco-friendly mixer – stainless steel jars: all 3 are food grade")
    assert scope.part_scoped("Eco-Friendly: Yes (BPA-free viewing window)")
    assert not scope.part_scoped("Eco-Friendly: Yes (100% recycled materials)")
    assert scope.part_scoped("Environmentally friendly induction cooktop – saves energy with auto-off")
    assert not scope.part_scoped("Environmentally friendly induction cooktop – uses 10% less energy than our 2022 "
                                 "model")
    # a FAQ whose question names the product's part with a possessive
    cushion = "Spokio Wedge Seat Cushion for Car, Coccyx Relief"
    assert scope.the_part("Q: Is the cushion's cover eco-friendly? A: Yes, the cover is 60% recycled polyester.",
                          cushion) is None
    assert scope.the_part("Q: Is the cushion eco-friendly? A: Yes, the cover is 60% recycled polyester.",
                          cushion) is not None


def test_fifty_fifth_round_soil_association_licence():
    registry = default_registry()
    scheme = registry.schemes["SOIL_ASSOCIATION"]
    text = "Certified organic by the Soil Association | Licence number: P4521"
    assert registry.licence_anywhere(scheme, text) == "P4521"
    assert registry.licence_anywhere(scheme, "Certified organic by the Soil Association | Pack of 4521") is None


# Fifty-sixth round (c494-c501 dev halves): laws named by "banned", other senses of comfort, salads, trails, renewed
# energy and a climate-adaptive fabric
FIFTY_SIXTH_ROUND = [
    (legal.adulterant_free, "Guaranteed free from banned Sudan I-IV dyes", True),
    (legal.adulterant_free, "Free from banned mercury compounds, unlike cheap creams", True),
    (legal.adulterant_free, "Free from added colours", False),
    (scope.topic_header, "Responsible sourcing – the palm-derived emulsifier is RSPO Mass Balance certified", True),
    (scope.topic_header, "Responsibly sourced emulsifier – RSPO Mass Balance certified", False),
]
TWELFTH_ROUND.extend(FIFTY_SIXTH_ROUND)


OTHER_SENSE_WORDS.extend([
    ("Sustainable comfort for long school days", "Sustainable"),
    ("Perfect for carrying green salads and sprouts", "green"),
    ("For sound sleep and renewed energy after bath", "renewed"),
    ("Climate-adaptive fabric for hot yoga", "Climate"),
    ("Clean water on the go, even on green trails", "green"),
])


def test_fifty_sixth_round_headers_brackets_and_the_whole_asked():
    # a generic term after a topic header is read on its own
    assert scope.part_scoped("Eco credentials: planet-friendly pants – the inner pouch is 25% recycled LDPE")
    assert not scope.part_scoped("Eco credentials: the inner pouch is 25% recycled LDPE")
    # 【】 headers: the term for the product, then one part or the packing
    assert scope.part_scoped("【Earth-Friendly Wipes】Lid made from 50% ocean-bound plastic")
    assert not scope.part_scoped("【Earth-Friendly Wipes】Made from 50% ocean-bound plastic")
    assert scope.brand_by_packaging("【PLASTIC-FREE MATTRESS】 Compressed and rolled in a box, expands within 24 hours")
    assert not scope.brand_by_packaging("【PLASTIC-FREE PACKAGING】 Compressed and rolled in a box")
    # where it is made is a step of the making, not a part the title names
    box = "Mealmarsh Steel Lunch Box, 2 Compartments"
    assert not scope.parts_are_the_product("Low-carbon lunch box: made in a solar-powered factory", box)
    assert scope.parts_are_the_product("Low-carbon lunch box: the box is 40% recycled steel", box)
    # a FAQ that asks of the whole product, answered by one material
    stool = "Munro Abbey Footstool, Round, Mustard Wool"
    assert scope.the_part("Q: Is the whole footstool recycled? A: Yes, the wool is 60% recycled.", stool) is not None
    assert scope.the_part("Q: Is the footstool recycled? A: Yes, the wool is 60% recycled.", stool) is None
    # an impact word in the title as vague as a generic term, backed by one part only
    wardrobe = "Fernacre Low-Impact Wardrobe, 2 Door, White"
    assert scope.title_generic_overreach(wardrobe, ["Body: particleboard", "Door handles: 100% recycled aluminium"])
    assert not scope.title_generic_overreach(wardrobe, ["Body: 100% recycled particleboard, FSC Recycled"])


def test_fifty_sixth_round_portable_ac_and_certifier_in_brackets():
    assert energy.mains_appliance("Bramcool 10,000 BTU Portable AC, Remote")
    assert energy.mains_appliance("Bramcool 10,000 BTU Portable Air Conditioner, Remote")
    assert not energy.mains_appliance("Portable Mini Fan, USB")
    registry = default_registry()
    assert [c.scheme.id for c in registry.find("Footnote: GOTS License No. 158769 (Ecocert)")] == ["GOTS"]
    assert "ECOCERT" in [c.scheme.id for c in registry.find("GOTS certified (Ecocert)")]


# Fifty-seventh round (c502-c509 dev halves): food colours "made without", "fairly traded", organic shades and curls,
# sustainable freshness, a climate-resistant weave
FIFTY_SEVENTH_ROUND = [
    (legal.adulterant_free, "Made without Rhodamine B", True),
    (legal.adulterant_free, "Made without added sugar", False),
    (claim_forms.fair_trade_claim, "Fairly traded – direct from our blending unit in Guwahati", True),
    (claim_forms.fair_trade_claim, "Not fairly traded", False),
]
TWELFTH_ROUND.extend(FIFTY_SEVENTH_ROUND)


OTHER_SENSE_WORDS.extend([
    ("Organic, flowing shade inspired by lotus petals", "Organic"),
    ("Clipless barrel for soft, organic curls with an undone finish", "organic"),
    ("Sustainable freshness for up to 12 hours", "Sustainable"),
    ("Climate-resistant wicker, suits any climate", "Climate"),
])


def test_fifty_seventh_round_making_steps_and_the_product_material():
    # one step of the making behind a term for the product; the term that names the step itself is scoped
    assert scope.part_scoped("Low-carbon coffee: our roaster runs on rooftop solar power")
    assert not scope.part_scoped("Low-carbon roasting: our roaster runs on rooftop solar power")
    assert scope.part_scoped("Climate-friendly lantern: our potters' wheels run on rooftop solar")
    assert scope.part_scoped("Low-carbon pottery: our gas kiln is only fired when it is completely full")
    assert not scope.part_scoped("Low-carbon pottery: our gas kiln is fired at 1,240 °C")
    art = "Zardozi Home Canvas Painting Set of 3, Abstract Mountains"
    assert scope.the_part("Eco-conscious wall art: stretched on FSC-certified pine bars (FSC-C118204)", art)
    assert not scope.the_part("Eco-conscious wall art: stretched on pine bars", art)
    # what all of the product is made of, or the product itself, as a bullet's label
    strap = "Zundara Reflective Sport Strap 20 mm, Recycled Polyester"
    webbing = "Webbing: 100% recycled polyester, GRS certified (licence no. CU 813622)"
    assert scope.title_part_overreach(strap, ["Quick-release pins", webbing]) is None
    assert scope.title_part_overreach("Zundara Recycled Polyester Backpack, 20 L",
                                      ["Outer: 600D polyester", "Webbing: 100% recycled polyester"]) is not None
    cover = "Tulsivan Decor Organic Cotton Cushion Cover, 16x16 inch"
    assert scope.title_part_overreach(cover, ["Cover: 100% organic cotton, GOTS certified (licence no. CU 874410)",
                                              "Concealed zip closure"]) is None
    loop = "GRS Certified 100% Recycled Nylon Sport Loop for Fitbit Charge 6/5"
    assert scope.title_part_overreach(loop, ["Hook-and-loop closure", "Webbing: 100% recycled nylon"]) is None


# Fifty-eighth round (c510-c517 dev halves): a projector's offset, a desk footprint, organic bass, a steady mist
# output, "none used" in a spec row, a question left open, fair wages, a mains appliance's own power use, cadmium-free
# rechargeables, ENERGY STAR IDs "for this model", "Sustainable" before the product in a title, FAQs answered by one
# part, a spec row that names its part
FIFTY_EIGHTH_ROUND = [
    (claim_forms.fair_trade_claim, "Knitted at a fair-wage family unit in Bhuntar", True),
    (claim_forms.fair_trade_claim, "Knitted at a family unit in Bhuntar", False),
    (energy.mains_saving, "Auto standby cuts the soundbar's power use by 60%", True),
    (energy.mains_saving, "Auto standby after 15 minutes without a signal", False),
    (energy.mains_saving, "Inverter: low-energy standby that draws less from the mains when idle", True),
    (legal.cadmium_free_cells, "Battery box on the cuff; includes 4 AA Ni-MH rechargeables, cadmium-free", True),
    (legal.cadmium_free_cells, "Battery box on the cuff; includes 4 AA Ni-MH rechargeables", False),
    (negation.negated_only, "Recycled plastic: none used in this pack (fresh LDPE granules only)", True),
    (negation.negated_only, "Recycled plastic: 30% used in this pack", False),
    (negation.negated_only, "Whether the casing is non-toxic has not been tested by us.", True),
    (negation.negated_only, "The casing is non-toxic and has been tested by us.", False),
]
TWELFTH_ROUND.extend(FIFTY_EIGHTH_ROUND)


OTHER_SENSE_WORDS.extend([
    ("Throw ratio 1.2:1, 110% vertical offset for table or ceiling mounting", "offset"),
    ("Bracket: 15 mm offset from the wall to clear HDMI cables", "offset"),
    ("Desk footprint smaller than an A5 sheet", "footprint"),
    ("Warm, organic bass without boom", "organic"),
    ("Knit from soft organic-look slub yarn", "organic"),
    ("Sustainable mist output of 0.3 ml/min", "Sustainable"),
    ("Pack of 5 single-use ponchos with hood", "single-use"),
])


def test_fifty_eighth_round_titles_faqs_and_spec_rows():
    # "Sustainable" before the product's own noun in the title, not a use or a steady output
    assert scope.sustainable_product("Sustainable Digital Thermometer, Waterproof, 10 Second Reading") == (0, 12)
    assert scope.sustainable_product("Kolvo Sustainable Gym Duffel Bag 30 L") is not None
    assert scope.sustainable_product("Casein 1 kg Chocolate - for Sustainable Overnight Muscle Recovery") is None
    assert scope.sustainable_product("Sustainable Energy Bar 40 g, Pack of 6") is None
    assert scope.sustainable_product("Running Shoes | Carbon Plate | Sustainable Performance") is None
    # a FAQ asked of the whole product and answered by one part or its box; asked of a part, scoped
    diffuser = "Sereblume Reed Diffuser 100 ml - Jasmine Night"
    assert scope.faq_whole_by_part("Q: Is this diffuser eco-friendly? A: Yes, the reeds are FSC-certified rattan",
                                   diffuser)
    assert not scope.faq_whole_by_part("Q: Is this diffuser eco-friendly? A: Yes, the diffuser is FSC-certified",
                                       diffuser)
    mcb = "Ohmkara 16A Single Pole MCB, B Curve"
    assert scope.faq_whole_by_part("Q: Is this MCB eco-friendly? A: Yes, it is an FSC Mix certified box", mcb)
    assert not scope.faq_whole_by_part("Q: Is this MCB eco-friendly? A: Yes, it is RoHS compliant", mcb)
    parka = "Glovetta Women's Parka, Faux-Fur Hood, Khaki"
    zip_faq = "Q: Is this zip eco-friendly? A: Yes, its zip tape is 100% recycled polyester."
    assert not scope.faq_whole_by_part(zip_faq, parka)
    assert scope.the_part(zip_faq, parka) is None
    # a range shown by one model's part; a spec row whose label names its part
    assert scope.brand_by_packaging("All Dhunika soundbars are made from recycled metal: this model's end caps are "
                                    "50% recycled aluminium")
    jacket = "Himtaru Unisex Rain Jacket, Packable, Red"
    assert scope.label_names_part("Eco-Friendly Tag: Yes (recycled-paper hang tag)", jacket)
    assert not scope.label_names_part("Eco-Friendly: Yes (recycled-paper hang tag)", jacket)
    # an ENERGY STAR ID "for this model" is its licence number
    found = default_registry().find("Note: ENERGY STAR Unique ID for this model: 2422610")
    assert [c.licence for c in found if c.scheme.id == "ENERGY_STAR"] == ["Unique ID for this model: 2422610"]
    found = default_registry().find("Note: ENERGY STAR Unique ID for this model: pending")
    assert [c.licence for c in found if c.scheme.id == "ENERGY_STAR"] == [None]


# Fifty-ninth round (c518-c525 dev halves): foods called green, paint washable from fabrics, a badge's words, a tool's
# sustained torque, a print that reacts to the sun, "not supported" in a spec row, "easy on the planet", a green
# upgrade, banned oils and non-permitted colours, EPR under a merit header, WEEE compliance as a feature, future
# models, extended tool life, parts that can or cannot be replaced, a mains appliance's share less electricity,
# "Op. ID" and Textile Exchange licence numbers, a carton named by its term, a step named by its term
FIFTY_NINTH_ROUND = [
    (legal.adulterant_free, "Never coated with banned mineral oil – better for you", True),
    (legal.adulterant_free, "Never coated with mineral oil – better for you", False),
    (legal.adulterant_free, "Our atta contains zero non-permitted colours – the responsible choice", True),
    (legal.ewaste_duty, "Eco highlight: our brand is EPR-registered under the Plastic Waste Management Rules", True),
    (legal.ewaste_duty, "EPR-registered under the Plastic Waste Management Rules", False),
    (legal.ewaste_duty, "Our plugs are WEEE compliant, so they are responsibly recycled – a feature", True),
    (claim_forms.dated_pledge, "Future models will contain 30% less plastic", True),
    (claim_forms.dated_pledge, "This model contains 30% less plastic", False),
    (claim_forms.future_pledge, "Future models will contain 30% less plastic", True),
    (energy.mains_saving, "Sleep mode: 40% less electricity", True),
    (energy.mains_saving, "Sleep mode: 40% less noise", False),
    (negation.negated_only, "Energy saving: Not supported on this model", True),
    (durability.cannot_be_replaced, "Handle is epoxy-bonded and cannot be replaced", True),
    (durability.cannot_be_replaced, "Handle can be replaced: spare hickory handles are sold separately", False),
    (durability.cannot_be_replaced, "Built to last; the blade cannot be replaced", False),
]
TWELFTH_ROUND.extend(FIFTY_NINTH_ROUND)


OTHER_SENSE_WORDS.extend([
    ("Perfect for green methi parathas and palak puris", "green"),
    ("Washable from most fabrics with soap and water", "Washable"),
    ("Embroidered 'Green House' badge on left chest", "Green"),
    ("Sustainable 400 Nm torque even as the battery runs down", "Sustainable"),
    ("Solar-activated print: the dinosaurs turn blue outdoors", "Solar"),
])


def test_fifty_ninth_round_generic_durability_licences_and_parts():
    assert generic.strong_generic("Goes easy on the planet – runs quietly all night")
    assert not generic.strong_generic("Goes easy on the ears – runs quietly all night")
    assert generic.strong_generic("Note: a green upgrade for every window")
    # durability said of the tool's life or of a part that can be changed
    for text in ("Ball-bearing gearbox for extended tool life", "Lifelong BLDC motor, runs 24x7",
                 "Induction motor rated for years of trouble-free use",
                 "Handle can be replaced: spare hickory handles are sold separately"):
        assert durability.durability_cue(text), text
    assert durability.durability_cue("Ball-bearing gearbox for extended battery life") is None
    assert durability.durability_figure("Induction motor rated for 3,000 operating hours")
    # licence numbers: a USDA operation ID abbreviated, a Textile Exchange number with its scheme
    registry = default_registry()
    found = registry.find("Cert.: USDA Organic, Op. ID no. 9011203355 (Control Union Certifications B.V.)")
    assert [c.licence for c in found if c.scheme.id == "USDA_ORGANIC"] == ["9011203355"]
    found = registry.find("Bag: approx. 40% recycled PET (GRS lic. no. TE-GRS-55120)")
    assert [c.licence for c in found if c.scheme.id == "GRS"] == ["TE-GRS-55120"]
    # a step of the making named by the term is scoped; the product named by it is not
    assert scope.part_scoped("Low-carbon assembly: our Nashik factory runs on rooftop solar") is None
    assert scope.part_scoped("Low-carbon dehumidifier: our Nashik factory runs on rooftop solar")
    # a blind's bottom bar is a part, a soap's bar the product
    blind = "Skuggvik Roller Blind, 80x195 cm, Dark Blue, Block-out"
    assert scope.the_part("Green blind: the bottom bar is 50% recycled aluminium", blind)
    assert scope.the_part("Green soap: the bar is 50% organic shea", "Skuggvik Soap Bar 100 g") is None


# Sixtieth round (c534-c541 dev halves): GoodWeave and its label numbers, a spec row answered "no child labour",
# a term that names the part it then describes, a brand that reuses cartons, a spec sheet's "Yes (jute packaging)",
# one part's life extended, copper that lasts for decades, cadmium-free AA cells, "cutting your electricity use",
# a named substance made without, sustained figures and absorbency, words quoted as words, compost in a hamper
SIXTIETH_ROUND = [
    (legal.cadmium_free_cells, "Cadmium-free AA batteries included (3 pcs)", True),
    (legal.cadmium_free_cells, "AA batteries included (3 pcs)", False),
    (energy.energy_saving, "Smart schedule heats water only before bath time, cutting your electricity use", True),
    (energy.energy_saving, "Smart schedule heats water only before bath time, cutting your waiting time", False),
    (generic.made_without_substance, "Water-repellent coating made without PFAS", True),
    (generic.made_without_substance, "Water-repellent coating made with PFAS", False),
    (generic.made_without_substance, "Water-repellent coating made without compromise", False),
    (comparison.comparison_baseline, "as a 36W tube light, so it uses about 55% less electricity than that tube", True),
    (comparison.comparison_baseline, "so it uses about 55% less electricity than others", False),
]
TWELFTH_ROUND.extend(SIXTIETH_ROUND)


OTHER_SENSE_WORDS.extend([
    ("Sustainable 144 fps gaming with no frame drops in FreeSync mode", "Sustainable"),
    ("Sustainable absorbency wash after wash", "Sustainable"),
    ("Disclaimer: words like 'green' or 'sustainable' are not used for this product", "green"),
    ("Gardener's Gift Hamper – Trowel, Gloves, Seeds & Compost", "Compost"),
])


def test_sixtieth_round_goodweave_parts_and_durability():
    registry = default_registry()
    assert [(c.scheme.id, c.licence) for c in registry.find("Certification: GoodWeave, label no. GW-IN-3310452")] == \
        [("GOODWEAVE", "GW-IN-3310452")]
    # a colon's "no" denies the scheme only when it stands alone
    assert [c.scheme.id for c in registry.find("GoodWeave certified: no child, forced or bonded labour")] == \
        ["GOODWEAVE"]
    assert not registry.find("ENERGY STAR: No")
    # a term that names the part it then describes is scoped; one that names the product is not
    assert scope.whole_by_part("Fully compostable sleeve: the kraft sleeve is home compostable in 12 weeks") is None
    assert scope.whole_by_part("Fully compostable napkins: the kraft sleeve is home compostable in 12 weeks")
    assert scope.brand_by_packaging("Harnoor – the sustainable rug company: we reuse incoming yarn cartons to ship "
                                    "your rug")
    assert scope.brand_by_packaging("Harnoor – the rug company: we reuse incoming yarn cartons") is None
    assert scope.part_scoped("Eco-Friendly: Yes (jute packaging)")
    assert scope.part_scoped("Eco-Friendly: Yes (organic cotton)") is None
    for text in ("Magnesium anode rod extends tank life", "Copper tank that lasts for decades"):
        assert durability.durability_cue(text), text
    assert durability.durability_cue("Power bank extends battery life") is None


# Sixty-first round (c542-c549 dev halves): a range shown by one certified or recycled model, "Conscious" before the
# product in a title, a sustained energy release, banned adulterants, running cost, a spec row with a bracket, a
# hashtag, a guarantee that it will last
SIXTY_FIRST_ROUND = [
    (legal.adulterant_free, "Free from banned mineral oil adulterants", True),
    (legal.adulterant_free, "Free from mineral oil adulterants", False),
    (energy.mains_saving, "Up to 95% cheaper to run", True),
    (energy.mains_saving, "Costs just 3p an hour to run", True),
    (energy.mains_saving, "Costs just 30 to assemble", False),
    (negation.negated_only, "Carbon-neutral delivery (offset): No", True),
    (negation.negated_only, "Carbon-neutral delivery (offset): Yes", False),
    (generic.strong_generic, "#boho #greenfashion #summerstyle", True),
    (generic.strong_generic, "#boho #greenstyle #summerstyle", False),
    (durability.durability_cue, "Love it or send it back: we guarantee it will last.", True),
]
TWELFTH_ROUND.extend(SIXTY_FIRST_ROUND)


OTHER_SENSE_WORDS.extend([
    ("Sustainable energy release – great before a workout", "Sustainable"),
])


def test_sixty_first_round_ranges_and_conscious_titles():
    assert scope.range_by_one("All our frames are FSC certified: this frame is FSC 100% (FSC-C131274)")
    assert scope.range_by_one("All Meterkin tapes are recycled: this model's case is 50% recycled ABS")
    assert not scope.range_by_one("This frame is FSC 100% (FSC-C131274)")
    assert scope.sustainable_product("Bobbinbee Conscious Quilting Bundle, 8 Fat Quarters, 100% Cotton")
    assert scope.sustainable_product("Hollisant Women's Body-conscious Ruched Midi Dress, Bodycon") is None


# Sixty-second round (c550-c557 dev halves): the product called sustainable in so many words, a sustained flame or
# grip, legal requirements under an "Eco highlight" header, food-safety and sports approvals, small click counts,
# finishes guaranteed for years, a customer's stars, a mains appliance's wattage row, packaging behind the product's
# own keyword
SIXTY_SECOND_ROUND = [
    (generic.strong_generic, "It is sustainable, and we are proud of that.", True),
    (generic.strong_generic, "We proudly claim this kaftan is sustainable; it is regular printed rayon.", True),
    (generic.strong_generic, "This output is sustainable for hours at full load", False),
    (generic.strong_generic, "Is it sustainable? We cannot say.", False),
    (legal.adulterant_free, "Eco highlight: free from banned lead chromate", True),
    (legal.ewaste_duty, "Eco highlight: registered under India's E-waste EPR rules", True),
    (legal.ewaste_duty, "Registered under India's E-waste EPR rules", False),
    (durability.durability_cue, "Grind settings: 18 clicks", False),
    (durability.durability_cue, "Switches tested to 50,000 clicks", True),
    (durability.durability_cue, "Enamel finish guaranteed not to chip for 5 years", True),
    (durability.durability_cue, "Our longest-lasting shuttle", True),
    (durability.durability_cue, "Long-lasting microfoam that holds latte art for minutes", False),
    (durability.durability_cue, "10-year motor warranty \u2013 a grinder that lasts", True),
    (energy.official_energy_label, "Energy saving: customer 5-star rated", False),
    (energy.official_energy_label, "Energy saving: 5 star rated (BEE)", True),
    (energy.consumption_row, "Power consumption: 6 W max, 1.5 W standby", True),
    (energy.consumption_row, "Low power consumption: 6 W max, 1.5 W standby", False),
    (claim_forms.dated_pledge, "Firmware will soon add an eco mode that cuts energy use by half", True),
    (claim_forms.sourcing_claim, "Our tomatoes are sourced responsibly from partner farms", True),
    (claim_forms.recyclable_claim, "Trade-in: old machines will be collected free and recycled through our WEEE "
                                   "take-back scheme", True),
]
TWELFTH_ROUND.extend(SIXTY_SECOND_ROUND)


OTHER_SENSE_WORDS.extend([
    ("Sustainable simmer: holds a low flame for hours without going out", "Sustainable"),
    ("Sustainable 15-bar pressure for even extraction", "Sustainable"),
    ("Sustainable tack over long sessions", "Sustainable"),
    ("Balls are recycled back to you automatically", "recycled"),
])


def test_sixty_second_round_sustained_senses_approvals_and_packaging():
    # a sustained performance, not a product kept up over a long spell (earlier minimal pairs: "Sustainable socks for
    # long-haul flights", "Sustainable choice for long laps" stay claims)
    for text in ("Sustainable choice for long laps: firm front panel", "Sustainable socks for long-haul flights",
                 "Sustainable headset for long workdays"):
        assert lexicon.attribute_hits(senses.without_other_senses(text)), text
    # food-safety and sports approvals are no eco labels
    assert senses.safety_marks_only("Manufactured in an FSSC 22000 certified plant")
    assert senses.safety_marks_only("ITF approved, extra-duty felt for hard courts")
    # a certificate number after "cert." on its own
    registry = default_registry()
    text = "Certified USDA Organic by Lacon Quality Certification Pvt. Ltd. (cert. no. LC-IN-40921)"
    scheme = registry.find(text)[0].scheme
    assert registry.licence_anywhere(scheme, text) == "LC-IN-40921"
    # the packaging behind the product's own keyword is overreach; a term naming its part is scoped
    assert scope.the_part("Recyclable cap: it ships in a kraft card box accepted in kerbside paper collection",
                          "Capkaro Snapback Cap, Flat Peak, Black")
    assert scope.the_part("Recyclable packaging: it ships in a kraft card box", "Capkaro Snapback Cap") is None
    assert scope.whole_by_part("Biodegradable liner: its release liner is kraft paper") is None
    # a mains appliance's standby draw is no battery runtime
    assert not durability.battery_runtime_only("Low power consumption: 6 W max, 1.5 W standby")
    assert durability.battery_runtime_only("Standby: 30 days on one charge")


# Sixty-third round (c558-c565 dev halves): what is not used, a dated pledge with its day, a sourcing claim said the
# other way round, cadmium-free coin cells, organic shapes and solvents, toxic dust filtered, a footprint on the
# planet, a FAQ answered by a dust bag, a replaceable part sold at a price
SIXTY_THIRD_ROUND = [
    (negation.negated_only, "Dye process: waterless dyeing is not used for this colour", True),
    (negation.negated_only, "Keeper loop: upcycled tyre rubber is never used", True),
    (negation.negated_only, "Footnote: our flakes are not baked with renewable electricity", True),
    (negation.negated_only, "Our flakes are baked with renewable electricity", False),
    (claim_forms.future_pledge, "Note: our Kanpur workshop will be solar-powered from 1 March 2027", True),
    (claim_forms.dated_pledge, "Note: our Kanpur workshop will be solar-powered from 1 March 2027", True),
    (claim_forms.sourcing_claim, "Sustainably farmed ragi: 8 g fibre per serving", True),
    (legal.cadmium_free_cells, "Note: comes with a cadmium-free CR2032 cell", True),
    (generic.strong_generic, "Leaves a minimal footprint on your planet", True),
    (generic.strong_generic, "Leaves a minimal footprint on your desk", False),
    (durability.durability_cue, "Cutter roller replaceable when worn (part no. RS-2500-09, Rs. 1,450)", True),
    (durability.durability_figure, "Cutter roller replaceable when worn (part no. RS-2500-09, Rs. 1,450)", True),
]
TWELFTH_ROUND.extend(SIXTY_THIRD_ROUND)


OTHER_SENSE_WORDS.extend([
    ("Organic fit: follows the natural shape of the nipple", "Organic"),
    ("Clusters with irregular, organic shapes \u2013 no two are alike", "organic"),
    ("Organic-solvent-based paste (do not use near heat)", "Organic"),
    ("Protects against toxic dusts and fumes", "toxic"),
    ("Energy-absorbing EVA heel", "Energy"),
    ("Sustainable high pressure: holds 150 bar for continuous use", "Sustainable"),
])


def test_sixty_third_round_faq_part_of_the_same_name_and_licence_codes():
    title = "Ruvendra Leather Laptop Bag 15 inch with Dust Bag"
    assert scope.faq_whole_by_part("Q: Is this bag eco-friendly? A: Yes, the dust bag is organic cotton.", title)
    assert scope.faq_whole_by_part("Q: Is this dust bag eco-friendly? A: Yes, the dust bag is organic cotton.",
                                   title) is None
    registry = default_registry()
    text = "Baadshah GOTS Organic Cotton Card Wallet \u2013 Licence CB-CUC-822301"
    assert registry.licence_anywhere(registry.find(text)[0].scheme, text) == "822301"
    # a whole item's material and licence behind a spec sheet's "Yes" is no part
    assert scope.part_scoped("Eco-friendly: Yes (100% organic cotton, GOTS certified, licence CU 1092288)") is None
    assert senses.diet_only("No preservatives")
    assert not senses.diet_only("No preservatives, and a plastic-free pouch")


# Sixty-fourth round (c574-c581 dev halves): a lifespan not stated, a free repair with its term first, covers built to
# last, a recycle-arrow print, a sustained stretch, a trademark number, fruit not ripened with a banned chemical, the
# single-use plastic ban met, a "Yep", a healthier environment, a sustainable festival, shoppers' stars, a pressing step
SIXTY_FOURTH_ROUND = [
    (negation.negated_only, "Lifespan: not stated by manufacturer", True),
    (durability.durability_figure, "Long-lasting: 2-year free repair of any weaving fault", True),
    (durability.durability_cue, "1-year warranty \u2013 because we build covers to last", True),
    (durability.durability_cue, "USB-C charging, 400 clicks per charge", False),
    (legal.adulterant_free, "Bananas never ripened with banned calcium carbide \u2013 a cleaner choice", True),
    (legal.plastic_ban_compliant, "Why choose us: SUP-ban compliant", True),
    (legal.plastic_ban_compliant, "Highlight: SUP-compliant \u2013 use them anywhere in India", True),
    (legal.plastic_ban_compliant, "Supports up to 5 kg", False),
    (negation.answered_yes, "Is it eco-friendly? Yep \u2013 just a classic roadside kulhad.", True),
    (generic.strong_generic, "Made for a healthier environment", True),
    (generic.strong_generic, "Sustainable Diwali d\u00e9cor for balconies and doorways", True),
    (energy.energy_label, "Element: 2 kW, 4-star customer rated", False),
    (energy.energy_label, "Element: 2 kW, 4-star BEE rated", True),
]
TWELFTH_ROUND.extend(SIXTY_FOURTH_ROUND)


OTHER_SENSE_WORDS.extend([
    ("Kraft-paper look print with recycle-arrow motif", "recycle"),
    ("Sustainable stretch that keeps its fit", "Sustainable"),
    ("Ideal for vegan buffets and Jain thalis", "vegan"),
])


def test_sixty_fourth_round_numbers_steps_and_the_product_as_its_part():
    registry = default_registry()
    text = "Vegan Society Registered Fruit & Oat Bites | Vegan Society trademark no. 80455"
    assert registry.licence_anywhere(registry.find(text)[0].scheme, text) == "80455"
    # a making step the term names is scoped ("Low-carbon pressing: our press runs on rooftop solar power")
    assert scope.part_scoped("Low-carbon pressing: our press runs on rooftop solar power") is None
    # a non-toxic product shown by one part's free-of claim is overreach; the product's own is not
    title = "Ironmaya Cast Iron Dutch Oven 5 L"
    assert scope.the_part("Non-toxic pot: the lid knob is BPA-free nylon", title)
    assert scope.the_part("Non-toxic: the pot is free of lead", title) is None
    # ... nor a material's ("Made With Non-Toxic Soft Material - ear cushions and headband are made from non-toxic ...")
    assert scope.the_part("Made With Non-Toxic Soft Material - ear cushions and headband are made from non-toxic "
                          "food grade silicone", "Tinytunes K2 Kids Headphones Wired") is None
    # labels sold as the product are not a part of it
    title = "Kodrix Compostable Product Labels 50 x 25 mm, 1000 Labels, Direct Thermal"
    parts = ["Compostable labels: home compostable in approx. 26 wks. (TUV AUSTRIA OK compost HOME, cert. no. S2345)"]
    assert scope.title_part_overreach(title, parts) is None
    assert scope.title_part_overreach("Kodrix Compostable Notebook, A5", ["Compostable label: the label is "
                                                                          "home compostable"])


# Sixty-fifth round (c582-c589 dev halves): a sustained temperature or energy through the day, repairs for life and
# re-dyeing within years, a cover that lasts for years, every part named, one feature "so" the whole is green, ocean-
# bound plastic as a title chunk, colour keys and shade names, a care note, "co-sleep", a property never tested
SIXTY_FIFTH_ROUND = [
    (durability.durability_figure, "Free repairs for life: post the bag to our Kanpur workshop", True),
    (durability.durability_figure, "Colour faded? We re-dye and recondition it free within 3 years of purchase", True),
    (durability.durability_cue, "The cover lasts for years; only the notebook inside is replaced", True),
    (scope.whole_from_part, "Refillable, so they are the eco-friendly choice", True),
    (scope.whole_from_part, "Refillable ink tank, so fewer cartridges", None),
    (claim_forms.recycled_claim, "Self-Watering Plant Pot 16 cm, Ocean-Bound Plastic, Set of 2", True),
    (claim_forms.recycled_claim, "Lightweight Formal Shoes, Upper Knitted from Ocean-Bound Plastic", True),
    (senses.company_line, "A greener way to co-sleep", False),
    (negation.negated_only, "Compostability of the pouch has never been tested by us", True),
    (negation.negated_only, "Compostability of the pouch has been tested by TUV Austria", False),
]
TWELFTH_ROUND.extend((p, t, bool(e)) for p, t, e in SIXTY_FIFTH_ROUND)


OTHER_SENSE_WORDS.extend([
    ("Sustainable plate temperature of 220\u00b0C through a rush", "Sustainable"),
    ("Sustainable energy through the day (as part of a balanced diet)", "Sustainable"),
    ("Colour: vintage brown; dark tan also available", "vintage"),
    ("UV clarifier ends green water in 5-7 days", "green"),
    ("Green label = mild, red label = spicy", "Green"),
    ("Box colour: eco green (shade no. 7741) velvet with gold foil", "eco"),
    ("Nature: free-flowing powder", "Nature"),
])


def test_sixty_fifth_round_every_part_named_is_no_overreach():
    text = ("Sustainable: base plate 100% recycled steel, body 100% recycled aluminium, grip 100% recycled TPE, i.e. "
            "every part recycled (GRS cert. no. CU 7788123)")
    assert scope.the_part(text, "Stapkin Heavy Duty Stapler 100 Sheets") is None
    assert scope.the_part("Sustainable: base plate 100% recycled steel", "Stapkin Heavy Duty Stapler 100 Sheets")


# Sixty-sixth round (c590-c597 dev halves): a kiln on solar power, running costs, a FAQ about a part named with two
# words, seed paper, a recyclable metal part, an FSC chain-of-custody code, "Key highlight: EPR registered", a
# certifier after the number, scent notes, a product called sustainable in its bullet, an electric blanket's rating row
SIXTY_SIXTH_ROUND = [
    (claim_forms.renewable_power, "Shade fired in our solar-powered kiln", True),
    (energy.mains_saving, "Low running costs", True),
    (energy.mains_saving, "Costs less to run than an electric heater", True),
    (energy.mains_saving, "Running cost approx. 2p per hour (60 W at 34p/kWh)", True),
    (energy.running_cost, "Costs about 4p an hour to run on max, vs 68p for a 2 kW heater", True),
    (energy.mains_power_line, "230 V, 120 W", True),
    (energy.mains_appliance, "Fluffbrook Electric Overblanket Double 200 x 160 cm", True),
    (legal.ewaste_duty, "Key highlight: EPR registered", True),
    (legal.ewaste_duty, "EPR registration no. B-29016/2023", False),
    (claim_forms.recycled_claim, "Lakeerkids Hard Shell Pencil Case, Ocean-plastic Shell", True),
]
TWELFTH_ROUND.extend(SIXTY_SIXTH_ROUND)


OTHER_SENSE_WORDS.extend([
    ("Muguet, green pear and white musk", "green"),
    ("Sustainable Projection for 8 Hours \u2013 Nivarra Iris Eau de Parfum 75 ml", "Sustainable"),
])


def test_sixty_sixth_round_parts_codes_and_the_product_called_sustainable():
    registry = default_registry()
    text = "FSC Certified Maple Spatula | *Chain of custody certificate: SCS-COC-007731"
    assert registry.licence_anywhere(registry.find(text)[0].scheme, text) == "SCS-COC-007731"
    found = registry.find("COSMOS ORGANIC, Reg. No. ECO-COS-30177, certified by Ecocert")
    assert [c.scheme.id for c in found] == ["COSMOS"] and found[0].licence == "ECO-COS-30177"
    # a FAQ that names the part in two words answers for the part
    assert scope.the_part("Q: Is the jute hanging cord eco-friendly? A: Yes, the jute hanging cord is biodegradable.",
                          "Vanrekha Mango Wood Chopping Board with Jute Hanging Cord") is None
    assert scope.the_part("Biodegradable cover \u2013 the hang tag is made of seed paper",
                          "Ankurshade Bamboo Chik Blind Cover for Balcony, 6 x 8 ft")
    assert scope.the_part("Fully recyclable tablet: the back panel is aluminium", "Scriblix 12.4 inch Tablet, 8GB")
    assert scope.sustainable_noun("Sustainable shade net", "Netsaya Monofilament Shade Net 90%, 3 x 3 m")
    assert scope.sustainable_noun("Sustainable stretch that keeps its fit", "Couchcraft Sofa Cover 3 Seater") is None


# Sixty-seventh round (c606-c613 dev halves): a recycled compound and a case "for" a phone before a part, a motor
# that "draws", a studio and a pouring step, a FAQ asking of a part, safety and radio approvals, a spec row's "No"
# with its reason, spares "avail.", hyphenated click counts, a sale-first e-waste pledge, waste water, lead-free
# wicks, a water heater's standing loss, "conscious" people and charging
SIXTY_SEVENTH_ROUND = [
    (negation.negated_only, "Refillable jar: No (single-use votive holder)", True),
    (negation.negated_only, "Refillable jar: Yes (single-use votive holder not needed)", False),
    (durability.durability_figure, "Omron switches with a 20-million-click lifespan", True),
    (durability.durability_figure, "1-click Warranty support, on Amazon for malfunction", False),
    (durability.durability_figure, "Spares avail. for 7 yrs from date of purchase, e.g. jars, couplers, blades", True),
    (durability.durability_figure, "Spares avail., e.g. jars, couplers, blades", False),
    (durability.durability_cue, "Spares avail., e.g. jars, couplers, blades", True),
    (claim_forms.tree_pledge, "For every mount sold we will recycle 1 kg of e-waste", True),
    (claim_forms.tree_pledge, "For every mount sold we recycle the carton", False),
    (energy.water_saving, "Minimal waste water technology", True),
    (energy.water_saving, "Waste water outlet pipe included", False),
    (energy.energy_saving, "Standing loss approx. 36% lower", True),
    (energy.energy_saving, "Standing loss: 0.9 kWh/24 h", False),
    (legal.adulterant_free, "Lead-free cotton wicks \u2013 safer for your family", True),
    (legal.adulterant_free, "Cotton wicks, trimmed to 5 mm", False),
    (generic.strong_generic, "Conscious charging for conscious people", True),
]
TWELFTH_ROUND.extend(SIXTY_SEVENTH_ROUND)


OTHER_SENSE_WORDS.extend([
    ("Sustainable high torque for idli-dosa batter", "Sustainable"),
    ("Jalveda Flow UV+UF Purifier, 6.5 L, Sustainable Flow of 20 L/hr", "Sustainable"),
    ("7 L tank; 15 L/hr; RO + UV + post-carbon", "carbon"),
    ("It doesn't save water: the tank needs refilling every 8 hours in peak summer", "refill"),
    ("Shade: Vintage Earth (distressed brown)", "Vintage"),
])


def test_sixty_seventh_round_parts_after_the_product_and_approvals():
    tv = "Zephvue 43 inch Full HD Smart TV ZV43F"
    assert scope.the_part("Recycled-plastic television: the rear cover contains 25% post-consumer recycled plastic", tv)
    assert scope.the_part("Recycled-plastic television: the whole set contains 25% recycled plastic", tv) is None
    case = "Nexcase Camera-Ring Case for iPhone 15 Pro"
    assert scope.the_part("Recycled phone case: the camera ring is 30% recycled aluminium", case)
    assert scope.the_part("Recycled camera ring: the camera ring is 30% recycled aluminium", case) is None
    fan = "Aeromitra Quant BLDC Ceiling Fan 1200 mm, BEE 5 Star"
    assert scope.the_part("Eco-friendly fan because its BLDC motor draws 28 W at full speed (BEE 5 Star)", fan)
    candle = "Peonith Hand-Poured Candle 7 oz \u2013 Peony Garden"
    assert scope.the_part("Low-carbon pouring: our studio runs on rooftop solar", candle) is None
    tv2 = "Pelikoor 50 inch 4K Google TV PK50G"
    faq = "FAQ - Q: Is the remote eco-friendly? A: Yes, its shell uses 50% recycled plastic."
    assert scope.the_part(faq, tv2) is None
    assert scope.the_part("FAQ - Q: Is this TV eco-friendly? A: Yes, its shell uses 50% recycled plastic.", tv2)
    assert scope.the_part("Low-carbon candle: our wick tabs run on rooftop solar", candle)
    # a radio approval is no eco label, so no invented badge
    registry = default_registry()
    assert not registry.unknown_badges("WPC ETA approved Wi-Fi module")
    assert registry.unknown_badges("Zorvix Green Approved Wi-Fi module")


# Sixty-eighth round (c614-c621 dev halves): "no single-use plastic" is an absence claimed, not a negation; an
# e-waste compliance and a maker's line after a generic term; vegan meal plans, a filter stack with carbon, an OPC
# drum, a printer's sustained speed and duty, a product that is "an upgrade"; LPG saved by the kilo; "no saving
# claimed"; a greener tomorrow; a 230 V base station's power saving; a "Recycled-Content Strap" title; a generic term
# justified by one saving
SIXTY_EIGHTH_ROUND = [
    (negation.negated_only, "Packaging: no single-use plastic", False),
    (negation.negated_only, "Packaging: not single-use plastic free", True),
    (negation.negated_only, "Energy use: no saving claimed for this model", True),
    (negation.negated_only, "Energy use: saving claimed for this model", False),
    (legal.ewaste_duty, "E-waste compliant \u2013 responsible printing", True),
    (legal.ewaste_duty, "E-waste: hand over at an authorised collection centre", False),
    (senses.company_line, "Eco-friendly: made by Tinturo Pvt. Ltd. in Gurugram", False),
    (senses.company_line, "Manufactured by Green Leaf Pvt. Ltd.", True),
    (energy.energy_saving, "Uses 0.5 kg less LPG per month", True),
    (energy.energy_saving, "Uses 0.5 kg LPG per month", False),
    (energy.mains_voltage, "Power-saving mode: the 230 V base station drops to 0.5 W standby when idle", True),
    (energy.mains_voltage, "Power-saving mode: the base station drops to 0.5 W standby when idle", False),
    (generic.strong_generic, "Green lighting for a greener tomorrow", True),
    (generic.strong_generic, "Bright lighting for a busy tomorrow", False),
]
TWELFTH_ROUND.extend(SIXTY_EIGHTH_ROUND)


OTHER_SENSE_WORDS.extend([
    ("Nutrition log: supports vegan, Jain, keto and diabetic meal plans", "vegan"),
    ("Free recipe booklet: 25 vegan one-pot meals", "vegan"),
    ("HEPA H13 + carbon", "carbon"),
    ("Includes OPC (organic photoconductor) drum and charge roller", "organic"),
    ("Sustainable print speed of 40 ppm through long billing runs", "Sustainable"),
    ("Sustainable duty: 3,000 pages a month recommended", "Sustainable"),
    ("A budget-friendly upgrade", "upgrade"),
])


def test_sixty_eighth_round_titles_savings_and_base_stations():
    strap = "Recycled-Content Strap - Helvyn Loop Smart Band with 1.1\" AMOLED"
    assert scope.title_part_overreach(strap, ["Strap contains 30% recycled TPU by weight"]) is None
    band = "Recycled Smart Band - Helvyn Loop with 1.1\" AMOLED"
    assert scope.title_part_overreach(band, ["Strap contains 30% recycled TPU by weight"])
    assert scope.whole_from_part("Eco-friendly plug \u2013 cuts standby power of connected TVs")
    assert scope.whole_from_part("Eco-friendly plug \u2013 made of 100% recycled PC, GRS certified") is None
    assert senses.without_other_senses("Easy to upgrade") == "Easy to upgrade"
    assert senses.without_other_senses("A planet-friendly upgrade").startswith("A planet-friendly")


# Sixty-ninth round (c630-c637 dev halves): non-CFC gas, a substance left untested, a maker's cert. before its bracket,
# a power row against a stated baseline, a cover that is washable, a green product "for a better tomorrow", a
# generic term backed by an energy rating alone, a part that is the title's own product
SIXTY_NINTH_ROUND = [
    (lambda t: legal.LEGAL_MARK.search(t), "Non-CFC gas \u2013 zero harm to the ozone layer", True),
    (lambda t: legal.LEGAL_MARK.search(t), "CFC gas charged at the factory", False),
    (negation.negated_only, "Water-repellent coating: we have not tested whether it contains PFAS", True),
    (negation.negated_only, "Water-repellent coating: we have tested that it contains no PFAS", False),
    (energy.energy_saving, "Power use: 18 W vs. 30 W for our 2019 NB-100 model", True),
    (energy.energy_saving, "Power use: 18 W", False),
    (generic.strong_generic, "Quelta Q2 5G Smartphone \u2013 Green Smartphone for a Better Tomorrow", True),
    (generic.strong_generic, "Quelta Q2 5G Smartphone \u2013 Smartphone for a Better Tomorrow", False),
]
TWELFTH_ROUND.extend(SIXTY_NINTH_ROUND)


OTHER_SENSE_WORDS.extend([
    ("It is washable, and we are proud of that", "washable"),
    ("Why players love it: the tone-conscious choice for jazz players", "conscious"),
])


def test_sixty_ninth_round_segments_energy_ratings_and_covers():
    from claims.text.prep import segment_field

    text = "Fits Swift|Made of 100% recycled rubber, GRS cert. (licence no. IDFL-21-0932), approx. 3.5 mm thick"
    assert [s.text for s in segment_field("description", text)][-1].startswith("Made of 100% recycled rubber, GRS")
    assert "WHOLE_PRODUCT_OVERREACH" in _rules("Eco-friendly AC with BEE 5 Star rating (ISEER 5.10)").codes
    assert "WHOLE_PRODUCT_OVERREACH" not in _rules("Energy-efficient AC with BEE 5 Star rating (ISEER 5.10)").codes
    assert "WHOLE_PRODUCT_OVERREACH" not in _rules("Eco-friendly: EU Ecolabel, licence no. DE/021/00042").codes
    cover = "Purlane Washing Machine Cover for Front Load 6-8 kg, Grey"
    text = "Eco-friendly: the cover is made of 100% recycled polyester, GRS certified (licence no. CU 1045672)"
    assert scope.parts_are_the_product(text, cover)
    assert not scope.parts_are_the_product(text, "Purlane Washing Machine 7 kg with Dust Cover")


# Seventieth round (c638-c645 dev halves): "not part of any fair trade scheme", a humid-climate kitchen, a vintage
# embossed pattern, a shade named green, colour-coded bands, a sustained ink flow or nutrient release, conscious
# shaving, banned hexachlorophene, toxicity left untested, a roller not sold as eco-friendly, a footprint neither
# calculated nor offset, an outer pack named by the term, the E-Waste Rules under an eco highlight, "lic. no." and a
# certifier inside the licence, a compost time, a hose as the baseline, a labelled fabric against a virgin lining
SEVENTIETH_ROUND = [
    (negation.negated_only, "Weavers: not part of any fair trade scheme", True),
    (negation.negated_only, "Weavers: part of a fair trade scheme", False),
    (negation.negated_only, "Toxicity to pets has not been tested by us \u2013 keep away from dogs and cats", True),
    (negation.negated_only, "We don't sell this EVA roller as eco-friendly \u2013 it is a plain foam roller", True),
    (negation.negated_only, "We sell this EVA roller as eco-friendly", False),
    (negation.negated_only, "We have not calculated or offset the carbon footprint of this block", True),
    (negation.negated_only, "We have calculated and offset the carbon footprint of this block", False),
    (legal.adulterant_free, "Made without banned hexachlorophene \u2013 a safer choice for your family", True),
    (legal.adulterant_free, "Made without hexachlorophene", False),
    (legal.ewaste_duty, "Eco highlight: meets India's E-Waste (Management) Rules, 2022", True),
    (legal.ewaste_duty, "Meets India's E-Waste (Management) Rules, 2022", False),
    (generic.strong_generic, "\u3010CONSCIOUS SHAVING STARTS HERE\u3011", True),
    (comparison.comparison_baseline, "Uses approx. 40% less water vs. hose watering (own 30-day trial)", True),
    (comparison.comparison_baseline, "Uses approx. 40% less water", False),
]
TWELFTH_ROUND.extend(SEVENTIETH_ROUND)


OTHER_SENSE_WORDS.extend([
    ("Airtight and made for humid-climate kitchens", "climate"),
    ("Vintage embossed pattern", "Vintage"),
    ("Shade: Go Green (No. 47)", "Green"),
    ("Green band: 15-22 kg resistance", "Green"),
    ("Sustainable ink flow, no skipping over long exam answers", "Sustainable"),
    ("Sustainable nutrient release for up to 3 months", "Sustainable"),
])


def test_seventieth_round_packs_licences_and_fabric_labels():
    assert scope.part_scoped("Plastic-free outer pack \u2013 it ships in a paper tube") is None
    assert scope.part_scoped("Plastic-free beard oil \u2013 it ships in a paper tube")
    registry = default_registry()
    found = registry.find("Leaping Bunny approved (Cruelty Free International ID no. 5523), i.e. no animal testing")
    assert [(c.scheme.id, bool(c.licence)) for c in found] == [("LEAPING_BUNNY", True)]
    assert [c.licence for c in registry.find("GOTS organic cotton (lic. no. CB-GOTS-2290)")] == ["CB-GOTS-2290"]
    from claims.evidence.facts import _FABRIC_LABEL, _part_of

    assert _FABRIC_LABEL.match("Fabric: 100% recycled polyester") and _part_of("Lining and zips: virgin polyester")
    assert not _FABRIC_LABEL.match("Material: 100% recycled polyester")


def test_seventieth_round_a_time_frame_qualifies_breaking_down():
    from claims.scoring.findings import _COMPOSTS

    assert _COMPOSTS.search("Industrial composting only, breaks down within 180 days")
    assert not _COMPOSTS.search("The seed paper cover breaks down in the soil")


def test_seventieth_round_a_term_only_label_and_the_title_product():
    stand = "Rootloom Plant Stand with Galvanised Steel Pot, 3 Tier"
    # the label names another product than the part: one part for the whole
    assert not scope.parts_are_the_product("Sustainable planter: the wooden stand is FSC certified (FSC-C118347)",
                                           stand)
    jars = "Jarlyn GRS Certified 100% Recycled PET Storage Jars 1 L, Pack of 6"
    assert scope.title_part_overreach(jars, ["Jar body and screw lid: 100% recycled PET"]) is None
    assert scope.title_part_overreach(jars, ["Screw lid: 100% recycled PET"])
    assert senses.without_other_senses("COLORS: A green choice for the planet").endswith("green choice for the planet")


# Seventy-first round (held-out writers ae, ag, ai and ak, read after one untouched first reading): BPA-free said of a
# plastic part, mercury-free as a legal requirement off food, a reusable gel pad or ice pack, Eco as a preset, a
# backlight drive or a model's name, a labelled buyer's question cut from its question mark, less oil, zinc-carbon
# cells, lint in the first washes, a clause of its own for a vague free-of term
SEVENTY_FIRST_ROUND = [
    (legal.bpa_free_of_plastic, "Lockbox Glass Lunch Box Set of 3 with BPA-Free Lids, 400 ml Each", True),
    (legal.bpa_free_of_plastic, "Dabbaz Click 4 Compartment Plastic Lunch Box, 1000 ml, BPA Free, Microwave", True),
    (legal.bpa_free_of_plastic, "BPA-free glass bottle.", False),
    (legal.bpa_free_of_plastic, "100% BPA-free silicone", False),
    (negation.negated_only, "CUSTOMER QUESTION : Is this eco friendly", True),
    (negation.negated_only, "Buyer question: Is it recyclable A: Yes, in kerbside paper collection", False),
    (negation.negated_only, "Eco friendly and recyclable", False),
    (generic.vague_free_of, "Made of food grade 304 stainless steel, non toxic and rust free; the lid is BPA free PP",
     True),
    (generic.vague_free_of, "Non-toxic, free of BPA and lead", False),
]
TWELFTH_ROUND.extend(SEVENTY_FIRST_ROUND)


OTHER_SENSE_WORDS.extend([
    ("Strong gel suction cup sticks on dashboard or windshield, washable and reusable sticky pad", "reusable"),
    ("freeze the reusable gel pack over night and put in front pocket", "reusable"),
    ("8 Presets incl. Eco and Keep Warm, Touch Panel", "Eco"),
    ("8 presets on touch panel: Fries, Chicken, Fish, Paneer, Bake, Reheat, Eco, Keep Warm", "Eco"),
    ("LOW POWER PANEL : Our Eco backlight drive consumes 30% less power", "Eco"),
    ("Grovia Eco 55 Inch 4K QLED Google TV", "Eco"),
    ("upto 8x longer than zinc carbon batteries in high drain devices", "carbon"),
])


def test_seventy_first_round_legal_mercury_and_an_air_fryers_oil():
    assert legal.mercury_free_by_law("Mercury Free LED Backlight", "Lumora 50 inch 4K Smart LED TV")
    assert legal.mercury_free_by_law("Contains no mercury or lead", "Lumix Star 9W B22 LED Bulb Pack of 4")
    assert not legal.mercury_free_by_law("Mercury-free, tested every batch", "Omega-3 Fish Oil 1000 mg Softgels")
    assert not legal.mercury_free_by_law("Not mercury free: contains a CFL tube", "Desk Lamp")
    assert senses.other_sense_only("Krispy 4.2 L Air Fryer, 8 Presets incl. Eco and Keep Warm, Uses 90% Less Oil")
    assert not senses.other_sense_only("Eco mode uses 30% less power")
    assert durability.durability_only_battery("Long lasting power: upto 8x longer than zinc carbon batteries")
    assert not durability.durability_only_battery("Long lasting: 8x longer than ordinary rubber soles")
    assert _rules("Cotton towel: some lint is normal in first 2-3 washes").attributes == []


def test_seventy_first_round_facts_and_packaging():
    from claims.evidence.facts import fact_conflicts
    from claims.text.prep import segment_field

    desc = ("ZERO WATER WASTAGE : our RO saves every drop|TECHNICAL : Purification 15 L/hr, Recovery 35% (purified : "
            "reject ratio 35 : 65)")
    segs = segment_field("description", desc)
    assert [why for _, _, why in fact_conflicts(segs, [0])] == ["water recovery"]
    kept = desc.replace("saves every drop", "saves every drop, reject water is stored in a tank for mopping")
    assert fact_conflicts(segment_field("description", kept), [0]) == []
    title = segment_field("title", "Ushnaveer Prime 25 L 5 Star Storage Water Heater with Smart Thermostat")
    spec = segment_field("description", "SPECIFICATIONS : Capacity 25 Litre, Energy Rating: 3 Star (BEE), 2000 W")
    assert [why for _, _, why in fact_conflicts(title + spec, [0])] == ["energy star rating"]
    buyers = segment_field("description", "Rated 4 star by 2,000 customers on our store")
    assert fact_conflicts(title + buyers, [0]) == []
    box = segment_field("title", "Docusafe Box File, Made from Recycled Materials, Pack of 5")
    material = segment_field("description", "Material : virgin polypropylene board with steel lever")
    assert [why for _, _, why in fact_conflicts(box + material, [0])] == ["virgin material"]
    earbuds = "Sorrel Buds Air TWS Earbuds, 45H Playtime | Plastic Free Retail Box, FSC Certified (Lilac)"
    pack = ["PACKAGING: the retail box and inner tray are paper only, FSC Mix paperboard (FSC-C158023)"]
    assert scope.title_part_overreach(earbuds, pack) is None
    assert scope.claim_on_packaging("Plastic Free Retail Box") and not scope.claim_on_packaging("Recycled Plastic Box")


# Seventy-second round (held-out writers am, ao, aq and as, read after one untouched first reading): an appliance's
# Eco programme, series or colour, a mode switch, ink's running cost, a surge protector's joules, spare filters, a
# seller asking for stars, a neon colour, Green Seal as an ecolabel, a not-rated appliance, a low no-load draw, a
# refrigerant's warming potential
SEVENTY_SECOND_ROUND = [
    (energy.energy_saving, "STANDBY CONSUMPTION : When left plugged in, the adapter draws only 0.07 W", True),
    (energy.energy_saving, "Only 0.07W No-Load Power Draw", True),
    (energy.energy_saving, "Standby: 0.5 W", False),
    (energy.not_rated, "Energy Rating: Not Applicable (BEE star labelling does not cover microwave ovens)", True),
    (energy.not_rated, "Energy Rating: Not Rated", True),
    (energy.not_rated, "Energy Rating: 3 Star", False),
    (energy.not_rated, "Energy Rating: Not Rated, but saves upto 30% electricity", False),
    (generic.warming_potential, "the gas is R600a (isobutane) with global warming potential 3", True),
    (generic.warming_potential, "R600a refrigerant, low global warming potential", False),
]
TWELFTH_ROUND.extend(SEVENTY_SECOND_ROUND)


OTHER_SENSE_WORDS.extend([
    ("Washing Machine with Eco Tub Clean, Hard Water Wash", "Eco"),
    ("ECO SOAK : soak clothes in detergent for 20 minutes", "ECO"),
    ("Jalsukh 25 L Storage Geyser with Eco Black Front Panel", "Eco"),
    ("Heatflo Eco Shield 25 L Vertical Geyser", "Eco"),
    ("Inverter UPS with LCD Display, ECO/UPS Mode Switch", "ECO"),
    ("Low running cost ink tank with 6000 black page yield", "running cost"),
    ("Spike Guard with Master Switch, 1080 Joules Energy Rating", "Energy"),
    ("spare filters and membrane available on our brand store", "spare"),
    ("If you like product pls give 5 star rating", "star"),
    ("Camo jungle print with Neon Toxic Green frame", "Toxic"),
    ("ChillKubes Reusable Plastic Ice Cubes (Pack of 30)", "Reusable"),
    ("Green heating indicator light shows when water is being heated", "Green"),
])


def test_seventy_second_round_ecolabels_refrigerants_and_facts():
    from claims.evidence.facts import fact_conflicts
    from claims.text.prep import segment_field

    assert not senses._GREEN_NAME.search("Green Seal Certified (GS-37)")
    assert senses._GREEN_NAME.search("Pressure cooker with green seal ring")
    cleaner = "Saaf Ghar Multi Surface Cleaner Spray 500 ml | Green Seal Certified (GS-37) | Lemon Fresh"
    assert product_names.brand_names(cleaner, "certified to Green Seal Standard GS-37, Green Seal Certified") == ()
    gas = "ECO-FRIENDLY R600a REFRIGERANT : the gas is R600a (isobutane) with global warming potential 3"
    assert "GENERIC_CLAIM" not in _rules(gas).codes and "carbon_climate" in _rules(gas).attributes
    assert "GENERIC_CLAIM" in _rules("ECO-FRIENDLY R600a REFRIGERANT : keeps your food fresh").codes
    # a star count named as a comparison's baseline is not the product's rating
    ac = segment_field("title", "Himgiri 1.5 Ton 5 Star Inverter Split AC - 43% Lower Energy Use than 3 Star AC")
    assert fact_conflicts(ac, [0]) == []
    # an organic title against a composition that makes its fibre a minority
    sheet = segment_field("title", "Nidra Rang Organic Cotton Bedsheet for Double Bed")
    fabric = segment_field("description", "FABRIC : 40% Cotton, 60% Polyester blend, wrinkle free")
    assert [why for _, _, why in fact_conflicts(sheet + fabric, [0])] == ["composition"]
    mostly = segment_field("description", "FABRIC : 80% Cotton, 20% Polyester blend")
    assert fact_conflicts(sheet + mostly, [0]) == []
    # a packaging claim meets the packaging's plastic only
    box = segment_field("description", "Box and inner tray printed on FSC Mix paperboard, no plastic window")
    title = segment_field("title", "Keywave K3 Wireless Keyboard, Shell with 50% Recycled Plastic (GRS), FSC Paper Box")
    assert fact_conflicts(box + title, [0]) == []
    bag = segment_field("title", "Keywave K3 Keyboard, Packed in a plastic poly bag")
    assert [why for _, _, why in fact_conflicts(box + bag, [0])] == ["plastic material"]
    # a recovery the purifier only suggests mopping with is still a recovery
    ro = segment_field("description", "ZERO WATER WASTAGE : no drop is wasted|Recovery ratio 25%, reject water can be "
                                      "collected for mopping")
    assert [why for _, _, why in fact_conflicts(ro, [0])] == ["water recovery"]


def test_seventy_second_round_narrowed_by_the_guard():
    # spares sold for a term are spare parts; a refrigerant's GWP does not make the refrigerator eco-friendly; a gift
    # box or refill cartons that are the product are no packaging
    assert not _blanked("Spare carafes and filters available for 7 years", "Spare")
    fridge = _rules("Eco-friendly refrigerator: R600a refrigerant, global warming potential 3")
    assert fridge.codes & {"GENERIC_CLAIM", "WHOLE_PRODUCT_OVERREACH"} and "carbon_climate" not in fridge.attributes
    assert scope.title_part_overreach("Kurkuri Plastic-Free Banana Chips Gift Box 300 g",
                                      ["Outer carton: plastic-free paperboard", "Inner pouch: metallised film"])
    assert not scope.claim_on_packaging("Kurkuri Plastic-Free Banana Chips Gift Box 300 g")
    kit = "Hand Wash Starter Kit – 1 Pump Dispenser 250 ml + 2 Refill Cartons 500 ml, 100% Recycled, Lemongrass"
    assert scope.title_part_overreach(kit, ["Refill cartons made from 100% recycled paperboard",
                                            "Pump dispenser: 250 ml bottle with foaming pump"])
    assert "GENERIC_CLAIM" in _rules("Good for the ecosystem").codes


# Round seventy-three: the held-out dev writers au, aw, ay, ba (health, home improvement, toys, importers' copy) and
# bc, be, bg, bi (big brands, small sellers' appliances, renewed goods and spares, names with eco words)
SEVENTY_THIRD_ROUND = [
    (legal.lead_free_paint, ("LEAD FREE PAINT : Our emulsion is lead free and safe for your family",
                             "Rangoli Silk Touch Interior Emulsion Paint, Lead Free, 4 Litre"), True),
    (legal.lead_free_paint, ("Lead free bristles", "Paint Brush Set of 5 for Wall Painting"), False),
    (legal.lead_free_paint, ("Lead free crystal", "Crystal Whisky Glasses Set of 6"), False),
    (legal.ewaste_duty, "Your old battery is collected by our authorised dealer and sent for recycling as per Battery "
                        "Waste Management Rules, 2022", True),
    (legal.ewaste_duty, "Dispose of the used battery at an authorised collection centre", False),
    (generic.named_free_of, "outer body and lid made of BPA free polypropylene", True),
    (generic.named_free_of, "Sulphate Free Shampoo with Argan Oil, Paraben Free", True),
    (generic.named_free_of, "Is it BPA free? We have not tested it", False),
    (generic.vague_free_of, "Oil Filled Radiator 2000W, No Harmful Gas, Silent Heating", True),
    (claim_forms.replaces_disposables, "Replaces 1000 Disposable Batteries", True),
    (claim_forms.replaces_disposables, "Replaces 2 AA batteries in the remote", False),
    (claim_forms.less_claim, "Refurbished Saves E-Waste", True),
    (claim_forms.future_pledge, "Our Commitment : Designed to be repaired and upgraded, not thrown away", False),
    (claim_forms.future_pledge, "Our commitment: carbon neutral by 2030", True),
    (negation.negated_only, "Sustainability : Information not provided by the manufacturer for this model.", True),
    (negation.negated_only, "Sustainability : made from 30% recycled plastic", False),
    (energy.title_star_label, "Hand Blender in Green Apple Colour, Rated 5 Star by 2000+ Customers", False),
    (energy.title_star_label, "Prime 25 L 5 Star Storage Water Heater", True),
    (senses.gadget_power_saving_only, "Eco Mode reduces motor speed to stretch runtime when the battery goes below "
                                      "20%", True),
    (senses.gadget_power_saving_only, "ECO GEAR = LONGER RUNTIME : 4000mAh battery, eco gear runs upto 16 hours", True),
    (durability.durability_cue, "LONG LASTING : Upto 8x longer lasting than zinc carbon batteries", False),
    (durability.durability_figure, "replacement packs in stock until December 2030 at Rs 399", True),
]


@pytest.mark.parametrize(("predicate", "text", "expected"), SEVENTY_THIRD_ROUND)
def test_seventy_third_round_predicates(predicate, text, expected):
    got = predicate(*text) if isinstance(text, tuple) else predicate(text)
    assert bool(got) is expected, text


OTHER_SENSE_WORDS.extend([
    ("Rosh Vintage Edison LED Filament Bulb 4W", "Vintage"),
    ("Safety: Waterless auto shut off, when water finish it turns off", "Waterless"),
    ("Sheetwise Maplitho Offset Paper A4 70 GSM", "Offset"),
    ("Slightly uneven rim and free-form edges give the organic, handmade look", "organic"),
    ("perfect for growing methi and tulsi in your organic terrace or kitchen garden", "organic"),
    ("Box : 4 x AAA cells in a reusable plastic storage case", "reusable"),
    ("Heatflo Geyser with Green Heating Indicator", "Green"),
])


def test_seventy_third_round_names_parts_and_facts():
    from claims.evidence.facts import fact_conflicts
    from claims.text.prep import segment_field

    # a name the description calls a series; an eco name before a model code; green lighting stays a lighting claim
    assert product_names.brand_names("Heatflo Eco Shield 25 L Vertical Geyser", "ECO SHIELD SERIES : 25 litre") == \
        ("Eco Shield",)
    assert product_names.brand_names("Heatflo Eco Shield 25 L Vertical Geyser", "eco friendly shield coating") == ()
    assert generic.strong_generic("Jeevanshakti Eco-Power EP1500 Tubular Inverter Battery 150Ah") is None
    assert not _blanked("energy-efficient green lighting for offices", "green")
    # one minor part stretched to the product; a main part with a minor one is the body
    assert scope.title_part_overreach("TERRA SOUND Bluetooth Speaker 16W Made from Recycled Materials, IPX6", [
        "RECYCLED FABRIC GRILLE : The front grille fabric is woven from 60% recycled PET yarn (GRS certified)",
        "ABS + SILICONE BODY : Speaker body made of ABS plastic and silicone rubber ends"])
    assert scope.title_generic_overreach("KaamKit 65 Pcs Sustainable Tool Kit for Home", [
        "SUSTAINABLE TOOL KIT : A sustainable choice for your home, the carry case is moulded with 30% recycled "
        "polypropylene"])
    assert not scope.title_part_overreach("Junior Backpack 22 L Made with 100% Recycled Polyester Fabric", [
        "Outer shell and lining are made of 100% recycled polyester (GRS, licence CU 1084532) \u2013 zips, foam and "
        "buckles are not recycled"])
    # a whole-product degradability claim against a synthetic share, past a pack count in the same line
    wipes = segment_field("title", "Kamal Kids 100% Biodegradable Baby Wipes 80 Pcs Pack of 5")
    fabric = segment_field("description", "Fabric: spunlace nonwoven, 70% viscose, 30% polyester; Pack: 5 x 80 wipes")
    assert [why for _, _, why in fact_conflicts(wipes + fabric, [0])] == ["plastic material"]
    shampoo = segment_field("title", "Car Wash Shampoo 1L, Readily Biodegradable Surfactants (OECD 301B)")
    bottle = segment_field("description", "BOTTLE : Bottle made from 50% recycled HDPE, cap is virgin PP")
    assert fact_conflicts(shampoo + bottle, [0]) == []
    kit = segment_field("title", "Growpatch Biodegradable Microgreens Grow Kit")
    parts = segment_field("description", "Kit contains 6 coir pots, 1 PP drip tray, 1 PET spray bottle and 6 seeds")
    assert [why for _, _, why in fact_conflicts(kit + parts, [0])] == ["plastic material"]
    # a fabric wrap is no packaging; a solar-only claim against the wall-adapter note; an RO recovery range
    box = segment_field("description", "PACKAGING : Box is FSC Recycled paperboard, no plastic bag inside")
    wrap = segment_field("description", "FABRIC WRAP : Outer fabric wrap is 100% recycled polyester")
    assert fact_conflicts(box + wrap, [0]) == []
    solar = segment_field("description", "SOLAR GREEN ENERGY : solar charging green energy, no electricity needed|"
                                         "Solar panel is only for emergency use, charge by wall adapter for daily use")
    assert [why for _, _, why in fact_conflicts(solar, [0])] == ["mains charging"]
    ro = segment_field("description", "zero water wastage from your purifier|Recovery : approx 35 to 40%")
    assert [why for _, _, why in fact_conflicts(ro, [0])] == ["water recovery"]


# round thirty (behavioural dev's whole-product failures, negation and vegan facts): one component, one making step,
# one range member or one certified ingredient stretched to the product; each beside its near miss
SEVENTY_FOURTH_ROUND = [
    # a component with a share under 100%, or a known part named alone, against the title's keyword
    (scope.title_part_overreach, ("Korvel Recycled Desk Lamp, LED, 7 W", ["Base plate: 35% recycled aluminium"]),
     True),
    (scope.title_part_overreach, ("Korvel Recycled Desk Lamp, LED, 7 W", ["Material: 35% recycled aluminium"]),
     False),
    (scope.title_part_overreach, ("Tarnly Recycled Floor Cushion 60 cm",
                                  ["Filling: 100% recycled polyester fibre (cover: new cotton)"]), True),
    (scope.title_part_overreach, ("Tarnly Recycled Puffer Jacket, Hooded", ["Shell: 100% recycled nylon"]), False),
    (scope.title_part_overreach, ("Tarnly Recycled Plush Dog Toy", ["Shell and fill made from 100% recycled PET"]),
     False),
    (scope.title_part_overreach, ("Tarnly Recycled Plush Dog Toy", ["Squeaker made from 30% recycled PET"]), True),
    # ... unless the title names that component or its material right after its keyword
    (scope.title_part_overreach, ("Tarnly Recycled Fibre Filled Cushion 60 cm",
                                  ["Filling: 100% recycled polyester fibre (cover: new cotton)"]), False),
    (scope.title_part_overreach, ("Embersly FSC-Certified Teak Bench, 47 in",
                                  ["Slats: FSC-certified teak (licence FSC-C100000)"]), False),
    (scope.title_part_overreach, ("Sudhar Biodegradable Floor Cleaner 1 L",
                                  ["Surfactants are readily biodegradable (OECD 301B)"]), True),
    (scope.title_part_overreach, ("Sudhar Biodegradable Floor Cleaner 1 L",
                                  ["Formula is readily biodegradable (OECD 301B)"]), False),
    (scope.title_generic_overreach, ("Eco-Friendly 2 Seater Sofa, Grey",
                                     ["Back cushions filled with 30% recycled polyester fibre"]), True),
    (scope.title_generic_overreach, ("Eco-Friendly 2 Seater Sofa, Grey",
                                     ["Sofa filled with 30% recycled polyester fibre"]), False),
    # one step of the making, or one accessory in the box, behind a whole-product impact term
    (scope.part_scoped, "Low-carbon kadai: cast in our solar-powered foundry", True),
    (scope.part_scoped, "Cast in our solar-powered foundry", False),
    (scope.part_scoped, "Eco-friendly bedsheet \u2013 our dye house in Tiruppur recycles 85% of its water", True),
    (scope.part_scoped, "Our dye house in Tiruppur recycles 85% of its water", False),
    (scope.part_scoped, "Water-saving towels: the cotton is dyed with a waterless process", True),
    (scope.part_scoped, "Water-saving dyeing: the cotton is dyed with a waterless process", False),
    (scope.part_scoped, "Water-saving washer: the included hose has a flow limiter", True),
    (scope.part_scoped, "Water-saving hose included: flow limiter fitted", False),
    # a range, shown by one member ("this style's ...", "our retail box ...")
    (scope.brand_by_packaging, "All Kelvra kurtas are organic: this style's collar lining is organic cotton", True),
    (scope.brand_by_packaging, "Kelvra kurta: this style's collar lining is organic cotton", False),
    (scope.brand_by_packaging, "Orvix laptops are 100% recyclable \u2013 our retail box goes in paper recycling", True),
    (scope.brand_by_packaging, "Our boxes are 100% recyclable \u2013 the whole box goes in paper recycling", False),
    # one certified ingredient behind a sourcing or fair-trade term for the product
    (scope.sourcing_by_one, ("Responsibly sourced biscuits \u2013 the palm oil is RSPO certified",
                             "Crunchy Oat Biscuits 200 g"), True),
    (scope.sourcing_by_one, ("Fair trade: the cocoa is Fairtrade certified", "Dark Chocolate Bar 90 g"), False),
    # a part's own claim, then the term for the whole
    (scope.part_then_term, "Zip pull made of recycled brass \u2013 a greener jacket", True),
    (scope.part_then_term, "Pages made of recycled paper \u2013 a greener notebook", False),
    (scope.whole_from_part, "Headband: made from recycled polyester, making this an eco torch", True),
    (scope.whole_from_part, "Headband: made from recycled polyester", False),
    (scope.whole_from_part, "Lining: made from recycled bottles, so the whole bag is green", True),
    (scope.whole_from_part, "GREEN APPLE FORMULA: cuts grease fast", False),
    (scope.faq_whole_by_part, ("Q: Is this kettle eco-friendly? A: Yes, its base contains 30% recycled plastic.",
                               "Steel Electric Kettle 1.5 L"), True),
    (scope.faq_whole_by_part, ("Q: Is this base eco-friendly? A: Yes, its base contains 30% recycled plastic.",
                               "Steel Electric Kettle 1.5 L"), False),
    # negation: a share answered zero, a second denied verb, a property or a status left open
    (negation.negated_only, "Recycled content: zero", True),
    (negation.negated_only, "Emissions: zero", False),
    (negation.negated_only, "We do not offset delivery or claim carbon neutral shipping", True),
    (negation.negated_only, "We offset delivery and claim carbon neutral shipping", False),
    (negation.negated_only, "Mailer recyclability has not been checked by us", True),
    (negation.negated_only, "PFAS-free status of the pan coating is not confirmed", True),
    (negation.negated_only, "PFAS-free pan coating, confirmed by lab test", False),
    # a few washes count nothing, and "bendable" bends nothing; a care tip is no life claim
    (durability.durability_figure, "Soft and low lint after 3 washes", False),
    (durability.durability_figure, "Colour fast after 50 washes", True),
    (durability.durability_figure, "4 bendable arms", False),
    (lambda t: lexicon.attribute_hits(senses.without_other_senses(t)), "Keep on a dry shelf to last longer", False),
    (lambda t: lexicon.attribute_hits(senses.without_other_senses(t)), "Built to last longer than tin lamps", True),
    (lambda t: "fair_labor" in lexicon.attribute_hits(t), "Get a fair trade-in value for your old phone", False),
    (lambda t: "fair_labor" in lexicon.attribute_hits(t), "Fair trade tea from a Darjeeling cooperative", True),
    # vegan stated of the product
    (claim_forms.animal_claim, "This balm is vegan", True),
    (claim_forms.animal_claim, "This balm is not vegan", False),
    (claim_forms.animal_claim, "Suitable for vegans: Yes", True),
]


@pytest.mark.parametrize(("predicate", "text", "expected"), SEVENTY_FOURTH_ROUND)
def test_seventy_fourth_round_predicates(predicate, text, expected):
    got = predicate(*text) if isinstance(text, tuple) else predicate(text)
    assert bool(got) is expected, text


def test_seventy_fourth_round_vegan_facts_and_answers():
    from claims.evidence.facts import fact_conflicts
    from claims.scoring.findings import _with_answer
    from claims.text.prep import segment_field

    # a vegan claim against an animal material in its own words or another bullet; not against its imitation
    balm = segment_field("description", "This balm is fully vegan (contains beeswax)")
    assert [why for _, _, why in fact_conflicts(balm, [0])] == ["animal material"]
    plant = segment_field("description", "This balm is fully vegan (no beeswax, plant waxes only)")
    assert fact_conflicts(plant, [0]) == []
    wallet = segment_field("description", "Vegan: yes|Outer: full-grain buffalo leather")
    assert [why for _, _, why in fact_conflicts(wallet, [0])] == ["animal material"]
    faux = segment_field("description", "Vegan: yes|Outer: faux leather, PU lining")
    assert fact_conflicts(faux, [0]) == []
    # a question with the next bullet's answer; a question alone stays alone
    bullets = ("Q: Is this lamp eco-friendly?", "A: Yes, its shade is recycled paper.")
    assert _with_answer(bullets[0], bullets) == f"{bullets[0]} {bullets[1]}"
    assert _with_answer(bullets[0], (bullets[0], "Shade: recycled paper")) == bullets[0]


SEVENTY_FIFTH_ROUND = [
    # the part the title names is what its keyword is about ("Blades: 50% recycled aluminium" of a "Recycled
    # Aluminium Blade Ceiling Fan"), a part it does not name is one part
    (scope.title_part_overreach, ("Recycled Aluminium Blade Ceiling Fan 1200 mm",
                                  ["Blades: 50% recycled aluminium"]), False),
    (scope.title_part_overreach, ("Recycled Aluminium Ceiling Fan 1200 mm", ["Canopy: 50% recycled aluminium"]), True),
    (scope.title_part_overreach, ("Recycled Aluminium Blade Fan with Cover",
                                  ["Cover: 30% recycled aluminium"]), True),
    # the Battery Waste Management Rules met, as a merit, are the law's
    (legal.ewaste_duty, "Battery meets India's Battery Waste Management Rules, 2022 - the greener choice", True),
    (legal.ewaste_duty, "Battery meets India's Battery Waste Management Rules, 2022", False),
    # other senses of organic: what water holds, a business that grew
    (lambda t: lexicon.attribute_hits(senses.without_other_senses(t)),
     "Removes pesticides and TOC (total organic carbon) as per lab test report", False),
    (lambda t: lexicon.attribute_hits(senses.without_other_senses(t)),
     "Our dealer network has grown organically to 400 towns since 1985", False),
    (lambda t: lexicon.attribute_hits(senses.without_other_senses(t)), "Grown organically on our farm", True),
    (lambda t: lexicon.attribute_hits(senses.without_other_senses(t)),
     "Reduces dissolved organic impurities", False),
    # a replacement term with its condition is a service term; a coin cell's life is runtime
    (durability.service_terms_only, "Print-quality guarantee: replacement if defective within 1 year", True),
    (durability.service_terms_only, "Built to last: replacement if defective within 1 year", False),
    (energy.battery_wording, "the display sleeps after 10 s so the coin cell lasts up to 1 year", True),
    (energy.battery_wording, "The steel body lasts up to 10 years", False),
    # "sustainable" or "conscious" before what the product is
    (generic.strong_generic, "the Fumaline Frost, a sustainable cooler built for bedrooms", True),
    (generic.strong_generic, "Conscious tech for your everyday run", True),
    (generic.strong_generic, "sustainable cooling for hours", False),
    # schemes named as examples of what the product is not certified under
    (lambda t: default_registry().find(t), "Not certified under any ecolabel scheme (e.g. EU Ecolabel, Nordic Swan)",
     False),
    (lambda t: default_registry().find(t), "Certified under the EU Ecolabel (licence no. FR/016/009)", True),
    (negation.negated_only, "Not certified under any ecolabel scheme (e.g. EU Ecolabel, Nordic Swan)", True),
    # a sound called organic; a pen that takes refills
    (senses.other_sense_only, "Organic Deep Bass : 10 mm drivers give deep, organic bass and natural vocals", True),
    (senses.other_sense_only, "Organic cotton pouch for the earbuds", False),
    (senses.other_sense_only, "REFILLABLE : Pens are refillable, 0.5 mm refills are sold in packs of 20", True),
    (senses.other_sense_only, "REFILLABLE : the pen takes standard 0.7 mm refills, change the refill in 10 seconds",
     True),
    (senses.other_sense_only, "REFILLABLE : pens are refillable, so fewer plastic pens go to landfill", False),
    (senses.other_sense_only, "Pens are refillable - top up with our ink bottles", False),
    # how a gadget's battery ages is durability wording, how long a charge runs is not
    (durability.battery_runtime_only, "Battery designed for a long lifespan", False),
    (durability.battery_runtime_only, "Long lasting battery, 38 hours with the case", True),
    # a remote sold on its own is a battery gadget, whatever TV it is for
    (energy.battery_gadget, "Replacement Remote for Kelvora LED TV, Power Saving Auto Sleep", True),
    (energy.mains_appliance, "Replacement Remote for Kelvora LED TV, Power Saving Auto Sleep", False),
    (energy.mains_appliance, "Kelvora 43 inch Smart LED TV with Voice Remote", True),
    # the product itself named as what the keyword is said of, under a marketing header
    (scope.title_part_overreach, ("Navmo Wired Mouse, Made with Recycled Plastic",
                                  ["COMFORT GRIP : side grips reduce slipping, and the mouse body made with recycled "
                                   "plastic feels solid", "BUTTONS : rubber ring scroll wheel"]), False),
    (scope.title_part_overreach, ("Navmo Wired Mouse, Made with Recycled Plastic",
                                  ["Scroll wheel: made with recycled plastic", "Body: ABS"]), True),
    (scope.title_part_overreach, ("Recycled Diya Set of 6 in Gift Box", ["6 brass diyas", "The gift box is made "
                                                                         "from recycled board"]), True),
]


@pytest.mark.parametrize(("predicate", "text", "expected"), SEVENTY_FIFTH_ROUND)
def test_seventy_fifth_round_predicates(predicate, text, expected):
    got = predicate(*text) if isinstance(text, tuple) else predicate(text)
    assert bool(got) is expected, text


SEVENTY_SIXTH_ROUND = [
    # a battery's chemistry is no carbon claim: "longer than zinc carbon batteries" is runtime
    (durability.battery_runtime_only, "Long lasting alkaline power : upto 8x longer runtime than zinc carbon batteries "
                                      "in digital cameras", True),
    (durability.battery_runtime_only, "Long lasting alkaline power, carbon neutral factory", False),
    # a resistor's carbon film
    (lambda t: lexicon.attribute_hits(senses.without_other_senses(t)),
     "Elecparts 600 Pcs Carbon Film Resistor Kit 1/4W, 30 Values 10 Ohm to 1M Ohm", False),
    (lambda t: lexicon.attribute_hits(senses.without_other_senses(t)), "Carbon film packaging, carbon neutral", True),
    # a saving feature's name on earbuds, colour in brackets
    (senses.gadget_power_saving_only, "Eco Power Saving Chip (Carbon Black)", True),
    (senses.gadget_power_saving_only, "Eco-friendly power saving chip", False),
    # a slogan printed on the cover
    (lambda t: lexicon.attribute_hits(senses.without_other_senses(t)),
     "70 GSM Natural Shade Paper, 'Go Green' Printed Cover Design", False),
    (lambda t: lexicon.attribute_hits(senses.without_other_senses(t)), "Go Green with recycled paper covers", True),
    # a lamp's rated life in thousands of hours and a keystroke life are durability figures; a battery's hours are not
    (durability.durability_figure, "4kV surge protection, lasts upto 25000 hours of use", True),
    (durability.durability_figure, "silent keys tested for 8 million keystroke life", True),
    (durability.durability_figure, "Battery lasts upto 40 hours", False),
    # updates until a month and year
    (durability.durability_figure, "Firmware updates guaranteed until December 2030 via the app", True),
    (durability.durability_figure, "Firmware updates via the app", False),
    # an appliance's rated draw does not quantify its energy saving; its standby draw presented as low does
    (energy.energy_figure, "An energy-efficient fan heater: it draws 2000 W on the high setting", False),
    (energy.energy_figure, "Energy saving: uses only 0.5 W in standby", True),
    # the BEE label's spec row
    (energy.star_rating_row, "Spec : Power Consumption 85 W (typical); Energy Rating: 3 Star", True),
    (energy.star_rating_row, "Rated 4.5 stars by 2,000 customers", False),
    (lambda t: default_registry().find(t), "Energy Rating: 3 Star (BEE)", True),
    # a scheme's licence line is no part of the product
    (scope.title_part_overreach, ("FSC Certified Sheesham Wood Chopping Board with Handle",
                                  ["Handle with leather hanging loop",
                                   "Certificate holder: Amrudbagh Exports Pvt. Ltd., FSC licence FSC-C162347"]), False),
    (scope.title_part_overreach, ("FSC Certified Wooden Toy Box with Lid", ["Lid: FSC certified plywood", "Box: MDF"]),
     True),
    # freight named by the term is its own aspect
    (scope.part_scoped, "Low-carbon rail freight: shipped from our plant to regional warehouses by rail", False),
    (scope.part_scoped, "Low-carbon TV: shipped from our plant to regional warehouses by rail", True),
    # a whole-product material term, then only a material and the parts made of it
    (scope.whole_by_part, "Plastic-free monitor: all-aluminium base and neck", True),
    (scope.whole_by_part, "Plastic-free lunch box: stainless steel body and lid", False),
    # the dry-waste stream is a route
    (claim_forms.recycling_route, "100% recyclable box: recycle it with your dry paper waste", True),
    (claim_forms.recycling_route, "100% recyclable box", False),
    # a CE mark for a greener desk is a feature
    (legal.legal_mark, "CE marked for a greener desk", True),
    (legal.legal_mark, "Markings: CE, UKCA", False),
    # "sustainable" of a heater's flow
    (senses.other_sense_only, "Sustainable hot-water flow of 3 L/min at 40 \u00b0C in winter", True),
    (senses.other_sense_only, "Sustainable geyser made with recycled steel", False),
    # a heater that heats only the water used, as the reason for eco-friendly
    (scope.part_scoped, "Eco-friendly because it heats only the water you use", True),
    # future collections named by brand
    (claim_forms.dated_pledge, "Future Warlikaar collections will use 50% recycled wood", True),
    (claim_forms.dated_pledge, "Our collections use 50% recycled wood", False),
    # second wave: a series name with a bare model number; a part's colour; a modular kitchen; what a planter grows
    (lambda t: "generic_environmental" in lexicon.attribute_hits(senses.without_other_senses(t)),
     "Shaktiverse ECO-Tall 1550 150Ah Tubular Battery", False),
    (lambda t: "generic_environmental" in lexicon.attribute_hits(senses.without_other_senses(t)), "Eco Bottle 500 ml",
     True),
    (lambda t: lexicon.attribute_hits(senses.without_other_senses(t)),
     "Set of 6 containers with green lids, matches a modern modular kitchen", False),
    (lambda t: lexicon.attribute_hits(senses.without_other_senses(t)), "Modular design: swap the battery yourself",
     True),
    (lambda t: lexicon.attribute_hits(senses.without_other_senses(t)),
     "Good for tulsi and succulents; grow organic herbs like mint at home", False),
    (lambda t: lexicon.attribute_hits(senses.without_other_senses(t)),
     "Likhitam 'Reduce, Reuse, Recycle' Classroom Chart, A2, Laminated", False),
    # "our standard models" is the ordinary version, "our own GreenCare standard" a badge
    (lambda t: default_registry().unknown_badges(t), "same finish as our standard models, available in Mint", False),
    (lambda t: default_registry().unknown_badges(t), "meets our own GreenCare standard for kitchens", True),
    # two heat settings are no energy comparison; two wattages set against each other are
    (energy.energy_figure, "Two heat setting 500W/1000W, low power consumption", False),
    (energy.energy_figure, "9W LED = 60W incandescent", True),
    # a mains appliance's low consumption is energy wording
    (energy.mains_saving, "Low power consumption in standby", True),
    (energy.mains_saving, "Power consumption: 45 W", False),
    # a cross mark before the keyword negates it; a take-back the listing does not offer
    (negation.negated_only, "\u274c Biodegradable travel pouch", True),
    (negation.negated_only, "\u2714 Biodegradable travel pouch", False),
    (negation.negated_only, "Note: this power bank is not covered by any take-back or recycling programme from us.",
     True),
    # a take-back that sends it to a recycler is a recyclable claim with its route
    (claim_forms.recyclable_claim, "drop it at any service centre and it goes to a CPCB-authorised e-waste recycler",
     True),
    # a warranty's pick-up is no recycling route
    (claim_forms.recycling_route, "Warranty: 18 months, replacement incl. free pick-up", False),
    (claim_forms.recycling_route, "Free pick-up of your old phone for recycling", True),
    # the flame retardants RoHS restricts
    (legal.legal_mark, "\u2714 PBB- and PBDE-free shell", True),
    (legal.legal_mark, "Fire-retardant V-0 PC shell", False),
    # "sustainable" of an air fryer's hot air; a fuel it does without as the reason for eco-friendly
    (senses.other_sense_only, "Sustainable 200 \u00b0C hot-air flow across the whole basket", True),
    (scope.part_scoped, "Eco-friendly because no LPG is burnt in your kitchen", True),
    # a warranty's term by part backs "built to last" in the same segment
    (lambda t: durability.durability_figure(t, warranty=True), "Built to last: 1 year on product, 5 years on magnetron",
     True),
    (lambda t: durability.durability_figure(t, warranty=True), "Built to last: solid steel body", False),
    # the same share compared against a baseline elsewhere in the listing
    (comparison.share_figures, "Pouch Uses 70% Less Plastic", True),
]


def _plain(text: str) -> list[str]:
    """The attribute keywords left once other senses, names and printed words are blanked."""
    return lexicon.attribute_hits(senses.without_other_senses(text))


SEVENTY_SEVENTH_ROUND = [
    # ingress protection is no durability claim; a bend test is
    (durability.durability_cue, "WATERPROOF IPX8: tested to withstand immersion in 2 meters of fresh water", False),
    (durability.durability_cue, "Nylon braid tested to withstand 20,000 bends", True),
    # other senses: a tablet's light sensor, a cell's steady output, the waste a bin is sized for, electrical modular
    # boxes, a heater's ECO dial marking, a model code, an organic pattern, a book's chapter, printed words
    (_plain, "Environmental light sensor dims or brightens the screen to suit the room", False),
    (_plain, "Environmental benefit: made from recycled aluminium", True),
    (_plain, "Sustainable high-drain output for flash units and motor drives", False),
    (_plain, "Sized for organic kitchen waste: peels, tea leaves, leftovers", False),
    (_plain, "Made with organic cotton kitchen towels", True),
    (_plain, "Fits standard Indian modular boxes (Anchor, Legrand, GM)", False),
    (_plain, "ECO THERMOSTAT : Turn the dial to the ECO marking and the heater holds the room at 18 degree", False),
    (_plain, "Ironique ECO-200 Steam Iron 1600W with Ceramic Soleplate", False),
    (_plain, "Ironique Eco Steam Iron 1600W, eco-100% recycled packaging", True),
    (_plain, "Ostrix Printed Mouse Pad, Organic Geometric Design, Terracotta", False),
    (_plain, "Chapter 7: reduce, reuse, recycle \u2013 sorting dry and wet waste at home", False),
    (_plain, "Print: a cartoon elephant watering a tree with the words 'Go Green, Save Trees'", False),
    (_plain, "Olive Green Cover with Go Green Hand Lettered Quote, 80 GSM", False),
    (_plain, "Go green: this notebook is 100% recycled paper", True),
    (_plain, "Organic spices shown in the photo are only for display, spices not included", False),
    # negated or disclaimed: a part not included, spare parts not sold, a cross mark after, an untested answer, a name
    (lambda t: negation.is_negated(t, 0), "Reusable filter: not included (use size 4 paper filters)", True),
    (lambda t: negation.is_negated(t, 0), "Reusable filter: included, rinse and use again", False),
    (lambda t: negation.is_negated(t, 0), "Spare parts: not sold separately; service only at authorised centres", True),
    (lambda t: negation.is_negated(t, 0), "Recyclable packaging \u2717", True),
    (lambda t: negation.is_negated(t, 0), "Recyclable packaging \u2713", False),
    (lambda t: negation.is_negated(t, t.rindex("energy")),
     "Q: Is this charger energy efficient? A: It has not been rated or tested for energy efficiency.", True),
    (lambda t: negation.is_negated(t, t.index("environmental")),
     "Disclaimer: ECO-200 is only the model series name; it does not refer to any environmental benefit.", True),
    # the law's demands as merits
    (legal.cadmium_free_cells, "Cadmium-free Ni-MH: no toxic heavy metals", True),
    (legal.cadmium_free_cells, "Ni-MH: 1300 mAh, 1.2 V", False),
    (legal.banned_substances_free, "\u2705 Free from substances banned under India's E-Waste Rules", True),
    (legal.banned_substances_free, "Free from harmful chemicals, safe for kids", False),
    # a named substance absent from a coating; a vague term beside a named one with a quality between
    (generic.made_without_substance, "Bare cast iron with no PTFE (Teflon) or PFOA coating at all", True),
    (generic.made_without_substance, "Bare cast iron with no coating at all", False),
    (generic.substance_only_beside_vague, "Made of Tritan, Non-toxic and tasteless, BPA free", True),
    (generic.substance_only_beside_vague, "Non-toxic: free of BPA and lead", False),
    # a take-back handed to a recycler; a water tank refilled as it is used
    (claim_forms.recyclable_claim,
     "End of life: send this cable back to us and we hand it to a CPCB-authorised e-waste recycler.", True),
    (claim_forms.recycling_route, "End of life: send it to us and we hand it to an e-waste recycler", True),
    (claim_forms.recycling_route, "send this cable back to us for a replacement", False),
    (senses.other_sense_only, "1.5 L removable tank refillable at any time during ironing", True),
    (senses.other_sense_only, "Refillable bottle: top it up at our refill stations, less plastic", False),
    # the product's own top setting is a baseline; a charger idles once its cells are full (its own draw)
    (comparison.comparison_baseline,
     "Eco setting saves up to 30% energy compared with the same steamer's maximum steam setting", True),
    (comparison.comparison_baseline, "Eco setting saves up to 30% energy", False),
    (energy.energy_saving, "Energy-saving: drops to low-power standby when the cells are full", True),
    (energy.energy_saving, "Power saving: the battery lasts 30 days on standby", False),
    # overreach: one part named as the reason (two parts, a kit's one item, a lunch box's tiffins), not a material, a
    # warehouse or the part itself
    (scope.the_part, ("Non-toxic popcorn maker: the popping chute and measuring cup are BPA-free",
                      "Makkai Hot Air Popcorn Maker 1200 W with Measuring Cup, Black"), True),
    (scope.the_part, ("Non-toxic cleaning kit: the spray bottle is BPA-free",
                      "Aanganwipe Cleaning Kit: Spray Bottle 500 ml + 4 Microfibre Cloths + Scrub Brush"), True),
    (scope.the_part, ("Plastic-free lunch box: the three inner tiffins are SS 304",
                      "Dabbara Electric Lunch Box, 1.5 L, Fast Heat 45 W"), True),
    (scope.the_part, ("Plastic-free lunch box: the three inner tiffins are SS 304",
                      "Dabbara Steel Tiffins, Set of 3"), False),
    (scope.the_part, ("Made With Non-Toxic Soft Material - ear cushions are BPA free", "Wireless Headphones"), False),
    (scope.the_part, ("MADE WITH RECYCLED FIBRES: Our weavers use recycled fibres in the yarn",
                      "Layana Bedsheet Double Bed, Made with Recycled Fibres"), False),
    (scope.the_part, ("RECYCLED LEAD : Shaktiman batteries are manufactured using recycled lead in the plates",
                      "Shaktiman 150Ah Tall Tubular Inverter Battery, Made with Recycled Lead"), False),
    (scope.the_part, ("Low-carbon warehouse: orders ship from our warehouse that runs on rooftop solar",
                      "Deskolo Gaming Desk Mat 120 x 60 cm"), False),
    (scope.the_part, ("Recycled back panel: the back panel is made from 30% recycled aluminium",
                      "Tabzee Air 11 Tablet, Aluminium Back"), False),
    (scope.title_part_overreach, ("Likhoji Recycled Paper Composition Book, 100 Sheets",
                                  ["Paper:100% recycled, FSC Recycled certified (FSC-C111932)", "Cover:marble board"]),
     False),
    (scope.title_part_overreach, ("Stitchlane Recycled Polyester Overlock Thread Cones",
                                  ["Eco-friendly: 100% recycled polyester thread, GRS certified"]), False),
    (scope.title_part_overreach, ("Recycled Polyester Jacket for Men", ["Lining: 100% recycled polyester"]), True),
    # a generic term whose reason is one aspect, said after an activity or by one unit
    (scope.part_scoped,
     "Eco-friendly whiteboard desk mat \u2013 jot notes on it instead of sticky notes and save paper", True),
    (scope.part_scoped, "Eco-friendly cloth: one cloth replaces up to 300 paper towels", True),
    (scope.part_scoped, "Eco-friendly cloth: 100% recycled cotton, GRS certified", False),
    # an "ECO COMMITMENT" header pledges nothing; a consumable lasting longer is a saving
    (claim_forms.future_pledge, "ECO COMMITMENT : We care for the planet, so we offer free e-waste pickup", False),
    (claim_forms.future_pledge, "Green commitment: 100% recycled packaging by 2027", True),
    (durability.durability_cue, "saving upto 40% gas and time every day so your LPG cylinder lasts longer", False),
    (durability.durability_cue, "Heavy base lasts longer than ordinary cookers", True),
    # a promise per sale is a pledge of future action; a take-back's promise is a route
    (claim_forms.future_pledge, "For every pack sold, we will recycle one old battery", True),
    (claim_forms.future_pledge, "Return your old battery and we will recycle it", False),
    # a virgin material contradicts a recycled one only when it is the same material
    (claim_forms.virgin_of_other_material, ("Body: RCS 100 certified, 100% recycled aluminium",
                                            "Silicone pads (virgin silicone) on the arms"), True),
    (claim_forms.virgin_of_other_material, ("Body: 100% recycled aluminium", "Arms: virgin aluminium"), False),
    (claim_forms.virgin_of_other_material, ("Made from recycled plastic", "Housing: virgin ABS"), False),
    # an "Eco thermostat" is a dial's name only beside the dial; an "Eco Mark" is a badge
    (_plain, "Eco thermostat \u2013 ships in a recycled cardboard box", True),
    (_plain, "Certified: Bramblekin Eco Mark (licence no. BK-0042)", True),
    # the term said of the packaging; a part's label; the noun right after the material
    (scope.the_part, ("This Tikkaland pack is plastic-free: carton and inner wrap are 100% paperboard",
                      "Tikkaland Veg Cutlet 10 pcs"), False),
    (scope.the_part, ("Plastic-free food containers: the three inner tiffins are SS 304",
                      "Dabbara Electric Lunch Box 3 Tiffin"), False),
    (scope.title_part_overreach, ("Zariwala Organic Cotton Lehenga Choli Set",
                                  ["Lehenga: art silk", "Lining: organic cotton (lehenga and choli)"]), True),
    (scope.title_part_overreach, ("Organic Cotton Baby Bib Set of 6", [
        "Front: 2 bibs in GOTS certified organic cotton (licence no. CU 1104527), 4 bibs in printed cotton-polyester",
        "Backing: TPU waterproof layer", "Adjustable 2-snap neck, 0-24 months"]), True),
]


SEVENTY_EIGHTH_ROUND = [
    # other senses: a tea's colour grade, a recipe made new, a solar product's kind, input and panel efficiency, a
    # bracket's wall offset, a lamp's sustained output, a heater's daily capacity, a part bought to upgrade a PC, care
    (_plain, "Darjeelo Everyday Assam Tea 1 kg \u2013 Green Label Mild Blend", False),
    (_plain, "Green tea that is certified organic", True),
    (_plain, "Chatpata Tales Aloo Bhujia 1 kg \u2013 Now with a Renewed Recipe", False),
    (_plain, "Renewed iPhone 13, 128 GB, grade A", True),
    (_plain, "Kiranlok Solar Hanging Lantern, Moroccan Style, 2 Pack", False),
    (_plain, "Runs on 100% renewable solar energy, no grid electricity", True),
    (_plain, "Solar input up to 400 W (panels sold separately)", False),
    (_plain, "Heliodhara 550W Mono PERC Half-Cut Solar Panel, 144 Cells, 21.3% Efficiency", False),
    (_plain, "Adjustable head on a 10 cm wall offset bracket", False),
    (_plain, "Carbon offset for every delivery", True),
    (_plain, "Sustainable 1,200-lumen output through the night at 70% brightness", False),
    (_plain, "300 litres per day; 2 flat-plate collectors, copper risers", False),
    (_plain, "Dual flush uses only 3 litres per flush", True),
    (_plain, "DataDock 1TB Internal SSD for Laptop & Desktop Upgrade", False),
    (_plain, "Upgradable RAM: two slots, up to 64 GB", True),
    (_plain, "Zipper lunch bag, bag is washable in hand", False),
    (senses.other_sense_only, "Heliodhara 550W Mono PERC Half-Cut Solar Panel, 144 Cells, 21.3% Efficiency", True),
    (senses.other_sense_only, "Solar street light uses 40% less electricity than a sodium lamp", False),
    # a delivery swapped on request is a service term; a part replaced for years is a durability claim
    (durability.service_terms_only, "Any problem in the delivered product, contact us we will replace", True),
    (durability.service_terms_only, "We will replace worn blades free for 10 years", False),
    # a microphone's pick-up is no recycling route; an old unit's is; a scrap-metal yard is
    (claim_forms.recycling_route, "Dual mics with noise reduction pick up your voice from upto 3 metres", False),
    (claim_forms.recycling_route, "Free pick-up of your old cooler for recycling", True),
    (claim_forms.recycling_route, "The aluminium frame is accepted at any scrap-metal yard", True),
    # a power saving its own line ties to a battery; one that names the energy it saves
    (energy.saving_on_battery, "Handheld milk frother: USB-C rechargeable, power-saving auto-off after 60 s", True),
    (energy.saving_on_battery, "Power saving DEVSLP lets the drive sleep, so your laptop battery lasts longer", True),
    (energy.saving_on_battery, "Power-saving mode lowers the console's energy consumption in standby", False),
    # a console with a controller's battery is still on the mains; a part for a desktop is no desktop
    (energy.mains_listing, ("Lunavolt Core Home Console 1 TB", [
        "Power: 230 V AC, internal power supply", "Controllers: 2 x wireless, 1560 mAh built-in battery each"]), True),
    (energy.mains_listing, ("Lunavolt Handheld Console", [
        "Power: 230 V AC adapter", "Battery: 5000 mAh built-in"]), False),
    (energy.mains_appliance, "DataDock 1TB Internal SSD for Laptop & Desktop Upgrade", False),
    (energy.mains_appliance, "Zenvik 24 inch Desktop Monitor, 75 Hz", True),
    # an eco mode that cuts a mains draw, with its before and after
    (energy.mains_saving, "ECO mode cuts the UPS's own draw from 12.5 W to 4.8 W", True),
    (energy.mains_saving, "Eco mode reduces use of the fan at night", False),
    (energy.energy_figure, "cuts the UPS's own draw from 12.5 W to 4.8 W", True),
    # a storage battery's service life, a rated MTTF
    (durability.battery_runtime_only, "Battery: long-life VRLA, built to last", False),
    (durability.battery_runtime_only, "Battery: long lasting 5000 mAh, 2 days of use", True),
    (durability.durability_figure, "Long-life FDB bearing: rated approx. 70,000 h MTTF at 40\u00b0C", True),
    (durability.durability_figure, "Battery: long-life VRLA, 5-year design life at 25\u00b0C", True),
    (durability.durability_figure, "Long-life FDB bearing, silent", False),
    # the claim a question raised, refused
    (negation.negated_only, "We don't claim that: making panels emits CO2, and we have not measured it.", True),
    (negation.negated_only, "We do not claim it is compostable, but the box is recyclable", False),
    # compliance with the plastic ban as a merit; a pledge per purchase; no emissions claimed
    (legal.plastic_ban_compliant, "Eco highlight: our packaging complies with India's single-use plastic ban", True),
    (legal.plastic_ban_compliant, "Eco highlight: our packaging is plastic-free", False),
    (claim_forms.tree_pledge, "For every refill pack you buy, we will recycle one empty bottle", True),
    (claim_forms.tree_pledge, "Return the empty bottle and we will recycle it", False),
    (claim_forms.zero_emissions, "Zero CO2 emissions, 120\u00b0 beam", True),
    (claim_forms.zero_emissions, "Not zero-emission: the generator burns petrol", False),
    # a fact can contradict a claim the lexicon reads no keyword in
    (facts.claim_cue, "Zero Water Wastage Technology", True),
    (facts.claim_cue, "8 stage RO + UV purification", False),
    # overreach: a brand by one pack, a part moulded from a natural fibre; not a part the seller scopes, nor a material
    # the reason names again
    (scope.the_part, ("Planet-conscious brand: this bottle is made from 100% recycled PET",
                      "Kokumkatha Kokum Sharbat Concentrate 750 ml"), True),
    (scope.the_part, ("Eco-friendly snack: the tray inside is moulded from sugarcane bagasse",
                      "Thattukada Banana Chips 400 g"), True),
    (scope.rest_said, "The keycaps are made with recycled plastic, the rest of the keyboard is standard ABS", True),
    (scope.rest_said, "The keycaps are made with recycled plastic", False),
    (scope.material_said_again, "MADE FROM RECYCLED PAPER : Inside pages are made from recycled paper", True),
    (scope.material_said_again, "MADE WITH RECYCLED PLASTIC : remote control housing 20% recycled", False),
    (scope.title_part_overreach, ("Mitti Case Biodegradable Phone Cover for iPhone 15, Plant Based Soft Case", [
        "BIODEGRADABLE COVER \u2013 This phone cover is fully biodegradable, made from a plant based blend of PBAT and "
        "wheat straw"]), False),
    (scope.title_part_overreach, ("Mitti Case Biodegradable Phone Cover for iPhone 15, Plant Based Soft Case", [
        "Biodegradable packaging: the box is compostable kraft"]), True),
]


@pytest.mark.parametrize(("predicate", "text", "expected"),
                         SEVENTY_SIXTH_ROUND + SEVENTY_SEVENTH_ROUND + SEVENTY_EIGHTH_ROUND)
def test_recent_round_predicates(predicate, text, expected):
    got = predicate(*text) if isinstance(text, tuple) else predicate(text)
    assert bool(got) is expected, text
