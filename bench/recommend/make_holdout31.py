# ruff: noqa: E501  (sentence templates and chain vocabularies are data; wrapping them hurts reading)
"""Write the thirty-first held-out ROLE set: ``roles_holdout31.json`` / ``roles_holdout31_gold.json``.

    python bench/recommend/make_holdout31.py

Written blind by a helper session that neither read nor ran the recommender engine: nothing
under ``src/`` or ``docs/``, no README, no results, no evaluation, fitting, study or comparison
script, no ``roles_*.json`` content, and no Python importing the engine was run. Only
``make_holdout30.py`` was read in full (format, construction, style; its layout, gold and check
code is copied here, not imported). Chains, templates, ways of writing and names are this
set's own. Chain keys were checked against the list given (``_EARLIER``). The id prefixes
``q2cn`` / ``q2us`` occur in no other ``roles_*.json`` (``grep -l`` printed no file; ``check``
asserts it).

Ways of writing, checked with ``grep -il`` over ``make_*.py`` (file names only): 猎头, headhunter,
executive search, search mandate, 会计服务, 会计, bookkeep, engagement letter, 商务考察, itinerary,
travel agen, business trip, 机票, 包装设计, packaging design, package design, dieline, 刀版, 搬迁,
设备搬迁, relocation, relocation survey, millwright matched nothing. Matches in other kinds of
text, kept as single words: 记账 / 代理记账 (corpus 16), 行程 (corpus 16, sets 14, 26), 出差, flight,
旅行社 (make_dataset, make_validation), site survey (set 28), candidate (sets 22-30), 搬家 /
moving company (set 18).

Chain words checked the same way matched nothing: 犊牛岛, calf hutch, 舔砖, lick block, 牛体刷, cow
brush, 马衣, horse blanket, 草料网, hay net, 马厩, stall mat, 产床, farrowing, 母猪, 料槽, pig feeder,
漏缝地板, slatted, 猪场, hog farm, water trough. Matched and judged single words inside other
text: calf, 饮水, trough (corpus 15), 养猪 / swine (set 21), horse, equestrian / 马术 (set 11),
牧场, 奶牛, dairy farm, livestock (corpus 15, sets 7, 18, 21). Beekeeping was considered and
dropped (养蜂 / beekeep in sets 7 and 26).
Nothing may be fitted or tuned on this set.

Standard library only and deterministic (``random.Random(SEED)``); it imports no other generator.

* Ten value chains from three neighbouring sectors of animal husbandry: calf hutches, livestock
  water troughs, mineral lick blocks, rotating cow brushes (cattle barn equipment); horse
  blankets, slow-feed hay nets, rubber stall mats (stable supplies); farrowing crates, wet-dry
  hog feeders, slatted floors (hog farm equipment). Stages R raw material or key component, M
  maker, D distributor / importer / wholesaler / dealer, E end buyer or user. Each company is
  at one stage and seeks an adjacent one (R seeks M; M seeks R, D or E; D seeks M or E; E seeks
  M or D). Four, three and three chains per sector.
* 40 Chinese (CN) and 70 US companies, 4 and 7 per chain, ids ``q2cn001``... and ``q2us001``...
  shuffled within each side; gold partners, competitors, offer-only and want-only companies
  constructed exactly as in set 30.
* CN companies in mainland business Chinese (five in English, one per way of writing); US
  companies in English (five in Chinese, one per way of writing). Free text only.
* Five ways of writing, each by a service provider noting in passing what the company is
  after, each in both languages: a headhunter's search mandate (猎头委托单 / RETAINED SEARCH
  MANDATE), an accounting firm's new-client onboarding note (会计服务新客户建档表 / BOOKKEEPING
  CLIENT ONBOARDING), a travel agency's business trip request (商务出行需求单 / BUSINESS TRIP
  ITINERARY REQUEST), a packaging design studio's brief (包装设计需求单 / PACKAGING DESIGN BRIEF)
  and an industrial mover's relocation survey (设备搬迁勘察单 / PLANT RELOCATION SURVEY). Per way
  and language: six offer templates, four of each kind of want (three plan frames), four
  neutral middle lines.
* Three kinds of want (verb of seeking; partner named without one; implied by a plan), hard
  cases (served customers, negations, misleading name words, generic wants, material wants)
  with the quotas and checks of set 30.
"""

from __future__ import annotations

import itertools
import json
import random
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20310623
NAME = "roles_holdout31"
PREFIX = {"CN": "q2cn", "US": "q2us"}

# Chain keys used by earlier sets (as given to this helper); none may be used here.
_EARLIER = (
    "acousticpanel acrylicdisplay aerosolcan aerostat agdrone airfilter airfryer aistraw aligner "
    "almond am amenity anchor animation aquafilter aquaheater archery artflower backpack "
    "badmintonshuttle baijiu baitstation bamboo barcode bathbomb bearing bed beef beer bellowsbox "
    "berry bicycle billiards bindwire biobag birdfeeder birdsnest blinds boardgame boba boiler "
    "bonsaitray boothsystem bottle bowling bpmonitor brake bridal cabinet cable cabletie calculator "
    "camper candle carpet cart carton carwash cashmere casket catheter catlitter cattree caulkgun "
    "ceilingfan cement centrifuge cfrp chair chalk changingstation charging chessset choppingboard "
    "chopstick cider climbhold clipper cnc coathanger cocoa coffee coldchain compressor cone "
    "confetticannon conveyor cookware cosmetics costume countertop countingframe craftglitter crayon "
    "croquetset crowdbarrier crucible crusher cuirass cup dairy dartboardset dashcam deicer "
    "dentalunit desal desk dialyzer diaper dinnerware doccam dogharness dressing driedfruit drillbit "
    "drip drone drumhead dryer drywall dumpling duvet earbuds eartag ebike ebus egg electrode "
    "electrolyser elevator embhoop energydrink envelope epoxy esl evcharger excavator extinguisher "
    "eyelash eyewear fabricdye fastener faucet fencer fertilizer fgmesh film firework flatglass "
    "floorpad floss flour foldfan footwear forklift formula fountainpen fries frozenveg furniture "
    "gardenstatue garlic garment gearbox generics ginseng glassmosaic glove glueboard goalnet golf "
    "grabbar greenhouse greentea greetingcard grindwheel grout guitar gummy h2tank hairdryer hairdye "
    "hamaca handbag hangtag hearingaid heatexchanger heatpump heavybag helmet hinge hoist honey hose "
    "hotpot hotsauce hottub hullcraft hydcyl hydrant icecream iceskate imaging implant incense "
    "indgas infieldmix ink insectlight insulator intumescent inverter ivd jewelry jigsawpuzzle juice "
    "karaokeset kayak keg keypad kimchi kitecraft knife knitneedle kombucha kscope ladder lanyard "
    "latexballoon laundry lcdmodule led ledstreet lightgel lipbalm lithium localization locker loyly "
    "lubricant luggage magnet magnetwire mahjongtiles manhole mannequin marimbawood marinerope "
    "marotte massagechair mattress medal meddev microscope milkliner mistmaker mlcc modeltrack "
    "moisturemeter mold mooncake mophead motor mountform mouthharp mower mushroom musicbox "
    "musicstand nailpolish netpen noodle nuts nylonyarn oatmilk oliveoil oring oven padlock paint "
    "pallet paperbag pasta pcb peach pencil perfume petfood phonecase piano pickle pickleball "
    "pictureframe pillow pinatacraft pingpong pipe pipette pipingtip piste playingcard popcorn "
    "posterminal pouch poultrydrinker powerchip powertool printing projscreen ptoshaft pump pv "
    "racking radiator railcar rainbarrel razor reagent rebar receiptroll reedcane reefer ribbon rice "
    "ricecooker ricenoodle rigidbox robot robotarm robovac rollerchain roofing rubbermulch saddle "
    "safetysign sandwichpanel sanitizer sausage sawblade scaffold scooter scrappaper scrubs seafood "
    "sealant seating seaweed seedcoat sesameoil sewing shampoo shockabsorber shredder silk sink "
    "smartlock snowchain snowpaw socks sodamaker solarheater soy soysauce sparkplug spcfloor spice "
    "sportswear spring stagedrape stagetruss stapler startelescope stickynote storage stretchfilm "
    "stroller sugar sunglasses sunscreen surfboard suture swimwear swingseat syringe tackle tamtam "
    "tape tea tennisracket tent terrestrial thermostat tile toiletpartition toothbrush towel "
    "toxinbinder toy trampoline transformer treadmill treeshelter trekpole truckscale tuna turf "
    "turnout tyre ukulelekit umbrella upvcprofile urinalscreen valve vase vending vetvax vinegar "
    "violin visioncam vitamin wallcovering wallet walnut wastecart wastewater watch water watermeter "
    "waxwrap weldwire wetwipe wheelchair whiteboard wig wind windcock window windowsqueegee wine "
    "wiperblade wrench xmastree yeast yogamat zipper"
)
EARLIER_CHAINS = set(_EARLIER.split())

