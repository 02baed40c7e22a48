# ruff: noqa: E501  (the role phrases and templates are data; wrapping them would only hurt reading)
"""Write the eighteenth held-out ROLE set: ``roles_holdout18.json`` / ``roles_holdout18_gold.json``.

    python bench/recommend/make_holdout18.py

Written on 2026-12-05 by a helper session that neither read nor ran the recommender engine
(nothing under ``src/`` or ``docs/``, no results file, no evaluation or fitting script, no
earlier corpus or the seventeenth held-out set was opened); only ``make_holdout6.py`` and the
format of ``roles_train*.json`` were looked at. Standard library only, deterministic
(``random.Random(SEED)``); nothing is fitted or tuned on it.

What it holds:

* ten value chains not used by any earlier role set: aged vinegar, ice cream, lubricants,
  industrial springs, adhesive tape, footwear, bicycles, hearing aids, clear dental aligners and
  hotel guest amenities (food, industry, consumer goods, health, hospitality services);
  stages R (raw material / key component), M (maker), D (distributor, wholesaler, importer,
  agent) and E (end buyer or user), each with three trade-specific role nouns per language
  (so 30 per stage and language), each noun with its own figures;
* 40 Chinese and 70 US companies, 4 and 7 per chain; each Chinese company has at least one
  gold US partner and a US competitor (same stage, same want) and, where the stages allow, a
  US company offering what it seeks but seeking something else and one wanting its product
  but offering nothing it wants (32 of 40 get both; R>M and M>R companies can only get one);
  the remaining places are the rest of the chain; about one in ten of each side writes the
  other language (4 Chinese companies in English, 7 US companies in Chinese);
* five ways of writing, none used by an earlier set, spread evenly over both languages: a
  meeting-request form filled in by an assistant in the third person, the back of a
  (translated) business card, a product-comparison blurb, a year-in-review paragraph and a
  voicemail transcript left with the secretariat; per genre and language at least six offer
  and six want templates (want first, in the middle or last; label, quotation, question,
  condition, plan, third person, with and without a verb of wanting), noise lines with
  numbers, dates, places and line breaks;
* hard cases in several documents each: current customers or suppliers named in the offer,
  negated wants ("不找X，只找Y", "we already have X; what we lack is Y"), role nouns in company
  names that are not the company's stage, wants naming only a generic role and a country, and
  wants of an input named only by its material.

A pair is gold when each side offers what the other seeks (same chain, stage of one = want of
the other, both ways), as in the other role sets. Organizations are shuffled before ids are
given, so ids say nothing about chains or partners.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20261205
NAME = "roles_holdout18"
N_CN, N_US = 4, 7

# fmt: off
# --------------------------------------------------------------------------------------------
# Chains: key -> stage -> role variants (zh noun, en noun, zh detail, en detail); the detail
# belongs to its noun. Details carry no place (places are added per side); English details are
# noun phrases. MATERIAL: the input of stage R named by its material (zh, en).
# --------------------------------------------------------------------------------------------
Role = tuple[str, str, str, str]
CHAINS: dict[str, dict[str, list[Role]]] = {
    "vinegar": {
        "R": [("高粱种植合作社", "sorghum grower cooperative", "合作社种植酿造高粱3.2万亩，自有烘干塔4座", "32,000 acres of brewing sorghum under contract"),
              ("酿造用粮供应商", "brewing-grain supplier", "年供应酿造高粱与麸皮6万吨，水分控制在13%以内", "60,000 tonnes of sorghum and wheat bran a year, dried to 13% moisture"),
              ("粮食收储企业", "grain elevator operator", "仓容28万吨，常年收储高粱、大麦与麸皮", "280,000 tonnes of storage for sorghum, barley and bran")],
        "M": [("老陈醋酿造厂", "vinegar brewery", "固态发酵老陈醋年产4万吨，陈酿缸1200口", "40,000 tonnes of aged vinegar a year from 1,200 fermentation vats"),
              ("食醋生产企业", "vinegar maker", "五年陈、十年陈系列齐全，年灌装1.5亿瓶", "cider, malt and rice vinegar, 150 million bottles a year"),
              ("调味品酿造公司", "fermented condiment producer", "香醋、料酒与酱油年产7万吨", "70,000 tonnes of vinegar, cooking wine and soy sauce a year")],
        "D": [("调味品批发商", "condiment wholesaler", "覆盖2600家商超与农贸市场", "2,600 grocery accounts"),
              ("食品进口代理商", "specialty food importer", "年进口清关食品集装箱900个", "900 containers of imported food cleared a year"),
              ("餐饮食材配送商", "foodservice broker", "为1800家餐厅配送调味品与干货", "1,800 restaurants supplied with sauces and dry goods")],
        "E": [("火锅连锁餐饮集团", "hot-pot restaurant chain", "门店460家，月耗食醋约300吨", "460 restaurants using 300 tonnes of vinegar a month"),
              ("面馆连锁品牌", "noodle-bar group", "门店280家，单店日均客流600人", "280 noodle bars serving 600 guests each a day"),
              ("团餐中央厨房", "central kitchen operator", "中央厨房日供餐8万份", "80,000 meals a day from one central kitchen")],
    },
    "icecream": {
        "R": [("乳粉与奶油原料商", "dairy ingredient supplier", "稀奶油与全脂乳粉年供应5万吨", "50,000 tonnes of sweet cream and milk powder a year"),
              ("乳品配料加工厂", "cream and milk powder processor", "喷粉塔3座，年产乳粉3万吨", "three spray dryers and 30,000 tonnes of milk powder a year"),
              ("奶牛牧场", "dairy farm cooperative", "存栏奶牛1.8万头，日产鲜奶320吨", "18,000 cows and 320 tonnes of raw milk a day")],
        "M": [("冰淇淋工厂", "ice cream plant", "12条挤出与灌装线，日产雪糕300万支", "twelve extrusion lines and three million bars a day"),
              ("冷饮生产企业", "frozen dessert manufacturer", "年产冰淇淋与雪糕8万吨", "80,000 tonnes of pints, bars and cones a year"),
              ("雪糕代工厂", "private-label ice cream co-packer", "为41个品牌贴牌生产，最小起订量2万支", "private label for 41 brands, minimum run 20,000 units")],
        "D": [("冷饮批发商", "ice cream wholesaler", "向1.1万家便利店配送冷饮", "11,000 convenience stores served twice a week"),
              ("冷冻食品经销商", "frozen food distributor", "冷库4万立方米，冷藏车160辆", "40,000 m³ of freezer space and 160 reefer trucks"),
              ("冷冻甜品进口商", "frozen dessert importer", "年进口冷柜集装箱600个", "600 reefer containers imported a year")],
        "E": [("便利店连锁", "convenience store chain", "门店3200家，均配冷柜", "3,200 stores, each with a freezer cabinet"),
              ("主题乐园运营方", "theme park operator", "年接待游客900万人次", "nine million visitors a year"),
              ("连锁影院", "cinema chain", "影院410家，银幕3300块", "410 cinemas and 3,300 screens")],
    },
    "lubricant": {
        "R": [("基础油炼厂", "base oil refinery", "II类与III类基础油年产80万吨", "800,000 tonnes of Group II and III base oil a year"),
              ("润滑油添加剂生产商", "lubricant additive producer", "复合添加剂年产6万吨", "60,000 tonnes of additive packages a year"),
              ("III类基础油供应商", "Group III base stock supplier", "年供应III类及PAO基础油12万吨", "120,000 tonnes of Group III and PAO base stock a year")],
        "M": [("润滑油调和厂", "lubricant blending plant", "调和釜36台，年产发动机油与液压油20万吨", "36 blending kettles and 200,000 tonnes of engine and hydraulic oil a year"),
              ("润滑油生产企业", "lube oil blender", "配方通过API SP与ACEA认证，年灌装桶装油900万桶", "API SP and ACEA approved formulas, 9 million pails a year"),
              ("工业润滑剂制造商", "industrial lubricant manufacturer", "齿轮油、导轨油与润滑脂年产5万吨", "50,000 tonnes of gear oil, way oil and grease a year")],
        "D": [("润滑油经销商", "lubricant distributor", "服务4000家汽修厂与工厂客户", "4,000 repair-shop and plant accounts"),
              ("油品代理商", "oil jobber", "设有8个油库，罐车40辆", "eight bulk terminals and 40 tank trucks"),
              ("润滑油进口商", "lubricants importer", "代理进口品牌6个，年销量3万吨", "six imported brands and 30,000 tonnes sold a year")],
        "E": [("物流车队", "trucking fleet", "自有重卡2100辆", "2,100 heavy trucks on the road"),
              ("钢厂设备部", "steel mill maintenance department", "年消耗液压油与齿轮油1800吨", "1,800 tonnes of hydraulic and gear oil used a year"),
              ("矿山企业", "mining operator", "露天矿3座，大型矿卡与挖机400台", "three open-pit mines running 400 haul trucks and shovels")],
    },
    "spring": {
        "R": [("弹簧钢丝厂", "spring wire mill", "弹簧钢丝年产12万吨，线径0.2-16毫米", "120,000 tonnes of spring wire from 0.2 to 16 mm"),
              ("油淬火钢丝生产商", "oil-tempered wire producer", "油淬火钢丝生产线14条，年产6万吨", "14 oil-tempering lines and 60,000 tonnes a year"),
              ("特钢线材企业", "special steel wire rod maker", "55CrSi线材年产30万吨", "300,000 tonnes of chrome-silicon wire rod a year")],
        "M": [("弹簧厂", "spring maker", "压簧、拉簧、扭簧年产9亿件", "900 million compression, extension and torsion springs a year"),
              ("精密弹簧制造商", "precision spring manufacturer", "线径0.05毫米起，公差±0.01毫米", "wire from 0.05 mm and tolerances of ±0.01 mm"),
              ("悬架弹簧生产企业", "coil spring plant", "汽车悬架弹簧年产1200万支", "12 million suspension coils a year")],
        "D": [("弹簧经销商", "spring stockist", "常备弹簧规格1.8万种", "18,000 stock springs on the shelf"),
              ("工业零部件分销商", "industrial parts distributor", "设5个分仓，次日达", "five branches with next-day delivery"),
              ("MRO工业品分销商", "MRO supply house", "服务工厂客户7000家", "7,000 plant accounts")],
        "E": [("汽车座椅厂", "automotive seat plant", "年配套座椅300万套", "three million seat sets a year"),
              ("家电整机厂", "appliance OEM", "年产洗衣机与冰箱500万台", "five million washers and refrigerators a year"),
              ("农机制造企业", "farm machinery builder", "年产拖拉机与收割机4万台", "40,000 tractors and combines a year")],
    },
    "tape": {
        "R": [("BOPP薄膜厂", "BOPP film producer", "BOPP基膜年产15万吨", "150,000 tonnes of BOPP base film a year"),
              ("压敏胶生产商", "pressure-sensitive adhesive maker", "丙烯酸压敏胶年产4万吨", "40,000 tonnes of acrylic PSA a year"),
              ("离型纸供应商", "release liner supplier", "硅油离型纸年产3亿平方米", "300 million m² of silicone release liner a year")],
        "M": [("胶带厂", "tape manufacturer", "涂布线8条，年产封箱胶带6亿平方米", "eight coaters and 600 million m² of carton-sealing tape a year"),
              ("胶粘带制造企业", "adhesive tape converter", "美纹纸、双面胶及定制印刷胶带均可生产", "masking, double-sided and custom-printed tape, 48 mm to 1.6 m wide"),
              ("胶带涂布分切厂", "tape coating plant", "分切机60台，日出货40万卷", "60 slitters and 400,000 rolls shipped a day")],
        "D": [("包材批发商", "packaging distributor", "两个仓库，SKU 6000个", "6,000 SKUs in two warehouses"),
              ("包装材料经销商", "jan-san and packaging wholesaler", "服务电商卖家1.5万户", "15,000 e-commerce and warehouse accounts"),
              ("胶带代理商", "tape jobber", "代理胶带品牌9个，月出货80柜", "nine tape brands and 80 containers a month")],
        "E": [("电商仓储中心", "fulfillment center operator", "自营仓12座，日发货量45万单", "twelve fulfillment centers shipping 450,000 parcels a day"),
              ("快递分拨中心运营商", "parcel hub operator", "分拨中心30个，日处理包裹200万件", "30 hubs handling two million parcels a day"),
              ("搬家公司", "moving company", "搬家车辆650台，年服务家庭9万户", "650 trucks and 90,000 household moves a year")],
    },
    "footwear": {
        "R": [("EVA鞋底厂", "EVA outsole maker", "EVA与橡胶大底年产2000万双", "20 million pairs of EVA and rubber outsoles a year"),
              ("制革厂", "leather tannery", "牛皮面革年产300万平方英尺", "three million sq ft of full-grain leather a year"),
              ("鞋材供应商", "footwear components supplier", "鞋带、鞋垫、织带与饰扣品类3000余个", "3,000 lines of laces, insoles, webbing and eyelets")],
        "M": [("制鞋厂", "shoe factory", "32条流水线，年产运动鞋900万双", "32 lasting lines and nine million sneakers a year"),
              ("运动鞋代工厂", "sneaker OEM", "为6个国际品牌代工，开发周期45天", "OEM for six global brands, 45-day development"),
              ("靴业公司", "boot manufacturer", "年产工装靴与安全鞋300万双", "three million work and safety boots a year")],
        "D": [("鞋类进口商", "footwear importer", "年进口鞋类1200柜", "1,200 containers of footwear imported a year"),
              ("鞋服批发商", "shoe wholesaler", "设有两处批发档口，日出货1.5万双", "two showrooms shipping 15,000 pairs a day"),
              ("鞋类品牌代理", "footwear sales agency", "代理品牌14个，覆盖1800家门店", "14 brands placed in 1,800 doors")],
        "E": [("鞋类零售连锁", "shoe store chain", "门店620家", "620 stores"),
              ("运动用品零售商", "sporting goods retailer", "大型门店140家，鞋类占销售额38%", "140 big-box stores, 38% of sales in footwear"),
              ("工装统一采购单位", "uniform program buyer", "年采购安全鞋约40万双", "400,000 pairs of safety footwear bought a year")],
    },
    "bicycle": {
        "R": [("铝合金车架管材厂", "aluminium tubing mill", "6061铝管年产1.5万吨", "15,000 tonnes of 6061 butted tubing a year"),
              ("自行车变速器供应商", "drivetrain component supplier", "变速套件年产600万套", "six million drivetrain groupsets a year"),
              ("自行车零部件厂", "bicycle parts maker", "轮组、车把与座杆年产800万件", "eight million wheelsets, bars and seatposts a year")],
        "M": [("自行车整车厂", "bicycle factory", "年产整车120万辆", "1.2 million bikes a year"),
              ("山地车制造商", "mountain bike manufacturer", "碳纤维与铝架山地车年产35万辆", "350,000 carbon and alloy mountain bikes a year"),
              ("自行车组装厂", "bike assembler", "组装线9条，日装车4000辆", "nine assembly lines and 4,000 bikes a day")],
        "D": [("自行车经销商", "bicycle distributor", "覆盖900家车行", "900 independent bike shops served"),
              ("单车批发商", "cycling wholesale house", "年分销整车20万辆", "200,000 bikes distributed a year"),
              ("自行车进口商", "bike importer", "年进口整车与车架260柜", "260 containers of bikes and frames imported a year")],
        "E": [("共享单车运营商", "bike-share operator", "在27座城市投放单车18万辆", "180,000 bikes in 27 cities"),
              ("自行车租赁公司", "bicycle rental company", "景区租赁点150个", "150 rental points in national parks"),
              ("骑行旅游公司", "cycling tour operator", "年组织骑行团1200个", "1,200 guided tours a year")],
    },
    "hearingaid": {
        "R": [("受话器与麦克风供应商", "receiver and microphone supplier", "微型受话器年产8000万只", "80 million balanced-armature receivers a year"),
              ("助听器芯片设计公司", "hearing-aid chip designer", "DSP芯片累计出货1.2亿颗", "120 million DSP chips shipped to date"),
              ("微型电声元件厂", "micro-acoustic component maker", "微型麦克风与扬声器年产1.5亿只", "150 million micro microphones and speakers a year")],
        "M": [("助听器生产企业", "hearing aid manufacturer", "年产耳背式与耳内式助听器150万台", "1.5 million BTE and ITE devices a year"),
              ("助听器制造商", "hearing instrument maker", "持有二类医疗器械注册证，年出货60万台", "600,000 FDA-registered devices a year"),
              ("听力设备厂商", "OTC hearing aid producer", "自研验配软件，年产非处方助听器40万台", "400,000 OTC devices a year with our own fitting app")],
        "D": [("医疗器械经销商", "medical device distributor", "持二类医疗器械经营备案，配送网点30个", "30 licensed distribution points"),
              ("助听器代理商", "audiology distributor", "覆盖420家验配中心", "420 audiology practices served"),
              ("听力产品分销商", "hearing products importer", "代理助听器与电池品牌5个", "five hearing-aid and battery brands")],
        "E": [("听力验配连锁", "hearing clinic chain", "验配中心210家", "210 hearing centers"),
              ("耳鼻喉专科医院", "ENT hospital group", "医院9家，年门诊量60万人次", "nine hospitals and 600,000 outpatient visits a year"),
              ("养老机构集团", "senior living operator", "床位1.2万张", "12,000 senior living beds")],
    },
    "aligner": {
        "R": [("医用膜片供应商", "medical-grade sheet supplier", "医用PETG与TPU膜片年产3000万片", "30 million PETG and TPU discs a year"),
              ("牙科树脂材料商", "dental resin producer", "3D打印牙模树脂年产800吨", "800 tonnes of model resin a year"),
              ("热成型膜片厂", "thermoforming film maker", "多层复合膜片生产线6条", "six co-extrusion lines for multilayer sheet")],
        "M": [("隐形矫治器生产商", "clear aligner manufacturer", "日产矫治器4万副", "40,000 aligners a day"),
              ("隐形牙套工厂", "aligner lab", "拥有3D打印机500台", "500 production 3D printers"),
              ("正畸矫治器加工中心", "orthodontic appliance maker", "保持器与矫治器48小时出货", "retainers and aligners shipped within 48 hours")],
        "D": [("口腔器材经销商", "dental supply distributor", "服务口腔诊所6000家", "6,000 dental practices on our books"),
              ("齿科耗材分销商", "dental products dealer", "在15个省设办事处", "field reps in 15 states"),
              ("口腔产品代理商", "orthodontic sales agent", "代理正畸品牌7个", "seven orthodontic brands represented")],
        "E": [("口腔连锁诊所", "dental service organization", "门诊320家", "320 offices"),
              ("正畸专科诊所集团", "orthodontic practice group", "年接诊正畸患者2.6万例", "26,000 orthodontic case starts a year"),
              ("口腔医院", "dental hospital", "牙椅420台", "420 dental chairs")],
    },
    "amenity": {
        "R": [("皂基生产商", "soap base producer", "皂基与洗发水基料年产2.5万吨", "25,000 tonnes of soap base and shampoo base a year"),
              ("香精香料公司", "fragrance house", "酒店香型储备300余款", "300 hotel fragrances on file"),
              ("洗护小瓶注塑厂", "mini-bottle molder", "注塑与吹瓶机120台，年产小瓶6亿只", "120 molding machines and 600 million mini bottles a year")],
        "M": [("酒店用品厂", "hotel amenities manufacturer", "年产洗护小瓶与香皂4亿件", "400 million mini bottles and soaps a year"),
              ("客房洗护用品生产商", "guest toiletries maker", "可定制酒店标识与壁挂大瓶装，年产1200万套", "12 million custom-branded wall dispensers and refills a year"),
              ("一次性用品工厂", "amenity kit factory", "牙具、梳子与拖鞋套装年产2亿套", "200 million dental, comb and slipper kits a year")],
        "D": [("酒店用品批发商", "hotel supply wholesaler", "服务酒店2300家", "2,300 hotel accounts"),
              ("酒店供应链服务商", "hospitality supply distributor", "设3个前置仓，48小时到店", "three regional warehouses and 48-hour delivery"),
              ("酒店用品代理商", "amenity sales agency", "代理洗护品牌11个", "eleven amenity brands represented")],
        "E": [("酒店集团", "hotel group", "旗下酒店180家，客房3.6万间", "180 hotels with 36,000 rooms"),
              ("连锁民宿品牌", "resort operator", "度假村与民宿95家", "95 resorts and lodges"),
              ("邮轮公司", "cruise line", "运营邮轮6艘，床位1.4万个", "six ships and 14,000 berths")],
    },
}  # fmt: skip

MATERIAL = {
    "vinegar": ("酿造高粱和麸皮", "brewing sorghum and wheat bran"),
    "icecream": ("稀奶油和全脂乳粉", "fresh cream and whole milk powder"),
    "lubricant": ("II/III类基础油和复合添加剂", "Group II/III base oil and additive packages"),
    "spring": ("铬硅弹簧钢丝", "chrome-silicon spring wire"),
    "tape": ("BOPP基膜和丙烯酸压敏胶", "BOPP film and acrylic adhesive"),
    "footwear": ("EVA大底和头层牛皮", "EVA outsoles and full-grain leather"),
    "bicycle": ("6061铝合金管材和变速套件", "6061 aluminium tubing and drivetrain groupsets"),
    "hearingaid": ("微型受话器和DSP芯片", "balanced-armature receivers and DSP chips"),
    "aligner": ("医用PETG/TPU膜片和牙模树脂", "medical PETG/TPU sheet and model resin"),
    "amenity": ("皂基和洗护基料", "soap base and shampoo base"),
}

NEIGHBOURS = {"R": ("M",), "M": ("R", "D", "E"), "D": ("M", "E"), "E": ("M", "D")}
ORDER = "RMDE"

# a want naming only the role and the country
GENERIC = {
    "R": (["原料供应商", "原材料厂家", "上游供应商"], ["supplier", "raw-material supplier", "upstream supplier"]),
    "M": (["生产厂家", "工厂", "制造商"], ["manufacturer", "factory", "producer"]),
    "D": (["经销商", "代理商", "进口商"], ["distributor", "importer", "sales agent"]),
    "E": (["终端用户", "终端客户", "最终采购方"], ["end user", "end buyer", "direct buyer"]),
}

# company-name suffixes, by the stage their wording suggests ("N": neutral)
ZH_SUFFIX = {
    "N": ["实业有限公司", "股份有限公司", "集团", "科技有限公司", "有限公司"],
    "R": ["原料有限公司", "材料科技有限公司"],
    "M": ["制造有限公司", "工业有限公司"],
    "D": ["贸易有限公司", "商贸有限公司", "供应链管理有限公司", "进出口有限公司"],
    "E": ["连锁管理有限公司", "零售有限公司"],
}
EN_SUFFIX = {
    "N": ["Inc.", "LLC", "Holdings", "Group", "Co."],
    "R": ["Materials LLC", "Raw Materials Inc."],
    "M": ["Manufacturing Inc.", "Industries", "Works LLC"],
    "D": ["Distributors Inc.", "Trading Co.", "Supply LLC", "Wholesale Inc."],
    "E": ["Retail Group", "Stores Inc."],
}
CN_SUFFIX_EN = {"N": ["Co., Ltd.", "Group Co., Ltd.", "Technology Co., Ltd."], "R": ["Materials Co., Ltd."],
                "M": ["Manufacturing Co., Ltd."], "D": ["Trading Co., Ltd.", "Import & Export Co., Ltd."],
                "E": ["Retail Co., Ltd."]}  # fmt: skip
US_SUFFIX_ZH = {"N": ["公司", "集团"], "R": ["原料公司"], "M": ["制造公司"], "D": ["贸易公司", "分销公司"], "E": ["零售集团"]}
ZH_BRAND = ["恒力", "晋泰", "瑞丰", "华盛", "鼎新", "永安", "金鹏", "润达", "盛源", "佳禾", "东升", "中凯", "宏图", "博远", "新和", "天益"]
PINYIN_BRAND = ["Hengli", "Jintai", "Ruifeng", "Huasheng", "Dingxin", "Yong'an", "Jinpeng", "Runda", "Shengyuan", "Jiahe"]
US_BRAND = ["Atwater", "Bluestem", "Cedar Point", "Dunmore", "Eagle Rock", "Fairhaven", "Granite Bay", "Harbor Light", "Ironbridge",
            "Kestrel", "Longview", "Maple Ridge", "Northgate", "Oakmont", "Pinecrest", "Redfield", "Silver Creek", "Tamarack"]  # fmt: skip
US_BRAND_ZH = ["阿特沃特", "蓝茎", "雪松角", "邓莫尔", "鹰岩", "费尔黑文", "花岗湾", "港光", "铁桥", "红原"]
CHAIN_WORD_ZH = {"vinegar": "醋业", "icecream": "乳品", "lubricant": "润滑", "spring": "弹簧", "tape": "胶粘",
                 "footwear": "鞋业", "bicycle": "车业", "hearingaid": "听力", "aligner": "齿科", "amenity": "酒店用品"}  # fmt: skip
CHAIN_WORD_EN = {"vinegar": "Vinegar", "icecream": "Creamery", "lubricant": "Lubricants", "spring": "Spring",
                 "tape": "Tape", "footwear": "Footwear", "bicycle": "Cycle", "hearingaid": "Hearing",
                 "aligner": "Dental", "amenity": "Amenities"}  # fmt: skip

ZH_CITY_CN = ["山西清徐", "宁波", "东莞", "晋江", "天津", "厦门", "佛山", "临沂", "成都", "苏州", "潍坊", "义乌"]
EN_CITY_CN = ["Ningbo", "Dongguan", "Jinjiang", "Tianjin", "Xiamen", "Foshan", "Suzhou", "Qingdao"]
EN_CITY_US = ["Columbus, Ohio", "Reno, Nevada", "Charlotte, NC", "Wichita, Kansas", "Tacoma, WA", "Fresno, California",
              "Louisville, KY", "Grand Rapids, Michigan", "Savannah, Georgia", "Houston"]  # fmt: skip
ZH_CITY_US = ["俄亥俄州哥伦布", "内华达州里诺", "北卡夏洛特", "堪萨斯州威奇托", "加州弗雷斯诺", "德州休斯敦", "密歇根州大急流城"]
ZH_SURNAME = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "孙", "马"]
EN_PERSON = ["Dana Whitfield", "Marcus Hale", "Priya Raman", "Tom Kowalski", "Laura Chen", "Greg Ostrowski",
             "Keisha Brooks", "Ben Alvarez", "Sarah Lindqvist", "Rick Morales", "Wei Zhang", "Li Na"]  # fmt: skip
CERTS = {"vinegar": ["HACCP", "BRCGS", "FSSC 22000"], "icecream": ["HACCP", "BRCGS", "SQF"],
         "lubricant": ["ISO 14001", "IATF 16949"], "spring": ["IATF 16949", "ISO 14001"],
         "tape": ["ISO 14001", "FSC"], "footwear": ["SA8000", "BSCI", "ISO 14001"],
         "bicycle": ["ISO 4210", "ISO 14001"], "hearingaid": ["ISO 13485", "MDSAP"],
         "aligner": ["ISO 13485", "MDSAP"], "amenity": ["ISO 22716", "FSC", "SA8000"]}
PORTS_EN = ["Ningbo", "Shanghai", "Long Beach", "Savannah", "Qingdao", "Houston"]
MONTHS_EN = ["January", "March", "April", "June", "August", "September", "October", "November"]

# --------------------------------------------------------------------------------------------
# Genres. Per genre and language: optional headers, offer templates, want templates, noise.
# Placeholders: {name} {noun} {Noun} {nouns} {detail} {Detail} {want} {Want} {person} {city}
# {city2} {year} {n} {k} {few} {pct} {phone} {date} {month} {cert} {port} {web} {hh} {mm} {sec}.
# A leading "~" keeps a template from end buyers, a leading "^" keeps it to suppliers and makers.
# "closing" lines (sign-offs) always come last.
# --------------------------------------------------------------------------------------------
GENRES: dict[str, dict[str, dict[str, list[str]]]] = {
    # 1. a meeting-request form filled in by an assistant, in the third person
    "meeting": {
        "zh": {
            "header": ["会面预约申请（总经理助理代填）", "洽谈会见面申请单｜由助理填写", "【会面申请】代{person}提交"],
            "offer": [
                "{name}是一家{noun}，{detail}。",
                "申请单位：{name}（{noun}），{detail}。",
                "{person}负责的{name}系{noun}，{detail}。",
                "单位情况：该公司为{noun}，{detail}，总部在{city}。",
                "据{person}介绍，公司属于{noun}，{detail}。",
                "该单位主营业务：{detail}，行业定位为{noun}。",
            ],
            "want": [
                "会谈对象：{want}。",
                "{person}此次希望见到{want}。",
                "{person}原话是：“这趟最想谈的是{want}。”",
                "能否帮{person}安排与{want}面谈？",
                "如名单中有{want}，{person}愿意延后一天返程。",
                "{person}计划在会期内拜访两到三家{want}。",
                "拟洽谈方向：与{want}建立长期合作。",
            ],
            "noise": [
                "建议时间：{date}下午2点至4点",
                "地点：{city}国际会展中心{n}号馆洽谈区",
                "参会人数：{few}人，需中英文翻译一名",
                "联系人：{surname}女士（助理） 电话：{phone}",
                "备注：{person}{month}月底前都在{city}。",
            ],
        },
        "en": {
            "header": ["Meeting request (filled in by the CEO's assistant)", "B2B MEETING REQUEST — submitted on behalf of {person}", "Meeting request form"],
            "offer": [
                "{name} is a {noun}; {detail}.",
                "{person} heads {name}, a {noun} ({detail}).",
                "Company: {name} ({noun}), {detail}.",
                "For context, {name} operates as a {noun}: {detail}.",
                "{person}'s firm is a {noun} ({detail}), based in {city}.",
                "Background provided by the office: a {noun}, {detail}.",
            ],
            "want": [
                "Meeting objective: {want}.",
                "{person} hopes to be introduced to {want}.",
                "In {person}'s words: \"What we need on this trip is {want}.\"",
                "Could you arrange a slot with {want}?",
                "If there is {want} on the delegate list, {person} would extend the stay by a day.",
                "{person} plans to meet {want} during the visit.",
                "Requested counterpart: {want}.",
            ],
            "noise": [
                "Preferred slot: {date}, 10:00–11:30",
                "Venue: Hall {n}, meeting table {k}",
                "Attendees: {few} (interpreter needed: yes)",
                "Submitted by: executive assistant, {phone}",
                "Note: {person} is in {city} until {date}.",
            ],
        },
    },
    # 2. the back of a business card (some translated)
    "card": {
        "zh": {
            "header": ["名片背面", "名片反面（中文面）", "【名片背面】"],
            "offer": [
                "{noun} · {detail}",
                "主营：{detail}（{noun}）",
                "【{noun}】{detail}",
                "我们是{noun}——{detail}",
                "{detail}｜{noun}",
                "业务范围：{noun}，{detail}",
            ],
            "want": [
                "诚寻：{want}",
                "欢迎{want}来电洽谈",
                "您是{want}吗？扫码加微信",
                "“只要是{want}，我们都愿意谈。”",
                "若您是{want}，请按正面电话联系",
                "{year2}年目标：结识三家{want}",
                "合作对象　{want}",
            ],
            "noise": [
                "地址：{city}经济开发区{n}号",
                "电话：{phone}（微信同号）",
                "网址：www.{web}.com.cn",
                "{year}年成立 · ISO 9001",
                "^工厂：{city}　办事处：{city2}",
            ],
        },
        "en": {
            "header": ["[Back of card]", "[Back of business card, translated]", "— reverse side —"],
            "offer": [
                "{Noun} | {detail}",
                "What we do: {detail} ({noun})",
                "{name} — {noun}",
                "{Noun} since {year} · {detail}",
                "Core business: {noun}, {detail}",
                "We are a {noun}. {Detail}.",
            ],
            "want": [
                "Seeking: {want}",
                "Open to: {want}",
                "Are you {want}? Let's talk.",
                "\"Always glad to meet {want}.\"",
                "If you are {want}, call the number on the front.",
                "{year2} goal: sign up {want}",
                "Partner wanted — {want}",
            ],
            "noise": [
                "{n} Industrial Pkwy, {city}",
                "T {phone}",
                "www.{web}.com",
                "Est. {year} · ISO 9001:2015",
                "^Plant: {city} | Office: {city2}",
            ],
        },
    },
    # 3. a product-comparison blurb
    "compare": {
        "zh": {
            "header": ["【为什么选我们】", "对比一览", "同行对比"],
            "offer": [
                "和一般的{noun}相比，{name}规模大约是两倍：{detail}。",
                "~同样是{noun}，我们的差别在于：{detail}，交期缩短到25天。",
                "为什么选{name}？作为{noun}，{detail}，同类企业平均只有其六成。",
                "^和欧洲同行比，我们这家{noun}胜在性价比：{detail}，价格低约{pct}%。",
                "^{noun}之间差在哪？以我们为例：{detail}，不良率0.3%，行业平均1.2%。",
                "对比项：规模｜本公司（{noun}）：{detail}｜行业均值：约一半。",
                "在{noun}里，{name}属于第一梯队：{detail}。",
                "同样是{noun}，{name}的体量是同行均值的1.8倍：{detail}。",
            ],
            "want": [
                "目标合作方：{want}。",
                "欢迎{want}拿我们和别家比一比。",
                "如果您是{want}，这份对比就是为您准备的。",
                "哪家{want}愿意先做个小批量合作？",
                "销售总监的话：“下一步要找的是{want}。”",
                "明年计划挑选两家{want}，逐项比较条件。",
                "我们也在同样仔细地比较{want}。",
            ],
            "noise": [
                "数据来源：{year2}年行业协会统计。",
                "~注：价格按FOB {port}计，{year2}年{month}月。",
                "~样品可在{few}个工作日内寄出。",
                "认证：ISO 9001、{cert}。",
            ],
        },
        "en": {
            "header": ["How we compare", "Side by side:", "Why us?"],
            "offer": [
                "Compared with a typical {noun}, {name} is about twice the size: {detail}.",
                "~Most {nouns} quote eight weeks; we quote three. Our scale: {detail}.",
                "^Why {name} over other {nouns}? {Detail}, and a 0.4% defect rate versus 1.5% for the category.",
                "^Side by side with European rivals, this {noun} wins on value: {detail}, at about {pct}% lower cost.",
                "Us vs. the category average — {noun}: {detail}; average: roughly half that.",
                "A {noun} is usually judged on scale. Ours: {detail}.",
                "Among {nouns}, {name} sits in the top tier: {detail}.",
                "Category check, {nouns}: {name} runs at about 1.8 times the median: {detail}.",
            ],
            "want": [
                "Target partner: {want}.",
                "Are you {want}? Put us side by side with anyone.",
                "If you are {want}, this comparison was written for you.",
                "As our sales director puts it: \"The next step is finding {want}.\"",
                "Next year we plan to shortlist {want} and compare terms.",
                "Still missing from our line-up: {want}.",
                "We are now running the same comparison to pick {want}.",
            ],
            "noise": [
                "Figures from {year2} industry-association data.",
                "~Prices FOB {port}, {month_en} {year2}.",
                "~Samples ship within {few} business days.",
                "Certifications: ISO 9001, {cert}.",
            ],
        },
    },
    # 4. a year-in-review paragraph
    "review": {
        "zh": {
            "header": ["2026年度回顾", "【年终回顾】", "2026，我们这一年"],
            "offer": [
                "2026年，{name}作为{noun}，{detail}，营收同比增长{pct}%。",
                "回顾这一年：我们仍是一家{noun}，{detail}。",
                "这一年{name}稳扎稳打，{detail}，在{noun}中排名靠前。",
                "2026年的关键词是“扩量”：{detail}。对一家{noun}来说，这是成立以来最好的一年。",
                "年度回顾｜{noun}{name}：{detail}。",
                "过去十二个月，公司（{noun}）{detail}，新增员工{k}人。",
            ],
            "want": [
                "2027年的重点是找到{want}。",
                "新的一年，我们希望结识{want}。",
                "唯一的遗憾，是今年没能谈成{want}。",
                "明年预算里专门留出一块，用于开拓{want}这条线。",
                "年终会上董事长问：“{want}，什么时候能落地？”",
                "如果2027年能对接上{want}，明年的增长就有着落了。",
                "下一步：{want}。",
            ],
            "noise": [
                "全年新增员工{k}人，总人数达到{n}0人。",
                "{month}月，{city}新仓库投入使用。",
                "全年营收{k}.{n}亿元。",
                "公司还通过了{cert}认证复审。",
            ],
        },
        "en": {
            "header": ["2026 in review", "Year in review — 2026", "Looking back on 2026"],
            "offer": [
                "2026 was a good year for {name}, a {noun}: {detail}.",
                "Looking back, {name} remained a {noun} — {detail}.",
                "The year in numbers: {detail}; revenue up {pct}% ({noun}, {city}).",
                "In 2026 our team — a {noun} of {k}0 people — delivered this: {detail}.",
                "{name} closed the year as a {noun} ({detail}) with two new certifications.",
                "Twelve months as a {noun}: {detail}, zero lost-time incidents.",
            ],
            "want": [
                "Our priority for 2027 is finding {want}.",
                "The one gap we did not close: {want}.",
                "For 2027 we have set aside budget to bring on {want}.",
                "Our CEO's New Year note said it plainly: \"Find {want}.\"",
                "If we land {want} in 2027, next year's growth plan is covered.",
                "Can we sign {want} before the summer?",
                "Next chapter: {want}.",
            ],
            "noise": [
                "Headcount grew to {n}0.",
                "In {month_en} we opened a new site in {city}.",
                "Revenue reached ${k}{n} million.",
                "We also renewed our {cert} certification.",
            ],
        },
    },
    # 5. a voicemail left with the secretariat, transcribed
    "voicemail": {
        "zh": {
            "header": ["【语音留言转写｜{date} {hh}:{mm}｜时长{sec}秒】", "语音留言（自动转写，未校对）", "[留言转文字] {date}"],
            "offer": [
                "喂您好，我这边是{name}的，姓{surname}，我们是{noun}，{detail}。",
                "哎你好，{name}，{noun}，{detail}，嗯……",
                "您好您好，打扰一下，我们公司是{noun}，就是{detail}那家。",
                "我是{city}{name}的{surname}经理，我们这个{noun}啊，{detail}。",
                "这边是{name}，简单说一下，{detail}，算是{noun}吧。",
                "嗯我补充一下，我们是{noun}，{detail}。",
            ],
            "want": [
                "主要是想问问，你们那边有没有{want}？",
                "就是想找{want}，看能不能帮忙对接一下。",
                "我们老板的原话是“{want}，哪怕一家也行”。",
                "如果有{want}的资源，麻烦回个电话。",
                "下个月我们打算出差一趟，想见见{want}。",
                "嗯，{want}，就这个需求。",
                "对，{want}，这个最要紧。",
            ],
            "noise": [
                "我电话是{phone}，姓{surname}。",
                "嗯……那个，信号不太好，我长话短说。",
                "我们现在在{city}。",
                "我这边有点吵，不好意思。",
            ],
            "closing": ["好，就这样，谢谢啊。", "麻烦尽快回电，谢谢！", "那先这样，拜拜。"],
        },
        "en": {
            "header": ["[Voicemail transcript — {date}, {hh}:{mm}, {sec}s]", "Voicemail (auto-transcribed, unedited)", "VM to secretariat, {date}"],
            "offer": [
                "Hi, this is {person} from {name}, we're a {noun}, uh, {detail}.",
                "Yeah hi, {name} calling — {noun}, {detail}.",
                "Hello, it's {person} at {name}. Quick background: {noun}, {detail}.",
                "So we're a {noun} out of {city}, {detail}, um, family-owned.",
                "Hi there, {name} here, we're basically a {noun}, {detail}.",
                "Oh and I should say, we're a {noun}, {detail}.",
            ],
            "want": [
                "Reason I'm calling — can you put us in touch with {want}?",
                "We're trying to find {want}.",
                "My boss said, quote, \"get us {want}\", unquote.",
                "If you know {want}, give me a call back.",
                "We're planning a trip in March and would like to meet {want}.",
                "Uh, {want}, that's the ask.",
                "So yeah, {want}, that's the main thing.",
            ],
            "noise": [
                "My number is {phone}, again {phone}.",
                "Sorry, I'm driving, so I'll keep it short.",
                "We're based in {city}.",
                "Sorry, bit of noise on my end.",
            ],
            "closing": ["Okay, thanks, bye.", "Appreciate it, talk soon.", "Thanks — call me back when you can."],
        },
    },
}
GENRE_ORDER = list(GENRES)

# a want of an input named only by its material (used for about half the wants of stage R)
MATERIAL_WANT = {
    "zh": [
        "原料方面，我们需要稳定的{material}货源。",
        "{material}供应一直偏紧，这是眼下最头疼的事。",
        "采购清单第一项：{material}。",
        "谁能长期供应{material}？",
        "如果{material}的价格和交期合适，可以签年度合同。",
        "明年计划从{country}进口{material}约2000吨。",
    ],
    "en": [
        "On the input side we need a steady supply of {material}.",
        "{Material} is our bottleneck right now.",
        "Top of the shopping list: {material}.",
        "Who can ship {material} on an annual contract?",
        "If the price is right, we would contract {material} for all of 2027.",
        "We plan to import {material} from {country} next year.",
    ],
}
# negated wants: {neg} is a stage the company does not seek, {want} the one it seeks
NEGATED_WANT = {
    "zh": [
        "{neg}我们已经有了，缺的是{want}。",
        "不找{neg}，只找{want}。",
        "{neg}就不用介绍了，我们需要的是{want}。",
        "目前不缺{neg}，真正缺的是{want}。",
        "请注意：不是{neg}，是{want}。",
    ],
    "en": [
        "We already have {negs}; what we lack is {want}.",
        "Not looking for {negs} — only {want}.",
        "No more {negs}, please. The gap is {want}.",
        "{Negs} we have plenty of; {want} we do not.",
        "To be clear: not {negs}, but {want}.",
    ],
}
# current partners named in the offer (a stage next to the company's, not the one it seeks)
EXISTING = {
    "zh": {
        "down": ["现有客户包括多家{ex}。", "产品已供应{n}家{ex}。", "长期服务{ex}，合作超过{k}年。"],
        "up": ["目前从{n}家{ex}采购。", "上游已有稳定的{ex}。", "现在的货主要来自几家{ex}。"],
    },
    "en": {
        "down": ["Current customers include several {exs}.", "Already supplying {n} {exs}.", "We have served {exs} for {k} years."],
        "up": ["We currently buy from {n} {exs}.", "Upstream we already work with two {exs}.", "Our stock comes mainly from a few {exs}."],
    },
}
COUNTRY = {  # (want side's country in zh, in en; adjectives)
    "CN": {"zh": ["美国", "美国的", "北美", ""], "en": ["in the US", "American", "US-based", ""], "zh_c": "美国", "en_c": "the US"},
    "US": {"zh": ["中国", "中国的", "来自中国的", ""], "en": ["in China", "Chinese", "from China", ""], "zh_c": "中国", "en_c": "China"},
}

# fmt: on


# --------------------------------------------------------------------------------------------
# The generator
# --------------------------------------------------------------------------------------------
def _an(text: str) -> str:
    text = re.sub(r"\b([Aa]) ([aeioAEIO])", r"\1n \2", text)
    return re.sub(r"\b([Aa]) (MRO|OEM)", r"\1n \2", text)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _plural(noun: str) -> str:
    if re.search(r"[^aeiou]y$", noun):
        return noun[:-1] + "ies"
    if re.search(r"(s|sh|ch|x)$", noun):
        return noun + "es"
    return noun + "s"


def chain_roles(rng: random.Random) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(stage, want) of the 4 Chinese and 7 US companies of one chain: every Chinese company has
    a US partner and a US competitor, and where the stages allow a US company offering what it
    seeks but seeking something else and one wanting its product but offering nothing it seeks."""
    combos = [(s, w) for s in ORDER for w in NEIGHBOURS[s]]
    for _ in range(100000):
        cn = rng.sample(combos, N_CN)
        need: list[list[tuple[str, str]]] = []  # each entry: acceptable US roles, one required
        for s, w in cn:
            need.append([(w, s)])  # partner
            need.append([(s, w)])  # competitor
            offer_else = [(w, x) for x in NEIGHBOURS[w] if x != s]
            if offer_else:
                need.append(offer_else)
            want_wrong = [(y, s) for y in ORDER if y != w and s in NEIGHBOURS[y]]
            if want_wrong:
                need.append(want_wrong)
        us: list[tuple[str, str]] = []
        for options in need:
            if not any(o in us for o in options):
                us.append(rng.choice(options))
        if len(us) > N_US:
            continue
        while len(us) < N_US:  # the rest of the chain
            us.append(rng.choice(combos))
        rng.shuffle(us)
        return cn, us
    raise RuntimeError("no role assignment found")


