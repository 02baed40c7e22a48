# ruff: noqa: E501  (sentence templates and chain vocabularies are data; wrapping them hurts reading)
"""Write the thirty-fourth held-out ROLE set: ``roles_holdout34.json`` / ``roles_holdout34_gold.json``.

    python bench/recommend/make_holdout34.py

Written blind by a helper session that neither read nor ran the recommender engine: nothing
under ``src/`` or ``docs/``, no README, no results, no evaluation, fitting, study or comparison
script, no ``roles_*.json`` content (nor that of any other ``*.json``; ``check`` only searches
them for this set's ids), and no Python importing the engine was run. Only
``make_holdout32.py`` was read in full (format, construction and check code: its layout, gold
and check code is copied here, not imported, with the changes listed below); of the other
``make_*.py`` only the module docstrings were read, to keep the chains new. Of ``/tmp/nv``
only ``chainkeys.txt``, the list of the 465 earlier chain keys given, was read (``_EARLIER``;
``check`` asserts that no key of this set is in it). ``make_holdout33.py``, written at the same
time by another helper, and its outputs were not opened. The id prefixes ``q5cn`` / ``q5us``
occur in no other file (``grep -l '"q5' bench/recommend/*.json`` printed no file before this
set was written; ``check`` asserts it over every ``*.json`` beside this script). Nothing may be
fitted or tuned on this set.

What set 32 lacked and this set tests: profiles written by the companies themselves, the kind
a company imports into the trade body's directory. In the words of the issue asking for it, a
Chinese maker seeking a US distributor must find that distributor above US makers of the same
goods that seek distributors too, in free text only, in both languages.

Novelty of the chains, checked with ``grep -ilF`` over ``bench/recommend/make_*.py`` and
``bench/recommend/*.json``, printing file names only. Every product (under each of its trade
names), role noun and material of the chains below, English and Chinese, was grepped as a full
phrase (511 phrases with the places): none matched, but the places (common towns that earlier
sets name too, carrying no chain) and one detail (40尺柜, a container size). Replaced after a
match, before that final pass: electrical wholesaler / 电气批发 (corpora 11, 13, set 12),
home center / 建材超市 / home improvement (corpora 13, 17, set 21), homebuilder, 住宅建筑商,
tract home, hotel renovation / 酒店翻新, multifamily, modular home, 装配式, student housing /
学生公寓, 养老社区, 电工辅料, 电料, solar farm / 光伏电站, battery storage / 储能, HVAC / 暖通,
utility hardware / 电力金具, electric cooperative / 电力合作社 and power line (set 16's
suspension insulators: its buyers are not reused), data center / 数据中心, MEP, logistics park /
物流园区, shipyard / 造船厂, food plant / 食品厂, 游乐设备, 游乐设施, welding machine, 元器件,
polycarbonate, polypropylene, quartz sand / 石英砂, 电解铜, cold-drawn / 冷拔钢丝, wire drawing /
拉丝厂 / 低碳钢丝, hot-dip / 热浸镀锌 / 镀锌加工, 连接件, 支吊架, strut, polyolefin / 聚烯烃, flame
retardant / 阻燃剂, PA66 / 尼龙66 (corpus 13, beside its cable ties), EPDM / 三元乙丙, nitrile /
丁腈, FKM / 氟橡胶, polyamide / 聚酰胺, masterbatch, urea, PBT, electrical insulation / 绝缘材料,
wire and cable, refinery maintenance, and the detail "private-label runs from one container"
(sets 31, 32). Single words that matched inside other text and were kept inside longer
phrases that match nothing: surge (corpora 4, 6; "surge protect", "surge arrest", SPDs, 浪涌,
防雷器 match nothing), 防雷 (set 17), fuse (inside refuse, confused…; "fuses", "fuse link",
"cartridge fuse", 熔断, 保险丝 match nothing), 接地 (corpus 5; 接地棒, 接地极 match nothing), 镀锡
(corpus 8), galvaniz / 镀锌, low-carbon (corpus 16), ceramic, electrical contractor (corpora 4, 5,
11, 13, make_roles; used only as residential / commercial / industrial electrical contractor),
机场, 隧道, 电力, 照明, 半导体, offshore / 海上, 代工厂, 品牌商, 承建, 雷击, and words found only in
``industries.json`` (wiring device, switchgear, broadband / 宽带, 铁塔, 电线电缆). Earlier chain
keys near this domain are other goods: cable (power cable), cabletie, insulator, transformer,
magnetwire, led, ledstreet, evcharger, inverter, pv. The chain keys below occur in no text.

Standard library only and deterministic (``random.Random(SEED)``); it imports no other generator.

* Ten value chains of electrical installation supplies, a domain no earlier set used (not the
  vehicle aftermarket of set 32, the livestock equipment of set 31 or the janitorial supplies
  of set 30), all goods China exports to the US in volume and the US sells back in part:
  wall receptacles and switches, electrical (outlet / junction) boxes, wire connectors (wiring
  devices and boxes); miniature circuit breakers, surge protective devices, cartridge fuses,
  copper-bonded ground rods (circuit protection and grounding); cable tray, heat shrink tubing,
  cable glands (cable routing and termination). Keys: wallreceptacle, outletbox, wireconnector,
  minibreaker, surgeprotector, cartridgefuse, groundrod, cabletray, heatshrink, cablegland.
  Stages R raw material or key component (phosphor bronze strip mill, thermoset molding powder
  maker, galvanized strip mill, conical spring coiler, silver contact maker, thermostatic
  bimetal producer, metal oxide varistor maker, silver fuse element maker, copper cathode
  refinery, bright wire mill, zinc ingot smelter, PVDF resin producer, nickel-plated brass
  parts shop, seal insert molder…), M maker, D distributor / importer / wholesaler / agent /
  brand owner, E end buyer or user (residential electrical contractor, senior living developer,
  apartment developer, modular building company, lighting installer, appliance repair chain,
  manufactured housing plant, switchboard builder, retail fit-out contractor, traffic signal
  contractor, airport lighting contractor, broadband network builder, UPS maker, motor control
  panel shop, arc welder maker, distribution line contractor, telecom tower builder, railway
  electrification contractor, data hall builder, semiconductor plant contractor,
  petrochemical plant contractor, cable assembly house, marine electrical shop, rail signaling
  contractor, packaging machinery builder, amusement ride maker, offshore platform service
  company). Each company is at one stage and seeks an adjacent one (R seeks M; M seeks R, D or
  E; D seeks M or E; E seeks M or D). Three, four and three chains per sector.
* 40 Chinese (CN) and 70 US companies, 4 and 7 per chain, ids ``q5cn001``... and ``q5us001``...
  shuffled within each side; gold partners (same chain, each one's stage what the other
  seeks, both ways), and beside every CN company's partner a US competitor (same stage, same
  want), a US company offering what it seeks but seeking something else and one wanting its
  goods but offering nothing it seeks (where the stages allow), then companies at other stages
  and of the other chains: constructed exactly as in set 32 (``needs``, ``lay_out``).
* CN companies write mainland business Chinese (eight write English, spread over the five
  kinds); US companies write English (five write Chinese, one per kind). Free text only: no
  offer or seek codes, no stage words.
* Five kinds of profile, all the company's own text (first or third person), 8 CN and 14 US
  each: the "About us" paragraph of its directory page (公司简介 / ABOUT US; first person), an
  entry of the trade body's member directory (会员名录 / MEMBER DIRECTORY, category line; third
  person, terse), an exhibitor or hosted-buyer profile in a fair catalogue (展位号 / Booth;
  the company introduced in the third person, the want in the first), a member profile on the
  chamber's site (会员风采 / MEMBER SPOTLIGHT, "member since"; third person) and the free-text
  field of a match-making request form (对接需求说明 / Matchmaking request; first person). Per
  kind and language: six offer templates (what the company is, or what it makes, distributes
  or buys, with a figure), four want templates of each of the two named kinds, two or three
  plan frames, four filler lines (founding year, staff, ISO 9001, membership, booth
  interpreters), headers and closing lines (contact person); the directory entries and
  match-making requests also have one-sentence forms holding both (8 profiles, a few with a
  contact line below).
* Profiles run from one to five sentences below an optional header. The goods go by their
  trade names and synonyms (MCBs, 空开, 空气开关, DIN-rail breakers; SPDs, 防雷器, surge
  arresters; 格兰头, cord grips; 底盒, 暗盒, junction boxes…), the partner by a role noun of
  its chain ("a US wiring device importer"), by a role word and the goods ("distributors for
  cable glands in the United States", "熔断器代理商"), or only by role and country. Three kinds
  of want, two to two to one on each side: with a verb of seeking ("寻找", "寻求", "物色", "在找",
  "找到", "希望结识", "looking for", "seek", "find", "search"), naming the partner without one
  ("诚招…", "欢迎…洽谈", "意向合作方：…", "Partner wanted:", "Inquiries from … are welcome",
  "Would like to meet …"), and a plan that describes the partner by what it would do (hold
  local stock, make to the company's drawings, buy for its own projects) with no role noun.
  ``check`` asserts that the cue words occur anywhere in a profile exactly when its want is of
  the first kind, and that no plan names a noun, specific or generic, of the stage sought.
* Hard cases as in set 32, with set 32's checks: customers already served named in the
  profile (of a stage other than the one sought; 12), negated wants ("贸易商勿扰", "No brokers,
  please", "Not open to volume buyers for now"; 7), role words in company names that differ
  from the company's stage (9), wants naming only a generic role and the country (9), a
  maker's want named by its input material (5). The want comes first (about a fifth), in the
  middle or last. Head counts are kept above any count of people a profile gives.

Changes to set 32's code: the kinds of text, the want phrases (role and goods, English
plurals), one-sentence profiles, the sentence limit (five), the share of plans (one in five),
the cue check over the whole profile, eight CN writers of English, the article rule for
abbreviations ("an SPD OEM", "a UL receptacle maker", "a UPS maker"), the id check over every
``*.json``.
"""

from __future__ import annotations

import itertools
import json
import random
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20340311
NAME = "roles_holdout34"
PREFIX = {"CN": "q5cn", "US": "q5us"}

