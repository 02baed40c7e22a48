# ruff: noqa: E501  (sentence templates and chain vocabularies are data; wrapping them hurts reading)
"""Write the twenty-fifth held-out ROLE set: ``roles_holdout25.json`` / ``roles_holdout25_gold.json``.

    python bench/recommend/make_holdout25.py

Written blind by a helper session that neither read nor ran the recommender engine: nothing
under ``src/`` or ``docs/``, no results, no fitting, study, evaluation or comparison script, no
corpus generator or corpus file, no role set, no profile or validation file. Only
``make_holdout24.py`` was read in full (for the file format, the construction and the style).
To keep the chains new, the candidate chains' key words (English and Chinese: the product and
its role nouns) were searched with ``grep -il`` over ``make_*.py``, ``roles_*.json``,
``profiles.json`` and ``validation.json``, printing only the names of matching files, never
their text.

Of the fifteen candidates given, dropped for a match of the product or of a role noun specific
to it: sewing machines ("sewing", "缝纫", make_corpus2/3/4/5/7, make_holdout15/18/19/21/22/23/24),
pressure washers ("washer", make_holdout12/18; the full phrase was clean, but its head noun was
not, and its components "nozzle", "喷枪", "lance", "die-cast" / "压铸" and its buyers' "rental" /
"租赁", "cleaning equipment" matched too), piano tuning kits ("piano", "钢琴", make_holdout10 and
others; "调音", make_holdout23), solar garden lights ("solar", "太阳能", make_corpus11,
make_holdout16 and many more; "garden", make_holdout8/16/21 and others), dog leashes ("dog",
make_holdout21; "狗", make_holdout6/15; its webbing "织带", make_holdout14/18), wooden toys ("玩具",
make_corpus3/12, make_holdout6/22), cast-iron skillets ("铸铁", make_holdout16/21), hiking boots
("hiking", "徒步", make_holdout23; "outsole", "大底", make_holdout18; "leather", "皮革" and others),
pickleball paddles ("pickleball", "匹克球", make_holdout13 and others), sunglasses ("sunglass",
"太阳镜", make_corpus12), hot sauce ("hot sauce", "辣椒酱", make_corpus7) and bamboo flooring
("bamboo floor", "竹地板", make_holdout9/22). Bonsai pots, chess sets and beeswax wraps were clean.
Of the invented candidates, dropped: music boxes (their movement: "movement", make_holdout19;
"机芯", make_corpus11, make_holdout19/22; their buyers: "gift" / "礼品", "souvenir" / "纪念品",
"theme park" / "主题乐园", make_holdout23 and others), skateboards ("滑板", make_corpus3,
make_holdout24), surfboards ("surfboard", "冲浪", make_holdout21/23), flying discs (their
compound "TPE", make_holdout16 and others), hand warmers ("activated carbon", "活性炭",
make_holdout23; "nonwoven", make_corpus6, make_holdout9; their buyers "hunting" / "狩猎",
make_holdout22 and others), curling stones (their "granite", a company-name word of
make_holdout24) and handmade soap ("soap", make_holdout18). Role, material and detail nouns that
matched were simply not used: clay / 泥料, glaze / 釉, 拉坯, potter, nursery / 苗圃, horticulture /
园艺, landscape / 景观, 宜兴 (a place), 铅, veneer, felt, tournament / 赛事, 培训机构, library, 车工,
organic cotton / 有机棉, cotton, rosin / 松香, refill, 散装, bakery / 面包, co-op / 合作社, cheese /
奶酪, salad / 沙拉, 轻食, natural food / 天然食品, 露营, 农贸, polyurethane / 聚氨酯, quartz /
石英砂, polyester resin, plywood, pigment, wall panel, gym, aluminum tubing / 铝管, 踏板, ski resort /
滑雪, national park, binding, 救援, reed / 簧片, mechanism / 按键, 乐团, 琴槌, rosewood / 红木,
合成革, leather, textile, 老年, 养老, mirror / 镜片, reflector, 反光, craft, 美术, stationery /
文具, outdoor / 户外, 团建, resort / 度假, hardwood / 硬木, lawn. Every role noun and material of the
chains below was finally grepped the same way (the full phrase, English and Chinese), none
matching. Nothing may be fitted or tuned on this set.

Standard library only and deterministic (``random.Random(SEED)``); it imports no other generator.

* Ten value chains: bonsai pots, chess sets and beeswax wraps (the three clean candidates of the
  list given), then climbing holds, snowshoes, accordions, punching bags, croquet and gateball
  sets, kaleidoscopes and marimbas (invented, checked the same way). Stages: R raw material or
  key component, M maker, D distributor / importer / agent, E end buyer or user. Each company is
  at one stage and seeks an adjacent one (R seeks M; M seeks R, D or E; D seeks M or E; E seeks
  M or D).
* 40 Chinese (CN) and 70 US companies, 4 and 7 per chain, ids ``ecn001``… and ``eus001``…
  shuffled within each side. A CN and a US company are gold partners when they are in the same
  chain and each one's stage is what the other seeks. Every CN company has a gold US partner;
  beside it the US side holds a competitor (same stage, same want), a company offering what it
  seeks but seeking something else, and one wanting its product but offering nothing it seeks
  (where the stages allow one), then the rest of the chain at random.
* CN companies write mainland business Chinese (four of them English); US companies write
  English (seven of them Chinese). Free text only: no stage or role codes.
* Five ways of writing, none used by make_holdout24 or make_holdout23, each in both languages,
  spread evenly over each side: an email signature under a two-line cold-outreach email
  (subject line, one offer line, one want line, then the signature block), a bank's
  know-your-customer (KYC) form summary written by a relationship manager, a podcast or video
  interview snippet transcribed with speaker labels (HOST / GUEST, 主持人 / 嘉宾), a government
  export-promotion database entry with bracketed field codes ([A01], 【C12】…), and a forum
  thread post asking the community for introductions. Per genre and language there are at
  least six offer and seven want templates; the want comes first, in the middle or last, with
  or without a verb of wanting, as a question, a condition, a plan, a label, a database field,
  a KYC counterparty line or an interviewer's prompt answered by the guest, and often only as a
  gap ("还空着的一块是…", "our blind spot is …", "Counterparty not yet identified: …"); header and
  noise lines (subject lines, reference numbers, risk ratings, timestamps, "[crosstalk]",
  upvotes, edits) surround them.
* Hard cases, each in several documents: customers already served named in the offer (of a
  stage other than the one sought), negated wants ("…就免了", "no importers this round"), role
  words in company names that differ from the company's stage, wants that name only a generic
  role and the country, and a maker's want named by its input material.
"""

