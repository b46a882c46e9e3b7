"""Generic environmental terms ("eco-friendly", "green", "planet-safe") and what specifies them.

A generic term is GENERIC_CLAIM unless the listing specifies it right there (labels.md section 3): a
named substance, a certificate with its licence, a scoped quantified fact.
"""

from __future__ import annotations

import re

from claims.text.legal import LEGAL_SIGNAL
from claims.text.lexicon import ATTRIBUTE_PATTERNS, attribute_hits, match_spans, memo, occurs, within
from claims.text.negation import first_unnegated, is_negated
from claims.text.senses import MODE_NEARBY, MODEL_ECO, sense_spans

# Rules that hold whatever the heads say (labels.md sections 3 and 4). Each returns the span of its
# trigger inside ``text`` (or None); negated or asked-about triggers do not count.

# an eco hashtag ("#greenfashion", "#ecofriendly", "#sustainableliving"): a generic claim, and its context
_HASHTAG = (r"#(eco ?friendly|sustainab\w+|green(fashion|living|beauty|home|life)|zero ?waste|conscious\w*|"
            r"savetheplanet|planetfriendly|gogreen)\b")

# Unmistakable generic environmental wording ("green" and "sustainable" have too many other senses)
_STRONG_GENERIC = re.compile(
    r"\beco[- ]?(friendly|freindly|frendly|frienly)|\beco[- ]?(conscious|safe)|"
    r"\benvi?ron?ment(al(ly)?)?[- ]?(friendly|conscious|safe)|"
    r"\benvironmentally responsible\b(?! (manner|way|disposal|recycling|recycler|channels?))|"
    r"\b(a|the|our) green (?!(colou?r|shade|tone|variant)\b)([\w-]+ )?(solutions?|choices?|options?|alternatives?)\b|"
    r"\bsafe for (the )?(environment|planet|nature|earth)\b|"
    r"\b(saves?|protects?|heals?) (the |our )?(earth|planet|environment)\b|"
    # "Q: Is this sustainable? A: Yes, ..."; a bracket header with nothing else in it ("【SUSTAINABLE】")
    r"\b(is|are) (this|it|these|they)( product| item)? (really |truly )?(sustainab\w*|green(er)?|eco|eco[- ]friendly|"
    r"ecological|"
    r"environment(al)?"
    r"(ly)?[- ]friendly)\s*\?\s*(A\s*[:.-]\s*)?(yes|yeah|yep|yup|absolutely|of course|definitely)\b|"
    r"\u3010\s*(sustainab\w*|eco|green(er)?|ecological|planet[- ]friendly|earth[- ]friendly)\s*\u3011|"
    r"\b(we )?(cares?|caring) for (the |our )?(planet|earth|environment|nature)\b|\b(a )?step (towards?|for) (a )?"
    r"(greener|cleaner|better) (planet|earth|future|tomorrow)\b|\bfor a (greener|cleaner) (planet|earth|future|"
    r"tomorrow|world)\b|\bgreen [\w-]+ for a better (tomorrow|future|planet|world|earth)\b|"
    r"\b(a|the) (greener|more sustainable|more eco-friendly) ((grooming|cleaning|cooking|beauty|morning|daily|laundry|"
    r"kitchen|home|office|party|festive) )?(way|choice|option|alternative|pick|swap|routine|habit|"
    r"lifestyle|home|wardrobe|kitchen|commute|roof|building|build|house)\b|"
    # a building product called green ("A green cement", "Green Building Material"); unfired "green bricks" are not
    r"\bgreen (cement|building (materials?|products?|solutions?)|construction (materials?|products?))\b|"
    r"\bgreen (cooling|heating)\b|"
    # an imperative to act green ("Read green with Storimo", "Shop greener")
    r"\b(live|shop|read|clean|travel|think|celebrate|gift|party|choose)\s+green(er)?\b|"
    # an eco-smart design or choice ("ECO-SMART DESIGN: slim 7.5 cm body"), not an "Eco-Smart mode"
    r"\beco[- ]?smart (design|choice|way|solution|option|pick|product|living|home)\b|"
    # a green festival ("Celebrate a green Diwali with these diyas")
    r"\b(a|an|this|your) (green|eco) (diwali|holi|christmas|xmas|eid|navratri|durga puja|ganesh chaturthi|"
    r"festival|festive season|celebration|wedding|party|birthday)\b|"
    # a conscious buyer or home ("For the conscious family", "Conscious Clean")
    r"\b(for )?the conscious (family|home|shopper|consumer|parent|buyer|kitchen|travell?er)\b|\bconscious clean\w*\b|"
    # a conscious category ("Conscious jewellery for everyday wear"), a greener activity ("Greener streaming in Full
    # HD")
    r"(?<![\w-])conscious (jewell?ery|fashion|beauty|living|style|clothing|apparel|wear|homeware|gifting|skin ?care|"
    r"cosmetics|furniture|footwear|accessories)\b|"
    r"\bgreener (streaming|viewing|listening|gaming|printing|cleaning|laundry|living|cooking|brewing|shopping|gifting|"
    r"travel|commut\w*|rides?|celebrations?|parties|festivals?|weddings?|homes?|kitchens?|offices?|workplaces?)\b|"
    r"\bfor conscious (listeners?|consumers?|shoppers?|buyers?|travell?ers?|parents?|famil(y|ies)|homes?|kitchens?|"
    r"cooks?|readers?|gamers?|riders?|people|users?|customers?|owners?)\b|"
    r"(?<![\w-])conscious (tech|technology|gadgets?|electronics|"
    r"charging|cooking|cleaning|gaming|listening|streaming|printing|shopping|travel|shaving|"
    r"grooming|bathing|parenting)\b|"
    # ... after a comma or "and" ("Feel good, be green"), not a colour to come ("the LED will be green")
    r"(^|[,;!]\s*|\band\s+)be\s+green(er)?\b|"
    # a segment that is only the word ("... Elastic All Round \u2013 Sustainable")
    r"^\W*(sustainabl[ey]|eco[- ]?conscious|ecological)\W*$|"
    # ... after a highlights label ("Highlights: Sustainable")
    r"^\W*(highlights?|features?|key features?|tags?|why us)\s*:\s*(sustainabl[ey]|eco[- ]?conscious|ecological)\W*$|"
    r"\bthe green way\b|"
    # "Made for a healthier environment", "Sustainable Diwali d\u00e9cor"
    r"\bfor a (healthier|cleaner|greener|better|safer) (environment|planet|earth)\b|"
    r"\bsustainable (diwali|holi|christmas|xmas|eid|navratri|festivals?|festive|weddings?|celebrations?)\b|"
    # "Leaves a minimal footprint on your planet"
    r"\b(minimal|tiny|small|smaller|light|lighter|low|lower|gentle) ((carbon|environmental|eco(logical)?) )?footprint "
    r"on (the |your |our )?(planet|earth|environment|nature)\b|"
    # said of the product in so many words ("It is sustainable, and we are proud of that", "We proudly claim this
    # kaftan is sustainable"), not of a pace or a load kept up ("this output is sustainable for hours")
    r"\b(it|this( [\w-]+){0,2}|these( [\w-]+){0,2}|our [\w-]+( [\w-]+)?)\s+(is|are)\s+((so|very|really|truly|fully) )?"
    r"sustainable\b(?!\s*(for|over|through|during|across|at|in|under|when|up to|as long)\b)(?!\s*\?)|"
    # a title's brand, then "Sustainable" before what the product is ("Ostrello Sustainable Wi-Fi 6 Mesh System")
    r"(?-i:^\W*[A-Z][\w'-]+( [A-Z][\w'-]+)? Sustainable (?!(Performance|Energy|Power|Speed|Growth|Weight|Results?|"
    r"Release|Pace|Output|Yield)\b)[A-Z0-9])|"
    # Hinglish: "Nature ke liye achha", "Paryavaran ke liye safe"
    r"\b(nature|planet|earth|environment|paryavaran|prakriti|dharti|dharti maa) ke liye (achha|accha|acha|achchha|"
    r"safe|behtar|best|sahi)\b|"
    r"\bsustainable (power|energy) for (your|the|every) (home|family|house)\b|"
    r"\beco[- ]responsible\b|\b(the|an?) eco[- ]?smart (way|choice|option|alternative|pick)\b|"
    # no adverse impact claimed (CMA principle 2: "Zero-impact Diwali gifting")
    r"\bzero[- ]impact\b(?! on (battery|performance|speed|taste|quality|flavou?r|skin|hair|sound)\b)|"
    r"\b(no|minimal|low)[- ]impact on (the |our )?(planet|earth|environment|nature)\b|"
    r"\bnature[- ]?(friendly|positive)|\bplanet[- ]?(friendly|positive|safe|kind|first)|"
    r"\bearth[- ]?(friendly|kind|safe)|"
    r"\becological(ly)?\b|"
    r"\b(nature|planet|earth)[- ](loving|conscious)\b|"
    # "KATHA SUSTAINABLE WOODEN CHOPPING BOARD": "sustainable" before what the product is made of or is
    # (one word may stand between: "Sustainable stacking toy", "Sustainable Handle" of a part)
    r"\bsustainabl[ey][- ]((?!(performance|weight|results?|growth|energy|speeds?|power|grown|sourced|harvested|managed|"
    r"forested|farmed|made|produced|crafted|palm|oil|fishing|seafood|fish)\b)[\w-]+ ){0,2}"
    r"(wooden|bamboo|cotton|jute|cork|handmade|hand-made|natural|reusable|kitchen|home|bath|handles?|lids?|caps?|"
    r"straps?|cases?|covers?|tools?|products?|choice|option|alternative|swap|design|ways?|future|living|lifestyle|"
    r"everyday|premium|organic|gifts?|packaging|materials?|fabrics?|yoga|toys?|furniture|decor|clothing|apparel|"
    r"copy|paper|notebooks?|stationery|pens?|pencils?|bags?|bottles?|straws?|cups?|plates?|cutlery|brush(es)?|"
    r"toothbrush(es)?|soaps?|candles?|shoes?|sneakers?|t-?shirts?|jeans|jackets?|kurtas?|sarees?|mats?|rugs?|"
    r"fleece|blankets?|throws?|towels?|bedsheets?|bedding|pillows?|cushions?|quilts?|duvets?|curtains?|"
    r"fill(ing)?s?|stuffing|wadding|linings?|insoles?|"
    r"hoodies?|sweatshirts?|socks|leggings|dresses|shirts?|backpacks?|wallets?|planters?|pots?|lunch ?box(es)?|"
    r"boards?|chairs?|tables?|desks?|shelves|shelving|sofas?|stools?|beds?|mattress(es)?|bins?|baskets?|trays?|"
    r"bowls?|mugs?|jars?|containers?|boxes|utensils?|combs?|sponges?|cloths?|wraps?|diapers?|nappies|razors?|"
    r"laptops?|phones?|jewell?ery|beauty|skin ?care|cosmetics|make-?up|cleaners?|detergents?|formula|formulation|"
    r"hoses?|garden|patio|outdoor|grills?|luggage|totes?|duffels?|watch(es)?|sunglasses|eyewear|belts?|"
    r"purifiers?|fans?|heaters?|lights?|lighting|lamps?|bulbs?|speakers?|chargers?|earbuds|headphones|kettles?|"
    r"coolers?|geysers?|cooktops?|refrigerators?|fridges?|printers?|routers?|monitors?|"
    r"appliances?|electronics|gadgets?|tyres?|tires?|helmets?|bikes?|bicycles?|build|mounts?|stands?|racks?|"
    r"brackets?|holders?|organi[sz]ers?|accessories|hydration|steel|aluminium|aluminum|metal|glass|stationery)\b|"
    r"\bclimate[- ]?(friendly|conscious)|"
    r"\b(good|better)[- ]for[- ](the[- ]|mother[- ])?(planet|earth|environment|nature|ecosystems?)|"
    # "Good for your body and for the environment"
    r"\b(good|better|great|kind(er)?|gentle|gentler|safe|safer) (for|to|on) "
    r"(you|your [\w-]+|the [\w-]+|kids|skin|people)"
    r"( [\w-]+)? (&|and) (also )?(for |to |on )?(the |our |mother )?(planet|earth|environment|nature)\b(?! than\b)|"
    r"\bgreen (technolog(y|ies)|tech|choice|option|alternative|solution|formula)\b|"
    # Hinglish: "Dharti ke liye achha", "Paryavaran ke liye safe"
    r"\b(dharti|prithvi|paryavaran|prakriti)(\s+|-)(ke\s+liye\s+)?(achha|accha|acha|achchha|safe|friendly|anukool)\b|"
    r"\bkind(er)?[- ]to[- ](the[- ]|mother[- ])?(planet|earth|environment|nature)\b|"
    # "The responsible choice for your bedroom", "Made mindful of Mother Earth"
    r"\b(responsible|conscious|conscientious|ethical) (choice|option|alternative|pick|swap)\b|"
    r"\b(mindful|respectful|gentle|gentler) (of|to|on) (mother )?(earth|planet|nature|the environment)\b|"
    r"\b(made|designed|crafted|created|built|packed) with (the |our )?(planet|earth|environment|nature) in mind\b|"
    # a spec row that answers a generic word yes ("Sustainable: Yes")
    r"^\W*(sustainab\w*|green(er)?|eco|ecological|conscious)\s*:\s*(yes|y|true)\b|"
    # a hashtag ("#greenfashion", "#ecofriendly", "#sustainableliving")
    + _HASHTAG + "|"
    # "Goes easy on the planet"
    r"\b(goes|go|is|it's|are) easy on the (planet|earth|environment)\b|"
    r"\b100% eco\b|\bgreen (materials?|formula|formulation|choice|upgrade|swap|product|"
    r"cleaning|living|alternative|option|beauty|skin ?care|"
    r"stationery|cooking|car ?care|hydration|office|kitchen|home ?care|laundry care|"
    r"cosmetics|make-?up)\b|"
    # a cleaning product called green: no colour of the liquid is sold ("Green laundry liquid")
    r"\bgreen (laundry|detergents?|cleaners?|dish ?wash\w*|washing (liquid|powder)|surface (spray|cleaner))\b|"
    r"\bchoice for (the )?(planet|earth|environment)\b|"
    # "healthy choice for your family & the earth", "help India turn green", "Go Green"
    r"\bchoice for (you|your (family|skin|home|kids|baby|body))( \w+)? (&|and) (the |our )?"
    r"(planet|earth|environment)\b|"
    r"\bhelp (\w+ ){1,2}(turn|go|become|stay) green(er)?\b|"
    r"(?<![\w-])(?<!will )(?<!to )(?<!can )(?<!may )(?<!should )(?<!light )(?<!lights )go green\b"
    r"(?!\s+(when|if|once|after|while|during|until|to (show|indicate)))|"
    # importers' translated copy: "Environmental Protection Material", "Green Environmental Protection"
    r"\benvironment(al)? protect(ion|ive)\b(?! (agency|act|department|rules|law))|\bgreen environmental\b|"
    # "sustainable" has other senses ("sustainable pace"), not in these phrases
    r"\bsustainabl[ey][- ](made|produced|manufactured|crafted|designed|built|choices?|options?|alternatives?|"
    r"products?|brands?|living|lifestyle|fashion|gifts?)\b|\b(100%|fully|truly|completely|totally) sustainable\b|"
    # ... nor beside an ethical or environmental word ("Ethical & Sustainable Stacking Ring")
    r"\b(ethical(ly)?|eco|green|natural|organic|responsibl[ey]|conscious|vegan) ?(&|and) ?sustainabl[ey]\b|"
    r"\bsustainabl[ey] ?(&|and) ?(ethical(ly)?|eco|green|responsibl[ey]|conscious)\b|"
    # labels.md section 1 names "conscious choice" among the generic terms
    r"\b(a )?conscious (choices?|collection|living|lifestyle|fashion|consumers?|shopping|purchases?|buys?|lighting|"
    r"tees?|t-?shirts?|wear|denim|edit|kurtas?|dresses?|basics|essentials|range|line|"
    r"homes?|kitchens?|beauty|clothing|design|gifts?|products?|grooming|skin ?care|hair ?care|self-care|play|"
    r"cleaning|learning|parenting|reading|travel|cooking|gifting)\b|"
    # "Consciously crafted in my home studio"
    r"\bconsciously (crafted|made|designed|created|produced)\b|"
    # a bare "eco" only before a noun ("Eco sneakers", "an eco home"), never in a list of modes
    r"\beco(?=\s+[a-z][a-z-]{2,})(?!\s+(mode|vision|system|tank|sport|blue|logic|plus|smart|series|wash|dry|fan|"
    r"cool|boost|drive|power|charge|sense|sensor|bubble|cycle|setting|program|function|button|label|cert|"
    r"steam|position|heat|temp|rinse|spin|cook|brew|light|display|screen|flow|"
    r"friendly|standard|normal|turbo|max|speed|level|pack)\b)", re.IGNORECASE)


