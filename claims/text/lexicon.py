"""Rule signals: keyword patterns for attributes and for the finding codes.

Two uses: (1) as features next to the encoder's embedding, so the trained heads can combine
"the text says 'carbon'" with "the sentence is about bike frames"; (2) as the keyword-lexicon
baseline of ``claims eval``. The patterns deliberately over-match; deciding what a hit means in
context is the models' job.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

import numpy as np

from claims.taxonomy import ATTRIBUTES

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
    "carbon_climate": r"\b(carbon|co2|co₂|co2e|climate|net[- ]?zero|greenhouse|emissions?|footprint|offset\w*|"
    r"compensated|low[- ]carbon|ghg)\b",
    "energy_efficiency": r"(energy[- ]?(star|efficien\w*|saving|class|label|rating|consumption)|"
    r"\bA\+{1,3}(?! ?grade)|kwh|"
    r"\bBEE\b|\d[- ]?star (energy|BEE|rat(ed|ing))|"
    r"low[- ]power|standby|less energy|energy use|power[- ]saving|eco[- ]mode|inverter|80 ?plus|EPEAT|TCO)",
    "water_efficiency": r"(water[- ]?(saving|efficient|efficiency|less|wise|sense)|waterless|less water|"
    r"\b(litres?|liters?|gallons?|l) per (flush|minute|min|wash|cycle|load|use|day)\b|\bgpm\b|\blow[- ]flow|water use|"
    r"water recovery|recovery (ratio|rate)|"
    r"dope[- ]dyed|solution[- ]dyed)",
    "renewable_energy": r"\b(renewable|solar|wind[- ]?power\w*|green (electricity|energy|power(?![- ]sav))|"
    r"hydro[- ]?(power|electric\w*)|"
    r"clean energy)\b",
    "responsible_sourcing": r"\b(FSC|PEFC|responsibl\w* (sourced|harvested|made|grown)|RSPO|sustainably "
    r"(sourced|harvested|grown|forested|managed|farmed|caught)|rainforest alliance|ethically sourced|"
    r"sustainable (plantation|wood|timber|rubberwood|forests?|forestry)|"
    r"conflict[- ]free|traceab\w*|RWS|RDS|MSC|ASC|better cotton|deforestation)\b",
    "fair_labor": r"\b(fair ?trade|fairtrade|fair wages?|living wages?|ethical\w* (made|produced|manufactured)|"
    r"fair labou?r|SA8000|fair wear|workers?|sweatshop|artisans? (are )?paid|child labou?r)\b",
    "non_toxic": r"(non[- ]?toxic|toxin[- ]?free|chemical[- ]?free|\b(BPA|PFAS|PFC|PVC|phthalates?|parabens?|"
    r"lead|formaldehyde|VOC|sulfates?|SLS|azo|cadmium|mercury|chlorine|fluorine|PFOA|PFOS|PTFE)[- ]?free|oeko[- ]?tex|"
    r"harsh chemicals|harmful chemicals|nasties|toxic|free (of|from) (harmful|chemicals|toxins)|"
    # free of, said with a negator ("No BPA, PVC or phthalates", "no harmful chemicals", "don't contain any
    # heavy metals"): the mention starts at the negator, so it is a claim, not a negated one
    r"\b(no|zero|without( any)?) (added |harmful |harsh |toxic )?(BPA|PVC|phthalates?|parabens?|sulfates?|SLS|"
    r"formaldehyde|chemicals|toxins|heavy metals)\b|\b(does|do|did)( not|n'?t) (contain|use|have) (any )?"
    r"(BPA|PVC|phthalates?|parabens?|lead|heavy metals|harmful chemicals|toxic\w*)|\blow[- ]VOCs?\b)",
    # plain build adjectives ("durable", "sturdy") are not durability claims (labels.md section 4); a life
    # span, a test count or repair and spare parts are
    "durability_repair": r"\b(built to last|made to last|long[- ]?lasting|life ?span|longevity|long(er)?[- ]life|"
    r"last(s|ing)? (for )?(a )?(very )?long(er)?( time)?|long[- ]term (use|usage|durability)|"
    r"outlasts?|lifetime|last(s)? for years|last(s|ing)? (for )?generations|last and last|"
    r"(enjoyed|treasured|loved|used|played with|cherished) for (many )?years( to come)?|repair\w*|"
    r"\d[\d,.]*\+? ?(k )?(bends?|bending|clicks|keystrokes|"
    r"insertions|plug(ging)? cycles|cycles)|"
    r"spare parts|replaceable|modular|upgrad\w*|heirloom|buy it for life|"
    # long or lifetime warranties only: a standard 1-3 year warranty is not a durability claim
    r"(lifetime|extended|([4-9]|\d{2}|five|ten|twenty|thirty)[- ]?(years?|yrs?))[- ]?(warrant\w*|guarantee\w*))\b",
    "reusable_refillable": r"\b(re-?usable|refill\w*|returnable|re-?use|washable|zero[- ]waste|single[- ]use|"
    r"deposit)\b",
    "secondhand_refurbished": r"\b(refurbished|re-?manufactured|pre[- ]?owned|pre[- ]?loved|second[- ]?hand|renewed|"
    r"vintage|resale|rental|rent|((gently|lightly|barely|hardly|previously|little|ex)[- ])used|"
    r"used (condition|item|copy|books?|clothing|goods))\b",
    "animal_welfare": r"\b(vegan|cruelty[- ]?free|leaping bunny|animal welfare|not tested on animals|"
    r"mulesing|animal[- ]free|plant[- ]based leather|peta)\b",
    "generic_environmental": r"(eco[- ]?(friendly|freindly|frendly|frienly)|eco[- ]conscious|\beco\b|"
    r"envi?ron?ment\w*[- ]friendly|safe for (the )?(environment|planet|nature|earth)|"
    r"\b(save|protect|heal) (the |our )?(earth|planet|environment)\b|"
    r"\bgreen(er|est)?\b|sustainab\w*|planet[- ]?(friendly|positive)|earth[- ]?(friendly|kind)|"
    r"\bconscious\b|good for the (planet|earth|environment)|kind to the (planet|earth)|ecological\w*|"
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
    r"last(s|ing)? (for )?(a )?(very )?long(er)?( time)?|long[- ]term (use|usage|durability)|lasts? (a )?"
    r"lifetime|heirloom|buy it for life|last for years|indestructible|forever|repairable|made to last|"
    r"last(s|ing)? (for )?generations|last and last|(enjoyed|treasured|loved|used|played with|cherished) for "
    r"(many )?years( to come)?)",
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


TEXT_CACHE_SIZE = 32_768  # per-text memo of the pure text functions below (bounded: a few MB)
# The rule predicates below are pure functions of their text (and return immutable values): a segment
# is asked about by the encoder gate, the segment rules and the findings, and the service re-scores
# the same listings, so each keeps its last answers.
_memo = lru_cache(maxsize=8_192)


def _spans(text: str, *patterns: re.Pattern[str]) -> list[tuple[int, int]]:
    """Where ``patterns`` match in ``text`` (other senses, feature names)."""
    return [(m.start(), m.end()) for p in patterns for m in p.finditer(text)]


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def _has(pattern: re.Pattern[str]) -> Callable[[str], bool]:
    """A memoised predicate: whether ``pattern`` occurs in the text."""
    @_memo
    def has(text: str) -> bool:
        return pattern.search(text) is not None
    return has


@lru_cache(maxsize=1)
def _compiled() -> tuple[list[re.Pattern[str]], list[re.Pattern[str]]]:
    attrs = [re.compile(ATTRIBUTE_PATTERNS[a], _I) for a in ATTRIBUTES]
    sigs = [re.compile(SIGNAL_PATTERNS[s], _I) for s in SIGNALS]
    return attrs, sigs


def attribute_hits(text: str) -> list[str]:
    """Attributes whose keyword pattern matches (the keyword baseline)."""
    return [a for a, v in zip(ATTRIBUTES, features(text), strict=False) if v]


@_memo
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




@lru_cache(maxsize=TEXT_CACHE_SIZE)
def features(text: str) -> np.ndarray:
    """Binary rule features for one segment: attribute keywords, then signals. Memoised per text
    (a segment is read again as a claim and as evidence), so the array is read-only: copy it
    before changing it."""
    attrs, sigs = _compiled()
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


# Negated or disclaimed wording is not a claim (labels.md section 4): "not biodegradable", "no offsets
# are used", "we don't claim it is eco-friendly", "is not recyclable in most areas". A keyword is
# negated when a negator stands in the few words before it, in the same clause. Keywords that carry
# the absence themselves ("plastic-free", "no plastic", "non-toxic", "BPA-free") are claims, not
# negations: their match starts at the absence word, so nothing negates them.
_NEGATOR = re.compile(
    r"\b(not|no|never|nor|without|isn'?t|aren'?t|wasn'?t|weren'?t|doesn'?t|don'?t|didn'?t|cannot|can'?t|"
    r"won'?t|neither|nothing)\b(?:\s+(?:be|been|being|is|are|a|an|the|it|this|they|we|claim\w*|say\w*|"
    r"call\w*|label\w*|sold|marketed|made|from|of|as|considered|certified|truly|fully|currently|yet|"
    r"any|officially|really|use[ds]?|suitable|for|home|industrially|widely|100%|buy|bought|purchase[ds]?|"
    r"rely|relies|on|involve[ds]?|include[ds]?|have|has|had|yet|run|runs|powered|operate[ds]?|longer|"
    r"contain(s|ed|ing)?|come[s]?|with|using|in|intended|designed|meant|to)){0,4}"
    # a coordinated list stays negated: "not biodegradable or recyclable", "neither organic nor vegan"
    r"(?:\s+[\w-]+,?(?:\s+[\w-]+,?)?\s+(?:or|nor))?\s*$",
    re.IGNORECASE)
_CLAUSE_START = re.compile(r"[.;:!?\n]|\b(but|however|although|though|while|whereas)\b|,\s", re.IGNORECASE)


# A disclaimer negates the rest of its clause: "we don't claim this case is eco-friendly", "we cannot
# say this paint is non-toxic", "we make no such claim"
_DISCLAIMER = re.compile(
    r"\b((do|does|did|can|could|will|would)(n'?t| not)|cannot|never|make no|makes no|not)\s+(\w+\s+)?"
    r"(claim|say|said|state|call|guarantee|promise|market|advertise|label|describe|consider|certify|confirm)\w*\b",
    re.IGNORECASE)
_DISCLAIMER_STOP = re.compile(r"[.;:!?\n|]|\b(but|however|although|though|while|whereas)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?\n|]")


def _in_question(text: str, start: int) -> bool:
    """Whether the position is inside a question ("Is this bag biodegradable? We have not tested it.")."""
    m = _SENTENCE_END.search(text, start)
    return m is not None and m.group(0) == "?"


# The negation can also follow the keyword: a prefix "non-" on it ("NON-REFILLABLE", "non-organic";
# "non-toxic" is matched from "non", so nothing stands before it), a trailing disclaimer ("free from PFAS
# is not claimed") or a spec table's answer ("Eco Friendly: No")
_NON_PREFIX = re.compile(r"\bnon[- ]?$", re.IGNORECASE)
_POST_DISCLAIMER = re.compile(r"[^.;:!?|\n]{0,60}?\b(is|are)\s+(not|never)\s+(claimed|guaranteed|promised|stated|"
                              r"implied|advertised)\b", re.IGNORECASE)
_SPEC_NO = re.compile(r"[\w&/ -]{0,30}?\s*[:=]\s*(no|not( certified| rated| applicable| available| claimed)?|none|nil|"
                      r"false|n/?a|0(\.0)?\s?%)\s*([.;,|)]|$)", re.IGNORECASE)
# Hinglish: "organic nahi hai" (is not organic)
_POST_NAHI = re.compile(r"[\w -]{0,20}?\s+(nahi|nahin|nai)\b", re.IGNORECASE)


_ABBREV_DOT = re.compile(r"\b(e\.g|i\.e|etc|approx|incl|viz|vs|no|nr)\.", re.IGNORECASE)


def _negated(text: str, start: int) -> bool:
    """Whether the keyword that starts at ``start`` is negated by the words just before it, disclaimed
    earlier in its clause (or after it), answered "No" in a spec table, or asked about."""
    # "we do not claim, e.g. on the box, that ...": an abbreviation's dot ends no sentence
    window = _ABBREV_DOT.sub(lambda m: m.group(0).replace(".", " "), text[max(0, start - 80): start])
    clause = _after_last(_CLAUSE_START, window)
    # a disclaimer covers a list ("we don't call them natural, clean or eco"), up to a sentence break
    scope = _after_last(_DISCLAIMER_STOP, window)
    return bool(_NEGATOR.search(clause[-60:]) or _DISCLAIMER.search(scope) or _NON_PREFIX.search(window)
                or _POST_DISCLAIMER.match(text, start) or _SPEC_NO.match(text, start)
                or _POST_NAHI.match(text, start)) or _in_question(text, start)


def _after_last(pattern: re.Pattern[str], text: str) -> str:
    """``text`` after the last match of ``pattern`` (all of it when there is none)."""
    end = 0
    for m in pattern.finditer(text):
        end = m.end()
    return text[end:]


def _first_unnegated(pattern: re.Pattern[str], text: str) -> tuple[int, int] | None:
    """The span of ``pattern``'s first match in ``text`` that is not negated, disclaimed or asked about."""
    for m in pattern.finditer(text):
        if not _negated(text, m.start()):
            return m.start(), m.end()
    return None


