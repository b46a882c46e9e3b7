"""Minimal pairs for real seller copy (labels.md section 4 and the errors of the real-copy issue),
with the shipped model: each case changes one thing, and the result must change with it (or not)."""

from __future__ import annotations

import pytest


def _one(analyzer, title: str, description: str = "") -> dict:
    return analyzer.score([{"id": "x", "title": title, "description": description}])[0]


def _codes(result: dict) -> set[str]:
    return {f["code"] for f in result["greenwashing"]["findings"]}


def _attrs(result: dict) -> set[str]:
    return {a["label"] for a in result["eco_attributes"]}


TV = ("Acme 43 inch 4K Ultra HD Smart LED TV", "Resolution: 4K Ultra HD (3840x2160)|Warranty: 1 year on product"
      "|Installation: wall mount will be charged extra at installation, demo provided by the brand")


def test_installation_terms_are_not_a_claim(analyzer):
    r = _one(analyzer, *TV)
    assert r["greenwashing"]["level"] == "none", r["greenwashing"]["findings"]


def test_feature_names_with_eco_words_are_not_claims(analyzer):
    r = _one(analyzer, "Wireless Earbuds with Quad Mic Environmental Noise Cancellation (ENC), 40H Playtime",
             "ENC for clear calls|Bluetooth 5.3|IPX5 sweat resistance")
    assert "GENERIC_CLAIM" not in _codes(r) and r["greenwashing"]["level"] == "none"


def test_generic_claim_in_real_copy_is_high(analyzer):
    r = _one(analyzer, "Silicone Case Cover for Smart Watch 44mm",
             "Eco-friendly and durable silicone case|Precise cutouts for all buttons|Easy to install")
    assert r["greenwashing"]["level"] == "high" and "GENERIC_CLAIM" in _codes(r)


def test_returns_and_battery_saving_on_a_mouse_are_not_claims(analyzer):
    r = _one(analyzer, "Wireless Mouse 2.4GHz with USB Receiver, Black",
             "Power saving mode: the mouse sleeps after 8 minutes to save battery|Easy returns within 10 days"
             "|Plug and play, no driver needed")
    assert r["greenwashing"]["level"] == "none", r["claims"]


def test_conformity_marks_presented_as_a_feature(analyzer):
    r = _one(analyzer, "20W USB C Fast Charger Adapter",
             "CE, RoHS certified: eco safe charging for your family|Over-voltage protection|Compact design")
    assert "LEGAL_REQUIREMENT_AS_FEATURE" in _codes(r)
    plain = _one(analyzer, "20W USB C Fast Charger Adapter",
                 "BIS certified adapter|Over-voltage protection|Compact design")
    assert plain["greenwashing"]["level"] == "none"


@pytest.mark.parametrize(("negated", "plain", "code"), [
    ("Flushable wipes, 80 pcs. Not biodegradable – do not flush.", "Flushable wipes, 80 pcs. Biodegradable.",
     "UNQUALIFIED_DEGRADABILITY"),
])
def test_negated_wording_is_not_a_claim(analyzer, negated, plain, code):
    assert code not in _codes(_one(analyzer, "Cleaning wipes", negated))
    assert code in _codes(_one(analyzer, "Cleaning wipes", plain))


def test_no_offsets_used_is_not_an_offset_claim(analyzer):
    r = _one(analyzer, "Steel water bottle 750 ml",
             "Carbon footprint 2.1 kg CO2e per bottle (ISO 14067, cradle to gate). No offsets are used in this "
             "figure.")
    assert "OFFSET_NEUTRALITY" not in _codes(r)


def test_licence_number_in_the_description_verifies_the_title(analyzer):
    with_no = _one(analyzer, "EU Ecolabel certified dish soap 500 ml",
                   "Plant-based surfactants. EU Ecolabel licence no. BE/038/001.")
    assert "UNVERIFIED_CERTIFICATION" not in _codes(with_no)
    without = _one(analyzer, "EU Ecolabel certified dish soap 500 ml", "Plant-based surfactants.")
    assert "UNVERIFIED_CERTIFICATION" in _codes(without)