from __future__ import annotations

import itertools
import json
import random
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20270325
NAME = "roles_holdout25"
PREFIX = {"CN": "ecn", "US": "eus"}

# Chains named by earlier sets (make_holdout24.py's list, its own ten chains) and the candidates
# dropped above; none of them may be used here.
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
    "drum dumbbell doorbell ricecooker mahjongtiles ukulelekit pingpong jigsawpuzzle dartboardset "
    "startelescope iceskate foldfan choppingboard pressurewasher pianotuning solarlight dogleash "
    "woodentoy castiron hikingboot sunglasses hotsauce musicbox skateboard surfboard flyingdisc "
    "handwarmer curling soap"
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
    "bonsaitray": {
        "sector": "bonsai",
        "R": (("紫砂矿料供应商", "蟠扎铝线厂", "盆底网片厂"),
              ("zisha ore supplier", "bonsai training wire maker", "drainage mesh maker"),
              ("年供紫砂矿料3000吨", "铝线年产800吨，粗细十余种", "网片年产5000万片"),
              ("3,000 t of zisha ore a year", "800 t of training wire a year in a dozen gauges", "50 million drainage mesh squares a year")),
        "M": (("盆景盆厂", "紫砂盆工坊", "盆景盆OEM工厂"),
              ("bonsai pot maker", "zisha pot workshop", "bonsai pot OEM"),
              ("年产盆景盆120万只，规格400种", "手工成型师傅90人", "可做定制款，起订量200只"),
              ("1.2 million bonsai pots a year in 400 sizes", "90 artisans shaping by hand", "custom designs, 200-piece minimum")),
        "D": (("盆景盆进口商", "盆景用品批发商", "盆景盆代理商"),
              ("bonsai pot importer", "bonsai supply wholesaler", "bonsai pot distributor"),
              ("客户门店600家", "常备SKU 2100个", "年出货盆景盆15万只"),
              ("600 store accounts", "2,100 SKUs in stock", "150,000 pots shipped a year")),
        "E": (("盆景工作室", "盆景协会", "盆景学校"),
              ("bonsai studio", "bonsai society", "bonsai school"),
              ("在养盆景1800盆", "会员3400人", "学员每年900人"),
              ("1,800 trees in training", "3,400 members", "900 students a year")),
        "material": (("紫砂矿料", "蟠扎铝线", "盆底网片"), ("zisha ore", "bonsai training wire", "drainage mesh")),
        "places": (("常州", "无锡", "扬州", "南通"), ("Changzhou", "Wuxi", "Yangzhou", "Nantong")),
    },
    "chessset": {
        "sector": "chess",
        "R": (("黄杨木料供应商", "乌木料供应商", "棋盘面板厂"),
              ("boxwood supplier", "ebony stock supplier", "chessboard panel maker"),
              ("黄杨木料年供600立方米", "常备乌木料150吨", "棋盘面板年产90万块"),
              ("600 m³ of boxwood a year", "150 t of ebony always in stock", "900,000 board panels a year")),
        "M": (("国际象棋厂", "棋子工坊", "棋钟工厂"),
              ("chess set maker", "chess piece workshop", "chess clock factory"),
              ("年产国际象棋套装80万副", "师傅140人，马头手工修整", "棋钟年产30万台"),
              ("800,000 chess sets a year", "140 workers, knights finished by hand", "300,000 chess clocks a year")),
        "D": (("国际象棋进口商", "棋具批发商", "国际象棋品牌代理商"),
              ("chess importer", "chess supply wholesaler", "chess brand distributor"),
              ("客户门店850家", "常备SKU 1200个", "年出货棋具40万套"),
              ("850 store accounts", "1,200 SKUs in stock", "400,000 sets shipped a year")),
        "E": (("国际象棋俱乐部", "少儿国际象棋学校", "大学国际象棋队"),
              ("chess club", "scholastic chess program", "college chess team"),
              ("会员2100人", "学员6500人，教学点30个", "队员40人，每年对抗赛20场"),
              ("2,100 members", "6,500 students across 30 sites", "40 players and 20 matches a year")),
        "material": (("黄杨木料", "乌木料", "棋盘面板"), ("boxwood", "ebony stock", "chessboard panels")),
        "places": (("淄博", "潍坊", "晋江", "莆田"), ("Zibo", "Weifang", "Jinjiang", "Putian")),
    },
    "waxwrap": {
        "sector": "food wraps",
        "R": (("蜂蜡供应商", "荷荷巴油供应商", "平纹布厂"),
              ("beeswax supplier", "jojoba oil supplier", "muslin mill"),
              ("年供精制蜂蜡2000吨", "荷荷巴油年供应400吨", "平纹布年产1200万米"),
              ("2,000 t of refined beeswax a year", "400 t of jojoba oil a year", "12 million meters of muslin a year")),
        "M": (("蜂蜡保鲜布工厂", "蜂蜡布制造商", "蜂蜡布OEM工厂"),
              ("beeswax wrap factory", "beeswax wrap maker", "beeswax wrap OEM"),
              ("年产蜂蜡布1500万张", "涂蜡线8条，图案400款", "可做定制印花，起订量1000张"),
              ("15 million wraps a year", "8 waxing lines and 400 prints", "custom prints, 1,000-piece minimum")),
        "D": (("蜂蜡布进口商", "零废弃用品批发商", "蜂蜡布代理商"),
              ("beeswax wrap importer", "zero-waste goods wholesaler", "beeswax wrap distributor"),
              ("客户门店1600家", "常备SKU 900个", "年出货蜂蜡布200万张"),
              ("1,600 store accounts", "900 SKUs in stock", "2 million wraps shipped a year")),
        "E": (("零废弃商店连锁", "市集摊主协会", "订阅盒公司"),
              ("zero-waste store chain", "farmers market vendor association", "subscription box company"),
              ("门店75家", "会员摊位1400个", "每月发出订阅盒9万个"),
              ("75 stores", "1,400 member stalls", "90,000 boxes shipped a month")),
        "material": (("蜂蜡", "荷荷巴油", "平纹布"), ("beeswax", "jojoba oil", "muslin")),
        "places": (("吉安", "长葛", "南宁", "嘉兴"), ("Ji'an", "Changge", "Nanning", "Jiaxing")),
    },
    "climbhold": {
        "sector": "climbing",
        "R": (("预埋螺母厂", "攀岩墙板厂", "岩点色浆供应商"),
              ("T-nut maker", "climbing wall board maker", "tinting paste supplier"),
              ("预埋螺母年产5000万颗", "墙板年产18万平方米", "色浆颜色120种"),
              ("50 million T-nuts a year", "180,000 m² of wall boards a year", "120 colors of tinting paste")),
        "M": (("攀岩岩点工厂", "岩点制造商", "岩点OEM工厂"),
              ("climbing hold factory", "climbing hold maker", "climbing hold OEM"),
              ("年产岩点260万个", "造型2400种，从小点到大体量", "可做定制造型，起订量200个"),
              ("2.6 million holds a year", "2,400 shapes, from crimps to big volumes", "custom shapes, 200-piece minimum")),
        "D": (("攀岩装备进口商", "攀岩器材批发商", "岩点品牌代理商"),
              ("climbing gear importer", "climbing equipment wholesaler", "climbing hold distributor"),
              ("客户门店与岩馆500家", "代理品牌9个", "年出货岩点35万个"),
              ("500 shops and walls on account", "nine brands represented", "350,000 holds shipped a year")),
        "E": (("攀岩馆连锁", "抱石馆", "拓展训练基地"),
              ("climbing center chain", "bouldering hall", "ropes course operator"),
              ("场馆38家", "抱石线路600条", "年接待学员12万人次"),
              ("38 centers", "600 boulder problems set", "120,000 participants a year")),
        "material": (("预埋螺母", "攀岩墙板", "岩点色浆"), ("T-nuts", "climbing wall boards", "tinting paste")),
        "places": (("厦门", "东莞", "惠州", "昆山"), ("Xiamen", "Dongguan", "Huizhou", "Kunshan")),
    },
    "snowpaw": {
        "sector": "winter gear",
        "R": (("冰爪配件厂", "雪鞋踏面材料供应商", "雪鞋绑带厂"),
              ("crampon maker", "snowshoe decking supplier", "snowshoe strap maker"),
              ("冰爪年产300万副", "踏面材料年供80万平方米", "绑带年产600万套"),
              ("3 million crampons a year", "800,000 m² of decking a year", "6 million strap sets a year")),
        "M": (("雪鞋制造商", "雪鞋工厂", "雪鞋OEM工厂"),
              ("snowshoe manufacturer", "snowshoe factory", "snowshoe OEM"),
              ("年产雪鞋70万双", "装配线6条，低温测试室自建", "可做贴牌，起订量200双"),
              ("700,000 pairs a year", "6 assembly lines and its own cold-test room", "private label, 200-pair minimum")),
        "D": (("雪鞋进口商", "冰雪运动用品批发商", "雪鞋品牌代理商"),
              ("snowshoe importer", "winter sports wholesaler", "snowshoe brand distributor"),
              ("客户门店950家", "入冬前备货6万双", "年销售雪鞋18万双"),
              ("950 store accounts", "60,000 pairs stocked before the cold months", "180,000 pairs sold a year")),
        "E": (("雪地向导公司", "森林公园管理处", "冬令营机构"),
              ("backcountry guide service", "forest park authority", "winter camp operator"),
              ("向导28人，冬季带队800次", "园区面积3万公顷", "每季营员4000人"),
              ("28 guides leading 800 winter trips", "30,000 hectares of parkland", "4,000 campers a season")),
        "material": (("冰爪", "雪鞋踏面材料", "雪鞋绑带"), ("crampons", "snowshoe decking", "snowshoe straps")),
        "places": (("牡丹江", "吉林", "延吉", "伊春"), ("Mudanjiang", "Jilin", "Yanji", "Yichun")),
    },
    "bellowsbox": {
        "sector": "accordions",
        "R": (("风箱厂", "赛璐珞板材供应商", "手风琴琴带厂"),
              ("bellows maker", "celluloid sheet supplier", "accordion strap maker"),
              ("风箱年产20万只，14到18折", "赛璐珞板材年供300吨", "琴带年产40万副"),
              ("200,000 bellows a year, 14 to 18 folds", "300 t of celluloid sheet a year", "400,000 pairs of straps a year")),
        "M": (("手风琴厂", "手风琴制造商", "手风琴OEM工厂"),
              ("accordion factory", "accordion maker", "accordion OEM"),
              ("年产手风琴18万台，从8贝斯到120贝斯", "装配师傅120人", "可做贴牌，起订量50台"),
              ("180,000 accordions a year, 8 to 120 bass", "120 assemblers", "private label, 50-unit minimum")),
        "D": (("手风琴进口商", "手风琴批发商", "手风琴品牌代理商"),
              ("accordion importer", "accordion wholesaler", "accordion brand distributor"),
              ("客户琴行700家", "年销售手风琴3万台", "代理品牌5个"),
              ("700 music shop accounts", "30,000 accordions sold a year", "five brands represented")),
        "E": (("手风琴学校", "波尔卡乐队", "民间音乐学校"),
              ("accordion school", "polka band", "folk music school"),
              ("学员2800人", "乐手14人，年演出150场", "校区12个"),
              ("2,800 students", "14 players and 150 shows a year", "12 campuses")),
        "material": (("风箱", "赛璐珞板材", "手风琴琴带"), ("bellows", "celluloid sheet", "accordion straps")),
        "places": (("营口", "天津", "上海", "苏州"), ("Yingkou", "Tianjin", "Shanghai", "Suzhou")),
    },
    "heavybag": {
        "sector": "combat sports",
        "R": (("沙袋面料厂", "填充碎布供应商", "沙袋转环厂"),
              ("vinyl bag cover maker", "shredded filling supplier", "bag swivel maker"),
              ("面料年产300万米", "填充料年供1.5万吨", "转环年产500万只"),
              ("3 million meters of cover stock a year", "15,000 t of filling a year", "5 million swivels a year")),
        "M": (("沙袋工厂", "拳击沙袋制造商", "沙袋OEM工厂"),
              ("punching bag factory", "heavy bag maker", "punching bag OEM"),
              ("年产沙袋90万只，立式与吊式都有", "缝制工人260人", "可做贴牌，起订量100只"),
              ("900,000 bags a year, freestanding and hanging", "260 stitchers", "private label, 100-piece minimum")),
        "D": (("拳击用品进口商", "搏击器材批发商", "沙袋品牌代理商"),
              ("boxing equipment importer", "combat sports wholesaler", "punching bag distributor"),
              ("客户门店1200家", "年出货沙袋11万只", "仓库3个"),
              ("1,200 store accounts", "110,000 bags shipped a year", "three warehouses")),
        "E": (("拳击俱乐部", "武术学校", "搏击馆连锁"),
              ("boxing club", "martial arts school", "kickboxing studio chain"),
              ("会员3100人", "学员5200人", "门店64家"),
              ("3,100 members", "5,200 students", "64 studios")),
        "material": (("沙袋面料", "填充碎布", "沙袋转环"), ("vinyl bag covers", "shredded filling", "bag swivels")),
        "places": (("石狮", "保定", "沧州", "临沂"), ("Shishi", "Baoding", "Cangzhou", "Linyi")),
    },
    "croquetset": {
        "sector": "mallet games",
        "R": (("槌头木料厂", "球门钢丝厂", "门球球体注塑厂"),
              ("mallet head turner", "wicket wire maker", "croquet ball molder"),
              ("槌头木料年供900立方米", "钢丝年产1200吨", "球体年产400万只"),
              ("900 m³ of mallet head stock a year", "1,200 t of wire a year", "4 million balls a year")),
        "M": (("门球器材厂", "槌球套装工厂", "门球杆制造商"),
              ("gateball equipment maker", "croquet set factory", "gateball stick maker"),
              ("年产门球器材60万套", "套装年产25万副，四球与六球都有", "球杆年产50万支"),
              ("600,000 gateball sets a year", "250,000 croquet sets a year, four-ball and six-ball", "500,000 sticks a year")),
        "D": (("门球器材进口商", "槌球用品批发商", "门球品牌代理商"),
              ("croquet importer", "croquet and gateball wholesaler", "gateball brand distributor"),
              ("客户门店480家", "常备SKU 700个", "年出货套装7万副"),
              ("480 store accounts", "700 SKUs in stock", "70,000 sets shipped a year")),
        "E": (("门球协会", "槌球俱乐部", "乡村俱乐部"),
              ("gateball association", "croquet club", "country club"),
              ("会员球队900支", "会员650人", "球场草坪12块"),
              ("900 member teams", "650 members", "12 playing greens")),
        "material": (("槌头木料", "球门钢丝", "门球球体"), ("mallet head stock", "wicket wire", "croquet balls")),
        "places": (("曹县", "宁海", "丽水", "赣州"), ("Caoxian", "Ninghai", "Lishui", "Ganzhou")),
    },
    "kscope": {
        "sector": "optical toys",
        "R": (("万花筒镜条厂", "玻璃珠供应商", "纸管厂"),
              ("front-surface glass strip maker", "glass bead supplier", "paper tube maker"),
              ("镜条年产2000万根", "彩色玻璃珠颜色300种", "纸管年产8000万支"),
              ("20 million glass strips a year", "300 colors of glass beads", "80 million paper tubes a year")),
        "M": (("万花筒工厂", "万花筒制造商", "万花筒OEM工厂"),
              ("kaleidoscope factory", "kaleidoscope maker", "kaleidoscope OEM"),
              ("年产万花筒600万支", "款式350种，油液式与干式都有", "可做定制图案，起订量500支"),
              ("6 million kaleidoscopes a year", "350 designs, oil-filled and dry", "custom prints, 500-piece minimum")),
        "D": (("万花筒进口商", "新奇特商品批发商", "万花筒品牌代理商"),
              ("kaleidoscope importer", "novelty wholesaler", "kaleidoscope distributor"),
              ("客户门店2100家", "常备SKU 3300个", "年出货万花筒80万支"),
              ("2,100 store accounts", "3,300 SKUs in stock", "800,000 kaleidoscopes shipped a year")),
        "E": (("科技馆", "少儿艺术工作室连锁", "蒙氏幼儿园连锁"),
              ("science center", "children's art studio chain", "Montessori school chain"),
              ("年接待观众120万人次", "工作室90家", "园所60家"),
              ("1.2 million visitors a year", "90 studios", "60 schools")),
        "material": (("万花筒镜条", "彩色玻璃珠", "纸管"), ("front-surface glass strips", "glass beads", "paper tubes")),
        "places": (("义乌", "汕头", "澄海", "金华"), ("Yiwu", "Shantou", "Chenghai", "Jinhua")),
    },
    "marimbawood": {
        "sector": "mallet percussion",
        "R": (("花梨木料供应商", "共鸣管厂", "绕线槌厂"),
              ("padauk lumber supplier", "resonator tube maker", "yarn mallet maker"),
              ("常备花梨木料1200立方米", "共鸣管年产60万根", "绕线槌年产150万对"),
              ("1,200 m³ of padauk in stock", "600,000 resonator tubes a year", "1.5 million pairs of mallets a year")),
        "M": (("马林巴工厂", "木琴制造商", "马林巴OEM工厂"),
              ("marimba factory", "xylophone maker", "marimba OEM"),
              ("年产马林巴1.2万台，4.3到5个八度", "木琴年产8万台", "可做贴牌，起订量20台"),
              ("12,000 marimbas a year, 4.3 to 5 octaves", "80,000 xylophones a year", "private label, 20-unit minimum")),
        "D": (("打击乐器进口商", "打击乐器批发商", "马林巴品牌代理商"),
              ("percussion importer", "percussion wholesaler", "marimba brand distributor"),
              ("客户琴行560家", "年销售马林巴2400台", "代理品牌4个"),
              ("560 music shop accounts", "2,400 marimbas sold a year", "four brands represented")),
        "E": (("打击乐重奏团", "马林巴教室连锁", "音乐学院"),
              ("percussion ensemble", "marimba studio chain", "music conservatory"),
              ("团员24人，年演出90场", "教室45间", "在校生3600人"),
              ("24 players and 90 concerts a year", "45 studios", "3,600 students enrolled")),
        "material": (("花梨木料", "共鸣管", "绕线槌"), ("padauk lumber", "resonator tubes", "yarn mallets")),
        "places": (("天津", "北京", "无锡", "泰州"), ("Tianjin", "Beijing", "Wuxi", "Taizhou")),
    },
}  # fmt: skip

