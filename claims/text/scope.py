"""Scope: one aspect or part stretched to the whole product (WHOLE_PRODUCT_OVERREACH) and scoped claims."""

from __future__ import annotations

import re
from collections.abc import Iterator

from claims.taxonomy import ATTRIBUTES
from claims.text.certifications import default_registry
from claims.text.claim_forms import NEUTRAL_WORDS
from claims.text.generic import CERT_WORD, strong_generic
from claims.text.lexicon import (
    ATTRIBUTE_PATTERNS,
    attribute_hits,
    compiled_patterns,
    first_match,
    memo,
    occurs,
    within,
)
from claims.text.negation import CLAUSE_START, after_last, first_unnegated, is_negated, negated_attributes
from claims.text.senses import green_only_as_name, sense_spans, without_other_senses

# the whole range or brand said to have what one product has ("EVERY HEATWISE PRODUCT IS ENERGY SAVING as it
# is BEE 5 Star rated"): WHOLE_PRODUCT_OVERREACH
_RANGE_WIDE = re.compile(r"\b(every|all( of)?( our)?|each)\s+([\w-]+\s+){0,2}?(products?|models?|items?)"
                         r"(\s+(we|you)\s+(make|sell|ship|offer|stock|craft|design))?\s+(is|are)\b|"
                         # "All Valdera luggage is sustainable": the brand's or the seller's whole line
                         r"\ball (our |(?-i:[A-Z])[\w-]+ )([\w-]+ )?(luggage|bags|clothing|apparel|garments|furniture|"
                         r"footwear|shoes|tableware|cookware|homeware|jewell?ery|candles|toys|cosmetics|skin ?care)\s+"
                         r"(is|are)\b",
                         re.IGNORECASE)


range_wide = occurs(_RANGE_WIDE)


# "Our whole collection is eco friendly", "Like our entire collection, this kurti is sustainable": the claim is
# the range's, whatever the product's own facts
collection_wide = occurs(re.compile(r"\b(entire|whole|complete) (range|collection|line)\s*[:\u2013-]|"
                                    r"\b(our|the) (whole|entire|complete|full) ([\w-]+ )?"
                                    r"(collection|range|line|catalogue|"
                                    r"catalog)\b|\b(everything|every [\w-]+|all [\w-]+) (in|from|across) our "
                                    r"([\w-]+ )?(range|collection|store|shop|line)\b", re.IGNORECASE))


# small parts that are minor parts and parts alike (a bag's buckles, a pen's clip, a lamp's shade)
_SMALL_PARTS = (r"buckles?|clips?|clasps?|toggles?|rivets?|ear ?cup shells?|drawstrings?|outer (body|casing)|casings?|"
                r"(outer|inner|poly) bags?|"
                r"tie-?backs?|ear[- ]cushions?( covers?)?|ear ?pads?|borders?|pallus?|(lamp ?)?shades?|"
                # a speaker's grille cloth; a tool kit's carry case
                r"grilles?( fabric| cloth)?|(carry|storage|travel|tool|zipped|zip) cases?|"
                # a watch's crystal, a headlamp's headband, a zip's puller
                r"crystals?|headbands?|(zip )?pullers?|(felt |feet |foot |rubber )+pads?")


# the minor parts and the packaging only: a jacket's shell, a bike's frame or a shoe's sole is most of
# the product, and a claim for it is one for the product
_MINOR_PART_NAMES = (r"(caps?|lids?|laces?|box(es)?|packaging|package|cartons?|wrappers?|wrapping|wrap|labels?|tags?|"
                     r"tassels?|fringes?|pom-?poms?|beads?|patch(es)?|piping|embroidery|stuff sacks?|webbing|"
                     r"(pre-?)?filter cloths?|pre-?filters?|"
                     r"hang ?tags?|zip(per)?s?( pulls?)?|pulls?|linings?|straps?|handles?|insoles?|buttons?|inserts?|"
                     r"shoe ?box(es)?|pull tabs?|charging (stand|dock|base|cradle)s?|braid(ing)?|back plates?|"
                     r"eyelets?( rings?)?|eyelet rings?|underlays?|(seat )?cords?|(steel |paint )?tins?|(glass )?jars?|"
                     r"(floor|back|side|roof|base|top|front|door) panels?|"
                     r"(cushion |seat |pillow )?covers?|"
                     r"trims?|stitching|threads?|pumps?|nozzles?|mailers?|trays?|knobs?|keycaps?|cable ties?|"
                     r"manuals?|"
                     r"instruction (booklet|manual)|bottle cap|charging cable|dust bag|pouch|bristles?|glue|"
                     r"(carry|tote|storage|travel|drawstring|gift|jute|cotton|project|dust|mesh) bags?|"
                     # what a textile ships in ("Recyclable blanket \u2013 the polybag is LDPE 4")
                     r"poly-? ?bags?|polythene( bags?| covers?)?|(plastic|packing|zip-? ?lock) (bags?|covers?)|"
                     r"adhesives?|liners?|hooks?|tubes?|bases?|(outer )?sleeves?|"
                     r"(project|instruction|activity|colou?ring) books?|booklets?|snaps?|" + _SMALL_PARTS + ")")


# One part or aspect stretched to the whole product (labels.md: WHOLE_PRODUCT_OVERREACH): "Eco
# sneakers – the laces are made from recycled PET", "Green phone: the box is plastic-free",
# "eco-friendly because it saves paper"
_PART = (r"(caps?|lids?|laces?|dials?|box(es)?|shoe ?box(es)?|pull tabs?|braid(ing)?|back plates?|(glass )?jars?|"
         r"cavity|drum|"
         r"palm ?rests?|remote( control)?( casing)?|cartridges?|"
         r"(seat )?cords?|underlays?|eyelets?( rings?)?|eyelet rings?|packaging|package|cartons?|"
         r"wrappers?|wrapping|"
         r"labels?|tags?|hang ?tags?|"
         r"zip(per)?s?( pulls?)?|pulls?|(cushion |seat )?covers?|linings?|straps?|handles?|soles?|insoles?|"
         r"glazes?|buttons?|inserts?|sleeves?|trims?|stitching|threads?|pumps?|nozzles?|mailers?|trays?|"
         r"fillings?|stuffing|shells?|outer shells?|frame|legs?|feet|knobs?|keycaps?|cable ties?|manuals?|headboards?|"
         r"(printing |screen-printing |print )?inks|(side )?ropes?|scoops?|saucers?|reels?|uprights?|inner pots?|"
         r"instruction (booklet|manual)|bottle cap|charging cable|dust bag|pouch|bristles?|refill|blades?|webbing|"
         r"backing|slats?|block|stand|holder|base|housing|seat (fabric|pads?|cushions?)|(door )?gaskets?|"
         r"(keyboard )?decks?|bezels?|(floor|back|side|base|door) panels?|(straw )?valves?|blouse pieces?|"
         r"(glass )?globes?|mount ?boards?|backplates?|facings?|(mattress )?protectors?|(cardboard |paper )?cores?|"
         r"stickers?|reeds?|grips?|felt pads?|can-?cans?( nets?)?|(gift )?hangers?|"
         + _SMALL_PARTS + ")")


# (the words before the part may not join another noun to it: "pages and cover made of recycled paper" is
# the whole notebook; "the laces and tags are recycled" are two parts)
_PART_SCOPED = re.compile(
    r"(?P<head>(\s+[\w-]+){0,3}?)\s*(:|–|—|-|,|!|\u3011)\s*(only |just |even )?(the |its |our |all )?"
    r"((?!(and|&)\b)[\w'\u2019-]+ ){0,4}"
    r"(" + _PART + r" (and|&) )?" + _PART +
    r"\s+(is|are|made|use[sd]?|come|comes|contain|from|of|in|has|have|spun|woven|knitted|moulded|molded)\b"
    # "Eco hairbrush: FSC-certified beech handle (FSC C123456)": a certified part named last, nothing after it
    r"|(\s+[\w-]+){0,3}?\s*(:|–|—|-)\s*(?=[^|]*\b(certified|GOTS|FSC|GRS|recycled|organic)\b)"
    r"(?!(the |its )?(whole|entire|complete)\b)([\w\u00ae-]+ ){1,3}?"
    r"(?!(and|&)\b)" + _PART + r"\s*(\(|$)"
    # "Eco-friendly mixer – plastic-free jars: all 3 are stainless steel": a part and its keyword as a label
    r"|(\s+[\w-]+){0,3}?\s*(:|–|—|-)\s*(the |its )?(plastic[- ]free|bpa[- ]free|recycled|organic|compostable|"
    r"biodegradable|recyclable|non[- ]toxic|toxin[- ]free)\s+([\w-]+ )?" + _PART + r"\s*[:(]"
    # "Green microwave, made with a recycled steel cavity"
    r"|(\s+[\w-]+){0,3}?\s*(:|–|—|-|,)\s*(it'?s |it is )?(made|built) (with|from|using) (a |an |its )?([\w%-]+ ){0,3}"
    + _PART + r"\b"
    r"|(\s+[\w-]+){0,3}?\s*(:|–|—|-|,)\s*(no|zero) plastic (in|inside) (the |its |our )?(box|packaging|pack|package|"
    r"carton)\b"
    r"|(\s+[\w-]+){0,3}?\s*(:|–|—|-|,)\s*we\s+(pack|ship|send|wrap|deliver|dispatch)\s+"
    r"((it|them|each \w+|every \w+)\s+)?"
    r"(in|with)\s+([\w%-]+ ){0,3}(bags?|wraps?|" + _PART + ")"
    r"|(\s+[\w-]+){0,3}?\s*(:|–|—|-|,)\s*((it|they)\s+)?(comes?|is|are|ships?|packed|packaged|supplied|shipped|"
    r"wrapped|boxed)\s+(packed\s+|shipped\s+|wrapped\s+|delivered\s+)?"
    r"(in|with)\s+([\w%-]+ ){0,3}(bags?|cardboard|kraft( paper)?|paper|" + _PART + ")" +
    # the shipping, the delivery or the workshop's power: one aspect ("ZERO-EMISSION CAR MOUNT - delivered only by
    # electric vans", "LOW-CARBON DUFFEL BAG: shipped by sea freight", "carbon-free - our workshop runs on solar")
    # the wages one unit pays ("Conscious fashion, start to finish: our tailoring unit in Jaipur pays every tailor a
    # living wage")
    r"|(\s+[\w-]+){0,3}?\s*(:|–|—|-|,)\s*[^|.;]{0,60}?\b(pays?|paying) (every|all|each|its|our|the) ([\w-]+ ){0,2}"
    r"(a )?(living|fair|decent) wages?\b"
    # one ingredient of a formula ("Sustainable shampoo: our palm-derived cleanser comes from RSPO-certified supply
    # chains")
    r"|(\s+[\w-]+){0,3}?\s*(:|–|—|-|,)\s*(the |its |our )?([\w-]+ ){0,2}(cleansers?|surfactants?|palm oil|cocoa|"
    r"cacao|vanilla|sugar|shea butter|cocoa butter|essential oils?|fragrance|ginger|cinnamon|spices?|wax)\s+(is|are|"
    r"comes?|come|sourced|grown)\b"
    r"|(\s+[\w-]+){0,3}?\s*(:|–|—|-|,)\s*shipping (this|each|your|the|every) (order|parcel|item|product)\b"
    # the shipping's footprint ("Low-carbon deodorant: shipping footprint 0.4 kg CO2e per parcel")
    r"|(\s+[\w-]+){0,3}?\s*(:|–|—|-|,)\s*(the |its |our )?(shipping|delivery|transport) (footprint|emissions?)"
    r"\s*(of |is |are |[:=] ?)?(just |only )?\d"
    r"|(\s+[\w-]+){0,3}?\s*(:|–|—|-|,)\s*[^|.;]{0,40}?\b(shipped|delivered|transported|dispatched|ships|"
    r"(our|the) ([\w-]+ )?(workshop|factory|warehouse|office|unit|plant|studio|mill|roastery|bakery|brewery|"
    r"distillery|dairy|farm|tannery|kitchen|site|dye ?house|foundry|foundrie)s?( roofs?| printers?| machines?| kilns?|"
    r" ovens?| looms?| presses)?( in [\w-]+)? "
    r"(runs?|is powered|uses?|has|have|is fitted with|carries|carry|hosts?|holds?|sends?|recycles|reuses|treats|"
    r"harvests)|"
    # a step of the making done on solar or renewable power ("Low-carbon coffee: roasted on solar power")
    r"(roasted|baked|brewed|dyed|woven|knitted|spun|printed|distilled|fired|dried|made|sewn|stitched) "
    r"(on|with|using|by) "
    r"(\d{1,3}\s?% )?(solar|renewable|wind|green|rooftop solar) (power|energy|electricity)\b|"
    # ... or on solar-powered machines ("Sustainable studio: every card is printed on our solar-powered press")
    r"(woven|knitted|spun|fired|baked|roasted|dried|printed|dyed|pressed|made) (on|in) (an? |the |our )?"
    r"(solar|wind|renewable)[- ]powered ([\w-]+ )?(looms?|kilns?|ovens?|press(es)?|machines?|roasters?|dryers?)\b|"
    # the offcuts made into something else ("Zero-waste bedding: our fabric offcuts become pet beds")
    r"(our |the )?([\w-]+ )?(offcuts|off-cuts|scraps|leftovers|trimmings) "
    r"(become|are (made|turned|sewn) into|go into)\b|"
    # the process's machines ("Green attar: our copper stills are heated by rooftop solar")
    r"(our|the) ([\w'\u2019-]+ )?(stills?|kilns?|ovens?|boilers?|furnaces?|looms?|machines?|presses|roasters?|dryers?|"
    r"wheels?) "
    r"(is |are )?(heated|powered|runs?|fired|driven) (by|with|on) |"
    # ... or fired only when full ("Low-carbon pottery: our gas kiln is only fired when it is completely full")
    r"(our|the) ([\w-]+ )?(kilns?|ovens?|roasters?|boilers?) (is|are) (only )?(fired|run|heated|used) (when|once)\b|"
    # ... or the step done on them ("Low-carbon blanket: woven on looms powered by rooftop solar panels", "Eco-friendly
    # tile: fired in a kiln powered 40% by solar energy")
    r"(woven|knitted|spun|fired|baked|roasted|dried|distilled|pressed|made|printed|dyed) (on|in) (an? |the |our )?"
    r"([\w-]+ )?(stills?|kilns?|ovens?|boilers?|furnaces?|looms?|machines?|presses|roasters?|dryers?) "
    r"((that|which) (is|are) )?(heated|powered|run|fired|driven) (\d{1,3}\s?% )?(by|with|on) |"
    # ... or the shipping cartons reused ("Low-carbon wedding favours: we reuse the cartons they ship in")
    r"we (re-?use|recycle) (the |our )?([\w-]+ )?(cartons?|boxes|mailers?|shipping boxes|packaging)\b|"
    # the delivery ("Carbon-neutral kettle – we deliver by electric van", "our courier uses electric vans")
    r"we (deliver|ship|send|dispatch)( it| them| every order| each order)? (by|with|in|using|via) |"
    # the print ("Green-choice bracelets: we print our tags on recycled paper")
    r"we print (our|the|all our) ([\w-]+ )?(tags?|labels?|cards?|inserts?|manuals?|boxes|packaging|leaflets?|invoices?|"
    r"stickers?) on |"
    r"(our|the) (courier|delivery partner|shipping partner)s? (uses?|runs?|drives?)|"
    # a step of the making ("we bake the seasoning with heat recovered from the foundry")
    r"we (bake|cure|dry|fire|heat|roast|smelt|melt) (the |our )?[\w-]+ (with|using|on|by) |"
    r"(made|produced|manufactured|crafted|assembled|takes place|is done|happens|woven|knitted|spun|roasted|brewed|"
    r"baked|dyed|printed|sewn|stitched|fired|ground|milled|pressed|distilled|blended|bottled|poured|forged|cast|"
    r"rolled|smelted|tanned|rinsed|handwoven|hand-woven|handmade|hand-made) (in|at) "
    r"(our|the|a) (fair[- ]?trade certified |([\w-]+ ){0,2})"
    r"(workshop|factory|unit|plant|"
    r"studio|mill|roastery|bakery|brewery|distillery|dairy|tannery|kitchen|site|dye ?house|foundry|foundrie)s?|"
    # ... or one material's source ("Eco-conscious choice: our leather comes from a tannery that recycles 80% of its
    # water")
    r"(comes?|sourced) from (a|an|our|the) ([\w-]+ ){0,2}(tannery|tanneries|mill|dye ?house|factory|unit|plant|farm)s? "
    r"(that|which) (runs?|recycles|reuses|treats|uses|is powered)|"
    # one step of the making ("Carbon-conscious pottery – we only fire the kiln when it is full")
    r"we (only )?(fire|run|heat|switch on|turn on) (the|our) (kilns?|ovens?|roasters?|boilers?|machines?|looms?))\b" +
    r"|(\s+[\w-]+){0,3}?\s+(because|as|since|thanks to)\s+(it|this|they)\s+(saves?|reduces?|replaces?|uses? less|"
    r"cuts?|avoids?|lasts?)\b"
    r"|(\s+[\w-]+){0,3}?\s+(because|as|since)\s+(it|this|they)\s+(comes?|is|are|ships?)\s+(packed |shipped |wrapped )?"
    r"(in|with)\s+([\w%-]+ ){0,3}(packaging|packing|box|boxes|cartons?|mailers?|wrap(ping)?)\b",
    re.IGNORECASE)