def test_abbreviated_licence_is_one_claim(analyzer):
    r = _one(analyzer, "Bath towel 70x140", "Certified with the EU Ecolabel (licence no. BE/006/001).")
    assert "UNVERIFIED_CERTIFICATION" not in _codes(r)


def test_a_language_the_analyzer_does_not_read_is_not_none(analyzer):
    r = _one(analyzer, "Umweltfreundlich und klimaneutral hergestellt", "Aus recyceltem Kunststoff, 500 ml.")
    assert r["status"] == "unsupported_language" and r["language"] == "de"
    assert r["greenwashing"]["level"] != "none"
    english = _one(analyzer, "Eco-friendly and climate neutral water bottle", "Made of recycled plastic, 500 ml.")
    assert english["status"] == "scored" and english["greenwashing"]["level"] == "high"


def test_build_adjectives_are_not_durability_claims(analyzer):
    plain = _one(analyzer, "Nylon Braided USB C Cable 1m", "Durable and sturdy nylon braided design|Fast charging 3A")
    assert "durability_repair" not in _attrs(plain)
    claim = _one(analyzer, "Nylon Braided USB C Cable 1m", "Long-lasting: built to last for years|Fast charging 3A")
    assert "durability_repair" in _attrs(claim)


def test_energy_saving_needs_a_figure_or_label(analyzer):
    vague = _one(analyzer, "1200mm Ceiling Fan", "Energy saving motor|High air delivery|2 year warranty")
    assert "energy_efficiency" in _attrs(vague) and vague["greenwashing"]["level"] == "medium"
    labelled = _one(analyzer, "1200mm Ceiling Fan", "BEE 5 star rated, 28 W power consumption|High air delivery")
    assert "energy_efficiency" in _attrs(labelled) and labelled["greenwashing"]["level"] == "low"


