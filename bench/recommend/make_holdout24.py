# ruff: noqa: E501  (sentence templates and chain vocabularies are data; wrapping them hurts reading)
"""Write the twenty-fourth held-out ROLE set: ``roles_holdout24.json`` / ``roles_holdout24_gold.json``.

    python bench/recommend/make_holdout24.py

Written blind by a helper session that neither read nor ran the recommender engine: nothing
under ``src/`` or ``docs/``, no results, no fitting, study, evaluation or comparison script, no
corpus generator or corpus file, no role set, no profile or validation file. Only
``make_holdout23.py`` was read in full (for the file format, the construction and the style).
To keep the chains new, the candidate chains' key words (English and Chinese: the product and
its role nouns) were searched with ``grep -il`` over ``make_*.py``, ``roles_*.json``,
``profiles.json`` and ``validation.json``, printing only the names of matching files, never
their text.

Of the fifteen candidates given, dropped for a match of the product or of a role noun specific
to it: umbrellas ("umbrella", "雨伞", make_holdout9 and others), soy sauce ("soy sauce", "酱油",
make_corpus10, make_holdout18), chopsticks ("筷子", make_holdout22), yoga mats ("瑜伽垫",
make_corpus3), guitar strings ("吉他", "guitar", make_holdout8), bicycle helmets ("头盔",
make_holdout11), candles ("蜡烛", make_holdout8), fishing rods ("鱼竿", "钓鱼", make_holdout9),
hair clippers ("hair clipper", "推剪", "理发", make_holdout15), ceramic teapots ("ceramic", "陶瓷",
make_holdout7/13/15/22 and make_corpus3/9; "茶", make_roles, make_dataset, make_holdout15/21/22),
electric scooters ("electric scooter", make_dataset and profiles.json; "滑板车", make_corpus3),
baby strollers ("stroller", "童车", make_corpus3) and paper lanterns ("lantern", make_holdout22).
Rice cookers and mahjong sets were clean. Of the invented candidates, dropped: incense
(make_holdout21), calligraphy brushes ("calligraphy", make_holdout22), violins (make_holdout20),
microscopes (make_corpus6), electric kettles ("kettle", make_corpus7, make_holdout18), ceiling
fans (make_holdout21), drums ("drum", make_corpus1/4, make_holdout14), dumbbells (its end
buyers: "fitness", "gym", "健身", make_corpus3/6/7, make_holdout10/19) and video doorbells (its
sector: "smart home", "智能家居", make_corpus11; "安防", make_corpus5, make_holdout13; "property
management", "物业", make_corpus5/6 and others). Role and material nouns that matched were simply
not used: student housing / 学生公寓 (make_holdout17), canteen, 食堂, 团餐, 配餐, central kitchen,
Asian supermarket, sushi, restaurant chain, hotel, senior living / 养老社区, 养老院, nursing home,
school district / 学区, 小学, summer camp, cruise / 邮轮, orchestra / 乐团, lesson studio, 培训连锁,
tonewood, mahogany, spruce, nylon string, 碳素, acrylic / 亚克力, masterbatch, engraving, greyboard,
linen, bookstore / 书店, museum, league, pub / 酒馆, oche, venue, tungsten / 钨, bristle, silk,
派对, wedding, theater, walnut / 胡桃, maple / 枫木, teak, HDPE, non-slip / 防滑, 净菜, kitchenware,
foodservice, paddle / 球拍, fitness, thermostat / 温控器, 内胆 (alone), "sports wholesaler",
casino, community college, felt (alone). Every noun and material of the chains below was
finally grepped the same way (the full phrase, English and Chinese), none matching. Nothing may
be fitted or tuned on this set.

Standard library only and deterministic (``random.Random(SEED)``); it imports no other generator.

* Ten value chains: rice cookers and mahjong sets (the two clean candidates of the list given),
  then ukuleles, table tennis, jigsaw puzzles, dartboards, telescopes, ice skates, folding fans
  and cutting boards (invented, checked the same way). Stages: R raw material or key component,
  M maker, D distributor / importer / agent, E end buyer or user. Each company is at one stage
  and seeks an adjacent one (R seeks M; M seeks R, D or E; D seeks M or E; E seeks M or D).
* 40 Chinese (CN) and 70 US companies, 4 and 7 per chain, ids ``dcn001``… and ``dus001``…
  shuffled within each side. A CN and a US company are gold partners when they are in the same
  chain and each one's stage is what the other seeks. Every CN company has a gold US partner;
  beside it the US side holds a competitor (same stage, same want), a company offering what it
  seeks but seeking something else, and one wanting its product but offering nothing it seeks
  (where the stages allow one), then the rest of the chain at random.
* CN companies write mainland business Chinese (four of them English); US companies write
  English (seven of them Chinese). Free text only: no stage or role codes.
* Five ways of writing, none used by make_holdout23, each in both languages, spread evenly over
  each side: a WeChat Moments / LinkedIn-style social post (emojis, hashtags, likes), a
  supplier-qualification questionnaire answered in short Q/A fields, a chamber-of-commerce
  staff member's note introducing the company to a colleague in the third person ("they",
  "该公司"), a tender / RFQ notice or product-catalogue cover note, and a customer-review /
  testimonial blurb in which the offer and the want surface among quotes. Per genre and
  language there are at least six offer and seven want templates; the want comes first, in the
  middle or last, with or without a verb of wanting, as a question, a condition, a plan, a
  label, a questionnaire answer or a tender lot, and often only as a gap ("目前最缺的是…",
  "the gap right now is …", "what's missing is …"); header and noise lines (dates, phone
  numbers, hashtags, reference numbers, ratings, quotes) surround them.
* Hard cases, each in several documents: customers already served named in the offer (of a
  stage other than the one sought), negated wants ("…就不必联系了", "no importers this time"),
  role words in company names that differ from the company's stage, wants that name only a
  generic role and the country, and a maker's want named by its input material.
"""

from __future__ import annotations

import itertools
import json
import random
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20270224
NAME = "roles_holdout24"
PREFIX = {"CN": "dcn", "US": "dus"}

# Chains named by earlier sets (make_holdout23.py's list and its own ten chains) and the
# candidates dropped above; none of them may be used here.
_EARLIER = (
    "airfilter am animation bamboo bed billiards boba bottle bowling bpmonitor brake cable candle "
    "carpet cart carton carwash casket chair charging clipper cnc coffee coldchain cone conveyor "
    "cookware cosmetics crucible cup dairy deicer desal desk diaper dinnerware drillbit drone dryer "
    "dumpling ebike ebus egg electrolyser elevator excavator extinguisher eyewear fastener faucet "
    "fertilizer firework forklift fries furniture garlic garment generics glove golf greenhouse "
    "grindwheel guitar heatpump helmet honey hose hottub imaging insulator ivd kayak keg knife ladder "
    "lanyard laundry led lithium locker luggage mattress medal meddev mold motor mower mushroom "
    "netpen nuts oven padlock paint pallet peach pencil petfood piano pickle pickleball pillow pipe "
    "powerchip printing pv railcar robot saddle sausage sawblade scaffold scrubs seafood seating "
    "sewing socks solarheater soy spice storage syringe tackle tea tent tile toothbrush towel toy "
    "trampoline transformer treadmill truckscale turf turnout tyre umbrella valve vending "
    "wallcovering wastecart wastewater watermeter wheelchair wig wind window wine wrench xmastree "
    "zipper oliveoil berry ricenoodle tuna cocoa sugar ginseng beer juice flour bearing compressor "
    "weldwire hydcyl pump boiler gearbox visioncam crusher hoist backpack yogamat vase stroller "
    "hairdryer perfume boardgame phonecase scooter wallet h2tank dialyzer epoxy inverter implant "
    "intumescent sandwichpanel reagent heatexchanger drywall vinegar icecream lubricant spring tape "
    "footwear bicycle hearingaid aligner amenity frozenveg vitamin dentalunit magnet film jewelry "
    "watch countertop roofing localization bambooflooring wallpaper hotpot babybottle "
    "chopstick massagechair tennisracket nailpolish catlitter marinerope archery fountainpen "
    "sparkplug crayon mooncake tofu poolchlorine acoustictile windblade dentalfloss horsefeed "
    "skigoggle birdfeeder hammock airfryer karaokeset kitecraft snowchain mouthharp aquafilter "
    "pictureframe trekpole badmintonshuttle countingframe guitarstring bikehelmet fishingrod "
    "teapot escooter lantern hairclipper incense calligraphy violin microscope kettle ceilingfan "
    "drum dumbbell doorbell"
)
EARLIER_CHAINS = set(_EARLIER.split())

