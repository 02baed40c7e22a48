# ruff: noqa: E501  (the templates and role phrases are data; wrapping them would only hurt reading)
"""Write the eighth training corpus for the partner recommender: ``roles_corpus8.json``,
``roles_corpus8_gold.json`` and ``roles_corpus8_segments.json``.

    python bench/recommend/make_corpus8.py

Ten value chains from electronics, auto parts, machinery components and packaging (printed
circuit boards, LCD modules, radiators, shock absorbers, wiper blades, roller chain, O-rings,
flexible pouches, stretch film, aerosol cans), 4 Chinese and 7 US companies each. Every
description is written in one of five ways of writing, in Chinese or English:

* a trade-show lead-scanner note typed by a booth staffer;
* a cover letter sent with a catalogue ("Dear buyer…", "尊敬的采购商：");
* a chamber of commerce referral letter;
* an internal e-mail forwarded by a colleague ("FYI, …", "转给大家参考");
* a one-line entry of a delegation's participant list with a short remark.

Each description is built from clauses labelled ``offer`` (what the company is, makes, sells,
whom it serves), ``seek`` (what or whom it wants now) or ``other``; the clauses concatenated
are the description, and are written to the segments file. Hard cases: customers already
served named in the offer, negated wants ("不找代理，只找…"), role nouns inside company
names, wants naming only the role and the country, and wants of the input named by its
material. A pair (CN, US) is gold when both are in one chain and each one's stage is what
the other seeks.

Standard library only; deterministic (``random.Random(SEED)``).
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path

from corpus_tools import Ctx, place, plural, traps_covered

HERE = Path(__file__).resolve().parent
SEED = 80818
PREFIX = "k8"
N_CN, N_US = 4, 7
STAGES = ("R", "M", "D", "E")
NEIGHBOURS = {"R": ("M",), "M": ("R", "D", "E"), "D": ("M", "E"), "E": ("M", "D")}
SERVES = {"R": ("M",), "M": ("D", "E"), "D": ("E",), "E": ()}  # whom a stage already sells to
GENRES = (
    "lead-scanner note",
    "catalogue cover letter",
    "chamber referral letter",
    "forwarded internal e-mail",
    "delegation list entry",
)


# --------------------------------------------------------------------------------------------
# The chains: per stage (Chinese nouns, English nouns, Chinese details, English details,
# Chinese name words, English name words). English details are noun phrases ("with …").
# --------------------------------------------------------------------------------------------
def st(*parts: list[str]) -> dict[str, list[str]]:
    """One stage: nouns (zh, en), details (zh, en) and name words (zh, en), two of each."""
    return dict(zip(("zh", "en", "dzh", "den", "wzh", "wen"), parts, strict=True))


CHAINS: dict[str, dict] = {
    "pcb": {
        "cat": "elec", "product": ("印制电路板", "printed circuit boards"),
        "material": ("FR-4覆铜板和半固化片", "FR-4 laminate and prepreg"),
        "R": st(["覆铜板生产商", "电子级铜箔厂"], ["copper-clad laminate producer", "copper foil mill"],
                ["FR-4覆铜板月产120万张", "电解铜箔月产1500吨"],
                ["1.2 million FR-4 laminate sheets a month", "1,500 tonnes of electrodeposited copper foil a month"],
                ["覆铜板", "电子材料"], ["Laminates", "Copper Foil"]),
        "M": st(["PCB制造商", "线路板厂"], ["PCB fabricator", "circuit board shop"],
                ["多层板月产能6万平方米，最高可做24层", "主做HDI板和软硬结合板，最小线宽3mil"],
                ["60,000 m² of multilayer capacity a month, up to 24 layers", "HDI and rigid-flex lines down to 3 mil trace and space"],
                ["线路板", "电路"], ["Circuits", "PCB"]),
        "D": st(["电子元器件分销商", "PCB贸易商"], ["electronic components distributor", "PCB broker"],
                ["常备现货型号3万余个，48小时内发货", "一站式采购服务已做了十几年"],
                ["30,000 stocked part numbers shipped within 48 hours", "a buying desk that has run for fifteen years"],
                ["电子元器件", "电子商贸"], ["Electronics Supply", "Components Distributors"]),
        "E": st(["SMT贴片加工厂", "EMS代工企业"], ["contract electronics assembler", "EMS provider"],
                ["拥有SMT贴片线18条", "年用板量约40万平方米"],
                ["18 SMT lines across two plants", "roughly 400,000 m² of bare board used a year"],
                ["电子制造", "智能科技"], ["Assembly", "Electronics Manufacturing"]),
    },
    "lcdmodule": {
        "cat": "elec", "product": ("液晶显示模组", "LCD display modules"),
        "material": ("TFT液晶屏和偏光片", "TFT glass cells and polarizer film"),
        "R": st(["偏光片生产企业", "TFT液晶面板供应商"], ["polarizer film producer", "TFT glass cell supplier"],
                ["偏光片年产能3000万平方米", "5至12.1寸TFT面板月供货200万片"],
                ["30 million square metres of polarizer a year", "2 million TFT cells a month from 5 to 12.1 inch"],
                ["光电材料", "显示材料"], ["Optical Films", "Display Glass"]),
        "M": st(["液晶模组厂", "LCM显示模组生产商"], ["LCD module maker", "display module manufacturer"],
                ["1.5至21.5寸TFT模组月产80万片", "宽温、高亮和电容触摸全贴合都能做"],
                ["800,000 TFT modules a month from 1.5 to 21.5 inch", "wide-temperature, high-brightness and optically bonded touch modules"],
                ["显示", "光电"], ["Display", "Optoelectronics"]),
        "D": st(["显示屏代理商", "工控显示器经销商"], ["display distributor", "industrial display reseller"],
                ["代理四个面板品牌，常备500余款", "在全国设有6个技术支持点"],
                ["four panel lines on the card and 500 SKUs in stock", "six field application engineers"],
                ["显示器材贸易", "电子"], ["Display Distributors", "Display Supply"]),
        "E": st(["自助终端设备厂商", "医疗监护仪整机厂"], ["kiosk builder", "patient-monitor OEM"],
                ["年出货自助终端2万台", "年采购显示模组约15万片"],
                ["20,000 self-service kiosks shipped a year", "about 150,000 display modules bought a year"],
                ["智能设备", "医疗电子"], ["Kiosk Systems", "Medical Devices"]),
    },
    "radiator": {
        "cat": "auto", "product": ("汽车散热器", "radiators"),
        "material": ("铝钎焊复合带和翅片料", "aluminium brazing sheet and fin stock"),
        "R": st(["铝钎焊复合带生产商", "散热翅片铝箔厂"], ["aluminium brazing sheet mill", "fin stock supplier"],
                ["钎焊复合带年产6万吨", "翅片铝箔厚度0.06至0.15毫米，月供2000吨"],
                ["60,000 tonnes of clad brazing sheet a year", "2,000 tonnes of 0.06–0.15 mm fin stock a month"],
                ["铝业", "铝箔"], ["Aluminum", "Brazing Alloys"]),
        "M": st(["汽车散热器制造商", "水箱厂"], ["radiator manufacturer", "cooling module maker"],
                ["钎焊铝散热器年产150万只，覆盖2800个车型", "重卡水箱和中冷器月产3万套"],
                ["1.5 million brazed aluminium radiators a year covering 2,800 applications", "30,000 heavy-truck radiators and charge-air coolers a month"],
                ["散热器", "热交换"], ["Radiator Works", "Thermal"]),
        "D": st(["汽配批发商", "散热器一级代理"], ["aftermarket warehouse distributor", "cooling parts jobber"],
                ["常备散热器库存1.8万只", "配送网络覆盖华东六省"],
                ["18,000 radiators on the shelf", "same-day delivery within 300 km"],
                ["汽配贸易", "汽配"], ["Auto Parts Distributors", "Parts Supply"]),
        "E": st(["汽修连锁", "重卡物流车队"], ["auto repair chain", "truck fleet operator"],
                ["门店260家", "自有重卡1500辆"],
                ["260 repair shops", "1,500 Class 8 trucks"],
                ["汽车服务", "物流"], ["Auto Care", "Fleet Services"]),
    },
    "shockabsorber": {
        "cat": "auto", "product": ("减震器", "shock absorbers"),
        "material": ("精密无缝钢管和镀铬活塞杆", "DOM tubing and chrome-plated piston rods"),
        "R": st(["精密冷拔钢管厂", "镀铬活塞杆供应商"], ["precision tube mill", "chrome piston rod supplier"],
                ["冷拔精密管年产8万吨", "镀铬活塞杆月产200万支"],
                ["80,000 tonnes of cold-drawn tube a year", "2 million chrome-plated rods a month"],
                ["精密钢管", "金属制品"], ["Tube", "Precision Rod"]),
        "M": st(["减震器生产企业", "悬挂系统制造商"], ["shock absorber manufacturer", "suspension parts maker"],
                ["双筒减震器年产600万支", "氮气减震和可调阻尼产品都能做"],
                ["6 million twin-tube shocks a year", "nitrogen-charged and adjustable-damping units"],
                ["减震器", "悬架系统"], ["Suspension", "Ride Control"]),
        "D": st(["底盘件经销商", "汽配进口商"], ["chassis parts importer", "suspension parts wholesaler"],
                ["库存减震器4万支", "给400多家修理厂配货"],
                ["40,000 shocks in stock", "deliveries to 400-plus garages"],
                ["汽配贸易", "汽车配件"], ["Parts Importers", "Chassis Supply"]),
        "E": st(["越野车改装厂", "底盘维修连锁"], ["off-road upfitter", "tire and alignment chain"],
                ["年改装皮卡和越野车3000台", "维修门店120家"],
                ["3,000 pickups and SUVs built up a year", "120 alignment shops"],
                ["汽车改装", "汽车服务"], ["Offroad Outfitters", "Tire & Service"]),
    },
    "wiperblade": {
        "cat": "auto", "product": ("雨刮片", "wiper blades"),
        "material": ("石墨涂层胶条和弹簧钢片", "graphite-coated rubber refills and spring steel strip"),
        "R": st(["雨刮胶条供应商", "弹簧钢带生产商"], ["EPDM rubber compounder", "spring steel strip mill"],
                ["石墨涂层胶条月产3000万米", "雨刮骨架用弹簧钢带年产2万吨"],
                ["30 million metres of graphite-coated rubber a month", "20,000 tonnes of spring steel strip for blade frames a year"],
                ["橡胶制品", "弹簧钢"], ["Rubber", "Spring Steel"]),
        "M": st(["雨刮器工厂", "雨刮片贴牌厂"], ["wiper blade manufacturer", "private-label wiper factory"],
                ["无骨雨刮年产2000万支", "可做OEM贴牌，起订量5000支"],
                ["20 million beam blades a year", "private-label runs from 5,000 pieces"],
                ["雨刮器", "汽车零部件"], ["Wiper Products", "Blade Works"]),
        "D": st(["汽车用品批发商", "汽配电商卖家"], ["automotive accessories wholesaler", "online auto parts seller"],
                ["年销售雨刮片300万支", "在三个平台开有旗舰店"],
                ["3 million blades sold a year", "storefronts on three marketplaces"],
                ["汽车用品", "汽配商贸"], ["Auto Accessories Wholesale", "Parts Direct"]),
        "E": st(["快修快保连锁", "网约车运营公司"], ["quick-lube chain", "rental car fleet"],
                ["门店500余家", "运营车辆8000台"],
                ["500 quick-lube bays", "8,000 cars in service"],
                ["汽车服务", "出行服务"], ["Quick Lube", "Car Rental"]),
    },
    "rollerchain": {
        "cat": "mach", "product": ("滚子链", "roller chain"),
        "material": ("40Mn冷轧钢带和滚子线材", "cold-rolled alloy strip and roller wire"),
        "R": st(["链条用钢带供应商", "链条零件冲压厂"], ["alloy steel strip mill", "chain component stamper"],
                ["40Mn冷轧钢带年产5万吨", "链板、套筒、滚子月产1.5亿件"],
                ["50,000 tonnes of cold-rolled 40Mn strip a year", "150 million plates, bushings and rollers a month"],
                ["冷轧钢带", "五金冲压"], ["Strip Steel", "Stamping"]),
        "M": st(["滚子链制造商", "传动链条厂"], ["roller chain manufacturer", "drive chain plant"],
                ["ANSI和ISO标准链条年产4000万米", "不锈钢链和带附件输送链都能做"],
                ["40 million feet of ANSI and ISO chain a year", "stainless and attachment chain on short lead times"],
                ["链条", "传动机械"], ["Chain", "Drive Chain"]),
        "D": st(["传动件经销商", "工业品MRO分销商"], ["power transmission distributor", "MRO supply house"],
                ["库存链条和链轮1.2万个品规", "在五个城市设有仓库"],
                ["12,000 chain and sprocket SKUs in stock", "five branch warehouses"],
                ["传动设备", "工业品"], ["Bearing & Drive Supply", "Industrial Distributors"]),
        "E": st(["饲料加工厂", "木材加工厂"], ["sawmill", "grain elevator operator"],
                ["生产线12条，年耗用链条约2万米", "年加工原木30万立方米"],
                ["12 processing lines using about 60,000 ft of chain a year", "grain storage for 20 million bushels"],
                ["饲料", "木业"], ["Lumber", "Grain Co-op"]),
    },
    "oring": {
        "cat": "mach", "product": ("O型圈和密封件", "O-rings and seals"),
        "material": ("氟橡胶和氢化丁腈混炼胶", "FKM and HNBR compound"),
        "R": st(["氟橡胶混炼胶供应商", "特种橡胶原料商"], ["FKM compound supplier", "specialty elastomer producer"],
                ["混炼胶年产1.2万吨", "FKM、HNBR和EPDM配方胶都能按要求提供"],
                ["12,000 tonnes of mixed compound a year", "FKM, HNBR and EPDM compounds mixed to customer spec"],
                ["氟材料", "橡胶材料"], ["Elastomers", "Polymer Compounds"]),
        "M": st(["O型圈模压厂", "密封件制造商"], ["O-ring molder", "seal manufacturer"],
                ["O型圈日产300万只，AS568全规格", "平板硫化机260台"],
                ["3 million O-rings a day across all AS568 sizes", "260 compression presses"],
                ["密封件", "橡塑密封"], ["Seal", "Molding"]),
        "D": st(["密封件经销商", "液压气动配件商"], ["seal distributor", "fluid power distributor"],
                ["现货库存8万个规格", "可提供切割和硫化接头服务"],
                ["80,000 sizes in stock", "in-house cutting and splicing"],
                ["液压配件", "密封贸易"], ["Seal Supply", "Fluid Power"]),
        "E": st(["炼化企业维修中心", "液压油缸维修厂"], ["refinery maintenance contractor", "hydraulic repair shop"],
                ["负责3套炼油装置的检维修", "年修复油缸6000支"],
                ["turnaround work on three refineries", "6,000 cylinders rebuilt a year"],
                ["石化检修", "液压维修"], ["Industrial Services", "Hydraulic Repair"]),
    },
    "pouch": {
        "cat": "pack", "product": ("软包装袋", "flexible pouches"),
        "material": ("BOPP、镀铝膜和CPP基膜", "BOPP, metallized PET and CPP film"),
        "R": st(["BOPP薄膜生产企业", "镀铝膜厂"], ["BOPP film producer", "metallized film mill"],
                ["BOPP薄膜年产10万吨", "镀铝CPP和镀铝PET月产3000吨"],
                ["100,000 tonnes of BOPP a year", "3,000 tonnes of metallized CPP and PET a month"],
                ["薄膜", "新材料"], ["Films", "Metallizing"]),
        "M": st(["软包装彩印厂", "自立袋生产商"], ["flexible packaging converter", "stand-up pouch maker"],
                ["10色凹印机8台，日产复合袋120万只", "拉链自立袋、八边封和咖啡单向阀袋都能做"],
                ["eight 10-colour gravure presses and 1.2 million pouches a day", "zipper stand-ups, flat-bottom bags and valved coffee bags"],
                ["彩印包装", "软包装"], ["Flexible Packaging", "Pouch Converters"]),
        "D": st(["包装材料经销商", "包装贸易公司"], ["packaging distributor", "packaging broker"],
                ["代理12家工厂的产品", "仓库面积6000平方米，可做组套配送"],
                ["twelve converter lines represented", "a 60,000 sq ft warehouse with kitting"],
                ["包装材料", "包装贸易"], ["Packaging Distributors", "Pack Supply"]),
        "E": st(["休闲食品品牌", "咖啡烘焙企业"], ["snack brand", "coffee roaster"],
                ["年用包装袋约5000万只", "烘焙工厂日产咖啡豆20吨"],
                ["about 50 million bags used a year", "20 tonnes of coffee roasted a day"],
                ["食品", "咖啡"], ["Snacks", "Coffee Roasters"]),
    },
    "stretchfilm": {
        "cat": "pack", "product": ("缠绕膜", "stretch film"),
        "material": ("LLDPE和茂金属PE粒料", "LLDPE and metallocene PE pellets"),
        "R": st(["LLDPE树脂供应商", "茂金属聚乙烯生产商"], ["LLDPE resin supplier", "polyethylene producer"],
                ["线性低密度聚乙烯年产30万吨", "茂金属PE牌号20余个"],
                ["300,000 tonnes of LLDPE a year", "more than 20 metallocene PE grades"],
                ["石化", "聚合物"], ["Polymers", "Resins"]),
        "M": st(["缠绕膜生产厂", "流延拉伸膜厂"], ["stretch film extruder", "cast film plant"],
                ["五层共挤流延线6条，年产4万吨", "机用膜和手用膜都做，最薄12微米"],
                ["six 5-layer cast lines and 40,000 tonnes a year", "machine and hand film down to 12 micron"],
                ["塑料包装", "塑胶制品"], ["Stretch Films", "Plastics"]),
        "D": st(["包装耗材批发商", "仓储物资供应商"], ["packaging supply house", "shipping supplies distributor"],
                ["在华北设有8个配送仓", "月出货缠绕膜600吨"],
                ["eight distribution centres", "600 tonnes of film moved a month"],
                ["包装耗材", "物资贸易"], ["Shipping Supply", "Packaging Distributors"]),
        "E": st(["第三方物流公司", "饮料厂"], ["3PL warehouse operator", "beverage bottler"],
                ["仓储面积40万平方米", "每天发出成品托盘4000个"],
                ["4 million sq ft of warehouse space", "4,000 pallets shipped a day"],
                ["供应链", "饮品"], ["Logistics", "Bottling"]),
    },
    "aerosolcan": {
        "cat": "pack", "product": ("气雾罐", "aerosol cans"),
        "material": ("镀锡板和铝圆片", "tinplate coil and aluminium slugs"),
        "R": st(["镀锡板供应商", "铝圆片生产商"], ["tinplate mill", "aluminium slug supplier"],
                ["镀锡板年产50万吨", "1070铝圆片月产4000吨"],
                ["500,000 tonnes of tinplate a year", "4,000 tonnes of 1070 aluminium slugs a month"],
                ["镀锡板", "铝业"], ["Tinplate", "Aluminum Slugs"]),
        "M": st(["气雾罐制罐厂", "铝罐生产企业"], ["aerosol can maker", "aluminium can plant"],
                ["三片罐年产5亿只", "冲挤铝罐生产线10条，罐径35至66毫米"],
                ["500 million three-piece cans a year", "ten impact-extrusion lines for 35–66 mm cans"],
                ["制罐", "金属包装"], ["Can Manufacturing", "Aluminum Packaging"]),
        "D": st(["空罐贸易商", "包装容器经销商"], ["empty container distributor", "packaging stockist"],
                ["常备空罐库存2000万只", "可小批量拆零供货"],
                ["20 million empty cans in stock", "split-pallet orders from 1,000 cans"],
                ["包装容器", "容器贸易"], ["Container Supply", "Packaging Stockists"]),
        "E": st(["日化灌装企业", "喷漆生产企业"], ["household aerosol filler", "spray paint brand"],
                ["灌装线14条，年灌装1.5亿罐", "自喷漆年销量8000万罐"],
                ["14 filling lines and 150 million cans a year", "80 million cans of spray paint sold a year"],
                ["日化", "涂料"], ["Household Products", "Coatings"]),
    },
}  # fmt: skip

# A want that names only the role (and the country), not the product.
GENERIC = {
    "zh": {"R": ["原材料供应商", "上游原料厂"], "M": ["生产厂家", "工厂", "制造商"],
           "D": ["经销商", "代理商", "渠道商", "进口商"], "E": ["终端用户", "终端客户", "直接用户"]},
    "en": {"R": ["raw material supplier", "upstream supplier"], "M": ["manufacturer", "factory", "producer"],
           "D": ["distributor", "sales agent", "reseller", "importer"], "E": ["end user", "end customer", "direct buyer"]},
}  # fmt: skip

CERTS = {
    "elec": (["通过ISO 9001和UL认证", "国家高新技术企业"], ["UL and ISO 9001 certified", "RoHS and REACH compliant"]),
    "auto": (["通过IATF 16949认证", "省级专精特新企业"], ["IATF 16949 certified", "ISO 14001 and IATF 16949 certified"]),
    "mach": (["通过ISO 9001认证", "拥有发明专利12项"], ["ISO 9001:2015 certified", "holder of 12 patents"]),
    "pack": (["通过BRCGS包装认证", "获评省级绿色工厂"], ["BRCGS Packaging Materials certified", "FSC and ISO 22000 certified"]),
}  # fmt: skip

SHOWS = {
    "elec": (["慕尼黑上海电子展", "深圳国际电子展"], ["IPC APEX EXPO", "electronica China"]),
    "auto": (["上海法兰克福汽配展", "广州国际汽配展"], ["AAPEX Las Vegas", "Automechanika Shanghai"]),
    "mach": (["亚洲国际动力传动展", "中国国际工业博览会"], ["IMTS Chicago", "PTC ASIA"]),
    "pack": (["上海国际包装展", "中国国际塑料橡胶展"], ["PACK EXPO Chicago", "ProPak China"]),
}  # fmt: skip

# Places and people, by side (CN / US) and language.
CN_CITY_ZH = {"深圳": "广东", "东莞": "广东", "佛山": "广东", "苏州": "江苏", "常州": "江苏", "无锡": "江苏", "宁波": "浙江",
              "温州": "浙江", "台州": "浙江", "青岛": "山东", "厦门": "福建", "天津": "天津", "重庆": "重庆"}  # fmt: skip
# fmt: off
CN_CORE_ZH = ["宏图", "恒瑞", "骏达", "华冠", "鑫源", "联创", "永泰", "瑞丰", "金航", "博远", "正和", "嘉盛", "天成", "凯力", "远东", "海峰",
              "新锐", "立信", "东晟", "中科"]
CN_CORE_EN = ["Hongtu", "Hengrui", "Junda", "Huaguan", "Xinyuan", "Lianchuang", "Yongtai", "Ruifeng",
              "Jinhang", "Boyuan"]
US_CORE_EN = ["Harbor Ridge", "Lakeshore", "Northstar", "Blue Heron", "Ironwood", "Red Cedar", "Summit",
              "Prairie", "Keystone", "Granite Bay", "Tri-County", "Great Lakes", "Copperline", "Bayview",
              "Cumberland", "Allegheny", "Sierra", "Palmetto", "Riverbend", "Old Dominion", "Cascade",
              "Mesa Verde", "Liberty", "Twin Oaks"]
US_CORE_ZH = ["北星", "湖岸", "峰顶", "石溪", "红杉", "海湾", "大湖", "铁木", "蓝鹭", "草原"]
CITY = {
    ("CN", "zh"): list(CN_CITY_ZH),
    ("CN", "en"): ["Shenzhen", "Dongguan", "Suzhou", "Changzhou", "Ningbo", "Qingdao", "Xiamen", "Foshan"],
    ("US", "en"): ["Dayton, Ohio", "Grand Rapids, Michigan", "Charlotte, North Carolina", "Fort Worth, Texas",
                   "Louisville, Kentucky", "Allentown, Pennsylvania", "Spartanburg, South Carolina",
                   "Milwaukee, Wisconsin", "Kansas City, Missouri", "Chattanooga, Tennessee"],
    ("US", "zh"): ["俄亥俄州代顿", "密歇根州大急流城", "得克萨斯州沃斯堡", "北卡罗来纳州夏洛特", "威斯康星州密尔沃基", "田纳西州查塔努加"],
}
# fmt: on
REGION = {
    ("CN", "zh"): ["华东", "珠三角", "华北", "长三角"],
    ("CN", "en"): ["South China", "the Yangtze River Delta", "North China"],
    ("US", "en"): ["the Midwest", "the Southeast", "Texas and Oklahoma", "the Great Lakes region"],
    ("US", "zh"): ["美国中西部", "美国东南部", "五大湖地区"],
}  # fmt: skip
PEOPLE = {
    ("CN", "zh"): ["王磊", "张敏", "陈静", "刘洋", "李伟", "赵婷", "周涛", "孙悦", "吴刚", "郑丽"],
    ("CN", "en"): ["Li Wei", "Zhang Min", "Chen Jing", "Wang Lei", "Liu Yang", "Zhou Tao"],
    ("US", "en"): ["Mark Ellison", "Dana Whitfield", "Carlos Medina", "Priya Raman", "Kevin O'Neill", "Laura Chen", "Tom Brandt",
                   "Rachel Kim", "Steve Kowalski", "Angela Ruiz"],
    ("US", "zh"): ["马克·艾利森", "戴娜·惠特菲尔德", "陈劳拉", "汤姆·布兰特", "金瑞秋", "卡洛斯·梅迪纳"],
}  # fmt: skip
TITLES = {"zh": ["总经理", "采购经理", "外贸部经理", "董事长", "销售总监", "供应链总监"],
          "en": ["VP Sales", "Purchasing Manager", "Owner", "General Manager", "Director of Sourcing", "Export Manager"]}  # fmt: skip
COLLEAGUES = {
    "zh": ["小周", "李经理", "老陈", "Amy"],
    "en": ["Jenna", "Mike", "the Ohio team", "Sam"],
}
US_CHAMBERS_ZH = ["中国美国商会", "上海美国商会", "华南美国商会"]


def chamber_name(rng: random.Random, side: str, lang: str, city: str) -> str:
    """A chamber of commerce of the company's city (a US company writing Chinese: an AmCham in China)."""
    if side == "US" and lang == "zh":
        return rng.choice(US_CHAMBERS_ZH)
    if lang == "zh":
        return rng.choice([f"{city}市总商会", f"{city}市国际商会", f"{city}市进出口商会"])
    town = city.split(",", maxsplit=1)[0]
    if side == "CN":
        return rng.choice(
            [f"{town} General Chamber of Commerce", f"{town} International Chamber of Commerce"]
        )
    return rng.choice(
        [
            f"Greater {town} Chamber of Commerce",
            f"{town} Area Chamber of Commerce",
            f"{town} Regional Chamber",
        ]
    )


