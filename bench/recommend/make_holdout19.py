# ruff: noqa: E501  (the role phrases and templates are data; wrapping them would only hurt reading)
"""Write the nineteenth held-out ROLE set: ``roles_holdout19.json`` / ``roles_holdout19_gold.json``.

    python bench/recommend/make_holdout19.py

Written on 2026-12-05 by a helper session that neither read nor ran the recommender engine
(nothing under ``src/`` or ``docs/``, no results, no fitting or study scripts, no other corpus
or recent hold-out generator; only ``make_holdout6.py`` and the ``roles_train`` files were read,
for the file format). A blind test set: nothing may be fitted or tuned on it.

Standard library only and deterministic (``random.Random(SEED)``). It does not import any other
generator.

* Ten value chains used by no earlier set: frozen vegetables, vitamins and supplements, dental
  chairs, rare-earth magnets, BOPP packaging film, fine jewelry, watches, quartz countertops,
  roofing, and software/game localization (food, health, industry, consumer goods,
  construction, services). Stages: R raw material or key component, M maker, D distributor /
  importer / agent, E end buyer or user; each company is at one stage and seeks an adjacent one.
* 40 Chinese and 70 US companies, 4 and 7 per chain. A CN and a US company are gold partners
  when they are in the same chain and each one's stage is what the other seeks. Every Chinese
  company has a gold US partner and beside it a US competitor (same stage, same want), a US
  company offering what it seeks but seeking something else, and one wanting its product but
  offering nothing it seeks (where the stages allow), then the rest of the chain at random.
* Chinese companies write mainland business Chinese (four write English); US companies write
  English (seven write Chinese).
* Five ways of writing, each in both languages, spread evenly: recruitment ads (a job posting
  whose duties name the partner sought), internal meeting minutes, invitation letters,
  account-handover notes written by secretariat staff, and brochure copy. Each genre has at
  least six offer and six want templates per language; the want comes first, in the middle or
  last, with or without a verb of wanting, as a label, a quotation, a question, a condition,
  a plan or in the third person.
* Hard cases, each in several documents: customers already served named in the offer (a stage
  other than the one sought), negated wants, role words in company names that differ from the
  company's stage, a want naming only a generic role and the country, and a want of an input
  named by its material.
"""

from __future__ import annotations

import itertools
import json
import random
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20261205
NAME = "roles_holdout19"

# Chain names used by earlier sets: none of them may appear here.
_USED = (
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
    "footwear bicycle hearingaid aligner amenity"
)
USED_CHAINS = set(_USED.split())

# ---------------------------------------------------------------------------------------------
# Chains: key -> sector, stages (zh nouns, en nouns, zh details, en details), the material an R
# company supplies (for wants named by material), and Chinese places (zh, en).
# ---------------------------------------------------------------------------------------------
Stage = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]