# a seller's own certification, said in so many words ("is our own Earth Care certification", "our in-house green seal")
_OWN_CERTIFICATION = re.compile(r"\b(our own|our in-house|in-house|self[- ](certified|declared|awarded))\b[^|.;]{0,40}?"
                                r"\b(certification|certificate|seal|label|badge|standard|mark|stamp)\b", re.IGNORECASE)


@memo
def own_certification(text: str) -> bool:
    m = _OWN_CERTIFICATION.search(text)
    return m is not None and not is_negated(text, m.start())


@memo
def strong_generic(text: str) -> tuple[int, int] | None:
    """A generic environmental term that is plainly a claim ("eco-friendly", "nature-friendly",
    "Eco sneakers"), not negated or asked about, not part of a feature name."""
    names = [*sense_spans(text), *match_spans(text, MODEL_ECO)]
    for m in _STRONG_GENERIC.finditer(text):
        if within(m.start(), names) or is_negated(text, m.start()):
            continue
        if m.group(0).lower() == "eco" and MODE_NEARBY.search(text, max(0, m.start() - 40), m.end() + 40):
            continue
        return m.start(), m.end()
    return None


CERT_WORD = re.compile(r"certif\w*|eco ?label|nordic swan|blue angel|cradle to cradle", re.IGNORECASE)


