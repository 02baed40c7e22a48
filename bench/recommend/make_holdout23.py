# ruff: noqa: E501  (sentence templates and chain vocabularies are data; wrapping them hurts reading)
"""Write the twenty-third held-out ROLE set: ``roles_holdout23.json`` / ``roles_holdout23_gold.json``.

    python bench/recommend/make_holdout23.py

Written blind by a helper session that neither read nor ran the recommender engine: nothing
under ``src/`` or ``docs/``, no results, no fitting, study, evaluation or comparison script, no
corpus generator or corpus file, no role set. Only ``make_holdout22.py`` was read in full (for
the file format, the construction and the style). To keep the chains new, the candidate chains'
key words (English and Chinese: the product and its role nouns) were searched with ``grep -il``
over ``make_*.py``, ``roles_*.json``, ``profiles.json`` and ``validation.json``, printing only
the names of matching files, never their text. Dropped for a match of the product or of a role
noun specific to it: mooncakes (make_corpus10), tofu (make_holdout22), swimming-pool chlorine
tablets ("泳池", make_holdout11), acoustic ceiling tiles ("acoustic", make_holdout8/18 and
make_corpus11; "吊顶", make_corpus4), wind-turbine blades (make_roles, make_dataset), dental
floss ("dental practice", "口腔护理", "牙科诊所", make_holdout12/18/19 and make_corpus4),
horse feed ("马匹", make_holdout11) and ski goggles ("滑雪", "ski resort", make_holdout11). Of
the invented candidates bird feeders ("鸟", make_holdout16 and make_corpus10) and hammocks
("露营", "campground", make_holdout20; "resort" in many) were dropped too. Sector nouns that
matched (microphone, audio, small appliance, housewares, music store, 乐器, wire rod, auto
accessories, ripstop, 冲浪, beach, 合金钢棒材, "frame factory" …) are simply not used below; every
noun and material of the chains below was finally grepped the same way, none matching. Nothing
may be fitted or tuned on this set.

Standard library only and deterministic (``random.Random(SEED)``); it imports no other generator.

* Ten value chains: air fryers, karaoke machines, kites, snow chains, harmonicas and aquarium
  filters (the six clean candidates of the list given), then picture frames, trekking poles,
  badminton shuttlecocks and abacuses (invented, checked the same way). Stages: R raw material
  or key component, M maker, D distributor / importer / agent, E end buyer or user. Each company
  is at one stage and seeks an adjacent one (R seeks M; M seeks R, D or E; D seeks M or E; E
  seeks M or D).
* 40 Chinese (CN) and 70 US companies, 4 and 7 per chain, ids ``ccn001``… and ``cus001``…
  shuffled within each side. A CN and a US company are gold partners when they are in the same
  chain and each one's stage is what the other seeks. Every CN company has a gold US partner;
  beside it the US side holds a competitor (same stage, same want), a company offering what it
  seeks but seeking something else, and one wanting its product but offering nothing it seeks
  (where the stages allow one), then the rest of the chain at random.
* CN companies write mainland business Chinese (four of them English); US companies write
  English (seven of them Chinese). Free text only: no stage or role codes.
* Five ways of writing, each in both languages, spread evenly over each side: a job
  advertisement by the company (the want implied by the post hired for or stated as the plan),
  a trade-show booth voice memo transcribed by speech recognition (fillers, repetitions, a few
  mis-recognised words), a customs broker's file note (HS code, port, incoterms, then what the
  client makes and is looking for), a crowdfunding or product-launch "About us" with backer-reward
  noise, and the back of a business card typed into a spreadsheet (terse keywords, slashes and
  pipes). Per genre and language there are at least six offer and six want templates; the want
  comes first, in the middle or last, with or without a verb of wanting, as a question, a
  condition, a plan or a label; header and noise lines (dates, phone numbers, hashtags, HS codes,
  reward tiers, salaries) surround them.
* Hard cases, each in several documents: customers already served named in the offer (of a
  stage other than the one sought), negated wants ("不考虑贸易公司", "no brokers please"), role
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
SEED = 20270123
NAME = "roles_holdout23"
PREFIX = {"CN": "ccn", "US": "cus"}

# Chains named by earlier sets (make_holdout22.py's list and its own ten chains) and the
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
    "skigoggle birdfeeder hammock"
)
EARLIER_CHAINS = set(_EARLIER.split())

# ---------------------------------------------------------------------------------------------
# Chains: key -> sector; per stage (zh nouns, en nouns, zh details, en details); the material
# an R company supplies (zh, en), for a maker's want named by its input; Chinese places (zh, en);
# an HS code for the customs notes. Details are neutral about the country so that either side
# may use them; the i-th detail of a stage goes with its i-th noun (zh and en aligned). The keys
# are chosen so that no description can contain them.
# ---------------------------------------------------------------------------------------------
CHAINS: dict[str, dict[str, object]] = {
    "airfryer": {
        "sector": "kitchen appliances",
        "R": (("发热管供应商", "不粘涂层供应商", "炸篮冲压件厂"),
              ("heating tube supplier", "non-stick coating supplier", "fryer basket stamping plant"),
              ("年产发热管2000万支", "涂层不含PFOA，可提供食品接触检测报告", "冲压线18条，月产炸篮150万只"),
              ("20 million heating tubes a year", "PFOA-free coatings with food-contact test reports", "18 press lines turning out 1.5 million baskets a month")),
        "M": (("空气炸锅制造商", "空气炸锅OEM工厂", "厨房电器工厂"),
              ("air fryer manufacturer", "air fryer OEM", "kitchen appliance factory"),
              ("年产空气炸锅600万台，持有UL与ETL认证", "可做可视窗与双篮机型，起订量2000台", "研发人员210人，模具自制"),
              ("6 million air fryers a year, UL and ETL listed", "window and dual-basket models, 2,000-unit minimum", "210 engineers and an in-house tool room")),
        "D": (("厨房电器进口商", "厨房电器分销商", "家电批发商"),
              ("kitchen appliance importer", "kitchen electrics distributor", "home appliance wholesaler"),
              ("每月到港货柜70个", "合作零售商1800家", "仓库面积2.5万平方米"),
              ("70 containers landed a month", "1,800 retail accounts", "a 270,000 sq ft warehouse")),
        "E": (("电视购物频道", "仓储会员店", "银行积分兑换平台"),
              ("home shopping channel", "warehouse club", "loyalty rewards catalog"),
              ("每年售出厨房电器90万台", "门店130家", "积分兑换商品年采购额3亿元"),
              ("900,000 kitchen appliances sold a year", "130 clubs", "$45 million of reward merchandise bought a year")),
        "material": (("发热管", "不粘涂料", "炸篮冲压件"), ("heating tubes", "non-stick coating", "stamped fryer baskets")),
        "places": (("顺德", "中山", "慈溪", "湛江"), ("Shunde", "Zhongshan", "Cixi", "Zhanjiang")),
        "hs": "8516.60",
    },
    "karaokeset": {
        "sector": "home entertainment",
        "R": (("咪芯供应商", "功放板生产厂", "音箱箱体厂"),
              ("mic capsule supplier", "amplifier board maker", "cabinet enclosure shop"),
              ("年产动圈咪芯3000万只", "SMT贴片线12条", "中密度板箱体日产8000只"),
              ("30 million dynamic capsules a year", "12 SMT lines", "8,000 MDF enclosures a day")),
        "M": (("卡拉OK机制造商", "点歌机工厂", "K歌设备OEM工厂"),
              ("karaoke machine manufacturer", "karaoke jukebox factory", "karaoke system OEM"),
              ("年产卡拉OK机120万台，带蓝牙与评分功能", "曲库授权歌曲25万首", "通过FCC与CE认证，可做贴牌"),
              ("1.2 million karaoke machines a year with Bluetooth and scoring", "a licensed library of 250,000 songs", "FCC and CE certified, private label welcome")),
        "D": (("影音器材进口商", "卡拉OK设备经销商", "音响批发商"),
              ("AV equipment importer", "karaoke equipment dealer", "sound gear wholesaler"),
              ("代理品牌14个", "安装团队60人", "仓库3个"),
              ("14 brands represented", "a 60-person install crew", "three warehouses")),
        "E": (("KTV连锁", "电子产品零售连锁", "酒吧夜场集团"),
              ("karaoke lounge chain", "electronics retail chain", "nightlife group"),
              ("门店210家，包房4000间", "门店540家", "旗下酒吧与夜店38家"),
              ("210 venues with 4,000 private rooms", "540 stores", "38 bars and clubs")),
        "material": (("动圈咪芯", "功放板", "音箱箱体"), ("dynamic mic capsules", "amplifier boards", "MDF enclosures")),
        "places": (("恩平", "广州", "深圳", "东莞"), ("Enping", "Guangzhou", "Shenzhen", "Dongguan")),
        "hs": "8519.89",
    },
    "kitecraft": {
        "sector": "leisure",
        "R": (("风筝布厂", "玻纤杆供应商", "风筝线生产商"),
              ("kite fabric mill", "fiberglass spar supplier", "kite line maker"),
              ("年产涂层尼龙风筝布900万米", "杆径1.5至12毫米全规格", "编织线拉力从10磅到300磅"),
              ("9 million meters of coated nylon a year", "spars from 1.5 to 12 mm", "braided line rated 10 to 300 lb")),
        "M": (("风筝厂", "风筝制造商", "动力风筝OEM工厂"),
              ("kite factory", "kite maker", "power kite OEM"),
              ("年产风筝400万只，单线与双线都能做", "缝纫工620人", "可做定制印刷，起订量500只"),
              ("4 million kites a year, single- and dual-line", "620 sewing operators", "custom printing, 500-piece minimum")),
        "D": (("风筝进口商", "海滨休闲用品批发商", "风筝冲浪装备经销商"),
              ("kite importer", "beach goods wholesaler", "kiteboarding gear dealer"),
              ("客户门店1300家", "年销售风筝50万只", "试飞场与仓库各2个"),
              ("1,300 store accounts", "500,000 kites sold a year", "two demo fields and two warehouses")),
        "E": (("海滨纪念品店连锁", "风筝冲浪学校", "风筝节主办方"),
              ("seaside souvenir shop chain", "kiteboarding school", "kite festival organizer"),
              ("门店95家", "年培训学员4000人", "每年办节6场，观众40万人次"),
              ("95 shops", "4,000 students a year", "six festivals a year drawing 400,000 visitors")),
        "material": (("涂层尼龙风筝布", "玻纤杆", "编织风筝线"), ("coated kite nylon", "fiberglass spars", "braided kite line")),
        "places": (("潍坊", "阳江", "天津", "南通"), ("Weifang", "Yangjiang", "Tianjin", "Nantong")),
        "hs": "9503.00",
    },
    "snowchain": {
        "sector": "automotive",
        "R": (("链条钢棒材厂", "橡胶张紧器供应商", "挂钩卡扣冲压厂"),
              ("chain steel rod mill", "rubber tensioner supplier", "hook and clasp stamping plant"),
              ("年供链条钢棒材6万吨", "张紧器年产2400万件", "冲压线22条"),
              ("60,000 t of chain steel rod a year", "24 million tensioners a year", "22 press lines")),
        "M": (("防滑链制造商", "汽车防滑链工厂", "防滑链OEM工厂"),
              ("snow chain manufacturer", "traction chain factory", "snow chain OEM"),
              ("年产防滑链300万副，通过ÖNORM V 5117与TÜV认证", "焊链机90台", "规格覆盖轿车到重卡共1200种"),
              ("3 million sets a year, ÖNORM V 5117 and TÜV approved", "90 chain welding machines", "1,200 sizes from sedans to heavy trucks")),
        "D": (("防滑链进口商", "卡车配件分销商", "雪地行车装备批发商"),
              ("traction device importer", "truck parts distributor", "winter driving gear wholesaler"),
              ("仓库9个，入冬前备货20万副", "服务车队客户1400家", "年营业额5亿元"),
              ("nine warehouses stocking 200,000 sets before the first snow", "1,400 fleet accounts", "$70 million in annual sales")),
        "E": (("公路养护公司", "长途货运公司", "校车运营商"),
              ("highway maintenance contractor", "long-distance freight carrier", "school bus operator"),
              ("负责山区公路1800公里", "重卡2600台", "校车3100辆"),
              ("1,800 km of mountain roads under contract", "2,600 heavy trucks", "3,100 buses")),
        "material": (("链条钢棒材", "橡胶张紧器", "冲压挂钩"), ("chain steel rod", "rubber tensioners", "stamped hooks and clasps")),
        "places": (("青岛", "淄博", "宁海", "泰州"), ("Qingdao", "Zibo", "Ninghai", "Taizhou")),
        "hs": "7315.20",
    },
    "mouthharp": {
        "sector": "music",
        "R": (("簧片铜带厂", "口琴梳板注塑厂", "不锈钢盖板冲压厂"),
              ("brass reed strip mill", "comb molding shop", "cover plate stamping plant"),
              ("年产簧片铜带1200吨，厚度公差±2微米", "注塑机46台", "盖板可做激光刻字"),
              ("1,200 t of reed brass a year, held to ±2 μm", "46 molding presses", "laser-engraved cover plates")),
        "M": (("口琴制造厂", "口琴OEM工厂", "布鲁斯口琴工厂"),
              ("harmonica maker", "harmonica OEM", "blues harp factory"),
              ("年产口琴500万支，10孔与24孔均有", "调音师130人，逐支手工调音", "可做刻字礼盒，起订量1000支"),
              ("5 million harmonicas a year, 10-hole and 24-hole", "130 tuners setting every reed by hand", "engraved gift boxes, 1,000-piece minimum")),
        "D": (("口琴进口商", "音乐用品批发商", "口琴品牌代理商"),
              ("harmonica importer", "music products wholesaler", "harmonica brand distributor"),
              ("客户门店2100家", "代理品牌9个", "年出货口琴60万支"),
              ("2,100 dealer accounts", "nine brands represented", "600,000 harmonicas shipped a year")),
        "E": (("音乐教育机构连锁", "老年大学", "口琴协会"),
              ("music education franchise", "senior learning center network", "harmonica society"),
              ("校区160个，学员5万人", "学员3.5万人", "会员8000人"),
              ("160 locations and 50,000 students", "35,000 learners", "8,000 members")),
        "material": (("簧片铜带", "ABS梳板", "不锈钢盖板"), ("reed brass strip", "ABS combs", "stainless cover plates")),
        "places": (("天津", "上海", "扬州", "宁波"), ("Tianjin", "Shanghai", "Yangzhou", "Ningbo")),
        "hs": "9205.90",
    },
    "aquafilter": {
        "sector": "aquatics",
        "R": (("过滤棉厂", "陶瓷环滤材厂", "活性炭供应商"),
              ("filter foam maker", "ceramic bio-media producer", "activated carbon supplier"),
              ("年产过滤棉8000吨，孔径10至60PPI", "烧结窑炉6座", "椰壳活性炭碘值1100以上"),
              ("8,000 t of foam a year, 10 to 60 PPI", "six sintering kilns", "coconut-shell carbon with an iodine number above 1,100")),
        "M": (("水族过滤器制造商", "鱼缸过滤器OEM工厂", "水族器材厂"),
              ("aquarium filter manufacturer", "fish tank filter OEM", "aquarium equipment factory"),
              ("年产过滤器700万台，外置、挂壁与内置式齐全", "电机自产，噪音低于30分贝", "通过UL与CE认证，可做贴牌"),
              ("7 million filters a year: canister, hang-on-back and internal", "its own motors, under 30 dB", "UL and CE listed, private label welcome")),
        "D": (("水族用品进口商", "观赏鱼用品批发商", "水族器材代理商"),
              ("aquarium supply importer", "aquatics wholesaler", "aquarium equipment distributor"),
              ("客户门店1600家", "SKU 7000个", "每月到港货柜25个"),
              ("1,600 store accounts", "7,000 SKUs", "25 containers a month")),
        "E": (("公共水族馆", "观赏鱼店连锁", "鱼缸维护服务公司"),
              ("public aquarium", "tropical fish store chain", "aquarium care service"),
              ("展缸总水体1.2万吨", "门店180家", "维护鱼缸9000个"),
              ("tanks holding 12,000 t of water", "180 stores", "9,000 tanks under service")),
        "material": (("生化过滤棉", "陶瓷环", "椰壳活性炭"), ("filter foam", "ceramic rings", "coconut-shell carbon")),
        "places": (("中山", "佛山", "广州", "青州"), ("Zhongshan", "Foshan", "Guangzhou", "Qingzhou")),
        "hs": "8421.21",
    },
    "pictureframe": {
        "sector": "wall decor",
        "R": (("画框线条厂", "相框玻璃供应商", "装裱衬纸厂"),
              ("frame profile mill", "picture glass supplier", "mat board mill"),
              ("年产线条4000万米，花色900种", "超白玻璃与防反光玻璃均可供", "衬纸颜色120种，无酸"),
              ("40 million meters of profile a year in 900 finishes", "clear and anti-glare glass", "120 colors of acid-free board")),
        "M": (("相框制造厂", "画框工厂", "装饰画框OEM工厂"),
              ("picture frame manufacturer", "photo frame factory", "wall decor frame OEM"),
              ("年产相框3000万只", "切角机与钉角机共300台", "可做定制尺寸，起订量300只"),
              ("30 million frames a year", "300 mitre saws and underpinners", "custom sizes, 300-piece minimum")),
        "D": (("家居装饰品进口商", "相框批发商", "工艺礼品分销商"),
              ("wall decor importer", "frame wholesaler", "gift and decor distributor"),
              ("客户门店3500家", "常备SKU 5000个", "年出货相框400万只"),
              ("3,500 store accounts", "5,000 SKUs in stock", "4 million frames shipped a year")),
        "E": (("装裱店连锁", "摄影工作室连锁", "美术馆"),
              ("custom framing shop chain", "portrait studio chain", "art museum"),
              ("门店260家", "影楼140家", "馆藏作品2.3万件"),
              ("260 shops", "140 studios", "23,000 works in the collection")),
        "material": (("画框线条", "相框玻璃", "无酸衬纸"), ("frame profiles", "picture glass", "acid-free mat board")),
        "places": (("莆田", "义乌", "东莞", "宁波"), ("Putian", "Yiwu", "Dongguan", "Ningbo")),
        "hs": "4414.00",
    },
    "trekpole": {
        "sector": "hiking",
        "R": (("杖管拉管厂", "EVA握把供应商", "碳化钨杖尖厂"),
              ("pole tube drawing mill", "EVA grip supplier", "carbide tip maker"),
              ("年产铝合金杖管2500万节", "握把模具600余套", "杖尖年产能5000万粒"),
              ("25 million aluminum pole sections a year", "more than 600 grip molds", "50 million tips a year")),
        "M": (("登山杖制造商", "登山杖OEM工厂", "徒步装备工厂"),
              ("trekking pole manufacturer", "hiking pole OEM", "hiking gear factory"),
              ("年产登山杖400万支，折叠与伸缩款都有", "碳纤维款单支重量不到200克", "可做贴牌，起订量300对"),
              ("4 million poles a year, folding and telescoping", "carbon models under 200 g a pole", "private label, 300-pair minimum")),
        "D": (("徒步用品进口商", "登山用品批发商", "登山杖品牌代理商"),
              ("hiking gear importer", "mountaineering wholesaler", "trekking pole distributor"),
              ("客户门店900家", "年销售登山杖70万支", "仓库2个"),
              ("900 dealer accounts", "700,000 poles sold a year", "two warehouses")),
        "E": (("徒步旅行俱乐部", "登山俱乐部", "童军总会"),
              ("guided trekking company", "mountaineering club", "scout council"),
              ("年带队出行1.5万人次", "会员1.1万人", "在册童军4万人"),
              ("15,000 guests guided a year", "11,000 members", "40,000 registered scouts")),
        "material": (("铝合金杖管", "EVA握把", "碳化钨杖尖"), ("aluminum pole tubing", "EVA grips", "carbide tips")),
        "places": (("宁波", "青岛", "东莞", "漳州"), ("Ningbo", "Qingdao", "Dongguan", "Zhangzhou")),
        "hs": "6602.00",
    },
    "badmintonshuttle": {
        "sector": "sports",
        "R": (("鹅毛原料商", "软木球头厂", "羽毛片分拣厂"),
              ("goose feather supplier", "cork base maker", "feather sorting house"),
              ("年供鹅毛片8亿片", "球头年产1.5亿只", "按弧度与长度分级，分拣工400人"),
              ("800 million goose feathers a year", "150 million cork bases a year", "feathers graded by curve and length, 400 sorters")),
        "M": (("羽毛球生产厂", "羽毛球OEM工厂", "比赛用球工厂"),
              ("shuttlecock maker", "shuttlecock OEM", "tournament shuttle factory"),
              ("年产羽毛球2400万打", "速度与稳定性逐桶检测", "可做定制印字，起订量500打"),
              ("24 million dozen a year", "speed and flight tested tube by tube", "custom printing, 500-dozen minimum")),
        "D": (("羽毛球用品进口商", "羽毛球器材批发商", "羽毛球品牌代理商"),
              ("badminton importer", "badminton equipment wholesaler", "shuttlecock distributor"),
              ("客户球馆与门店1200家", "年销售羽毛球60万打", "仓库恒温恒湿"),
              ("1,200 clubs and shops on account", "600,000 dozen sold a year", "climate-controlled warehouses")),
        "E": (("羽毛球馆连锁", "羽毛球俱乐部", "大学体育部"),
              ("badminton center chain", "badminton club", "university recreation department"),
              ("场馆75家，场地900片", "会员3000人", "每年采购用球1万打"),
              ("75 centers with 900 courts", "3,000 members", "10,000 dozen used a year")),
        "material": (("鹅毛片", "软木球头", "分级羽毛"), ("goose feathers", "cork bases", "graded feathers")),
        "places": (("无为", "六安", "广州", "上海"), ("Wuwei", "Lu'an", "Guangzhou", "Shanghai")),
        "hs": "9506.99",
    },
    "countingframe": {
        "sector": "education",
        "R": (("木珠加工厂", "榉木板材供应商", "算珠塑料粒子供应商"),
              ("wooden bead turner", "beech board supplier", "bead resin supplier"),
              ("年产算珠8亿粒", "常备榉木板材3000立方米", "ABS粒子年供应4000吨"),
              ("800 million beads a year", "3,000 m³ of beech always in stock", "4,000 t of ABS pellets a year")),
        "M": (("算盘生产厂", "珠心算教具工厂", "算盘OEM工厂"),
              ("abacus maker", "math manipulatives factory", "abacus OEM"),
              ("年产算盘600万把，13档到27档齐全", "学生款与教师挂式大算盘都能做", "通过EN 71与CPSIA检测"),
              ("6 million abacuses a year, 13 to 27 rods", "student models and large teacher's abacuses", "EN 71 and CPSIA tested")),
        "D": (("教具进口商", "教育用品批发商", "珠心算教材代理商"),
              ("educational supply importer", "classroom supply wholesaler", "abacus curriculum distributor"),
              ("客户学校与书店2600家", "SKU 3000个", "年出货算盘80万把"),
              ("2,600 schools and shops on account", "3,000 SKUs", "800,000 abacuses shipped a year")),
        "E": (("珠心算培训连锁", "国际学校集团", "在家教育合作社"),
              ("abacus math learning center chain", "private school group", "homeschool co-op network"),
              ("校区300个，学员6万人", "学校28所", "家庭会员1.4万户"),
              ("300 centers with 60,000 students", "28 schools", "14,000 member families")),
        "material": (("木质算珠", "榉木板材", "ABS算珠粒子"), ("wooden abacus beads", "beech boards", "ABS bead pellets")),
        "places": (("金华", "乐清", "苏州", "宁波"), ("Jinhua", "Yueqing", "Suzhou", "Ningbo")),
        "hs": "9023.00",
    },
}  # fmt: skip

STAGES = "RMDE"
ADJACENT = {"R": ("M",), "M": ("R", "D", "E"), "D": ("M", "E"), "E": ("M", "D")}
BUYERS = {"R": ("M",), "M": ("D", "E"), "D": ("E",), "E": ()}  # who a stage sells to

US_PLACES = (("俄勒冈州", "Oregon"), ("佐治亚州", "Georgia"), ("明尼苏达州", "Minnesota"),
             ("犹他州", "Utah"), ("北卡罗来纳州", "North Carolina"), ("俄亥俄州", "Ohio"),
             ("康涅狄格州", "Connecticut"), ("内华达州", "Nevada"), ("肯塔基州", "Kentucky"),
             ("新泽西州", "New Jersey"), ("爱荷华州", "Iowa"), ("路易斯安那州", "Louisiana"))  # fmt: skip
PORTS = {
    ("CN", "zh"): ("上海港", "宁波舟山港", "青岛港", "深圳盐田港", "天津港"),
    ("CN", "en"): ("Shanghai", "Ningbo", "Qingdao", "Yantian", "Tianjin"),
    ("US", "zh"): ("长滩港", "萨凡纳港", "纽瓦克港", "休斯敦港", "西雅图港"),
    ("US", "en"): ("Long Beach", "Savannah", "Newark", "Houston", "Seattle"),
}
INCOTERMS = ("FOB", "CIF", "EXW", "DDP", "FCA", "DAP")

# Generic role nouns, for wants naming only the role and the country (and some negations).
GENERIC = {
    "zh": {"R": ("原材料供应商", "上游供货商"), "M": ("厂家", "生产商", "制造工厂"),
           "D": ("经销商", "贸易公司", "进口商", "代理商"), "E": ("终端用户", "最终买家", "终端采购方")},
    "en": {"R": ("raw material supplier", "upstream vendor"), "M": ("manufacturer", "factory", "maker"),
           "D": ("distributor", "broker", "importer", "trading house"), "E": ("end user", "end customer")},
}  # fmt: skip

# The noun phrase of what is sought, by (writer's side, language).
WANT_FORMS = {
    ("CN", "zh"): ("美国{n}", "美国本地的{n}", "在美国的{n}", "一家美国{n}", "北美的{n}"),
    ("US", "zh"): ("中国{n}", "中国大陆的{n}", "一家中国{n}", "来自中国的{n}", "中国本土{n}"),
    ("CN", "en"): ("a US {n}", "an American {n}", "a {n} based in the US", "a {n} in America"),
    ("US", "en"): ("a Chinese {n}", "a {n} based in China", "a mainland Chinese {n}", "a {n} in China"),
}  # fmt: skip
MATERIAL_FORMS = {
    ("CN", "zh"): ("美国产{n}", "美国的{n}货源", "美国供应的{n}"),
    ("US", "zh"): ("中国产{n}", "中国的{n}货源", "中国供应的{n}"),
    ("CN", "en"): ("{n} sourced in the US", "American-made {n}", "{n} from an American mill"),
    ("US", "en"): ("{n} sourced in China", "Chinese {n}", "{n} from a Chinese mill"),
}  # fmt: skip
MATERIAL_WANT = {
    "zh": ("采购清单：{want}。", "长期收{want}，按月结算。", "{want}缺货中，有现货的请报价。", "我们最需要的其实是{want}。",
           "想找稳定的{want}，年用量不小。", "下一步计划：把{want}签成年度合同。"),
    "en": ("Purchasing list: {want}.", "Buying {want} every month, net 30.", "Short on {want}; quotes welcome if you have stock.",
           "What we really need is {want}.", "After a steady supply of {want}, sizeable yearly volume.",
           "Next step: put {want} on a yearly contract."),
}  # fmt: skip
NEGATION = {
    "zh": ("不考虑{neg}。", "{neg}暂不考虑。", "请勿推荐{neg}。", "{neg}不在考虑范围内。", "暂不对接{neg}。"),
    "en": ("No {plural}, please.", "Please, no {bare} referrals.", "Not looking for {neg}.",
           "We'd rather not hear from {neg}.", "{neg_cap}? Not what we need."),
}  # fmt: skip
SERVED = {
    "zh": ("现有客户包括{c1}、{c2}等{k}家{cnoun}。", "已在给{c1}、{c2}这样的{cnoun}供货。", "服务过的{cnoun}有{c1}和{c2}。"),
    "en": ("Existing accounts include {c1} and {c2}, two of our {k} {cnoun} customers.",
           "Already supplying {cnoun} customers such as {c1} and {c2}.", "{cnoun} clients served so far: {c1}, {c2}."),
}  # fmt: skip
CUSTOMERS = {
    "zh": ("恒源", "嘉禾", "瑞丰", "华盛", "永泰", "鸿运", "金桥", "百川"),
    "en": (
        "Brookhaven",
        "Redfield",
        "Summit Ridge",
        "Clearwater",
        "Northgate",
        "Ashford",
        "Bluestem",
        "Hollis & Grant",
    ),
}

# ---------------------------------------------------------------------------------------------
# Ways of writing. Each: offer and want templates, header lines and noise lines ("!" marks a
# closing line). Slots: name noun detail detail_cap place year year2 month month_zh d k q staff
# digits row hall booth phone hs port inc ship pct backers price price2 sal sal2 contact
# recorder want.
# ---------------------------------------------------------------------------------------------
GENRES: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    "jobad": {
        "zh": {
            "offer": ("{name}诚聘英才。公司简介：{place}{noun}，成立于{year}年，{detail}。",
                      "关于我们：我们是一家{noun}，{detail}，现有员工{staff}人。",
                      "【招聘】{name}（{noun}）——{detail}，因业务扩张招聘多个岗位。",
                      "公司是{place}的{noun}，{detail}，福利完善，周末双休。",
                      "加入{name}：{noun}，{detail}，团队{staff}人。",
                      "{name}成立于{year}年，是一家{noun}，{detail}，诚邀有志之士加入。"),
            "want": ("招聘岗位：海外渠道经理1名，主要负责寻找并对接{want}，开拓当地合作网络。",
                     "岗位职责：负责对接{want}，完成年度合作目标。",
                     "公司计划{year2}年与{want}建立长期合作，现招聘海外业务专员。",
                     "任职要求：有对接{want}经验者优先。",
                     "为什么招人？因为我们要找{want}。",
                     "如果你手上有{want}的资源，待遇可以面谈。",
                     "这个岗位只有一个考核指标：签下{want}。"),
            "head": ("招聘启事", "【急聘】海外业务岗 {k}名", "发布日期：{year2}年{month_zh}月{d}日"),
            "tail": ("薪资：{sal}k-{sal2}k·13薪", "简历请投递至招聘邮箱，标题注明岗位", "工作地点：{place}", "!人力资源部 {recorder}"),
        },
        "en": {
            "offer": ("{name} is hiring. About us: a {noun} in {place}, founded {year}; {detail}.",
                      "Who we are: a {noun}, {detail}, about {staff} people.",
                      "Join {name}, a {noun}: {detail}.",
                      "Company overview: {name} is a {noun}; {detail}.",
                      "We're a {place} {noun} ({detail}) and we're growing.",
                      "Since {year} {name} has been a {noun}; {detail}."),
            "want": ("Position: International Partnerships Manager. You will find and sign up {want}.",
                     "Responsibilities: build the relationship with {want} and run it day to day.",
                     "Our plan for {year2} is to work with {want}; this hire makes it happen.",
                     "Nice to have: experience dealing with {want}.",
                     "Why we're hiring: we need {want}.",
                     "Bring a contact at {want} and we'll talk signing bonus.",
                     "Success in this job = landing {want}."),
            "head": ("JOB POSTING", "Now hiring ({k} openings)", "Posted {month} {d}"),
            "tail": ("Salary: ${sal}k to ${sal2}k DOE", "Location: {place}, hybrid", "Apply with a resume and a short note.",
                     "!{recorder}, Talent Team"),
        },
    },
    "boothmemo": {
        "zh": {
            "offer": ("嗯，刚才那个，那个{name}的站位，他们是{noun}，就是说{detail}。",
                      "记一下记一下，{place}来的{noun}，嗯，{detail}，对。",
                      "那个就是说这家是{noun}啊，成立{year}年，{detail}，呃，人挺多的。",
                      "语音备忘，{name}，{noun}，嗯……{detail}。",
                      "这个站位是{noun}，{detail}，对对对，{detail}。",
                      "呃，明片上写的是{name}，那个，{noun}，{detail}。"),
            "want": ("他们说，嗯，想找{want}，就是说想找{want}。",
                     "然后那个，那个老版说要对街{want}。",
                     "问他们要什么，嗯……{want}，对，{want}。",
                     "就是说如果有{want}的话，他们明年就，呃，就加大量。",
                     "他们问我们认不认识{want}？",
                     "嗯计划是{year2}年之前搞定{want}吧大概。",
                     "需求，需求是{want}。"),
            "head": ("[语音转文字] {month_zh}月{d}日 下午{hour}点", "录音{digits}.m4a", "展会备忘 {hall}号馆"),
            "tail": ("（以上为自动转写，可能有误）", "嗯，先这样。", "站位号{hall}B{booth}", "!——{recorder}的手机"),
        },
        "en": {
            "offer": ("Um, okay, so {name}, they're a {noun}, like, {detail}.",
                      "Note to self, note to self: {noun} out of {place}, um, {detail}.",
                      "So this boot is, uh, {name}, {noun}, you know, {detail}.",
                      "Okay, um, founded {year}, they're a {noun}, {detail}, yeah, {detail}.",
                      "Voice memo. {name}. A {noun}. Um. {detail_cap}.",
                      "Like, the guy at the boot said they're a {noun}, you know, {detail}."),
            "want": ("They're looking for, um, {want}, like, {want}.",
                     "Uh, the boss said they want to meat {want}.",
                     "What do they need? Um, {want}. Yeah, {want}.",
                     "If we know {want}, you know, they'd, um, they'd order more.",
                     "He asked if we know {want}?",
                     "Plan is, like, {want} by {month} or so.",
                     "Need: {want}, basically."),
            "head": ("[Transcribed voice memo, {month} {d}, {hour} pm]", "Memo_{digits}.m4a", "Hall {hall}"),
            "tail": ("(auto-transcribed, may contain errors)", "Okay, um, that's it.", "Boot {hall}-{booth}",
                     "Took their business cart, follow up Monday.", "!Sent from {recorder}'s phone"),
        },
    },
    "customsnote": {
        "zh": {
            "offer": ("客户：{name}（{place}）。主营：{noun}，{detail}。",
                      "委托方为{noun}，{detail}，近{k}个月报关{ship}票。",
                      "报关档案备注：{name}系{noun}，成立于{year}年，{detail}。",
                      "货主情况：{place}{noun}；{detail}。",
                      "{name}｜{noun}｜{detail}｜申报要素已核对",
                      "该客户是{noun}，{detail}，单证一向齐全。"),
            "want": ("客户另询：能否介绍{want}？",
                     "客户表示正在寻找{want}，如有合适对象可转介。",
                     "备注：客户目标为{want}。",
                     "客户计划{year2}年起与{want}直接合作，届时改为{inc}条款。",
                     "若能对接{want}，客户愿将全部报关业务交由我司。",
                     "客户需求：{want}",
                     "下次出货前，客户希望先见到{want}。"),
            "head": ("HS编码：{hs}", "起运港：{port}　贸易条款：{inc}", "报关档案 No.{digits}"),
            "tail": ("HS {hs}｜{inc} {port}", "监管条件：无", "报关员：{recorder}", "上次放行：{month_zh}月{d}日"),
        },
        "en": {
            "offer": ("Client: {name}, {place}. Business: {noun}; {detail}.",
                      "Party of record is a {noun} ({detail}); {ship} entries in the last {k} months.",
                      "File note: {name} is a {noun}, founded {year}; {detail}.",
                      "Shipper profile: {place} {noun}, {detail}.",
                      "{name} | {noun} | {detail} | POA on file",
                      "This client is a {noun} ({detail}); paperwork always clean."),
            "want": ("Client also asked: can we introduce {want}?",
                     "Client says they are looking for {want}; refer if we come across one.",
                     "Note: client's target is {want}.",
                     "From {year2} the client plans to deal with {want} directly and switch to {inc}.",
                     "If we can connect them with {want}, they'll move all their brokerage to us.",
                     "Client need: {want}",
                     "Before the next shipment they'd like to meet {want}."),
            "head": ("HS {hs}", "Port: {port}; Incoterms: {inc}", "Broker file #{digits}"),
            "tail": ("HTS {hs} | {inc} {port}", "No holds", "Entry filed by {recorder}", "Last release: {month} {d}"),
        },
    },
    "crowdfunding": {
        "zh": {
            "offer": ("关于我们：{name}是{place}的{noun}，{detail}。这是我们第一次众筹！",
                      "我们是谁？一家{noun}，{detail}。",
                      "【关于我们】成立于{year}年，{noun}，{detail}。",
                      "{name}团队：{noun}出身，{detail}，{staff}位伙伴一起做这件事。",
                      "感谢支持！先认识一下我们：{noun}，{detail}。",
                      "新品发布｜{name}，{noun}，{detail}。"),
            "want": ("众筹之外，我们也在寻找{want}，欢迎联系。",
                     "这次上线的另一个目标：认识{want}。",
                     "达成{k}00%后解锁：与{want}的合作计划。",
                     "你是{want}吗？私信我们！",
                     "如果你身边有{want}，推荐成功送限定款一份。",
                     "{year2}年计划：找到{want}，让更多人买得到。",
                     "合作招募：{want}"),
            "head": ("项目进度：已筹{pct}%", "🎉 上线第{k}天", "支持者 {backers} 人"),
            "tail": ("早鸟档 ¥{price}（限量{k}00份）", "支持档位：¥{price} / ¥{price2}", "#众筹# #新品首发#", "预计{month_zh}月发货",
                     "!{name} 全体成员"),
        },
        "en": {
            "offer": ("About us: {name} is a {noun} in {place}; {detail}. This is our first campaign!",
                      "Who are we? A {noun}: {detail}.",
                      "About us. Founded {year}, {noun}, {detail}.",
                      "The {name} team: {staff} people at a {noun}; {detail}.",
                      "Thanks for backing us! Quick intro: {noun}, {detail}.",
                      "Launch day | {name}, {noun}, {detail}."),
            "want": ("Beyond this campaign, we're also looking for {want}. Get in touch.",
                     "Stretch goal at {k}00%: a partnership with {want}.",
                     "Are you {want}? Message us!",
                     "Know {want}? Refer them and get the limited edition free.",
                     "Plan for {year2}: find {want} so more people can buy it.",
                     "Partner call: {want}",
                     "Our other goal with this launch: meet {want}."),
            "head": ("Funded: {pct}%", "🎉 Day {k} of the campaign", "{backers} backers"),
            "tail": ("Early bird: ${price} (limited to {k}00)", "Reward tiers: ${price} / ${price2}", "#crowdfunding #launch",
                     "Estimated delivery: {month}", "!The {name} team"),
        },
    },
    "bizcard": {
        "zh": {
            "offer": ("{name} | {noun} | {detail}",
                      "{noun} / {place} / {detail}",
                      "主营：{noun}｜{detail}｜成立{year}",
                      "{place}｜{noun}｜员工{staff}人｜{detail}",
                      "{noun}，{detail}",
                      "{name}（{noun}）· {detail}"),
            "want": ("找：{want}",
                     "求 {want}",
                     "合作对象 → {want}",
                     "{want}？",
                     "需要{want}",
                     "目标：{want}（{year2}）",
                     "有{want}的请联系"),
            "head": ("名片背面 #{row}", "展会名片录入 第{row}行", "{month_zh}/{d} 交换"),
            "tail": ("☎ {phone}", "微信同号", "HS {hs}", "{month_zh}/{d} 展会交换"),
        },
        "en": {
            "offer": ("{name} | {noun} | {detail}",
                      "{noun} / {place} / {detail}",
                      "Biz: {noun} | {detail} | est. {year}",
                      "{place} | {noun} | {staff} staff | {detail}",
                      "{noun}, {detail}",
                      "{name} ({noun}) · {detail}"),
            "want": ("Seeking: {want}",
                     "WANT → {want}",
                     "Looking 4 {want}",
                     "{want}?",
                     "Need {want}",
                     "Target: {want} ({year2})",
                     "Have {want}? Call."),
            "head": ("Card back, row {row}", "Trade show card #{row}", "Swapped {month} {d}"),
            "tail": ("☎ {phone}", "WeChat / WhatsApp same #", "HS {hs}", "Met {month} {d}"),
        },
    },
}  # fmt: skip
LINE_GENRES = ("customsnote", "bizcard")  # mostly one item a line

# Company names: neutral or carrying a stage's role word (a hard case carries another stage's).
ZH_PARTS = (
    "鑫",
    "博",
    "瑞",
    "华",
    "盛",
    "恒",
    "嘉",
    "隆",
    "达",
    "源",
    "晟",
    "锦",
    "宏",
    "润",
    "凯",
    "远",
)
ZH_SUFFIX = {"neutral": ("有限公司", "科技有限公司", "股份有限公司", "集团有限公司"),
             "R": ("原料有限公司", "材料科技有限公司", "矿产资源有限公司"),
             "M": ("制造厂", "工业有限公司", "制品有限公司"),
             "D": ("贸易有限公司", "国际贸易有限公司", "供应链有限公司"),
             "E": ("连锁有限公司", "零售连锁有限公司", "商业连锁有限公司")}  # fmt: skip
ZH_US_SUFFIX = {"neutral": ("公司", "控股公司"), "R": ("原料公司",), "M": ("制造公司", "工厂"),
                "D": ("贸易公司", "批发公司"), "E": ("零售公司", "连锁店公司")}  # fmt: skip
ZH_TRANSLIT = (
    "阿什福德",
    "布莱顿",
    "克雷斯特",
    "达顿",
    "埃弗雷特",
    "弗兰克林",
    "黑斯廷斯",
    "麦克莱恩",
    "诺斯菲尔德",
    "雷德蒙",
)
PINYIN = (
    "Xinbo",
    "Ruihua",
    "Shengheng",
    "Jialong",
    "Dayuan",
    "Jinhong",
    "Runkai",
    "Yuansheng",
    "Hongrui",
    "Kaida",
)
CN_EN_WORD = {"neutral": ("",), "R": (" Materials", " Resources"), "M": (" Manufacturing", " Works"),
              "D": (" International Trading", " Supply Chain"), "E": (" Retail", " Chain Stores")}  # fmt: skip
EN_WORDS = ("Alder", "Bayside", "Copper Creek", "Driftwood", "Evergreen", "Foxglove", "Gateway", "Highland",
            "Ironwood", "Juniper", "Kingsley", "Larkspur", "Meridian", "Northstar", "Prairie", "Riverbend")  # fmt: skip
EN_SUFFIX = {"neutral": ("Inc.", "LLC", "Co.", "Holdings", "Enterprises"),
             "R": ("Materials", "Supply Mills", "Raw Goods"),
             "M": ("Manufacturing", "Works", "Industries"),
             "D": ("Distribution", "Wholesale", "Trading Co.", "Import Group"),
             "E": ("Stores", "Retail Group", "Shops")}  # fmt: skip
PEOPLE = {
    "zh": ("陈经理", "刘总", "王主管", "赵小姐", "孙总监"),
    "en": ("Dana K.", "Marcus", "Priya", "Hector", "Lynn W."),
}
RECORDERS = {
    "zh": ("小周", "何敏", "梁晨", "韩雪"),
    "en": ("J. Porter", "K. Nguyen", "R. Diaz", "S. Okafor"),
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
def fix_articles(text: str) -> str:
    return re.sub(r"\b([Aa]) ([aeiouAEIO])", r"\1n \2", text)


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
                                             neg_cap=cap(phrase), plural=plural(bare))  # fmt: skip


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
    sal = rng.randrange(8, 30) if lang == "zh" else rng.randrange(55, 120)
    price = rng.randrange(19, 300)
    staff, backers = rng.randrange(30, 3000), rng.randrange(120, 9000)
    slots = {
        "name": name, "noun": own_noun, "detail": detail,
        "detail_cap": cap(detail), "place": place, "year": rng.randrange(1994, 2022),
        "year2": rng.choice((2027, 2028)), "month": MONTHS[month - 1], "month_zh": month,
        "d": rng.randrange(1, 29), "k": rng.randrange(2, 12), "q": rng.randrange(1, 5),
        "staff": f"{staff:,}" if lang == "en" else staff, "digits": rng.randrange(1000, 10000),
        "row": rng.randrange(12, 480), "hall": rng.randrange(1, 16), "booth": rng.randrange(10, 90),
        "hour": rng.randrange(1, 6),
        "phone": phone_number(rng, side), "hs": CHAINS[chain]["hs"],
        "port": rng.choice(PORTS[side, lang]), "inc": rng.choice(INCOTERMS),
        "ship": rng.randrange(6, 140), "pct": rng.randrange(40, 900),
        "backers": f"{backers:,}" if lang == "en" else backers, "price": price, "price2": price + rng.randrange(20, 200),
        "sal": sal, "sal2": sal + rng.randrange(5, 25) if lang == "en" else sal + rng.randrange(3, 10),
        "contact": rng.choice(PEOPLE[lang]), "recorder": rng.choice(RECORDERS[lang]),
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


def check(profiles: dict, gold: dict, orgs: list[dict]) -> None:
    """Refuse to write a set that breaks its own rules."""
    assert len(CHAINS) == 10 and not set(CHAINS) & EARLIER_CHAINS
    ids = [o["id"] for o in profiles["organizations"]]
    assert len(ids) == len(set(ids)) == 110
    assert (
        sum(i.startswith("ccn") for i in ids) == 40 and sum(i.startswith("cus") for i in ids) == 70
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
        assert 2 <= len(sentences) <= 12, text
        if lang == "en":
            assert not HAN.search(text), text
            assert not re.search(r"\b[Aa] [aeiouAEIO]", text), text
        else:
            assert HAN.search(text), text
    for cid in ids:
        if cid.startswith("ccn"):
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
    pairs = sum(len(v) for k, v in gold["partners"].items() if k.startswith("ccn"))
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
