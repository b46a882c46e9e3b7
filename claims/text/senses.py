"""Eco-looking words in other senses: feature and mode names, colours, materials, hygiene, diet.

"Environmental Noise Cancellation", "Eco mode", "carbon fibre", "green colour", "natural sound": a rule hit
on these is not a claim. Also the texts that carry nothing but safety marks, convenience or diet words.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from claims.text.comparison import comparative_figure
from claims.text.energy import EXPLICIT_ENERGY, GADGET_ECO_MODE, GADGET_POWER_SAVING
from claims.text.legal import LEGAL_MARK
from claims.text.lexicon import (
    ATTRIBUTE_PATTERNS,
    SIGNAL_PATTERNS,
    attribute_hits,
    compiled_patterns,
    match_spans,
    memo,
    occurs,
    within,
)
from claims.text.negation import is_negated
from claims.text.sieve import Sieve

# "green" as a colour or part of a name, not a claim: "Sea Green/White", "(Green)", "Green True HEPA"
_GREEN_NAME = Sieve(re.compile(
    r"\b(sea|forest|army|olive|mint|lime|dark|light|bottle|neon|pastel|emerald|sage|teal|jade|hunter|kelly|"
    r"apple|moss|pine|aqua|metallic|matte|leaf|grass|parrot|mehndi|pista)[- ]green\b|\bgreen ?[/|)]|[(/] ?green\b|"
    r"\bgreen (colou?r|"
    r"shade|tone|finish|body|led|light|indicator|true hepa|hepa|tea|chilli|chili|peas?|beans?|apple|card|checks?|"
    # a food or a scent note ("Muguet, green pear and white musk", "green cardamom", "green moong")
    r"pears?|figs?|grapes?|olives?|mangoes|mango|cardamom|gram|moong|lentils?|vegetables|veggies|salad|notes?|accords?|"
    r"checked|stripes?|striped|plaid|tartan|floral|"
    # a part's colour ("PET Plastic Jars with Green Lids", "green float indicators")
    r"lids?|caps?|handles?|buttons?|knobs?|straps?|trays?|covers?|cases?|frames?|bases?|stands?|float indicators?|"
    r"strips?|ribbons?|laces?)\b|"
    r"\bcolou?rs?\s*[:=-]?\s*(\w+ )?green\b(?!\s+(choices?|options?|alternatives?|pick|way)\b)|"
    r"\bbrand\s*[:=-]\s*([\w&.'-]+ )*green|"
    # colour lists and a colour at the end of a title ("Kettle 1.5L, Green", "Green and Blue", "Mouse Pad Green")
    r"[,\u2013-]\s*green\s*($|[,|)(])|[,(]\s*green\s*[-x:]?\s*\d+\s*($|[,|)(])|\bgreen\s*(and|&|or|\+)\s*(blue|black|white|red|yellow|grey|gray|pink|orange|"
    r"purple|brown|silver|gold|beige)\b|\b(blue|black|white|red|yellow|grey|gray|pink|orange|purple|brown|silver|"
    r"gold|beige)\s*(and|&|\+)\s*green\b|(?<!\bgo )(?<!\bgoing )(?<!\bturn )(?<!\bbecome )(?<!\bbe )"
    r"(?<!\bchoose )(?<!\blive )(?<!\bshop )(?<!\bthink )\bgreen\s*$|"
    r"\bgreen (cover|case|strap|handle|lid|cap|"
    r"frame|shade|machine washable|pcb|heat ?sinks?|board|cables?|wires?|buttons?|screens?|backdrops?|backgrounds?|"
    r"vinyl|marble|splatter)\b|\b(transparent|translucent|clear|marbled|glitter) green\b|"
    r"\bgreen (neon |power |status |heating |charging |ready |standby )?(lights?|lamps?|indicators?|glows?|leds?)\b|"
    # a laser's colour ("Green Line Laser Level", "Green beam, 4x brighter than red")
    r"\bgreen (beams?|lasers?|(cross[- ]?)?lines?|dots?)\b|"
    r"\bgreen (for|=) (wet|dry|organic|kitchen|garden|food) waste\b|"
    r"\bgreen (bottles?|sippers?|prints?|patterns?|designs?|jars?|tiffins?|lunch ?box(es)?)\b"
    # (not one a reason follows: "Green lunch box – its lid clip is 25% recycled PP")
    r"(?! (that|which) (saves?|protects?|helps?|heals?)\b)(?!\s*[:\u2013\u2014-]\s*(its|the|our|made|because)\b)|"
    r"\bgreen ?boards?\b|"
    r"\bracing[- ]green\b|\bgreen (gloss|glossy|matte?|metallic|pearl)\b|"
    # (not the ecolabel: "Green Seal Certified (GS-37)", "certified to Green Seal Standard GS-37")
    r"\bgreen (edition|series|variant|version|gaskets?|rings?|seals?(?![\s\u00ae]*(certif\w*|standard|ecolabel|"
    r"\(?\s*GS[- ]?\d|-certified))|dials?|cords?|stripes?|bins?|leaf|leaves|foliage|"
    r"jungle|floral|camo(uflage)?)\b|"

    r"\bchroma[- ]?key( green)?\b|"
    r"\bwear(s|ing)? (\w+ )?green\b|\bgreen (spill|cast|tint)\b|"
    r"\bgreen (?!(formula|formulation|product|choice)\b)(\w+ )?(leaf|leaves|foliage|motifs?)\b|"
    r"\bgreen tree (design|print|motif|pattern)s?\b|\bgreen-(leaf|leaves)\b|"
    # a printed or embroidered colour ("Green printed cotton kurta")
    r"\bgreen (printed|embroidered|solid|plain)\b|\bgreen (mesh|velvet|suede|satin|felt|corduroy|denim|canvas)\b|"
    # a coloured material ("Material: green polypropylene")
    r"\bgreen (polypropylene|silicone|ceramic|enamel|acrylic|resin|vinyl|nylon|polyester|powder[- ]coat(ed|ing)?|pvc|"
    r"kraft)\b|"
    r"\bin (\w+ )?green\b(?! (energy|power|electricity|technology|way))|"
    # a label "Green:" is a colour row unless what follows speaks of the planet ("Green: saves the planet")
    r"^\W*green\s*[,:=](?![^|.;]*\b(planet|earth|environment\w*|nature|eco\w*)\b)", re.IGNORECASE))


GENERIC_WORD = re.compile(ATTRIBUTE_PATTERNS["generic_environmental"], re.IGNORECASE)


@memo
def green_only_as_name(text: str) -> bool:
    """True when the segment's only generic eco word is "green" used as a colour or a name."""
    names = [(m.start(), m.end()) for m in _GREEN_NAME.finditer(text)]
    words = list(GENERIC_WORD.finditer(text))
    # every "green" a colour or name ("Colour: Mint Green, the green choice for the planet" has a second one)
    return bool(words) and all(m.group(0).lower().startswith("green") and any(a <= m.start() < b for a, b in names)
                               for m in words)


@memo
def without_other_senses(text: str) -> str:
    """``text`` with feature names, other senses and colour names blanked (same length): "Eco Vision
    Picture Mode" names no generic attribute."""
    for pattern in (OTHER_SENSE, MORE_OTHER_SENSES, _GREEN_NAME, MODEL_ECO):
        text = pattern.sub(lambda m: " " * len(m.group(0)), text)
    return text


@memo
def sense_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where a feature name or another sense of an eco word stands in ``text`` (read once per text: the
    generic, organic and other-sense rules all ask)."""
    return tuple(match_spans(text, OTHER_SENSE, MORE_OTHER_SENSES))


MODE_NEARBY = re.compile(r"\bmodes?\b|\bsettings?\b|\bspeeds?\b|\bgears?\b", re.IGNORECASE)


# (the heads' feature keeps its trained form; the rules read "organic line" as a shape but not "organic linen")
OTHER_SENSE = re.compile(SIGNAL_PATTERNS["other_sense"].replace("curve|line|look", "curve|line(?!n)|look")
                         .replace("green ?light|", "green ?light(?!ing)|"),
                         re.IGNORECASE)


# "Eco" in a model name after a model code ("3CX Eco Backhoe Loader", "X200 Eco")
MODEL_ECO = re.compile(r"\b[A-Z]*\d+[A-Z0-9]*\s+eco\b(?![- ]?(friendly|conscious|safe|smart))|"
                        # a model code ("Ironique ECO-200 Steam Iron"), not a share ("eco-100% recycled")
                        r"\beco-\d{2,4}[A-Z]?\b(?!\s?%)|"
                        r"\beco(?![- ]?(friendly|conscious|safe|smart)\b)[- ]?([\w-]+ )?(series|range|line|edition|"
                        r"variant|version)\b|"
                        # a model name before its model code ("Jeevanshakti Eco-Power EP1500 Tubular Battery")
                        r"\beco(?![- ]?(friendly|conscious|safe|smart)\b)[- ]?(?-i:[A-Z][a-z]+)\s+"
                        r"((?-i:[A-Z]{1,4})-?\d{2,}[A-Z0-9]*\b|"
                        # ... or a bare number ("Shaktiverse ECO-Tall 1550 150Ah Tubular Inverter Battery"), not a size
                        r"\d{3,5}\b(?!\s?(ml|l|ltr|litres?|liters?|g|gms?|kg|w|watts?|mm|cm|m|ah|mah|v|pcs|pieces|sheets|"
                        r"sq\.?|gsm|tc)\b))", re.IGNORECASE)


# A company line: "Imported by Eco Trading Co. Ltd.", "Manufactured by Green Field Pvt Ltd"
_MAKERS = r"(imported|manufactured|marketed|packed|distributed|sold|made|shipped|fulfilled)"
# (not a word that begins with one: "A greener way to co-sleep")
_COMPANY = re.compile(r"\b" + _MAKERS + r"( (&|and) " + _MAKERS + r")? by\b:?|\b(pvt|ltd|llp|inc|gmbh|co|traders|"
                      r"enterprises|industries|exports|overseas)\b(?!-)\.?", re.IGNORECASE)
_COMPANY_SUFFIX = re.compile(r"\b(ltd|llp|inc|gmbh|co|traders|enterprises|industries|exports|overseas)\b(?!-)\.?|"
                             r"\bpvt\b\.?(?!\s*ltd)", re.IGNORECASE)


_MAKER_BY = re.compile(r"\b" + _MAKERS + r"( (&|and) " + _MAKERS + r")? by:?\s+", re.IGNORECASE)
_NAME_END = re.compile(r"[.,;:|()]|\s(in|at|on|for|from|and|with)\s", re.IGNORECASE)


def _company_names(text: str) -> list[tuple[int, int]]:
    """Where the company names of a maker's line are: after "made by" up to its suffix ("Pvt. Ltd.") or the
    end of the name, and the few words before a suffix ("Green Leaf Pvt Ltd")."""
    spans = []
    for m in _MAKER_BY.finditer(text):
        if re.match(r"(an?|the|our) ", text[m.end():], re.IGNORECASE):
            continue  # "Sold by an eco-friendly refurbisher": a description of the seller, not a name
        suffix = _COMPANY_SUFFIX.search(text, m.end(), m.end() + 60)
        end = _NAME_END.search(text, m.end())
        stop = suffix.end() if suffix and (end is None or suffix.start() <= end.start() + 1) else \
            (end.start() if end else len(text))
        spans.append((m.end(), stop))
    for m in _COMPANY_SUFFIX.finditer(text):
        before = text[max(0, m.start() - 50): m.start()]
        # the name starts after a colon or a maker's "by" ("Eco-friendly: made by Tinturo Pvt. Ltd.")
        cut = max((c.end() for c in re.finditer(r"[:|;]|\bby\b", before, re.IGNORECASE)), default=0)
        words = list(re.finditer(r"[\w&-]+", before[cut:]))[-4:]
        if words:
            spans.append((max(0, m.start() - 50) + cut + words[0].start(), m.end()))
    return spans


@memo
def company_line(text: str) -> bool:
    """A maker's or importer's line whose eco word belongs to the company's name ("Manufactured by Green
    Leaf Pvt. Ltd."), not a sentence after it ("... Pvt. Ltd. Eco-friendly design.", "Made by Willow & Co.
    in our studio. Eco friendly and gentle.")."""
    if not _COMPANY.search(text):
        return False
    names = _company_names(text)
    hits = [m.start() for m in GENERIC_WORD.finditer(text)]
    return all(any(a <= h < b for a, b in names) for h in hits)


