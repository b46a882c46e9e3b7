"""Negated, disclaimed and questioned wording (labels.md section 4).

"not biodegradable", "no offsets are used", "we don't claim it is eco-friendly", "Is it compostable?":
the keyword is there, the claim is not. Claims that carry the absence themselves ("plastic-free",
"BPA-free") start at the absence word, so nothing negates them.
"""

from __future__ import annotations

import re

from claims.taxonomy import ATTRIBUTES
from claims.text.lexicon import EXAMPLE_MARKER, SIGNALS, compiled_patterns, memo, occurs

# Negated or disclaimed wording is not a claim (labels.md section 4): "not biodegradable", "no offsets
# are used", "we don't claim it is eco-friendly", "is not recyclable in most areas". A keyword is
# negated when a negator stands in the few words before it, in the same clause. Keywords that carry
# the absence themselves ("plastic-free", "no plastic", "non-toxic", "BPA-free") are claims, not
# negations: their match starts at the absence word, so nothing negates them.
_NEGATOR = re.compile(
    r"\b(not|no|never|nor|without|isn'?t|aren'?t|wasn'?t|weren'?t|doesn'?t|don'?t|didn'?t|cannot|can'?t|haven'?t|"
    r"hasn'?t|hadn'?t|"
    # "Made from virgin PET rather than recycled PET": the keyword is what it is not made of
    r"won'?t|neither|nothing|na|nahi|nahin|rather than|instead of|unsuitable|unfit|"
    # "Inner lid contains zero recycled aluminium" ("Bottle: zero recycled glass" below); "these sticks are hardly
    # chemical-free"
    r"(?<=contains )zero|(?<=contain )zero|"
    r"hardly|scarcely|anything but)\b"
    r"(?:\s+(?:be|been|being|is|are|a|an|the|it|its|their|this|they|we|them|these|"
    r"under|by|claim\w*|say\w*|"
    r"call\w*|label\w*|sold|marketed|made|from|of|as|considered|certified|truly|fully|currently|yet|part|members?|"
    r"any|officially|really|use[ds]?|suitable|for|home|industrially|widely|100%|buy|bought|purchase[ds]?|"
    r"rely|relies|on|involve[ds]?|include[ds]?|have|has|had|yet|run|runs|powered|operate[ds]?|longer|held|hold|holds|"
    r"obtained|received|sought|sell|sells|market|advertise|promote|offer|offers|offered|provide|provides|"
    r"contain(s|ed|ing)?|come[s]?|with|using|in|intended|designed|meant|to|carbon|co2|ghg|offset|offsetting|"
    r"compensated?|neutrali[sz]ed?|tested|verified|proven|rated|reduce|lower|cut|sourced|grown|harvested|produced|"
    r"derived|"
    r"measured|calculated|assessed|special|extra|particular|dedicated|shipping|delivery|carry|carries|bear|bears|"
    # "not made carbon neutral through offsets", "never measured our footprint", "not printed on FSC-certified
    # paper", "has no energy-saving standby mode"
    r"our|neutral|through|via|printed|packed|packaged|wrapped|energy-saving|power-saving|whether|"
    # "our flakes are not baked with renewable electricity"
    r"baked|brewed|roasted|fired|cooked|dyed|woven|stitched|sewn|manufactured|assembled|"
    # "we do not make any environmental claim", "we do not recommend composting used litter"
    r"make|makes|recommend|recommended|standby|go|goes|"
    # "this power bank is not covered by any take-back or recycling programme"
    r"covered|enrolled|eligible|"
    # "ECO-200 is only the series name; it does not refer to any environmental benefit"
    r"refer|refers|imply|implies|mean|means|indicate|indicates|"
    # "has no information about carbon neutrality", "is not accepted in kerbside recycling"
    r"information|info|details|data|about|regarding|accepted|kerbside|curbside|"
    # a possessive between ("haven't measured this pump's carbon footprint")
    r"[\w-]+'s)){0,4}"
    # a coordinated list stays negated: "not biodegradable or recyclable", "neither organic nor vegan"
    # ... or a second denied verb ("we do not offset the emissions or claim carbon neutral", "we don't buy offsets or
    # compensate shipping emissions")
    r"(?:\s+[\w-]+,?(?:\s+[\w-]+,?){0,2}\s+(?:or|nor)(?:\s+(?:offset|offsetting|its|their|the|any|use[ds]?|this|"
    r"these|our|claim|call|label|market|compensate|buy|shipping|delivery|[\w-]+'s|"
    # "It has not been rated or tested for energy efficiency"
    r"tested|rated|certified|assessed|verified|for))*)?"
    # ... with the condition it is denied for: "not suitable for home or industrial composting"
    r"(?:\s+(?:home|industrial(?:ly)?|commercial(?:ly)?|municipal|paper|plastics?|glass|kerbside|curbside|"
    r"household))?"
    # ... and a prefix joined to the keyword by a hyphen ("not user-replaceable")
    r"(?:\s+(?:user|easily|fully|field|self|co2|carbon|climate)-)?\s*['\"\u2018\u201c]?$",
    re.IGNORECASE)