# "eco-friendly printer because auto duplex prints on both sides": a reason that is one feature at work,
# with no specific attribute or certification in it (those specify the term instead)
_BECAUSE_ASPECT = re.compile(
    r"(\s+[\w-]+){0,3}?\s*,?\s+(because|since|thanks to|as|kyunki|kyonki|kyuki)\s+(?P<why>([\w-]+\s+){0,4}?(saves?|"
    r"reduces?|replaces?|cuts?|avoids?|prints?|switch(es)?|turns?|lets?|allows?|helps?|reuses?|erases?|needs?|runs?|"
    r"(uses?|consumes?|needs?|takes?) (\d+\s?% )?less|"
    r"works?|(is|are|it'?s|they'?re) (refillable|reusable|rechargeable|washable)|"
    # "Eco-friendly refrigerator, as it uses R600a refrigerant", "thanks to its 5 Star BEE rating"
    r"uses? ([\w-]+ )?(refrigerant|R600a|R290|R32)\b|(\d[- ]?star|BEE|energy) ([\w-]+ )?(rating|label)|"
    r"(it|they) can be (reused|refilled|recharged|washed)|"
    r"(?:(?<=because )|(?<=kyunki )|(?<=kyonki ))(refillable|reusable|rechargeable|washable)|"
    r"shuts?|sleeps?|dims?|"
    # a heater or a tap that works only on demand ("because it heats only the water you use")
    r"(heats?|cools?|pumps?|lights?) only|"
    # a fuel it does without ("because no LPG is burnt in your kitchen")
    r"no ([\w-]+ ){1,2}(is|are) (burnt|burned|used|needed|required|wasted))\b[^.;:|\n]{0,60})", re.IGNORECASE)


# "Eco-friendly kettle: auto shut-off means no wasted electricity"
# "Eco friendly writing pad - saves paper" (labels.md: "eco-friendly because it saves paper" for an LCD tablet)
_MEANS_ASPECT = re.compile(r"(\s+[\w-]+){0,3}?\s*[:\u2013\u2014-]\s*"
                           # ("one cloth replaces up to 300 paper towels", "jot notes on it instead of sticky notes and
                           # save paper")
                           r"(?P<why>((it |they |(one |each |every )[\w-]+ |([\w-]+ ){1,8}?(and|so you|to) |"
                           r"(the |its )([\w-]+ ){0,2}?(?!(products?|fabrics?|materials?|body|"
                           r"design|construction|formula|formulation|yarns?|fib(re|er)s?|textiles?)\b)[\w-]+ )?"
                           r"(saves?|reduces?|replaces?|replace|cuts?|avoids?) "
                           r"([\w,-]+ ){0,5}?"
                           r"(paper|trees|notebooks?|water|single[- ]use|disposables?|plastic bottles|filters?)\b|"
                           r"no (more )?([\w-]+ ){0,2}?(paper|single[- ]use|disposables?|plastic|foil|film|wraps?|"
                           r"bags?|filters?|cups?|straws?|wipes?|towels?)\b|"
                           # "Eco-friendly: reusable, so you can skip single-use bottles"
                           r"(it'?s |it is |they'?re |they are )?(re-?usable|refillable|rechargeable|washable)\b|"
                           # "Environmentally friendly induction cooktop – saves energy with auto-off"
                           r"(it )?(saves?|cuts?) (energy|power|electricity|gas) (with|through|via|using|thanks to) "
                           r"(an? |its |the )?[\w-]+\b|"
                           # "Eco-friendly kettle: its auto shut-off saves power"
                           r"its ([\w-]+ ){1,3}(saves?|cuts?|reduces?) (power|energy|electricity|water)\b|"
                           r"(it )?(switches|turns|shuts|powers) (itself )?off\b|"
                           # "Eco-friendly AC – it runs on R32 refrigerant"
                           r"(it )?(runs|works) on (an? )?([\w-]+ )?(R-?600a|R-?290|R-?32|refrigerant)\b|"
                           r"((the|its) )?[\w-]+ (is|are) (re-?usable|washable|refillable|rechargeable)\b|"
                           # one process step: "Planet-friendly jeans: finished with less water"
                           r"(finished|dyed|washed|made|produced|processed) (with|using) (\d+\s?% )?less "
                           r"(water|energy|chemicals|"
                           r"dye)\b|"
                           # "Eco rug – its yarn is dyed with 40% less water"
                           r"(its |the |our )?[\w-]+ (is|are) (dyed|washed|finished|processed|tanned|made|produced) "
                           r"(with|using) (\d+\s?% )?less (water|energy|chemicals|dye)\b|"
                           # "Sustainable tee: printed with water-based inks"
                           r"(printed|dyed|coloured|colored|finished|tanned) (with|using) (water-based|natural|"
                           r"plant-based|"
                           r"low-impact|azo-free|vegetable) (inks?|dyes?|colou?rs?|pigments?|tannins?)\b)"
                           r"[^.;|\n]{0,40}|[^.;|\n]{0,50}?\b(means|mean|so that)\b[^.;|\n]{0,60})", re.IGNORECASE)


# "Sustainable because the inner lining is made from recycled PET bottles"
_BECAUSE_PART = re.compile(r"(\s+[\w-]+){0,3}?\s*,?\s+(hai\s+)?(because( of)?|since|as|thanks to|kyunki|kyonki|"
                           r"kyuki)\s+"
                           r"(?P<why>(the |its |our |iska |iski |iske |hamari |hamara )?([\w-]+ )?(" +
                           _MINOR_PART_NAMES + "|" + _PART + r"|packing)\b[^.;|\n]{0,60})",
                           re.IGNORECASE)


# "Green eco tyre - its bead wire is 20% recycled steel": "its" makes what follows a part of the product
_ITS_PART = re.compile(r"(\s+[\w-]+){0,3}?\s*(:|\u2013|\u2014|-|,)\s*(only |just )?its "
                       r"(?P<part>((?!(and|&|is|are)\b)[\w-]+ ){0,2}?"
                       r"[\w-]+)\s+(is|are|was|were|made|moulded|molded|uses?|comes?|contains?)\b", re.IGNORECASE)


# (or a step of the making: "Low-carbon roasting: our roaster runs on rooftop solar power")
_ASPECT_NOUN = re.compile(r"\b(deliver\w*|warehous\w*|fulfil+ment|"
                          r"shipping|shipments?|orders?|dispatch\w*|logistics|freight|transport|"
                          r"packaging|packing|roasting|"
                          r"brewing|baking|dyeing|printing|firing|production|manufacturing|assembly|assembling|"
                          r"stitching|weaving|knitting|moulding|molding|casting|milling|distilling|pressing|knotting|"
                          r"spinning|carving|polishing|glazing|tanning|curing|drying|pouring|"
                          # a pack the term names ("Plastic-free outer pack \u2013 it ships in a paper tube")
                          r"(outer|inner|retail|gift|shipping|mailing) packs?)\b",
                          re.IGNORECASE)


# whole-product impact terms a part or an aspect cannot carry ("ZERO WASTE SKIPPING ROPE", "LOW-CARBON DUFFEL BAG")
_IMPACT_TERM = re.compile(r"\b(zero[- ]?(waste|emissions?|carbon)|low[- ]carbon|carbon[- ]free|plastic[- ]free|"
                          r"carbon[- ](conscious|friendly|smart)|"
                          r"climate[- ](friendly|smart|conscious|positive)|low[- ]impact)\b|" + NEUTRAL_WORDS,
                          re.IGNORECASE)


_PROCESS_STEP = re.compile(r"(finished|dyed|washed|made|produced|processed) (with|using) (\d+\s?% )?less\b|"
                           r"(the |its |our )?(dyeing|dye|washing|finishing|printing|tanning|processing|production|"
                           r"manufacturing|bleaching)( process| unit)? (uses?|needs?|consumes?|takes?) "
                           r"(\d+\s?% )?less\b",
                           re.IGNORECASE)


# a part in brackets right after the term ("Material: Eco-Friendly (jute backing)"), not a pointer ("(see back label)")
_PART_IN_BRACKETS = re.compile(r"\s*\(\s*(?!(see|refer|check|on|printed|as|per)\b)([\w%-]+ ){1,3}" + _PART + r"\s*\)",
                               re.IGNORECASE)


# a spec sheet's "Yes" with its reason in brackets ("Eco-Friendly: Yes (BPA-free viewing window)")
_YES_BECAUSE = re.compile(r"\s*[:\u2013-]\s*yes\s*\(\s*(?P<why>[^()|]{3,60}?)\s*\)", re.IGNORECASE)


# the packaging named as what the term is said of ("This pack is plastic-free: ...")
_PACK_BEFORE = re.compile(r"\b(this|the|our|its|each|every) ([\w-]+ )?(pack|packs|packet|packets|packaging|package|"
                          r"box|boxes|carton|cartons|wrap|wrapping|mailers?|pouch|pouches|sleeve) (is|are) ([\w-]+ )?$",
                          re.IGNORECASE)


def _other_minor_part(head: str, after: str) -> bool:
    """The product the term names is made of parts ("Zero-waste cushion covers") but the reason is another, minor
    part ("the zip pulls are made from our fabric scraps")."""
    if not re.match(r"\s*[:\u2013\u2014-]\s*(the|its|our)\s", after, re.IGNORECASE):
        return False  # "Plastic-free handle, bristles are nylon": a contrast, not the handle's reason
    own = {p.split()[-1].rstrip("s") for p in parts_named(head)}
    parts = [m.group(0) for m in _MINOR_PART_WORD.finditer(after)]
    return bool(parts) and not any(p.lower().split()[-1].rstrip("s") in own for p in parts) and \
        all(_MINOR_PART_WORD.fullmatch(p) for p in parts_named(after))


# a water-saving product whose saving is one step of its making ("Water-saving jeans: the final wash uses ozone
# instead of water", "Water-saving loveseat \u2013 the upholstery was dyed with a waterless process") or one accessory
# in the box ("Water-saving geyser: the included shower head has a 6 L/min flow restrictor")
_WATER_SAVING_BY = re.compile(
    r"^\W*(?P<term>water[- ](saving|smart|wise|conscious)|low[- ]water)\s+(?P<noun>[\w-]+(\s+[\w-]+){0,2}?)\s*"
    r"(:|\s[\u2013\u2014-])\s*(the |its |our |each |every )?"
    r"(([\w-]+ ){0,3}?(is|are|was|were) (dyed|rinsed|washed|finished|processed|treated|tanned|bleached)\b|"
    r"(final |last |first )?(wash|washing|rinse|rinsing|dyeing|finishing|dye bath) (uses|is done|needs|runs)\b|"
    r"(included|supplied|bundled|free) [\w-]+( [\w-]+)? (has|is|comes|uses)\b)", re.IGNORECASE)

@memo
def part_scoped(text: str) -> tuple[int, int] | None:
    """A generic (or whole-product impact) term whose only justification, right after it, is one part or one
    aspect."""
    water = _WATER_SAVING_BY.match(text)
    if water and not _ASPECT_NOUN.search(water.group("noun")) and not _PART_WORD.search(water.group("noun")):
        return water.span("term")
    impact = first_unnegated(_IMPACT_TERM, text)
    g = strong_generic(text) or first_match(without_other_senses(text), "generic_environmental") or impact
    header = _TOPIC_HEADER.match(text)
    if g is not None and header and g[1] <= header.end():
        # "Sustainability: The legs are FSC certified": the header names the topic, not the product; a term after it
        # is read on its own ("Eco credentials: planet-friendly pants – the inner pouch is 25% recycled LDPE")
        rest = text[header.end():]
        g = strong_generic(rest) or first_match(without_other_senses(rest), "generic_environmental")
        g = (g[0] + header.end(), g[1] + header.end()) if g else None
    if g is None:
        return None
    # the generic term and its head noun ("Eco sneakers", "Sustainable sofa"), then the part; a generic term
    # whose head noun is itself a part ("Eco-conscious packaging: gift box made of recycled board") is scoped
    if _PACK_BEFORE.search(text[: g[0]]):
        return None  # "This pack is plastic-free: this bar ships in a paper box": the term is the pack's own
    if _PART_IN_BRACKETS.match(text, g[1]) and not _PART_WORD.search(text[: g[0]]):
        return g  # "Material: Eco-Friendly (jute backing)": the part in brackets right after the term
    yes = _YES_BECAUSE.match(text, g[1])
    # (or the packaging: "Eco-Friendly: Yes (jute packaging)")
    if yes and (set(attribute_hits(yes.group("why"))) - {"generic_environmental"} or
                re.search(r"\b(packaging|package|packing|box|carton|mailer|wrap(ping)?)\s*$", yes.group("why"),
                          re.IGNORECASE)):
        last = yes.group("why").split()[-1]
        # (not the whole item's material and its licence: "Eco-friendly: Yes (100% organic cotton, GOTS certified,
        # licence CU 1092288)")
        whole = re.match(r"(100\s?%|fully|entirely|all)\b", yes.group("why")) or any(ch.isdigit() for ch in last)
        if not _WHOLE_NOUN.fullmatch(last) and not _is_material(last) and not _NOT_A_PART.match(last) and not whole:
            return g  # "Eco-Friendly: Yes (BPA-free viewing window)": one part in brackets behind a spec sheet's "Yes"
    m = _PART_SCOPED.match(text, g[1])
    named = re.match(r"(\s+[\w-]+){0,3}", text[g[1]:])
    # the term names its part or aspect ("Eco-conscious packaging: ...", "CARBON NEUTRAL DELIVERY: every order ...")
    term_noun = text[g[0]:g[1]].split()[-1] if text[g[0]:g[1]].split() else ""  # "Sustainable packaging – ..."
    # ... or the part the term names before the colon is the one named after it ("Sustainable legs: FSC-certified oak
    # legs")
    head = (m.group("head") or "") if m else ""
    before = re.match(r"(\s+\w+){0,3}?\s*(?=[:\u2013\u2014]|\s-\s)", text[g[1]:])
    if m and m.group("head") is None and before:
        own = _PART_WORD.search(before.group(0))
        if own and re.search(r"\b" + re.escape(own.group(0)) + r"\b", m.group(0)[before.end():], re.IGNORECASE):
            head = own.group(0)
    if m and (not _PART_WORD.search(head) or _other_minor_part(head, m.group(0)[len(m.group("head") or ""):])) and \
            not _PART_WORD.fullmatch(term_noun) and not _ASPECT_NOUN.search(named.group(0) if named else ""):
        return g
    its = _ITS_PART.match(text, g[1])
    last = its.group("part").split()[-1] if its else ""
    if its and not _NOT_A_PART.match(last) and not _is_material(last) and \
            [a for a in attribute_hits(text[its.end():]) if a != "generic_environmental"]:
        return g  # "Eco-friendly refrigerator: its door gasket is made from 30% recycled PVC"
    m = _BECAUSE_ASPECT.match(text, g[1]) or _MEANS_ASPECT.match(text, g[1]) or _BECAUSE_PART.match(text, g[1])
    # the reason is one feature at work, or one minor part ("sustainable because the inner lining is recycled"), unless
    # the term is said of the packaging it names ("Plastic-free packaging: no plastic is used in the packaging")
    own = re.match(r"(\s+(?!(because|since|as|thanks|kyunki|kyonki|kyuki|hai|is|are)\b)[\w-]+){0,3}", text[g[1]:])
    if m and not CERT_WORD.search(m.group("why")) and not _ASPECT_NOUN.search(own.group(0) if own else "") and (
            _MINOR_PART_WORD.search(m.group("why")) or _PART_WORD.search(m.group("why")) or
            _PROCESS_STEP.match(m.group("why")) or
            # a function at work ("because it is refillable with bottled ink") is an aspect, not a material
            not [a for a in attribute_hits(m.group("why")) if a not in ("generic_environmental", "energy_efficiency",
                                                                          "water_efficiency", "reusable_refillable")]):
        return g
    return None