# ---------------------------------------------------------------------------------------------
# Chains: key -> sector; per stage (zh nouns, en nouns, zh details, en details); the material
# an R company supplies (zh, en), for a maker's want named by its input; Chinese places (zh, en).
# Details are neutral about the country so that either side may use them; the i-th detail of a
# stage goes with its i-th noun (zh and en aligned). The keys are chosen so that no description
# can contain them.
# ---------------------------------------------------------------------------------------------
CHAINS: dict[str, dict[str, object]] = {
    "ricecooker": {
        "sector": "rice cookers",
        "R": (("电饭煲内胆厂", "电热盘供应商", "IH线圈盘供应商"),
              ("rice cooker inner pot maker", "heating plate supplier", "induction coil supplier"),
              ("内胆年产1800万只，多层复合涂层", "电热盘年供应2200万片", "IH线圈盘月产150万套"),
              ("18 million inner pots a year with multi-layer coatings", "22 million heating plates a year", "1.5 million induction coil assemblies a month")),
        "M": (("电饭煲制造商", "电饭煲OEM工厂", "IH电饭煲工厂"),
              ("rice cooker manufacturer", "rice cooker OEM", "induction rice cooker factory"),
              ("年产电饭煲900万台，持有UL认证，商用款另有NSF认证", "3杯到10杯全系列，起订量1000台", "模具中心与可靠性实验室自建"),
              ("9 million rice cookers a year, UL listed, commercial models NSF certified", "3-cup to 10-cup models, 1,000-unit minimum", "its own tool shop and reliability lab")),
        "D": (("电饭煲进口商", "厨电分销商", "电饭煲批发商"),
              ("rice cooker importer", "cooking appliance distributor", "rice cooker wholesaler"),
              ("每月到港货柜40个", "合作门店2300家", "年出货电饭煲110万台"),
              ("40 containers landed a month", "2,300 store accounts", "1.1 million rice cookers shipped a year")),
        "E": (("盖饭快餐连锁", "员工餐厅运营商", "员工宿舍运营商"),
              ("rice bowl chain", "corporate cafeteria operator", "worker dormitory operator"),
              ("门店340家", "运营员工餐厅210个，日供餐18万份", "管理床位4.5万张"),
              ("340 outlets", "210 cafeterias serving 180,000 meals a day", "45,000 beds under management")),
        "material": (("电饭煲内胆", "电热盘", "IH线圈盘"), ("rice cooker inner pots", "heating plates", "induction coils")),
        "places": (("佛山", "中山", "珠海", "宁波"), ("Foshan", "Zhongshan", "Zhuhai", "Ningbo")),
    },
    "mahjongtiles": {
        "sector": "games",
        "R": (("密胺树脂粉供应商", "台呢供应商", "麻将牌坯厂"),
              ("melamine powder supplier", "gaming felt supplier", "tile blank molder"),
              ("年供密胺树脂粉1.6万吨", "台呢颜色60种，耐磨等级最高", "牌坯日产20万张"),
              ("16,000 t of melamine powder a year", "60 colors of hard-wearing table cloth", "200,000 tile blanks a day")),
        "M": (("麻将牌生产厂", "全自动麻将机工厂", "麻将OEM工厂"),
              ("mahjong tile maker", "automatic mahjong table factory", "mahjong set OEM"),
              ("年产麻将牌180万副", "麻将机年产25万台，带静音洗牌", "可做美式麻将与定制牌面，起订量200副"),
              ("1.8 million sets of tiles a year", "250,000 automatic tables a year with silent shuffling", "American-style sets and custom faces, 200-set minimum")),
        "D": (("麻将进口商", "棋牌用品批发商", "麻将品牌代理商"),
              ("mahjong importer", "mahjong and game wholesaler", "mahjong set distributor"),
              ("客户门店1100家", "常备SKU 1800个", "年出货麻将12万副"),
              ("1,100 store accounts", "1,800 SKUs in stock", "120,000 sets shipped a year")),
        "E": (("棋牌室连锁", "麻将俱乐部", "社区活动中心"),
              ("mahjong parlor chain", "mahjong club", "community center network"),
              ("门店180家", "会员2600人", "活动中心42个，每周开放6天"),
              ("180 parlors", "2,600 members", "42 centers open six days a week")),
        "material": (("密胺树脂粉", "台呢", "麻将牌坯"), ("melamine powder", "gaming felt", "tile blanks")),
        "places": (("杭州", "温州", "湖州", "郑州"), ("Hangzhou", "Wenzhou", "Huzhou", "Zhengzhou")),
    },
    "ukulelekit": {
        "sector": "fretted instruments",
        "R": (("相思木板材供应商", "氟碳琴弦厂", "弦钮供应商"),
              ("acacia wood supplier", "fluorocarbon string maker", "tuning peg supplier"),
              ("常备相思木板材2000立方米", "年产琴弦1500万根", "弦钮年产能3000万只"),
              ("2,000 m³ of acacia in stock", "15 million strings a year", "30 million tuning pegs a year")),
        "M": (("尤克里里工厂", "尤克里里制造商", "尤克里里OEM工厂"),
              ("ukulele factory", "ukulele maker", "ukulele OEM"),
              ("年产尤克里里150万把，21寸到26寸齐全", "木工与调试师傅380人", "可做贴牌与定制标志，起订量300把"),
              ("1.5 million ukuleles a year, 21 to 26 inch", "380 woodworkers and setup techs", "private label and custom logos, 300-piece minimum")),
        "D": (("尤克里里进口商", "尤克里里批发商", "尤克里里品牌代理商"),
              ("ukulele importer", "ukulele wholesaler", "ukulele brand distributor"),
              ("客户琴行1500家", "年销售尤克里里40万把", "仓库3个"),
              ("1,500 shop accounts", "400,000 ukuleles sold a year", "three warehouses")),
        "E": (("尤克里里教室连锁", "早教中心连锁", "教会青年团契"),
              ("ukulele school chain", "early learning center chain", "church youth ministry"),
              ("教室120间，学员2.4万人", "中心95家", "每周聚会青年1200人"),
              ("120 classrooms and 24,000 students", "95 centers", "1,200 young people meeting weekly")),
        "material": (("相思木板材", "氟碳琴弦", "弦钮"), ("acacia boards", "fluorocarbon strings", "tuning pegs")),
        "places": (("正安", "惠州", "天津", "肇庆"), ("Zheng'an", "Huizhou", "Tianjin", "Zhaoqing")),
    },
    "pingpong": {
        "sector": "table sports",
        "R": (("乒乓球胶皮厂", "乒乓球底板单板供应商", "乒乓球球坯厂"),
              ("table tennis rubber maker", "blade veneer supplier", "ball shell molder"),
              ("年产胶皮900万片", "常备桧木与林巴木单板", "球坯年产能3亿只"),
              ("9 million rubber sheets a year", "hinoki and limba veneers always in stock", "300 million ball shells a year")),
        "M": (("乒乓球生产厂", "乒乓球台工厂", "乒乓球器材OEM工厂"),
              ("ping-pong ball maker", "table tennis table factory", "table tennis equipment OEM"),
              ("年产乒乓球2.4亿只，三星球通过国际乒联认证", "年产球台8万张，室内室外款都有", "可做贴牌，起订量100张或5000只"),
              ("240 million balls a year, three-star balls ITTF approved", "80,000 tables a year, indoor and outdoor", "private label, 100-table or 5,000-ball minimum")),
        "D": (("乒乓球器材进口商", "乒乓球用品批发商", "乒乓球品牌代理商"),
              ("table tennis importer", "table tennis wholesaler", "ping-pong brand distributor"),
              ("客户门店与球馆1700家", "年销售球台1.2万张", "仓库面积1.8万平方米"),
              ("1,700 shops and clubs on account", "12,000 tables sold a year", "a 190,000 sq ft warehouse")),
        "E": (("乒乓球俱乐部", "乒乓球训练学校", "乒乓球社交吧连锁"),
              ("table tennis club", "table tennis academy", "ping-pong social club chain"),
              ("会员4200人", "在训学员1600人", "门店36家，球台700张"),
              ("4,200 members", "1,600 players in training", "36 locations with 700 tables")),
        "material": (("乒乓球胶皮", "底板单板", "乒乓球球坯"), ("table tennis rubber", "blade veneers", "ball shells")),
        "places": (("上海", "天津", "广州", "江门"), ("Shanghai", "Tianjin", "Guangzhou", "Jiangmen")),
    },
    "jigsawpuzzle": {
        "sector": "puzzles",
        "R": (("拼图纸板厂", "拼图刀模厂", "拼图覆面纸供应商"),
              ("puzzle board mill", "puzzle die maker", "puzzle face paper supplier"),
              ("年产2毫米拼图纸板3万吨", "刀模5000余套，可做异形块", "纸张克重从80克到157克"),
              ("30,000 t of 2 mm puzzle board a year", "more than 5,000 cutting dies, whimsy pieces included", "paper from 80 to 157 gsm")),
        "M": (("拼图工厂", "拼图制造商", "拼图OEM工厂"),
              ("jigsaw puzzle factory", "puzzle maker", "jigsaw OEM"),
              ("年产拼图1800万盒，从300片到5000片", "冲切机60台，拼块咬合紧密", "可做定制图案，起订量500盒"),
              ("18 million boxes a year, 300 to 5,000 pieces", "60 die-cutting presses, tight-fitting pieces", "custom images, 500-box minimum")),
        "D": (("拼图进口商", "拼图批发商", "拼图品牌代理商"),
              ("puzzle importer", "jigsaw wholesaler", "puzzle brand distributor"),
              ("客户门店2800家", "常备图案4000款", "年出货拼图90万盒"),
              ("2,800 store accounts", "4,000 designs in stock", "900,000 boxes shipped a year")),
        "E": (("拼图专卖店连锁", "拼图爱好者协会", "记忆照护中心"),
              ("puzzle shop chain", "jigsaw puzzle society", "memory care center network"),
              ("门店65家", "会员9000人", "照护中心80家"),
              ("65 shops", "9,000 members", "80 care centers")),
        "material": (("拼图纸板", "拼图刀模", "拼图覆面纸"), ("puzzle board", "cutting dies", "puzzle face paper")),
        "places": (("东莞", "温州", "宁波", "厦门"), ("Dongguan", "Wenzhou", "Ningbo", "Xiamen")),
    },
    "dartboardset": {
        "sector": "indoor games",
        "R": (("剑麻纤维供应商", "飞镖盘分隔钢丝厂", "镖羽生产厂"),
              ("sisal fiber supplier", "dartboard spider maker", "dart flight maker"),
              ("年供东非剑麻6000吨", "分隔钢丝年产400万套", "镖羽年产1.2亿片"),
              ("6,000 t of East African sisal a year", "4 million spiders a year", "120 million flights a year")),
        "M": (("飞镖盘制造商", "飞镖工厂", "电子飞镖机工厂"),
              ("dartboard manufacturer", "dart factory", "electronic dart machine factory"),
              ("年产剑麻飞镖盘260万只", "年产飞镖3000万支，钢头软头都有", "电子飞镖机年产4万台，可联网对战"),
              ("2.6 million sisal boards a year", "30 million darts a year, steel and soft tip", "40,000 electronic machines a year with online play")),
        "D": (("飞镖进口商", "飞镖用品批发商", "飞镖品牌代理商"),
              ("darts importer", "darts wholesaler", "dart brand distributor"),
              ("客户门店900家", "代理品牌7个", "年出货飞镖盘30万只"),
              ("900 store accounts", "seven brands represented", "300,000 boards shipped a year")),
        "E": (("飞镖俱乐部", "街机游戏厅连锁", "飞镖馆连锁"),
              ("darts club", "arcade chain", "dart hall chain"),
              ("会员1800人", "门店150家", "门店48家，投掷道600条"),
              ("1,800 members", "150 arcades", "48 halls with 600 throwing lanes")),
        "material": (("剑麻纤维", "分隔钢丝", "镖羽"), ("sisal fiber", "dartboard spiders", "dart flights")),
        "places": (("义乌", "宁波", "福州", "泉州"), ("Yiwu", "Ningbo", "Fuzhou", "Quanzhou")),
    },
    "startelescope": {
        "sector": "optics",
        "R": (("光学玻璃供应商", "望远镜镜筒厂", "赤道仪蜗轮供应商"),
              ("optical glass supplier", "telescope tube maker", "mount worm gear supplier"),
              ("年供光学玻璃毛坯800吨", "铝镜筒与碳纤维镜筒均可做", "蜗轮周期误差控制在±5角秒以内"),
              ("800 t of optical glass blanks a year", "aluminum and carbon fiber tubes", "worm gears held to ±5 arcsec periodic error")),
        "M": (("望远镜制造商", "天文望远镜工厂", "望远镜OEM工厂"),
              ("telescope manufacturer", "astronomy telescope factory", "telescope OEM"),
              ("年产天文望远镜60万台，折射式与反射式都有", "镀膜机与检测干涉仪自有", "可做贴牌，起订量200台"),
              ("600,000 telescopes a year, refractors and reflectors", "its own coating chambers and interferometers", "private label, 200-unit minimum")),
        "D": (("望远镜进口商", "天文器材经销商", "望远镜品牌代理商"),
              ("telescope importer", "astronomy gear dealer", "telescope distributor"),
              ("客户门店700家", "代理品牌6个", "年销售望远镜8万台"),
              ("700 store accounts", "six brands represented", "80,000 telescopes sold a year")),
        "E": (("天文馆", "天文台", "天文爱好者协会"),
              ("planetarium", "observatory", "astronomy society"),
              ("年接待观众90万人次", "口径1米以下望远镜24台", "会员5000人"),
              ("900,000 visitors a year", "24 telescopes under one meter aperture", "5,000 members")),
        "material": (("光学玻璃毛坯", "望远镜镜筒", "赤道仪蜗轮"), ("optical glass blanks", "telescope tubes", "mount worm gears")),
        "places": (("南京", "苏州", "余姚", "昆明"), ("Nanjing", "Suzhou", "Yuyao", "Kunming")),
    },
    "iceskate": {
        "sector": "skating",
        "R": (("冰刀刀片厂", "冰鞋鞋壳注塑厂", "冰刀钢带供应商"),
              ("skate blade maker", "boot shell molder", "skate runner steel mill"),
              ("年产冰刀刀片500万片", "鞋壳模具260套", "钢带硬度HRC 58以上"),
              ("5 million blades a year", "260 boot shell molds", "strip hardened above HRC 58")),
        "M": (("冰鞋制造商", "花样冰鞋工厂", "冰球鞋OEM工厂"),
              ("ice skate manufacturer", "figure skate factory", "hockey skate OEM"),
              ("年产冰鞋120万双", "手工缝制工人420人", "可做贴牌，起订量300双"),
              ("1.2 million pairs a year", "420 stitchers working by hand", "private label, 300-pair minimum")),
        "D": (("冰鞋进口商", "冰上运动用品批发商", "冰鞋品牌代理商"),
              ("ice skate importer", "skate wholesaler", "skate brand distributor"),
              ("客户门店1300家", "年销售冰鞋25万双", "入冬前备货8万双"),
              ("1,300 store accounts", "250,000 pairs sold a year", "80,000 pairs stocked before the cold months")),
        "E": (("溜冰场连锁", "冰球俱乐部", "花样滑冰俱乐部"),
              ("ice rink chain", "youth hockey club", "figure skating club"),
              ("冰场46座", "注册球员3200人", "会员1100人"),
              ("46 rinks", "3,200 registered players", "1,100 members")),
        "material": (("冰刀刀片", "冰鞋鞋壳", "冰刀钢带"), ("skate blades", "boot shells", "skate runner steel")),
        "places": (("哈尔滨", "齐齐哈尔", "长春", "沈阳"), ("Harbin", "Qiqihar", "Changchun", "Shenyang")),
    },
    "foldfan": {
        "sector": "handicrafts",
        "R": (("扇骨加工厂", "扇面纸供应商", "扇钉配件厂"),
              ("fan rib workshop", "fan leaf paper supplier", "fan pivot pin maker"),
              ("年产扇骨1亿根", "宣纸与洒金纸扇面均可供", "扇钉年产能2亿颗"),
              ("100 million ribs a year", "plain and gold-flecked rice paper fan leaves", "200 million pivot pins a year")),
        "M": (("折扇厂", "工艺扇工厂", "折扇OEM工厂"),
              ("folding fan maker", "decorative fan factory", "hand fan OEM"),
              ("年产折扇900万把", "手绘师傅160人", "可做定制印字，起订量500把"),
              ("9 million folding fans a year", "160 hand painters", "custom printing, 500-piece minimum")),
        "D": (("折扇进口商", "折扇批发商", "扇子品牌代理商"),
              ("hand fan importer", "folding fan wholesaler", "fan brand distributor"),
              ("客户门店1900家", "常备SKU 2600个", "年出货折扇200万把"),
              ("1,900 store accounts", "2,600 SKUs in stock", "2 million fans shipped a year")),
        "E": (("舞蹈学校连锁", "扇子舞团", "汉服体验馆连锁"),
              ("dance academy chain", "fan dance troupe", "hanfu costume studio chain"),
              ("校区70个", "团员120人，年演出200场", "门店55家"),
              ("70 campuses", "120 dancers, 200 shows a year", "55 locations")),
        "material": (("扇骨", "扇面纸", "扇钉"), ("fan ribs", "fan leaf paper", "fan pivot pins")),
        "places": (("杭州", "苏州", "湖州", "桂林"), ("Hangzhou", "Suzhou", "Huzhou", "Guilin")),
    },
    "choppingboard": {
        "sector": "kitchen prep",
        "R": (("橡胶木板材供应商", "樱桃木拼板厂", "食品级矿物油供应商"),
              ("rubberwood lumber supplier", "cherry wood panel gluer", "food-grade mineral oil supplier"),
              ("常备橡胶木烘干板材4000立方米", "拼板线14条", "矿物油年供应2500吨"),
              ("4,000 m³ of kiln-dried rubberwood in stock", "14 panel gluing lines", "2,500 t of mineral oil a year")),
        "M": (("砧板制造商", "菜板工厂", "砧板OEM工厂"),
              ("cutting board manufacturer", "chopping board factory", "cutting board OEM"),
              ("年产砧板800万块", "端纹与边纹砧板都做", "可做定制标志，起订量300块"),
              ("8 million boards a year", "end-grain and edge-grain boards", "custom logos, 300-piece minimum")),
        "D": (("砧板进口商", "厨房用品批发商", "砧板品牌代理商"),
              ("cutting board importer", "kitchen goods wholesaler", "cutting board distributor"),
              ("客户门店2200家", "常备SKU 3800个", "年出货砧板70万块"),
              ("2,200 store accounts", "3,800 SKUs in stock", "700,000 boards shipped a year")),
        "E": (("烹饪学校", "肉店连锁", "半成品餐包公司"),
              ("cooking school", "butcher shop chain", "meal kit company"),
              ("学员每年1.2万人", "门店85家", "日发餐包6万份"),
              ("12,000 students a year", "85 shops", "60,000 kits shipped a day")),
        "material": (("橡胶木板材", "樱桃木拼板", "食品级矿物油"), ("rubberwood lumber", "cherry wood panels", "food-grade mineral oil")),
        "places": (("漳州", "福州", "临沂", "菏泽"), ("Zhangzhou", "Fuzhou", "Linyi", "Heze")),
    },
}  # fmt: skip

