# ruff: noqa: E501  (sentence templates and chain vocabularies are data; wrapping them hurts reading)
"""Write the thirty-second held-out ROLE set: ``roles_holdout32.json`` / ``roles_holdout32_gold.json``.

    python bench/recommend/make_holdout32.py

Written blind by a helper session that neither read nor ran the recommender engine: nothing
under ``src/`` or ``docs/``, no README, no results, no evaluation, fitting, study or comparison
script, no ``roles_*.json`` content, and no Python importing the engine was run. Only
``make_holdout31.py`` was read in full (format, construction, style; its layout, gold and check
code is copied here, not imported); of the other ``make_*.py`` only the module docstrings were
read. Chains, templates, ways of writing, names and places are this set's own. Chain keys were
checked against the list given (``_EARLIER``, which includes set 31's). The id prefixes
``q3cn`` / ``q3us`` occur in no other ``roles_*.json`` (``grep -l '"q3'`` printed no file;
``check`` asserts it).

Ways of writing, checked with ``grep -il`` over ``make_*.py`` (file names only) and against the
docstrings' lists of earlier ways (which include a bank's KYC summary, a customs broker's note,
an interpreter brief, a forwarder's rate request, an expert call, a patent intake memo, a
workforce board profile, a website brief, a photo shoot order, a headhunter's mandate, a
bookkeeping onboarding note, a business trip request, a packaging brief and a plant relocation
survey; none is used here): 商务英语, business english, 语言培训, language school, corporate
language, placement test, 外呼, 获客, 坐席, 话术, appointment setting, appointment-setting, lead
generation, telemarket, call list, campaign brief, 住房, 看房, 短租, 入住, 押金, corporate housing,
serviced apartment, long-stay, 教练, coaching, executive coach, 海关数据, trade data, bill of
lading, 客户成功, 进口记录, shipment records matched nothing. Matches in other kinds of
text, kept as single words: mandarin (corpus 5, set 19), 学员 (corpora 12, sets 20-28), 外教 and
tutor (make_dataset, corpus 16), 电销 (set 21), 邀约 (corpus 10), cold call (set 25), 外派 (corpus
5), 公寓 and housing (many), 租房 (set 30), furnished (set 28), move-in (corpus 14, set 17), 高管
(set 28), 辅导 (corpus 16, set 28), 提单 (corpus 9), customer success (corpus 2), onboarding
(corpus 6, sets 25, 31), subscription / 订阅 (set 25). A search-ads account setup was considered and
dropped (keyword / 关键词 and the SEO metadata blocks of set 20), as were a corporate video brief
(宣传片, the company-video subtitles of corpus 13), a law firm's conflict check (set 30) and a
market study (market research / 市场调研 in corpus 10).

Chain words checked the same way matched nothing: tonneau, 货箱盖, 皮卡货箱, truck bed, bed liner,
bedliner, 货箱内衬, drop-in, toolbox, tool box, 工具箱, running board, side step, 侧踏板, 电动踏板,
power step, winch, 绞盘, 电动绞盘, winch line, 绞盘绳, traction board, recovery board, 脱困板, skid
plate, 护板, 底盘护板, floor mat, floor liner, 脚垫, 全天候脚垫, seat cover, 座套, 汽车座套, sunshade,
windshield, 前挡, 遮阳挡, 前挡遮阳挡, 方向盘, 内饰, 4x4, 四驱, and the materials 铝塑复合板, 夹网布,
vinyl-coated, gas strut, 气撑, 聚乙烯片材, 炭黑, carbon black, 光稳定剂, 花纹铝板, tread plate,
T-handle, latch, 密封条, weatherstrip, 椭圆钢管, oval steel tube, step pad, 防滑胶垫, 执行器, 行星齿轮,
串励, series-wound, 增强尼龙, glass-filled, cleat, 收纳袋, carry bag, 耐磨钢板, wear plate, 铝镁,
electrocoat, 电泳漆, 热塑性弹性体, thermoplastic elastomer, 汽车地毯, automotive carpet, 防滑底布,
anti-slip backing, neoprene, 氯丁, leatherette, 定型棉, padding, foil bubble, 气泡膜, 银胶布,
silver-coated, wire frame, 钢丝框. Matched and judged single words inside other text: 皮卡 (corpora
8, 17), pickup (corpus 8), 货箱 (set 12), 踏板 (corpus 3, set 25), trailer / 拖车 / 拖挂 (sets 6,
19-21; set 20's camper trailers, so towing hardware was dropped), 越野 / off-road (corpus 8),
overland (corpus 11), 改装 / upfit, accessory / 配件, auto parts / 汽配 (corpus 8's radiators, shock
absorbers and wiper blades: other goods), 遮阳 (set 20), actuator (set 10), planetary (corpus 2),
and end-buyer nouns that earlier sets use for buyers of other goods (general contractor,
plumbing, landscaping, utility contractor, highway maintenance, roadside, oilfield, shuttle,
heating and cooling). Replaced after a match: gas spring / 气弹簧 (set 14), 铝型材 / aluminum
extrusion, honeycomb panel (set 13), 不锈钢管 / stainless tube (set 30), UHMWPE, 永磁, DC motor /
直流电机, powder coat / 粉末涂料 (sets 29, 30), e-coat (corpus 8), microfiber (set 30), synthetic
leather, foam / 海绵, spring steel, TPE (many sets). The Chinese places (丹阳, 句容, 溧阳, 靖江, 如皋,
海安, 武义, 临海, 仙居, 奉化, 福清, 龙海, 枣阳, 随州, 丹江口, 德阳, 绵阳, 南充, 十堰, 宜城, 老河口,
桐乡, 嘉善, 长兴, 永嘉, 仙游, 福鼎, 兰溪, 浦江, 松阳) and the US ones (Billings, Shreveport, Casper,
Missoula, Bismarck, Cheyenne, Grand Junction, Odessa, Pueblo, Dubuque, Joplin, Abilene, Rapid
City, Lake Charles, with their Chinese names) matched nothing. Finally every product, sector,
role noun and material of the chains below was grepped the same way as a full phrase (English
and Chinese; 326 phrases): none matched but end-buyer nouns that earlier sets use for buyers of
other goods (general contractor, utility contractor, landscaping company, highway maintenance
contractor / 公路养护公司, oilfield services company, 大型种植农场, 暖通安装公司), kept; car
accessory wholesaler / 汽车用品批发商 and car rental company / 汽车租赁公司 (set 21, corpus 8) and
hardware importer (set 30) matched and were replaced. Earlier chain keys that occur here as
plain words are not this set's goods: bed (truck bed, bed liners), carpet, motor and paint (in
materials: automotive carpet, series-wound motors, electrocoat paint), seating (seat covers).
Nothing may be fitted or tuned on this set.

Standard library only and deterministic (``random.Random(SEED)``); it imports no other generator.

* Ten value chains from three neighbouring sectors of the vehicle aftermarket: tonneau covers,
  drop-in bed liners, truck bed toolboxes (pickup bed accessories); running boards, electric
  winches, recovery traction boards, skid plates (off-road truck equipment); all-weather floor
  liners, seat covers, windshield sunshades (car interior accessories). They share buyers (parts
  and accessory importers, installer shops, fleets) and words (pickup, off-road, fits per model).
  Stages R raw material or key component, M maker, D distributor / importer / wholesaler /
  dealer, E end buyer or user. Each company is at one stage and seeks an adjacent one (R seeks
  M; M seeks R, D or E; D seeks M or E; E seeks M or D). Three, four and three chains per sector.
* 40 Chinese (CN) and 70 US companies, 4 and 7 per chain, ids ``q3cn001``... and ``q3us001``...
  shuffled within each side; gold partners, competitors, offer-only and want-only companies
  constructed exactly as in set 31.
* CN companies in mainland business Chinese (five in English, one per way of writing); US
  companies in English (five in Chinese, one per way of writing). Free text only.
* Five ways of writing, each by a service provider noting in passing what the company is
  after, each in both languages: a language school's corporate training intake (企业语言培训需求表
  / CORPORATE LANGUAGE TRAINING INTAKE), an outsourced calling agency's appointment-setting brief
  (电话邀约外包需求单 / APPOINTMENT-SETTING CAMPAIGN BRIEF), a corporate housing agent's request for
  an employee sent abroad (外派人员住房需求单 / CORPORATE HOUSING REQUEST), an executive coach's
  session notes (高管教练辅导记录 / EXECUTIVE COACHING SESSION NOTES) and a trade-data vendor's
  onboarding call record (海关数据平台开通回访记录 / TRADE DATA ONBOARDING CALL). Per way and
  language: six offer templates, four of each kind of want (four plan frames), four neutral
  middle lines.
* Three kinds of want (verb of seeking; partner named without one; implied by a plan), hard
  cases (served customers, negations, misleading name words, generic wants, material wants)
  with the quotas and checks of set 31.
"""

from __future__ import annotations

import itertools
import json
import random
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20320717
NAME = "roles_holdout32"
PREFIX = {"CN": "q3cn", "US": "q3us"}

