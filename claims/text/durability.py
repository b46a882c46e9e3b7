"""Durability cues and figures, and the service terms that are not claims.

A life span, a test count, repair and spare parts are durability claims; plain build adjectives
("durable", "sturdy"), warranty, returns and installation terms and battery runtime are not
(labels.md section 4).
"""

from __future__ import annotations

import re

from claims.text.comparison import comparative_figure, comparison_baseline
from claims.text.energy import BATTERY_RUNTIME, EXPLICIT_ENERGY, battery_wording
from claims.text.lexicon import SIGNAL_PATTERNS, attribute_hits, memo
from claims.text.negation import first_unnegated, negated_attributes
from claims.text.senses import without_other_senses

# Software support for a stated time ("Android security updates until 2031", "... guaranteed until December 2032"),
# not a tool's "firmware update"; and repair by design ("easy-to-repair", "made to be fixed")
_SUPPORT_UNTIL = (r"\b(android|os|security|software|firmware)( and (android|os|security|software|firmware))? "
                  r"(updates?|upgrades?|patches)"
                  r"( (are )?guaranteed)? (until|till|up ?to|for|through) (\d+ years|([A-Z][a-z]+ )?20\d\d)\b")
_EASY_REPAIR = r"\b(easy|easier|simple)[- ]to[- ](repair|fix|mend)\b|\b(built|designed|made) to be fixed\b"