# a whole statement disclaimed after the fact: "Free from PFAS is not claimed for this coating."
_DISCLAIMED_STATEMENT = re.compile(r"[^.;:!?|\n]{1,80}?\b(is|are)\s+(not|never)\s+(claimed|guaranteed|promised|"
                                   r"stated|implied|advertised)\b[^.;:!?|\n]*[.!]?\s*", re.IGNORECASE)


# a short header before a colon ("About emissions: we do not buy offsets ..."): its keyword names the
# topic; the statement after the colon says what is claimed of it
_HEADER = re.compile(r"\s*[^:|\n\d]{1,40}:(?!\s*$)")


def _statement_mentions(text: str, starts: list[int]) -> list[int]:
    """``starts`` less those in a leading header, when the statement after it names the attribute too."""
    header = _HEADER.match(text)
    if header is None:
        return starts
    body = [s for s in starts if s >= header.end()]
    return body or starts


@_memo
def negated_only(text: str) -> bool:
    """True when ``text`` names eco attributes but every mention is negated or disclaimed
    ("Not biodegradable - do not flush."), the text is a question ("Is it recyclable?") or a statement
    disclaimed as a whole ("Free from PFAS is not claimed"). A header's mention ("About emissions: we do not
    call it carbon neutral") follows the statement after it."""
    if text.rstrip().endswith("?") or _DISCLAIMED_STATEMENT.fullmatch(text.strip()):
        return True
    attrs, _ = _compiled()
    mentions = _statement_mentions(text, [m.start() for p in attrs for m in p.finditer(text)])
    return bool(mentions) and all(_negated(text, m) for m in mentions)


@_memo
def negated_attributes(text: str) -> frozenset[str]:
    """The attributes named in ``text`` whose every mention is negated ("Dust bag is disposable, not
    biodegradable; use the cloth filter for reuse": biodegradable_compostable); a header's mention follows
    the statement after it."""
    out = set()
    for name, pattern in zip(ATTRIBUTES, _compiled()[0], strict=True):
        found = _statement_mentions(text, [m.start() for m in pattern.finditer(text)])
        if found and all(_negated(text, m) for m in found):
            out.add(name)
    return frozenset(out)


# Offsetting said in so many words (a "net zero" pledge with a date is a future claim, not an offset one)
_EXPLICIT_OFFSET = re.compile(r"offset\w*|compensat\w*|\bcredits?\b|tree[- ]planting|\bplant(s|ed|ing)? (a |\d+ )?"
                              r"trees?\b", re.IGNORECASE)
explicit_offset = _has(_EXPLICIT_OFFSET)


@_memo
def signal_negated(text: str, signal: str) -> bool:
    """True when ``signal`` matches in ``text`` and every match is negated ("no offsets are used")."""
    _, sigs = _compiled()
    found = list(sigs[SIGNALS.index(signal)].finditer(text))
    return bool(found) and all(_negated(text, m.start()) for m in found)


# A durability figure: a tested life, a life span with a number, spare parts. One anywhere in the
# listing substantiates its durability wording ("Longer lifespan" in the title, "10000+ bends
# lifespan" in the bullets), as a licence number anywhere verifies a certification.
_DURABILITY_FIGURE = re.compile(
    r"\d[\d,.]*\s?(\+|k\+?|lakhs?|million)?\s?(times? )?(bends?|bending|clicks?|keystrokes|key ?strokes|"
    r"insertions|plug(ging)?( and unplugging)?|cycles|washes|hours? (of )?(life|lifespan)|(hrs|hours) lifespan)|"
    r"spare parts\b[^.;|\n]{0,30}?\bfor (at least |a minimum of )?\d+ (years?|yrs)|"
    r"life ?span\s*(of|:-?)?\s*(up ?to |over |more than )?\d|(life|lifespan|rated)\s*(of|:-?)?\s*(up ?to |over )?"
    r"\d[\d,.]*\s?(\+|k)?\s?(hours?|hrs|years?|cycles|times|clicks?|bends)|spare parts (available )?(for )?\d+|"
    r"\d+[- ]?years? (of )?spare parts|\blast(s|ing)? (up to |for |over )?\d+ ?(years?|yrs)|"
    r"\d[\d,.]*\s?(\+|k)?\s?(hours?|hrs|h)\s+(rated |average |expected |service |working |operating )?"
    r"(life|lifespan|life ?time)\b",
    re.IGNORECASE)


# a bend, plug or keypress test figure: a cable's or a keyboard's tested durability, whatever else the
# line says ("Fast charging cable, tested durability with 8000+ bends"; "tested to bend 95 degrees
# 5,000 times"; "switches rated for 50 million keypresses")
_MECHANICAL_FIGURE = re.compile(
    r"\d[\d,.]*\s?(\+|plus|k\+?|lakhs?|million)?\s?(times? )?(bends?|bending|flex(es|ing)?|clicks?|key ?strokes|"
    r"key ?presses|presses|insertions|plug(s|ging)?( and unplugging)?|mating cycles|usb inserts?)\b|"
    r"\b(bend|flex|plug|insert)\w*[^.;|\n]{0,30}?\d[\d,.]*\s?(\+|plus|k)?\s?times\b|"
    r"\btested (for|to) (at least |over |up ?to )?\d[\d,.]*\s?(\+ )?(million |lakh |thousand )?(\w+ )?"
    r"(?!(hours|minutes|mins|seconds|days|weeks|months|years)\b)[a-z]+(s|ings)\b",
    re.IGNORECASE)

# warranty terms back durability wording ("10-year warranty on the motor: built to last"), but a
# warranty alone is no durability claim (labels.md section 4)
_WARRANTY_YEARS = re.compile(r"\b\d+[- ]?(years?|yrs?)[- ](of |manufacturer'?s? |limited |brand )?(warranty|guarantee)",
                             re.IGNORECASE)


@_memo
def durability_figure(text: str, warranty: bool = False) -> bool:
    """A figure that substantiates durability wording; with ``warranty``, warranty years count too
    (used within one segment only: nearly every real listing states a 1-year warranty somewhere)."""
    return bool(_DURABILITY_FIGURE.search(text) or _MECHANICAL_FIGURE.search(text) or _REPAIR_TERMS.search(text) or
                (warranty and _WARRANTY_YEARS.search(text)))


# the terms of a repair offer: how long parts are sold, a battery the user changes; a measured comparison
# with its baseline ("3x longer than our uncoated set")
_REPAIR_TERMS = re.compile(r"\buser[- ]replaceable\b|\bavailable (for|up to|until) \d+ years\b|"
                           r"\b\d+(\.\d+)?\s?(x|times|%) longer than (our|the|a|an|standard|regular|ordinary|"
                           r"conventional|uncoated|previous)\b", re.IGNORECASE)


def shares_attribute(claim: str, other: str) -> bool:
    """Whether ``other`` (another segment of the listing) speaks of an attribute the claim names: a
    listing's own facts can contradict a claim only about the same thing (real copy holds dozens of
    unrelated spec bullets)."""
    return bool(set(attribute_hits(claim)) & set(attribute_hits(other)))


# "will" is everywhere in real copy ("will be charged extra at installation", "we will replace
# it"); a future environmental claim names a date, a target or a pledge (labels.md: "net zero by 2030")
_FUTURE_PLEDGE = re.compile(
    r"\b(by|before|until|from) 20\d\d\b|\b20[3-5]\d\b|\bpromise\b|\bpledg\w*|\bcommit\w*|"
    r"\baim(s|ing)? (to|for)\b|\bgoals?\b|"
    r"\btargets?\b|\broad ?map\b|\bplan(s|ned)? to\b|on (track|the way|our way) to|\bjourney to\b|"
    r"net[- ]?zero|\bwill (run on|use|be powered by|be made (from|with|of)) ([\w%]+ ){0,2}(renewable|recycled|solar|"
    r"green|clean)|\bwill (be(come)?|go|turn|switch|move to) (fully |100% |completely )?(carbon|climate|plastic|"
    r"net|recyclable|compostable|renewable|sustainable|zero|deforestation|fossil)", re.IGNORECASE)


@_memo
def future_pledge(text: str) -> bool:
    return bool(_FUTURE_PLEDGE.search(text))


# a dated promise ("all our TVs will ship in plastic-free packaging from 2027"): FUTURE_PERFORMANCE
_DATED_PLEDGE = re.compile(r"\bwill\b[^.|;\n]{0,80}\b(from|by|before|starting|in) 20\d\d\b|"
                           r"\b(from|by|before|starting) 20\d\d\b[^.|;\n]{0,80}\bwill\b", re.IGNORECASE)
dated_pledge = _has(_DATED_PLEDGE)

# the whole range or brand said to have what one product has ("EVERY HEATWISE PRODUCT IS ENERGY SAVING as it
# is BEE 5 Star rated"): WHOLE_PRODUCT_OVERREACH
_RANGE_WIDE = re.compile(r"\b(every|all( of)?( our)?|each)\s+([\w-]+\s+){0,2}?(products?|models?|items?)\s+(is|are)\b",
                         re.IGNORECASE)
range_wide = _has(_RANGE_WIDE)


# "green" as a colour or part of a name, not a claim: "Sea Green/White", "(Green)", "Green True HEPA"
_GREEN_NAME = re.compile(
    r"\b(sea|forest|army|olive|mint|lime|dark|light|bottle|neon|pastel|emerald|sage|teal|jade|hunter|kelly|"
    r"apple|moss|pine|aqua|metallic|matte)[- ]green\b|\bgreen ?[/|)]|[(/] ?green\b|\bgreen (colou?r|"
    r"shade|tone|finish|body|led|light|indicator|true hepa|hepa|tea|chilli|chili|peas?|beans?|apple|card)\b|"
    r"\bcolou?rs?\s*[:=-]?\s*(\w+ )?green\b|\bbrand\s*[:=-]\s*([\w&.'-]+ )*green|"
    # colour lists and a colour at the end of a title ("Kettle 1.5L, Green", "Green and Blue", "Mouse Pad Green")
    r"[,\u2013-]\s*green\s*($|[,|)(])|\bgreen\s*(and|&|or|\+)\s*(blue|black|white|red|yellow|grey|gray|pink|orange|"
    r"purple|brown|silver|gold|beige)\b|\b(blue|black|white|red|yellow|grey|gray|pink|orange|purple|brown|silver|"
    r"gold|beige)\s*(and|&|\+)\s*green\b|(?<!\bgo )(?<!\bgoing )\bgreen\s*$|\bgreen (cover|case|strap|handle|lid|cap|"
    r"frame|shade|machine washable|pcb|heat ?sinks?|board|cables?|wires?|buttons?|screens?|backdrops?|backgrounds?)\b|"
    r"\bgreen (neon |power |status )?(lights?|lamps?|indicators?|glows?)\b|"
    r"\bgreen (bottles?|sippers?|prints?|patterns?|designs?|jars?|tiffins?|lunch ?box(es)?)\b|"
    r"\bracing[- ]green\b|\bgreen (gloss|glossy|matte?|metallic|pearl)\b|"
    r"\bgreen (edition|series|variant|version|gaskets?|rings?|seals?|dials?|cords?|stripes?|bins?|leaf|leaves|foliage|"
    r"jungle|floral|camo(uflage)?)\b|"

    r"\bchroma[- ]?key( green)?\b|"
    r"\bin (\w+ )?green\b(?! (energy|power|electricity|technology|way))|^\W*green\s*[,:]", re.IGNORECASE)