STAGES = "RMDE"
ADJACENT = {"R": ("M",), "M": ("R", "D", "E"), "D": ("M", "E"), "E": ("M", "D")}
BUYERS = {"R": ("M",), "M": ("D", "E"), "D": ("E",), "E": ()}  # who a stage sells to

US_PLACES = (("华盛顿州", "Washington State"), ("科罗拉多州", "Colorado"), ("威斯康星州", "Wisconsin"),
             ("亚利桑那州", "Arizona"), ("南卡罗来纳州", "South Carolina"), ("密歇根州", "Michigan"),
             ("马里兰州", "Maryland"), ("田纳西州", "Tennessee"), ("堪萨斯州", "Kansas"),
             ("宾夕法尼亚州", "Pennsylvania"), ("内布拉斯加州", "Nebraska"), ("佛蒙特州", "Vermont"))  # fmt: skip

# Generic role nouns, for wants naming only the role and the country (and some negations).
GENERIC = {
    "zh": {"R": ("原料商", "上游供货方"), "M": ("工厂", "生产厂家", "制造商"),
           "D": ("经销商", "贸易商", "进口商", "代理"), "E": ("终端客户", "终端买家", "最终用户")},
    "en": {"R": ("raw material vendor", "upstream supplier"), "M": ("manufacturer", "factory", "producer"),
           "D": ("distributor", "trading company", "importer", "reseller"), "E": ("end customer", "end user", "final buyer")},
}  # fmt: skip