STAGES = "RMDE"
ADJACENT = {"R": ("M",), "M": ("R", "D", "E"), "D": ("M", "E"), "E": ("M", "D")}
BUYERS = {"R": ("M",), "M": ("D", "E"), "D": ("E",), "E": ()}  # who a stage sells to

US_PLACES = (("俄勒冈州", "Oregon"), ("明尼苏达州", "Minnesota"), ("俄亥俄州", "Ohio"),
             ("新墨西哥州", "New Mexico"), ("北卡罗来纳州", "North Carolina"), ("爱达荷州", "Idaho"),
             ("康涅狄格州", "Connecticut"), ("肯塔基州", "Kentucky"), ("爱荷华州", "Iowa"),
             ("犹他州", "Utah"), ("缅因州", "Maine"), ("密苏里州", "Missouri"))  # fmt: skip

# Generic role nouns, for wants naming only the role and the country (and some negations).
GENERIC = {
    "zh": {"R": ("原料商", "上游供货方"), "M": ("工厂", "生产厂家", "制造商"),
           "D": ("经销商", "贸易商", "进口商", "代理"), "E": ("终端客户", "终端买家", "最终用户")},
    "en": {"R": ("raw material vendor", "upstream supplier"), "M": ("manufacturer", "factory", "producer"),
           "D": ("distributor", "trading company", "importer", "reseller"), "E": ("end customer", "end user", "final buyer")},
}  # fmt: skip

