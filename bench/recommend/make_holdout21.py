# ruff: noqa: E501  (the templates and role phrases are data; wrapping them would only hurt reading)
"""Write the twenty-first held-out ROLE set: ``roles_holdout21.json`` / ``roles_holdout21_gold.json``.

    python bench/recommend/make_holdout21.py

Written blind on 2026-12-06 by a helper session that neither read nor ran the recommender engine
(nothing under ``src/`` or ``docs/``, no results, no evaluation, fitting or study script, no
corpus generator or corpus, no other role set). Only ``make_holdout19.py`` was read in full, for
the construction and the file format, and the opening docstrings of the other generators, to
keep the chains new (of ``make_corpus*.py`` only keyword counts in those lines were taken; by a
slip, twenty lines of ``make_holdout20.py``'s constants past its docstring were seen, and
nothing of them used). Nothing may be fitted or tuned on this set. Standard library only and
deterministic (``random.Random(SEED)``); it imports no other generator.

* Ten value chains no earlier set used: refrigerated shipping containers, veterinary vaccines,
  greeting cards, surfboards, industrial (HVLS) ceiling fans, hair dye, dash cams, incense,
  fire hydrants and resin garden statues (logistics, animal health, consumer goods, industry,
  beauty, electronics, construction). Stages: R raw material or key component, M maker,
  D distributor / importer / dealer / agent, E end buyer or user; three role nouns per stage and
  language, each company at one stage seeking an adjacent one.
* 40 Chinese and 70 US companies, 4 and 7 per chain. A CN and a US company are gold partners
  when they are in the same chain and each one's stage is what the other seeks. Every Chinese
  company has a gold US partner and beside it a US competitor (same stage, same want), a US
  company offering what it seeks but seeking something else, and one wanting its product but
  offering nothing it seeks (where the stages allow); the rest of the chain is at random.
  Ids (``bcn001``…, ``bus001``…) are shuffled within each side and say nothing of chain or role.
* Chinese companies write mainland business Chinese (four write English); US companies write
  English (seven write Chinese). Free text only, no codes.
* Five ways of writing, each in both languages and spread evenly over each side (8 Chinese and
  14 US companies each): a thank-you note sent after a trade fair, a notice on an industrial
  park's bulletin board, a networking-app bio (prose, no form fields), the header paragraph of
  a price list, and a Zhihu / Quora-style answer written by an employee. Each has six offer and
  seven want templates per language; the want stands first, in the middle or last, with or
  without a verb of wanting, in the third person, as a quotation, a label, a question, a
  condition or a plan; header, trailer and closing lines are noise.
* Hard cases, each in several documents: customers already served named in the offer (a stage
  downstream that is not the one sought), negated wants ("不找…", "Please, no … pitches"), role
  words in company names that differ from the company's stage ("… Trading Co." for a
  maker), wants naming only a generic role and the country ("一家美国经销商", "a Chinese
  manufacturer"), and a maker's want named by its input material ("SPF eggs", "檀香粉").
"""

from __future__ import annotations

import itertools
import json
import random
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20261206
NAME = "roles_holdout21"

# Chain keys and product words of earlier sets (from their opening docstrings): none may be a key
# here, and no key here may contain one of them.
_EARLIER_TEXT = (
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
    "watch countertop roofing localization violin blinds gummy irrigation silk racking graphite "
    "pcb seaweed camper"
)
EARLIER = set(_EARLIER_TEXT.split())

STAGES = ("R", "M", "D", "E")
NEIGHBOURS = {"R": ("M",), "M": ("R", "D", "E"), "D": ("M", "E"), "E": ("M", "D")}
DOWNSTREAM = {"R": ("M",), "M": ("D", "E"), "D": ("E",), "E": ()}