# Chain keys used by earlier sets (as given to this helper); none may be used here.
_EARLIER = (
    "acousticpanel acrylicdisplay aerosolcan aerostat agdrone airfilter airfryer aistraw aligner "
    "almond am amenity anchor animation aquafilter aquaheater archery artflower backpack "
    "badmintonshuttle baijiu baitstation bamboo barcode bathbomb bearing bed beef beer bellowsbox "
    "berry bicycle billiards bindwire biobag birdfeeder birdsnest blinds boardgame boba boiler "
    "bonsaitray boothsystem bottle bowling bpmonitor brake bridal cabinet cable cabletie "
    "calculator calfhutch camper candle carpet cart carton carwash cashmere casket catheter "
    "catlitter cattree caulkgun ceilingfan cement centrifuge cfrp chair chalk changingstation "
    "charging chessset choppingboard chopstick cider climbhold clipper cnc coathanger cocoa "
    "coffee coldchain compressor cone confetticannon conveyor cookware cosmetics costume "
    "countertop countingframe cowbrush craftglitter crayon croquetset crowdbarrier crucible "
    "crusher cuirass cup dairy dartboardset dashcam deicer dentalunit desal desk dialyzer diaper "
    "dinnerware doccam dogharness dressing driedfruit drillbit drip drone drumhead dryer drywall "
    "dumpling duvet earbuds eartag ebike ebus egg electrode electrolyser elevator embhoop "
    "energydrink envelope epoxy esl evcharger excavator extinguisher eyelash eyewear fabricdye "
    "farrowcrate fastener faucet fencer fertilizer fgmesh film firework flatglass floorpad floss "
    "flour foldfan footwear forklift formula fountainpen fries frozenveg furniture gardenstatue "
    "garlic garment gearbox generics ginseng glassmosaic glove glueboard goalnet golf grabbar "
    "greenhouse greentea greetingcard grindwheel grout guitar gummy h2tank hairdryer hairdye "
    "hamaca handbag hangtag haynet hearingaid heatexchanger heatpump heavybag helmet hinge hoist "
    "honey horserug hose hotpot hotsauce hottub hullcraft hydcyl hydrant icecream iceskate "
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
    "sanitizer sausage sawblade scaffold scooter scrappaper scrubs seafood sealant seating "
    "seaweed seedcoat sesameoil sewing shampoo shockabsorber shredder silk sink slatfloor "
    "smartlock snowchain snowpaw socks sodamaker solarheater soy soysauce sparkplug spcfloor "
    "spice sportswear spring stagedrape stagetruss stallmat stapler startelescope stickynote "
    "storage stretchfilm stroller sugar sunglasses sunscreen surfboard suture swimwear swingseat "
    "syringe tackle tamtam tape tea tennisracket tent terrestrial thermostat tile toiletpartition "
    "toothbrush towel toxinbinder toy trampoline transformer treadmill treeshelter trekpole "
    "truckscale tuna turf turnout tyre ukulelekit umbrella upvcprofile urinalscreen valve vase "
    "vending vetvax vinegar violin visioncam vitamin wallcovering wallet walnut wastecart "
    "wastewater watch water watermeter watertrough waxwrap weldwire wetwipe wheelchair whiteboard "
    "wig wind windcock window windowsqueegee wine wiperblade wrench xmastree yeast yogamat zipper"
)
EARLIER_CHAINS = set(_EARLIER.split())