def _fill(rng: random.Random, side: str, lang: str, key: str) -> dict[str, str]:
    """Noise values (numbers, dates, places) for one document."""
    own_cn = side == "CN"
    if lang == "zh":
        cities = ZH_CITY_CN if own_cn else ZH_CITY_US
        surname = rng.choice(ZH_SURNAME)
        person = surname + rng.choice(["总", "经理", "董事长", "总监"])
        date = f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
        phone = (f"1{rng.choice('358')}{rng.randint(0, 9)}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
                 if own_cn else f"+1 ({rng.randint(201, 989)}) {rng.randint(200, 999)}-{rng.randint(1000, 9999)}")  # fmt: skip
    else:
        cities = EN_CITY_CN if own_cn else EN_CITY_US
        person = (
            rng.choice(EN_PERSON)
            if not own_cn
            else rng.choice(
                ["Mr. Wang", "Ms. Liu", "Mr. Chen", "Ms. Zhao", "Kevin Zhou", "Amy Huang"]
            )
        )
        surname = person.split()[-1]
        date = f"{rng.choice(MONTHS_EN)[:3]} {rng.randint(1, 28)}"
        phone = (f"+86 {rng.randint(130, 189)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
                 if own_cn else f"({rng.randint(201, 989)}) {rng.randint(200, 999)}-{rng.randint(1000, 9999)}")  # fmt: skip
    city, city2 = rng.sample(cities, 2)
    return {
        "person": person, "surname": surname, "city": city, "city2": city2, "date": date, "phone": phone,
        "year": str(rng.randint(1988, 2019)), "year2": "2027", "n": str(rng.randint(2, 9)), "k": str(rng.randint(3, 40)),
        "pct": str(rng.randint(8, 25)), "few": str(rng.randint(2, 6)), "month": str(rng.randint(1, 12)), "month_en": rng.choice(MONTHS_EN),
        "cert": rng.choice(CERTS[key]), "port": rng.choice(PORTS_EN), "web": "".join(rng.choices("abcdefghjkmnprstwxyz", k=rng.randint(5, 8))),
        "hh": f"{rng.randint(8, 19):02d}", "mm": f"{rng.randint(0, 59):02d}", "sec": str(rng.randint(25, 140)),
    }  # fmt: skip