# a gadget's low-power parts and display modes are feature names, like a "power saving mode" (labels.md
# section 4: "a low-power Bluetooth chip"); "low power consumption" of an appliance is not one of them
# other senses the rules know beyond the model's feature list (labels.md section 1: "carbon fiber", "organic
# shapes"): organic traffic or chemistry, carbon monoxide or copy paper, a car's climate control
MORE_OTHER_SENSES = Sieve(re.compile(
    # a word that holds a keyword ("100% buckwheat" holds "kwh"); a hazard statement ("electrolyte is toxic if
    # swallowed"); an operating-conditions row ("Environmental: operating temp 0-40 °C"); a battery's capacity ("2.56
    # kWh usable"); the grid as a power source ("powered by 100% grid electricity")
    r"\bbuckwheat\b|\b(toxic|harmful|poisonous|fatal|corrosive) (if|when) (swallowed|inhaled|ingested)\b|"
    r"\benvironmental\s*:(?=\s*(operating|storage|temp|humidity|altitude)\b)|"
    r"\b\d+(\.\d+)?\s?kWh\s+(usable|capacity|storage|battery|LiFePO4|lithium)\b|"
    r"\b(usable|battery|storage|nominal|rated) (capacity|energy)\s*:?\s*\d+(\.\d+)?\s?kWh\b|"
    r"\b(powered by|runs on|run on|uses) (\d{1,3}\s?% )?(the )?(grid|mains) (electricity|power|supply)\b|"
    # a consumable filter changed on schedule ("Replaceable charcoal filter reduces odours"), not a repair claim
    r"\breplaceable ([\w-]+ ){0,2}(filters?|cartridges?)\b|"
    # money, not the planet ("Financially responsible choice"); re-stickable dots ("Reusable sticky dots included")
    r"\b(financially|fiscally) responsible\b|"
    r"\b(washable( and|,| &) )?reusable (sticky|adhesive|glue) (dots?|pads?|putty|tabs?|strips?)\b|"
    # a sticky pad or gel that grips again once washed, an ice or gel pack frozen again: what they are, not an
    # alternative to single use ("washable and reusable sticky pad", "Reusable Ice Gel Pack")
    r"\breusable (sticky |suction |nano |silicone )?(gel|gel pads?|suction cups?)\b(?! (packs?|bags?))|"
    r"\breusable (plastic |ice |gel |cold |hot |cooling )+(gel )?(packs?|blocks?|bricks?|cubes?)\b|"
    # a steel grade ("AISI 1018 low-carbon grade"); what a book or a course covers ("Covers the 17 SDGs, environment
    # and ecology, climate change and green energy policy")
    r"\blow[- ]carbon (steel|grade|alloy|wire)\b|\b(mild|high)[- ]carbon\b|\bzinc[- ]carbon\b|"
    # a resistor's film ("Carbon Film Resistor Kit 1/4W")
    r"\bcarbon[- ](film|composition) resistors?\b|"
    r"\bcarbon film\b(?=[^|.;]{0,40}\b(resistors?|ohms?|\d+\s?[kKM]?\u03a9))|"
    # how a towel behaves in its first washes ("some lint is normal in first 2-3 washes")
    r"\b(in|for|during|after) (the )?first (\d+\s?(-|to)\s?)?\d+ washe?s?\b|"
    # a care instruction ("Care: Waterproof, but avoid harsh chemicals")
    r"\b(avoid|keep (it |them )?away from|do not use|don'?t use|never use)\s+(contact with\s+)?"
    r"((harsh|strong|abrasive)\s+)?"
    r"(chemicals?|cleaners?|detergents?|solvents?|bleach)\b|"
    r"\b(covers?|syllabus|topics?|chapters? on)\b[^|.;]{0,60}?\b(climate change|green energy|ecology|environment|"
    r"sustainable development|renewable energy|composting|organic (farming|agriculture)|soil health|"
    r"waste management)\b[^|.;]{0,40}|"
    # a decor style ("Organic Balloon Garland Arch Kit", "an organic, cloud-style garland"), a pattern's look
    # ("Organic marble-effect pattern"), a farm's cover crop ("Seeds for Green Manure"), a board's trade name and
    # colour ("known on site as 'green board' for its green face paper"), a seal's faces ("Carbon-Ceramic", "carbon vs
    # ceramic"), what a composter does ("Turns kitchen and garden waste into compost")
    r"\borganic (balloon )?(garlands?|arch(es)?)\b|\borganic,?\s+([\w-]+,?\s+){0,2}garlands?\b|"
    r"\borganic,?\s+(?!(cotton|wool|linen|hemp|silk|bamboo|jute|fabric|material|dyes?|inks?|paints?)\b)[\w]+-"
    r"(effect|look|style)\s+(patterns?|designs?|motifs?|prints?|finish)\b|"
    r"\bgreen manure\b|\bgreen[- ]?boards?\b|\bgreen[- ](face|faced|facing)( paper)?\b|"
    r"\bcarbon[- /](ceramic|graphite|sic|silicon carbide)\b|\bcarbon (vs\.?|versus|and|&) (ceramic|graphite)\b|"
    r"\b(turns?|converts?|transforms?|makes?)\b[^|.;]{0,40}?\b(waste|scraps|peels|leaves|clippings)\b[^|.;]{0,20}?"
    r"\binto (rich |nutrient-rich |usable |organic |garden )?(compost|manure)\b|"
    # pet food's tripe; a colour asked about ("Is the pouch green? A: Yes, it's mint green"); a chemist network or a
    # print ("Our footprint: 1,200 chemists", "stamped with a dino footprint"); weather ("works in every climate");
    # an Indian kitchen's fitted cabinets ("matches a modern modular kitchen"), not a repairable design
    r"\bmodular (kitchens?|wardrobes?|kitchen (cabinets?|shelves|racks?))\b|"
    # what the buyer grows in a planter
    r"\bgrow (your own |fresh |home-?grown )?organic (herbs|vegetables|veggies|greens|plants|food|produce|microgreens|"
    r"tomatoes|chillies|flowers)\b|"
    # a fountain's carbon filter; a printed arrow; meat inspection ("USDA-inspected facility"); what others call it
    # ("some sellers list this as 'organic'", "wrongly tagged 'biodegradable'"); a supplement's lasting energy
    r"\bgreen tripe\b|\bgreen\s*\?[^|]{0,30}?\b(mint|olive|sage|forest|lime|bottle|dark|light|pastel|sea|emerald|jade|"
    r"apple|pista|parrot) green\b|"
    r"\bfootprint\b(?=[^|.;]{0,30}\b(stores?|chemists?|outlets?|cities|branches|locations|countries|pharmacies|"
    r"shops|retailers|dealers|clinics)\b)|\btrusted footprint\b|"
    r"\b(dino(saur)?|paw|animal|baby|bird|cat|dog|elephant|bear|duck|lion|tiger)\s+foot ?prints?\b|"
    r"\b(every|any) climate\b|\bcarbon (and [\w-]+ )?(filters?|pads?|sponges?)\b|"
    r"\brecycl\w*['\u2019\"]? (arrow|arrows)\b|\bUSDA[- ]inspected\b|"
    r"\b(some|other) (sellers|brands|shops) (list|call|label|sell|market|tag)\w* (this|it|these|them) as "
    r"['\u2018\"][\w -]+['\u2019\"]?|\b(wrongly|incorrectly|mistakenly) (tagged|labell?ed|listed|described)( as)? "
    r"['\u2018\"][\w -]+['\u2019\"]?|\blong[- ]?lasting (energy|stamina|focus|satiety)\b|"
    # a care tip ("Keep on a dry soap dish to last longer"): how to use it up slowly, no claim of its life
    r"\b(keep|store|leave|drain|dry)\b[^|.;]{0,40}?\bto (help (it |them )?|make (it |them )?)?last longer\b|"
    r"\borganic (growth|traffic|reach|search|results?|followers?|marketing|chemistry|compounds?|matter|solvents?|"
    r"synthesis|reactions?|substances?|pigments?|glass|impurit(y|ies)|contaminants?|pollutants?|load)\b|"
    # a sound ("Organic Deep Bass", "organic warm sound")
    r"\borganic,? ([\w-]+ ){0,2}?(bass|sound|tones?|vocals?|audio|highs|mids|trebles?|timbre|acoustics?)\b|"
    r"\bman[- ]?made organic\b|"
    # what water or soil holds ("TOC (total organic carbon)"); a business that grew ("our dealer network, which has
    # grown organically to 400 towns")
    r"\b(total |dissolved )?organic carbon\b|\b(has|have|had) (grown|grew) organically\b|\bgrew organically\b|"
    # a shape or a print ("Organic leaf-shape print", "organic curves"), not organic farming
    r"\borganic (pixels?|light[- ]emitting)\b|"
    r"\bshapes?\s*[:=-]\s*organic\b|\borganic modern\b|\borganic (oval|round|rounded|curved|irregular|wavy)\b|"
    r"\borganic,? (flowing |free-?form |curved |natural |wavy )*(knot )?(patterns?|designs?|motifs?)\b|"
    # compost named among growing media ("fill with soil, compost and cocopeat")
    r"\b(soil|potting mix|cocopeat|coco ?peat|manure|sand),? (and |or )?compost\b|"
    r"\bcompost,? (and |or )?(soil|cocopeat|coco ?peat|potting mix|manure|sand)\b|"
    # window film that keeps the sun's heat out; toxic gas a detector warns of; a compost tool; a plug's energy meter;
    # a wood-look laminate
    r"\bsolar (control|heat|reflective)( window)?( films?| glass| glazing)?\b|"
    # a joke about age ("I'm Not Old, I'm Recycled"); a garden greenhouse; what a meter reads; a drink's energy
    r"\bI(\u2019|')?m recycled\b|\bI am recycled\b|"
    r"\b(walk-in|mini|garden|pop-up|plastic|polycarbonate|PVC|glass|lean-to|tunnel|tomato|cold) greenhouses?\b|"
    r"\bgreenhouses?\b(?![- ](gas|gases|emissions?|effect|footprint))|"
    r"\b(measures?|measuring|shows?|showing|displays?|displaying|tracks?|tracking|monitors?|monitoring|records?|"
    r"recording|logs?|logging|reads?|reading)\b[^|.;]{0,30}?\bkWh\b|"
    r"\bclean energy\b(?=[^|.]{0,20}\b(no crash|crash|jitters?|focus|stamina|endurance|pump|alertness)\b)|"
    r"\b(caffeine|pre-?workout|electrolytes?|energy drink)\b[^|.]{0,40}\bclean energy\b|"
    # a detergent's yield ("Washing Powder, 50 Washes", "50 washes per 2 L bottle")
    r"\b\d+\s*(washes|loads)\s+(per|in|from|with)\s+(a |one |each |every )?(\d+(\.\d+)?\s?(l|litres?|liters?|kg|g|"
    r"ml)\s+)?(bottle|pack|bag|box|pouch|tub|refill|jar|can)\b|"
    r"\b(washing (powder|liquid|gel|pods?|capsules?)|laundry (liquid|detergent|powder|gel|pods?|capsules?|sheets?)|"
    r"detergent( powder| liquid)?|fabric (softener|conditioner)|dishwasher (tablets?|pods?))\b[^|]{0,120}?"
    r"\b\d+\s*(washes|loads)\b|"
    # carbon paper's coating ("Film-based carbon for up to 5 copies")
    r"\bcarbon\b[^|.;]{0,25}\bcop(y|ies)\b|\bcarbonless\b|"
    # an organic shape in other words ("Organic Ergonomic Shape", "Organic, hand-filling shape"); offset printing;
    # a count of washes as an item of a list ("Front & Top Load, 40 Washes")
    r"\borganic,?\s+([\w-]+,?\s+){0,2}(shapes?|silhouettes?|contours?|curves?)\b|"
    r"\boffset[- ]print\w*|\boffset (litho\w*|press(es)?)\b|\bprinted (by |in |using )?offset\b|"
    r"(^|,)\s*\d+\s*(washes|loads)\s*$|"
    # a lawn or a golf green; a filter's carbon; a disposable that says so; a machine's cleaning reminder
    r"\bgreen(er)? (grass|lawns?|turf|leaves|foliage)\b|\bgreens? up\b|\bputting greens?\b|"
    r"\bactivated (carbon|charcoal)\b|\b(change|replace|rinse|swap) the carbon\b|"
    r"^\W*single[- ]use( only)?\W*$|\buse and throw\b|\b(every|each) \d+ (washes|cycles|loads)\b|"
    r"\btoxic (and (flammable|combustible) )?(gas|gases|fumes|vapou?rs?)\b|"
    r"\bcompost (thermometers?|aerators?|turners?|sieves?|activators?|scoops?|forks?|rakes?)\b|"
    r"\b(core|temperature) of (the |your )?compost "
    r"(heaps?|piles?)\b|"
    r"\benergy (monitoring|monitors?|meters?|metering|tracking|readings?)\b|"
    r"\b(voltage|current|power),? (and )?energy\b|"
    r"\b(reclaimed|recycled)[- ](wood|timber)[- ](effect|look|finish|style|print|laminate|decor)\b|"
    # the product is itself single-use ("Travel-friendly single-use sachets"): no reuse claimed
    r"^\W*([\w-]+ ){0,2}single[- ]use (sachets?|pouches?|packets?|portions?|servings?|wipes?|gloves?|masks?|"
    r"syringes?|capsules?|pods?)\b|"
    # a flash's recycle time; CO2 as what a meter reads; a tyre repair kit; organic stains; a seatpost's offset
    r"\brecycl(e|ing) times?\b|\bCO2 (meters?|monitors?|sensors?|detectors?|levels?|readings?|concentration)\b|"
    r"\b(reads?|measures?|detects?|monitors?) CO2\b|\bpuncture repair\b|"
    r"\borganic (stains?|soil(ing)?|dirt|residues?)\b|\bzero[- ]offset\b(?!s)(?! (credits?|used|purchased))|"
    r"\borganic[-,]?\s*((leaf|floral|flower|wave|wavy|curved?|round(ed)?|pebble|free|fluid|abstract|sculpted|smooth|cloud|"
    r"soft|flowing|irregular|asymmetric(al)?|[\w]+-hugging)[- ,]+){0,2}(shapes?|shaped|forms?|lines?|curves?|prints?|"
    r"patterns?|motifs?|silhouettes?|contours?|outlines?|profiles?|edges?|shades?)\b|"
    # Vastu and feng shui: "brings positive energy into the home"
    r"\b(positive|negative|good) (energy|energies|vibes|aura)\b|"
    # a compost container and what goes in it ("Kitchen Compost Caddy", "peels for your compost heap")
    r"\bcompost ((kitchen|food|waste) )?(caddy|caddies|bins?|pails?|buckets?|crocks?|tumblers?|collectors?|"
    r"containers?)\b|"
    # ... and the liners it takes, sold apart ("Use with compostable liners (not included)")
    r"\b(compostable|biodegradable) ((caddy|bin|food waste) )?(liners?|bags?|sacks?)\s*\(?\s*(not included|sold "
    r"separately)\b|"
    r"\b(rotating |tumbling |dual[- ]chamber |garden |kitchen |worm )?composters?\b|"
    r"\b(peels?|scraps?|leftovers|food waste|kitchen waste|wet waste)\b[^.;|\n]{0,40}\b(for|to|into|in) "
    r"(your |the |a )?compost (heaps?|piles?|pits?|bins?)\b|"
    r"\bcarbon (monoxide|copy|copies|paper|composite|rims?|wheels?|brush(es)?)\b|"
    r"\bcarbon[- ]?fib(er|re)|\bclimate[- ]control\w*|\bsustain pedal|"
    # a fabric or a weave made for the weather ("Climate-adaptive fabric", "suits any climate")
    r"\bclimate[- ](adaptive|responsive|adaptable|resistant|proof)\b|\b(suits|for) any climate\b|"
    # runs on a home power inverter (backup power), not an inverter compressor
    # "ECO PACK = economy size pack"; "no plastic touch with water" (food contact, not plastic-free)
    r"\beco\b(?=[^|.\n]{0,40}\beconom)|\bno plastic (touch|contact)\b|"
    # carbon and graphene as materials; refills of a pen; where to put the waste
    r"\bcarbon[- ](based|compound|infused|reinforced)\b|\bnano[- ]?carbon\b|"
    r"\bcarbon (particles?|nano\w*|formula|paste|coating|coated|"
    r"powder|film|rods?|electrodes?|zinc|nanotubes?|dioxide sensor)\b|\bgraphene\b|"
    r"\brefills? (available|sold separately|packs?)\b|"
    r"\brefill (ink )?(bottles?|cartridges?)\b|\bink refills?\b|"
    r"\bburn\w* (off )?(\w+ )?energy\b|\bhigh[- ]energy\b|\beco[- ]?clubs?\b|"
    # a picture, display or power mode named Eco ("Eco Picture Mode", "modes Vivid / Standard / Eco / Game")
    r"\beco(?![- ]?(friendly|conscious|safe)\b)[- ]?([\w-]+ ){0,2}(mode|setting|preset|profile|display|screen|"
    r"brightness)s?\b|"
    # the weather ("Made for Hot Indian Climate"), foods called green, a watch's second hand, a vintage look
    r"\b(hot|humid|tropical|cold|indian|local|dry|harsh|extreme|coastal|monsoon)[- ]climate\b|\bclimate (of|in) [A-Z]|"
    r"\bgreen (moong|gram|peas?|chill(i|ies|y)|chil(i|ies)|coffee|beans?|cardamom|apples?|grapes?|olives?|lentils?|"
    r"leafy|vegetables|veggies|salads?|sprouts|capsicum|onions?|mango|banana|garlic|methi|palak|"
    r"chutney|papaya|tomato(es)?|plantains?)\b|"
    # a place called green ("even on green trails")
    r"\bgreen (trails?|paths?|hills|valleys|meadows|fields|lawns?|parks?)\b|"
    r"\b(sweep(ing)?|smooth|red|luminous|central|small|silent) seconds? hands?\b|"
    r"\bvintage[- ](wash|look|style|finish|print|"
    r"design|effect|inspired|fade|vibe|aesthetic|feel|charm|wash(ed)?)\b|"
    r"\b(picture|display|sound|power) modes?\b[^|.]{0,60}?\beco\b|"
    # Eco as one setting among others ("3 suction levels: Eco, Standard, Max", "runtime up to 150 min in Eco")
    r"\b(levels?|modes?|settings?|speeds?|programs?|programmes?|functions?|patterns?)\b[^|.]{0,20}?[:-]\s*([\w-]+(\s+[\w-]+)?"
    r"\s*[,/]\s*){0,6}eco\b|"
    r"\b(levels?|modes?|settings?|programs?|programmes?|presets?|menus?)\s+(incl\.?|including|like|such as)\s+"
    r"([\w-]+\s*[,/]\s*){0,4}eco\b|"
    # ... among a cooker's presets ("8 presets on touch panel: Fries, Chicken, ..., Reheat, Eco, Keep Warm")
    r"\b(presets?|menus?)\b[^|.]{0,20}?[:-]\s*([\w-]+(\s+[\w-]+)?\s*[,/]\s*){0,9}eco\b|"
    # a backlight or panel drive named Eco ("Our Eco backlight drive consumes 30% less power"); a model named Eco
    # before its size ("Grovia Eco 55 Inch 4K QLED TV")
    r"\beco[- ](backlight|dimming|panel)( drive)?\b|\beco\s+\d{2,3}(\.\d)?\s?(inch|\"|cm|L|litres?|ltrs?)\b|"
    # an appliance's programme, feature, series or colour named Eco ("Eco Tub Clean", "Eco Fresh crisper", "ECO SOAK",
    # "Eco Shield 25 L Geyser", "Eco Black Finish"); a mode switch ("ECO/UPS Mode Switch")
    r"\beco[- ]?(tub|drum|fresh|soak|wash|dry|drying|rinse|cool|cooling|clean|quick|black|white|grey|gray|silver|"
    r"shield|alkaline|crisper|steam|bubble|spin|bake|heat|sense|sensor|lite)\b|\beco\s*/\s*[\w-]+\s+modes?\b|"
    # what a printer's ink costs ("Low running cost ink tank with 6000 black ... page yield")
    r"\b(low )?running costs?\b(?=[^|.]{0,40}\b(ink|toner|pages?|yield|cartridges?|prints?)\b)|"
    # a surge protector's energy rating in joules ("1080 Joules Energy Rating")
    r"\b\d[\d,]*\s?(joules?|J)\s+energy (rating|absorption)\b|"
    r"\benergy (rating|absorption)\s*:?\s*(of\s+)?(upto |up to )?\d[\d,]*\s?(joules?|J)\b|\b(surge|spike) energy\b|"
    # consumables sold as spares ("spare filters and membrane available on our brand store")
    # (sold for a stated term they are spare parts: "Spare carafes and filters available for 7 years")
    r"\bspare (filters?|membranes?|cartridges?|candles?|dust ?bags?)( (and|&) (filters?|membranes?|cartridges?))?\b"
    r"(?![^|.]{0,40}\b\d+\s*(years?|yrs))|"
    # a seller asking for stars ("If you like product pls give 5 star rating"); a neon colour ("Neon Toxic Green")
    r"\b(give|leave|rate)( us| it)?( a)? \d[- ]?stars?( rating| review| feedback)?\b|"
    r"\b(neon |acid )?toxic (green|yellow|lime|orange)\b|"
    r"\beco[- ]?(assist|button|key|switch|knob|cycle|programs?|programmes?|wash program(me)?s?)\b|"
    r"\beco\s*[,/]\s*(standard|normal|max|turbo|boost|auto|quiet|sport|comfort|medium|high|low)\b|"
    r"\b(min(utes)?|hours?|hrs?|runtime|range)\b[^|.]{0,20}\bin eco\b|"
    # a detergent's yield ("2 L, Front & Top Load, 40 Washes"); manure and fertiliser as a product type; the element
    # carbon; the sun in an eclipse viewer
    r"\b\d+(\.\d+)?\s?(l|litres?|liters?|kg|g|ml)\b[^|]{0,30}?\b\d+\s*(washes|loads)\b|"
    r"\borganic (manure|fertili[sz]ers?|mulch|potting (mix|soil)|plant food|soil conditioner)\b|"
    r"\bcarbon (atoms?|element|chemistry)\b|\bsolar (eclipse|filters?|film|viewers?|viewing)\b|"
    # charcoal bristles; weather a product copes with; a taste without compromise
    r"\(\s*(activated )?carbon\s*\)|"
    # a slogan printed on it, in quotes ("globe with the slogan 'Reduce, Reuse, Recycle'")
    r"\bslogan\s*[:-]?\s*['\"\u2018\u201c][^'\"\u2019\u201d|]{1,60}(['\"\u2019\u201d]|$)|"
    r"\bactivated (carbon|charcoal)\b|\bclimate[- ](ready|proof)\b|"
    r"\bzero (compromise|fuss|hassle|mess)\b|"
    # a mindset that is not the planet's ("For the hygiene-conscious home"); organic gardening as a practice; lids
    # labelled for sorting; a memory that overwrites itself; compost as a growing medium
    r"\b(hygiene|health|budget|style|fashion|safety|weight|calorie|price|cost|image|figure|fitness|time|space|"
    r"skin|diet|quality)[- ]conscious\b|\borganic garden(ers?|ing)\b|"
    r"\blabell?ed (lids?|compartments?|sections?|bins?)\s*:[^|.;]{0,40}|\bauto[- ]?recycl\w*|"
    r"\b(peat[- ]free|multi-?purpose|potting|seed(ling)?|ericaceous|peat[- ]based)( or [\w-]+)? compost\b|"
    # an enzyme cleaner's organic stains; a planter's potting compost; a compact footprint; a climate to work in;
    # a cast-iron pan's non-stick seasoning; a dehumidifier's extraction rate
    r"\b(breaks?|breaking) down (\w+ ){0,2}(stains?|dirt|grease|grime|proteins?|fats?|oils?|residues?)\b|"
    r"\b(potting (mix|soil)|soil|cocopeat|manure) (and|&|with|or) (\w+ )?compost\b|\bcompost (\()?not included\b|"
    # ... or named in a list of what it is made of ("seed bombs of clay, compost and seed")
    r"\b(clay|soil|seeds?|peat|coir|loam|grit|sand|bark),? (\w+, )?compost,? (and|&) (\w+ )?"
    r"(seeds?|clay|soil|grit|sand)\b|"
    r"\b(small|smaller|compact|tiny|minimal|slim|narrow|space[- ]saving) footprint\b"
    r"(?! on (the |your |our )?(planet|earth|environment|nature)\b)|"
    # where a device stands ("Desk footprint smaller than an A5 sheet")
    r"\b(desk|desktop|counter|countertop|worktop|floor|table|shelf|physical) footprint\b|"
    r"\bclimate\s*[:=-]\s*(works|suitable|ideal|humid|dry|hot|cold|tropical|all|coastal)\b|"
    r"\b(humid|tropical|cold|hot|coastal|dry|warm|all) climates?\b|"
    r"\b(naturally )?non[- ]?stick\b|"
    r"\b(extracts?|removes?|collects?|pulls?|capacity)\b[^|]{0,20}?\d+(\.\d+)?\s?(l|litres?|liters?|pints?)\s?"
    r"(per |/ ?)(day|24 ?h)\b|"
    r"\borganic,?\s+([\w-]+,?\s+)?(rims?|outlines?|edges?|forms?)\b|"
    # an organic pattern ("Organic Geometric Design"), not an organic cotton print
    r"\borganic (geometric |abstract |flowing |modern |minimal(ist)? |wavy |free-?form )?(designs?|patterns?|shapes?|"
    r"motifs?|curves?)\b|"
    # words on the product in quotes ("'WET' and 'RECYCLE' labels for segregation")
    r"['\"\u2018\u201c][^'\"\u2019\u201d|]{1,40}['\"\u2019\u201d]\s*(cartoon |graphic |text |slogan )?"
    r"(hand[- ]?|hand-drawn |printed |painted |"
    r"embroidered )?(labels?|stickers?|signs?|tags?|slogans?|prints?|graphics?|text|lettering|quotes?|messages?|"
    r"badges?|patch(es)?|logos?|emblems?|(cover |cushion |t-shirt |tee )?designs?|covers?|artwork|motifs?|"
    # a chart or poster that teaches it ("'Reduce, Reuse, Recycle' Classroom Chart")
    r"((classroom|wall|educational|school) )?(charts?|posters?|banners?|flash ?cards?))\b|"
    r"['\"\u2018\u201c][^'\"\u2019\u201d|]{1,40}['\"\u2019\u201d]\s*in ([\w-]+ ){0,2}(script|font|letters|lettering|"
    r"calligraphy|typography)\b|"
    # washable art supplies and finishes ("Washable and safe for kids" of crayons)
    r"\bwashable\b(?=[^|.;]{0,20}\b(safe for|kids|children|from (most |all )?(skin|clothes|walls|fabrics?|"
    r"surfaces|hands)))|"
    # words printed on a product ("Printed text: RECYCLE, DRY WASTE, WET WASTE"); labels for waste bins
    r"\bprint(ed)? (text|words?|wording|messages?|slogans?|quotes?)\s*[:=-][^|]*|"
    # a light's colour ("LED ring turns green when the milk reaches 37 C"); customs' green channel and places ("Green
    # Park", "Eco Park"); protection from the weather; a purifier's TDS range; a business that grew organically; coffee
    # decaffeinated with CO2
    r"\b(LEDs?|lights?|indicators?|rings?|lamps?|display|screens?|dots?|icons?|bulbs?)\b[^|.;]{0,30}\b(turns?|turning|"
    r"glows?|glowing|blinks?|flashes|flashing|lights? up|changes? to)\s+(solid |steady )?green\b|"
    r"\bgreen channel\b|\bgreen (park|avenue|valley|street|road|lane|nagar|colony|enclave|extension)\b|"
    r"\beco (park|village|city|tower|garden|point)s?\b|\benvironmental protection (from|against)\b|"
    r"\bTDS (levels? )?(up ?to |upto |of |below |under |till )?\d+\s?(ppm|mg)\b|"
    r"\b(we|brand|business|shop|company|community|store|family) (have |has )?(grew|grown) "
    r"organically\b|\bgrew organically from\b|\borganic (growth|reach|followers|traffic|word of mouth)\b|"
    r"\b(natural |supercritical )?(CO2|CO\u2082|carbon dioxide)[- ](process|method|decaf\w*|extract\w*)\b|"
    # a school subject; a bracket's offset; astronomy's solar system; a wipe's water content
    r"\benvironmental (studies|science|education|engineering)\b|\bEVS\b|"
    r"\boffset (mounting|mount|brackets?|arms?|handles?|hinges?|design|shaft|pivot|spatula|screwdriver)\b|"
    # a projector's lens offset, a bracket's gap from the wall ("110% vertical offset", "15 mm offset from the wall")
    r"\b(vertical|horizontal|lens|image|throw|keystone)\s+offset\b|"
    r"\b\d+(\.\d+)?\s?(%|mm|cm|in|inch(es)?|\")\s+(vertical |horizontal |wall |ceiling )?offset\b|\bwall offset\b|"
    r"\boffset (from|off) the (wall|ceiling|centre|center|edge)\b|"
    r"\bsolar[- ]system (posters?|models?|kits?|puzzles?|mobiles?|charts?|books?|toys?|planets?|projectors?)\b|"
    r"\b(planets?|planetarium)\b[^|]{0,40}\bsolar[- ]system\b|\bsolar[- ]system\b[^|]{0,40}\bplanets?\b|"
    r"\b(made with|contains?|containing) \d+(\.\d+)?\s?% (purified |pure |deioni[sz]ed |distilled )?water\b|"
    r"\b\d+(\.\d+)?\s?% (purified|pure|deioni[sz]ed|distilled) wat+er\b|"
    r"\b(dust ?bin|bins?|waste|garbage|trash|segregation)\s+(labels?|stickers?|decals?|signs?|signage)\b[^|]*|"
    # a product declared single use; a distressed finish; a card game that sorts waste; a cookbook's title
    r"\bsingle[- ]use only\b|\b(pack|set|box|bag)s? of \d+ single[- ]use\b|"
    r"\bpre-?(loved|owned|used) (look|style|feel|finish|effect)\b|"
    r"\borganic (wave|waves|swirls?|curls?|patterns?|motifs?|prints?|jacquard|texture)\b|"
    # a sound or a look ("Warm, organic bass", "organic-look slub yarn")
    r"\borganic[- ](bass|sound|tones?|timbre|vocals?|mids|highs|soundstage)\b|"
    r"\borganic-(look|looking|style|inspired)\b|"
    r"\benvironmentally sealed\b|"
    r"\b(finished|ready|mature|harvest(ed)?) compost\b|"
    # a potting mix's ingredient ("loam, composted bark and grit"); a gardener's green thumb; a slogan printed on it
    r"\bcomposted (bark|manure|cow ?dung|leaf|leaves|green waste|coir|wood|pine|poultry|farmyard|sawdust|straw)\b|"
    r"\bgreen (thumbs?|fingers?)\b|\bgreen[- ]light (PPG|sensors?|LEDs?|optical)\b|"
    # a removable cover to wash; a respirator's organic vapours; a redesign, not a renewed product
    r"\b(removable|detachable) (and|&|,) ?washable\b|\borganic (vapou?rs?|solvents?|compounds?|gases)\b|"
    r"\borganic (and|&|or|\+|/) ?inorganic\b|\borganic (UV |sunscreen )?filters?\b|"
    r"\brenewed ([\w-]+ ){0,2}(design|look|style|formula|version|edition|range|packaging|shine|glow|gloss|lustre|"
    r"luster|softness|bounce|radiance|vigou?r|energy|strength|freshness)\b|"
    # a craft kit that makes an upcycled thing ("Upcycled Jar Lantern Craft Kit": jars not included)
    r"\bupcycl\w* ([\w-]+ ){0,3}(craft|diy|activity|art) kits?\b|"
    # a device rinsed under the tap ("Wet & dry use, fully washable"); the weather it works in; a purifier's water; a
    # washing machine's programme ("Eco 40-60 programme")
    r"\bwet (&|and|/) dry\b[^|.;]{0,30}\bwashable\b|\bwashable (heads?|blades?|foils?|shaver|trimmer)\b|"
    # ... or a cover that can be washed ("It is washable, and we are proud of that")
    r"\b(it is|it's|they are|they're) (fully |machine |hand )?washable\b"
    r"(?![^|.;]{0,30}\b(reus|re-us|again|instead)\w*)|"
    r"\b(humid|hot|cold|dry|tropical|all) climates?\b|\b((RO|UV|UF)[- ])?purified (drinking )?water\b|"
    r"\beco[\s-]*\d+(-\d+)?\s*(\u00b0c\s*)?(programmes?|programs?|cycles?|wash)\b|"
    # what a kit or book teaches ("Renewable Energy Experiment Kit", "Observe biodegradation in 4 jars", "Explains
    # greenhouse gases, carbon budgets and net zero")
    r"\b(renewable energy|solar( power| energy)?|wind( power| energy)?|climate|recycling|composting|biodegradation|"
    r"decomposition) (experiment|science|learning|educational|STEM|project|activity|study) (kits?|sets?|books?)\b|"
    r"\b(observe|observing|watch|watching|see|study|studying)\b[^|.;]{0,20}?\b(biodegrad\w*|decompos\w*|"
    r"break(s|ing)? down|compost\w*)[^|.;]*|"
    r"\b(explains?|explaining|chapters? on|introduces|learn(s|ing)? (how|about)|teaches|teaching)\b"
    r"[^|.;]{0,60}?\b(net zero|carbon|climate|greenhouse|renewable|solar|recycl\w*|compost\w*|biodegrad\w*)[^|.;]*|"
    # words printed on a patch or the box ("Printed patch: 'Reduce, Reuse, Recycle'", "printed with the slogan 'SAVE
    # WATER, SAVE LIFE'")
    r"\bprinted (with (the |a |our )?(slogan|message|words?|text|tagline|motto)\s*[:\u2013-]?|(patch|label|slogan|text|"
    r"motif|badge|logo|design|graphic)\s*[:=-])\s*['\"\u2018\u201c][^|]*|"
    # ... or a spec sheet's print row ("Front print: 'SAVE THE PLANET, RUN FURTHER'")
    r"\b((front|back|chest|sleeve|pocket) )?prints?\s*[:=]\s*['\"\u2018\u201c][^|]*|"
    # a tap's flow rate as a spec ("1.8 gpm max flow at 60 psi")
    r"\b\d+(\.\d+)?\s?gpm (max(imum)? )?flow( rate)? (at|@) \d+\s?psi\b|"
    r"\bsort\w*\b[^|.]{0,40}\b(recycl\w*|compost\w*)\b[^|.]{0,40}\b(cards?|bins? boards?|points?|game)\b|"
    # a return policy, not a returnable container ("unopened jars returnable in 10 days")
    r"\b(non-)?returnable (in|within|for|after|up ?to) \d+ (days?|hours?)\b|\breturnable (if|when|only|once|unopened|"
    r"unused)\b|\b(unopened|unused|sealed|damaged)( [\w-]+){0,2} (are |is )?returnable\b|"
    # a seller's liability ("The seller is responsible for replacing any item damaged in transit")
    r"\b(not )?responsible for (replac\w+|refund\w*|returns?|exchang\w+|(any )?([\w-]+ )?(damage|loss|delays?|"
    r"defects?))\b|"
    # sun care's solar ("Solar Sunscreen SPF 50", "solar protection that stays on")
    r"\bsolar (protection|protect\w*|sunscreens?|sun ?cream|sun ?block|spf|uv|rays?|radiation|lentigines|damage)\b|"
    # a bin for recycling is a product type ("Recycling Bin with 2 Compartments", "compartments for general waste and
    # recycling")
    # (not the bin a part goes into: "can go into your paper recycling bin")
    r"\b(?<!\bin )(?<!\binto )(?<!\byour )(?<!\bthe )(?<!\bpaper )(?<!\bplastic )(?<!\bhousehold )(?<!\blocal )"
    r"(?<!\bcouncil )"
    r"recycling (bins?|dustbins?|containers?|stations?|caddy|caddies|baskets?|sorters?|compartments?|sections?)\b|"
    r"\b(compartments?|bins?|buckets?|sections?|caddies|bags?) for ([\w-]+ ){0,3}(and |& )?recycl\w*|"
    # a game or toy about recycling ("Recycling Board Game", "Recycling Truck Toy")
    r"\brecycling (board |card |sorting )?(games?|puzzles?|activit(y|ies)|trucks?|toys?|vans?|lorry)\b|"
    # a story's plot, a software licence's term
    r"\bsave the (planet|earth|world) from\b|\blifetime (licen[cs]e|subscription|access|membership|updates?)\b|"
    r"\b(can be )?refill(ed|able)? with (the )?([\w-]+ ){0,3}ink\b|"
    # an ink tank printer's refilling: plain function
    r"\brefill (ports?|in seconds)\b|\brefill\w*\b[^|.]{0,40}?\b(ink )?tanks?\b|"
    r"\brecycl\w* arrows?\b|\bcarbon (layers?|ply|plates?|sheets?|blades?|pro)\b|\b(pot|shelf|open|working) life\b|"
    r"\brefillable with (bottle(d)? )?(ink|converter|cartridges?)\b|"
    # what a book or course is about ("Chapters on composting peels and a low-waste week")
    r"\b((chapters?|tips|guides?|lessons?|recipes|stories|activities|book) (on|about|to|for)|"
    r"experiments? (include|including|on|about)|(kids|children|players|"
    r"you|they) (learn|discover|find out)\b[^|.;]{0,20}?\b(which|how|why|about|what)|^\W*learn (to|how|about)|"
    # "Experiment 7: find out which materials are biodegradable", "Board Book: My First Compost Heap"
    r"(^|:)\s*(learn|find out|discover|explore)\s+(to|how|about|which|why|what)|\bbooks?\s*[:\u2013-]\s*)\b"
    r"[^|.;]{0,60}?"
    r"\b(compost\w*|recycl\w*|low[- ]waste|zero[- ]waste|sustainab\w*|upcycl\w*|plastic[- ]free|biodegrad\w*)|"
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
    r"\bwashable (pre[- ]?)?(hepa )?filters?\b|\bwashable ([\w-]+ ){1,3}filters?\b|"
    # a quality grade ("Grade A++ Kesar"), not an energy class
    r"\bgrade[- ]?A\+{1,3}|\bA\+{1,3}[- ]grade\b|"
    # the organic food a container stores, not the container
    r"\b(store|stores|storing|keep|keeps|keeping|for)\b[^|.;:]{0,80}\borganic (millets?|grains?|pulses|dals?|rice|atta|"
    r"flour|food|produce|spices|vegetables|veggies|fruits?|honey|sugar|jaggery|tea|coffee|seeds|nuts)\b|"
    r"\bchange the refill\b|"
    r"(?<!\bcan )(?<!\bcan be )\b(empty|put|throw|dispose|discard)\b[^.|\n]{0,80}\b(dry waste|"
    r"(?<!for )recycling( (bag|bin|box))?)\b|"
    r"\b(give|hand(ed)? over|deposit|drop|dispos\w*)\b[^.|\n]{0,60}\be-?waste "
    r"(collection|recycl\w*|cent(re|er)s?|bins?|points?)\b|"
    r"\borganic (impurities|contaminants|pollutants|dirt|residues?|waste matter)\b|"
    # a shape or a fit that follows nature ("Organic fit: follows the natural shape", "irregular, organic shapes"); a
    # solvent class ("Organic-solvent-based paste")
    r"\borganic (fit|shapes?|forms?|curves?|lines?|contours?|silhouettes?|edges?)\b|\borganic[- ]solvents?\b|"
    # algae in a pond ("UV clarifier ends green water in 5-7 days"); a colour key ("Green label = mild, red label =
    # spicy"); a shade's name ("Box colour: eco green (shade no. 7741)")
    r"\bgreen (water|algae|pond water|slime)\b(?!\s+(heaters?|purifiers?|bottles?|filters?|tanks?|coolers?|dispensers?|"
    r"pumps?|solutions?|systems?))|"
    # a spec row's label ("Nature: free-flowing powder")
    r"^\W*nature(?=\s*:)|"
    r"\b(green|red|blue|yellow|orange|black|white)[- ](labels?|lids?|caps?|packs?|tags?|stickers?|bands?|dots?)\s*"
    r"(=|means|indicates|denotes|shows)|"
    r"\b(colou?r|shade)s?\s*:\s*eco[- ]green\b|\beco[- ]green(?=[^|.;]{0,20}\b(shade|colou?r|velvet|pantone)\b)|"
    # a care note after the fabric ("Quick-dry, washable"; "Cover: 100% polyester minky, washable")
    r"(?<=, )washable(?=\s*($|[,;.|]))|"
    # shoppers' stars, not an energy label ("Element: 2 kW, 4-star customer rated")
    r"\b\d(\.\d)?[- ]?stars?\s+(customer|user|buyer|shopper|reviewer)s?[- ]rated\b|"
    r"\b(customer|user|buyer|shopper)s?[- ]rated\s+\d(\.\d)?[- ]?stars?\b|"
    # who it serves ("Ideal for vegan buffets and Jain thalis"), not what it is
    r"\b(ideal|perfect|great|suitable|made|handy) for vegan (buffets?|guests?|diets?|parties|meals?|recipes?|cooking|"
    r"food|dishes|customers|caf(e|\u00e9)s|restaurants|events)\b|"
    # a sole or a pad that takes up impact ("Energy-absorbing EVA heel"); a mask that filters toxic dust
    r"\benergy[- ](absorbing|absorption|absorbent|return|returning|dissipating)\b|"
    r"\b(against|from|filters?( out)?|blocks?|traps?) (harmful |hazardous )?toxic (dusts?|fumes?|gases|gas|"
    r"vapou?rs?|smoke|particles?|particulates?|mists?|aerosols?)\b|"
    # skin care's environment is dust and smog; diet's sustainable is long-term ("Shields skin from environmental
    # aggressors", "sustainable weight management")
    r"\benvironmental (aggressors?|stress(ors|es)?|damage|pollutants?|pollution|factors|exposure|triggers?|"
    r"allergens?|irritants?|toxins)\b|\bsustainabl[ey],?\s+(and |long[- ]term,?\s+)?(weight|fat|muscle|results?|"
    r"hair growth|healthy habits|lifestyle changes|weight[- ]loss|slimming|energy levels?)\b|"
    # a printed recycling symbol, a disposal instruction, an ink-tank printer's refillable tanks
    r"\brecycl\w* (symbol|logo|sign|icon|mark)s?( print\w*)?\b|"
    # balls a practice net sends back ("Balls are recycled back to you automatically")
    r"\brecycled back to (you|the (bowler|batter|batsman|player|server|hitter|thrower))\b|"
    r"\bdispos\w*( of)?( (it|them|the \w+))? responsibly\b|"
    r"\brefillable (ink )?tanks?\b|\bink[- ]tank\b|"
    # a solar product named by its type ("Solar Inverter 1KVA", "Solar Power Bank"), not a claim about it
    r"\bsolar (inverters?|panels?|power ?banks?|garden lights?|security lights?|street lights?|lights?|lanterns?|"
    r"lamps?|generators?|chargers?|water heaters?|geysers?|fans?|pumps?|system|cells?|ready)\b|"
    r"\binverter[- ](compatible|friendly|supported|support|operable)\b|"
    # an inverter as a device ("3 kW inverter", "850VA Pure Sine Wave Inverter", "6 x 545W Panels + Inverter")
    r"(\b\d+(\.\d+)?\s?k?(w|va)\s+([\w-]+\s+){0,3}?|\+\s*|\b(pure sine( wave)?|sine wave|hybrid|on-grid|off-grid|"
    r"grid-tie|grid-tied|string|micro|home ups) )inverters?\b"
    r"(?! (microwaves?|ac|air|split|motors?|compressors?|technology|refrigerators?|fridges?|washing|heat pumps?))|"
    r"\b(works|runs|operates) on "
    r"(an? |your |the )?(home )?"
    r"inverters?\b|\bcompatible with (an? )?(home )?inverters?\b|"
    r"\b(works|compatible|use|pairs) with (all |any |most )?(home |household )?inverters?\b|"
    r"\b(for|with) (an? |your |the |home )?inverters?\b(?! (ac|technology|compressor|motor|refrigerator|fridge))|"
    r"\brenewable ([\w-]+ ){0,2}(licen[cs]es?|subscriptions?|plans?|terms?|contracts?|AMC|maintenance|service|"
    r"insurance|cover|warrant(y|ies)|membership)\b|"
    # savings of space, money or time ("SPACE SAVING: keep your pantry tidy", "Cost-saving: no more prints to buy");
    # weather ("all-climate versatility"); a kit's compost jar
    r"\b(space|cost|money|time|counter|floor|shelf)[- ]?sav(ing|ings|er|ers|es)\b|\ball[- ](climate|weather|season)\b|"
    r"\bcompost (jars?|starters?|kits?|tubes?)\b|"
    # the product is itself single-use and says so ("Dust bags are single-use, not reusable")
    r"\bsingle[- ]use\b[^|.;]{0,40}?\bnot\b[^|.;]{0,30}?\b(re-?usable|refill\w*|re-?used|recyclable)\b|"
    r"\b(is|are)\s+(a\s+)?single[- ]use\b(?!\s+(plastic|alternative))|"
    # a hazard warning (California's Proposition 65)
    r"\bexpose you to chemicals\b|\bknown to the State of California\b|"
    # a new look, saved presets
    r"\brenewed (look|design|style|styling|formula|packaging design|interface)\b|"
    r"\b(CO2|CO\u2082|carbon dioxide) (lures?|baits?|attract\w*)\b|"
    r"\breusable (cooking |custom )?(presets?|templates?|settings?|profiles?|recipes?|code|components?|shortcuts?)\b|"
    # a product type: long-life coolant; non-asbestos organic brake pads
    r"\blong[- ]life (radiator |engine )?(coolants?|antifreeze|milk)\b|\borganic \(NAO\)|\bnon[- ]asbestos organic\b|"
    r"\bfriction material\W+organic\b|\borganic (disc |brake )*(pads?|linings?)\b|\borganic \((resin|NAO)\)|"
    # chemistry's organic ("Compound: organic resin", "naturally occurring organic acids"); a recipe booklet's vegan
    # dishes
    r"\borganic (resins?|binders?|compounds?|acids?)\b|\bcompound\W+organic\b|"
    # words printed on the product, quoted ("Printed labels read 'WET / BIODEGRADABLE' and 'DRY / RECYCLABLE'")
    r"\b(read|reads|reading|say|says|saying|printed( with)?|marked)\s+['\"\u2018\u201c][^'\"\u2019\u201d|]{1,60}"
    r"(['\"\u2019\u201d]|$)"
    r"(\s*(,|and|&)\s*['\"\u2018\u201c][^'\"\u2019\u201d|]{1,60}['\"\u2019\u201d])*|"
    # a product declared single-use ("Single use; do not refill or puncture"); a soda maker's CO2 cylinder; a
    # safety-conscious design
    r"^\W*single[- ]use\b|\bCO2 (cylinders?|cartridges?|canisters?|tanks?|refills?)\b|"
    r"\b(safety|budget|health|style|fashion|price|cost|quality|figure|weight|calorie|time|space|tone|sound|image|"
    r"detail|design|comfort|brand|fitness)[- ]conscious\b|"
    # a garden tool's use ("Ideal for turning compost heaps")
    r"\b(for|ideal for) (turning|mixing|spreading|aerating|sifting|moving) (the |your )?compost\w*|"
    # a consumable's yield ("Lasts around 40 washes")
    r"\b(lasts?|makes?|gives?) (around |about |approx\.? |up ?to |for )?\d+\+?\s*"
    r"(washes|uses|shampoos|applications|loads|"
    r"cups|servings)\b|"
    r"\bvegan\b(\s+(and|&|or|/)\s+[\w-]+)?\s+(recipes?|recipe book(let)?s?|cookbooks?|dishes)\b|"
    # a recipe or diet list ("25 vegan one-pot meals", "supports vegan, Jain, keto and diabetic meal plans")
    r"\bvegan\b(,? [\w-]+){0,4},? (and|&|or) [\w-]+ (meal plans?|diets?|menus?)\b|"
    r"\bvegan (one-pot |one pot |quick |easy )?(meals?|meal plans?|diets?|menus?)\b|"
    # operating conditions; a filter's activated carbon; a tent's footprint (its groundsheet)
    r"\benvironmental (conditions?|rating|operating|range|requirements?)\b|\boperating environment\b|"
    r"\benvironmental (sealing|seals?|sealed|resistance|testing|tests?|chambers?|sensors?|monitoring)\b|"
    r"\bactivated[- ]([\w]+[- ])?(carbon|charcoal)\b|\b(post|pre)[- ]carbon\b|\bcarbon[- ]block\b|"
    # a filter stack ("HEPA H13 + carbon"); a laser printer's drum ("OPC (Organic Photoconductor) Drum")
    r"\b(HEPA|H1[0-4]|filters?)( H1[0-4])?\s*(\+|&|and)\s*carbon\b|\borganic photo-?conductors?\b|"
    r"^\W*carbon\W*$|"
    # a tank to refill ("the tank needs refilling every 8 hours")
    r"\b(needs?|need to be|requires?) refill(ing|ed)?\b|"
    r"\brefill(s|ing|ed)? (the |its |your )?(water )?(tank|reservoir)s?\b|"
    r"\bfootprint\b(?=[^|.]{0,30}\b(groundsheet|ground sheet|"
    r"sold separately|tent)\b)|"
    r"\b(contracts?|AMC|plans?|subscriptions?|warrant(y|ies)|membership|polic(y|ies)|licen[cs]es?)\b[^|.;]{0,20}?"
    r"\brenew(s|ed|al|able)?\b|"
    r"\b(licen[cs]e|subscription|plan|membership|contract|policy|warranty) (is |are )?(\w+ )?renewable\b|"
    # an upgrade as a better product ("Smart upgrade for your workspace"), not upgradability
    r"\bupgrades? (for|to) (your|any|every)\b|"
    # ... or the product as one ("A budget-friendly upgrade"), not what can be upgraded ("easy to upgrade")
    r"(?<!\bto )(?<!\bcan )(?<=[\w-] )upgrade(?=\s*([.!|]|$))|"
    # a subscription that renews ("Auto-Renewable Subscription", "renewable at the same price")
    r"\bauto[- ]?renew\w*|\brenewable (at|every|each|annually|yearly|monthly|after|on)\b|"
    # performance that holds under load ("Sustainable high frame rates", "sustained 140 W performance")
    r"\bsustainable (stamina|endurance|focus|alertness|comfort|freshness)\b|"
    # ... a hob's low flame, a grip's tack, a swimsuit's support, a pump's pressure ("Sustainable simmer: holds a
    # low flame for hours", "Sustainable 15-bar pressure for even extraction")
    r"\bsustainable (\d[\d,.]*[\s-]?[a-z]+ )?(simmer(ing)?|flames?|pressure|tack|tackiness|support|bounce|spin|"
    r"traction|cushioning|stability|lift|glow|burn|stretch|elasticity|recovery|shape retention|projection|sillage)\b|"
    # ... a plate's temperature ("Sustainable plate temperature of 220\u00b0C through a rush"); a food's energy through
    # the day ("Sustainable energy through the day (as part of a balanced diet)")
    r"\bsustainable ([\w-]+ )?(temperatures?|heat)\b|"
    r"\bsustain(ed|able) energy (through(out)?|all|for|during|across) (the |your |a )?(whole |entire |long )?"
    r"(day|morning|"
    r"afternoon|workout|match|run|ride|shift)\b|"
    # a steady flow ("Sustainable mist output of 0.3 ml/min")
    r"\bsustain(ed|able) (mist|air|water|steam|spray|light|sound|audio|heat|ink|paint) (output|flow|flow ?rate)\b|"
    # a tool's torque or speed ("Sustainable 400 Nm torque even as the battery runs down"); a print that reacts
    # to the sun ("Solar-activated print")
    r"\bsustain(ed|able) (\d[\d,.]*\s?(Nm|rpm|bpm|W|V|kW) )?(torque|rpm|cutting speed)\b|"
    # ... with a size word, or a flow ("Sustainable high torque for idli batter", "Sustainable Flow of 20 L/hr")
    r"\bsustain(ed|able) (high|higher|peak|max\w*|steady|stable|full|strong) (torque|rpm|speed|flow|output|suction)\b|"
    r"\bsustain(ed|able) (flow|output|suction|air ?flow|air ?throw)( rate)? (of|at|up ?to) \d|"
    # a printer's pace ("Sustainable print speed of 40 ppm", "Sustainable duty: 3,000 pages a month")
    r"\bsustain(ed|able) (print(ing)? |copy(ing)? |scan(ning)? )?(speeds?|duty( cycles?)?|throughput|workloads?)\b|"
    # ... or any figure it keeps up ("Sustainable 144 fps gaming"), a towel's absorbency
    r"\bsustain(ed|able) \d[\d,.]*[\s-]?(fps|hz|nm|rpm|w|kw|lm|lumens|mbps|gbps|db|psi|bar|mb/s|gb/s)\b|"
    r"\bsustainable (absorbency|softness|grip|warmth)\b|\bsustain(ed|able) energy release\b|"
    # a fertiliser's or a diffuser's slow release ("Sustainable nutrient release for up to 3 months")
    r"\bsustain(ed|able) (nutrient|fragrance|scent|aroma|slow|controlled|timed) release\b|"
    # words quoted as words ("words like 'green' or 'sustainable' are not used"); compost in a list of contents
    r"\bwords? (like|such as) ['\"\u2018\u201c][^'\"\u2019\u201d|]{1,30}['\"\u2019\u201d]"
    r"(,? (or|and) ['\"\u2018\u201c][^'\"\u2019\u201d|]{1,30}['\"\u2019\u201d])*|"
    r"\b(seeds?|soil|gloves|trowel|pots?|planters?|fertili[sz]ers?)\s*(&|and|,)\s*(potting )?compost\b|"
    r"\bsolar[- ](activated|reactive|sensitive|colou?r[- ]chang(e|ing))\b|"
    r"\bsustain(ed|able|s)? (\d+\s?W |(high|higher|peak|max\w*|stable|smooth|steady|full|top|cooling|heating|"
    r"cleaning|suction|charging) )?(performance|frame ?rates?|fps|heat|temperatures?|"
    # (not a home battery's "Sustainable power for your home")
    r"speeds?|power(?! ?banks?)(?! for (your|the|every) (home|family|house|planet))|output|loads?|boost|clocks?|"
    r"throughput|transfers?|writes?|reads?|bandwidth|wattage|pressure|"
    r"brightness)\b|"
    # washing instructions and wipe-clean finishes, not a reusable alternative to single use
    r"\b(machine|hand)[- ]?washable\b|\bwashable (finish|paint|walls?|covers?|fabric|ink|markers?|colou?rs?)\b|"
    r"\bwashable (seat |cot |pram |cushion |sofa )?(liners?|pads?|inserts?|covers?|insoles?)\b|"
    r"\bwashable (fleece|blankets?|upholstery|cushions?|rugs?|mats?|throws?|quilts?|bedding|crayons?|paints?|"
    r"glue)\b|"
    # a style, not a pre-owned item ("an early 60's vintage design", "vintage-style clock")
    r"\bvintage ([\w-]+ )?(embossed|printed|pattern(ed)?|motif)\b|"
    r"\bvintage[- ](design|style|styled|look|inspired|theme|themed|feel|print|pattern|effect|finish|colou?rs?|"
    r"charm|aesthetic)\b|\bvintage (voice|tone|sound|vibe|warmth|crunch|fuzz)\b|"
    # an indicator lamp ("Green Heating Indicator", "green power LED")
    r"\bgreen ([\w-]+ )?(indicators?|LEDs?|pilot lights?|indicator lights?)\b|"
    # offset printing paper ("Maplitho Offset Paper A4"); a handmade look called organic ("the organic, handmade
    # look"); a kitchen garden the product serves ("for your organic kitchen garden"); a storage case called reusable
    r"\boffset (paper|print\w*|grade|press|litho)\b|\bmaplitho\b|"
    r"\borganic,?\s+(handmade|hand-?made|natural|rustic|earthy|free-?form|uneven|irregular|flowing|soft|modern)\s+"
    r"(look|shapes?|forms?|feel|edges?)\b|"
    r"\borganic (kitchen |terrace |home |vegetable )?((or|and|&) (kitchen |terrace |home )?)?gardens?\b"
    r"(?! (fertili[sz]ers?|compost|manure|soil|mix|seeds?))|"
    r"\breusable (plastic )?(storage |carry(ing)? )?cases?\b|"
    # a bulb's style ("Vintage Edison LED Filament Bulb")
    r"\b(vintage|retro) (edison|filament)\b|"
    # a diffuser's dry-run cut-off ("Waterless auto shut off"); a soundbar's automatic standby
    r"\bwaterless (auto[- ]?)?(shut[- ]?(off|down)|cut[- ]?off|off|protection)\b|\bauto[- ]?standby\b|"
    # a colour name ("Colour: vintage brown; dark tan also available")
    r"\bvintage (brown|tan|black|white|gold|silver|brass|bronze|copper|blue|green|grey|gray|rose|pink|red|wash|"
    r"finish|shade)\b|"
    # a shade named green ("Shade: Go Green (No. 47)"); colour-coded bands ("Green band: 15-22 kg resistance")
    r"\b(shade|colou?r)s?\s*:\s*['\"\u2018\u201c]?([\w-]+ ){0,2}green\b(?=\s*([(,|/;]|$))|"
    r"\bgreen (bands?|loops?|tubes?)\b|"
    # ... or a named shade ("Shade: Vintage Earth (distressed brown)", "'Vintage Earth' Patina")
    r"\b(shade|colou?r|patina|tone)s?\s*:\s*vintage\b|['\u2018\"]vintage [\w ]{1,20}['\u2019\"]|"
    # electrical insulation of a tool ("Insulated handles rated 1000 V", "VDE insulated"); carbon-composition resistors
    r"\binsulated\b[^|.;]{0,30}?\b(rated|tested|up) (to |for |at )?\d[\d,.]*\s?(V|volts?|kV)\b|"
    r"\b(VDE|\d+\s?V)[- ]insulated\b|\binsulated (handles?|grips?|tools?|screwdrivers?|pliers|spanners?)\b|"
    r"\bcarbon[- ](comp|composition|film)( resistors?)?\b|\bcarbon (transfer|copy|tracing|graphite) paper\b|"
    # a print's motif ("Fabric print: recycling arrows motif", "Recycle Print"); a tint; a school subject
    r"\brecycl\w*[ -](arrows?[ -]|symbol |logo )?(motifs?|prints?|patterns?)\b|\bgreen[- ]tinted\b|"
    r"\borganic chemistry\b|\borganic,? (and )?inorganic\b|\borganic (gem|gemstone)s?\b|"
    # a fishing rod's carbon-fibre blank; bad luck or bad company called toxic ("ward off toxic energies")
    r"\bcarbon (blanks?|shafts?|spokes?)\b|\btoxic (energ(y|ies)|vibes?|people|relationships?|thoughts?|aura)\b|"
    # a bin that keeps the recycling apart ("Dual recycling bin: keeps your recycling apart from general waste")
    r"\b(dual|twin|double|kitchen|pedal|pull-out|\d+\s?l) recycling (bins?|caddy|caddies|buckets?|compartments?|"
    r"sorters?)\b|\bkeeps? your recycling\b|"
    # what a bin's lid says ("Lid labels: RECYCLE / WASTE", "Lid embossed with the word 'RECYCLE'")
    r"\b(lid|bin|bucket|compartment)s?\s+(labels?|labell?ed|marked|printed|embossed)\s*"
    r"(with\s+(the\s+)?(words?|text|labels?)\s*)?[:=-]?\s*['\"\u2018\u201c]?([\w-]+\s*[/&,+]\s*)*recycl\w*\b|"
    # a word quoted as a word ("the word 'green' on our label refers to the scent family")
    r"\bthe (word|term|name)s? ['\"\u2018\u201c][^'\"\u2019\u201d|]{1,30}['\"\u2019\u201d]|"
    # a quoted slogan on a print ("Printed slogan on chest: 'SAVE THE PLANET'", "'TOXIC WASTE' barrel print")
    r"\b(slogans?|graphics?|quotes?)\b[^|;'\"\u2018\u201c]{0,25}"
    r"['\"\u2018\u201c][^'\"\u2019\u201d|]{1,40}(['\"\u2019\u201d]|\s*$)|"
    r"(['\"\u2018\u201c]|^\W*)[^'\"\u2019\u201d|]{1,40}['\"\u2019\u201d]\s+([\w-]+\s+)?(prints?|slogans?|graphics?|logos?|"
    r"designs?|motifs?|patch(es)?)\b|"
    # the seller's packaging changed ("All packaging will be upgraded by 2027"), not upgradability
    r"\b(packaging|packing|boxes|box|labels?) (will be |is being |has been |to be )?upgraded\b|"
    # a care instruction ("Fully washable at 40\u00b0C once controls are detached")
    r"\b(fully |machine |hand )?washable (at|up to) \d+\s?\u00b0?\s?C?\b|"
    # recycling as a topic a game or book teaches, not a claim about the product
    r"\b(learn\w*|teach\w*|discover\w*|explor\w*)\s+(about\s+)?(\w+\s+){0,3}?recycl\w*|\bsort(s|ing)?\s+(the\s+)?"
    r"recycl\w*|"
    # a fan's steady airflow ("Sustainable air delivery of 230 CMM at 140 V"); toxic voice chat a headset filters;
    # a candle wick's carbon build-up ("Trim wick to avoid carbon build-up")
    r"\bsustainable (\d[\d,.]*\s?\u00b0?\s?[a-z]* )?(air ?(delivery|flow|throw)|airflow|cooling|suction|"
    r"((hot[- ])?(water|air)[- ])?flow|heating|"
    r"performance|output|speeds?|brightness)\b|"
    r"\btoxic(ity)? (voice |in-game )?(chat|filters?|players?|behaviou?r|language|comments?|messages?)\b|"
    r"\bcarbon (build-?ups?|deposits?|residues?|soot)\b|"
    # an appliance's operating range ("Operating climate: works at 10-40 °C"); compost a vacuum must not pick up; a
    # print range's name ("Part of our Green Thistle print range"); a charger's time ("uses 35% less time"); leftover
    # dough used again; disposal done responsibly; what a filter takes out of water ("Reduces chlorine, rust and
    # sediment")
    r"\boperating (climate|environment)\b|"
    r"\b(pick(s|ing)? up|vacuum(s|ing)?|suck(s|ing)? up)\b[^|.;]{0,30}\bcompost\b|"
    r"\bgreen [\w-]+ (prints?|patterns?)( range| collection| series)?\b|"
    r"\b(uses?|takes?|needs?) (\d+(\.\d+)?\s?% )?less time\b|"
    r"\bleftover [\w-]+\?? reuse\b|\breuse (the )?left-?overs?\b|"
    r"\bdispos\w* (of )?([\w-]+ ){0,4}responsibly\b|"
    r"\b(reduces?|removes?|filters?( out)?) (chlorine|rust|sediments?|hardness|tds|limescale|scale|odou?rs?|bacteria|"
    r"impurities|heavy metals)\b|"
    # an aquarium's carbon source and CO2 kit ("Liquid Carbon Plant Supplement"); worms for composting sold as live food
    r"\bliquid carbon\b|\b(bioavailable )?carbon (source|supplement|dosing)\b|\bCO2 (injection|diffusers?|kits?|"
    r"systems?|cylinders?|regulators?)\b|"
    r"\bcomposting worms?\b|"
    # a tablet's ambient-light sensor; a cell's steady output; the kitchen waste a bin is sized for; electrical
    # modular boxes; a heater's ECO dial marking; the words printed as a quote ("Go Green Hand Lettered Quote")
    r"\benvironmental (light|brightness|ambient light|noise|temperature|humidity) sensors?\b|"
    # a consumable that lasts longer because less is used ("so your LPG cylinder lasts longer"): a saving, no lifespan
    r"\b(LPG |gas )?(cylinders?|refills?|cartridges?|toner|ink|detergent|fuel) (lasts?|will last) longer\b|"
    # what the photo shows but the box does not hold ("Organic spices shown in the photo are only for display")
    r"\b[\w-]+ [\w-]+ (shown|pictured|seen|displayed|used) in the (photos?|images?|pictures?|videos?)\b"
    r"(?=[^|]{0,50}\b(display|illustration|not included|props?|reference)\b)|"
    r"\bsustainable ([\d,.]+[- ]?)?([\w-]+ )?(output|current|discharge|voltage)\b|"
    r"\borganic (kitchen |food |wet |household )?waste\b|"
    r"\bmodular (switch ?)?(boxes|box|switch(es)?|switch ?boards?|plates?|sockets?)\b|"
    r"\b(dial|knob|thermostat|switch) to (the )?eco( marking| mark| position| setting)?\b|"
    r"\beco thermostat\b(?=[^|]{0,80}\b(dial|knob|marking)\b)|"
    r"\b(go|think|live|stay|be) green\b[,!]?\s+([\w-]+[- ]){0,2}(quotes?|slogans?|prints?|text|lettering|messages?|"
    r"typography)\b|"
    # ... with the words in quotes ("a cartoon elephant watering a tree with the words 'Go Green, Save Trees'")
    r"\b(the )?words?\s*[:\u2013-]?\s*['\"\u2018\u201c][^'\"\u2019\u201d|]{1,60}(['\"\u2019\u201d]|$)|"
    # a book's chapters ("Chapter 7: reduce, reuse, recycle")
    r"^\W*(chapter|unit|lesson|module|topic)\s*\d+\s*[:.\u2013-][^|]*|"
    r"\b(quotes?|slogans?|text|messages?|lettering)\s+(that |which )?(reads?|says?|reading|saying)\s*[:\u2013-]?\s*"
    r"['\"\u2018\u201c]?[^|.;'\"\u2019\u201d]{1,40}|"
    # a tea's colour grade ("Green Label Mild Blend", "Green label = mild blend; Red label = extra strong")
    r"\bgreen label (mild |strong |premium |classic |special |extra )*(blend|tea|chai|grade|variant|pack)\b|"
    r"\bgreen label\s*(=|is the|means)|"
    # a recipe or a look made new, not a refurbished product ("Now with a Renewed Recipe")
    r"\brenewed (recipe|formula(tion)?|look|design|packaging|pack|taste|flavou?r|fragrance|texture|logo)\b|"
    # what a solar product is, not a renewable-energy claim ("Solar Hanging Lantern", "Solar input up to 400 W"): the
    # kind of product, its panel and its input; a panel's conversion efficiency is no energy saving
    r"\bsolar[- ](panel |led |rechargeable )?((garden|street|flood|wall|post[- ]top|gate|hanging|fence|"
    r"path(way)?|outdoor|emergency|camping|security|string|fairy|deck|step|motion sensor|pillar|landscape) )*"
    r"(lights?|lanterns?|lamps?|panels?|modules?|(water )?heaters?|geysers?|chargers?|power ?banks?|inverters?|"
    r"generators?|pumps?|fans?|cookers?|dryers?|cells?|input|charging|charge controllers?|charging controllers?|"
    r"rooftop kits?|kits?|spotlights?|torch(es)?)\b|"
    r"\b(module|panel|cell|conversion) efficiency\s*[:=-]?\s*(up ?to |upto )?\d+(\.\d+)?\s?%|"
    r"\b\d+(\.\d+)?\s?% (module |panel |cell |conversion )efficiency\b|"
    r"\b(PERC|half[- ]cut|mono(crystalline)?|poly(crystalline)?|bifacial)\b[^|]{0,60}?\b\d{1,2}(\.\d+)?\s?% "
    r"efficiency\b|"
    # a part bought to upgrade a computer, not a product made upgradable ("SSD ... for Laptop & Desktop Upgrade")
    r"\bfor ([\w&-]+ ){0,3}(laptop|desktop|pc|computer|system|notebook)s? ([\w&-]+ ){0,2}upgrad(es?|ing)\b|"
    r"\bupgrad(e|ing) (your |an? |the )?(old |existing |slow )?(laptop|desktop|pc|computer|system|hdd|"
    r"hard (disk|drive))s?\b|"
    # a water heater's or purifier's daily capacity ("300 litres per day; 2 flat-plate collectors"), not a saving
    r"^\W*\d+\s?(litres?|liters?|ltrs?|l) per day\b(?! (saved|less))|"
    r"\b(capacity|output)\s*[:=-]?\s*(up ?to |upto )?\d+\s?(litres?|liters?|ltrs?|l) per day\b|"
    # a storage battery's duty ("5 years design life in standby use at 25\u00b0C"), not a standby draw
    r"\b(in )?(standby|float) (use|service|duty|applications?)\b|"
    # a bag or cover washed by hand, care, not reuse ("bag is washable in hand")
    r"\b(is|are) washable (in|by) hand\b|\bhand[- ]washable\b", re.IGNORECASE))