CLAUSE_START = re.compile(r"[.;:!?\n]|\b(but|however|although|though|while|whereas)\b|,\s", re.IGNORECASE)


# A disclaimer negates the rest of its clause: "we don't claim this case is eco-friendly", "we cannot
# say this paint is non-toxic", "we make no such claim"
_DISCLAIMER = re.compile(
    r"\b((do|does|did|can|could|will|would)(n'?t| not)|won'?t|can'?t|cannot|never|make no|makes no|not|unable to|"
    r"not able to)\s+"
    r"(['\"\u2018\u201c]?[\w-]+['\"\u2019\u201d]?\s+)?"
    r"(claim|say|said|state|call|guarantee|promise|market|advertise|label|describe|consider|certify|confirm|"
    r"verify|vouch|use the (word|term|label|claim)|"
    # a mark not carried covers the list ("does not carry TCO Certified, EPEAT or ENERGY STAR registration")
    r"(?<=not )(carry|carries|bear|bears))\w*\b|"
    # "we don't offset or call our deliveries carbon neutral"; "People ask if bamboo fabric is sustainable"
    r"\b((do|does|did|have|has)(n'?t| not)|won'?t|never)\s+\w+\s+(or|and|nor)\s+(claim|say|call|label|market|"
    r"advertise|certif|test|verif)\w*\b|"
    r"\b(ask|asks|asked|asking|wonder|wonders|wondering)( us| me)? (if|whether)\b|"
    # "No claim is made that the unit is free of harmful chemicals"; "this router has not been tested for its carbon
    # footprint" (not "has not been tested on animals", a claim)
    r"\bno claims? (is |are )?(made|given|stated) (that|about|of)\b|"
    # "We don't sell this EVA roller as eco-friendly"; "We have not calculated or offset the carbon footprint"
    r"\b((do|does|did)(n'?t| not)|never)\s+(sell|market|present|describe|advertise|pitch)\s+(this|it|these|them|the|"
    r"our)(\s+[\w-]+){0,3}\s+as\b|"
    r"\b(have|has|did|do|does)(n'?t| not) (yet )?(calculated|measured|offset|assessed)\s+(or|and|nor)\s+"
    r"(calculated|measured|offset|assessed)\b|"
    # "We have not tested whether the coir layer is compostable"
    r"\b(have|has|did|do|does)(n'?t| not) (yet )?(tested|checked|verified|confirmed|measured|assessed) (whether|if)\b|"
    r"\b(has|have|is|are|was|were)(n'?t| not) (yet )?(been )?(tested|assessed|measured|verified|certified|evaluated|"
    r"audited|checked) (for|against)\b",
    re.IGNORECASE)


_DISCLAIMER_STOP = re.compile(r"[.;:!?\n|]|\b(but|however|although|though|while|whereas)\b", re.IGNORECASE)


_SENTENCE_END = re.compile(r"[.!?\n|]")