# Chain keys used by earlier sets (as given to this helper, 465 keys); none may be used here.
_EARLIER = (
    "acousticpanel acrylicdisplay aerosolcan aerostat agdrone airfilter airfryer aistraw aligner "
    "almond am amenity anchor animation aquafilter aquaheater archery artflower backpack "
    "badmintonshuttle baijiu baitstation bamboo barcode bathbomb bearing bed bedtoolbox beef beer "
    "bellowsbox berry bicycle billiards bindwire biobag birdfeeder birdsnest blinds boardgame boba "
    "boiler bonsaitray boothsystem bottle bowling bpmonitor brake bridal cabinet cable cabletie "
    "calculator calfhutch camper candle carpet cart carton carwash cashmere casket catheter "
    "catlitter cattree caulkgun ceilingfan cement centrifuge cfrp chair chalk changingstation "
    "charging chessset choppingboard chopstick cider climbhold clipper cnc coathanger cocoa coffee "
    "coldchain compressor cone confetticannon conveyor cookware cosmetics costume countertop "
    "countingframe cowbrush craftglitter crayon croquetset crowdbarrier crucible crusher cuirass "
    "cup dairy dartboardset dashcam deicer dentalunit desal desk dialyzer diaper dinnerware doccam "
    "dogharness dressing driedfruit drillbit drip drone dropliner drumhead dryer drywall dumpling "
    "duvet earbuds eartag ebike ebus egg electrode electrolyser elecwinch elevator embhoop "
    "energydrink envelope epoxy esl evcharger excavator extinguisher eyelash eyewear fabricdye "
    "farrowcrate fastener faucet fencer fertilizer fgmesh film firework flatglass floorliner "
    "floorpad floss flour foldfan footwear forklift formula fountainpen fries frozenveg furniture "
    "gardenstatue garlic garment gearbox generics ginseng glassmosaic glove glueboard goalnet golf "
    "grabbar greenhouse greentea greetingcard grindwheel grout guitar gummy h2tank hairdryer "
    "hairdye hamaca handbag hangtag haynet hearingaid heatexchanger heatpump heavybag helmet hinge "
    "hoist honey horserug hose hotpot hotsauce hottub hullcraft hydcyl hydrant icecream iceskate "
    "imaging implant incense indgas infieldmix ink insectlight insulator intumescent inverter ivd "
    "jewelry jigsawpuzzle juice karaokeset kayak keg keypad kimchi kitecraft knife knitneedle "
    "kombucha kscope ladder lanyard latexballoon laundry lcdmodule led ledstreet lickblock "
    "lightgel lipbalm lithium localization locker loyly lubricant luggage magnet magnetwire "
    "mahjongtiles manhole mannequin marimbawood marinerope marotte massagechair mattress medal "
    "meddev microscope milkliner mistmaker mlcc modeltrack moisturemeter mold mooncake mophead "
    "motor mountform mouthharp mower mushroom musicbox musicstand nailpolish netpen noodle nuts "
    "nylonyarn oatmilk oliveoil oring oven padlock paint pallet paperbag pasta pcb peach pencil "
    "perfume petfood phonecase piano pickle pickleball pictureframe pigfeeder pillow pinatacraft "
    "pingpong pipe pipette pipingtip piste playingcard popcorn posterminal pouch poultrydrinker "
    "powerchip powertool printing projscreen ptoshaft pump pv racking radiator railcar rainbarrel "
    "razor reagent rebar receiptroll reedcane reefer ribbon rice ricecooker ricenoodle rigidbox "
    "robot robotarm robovac rollerchain roofing rubbermulch saddle safetysign sandwichpanel "
    "sanitizer sausage sawblade scaffold scooter scrappaper scrubs seafood sealant seatcover "
    "seating seaweed seedcoat sesameoil sewing shampoo shockabsorber shredder sidestep silk sink "
    "skidplate slatfloor smartlock snowchain snowpaw socks sodamaker solarheater soy soysauce "
    "sparkplug spcfloor spice sportswear spring stagedrape stagetruss stallmat stapler "
    "startelescope stickynote storage stretchfilm stroller sugar sunglasses sunscreen surfboard "
    "suture swimwear swingseat syringe tackle tamtam tape tea tennisracket tent terrestrial "
    "thermostat tile toiletpartition tonneaucover toothbrush towel toxinbinder toy tractionboard "
    "trampoline transformer treadmill treeshelter trekpole truckscale tuna turf turnout tyre "
    "ukulelekit umbrella upvcprofile urinalscreen valve vase vending vetvax vinegar violin "
    "visioncam vitamin wallcovering wallet walnut wastecart wastewater watch water watermeter "
    "watertrough waxwrap weldwire wetwipe wheelchair whiteboard wig wind windcock window "
    "windowsqueegee windshade wine wiperblade wrench xmastree yeast yogamat zipper"
)
EARLIER_CHAINS = set(_EARLIER.split())