_GADGET_LOW_POWER = re.compile(r"low[- ]power\s+([\w-]+\s+){0,2}?(chip(set)?s?|bluetooth|BLE|display|screen|LCDs?|mode|"
                               r"processors?|SoC|sensors?|connection|standby mode)\b|always[- ]on display",
                               re.IGNORECASE)


# a refill as the consumable it is ("Pack Of 4 Refills", "unscrew the empty refill and screw the new one"), with
# nothing said of less plastic or waste: plain function, not a reusable alternative (corpora/real/README.md)
_PLAIN_REFILL = re.compile(r"\brefill(s|ed|ing)?\b", re.IGNORECASE)
# ... a pen said to take refills, or a pen's header ("Pens are refillable", "REFILLABLE : the pen takes standard
# refills")
_PEN_REFILL = re.compile(r"\b(pens?|markers?)\s+(is|are)\s+refillable\b|"
                         r"\brefillable(?=\s*:\s*(the |these |this |each |our )?(pens?|markers?)\b)", re.IGNORECASE)
# ... a water tank topped up as it is used ("1.5 L removable tank refillable at any time during ironing")
_TANK_REFILL = re.compile(r"\b(water )?(tanks?|reservoirs?)\s+(is |are )?refillable\b|\brefillable (water )?(tanks?|"
                          r"reservoirs?)\b", re.IGNORECASE)
