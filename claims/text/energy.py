"""Energy and water wording: saving claims, official labels, mains appliances vs battery gadgets.

Mains power saving is an energy claim; a gadget's battery saving is not (labels.md section 4).
"""

from __future__ import annotations

import re

from claims.text.lexicon import memo, occurs
from claims.text.negation import first_unnegated

BATTERY_RUNTIME = re.compile(r"\bbatter(y|ies)\b|\bA{2,3} cells?\b|\bm?ah\b|stand-?by|play ?time|back-?up|run ?time|"
                              r"talk ?time|\bcharge\b|\bcharging\b|"
                              # a coin cell's life ("the coin cell lasts up to 1 year")
                              r"\b(coin|button)[- ]cells?\b|\bCR ?\d{4}\b", re.IGNORECASE)


EXPLICIT_ENERGY = re.compile(r"energy[- ]?(saving|efficien\w*|star|class|label)|\bBEE\b|"
                             # what a plugged-in device draws ("50% less standby power", "wastes less electricity")
                             r"\bless (stand-?by )?(power|electricity)\b|\bstand-?by power\b|\belectricity\b",
                             re.IGNORECASE)


_RUNNING_COST = r"[\u00a3$\u20b9]?\d+(\.\d+)?\s?(p|pence|paise|cents?) (an|per|a|each) (hour|day|night)\b"
running_cost = occurs(re.compile(_RUNNING_COST, re.IGNORECASE))


# A figure for energy wording: a share, watts, kWh or units ("saves 30% energy", "9 W", "795 units a year")
_ENERGY_FIGURE = re.compile(r"\d+(\.\d+)?\s?(%|percent|kwh|units?|lm ?/ ?w|lumens?)\b|"
                            # watts as what the product draws ("consumes only 0.5 W in standby", "28 W power
                            # consumption"), not its rating ("Energy-saving 750 W copper motor", "it draws 2000 W on the
                            # high setting")
                            r"\b(consum\w*|only|just|standby|idle|consumption)\b[^|.;]{0,20}?\d+(\.\d+)?\s?"
                            r"(w|watts?|kw)\b|\d+(\.\d+)?\s?(w|watts?|kw)\b\s*(\(?max\.?\)?\s*)?(in |on |at )?"
                            r"(standby|idle|consumption|power consumption|power draw|only)\b|"
                            # a running cost per hour ("Costs about 4p an hour to run", "approx. 2p per hour")
                            + _RUNNING_COST + "|"
                            # two wattages set against each other ("9 W gives the light of a 60 W bulb", "28 W vs 75
                            # W"), not two settings ("Two heat setting 500W/1000W")
                            r"\d+(\.\d+)?\s?(w|watts?)\b[^|;]{0,40}?\b(vs\.?|versus|than|equivalent|replaces?|"
                            r"instead of|against|compared|light of|brightness of|as bright as|output of|same as)\b"
                            r"[^|;]{0,25}?\b\d+(\.\d+)?\s?(w|watts?)\b|"
                            r"\d+(\.\d+)?\s?(w|watts?)\b[^|;]{0,20}?(=|\u2248|~)\s*\d+(\.\d+)?\s?(w|watts?)\b|"
                            # a draw cut from one wattage to another ("cuts the UPS's own draw from 12.5 W to 4.8 W")
                            r"\bfrom \d+(\.\d+)?\s?(w|watts?) to \d+(\.\d+)?\s?(w|watts?)\b",
                            re.IGNORECASE)


energy_figure = occurs(_ENERGY_FIGURE)


# a figure of efficiency, not of size: a product's wattage or lumens ("9 W LED Bulb, 900 lumen") say how big
# it is, a share, a consumption or an efficacy how efficient
_EFFICIENCY_FIGURE = re.compile(r"\d+(\.\d+)?\s?(%|percent|kwh|units?|lm ?/ ?w)\b|"
                                r"\b\d+(\.\d+)?\s?w(atts?)?\b[^|.;]{0,40}"
                                r"\b(equivalent|replaces?|gives the light of|same (light|brightness) as)\b",
                                re.IGNORECASE)