# The noun phrase of what is sought, by (writer's side, language).
WANT_FORMS = {
    ("CN", "zh"): ("美国{n}", "美国本土的{n}", "在美国的{n}", "一家美国{n}", "北美{n}"),
    ("US", "zh"): ("中国{n}", "国内的{n}", "一家中国{n}", "大陆{n}", "中国本土的{n}"),
    ("CN", "en"): ("a US {n}", "an American {n}", "a {n} in the States", "a {n} based in America"),
    ("US", "en"): ("a Chinese {n}", "a {n} in China", "a {n} based in China", "a mainland {n}"),
}  # fmt: skip
MATERIAL_FORMS = {
    ("CN", "zh"): ("美国产{n}", "美国供应的{n}", "美国货源{n}"),
    ("US", "zh"): ("中国产{n}", "中国供应的{n}", "国内货源{n}"),
    ("CN", "en"): ("US-made {n}", "{n} from an American vendor", "American-sourced {n}"),
    ("US", "en"): ("China-made {n}", "{n} from a Chinese vendor", "{n} sourced from China"),
}  # fmt: skip
MATERIAL_WANT = {
    "zh": ("产能卡在{want}上。", "{want}：年用量不小，来源未定。", "{want}谁有现货？",
           "今年要把{want}的货源落实。", "如能稳定供应{want}，可签三年。", "{want}断过两次货，得换个来源。"),
    "en": ("Output is capped by {want}.", "{want}: large yearly volume, source still open.",
           "Who has {want} on hand?", "This year we lock down {want}.",
           "A steady line of {want} would get a three-year contract.", "We ran out of {want} twice; a new source is overdue."),
}  # fmt: skip
NEGATION = {
    "zh": ("{neg}就免了。", "{neg}请勿联系。", "这次不考虑{neg}。", "{neg}已经有了，不再加。", "不对接{neg}。"),
    "en": ("No {plural} this round.", "{plural_cap}, please pass on this one.", "Not adding {neg}.",
           "We have {plural} already.", "This is not for {plural}."),
}  # fmt: skip
SERVED = {
    "zh": ("已服务{c1}、{c2}等{k}家{cnoun}。", "现有客户多为{cnoun}，如{c1}、{c2}。", "{c1}、{c2}这类{cnoun}一直在用我们的货。"),
    "en": ("Current {cnoun} accounts include {c1}, {c2} and {k} others.",
           "{c1} and {c2}, both {cnoun} customers, buy from us today.",
           "We serve {k} {cnoun} customers, among them {c1} and {c2}."),
}  # fmt: skip
CUSTOMERS = {
    "zh": ("恒远", "嘉禾", "瑞丰", "金泰", "永兴", "华盛", "联创", "利达"),
    "en": ("Brookfield", "Carrow", "Easton Ridge", "Fenwick", "Glenmoor", "Holloway", "Juniper Lane", "Marston"),
}  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Ways of writing. Each: offer and want templates, header lines and noise lines ("!" marks a
# closing line); "sign" (e-mail only) is a signature block always put last. Slots: name noun
# noun_cap detail detail_cap place year year2 month month_zh d k q r staff digits pct phone
# contact handle recorder c1 c2 want want_cap.
# ---------------------------------------------------------------------------------------------
GENRES: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    "coldemail": {
        "zh": {
            "offer": ("您好，我是{name}的{contact}。我们是{noun}，{detail}。",
                      "冒昧打扰。{name}是{place}的{noun}，{detail}。",
                      "长话短说：我们是{noun}（{detail}）。",
                      "您好！{name}，{noun}，{detail}，从{year}年做到现在。",
                      "我负责{name}的海外合作，公司是{noun}，{detail}。",
                      "简单介绍一句：{noun}，{detail}。"),
            "want": ("我们这边还空着的一块是{want}，方便通个电话吗？",
                     "请问贵司是{want}吗？认识的也行。",
                     "如果您正好是{want}，下周能否约15分钟？",
                     "眼下的短板：{want}。",
                     "仅请{want}回复，转给认识的也感谢。",
                     "下一步就差{want}了，随时可以视频沟通。",
                     "{month_zh}月前想和{want}把合同敲定。",
                     "{want}这条线还没搭起来。"),
            "head": ("主题：{name}冒昧来信", "主题：合作咨询｜{place}", "发送时间：{month_zh}月{d}日 09:{r}5"),
            "tail": ("附件：公司简介.pdf", "如无意向请忽略此邮件。", "此邮件由手机发送"),
            "sign": ("——\n{contact}｜海外合作\n{name}\n手机/微信：{phone}",
                     "--\n{contact}\n{name}｜{place}\nTel：{phone}",
                     "祝商祺！\n{contact}\n{name}\n{phone}"),
        },
        "en": {
            "offer": ("Hi, {contact} from {name} here. We're a {noun}; {detail}.",
                      "Hope this finds you well. {name} is a {noun} in {place}, {detail}.",
                      "Two lines, promise: we are a {noun} ({detail}).",
                      "Reaching out cold, apologies. {name}: {noun}, {detail}.",
                      "I run partnerships at {name}, a {noun}; {detail}.",
                      "Short version: {noun_cap}, {detail}, since {year}."),
            "want": ("The piece we don't have yet is {want}. Worth a call?",
                     "Are you {want}, or do you know one?",
                     "If you happen to be {want}, 15 minutes next week?",
                     "Where we're thin: {want}.",
                     "Reply only if you're {want} (or can forward this to one).",
                     "Next step on our side is {want}; a call this week would help.",
                     "By {month} we'd like {want} signed.",
                     "Nobody in our network is {want}."),
            "head": ("Subject: quick intro from {name}", "Subject: {place} partnership?", "Sent {month} {d}, 9:{r}5 AM"),
            "tail": ("Attachment: company_profile.pdf", "No worries if this isn't relevant.", "Sent from my phone"),
            "sign": ("--\n{contact} | Partnerships\n{name}\n{phone}",
                     "Best,\n{contact}\n{name}, {place}\nM: {phone}",
                     "Cheers,\n{contact}\n{name}\n{phone}"),
        },
    },
    "kyc": {
        "zh": {
            "offer": ("客户名称：{name}｜经营范围：{noun}｜经营规模：{detail}",
                      "客户自述主营：{noun}，{detail}。",
                      "企业类型：有限责任公司，成立于{year}年；主营{noun}；{detail}。",
                      "资金来源：{noun}的经营收入（{detail}）。",
                      "客户概况：{place}{noun}，{detail}，员工{staff}人。",
                      "核实业务：{noun}。佐证材料：{detail}。"),
            "want": ("预期交易对手：{want}",
                     "开户用途：与{want}之间的货款收付（待签约）。",
                     "客户称目前最大的缺口是{want}。",
                     "未来12个月计划：引入{want}",
                     "客户经理备注：账户流水能否起量，取决于能否对接上{want}。",
                     "尚未确定的交易对手：{want}。",
                     "问：是否会与{want}发生资金往来？答：找到合适的就会。",
                     "跨境收付对象（拟）：{want}"),
            "head": ("客户尽职调查摘要 编号KYC-{year2}-{digits}", "客户经理：{recorder}", "风险等级：低"),
            "tail": ("受益所有人已核实", "制裁名单筛查：无命中", "下次复核：{year2}年{month_zh}月", "!审核：{recorder}"),
        },
        "en": {
            "offer": ("Customer: {name} | Nature of business: {noun} | Scale: {detail}",
                      "Business description (per customer): {noun_cap}, {detail}.",
                      "Entity type: corporation, incorporated {year}; principal activity: {noun}; {detail}.",
                      "Source of funds: operating revenue as a {noun} ({detail}).",
                      "Customer profile: {place}-based {noun}; {detail}; headcount {staff}.",
                      "Verified activity: {noun}. Supporting evidence: {detail}."),
            "want": ("Expected counterparties: {want}",
                     "Purpose of account: paying and receiving funds with {want}, once signed.",
                     "Customer states its main gap is {want}.",
                     "Planned activity (next 12 months): onboarding {want}",
                     "RM note: account volumes depend on landing {want}.",
                     "Counterparty not yet identified: {want}.",
                     "Q: Will there be flows with {want}? A: Once the right one is found, yes.",
                     "Anticipated cross-border counterparty: {want}"),
            "head": ("KYC Summary, Ref. KYC-{year2}-{digits}", "Relationship manager: {recorder}", "Risk rating: Low"),
            "tail": ("Beneficial owners verified", "Sanctions screening: no hits", "Next review: {month} {year2}", "!Reviewed by {recorder}"),
        },
    },
    "interview": {
        "zh": {
            "offer": ("主持人：先介绍一下{name}吧。\n嘉宾：我们是{noun}，{detail}。",
                      "嘉宾：{name}是{place}的一家{noun}，{detail}。",
                      "主持人：说几个数字？\n嘉宾：{detail}。这就是我们，一家{noun}。",
                      "主持人：今天的嘉宾来自{place}的一家{noun}。\n嘉宾：谢谢邀请。简单说，{detail}。",
                      "嘉宾：{year}年起步时还是个小{noun}，现在{detail}。",
                      "主持人：{name}，{noun}，对吧？\n嘉宾：对，{detail}。"),
            "want": ("主持人：还缺什么？\n嘉宾：说实话，缺{want}。",
                     "嘉宾：最让我睡不着的，就是一直没有{want}。",
                     "主持人：如果屏幕前正好有{want}……\n嘉宾：那一定联系我们！",
                     "嘉宾：{month_zh}月前，想和{want}把合作落地。",
                     "主持人：什么能让业务再上一层？\n嘉宾：{want}。就这个。",
                     "嘉宾：要是能接上{want}，量能翻一倍。",
                     "主持人：对观众有什么请求？\n嘉宾：帮我们介绍{want}。"),
            "head": ("【播客文字稿·第{k}期】", "[视频访谈·自动字幕]", "{month_zh}月{d}日 直播回放节选 00:{d}:{r}0"),
            "tail": ("主持人：好，广告之后继续。", "（笑）", "[背景音乐]", "!主持人：感谢{contact}做客本期节目。"),
        },
        "en": {
            "offer": ("HOST: Tell people what {name} does.\nGUEST: Sure. We're a {noun}, {detail}.",
                      "GUEST: So {name} is a {noun} in {place}. {detail_cap}.",
                      "HOST: Give us the numbers.\nGUEST: {detail_cap}. That's us, a {noun}.",
                      "HOST: Today's guest runs a {noun} out of {place}.\nGUEST: Thanks for having me. In short, {detail}.",
                      "GUEST: We started in {year} as a small {noun}. Today, {detail}.",
                      "HOST: {name}, a {noun}, right?\nGUEST: Right, {detail}."),
            "want": ("HOST: What's missing?\nGUEST: Honestly? {want_cap}.",
                     "GUEST: The thing that keeps me up at night is not having {want}.",
                     "HOST: If someone listening is {want}…\nGUEST: …then please, call us.",
                     "GUEST: By {month} I'd love to have {want} on board.",
                     "HOST: What would change the business?\nGUEST: {want_cap}. Full stop.",
                     "GUEST: If we land {want}, we double. Simple as that.",
                     "HOST: Any ask for the audience?\nGUEST: Intros to {want}."),
            "head": ("[Transcript, episode {k}]", "[Video interview, auto-captions]", "Livestream replay excerpt, 00:{d}:{r}0"),
            "tail": ("HOST: Love it. More after the break.", "[laughter]", "[crosstalk]", "!HOST: That was {contact}. Thanks for listening."),
        },
    },
    "exportdb": {
        "zh": {
            "offer": ("【A01】{name}【B04】{noun}【B07】{detail}",
                      "B04 主营业务：{noun}\nB07 产能/规模：{detail}",
                      "字段11（简介）：{place}{noun}，{detail}。",
                      "【B04】{noun}｜【B09】成立{year}年｜【B07】{detail}",
                      "B04（业务）：{noun}。B07（规模）：{detail}。",
                      "【A05】{place}【B04】{noun}【B11】员工{staff}人【B07】{detail}"),
            "want": ("【C12】对接对象：{want}",
                     "【C14】缺失环节：{want}",
                     "C12 目标合作方：{want}",
                     "【C15】备注：出口计划能否推进，取决于能否找到{want}。",
                     "【C13】现有对接方：无。待补：{want}",
                     "【C16】是否申请撮合：是，{want}",
                     "【C12】{want}",
                     "备注（C15）：只考虑能长期合作的{want}。"),
            "head": ("出口促进数据库·记录号{digits}", "更新日期：{year2}-{month_zh}-{d}", "状态：有效｜已核验"),
            "tail": ("【A07】电话 {phone}", "【A08】联系人 {contact}", "【Z01】来源：贸易团组报名表", "!以上信息由企业自行填报。"),
        },
        "en": {
            "offer": ("[A01] {name} [B04] {noun_cap} [B07] {detail_cap}",
                      "B04 Principal activity: {noun}\nB07 Capacity/scale: {detail}",
                      "Field 11 (profile): {place} {noun}; {detail}.",
                      "[B04] {noun_cap} | [B09] Est. {year} | [B07] {detail_cap}",
                      "Activity text (B04): {noun}. Capacity note (B07): {detail}.",
                      "[A05] {place} [B04] {noun_cap} [B11] Headcount {staff} [B07] {detail_cap}"),
            "want": ("[C12] Counterpart sought: {want}",
                     "[C14] Missing link: {want}",
                     "C12 Target counterpart: {want}",
                     "[C15] Notes: the export plan hinges on finding {want}.",
                     "[C13] Counterpart on file: none. To fill: {want}",
                     "[C16] Matchmaking requested: yes, {want}",
                     "[C12] {want_cap}",
                     "Remarks (C15): open to {want} only for a long-term deal."),
            "head": ("Export Promotion Database, record {digits}", "Last updated {month} {d}, {year2}", "Status: ACTIVE | Verified"),
            "tail": ("[A07] Tel {phone}", "[A08] Contact {contact}", "[Z01] Source: trade mission registration", "!Data shown as submitted by the company."),
        },
    },
    "forum": {
        "zh": {
            "offer": ("潜水多年，第一次发帖。我们是{place}的{noun}，{detail}。",
                      "背景：{name}，{noun}，{detail}。",
                      "大家好，我是{name}的{contact}。先交代一下：{noun}，{detail}。",
                      "版主如觉不妥请删。我们是{noun}（{detail}）。",
                      "{year}年就注册了论坛。本职工作：{noun}，{detail}。",
                      "楼主公司：{name}。做什么：{noun}。规模：{detail}。"),
            "want": ("论坛里有认识{want}的吗？必有重谢。",
                     "我们的盲区是{want}，完全不知从何下手。",
                     "哪位能帮忙引荐{want}？私信开着。",
                     "{month_zh}月前想和{want}见一面。",
                     "如果你就是{want}，回帖或私信都行。",
                     "标题已说明：{want}。",
                     "展会、陌拜都试过了，{want}还是没着落。",
                     "顶一下，{want}仍无下文。"),
            "head": ("【求引荐】{place}同行求助", "发表于{month_zh}月{d}日 · 回复{k}", "楼主 {handle}"),
            "tail": ("编辑：感谢各位回复！", "点赞{pct}", "编辑2：改错字", "!先谢过大家。——{handle}"),
        },
        "en": {
            "offer": ("Long-time lurker, first post. We're a {noun} out of {place}; {detail}.",
                      "Background: {name}, {noun}, {detail}.",
                      "Hey all, {contact} here from {name}. Quick context: {noun}, {detail}.",
                      "Mods, delete if not allowed. We're a {noun} ({detail}).",
                      "Been on this forum since {year}. Day job: running a {noun}, {detail}.",
                      "OP here. Company: {name}. What we do: {noun}. Size: {detail}."),
            "want": ("Does anyone here know {want}? Would owe you one.",
                     "Our blind spot is {want}; no clue where to start.",
                     "Can anyone intro us to {want}? DMs open.",
                     "Hoping to sit down with {want} before {month}.",
                     "If you are {want}, reply here or PM me.",
                     "Title says it: {want}.",
                     "Tried trade shows and cold calls; {want} still hasn't turned up.",
                     "Bump: still nothing on {want}."),
            "head": ("Thread: need intros ({place})", "Posted {month} {d} · {k} replies", "OP: {handle}"),
            "tail": ("Edit: thanks for the replies so far!", "Upvotes: {pct}", "Edit 2: typo", "!Thanks in advance, {handle}"),
        },
    },
}  # fmt: skip
LINE_GENRES = ("kyc", "exportdb", "interview", "coldemail")  # mostly one item a line

