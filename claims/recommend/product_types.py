"""Product types: what kind of product a listing or a query is, for the recommender's same-need gate.

A small taxonomy of retail product types (:data:`TAXONOMY`): each line is a path (``family``,
``family/umbrella`` or ``family/umbrella/group``) with the terms that name it, singular and
lower case. A *group* is the unit of substitution: two products of one group serve the same need
(a chelsea boot and a chukka boot; a running shoe and a knit runner), while two groups under one
umbrella do not (a hiking boot and a knee-high boot are both boots). A query that names an
umbrella or a family ("boots", "shoes") accepts every group below it.

:func:`product_type` reads the type from a title (or a query): the title is cut at its first
separator (" – ", ",", "|", "(", " with ", " for ", ...) and the *head* is the rightmost,
longest taxonomy term of the first piece that has one ("Frescale Stainless Steel Water Bottle
Set" -> water bottle; "Dawnlight Smart LED Desk Lamp with Wireless Charger" -> desk lamp), plus
terms joined to it by "and"/"&" ("Kids' Desk and Chair Set" -> desk, chair). A deep category
path (three levels or more, as on marketplaces: "...|Cables|USBCables") contributes its leaf;
a shallow one ("footwear") says too little and is not used. A title with no taxonomy term falls
back to its head noun (the last word of the first piece, quantities and pack words dropped).

:func:`same_need` is the gate: the query's type must be the item's group or above it (a query
that names only a family, "Electronic Scale", and has a deep category goes by the category); or
both have the same deep category leaf; or, without a taxonomy type, the same head noun. Products
for children (toys, baby goods, or "kids"/"toddler"/"junior" in the title) only match queries
for children, and the other way round.

>>> q = product_type("reusable water bottle")
>>> q.label, same_need(q, product_type("Frescale Stainless Steel Water Bottle Set"))
('water bottle', 'water bottle')
>>> same_need(product_type("running shoes"), product_type("Tread Lightly Knit Runner"))
'running shoe (runner)'
>>> same_need(q, product_type("Lavanda Tumble Dryer Heat Pump 8 kg")) is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

# path: terms (a term may name several paths: a sofa bed is a sofa and a bed); indented lines continue a line
_TAXONOMY_TEXT = """
footwear: footwear, shoe, pair of shoe
footwear/boot: boot
footwear/boot/outdoor: hiking boot, walking boot, trekking boot, hiker, mountain boot, backpacking boot, snow boot
footwear/boot/work: work boot, safety boot, steel toe boot, rigger boot
footwear/boot/casual: ankle boot, chelsea boot, chukka boot, desert boot, derby boot, lace up boot, combat boot, biker
    boot
footwear/boot/tall: knee high boot, over the knee boot, thigh high boot, riding boot, tall boot
footwear/boot/rain: wellie, welly, wellington, wellington boot, rain boot, gumboot, rubber boot
footwear/sneaker: sneaker, trainer, plimsoll, sport shoe, athletic shoe
footwear/sneaker/running: running shoe, runner, running trainer, running sneaker, trail running shoe, trail runner,
    road running shoe, trail sneaker, jogging shoe
footwear/sneaker/court: tennis shoe, badminton shoe, squash shoe, basketball shoe, netball shoe
footwear/sneaker/football: football boot, football shoe, soccer boot, soccer cleat, cleat, rugby boot
footwear/sneaker/gym: training shoe, gym shoe, cross trainer, crossfit shoe
footwear/outdoor shoe: hiking shoe, walking shoe, approach shoe, climbing shoe, trekking shoe
footwear/water shoe: water shoe, aqua shoe, reef shoe, swim shoe
footwear/sandal: sandal, slide, flip flop, thong sandal, espadrille sandal, mule
footwear/sandal/wedge: wedge sandal, wedge
footwear/heel: heel, court heel, high heel, stiletto, slingback, kitten heel, court shoe
footwear/flat: flat, ballet flat, ballerina, espadrille, espadrille flat, loafer, moccasin, deck shoe, boat shoe,
    oxford shoe, derby shoe, brogue, dress shoe
footwear/slipper: slipper, house shoe, bootie slipper
footwear/baby shoe: toddler shoe, baby shoe, first walker, pram shoe, crib shoe
apparel: clothing, clothes, garment, apparel
apparel/top: top, tank top, vest top, camisole, crop top
apparel/top/t-shirt: t shirt, tee, tshirt, polo shirt, polo
apparel/top/sports top: running tee, running top, running shirt, sports top, gym top, base layer, training top, sports
    bra
apparel/top/shirt: shirt, blouse, button down, oxford shirt, flannel shirt
apparel/knitwear: jumper, sweater, pullover, cardigan, knit, roll neck, turtleneck, crew neck jumper
apparel/sweatshirt: hoodie, sweatshirt, hooded sweatshirt, zip hoodie, fleece
apparel/outerwear: outerwear
apparel/outerwear/jacket: jacket, coat, parka, anorak, raincoat, rain jacket, puffer, puffer jacket, windbreaker
    jacket, overcoat, trench coat, shell jacket, down jacket, waterproof jacket
apparel/outerwear/blazer: blazer, sport coat, sports jacket
apparel/outerwear/gilet: gilet, body warmer, bodywarmer, puffer vest, down vest
apparel/dress: dress, gown, shirt dress, tea dress, sundress, jumpsuit, playsuit
apparel/skirt: skirt, midi skirt, mini skirt, maxi skirt
apparel/trousers: trousers, pants
apparel/trousers/outdoor: hiking trousers, walking trousers, convertible trousers, cargo pants, cargo trousers, zip
    off trousers, trekking trousers