def _name(rng: random.Random, side: str, lang: str, key: str, stage: str) -> tuple[str, bool]:
    """A company name and whether it carries a role word of a stage other than its own."""
    r = rng.random()
    if r < 0.3:  # a role word of another stage
        cat = rng.choice([s for s in ORDER if s != stage])
    elif r < 0.5:
        cat = stage
    else:
        cat = "N"
    industry = rng.random() < 0.5
    if side == "CN" and lang == "zh":
        name = (
            rng.choice(ZH_BRAND)
            + (CHAIN_WORD_ZH[key] if industry else "")
            + rng.choice(ZH_SUFFIX[cat])
        )
    elif side == "CN":
        name = (
            f"{rng.choice(EN_CITY_CN)} {rng.choice(PINYIN_BRAND)} {rng.choice(CN_SUFFIX_EN[cat])}"
        )
    elif lang == "en":
        name = f"{rng.choice(US_BRAND)} {CHAIN_WORD_EN[key] + ' ' if industry else ''}{rng.choice(EN_SUFFIX[cat])}"
    else:
        name = (
            "美国"
            + rng.choice(US_BRAND_ZH)
            + (CHAIN_WORD_ZH[key] if industry else "")
            + rng.choice(US_SUFFIX_ZH[cat])
        )
    return name, cat not in ("N", stage)