@pytest.mark.parametrize(("title", "description", "level", "code"), [
    # a generic term in the title with nothing behind it
    ("Eco-Friendly Phone Case for iPhone 15", "Shock absorbing corners|Wireless charging compatible", "high",
     "GENERIC_CLAIM"),
    # one part stretched to the whole product, across a dash
    ("Canvas Sneakers for Men, White", "Rubber sole|Eco sneakers – the laces are made from recycled PET", "high",
     "WHOLE_PRODUCT_OVERREACH"),
    # disclaimed and asked-about wording
    ("Soft TPU Back Cover", "Precise cutouts|We don't claim this case is eco-friendly: it is a plain TPU case.",
     "none", None),
    ("Grocery Carry Bag Large, Pack of 30", "Is this bag biodegradable? We have not tested it, so we make no such "
     "claim.", "none", None),
    # safety marks make no claim; an official energy label substantiates one
    ("Bluetooth Speaker 10W Portable", "FCC certified|10 h playtime|TWS pairing", "none", None),
    ("Ceiling Fan 1200 mm with Remote", "BEE 5 star rated fan, 28 W at full speed|Remote control", "low", None),
    # durability wording without a figure; a battery's runtime is not durability
    ("Smart Watch 1.8 inch", "Long Lasting Shock Proof ABS Body|Bluetooth calling", "medium",
     "DURABILITY_UNSUBSTANTIATED"),
    ("Power Bank 10000 mAh", "Long lasting 8720 mAh Battery|Dual USB output", "none", None),
    # the generic term stays generic beside a battery's runtime; toy safety standards are no claim
    ("Power Bank 10000 mAh", "Eco-friendly and durable ABS body with long lasting battery|Dual USB output", "high",
     "GENERIC_CLAIM"),
    ("Rocking Horse for Toddlers", "Approved CE (EN71 standard) and toy safety standard ASTM F963, tested by SGS",
     "none", None),
    ("Wooden Easel for Kids", "This quality easel is sure to last generations.", "medium",
     "DURABILITY_UNSUBSTANTIATED"),
    # free of, said with a negator; organic wording backed by a certification elsewhere in the listing
    ("Mosquito Repellent Liquid", "Herbal formula, safe for kids and pets, no harmful chemicals", "medium",
     "VAGUE_FREE_OF"),
    ("Organic Honey 500g", "100% pure and organic honey, certified by India Organic (NPOP)", "low", None),
    ("Air Fryer 4L Digital", "Uses up to 90% less oil than traditional frying|Timer up to 60 min", "none", None),
    ("Baby Feeding Bottle 250ml", "BPA free, anti-colic nipple|Wide neck for easy cleaning", "high",
     "LEGAL_REQUIREMENT_AS_FEATURE"),
    ("Smart LED TV 43 inch", "Power saving: consumes only 0.5W in standby|3 HDMI ports", "low", None),
    # an eco word in the brand is no claim (labels.md section 4); an eco claim beside the brand still is
    ("Green Tales Cotton Kurta for Women", "Fabric: cotton|Fit: regular|Brand: Green Tales", "none", None),
    ("Green Tales Cotton Kurta for Women", "Brand: Green Tales|An eco-friendly kurta for the planet", "high",
     "GENERIC_CLAIM"),
    # no high finding on a line with no eco word: a warranty, a lid seal
    ("USB Cable 1.5m", "THE ACME ADVANTAGE: HASSLE FREE 1 YEAR WARRANTY from a company that has valued CUSTOMERS "
     "for over 30 YEARS|High speed data transfer", "none", None),
    ("Lunch Box 3 Containers", "Double Deck Seal|Microwave safe|Leak proof", "none", None),
    ("Steel Lunch Box 3 Containers", "Double Deck Seal|Better for the planet|Leak proof", "high", "GENERIC_CLAIM"),
    # a brand the listing calls a brand; virgin material and backup-power compatibility are plain facts
    ("Mixer Grinder 750W", "Green Tales brand|750W copper motor|2 year warranty", "none", None),
    ("Mixer Grinder 750W", "Green Tales brand|Eco-friendly mixer for a greener home", "high", "GENERIC_CLAIM"),
    ("Paper Towels, Pack of 2", "Made from 100% virgin pulp|Soft and absorbent", "none", None),
    ("Paper Towels, Pack of 2", "Made from 100% recycled pulp|Soft and absorbent", "low", None),
    ("Air Cooler 40L", "Honeycomb pads|Inverter compatible|Remote control", "none", None),
    # a negated keyword makes no claim and no finding beside an unnegated one; "eco" as economy
    ("Wet & Dry Vacuum Cleaner 1600W", "Dust bag is disposable paper bag, not biodegradable; use cloth filter if "
     "you want reuse.|20 L steel tank", "low", None),
    ("Detergent Powder 4 kg ECO PACK", "ECO PACK = economy size pack, lower price per kg|Lemon fragrance", "none",
     None),
    ("Electric Kettle 1.8L", "Auto shut off when water boils, saves your money on electricity|Cool touch handle",
     "medium", "UNQUANTIFIED_CHARACTERISTIC"),
    # "nontoxic" coordinated with a named substance stays vague; specified by substances it is not
    ("Wooden Stacking Toy", "Made of solid wood, nontoxic and BPA free.", "medium", "VAGUE_FREE_OF"),
    ("Wooden Stacking Toy", "Made of solid wood, non-toxic: free of BPA and phthalates (EN 71-3 tested).", "high",
     "LEGAL_REQUIREMENT_AS_FEATURE"),
    # sourcing wording with no scheme is unquantified; with FSC and its licence it is specific
    ("Printer Paper A4 500 Sheets", "Made from sustainable plantation wood|75 GSM", "medium",
     "UNQUANTIFIED_CHARACTERISTIC"),
    ("Printer Paper A4 500 Sheets", "FSC certified sustainably managed wood (FSC-C012345)|75 GSM", "low", None),
    # ECF bleaching does not specify a generic term; a solar product's type is no claim
    ("Single Line Notebook 172 Pages", "Made with eco-friendly and elemental chlorine free paper|Smooth pages",
     "high", "GENERIC_CLAIM"),
    ("Solar Inverter 1KVA Pure Sine Wave", "Pure sine wave output|LCD display|2 year warranty", "none", None),
    # warranty years after a dash back the durability wording before it
    ("Fitness Band with Heart Rate Monitor", "In it for the long run - enjoy 3-years manufacturer warranty on the "
     "device|Heart rate tracking", "low", None),
    ("Fitness Band with Heart Rate Monitor", "In it for the long run|Heart rate tracking", "medium",
     "DURABILITY_UNSUBSTANTIATED"),
    # power saving on a battery gadget is no energy claim; a mains device's lower electricity use is one
    ("Wireless Mouse 2.4GHz, 1600 DPI, Auto Sleep Power Saving (Olive Green)", "Silent click|Ergonomic shape",
     "none", None),
    ("WiFi 6 Router AX1800", "Green Power Saving Mode: router lowers its electricity consumption at low traffic"
     "|4 antennas", "medium", "UNQUANTIFIED_CHARACTERISTIC"),
    ("Smart Power Strip 6 Socket", "STANDBY SAVING - stops standby power of your home theatre|Surge protection",
     "medium", "UNQUANTIFIED_CHARACTERISTIC"),
    # repairability is a durability claim, even beside a battery
    ("Rugged Smartwatch 1.43 inch", "Built for repair: back cover opens with 4 screws and the battery can be changed"
     "|IP68", "medium", "DURABILITY_UNSUBSTANTIATED"),
    # a printed recycling symbol, a disposal note, an ink tank: no claims
    ("Office Dustbin 10 L (Green, Pack of 2)", "Green colour with white recycle symbol print|Swing lid", "none", None),
    ("PP Document Folder, Pack of 12", "Note: PP folders are not biodegradable, please dispose responsibly", "none",
     None),
    ("Ink Tank Printer, Colour", "Technology: refillable ink tank with a window to check ink level|USB", "none",
     None),
    # an official label does not give a saving figure its baseline
    ("Washing Machine 7 kg 5 Star", "Energy Rating: 5 Star (BEE)|BLDC motor saves upto 40% energy", "medium",
     "UNSUPPORTED_COMPARISON"),
    # "upto" as Indian copy writes it; a lower electricity bill is an energy claim
    ("Line Interactive UPS 1100VA", "ECO MODE SAVES UPTO 40% ELECTRICITY : the inverter circuit turns off when "
     "mains is stable|4 sockets", "medium", "UNSUPPORTED_COMPARISON"),
    ("22 inch Full HD Monitor", "The monitor's low power consumption keeps your office electricity bill down|HDMI",
     "medium", "UNQUANTIFIED_CHARACTERISTIC"),
    # recycled with no share, unless the listing gives one; recyclable with no route, unless it is given
    ("Bluetooth Keyboard for iPad", "Quiet keys|The keycaps and the bottom case are made with recycled plastic",
     "medium", "UNQUANTIFIED_CHARACTERISTIC"),
    ("Recycled Plastic Picnic Table", "Planks: 100% recycled HDPE, certified to the Recycled Claim Standard "
     "(RCS, CU 1077812)|Galvanised steel frame", "low", None),
    ("Laptop Stand, Aluminium", "The whole stand is 100% recyclable aluminium|6 height levels", "medium",
     "UNQUALIFIED_RECYCLABILITY"),
    ("Kraft Mailers 50 Pack, Recyclable* Paper Outer", "*Peel out the liner first; the paper outer can go in "
     "curbside paper recycling.|Self seal", "low", None),
    # a legal requirement does not specify a generic term
    ("LED Tube Light 20W", "Mercury free and lead free solder, so it is eco-friendly|2000 lumens", "high",
     "GENERIC_CLAIM"),
    # spare parts for a stated number of years are durability terms
    ("Business Laptop 14 inch", "Battery, fan and SSD are customer replaceable; spare parts are kept for 5 years "
     "after end of sale|16 GB RAM", "low", None),
    # an unquantified "less" needs a figure; a figure needs a baseline (a model, a year, a number)
    ("Ink Tank Printer, Bottle Refill", "LESS PLASTIC WASTE - refilling from bottles means no empty cartridges to "
     "throw|Wi-Fi printing", "medium", "UNQUANTIFIED_CHARACTERISTIC"),
    ("Ink Tank Printer, Bottle Refill", "Ink bottles use 90% less plastic|Wi-Fi", "medium", "UNSUPPORTED_COMPARISON"),
    # a battery that lasts for years is a service life; a shelf life is nothing
    ("600VA UPS for Desktop PC", "Long life sealed maintenance free battery lasts for years|3 sockets", "medium",
     "DURABILITY_UNSUBSTANTIATED"),
    ("Alkaline AA Batteries, Pack of 10", "10-year shelf life in storage|Leak resistant", "none", None),
    # seller spellings and caps: "BIO DEGRADABLE"; "hydrochloric" is no hydro power; an eco setting is a name
    ("Garbage Bags Medium 120 Bags", "100% BIO DEGRADABLE GARBAGE BAG|Strong and leak proof", "medium",
     "UNQUALIFIED_DEGRADABILITY"),
    ("Toilet Cleaner Liquid 1 L, Pack of 3", "Kills 99.9% germs|CONTAINS HYDROCHLORIC ACID", "none", None),
    ("Hair Dryer 1800W, 3 Heat 2 Speed", "ECO SETTING (LOW HEAT FOR THIN & COLOURED HAIR, LESS DAMAGE)|Cool shot",
     "none", None),
    ("1TB NVMe SSD PCIe Gen4", "Our Gen4 range with green PCB and green heatsink label|7000 MB/s read", "none", None),
    # blades that last forever; a charger that wastes less electricity
    ("Body Groomer for Men", "LIFETIME BLADES - self sharpening steel blades never need replacement, last forever",
     "medium", "DURABILITY_UNSUBSTANTIATED"),
    ("65W GaN Charger 3 Port", "GaN chip runs cooler and wastes less electricity as heat than old chargers|PD 3.0",
     "medium", "UNQUANTIFIED_CHARACTERISTIC"),
    # BPA-free off a baby product is specific; take-back the e-waste rules require is a legal requirement
    ("Insulated Lunch Box, 3 Steel Containers, BPA Free Lids", "BPA FREE LIDS - lids made of BPA free polypropylene"
     "|Thermal bag", "low", None),
    ("32 inch Smart LED TV", "Give us your old TV and we pick it up free for recycling, as per E-Waste (Management) "
     "Rules 2022|2 HDMI", "high", "LEGAL_REQUIREMENT_AS_FEATURE"),
    # colours, presets, materials, refills and disposal notes are no claims
    ("Thin & Light Laptop 14 inch (Mist Green)", "Aluminium lid and palm rest in mist green, 1.4 kg|Backlit keyboard",
     "none", None),
    ("27 inch QHD Monitor", "Standard, sRGB, Movie, Game and ECO preset|USB-C 65W", "none", None),
    ("1TB NVMe SSD", "Thin carbon based graphene label spreads heat|7000 MB/s read", "none", None),
    ("Gel Pens 0.5 mm, Pack of 10", "REFILLS AVAILABLE|Buy the refill pack separately, change the refill", "none",
     None),
    ("Paper Shredder 8 Sheet", "Empty shredded paper into dry waste or your society's paper recycling bag|15 L bin",
     "none", None),
    # a substance the law already bans in every toy, presented as a feature; on a cable it is a plain fact
    ("Wooden Stacking Toy for Toddlers", "Smooth edges|Painted with lead-free paint", "high",
     "LEGAL_REQUIREMENT_AS_FEATURE"),
    ("Building Block Toy Set, 120 Pieces", "Toys are durable and don't contain any heavy metals.", "high",
     "LEGAL_REQUIREMENT_AS_FEATURE"),
    ("Split AC 1.5 Ton", "Energy saving inverter compressor|Remote control", "medium", "UNQUANTIFIED_CHARACTERISTIC"),
])
def test_real_copy_minimal_cases(analyzer, title, description, level, code):
    r = _one(analyzer, title, description)
    assert r["greenwashing"]["level"] == level, (r["claims"], r["greenwashing"]["findings"])
    if code:
        assert code in _codes(r)