# ---------------------------------------------------------------------------------------------
# Chains. Per chain: sector (zh, en); product (zh, en) and what its end users do (zh, en; a
# relative-clause verb phrase), both for the wants only implied by a plan; per stage (zh nouns,
# en nouns, zh details, en details), the i-th detail going with the i-th noun; the material each
# R noun supplies (aligned with the R nouns); Chinese places (zh, en). The keys are words no
# description can contain (texts write "mop heads", "grab bars", never the key run together).
# ---------------------------------------------------------------------------------------------
BARN = ("牛场设备", "cattle barn equipment")
STABLE = ("马厩用品", "stable supplies")
HOG = ("猪场设备", "hog farm equipment")
CHAINS: dict[str, dict[str, object]] = {
    "calfhutch": {
        "sector": BARN,
        "product": ("犊牛岛", "calf hutches"),
        "use": ("每年要单独养大批小牛", "raise hundreds of calves apart from the herd"),
        "R": (("食品级聚乙烯粒子厂", "耐候母粒厂", "镀锌围栏网厂"),
              ("food-grade polyethylene producer", "weathering masterbatch maker", "galvanized pen wire mill"),
              ("聚乙烯年产8万吨", "母粒年产6000吨", "围栏网年产1.5万吨"),
              ("80,000 t of polyethylene a year", "6,000 t of masterbatch a year", "15,000 t of pen wire a year")),
        "M": (("犊牛岛工厂", "滚塑养殖设备厂", "犊牛岛OEM工厂"),
              ("calf hutch factory", "rotomolded livestock housing maker", "calf hutch OEM"),
              ("年产犊牛岛12万个，单栏、群养都做", "滚塑机22台", "可做贴牌，起订量一个货柜"),
              ("120,000 hutches a year, single and group", "22 rotomolding machines", "private-label runs from one container")),
        "D": (("牧业设备进口商", "牛场用品批发商", "犊牛岛品牌代理商"),
              ("livestock equipment importer", "dairy barn supply wholesaler", "calf hutch brand dealer"),
              ("客户牛场1100家", "常备牛场用品2200种", "年出货犊牛岛1.5万个"),
              ("1,100 farm accounts", "2,200 barn items in stock", "15,000 hutches shipped a year")),
        "E": (("万头奶牛场", "犊牛代养场", "肉牛育肥集团"),
              ("large dairy operation", "calf raising ranch", "beef feedlot group"),
              ("存栏奶牛1.2万头，每天出生小牛30头", "代养犊牛8000头", "育肥场9个，年出栏肉牛5万头"),
              ("12,000 cows with 30 calves born a day", "8,000 calves raised under contract", "9 feedlots finishing 50,000 head a year")),
        "material": (("聚乙烯粒子", "耐候母粒", "镀锌围栏网"), ("polyethylene", "weathering masterbatch", "galvanized pen wire")),
        "places": (("廊坊", "石家庄", "呼和浩特"), ("Langfang", "Shijiazhuang", "Hohhot")),
    },
    "watertrough": {
        "sector": BARN,
        "product": ("牲畜饮水槽", "livestock water troughs"),
        "use": ("要保证牛群冬夏都喝上水", "keep herds watered in every season"),
        "R": (("不锈钢卷板厂", "浮球阀厂", "加热元件厂"),
              ("stainless coil mill", "float valve maker", "heating element maker"),
              ("卷板年产6万吨", "浮球阀年产400万只", "加热元件年产150万支"),
              ("60,000 t of stainless coil a year", "4 million float valves a year", "1.5 million heating elements a year")),
        "M": (("饮水槽工厂", "恒温水槽制造商", "水槽OEM工厂"),
              ("water trough factory", "heated waterer maker", "trough OEM"),
              ("年产饮水槽20万台，翻转式、恒温式都做", "焊接线9条", "可做贴牌，起订量100台"),
              ("200,000 troughs a year, tip-over and heated", "9 welding lines", "private-label runs from 100 units")),
        "D": (("畜牧器材进口商", "农牧商店供货商", "水槽品牌代理商"),
              ("farm equipment importer", "farm store supplier", "trough brand dealer"),
              ("客户农牧商店900家", "常备牧场器材1800种", "年出货水槽2万台"),
              ("900 farm store accounts", "1,800 ranch items in stock", "20,000 troughs shipped a year")),
        "E": (("大型肉牛牧场", "奶牛养殖合作社", "马术俱乐部"),
              ("cow-calf ranch", "dairy cooperative", "riding club"),
              ("草场3万亩，放牧肉牛4000头", "社员牛场60家", "马匹120匹，马厩两座"),
              ("4,000 cows on 5,000 acres of grass", "60 member dairies", "120 horses in two barns")),
        "material": (("不锈钢卷板", "浮球阀", "加热元件"), ("stainless coil", "float valves", "heating elements")),
        "places": (("沧州", "泊头", "衡水"), ("Cangzhou", "Botou", "Hengshui")),
    },
    "lickblock": {
        "sector": BARN,
        "product": ("牛羊舔砖", "mineral lick blocks"),
        "use": ("给牛羊补盐补矿物质", "supplement salt and minerals for grazing stock"),
        "R": (("工业盐场", "微量元素预混料厂", "糖蜜厂"),
              ("salt producer", "trace mineral premix maker", "molasses refiner"),
              ("原盐年产50万吨", "预混料年产3万吨", "糖蜜年产10万吨"),
              ("500,000 t of salt a year", "30,000 t of premix a year", "100,000 t of molasses a year")),
        "M": (("舔砖厂", "压块饲料制造商", "舔砖OEM工厂"),
              ("lick block plant", "pressed supplement maker", "lick block OEM"),
              ("年产舔砖6万吨，2公斤到20公斤都有", "压砖机14台", "可做贴牌，起订量5吨"),
              ("60,000 t of blocks a year, 2 to 20 kg", "14 block presses", "private-label runs from 5 t")),
        "D": (("饲料添加剂进口商", "农资批发商", "舔砖品牌代理商"),
              ("feed additive importer", "farm supply wholesaler", "lick block dealer"),
              ("客户饲料店700家", "常备农资3000种", "年出货舔砖5000吨"),
              ("700 feed dealer accounts", "3,000 farm supply lines in stock", "5,000 t of blocks shipped a year")),
        "E": (("肉羊养殖场", "草原放牧合作社", "野生动物园"),
              ("sheep ranch", "grazing association", "wildlife park"),
              ("存栏羊2万只", "社员牧户300户", "食草动物1500头"),
              ("20,000 ewes", "300 member ranchers", "1,500 grazing animals")),
        "material": (("原盐", "微量元素预混料", "糖蜜"), ("salt", "trace mineral premix", "molasses")),
        "places": (("锡林浩特", "包头", "巴彦淖尔"), ("Xilinhot", "Baotou", "Bayannur")),
    },
    "cowbrush": {
        "sector": BARN,
        "product": ("奶牛自动刷", "rotating cow brushes"),
        "use": ("要让牛舍里的奶牛舒服、干净", "keep cows in free-stall barns clean and calm"),
        "R": (("尼龙刷丝厂", "减速电机厂", "钢结构件厂"),
              ("nylon bristle extruder", "gear motor maker", "steel bracket fabricator"),
              ("刷丝年产3000吨", "减速电机年产50万台", "结构件年产2万吨"),
              ("3,000 t of bristle a year", "500,000 gear motors a year", "20,000 t of brackets a year")),
        "M": (("牛体刷工厂", "牧场舒适设备制造商", "牛刷OEM工厂"),
              ("cow brush factory", "cow comfort equipment maker", "cow brush OEM"),
              ("年产牛体刷3万台", "装配线5条，电动、摆动式都做", "可做贴牌，起订量50台"),
              ("30,000 brushes a year", "5 assembly lines, powered and swinging", "private-label runs from 50 units")),
        "D": (("奶牛场设备进口商", "挤奶设备经销商", "牛刷品牌代理商"),
              ("dairy equipment importer", "milking equipment dealer", "cow brush dealer"),
              ("客户奶牛场600家", "负责安装维护的技师40人", "年出货牛刷4000台"),
              ("600 dairy accounts", "40 service technicians", "4,000 brushes shipped a year")),
        "E": (("奶牛养殖集团", "有机乳业牧场", "农业大学试验牧场"),
              ("dairy farming group", "organic dairy", "university research dairy"),
              ("牧场11个，存栏奶牛3万头", "奶牛1800头，全部散栏饲养", "试验牛舍4栋"),
              ("11 dairies milking 30,000 cows", "1,800 cows all in free stalls", "4 research barns")),
        "material": (("尼龙刷丝", "减速电机", "钢结构件"), ("nylon bristle", "gear motors", "steel brackets")),
        "places": (("天津", "唐山", "银川"), ("Tianjin", "Tangshan", "Yinchuan")),
    },
    "horserug": {
        "sector": STABLE,
        "product": ("马衣", "horse blankets"),
        "use": ("养着一大群马", "keep a large number of horses"),
        "R": (("防水牛津布厂", "保温棉厂", "织带厂"),
              ("waterproof oxford fabric mill", "fiberfill maker", "webbing mill"),
              ("牛津布年产4000万米", "保温棉年产1万吨", "织带年产1亿米"),
              ("40 million m of oxford a year", "10,000 t of fiberfill a year", "100 million m of webbing a year")),
        "M": (("马衣工厂", "马用纺织品制造商", "马衣OEM工厂"),
              ("horse blanket factory", "equine textile maker", "horse blanket OEM"),
              ("年产马衣80万件，冬款、防蝇款都做", "缝纫工人350人", "可做贴牌，起订量300件"),
              ("800,000 blankets a year, winter and fly sheets", "350 sewers", "private-label runs from 300 blankets")),
        "D": (("马具进口商", "马术用品批发商", "马衣品牌代理商"),
              ("equine products importer", "riding goods wholesaler", "horse blanket dealer"),
              ("客户马术用品店1200家", "常备马房用品2500种", "年出货马衣6万件"),
              ("1,200 riding shop accounts", "2,500 barn items in stock", "60,000 blankets shipped a year")),
        "E": (("马术学校", "赛马训练中心", "马匹寄养场"),
              ("riding school", "racehorse training center", "boarding stable"),
              ("教学马80匹", "在训赛马300匹", "寄养马匹150匹"),
              ("80 school horses", "300 horses in training", "150 boarded horses")),
        "material": (("防水牛津布", "保温棉", "织带"), ("waterproof oxford fabric", "fiberfill", "webbing")),
        "places": (("泉州", "晋江", "石狮"), ("Quanzhou", "Jinjiang", "Shishi")),
    },
    "haynet": {
        "sector": STABLE,
        "product": ("慢食草料网", "slow-feed hay nets"),
        "use": ("每天给马喂干草", "feed hay to horses every day"),
        "R": (("聚丙烯编织绳厂", "无结网机厂", "镀锌挂扣厂"),
              ("polypropylene cord maker", "knotless netting mill", "galvanized snap maker"),
              ("编织绳年产1.2万吨", "无结网年产3000万平方米", "挂扣年产2000万只"),
              ("12,000 t of cord a year", "30 million m² of netting a year", "20 million snaps a year")),
        "M": (("草料网工厂", "马房网具制造商", "草料网OEM工厂"),
              ("hay net factory", "stable netting maker", "hay net OEM"),
              ("年产草料网300万个，网孔2到5厘米", "织网机40台", "可做贴牌，起订量1000个"),
              ("3 million nets a year, 2 to 5 cm openings", "40 netting looms", "private-label runs from 1,000 nets")),
        "D": (("马房用品进口商", "农牧用品批发商", "草料网品牌代理商"),
              ("stable supply importer", "farm and ranch wholesaler", "hay net dealer"),
              ("客户马房用品店800家", "常备马房用品1600种", "年出货草料网20万个"),
              ("800 tack shop accounts", "1,600 barn lines in stock", "200,000 nets shipped a year")),
        "E": (("马术俱乐部连锁", "马匹救助中心", "骑行营地"),
              ("equestrian center chain", "horse rescue", "trail riding outfitter"),
              ("俱乐部12家，马匹600匹", "收容马匹200匹", "马匹90匹"),
              ("12 centers with 600 horses", "200 rescued horses", "90 trail horses")),
        "material": (("聚丙烯编织绳", "无结网", "镀锌挂扣"), ("polypropylene cord", "knotless netting", "galvanized snaps")),
        "places": (("威海", "荣成", "青岛"), ("Weihai", "Rongcheng", "Qingdao")),
    },
    "stallmat": {
        "sector": STABLE,
        "product": ("马厩橡胶地垫", "rubber stall mats"),
        "use": ("要铺马厩和牛舍的地面", "floor horse stalls and barns"),
        "R": (("再生胶粉厂", "丁苯橡胶厂", "硫化助剂厂"),
              ("crumb rubber recycler", "SBR rubber producer", "curing agent maker"),
              ("胶粉年产5万吨", "丁苯橡胶年产10万吨", "助剂年产8000吨"),
              ("50,000 t of crumb a year", "100,000 t of SBR a year", "8,000 t of curing agents a year")),
        "M": (("地垫工厂", "畜舍橡胶制品制造商", "地垫OEM工厂"),
              ("stall mat plant", "barn rubber products maker", "stall mat OEM"),
              ("年产地垫150万张，厚17到25毫米", "硫化机30台", "可做贴牌，起订量一个货柜"),
              ("1.5 million mats a year, 17 to 25 mm thick", "30 curing presses", "private-label runs from one container")),
        "D": (("畜舍地面材料进口商", "农场建材批发商", "地垫品牌代理商"),
              ("barn flooring importer", "farm building supply wholesaler", "stall mat dealer"),
              ("客户农资店和建材商1000家", "常备农场建材900种", "年出货地垫12万张"),
              ("1,000 farm and building supply accounts", "900 farm building lines in stock", "120,000 mats shipped a year")),
        "E": (("马匹繁育场", "马厩建造公司", "大学马术中心"),
              ("horse breeding farm", "barn builder", "university equine center"),
              ("繁育母马200匹", "每年建马厩40座", "马厩三栋，马位180个"),
              ("200 broodmares", "40 barns built a year", "three barns with 180 stalls")),
        "material": (("再生胶粉", "丁苯橡胶", "硫化助剂"), ("crumb rubber", "SBR rubber", "curing agents")),
        "places": (("衡水", "邢台", "青岛"), ("Hengshui", "Xingtai", "Qingdao")),
    },
    "farrowcrate": {
        "sector": HOG,
        "product": ("母猪产床", "farrowing crates"),
        "use": ("养着成百上千头母猪", "keep large sow herds"),
        "R": (("热镀锌管厂", "塑料漏粪板厂", "铸铁件厂"),
              ("hot-dip galvanized tube mill", "plastic slat molder", "iron casting foundry"),
              ("镀锌管年产10万吨", "塑料板年产200万块", "铸件年产3万吨"),
              ("100,000 t of galvanized tube a year", "2 million plastic slats a year", "30,000 t of castings a year")),
        "M": (("产床工厂", "猪舍栏位制造商", "产床OEM工厂"),
              ("farrowing crate factory", "hog pen maker", "farrowing crate OEM"),
              ("年产产床5万套", "焊接机器人20台", "可按猪舍图纸定做，起订量100套"),
              ("50,000 crates a year", "20 welding robots", "made to barn drawings from 100 crates")),
        "D": (("养猪设备进口商", "猪场设备经销商", "产床品牌代理商"),
              ("swine equipment importer", "hog barn equipment dealer", "farrowing crate dealer"),
              ("客户猪场500家", "安装队伍12支", "年出货产床6000套"),
              ("500 hog farm accounts", "12 installation crews", "6,000 crates shipped a year")),
        "E": (("母猪繁育场", "生猪养殖集团", "种猪公司"),
              ("sow farm", "integrated pork producer", "swine genetics company"),
              ("母猪5000头", "猪场40个", "核心种猪场6个"),
              ("5,000 sows", "40 hog sites", "6 nucleus herds")),
        "material": (("热镀锌管", "塑料漏粪板", "铸铁件"), ("galvanized tube", "plastic slats", "iron castings")),
        "places": (("青州", "潍坊", "诸城"), ("Qingzhou", "Weifang", "Zhucheng")),
    },
    "pigfeeder": {
        "sector": HOG,
        "product": ("猪用干湿料槽", "wet-dry hog feeders"),
        "use": ("育肥成批的生猪", "finish hogs in large numbers"),
        "R": (("不锈钢板厂", "下料调节器厂", "高密度聚乙烯厂"),
              ("stainless sheet mill", "feed gate maker", "HDPE producer"),
              ("不锈钢板年产4万吨", "调节器年产300万只", "HDPE年产12万吨"),
              ("40,000 t of stainless sheet a year", "3 million feed gates a year", "120,000 t of HDPE a year")),
        "M": (("料槽工厂", "自动喂料设备制造商", "料槽OEM工厂"),
              ("hog feeder factory", "automatic feeding equipment maker", "hog feeder OEM"),
              ("年产料槽25万个", "冲压折弯线10条", "可做贴牌，起订量200个"),
              ("250,000 feeders a year", "10 press and brake lines", "private-label runs from 200 feeders")),
        "D": (("饲喂设备进口商", "养殖设备批发商", "料槽品牌代理商"),
              ("feeding equipment importer", "livestock equipment wholesaler", "hog feeder dealer"),
              ("客户猪场800家", "常备养殖设备1400种", "年出货料槽3万个"),
              ("800 hog farm accounts", "1,400 livestock lines in stock", "30,000 feeders shipped a year")),
        "E": (("育肥猪场", "生猪代养合作社", "养殖企业"),
              ("hog finishing operation", "contract grower cooperative", "pork company"),
              ("年出栏生猪10万头", "合作户150户", "猪场25个"),
              ("100,000 hogs marketed a year", "150 contract growers", "25 finishing sites")),
        "material": (("不锈钢板", "下料调节器", "高密度聚乙烯"), ("stainless sheet", "feed gates", "HDPE")),
        "places": (("临沂", "邹城", "济宁"), ("Linyi", "Zoucheng", "Jining")),
    },
    "slatfloor": {
        "sector": HOG,
        "product": ("漏缝地板", "slatted floors"),
        "use": ("要新建或改造猪舍", "build or rebuild hog barns"),
        "R": (("高强水泥厂", "预应力钢丝厂", "混凝土外加剂厂"),
              ("high-strength cement plant", "prestressing wire mill", "concrete admixture maker"),
              ("水泥年产100万吨", "钢丝年产5万吨", "外加剂年产2万吨"),
              ("1 million t of cement a year", "50,000 t of wire a year", "20,000 t of admixture a year")),
        "M": (("漏缝地板厂", "预制猪舍构件制造商", "地板OEM工厂"),
              ("slat plant", "precast barn component maker", "slat OEM"),
              ("年产漏缝地板60万平方米", "模台120个", "可按栏位尺寸定做"),
              ("600,000 m² of slats a year", "120 casting beds", "cast to pen dimensions on order")),
        "D": (("农场建筑材料进口商", "猪舍建材经销商", "地板代理商"),
              ("farm building importer", "hog barn building dealer", "slat distributor"),
              ("客户猪场和施工队600家", "年供货猪舍200栋", "年出货地板8万平方米"),
              ("600 farm and contractor accounts", "materials for 200 barns a year", "80,000 m² shipped a year")),
        "E": (("猪舍建设公司", "生猪养殖企业", "农业开发公司"),
              ("hog barn contractor", "pork producer", "farm development company"),
              ("每年建猪舍50栋", "猪场18个，三年内全部改造", "在建养殖园区3个"),
              ("50 barns built a year", "18 sites to be rebuilt within three years", "3 farm campuses under construction")),
        "material": (("高强水泥", "预应力钢丝", "混凝土外加剂"), ("high-strength cement", "prestressing wire", "concrete admixture")),
        "places": (("德州", "聊城", "菏泽"), ("Dezhou", "Liaocheng", "Heze")),
    },
}  # fmt: skip