_REFILL_BENEFIT = re.compile(r"\b(plastic|waste\w*|landfill|reus\w*|less|sav(e|es|ing)|planet|eco|environment\w*|green|"
                             # the seller refills the same container ("post the tin back and we refill it")
                             r"(post|send|return|bring) (the|your) (tin|jar|bottle|container|pouch)s? back|"
                             r"rinse and refill|your own|"
                             r"instead of|again and again|sustainab\w*|packaging|bottles? again|refillable|"
                             r"no new [\w-]+|(same|empty) (jars?|bottles?|containers?|tins?|tubs?|dispensers?)|"
                             r"washed and refilled|"
                             # a pouch that refills the pump: the refill system labels.md names ("refill pouches")
                             r"refills? (this|the|your) (pump|bottle|dispenser|jar|container|tin|tub)s?)\b",
                             re.IGNORECASE)


# a hazard warning the law makes the seller print (California's Proposition 65), not a free-of claim
hazard_warning = occurs(re.compile(r"\bexpose you to chemicals\b|\bknown to the State of California to cause\b|"
                                   r"\bP65Warnings\b", re.IGNORECASE))


# a gain in battery life or runtime ("Eco mode: 30% longer battery life"): a gadget's mode, no figure comparison of
# an environmental attribute
_BATTERY_GAIN = re.compile(r"\d+(\.\d+)?\s?(%|percent|x|times|hours?|hrs?|h|min(utes)?|mins)\s+(longer|more|extra|"
                           r"additional)\s+(battery( life| backup)?|run ?time|play ?(time|back)|backup|standby)\b",
                           re.IGNORECASE)