# A durability figure: a tested life, a life span with a number, spare parts. One anywhere in the
# listing substantiates its durability wording ("Longer lifespan" in the title, "10000+ bends
# lifespan" in the bullets), as a licence number anywhere verifies a certification.
_DURABILITY_FIGURE = re.compile(
    # "colour may bleed in the first 2 washes" counts washes, it tests nothing
    # (a grinder's "Grind settings: 18 clicks" counts steps, not a test)
    # ("low lint after 2 washes" counts a few washes, and "6 bendable figures" bends nothing)
    r"(?<!first )(?<!initial )(?<!\bin )(?!\d{1,2}[ -]?clicks?\b)(?![1-5][ -]?washes\b)\d[\d,.]*[\s-]?"
    r"(\+|k\+?|lakhs?|million)?[\s-]?"
    r"(times? )?"
    r"(bends?|bending|clicks?|"
    r"key ?strokes?|"
    r"insertions|cycles|washes|hours? (of )?(life|lifespan)|(hrs|hours) lifespan)(?![a-z])|"
    # "Free restitching for 10 years: post it to our workshop": a repair offer with its term
    # ... and a named service ("Free re-carding and re-stitching service for 8 years")
    r"\bfree ([\w-]+ ){0,3}?(re-?stitch\w*|repairs?|re-?sol\w*|servicing|re-?polish\w*|re-?card\w*|re-?upholster\w*|"
    r"re-?string\w*|re-?cover\w*)( service| services)? (for|up to|within) \d+ "
    r"(years?|yrs|months)\b|"
    # ... or its term first ("Long-lasting: 2-year free repair of any weaving fault")
    r"\b\d+[- ](years?|yrs?|months?)[- ]free (repairs?|re-?stitch\w*|servicing|re-?sol\w*|mending)\b|"
    # "Android security updates until 2031", "4 years of OS updates"
    r"\b(updates?|upgrades?|patches)\b[^|.;]{0,20}?\b(until|till|up ?to|for|through) (\d+ years|20\d\d)\b|"
    + _SUPPORT_UNTIL + "|"
    r"\b\d+ (years?|yrs) of ([\w-]+ ){0,2}(updates?|upgrades?|patches)\b|"
    # a lamp's rated life in thousands of hours ("lasts upto 25000 hours of use"), not a battery's runtime
    r"\blasts? (up ?to |over |about |approx\.? )?(\d{2,3},\d{3}|\d{5,6})\+?\s?(hours|hrs|h)\b|"
    # a rated mean time to failure ("rated approx. 70,000 h MTTF", "MTBF: 100,000 hours")
    r"\b(\d{1,3}(,\d{3})+|\d{4,7})\s?(h|hrs|hours)\s+(MTTF|MTBF)\b|\b(MTTF|MTBF)\s*[:=-]?\s*(approx\.? |about )?"
    r"(\d{1,3}(,\d{3})+|\d{4,7})\s?(h|hrs|hours)\b|"
    # "10-year lifespan"
    r"\b\d[\d,]*[- ]?(years?|yrs?|hours?|hrs?)[- ](rated |expected |[\w-]+ )?life ?span\b|"
    # a storage battery's rated life ("5-year design life at 25°C")
    r"\b\d+[- ]?(years?|yrs?)[- ](design|service|rated|float) life\b|"
    # "Tested to approx. 50,000 open/close cycles (EN 15570)"
    r"\b(rated|tested) (for|to) (approx\.? |about |around |at least |over |up ?to )?\d{1,3}(,\d{3})+\+?\s?"
    r"([\w/-]+ )?cycles\b|"
    # a rated or tested number of uses ("Mesh rated for 5,000 brews"), rubs ("50,000 Martindale rub cycles")
    r"\b(rated|tested) (for|to) (at least |over |up ?to )?\d{1,3}(,\d{3})+\+?\s?(?!(volts|watts|amps|lbs|kgs|psi|"
    r"degrees|rpm|lumens|pounds|grams|litres|liters|kilos|metres|meters|feet|inches|users|people|persons)\b)"
    r"((operating|working|running|service) )?[a-z]+s\b|"
    r"\b\d[\d,.]*\+?\s?(martindale|wyzenbeek)( rub| abrasion)?( cycles| rubs)?\b|"
    # a free repair for a stated time ("we re-bind frayed edges free of charge for 10 years", "Free repair service:
    # we resole your child's sandals within 12 months of purchase")
    r"\b(repair\w*|re-?bind\w*|re-?stitch\w*|re-?sol\w*|mend\w*)\b[^.;|\n]{0,60}?\bfree\b[^.;|\n]{0,30}?"
    r"\b(for|within|up to) \d+ (years?|yrs|months?)\b|"
    # ("Free repairs for life: post the bag to our workshop", "we re-dye and recondition it free within 3 years")
    r"\bfree (lifetime )?(repairs?|re-?stitch\w*|mending)( service)? for life\b|\blifetime free repairs?\b|"
    r"\b(re-?dye\w*|recondition\w*|refurbish\w*|re-?polish\w*)\b[^.;|\n]{0,60}?\bfree\b[^.;|\n]{0,30}?"
    r"\b(for|within|up to) \d+ (years?|yrs|months?)\b|"
    r"\bfree (repair|re-?stitch\w*|re-?sol\w*|mend\w*)\w*\b[^.;|\n]{0,80}?\b(for|within|up to) \d+ "
    r"(years?|yrs|months?)\b|"
    # a property held for a stated time ("rated to stay sharp for up to 2 years")
    r"\b(stays?|remains?|keeps?|stay|remain) (sharp|bright|flat|straight|waterproof|watertight|tight|new|strong|"
    r"intact|rust-free)( for)? (up ?to |at least |over )?\d+\+? ?(years?|yrs)\b|"
    # a finish guaranteed for a stated time ("Enamel finish guaranteed not to chip for 5 years")
    r"\bguaranteed (not to (chip|crack|fade|rust|peel|break|warp|tarnish|leak|shrink|pill|split)|to last|against "
    r"(chipping|cracking|fading|rust(ing)?|peeling|breakage|warping|tarnish(ing)?)) (for )?(up ?to |at least )?"
    r"\d+\+? ?(years?|yrs)\b|"
    # usable for a stated time ("stays usable for up to 8 weeks of daily use")
    r"\b(stays|remains) usable (for )?(up ?to |at least )?\d+\+? ?(weeks?|months?)\b|"
    # a wear test's distance ("Outsole tested to 800 km of running")
    r"\btested (to|for) (at least |over |up ?to )?\d[\d,.]*\s?(km|kms|kilomet(re|er)s|miles)\b|"
    # "5000+ plugging": a test; "Sales Package: 10 Plug Tops" is a pack size
    r"(?<!BS )(?<!IS )(?<!EN )(?<!IEC )(?<![\d,.])"  # a standard's number ("BS 1363 plug") counts no test
    r"(\d{1,3}(,\d{3})+|\d{3,}|\d+(\.\d+)?\s?(k|lakhs?|million))\s?\+?\s?(times? )?plug(s|ging)?( and unplugging)?\b|"
    r"\b(spares?|replacement) [^.;|\n]{0,60}?\b(for|(stocked|available|avail\.|sold|kept|supplied)( for)?) "
    r"(at least |a minimum of |min\.? |minimum )?\d+ (years?|yrs)|"
    # a repair service with its terms ("we resole them for Rs 1,199, up to 3 times")
    # ... or a part sold to replace a worn one ("Cutter roller replaceable when worn (part no. RS-09, Rs. 1,450)")
    r"\b(re-?sol\w*|repair\w*|replaceable)\b[^.;|\n]{0,100}?(\bup to \d+ times\b|"
    r"(\u20b9|\brs\.? ?|\binr ?|\$|\u20ac|\u00a3)\s?\d)|"
    r"life ?span\s*(of|:-?|(is )?rated (at|for))?\s*(up ?to |over |more than |approx\.? ?|about |around |min\.? ?)?\d|"
    r"(life|lifespan|rated)\s*(of|at|for|:-?)?\s*(up ?to |over )?"
    r"\d[\d,.]*\s?(\+|k)?\s?(hours?|hrs|years?|cycles|times|clicks?|bends)|spare parts (available )?(for )?\d+|"
    r"\d+[- ]?years? (of )?spare parts|\blast(s|ing)? (up to |for |over )?\d+\+? ?(years?|yrs)|"
    r"\d[\d,.]*\s?(\+|k)?\s?(hours?|hrs|h)\s+(rated |average |expected |service |working |operating )?"
    r"(life|lifespan|life ?time)\b",
    re.IGNORECASE)