# a question the listing answers yes to ("Q: Can I compost these straws? A: Yes, ..."): its wording is claimed
_YES_ANSWER = re.compile(r"\s*[\"'\u201d\u2019]?\s*[-\u2013]?\s*[\"'\u201c\u2018]?\s*"
                         r"(((seller|brand|our|official) )?(A|Ans|Answer|reply)\s*[:.-]\s*)?"
                         r"((yes|yeah|yup|yep|absolutely|of course|definitely)\b|[\u2705\u2714\u2713\u2611])",
                         re.IGNORECASE)


# a line labelled as a buyer's question, cut from its question mark ("CUSTOMER QUESTION : Is this eco friendly / star
# rated?" splits at the slash), with no answer in it
_QUESTION_LABEL = re.compile(r"^\W*((customer|buyer|user)s?'?\s+)?(question|Q)\s*\d*\s*[:.\-\u2013]\s*(?=\S)",
                             re.IGNORECASE)
_ANSWER_LABEL = re.compile(r"\b(A|Ans|Answer|reply)\s*[:.\-]", re.IGNORECASE)


def _in_question(text: str, start: int) -> bool:
    """Whether the position is inside a question ("Is this bag biodegradable? We have not tested it.") that
    is not answered yes."""
    m = _SENTENCE_END.search(text, start)
    if m is None:
        label = _QUESTION_LABEL.match(text)
        return label is not None and label.end() <= start and not _ANSWER_LABEL.search(text, label.end())
    return m.group(0) == "?" and not _YES_ANSWER.match(text, m.end())


# the question's wording is claimed: "Q: Can I compost these straws? A: Yes, you can put them in your home compost bin"
answered_yes = occurs(re.compile(r"\?" + _YES_ANSWER.pattern, re.IGNORECASE))


# a sentence that denies the attribute to every part of the product ("None of the materials in this jacket,
# from the outer shell to the zips, are recycled.")
_NONE_OF = re.compile(r"\s*(none|no part|nothing|neither|not one|not a single|no component)\b( of)?", re.IGNORECASE)
# how long a material lasts in a landfill ("approx. 450 years to break down"): it does not degrade
_YEARS_TO = re.compile(r"\b(\d+|hundreds|thousands)( of)? (years|yrs\.?) to\s*$", re.IGNORECASE)
# "neither the shell nor the cushions contain recycled material"
_NEITHER_NOR = re.compile(r"\bneither\b[^.;:|\n]{1,60}\bnor\b[^.;:|\n,]{1,60}$", re.IGNORECASE)
_BUT = re.compile(r"\b(but|except|however|apart from|other than)\b", re.IGNORECASE)


# The negation can also follow the keyword: a prefix "non-" on it ("NON-REFILLABLE", "non-organic";
# "non-toxic" is matched from "non", so nothing stands before it), a trailing disclaimer ("free from PFAS
# is not claimed") or a spec table's answer ("Eco Friendly: No")
_NON_PREFIX = re.compile(r"\bnon[- ]?$|"
                         # a scheme named in brackets after "not certified" ("Not certified (ENERGY STAR)")
                         r"\bnot (certified|rated|listed|qualified|approved|registered)\s*\(\s*$", re.IGNORECASE)
# ... which a negator cancels: "not non-recyclable" says it is recyclable
_DOUBLE_NEGATIVE = re.compile(r"\b(not|never|isn'?t|aren'?t|is no|nothing)\s+non[- ]?$", re.IGNORECASE)


_POST_DISCLAIMER = re.compile(r"[^.;:!?|\n]{0,60}?\b(is|are)\s+(not|never)\s+(claimed|guaranteed|promised|stated|"
                              r"implied|advertised)\b|"
                              # "Shipping: standard courier, CO2 not compensated"
                              r"[\w-]*(\s+emissions?)?(\s+(from|of|for)( the| this| your| each)? [\w-]+)?\s+"
                              r"((is|are)\s+)?"
                              r"(not|never)\s+"
                              r"(compensated|offset|neutrali[sz]ed)\b|"
                              # "carbon-neutral shipping is no longer offered"
                              r"[\w -]{0,30}?\b(is|are)\s+(no longer|not|never)\s+(offered|available|provided)\b|"
                              # "waterless dyeing is not used for this colour", "upcycled tyre rubber is never used"
                              r"[\w -]{0,30}?\b(is|are)\s+(no longer|not|never)\s+(used|applied|employed)\b|"
                              # "Eco-friendly: no such claim made by the seller"
                              r"[\w-]*\s*[:=-]?\s*no (such )?claims? (is |are )?(made|given|stated)\b|"
                              # "Vegan: we cannot confirm the adhesives used"
                              r"[\w-]*\s*[:=]\s*(we )?(cannot|can'?t|could not|do not|don'?t) "
                              r"(confirm|say|claim|guarantee|"
                              r"verify|certify)\b",
                              re.IGNORECASE)


