"""The wordings of attribute claims: recycled, recyclable, organic, degradable, reusable, refurbished,
fair trade, sourcing, less plastic; offsets and dated or undated pledges.
"""

from __future__ import annotations

import re

from claims.text.lexicon import SIGNAL_PATTERNS, memo, occurs, within
from claims.text.negation import first_unnegated, is_negated
from claims.text.senses import sense_spans, without_other_senses

# Offsetting said in so many words (a "net zero" pledge with a date is a future claim, not an offset one)
_EXPLICIT_OFFSET = re.compile(r"offset\w*|compensat\w*|\bcredits?\b|tree[- ]planting|\bplant(s|ed|ing)? (a |\d+ )?"
                              r"trees?\b", re.IGNORECASE)


explicit_offset = occurs(_EXPLICIT_OFFSET)
# "Pages: 80 GSM, carbon offset": a carbon claim in two words (not offset printing)
_CARBON_OFFSET = re.compile(r"\b(carbon|co2|climate|emissions?)[- ]offset(ted|s|ting)?\b(?![- ]?print)", re.IGNORECASE)


@memo
def carbon_offset(text: str) -> tuple[int, int] | None:
    return first_unnegated(_CARBON_OFFSET, text)


_NEXT = r"(year|season|quarter|term|semester|month|batch|collection|drop|release|harvest|crop|flush)"


# a pledge with no date that says it holds soon ("Our packaging will soon be plastic-free", "Firmware will soon add an
# eco mode that cuts energy use by half")
_SOON = r"\bwill soon (be(come)?|go|switch|turn|add|get|gain|bring|include|offer|unlock|enable|introduce)\b|" \
        r"\bsoon to be\b|\b(upcoming|future|next) (firmware|software|app|OTA) updates? will\b"


# what the next products will be ("Future models will contain 30% less plastic"): a pledge
_FUTURE_RANGE = (r"\b(future|upcoming) ([A-Z][\w-]* ){0,2}(models?|products?|versions?|editions?|batches|collections?|"
                 r"ranges?|packs?|packaging) will\b")  # ("Future Warlikaar collections will use 50% recycled wood")


# "will" is everywhere in real copy ("will be charged extra at installation", "we will replace
# it"); a future environmental claim names a date, a target or a pledge (labels.md: "net zero by 2030")
_FUTURE_PLEDGE = re.compile(
    r"\b(by|before|until|from) (\d{1,2}(st|nd|rd|th)? )?"
    r"((jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* )?"
    r"20\d\d\b|\bnext " + _NEXT + r"\b|\b20[3-5]\d\b|\bwill plant\b|"
    r"\bpromise\b|\bpledg\w*|\bcommit\w*|"
    + _SOON + "|"
    r"\baim(s|ing)? (to|for)\b|\bgoals?\b|" + _FUTURE_RANGE + "|"
    r"\btargets?\b|\broad ?map\b|\bplan(s|ned)? to\b|on (track|the way|our way) to|\bjourney to\b|"
    r"net[- ]?zero|\bwill (run on|use|be powered by|be made (from|with|of)) ([\w%]+ ){0,2}(renewable|recycled|solar|"
    r"green|clean)|\bwill (be(come)?|go|turn|switch|move to) (fully |100% |completely )?(carbon|climate|plastic|"
    r"net|recyclable|compostable|renewable|sustainable|zero|deforestation|fossil)|"
    r"\bwill (switch|move|shift|convert|transition) (over )?to (fully |100% |completely )?(solar|renewable|green|wind|"
    r"clean)", re.IGNORECASE)


# a tree planted for each order, now ("For each order, we plant a tree"): a carbon claim of the seller, no pledge
tree_planting = occurs(re.compile(r"\bwe (also )?plant (a|one|\d+|two|five|ten) (\w+ )?(trees?|saplings?) (for|with) "
                                  r"(each|every)\b|\b(for|with) (each|every) (order|purchase|sale|item)[\w ]{0,12}?,? "
                                  r"we (also )?plant (a|one|\d+|two|five|ten) (\w+ )?(trees?|saplings?)\b",
                                  re.IGNORECASE))