_GENERIC_WORD = re.compile(ATTRIBUTE_PATTERNS["generic_environmental"], re.IGNORECASE)


@_memo
def green_only_as_name(text: str) -> bool:
    """True when the segment's only generic eco word is "green" used as a colour or a name."""
    words = [m.group(0).lower() for m in _GENERIC_WORD.finditer(text)]
    return bool(words) and all(w.startswith("green") for w in words) and bool(_GREEN_NAME.search(text))


# Brand and product names with eco words ("Green Tales", "Green Toys"): labels.md section 4 says they
# are not claims. A name counts when the listing says so ("Brand: Green Tales", or the listing's
# ``brand`` field), or when a capitalised name with an eco word in the title comes back, capitalised
# the same way, in the description ("Green Toys Stacker ... the Green Toys Stacker is safe").
_BRAND_LINE = re.compile(r"\bbrand(?: name)?\s*[:=\u2013-]\s*([A-Za-z][\w&'. -]{1,40}?)\s*(?=[|\n;,(]|$)",
                         re.IGNORECASE)
# "Green Soul brand", "the Green Tales® brand": a capitalised name of two words or more the listing calls a brand
_NAME_THEN_BRAND = re.compile(r"\b((?:[A-Z][\w&'-]*\s+){1,2}[A-Z][\w&'-]*)(?:\s*[\u00ae\u2122])?\s+"
                              r"(?:[Bb]rand|BRAND)\b")
_ECO_NAME = re.compile(r"\b(?:[A-Z][\w&'-]*\s+)?(?:Green|Eco|Earth|Nature|Planet)[\w&'-]*(?:\s+[A-Z][\w&'-]*)?")


def brand_names(title: str, description: str, brand: str | None = None) -> tuple[str, ...]:
    """Names with an eco word that the listing uses as a brand or product name (see above)."""
    names = [brand.strip()] if isinstance(brand, str) and brand.strip() else []
    names += [m.group(1).strip() for m in _BRAND_LINE.finditer(f"{description}\n{title}")]
    names += [m.group(1) for m in _NAME_THEN_BRAND.finditer(f"{description}\n{title}")
              if strong_generic(m.group(1)) is None and not _CERT_WORD.search(m.group(1))]
    for m in _ECO_NAME.finditer(title):
        name = m.group(0).strip()
        if len(name.split()) >= 2 and strong_generic(name) is None and not _CERT_WORD.search(name) and \
                name in description:
            names.append(name)
    return tuple(dict.fromkeys(n for n in names if _GENERIC_WORD.search(n)))


@_memo
def without_other_senses(text: str) -> str:
    """``text`` with feature names, other senses and colour names blanked (same length): "Eco Vision
    Picture Mode" names no generic attribute."""
    for pattern in (_OTHER_SENSE, _MORE_OTHER_SENSES, _GREEN_NAME, _MODEL_ECO):
        text = pattern.sub(lambda m: " " * len(m.group(0)), text)
    return text


def without_names(text: str, names: tuple[str, ...]) -> str:
    """``text`` with every occurrence of ``names`` blanked (same length)."""
    for name in names:
        text = re.sub(re.escape(name), lambda m: " " * len(m.group(0)), text, flags=re.IGNORECASE)
    return text


# Rules that hold whatever the heads say (labels.md sections 3 and 4). Each returns the span of its
# trigger inside ``text`` (or None); negated or asked-about triggers do not count.

# Unmistakable generic environmental wording ("green" and "sustainable" have too many other senses)
_STRONG_GENERIC = re.compile(
    r"\beco[- ]?(friendly|freindly|frendly|frienly)|\beco[- ]?(conscious|safe)|"
    r"\benvi?ron?ment(al(ly)?)?[- ]?(friendly|conscious|safe)|\bsafe for (the )?(environment|planet|nature|earth)\b|"
    r"\b(save|protect|heal) (the |our )?(earth|planet|environment)\b|"
    r"\b(we )?(cares?|caring) for (the |our )?(planet|earth|environment|nature)\b|\b(a )?step (towards?|for) (a )?"
    r"(greener|cleaner|better) (planet|earth|future|tomorrow)\b|\bfor a (greener|cleaner) (planet|earth|future)\b|"
    r"\bnature[- ]?friendly|\bplanet[- ]?(friendly|positive)|\bearth[- ]?(friendly|kind)|\becological(ly)?\b|"
    r"\bclimate[- ]?friendly|\bgood for the (planet|earth|environment)|\bkind to the (planet|earth)|"
    r"\b100% eco\b|\bgreen (formula|formulation|choice|product|cleaning|living|alternative|option)\b|"
    r"\bchoice for (the )?(planet|earth|environment)\b|"
    # importers' translated copy: "Environmental Protection Material", "Green Environmental Protection"
    r"\benvironment(al)? protect(ion|ive)\b(?! (agency|act|department|rules|law))|\bgreen environmental\b|"
    # "sustainable" has other senses ("sustainable pace"), not in these phrases
    r"\bsustainabl[ey][- ](made|produced|manufactured|crafted|designed|built|choices?|options?|alternatives?|"
    r"products?|brands?|living|lifestyle|fashion|gifts?)\b|\b(100%|fully|truly|completely|totally) sustainable\b|"
    # a bare "eco" only before a noun ("Eco sneakers", "an eco home"), never in a list of modes
    r"\beco(?=\s+[a-z][a-z-]{2,})(?!\s+(mode|vision|system|tank|sport|blue|logic|plus|smart|series|wash|dry|fan|"
    r"cool|boost|drive|power|charge|sense|sensor|bubble|cycle|setting|program|function|button|label|cert|"
    r"friendly|standard|normal|turbo|max|speed|level|pack)\b)", re.IGNORECASE)
_MODE_NEARBY = re.compile(r"\bmodes?\b|\bsettings?\b|\bspeeds?\b", re.IGNORECASE)
_OTHER_SENSE = re.compile(SIGNAL_PATTERNS["other_sense"], re.IGNORECASE)


# "Eco" in a model name after a model code ("3CX Eco Backhoe Loader", "X200 Eco")
_MODEL_ECO = re.compile(r"\b[A-Z]*\d+[A-Z0-9]*\s+eco\b(?![- ]?(friendly|conscious|safe|smart))|"
                        r"\beco[- ]?([\w-]+ )?(series|range|line|edition|variant|version)\b", re.IGNORECASE)


@_memo
def strong_generic(text: str) -> tuple[int, int] | None:
    """A generic environmental term that is plainly a claim ("eco-friendly", "nature-friendly",
    "Eco sneakers"), not negated or asked about, not part of a feature name."""
    names = _spans(text, _OTHER_SENSE, _MODEL_ECO)
    for m in _STRONG_GENERIC.finditer(text):
        if _inside(m.start(), names) or _negated(text, m.start()):
            continue
        if m.group(0).lower() == "eco" and _MODE_NEARBY.search(text, max(0, m.start() - 40), m.end() + 40):
            continue
        return m.start(), m.end()
    return None


# the minor parts and the packaging only: a jacket's shell, a bike's frame or a shoe's sole is most of
# the product, and a claim for it is one for the product
_MINOR_PART_NAMES = (r"(caps?|lids?|laces?|box(es)?|packaging|package|cartons?|wrappers?|wrapping|labels?|tags?|"
                     r"hang ?tags?|zip(per)?s?( pulls?)?|pulls?|linings?|straps?|handles?|insoles?|buttons?|inserts?|"
                     r"(cushion |seat |pillow )?covers?|"
                     r"trims?|stitching|threads?|pumps?|nozzles?|mailers?|trays?|knobs?|keycaps?|cable ties?|"
                     r"manuals?|"
                     r"instruction (booklet|manual)|bottle cap|charging cable|dust bag|pouch|bristles?|glue|"
                     r"adhesives?)")


# One part or aspect stretched to the whole product (labels.md: WHOLE_PRODUCT_OVERREACH): "Eco
# sneakers – the laces are made from recycled PET", "Green phone: the box is plastic-free",
# "eco-friendly because it saves paper"
_PART = (r"(caps?|lids?|laces?|box(es)?|packaging|package|cartons?|wrappers?|wrapping|labels?|tags?|hang ?tags?|"
         r"zip(per)?s?( pulls?)?|pulls?|(cushion |seat )?covers?|linings?|straps?|handles?|soles?|insoles?|"
         r"glazes?|buttons?|inserts?|sleeves?|trims?|stitching|threads?|pumps?|nozzles?|mailers?|trays?|"
         r"fillings?|stuffing|shell|outer shell|frame|legs?|feet|knobs?|keycaps?|cable ties?|manuals?|"
         r"instruction (booklet|manual)|bottle cap|charging cable|dust bag|pouch|bristles?|refill|blades?)")
# (the words before the part may not join another noun to it: "pages and cover made of recycled paper" is
# the whole notebook; "the laces and tags are recycled" are two parts)
_PART_SCOPED = re.compile(
    r"(?P<head>(\s+[\w-]+){0,3}?)\s*(:|–|—|-|,)\s*(only |just |even )?(the |its |our |all )?((?!(and|&)\b)\w+ ){0,4}"
    r"(" + _PART + r" (and|&) )?" + _PART +
    r"\s+(is|are|made|use[sd]?|come|comes|contain|from|of|in|has|have)\b"
    r"|(\s+[\w-]+){0,3}?\s*(:|–|—|-|,)\s*(it|they)\s+(comes?|is|are|ships?)\s+(in|with)\s+(\w+ ){0,2}" + _PART +
    r"|(\s+[\w-]+){0,3}?\s+(because|as|since|thanks to)\s+(it|this|they)\s+(saves?|reduces?|replaces?|uses? less|"
    r"cuts?|avoids?)\b",
    re.IGNORECASE)


# "eco-friendly printer because auto duplex prints on both sides": a reason that is one feature at work,
# with no specific attribute or certification in it (those specify the term instead)
_BECAUSE_ASPECT = re.compile(
    r"(\s+[\w-]+){0,3}?\s*,?\s+(because|since|thanks to|as)\s+(?P<why>([\w-]+\s+){0,4}?(saves?|reduces?|replaces?|"
    r"cuts?|avoids?|prints?|switch(es)?|turns?|lets?|allows?|helps?|reuses?|erases?|needs?|runs?|works?|"
    r"shuts?|sleeps?|dims?)\b[^.;:|\n]{0,60})", re.IGNORECASE)
# "Eco-friendly kettle: auto shut-off means no wasted electricity"
_MEANS_ASPECT = re.compile(r"(\s+[\w-]+){0,3}?\s*[:\u2013\u2014-]\s*"
                           r"(?P<why>[^.;|\n]{0,50}?\b(means|so that)\b[^.;|\n]{0,60})", re.IGNORECASE)
# "Sustainable because the inner lining is made from recycled PET bottles"
_BECAUSE_PART = re.compile(r"(\s+[\w-]+){0,3}?\s*,?\s+(because|since|as|thanks to)\s+"
                           r"(?P<why>(the |its |our )?([\w-]+ )?" + _MINOR_PART_NAMES + r"\b[^.;|\n]{0,60})",
                           re.IGNORECASE)
_CERT_WORD = re.compile(r"certif\w*|eco ?label|nordic swan|blue angel|cradle to cradle", re.IGNORECASE)