# a bend, plug or keypress test figure: a cable's or a keyboard's tested durability, whatever else the
# line says ("Fast charging cable, tested durability with 8000+ bends"; "tested to bend 95 degrees
# 5,000 times"; "switches rated for 50 million keypresses")
_MECHANICAL_FIGURE = re.compile(
    # a test's count, not a part's ("3 flexing heads", "2 clicks to pair")
    r"(\d{1,3}(,\d{3})+|\d{3,}|\d+(\.\d+)?[\s-]?(k\+?|lakhs?|million))[\s-]?(\+|plus)?\s?(times? )?"
    r"(bends?|bending|flex(es|ing)?|clicks?|key ?strokes|"
    r"key ?presses|presses|insertions|mating cycles|usb inserts?)\b(?!\s*(per|a|each) (charge|refill|cycle))|"
    r"(?<!BS )(?<!IS )(?<!EN )(?<!IEC )(?<![\d,.])"
    r"(\d{1,3}(,\d{3})+|\d{3,}|\d+(\.\d+)?\s?(k|lakhs?|million))\s?(\+|plus)?\s?(times? )?plug(s|ging)?"
    r"( and unplugging)?\b|"
    r"\b(bend|flex|plug|insert)\w*[^.;|\n]{0,30}?\d[\d,.]*\s?(\+|plus|k)?\s?times\b|"
    r"\btested (for|to) (at least |over |up ?to )?\d[\d,.]*\s?(\+ )?(million |lakh |thousand )?([\w/-]+ )?"
    r"(?!(hours|minutes|mins|seconds|days|weeks|months|years)\b)[a-z]+(s|ings)\b",
    re.IGNORECASE)


# warranty terms back durability wording ("10-year warranty on the motor: built to last"), but a
# warranty alone is no durability claim (labels.md section 4)
_WARRANTY_YEARS = re.compile(r"\b\d+[- ]?(years?|yrs?)[- ](of |manufacturer'?s? |limited |brand )?(warranty|guarantee)|"
                             # a warranty's term by part ("1 year on product, 5 years on magnetron")
                             r"\b\d+[- ]?(years?|yrs?) on (the )?([\w-]+ )?(motor|compressor|magnetron|panel|product|"
                             r"body|tank|element|pump|inverter|battery|parts)\b",
                             re.IGNORECASE)


_ABBREVIATION = re.compile(r"\b(e\.g|i\.e|min|approx|incl|yrs|nos?)\.", re.IGNORECASE)


def _undotted(text: str) -> str:
    """``text`` with the dots of its abbreviations removed ("(e.g. wheels) stocked for min. 7 yrs.", "part no. RS-09"),
    so that a figure's pattern reads across them."""
    return _ABBREVIATION.sub(lambda m: m.group(0).replace(".", ""), text)


@memo
def durability_figure(text: str, warranty: bool = False) -> bool:
    """A figure that substantiates durability wording; with ``warranty``, warranty years count too
    (used within one segment only: nearly every real listing states a 1-year warranty somewhere)."""
    text = _undotted(text)
    return bool(_DURABILITY_FIGURE.search(text) or _MECHANICAL_FIGURE.search(text) or _REPAIR_TERMS.search(text) or
                (warranty and _WARRANTY_YEARS.search(text)))