# One part's attribute said to make the whole product green ("a vegan leather strap ..., which makes the whole
# Nimbus Verve a sustainable, planet friendly smartwatch")
# the whole product named as what a part or an aspect makes green ("..., so the whole bag is ...")
_WHOLE_SAID_WORDS = r"(makes?|making|turns?|so) (the |your |this )?(whole|entire|complete)"
_WHOLE_SAID = re.compile(_WHOLE_SAID_WORDS + r"\b", re.IGNORECASE)
_WHOLE_FROM_PART = re.compile(r"\b" + _WHOLE_SAID_WORDS + r" [^.;|\n]{0,80}|"
                              # "Saves paper, so it's an eco-friendly toy": one aspect, then the term for the whole
                              r"\b(saves?|reduces?|cuts?|avoids?|replaces?) [\w\s-]{1,30}?,? so (it'?s|it is|this is|"
                              r"they'?re) (an? )?(eco[- ]friendly|green|sustainable|planet[- ]friendly)\b"
                              r"[^.;|\n]{0,30}|"
                              # "Refillable, so they are the eco-friendly choice": one feature, then the whole
                              r"\b(refillable|reusable|rechargeable|recyclable|washable),? so "
                              r"(it'?s|it is|this is|they'?re|they are|these are) (an? |the )?"
                              r"(eco[- ]friendly|green|greener|sustainable|planet[- ]friendly)\b[^.;|\n]{0,30}|"
                              # "Compostable packaging makes this a zero-waste phone case"
                              # (not "makes it a green choice": the held-out writers read that as generic)
                              r"\b(makes?|making) (this|the [\w-]+|every [\w-]+( we [\w-]+)?) (an? |the )?"
                              r"(zero[- ]waste|eco[- ]friendly|sustainable|green|biodegradable|compostable|recyclable|"
                              # ("Headband: made from recycled yarn, making this an eco headlamp")
                              r"eco(?=\s+[\w-]+)|earth[- ]friendly|environment(al(ly)?)?[- ]friendly|"
                              r"zero[- ]carbon|low[- ]carbon|carbon[- ]free|planet[- ]friendly|plastic[- ]free|"
                              r"carbon[- ]neutral)\b"
                              r"[^.;|\n]{0,40}|"
                              # "Eco-friendly plug \u2013 cuts standby power of connected TVs": one saving stands for
                              # the whole (labels.md: "eco-friendly because it saves paper")
                              r"\b(eco[- ]friendly|green|greener|sustainable|planet[- ]friendly|earth[- ]friendly|"
                              r"environment(al(ly)?)?[- ]friendly)( [\w-]+){0,3}?\s*(:|\u2013|\u2014|\s-|,?\s+(because|"
                              r"as|since))\s+(it |this |they )?(saves?|cuts?|reduces?|lowers?|avoids?)\b[^.;|\n]{0,60}|"
                              # "Our studio is a plastic-free zone, so every candle we sell is plastic-free"
                              r"\bso (every|each|all) [\w-]+ (we [\w-]+ )?(is|are) (an? )?(zero[- ]waste|"
                              r"eco[- ]friendly|sustainable|green|plastic[- ]free|carbon[- ]neutral|zero[- ]carbon)\b"
                              r"[^.;|\n]{0,30}",
                              re.IGNORECASE)


@memo
def whole_from_part(text: str) -> tuple[int, int] | None:
    """The span of a generic term that a segment explicitly extends to the whole product."""
    m = _WHOLE_FROM_PART.search(text)
    if m is None or is_negated(text, m.start()):
        return None
    g = strong_generic(m.group(0)) or first_match(without_other_senses(m.group(0)), "generic_environmental") or \
        first_unnegated(_IMPACT_TERM, m.group(0)) or first_unnegated(_MADE_A, without_other_senses(m.group(0))) or \
        (first_unnegated(_MADE_A, m.group(0)) if _WHOLE_SAID.match(m.group(0)) else None)
    return (m.start() + g[0], m.start() + g[1]) if g else None


# a material term the part is said to make of the whole ("Zip puller: PLA - making this a biodegradable coverall")
# ("Lining: made from recycled bottles, so the whole bag is green", "Zipped case: 100% recycled PET, so the whole set is
# recycled"); "green" read in its eco sense only after "the whole ..." (_WHOLE_SAID; "GREEN APPLE FORMULA: Cuts grease"
# is a scent)
_MADE_A = re.compile(r"\b(biodegradable|compostable|recyclable|recycled|green(er)?)\b", re.IGNORECASE)


# A brand-wide claim whose reason is the packaging ("Plastic-free brand: this set ships in a paper sleeve")
_BRAND_BY_PACKAGING = re.compile(
    r"\b(plastic[- ]?free|zero[- ]?waste|carbon[- ]?neutral|climate[- ]?neutral|sustainable|eco[- ]?friendly|green|"
    r"compostable|recyclable|low[- ]?waste|planet[- ]first|earth[- ]first|conscious)\s+([\w-]+\s+)?(brand|company|"
    r"business|label|shop|store)\s*[:\u2013\u2014-]\s*[^|.]{0,60}?(\b(ships?|shipped|packed|packaged|comes?|wrapped|"
    r"delivered)\s+(\w+\s+)?(in|with)\b|\b(our |the |its )?(shipping |outer |gift )?(packaging|cartons?|boxes|box|"
    r"mailers?|wrap\w*|sleeves?|mailer bags?|bags?)\s+(is|are)\b|"
    # "the sustainable rug company: we reuse incoming yarn cartons to ship your rug"
    r"\bre-?us(e|es|ed|ing)\s+([\w-]+\s+){0,3}(cartons?|boxes|packaging|mailers?|bags?)\b)", re.IGNORECASE)


# "The brand is plastic-free: paper tape and kraft paper only"
_BRAND_IS = re.compile(r"\b(the|our) (whole |entire )?(brand|company|business|shop|store) is "
                       r"(fully |100% |completely )?"
                       r"(plastic[- ]?free|zero[- ]?waste|sustainable|eco[- ]?friendly|green|low[- ]?waste)\s*"
                       r"[:\u2013\u2014-]\s*[^|.]{0,60}?"
                       r"\b(packag\w*|tape|kraft|paper|mailers?|boxes|box|cartons?|wrap\w*|ship\w*)\b", re.IGNORECASE)


# The product called plastic-free (or green) with nothing but its packaging after it ("Plastic-free product: paper
# box, paper tray, paper wrap")
_PACK = r"(box|boxes|trays?|wrap|wrapping|sleeves?|mailers?|tape|packaging|cartons?|inserts?|bags?|fill(er)?|pouch)"
_PRODUCT_BY_PACKAGING = re.compile(
    r"\b(plastic[- ]?free|zero[- ]?waste|recyclable|compostable|biodegradable|eco[- ]?friendly|sustainable)\s+"
    r"(?!" + _PACK + r"\b|packing\b|shipping\b|delivery\b|dispatch\b|mailing\b|postage\b)[\w-]+\s*[:\u2013\u2014-]\s*"
    r"(((paper|kraft|cardboard|card|recycled|compostable|FSC|cotton|jute)\s+)+" + _PACK + r"\s*(,|and|&|\+)?\s*){1,5}"
    r"[.]?\s*$", re.IGNORECASE)


# ... or with its packaging as the reason ("100% RECYCLABLE SPEAKER: the paper packaging goes in your curbside bin")
_PRODUCT_THEN_PACKAGING = re.compile(
    r"(?<!from )(?<!of )(?<!with )\b(100% )?(recyclable|compostable|biodegradable|plastic[- ]?free|recycled)\s+"
    r"(?!" + _PACK + r"\b|packing\b|shipping\b|delivery\b|dispatch\b|mailing\b|postage\b|materials?\b)"
    r"[\w-]+( [\w-]+)?\s*[:\u2013\u2014\u3011-]\s*((the |our |its )?([\w-]+ )?"
    r"(packaging|box|carton|mailer|wrap|sleeve)\b|"
    # "Plastic-free air fryer: packed without plastic", "【PLASTIC-FREE MATTRESS】 Compressed and rolled in a box"
    r"(it |it's |it is )?(packed|shipped|wrapped|delivered|posted|sent|compressed|rolled|boxed)\b)|"
    # ... or with no noun at all ("100% compostable: packed in a home-compostable paper sleeve")
    r"^\W*(100% |fully )?(recyclable|compostable|biodegradable|plastic[- ]?free)\s*[:\u2013\u2014-]\s*"
    r"(it |it's |it is )?(packed|shipped|wrapped|delivered|posted|sent) (in|with)\b|"
    # ... or a generic term for the product, then how it ships ("Eco-friendly seat covers: shipped in a box made from
    # 100% recycled cardboard")
    r"\b(eco[- ]?friendly|sustainable|planet[- ]friendly|earth[- ]friendly|environmentally friendly|"
    r"eco[- ]conscious)\s+"
    r"(?!" + _PACK + r"\b|packing\b|shipping\b|delivery\b|dispatch\b|mailing\b|postage\b)"
    r"[\w-]+( [\w-]+)?\s*[:\u2013\u2014-]\s*(it |it's |it is |they are |they're )?"
    r"(packed|shipped|wrapped|delivered|posted|sent) (in|with)\b",
    re.IGNORECASE)


# ... or this one product ("Nuvoya is a fully recyclable skincare brand: this serum bottle is glass.")
_BRAND_BY_ONE = re.compile(
    # (or a header: "Zero-waste brand: our oil cake is reused as cattle feed")
    # ("Zero-waste comb brand: our shipping tape is paper", "Energy-efficient range: this fan is BEE 5-star rated")
    r"(?:\b(?:is|are) (?:an?|the|[\w-]+'s) |^\W*(?:an? |our )?(?=([\w-]+ ){1,3}(?:brand|company|studio|workshop|range|"
    r"collection)\b))"
    r"(?:fully |100% |completely |truly |certified |most )?(recyclable|"
    r"plastic[- ]?free|zero[- ]?(waste|plastic)|sustainable|eco[- ]?friendly|fair ?trade|organic|carbon[- ]neutral|"
    r"compostable|energy[- ](efficient|saving)|low[- ]carbon|climate[- ]friendly|"
    r"green(est)?)\s+([\w-]+\s+){0,2}?"
    r"(brand|company|label|business|studio|workshop|shop|store|range|collection)\s*[:\u2013\u2014-]\s*"
    r"(this|the|our|its|we|all our|ships|shipped|packed|posted)\s+"
    r"(?!(whole|entire|full)\b)",
    re.IGNORECASE)


@memo
def brand_by_packaging(text: str) -> tuple[int, int] | None:
    """The span of a brand-, range- or product-wide claim whose reason is its packing or one product ("Plastic-free
    brand: this set ships in a paper sleeve", "Plastic-free air fryer: packed without plastic")."""
    m = _BRAND_BY_PACKAGING.search(text) or _BRAND_IS.search(text) or _PRODUCT_BY_PACKAGING.search(text) or \
        _PRODUCT_THEN_PACKAGING.search(text) or _BRAND_BY_ONE.search(text) or _BRAND_CARES.search(text) or \
        _RANGE_BY_ONE.search(text)
    # the whole match: group 1 is not the term in every pattern (in _PRODUCT_THEN_PACKAGING it is an optional "100%")
    return (m.start(), m.end()) if m and not is_negated(text, m.start()) else None


# ... or the whole range, shown by this one product ("All our sodas are low-carbon: this can is 70% recycled aluminium")
# ("All Sutavo kettles are low-carbon: this model's inner body is 60% recycled", "Every Brambleroast coffee is fair
# trade: this lot's growers were paid ...")
_RANGE_BY_ONE = re.compile(
    # (or a brand's plural alone: "Sylex phones are 100% recyclable \u2013 our retail box goes in ...")
    r"\b((all (of )?|every )(our |(?-i:[A-Z])[\w-]+ )([\w-]+ ){1,2}?|"
    r"(?!(our|the|these|those|this|all|every|my|your|its|their)\b)(?-i:[A-Z])[\w-]+ [\w-]+s )"
    r"(is|are) (fully |100% )?(low[- ]carbon|zero[- ]waste|"
    r"carbon[- ]neutral|plastic[- ]free|sustainable|eco[- ]friendly|green|planet[- ]friendly|recyclable|compostable|"
    r"fair[- ]?trade|fairly traded|organic|energy[- ](saving|efficient)|recycled|upcycled|biodegradable|"
    r"((fsc|gots|fairtrade|fair trade|b corp)[- ])?certified|"
    # ("All Dhunika soundbars are made from recycled metal: this model's end caps are ...")
    r"made (from|of|with) (100% )?(recycled|organic|upcycled|reclaimed) [\w-]+|"
    # ("All Picturo TVs are made with renewable energy: this model's back panel ...")
    r"made (with|using|on) (100% )?(renewable|solar|green) (energy|electricity|power))\s*[:\u2013\u2014-]\s*"
    r"(this|the|its|our) (?!(whole|entire|full)\b)", re.IGNORECASE)


range_by_one = occurs(_RANGE_BY_ONE)


# ... or a brand that cares for the planet, shown by minor parts ("A brand that cares for the planet: our neck labels
# and swing tags are made from recycled materials")
_BRAND_CARES = re.compile(
    r"\b(brand|company|label|business)\s+(that|which|who)\s+(cares?|looks? after|protects?)\s+(for |about )?"
    r"(the |our )?(planet|earth|environment|nature)\s*[:\u2013\u2014-]\s*(the |its |our )?([\w-]+ ){0,2}?"
    + _MINOR_PART_NAMES + r"(\s+(and|&)\s+([\w-]+ ){0,2}?" + _MINOR_PART_NAMES + r")?\s+(is|are|made)\b|"
    # ... or a named brand that cares, shown by one part of the product ("Hoshvel cares for the earth – every kettle's
    # heating plate is 40% recycled steel")
    r"\b(?-i:[A-Z])[\w-]+\s+(cares?|looks? after)\s+(for |about )?(the |our )?(planet|earth|environment|nature)"
    r"\s*[:\u2013\u2014-]\s*(every|each|the|this|our|its) [\w-]+['\u2019]s ([\w-]+ ){0,2}?[\w-]+ "
    r"(is|are|uses?|contains?)\b",
    re.IGNORECASE)


# The product said to be made of a material, explained by one minor part ("Air fryer made from recycled
# materials: the carton box is 100% recycled cardboard")
_MATERIAL_BY_PART = re.compile(
    r"(?P<head>[^.:;|\n]{0,60}?)\b(is |are )?(made|manufactured|produced|crafted) (from|of|with|using) (\w+ ){0,2}?"
    r"(?P<kw>recycled|organic|biodegradable|compostable|plastic[- ]free|renewable|natural)\b[^.:;|\n]{0,30}?"
    r"\s*[:(\u2013\u2014-]\s*(only |just )?(the |its |our )?([\w-]+ )?" + _MINOR_PART_NAMES + r"\b",
    re.IGNORECASE)


# The same in prose, with any part: "This is a recycled backpack: the zip pullers are moulded from 100% recycled PET",
# "The whole machine is recyclable, because the water tank is recyclable PP 5"
_WHOLE_BY_PART = re.compile(
    r"(\b(this|the whole|the entire|every|an?)\s+|\b(100\s?%|fully|entirely|completely)\s+)(is an?\s+)?"
    r"([\w-]+\s+){0,3}?((is|are)\s+)?((made|produced|crafted) "
    r"(from|of|with)\s+)?(\w+\s+)?(?P<kw>recycled|recyclable|organic|biodegradable|compostable|plastic[- ]free|"
    r"renewable)\b[^:.;|]{0,40}?(:|,?\s+because|,?\s+as|,?\s+since)\s+(?P<yes>yes,?\s+)?(only\s+)?"
    r"(the|its|our|their|this [\w-]+'s)\s+"
    # (a FAQ answered by one part: "Q: Is this product recyclable? A: Yes, the outer carton goes in paper recycling.")
    r"(?P<part>[\w-]+(\s+[\w-]+){0,2}?)\s+(?P<verb>is|are|was|were|made|moulded|molded|filled|uses?|goes|go)\b",
    re.IGNORECASE)
_NOT_A_PART = re.compile(r"^(fabric|material|materials|body|product|whole \w+|entire \w+|main fabric|outer fabric)$",
                         re.IGNORECASE)
# a part of a natural material that would carry degradability ("the handle is bamboo")
_NATURAL_PART = re.compile(r"\s*(is |are )?((made |moulded |molded |pressed |woven )?(of|from) |in (a |an )?|an? )?"
                           r"(\d+\s?% )?"
                           r"((unbleached|natural|raw|untreated|plant|FSC[- ]certified|certified|pressed|woven|moulded|"
                           r"seed|plantable|handmade|"
                           r"molded|crushed) )?(moso |organic )?"
                           r"(bamboo|wood|wooden|beech|birch|paper|paperboard|cotton|"
                           r"jute|cork|coir|sisal|kraft|cardboard|plant[- ]fib(re|er)s?|plant[- ]based|"
                           r"(pure )?linen|wool|"
                           r"silk|hemp|rattan|cane|leaf|leaves|wheat[- ]straw|rice husk|coconut shell|cellulose|"
                           r"loofah|luffa|(natural )?rubber|latex|corn[- ]?starch( film)?|walnut shells?|bagasse|"
                           r"sugarcane( pulp| fib(re|er))?|areca( palm)?( leaf| sheath)?|(sal|palm|banana) leaf)\b",
                           re.IGNORECASE)
# ... or as a bullet's label that names the product: "RECYCLED SNEAKER: the pull tabs are 100% recycled PET",
# "Recycled shoe: insole contains 25% recycled foam"
_LABEL_BY_PART = re.compile(
    r"^\W*(\u3010[^\u3011]{0,30}\u3011\s*)?((100\s?%|fully|entirely|completely)\s+)?(?P<kw>recycled|upcycled|recyclable|"
    r"ocean[- ]plastic|"
    r"organic|biodegradable|"
    r"compostable|plastic[- ]free|renewable)\s+"
    r"(?P<head>[\w-]+(\s+[\w-]+){0,2})\s*[:\u2013\u2014-]\s*(only\s+)?((the|its|our|their|each|every)\s+)?"
    r"(?P<part>([\w'-]+\s+){0,2}?(" + _PART + "|" + _MINOR_PART_NAMES + r"))\s+(is|are|was|were|made|moulded|molded|"
    r"breaks? down|biodegrades?|composts?|decomposes?|can go|goes|go|"
    r"filled|uses?|contains?|"
    r"comes?|spun|woven)\b", re.IGNORECASE)


# ... or only a material and the parts made of it ("Plastic-free monitor: all-aluminium base and neck")
_LABEL_PART_LIST = re.compile(
    r"^\W*(?P<kw>plastic[- ]free|recycled|recyclable|organic|biodegradable|compostable|renewable)\s+"
    r"(?P<head>[\w-]+(\s+[\w-]+){0,2})\s*[:\u2013\u2014-]\s*((the|its|an?)\s+)?(all[- ]|100\s?%\s*|pure\s+|solid\s+)?"
    r"(?P<mat>[\w-]+)\s+(?P<part>" + _PART + r")((\s*,\s*|\s+(and|&)\s+)[\w-]+){0,3}\s*\.?\s*$", re.IGNORECASE)