# The country a company's partner is in: (Chinese adjective, English adjective, English name).
ABROAD = {"CN": (["美国", "北美", "美国本土"], ["US", "American", "North American"], ["the US", "the United States"]),
          "US": (["中国", "中国大陆"], ["Chinese"], ["China"])}  # fmt: skip
TARGET = {
    "CN": (["北美市场", "美国市场"], ["the North American market", "the US"]),
    "US": (["中国市场", "华东地区"], ["China", "the Chinese market"]),
}
TRIP = {"CN": ("赴美", "trip to the US"), "US": ("来华", "visit to China")}

# --------------------------------------------------------------------------------------------
# The ways of writing. A template is a string (one clause of the slot's kind) or a tuple of
# (text, kind) clauses. Seek templates with "{who}" need a role noun (not a material).
# --------------------------------------------------------------------------------------------
OFFER, SEEK, OTHER = "offer", "seek", "other"

T: dict[str, dict[str, dict[str, list]]] = {
    "lead-scanner note": {
        "en": {
            "offer": [
                "Profile: {noun}, {detail}.",
                "They're {a_noun} — {detail}.",
                "{Noun}; {detail}.",
                "What they do: {noun}, {detail}.",
                "{short} = {noun}, {detail} per their brochure.",
                "Visitor's company is {a_noun} in {city} with {detail}.",
                "Told me they're {a_noun} ({detail}).",
            ],
            "served": ["Already sells to {served}.", "Current customers: {served}.", "Mostly supplies {served} today."],
            "seek": [
                "Looking for: {want}.",
                "Wants {want}, asked twice.",
                "Asked if we can introduce {who}.",
                "@Only interested if we can connect them with {want}.",
                "Plan: sign {who} before Q3.",
                'Quote: "we came here to find {want}."',
                "Need → {want}.",
                "Do we know {who}? They'd like names.",
            ],
            "head": ["Lead #{n} · {show} · Booth {booth} · {date} {time}", "SCAN {n} | {show} | {booth} | {time}"],
            "contact": ["Contact: {person}, {title}, {name}", "{person} ({title}) — {name}"],
            "follow": ["Follow-up: send price list + samples by Friday", "Rating: warm — call next week", "Hot lead, pass to {colleague}",
                       "Card stapled; follow up by e-mail"],
        },
        "zh": {
            "offer": [
                "客户类型：{noun}，{detail}。",
                "对方是{noun}，{detail}。",
                "{short}主营{product}，属于{noun}，{detail}。",
                "据介绍，{detail}，是一家{noun}。",
                "{noun}，{detail}（见名片背面）。",
                "公司情况：{detail}；定位是{noun}。",
            ],
            "served": ["目前主要给{served}供货。", "现有客户以{served}为主。", "已经长期为{served}供货。"],
            "seek": [
                "需求：{want}。",
                "想找{want}，问了两遍。",
                "问我们能不能介绍{who}。",
                "@如果能对接上{want}，下月愿意来访。",
                "计划三季度前敲定{who}。",
                "原话：“这次来就是找{want}的。”",
                "我们库里有没有{who}？对方想要名单。",
            ],
            "head": ["展会线索 No.{n}｜{show}｜展位{booth}｜{date} {time}", "扫码记录 {n}　{show}　{time}"],
            "contact": ["联系人：{person}（{title}），{name}", "{person}　{title}　{name}"],
            "follow": ["跟进：下周发报价单和样品", "意向等级：A，已加微信", "热线索，转{colleague}跟进", "跟进：展后一周内电话回访"],
        },
    },
    "catalogue cover letter": {
        "en": {
            "offer": [
                "{name} is {a_noun} based in {city}, with {detail}.",
                "We are {a_noun}: {detail}.",
                (("Founded in {year0}, ", OTHER), ("we are {a_noun} with {detail}.", OFFER)),
                "The catalogue reflects what we do best as {a_noun} — {detail}.",
                "Our company, {a_noun} in {city}, currently works with {detail}.",
                "In short: {noun}, {detail}, and dependable lead times.",
                "We are one of the established {nouns} in {region}, with {detail}.",
            ],
            "served": ["Our customers already include {served} across {region}.", "Today we mainly supply {served}."],
            "seek": [
                "We are currently looking for {want}.",
                "What we hope to find through this mailing is {want}.",
                "If you are {who}, we would be glad to send samples.",
                "Our plan for {year} is to partner with {who}.",
                "Are you {who}? Then this catalogue is for you.",
                "@Partners wanted: {want}.",
                'Our managing director\'s brief this year was simple: "find {want}."',
                "{Who} — that is the partner we have in mind.",
            ],
            "greet": ["Dear Buyer,", "Dear Purchasing Manager,", "Dear Sir or Madam,"],
            "intro": ["Please find enclosed our {year} catalogue.", "Enclosed is the {year} edition of our catalogue.",
                      "Thank you for visiting us at {show}; our new catalogue is attached."],
            "close": ["We look forward to hearing from you.", "Do not hesitate to contact us with any questions."],
            "sign": ["Best regards,\n{person}, {title}, {name}", "Sincerely,\n{person}\n{title}"],
        },
        "zh": {
            "offer": [
                "我司是一家{noun}，{detail}。",
                (("{short}成立于{year0}年，", OTHER), ("作为{noun}，{detail}。", OFFER)),
                "目录中收录的是我们作为{noun}的主力产品与服务，{detail}。",
                (("公司地处{city}，", OTHER), ("是专业的{noun}，{detail}。", OFFER)),
                "我们深耕{product}行业多年，{detail}，是业内知名的{noun}。",
                "作为{noun}，我们的优势在于：{detail}。",
                "本公司属{noun}，{detail}，交期稳定。",
            ],
            "served": ["目前长期为{served}供货。", "我们的客户已涵盖国内多家{served}。"],
            "seek": [
                "@现诚邀{want}洽谈合作。",
                "@我们此次最希望结识的是{want}。",
                "如贵司是{who}，欢迎来函索取样品。",
                "{year}年，我们计划在{tgt}与{who}建立长期合作。",
                "贵司是否正是我们在找的{who}？",
                "@合作对象：{want}。",
                "正如我们总经理所说：“今年一定要找到{want}。”",
                "目前正在物色{want}。",
                "{who}，是我们目前最希望合作的伙伴。",
            ],
            "greet": ["尊敬的采购商：", "尊敬的客户：", "采购部负责人："],
            "intro": ["您好！随函附上我司{year}年版产品目录，敬请查阅。", "您好！感谢您在{show}期间莅临我司展位，现将最新产品目录寄上。",
                      "您好！附件为{short}最新产品目录。"],
            "close": ["如需样品或报价，请随时与我们联系。", "期待与您合作！", "顺祝商祺！"],
            "sign": ["{name}　{person}（{title}）\n{date}", "{name}\n{date}"],
        },
    },
    "chamber referral letter": {
        "en": {
            "offer": [
                "{short} is {a_noun} in {city} with {detail}.",
                (("Founded in {year0}, ", OTHER), ("the company operates as {a_noun}, with {detail}.", OFFER)),
                "Our member has built a solid reputation as {a_noun}; its current setup: {detail}.",
                "They work as {a_noun}, with {detail}.",
                "The firm, {a_noun}, is known locally for {detail}.",
                "{short} counts among the region's reliable {nouns}, with {detail}.",
            ],
            "served": ["Its customer base already includes {served} throughout {region}.", "The company currently supplies {served}."],
            "seek": [
                "The company is now seeking {want}.",
                "What {short} hopes to find in {tgt} is {want}.",
                "Should you be {who}, or able to introduce one, they would welcome your contact.",
                "Management plans to secure {want} within the next twelve months.",
                'In their own words: "we are looking for {want}."',
                "@Partnership sought: {want}.",
                "Is there {who} among your members who could meet them?",
                "@They asked us specifically for an introduction to {want}.",
            ],
            "title": ["{chamber}\nLetter of Referral", "Letter of Referral — {chamber}"],
            "greet": ["To whom it may concern,", "Dear Colleagues,"],
            "intro": ["It is our pleasure to refer {name}, a member of the {chamber} since {year_m}.",
                      "The {chamber} is pleased to introduce our member {name}."],
            "close": ["We would be grateful for any assistance you can extend to them.", "Please contact our office for further details."],
            "sign": ["Yours faithfully,\n{person}, Executive Director", "Sincerely,\n{person}, President & CEO"],
        },
        "zh": {
            "offer": [
                "该公司是一家{noun}，{detail}。",
                (("{short}成立于{year0}年，", OTHER), ("系{noun}，{detail}。", OFFER)),
                "作为本地知名的{noun}，该企业{detail}。",
                "企业主营{product}，定位为{noun}，{detail}。",
                "经我会核实，该企业为{noun}，{detail}。",
                "该企业深耕行业{yrs}年，{detail}，在{region}的{noun}中颇具代表性。",
            ],
            "served": ["多年来稳定服务于{served}。", "其客户已覆盖{served}等群体。"],
            "seek": [
                "@该企业现希望结识{want}。",
                "此次{trip}，企业的主要目标是寻找{want}。",
                "如贵方为{who}，该企业十分期待与贵方联系。",
                "据企业介绍，其计划年内与{who}建立合作。",
                "企业负责人表示：“我们最缺的是{want}。”",
                "对接需求：{want}。",
                "贵方会员中是否有{who}？如有，烦请代为引荐。",
            ],
            "title": ["推荐函", "{chamber}推荐函"],
            "greet": ["致有关企业及机构：", "尊敬的各会员单位："],
            "intro": ["兹推荐我会会员单位{name}。", "{name}系我会{year_m}年入会的会员企业，现特向贵方推荐。"],
            "close": ["该企业诚信经营，在会内口碑良好，特此推荐。", "望予以关照为盼。", "特此函告。"],
            "sign": ["{chamber}\n{date}", "{chamber}秘书处\n{date}"],
        },
    },
    "forwarded internal e-mail": {
        "en": {
            "offer": [
                (("Had a call with {name} yesterday — ", OTHER), ("they're {a_noun} out of {city}, with {detail}.", OFFER)),
                "Quick background: {short} is {a_noun} with {detail}.",
                "Their setup: {detail}; basically {a_noun}.",
                "In short they're {a_noun}, decent size ({detail}).",
                (("{name} ({noun}) — {detail}, ", OFFER), ("per the deck they sent.", OTHER)),
                "From what I gather they're a mid-sized {noun} with {detail}.",
            ],
            "served": ["They already supply {served}, so don't pitch that side.", "Existing customers are mostly {served}."],
            "seek": [
                "What they want: {want}.",
                "They're hunting for {want} — any ideas?",
                "If we know {who}, they'd love an intro.",
                "Plan on their side is to lock in {want} by year end.",
                'Their words: "we\'re missing {want}."',
                "Do we have {who} in our network?",
                "Main ask = {want}.",
            ],
            "fyi": ["FYI, {fw_note}.", "FYI — see below, {fw_note}.", "FYI, forwarding this one ({fw_note})."],
            "fw_note": ["thought of the Ohio buyers group", "could fit the Shenzhen matchmaking day", "came in via the trade office",
                        "worth a look for next month's delegation"],
            "fwd": ["---------- Forwarded message ----------\nFrom: {person} | Subject: ", "-----Original Message-----\nFrom: {person} | Subject: "],
            "subject": ["Intro request – {short}", "{short} / possible match", "Contact from {show}", "Re: {short}"],
            "subject_seek": ["{short} looking for {want}", "{short}: wants {want}"],
            "greet": ["Hi all,", "Team,"],
            "sign": ["Thanks, {first}", "— {first}", "Cheers,\n{first}"],
        },
        "zh": {
            "offer": [
                (("昨天和{name}通了电话，", OTHER), ("对方是{noun}，{detail}。", OFFER)),
                "简单介绍一下：{short}是{noun}，{detail}。",
                "他们属于{noun}，{detail}，规模不小。",
                (("{name}（{noun}），{detail}，", OFFER), ("资料见附件。", OTHER)),
                "据我了解，这家是做{product}的{noun}，{detail}。",
                "对方基本情况：{noun}，{detail}。",
            ],
            "served": ["他们已经在给{served}供货了，这块不用再介绍。", "现有客户以{served}为主。"],
            "seek": [
                "对方想找{want}。",
                "他们这次的主要诉求是{want}，大家有资源吗？",
                "如果我们手上有{who}的资源，可以帮忙牵个线。",
                "他们打算年底前敲定{want}。",
                "对方原话：“我们就缺{want}。”",
                "我们的客户库里有没有{who}？",
                "需求：{want}。",
            ],
            "fyi": ["转给大家参考，{fw_note}。", "FYI，{fw_note}。", "转发一下，{fw_note}。"],
            "fw_note": ["可能适合下个月的对接会", "商务处转来的", "看看我们库里有没有合适的", "跟上周那家情况类似"],
            "fwd": ["-------- 转发的邮件 --------\n发件人：{person}｜主题：", "----- 原始邮件 -----\n发件人：{person}｜主题："],
            "subject": ["{short}对接需求", "介绍一家企业：{short}", "转：{short}资料", "{show}上认识的客户"],
            "subject_seek": ["{short}找{want}", "{short}想对接{want}"],
            "greet": ["各位好：", "大家好，"],
            "sign": ["{first}", "谢谢！\n{first}"],
        },
    },
    "delegation list entry": {
        # offers starting with a space or a bar are fields of the entry line, the others go
        # into the remark
        "en": {
            "offer": [" | {noun}", " — {noun}, {detail}", " ({noun})", " · Sector: {noun}",
                      "{A_noun} with {detail}.", "{Noun}; {detail}."],
            "served": ["Already supplies {served}.", "Sells mainly to {served}."],
            "seek": [
                "Seeks {want}.",
                "@Keen to meet {want}.",
                "Main objective is {want}.",
                "Meetings only if {who} can attend.",
                "Plans to sign {who} during the mission.",
                'In their words, "we\'re here for {want}."',
                "Is there {who} on the host side?",
            ],
            "entry": ["{n}. {person}, {title}, {name} ({city})", "{n}. {name} — {person}, {title}"],
            "remark": ["Remark: ", "Note: ", "Comments: ", "→ "],
        },
        "zh": {
            "offer": ["｜{noun}", "｜主营：{product}（{noun}）", "｜{noun}，{detail}", "　企业类型：{noun}",
                      "{noun}，{detail}。", "主营{product}，{detail}。"],
            "served": ["现为{served}供货。", "客户以{served}为主。"],
            "seek": [
                "@希望对接{want}。",
                "@重点约见{want}。",
                "此行目标是{want}。",
                "若有{who}参会，希望安排洽谈。",
                "计划此行签约{who}。",
                "@据团长转述，该企业“只想见{want}”。",
                "是否有{who}？请主办方协调。",
            ],
            "entry": ["{n}. {person}　{title}　{name}（{city}）", "{n}. {name}　{person}（{title}）"],
            "remark": ["备注：", "说明：", "※"],
        },
    },
}  # fmt: skip

