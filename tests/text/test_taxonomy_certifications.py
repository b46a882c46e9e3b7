import json
import re

from claims.taxonomy import ATTRIBUTES, CODES, LEVELS, level_from_codes
from claims.text import lexicon
from claims.text.certifications import DATA_FILE, default_registry

SHARED_LABELS = {
    "attributes": 17,
    "codes": 15,
}


def test_vocabulary_matches_spec():
    assert len(ATTRIBUTES) == SHARED_LABELS["attributes"] and len(set(ATTRIBUTES)) == 17
    assert len(CODES) == SHARED_LABELS["codes"]
    assert LEVELS == ("none", "low", "medium", "high")
    for code in CODES.values():
        assert code.references and code.message and code.suggestion


def test_level_follows_findings():
    assert level_from_codes([], False) == "none"
    assert level_from_codes([], True) == "low"
    assert level_from_codes(["UNVERIFIED_CERTIFICATION"], True) == "low"
    assert level_from_codes(["VAGUE_FREE_OF", "UNVERIFIED_CERTIFICATION"], True) == "medium"
    assert level_from_codes(["VAGUE_FREE_OF", "OFFSET_NEUTRALITY"], True) == "high"


def test_registry_file_is_consistent():
    data = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    ids = [s["id"] for s in data["schemes"]]
    assert len(ids) == len(set(ids)) >= 60
    for s in data["schemes"]:
        assert set(s["attributes"]) <= set(ATTRIBUTES)
        assert 0 <= s["credibility"] <= 1
        if s["licence_pattern"]:
            re.compile(s["licence_pattern"])


def test_registry_finds_schemes_and_licences():
    reg = default_registry()
    found = reg.find("Shell: 100% organic cotton, GOTS certified, licence CU 123456")
    assert found and found[0].scheme.id.upper().startswith("GOTS") and found[0].licence
    swan = reg.find("Nordic Swan Ecolabel")
    assert swan and swan[0].scheme.recognised_excellence and swan[0].licence is None
    assert reg.find("Forest green colour, carbon fiber frame") == []


def test_invented_badges_are_not_schemes():
    reg = default_registry()
    assert reg.unknown_badges("EcoPure Seal of approval on every pack")
    assert reg.unknown_badges("our own GreenLeaf Promise badge")
    assert not reg.unknown_badges("GOTS certified organic cotton")


def test_lexicon_other_senses_are_signalled():
    vec = lexicon.features("Carbon fiber frame in forest green")
    names = list(ATTRIBUTES) + list(lexicon.SIGNALS)
    assert vec[names.index("other_sense")] == 1.0
    assert vec[names.index("colour")] == 1.0