STAGES = "RMDE"
ADJACENT = {"R": ("M",), "M": ("R", "D", "E"), "D": ("M", "E"), "E": ("M", "D")}
SELLS_TO = {"R": ("M",), "M": ("D", "E"), "D": ("E",), "E": ()}
ROLES = [(s, w) for s in STAGES for w in ADJACENT[s]]
UPSTREAM = {("M", "R"), ("D", "M"), ("E", "M"), ("E", "D")}  # the company buys from what it seeks

US_PLACES = (("宾夕法尼亚州阿伦敦", "Allentown, Pennsylvania"), ("威斯康星州格林贝", "Green Bay, Wisconsin"),
             ("田纳西州查塔努加", "Chattanooga, Tennessee"), ("新墨西哥州阿尔伯克基", "Albuquerque, New Mexico"),
             ("内布拉斯加州奥马哈", "Omaha, Nebraska"), ("南卡罗来纳州格林维尔", "Greenville, South Carolina"),
             ("华盛顿州斯波坎", "Spokane, Washington"), ("阿肯色州小石城", "Little Rock, Arkansas"),
             ("密歇根州大急流城", "Grand Rapids, Michigan"), ("佛蒙特州伯灵顿", "Burlington, Vermont"),
             ("亚拉巴马州亨茨维尔", "Huntsville, Alabama"), ("俄克拉何马州塔尔萨", "Tulsa, Oklahoma"),
             ("印第安纳州韦恩堡", "Fort Wayne, Indiana"), ("内华达州里诺", "Reno, Nevada"))  # fmt: skip