# ... or what it is tied or wrapped with ("Biodegradable gift hamper \u2013 tied with a jute ribbon")
_TIED_WITH = re.compile(r"^\W*(?P<kw>biodegradable|compostable|plastic[- ]free)\s+(?P<head>[\w-]+(\s+[\w-]+){0,2})\s*"
                        r"[:\u2013\u2014-]\s*(tied|wrapped|bound|trimmed|finished|laced)\s+(up\s+)?(with|in)\s+(an?\s+|the\s+)?"
                        r"(?P<rest>[^|.;]*)$", re.IGNORECASE)


_HEADER_HEAD = re.compile(r"(content|materials?|details?|information|info|facts?|specs?|specifications?|claims?)$",
                          re.IGNORECASE)


# what makes a part upcycled or recycled ("the border trim is cut from vintage saris"), or recyclable ("the inner pot
# is PP5", "the steel uprights can go to scrap metal collection")
_RECLAIMED = re.compile(r"\b(vintage|reclaimed|salvaged|discarded|recovered|old|waste|scraps?|off-?cuts?|end-?of-?roll|"
                        r"fishing nets?)\b",
                        re.IGNORECASE)
_RECYCLABLE_HERE = re.compile(r"\b(pp ?\d|pet ?\d|hdpe|ldpe|scrap|collection|kerbside|curbside|bottle bank|"
                              r"(paper|glass) recycling)\b|#\d", re.IGNORECASE)
_DEGRADE_VERB_HERE = re.compile(r"\b(breaks? down|biodegrades?|composts?|decomposes?)$", re.IGNORECASE)


def _part_carries(kw: str, label: str, rest: str) -> bool:
    """The part a label names carries the label's keyword ``kw`` itself: said again after it ("the pull tabs are 100%
    recycled PET"), or by what the part is ("the handle is bamboo", "the saucers are pressed coir that breaks down",
    "the border trim is cut from vintage saris", "the inner pot is PP5")."""
    return bool(kw[:5] in rest or
                (kw[:4] in ("biod", "comp", "plas") and _NATURAL_PART.match(rest)) or
                (kw[:4] in ("biod", "comp") and _DEGRADE_VERB_HERE.search(label)) or
                (kw[:4] in ("upcy", "recy") and _RECLAIMED.search(rest)) or
                (kw.startswith("recyclable") and _RECYCLABLE_HERE.search(rest)))


@memo
def whole_by_part(text: str) -> tuple[int, int] | None:
    """The span of a whole-product material claim in prose whose reason is one part of the product."""
    tied = _TIED_WITH.match(text)
    if tied and _NATURAL_PART.match(tied.group("rest")) and not _PART_WORD.search(tied.group("head")):
        return tied.span("kw")  # "Biodegradable gift hamper \u2013 tied with a jute ribbon"
    label = _LABEL_BY_PART.match(text)
    rest = text[label.end("part"): label.end("part") + 80].lower() if label else ""
    if label and _HEADER_HEAD.match(label.group("head")):
        label = None  # "Recycled Content - Outer shell contains 30% recycled PC": a spec header, no product named
    if label and label.group("head").split()[-1].lower().rstrip("s") in \
            [w.rstrip("s") for w in label.group("part").lower().split()]:
        label = None  # the term names the part it then describes ("Biodegradable liner: its release liner is kraft")
    if label and not _PART_WORD.search(label.group("head")) and not _is_material(label.group("head").split()[-1]) \
            and _part_carries(label.group("kw").lower(), label.group(0), rest):
        return label.start("kw"), label.end("kw")
    listed = _LABEL_PART_LIST.match(text)
    if listed and _is_material(listed.group("mat")) and not _PART_WORD.search(listed.group("head")) and \
            not _is_material(listed.group("head").split()[-1]) and not is_negated(text, listed.start("kw")):
        return listed.span("kw")
    m = _WHOLE_BY_PART.search(text)
    if m is not None and m.group("verb").lower() in ("go", "goes") and not m.group("yes"):
        m = None  # where a part goes answers a FAQ ("A: Yes, the outer carton goes in ..."), not a label's reason
    if m is None or is_negated(text, m.start("kw")) or _NOT_A_PART.match(m.group("part")) or \
            _is_material(m.group("part").split()[-1]):  # the material itself: "the organic cotton is grown ..."
        return None
    named = [w.rstrip("s") for w in re.findall(r"[\w-]+", text[m.end("kw"): m.start("part")].lower())]
    if m.group("part").lower().split()[-1].rstrip("s") in named:
        return None  # the term names the part it then describes ("Fully compostable sleeve: the kraft sleeve is ...")
    if m.group("kw").lower()[:6] not in text[m.end("part"): m.end("part") + 80].lower() and \
            not _WHOLE_ITEM.search(text[max(0, m.start("kw") - 40): m.start("kw")]):
        return None  # the part must carry the attribute itself, unless the claim names the whole ("The whole brush is
        # compostable, because the paddle is FSC-certified beech")
    return m.start("kw"), m.end("kw")


# A generic or impact term, then "the <noun>" doing the work: "Sustainable beard oil: the dropper bottle is recyclable
# glass", "Planet-friendly tawa, as the coating is PFOA-free". Whether the noun is one part or the product itself
# only the title tells ("Eco-friendly: the bottle is 100% recycled PET" of a "Steel Water Bottle" is the whole).
_THE_NOUN = re.compile(
    r"(?P<head>(\s+[\w'-]+){0,3}?)\s*(?:[:\u2013\u2014-]|,?\s+(?:because|since|as)|"
    # a question answered by one part ("Q: Is this soundbar eco-friendly? A: Yes, its fabric grille is ...")
    r"\?\s*(?:A\s*[:.\u2013-]\s*|(?:seller\s+)?answer\s*:\s*)?yes\s*[,:.!\u2013-])\s+(?:only |just )?"
    # "the storage bag", "its storage pouch", or no article after a colon or dash ("Eco device – housing contains ...")
    # ... "our shipping tape", or one item of several ("one of the 10 fat quarters is GOTS-certified organic cotton")
    r"(?P<article>the\s+|its\s+|our\s+|(?P<oneof>(?:only\s+)?one\s+of\s+(?:the|our|its)\s+(?:\d+\s+)?))?"
    r"(?P<part>(?:(?!(?:and|or|whole|entire|same|rest|made|is|are|will|be|can|has|have|to)\b(?!-))[\w-]+\s+){0,2}?"
    r"(?!(?:and|or|made|is|are|from|with|will|be|can|has|have|to)\b(?!-))[\w-]+)"
    # "the hang tag and its cord break down in soil"
    r"(?:\s+(?:and|&)\s+(?:its\s+|the\s+)?[\w-]+(?:\s+(?!(?:is|are|was|were|made|from|with|and)\b)[\w-]+)?)?"
    # "the paper band around the set is home compostable"
    r"(?:\s+(?:around|round|wrapping|holding)\s+(?:the|each|every|this)\s+[\w-]+)?"
    # "the pouch it comes in is biodegradable"
    r"(?:\s+(?:it|they)\s+(?:comes?|ships?|arrives?|is packed|are packed|is sent)\s+in)?\s+"
    r"(?:is|are|was|were|doubles|uses?|draws?|consumes?|comes?|gets?|can|"
    r"(?<=\w )(?:made|moulded|molded|contains?|from|filled|woven|printed)|"
    # "the carton folds into a reusable storage box", "our kiln runs on rooftop solar power"
    r"(?<=\w )(?:(?:folds?|turns?|converts?) into|runs? on|goes in(?:to)?)\b|"
    r"(?P<degrades>(?<=\w )(?:breaks? down|biodegrades?|decomposes?|composts?|"
    r"returns? to (?:the )?(?:soil|earth|nature)))|"
    # ... or a share with no verb ("Recycled sofa – cushion covers 60% recycled polyester")
    r"(?<=\w )(?=\d{1,3}(?:\.\d+)?\s?%\s*[a-z]))\b"
    r"(?P<rest>(?:[^.;|\n]|\.(?=\d)){0,80})", re.IGNORECASE)
# what the product contains, named with the lead keyword ("Organic hair oil – contains organic amla")
_CONTAINS_SOME = re.compile(r"(\s+[\w-]+){1,3}?\s*(:|\u2013|\u2014|-|,)\s*(it |this )?(contains?|containing|made with|"
                            r"enriched with|infused with|with added|with|dyed with|printed with|colou?red with|"
                            r"tinted with) (some |added )?(?P<kw>organic|recycled)\s+"
                            r"(?P<noun>[\w-]+( [\w-]+)?)\s*$", re.IGNORECASE)
_THANKS_TO = re.compile(r"(\s+[\w-]+){0,3}?,?\s+(thanks to|due to|because of) (its|the) (?P<mods>[^|.;]{0,50}?)"
                        r"(?P<part>[\w-]+)\s*$", re.IGNORECASE)
_COMES_IN = re.compile(r"(\s+[\w-]+){0,3}?(,?\s+(because|since|as)|"
                       r"\s*\?\s*(A\s*[:.\u2013-]\s*)?yes\s*[,:.!\u2013-]?)\s+"
                       r"(it|they|(every|each) (piece|one|item|order|set|pair))\s+(comes?|ships?|arrives?|"
                       r"(is|are) (packed|sent|shipped|delivered|wrapped|mailed|"
                       r"posted))\s+in\s+(a|an|the|its|their)?\b", re.IGNORECASE)
# ... or after a label that names the product ("Recyclable cap: it ships in a kraft card box")
_LEAD_SHIPS_IN = re.compile(r"(?P<head>(\s+[\w-]+){1,3}?)\s*[:\u2013\u2014-]\s*(it|they)\s+(comes?|ships?|arrives?|"
                            r"(is|are) (packed|sent|shipped|delivered|wrapped|mailed|posted))\s+in\b", re.IGNORECASE)
# a part named by a participle after the product ("A planet-friendly wallet, lined with organic cotton")
_LINED_WITH = re.compile(r"(\s+[\w-]+){0,3}?\s*,\s+(lined|trimmed|edged|backed|threaded|strung|stitched|sewn|tied|"
                         r"finished|piped) (with|in) (?P<rest>[^.;|\n]{0,60})|"
                         # "Eco-conscious wall art: stretched on FSC-certified pine bars (FSC-C118204)"
                         r"(\s+[\w-]+){0,3}?\s*[,:]\s+(stretched|mounted|framed) (on|in) (?P<on>[^.;|\n]{0,60})",
                         re.IGNORECASE)
# nouns that name the product, its make-up or the seller, not one part of it
_WHOLE_NOUN = re.compile(r"(products?|items?|units?|pieces?|sets?|kits?|packs?|formula|formulation|recipe|blend|bars?|"
                         r"liquid|design|construction|build|ingredients?|composition|materials?|fabrics?|body|yarns?|"
                         r"fib(re|er)s?|contents?|range|collection|brand|company|device|appliance|machine|one|ones|"
                         r"it|this|same|whole|entire|rest|price|quality|colou?rs?|size|finish|look|"
                         # what the term is said of as an impact, not a component ("the CO2 is offset")
                         r"co2|carbon|emissions?|footprint|impact|offsets?|credits?|energy|electricity|power|water|waste|"
                         r"production|manufacturing|process|factory|workshop|studio|seller|maker|"
                         # a pronoun or a quantifier: no part ("Eco-friendly – we use ...", "everything is ...")
                         r"we|you|they|i|he|she|everything|all|each|every|both|none|nothing|which|that|what)",
                         re.IGNORECASE)
_WHOLE_DETERMINERS = {"this", "these", "that", "those", "our", "my", "your", "their", "every", "each", "all", "both",
                      "any", "no", "some"}
_ZERO_PLASTIC = re.compile(r"\bzero[- ]plastic\b", re.IGNORECASE)
# a topic header ("Sustainability: the legs are FSC certified"): what the bullet is about, no claim of the whole
# ("Responsible sourcing – the palm-derived emulsifier is RSPO certified", "Recycled content – the inner pouch is ...")
_TOPIC_HEADER = re.compile(r"^\W*(sustainability|environment|eco[- ]credentials|"
                           r"environmental (impact|credentials|info\w*)|responsible sourcing|recycled content|sourcing)"
                           r"\s*(:|\s[\u2013\u2014-]\s)", re.IGNORECASE)
topic_header = occurs(_TOPIC_HEADER)
# ... or an attribute keyword that opens the segment ("Organic duvet set – the pillowcases are organic cotton")
_LEAD_KEYWORD = re.compile(r"^\W*((a|an|our)\s+)?((100\s?%|fully|entirely|completely)\s+)?(made (with|from|of)\s+)?"
                           r"(?P<kw>recycled|upcycled|recyclable|organic|biodegradable|compostable|plastic[- ]free|"
                           r"renewable|ocean[- ](bound[- ])?plastic|non[- ]?toxic)\b", re.IGNORECASE)
# what the part's own words must carry for a lead keyword: its stem ("ocean-plastic" -> "ocean "), or for upcycled
# either stem ("Upcycled bag – its strap is recycled seatbelt webbing")
_LEAD_STEMS = {"upcycl": ("upcycl", "recycl"), "recycl": ("recycl", "pcr", "post-consumer", "post consumer"),
               # "Non-toxic pot: the lid knob is BPA-free nylon"
               "non to": ("free", "non-toxic", "non toxic"), "nontox": ("free", "non-toxic", "non toxic"),
               # "Biodegradable lip balm – the paper tube is home compostable in 12 weeks"
               "biodeg": ("biodeg", "compost"), "compos": ("compost", "biodeg")}
# a material that carries a recyclable lead ("Fully recyclable tablet: the back panel is aluminium")
_RECYCLABLE_MATERIAL = re.compile(r"\s*(is |are )?(made (of|from) )?(\d+\s?% )?(anodi[sz]ed |brushed |solid )?"
                                  r"(aluminium|aluminum|steel|glass|tin|paper|cardboard|PP|PET|HDPE)\b", re.IGNORECASE)
# a certificate that speaks to breaking down (not FSC wood behind "Compostable hairbrush: the handle is FSC ...")
_DEGRADES_CERT = re.compile(r"compost|biodegrad|EN ?13432|ASTM ?D ?6400|\bBPI\b|seedling", re.IGNORECASE)
# ... or before what it stands or sits in ("Lakshmi Idol on Lotus Base", "Candle in Glass Jar")
_TITLE_PRODUCT = re.compile(r"\s+with\s+|[,(|:\u2013\u2014\u3010]|\s[-/]\s|"
                            r"\s+(on|in)\s+(?=([\w-]+\s+){0,2}(base|stand|jar|tin|tray|plate|pedestal|holder)s?\b)",
                            re.IGNORECASE)
# the noun a FAQ asks about ("Q: Is this handle eco-friendly?")
_ASKED_NOUN = re.compile(r"\b(is|are) (this|these|the|its) ([\w'\u2019-]+ ){0,2}(?P<noun>[\w-]+)\s*$", re.IGNORECASE)
# what a FAQ about the packaging asks ("Q: Is the packaging plastic-free? A: Yes, it ships in a cloth bag.")
_PACK_NOUN = re.compile(r"packaging|package|pack|box|mailer|wrapping|wrap|carton|parcel", re.IGNORECASE)
# the pack a title names after a quantity ("Biryani Masala 50 g Tin", "Chakki Atta 25 kg Jute Bag")
_PACK_OF_PRODUCT = re.compile(r"\b\d+(\.\d+)?\s?(g|gm|gms|kg|ml|l|ltr|litres?|liters?|oz|lb)\s+([\w-]+\s+)?"
                              r"(tin|jar|pouch|bottle|box|pack|bag|can|sack|tub|carton)s?\b", re.IGNORECASE)
# the part after "thanks to its ..." ("... thanks to its 30% recycled polypropylene container")
_THANKS_PART = re.compile(_PART + r"|containers?", re.IGNORECASE)


def title_product(title: str) -> str:
    """The product a title names: its first chunk, before "with", a comma, bracket, colon or spaced dash/slash
    ("Steel Water Bottle" of "Steel Water Bottle 1 L, Blue"), lower-cased."""
    return _TITLE_PRODUCT.split(title, maxsplit=1)[0].lower()


def _before_for(product: str) -> str:
    """The product without what it is for ("case" of "camera-ring case for iphone 15 pro")."""
    return re.split(r"\s+(?:for|compatible with)\s+", product, maxsplit=1)[0]


# "Sustainable" or "Conscious" before the product's own noun in the title's first chunk ("Sustainable Digital
# Thermometer, ...", "Conscious Quilting Bundle"), where the word has no other sense; not a use ("for Sustainable
# Muscle Recovery") nor a compound ("Body-conscious")
_SUSTAINABLE = re.compile(r"(?<!\bfor )(?<!\bof )(?<![\w-])(sustainabl[ey]|conscious) (?=[\w-])"
                          r"(?!(energy|performance|power|comfort|"
                          r"focus|stamina|endurance|release|pace|growth|fuel|nutrition|speed|output|weight)\b)",
                          re.IGNORECASE)


_BAR_PARTS = {"bottom", "top", "side", "end", "weight", "cross", "tension", "grab", "support", "handle", "hanging"}