def test_a_generic_claim_needs_a_generic_word_in_its_own_segment(analyzer):
    # "BPA free" beside an "eco-friendly" bullet: the GENERIC_CLAIM points at the eco-friendly bullet only
    r = _one(analyzer, "Steel Water Bottle 1L", "BPA free|Eco-friendly alternative to plastic bottles|Leak proof")
    generic = [f for f in r["greenwashing"]["findings"] if f["code"] == "GENERIC_CLAIM"]
    assert generic and all("BPA" not in f["text"] for f in generic)
    bpa = [c for c in r["claims"] if c["text"].startswith("BPA")]
    assert bpa and "generic_environmental" not in bpa[0]["attributes"]


def test_an_organic_certification_by_usda_backs_the_title():
    from claims.text.certifications import Registry
    assert any(c.scheme.id == "USDA_ORGANIC" for c in Registry.from_file().find("100% organic certified by USDA"))


def test_a_dated_net_zero_pledge_is_a_future_claim_not_an_offset_one(analyzer):
    r = _one(analyzer, "Air Purifier with True HEPA H13",
             "Net zero brand - Acme will reach net zero emissions by 2035|PM2.5 display")
    assert "FUTURE_PERFORMANCE" in _codes(r) and "OFFSET_NEUTRALITY" not in _codes(r)
    offset = _one(analyzer, "Air Purifier with True HEPA H13",
                  "Carbon neutral: we offset every unit's emissions with forestry credits|PM2.5 display")
    assert "OFFSET_NEUTRALITY" in _codes(offset)


