# ruff: noqa: E501  (sentence templates and chain vocabularies are data; wrapping them hurts reading)
"""Write the twenty-seventh held-out ROLE set: ``roles_holdout27.json`` / ``roles_holdout27_gold.json``.

    python bench/recommend/make_holdout27.py

Written blind by a helper session that neither read nor ran the recommender engine: nothing
under ``src/`` or ``docs/``, no README, no results, no evaluation, fitting, study or comparison
script, no corpus generator past its module docstring. Only ``make_holdout26.py`` was read in
full (for the file format, the construction and the style) and the module docstrings of the
other ``make_holdout*.py`` / ``make_corpus*.py`` (to keep the ways of writing new); everything
here (chains, templates, ways of writing, names) was written anew. The products were checked
against the list of chain keys given (``_EARLIER``), and their key words (English and Chinese)
searched with ``grep -il`` over ``make_*.py``, ``roles_*.json``, ``profiles.json`` and
``validation.json``, printing only file names: the Chinese words matched nothing, the English
ones only earlier docstrings naming them as dropped candidates ("bird feeder", "hammock", "music
box") or other words containing them ("exchanger", "wire harness"). The id prefixes ``mcn`` /
``mus`` occur in no other ``roles_*.json``. Nothing may be fitted or tuned on this set.

Standard library only and deterministic (``random.Random(SEED)``); it imports no other generator.

* Ten value chains from pets, garden, leisure and household goods, none in any earlier set:
  dog harnesses, cat trees, aquarium heaters (pet supplies); bird feeders, rain barrels (lawn
  and garden); hammocks (outdoor leisure); wooden and velvet clothes hangers, humidifiers
  (household goods); music boxes, playing cards (leisure goods). Stages: R raw material or key
  component (nylon webbing mill, sisal rope mill, quartz glass tube maker, cedar board mill,
  HDPE resin producer, cotton rope mill, hanger blank mill, ultrasonic atomizer disc maker,
  music box movement maker, black-core card stock mill…), M maker, D distributor / importer /
  wholesaler, E end buyer or user (pet store chain, guide dog school, cat café chain, public
  aquarium, garden center chain, water utility, beach resort group, dry cleaning chain, baby
  store chain, museum store operator, card room chain, magic shop chain…). Each company is at
  one stage and seeks an adjacent one (R seeks M; M seeks R, D or E; D seeks M or E; E seeks M
  or D). Chains of one sector stand beside each other (three of pet supplies, two each of lawn
  and garden, household goods and leisure goods).
* 40 Chinese (CN) and 70 US companies, 4 and 7 per chain, ids ``mcn001``… and ``mus001``…
  shuffled within each side. A CN and a US company are gold partners when they are in the same
  chain and each one's stage is what the other seeks. Every CN company has a gold US partner;
  beside it the US side holds a competitor (same stage, same want), a company offering what it
  seeks but seeking something else, and one wanting its product but offering nothing it seeks
  (where the stages allow one), then the rest of the chain at random.
* CN companies are written about in mainland business Chinese (five of them in English, one
  per way of writing); US companies in English (five of them in Chinese, one per way of
  writing: a Chinese-language paper, account, alumni office or case writer describing a US
  firm). Free text only: no stage or role codes.
* Five ways of writing, all by a third party describing the company in passing, none used by
  an earlier set (their docstrings list trade-fair and exhibitor entries, member directories,
  LinkedIn pages and posts, WeChat group and Moments posts, reviews and testimonials, press
  releases, chamber newsletters, trade-journal features, job postings and more; so of the
  suggestions given, the B2B review answered by the company, the organiser's exhibitor
  directory entry and the "we're hiring / looking for partners" update were replaced), each in
  both languages, 22 documents each (8 CN, 14 US): a local newspaper's business-column brief
  (本报讯 / dateline, the manager quoted); an excerpt of an industry WeChat official-account
  article (公众号: 阅读/在看, 点击上方蓝字) or, in English, of an independent trade newsletter;
  a "people on the move" appointment notice (人事动态 / 履新: the new executive's remit carries
  the want); an excerpt of a business-school teaching case (案例正文, 思考题, exhibits: the
  want as the protagonist's decision); and an alumni class note (校友动态 / CLASS NOTES: an
  alumnus's company and what they ask classmates to help find). Per way and language: six offer
  templates and three to four of each kind of want.
* Three kinds of want, evenly over each side and each way of writing: with a verb of seeking
  ("寻找", "寻求", "物色", "在找", "looking for", "seek", "find", "search"); naming the partner
  without one (a quotation, a question, a condition, a wish list, a discussion question, a remit);
  or only implied by a plan that names no role of the partner. The generator checks that cue
  words occur in exactly the first kind and that plans name no noun, specific or generic, of the
  stage sought.
* Hard cases, each in several documents: customers already served named in the offer (of a
  stage other than the one sought), negated wants ("目前不找…", "…are not on the list this
  time"), role words in company names that differ from the company's stage, wants naming only
  a generic role and the country, a maker's want named by its input material; the want first
  (then naming the company), in the middle or last; third-person voice throughout, with
  quotations; headers, bylines, read counts, exhibits and sign-offs as filler.
"""

from __future__ import annotations

import itertools
import json
import random
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20270527
NAME = "roles_holdout27"
PREFIX = {"CN": "mcn", "US": "mus"}

# Chain keys used by earlier sets (as given to this helper); none may be used here.
_EARLIER = (
    "aerosolcan aerostat agdrone airfilter airfryer aligner almond am amenity animation aquafilter "
    "archery artflower backpack badmintonshuttle baijiu bamboo barcode bearing bed beef beer "
    "bellowsbox berry bicycle billiards biobag birdsnest blinds boardgame boba boiler bonsaitray "
    "bottle bowling bpmonitor brake bridal cabinet cable camper candle carpet cart carton carwash "
    "cashmere casket catheter catlitter ceilingfan cement centrifuge cfrp chair charging chessset "
    "choppingboard chopstick cider climbhold clipper cnc cocoa coffee coldchain compressor cone "
    "conveyor cookware cosmetics costume countertop countingframe crayon croquetset crucible crusher "
    "cuirass cup dairy dartboardset dashcam deicer dentalunit desal desk dialyzer diaper dinnerware "
    "dressing driedfruit drillbit drip drone dryer drywall dumpling duvet earbuds ebike ebus egg "
    "electrode electrolyser elevator energydrink epoxy evcharger excavator extinguisher eyelash "
    "eyewear fastener faucet fertilizer fgmesh film firework flatglass flour foldfan footwear "
    "forklift formula fountainpen fries frozenveg furniture gardenstatue garlic garment gearbox "
    "generics ginseng glove golf greenhouse greentea greetingcard grindwheel guitar gummy h2tank "
    "hairdryer hairdye handbag hearingaid heatexchanger heatpump heavybag helmet hoist honey hose "
    "hotsauce hottub hullcraft hydcyl hydrant icecream iceskate imaging implant incense indgas ink "
    "insulator intumescent inverter ivd jewelry jigsawpuzzle juice karaokeset kayak keg keypad "
    "kitecraft knife kscope ladder lanyard laundry lcdmodule led ledstreet lithium localization "
    "locker loyly lubricant luggage magnet magnetwire mahjongtiles marimbawood marinerope marotte "
    "massagechair mattress medal meddev microscope mlcc mold motor mountform mouthharp mower "
    "mushroom nailpolish netpen noodle nuts nylonyarn oatmilk oliveoil oring oven padlock paint "
    "pallet pasta pcb peach pencil perfume petfood phonecase piano pickle pickleball pictureframe "
    "pillow pingpong pipe pipette piste popcorn posterminal pouch powerchip powertool printing pump "
    "pv racking radiator railcar razor reagent rebar reefer rice ricecooker ricenoodle robot "
    "robotarm robovac rollerchain roofing saddle sandwichpanel sanitizer sausage sawblade scaffold "
    "scooter scrubs seafood sealant seating seaweed sesameoil sewing shampoo shockabsorber silk "
    "sink smartlock snowchain snowpaw socks solarheater soy soysauce sparkplug spcfloor spice "
    "sportswear spring startelescope storage stretchfilm stroller sugar sunglasses sunscreen "
    "surfboard suture swimwear syringe tackle tamtam tape tea tennisracket tent terrestrial "
    "thermostat tile toothbrush towel toy trampoline transformer treadmill trekpole truckscale tuna "
    "turf turnout tyre ukulelekit umbrella valve vase vending vetvax vinegar violin visioncam "
    "vitamin wallcovering wallet walnut wastecart wastewater watch water watermeter waxwrap "
    "weldwire wheelchair wig wind windcock window wine wiperblade wrench xmastree yogamat zipper"
)
EARLIER_CHAINS = set(_EARLIER.split())