CHAINS: dict[str, dict[str, object]] = {
    "frozenveg": {
        "sector": "food",
        "R": (("蔬菜种植基地", "西兰花种植合作社", "订单农业种植大户"),
              ("vegetable grower", "pea and sweet corn farm", "contract growing cooperative"),
              ("露地西兰花与毛豆种植面积1.2万亩", "2019年通过GlobalG.A.P.认证，每季采收鲜菜4万吨"),
              ("5,400 acres of peas, sweet corn and green beans", "GlobalG.A.P. certified since 2018, 38,000 t harvested a season")),
        "M": (("速冻蔬菜加工厂", "冷冻果蔬生产企业", "IQF速冻加工企业"),
              ("frozen vegetable processor", "IQF vegetable packer", "frozen produce plant"),
              ("拥有4条IQF速冻线，单线每小时3吨", "年加工速冻西兰花、毛豆、玉米粒6万吨，BRC A级"),
              ("four IQF tunnels at 3 t/h each", "60,000 t of frozen broccoli, edamame and corn a year, BRCGS grade A")),
        "D": (("冷冻食品进口商", "冻品批发商", "餐饮食材供应链公司"),
              ("frozen food importer", "foodservice distributor", "frozen foods broker"),
              ("自有-18℃冷库库容2.6万吨", "每周配送餐厅500余家，冷链车80辆"),
              ("-10°F storage for 26,000 pallets", "weekly deliveries to 1,800 restaurants from 80 reefer trucks")),
        "E": (("连锁快餐品牌", "团餐企业", "预制菜工厂"),
              ("quick-service restaurant chain", "contract caterer", "meal-kit company"),
              ("年采购冷冻蔬菜1.5万吨", "在各地设有中央厨房12座"),
              ("buying 15,000 t of frozen vegetables a year", "12 central kitchens")),
        "material": (("原料西兰花", "鲜毛豆", "甜玉米原料"), ("raw broccoli", "field-run sweet corn", "fresh edamame")),
        "places": (("潍坊", "莱阳", "厦门", "宁波"), ("Weifang", "Laiyang", "Xiamen", "Ningbo")),
    },
    "vitamin": {
        "sector": "health",
        "R": (("维生素原料生产商", "营养素原料供应商", "鱼油精炼厂"),
              ("vitamin ingredient producer", "nutraceutical raw material supplier", "fish oil refiner"),
              ("原料年产2.5万吨，已做FDA DMF备案", "产品线12个品类，具备Kosher/Halal认证"),
              ("25,000 t of ingredients a year, FDA DMF filed", "12 product lines, Kosher and Halal certified")),
        "M": (("保健品代工厂", "软胶囊生产企业", "膳食补充剂OEM工厂"),
              ("supplement contract manufacturer", "softgel manufacturer", "private-label vitamin maker"),
              ("软胶囊年产30亿粒，GMP车间2.4万平方米", "片剂、软糖、粉剂均可做，起订量5000瓶"),
              ("3 billion softgels a year in a cGMP plant", "tablets, gummies and powders, MOQ 5,000 bottles, NSF registered")),
        "D": (("跨境营养品进口商", "保健品经销商", "膳食补充剂代理商"),
              ("supplement distributor", "natural products wholesaler", "nutrition importer"),
              ("经营品牌40余个，入驻天猫国际与京东国际", "每月出货约210万瓶"),
              ("40 brands in the book", "2.1 million units a month through Amazon and independents")),
        "E": (("连锁药房", "母婴连锁", "健康管理机构"),
              ("pharmacy chain", "fitness club chain", "wellness clinic group"),
              ("网点2300个，会员1800万", "年采购营养补充剂约900万瓶"),
              ("2,300 locations and 18 million members", "buying 9 million bottles of supplements a year")),
        "material": (("维生素C原料", "精制鱼油", "维生素D3粉"), ("vitamin C powder", "bulk fish oil", "D3 100 CWS")),
        "places": (("石家庄", "绍兴", "威海", "杭州"), ("Shijiazhuang", "Shaoxing", "Weihai", "Hangzhou")),
    },
    "dentalunit": {
        "sector": "health",
        "R": (("牙科电机配件供应商", "牙椅阀体与电磁阀供应商", "医用无油空压机生产商"),
              ("handpiece and micromotor supplier", "dental valve and solenoid maker", "oil-free compressor supplier"),
              ("核心部件年产8万台套", "2012年起通过ISO 13485认证"),
              ("80,000 units a year", "ISO 13485 certified since 2012")),
        "M": (("牙科综合治疗机制造商", "牙椅生产厂", "口腔设备厂家"),
              ("dental chair manufacturer", "dental unit builder", "operatory equipment maker"),
              ("牙椅年产1.5万台，持有FDA 510(k)与CE证书", "自主研发，拥有专利86项"),
              ("15,000 chairs a year, 510(k) cleared", "patient chairs, delivery systems and operatory lights")),
        "D": (("口腔器械经销商", "齿科设备进口商", "牙科耗材与设备代理商"),
              ("dental dealer", "dental supply distributor", "dental equipment importer"),
              ("售后工程师45名，覆盖华南六省", "代理欧美品牌12个"),
              ("45 field technicians", "a showroom and a 30,000 sq ft warehouse")),
        "E": (("连锁口腔医院", "民营牙科诊所集团", "口腔门诊部"),
              ("dental service organization", "group dental practice", "community dental clinic network"),
              ("旗下门诊42家，牙椅600台", "每年新开诊所8到10家"),
              ("210 offices", "25 new offices a year")),
        "material": (("牙科电机", "无油静音空压机", "电磁阀组"), ("micromotors", "oil-free compressors", "solenoid valve blocks")),
        "places": (("佛山", "上海", "苏州", "深圳"), ("Foshan", "Shanghai", "Suzhou", "Shenzhen")),
    },
    "magnet": {
        "sector": "industry",
        "R": (("稀土冶炼分离企业", "镨钕金属生产商", "稀土氧化物供应商"),
              ("rare earth separator", "NdPr metal producer", "rare earth oxide supplier"),
              ("年产能6000吨，产品纯度99.5%", "覆盖钕、镝、铽全品类"),
              ("6,000 t a year at 99.5% purity", "a range covering Nd, Dy and Tb")),
        "M": (("烧结钕铁硼磁材厂", "永磁材料生产企业", "磁钢加工厂"),
              ("sintered NdFeB magnet maker", "permanent magnet manufacturer", "magnet assembly shop"),
              ("毛坯产能8000吨，牌号可做到N52、48H", "晶界扩散产线6条，工作温度最高220℃"),
              ("8,000 t of blanks a year, grades up to N52 and 48H", "grain-boundary diffusion lines rated to 220°C")),
        "D": (("磁材贸易商", "工业零部件分销商", "磁性材料代理商"),
              ("magnet distributor", "industrial components distributor", "magnetic materials agent"),
              ("常备规格3000余种，当天发货", "设有分切与充磁中心两处"),
              ("3,000 stock sizes shipped same day", "two slitting and magnetizing centers")),
        "E": (("伺服电机厂", "新能源汽车驱动电机企业", "风机整机厂"),
              ("servo motor OEM", "EV traction motor maker", "blower and fan manufacturer"),
              ("年产电机45万台", "每年采购磁钢约2000吨"),
              ("450,000 motors a year", "buying about 2,000 t of magnets a year")),
        "material": (("氧化镨钕", "镨钕金属", "稀土原料"), ("NdPr oxide", "neodymium metal", "rare earth feedstock")),
        "places": (("赣州", "包头", "宁波", "太原"), ("Ganzhou", "Baotou", "Ningbo", "Taiyuan")),
    },
    "film": {
        "sector": "industry",
        "R": (("聚丙烯树脂供应商", "石化原料企业", "功能母粒生产商"),
              ("polypropylene resin supplier", "petrochemical producer", "masterbatch compounder"),
              ("年产能40万吨，熔指稳定", "可提供30天账期"),
              ("400,000 t a year of film-grade material", "consistent MFI on 30-day terms")),
        "M": (("BOPP薄膜厂", "软包装膜生产企业", "镀铝膜厂"),
              ("BOPP film producer", "flexible packaging film maker", "metallized film plant"),
              ("8.7米宽幅生产线5条，厚度12-60μm", "年产薄膜18万吨"),
              ("five 8.7 m lines, 12–60 µm", "180,000 t of film a year")),
        "D": (("包材经销商", "薄膜贸易公司", "包装材料供应链企业"),
              ("packaging distributor", "film converter-distributor", "packaging materials wholesaler"),
              ("华东设有仓库4个", "月销量3500吨"),
              ("four regional warehouses", "3,500 t moved each month")),
        "E": (("休闲食品企业", "日化品牌", "烘焙连锁"),
              ("snack food brand", "confectionery maker", "coffee roaster"),
              ("年采购包装膜6000吨", "包装线30条，三班倒"),
              ("buying 6,000 t of film a year", "30 packing lines running three shifts")),
        "material": (("BOPP专用料", "聚丙烯粒子", "PP均聚料"), ("PP homopolymer", "polypropylene pellets", "BOPP-grade resin")),
        "places": (("佛山", "汕头", "常州", "东营"), ("Foshan", "Shantou", "Changzhou", "Dongying")),
    },
    "jewelry": {
        "sector": "consumer",
        "R": (("白银精炼厂", "贵金属材料供应商", "K金合金材料厂"),
              ("silver refiner", "precious metal supplier", "gold alloy producer"),
              ("年精炼贵金属300吨，LBMA认证", "可供925银料与K金合金，起订量10公斤"),
              ("300 t of precious metal refined a year, LBMA accredited", "925 silver and karat gold alloys, 10 kg minimum")),
        "M": (("珠宝加工厂", "首饰代工厂", "镶嵌工厂"),
              ("fine jewelry manufacturer", "jewelry contract maker", "casting and setting workshop"),
              ("工匠800人，月产戒指、吊坠20万件", "3D打印蜡模加失蜡铸造，日出货5000件"),
              ("800 bench jewelers, 200,000 rings and pendants a month", "3D-printed wax and lost-wax casting, 5,000 pieces a day")),
        "D": (("珠宝批发商", "首饰进口商", "饰品分销商"),
              ("jewelry wholesaler", "jewelry importer", "fashion jewelry distributor"),
              ("展厅1200平方米，SKU 1.6万个", "去年出货120万件"),
              ("a 12,000 sq ft showroom and 16,000 SKUs", "1.2 million pieces shipped last year")),
        "E": (("珠宝零售连锁", "婚戒品牌", "电商首饰品牌"),
              ("jewelry retail chain", "bridal jewelry brand", "online jewelry brand"),
              ("年销售首饰约50万件", "会员120万"),
              ("500,000 pieces sold a year", "1.2 million customers on file")),
        "material": (("925银料", "K金原料", "贵金属颗粒"), ("925 silver grain", "14K gold alloy", "casting grain")),
        "places": (("深圳水贝", "番禺", "义乌", "海丰"), ("Shenzhen", "Panyu", "Yiwu", "Haifeng")),
    },
    "watch": {
        "sector": "consumer",
        "R": (("机芯供应商", "表壳表带配件厂", "蓝宝石表镜生产商"),
              ("watch movement supplier", "case and bracelet maker", "sapphire crystal producer"),
              ("年产核心部件3000万件", "为40余个品牌配套"),
              ("30 million components a year", "parts for more than 40 brands")),
        "M": (("手表制造厂", "钟表OEM工厂", "智能手表代工厂"),
              ("watch manufacturer", "watch assembly plant", "smartwatch ODM"),
              ("年组装腕表400万只，防水100米", "自有设计团队60人"),
              ("4 million watches assembled a year, 100 m water resistance", "a 60-person design team")),
        "D": (("钟表批发商", "手表代理商", "腕表进口商"),
              ("watch distributor", "watch importer", "timepiece wholesaler"),
              ("代理品牌15个", "售后网点210个"),
              ("15 brands in the portfolio", "210 authorized repair points")),
        "E": (("钟表零售连锁", "时尚服饰品牌", "企业礼品采购商"),
              ("watch retail chain", "fashion label", "corporate gifting company"),
              ("每年采购手表约6万只", "采购团队12人"),
              ("buying about 60,000 watches a year", "a 12-person buying team")),
        "material": (("石英机芯", "不锈钢表壳", "蓝宝石镜片"), ("quartz movements", "316L cases", "sapphire crystals")),
        "places": (("深圳", "东莞", "天津", "福州"), ("Shenzhen", "Dongguan", "Tianjin", "Fuzhou")),
    },
    "countertop": {
        "sector": "construction",
        "R": (("石英砂供应商", "不饱和树脂生产商", "石英石原料商"),
              ("quartz sand supplier", "polyester resin producer", "engineered stone raw material supplier"),
              ("原料年产20万吨", "批次稳定，可提供COA与SGS报告"),
              ("200,000 t of raw material a year", "consistent batches with COA and SGS reports")),
        "M": (("石英石板材厂", "人造石生产企业", "岩板厂"),
              ("quartz slab manufacturer", "engineered stone producer", "sintered stone plant"),
              ("大板规格3200×1600mm，年产能150万平方米", "布雷顿压机6台"),
              ("jumbo 3200×1600 mm slabs, 1.5 million m² a year", "six Breton presses")),
        "D": (("石材经销商", "板材分销商", "建材批发商"),
              ("stone slab distributor", "surfaces wholesaler", "countertop import house"),
              ("仓库常备大板1.2万片", "三个城市设有展厅"),
              ("12,000 slabs in stock", "showrooms in three cities")),
        "E": (("房地产开发商", "橱柜品牌", "精装修总包"),
              ("homebuilder", "kitchen cabinet company", "hotel renovation contractor"),
              ("每年用台面约12万套", "在建项目40个"),
              ("about 120,000 countertops installed a year", "40 projects under way")),
        "material": (("高纯石英砂", "不饱和树脂", "石英粉"), ("high-purity quartz sand", "polyester resin", "quartz grit")),
        "places": (("云浮", "佛山", "水头", "麻城"), ("Yunfu", "Foshan", "Shuitou", "Macheng")),
    },
    "roofing": {
        "sector": "construction",
        "R": (("玻纤胎基布生产商", "道路及防水沥青供应商", "彩砂生产厂"),
              ("fiberglass mat producer", "roofing asphalt supplier", "colored granule producer"),
              ("年产能25万吨", "2009年起与多家工厂签有长期供货合同"),
              ("250,000 t a year", "long-term supply contracts since 2009")),
        "M": (("沥青瓦生产企业", "防水卷材厂", "金属屋面板厂"),
              ("asphalt shingle manufacturer", "roofing membrane maker", "metal roof panel plant"),
              ("年产屋面材料2000万平方米", "生产线3条，通过UL与FM认证"),
              ("20 million m² of roofing a year", "three lines, UL and FM approved")),
        "D": (("屋面材料经销商", "建材批发商", "防水材料代理商"),
              ("roofing supply distributor", "building products wholesaler", "roofing materials dealer"),
              ("网点38个，配送车60辆", "年销售屋面材料9万吨"),
              ("38 branches and 60 boom trucks", "90,000 t of roofing sold a year")),
        "E": (("屋面施工队", "防水工程公司", "物业公司"),
              ("roofing contractor", "storm restoration contractor", "apartment REIT"),
              ("年施工及翻新屋面150万平方米", "项目遍及12个城市"),
              ("1.5 million sq ft of roof installed or replaced a year", "jobs in 12 metro areas")),
        "material": (("玻纤胎基", "氧化沥青", "屋面彩砂"), ("fiberglass mat", "oxidized asphalt", "roofing granules")),
        "places": (("潍坊", "唐山", "泰安", "盘锦"), ("Weifang", "Tangshan", "Tai'an", "Panjin")),
    },
    "localization": {
        "sector": "services",
        "R": (("机器翻译引擎服务商", "译员资源平台", "双语语料供应商"),
              ("machine translation engine vendor", "freelance linguist network", "bilingual corpus provider"),
              ("覆盖62个语种", "日处理能力2亿字"),
              ("62 language pairs", "capacity of 200 million words a day")),
        "M": (("本地化服务公司", "游戏本地化工作室", "语言服务企业"),
              ("localization agency", "game localization studio", "language service provider"),
              ("年交付3亿字，ISO 17100认证", "配音棚8间，支持中英日韩"),
              ("300 million words delivered a year, ISO 17100", "eight dubbing booths, EN/ZH/JA/KO")),
        "D": (("本地化项目代理商", "出海服务商", "语言服务经纪公司"),
              ("localization reseller", "publishing services agent", "language services broker"),
              ("手上出海客户120家", "与8家本地化供应商签有转包协议"),
              ("120 client accounts under management", "subcontract agreements with eight vendors")),
        "E": (("手游发行商", "跨境电商卖家", "SaaS软件公司"),
              ("mobile game publisher", "cross-border e-commerce seller", "SaaS company"),
              ("每年本地化需求约5000万字", "产品覆盖海外40个国家"),
              ("about 50 million words to localize a year", "products live in 40 countries")),
        "material": (("机翻引擎接口", "双语语料", "人工译员产能"), ("MT engine API capacity", "bilingual corpus", "freelance linguist capacity")),
        "places": (("成都", "北京", "广州", "西安"), ("Chengdu", "Beijing", "Guangzhou", "Xi'an")),
    },
}  # fmt: skip