# ---------------------------------------------------------------------------------------------
# Chains. Per stage: (zh role nouns, en role nouns, zh details, en details); details hold for any
# noun of the stage and either side. "material": what an R company supplies, named as a maker
# would name its input. "places": Chinese cities (zh, en).
# ---------------------------------------------------------------------------------------------
# fmt: off
CHAINS: dict[str, dict] = {
    "reefer": {
        "sector": "logistics",
        "R": (("制冷机组供应商", "集装箱耐候钢板供应商", "聚氨酯发泡料生产商"),
              ("refrigeration unit supplier", "Corten steel coil supplier", "polyurethane insulation foam producer"),
              ("年供货制冷机组及箱体材料约3.5万箱套", "为国内外箱厂配套已超过十年"),
              ("material and units for 35,000 boxes a year", "more than ten years supplying box builders")),
        "M": (("冷藏集装箱制造商", "冷箱生产厂", "冷藏箱总装厂"),
              ("reefer container manufacturer", "refrigerated container builder", "reefer box factory"),
              ("年产40英尺高箱冷箱2.2万标箱", "拥有两条不锈钢内衬冷箱生产线"),
              ("22,000 TEU of 40-ft high-cube reefers a year", "two stainless-lined reefer lines")),
        "D": (("集装箱租赁公司", "冷箱经销商", "集装箱贸易商"),
              ("container leasing company", "reefer container dealer", "container trading house"),
              ("在租冷箱资产约4万标箱", "在12个港口设有堆场"),
              ("a fleet of about 40,000 TEU on lease", "depots in 12 ports")),
        "E": (("远洋班轮公司", "水果出口商", "冷链物流企业"),
              ("ocean carrier", "fresh fruit exporter", "cold chain logistics operator"),
              ("每年出运冷藏货约8万标箱", "业务覆盖主要沿海港口"),
              ("about 80,000 reefer TEU shipped a year", "operations at every major coastal port")),
        "material": (("耐候钢卷", "聚氨酯组合料", "冷箱制冷机组"),
                     ("Corten steel coil", "PU foam systems", "reefer refrigeration units")),
        "places": (("青岛", "Qingdao"), ("太仓", "Taicang"), ("东莞", "Dongguan"), ("宁波", "Ningbo")),
    },
    "vetvax": {
        "sector": "animal health",
        "R": (("SPF鸡胚供应商", "细胞培养基生产商", "兽用佐剂供应商"),
              ("SPF egg producer", "cell culture media supplier", "vaccine adjuvant maker"),
              ("年供货量可支撑120亿羽份疫苗生产", "产品通过三家疫苗企业的供应商审计"),
              ("enough input for 12 billion doses a year", "audited by three vaccine makers last year")),
        "M": (("兽用疫苗生产企业", "动物疫苗厂", "兽用生物制品企业"),
              ("veterinary vaccine manufacturer", "animal vaccine maker", "veterinary biologics company"),
              ("持有禽流感、猪瘟等疫苗批准文号46个", "年产疫苗80亿羽份"),
              ("licences for 46 poultry and swine vaccines", "8 billion doses a year")),
        "D": (("兽药经销商", "动保产品代理商", "动物保健品进口商"),
              ("animal health distributor", "veterinary products wholesaler", "livestock health importer"),
              ("冷链配送覆盖22个省区", "服务养殖场3000余家"),
              ("cold-chain delivery across 22 regions", "some 3,000 farms served")),
        "E": (("大型养猪集团", "肉鸡一体化企业", "宠物医院连锁"),
              ("hog producer", "poultry integrator", "veterinary hospital chain"),
              ("每年疫苗用量约5亿头羽份", "在各地有场点或网点40余个"),
              ("about 500 million doses used a year", "more than 40 sites")),
        "material": (("SPF鸡胚", "油佐剂", "细胞培养基"), ("SPF eggs", "oil adjuvant", "cell culture media")),
        "places": (("哈尔滨", "Harbin"), ("郑州", "Zhengzhou"), ("成都", "Chengdu"), ("扬州", "Yangzhou")),
    },
    "greetingcard": {
        "sector": "consumer goods",
        "R": (("铜版卡纸生产商", "烫金箔供应商", "特种纸厂"),
              ("coated paperboard mill", "hot-stamping foil supplier", "specialty paper maker"),
              ("年产纸品及辅料9万吨", "可提供FSC认证材料"),
              ("90,000 t of board and foil stock a year", "FSC-certified stock on request")),
        "M": (("贺卡印刷厂", "贺卡生产企业", "节日卡片工厂"),
              ("greeting card printer", "greeting card manufacturer", "holiday card factory"),
              ("年产贺卡1.8亿张，烫金、压纹、立体折页都能做", "设计团队40人，每年推出新款3000款"),
              ("180 million cards a year with foil, embossing and pop-ups", "a 40-person design studio and 3,000 new designs a year")),
        "D": (("文具礼品批发商", "贺卡进口商", "节庆用品经销商"),
              ("card and gift wholesaler", "stationery importer", "seasonal goods distributor"),
              ("SKU 1.2万个，服务门店2600家", "设有两个配送中心"),
              ("12,000 SKUs supplied to 2,600 stores", "two distribution centers")),
        "E": (("连锁药妆店", "礼品零售连锁", "书店连锁"),
              ("drugstore chain", "gift shop chain", "party supply retailer"),
              ("门店1400家", "每年卡片销量约3000万张"),
              ("1,400 stores", "about 30 million cards sold a year")),
        "material": (("铜版卡纸", "烫金电化铝", "特种艺术纸"), ("coated card stock", "hot-stamping foil", "textured art paper")),
        "places": (("温州", "Wenzhou"), ("东莞", "Dongguan"), ("义乌", "Yiwu"), ("杭州", "Hangzhou")),
    },
    "surfboard": {
        "sector": "consumer goods",
        "R": (("冲浪板泡沫芯材厂", "玻纤布织造厂", "层压树脂供应商"),
              ("foam blank maker", "fiberglass cloth weaver", "laminating resin supplier"),
              ("年供材料约合60万块板", "材料通过REACH检测"),
              ("material for 600,000 boards a year", "REACH-tested materials")),
        "M": (("冲浪板制造厂", "冲浪板代工厂", "冲浪板及桨板生产企业"),
              ("surfboard manufacturer", "surfboard OEM factory", "board builder"),
              ("年产冲浪板12万块，EPS与PU工艺都做", "CNC开坯机8台，可按图纸定制板型"),
              ("120,000 boards a year in EPS and PU", "eight CNC shaping machines and custom shapes from files")),
        "D": (("冲浪用品批发商", "水上运动器材进口商", "户外用品经销商"),
              ("surf hardgoods distributor", "watersports importer", "board sports wholesaler"),
              ("覆盖零售店600家", "仓库常备板型800款"),
              ("600 retail accounts", "800 board models in stock")),
        "E": (("冲浪俱乐部连锁", "滨海度假酒店集团", "冲浪学校"),
              ("surf school", "surf shop chain", "beach resort group"),
              ("每年教学及租赁用板约2000块", "旗下场馆或门店18家"),
              ("about 2,000 boards a year for lessons and rentals", "18 locations")),
        "material": (("PU泡沫芯材", "冲浪板玻纤布", "环氧层压树脂"), ("PU foam blanks", "surfboard fiberglass cloth", "epoxy laminating resin")),
        "places": (("惠州", "Huizhou"), ("厦门", "Xiamen"), ("威海", "Weihai"), ("深圳", "Shenzhen")),
    },
    "ceilingfan": {
        "sector": "industry",
        "R": (("永磁同步电机厂", "铝合金型材厂", "变频器供应商"),
              ("PMSM motor maker", "aluminum extrusion mill", "variable-frequency drive supplier"),
              ("年产核心部件20万台套", "为风扇整机企业配套8年"),
              ("200,000 units a year", "eight years supplying fan builders")),
        "M": (("工业大风扇制造商", "HVLS吊扇生产厂", "工业吊扇厂家"),
              ("HVLS fan manufacturer", "industrial ceiling fan maker", "big-fan factory"),
              ("叶片直径3至7.3米，年产2.5万台", "通过CE与UL认证，整机质保5年"),
              ("7- to 24-ft fans, 25,000 units a year", "UL listing and a 5-year warranty")),
        "D": (("暖通设备经销商", "工业风扇代理商", "机电设备分销商"),
              ("HVAC equipment distributor", "industrial fan dealer", "manufacturers' rep agency"),
              ("安装团队30人，年装机1500台", "在五个地区设有办事处"),
              ("30 installers and 1,500 fans installed a year", "offices in five regions")),
        "E": (("物流仓储园区", "奶牛牧场", "汽车总装厂"),
              ("warehouse operator", "dairy farm", "auto assembly plant"),
              ("厂房及仓库面积合计45万平方米", "今年有3栋新库房交付"),
              ("4.8 million sq ft under roof", "three new buildings opening this year")),
        "material": (("永磁同步电机", "铝合金叶片型材", "风扇专用变频器"), ("PMSM motors", "aluminum airfoil extrusions", "fan drives")),
        "places": (("中山", "Zhongshan"), ("苏州", "Suzhou"), ("佛山", "Foshan"), ("台州", "Taizhou")),
    },
    "hairdye": {
        "sector": "beauty",
        "R": (("染发剂中间体生产商", "指甲花粉种植加工商", "化妆品原料供应商"),
              ("dye intermediate producer", "henna grower and processor", "cosmetic ingredient supplier"),
              ("年产原料1800吨", "持有ECOCERT与COSMOS认证"),
              ("1,800 t of ingredients a year", "ECOCERT and COSMOS certified")),
        "M": (("染发剂生产企业", "染发膏代工厂", "发用化妆品厂"),
              ("hair color manufacturer", "hair dye contract maker", "professional hair color producer"),
              ("持有染发类特殊化妆品注册证210个", "年产染发膏6000万支"),
              ("210 registered shades", "60 million tubes of color a year")),
        "D": (("美发用品经销商", "美业供应链公司", "发品进口商"),
              ("professional beauty distributor", "salon supply wholesaler", "hair care importer"),
              ("服务美发店1.1万家", "设有仓库7个"),
              ("11,000 salons served", "seven warehouses")),
        "E": (("连锁美发机构", "美发沙龙集团", "理发店连锁品牌"),
              ("salon chain", "barbershop franchise", "salon suites operator"),
              ("门店860家，发型师6000名", "每年用染发产品约90万支"),
              ("860 salons and 6,000 stylists", "about 900,000 tubes of color a year")),
        "material": (("对苯二胺", "指甲花粉", "间苯二酚"), ("PPD", "henna powder", "resorcinol")),
        "places": (("广州", "Guangzhou"), ("上海", "Shanghai"), ("湖州", "Huzhou"), ("汕头", "Shantou")),
    },
    "dashcam": {
        "sector": "electronics",
        "R": (("CMOS图像传感器供应商", "车载镜头模组厂", "车规级芯片供应商"),
              ("image sensor supplier", "automotive lens module maker", "system-on-chip supplier"),
              ("年出货核心器件5000万颗", "已为30余家整机厂配套"),
              ("50 million parts shipped a year", "designed into more than 30 camera brands")),
        "M": (("行车记录仪生产厂", "车载摄像头ODM厂", "记录仪制造商"),
              ("dash cam manufacturer", "dashcam ODM", "in-vehicle camera maker"),
              ("月产行车记录仪50万台，支持4K与双路录制", "研发团队120人，自有SMT线6条"),
              ("500,000 units a month, 4K and dual-channel", "a 120-person R&D team and six SMT lines")),
        "D": (("汽车电子经销商", "汽车用品批发商", "车载电子进口商"),
              ("auto electronics distributor", "car accessory wholesaler", "consumer electronics importer"),
              ("合作汽配门店4000家", "电商渠道年销量80万台"),
              ("4,000 auto parts stores supplied", "800,000 units a year through online marketplaces")),
        "E": (("货运车队", "网约车平台", "汽车租赁公司"),
              ("trucking fleet", "rideshare fleet operator", "car rental company"),
              ("管理车辆1.2万台", "每年新增车辆约3000台"),
              ("12,000 vehicles on the road", "about 3,000 vehicles added a year")),
        "material": (("CMOS图像传感器", "广角车载镜头", "超级电容"), ("CMOS image sensors", "wide-angle lens modules", "supercapacitors")),
        "places": (("深圳", "Shenzhen"), ("东莞", "Dongguan"), ("厦门", "Xiamen"), ("珠海", "Zhuhai")),
    },
    "incense": {
        "sector": "consumer goods",
        "R": (("竹签加工厂", "檀香木粉供应商", "楠木粘粉加工厂"),
              ("bamboo stick mill", "sandalwood powder supplier", "joss powder processor"),
              ("年供原料3000吨", "原料产地可追溯"),
              ("3,000 t of material a year", "traceable from forest to bag")),
        "M": (("线香制造厂", "熏香生产企业", "香品加工厂"),
              ("incense maker", "incense stick factory", "incense cone producer"),
              ("日产线香30万把", "自动制香机40台，可做微烟香"),
              ("300,000 bundles a day", "40 automatic rolling machines and a low-smoke line")),
        "D": (("香品批发商", "宗教用品经销商", "家居香氛进口商"),
              ("incense importer", "spiritual goods wholesaler", "home fragrance distributor"),
              ("客户涵盖1500家门店", "仓库面积8000平方米"),
              ("1,500 store accounts", "an 80,000 sq ft warehouse")),
        "E": (("瑜伽馆连锁", "水疗会所集团", "禅修中心连锁"),
              ("yoga studio chain", "spa group", "meditation center network"),
              ("每年用香约5万盒", "旗下场所26处"),
              ("about 50,000 boxes burned a year", "26 locations")),
        "material": (("竹签", "檀香粉", "楠木粘粉"), ("bamboo sticks", "sandalwood powder", "joss powder")),
        "places": (("泉州", "Quanzhou"), ("潮州", "Chaozhou"), ("安溪", "Anxi"), ("桂林", "Guilin")),
    },
    "hydrant": {
        "sector": "construction",
        "R": (("球墨铸铁铸造厂", "阀门铜件供应商", "橡胶密封件厂"),
              ("ductile iron foundry", "bronze valve parts supplier", "rubber gasket maker"),
              ("年产铸件及配件4万吨", "产品通过NSF/ANSI 61相关检测"),
              ("40,000 t of castings and parts a year", "NSF/ANSI 61 tested parts")),
        "M": (("消火栓生产企业", "室外消火栓制造商", "消防栓厂"),
              ("fire hydrant manufacturer", "hydrant maker", "waterworks valve and hydrant producer"),
              ("年产地上式消火栓8万套，获UL/FM认证", "铸造、机加工与水压测试一体化"),
              ("80,000 dry-barrel hydrants a year, UL/FM approved", "casting, machining and pressure testing under one roof")),
        "D": (("给排水材料经销商", "市政管材分销商", "消防器材代理商"),
              ("waterworks distributor", "municipal supply house", "fire protection products dealer"),
              ("设有门店21个", "常备库存逾2万件"),
              ("21 branches", "more than 20,000 items in stock")),
        "E": (("自来水公司", "市政工程公司", "供水集团"),
              ("water utility", "underground utility contractor", "municipal public works department"),
              ("每年新装及更换消火栓约400个", "每年新建及改造管网200公里"),
              ("some 400 hydrants installed or replaced a year", "120 miles of main replaced a year")),
        "material": (("球墨铸铁件", "铜合金阀杆", "三元乙丙密封圈"), ("ductile iron castings", "bronze stems", "EPDM gaskets")),
        "places": (("天津", "Tianjin"), ("泊头", "Botou"), ("温州", "Wenzhou"), ("昆山", "Kunshan")),
    },
    "gardenstatue": {
        "sector": "consumer goods",
        "R": (("不饱和树脂供应商", "碳酸钙石粉厂", "模具硅胶生产商"),
              ("polyester resin supplier", "calcium carbonate filler producer", "mold-making silicone maker"),
              ("年产能5万吨", "可按月供货，批次稳定"),
              ("50,000 t a year", "monthly deliveries and stable batches")),
        "M": (("树脂工艺品厂", "园林雕塑工厂", "树脂摆件生产企业"),
              ("polyresin figurine factory", "garden statue maker", "resin decor manufacturer"),
              ("每月开模300款，年出口货柜800个", "手绘工人500人"),
              ("300 new molds a month and 800 containers exported a year", "500 hand painters")),
        "D": (("家居园艺进口商", "工艺品批发商", "园艺装饰品经销商"),
              ("garden decor importer", "home and garden wholesaler", "giftware distributor"),
              ("年进口货柜200个", "展厅4000平方米"),
              ("200 containers imported a year", "a 40,000 sq ft showroom")),
        "E": (("园艺中心连锁", "家居建材零售商", "景观工程公司"),
              ("garden center chain", "landscape design firm", "home improvement retailer"),
              ("每年新增门店或项目约15个", "每年采购园艺摆件约20万件"),
              ("about 15 new stores or projects a year", "about 200,000 garden pieces bought a year")),
        "material": (("不饱和聚酯树脂", "碳酸钙石粉", "模具硅胶"), ("polyester resin", "calcium carbonate powder", "mold silicone")),
        "places": (("厦门", "Xiamen"), ("泉州", "Quanzhou"), ("莆田", "Putian"), ("德化", "Dehua")),
    },
}