@_memo
def part_scoped(text: str) -> tuple[int, int] | None:
    """A generic term whose only justification, right after it, is one part or one aspect."""
    g = strong_generic(text) or first_match(without_other_senses(text), "generic_environmental")
    if g is None:
        return None
    # the generic term and its head noun ("Eco sneakers", "Sustainable sofa"), then the part; a generic term
    # whose head noun is itself a part ("Eco-conscious packaging: gift box made of recycled board") is scoped
    m = _PART_SCOPED.match(text, g[1])
    if m and not _PART_WORD.search(m.group("head") or ""):
        return g
    m = _BECAUSE_ASPECT.match(text, g[1]) or _MEANS_ASPECT.match(text, g[1]) or _BECAUSE_PART.match(text, g[1])
    # the reason is one feature at work, or one minor part ("sustainable because the inner lining is recycled")
    if m and not _CERT_WORD.search(m.group("why")) and (
            _MINOR_PART_WORD.search(m.group("why")) or
            not [a for a in attribute_hits(m.group("why")) if a not in ("generic_environmental", "energy_efficiency")]):
        return g
    return None


# A material attribute in the title ("Recycled Running Shoes", "Compostable Phone Case") when the
# description gives it to one part only ("LACES: 100% recycled PET", "ships in a compostable mailer"):
# the claim is the whole product's, the substance one part's (labels.md: WHOLE_PRODUCT_OVERREACH)
_TITLE_PART_ATTRS = ("recycled_content", "organic", "biodegradable_compostable", "recyclable", "plastic_free",
                     "responsible_sourcing", "animal_welfare")
_MINOR_PART = _MINOR_PART_NAMES
_PART_WORD = re.compile(r"\b" + _PART + r"\b", re.IGNORECASE)
_MINOR_PART_WORD = re.compile(r"\b" + _MINOR_PART + r"\b", re.IGNORECASE)
_PART_LABEL = re.compile(r"\s*(?P<label>[^:|\n]{1,40}?)\s*:", re.IGNORECASE)
_PART_AFTER = re.compile(r"[\w-]*(\s+[\w-]+){0,2}?\s+" + _PART + r"\b", re.IGNORECASE)
_MINOR_PART_AFTER = re.compile(r"[\w-]*(\s+[\w-]+){0,2}?\s+" + _MINOR_PART + r"\b", re.IGNORECASE)
_MINOR_PART_BEFORE = re.compile(r"\b" + _MINOR_PART + r"\s+(is|are|made|use[sd]?|comes?|contains?)\b[^.;:|\n]{0,40}$",
                                re.IGNORECASE)
# "zero plastic in the packaging", "recycled content of the mailer"
_MINOR_PART_IN = re.compile(r"[\w-]+(\s+[\w-]+)?\s+(in|of|for|on) (the |its |our |this )?(\w+ )?" + _MINOR_PART + r"\b",
                            re.IGNORECASE)
_TITLE_SCOPE = re.compile(r"(\bwith|\bin|\band|\bincl\w*|,|[-\u2013\u2014(|+&])\s*$", re.IGNORECASE)
_TITLE_CHUNK = re.compile(r"[,|(/:\u2013\u2014]|\s-\s", re.IGNORECASE)


def _part_mention(text: str, start: int) -> bool:
    """Whether the attribute keyword at ``start`` is said of one part: under a part label ("Outer box:
    recyclable cardboard"), right before a part ("compostable paper mailer") or after one ("the laces
    are made from recycled PET")."""
    label = _PART_LABEL.match(text)
    if label and label.end() <= start and _MINOR_PART_WORD.search(label.group("label")):
        return True
    clause = _after_last(_CLAUSE_START, text[max(0, start - 80): start])
    return bool(_MINOR_PART_AFTER.match(text, start) or _MINOR_PART_BEFORE.search(clause) or
                _MINOR_PART_IN.match(text, start))


_BRAND_WIDE = re.compile(r"\b(brand|company|range|business)\b", re.IGNORECASE)


def parts_named(text: str) -> set[str]:
    """The part words a segment names ("box and lid are made from ..." -> {"box", "lid"})."""
    return {m.group(0).lower() for m in _PART_WORD.finditer(text)}


def parts_are_the_product(text: str, title: str) -> bool:
    """Every part the segment names is named in the title too ("box and lid" of a "Storage Box with Lid",
    "cover and all 200 pages" of a "Notebook, 200 Pages, Kraft Cover"): the parts make the product."""
    parts = parts_named(text)
    low = title.lower()
    if _BRAND_WIDE.search(text):  # "a sustainable brand: our gift boxes are recycled" claims the brand
        return False
    return bool(parts) and all(re.search(r"\b" + re.escape(p.rstrip("s")) + r"(e?s)?\b", low) for p in parts)


def names_no_part(text: str) -> bool:
    """No generic term and no part named: a claim about the product's whole material ("made from 100% recycled
    board"), which cannot stretch one part to the whole."""
    return first_match(text, "generic_environmental") is None and not _PART_WORD.search(text)


def names_its_part(text: str) -> bool:
    """Every (unnegated) attribute keyword in ``text`` is said of the part it names ("Cotton T-Shirt,
    Recycled Packaging", "Lid: recycled PP") and no generic term stretches it: a scoped claim."""
    if first_match(text, "generic_environmental") is not None:
        return False
    attrs, _ = _compiled()
    hits = [m.start() for p in attrs for m in p.finditer(text) if not _negated(text, m.start())]
    return bool(hits) and all(_part_mention(text, h) or _PART_AFTER.match(text, h) for h in hits)


def title_part_overreach(title: str, parts: list[str]) -> tuple[int, int, str] | None:
    """The span and attribute of a title keyword for the whole product that ``parts`` (the
    description's segments) give to one part only; None when a description mention is not about one
    part, when there is none, or when the title itself names the part ("Shoes with Recycled Laces")."""
    attrs, _ = _compiled()
    for name in _TITLE_PART_ATTRS:
        pattern = attrs[ATTRIBUTES.index(name)]
        hit = _first_unnegated(pattern, title)
        if hit is None:
            continue
        direct = re.match(r"[\s-]*" + _PART + r"\b", title[hit[1]:], re.IGNORECASE)
        before = _after_last(_TITLE_CHUNK, title[: hit[0]])  # "Sandals, Sole from Recycled Tyres"
        if direct or (_TITLE_SCOPE.search(title[: hit[0]]) and _PART_AFTER.match(title, hit[0])) or \
                _PART_WORD.search(" ".join(before.split()[-5:])):
            continue
        mentions = [(text, m.start()) for text in parts for m in pattern.finditer(text)
                    if not _negated(text, m.start())]
        if mentions and all(_part_mention(text, start) for text, start in mentions):
            return hit[0], hit[1], name
    return None


_GENERIC_NOT_GREEN = re.compile(r"(?!green)(" + ATTRIBUTE_PATTERNS["generic_environmental"] + r")", re.IGNORECASE)


def title_generic_overreach(title: str, parts: list[str]) -> tuple[int, int] | None:
    """The span of a generic term in the title ("Sustainable Car Body Cover") when every specific attribute
    the description names is said of one minor part ("Storage pouch made from 100% recycled PET")."""
    # a plain generic word counts too ("Sustainable Car Cover"), but not "green", so often a colour
    g = strong_generic(title) or _first_unnegated(_GENERIC_NOT_GREEN, without_other_senses(title))
    if g is None or green_only_as_name(title):
        return None
    attrs, _ = _compiled()
    generic = ATTRIBUTES.index("generic_environmental")
    mentions = [(text, m.start()) for text in parts for k, p in enumerate(attrs) if k != generic
                for m in p.finditer(text) if not _negated(text, m.start())]
    if mentions and all(_part_mention(text, start) for text, start in mentions):
        return g
    return None


# Conformity marks the law requires for the whole category, presented as a feature (labels.md
# section 4): RoHS, REACH, CFC-free. CE alone says nothing environmental; BIS, FCC and UL are safety marks.
_LEGAL_MARK = re.compile(r"\bRoHS\b|\b(?-i:REACH)\b(?= ?(compliant|certified|approved|registered|conform))|"
                         r"\b(H?CFCs?)[- ]?free\b", re.IGNORECASE)


# BPA in baby feeding bottles is banned (EU since 2011, India since 2015): "BPA free" on one is a legal
# requirement presented as a feature (corpora/GUIDE.md, hard case 6)
_BABY_FEEDING = re.compile(r"\b(baby|infant|feeding|milk) bottles?\b|\bfeeding\b|\bfeeders?\b|\bsippy\b|"
                           r"\bteethers?\b|\bnipples?\b|\bpacifiers?\b|\bsoothers?\b", re.IGNORECASE)
_BPA_FREE = re.compile(r"\bBPA[- ]?free\b|\b(no|zero|without( any)?) BPA\b|\bfree (of|from) BPA\b", re.IGNORECASE)


def baby_feeding(title: str) -> bool:
    """A baby feeding product, by its title ("Baby Feeding Bottle 250ml", "Sippy Cup for Toddlers")."""
    return bool(_BABY_FEEDING.search(title))


@_memo
def bpa_free(text: str) -> tuple[int, int] | None:
    return _first_unnegated(_BPA_FREE, text)


# Substances the law already restricts in every toy (EU Toy Safety Directive, EN 71-3; India's toy
# standard IS 9873): "lead-free paint", "phthalate free", "no heavy metals" on a toy are legal requirements
# presented as a feature (corpora/real/README.md, conventions for toy copy). BPA is not among them.
_TOY = re.compile(r"\btoys?\b|\bplay ?sets?\b|\bjigsaws?\b|\bpuzzles?\b|\bdolls?\b|\bteddy\b|\bbuilding blocks\b|"
                  r"\brattles?\b|\bplay ?(mat|house|kitchen|tent)s?\b", re.IGNORECASE)
_TOY_RESTRICTED = r"(lead|phthalates?|heavy[- ]metals?|cadmium)"
_TOY_RESTRICTED_FREE = re.compile(
    rf"\b{_TOY_RESTRICTED}[- ]free\b|\bfree (of|from) (any )?([\w-]+,? (and |or )?){{0,3}}{_TOY_RESTRICTED}\b|"
    rf"\b(no|without( any)?|zero) "
    rf"{_TOY_RESTRICTED}\b|\b(don'?t|do not|doesn'?t|does not|won'?t) contain (any )?{_TOY_RESTRICTED}\b",
    re.IGNORECASE)


_BOOK = re.compile(r"\((paperback|hardcover|hardback|kindle edition|board book)\)|\bISBN(-1[03])?\b|"
                   r"\bpaperback\b|\bhardcover\b", re.IGNORECASE)


def book_listing(text: str) -> bool:
    """A book, by its title or details ("(Paperback)", "ISBN-13: ...")."""
    return bool(_BOOK.search(text))


def toy_listing(title: str) -> bool:
    """A toy, by its title or category ("Wooden Stacking Toy", "1000 Piece Jigsaw", "Toys & Games")."""
    return bool(_TOY.search(title))


@_memo
def toy_restricted_free(text: str) -> tuple[int, int] | None:
    m = _TOY_RESTRICTED_FREE.search(text)
    return (m.start(), m.end()) if m else None


# BPA-free is a legal requirement only on baby feeding products (above); elsewhere it is a named substance
_LEGAL_SIGNAL = re.compile(SIGNAL_PATTERNS["legal"], re.IGNORECASE)


@_memo
def legal_signal_beyond_bpa(text: str) -> bool:
    """A legal mark or substance in ``text`` other than BPA-free ("Lids made of BPA free PP": none)."""
    return any(not _BPA_FREE.fullmatch(m.group(0)) and not _LEAD_FREE_FITTING.match(text, m.start())
               for m in _LEGAL_SIGNAL.finditer(text))


# lead-free brass, crystal or glaze: no law requires it of taps, glassware or ceramics (a named substance,
# specific); lead-free solder is the RoHS requirement and stays one
_LEAD_FREE_FITTING = re.compile(r"lead[- ]?free\s+(DZR\s+)?(brass|bronze|crystal|glass\w*|ceramics?|glazes?|pewter|"
                                r"alloy)\b", re.IGNORECASE)