# Company names: neutral or carrying a stage's role word (a hard case carries another stage's).
ZH_PARTS = ("嘉", "远", "瑞", "鑫", "华", "明", "宏", "达", "润", "博", "卓", "佳", "源", "盛", "通", "恒")  # fmt: skip
ZH_SUFFIX = {"neutral": ("有限公司", "科技有限公司", "股份有限公司", "集团有限公司"),
             "R": ("原料有限公司", "材料科技有限公司", "资源开发有限公司"),
             "M": ("制造有限公司", "工贸有限公司", "制品有限公司"),
             "D": ("贸易有限公司", "进出口贸易有限公司", "供应链有限公司"),
             "E": ("连锁有限公司", "运营管理有限公司", "零售连锁有限公司")}  # fmt: skip
ZH_US_SUFFIX = {"neutral": ("公司", "控股"), "R": ("原料公司",), "M": ("制造公司", "制品厂"),
                "D": ("贸易公司", "批发公司"), "E": ("连锁集团", "零售公司")}  # fmt: skip
ZH_TRANSLIT = ("阿什福德", "布莱克伍德", "克兰斯顿", "达灵顿", "埃尔斯沃思", "费尔柴尔德", "哈德利", "金斯利", "洛克伍德", "蒙哥马利")  # fmt: skip
PINYIN = ("Jiayuan", "Ruixin", "Huaming", "Hongda", "Runbo", "Zhuojia", "Yuansheng", "Hengtong", "Mingrui", "Xinhua")  # fmt: skip
CN_EN_WORD = {"neutral": ("",), "R": (" Materials", " Resources"), "M": (" Manufacturing", " Products"),
              "D": (" Trading", " Supply Chain"), "E": (" Chain Stores", " Retail Management")}  # fmt: skip
