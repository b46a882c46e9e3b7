"""Legal requirements presented as features (LEGAL_REQUIREMENT_AS_FEATURE) and plain conformity marks.

BPA-free on baby feeding bottles, restricted substances on toys, RoHS/REACH/CE as a feature, the
e-waste take-back duty; BIS/ISI/FCC/UL safety marks are marks, not environmental claims.
"""

from __future__ import annotations

import re

from claims.text.lexicon import SIGNAL_PATTERNS, memo
from claims.text.negation import first_unnegated, is_negated

# Conformity marks the law requires for the whole category, presented as a feature (labels.md
# section 4): RoHS, REACH, CFC-free. CE alone says nothing environmental; BIS, FCC and UL are safety marks.
LEGAL_MARK = re.compile(r"\bRoHS\b|\b(?-i:REACH)\b(?=[ -]?(compliant|certified|approved|registered|conform))|"
                         r"\b(H?CFCs?)[- ]?free\b|\b(contains? )?(no|zero|without( any)?) (H?CFCs?)\b|"
                         r"\bnon[- ]?(H?CFCs?)\b|"
                         r"\bozone[- ]friendly\b|"
                         r"\blead[- ]?free solder\w*|"
                         # the brominated flame retardants RoHS restricts ("PBB- and PBDE-free shell")
                         r"\bPBBs?[- ]?(and|&|/)\s*PBDEs?[- ]?free\b|\bPBDEs?[- ]?free\b|"
                         r"\bfree (of|from) (banned )?PBBs?\b", re.IGNORECASE)


# BPA in baby feeding bottles is banned (EU since 2011, India since 2015): "BPA free" on one is a legal
# requirement presented as a feature (corpora/GUIDE.md, hard case 6)
_BABY_FEEDING = re.compile(r"\b(baby|infant|feeding|milk) bottles?\b|\bfeeding\b|\bfeeders?\b|\bsippy\b|"
                           r"\bbreast ?milk\b|\bbreast ?pumps?\b|"
                           r"\bteethers?\b|\bnipples?\b|\bpacifiers?\b|\bsoothers?\b", re.IGNORECASE)


_BPA_FREE = re.compile(r"\bBPA[- ]?free\b|\b(no|zero|without( any)?) BPA\b|\bfree (of|from) BPA\b", re.IGNORECASE)


def baby_feeding(title: str) -> bool:
    """A baby feeding product, by its title ("Baby Feeding Bottle 250ml", "Sippy Cup for Toddlers")."""
    return bool(_BABY_FEEDING.search(title))


@memo
def bpa_free(text: str) -> tuple[int, int] | None:
    return first_unnegated(_BPA_FREE, text)


# BPA-free said of a plastic part or material ("BPA-Free Lids", "lids of BPA-free polypropylene", "Plastic Lunch Box
# ... BPA Free"): bisphenol A is a plastics chemical, so the claim is relevant (a glass, silicone, steel or wooden
# thing called BPA-free is not: "BPA-free glass bottle")
_BPA_PLASTIC_AFTER = re.compile(r"\bBPA[- ]?free\s+(food[- ]grade\s+)?(PP\b|poly\w+|plastic|tritan|copolyester|"
                                r"lids?\b|caps?\b|container\w*|jars?\b|tiffin|lunch ?box\w*)", re.IGNORECASE)
_PLASTIC_WORD = re.compile(r"\b(plastic|polypropylene|PP|polycarbonate|tritan|copolyester|PET|ABS|HDPE|LDPE)\b",
                           re.IGNORECASE)
_NON_PLASTIC_AFTER = re.compile(r"\bBPA[- ]?free\s+(\d+\s?%\s+)?(glass|silicone|steel|stainless|wood\w*|bamboo|"
                                r"ceramic|cotton|copper|brass)", re.IGNORECASE)


@memo
def bpa_free_of_plastic(text: str) -> bool:
    """The segment's BPA-free is said of a plastic part or material ("BPA-Free Lids", "Plastic Lunch Box, BPA
    Free"), not of glass, silicone, steel or wood."""
    if bpa_free(text) is None or _NON_PLASTIC_AFTER.search(text):
        return False
    return bool(_BPA_PLASTIC_AFTER.search(text) or _PLASTIC_WORD.search(text))