US_PLACES = (("俄亥俄州", "Ohio"), ("得克萨斯州", "Texas"), ("佛罗里达州", "Florida"),
             ("加州", "California"), ("密歇根州", "Michigan"), ("科罗拉多州", "Colorado"),
             ("田纳西州", "Tennessee"), ("亚利桑那州", "Arizona"), ("威斯康星州", "Wisconsin"),
             ("南卡罗来纳州", "South Carolina"), ("马萨诸塞州", "Massachusetts"), ("夏威夷", "Hawaii"))

# Role nouns for wants that name only the role and the country.
GENERIC = {
    "zh": {"R": ("原材料供应商", "零部件供应商"), "M": ("生产厂家", "制造商", "工厂"),
           "D": ("分销商", "经销商", "进口商"), "E": ("终端用户", "最终客户", "终端买家")},
    "en": {"R": ("raw material supplier", "component supplier"), "M": ("manufacturer", "factory", "producer"),
           "D": ("distributor", "importer", "reseller"), "E": ("end user", "end customer", "direct buyer")},
}

# What is sought, by the writer's side and language: forms around a role noun or a material.
WANT_FORMS = {
    ("CN", "zh"): ("美国{n}", "美国本土的{n}", "一家美国{n}", "在美国的{n}", "北美地区的{n}"),
    ("US", "zh"): ("中国{n}", "一家中国{n}", "中国的{n}", "中国大陆的{n}"),
    ("CN", "en"): ("a US {n}", "an American {n}", "a {n} in the States", "a {n} in North America"),
    ("US", "en"): ("a Chinese {n}", "a {n} in China", "a {n} based in China", "a mainland Chinese {n}"),
}
MATERIAL_FORMS = {
    ("CN", "zh"): ("美国产的{n}", "来自美国的{n}", "美国{n}的稳定货源"),
    ("US", "zh"): ("中国产{n}", "中国{n}的长期货源", "来自中国的{n}"),
    ("CN", "en"): ("{n} sourced from the US", "American {n}", "{n} shipped from the States"),
    ("US", "en"): ("{n} made in China", "Chinese {n}", "{n} shipped from China"),
}
MATERIAL_WANT = {
    "zh": ("原料缺口：{want}。", "目前最缺的是{want}。", "想长期采购{want}。",
           "{want}如能稳定供应，年度合同马上可以签。", "希望找到{want}。", "明年的计划是改用{want}。"),
    "en": ("Still short of {want}.", "Raw material gap: {want}.", "We would sign a yearly contract for {want}.",
           "Next quarter we plan to switch to {want}.", "Hoping to secure {want}.", "Can anyone point us to {want}?"),
}
NEGATION = {
    "zh": ("不找{neg}。", "{neg}就不必联系了。", "已有合作的{neg}，暂不新增。", "{neg}勿扰。"),
    "en": ("We are not after {neg_np}.", "Please, no {neg_bare} pitches.",
           "We already work with {neg_np} and do not need another.", "Not interested in hearing from {neg_np}."),
}
SERVED = {
    "zh": ("目前的客户有{c1}、{c2}等{k}家{cnoun}。", "已为{c1}、{c2}等{cnoun}长期供货。",
           "合作过的{cnoun}包括{c1}和{c2}。"),
    "en": ("Current customers include {c1} and {c2}, two of our {k} {cnoun} accounts.",
           "We already ship to {cnoun} customers like {c1} and {c2}.",
           "Among the {cnoun} buyers we serve: {c1}, {c2}."),
}
CUSTOMER_NAMES = {"zh": ("远航", "佳和", "顺达", "金穗", "万家", "恒通", "福瑞", "祥云"),
                  "en": ("Carver", "Delmont", "Easton", "Fulton", "Garland", "Holbrook", "Linwood", "Marlow")}