# "We will plant a tree for every order": a promise of future environmental action sold with the product
tree_pledge = occurs(re.compile(r"\bwill (also )?plant (a|one|\d+|two|five|ten) (\w+ )?(trees?|saplings?)\b|"
                                # a promise per sale ("For every pack sold, we will recycle one old battery")
                                r"\b(for|with) (every|each) ([\w-]+ ){1,2}((you |we )?(sold|bought|purchased|ordered)|"
                                r"(you|customers) (buy|purchase|order))\b,? we('ll| will) "
                                r"(recycle|collect|remove|recover|take back)\b|"
                                # "each purchase will fund restoration of 1 sq m of mangroves by 2026"
                                r"\bwill (help )?(fund|support|finance|sponsor|pay for) (the )?(restoration|replanting|"
                                r"planting|protection|regrowth)\b[^|.;]{0,40}?\b(trees?|mangroves?|forests?|"
                                r"rainforests?|(coral )?reefs?|corals?|wetlands?|seagrass|peatlands?)\b|"
                                r"\b(trees?|saplings?) will be planted\b|"
                                # "Each order will fund the removal of 1 kg of ocean plastic"
                                r"\bwill (help )?(fund|finance|sponsor|pay for) the "
                                r"(removal|collection|recovery|clean-?up)"
                                r" of\b[^|.;]{0,30}?\b(plastics?|waste|litter|trash)\b|"
                                # "Every order will help restore 1 sq m of mangroves by 2026"
                                r"\bwill (also )?(help (us )?)?(plant|restore|regrow|rewild|replant|protect)\b"
                                r"[^|.;]{0,40}?\b(trees?|"
                                r"mangroves?|forests?|rainforests?|(coral )?reefs?|corals?|wetlands?|seagrass|"
                                r"peatlands?)\b|"
                                # "For every TV sold we will remove 1 kg of plastic from Indian beaches", "Every order
                                # will help us remove 1 kg of plastic from Goa's beaches"
                                r"\bwill (help (us )?)?(remove|collect|recover|clean up|pull|fish out|take)\b"
                                r"[^|.;]{0,40}?"
                                r"\b(plastics?|waste|litter|trash|garbage)\b[^|.;]{0,30}?\b(from|off|out of) "
                                r"(the |our )?"
                                r"([\w'\u2019-]+ ){0,2}?(beach(es)?|oceans?|seas?|rivers?|coast(lines?)?|environment|"
                                r"nature|"
                                r"landfills?|streets)\b|"
                                # "We will recycle 1 kg of e-waste for every order": a clean-up pledge per sale
                                r"\bwill (help )?(recycle|collect|remove|recover)"
                                r"( \d+(\.\d+)?\s?(kg|kgs|g|tonnes?|lbs?|bottles|items))? (of ([\w-]+ ){0,2})?"
                                r"(e-?waste|plastics?|waste|bottles|paper|cartons|cans|textiles|clothes|batteries)\b"
                                r"[^|.;]{0,20}?\bfor (every|each)\b|"
                                # ... or the sale first ("For every mount sold we will recycle 1 kg of e-waste")
                                r"\b(for|with) (every|each) [\w ]{1,25}?,? we(?: will|'ll| shall) (help )?"
                                r"(recycle|collect|remove|recover)\b[^|.;]{0,30}?"
                                r"\b(e-?waste|plastics?|waste|bottles|paper|cartons|cans|textiles|clothes|batteries)\b|"
                                # "We will remove 1 lb of ocean plastic for every grill sold"
                                r"\bwill (help )?(remove|collect|recover|clean up|pull|fish out)\b[^|.;]{0,40}?"
                                r"\b(ocean|marine|river|beach|coastal|sea)[- ](plastics?|waste|litter|trash)\b|"
                                # ... or from a named river or beach ("from the Yamuna")
                                r"\bwill (help )?(remove|collect|recover|clean up|pull|fish out|take)\b[^|.;]{0,40}?"
                                r"\b(plastics?|waste|litter|trash|garbage)\b[^|.;]{0,30}?\b(from|off|out of) (the )?"
                                r"(?!(box|bag|pack|carton|product|order)\b)(?-i:[A-Z][a-z]+)"
                                r"( (river|beach|coast|lake)s?)?\s*([.;,!]|$)",
                                re.IGNORECASE))


@memo
def future_pledge(text: str) -> bool:
    """A pledge of future action: a date or target, or a promise to plant or restore ("a tree will be planted")."""
    return bool(_FUTURE_PLEDGE.search(_COMMITMENT_HEADER.sub(" ", text))) or tree_pledge(text)


# a bullet headed "Our Commitment :" pledges nothing by its header ("Our Commitment : Designed to be repaired")
# ... nor one headed "ECO COMMITMENT :" or "Green Commitment -"
_COMMITMENT_HEADER = re.compile(r"^\W*(our |the brand'?s? )?((eco|green|planet|earth|sustainability|environmental) )?"
                                r"commitments?\s*[:\u2013\u2014\u3011-]", re.IGNORECASE)


# a product footprint with its figure ("Footprint: 4.1 kg CO2e per unit (ISO 14067)")
carbon_figure = occurs(re.compile(r"\b(footprint|emissions?)\b[^|;]{0,30}?\d+(\.\d+)?\s?(kg|g|t|tonnes?)\s?"
                                  r"(CO2e?|CO\u2082e?)\b", re.IGNORECASE))


