"""The listing's own facts against its claims: percentages, plastics, energy classes, parts."""

from __future__ import annotations

import re
from typing import Any

from claims.text.negation import first_unnegated
from claims.text.scope import title_product

_PCT_OF = r"(?<![\d.,])(\d{1,3})(?:\.\d+)?\s?%\s*(?:[a-z-]+\s+){0,2}?"  # ("96.5% organic": 96, not 5)


_MATERIAL_WORDS = {"organic": r"organic|bio", "recycled": r"recycled|post-consumer|rpet"}


_PLASTICS = re.compile(
    r"\b(plastic|polypropylene|polyethylene|polystyrene|polyester|poly-?cotton|polyamide|nylon|acrylic|PVC|vinyl|ABS|PET|PP|PE|HDPE|LDPE|"
    r"BOPP|PLA|polyurethane|PU|TPU|EVA|melamine|poly ?bags?|poly ?mailers?|bubble ?wrap)\b", re.IGNORECASE)


_NEGATED = re.compile(r"\b(no|free|without|zero|not|non)\b|-free", re.IGNORECASE)


_ENERGY_CLASS = re.compile(r"(?:energy (?:class|rating|label|efficiency class)\s*[:(]?\s*|\bclass\s+)"
                           r"(A\+{0,3}|[B-G])(?![\w+])|\b(A\+{1,3})(?![\w+])", re.IGNORECASE)


_CLASS_ORDER = ["A+++", "A++", "A+", "A", "B", "C", "D", "E", "F", "G"]


def _percents(text: str, words: str) -> list[int]:
    """Shares stated for a material word: "35% organic cotton" and "Organic content: 22%"."""
    ahead = [int(m.group(1)) for m in re.finditer(_PCT_OF + r"(?:" + words + r")", text, re.IGNORECASE)]
    behind = re.finditer(r"\b(?:" + words + r")\b[\w -]{0,25}?:\s*(\d{1,3})(?:\.\d+)?\s?%", text, re.IGNORECASE)
    return ahead + [int(m.group(1)) for m in behind]


def _energy_classes(text: str) -> list[str]:
    out = []
    for m in _ENERGY_CLASS.finditer(text):
        c = (m.group(1) or m.group(2) or "").upper()
        if c in _CLASS_ORDER:
            out.append(c)
    return out


def _stated_classes(segments: list[Any], listing: dict[str, Any] | None) -> list[tuple[int, str]]:
    """(segment row, energy class) stated in the listing: in each segment, and across the cells of
    a spec table ("<td>Energy class</td><td>F</td>": the lone "F" is no segment of its own), found
    in the HTML-masked field and attributed to the segment it starts in or follows."""
    from claims.text.prep import mask_html

    out = [(j, c) for j, s in enumerate(segments) for c in _energy_classes(_with_plus(s, listing))]
    for fld in ("title", "description"):
        text = (listing or {}).get(fld)
        if not isinstance(text, str):
            continue
        for m in _ENERGY_CLASS.finditer(mask_html(text)):  # same offsets as the field
            c = (m.group(1) or m.group(2) or "").upper()
            rows = [j for j, s in enumerate(segments) if s.field == fld and s.start <= m.start()]
            if c in _CLASS_ORDER and rows:
                out.append((rows[-1], c))
    return out


def _with_plus(seg: Any, listing: dict[str, Any] | None) -> str:
    """The segment's text with the "+" signs that segmentation trims off its end ("class A+++")."""
    field_text = (listing or {}).get(seg.field)
    if not isinstance(field_text, str):
        return str(seg.text)
    end = seg.end
    while end < len(field_text) and field_text[end] == "+":
        end += 1
    return str(seg.text) + "+" * (end - seg.end)


_PACKAGING = re.compile(r"packag|mailer|(?<!fabric )wrap|shipp|deliver|parcel|\bbox|\bbag|tape|film|envelope|"
                        r"void fill|padding|"
                        r"\btray|blister|\bpack(ed|s)? in\b|\bsealed in\b", re.IGNORECASE)