# ---------------------------------------------------------------------------------------------
# Chains. Per chain: sector (zh, en); product (zh, en; English plural) and what its end users do
# with it (zh, en; a relative-clause verb phrase), both for the wants only implied by a plan; per
# stage (zh nouns, en nouns, zh details, en details), the i-th detail going with the i-th noun;
# the material each R noun supplies (aligned with the R nouns); Chinese places (zh, en). The keys
# are words no description can contain.
# ---------------------------------------------------------------------------------------------
CHAINS: dict[str, dict[str, object]] = {
    "dogharness": {
        "sector": ("宠物用品", "pet supplies"),
        "product": ("狗胸背带", "dog harnesses"),
        "use": ("天天和狗打交道", "work with dogs all day"),
        "R": (("尼龙织带厂", "宠物扣具厂", "透气网布厂"),
              ("nylon webbing mill", "pet buckle maker", "air mesh fabric mill"),
              ("织带年产8000万米，宽10到50毫米", "扣具年产1.2亿件，塑料、铝合金都有", "网布年产600万米，主要做宠物背心和胸背带"),
              ("80 million m of webbing a year, 10 to 50 mm wide", "120 million buckles a year in plastic and aluminum", "6 million m of mesh a year, mostly for pet vests and harnesses")),
        "M": (("狗胸背带工厂", "宠物牵引用品制造商", "胸背带OEM工厂"),
              ("dog harness factory", "dog walking gear maker", "dog harness OEM"),
              ("年产胸背带450万条，尺码XS到XXL", "车缝工人320人，反光条全部自己缝", "可做贴牌，起订量500条"),
              ("4.5 million harnesses a year, sizes XS to XXL", "320 sewers, reflective trim stitched in-house", "private-label runs from 500 pieces")),
        "D": (("狗用品进口商", "狗用品批发商", "宠物牵引品牌代理商"),
              ("dog gear importer", "dog supplies wholesaler", "dog walking brand distributor"),
              ("客户宠物店2600家", "常备狗用品9000种", "年出货胸背带60万条"),
              ("2,600 pet shop accounts", "9,000 dog items in stock", "600,000 harnesses shipped a year")),
        "E": (("宠物店连锁", "狗狗日托连锁", "导盲犬训练学校"),
              ("pet store chain", "dog daycare chain", "guide dog school"),
              ("门店320家，胸背带常年是牵引区的主力", "门店45家，每天接待狗狗3000只", "在训犬只180只，每年毕业90对"),
              ("320 stores where harnesses anchor the leash aisle", "45 locations and 3,000 dogs a day", "180 dogs in training and 90 teams graduated a year")),
        "material": (("尼龙织带", "宠物扣具", "透气网布"), ("nylon webbing", "pet buckles", "air mesh fabric")),
        "places": (("南通", "平湖", "临沂"), ("Nantong", "Pinghu", "Linyi")),
    },
    "cattree": {
        "sector": ("宠物用品", "pet supplies"),
        "product": ("猫爬架", "cat trees"),
        "use": ("天天跟猫打交道", "look after cats all day"),
        "R": (("剑麻绳厂", "短毛绒面料厂", "瓦楞猫抓板厂"),
              ("sisal rope mill", "short-pile plush mill", "corrugated scratcher maker"),
              ("剑麻绳年产1.5万吨，直径6到12毫米", "短毛绒年产1200万米", "猫抓板芯年产3000万片"),
              ("15,000 t of sisal rope a year, 6 to 12 mm", "12 million m of short-pile plush a year", "30 million scratcher cores a year")),
        "M": (("猫爬架工厂", "猫家具制造商", "猫爬架OEM工厂"),
              ("cat tree factory", "cat furniture maker", "cat tree OEM"),
              ("年产猫爬架180万套，高40到190厘米", "木工和缝纫工人260人", "可做贴牌，起订量200套"),
              ("1.8 million cat trees a year, 40 to 190 cm tall", "260 carpenters and sewers", "private-label runs from 200 units")),
        "D": (("猫爬架进口商", "猫用品批发商", "猫用品品牌代理商"),
              ("cat tree importer", "cat supplies wholesaler", "cat brand distributor"),
              ("客户门店1400家", "常备猫爬架380款", "年出货猫爬架22万套"),
              ("1,400 store accounts", "380 cat tree models in stock", "220,000 cat trees shipped a year")),
        "E": (("猫咖连锁", "猫咪寄养连锁", "流浪猫救助网络"),
              ("cat café chain", "cat boarding chain", "cat rescue network"),
              ("门店38家，店猫600只", "门店26家，年接待寄养猫4万只次", "合作救助站140个，年救助猫1.2万只"),
              ("38 cafés and 600 resident cats", "26 locations and 40,000 cat stays a year", "140 partner shelters and 12,000 cats rescued a year")),
        "material": (("剑麻绳", "短毛绒面料", "瓦楞猫抓板芯"), ("sisal rope", "short-pile plush", "corrugated scratcher cores")),
        "places": (("菏泽", "湖州", "莆田"), ("Heze", "Huzhou", "Putian")),
    },
    "aquaheater": {
        "sector": ("宠物用品", "pet supplies"),
        "product": ("鱼缸加热棒", "aquarium heaters"),
        "use": ("靠鱼缸做生意", "keep fish tanks running for a living"),
        "R": (("石英玻璃管厂", "电热丝厂", "温控芯片厂"),
              ("quartz glass tube maker", "heating wire mill", "temperature controller chip maker"),
              ("石英管年产2000万支", "电热丝年产3000吨", "温控芯片年出货8000万颗"),
              ("20 million quartz tubes a year", "3,000 t of heating wire a year", "80 million controller chips shipped a year")),
        "M": (("加热棒工厂", "水族电器制造商", "加热棒OEM工厂"),
              ("aquarium heater factory", "aquarium equipment maker", "aquarium heater OEM"),
              ("年产加热棒600万支，25到500瓦", "研发工程师40人，防爆款占六成", "可做贴牌，起订量1000支"),
              ("6 million heaters a year, 25 to 500 W", "40 engineers, six in ten models shatterproof", "private-label runs from 1,000 units")),
        "D": (("水族用品进口商", "水族器材批发商", "水族品牌代理商"),
              ("aquarium supply importer", "aquarium equipment wholesaler", "aquarium brand distributor"),
              ("客户水族店2100家", "常备水族器材5200种", "年出货加热棒35万支"),
              ("2,100 fish store accounts", "5,200 aquarium items in stock", "350,000 heaters shipped a year")),
        "E": (("水族店连锁", "海洋馆", "鱼缸维护公司"),
              ("aquarium store chain", "public aquarium", "fish tank maintenance company"),
              ("门店85家", "展缸240个，水体2800吨", "签约维护鱼缸4600个"),
              ("85 stores", "240 exhibit tanks holding 2,800 t of water", "4,600 tanks under service contract")),
        "material": (("石英玻璃管", "电热丝", "温控芯片"), ("quartz glass tubes", "heating wire", "temperature controller chips")),
        "places": (("中山", "佛山", "揭阳"), ("Zhongshan", "Foshan", "Jieyang")),
    },
    "birdfeeder": {
        "sector": ("庭院园艺", "lawn and garden"),
        "product": ("喂鸟器", "bird feeders"),
        "use": ("面向后院观鸟人群做生意", "keep backyard birders supplied"),
        "R": (("雪松板材厂", "喂鸟器透明管厂", "防松鼠挡板厂"),
              ("cedar board mill", "clear feeder tube extruder", "squirrel baffle maker"),
              ("雪松板年产4万立方米", "透明管年产1500万支", "挡板年产90万只"),
              ("40,000 m³ of cedar boards a year", "15 million clear tubes a year", "900,000 baffles a year")),
        "M": (("喂鸟器工厂", "鸟屋喂鸟器制造商", "喂鸟器OEM工厂"),
              ("bird feeder factory", "birdhouse and feeder maker", "bird feeder OEM"),
              ("年产喂鸟器380万只，管式、平台式都有", "木工师傅150人", "可做贴牌，起订量300只"),
              ("3.8 million feeders a year, tube and platform styles", "150 woodworkers", "private-label runs from 300 units")),
        "D": (("观鸟用品进口商", "喂鸟器批发商", "庭院观鸟品牌代理商"),
              ("wild bird supply importer", "bird feeder wholesaler", "backyard birding brand distributor"),
              ("客户门店1700家", "常备喂鸟器520款", "年出货喂鸟器40万只"),
              ("1,700 store accounts", "520 feeder models in stock", "400,000 feeders shipped a year")),
        "E": (("园艺中心连锁", "观鸟用品专卖店连锁", "自然教育中心"),
              ("garden center chain", "wild bird store chain", "nature center"),
              ("门店64家，喂鸟器常年占一整面墙", "门店110家", "年接待访客15万人，园区喂食点80个"),
              ("64 stores with a full wall of feeders", "110 stores", "150,000 visitors a year and 80 feeding stations on the grounds")),
        "material": (("雪松板", "喂鸟器透明管", "防松鼠挡板"), ("cedar boards", "clear feeder tubes", "squirrel baffles")),
        "places": (("漳州", "丽水", "宁国"), ("Zhangzhou", "Lishui", "Ningguo")),
    },
    "rainbarrel": {
        "sector": ("庭院园艺", "lawn and garden"),
        "product": ("集雨桶", "rain barrels"),
        "use": ("推动家家户户收集雨水", "get households collecting rainwater"),
        "R": (("HDPE树脂厂", "雨水分流器厂", "集雨桶龙头厂"),
              ("HDPE resin producer", "downspout diverter maker", "rain barrel spigot maker"),
              ("HDPE树脂年产25万吨，有滚塑级牌号", "分流器年产200万套", "龙头年产500万只"),
              ("250,000 t of HDPE a year, rotomolding grades included", "2 million diverter kits a year", "5 million spigots a year")),
        "M": (("集雨桶工厂", "滚塑制品厂", "集雨桶OEM工厂"),
              ("rain barrel factory", "rotomolding plant", "rain barrel OEM"),
              ("年产集雨桶70万只，容量190到400升", "滚塑机24台，集雨桶占产量七成", "可做贴牌和定制颜色，起订量200只"),
              ("700,000 barrels a year, 50 to 105 gallons", "24 rotomolding machines, seven in ten running rain barrels", "private-label and custom-color runs from 200 units")),
        "D": (("集雨桶进口商", "节水产品批发商", "集雨桶经销商"),
              ("rain barrel importer", "water-saving products wholesaler", "rain barrel dealer"),
              ("合作节水项目60个", "常备节水产品900种，集雨桶是主力", "年出货集雨桶9万只"),
              ("60 conservation programs served", "900 water-saving items in stock, rain barrels first among them", "90,000 barrels shipped a year")),
        "E": (("城市供水公司", "雨洪治理工程公司", "社区菜园联盟"),
              ("water utility", "stormwater program contractor", "community garden network"),
              ("服务用户42万户，每年发放集雨桶补贴", "年承接雨水收集项目70个", "成员菜园260个"),
              ("420,000 customers and a yearly rain barrel rebate", "70 rainwater harvesting projects a year", "260 member gardens")),
        "material": (("HDPE树脂", "雨水分流器", "集雨桶龙头"), ("HDPE resin", "downspout diverters", "rain barrel spigots")),
        "places": (("常州", "余姚", "宿迁"), ("Changzhou", "Yuyao", "Suqian")),
    },
    "hamaca": {
        "sector": ("户外休闲", "outdoor leisure"),
        "product": ("吊床", "hammocks"),
        "use": ("给客人挂吊床、供人躺着休息", "hang hammocks for guests to lounge in"),
        "R": (("棉绳厂", "降落伞布厂", "吊床支架厂"),
              ("cotton rope mill", "parachute nylon mill", "hammock stand maker"),
              ("棉绳年产6000吨", "伞布年产800万米，210T规格为主", "支架年产50万个"),
              ("6,000 t of cotton rope a year", "8 million m of 210T parachute nylon a year", "500,000 stands a year")),
        "M": (("吊床工厂", "手工编织吊床工坊", "吊床OEM工厂"),
              ("hammock factory", "handwoven hammock workshop", "hammock OEM"),
              ("年产吊床260万张，单人、双人都有", "编织工人200人，每张手工打结", "可做贴牌，起订量300张"),
              ("2.6 million hammocks a year, single and double", "200 weavers, every hammock knotted by hand", "private-label runs from 300 pieces")),
        "D": (("吊床进口商", "户外休闲用品批发商", "吊床品牌代理商"),
              ("hammock importer", "outdoor leisure wholesaler", "hammock brand distributor"),
              ("客户门店1300家", "常备吊床260款", "年出货吊床30万张"),
              ("1,300 store accounts", "260 hammock models in stock", "300,000 hammocks shipped a year")),
        "E": (("海岛度假村集团", "精品露营地连锁", "城市公园管理处"),
              ("beach resort group", "glamping site chain", "city parks department"),
              ("旗下度假村12家，泳池边吊床年年换新", "营地40个", "辖区公园210个，吊床区32处"),
              ("12 resorts whose poolside hammocks are replaced every year", "40 sites", "210 parks with 32 hammock groves")),
        "material": (("棉绳", "降落伞布", "吊床支架"), ("cotton rope", "parachute nylon", "hammock stands")),
        "places": (("宁海", "遂昌", "玉环"), ("Ninghai", "Suichang", "Yuhuan")),
    },
    "coathanger": {
        "sector": ("家居用品", "household goods"),
        "product": ("衣架", "clothes hangers"),
        "use": ("每天成千上万件地挂衣服", "hang garments by the thousand every day"),
        "R": (("荷木衣架坯料厂", "衣架挂钩厂", "植绒粉厂"),
              ("hanger blank mill", "hanger hook maker", "flocking powder maker"),
              ("荷木坯料年产3万立方米", "挂钩年产6亿只，镀铬、镀金都有", "植绒粉年产4000吨"),
              ("30,000 m³ of lotus-wood blanks a year", "600 million hooks a year, chrome and gold finish", "4,000 t of flocking powder a year")),
        "M": (("衣架厂", "植绒衣架制造商", "衣架OEM工厂"),
              ("hanger factory", "velvet hanger maker", "hanger OEM"),
              ("年产衣架2.4亿只，木质、塑料、植绒都有", "植绒线14条，注塑机80台", "可印店标，起订量5000只"),
              ("240 million hangers a year in wood, plastic and velvet", "14 flocking lines and 80 molding machines", "logo-printed runs from 5,000 pieces")),
        "D": (("衣架进口商", "陈列用品批发商", "衣架代理商"),
              ("hanger importer", "store fixture wholesaler", "hanger distributor"),
              ("客户门店4800家", "常备衣架款式700种", "年出货衣架3000万只"),
              ("4,800 store accounts", "700 hanger styles in stock", "30 million hangers shipped a year")),
        "E": (("服装零售连锁", "干洗店连锁", "酒店集团"),
              ("apparel retail chain", "dry cleaning chain", "hotel group"),
              ("门店620家，每年换新衣架800万只", "门店210家，每天挂出衣物4万件", "旗下酒店95家，每间客房配衣架12只"),
              ("620 stores going through 8 million hangers a year", "210 stores and 40,000 garments hung a day", "95 hotels with 12 hangers in every room")),
        "material": (("荷木衣架坯料", "衣架挂钩", "植绒粉"), ("wooden hanger blanks", "hanger hooks", "flocking powder")),
        "places": (("庆元", "东莞", "桂平"), ("Qingyuan", "Dongguan", "Guiping")),
    },
    "mistmaker": {
        "sector": ("家居用品", "household goods"),
        "product": ("加湿器", "humidifiers"),
        "use": ("一入冬就要给室内加湿", "need moister indoor air every winter"),
        "R": (("超声波雾化片厂", "加湿器水箱注塑厂", "加湿滤芯厂"),
              ("ultrasonic atomizer disc maker", "humidifier tank molder", "wick filter maker"),
              ("雾化片年产1亿片", "水箱年产800万只", "滤芯年产2000万片"),
              ("100 million atomizer discs a year", "8 million water tanks a year", "20 million wick filters a year")),
        "M": (("加湿器工厂", "加湿器制造商", "加湿器OEM工厂"),
              ("humidifier factory", "humidifier maker", "humidifier OEM"),
              ("年产加湿器900万台，3到6升", "研发工程师90人", "可做贴牌，起订量1000台"),
              ("9 million humidifiers a year, 3 to 6 liters", "90 engineers", "private-label runs from 1,000 units")),
        "D": (("加湿器进口商", "家电批发商", "加湿器品牌代理商"),
              ("humidifier importer", "home appliance wholesaler", "humidifier brand distributor"),
              ("客户门店3100家", "加湿器常备型号150个", "年出货加湿器80万台"),
              ("3,100 store accounts", "150 humidifier models in stock", "800,000 humidifiers shipped a year")),
        "E": (("母婴用品连锁", "家居百货连锁", "联合办公空间运营商"),
              ("baby store chain", "home goods chain", "coworking operator"),
              ("门店540家，加湿器是秋冬主推品", "门店230家，加湿器是冬季头号单品", "运营办公空间88处，每层都配加湿器"),
              ("540 stores where humidifiers lead the fall lineup", "230 stores, humidifiers the top winter item", "88 spaces with humidifiers on every floor")),
        "material": (("超声波雾化片", "加湿器水箱", "加湿滤芯"), ("ultrasonic atomizer discs", "humidifier water tanks", "wick filters")),
        "places": (("慈溪", "顺德", "江门"), ("Cixi", "Shunde", "Jiangmen")),
    },
    "musicbox": {
        "sector": ("文娱用品", "leisure goods"),
        "product": ("八音盒", "music boxes"),
        "use": ("把八音盒卖给游客和送礼的人", "sell music boxes to visitors and gift shoppers"),
        "R": (("八音盒机芯厂", "八音盒木盒坯厂", "树脂小摆件厂"),
              ("music box movement maker", "music box case blank maker", "resin figurine maker"),
              ("机芯年产3000万只，18音到72音", "木盒坯年产500万只", "摆件年产800万件"),
              ("30 million movements a year, 18 to 72 notes", "5 million wooden case blanks a year", "8 million figurines a year")),
        "M": (("八音盒工厂", "音乐盒制造商", "八音盒OEM工厂"),
              ("music box factory", "music box maker", "music box OEM"),
              ("年产八音盒600万只", "手工调音师傅30人", "可定制曲目，起订量500只"),
              ("6 million music boxes a year", "30 tuners working by hand", "custom-tune runs from 500 units")),
        "D": (("八音盒进口商", "礼品批发商", "八音盒代理商"),
              ("music box importer", "giftware wholesaler", "music box distributor"),
              ("客户礼品店2400家", "常备曲目和款式1100种，八音盒是常备品类", "年出货八音盒45万只"),
              ("2,400 gift shop accounts", "1,100 tunes and styles in stock, music boxes a standing category", "450,000 music boxes shipped a year")),
        "E": (("博物馆商店运营商", "主题乐园", "百货公司集团"),
              ("museum store operator", "theme park", "department store group"),
              ("运营博物馆商店34家，八音盒常年畅销", "年接待游客900万人次，园内礼品店60家", "门店48家，八音盒柜台一年卖6万只"),
              ("34 museum stores where music boxes always sell", "9 million visitors a year and 60 gift shops in the park", "48 stores selling 60,000 music boxes a year")),
        "material": (("八音盒机芯", "八音盒木盒坯", "树脂摆件"), ("music box movements", "wooden case blanks", "resin figurines")),
        "places": (("宁波", "东阳", "汕头"), ("Ningbo", "Dongyang", "Shantou")),
    },
    "playingcard": {
        "sector": ("文娱用品", "leisure goods"),
        "product": ("扑克牌", "playing cards"),
        "use": ("每天都要用掉大量扑克牌", "go through decks of cards every day"),
        "R": (("黑芯纸厂", "PVC卡片膜厂", "扑克牌盒印刷厂"),
              ("black-core card stock mill", "PVC card film maker", "tuck box printer"),
              ("黑芯纸年产5万吨，克重300到330克", "卡片膜年产1.5万吨", "牌盒年印2亿只"),
              ("50,000 t of black-core stock a year, 300 to 330 g/m²", "15,000 t of card film a year", "200 million tuck boxes printed a year")),
        "M": (("扑克牌厂", "扑克牌印制企业", "扑克牌OEM工厂"),
              ("playing card factory", "playing card printer", "playing card OEM"),
              ("年产扑克牌3亿副", "印刷线12条，塑料牌、纸牌都做", "可印定制牌背，起订量1000副"),
              ("300 million decks a year", "12 printing lines for paper and plastic cards", "custom-back runs from 1,000 decks")),
        "D": (("扑克牌进口商", "桌游牌具批发商", "扑克牌代理商"),
              ("playing card importer", "games and cards wholesaler", "playing card distributor"),
              ("客户门店3500家", "常备扑克牌900款", "年出货扑克牌2000万副"),
              ("3,500 store accounts", "900 card decks in stock", "20 million decks shipped a year")),
        "E": (("棋牌室连锁", "桥牌俱乐部", "魔术用品店连锁"),
              ("card room chain", "bridge club", "magic shop chain"),
              ("门店160家，牌桌2400张", "会员1100人，每周比赛4场", "门店70家，扑克牌是店里卖得最好的道具"),
              ("160 rooms and 2,400 tables", "1,100 members and four games a week", "70 stores where playing cards are the best-selling prop")),
        "material": (("黑芯纸", "PVC卡片膜", "扑克牌盒"), ("black-core card stock", "PVC card film", "tuck boxes")),
        "places": (("松江", "德清", "徐州"), ("Songjiang", "Deqing", "Xuzhou")),
    },
}  # fmt: skip