efficiency_figure = occurs(_EFFICIENCY_FIGURE)


# Energy saving wording about the product's consumption (labels.md section 4): a claim; with an
# official label it is substantiated, with no figure UNQUANTIFIED_CHARACTERISTIC, with a figure and
# no baseline UNSUPPORTED_COMPARISON. Not a gadget's battery features.
_ENERGY_SAVING = re.compile(
    r"\benergy[- ]?(savings?|saver|efficien\w*)\b|\bpower[- ]?(savings?|saver)\b|\b(sav(es?|ing)|cuts?|cutting|"
    r"reduces?|reducing|lowers?|lowering)\s+(up ?to\s+)?(\d+(\.\d+)?\s?(%|percent)\s+)?(of\s+|on\s+)?"
    r"((your|its|their|the)\s+)?([\w-]+'s\s+)?"
    r"(energy|electricity|power (consumption|"
    r"bills?)|electricity bills?)\b|"
    r"\bsav(es?|ing)\s+(up ?to\s+)?\d+(\.\d+)?\s?(%|percent)\s+(of\s+)?((your|its|the)\s+)?"
    r"power\b|\b(uses?|consumes?)\s+(up ?to\s+|approx\.?\s+)?\d+(\.\d+)?\s?(%|percent)\s+"
    r"less\s+"
    r"(energy|electricity|power)\b|\bsav(es?|ing) (your )?money on (your )?(electricity|power|energy)( bills?)?\b|"
    r"\b(electricity|power|energy) bills? (down|low)\b|\b(wastes?|consumes?|uses?|draws?) (very |much |far |"
    r"(up ?to )?\d+(\.\d+)?\s?% )?less (stand-?by |mains |grid )?(electricity|energy|power)\b|"
    # cooking fuel ("cooks rice with up to 35% less gas than an open pan")
    r"\b(with|uses?|needs?|consumes?|sav(es?|ing)) (up ?to )?(\d+(\.\d+)?\s?(%|kg|kgs|litres?|l) )?less (cooking )?"
    r"(gas|LPG|fuel)\b|"
    r"\bsav(es?|ing) (on )?(cooking )?(gas|LPG)\b|\b(gas|LPG)[- ]saving\b|"
    r"\b(improves?|better|increases?|boosts?|saves?) (the |your )?fuel (economy|efficiency|mileage)\b|"
    r"\bfuel[- ](saving|efficient|economy)\b|"
    r"\b(lower|reduced?|smaller|low|tiny|minimal) (electricity|power|energy) bills?\b|"
    r"\bsav(e|es|ing) (time|money) (and|&) (energy|electricity|power)\b|"
    r"\b(electricity|energy|power) (consumption|use|usage|bills?) (is |are |gets? )?(reduced|lower(ed)?|cut|down)\b|"
    r"\bstand-?by (power )?sav\w*|\b(cuts?|reduces?)( down)? (on )?(electricity|energy|power) "
    r"(waste|wastage|use|usage)\b|"
    # "Standby consumption 0.5 W, i.e. 60% less (than our earlier model)"
    r"\b(stand-?by|power|energy|electricity) (consumption|draw|use|usage)\b[^|;]{0,30}?\b\d+(\.\d+)?\s?(%|percent) "
    r"(less|lower)\b|"
    # a water heater's heat kept in ("Standing loss approx. 36% lower")
    r"\b(standing|stand-?by|heat) (heat )?loss(es)?\b[^|;]{0,20}?\b\d+(\.\d+)?\s?(%|percent) (less|lower)\b|"
    # a power row against a stated baseline ("Power use: 18 W vs. 30 W for our 2019 NB-100 model")
    r"\b(power|energy) (use|usage|consumption|draw)\s*:?\s*\d+(\.\d+)?\s?W(atts?)?\s+(vs\.?|versus|against|"
    r"compared (to|with))\s+\d|"
    # its wattage against a stated baseline's ("Uses 28 W vs. 75 W of a standard induction fan")
    r"\b(uses?|consumes?|draws?)\s+(only\s+|just\s+)?\d+(\.\d+)?\s?W(atts?)?\s+(vs\.?|versus|against|"
    r"compared (to|with)|"
    r"instead of)\s+(\d+(\.\d+)?\s?W(atts?)?|an? |the )",
    re.IGNORECASE)