# a spec line that says what something is made of or comes in
_MATERIAL_CUE = re.compile(r":|made of|material|made from|lining|handle|bristles|trigger|cap|lid|window|\btips?\b|"
                           r"\bstem\b|\btray\b|\bbag\b|sealed in|packed in|keycaps?|\bfeet\b|\brefill\b|\d\s?%|"
                           r"\bmailers?\b|\bmicron\b|"
                           # a plastic named in brackets ("Faux eucalyptus leaves (polyester)")
                           r"\(\s*(\d{1,3}\s?%\s*)?(polyester|nylon|acrylic|PVC|plastic|polypropylene|PP|PE|PET|ABS|EVA)\s*\)",
                           re.IGNORECASE)
# plastics that are not sold as compostable (PLA and PBAT are), and synthetic fibres ("Bristles: synthetic taklon")
_PLASTICS_NOT_BIO = re.compile(_PLASTICS.pattern.replace("PLA|", "synthetic|taklon|"), re.IGNORECASE)

# BEE star ratings: a claim of more stars than the listing's own rating line ("5 Star Energy Saving" against
# "BEE star rating: 3 Star")
_STARS = re.compile(r"\b([1-5])[- ]?stars?\b", re.IGNORECASE)
_STAR_CLAIM = re.compile(r"\bBEE\b|energy|power|electricity|efficien", re.IGNORECASE)
_STAR_FACT = re.compile(r"\bBEE\b|energy|star (rating|label)|rating", re.IGNORECASE)
# an appliance's star count in the title is its BEE label ("Prime 25 L 5 Star Storage Water Heater", "253 L 5 Star
# Frost Free Double Door Refrigerator"); a line of customers' stars is no label ("rated 4 star by buyers")
_STAR_APPLIANCE = re.compile(r"\b(refrigerators?|fridges?|air conditioners?|(split|window|inverter) AC|water heaters?|"
                             r"geysers?|washing machines?|(ceiling|BLDC|table|wall|pedestal) fans?|televisions?|"
                             r"microwaves?|chimneys?|air coolers?|freezers?|dishwashers?|(LED )?bulbs?|battens?|"
                             r"tube ?lights?)\b", re.IGNORECASE)
_CUSTOMER_STARS = re.compile(r"\b(customers?|reviews?|users?|buyers?|ratings? (by|from))\b", re.IGNORECASE)
_VIRGIN = re.compile(r"\bvirgin\b", re.IGNORECASE)
_SAME_CLAIM = re.compile(r"biodegrad|compostable|plastic[- ]?free|no plastic|zero plastic|without plastic",
                         re.IGNORECASE)
# a claim about the packaging: the claim words right before a packaging word ("Plastic Free Packaging",
# "recyclable paper mailer"), or under a packaging label; not "100% Plastic Free ... Lunch Box with Insulated Bag"
_PACKAGING_CLAIM = re.compile(r"(plastic[- ]?free|no plastic|zero plastic|recycl\w*|biodegrad\w*|compostable)\s+"
                              r"([\w-]+\s+){0,2}?(packag\w*|mailers?|wrap\w*|box(es)?|cartons?|bags?|envelopes?|tape)\b|"
                              r"^[^:|]{0,30}\b(packag\w*|packing|box|mailer|shipping)\b[^:|]{0,20}:|"
                              # the packaging as the subject, or its plastic parts left out ("Box and inner tray
                              # printed on FSC Mix paperboard, no plastic window")
                              r"^\W*(the |our |its )?(retail |outer |gift |shipping )?(box|packaging|packing|carton|"
                              r"mailer)\b|\bno plastic (window|tray|blister|film|pouch|wrap)s?\b", re.IGNORECASE)
# "Zero Water Wastage Technology" of an RO purifier against its own recovery figure or reject ratio ("Recovery 35%
# (purified : reject ratio 35 : 65)"), unless the reject water is said to be kept for reuse or sent back
_ZERO_WASTAGE = re.compile(r"\b(zero|no|nil) (water )?wast(age|e)\b|\bsaves? every drop\b|\b100 ?% (water )?recovery\b|"
                           r"\bzero (reject|waste) water\b", re.IGNORECASE)
_REJECT_KEPT = re.compile(r"\b(reject|waste)(ed)? water\b[^.|;]{0,60}\b(reus\w*|recycl\w*|recircul\w*|stor\w*|"
                          r"collect\w*|tank|mopping|back)\b|\brecircul\w*", re.IGNORECASE)