# ---------------------------------------------------------------------------------------------
# Ways of writing. Per genre and language: head (optional first line), offer, want, tail (noise)
# and close (an optional last line). Slots: name noun detail detail_cap place year year2 year3
# want want_cap speaker contact month month_zh d k q digits digits8 fair booth park building
# currency.
# ---------------------------------------------------------------------------------------------
GENRES: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    "thanks": {  # a thank-you note sent after a trade fair
        "zh": {
            "head": ("尊敬的{contact}：", "您好！", "展会致谢｜{fair}"),
            "offer": ("感谢您在{fair}期间光临{name}展位（{booth}）。我们是{place}的{noun}，{detail}。",
                      "再次介绍一下：{name}是一家{noun}，{detail}。",
                      "正如在展台上和您聊到的，我司作为{noun}，{detail}。",
                      "{fair}已圆满落幕，{name}（{noun}）衷心感谢您的到访；{detail}。",
                      "简单回顾：我们是{place}的{noun}，成立于{year}年，{detail}。",
                      "非常荣幸在{fair}与您结识。{name}专注做{noun}，{detail}。"),
            "want": ("此次参展，我们最希望结识的是{want}。",
                     "我们总经理{speaker}特别交代：务必联系上{want}。",
                     "您那边是否认识{want}？如能引荐，不胜感激。",
                     "如果贵司正是{want}，我们下月可以登门拜访。",
                     "展后计划：{month_zh}月底前与{want}敲定合作。",
                     "“我们缺的就是{want}。”——这是{speaker}在展台上的原话。",
                     "附言：合作方向——{want}。"),
            "tail": ("随信附上电子版产品目录。", "联系人：{contact}，手机：139{digits8}", "展位照片已上传至公司网站。",
                     "期待再会！"),
            "close": ("顺祝商祺！", "此致\n敬礼", "{contact} 敬上"),
        },
        "en": {
            "head": ("Dear {contact},", "Subject: Thank you for visiting us at {fair}", "Hi {contact},"),
            "offer": ("Thank you for stopping by booth {booth} at {fair}. As a quick reminder, {name} is a {noun} in {place}; {detail}.",
                      "It was a pleasure meeting you at {fair}. We are {name}, a {noun} — {detail}.",
                      "Following up from {fair}: {name} has been a {noun} since {year} ({detail}).",
                      "Thanks again for your time at {fair}. For your files: {name}, {noun}, {place}; {detail}.",
                      "We enjoyed our conversation at {fair}. {name} is the {noun} you met there — {detail}.",
                      "On behalf of {name}, a {noun} based in {place}, thank you for visiting us at {fair}. In short: {detail}."),
            "want": ("The main reason we exhibited was to meet {want}.",
                     "Our president, {speaker}, asked me to mention that we are still looking for {want}.",
                     "Would you happen to know {want}? An introduction would mean a lot.",
                     "If you are {want} yourself, we would be glad to visit you next month.",
                     "Next step on our side: sign up {want} before {month}.",
                     "As {speaker} said at the booth, \"what we really need is {want}.\"",
                     "P.S. Partner wanted: {want}."),
            "tail": ("Our digital catalog is attached.", "You can reach me directly at +1 555 {digits}.",
                     "Photos from the show are on our website.", "It was great to see the aisles so busy this year."),
            "close": ("Best regards,\n{contact}", "Warm regards from {place}.", "Sincerely,\n{contact}"),
        },
    },
    "bulletin": {  # a notice on an industrial park's bulletin board
        "zh": {
            "head": ("【{park}公告栏】", "园区企业信息发布（第{k}期）", "告示"),
            "offer": ("入驻企业{name}为{noun}，{detail}。",
                      "{park}{building}号楼{name}：{noun}，{detail}。",
                      "园区企业简介——{name}，{year}年入驻，{noun}，{detail}。",
                      "本园{noun}{name}现有情况如下：{detail}。",
                      "{name}（{noun}）现为园区重点企业，{detail}。",
                      "经园区管委会审核，{name}（{noun}；{detail}）信息如下。"),
            "want": ("现征集{want}，有意者请到{building}号楼三层洽谈。",
                     "该企业委托管委会代为寻找{want}。",
                     "征：{want}。",
                     "若您是{want}，请于{month_zh}月{d}日前与园区招商部联系。",
                     "谁认识{want}？请联系管委会{contact}。",
                     "该企业计划年内与{want}签约。",
                     "企业负责人表示：“最需要的是{want}。”"),
            "tail": ("发布单位：{park}管委会", "张贴日期：{year2}年{month_zh}月{d}日", "本告示有效期三十天。",
                     "联系电话：0{k}{k}-{digits8}", "请勿撕毁或覆盖。"),
            "close": ("特此公告。", "园区管委会 {year2}年{month_zh}月{d}日"),
        },
        "en": {
            "head": ("NOTICE — {park} tenant board", "{park} bulletin, posted {month} {d}", "TENANT NEWS"),
            "offer": ("{name}, Building {building}, is a {noun}: {detail}.",
                      "Tenant spotlight: {name} ({noun}) moved into the park in {year}; {detail}.",
                      "Posted on behalf of {name}, a {noun} in Unit {building}; {detail}.",
                      "Our neighbor {name} is a {noun} ({detail}).",
                      "{name}, a {noun} here at {park}, reports {detail}.",
                      "From the park office: {name} is a {noun} — {detail}."),
            "want": ("Wanted: {want}. Contact the park office.",
                     "The company has asked us to help it find {want}.",
                     "If you are {want}, drop by Building {building} any weekday.",
                     "Know {want}? Leave a note at the front desk.",
                     "Plan for this year: partner with {want}.",
                     "In the owner's words: \"We are looking for {want}.\"",
                     "Seeking {want} — interested parties please call the park office."),
            "tail": ("Posted by {park} management.", "Remove after {month} {d}.", "Questions: ext. {digits}",
                     "Parking lot B will be resurfaced next week; see the separate notice."),
            "close": ("— Park management", "Thank you."),
        },
    },
    "bio": {  # a networking-app bio, prose only
        "zh": {
            "head": ("Hi，这里是{contact}。", "{place}｜外贸{k}年", "很高兴在这里认识大家。"),
            "offer": ("我在{name}负责海外业务，我们是{place}的{noun}，{detail}。",
                      "{noun}从业者，现就职于{name}，公司{detail}。",
                      "做{noun}这一行{k}年了，目前在{name}，{detail}。",
                      "{name}市场负责人。我们是一家{noun}，{detail}。",
                      "来自{place}，在一家{noun}打拼，公司{detail}。",
                      "平时喜欢跑步和看展，本职是{name}的业务经理——一家{noun}，{detail}。"),
            "want": ("最近在找{want}，欢迎私信交流。",
                     "老板天天念叨想认识{want}。",
                     "正在寻觅：{want}。",
                     "如果你是{want}，我们一定聊得来。",
                     "有没有朋友认识{want}？求介绍！",
                     "今年的小目标：和{want}搭上线。",
                     "用我们老板的话说：“找到{want}，今年就成了一半。”"),
            "tail": ("微信同号，加好友请备注公司名。", "常驻{place}，偶尔出差。", "周末不回消息，见谅。", "爱喝茶，也爱爬山。"),
            "close": ("期待交流！", "欢迎来聊。"),
        },
        "en": {
            "head": ("Hi, I'm {contact}.", "Based in {place}.", "Hello from {place}!"),
            "offer": ("I run export sales at {name}, a {noun} in {place}; {detail}.",
                      "{k} years in the business, currently with {name}. We're a {noun} ({detail}).",
                      "Business development at {name} — a {noun}, {detail}.",
                      "I work for {name}, a {noun}: {detail}.",
                      "When I'm not on a plane, I help {name} grow. We're a {noun}; {detail}.",
                      "Proud to be part of {name}, a {noun} with roots in {place} — {detail}."),
            "want": ("Currently hunting for {want}; DMs open.",
                     "My boss keeps asking me to find {want}.",
                     "On my radar: {want}.",
                     "If you're {want}, let's grab a virtual coffee.",
                     "Anyone know {want}? Happy to return the favor.",
                     "Goal for {year2}: close a deal with {want}.",
                     "As our CEO likes to say, \"find us {want} and the year is made.\""),
            "tail": ("Weekend cyclist and bad golfer.", "I usually reply within a day.",
                     "Happy to speak on panels about cross-border trade.", "Dog person."),
            "close": ("Let's connect.", "Say hi!"),
        },
    },
    "pricelist": {  # the header paragraph of a price list
        "zh": {
            "head": ("{name}价目表（{year2}年{month_zh}月版）", "报价单", "{year2}年度价格表"),
            "offer": ("本价目表由{name}编制。我司为{place}{noun}，{detail}。",
                      "{name}是{noun}，{detail}；以下价格自{year2}年{month_zh}月{d}日起执行。",
                      "尊敬的客户：感谢关注{name}。作为{noun}，本公司概况：{detail}。",
                      "说明：{name}（{noun}，{detail}）保留调价权利。",
                      "{name}——{noun}，{detail}。下表为含税价。",
                      "价目说明：本公司是{noun}，{detail}，报价以{currency}计。"),
            "want": ("另：诚征{want}，详情面谈。",
                     "我们同时在寻找{want}，有意者请联系{contact}。",
                     "{want}请直接联系{contact}。",
                     "如贵方为{want}，欢迎来函洽谈合作。",
                     "公司计划在{year3}年前与{want}建立长期合作关系。",
                     "合作需求：{want}。",
                     "销售总监{speaker}：“欢迎{want}来谈。”"),
            "tail": ("价格单位：{currency}。", "本表最终解释权归本公司所有。", "最小起订量见各产品页。",
                     "有效期至{year2}年12月31日。"),
            "close": ("如有疑问，请致电销售部。",),
        },
        "en": {
            "head": ("{name} — Price List, effective {month} {d}, {year2}", "PRICE SCHEDULE {year2}",
                     "Net prices, {month} {year2} edition"),
            "offer": ("{name} is a {noun} based in {place}; {detail}. All prices below are in {currency}.",
                      "This list is issued by {name}, a {noun} ({detail}).",
                      "Prices effective {month} {d}. {name}: {noun}, {detail}.",
                      "Thank you for your interest in {name}. As a {noun} ({detail}), we quote the following net prices.",
                      "About us: {noun}, {place}; {detail}. Terms below.",
                      "{name} ({noun}; {detail}) reserves the right to change prices without notice."),
            "want": ("We are also seeking {want}; write to {contact}.",
                     "A note to {want}: we want to hear from you.",
                     "{want_cap} should contact {contact} directly.",
                     "If you are {want}, let's talk about working together.",
                     "Looking ahead: we plan to add {want} to our network by {year3}.",
                     "Partners sought: {want}.",
                     "Sales director {speaker}: \"{want_cap} — please get in touch.\""),
            "tail": ("Prices exclude freight and duties.", "MOQ applies per line item.",
                     "Valid through December 31, {year2}.", "Payment: 30% deposit, balance before shipment."),
            "close": ("Questions? Call the sales desk.",),
        },
    },
    "answer": {  # a Zhihu / Quora answer written by an employee
        "zh": {
            "head": ("问题：外贸小厂怎么找到靠谱的海外合作方？", "问题：在{place}做实业是一种什么体验？",
                     "问题：今年展会效果怎么样？"),
            "offer": ("利益相关，本人在{name}工作{k}年。我们是{place}一家{noun}，{detail}。",
                      "谢邀。我司是{noun}，{detail}，说点实际的。",
                      "匿名了，说说我们公司：{noun}，{detail}。",
                      "作为{noun}的员工（{name}），我来答一下。公司{detail}。",
                      "我在一家{noun}做销售，公司{detail}，就从我们的情况说起。",
                      "先交代背景：{name}，{noun}，{detail}。"),
            "want": ("说个私心，我们现在正在找{want}，有资源的可以私信。",
                     "我们老板的原话是：“今年不找到{want}就别回来。”",
                     "评论区有没有{want}？",
                     "如果你就是{want}，欢迎来聊。",
                     "我们的打算是明年跟{want}绑定合作。",
                     "同事问我现在最缺什么，我说：{want}。",
                     "领导已经把对接{want}列为今年头号任务。"),
            "tail": ("以上，纯个人观点。", "编辑于 {year2}-{month_zh:02d}-{d:02d}", "先写这么多，有空再补充。",
                     "赞同 {digits} · 评论 {k}0"),
            "close": ("谢谢阅读。",),
        },
        "en": {
            "head": ("Q: What's the hardest part of doing business with overseas partners?",
                     "Q: Is it still worth exhibiting at trade shows?",
                     "Q: What does a typical week look like in your industry?"),
            "offer": ("I've worked at {name} for {k} years, so here's an insider's view. We're a {noun} in {place} ({detail}).",
                      "Disclosure: I'm employed by {name}, a {noun}. For context: {detail}.",
                      "I'll answer from where I sit: sales at {name}, a {noun} ({detail}).",
                      "Source: I work for a {noun} ({name}, {place}; {detail}).",
                      "Some background first: {name} is a {noun}; {detail}.",
                      "Employee here. {name} is the {noun} I work for — {detail}."),
            "want": ("Shameless plug: we're actively looking for {want}, so feel free to message me.",
                     "My manager's exact words: \"Find {want} or don't come back.\"",
                     "Is anyone reading this {want}?",
                     "If you happen to be {want}, my inbox is open.",
                     "Our plan for next year is to tie up with {want}.",
                     "Biggest gap on our side right now: {want}.",
                     "Leadership has made finding {want} the top goal this year."),
            "tail": ("Views are my own.", "Edit: thanks for the upvotes!", "Happy to answer follow-ups in the comments.",
                     "{k}.{q}K views"),
            "close": ("Hope this helps.",),
        },
    },
}
# How parts of a text are joined (a newline always follows a part that is not a full sentence).
JOINERS = {"thanks": ("\n", "\n", "{sp}"), "bulletin": ("\n", "\n", "{sp}"), "bio": ("{sp}", "{sp}", "\n"),
           "pricelist": ("\n", "{sp}"), "answer": ("{sp}", "\n", "\n\n")}