# Mercury is restricted in electrical and electronic equipment (RoHS: EU 2011/65, India's E-Waste Rules), in lamps,
# in batteries and in cosmetics: "Mercury Free LED Backlight", "our LED bulbs contain no mercury" present a legal
# requirement as a feature (corpora/heldout/README.md, hard calls). Not food ("mercury-free fish oil": a contaminant
# tested for, with legal limits, not a ban).
_MERCURY_FOOD = re.compile(r"\b(fish|omega|tuna|salmon|cod liver|krill|capsules?|softgels?|supplements?)\b",
                           re.IGNORECASE)


def mercury_free_by_law(text: str, title: str) -> bool:
    """An unnegated mercury-free claim on a product that is not a food or supplement (by the segment and title)."""
    return mercury_free(text) is not None and not _MERCURY_FOOD.search(f"{title} {text}")


# Substances the law already restricts in every toy (EU Toy Safety Directive, EN 71-3; India's toy
# standard IS 9873): "lead-free paint", "phthalate free", "no heavy metals" on a toy are legal requirements
# presented as a feature (corpora/real/README.md, conventions for toy copy). BPA is not among them.
_TOY = re.compile(r"\btoys?\b|\bplay ?sets?\b|\bjigsaws?\b|\bpuzzles?\b|\bdolls?\b|\bteddy\b|"
                  # a child's first bike or ride-on ("Kids' Balance Bike 12\"")
                  r"\bbalance bikes?\b|\b(kids'?|children'?s|toddlers?'?) (bikes?|bicycles?|scooters?|tricycles?|"
                  r"trikes?)\b|"
                  r"\bride[- ]on (toys?|cars?)\b|"
                  r"\b(building|alphabet|stacking|wooden|abc|number|letter) blocks\b|"
                  r"\bstacking (rainbow|rings?|cups?|toy|tower)s?\b|\brainbow stackers?\b|"
                  r"\brattles?\b|\bplay ?(mat|house|kitchen|tent)s?\b|"
                  # games, plush and modelling sets for children; childcare articles a baby mouths (REACH restricts
                  # phthalates in toys and childcare articles alike)
                  r"\b(chess|ludo|carrom|snakes (and|&) ladders) (sets?|boards?|games?)\b|\bboard games?\b|"
                  r"\bplush(ies)?\b|\bstuffed (animals?|toys?)\b|\baction figures?\b|\bmodell?ing (clay|dough)\b|"
                  r"\bplay[- ]?dough\b|\bteeth(ers?|ing (rings?|toys?))\b|\bpacifiers?\b|\bsoothers?\b|"
                  # bath toys and a toy's age grading ("Bath Squirters, Ages 6m+", "Ages 3+")
                  r"\bbath (squirters?|toys?|books?|crayons?)\b|\bsquirt(ers|ies)\b|\bspinning tops?\b|"
                  r"\b(beach|bouncy) balls?\b|"
                  # pool toys ("Inflatable Pool Party Flamingo Ring for Kids")
                  r"\b(pool|swim(ming)?) (rings?|floats?|toys?)\b|\binflatable\b[^|,]{0,40}\bfor kids\b|"
                  r"\bages? \d+\s?(m|months?|y|yrs?|years?)?\s?\+",
                  re.IGNORECASE)


_TOY_RESTRICTED = r"(lead|phthalates?|heavy[- ]metals?|cadmium)"


_TOY_RESTRICTED_FREE = re.compile(
    rf"\b{_TOY_RESTRICTED}[- ]free\b|\bfree (of|from) (any )?([\w-]+,? (and |or )?){{0,3}}{_TOY_RESTRICTED}\b|"
    rf"\b(no|without( any)?|zero) "
    rf"{_TOY_RESTRICTED}\b|\b(don'?t|do not|doesn'?t|does not|won'?t) contain (any )?{_TOY_RESTRICTED}\b",
    re.IGNORECASE)