_MAINS_WORDING = re.compile(r"\belectricity\b|\bkwh\b|\b(power|electricity|energy) bills?\b", re.IGNORECASE)


_SAVING_MODE = re.compile(r"(power|battery)[- ]?sav\w* (mode|sleep|standby)", re.IGNORECASE)  # a gadget's mode


# an EU energy class after the wording ("Energy efficient – B class")
_EU_CLASS = r"\benerg[\w -]{0,25}?[\u2013:-]\s*[A-G]\+{0,3}\s+class\b"
# (not the shoppers' stars: "Energy saving: customer 5-star rated")
_CUSTOMER = r"(?<!customer )(?<!customers' )(?<!user )(?<!buyer )(?<!reviewer )(?<!shopper )"
_ENERGY_LABEL = re.compile(r"\bBEE\b|energy star|" + _CUSTOMER +
                           r"\b\d[- ]?star\b(?!\s*(customer|user|buyer|review|hotel|service))|\bA\+{1,3}(?! ?grade)|"
                           r"energy class|" + _EU_CLASS + "|"
                           r"\bEPREL\b|\bkwh\b", re.IGNORECASE)


# what a plugged-in adapter draws doing nothing, presented as low ("No-load power input only 0.07 W", "Only 0.07W
# No-Load Power Draw"): a figure of its consumption, battery words or not (a bare spec row "Standby: 0.5 W" is none)
_LOW = r"(only|just|as low as|less than|mere(ly)?|barely|under)"
_WATTS = r"\s+\d+(\.\d+)?\s?W(atts?)?"
_LOW_STANDBY = re.compile(r"\b(no[- ]load|stand-?by)\b[^|;]{0,80}?\b" + _LOW + _WATTS + r"\b|\b" + _LOW + _WATTS +
                          r"\s+(no[- ]load|stand-?by)\b", re.IGNORECASE)
# an appliance the energy label scheme leaves out, said so ("Energy Rating: Not Applicable (BEE star labelling does
# not cover microwave ovens)", "Energy Rating: Not Rated")
_NOT_RATED = re.compile(r"\b(energy|star|BEE)( star)? (rating|label(ling)?)\s*[:=-]?\s*"
                        r"(not (applicable|rated|available)|n/?a\b|none\b|nil\b)|"
                        r"\bnot (BEE )?star[- ](rated|labell?ed)\b", re.IGNORECASE)


@memo
def not_rated(text: str) -> bool:
    """The segment says the product carries no energy label, and claims no saving ("Energy Rating: Not Rated")."""
    return _NOT_RATED.search(text) is not None and energy_saving(text) is None and mains_saving(text) is None


@memo
def energy_saving(text: str) -> tuple[int, int] | None:
    """Explicit energy-saving wording about the product's consumption, not negated, not a gadget's
    battery feature ("power saving mode" on a mouse)."""
    low_standby = first_unnegated(_LOW_STANDBY, text)
    if low_standby:
        return low_standby
    if (battery_wording(text) and not _LESS_ELECTRICITY.search(text)) or \
            (_SAVING_MODE.search(text) and not _MAINS_WORDING.search(text)):
        return None
    return first_unnegated(_ENERGY_SAVING, text)


# what a gadget draws from the mains said outright ("Uses 35% less electricity when charging"): labels.md section 4
# counts explicit wording about the product's consumption, battery or not
# ... or per charge ("Uses approx. 20% less energy per charge")
_LESS_ELECTRICITY = re.compile(r"\b(uses?|consumes?|draws?|needs?|takes?)\s+(up to\s+|only\s+|approx\.?\s+|about\s+)?"
                               r"(\d+(\.\d+)?\s?%\s+)?less\s+(electricity\b|(energy|power)\s+"
                               r"(per|for each|each|every)\s+(charge|charging cycle|cycle)\b)", re.IGNORECASE)