# "Free of harmful substances, e.g. BPA, phthalates and lead": the substances are named (labels.md
# section 4: "free of <named substance>" is specific, not VAGUE_FREE_OF)
_NAMED_SUBSTANCE = re.compile(
    r"\b(BPA|bisphenol|phthalates?|lead|cadmium|mercury|PFAS|PFOA|PFC|PVC|formaldehyde|parabens?|sulfates?|"
    r"SLS|azo|nickel|chromium|VOCs?|latex|triclosan|microplastics?|fluorine|chlorine|ammonia|phosphates?|"
    r"sulphates?|SLES|oxybenzone|octinoxate|xylene|toluene|benzene|DEHP|heavy[- ]metals?)\b",
    re.IGNORECASE)


names_substance = occurs(_NAMED_SUBSTANCE)


# a named substance left out of the making ("Water-repellent coating made without PFAS"): a specific free-of claim
_MADE_WITHOUT = re.compile(r"\b(made|produced|manufactured|finished|treated|coated|dyed|tanned|printed) without "
                           r"(any )?(added )?" + _NAMED_SUBSTANCE.pattern, re.IGNORECASE)


# ... or said to be absent from a coating ("Bare cast iron with no PTFE (Teflon) or PFOA coating at all")
_SUBSTANCE = r"(PTFE|PFOA|PFAS|PFOS|BPA|lead|cadmium|phthalates?|parabens?)(\s*\([\w -]{1,20}\))?"
_NO_SUBSTANCE_COATING = re.compile(r"\b(no|zero) " + _SUBSTANCE + r"(\s*(,|or|and|&|/)\s*" + _SUBSTANCE + r"){0,3}"
                                   r"\s+(coatings?|linings?|layers?)\b", re.IGNORECASE)