# ---------------------------------------------------------------------------------------------
# Chains. Per chain: sector (zh, en); the goods under their usual trade names (zh names, en
# names: the company's own goods for M, D and E, and what plans and role-and-goods wants name);
# what its end users do (zh, en; a relative-clause verb phrase, for the wants implied by a plan);
# per stage (zh nouns, en nouns, zh details, en details), the i-th detail going with the i-th
# noun; the material each R noun supplies (aligned with the R nouns); Chinese places (zh, en).
# The keys are words no description contains (texts write "cable tray", never the key).
# ---------------------------------------------------------------------------------------------
WIRING = ("布线器具与电工盒", "Wiring devices and boxes")
PROTECT = ("配电保护与接地", "Circuit protection and grounding")
CABLE = ("线缆敷设与连接", "Cable routing and termination")
CHAINS: dict[str, dict[str, object]] = {
    "wallreceptacle": {
        "sector": WIRING,
        "product": (("美标墙壁插座", "开关插座", "墙壁开关和插座", "GFCI插座"),
                    ("wall receptacles", "receptacles and switches", "duplex outlets", "GFCI and tamper-resistant receptacles")),
        "use": ("每年新建和翻新大量住宅", "wire hundreds of homes a year"),
        "R": (("磷青铜带厂", "电玉粉厂", "接线螺钉厂"),
              ("phosphor bronze strip mill", "thermoset molding powder maker", "terminal screw maker"),
              ("磷青铜带年产2万吨", "电玉粉年产3万吨", "接线螺钉年产5亿颗"),
              ("20,000 t of strip a year", "30,000 t of molding powder a year", "500 million screws a year")),
        "M": (("开关插座工厂", "美标插座制造商", "插座OEM工厂"),
              ("wiring device factory", "UL receptacle maker", "receptacle OEM"),
              ("年产插座和开关3000万只", "产品有UL认证，GFCI和防儿童插座都做", "可做贴牌，起订量5000只"),
              ("30 million receptacles and switches a year", "UL-listed GFCI and tamper-resistant lines", "private-label runs from 5,000 pieces")),
        "D": (("插座开关进口商", "开关插座品牌商", "电工产品批发商"),
              ("wiring device importer", "wiring device brand owner", "electrical parts wholesaler"),
              ("年进口插座开关80个货柜", "自有品牌进入600家五金店", "电工客户2000多家"),
              ("80 containers of wiring devices a year", "its own brand in 600 hardware stores", "over 2,000 contractor accounts")),
        "E": (("住宅电气承包商", "住宅建造商", "长者公寓开发商"),
              ("residential electrical contractor", "residential builder", "senior living developer"),
              ("电工120人，年装新房1500套", "每年交付住宅3000套", "在建长者公寓2000套"),
              ("120 electricians wiring 1,500 new homes a year", "3,000 homes delivered a year", "2,000 senior apartments under construction")),
        "material": (("磷青铜带", "电玉粉", "接线螺钉"), ("phosphor bronze strip", "thermoset molding powder", "terminal screws")),
        "places": (("乐清", "慈溪", "海宁"), ("Yueqing", "Cixi", "Haining")),
    },
    "outletbox": {
        "sector": WIRING,
        "product": (("接线盒", "电工底盒", "暗盒", "金属接线盒"),
                    ("electrical boxes", "outlet boxes", "junction boxes", "steel and PVC device boxes")),
        "use": ("每年给大批公寓和写字楼布线", "wire apartment and office buildings floor by floor"),
        "R": (("镀锌带钢厂", "BMC模塑料厂", "接地螺丝厂"),
              ("galvanized strip mill", "BMC molding compound maker", "grounding screw maker"),
              ("带钢年产15万吨", "模塑料年产2万吨", "接地螺丝年产3亿颗"),
              ("150,000 t of strip a year", "20,000 t of compound a year", "300 million screws a year")),
        "M": (("接线盒工厂", "电工盒冲压厂", "接线盒OEM工厂"),
              ("electrical box factory", "metal box stamping plant", "junction box OEM"),
              ("年产接线盒2000万只，金属和塑料都做", "冲床80台", "贴牌订单一个40尺柜起订"),
              ("20 million boxes a year in steel and plastic", "80 stamping presses", "private-label orders from one 40-ft container")),
        "D": (("电工材料进口商", "电料批发商", "接线盒代理商"),
              ("electrical materials importer", "contractor supply house", "electrical box distributor"),
              ("年进口电工材料200个货柜", "门店15家", "年出货接线盒300万只"),
              ("200 containers of electrical materials a year", "15 branches", "3 million boxes shipped a year")),
        "E": (("公寓开发商", "商业电气承包商", "模块化建筑公司"),
              ("apartment developer", "commercial electrical contractor", "modular building company"),
              ("在建公寓5000套", "电工400人", "年产建筑模块1200个"),
              ("5,000 apartments under construction", "400 electricians", "1,200 modules built a year")),
        "material": (("镀锌带钢", "BMC模塑料", "接地螺丝"), ("galvanized steel strip", "BMC molding compound", "green grounding screws")),
        "places": (("宁海", "象山", "三门"), ("Ninghai", "Xiangshan", "Sanmen")),
    },
    "wireconnector": {
        "sector": WIRING,
        "product": (("接线端子", "接线帽", "快速接线器", "按压式接线端子"),
                    ("wire connectors", "twist-on wire connectors", "push-in connectors", "lever splicing connectors")),
        "use": ("天天装灯具、接电线", "hang fixtures and splice wire all day"),
        "R": (("锥形弹簧厂", "镀锡铜件厂", "绝缘外壳注塑厂"),
              ("conical spring coiler", "tinned copper contact maker", "insulating shell molder"),
              ("弹簧年产10亿只", "铜件年产8亿件", "外壳年产6亿只"),
              ("1 billion springs a year", "800 million contacts a year", "600 million shells a year")),
        "M": (("接线端子工厂", "快速接线器制造商", "接线帽OEM工厂"),
              ("wire connector factory", "push-in connector maker", "twist-on connector OEM"),
              ("年产接线端子5亿只", "自动组装线30条", "可做贴牌，起订量10万只"),
              ("500 million connectors a year", "30 automatic assembly lines", "private-label runs from 100,000 pieces")),
        "D": (("电工小五金进口商", "电工用品批发商", "接线端子代理商"),
              ("electrical sundries importer", "electrician supply wholesaler", "connector distributor"),
              ("年进口电工小五金50个货柜", "常备电工用品6000种", "年出货接线端子2000万只"),
              ("50 containers of sundries a year", "6,000 lines in stock", "20 million connectors shipped a year")),
        "E": (("照明安装公司", "家电维修连锁", "活动房屋工厂"),
              ("lighting installer", "appliance repair chain", "manufactured housing plant"),
              ("安装工300人", "维修门店90家", "年产住宅2500套"),
              ("300 installers", "90 repair locations", "2,500 homes built a year")),
        "material": (("锥形弹簧", "镀锡铜件", "绝缘外壳"), ("conical springs", "tinned copper contacts", "insulating shells")),
        "places": (("温州", "瑞安", "平阳"), ("Wenzhou", "Rui'an", "Pingyang")),
    },
    "minibreaker": {
        "sector": PROTECT,
        "product": (("小型断路器", "微型断路器", "空气开关", "空开"),
                    ("miniature circuit breakers", "MCBs", "DIN-rail breakers", "plug-on circuit breakers")),
        "use": ("每年要装上千台配电箱", "build or install hundreds of distribution panels a year"),
        "R": (("银触点厂", "热双金属片厂", "灭弧栅片冲压厂"),
              ("silver contact maker", "thermostatic bimetal producer", "arc chute stamper"),
              ("银触点年产20亿粒", "双金属片年产500吨", "灭弧栅片年产3亿片"),
              ("2 billion contacts a year", "500 t of bimetal a year", "300 million arc plates a year")),
        "M": (("断路器工厂", "低压电器制造商", "断路器OEM工厂"),
              ("circuit breaker factory", "low-voltage switchgear maker", "breaker OEM"),
              ("年产小型断路器4000万极", "UL 489和IEC认证齐全", "可做贴牌，起订量2万极"),
              ("40 million poles a year", "UL 489 and IEC certified lines", "private-label runs from 20,000 poles")),
        "D": (("配电产品进口商", "工控电气分销商", "断路器代理商"),
              ("power distribution importer", "industrial electrical distributor", "breaker distributor"),
              ("年进口配电产品150个货柜", "网点20个", "年出货断路器100万只"),
              ("150 containers of distribution products a year", "20 branches", "1 million breakers shipped a year")),
        "E": (("配电柜成套厂", "工业电气安装公司", "商铺装修公司"),
              ("switchboard builder", "industrial electrical contractor", "retail fit-out contractor"),
              ("年产配电柜8000台", "电工600人", "年装修门店900家"),
              ("8,000 panels built a year", "600 electricians", "900 store build-outs a year")),
        "material": (("银触点", "热双金属片", "灭弧栅片"), ("silver contacts", "thermostatic bimetal", "arc chute plates")),
        "places": (("柳市", "北白象", "黄华"), ("Liushi", "Beibaixiang", "Huanghua")),
    },
    "surgeprotector": {
        "sector": PROTECT,
        "product": (("浪涌保护器", "防雷器", "电涌保护器", "SPD防雷模块"),
                    ("surge protective devices", "SPDs", "surge arresters", "Type 1 and Type 2 surge protectors")),
        "use": ("在雷击多发地区运营户外设备", "keep equipment outdoors where lightning strikes often"),
        "R": (("压敏电阻厂", "气体放电管厂", "热脱扣器厂"),
              ("metal oxide varistor maker", "gas discharge tube maker", "thermal disconnector maker"),
              ("压敏电阻年产5亿只", "放电管年产1亿只", "脱扣器年产2000万只"),
              ("500 million varistors a year", "100 million tubes a year", "20 million disconnectors a year")),
        "M": (("浪涌保护器工厂", "防雷器制造商", "SPD代工厂"),
              ("surge protector factory", "lightning protection device maker", "SPD OEM"),
              ("年产浪涌保护器300万只", "自建冲击电流实验室", "可做贴牌，起订量1000只"),
              ("3 million SPDs a year", "an in-house impulse current lab", "private-label runs from 1,000 units")),
        "D": (("防雷产品进口商", "电气元件分销商", "浪涌保护器代理商"),
              ("surge protection importer", "electrical component distributor", "SPD distributor"),
              ("年进口防雷产品60个货柜", "常备元件1万种", "年出货浪涌保护器20万只"),
              ("60 containers a year", "10,000 parts in stock", "200,000 units shipped a year")),
        "E": (("交通信号工程公司", "机场助航灯光工程公司", "宽带网络建设公司"),
              ("traffic signal contractor", "airport lighting contractor", "broadband network builder"),
              ("维护路口信号灯1800处", "承接机场项目40个", "年建光纤节点3000个"),
              ("1,800 intersections maintained", "40 airport projects", "3,000 fiber nodes built a year")),
        "material": (("压敏电阻", "气体放电管", "热脱扣器"), ("metal oxide varistors", "gas discharge tubes", "thermal disconnectors")),
        "places": (("深圳", "东莞", "惠州"), ("Shenzhen", "Dongguan", "Huizhou")),
    },
    "cartridgefuse": {
        "sector": PROTECT,
        "product": (("熔断器", "熔断体", "保险丝", "圆筒形熔断器"),
                    ("cartridge fuses", "fuse links", "Class CC and Class J fuses", "ferrule fuses")),
        "use": ("生产电控柜和电源设备", "build control cabinets and power equipment"),
        "R": (("银熔体厂", "陶瓷熔管厂", "端帽冲压厂"),
              ("silver fuse element maker", "ceramic fuse body maker", "end cap stamper"),
              ("熔体年产3亿片", "熔管年产1亿只", "端帽年产4亿只"),
              ("300 million elements a year", "100 million fuse bodies a year", "400 million end caps a year")),
        "M": (("熔断器工厂", "电路保护器件制造商", "熔断器OEM工厂"),
              ("fuse factory", "circuit protection maker", "fuse OEM"),
              ("年产熔断器5000万只", "产品有UL 248认证", "可做贴牌，起订量1万只"),
              ("50 million fuses a year", "UL 248 listed lines", "private-label runs from 10,000 pieces")),
        "D": (("电路保护器件进口商", "电子物料分销商", "熔断器代理商"),
              ("circuit protection importer", "electronic component distributor", "fuse distributor"),
              ("年进口保护器件40个货柜", "常备物料3万种", "年出货熔断器300万只"),
              ("40 containers a year", "30,000 parts in stock", "3 million fuses shipped a year")),
        "E": (("不间断电源厂", "电机控制柜厂", "电焊机厂"),
              ("UPS maker", "motor control panel shop", "arc welder maker"),
              ("年产UPS电源5万台", "年产控制柜5000台", "年产电焊机20万台"),
              ("50,000 UPS units a year", "5,000 control panels a year", "200,000 welders a year")),
        "material": (("银熔体", "陶瓷熔管", "熔断器端帽"), ("silver fuse elements", "ceramic fuse bodies", "fuse end caps")),
        "places": (("桐城", "舒城", "宁国"), ("Tongcheng", "Shucheng", "Ningguo")),
    },
    "groundrod": {
        "sector": PROTECT,
        "product": (("接地棒", "铜包钢接地棒", "镀铜接地极", "接地极"),
                    ("ground rods", "copper-bonded ground rods", "grounding electrodes", "earth rods")),
        "use": ("每年架设大量线路和杆塔", "build lines and towers every season"),
        "R": (("阴极铜冶炼厂", "低碳圆钢厂", "铜卡子铸造厂"),
              ("copper cathode refinery", "low-carbon round bar mill", "bronze clamp foundry"),
              ("阴极铜年产20万吨", "圆钢年产80万吨", "卡子年产2000万只"),
              ("200,000 t of cathode a year", "800,000 t of bar a year", "20 million clamps a year")),
        "M": (("接地棒工厂", "接地材料制造商", "接地棒OEM工厂"),
              ("ground rod factory", "grounding materials maker", "ground rod OEM"),
              ("年产接地棒600万根", "镀铜层254微米，有UL 467认证", "贴牌订单一个40尺柜起订"),
              ("6 million rods a year", "10-mil copper bond, UL 467 listed", "private-label orders from one 40-ft container")),
        "D": (("接地产品进口商", "电力物资批发商", "接地棒代理商"),
              ("grounding products importer", "line construction supply wholesaler", "ground rod distributor"),
              ("年进口接地产品100个货柜", "仓库6个", "年出货接地棒50万根"),
              ("100 containers a year", "6 warehouses", "500,000 rods shipped a year")),
        "E": (("配电线路施工公司", "通信铁塔建设公司", "铁路电气化工程公司"),
              ("distribution line contractor", "telecom tower builder", "railway electrification contractor"),
              ("施工队伍50支", "年建铁塔800座", "在建线路600公里"),
              ("50 line crews", "800 towers built a year", "600 km of line under construction")),
        "material": (("阴极铜", "低碳圆钢", "铜接地卡子"), ("copper cathode", "low-carbon round bar", "bronze ground clamps")),
        "places": (("扬中", "泰兴", "高邮"), ("Yangzhong", "Taixing", "Gaoyou")),
    },
    "cabletray": {
        "sector": CABLE,
        "product": (("电缆桥架", "网格桥架", "梯式桥架", "桥架"),
                    ("cable tray", "wire mesh cable tray", "ladder tray", "basket tray")),
        "use": ("承建机房和厂房", "route miles of cable through data halls and plants"),
        "R": (("光亮钢丝厂", "锌锭冶炼厂", "桥架连接片冲压厂"),
              ("bright wire mill", "zinc ingot smelter", "splice plate stamper"),
              ("钢丝年产10万吨", "锌锭年产12万吨", "连接片年产5000万片"),
              ("100,000 t of wire a year", "120,000 t of zinc a year", "50 million splice plates a year")),
        "M": (("桥架工厂", "网格桥架制造商", "桥架OEM工厂"),
              ("cable tray factory", "wire mesh tray maker", "cable tray OEM"),
              ("年产桥架8万吨", "焊接机器人40台", "可按图定做，起订量一个货柜"),
              ("80,000 t of tray a year", "40 welding robots", "made to drawing from one container")),
        "D": (("线缆管理产品进口商", "电气建材批发商", "桥架代理商"),
              ("cable management importer", "electrical construction materials wholesaler", "cable tray distributor"),
              ("年进口桥架及附件70个货柜", "仓库面积3万平方米", "年出货桥架1万吨"),
              ("70 containers a year", "300,000 sq ft of warehouse space", "10,000 t of tray shipped a year")),
        "E": (("机房建设公司", "半导体厂房承包商", "石化装置安装公司"),
              ("data hall builder", "semiconductor plant contractor", "petrochemical plant contractor"),
              ("在建机房12个", "项目经理80人", "在建装置9套"),
              ("12 data halls under construction", "80 project managers", "9 process units under construction")),
        "material": (("光亮钢丝", "锌锭", "桥架连接片"), ("bright steel wire", "zinc ingot", "tray splice plates")),
        "places": (("宝应", "天长", "任丘"), ("Baoying", "Tianchang", "Renqiu")),
    },
    "heatshrink": {
        "sector": CABLE,
        "product": (("热缩管", "热缩套管", "双壁热缩管", "热收缩管"),
                    ("heat shrink tubing", "heat-shrinkable sleeving", "dual-wall adhesive-lined tubing", "shrink tubing")),
        "use": ("每天做大量线缆接头和组件", "splice and finish cable assemblies every day"),
        "R": (("色母粒厂", "PVDF树脂厂", "无卤阻燃母粒厂"),
              ("color concentrate maker", "PVDF resin producer", "halogen-free additive maker"),
              ("色母粒年产2万吨", "PVDF树脂年产8000吨", "阻燃母粒年产1万吨"),
              ("20,000 t of concentrate a year", "8,000 t of resin a year", "10,000 t of additive a year")),
        "M": (("热缩管工厂", "热缩材料制造商", "热缩管OEM工厂"),
              ("heat shrink tubing factory", "heat-shrinkable products maker", "heat shrink OEM"),
              ("年产热缩管5亿米", "扩张线60条，有UL 224认证", "可做贴牌，起订量5万米"),
              ("500 million m a year", "60 expansion lines, UL 224 recognized", "private-label runs from 50,000 m")),
        "D": (("线缆组件辅料进口商", "电子辅料批发商", "热缩管代理商"),
              ("cable assembly supply importer", "electronics supplies wholesaler", "heat shrink distributor"),
              ("年进口辅料30个货柜", "常备辅料8000种", "年出货热缩管3000万米"),
              ("30 containers a year", "8,000 lines in stock", "30 million m shipped a year")),
        "E": (("线缆组件加工厂", "船舶电气公司", "铁路信号工程公司"),
              ("cable assembly house", "marine electrical shop", "rail signaling contractor"),
              ("年加工线缆组件800万条", "技师150人", "在建信号项目25个"),
              ("8 million assemblies a year", "150 technicians", "25 signaling projects under way")),
        "material": (("色母粒", "PVDF树脂", "无卤阻燃母粒"), ("color concentrate", "PVDF resin", "halogen-free additive")),
        "places": (("江门", "中山", "佛山"), ("Jiangmen", "Zhongshan", "Foshan")),
    },
    "cablegland": {
        "sector": CABLE,
        "product": (("电缆防水接头", "格兰头", "电缆固定头", "尼龙电缆接头"),
                    ("cable glands", "cord grips", "liquid-tight cable connectors", "nylon cable glands")),
        "use": ("给户外和潮湿环境里的设备接线", "wire machines that run wet or outdoors"),
        "R": (("镀镍黄铜件厂", "密封胶芯厂", "尼龙外壳注塑厂"),
              ("nickel-plated brass parts shop", "seal insert molder", "nylon body molder"),
              ("黄铜件年产1亿件", "胶芯年产2亿只", "外壳年产3亿只"),
              ("100 million brass parts a year", "200 million inserts a year", "300 million bodies a year")),
        "M": (("电缆接头工厂", "格兰头制造商", "防水接头OEM工厂"),
              ("cable gland factory", "cable entry products maker", "cable gland OEM"),
              ("年产防水接头1亿只", "防护等级IP68，有UL 514B认证", "可做贴牌，起订量5000只"),
              ("100 million glands a year", "IP68 rated and UL 514B listed", "private-label runs from 5,000 pieces")),
        "D": (("工业电气进口商", "自动化配件分销商", "电缆接头代理商"),
              ("industrial electrical importer", "automation parts distributor", "cable gland distributor"),
              ("年进口工业电气产品90个货柜", "常备配件1.2万种", "年出货电缆接头500万只"),
              ("90 containers a year", "12,000 parts in stock", "5 million glands shipped a year")),
        "E": (("包装机械厂", "游乐机制造商", "海上平台服务公司"),
              ("packaging machinery builder", "amusement ride maker", "offshore platform service company"),
              ("年产包装机2000台", "年产大型游乐机60台", "服务平台30座"),
              ("2,000 machines built a year", "60 rides built a year", "30 platforms served")),
        "material": (("镀镍黄铜件", "密封胶芯", "尼龙外壳"), ("nickel-plated brass bodies", "seal inserts", "nylon gland bodies")),
        "places": (("余姚", "北仑", "镇海"), ("Yuyao", "Beilun", "Zhenhai")),
    },
}  # fmt: skip