# a paint's or adhesive's VOC content with its figure ("low-VOC (under 30 g/L)", "VOC content: < 5 g/L")
# ... or none at all ("Finish: zero-VOC black powder coat")
low_voc_figure = occurs(re.compile(r"\b(zero|0)[- ]VOCs?\b|"
                                   r"\blow[- ]VOCs?\b[^|.;]{0,30}?\d+(\.\d+)?\s?(g ?/ ?l|g per lit(re|er)|ppm)\b|"
                                   r"\bVOCs?( content)?\s*[:=]?\s*(under|below|less than|<|max\.?)?\s*\d+(\.\d+)?\s?"
                                   r"(g ?/ ?l|ppm)\b", re.IGNORECASE))


# a dated promise ("all our TVs will ship in plastic-free packaging from 2027"): FUTURE_PERFORMANCE
# ... or a season, festival or quarter ("plastic-free from Diwali 2027", "by the end of 2026")
_MONTH = r"((jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* |(diwali|christmas|xmas|easter|eid|holi|" \
         r"spring|summer|autumn|fall|winter|q[1-4]|early|mid|late|the end of|end of) )?"
_WHEN = r"((from|by|before|starting|in) (\d{1,2}(st|nd|rd|th)? )?" + _MONTH + r"20\d\d|((from|by|starting) )?next " + \
    _NEXT + ")"
# "we aim to send zero to landfill by 2030": an aim is a pledge too
_PLEDGE_VERB = r"(will|aims? to|plans? to|pledges? to|commits? to|are committed to|intends? to)"
_DATED_PLEDGE = re.compile(r"\b" + _PLEDGE_VERB + r"[^.|;\n]{0,80}\b" + _WHEN + r"\b|\b" + _WHEN + r"\b[^.|;\n]{0,80}\b"
                           + _PLEDGE_VERB + "|" + _SOON + "|" + _FUTURE_RANGE, re.IGNORECASE)


dated_pledge = occurs(_DATED_PLEDGE)


# A verifiable plan behind a pledge (labels.md: FUTURE_PERFORMANCE is a pledge "without a verifiable plan"):
# published interim targets, an independent yearly audit, science-based targets
_VERIFIABLE_PLAN = re.compile(r"\b(plan|road ?map)\b[^|]{0,40}\b(published|public|online)\b|"
                              r"\b(published|public) (plan|road ?map|targets)\b|"
                              r"\b(yearly|annual|interim) (targets|milestones)\b[^|]{0,80}\b(audit\w*|verif\w*)\b|"
                              r"\b(audited|verified|assured) (each|every) year\b|\bSBTi\b|"
                              r"\bscience[- ]based targets?\b",
                              re.IGNORECASE)


verifiable_plan = occurs(_VERIFIABLE_PLAN)


# "Organic green tea leaves from Assam", "Organic turmeric": an organic claim about the product (not
# organic chemistry, traffic or shapes: the other senses above)
_ORGANIC = re.compile(r"\borganic(ally)?\b", re.IGNORECASE)


_PERCENT = re.compile(r"\d+(\.\d+)?\s?(%|percent)", re.IGNORECASE)


# Sourcing wording with no scheme behind it ("Made from sustainable plantation wood", "responsibly sourced
# materials"): responsible_sourcing, UNQUANTIFIED_CHARACTERISTIC (as corpora/GUIDE.md codes "Sustainably
# Sourced Wood"); a scheme in the segment (FSC, PEFC) substantiates it
_SOURCING = re.compile(r"\b(sustainabl[ey]|responsibl[ey]|ethically)[- ](sourced|harvested|grown|managed|forested)\b|"
                       # "Our tomatoes are sourced responsibly from partner farms"
                       r"\b(sourced|harvested|grown|farmed) (sustainably|responsibly|ethically)\b|"
                       # "Sustainably farmed ragi", "responsibly caught tuna"
                       r"\b(sustainabl[ey]|responsibl[ey]|ethically)[- ](farmed|caught|fished|reared|raised)\b|"
                       r"\bsustainable ((bamboo|rubber|teak|pine|acacia|mango) )?(plantations?|wood|timber|rubberwood|"
                       r"forests?|forestry)\b|"
                       # a renewable material is a sourcing claim, not renewable energy ("made from renewable bamboo")
                       r"\brenewable (raw )?(materials?|resources?|bamboo|wood|timber|fib(re|er)s?|cork|rattan|"
                       r"plant[- ]based)\b", re.IGNORECASE)