# Mercury in portable batteries is banned (EU Batteries Directive since 2000, India's BIS standard for dry cells):
# "Mercury-Free" on AA cells is a legal requirement presented as a feature
_BATTERY_CELLS = re.compile(r"\b(AAA?A?|C|D|9 ?V|alkaline|zinc[- ]carbon|button|coin|dry)( cells?)?( [\w-]+)? "
                            r"batter(y|ies)\b|\bNi-?MH\b|"
                            r"\b(AAA?|alkaline|button|coin) cells?\b|\b(CR|LR|SR)\d{3,4}(SW|W)?\b|"
                            # "Batteries: 3 x mercury-free alkaline AA included"
                            r"\b(alkaline|zinc[- ]carbon) (AAA?|C|D|9 ?V)\b|^\W*batter(y|ies)\s*:", re.IGNORECASE)
_MERCURY_FREE = re.compile(r"\bmercury[- ]?free\b|\b(no|zero|0\s?%|without( any)?) (added )?mercury\b|"
                           r"\bfree (of|from) mercury\b", re.IGNORECASE)
# cadmium is banned in portable batteries too, whatever the product ("Cadmium-free battery for an eco-conscious home")
# ... named before it too ("2 x 2000 mAh Ni-MH AA cells, cadmium-free", "Button cells: cadmium-free")
_CADMIUM_FREE_CELLS = re.compile(r"\bcadmium[- ]?free ((AAA?|C|D|9 ?V|Ni-?MH|alkaline|button|coin|[CLS]R ?\d{2,4}) )?"
                                 r"(batter(y|ies)|cells?)\b|"
                                 # the chemistry named for the cells ("Cadmium-free Ni-MH: no toxic heavy metals")
                                 r"\bcadmium[- ]?free (Ni-?MH|Li-?ion|lithium)\b|"
                                 r"\b(batter(y|ies)|cells?|rechargeables?)\s*[:,\u2013-]\s*cadmium[- ]?free\b",
                                 re.IGNORECASE)


def names_cells(text: str) -> bool:
    """The segment names the cells it speaks of ("Mercury-free and cadmium-free CR2032 cells included")."""
    return _BATTERY_CELLS.search(text) is not None


def battery_cells(title: str) -> bool:
    """Portable batteries, by the title ("AA Batteries, Pack of 12", "CR2032 Coin Cell"), not a product that comes
    with them ("Torch with 3 AAA Batteries")."""
    return bool(_BATTERY_CELLS.search(re.split(r"\s+(with|for|incl\w*)\s+|[,(|]", title, maxsplit=1,
                                               flags=re.IGNORECASE)[0]))


@memo
def mercury_free(text: str) -> tuple[int, int] | None:
    return first_unnegated(_MERCURY_FREE, text)


@memo
def cadmium_free_cells(text: str) -> tuple[int, int] | None:
    return first_unnegated(_CADMIUM_FREE_CELLS, text)


_BOOK = re.compile(r"\((paperback|hardcover|hardback|kindle edition|board book)\)|\bISBN(-1[03])?\b|"
                   r"\bpaperback\b|\bhardcover\b|\bhardback\b", re.IGNORECASE)


def book_listing(text: str) -> bool:
    """A book, by its title or details ("(Paperback)", "ISBN-13: ...")."""
    return bool(_BOOK.search(text))