# the terms of a repair offer: how long parts are sold, a battery the user changes; a measured comparison
# with its baseline ("3x longer than our uncoated set")
_REPAIR_TERMS = re.compile(r"\buser[- ]replaceable\b|\b(lifetime|free) (re-?)?sharpening\b|"
                           r"\bavailable (for|up to|until) \d+ years\b|"
                           # spares kept to a date ("replacement packs ... in stock until December 2030 at Rs 399")
                           r"\b(in stock|stocked|available|supplied)\b[^.;|]{0,20}?\b(until|till|through) "
                           r"([a-z]+ )?20\d\d\b|"
                           r"\b\d+(\.\d+)?\s?(x|times|%) longer than (our|the|a|an|standard|regular|ordinary|"
                           r"conventional|uncoated|previous)\b", re.IGNORECASE)


# Plain service terms: warranty, replacement, returns, installation (not claims, labels.md section 4)
# (and the pick-up of a damaged item: "Damaged items will be picked up from your doorstep and replaced")
_SERVICE = re.compile(SIGNAL_PATTERNS["service_terms"] + r"|\b(picked up|pick[- ]?ups?|doorstep|taken away)\b|"
                      # assembly and delivery terms ("Assembly will be done free by our carpenter", "Our deliveries
                      # will be contactless from 2027")
                      r"\bassembly\b|\bcarpenters?\b|\bcontactless\b|"
                      # "Rakhi will be dispatched with a free roli-chawal pack"
                      r"\b(will be|is|are|gets?) (dispatched|shipped|delivered|sent|couriered)\b|\bgift[- ]?wrap\w*|"
                      r"\bwe will (ship|deliver|dispatch|send)( it| them)? (free|for free)\b|"
                      r"\b(will be|is|are|gets?) collected (on|at|after|during) (delivery|installation)\b|"
                      # the seller's liability ("The seller is responsible for replacing any item damaged in transit")
                      r"\bresponsible for (replac\w+|refund\w*|returns?|exchang\w+|(any )?(damage|loss|defects?))|"
                      r"\bdamaged in transit\b|\btransit damage\b|"
                      r"\b(will be|are|is|gets?) (replaced|exchanged)\b|"
                      # the seller's promise to swap a faulty delivery ("contact us we will replace")
                      r"\bwe('ll| will| shall) (replace|exchange|refund)\b|"
                      # a fitting service ("Bracelet links will be removed free of charge at any of our stores")
                      r"\b(will be|are|is|can be) (resized|adjusted|altered|hemmed|engraved)\b|"
                      r"\blinks? (will be|are|can be) (removed|added)\b", re.IGNORECASE)


_DURABILITY = re.compile(SIGNAL_PATTERNS["durability_words"] + "|" + SIGNAL_PATTERNS["durability_terms"], re.IGNORECASE)


# an extended warranty sold as a service ("Extended warranty: renewable every year for Rs 499")
_PAID_WARRANTY = re.compile(r"\bextended warranty\b(?=[^.|;]{0,40}\b((for|at|@|:)\s*(rs\.?|inr|\u20b9|\$|usd)\s*\d+|"
                            r"renewable|purchase|buy|optional|add-?on)\b)", re.IGNORECASE)


_WITHIN_TIME = re.compile(r"\b(within|in|after) \d+\s?(hours|hrs|days|working days|business days)\b", re.IGNORECASE)


_REPLACED_WITHIN = re.compile(r"\b(?P<term>(free )?(replacement|exchange|refund|return)s?)"
                              # "replacement if defective within 1 year"
                              r"( (if|when) (found |it is |they are )?(defective|faulty|damaged|broken))? "
                              r"(within|for|up to) \d+ "
                              r"(months?|years?|yrs)\b", re.IGNORECASE)


@memo
def service_terms_only(text: str) -> bool:
    """A service term with no durability wording and no other eco keyword: "Replacement will be
    provided for manufacturing defects only"."""
    text = _PAID_WARRANTY.sub("warranty", text)
    text = _WITHIN_TIME.sub(" ", text)  # "within 48 hours of delivery": a service time, not a life
    text = _REPLACED_WITHIN.sub(r"\g<term>", text)  # "Free replacement within 2 years if it fails": the term's time
    if not _SERVICE.search(text) or _DURABILITY.search(text):
        return False
    negated = negated_attributes(text)  # "not returnable once used"
    # ("renewable every year" is the contract's, not energy)
    return not [a for a in attribute_hits(without_other_senses(text)) if a != "durability_repair" and a not in negated]