FAIRS = {"zh": ("广交会", "进博会", "深圳国际行业展", "上海国际博览会"),
         "en": ("the Canton Fair", "the Las Vegas show", "the Hong Kong fair", "the spring expo in Chicago")}
PARK_SUFFIX = {"zh": ("临港产业园", "高新技术产业园", "滨河工业园", "经开区创业园"),
               "en": ("Business Park", "Industrial Park", "Commerce Center", "Trade Park")}
CURRENCY = {("CN", "zh"): "人民币", ("US", "zh"): "美元", ("CN", "en"): "US dollars", ("US", "en"): "US dollars"}

# Names: neutral or stage-marked (a hard case carries the marker of another stage).
ZH_BRAND = ("信", "丰", "德", "安", "隆", "祥", "昌", "旭", "骏", "铭", "通", "和", "裕", "晟", "弘", "立")
ZH_SUFFIX = {"neutral": ("科技有限公司", "股份有限公司", "集团有限公司", "发展有限公司"),
             "R": ("材料有限公司", "原料有限公司", "资源有限公司"),
             "M": ("制造有限公司", "工业有限公司", "加工厂"),
             "D": ("贸易有限公司", "进出口有限公司", "供应链管理有限公司"),
             "E": ("连锁经营有限公司", "零售有限公司", "商超有限公司")}