STAGES = "RMDE"
ADJACENT = {"R": ("M",), "M": ("R", "D", "E"), "D": ("M", "E"), "E": ("M", "D")}
SELLS_TO = {"R": ("M",), "M": ("D", "E"), "D": ("E",), "E": ()}
ROLES = [(s, w) for s in STAGES for w in ADJACENT[s]]
UPSTREAM = {("M", "R"), ("D", "M"), ("E", "M"), ("E", "D")}  # the company buys from what it seeks

US_PLACES = (("俄亥俄州代顿", "Dayton, Ohio"), ("俄勒冈州尤金", "Eugene, Oregon"), ("佐治亚州梅肯", "Macon, Georgia"),
             ("北卡罗来纳州格林斯伯勒", "Greensboro, North Carolina"), ("明尼苏达州罗切斯特", "Rochester, Minnesota"),
             ("艾奥瓦州得梅因", "Des Moines, Iowa"), ("肯塔基州列克星敦", "Lexington, Kentucky"), ("缅因州波特兰", "Portland, Maine"),
             ("爱达荷州博伊西", "Boise, Idaho"), ("犹他州普罗沃", "Provo, Utah"), ("弗吉尼亚州罗阿诺克", "Roanoke, Virginia"),
             ("密苏里州斯普林菲尔德", "Springfield, Missouri"), ("俄克拉何马州塔尔萨", "Tulsa, Oklahoma"), ("内华达州里诺", "Reno, Nevada"))  # fmt: skip