NEIGHBOURS = {"R": ("M",), "M": ("R", "D", "E"), "D": ("M", "E"), "E": ("M", "D")}
DOWNSTREAM = {"R": ("M",), "M": ("D", "E"), "D": ("E",), "E": ()}

US_PLACES = (("俄亥俄州", "Ohio"), ("得克萨斯州", "Texas"), ("新泽西州", "New Jersey"),
             ("佐治亚州", "Georgia"), ("加州", "California"), ("伊利诺伊州", "Illinois"),
             ("犹他州", "Utah"), ("北卡罗来纳州", "North Carolina"), ("明尼苏达州", "Minnesota"),
             ("俄勒冈州", "Oregon"), ("宾夕法尼亚州", "Pennsylvania"), ("华盛顿州", "Washington State"))  # fmt: skip

# Generic role nouns (for wants that name only the role and the country).
GENERIC = {
    "zh": {"R": ("原料供应商", "上游供应商"), "M": ("生产厂家", "工厂", "制造商"),
           "D": ("经销商", "代理商", "进口商"), "E": ("终端客户", "终端用户")},
    "en": {"R": ("raw-material supplier", "upstream supplier"), "M": ("manufacturer", "factory"),
           "D": ("distributor", "importer", "sales agent"), "E": ("end user", "end customer")},
}  # fmt: skip