# ---------------------------------------------------------------------------------------------
# Chains. Per chain: sector (zh, en); product (zh, en) and what its end users do (zh, en; a
# relative-clause verb phrase), both for the wants only implied by a plan; per stage (zh nouns,
# en nouns, zh details, en details), the i-th detail going with the i-th noun; the material each
# R noun supplies (aligned with the R nouns); Chinese places (zh, en). The keys are words no
# description can contain (texts write "tonneau covers", "seat covers", never the key run
# together).
# ---------------------------------------------------------------------------------------------
BED = ("皮卡货箱配件", "pickup bed accessories")
OFFROAD = ("越野改装装备", "off-road truck equipment")
CABIN = ("汽车内饰用品", "car interior accessories")
CHAINS: dict[str, dict[str, object]] = {
    "tonneaucover": {
        "sector": BED,
        "product": ("皮卡货箱盖", "tonneau covers"),
        "use": ("手里有成批皮卡要用", "run pickups by the dozen"),
        "R": (("铝塑复合板厂", "PVC夹网布厂", "气撑杆厂"),
              ("aluminum composite panel maker", "vinyl-coated polyester mill", "gas strut maker"),
              ("复合板年产600万张", "夹网布年产3000万米", "气撑杆年产2000万支"),
              ("6 million panels a year", "30 million m of coated fabric a year", "20 million gas struts a year")),
        "M": (("货箱盖工厂", "皮卡配件制造商", "货箱盖OEM工厂"),
              ("tonneau cover factory", "pickup accessory maker", "tonneau cover OEM"),
              ("年产货箱盖40万套，软折、硬折、卷帘式都做", "适配车型300多款", "可做贴牌，起订量200套"),
              ("400,000 covers a year, soft-fold, hard-fold and roll-up", "fits for over 300 truck models", "private-label runs from 200 covers")),
        "D": (("汽车改装件进口商", "皮卡配件批发商", "货箱盖品牌代理商"),
              ("aftermarket parts importer", "pickup accessory wholesaler", "tonneau cover dealer"),
              ("客户改装店1300家", "常备皮卡配件5000种", "年出货货箱盖5万套"),
              ("1,300 installer accounts", "5,000 pickup accessory lines in stock", "50,000 covers shipped a year")),
        "E": (("电力工程公司", "园林绿化公司", "皮卡租赁公司"),
              ("utility contractor", "landscaping company", "pickup rental company"),
              ("工程皮卡1500辆", "施工皮卡220辆", "租赁皮卡3000辆"),
              ("1,500 line trucks and pickups", "220 crew pickups", "3,000 rental pickups")),
        "material": (("铝塑复合板", "PVC夹网布", "气撑杆"), ("aluminum composite panel", "vinyl-coated polyester", "gas struts")),
        "places": (("丹阳", "句容", "溧阳"), ("Danyang", "Jurong", "Liyang")),
    },
    "dropliner": {
        "sector": BED,
        "product": ("皮卡货箱内衬", "drop-in bed liners"),
        "use": ("每天用皮卡拉建材和工具", "haul tools and building materials in pickups every day"),
        "R": (("聚乙烯片材厂", "炭黑厂", "光稳定剂厂"),
              ("polyethylene sheet extruder", "carbon black producer", "light stabilizer maker"),
              ("片材年产5万吨", "炭黑年产10万吨", "光稳定剂年产3000吨"),
              ("50,000 t of sheet a year", "100,000 t of carbon black a year", "3,000 t of stabilizer a year")),
        "M": (("内衬工厂", "吸塑成型厂", "内衬OEM工厂"),
              ("bed liner plant", "thermoforming plant", "bed liner OEM"),
              ("年产货箱内衬25万件，长短货箱都有", "大型吸塑机16台", "可做贴牌，起订量一个货柜"),
              ("250,000 liners a year for short and long beds", "16 large thermoformers", "private-label runs from one container")),
        "D": (("卡车配件进口商", "汽配连锁供货商", "内衬品牌代理商"),
              ("truck parts importer", "auto parts chain supplier", "bed liner dealer"),
              ("客户汽配门店2000家", "常备汽配8000种", "年出货内衬3万件"),
              ("2,000 parts store accounts", "8,000 parts in stock", "30,000 liners shipped a year")),
        "E": (("建筑施工企业", "大型种植农场", "物业维修公司"),
              ("general contractor", "row crop farm", "property maintenance company"),
              ("施工皮卡400辆", "耕地5万亩，皮卡60辆", "维修皮卡180辆"),
              ("400 jobsite pickups", "60 pickups on 8,000 acres", "180 maintenance pickups")),
        "material": (("聚乙烯片材", "炭黑", "光稳定剂"), ("polyethylene sheet", "carbon black", "light stabilizer")),
        "places": (("靖江", "如皋", "海安"), ("Jingjiang", "Rugao", "Haian")),
    },
    "bedtoolbox": {
        "sector": BED,
        "product": ("皮卡货箱工具箱", "truck bed toolboxes"),
        "use": ("每天派技师开车上门", "send technicians out in trucks every day"),
        "R": (("花纹铝板厂", "T型锁厂", "密封条厂"),
              ("aluminum tread plate mill", "T-handle latch maker", "weatherstrip maker"),
              ("花纹铝板年产6万吨", "T型锁年产800万套", "密封条年产5000万米"),
              ("60,000 t of tread plate a year", "8 million latches a year", "50 million m of weatherstrip a year")),
        "M": (("工具箱工厂", "铝制箱体制造商", "工具箱OEM工厂"),
              ("truck toolbox factory", "aluminum box fabricator", "toolbox OEM"),
              ("年产工具箱30万只，横置、侧置都做", "焊接工位60个", "可做贴牌，起订量100只"),
              ("300,000 boxes a year, crossover and side-mount", "60 welding stations", "private-label runs from 100 boxes")),
        "D": (("五金工具进口商", "工程车装备经销商", "工具箱品牌代理商"),
              ("hardware import firm", "work truck equipment dealer", "toolbox distributor"),
              ("客户五金店1600家", "门店网点25个", "年出货工具箱4万只"),
              ("1,600 hardware store accounts", "25 branches", "40,000 boxes shipped a year")),
        "E": (("暖通安装公司", "管道维修公司", "通信基站维护公司"),
              ("heating and cooling contractor", "plumbing service company", "cell tower maintenance firm"),
              ("服务车300辆", "技师500人", "外勤车250辆"),
              ("300 service trucks", "500 technicians", "250 field trucks")),
        "material": (("花纹铝板", "T型锁", "密封条"), ("aluminum tread plate", "T-handle latches", "weatherstrip")),
        "places": (("武义", "临海", "仙居"), ("Wuyi", "Linhai", "Xianju")),
    },
    "sidestep": {
        "sector": OFFROAD,
        "product": ("皮卡侧踏板", "running boards"),
        "use": ("车队里有大批皮卡和越野车", "keep large fleets of pickups and SUVs"),
        "R": (("椭圆钢管厂", "防滑胶垫厂", "伸缩执行器厂"),
              ("oval steel tube mill", "step pad molder", "power step actuator maker"),
              ("钢管年产5万吨", "胶垫年产1000万片", "执行器年产80万台"),
              ("50,000 t of tube a year", "10 million step pads a year", "800,000 actuators a year")),
        "M": (("侧踏板工厂", "电动踏板制造商", "侧踏板OEM工厂"),
              ("running board factory", "power step maker", "running board OEM"),
              ("年产侧踏板60万对", "适配车型200多款，电动、固定式都做", "可做贴牌，起订量300对"),
              ("600,000 pairs a year", "fits for over 200 models, powered and fixed", "private-label runs from 300 pairs")),
        "D": (("越野改装件进口商", "四驱改装店供货商", "侧踏板代理商"),
              ("off-road parts importer", "4x4 shop supplier", "running board distributor"),
              ("客户改装店900家", "常备改装件3000种", "年出货侧踏板8万对"),
              ("900 shop accounts", "3,000 lines in stock", "80,000 pairs shipped a year")),
        "E": (("矿山服务公司", "油田服务公司", "公路养护公司"),
              ("mining services company", "oilfield services company", "highway maintenance contractor"),
              ("服务车800辆", "服务车450辆", "养护车辆600辆"),
              ("800 service vehicles", "450 service trucks", "600 maintenance vehicles")),
        "material": (("椭圆钢管", "防滑胶垫", "伸缩执行器"), ("oval steel tube", "step pads", "power step actuators")),
        "places": (("奉化", "福清", "龙海"), ("Fenghua", "Fuqing", "Longhai")),
    },
    "elecwinch": {
        "sector": OFFROAD,
        "product": ("车用电动绞盘", "electric winches"),
        "use": ("常在泥地和林区路上跑车", "take vehicles through mud, snow and logging roads"),
        "R": (("绞盘绳厂", "行星齿轮厂", "串励电机厂"),
              ("synthetic winch line maker", "planetary gear maker", "series-wound motor maker"),
              ("绞盘绳年产500万米", "齿轮组年产100万套", "电机年产150万台"),
              ("5 million m of winch line a year", "1 million gear sets a year", "1.5 million motors a year")),
        "M": (("绞盘工厂", "车用牵引设备制造商", "绞盘OEM工厂"),
              ("winch factory", "vehicle recovery gear maker", "winch OEM"),
              ("年产绞盘50万台，拉力4000到17500磅", "装配线8条", "可做贴牌，起订量100台"),
              ("500,000 winches a year, 4,000 to 17,500 lb", "8 assembly lines", "private-label runs from 100 units")),
        "D": (("越野装备进口商", "四驱用品批发商", "绞盘品牌代理商"),
              ("overland gear importer", "4x4 parts wholesaler", "winch dealer"),
              ("客户越野店700家", "常备越野装备2500种", "年出货绞盘2万台"),
              ("700 off-road shop accounts", "2,500 off-road lines in stock", "20,000 winches shipped a year")),
        "E": (("道路救援公司", "林业公司", "越野俱乐部"),
              ("roadside recovery company", "timber company", "off-road club"),
              ("救援车120辆", "林地30万亩，巡山车80辆", "会员车辆400台"),
              ("120 recovery trucks", "80 patrol rigs on 50,000 acres", "400 member rigs")),
        "material": (("绞盘绳", "行星齿轮组", "串励电机"), ("synthetic winch line", "planetary gear sets", "series-wound motors")),
        "places": (("枣阳", "随州", "丹江口"), ("Zaoyang", "Suizhou", "Danjiangkou")),
    },
    "tractionboard": {
        "sector": OFFROAD,
        "product": ("越野脱困板", "recovery traction boards"),
        "use": ("常年把车开进沙地和雪地", "drive into sand and snow as part of the job"),
        "R": (("增强尼龙改性厂", "防滑钉嵌件厂", "收纳袋厂"),
              ("glass-filled nylon compounder", "traction cleat insert maker", "carry bag maker"),
              ("改性尼龙年产3万吨", "嵌件年产3000万只", "收纳袋年产200万个"),
              ("30,000 t of compound a year", "30 million inserts a year", "2 million bags a year")),
        "M": (("脱困板工厂", "注塑越野配件厂", "脱困板OEM工厂"),
              ("traction board factory", "molded off-road parts maker", "traction board OEM"),
              ("年产脱困板80万对", "大型注塑机18台", "可做贴牌，起订量500对"),
              ("800,000 pairs a year", "18 large injection presses", "private-label runs from 500 pairs")),
        "D": (("自驾装备进口商", "越野用品经销商", "脱困板品牌代理商"),
              ("road-trip gear importer", "off-road equipment distributor", "traction board dealer"),
              ("客户户外店1100家", "常备自驾装备1800种", "年出货脱困板6万对"),
              ("1,100 outdoor store accounts", "1,800 lines in stock", "60,000 pairs shipped a year")),
        "E": (("沙漠越野旅游公司", "地质勘探公司", "电力巡线公司"),
              ("desert tour operator", "geological survey company", "powerline patrol contractor"),
              ("越野车90辆", "野外车辆150台", "巡线车200辆"),
              ("90 off-road vehicles", "150 field vehicles", "200 patrol trucks")),
        "material": (("增强尼龙", "防滑钉嵌件", "收纳袋"), ("glass-filled nylon", "traction cleat inserts", "carry bags")),
        "places": (("德阳", "绵阳", "南充"), ("Deyang", "Mianyang", "Nanchong")),
    },
    "skidplate": {
        "sector": OFFROAD,
        "product": ("底盘护板", "skid plates"),
        "use": ("天天把车开在碎石路和矿区路上", "run vehicles over rock and gravel every day"),
        "R": (("耐磨钢板厂", "铝镁合金板厂", "电泳漆厂"),
              ("wear plate mill", "aluminum-magnesium sheet mill", "electrocoat paint maker"),
              ("钢板年产30万吨", "铝镁板年产8万吨", "电泳漆年产2万吨"),
              ("300,000 t of plate a year", "80,000 t of sheet a year", "20,000 t of paint a year")),
        "M": (("护板工厂", "激光切割件制造商", "护板OEM工厂"),
              ("skid plate factory", "laser-cut parts maker", "skid plate OEM"),
              ("年产护板50万件", "激光切割机12台，折弯机20台", "可按车型定做，起订量200件"),
              ("500,000 plates a year", "12 laser cutters and 20 press brakes", "made per vehicle model from 200 pieces")),
        "D": (("越野车改装件进口商", "汽车底盘件批发商", "护板品牌代理商"),
              ("off-road vehicle parts importer", "chassis parts wholesaler", "skid plate dealer"),
              ("客户修理厂1500家", "常备底盘件4000种", "年出货护板7万件"),
              ("1,500 repair shop accounts", "4,000 chassis lines in stock", "70,000 plates shipped a year")),
        "E": (("矿区运输公司", "越野拉力车队", "野外科考机构"),
              ("mine site transport company", "rally team", "field science institute"),
              ("矿区用车300辆", "赛车12台", "科考车40辆"),
              ("300 mine site vehicles", "12 race vehicles", "40 expedition vehicles")),
        "material": (("耐磨钢板", "铝镁合金板", "电泳漆"), ("wear plate", "aluminum-magnesium sheet", "electrocoat paint")),
        "places": (("十堰", "宜城", "老河口"), ("Shiyan", "Yicheng", "Laohekou")),
    },
    "floorliner": {
        "sector": CABIN,
        "product": ("全天候汽车脚垫", "all-weather floor liners"),
        "use": ("每天有大批车辆在路上跑", "keep many cars on the road every day"),
        "R": (("热塑性弹性体厂", "汽车地毯面料厂", "防滑底布厂"),
              ("thermoplastic elastomer compounder", "automotive carpet mill", "anti-slip backing maker"),
              ("弹性体年产4万吨", "地毯面料年产2000万平方米", "底布年产1500万平方米"),
              ("40,000 t of elastomer a year", "20 million m² of carpet a year", "15 million m² of backing a year")),
        "M": (("脚垫工厂", "汽车内饰件制造商", "脚垫OEM工厂"),
              ("floor liner factory", "interior trim maker", "floor liner OEM"),
              ("年产脚垫300万套", "车型模具1200套", "可做贴牌，起订量500套"),
              ("3 million sets a year", "molds for 1,200 vehicle models", "private-label runs from 500 sets")),
        "D": (("汽车用品进口商", "汽车美容连锁供货商", "脚垫品牌代理商"),
              ("car accessories importer", "car care chain supplier", "floor liner dealer"),
              ("客户汽车用品店2500家", "常备汽车用品6000种", "年出货脚垫20万套"),
              ("2,500 store accounts", "6,000 accessory lines in stock", "200,000 sets shipped a year")),
        "E": (("出租车公司", "驾驶培训学校", "车队管理公司"),
              ("taxi company", "driving school", "fleet management company"),
              ("出租车2000辆", "教练车350辆", "管理车辆1万辆"),
              ("2,000 cabs", "350 training cars", "10,000 managed vehicles")),
        "material": (("热塑性弹性体", "汽车地毯面料", "防滑底布"), ("thermoplastic elastomer", "automotive carpet", "anti-slip backing")),
        "places": (("桐乡", "嘉善", "长兴"), ("Tongxiang", "Jiashan", "Changxing")),
    },
    "seatcover": {
        "sector": CABIN,
        "product": ("汽车座套", "seat covers"),
        "use": ("车用得狠、座椅磨得快", "wear out vehicle seats fast"),
        "R": (("氯丁橡胶面料厂", "PU革厂", "定型棉厂"),
              ("neoprene fabric mill", "PU leatherette maker", "molded padding maker"),
              ("面料年产1000万米", "PU革年产3000万米", "定型棉年产1.5万吨"),
              ("10 million m of neoprene a year", "30 million m of leatherette a year", "15,000 t of padding a year")),
        "M": (("座套工厂", "汽车缝制件制造商", "座套OEM工厂"),
              ("seat cover factory", "automotive cut-and-sew maker", "seat cover OEM"),
              ("年产座套150万套", "裁床15台", "可做贴牌，起订量300套"),
              ("1.5 million sets a year", "15 cutting tables", "private-label runs from 300 sets")),
        "D": (("汽车内饰进口商", "汽车内饰批发商", "座套品牌代理商"),
              ("interior accessories importer", "auto interior wholesaler", "seat cover dealer"),
              ("客户门店1800家", "常备内饰件3500种", "年出货座套10万套"),
              ("1,800 store accounts", "3,500 interior lines in stock", "100,000 sets shipped a year")),
        "E": (("二手车整备公司", "城市配送公司", "园区通勤车队"),
              ("used vehicle reconditioner", "urban delivery company", "employee shuttle operator"),
              ("每年整备车辆1.2万辆", "配送车1200辆", "通勤车300辆"),
              ("12,000 vehicles reconditioned a year", "1,200 delivery vans", "300 shuttle vans")),
        "material": (("氯丁橡胶面料", "PU革", "定型棉"), ("neoprene fabric", "PU leatherette", "molded padding")),
        "places": (("永嘉", "仙游", "福鼎"), ("Yongjia", "Xianyou", "Fuding")),
    },
    "windshade": {
        "sector": CABIN,
        "product": ("前挡遮阳挡", "windshield sunshades"),
        "use": ("有大量车辆停在烈日下", "keep many vehicles parked in hot sun"),
        "R": (("铝箔气泡膜厂", "钢丝框厂", "涤纶银胶布厂"),
              ("foil bubble laminate maker", "spring wire frame maker", "silver-coated polyester mill"),
              ("气泡膜年产5000万平方米", "钢丝框年产2000万个", "银胶布年产4000万米"),
              ("50 million m² of foil bubble a year", "20 million wire frames a year", "40 million m of coated polyester a year")),
        "M": (("遮阳挡工厂", "汽车防晒用品制造商", "遮阳挡OEM工厂"),
              ("sunshade factory", "car sun protection maker", "sunshade OEM"),
              ("年产遮阳挡800万片", "模切机30台", "可印广告图案，起订量2000片"),
              ("8 million shades a year", "30 die cutters", "custom prints from 2,000 shades")),
        "D": (("汽配城批发商", "促销品进口商", "遮阳挡品牌代理商"),
              ("auto accessory jobber", "promotional products importer", "sunshade dealer"),
              ("客户便利店和加油站3000家", "年做定制订单1500单", "年出货遮阳挡60万片"),
              ("3,000 convenience and gas store accounts", "1,500 custom orders a year", "600,000 shades shipped a year")),
        "E": (("汽车租赁连锁", "车险公司", "汽车俱乐部"),
              ("rental car chain", "auto insurer", "motor club"),
              ("租赁车辆8000辆", "承保车辆200万辆", "会员30万人"),
              ("8,000 rental cars", "2 million insured vehicles", "300,000 members")),
        "material": (("铝箔气泡膜", "钢丝框", "涤纶银胶布"), ("foil bubble laminate", "spring wire frames", "silver-coated polyester")),
        "places": (("兰溪", "浦江", "松阳"), ("Lanxi", "Pujiang", "Songyang")),
    },
}  # fmt: skip