# Durability wording labels.md section 4 counts as a claim: "long-lasting", "lifespan", "built to last",
# a tested life ("10000+ bends"); not about a gadget's battery runtime ("long-lasting 30 days standby")
# ("indestructible" and "forever" are build talk, like "unbreakable": labels.md section 4)
# spares sold to keep the product in use ("Spare lid & gasket available for Rs. 199 - replace parts instead
# of the bottle")
_SPARE_SOLD = (r"\bspare ((lid|gasket|seal|part|knob|handle|hinge|strap|wheel|blade|motor|plate|head|scroll wheel|feet|"
               r"foot|spring|nib)s?( (&|and|,) |,? )?){1,3}"
               r"(are |is )?(readily )?available\b(?! separately)|\breplace (the )?parts instead of\b|"
               # "Spare cutter blocks available", "we stock spare crowns and crystals"
               r"\bspare (?!(cartridges?|refills?|batter(y|ies)|cells?|coin|bulbs?|filters?|bags?|ink)\b)([\w-]+ ){1,2}"
               r"(are |is )?(readily )?(available|stocked|in stock)\b(?! separately)|"
               r"\bwe (stock|sell|keep|carry) spare\b|"
               # "Spares avail., e.g. jars, couplers, blades"
               r"\bspares (are )?(readily )?(available|avail\.|avl\.)(?! separately)|"
               # "Spare rollers and air bags readily available"
               r"\bspare ([\w-]+ ){1,3}((&|and) ([\w-]+ ){1,2})?(are |is )?readily available\b|"
               # "Spare tines and handles available - repair, don't replace"
               r"\bspare ([\w-]+ ){1,2}(and|&) ([\w-]+ ){0,1}[\w-]+ (are |is )?available\b(?! separately)|"
               # "Spare wheels and seats on sale so the bike keeps rolling for years"
               r"\bspare ([\w-]+ ){1,2}((&|and) ([\w-]+ ){1,2})?(are |is )?(on sale|sold by us|for sale)\b|"
               # "one worn part doesn't mean a new printer"; shoes resoled ("Resoleable: we resole them")
               r"\b(worn|broken|failed) parts? (doesn'?t|does not|won'?t|will not) mean (a )?new\b|"
               # "Spare clapper available \u2013 repair it, don't replace it"
               r"\brepair( it| them)?,? (don'?t|do not|not) replace\b|"
               r"\bre-?sol(e|es|ed|eable|able|ing)\b|"
               # "Spare blades sold on our store for 5 years after purchase"
               r"\b(spare|replacement) ([\w-]+,? ){0,4}(are |is )?(available|sold|stocked|supplied)\b[^.;|\n]{0,30}?"
               r"\bfor (at least )?\d+ years\b")


_DURABILITY_CUE = re.compile(SIGNAL_PATTERNS["durability_words"].replace("indestructible|forever|", "") +
                             r"|\b(built|made|designed|engineered)[- ]to[- ]last\b|"
                             r"\b\d+(\.\d+)?\s?(x|times) longer\b(?!\s+(on|with|per|from)\b)|"
                             r"\blong(er)? (bend |service |working )?life\b|"
                             # "Ball-bearing gearbox for extended tool life", "Lifelong BLDC motor", "rated for years
                             # of trouble-free use", "rated for 3,000 operating hours"
                             r"\bextended (tool |product |service |working |motor )?life\b|"
                             r"\blife-?long ([\w-]+ )?(motor|compressor|pump|build|body|construction|blades?)\b|"
                             r"\brated for (years|decades) of\b|"
                             r"\brated for \d[\d,]* (operating |working |running )?hours\b|"
                             r"\blasts? forever\b|\bnever needs? (a )?replac\w*|\blifetime (blades?|parts?|motor)\b|"
                             r"\b(lifetime )?repair (service|kits?|parts)\b|\b(built|designed|made) (for|to be) "
                             r"(easy )?repair(ed|able)?\b|"
                             + _EASY_REPAIR + "|"
                             r"\bspare parts\b|" + _SPARE_SOLD + "|"
                             # a maintenance service for life ("Free lifetime sharpening: post the knife to us")
                             r"\b(lifetime|free) (re-?)?sharpening\b|"
                             r"\b(longer|extreme|tested|ultra) durability\b|"
                             r"\blong(-term)? software support\b|"
                             # (not water or dust kept out: "tested to withstand immersion in 2 m of water" is IPX8)
                             r"\btested to (withstand|bend|survive)\b(?! (immersion|submersion|water|rain|splash(es)?|"
                             r"dust|sand|sweat)\b)|"
                             # "in it for the long run", "extends the life of your shoes", "the life of the
                             # cable is enhanced", "lasts 6 times longer"
                             r"\bfor the long (run|haul)\b|"
                             # "Made to be handed down for generations"
                             r"\b(handed|passed) down (for|through|to|over) (the )?(generations|next generation|"
                             r"your (children|grandchildren|kids))\b|"
                             r"\b(extends?|prolongs?|enhances?|increases?|doubles?) "
                             r"(the )?(service |working )?(life|lifespan|life ?time)\b|"
                             # ... of one part ("Magnesium anode rod extends tank life"), not a battery's runtime
                             r"\b(extends?|prolongs?) (the |its )?(?!battery\b)(tank|motor|blade|element|compressor|"
                             r"pump|drum|coil|filter|engine|heater) (life|lifespan|life ?time)\b|"
                             r"\blasts? (for )?(decades|generations)\b|"
                             r"\bguarantee (it|they|this|these) will last\b|"
                             r"\b(life|lifespan|life ?time) of (the |your )?[\w-]+( [\w-]+)? (is |are )?"
                             r"(enhanced|extended|increased|prolonged|doubled)\b|"
                             r"\blasts?\s+(up to\s+)?\d+(\.\d+)?\s?(x|times)\s+longer\b|"
                             # "Our longest-lasting shuttle", "10-year motor warranty \u2013 a grinder that lasts"
                             r"\blong(er|est)[- ]lasting\b|\blasts (for )?(many )?years\b|"
                             r"\b(we )?(build|make|design)s? ([\w-]+ ){1,2}to last\b|"
                             r"\b(a|one) [\w-]+ that lasts\s*([.!;]|$)",
                             re.IGNORECASE)