# Want noun phrases: (writer's side, language) -> forms around the noun.
WANT_FORMS = {
    ("CN", "zh"): ("美国{n}", "美国的{n}", "北美{n}", "一家美国{n}", "在美国的{n}"),
    ("US", "zh"): ("中国{n}", "中国的{n}", "一家中国{n}", "中方{n}"),
    ("CN", "en"): (
        "a US {n}",
        "an American {n}",
        "a {n} in the US",
        "a {n} based in North America",
    ),
    ("US", "en"): ("a Chinese {n}", "a {n} in China", "a China-based {n}", "a {n} from China"),
}
MATERIAL_FORMS = {
    ("CN", "zh"): ("稳定的美国{n}货源", "来自美国的{n}", "美国产{n}"),
    ("US", "zh"): ("中国产{n}", "来自中国的{n}货源", "稳定的中国{n}货源"),
    ("CN", "en"): (
        "a steady supply of {n} from the US",
        "US-sourced {n}",
        "{n} from an American source",
    ),
    ("US", "en"): (
        "a reliable source of {n} in China",
        "{n} from China",
        "Chinese {n} on an annual contract",
    ),
}
MATERIAL_WANT = {
    "zh": ("需要{want}。", "原料方面：{want}。", "希望锁定{want}。", "目前缺{want}，盼能长期供货。",
           "{want}是眼下最要紧的。"),
    "en": ("We need {want}.", "Input needed: {want}.", "Looking to lock in {want}.",
           "Short on {want}; a 12-month contract is on the table.", "Top of the list: {want}."),
}  # fmt: skip
NEGATION = {
    "zh": ("暂不考虑{neg}。", "不找{neg}。", "{neg}勿扰。", "{neg}不在考虑范围内。"),
    "en": ("Not looking for {neg}.", "No {neg_bare} enquiries, please.", "Not a fit: any {neg_bare}.",
           "{neg_cap} is not what is needed here."),
}  # fmt: skip
SERVED = {
    "zh": ("现有客户包括{c1}、{c2}等{k}家{cnoun}。", "产品已稳定供应{c1}、{c2}等{cnoun}。",
           "服务过的{cnoun}有{c1}、{c2}。"),
    "en": ("Existing accounts include {c1} and {c2}, among {k} {cnoun} customers.",
           "Already supplying {cnoun} customers such as {c1} and {c2}.",
           "Served {cnoun} accounts: {c1}, {c2}."),
}  # fmt: skip
CUSTOMER_NAMES = {"zh": ("华联", "永盛", "鼎泰", "恒昌", "联华", "嘉禾", "百盛", "金桥"),
                  "en": ("Harlow", "Kestrel", "Meridian", "Pinecrest", "Redwood", "Summit", "Larkspur", "Oakmont")}  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Genres. Each: offer templates, want templates (identity-safe noun phrase in {want}), header