# Take-back the law requires of every producer (India's E-Waste (Management) Rules, the EU's WEEE):
# "free e-waste pickup as per E-Waste Rules" presented as a feature
_EWASTE_DUTY = re.compile(r"\be-?waste\b[^.|\n]{0,80}\b(rules|EPR|WEEE)\b|\b(as per|under) (the )?(e-?waste|WEEE)\b",
                          re.IGNORECASE)
_EWASTE_OFFER = re.compile(r"take[- ]?back|buy[- ]?back|pick[- ]?ups?\b|\bcollect(s|ion (service|programme|program|"
                          r"drive))\b|\bwe (will )?(collect|take|recycle|pick)\b|"
                          r"\bfree (pickup|collection|recycling)\b|"
                          r"\bexchange\b|\brecycling (programme|program|service)\b", re.IGNORECASE)


@_memo
def ewaste_duty(text: str) -> bool:
    """Take-back the e-waste rules require, offered as a feature ("free e-waste pickup as per E-Waste Rules");
    not a disposal instruction ("give used batteries at an e-waste collection centre as per local rules")."""
    return bool(_EWASTE_DUTY.search(text) and _EWASTE_OFFER.search(text))


@_memo
def legal_mark(text: str) -> tuple[int, int] | None:
    return _first_unnegated(_LEGAL_MARK, text)


# Plain service terms: warranty, replacement, returns, installation (not claims, labels.md section 4)
_SERVICE = re.compile(SIGNAL_PATTERNS["service_terms"], re.IGNORECASE)
_DURABILITY = re.compile(SIGNAL_PATTERNS["durability_words"] + "|" + SIGNAL_PATTERNS["durability_terms"], re.IGNORECASE)


@_memo
def service_terms_only(text: str) -> bool:
    """A service term with no durability wording and no other eco keyword: "Replacement will be
    provided for manufacturing defects only"."""
    if not _SERVICE.search(text) or _DURABILITY.search(text):
        return False
    negated = negated_attributes(text)  # "not returnable once used"
    return not [a for a in attribute_hits(text) if a != "durability_repair" and a not in negated]


# Durability wording labels.md section 4 counts as a claim: "long-lasting", "lifespan", "built to last",
# a tested life ("10000+ bends"); not about a gadget's battery runtime ("long-lasting 30 days standby")
# ("indestructible" and "forever" are build talk, like "unbreakable": labels.md section 4)
_DURABILITY_CUE = re.compile(SIGNAL_PATTERNS["durability_words"].replace("indestructible|forever|", "") +
                             r"|\b(built|made)[- ]to[- ]last\b|"
                             r"\b\d+(\.\d+)?\s?(x|times) longer\b(?!\s+(on|with|per|from)\b)|"
                             r"\blong(er)? (bend |service |working )?life\b|"
                             r"\blasts? forever\b|\bnever needs? (a )?replac\w*|\blifetime (blades?|parts?|motor)\b|"
                             r"\b(lifetime )?repair (service|kits?|parts)\b|\b(built|designed|made) (for|to be) "
                             r"(easy )?repair(ed|able)?\b|"
                             r"\bspare parts\b|"
                             r"\b(longer|extreme|tested|ultra) durability\b|"
                             r"\btested to (withstand|bend|survive)\b|"
                             # "in it for the long run", "extends the life of your shoes", "the life of the
                             # cable is enhanced", "lasts 6 times longer"
                             r"\bfor the long (run|haul)\b|\b(extends?|prolongs?|enhances?|increases?|doubles?) "
                             r"(the )?(service |working )?(life|lifespan|life ?time)\b|"
                             r"\b(life|lifespan|life ?time) of (the |your )?[\w-]+( [\w-]+)? (is |are )?"
                             r"(enhanced|extended|increased|prolonged|doubled)\b|"
                             r"\blasts?\s+(up to\s+)?\d+(\.\d+)?\s?(x|times)\s+longer\b", re.IGNORECASE)
# a battery that lasts for years is a service life, not a runtime (a shelf life is neither)
_SERVICE_YEARS = re.compile(r"(?<!shelf )\b(lasts?|runs?|works?|life) (for )?(many )?years\b", re.IGNORECASE)
_REPAIR_CUE = re.compile(r"\b(built|designed|made) (for|to be) (easy )?repair(ed|able)?\b|\brepairable\b|"
                         r"\b(lifetime )?repair (service|kits?|parts)\b|\bspare parts\b|"
                         # a battery the user can change; replacement parts sold for years
                         r"\buser[- ]replaceable\b|\b(replacement|spare) ([\w-]+,? ){0,4}(and [\w-]+ )?"
                         r"(are )?available (for|up to|until) \d+ years\b", re.IGNORECASE)
_LONGER = re.compile(r"\blonger\b|\boutlast\w*|\bmore durable\b", re.IGNORECASE)


_BUILD = re.compile(SIGNAL_PATTERNS["build_words"], re.IGNORECASE)
_DURATION_WORDS = re.compile(r"\byears?\b|\blife\b|\blast|outliv|generations|\bnever\b|forever|surviv|guarantee|"
                             r"warrant", re.IGNORECASE)


@_memo
def build_adjective_only(text: str) -> bool:
    """An ordinary build adjective ("Durable A+ Grade panel", "sturdy steel frame") and nothing else
    about durability or the environment: not a durability_repair claim (labels.md section 4)."""
    return bool(_BUILD.search(text) and not attribute_hits(text) and durability_cue(text) is None
                and not _DURATION_WORDS.search(text) and not durability_figure(text))


@_memo
def durability_comparison(text: str) -> bool:
    """Durability wording with a comparative figure and no named baseline ("Lasts 6 Times Longer",
    "2x longer life"): UNSUPPORTED_COMPARISON (labels.md section 3)."""
    return bool(_LONGER.search(text) and comparative_figure(text) and not comparison_baseline(text))
_BATTERY_RUNTIME = re.compile(r"\bbattery\b|\bm?ah\b|stand-?by|play ?time|back-?up|run ?time|talk ?time|"
                              r"\bcharge\b|\bcharging\b", re.IGNORECASE)


# what lasts is not the product: a hairstyle, a fragrance, a taste ("gives long lasting volume")
_LASTING_OTHER = re.compile(r"\blong[- ]?lasting\s+(hair ?style|style|hold|volume|curls?|fragrance|scent|aroma|colou?r|"
                            r"shine|freshness|fresh\w*|look|make-?up|lather|glow|effect|comfort|relief|hydration|"
                            r"moisture|taste|flavou?r|cooling|impression|smell)\b", re.IGNORECASE)


@_memo
def durability_cue(text: str) -> tuple[int, int] | None:
    text = without_other_senses(text)  # "one bottle = 40 washes" is a yield, not a tested life
    mech = _MECHANICAL_FIGURE.search(text)
    if mech:  # a bend or keypress test is no battery runtime, even on a charging cable
        return mech.start(), mech.end()
    repair = _first_unnegated(_REPAIR_CUE, text)
    if repair:  # "Built for repair: back cover opens with 4 screws and battery ... can be changed"
        return repair
    if _BATTERY_RUNTIME.search(text) and not _SERVICE_YEARS.search(text):
        return None
    blank = _LASTING_OTHER.sub(lambda m: " " * len(m.group(0)), text)  # "long lasting volume", "... power"
    hit = _first_unnegated(_DURABILITY_CUE, _BATTERY_PHRASE.sub(lambda m: " " * len(m.group(0)), blank))
    if hit:
        return hit
    m2 = _DURABILITY_FIGURE.search(text)
    return (m2.start(), m2.end()) if m2 else None


# A comparison needs a figure to be UNSUPPORTED_COMPARISON ("50% less plastic" than what?); an
# unquantified "longer" or "less" is not one (labels.md section 3)
_COMPARATIVE_FIGURE = re.compile(r"\bsav(es?|ing) (up ?to )?\d+(\.\d+)?\s?(litres?|liters?|l|units?|kwh)\b|"
                                 r"\d+(\.\d+)?[\s-]?((%|percent)(?!\s*(off|discount|cashback|extra)\b)|x\b(?!\s*\d)|"
                                 r"times\b(?=\s+(more|less|longer|faster|better|lower|higher|stronger|the))|fold)|\b(half|twice|double|triple|"
                                 r"thrice)\b|\b\d+(\.\d+)?\s?\w*\s+(less|more|lower|fewer)\b", re.IGNORECASE)


@_memo
def comparative_figure(text: str) -> bool:
    return bool(_COMPARATIVE_FIGURE.search(text))


_RUNTIME_WORDS = re.compile(r"\blasts?\b|run ?time|stand-?by|play ?time|back-?up", re.IGNORECASE)
_REPAIR = re.compile(r"replac\w*|repair\w*|spare|upgrad\w*|updates", re.IGNORECASE)
_EXPLICIT_ENERGY = re.compile(r"energy[- ]?(saving|efficien\w*|star|class|label)|\bBEE\b", re.IGNORECASE)


@_memo
def battery_runtime_only(text: str) -> bool:
    """A gadget's battery runtime ("Long lasting 8720 mAh battery", "30 days standby"): neither a
    durability nor an energy claim (labels.md section 4)."""
    if not _BATTERY_RUNTIME.search(text) or _EXPLICIT_ENERGY.search(text) or _DURABILITY_FIGURE.search(text) \
            or _REPAIR.search(text) or _SERVICE_YEARS.search(text):
        return False
    hits = set(attribute_hits(text))
    return (bool(hits) or bool(_RUNTIME_WORDS.search(text))) and hits <= {"durability_repair", "energy_efficiency"}


# "long lasting battery", "battery lasts all day": runtime wording inside a claim about something else
_BATTERY_PHRASE = re.compile(r"\b(long[- ]?lasting|longer|extended|all[- ]day|long)\s+([\w-]+\s+){0,2}?(battery|backup|"
                             r"play ?time|standby|power)(\s+life)?\b|"
                             r"\bbattery(\s+life)?\s+(that\s+)?lasts?(\s+[\w-]+){0,3}",
                             re.IGNORECASE)


@_memo
def durability_only_battery(text: str) -> bool:
    """The segment's only durability wording is about battery runtime ("Eco-friendly ABS body with long
    lasting battery"): no durability_repair claim (labels.md section 4)."""
    if not _BATTERY_PHRASE.search(text) or _DURABILITY_FIGURE.search(text) or _MECHANICAL_FIGURE.search(text):
        return False
    rest = _BATTERY_PHRASE.sub(" ", text)
    return _first_unnegated(_DURABILITY_CUE, rest) is None and not _REPAIR.search(rest)


# "Free of harmful substances, e.g. BPA, phthalates and lead": the substances are named (labels.md
# section 4: "free of <named substance>" is specific, not VAGUE_FREE_OF)
_NAMED_SUBSTANCE = re.compile(
    r"\b(BPA|bisphenol|phthalates?|lead|cadmium|mercury|PFAS|PFOA|PFC|PVC|formaldehyde|parabens?|sulfates?|"
    r"SLS|azo|nickel|chromium|VOCs?|latex|triclosan|microplastics?|fluorine|chlorine|ammonia|phosphates?)\b",
    re.IGNORECASE)


names_substance = _has(_NAMED_SUBSTANCE)

# A named substance that only stands beside the vague term ("nontoxic and BPA free"), not after it as
# its specification ("non-toxic: free of BPA and lead", "free of harmful chemicals such as BPA")
_BESIDE_VAGUE = re.compile(
    r"\b(non[- ]?toxic|chemical[- ]?free|toxin[- ]?free|harmless)\s*(and|&|,)\s*(BPA|phthalates?|lead|PVC|PFAS|PFOA|"
    r"formaldehyde|parabens?)[- ]?free\b", re.IGNORECASE)


@_memo
def substance_only_beside_vague(text: str) -> bool:
    """``text``'s vague free-of term is coordinated with a named substance, not specified by it ("made of
    solid wood, nontoxic and BPA free": the non-toxic claim stays vague)."""
    return _BESIDE_VAGUE.search(text) is not None


# A comparison with its baseline named: "23.5% less water than our 2021 model", "compared with an
# ordinary 75 W fan" (a year, a model or a figure after "than"); "than other cables" names none
_BASELINE = re.compile(r"\b(than|compared (with|to)|vs\.?|versus|relative to|against)\s+([\w-]+\s+){0,4}?"
                       r"(\d|model\b|version\b|predecessor|previous\b|generation\b)", re.IGNORECASE)