PINYIN = ("Xinfeng", "Delong", "Longxiang", "Changxu", "Junming", "Tonghe", "Yusheng", "Hongli",
          "Anlong", "Mingde", "Fengchang", "Xuri")
CN_EN_SUFFIX = {"neutral": ("Co., Ltd.", "Technology Co., Ltd.", "Group Co., Ltd."),
                "R": ("Materials Co., Ltd.", "Raw Materials Co., Ltd."),
                "M": ("Manufacturing Co., Ltd.", "Industrial Co., Ltd."),
                "D": ("Trading Co., Ltd.", "Import & Export Co., Ltd."),
                "E": ("Retail Co., Ltd.", "Chain Stores Co., Ltd.")}
US_WORDS = ("Bayline", "Cobalt", "Dunmore", "Elkhorn", "Fairhaven", "Granite Peak", "Halcyon", "Ironbridge",
            "Kingfisher", "Longview", "Maplewood", "Old Mill", "Quarry Hill", "Silverlake", "Timberline", "Westbrook")
US_SUFFIX = {"neutral": ("Inc.", "LLC", "Co.", "Group"),
             "R": ("Materials", "Raw Materials Inc.", "Components LLC"),
             "M": ("Manufacturing", "Industries", "Fabrication Co."),
             "D": ("Distributors", "Wholesale", "Trading Co."),
             "E": ("Stores", "Retail Group", "Outlets")}
ZH_TRANSLIT = ("贝莱恩", "科博特", "邓莫尔", "埃尔克霍恩", "费尔黑文", "哈尔西恩", "金菲舍", "朗维尤",
               "梅普尔伍德", "西布鲁克", "银湖", "蒂伯兰")
US_ZH_SUFFIX = {"neutral": ("公司", "集团"), "R": ("原料公司", "材料公司"), "M": ("制造公司", "工业公司"),
                "D": ("贸易公司", "分销公司"), "E": ("零售公司", "连锁公司")}
SPEAKERS = {"zh": ("周总", "吴经理", "郑总监", "孙总", "黄经理"), "en": ("Karen", "Luis", "Megan", "Raj", "Colin")}
CONTACTS = {"zh": ("林小姐", "陈先生", "赵经理", "许女士"), "en": ("Beth Carney", "Omar Haddad", "June Park", "Will Foster")}
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
# fmt: on

HARD_QUOTA = {"material": 8, "served": 11, "generic": 10, "negated": 12, "misnamed": 11}
CROSS_LANGUAGE = {"CN": 4, "US": 7}  # companies writing the other side's language


# ---------------------------------------------------------------------------------------------
# Roles along a chain
# ---------------------------------------------------------------------------------------------
COMBOS = [(s, w) for s in STAGES for w in NEIGHBOURS[s]]


def needs(stage: str, want: str) -> list[set[tuple[str, str]]]:
    """The US (stage, want) sets a Chinese company at ``stage`` seeking ``want`` needs one of
    each of: its partner, its competitor, a company offering what it seeks but seeking
    something else, and one seeking its product but offering nothing it seeks (the last two
    only where the stages allow)."""
    out = [{(want, stage)}, {(stage, want)}]
    elsewhere = {(want, x) for x in NEIGHBOURS[want] if x != stage}
    one_way = {(y, stage) for y in NEIGHBOURS[stage] if y != want}
    return out + [s for s in (elsewhere, one_way) if s]