# and trailer lines (noise), and how lines are joined. Slots: name noun detail detail_cap place
# year want speaker recorder recorder2 contact month d n k digits domain staff q sal sal2.
# ---------------------------------------------------------------------------------------------
GENRES: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    "recruitment": {
        "zh": {
            "offer": ("{name}成立于{year}年，是{place}一家{noun}，{detail}。",
                      "【公司简介】{noun}，{detail}，总部位于{place}。",
                      "我司为{noun}（{place}），{detail}，因业务扩张现招聘以下岗位。",
                      "关于我们：{name}，{detail}，员工{staff}人，行业定位为{noun}。",
                      "{place}{noun}{name}诚聘英才！公司{detail}。",
                      "公司定位为{noun}，{detail}。"),
            "want": ("招聘岗位：海外业务经理（{k}名），主要职责：开发{want}，建立长期合作。",
                     "岗位职责：对接{want}，负责询盘跟进与合同谈判。",
                     "入职后第一项任务——拿下{want}。",
                     "如果你手里有{want}的资源，欢迎投递简历。",
                     "能否谈下{want}，是这个岗位的核心考核指标。",
                     "你能帮我们找到{want}吗？欢迎加入！",
                     "任职要求：英语流利，有{want}人脉者优先。"),
            "head": ("【急聘】海外业务经理", "招聘启事", "{year2}届社招 | 外贸岗"),
            "tail": ("薪资：{sal}K-{sal2}K·13薪。", "工作地点：{place}。", "简历请投：hr@{domain}.cn",
                     "五险一金，周末双休。", "出差比例约30%，需持有有效护照。"),
        },
        "en": {
            "offer": ("{name} is a {noun} headquartered in {place}; {detail}.",
                      "About the company: {noun}, founded {year}, {detail}.",
                      "We're a {noun} with {staff} people in {place} — {detail}.",
                      "Who we are: {name}, a {noun}; {detail}.",
                      "Join {name}, a {noun} with {detail}.",
                      "{name} ({noun}, est. {year}) is growing: {detail}."),
            "want": ("Role: Business Development Manager, Asia. You will build relationships with {want}.",
                     "Your first 90 days: identify and visit {want}.",
                     "Key responsibility: securing {want}.",
                     "Success in this role means signing {want} by Q{q}.",
                     "Do you know {want}? Then we want to hear from you.",
                     "If you have contacts at {want}, mention it in your cover letter.",
                     "The hire will own our search for {want}."),
            "head": ("NOW HIRING — Business Development Manager", "Job posting #{digits}", "Open position ({year2})"),
            "tail": ("Salary ${sal}k–${sal2}k + bonus.", "Location: {place} (hybrid).", "Mandarin a plus.",
                     "Apply by {month} {d}.", "Travel up to 30%."),
        },
    },
    "minutes": {
        "zh": {
            "offer": ("一、公司概况：{name}为{noun}，{detail}。",
                      "会上{speaker}介绍了公司现状：作为{noun}，{detail}。",
                      "经营情况通报：{detail}（{year2}年数据），继续巩固{noun}定位。",
                      "与会人员确认，公司目前的定位仍是{noun}，{detail}。",
                      "议题1：产能与现状。{detail}，仍以{noun}身份参与市场。",
                      "{speaker}汇报：我们作为{place}的{noun}，{detail}。"),
            "want": ("会议决定：下半年重点寻找{want}。",
                     "二、海外合作方向：{want}。",
                     "总经理提出：“今年必须对接上{want}。”",
                     "若能在{month_zh}月前锁定{want}，则追加预算{k}0万元。",
                     "待办：{speaker}负责联系{want}，下周五前反馈。",
                     "讨论：是否应优先接触{want}？与会人员一致同意。",
                     "下一步由外贸部约谈{want}。"),
            "head": ("时间：{year2}年{month_zh}月{d}日 14:00", "地点：{place}总部三楼会议室", "经营例会纪要"),
            "tail": ("参会：{speaker}、财务部、外贸部", "记录人：{recorder}", "!散会。"),
        },
        "en": {
            "offer": ("1. Company update — {name} remains a {noun}; {detail}.",
                      "{speaker} summarized where we stand: {detail}, as a {noun} in {place}.",
                      "The board reviewed {year2} results for the {noun}: {detail}.",
                      "Item 1: operations. {detail_cap}. No change to our position as a {noun}.",
                      "Attendees agreed the core business stays the same: {noun}, {detail}.",
                      "Opening remarks ({speaker}): we are a {noun}, {detail}."),
            "want": ("Decision: pursue {want} over the next two quarters.",
                     "2. Partnerships — target: {want}.",
                     "{speaker}: \"We need {want} before the season starts.\"",
                     "If {want} can be signed by {month}, the Asia trip budget is approved.",
                     "Action item ({speaker}): reach out to {want} and report back.",
                     "Open question: should we approach {want} directly? Consensus: yes.",
                     "Next step — sales to contact {want}."),
            "head": ("Date: {month} {d}, {year2}, 10:00 CT", "Minutes — monthly ops review", "Location: {place} office, Room 2B"),
            "tail": ("Present: {speaker}, CFO, ops lead", "Minutes taken by {recorder}.", "!Meeting adjourned 11:20."),
        },
    },
    "invitation": {
        "zh": {
            "offer": ("{name}是一家{noun}，{detail}。",
                      "我司（{place}）作为{noun}，{detail}。",
                      "{name}创立于{year}年，现为{place}知名{noun}，{detail}。",
                      "作为东道主，{name}（{noun}；{detail}）期待与您相见。",
                      "我们是{noun}，{detail}，诚邀各方莅临。",
                      "邀请方：{name}，{noun}，{detail}。"),
            "want": ("诚挚邀请{want}参加{month_zh}月{d}日在{place}举办的合作洽谈会。",
                     "特邀对象：{want}。",
                     "本次活动专为{want}而设。",
                     "如贵方为{want}，请于{month_zh}月{d}日前回复确认。",
                     "您是否正是我们期待的{want}？欢迎莅临。",
                     "届时我方将与{want}签署合作备忘录。",
                     "敬请{want}拨冗出席。"),
            "head": ("邀请函", "尊敬的各位来宾：", "尊敬的合作伙伴："),
            "tail": ("联系人：{contact}，电话：138{digits8}", "活动地点：{place}国际会展中心B馆", "!此致\n敬礼"),
        },
        "en": {
            "offer": ("{name} is a {noun} based in {place}; {detail}.",
                      "Host: {name}, {noun}, {detail}.",
                      "Founded in {year}, {name} has grown into a {noun} — {detail}.",
                      "As a {noun} ({detail}), we are delighted to open our doors.",
                      "You may know us as a {noun}: {detail}.",
                      "We are a {noun} in {place}; {detail}."),
            "want": ("We cordially invite {want} to our open house on {month} {d}.",
                     "Who should attend: {want}.",
                     "This session is designed for {want}.",
                     "If you are {want}, please RSVP by {month} {d}.",
                     "Are you {want}? Join us in {place}.",
                     "We plan to sign a memorandum with {want} at the event.",
                     "Your presence is requested if you represent {want}."),
            "head": ("INVITATION", "Dear colleagues,", "You're invited"),
            "tail": ("Venue: {place} Convention Center, Hall C", "RSVP: events@{domain}.com", "Light lunch provided.",
                     "!Sincerely,\n{contact}"),
        },
    },
    "handover": {
        "zh": {
            "offer": ("客户：{name}，{noun}，{detail}。",
                      "{name}是{place}的{noun}，{detail}。",
                      "这家是{noun}，{detail}，对接人{contact}。",
                      "背景：{year}年入会，{noun}，{detail}。",
                      "简况——{noun}；{detail}。",
                      "{name}（{noun}）：{detail}，合作意愿强。"),
            "want": ("需求：{want}。",
                     "他们想找{want}，之前推荐过两家没谈成。",
                     "对方原话：“帮我们找{want}。”",
                     "如有{want}来询，请优先转给他们。",
                     "下周计划帮他们约{want}开视频会。",
                     "他们问过：能不能介绍{want}？",
                     "重点：{want}。"),
            "head": ("【交接】会员档案 #{digits}", "交接备注", "账户交接（{year2}年{month_zh}月）"),
            "tail": ("跟进人：{recorder} → {recorder2}", "上次联系：{year2}年{month_zh}月{d}日", "备注：英文邮件回复较慢。",
                     "客户等级：A"),
        },
        "en": {
            "offer": ("Account: {name} — {noun}, {detail}.",
                      "{name} is a {noun} in {place}; {detail}.",
                      "Background: member since {year}; {noun}; {detail}.",
                      "They're a {noun} ({detail}).",
                      "Quick summary: {noun}, {place}, {detail}.",
                      "{name} ({noun}): {detail}. Responsive, decides fast."),
            "want": ("Need: {want}.",
                     "They want {want}; two intros last quarter went nowhere.",
                     "In their words: \"Find us {want}.\"",
                     "If {want} contacts us, route it to them first.",
                     "Plan: set up a call with {want} next week.",
                     "They asked whether we can introduce {want}.",
                     "Priority: {want}."),
            "head": ("HANDOVER — member file #{digits}", "Account handover note", "Handover ({month} {year2})"),
            "tail": ("Owner: {recorder} → {recorder2}", "Last touch: {month} {d}, {year2}", "Note: prefers WhatsApp.",
                     "Tier: A"),
        },
    },
    "brochure": {
        "zh": {
            "offer": ("{name}——{place}{noun}，{detail}。",
                      "专业{noun}，{year}年起深耕行业。{detail}。",
                      "{detail}——这就是{name}，值得信赖的{noun}。",
                      "选择{name}：{noun}，{detail}。",
                      "我们是{noun}，{detail}。",
                      "品质源自专注：{name}作为{noun}，{detail}。"),
            "want": ("诚招{want}。",
                     "合作伙伴招募：{want}。",
                     "期待与{want}携手共赢。",
                     "如果您是{want}，欢迎来电洽谈。",
                     "您是{want}吗？扫码联系我们。",
                     "{year3}年，我们将与{want}建立长期合作关系。",
                     "虚位以待：{want}。"),
            "head": ("匠心{year}—{year2}", "专注 · 品质 · 共赢", "企业画册 {year2}版"),
            "tail": ("咨询热线：400-{digits}", "ISO 9001 / ISO 14001", "地址：{place}经济开发区", "扫码了解更多"),
        },
        "en": {
            "offer": ("{name}: {noun}, {place}. {detail_cap}.",
                      "A {noun} since {year}. {detail_cap}.",
                      "{detail_cap} — that's {name}, your {noun}.",
                      "Why {name}? We are a {noun}: {detail}.",
                      "Meet {name}, the {noun} from {place}. {detail_cap}.",
                      "Built on focus: {name}, {noun}, {detail}."),
            "want": ("Now recruiting {want}.",
                     "Partner program: open to {want}.",
                     "We'd love to work with {want}.",
                     "If you are {want}, talk to us.",
                     "Are you {want}? Scan the code.",
                     "Coming in {year3}: long-term supply deals with {want}.",
                     "Opportunity: {want} wanted."),
            "head": ("Since {year}", "Quality. Focus. Partnership.", "Company brochure {year2}"),
            "tail": ("Call 1-800-{digits}", "ISO 9001 | ISO 14001", "www.{domain}.com", "Scan for the full catalog."),
        },
    },
}  # fmt: skip
GENRE_JOINERS = {"zh": ("\n", "", "\n"), "en": ("\n", " ", "\n")}