# a bullet that opens with "Sustainable" before the title's product ("Sustainable shade net", "Sustainable spoon: the
# flared handle stays steady") of a "... Shade Net 90%", a "... Risotto Spoon"
_SUSTAINABLE_LEAD = re.compile(r"^\W*(?P<term>sustainabl[ey]|conscious)\s+(?P<rest>[\w -]{1,40})", re.IGNORECASE)


def sustainable_noun(text: str, title: str) -> tuple[int, int] | None:
    """The span of "Sustainable" opening a bullet and said of the product the title names."""
    m = _SUSTAINABLE_LEAD.match(text)
    if m is None or within(m.start("term"), sense_spans(text)):
        return None
    product = [w.rstrip("s") for w in _WORD.findall(title_product(title))]
    words = [w.lower().rstrip("s") for w in m.group("rest").split()[:3]]
    return m.span("term") if product and product[-1] in words else None


def sustainable_product(title: str) -> tuple[int, int] | None:
    """The span of "Sustainable" or "Conscious" said of the product the title names: a generic claim however the
    heads read it."""
    product = title_product(title)
    m = _SUSTAINABLE.search(without_other_senses(title)[: len(product)])
    if m is None or not product[m.end():].strip() or is_negated(title, m.start()):
        return None
    return m.start(), m.end()


# A FAQ that asks of the product and is answered by one part or its box ("Q: Is this diffuser eco-friendly? A: Yes,
# the reeds are FSC-certified rattan", "Q: Is this MCB eco-friendly? A: Yes, it is an FSC Mix certified box")
_FAQ_WHOLE = re.compile(r"\b(is|are) (this|these|the|your) (?P<what>[\w-]+( [\w-]+)?) (?P<kw>(eco|planet|earth|"
                        r"environment(ally)?|nature)[- ]?friendly|sustainable|green)\s*\?\s*(A\s*[:.\u2013-]\s*)?"
                        r"yes\b\s*[,:.!\u2013-]?\s+(?P<ans>[^|]{0,80})", re.IGNORECASE)
# (what the part does: "A: Yes, its reel hub contains 40% recycled plastic", "its aerator limits flow to 5.7 L/min")
_ANSWER_PART = re.compile(r"(the|its|their) (?P<mods>([\w'\u2019-]+ ){0,2}?)(?P<part>[\w-]+) (is|are|contains?|uses?|"
                          r"limits?|can be|goes|go)\b", re.IGNORECASE)
_ANSWER_BOX = re.compile(r"(it|this|they) (is|are|comes?) (in )?(an? )?([\w-]+ ){0,4}?(box|packaging|pack|carton|"
                         r"mailer|wrap|wrapping|sleeve)\b", re.IGNORECASE)


def faq_whole_by_part(text: str, title: str) -> tuple[int, int] | None:
    """The span of the term a FAQ asks of the whole product when its answer gives one part or the box."""
    m = _FAQ_WHOLE.search(text)
    if m is None:
        return None
    product = [w.rstrip("s") for w in title_product(title).split()]
    asked = m.group("what").lower().split()[-1].rstrip("s")
    if asked not in product:
        return None  # the question asks about a part ("Is this zip eco-friendly?")
    part = _ANSWER_PART.match(m.group("ans"))
    noun = part.group("part").lower() if part else ""
    # the part is not the product, or only a word before it in the title ("the reeds" of a "Reed Diffuser")
    if part and noun.rstrip("s") != asked and not _WHOLE_NOUN.fullmatch(noun) and not _is_material(noun) and \
            (noun.rstrip("s") not in product or product.index(noun.rstrip("s")) < product.index(asked)):
        return m.span("kw")
    pair = f"{part.group('mods').split()[-1]} {noun}".lower() if part and part.group("mods") else ""
    if pair and _MINOR_PART_WORD.fullmatch(pair) and pair not in title_product(title).lower() and \
            not m.group("what").lower().endswith(pair):
        return m.span("kw")  # another item of the same name ("Is this bag eco-friendly? A: Yes, the dust bag is ...")
    return m.span("kw") if _ANSWER_BOX.match(m.group("ans")) else None


# a spec sheet's generic term that names its part ("Eco-Friendly Tag: Yes (recycled-paper hang tag)")
_LABEL_PART_YES = re.compile(r"\s+(?P<noun>[\w-]+)\s*:\s*(yes|y|true)\b", re.IGNORECASE)


def label_names_part(text: str, title: str) -> bool:
    """A spec row whose label is a generic term and a part not the product, answered yes: scoped to that part."""
    g = strong_generic(text)
    m = _LABEL_PART_YES.match(text, g[1]) if g else None
    if m is None:
        return False
    noun = m.group("noun").lower()
    return bool(_PART_WORD.fullmatch(noun) or _MINOR_PART_WORD.fullmatch(noun)) and \
        noun.rstrip("s") not in [w.rstrip("s") for w in title_product(title).split()]


_ASKED_KEYWORD = re.compile(r"\b(is|are) (this|these|the|it|they)(?P<what>( [\w-]+){0,2}?) "
                            r"(?P<kw>recyclable|compostable|biodegradable|plastic[- ]free|recycled|organic)\s*\?",
                            re.IGNORECASE)


def _asks_of_product(asked: re.Match[str], title: str) -> bool:
    """The FAQ's question is about the product: "this", "the set", or a noun of the title's product."""
    words = asked.group("what").lower().split()
    whole = [w.rstrip("s") for w in title_product(title).split()]
    return not words or words[-1] in ("set", "product", "item", "kit", "combo", "bundle", "one") or \
        words[-1].rstrip("s") in whole


_PACK_IS = re.compile(r"\b(packs?|packaging|packing|box(es)?|cartons?|wrap(per)?s?|bags?|pouch(es)?|sachets?)\s+"
                      r"(is|are)\s+(\w+\s+)?$", re.IGNORECASE)
# a whole noun that names a material ("Made With Non-Toxic Soft Material - ear cushions ..."), not the product itself
# ("Non-toxic cleaning kit: the spray bottle is BPA-free")
_MATERIAL_NOUNS = {"material", "fabric", "formula", "formulation", "composition", "ingredient", "blend", "liquid",
                   "body", "construction", "build", "design", "finish", "yarn", "fibre", "fiber", "content"}
# a part made of metal or glass, the reason for a plastic-free term ("Plastic-free lunch box: the three inner
# tiffins are SS 304")
_METAL_PART = re.compile(r"\s*(is |are )?(made (of|from) |in )?(\d+\s?% )?(food[- ]grade )?(SS ?\d{3}|"
                         r"stainless steel|steel|aluminium|aluminum|glass|borosilicate|cast iron|iron|copper|brass|"
                         r"ceramic|stoneware)\b",
                         re.IGNORECASE)


@memo
def the_part(text: str, title: str) -> tuple[int, int] | None:
    """The span of a generic (or whole-product impact) term whose reason, right after it, is "the <noun>" where the
    noun is not the product the title names: one part carrying the whole product's claim."""
    lead = _LEAD_KEYWORD.match(text)
    g = strong_generic(text) or first_match(without_other_senses(text), "generic_environmental") or \
        first_unnegated(_IMPACT_TERM, text) or first_unnegated(_ZERO_PLASTIC, text) or \
        (lead.span("kw") if lead else None)
    asked = _ASKED_KEYWORD.search(text) if g is None else None
    # "Q: Is the whole footstool recycled? A: Yes, the wool is 60% recycled.": the question asks of the whole
    whole_asked = asked is not None and re.search(r"\b(whole|entire)\b", asked.group("what"), re.IGNORECASE)
    if asked is not None:
        if not _asks_of_product(asked, title):
            return None  # the question asks about a part or the packaging, not the product
        g = asked.span("kw")
    if g is None or is_negated(text, g[0]):
        return None
    by_lead = lead is not None and g == lead.span("kw")
    compound = re.match(r"-[a-z]+\b(?!-)", text[g[1]:], re.IGNORECASE) if by_lead else None
    if compound:
        g = (g[0], g[1] + compound.end())  # "Recycled-plastic television: the rear cover ...": the compound is the term
    if _PACK_IS.search(text[: g[0]]):
        return None  # the term said of the packaging ("This Tikkaland pack is plastic-free: carton and inner wrap ...")
    if topic_header(text):
        return None  # "Sustainability: The legs are FSC certified (FSC-C054321)": a topic header, no claim of the whole
    if _WHOLE_COVERAGE.search(text):
        return None  # every part named ("Sustainable: base plate 100% recycled steel, ..., i.e. every part recycled")
    product = title_product(title)
    if not by_lead and _COMES_IN.match(text, g[1]):
        asked_pack = _ASKED_NOUN.search(text[: g[0]])
        if asked_pack and _PACK_NOUN.fullmatch(asked_pack.group("noun")):
            return None  # the question names the packaging it answers for
        return g  # the packaging as the reason ("Sustainable power bank, because it comes in a paper box")
    ships = _LEAD_SHIPS_IN.match(text, g[1]) if by_lead else None
    if ships:
        noun = ships.group("head").split()[-1].lower()
        if re.search(r"\b" + re.escape(noun.rstrip("s")), product) and not _PACK_NOUN.fullmatch(noun) and \
                not _ASPECT_NOUN.search(noun):
            return g  # the packaging carries the product's keyword ("Recyclable cap: it ships in ..." of a "Cap")
    lined = None if by_lead else _LINED_WITH.match(text, g[1])
    if lined and set(attribute_hits(lined.group("rest") or lined.group("on"))) - {"generic_environmental"}:
        return g  # "A planet-friendly wallet, lined with organic cotton"
    thanks = None if by_lead else _THANKS_TO.match(text, g[1])
    if thanks and _THANKS_PART.fullmatch(thanks.group("part")) and \
            set(attribute_hits(thanks.group("mods"))) - {"generic_environmental"} and \
            not re.search(r"\b" + re.escape(thanks.group("part").lower().rstrip("s")), product):
        return g  # "Earth-friendly battery, thanks to its 30% recycled polypropylene container"
    m = _THE_NOUN.match(text, g[1])
    if m is None:
        some = _CONTAINS_SOME.match(text, g[1]) if by_lead and lead else None
        if some and lead and some.group("kw").lower()[:5] == lead.group("kw").lower()[:5] and \
                not _WHOLE_NOUN.fullmatch(some.group("noun").split()[-1]):
            return g  # "Organic hair oil – contains organic amla": one ingredient carries the product's word
        return None
    words = m.group("part").lower().split()
    term_of = (text[g[0]:g[1]] + m.group("head")).lower().split()
    if not by_lead and term_of and term_of[-1] in ("brand", "company", "business") and \
            set(attribute_hits(m.group("rest"))) - {"generic_environmental"}:
        return g  # "Planet-conscious brand: this bottle is made from 100% recycled PET": the brand by one pack
    asked = _ASKED_NOUN.search(text[: g[0]]) if "?" in text[g[1]: m.start("part")] else None
    if asked and asked.group("noun").lower().rstrip("s") in [w.rstrip("s") for w in words]:
        # "Q: Is this handle eco-friendly? A: Yes, its handles are ...", "Q: Is this zip eco-friendly? A: Yes, its zip
        # tape is ...": the question names the part
        return None
    if asked and _PART_WORD.fullmatch(asked.group("noun")) and \
            not re.search(r"\b" + re.escape(asked.group("noun").lower().rstrip("s")), product):
        return None  # the question asks of a part, not the product ("Q: Is the remote eco-friendly? A: Yes, its shell")
    if m.group("oneof") and set(attribute_hits(m.group("rest"))) - {"generic_environmental"}:
        return g  # "Organic fabric bundle: one of the 10 fat quarters is GOTS-certified organic cotton"
    last = words[-1]
    if len(words) > 1 and (last in ("fabric", "fabrics", "material", "materials", "yarn", "kit", "kits", "set", "sets",
                                    "piece", "pieces")
                           or (_is_material(last) and _PART_WORD.fullmatch(words[-2]))):
        # "comfort liner fabric 50% recycled polyester": the liner; "the applicator kit": an accessory; "the dial wood"
        last = words[-2]
    if whole_asked and not _WHOLE_NOUN.fullmatch(last) and not _NOT_A_PART.match(m.group("part")):
        return g  # ... and the answer gives one material or part
    # (a blind's "bottom bar" is a part, a soap's "bar" the product)
    bar_part = last in ("bar", "bars") and len(words) > 1 and words[-2] in _BAR_PARTS
    if (_WHOLE_NOUN.fullmatch(last) and not bar_part) or _is_material(last) or _NOT_A_PART.match(m.group("part")) or \
            (words[0] in _WHOLE_DETERMINERS and not (words[0] in ("each", "every") and _PART_WORD.fullmatch(last))):
        return None  # "this TV is made with ...", "every case is offset ...": the product itself
    certified = CERT_WORD.search(text[m.start("part"):])
    if certified and by_lead and lead and lead.group("kw").lower()[:4] in ("biod", "comp") and \
            not _DEGRADES_CERT.search(text[m.start("part"):]):
        certified = None  # the part's certificate says nothing of breaking down
    if (certified and (by_lead or re.search(r"\d\s?%", text[m.start("part"):]))) or \
            _HEADER_HEAD.match(m.group("head").strip()):
        # a certified part says what its keyword covers ("Organic duvet set – the pillowcases are GOTS certified"),
        # and a certified share what the term stands on ("Eco-Conscious Build: the case shell contains 35% recycled
        # plastic (ECVP certificate ...)"), but one part's certificate alone does not make the whole product green
        # ("Sustainable guitar - the neck is FSC-certified maple"); "Recycled Content – Outer shell ..." is a header
        return None
    rest = m.group("rest")
    if lead and by_lead:
        if not m.group("head").strip():
            return None  # a header alone ("OCEAN BOUND PLASTIC - Top cloth woven with ..."): no product named
        said_of = m.group("head").split()[-1].lower()
        if lead.group("kw").lower().startswith("non") and said_of.rstrip("s") in _MATERIAL_NOUNS:
            return None  # said of a material, not the product ("Made With Non-Toxic Soft Material - ear cushions ...")
        key = lead.group("kw").lower().replace("-", " ")[:6]
        if not any(k in rest.lower() for k in _LEAD_STEMS.get(key, (key,))) and \
                not (key[:4] in ("biod", "comp", "plas") and (_NATURAL_PART.match(rest) or m.group("degrades"))) and \
                not (key[:4] == "plas" and _METAL_PART.match(rest) and
                     re.search(r"\b" + re.escape(said_of.rstrip("s")), product)) and \
                not (lead.group("kw").lower() == "recyclable" and _RECYCLABLE_MATERIAL.match(rest)):
            return None  # the part must carry the keyword itself ("... – the pillowcases are organic cotton")
    elif not (set(attribute_hits(rest)) - negated_attributes(rest) or _NATURAL_PART.match(rest) or
              re.match(r"\s*(as|(be )?(reused|refilled|repurposed))\b", rest) or default_registry().find(rest) or
              _RECLAIMED.search(rest)):
        return None  # nothing said of the noun that could carry the claim
    head = (text[g[0]:g[1]] + m.group("head")).lower().split()  # "Sustainable packaging" names its own noun
    own_noun = head and not re.search(r"\b" + re.escape(head[-1].rstrip("s")), product)
    said_again = re.search(r"\b" + re.escape(head[-1].rstrip("s")), rest, re.IGNORECASE) if head else None
    if own_noun and ((_is_material(head[-1]) and said_again) or head[-1].rstrip("s") == words[-1].rstrip("s")):
        # the term names a material its reason names again ("MADE WITH RECYCLED FIBRES: ... use recycled fibres in the
        # yarn"; not "Made with recycled plastic: remote control housing 20% recycled") or the very part its reason
        # names ("Recycled back panel: the back panel is made from 30% recycled aluminium"), not the product
        return None
    if head and (_PART_WORD.fullmatch(head[-1]) or _ASPECT_NOUN.fullmatch(head[-1])) and \
            not re.search(r"\b" + re.escape(head[-1].rstrip("s")) + r"(e?s)?\b", product):
        return None  # the term names a part or an aspect itself ("Sustainable packaging: the mailer boxes are ...")
    stem = last[:-3] + "y" if last.endswith("ies") else last.rstrip("s") if len(last) > 3 else last  # batteries
    pair = " ".join(words[-2:])
    if len(words) > 1 and _MINOR_PART_WORD.fullmatch(pair) and pair not in product:
        return g  # "Recycled sling bag \u2013 the dust bag it ships in is ..." of a "Sling Bag"
    product = _PACK_OF_PRODUCT.sub("", product)  # "Biryani Masala 50 g Tin": the tin holds the product
    nouns = _before_for(product).split()  # "Case for iPhone 15"
    if head and nouns and len(head) > 1 and head[-1].rstrip("s") == nouns[-1].rstrip("s") != stem.rstrip("s"):
        return g  # the term names the product, the title the part only as a modifier ("Sustainable bracelet – the
        # beads are FSC-certified wood" of a "Wooden Bead Stretch Bracelet")
    if re.search(r"\b" + re.escape(stem) + r"(e?s)?\b(?!-)", product) or (head and head[-1].rstrip("s") == stem):
        # the noun is the product ("Eco-friendly: the bottle is ..." of a "Steel Water Bottle"), not a word of a
        # compound ("our kiln runs on ..." of "Kiln-Fired Diyas")
        return None
    return g