# a battery that lasts for years is a service life, not a runtime (a shelf life is neither)
_SERVICE_YEARS = re.compile(r"(?<!shelf )\b(lasts?|runs?|works?|life|serves?( you)?) (for )?(many )?years\b",
                            re.IGNORECASE)


_REPAIR_CUE = re.compile(r"\b(built|designed|made) (for|to be) (easy )?repair(ed|able)?\b|\brepairable\b|"
                         + _EASY_REPAIR + "|" + _SPARE_SOLD + "|"
                         r"\b(lifetime )?repair (service|kits?|parts)\b|\bspare parts\b|"
                         # a battery the user can change; replacement parts sold for years
                         r"\buser[- ]replaceable\b|\b(replacement|spare) ([\w-]+,? ){0,4}(and [\w-]+ )?"
                         r"(are )?available (for|up to|until) \d+ years\b|"
                         # a part made to be changed ("Replaceable rubber sole"), not a consumable filter or head (a
                         # replaceable battery is left to the heads: its terms often follow in another sentence)
                         r"\breplaceable ([\w-]+ )?(soles?|handles?|straps?|bands?|hinges?|screens?|wheels?|"
                         r"castors?|legs?|zips?|zippers?|knobs?|cords?|cables?|chimneys?|glass|"
                         r"shades?|slats?|panels?|feet|jars?|outsoles?)\b|"
                         # ... a cell named by its type ("Battery: replaceable 18650 cell"), not dry cells
                         r"\breplaceable (\d{5} |li-?ion |lithium )+(cells?|batter(y|ies))\b|"
                         # ... or said so ("Handle can be replaced: spare hickory handles are sold separately")
                         r"\b(soles?|handles?|straps?|bands?|hinges?|screens?|wheels?|castors?|legs?|zips?|zippers?|"
                         r"knobs?|cords?|cables?|blades?|shades?|slats?|panels?|outsoles?) (can|may) (easily )?be "
                         r"(replaced|swapped|changed)\b|"
                         r"\bfree (re-?stitch\w*|re-?sol\w*|re-?polish\w*)\b|"
                         # a part the maker changes so the product goes on ("the zip can be replaced by us, so one
                         # pillow can serve for many years")
                         r"\b(can|will) be (replaced|repaired|mended|re-?stitched|re-?covered) by us\b|"
                         r"\b(re-?plating|re-?polishing|re-?stringing|re-?soling)\b[^|.;]{0,30}\bavailable\b|"
                         r"\bfor years to come\b|"
                         r"\b(serves?|serve|last|lasts) (you )?for many years\b|"
                         # software support for a stated time as long life ("4 years of OS updates")
                         + _SUPPORT_UNTIL + "|"
                         r"\b\d+ (years?|yrs) of (android |os |security |software )+(updates?|upgrades?|patches)\b",
                         re.IGNORECASE)


_LONGER = re.compile(r"\blonger\b|\boutlast\w*|\bmore durable\b", re.IGNORECASE)


_BUILD = re.compile(SIGNAL_PATTERNS["build_words"], re.IGNORECASE)