# a spice or food said to be free of an adulterant the law bans (FSSAI): "Lead chromate free \u2013 safe for your
# family" of turmeric
_ADULTERANT_FREE = re.compile(r"\b(lead chromate|metanil yellow|sudan (red|dyes?|I{1,3}|IV)|argemone( oil)?|"
                              r"potassium bromate|rhodamine( b)?|calcium carbide)[- ]free\b|"
                              r"\b(free (of|from)|(made |prepared |coloured )?without( any)?) "
                              r"(added |banned |illegal |harmful |toxic )?(lead chromate|"
                              r"metanil yellow|sudan (red|dyes?)|"
                              r"argemone( oil)?|potassium bromate|rhodamine( b)?|calcium carbide)\b|"
                              # whatever it names, an absence of what is banned ("Free from banned colours like
                              # Metanil Yellow", "free from banned Sudan I-IV dyes", "... banned mercury compounds")
                              r"\b(free (of|from)|no|without( any)?) (any |all )?banned ([\w-]+ ){0,3}?"
                              r"(colou?rs?|dyes?|chemicals?|additives?|substances?|ingredients?|compounds?|"
                              r"adulterants?)\b|"
                              # "Never coated with banned mineral oil", "contains zero non-permitted colours"
                              r"\b(never|not) (coated|polished|treated|mixed|coloured|colored|ripened) with (any )?"
                              r"(banned|"
                              r"prohibited|non-permitted) [\w-]+( [\w-]+)?\b|"
                              r"\b(zero|no) (non-permitted|prohibited) (colou?rs?|dyes?|additives?|chemicals?)\b|"
                              # a named substance said to be banned ("Made without banned hexachlorophene")
                              r"\b(free (of|from)|without( any)?) (the )?(banned|prohibited) [\w-]{5,}\b|"
                              # a candle's lead-free wick: lead-core wicks are banned (US CPSC 2003, Australia 2002)
                              r"\blead[- ]?free ([\w-]+ ){0,2}?wicks?\b|\bwicks? (are |is )?(100% )?lead[- ]?free\b",
                              re.IGNORECASE)


@memo
def adulterant_free(text: str) -> tuple[int, int] | None:
    return first_unnegated(_ADULTERANT_FREE, text)


# India's single-use plastic ban (Plastic Waste Management Amendment Rules 2021) met, as a selling point ("Why choose
# us: SUP-ban compliant", "Highlight: SUP-compliant \u2013 use them anywhere in India")
_PLASTIC_BAN = re.compile(r"\bSUP[- ](ban[- ])?complian(t|ce)\b|"
                          r"\bsingle[- ]use[- ]plastics?[- ]ban[- ]complian(t|ce)\b|"
                          r"\b(complian(t|ce)|compl(y|ies)|conforms?) with (the |india'?s )?"
                          r"(single[- ]use[- ]plastics?|SUP) (ban|rules)\b",
                          re.IGNORECASE)


@memo
def plastic_ban_compliant(text: str) -> tuple[int, int] | None:
    return first_unnegated(_PLASTIC_BAN, text)


# free of what a law bans, as a merit ("Free from substances banned under India's E-Waste Rules"): the law's demand
_BANNED_FREE = re.compile(r"\b(free (from|of)|contains? no|without|no) (any )?(hazardous |harmful |toxic )?"
                          r"(substances?|chemicals?|materials?|metals?) (that are |which are )?"
                          r"(banned|restricted|prohibited) "
                          r"(under|by|in)\b[^|.;]{0,40}?\b(e-?waste|RoHS|REACH|rules|regulations?|laws?|act)\b",
                          re.IGNORECASE)


@memo
def banned_substances_free(text: str) -> tuple[int, int] | None:
    return first_unnegated(_BANNED_FREE, text)


def toy_listing(title: str) -> bool:
    """A toy, by its title or category ("Wooden Stacking Toy", "1000 Piece Jigsaw", "Toys & Games")."""
    return bool(_TOY.search(title))


@memo
def toy_restricted_free(text: str) -> tuple[int, int] | None:
    m = _TOY_RESTRICTED_FREE.search(text)
    return (m.start(), m.end()) if m else None


# BPA-free is a legal requirement only on baby feeding products (above); elsewhere it is a named substance
LEGAL_SIGNAL = re.compile(SIGNAL_PATTERNS["legal"], re.IGNORECASE)


@memo
def legal_signal_beyond_bpa(text: str) -> bool:
    """A legal mark or substance in ``text`` other than BPA-free ("Lids made of BPA free PP": none)."""
    return any(not _BPA_FREE.fullmatch(m.group(0)) and not _LEAD_FREE_FITTING.match(text, m.start())
               for m in LEGAL_SIGNAL.finditer(text))


# lead-free brass, crystal or glaze: no law requires it of taps, glassware or ceramics (a named substance,
# specific); lead-free solder is the RoHS requirement and stays one
_LEAD_FREE_FITTING = re.compile(r"lead[- ]?free\s+(DZR\s+)?(brass|bronze|crystal|glass\w*|ceramics?|glazes?|pewter|"
                                r"alloy)\b", re.IGNORECASE)