EN_WORDS = ("Alder", "Birchwood", "Cobalt", "Dunmore", "Eastgate", "Foxglove", "Greystone", "Hollis",
            "Ironwood", "Kestrel", "Larkspur", "Meridian", "Northfield", "Osprey", "Redwing", "Summit")  # fmt: skip
EN_SUFFIX = {"neutral": ("Inc.", "LLC", "Co.", "Holdings", "Company"),
             "R": ("Materials", "Supply Works", "Raw Stock"),
             "M": ("Manufacturing", "Works", "Fabricators"),
             "D": ("Distribution", "Wholesale", "Import Co."),
             "E": ("Retail Group", "Stores", "Outlets")}  # fmt: skip
PEOPLE = {
    "zh": ("陈经理", "刘总", "赵主任", "孙小姐", "何总监"),
    "en": ("Dana K.", "Marcus", "Priya", "Owen", "Lena R."),
}
HANDLES = {
    "zh": ("老周说外贸", "木木在路上", "山城小刘", "一只搬砖的"),
    "en": ("tradewinds_88", "midwest_maker", "rkoenig", "quietbuyer"),
}
RECORDERS = {
    "zh": ("王蕾", "李昊", "黄敏", "徐峰"),
    "en": ("K. Ibarra", "D. Walsh", "S. Nwosu", "A. Park"),
}
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
# "a" before a vowel, but not before a "you" sound or "one" (a use case, a one-pager).
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
    staff = rng.randrange(30, 3000)
    c1, c2 = rng.sample(CUSTOMERS[lang], 2)
    slots = {
        "name": name, "noun": own_noun, "noun_cap": cap(own_noun), "detail": detail,
        "detail_cap": cap(detail), "place": place, "year": rng.randrange(1993, 2022),
        "year2": rng.choice((2027, 2028)), "month": MONTHS[month - 1], "month_zh": month,
        "d": rng.randrange(10, 29), "k": rng.randrange(2, 60), "q": rng.randrange(1, 5),
        "r": rng.randrange(0, 6), "staff": f"{staff:,}" if lang == "en" else staff,
        "digits": rng.randrange(10000, 100000), "pct": rng.randrange(12, 900),
        "phone": phone_number(rng, side), "contact": rng.choice(PEOPLE[lang]),
        "handle": rng.choice(HANDLES[lang]), "recorder": rng.choice(RECORDERS[lang]),
        "c1": c1, "c2": c2,
    }  # fmt: skip
    g = GENRES[org["_genre"]][lang]
    offer = fix_articles(rng.choice(g["offer"]).format(**slots))
    kind = "material" if "material" in hard else "generic" if "generic" in hard else "trade"
    slots["want"] = sought(rng, org, lang, kind)
    slots["want_cap"] = cap(slots["want"])
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
    headed = rng.random() < 0.5 or "sign" in g  # an e-mail always has its subject or date line
    if headed:
        parts.insert(0, rng.choice(g["head"]).format(**slots))
    parts += closing
    if "sign" in g:  # the signature block closes every e-mail
        parts.append(rng.choice(g["sign"]).format(**slots))
    joiner = rng.choice(("\n", "" if lang == "zh" else " "))
    if org["_genre"] in LINE_GENRES and rng.random() < 0.7:
        joiner = "\n"
    text = parts[0]
    for i, (prev, part) in enumerate(itertools.pairwise(parts)):  # run on only after a sentence
        full = prev.endswith(("。", "！", "？", "”", ".", "!", "?", '"'))
        speaker = part.startswith(("HOST:", "GUEST:", "主持人：", "嘉宾："))
        signature = "sign" in g and part is parts[-1]
        own_line = speaker or signature or (headed and i == 0)  # header and signature stand alone
        text += (joiner if full and not own_line else "\n") + part
    org["name"] = {lang: name}
    org["description"] = {lang: text.replace("..", ".").replace("。。", "。")}


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
BANNED = re.compile(r"stage|R/M/D/E|\b[RMDE]\s*/\s*[RMDE]\b|[\[【][RMDE]\d", re.IGNORECASE)
BAD_ARTICLE = re.compile(r"\b[Aa] (?!uk|one\b|one-|use)[aeiouAEIO]")


def check(profiles: dict, gold: dict, orgs: list[dict]) -> None:
    """Refuse to write a set that breaks its own rules."""
    assert len(CHAINS) == 10 and not set(CHAINS) & EARLIER_CHAINS
    ids = [o["id"] for o in profiles["organizations"]]
    assert len(ids) == len(set(ids)) == 110
    assert (
        sum(i.startswith("ecn") for i in ids) == 40 and sum(i.startswith("eus") for i in ids) == 70
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
        if cid.startswith("ecn"):
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
    pairs = sum(len(v) for k, v in gold["partners"].items() if k.startswith("ecn"))
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