# Generic role nouns, for wants naming only the role and the country, and for negations.
GENERIC = {
    "zh": {"R": ("原材料供应商", "上游供货商"), "M": ("生产厂家", "工厂", "制造商"),
           "D": ("经销商", "分销商", "进口商"), "E": ("终端客户", "最终用户", "直接用户")},
    "en": {"R": ("raw material supplier", "upstream vendor"), "M": ("manufacturer", "producer", "factory"),
           "D": ("distributor", "importer", "wholesale partner"), "E": ("end customer", "end user", "final buyer")},
}  # fmt: skip

# The noun phrase of the partner sought, by (company's side, language of the text).
WANT_FORMS = {
    ("CN", "zh"): ("美国的{n}", "一家美国{n}", "美国本土的{n}", "有规模的美国{n}", "口碑好的美国{n}"),
    ("CN", "en"): ("a US {n}", "an American {n}", "a {n} in the United States", "a US-based {n}", "an established American {n}"),
    ("US", "en"): ("a Chinese {n}", "a {n} in China", "a China-based {n}", "a {n} on the Chinese side", "an established Chinese {n}"),
    ("US", "zh"): ("中国的{n}", "一家中国{n}", "国内的{n}", "有规模的中国{n}", "口碑好的中国{n}"),
}  # fmt: skip
MATERIAL_FORMS = {
    ("CN", "zh"): ("美国产的{n}", "美国进口的{n}", "来自美国的{n}"),
    ("CN", "en"): ("{n} made in the US", "American-made {n}", "{n} sourced from the US"),
    ("US", "en"): ("{n} made in China", "Chinese-made {n}", "{n} sourced from China"),
    ("US", "zh"): ("中国产的{n}", "中国进口的{n}", "来自中国的{n}"),
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
    "zh": {"cue": ("{it}正在寻找{want}的稳定货源。", "{it}在找{want}，打算先小批量试用。", "{it}寻求{want}长期供货。"),
           "named": ("{want}：用量稳定，供货方待定。", "{it}目前卡脖子的是{want}。", "{it}今年采购清单上的第一项：{want}。")},
    "en": {"cue": ("{It} is looking for a steady source of {want}.", "{It} seeks {want}, trial lot first.", "{It} hopes to find {want} in reliable volume."),
           "named": ("{want_cap}: regular volume, vendor undecided.", "What holds {it} back right now is {want}.", "First line on {its} purchase list this year: {want}.")},
}  # fmt: skip