def _nouns(stages: dict[str, list[Role]], stage: str, lang: str) -> list[str]:
    return [r[0] if lang == "zh" else r[1] for r in stages[stage]]


def _want_phrase(
    rng: random.Random,
    side: str,
    lang: str,
    *,
    stages: dict[str, list[Role]],
    want: str,
    generic: bool,
) -> str:
    """The sought partner as a noun phrase (zh: bare; en: with its article)."""
    country = COUNTRY[side][lang]
    if lang == "zh":
        if generic:  # only the role and the country
            return rng.choice(country[:3]) + rng.choice(GENERIC[want][0])
        c = rng.choice(country)
        quality = rng.choice(["", "", "靠谱的", "有实力的"]) if not c.endswith("的") else ""
        return quality + c + rng.choice(_nouns(stages, want, lang))
    if generic:
        noun, c = rng.choice(GENERIC[want][1]), rng.choice(country[:3])
    else:
        noun, c = rng.choice(_nouns(stages, want, lang)), rng.choice(country)
    if c.startswith(("in ", "from ")):
        return _an(f"a {noun} {c}")
    return _an(f"a {c} {noun}" if c else f"a {rng.choice(['', 'reliable ', 'serious '])}{noun}")


def _usable(templates: list[str], stage: str) -> list[str]:
    """Templates marked "~" speak as a seller (price, samples, lead time): not for end buyers;
    those marked "^" speak as a producer (plant, defect rate, cost): suppliers and makers only."""
    ok = {"~": stage != "E", "^": stage in "RM"}
    return [t.lstrip("~^") for t in templates if ok.get(t[:1], True)]