# The noun phrase of what is sought, by (writer's side, language).
WANT_FORMS = {
    ("CN", "zh"): ("美国{n}", "美国那边的{n}", "美国市场上的{n}", "一家靠谱的美国{n}", "北美{n}"),
    ("US", "zh"): ("中国{n}", "中国那边的{n}", "一家中国本土{n}", "大陆{n}", "来自中国的{n}"),
    ("CN", "en"): ("a US {n}", "an American {n}", "a {n} in the States", "a {n} on the US side"),
    ("US", "en"): ("a Chinese {n}", "a {n} in China", "a {n} on the China side", "a mainland {n}"),
}  # fmt: skip
MATERIAL_FORMS = {
    ("CN", "zh"): ("美国产{n}", "来自美国的{n}", "美国货源的{n}"),
    ("US", "zh"): ("中国产{n}", "来自中国的{n}", "中国货源的{n}"),
    ("CN", "en"): ("US-made {n}", "{n} from an American supplier", "{n} sourced in the States"),
    ("US", "en"): ("China-made {n}", "{n} from a Chinese supplier", "{n} sourced in China"),
}  # fmt: skip
MATERIAL_WANT = {
    "zh": ("原料端最缺的是{want}。", "{want}一直供不上，这是我们的瓶颈。", "如有{want}，量大长期要。",
           "{want}：年用量大，供应方待定。", "下半年要把{want}的来源定下来。", "{want}有现货吗？"),
    "en": ("Our weak link is {want}.", "Supply of {want} is the one thing holding output back.",
           "Big yearly volume of {want} needed.", "By {month} we mean to have {want} locked in.",
           "Anyone with {want} in stock?", "Still unsourced: {want}."),
}  # fmt: skip
NEGATION = {
    "zh": ("{neg}就不必联系了。", "不找{neg}。", "{neg}勿扰。", "暂不需要{neg}。", "{neg}已经够多了，不再增加。"),
    "en": ("No {plural} this time.", "Not interested in {neg}.", "{plural_cap} can skip this one.",
           "We already have enough {plural}.", "Please don't send {plural} our way."),
}  # fmt: skip
SERVED = {
    "zh": ("{c1}、{c2}等{k}家{cnoun}已是我们的长期客户。", "目前合作对象以{cnoun}为主，如{c1}、{c2}。", "老客户里有{c1}、{c2}这样的{cnoun}。"),
    "en": ("Long-standing {cnoun} accounts: {c1}, {c2} and {k} more.",
           "{cnoun} customers such as {c1} and {c2} already buy from us.",
           "We already work with {k} {cnoun} customers, {c1} and {c2} among them."),
}  # fmt: skip
CUSTOMERS = {
    "zh": ("广利", "天和", "顺昌", "裕隆", "福泰", "同创", "和信", "万通"),
    "en": ("Larchmont", "Whitfield", "Stonebridge", "Cedar Point", "Halvorsen", "Maple Row", "Pike & Moss", "Ridgeway"),
}  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Ways of writing. Each: offer and want templates, header lines and noise lines ("!" marks a
# closing line). Slots: name noun noun_cap detail detail_cap place year year2 month month_zh d k
# q r qth staff digits reviews pct phone contact recorder colleague c1 c2 want.
# ---------------------------------------------------------------------------------------------
GENRES: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    "socialpost": {
        "zh": {
            "offer": ("🎉 {name}又上了一个台阶！作为{place}的{noun}，{detail}，感恩每一位伙伴🙏",
                      "分享一下近况📢 我们是{noun}，{detail}。",
                      "从{year}年一路走到今天💪 {name}，{noun}，{detail}。",
                      "【{name}】{place}{noun}｜{detail}✨",
                      "团队{staff}人，一起把{noun}这件事做扎实👍 {detail}。",
                      "今天又有朋友来{place}看我们，聊到{detail}，都挺惊讶😄 我们是{noun}。",
                      "周末加班打卡☕ {name}，{noun}，{detail}。"),
            "want": ("🙏 求扩散：我们在找{want}，有资源的朋友私信我～",
                     "现在最缺的，是{want}🤝 谁能帮忙牵个线？",
                     "{year2}年小目标🎯：和{want}坐下来喝杯咖啡☕",
                     "唯一的遗憾😅：还没遇到合适的{want}。",
                     "你是{want}吗？评论区见👇",
                     "下一站🚀：{want}",
                     "我们的短板只有一个：{want}。",
                     "如果{want}刚好刷到这条，点个赞，我们聊聊😉"),
            "head": ("📍{place}", "{month_zh}月{d}日 · 朋友圈", "👍 {pct} · 💬 {k}"),
            "tail": ("#中美合作# #跨境# #{year2}加油#", "📞 {phone}（微信同号）", "欢迎转发🙏", "!—— {contact}"),
        },
        "en": {
            "offer": ("{name} ({noun}, {place}) hit a milestone 🎉 {detail_cap}. Grateful for this team! 🙌",
                      "Quick update from the {name} team 📢 We're a {noun}; {detail}.",
                      "{year} → today 💪 {name}, {noun}, {detail}.",
                      "Proud moment at {name} ✨ {detail_cap}. Not bad for a {noun} from {place}.",
                      "{staff} people, one mission: being the best {noun} around 👏 {detail_cap}.",
                      "Coffee-fueled Friday ☕ at {name}, a {noun}: {detail}."),
            "want": ("The one piece still missing 🧩: {want}.",
                     "If you are {want}, my DMs are open 📩",
                     "Big goal for {year2} 🎯: shake hands with {want}.",
                     "Who in my network knows {want}? Tag them below 👇",
                     "Honest post: our bottleneck right now is {want}.",
                     "Next chapter 🚀 {want}.",
                     "Would love to connect with {want} 🤝",
                     "Everything's in place except {want} 😅"),
            "head": ("📍 {place}", "Posted {month} {d}", "👍 {pct} · 💬 {k} comments"),
            "tail": ("#globaltrade #partnerships #{year2}goals", "📞 {phone}", "Reposts appreciated 🙏", "!— {contact}"),
        },
    },
    "questionnaire": {
        "zh": {
            "offer": ("1. 企业名称：{name}｜2. 主营：{noun}｜3. 规模：{detail}",
                      "问：贵司属于哪类企业？答：{noun}，{detail}。",
                      "主营业务：{noun}\n规模/产能：{detail}\n成立年份：{year}",
                      "Q2 公司简介（50字以内）：{place}{noun}，{detail}。",
                      "企业性质：民营｜业务描述：{noun}，{detail}｜员工人数：{staff}",
                      "A2. {noun}；{detail}；注册地{place}。"),
            "want": ("Q7 期望对接的合作方：{want}",
                     "问：目前最大的短板？答：缺{want}。",
                     "问：是否已有{want}？答：否。",
                     "Q9 未来12个月计划：与{want}签约",
                     "其他说明：如能介绍{want}，账期可放宽至90天。",
                     "问：链条上尚未覆盖的环节？答：{want}。",
                     "瓶颈环节（单选）：☑ {want}",
                     "Q8 合作意向对象：{want}（必填）"),
            "head": ("供应商资质调查表 SQ-{digits}", "填表日期：{year2}年{month_zh}月{d}日", "第{q}部分：基本情况"),
            "tail": ("联系电话：{phone}", "填表人：{contact}", "附件：营业执照扫描件、近三年财报", "!盖章：{name}"),
        },
        "en": {
            "offer": ("1. Legal name: {name} | 2. Business: {noun} | 3. Scale: {detail}",
                      "Q: What kind of company are you? A: {noun_cap}; {detail}.",
                      "Core business: {noun}\nScale / capacity: {detail}\nYear founded: {year}",
                      "Q2 Company profile (50 words max): {place} {noun}, {detail}.",
                      "Ownership: private | Business description: {noun}, {detail} | Headcount: {staff}",
                      "A2. {noun_cap}; {detail}; registered in {place}."),
            "want": ("Q7 Preferred partner type: {want}",
                     "Q: Biggest gap at present? A: {want}.",
                     "Q: Do you already work with {want}? A: No.",
                     "Q9 Plans for the next 12 months: sign {want}",
                     "Other remarks: introduce us to {want} and we can extend terms to net 90.",
                     "Q: Link of your chain not yet covered? A: {want}.",
                     "Bottleneck (tick one): ☑ {want}",
                     "Q8 Partnership target: {want} (required)"),
            "head": ("Supplier Qualification Questionnaire SQ-{digits}", "Date completed: {month} {d}, {year2}", "Section {q}: General"),
            "tail": ("Phone: {phone}", "Completed by: {contact}", "Attachments: business license, last three years' financials", "!Signed for {name}"),
        },
    },
    "chambernote": {
        "zh": {
            "offer": ("{colleague}，给你介绍一家会员单位：{name}。该公司是{place}的{noun}，{detail}。",
                      "该公司成立于{year}年，是一家{noun}，{detail}，上周刚来商会做了登记。",
                      "这家是我们商会的老会员了，{noun}，{detail}。",
                      "简单说下该公司情况：{noun}；{detail}；员工约{staff}人。",
                      "附上{name}的资料。该公司定位是{noun}，{detail}。",
                      "{colleague}好，{name}的负责人今天来商会坐了坐。他们是{noun}，{detail}。"),
            "want": ("他们这次主要是想认识{want}，你那边有没有线索？",
                     "该公司负责人说，眼下最缺的是{want}。",
                     "他们的打算是{year2}年前把{want}这一块落实下来。",
                     "你要是认识{want}，麻烦帮该公司引荐一下。",
                     "据该公司讲，别的都好说，就是还没有{want}。",
                     "该公司托我打听：有没有靠谱的{want}？",
                     "对接对象：{want}（该公司原话）。"),
            "head": ("商会内部便签 {month_zh}月{d}日", "转：会员服务部", "会员编号 M{digits}"),
            "tail": ("该公司联系人电话：{phone}", "谢谢！", "回头细聊。", "!——会员部 {recorder}"),
        },
        "en": {
            "offer": ("Hi {colleague}, quick intro to one of our members: {name}. They're a {noun} in {place}; {detail}.",
                      "They've been members since {year}: a {noun}, {detail}.",
                      "{name} stopped by the chamber this week. They are a {noun} ({detail}).",
                      "Short version on this company: {noun}, {detail}, about {staff} people.",
                      "Attaching {name}'s one-pager. They describe themselves as a {noun}; {detail}.",
                      "Long-time member, {name}: they're a {noun} based in {place}, {detail}."),
            "want": ("What they're after is {want}. Anyone come to mind?",
                     "Their words, not mine: the gap right now is {want}.",
                     "They'd like an intro to {want} before {month}.",
                     "If you know {want}, could you put them in touch?",
                     "Everything else is covered, they say; what they don't have is {want}.",
                     "They asked whether the chamber can point them to {want}.",
                     "Ask: {want}."),
            "head": ("Chamber staff note, {month} {d}", "Fwd: member services", "Member #{digits}"),
            "tail": ("Their contact: {phone}", "Thanks!", "Let's catch up after.", "!— {recorder}, Member Services"),
        },
    },
    "tender": {
        "zh": {
            "offer": ("{name}（{noun}）现发布如下公告。公司概况：{detail}。",
                      "本公司为{place}{noun}，{detail}，随函附上{year2}年新版目录。",
                      "目录说明：{name}是{noun}，{detail}。",
                      "发布人：{name}；发布人概况：{noun}，{detail}。",
                      "致各位伙伴：本册汇集{name}的全部业务介绍。我们是{noun}，{detail}。",
                      "询价方简介：{noun}，{detail}，成立于{year}年。"),
            "want": ("项目内容：遴选{want}一家，签订年度框架协议。",
                     "询价对象：{want}",
                     "投标人资格：须为{want}。",
                     "本次询价面向{want}，报价截止{month_zh}月{d}日。",
                     "目录之外：我们仍缺{want}，长期合作优先。",
                     "本轮缺口：{want}。",
                     "如贵方为{want}，欢迎索取完整资料。",
                     "第{q}标段：{want}"),
            "head": ("询价单号 RFQ-{year2}-{digits}", "公告", "{year2}版目录 · 致函"),
            "tail": ("截止时间：{month_zh}月{d}日17:00", "文件费：免费", "联系人：{contact} {phone}", "!{name} 商务部"),
        },
        "en": {
            "offer": ("{name} ({noun}) issues the following notice. About the issuer: {detail}.",
                      "We are a {noun} in {place}; {detail}. Our {year2} catalogue is enclosed.",
                      "Catalogue note: {name} is a {noun}; {detail}.",
                      "Issuer: {name}. Profile: {noun}, {detail}.",
                      "Dear partners, this booklet covers everything {name} does. We are a {noun}, {detail}.",
                      "About the requesting party: {noun}, {detail}, founded {year}."),
            "want": ("Scope: selection of {want} for a twelve-month framework agreement.",
                     "RFQ addressed to: {want}",
                     "Eligibility: bidders must be {want}.",
                     "This request is open to {want}; responses due {month} {d}.",
                     "Outside the catalogue: we still lack {want}, long-term partners preferred.",
                     "Open gap this round: {want}.",
                     "If you are {want}, ask us for the full pack.",
                     "Lot {q}: {want}"),
            "head": ("RFQ No. {year2}-{digits}", "NOTICE", "{year2} Catalogue · Cover note"),
            "tail": ("Deadline: {month} {d}, 5 pm", "Documents free of charge", "Contact: {contact}, {phone}", "!{name}, Business Office"),
        },
    },
    "testimonial": {
        "zh": {
            "offer": ("“合作{k}年，从没掉过链子。”——{c1}。{name}，{place}{noun}，{detail}。",
                      "客户说：“{detail}，这实力没得说。”——这就是{name}，一家{noun}。",
                      "⭐⭐⭐⭐⭐ “选{name}没错，专业的{noun}。”{detail}。",
                      "我们是{noun}，{detail}。听听客户怎么说：",
                      "“{name}这家{noun}，{detail}，靠谱。”——{c1}",
                      "{name}，{place}{noun}。客户口碑：“{detail}，名不虚传。”"),
            "want": ("也有客户问：“你们什么时候能接上{want}？”这正是我们下一步要做的。",
                     "唯一的差评：“还没有{want}，美中不足。”我们记下了。",
                     "“要是再有{want}，就完美了。”——这也是我们今年的目标。",
                     "所以，{want}，我们在等你。",
                     "口碑有了，缺的是{want}。",
                     "下一条好评，希望来自{want}。",
                     "合作招募：{want}（已有好评{k}00+条）"),
            "head": ("客户评价精选", "⭐ 4.{r}/5 · {reviews}条评价", "{month_zh}月口碑榜"),
            "tail": ("“回复快，交期准。”——{c2}", "“第{q}次合作了。”", "“服务到位！”", "!—— {name} 客服部"),
        },
        "en": {
            "offer": ("“{k} years together and they've never let us down.” — {c1}. {name}: a {noun} in {place}, {detail}.",
                      "A client put it best: “{detail_cap}, and it shows.” That's {name}, a {noun}.",
                      "⭐⭐⭐⭐⭐ “{name} is the {noun} we trust.” {detail_cap}.",
                      "We're a {noun}; {detail}. Don't take our word for it:",
                      "“Great {noun}. {detail_cap}. Solid.” — {c1} on {name}",
                      "{name}, {place} {noun}. What people say: “{detail_cap}. Believe the hype.”"),
            "want": ("One customer asked: “When are you adding {want}?” That's exactly our next move.",
                     "Our only critical review: “Shame they still don't have {want}.” Fair point.",
                     "“If they had {want}, it'd be perfect.” We agree, and it's this year's goal.",
                     "So, {want}: we're waiting for you.",
                     "The reviews are in. What's missing is {want}.",
                     "We'd love our next five-star review to come from {want}.",
                     "Partner call: {want} ({k}00+ reviews and counting)"),
            "head": ("What our customers say", "⭐ 4.{r}/5 · {reviews} reviews", "{month} review roundup"),
            "tail": ("“Quick replies, on-time delivery.” — {c2}", "“Ordered for the {qth} time.”", "“Great service!”", "!— {name} Customer Care"),
        },
    },
}  # fmt: skip
LINE_GENRES = ("questionnaire", "tender", "socialpost")  # mostly one item a line