# what a diet counts (the words of _DIET below)
_DIET_FOODS = r"(oil|fat|calories|sugar|grease|salt)"
# less oil or fat in cooking, with its figure ("Uses 90% Less Oil" of an air fryer): a diet, no environmental comparison
_LESS_FOOD = re.compile(r"\b(up ?to |upto )?(\d+(\.\d+)?\s?%\s+)?less " + _DIET_FOODS + r"\b", re.IGNORECASE)
# a figure compares only beside comparison wording ("Solar heat rejection 55%" is a spec, "30% less energy" is not)
_COMPARISON_WORD = re.compile(r"\b(less|more|lower|higher|fewer|longer|shorter|better|than|vs\.?|versus|sav\w*|"
                              r"reduc\w*|cuts?|efficien\w*|up ?to|times|x)\b", re.IGNORECASE)


# a share of an ingredient, not a comparison ("Contains 2% salicylic acid, an oil-soluble organic acid")
_SHARE_OF = re.compile(r"\b(contains?|containing|with)\s+\d+(\.\d+)?\s?%\s", re.IGNORECASE)
# ... nor a humidity range ("works at 10-40 °C and up to 85% humidity")
_HUMIDITY = re.compile(r"\b(up to )?\d+(\.\d+)?\s?% (relative humidity|humidity|RH)\b", re.IGNORECASE)