STAGES = "RMDE"
ADJACENT = {"R": ("M",), "M": ("R", "D", "E"), "D": ("M", "E"), "E": ("M", "D")}
SELLS_TO = {"R": ("M",), "M": ("D", "E"), "D": ("E",), "E": ()}
ROLES = [(s, w) for s in STAGES for w in ADJACENT[s]]
UPSTREAM = {("M", "R"), ("D", "M"), ("E", "M"), ("E", "D")}  # the company buys from what it seeks

US_PLACES = (("印第安纳州韦恩堡", "Fort Wayne, Indiana"), ("田纳西州查塔努加", "Chattanooga, Tennessee"),
             ("华盛顿州斯波坎", "Spokane, Washington"), ("俄克拉何马州塔尔萨", "Tulsa, Oklahoma"),
             ("爱达荷州博伊西", "Boise, Idaho"), ("内华达州里诺", "Reno, Nevada"),
             ("宾夕法尼亚州哈里斯堡", "Harrisburg, Pennsylvania"), ("佐治亚州萨凡纳", "Savannah, Georgia"),
             ("阿肯色州小石城", "Little Rock, Arkansas"), ("堪萨斯州威奇托", "Wichita, Kansas"),
             ("田纳西州诺克斯维尔", "Knoxville, Tennessee"), ("俄亥俄州托莱多", "Toledo, Ohio"),
             ("宾夕法尼亚州阿伦敦", "Allentown, Pennsylvania"), ("南卡罗来纳州格林维尔", "Greenville, South Carolina"))  # fmt: skip

# Generic role nouns, for wants naming only the role and the country, and for negations.
GENERIC = {
    "zh": {"R": ("原料供应商", "材料供应商", "零部件供应商"), "M": ("生产厂家", "工厂", "制造商"),
           "D": ("经销商", "批发商", "进口商", "代理商"), "E": ("终端用户", "直接用户", "批量采购客户")},
    "en": {"R": ("materials supplier", "component supplier"), "M": ("manufacturer", "factory", "producer"),
           "D": ("distributor", "importer", "wholesaler"), "E": ("end user", "direct buyer", "volume buyer")},
}  # fmt: skip
# Role words joined to the goods ("a distributor for cable glands", "熔断器代理商").
ROLE_WORD = {
    "zh": {"R": ("供应商", "生产商"), "M": ("生产厂家", "制造商", "工厂"),
           "D": ("经销商", "进口商", "批发商", "代理商"), "E": ("终端用户", "批量采购客户")},
    "en": {"R": ("supplier", "producer"), "M": ("manufacturer", "maker"),
           "D": ("distributor", "importer", "wholesaler"), "E": ("end user", "volume buyer")},
}  # fmt: skip
ROLE_GOODS = {
    "zh": {"R": ("{goods}{r}",), "M": ("{goods}{r}",), "D": ("{goods}{r}",), "E": ("{goods}的{r}",)},
    "en": {"R": ("{r} of {goods}",), "M": ("{r} of {goods}",), "D": ("{r} for {goods}", "{r} of {goods}"),
           "E": ("{r} of {goods}",)},
}  # fmt: skip
# Words naming traders in negations only ("贸易商勿扰", "No brokers, please.").
NEG_TRADERS = {"zh": ("贸易商", "中间商"), "en": ("trading company", "broker")}

# What a company does, by stage ({goods}: its material for R, the chain's goods otherwise);
# English as (third person, first person).
DOES = {
    "zh": {"R": ("生产{goods}", "专业生产{goods}", "主营{goods}"),
           "M": ("生产{goods}", "专业制造{goods}", "研发生产{goods}"),
           "D": ("经销{goods}", "进口批发{goods}", "做{goods}分销"),
           "E": ("项目上大量使用{goods}", "每年采购大批{goods}")},
    "en": {"R": (("produces {goods}", "produce {goods}"), ("makes {goods}", "make {goods}"), ("supplies {goods}", "supply {goods}")),
           "M": (("manufactures {goods}", "manufacture {goods}"), ("makes {goods}", "make {goods}"),
                 ("designs and builds {goods}", "design and build {goods}")),
           "D": (("distributes {goods}", "distribute {goods}"), ("imports and wholesales {goods}", "import and wholesale {goods}"),
                 ("stocks and sells {goods}", "stock and sell {goods}")),
           "E": (("buys {goods} in volume", "buy {goods} in volume"),
                 ("goes through large quantities of {goods}", "go through large quantities of {goods}"))},
}  # fmt: skip

# The noun phrase of the partner sought, by (company's side, language of the text); English
# also in the plural.
WANT_FORMS = {
    ("CN", "zh"): ("美国的{n}", "美国本土的{n}", "在美国的{n}", "美国{n}", "有实力的美国{n}"),
    ("CN", "en"): ("a US {n}", "an American {n}", "a {n} in the US", "a reputable US {n}"),
    ("US", "en"): ("a Chinese {n}", "a {n} in China", "a China-based {n}", "a reliable Chinese {n}"),
    ("US", "zh"): ("中国的{n}", "中国本土的{n}", "在中国的{n}", "中国{n}", "有实力的中国{n}"),
}  # fmt: skip
WANT_FORMS_PL = {
    ("CN", "en"): ("US {n}", "{n} in the United States", "American {n}", "US-based {n}"),
    ("US", "en"): ("Chinese {n}", "{n} in China", "China-based {n}"),
}  # fmt: skip
MATERIAL_FORMS = {
    ("CN", "zh"): ("美国产的{n}", "从美国进口的{n}", "美国货源的{n}"),
    ("CN", "en"): ("US-made {n}", "{n} produced in the US", "{n} shipped from the US"),
    ("US", "en"): ("Chinese-made {n}", "{n} produced in China", "{n} shipped from China"),
    ("US", "zh"): ("中国产的{n}", "从中国进口的{n}", "中国货源的{n}"),
}  # fmt: skip
# Country words for the plans: the partner's country as seen from the company.
COUNTRY = {
    ("CN", "zh"): ("美国", "美国"),
    ("CN", "en"): ("the US", "American"),
    ("US", "en"): ("China", "Chinese"),
    ("US", "zh"): ("中国", "中国"),
}

# A maker's want named by its input material (a cue word, or none); no person.
MATERIAL_WANT = {
    "zh": {"cue": ("正在寻找{want}的长期货源。", "寻求{want}的年度供应，先看样品。", "在找{want}，用量稳定。"),
           "named": ("{want}：年用量稳定，供货方待定。", "采购清单上排第一的是{want}。", "每月需要稳定供应的{want}。")},
    "en": {"cue": ("Looking for a long-term source of {want}.", "Seeking {want} on an annual contract; samples first.",
                   "Currently searching for {want} in steady monthly volumes."),
           "named": ("{want_cap}: steady yearly volume, supplier still open.", "Top of this year's buying list: {want}.",
                     "Steady monthly demand for {want}.")},
}  # fmt: skip

# Wants only implied by a plan, by (stage, want): the partner described by what it would do,
# never by a role noun. Slots: cty cty_adj product use mat mat_own; zh {self} (我们 / 公司),
# en {subj} {poss} (we, our / the company, the company's). Modal verbs only, so that one text
# serves both persons.
PLANS = {
    ("R", "M"): {"zh": ("今年想把{mat_own}直接供给{cty}做{product}的企业，先从一条产线试用开始。",
                        "扩产后新增的{mat_own}产能，计划主要供应{cty}的{product}生产线。",
                        "希望{self}的{mat_own}进入{cty}{product}产品的供应链，可按对方图纸打样。"),
                 "en": ("{subj} would like to see {poss} {mat_own} go into {product} made in {cty}, starting with a trial on one production line.",
                        "A third of {poss} added output of {mat_own} is set aside for companies in {cty} that make {product}.",
                        "{subj} can sample {mat_own} to the drawings of companies in {cty} that make {product}, and ship monthly.")},
    ("M", "R"): {"zh": ("明年起{mat}计划改从{cty}采购，先签半年试用合同。",
                        "下半年{mat}的货源要转到{cty}，目标是成本降一成。",
                        "新产品线准备采用{cty}产的{mat}，需要能稳定供货、提供检测报告的合作方。"),
                 "en": ("From next year {subj} will buy {mat} from {cty}, on a six-month trial contract first.",
                        "Sourcing of {mat} moves to {cty} in the second half, with a ten percent cost cut as the target.",
                        "New product lines will use {mat} from {cty}, bought from partners able to provide test reports and steady monthly volumes.")},
    ("M", "D"): {"zh": ("明年希望{self}的{product}能在{cty}各地现货供应，仓储和配送交给当地合作方。",
                        "今年的重点是让{product}进入{cty}市场，需要当地有仓库、能备货送货的合作方，{self}不在那边自建仓库。",
                        "一年内要做到{cty}客户从当地现货就能买到{self}的{product}，由合作方负责库存。"),
                 "en": ("Next year {subj} would like {poss} {product} held in stock across {cty}, with warehousing and delivery handled by a local partner.",
                        "The priority this year is getting {poss} {product} into the {cty_adj} market without setting up a warehouse there; a partner holding local stock is needed.",
                        "Within a year, customers in {cty} should be able to buy {poss} {product} off the shelf through a partner that carries inventory.")},
    ("M", "E"): {"zh": ("今后希望把{product}直接卖给{cty}那些{use}的单位，不经过中间环节。",
                        "明年准备与{cty}几家{use}的大单位直接签供货合同。",
                        "{self}可以从工厂直接发货给{cty}{use}的单位，按项目报价。"),
                 "en": ("From now on {subj} would like to sell {product} directly to organizations in {cty} that {use}, with no middle layer.",
                        "Next year {subj} will offer direct supply contracts to large outfits in {cty} that {use}.",
                        "{subj} can ship straight from the plant to organizations in {cty} that {use}, with project pricing.")},
    ("D", "M"): {"zh": ("明年产品目录里要增加{cty}产的{product}系列，价位比现有的低一档。",
                        "准备引进{cty}制造的{product}，贴{self}自己的品牌销售。",
                        "下个季度起，{product}打算直接从{cty}源头进货。"),
                 "en": ("Next year's catalog will add a line of {product} made in {cty}, one price band below today's.",
                        "{subj} would like to carry {cty_adj}-made {product} under {poss} own brand.",
                        "From next quarter {poss} {product} will come directly from the source in {cty}.")},
    ("D", "E"): {"zh": ("库存的{product}今年打算直接供应{cty}那些{use}的单位。",
                        "下一步想在{cty}积累一批{use}的长期客户，按月补货。",
                        "希望{cty}{use}的单位都能直接从{self}仓库拿{product}。"),
                 "en": ("This year {subj} will supply the {product} in {poss} warehouse to organizations in {cty} that {use}.",
                        "{subj} would like steady repeat accounts in {cty} among organizations that {use}, restocked monthly.",
                        "{subj} can deliver {product} from stock within days to organizations in {cty} that {use}.")},
    ("E", "M"): {"zh": ("下一批{product}准备拿着{self}的图纸到{cty}直接定做。",
                        "明年起{product}要在{cty}按{self}的规格专门生产，不再买通用款。",
                        "准备在{cty}出资开一套专用模具，{product}按{self}的要求生产。"),
                 "en": ("{subj} will take {poss} own drawings to {cty} and have the next batch of {product} built to them.",
                        "From next year {subj} would like {product} produced in {cty} to {poss} own spec, not bought off the shelf.",
                        "{subj} will fund dedicated tooling in {cty}, with {product} made to {poss} requirements.")},
    ("E", "D"): {"zh": ("以后{product}想在{cty}就近从现货补货，十天内到。",
                        "今年{product}改为在{cty}从当地库存少量多批采购。",
                        "不想再等整柜海运，{product}打算直接在{cty}拿现货。"),
                 "en": ("Going forward {subj} would like {product} restocked from inventory already in {cty}, delivered within ten days.",
                        "This year {subj} will reorder {product} in small, frequent lots from stock held in {cty}.",
                        "Rather than wait on full containers, {subj} would like {poss} {product} from ready stock in {cty}.")},
}  # fmt: skip
CUE_WORDS = {
    "zh": ("寻求", "寻找", "物色", "希望结识", "在找", "找到"),
    "en": ("looking for", "look for", "seek", "search", "find", "hunt for"),
}