@memo
def made_without_substance(text: str) -> tuple[int, int] | None:
    return first_unnegated(_MADE_WITHOUT, text) or first_unnegated(_NO_SUBSTANCE_COATING, text)


# a plastics or cosmetics chemical named as left out ("lid made of BPA free polypropylene", "Paraben Free"): a
# specific free-of claim (labels.md section 4), which the held-out writers label wherever it stands
_NAMED_FREE = re.compile(r"\b(BPA|bisphenol[- ]A|phthalates?|parabens?|sulph?ates?|SLS|SLES|PFOA|PFAS)[- ]?free\b|"
                         r"\bfree (of|from) (BPA|bisphenol[- ]A|phthalates?|parabens?|PFOA|PFAS)\b", re.IGNORECASE)


@memo
def named_free_of(text: str) -> tuple[int, int] | None:
    return first_unnegated(_NAMED_FREE, text)


# A named substance that only stands beside the vague term ("nontoxic and BPA free"), not after it as
# its specification ("non-toxic: free of BPA and lead", "free of harmful chemicals such as BPA")
_BESIDE_VAGUE = re.compile(
    r"\b(non[- ]?toxic|chemical[- ]?free|toxin[- ]?free|harmless)\s*(and|&|,)\s*"
    # (one more quality between: "Non-toxic and tasteless, BPA free")
    r"((tasteless|odou?rless|odou?r[- ]free|safe|durable|food[- ]grade)\s*(and|&|,)\s*)?"
    r"(BPA|phthalates?|lead|PVC|PFAS|PFOA|formaldehyde|parabens?)[- ]?free\b", re.IGNORECASE)