apparel/trousers/formal: suit trousers, dress trousers, tailored trousers, chinos, slacks, smart trousers
apparel/trousers/casual: joggers, sweatpants, jogging bottoms, track pants, tracksuit bottoms, lounge pants
apparel/jeans: jeans, denim jeans
apparel/leggings: leggings, tights, yoga pants
apparel/shorts: shorts, swim shorts, board shorts
apparel/swimwear: swimsuit, swimwear, bikini, swimming costume, bathing suit, rash guard, rash vest
apparel/hat: hat, headwear
apparel/hat/cap: cap, flat cap, baseball cap, peaked cap, trucker cap
apparel/hat/beanie: beanie, bobble hat, knit hat, woolly hat, winter hat
apparel/hat/sun hat: sun hat, bucket hat, panama hat, straw hat, fedora
apparel/hat/beret: beret
apparel/sock: sock, crew sock, ankle sock, trainer sock, hiking sock
apparel/underwear: underwear, boxers, briefs, knickers, bra, boxer brief, thong, lingerie
apparel/nightwear: pyjamas, pajamas, nightdress, nightie, dressing gown, bathrobe, robe
apparel/scarf: scarf, snood, neck warmer, shawl
apparel/glove: glove, mitten, gloves
apparel/suit: suit, tuxedo, suit jacket
apparel/sports set: sports set, tracksuit, yoga set, kit, football kit, gym set, activewear set
apparel/baby clothing: sleepsuit, babygrow, romper, bodysuit, onesie, snowsuit, baby grow
apparel/bag: bag, handbag, tote, tote bag, shoulder bag, clutch, purse, wallet, backpack, rucksack, daypack
beauty: cosmetic, beauty product, makeup
beauty/skincare/serum: serum, face serum, vitamin c serum, retinol serum
beauty/hair/serum: hair serum, anti frizz serum, anti frizz hair serum, hair oil
beauty/hair/scalp: scalp serum, scalp treatment, scalp oil, hair growth serum
beauty/skincare/moisturiser: moisturiser, moisturizer, face cream, day cream, night cream, cream, lotion, body lotion,
    body butter, body cream
beauty/skincare/face mask: face mask, sheet mask, clay mask, mud mask, peel off mask
beauty/hair/mask: hair mask, hair treatment, deep conditioner
beauty/lip care: lip balm, lip mask, chapstick, lip butter, lip treatment, lip scrub
beauty/skincare/balm: balm, tinted balm, multi balm, cleansing balm
beauty/body oil: body oil, face oil, massage oil, dry oil
beauty/skincare/cleanser: cleanser, face wash, micellar water, toner, exfoliator, face scrub
beauty/body wash: body wash, shower gel, wash, 3 in 1 wash, shower cream, body scrub
beauty/sun cream: sun cream, sunscreen, sun lotion, spf, sunblock
beauty/makeup/face: blush, bronzer, cream blush, contour
beauty/makeup/base: foundation, concealer, primer, bb cream, cc cream, face powder, setting powder, highlighter
beauty/makeup/eye: eyebrow pencil, eyeliner, mascara, eyeshadow, brow pencil, eye pencil, eyeshadow palette
beauty/makeup/lip: lipstick, lip gloss, lip liner, lip tint
beauty/nail/polish: nail polish, nail varnish, gel polish
beauty/nail/remover: nail polish remover, nail varnish remover, remover pad
beauty/nail/cuticle: cuticle oil, cuticle oil pen, cuticle cream, cuticle pusher, nail file, nail care
beauty/hair: shampoo, conditioner, hair spray, hair gel, dry shampoo, shampoo bar, hair wax
beauty/fragrance: perfume, fragrance, eau de parfum, eau de toilette, cologne, solid perfume, body mist
beauty/deodorant: deodorant, antiperspirant, deodorant cream, deodorant stick
beauty/oral care/toothbrush: toothbrush, electric toothbrush, bamboo toothbrush, toothbrush head
beauty/oral care/toothpaste: toothpaste, tooth powder, teeth whitening powder, whitening powder, toothpaste tablet,
    mouthwash
beauty/shaving: razor, safety razor, shaving brush, shaving cream, shaving soap, shaver, trimmer, epilator
beauty/tool/face: face roller, gua sha, jade roller, facial roller, face massager
beauty/tool/foot: foot file, electric foot file, pumice, pumice stone, foot scrubber, callus remover
beauty/tool/hair: hairbrush, hair brush, comb, detangling brush
beauty/tool/makeup: makeup brush, makeup sponge, beauty blender, brush set
beauty/bath: bath bomb, shower steamer, bath salt, bath soak, bubble bath, bath fizzer, shower tablet
beauty/soap: soap, soap bar, bar soap, hand soap, hand wash, liquid soap
beauty/hand sanitiser: hand sanitiser, hand sanitizer, sanitiser, sanitizer, sanitiser gel
beauty/face cloth: face cloth, muslin cloth, flannel, washcloth, cotton pad, makeup remover pad
cleaning: cleaning product, cleaner
cleaning/dishwasher tablet: dishwasher tablet, dishwasher pod, dishwasher detergent, rinse aid
cleaning/washing up liquid: washing up liquid, dish soap, dishwashing liquid, washing up soap
cleaning/laundry detergent: laundry detergent, laundry detergent sheet, detergent, laundry liquid, washing powder,
    laundry powder, laundry pod, laundry capsule, laundry sheet