# a mains appliance's standby draw in watts ("consumes only 0.5W in standby") is no battery runtime
def battery_wording(text: str) -> bool:
    """Runtime or battery wording, not a mains appliance's standby draw ("6 W max, 1.5 W standby")."""
    return bool(BATTERY_RUNTIME.search(_MAINS_STANDBY.sub(" ", text)))


_MAINS_STANDBY = re.compile(r"\d+(\.\d+)?\s?w(atts?)?\b[^.;|\n]{0,20}\bstand-?by\b|"
                            r"\bstand-?by (power )?(sav\w*|cut[- ]?off|killer|waste)|\b(stops?|cuts?|eliminates?) "
                            r"(the )?stand-?by (power|consumption|drain)\b|"
                            r"\b(less|lower|reduced|minimal|low) stand-?by (power|consumption|draw|drain)\b|"
                            r"\bstand-?by (power|consumption|mode)?[^.;|\n]{0,20}?\d+(\.\d+)?\s?w(atts?)?\b|"
                            # a charger that idles once the cells it charges are full ("drops to low-power standby
                            # when the cells are full"): the charger's own draw, not a battery's runtime
                            r"\b(low[- ]power )?stand-?by when the (cells|batteries|battery) (are|is) "
                            r"(full|(fully )?charged)\b",
                            re.IGNORECASE)


# Words an energy_efficiency claim needs (labels.md section 4: "efficient" about performance, a cable's
# wattage or an auto shut-off is no energy claim; about electricity use it is)
_ENERGY_WORDING = re.compile(r"\benerg\w*|\belectricity\b|\bpower[- ](consumption|bills?|usage|use|sav\w*|draw)\b|"
                             r"\bkwh\b|\bunits? (per|a|each) (year|day|month)\b|\bstar (rating|rated|label)\b|"
                             r"\b\d[- ]?star\b|\bBEE\b|\bsav(es?|ing) (power|electricity)\b|\bconsum\w*|\binverter\b|"
                             r"\bstand-?by\b|\bA\+{1,3}|\bEPREL\b|\bEPEAT\b|\bTCO\b|\bLED\b|\bwatts? (only|less)\b",
                             re.IGNORECASE)


energy_wording = occurs(_ENERGY_WORDING)


# Battery gadgets (labels.md section 4: "power saving mode" on a mouse, phone or watch is no energy claim)
_BATTERY_GADGET = re.compile(r"\b(wireless )?(mouse|mice|keyboards?|earbuds|earphones?|headphones?|headsets?|"
                             r"neckbands?|"
                             r"smart ?watch\w*|watch(es)?|fitness (band|tracker)s?|smart ?band|phones?|smartphones?|"
                             r"speakers?|remotes?|power ?banks?|trimmers?|stylus|tablets?|e-?readers?|cameras?)\b",
                             re.IGNORECASE)


# a gadget's Eco mode or gear that stretches its runtime ("ECO GEAR = LONGER RUNTIME", "Eco Mode reduces motor speed
# to stretch runtime")
GADGET_ECO_MODE = r"eco[- ]?(mode|gear|setting)s?"
GADGET_POWER_SAVING = re.compile(r"\b(auto[- ]?sleep|sleep mode|power[- ]sav\w*|battery[- ]sav\w*|low[- ]power|"
                                  + GADGET_ECO_MODE + "|"
                                  r"power[- ]efficien\w*|(reduc|lower)\w* (the )?power consumption|low(er)? power "
                                  r"consumption)\b", re.IGNORECASE)