# Company names: neutral or carrying a stage's role word (a hard case carries another stage's).
ZH_PARTS = ("昌", "泰", "祥", "丰", "和", "德", "弘", "福", "万", "安", "新", "茂", "荣", "信", "东", "兴")  # fmt: skip
ZH_SUFFIX = {"neutral": ("有限公司", "实业有限公司", "股份有限公司", "控股有限公司"),
             "R": ("原材料有限公司", "新材料有限公司", "资源有限公司"),
             "M": ("制品厂", "实业制造有限公司", "加工有限公司"),
             "D": ("商贸有限公司", "进出口有限公司", "国际物流贸易有限公司"),
             "E": ("连锁经营有限公司", "商业管理有限公司", "零售有限公司")}  # fmt: skip
ZH_US_SUFFIX = {"neutral": ("公司", "集团"), "R": ("材料公司",), "M": ("制造有限公司", "工厂"),
                "D": ("进口公司", "分销公司"), "E": ("零售集团", "连锁公司")}  # fmt: skip
ZH_TRANSLIT = ("霍尔布鲁克", "彭德尔顿", "温斯洛", "卡弗", "斯坦顿", "惠特尼", "莫里森", "奥尔森", "普雷斯科特", "谢尔比")  # fmt: skip
PINYIN = ("Changtai", "Xiangfeng", "Hede", "Hongfu", "Wan'an", "Xinmao", "Rongxin", "Dongxing", "Fengchang", "Taihe")  # fmt: skip
CN_EN_WORD = {"neutral": ("",), "R": (" New Materials", " Raw Materials"), "M": (" Industrial", " Products Factory"),
              "D": (" Import & Export", " Trading"), "E": (" Chain Management", " Retail")}  # fmt: skip