def _org(
    rng: random.Random, side: str, lang: str, *, genre: str, key: str, stage: str, want: str
) -> dict[str, object]:
    stages = CHAINS[key]
    g = GENRES[genre][lang]
    vals = _fill(rng, side, lang, key)
    name, name_trap = _name(rng, side, lang, key, stage)
    zh_noun, en_noun, zh_detail, en_detail = rng.choice(stages[stage])
    noun, detail = (zh_noun, zh_detail) if lang == "zh" else (en_noun, en_detail)
    vals.update(
        name=name,
        noun=noun,
        Noun=_cap(noun),
        nouns=_plural(noun),
        detail=detail,
        Detail=_cap(detail),
    )
    feats: list[str] = []
    if name_trap:
        feats.append("name-role")

    # the want: an input named by its material, a generic role + country, negated, or plain
    if want == "R" and rng.random() < 0.6:
        material = MATERIAL[key][0 if lang == "zh" else 1]
        country = COUNTRY[side][lang + "_c"]
        want_text = rng.choice(MATERIAL_WANT[lang]).format(
            material=material, Material=_cap(material), country=country
        )
        feats.append("material")
    else:
        generic = rng.random() < 0.15
        if generic:
            feats.append("role+country")
        phrase = _want_phrase(rng, side, lang, stages=stages, want=want, generic=generic)
        if rng.random() < 0.18:
            neg = rng.choice(
                [x for x in NEIGHBOURS[stage] if x != want] or ["D"]
            )  # R: "no traders"
            neg_noun = rng.choice(
                GENERIC[neg][0 if lang == "zh" else 1] + _nouns(stages, neg, lang)
            )
            negs = neg_noun if lang == "zh" else _plural(neg_noun)
            want_text = rng.choice(NEGATED_WANT[lang]).format(
                neg=negs, negs=negs, Negs=_cap(negs), want=phrase
            )
            feats.append("negated")
        else:
            want_text = rng.choice(g["want"]).format(**vals, want=phrase, Want=_cap(phrase))
    want_text = _an(want_text) if lang == "en" else want_text
    tidy = (lambda t: re.sub(r"(Inc|Co|Ltd)\.\.", r"\1.", t)) if lang == "en" else (lambda t: t)

    offer = rng.choice(_usable(g["offer"], stage)).format(**vals)
    offer = _an(offer) if lang == "en" else offer
    body = [offer]
    existing = [x for x in NEIGHBOURS[stage] if x != want]
    if existing and rng.random() < 0.25:  # current partners named, not what it seeks
        ex = rng.choice(existing)
        way = "down" if ORDER.index(ex) > ORDER.index(stage) else "up"
        ex_noun = rng.choice(_nouns(stages, ex, lang))
        body.append(
            rng.choice(EXISTING[lang][way]).format(
                ex=ex_noun, exs=_plural(ex_noun), n=vals["n"], k=vals["k"]
            )
        )
        feats.append("existing-named")
    if rng.random() >= 0.1:  # the shortest documents: offer and want only
        noise = _usable(g["noise"], stage)
        body += [
            t.format(**vals)
            for t in rng.sample(
                noise, min(len(noise), 4 - len(body), rng.choice([0, 1, 1, 2, 2, 3]))
            )
        ]
    pos = rng.choice(["first", "middle", "last"])
    if pos == "middle" and len(body) < 2:
        pos = rng.choice(["first", "last"])
    if pos == "first":
        body.insert(0, want_text)
    elif pos == "middle":
        body.insert(rng.randint(1, len(body) - 1), want_text)
    else:
        body.append(want_text)
    feats.append("want-" + pos)
    if g.get("closing") and rng.random() < 0.4:  # sign-off, always at the end
        body.append(rng.choice(g["closing"]).format(**vals))
    header = (
        rng.choice(g["header"]).format(**vals)
        if rng.random() < 0.6 or genre == "voicemail"
        else None
    )

    # layout: forms and cards are lines; the others are prose with the odd line break
    if genre in ("meeting", "card"):
        text = "\n".join(([header] if header else []) + body)
        text = tidy(text)
    else:
        joiner = "" if lang == "zh" else " "
        text = body[0]
        for p in body[1:]:
            text += ("\n" if rng.random() < 0.25 else joiner) + p
        if header:
            text = header + "\n" + text
        text = tidy(text)
    return {"side": side, "name": {lang: name}, "description": {lang: text},
            "_chain": key, "_stage": stage, "_want": want, "_genre": genre, "_feats": feats}  # fmt: skip