cleaning/fabric softener: fabric softener, fabric conditioner
cleaning/stain remover: stain remover, stain bar, laundry stain bar, oxygen stain remover, stain spray, laundry stain
    remover
cleaning/surface cleaner: surface cleaner, multi surface cleaner, all purpose cleaner, spray cleaner, kitchen cleaner,
    bathroom cleaner, antibacterial spray
cleaning/glass cleaner: glass cleaner, window cleaner, glass cleaner refill
cleaning/oven cleaner: oven cleaner, degreaser, hob cleaner, bbq cleaner
cleaning/toilet cleaner: toilet cleaner, toilet gel, toilet block, bleach, thick bleach
cleaning/descaler: descaler, descaler tablet, limescale remover, descaling tablet
cleaning/appliance cleaner: washing machine cleaner, dishwasher cleaner, machine cleaner
cleaning/floor polish: floor polish, wood floor polish, floor wax, wood polish
cleaning/carpet cleaner: carpet shampoo, carpet cleaner, upholstery cleaner, rug shampoo
cleaning/floor cleaner: floor cleaner, floor soap
cleaning/air freshener: air freshener, room spray, reed diffuser, odour eliminator
cleaning/sponge: sponge, dish sponge, scourer, sponge cloth, cellulose sponge cloth, scrub pad
cleaning/cloth: cleaning cloth, microfibre cloth, microfiber cloth, dish cloth, reusable kitchen roll, kitchen roll,
    paper towel, duster
cleaning/dish brush: dish brush, scrub brush, dish scrub brush, bottle brush, vegetable brush, pot brush
cleaning/toilet brush: toilet brush, toilet brush holder
cleaning/mop: mop, spray mop, steam mop, flat mop, floor mop
cleaning/mop refill: mop pad, mop head, mop refill, microfibre mop pad
cleaning/bin bag: bin bag, bin liner, rubbish bag, trash bag, garbage bag, compostable bin bag, food waste bag
cleaning/shoe care: shoe polish, shoe cream, shoe brush
electronics: electronics, gadget
electronics/monitor: monitor, display, gaming monitor, computer monitor, office monitor
electronics/tv: tv, television, smart tv, led tv, laser tv, projector
electronics/computer/laptop: laptop, notebook computer, chromebook, macbook
electronics/computer/tablet: tablet, ipad, e reader, ereader
electronics/computer/desktop: desktop computer, pc, mini pc, all in one pc
electronics/phone: smartphone, mobile phone, phone, cell phone, iphone
electronics/phone accessory/case: case, phone case, iphone case, case cover, back cover, screen protector, tempered
    glass
electronics/audio/headphones: headphone, headphones, headset, over ear headphone, on ear headphone, ear pad, ear
    cushion
electronics/audio/earphones: earphone, earphones, earbud, earbuds, bud, in ear, neckband, true wireless earbud, tws
electronics/audio/speaker: speaker, bluetooth speaker, soundbar, sound bar, smart speaker, home theatre
electronics/input/keyboard: keyboard, mechanical keyboard, ergonomic keyboard, wireless keyboard, gaming keyboard
electronics/input/number pad: number pad, numpad, numeric keypad, keypad
electronics/input/mouse: mouse, wireless mouse, gaming mouse, trackpad, mouse pad, mousepad, mouse mat
electronics/cable: cable, charging cable, usb cable, data cable, lightning cable, hdmi cable, type c cable, cord,
    extension cord, usbcable
electronics/charger: charger, wall charger, fast charger, wireless charger, power adapter, adapter, adaptor, charging
    station, desktop charger
electronics/power bank: power bank, powerbank, portable charger
electronics/battery: battery
electronics/battery/household: batteries, rechargeable battery, aa battery, aaa battery, nimh battery, battery pack,
    button cell
electronics/battery/replacement: battery kit, replacement battery, phone battery, laptop battery, replacement battery
    kit
electronics/storage: hard drive, external hard drive, ssd, pen drive, usb flash drive, flash drive, memory card, sd
    card, microsd card, usb stick
electronics/camera: camera, instant camera, digital camera, action camera, camcorder, instant print camera, film
    camera
electronics/dash cam: dash cam, dashcam, car camera, dashboard camera
electronics/webcam: webcam, web camera
electronics/security camera: security camera, cctv camera, doorbell camera, ip camera
electronics/capture card: capture card, video capture card
electronics/smartwatch: smartwatch, smart watch, fitness tracker, fitness band, smart band, watch
electronics/tracker: gps tracker, pet tracker, tracker, bluetooth tracker, tag
electronics/networking: router, wifi router, modem, range extender, network switch, wifi adapter, dongle
electronics/remote: remote, remote control, universal remote
electronics/calculator: calculator, scientific calculator, solar calculator
electronics/printer: printer, inkjet printer, laser printer, scanner
electronics/printer supply: toner, toner cartridge, ink cartridge, refillable toner kit, toner kit, laser toner, ink
electronics/dev kit: microcontroller, microcontroller starter kit, starter kit, development board, arduino, raspberry
    pi