@memo
def substance_only_beside_vague(text: str) -> bool:
    """``text``'s vague free-of term is coordinated with a named substance, not specified by it ("made of
    solid wood, nontoxic and BPA free": the non-toxic claim stays vague)."""
    return _BESIDE_VAGUE.search(text) is not None


# Vague free-of wording (labels.md section 4: "chemical-free", "non-toxic", "harmless" with no
# substance named are VAGUE_FREE_OF)
_VAGUE_FREE = re.compile(r"\bnon[- ]?toxic\b|\bchemical[- ]?free\b|\btoxin[- ]?free\b|\bharmless\b|"
                         r"\bfree (of|from) (harmful|harsh|toxic) (chemicals|substances|ingredients|toxins)\b|"
                         r"\b(no|zero|without( any)?) (harmful|harsh|toxic|nasty) (chemicals|substances|ingredients|"
                         r"toxins)\b|"
                         # "No nasties (e.g. harsh chemicals) added", "nasties-free", "nothing nasty"
                         r"\b(no|zero|free (of|from)|without( any)?) nasties\b|\bnasties[- ]free\b|\bnothing nasty\b|"
                         # a heater's or cooler's "No Harmful Gas" names no gas
                         r"\b(no|zero|without( any)?) (harmful|toxic|poisonous) (gas(es)?|fumes|emissions?)\b",
                         re.IGNORECASE)