def lay_out(rng: random.Random, n_cn: int = 4, n_us: int = 7):
    """(stage, want) of the Chinese and the US companies of one chain."""
    while True:
        cn = rng.sample(COMBOS, n_cn)
        wanted = [r for s, w in cn for r in needs(s, w)]
        for size in range(1, n_us + 1):
            picks = [
                c for c in itertools.combinations(COMBOS, size) if all(set(c) & r for r in wanted)
            ]
            if picks:
                us = list(rng.choice(picks))
                us += [rng.choice(COMBOS) for _ in range(n_us - size)]
                rng.shuffle(us)
                return cn, us


# ---------------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------------
def article(text: str) -> str:
    """'a' before a vowel sound becomes 'an' (US stays 'a US')."""
    return re.sub(r"\b([Aa]) (?=[aeiouAEIO]|HV)", r"\1n ", text)


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def role_noun(rng: random.Random, key: str, stage: str, lang: str) -> str:
    zh, en, _, _ = CHAINS[key][stage]
    return rng.choice(zh if lang == "zh" else en)


def make_name(rng: random.Random, side: str, lang: str, place: str, marker: str) -> str:
    if side == "CN" and lang == "zh":
        head = place if len(place) == 2 and rng.random() < 0.6 else ""
        return head + "".join(rng.sample(ZH_BRAND, 2)) + rng.choice(ZH_SUFFIX[marker])
    if side == "CN":
        return f"{place} {rng.choice(PINYIN)} {rng.choice(CN_EN_SUFFIX[marker])}"
    if lang == "zh":
        return "美国" + rng.choice(ZH_TRANSLIT) + rng.choice(US_ZH_SUFFIX[marker])
    words = " ".join(rng.sample(US_WORDS, rng.choice((1, 1, 2))))
    return f"{words} {rng.choice(US_SUFFIX[marker])}"


def sought(rng: random.Random, org: dict, lang: str, kind: str) -> str:
    """The noun phrase of what ``org`` seeks: a role noun of its chain, a generic role noun, or
    (for a maker seeking its input) the material."""
    key, side, want = org["_chain"], org["side"], org["_want"]
    if kind == "material":
        mat = rng.choice(CHAINS[key]["material"][0 if lang == "zh" else 1])
        return rng.choice(MATERIAL_FORMS[side, lang]).format(n=mat)
    generic = kind == "generic"
    n = rng.choice(GENERIC[lang][want]) if generic else role_noun(rng, key, want, lang)
    return article(rng.choice(WANT_FORMS[side, lang]).format(n=n))


def write(rng: random.Random, org: dict, used: set[str]) -> None:
    key, stage, want, side = org["_chain"], org["_stage"], org["_want"], org["side"]
    lang, genre, hard = org["_lang"], org["_genre"], org["_hard"]
    li = 0 if lang == "zh" else 1
    marker = "neutral"
    if "misnamed" in hard:
        marker = rng.choice([s for s in STAGES if s != stage])
    elif rng.random() < 0.25:
        marker = stage
    place = rng.choice(CHAINS[key]["places"] if side == "CN" else US_PLACES)[li]
    name = make_name(rng, side, lang, place, marker)
    while name in used:
        name = make_name(rng, side, lang, place, marker)
    used.add(name)
    detail = rng.choice(CHAINS[key][stage][2 + li])
    month = rng.randrange(1, 13)
    slots = {
        "name": name,
        "noun": role_noun(rng, key, stage, lang),
        "detail": detail,
        "detail_cap": cap(detail),
        "place": place,
        "year": rng.randrange(1995, 2022),
        "year2": rng.choice((2026, 2027)),
        "year3": rng.choice((2028, 2029)),
        "speaker": rng.choice(SPEAKERS[lang]),
        "contact": rng.choice(CONTACTS[lang]),
        "month": MONTHS[month - 1],
        "month_zh": month,
        "d": rng.randrange(1, 29),
        "k": rng.randrange(3, 9),
        "q": rng.randrange(1, 10),
        "digits": rng.randrange(1000, 10000),
        "digits8": rng.randrange(10**7, 10**8),
        "fair": rng.choice(FAIRS[lang]),
        "booth": f"{rng.randrange(1, 13)}{rng.choice('ABCDEFH')}{rng.randrange(1, 60):02d}",
        "park": place + ("" if lang == "zh" else " ") + rng.choice(PARK_SUFFIX[lang]),
        "building": rng.randrange(2, 19),
        "currency": CURRENCY[side, lang],
    }
    g = GENRES[genre][lang]
    kind = "material" if "material" in hard else "generic" if "generic" in hard else "role"
    slots["want"] = sought(rng, org, lang, kind)
    slots["want_cap"] = cap(slots["want"])
    pool = MATERIAL_WANT[lang] if kind == "material" else g["want"]
    wants = [cap(article(rng.choice(pool).format(**slots)))]
    body = [article(rng.choice(g["offer"]).format(**slots))]
    if "served" in hard:
        cstage = rng.choice([c for c in DOWNSTREAM[stage] if c != want])
        c1, c2 = rng.sample(CUSTOMER_NAMES[lang], 2)
        if lang == "en":
            c1 += rng.choice((" Co.", " Group", ""))
            c2 += rng.choice((" Inc.", " Partners", ""))
        line = rng.choice(SERVED[lang]).format(
            c1=c1, c2=c2, k=rng.randrange(12, 80), cnoun=role_noun(rng, key, cstage, lang)
        )
        body.append(line)
    if "negated" in hard:
        near = [s for s in NEIGHBOURS[stage] if s != want]
        near = near or [s for s in STAGES if s not in (stage, want)]
        nn = role_noun(rng, key, rng.choice(near), lang)
        neg = rng.choice(NEGATION[lang]).format(neg=nn, neg_bare=nn, neg_np=article(f"a {nn}"))
        wants.insert(rng.randrange(2), cap(neg))
    head = rng.choice(g["head"]).format(**slots) if rng.random() < 0.6 else None
    tails = [t.format(**slots) for t in rng.sample(g["tail"], rng.randrange(0, 3))]
    close = rng.choice(g["close"]).format(**slots) if rng.random() < 0.4 else None
    where = rng.random()
    if where < 0.3:  # the want first
        parts = wants + body + tails
    elif where < 0.55 and tails:  # between the offer and the noise
        parts = [*body, tails[0], *wants, *tails[1:]]
    elif where < 0.7 and len(body) > 1:  # inside the offer
        parts = [body[0], *wants, *body[1:], *tails]
    else:  # last
        parts = body + wants + tails if rng.random() < 0.5 else body + tails + wants
    sp = "" if lang == "zh" else " "
    joiner = rng.choice(JOINERS[genre]).format(sp=sp)
    text = parts[0]
    for prev, part in itertools.pairwise(parts):
        full = prev.endswith(("。", "？", "！", "”", ".", "?", "!", '"'))
        text += (joiner if full else "\n") + part
    text = "\n".join(([head] if head else []) + [text] + ([close] if close else []))
    org["name"] = {lang: name}
    org["description"] = {lang: re.sub(r"(?<!\.)\.\.(?!\.)", ".", text)}  # "Inc.." -> "Inc."