# Names: neutral and stage-marked suffixes (a hard case uses a suffix of another stage).
ZH_NAME_PARTS = (
    "恒",
    "盛",
    "鑫",
    "华",
    "泰",
    "宏",
    "瑞",
    "博",
    "润",
    "嘉",
    "锦",
    "源",
    "凯",
    "达",
    "中",
    "远",
)
ZH_SUFFIX = {"neutral": ("科技有限公司", "实业有限公司", "集团有限公司", "股份有限公司"),
             "R": ("原料有限公司", "材料有限公司", "资源有限公司"),
             "M": ("制造有限公司", "工业有限公司", "加工厂"),
             "D": ("贸易有限公司", "商贸有限公司", "进出口有限公司", "供应链有限公司"),
             "E": ("连锁有限公司", "零售有限公司", "商业连锁有限公司")}  # fmt: skip
PINYIN = (
    "Hengsheng",
    "Xinhua",
    "Taihong",
    "Ruibo",
    "Runjia",
    "Jinyuan",
    "Kaida",
    "Zhongyuan",
    "Hongtai",
    "Boda",
)
EN_WORDS = ("Atlas", "Bluewater", "Crestline", "Driftwood", "Eastgate", "Foxridge", "Goldleaf", "Hillcrest",
            "Ironwood", "Juniper", "Lakeshore", "Northstar", "Prairie", "Riverbend", "Sawtooth", "Tidewater")  # fmt: skip
EN_SUFFIX = {"neutral": ("Inc.", "LLC", "Group", "Holdings", "Co."),
             "R": ("Materials", "Resources", "Components"),
             "M": ("Manufacturing", "Industries", "Works"),
             "D": ("Distribution", "Supply", "Trading", "Imports"),
             "E": ("Retail", "Stores", "Brands")}  # fmt: skip
ZH_TRANSLIT = (
    "阿特拉斯",
    "布鲁克",
    "克雷斯特",
    "哈维斯",
    "麦瑞迪恩",
    "派恩",
    "斯通",
    "威尔逊",
    "橡树",
    "北星",
)
SPEAKERS = {
    "zh": ("王总", "李经理", "陈总监", "刘工", "张总"),
    "en": ("Dana", "Mike R.", "Priya", "Tom", "Alicia"),
}
RECORDERS = {
    "zh": ("小周", "赵敏", "孙婷", "何静"),
    "en": ("J. Ortiz", "K. Lee", "S. Novak", "R. Patel"),
}
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")  # fmt: skip

HARD_QUOTA = {"served": 10, "negated": 10, "misnamed": 10, "generic": 9, "material": 7}


# ---------------------------------------------------------------------------------------------
# Roles
# ---------------------------------------------------------------------------------------------
COMBOS = [(s, w) for s in "RMDE" for w in NEIGHBOURS[s]]


def requirements(s: str, w: str) -> list[set[tuple[str, str]]]:
    """For a Chinese company (stage s, want w): the US role sets of which one must be present —
    its partner, its competitor, one offering what it seeks but seeking something else, and
    one wanting its product but offering nothing it seeks (the last two where stages allow)."""
    req = [{(w, s)}, {(s, w)}]
    other = {(w, x) for x in NEIGHBOURS[w] if x != s}
    if other:
        req.append(other)
    wrong = {(y, s) for y in NEIGHBOURS[s] if y != w}
    if wrong:
        req.append(wrong)
    return req


def chain_roles(rng: random.Random, n_cn: int = 4, n_us: int = 7):
    """(stage, want) of the Chinese and US companies of one chain, every requirement met."""
    options = list(itertools.combinations(COMBOS, n_cn))
    rng.shuffle(options)
    for cn in options:
        reqs = [r for s, w in cn for r in requirements(s, w)]
        for size in range(1, n_us + 1):
            subsets = list(itertools.combinations(COMBOS, size))
            rng.shuffle(subsets)
            found = next((u for u in subsets if all(set(u) & r for r in reqs)), None)
            if found:
                break
        else:
            continue
        us = list(found) + [rng.choice(COMBOS) for _ in range(n_us - len(found))]
        rng.shuffle(us)
        return list(cn), us
    raise AssertionError("no role layout meets the requirements")


# ---------------------------------------------------------------------------------------------
# Text
# ---------------------------------------------------------------------------------------------
def _an(text: str) -> str:
    return re.sub(r"\b([Aa]) ([aeiouAEIO])", r"\1n \2", text)


def _cap(text: str) -> str:
    return text[0].upper() + text[1:] if text else text