def _balanced(rng: random.Random, n: int) -> list[str]:
    genres = [GENRE_ORDER[i % len(GENRE_ORDER)] for i in range(n)]
    rng.shuffle(genres)
    return genres


def build() -> tuple[dict[str, object], dict[str, object], list[dict[str, object]]]:
    rng = random.Random(SEED)
    roles: list[tuple[str, str, str, str]] = []  # (side, chain, stage, want)
    for key in CHAINS:
        cn, us = chain_roles(rng)
        roles += [("CN", key, s, w) for s, w in cn] + [("US", key, s, w) for s, w in us]
    # about one in ten writes the other language: exactly 4 of the 40 CN, 7 of the 70 US
    cn_idx = [i for i, r in enumerate(roles) if r[0] == "CN"]
    us_idx = [i for i, r in enumerate(roles) if r[0] == "US"]
    other = set(rng.sample(cn_idx, round(len(cn_idx) / 10))) | set(
        rng.sample(us_idx, round(len(us_idx) / 10))
    )
    langs = [("en" if r[0] == "CN" else "zh") if i in other else ("zh" if r[0] == "CN" else "en")
             for i, r in enumerate(roles)]  # fmt: skip
    # genres evenly over each language
    genre_of: dict[int, str] = {}
    for lang in ("zh", "en"):
        idx = [i for i, lg in enumerate(langs) if lg == lang]
        for i, gname in zip(idx, _balanced(rng, len(idx)), strict=True):
            genre_of[i] = gname
    orgs = [
        _org(rng, side, langs[i], genre=genre_of[i], key=key, stage=s, want=w)
        for i, (side, key, s, w) in enumerate(roles)
    ]
    rng.shuffle(orgs)  # ids say nothing about chain or partner
    counters = {"CN": 0, "US": 0}
    for o in orgs:
        counters[o["side"]] += 1
        o["id"] = f"q{o['side'].lower()}{counters[o['side']]:03d}"
    partners: dict[str, list[str]] = {}
    for a in orgs:
        for b in orgs:
            if (a["side"] != b["side"] and a["_chain"] == b["_chain"]
                    and a["_stage"] == b["_want"] and b["_stage"] == a["_want"]):  # fmt: skip
                partners.setdefault(a["id"], []).append(b["id"])
    gold = {
        "partners": partners,
        "roles": {o["id"]: f"{o['_chain']}:{o['_stage']}>{o['_want']}" for o in orgs},
        "split": {o["id"]: "held-out" for o in orgs},
    }
    public = [
        {"id": o["id"], "side": o["side"], "name": o["name"], "description": o["description"]}
        for o in orgs
    ]
    return {"format": "tradebridge-profiles/1", "organizations": public}, gold, orgs