# Wants only implied by a plan, by (stage, want); impersonal or third person. Slots: cty cty_adj
# product use mat mat_own. No template leans on the grammatical number of {product}.
PLANS = {
    ("R", "M"): {"zh": ("公司打算让自家的{mat_own}在{cty}做{product}的生产线上站稳脚跟，三年内做到稳定批量。",
                        "明年起，{mat_own}要拿出一部分专供{cty}，用来做{product}。",
                        "新扩的产能，瞄准的是{cty}生产{product}要用的{mat_own}。"),
                 "en": ("It wants its {mat_own} to become a regular input for {product} made in {cty} within three years.",
                        "From next year part of its output of {mat_own} is set aside to go into {product} made in {cty}.",
                        "The expansion under way is sized for {mat_own} that ends up inside {product} made in {cty}.")},
    ("M", "R"): {"zh": ("{mat}准备明年改由{cty}供应，先从一个小批量开始。",
                        "公司计划把{mat}的采购挪到{cty}，下半年签第一份年度合同。",
                        "今年预算里列了一笔钱，专门用来从{cty}进{mat}。"),
                 "en": ("Its {mat} is to come from {cty} starting next year, beginning with a small lot.",
                        "Purchasing of {mat} moves to {cty} in the second half, under a first annual contract.",
                        "This year's budget has a line for bringing in {mat} from {cty}.")},
    ("M", "D"): {"zh": ("公司想让{cty}的零售店明年就能摆上自家的{product}，仓储和配送交给当地去做。",
                        "{product}打进{cty}的门店渠道是今年头号任务，公司不打算自己在那边开仓。",
                        "目标是一年内{cty}各地都能现货买到它的{product}。"),
                 "en": ("It wants its {product} on store shelves across {cty} next year, with storage and delivery handled locally.",
                        "Getting its {product} into {cty_adj} stores is this year's first job; it will not run a warehouse there itself.",
                        "Within a year, buyers anywhere in {cty} should be able to get its {product} from local stock.")},
    ("M", "E"): {"zh": ("今后{product}打算直接卖给{cty}那些{use}的单位，不走中间环节。",
                        "明年要和{cty}几家{use}的大单位直接签年度合同。",
                        "公司希望{cty}{use}的人，能直接从它这里下单。"),
                 "en": ("From here on it wants to sell {product} straight to organizations in {cty} that {use}, with no one in between.",
                        "Next year it plans direct annual contracts with a few large outfits in {cty} that {use}.",
                        "The idea is that people in {cty} who {use} can order straight from its own plant.")},
    ("D", "M"): {"zh": ("明年的目录里要加一条{cty}生产的{product}，价格比现有的低一档。",
                        "打算把{cty}造的{product}引进来，贴自有品牌卖。",
                        "下季度起，{product}要直接从{cty}的源头拿货。"),
                 "en": ("Next year's catalog adds a line of {product} made in {cty}, one price tier below what it carries now.",
                        "It intends to bring in {cty_adj}-made {product} under its own label.",
                        "Starting next quarter, its {product} will come straight from the source in {cty}.")},
    ("D", "E"): {"zh": ("仓里的{product}今年准备直接供给{cty}那些{use}的单位。",
                        "下一步要在{cty}攒一批{use}的回头客，按月补货。",
                        "今年想让{cty}{use}的人，都从它这里拿{product}。"),
                 "en": ("This year the {product} it keeps in stock is meant for organizations in {cty} that {use}.",
                        "Next it wants a base of repeat accounts in {cty} among those who {use}, restocked every month.",
                        "The goal this year: people in {cty} who {use} get their {product} from its warehouse.")},
    ("E", "M"): {"zh": ("下一批{product}打算拿着自己的规格书到{cty}直接下生产单。",
                        "明年开始，{product}要在{cty}按自家标准专门生产，不再买市面上的通货。",
                        "公司准备在{cty}开一套自己的模具，{product}从此照它的图纸做。"),
                 "en": ("It intends to take its own spec sheet to {cty} and have the next run of {product} made to it.",
                        "From next year its {product} will be produced in {cty} to its own standard, not bought off the shelf.",
                        "It plans to pay for its own tooling in {cty} so that its {product} is made to its drawings.")},
    ("E", "D"): {"zh": ("以后{product}想在{cty}就近从现货里补，两周内到。",
                        "今年{product}要改成在{cty}从本地库存少量多次地补。",
                        "不想再等整柜海运了，{product}打算直接在{cty}拿现成库存。"),
                 "en": ("Going forward it wants {product} replenished from stock already in {cty}, delivered inside two weeks.",
                        "This year it will reorder {product} in small, frequent lots from inventory sitting in {cty}.",
                        "No more waiting on full containers: its {product} should come from ready stock in {cty}.")},
}  # fmt: skip
CUE_WORDS = {
    "zh": ("寻求", "寻找", "物色", "希望结识", "在找"),
    "en": ("looking for", "look for", "seek", "search", "find", "hunt for"),
}