# A mains appliance, by its title: its power saving is an energy claim (labels.md section 4), whatever
# else its title names ("BLDC Ceiling Fan with Remote", "Smart LED TV with Voice Remote")
_MAINS_APPLIANCE = re.compile(
    r"\b(LED TV|smart TV|TV|televisions?|refrigerators?|fridges?|air conditioners?|(split|window|inverter|portable) AC|"
    r"washing machines?|dishwashers?|microwaves?|ovens?|OTG|geysers?|water heaters?|room heaters?|heaters?|"
    r"(ceiling|table|pedestal|wall|exhaust|tower|BLDC) fans?|air coolers?|coolers?|irons?|kettles?|induction|"
    r"cooktops?|mixer grinders?|mixers?|juicers?|blenders?|water purifiers?|air purifiers?|monitors?|printers?|"
    r"desktops?|routers?|set[- ]top box(es)?|soundbars?|home theat(re|er)s?|chimneys?|vacuum cleaners?|air fryers?|"
    r"toasters?|sandwich makers?|(LED )?bulbs?|battens?|tube ?lights?|panel lights?|downlights?|hair dryers?|"
    r"(paper )?shredders?|laminators?|projectors?|dehumidifiers?|humidifiers?|water dispensers?|"
    r"coffee (makers?|machines?)|rice cookers?|electric cookers?|freezers?|mains( powered| operated)?|plug[- ]in|"
    # a TV's streaming stick runs off the TV or a wall adaptor, not a battery
    r"streaming (sticks?|devices?|box(es)?|players?)|media (players?|sticks?|box(es)?)|TV sticks?|"
    r"electric (over|under)blankets?|heated airers?|"
    r"(230|220|240) ?V( AC)?)\b",
    re.IGNORECASE)


_BATTERY_POWERED = re.compile(r"\bcordless\b|\brechargeable\b|\bbattery[- ](operated|powered)\b|\bUSB[- ]powered\b|"
                              # (a portable air conditioner or heater still plugs in)
                              r"\bportable\b(?! ([\w-]+ )?(air conditioners?|AC|heaters?|room heaters?|dehumidifiers?|"
                              r"washing machines?|induction|cooktops?|air coolers?|ovens?)\b)", re.IGNORECASE)


# the gadgets themselves (not their remotes, speakers or cameras, which mains appliances come with too)
_GADGET_ITSELF = re.compile(r"\b(mouse|mice|earbuds|earphones?|headphones?|headsets?|neckbands?|smart ?watch\w*|"
                            r"watch(es)?|fitness (band|tracker)s?|smart ?band|smartphones?|power ?banks?|trimmers?|"
                            r"stylus|e-?readers?|baby monitors?|"
                            # a remote sold on its own ("Replacement Remote for ... LED TV")
                            r"(replacement|universal|spare|duplicate) remotes?( controls?)?)\b", re.IGNORECASE)


# Water-saving wording about the product's use (labels.md section 1: water_efficiency): "saves upto 60% water",
# "zero water wastage", "uses less water"; a claim like energy saving, with the same figure rules
_WATER_SAVING = re.compile(
                           # "Uses 10.5 L water per kg vs. 14.0 L for a std. top-loader"
                           r"\buses? (only )?\d+(\.\d+)?\s?(l|litres?|liters?) (of )?water\b[^|]{0,40}?\b(vs\.?|versus|"
                           r"compared|than|less)\b|"
                           r"\b(sav(es?|ing)|cuts?|reduces?|lowers?)\s+(up ?to\s+|approx\.?\s+|about\s+|"
                           r"around\s+|nearly\s+)?"
                           r"(\d[\d,]*(\.\d+)?\s?(%|percent|litres?|"
                           r"liters?|l)\s+)?"
                           r"(of\s+)?((your|its|the)\s+)?(rinse |rinsing |flush |tap )?water( (use|usage|consumption|"
                           r"wastage|bills?))?\b|"
                           r"\bwater[- ]sav(ing|er)\b|\b(zero|less|minimal|no) water (wastage|waste)\b|"
                           r"\b(zero|less|low|minimal|minimum|reduced) waste[- ]?water\b|"
                           r"\b(uses?|consumes?|wastes?) (up ?to )?(\d+(\.\d+)?\s?(%|percent) )?less water\b",
                           re.IGNORECASE)


@memo
def water_saving(text: str) -> tuple[int, int] | None:
    return first_unnegated(_WATER_SAVING, text)


# a flow or use figure: "6 LPM", "6 litres per minute", "4.5 L/flush"
_WATER_FIGURE = re.compile(r"\d+(\.\d+)?\s?(LPM|L/min|l/min|lpf|gpm|(litres?|liters?|l) (per|/) ?(minute|min|flush|"
                           r"wash|cycle|load))\b", re.IGNORECASE)