# fmt: off
USED_CHAINS = set("""airfilter am animation bamboo bed billiards boba bottle bowling bpmonitor brake cable candle carpet
cart carton carwash casket chair charging clipper cnc coffee coldchain cone conveyor cookware cosmetics crucible cup dairy
deicer desal desk diaper dinnerware drillbit drone dryer dumpling ebike ebus egg electrolyser elevator excavator
extinguisher eyewear fastener faucet fertilizer firework forklift fries furniture garlic garment generics glove golf
greenhouse grindwheel guitar heatpump helmet honey hose hottub imaging insulator ivd kayak keg knife ladder lanyard laundry
led lithium locker luggage mattress medal meddev mold motor mower mushroom netpen nuts oven padlock paint pallet peach
pencil petfood piano pickle pickleball pillow pipe powerchip printing pv railcar robot saddle sausage sawblade scaffold
scrubs seafood seating sewing socks solarheater soy spice storage syringe tackle tea tent tile toothbrush towel toy
trampoline transformer treadmill truckscale turf turnout tyre umbrella valve vending wallcovering wastecart wastewater
watermeter wheelchair wig wind window wine wrench xmastree zipper oliveoil berry ricenoodle tuna cocoa sugar ginseng beer
juice flour bearing compressor weldwire hydcyl pump boiler gearbox visioncam crusher hoist backpack yogamat vase stroller
hairdryer perfume boardgame phonecase scooter wallet h2tank dialyzer epoxy inverter implant intumescent sandwichpanel
reagent heatexchanger drywall""".split())  # noqa: SIM905  (the list as the brief gives it)
# fmt: on