electronics/gaming: game console, controller, gamepad, joystick
lighting: light, lighting
lighting/lamp: lamp, desk lamp, table lamp, floor lamp, reading lamp, led desk lamp, bedside lamp
lighting/bulb: bulb, light bulb, led bulb, smart bulb
lighting/outdoor light: garden light, path light, solar light, solar garden light, festoon light, string light, fairy
    light, lantern
lighting/torch: torch, flashlight, head torch, headlamp
lighting/candle: candle, pillar candle, tealight, tea light, votive, scented candle
appliances: appliance
appliances/laundry/washing machine: washing machine, washer, washer dryer, eco washer
appliances/laundry/tumble dryer: tumble dryer, dryer, heat pump dryer, clothes dryer
appliances/laundry/iron: iron, steam iron, garment steamer, steam generator iron
appliances/cooling/fridge: fridge, refrigerator, fridge freezer, tabletop fridge, mini fridge, integrated fridge
appliances/cooling/drinks fridge: beverage centre, beverage center, beverage cooler, wine cooler, drinks fridge, wine
    fridge
appliances/cooling/freezer: freezer, chest freezer, upright freezer
appliances/cooling/cool box: cool box, cooler box, portable fridge, portable fridge freezer, car fridge, camping
    fridge, coolbox
appliances/dishwasher: dishwasher
appliances/vacuum: vacuum, vacuum cleaner, hoover, handheld vacuum, cordless vacuum, stick vacuum, robot vacuum,
    upright vacuum
appliances/heating: heating
appliances/heating/heater: heater, radiator, oil filled radiator, oil free radiator, fan heater, space heater,
    convector heater, electric heater, panel heater
appliances/heating/thermostat: thermostat, radiator valve, thermostat valve, smart thermostat, radiator thermostat
    valve
appliances/fan: fan, desk fan, tower fan, pedestal fan, ceiling fan, air cooler
appliances/air/humidifier: humidifier, diffuser, aroma diffuser, essential oil diffuser
appliances/air/dehumidifier: dehumidifier
appliances/air/purifier: air purifier, air cleaner
appliances/air/conditioner: air conditioner, aircon, portable air conditioner
appliances/water filter: water filter, water purifier, filter jug, water filter dispenser, filter dispenser, water
    dispenser
appliances/water heater: water heater, geyser, immersion heater
appliances/kitchen/coffee maker: coffee maker, coffee machine, espresso machine, drip coffee machine, pour over coffee
    maker, cafetiere, french press, coffee brewer, moka pot, pod machine
appliances/kitchen/coffee grinder: coffee grinder, burr grinder, manual coffee grinder, spice grinder
appliances/kitchen/kettle: kettle, electric kettle, travel kettle
appliances/kitchen/toaster: toaster, sandwich maker, toastie maker, waffle maker
appliances/kitchen/oven: oven, toaster oven, convection oven, countertop oven, mini oven
appliances/kitchen/microwave: microwave, microwave oven
appliances/kitchen/air fryer: air fryer
appliances/kitchen/pizza oven: pizza oven
appliances/kitchen/cooker: multi cooker, slow cooker, pressure cooker, rice cooker, instant pot
appliances/kitchen/egg cooker: egg cooker, egg boiler
appliances/kitchen/hot pot: hot pot, electric hot pot, steamer, food steamer, sous vide
appliances/kitchen/grill: grill, indoor grill, health grill, contact grill, smokeless grill, barbecue, bbq
appliances/kitchen/mixer: mixer, hand mixer, stand mixer, blender, hand blender, food processor, mixer grinder,
    chopper, juicer mixer grinder
appliances/kitchen/juicer: juicer, citrus press, citrus juicer, lever juicer, juice extractor, slow juicer
appliances/kitchen/crepe maker: crepe maker, pancake maker
appliances/kitchen/hob: hob, induction hob, induction cooktop, cooktop, gas stove, stove, cooker hood
appliances/kitchen/soda maker: soda maker, sparkling water maker, carbonator, soda machine, carbonation bottle
appliances/hair dryer: hair dryer, hairdryer, blow dryer, hair straightener, straightener, curling iron, curling wand,
    hot brush
appliances/garden: grass trimmer, strimmer, lawn mower, lawnmower, hedge trimmer, leaf blower, robotic mower,
    chainsaw, pressure washer
furniture: furniture
furniture/sofa: sofa, couch, settee, corner sofa, chesterfield, chesterfield sofa, sofa bed, loveseat
furniture/chair: chair, seat, seating
furniture/chair/armchair: armchair, accent chair, lounge chair, recliner, rocking chair, wing chair, tub chair
furniture/chair/dining chair: dining chair, kitchen chair, side chair
furniture/chair/stool: stool, bar stool, bench, ottoman, ottoman bench, pouffe, footstool, storage bench
furniture/chair/office chair: office chair, desk chair, gaming chair, task chair, ergonomic chair
furniture/table/dining table: dining table, kitchen table, extending dining table, dining set
furniture/table/bar table: bar table, bistro table, high table, pub table, poseur table
furniture/table/coffee table: coffee table, side table, nest of tables, nest of 3 side table, end table, console
    table, bedside table, nightstand