# ... a fact that sends the reject water back into the system ("reject water is recirculated to the tank"), not one
# that only suggests mopping with it ("reject water can be collected for mopping")
_REJECT_RETURNED = re.compile(r"\brecircul\w*|\b(pumped|sent|returned|goes|fed) back\b", re.IGNORECASE)
_RECOVERY_FIGURE = re.compile(r"\brecovery( ratio| rate)?\s*[:\-]?\s*(upto |up to |of |approx\.? )?([1-9]\d?)"
                              r"(\s?(to|-|\u2013)\s?[1-9]\d?)?\s?%|"
                              r"\b(purified|pure) ?(water )?: ?reject (water )?ratio\b|\breject (water )?ratio\b|"
                              r"\b\d+(\.\d+)?\s?(l|litres?|liters?|ltrs?) (of )?reject water\b", re.IGNORECASE)
# a solar-only claim ("100% Solar Green Energy Charging", "solar charging, no electricity needed") against the
# listing's own note that the solar panel is for emergencies and the wall adapter for daily charging
_SOLAR_ONLY = re.compile(r"\b100 ?% solar\b|\bsolar\b[^.|;]{0,60}\bno (need (of |for )?)?electricity\b|"
                         r"\b(runs?|works?|charges?) (entirely|only|purely|fully|100 ?%) (on|by|from) (solar|the sun|"
                         r"sun ?light)\b", re.IGNORECASE)
_SOLAR_BACKUP = re.compile(r"\bsolar\b[^.|;]{0,40}\b(only|just|mainly) (for|in) emergenc\w*|"
                           r"\b(charge|charging)\b[^.|;]{0,60}\b(wall|mains|adapter|charger)\b[^.|;]{0,50}"
                           r"\b(daily|regular|normal|everyday) use\b", re.IGNORECASE)
_CONTAINER_PART = re.compile(r"\b(bottles?|pack|packs|container|jars?|cans?|pouch(es)?|tubs?|sachets?|caps?|lids?|"
                             r"pumps?|closures?|triggers?|spouts?|dispensers?)\b", re.IGNORECASE)
_PACK_COUNT = re.compile(r"\bpacks?\s*(of|:|-)?\s*\d+\b", re.IGNORECASE)


# a star count named as the baseline of a comparison, not the product's own ("43% Lower Energy Use than 3 Star Fixed
# Speed AC", "ISEER 5.10 against the threshold for a 3 star AC")
_STAR_BASELINE = re.compile(r"\b(than|against|vs\.?|versus|compared|instead of|replac\w*|old|older|regular|ordinary|"
                            r"conventional|typical|threshold)\b", re.IGNORECASE)


def _stars(text: str, context: re.Pattern[str]) -> list[int]:
    if not context.search(text):
        return []
    return [int(m.group(1)) for m in _STARS.finditer(text)
            if not _STAR_BASELINE.search(text, max(0, m.start() - 45), m.start())]


# the main fabric under its label ("Fabric: 100% recycled polyester" says nothing of "Lining and zips: virgin
# polyester")
_FABRIC_LABEL = re.compile(r"^\s*(outer |main |shell )?fabric\s*:", re.IGNORECASE)


def _scoped_apart(claim: str, fact: str) -> bool:
    """The claim and the fact are about different parts ("Packaging: ... no plastic" says nothing about the
    product's case; "Lining: 100% recycled" nothing about the outer fabric)."""
    part = _part_of(claim)
    if part is not None and _part_of(fact) not in (None, part):
        return True
    return _PACKAGING_CLAIM.search(claim) is not None and _PACKAGING.search(fact) is None


_WHOLE_WORDS = re.compile(r"\b(pure|all|fully|entirely|completely|wholly|solid)\b|100 ?%", re.IGNORECASE)


_PART_LABEL = re.compile(r"^\s*([A-Za-z][A-Za-z &/-]{1,30}?)\s*:")
# a label for the whole product's make-up ("BLEND: paraffin base with 5% organic argan oil")
_WHOLE_LABEL = re.compile(r"^\s*((blend|ingredients?|composition|formula(tion)?|materials?|fabric|content|made of)\s*:|"
                          r"(it |this \w+ )?(contains|made with|formulated with)\b)", re.IGNORECASE)