@memo
def other_sense_only(text: str) -> bool:
    """Every attribute keyword in ``text`` sits inside a feature name or other sense ("Eco mode for
    longer runtime", "Organic LED panel", "Low-power always-on display mode"), and no explicit energy
    wording or figure comparison."""
    # the figures that compare nothing: a share of an ingredient, a battery's gain, a humidity range
    # ... nor one inside another sense ("Solar Panel, 144 Cells, 21.3% Efficiency": a module's conversion efficiency)
    own = without_other_senses(text)
    figures = _LESS_FOOD.sub(" ", _SHARE_OF.sub(" ", _BATTERY_GAIN.sub(" ", _HUMIDITY.sub(" ", own))))
    if EXPLICIT_ENERGY.search(text) or (comparative_figure(figures) and _COMPARISON_WORD.search(own)):
        return False
    names = [*sense_spans(text), *match_spans(text, _GADGET_LOW_POWER, _GREEN_NAME, MODEL_ECO)]
    # (a pen that takes refills sold as such, not one topped up from a bottle: "top up with our ink bottles")
    # ... and a water tank refilled as it is used: refills as the plain function they are
    refill_names = [*(match_spans(text, _PEN_REFILL) if _PLAIN_REFILL.search(text) else []),
                    *match_spans(text, _TANK_REFILL)]
    blank = "".join(" " if within(i, [*names, *refill_names]) else ch for i, ch in enumerate(text))
    if not _REFILL_BENEFIT.search(blank):
        names += [*match_spans(text, _PLAIN_REFILL), *refill_names]
    attrs, _ = compiled_patterns()
    hits = [m for p in attrs for m in p.finditer(text)]
    # negated mentions do not count ("not biodegradable, please dispose responsibly")
    named = [m for m in hits if within(m.start(), names)]
    return bool(named) and all(within(m.start(), names) or is_negated(text, m.start()) for m in hits)