furniture/desk: desk, writing desk, standing desk, computer desk, study desk, kids desk, play table
furniture/bed: bed, bed frame, storage bed, bunk bed, divan, divan bed, ottoman bed
furniture/daybed: daybed, day bed, sofa bed, futon
furniture/cot: cot, cot bed, crib, toddler bed, cribs
furniture/mattress: mattress, mattress topper, topper
furniture/storage: storage furniture
furniture/storage/shelving: bookcase, bookshelf, shelf, shelving unit, shelves, wall shelf
furniture/storage/sideboard: sideboard, dresser, chest of drawers, credenza, buffet
furniture/storage/wardrobe: wardrobe, armoire, clothes rail
furniture/storage/filing cabinet: filing cabinet, file cabinet, pedestal drawer
furniture/storage/shoe storage: shoe cabinet, shoe rack, shoe storage
furniture/storage/cabinet: cabinet, cupboard, storage cabinet, tv unit, over door storage cabinet
furniture/mirror: mirror, wall mirror, round mirror, floor mirror
furniture/garden furniture: garden furniture, garden dining set, patio set, garden bench, sun lounger, bistro set,
    garden chair
home: home product
home/bedding/duvet: duvet, quilt, comforter, duvet insert
home/bedding/duvet cover: duvet cover, bedding set, bed linen
home/bedding/pillowcase: pillowcase, pillow case, pillow slip, sham
home/bedding/pillow: pillow, cushion, bed pillow
home/bedding/sheet: sheet, bed sheet, fitted sheet, flat sheet
home/bedding/blanket: blanket, throw
baby/blanket: baby blanket, swaddle, swaddle blanket, muslin swaddle, cot blanket, baby sleeping bag
home/bath/towel: towel, bath towel, hand towel, bath sheet, beach towel
home/bath/shower curtain: shower curtain, bath mat, shower mat
home/decor/rug: rug, carpet, doormat, runner rug, picnic rug, picnic blanket
home/decor/curtain: curtain, blind, drape
home/decor/plant pot: planter, plant pot, pot planter, herb planter, self watering planter, flower pot
home/storage/basket: basket, storage basket, storage box, storage bin, hamper, organiser, organizer
kitchen: kitchenware, cookware
kitchen/cookware/saucepan: saucepan, sauce pan, milk pan
kitchen/cookware/frying pan: pan, frying pan, skillet, wok, griddle pan, saute pan
kitchen/cookware/pan set: pan set, cookware set, induction pan set, saucepan set, induction hob pan set
kitchen/cookware/pot: stock pot, stockpot, casserole, dutch oven, cooking pot, crock pot
kitchen/bakeware: baking tray, baking sheet, roasting pan, roasting tin, loaf tin, cake tin, muffin tin, baking dish,
    bakeware
kitchen/food storage: food storage
kitchen/food storage/container: food container, container, lunch box, lunchbox, bento box, food storage container,
    produce saver, produce saver container, storage jar, jar
kitchen/food storage/wrap: cling film, cling wrap, beeswax wrap, food wrap, wax wrap, silicone lid, stretch lid,
    stretch cover, bowl cover
kitchen/food storage/bag: silicone food bag, food bag, sandwich bag, zip bag, freezer bag, snack bag
kitchen/food storage/bread: bread bag, bread bin, bread box
kitchen/food storage/fermenting: fermentation crock, fermenting crock, fermentation jar, pickling jar
kitchen/tableware: tableware
kitchen/tableware/bowl plate: plate, bowl, pasta bowl, dinner set, dinnerware, side plate, serving bowl
kitchen/tableware/cup: mug, cup, glass, tumbler, drinking glass, wine glass
kitchen/tableware/cutlery: cutlery, cutlery set, flatware
kitchen/tableware/salt: salt cellar, salt pig, salt box, salt and pepper
kitchen/tableware/serving: butter dish, serving board, cake stand, serving platter
kitchen/drinkware/bottle: bottle, glass bottle
kitchen/drinkware/bottle/water bottle: water bottle, drinks bottle, drink bottle, sports bottle, filter bottle, water
    filter bottle, insulated bottle, reusable bottle, flask, vacuum flask, thermos, hydration bottle, gym bottle
kitchen/drinkware/travel mug: travel mug, coffee cup, reusable coffee cup, keep cup, tumbler cup
kitchen/utensil: utensil, spatula, ladle, whisk, tongs, peeler, grater, utensil set, kitchen utensil
kitchen/utensil holder: utensil crock, utensil holder, utensil pot
kitchen/knife: knife, knife set, chef knife, kitchen knife, paring knife, knife block
kitchen/chopping board: chopping board, cutting board, bread board, carving board, end grain cutting board, butcher
    block