NEGATION = {
    "zh": ("{neg}这回不在考虑范围内。", "暂不打算和{neg}打交道。", "跟{neg}的合作先放一放。", "眼下用不着{neg}。"),
    "en": ("{plural_cap} are off the table for now.", "It is not talking to {plural} at this point.", "No {plural}, at least not this year.",
           "{plural_cap} need not apply."),
}  # fmt: skip
SERVED = {
    "zh": ("合作多年的客户里有{c1}、{c2}等{k}家{cnoun}。", "目前主要供货给{cnoun}，如{c1}和{c2}。", "{c1}、{c2}两家{cnoun}是它的长期客户。"),
    "en": ("Long-standing accounts include {k} {cnoun_pl}, among them {c1} and {c2}.",
           "Most of what it sells now goes to {cnoun_pl} such as {c1} and {c2}.",
           "{c1} and {c2}, both {cnoun_pl}, buy from it regularly."),
}  # fmt: skip
CUSTOMERS = {
    "zh": ("宏达", "金盛", "联合", "康源", "佳美", "东方", "百顺", "安泰"),
    "en": ("Whitcombe", "Larkspur", "Ostrander", "Pruitt", "Castellan", "Mayhew", "Brannock", "Delacroix"),
}  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Ways of writing, all by a provider of one professional or public service. Each: offer
# templates; want templates of three kinds ("cue": with a verb of seeking, "named": naming the
# partner without one, "plan": a frame around an implied plan); neutral middle lines; header
# lines and trailing lines ("!" marks a closing line). Slots: name it It its Its noun detail
# place year age year2 month month_zh d k m pct person who whos title staff office want
# want_cap plan.
# ---------------------------------------------------------------------------------------------
GENRES: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    "searchorder": {  # a headhunter's search mandate
        "zh": {
            "offer": ("委托企业：{name}，{place}的{noun}，{detail}。",
                      "{name}成立于{year}年，{noun}，{detail}，本次委托寻访一名海外业务负责人。",
                      "{person}（{name}{title}）签了猎头委托。公司是一家{noun}，{detail}。",
                      "{name}，{detail}；候选人要懂英语、能常驻海外。",
                      "客户{name}属{noun}，{detail}，这是第二次交给我们做职位。",
                      "{name}在{place}经营了{age}年，{detail}。"),
            "cue": ("职位背景：{it}正在寻找{want}，新负责人上任第一件事就是把这条线谈下来。",
                    "{who}说，公司在物色{want}，候选人最好在对方圈子里有人脉。",
                    "{it}寻求与{want}合作，所以候选人须有相关行业经验。",
                    "据{who}介绍，{it}还在找{want}，职位要在三个月内到岗。"),
            "named": ("候选人的首要任务：替{it}对接{want}。",
                      "{who}问：有没有候选人曾经和{want}打过交道？",
                      "新人若能在一年内谈下{want}，另有签约奖金。",
                      "考核指标：与{want}建立稳定合作。"),
            "plan": ("委托背景：{plan}", "{who}在沟通中谈到：{plan}", "职位设立的原因：{plan}"),
            "mid": ("年薪区间{k}万到{m}0万，另有股权。", "汇报对象为总经理。", "候选人要求本科以上，英语流利。", "服务费为年薪的20%。"),
            "head": ("猎头委托单", "职位寻访｜委托编号LT{year2}{k}{d}", "客户需求沟通纪要（{month_zh}月{d}日）"),
            "tail": ("两周内提交首批候选人名单。", "本委托单内容仅限顾问团队内部使用。", "!顾问：{staff}"),
        },
        "en": {
            "offer": ("Client: {name}, a {noun} in {place}; {detail}.",
                      "{name} ({noun}, founded {year}) has retained us for a senior hire; {detail}.",
                      "Intake call with {person}, {title} at {name}. The company is a {noun}: {detail}.",
                      "{name} ({detail}) filled two positions through us before.",
                      "Retained search for {name}, {place}. Business: {noun}; {detail}.",
                      "{name} has been a {noun} for {age} years; {detail}."),
            "cue": ("Why the opening exists: {it} is looking for {want}, and the new hire will own that effort.",
                    "{who} said {it} seeks {want}; candidates with contacts there go first.",
                    "{It} hopes to find {want} this year and needs someone who has done it before.",
                    "Per {who}, the hire's first job is to help {it} find {want}."),
            "named": ("First-year goal for the hire: a signed deal with {want}.",
                      "{who} asked whether any candidate has worked with {want}.",
                      "A bonus is tied to landing {want} within twelve months.",
                      "Ideal background: years spent selling to or buying from {want}."),
            "plan": ("Business context for the opening: {plan}", "{who} laid out the plan. {plan}", "Why now: {plan}"),
            "mid": ("Base salary up to ${k}0,000 plus bonus.", "Reports to the CEO.", "Travel about {pct}% of the time.", "Fee: 25% of first-year cash compensation."),
            "head": ("RETAINED SEARCH MANDATE", "Executive search · Mandate {year2}-{k}{d}", "Intake call notes ({month} {d})"),
            "tail": ("First slate of candidates due in three weeks.", "Confidential: do not share the client's name with candidates yet.", "!Lead consultant: {staff}"),
        },
    },
    "bookkeeping": {  # an accounting firm's new-client onboarding note
        "zh": {
            "offer": ("新客户：{name}，{place}，{noun}，{detail}。",
                      "{name}是一家{noun}，{detail}，从下月起把账务交给本所。",
                      "{person}（{name}{title}）来所签了会计服务合同。公司为{noun}，{detail}。",
                      "{name}成立于{year}年，{detail}，一般纳税人。",
                      "客户{name}（{noun}）{detail}，原会计已离职。",
                      "{name}在{place}，{detail}，有出口退税业务。"),
            "cue": ("客户提醒：{it}正在寻找{want}，今后外币收付会多，需单设科目。",
                    "{who}说，公司在物色{want}，想先了解跨境结算怎么入账。",
                    "{it}寻求与{want}长期合作，合同签下后要测算税负。",
                    "据{who}讲，{it}在找{want}，预付款怎么处理要提前定。"),
            "named": ("{who}问：和{want}签合同，发票和外汇怎么处理？",
                      "若与{want}的合作落地，下季度收入结构会变化。",
                      "客户关注：对接{want}的费用能否税前列支。",
                      "{it}下半年的主要往来方：{want}。"),
            "plan": ("客户介绍的经营安排：{plan}", "{who}提到：{plan}", "影响账务处理的业务计划：{plan}"),
            "mid": ("每月凭证约{k}0张。", "已开通电子税务局授权。", "银行账户{m}个，需每月对账。", "年度审计另行报价。"),
            "head": ("会计服务新客户建档表", "客户建档｜编号KJ{year2}{k}{d}", "新客户交接记录（{month_zh}月{d}日）"),
            "tail": ("下一步：完成期初余额核对。", "本表仅供本所会计人员使用。", "!主办会计：{staff}"),
        },
        "en": {
            "offer": ("New client: {name}, a {noun} in {place}; {detail}.",
                      "{name} ({noun}; {detail}) moves its books to us next month.",
                      "Engagement signed with {person}, {title} of {name}. The business is a {noun}: {detail}.",
                      "{name}, founded {year}, is a {noun}; {detail}. S corporation, calendar year.",
                      "{name} ({detail}) left its previous accountant after a move.",
                      "Onboarding {name}, a {noun} with {age} years of filings; {detail}."),
            "cue": ("Heads-up from the client: {it} is looking for {want}, so expect foreign-currency payments.",
                    "{who} said {it} seeks {want} and asked how deposits to overseas vendors get booked.",
                    "{It} hopes to find {want} by spring; we should model the tariff cost.",
                    "Per {who}, {it} is trying to find {want}, which will change cash flow."),
            "named": ("{who} asked how a contract with {want} affects sales tax.",
                      "Revenue mix may shift if {it} signs with {want}.",
                      "Client question: are trips to meet {want} deductible?",
                      "Main counterparty expected next year: {want}."),
            "plan": ("Client's business plans affecting the books: {plan}", "{who} mentioned the year ahead. {plan}", "Planning note: {plan}"),
            "mid": ("About {k}0 transactions a month.", "Payroll for {m}0 employees.", "Two bank accounts and one credit line.", "Quarterly estimates due on the usual dates."),
            "head": ("BOOKKEEPING CLIENT ONBOARDING", "New client file · No. {year2}-{k}{d}", "Onboarding call summary ({month} {d})"),
            "tail": ("Next: reconcile opening balances.", "Internal use only.", "!Accountant on file: {staff}, CPA"),
        },
    },
    "tripplan": {  # a travel agency's business trip itinerary request
        "zh": {
            "offer": ("出行单位：{name}，{place}，{noun}，{detail}。",
                      "{name}是一家{noun}，{detail}，本次出行{m}人。",
                      "预订人{person}（{name}{title}）。公司为{noun}，{detail}。",
                      "{name}成立于{year}年，{detail}，往年出行都由本社安排。",
                      "客户{name}（{noun}）{detail}，需代办签证。",
                      "{name}，{detail}；出行时间{month_zh}月中旬。"),
            "cue": ("出行目的：{it}正在寻找{want}，行程要留出三天拜访。",
                    "{who}说，公司在物色{want}，城市之间的衔接要灵活。",
                    "{it}寻求与{want}合作，需要预订能开会的酒店。",
                    "据{who}介绍，{it}在找{want}，希望安排一名商务翻译随行。"),
            "named": ("拜访对象：{want}，具体哪几家出发前确定。",
                      "{who}问：能否帮忙预订离{want}集中地较近的酒店？",
                      "若与{want}谈得顺利，回程可能推迟两天。",
                      "行程主线：走访{want}。"),
            "plan": ("客户说明的出行背景：{plan}", "{who}介绍：{plan}", "行程安排依据：{plan}"),
            "mid": ("往返机票经济舱，需含托运行李。", "酒店要求含早，单人间。", "全程包车，司机会简单英语。", "行程共{m}天。"),
            "head": ("商务出行需求单", "差旅预订｜单号LX{year2}{k}{d}", "出行需求确认（{month_zh}月{d}日）"),
            "tail": ("行程初稿三个工作日内发出。", "机票价格以出票时为准。", "!旅行顾问：{staff}"),
        },
        "en": {
            "offer": ("Traveler account: {name}, a {noun} in {place}; {detail}.",
                      "{name} ({noun}; {detail}) is sending {m} people abroad.",
                      "Booked by {person}, {title} at {name}. The company is a {noun}: {detail}.",
                      "{name}, founded {year}, has used the agency for years; {detail}.",
                      "{name} ({detail}) needs visas arranged for the group.",
                      "Corporate account {name}, {place}: {noun}, {detail}."),
            "cue": ("Purpose of trip: {it} is looking for {want}; leave three days open for visits.",
                    "{who} said {it} seeks {want}, so city-to-city legs must stay flexible.",
                    "{It} hopes to find {want} on this trip and wants a hotel with meeting rooms.",
                    "Per {who}, {it} is trying to find {want} and needs an interpreter for two days."),
            "named": ("Visits planned with {want}; names to follow.",
                      "{who} asked for hotels near {want}.",
                      "If meetings with {want} go well, the return may slip two days.",
                      "Main business of the trip: meetings with {want}."),
            "plan": ("Background from the traveler: {plan}", "{who} explained the trip. {plan}", "Trip rationale: {plan}"),
            "mid": ("Economy with checked bags; aisle seats preferred.", "Hotels with breakfast, single rooms.", "Car and driver for the whole trip.", "{m} days in all."),
            "head": ("BUSINESS TRIP ITINERARY REQUEST", "Corporate travel · Request {year2}-{k}{d}", "Trip request confirmation ({month} {d})"),
            "tail": ("Draft itinerary within three business days.", "Fares not guaranteed until ticketed.", "!Travel advisor: {staff}"),
        },
    },
    "packbrief": {  # a packaging design studio's brief
        "zh": {
            "offer": ("客户：{name}，{noun}，{detail}。",
                      "{name}是{place}的一家{noun}，{detail}，要重新设计外箱和彩盒。",
                      "对接人{person}（{name}{title}）。公司为{noun}，{detail}。",
                      "{name}成立于{year}年，{detail}，现有包装是十年前的。",
                      "{name}（{noun}）{detail}，包装需中英双语。",
                      "{name}，{detail}；本次做一个系列共{m}款。"),
            "cue": ("包装要服务的目标：{it}正在寻找{want}，外箱一眼要能看出规格。",
                    "{who}说，公司在物色{want}，包装风格得合对方的口味。",
                    "{it}寻求与{want}合作，唛头和条码要按对方要求预留。",
                    "据{who}讲，{it}在找{want}，样品包装下月就要寄出。"),
            "named": ("包装首先要打动的是{want}。",
                      "{who}问：{want}更看重包装上的哪些信息？",
                      "若{want}认可新包装，{it}会把全系列都换掉。",
                      "设计受众：{want}。"),
            "plan": ("客户介绍的背景：{plan}", "{who}在沟通会上说：{plan}", "设计依据：{plan}"),
            "mid": ("外箱五层瓦楞，单色印刷。", "彩盒四色印刷，局部烫金。", "需提供刀版图和印刷文件。", "设计费分两期支付。"),
            "head": ("包装设计需求单", "包装项目｜编号BZ{year2}{k}{d}", "包装设计沟通记录（{month_zh}月{d}日）"),
            "tail": ("首轮方案两周内提交。", "设计稿版权在付清尾款后归客户。", "!设计总监：{staff}"),
        },
        "en": {
            "offer": ("Client: {name}, a {noun} in {place}; {detail}.",
                      "{name} ({noun}; {detail}) wants new cartons and labels.",
                      "Contact: {person}, {title} at {name}. The business is a {noun}: {detail}.",
                      "{name}, founded {year}, still ships in packaging from a decade ago; {detail}.",
                      "{name} ({detail}) needs bilingual packaging.",
                      "Package design for {name}, a {noun}; {detail}. Series of {m} items."),
            "cue": ("Packaging goal: {it} is looking for {want}, and the carton must read at a glance.",
                    "{who} said {it} seeks {want}; the look should fit that market.",
                    "{It} hopes to find {want} and needs sample packs that travel well.",
                    "Per {who}, {it} is trying to find {want}; dielines must leave room for their marks."),
            "named": ("Who the pack must win over first: {want}.",
                      "{who} asked what matters most to {want} on a carton.",
                      "If {want} approves the new pack, {it} will redo the whole line.",
                      "Design audience: {want}."),
            "plan": ("Client background: {plan}", "{who} gave context. {plan}", "Design driver: {plan}"),
            "mid": ("Corrugated shipper, one-color print.", "Retail box in four colors with a spot gloss.", "Deliverables: dielines and print-ready files.", "Fee in two installments."),
            "head": ("PACKAGING DESIGN BRIEF", "Pack design · Job {year2}-{k}{d}", "Packaging kickoff notes ({month} {d})"),
            "tail": ("First concepts in two weeks.", "Artwork rights pass to the client on final payment.", "!Creative director: {staff}"),
        },
    },
    "movesurvey": {  # an industrial mover's relocation survey
        "zh": {
            "offer": ("客户：{name}，{place}，{noun}，{detail}。",
                      "{name}是一家{noun}，{detail}，准备整体搬到新厂区。",
                      "现场对接人{person}（{name}{title}）。客户为{noun}，{detail}。",
                      "{name}成立于{year}年，{detail}，这是第一次搬迁。",
                      "客户{name}（{noun}）{detail}，搬迁距离约{k}公里。",
                      "{name}，{detail}；新址面积是现址的两倍。"),
            "cue": ("搬迁原因：{it}正在寻找{want}，新厂区要腾出接待和样品区。",
                    "{who}说，公司在物色{want}，搬迁期间不能停止供货。",
                    "{it}寻求与{want}合作，新场地要按对方验厂要求布置。",
                    "据{who}介绍，{it}在找{want}，希望两周内搬完。"),
            "named": ("{who}问：搬迁期间，{want}来访能否安排看新厂？",
                      "若与{want}签约，新厂区还要增加一条线。",
                      "新厂区的展示区是给{want}看的。",
                      "客户强调：搬迁不能影响与{want}的洽谈。"),
            "plan": ("客户说明的搬迁背景：{plan}", "{who}在勘察时谈到：{plan}", "搬迁方案依据：{plan}"),
            "mid": ("需拆装设备{k}台，最重一台{m}吨。", "新址地坪承重已核实。", "需办理大件运输许可。", "搬迁分三批进行。"),
            "head": ("设备搬迁勘察单", "搬迁项目｜编号BQ{year2}{k}{d}", "现场勘察记录（{month_zh}月{d}日）"),
            "tail": ("报价与方案一周内提交。", "本勘察单仅供报价使用。", "!勘察人：{staff}"),
        },
        "en": {
            "offer": ("Customer: {name}, a {noun} in {place}; {detail}.",
                      "{name} ({noun}; {detail}) is moving to a new building across town.",
                      "Walked the site with {person}, {title} of {name}. The customer is a {noun}: {detail}.",
                      "{name}, founded {year}, is moving for the first time; {detail}.",
                      "{name} ({detail}) needs its equipment moved about {k} miles.",
                      "Relocation survey for {name}, a {noun}; {detail}."),
            "cue": ("Reason for the move: {it} is looking for {want} and needs room to host visits.",
                    "{who} said {it} seeks {want}, so shipments cannot stop during the move.",
                    "{It} hopes to find {want} and wants the new floor laid out for their audits.",
                    "Per {who}, {it} is trying to find {want}; the move must finish in two weeks."),
            "named": ("{who} asked whether {want} could tour the new site mid-move.",
                      "If {it} signs with {want}, a second line goes into the new building.",
                      "The showroom at the new site is meant for {want}.",
                      "Customer's concern: no disruption to talks with {want}."),
            "plan": ("Customer's reasons for the move: {plan}", "{who} explained during the walk-through. {plan}", "Move drivers: {plan}"),
            "mid": ("{k} machines to disconnect, the heaviest {m} tons.", "Floor load at the new site confirmed.", "Oversize permits needed for two loads.", "Move in three phases."),
            "head": ("PLANT RELOCATION SURVEY", "Industrial move · Job {year2}-{k}{d}", "Site walk notes ({month} {d})"),
            "tail": ("Quote and move plan within a week.", "Survey for quoting only.", "!Surveyor: {staff}"),
        },
    },
}  # fmt: skip