# A negated want: the role it does not want (other), then the one it does (seek).
NEGATED = {
    ("en", 1): [(("We already have {neg} in place; ", OTHER), ("what we lack is {want}.", SEEK)),
                (("We are not looking for {neg}. ", OTHER), ("We want {want}.", SEEK)),
                (("No {neg}, please — ", OTHER), ("we need {want}.", SEEK))],
    ("en", 3): [(("They already have {neg}; ", OTHER), ("what they lack is {want}.", SEEK)),
                (("Not after {neg} — ", OTHER), ("only {want}.", SEEK)),
                (("The company is not seeking {neg}; ", OTHER), ("its priority is {want}.", SEEK))],
    ("zh", 1): [(("我们不找{neg}，", OTHER), ("只找{want}。", SEEK)),
                (("{neg}我们已经有了，", OTHER), ("现在缺的是{want}。", SEEK)),
                (("这次不考虑{neg}，", OTHER), ("@希望直接对接{want}。", SEEK))],
    ("zh", 3): [(("对方不找{neg}，", OTHER), ("只找{want}。", SEEK)),
                (("该企业已有{neg}，", OTHER), ("目前缺的是{want}。", SEEK)),
                (("不考虑{neg}，", OTHER), ("@只约见{want}。", SEEK))],
}  # fmt: skip
PERSON = {"catalogue cover letter": 1}  # the others speak of the company in the third person