_DURATION_WORDS = re.compile(r"\byears?\b|\blife\b|\blast|outliv|generations|\bnever\b|forever|surviv|guarantee|"
                             r"warrant", re.IGNORECASE)


# a warranty and what it covers, nothing more ("10-year warranty against sagging"): a service term, not a durability
# claim (labels.md section 4)
# (a brand's name may lead it: "Rushmead 2-year guarantee")
_WARRANTY_ONLY = re.compile(r"^\W*(?P<spec>[\w -]{1,30},\s*)?(?P<brand>(?-i:[A-Z][\w'-]+)\s+)?\d+[- ]?(years?|yrs?)[- ]"
                            r"(of )?(\w+ )?(warranty|guarantee)"
                            r"( (against|on|for|covering) [\w ,&/.-]{1,40})?"
                            # "2-year warranty; free replacement if faulty"
                            r"([;,]\s*(free )?(replacement|repair|exchange|service)( [\w ]{1,30})?)?\W*$",
                            re.IGNORECASE)


@memo
def warranty_only(text: str) -> bool:
    """A warranty and what it covers, nothing more, after at most a plain spec ("Steel frame, 10-year warranty on
    frame"), not after durability, energy or eco wording ("Built to last, 10-year warranty")."""
    m = _WARRANTY_ONLY.match(text)
    if m is None:
        return False
    lead = f"{m.group('spec') or ''} {m.group('brand') or ''}".strip()
    return not lead or not (attribute_hits(lead) or _DURABILITY_CUE.search(lead) or _BUILD.search(lead) or
                            _DURATION_WORDS.search(lead))


# a part that cannot be changed ("Handle is epoxy-bonded and cannot be replaced"): no durability claim
_CANNOT_REPLACE = re.compile(r"\b(cannot|can'?t|can not|could not|is not|isn'?t|are not|aren'?t) be (replaced|repaired|"
                             r"swapped|changed)\b|\bnon[- ]?(replaceable|repairable)\b", re.IGNORECASE)


@memo
def cannot_be_replaced(text: str) -> bool:
    """The segment only says a part cannot be replaced or repaired: labels.md asks for a durability claim, this
    denies one."""
    m = _CANNOT_REPLACE.search(text)
    rest = text[: m.start()] + " " + text[m.end():] if m else text
    return m is not None and not attribute_hits(rest) and durability_cue(rest) is None


@memo
def build_adjective_only(text: str) -> bool:
    """An ordinary build adjective ("Durable A+ Grade panel", "sturdy steel frame") and nothing else
    about durability or the environment: not a durability_repair claim (labels.md section 4)."""
    return bool(_BUILD.search(text) and not attribute_hits(text) and durability_cue(text) is None
                and not _DURATION_WORDS.search(text) and not durability_figure(text))


@memo
def durability_comparison(text: str) -> bool:
    """Durability wording with a comparative figure and no named baseline ("Lasts 6 Times Longer",
    "2x longer life"): UNSUPPORTED_COMPARISON (labels.md section 3)."""
    return bool(_LONGER.search(text) and comparative_figure(text) and not comparison_baseline(text))


# what lasts is not the product: a hairstyle, a fragrance, a taste ("gives long lasting volume")
_LASTING_OTHER = re.compile(r"\blong(er|est)?[- ]?lasting\s+(hair ?style|style|hold|volume|curls?|fragrance|scent|"
                            r"aroma|"
                            r"colou?r|(micro)?foam|froth|crema|"
                            r"shine|freshness|fresh\w*|look|make-?up|lather|glow|effect|comfort|relief|hydration|"
                            r"moisture|taste|flavou?r|cooling|impression|smell)\b", re.IGNORECASE)


# ... of which a scent is never the product's life (a lacquer's "long-lasting shine" may be)
_LASTING_SCENT = re.compile(r"\blong[- ]?lasting\s+(fragrance|scent|aroma|smell|freshness|fresh\w*)\b", re.IGNORECASE)


_RUB_RATING = re.compile(r"martindale|wyzenbeek", re.IGNORECASE)