# Company names: neutral or carrying a stage's role word (a hard case carries another stage's).
ZH_PARTS = ("安", "佳", "华", "泰", "弘", "新", "源", "达", "信", "康", "通", "利", "捷", "昌", "毅", "澜")  # fmt: skip
ZH_SUFFIX = {"neutral": ("有限公司", "实业有限公司", "股份有限公司", "科技有限公司"),
             "R": ("新材料有限公司", "材料有限公司", "原料科技有限公司"),
             "M": ("制造有限公司", "制品有限公司", "工业有限公司"),
             "D": ("商贸有限公司", "进出口有限公司", "贸易有限公司"),
             "E": ("连锁经营有限公司", "服务有限公司", "运营有限公司")}  # fmt: skip
PINYIN = ("Anjia", "Huatai", "Hongxin", "Yuanda", "Kangtong", "Lijie", "Changyi", "Xinlan", "Taihua", "Jiayuan")  # fmt: skip
CN_EN_WORD = {"neutral": ("",), "R": (" New Materials", " Materials"), "M": (" Manufacturing", " Products"),
              "D": (" Trading", " Import & Export"), "E": (" Chain Operations", " Services")}  # fmt: skip
EN_WORDS = ("Abernathy", "Blakely", "Corwin", "Danforth", "Ellery", "Fairbanks", "Granger", "Hollis",
            "Ingram", "Kessler", "Lockhart", "Merritt", "Newcombe", "Prescott", "Radcliffe", "Stanwick",
            "Treadwell", "Winslow")  # fmt: skip