FILLER = {
    "zh": ["员工{staff}余人。", "{cert}。", "公司始建于{year0}年。", "总部位于{city}。"],
    "en": [
        "About {staff} employees.",
        "{Cert}.",
        "Family-owned since {year0}.",
        "Headquarters: {city}.",
    ],
}


# --------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------
def article(phrase: str) -> str:
    """'a' or 'an' before ``phrase`` (acronyms by the sound of their first letter)."""
    word = phrase.split(maxsplit=1)[0].strip("(")
    if word.isupper() and len(word) > 1 and word.isalpha():
        vowel = word[0] in "AEFHILMNORSX"
    else:
        vowel = word[0].lower() in "aeio" or word.startswith("hour")
    return f"{'an' if vowel else 'a'} {phrase}"


def fill(template, kind: str, ctx: Ctx) -> list[tuple[str, str]]:
    """The clauses of one template: a string is one clause of ``kind``."""
    if isinstance(template, str):
        template = ((template, kind),)
    return [
        (re.sub(r"\.\.(?=\s|$)", ".", text.lstrip("@").format_map(ctx)), k) for text, k in template
    ]


def needs_party(template) -> bool:
    """A seek template that only fits a role noun ({who}, or marked with "@")."""
    text = template if isinstance(template, str) else "".join(t for t, _ in template)
    return "{who}" in text or "{Who}" in text or "@" in text