NEGATION = {
    "zh": ("不接受{neg}咨询。", "{neg}勿扰。", "暂不考虑{neg}。", "目前不需要{neg}。"),
    "en": ("No {plural}, please.", "Not working with {plural} at this time.", "{plural_cap} need not apply.",
           "Not open to {plural} for now."),
}  # fmt: skip
SERVED = {
    "zh": ("客户包括{c1}、{c2}等{k}家{cnoun}。", "长期为{cnoun}供货，如{c1}、{c2}。", "{c1}、{c2}等{cnoun}都是长期客户。"),
    "en": ("Customers include {k} {cnoun_pl}, among them {c1} and {c2}.",
           "Current accounts are mostly {cnoun_pl} such as {c1} and {c2}.",
           "{c1} and {c2}, both {cnoun_pl}, are long-standing customers.",
           "Serving {cnoun_pl} including {c1} and {c2}."),
}  # fmt: skip
CUSTOMERS = {
    "zh": ("华通", "泰和", "中联", "金盛", "东明", "安达", "正昌", "联创"),
    "en": ("Brannock", "Whitcomb", "Ostrander", "Lindqvist", "Mercer", "Dorsey", "Kessler", "Tolliver"),
}  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Kinds of profile, all written by the company itself (or filled in from what it submitted).
# Each: offer templates; want templates of three kinds ("cue": with a verb of seeking, "named":
# naming the partner without one, "plan": a frame around a plan); neutral filler lines
# (founding year, staff, certificates, membership); header lines; trailing lines ("!" marks a
# closing line); "solo": one sentence holding both the offer and the want (cue or named).
# Slots: name it It its noun Noun detail does does3 does1 place year age year_m staff_n k m
# person title hall booth sector want want_cap plan. VOICE: 1 for a profile in the first
# person ("we", "我们"), 3 for one in the third person; exhibitor profiles introduce the company
# in the third person and state the want in the first, as real ones do.
# ---------------------------------------------------------------------------------------------
GENRES: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    "about": {  # the company's own "About us" paragraph on its page in the directory
        "zh": {
            "offer": ("{name}成立于{year}年，位于{place}，是一家{noun}，{detail}。",
                      "我们是{place}的一家{noun}，{detail}。",
                      "我司{does}，{detail}。",
                      "{name}是一家{noun}，{detail}，在{place}已经做了{age}年。",
                      "本公司地处{place}，{does}已有{age}年，{detail}。",
                      "我们{does}，{detail}，现有员工{staff_n}人。"),
            "cue": ("我们正在寻找{want}，欢迎来电洽谈。", "现寻求{want}，建立长期合作。", "目前在物色{want}。", "希望结识{want}，共同开拓市场。"),
            "named": ("诚邀{want}合作。", "欢迎{want}与我们联系。", "我们希望与{want}建立长期合作关系。", "理想的合作伙伴是{want}。"),
            "plan": ("{plan}", "公司规划：{plan}", "今后的发展方向：{plan}"),
            "mid": ("公司通过ISO 9001质量管理体系认证。", "现有员工{staff_n}人。", "公司成立于{year}年。", "总部位于{place}。"),
            "head": ("公司简介", "关于我们"),
            "tail": ("!联系人：{person}，{title}。", "欢迎来访考察。"),
            "solo": (),
        },
        "en": {
            "offer": ("We are a {noun} based in {place}; {detail}.",
                      "Founded in {year} and based in {place}, {name} {does3}; {detail}.",
                      "At {name}, we {does1}; {detail}.",
                      "For {age} years we have been a {noun} in {place}; {detail}.",
                      "{name} is a {noun} headquartered in {place} ({detail}).",
                      "We are based in {place} and {does1}; {detail}."),
            "cue": ("We are looking for {want} to work with long term.", "We seek {want} for a long-term partnership.",
                    "We hope to find {want} this year.", "Right now we are searching for {want}."),
            "named": ("We would like to partner with {want}.", "Inquiries from {want} are welcome.", "Ideal partner: {want}.",
                      "We are open to working with {want}."),
            "plan": ("{plan}", "Our plans: {plan}", "Where we are headed: {plan}"),
            "mid": ("ISO 9001 certified.", "We employ {staff_n} people.", "Privately held since {year}.", "Our team works out of {place}."),
            "head": ("About Us", "ABOUT US", "Who we are"),
            "tail": ("!Contact: {person}, {title}.", "Visitors are welcome at our facility."),
            "solo": (),
        },
    },
    "directory": {  # an entry in the trade body's member directory, third person, terse
        "zh": {
            "offer": ("{name}：{place}{noun}，{detail}。",
                      "{name}位于{place}，{does}，{detail}。",
                      "{place}{noun}，成立于{year}年，{detail}。",
                      "{name}是{place}的{noun}；{detail}。",
                      "{name}（{place}）{does}，{detail}。",
                      "{name}，{noun}，{detail}。"),
            "cue": ("{it}正在寻找{want}。", "寻求{want}。", "{it}在物色{want}。", "现寻找{want}，欢迎联系。"),
            "named": ("合作需求：{want}。", "拟对接{want}。", "意向合作方：{want}。", "诚招{want}。"),
            "plan": ("合作意向：{plan}", "{plan}", "发展计划：{plan}"),
            "mid": ("员工{staff_n}人。", "成立于{year}年。", "ISO 9001认证。", "{year_m}年入会。"),
            "head": ("【{sector}】", "会员名录｜{sector}", "企业名录"),
            "tail": ("!联系人：{person}", "!联系方式见会员系统。"),
            "solo": ("{name}：{place}{noun}，{detail}，现寻找{want}。", "{name}：{place}{noun}，{detail}；合作需求：{want}。"),
        },
        "en": {
            "offer": ("{name}: {noun} in {place}; {detail}.",
                      "{name} ({place}) {does3}; {detail}.",
                      "{Noun} in {place}, founded {year}; {detail}.",
                      "{name} is a {noun} in {place} ({detail}).",
                      "Based in {place}, {name} {does3}; {detail}.",
                      "{name}, {noun}; {detail}."),
            "cue": ("{It} is seeking {want}.", "Seeking {want}.", "Looking for {want}.", "{It} hopes to find {want}."),
            "named": ("Partner wanted: {want}.", "Interested in working with {want}.", "Wants introductions to {want}.",
                      "Open to partnering with {want}."),
            "plan": ("Plans: {plan}", "{plan}", "Business goal: {plan}"),
            "mid": ("Founded {year}.", "{staff_n} employees.", "ISO 9001 certified.", "Member since {year_m}."),
            "head": ("Category: {sector}", "MEMBER DIRECTORY | {sector}", "Directory listing"),
            "tail": ("!Contact: {person}", "!Contact details in the member portal."),
            "solo": ("{Noun} in {place} ({detail}), seeking {want}.", "{Noun} in {place} ({detail}); open to partnering with {want}."),
        },
    },
    "exhibitor": {  # an exhibitor (or hosted buyer) profile in a trade fair catalogue
        "zh": {
            "offer": ("{name}是{place}的一家{noun}，{detail}。",
                      "{name}创立于{year}年，{does}，{detail}。",
                      "{name}来自{place}，{does}；{detail}。",
                      "{name}，{place}{noun}，{detail}。",
                      "{name}在{place}经营{age}年，{does}，{detail}。",
                      "{name}是一家{noun}，员工{staff_n}人，{detail}。"),
            "cue": ("展会期间，我们希望找到{want}。", "本次参展主要是寻找{want}。", "我们在找{want}，欢迎到展位详谈。", "诚心寻求{want}。"),
            "named": ("欢迎{want}莅临展位洽谈。", "重点接洽{want}。", "本次参展最想见的是{want}。", "期待与{want}现场面谈。"),
            "plan": ("{plan}", "参展目的：{plan}"),
            "mid": ("这是公司第{m}次参展。", "展位配有中英文翻译。", "公司员工{staff_n}人。", "通过ISO 9001认证。"),
            "head": ("展位号：{hall}号馆{booth}", "展商简介", "{hall}号馆 {booth}展位"),
            "tail": ("!展位联系人：{person}", "!欢迎提前预约会谈。"),
            "solo": (),
        },
        "en": {
            "offer": ("{name} is a {noun} from {place}; {detail}.",
                      "Founded in {year}, {name} {does3}; {detail}.",
                      "{name} ({place}) {does3}: {detail}.",
                      "A {noun} from {place}, {name} has been in business for {age} years; {detail}.",
                      "Based in {place}, {name} {does3}; {detail}.",
                      "{name} is a {noun} with {staff_n} employees; {detail}."),
            "cue": ("At the show we are looking for {want}.", "We hope to find {want} during the fair.",
                    "Our main goal at the fair is to find {want}.", "We are seeking {want}; please stop by our booth."),
            "named": ("We welcome meetings with {want} at our booth.", "Visitors we most want to meet: {want}.",
                      "Target visitors: {want}.", "We would be glad to talk with {want} at the booth."),
            "plan": ("{plan}", "Why we are exhibiting: {plan}"),
            "mid": ("Returning exhibitor.", "Interpreters available at the booth.", "{staff_n} employees.", "ISO 9001 certified."),
            "head": ("Booth {hall}{booth}", "EXHIBITOR PROFILE", "Hall {hall}, Booth {booth}"),
            "tail": ("!Booth contact: {person}", "!Meetings can be booked in advance."),
            "solo": (),
        },
    },
    "member": {  # a member profile in the chamber's online directory, third person
        "zh": {
            "offer": ("{name}于{year_m}年加入本会，{does}，{detail}。",
                      "会员单位{name}是{place}的{noun}，{detail}。",
                      "{name}成立于{year}年，总部在{place}，{does}；{detail}。",
                      "{name}，{noun}，{detail}，员工{staff_n}人。",
                      "{name}扎根{place}{age}年，{does}，{detail}。",
                      "{name}是本会会员，{place}的{noun}，{detail}。"),
            "cue": ("{it}目前正在寻找{want}。", "{it}希望通过商会寻找{want}。", "{it}正在物色{want}，有意者请与秘书处联系。", "{it}寻求与{want}合作。"),
            "named": ("{it}请商会帮忙推荐{want}。", "{it}希望商会协助对接{want}。", "{it}的合作需求：{want}。", "{it}欢迎{want}洽谈合作。"),
            "plan": ("{plan}", "{it}的计划：{plan}", "合作需求说明：{plan}"),
            "mid": ("员工{staff_n}人。", "会员级别：理事单位。", "通过ISO 9001认证。", "成立于{year}年。"),
            "head": ("会员风采", "会员介绍", "新会员介绍"),
            "tail": ("!对接请联系商会秘书处。", "!联系人：{person}，{title}。"),
            "solo": (),
        },
        "en": {
            "offer": ("{name} of {place}, a member since {year_m}, {does3}; {detail}.",
                      "{name} is a {noun} in {place}; {detail}.",
                      "Founded in {year}, {name} {does3}; {detail}.",
                      "{name} ({noun}, {place}) has {staff_n} employees; {detail}.",
                      "Member company {name}, based in {place}, {does3}; {detail}.",
                      "{name} has been a {noun} for {age} years; {detail}."),
            "cue": ("{It} is looking for {want}.", "{It} hopes to find {want} through the chamber.",
                    "{It} is seeking {want}; interested members can contact the secretariat.", "{It} is searching for {want}."),
            "named": ("{It} asks members to introduce {want}.", "{It} would welcome introductions to {want}.",
                      "Partnership interest: {want}.", "{It} would like to meet {want}."),
            "plan": ("{plan}", "Plans: {plan}", "Business interest: {plan}"),
            "mid": ("{staff_n} employees.", "Board member company.", "ISO 9001 certified.", "Founded {year}."),
            "head": ("MEMBER SPOTLIGHT", "Member profile", "New member"),
            "tail": ("!Introductions via the chamber secretariat.", "!Contact: {person}, {title}."),
            "solo": (),
        },
    },
    "matchmaking": {  # the free-text field of a match-making request form, first person
        "zh": {
            "offer": ("我们是{place}的{noun}，{detail}。",
                      "我司{does}，{detail}。",
                      "{name}，{place}，{does}，{detail}。",
                      "本公司是一家{noun}，{detail}，成立于{year}年。",
                      "我们{does}，{detail}。",
                      "公司在{place}，{does}，{detail}。"),
            "cue": ("希望在本次对接会上找到{want}。", "寻求{want}。", "我们在找{want}，希望尽快面谈。", "想寻找{want}，长期合作。"),
            "named": ("想见：{want}。", "希望对接{want}。", "意向对接方：{want}。", "最想见的是{want}。"),
            "plan": ("{plan}", "对接目的：{plan}"),
            "mid": ("员工{staff_n}人。", "可安排线上或线下见面。", "有英文对接人员。", "通过ISO 9001认证。"),
            "head": ("企业简介及对接需求：", "对接需求说明", "请简述贵公司业务及希望对接的合作方："),
            "tail": ("!联系人：{person}", "时间安排灵活。"),
            "solo": ("我们是{place}的{noun}，{detail}，希望找到{want}。", "{place}{noun}，{detail}，想见{want}。"),
        },
        "en": {
            "offer": ("We are a {noun} in {place} ({detail}).",
                      "We {does1}; {detail}.",
                      "{name}, {place}: we {does1}; {detail}.",
                      "Our company is a {noun} founded in {year}; {detail}.",
                      "Based in {place}, we {does1}; {detail}.",
                      "{name} is a {noun}; {detail}."),
            "cue": ("We are looking for {want}.", "Seeking {want}.", "We hope to find {want} at this event.",
                    "We would like to find {want} for a long-term relationship."),
            "named": ("Would like to meet {want}.", "Target partner: {want}.", "Please match us with {want}.", "Best fit for us: {want}."),
            "plan": ("{plan}", "Goal for this session: {plan}"),
            "mid": ("{staff_n} employees.", "Available for online or in-person meetings.", "Flexible on meeting times.", "ISO 9001 certified."),
            "head": ("Company description and partner sought:", "Matchmaking request", "Tell us about your business and who you want to meet:"),
            "tail": ("!Contact: {person}", "Any day of the event works for us."),
            "solo": ("We are a {noun} in {place} ({detail}) looking for {want}.",
                     "We are a {noun} in {place} ({detail}) and would like to meet {want}."),
        },
    },
}  # fmt: skip
VOICE = {"about": 1, "directory": 3, "exhibitor": 1, "member": 3, "matchmaking": 1}
HEAD_P = {"about": 0.3, "directory": 0.5, "exhibitor": 0.65, "member": 0.4, "matchmaking": 0.5}
LINED_P = {"about": 0.15, "directory": 0.3, "exhibitor": 0.25, "member": 0.2, "matchmaking": 0.4}