# Generic role nouns, for wants naming only the role and the country, and for negations.
GENERIC = {
    "zh": {"R": ("原材料供应商", "上游厂家"), "M": ("生产商", "工厂", "制造企业"),
           "D": ("经销商", "分销商", "进口商"), "E": ("终端用户", "最终买家", "使用单位")},
    "en": {"R": ("raw material supplier", "upstream vendor"), "M": ("manufacturer", "producer", "factory"),
           "D": ("distributor", "importer", "wholesale partner"), "E": ("end user", "final buyer", "direct customer")},
}  # fmt: skip

# The noun phrase of the partner sought, by (company's side, language of the text).
WANT_FORMS = {
    ("CN", "zh"): ("美国的{n}", "一家美国{n}", "美国当地的{n}", "有实力的美国{n}", "美国市场上的{n}"),
    ("CN", "en"): ("a US {n}", "an American {n}", "a {n} in the United States", "a {n} on the American side", "a reliable American {n}"),
    ("US", "en"): ("a Chinese {n}", "a {n} in China", "a China-based {n}", "a {n} on the Chinese side", "a reliable Chinese {n}"),
    ("US", "zh"): ("中国的{n}", "一家中国{n}", "国内的{n}", "有实力的中国{n}", "中国市场上的{n}"),
}  # fmt: skip
MATERIAL_FORMS = {
    ("CN", "zh"): ("美国产的{n}", "来自美国的{n}", "美国货源的{n}"),
    ("CN", "en"): ("{n} made in the US", "American {n}", "{n} from a US source"),
    ("US", "en"): ("{n} made in China", "Chinese {n}", "{n} from a Chinese source"),
    ("US", "zh"): ("中国产的{n}", "来自中国的{n}", "中国货源的{n}"),
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
    "zh": {"cue": ("{it}正在寻找{want}的稳定货源。", "{it}寻求{want}，年用量可观。", "{it}希望能物色到{want}，先从试单做起。"),
           "named": ("{want}：用量稳定，供货方未定。", "{it}产量上不去，卡在{want}上。", "{want}，是{it}今年采购清单上的头一项。")},
    "en": {"cue": ("{It} is looking for a steady supply of {want}.", "{It} seeks {want}; the yearly volume is significant.", "{It} hopes to find {want}, starting with a trial order."),
           "named": ("{want_cap}: volume is steady, supplier not yet chosen.", "What holds {it} back is the lack of {want}.", "First on {its} purchasing list this year: {want}.")},
}  # fmt: skip

