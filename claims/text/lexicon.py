"""Rule signals: keyword patterns for attributes and for the finding codes.

Two uses: (1) as features next to the encoder's embedding, so the trained heads can combine
"the text says 'carbon'" with "the sentence is about bike frames"; (2) as the keyword-lexicon
baseline of ``claims eval``. The patterns deliberately over-match; deciding what a hit means in
context is the models' job.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

import numpy as np

from claims.taxonomy import ATTRIBUTES
from claims.text.sieve import Matcher

_I = re.IGNORECASE


ATTRIBUTE_PATTERNS: dict[str, str] = {
    "recycled_content": r"\b(re-?cycled|upcycled|up-cycled|repurposed|reclaimed|post[- ]?consumer|pre[- ]?consumer|"
    r"recovered (paper|fib(re|er)s?|materials?|plastics?|pulp)|"
    r"ocean[- ]bound|ocean plastic|rPET|r-PET|econyl|repreve|regenerated nylon|GRS|RCS)\b",
    "organic": r"\b(organic|organically|bio-?cotton|GOTS|OCS|USDA|ecocert|cosmos organic|soil association)\b",
    "biodegradable_compostable": r"\b(bio[- ]?degrad\w*|compostabl\w*|compost\w*|breaks? down|decompos\w*|"
    r"returns? to (nature|the earth|the soil)|"
    r"EN ?13432|ASTM ?D6400|OK compost|BPI)\b",
    "recyclable": r"\b(recyclable|recycle|recycling|widely recycled|can be recycled|mono-?material|how2recycle|OPRL)\b",
    "plastic_free": r"(plastic[- ]?free|zero[- ]plastic|no plastic|without plastic|less plastic|plastic[- ]?neutral|"
    r"microbead[- ]?free|free (of|from) plastic|single-use plastic|plastic[- ]?less)",
    "carbon_climate": r"\b(carbon|co2|co₂|co2e|climate|net[- ]?zero|greenhouse[- ](gas(es)?|emissions?|effect)|"
    r"emissions?|footprint|offset\w*|"
    r"compensated|low[- ]carbon|ghg)\b",
    "energy_efficiency": r"(energy[- ]?(star|efficien\w*|saving|class|label|rating|consumption)|"
    r"\bA\+{1,3}(?! ?grade)|kwh|"
    r"\bBEE\b|\d[- ]?star (energy|BEE|rat(ed|ing))|"
    # (whole words: "Lightcove" or "outcome" holds no TCO)
    r"\b(low[- ]power|standby|less energy|energy use|power[- ]saving|eco[- ]mode|inverter|80 ?plus|EPEAT)|\bTCO\b)",
    "water_efficiency": r"(water[- ]?(saving|efficient|efficiency|less|wise|sense)|waterless|less water|"
    r"\b(litres?|liters?|gallons?|l) per (flush|minute|min|wash|cycle|load|use|day)\b|\bgpm\b|\blow[- ]flow|water use|"
    r"water recovery|recovery (ratio|rate)|"
    r"dope[- ]dyed|solution[- ]dyed)",
    "renewable_energy": r"\b(renewable(?! (raw )?(materials?|resources?|bamboo|wood|timber|fib(re|er)s?|cork|rattan|"
    r"plant[- ]based)\b)|solar|wind[- ]?power\w*|green (electricity|energy|power(?![- ]sav))|"
    r"hydro[- ]?(power|electric\w*)|"
    r"clean energy)\b",
    "responsible_sourcing": r"\b(FSC|PEFC|renewable (raw )?(materials?|resources?|bamboo|wood|timber|fib(re|er)s?|"
    r"cork|rattan)|responsibl\w* (sourced|harvested|made|grown)|RSPO|sustainably "
    r"(sourced|harvested|grown|forested|managed|farmed|caught)|rainforest alliance|ethically sourced|"
    r"sustainable (plantation|wood|timber|rubberwood|forests?|forestry)|"
    r"conflict[- ]free|traceab\w*|RWS|RDS|MSC|ASC|better cotton|deforestation)\b",
    # (not a phone's "fair trade-in value")
    "fair_labor": r"\b(fair ?trade(?![- ]ins?\b)|fairtrade|fair wages?|living wages?|"
    r"ethical\w* (made|produced|manufactured)|fair labou?r|SA8000|fair wear|workers?|sweatshop|"
    r"artisans? (are )?paid|child labou?r)\b",
    "non_toxic": r"(non[- ]?toxic|toxin[- ]?free|chemical[- ]?free|\b(BPA|PFAS|PFC|PVC|phthalates?|parabens?|"
    r"lead|formaldehyde|VOC|sulfates?|SLS|azo|cadmium|mercury|chlorine|fluorine|PFOA|PFOS|PTFE|halogen)[- ]?free|"
    r"oeko[- ]?tex|"
    r"harsh chemicals|harmful chemicals|((no|zero|without( any)?) )?nasties|toxic|"
    r"free (of|from) (harmful|chemicals|toxins)|"
    # free of a named substance ("Free from BPA and lead", "free of oxybenzone and octinoxate", "sulphate-free")
    r"free (of|from) (any |added )?(BPA|PFAS|PVC|phthalates?|parabens?|formaldehyde|VOCs?|sulfates?|sulphates?|"
    r"SLS|SLES|oxybenzone|octinoxate|xylene|toluene|benzene|DEHP|triclosan)|"
    r"(sulphates?|SLES|oxybenzone|xylene|toluene|DEHP|triclosan)[- ]?free|"
    # free of, said with a negator ("No BPA, PVC or phthalates", "no harmful chemicals", "don't contain any
    # heavy metals"): the mention starts at the negator, so it is a claim, not a negated one
    r"\b(no|zero|without( any)?) (added |harmful |harsh |toxic )?(BPA|PVC|phthalates?|parabens?|sulfates?|SLS|"
    r"formaldehyde|chemicals|toxins|heavy metals)\b|\b(does|do|did)( not|n'?t) (contain|use|have) (any )?"
    r"(BPA|PVC|phthalates?|parabens?|lead|heavy metals|harmful chemicals|toxic\w*)|\blow[- ]VOCs?\b)",
    # plain build adjectives ("durable", "sturdy") are not durability claims (labels.md section 4); a life
    # span, a test count or repair and spare parts are
    "durability_repair": r"\b(built to last|made to last|long[- ]?lasting|life ?span|longevity|long(er)?[- ]life|"
    r"everlasting(?! (flowers?|daisy|daisies|love|memor\w*|gifts?|fragrance|scent))|last[- ]a[- ]lifetime|"
    r"last(s|ing)? (for )?(a )?(very )?long(er)?( time)?|long[- ]term (use|usage|durability)|"
    r"outlasts?|lifetime|last(s)? for years|last(s|ing)? (for )?generations|last and last|"
    r"(enjoyed|treasured|loved|used|played with|cherished) for (many )?years( to come)?|repair\w*|"
    r"\d[\d,.]*\+? ?(k )?(bends?|bending|clicks|keystrokes|"
    r"insertions|plug(ging)? cycles|cycles)|"
    r"spare parts|replaceable|modular|upgrad\w*|heirloom|buy it for life|"
    # long or lifetime warranties only: a standard 1-3 year warranty is not a durability claim
    r"(lifetime|extended|([4-9]|\d{2}|five|ten|twenty|thirty)[- ]?(years?|yrs?))[- ]?(warrant\w*|guarantee\w*))\b",
    "reusable_refillable": r"\b(re-?usable|refill\w*|returnable|re-?use|washable|zero[- ]waste|single[- ]use|"
    r"deposit|(wash|rinse|wipe)(,| and) (re-?use|use (it |them )?again))\b",
    "secondhand_refurbished": r"\b(refurbished|re-?manufactured|pre[- ]?owned|pre[- ]?loved|second[- ]?hand|renewed|"
    r"vintage|resale|rental|rent|((gently|lightly|barely|hardly|previously|little|ex)[- ])used|"
    r"used (condition|item|copy|books?|clothing|goods))\b",
    "animal_welfare": r"\b(vegans?|cruelty[- ]?free|leaping bunny|animal welfare|not tested on animals|"
    r"mulesing|animal[- ]free|plant[- ]based leather|peta)\b",
    "generic_environmental": r"(eco[- ]?(friendly|freindly|frendly|frienly)|eco[- ]conscious|\beco\b|"
    r"envi?ron?ment\w*[- ]friendly|safe for (the )?(environment|planet|nature|earth)|"
    r"\b(save|protect|heal) (the |our )?(earth|planet|environment)\b|"
    r"\bgreen(er|est)?\b|sustainab\w*|planet[- ]?(friendly|positive)|earth[- ]?(friendly|kind)|"
    r"\b(reef|ocean|marine)[- ]?(friendly|safe|kind)\b|"
    r"\bconscious\b|good for (the )?(planet|earth|environment|nature)|kind to the (planet|earth)|ecological\w*|"
    r"nature[- ]friendly|climate[- ]friendly|\bresponsibl[ey]\b(?! (sourced|harvested|made|grown|produced|"
    r"managed|farmed|forested|caught))|eco ?label|nordic swan|blue angel|"
    r"cradle to cradle|environmental\w*)",
}


SIGNAL_PATTERNS: dict[str, str] = {
    "percent": r"\d+(\.\d+)?\s?%|\bper ?cent\b",
    "figure_unit": r"\d+(\.\d+)?\s?(kg|g|kwh|wh|w|l|litres?|liters?|years?|yrs?|months?|weeks?|days|cycles|"
    r"hours?|km|co2e|t)\b",
    "licence_number": r"(licen[cs]e|certificate|cert\.?|reg(istration)?|no\.?|number|id|#)\s*[:#]?\s*"
    r"[A-Z0-9][A-Z0-9./ -]{3,}|\b[A-Z]{2,4}[- ]?\d{4,}\b|\b\d{2,3}[ .-]?\d{3}[ .-]?\d{3,4}\b",
    "badge_word": r"\b(certified|approved|seal|badge|label|verified|score|stamp|standard|mark|promise|"
    r"accredited|endorsed|rated|index)\b",
    "own_word": r"\b(our own|in-house|our|proprietary|internal|self[- ]?(certified|declared|assessed)|we)\b",
    "offset": r"(offset\w*|compensat\w*|plant(s|ed|ing)? (a|one|\d+|two|ten) trees?|tree[- ]planting|"
    r"carbon[- ]?neutral|climate[- ]?neutral|co2[- ]?neutral|net[- ]?zero|climate[- ]?positive|"
    r"carbon[- ]?negative|carbon[- ]?positive|neutrali[sz]\w*|plastic[- ]?neutral)",
    "future": r"(\bby 20\d\d\b|\bbefore 20\d\d\b|\bwill be\b|\bwe will\b|\baim\w*|\bpledg\w*|\bcommit\w*|"
    r"\bgoal\b|\btarget\w*|\bon track\b|\bjourney\b|\bworking towards?\b|\broadmap\b|\bpromise to\b)",
    "whole": r"\b(entire|whole|all (of )?our|every(thing| product| item)|collection|range|brand|company|"
    r"100% sustainable|fully sustainable|completely|totally|line)\b",
    "compare": r"\b(less|fewer|lower|reduced|reduces?|more|than|compared|vs\.?|versus|up to|saves?|cut\w*|"
    r"half|x less|times)\b",
    "degrade_conditions": r"\b(home|industrial\w*|commercial|facility|facilities|weeks?|days|months?|EN ?13432|"
    r"ASTM|OK compost|BPI|TÜV|TUV|seedling|municipal)\b",
    "recycle_route": r"(kerbside|curbside|drop[- ]?off|take[- ]?back|store drop|recycling (bin|centre|center|"
    r"program\w*|point|facility)|check (local|with your)|widely recycled|collection|send (it )?back|return "
    r"(it|them)|mail[- ]back|how2recycle|OPRL)",
    "legal": r"(\bCFC|HCFC|ozone|\bRoHS\b|\b(?-i:REACH)\b|lead[- ]?free|phosphate[- ]?free|CE[- ]marked|asbestos|"
    r"microbead|BPA[- ]?free|mercury[- ]?free|free (\d+|two|2)[- ]year (guarantee|warranty)|"
    # "compliant" only with a regulation named: "compliant with USB 2.0" is no legal-requirement claim
    r"(RoHS|(?-i:REACH)|\bCE\b|\bEU\b|WEEE|law|regulations?|directive)\W+(\w+\W+){0,2}complian\w*|"
    r"complian\w* with (the )?(eu|law|rohs|(?-i:REACH)|regulations?|directive)|"
    r"in line with (eu|the law)|required by law|meets? (eu|legal))",
    "vague_free": r"(non[- ]?toxic|chemical[- ]?free|toxin[- ]?free|nasties|harsh chemicals|free (of|from) "
    r"(harmful|chemicals|toxins|nasty)|no chemicals|clean formula|all[- ]natural|100% natural)",
    "durability_words": r"(built to last|long[- ]?lasting|life ?span|longevity|long(er)?[- ]life|outlast\w*|"
    r"everlasting(?! (flowers?|daisy|daisies|love|memor\w*|gifts?|fragrance|scent))|last[- ]a[- ]lifetime|"
    r"last(s|ing)? (for )?(a )?(very )?long(er)?( time)?|long[- ]term (use|usage|durability)|lasts? (a )?"
    r"lifetime|heirloom|buy it for life|last for years|indestructible|forever|repairable|made to last|"
    r"last(s|ing)? (for )?generations|last and last|(enjoyed|treasured|loved|used|played with|cherished) for "
    r"(many )?years( to come)?|(keep|use|wear|enjoy) (it|them|your [\w-]+) for decades)",
    "durability_terms": r"(\d+[- ]?(years?|yrs?|cycles|hours|washes)|\d[\d,.]*\+? ?(k )?(bends?|bending|clicks|"
    r"keystrokes|insertions)|spare parts|ifixit|repair (manual|guide|service)|replaceable)",
    # ordinary build adjectives and service terms: usually NOT claims in real copy (labels.md section 4)
    "build_words": r"\b(durab\w*|sturdy|robust|rugged|tough\w*|heavy[- ]duty|unbreakable|premium (quality|build)|"
    r"solid build|high[- ]quality material)\b",
    "service_terms": r"\b(warrant\w*|guarantee\w*|replacement|returns?|refund|installation|install\w*|demo|"
    r"customer (care|service|support)|service cent(er|re)|charged extra|free service|returnable|"
    r"replace (it|them|the (product|item|unit))|exchange (it|the (product|item|unit)))\b",
    "colour": r"\b(colou?r|colou?rs|shade|hue|in green|green(ish)? (colou?r|tone|finish)|olive|sage|forest green|"
    r"emerald|mint|lime)\b",
    "other_sense": r"(carbon (fib(er|re)|steel|filter|brush)|"
    # a design's shape ("Organic Shape", "organic, hand-shaped curves", "soft organic silhouette")
    r"organic,?\s+(\w+[- ]\w+\s+|flowing\s+|soft\s+)?(shape|form|curve|line|look|silhouette|contour|edge)|recycle bin|"
    r"energy (drink|bar|boost|level)|natural (light|look|finish|wood grain)|fair isle|green tea|green screen|"
    r"greenhouse (kit|shelf)|eco ?mode|eco ?setting|eco ?preset|sustainable pace|renewable subscription|"
    r"bamboo (pattern|print)|"
    r"green ?light|evergreen|green room|compost bin|solar system|water[- ]?(proof|resistant)|"
    # product-feature names and gadget battery features of real copy (labels.md section 4)
    r"environmental noise|noise cancell\w*|\bENC\b|organic (LED|light[- ]emitting)|\bOLED\b|"
    r"eco ?system|eco ?vision|carbon black|activated carbon|"
    r"green (led|indicator)|natural (bass|sound|wood sound)|(power|battery)[- ]?sav\w* mode|auto[- ]?(off|sleep))",
    "negation": r"\b(not|no|never|without|isn'?t|aren'?t|doesn'?t|don'?t)\b",
    "specified_here": r"(:|—|–|\bmade (of|from|with)\b|\bthanks to\b|\bbecause\b|\bcontains?\b|\bcertified\b)",
    "superlative": r"\b(most|best|greenest|cleanest|zero impact|no impact|harmless|100% eco|"
    r"completely (green|sustainable|eco))\b",
    "irrelevant": r"(\bCFC[- ]?free|dolphin[- ]safe|gluten[- ]free|paperless|digital receipt|no (animal )?"
    r"testing on (water|paper)|made with love)",
}


SIGNALS: tuple[str, ...] = tuple(SIGNAL_PATTERNS)


# what introduces examples of the word before it ("no recycled material, e.g. regrind", "not certified under any
# ecolabel (such as EU Ecolabel or Nordic Swan)"): negation and the certification finder share it
EXAMPLE_MARKER = r"(e\.\s?g\.?|i\.\s?e\.?|such as|like|including|incl\.|for (example|instance),?)"


TEXT_CACHE_SIZE = 32_768  # per-text memo of the pure text functions below (bounded: a few MB)


# The rule predicates below are pure functions of their text (and return immutable values): a segment
# is asked about by the encoder gate, the segment rules and the findings, and the service re-scores
# the same listings, so each keeps its last answers.
memo = lru_cache(maxsize=8_192)


def match_spans(text: str, *patterns: Matcher) -> list[tuple[int, int]]:
    """Where ``patterns`` match in ``text`` (other senses, feature names)."""
    return [(m.start(), m.end()) for p in patterns for m in p.finditer(text)]


def within(pos: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def occurs(pattern: re.Pattern[str]) -> Callable[[str], bool]:
    """A memoised predicate: whether ``pattern`` occurs in the text."""
    @memo
    def has(text: str) -> bool:
        return pattern.search(text) is not None
    return has


@lru_cache(maxsize=1)
def compiled_patterns() -> tuple[list[re.Pattern[str]], list[re.Pattern[str]]]:
    attrs = [re.compile(ATTRIBUTE_PATTERNS[a], _I) for a in ATTRIBUTES]
    sigs = [re.compile(SIGNAL_PATTERNS[s], _I) for s in SIGNALS]
    return attrs, sigs


def attribute_hits(text: str) -> list[str]:
    """Attributes whose keyword pattern matches (the keyword baseline)."""
    return [a for a, v in zip(ATTRIBUTES, features(text), strict=False) if v]


@memo
def first_match(text: str, attribute: str) -> tuple[int, int] | None:
    """Span of the first keyword of ``attribute`` in ``text``, if any."""
    attrs, _ = compiled_patterns()
    m = attrs[ATTRIBUTES.index(attribute)].search(text)
    return (m.start(), m.end()) if m else None


def signal_match(text: str, signal: str) -> tuple[int, int] | None:
    _, sigs = compiled_patterns()
    m = sigs[SIGNALS.index(signal)].search(text)
    return (m.start(), m.end()) if m else None


N_FEATURES = len(ATTRIBUTES) + len(SIGNALS)


@lru_cache(maxsize=TEXT_CACHE_SIZE)
def features(text: str) -> np.ndarray:
    """Binary rule features for one segment: attribute keywords, then signals. Memoised per text
    (a segment is read again as a claim and as evidence), so the array is read-only: copy it
    before changing it."""
    attrs, sigs = compiled_patterns()
    vec = np.zeros(N_FEATURES, dtype=np.float32)
    for i, p in enumerate(attrs):
        if p.search(text):
            vec[i] = 1.0
    off = len(attrs)
    for j, p in enumerate(sigs):
        if p.search(text):
            vec[off + j] = 1.0
    vec.setflags(write=False)
    return vec


def shares_attribute(claim: str, other: str) -> bool:
    """Whether ``other`` (another segment of the listing) speaks of an attribute the claim names: a
    listing's own facts can contradict a claim only about the same thing (real copy holds dozens of
    unrelated spec bullets)."""
    return bool(set(attribute_hits(claim)) & set(attribute_hits(other)))