# What runs on renewable power ("Cloud servers run on renewable energy", "made with 100% solar power"): renewable_energy
renewable_power = occurs(re.compile(
    r"\b(runs?|running|powered|operated?|operates|made|produced|manufactured|printed|brewed|roasted|heated|fired) "
    # "Fired in a kiln powered 40% by solar energy"
    r"(\d{1,3}\s?% )?(on|by|with|using) "
    r"(100\s?% |fully |entirely |only )?((renewable|solar|wind|green|clean|hydro) (energy|power|electricity)|"
    # "Our Pune warehouse runs on rooftop solar"
    r"(rooftop|on-?site|our own) (solar|wind)( panels?| energy| power)?)\b|"
    # "Shade fired in our solar-powered kiln"
    r"\b(fired|made|baked|dyed|printed|woven|stitched|brewed|roasted|dried|produced|built|assembled) in (our|a|the) "
    r"(solar|wind|renewable)[- ](powered|energy[- ]powered) (kiln|factory|workshop|unit|studio|facility|plant|mill|"
    r"roastery|bakery|press|foundry)\b|"
    # "Kit assembled using solar power"
    r"\b(assembled|packed|stitched|sewn|woven|dyed) (on|by|with|using) (100\s?% )?(solar|wind|renewable) "
    r"(energy|power|electricity)\b",
    re.IGNORECASE))


# A pre-owned product said to be one ("(Renewed)", "Refurbished laptop", "pre-owned unit"): secondhand_refurbished.
# Not in a warranty or returns line ("6 months warranty on Renewed products"), not "renewed energy"
_REFURBISHED = re.compile(r"\((renewed|refurbished)\)|\b(refurbished|re-?manufactured|pre-?owned|second[- ]?hand|"
                          r"pre-?loved|reconditioned)\b|"
                          r"\b(certified )?renewed (products?|units?|phones?|smartphones?|laptops?|devices?|items?|"
                          r"tablets?)\b|"
                          # rental (labels.md section 1: "pre-owned, refurbished, resale or rental")
                          r"\b(available|offered) (on|for) ([\w-]+ )?(rent|rental|hire|lease)\b|"
                          r"\bon (monthly |weekly )?rent\b|\brental (plans?|options?|basis|tenure)\b", re.IGNORECASE)


_SERVICE_WORDS = re.compile(SIGNAL_PATTERNS["service_terms"], re.IGNORECASE)


@memo
def refurbished_claim(text: str) -> tuple[int, int] | None:
    if _SERVICE_WORDS.search(text):
        return None
    return first_unnegated(_REFURBISHED, without_other_senses(text))  # not a watch's "sweeping second hand"


# Reusable said of the product or a part of it ("Six reusable pictures", "can be peeled off and reused the
# following year"): a reusable_refillable claim, as the real-copy annotators label it
_REUSABLE = re.compile(r"\bre-?usable\b|\b(can|could|may) be (\w+ ){0,6}?re-?used\b|"
                       # a container the seller refills ("our gas canisters can be refilled at our store"), not a
                       # printer's ink tank
                       r"\b(canisters?|cylinders?|bottles?|jars?|tins?|containers?|pouches|dispensers?|cartridges?) "
                       r"(can|could|may) be (\w+ ){0,3}?refilled\b|"
                       r"\b(designed|made|meant|built) to be (re-?used|refilled)\b|"
                       # the seller's packing reused ("Our shipping boxes are reused", "we reuse the boxes we receive")
                       r"\b(boxes|cartons|mailers|packaging|packing|cones|crates) (are|is|get|gets) (all |always )?"
                       r"re-?used\b|\bwe (always )?re-?use (the |our |all )?([\w-]+ ){0,2}(boxes|cartons|mailers|"
                       r"packaging|packing|cones|crates)\b|\bre-?use (it|them) (again|"
                       r"and again|many times)\b|"
                       # "the jar doubles as a to-go cup, so no disposable cups": a reusable alternative
                       r"\b(so|means) no (more )?(disposable|single[- ]use) (cups?|bottles?|bags?|straws?|cutlery|"
                       r"plates?|wipes?|pads?|razors?|pods?|wraps?)\b|"
                       # "Replaces about 500 paper cups a year": what it is used instead of, counted
                       r"\breplaces? (about |around |up to |over |approx\.? |nearly )?(\d[\d,]*|hundreds of|"
                       r"thousands of) (single[- ]use |disposable |plastic |paper )+(cups?|bottles?|bags?|straws?|"
                       r"wipes?|pads?|razors?|"
                       r"cartridges?|pods?|wraps?|napkins?|towels?|filters?)\b", re.IGNORECASE)


@memo
def reusable_claim(text: str) -> tuple[int, int] | None:
    return first_unnegated(_REUSABLE, without_other_senses(text))