def test_pfoa_free_is_a_named_substance():
    from claims.text import generic, lexicon
    assert "non_toxic" in lexicon.attribute_hits("Non-stick coating is PFOA free")
    assert generic.names_substance("Non-stick coating is PFOA free")


def test_cfc_free_is_a_legal_requirement_about_hazardous_substances(analyzer):
    r = _one(analyzer, "Refrigerator 236 L 3 Star, CFC Free", "Eco friendly CFC free refrigerant R600a|Frost free")
    assert "LEGAL_REQUIREMENT_AS_FEATURE" in _codes(r) and "non_toxic" in _attrs(r)


def test_a_feature_name_in_the_title_names_no_generic_attribute(analyzer):
    r = _one(analyzer, "32 inch Smart LED TV with Eco Vision Picture Mode, 4 Star BEE",
             "BEE 4 star rated, annual energy consumption 62 kWh|Dolby Audio")
    assert "generic_environmental" not in _attrs(r) and "energy_efficiency" in _attrs(r)


def test_an_official_energy_label_needs_no_licence_number(analyzer):
    # India's BEE star label and the EU energy label are checked in their public registers (labels.md section 4:
    # official energy labels substantiate); a type I ecolabel named without its licence number is still unverified
    tv = _one(analyzer, "Vistara 108 cm (43 inches) 4K Ultra HD Smart LED TV",
              "Spec : Power Supply 100-240V AC; Power Consumption 85 W (typical); Energy Rating: 3 Star (BEE)|"
              "Warranty : 1 year on product")
    assert tv["greenwashing"]["level"] == "low" and "energy_efficiency" in _attrs(tv)
    assert "UNVERIFIED_CERTIFICATION" not in _codes(tv)
    bare = _one(analyzer, "Vistara 108 cm (43 inches) 4K Ultra HD Smart LED TV",
                "Spec : Power Supply 100-240V AC; Energy Rating: 3 Star|Warranty : 1 year on product")
    assert bare["greenwashing"]["level"] == "low" and "energy_efficiency" in _attrs(bare)
    ecolabel = _one(analyzer, "EU Ecolabel certified dish soap 500 ml", "Plant-based surfactants.")
    assert "UNVERIFIED_CERTIFICATION" in _codes(ecolabel)