# Wants only implied by a plan, by (stage, want); impersonal or third person. Slots: cty cty_adj
# product use mat mat_own.
PLANS = {
    ("R", "M"): {"zh": ("明年的目标，是让公司的{mat_own}用进{cty}生产的{product}里。",
                        "计划明年把三成{mat_own}销往{cty}，专供当地{product}的生产。",
                        "下一步，{mat_own}要进入{cty}{product}的生产线，这是公司今年立项的重点。"),
                 "en": ("Next year's goal is to get its {mat_own} into {product} built in {cty}.",
                        "The plan is to ship a third of its {mat_own} to {cty} next year, all of it for the production of {product}.",
                        "The next step is getting its {mat_own} onto production lines for {product} in {cty}, this year's main project.")},
    ("M", "R"): {"zh": ("明年起，{mat}计划改由{cty}供应，首批试单已列入预算。",
                        "为降低成本，下半年准备把{mat}的采购转到{cty}。",
                        "{mat}打算明年全部从{cty}进货，先签一年试试。"),
                 "en": ("From next year the plan is to source {mat} out of {cty}; a first trial order is already in the budget.",
                        "To bring costs down, the purchasing of its {mat} moves to {cty} in the second half.",
                        "Next year the whole supply of its {mat} is to come from {cty}, starting with a one-year contract.")},
    ("M", "D"): {"zh": ("计划明年让{cty}各地都能买到现货{product}，但公司自己不设仓库、也不开店。",
                        "下一步是把{product}铺进{cty}的零售渠道，备货和售后都交给当地。",
                        "明年{product}在{cty}的目标是进200家店，公司只管生产。"),
                 "en": ("The plan is to have {product} in stock across {cty} within a year, with no warehouse or store of its own.",
                        "Next comes retail across {cty} for its {product}, with stock and after-sales handled on the ground there.",
                        "The target for next year is its {product} on the shelves of 200 stores in {cty}, while it sticks to production.")},
    ("M", "E"): {"zh": ("下一步，{product}要直接卖给{cty}那些{use}的单位，中间不加任何一道。",
                        "明年计划在{cty}签下第一批直接下单的客户，他们{use}。",
                        "目标是让{cty}{use}的人，直接从工厂拿到{product}。"),
                 "en": ("Next, its {product} go directly to the people in {cty} who {use}, with nothing in between.",
                        "Next year the aim is a first set of direct contracts in {cty}, signed by people who {use}.",
                        "The idea is for those in {cty} who {use} to get {product} straight off its floor.")},
    ("D", "M"): {"zh": ("明年目录里要加一条{cty}产的{product}线，价格带比现有的低两成。",
                        "计划引进{cty}制造的{product}，以自有品牌销售。",
                        "下一季打算把{product}的货源换到{cty}，直接从产地拿货。"),
                 "en": ("Next year's catalog adds a {cty_adj}-made line of {product}, priced about a fifth under the current range.",
                        "The plan is to bring in {product} made in {cty} and sell them under its own label.",
                        "Next season the sourcing of its {product} moves to {cty}, buying at the source.")},
    ("D", "E"): {"zh": ("今年计划把手上的{product}库存，直接卖给{cty}那些{use}的客户。",
                        "下一步是在{cty}发展一批{use}的长期买家，每月固定补货。",
                        "仓库里的{product}，准备今年全部出给{cty}{use}的那一群人。"),
                 "en": ("The plan is to move the {product} it holds in stock to the people in {cty} who {use}.",
                        "Next comes a base in {cty} of people who {use}, with monthly restocking.",
                        "Its inventory of {product} is meant to go, this year, to those in {cty} who {use}.")},
    ("E", "M"): {"zh": ("下个季度打算在{cty}按自己的规格定做一批{product}。",
                        "计划明年起{product}全部改为在{cty}直接下单生产。",
                        "新一年的{product}准备在{cty}按图定制，不再买现成款。"),
                 "en": ("Next season the intention is to have {product} made to its own spec in {cty}.",
                        "From next year, the plan is to order its {product} straight off a production line in {cty}.",
                        "This year's {product} will be built to its own drawings in {cty} instead of bought off the shelf.")},
    ("E", "D"): {"zh": ("计划改从{cty}有现货的渠道采购{product}，交期压到两周内。",
                        "今年准备通过{cty}的现货渠道，小批量多批次地补{product}。",
                        "{product}以后想在{cty}就近拿现货，不再等整柜。"),
                 "en": ("The plan is to buy {product} from ready stock in {cty}, with delivery inside two weeks.",
                        "This year its {product} are to be restocked in small, frequent lots from off-the-shelf inventory in {cty}.",
                        "Going forward, its {product} should come from stock near at hand in {cty}, not full containers months out.")},
}  # fmt: skip
CUE_WORDS = {
    "zh": ("寻求", "寻找", "物色", "希望结识", "在找"),
    "en": ("looking for", "look for", "seek", "search", "find", "hunt for"),
}