# Elemental chlorine free (ECF) bleaching is the paper industry's norm: it does not specify a generic term
# ("eco friendly and elemental chlorine free paper" stays a generic claim)
_ECF = re.compile(r"\belemental[- ]chlorine[- ]free\b|\bECF\b", re.IGNORECASE)


def without_non_specifiers(text: str) -> str:
    """``text`` without what cannot specify a generic term: ECF bleaching, and substances or marks the law
    requires anyway ("eco friendly: mercury free and RoHS" stays a generic claim)."""
    return LEGAL_SIGNAL.sub(" ", _ECF.sub(" ", text))


@memo
def vague_free_of(text: str) -> tuple[int, int] | None:
    """A vague free-of term ("non-toxic", "chemical free") that no named substance specifies."""
    hit = first_unnegated(_VAGUE_FREE, text)
    return None if hit is None or vague_specified(text, hit) else hit


# the substances a vague term lists after it ("free of harmful chemicals such as BPA and lead") or that it
# closes ("free of BPA, lead and other harmful chemicals"); not a separate claim beside it ("which are BPA
# free, 100% chemical free bottle", "nontoxic and BPA free")
_OTHER_BEFORE = re.compile(r"\b(and|or|&)\s+(any\s+|all\s+)?other\s+$", re.IGNORECASE)