EN_WORDS = ("Aspen", "Bluebird", "Canyon", "Delmar", "Elmstead", "Fairview", "Granite", "Harbor",
            "Indigo", "Keystone", "Lakeshore", "Millbrook", "Oakhurst", "Pinecrest", "Quarry", "Sterling")  # fmt: skip
EN_SUFFIX = {"neutral": ("Inc.", "LLC", "Co.", "Group", "Partners"),
             "R": ("Raw Materials", "Material Supply", "Components"),
             "M": ("Manufacturing", "Fabrication", "Industries"),
             "D": ("Distributors", "Wholesale Supply", "Importers"),
             "E": ("Retail", "Stores", "Shops")}  # fmt: skip
PEOPLE = {
    "zh": ("周经理", "吴总", "郑主管", "林小姐", "许总监"),
    "en": ("Carla M.", "Devon", "Anika", "Ruben", "Tess H."),
}
RECORDERS = {
    "zh": ("小杨", "唐颖", "高翔", "邓琳"),
    "en": ("M. Alvarez", "T. Brennan", "J. Oduya", "L. Chen"),
}
COLLEAGUES = {"zh": ("王姐", "老李", "张处", "小林"), "en": ("Pat", "Jordan", "Mei", "Sam")}
ORDINALS = ("second", "third", "fourth", "fifth")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")  # fmt: skip

HARD_QUOTA = {"material": 7, "served": 9, "generic": 10, "negated": 11, "misnamed": 10}
CROSS_LANGUAGE = {"CN": 4, "US": 7}  # writers in the other side's language


# ---------------------------------------------------------------------------------------------
# Roles
# ---------------------------------------------------------------------------------------------
ROLES = [(s, w) for s in STAGES for w in ADJACENT[s]]