# animal testing denied, the denial being the claim ("Never tested on animals.", "No animal testing")
cruelty_free_claim = occurs(re.compile(r"(^\W*|\b(we|it|this|they)\s+(is |are |was |were |has |have )?)(never|not)\s+"
                                       r"(been\s+|ever\s+)?tested on animals\b(?!\s*\?)|\bno animal testing\b(?!\s*\?)",
                                       re.IGNORECASE))


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
                                 r"\bseedling\b|\bOK ?compost (HOME|INDUSTRIAL)\b", re.IGNORECASE)


@memo
def degradable_claim(text: str) -> tuple[int, int] | None:
    return first_unnegated(_DEGRADABLE, without_other_senses(text))


degradability_conditions = occurs(_DEGRADE_CONDITIONS)


_FAIR_TRADE = re.compile(r"\bfair[- ]?trade\b|\bfairly[- ]traded\b|\bfair[- ]wages?\b|"
                         # "Shea butter bought at fair prices from a women's cooperative"
                         r"\b(bought|sourced|purchased|paid) (at|for) fair (prices?|wages?)\b", re.IGNORECASE)


# "Plastic-Free Toilet Brush", "zero plastic": a plastic_free claim (not "no plastic touch" with food)
_PLASTIC_FREE = re.compile(r"\bplastic[- ]?free\b|\bzero[- ]plastic\b|\bfree (of|from) plastics?\b|"
                           r"\binstead of plastic\b", re.IGNORECASE)


@memo
def plastic_free_claim(text: str) -> tuple[int, int] | None:
    return first_unnegated(_PLASTIC_FREE, without_other_senses(text))


@memo
def fair_trade_claim(text: str) -> tuple[int, int] | None:
    """"Fair Trade" said of the product ("Fair Trade Knit Beanie"): a fair_labor claim."""
    return first_unnegated(_FAIR_TRADE, without_other_senses(text))


# vegan materials and cruelty-free wording: animal_welfare (labels.md section 1: "vegan leather")
_ANIMAL = re.compile(r"\bvegan[- ](leather|suede|wool|silk|materials?|friendly|certified|formula|brand|products?|"
                     r"cosmetics|makeup|shoes?|bags?|bristles?|brush(es)?|brush sets?|lipsticks?|kajal|mascara)\b|"
                     r"\bvegan\s*\((synthetic|faux|plant)|\bcruelty[- ]free\b|\bnot tested on animals\b|"
                     r"\bfree[- ]range\b|\bhumanely (raised|reared)\b|\bcage[- ]free\b|"
                     r"\bleaping bunny\b|\bPETA[- ](approved|certified)\b|"
                     # stated of the product ("This item is vegan: ...", "Vegan: yes", "Suitable for vegans: Yes")
                     r"\b(is|are) (100\s?% |fully |absolutely |completely |totally |entirely )?vegan\b(?![- ]\w)|"
                     r"^\W*vegan\s*[:=\u2013-]\s*(yes|y)\b|\bsuitable for vegans\b", re.IGNORECASE)


@memo
def animal_claim(text: str) -> tuple[int, int] | None:
    return first_unnegated(_ANIMAL, text)


@memo
def sourcing_claim(text: str) -> tuple[int, int] | None:
    return first_unnegated(_SOURCING, text)


