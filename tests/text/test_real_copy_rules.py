"""Rules for real seller copy that need no model: negation and questions, abbreviations in
segmentation, licence numbers anywhere in the listing, the language of a listing."""

from __future__ import annotations

import pytest

from claims.text import lexicon
from claims.text.certifications import default_registry
from claims.text.language import listing_language
from claims.text.prep import segment_field


@pytest.mark.parametrize(("text", "negated"), [
    ("Not biodegradable – do not flush.", True),
    ("Biodegradable in 90 days in a home compost heap.", False),
    ("No offsets are used in this figure.", True),
    ("We don't claim it is eco-friendly.", True),
    ("Eco-friendly and durable silicone case", False),
    ("Is this bag compostable?", True),
    ("This packaging is not recyclable in most areas.", True),
    ("Packaging: recyclable carton, not the foam insert", False),
    ("Plastic-free packaging", False),
    ("No plastic in the box", False),
    ("Non-toxic water-based paint", False),
    ("Not made from recycled materials.", True),
    ("BPA free bottle", False),
])
def test_negated_or_questioned_eco_wording_is_not_a_claim(text, negated):
    assert lexicon.negated_only(text) is negated


def test_negated_offsets_do_not_make_an_offset_claim():
    measured = "Our footprint is 2.1 kg CO2e per unit; no offsets are used in this figure."
    assert lexicon.signal_negated(measured, "offset")
    assert not lexicon.signal_negated("Carbon neutral: we offset all emissions by planting trees.", "offset")


def test_abbreviations_do_not_end_a_segment():
    raw = [s.raw for s in segment_field("description", "Certified with the EU Ecolabel (licence no. BE/006/001). "
                                        "Weight approx. 2 kg incl. box. Made in the EU.")]
    assert raw == ["Certified with the EU Ecolabel (licence no. BE/006/001)", "Weight approx. 2 kg incl. box.",
                   "Made in the EU."]


def test_licence_number_anywhere_verifies_the_scheme_but_not_any_number():
    reg = default_registry()
    eu = reg.schemes["EU_ECOLABEL"]
    assert reg.licence_anywhere(eu, "EU Ecolabel towel\nLicence no. BE/006/001, made in Belgium") == "BE/006/001"
    assert reg.licence_anywhere(eu, "EU Ecolabel towel, 70 x 140 cm, 500 g/m2") is None


@pytest.mark.parametrize(("title", "description", "language"), [
    ("Umweltfreundlich und klimaneutral hergestellt", "", "de"),
    ("Sac en coton bio", "Fabriqué en France avec du coton biologique certifié GOTS. Lavable en machine.", "fr"),
    ("USB C cable 1m", "", "en"),  # too short to call: read as English
    ("boAt Rockerz 450 Bluetooth Headphones", "Wireless headphones, 15 hours playback, 40mm drivers", "en"),
])
def test_listing_language(title, description, language):
    assert listing_language({"id": "x", "title": title, "description": description}) == language