STAGES = "RMDE"
ADJACENT = {"R": ("M",), "M": ("R", "D", "E"), "D": ("M", "E"), "E": ("M", "D")}
SELLS_TO = {"R": ("M",), "M": ("D", "E"), "D": ("E",), "E": ()}
ROLES = [(s, w) for s in STAGES for w in ADJACENT[s]]
UPSTREAM = {("M", "R"), ("D", "M"), ("E", "M"), ("E", "D")}  # the company buys from what it seeks

US_PLACES = (("蒙大拿州比林斯", "Billings, Montana"), ("路易斯安那州什里夫波特", "Shreveport, Louisiana"),
             ("怀俄明州卡斯珀", "Casper, Wyoming"), ("蒙大拿州米苏拉", "Missoula, Montana"),
             ("北达科他州俾斯麦", "Bismarck, North Dakota"), ("怀俄明州夏延", "Cheyenne, Wyoming"),
             ("科罗拉多州大章克申", "Grand Junction, Colorado"), ("得克萨斯州敖德萨", "Odessa, Texas"),
             ("科罗拉多州普韦布洛", "Pueblo, Colorado"), ("艾奥瓦州迪比克", "Dubuque, Iowa"),
             ("密苏里州乔普林", "Joplin, Missouri"), ("得克萨斯州阿比林", "Abilene, Texas"),
             ("南达科他州拉皮德城", "Rapid City, South Dakota"), ("路易斯安那州莱克查尔斯", "Lake Charles, Louisiana"))  # fmt: skip

# Generic role nouns, for wants naming only the role and the country, and for negations.
GENERIC = {
    "zh": {"R": ("原料供应商", "上游材料商"), "M": ("生产厂家", "工厂", "制造商"),
           "D": ("经销商", "批发商", "进口商"), "E": ("终端用户", "最终买家", "直接用户")},
    "en": {"R": ("materials supplier", "upstream supplier"), "M": ("manufacturer", "factory", "producer"),
           "D": ("distributor", "importer", "wholesaler"), "E": ("end user", "end buyer", "direct customer")},
}  # fmt: skip