_SPEC_NO = re.compile(r"[\w&/ ()-]{0,45}?\s*([:=|\u00a6]|\s[-\u2013]\s)\s*(no|not( yet)?( certified| rated| applicable|"
                      r" available| claimed|"
                      r" tested| verified| measured| calculated| assessed| known| disclosed| specified| qualified|"
                      r" offered| provided| supported|"
                      # "Reusable filter: not included (use paper filters)", "Spare parts: not sold separately"
                      r" included| sold( separately)?|"
                      r" eligible|"
                      r" stated| declared| mentioned| confirmed)?|unknown|unconfirmed|unverified|"
                      r"(none|nil)( used| added| present| included)?|false|"
                      r"n/?a|0(\.0)?\s?%|(we )?(make|made) no claims?|no claims?( made)?|"
                      r"no ([\w-]+ ){0,2}(is |are )?(claimed|stated|declared)|"
                      r"none (are |is )?(made|given|claimed|stated)|[\u274c\u2716\u2717\u2718]|"
                      r"(?<=: )[\u2014\u2013-]{1,2}(?=\s*([|;]|$)))"
                      r"( (for|on|by|from|in) (this |the |our |any |a )?[\w -]{1,20}?)?"
                      r"\s*([.;,|()\u2013\u2014]|\s-\s|$)",
                      re.IGNORECASE)


# a question put as a statement and left open ("Whether the casing is non-toxic has not been tested by us.")
_WHETHER = re.compile(r"\b(whether|if)\b", re.IGNORECASE)
_LEFT_OPEN = re.compile(r"[^.;!?|\n]{0,40}?\b(has|have|is|are)\s+(not|never)\s+(yet\s+)?(been\s+)?(tested|verified|"
                        r"confirmed|checked|assessed|established|certified)\b", re.IGNORECASE)


# (or a keyword's status: "PFAS-free status of the coating is not confirmed by the manufacturer")
_PROPERTY_NOUN = re.compile(r"(compost|recycl|biodegrad|reus|refill|repair)ability\b|toxicity\b|"
                            r"[\w-]+[- ]free status\b", re.IGNORECASE)


# Hinglish: "organic nahi hai" (is not organic)
_POST_NAHI = re.compile(r"[\w -]{0,20}?\s+(nahi|nahin|nai)\b", re.IGNORECASE)


# a disposal the listing forbids ("please do not put it in the compost", "do not throw these bags into compost
# pits"): the keyword names where the product must not go
_DISPOSAL_BAN = re.compile(r"(\b(do not|don'?t|never|not to|must not|should not)\s+(put|throw|toss|add|flush|place|"
                           r"dispose( of)?|discard|drop|send|mix|bin|leave)\b|"
                           # "remove before adding plants to the compost heap"
                           r"\bremove (it |them |the [\w-]+ )?before\b)[^.;:!?|\n]{0,40}?\b(in|into|to|with|"
                           r"down|on|for)\s+(the\s+|a\s+|your\s+|any\s+|home\s+)*$", re.IGNORECASE)


# "Bottle: zero recycled glass", "with zero organic content": a share of none (not "zero plastic", "zero carbon
# footprint", "Zero plastic eco design", where zero is the claim)
_ZERO_BEFORE = re.compile(r"\bzero\s+$", re.IGNORECASE)
_NONE_OF_KIND = re.compile(r"(recycled|post-consumer|pcr|organic|renewable|certified|fsc|fair[- ]?trade)\b",
                           re.IGNORECASE)