EN_SUFFIX = {"neutral": ("Inc.", "LLC", "Co.", "Group", "Holdings"),
             "R": ("Materials", "Supply Co.", "Components"),
             "M": ("Manufacturing", "Products", "Works"),
             "D": ("Distribution", "Wholesale", "Imports"),
             "E": ("Services", "Facilities Group", "Operations")}  # fmt: skip
# People: (full name, casual short form, formal short form), by side and language.
PEOPLE = {
    ("CN", "zh"): (("王海涛", "王海涛", "王海涛"), ("刘静", "刘静", "刘静"), ("孙志刚", "孙志刚", "孙志刚"),
                   ("黄蕾", "黄蕾", "黄蕾"), ("赵永福", "赵永福", "赵永福"), ("朱敏", "朱敏", "朱敏")),
    ("CN", "en"): (("Wang Haitao", "Wang Haitao", "Wang"), ("Liu Jing", "Liu Jing", "Liu"), ("Sun Zhigang", "Sun Zhigang", "Sun"),
                   ("Huang Lei", "Huang Lei", "Huang"), ("Zhu Min", "Zhu Min", "Zhu")),
    ("US", "en"): (("Jessica Harlan", "Jessica", "Harlan"), ("Tom Reyes", "Tom", "Reyes"), ("Priya Natarajan", "Priya", "Natarajan"),
                   ("Kevin O'Malley", "Kevin", "O'Malley"), ("Dana Whitfield", "Dana", "Whitfield"), ("Eric Lindqvist", "Eric", "Lindqvist"),
                   ("Monica Alvarez", "Monica", "Alvarez"), ("Darnell Price", "Darnell", "Price")),
    ("US", "zh"): (("Jessica Harlan", "Jessica Harlan", "Jessica Harlan"), ("Tom Reyes", "Tom Reyes", "Tom Reyes"),
                   ("Eric Lindqvist", "Eric Lindqvist", "Eric Lindqvist")),
}  # fmt: skip
CASUAL = {"tripplan", "packbrief"}  # ways of writing calling a person by the casual short form
LINED = {"movesurvey", "bookkeeping"}  # form-like ways of writing, more often one item a line
# Titles by the direction of the want (buying from it, selling to it) and neutral ones.
TITLES = {
    "zh": {"up": ("采购经理", "供应链总监", "采购主管"), "down": ("海外市场总监", "国际销售经理", "出口部经理"),
           "any": ("总经理", "创始人", "执行董事")},
    "en": {"up": ("director of procurement", "supply chain manager", "purchasing lead"),
           "down": ("international sales manager", "director of export sales", "head of business development"),
           "any": ("CEO", "owner", "managing director")},
}  # fmt: skip
STAFF = {
    "zh": ("周宁", "邓雨", "韩磊", "方圆"),
    "en": ("K. Albright", "R. Nakamura", "S. Petrov", "T. Okonkwo"),
}
OFFICE = {  # unused office names kept for the slot
    "zh": ("区公共就业服务中心", "市人社局就业服务处", "街道人力资源服务站"),
    "en": (
        "Tri-County Workforce Board",
        "Metro Workforce Development Board",
        "Regional Workforce Partnership",
    ),
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
        "staff": rng.choice(STAFF[lang]), "office": rng.choice(OFFICE[lang]),
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
            assert len(t["offer"]) >= 6 and all(len(t[c]) >= 3 for c in CUES), (genre, lang)
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