kitchen/camping cookware: camping dish set, camping cookware, mess kit, camping stove, camp stove
food: food, snack, groceries
food/coffee: coffee, coffee bean, ground coffee, instant coffee, coffee pod, espresso
food/tea: tea, green tea, black tea, herbal tea, tea bag, loose leaf tea, matcha
food/juice: juice, fruit juice, orange juice, berry juice, fruit drink, smoothie, squash
food/water: still water, sparkling water, mineral water, spring water, bottled water, coconut water
food/soft drink: soft drink, soda, cola, lemonade, energy drink, sports drink, kombucha
food/alcohol: beer, lager, ale, cider, wine, spirit, gin, whisky, vodka
food/snack/bar: protein bar, cereal bar, granola bar, snack bar, energy bar, crunch bar, protein crunch bar
food/snack/crisps: crisps, chips, seaweed crisps, popcorn, pretzel
food/snack/biscuit: biscuit, cookie, cracker, oat cookie, shortbread
food/snack/chocolate: chocolate, chocolate bar, cocoa
food/snack/nuts: nut, nuts, mixed nuts, almond, cashew, trail mix, dried fruit
food/soup: soup, broth, stock cube
food/fish: fish, mackerel, mackerel fillet, salmon, tuna, sardine, fillet, smoked fish
food/fish finger: fish finger, fish free finger, fish stick, fishless finger
food/meat: meat, beef, burger, beef burger, sausage, chicken, bacon, mince, steak
food/dairy: butter, milk, cheese, yoghurt, yogurt, cream cheese, oat milk, plant milk
food/oil vinegar: olive oil, cooking oil, vegetable oil, sunflower oil, rapeseed oil, coconut oil
food/vinegar: vinegar, cider vinegar, apple cider vinegar, balsamic vinegar, wine vinegar
food/honey spread: honey, manuka honey, jam, peanut butter, spread, marmalade
food/pantry: pantry staple, dry goods
food/pantry/flour: flour, bread flour, plain flour, self raising flour, wholemeal flour
food/pantry/rice pasta: rice, basmati rice, pasta, spaghetti, noodle, couscous, quinoa
food/pantry/pulse: lentil, red lentil, bean, chickpea, split pea, kidney bean
food/pantry/oat: oat, porridge oat, rolled oat
food/pantry/spice: spice, garam masala, curry powder, pepper, salt, herb, seasoning, spice blend
food/cereal: cereal, breakfast cereal, granola, muesli, porridge, baby rice cereal, baby cereal
food/baby food: baby food, puree, baby puree, formula, infant formula
toy: toy, toys, plaything
toy/puzzle: puzzle, jigsaw, jigsaw puzzle, wooden puzzle, puzzle set
toy/building: building block, blocks, block, lego, construction set, building set, stacking toy
toy/vehicle: train set, wooden train, toy car, train, toy train
toy/ride on: ride on toy, ride on
toy/ride on/scooter: scooter, kick scooter
toy/ride on/trike: trike, tricycle, balance bike, bike, bicycle
toy/ride on/rocking horse: rocking horse, rocker, rocking toy
toy/ride on/walker: baby walker, push along, walker, push along walker, push toy
toy/pretend play: toy kitchen, play kitchen, cooking set, tea set, doctor kit, toolset, pretend play
toy/plush: plush, soft toy, teddy, teddy bear, stuffed animal, plush toy
toy/bath toy: bath toy, bath squirter, squirter, rubber duck
toy/stem: stem kit, science kit, robot kit, coding robot, experiment kit
toy/craft: slime kit, craft kit, play dough, modelling clay, colouring set
toy/book: book, board book, picture book, story book
toy/sensory: playscarf, play scarf, sensory toy, rattle, teether
toy/balance board: balance board, wobble board, balance beam
toy/cot mobile: mobile, cot mobile, crib mobile, baby mobile
toy/glow star: glow star, glow in the dark star, glow sticker, ceiling star
toy/outdoor toy: paddling pool, sandpit, swing, slide set, trampoline
baby: baby product
baby/nappy: nappy, diaper, cloth nappy, reusable nappy, nappy starter kit, swim nappy, wipes, baby wipe
baby/bath: baby bath, bath seat, baby bath seat, bath support
baby/feeding: bottle feeding, baby bottle, sippy cup, high chair, bib, weaning set
baby/clothing rental: clothing rental box, rental box
office: office supply, stationery
office/paper: paper, printer paper, copy paper, copier paper, a4 paper, printing paper
office/notebook: notebook, notepad, journal, diary, sketchbook, exercise book
office/sticky note: sticky note, post it, sticky notes, memo pad
office/pen: pen, ballpoint pen, gel pen, gel ink pen, fountain pen, rollerball, pen refill, refillable pen
office/marker: marker, whiteboard marker, highlighter pen, felt tip, marker pen, permanent marker
office/pencil: pencil, colouring pencil, coloured pencil, mechanical pencil
office/pencil case: pencil case, pen case, pencil pouch
office/desk pad: desk pad, desk mat, desk blotter
office/monitor arm: monitor arm, monitor stand, laptop stand, monitor mount
office/chair mat: chair mat, floor protector mat
office/desk organiser: desk organizer, desk organiser, desk tidy, pen pot, letter tray
office/shredder: shredder, paper shredder
office/whiteboard: whiteboard, notice board, cork board
packaging: packaging, packaging supply
packaging/wrap: bubble wrap, honeycomb paper, honeycomb wrap, kraft paper, wrapping paper, kraft wrapping paper,
    protective wrap, packing paper
packaging/void fill: packing peanut, void fill, loose fill, paper fill, air pillow
packaging/edge protector: corner protector, edge protector, corner guard
packaging/mailer bag: mailer, mailer bag, paper mailer, poly mailer, mailing bag, padded envelope, padded mailer,
    postal bag