@_memo
def comparison_baseline(text: str) -> bool:
    return bool(_BASELINE.search(text))


# A company line: "Imported by Eco Trading Co. Ltd.", "Manufactured by Green Field Pvt Ltd"
_COMPANY = re.compile(r"\b(imported|manufactured|marketed|packed|distributed|sold|made) by\b|\b(pvt|ltd|llp|inc|"
                      r"gmbh|co)\b\.?", re.IGNORECASE)


@_memo
def company_line(text: str) -> bool:
    return bool(_COMPANY.search(text))


# a gadget's low-power parts and display modes are feature names, like a "power saving mode" (labels.md
# section 4: "a low-power Bluetooth chip"); "low power consumption" of an appliance is not one of them
# other senses the rules know beyond the model's feature list (labels.md section 1: "carbon fiber", "organic
# shapes"): organic traffic or chemistry, carbon monoxide or copy paper, a car's climate control
_MORE_OTHER_SENSES = re.compile(
    r"\borganic (growth|traffic|reach|search|results?|followers?|marketing|chemistry|compounds?|matter|solvents?|"
    r"synthesis|reactions?|substances?|pigments?|glass)\b|\bman[- ]?made organic\b|"
    r"\bcarbon (monoxide|copy|copies|paper|composite|rims?|wheels?|brush(es)?)\b|"
    r"\bcarbon[- ]?fib(er|re)|\bclimate[- ]control\w*|\bsustain pedal|"
    # runs on a home power inverter (backup power), not an inverter compressor
    # "ECO PACK = economy size pack"; "no plastic touch with water" (food contact, not plastic-free)
    r"\beco\b(?=[^|.\n]{0,40}\beconom)|\bno plastic (touch|contact)\b|"
    # carbon and graphene as materials; refills of a pen; where to put the waste
    r"\bcarbon[- ](based|compound)\b|\bgraphene\b|\brefills? (available|sold separately|packs?)\b|"
    r"\brefill (ink )?(bottles?|cartridges?)\b|\bink refills?\b|"
    r"\bburn\w* (off )?(\w+ )?energy\b|\bhigh[- ]energy\b|\beco[- ]?clubs?\b|"
    # a picture, display or power mode named Eco ("Eco Picture Mode", "modes Vivid / Standard / Eco / Game")
    r"\beco[- ]?([\w-]+ ){0,2}(mode|setting|preset|profile)s?\b|"
    r"\b(picture|display|sound|power) modes?\b[^|.]{0,60}?\beco\b|"
    r"\b(can be )?refill(ed|able)? with (the )?([\w-]+ ){0,3}ink\b|"
    # an ink tank printer's refilling: plain function
    r"\brefill (ports?|in seconds)\b|\brefill\w*\b[^|.]{0,40}?\b(ink )?tanks?\b|"
    r"\brecycl\w* arrows?\b|\bcarbon (layers?|ply|plates?|sheets?|blades?|pro)\b|\b(pot|shelf|open|working) life\b|"
    r"\brefillable with (bottle(d)? )?(ink|converter|cartridges?)\b|"
    # what a book or course is about ("Chapters on composting peels and a low-waste week")
    r"\b(chapters?|tips|guides?|lessons?|recipes|stories|activities|book) (on|about|to|for)\b[^|.;]{0,60}?"
    r"\b(compost\w*|recycl\w*|low[- ]waste|zero[- ]waste|sustainab\w*|upcycl\w*|plastic[- ]free)|"
    # a consumable's yield ("one bottle = 40 washes"), not a durability figure
    r"\b(one|1|each|per) (bottle|pack|pouch|sachet|can|tube|refill|jar|litre|liter|kg)\s*(=|gives|makes|lasts|for|"
    r"does|do)\s*(up ?to )?\d+(\s*[-\u2013]\s*\d+)?\+?\s*(washes|uses|cups|servings|loads|applications)\b|"
    # a pen or marker that takes refills: plain function (corpora/real/README.md conventions)
    r"\brefillable\s+(ball ?|gel |fountain |roller ?ball |whiteboard |white ?board |permanent )?(pens?|markers?|body|"
    r"barrel|marker body)\b|"
    r"\b(new|spare|replacement) refills?\b|\brefill (the |your )?(marker|pen)s?\b|"
    r"\brefillable with\b[^|.;]{0,30}\brefills\b|\b(other|original|genuine|compatible|same|standard|universal) "
    r"(brand )?refills?\b|"
    # a part that can be washed clean ("Pre filter washable", "washable HEPA filter"), not a reusable alternative
    r"\b(pre[- ]?filters?|filters?|mesh|silicone|parts?|lids?|jars?|blades?)[,]?\s+(is |are )?(fully |easily )?"
    r"washable\b|"
    r"\bwashable (pre[- ]?)?(hepa )?filters?\b|"
    # the organic food a container stores, not the container
    r"\b(store|stores|storing|keep|keeps|keeping|for)\b[^|.;:]{0,80}\borganic (millets?|grains?|pulses|dals?|rice|atta|"
    r"flour|food|produce|spices|vegetables|veggies|fruits?|honey|sugar|jaggery|tea|coffee|seeds|nuts)\b|"
    r"\bchange the refill\b|\b(empty|put|throw|dispose|discard)\b[^.|\n]{0,80}\b(dry waste|recycling (bag|bin))\b|"
    r"\b(give|hand(ed)? over|deposit|drop|dispos\w*)\b[^.|\n]{0,60}\be-?waste "
    r"(collection|recycl\w*|cent(re|er)s?|bins?|points?)\b|"
    r"\borganic (impurities|contaminants|pollutants|dirt|residues?|waste matter)\b|"
    # a printed recycling symbol, a disposal instruction, an ink-tank printer's refillable tanks
    r"\brecycl\w* (symbol|logo|sign|icon|mark)s?( print\w*)?\b|\bdispos\w*( of)?( (it|them|the \w+))? responsibly\b|"
    r"\brefillable (ink )?tanks?\b|\bink[- ]tank\b|"
    # a solar product named by its type ("Solar Inverter 1KVA", "Solar Power Bank"), not a claim about it
    r"\bsolar (inverters?|panels?|power ?banks?|garden lights?|security lights?|street lights?|lights?|lanterns?|"
    r"lamps?|generators?|chargers?|water heaters?|geysers?|fans?|pumps?|system|cells?|ready)\b|"
    r"\binverter[- ](compatible|friendly|supported|support|operable)\b|\b(works|runs|operates) on (an? )?(home )?"
    r"inverters?\b|\bcompatible with (an? )?(home )?inverters?\b|"
    r"\brenewable (licen[cs]es?|subscriptions?|plans?|terms?|contracts?)\b|"
    r"\b(licen[cs]e|subscription|plan|membership|contract|policy|warranty) (is |are )?(\w+ )?renewable\b|"
    # washing instructions and wipe-clean finishes, not a reusable alternative to single use
    r"\b(machine|hand)[- ]?washable\b|\bwashable (finish|paint|walls?|covers?|fabric|ink|markers?|colou?rs?)\b|"
    # a style, not a pre-owned item ("an early 60's vintage design", "vintage-style clock")
    r"\bvintage[- ](design|style|styled|look|inspired|theme|themed|feel|print|pattern|effect|finish|colou?rs?|"
    r"charm|aesthetic)\b|"
    # recycling as a topic a game or book teaches, not a claim about the product
    r"\b(learn\w*|teach\w*|discover\w*|explor\w*)\s+(about\s+)?(\w+\s+){0,3}?recycl\w*|\bsort(s|ing)?\s+(the\s+)?"
    r"recycl\w*", re.IGNORECASE)
_GADGET_LOW_POWER = re.compile(r"low[- ]power\s+([\w-]+\s+){0,2}?(chip(set)?s?|bluetooth|BLE|display|screen|mode|"
                               r"processors?|SoC|sensors?|connection|standby mode)\b|always[- ]on display",
                               re.IGNORECASE)


@_memo
def other_sense_only(text: str) -> bool:
    """Every attribute keyword in ``text`` sits inside a feature name or other sense ("Eco mode for
    longer runtime", "Organic LED panel", "Low-power always-on display mode"), and no explicit energy
    wording or figure comparison."""
    if _EXPLICIT_ENERGY.search(text) or comparative_figure(text):
        return False
    names = _spans(text, _OTHER_SENSE, _MORE_OTHER_SENSES, _GADGET_LOW_POWER, _GREEN_NAME)
    attrs, _ = _compiled()
    hits = [m for p in attrs for m in p.finditer(text)]
    # negated mentions do not count ("not biodegradable, please dispose responsibly")
    named = [m for m in hits if _inside(m.start(), names)]
    return bool(named) and all(_inside(m.start(), names) or _negated(text, m.start()) for m in hits)


# Safety standards and marks with nothing environmental beside them ("Approved CE (EN71 standard) and ASTM
# F963, tested by SGS", "BIS certified"): labels.md section 4 counts safety marks as nothing
_SAFETY_STANDARD = re.compile(r"\bEN[- ]?71\b|\bASTM\b|\bUKCA\b|\bCPSIA\b|\bCE\b|\b(BIS|FCC|UL|ISI)\b|"
                              r"\bsafety (standards?|tests?|tested|certified|certification|approved|regulations?)\b",
                              re.IGNORECASE)


def _alone(pattern: re.Pattern[str]) -> Callable[[str], bool]:
    """A memoised predicate: ``pattern`` occurs in the text and no eco-attribute keyword or legal mark does."""
    @_memo
    def alone(text: str) -> bool:
        return pattern.search(text) is not None and not attribute_hits(text) and not _LEGAL_MARK.search(text)
    return alone


safety_marks_only = _alone(_SAFETY_STANDARD)


# Vague free-of wording (labels.md section 4: "chemical-free", "non-toxic", "harmless" with no
# substance named are VAGUE_FREE_OF)
_VAGUE_FREE = re.compile(r"\bnon[- ]?toxic\b|\bchemical[- ]?free\b|\btoxin[- ]?free\b|\bharmless\b|"
                         r"\bfree (of|from) (harmful|harsh|toxic) (chemicals|substances|ingredients|toxins)\b|"
                         r"\b(no|zero|without( any)?) (harmful|harsh|toxic|nasty) (chemicals|substances|ingredients|"
                         r"toxins)\b", re.IGNORECASE)


# Convenience and people's safety, with no attribute keyword ("making life easier on the go", "So
# absolutely safe for adults and children"): the heads read "life" and "safe" as claims
_CONVENIENCE = re.compile(r"\blife\b[^.;|\n]{0,25}\b(easier|simpler|convenient|comfortable|better)\b|"
                          r"\b(easier|simpler|convenient)\b[^.;|\n]{0,25}\blife\b|"
                          r"\bsafe (for|to use (for|by|with)) (you|your|the)?\s*(adults?|children|kids|babies|family|"
                          r"everyone|pets|skin|users?|humans?|people)\b", re.IGNORECASE)


convenience_only = _alone(_CONVENIENCE)


# Cooking and diet comparisons ("uses up to 90% less oil", "low fat"): health, not the environment
_DIET = re.compile(r"\b(less|no|low|without|zero|reduced?|little)\s+([\w-]+\s+){0,1}?(oil|fat|calories|sugar|"
                   r"grease|salt)\b|\boil[- ]?free\b", re.IGNORECASE)


diet_only = _alone(_DIET)  # "Air fryer uses up to 90% less oil"

# Virgin material as a plain fact ("Made from 100% virgin pulp"): the opposite of a recycled-content claim
_VIRGIN = re.compile(r"\bvirgin\s+(wood\s+)?(pulp|fib(re|er)s?|plastics?|materials?|polyester|nylon|resin|"
                     r"aluminium|aluminum|paper|vinyl|PP|PET|ABS|wool)\b", re.IGNORECASE)
virgin_material_only = _alone(_VIRGIN)


# "Organic green tea leaves from Assam", "Organic turmeric": an organic claim about the product (not
# organic chemistry, traffic or shapes: the other senses above)
_ORGANIC = re.compile(r"\borganic(ally)?\b", re.IGNORECASE)
_PERCENT = re.compile(r"\d+(\.\d+)?\s?(%|percent)", re.IGNORECASE)