NEGATION = {
    "zh": ("{neg}不在考虑之列。", "目前不找{neg}。", "对{neg}暂无兴趣。", "与{neg}的合作暂不考虑。"),
    "en": ("{plural_cap} are not on the list this time.", "It is not after {plural}.", "Not of interest for now: {plural}.",
           "{plural_cap} need not get in touch."),
}  # fmt: skip
SERVED = {
    "zh": ("现有客户包括{c1}、{c2}等{k}家{cnoun}。", "{c1}和{c2}两家{cnoun}与其合作多年。", "目前主要供货给{cnoun}，比如{c1}、{c2}。"),
    "en": ("Existing customers include {k} {cnoun_pl}, {c1} and {c2} among them.",
           "{c1} and {c2}, both {cnoun_pl}, have bought from the company for years.",
           "Today it sells mostly to {cnoun_pl} such as {c1} and {c2}."),
}  # fmt: skip
CUSTOMERS = {
    "zh": ("鼎盛", "华联", "博远", "嘉和", "天元", "瑞祥", "恒泰", "新纪元"),
    "en": ("Ashby", "Bellamy", "Carrington", "Delacroix", "Emberly", "Fairbanks", "Gilmore", "Holloway"),
}  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Ways of writing, all by a third party. Each: offer templates; want templates of three kinds
# ("cue": with a verb of seeking, "named": naming the partner without one, "plan": a frame around
# an implied plan); header lines and trailing lines ("!" marks a closing line). Slots: name name_s
# it It its Its noun noun_cap detail detail_cap place year age year2 year3 month month_zh d k m pct
# person who whos title title_cap reporter editor school grad yy major mascot sector sector_cap reads
# want want_cap plan.
# ---------------------------------------------------------------------------------------------
GENRES: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    "newsbrief": {  # a local newspaper's business-column brief
        "zh": {
            "offer": ("位于{place}的{name}是一家{noun}，{detail}。",
                      "{name}成立于{year}年，是当地一家{noun}，{detail}。",
                      "记者近日走访{name}了解到，这家{noun}{age}年前起步，如今{detail}。",
                      "作为{place}的{noun}，{name}今年前{m}个月订单同比增长{pct}%。据介绍，{detail}。",
                      "{name}（{noun}）去年营收增长{pct}%，{detail}。",
                      "在{place}，提起{noun}，不少人会想到{name}：{detail}，已经做了{age}年。"),
            "cue": ("{who}告诉记者，{it}正在寻找{want}。",
                    "据悉，{it}正在物色{want}，已与几家接触。",
                    "“眼下我们在找{want}，”{who}说。",
                    "{it}今年希望寻求与{want}的合作。"),
            "named": ("{who}坦言，{it}目前最缺的是{want}。",
                      "“{want}，谁能牵线，我们都欢迎。”{who}说。",
                      "能不能谈下{want}，将决定{it}明年的业务走向。",
                      "对接{want}，被{it}列为今年的头号任务。"),
            "plan": ("{who}透露，{plan}",
                     "据介绍，{plan}",
                     "记者从{it}了解到，{plan}"),
            "head": ("【经济简讯】", "企业动态｜{month_zh}月{d}日", "本地经济"),
            "tail": ("该企业所在园区今年新入驻企业{k}家。", "此前，当地已出台支持企业开拓海外市场的措施。", "!责任编辑：{desk}"),
        },
        "en": {
            "offer": ("{name}, a {noun} founded in {year}, has moved into a larger building ({detail}).",
                      "{name}, the {place} {noun}, added {k} jobs this year; {detail}.",
                      "Founded in {year}, {name} is a {noun} in {place} ({detail}).",
                      "Local {noun} {name} marks {age} years in business this month ({detail}).",
                      "{name} ({noun}, {place}) said revenue rose {pct}% last year; {detail}.",
                      "{name}, a {noun} in {place}, opened an expanded site this spring; {detail}."),
            "cue": ("{It} is now looking for {want}, {title} {who} said.",
                    "{who}, {title}, said {it} hopes to find {want} before the end of the year.",
                    "“We're searching for {want},” said {who}, {title}.",
                    "{It} seeks {want}, {title} {who} said."),
            "named": ("Next on {its} list, {title} {who} said: {want}.",
                      "The missing piece, according to {title} {who}, is {want}.",
                      "If a deal with {want} comes together, {it} expects a record year.",
                      "Whether {it} can sign {want} this year is the open question."),
            "plan": ("According to {title} {who}, {its} next step is set. {plan}",
                     "Looking ahead: {plan}",
                     "{title_cap} {who} described the plan. {plan}"),
            "head": ("BUSINESS BRIEFS", "Around the Region: Business", "Business Notebook"),
            "tail": ("— Staff report", "Business briefs appear Tuesdays and Fridays.", "!Send business news to {desk}."),
        },
    },
    "wxarticle": {  # excerpt of an industry WeChat official-account article / a trade newsletter
        "zh": {
            "offer": ("先说{name}。这家{noun}在{place}，{detail}。",
                      "第二个例子是{name}：{noun}，{detail}，{year}年起步。",
                      "在{place}，{name}算得上是老牌{noun}了，{detail}。",
                      "不少读者问到{name}，简单介绍一下：{noun}，{detail}。",
                      "以{name}为例，这家{noun}{detail}。",
                      "{name}的做法值得一看。公司是{noun}，{detail}，去年营收增长{pct}%。"),
            "cue": ("据我们了解，{it}目前正在寻找{want}。",
                    "小编和{who}聊过，对方明确表示想寻求与{want}合作。",
                    "如果你正好认识{want}，不妨在后台留言，{it}正在物色。"),
            "named": ("他们眼下最缺的，是{want}。",
                      "{who}的原话是：“{want}，谁能介绍，我请吃饭。”",
                      "能否搭上{want}这条线，是{it}今年最大的变量。",
                      "一句话总结：{want}，是{it}接下来的突破口。"),
            "plan": ("划重点：{plan}",
                     "{it}下一步怎么走？{plan}",
                     "聊到明年，{who}说得很直接：{plan}"),
            "head": ("{sector}观察｜出海这一年，这几家企业做对了什么？", "原创　{sector}内参　{year2}-{month_zh:02d}-{d}", "点击上方蓝字关注我们"),
            "tail": ("阅读 {reads}　在看 {d}", "本文为原创，转载请联系后台。", "!—— END ——"),
        },
        "en": {
            "offer": ("First up, {name}. It's a {noun} in {place}: {detail}.",
                      "A reader asked about {name}, so here's the short version: {noun}, {detail}, around since {year}.",
                      "Case in point: {name}, a {noun} ({detail}).",
                      "{name} keeps coming up in my conversations. It's a {noun} out of {place}; {detail}.",
                      "Then there's {name}, a {noun} in {place} that grew {pct}% last year ({detail}).",
                      "Worth watching: {name}, a {noun} in {place} ({detail})."),
            "cue": ("From what I hear, {it} is looking for {want}.",
                    "{who} told me {it} is actively seeking {want}.",
                    "If you know {want}, hit reply; {it} is trying to find one."),
            "named": ("Their gap right now: {want}.",
                      "{whos} pitch to me was blunt: “{want_cap}. Whoever makes that intro gets dinner on me.”",
                      "Can {it} land {want} before the holidays? That's the bet.",
                      "TL;DR: {want} is the next unlock for {it}."),
            "plan": ("The plan, in short: {plan}",
                     "Here's {its} bet for next year. {plan}",
                     "{who} laid it out for me. {plan}"),
            "head": ("The {sector_cap} Dispatch · Issue {k}", "{sector_cap} Weekly — {month} {d}", "Subscribe for free to get this in your inbox"),
            "tail": ("Not sponsored; nobody paid for a mention.", "Forward this to someone in {sector}.", "!See you next week."),
        },
    },
    "appointment": {  # a "people on the move" appointment notice
        "zh": {
            "offer": ("{person}近日出任{name}{title}。{name}是{place}的一家{noun}，{detail}。",
                      "{name}宣布任命{person}为{title}。公司成立于{year}年，是一家{noun}，{detail}。",
                      "{person}加盟{name}，担任{title}，此前在行业内工作{k}年。该公司为{noun}，{detail}。",
                      "{name}（{noun}，{detail}）日前调整管理层，{person}升任{title}。",
                      "{person}已履新{name}{title}一职。这家{noun}{age}年前创立于{place}，{detail}。",
                      "{place}{noun}{name}迎来新任{title}{person}。据公司介绍，{detail}。"),
            "cue": ("{who}的首要任务，是为公司寻找{want}。",
                    "据介绍，{who}将牵头寻求与{want}的合作。",
                    "上任后，{who}将负责物色{want}。",
                    "为寻找{want}，{it}专门设立了这一岗位。"),
            "named": ("{who}将分管对接{want}的工作。",
                      "{it}对新任{title}的期待很明确：年内谈下{want}。",
                      "{want}，是{who}上任后要拿下的第一个合作对象。",
                      "若能与{want}签约，{who}还将兼管新设的海外事业部。"),
            "plan": ("新岗位设立的背景是：{plan}",
                     "{who}上任后主抓一件事。{plan}",
                     "{it}表示，这次任命与下一阶段规划有关：{plan}"),
            "head": ("人事动态", "【履新】", "{sector}行业人事｜{month_zh}月"),
            "tail": ("{person}毕业于{school}。", "（公司供稿）", "!欢迎各企业投递人事信息。"),
        },
        "en": {
            "offer": ("{name} has named {person} {title}. The company is a {noun} in {place} ({detail}).",
                      "{person} has joined {name}, a {noun} ({detail}), as {title}.",
                      "{name}, a {noun} founded in {year}, promoted {person} to {title}; {detail}.",
                      "{person} is the new {title} at {name}, the {place} {noun} ({detail}).",
                      "After {k} years in the industry, {person} moves to {name} as {title}. The firm is a {noun}: {detail}.",
                      "{name} ({noun}; {detail}) announced the appointment of {person} as {title}."),
            "cue": ("{whos} first assignment is to find {want}.",
                    "{who} will lead the company's search for {want}.",
                    "The appointment comes as {it} seeks {want}."),
            "named": ("{who} will own the relationship with {want}.",
                      "Top of {whos} agenda: {want}.",
                      "{Its} board expects a signed agreement with {want} within the year.",
                      "Should talks with {want} succeed, {who} will also run a new overseas unit."),
            "plan": ("The role was created for one project. {plan}",
                     "The hire ties into {its} plans. {plan}",
                     "{whos} brief, per the announcement: {plan}"),
            "head": ("People on the Move", "Appointments", "Executive Moves — {month} {year2}"),
            "tail": ("{who} holds an MBA from {school}.", "Announcements are edited for length.", "!Send appointment news to the business desk."),
        },
    },
    "teachcase": {  # excerpt of a business-school teaching case
        "zh": {
            "offer": ("{year2}年春天，{name}{title}{person}面临一个选择。这家位于{place}的{noun}，{detail}。",
                      "{name}创立于{year}年，是一家{noun}，{detail}。",
                      "一、公司背景：{name}是{place}的{noun}，{detail}，近三年营收年均增长{pct}%。",
                      "{person}接手{name}时，公司规模还很小；如今已是{noun}，{detail}。",
                      "案例企业{name}：{noun}，{detail}。",
                      "{name}的故事要从{year}年说起。现在，它是{place}的一家{noun}，{detail}。"),
            "cue": ("摆在{who}面前的问题是：要不要花一年时间去寻找{want}？",
                    "{it}管理层已决定寻求与{want}合作，但对合同条款意见不一。",
                    "{who}手里有三份名单，都是为了物色{want}。"),
            "named": ("课堂讨论：{name}该如何与{want}谈首单？",
                      "如果谈不成{want}，{it}的扩张计划就得推迟。",
                      "会议室里争论的焦点只有一个：{want}。",
                      "{who}在白板上写下了下一步的目标：{want}。"),
            "plan": ("{it}董事会已经拍板。{plan}",
                     "{who}的方案写在一页纸上：{plan}",
                     "讨论背景：{plan}"),
            "head": ("教学案例｜出海的下一步", "案例正文（节选）", "本案例仅供课堂讨论，不代表对企业经营得失的评判。"),
            "tail": ("附录2：公司近三年主要经营数据（略）", "思考题：1. 公司的优势是什么？2. 合作对象应如何排序？", "!本案例由{school}教师编写，部分数据已做处理。"),
        },
        "en": {
            "offer": ("In the spring of {year2}, {person}, {title} of {name}, faced a decision. The company was a {noun} in {place} ({detail}).",
                      "{name} was founded in {year}; at the time of this case it was a {noun} ({detail}).",
                      "Company background. {name} is a {noun} based in {place}: {detail}.",
                      "When {person} took over {name}, it was a small firm. Today it is a {noun} ({detail}).",
                      "The case company, {name}, is a {noun} ({detail}); revenue has grown {pct}% a year for three years.",
                      "{name_s} story starts in {year}. Today it is a {noun} in {place}; {detail}."),
            "cue": ("The question on {whos} desk: should the company spend a year looking for {want}?",
                    "{Its} management had agreed to seek {want}; it had not agreed on terms.",
                    "{who} had three shortlists, all drawn up to find {want}."),
            "named": ("Discussion question: how should {name} approach {want} for a first order?",
                      "Without {want}, {its} expansion plan would slip a year.",
                      "The argument in the boardroom came down to one thing: {want}.",
                      "On the whiteboard, {who} wrote the next target: {want}."),
            "plan": ("{Its} board had already decided. {plan}",
                     "{whos} proposal fit on one page. {plan}",
                     "Background for discussion: {plan}"),
            "head": ("Teaching case (excerpt)", "The Next Market", "This case was written solely for class discussion."),
            "tail": ("Exhibit 2: Selected financials (not shown).", "Discussion questions follow the case.", "!Names and some figures have been disguised."),
        },
    },
    "classnote": {  # an alumni class note
        "zh": {
            "offer": ("{grad}届{major}专业校友{person}，现任{name}{title}。该公司是{place}的一家{noun}，{detail}。",
                      "{person}（{grad}届）{year}年加入{name}，如今这家{noun}{detail}。",
                      "{person}校友来信介绍，自己所在的{name}是一家{noun}，{detail}。",
                      "老同学们好久不见！{person}（{grad}届{major}）近况：在{place}，任{name}{title}，这是一家{noun}，{detail}。",
                      "{grad}届的{person}如今是{name}的{title}。这家{noun}，{detail}。",
                      "{name}是{grad}届校友{person}任职的公司，{noun}，{detail}。"),
            "cue": ("{who}托我们带句话：公司正在寻找{want}，欢迎校友牵线。",
                    "{who}说，{it}正在物色{want}，有资源的校友可以通过校友会转达。",
                    "{it}在寻求{want}，谁有门路请告诉{who}。"),
            "named": ("{who}的心愿是认识{want}。",
                      "{who}问：校友里有没有人熟悉{want}？",
                      "若有校友能介绍{want}，{who}很想请大家喝杯茶。",
                      "{it}眼下最想认识的，是{want}。"),
            "plan": ("{who}说起{it}明年的打算：{plan}",
                     "近况一句话：{plan}",
                     "{who}透露，{plan}"),
            "head": ("【校友动态】", "{grad}届校友近况", "校友会秘书处供稿"),
            "tail": ("{person}的联系方式可向校友会索取。", "祝各位校友工作顺利！", "!（校友会秘书处整理）"),
        },
        "en": {
            "offer": ("{person} ('{yy}) is {title} of {name}, a {noun} in {place} ({detail}).",
                      "{person} '{yy} writes in from {place}, where {name}, a {noun} founded in {year}, is busier than ever: {detail}.",
                      "Greetings from {person} '{yy}! Still at {name}, a {noun} ({detail}).",
                      "{person}, Class of {grad}, is with {name} in {place}. It's a {noun}; {detail}.",
                      "{name}, the company {person} '{yy} has been with since {year}, is a {noun}: {detail}.",
                      "News from {person} '{yy}: {name} (a {noun}, {place}) just had its best year; {detail}."),
            "cue": ("{who} asks classmates for help: the company is looking for {want}.",
                    "{who} is trying to find {want}; intros welcome.",
                    "{It} is searching for {want}, and {who} would love a lead."),
            "named": ("Know {want}? {who} would love to hear from you.",
                      "If anyone has a contact at {want}, {who} will buy the coffee.",
                      "{whos} wish list for {it} has one item: {want}."),
            "plan": ("Next up for {who}: {plan}",
                     "{who} shares what's next. {plan}",
                     "Big news from {it}, says {who}. {plan}"),
            "head": ("CLASS NOTES", "Class of {grad}", "Alumni News"),
            "tail": ("Class correspondent: {reporter}", "Send your news to the alumni office.", "!Go {mascot}!"),
        },
    },
}  # fmt: skip