water_figure = occurs(_WATER_FIGURE)


# a mains part named in the same line ("Power-saving mode: the 230 V base station drops to 0.5 W standby")
mains_voltage = occurs(re.compile(r"\b(100\s?[-\u2013~]\s?240|2[234]0|110|120)\s?V(AC| AC)?\b", re.IGNORECASE))
battery_capacity = occurs(re.compile(r"\b\d[\d,]*\s?mAh\b", re.IGNORECASE))


# the supply a title names, wherever it stands ("Battery Maintainer for Cars and Bikes, 230 V")
_MAINS_SUPPLY = re.compile(r"\b((230|220|240) ?V( AC)?|mains( powered| operated)?|plug[- ]in)\b", re.IGNORECASE)


def _title_product(title: str) -> str:
    """The title before what the product is for or fits ("Wireless Mouse" of "Wireless Mouse for Laptop")."""
    return re.split(r"\b(for|compatible with|works with|fits)\b", title, maxsplit=1, flags=re.IGNORECASE)[0]


def mains_appliance(title: str) -> bool:
    """A mains-powered appliance, by its title ("Smart LED TV 32 inch", "1200 mm BLDC Ceiling Fan with Remote");
    not a gadget that names one ("Smartwatch with Heart Rate Monitor"), nor a part for one ("SSD for Laptop &
    Desktop")."""
    return bool(_MAINS_APPLIANCE.search(_title_product(title)) or _MAINS_SUPPLY.search(title)) and \
        not _BATTERY_POWERED.search(title) and not _GADGET_ITSELF.search(title)


# a description line that gives the product mains power ("Power: 230 V mains", "Power source: 230 V AC")
mains_power_line = occurs(re.compile(r"\b(power( source| supply)?|input|operates on|runs on)\s*[:=\u2013-]?\s*"
                                     r"[^|;]{0,12}?"
                                     r"\b((230|220|240) ?V( AC)?|mains)\b|\bmains[- ](powered|operated)\b|"
                                     r"\b(230|220|240) ?V (AC )?corded\b|\b(230|220|240) ?V (AC )?mains\b|"
                                     r"\bcorded\b[^|;]{0,12}?\b(230|220|240) ?V\b|"
                                     # a rating row ("230 V, 120 W", "120 V / 60 W")
                                     r"^\W*(230|220|240|110|120) ?V( AC)?\s*[,/|]\s*\d+(\.\d+)? ?(W|watts?|kW)\b",
                                     re.IGNORECASE))


# a title that puts the product on a battery (a "Portable" or "Smart Speaker" title may still say "Power: 230 V mains")
_ON_BATTERY = re.compile(r"\bcordless\b|\brechargeable\b|\bbattery[- ](operated|powered)\b|\bUSB[- ]powered\b",
                         re.IGNORECASE)


# a product that runs on its own battery ("Runs on built-in 4000 mAh battery, charge by USB-C" of a table fan)
runs_on_own_battery = occurs(re.compile(
    r"\b(runs?|works?|operates?) (on|from) (an? |its |the )?(built[- ]in |inbuilt |internal )?(\d[\d,]*\s?mAh )?"
    r"(rechargeable )?(li-?ion |lithium )?batter(y|ies)\b(?! backup)|"
    r"\b(built[- ]in|inbuilt|internal) (\d[\d,]*\s?mAh )(rechargeable )?(li-?ion |lithium )?batter(y|ies)\b(?! backup)|"
    # a spec row that puts it on a battery ("Power source: Cordless")
    r"\bpower( source| supply)?\s*[:=\u2013-]\s*(cordless|battery([- ]powered)?|rechargeable batter(y|ies))\s*$|"
    # "Power: rechargeable 2000 mAh battery, USB-C"; a bullet that says only "USB-C rechargeable"
    r"\bpower( source| supply)?\s*[:=\u2013-]\s*(built[- ]in |inbuilt |internal )?rechargeable (\d[\d,]*\s?mAh )?"
    r"(li-?ion |lithium )?batter(y|ies)\b(?! backup)|"
    r"^\W*(USB[- ]?C? )?rechargeable( (via|by|through) USB[- ]?C?)?\W*$|"
    # dry cells ("Power: 2 x AA batteries (not included)", "runs on 3 AAA batteries")
    r"\b(power( source| supply)?\s*[:=\u2013-]|(runs?|works?|operates?) (on|with))\s*(\d|two|three|four)\s*(x\s*)?"
    r"(AAA?|C|D|CR\d{4}|LR\d{2,4}|button[- ]cell|coin[- ]cell)\s*(size |alkaline |dry[- ]cell )?"
    r"(batter(y|ies)|cells)\b",
    re.IGNORECASE))