# Sourcing wording with no scheme behind it ("Made from sustainable plantation wood", "responsibly sourced
# materials"): responsible_sourcing, UNQUANTIFIED_CHARACTERISTIC (as corpora/GUIDE.md codes "Sustainably
# Sourced Wood"); a scheme in the segment (FSC, PEFC) substantiates it
_SOURCING = re.compile(r"\b(sustainabl[ey]|responsibl[ey])[- ](sourced|harvested|grown|managed|forested)\b|"
                       r"\bsustainable ((bamboo|rubber|teak|pine|acacia|mango) )?(plantations?|wood|timber|rubberwood|"
                       r"forests?|forestry)\b", re.IGNORECASE)


# A pre-owned product said to be one ("(Renewed)", "Refurbished laptop", "pre-owned unit"): secondhand_refurbished.
# Not in a warranty or returns line ("6 months warranty on Renewed products"), not "renewed energy"
_REFURBISHED = re.compile(r"\((renewed|refurbished)\)|\b(refurbished|re-?manufactured|pre-?owned|second[- ]?hand|"
                          r"pre-?loved|reconditioned)\b|"
                          r"\b(certified )?renewed (products?|units?|phones?|smartphones?|laptops?|devices?|items?|"
                          r"tablets?)\b", re.IGNORECASE)
_SERVICE_WORDS = re.compile(SIGNAL_PATTERNS["service_terms"], re.IGNORECASE)


@_memo
def refurbished_claim(text: str) -> tuple[int, int] | None:
    if _SERVICE_WORDS.search(text):
        return None
    return _first_unnegated(_REFURBISHED, text)


# Reusable said of the product or a part of it ("Six reusable pictures", "can be peeled off and reused the
# following year"): a reusable_refillable claim, as the real-copy annotators label it
_REUSABLE = re.compile(r"\bre-?usable\b|\b(can|could|may) be (\w+ ){0,6}?re-?used\b|\bre-?use (it|them) (again|"
                       r"and again|many times)\b", re.IGNORECASE)


@_memo
def reusable_claim(text: str) -> tuple[int, int] | None:
    return _first_unnegated(_REUSABLE, without_other_senses(text))


# Biodegradable or compostable wording (labels.md: UNQUALIFIED_DEGRADABILITY without conditions, home vs
# industrial, time frame); the conditions may be given anywhere in the listing
_DEGRADABLE = re.compile(r"\b(bio-?|oxo-?)?degradable\b|\bcompostable\b|\bsuitable for (home )?composting\b|"
                         r"\bcan be composted\b", re.IGNORECASE)
_DEGRADE_CONDITIONS = re.compile(r"\b(home|industrial(ly)?|commercial(ly)?)[- ]?compost\w*|"
                                 r"\bcompost\w* (at home|in (a |an )?(industrial|commercial|municipal))|"
                                 r"\bcompost(ing)? facilit(y|ies)\b|\bmunicipal compost\w*|\bEN ?13432\b|"
                                 r"\bASTM ?D ?6(400|868)\b|\bOECD ?30\d\w?\b|\bISO ?(14855|17088)\b|"
                                 r"\b(in|within|after|under) (about |approx\.? |around )?\d+(\s?[-\u2013]\s?\d+)?\s?"
                                 r"(days|weeks|months)\b|\bin (the )?soil\b|\bmarine\b|\bOK ?compost\b|"
                                 r"\bseedling\b", re.IGNORECASE)


@_memo
def degradable_claim(text: str) -> tuple[int, int] | None:
    return _first_unnegated(_DEGRADABLE, without_other_senses(text))


degradability_conditions = _has(_DEGRADE_CONDITIONS)


_FAIR_TRADE = re.compile(r"\bfair[- ]?trade\b", re.IGNORECASE)


@_memo
def fair_trade_claim(text: str) -> tuple[int, int] | None:
    """"Fair Trade" said of the product ("Fair Trade Knit Beanie"): a fair_labor claim."""
    return _first_unnegated(_FAIR_TRADE, without_other_senses(text))


@_memo
def sourcing_claim(text: str) -> tuple[int, int] | None:
    return _first_unnegated(_SOURCING, text)


# Elemental chlorine free (ECF) bleaching is the paper industry's norm: it does not specify a generic term
# ("eco friendly and elemental chlorine free paper" stays a generic claim)
_ECF = re.compile(r"\belemental[- ]chlorine[- ]free\b|\bECF\b", re.IGNORECASE)


def without_non_specifiers(text: str) -> str:
    """``text`` without what cannot specify a generic term: ECF bleaching, and substances or marks the law
    requires anyway ("eco friendly: mercury free and RoHS" stays a generic claim)."""
    return _LEGAL_SIGNAL.sub(" ", _ECF.sub(" ", text))


# Recycled content and recyclability said outright (labels.md section 3): recycled with no share or scheme is
# UNQUANTIFIED_CHARACTERISTIC; recyclable without the part and the route is UNQUALIFIED_RECYCLABILITY
_RECYCLED = re.compile(r"\b(made|produced|manufactured|printed|crafted)\s+(\w+\s+){0,2}?(from|with|of|on|using)\s+"
                       r"(\w+\s+){0,2}?recycled\b|\brecycled (paper|plastics?|materials?|PET|polyester|aluminium|"
                       r"aluminum|steel|cardboard|board|fib(re|er)s?|pulp|cotton|nylon|rubber|glass)\b", re.IGNORECASE)
_RECYCLABLE = re.compile(r"\b(100% |fully |completely |widely )?recyclable\b(?!\*)|\bcan be recycled\b", re.IGNORECASE)
_ROUTE = re.compile(r"kerbside|curbside|drop[- ]?off|take[- ]?back|\bcollection\b|recycling "
                    r"(bank|centre|center|point|programme|program|bin|stream)|household (paper |plastic )?"
                    r"(waste|recycling)|return (it|them|the \w+) to|send (it|them) back|pick[- ]?up|\bwith (your )?"
                    r"(paper|plastic|glass|metal) (waste|recycling)", re.IGNORECASE)


# An unquantified "less" (labels.md section 3: UNQUANTIFIED_CHARACTERISTIC; with a figure and no baseline,
# UNSUPPORTED_COMPARISON): "less plastic waste", "cuts down battery waste going to landfill"
_LESS = re.compile(r"\b(less|lower|reduced?s?|reducing|cuts?( down)?( on)?|minimi[sz]es?)\s+([\w-]+\s+)?"
                   r"(plastic|waste|wastage|packaging|landfill|emissions?|carbon( footprint)?|co2)\b", re.IGNORECASE)


@_memo
def less_claim(text: str) -> tuple[int, int] | None:
    return _first_unnegated(_LESS, text)


@_memo
def recycled_claim(text: str) -> tuple[int, int] | None:
    return _first_unnegated(_RECYCLED, text)


@_memo
def recyclable_claim(text: str) -> tuple[int, int] | None:
    return _first_unnegated(_RECYCLABLE, text)


recycling_route = _has(_ROUTE)


@_memo
def organic_claim(text: str) -> tuple[int, int] | None:
    names = _spans(text, _OTHER_SENSE, _MORE_OTHER_SENSES)
    for m in _ORGANIC.finditer(text):
        if _inside(m.start(), names) or _negated(text, m.start()):
            continue
        return m.start(), m.end()
    return None


percentage = _has(_PERCENT)


# A figure for energy wording: a share, watts, kWh or units ("saves 30% energy", "9 W", "795 units a year")
_ENERGY_FIGURE = re.compile(r"\d+(\.\d+)?\s?(%|percent|w|watts?|kwh|kw|units?|lm ?/ ?w|lumens?)\b", re.IGNORECASE)


energy_figure = _has(_ENERGY_FIGURE)


@_memo
def vague_free_of(text: str) -> tuple[int, int] | None:
    """A vague free-of term ("non-toxic", "chemical free") that no named substance specifies."""
    hit = _first_unnegated(_VAGUE_FREE, text)
    return None if hit is None or vague_specified(text, hit) else hit


# the substances a vague term lists after it ("free of harmful chemicals such as BPA and lead") or that it
# closes ("free of BPA, lead and other harmful chemicals"); not a separate claim beside it ("which are BPA
# free, 100% chemical free bottle", "nontoxic and BPA free")
_OTHER_BEFORE = re.compile(r"(and|or|&)\s+(any\s+|all\s+)?other\s+$", re.IGNORECASE)


def vague_specified(text: str, hit: tuple[int, int] | None = None) -> bool:
    """Whether the vague free-of term at ``hit`` (default: the first in ``text``) is specified by named
    substances (labels.md section 4: "free of <named substance>" is specific)."""
    hit = hit or _first_unnegated(_VAGUE_FREE, text)
    if hit is None:
        return names_substance(text) and not substance_only_beside_vague(text)
    if substance_only_beside_vague(text):
        return False
    if _NAMED_SUBSTANCE.search(text[hit[1]: hit[1] + 100]):
        return True
    before = text[max(0, hit[0] - 80): hit[0]]
    return bool(_NAMED_SUBSTANCE.search(before) and _OTHER_BEFORE.search(re.sub(r"(harmful|harsh|toxic|nasty)\s+$",
                                                                                 "", before)))


# Energy saving wording about the product's consumption (labels.md section 4): a claim; with an
# official label it is substantiated, with no figure UNQUANTIFIED_CHARACTERISTIC, with a figure and
# no baseline UNSUPPORTED_COMPARISON. Not a gadget's battery features.
_ENERGY_SAVING = re.compile(
    r"\benergy[- ]?(savings?|saver|efficien\w*)\b|\bpower[- ]?(savings?|saver)\b|\b(sav(es?|ing)|cuts?|reduces?|"
    r"lowers?)\s+(up ?to\s+)?(\d+(\.\d+)?\s?(%|percent)\s+)?(of\s+|on\s+)?((your|its|their|the)\s+)?([\w-]+'s\s+)?"
    r"(energy|electricity|power (consumption|"
    r"bills?)|electricity bills?)\b|\b(uses?|consumes?)\s+(up ?to\s+)?\d+(\.\d+)?\s?(%|percent)\s+less\s+"
    r"(energy|electricity|power)\b|\bsav(es?|ing) (your )?money on (your )?(electricity|power|energy)( bills?)?\b|"
    r"\b(electricity|power|energy) bills? (down|low)\b|\b(wastes?|consumes?|uses?|draws?) (very |much |far )?less "
    r"(electricity|energy|power)\b|"
    r"\b(improves?|better|increases?|boosts?|saves?) (the |your )?fuel (economy|efficiency|mileage)\b|"
    r"\bfuel[- ](saving|efficient|economy)\b|"
    r"\b(lower|reduced?|smaller) (electricity|power|energy) bills?\b|"
    r"\bsav(e|es|ing) (time|money) (and|&) (energy|electricity|power)\b|"
    r"\b(electricity|energy|power) (consumption|use|usage|bills?) (is |are |gets? )?(reduced|lower(ed)?|cut|down)\b|"
    r"\bstand-?by (power )?sav\w*|\b(cuts?|reduces?)( down)? (on )?(electricity|energy|power) "
    r"(waste|wastage|use|usage)\b",
    re.IGNORECASE)
_MAINS_WORDING = re.compile(r"\belectricity\b|\bkwh\b|\b(power|electricity|energy) bills?\b", re.IGNORECASE)
_SAVING_MODE = re.compile(r"(power|battery)[- ]?sav\w* mode", re.IGNORECASE)  # a gadget's mode
_ENERGY_LABEL = re.compile(r"\bBEE\b|energy star|\b\d[- ]?star\b|\bA\+{1,3}(?! ?grade)|energy class|"
                           r"\bEPREL\b|\bkwh\b", re.IGNORECASE)


@_memo
def energy_saving(text: str) -> tuple[int, int] | None:
    """Explicit energy-saving wording about the product's consumption, not negated, not a gadget's
    battery feature ("power saving mode" on a mouse)."""
    if _BATTERY_RUNTIME.search(_MAINS_STANDBY.sub(" ", text)) or \
            (_SAVING_MODE.search(text) and not _MAINS_WORDING.search(text)):
        return None
    return _first_unnegated(_ENERGY_SAVING, text)