# The noun phrase of the partner sought, by (company's side, language of the text).
WANT_FORMS = {
    ("CN", "zh"): ("美国的{n}", "美国本土的{n}", "在美国的{n}", "规模较大的美国{n}", "信誉好的美国{n}"),
    ("CN", "en"): ("a US {n}", "an American {n}", "a {n} in the US", "a sizable American {n}", "a reputable US {n}"),
    ("US", "en"): ("a Chinese {n}", "a {n} in China", "a China-based {n}", "a sizable Chinese {n}", "a reputable Chinese {n}"),
    ("US", "zh"): ("中国的{n}", "中国本土的{n}", "在中国的{n}", "规模较大的中国{n}", "信誉好的中国{n}"),
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

# A maker's want named by its input material (a cue word, or none); third person.
MATERIAL_WANT = {
    "zh": {"cue": ("{it}正在寻找{want}的长期货源。", "{it}在找{want}，先要一批样品。", "{it}寻求{want}的年度供应。"),
           "named": ("{want}：年用量稳定，供货方还没定。", "{it}目前最头疼的是{want}。", "{it}今年采购单上排第一的是{want}。")},
    "en": {"cue": ("{It} is looking for a long-term source of {want}.", "{It} seeks {want}, samples first.", "{It} hopes to find {want} on an annual contract."),
           "named": ("{want_cap}: steady yearly volume, supplier still open.", "The biggest headache for {it} right now: {want}.", "Top of {its} buying list this year: {want}.")},
}  # fmt: skip

# Wants only implied by a plan, by (stage, want); impersonal or third person. Slots: cty cty_adj
# product use mat mat_own. No template leans on the grammatical number of {product}.
PLANS = {
    ("R", "M"): {"zh": ("公司想让自产的{mat_own}进入{cty}{product}的生产环节，先供一条线试试。",
                        "{mat_own}今年要拿出三成产量，专供{cty}做{product}用。",
                        "扩产之后，{mat_own}的主要去向定在{cty}的{product}生产上。"),
                 "en": ("It wants its {mat_own} built into {product} made in {cty}, starting with one production line.",
                        "A third of this year's output of {mat_own} is earmarked for {product} made in {cty}.",
                        "After the expansion, most of the added output of {mat_own} is meant to end up in {product} made in {cty}.")},
    ("M", "R"): {"zh": ("明年起，{mat}打算从{cty}进，先签半年试用合同。",
                        "{mat}的采购下半年转到{cty}，目标是成本降一成。",
                        "新款先用从{cty}运来的{mat}，老款随后跟上。"),
                 "en": ("Starting next year, it will bring in {mat} from {cty}, on a six-month trial contract.",
                        "Buying of {mat} shifts to {cty} in the second half, aiming at a ten percent cost cut.",
                        "New models will use {mat} brought in from {cty} first, older ones later.")},
    ("M", "D"): {"zh": ("公司希望明年{cty}的门店货架上能看到自家的{product}，仓储配送都交给当地。",
                        "今年最重要的事，是让{product}进入{cty}的零售渠道，公司自己不在那边设仓。",
                        "一年内要做到{cty}各地都能从现货拿到它的{product}。"),
                 "en": ("It wants its {product} on shelves across {cty} next year, with warehousing and delivery handled locally.",
                        "This year's priority is getting its {product} into {cty_adj} retail, without a warehouse of its own there.",
                        "Within a year its {product} should be available from local stock anywhere in {cty}.")},
    ("M", "E"): {"zh": ("以后{product}想直接卖给{cty}那些{use}的单位，中间不再转手。",
                        "明年准备跟{cty}几家{use}的大单位直接签供货合同。",
                        "公司希望{cty}{use}的单位，直接向它下订单。"),
                 "en": ("From now on it wants to sell {product} directly to organizations in {cty} that {use}, with no middle layer.",
                        "Next year it plans direct supply contracts with several large outfits in {cty} that {use}.",
                        "The aim is for organizations in {cty} that {use} to order straight from its plant.")},
    ("D", "M"): {"zh": ("明年产品目录里要加一个{cty}产的{product}系列，价位比现在低一档。",
                        "准备引进{cty}造的{product}，贴自有品牌销售。",
                        "下个季度起，{product}要改成直接从{cty}源头进货。"),
                 "en": ("Next year's catalog gets a line of {product} made in {cty}, one price band below today's.",
                        "It plans to carry {cty_adj}-made {product} under its own brand.",
                        "From next quarter its {product} will come directly from the source in {cty}.")},
    ("D", "E"): {"zh": ("库里的{product}今年打算直接供给{cty}那些{use}的单位。",
                        "下一步想在{cty}积累一批{use}的长期客户，每月补货。",
                        "今年的目标是让{cty}{use}的单位都从它这里拿{product}。"),
                 "en": ("This year it means to supply the {product} in its warehouse to organizations in {cty} that {use}.",
                        "Next it wants steady repeat accounts in {cty} among organizations that {use}, restocked monthly.",
                        "This year it wants organizations in {cty} that {use} to get their {product} from its warehouse.")},
    ("E", "M"): {"zh": ("下一批{product}打算拿着自己的图纸去{cty}直接定做。",
                        "明年起，{product}要在{cty}按自家规格专门生产，不再买通用款。",
                        "公司准备在{cty}出钱开一套专用模具，{product}照它的要求做。"),
                 "en": ("It intends to take its own drawings to {cty} and have the next batch of {product} built to them.",
                        "From next year it wants {product} produced in {cty} to its own spec, not bought off the shelf.",
                        "It plans to fund dedicated tooling in {cty}, with {product} made to its own requirements.")},
    ("E", "D"): {"zh": ("以后{product}想在{cty}就近从现货补，十天内到。",
                        "今年{product}改为在{cty}从当地库存少量多批地补货。",
                        "不想再等整柜海运，{product}打算直接在{cty}拿现货。"),
                 "en": ("Going forward it wants {product} restocked from inventory already in {cty}, delivered within ten days.",
                        "This year it will reorder {product} in small, frequent lots from stock held in {cty}.",
                        "Rather than wait on full containers, it wants its {product} from ready stock in {cty}.")},
}  # fmt: skip
CUE_WORDS = {
    "zh": ("寻求", "寻找", "物色", "希望结识", "在找"),
    "en": ("looking for", "look for", "seek", "search", "find", "hunt for"),
}

NEGATION = {
    "zh": ("{neg}这次不考虑。", "暂时不和{neg}接触。", "跟{neg}合作的事先不谈。", "目前不需要{neg}。"),
    "en": ("{plural_cap} are out of scope for now.", "It is not talking to {plural} at the moment.", "No {plural} this year.",
           "{plural_cap} need not call."),
}  # fmt: skip
SERVED = {
    "zh": ("老客户里有{c1}、{c2}等{k}家{cnoun}。", "现在主要给{cnoun}供货，比如{c1}、{c2}。", "{c1}和{c2}这两家{cnoun}一直从它这里进货。"),
    "en": ("Existing accounts include {k} {cnoun_pl}, {c1} and {c2} among them.",
           "Most sales today go to {cnoun_pl} such as {c1} and {c2}.",
           "{c1} and {c2}, both {cnoun_pl}, are regular buyers."),
}  # fmt: skip
CUSTOMERS = {
    "zh": ("鼎盛", "万通", "远航", "金桥", "博远", "恒通", "瑞达", "新纪元"),
    "en": ("Halvorsen", "Kincaid", "Pettibone", "Ramsey", "Culpepper", "Vandermeer", "Ashby", "Quimby"),
}  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Ways of writing, all by a provider of one service to the company. Each: offer templates; want
# templates of three kinds ("cue": with a verb of seeking, "named": naming the partner without
# one, "plan": a frame around an implied plan); neutral middle lines; header lines and trailing
# lines ("!" marks a closing line). Slots: name it It its Its noun detail place year age year2
# month month_zh d k m pct person who whos title staff want want_cap plan. Chinese templates
# use {it} and {name}, never the English possessive {its}.
# ---------------------------------------------------------------------------------------------
GENRES: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    "langcourse": {  # a language school's intake for a company's staff course
        "zh": {
            "offer": ("学员单位：{name}，{place}的{noun}，{detail}。",
                      "{name}是一家{noun}，{detail}，这次为{m}名骨干报了小班课。",
                      "报名联系人{person}（{name}{title}）。单位为{noun}，{detail}。",
                      "{name}成立于{year}年，{detail}，去年已在本校上过一期课。",
                      "企业客户{name}（{noun}）{detail}，学员多为销售和采购人员。",
                      "{name}在{place}做了{age}年，{detail}；学员入学测试成绩偏低。"),
            "cue": ("学习目的：{it}正在寻找{want}，学员要能独立打电话、写邮件。",
                    "{who}说，公司在物色{want}，课程要多练谈判场景。",
                    "{it}寻求与{want}建立合作，所以口语课排在前面。",
                    "据{who}介绍，{it}在找{want}，学员三个月后要跟对方开视频会。"),
            "named": ("课程要围绕一个场景设计：跟{want}谈合作。",
                      "{who}问：能不能请外教扮演{want}，做模拟谈判？",
                      "学完后，{it}的学员要能直接和{want}沟通，不再靠翻译。",
                      "结业考核：学员用对方的语言向{want}介绍{it}。"),
            "plan": ("报名背景：{plan}", "{who}在电话里讲了学这门课的原因：{plan}", "课程定制依据：{plan}", "{it}的打算：{plan}"),
            "mid": ("每周两次课，每次90分钟。", "学员{m}人，入学测试均为初级。", "线上线下结合上课。", "课时费按季度结算。"),
            "head": ("企业语言培训需求表", "企业培训｜合同编号PX{year2}{k}{d}", "学员单位需求访谈（{month_zh}月{d}日）"),
            "tail": ("下周安排入学测试。", "本表仅供教学部排课使用。", "!课程顾问：{staff}"),
        },
        "en": {
            "offer": ("Corporate client: {name}, a {noun} in {place}; {detail}.",
                      "{name} ({noun}; {detail}) enrolled {m} employees in small-group lessons.",
                      "Intake with {person}, {title} at {name}. The company is a {noun}: {detail}.",
                      "{name}, founded {year}, sent a first group through our course last year; {detail}.",
                      "Learners from {name} ({detail}) work mostly in sales and purchasing.",
                      "{name} has been a {noun} for {age} years; {detail}. Placement scores came in low."),
            "cue": ("Why they are learning: {it} is looking for {want}, and staff must handle calls without an interpreter.",
                    "{who} said {it} seeks {want}, so role-play should center on negotiation.",
                    "{It} hopes to find {want} this year; learners need phone and email skills first.",
                    "Per {who}, {it} is trying to find {want} and wants video-call practice."),
            "named": ("Course scenario requested: a first meeting with {want}.",
                      "{who} asked whether a teacher could play {want} in mock negotiations.",
                      "By the end, learners at {it} should be able to talk with {want} directly.",
                      "Final assessment: each learner presents {it} to {want}."),
            "plan": ("Learning context from the client: {plan}", "{who} explained why now. {plan}", "Curriculum driver: {plan}", "{Its} reason for the course: {plan}"),
            "mid": ("Two 90-minute lessons a week.", "{m} learners, all beginners on the placement test.", "Mix of on-site and online lessons.", "Billing per quarter."),
            "head": ("CORPORATE LANGUAGE TRAINING INTAKE", "Language training · Contract {year2}-{k}{d}", "Client needs interview ({month} {d})"),
            "tail": ("Placement tests next week.", "For scheduling staff only.", "!Program advisor: {staff}"),
        },
    },
    "callcampaign": {  # an outsourced calling agency's appointment-setting brief
        "zh": {
            "offer": ("委托方：{name}，{place}，{noun}，{detail}。",
                      "{name}是一家{noun}，{detail}，委托本公司做为期{m}个月的电话邀约。",
                      "对接人{person}（{name}{title}）。委托方为{noun}，{detail}。",
                      "{name}成立于{year}年，{detail}，之前自己打过电话，效果一般。",
                      "委托方{name}（{noun}）{detail}，要求坐席会说英语。",
                      "{name}，{detail}；这是第二个季度续约。"),
            "cue": ("项目目标：{it}正在寻找{want}，每月至少约到{m}场视频会。",
                    "{who}说，公司在物色{want}，话术里要先讲交期和产能。",
                    "{it}寻求与{want}合作，邀约成功以对方负责人同意通话为准。",
                    "据{who}介绍，{it}在找{want}，名单由我方先筛一轮。"),
            "named": ("外呼对象：{want}，名单由委托方补充。",
                      "{who}问：{want}一般几点接电话比较方便？",
                      "约到{want}参加视频会的，按场次计费。",
                      "{it}这次只打给{want}。"),
            "plan": ("委托背景：{plan}", "{who}在启动会上说：{plan}", "话术设计依据：{plan}", "{it}的想法：{plan}"),
            "mid": ("坐席{m}人，工作时间按对方时区排。", "每周一提交通话报表。", "通话全程录音。", "服务费按月结算，另有成单奖励。"),
            "head": ("电话邀约外包需求单", "外呼项目｜编号YY{year2}{k}{d}", "项目启动会纪要（{month_zh}月{d}日）"),
            "tail": ("下周一开始试打。", "名单及录音归委托方所有。", "!项目经理：{staff}"),
        },
        "en": {
            "offer": ("Client: {name}, a {noun} in {place}; {detail}.",
                      "{name} ({noun}; {detail}) signed a {m}-month calling program with us.",
                      "Kickoff with {person}, {title} at {name}. The company is a {noun}: {detail}.",
                      "{name}, founded {year}, tried calling on its own and gave up; {detail}.",
                      "{name} ({detail}) wants callers who can work overseas hours.",
                      "Renewal for {name}, a {noun}; {detail}. Second quarter with us."),
            "cue": ("Campaign goal: {it} is looking for {want}; book at least {m} video meetings a month.",
                    "{who} said {it} seeks {want}, so the script leads with lead times and capacity.",
                    "{It} hopes to find {want}; a booked call counts only when a decision maker agrees.",
                    "Per {who}, {it} is trying to find {want}, and our team screens the list first."),
            "named": ("Call targets: {want}, list to be topped up by the client.",
                      "{who} asked what time of day {want} usually answers the phone.",
                      "Billing per meeting booked with {want}.",
                      "{It} wants calls to {want} only, nothing else."),
            "plan": ("Campaign background: {plan}", "{who} set out the context at kickoff. {plan}", "Script rationale: {plan}", "{Its} thinking, per the kickoff: {plan}"),
            "mid": ("{m} callers, shifts set to the prospects' time zone.", "Call report every Monday.", "All calls recorded.", "Monthly retainer plus a fee per qualified meeting."),
            "head": ("APPOINTMENT-SETTING CAMPAIGN BRIEF", "Outbound program · Brief {year2}-{k}{d}", "Kickoff call notes ({month} {d})"),
            "tail": ("Test calls start next Monday.", "Lists and recordings belong to the client.", "!Campaign manager: {staff}"),
        },
    },
    "housing": {  # a corporate housing agent's request for an employee posted abroad
        "zh": {
            "offer": ("委托单位：{name}，{place}，{noun}，{detail}。",
                      "{name}是一家{noun}，{detail}，要为一名外派经理找房，租期一年。",
                      "联系人{person}（{name}{title}）。单位为{noun}，{detail}。",
                      "{name}成立于{year}年，{detail}，第一次往外派人。",
                      "{name}（{noun}）{detail}，外派人员带家属，需两居室。",
                      "{name}，{detail}；入住时间定在{month_zh}月。"),
            "cue": ("外派原因：{it}正在寻找{want}，经理常驻当地专门跑这件事。",
                    "{who}说，公司在物色{want}，住处最好离对方集中的地区近些。",
                    "{it}寻求与{want}合作，外派经理要常在家里开跨时区会议，网络要稳定。",
                    "据{who}介绍，{it}在找{want}，外派期视进展可能延长。"),
            "named": ("外派经理的任务：对接{want}。",
                      "{who}问：哪一片离{want}比较近，开车方便？",
                      "若与{want}谈成，{it}还会再派两个人过去。",
                      "选房要求：方便去拜访{want}。"),
            "plan": ("外派背景：{plan}", "{who}在电话里介绍：{plan}", "租期安排依据：{plan}", "{it}的考虑：{plan}"),
            "mid": ("租金预算已由单位确认。", "需带家具，拎包入住。", "租期{m}个月起。", "押金由单位支付。"),
            "head": ("外派人员住房需求单", "企业住房｜需求编号ZF{year2}{k}{d}", "客户需求电话记录（{month_zh}月{d}日）"),
            "tail": ("下周发送三套备选房源。", "房源信息以实地看房为准。", "!住房顾问：{staff}"),
        },
        "en": {
            "offer": ("Client: {name}, a {noun} in {place}; {detail}.",
                      "{name} ({noun}; {detail}) is sending a manager abroad for a year and needs a furnished place.",
                      "Request from {person}, {title} at {name}. The company is a {noun}: {detail}.",
                      "{name}, founded {year}, is posting someone overseas for the first time; {detail}.",
                      "{name} ({detail}) needs a two-bedroom for an assignee with family.",
                      "Corporate account {name}, {place}: {noun}, {detail}."),
            "cue": ("Reason for the assignment: {it} is looking for {want}, and the manager will work on that full time.",
                    "{who} said {it} seeks {want}; housing near where they cluster is preferred.",
                    "{It} hopes to find {want} within the year, so the lease needs an early exit clause.",
                    "Per {who}, {it} is trying to find {want}; the assignee needs fast internet for late calls."),
            "named": ("The assignee's brief: build ties with {want}.",
                      "{who} asked which neighborhoods are an easy drive from {want}.",
                      "If a deal with {want} comes through, {it} will send two more people.",
                      "Housing should make visits to {want} easy."),
            "plan": ("Assignment background: {plan}", "{who} explained the posting. {plan}", "Lease terms follow the plan: {plan}", "{Its} reasoning: {plan}"),
            "mid": ("Budget approved by the client.", "Furnished, with parking for one car.", "Lease of {m} months minimum.", "Deposit paid by the company."),
            "head": ("CORPORATE HOUSING REQUEST", "Assignee housing · Request {year2}-{k}{d}", "Client call notes ({month} {d})"),
            "tail": ("Three options to be sent next week.", "Listings subject to viewing.", "!Housing consultant: {staff}"),
        },
    },
    "coaching": {  # an executive coach's session notes
        "zh": {
            "offer": ("辅导对象所在公司：{name}，{place}的{noun}，{detail}。",
                      "{person}是{name}的{title}，公司为{noun}，{detail}。",
                      "{name}成立于{year}年，{detail}；本次是第{m}次辅导。",
                      "客户{name}（{noun}）{detail}，辅导费用由公司承担。",
                      "{name}，{detail}；教练合约为期六个月。",
                      "{name}在{place}做了{age}年，{detail}，老板希望管理层换个思路。"),
            "cue": ("本期目标：{it}正在寻找{want}，辅导对象负责牵头。",
                    "{who}说，公司在物色{want}，自己最怕第一次见面冷场。",
                    "{it}寻求与{want}合作，{who}要学会在谈判中先听后说。",
                    "据{who}讲，{it}在找{want}，进展慢让团队很焦虑。"),
            "named": ("{who}这三个月的头号任务：拿下{want}。",
                      "辅导中反复出现的问题：{it}作为新面孔，怎么让{want}信任？",
                      "下次辅导前，{who}要准备好和{want}的第一通电话。",
                      "{it}眼下最缺的是{want}，{who}对此压力很大。"),
            "plan": ("辅导对象介绍的业务背景：{plan}", "{who}在辅导中谈到：{plan}", "本期辅导围绕的计划：{plan}", "{it}今年的方向：{plan}"),
            "mid": ("辅导对象状态稳定，执行力强。", "每两周一次，每次一小时。", "本次采用线上方式。", "360度评估已完成。"),
            "head": ("高管教练辅导记录", "教练辅导｜编号JL{year2}{k}{d}", "辅导纪要（{month_zh}月{d}日）"),
            "tail": ("下次辅导前完成行动清单。", "本记录保密，仅由教练本人存档。", "!教练：{staff}"),
        },
        "en": {
            "offer": ("Coachee's company: {name}, a {noun} in {place}; {detail}.",
                      "{person}, {title} at {name}, is the coachee; the company is a {noun}: {detail}.",
                      "{name}, founded {year}, is paying for six months of coaching; {detail}.",
                      "Session {m} with the leadership of {name} ({detail}).",
                      "{name} ({noun}; {detail}) brought us in after a reorganization.",
                      "{name} has been a {noun} for {age} years; {detail}."),
            "cue": ("Goal for this cycle: {it} is looking for {want}, and the coachee leads the effort.",
                    "{who} said {it} seeks {want}; the worry is freezing up in first meetings.",
                    "{It} hopes to find {want} by year-end, and {who} wants to listen more in negotiations.",
                    "Per {who}, {it} is trying to find {want}; slow progress is wearing on the team."),
            "named": ("{whos} top priority this quarter: closing with {want}.",
                      "Recurring question: how does a newcomer like {it} earn the trust of {want}?",
                      "Before next session, {who} will prepare a first call with {want}.",
                      "What {it} lacks most right now is {want}, and {who} feels the pressure."),
            "plan": ("Business context from the coachee: {plan}", "{who} talked through the year ahead. {plan}", "The plan this coaching supports: {plan}", "{Its} direction this year: {plan}"),
            "mid": ("Energy good; follow-through strong.", "Every two weeks, one hour.", "Held by video.", "360 feedback completed."),
            "head": ("EXECUTIVE COACHING SESSION NOTES", "Coaching · File {year2}-{k}{d}", "Session summary ({month} {d})"),
            "tail": ("Action list due before next session.", "Confidential coaching record.", "!Coach: {staff}"),
        },
    },
    "tradedata": {  # a trade-data vendor's onboarding call record
        "zh": {
            "offer": ("开通客户：{name}，{place}，{noun}，{detail}。",
                      "{name}是一家{noun}，{detail}，购买了{m}个子账号。",
                      "回访对象{person}（{name}{title}）。客户为{noun}，{detail}。",
                      "{name}成立于{year}年，{detail}，首次使用海关数据。",
                      "客户{name}（{noun}）{detail}，之前用过别家的数据。",
                      "{name}，{detail}；年费已付，账号本周开通。"),
            "cue": ("使用目的：{it}正在寻找{want}，想从进口记录里筛出活跃的公司。",
                    "{who}说，公司在物色{want}，最关心对方的采购频次。",
                    "{it}寻求与{want}合作，要我们教会怎么看对方的往来记录。",
                    "据{who}介绍，{it}在找{want}，希望按地区导出名单。"),
            "named": ("客户最想看的数据：{want}的进出口记录。",
                      "{who}问：能不能只看{want}近一年的交易？",
                      "{it}打算把筛出来的{want}逐一联系。",
                      "培训演示以{want}为例。"),
            "plan": ("客户介绍的用途：{plan}", "{who}在回访中提到：{plan}", "账号配置依据：{plan}", "{it}买数据的原因：{plan}"),
            "mid": ("已完成平台操作培训。", "开通国家：美国、中国及{m}个转口国。", "导出额度每月{k}00条。", "子账号权限已按部门分好。"),
            "head": ("海关数据平台开通回访记录", "客户成功｜工单HG{year2}{k}{d}", "新客户回访（{month_zh}月{d}日）"),
            "tail": ("两周后再做一次使用回访。", "客户资料仅限内部使用。", "!客户成功经理：{staff}"),
        },
        "en": {
            "offer": ("New subscriber: {name}, a {noun} in {place}; {detail}.",
                      "{name} ({noun}; {detail}) bought {m} user licenses on the platform.",
                      "Onboarding call with {person}, {title} at {name}. The company is a {noun}: {detail}.",
                      "{name}, founded {year}, is new to shipment data; {detail}.",
                      "{name} ({detail}) switched over from another data vendor.",
                      "Account {name}, {place}: {noun}, {detail}. Annual plan paid."),
            "cue": ("Use case: {it} is looking for {want} and wants to filter for companies active in the past year.",
                    "{who} said {it} seeks {want}; shipment frequency matters most.",
                    "{It} hopes to find {want} through the bill-of-lading records.",
                    "Per {who}, {it} wants to search for {want} by region and export the list."),
            "named": ("What the client wants to see first: import and export records of {want}.",
                      "{who} asked whether results can be limited to {want} active in the last year.",
                      "Planned follow-up on the client side: reaching out to {want}.",
                      "Training demo built around {want}."),
            "plan": ("Client's use case: {plan}", "{who} described the goal. {plan}", "Account setup reflects this: {plan}", "{Its} reason for subscribing: {plan}"),
            "mid": ("Platform training done.", "Countries included: US, China and {m} transit countries.", "Export limit of {k}00 rows a month.", "Licenses split by department."),
            "head": ("TRADE DATA ONBOARDING CALL", "Customer success · Ticket {year2}-{k}{d}", "New account check-in ({month} {d})"),
            "tail": ("Usage check again in two weeks.", "Client data for internal use only.", "!Customer success manager: {staff}"),
        },
    },
}  # fmt: skip