# Company names: neutral or carrying a stage's role word (a hard case carries another stage's).
ZH_PARTS = ("嘉", "润", "恒", "信", "瑞", "丰", "安", "德", "华", "宇", "森", "悦", "博", "立", "盛", "诚")  # fmt: skip
ZH_SUFFIX = {"neutral": ("有限公司", "实业有限公司", "股份有限公司", "科技有限公司"),
             "R": ("新材料有限公司", "材料科技有限公司", "原料有限公司"),
             "M": ("制造有限公司", "制品厂", "工业有限公司"),
             "D": ("商贸有限公司", "进出口有限公司", "供应链有限公司"),
             "E": ("连锁管理有限公司", "服务有限公司", "运营管理有限公司")}  # fmt: skip
PINYIN = ("Jiarun", "Hengxin", "Ruifeng", "Andehua", "Yusen", "Yuebo", "Lisheng", "Chengxin", "Boyu", "Senyue")  # fmt: skip
CN_EN_WORD = {"neutral": ("",), "R": (" New Materials", " Materials Technology"), "M": (" Manufacturing", " Industrial"),
              "D": (" Trading", " Import & Export"), "E": (" Chain Management", " Services")}  # fmt: skip
EN_WORDS = ("Alder", "Bluestem", "Cobblestone", "Dunmore", "Ellery", "Foxhollow", "Granger", "Hawthorne",
            "Ironwood", "Juniper", "Kestrel", "Larkspur", "Marlow", "Nettlefield", "Pembroke", "Quarry Hill",
            "Rowan", "Sutter")  # fmt: skip
EN_SUFFIX = {"neutral": ("Inc.", "LLC", "Co.", "Group", "Holdings"),
             "R": ("Materials", "Supply Co.", "Components"),
             "M": ("Manufacturing", "Fabrication", "Works"),
             "D": ("Distributing", "Wholesale", "Imports"),
             "E": ("Retail Group", "Stores", "Hospitality")}  # fmt: skip