# a cross mark before the keyword in an emoji feature list ("\u274c Biodegradable travel pouch")
_CROSS_BEFORE = re.compile(r"[\u274c\u2716\u2717\u2718]\ufe0f?\s*([\w-]+\s+){0,2}$")
# ... or after it, ending the line ("Recyclable packaging \u2717")
_CROSS_AFTER = re.compile(r"[\w-]+(\s+[\w-]+){0,2}\s*[\u274c\u2716\u2717\u2718]\ufe0f?\s*$")


_ABBREV_DOT = re.compile(r"\b(e\.g|i\.e|etc|approx|incl|viz|vs|no|nr)\.", re.IGNORECASE)
# "No. of BEE stars: 3": the number of, no negator
_NUMBER_OF = re.compile(r"\bno\.(?=\s*(of\b|[:#]|\d))", re.IGNORECASE)


def is_negated(text: str, start: int) -> bool:
    """Whether the keyword that starts at ``start`` is negated by the words just before it, disclaimed
    earlier in its clause (or after it), answered "No" in a spec table, or asked about."""
    # "we do not claim, e.g. on the box, that ...": an abbreviation's dot ends no sentence
    window = _ABBREV_DOT.sub(lambda m: m.group(0).replace(".", " "),
                             _NUMBER_OF.sub("num", text[max(0, start - 80): start]))
    if _DOUBLE_NEGATIVE.search(window):
        return _in_question(text, start)
    if (_ZERO_BEFORE.search(window) and _NONE_OF_KIND.match(text, start)) or _CROSS_BEFORE.search(window[-30:]) or \
            _CROSS_AFTER.match(text, start):
        return True
    sentence = after_last(_SENTENCE_END, text[max(0, start - 200): start])
    if (_NONE_OF.match(sentence) and not _BUT.search(sentence)) or _YEARS_TO.search(window) or \
            _NEITHER_NOR.search(sentence[-140:]) or \
            _DISPOSAL_BAN.search(sentence[-100:]):
        return True
    if _in_negated_aside(text, start) or _in_negated_examples(text, start):
        return True
    clause = after_last(CLAUSE_START, window)
    # a disclaimer covers a list ("we don't call them natural, clean or eco"), up to a sentence break
    scope = after_last(_DISCLAIMER_STOP, window)
    # "Enclosure: die-cast aluminium; no part of the enclosure is made from ocean plastic"
    if _NONE_OF.match(clause) and not _BUT.search(clause):
        return True
    if (_WHETHER.search(sentence) or _PROPERTY_NOUN.match(text, start)) and _LEFT_OPEN.match(text, start):
        return True  # ... or a property named as a noun ("Compostability of the pouch has never been tested by us")
    return bool(_NEGATOR.search(clause[-60:]) or _DISCLAIMER.search(scope) or _NON_PREFIX.search(window)
                or _POST_DISCLAIMER.match(text, start) or _SPEC_NO.match(text, start) or _SHARE_ZERO.match(text, start)
                or _POST_NAHI.match(text, start)) or _in_question(text, start)


# a share answered zero ("Recycled content: zero"), unlike a zero that is the claim ("Emissions: zero")
_SHARE_ZERO = re.compile(r"(recycled|organic|renewable|recyclable|compostable|biodegradable)[\w ]{0,20}?\s*[:=]\s*"
                         r"zero\b\s*([.;,|()]|$)", re.IGNORECASE)


_EXAMPLES_BEFORE = re.compile(r",?\s*\(?\s*" + EXAMPLE_MARKER + r"\s+"
                              r"([\w-]+,?\s+){0,4}$", re.IGNORECASE)


def _in_negated_examples(text: str, start: int) -> bool:
    """The keyword is an example of a negated keyword just before it ("Contains no recycled material, e.g. regrind or
    post-consumer resin")."""
    window = max(0, start - 80)
    m = _EXAMPLES_BEFORE.search(text[window:start])
    if m is None:
        return False
    end = window + m.start()
    attrs, _ = compiled_patterns()
    hits = [h.start() for p in attrs for h in p.finditer(text, max(0, end - 60), end)]
    return bool(hits) and is_negated(text, max(hits))