packaging/envelope: envelope, glassine envelope, paper envelope
packaging/box: box, shipping box, cardboard box, shipping carton, mailer box, postal box
packaging/bottle shipper: bottle shipper, bottle box, wine shipper
packaging/tube: mailing tube, postal tube, poster tube
packaging/tape: tape, packing tape, gummed tape, paper tape, tape dispenser, gummed paper tape dispenser
packaging/stretch film: stretch film, pallet wrap, shrink wrap
packaging/label: label, shipping label, address label, sticker
packaging/sealer: heat sealer, impulse sealer, bag sealer, vacuum sealer
outdoor: outdoor gear, camping gear
outdoor/shelter: tent, tarp, shelter, bivvy, camping tent, backpacking tarp
outdoor/hammock: hammock, hammock chair, camping hammock
outdoor/windbreak: windbreak, beach windbreak, beach shade, sun shelter, gazebo, awning
outdoor/tent accessory: tent stake, tent peg, guy line, groundsheet
outdoor/sleeping bag: sleeping bag, sleeping mat, sleeping pad, camping mat, bivvy bag
outdoor/camping chair: camping chair, folding chair, camp chair, beach chair
outdoor/trekking pole: trekking pole, walking pole, hiking pole, walking stick
outdoor/bike care: chain lube, chain oil, bike lube, bike cleaner, bike light, bike lock, bike pump
outdoor/garden care: compost accelerator, fertiliser, fertilizer, plant food, compost, potting soil, seed, weed
    killer, compost bin