# Company names: neutral or carrying a stage's role word (a hard case carries another stage's).
ZH_PARTS = ("安", "捷", "朗", "奥", "凯", "宏", "迈", "启", "立", "源", "晟", "铭", "弘", "汇", "锦", "川")  # fmt: skip
ZH_SUFFIX = {"neutral": ("电气有限公司", "电器有限公司", "有限公司", "科技有限公司"),
             "R": ("新材料有限公司", "金属材料有限公司", "合金有限公司"),
             "M": ("电气制造有限公司", "工业有限公司", "制品有限公司"),
             "D": ("商贸有限公司", "进出口有限公司", "贸易有限公司"),
             "E": ("工程有限公司", "安装工程有限公司", "建设有限公司")}  # fmt: skip
PINYIN = ("Anjie", "Langao", "Kaihong", "Maiqi", "Liyuan", "Shengming", "Honghui", "Jinchuan", "Qili", "Yuanlang")  # fmt: skip
CN_EN_WORD = {"neutral": (" Electric", " Electrical", ""), "R": (" New Materials", " Metals"), "M": (" Manufacturing", " Industrial"),
              "D": (" Trading", " Import & Export"), "E": (" Engineering", " Installation")}  # fmt: skip
EN_WORDS = ("Brightwater", "Cedarline", "Delmont", "Eastgate", "Foxhall", "Granger", "Holloway", "Ironside",
            "Juniper", "Lakeshore", "Merriwether", "Northfield", "Oakhurst", "Prescott", "Ridgeway", "Stonebridge",
            "Tidewater", "Westbrook")  # fmt: skip
EN_SUFFIX = {"neutral": ("Inc.", "LLC", "Co.", "Group", "Holdings"),
             "R": ("Materials", "Metals", "Components"),
             "M": ("Manufacturing", "Industries", "Works"),
             "D": ("Distribution", "Supply", "Wholesale"),
             "E": ("Electric", "Contracting", "Builders")}  # fmt: skip
PEOPLE = {
    ("CN", "zh"): ("王海涛", "刘静", "张志强", "赵敏", "孙立平", "周雪梅"),
    ("CN", "en"): ("Wang Haitao", "Liu Jing", "Zhang Zhiqiang", "Zhao Min", "Sun Liping"),
    ("US", "en"): ("Dana Whitfield", "Kevin Ramsey", "Maria Delgado", "Scott Lindgren", "Angela Brooks", "Tyler Hensley",
                   "Priya Raman", "Jason Tran"),
    ("US", "zh"): ("Dana Whitfield", "Scott Lindgren", "Priya Raman"),
}  # fmt: skip
# Titles by the direction of the want (buying from it, selling to it) and neutral ones.
TITLES = {
    "zh": {"up": ("采购总监", "采购经理", "供应链经理"), "down": ("外贸经理", "海外销售总监", "国际业务经理"),
           "any": ("总经理", "董事长", "副总经理")},
    "en": {"up": ("Purchasing Manager", "Director of Sourcing", "VP of Supply Chain"),
           "down": ("VP of Sales", "Export Manager", "Business Development Manager"),
           "any": ("President", "Owner", "General Manager")},
}  # fmt: skip
STAFF_N = (35, 60, 85, 120, 180, 260, 400, 650, 1200, 1800)

HARD_QUOTA = {"material": 5, "served": 12, "generic": 9, "negated": 7, "misnamed": 9}
CN_IN_ENGLISH = 8  # CN companies writing in English (at least one per kind of profile)
US_IN_CHINESE = 5  # US companies writing in Chinese, one per kind of profile
CUES = ("cue", "named", "plan")
CUE_CYCLE = ("cue", "named", "plan", "cue", "named")  # two of each named kind to one plan
SOLO_N = 8  # profiles of one sentence (directory entries and match-making requests)


# ---------------------------------------------------------------------------------------------
# Layout (as in set 32)
# ---------------------------------------------------------------------------------------------
def needs(stage: str, want: str) -> list[set[tuple[str, str]]]:
    """US role sets of which one each must be in the chain of a CN company (stage, want): its
    partner, a competitor, one offering what it seeks but seeking something else, and one
    wanting its product but offering nothing it seeks (the last two where the stages allow)."""
    partner, rival = {(want, stage)}, {(stage, want)}
    offers_other = {(want, x) for x in ADJACENT[want] if x != stage}
    wants_only = {(y, stage) for y in ADJACENT[stage] if y != want}
    return [partner, rival] + [r for r in (offers_other, wants_only) if r]


def lay_out(rng: random.Random, n_cn: int = 4, n_us: int = 7):
    """(stage, want) of the CN and US companies of a chain, every CN need met on the US side."""
    for _ in range(20_000):
        cn = rng.sample(ROLES, n_cn)
        wanted = [r for s, w in cn for r in needs(s, w)]
        rng.shuffle(wanted)
        us: list[tuple[str, str]] = []
        for r in wanted:
            if not r & set(us):
                us.append(rng.choice(sorted(r)))
        if len(us) <= n_us:
            us += [rng.choice(ROLES) for _ in range(n_us - len(us))]
            rng.shuffle(us)
            return cn, us
    raise AssertionError("no layout fits")


# ---------------------------------------------------------------------------------------------
# Text
# ---------------------------------------------------------------------------------------------
_NOT_AN = ("US", "U.S", "UL", "UPS", "uni", "Uni", "use", "one", "Eu", "eu", "uri", "Uri")


def fix_articles(text: str) -> str:
    """'a' to 'an' before a vowel sound: a vowel (not 'US', 'UL', 'uni…', 'one', 'use', 'uri…')
    or an abbreviation spelled out from F, H, L, M, N, R, S or X ('an SPD', 'an MCB')."""

    def swap(m: re.Match) -> str:
        art, word = m.group(1), m.group(2)
        if word[:1] in "aeiouAEIOU" and not word.startswith(_NOT_AN):
            return f"{art}n {word}"
        if re.match(r"[FHLMNRSX][A-Z0-9]+\b", word):
            return f"{art}n {word}"
        return m.group(0)

    return re.sub(r"\b([Aa]) (\S+)", swap, text)


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def plural(noun: str) -> str:
    if noun.endswith("OEM"):
        return noun + "s"
    if re.search(r"[^aeiou]y$", noun):
        return noun[:-1] + "ies"
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    return noun + "s"


def possessive(name: str) -> str:
    return name + ("'" if name.endswith("s") else "'s")


def make_name(rng: random.Random, side: str, lang: str, place: str, mark: str) -> str:
    if side == "CN" and lang == "zh":
        lead = place if rng.random() < 0.4 else ""
        return lead + "".join(rng.sample(ZH_PARTS, 2)) + rng.choice(ZH_SUFFIX[mark])
    if side == "CN":
        return f"{place} {rng.choice(PINYIN)}{rng.choice(CN_EN_WORD[mark])} Co., Ltd."
    return " ".join(rng.sample(EN_WORDS, rng.choice((1, 1, 2)))) + " " + rng.choice(EN_SUFFIX[mark])


def noun_of(rng: random.Random, chain: str, stage: str, lang: str) -> str:
    return rng.choice(CHAINS[chain][stage][0 if lang == "zh" else 1])  # type: ignore[index]


def goods_of(rng: random.Random, chain: str, stage: str, lang: str) -> str:
    """What a company of this stage deals in: its material for R, the chain's goods otherwise."""
    li = 0 if lang == "zh" else 1
    key = "material" if stage == "R" else "product"
    return rng.choice(CHAINS[chain][key][li])  # type: ignore[index]