def needs(stage: str, want: str) -> list[set[tuple[str, str]]]:
    """US role sets one of which must be in the chain for a CN company (stage, want): its
    partner, a competitor, one offering what it seeks but seeking something else, and one
    wanting its product but offering nothing it seeks (the last two only where they exist)."""
    out = [{(want, stage)}, {(stage, want)}]
    elsewhere = {(want, x) for x in ADJACENT[want] if x != stage}
    wrong_offer = {(y, stage) for y in ADJACENT[stage] if y != want}
    return out + [r for r in (elsewhere, wrong_offer) if r]


def lay_out_chain(rng: random.Random, n_cn: int = 4, n_us: int = 7):
    """(stage, want) of the CN and US companies of one chain; every need of every CN company
    met on the US side. Random draws, greedy cover, retried until it fits."""
    for _ in range(10_000):
        cn = rng.sample(ROLES, n_cn)
        us: list[tuple[str, str]] = []
        reqs = [r for s, w in cn for r in needs(s, w)]
        rng.shuffle(reqs)
        for r in reqs:
            if not r & set(us):
                us.append(rng.choice(sorted(r)))
        if len(us) > n_us:
            continue
        us += [rng.choice(ROLES) for _ in range(n_us - len(us))]
        rng.shuffle(us)
        return cn, us
    raise AssertionError("no layout meets the needs")


# ---------------------------------------------------------------------------------------------
# Text
# ---------------------------------------------------------------------------------------------
# "a" before a vowel, but not before a "you" sound or "one" (a ukulele, a one-pager).
ARTICLE = re.compile(r"\b([Aa]) (?!uk|one\b|one-|use)([aeiouAEIO])")


def fix_articles(text: str) -> str:
    return ARTICLE.sub(r"\1n \2", text)


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def plural(noun: str) -> str:
    """English plural of a role noun phrase (its last word)."""
    if re.search(r"[^aeiou]y$", noun):
        return noun[:-1] + "ies"
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    return noun + "s"


def make_name(rng: random.Random, side: str, lang: str, place: str, mark: str) -> str:
    """A company name; ``mark`` is 'neutral' or the stage whose role word the name carries."""
    if lang == "zh" and side == "CN":
        lead = place if rng.random() < 0.45 else ""
        return lead + "".join(rng.sample(ZH_PARTS, 2)) + rng.choice(ZH_SUFFIX[mark])
    if lang == "zh":
        return "美国" + rng.choice(ZH_TRANSLIT) + rng.choice(ZH_US_SUFFIX[mark])
    if side == "CN":
        return f"{place} {rng.choice(PINYIN)}{rng.choice(CN_EN_WORD[mark])} Co., Ltd."
    words = rng.sample(EN_WORDS, rng.choice((1, 2)))
    return " ".join(words) + " " + rng.choice(EN_SUFFIX[mark])


def stage_noun(rng: random.Random, chain: str, stage: str, lang: str) -> str:
    return rng.choice(CHAINS[chain][stage][0 if lang == "zh" else 1])  # type: ignore[index]


def sought(rng: random.Random, org: dict, lang: str, kind: str) -> str:
    """The noun phrase naming what ``org`` seeks: by trade noun, by generic role or by material."""
    chain, side, want = org["_chain"], org["side"], org["_want"]
    if kind == "material":
        mat = rng.choice(CHAINS[chain]["material"][0 if lang == "zh" else 1])  # type: ignore[index]
        return rng.choice(MATERIAL_FORMS[side, lang]).format(n=mat)
    generic = kind == "generic"
    n = rng.choice(GENERIC[lang][want]) if generic else stage_noun(rng, chain, want, lang)
    return fix_articles(rng.choice(WANT_FORMS[side, lang]).format(n=n))


def negation_line(rng: random.Random, org: dict, lang: str) -> str:
    stage, want = org["_stage"], org["_want"]
    near = [s for s in ADJACENT[stage] if s != want] or [
        s for s in STAGES if s not in (stage, want)
    ]
    neg_stage = rng.choice(near)
    if rng.random() < 0.4:
        bare = rng.choice(GENERIC[lang][neg_stage])
    else:
        bare = stage_noun(rng, org["_chain"], neg_stage, lang)
    phrase = fix_articles(f"a {bare}")
    return rng.choice(NEGATION[lang]).format(neg=bare if lang == "zh" else phrase, bare=bare,
                                             plural=plural(bare), plural_cap=cap(plural(bare)))  # fmt: skip


def served_line(rng: random.Random, org: dict, lang: str) -> str:
    cstage = rng.choice([c for c in BUYERS[org["_stage"]] if c != org["_want"]])
    c1, c2 = rng.sample(CUSTOMERS[lang], 2)
    if lang == "en":
        c1 += rng.choice(("", " Inc.", " Group", " Co."))
        c2 += rng.choice(("", " LLC", " Holdings"))
    return cap(rng.choice(SERVED[lang]).format(c1=c1, c2=c2, k=rng.randrange(8, 75),
                                               cnoun=stage_noun(rng, org["_chain"], cstage, lang)))  # fmt: skip


def phone_number(rng: random.Random, side: str) -> str:
    if side == "CN":
        return f"+86 1{rng.randrange(30, 90)} {rng.randrange(1000, 10000)} {rng.randrange(1000, 10000)}"
    return f"+1 ({rng.randrange(201, 990)}) {rng.randrange(200, 1000)}-{rng.randrange(1000, 10000)}"


def compose(rng: random.Random, org: dict, used_names: set[str]) -> None:
    """Write ``name`` and ``description`` of ``org`` (roles, genre, language, hard cases set)."""
    chain, stage, side, lang, hard = (
        org["_chain"],
        org["_stage"],
        org["side"],
        org["_lang"],
        org["_hard"],
    )
    mark = "neutral"
    if "misnamed" in hard:
        mark = rng.choice([s for s in STAGES if s != stage])
    elif rng.random() < 0.25:
        mark = stage
    if side == "CN":
        place = rng.choice(CHAINS[chain]["places"][0 if lang == "zh" else 1])  # type: ignore[index]
    else:
        place = rng.choice(US_PLACES)[0 if lang == "zh" else 1]
    name = make_name(rng, side, lang, place, mark)
    while name in used_names:
        name = make_name(rng, side, lang, place, mark)
    used_names.add(name)
    zh_nouns, en_nouns, zh_details, en_details = CHAINS[chain][stage]  # type: ignore[misc]
    pick = rng.randrange(len(zh_nouns))  # a company's own noun and detail go together
    own_noun = (zh_nouns if lang == "zh" else en_nouns)[pick]
    detail = (zh_details if lang == "zh" else en_details)[pick]
    month = rng.randrange(1, 13)
    staff, reviews = rng.randrange(30, 3000), rng.randrange(40, 6000)
    c1, c2 = rng.sample(CUSTOMERS[lang], 2)
    slots = {
        "name": name, "noun": own_noun, "noun_cap": cap(own_noun), "detail": detail,
        "detail_cap": cap(detail), "place": place, "year": rng.randrange(1993, 2022),
        "year2": rng.choice((2027, 2028)), "month": MONTHS[month - 1], "month_zh": month,
        "d": rng.randrange(1, 29), "k": rng.randrange(2, 12), "q": rng.randrange(1, 5),
        "r": rng.randrange(0, 10), "qth": rng.choice(ORDINALS),
        "staff": f"{staff:,}" if lang == "en" else staff, "digits": rng.randrange(1000, 10000),
        "reviews": f"{reviews:,}" if lang == "en" else reviews, "pct": rng.randrange(12, 900),
        "phone": phone_number(rng, side), "contact": rng.choice(PEOPLE[lang]),
        "recorder": rng.choice(RECORDERS[lang]), "colleague": rng.choice(COLLEAGUES[lang]),
        "c1": c1, "c2": c2,
    }  # fmt: skip
    g = GENRES[org["_genre"]][lang]
    offer = fix_articles(rng.choice(g["offer"]).format(**slots))
    kind = "material" if "material" in hard else "generic" if "generic" in hard else "trade"
    slots["want"] = sought(rng, org, lang, kind)
    pool = MATERIAL_WANT[lang] if kind == "material" else g["want"]
    want_block = [cap(fix_articles(rng.choice(pool).format(**slots)))]
    if "negated" in hard:
        want_block.insert(rng.randrange(2), negation_line(rng, org, lang))
    body = [offer]
    if "served" in hard:
        body.append(served_line(rng, org, lang))
    noise = [t.format(**slots) for t in rng.sample(g["tail"], rng.randrange(0, 3))]
    closing = [t[1:] for t in noise if t.startswith("!")]
    noise = [t for t in noise if not t.startswith("!")]
    roll = rng.random()
    if roll < 0.25:  # the want first
        parts = want_block + body + noise
    elif roll < 0.6 and (noise or len(body) > 1):  # in the middle
        parts = [body[0], *want_block, *body[1:], *noise]
        if len(body) == 1:
            parts = [body[0], noise[0], *want_block, *noise[1:]]
    elif rng.random() < 0.5:  # last
        parts = body + noise + want_block
    else:  # last before the noise
        parts = body + want_block + noise
    if rng.random() < 0.5:
        parts.insert(0, rng.choice(g["head"]).format(**slots))
    parts += closing
    joiner = rng.choice(("\n", "" if lang == "zh" else " "))
    if org["_genre"] in LINE_GENRES and rng.random() < 0.7:
        joiner = "\n"
    text = parts[0]
    for prev, part in itertools.pairwise(parts):  # run lines on only after a full sentence
        full = prev.endswith(("。", "！", "？", "”", ".", "!", "?", '"'))
        text += (joiner if full else "\n") + part
    org["name"] = {lang: name}
    org["description"] = {lang: text.replace("..", ".")}