# People: (full name, casual short form, formal short form), by side and language.
PEOPLE = {
    ("CN", "zh"): (("周明", "周明", "周明"), ("吴海燕", "吴海燕", "吴海燕"), ("郑凯", "郑凯", "郑凯"),
                   ("冯丽", "冯丽", "冯丽"), ("韩东", "韩东", "韩东"), ("陈思远", "陈思远", "陈思远")),
    ("CN", "en"): (("Zhou Ming", "Zhou Ming", "Zhou"), ("Wu Haiyan", "Wu Haiyan", "Wu"), ("Zheng Kai", "Zheng Kai", "Zheng"),
                   ("Feng Li", "Feng Li", "Feng"), ("Han Dong", "Han Dong", "Han")),
    ("US", "en"): (("Maya Torres", "Maya", "Torres"), ("Rob Lindqvist", "Rob", "Lindqvist"), ("Grace Okoye", "Grace", "Okoye"),
                   ("Theo Brandt", "Theo", "Brandt"), ("Anita Patel", "Anita", "Patel"), ("Dan Kowalski", "Dan", "Kowalski"),
                   ("Leah Fischer", "Leah", "Fischer"), ("Marcus Bell", "Marcus", "Bell")),
    ("US", "zh"): (("Maya Torres", "Maya Torres", "Maya Torres"), ("Dan Kowalski", "Dan Kowalski", "Dan Kowalski"),
                   ("Leah Fischer", "Leah Fischer", "Leah Fischer")),
}  # fmt: skip
CASUAL = {"wxarticle", "classnote"}  # genres calling a person by the casual short form
# Titles by the direction of the want (buying from it, selling to it) and neutral ones.
TITLES = {
    "zh": {"up": ("采购总监", "供应链总监", "全球采购经理"), "down": ("海外业务总监", "国际市场总监", "渠道拓展总监"),
           "any": ("总经理", "副总经理", "合伙人")},
    "en": {"up": ("director of sourcing", "head of procurement", "supply chain director"),
           "down": ("director of international sales", "head of export", "vice president of channel sales"),
           "any": ("general manager", "chief operating officer", "managing partner")},
}  # fmt: skip
REPORTERS = {
    "zh": ("林涛", "高远", "宋佳", "许冰"),
    "en": ("J. Okafor", "M. Brandt", "L. Chen-Ruiz", "P. Sandoval"),
}
DESK = {"zh": ("王蕾", "赵宇", "孙启明"), "en": ("the business desk", "the metro desk")}
SCHOOLS = {
    "zh": ("滨江大学管理学院", "东海商学院", "西岭财经大学"),
    "en": (
        "Lakeshore School of Business",
        "Ridgeview College",
        "the Hollins Graduate School of Management",
    ),
}
MAJORS = ("国际贸易", "市场营销", "机械工程", "工商管理", "英语")
MASCOTS = ("Bears", "Owls", "Huskies", "Falcons")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")  # fmt: skip

HARD_QUOTA = {"material": 5, "served": 8, "generic": 9, "negated": 10, "misnamed": 9}
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
_NOT_AN = ("US", "U.S", "uni", "Uni", "use", "one", "Eu", "eu")


def fix_articles(text: str) -> str:
    """'a' to 'an' before a vowel sound (not before 'US', 'uni…', 'one', 'use')."""

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
        c1 += rng.choice(("", " Inc.", " & Co.", " Group"))
        c2 += rng.choice(("", " LLC", " Brands"))
    cnoun = noun_of(rng, org["_chain"], cstage, lang)
    return cap(rng.choice(SERVED[lang]).format(c1=c1, c2=c2, k=rng.randrange(6, 60), cnoun=cnoun,
                                               cnoun_pl=plural(cnoun)))  # fmt: skip


END = ("。", "！", "？", ".", "!", "?", "”", ")", "）")
NAMES_IT = re.compile(r"\{(?:it|It|its|Its|name|name_s)\}")


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
    if side == "CN":
        place = rng.choice(CHAINS[chain]["places"][li])  # type: ignore[index]
        dateline = place.upper()
    else:
        place = rng.choice(US_PLACES)[li]
        city, _, state = place.partition(", ")
        dateline = f"{city.upper()}, {state}"
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
    grad = max(1986, year - rng.randrange(2, 12))
    year2 = rng.choice((2026, 2027))
    month = rng.randrange(1, 13)
    roll = rng.random()
    first = org["_first"] = roll < 0.3  # the want first: it names the company
    g = GENRES[genre][lang]
    dated = genre == "newsbrief" and rng.random() < 0.5  # a dateline opens the story
    offer_t = rng.choice(tuple(t for t in g["offer"] if not dated or "{place}" not in t))
    # A person already introduced by the offer is called by a short form later on; one the
    # want introduces gets a full name (and, in Chinese, the title before it).
    known = "{person}" in offer_t and not first
    if lang == "zh":
        who = full if known else title + full
        it = name if first else rng.choice(("该公司", "公司"))
    else:
        who = (casual if genre in CASUAL else formal) if known else full
        it = name if first else rng.choice(("the company", "the firm"))
    its = possessive(name) if first else "its"
    reporter = rng.choice(REPORTERS[lang])
    slots = {
        "name": name, "name_s": possessive(name), "it": it, "It": cap(it), "its": its, "Its": cap(its),
        "noun": noun, "noun_cap": cap(noun), "detail": detail, "detail_cap": cap(detail),
        "place": place, "year": year, "age": 2026 - year, "year2": year2, "year3": year2 + 1,
        "month": MONTHS[month - 1], "month_zh": month, "d": rng.randrange(10, 29), "k": rng.randrange(2, 40),
        "m": rng.randrange(3, 10), "pct": rng.randrange(6, 38), "reads": rng.randrange(800, 30000),
        "person": full, "who": who, "whos": possessive(who), "title": title, "title_cap": cap(title),
        "reporter": reporter, "editor": rng.choice([r for r in REPORTERS[lang] if r != reporter]),
        "desk": rng.choice(DESK[lang]),
        "school": rng.choice(SCHOOLS[lang]), "grad": grad, "yy": f"{grad % 100:02d}",
        "major": rng.choice(MAJORS), "mascot": rng.choice(MASCOTS),
        "sector": CHAINS[chain]["sector"][li],  # type: ignore[index]
        "sector_cap": " ".join(w if w == "and" else cap(w) for w in CHAINS[chain]["sector"][li].split()),  # type: ignore[index]
        "mat_own": CHAINS[chain]["material"][li][pick] if stage == "R" else "",  # type: ignore[index]
    }  # fmt: skip
    if lang == "zh" and name.startswith(place):  # the place leads the name already
        offer_t = offer_t.replace("位于{place}的{name}", "{name}").replace(
            "{place}的{name}", "{name}"
        )
        offer_t = offer_t.replace("{place}{noun}{name}", "{noun}{name}")
    offer = fix_articles(offer_t.format(**slots))
    want = want_sentence(rng, org, lang, slots)
    org["_want_text"] = want
    wants = [want]
    if "negated" in hard:
        wants.insert(1 if first else rng.randrange(2), negation_line(rng, org, lang))
    body = [offer]
    if "served" in hard:
        body.append(served_line(rng, org, lang))
    room = max(0, 2 - len(hard))  # at most seven sentences below the header
    tails = [
        t.format(**slots) for t in rng.sample(g["tail"], min(room, rng.choice((0, 0, 1, 1, 2))))
    ]
    closing = [t[1:] for t in tails if t.startswith("!")]
    tails = [t for t in tails if not t.startswith("!")]
    if first:  # the want first
        parts = wants + body
    elif roll < 0.55 and len(body) > 1:  # between the offer and the customers served
        parts = [body[0], *wants, *body[1:]]
    else:  # last
        parts = body + wants
    if dated:
        parts[0] = (
            f"本报讯（记者 {slots['reporter']}　通讯员 {slots['editor']}）"
            if lang == "zh"
            else f"{dateline} — "
        ) + parts[0]
    parts += tails + closing  # trailing lines (byline, note, sign-off) always close the text
    head = rng.choice(g["head"]).format(**slots) if rng.random() < 0.5 else None
    lined = genre == "teachcase" or rng.random() < 0.3
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
    r"\b[Aa] (?!US\b|U\.S|uni|one\b|use)[aeiouAEIOU]|\b[Aa]n (?=US\b|uni|one\b)"
)


def count_sentences(text: str) -> int:
    """Lines, and sentences within a line (an initial or an abbreviation is no end)."""
    n = 0
    for raw in text.split("\n"):
        parts = re.split(r"[。！？]|(?<!\b[A-Z]\.)(?<!\bNo\.)(?<=[.?!])\s+(?=[A-Z“])", raw.strip())
        n += sum(1 for x in parts if x.strip(' ”"）)'))
    return n


def check(profiles: dict, gold: dict, orgs: list[dict]) -> None:
    """Refuse to write a set that breaks its own rules."""
    assert len(CHAINS) == 10 and not set(CHAINS) & EARLIER_CHAINS
    ids = [o["id"] for o in profiles["organizations"]]
    assert len(ids) == len(set(ids)) == 110
    assert sum(i.startswith(PREFIX["CN"]) for i in ids) == 40
    assert sum(i.startswith(PREFIX["US"]) for i in ids) == 70
    assert set(gold["roles"]) == set(ids) == set(gold["split"])
    names = [next(iter(o["name"].values())) for o in orgs]
    assert len(names) == len(set(names)), "duplicate company names"
    by_id = {o["id"]: o for o in orgs}
    for o in orgs:
        ((lang, text),) = o["description"].items()
        assert set(o["name"]) == {lang} == {o["_lang"]}
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
            assert len(t["offer"]) >= 6 and all(len(t[c]) >= 3 for c in CUES), (genre, lang)
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
    print("want first:", sum(o["_first"] for o in orgs))


if __name__ == "__main__":
    main()