# Recycled content and recyclability said outright (labels.md section 3): recycled with no share or scheme is
# UNQUANTIFIED_CHARACTERISTIC; recyclable without the part and the route is UNQUALIFIED_RECYCLABILITY
_RECYCLED = re.compile(r"\b(made|produced|manufactured|printed|crafted|cast|forged|moulded|molded|spun|woven|"
                       r"knitted)\s+(\w+\s+){0,2}?(from|with|of|on|using)\s+"
                       r"(\w+\s+){0,2}?(recycled|upcycled|up-cycled|reclaimed)\b|"
                       r"\b(recycled|upcycled|reclaimed)[- ](paper|plastics?|materials?|PET|polyester|aluminium|"
                       r"sar(i|ee)s?|"
                       r"aluminum|steel|cardboard|board|(carbon )?fib(re|er)s?|pulp|cotton|nylon|rubber|glass|mesh|"
                       r"fabrics?|yarns?|threads?|foam|canvas|"
                       r"denim|wool|leather|silver|gold|brass|copper|wood|timber|tyres?|sails?|ocean plastic|"
                       r"ABS|PP|HDPE|LDPE|PE|PS|polypropylene|polyethylene|TPU|TPE|EVA|acrylic|PBT|PC|polycarbonate|"
                       r"PVC|silicone|felt|composites?|resins?)\b|"
                       # a share of recycled material ("the barrel is 80% recycled ABS")
                       r"\b\d{1,3}(\.\d+)?\s?%\s*(post[- ]consumer\s+|pre[- ]consumer\s+)?recycled\b|"
                       # post-consumer resin ("the diffuser contains 25% PCR", "PCR plastic body")
                       r"\b\d{1,3}(\.\d+)?\s?%\s*(PCR|post[- ]consumer (resin|plastics?|materials?))\b|"
                       r"\bPCR (plastics?|resin|materials?|PP|PET|ABS|HDPE|polypropylene)\b|"
                       # a spec table's answer: "Recycled Content: Yes"
                       r"\brecycled (content|materials?)\s*[:=-]\s*(yes|y|true)\b|"
                       r"\brecycled content (from|made from|of)\b|"
                       # "92% polyester (with recycled content)"
                       r"\b(with|contains?|containing|includ(es|ing)|blended with)\s+(some\s+)?recycled\s+content\b|"
                       # a part or pack said to be recycled ("Recycled barrel, chisel tip")
                       # (not what the product is used on: "strong hold on recycled cartons")
                       r"(?<!\bon )(?<!\bfor )(?<!\bto )(?<!\bonto )\b(recycled|upcycled)[- ](barrels?|casings?|"
                       r"housings?|shells?|handles?|caps?|lids?|straps?|"
                       r"soles?|frames?|panels?|trays?|tubs?|cartons?|pouch(es)?|sleeves?|packaging|packs?|boxes|box|"
                       r"mailers?|bottles?|jars?|tags?|labels?)\b|"
                       # offcuts and deadstock ("The straps are cut from my fabric offcuts")
                       r"\b(made|cut|sewn|crafted|stitched|pieced) (\w+ ){0,2}(from|of|with|using) (\w+ ){0,3}"
                       r"(offcuts|off-cuts|scraps|leftover fabrics?|deadstock|surplus fabrics?|"
                       # ... and old textiles ("The bag handles are cut from old saree fabric")
                       r"(old|vintage|discarded|pre-loved|worn-out) (sarees?|saris?|denim|jeans|t-?shirts|clothes|"
                       r"garments|textiles|tyres?|tires|sails|seat ?belts?|tarpaulins?|banners))\b|"
                       # labels.md's "made from ocean plastic"
                       r"\b(made|crafted|produced|spun|woven|knitted|moulded|molded)\s+(\w+\s+){0,2}?(from|with|of|using)\s+"
                       r"(\w+\s+)?(ocean|ocean[- ]bound|marine|beach)[- ](plastics?|waste|litter)\b|"
                       # ... or a title's chunk on its own ("Plant Pot 16 cm, Ocean-Bound Plastic, Set of 2")
                       r"(^|[,|(]\s*)ocean[- ]bound[- ]plastics?\s*($|[,|)])|"
                       # a title's adjective before what the product is ("Boltenza KB210 Recycled Wired Keyboard")
                       r"(?-i:\b(Recycled|Upcycled|RECYCLED|UPCYCLED)\s+(?!(Content|CONTENT|Materials?|MATERIALS?)\b)"
                       r"[A-Z][\w-]*)|"
                       r"(?-i:\b(Ocean|OCEAN)[- ](Bound[- ]|BOUND[- ])?(Plastic|PLASTIC|plastic)\s+[A-Z][\w-]*)|"
                       # a material marked recycled in brackets ("Fill: polyester fiber (recycled)")
                       r"\((\d{1,3}\s?%\s*)?recycled\)",
                       re.IGNORECASE)


_RECYCLABLE = re.compile(r"\b(100% |fully |completely |widely )?recyclable\b(?!\*)|\bcan be recycled\b|"
                         # a take-back's end ("returned cartridges are recycled")
                         r"\b(returned|collected|used|old|empty) ([\w-]+ ){0,2}(are|is|get|gets|will be) "
                         # ("old machines will be collected free and recycled through our WEEE take-back scheme")
                         r"((collected|taken back|picked up)( free( of charge)?)? and )?recycled\b|"
                         # ... or where a take-back sends it ("drop it at any service centre and it goes to an
                         # authorised e-waste recycler")
                         # (not a bin's sorting tip: "so the dry waste can go to the recycler")
                         # ("send this cable back to us and we hand it to a CPCB-authorised e-waste recycler")
                         r"\b(?<!can )(?<!waste )(goes|go|sent|send|handed|hand|pass|passed)( (it|them))? (on )?to "
                         r"(an? |our |the )?"
                         r"([\w-]+ ){0,2}"
                         r"(e-?waste )?recyclers?\b|"
                         # where it goes ("The glass globe can go in your bottle bank")
                         r"\b(can go|goes|go) in(to)? (your |the )?(bottle bank|glass recycling|paper recycling|"
                         r"kerbside recycling|curbside recycling|recycling bin|blue bin)\b",
                         re.IGNORECASE)