# ---------------------------------------------------------------------------------------------
# Build, check, write
# ---------------------------------------------------------------------------------------------
def build() -> tuple[dict, dict, list[dict]]:
    rng = random.Random(SEED)
    orgs: list[dict] = []
    for chain in CHAINS:
        cn, us = lay_out_chain(rng)
        orgs += [{"side": "CN", "_chain": chain, "_stage": s, "_want": w} for s, w in cn]
        orgs += [{"side": "US", "_chain": chain, "_stage": s, "_want": w} for s, w in us]
    for side, prefix in PREFIX.items():  # ids shuffled within a side: order tells nothing
        group = [o for o in orgs if o["side"] == side]
        numbers = rng.sample(range(1, len(group) + 1), len(group))
        for o, n in zip(group, numbers, strict=True):
            o["id"] = f"{prefix}{n:03d}"
    orgs.sort(key=lambda o: o["id"])
    # ways of writing, evenly per side; the other-language writers spread over the genres
    genres = list(GENRES)
    for side in PREFIX:
        group = [o for o in orgs if o["side"] == side]
        labels = [genres[i % len(genres)] for i in range(len(group))]
        rng.shuffle(labels)
        for o, g in zip(group, labels, strict=True):
            o["_genre"] = g
            o["_lang"] = "zh" if side == "CN" else "en"
        by_genre = {g: [o for o in group if o["_genre"] == g] for g in genres}
        order = rng.sample(genres, len(genres))
        for i in range(CROSS_LANGUAGE[side]):
            pick = rng.choice([o for o in by_genre[order[i % len(order)]]
                               if o["_lang"] == ("zh" if side == "CN" else "en")])  # fmt: skip
            pick["_lang"] = "en" if side == "CN" else "zh"
    # hard cases: at most two per company; material and generic exclude each other
    for o in orgs:
        o["_hard"] = set()
    fits = {
        "material": lambda o: o["_want"] == "R",
        "served": lambda o: any(c != o["_want"] for c in BUYERS[o["_stage"]]),
        "generic": lambda o: "material" not in o["_hard"],
        "negated": lambda o: True,
        "misnamed": lambda o: True,
    }
    for case, quota in HARD_QUOTA.items():
        pool = [o for o in orgs if fits[case](o) and len(o["_hard"]) < 2]
        for o in rng.sample(pool, quota):
            o["_hard"].add(case)
    used_names: set[str] = set()
    for o in orgs:
        compose(rng, o, used_names)
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
BANNED = re.compile(r"stage|R/M/D/E|\b[RMDE]\s*/\s*[RMDE]\b", re.IGNORECASE)
BAD_ARTICLE = re.compile(r"\b[Aa] (?!uk|one\b|one-|use)[aeiouAEIO]")


def check(profiles: dict, gold: dict, orgs: list[dict]) -> None:
    """Refuse to write a set that breaks its own rules."""
    assert len(CHAINS) == 10 and not set(CHAINS) & EARLIER_CHAINS
    ids = [o["id"] for o in profiles["organizations"]]
    assert len(ids) == len(set(ids)) == 110
    assert (
        sum(i.startswith("dcn") for i in ids) == 40 and sum(i.startswith("dus") for i in ids) == 70
    )
    assert set(gold["roles"]) == set(ids) == set(gold["split"]), "roles or split entry missing"
    names = [next(iter(o["name"].values())) for o in orgs]
    assert len(names) == len(set(names)), "duplicate company names"
    by_id = {o["id"]: o for o in orgs}
    for o in orgs:
        chain, role = gold["roles"][o["id"]].split(":")
        s, w = role.split(">")
        assert chain in CHAINS and w in ADJACENT[s], gold["roles"][o["id"]]
        ((lang, text),) = o["description"].items()
        assert set(o["name"]) == {lang} and lang == o["_lang"]
        assert "{" not in text and "}" not in text and text[:1] != "!", text
        assert not CODE.search(text) and not BANNED.search(text), text
        assert not any(key in text.lower() for key in CHAINS), text
        sentences = [x for x in re.split(r"[\n。！？]|(?<=[.?!]) ", text) if x.strip()]
        assert 2 <= len(sentences) <= 14, text
        if lang == "en":
            assert not HAN.search(text), text
            assert not BAD_ARTICLE.search(text), text
        else:
            assert HAN.search(text), text
    for cid in ids:
        if cid.startswith("dcn"):
            assert gold["partners"].get(cid), f"{cid} has no partner"
    for a, bs in gold["partners"].items():
        assert all(a in gold["partners"][b] for b in bs)
        for b in bs:  # one chain, each one's stage what the other seeks
            oa, ob = by_id[a], by_id[b]
            assert oa["side"] != ob["side"] and oa["_chain"] == ob["_chain"]
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
            assert len(by_lang[lang]["offer"]) >= 6 and len(by_lang[lang]["want"]) >= 6, genre
            assert any(o["_genre"] == genre and o["_lang"] == lang for o in orgs), (genre, lang)
    per_side = Counter((o["side"], o["_genre"]) for o in orgs)
    assert set(per_side.values()) == {8, 14}, per_side
    cross = Counter(o["side"] for o in orgs if o["_lang"] != ("zh" if o["side"] == "CN" else "en"))
    assert cross == CROSS_LANGUAGE, cross
    hard = Counter(c for o in orgs for c in o["_hard"])
    assert hard == HARD_QUOTA, hard
    assert all(o["_stage"] == "M" for o in orgs if "material" in o["_hard"])


def main() -> None:
    profiles, gold, orgs = build()
    check(profiles, gold, orgs)
    for stem, data in ((NAME, profiles), (f"{NAME}_gold", gold)):
        (HERE / f"{stem}.json").write_text(
            json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8"
        )
    pairs = sum(len(v) for k, v in gold["partners"].items() if k.startswith("dcn"))
    print(
        f"{NAME}: 40 CN x 70 US, {len(gold['partners'])} companies with a partner, {pairs} gold CN-US pairs"
    )
    print("chains:", ", ".join(f"{k} ({v['sector']})" for k, v in CHAINS.items()))
    print(
        "genre/language:",
        dict(sorted(Counter(f"{o['_genre']}/{o['_lang']}" for o in orgs).items())),
    )
    print(
        "side/language:", dict(sorted(Counter(f"{o['side']}/{o['_lang']}" for o in orgs).items()))
    )
    print("side/stage:", dict(sorted(Counter(f"{o['side']}/{o['_stage']}" for o in orgs).items())))
    print("stage>want:", dict(sorted(Counter(f"{o['_stage']}>{o['_want']}" for o in orgs).items())))
    print("hard cases:", dict(Counter(c for o in orgs for c in o["_hard"])))


if __name__ == "__main__":
    main()