# Lead in household and decorative paints is limited by law in India (90 ppm, 2016 rules), the EU and the US:
# "Lead Free" on an emulsion, enamel or primer is a legal requirement presented as a feature; not on a brush or
# roller, and not a lead-free glaze or crystal (above)
_PAINT_TITLE = re.compile(r"\b(paints?|emulsions?|enamels?|primers?|distempers?|wall putty|wood ?finish|varnish)\b",
                          re.IGNORECASE)
_PAINT_TOOL = re.compile(r"\b(brush(es)?|rollers?|spray guns?|sprayers?|trays?|markers?|pens?|by numbers|kits?|"
                         r"canvas|palettes?)\b", re.IGNORECASE)
_LEAD_FREE = re.compile(r"\blead[- ]?free\b(?!\s+solder)|\b(no|zero|without( any)?) (added )?lead\b|"
                        r"\bfree (of|from) lead\b", re.IGNORECASE)


def lead_free_paint(text: str, title: str) -> tuple[int, int] | None:
    """"Lead free" said of a paint ("Interior Emulsion Paint, Lead Free"), by the listing's title."""
    if not _PAINT_TITLE.search(title) or _PAINT_TOOL.search(title):
        return None
    # (lead-free solder is RoHS's, in LEGAL_MARK; lead-free brass or crystal is a fitting's, above)
    return next((m.span() for m in _LEAD_FREE.finditer(text)
                 if not is_negated(text, m.start()) and not _LEAD_FREE_FITTING.match(text, m.start())), None)


# Take-back the law requires of every producer (India's E-Waste (Management) Rules, the EU's WEEE):
# "free e-waste pickup as per E-Waste Rules" presented as a feature
_EWASTE_DUTY = re.compile(r"\be-?waste\b[^.|\n]{0,80}\b(rules|EPR|WEEE)\b|\b(as per|under) (the )?(e-?waste|WEEE)\b|"
                          r"\bbattery waste (management )?rules\b",
                          re.IGNORECASE)


_EWASTE_OFFER = re.compile(r"take[- ]?back|buy[- ]?back|pick[- ]?ups?\b|\bcollect(s|ion (service|programme|program|"
                          r"drive))\b|\bwe (will )?(collect|take|recycle|pick)\b|"
                          r"\bfree (pickup|collection|recycling)\b|"
                          # "Your old battery is collected by our dealer and sent for recycling as per ... Rules"
                          r"\b(collected|picked up) (by|from)\b|\bsent (for|to) recycl\w*|"
                          r"\bexchange\b|\brecycling (programme|program|service)\b", re.IGNORECASE)


# compliance with the rules presented ("E-waste compliant: EPR authorised under the E-Waste (Management) Rules")
_EWASTE_COMPLIANT = re.compile(r"\be-?waste (rules |\(EPR\) |EPR )?complian(t|ce)\b|\bEPR[- ](authori[sz]ed|registered|"
                               r"registration|certified|compliant|approved)\b|\brules,? (20\d\d,? )?complian(t|ce)\b|"
                               r"\bcomplian(t|ce) with (the )?e-?waste\b", re.IGNORECASE)