_KEYWORD_BEFORE_ASIDE = re.compile(r"([\w-]+)\s*\(([^()]*)$")


def _in_negated_aside(text: str, start: int) -> bool:
    """The keyword sits in a bracket right after a negated keyword, explaining it ("Not compostable (e.g. in home
    bins or municipal compost)")."""
    m = _KEYWORD_BEFORE_ASIDE.search(text[max(0, start - 80): start])
    if m is None:
        return False
    at = max(0, start - 80) + m.start(1)
    attrs, _ = compiled_patterns()
    return any(p.match(text, at) for p in attrs) and is_negated(text, at)


def after_last(pattern: re.Pattern[str], text: str) -> str:
    """``text`` after the last match of ``pattern`` (all of it when there is none)."""
    end = 0
    for m in pattern.finditer(text):
        end = m.end()
    return text[end:]


def first_unnegated(pattern: re.Pattern[str], text: str) -> tuple[int, int] | None:
    """The span of ``pattern``'s first match in ``text`` that is not negated, disclaimed or asked about."""
    for m in pattern.finditer(text):
        if not is_negated(text, m.start()):
            return m.start(), m.end()
    return None


# a whole statement disclaimed after the fact: "Free from PFAS is not claimed for this coating."
_DISCLAIMED_STATEMENT = re.compile(r"[^.;:!?|\n]{1,80}?\b(is|are)\s+(not|never)\s+(claimed|guaranteed|promised|"
                                   r"stated|implied|advertised)\b[^.;:!?|\n]*[.!]?\s*|"
                                   # the claim a question raised, refused, and why ("Zero-carbon? We don't claim that:
                                   # making panels emits CO2, and we have not measured it.")
                                   r"\W*(no[,.!]?\s+)?we (do not|don'?t|never|cannot|can'?t|won'?t) (claim|say) "
                                   r"(that|this|it|so)\b"
                                   r"\s*([:.,;\u2013-][^|\n]*)?", re.IGNORECASE)


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


_NO_SINGLE_USE_PLASTIC = re.compile(r"(^|[:;,\u2013\u2014-]\s*|\b(with|has|have|uses?|contains?)\s+)(no|zero)\s+"
                                   r"single[- ]use plastics?\b", re.IGNORECASE)
_UNTESTED_WHETHER = re.compile(r"\b(not|never)\s+(been\s+)?(tested|checked|verified|confirmed|measured)\s+"
                               r"(whether|if)\b", re.IGNORECASE)
_NO_ASIDE = re.compile(r"[:=]\s*(no|not)\s*\((?P<why>[^()|]{0,80})\)", re.IGNORECASE)


_NOT_STATED = re.compile(r"^\W*[\w &/-]{1,30}?\s*[:\u2013\u2014-]\s*(information |details? |data |claims? )?"
                         r"(not (provided|available|specified|stated|known|disclosed)|n/?a)\b", re.IGNORECASE)