# a spec row that names the power source or the rating and nothing else ("Power source: Cordless", "Power Source:
# Corded Electric", "Rated power: 5 W")
power_source_row = occurs(re.compile(r"^\W*((rated|nominal|input|max(imum)?) )?power"
                                     r"( source| supply| type| rating| input)?\s*[:=\u2013-]\s*[\w /,.-]{1,30}$",
                                     re.IGNORECASE))


# a spec row of what the appliance draws, figures only ("Power consumption: 6 W max, 1.5 W standby"): no claim, unlike
# "Low power consumption: ..." (labels.md section 4)
consumption_row = occurs(re.compile(r"^\W*((rated|max(imum)?|typical|average|nominal) )?(power|energy) consumption"
                                    r"\s*[:=\u2013-]\s*(((approx\.?|about|~|<|max\.?|typ\.?)\s*)?\d+(\.\d+)?\s?"
                                    r"(k?w|watts?|kwh( ?/ ?(year|annum|day|h))?)\b"
                                    r"(\s*\(?(max(imum)?|standby|in standby|"
                                    r"idle|typical|operating|in use|on|off|peak|average|rated)\)?)?\s*[,;/]?\s*)+$",
                                    re.IGNORECASE))


# a line about an accessory's own battery ("Controllers: 2 x wireless, 1560 mAh built-in battery each" of a console)
_ACCESSORY_LINE = re.compile(r"^\W*(wireless |extra |spare )?(controllers?|remotes?( controls?)?|stylus|pens?|"
                             r"keyboards?|mouse|mice|earbuds|headsets?|gamepads?|joy-?cons?)\s*[:=\u2013-]",
                             re.IGNORECASE)


def mains_listing(title: str, texts: list[str]) -> bool:
    """A mains appliance by its title, or a product whose bullets give it mains power ("Power: 230 V mains; power-saving
    mode after 30 min idle" on a white-noise machine) and whose title and bullets name no battery; not one whose
    bullets put it on its own battery."""
    if any(map(runs_on_own_battery, texts)):
        return False
    return mains_appliance(title) or (
        not _ON_BATTERY.search(title) and not any(battery_capacity(t) and not _ACCESSORY_LINE.match(t) for t in texts)
        and any(map(mains_power_line, texts)))


_BATTERY_CUE = re.compile(r"\bbatter(y|ies)\b(?! back-?up)|\bm?Ah\b|\b(play|talk|run) ?time\b", re.IGNORECASE)


def saving_on_battery(text: str) -> bool:
    """A power saving that its own line ties to a battery ("USB-C rechargeable, power-saving auto-off after 60 s",
    "Power saving DEVSLP lets the drive sleep, so your laptop battery lasts longer"): a runtime feature."""
    return bool(GADGET_POWER_SAVING.search(text) and (_ON_BATTERY.search(text) or _BATTERY_CUE.search(text)) and
                not EXPLICIT_ENERGY.search(text))


def battery_gadget(title: str) -> bool:
    """A battery-powered gadget, by its title ("Wireless Mouse 2.4GHz", "Smartwatch 1.43 inch"), not a
    mains appliance that comes with a remote."""
    return bool(_BATTERY_GADGET.search(_title_product(title))) and not mains_appliance(title)