outdoor/paddle sport: kayak, paddle, paddle leash, paddle board, sup, life jacket, buoyancy aid
outdoor/car: roof rack, roof box, roof bag, cargo bag, bike rack, car seat cover
"""

KID_WORDS = frozenset({"kid", "kids", "child", "children", "childrens", "toddler", "baby", "babies", "junior",
                       "infant", "boy", "girl", "boys", "girls", "newborn", "youth"})
_KID_PATHS = ("toy", "baby", "apparel/baby clothing", "footwear/baby shoe")  # for children whatever the title says
# terms read as a flavour or scent when another term comes before them ("Seaweed Crisps Sea Salt")
_FLAVOURS = frozenset({("salt",), ("sea", "salt"), ("pepper",), ("honey",), ("chocolate",), ("cocoa",), ("herb",),
                       ("spice",), ("butter",), ("cheese",), ("lemon",), ("mint",), ("oat",), ("bean",)})
_IRREGULAR = {"scarves": "scarf", "playscarves": "playscarf", "shelves": "shelf", "knives": "knife", "leaves": "leaf",
              "loaves": "loaf", "halves": "half", "wolves": "wolf", "calves": "calf", "feet": "foot", "teeth": "tooth",
              "geese": "goose", "mice": "mouse", "children": "child"}
_PLURALE_TANTUM = frozenset({"shorts", "trousers", "jeans", "leggings", "pants", "tights", "glasses", "sunglasses",
                             "scissors", "pliers", "goggles", "binoculars", "tongs", "pyjamas", "pajamas", "briefs",
                             "boxers", "knickers", "overalls", "dungarees", "joggers", "sweatpants", "chinos",
                             "headphones", "earphones", "earbuds", "series", "species", "clothes", "crisps", "chips",
                             "nuts", "blocks", "toys", "gloves", "batteries", "shelves", "sticky", "news", "wipes"})
_PACK_WORDS = frozenset({"pack", "pk", "pcs", "pc", "piece", "pieces", "set", "sets", "bundle", "kit", "pair", "pairs",
                         "x", "of", "and", "the", "a", "an", "in", "new", "edition", "size", "sizes", "count", "roll",
                         "refill", "mens", "men", "womens", "women", "unisex", "ladies", "man", "woman"})
# where a title's first noun phrase ends (the head noun comes before these)
_CUT = re.compile(r"\s[-–—]\s|[|,;:(\[+/]|\s(?:with|for|w/|featuring|including|incl\.?|from|by|that|which)\s",
                  re.IGNORECASE)
_TOKEN = re.compile(r"[a-z0-9]+|&")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|&")
_CAT_SEP = re.compile(r"\s*[|>/]\s*")


def singular(word: str) -> str:
    """A crude English singular, enough to match terms ("boots" -> "boot", "batteries" -> "battery").

    Words in -ie end in -y ("hoodie", "hoodies" -> "hoody") so that both spellings read alike.
    """
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) <= 3 or word in _PLURALE_TANTUM or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ie"):  # "hoodie" and "hoodies" (-> "hoody") read alike
        return word[:-2] + "y"
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "zes", "sses")):
        return word[:-2]
    if word.endswith("s"):
        return word[:-1]
    return word


def tokens(text: str) -> list[str]:
    """Lower-case word tokens, singular, "&" read as "and" ("T-Shirts & Tops" -> t, shirt, and, top)."""
    out = []
    for t in _TOKEN.findall(text.lower().replace("'s ", " ").replace("’s ", " ")):
        out.append("and" if t == "&" else singular(t))
    return out


LABELS: dict[tuple[str, ...], str] = {}  # term -> as written in the taxonomy ("hoodie", not "hoody")


def _parse(text: str) -> dict[tuple[str, ...], tuple[str, ...]]:
    terms: dict[tuple[str, ...], list[str]] = {}
    for line in re.sub(r"\n\s+", " ", text.strip()).splitlines():  # an indented line continues the one above
        path, _, names = line.partition(":")
        for name in names.split(","):
            key = tuple(tokens(name.strip()))
            if key:
                LABELS.setdefault(key, name.strip())
                paths = terms.setdefault(key, [])
                if path.strip() not in paths:
                    paths.append(path.strip())
    return {k: tuple(v) for k, v in terms.items()}


TAXONOMY: dict[tuple[str, ...], tuple[str, ...]] = _parse(_TAXONOMY_TEXT)
_MAX_TERM = max(len(k) for k in TAXONOMY)
PATHS: frozenset[str] = frozenset(p for ps in TAXONOMY.values() for p in ps)


@dataclass(frozen=True)
class ProductType:
    """What a title (or a query) names.

    ``paths``: taxonomy paths of its head term(s); ``label``: the head term as read ("water bottle");
    ``leaf``: a deep category's last segment, normalised ("usbcables"), else None; ``head``: the
    head noun when no taxonomy term was found; ``kids``: a product for children.
    """

    paths: tuple[str, ...] = ()
    label: str = ""
    leaf: str | None = None
    leaf_label: str | None = None
    head: str | None = None
    kids: bool = False
    extra_paths: tuple[str, ...] = field(default=())  # from the category leaf, for matching only

    @property
    def known(self) -> bool:
        return bool(self.paths or self.leaf or self.head)

    def describe(self) -> str:
        return self.label or self.leaf_label or self.head or "unknown"


def _matches(toks: list[str]) -> list[tuple[int, int, tuple[str, ...]]]:
    """Every taxonomy term in ``toks``: (start, end, term), end exclusive."""
    out = []
    for i in range(len(toks)):
        for n in range(1, min(_MAX_TERM, len(toks) - i) + 1):
            key = tuple(toks[i: i + n])
            if key in TAXONOMY:
                out.append((i, i + n, key))
    return out


def _heads(toks: list[str]) -> list[tuple[str, ...]]:
    """The head term of a noun phrase (rightmost, then longest) and the terms "and"-joined to it."""
    found = _matches(toks)
    if not found:
        return []
    found.sort(key=lambda m: (m[1], -(m[0])), reverse=True)  # rightmost end first, then the longest
    head = found[0]
    if head[2] in _FLAVOURS:  # "Crisps Sea Salt": the flavour follows the product
        earlier = [m for m in found if m[1] <= head[0] and m[2] not in _FLAVOURS]
        head = earlier[0] if earlier else head
    heads = [head[2]]
    start = head[0]
    while start >= 2 and toks[start - 1] == "and":
        before = [m for m in found if m[1] == start - 1]
        if not before:
            break
        prev = min(before, key=lambda m: m[0])  # the longest ending there
        heads.append(prev[2])
        start = prev[0]
    return heads


def _head_noun(toks: list[str]) -> str | None:
    words = [t for t in toks if t.isalpha() and t not in _PACK_WORDS and len(t) > 1]
    return words[-1] if words else None


def _category_leaf(category: str | None) -> tuple[str | None, str | None]:
    if not category:
        return None, None
    parts = [p for p in _CAT_SEP.split(category.strip()) if p]
    if len(parts) < 3:  # a shallow category ("footwear") says too little about the need
        return None, None
    leaf = parts[-1]
    return re.sub(r"[^a-z0-9]", "", leaf.lower()), " ".join(_CAMEL.split(leaf)).strip()


def product_type(title: str, category: str | None = None, brand: str | None = None) -> ProductType:
    """The product type a title (or a free-text query) names; see the module docstring."""
    text = " ".join(str(title or "").split())
    if brand and text.lower().startswith(str(brand).lower() + " "):
        text = text[len(brand):].strip()
    pieces = [p for p in _CUT.split(" " + text + " ") if p and p.strip()]
    heads: list[tuple[str, ...]] = []
    head_noun = None
    all_toks: list[str] = []
    for piece in pieces:
        toks = tokens(piece)
        all_toks.extend(toks)
        if head_noun is None:
            head_noun = _head_noun(toks)
        heads = _heads(toks)
        if heads:
            break
    paths = tuple(dict.fromkeys(p for h in heads for p in TAXONOMY[h]))
    leaf, leaf_label = _category_leaf(category)
    extra: tuple[str, ...] = ()
    if leaf_label:
        extra = tuple(dict.fromkeys(p for h in _heads(tokens(leaf_label)) for p in TAXONOMY[h]))
    kid_words = KID_WORDS & set(tokens(text))
    kids = bool(kid_words) or any(_under(p, k) for p in paths for k in _KID_PATHS)
    return ProductType(paths=paths, label=" / ".join(LABELS[h] for h in heads), leaf=leaf, leaf_label=leaf_label,
                       head=None if paths else head_noun, kids=kids, extra_paths=extra)


def _under(path: str, wanted: str) -> bool:
    return path == wanted or path.startswith(wanted + "/")


def _specific(paths: tuple[str, ...]) -> list[str]:
    """The most specific of ``paths`` (a path that has a descendant among them is dropped)."""
    return [p for p in paths if not any(q != p and _under(q, p) for q in paths)]


@lru_cache(maxsize=1 << 16)
def same_need(query: ProductType, item: ProductType) -> str | None:
    """What makes ``item`` serve the need of ``query`` ("water bottle"), or None when it does not."""
    if query.kids != item.kids:
        return None
    have = item.paths + item.extra_paths
    wants = _specific(query.paths)
    if query.leaf and all("/" not in w for w in wants):  # only a family word ("Electronic Scale"): the leaf says more
        wants = []
    for want in wants:
        if any(_under(p, want) for p in have):
            wanted = query.label or want.rsplit("/", 1)[-1]
            return wanted if item.label in ("", wanted) else f"{wanted} ({item.label})"
    if query.leaf and query.leaf == item.leaf:
        return query.leaf_label
    if not query.paths and query.head and (item.head == query.head or query.head in {
            w for p in item.paths for w in p.rsplit("/", 1)[-1].split()} or query.head in item.label.split()):
        return query.head
    return None