def want_phrase(rng: random.Random, org: dict, lang: str, kind: str) -> str:
    chain, side, want = org["_chain"], org["side"], org["_want"]
    li = 0 if lang == "zh" else 1
    if kind == "material":
        mat = rng.choice(CHAINS[chain]["material"][li])  # type: ignore[index]
        return rng.choice(MATERIAL_FORMS[side, lang]).format(n=mat)
    if kind == "generic":
        n = rng.choice(GENERIC[lang][want])
        pl = plural(n)
    elif kind == "rolegoods":
        role, tpl = rng.choice(ROLE_WORD[lang][want]), rng.choice(ROLE_GOODS[lang][want])
        goods = goods_of(rng, chain, want, lang)
        n, pl = tpl.format(r=role, goods=goods), tpl.format(r=plural(role), goods=goods)
    else:
        n = noun_of(rng, chain, want, lang)
        pl = plural(n)
    if lang == "en" and rng.random() < 0.4:
        return fix_articles(rng.choice(WANT_FORMS_PL[side, lang]).format(n=pl))
    return fix_articles(rng.choice(WANT_FORMS[side, lang]).format(n=n))


NAMES_IT = re.compile(r"\{(?:it|It|its|Its|name)\}")


def want_sentence(rng: random.Random, org: dict, lang: str, slots: dict) -> str:
    g = GENRES[org["_genre"]][lang]
    chain, side, stage, want = org["_chain"], org["side"], org["_stage"], org["_want"]
    li = 0 if lang == "zh" else 1

    def choose(pool: tuple[str, ...]) -> str:
        """A template; when the want opens a third-person profile, one that names the company."""
        if org["_first"] and VOICE[org["_genre"]] == 3:
            pool = tuple(t for t in pool if NAMES_IT.search(t)) or pool
        return rng.choice(pool)

    if org["_cue"] == "plan":
        cty, cty_adj = COUNTRY[side, lang]
        plan = rng.choice(PLANS[stage, want][lang]).format(
            cty=cty, cty_adj=cty_adj, product=goods_of(rng, chain, "M", lang), use=CHAINS[chain]["use"][li],  # type: ignore[index]
            mat_own=slots["goods"], mat=rng.choice(CHAINS[chain]["material"][li]),  # type: ignore[index]
            self=slots["self"], subj=slots["subj"], poss=slots["poss"])  # fmt: skip
        frame = choose(g["plan"])
        if lang == "en" and frame.split("{plan}")[0]:  # lower case inside a frame
            plan = plan[:1].lower() + plan[1:]
        return cap(fix_articles(frame.format(**{**slots, "plan": plan})))
    slots = {**slots, "want": want_phrase(rng, org, lang, want_kind(rng, org))}
    slots["want_cap"] = cap(slots["want"])
    if "material" in org["_hard"]:
        return cap(fix_articles(choose(MATERIAL_WANT[lang][org["_cue"]]).format(**slots)))
    return cap(fix_articles(choose(g[org["_cue"]]).format(**slots)))


def want_kind(rng: random.Random, org: dict) -> str:
    if "material" in org["_hard"]:
        return "material"
    if "generic" in org["_hard"]:
        return "generic"
    return "rolegoods" if rng.random() < 0.45 else "trade"


def negation_line(rng: random.Random, org: dict, lang: str) -> str:
    stage, want = org["_stage"], org["_want"]
    near = [s for s in ADJACENT[stage] if s != want] or [
        s for s in STAGES if s not in (stage, want)
    ]
    neg = rng.choice(near)
    if neg == "D" and rng.random() < 0.5:
        bare = rng.choice(NEG_TRADERS[lang])
    elif rng.random() < 0.4:
        bare = rng.choice(GENERIC[lang][neg])
    else:
        bare = noun_of(rng, org["_chain"], neg, lang)
    return rng.choice(NEGATION[lang]).format(
        neg=bare, plural=plural(bare), plural_cap=cap(plural(bare))
    )


def served_line(rng: random.Random, org: dict, lang: str) -> str:
    cstage = rng.choice([c for c in SELLS_TO[org["_stage"]] if c != org["_want"]])
    c1, c2 = rng.sample(CUSTOMERS[lang], 2)
    if lang == "en":
        c1 += rng.choice(("", " Inc.", " & Sons", " Group"))
        c2 += rng.choice(("", " LLC", " Co."))
    else:
        c1, c2 = c1 + rng.choice(("电气", "集团", "")), c2 + rng.choice(("公司", "工程", ""))
    cnoun = noun_of(rng, org["_chain"], cstage, lang)
    return cap(rng.choice(SERVED[lang]).format(c1=c1, c2=c2, k=rng.randrange(6, 60), cnoun=cnoun,
                                               cnoun_pl=plural(cnoun)))  # fmt: skip


PEOPLE_IN_DETAIL = re.compile(
    r"([\d,]+) (?:electricians|installers|technicians|project managers)|(?:电工|安装工|技师|项目经理)(\d+)人"
)


def staff_of(rng: random.Random, detail: str, lang: str) -> str:
    """A head count above any count of people the detail gives."""
    least = max(
        (int((a or b).replace(",", "")) for a, b in PEOPLE_IN_DETAIL.findall(detail)), default=0
    )
    n = rng.choice([s for s in STAFF_N if s > least * 1.3])
    return f"{n:,}" if lang == "en" else str(n)


END = ("。", "！", "？", "：", ".", "!", "?", ":", "”", ")", "）")
USED_ONCE = ("{place}", "{year}", "{staff_n}", "{year_m}")  # a filler line repeats none of these


def compose(rng: random.Random, org: dict, used: set[str]) -> None:
    chain, stage, side, lang, hard = (
        org["_chain"],
        org["_stage"],
        org["side"],
        org["_lang"],
        org["_hard"],
    )
    genre = org["_genre"]
    voice = VOICE[genre]
    li = 0 if lang == "zh" else 1
    mark = "neutral"
    if "misnamed" in hard:
        mark = rng.choice([s for s in STAGES if s != stage])
    elif rng.random() < 0.25:
        mark = stage
    places = CHAINS[chain]["places"][li] if side == "CN" else [p[li] for p in US_PLACES]  # type: ignore[index]
    place = rng.choice(places)
    name = make_name(rng, side, lang, place if side == "CN" else "", mark)
    while name in used:
        name = make_name(rng, side, lang, place if side == "CN" else "", mark)
    used.add(name)
    zh_n, en_n, zh_d, en_d = CHAINS[chain][stage]  # type: ignore[misc]
    pick = rng.randrange(len(zh_n))  # a company's noun, detail and material go together
    noun, detail = (zh_n, en_n)[li][pick], (zh_d, en_d)[li][pick]
    if stage == "R":
        goods = CHAINS[chain]["material"][li][pick]  # type: ignore[index]
    else:
        goods = goods_of(rng, chain, stage, lang)
    if lang == "zh":
        does = rng.choice(DOES["zh"][stage]).format(goods=goods)
        does3 = does1 = does
    else:
        d3, d1 = rng.choice(DOES["en"][stage])
        does, does3, does1 = d3.format(goods=goods), d3.format(goods=goods), d1.format(goods=goods)
    person = rng.choice(PEOPLE[side, lang])
    direction = "up" if (stage, org["_want"]) in UPSTREAM else "down"
    title = rng.choice(TITLES[lang][direction] + TITLES[lang][direction] + TITLES[lang]["any"])
    year = rng.randrange(1986, 2021)
    first = org["_first"] = rng.random() < 0.2  # the want first
    g = GENRES[genre][lang]
    if lang == "zh":
        it = name if first else rng.choice(("该公司", "公司"))
    else:
        it = name if first else "the company"
    subj, poss = ("we", "our") if voice == 1 else (it, "its")
    slots = {
        "name": name, "it": it, "It": cap(it), "its": possessive(it), "Its": cap(possessive(it)),
        "noun": noun, "Noun": cap(noun), "detail": detail, "goods": goods,
        "does": does, "does3": does3, "does1": does1, "place": place, "year": year,
        "age": 2026 - year, "year_m": rng.randrange(max(year, 2006), 2026),
        "staff_n": staff_of(rng, detail, lang), "k": rng.randrange(12, 40), "m": rng.randrange(2, 9),
        "person": person, "title": title, "hall": rng.randrange(1, 13),
        "booth": rng.choice("ABCDEFGH") + str(rng.randrange(10, 90)),
        "sector": CHAINS[chain]["sector"][li],  # type: ignore[index]
        "self": "我们" if voice == 1 else "公司", "subj": subj, "poss": poss,
    }  # fmt: skip
    head = rng.choice(g["head"]).format(**slots) if rng.random() < HEAD_P[genre] else None
    if org["_solo"]:  # one sentence: what it is and whom it wants
        want = want_phrase(rng, org, lang, want_kind(rng, org))
        solo = [
            t for t in g["solo"] if any(w in t for w in CUE_WORDS[lang]) == (org["_cue"] == "cue")
        ]
        text = fix_articles(rng.choice(solo).format(**{**slots, "want": want}))
        org["_want_text"] = text
        org["_position"] = "solo"
        tails = [t.lstrip("!").format(**slots) for t in g["tail"]]
        if rng.random() < 0.3:
            text += "\n" + rng.choice(tails)
        org["_headed"] = bool(head)
        org["name"] = {lang: name}
        org["description"] = {lang: (head + "\n" + text) if head else text}
        return
    offer_pool = list(g["offer"])
    if name.startswith(place):  # no place twice
        offer_pool = [t for t in offer_pool if "{place}" not in t]
    offer_t = rng.choice(offer_pool)
    offer = cap(fix_articles(offer_t.format(**slots)))
    want = want_sentence(rng, org, lang, slots)
    org["_want_text"] = want
    wants = [want]
    if "negated" in hard:
        wants.insert(1 if first else rng.randrange(2), negation_line(rng, org, lang))
    body = [offer]
    if "served" in hard:
        body.append(served_line(rng, org, lang))
    said = offer_t.replace("{age}", "{year}")
    free = [t for t in g["mid"] if not any(s in said and s in t for s in USED_ONCE)]
    n_mid = rng.choice((0, 0, 0, 1, 1, 1, 2))
    for t in rng.sample(free, n_mid):
        body.append(fix_articles(t.format(**slots)))
    tails = []
    if rng.random() < 0.3:
        t = rng.choice(g["tail"])
        tails = [t.lstrip("!").format(**slots)]
    while count_sentences("\n".join(body + wants + tails)) > 5:  # one to five sentences
        if tails:
            tails = []
        else:
            body.pop()
    roll = rng.random()
    if first:
        parts = wants + body
    elif roll < 0.5 and len(body) > 1:  # after the offer, before the filler or the customers
        parts = [body[0], *wants, *body[1:]]
    else:  # last
        parts = body + wants
    org["_position"] = (
        "first" if first else "middle" if parts[-1] not in wants and len(body) > 1 else "last"
    )
    parts += tails
    lined = rng.random() < LINED_P[genre]
    sep = "\n" if lined else ("" if lang == "zh" else " ")
    text = parts[0]
    for prev, part in itertools.pairwise(parts):
        text += (sep if prev.endswith(END) else "\n") + part
    if head:
        text = head + "\n" + text
    org["_headed"] = bool(head)
    text = text.replace("。。", "。").replace("..", ".").replace("？。", "？").replace("?.", "?")
    org["name"] = {lang: name}
    org["description"] = {lang: text}