_MAINS_SAVING = re.compile(_SAVING_MODE.pattern + r"|\bsav(es?|ing) power\b|" + _ENERGY_SAVING.pattern +
                           # "ECO mode lowers idle power draw by 35%", "Eco mode cuts power draw when the room is dry"
                           # ... and its own ("cuts the soundbar's power use by 60%", "draws less from the mains")
                           r"|\b(lowers?|cuts?|reduces?|halves) (the |its )?([\w-]+'s )?(own )?(idle |standby )?"
                           r"(power (draw|consumption|use|usage)|draw)\b|"
                           r"\bdraws? less (power |electricity )?from the mains\b|"
                           # "Sleep mode: 40% less electricity", "up to 25% lower consumption at night"
                           r"\b\d+(\.\d+)?\s?% (less|lower) (electricity|energy|power|consumption)\b|"
                           # running cost ("Up to 95% cheaper to run", "Costs just 3p an hour to run")
                           r"\bcheaper to run\b|\b(low|lower|reduced) running costs?\b|\bcosts? less to run\b|"
                           r"\brunning costs?\s*[:=]?\s*(of |is |approx\.? |about |around |just |only )*"
                           r"[\u00a3$\u20b9]?\d|"
                           r"\bcosts? (just |only )?(about |approx\.? )?[\u00a3$\u20b9]?\d+(\.\d+)?\s?"
                           r"(p|pence|paise|cents?)? (an|per) hour to run\b|"
                           # "Low power consumption in standby" of a mains printer
                           r"\b(low|lower|minimal|reduced)( standby| idle)? (power|energy|electricity) "
                           r"(consumption|use|usage|draw)\b",
                           re.IGNORECASE)


@memo
def mains_saving(text: str) -> tuple[int, int] | None:
    """Power or energy saving wording of a mains appliance, modes included ("Eco Power Saving Mode",
    "auto standby saves electricity"), unless it is about a battery."""
    if re.search(r"\b(battery|batteries|cells?|CR\d{4}|AAA?)\b", text, re.IGNORECASE):
        return None
    return first_unnegated(_MAINS_SAVING, text)


@memo
def energy_label(text: str) -> bool:
    return first_unnegated(_ENERGY_LABEL, text) is not None  # not "Energy-saving (not ENERGY STAR certified)"


# An official energy label anywhere in the listing ("3 Star BEE rating" in the next bullet) substantiates
# its energy wording (labels.md section 4); a bare "5 star" may be a customer rating, so not here
# (an EU class also stands alone where the segmenter split it off the wording at its dash: "B class")
_OFFICIAL_ENERGY_LABEL = re.compile(r"\bBEE\b|energy star|energy class|\bEPREL\b|" + _EU_CLASS +
                                    r"|^\W*[A-G]\+{0,3}[- ]class\W*$|"
                                    + _CUSTOMER + r"\b\d[- ]?star\s+(BEE|energy|rated|rating)\b", re.IGNORECASE)


# India's BEE star label in a mains appliance's title ("Storage Water Heater (Geyser), 5 Star"): the rating is the
# appliance's energy label, a substantiated energy claim (not a customer rating or a hotel's stars)
title_star_label = occurs(re.compile(r"\b[1-5][- ]?star\b(?!\s*(customer|user|review|hotel|rated by|service|safety))"
                                     # ("Rated 5 Star by 2000+ Customers")
                                     r"(?!\s*by\s+([\d,+]+\s*)?(happy |satisfied |our )?(customers?|users?|buyers?|"
                                     r"reviewers?))|"
                                     # the EU label's class ("Smart LED Bulb E27 Energy Class D")
                                     r"\benergy (efficiency )?class [A-G]\b(?!\+)",
                                     re.IGNORECASE))


# ... and its spec row anywhere in the listing ("Energy Rating: 3 Star", "Star Rating : 5 Star")
star_rating_row = occurs(re.compile(r"\b(energy|star|BEE)\s*(efficiency\s*)?(rating|label)\s*[:=\u2013-]\s*"
                                    r"[1-5][- ]?star\b", re.IGNORECASE))


def official_energy_label(text: str) -> bool:
    return first_unnegated(_OFFICIAL_ENERGY_LABEL, text) is not None