SEVENTY_SIXTH_ROUND = [
    # a free-of that a substance-testing scheme certifies is not vague; without the scheme it is
    ("Blackout Curtains, Set of 2, OEKO-TEX Tested Fabric (Grey)",
     "Fabric : 100% polyester, certified to OEKO-TEX STANDARD 100, so no harmful substances next to your family",
     "low"),
    ("Blackout Curtains, Set of 2 (Grey)", "Fabric : 100% polyester, no harmful substances next to your family",
     "medium"),
    # a slogan printed on a notebook's cover is no claim
    ("Spiral Notebook Pack of 4, 160 Pages, 'Go Green' Printed Cover Design", "70 GSM paper|Double wire binding",
     "none"),
    # alkaline cells' runtime against zinc-carbon cells is not durability
    ("Alkaline AA Batteries Pack of 10, 1.5V Long Lasting Power", "Long lasting alkaline power : upto 8x longer "
     "runtime than zinc carbon batteries in toys and remotes|Do not recharge", "none"),
    # the title's share with its baseline in a bullet; without the baseline anywhere it is unsupported
    ("Dishwash Liquid Gel 2 Litre Refill Pack, Pouch Uses 70% Less Plastic",
     "Refill and save: the 2 L refill pouch uses 70% less plastic than two 1 L bottles|Lemon fragrance", "low"),
    ("Dishwash Liquid Gel 2 Litre Refill Pack, Pouch Uses 70% Less Plastic", "Lemon fragrance|Gentle on hands",
     "medium"),
    # a generic term beside an energy rating only is still generic; the rating alone is the appliance's label
    ("Koolvayu 1.5 Ton 5 Star Eco-Friendly Inverter Split AC", "Capacity: 1.5 Ton|Energy Rating: 5 Star (BEE), ISEER "
     "5.2|Warranty: 1 year comprehensive", "high"),
    ("Koolvayu 1.5 Ton 5 Star Inverter Split AC", "Capacity: 1.5 Ton|Energy Rating: 5 Star (BEE), ISEER 5.2|"
     "Warranty: 1 year comprehensive", "low"),
    # a warranty's free pick-up is no recycling route for the packaging
    ("65W GaN Charger, 2C1A", "65W GaN, 2 x USB-C + 1 x USB-A|Recyclable packaging: box and tray|Warranty: 18 months, "
     "replacement incl. free pick-up", "medium"),
]