def company_name(rng: random.Random, side: str, lang: str, place: str, marker: str) -> str:
    """A company name; ``marker`` is 'neutral' or the stage whose suffix the name carries."""
    if lang == "zh":
        if side == "CN":
            head = place[:2] if len(place) != 3 and rng.random() < 0.5 else ""
            return head + "".join(rng.sample(ZH_NAME_PARTS, 2)) + rng.choice(ZH_SUFFIX[marker])
        suffix = {
            "neutral": "公司",
            "R": "材料公司",
            "M": "制造公司",
            "D": "贸易公司",
            "E": "连锁公司",
        }[marker]
        return "美国" + rng.choice(ZH_TRANSLIT) + suffix
    if side == "CN":
        word = {
            "neutral": "",
            "R": " Materials",
            "M": " Manufacturing",
            "D": " Trading",
            "E": " Retail",
        }[marker]
        return f"{place} {rng.choice(PINYIN)}{word} Co., Ltd."
    first, second = rng.sample(EN_WORDS, 2)
    words = f"{first}" if rng.random() < 0.5 else f"{first} {second}"
    return f"{words} {rng.choice(EN_SUFFIX[marker])}"


def noun(rng: random.Random, key: str, stage: str, lang: str) -> str:
    zh, en, _, _ = CHAINS[key][stage]  # type: ignore[misc]
    return rng.choice(zh if lang == "zh" else en)


def want_phrase(rng: random.Random, key: str, side: str, lang: str, want: str, *, kind: str) -> str:
    """The noun phrase of what is sought: a trade noun, a generic role noun or a material."""
    if kind == "material":
        mat = rng.choice(CHAINS[key]["material"][0 if lang == "zh" else 1])  # type: ignore[index]
        return rng.choice(MATERIAL_FORMS[side, lang]).format(n=mat)
    n = rng.choice(GENERIC[lang][want]) if kind == "generic" else noun(rng, key, want, lang)
    return _an(rng.choice(WANT_FORMS[side, lang]).format(n=n))


def write_org(rng: random.Random, org: dict, genre: str, lang: str, used: set[str]) -> None:
    """Fill in name and description of ``org`` (chain, stage, want, side and hard cases set)."""
    key, stage, want, side, hard = (
        org["_chain"],
        org["_stage"],
        org["_want"],
        org["side"],
        org["_hard"],
    )
    marker = "neutral"
    if "misnamed" in hard:
        marker = rng.choice([s for s in "RMDE" if s != stage])
    elif rng.random() < 0.3:
        marker = stage
    if side == "CN":
        place = rng.choice(CHAINS[key]["places"][0 if lang == "zh" else 1])  # type: ignore[index]
    else:
        place = rng.choice(US_PLACES)[0 if lang == "zh" else 1]
    name = company_name(rng, side, lang, place, marker)
    while name in used:  # names are unique
        name = company_name(rng, side, lang, place, marker)
    used.add(name)
    _, _, zh_det, en_det = CHAINS[key][stage]  # type: ignore[misc]
    detail = rng.choice(zh_det if lang == "zh" else en_det)
    month = rng.randrange(1, 13)
    recorder, recorder2 = rng.sample(RECORDERS[lang], 2)
    slots = {
        "name": name, "noun": noun(rng, key, stage, lang), "detail": detail, "detail_cap": _cap(detail),
        "place": place, "year": rng.randrange(1996, 2021), "year2": rng.choice((2025, 2026)),
        "year3": rng.choice((2027, 2028)), "speaker": rng.choice(SPEAKERS[lang]),
        "recorder": recorder, "recorder2": recorder2,
        "contact": rng.choice(SPEAKERS[lang]), "month": MONTHS[month - 1], "month_zh": month,
        "d": rng.randrange(1, 29), "k": rng.randrange(2, 9), "digits": rng.randrange(1000, 9999),
        "digits8": rng.randrange(10**7, 10**8),
        "domain": re.sub(r"[^a-z]", "", name.lower())[:12] or f"{key}{rng.randrange(10, 99)}",
        "staff": rng.randrange(40, 2400), "q": rng.randrange(1, 5), "sal": rng.randrange(15, 40),
    }  # fmt: skip
    slots["sal2"] = slots["sal"] + rng.randrange(5, 25)
    g = GENRES[genre][lang]
    offer = _an(rng.choice(g["offer"]).format(**slots))
    kind = "material" if "material" in hard else "generic" if "generic" in hard else "noun"
    slots["want"] = want_phrase(rng, key, side, lang, want, kind=kind)
    templates = MATERIAL_WANT[lang] if kind == "material" else g["want"]
    want_lines = [_cap(_an(rng.choice(templates).format(**slots)))]
    body = [offer]
    if "served" in hard:
        cstage = rng.choice([c for c in DOWNSTREAM[stage] if c != want])
        c1, c2 = rng.sample(CUSTOMER_NAMES[lang], 2)
        if lang == "en":
            c1 += rng.choice((" Group", " Foods", " Inc", ""))
            c2 += rng.choice((" Group", " Partners", " Inc", ""))
        body.append(rng.choice(SERVED[lang]).format(
            c1=c1, c2=c2, k=rng.randrange(12, 90), cnoun=noun(rng, key, cstage, lang)))  # fmt: skip
    if "negated" in hard:
        near = [s for s in NEIGHBOURS[stage] if s != want] or [
            s for s in "RMDE" if s not in (stage, want)
        ]
        nn = noun(rng, key, rng.choice(near), lang)
        neg_np = _an(f"a {nn}")
        neg = rng.choice(NEGATION[lang]).format(neg=nn if lang == "zh" else neg_np, neg_bare=nn,
                                                neg_cap=_cap(neg_np))  # fmt: skip
        want_lines.insert(rng.randrange(2), neg)
    head = rng.choice(g["head"]).format(**slots) if rng.random() < 0.55 else None
    tails = [t.format(**slots) for t in rng.sample(g["tail"], rng.randrange(0, 3))]
    closers = [t[1:] for t in tails if t.startswith("!")]
    tails = [t for t in tails if not t.startswith("!")]
    where = rng.random()
    if where < 0.3:  # want first
        parts = want_lines + body + tails
    elif where < 0.55 and tails:  # want between the offer and the details
        parts = [*body, tails[0], *want_lines, *tails[1:]]
    elif where < 0.65 and len(body) > 1:  # want inside the offer
        parts = [body[0], *want_lines, *body[1:], *tails]
    else:  # want last (before any closing line)
        parts = body + tails + want_lines if rng.random() < 0.5 else body + want_lines + tails
    parts = ([head] if head else []) + parts + closers
    assert len(parts) <= 8
    joiner = rng.choice(GENRE_JOINERS[lang])
    if genre in ("minutes", "handover", "recruitment") and rng.random() < 0.75:
        joiner = "\n"
    text = parts[0]
    for prev, part in itertools.pairwise(parts):  # run-on only after a full sentence
        ends = prev.endswith(("。", "？", "！", "”", ".", "?", "!", '"'))
        text += (joiner if ends else "\n") + part
    org["name"] = {lang: name}
    org["description"] = {lang: text.replace("..", ".")}
    org["_genre"] = genre
    org["_lang"] = lang