def _part_of(text: str) -> str | None:
    """The part a spec line is about ("Lining: 100% recycled polyester" -> "lining"), if it names one."""
    m = _PART_LABEL.match(text)
    if not m:
        return None
    label = m.group(1).strip().lower()
    return None if label in {"material", "materials", "composition", "fabric", "made of", "content", "fibre",
                             "fiber", "product"} else label


_FIBRE = r"(cotton|polyester|wool|linen|silk|nylon|viscose|bamboo|hemp|jute|paper|plastic|pet|aluminium|steel)"


def _fibre_shares(claim: str, words: str, fact: str) -> list[int]:
    """The shares a composition line of two or more shares gives the claim's fibre ("Organic Cotton" and "Material:
    70% Cotton, 30% Polyester": [70]); none when the line has fewer shares or the claim names no fibre."""
    m = re.search(r"(?:" + words + r")\s+" + _FIBRE + r"\b", claim, re.IGNORECASE)
    if m is None or len(re.findall(r"\d{1,3}\s?%", fact)) < 2:
        return []
    return [int(x) for x in re.findall(r"(\d{1,3})\s?%\s*" + re.escape(m.group(1)) + r"\b", fact, re.IGNORECASE)]


def _smaller_fibre_share(claim: str, words: str, fact: str) -> bool:
    """The claim's material ("100% Organic Cotton") given a smaller share in a composition line ("Material: 70%
    Cotton, 30% Polyester")."""
    shares = [] if _NEGATED.search(fact) else _fibre_shares(claim, words, fact)
    return bool(shares) and max(shares) < 100


def _clause(text: str, at: int) -> str:
    """The comma-, semicolon- or bar-delimited stretch of ``text`` around position ``at``."""
    start = max(text.rfind(c, 0, at) for c in ",;|") + 1
    ends = [e for e in (text.find(c, at) for c in ",;|") if e >= 0]
    return text[start: min(ends) if ends else len(text)]


def _minority_fibre(claim: str, words: str, fact: str) -> bool:
    """The claim's fibre has under half of a composition of two shares or more ("40% Cotton, 60% Polyester")."""
    shares = _fibre_shares(claim, words, fact)
    return bool(shares) and max(shares) < 50


# a bullet that is the keyword and the title's product noun ("Biodegradable doormat" of a "Coir Doormat, 60 x 40 cm")
_KEYWORD_NOUN = re.compile(r"^\W*((a|an|our)\s+)?(biodegradable|compostable)\s+([\w-]+\s+){0,2}?"
                           # (and what it is made from: "Biodegradable doormat from coconut husk")
                           r"(?P<noun>[a-z-]+?)s?(\s+(made\s+)?(from|of)\s+[\w\s-]{1,40})?\W*$", re.IGNORECASE)


def _titled(claim: str, listing: dict[str, Any] | None) -> bool:
    m = _KEYWORD_NOUN.match(claim)
    product = title_product(str((listing or {}).get("title") or ""))
    return m is not None and re.search(r"\b" + re.escape(m.group("noun").lower()) + r"(e?s)?\b", product) is not None


_PLASTIC_FREE = re.compile(r"plastic[- ]?free|no plastic|zero plastic|without plastic", re.IGNORECASE)
_DEGRADABLE = re.compile(r"biodegrad|compostable", re.IGNORECASE)


# a vegan claim ("This lipstick is fully vegan", "Suitable for vegans: Yes"), not a material's name ("vegan leather")
_VEGAN = re.compile(r"\bvegans?\b(?![- ](leather|suede|silk|wool|fur|down|friendly)\b)", re.IGNORECASE)
# what comes from animals ("contains beeswax and carmine", "outer is full-grain buffalo leather"), not its imitation
# ("faux leather", "vegan leather", "PU leather")
_ANIMAL_MATERIAL = re.compile(
    r"\b(bees ?wax|lanolin|carmine|cochineal|shellac|gelatine?|casein|tallow|"
    r"(?<!faux )(?<!vegan )(?<!pu )(?<!synthetic )(?<!artificial )(?<!imitation )"
    r"(genuine|real|full[- ]grain|top[- ]grain|buffalo|cow|goat|sheep|lamb|calf)( [\w-]+)? leather|"
    r"cowhide|sheepskin|lambskin|goatskin|calfskin)\b", re.IGNORECASE)