# ---------------------------------------------------------------------------------------------
# Build, check, write
# ---------------------------------------------------------------------------------------------
def build() -> tuple[dict, dict, list[dict]]:
    rng = random.Random(SEED)
    orgs: list[dict] = []
    for chain in CHAINS:
        cn, us = lay_out(rng)
        orgs += [{"side": "CN", "_chain": chain, "_stage": s, "_want": w} for s, w in cn]
        orgs += [{"side": "US", "_chain": chain, "_stage": s, "_want": w} for s, w in us]
    for side, prefix in PREFIX.items():  # ids shuffled within a side: their order tells nothing
        group = [o for o in orgs if o["side"] == side]
        for o, n in zip(group, rng.sample(range(1, len(group) + 1), len(group)), strict=True):
            o["id"] = f"{prefix}{n:03d}"
    orgs.sort(key=lambda o: o["id"])
    genres = list(GENRES)
    for side in PREFIX:  # kinds of profile evenly per side; the kinds of want evenly per kind
        group = [o for o in orgs if o["side"] == side]
        labels = [genres[i % len(genres)] for i in range(len(group))]
        rng.shuffle(labels)
        for o, g in zip(group, labels, strict=True):
            o["_genre"], o["_lang"] = g, ("zh" if side == "CN" else "en")
        i = 0
        for g in genres:
            members = [o for o in group if o["_genre"] == g]
            cues = [CUE_CYCLE[(i + j) % len(CUE_CYCLE)] for j in range(len(members))]
            i += len(members)
            rng.shuffle(cues)
            for o, c in zip(members, cues, strict=True):
                o["_cue"] = c
        other, n_other = ("en", CN_IN_ENGLISH) if side == "CN" else ("zh", US_IN_CHINESE)
        order = rng.sample(genres, len(genres))
        for j in range(n_other):  # writers of the other language, spread over the kinds
            pool = [
                o for o in group if o["_genre"] == order[j % len(order)] and o["_lang"] != other
            ]
            rng.choice(pool)["_lang"] = other
    for o in orgs:
        o["_hard"] = set()
    fits = {
        "material": lambda o: (o["_stage"], o["_want"]) == ("M", "R") and o["_cue"] != "plan",
        "served": lambda o: any(c != o["_want"] for c in SELLS_TO[o["_stage"]]),
        "generic": lambda o: o["_cue"] != "plan" and "material" not in o["_hard"],
        "negated": lambda o: True,
        "misnamed": lambda o: True,
    }
    for case, quota in HARD_QUOTA.items():
        pool = [o for o in orgs if fits[case](o) and len(o["_hard"]) < 2]
        for o in rng.sample(pool, quota):
            o["_hard"].add(case)
    for o in orgs:
        o["_solo"] = False
    solo_ok = [o for o in orgs if GENRES[o["_genre"]][o["_lang"]]["solo"] and o["_cue"] != "plan"
               and not o["_hard"] & {"served", "negated", "material"}]  # fmt: skip
    for o in rng.sample(solo_ok, SOLO_N):
        o["_solo"] = True
    used: set[str] = set()
    for o in orgs:
        compose(rng, o, used)
    partners: dict[str, list[str]] = {}
    for a in orgs:
        for b in orgs:
            if (a["side"] != b["side"] and a["_chain"] == b["_chain"]
                    and a["_want"] == b["_stage"] and b["_want"] == a["_stage"]):  # fmt: skip
                partners.setdefault(a["id"], []).append(b["id"])
    roles = {o["id"]: f"{o['_chain']}:{o['_stage']}>{o['_want']}" for o in orgs}
    gold = {"partners": partners, "roles": roles, "split": dict.fromkeys(roles, "held-out")}
    public = [{k: o[k] for k in ("id", "side", "name", "description")} for o in orgs]
    return {"format": "tradebridge-profiles/1", "organizations": public}, gold, orgs


HAN = re.compile(r"[\u4e00-\u9fff]")
CODE = re.compile(r"\b[RMDE]\s*>\s*[RMDE]\b|\b(?:stage|role)\s*[:=]", re.IGNORECASE)
BANNED = re.compile(r"stage|R/M/D/E|\b[RMDE]\s*/\s*[RMDE]\b|[\[【][RMDE]\d", re.IGNORECASE)
BAD_ARTICLE = re.compile(
    r"\b[Aa] (?!US\b|U\.S|UL\b|UPS\b|uni|one\b|use|uri)[aeiouAEIOU]|\b[Aa]n (?=US\b|UL\b|UPS\b|uni|one\b|uri)"
    r"|\b[Aa] [FHLMNRSX][A-Z0-9]+\b"
)


def count_sentences(text: str) -> int:
    """Lines, and sentences within a line (an initial or an abbreviation is no end)."""
    n = 0
    for raw in text.split("\n"):
        parts = re.split(
            r"[。！？]|(?<!\b[A-Z]\.)(?<!\bNo\.)(?<!\bCo\.)(?<!\bInc\.)(?<!\bLtd\.)(?<=[.?!])\s+(?=[A-Z“])",
            raw.strip(),
        )
        n += sum(1 for x in parts if x.strip(' ”"）)'))
    return n


def body_of(org: dict) -> str:
    """A profile's text below its header line, if it has one."""
    text = next(iter(org["description"].values()))
    return text.split("\n", 1)[1] if org["_headed"] else text


def check(profiles: dict, gold: dict, orgs: list[dict]) -> None:
    """Refuse to write a set that breaks its own rules."""
    assert len(CHAINS) == 10 and not set(CHAINS) & EARLIER_CHAINS
    assert len(EARLIER_CHAINS) == 465
    ids = [o["id"] for o in profiles["organizations"]]
    assert len(ids) == len(set(ids)) == 110
    assert sum(i.startswith(PREFIX["CN"]) for i in ids) == 40
    assert sum(i.startswith(PREFIX["US"]) for i in ids) == 70
    own_ids = re.compile('"(?:' + PREFIX["CN"] + "|" + PREFIX["US"] + r")\d")
    for other in HERE.glob("*.json"):  # the prefixes are this set's alone
        if not other.name.startswith(NAME):
            assert not own_ids.search(other.read_text("utf-8")), other.name
    assert set(gold["roles"]) == set(ids) == set(gold["split"])
    names = [next(iter(o["name"].values())) for o in orgs]
    assert len(names) == len(set(names)), "duplicate company names"
    by_id = {o["id"]: o for o in orgs}
    for o in orgs:
        ((lang, text),) = o["description"].items()
        assert set(o["name"]) == {lang} == {o["_lang"]}
        assert ".。" not in text and "。。" not in text and "  " not in text, text
        assert text.strip() and "{" not in text and "}" not in text and "!" not in text[:1], text
        assert not CODE.search(text) and not BANNED.search(text), text
        assert not any(key in text.lower() for key in CHAINS), text
        assert 1 <= count_sentences(body_of(o)) <= 5, (count_sentences(body_of(o)), text)
        if lang == "en":
            assert not HAN.search(text) and not BAD_ARTICLE.search(text), text
        else:
            rest = text.replace(o["name"][lang], "")  # a US firm keeps its English name
            for full in PEOPLE[o["side"], lang]:
                rest = rest.replace(full, "")
            assert len(HAN.findall(rest)) > len(re.findall(r"[A-Za-z]", rest)), text
        # cue words (verbs of seeking) in the whole profile exactly when the want has one
        cued = any(w in text.lower().replace(o["name"][lang].lower(), "") for w in CUE_WORDS[lang])
        assert cued == (o["_cue"] == "cue"), (o["_cue"], text)
        if o["_cue"] == "plan":  # no noun of the stage sought
            want = o["_want_text"]
            nouns = [*CHAINS[o["_chain"]][o["_want"]][0], *CHAINS[o["_chain"]][o["_want"]][1],  # type: ignore[index]
                     *GENERIC["zh"][o["_want"]], *GENERIC["en"][o["_want"]],
                     *ROLE_WORD["zh"][o["_want"]], *ROLE_WORD["en"][o["_want"]]]  # fmt: skip
            assert not any(n.lower() in want.lower() for n in nouns), want
    for cid in ids:
        if cid.startswith(PREFIX["CN"]):
            assert gold["partners"].get(cid), f"{cid} has no partner"
    for a, bs in gold["partners"].items():
        for b in bs:
            oa, ob = by_id[a], by_id[b]
            assert (
                a in gold["partners"][b]
                and oa["side"] != ob["side"]
                and oa["_chain"] == ob["_chain"]
            )
            assert oa["_want"] == ob["_stage"] and ob["_want"] == oa["_stage"]
    for chain in CHAINS:
        mine = [o for o in orgs if o["_chain"] == chain]
        assert Counter(o["side"] for o in mine) == {"CN": 4, "US": 7}, chain
        us = {(o["_stage"], o["_want"]) for o in mine if o["side"] == "US"}
        for o in mine:
            if o["side"] == "CN":
                assert all(us & r for r in needs(o["_stage"], o["_want"])), o["id"]
    for genre, by_lang in GENRES.items():
        for lang in ("zh", "en"):
            t = by_lang[lang]
            where = (genre, lang)
            assert len(t["offer"]) >= 6 and len(t["cue"]) >= 4 and len(t["named"]) >= 4, where
            assert len(t["plan"]) >= 2 and len(t["mid"]) >= 4, where
            for c in (
                "named",
                "plan",
                "mid",
                "tail",
                "head",
                "offer",
            ):  # cue words: first kind only
                for tpl in t[c]:
                    assert not any(w in tpl.lower() for w in CUE_WORDS[lang]), tpl
            for tpl in t["cue"]:
                assert any(w in tpl.lower() for w in CUE_WORDS[lang]), tpl
            for side in PREFIX:
                assert any(
                    o["_genre"] == genre and o["_lang"] == lang and o["side"] == side for o in orgs
                ), (genre, lang, side)
    assert set(Counter((o["side"], o["_genre"]) for o in orgs).values()) == {8, 14}
    assert Counter((o["side"], o["_lang"]) for o in orgs) == {
        ("CN", "zh"): 40 - CN_IN_ENGLISH,
        ("CN", "en"): CN_IN_ENGLISH,
        ("US", "en"): 70 - US_IN_CHINESE,
        ("US", "zh"): US_IN_CHINESE,
    }
    for side in PREFIX:
        per_cue = Counter(o["_cue"] for o in orgs if o["side"] == side)
        share = per_cue["plan"] / sum(per_cue.values())
        assert abs(per_cue["cue"] - per_cue["named"]) <= 1 and abs(share - 0.2) < 0.03, per_cue
    assert Counter(c for o in orgs for c in o["_hard"]) == HARD_QUOTA
    assert all((o["_stage"], o["_want"]) == ("M", "R") for o in orgs if "material" in o["_hard"])
    assert sum(o["_position"] == "solo" for o in orgs) == SOLO_N


def main() -> None:
    profiles, gold, orgs = build()
    check(profiles, gold, orgs)
    for stem, data in ((NAME, profiles), (f"{NAME}_gold", gold)):
        (HERE / f"{stem}.json").write_text(
            json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8"
        )
    cn = PREFIX["CN"]
    pairs = sum(len(v) for k, v in gold["partners"].items() if k.startswith(cn))
    print(
        f"{NAME}: 40 CN x 70 US, {len(gold['partners'])} companies with a partner, {pairs} gold CN-US pairs"
    )
    print("chains:", ", ".join(f"{k} ({v['sector'][1]})" for k, v in CHAINS.items()))  # type: ignore[index]
    print(
        "kind/language:", dict(sorted(Counter(f"{o['_genre']}/{o['_lang']}" for o in orgs).items()))
    )
    print("side/kind:", dict(sorted(Counter(f"{o['side']}/{o['_genre']}" for o in orgs).items())))
    print(
        "side/want kind:", dict(sorted(Counter(f"{o['side']}/{o['_cue']}" for o in orgs).items()))
    )
    print("side/stage:", dict(sorted(Counter(f"{o['side']}/{o['_stage']}" for o in orgs).items())))
    print("stage>want:", dict(sorted(Counter(f"{o['_stage']}>{o['_want']}" for o in orgs).items())))
    print("hard cases:", dict(Counter(c for o in orgs for c in o["_hard"])))
    print("want position:", dict(Counter(o["_position"] for o in orgs)))
    lengths = Counter(count_sentences(body_of(o)) for o in orgs)
    print("sentences below the header:", dict(sorted(lengths.items())))


if __name__ == "__main__":
    main()