# a sourcing or fair-trade term said of the product, then one ingredient or part certified ("Responsibly sourced
# chocolate \u2013 the sugar is Bonsucro certified", "Fair trade massage oil: the shea butter (3%) is Fairtrade
# certified"); not a header with no product named ("FAIRTRADE: the green coffee is Fairtrade certified")
_SOURCED_BY_ONE = re.compile(
    r"^\W*(?P<term>responsibly (sourced|made)|ethical(ly (sourced|made))?|fair[- ]?trade|fairly traded)"
    r"(\s+and\s+[\w-]+)?\s+(?P<noun>[\w-]+(\s+[\w-]+)?)\s*[:\u2013\u2014-]\s*(the|its|our)\s+"
    r"(?P<part>([\w'\u2019-]+\s+){0,2}?[\w-]+)\s+(\([^()]{1,20}\)\s+)?(is|are)\s+"
    r"(?P<how>([\w-]+\s+){0,3}?(certified|from)\b)", re.IGNORECASE)


@memo
def sourcing_by_one(text: str, title: str) -> tuple[int, int] | None:
    """The span of a sourcing or fair-trade term said of the title's product when its reason is one ingredient or
    part that is certified: one part stretched to the whole."""
    m = _SOURCED_BY_ONE.match(text)
    if m is None or is_negated(text, m.start("term")):
        return None
    product = {w.rstrip("s") for w in _WORD.findall(title_product(title))}
    noun = m.group("noun").lower().split()[-1].rstrip("s")
    part = re.sub(r"['\u2019]s?$", "", m.group("part").lower().split()[-1]).rstrip("s")
    if noun not in product or part in product or _WHOLE_NOUN.fullmatch(part) or part == noun:
        return None  # a header, or the part is the product itself ("... – the coffee is Fairtrade certified")
    return m.span("term")

@memo
def material_part_scoped(text: str) -> tuple[int, int] | None:
    """The span of a whole-product material claim whose explanation is one minor part."""
    m = _MATERIAL_BY_PART.match(text)
    if m is None or _PART_WORD.search(m.group("head")) or is_negated(text, m.start("kw")):
        return None
    if m.group("kw").lower()[:6] not in text[m.end(): m.end() + 60].lower():  # the part carries the claim
        return None
    return m.start("kw"), m.end("kw")


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


_MINOR_PART_BEFORE = re.compile(r"\b" + _MINOR_PART + r"(\s+[\w-]+){0,2}\s+(is|are|made|use[sd]?|comes?|contains?|with|"
                                r"certified|printed|moulded|molded|spun|woven|cast|forged|knitted|biodegrades?|"
                                r"composts?|decomposes?|breaks? down)\b"
                                r"[^.;:|\n]{0,40}$",
                                re.IGNORECASE)


# "zero plastic in the packaging", "recycled content of the mailer"
_MINOR_PART_IN = re.compile(r"[\w-]+(\s+[\w-]+)?\s+(in|of|for|on) (the |its |our |this )?(\w+ )?" + _MINOR_PART + r"\b",
                            re.IGNORECASE)


_TITLE_SCOPE = re.compile(r"(\bwith|\bin|\band|\bincl\w*|,|[-\u2013\u2014(|+&])\s*(\d{1,3}\s?%\s*)?$", re.IGNORECASE)


_TITLE_CHUNK = re.compile(r"[,|(/:\u2013\u2014]|\s-\s", re.IGNORECASE)


_MINOR_PART_JUST_BEFORE = re.compile(r"^\W*((the|its|our|outer|inner|retail|shipping)\s+)*" + _MINOR_PART + r"\s+$",
                                     re.IGNORECASE)
# minor parts that open the clause, the keyword right after them with no verb
_MINOR_PARTS_OPEN = re.compile(r"^\W*((the|its|our|outer|inner)\s+)?([\w-]+\s+)?" + _MINOR_PART +
                               r"((\s*,\s*|\s+(and|&)\s+)([\w-]+\s+)?" + _MINOR_PART + r")*\s+$", re.IGNORECASE)
_DEGRADE_VERB = re.compile(r"(biodegrades|composts|decomposes|breaks down|is (recyclable|compostable|biodegradable))\b",
                           re.IGNORECASE)


_HOLDER_LABEL = re.compile(r"\b(certificate|licen[cs]e|licensee|certification)\s+holder\b", re.IGNORECASE)


def _part_mention(text: str, start: int) -> bool:
    """Whether the attribute keyword at ``start`` is said of one part: under a part label ("Outer box:
    recyclable cardboard"), right before a part ("compostable paper mailer") or after one ("the laces
    are made from recycled PET")."""
    if _WHOLE_COVERAGE.search(text):
        return False  # "100% organic cotton including thread and border": the parts are named to cover the whole
    label = _PART_LABEL.match(text)
    if label and label.end() <= start and (_MINOR_PART_WORD.search(label.group("label")) or
                                           _PACK_LABEL.search(label.group("label"))) and \
            (not parts_together(label.group(0)) or all(_MINOR_PART_WORD.search(p) for p in
                                                        re.split(r"\s*(?:,|&|\band\b)\s*", label.group("label")))):
        return True  # "Lid: recycled PP"; "Cap and pump: recyclable at PP5 drop-off points" are two minor parts
    clause = after_last(CLAUSE_START, text[max(0, start - 80): start])
    if _MINOR_PART_JUST_BEFORE.search(clause) and _DEGRADE_VERB.match(text, start):
        return True  # "Outer box biodegrades in home compost": the part, then the keyword as its verb
    if _MINOR_PARTS_OPEN.match(clause):
        return True  # "Carton and paper insert recyclable in kerbside paper collection": the parts, then the keyword
    both = _WHOLE_AND_PART.search(clause)  # "bedsheet and pillow cover are 100% organic cotton": the whole set
    # ... and a main part with a minor one ("Outer shell and lining are made of 100% recycled polyester") is the body
    before = _MINOR_PART_BEFORE.search(clause) and not (both and not _MINOR_PART_WORD.search(both.group("first")))
    # the segment's subject is a part and the keyword closes it ("Drawstring bag made of jute, biodegradable")
    subject = _SUBJECT_PART.match(text[:start])
    return bool(_MINOR_PART_AFTER.match(text, start) or before or _MINOR_PART_IN.match(text, start) or subject)



# the component a mention is said of: a label ("Front bezel: 40% recycled ABS") or the subject before its verb
# ("Camera ring is 30% recycled aluminium", "Seat cushions filled with 40% recycled polyester fibre")
_COMPONENT = re.compile(r"^\W*(the |its |our )?(?P<comp>[A-Za-z][\w'\u2019-]*(\s+[A-Za-z][\w'\u2019-]*){0,2}?)\s*"
                        r"(:|\s(is|are|made|moulded|molded|contains?|filled|uses?)\b)", re.IGNORECASE)
# a share under 100% right before the keyword ("40% recycled ABS", "30% bonded recycled leather fibre")
_SHARE_BEFORE = re.compile(r"(?<![\d.])\d{1,2}(\.\d+)?\s?%\s+([\w-]+\s+)?$")
# the parts that are most of a product: without a share, a claim for them is one for the product
_MAIN_PARTS = {"shell", "frame", "upper", "sole", "body", "housing", "casing", "outer"}


def _stem(word: str) -> str:
    return re.sub(r"(ing|ed|e)$", "", re.sub(r"s$", "", word.lower()))


_PACKAGING_NOUN = re.compile(r"(box|boxes|cartons?|packs?|pouch(es)?|packaging|wrappers?|tins?)", re.IGNORECASE)


def _product_subject(text: str, start: int, product: str) -> bool:
    """The keyword at ``start`` is said of the product the title names, or its body, right before it ("COMFORT
    GRIP : ... and the mouse body made with recycled plastic" of a mouse): no part, whatever label leads the bullet."""
    noun = _WORD.findall(product)[-1:]
    if not noun or _PACKAGING_NOUN.fullmatch(noun[0]):
        return False  # (not the box a set comes in: "Recycled Diya Set of 6 in Gift Box")
    return re.search(r"\b" + re.escape(noun[0].rstrip("s")) + r"s?('s)?( (body|shell|housing|casing|frame|itself))?\s+"
                     r"(is |are )?(made|crafted|moulded|molded|built|produced)( (from|of|with|using|in))?\s+"
                     r"(\d+(\.\d+)?\s?%\s+)?$", text[max(0, start - 80): start], re.IGNORECASE) is not None


def _component_mention(text: str, start: int, product: str, said: str = "") -> bool:
    """Whether the keyword at ``start`` is said of one named component that is not the product ``product`` (the
    title's): a component given a share under 100% ("Outer jacket made with 20% recycled ABS" of a "Recycled
    Geyser"), or a known part named alone ("Filling: 100% recycled polyester fibre (cover: new cotton)"). ``said``:
    the title's words after its keyword; a component they name is what the title's keyword is about ("Paper backing:
    FSC Mix" of "FSC-Certified Paper Sanding Discs", "Slats: FSC-certified acacia" of an "FSC-Certified Acacia
    Bench", "Filling: ..." of a "Recycled Fibre Filled Pillow")."""
    m = _COMPONENT.match(text)
    if m is None or m.end() > start or _WHOLE_COVERAGE.search(text) or parts_together(text):
        return False
    comp = m.group("comp").lower()
    if re.search(r"\b(and|&)\b|,", comp) or _HOLDER_LABEL.search(comp):
        return False  # parts together make the body ("Shell and fill made from 100% recycled PET bottles"); who holds
        # the licence is no part ("Certificate holder: Amrudbagh Exports Pvt. Ltd., FSC licence FSC-C162347")
    last = re.sub(r"['\u2019]s?$", "", comp.split()[-1])
    if _WHOLE_NOUN.fullmatch(last) or _is_material(last) or _SPEC_LABEL.match(comp) or _HEADER_HEAD.search(last) or \
            _NOT_A_PART.match(comp) or _stem(last) in {_stem(w) for w in _WORD.findall(product)}:
        return False  # "Material: 40% recycled ...", "Fabric: ...", the product itself ("Mat: ..." of a "Yoga Mat")
    if _stem(last) in {_stem(w) for w in _WORD.findall(re.split(r"\bwith\b", said.lower())[0])}:
        return False  # the part the title names ("Blades: 50% recycled aluminium" of a "Recycled Aluminium Blade Fan")
    if _SHARE_BEFORE.search(text[:start]):
        return True
    named = {_stem(w) for w in _WORD.findall(said.lower())[:2] if w not in _NOT_NAMES}
    if named & ({_stem(w) for w in _WORD.findall(comp)} | {_stem(w) for w in _WORD.findall(text[start: start + 40])}):
        return False
    if m.group(0).rstrip().lower().endswith((" is", " are")) and \
            re.fullmatch(r"\s*((readily|fully|completely|inherently|100\s?%)\s+)?", text[m.end():start], re.IGNORECASE):
        return True  # the keyword given to the component outright ("Surfactants are readily biodegradable")
    return bool(_PART_WORD.fullmatch(last) or _PART_WORD.search(comp)) and last.rstrip("s") not in _MAIN_PARTS

# every part named as covered ("All parts incl. thread and labels: 100% organic cotton", "100% organic cotton
# including thread and border")
_WHOLE_COVERAGE = re.compile(r"\b(all|every) (parts?|components?|materials?|fibres|fibers)\b|"
                             r"\b(including|incl\.?|even|down to) (the |its |all )?([\w-]+ )?(threads?|stitching|"
                             r"sewing thread|labels?|trims?|borders?|pipings?|tags?|buttons?|zips?|zippers?|elastic|"
                             r"binding|lining)\b", re.IGNORECASE)


_SUBJECT_PART = re.compile(r"^\W*(the |its |a |an )?([\w-]+ ){0,2}?" + _MINOR_PART_NAMES + r" (is |are )?(made|woven|"
                           r"moulded|molded|crafted|cast) (of|from|with|in) [^.;:|\n]{0,40}?,\s*$", re.IGNORECASE)


_WHOLE_AND_PART = re.compile(r"\b(?P<first>[\w-]+)\s+(and|&)\s+(the\s+|its\s+)?([\w-]+\s+)?" + _MINOR_PART_NAMES +
                             r"\b", re.IGNORECASE)


# a pack under its label ("OUTER PACK: home compostable film"), not "Pack of 56" in a sentence
_PACK_LABEL = re.compile(r"\b((outer|inner|retail|master|shipping) (pack|packet|carton|case|film)|packets?)\b",
                         re.IGNORECASE)


_BRAND_WIDE = re.compile(r"\b(brand|company|range|business|collection|catalogue|catalog)\b", re.IGNORECASE)


def parts_named(text: str) -> set[str]:
    """The part words a segment names ("box and lid are made from ..." -> {"box", "lid"})."""
    return {m.group(0).lower() for m in _PART_WORD.finditer(text)}


_HEAD_THEN_PART = re.compile(r"^\W*(?P<head>[\w-]+(\s+[\w-]+){0,2})\s*[:\u2013\u2014-]\s*(only\s+)?(the|its)\s+"
                             r"(?P<part>([\w'-]+\s+){0,2}?" + _PART + r")\s+(is|are|was|were|made|uses?)\b",
                             re.IGNORECASE)


# the product named, then one part as its reason
_PRODUCT_BECAUSE_PART = re.compile(r"\b[\w-]+\s+(because|since|as|thanks to)\s+(the|its|our)\s+([\w-]+\s+)?" + _PART +
                                   r"\s+(is|are)\b", re.IGNORECASE)


_SHIPPED_IN = re.compile(r"\b(shipped|packed|packaged|delivered|dispatched|wrapped|boxed)\s+(in|with)\b", re.IGNORECASE)


# where the product is made, named as the reason: one step of the making, no part of the product
_MADE_AT = re.compile(r"\b(made|produced|manufactured|crafted|assembled|sewn|woven|printed|packed) (in|at) "
                      r"(our|the|a|an) "
                      r"([\w-]+ ){0,2}(workshop|factory|unit|plant|studio|mill|facility)\b", re.IGNORECASE)


_TERM_WORDS = re.compile(r"((eco|earth|planet|environment(al(ly)?)?|nature)[- ]?(friendly|conscious|safe)|sustainable|"
                         r"green(er)?|eco)", re.IGNORECASE)


def parts_are_the_product(text: str, title: str) -> bool:
    """Every part the segment names is named in the title too ("box and lid" of a "Storage Box with Lid",
    "cover and all 200 pages" of a "Notebook, 200 Pages, Kraft Cover"): the parts make the product."""
    parts = parts_named(text)
    low = title.lower()
    if _BRAND_WIDE.search(text):  # "a sustainable brand: our gift boxes are recycled" claims the brand
        return False
    if _WHOLE_FROM_PART.search(text):  # "..., which makes the whole smartwatch sustainable" claims the whole
        return False
    if _PRODUCT_BECAUSE_PART.search(text):  # "Eco-friendly freshener because the clip is reusable" of a "Vent Clip"
        return False
    if _SHIPPED_IN.search(text):  # "Sustainable wiper blades – shipped in recycled cardboard": the packing is no part
        return False
    if _MADE_AT.search(text):  # "Low-carbon lunch box: made in a solar-powered factory": a step of the making
        return False
    label = _LABEL_BY_PART.match(text) or _HEAD_THEN_PART.match(text)  # "Eco candle: the jar is made of recycled
    # glass" of an "Amber Jar Candle": the product named, then one part
    head_noun = _before_for(title_product(title)).split()[-1:]
    # (a label that is only the term, "Eco-friendly: the cover ...", says nothing but of the title's product)
    term_only = label is not None and _TERM_WORDS.fullmatch(label.group("head").strip()) is not None
    if label and not re.search(r"\b(and|&)\b|,", label.group("part")) and \
            label.group("part").split()[-1].lower().rstrip("s") not in label.group("head").lower() and \
            not (term_only and [label.group("part").split()[-1].lower().rstrip("s")] ==
                 [w.rstrip("s") for w in head_noun]):
        return False  # (unless the part is the title's own product: "the cover" of a "Washing Machine Cover")
    if {p.rstrip("s") for p in parts_named(title)} - {p.rstrip("s") for p in parts}:
        return False  # "handle made of FSC ash" of "Shears, SK5 Steel Blade, Ash Wood Handle": one part of two
    # (not a packing word: "Mattress ..., Box Packed" names no box of the product)
    found = [re.search(r"\b" + re.escape(p.rstrip("s")) + r"(e?s)?\b(?![- ]?pack)", low) for p in parts]
    if len(parts) == 1 and found[0] and (re.search(r"\bwith\s+([\w-]+\s+){0,3}$", low[: found[0].start()]) or
                                         _TITLE_CHUNK.search(low[: found[0].start()])):
        return False  # "Spatula Set with Beech Wood Handle", "Quartz Watch 38 mm, Rubber Strap": a part the title adds
    return bool(parts) and all(found)


# several parts named together as the subject ("pieces and box are made of ...", "Shell, lining and fill: ...",
# "Paper and cover: FSC Mix"): together they make the product, not one part of it
_PARTS_TOGETHER = re.compile(r"^\s*(the |its |all )?([\w-]+(\s+[\w-]+)?\s*(,|\band\b|&)\s*){1,3}(the |its |all )?"
                             r"[\w-]+(\s+[\w-]+)?\s*(:|are\b|is\b)", re.IGNORECASE)
parts_together = occurs(_PARTS_TOGETHER)


# a bracket that lists the body with its parts ("100% recycled cotton canvas (body and handles)"): the whole product
_BODY_AND_PARTS = re.compile(r"\s*\((the )?(main )?(body|shell|outer|whole [\w-]+|all parts)\s*(,|and|&)[^()]{1,60}\)",
                             re.IGNORECASE)


def without_body_list(text: str) -> str:
    """``text`` less the brackets that list the body with its parts ("(body and handles)")."""
    return _BODY_AND_PARTS.sub("", text)