# Safety standards and marks with nothing environmental beside them ("Approved CE (EN71 standard) and ASTM
# F963, tested by SGS", "BIS certified"): labels.md section 4 counts safety marks as nothing
_SAFETY_STANDARD = re.compile(r"\bEN[- ]?71\b|\bEN[- ]?1078\b|\bASTM\b|\bUKCA\b|\bCPSIA\b|\bCPSC\b|\bCE\b|"
                              r"\b(BIS|FCC|UL|ISI|BEAB|ASTA|VDE|KEMA|Kitemark|WPC|ETA|TEC|MTCTE)\b|"
                              r"\bBS ?\d{3,5}(/A)?\b|"
                              r"\bchild[- ](resistant|proof)\b|"
                              # manufacturing-quality and food-safety marks ("WHO-GMP certified facility", "HACCP
                              # certified", "ISO 9001 certified factory")
                              r"\b(WHO[- ])?c?GMP\b|\bHACCP\b|\bISO[- ]?(9001|22000|13485|45001)\b|\bhalal\b|"
                              r"\bFSSC ?22000\b|\bBRCGS?\b|"
                              # a sport's governing body approving the ball ("ITF approved, extra-duty felt")
                              r"\b(ITF|BWF|ICC|FIFA|FIH|FIBA|FIVB|ITTF)[- ](approved|certified|quality|recogni[sz]ed|"
                              r"sanctioned)\b|"
                              r"\bkosher\b|"
                              r"\bsafety (standards?|tests?|tested|certified|certification|approved|regulations?)\b",
                              re.IGNORECASE)