_ROUTE = re.compile(r"kerbside|curbside|drop[- ]?off|take[- ]?back|\bcollection\b|recycling "
                    r"(bank|centre|center|point|programme|program|bin|stream)|bottle bank|"
                    r"household (paper |plastic |glass )"
                    r"(waste|recycling)|household recycling|return (it|them|the \w+) to|send (it|them) back|"
                    # the recycler a take-back hands it to ("we hand it to a CPCB-authorised e-waste recycler"), not a
                    # send-back for a replacement
                    r"\b(hand|hands|handed|pass|passes|passed|give|gives|send|sends)( (it|them))? (on )?to "
                    r"(an? |our |the )?([\w-]+ ){0,2}(e-?waste )?recyclers?\b|"
                    r"pick[- ]?up|"
                    r"\bat (large(r)? |big(ger)? |most |participating )?(supermarkets?|stores)\b|"
                    r"\bwith (your )?"
                    r"(paper|plastic|glass|metal) (waste|recycling)|"
                    # "recycle it with your dry paper waste" (not "dispose of it with dry waste": where it goes, not
                    # that it is recycled there)
                    r"\brecycle (it|them|this|these|the [\w-]+) with (your |the )?dry ([\w-]+ )?waste\b|"
                    # "flatten it and put it in your paper recycling"
                    r"\b(put|place|pop|toss|leave|add) (it|them|this|these|the \w+)( \w+)? in(to)? (your|the) "
                    r"(\w+ ){0,2}recycling\b|\bscrap([- ]metal)? (dealers?|yards?|collectors?|buyers?)\b|"
                    r"\bkabadi(wala|walla)?s?\b|"
                    # "the box can go in your paper recycling"
                    # ... or "go in municipal dry-waste paper recycling"
                    r"\b(can go|goes|go) in(to)? ((your|the) ([\w-]+ ){0,2}|(municipal|local|household|council) "
                    r"([\w-]+ ){0,2})recycling\b",
                    re.IGNORECASE)


# An unquantified "less" (labels.md section 3: UNQUANTIFIED_CHARACTERISTIC; with a figure and no baseline,
# UNSUPPORTED_COMPARISON): "less plastic waste", "cuts down battery waste going to landfill"
_LESS = re.compile(r"\b(less|lower|reduced?s?|reducing|cuts?( down)?( on)?|minimi[sz]es?)\s+([\w-]+\s+)?"
                   r"(plastic|waste|wastage|packaging|landfill|emissions?|carbon( footprint)?|co2)\b|"
                   # "Refurbished Saves E-Waste", "keeps a working device out of landfill"
                   r"\b(saves?|saving|reduces?|reducing|less|cuts?)\s+(the\s+)?e-?waste\b|\bout of (the )?landfills?\b|"
                   # "Low carbon footprint printer"; not "low carbon steel" (a grade of steel)
                   r"\blow[- ](carbon( footprint| emissions?)?|emissions?|co2)\b"
                   r"(?![- ](steel|iron|alloy|wire|rods?|grade))|"
                   # a spec row that answers low ("Carbon footprint: low")
                   r"\b(carbon( footprint)?|co2|emissions?|footprint)\s*[:=-]\s*(very )?(low|lower|reduced|minimal)\b",
                   re.IGNORECASE)


# a reusable that counts the disposables it replaces ("Replaces 1000 Disposable Batteries"); without the conditions
# the count rests on (a cycle test, a standard) the count has no baseline (UNSUPPORTED_COMPARISON)
_REPLACES = re.compile(r"\breplaces?\s+(up ?to\s+|over\s+|about\s+|approx\.?\s+|nearly\s+)?\d[\d,]*\+?\s+"
                       r"(disposable|single[- ]use|alkaline|use[- ]and[- ]throw|plastic|paper)\b", re.IGNORECASE)
_REPLACES_BASIS = re.compile(r"\bIEC\b|\bcycles?\b|\btested\b|\bbased on\b|\bassum\w*|\bcalculated\b",
                             re.IGNORECASE)


@memo
def replaces_disposables(text: str) -> tuple[int, int] | None:
    return first_unnegated(_REPLACES, text)


def replaces_basis(text: str) -> bool:
    return bool(_REPLACES_BASIS.search(text))


@memo
def less_claim(text: str) -> tuple[int, int] | None:
    return first_unnegated(_LESS, text)


# no emissions claimed of the product ("Zero CO2 emissions", "emission-free lighting"): a carbon claim
_ZERO_EMISSIONS = re.compile(r"\bzero[- ]((co2|co\u2082|carbon( dioxide)?|greenhouse[- ]gas|ghg)[- ])?emissions?\b|"
                             r"\b((co2|carbon)[- ])?emissions?[- ]free\b", re.IGNORECASE)


@memo
def zero_emissions(text: str) -> tuple[int, int] | None:
    return first_unnegated(_ZERO_EMISSIONS, without_other_senses(text))