@memo
def negated_only(text: str) -> bool:
    """True when ``text`` names eco attributes but every mention is negated or disclaimed
    ("Not biodegradable - do not flush."), the text is a question ("Is it recyclable?") or a statement
    disclaimed as a whole ("Free from PFAS is not claimed"). A header's mention ("About emissions: we do not
    call it carbon neutral") follows the statement after it."""
    if (text.rstrip().endswith("?") and "?" not in text.rstrip()[:-1]) or _DISCLAIMED_STATEMENT.fullmatch(text.strip()):
        return True
    if _NOT_STATED.match(text):
        return True  # "Sustainability : Information not provided by the manufacturer for this model."
    if _NO_SINGLE_USE_PLASTIC.search(text):
        return False  # "Packaging: no single-use plastic": an absence claimed (plastic-free), as "no plastic" is
    attrs, _ = compiled_patterns()
    disclaimed = _claim_disclaimed(text)
    if disclaimed and all(name in disclaimed for name, p in zip(ATTRIBUTES, attrs, strict=True) if p.search(text)):
        return True  # "Water use is the same as our previous model; we make no water-saving claim."
    # the reason given for a spec row's "No" claims nothing ("Refillable jar: No (single-use votive holder)")
    asides = [a.span("why") for a in _NO_ASIDE.finditer(text)]
    mentions = _statement_mentions(text, [m.start() for p in attrs for m in p.finditer(text)
                                          if not any(a <= m.start() < b for a, b in asides)] or
                                   # a free-of wording no attribute names ("whether the foam is CFC-free")
                                   [m.start() for m in _FREE_OF_WORD.finditer(text)])
    # the baseline of a comparison says nothing of the product ("45% less electricity vs. a non-inverter AC")
    mentions = [m for m in mentions if not _BASELINE_BEFORE.search(text[max(0, m - 40): m])]
    if not mentions and _UNTESTED_WHETHER.search(text):
        return True  # "we have not tested whether it contains PFAS": a substance left open, no claim
    noun = _PROPERTY_NOUN.search(text)
    if not mentions and noun and _LEFT_OPEN.match(text, noun.start()):
        return True  # "Packaging recyclability has not been assessed by us": a property left open
    return bool(mentions) and all(is_negated(text, m) for m in mentions)


# a disclaimer that names the claim it does not make ("we make no water-saving claim", "no recyclability claim is made")
_NO_CLAIM_OF = re.compile(r"\b(make|makes|made|making) no (such )?(?P<what>([\w-]+ ){0,2}?[\w-]+) claims?\b|"
                          r"\bno (?P<what2>([\w-]+ ){0,2}?[\w-]+) claims? (is |are )?(made|given|stated)\b",
                          re.IGNORECASE)


# testing on animals a disclaimer covers ("we cannot confirm that our suppliers do not test on animals"): the words
# the lexicon has no keyword for
_ANIMAL_TESTING = re.compile(r"\b(test(s|ed|ing)? on animals|animal[- ]testing|cruelty[- ]free)\b", re.IGNORECASE)


def _claim_disclaimed(text: str) -> set[str]:
    """The attributes of the claims ``text`` says it does not make."""
    out: set[str] = set()
    for m in _NO_CLAIM_OF.finditer(text):
        what = m.group("what") or m.group("what2") or ""
        out |= {name for name, p in zip(ATTRIBUTES, compiled_patterns()[0], strict=True) if p.search(what)}
    if _ANIMAL_TESTING.search(text):  # (the disclaimer scan only where testing on animals is named at all)
        for m in _DISCLAIMER.finditer(text):
            stop = _DISCLAIMER_STOP.search(text, m.end())
            if _ANIMAL_TESTING.search(text, m.end(), stop.start() if stop else len(text)):
                out.add("animal_welfare")
    return out


_FREE_OF_WORD = re.compile(r"\b[A-Za-z0-9]+[- ]free\b", re.IGNORECASE)
_BASELINE_BEFORE = re.compile(r"\b(vs\.?|versus|than|compared (to|with))\s+([\w-]+\s+){0,3}(non[- ]?)?$", re.IGNORECASE)


@memo
def negated_attributes(text: str) -> frozenset[str]:
    """The attributes named in ``text`` whose every mention is negated ("Dust bag is disposable, not
    biodegradable; use the cloth filter for reuse": biodegradable_compostable); a header's mention follows
    the statement after it."""
    out = _claim_disclaimed(text)
    for name, pattern in zip(ATTRIBUTES, compiled_patterns()[0], strict=True):
        found = _statement_mentions(text, [m.start() for m in pattern.finditer(text)])
        if found and all(is_negated(text, m) for m in found):
            out.add(name)
    return frozenset(out)


@memo
def signal_negated(text: str, signal: str) -> bool:
    """True when ``signal`` matches in ``text`` and every match is negated ("no offsets are used")."""
    _, sigs = compiled_patterns()
    found = list(sigs[SIGNALS.index(signal)].finditer(text))
    return bool(found) and all(is_negated(text, m.start()) for m in found)