# Company names: neutral or carrying a stage's role word (a hard case carries another stage's).
ZH_PARTS = ("瑞", "恒", "丰", "祥", "德", "盛", "鸿", "宇", "嘉", "鑫", "隆", "骏", "诚", "润", "卓", "维")  # fmt: skip
ZH_SUFFIX = {"neutral": ("有限公司", "实业有限公司", "股份有限公司", "科技有限公司"),
             "R": ("新材料有限公司", "材料科技有限公司", "原料有限公司"),
             "M": ("制造有限公司", "工业有限公司", "制品有限公司"),
             "D": ("商贸有限公司", "进出口有限公司", "贸易有限公司"),
             "E": ("连锁经营有限公司", "服务有限公司", "运营管理有限公司")}  # fmt: skip
PINYIN = ("Ruifeng", "Hengde", "Xiangsheng", "Hongyu", "Jiaxin", "Longjun", "Chengrun", "Zhuowei", "Dexiang", "Yurui")  # fmt: skip
CN_EN_WORD = {"neutral": ("",), "R": (" New Materials", " Materials"), "M": (" Manufacturing", " Industrial"),
              "D": (" Trading", " Import & Export"), "E": (" Services", " Operations")}  # fmt: skip
EN_WORDS = ("Ashcroft", "Birchfield", "Calloway", "Dunmore", "Everly", "Fenwick", "Galloway", "Hartwell",
            "Iverson", "Kingsley", "Langford", "Marlowe", "Norcross", "Pemberton", "Redfield", "Sheffield",
            "Thornbury", "Wexford")  # fmt: skip
