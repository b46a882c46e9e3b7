"""Rule signals: keyword patterns for attributes and for the finding codes.

Two uses: (1) as features next to the encoder's embedding, so the trained heads can combine
"the text says 'carbon'" with "the sentence is about bike frames"; (2) as the keyword-lexicon
baseline of ``claims eval``. The patterns deliberately over-match; deciding what a hit means in
context is the models' job.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from claims.taxonomy import ATTRIBUTES

_I = re.IGNORECASE

ATTRIBUTE_PATTERNS: dict[str, str] = {
    "recycled_content": r"\b(re-?cycled|upcycled|up-cycled|repurposed|reclaimed|post[- ]?consumer|pre[- ]?consumer|"
    r"ocean[- ]bound|ocean plastic|rPET|r-PET|econyl|repreve|regenerated nylon|GRS|RCS)\b",
    "organic": r"\b(organic|organically|bio-?cotton|GOTS|OCS|USDA|ecocert|cosmos organic|soil association)\b",
    "biodegradable_compostable": r"\b(bio-?degrad\w*|compostabl\w*|compost\w*|breaks? down|decompos\w*|"
    r"EN ?13432|ASTM ?D6400|OK compost|BPI)\b",
    "recyclable": r"\b(recyclable|recycle|recycling|widely recycled|can be recycled|mono-?material|how2recycle|OPRL)\b",
    "plastic_free": r"(plastic[- ]?free|zero[- ]plastic|no plastic|without plastic|less plastic|plastic[- ]?neutral|"
    r"microbead[- ]?free|free (of|from) plastic|single-use plastic|plastic[- ]?less)",
    "carbon_climate": r"\b(carbon|co2|co₂|co2e|climate|net[- ]?zero|greenhouse|emissions?|footprint|offset\w*|"
    r"compensated|low[- ]carbon|ghg)\b",
    "energy_efficiency": r"(energy[- ]?(star|efficien\w*|saving|class|label|rating|consumption)|\bA\+{1,3}|kwh|"
    r"low[- ]power|standby|less energy|energy use|power[- ]saving|eco[- ]mode|inverter|80 ?plus|EPEAT|TCO)",
    "water_efficiency": r"(water[- ]?(saving|efficient|efficiency|less|wise|sense)|waterless|less water|"
    r"litres? per|liters? per|gallons? per|gpm|low[- ]flow|water use|dope[- ]dyed|solution[- ]dyed)",
    "renewable_energy": r"\b(renewable|solar|wind[- ]?power\w*|green (electricity|energy|power)|hydro\w*|"
    r"clean energy)\b",
    "responsible_sourcing": r"\b(FSC|PEFC|responsibl\w* (sourced|harvested|made|grown)|RSPO|sustainably "
    r"(sourced|harvested|grown|forested|managed|farmed|caught)|rainforest alliance|ethically sourced|"
    r"conflict[- ]free|traceab\w*|RWS|RDS|MSC|ASC|better cotton|deforestation)\b",
    "fair_labor": r"\b(fair ?trade|fairtrade|fair wages?|living wages?|ethical\w* (made|produced|manufactured)|"
    r"fair labou?r|SA8000|fair wear|workers?|sweatshop|artisans? (are )?paid|child labou?r)\b",
    "non_toxic": r"(non[- ]?toxic|toxin[- ]?free|chemical[- ]?free|\b(BPA|PFAS|PFC|PVC|phthalates?|parabens?|"
    r"lead|formaldehyde|VOC|sulfates?|SLS|azo|cadmium|mercury|chlorine|fluorine)[- ]?free|oeko[- ]?tex|"
    r"harsh chemicals|nasties|toxic|free (of|from) (harmful|chemicals|toxins))",
    "durability_repair": r"\b(built to last|durab\w*|long[- ]?lasting|lifetime|last(s)? for years|repair\w*|"
    r"spare parts|replaceable|modular|upgrad\w*|heirloom|buy it for life|"
    # long or lifetime warranties only: a standard 1-3 year warranty is not a durability claim
    r"(lifetime|extended|([4-9]|\d{2}|five|ten|twenty|thirty)[- ]?(years?|yrs?))[- ]?(warrant\w*|guarantee\w*))\b",
    "reusable_refillable": r"\b(re-?usable|refill\w*|returnable|re-?use|washable|zero[- ]waste|single[- ]use|"
    r"deposit)\b",
    "secondhand_refurbished": r"\b(refurbished|pre[- ]?owned|pre[- ]?loved|second[- ]?hand|renewed|"
    r"vintage|resale|rental|rent|((gently|lightly|barely|hardly|previously|little|once|ex)[- ])used|"
    r"used (condition|item|copy|books?|clothing|goods))\b",
    "animal_welfare": r"\b(vegan|cruelty[- ]?free|leaping bunny|animal welfare|not tested on animals|"
    r"mulesing|animal[- ]free|plant[- ]based leather|peta)\b",
    "generic_environmental": r"(eco[- ]?friendly|eco[- ]conscious|\beco\b|environment\w*[- ]friendly|"
    r"\bgreen(er|est)?\b|sustainab\w*|planet[- ]?(friendly|positive)|earth[- ]?(friendly|kind)|"
    r"\bconscious\b|good for the (planet|earth|environment)|kind to the (planet|earth)|ecological\w*|"
    r"nature[- ]friendly|climate[- ]friendly|\bresponsibl[ey]\b|eco ?label|nordic swan|blue angel|"
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
    "legal": r"(\bCFC|HCFC|ozone|\bRoHS\b|\bREACH\b|lead[- ]?free|phosphate[- ]?free|CE[- ]marked|asbestos|"
    r"microbead|BPA[- ]?free|mercury[- ]?free|free (\d+|two|2)[- ]year (guarantee|warranty)|"
    r"compliant|complies|in line with (eu|the law)|required by law|meets? (eu|legal))",
    "vague_free": r"(non[- ]?toxic|chemical[- ]?free|toxin[- ]?free|nasties|harsh chemicals|free (of|from) "
    r"(harmful|chemicals|toxins|nasty)|no chemicals|clean formula|all[- ]natural|100% natural)",
    "durability_words": r"(built to last|durab\w*|long[- ]?lasting|lasts? (a )?lifetime|heirloom|buy it for "
    r"life|last for years|indestructible|forever|repairable|made to last)",
    "durability_terms": r"(\d+[- ]?(years?|yrs?|cycles|hours|washes)|spare parts|warranty|guarantee|"
    r"ifixit|repair (manual|guide|service)|replaceable)",
    "colour": r"\b(colou?r|colou?rs|shade|hue|in green|green(ish)? (colou?r|tone|finish)|olive|sage|forest green|"
    r"emerald|mint|lime)\b",
    "other_sense": r"(carbon (fib(er|re)|steel|filter|brush)|organic (shape|form|curve|line|look)|recycle bin|"
    r"energy (drink|bar|boost|level)|natural (light|look|finish|wood grain)|fair isle|green tea|green screen|"
    r"greenhouse (kit|shelf)|eco ?mode|sustainable pace|renewable subscription|bamboo (pattern|print)|"
    r"green ?light|evergreen|green room|compost bin|solar system|water[- ]?(proof|resistant))",
    "negation": r"\b(not|no|never|without|isn'?t|aren'?t|doesn'?t|don'?t)\b",
    "specified_here": r"(:|—|–|\bmade (of|from|with)\b|\bthanks to\b|\bbecause\b|\bcontains?\b|\bcertified\b)",
    "superlative": r"\b(most|best|greenest|cleanest|zero impact|no impact|harmless|100% eco|"
    r"completely (green|sustainable|eco))\b",
    "irrelevant": r"(\bCFC[- ]?free|dolphin[- ]safe|gluten[- ]free|paperless|digital receipt|no (animal )?"
    r"testing on (water|paper)|made with love)",
}

SIGNALS: tuple[str, ...] = tuple(SIGNAL_PATTERNS)


@lru_cache(maxsize=1)
def _compiled() -> tuple[list[re.Pattern[str]], list[re.Pattern[str]]]:
    attrs = [re.compile(ATTRIBUTE_PATTERNS[a], _I) for a in ATTRIBUTES]
    sigs = [re.compile(SIGNAL_PATTERNS[s], _I) for s in SIGNALS]
    return attrs, sigs


def attribute_hits(text: str) -> list[str]:
    """Attributes whose keyword pattern matches (the keyword baseline)."""
    attrs, _ = _compiled()
    return [a for a, p in zip(ATTRIBUTES, attrs, strict=True) if p.search(text)]


def first_match(text: str, attribute: str) -> tuple[int, int] | None:
    """Span of the first keyword of ``attribute`` in ``text``, if any."""
    attrs, _ = _compiled()
    m = attrs[ATTRIBUTES.index(attribute)].search(text)
    return (m.start(), m.end()) if m else None


def signal_match(text: str, signal: str) -> tuple[int, int] | None:
    _, sigs = _compiled()
    m = sigs[SIGNALS.index(signal)].search(text)
    return (m.start(), m.end()) if m else None


N_FEATURES = len(ATTRIBUTES) + len(SIGNALS)


def features(text: str) -> np.ndarray:
    """Binary rule features for one segment: attribute keywords, then signals."""
    attrs, sigs = _compiled()
    vec = np.zeros(N_FEATURES, dtype=np.float32)
    for i, p in enumerate(attrs):
        if p.search(text):
            vec[i] = 1.0
    off = len(attrs)
    for j, p in enumerate(sigs):
        if p.search(text):
            vec[off + j] = 1.0
    return vec