@memo
def durability_cue(text: str) -> tuple[int, int] | None:
    text = without_other_senses(text)  # "one bottle = 40 washes" is a yield, not a tested life
    mech = _MECHANICAL_FIGURE.search(text)
    # a bend or keypress test is no battery runtime, even on a charging cable (an abrasion rating alone is a fabric
    # spec: "Fabric: 100% polyester, 45,000 Martindale rubs" backs a claim, it makes none)
    if mech and not _RUB_RATING.search(mech.group(0)):
        return mech.start(), mech.end()
    repair = first_unnegated(_REPAIR_CUE, text)
    if repair:  # "Built for repair: back cover opens with 4 screws and battery ... can be changed"
        return repair
    if BATTERY_RUNTIME.search(text) and not _SERVICE_YEARS.search(text):
        return None
    blank = _LASTING_OTHER.sub(lambda m: " " * len(m.group(0)), text)  # "long lasting volume", "... power"
    if _BATTERY_PHRASE.search(blank):  # "LONG LASTING : Upto 8x longer lasting than zinc carbon batteries"
        blank = _LASTING_HEADER.sub(lambda m: " " * len(m.group(0)), blank)
    hit = first_unnegated(_DURABILITY_CUE, _BATTERY_PHRASE.sub(lambda m: " " * len(m.group(0)), blank))
    if hit:
        return hit
    m2 = next((m for t in (text, _undotted(text)) for m in _DURABILITY_FIGURE.finditer(t)
               if not _RUB_RATING.search(m.group(0))), None)
    return (m2.start(), m2.end()) if m2 else None


_LASTING_HEADER = re.compile(r"^\W*long[- ]?lasting\s*[:\u2013\u2014\u3011-]", re.IGNORECASE)


_RUNTIME_WORDS = re.compile(r"\blasts?\b|run ?time|stand-?by|play ?time|back-?up", re.IGNORECASE)


_REPAIR = re.compile(r"replac\w*|repair\w*|spare|upgrad\w*|updates", re.IGNORECASE)


# how the battery ages, not how long a charge runs ("Battery designed for a long lifespan", "keeps 80% of its capacity
# after 500 full charge cycles"): durability wording (labels.md section 4: "lifespan")
_BATTERY_AGEING = re.compile(r"\blife ?span\b|\b\d[\d,]*\+? (full |complete )?(charge |charging )?cycles\b|"
                             # a storage battery's service life ("long-life VRLA, built to last", "5-year design life")
                             r"\b(design|service) life\b|\bbuilt to last\b|\blong[- ]life (VRLA|SMF|AGM|gel|tubular|"
                             r"lead[- ]acid|LiFePO4)\b|"
                             r"\b(keeps?|retains?|holds?) (at least |over )?\d+\s?% "
                             r"(of (its|the) )?(original )?capacity\b",
                             re.IGNORECASE)


@memo
def battery_runtime_only(text: str) -> bool:
    """A gadget's battery runtime ("Long lasting 8720 mAh battery", "30 days standby"): neither a
    durability nor an energy claim (labels.md section 4)."""
    if not battery_wording(text) or EXPLICIT_ENERGY.search(text) or _DURABILITY_FIGURE.search(text) \
            or _REPAIR.search(text) or _SERVICE_YEARS.search(text) or _BATTERY_AGEING.search(text):
        return False
    hits = set(attribute_hits(without_other_senses(text)))  # not the cells' chemistry ("than zinc carbon batteries")
    return (bool(hits) or bool(_RUNTIME_WORDS.search(text))) and hits <= {"durability_repair", "energy_efficiency"}


# "long lasting battery", "battery lasts all day": runtime wording inside a claim about something else
_BATTERY_PHRASE = re.compile(r"\b(long[- ]?lasting|longer|extended|all[- ]day|long)\s+([\w-]+\s+){0,2}?(battery|backup|"
                             r"play ?time|standby|power)(\s+life)?\b|"
                             # cells against cells ("upto 8x longer than zinc carbon batteries")
                             r"\b(\d+(\.\d+)?\s?(x|times)\s+)?longer( lasting)? than ([\w-]+\s+){0,3}?"
                             r"(batter(y|ies)|cells)\b|"
                             r"\bbattery(\s+life)?\s+(that\s+)?lasts?(\s+[\w-]+){0,3}",
                             re.IGNORECASE)


@memo
def durability_only_battery(text: str) -> bool:
    """The segment's only durability wording is about battery runtime ("Eco-friendly ABS body with long
    lasting battery") or about a scent that lasts, not the product ("Long Lasting Fragrance"): no
    durability_repair claim (labels.md section 4)."""
    if not (_BATTERY_PHRASE.search(text) or _LASTING_SCENT.search(text)) or _DURABILITY_FIGURE.search(text) or \
            _MECHANICAL_FIGURE.search(text):
        return False
    rest = _LASTING_HEADER.sub(" ", _LASTING_SCENT.sub(" ", _BATTERY_PHRASE.sub(" ", text)))
    return first_unnegated(_DURABILITY_CUE, rest) is None and not _REPAIR.search(rest)