# a mains appliance's standby draw in watts ("consumes only 0.5W in standby") is no battery runtime
_MAINS_STANDBY = re.compile(r"\d+(\.\d+)?\s?w(atts?)?\b[^.;|\n]{0,20}\bstand-?by\b|"
                            r"\bstand-?by (power )?(sav\w*|cut[- ]?off|killer|waste)|\b(stops?|cuts?|eliminates?) "
                            r"(the )?stand-?by (power|consumption|drain)\b|"
                            r"\bstand-?by (power|consumption|mode)?[^.;|\n]{0,20}?\d+(\.\d+)?\s?w(atts?)?\b",
                            re.IGNORECASE)


# Words an energy_efficiency claim needs (labels.md section 4: "efficient" about performance, a cable's
# wattage or an auto shut-off is no energy claim; about electricity use it is)
_ENERGY_WORDING = re.compile(r"\benerg\w*|\belectricity\b|\bpower[- ](consumption|bills?|usage|use|sav\w*|draw)\b|"
                             r"\bkwh\b|\bunits? (per|a|each) (year|day|month)\b|\bstar (rating|rated|label)\b|"
                             r"\b\d[- ]?star\b|\bBEE\b|\bsav(es?|ing) (power|electricity)\b|\bconsum\w*|\binverter\b|"
                             r"\bstand-?by\b|\bA\+{1,3}|\bEPREL\b|\bEPEAT\b|\bTCO\b|\bLED\b|\bwatts? (only|less)\b",
                             re.IGNORECASE)


energy_wording = _has(_ENERGY_WORDING)


# Battery gadgets (labels.md section 4: "power saving mode" on a mouse, phone or watch is no energy claim)
_BATTERY_GADGET = re.compile(r"\b(wireless )?(mouse|mice|keyboards?|earbuds|earphones?|headphones?|headsets?|"
                             r"neckbands?|"
                             r"smart ?watch\w*|watch(es)?|fitness (band|tracker)s?|smart ?band|phones?|smartphones?|"
                             r"speakers?|remotes?|power ?banks?|trimmers?|stylus|tablets?|e-?readers?|cameras?)\b",
                             re.IGNORECASE)
_GADGET_POWER_SAVING = re.compile(r"\b(auto[- ]?sleep|sleep mode|power[- ]sav\w*|battery[- ]sav\w*|low[- ]power|"
                                  r"power[- ]efficien\w*|(reduc|lower)\w* (the )?power consumption|low(er)? power "
                                  r"consumption)\b", re.IGNORECASE)


# A mains appliance, by its title: its power saving is an energy claim (labels.md section 4), whatever
# else its title names ("BLDC Ceiling Fan with Remote", "Smart LED TV with Voice Remote")
_MAINS_APPLIANCE = re.compile(
    r"\b(LED TV|smart TV|TV|televisions?|refrigerators?|fridges?|air conditioners?|split AC|window AC|inverter AC|"
    r"washing machines?|dishwashers?|microwaves?|ovens?|OTG|geysers?|water heaters?|room heaters?|heaters?|"
    r"(ceiling|table|pedestal|wall|exhaust|tower|BLDC) fans?|air coolers?|coolers?|irons?|kettles?|induction|"
    r"cooktops?|mixer grinders?|mixers?|juicers?|blenders?|water purifiers?|air purifiers?|monitors?|printers?|"
    r"desktops?|routers?|set[- ]top box(es)?|soundbars?|home theat(re|er)s?|chimneys?|vacuum cleaners?|air fryers?|"
    r"toasters?|sandwich makers?|(LED )?bulbs?|battens?|tube ?lights?|panel lights?|downlights?|hair dryers?)\b",
    re.IGNORECASE)
_BATTERY_POWERED = re.compile(r"\bcordless\b|\brechargeable\b|\bbattery[- ](operated|powered)\b|\bUSB[- ]powered\b|"
                              r"\bportable\b", re.IGNORECASE)


# the gadgets themselves (not their remotes, speakers or cameras, which mains appliances come with too)
_GADGET_ITSELF = re.compile(r"\b(mouse|mice|earbuds|earphones?|headphones?|headsets?|neckbands?|smart ?watch\w*|"
                            r"watch(es)?|fitness (band|tracker)s?|smart ?band|smartphones?|power ?banks?|trimmers?|"
                            r"stylus|e-?readers?)\b", re.IGNORECASE)


# Water-saving wording about the product's use (labels.md section 1: water_efficiency): "saves upto 60% water",
# "zero water wastage", "uses less water"; a claim like energy saving, with the same figure rules
_WATER_SAVING = re.compile(r"\b(sav(es?|ing)|cuts?|reduces?|lowers?)\s+(up ?to\s+)?(\d+(\.\d+)?\s?(%|percent|litres?|"
                           r"liters?|l)\s+)?"
                           r"(of\s+)?((your|its|the)\s+)?water( (use|usage|consumption|wastage|bills?))?\b|"
                           r"\bwater[- ]sav(ing|er)\b|\b(zero|less|minimal|no) water (wastage|waste)\b|"
                           r"\b(uses?|consumes?|wastes?) (up ?to )?(\d+(\.\d+)?\s?(%|percent) )?less water\b",
                           re.IGNORECASE)


@_memo
def water_saving(text: str) -> tuple[int, int] | None:
    return _first_unnegated(_WATER_SAVING, text)


# a flow or use figure: "6 LPM", "6 litres per minute", "4.5 L/flush"
_WATER_FIGURE = re.compile(r"\d+(\.\d+)?\s?(LPM|L/min|l/min|lpf|gpm|(litres?|liters?|l) (per|/) ?(minute|min|flush|"
                           r"wash|cycle|load))\b", re.IGNORECASE)
water_figure = _has(_WATER_FIGURE)


def mains_appliance(title: str) -> bool:
    """A mains-powered appliance, by its title ("Smart LED TV 32 inch", "1200 mm BLDC Ceiling Fan with Remote");
    not a gadget that names one ("Smartwatch with Heart Rate Monitor")."""
    return bool(_MAINS_APPLIANCE.search(title)) and not _BATTERY_POWERED.search(title) and \
        not _GADGET_ITSELF.search(title)


def battery_gadget(title: str) -> bool:
    """A battery-powered gadget, by its title ("Wireless Mouse 2.4GHz", "Smartwatch 1.43 inch"), not a
    mains appliance that comes with a remote."""
    product = re.split(r"\b(for|compatible with|works with|fits)\b", title, maxsplit=1, flags=re.IGNORECASE)[0]
    return bool(_BATTERY_GADGET.search(product)) and not mains_appliance(title)


_MAINS_SAVING = re.compile(_SAVING_MODE.pattern + r"|\bsav(es?|ing) power\b|" + _ENERGY_SAVING.pattern,
                           re.IGNORECASE)


@_memo
def mains_saving(text: str) -> tuple[int, int] | None:
    """Power or energy saving wording of a mains appliance, modes included ("Eco Power Saving Mode",
    "auto standby saves electricity"), unless it is about a battery."""
    if re.search(r"\bbattery\b", text, re.IGNORECASE):
        return None
    return _first_unnegated(_MAINS_SAVING, text)


@_memo
def gadget_power_saving_only(text: str) -> bool:
    """The segment's only energy wording is a power or battery saving feature ("Auto Sleep Power Saving"),
    with no electricity, energy label or figure of consumption and no other eco keyword."""
    # "Energy-Saving Sleep Mode" on a mouse: its battery
    text = re.sub(r"energy[- ]saving (sleep |auto[- ]?sleep |standby )?mode",
                  lambda m: "power saving mode".ljust(len(m.group(0))), text, flags=re.IGNORECASE)
    if not _GADGET_POWER_SAVING.search(text) or _EXPLICIT_ENERGY.search(text) or \
            re.search(r"\belectricity\b|\bkwh\b|\bbills?\b", text, re.IGNORECASE):
        return False
    return set(attribute_hits(_GREEN_NAME.sub(lambda m: " " * len(m.group(0)), text))) <= {"energy_efficiency"}


@_memo
def energy_label(text: str) -> bool:
    return bool(_ENERGY_LABEL.search(text))


# An official energy label anywhere in the listing ("3 Star BEE rating" in the next bullet) substantiates
# its energy wording (labels.md section 4); a bare "5 star" may be a customer rating, so not here
_OFFICIAL_ENERGY_LABEL = re.compile(r"\bBEE\b|energy star|energy class|\bEPREL\b|"
                                    r"\b\d[- ]?star\s+(BEE|energy|rated|rating)\b", re.IGNORECASE)


def official_energy_label(text: str) -> bool:
    return _first_unnegated(_OFFICIAL_ENERGY_LABEL, text) is not None


# The encoder gate's wider net (claims.scoring.findings.needs_model): words that come with environmental
# claims the attribute keywords miss ("Palm Oil Free", "Saves upto 30% Power", "5 Star", "Resoleable",
# "Restored ... Reupholstered"). Written from the training split's claims; a segment with none of
# these, no attribute keyword, scheme or badge is not sent to the encoder. Over-inclusive on purpose:
# a word here costs only encoder time.
_ECO_CUE = re.compile(
    r"free\b|\bno\b|\bnon[- ]|without|\bless\b|\blow[- ]|\breduc|\bsav(e|es|ed|ing|er)\b|planet|\bearth|ozone|"
    r"palm|plant[- ]?based|vegan|animal|\bre-?us|refill|replac|spare|repair|\bre-?sol|restor|refurb|remanufact|"
    r"recondition|inspect|\bused\b|second[- ]?hand|pre-?owned|warrant|guarantee|\blife\b|lifetime|\blasts?\b|"
    r"longer|built (for|to)|generations|durab|outlive|never dulls|updates|patches|\bstar\b|\brated\b|award|certif|"
    r"seal\b|pledge|promise|complian|\bgwp\b|refrigerant|\bcop\b|recovery|water|energy|power\b|electric|\bsun\b|"
    r"solar|waste|deadstock|left ?over|bottles|plastic|packag|chlorine|bleach|chemical|toxic|harm|\bsafe|natural|"
    r"kinder|cleaner|better for|health|formaldehyde|\bvoc\b|ppm|heavy[- ]metal|\blead\b|mercury|legally|harvest|"
    r"catch|farm|send (them|it) back|rental|take-?back|return|degrad|fibre|pulp|welt|swap|part number|"
    r"\d+[- ]?point test|new (chain|door|drum|pump)|gmo|microbead|sugarcane", re.IGNORECASE)


# Nouns and stems an environmental claim is made of (narrower than the encoder gate's cue list, which
# also takes "free" and "years"): a high-risk finding needs one of these, an attribute keyword, a
# scheme or a badge in its segment
_ENVIRONMENT_WORD = re.compile(
    r"\b(planet|earth|environment\w*|nature|climate|carbon|co2|emission\w*|eco\w*|green\w*|sustainab\w*|recycl\w*|"
    r"biodegrad\w*|compost\w*|plastics?|toxic\w*|chemicals?|offset\w*|footprint|renewable|solar|energy|organic|"
    r"forests?|oceans?|wildlife|trees?|waste|pollut\w*|conscious|ethical\w*|responsibl\w*)\b", re.IGNORECASE)


environment_word = _has(_ENVIRONMENT_WORD)

# What a generic claim is made of: a generic term, or the environment named ("better for the planet"). A
# segment with neither ("BPA free" beside an "eco-friendly" bullet) carries no generic claim, whatever
# the heads read into it from its neighbours
_GENERIC_CONTEXT = re.compile(
    ATTRIBUTE_PATTERNS["generic_environmental"] +
    r"|\b(planet|earth|environment\w*|nature|climate|footprint|ethical\w*|responsib\w*)\b", re.IGNORECASE)
generic_context = _has(_GENERIC_CONTEXT)


@_memo
def eco_cue(text: str) -> bool:
    """Whether ``text`` has a word that environmental claims come with (wider than the attribute
    keywords; the encoder gate's recall net)."""
    return _ECO_CUE.search(text) is not None