EN_SUFFIX = {"neutral": ("Inc.", "LLC", "Co.", "Group", "Holdings"),
             "R": ("Materials", "Supply Co.", "Components"),
             "M": ("Manufacturing", "Fabrication", "Works"),
             "D": ("Distribution", "Wholesale", "Imports"),
             "E": ("Services", "Field Services", "Operations")}  # fmt: skip
# People: (full name, casual short form, formal short form), by side and language.
PEOPLE = {
    ("CN", "zh"): (("陈立军", "陈立军", "陈立军"), ("李婉婷", "李婉婷", "李婉婷"), ("杨建华", "杨建华", "杨建华"),
                   ("何晓燕", "何晓燕", "何晓燕"), ("郭振宇", "郭振宇", "郭振宇"), ("马丽娟", "马丽娟", "马丽娟")),
    ("CN", "en"): (("Chen Lijun", "Chen Lijun", "Chen"), ("Li Wanting", "Li Wanting", "Li"), ("Yang Jianhua", "Yang Jianhua", "Yang"),
                   ("He Xiaoyan", "He Xiaoyan", "He"), ("Guo Zhenyu", "Guo Zhenyu", "Guo")),
    ("US", "en"): (("Rachel Dempsey", "Rachel", "Dempsey"), ("Marcus Bell", "Marcus", "Bell"), ("Greg Kowalski", "Greg", "Kowalski"),
                   ("Lauren Castillo", "Lauren", "Castillo"), ("Brian Thibodeaux", "Brian", "Thibodeaux"), ("Shannon Fitzgerald", "Shannon", "Fitzgerald"),
                   ("Omar Haddad", "Omar", "Haddad"), ("Tricia Nguyen", "Tricia", "Nguyen")),
    ("US", "zh"): (("Rachel Dempsey", "Rachel Dempsey", "Rachel Dempsey"), ("Greg Kowalski", "Greg Kowalski", "Greg Kowalski"),
                   ("Omar Haddad", "Omar Haddad", "Omar Haddad")),
}  # fmt: skip
CASUAL = {"coaching", "langcourse"}  # ways of writing calling a person by the casual short form
LINED = {"callcampaign", "housing"}  # form-like ways of writing, more often one item a line
# Titles by the direction of the want (buying from it, selling to it) and neutral ones.
TITLES = {
    "zh": {"up": ("采购总监", "供应链经理", "采购负责人"), "down": ("海外业务总监", "国际市场经理", "外贸部经理"),
           "any": ("总经理", "董事长", "联合创始人")},
    "en": {"up": ("head of purchasing", "sourcing manager", "VP of supply chain"),
           "down": ("export sales director", "VP of international sales", "business development manager"),
           "any": ("president", "founder", "general manager")},
}  # fmt: skip
STAFF = {
    "zh": ("许晴", "蒋涛", "曹雪", "程亮"),
    "en": ("L. Moreau", "J. Whitaker", "A. Ibarra", "M. Sorensen"),
}
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")  # fmt: skip

HARD_QUOTA = {"material": 5, "served": 9, "generic": 9, "negated": 10, "misnamed": 9}
CN_IN_ENGLISH = 5  # CN companies written about in English, one per way of writing
US_IN_CHINESE = 5  # US companies written about in Chinese, one per way of writing
CUES = ("cue", "named", "plan")


# ---------------------------------------------------------------------------------------------
# Layout
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
_NOT_AN = ("US", "U.S", "uni", "Uni", "use", "one", "Eu", "eu", "uri", "Uri")


def fix_articles(text: str) -> str:
    """'a' to 'an' before a vowel sound (not before 'US', 'uni…', 'one', 'use', 'uri…')."""

    def swap(m: re.Match) -> str:
        art, word = m.group(1), m.group(2)
        if word[:1] in "aeiouAEIOU" and not word.startswith(_NOT_AN):
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


def make_name(rng: random.Random, side: str, lang: str, place: str, mark: str) -> str:
    if side == "CN" and lang == "zh":
        lead = place if rng.random() < 0.4 else ""
        return lead + "".join(rng.sample(ZH_PARTS, 2)) + rng.choice(ZH_SUFFIX[mark])
    if side == "CN":
        return f"{place} {rng.choice(PINYIN)}{rng.choice(CN_EN_WORD[mark])} Co., Ltd."
    return " ".join(rng.sample(EN_WORDS, rng.choice((1, 1, 2)))) + " " + rng.choice(EN_SUFFIX[mark])


def noun_of(rng: random.Random, chain: str, stage: str, lang: str) -> str:
    return rng.choice(CHAINS[chain][stage][0 if lang == "zh" else 1])  # type: ignore[index]


def want_phrase(rng: random.Random, org: dict, lang: str, kind: str) -> str:
    chain, side, want = org["_chain"], org["side"], org["_want"]
    li = 0 if lang == "zh" else 1
    if kind == "material":
        mat = rng.choice(CHAINS[chain]["material"][li])  # type: ignore[index]
        return rng.choice(MATERIAL_FORMS[side, lang]).format(n=mat)
    n = rng.choice(GENERIC[lang][want]) if kind == "generic" else noun_of(rng, chain, want, lang)
    return fix_articles(rng.choice(WANT_FORMS[side, lang]).format(n=n))


def want_sentence(rng: random.Random, org: dict, lang: str, slots: dict) -> str:
    g = GENRES[org["_genre"]][lang]
    chain, side, stage, want = org["_chain"], org["side"], org["_stage"], org["_want"]
    li = 0 if lang == "zh" else 1

    def choose(pool: tuple[str, ...]) -> str:
        """A template; when the want comes first, one that names the company."""
        if org["_first"]:
            pool = tuple(t for t in pool if NAMES_IT.search(t)) or pool
        return rng.choice(pool)

    if org["_cue"] == "plan":
        cty, cty_adj = COUNTRY[side, lang]
        plan = rng.choice(PLANS[stage, want][lang]).format(
            cty=cty, cty_adj=cty_adj, product=CHAINS[chain]["product"][li],  # type: ignore[index]
            use=CHAINS[chain]["use"][li], mat_own=slots["mat_own"],  # type: ignore[index]
            mat=rng.choice(CHAINS[chain]["material"][li]))  # type: ignore[index]  # fmt: skip
        frame = choose(g["plan"])
        if lang == "en" and frame.split("{plan}")[0].endswith(": "):  # lower case after a colon
            plan = plan[:1].lower() + plan[1:]
        return cap(fix_articles(frame.format(**{**slots, "plan": plan})))
    kind = (
        "material"
        if "material" in org["_hard"]
        else "generic"
        if "generic" in org["_hard"]
        else "trade"
    )
    slots = {**slots, "want": want_phrase(rng, org, lang, kind)}
    slots["want_cap"] = cap(slots["want"])
    pool = MATERIAL_WANT[lang][org["_cue"]] if kind == "material" else g[org["_cue"]]
    return cap(fix_articles(choose(pool).format(**slots)))


def negation_line(rng: random.Random, org: dict, lang: str) -> str:
    stage, want = org["_stage"], org["_want"]
    near = [s for s in ADJACENT[stage] if s != want] or [
        s for s in STAGES if s not in (stage, want)
    ]
    neg = rng.choice(near)
    bare = (
        rng.choice(GENERIC[lang][neg])
        if rng.random() < 0.4
        else noun_of(rng, org["_chain"], neg, lang)
    )
    return rng.choice(NEGATION[lang]).format(
        neg=bare, plural=plural(bare), plural_cap=cap(plural(bare))
    )


def served_line(rng: random.Random, org: dict, lang: str) -> str:
    cstage = rng.choice([c for c in SELLS_TO[org["_stage"]] if c != org["_want"]])
    c1, c2 = rng.sample(CUSTOMERS[lang], 2)
    if lang == "en":
        c1 += rng.choice(("", " Inc.", " & Sons", " Group"))
        c2 += rng.choice(("", " LLC", " Brands"))
    cnoun = noun_of(rng, org["_chain"], cstage, lang)
    return cap(rng.choice(SERVED[lang]).format(c1=c1, c2=c2, k=rng.randrange(6, 60), cnoun=cnoun,
                                               cnoun_pl=plural(cnoun)))  # fmt: skip


END = ("。", "！", "？", ".", "!", "?", "”", ")", "）")
NAMES_IT = re.compile(r"\{(?:it|It|its|Its|name)\}")