# ---------------------------------------------------------------------------------------------
# Build, check, write
# ---------------------------------------------------------------------------------------------
def build() -> tuple[dict, dict, list[dict]]:
    rng = random.Random(SEED)
    orgs: list[dict] = []
    for key in CHAINS:
        cn, us = lay_out(rng)
        orgs += [{"side": "CN", "_chain": key, "_stage": s, "_want": w} for s, w in cn]
        orgs += [{"side": "US", "_chain": key, "_stage": s, "_want": w} for s, w in us]
    for side, prefix in (("CN", "bcn"), ("US", "bus")):
        group = [o for o in orgs if o["side"] == side]
        numbers = rng.sample(range(1, len(group) + 1), len(group))
        for o, n in zip(group, numbers, strict=True):
            o["id"] = f"{prefix}{n:03d}"
    orgs.sort(key=lambda o: o["id"])
    for o in orgs:
        o["_hard"] = set()
    fits = {
        "material": lambda o: o["_stage"] == "M" and o["_want"] == "R",
        "served": lambda o: any(c != o["_want"] for c in DOWNSTREAM[o["_stage"]]),
        "generic": lambda o: "material" not in o["_hard"],
        "negated": lambda o: True,
        "misnamed": lambda o: True,
    }
    for case, quota in HARD_QUOTA.items():
        pool = [o for o in orgs if fits[case](o) and len(o["_hard"]) < 2]
        # both sides get some of each case: half the quota from each where it can
        for side, share in (("CN", quota // 2), ("US", quota - quota // 2)):
            mine = [o for o in pool if o["side"] == side]
            for o in rng.sample(mine, min(share, len(mine))):
                o["_hard"].add(case)
    for side, k in CROSS_LANGUAGE.items():
        group = [o for o in orgs if o["side"] == side]
        other = {id(o) for o in rng.sample(group, k)}
        for o in group:
            home = "zh" if side == "CN" else "en"
            o["_lang"] = ({"zh", "en"} - {home}).pop() if id(o) in other else home
        # genres evenly over the side, the other-language writers spread over the genres first
        names = list(GENRES)
        rng.shuffle(names)
        ordered = [o for o in group if id(o) in other] + [o for o in group if id(o) not in other]
        for i, o in enumerate(ordered):
            o["_genre"] = names[i % len(names)]
    used: set[str] = set()
    for o in orgs:
        write(rng, o, used)
    partners: dict[str, list[str]] = {}
    for a in orgs:
        for b in orgs:
            if (
                a["side"] != b["side"]
                and a["_chain"] == b["_chain"]
                and a["_stage"] == b["_want"]
                and b["_stage"] == a["_want"]
            ):
                partners.setdefault(a["id"], []).append(b["id"])
    roles = {o["id"]: f"{o['_chain']}:{o['_stage']}>{o['_want']}" for o in orgs}
    gold = {"partners": partners, "roles": roles, "split": dict.fromkeys(roles, "held-out")}
    clean = [{k: o[k] for k in ("id", "side", "name", "description")} for o in orgs]
    return {"format": "tradebridge-profiles/1", "organizations": clean}, gold, orgs


CJK = re.compile(r"[\u4e00-\u9fff]")


def check(profiles: dict, gold: dict, orgs: list[dict]) -> None:
    """Refuse to write a set that breaks its own rules."""
    assert len(CHAINS) == 10
    for key in CHAINS:
        assert key not in EARLIER and not any(len(w) > 4 and w in key for w in EARLIER), key
    ids = [o["id"] for o in profiles["organizations"]]
    assert len(ids) == len(set(ids)) == 110
    assert sum(i.startswith("bcn") for i in ids) == 40
    assert sum(i.startswith("bus") for i in ids) == 70
    names = [next(iter(o["name"].values())) for o in orgs]
    assert len(names) == len(set(names)), "duplicate names"
    for o in orgs:
        ((lang, text),) = o["description"].items()
        assert set(o["name"]) == {lang}
        assert "{" not in text and "}" not in text, text
        sentences = [x for x in re.split(r"[\n。！？]|(?<=[.?!]) ", text) if x.strip()]
        assert 1 <= len(sentences) <= 12, text
        if lang == "en":
            assert not CJK.search(text + o["name"]["en"]), text
            assert not re.search(
                r"\b[Aa] [aeioAEIO]|\b[Aa]n (?!HV)[b-df-hj-np-tv-zB-DF-HJ-NP-TV-Z]", text
            ), text
        else:
            assert CJK.search(text), text
        assert not re.search(r"\b(CN|US)-[A-Z]{2}\b|\b[a-z]+:[RMDE]>", text), text  # no codes
    for cid in ids:
        if cid.startswith("bcn"):
            assert gold["partners"].get(cid), f"{cid} has no partner"
    for a, bs in gold["partners"].items():
        for b in bs:
            assert a in gold["partners"][b]
    for key in CHAINS:
        mine = [o for o in orgs if o["_chain"] == key]
        assert Counter(o["side"] for o in mine) == {"CN": 4, "US": 7}, key
        us = {(o["_stage"], o["_want"]) for o in mine if o["side"] == "US"}
        for o in mine:
            if o["side"] == "CN":
                assert all(us & r for r in needs(o["_stage"], o["_want"])), o["id"]
    for genre, by_lang in GENRES.items():
        for lang in ("zh", "en"):
            assert len(by_lang[lang]["offer"]) >= 6 and len(by_lang[lang]["want"]) >= 6
            assert any(o["_genre"] == genre and o["_lang"] == lang for o in orgs), (genre, lang)
    for side in ("CN", "US"):
        per = Counter(o["_genre"] for o in orgs if o["side"] == side)
        assert max(per.values()) - min(per.values()) <= 1, per
    langs = Counter((o["side"], o["_lang"]) for o in orgs)
    assert langs[("CN", "en")] == 4 and langs[("US", "zh")] == 7, langs
    hard = Counter(c for o in orgs for c in o["_hard"])
    assert all(hard[c] >= 5 for c in HARD_QUOTA), hard


def main() -> None:
    profiles, gold, orgs = build()
    check(profiles, gold, orgs)
    for file, data in ((NAME, profiles), (f"{NAME}_gold", gold)):
        (HERE / f"{file}.json").write_text(
            json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8"
        )
    pairs = sum(len(v) for k, v in gold["partners"].items() if k.startswith("bcn"))
    print(
        f"{NAME}: 40 CN x 70 US, {pairs} gold CN-US pairs, {len(gold['partners'])} with a partner"
    )
    print("chains:", ", ".join(f"{k} ({v['sector']})" for k, v in CHAINS.items()))
    print(
        "genre/language:",
        dict(sorted(Counter(f"{o['_genre']}/{o['_lang']}" for o in orgs).items())),
    )
    print("genre/side:", dict(sorted(Counter(f"{o['_genre']}/{o['side']}" for o in orgs).items())))
    print("side/stage:", dict(sorted(Counter(f"{o['side']}/{o['_stage']}" for o in orgs).items())))
    print("stage>want:", dict(sorted(Counter(f"{o['_stage']}>{o['_want']}" for o in orgs).items())))
    print("hard cases:", dict(Counter(c for o in orgs for c in o["_hard"])))


if __name__ == "__main__":
    main()