def _alone(pattern: re.Pattern[str]) -> Callable[[str], bool]:
    """A memoised predicate: ``pattern`` occurs in the text and no eco-attribute keyword or legal mark does."""
    @memo
    def alone(text: str) -> bool:
        return pattern.search(text) is not None and not attribute_hits(text) and not LEGAL_MARK.search(text)
    return alone


safety_marks_only = _alone(_SAFETY_STANDARD)


# Convenience and people's safety, with no attribute keyword ("making life easier on the go", "So
# absolutely safe for adults and children"): the heads read "life" and "safe" as claims
_CONVENIENCE = re.compile(r"\blife\b[^.;|\n]{0,25}\b(easier|simpler|convenient|comfortable|better)\b|"
                          r"\b(easier|simpler|convenient)\b[^.;|\n]{0,25}\blife\b|"
                          r"\bsafe(r)? (for|to use (for|by|with)) (you|your|the)?\s*"
                          r"(adults?|children|kids|babies|family|"
                          r"everyone|pets|skin|users?|humans?|people|home)\b|"
                          # "BIS & ISI certified – the safer choice" (EPA's Safer Choice is a named scheme)
                          r"\b(the|a) safer (choice|option|pick|bet)\b"
                          r"(?! for (the )?(planet|earth|environment|nature))|"
                          # an easy product to keep ("Lightweight product, low maintenance")
                          r"\b(low|easy|minimal)[- ]maintenance\b",
                          re.IGNORECASE)


convenience_only = _alone(_CONVENIENCE)


# Cooking and diet comparisons ("uses up to 90% less oil", "low fat"): health, not the environment
_DIET = re.compile(r"\b(less|no|low|without|zero|reduced?|little)\s+([\w-]+\s+){0,1}?" + _DIET_FOODS +
                   r"\b|\boil[- ]?free\b|"
                   # allergens ("Made in a nut-free facility", "gluten-free")
                   r"\b(nut|peanut|tree[- ]nut|gluten|dairy|lactose|egg|soy|wheat)[- ]free\b|"
                   # a food's additives ("No preservatives", "no artificial colours or flavours")
                   r"\b(no|without|zero)( added| artificial)? (preservatives?|msg|colou?rs?|flavou?rs?)\b",
                   re.IGNORECASE)


diet_only = _alone(_DIET)  # "Air fryer uses up to 90% less oil"


# Virgin material as a plain fact ("Made from 100% virgin pulp"): the opposite of a recycled-content claim
_VIRGIN = re.compile(r"\bvirgin\s+(wood\s+)?(pulp|fib(re|er)s?|plastics?|materials?|polyester|nylon|resin|"
                     r"aluminium|aluminum|paper|vinyl|PP|PET|ABS|wool)\b", re.IGNORECASE)


virgin_material_only = _alone(_VIRGIN)


@memo
def gadget_power_saving_only(text: str) -> bool:
    """The segment's only energy wording is a power or battery saving feature ("Auto Sleep Power Saving"),
    with no electricity, energy label or figure of consumption and no other eco keyword."""
    # "Energy-Saving Sleep Mode" on a mouse: its battery
    text = re.sub(r"energy[- ]saving (sleep |auto[- ]?sleep |standby )?mode",
                  lambda m: "power saving mode".ljust(len(m.group(0))), text, flags=re.IGNORECASE)
    if not GADGET_POWER_SAVING.search(text) or EXPLICIT_ENERGY.search(text) or \
            re.search(r"\belectricity\b|\bkwh\b|\bbills?\b", text, re.IGNORECASE):
        return False
    text = _GADGET_ECO_MODE.sub(lambda m: " " * len(m.group(0)), text)
    return set(attribute_hits(without_other_senses(text))) <= {"energy_efficiency"}  # colours too ("(Carbon Black)")


_GADGET_ECO_MODE = re.compile(r"\b" + GADGET_ECO_MODE + r"\b|\blong[- ]lasting battery\b|"
                              # the saving feature's name ("Eco Power Saving Chip" of earbuds)
                              r"\beco(?=[- ]?(power|battery)[- ]?sav)", re.IGNORECASE)