SEVENTY_SEVENTH_ROUND = [
    # a heater's ECO dial marking is no claim; an "Eco thermostat" sold on its box is
    ("Thermora 11 Fin Oil Filled Radiator Room Heater 2500W", "ECO THERMOSTAT : Turn the dial to the ECO marking and "
     "the heater holds the room at around 18 degree|SAFETY : Tip over switch, 1 year warranty", "none"),
    ("Merrowgale Smart Thermostat, Wi-Fi", "Eco thermostat \u2013 ships in a recycled cardboard box|2-year warranty",
     "high"),
    # the title's recycled material said again of that material is no overreach; of one part it is
    ("Likhoji Recycled Paper Composition Book, 100 Sheets, Wide Ruled", "Pages:200|Sheets:100|Paper:100% recycled, "
     "FSC Recycled certified (FSC-C111932)|Cover:marble board", "low"),
    ("Zariwala Kothi Organic Cotton Lehenga Choli Set, Mirror Work", "Lehenga: art silk with mirror and thread work|"
     "Lining: organic cotton (lehenga and choli)|Dupatta: net with lace border", "high"),
    # a named substance left off a coating is specific
    ("Lohagarh Pre-Seasoned Cast Iron Kadai 10 inch", "NO COATING : Bare cast iron with no PTFE (Teflon) or PFOA "
     "coating at all, only iron and seasoning oil touch your food|CARE : Wash with hot water", "low"),
    # a part named as the reason for the kit's free-of term
    ("Aanganwipe Cleaning Kit: Spray Bottle 500 ml + 4 Microfibre Cloths", "Non-toxic cleaning kit: the spray bottle "
     "is BPA-free|Adjustable nozzle: mist or jet", "high"),
    # what the photo shows but the box does not hold
    ("Masalakhana Stainless Steel Masala Dabba 7 Container Spice Box", "Please Note : Organic spices shown in the "
     "photo are only for display, spices not included, you will receive empty box with 7 bowls", "none"),
]