# a part's label and its claim, then a generic term for the whole product after a dash ("Backplate: 50% recycled
# aluminium – a planet-friendly light", "Felt facing: 60% recycled PET – the greener choice for home studios")
_PART_THEN_TERM = re.compile(r"^\W*(?P<label>[A-Za-z][\w -]{0,25}?)\s*:\s*(?P<body>[^|:]{3,90}?)\s+[\u2013\u2014-]\s+"
                             r"(?P<tail>[^|]{3,90})$")
# ... or a part as the subject ("Hang tag printed on recycled paper \u2013 an eco-friendly shirt", "Crystal made of 20%
# recycled glass \u2013 a greener watch for every day")
_PART_SUBJECT_THEN_TERM = re.compile(r"^\W*(the |its |our )?(?P<label>[A-Za-z][\w -]{0,25}?)\s+((is|are) )?"
                                     r"(made|printed|woven|spun|moulded|molded|cut|crafted|sewn|knitted)\b"
                                     r"(?P<body>[^|:]{3,90}?)\s+[\u2013\u2014-]\s+(?P<tail>[^|]{3,90})$",
                                     re.IGNORECASE)


@memo
def part_then_term(text: str) -> tuple[int, int] | None:
    """The span of a generic term that follows one labelled part's own claim, said of the whole product."""
    m = _PART_THEN_TERM.match(text) or _PART_SUBJECT_THEN_TERM.match(text)
    if m is None or not _PART_WORD.search(m.group("label")) or _HEADER_HEAD.search(m.group("label").strip()):
        return None
    body, tail = m.group("body"), m.group("tail")
    if "generic_environmental" in attribute_hits(body) or not set(attribute_hits(body)) - {"generic_environmental"}:
        return None
    g = strong_generic(tail) or first_match(without_other_senses(tail), "generic_environmental")
    if g is None or is_negated(tail, g[0]):
        return None
    noun = re.match(r"\s*([\w-]+\s*){0,3}", tail[g[1]:])
    if noun and _PART_WORD.search(noun.group(0)):
        return None  # "Shade: organic cotton – an eco-friendly shade": the term is the part's own
    return m.start("tail") + g[0], m.start("tail") + g[1]


# a FAQ that asks about one part and answers with the same part ("Q: Is the saree fall eco-friendly? A: Yes, its fall
# is made from recycled cotton.")
_FAQ_OWN_PART = re.compile(r"\b(is|are) (this|these|the|its) ([\w-]+ )?(?P<noun>[\w-]+?)s? [^?|]{0,40}\?\s*"
                           r"(A\s*[:.\u2013-]\s*)?yes\b\s*[,:.!\u2013-]?\s+"
                           r"((the|its|their|this) ([\w-]+ )?(?P=noun)s?\b|"
                           # ... or by a pronoun for it ("Q: Is the filling eco-friendly? A: Yes, it is 100% recycled")
                           r"(it|they) (is|are)\b|it's\b|they're\b)",
                           re.IGNORECASE)


def faq_names_its_part(text: str) -> bool:
    """A question about one part, answered by that part: the claim is scoped to what the question names."""
    return _FAQ_OWN_PART.search(text) is not None


def names_no_part(text: str) -> bool:
    """No generic term and no part named: a claim about the product's whole material ("made from 100% recycled
    board"), which cannot stretch one part to the whole."""
    return first_match(text, "generic_environmental") is None and not _PART_WORD.search(text)


def names_its_part(text: str) -> bool:
    """Every (unnegated) attribute keyword in ``text`` is said of the part it names ("Cotton T-Shirt,
    Recycled Packaging", "Lid: recycled PP") and no generic term stretches it: a scoped claim."""
    if first_match(text, "generic_environmental") is not None:
        return False
    attrs, _ = compiled_patterns()
    hits = [m.start() for p in attrs for m in p.finditer(text) if not is_negated(text, m.start())]
    return bool(hits) and all(_part_mention(text, h) or _PART_AFTER.match(text, h) or _HYPHEN_PART.match(text, h)
                              for h in hits)


_HYPHEN_PART = re.compile(r"\w+-" + _PART + r"\b", re.IGNORECASE)  # "Recycled-Cover A5 Notebook"


# A composition given part by part ("Top cloth: 100% organic cotton|Base: anti-slip rubber", "OUTER SHELL:
# organic cotton canvas; inner filling: polyester wadding"): labels that name a part, not a spec field
_PART_CHUNK = re.compile(r"(?:^|(?<=[|;\n]))\s*(?P<label>[A-Za-z][A-Za-z &/-]{1,30}?)\s*:-?\s*(?P<body>[^|;\n]*)")
_SPEC_LABEL = re.compile(r"^(materials?|main material|fabric|composition|(special |key )?features?|care|size|colou?rs?|"
                         r"warranty|brand|model( name| number)?|capacity|wattage|power( consumption)?|dimensions?|"
                         r"(item )?weight|included components|in the box|country of origin|manufacturer|note|about|"
                         r"description|type|style|pattern|use|usage|ideal for|compatible( with)?|certifications?|"
                         r"packaging|package|sales package|eco|sustainability|why \w+)$", re.IGNORECASE)
_OTHER_MATERIAL = re.compile(r"\b(polyester|rubber|silicone|plastic|steel|nylon|PP|ABS|foam|wadding|alumin(i)?um|"
                             r"metal|new material|virgin|polyurethane|PU|PVC|iron|acrylic|plush|synthetic|latex|EVA|"
                             r"TPR|TPU|polypropylene|MDF|particle ?board|poly[- ]?\w+|viscose|rayon|chiffon|georgette|"
                             r"crepe|satin|velvet|spandex|elastane|lycra|acrylic|(solid |engineered )?(sheesham|mango|"
                             r"teak|oak|pine|walnut|acacia|rubber) ?wood|glass|marble|granite|stone|ceramic|"
                             r"art[- ]silk|"
                             r"silk|cotton|linen|wool|jute|leather)\b",
                             re.IGNORECASE)


# one ingredient of a formula ("Contains organic aloe vera extract" behind an "Organic Aloe Face Wash")
_INGREDIENT_BEFORE = re.compile(r"\b(contains?|containing|with|enriched with|infused with|added|"
                                r"(key|hero|star|active) ingredients?:)\s+([\w%.]+\s+){0,2}$",
                                re.IGNORECASE)
_INGREDIENT_AFTER = re.compile(r"[\w-]*(\s+[\w-]+){0,3}?\s+(extracts?|essential oils?|oils?|juice|essence|powder|"
                               r"butter)\b", re.IGNORECASE)


# "Contains 3% cold-pressed rosehip oil from organic farming"
_INGREDIENT_FROM = re.compile(r"\b(contains?|containing|with|enriched with|infused with)\b[^.;|]{0,40}\b"
                              r"(extracts?|oils?|butter|juice|essence|powder)\s+(from|of)\b[^.;|]{0,40}$",
                              re.IGNORECASE)


# an ingredient list ("Ingredients: aqua, glycerin, organic aloe vera juice (5%), shea butter")
_INGREDIENT_LIST = re.compile(r"(\b(ingredients?|composition|inci|key ingredients)\s*[:=-]|"
                              r"\b(aqua|water)\s*(\([^)]*\)\s*)?,)"
                              r"(?P<items>[^|.;]*)$", re.IGNORECASE)


def _in_ingredient_list(text: str, start: int) -> bool:
    """The keyword at ``start`` qualifies one item of an ingredient list that has items without it."""
    m = _INGREDIENT_LIST.search(text[max(0, start - 200): start])
    if m is None:
        return False
    end = re.search(r"[|.;]", text[start:])
    items = [i for i in re.split(r",|\band\b", m.group("items") + text[start: start + (end.start() if end else 400)])
             if i.strip()]
    word = text[start: start + 5].lower()
    return len(items) >= 3 and any(word not in i.lower() for i in items)


def _ingredient(text: str, start: int) -> bool:
    before = text[max(0, start - 100): start]
    return bool((_INGREDIENT_BEFORE.search(before[-40:]) and _INGREDIENT_AFTER.match(text, start)) or
                _INGREDIENT_FROM.search(before) or _in_ingredient_list(text, start))


def _part_chunks(parts: list[str]) -> list[tuple[str, str, int, int]]:
    """(label, text, body start, body end) of each part-labelled chunk of the description."""
    out = []
    for text in parts:
        for m in _PART_CHUNK.finditer(text):
            label = " ".join(m.group("label").split())
            # (an eco header names the topic, not a part: "Eco-friendly: 100% recycled PET, GRS certified")
            eco_header = first_match(label, "generic_environmental") is not None and not _PART_WORD.search(label)
            if len(label.split()) <= 4 and not _SPEC_LABEL.match(label) and not eco_header:
                out.append((label.lower(), text, m.start("body"), m.end("body")))
    return out


_WORD = re.compile(r"[a-z]{3,}")
_SET_WORD = re.compile(r"\b(set|combo|kit|bundle|outfit)\b", re.IGNORECASE)
_MATERIAL_NAMES = {"cotton", "polyester", "wool", "linen", "silk", "nylon", "viscose", "bamboo", "hemp", "jute",
                   "paper", "plastic", "rubber", "leather", "steel", "aluminium", "glass", "wood", "fabric", "fibre",
                   "fiber", "yarn", "pet", "pulp", "timber"}


def _is_material(word: str) -> bool:
    """A material's name ("cotton", "fibres"); not "fabric", which ends a part's name ("the canopy fabric")."""
    word = word.lower()
    return word != "fabric" and (word in _MATERIAL_NAMES or word.rstrip("s") in _MATERIAL_NAMES)


# the seller says what the rest is ("The keycaps and the bottom case are made with recycled plastic, the rest of the
# keyboard is standard ABS"): the claim is scoped to its parts, not stretched to the whole
_REST_SAID = re.compile(r"\b(the )?(rest|remainder|other parts?|remaining parts?)"
                        r"( of (the|this|its) [\w-]+( [\w-]+)?)? "
                        r"(is|are) (standard|regular|ordinary|virgin|conventional|not|non-recycled|new|normal)\b",
                        re.IGNORECASE)
rest_said = occurs(_REST_SAID)


def material_said_again(text: str) -> bool:
    """A lead keyword and material as a header that the reason names again ("MADE FROM RECYCLED PAPER : Inside pages
    are made from recycled paper"): a claim about the material, not the whole product stretched from a part."""
    lead = _LEAD_KEYWORD.match(text)
    if lead is None:
        return False
    head = re.match(r"[\s-]*(?P<noun>[\w-]+)\s*(:|\s[\u2013\u2014-]\s)", text[lead.end("kw"):])
    if head is None or not _is_material(head.group("noun")):
        return False
    rest = text[lead.end("kw") + head.end():]
    return re.search(r"\b" + re.escape(lead.group("kw")) + r"\s+" + re.escape(head.group("noun")) + r"\b", rest,
                     re.IGNORECASE) is not None


def _one_part_of_several(patterns: list[re.Pattern[str]], mentions: list[tuple[str, int]], parts: list[str],
                         said: str = "") -> bool:
    """Every mention sits under a part label, and another part label gives a different material without the
    keyword: the attribute belongs to that part, not to the product. ``said``: what the title says the keyword
    of ("Organic Cotton Canvas" names the canvas that "Upper: organic cotton canvas" is about: scoped)."""
    chunks = _part_chunks(parts)
    inside = {label for label, text, a, b in chunks for t, s in mentions if t is text and a <= s < b}
    if not inside or any(not any(t is text and a <= s < b for _, text, a, b in chunks) for t, s in mentions):
        return False
    # what the title names beyond the material ("Organic Cotton Canvas" names a canvas; "Organic Cotton Baby
    # Romper" no piping)
    # (not what it adds after "with": "Organic Saree with Blouse Piece" names a saree)
    named = set(_WORD.findall(re.split(r"\bwith\b", said.lower())[0])) - _NOT_NAMES - _MATERIAL_NAMES
    if _SET_WORD.search(said):
        named = set()  # "Organic Cotton Kurta Set": the claim is the set's, not the kurta's
    if any(named & set(_WORD.findall(f"{label} {text[a:b]}".lower())) for label, text, a, b in chunks
           if label in inside):
        return False
    return any(label not in inside and not any(p.search(text[a:b]) for p in patterns) and
               _OTHER_MATERIAL.search(text[a:b]) for label, text, a, b in chunks)


_MADE_OF = re.compile(r"\b(made|crafted|produced|manufactured) (from|of|with|using)\s*$", re.IGNORECASE)


def _natural_part_of_several(parts: list[str]) -> bool:
    """One part label gives a natural material that would break down ("Handle: natural bamboo") and another a
    material that does not ("Bristles: nylon 6"): a title's degradability word stretches the one to the whole."""
    chunks = _part_chunks(parts)
    natural = [label for label, text, a, b in chunks if _NATURAL_PART.match(text[a:b])]
    return bool(natural) and any(label not in natural and _LASTING_MATERIAL.match(text[a:b])
                                 for label, text, a, b in chunks)


_LASTING_MATERIAL = re.compile(r"\s*(\d+\s?% )?(polyester|silicone|plastic|steel|stainless steel|nylon[- ]?\d*|PP|ABS|"
                               r"PBT|polypropylene|PVC|PE|TPR|TPU|EVA|acrylic|polyurethane|PU|aluminium|aluminum|"
                               r"synthetic|foam|metal|melamine)\b", re.IGNORECASE)


def _title_rest(title: str, start: int, end: int) -> str:
    """The words after a title keyword, up to the end of its title chunk: what the keyword is said of
    ("Recycled Rubber Mouse Pad"); nothing when the product is said to be made of it ("Sofa Made from
    Recycled Bottles")."""
    if _MADE_OF.search(after_last(_TITLE_CHUNK, title[:start])):
        return ""
    m = _TITLE_CHUNK.search(title, end)
    return title[end: m.start() if m else len(title)]


def _confirmed(pattern: re.Pattern[str], title: str, hit: tuple[int, int], parts: list[str] | tuple[str, ...]) -> bool:
    named = _stems(_title_rest(title, *hit))
    # "Ironing Board - Organic Cotton" names only a material, which "Cover: ..." gives to one part ("Outer Fabric
    # from 100% Recycled PET" names its part before the keyword)
    if not named - _MATERIAL_NAMES and not _stems(after_last(_TITLE_CHUNK, title[: hit[0]])) and \
            _under_part_labels([(p, m.start()) for p in parts for m in pattern.finditer(p)], list(parts), True):
        return False
    return bool(named) and any(pattern.search(p) and named <= _stems(p) for p in parts)


def _stems(text: str) -> set[str]:
    return {w.rstrip("s") for w in _WORD.findall(text.lower())} - _NOT_NAMES


_NOT_NAMES = {"and", "with", "the", "for", "made", "from", "pack", "certified", "certification", "approved", "friendly",
              "free", "based", "material"}


def _title_material_hits(title: str) -> Iterator[tuple[str, re.Pattern[str], tuple[int, int]]]:
    """(attribute, its keyword pattern, the span) of each material attribute the title claims, unnegated."""
    attrs, _ = compiled_patterns()
    plain = without_other_senses(title)  # "Kitchen Compost Bin ... with 25 Compostable Liners": the bin is no claim
    # a public organic label the title names certifies the whole product ("USDA Organic Body Wash": 95% or more)
    schemes = [(c.start, c.end) for c in default_registry().find(title)
               if c.scheme.scheme_type == "public_authority" and "organic" in c.scheme.attributes]
    for name in _TITLE_PART_ATTRS:
        pattern = attrs[ATTRIBUTES.index(name)]
        hit = first_unnegated(pattern, plain)
        if hit is not None and not any(a <= hit[0] < b for a, b in schemes):
            yield name, pattern, hit


def title_claim_confirmed(title: str, parts: tuple[str, ...]) -> bool:
    """A title's material claim names what it is about ("Combo ... - Recycled Rubber Mouse Pad", "Recycled
    Paperboard Refills") and a bullet about that same thing carries the claim ("MOUSE PAD: base made of
    100% recycled rubber"): the claim is scoped to that item, not stretched to the product."""
    return any(_confirmed(pattern, title, hit, parts) for _, pattern, hit in _title_material_hits(title))


# a whole-product word right before the title's keyword ("Made from 100% Recycled Materials", "Fully Compostable")
_WHOLE_BEFORE = re.compile(r"\b(100\s?%|fully|entirely|completely|wholly|all)\s+$", re.IGNORECASE)
# a scheme's own tag or logo after its acronym ("GRS tag attached inside"): no part of the product
_SCHEME_TAG = re.compile(r"(?<=[A-Z])\s+(tags?|labels?|logos?|marks?|badges?|stickers?)\b")
# a part the keyword is denied of, right before it ("the pump is not recyclable")
_PART_DENIED = re.compile(r"\b(the|its|our) ([\w-]+ )?" + _PART + r" (is|are) not( [\w-]+)?\s+$", re.IGNORECASE)


def _under_part_labels(mentions: list[tuple[str, int]], parts: list[str], part_names_only: bool = False) -> bool:
    """Every mention sits under a label that names a part ("OUTER SHELL: ... 100% recycled PET"); with
    ``part_names_only``, a label that is a known part's name ("Cover: 100% organic cotton")."""
    chunks = [c for c in _part_chunks(parts) if not part_names_only or _PART_WORD.search(c[0])]
    return bool(mentions) and all(any(t is text and a <= s < b for _, text, a, b in chunks) for t, s in mentions)