def _unnegated(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """The matches of ``pattern`` with no denial in the 25 characters before them ("no PVC", "not plastic")."""
    return [m for m in pattern.finditer(text) if not _NEGATED.search(text[max(0, m.start() - 25): m.start()])]


def _animal_material(text: str) -> bool:
    """An animal-derived material named, not denied ("no beeswax", "lanolin-free")."""
    return any(not re.match(r"[- ]?free\b", text[m.end():], re.IGNORECASE) for m in _unnegated(_ANIMAL_MATERIAL, text))


def claim_cue(text: str) -> bool:
    """A claim that a fact can contradict with no attribute keyword the lexicon reads ("Zero Water Wastage
    Technology", "100% Solar Green Energy Charging")."""
    return bool(first_unnegated(_ZERO_WASTAGE, text) or first_unnegated(_SOLAR_ONLY, text))


def fact_conflicts(segments: list[Any], claim_rows: list[int], listing: dict[str, Any] | None = None
                   ) -> list[tuple[int, int, str]]:
    """(claim row, fact row, why) where a claim is contradicted by another segment of the listing:
    a whole ("100%" or unqualified) organic/recycled claim against a smaller stated share, a
    plastic-free claim against a plastic material, a better energy class against a worse one.
    Pass ``listing`` so that energy classes at the end of a segment keep their "+" signs."""
    found = []
    for i in claim_rows:
        claim = segments[i].text
        for kind, words in _MATERIAL_WORDS.items():
            if not re.search(words, claim, re.IGNORECASE):
                continue
            claimed = _percents(claim, words)
            whole = (claimed and max(claimed) == 100) or (
                not claimed and segments[i].field == "title" and _WHOLE_WORDS.search(claim) is not None)
            # a plain title ("Organic Cotton T-Shirt") is contradicted by a minority share of a composition
            plain_title = not claimed and not whole and segments[i].field == "title"
            if not (whole or plain_title):
                continue
            part = _part_of(claim)
            for j, s in enumerate(segments):
                if j == i:
                    continue
                # "Outer shell fabric is 100% recycled ..., lining & zips are made of virgin materials" confirms it
                if kind == "recycled" and claimed and _VIRGIN.search(s.text) and not _NEGATED.search(s.text) \
                        and not _scoped_apart(claim, s.text) and 100 not in _percents(s.text, words) \
                        and not (_FABRIC_LABEL.match(claim) and _part_of(s.text) is not None):
                    found.append((i, j, "virgin material"))  # "100% recycled plastic" against "virgin TPU frame"
                    break
                # a plain title ("Organic Cotton Bedsheet") against a composition that makes its fibre a minority
                # and calls none of it organic ("FABRIC : 40% Cotton, 60% Polyester")
                if plain_title and _WHOLE_LABEL.match(s.text) and not re.search(words, s.text, re.IGNORECASE) and \
                        _minority_fibre(claim, words, s.text):
                    found.append((i, j, "composition"))
                    break
                # a plain title ("Box File, Made from Recycled Materials") against the listing's material line
                # ("Material : virgin polypropylene board with steel lever")
                if kind == "recycled" and plain_title and _WHOLE_LABEL.match(s.text) and _VIRGIN.search(s.text) \
                        and not re.search(words, s.text, re.IGNORECASE) and not _NEGATED.search(s.text):
                    found.append((i, j, "virgin material"))
                    break
                # ... of the same part: "Pillow covers: 100% organic cotton" says nothing of "Bedsheet: 60% cotton"
                if claimed and max(claimed) == 100 and _smaller_fibre_share(claim, words, s.text) and \
                        not _scoped_apart(claim, s.text):
                    found.append((i, j, "composition"))  # "100% Organic Cotton" against "70% Cotton, 30% Polyester"
                    break
                # "2 of the 10 skeins are spun from 100% recycled cotton": a count of the items is the share
                count = re.search(r"\b(\d{1,3}) (?:out )?of (?:the |these |its |our )?(\d{1,3}) [\w-]+ (?:is|are) "
                                  r"[^.;|]{0,40}?\b(?:" + words + r")\b", s.text, re.IGNORECASE)
                if count and int(count.group(1)) < int(count.group(2)) and not _NEGATED.search(s.text[:count.start()]) \
                        and (part is None or _part_of(s.text) == part):
                    found.append((i, j, f"{kind} share"))
                    break
                shares = _percents(s.text, words)
                if not shares or 100 in shares or re.search(r"of which", s.text, re.IGNORECASE):
                    continue  # "100% recycled fibre, of which 80% post-consumer" is no smaller share
                # a plain title against a whole composition only ("30% organic cotton, 70% polyester"), not
                # against one part's share ("Cap made from 25% recycled plastic")
                if plain_title and (max(shares) >= 50 or (len(re.findall(r"\d{1,3}\s?%", s.text)) < 2 and
                                                          not _WHOLE_LABEL.match(s.text))):
                    continue
                if part is not None and _part_of(s.text) != part:
                    continue  # "Lining: 100% recycled" says nothing about the outer fabric
                found.append((i, j, f"{kind} share"))
                break
        # "Not plastic-free - the lid is PP" claims nothing for a fact to contradict
        plastic_free = first_unnegated(_PLASTIC_FREE, claim) is not None
        # a whole-product biodegradability claim against a plastic part ("100% Biodegradable" and "plastic feet")
        degradable = first_unnegated(_DEGRADABLE, claim) is not None and \
            (_WHOLE_WORDS.search(claim) is not None or segments[i].field == "title" or _titled(claim, listing))
        if plastic_free or degradable:
            plastics = _PLASTICS if plastic_free else _PLASTICS_NOT_BIO
            for j, s in enumerate(segments):
                if j == i or _scoped_apart(claim, s.text) or first_unnegated(_SAME_CLAIM, s.text):
                    continue  # a line that makes the claim itself is no fact against it
                unnegated = _unnegated(plastics, s.text)
                if degradable and not _PACKAGING.search(claim):
                    # "Readily biodegradable" shampoo and its "1 litre HDPE bottle" or "cap is virgin PP"; not the
                    # wipes' "30% polyester" in a line that also counts the pack ("Pack: 5 x 80 wipes"), nor a grow
                    # kit's "1 PP drip tray" beside its "PET spray bottle"
                    unnegated = [m for m in unnegated
                                 if not _CONTAINER_PART.search(_PACK_COUNT.sub(" ", _clause(s.text, m.start())))]
                if _PACKAGING_CLAIM.search(claim):  # a packaging claim meets only the packaging's plastic, not the
                    # product's beside a paper box ("Shell with 50% Recycled Plastic (GRS), FSC Paper Box")
                    unnegated = [m for m in unnegated if _PACKAGING.search(_clause(s.text, m.start()))]
                if unnegated and _MATERIAL_CUE.search(s.text):
                    found.append((i, j, "plastic material"))
                    break
        vegan = first_unnegated(_VEGAN, claim)
        if vegan:  # "fully vegan (contains beeswax and carmine)", "absolutely vegan \u2013 outer is buffalo leather"
            for j, s in enumerate(segments):
                if _animal_material(claim[vegan[1]:] if j == i else s.text):
                    found.append((i, j, "animal material"))
                    break
        if first_unnegated(_ZERO_WASTAGE, claim) and not _REJECT_KEPT.search(claim):
            for j, s in enumerate(segments):
                if j != i and _RECOVERY_FIGURE.search(s.text) and not _REJECT_RETURNED.search(s.text):
                    found.append((i, j, "water recovery"))
                    break
        if first_unnegated(_SOLAR_ONLY, claim):
            for j, s in enumerate(segments):
                if j != i and _SOLAR_BACKUP.search(s.text):
                    found.append((i, j, "mains charging"))
                    break
        stars = _stars(claim, _STAR_CLAIM) or (_stars(claim, _STAR_APPLIANCE) if segments[i].field == "title" else [])
        if stars:
            for j, s in enumerate(segments):
                fact = _stars(s.text, _STAR_FACT) if j != i and not _CUSTOMER_STARS.search(s.text) else []
                if fact and max(fact) < max(stars):
                    found.append((i, j, "energy star rating"))
                    break
        classes = _energy_classes(_with_plus(segments[i], listing))
        if classes:
            best = min(_CLASS_ORDER.index(c) for c in classes)
            for j, c in _stated_classes(segments, listing):
                if j != i and _CLASS_ORDER.index(c) > best:
                    found.append((i, j, "energy class"))
                    break
    return found