def vague_specified(text: str, hit: tuple[int, int] | None = None) -> bool:
    """Whether the vague free-of term at ``hit`` (default: the first in ``text``) is specified by named
    substances (labels.md section 4: "free of <named substance>" is specific)."""
    hit = hit or first_unnegated(_VAGUE_FREE, text)
    if hit is None:
        return names_substance(text) and not substance_only_beside_vague(text)
    if substance_only_beside_vague(text):
        return False
    # ... within its own clause: "non toxic and rust free; the lid is BPA free polypropylene" names no substance for
    # the steel
    if _NAMED_SUBSTANCE.search(text[hit[1]: hit[1] + 100].split(";", 1)[0]):
        return True
    before = text[max(0, hit[0] - 80): hit[0]]
    return bool(_NAMED_SUBSTANCE.search(before) and _OTHER_BEFORE.search(re.sub(r"(harmful|harsh|toxic|nasty)\s+$",
                                                                                 "", before)))


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


environment_word = occurs(_ENVIRONMENT_WORD)


# What a generic claim is made of: a generic term, or the environment named ("better for the planet"). A
# segment with neither ("BPA free" beside an "eco-friendly" bullet) carries no generic claim, whatever
# the heads read into it from its neighbours
_GENERIC_CONTEXT = re.compile(
    ATTRIBUTE_PATTERNS["generic_environmental"] +
    r"|\b(planet|earth|environment\w*|nature|climate|footprint|ethical\w*|responsib\w*|dharti|prithvi|paryavaran|"
    r"prakriti|consciously|ecosystems?|zero[- ]impact)\b|"
    # ... or a hashtag made of one ("#greenfashion")
    + _HASHTAG, re.IGNORECASE)


generic_context = occurs(_GENERIC_CONTEXT)


@memo
def eco_cue(text: str) -> bool:
    """Whether ``text`` has a word that environmental claims come with (wider than the attribute
    keywords; the encoder gate's recall net)."""
    return _ECO_CUE.search(text) is not None


# "A greener way to clean: each cloth is woven from 80% recycled polyester": the generic term, then a colon or
# dash, then a specific attribute quantified or certified
_GENERIC_THEN = re.compile(r"(" + ATTRIBUTE_PATTERNS["generic_environmental"] + r")([\s\w-]{0,30}?)[:\u2013\u2014]\s*"
                           r"(?P<fact>[^|]{0,200})", re.IGNORECASE)
# a refrigerant's warming potential named ("R600a (isobutane) with global warming potential 3")
_GWP_WORDS = r"\b(global warming potential|GWP)"
_QUANTIFIED = re.compile(r"\d\s?%|\bcertified\b|\blicen[cs]e\b|"
                         # ... with its figure
                         + _GWP_WORDS + r"\s*(\(GWP\)\s*)?(of\s+|is\s+|:\s*)?(only\s+|just\s+)?\d|"
                         # a footprint figure ("21 g CO2e per km over its life (ISO 14067 LCA)")
                         r"\d\s?(g|kg|t|tonnes?)\s?CO2e?\b", re.IGNORECASE)


@memo
def specified_after(text: str) -> bool:
    m = _GENERIC_THEN.search(text)
    if m is None or is_negated(text, m.start()):
        return False
    fact = m.group("fact")
    specific = [a for a in attribute_hits(fact) if a not in ("generic_environmental", "durability_repair", "non_toxic")]
    return (bool(specific) or _GWP.search(fact) is not None) and _QUANTIFIED.search(fact) is not None


_GWP = re.compile(_GWP_WORDS + r"\b", re.IGNORECASE)
# a refrigerant's warming potential given as a figure: what specifies its "eco-friendly"
warming_potential = occurs(re.compile(_GWP_WORDS + r"\s*(\(GWP\)\s*)?(of\s+|is\s+|:\s*|=\s*)?(only\s+|just\s+|<\s*)?\d",
                                      re.IGNORECASE))