# --------------------------------------------------------------------------------------------
# Roles: each Chinese company's partner, then the traps beside it, then the chain
# --------------------------------------------------------------------------------------------
COMBOS = [(s, w) for s in STAGES for w in NEIGHBOURS[s]]


def possible_traps(cn: list[tuple[str, str]]) -> int:
    """How many (Chinese company, trap) pairs any US companies could provide."""
    return len(traps_covered(cn, COMBOS))


def cn_roles(rng: random.Random) -> list[list[tuple[str, str]]]:
    """The (stage, want) of the Chinese companies, chain by chain: every (stage, want) equally
    often over the file, four different ones in a chain."""
    while True:
        pool = COMBOS * (N_CN * len(CHAINS) // len(COMBOS))
        rng.shuffle(pool)
        groups = [pool[i : i + N_CN] for i in range(0, len(pool), N_CN)]
        if all(len(set(g)) == N_CN for g in groups):
            return groups


def us_roles(rng: random.Random, cn: list[tuple[str, str]]) -> tuple[list, int]:
    """(stage, want) of the US companies of a chain: each Chinese company's partner, then the
    traps beside it (competitor, offers what it seeks but wants something else, wants its
    product but offers nothing it seeks), chosen greedily to leave as few out as possible."""
    us = [(w, s) for s, w in cn]
    while len(us) < N_US:
        scored = [(len(traps_covered(cn, [*us, c])), rng.random(), c) for c in COMBOS]
        us.append(max(scored)[2])
    rng.shuffle(us)
    return us, len(traps_covered(cn, us))


# --------------------------------------------------------------------------------------------
# One company
# --------------------------------------------------------------------------------------------
USED_NAMES: set[str] = set()


def company_name(
    rng: random.Random, side: str, lang: str, chain: dict, *, stage: str, k: int, city: str
) -> tuple[str, str]:
    """(full name, short name); the name words often carry a role noun ("汽配贸易", "Distributors")."""
    for _ in range(200):
        if side == "CN" and lang == "zh":
            core, word = rng.choice(CN_CORE_ZH), chain[stage]["wzh"][k]
            tail = (
                "厂"
                if stage in "RM" and rng.random() < 0.25
                else rng.choice(["有限公司", "有限公司", "股份有限公司"])
            )
            where = rng.choice([f"{city}市", city, CN_CITY_ZH[city]])
            name, short = f"{where}{core}{word}{tail}", f"{core}{word}"
        elif side == "CN":
            core, word = rng.choice(CN_CORE_EN), chain[stage]["wen"][k]
            name, short = f"{city} {core} {word} Co., Ltd.", core
        elif lang == "en":
            core, word = rng.choice(US_CORE_EN), chain[stage]["wen"][k]
            name, short = f"{core} {word} {rng.choice(['Inc.', 'LLC', 'Corp.', 'Co.'])}", core
        else:
            core, word = rng.choice(US_CORE_ZH), chain[stage]["wzh"][k]
            name, short = f"{core}{word}（美国）有限公司", core
        if name not in USED_NAMES:
            USED_NAMES.add(name)
            return name, short
    raise RuntimeError("no free company name")


def want_phrases(
    rng: random.Random, side: str, lang: str, chain: dict, want: str
) -> tuple[str, str | None, str]:
    """(want, who, mode): the wanted partner as a noun phrase, the same as a role noun (None
    when the want names a material), and how it is named (specific, generic, material)."""
    zh_c, en_c, en_n = ABROAD[side]
    if want == "R" and rng.random() < 0.6:
        mode = "material"
    else:
        mode = "generic" if rng.random() < 0.25 else "specific"
    if lang == "zh":
        country = rng.choice(zh_c)
        if mode == "material":
            m = chain["material"][0]
            return rng.choice([m, f"稳定的{m}货源", f"{m}的长期供应"]), None, mode
        noun = rng.choice(GENERIC["zh"][want] if mode == "generic" else chain[want]["zh"])
        who = f"{country}{noun}" if mode == "generic" or rng.random() < 0.8 else noun
        adj = rng.choice(["", "", "有实力的", "可靠的", "长期稳定的"])
        return f"{adj}{who}", who, mode
    adj_c, name_c = rng.choice(en_c), rng.choice(en_n)
    if mode == "material":
        m = chain["material"][1]
        return (
            rng.choice(
                [f"a steady supply of {m}", f"{m} from {name_c}", f"a reliable source of {m}"]
            ),
            None,
            mode,
        )
    noun = rng.choice(GENERIC["en"][want] if mode == "generic" else chain[want]["en"])
    who = article(f"{adj_c} {noun}")
    forms = [who, f"{plural(noun)} in {name_c}", f"{adj_c} {plural(noun)}"]
    if mode == "specific":
        forms.append(article(f"{rng.choice(['reliable', 'established', 'mid-sized'])} {noun}"))
    return rng.choice(forms), who, mode


def seek_clauses(
    rng: random.Random, genre: str, lang: str, ctx: Ctx, *, own: str, want: str, flags: Counter
) -> list[tuple[str, str]]:
    """The seek sentence: sometimes a negated want first ("不找代理，只找…")."""
    # the role it does not want: another neighbour of its stage, else any other stage
    others = [x for x in NEIGHBOURS[own] if x != want] or [
        x for x in STAGES if x not in (own, want)
    ]
    if rng.random() < 0.18:
        neg = rng.choice(others)
        if lang == "zh":
            ctx["neg"] = rng.choice(GENERIC["zh"][neg] + ctx["chain"][neg]["zh"])
        else:
            ctx["neg"] = plural(rng.choice(GENERIC["en"][neg] + ctx["chain"][neg]["en"]))
        flags["negated want"] += 1
        pool = [
            t
            for t in NEGATED[lang, PERSON.get(genre, 3)]
            if ctx["who"] is not None or not needs_party(t)
        ]
        return fill(rng.choice(pool), SEEK, ctx)
    pool = [t for t in T[genre][lang]["seek"] if ctx["who"] is not None or not needs_party(t)]
    return fill(rng.choice(pool), SEEK, ctx)


def make_org(
    rng: random.Random,
    oid: str,
    side: str,
    *,
    key: str,
    stage: str,
    want: str,
    genre: str,
    lang: str,
    flags: Counter,
) -> tuple[dict, list]:
    """One organization and its segments."""
    chain = CHAINS[key]
    cat = chain["cat"]
    li = 0 if lang == "zh" else 1
    tpl = T[genre][lang]
    home = (side, lang)
    city = rng.choice(CITY[home])
    k = rng.randrange(2)  # which of the stage's two kinds of company: noun, detail and name agree
    name, short = company_name(rng, side, lang, chain, stage=stage, k=k, city=city)
    noun = chain[stage][lang][k]
    want_np, who, mode = want_phrases(rng, side, lang, chain, want)
    flags[f"want: {mode}"] += 1
    person = rng.choice(PEOPLE[home])
    year = rng.choice([2024, 2025, 2026])
    ctx = Ctx(
        chain=chain, name=name, short=short, noun=noun, nouns=plural(noun) if lang == "en" else noun,
        a_noun=article(noun) if lang == "en" else noun, detail=chain[stage]["d" + lang][k],
        product=chain["material" if stage == "R" else "product"][li], want=want_np, who=who, city=city, region=rng.choice(REGION[home]),
        year=year, year0=rng.randint(1988, 2016), year_m=rng.randint(2005, 2020), yrs=rng.randint(8, 30),
        tgt=rng.choice(TARGET[side][li]), trip=TRIP[side][li], person=person, first=person.split()[0] if lang == "en" else person,
        title=rng.choice(TITLES[lang]), show=rng.choice(SHOWS[cat][li]), booth=f"{rng.choice('ABCDEFNSW')}{rng.randint(1, 9)}{rng.randint(10, 99)}",
        n=rng.randint(3, 240), date=f"{year}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日" if lang == "zh" else f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        time=f"{rng.randint(9, 17)}:{rng.randint(0, 59):02d}", colleague=rng.choice(COLLEAGUES[lang]),
        chamber=chamber_name(rng, side, lang, city), staff=rng.choice([60, 120, 180, 250, 400, 800, 1500]),
        cert=rng.choice(CERTS[cat][li]),
    )  # fmt: skip
    if genre == "forwarded internal e-mail":
        ctx["fw_note"] = rng.choice(tpl["fw_note"])
    # the offer: the company, sometimes the customers it already serves (not what it seeks)
    pool = [
        t for t in tpl["offer"] if stage != "E" or "{product}" not in str(t)
    ]  # an end user makes none
    offer = [fill(rng.choice(pool), OFFER, ctx)]
    served = [x for x in SERVES[stage] if x != want]
    if served and rng.random() < 0.6:
        s_noun = rng.choice(chain[rng.choice(served)][lang])
        ctx["served"] = plural(s_noun) if lang == "en" else s_noun
        offer.append(fill(rng.choice(tpl["served"]), OFFER, ctx))
        flags["served customers named"] += 1
    seek = seek_clauses(rng, genre, lang, ctx, own=stage, want=want, flags=flags)
    filler = fill(rng.choice(FILLER[lang]), OTHER, ctx)
    for _ in range(50):  # 1 to 8 sentences or lines
        blocks = LAYOUT[genre](rng, lang, tpl, ctx, offer=offer, seek=seek, filler=filler)
        if units(blocks) <= MAX_UNITS:
            break
    else:
        raise RuntimeError(f"{oid}: no layout short enough")
    segments = render(blocks, " " if lang == "en" else "")
    description = "".join(t for t, _ in segments)
    org = {"id": oid, "side": side, "name": {lang: name}, "description": {lang: description}}
    return org, segments


# --------------------------------------------------------------------------------------------
# Layouts: a document is a list of lines; a line a list of sentences; a sentence a list of
# (text, kind) clauses. Sentences of a line are joined by a space (English) or nothing.
# --------------------------------------------------------------------------------------------
def one(rng, pool, kind, ctx):
    return fill(rng.choice(pool), kind, ctx)


def lead_layout(rng, lang, tpl, ctx, *, offer, seek, filler):
    body = list(offer) + ([filler] if rng.random() < 0.35 else [])
    lines = [[one(rng, tpl["head"], OTHER, ctx)]]
    if rng.random() < 0.7:
        lines.append([one(rng, tpl["contact"], OTHER, ctx)])
    lines += [[s] for s in place(rng, body, seek)]
    lines.append([one(rng, tpl["follow"], OTHER, ctx)])
    return lines


def cover_layout(rng, lang, tpl, ctx, *, offer, seek, filler):
    lines = [[one(rng, tpl["greet"], OTHER, ctx)]]
    intro = one(rng, tpl["intro"], OTHER, ctx)
    body = list(offer) + ([filler] if rng.random() < 0.3 else [])
    if rng.random() < 0.2:  # the want before anything else ("您好！" stays first in Chinese)
        lines += [[intro], [seek, *body]] if lang == "zh" else [[seek], [intro, *body]]
    else:
        lines += [[intro], place(rng, body, seek, first=0.25, last=0.6)]
    if rng.random() < 0.6:
        lines.append([one(rng, tpl["close"], OTHER, ctx)])
    lines.append([one(rng, tpl["sign"], OTHER, ctx)])
    return lines


def chamber_layout(rng, lang, tpl, ctx, *, offer, seek, filler):
    lines = [[one(rng, tpl["title"], OTHER, ctx)]]
    if rng.random() < 0.6:
        lines.append([one(rng, tpl["greet"], OTHER, ctx)])
    intro = one(rng, tpl["intro"], OTHER, ctx)
    r = rng.random()
    if r < 0.25:  # the want in the introduction paragraph
        lines.append([intro, seek, *offer])
    elif r < 0.6:
        lines += [[intro, *offer], [seek] + ([filler] if rng.random() < 0.3 else [])]
    else:
        lines += [[intro, *offer, seek]]
    if rng.random() < 0.6:
        lines.append([one(rng, tpl["close"], OTHER, ctx)])
    lines.append([one(rng, tpl["sign"], OTHER, ctx)])
    return lines


def email_layout(rng, lang, tpl, ctx, *, offer, seek, filler):
    lines = [[one(rng, tpl["fyi"], OTHER, ctx)]]
    head = fill(rng.choice(tpl["fwd"]), OTHER, ctx)
    in_subject = rng.random() < 0.25
    subject = (
        one(rng, tpl["subject_seek"], SEEK, ctx)
        if in_subject
        else one(rng, tpl["subject"], OTHER, ctx)
    )
    if not in_subject:
        head = [(head[0][0] + subject[0][0], OTHER)]
        subject = []
    lines.append([head + subject])
    if rng.random() < 0.5:
        lines.append([one(rng, tpl["greet"], OTHER, ctx)])
    body = list(offer) + ([filler] if rng.random() < 0.25 else [])
    if in_subject and rng.random() < 0.5:
        lines.append(body)  # the want only in the subject line
    else:
        lines.append(place(rng, body, seek))
    lines.append([one(rng, tpl["sign"], OTHER, ctx)])
    return lines


def delegation_layout(rng, lang, tpl, ctx, *, offer, seek, filler):
    entry = one(rng, tpl["entry"], OTHER, ctx)
    main, *more = offer
    remark: list = []
    if main[0][0][:1] in " ｜　—·(":  # a field of the entry line
        entry = entry + main
    else:
        remark.append(main)
    remark = place(rng, remark + more, seek, first=0.5, last=0.5)
    prefix = rng.choice(tpl["remark"]).format_map(ctx)
    first = remark[0]
    remark[0] = [(prefix + first[0][0], first[0][1]), *first[1:]]
    return [[entry], remark]


MAX_UNITS = 8


def units(lines: list) -> int:
    """Sentences and lines of a document: each sentence, and each line break inside one."""
    return sum(len(line) + sum(t.count("\n") for sent in line for t, _ in sent) for line in lines)


LAYOUT = {
    "lead-scanner note": lead_layout,
    "catalogue cover letter": cover_layout,
    "chamber referral letter": chamber_layout,
    "forwarded internal e-mail": email_layout,
    "delegation list entry": delegation_layout,
}


def render(lines: list, sep: str) -> list[list[str]]:
    """The (text, kind) segments of a document, separators kept at the end of a segment."""
    out: list[list[str]] = []
    for li, line in enumerate(lines):
        for si, sentence in enumerate(line):
            for ci, (text, kind) in enumerate(sentence):
                end = ""
                if ci == len(sentence) - 1:
                    if si < len(line) - 1:
                        end = sep
                    elif li < len(lines) - 1:
                        end = "\n"
                out.append([text + end, kind])
    return out


# --------------------------------------------------------------------------------------------
# The corpus
# --------------------------------------------------------------------------------------------
def slots(
    rng: random.Random, n: int, minority: str, n_minority: int, major: str
) -> list[tuple[str, str]]:
    """(genre, language) for ``n`` companies: genres even, the minority language spread."""
    genres = [GENRES[i % len(GENRES)] for i in range(n)]
    rng.shuffle(genres)
    langs = [major] * n
    seen: set[str] = set()
    for i, g in enumerate(genres):  # the minority language: one per genre first
        if sum(x == minority for x in langs) < n_minority and g not in seen:
            langs[i] = minority
            seen.add(g)
    for i in rng.sample(range(n), n):
        if sum(x == minority for x in langs) >= n_minority:
            break
        langs[i] = minority
    out = list(zip(genres, langs, strict=True))
    rng.shuffle(out)
    return out


def build() -> tuple[dict, dict, dict, dict]:
    rng = random.Random(SEED)
    USED_NAMES.clear()
    roles: list[tuple[str, str, str, str]] = []  # side, chain, stage, want
    coverage, possible = 0, 0
    for key, cn in zip(CHAINS, cn_roles(rng), strict=True):
        us, score = us_roles(rng, cn)
        coverage += score
        possible += possible_traps(cn)
        roles += [("CN", key, s, w) for s, w in cn] + [("US", key, s, w) for s, w in us]
    cn_slots = slots(rng, N_CN * len(CHAINS), "en", round(0.1 * N_CN * len(CHAINS)), "zh")
    us_slots = slots(rng, N_US * len(CHAINS), "zh", round(0.1 * N_US * len(CHAINS)), "en")
    orgs, segs, meta = [], {}, {}
    flags: Counter = Counter()
    count = {"CN": 0, "US": 0}
    for side, key, stage, want in roles:
        genre, lang = (cn_slots if side == "CN" else us_slots)[count[side]]
        count[side] += 1
        oid = f"{PREFIX}{side.lower()}{count[side]:03d}"
        org, seg = make_org(
            rng, oid, side, key=key, stage=stage, want=want, genre=genre, lang=lang, flags=flags
        )
        orgs.append(org)
        segs[oid] = seg
        meta[oid] = (side, key, stage, want, genre, lang)
    partners: dict[str, list[str]] = {}
    for a, (sa, ka, xa, wa, *_rest) in meta.items():
        for b, (sb, kb, xb, wb, *_more) in meta.items():
            if sa != sb and ka == kb and xa == wb and xb == wa:
                partners.setdefault(a, []).append(b)
    gold = {
        "partners": partners,
        "roles": {i: f"{m[1]}:{m[2]}>{m[3]}" for i, m in meta.items()},
        "split": dict.fromkeys(meta, "corpus"),
        "genres": {i: m[4] for i, m in meta.items()},
    }
    profiles = {"format": "tradebridge-profiles/1", "organizations": orgs}
    flags[f"traps covered (of {possible} possible)"] = coverage
    return profiles, gold, segs, {"meta": meta, "flags": flags}


ROLE_WORDS = ["贸易", "厂", "汽配", "物流", "Distributors", "Supply", "Importers", "Stockists", "Fleet", "Converters", "Molding",
              "Wholesale", "Roasters", "Bottling", "Outfitters", "Repair"]  # fmt: skip


def check(profiles: dict, gold: dict, segs: dict, meta: dict) -> None:
    """The corpus is consistent: segments, partners, roles, ids, genres and languages."""
    orgs = profiles["organizations"]
    ids = [o["id"] for o in orgs]
    assert len(ids) == len(set(ids)) == len(CHAINS) * (N_CN + N_US)
    assert all(
        re.fullmatch(rf"{PREFIX}(cn|us)\d{{3}}", i) and i[2:4] == o["side"].lower()
        for i, o in zip(ids, orgs, strict=True)
    )
    for o in orgs:
        ((lang, text),) = o["description"].items()
        assert list(o["name"]) == [lang] and text.strip() == text and text
        assert "".join(t for t, _ in segs[o["id"]]) == text, o["id"]
        assert all(t and k in (OFFER, SEEK, OTHER) for t, k in segs[o["id"]]), o["id"]
        kinds = {k for _, k in segs[o["id"]]}
        assert SEEK in kinds and OFFER in kinds, o["id"]
        assert "{" not in text and "}" not in text, o["id"]
        assert len(text.split("\n")) <= 8, o["id"]
        side, _, _, _, _, m_lang = meta[o["id"]]
        assert m_lang == lang and side == o["side"]
    for i, role in gold["roles"].items():
        key, sw = role.split(":")
        s, w = sw.split(">")
        assert key in CHAINS and w in NEIGHBOURS[s], (i, role)
    for i in ids:
        if i.startswith(f"{PREFIX}cn"):
            assert gold["partners"].get(i), f"{i} has no partner"
    for a, bs in gold["partners"].items():
        assert all(a in gold["partners"][b] for b in bs)
    by = Counter((g, meta[i][5]) for i, g in gold["genres"].items())
    assert all(by[g, lang] for g in GENRES for lang in ("zh", "en")), by


def main() -> None:
    profiles, gold, segs, info = build()
    meta, flags = info["meta"], info["flags"]
    check(profiles, gold, segs, meta)
    for suffix, data in (("", profiles), ("_gold", gold), ("_segments", segs)):
        (HERE / f"roles_corpus8{suffix}.json").write_text(
            json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8"
        )
    orgs = profiles["organizations"]
    print(f"roles_corpus8: {sum(o['side'] == 'CN' for o in orgs)} CN x {sum(o['side'] == 'US' for o in orgs)} US, "
          f"{len(gold['partners'])} companies with a partner, chains: {', '.join(CHAINS)}")  # fmt: skip
    for g in GENRES:
        c = Counter((m[0], m[5]) for m in meta.values() if m[4] == g)
        print(
            f"  {g:27s} "
            + "  ".join(f"{s}-{lang}:{c[s, lang]}" for s in ("CN", "US") for lang in ("zh", "en"))
        )
    print("  languages:", dict(Counter(m[5] for m in meta.values())))
    print("  roles:", dict(sorted(Counter(f"{m[2]}>{m[3]}" for m in meta.values()).items())))
    kinds = Counter(k for seg in segs.values() for _, k in seg)
    print("  segments:", dict(kinds))
    named = sum(any(w in next(iter(o["name"].values())) for w in ROLE_WORDS) for o in orgs)
    print("  hard cases:", dict(flags), f"role noun in name: {named}")


if __name__ == "__main__":
    main()