# ---------------------------------------------------------------------------------------------
# Build, check, write
# ---------------------------------------------------------------------------------------------
def build() -> tuple[dict, dict, list[dict]]:
    rng = random.Random(SEED)
    orgs: list[dict] = []
    for key in CHAINS:
        cn, us = chain_roles(rng)
        orgs += [{"side": "CN", "_chain": key, "_stage": s, "_want": w} for s, w in cn]
        orgs += [{"side": "US", "_chain": key, "_stage": s, "_want": w} for s, w in us]
    # ids: shuffled within each side, so that id order tells nothing of chain or role
    for side, prefix in (("CN", "xcn"), ("US", "xus")):
        group = [o for o in orgs if o["side"] == side]
        numbers = list(range(1, len(group) + 1))
        rng.shuffle(numbers)
        for o, n in zip(group, numbers, strict=True):
            o["id"] = f"{prefix}{n:03d}"
    orgs.sort(key=lambda o: o["id"])
    # hard cases
    for o in orgs:
        o["_hard"] = set()
    applicable = {
        "served": [o for o in orgs if any(c != o["_want"] for c in DOWNSTREAM[o["_stage"]])],
        "negated": list(orgs),
        "misnamed": list(orgs),
        "material": [o for o in orgs if o["_want"] == "R"],
        "generic": list(orgs),
    }
    for case in ("material", "served", "generic", "negated", "misnamed"):
        pool = [o for o in applicable[case] if len(o["_hard"]) < 2
                and not (case == "generic" and "material" in o["_hard"])]  # fmt: skip
        for o in rng.sample(pool, HARD_QUOTA[case]):
            o["_hard"].add(case)
    # languages: about one in ten writes the other side's language
    langs = {o["id"]: ("zh" if o["side"] == "CN" else "en") for o in orgs}
    for side, k in (("CN", 4), ("US", 7)):
        for o in rng.sample([o for o in orgs if o["side"] == side], k):
            langs[o["id"]] = "en" if side == "CN" else "zh"
    # genres: evenly spread, per side
    names = list(GENRES)
    used: set[str] = set()
    for side in ("CN", "US"):
        group = [o for o in orgs if o["side"] == side]
        genres = [names[i % len(names)] for i in range(len(group))]
        rng.shuffle(genres)
        for o, g in zip(group, genres, strict=True):
            write_org(rng, o, g, langs[o["id"]], used)
    partners: dict[str, list[str]] = {}
    for a in orgs:
        for b in orgs:
            if (a["side"] != b["side"] and a["_chain"] == b["_chain"]
                    and a["_stage"] == b["_want"] and b["_stage"] == a["_want"]):  # fmt: skip
                partners.setdefault(a["id"], []).append(b["id"])
    roles = {o["id"]: f"{o['_chain']}:{o['_stage']}>{o['_want']}" for o in orgs}
    gold = {"partners": partners, "roles": roles, "split": dict.fromkeys(roles, "held-out")}
    clean = [{k: o[k] for k in ("id", "side", "name", "description")} for o in orgs]
    return {"format": "tradebridge-profiles/1", "organizations": clean}, gold, orgs


CJK = re.compile(r"[\u4e00-\u9fff]")


def check(profiles: dict, gold: dict, orgs: list[dict]) -> None:
    """Refuse to write a set that breaks its own rules."""
    assert not set(CHAINS) & USED_CHAINS, set(CHAINS) & USED_CHAINS
    assert len(CHAINS) == 10
    ids = [o["id"] for o in profiles["organizations"]]
    names = [next(iter(o["name"].values())) for o in orgs]
    assert len(names) == len(set(names)), "duplicate company names"
    assert len(ids) == len(set(ids)) == 110
    assert sum(i.startswith("xcn") for i in ids) == 40
    assert sum(i.startswith("xus") for i in ids) == 70
    for o in orgs:
        chain, role = gold["roles"][o["id"]].split(":")
        s, w = role.split(">")
        assert chain in CHAINS and s in NEIGHBOURS and w in NEIGHBOURS[s], gold["roles"][o["id"]]
        ((lang, text),) = o["description"].items()
        assert set(o["name"]) == {lang}
        assert "{" not in text and "}" not in text, text
        assert (
            1 <= len([x for x in re.split(r"[\n。！？]|(?<=[.?!]) ", text) if x.strip()]) <= 12
        ), text
        if lang == "en":
            assert not CJK.search(text), text
            assert not re.search(r"\ba [aeio]", text), text
        else:
            assert CJK.search(text), text
    for cid in ids:
        if cid.startswith("xcn"):
            assert gold["partners"].get(cid), f"{cid} has no partner"
    for a, bs in gold["partners"].items():
        for b in bs:
            assert a in gold["partners"][b]
    for key in CHAINS:
        per = Counter(o["side"] for o in orgs if o["_chain"] == key)
        assert per == {"CN": 4, "US": 7}, (key, per)
        us = {(o["_stage"], o["_want"]) for o in orgs if o["_chain"] == key and o["side"] == "US"}
        for o in orgs:
            if o["_chain"] == key and o["side"] == "CN":
                assert all(us & r for r in requirements(o["_stage"], o["_want"])), o["id"]
    for genre, by_lang in GENRES.items():
        for lang in ("zh", "en"):
            assert len(by_lang[lang]["offer"]) >= 6 and len(by_lang[lang]["want"]) >= 6, genre
            assert any(o["_genre"] == genre and o["_lang"] == lang for o in orgs), (genre, lang)
    hard = Counter(c for o in orgs for c in o["_hard"])
    assert all(hard[c] >= 5 for c in HARD_QUOTA), hard


def main() -> None:
    profiles, gold, orgs = build()
    check(profiles, gold, orgs)
    for file, data in ((NAME, profiles), (f"{NAME}_gold", gold)):
        (HERE / f"{file}.json").write_text(
            json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8"
        )
    cn = sum(o["side"] == "CN" for o in orgs)
    print(f"{NAME}: {cn} CN x {len(orgs) - cn} US, {len(gold['partners'])} with a partner, "
          f"{sum(len(v) for k, v in gold['partners'].items() if k.startswith('xcn'))} gold CN-US pairs")  # fmt: skip
    print("chains:", ", ".join(f"{k} ({v['sector']})" for k, v in CHAINS.items()))
    print(
        "genre x language:",
        dict(sorted(Counter(f"{o['_genre']}/{o['_lang']}" for o in orgs).items())),
    )
    print("stage>want:", dict(sorted(Counter(f"{o['_stage']}>{o['_want']}" for o in orgs).items())))
    print("hard cases:", dict(Counter(c for o in orgs for c in o["_hard"])))


if __name__ == "__main__":
    main()