@memo
def recycled_claim(text: str) -> tuple[int, int] | None:
    return first_unnegated(_RECYCLED, text)


@memo
def recyclable_claim(text: str) -> tuple[int, int] | None:
    return first_unnegated(_RECYCLABLE, text)


_PICK_UP = re.compile(r"pick[- ]?up", re.IGNORECASE)
_RECYCLING_WORD = re.compile(r"recycl\w*|e-?waste|\bold\b|\bused\b|\bempty\b|\bscrap\b|dispos\w*",
                             re.IGNORECASE)


@memo
def recycling_route(text: str) -> bool:
    """A recycling route named (kerbside, drop-off, take-back, a collection point): the recyclable wording is
    qualified (labels.md: UNQUALIFIED_RECYCLABILITY names no route)."""
    # a pick-up is a route only for what is recycled or disposed of ("free pick-up of your old cooler"), not for a
    # faulty unit under warranty nor a microphone's ("mics pick up your voice")
    routes = [m for m in _ROUTE.finditer(text)
              if not (_PICK_UP.fullmatch(m.group(0)) and not _RECYCLING_WORD.search(text))]
    return bool(routes)


@memo
def organic_claim(text: str) -> tuple[int, int] | None:
    names = sense_spans(text)
    for m in _ORGANIC.finditer(text):
        if within(m.start(), names) or is_negated(text, m.start()):
            continue
        return m.start(), m.end()
    return None


percentage = occurs(_PERCENT)


# recycled content said to be in a material whose share the figure gives, not the recycled share ("92% polyester
# (with recycled content)", "cotton blended with recycled fibres")
recycled_without_share = occurs(re.compile(r"\b(with|contains?|containing|including|incl\.?|blended with|has|"
                                           r"includes)\s+"
                                           r"(some\s+)?recycled\s+(content|fib(re|er)s?|materials?|yarns?)\b"
                                           r"(?!\s*[:(\u2013-]?\s*(of |up to |about |approx\.? )?\d)", re.IGNORECASE))


_RECYCLED_PERCENT = re.compile(r"\d{1,3}(\.\d+)?\s?%\s*(post[- ]consumer\s+|pre[- ]consumer\s+)?recycled\b",
                               re.IGNORECASE)


def recycled_share(text: str) -> bool:
    """A figure that can be the recycled share: a percentage, unless it is the share of a material said only to
    contain recycled content."""
    return percentage(text) and (not recycled_without_share(text) or _RECYCLED_PERCENT.search(text) is not None)


# "Carbon Neutral Trekking Poles", "climate-neutral delivery", "net zero": a carbon claim
NEUTRAL_WORDS = r"\b(carbon|climate|co2)[- ]?(neutral|negative|positive)\b|\bnet[- ]?zero\b"
_NEUTRAL = re.compile(NEUTRAL_WORDS, re.IGNORECASE)


@memo
def neutral_claim(text: str) -> tuple[int, int] | None:
    return first_unnegated(_NEUTRAL, text)


# A virgin material the listing names beside a recycled one: it contradicts the recycled claim only when it is the same
# material ("100% recycled aluminium" body and "Silicone pads (virgin silicone)" on the arms do not conflict)
_RECYCLED_MATERIAL = re.compile(r"\brecycled\s+(?P<m>[a-z]+)\b", re.IGNORECASE)
_VIRGIN_MATERIAL = re.compile(r"\bvirgin\s+(?P<m>[a-z]+)\b", re.IGNORECASE)
# one family per material, its other names folded in (PET bottles become polyester, pulp paper is paper)
_MATERIAL_FAMILY = {"aluminium": "aluminium", "aluminum": "aluminium", "steel": "steel", "silicone": "silicone",
                    "cotton": "cotton", "polyester": "polyester", "pet": "polyester", "nylon": "nylon", "wool": "wool",
                    "paper": "paper", "pulp": "paper", "cardboard": "paper", "board": "paper", "paperboard": "paper",
                    "glass": "glass", "rubber": "rubber", "leather": "leather", "copper": "copper", "brass": "brass",
                    "wood": "wood", "timber": "wood", "lead": "lead", "gold": "gold", "silver": "silver"}


def virgin_of_other_material(claim: str, evidence: str) -> bool:
    """``evidence`` names virgin materials, each of another family than every recycled material ``claim`` names
    (plastics, which share too much, and unnamed materials never count)."""
    recycled = {_MATERIAL_FAMILY.get(m.group("m").lower()) for m in _RECYCLED_MATERIAL.finditer(claim)} - {None}
    virgin = {_MATERIAL_FAMILY.get(m.group("m").lower()) for m in _VIRGIN_MATERIAL.finditer(evidence)}
    return bool(recycled) and bool(virgin) and None not in virgin and not recycled & virgin