def check(
    profiles: dict[str, object], gold: dict[str, object], orgs: list[dict[str, object]]
) -> None:
    """Refuse to write a set that breaks its own promises."""
    public = profiles["organizations"]
    ids = [o["id"] for o in public]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert all(re.fullmatch(r"q(cn|us)\d{3}", i) for i in ids)
    assert (
        sum(o["side"] == "CN" for o in public) == 10 * N_CN
        and sum(o["side"] == "US" for o in public) == 10 * N_US
    )
    assert not set(CHAINS) & USED_CHAINS, "chain name already used"
    assert len(CHAINS) == 10
    partners, roles = gold["partners"], gold["roles"]
    assert set(roles) == set(ids) == set(gold["split"])
    for role in roles.values():
        m = re.fullmatch(r"(\w+):([RMDE])>([RMDE])", role)
        assert m and m[1] in CHAINS and m[3] in NEIGHBOURS[m[2]], role
    for key in CHAINS:
        assert sum(o["_chain"] == key and o["side"] == "CN" for o in orgs) == N_CN
        assert sum(o["_chain"] == key and o["side"] == "US" for o in orgs) == N_US
    by_id = {o["id"]: o for o in orgs}
    for a, bs in partners.items():
        for b in bs:
            assert a in partners[b], "partners not symmetric"
            assert by_id[a]["side"] != by_id[b]["side"]
    for o in orgs:
        if o["side"] != "CN":
            continue
        assert partners.get(o["id"]), f"{o['id']} has no partner"
        us = [u for u in orgs if u["side"] == "US" and u["_chain"] == o["_chain"]]
        s, w = o["_stage"], o["_want"]
        assert any((u["_stage"], u["_want"]) == (s, w) for u in us), "no competitor"
        if any(x != s for x in NEIGHBOURS[w]):
            assert any(u["_stage"] == w and u["_want"] != s for u in us), "no offer-else trap"
        if any(y != w and s in NEIGHBOURS[y] for y in ORDER):
            assert any(u["_want"] == s and u["_stage"] != w for u in us), "no wrong-direction trap"
    for o in public:
        ((lang, text),) = o["description"].items()
        assert list(o["name"]) == [lang]
        assert "{" not in text and "}" not in text, text
        assert 1 <= len(text.split("\n")) <= 8, text
        cjk = re.search(r"[\u4e00-\u9fff]", text)
        assert bool(cjk) == (lang == "zh"), text


def summary(orgs: list[dict[str, object]], gold: dict[str, object]) -> None:
    from collections import Counter

    cn = [o for o in orgs if o["side"] == "CN"]
    print(f"{NAME}: {len(cn)} CN x {len(orgs) - len(cn)} US in {len(CHAINS)} chains, "
          f"{len(gold['partners'])} organizations with a partner, "
          f"{sum(len(gold['partners'][o['id']]) for o in cn)} CN-US gold pairs")  # fmt: skip
    langs = Counter((o["side"], next(iter(o["description"]))) for o in orgs)
    print("languages:", dict(sorted(langs.items())))
    genres = Counter((o["_genre"], next(iter(o["description"]))) for o in orgs)
    for gname in GENRE_ORDER:
        print(f"  {gname:10s} zh {genres[(gname, 'zh')]:3d}  en {genres[(gname, 'en')]:3d}")
    feats = Counter(f for o in orgs for f in o["_feats"])
    print("hard cases / positions:", dict(sorted(feats.items())))
    stages = Counter(o["_stage"] + ">" + o["_want"] for o in cn)
    print("CN roles:", dict(sorted(stages.items())))


def main() -> None:
    profiles, gold, orgs = build()
    check(profiles, gold, orgs)
    for file, data in ((NAME, profiles), (f"{NAME}_gold", gold)):
        (HERE / f"{file}.json").write_text(
            json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8"
        )
    summary(orgs, gold)


if __name__ == "__main__":
    main()