def possessive(name: str) -> str:
    return name + ("'" if name.endswith("s") else "'s")


def compose(rng: random.Random, org: dict, used: set[str]) -> None:
    chain, stage, side, lang, hard = (
        org["_chain"],
        org["_stage"],
        org["side"],
        org["_lang"],
        org["_hard"],
    )
    genre = org["_genre"]
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
    pick = rng.randrange(len(zh_n))  # a company's noun and detail go together
    noun, detail = (zh_n, en_n)[li][pick], (zh_d, en_d)[li][pick]
    full, casual, formal = rng.choice(PEOPLE[side, lang])
    direction = "up" if (stage, org["_want"]) in UPSTREAM else "down"
    title = rng.choice(TITLES[lang][direction] + TITLES[lang][direction] + TITLES[lang]["any"])
    year = rng.randrange(1992, 2021)
    year2 = rng.choice((2026, 2027))
    month = rng.randrange(1, 13)
    roll = rng.random()
    first = org["_first"] = roll < 0.3  # the want first: it names the company
    g = GENRES[genre][lang]
    offer_t = rng.choice(g["offer"])
    if name.startswith(place) and "{place}" in offer_t:  # no place twice
        offer_t = rng.choice([t for t in g["offer"] if "{place}" not in t])
    # A person already introduced by the offer is called by a short form later on; one the
    # want introduces gets a full name (and, in Chinese, the title before it).
    known = "{person}" in offer_t and not first
    if lang == "zh":
        who = full if known else title + full
        it = name if first else rng.choice(("该公司", "该企业", "公司"))
    else:
        who = (casual if genre in CASUAL else formal) if known else full
        it = name if first else rng.choice(("the company", "the firm"))
    its = possessive(name) if first else "its"
    slots = {
        "name": name, "it": it, "It": cap(it), "its": its, "Its": cap(its),
        "noun": noun, "detail": detail, "place": place, "year": year, "age": 2026 - year,
        "year2": year2, "month": MONTHS[month - 1], "month_zh": month, "d": rng.randrange(10, 29),
        "k": rng.randrange(12, 40), "m": rng.randrange(3, 10), "pct": rng.randrange(6, 38),
        "person": full, "who": who, "whos": possessive(who), "title": title,
        "staff": rng.choice(STAFF[lang]),
        "mat_own": CHAINS[chain]["material"][li][pick] if stage == "R" else "",  # type: ignore[index]
    }  # fmt: skip
    offer = fix_articles(offer_t.format(**slots))
    want = want_sentence(rng, org, lang, slots)
    org["_want_text"] = want
    wants = [want]
    if "negated" in hard:
        wants.insert(1 if first else rng.randrange(2), negation_line(rng, org, lang))
    body = [offer]
    if rng.random() < 0.45 and len(hard) < 2:
        body.append(fix_articles(rng.choice(g["mid"]).format(**slots)))
    if "served" in hard:
        body.insert(1, served_line(rng, org, lang))
    room = max(0, 3 - len(body) - len(wants) + 1)  # at most seven sentences below the header
    chosen = sorted(rng.sample(range(len(g["tail"])), min(room, rng.choice((0, 1, 1, 2)))))
    tails = [g["tail"][i].format(**slots) for i in chosen]  # in the order the genre has them
    closing = [t[1:] for t in tails if t.startswith("!")]
    tails = [t for t in tails if not t.startswith("!")]
    if first:  # the want first
        parts = wants + body
    elif roll < 0.65 and len(body) > 1:  # after the offer, before a neutral line or the customers
        parts = [body[0], *wants, *body[1:]]
    else:  # last
        parts = body + wants
    org["_position"] = (
        "first" if first else "middle" if parts[-1] not in wants and len(body) > 1 else "last"
    )
    parts += tails + closing  # trailing lines (verdict, disclaimer, sign-off) always close the text
    head = rng.choice(g["head"]).format(**slots) if rng.random() < 0.55 else None
    lined = rng.random() < (0.6 if genre in LINED else 0.3)
    sep = "\n" if lined else ("" if lang == "zh" else " ")
    n_body = len(parts) - len(tails) - len(closing)
    text = parts[0]
    for i, (prev, part) in enumerate(itertools.pairwise(parts), start=1):
        run_on = prev.endswith(END) and "\n" not in part and "\n" not in prev and i < n_body
        text += (sep if run_on else "\n") + part
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
    for side in PREFIX:  # ways of writing evenly per side; the kinds of want evenly per way
        group = [o for o in orgs if o["side"] == side]
        labels = [genres[i % len(genres)] for i in range(len(group))]
        rng.shuffle(labels)
        for o, g in zip(group, labels, strict=True):
            o["_genre"], o["_lang"] = g, ("zh" if side == "CN" else "en")
        i = 0
        for g in genres:
            members = [o for o in group if o["_genre"] == g]
            cues = [CUES[(i + j) % 3] for j in range(len(members))]
            i += len(members)
            rng.shuffle(cues)
            for o, c in zip(members, cues, strict=True):
                o["_cue"] = c
        other, n_other = ("en", CN_IN_ENGLISH) if side == "CN" else ("zh", US_IN_CHINESE)
        for g in rng.sample(genres, n_other):  # one writer of the other language per way
            rng.choice([o for o in group if o["_genre"] == g])["_lang"] = other
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
    r"\b[Aa] (?!US\b|U\.S|uni|one\b|use|uri)[aeiouAEIOU]|\b[Aa]n (?=US\b|uni|one\b|uri)"
)


def count_sentences(text: str) -> int:
    """Lines, and sentences within a line (an initial or an abbreviation is no end)."""
    n = 0
    for raw in text.split("\n"):
        parts = re.split(
            r"[。！？]|(?<!\b[A-Z]\.)(?<!\bNo\.)(?<!\bCo\.)(?<!\bInc\.)(?<=[.?!])\s+(?=[A-Z“])",
            raw.strip(),
        )
        n += sum(1 for x in parts if x.strip(' ”"）)'))
    return n


def check(profiles: dict, gold: dict, orgs: list[dict]) -> None:
    """Refuse to write a set that breaks its own rules."""
    assert len(CHAINS) == 10 and not set(CHAINS) & EARLIER_CHAINS
    ids = [o["id"] for o in profiles["organizations"]]
    assert len(ids) == len(set(ids)) == 110
    assert sum(i.startswith(PREFIX["CN"]) for i in ids) == 40
    assert sum(i.startswith(PREFIX["US"]) for i in ids) == 70
    own_ids = re.compile('"(?:' + PREFIX["CN"] + "|" + PREFIX["US"] + r")\d")
    for other in HERE.glob("roles_*.json"):  # the prefixes are this set's alone
        if not other.name.startswith(NAME):
            assert not own_ids.search(other.read_text("utf-8")), other.name
    assert set(gold["roles"]) == set(ids) == set(gold["split"])
    names = [next(iter(o["name"].values())) for o in orgs]
    assert len(names) == len(set(names)), "duplicate company names"
    by_id = {o["id"]: o for o in orgs}
    for o in orgs:
        ((lang, text),) = o["description"].items()
        assert set(o["name"]) == {lang} == {o["_lang"]}
        assert ".。" not in text and "。。" not in text, text
        assert text.strip() and "{" not in text and "}" not in text and not text.startswith("!"), (
            text
        )
        assert not CODE.search(text) and not BANNED.search(text), text
        assert not any(key in text.lower() for key in CHAINS), text
        below = text.split("\n", 1)[1] if o["_headed"] else text
        assert 1 <= count_sentences(below) <= 7, (count_sentences(below), text)
        if lang == "en":
            assert not HAN.search(text) and not BAD_ARTICLE.search(text), text
        else:
            rest = text.replace(o["name"][lang], "")  # a US firm keeps its English name
            for full, _, _ in PEOPLE[o["side"], lang]:
                rest = rest.replace(full, "")
            assert len(HAN.findall(rest)) > len(re.findall(r"[A-Za-z]", rest)), text
        want = o["_want_text"]
        cued = any(w in want.lower() for w in CUE_WORDS[lang])
        assert cued == (o["_cue"] == "cue"), (o["_cue"], want)
        if o["_cue"] == "plan":  # no noun of the stage sought
            nouns = [*CHAINS[o["_chain"]][o["_want"]][0], *CHAINS[o["_chain"]][o["_want"]][1],  # type: ignore[index]
                     *GENERIC["zh"][o["_want"]], *GENERIC["en"][o["_want"]]]  # fmt: skip
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
            assert len(t["offer"]) >= 6 and all(len(t[c]) >= 4 for c in CUES), (genre, lang)
            assert len(t["mid"]) >= 4, (genre, lang)
            if lang == "zh":  # the English possessive has no place in Chinese text
                assert not any(
                    "{its}" in x or "{Its}" in x or "{whos}" in x for v in t.values() for x in v
                )
            for c in ("named", "plan"):  # cue words only in the first kind of want
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
        assert max(per_cue.values()) - min(per_cue.values()) <= 1, per_cue
    assert Counter(c for o in orgs for c in o["_hard"]) == HARD_QUOTA
    assert all((o["_stage"], o["_want"]) == ("M", "R") for o in orgs if "material" in o["_hard"])


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
        "way/language:", dict(sorted(Counter(f"{o['_genre']}/{o['_lang']}" for o in orgs).items()))
    )
    print("side/way:", dict(sorted(Counter(f"{o['side']}/{o['_genre']}" for o in orgs).items())))
    print(
        "side/want kind:", dict(sorted(Counter(f"{o['side']}/{o['_cue']}" for o in orgs).items()))
    )
    print("side/stage:", dict(sorted(Counter(f"{o['side']}/{o['_stage']}" for o in orgs).items())))
    print("stage>want:", dict(sorted(Counter(f"{o['_stage']}>{o['_want']}" for o in orgs).items())))
    print("hard cases:", dict(Counter(c for o in orgs for c in o["_hard"])))
    print("want position:", dict(Counter(o["_position"] for o in orgs)))


if __name__ == "__main__":
    main()