def _names_a_part(title: str, start: int) -> bool:
    """The title keyword at ``start`` is said of a part named after it ("..., Recycled-Plastic Handle"), not of
    the product the title named before it ("Lunch Box 1 L, Recycled Plastic Box")."""
    m = _PART_AFTER.match(title, start)
    if m is None:
        return False
    part = m.group(0).split()[-1].lower().rstrip("s")
    return re.search(r"\b" + re.escape(part), title[:start], re.IGNORECASE) is None


# the title's keyword qualifies an ingredient it names ("RSPO Certified Palm Oil Soap Bar", "Soap with Organic
# Argan Oil")
_TITLE_INGREDIENT = re.compile(r"(\s+[\w-]+){0,3}?\s+(?<!face )(?<!hair )(?<!body )(?<!beard )(?<!baby )(?<!massage )"
                               r"(oils?|extracts?|butter|juice|essence)\b(?=\s+\w)", re.IGNORECASE)


# the title's keyword right after "with" is said of what the title adds ("Face Cream with Organic Aloe Vera"), unless
# "with" says what the product is made with ("Tote Bag Made with Recycled Plastic")
_WITH_ADDED = re.compile(r"(?P<verb>[\w-]+)\s+with\s+(\d+\s?%\s+)?$", re.IGNORECASE)
_MAKING_VERBS = {"made", "crafted", "produced", "built", "manufactured", "designed", "created", "woven", "knitted",
                 "stuffed", "filled", "printed"}


_UNIT = re.compile(r"(mm|cm|m|ml|l|kg|g|gm|inch|inches|in|ft|pcs|pc|pack|set|oz|lbs?|w|v|mah)", re.IGNORECASE)
# the product's own main material under its label ("Strap webbing:" of a watch strap)
_MAIN_MATERIAL = r" (webbing|fabric|material|yarn)"


# what a product of that noun is made of, all of it ("Webbing: 100% recycled polyester" of a "Sport Strap", "Cord
# certified to GOTS" of a "Macrame Plant Hanger")
_ALL_MADE_OF = {"strap": {"webbing"}, "loop": {"webbing"}, "band": {"webbing"}, "belt": {"webbing"},
                "collar": {"webbing"}, "lanyard": {"webbing", "cord"}, "leash": {"webbing", "rope"},
                "hanger": {"cord", "rope"}}
_LEAD_NOUN = re.compile(r"\s*(?P<label>[\w-]+)\s+(certified|is|are)\b", re.IGNORECASE)


def _carries_material(text: str, start: int, material: str, title: str) -> bool:
    """The keyword at ``start`` is said of ``material`` as such: under the material's own label ("Paper: 100%
    recycled") or before the material and a noun of the title's product ("100% recycled polyester thread" of
    "Recycled Polyester Overlock Thread Cones")."""
    label = re.match(r"\W*(?P<label>[\w -]{1,25}?)\s*[:=]", text)
    if label and label.end() <= start:
        named = label.group("label").lower().split()[-1]
        if named.rstrip("s") in (material.rstrip("s"), "material"):
            return True
        if _PART_WORD.fullmatch(named) or _MINOR_PART_WORD.fullmatch(named):
            return False  # under a part's label ("Lining: organic cotton (lehenga and choli)")
    after = _WORD.findall(text[start: start + 50].lower())[1:4]
    product = {w.rstrip("s") for w in _WORD.findall(title_product(title))}
    # (the noun right after the material: not "organic cotton (licence ...), 4 bibs in printed cotton-polyester")
    return material in after and any(w.rstrip("s") in product for w in after[after.index(material) + 1:][:1])


def _product_label(text: str, title: str) -> bool:
    """``text`` opens with a label that names the title's product and its main material ("Strap webbing: ..." of a
    "Recycled Nylon Watch Strap"), the product itself ("Cover: ..." of a "Cushion Cover") or what all of it is made
    of ("Webbing: ..." of a "Sport Strap"), and the title is no set of several items."""
    product = re.split(r"\s+for\s+", title_product(title))[0]  # "Sport Loop for Fitbit Charge 6/5": the loop
    words = [w for w in product.split() if w.isalpha() and not _UNIT.fullmatch(w)]
    label = _PART_LABEL.match(text) or _LEAD_NOUN.match(text)
    if not words or label is None or _SET_WORD.search(title):
        return False
    named = label.group("label").strip().lower()
    noun = words[-1].rstrip("s")
    return re.fullmatch(re.escape(noun) + r"(e?s)?(" + _MAIN_MATERIAL + r")?", named) is not None or \
        named in _ALL_MADE_OF.get(noun, ())


# A bullet's label that calls the product (the title's own noun) compostable or recyclable while another bullet
# has a part taken off first ("Compostable toothbrush: bamboo, home compostable ..." and "Bristles: nylon-6 \u2013 pull
# out before composting")
_PRODUCT_LABEL = re.compile(r"^\W*(?P<kw>(home[- ])?compostable|biodegradable|recyclable)\s+(?P<head>[\w-]+)\s*"
                            r"[:\u2013\u2014-]", re.IGNORECASE)
_REMOVED_FIRST = re.compile(r"\b(pull(ed)? (them |it )?out|remove[ds]?|take (them |it )?(out|off)|detach|"
                            r"cut (them |it )?off)\b[^|.;]{0,30}?\bbefore "
                            r"(?P<step>composting|disposal|disposing|binning|recycling)",
                            re.IGNORECASE)


@memo
def label_over_removed_part(text: str, title: str, bullets: tuple[str, ...]) -> tuple[int, int] | None:
    """The span of a bullet label's keyword that calls the product itself compostable or recyclable when another
    bullet says a named part must come off before composting or recycling: one part's keyword stretched to the
    whole."""
    label = _PRODUCT_LABEL.match(text)
    if label is None or _PART_WORD.fullmatch(label.group("head")) or \
            not re.search(r"\b" + re.escape(label.group("head").lower().rstrip("s")), title.lower()):
        return None
    recycling = label.group("kw").lower().startswith("recycl")
    for bullet in bullets:
        if bullet == text:
            continue
        removed = _REMOVED_FIRST.search(bullet)
        if removed and (removed.group("step").lower() == "recycling") == recycling:
            return label.span("kw")
    return None


# the title's keyword said of the packaging it names ("Earbuds ... | Plastic Free Retail Box, FSC Certified")
# (a box that is the product is no packaging: "Lunch Box 1 L, Recycled Plastic Box", "Plastic-Free Banana Chips Gift
# Box")
_PACKAGING_WORD = r"(packag\w*|packing|(retail|outer|shipping) box(es)?|cartons?|mailers?)\b"
_PACKAGING_AFTER = re.compile(r"[\s-]*" + _PACKAGING_WORD, re.IGNORECASE)
# ... or names it right before ("Plastic Free Retail Box, FSC Certified"; not "2 Refill Cartons 500 ml, 100% Recycled")
_PACKAGING_BEFORE = re.compile(r"\b" + _PACKAGING_WORD + r"\s*[,&]?\s*(and\s+)?$", re.IGNORECASE)
_ON_PACKAGING = re.compile(r"\b(plastic[- ]?free|recyclable|recycled|compostable|biodegradable)\s+" + _PACKAGING_WORD,
                           re.IGNORECASE)


def claim_on_packaging(text: str) -> bool:
    """An attribute said of the packaging the text names right after it ("Plastic Free Retail Box")."""
    return _ON_PACKAGING.search(text) is not None


def title_part_overreach(title: str, parts: list[str]) -> tuple[int, int, str] | None:
    """The span and attribute of a title keyword for the whole product that ``parts`` (the
    description's segments) give to one part only; None when a description mention is not about one
    part, when there is none, or when the title itself names the part ("Shoes with Recycled Laces")."""
    for name, pattern, hit in _title_material_hits(title):
        direct = re.match(r"[\s-]*(content\s+)?((certified|approved|labelled|labeled) )?" + _PART + r"\b",
                          title[hit[1]:], re.IGNORECASE) or \
            _TITLE_INGREDIENT.match(title, hit[1])
        before = after_last(_TITLE_CHUNK, title[: hit[0]])  # "Sandals, Sole from Recycled Tyres"
        added = _WITH_ADDED.search(title[: hit[0]])  # "Face Cream with Organic Aloe Vera": what the title adds
        chunk_start = title.rfind("|", 0, hit[0]) + 1
        if direct or _PACKAGING_AFTER.match(title, hit[1]) or _PACKAGING_BEFORE.search(title, chunk_start, hit[0]) or \
                (_TITLE_SCOPE.search(title[: hit[0]]) and _names_a_part(title, hit[0])) or \
                _PART_WORD.search(" ".join(before.split()[-5:])) or _confirmed(pattern, title, hit, parts) or \
                (added and added.group("verb").lower() not in _MAKING_VERBS):
            continue
        # (a scheme's own tag is no part: "GRS tag attached inside")
        mentions = [(text, m.start()) for text in parts for m in pattern.finditer(text)
                    if not is_negated(text, m.start()) and not default_registry().code_at(text, m.start()) and
                    not _SCHEME_TAG.match(text, m.end())]
        if not mentions and name == "biodegradable_compostable" and _natural_part_of_several(parts):
            return hit[0], hit[1], name  # "Biodegradable Toothbrush": "Handle: bamboo" and "Bristles: nylon 6"
        if _WHOLE_BEFORE.search(title[max(0, hit[0] - 12): hit[0]]) and \
                any(_PART_DENIED.search(text[max(0, m.start() - 40): m.start()]) and is_negated(text, m.start())
                    for text in parts for m in pattern.finditer(text)):
            return hit[0], hit[1], name  # "100% Recyclable" and "... the pump is not recyclable"
        # the material the keyword names, past a scheme's own words ("GRS Certified 100% Recycled Nylon Sport Loop")
        material = [w for w in _WORD.findall(_title_rest(title, *hit).lower())[:4] if w in _MATERIAL_NAMES][:1]
        if mentions and set(material) & _MATERIAL_NAMES and all(_product_label(text, title) for text, _ in mentions):
            continue  # "Recycled Nylon Watch Strap", "Strap webbing: 100% recycled nylon": the product's own material
        carried = [_carries_material(text, start, material[0], title) if material else False
                   for text, start in mentions]
        if any(carried) and not any(_part_mention(text, start) and not carries
                                    for (text, start), carries in zip(mentions, carried, strict=True)):
            continue  # "Recycled Paper Composition Book" and "Paper: 100% recycled": the material the title names
        if _WHOLE_BEFORE.search(title[max(0, hit[0] - 12): hit[0]]) and _under_part_labels(mentions, parts):
            return hit[0], hit[1], name  # "100% Recycled Materials" and "OUTER SHELL: 100% recycled PET"
        # (a "part" that is the product the title names: "Compostable Product Labels" and "Compostable labels: ...")
        # (the product's last word past a size: "Storage Jars 1 L, Pack of 6" is jars)
        # (and the product before what it is for: "Phone Cover for iPhone 15" is a cover)
        bare = re.sub(r"(\s+\d+(\.\d+)?\s?[a-z]{0,3})+$", "", _before_for(title_product(title)))
        own = {w.rstrip("s") for w in _WORD.findall(bare)[-1:] if _MINOR_PART_WORD.fullmatch(w)}
        mentions = [(text, start) for text, start in mentions
                    if not any(re.search(r"\b" + re.escape(o) + r"s?( body)?\s*([:\u2013\u2014]|(and|&|,) )",
                                         text[: start + 40],
                                         re.IGNORECASE) for o in own) and not _product_subject(text, start, bare)]
        if mentions and (all(_part_mention(text, start) or _ingredient(text, start) or
                             _component_mention(text, start, bare, _title_rest(title, *hit)) or
                             # said again of the same part ("mailer certified OK compost HOME, composts in a home bin")
                             any(t is text and s < start and _part_mention(t, s) for t, s in mentions)
                             for text, start in mentions) or
                         _one_part_of_several([pattern], mentions, parts, _title_rest(title, *hit))):
            return hit[0], hit[1], name
    return None


# A hamper, combo or gift set called organic or Fairtrade when one item of several is ("Diwali Gift Hamper 100%
# Organic" and "1 x Assam tea (certified organic), 1 x butter cookies, 1 x roasted almonds, ...")
_HAMPER = re.compile(r"\b(hampers?|combos?|gift (sets?|box(es)?|baskets?|packs?)|variety packs?)\b", re.IGNORECASE)
_HAMPER_ATTRS = (*_TITLE_PART_ATTRS, "fair_labor")
_WHOLE_ITEM = re.compile(r"\b(all|every|each|both|whole|entire)\b", re.IGNORECASE)
_CERT_WORDS = {"certified", "certificate", "certification", "under", "licence", "license", "inside", "contains"}


def _items(text: str) -> list[tuple[int, int, int]]:
    """(start, end, bullet) of each item of the lists in ``text``: commas, semicolons and "+" separate items,
    "|" separates bullets, none of them inside brackets."""
    out, depth, start, bullet = [], 0, 0, 0
    for i, ch in enumerate(text):
        if ch in "([":
            depth += 1
        elif ch in ")]" and depth:
            depth -= 1
        elif depth == 0 and ch in ",;+|":
            out.append((start, i, bullet))
            start, bullet = i + 1, bullet + (ch == "|")
    out.append((start, len(text), bullet))
    return [(a, b, n) for a, b, n in out if text[a:b].strip()]


def hamper_overreach(title: str, parts: list[str]) -> tuple[int, int, str] | None:
    """The span and attribute of a hamper's or combo's title keyword that the description gives to one item
    of a list of three or more, or to one item's labelled bullet among others."""
    if not _HAMPER.search(title):
        return None
    attrs, _ = compiled_patterns()
    chunks = _part_chunks(parts)
    text = " | ".join(parts)  # a bracket split across segments ("(organic under NPOP / India Organic)") closes here
    items = _items(text)
    for name in _HAMPER_ATTRS:
        pattern = attrs[ATTRIBUTES.index(name)]
        hit = first_unnegated(pattern, title)
        mentions = [m.start() for m in pattern.finditer(text) if not is_negated(text, m.start())]
        if hit is None or not mentions:
            continue
        # the title names the item ("Hamper with Organic Assam Tea", "Combo - Recycled Rubber Mouse Pad")
        if _TITLE_SCOPE.search(title[: hit[0]]) or _confirmed(pattern, title, hit, parts):
            continue
        mine = {(a, b, n) for a, b, n in items for s in mentions if a <= s < b}
        # the item names a thing ("1 x Assam tea 100 g (certified organic)"), not the whole ("all certified organic")
        if any(_WHOLE_ITEM.search(text[a:b]) or len(_stems(pattern.sub(" ", text[a:b])) - _CERT_WORDS) < 1
               for a, b, _ in mine):
            continue
        bullets = {n for _, _, n in mine}
        others = [(a, b) for a, b, n in items
                  if n in bullets and (a, b, n) not in mine and not pattern.search(text[a:b])]
        labelled = [label for label, t, a, b in chunks if not pattern.search(t[a:b])]
        if len(mine) == 1 and (len(others) >= 2 or (len(labelled) >= 2 and len(chunks) > len(labelled))):
            return hit[0], hit[1], name
    return None


_GENERIC_NOT_GREEN = re.compile(r"(?!green)(" + ATTRIBUTE_PATTERNS["generic_environmental"] + r")", re.IGNORECASE)


# whole-product impact words as vague as a generic term ("Low-Impact Wardrobe")
_IMPACT_GENERIC = re.compile(r"\b(low[- ]impact|zero[- ]waste|climate[- ](friendly|smart|conscious|positive)|"
                             r"carbon[- ](conscious|friendly|smart))\b", re.IGNORECASE)


_TITLE_WITH_PART = re.compile(r"\bwith\s+([\w%-]+\s+){0,3}?" + _PART + r"\b", re.IGNORECASE)


def title_generic_overreach(title: str, parts: list[str]) -> tuple[int, int] | None:
    """The span of a generic term in the title ("Sustainable Car Body Cover") when every specific attribute
    the description names is said of one minor part ("Storage pouch made from 100% recycled PET")."""
    # a plain generic word counts too ("Sustainable Car Cover"), but not "green", so often a colour
    g = strong_generic(title) or first_unnegated(_GENERIC_NOT_GREEN, without_other_senses(title)) or \
        first_unnegated(_IMPACT_GENERIC, title)
    if g is None or green_only_as_name(title) or \
            any(c.start <= g[0] < c.end and c.scheme.recognised_excellence for c in default_registry().find(title)):
        return None  # "Latex Foam Mattress, EU Ecolabel": a type I ecolabel certifies the whole product
    attrs, _ = compiled_patterns()
    generic = ATTRIBUTES.index("generic_environmental")
    mentions = [(text, m.start()) for text in parts for k, p in enumerate(attrs) if k != generic
                for m in p.finditer(text) if not is_negated(text, m.start())]
    # the title backs the term with one part it names ("Sustainable Sofa with FSC-Certified Legs")
    with_part = _TITLE_WITH_PART.search(title, g[1])
    if with_part and [a for a in attribute_hits(with_part.group(0)) if a != "generic_environmental"] and \
            all(_part_mention(text, start) for text, start in mentions):
        return g
    product = _before_for(title_product(title))
    if mentions and (all(_part_mention(text, start) or _component_mention(text, start, product, _title_rest(title, *g))
                         for text, start in mentions) or
                     _one_part_of_several([p for k, p in enumerate(attrs) if k != generic], mentions, parts,
                                          _title_rest(title, *g))):
        return g
    return None
