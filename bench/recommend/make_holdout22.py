# ruff: noqa: E501  (sentence templates and chain vocabularies are data; wrapping them hurts reading)
"""Write the twenty-second held-out ROLE set: ``roles_holdout22.json`` / ``roles_holdout22_gold.json``.

    python bench/recommend/make_holdout22.py

Written blind by a helper session that neither read nor ran the recommender engine: nothing
under ``src/`` or ``docs/``, no results, no fitting, study, evaluation or comparison script, no
corpus generator or corpus file, no other role set. Only ``make_holdout19.py`` was read in full
(for the file format and the construction). To keep the chains new, the first 40 lines of the
other generators were searched for the candidate chains' key words: for older hold-out
generators the matching lines were printed; ``make_holdout20.py``, ``make_holdout21.py`` and
every ``make_corpus*.py`` were only counted, none of their text printed. Bamboo flooring,
wallpaper (wallcoverings), hot-pot seasoning (hot pot restaurant chain) and baby bottles
(bottles) were dropped for overlapping earlier sets. Nothing may be fitted or tuned on this set.

Standard library only and deterministic (``random.Random(SEED)``); it imports no other generator.

* Ten value chains: chopsticks, massage chairs, tennis rackets, nail polish, cat litter, marine
  rope, archery equipment, fountain pens, spark plugs and crayons. Stages: R raw material or key
  component, M maker, D distributor / importer / agent, E end buyer or user. Each company is at
  one stage and seeks an adjacent one (R seeks M; M seeks R, D or E; D seeks M or E; E seeks M
  or D).
* 40 Chinese (CN) and 70 US companies, 4 and 7 per chain, ids ``acn001``… and ``aus001``…
  shuffled within each side. A CN and a US company are gold partners when they are in the same
  chain and each one's stage is what the other seeks. Every CN company has a gold US partner;
  beside it the US side holds a competitor (same stage, same want), a company offering what it
  seeks but seeking something else, and one wanting its product but offering nothing it seeks
  (where the stages allow one), then the rest of the chain at random.
* CN companies write mainland business Chinese (four of them English); US companies write
  English (seven of them Chinese). Free text only: no stage or role codes.
* Five ways of writing, each in both languages, spread evenly over each side: an AI-generated
  summary card pasted into the secretariat's spreadsheet ("AI summary: …" / "AI摘要：…"), a reply
  to a customer complaint that introduces the company, a banquet seating-plan note written by
  protocol staff, a comment left on a chamber membership-renewal form, and a microblog post
  (Weibo / X). Per genre and language there are at least six offer and six want templates; the
  want comes first, in the middle or last, with or without a verb of wanting, in the third
  person, as a quotation, a label, a question, a condition or a plan; header and noise lines
  (confidence scores, ticket numbers, dietary notes, dues, hashtags) surround them.
* Hard cases, each in several documents: customers already served named in the offer (of a
  stage other than the one sought), negated wants ("不找贸易商", "not interested in a …"), role
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
SEED = 20270122
NAME = "roles_holdout22"
PREFIX = {"CN": "acn", "US": "aus"}

# Chains named by earlier sets (from make_holdout19.py's list, its own ten chains, and the key
# words found in the other generators' docstrings); none of them may be used here.
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
    "watch countertop roofing localization bambooflooring wallpaper hotpot babybottle"
)
EARLIER_CHAINS = set(_EARLIER.split())

# ---------------------------------------------------------------------------------------------
# Chains: key -> sector; per stage (zh nouns, en nouns, zh details, en details); the material
# an R company supplies (zh, en), for a maker's want named by its input; Chinese places (zh, en).
# Details are neutral about the country so that either side may use them; the i-th detail
# of a stage goes with its i-th noun (zh and en aligned).
# ---------------------------------------------------------------------------------------------
CHAINS: dict[str, dict[str, object]] = {
    "chopstick": {
        "sector": "tableware",
        "R": (("毛竹原料供应商", "竹条加工厂", "桦木板材供应商"),
              ("bamboo pole supplier", "bamboo strip mill", "birch lumber supplier"),
              ("年供竹材3万吨，竹龄均在4年以上", "自有竹林8万亩，含水率控制在12%以内", "常年备货桦木毛料5000立方米"),
              ("30,000 t of bamboo a year, all culms four years or older", "80,000 mu of its own groves, moisture held under 12%", "5,000 m³ of birch blanks kept in stock")),
        "M": (("筷子生产厂", "一次性卫生筷加工厂", "竹木餐具工厂"),
              ("chopstick manufacturer", "disposable chopstick factory", "bamboo tableware maker"),
              ("日产竹筷800万双，通过FDA与LFGB检测", "拥有全自动分筷、套袋线14条", "可做印字纸套，起订量50万双"),
              ("8 million pairs a day, FDA and LFGB tested", "14 automatic sorting and sleeving lines", "custom printed sleeves, 500,000-pair minimum")),
        "D": (("餐饮用品进口商", "亚洲食品批发商", "餐具分销商"),
              ("restaurant supply distributor", "Asian food importer", "foodservice disposables wholesaler"),
              ("仓库面积2万平方米", "每月进口货柜60个", "设有区域配送中心4个"),
              ("a 200,000 sq ft warehouse", "60 containers landed a month", "four regional distribution centers")),
        "E": (("中餐连锁品牌", "寿司连锁店", "航空配餐公司"),
              ("Asian restaurant chain", "sushi bar chain", "airline caterer"),
              ("门店420家，每年用筷约1.2亿双", "日出餐食9万份", "中央厨房6座"),
              ("420 locations going through 120 million pairs a year", "90,000 meals a day", "six central kitchens")),
        "material": (("毛竹", "竹条", "桦木毛料"), ("moso bamboo", "bamboo strips", "birch blanks")),
        "places": (("建瓯", "安吉", "益阳", "伊春"), ("Jian'ou", "Anji", "Yiyang", "Yichun")),
    },
    "massagechair": {
        "sector": "wellness",
        "R": (("按摩机芯供应商", "减速电机生产厂", "PU皮革面料厂"),
              ("massage mechanism supplier", "gear motor maker", "synthetic leather supplier"),
              ("年产机芯及电机120万套", "2010年起通过IATF 16949认证", "产品用在30余家整椅厂的椅子上"),
              ("1.2 million mechanisms and motors a year", "IATF 16949 certified since 2010", "parts inside chairs from more than 30 assemblers")),
        "M": (("按摩椅制造商", "按摩椅OEM工厂", "智能按摩器材厂"),
              ("massage chair manufacturer", "massage chair OEM", "smart massage equipment factory"),
              ("年产按摩椅25万台，SL导轨加4D机芯", "研发人员180人，持有UL与CE认证", "厂房面积12万平方米"),
              ("250,000 chairs a year, SL-track and 4D mechanisms", "180 engineers, UL and CE listed", "a 1.3 million sq ft plant")),
        "D": (("按摩椅经销商", "家用健康产品进口商", "按摩器材代理商"),
              ("massage chair importer", "home wellness distributor", "massage chair dealer"),
              ("体验店65家", "年销售按摩椅1.8万台", "上门售后覆盖200个城市"),
              ("65 showrooms", "18,000 chairs sold a year", "in-home service in 200 cities")),
        "E": (("共享按摩椅运营商", "足疗养生连锁", "机场贵宾厅运营商"),
              ("shared massage chair operator", "day spa chain", "airport lounge operator"),
              ("在商场和影院铺设设备1.1万台", "门店380家", "运营贵宾厅48个"),
              ("11,000 units placed in malls and cinemas", "380 locations", "48 lounges")),
        "material": (("按摩机芯", "减速电机", "PU皮革"), ("massage mechanisms", "gear motors", "PU leather")),
        "places": (("厦门", "东莞", "宁波", "温州"), ("Xiamen", "Dongguan", "Ningbo", "Wenzhou")),
    },
    "tennisracket": {
        "sector": "sports",
        "R": (("碳纤维预浸料供应商", "球拍线生产商", "碳纤维材料厂"),
              ("carbon prepreg supplier", "racket string producer", "carbon fiber mill"),
              ("年产预浸料1800万平方米", "为12个球拍品牌供线", "T700、T800全系可供"),
              ("18 million m² of prepreg a year", "string in rackets of 12 brands", "the full T700 and T800 range")),
        "M": (("网球拍制造厂", "碳素球拍代工厂", "球拍OEM工厂"),
              ("tennis racket manufacturer", "graphite racquet factory", "racquet OEM"),
              ("年产球拍300万支，拍框重量误差±3克", "模具2000余套", "自有穿线车间，日穿线1万支"),
              ("3 million frames a year, weight held to ±3 g", "more than 2,000 molds", "in-house stringing of 10,000 frames a day")),
        "D": (("体育用品批发商", "网球器材进口商", "球拍品牌代理商"),
              ("sporting goods distributor", "tennis equipment importer", "racquet sports wholesaler"),
              ("年分销球拍40万支", "签约门店1500家", "仓储面积1.5万平方米"),
              ("400,000 racquets moved a year", "1,500 pro shops on account", "a 160,000 sq ft warehouse")),
        "E": (("网球俱乐部", "体育用品零售连锁", "网球培训学校"),
              ("tennis club chain", "sporting goods retailer", "tennis academy"),
              ("场馆36座，会员4万人", "门店260家", "在训学员6000人"),
              ("36 clubs and 40,000 members", "260 stores", "6,000 students in training")),
        "material": (("碳纤维预浸料", "T700碳布", "尼龙球拍线"), ("carbon prepreg", "T700 carbon fabric", "nylon string reels")),
        "places": (("厦门", "惠州", "威海", "江门"), ("Xiamen", "Huizhou", "Weihai", "Jiangmen")),
    },
    "nailpolish": {
        "sector": "beauty",
        "R": (("硝化棉供应商", "化妆品色粉厂", "成膜树脂生产商"),
              ("nitrocellulose supplier", "cosmetic pigment producer", "film-former resin maker"),
              ("年产能3万吨，可提供MSDS与重金属检测报告", "色粉品类1200种", "符合欧盟化妆品法规要求"),
              ("30,000 t a year, SDS and heavy-metal reports on request", "1,200 shades of pigment", "EU Cosmetics Regulation compliant")),
        "M": (("指甲油生产厂", "甲油胶代工厂", "美甲产品OEM工厂"),
              ("nail polish manufacturer", "gel polish contract filler", "nail lacquer OEM"),
              ("灌装线10条，日产15万瓶", "配方师22人，色号超过3000个", "通过GMPC与ISO 22716认证"),
              ("ten filling lines, 150,000 bottles a day", "22 chemists and more than 3,000 shades", "GMPC and ISO 22716 certified")),
        "D": (("美妆产品进口商", "美甲用品批发商", "专业美容线分销商"),
              ("beauty supply distributor", "nail products importer", "salon wholesaler"),
              ("合作门店5000家", "SKU 9000个", "月出货60万瓶"),
              ("5,000 salons on account", "9,000 SKUs", "600,000 bottles out the door each month")),
        "E": (("美甲连锁店", "美妆零售连锁", "美甲美睫工作室品牌"),
              ("nail salon chain", "beauty retailer", "drugstore chain"),
              ("门店520家", "每年采购甲油约200万瓶", "会员300万"),
              ("520 salons", "about 2 million bottles of polish bought a year", "3 million loyalty members")),
        "material": (("硝化棉", "珠光粉", "成膜树脂"), ("nitrocellulose", "pearlescent pigment", "film-forming resin")),
        "places": (("广州", "汕头", "义乌", "上海"), ("Guangzhou", "Shantou", "Yiwu", "Shanghai")),
    },
    "catlitter": {
        "sector": "pet care",
        "R": (("膨润土矿", "豆渣纤维原料商", "硅胶原料厂"),
              ("bentonite mine", "pea fiber supplier", "silica gel producer"),
              ("年开采钠基膨润土50万吨，储量超过2000万吨", "原料年供应8万吨", "年产硅胶颗粒3万吨"),
              ("500,000 t of sodium bentonite mined a year from reserves of 20 million t", "80,000 t of raw fiber a year", "30,000 t of silica gel a year")),
        "M": (("猫砂生产厂", "豆腐猫砂工厂", "宠物清洁用品厂"),
              ("cat litter plant", "tofu litter factory", "pet hygiene products maker"),
              ("年产猫砂40万吨", "结团时间3秒，粉尘率低于0.5%", "包装规格从2.5公斤到20公斤"),
              ("400,000 t of litter a year", "clumping in three seconds, dust under 0.5%", "bags from 5 lb to 40 lb")),
        "D": (("宠物用品进口商", "宠物用品批发商", "宠物店供货商"),
              ("pet supply importer", "pet products distributor", "pet trade wholesaler"),
              ("客户门店2800家", "每月到港货柜45个", "设有仓库5个"),
              ("2,800 retail accounts", "45 containers a month", "five warehouses")),
        "E": (("宠物店连锁", "宠物医院集团", "流浪动物救助机构"),
              ("pet store chain", "veterinary hospital group", "animal shelter network"),
              ("门店650家", "旗下医院90家", "同时照护猫咪8000只"),
              ("650 stores", "90 hospitals", "8,000 cats in care at any time")),
        "material": (("钠基膨润土", "豆渣纤维", "硅胶颗粒"), ("sodium bentonite", "pea fiber", "silica gel beads")),
        "places": (("青岛", "邢台", "天津", "赤峰"), ("Qingdao", "Xingtai", "Tianjin", "Chifeng")),
    },
    "marinerope": {
        "sector": "maritime",
        "R": (("尼龙切片供应商", "高强涤纶工业丝厂", "超高分子量聚乙烯纤维生产商"),
              ("nylon chip supplier", "high-tenacity polyester yarn maker", "UHMWPE fiber producer"),
              ("年产能12万吨", "断裂强度8.5cN/dtex以上", "原料用在20余家绳缆厂的产品里"),
              ("120,000 t a year", "tenacity above 8.5 cN/dtex", "used by more than 20 rope makers")),
        "M": (("船用缆绳厂", "系泊缆生产企业", "绳缆制造商"),
              ("marine rope manufacturer", "mooring line maker", "rope works"),
              ("可生产直径8至160毫米缆绳，持有DNV与ABS认证", "8股、12股编织机共26台", "年产绳缆2万吨"),
              ("diameters 8 to 160 mm, DNV and ABS approved", "26 eight- and twelve-strand braiders", "20,000 t of rope a year")),
        "D": (("船舶物料供应商", "船用品经销商", "渔需物资批发商"),
              ("ship chandler", "marine supply distributor", "commercial fishing supply house"),
              ("服务港口11个", "常备库存规格1800种", "24小时供船"),
              ("11 ports covered", "1,800 items in stock", "round-the-clock ship deliveries")),
        "E": (("航运公司", "港口拖轮公司", "远洋渔业公司"),
              ("shipping line", "tugboat operator", "offshore fishing fleet"),
              ("船队规模64艘", "拖轮28艘", "渔船110条"),
              ("64 vessels", "28 tugs", "110 boats")),
        "material": (("尼龙6切片", "高强涤纶丝", "UHMWPE纤维"), ("nylon 6 chips", "high-tenacity polyester yarn", "UHMWPE fiber")),
        "places": (("青岛", "南通", "舟山", "江阴"), ("Qingdao", "Nantong", "Zhoushan", "Jiangyin")),
    },
    "archery": {
        "sector": "sports",
        "R": (("碳素箭杆管材厂", "弓片复合材料供应商", "铝合金型材厂"),
              ("carbon shaft tube maker", "limb laminate supplier", "aluminum extrusion mill"),
              ("年产碳管600万支，直度±0.001英寸", "玻纤与碳纤弓片均可定制", "7075与6061型材常年备货"),
              ("6 million carbon tubes a year, straightness ±.001 in", "custom fiberglass and carbon laminates", "7075 and 6061 extrusions always in stock")),
        "M": (("弓箭制造厂", "复合弓生产厂", "射箭器材OEM工厂"),
              ("archery equipment maker", "compound bow factory", "bow and arrow OEM"),
              ("年产反曲弓与复合弓18万把", "CNC加工中心40台", "箭支日产5万支"),
              ("180,000 recurve and compound bows a year", "40 CNC machining centers", "50,000 arrows a day")),
        "D": (("射箭器材进口商", "户外狩猎用品批发商", "运动用品代理商"),
              ("archery distributor", "hunting gear wholesaler", "outdoor sports importer"),
              ("签约门店900家", "常备SKU 4500个", "年销售弓具2.5万把"),
              ("900 dealers on account", "4,500 SKUs on the shelf", "25,000 bows sold a year")),
        "E": (("射箭馆连锁", "户外用品零售连锁", "射箭俱乐部"),
              ("archery range chain", "outdoor retail chain", "archery club"),
              ("场馆45家", "门店140家", "会员2600人"),
              ("45 ranges", "140 stores", "2,600 members")),
        "material": (("碳素箭杆管", "7075铝型材", "玻纤弓片"), ("carbon shaft tubing", "7075 aluminum extrusions", "fiberglass limb laminates")),
        "places": (("威海", "南京", "宁波", "长春"), ("Weihai", "Nanjing", "Ningbo", "Changchun")),
    },
    "fountainpen": {
        "sector": "stationery",
        "R": (("笔尖生产厂", "墨水染料供应商", "树脂笔杆材料厂"),
              ("nib maker", "ink dye supplier", "acrylic rod supplier"),
              ("年产笔尖2000万个，铱粒自主焊接", "染料品类300种", "板材与棒材颜色600余种"),
              ("20 million nibs a year, tipped in-house", "300 dye grades", "more than 600 colors of sheet and rod")),
        "M": (("钢笔制造厂", "书写工具厂", "钢笔OEM工厂"),
              ("fountain pen maker", "writing instrument factory", "pen OEM"),
              ("年产钢笔800万支", "车床与注塑机共260台", "可做刻字与礼盒包装，起订量3000支"),
              ("8 million pens a year", "260 lathes and molding presses", "engraving and gift boxes, 3,000-piece minimum")),
        "D": (("文具进口商", "文具批发商", "书写工具代理商"),
              ("stationery importer", "office products wholesaler", "pen distributor"),
              ("经销网点2200个", "代理品牌18个", "年出货钢笔90万支"),
              ("2,200 retail accounts", "18 brands represented", "900,000 pens shipped a year")),
        "E": (("文具零售连锁", "企业礼品定制公司", "书法培训学校"),
              ("stationery store chain", "promotional products company", "calligraphy school"),
              ("门店310家", "年采购书写工具50万支", "学员1.2万人"),
              ("310 stores", "500,000 writing instruments bought a year", "12,000 students")),
        "material": (("钢笔尖", "树脂笔杆棒料", "墨水染料"), ("steel nibs", "acrylic rod stock", "ink dyes")),
        "places": (("上海", "桐庐", "宁波", "温州"), ("Shanghai", "Tonglu", "Ningbo", "Wenzhou")),
    },
    "sparkplug": {
        "sector": "automotive",
        "R": (("氧化铝陶瓷绝缘体厂", "铱金电极材料供应商", "镍合金线材厂"),
              ("ceramic insulator maker", "iridium electrode supplier", "nickel alloy wire producer"),
              ("年产绝缘体1.5亿只", "贵金属电极年产能4000万粒", "线径0.4至3毫米全规格"),
              ("150 million insulators a year", "40 million precious-metal tips a year", "wire from 0.4 to 3 mm")),
        "M": (("火花塞制造商", "点火系统零部件厂", "火花塞OEM工厂"),
              ("spark plug manufacturer", "ignition parts plant", "spark plug OEM"),
              ("年产火花塞1.2亿只，覆盖型号2600个", "通过IATF 16949认证", "铱金与铂金系列全自动产线9条"),
              ("120 million plugs a year across 2,600 part numbers", "IATF 16949 certified", "nine automated lines for iridium and platinum plugs")),
        "D": (("汽配进口商", "汽车零部件批发商", "售后配件分销商"),
              ("auto parts importer", "aftermarket parts distributor", "automotive wholesale group"),
              ("仓库8个，次日达", "SKU 6万个", "年营业额9亿元"),
              ("eight warehouses with next-day delivery", "60,000 SKUs", "$140 million in annual sales")),
        "E": (("汽修连锁", "小型发动机厂", "车队维保公司"),
              ("auto repair chain", "small engine maker", "fleet maintenance company"),
              ("门店1100家", "年产园林机械发动机80万台", "维护车辆2.4万台"),
              ("1,100 service bays", "800,000 outdoor power engines a year", "24,000 vehicles under contract")),
        "material": (("氧化铝陶瓷绝缘体", "铱合金电极", "镍基合金线"), ("alumina insulators", "iridium tips", "nickel alloy electrode wire")),
        "places": (("株洲", "瑞安", "重庆", "温州"), ("Zhuzhou", "Rui'an", "Chongqing", "Wenzhou")),
    },
    "crayon": {
        "sector": "stationery",
        "R": (("石蜡供应商", "颜料生产商", "大豆蜡原料商"),
              ("paraffin wax supplier", "pigment producer", "soy wax supplier"),
              ("年供全精炼石蜡10万吨", "有机颜料品种400个，符合EN 71-3", "每批均可提供非转基因证明"),
              ("100,000 t of fully refined paraffin a year", "400 organic pigments, EN 71-3 compliant", "non-GMO documentation on every lot")),
        "M": (("蜡笔生产厂", "儿童画材工厂", "美术用品OEM工厂"),
              ("crayon factory", "children's art supplies maker", "art materials OEM"),
              ("年产蜡笔5亿支，符合ASTM D-4236", "颜色120种，可做可水洗配方", "灌注线16条"),
              ("500 million crayons a year, ASTM D-4236 conforming", "120 colors, washable formulas available", "16 molding lines")),
        "D": (("文教用品进口商", "美术用品批发商", "玩具文具分销商"),
              ("school supply distributor", "art supplies importer", "toy and craft wholesaler"),
              ("客户4000家", "年销售画材2亿元", "仓储面积3万平方米"),
              ("4,000 accounts", "$30 million in art supplies a year", "a 300,000 sq ft warehouse")),
        "E": (("幼儿园连锁", "学区采购中心", "家庭餐厅连锁"),
              ("daycare chain", "school district", "family restaurant chain"),
              ("园所210家", "覆盖学生9万人", "门店800家，儿童餐随餐赠送蜡笔"),
              ("210 centers", "90,000 students", "800 restaurants handing out crayons with kids' meals")),
        "material": (("全精炼石蜡", "有机颜料", "大豆蜡"), ("fully refined paraffin", "organic pigments", "soy wax")),
        "places": (("宁波", "丽水", "义乌", "天津"), ("Ningbo", "Lishui", "Yiwu", "Tianjin")),
    },
}  # fmt: skip

STAGES = "RMDE"
ADJACENT = {"R": ("M",), "M": ("R", "D", "E"), "D": ("M", "E"), "E": ("M", "D")}
BUYERS = {"R": ("M",), "M": ("D", "E"), "D": ("E",), "E": ()}  # who a stage sells to

US_PLACES = (("密歇根州", "Michigan"), ("佛罗里达州", "Florida"), ("马萨诸塞州", "Massachusetts"),
             ("亚利桑那州", "Arizona"), ("科罗拉多州", "Colorado"), ("田纳西州", "Tennessee"),
             ("威斯康星州", "Wisconsin"), ("弗吉尼亚州", "Virginia"), ("密苏里州", "Missouri"),
             ("纽约州", "New York"), ("印第安纳州", "Indiana"), ("南卡罗来纳州", "South Carolina"))  # fmt: skip

# Generic role nouns, for wants naming only the role and the country (and some negations).
GENERIC = {
    "zh": {"R": ("原料商", "上游原料供应商"), "M": ("生产厂家", "工厂", "制造商"),
           "D": ("经销商", "贸易商", "代理商", "进口商"), "E": ("终端买家", "终端客户", "最终用户")},
    "en": {"R": ("raw material supplier", "upstream supplier"), "M": ("manufacturer", "factory", "producer"),
           "D": ("distributor", "importer", "trading company", "sales agent"), "E": ("end buyer", "end user")},
}  # fmt: skip

# The noun phrase of what is sought, by (writer's side, language).
WANT_FORMS = {
    ("CN", "zh"): ("美国{n}", "美国当地的{n}", "美方{n}", "一家美国本土{n}", "北美地区的{n}"),
    ("US", "zh"): ("中国{n}", "中国本土的{n}", "一家中国{n}", "中国大陆的{n}", "中方{n}"),
    ("CN", "en"): ("a US-based {n}", "an American {n}", "a {n} in the United States", "a stateside {n}"),
    ("US", "en"): ("a Chinese {n}", "a {n} in mainland China", "a China-based {n}", "a {n} out of China"),
}  # fmt: skip
MATERIAL_FORMS = {
    ("CN", "zh"): ("美国产的{n}", "来自美国的{n}货源", "美国{n}供应"),
    ("US", "zh"): ("中国产的{n}", "来自中国的{n}货源", "中国{n}供应"),
    ("CN", "en"): ("{n} from the US", "US-made {n}", "American {n}"),
    ("US", "en"): ("{n} from China", "Chinese-made {n}", "{n} made in China"),
}  # fmt: skip
MATERIAL_WANT = {
    "zh": ("原料缺口：{want}。", "想长期采购{want}。", "{want}——有货的请联系我们。", "眼下最缺的是{want}。",
           "求{want}，量大且稳定。", "明年计划把{want}纳入年度采购。"),
    "en": ("Input shortfall: {want}.", "Buying {want} on a long-term basis.", "{want}: if you have it, get in touch.",
           "What we're short of right now is {want}.", "Sourcing {want}, steady monthly volumes.",
           "Next year's plan puts {want} on an annual contract."),
}  # fmt: skip
NEGATION = {
    "zh": ("不找{neg}。", "{neg}就不必了。", "谢绝{neg}。", "并不是要找{neg}。", "{neg}请勿联系。"),
    "en": ("Not interested in {neg}.", "{neg_cap} would not help.", "They are not after {neg}.",
           "No calls from any {bare}, please.", "To be clear, not {neg}."),
}  # fmt: skip
SERVED = {
    "zh": ("老客户有{c1}、{c2}等{k}家{cnoun}。", "目前已为{c1}和{c2}等{cnoun}供货。", "合作过的{cnoun}：{c1}、{c2}。"),
    "en": ("Current customers include {c1} and {c2}, two of {k} {cnoun} accounts.",
           "Already shipping to {cnoun} customers like {c1} and {c2}.", "Past {cnoun} clients: {c1}, {c2}."),
}  # fmt: skip
CUSTOMERS = {
    "zh": ("金鼎", "万隆", "新世纪", "佳和", "荣昌", "天瑞", "聚丰", "宏图"),
    "en": (
        "Bellwether",
        "Copperfield",
        "Granite Peak",
        "Harborview",
        "Silverline",
        "Westbrook",
        "Lindenwood",
        "Maple & Finch",
    ),
}

# ---------------------------------------------------------------------------------------------
# Ways of writing. Each: offer and want templates, header lines and noise lines ("!" marks a
# closing line). Slots: name noun detail detail_cap place year year2 month month_zh d k q staff
# digits digits8 row conf table seat speaker contact recorder want.
# ---------------------------------------------------------------------------------------------
GENRES: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    "aisummary": {
        "zh": {
            "offer": ("AI摘要：{name}是位于{place}的{noun}，{detail}。",
                      "主营（AI提取）：{noun}；规模：{detail}。",
                      "AI生成简介：该公司定位为{noun}，成立于{year}年，{detail}。",
                      "【摘要】{place}{noun}，{detail}，员工约{staff}人。",
                      "一句话概括：{name}——{noun}，{detail}。",
                      "公司类型：{noun}。关键信息：{detail}。"),
            "want": ("合作诉求：{want}。",
                     "AI判断该企业正在寻找{want}。",
                     "原文摘录：“我们希望结识{want}。”",
                     "待核实：对方是否仍需要{want}？",
                     "若秘书处能推荐{want}，对方愿意续费并参加年会。",
                     "计划：{year2}年内与{want}建立合作。",
                     "对接方向 → {want}"),
            "head": ("【AI生成，仅供参考】", "会员表 第{row}行", "AI摘要 v{k}.{q}"),
            "tail": ("置信度：{conf}%", "信息来源：官网、展会名片", "⚠ 内容由AI自动生成，请人工核对。", "录入：{recorder}"),
        },
        "en": {
            "offer": ("AI summary: {name} is a {noun} in {place}; {detail}.",
                      "Business type (extracted): {noun}. Scale: {detail}.",
                      "Summary generated from the company website: {noun}, founded {year}, {detail}.",
                      "TL;DR — {noun} based in {place}; {detail}.",
                      "{name}: {noun}; {detail}; about {staff} employees.",
                      "Profile (auto-generated): {name}, {noun}. Key facts: {detail}."),
            "want": ("Partnership goal: {want}.",
                     "The model flags that they are looking for {want}.",
                     "Quoted from their intake form: \"We'd like to meet {want}.\"",
                     "To verify: do they still need {want}?",
                     "If we can introduce {want}, they will sponsor the autumn mixer.",
                     "Plan for {year2}: sign up {want}.",
                     "Match target → {want}",
                     "They want {want}."),
            "head": ("[AI-generated — verify before use]", "Member sheet, row {row}", "AI summary v{k}.{q}"),
            "tail": ("Confidence: {conf}%", "Sources: website, booth card", "Auto-generated; please double-check.",
                     "Entered by {recorder}"),
        },
    },
    "complaint": {
        "zh": {
            "offer": ("感谢您反馈的包装破损问题。先简单介绍一下：{name}是{place}的{noun}，{detail}。",
                      "对于这次发货延误，我们深表歉意。作为{noun}，{detail}，本不应出现这种情况。",
                      "您提到的色差问题已转交质检部。{name}自{year}年起做{noun}，{detail}。",
                      "我司是{noun}，{detail}；这次的问题我们会负责到底。",
                      "给您添麻烦了。{name}（{noun}，{detail}）一向重视售后。",
                      "您反映的情况属实，补发已安排。我们是{place}的{noun}，{detail}。"),
            "want": ("另外顺带一提：我们正在寻找{want}，如您有资源，欢迎推荐。",
                     "这次延误也与我们缺少{want}有关，目前正在积极对接。",
                     "合作方向：{want}。",
                     "如果您认识{want}，推荐成功后我们赠送一批样品作为感谢。",
                     "您是否恰好认识{want}？",
                     "我们计划在{year2}年底前与{want}签约，届时交付会更稳定。",
                     "我们老板常说：“缺的就是{want}。”"),
            "head": ("尊敬的客户：", "关于工单#{digits}的回复", "您好！"),
            "tail": ("客服专线：400-{digits}", "再次致歉，祝您生活愉快！", "工单状态：已解决", "!客户服务部 {contact}"),
        },
        "en": {
            "offer": ("Thank you for letting us know about the damaged cartons. A word about us: {name} is a {noun} in {place}; {detail}.",
                      "We're sorry the shipment arrived late. As a {noun} ({detail}), we hold ourselves to a higher standard.",
                      "Your note about the mislabeled batch reached our QA team. {name} has been a {noun} since {year}; {detail}.",
                      "We are a {noun} — {detail} — and this is not the experience we want you to have.",
                      "Apologies for the trouble. For context, {name} is a {noun}: {detail}.",
                      "You were right to complain, and a replacement is on its way. We are a {place} {noun}; {detail}."),
            "want": ("One more thing: we are looking for {want}, so if you know one, we'd be grateful for an introduction.",
                     "Part of the delay traces back to not having {want}; we are working on it.",
                     "Who we'd like to meet: {want}.",
                     "If you can point us to {want}, your next order ships free.",
                     "Do you happen to know {want}?",
                     "By {month} we plan to have {want} on board, which should fix lead times.",
                     "As our founder puts it, \"What we're missing is {want}.\""),
            "head": ("Dear customer,", "Re: ticket #{digits}", "Hi there,"),
            "tail": ("Support line: 1-888-{digits}", "Again, our apologies.", "Ticket status: resolved",
                     "!Best regards,\n{contact}, Customer Care"),
        },
    },
    "seating": {
        "zh": {
            "offer": ("{table}号桌{seat}座：{name}代表团，{noun}，{detail}。",
                      "主桌右侧为{name}董事长，该公司是{place}的{noun}，{detail}。",
                      "{name}（{noun}；{detail}）安排在{table}号桌靠窗位置。",
                      "来宾背景：{noun}，{year}年成立，{detail}。",
                      "{table}桌客人来自{place}，系{noun}，{detail}。",
                      "座位卡：{name}｜{noun}｜{detail}"),
            "want": ("请安排其与{want}同桌，这是对方此行的主要目的。",
                     "对方希望在晚宴上认识{want}。",
                     "邻座建议：{want}。",
                     "秘书长交代：“务必让他们见到{want}。”",
                     "如当晚有{want}出席，请引荐给他们。",
                     "是否有{want}到场？如有请调至相邻座位。",
                     "敬酒环节后安排他们与{want}单独交流。"),
            "head": ("欢迎晚宴座次安排（{month_zh}月{d}日）", "第{table}桌", "礼宾组备注"),
            "tail": ("餐饮禁忌：不吃辣", "需要同传耳机", "到场时间：18:30", "!礼宾组 {recorder}"),
        },
        "en": {
            "offer": ("Table {table}, seat {seat}: {name} delegation — {noun}, {detail}.",
                      "Head table, right of the chair: the CEO of {name}, a {noun} in {place}; {detail}.",
                      "{name} ({noun}; {detail}) goes at table {table} by the window.",
                      "Guest background: {noun}, founded {year}, {detail}.",
                      "Table {table} guests are from {place}, a {noun}; {detail}.",
                      "Place card: {name} | {noun} | {detail}"),
            "want": ("Seat them with {want}; that is the whole reason they are coming.",
                     "They hope to meet {want} over dinner.",
                     "Suggested neighbor: {want}.",
                     "From the chair's office: \"Make sure they sit near {want}.\"",
                     "If {want} attends, please introduce them during cocktails.",
                     "Is there {want} on the guest list? If so, move them to the adjacent seat.",
                     "After the toasts, arrange a quiet word with {want}."),
            "head": ("Gala dinner seating — {month} {d}", "Table {table}", "Protocol note"),
            "tail": ("Dietary: no shellfish", "Needs an interpreter headset", "Arrival 6:30 pm",
                     "!Protocol desk, {recorder}"),
        },
    },
    "renewal": {
        "zh": {
            "offer": ("我们是{noun}，{detail}，今年继续续会。",
                      "{name}第{k}年续会。公司为{place}{noun}，{detail}。",
                      "会员类别：企业会员。主营：{noun}；{detail}。",
                      "公司情况有更新：{detail}，仍是{noun}。",
                      "{name}，{noun}，{detail}，联系人已变更为{contact}。",
                      "续会单位简介：{place}{noun}，成立于{year}年，{detail}。"),
            "want": ("续会的条件之一：今年请商会帮忙对接{want}。",
                     "意见建议：希望多组织与{want}的对接活动。",
                     "最想认识的对象：{want}。",
                     "去年介绍的资源不太对口，我们要的是{want}。",
                     "商会能否推荐{want}？",
                     "如果今年还接触不到{want}，明年会考虑降级会籍。",
                     "下半年计划专程拜访{want}。"),
            "head": ("会员续费表 · 备注栏", "续会编号 {digits}", "{year2}年度续会"),
            "tail": ("会费：已通过对公转账支付", "发票抬头无变化", "填表人：{contact}", "会员等级：理事单位"),
        },
        "en": {
            "offer": ("We are a {noun}; {detail}. Renewing again this year.",
                      "{name}, year {k} as a member. We're a {noun} in {place}: {detail}.",
                      "Member category: corporate. Business: {noun}; {detail}.",
                      "Company update: {detail}. Still a {noun}.",
                      "{name} — {noun}, {detail}. New contact: {contact}.",
                      "Renewing member: a {place} {noun}, founded {year}; {detail}."),
            "want": ("One condition for renewing: help us connect with {want} this year.",
                     "Suggestion: more matchmaking sessions with {want}.",
                     "Top contact we'd like: {want}.",
                     "Last year's introductions missed the mark; what we need is {want}.",
                     "Can the chamber recommend {want}?",
                     "If we still can't reach {want} by year end, we'll drop to a basic membership.",
                     "Planning a trip this fall to visit {want}."),
            "head": ("Membership renewal — comments", "Renewal #{digits}", "{year2} renewal form"),
            "tail": ("Dues: paid by ACH", "Invoice address unchanged", "Form filled in by {contact}", "Tier: Patron"),
        },
    },
    "microblog": {
        "zh": {
            "offer": ("{name}，{place}{noun}，{detail}！",
                      "做{noun}第{k}年了，{detail}。",
                      "今天带大家看看我们公司：{noun}，{detail}。",
                      "你们知道吗？{name}是{noun}，{detail}💪",
                      "打个广告：{noun}，{detail}，欢迎来{place}参观。",
                      "老粉都知道，我们是{noun}，{detail}。"),
            "want": ("求推荐{want}！评论区或私信都可以🙏",
                     "在线蹲{want}。",
                     "有没有认识{want}的朋友？",
                     "今年的小目标：搞定{want}。",
                     "谁能帮我们牵线{want}，请喝奶茶！",
                     "老板说了：“找不到{want}就不过年。”",
                     "如果你是{want}，快来私信！",
                     "合作需求：{want}"),
            "head": ("#外贸日常#", "【{place}】", "#找合作#"),
            "tail": ("#中美贸易# #B2B#", "转发扩散，感谢🙏", "图片来自展会现场", "私信回复较慢，请见谅"),
        },
        "en": {
            "offer": ("{name} here: {noun} out of {place}, {detail}.",
                      "Year {k} of being a {noun}. {detail_cap}.",
                      "Reminder that we're a {noun}: {detail}.",
                      "Fun fact about {name}: {noun}, {detail}.",
                      "Shameless plug: {noun} in {place}, {detail}.",
                      "For anyone new here — we're a {noun}; {detail}."),
            "want": ("Looking for {want}. DMs open.",
                     "Anyone know {want}? Asking for us.",
                     "Goal for {year2}: land {want}.",
                     "Will buy coffee for whoever connects us with {want} ☕",
                     "Boss says: \"Find {want} before Q{q}.\"",
                     "If you're {want}, slide into our DMs.",
                     "Partner wanted: {want}"),
            "head": ("Thread 🧵", "Quick one:", "#B2B"),
            "tail": ("#sourcing #supplychain", "RT appreciated 🙏", "Pics from the trade show floor",
                     "Replies may be slow this week"),
        },
    },
}  # fmt: skip
LINE_GENRES = ("aisummary", "seating", "renewal")  # mostly one item a line

# Company names: neutral or carrying a stage's role word (a hard case carries another stage's).
ZH_PARTS = (
    "福",
    "安",
    "泰",
    "兴",
    "祥",
    "德",
    "丰",
    "利",
    "通",
    "和",
    "正",
    "新",
    "优",
    "诚",
    "益",
    "昌",
)
ZH_SUFFIX = {"neutral": ("有限公司", "科技股份有限公司", "实业有限公司", "控股有限公司"),
             "R": ("原材料有限公司", "新材料有限公司", "资源有限公司"),
             "M": ("制品厂", "制造有限公司", "工业股份有限公司"),
             "D": ("贸易有限公司", "进出口有限公司", "商贸有限公司"),
             "E": ("连锁经营有限公司", "零售有限公司", "百货有限公司")}  # fmt: skip
ZH_US_SUFFIX = {"neutral": ("公司", "集团"), "R": ("材料公司",), "M": ("制造公司", "工业公司"),
                "D": ("贸易公司", "分销公司"), "E": ("零售公司", "连锁公司")}  # fmt: skip
ZH_TRANSLIT = (
    "安克",
    "比肯",
    "锡达",
    "多佛",
    "费尔黑文",
    "格兰尼特",
    "基斯通",
    "米尔布鲁克",
    "奥克里奇",
    "派尼尔",
)
PINYIN = (
    "Fu'an",
    "Taixing",
    "Xiangde",
    "Fengli",
    "Tonghe",
    "Zhengxin",
    "Youcheng",
    "Yichang",
    "Dexing",
    "Anfeng",
)
CN_EN_WORD = {"neutral": ("",), "R": (" New Materials", " Raw Materials"), "M": (" Manufacturing", " Industrial"),
              "D": (" Import & Export", " Trading"), "E": (" Retail Chain", " Stores")}  # fmt: skip
EN_WORDS = ("Anchor", "Beacon", "Cedar", "Dover", "Elm Street", "Fairhaven", "Granite", "Harbor",
            "Keystone", "Lantern", "Millbrook", "Oakridge", "Pioneer", "Quarry", "Stonebridge", "Willow")  # fmt: skip
EN_SUFFIX = {"neutral": ("Inc.", "LLC", "Co.", "Partners", "Group"),
             "R": ("Materials", "Components", "Raw Materials"),
             "M": ("Manufacturing", "Fabrication", "Industries"),
             "D": ("Distributors", "Wholesale", "Trading Co.", "Imports"),
             "E": ("Stores", "Retail", "Outlets")}  # fmt: skip
PEOPLE = {
    "zh": ("周经理", "吴总", "郑主任", "冯小姐", "黄总监"),
    "en": ("Maria G.", "Ben", "Shauna", "Carlos", "Wendy T."),
}
RECORDERS = {
    "zh": ("小林", "许蕾", "曹宁", "邓佳"),
    "en": ("A. Brooks", "M. Chen", "T. Walsh", "L. Romero"),
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
                                             neg_cap=cap(phrase))  # fmt: skip


def served_line(rng: random.Random, org: dict, lang: str) -> str:
    cstage = rng.choice([c for c in BUYERS[org["_stage"]] if c != org["_want"]])
    c1, c2 = rng.sample(CUSTOMERS[lang], 2)
    if lang == "en":
        c1 += rng.choice(("", " Inc.", " Group", " Co."))
        c2 += rng.choice(("", " LLC", " Holdings"))
    return rng.choice(SERVED[lang]).format(c1=c1, c2=c2, k=rng.randrange(8, 75),
                                           cnoun=stage_noun(rng, org["_chain"], cstage, lang))  # fmt: skip


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
    slots = {
        "name": name, "noun": own_noun, "detail": detail,
        "detail_cap": cap(detail), "place": place, "year": rng.randrange(1994, 2022),
        "year2": rng.choice((2027, 2028)), "month": MONTHS[month - 1], "month_zh": month,
        "d": rng.randrange(1, 29), "k": rng.randrange(2, 12), "q": rng.randrange(1, 5),
        "staff": rng.randrange(30, 3000), "digits": rng.randrange(1000, 10000),
        "row": rng.randrange(12, 480), "conf": rng.randrange(61, 98), "table": rng.randrange(1, 25),
        "seat": rng.randrange(1, 11), "contact": rng.choice(PEOPLE[lang]),
        "recorder": rng.choice(RECORDERS[lang]),
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


def check(profiles: dict, gold: dict, orgs: list[dict]) -> None:
    """Refuse to write a set that breaks its own rules."""
    assert len(CHAINS) == 10 and not set(CHAINS) & EARLIER_CHAINS
    ids = [o["id"] for o in profiles["organizations"]]
    assert len(ids) == len(set(ids)) == 110
    assert (
        sum(i.startswith("acn") for i in ids) == 40 and sum(i.startswith("aus") for i in ids) == 70
    )
    names = [next(iter(o["name"].values())) for o in orgs]
    assert len(names) == len(set(names)), "duplicate company names"
    for o in orgs:
        chain, role = gold["roles"][o["id"]].split(":")
        s, w = role.split(">")
        assert chain in CHAINS and w in ADJACENT[s], gold["roles"][o["id"]]
        ((lang, text),) = o["description"].items()
        assert set(o["name"]) == {lang} and lang == o["_lang"]
        assert "{" not in text and "}" not in text and text[:1] != "!", text
        assert not CODE.search(text), text
        sentences = [x for x in re.split(r"[\n。！？]|(?<=[.?!]) ", text) if x.strip()]
        assert 2 <= len(sentences) <= 12, text
        if lang == "en":
            assert not HAN.search(text), text
            assert not re.search(r"\b[Aa] [aeiouAEIO]", text), text
        else:
            assert HAN.search(text), text
    for cid in ids:
        if cid.startswith("acn"):
            assert gold["partners"].get(cid), f"{cid} has no partner"
    for a, bs in gold["partners"].items():
        assert all(a in gold["partners"][b] for b in bs)
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
    pairs = sum(len(v) for k, v in gold["partners"].items() if k.startswith("acn"))
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