# a producer's registration under the rules presented as what sets the brand apart ("Why choose us? EPR-registered
# brand"), not a compliance row ("UKCA marked; WEEE registered")
_EWASTE_REGISTERED = re.compile(r"\b(EPR|WEEE)[- ](registered|authori[sz]ed|certified|compliant) (brand|company\b|"
                                # ... a producer whose registration makes it greener ("WEEE registered producer – we're
                                # a greener brand")
                                r"producer\b(?=[^|]*\b(greener|green|eco|planet|sustainab\w*|environment\w*)\b))|"
                                # ... or compliance made a merit in the same bullet ("WEEE compliant: we are registered,
                                # an eco-responsible choice")
                                # ... "E-waste (EPR) registered – an eco-responsible choice"
                                r"(\b(EPR|WEEE)\)?[- ](registered|authori[sz]ed|certified|compliant|compliance)\b|"
                                # "Battery Waste Management Rules 2022 compliant", "Registered under the E-Waste
                                # (Management) Rules 2022 (EPR)"
                                r"\b(battery waste|e-?waste) (\(management\) |management )?rules,? (20\d\d,? )?"
                                r"(compliant|compliance)\b|"
                                r"\b(registered|compliant) (under|with) (the )?(e-?waste|battery waste)\b|"
                                # "E-waste compliant – responsible printing"
                                r"\be-?waste[- ]complian(t|ce)\b|"
                                # "Battery meets India's Battery Waste Management Rules, 2022 - the greener choice"
                                r"\b(meets?|complies with|follows?) (the )?(india'?s |indian |uk |eu )?"
                                r"(e-?waste|battery waste)\b)"
                                r"(?=[^|]*\b(greener|green|eco|planet|sustainab\w*|environment\w*|responsible|"
                                r"responsibly|a feature|sets? (us|it|them) apart|proud\w*)\b)|"
                                # ... or under a header that makes it a merit ("Eco highlight: our brand is
                                # EPR-registered under the Plastic Waste Management Rules")
                                r"(\b(eco|green|planet|sustainab\w*) (highlights?|features?|credentials?|promise)|"
                                r"\b(key |top |special )?highlights?|\bwhy (choose|buy) us\??)\s*:"
                                r"[^|]{0,60}(\b(EPR|WEEE)\)?[- ](registered|authori[sz]ed|certified|compliant)\b|"
                                # ("Eco highlight: registered under India's E-waste EPR rules")
                                r"\b(registered|compliant) (under|with) (the )?(india'?s |indian |uk |eu )?"
                                r"(e-?waste|battery waste|EPR|WEEE)\b|"
                                # ("Eco highlight: meets India's E-Waste (Management) Rules, 2022")
                                r"\b(meets?|complies with|follows?|as per) (the )?(india'?s |indian |uk |eu )?"
                                r"(e-?waste|battery waste|plastic waste)\b)",
                                re.IGNORECASE)


@memo
def ewaste_duty(text: str) -> bool:
    """Take-back the e-waste rules require, offered as a feature ("free e-waste pickup as per E-Waste Rules");
    not a disposal instruction ("give used batteries at an e-waste collection centre as per local rules")."""
    return bool((_EWASTE_DUTY.search(text) and (_EWASTE_OFFER.search(text) or _EWASTE_COMPLIANT.search(text))) or
                _EWASTE_REGISTERED.search(text))


# A CE mark, which alone is a plain conformity mark ("CE and UKCA marked" in a spec line), presented as a selling
# point ("Highlight: CE marked for your peace of mind", "PLUS POINT: CE certified for your safety")
_CE_MARK = re.compile(r"\bCE\b([- ](marked|certified|certification|approved|compliant|mark(ing)?))?", re.IGNORECASE)
_AS_FEATURE = re.compile(r"peace of mind|\bhighlights?\b|\b(special|key|unique|top) features?\b|\bplus points?\b|"
                         r"\bUSP\b|\bfor (your|the) (safety|family|trust)\b|\byou can trust\b|\bassur\w*|"
                         r"\bmeets EU standards\b|\u3010\s*CE\b|"
                         r"\bgreen(er)?,? (\w+,? )?(choice|option|home|planet|future|living|office|world|tomorrow|"
                         r"workplace|lifestyle|desk|kitchen|bedroom|room|space|setup|ride|commute)\b|\beco\b|"
                         # "CE compliant \u2013 the responsible choice"
                         r"\b(responsible|conscious|sustainable|ethical) (choice|option|pick)\b|"
                         r"environment|planet",
                         re.IGNORECASE)


@memo
def legal_mark(text: str) -> tuple[int, int] | None:
    hit = first_unnegated(LEGAL_MARK, text)
    if hit is None and _AS_FEATURE.search(text) and not _SAFETY_STANDARD.search(text):
        m = _CE_MARK.search(text)
        hit = (m.start(), m.end()) if m and m.group(0)[:2] == "CE" else None
    return hit


# a toy's or a product's safety standard beside the CE mark: the mark is a safety mark there
_SAFETY_STANDARD = re.compile(r"\bEN ?71\b|\bIS ?9873\b|\btoys?\b", re.IGNORECASE)