SEVENTY_EIGHTH_ROUND = [
    # "zero water wastage" against the listing's own reject-water share (no lexicon keyword in the claim)
    ("JalShuddh Aqua Pro RO + UV Water Purifier, 8 Litre, Zero Water Wastage Technology",
     "ZERO WATER WASTAGE TECHNOLOGY : Smart flow sends the RO output to the tank first|Technical Details: Recovery "
     "rate upto 60% (remaining 40% reject water goes to the drain outlet), Tank 8 L", "high"),
    # a recyclable box with no route: a microphone's "pick up" is none
    ("ClearCam 1080p Webcam with Dual Mic", "TWO MICS : Dual mics with noise reduction pick up your voice clearly "
     "from upto 3 metres|IN THE BOX : Webcam, privacy cover, packed in a recyclable box. 2 year warranty", "medium"),
    # a drive's power saving for the laptop's battery; a console's for its mains draw
    ("DataDock Green Series 1TB Internal SSD, for Laptop & Desktop Upgrade, Power Saving DEVSLP Support",
     "LAPTOP FRIENDLY : Power saving DEVSLP support lets the drive sleep when idle, so your laptop battery lasts a "
     "bit longer|WARRANTY : 3 year limited warranty", "none"),
    ("Lunavolt Core Home Console 1 TB + Extra Wireless Controller Bundle", "Power: 230 V AC, internal power supply|"
     "Controllers: 2 x wireless, 1560 mAh built-in battery each|Power-saving mode lowers the console's energy "
     "consumption in standby", "medium"),
    # a storage battery built to last is a durability claim; with its design life it is specific
    ("Crylix 2KVA Online UPS with Batteries", "Capacity: 2 kVA / 1.6 kW|Battery: long-life VRLA, built to last|"
     "Warranty: 2 years on UPS, 1 year on batteries", "medium"),
    ("Crylix 2KVA Online UPS with Batteries", "Capacity: 2 kVA / 1.6 kW|Battery: long-life VRLA, 5-year design "
     "life at 25\u00b0C|Warranty: 2 years on UPS, 1 year on batteries", "low"),
    # a solar panel's kind and conversion efficiency claim nothing; the seller who scopes a part claims no whole
    ("Heliodhara 550W Mono PERC Half-Cut Solar Panel, 144 Cells, 21.3% Efficiency, MC4", "Pmax 550 W; Voc 49.8 V|"
     "Module efficiency: 21.3%|Warranty: 12 years product, 25 years power output", "none"),
    ("Keytron K220 Wired Keyboard, Full Size", "MADE WITH RECYCLED PLASTIC : The keycaps and the bottom case are "
     "made with recycled plastic, the rest of the keyboard is standard ABS|WARRANTY : 3 year warranty", "medium"),
    ("Kokumkatha Kokum Sharbat Concentrate 750 ml", "Kokum rind syrup from Ratnagiri|Planet-conscious brand: this "
     "bottle is made from 100% recycled PET|Net vol. 750 ml", "high"),
]


@pytest.mark.parametrize(("title", "description", "level"),
                         SEVENTY_SIXTH_ROUND + SEVENTY_SEVENTH_ROUND + SEVENTY_EIGHTH_ROUND)
def test_recent_round_listings(analyzer, title, description, level):
    r = _one(analyzer, title, description)
    assert r["greenwashing"]["level"] == level, (r["claims"], r["greenwashing"]["findings"])
