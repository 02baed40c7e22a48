# ruff: noqa: E501  (the templates and role phrases are data; wrapping them would only hurt reading)
"""Write the ninth training corpus for the partner recommender: ``roles_corpus9.json``,
``roles_corpus9_gold.json`` and ``roles_corpus9_segments.json``.

    python bench/recommend/make_corpus9.py

Ten value chains of materials, components and supplies (carbon-fibre composite parts, silicone
rubber keypads, enamelled magnet wire, stainless-steel sinks, nylon yarn, fibreglass mesh,
ceramic capacitors, industrial gases, printing ink, biodegradable plastic bags), 4 Chinese and
7 US companies each, every company at one stage: R (raw material or key component), M (maker),
D (distributor, importer, wholesaler, agent) or E (end buyer or user, whose own business is
something else: a drone maker, a cabinet maker, a wafer fab, a label converter...). Every
description is written in one of five ways of writing, in Chinese or English, spread evenly
over both sides and both languages:

* a website FAQ page ("Q: … A: …", "问：…答：…");
* a company timeline / milestones list ("2009 — founded … 2026 — …", "2009年　成立…");
* a supplier-audit report summary written by an auditor (third person);
* an excerpt of a government subsidy application (STEP grant, 国际市场开拓资金…);
* a cover note replying to a request for quotation ("Re: RFQ …", "回复：询价单…").

Each description is built from clauses labelled ``offer`` (what the company is, makes, sells,
whom it already serves), ``seek`` (what or whom it wants now) or ``other`` (headers, dates,
greetings, terms, audit findings, budgets, negated wants); the clauses concatenated are the
description and are written to the segments file. Hard cases, each in several documents:
customers already served named in the offer, negated wants ("暂不考虑代理商，…", "We already
have distributors in place."), role nouns inside company names that differ from the company's
stage ("…Carbon Supply" for a maker, "…Cycles Manufacturing" for an end buyer), wants naming
only a generic role and the country ("a Chinese manufacturer", "美国经销商"), a maker's want
named by its input material ("a steady supply of PBAT and PLA compound"), and the want placed
first, in the middle or last, with and without a verb of wanting, as a label, a quotation, a
question, a condition, a plan or in the third person. A pair (CN, US) is gold when both are in
one chain and each one's stage is what the other seeks.

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
SEED = 90919
PREFIX = "k9"
N_CN, N_US = 4, 7
STAGES = ("R", "M", "D", "E")
NEIGHBOURS = {"R": ("M",), "M": ("R", "D", "E"), "D": ("M", "E"), "E": ("M", "D")}
SERVES = {"R": ("M",), "M": ("D", "E"), "D": ("E",), "E": ()}  # whom a stage already sells to
GENRES = (
    "website FAQ page",
    "company timeline",
    "supplier-audit summary",
    "subsidy application excerpt",
    "RFQ reply cover note",
)
OFFER, SEEK, OTHER = "offer", "seek", "other"


# --------------------------------------------------------------------------------------------
# The chains. Per stage: role nouns (zh, en), details (zh clause, en noun phrase), name words
# (zh, en), all lists of the same length (2 or 3) and read at the same index; an end buyer
# also has what it sells itself (own zh, own en).
# --------------------------------------------------------------------------------------------
FIELDS = ("zh", "en", "dzh", "den", "wzh", "wen", "ozh", "oen")


def st(*parts: list[str]) -> dict[str, list[str]]:
    """One stage: nouns, details, name words (and for an end buyer its own product)."""
    return dict(zip(FIELDS, parts, strict=False))


CHAINS: dict[str, dict] = {
    "cfrp": {
        "cat": "comp", "product": ("碳纤维复合材料制件", "carbon-fiber composite parts"),
        "material": ("碳纤维预浸料和T700级丝束", "carbon-fiber prepreg and T700-grade tow"),
        "R": st(["碳纤维原丝生产商", "预浸料供应商", "环氧树脂体系供应商"], ["carbon fiber producer", "prepreg supplier", "epoxy resin formulator"],
                ["12K碳纤维年产3000吨", "预浸料涂布线4条，月供60万平方米", "热熔环氧树脂体系年产5000吨"],
                ["3,000 tonnes of 12K tow a year", "four coating lines putting out 600,000 m² of prepreg a month", "5,000 tonnes of hot-melt epoxy systems a year"],
                ["碳纤维", "复材新材料", "树脂化工"], ["Carbon Fiber", "Prepreg", "Resin Systems"]),
        "M": st(["碳纤维制品厂", "复合材料零部件制造商", "热压罐成型厂"], ["composite parts manufacturer", "carbon fiber molder", "autoclave shop"],
                ["热压罐6台，最大直径4米", "年产碳纤维结构件15万件", "模压和RTM产线各3条"],
                ["six autoclaves up to 4 m in diameter", "150,000 structural carbon parts a year", "three compression-molding and three RTM lines"],
                ["复合材料", "碳纤维进出口", "航空复材"], ["Composites", "Carbon Supply", "Advanced Composites"]),
        "D": st(["复合材料贸易商", "碳纤维制品代理商"], ["composites distributor", "carbon parts importer"],
                ["代理五家工厂的碳板和碳管", "常备碳板、碳管库存2000余种"],
                ["carbon plate and tube lines from five factories", "more than 2,000 plate and tube sizes in stock"],
                ["复材贸易", "新材料商贸"], ["Composites Distributors", "Carbon Imports"]),
        "E": st(["无人机整机厂", "高端自行车品牌", "赛车改装厂"], ["drone maker", "performance bicycle brand", "motorsport fabrication shop"],
                ["年出货工业无人机1.2万架", "年销售碳纤维车架3万个", "每年为200多辆赛车做轻量化改装"],
                ["12,000 industrial drones shipped a year", "30,000 carbon frames sold a year", "lightweighting work on more than 200 race cars a year"],
                ["无人机科技", "自行车制造", "赛车工程"], ["Drone Systems", "Cycles Manufacturing", "Racing Works"],
                ["工业无人机", "公路自行车整车", "赛车改装套件"], ["industrial drones", "road bikes", "race-car conversion kits"]),
    },
    "keypad": {
        "cat": "elec", "product": ("硅胶按键", "silicone rubber keypads"),
        "material": ("硅橡胶混炼胶和导电黑粒", "silicone rubber compound and conductive carbon pills"),
        "R": st(["硅橡胶混炼胶供应商", "导电粒生产商"], ["silicone compound supplier", "conductive pill maker"],
                ["高温硫化硅橡胶月产800吨", "导电黑粒月产5亿粒"],
                ["800 tonnes of HTV silicone compound a month", "500 million conductive carbon pills a month"],
                ["有机硅", "导电材料"], ["Silicones", "Conductive Materials"]),
        "M": st(["硅胶按键厂", "硅胶制品生产商", "导电胶按键制造商"], ["silicone keypad molder", "rubber keypad manufacturer", "keypad and membrane switch maker"],
                ["硫化机120台，日产按键80万件", "镭雕、喷油和P+R按键都能做", "月产硅胶按键和薄膜开关300万件"],
                ["120 compression presses making 800,000 keys a day", "laser-etched, spray-coated and plastic-rubber keypads", "3 million keypads and membrane switches a month"],
                ["硅胶制品", "硅橡胶", "按键进出口"], ["Keypads", "Rubber Products", "Interface Technologies"]),
        "D": st(["人机界面件代理商", "电子元件贸易商"], ["HMI components distributor", "keypad sourcing agent"],
                ["代理七家按键厂，常备标准件800款", "为整机厂统一采购按键和面板"],
                ["seven keypad factories represented and 800 standard parts in stock", "a sourcing desk that buys keypads and overlays for OEMs"],
                ["电子贸易", "元件供应链"], ["Interface Distributors", "Sourcing Partners"]),
        "E": st(["遥控器生产厂", "医疗设备整机厂", "POS终端厂商"], ["remote control maker", "medical device OEM", "POS terminal maker"],
                ["年产遥控器1500万只", "年产输液泵和监护仪4万台", "年出货POS机60万台"],
                ["15 million remote controls a year", "40,000 infusion pumps and monitors a year", "600,000 payment terminals shipped a year"],
                ["电子制造", "医疗器械", "支付科技"], ["Electronics Manufacturing", "Medical Devices", "Payment Systems"],
                ["遥控器", "输液泵", "POS终端"], ["remote controls", "infusion pumps", "payment terminals"]),
    },
    "magnetwire": {
        "cat": "elec", "product": ("漆包线", "enameled magnet wire"),
        "material": ("无氧铜杆和绝缘漆", "copper rod and wire enamel"),
        "R": st(["无氧铜杆厂", "绝缘漆生产商"], ["copper rod mill", "wire enamel producer"],
                ["8毫米无氧铜杆年产20万吨", "聚酯亚胺和聚酰胺酰亚胺漆年产3万吨"],
                ["200,000 tonnes of 8 mm oxygen-free rod a year", "30,000 tonnes of polyesterimide and polyamide-imide enamel a year"],
                ["铜业", "绝缘材料"], ["Copper", "Insulating Varnish"]),
        "M": st(["漆包线厂", "电磁线生产企业"], ["magnet wire maker", "winding wire plant"],
                ["漆包圆线年产4万吨，线径0.05至3.0毫米", "扁线和自粘线都能做，立式漆包机60台"],
                ["40,000 tonnes of round wire a year from 0.05 to 3.0 mm", "rectangular and self-bonding wire on 60 vertical enameling lines"],
                ["电磁线", "线缆贸易"], ["Magnet Wire", "Wire Distributors"]),
        "D": st(["电磁线经销商", "电工材料批发商"], ["magnet wire distributor", "electrical insulation supply house"],
                ["常备漆包线库存800吨", "为3000多家电机维修厂配送"],
                ["800 tonnes of wire on the floor", "deliveries to more than 3,000 motor repair shops"],
                ["电工器材", "电工材料"], ["Winding Supply", "Electrical Supply"]),
        "E": st(["电机厂", "电动工具厂", "电机维修厂"], ["motor manufacturer", "power tool maker", "motor rewind shop"],
                ["年产中小型电机200万台", "年产电钻和角磨机300万台", "年修复电机8000台"],
                ["2 million small motors a year", "3 million drills and grinders a year", "8,000 motors rewound a year"],
                ["电机", "电动工具", "机电维修"], ["Motor Works", "Power Tools", "Electric Motor Repair"],
                ["中小型电机", "电钻和角磨机", "电机维修服务"], ["electric motors", "drills and grinders", "motor repair"]),
    },
    "sink": {
        "cat": "build", "product": ("不锈钢水槽", "stainless-steel sinks"),
        "material": ("304不锈钢卷板和下水器配件", "304 stainless coil and drain fittings"),
        "R": st(["不锈钢卷板供应商", "水槽下水器配件厂"], ["stainless coil supplier", "sink drain fittings maker"],
                ["304冷轧卷板月供5000吨，可按宽度分条", "下水器和沥水篮月产200万套"],
                ["5,000 tonnes of 304 cold-rolled coil a month, slit to width", "2 million strainers and drain assemblies a month"],
                ["不锈钢", "卫浴配件"], ["Stainless", "Drain Fittings"]),
        "M": st(["不锈钢水槽厂", "厨盆生产企业"], ["stainless sink manufacturer", "kitchen sink factory"],
                ["拉伸水槽和手工水槽年产120万只", "手工焊接台下盆日产3000只"],
                ["1.2 million drawn and handmade sinks a year", "3,000 handmade undermount sinks a day"],
                ["厨卫", "五金制品"], ["Sink Works", "Kitchen Products"]),
        "D": st(["厨卫建材经销商", "水暖批发商", "厨卫电商卖家"], ["kitchen and bath distributor", "plumbing wholesaler", "online kitchen fixture retailer"],
                ["4个仓库，常备水槽3万只", "为1200个水电施工队供货", "在两个平台年销水槽15万只"],
                ["four warehouses with 30,000 sinks in stock", "supply to 1,200 plumbing contractors", "150,000 sinks a year sold through two online marketplaces"],
                ["建材商贸", "水暖器材", "家居电商"], ["Kitchen & Bath Supply", "Plumbing Wholesale", "Factory Direct"]),
        "E": st(["整体橱柜企业", "商用厨房工程商", "酒店装修工程公司"], ["cabinet maker", "foodservice equipment contractor", "hotel fit-out contractor"],
                ["年交付橱柜4万套", "每年承接餐厅后厨项目300个", "每年完成酒店客房和后厨改造40个"],
                ["40,000 kitchen sets delivered a year", "about 300 restaurant kitchens fitted out a year", "40 hotel room-and-kitchen refits a year"],
                ["家居制造", "厨房设备工程", "装饰工程"], ["Cabinetry", "Kitchen Equipment", "Hospitality Interiors"],
                ["整体橱柜", "商用厨房工程", "酒店装修工程"], ["kitchen cabinets", "commercial kitchen fit-outs", "hotel fit-outs"]),
    },
    "nylonyarn": {
        "cat": "tex", "product": ("锦纶长丝", "nylon yarn"),
        "material": ("锦纶6切片", "nylon 6 chips"),
        "R": st(["锦纶切片生产商", "己内酰胺供应商"], ["nylon 6 chip producer", "caprolactam supplier"],
                ["锦纶6切片年产25万吨，半消光和全消光都有", "己内酰胺年产30万吨"],
                ["250,000 tonnes of semi-dull and full-dull nylon 6 chips a year", "300,000 tonnes of caprolactam a year"],
                ["化纤新材料", "化工"], ["Polyamide", "Chemicals"]),
        "M": st(["锦纶长丝厂", "锦纶纺丝企业", "锦纶加弹厂"], ["nylon filament spinner", "nylon yarn producer", "texturing mill"],
                ["高速纺丝位2000个，年产FDY和POY 8万吨", "20D至70D锦纶丝年产3万吨", "加弹机80台，月产DTY 2500吨"],
                ["2,000 high-speed spinning positions and 80,000 tonnes of FDY and POY a year", "30,000 tonnes of 20D to 70D yarn a year", "80 texturing machines putting out 2,500 tonnes of DTY a month"],
                ["锦纶", "化纤", "纺织贸易"], ["Nylon", "Fibers", "Yarn Trading"]),
        "D": st(["纱线贸易商", "化纤经销商"], ["yarn merchant", "synthetic fiber distributor"],
                ["常备锦纶丝库存1500吨", "给500多家织造厂配纱"],
                ["1,500 tonnes of nylon yarn in stock", "supply to more than 500 knitters and weavers"],
                ["纱线", "纺织原料"], ["Yarn Merchants", "Fiber Distributors"]),
        "E": st(["泳装厂", "经编面料厂", "运动服饰品牌"], ["swimwear maker", "warp knitter", "activewear brand"],
                ["年产泳装1200万件", "经编机150台，年产面料2万吨", "年销售瑜伽服和运动内衣600万件"],
                ["12 million swimsuits a year", "150 warp knitting machines and 20,000 tonnes of fabric a year", "6 million leggings and sports bras sold a year"],
                ["泳装", "针织", "服饰"], ["Swimwear", "Knit Fabrics", "Apparel"],
                ["泳装", "经编面料", "运动服饰"], ["swimwear", "warp-knit fabric", "activewear"]),
    },
    "fgmesh": {
        "cat": "build", "product": ("玻纤网格布", "fiberglass mesh"),
        "material": ("中碱玻纤纱和耐碱涂覆胶", "E-glass yarn and alkali-resistant coating"),
        "R": st(["玻璃纤维纱生产商", "耐碱涂覆胶供应商"], ["glass fiber yarn producer", "alkali-resistant coating supplier"],
                ["池窑拉丝年产玻纤纱12万吨", "丙烯酸耐碱乳液月产1500吨"],
                ["120,000 tonnes of tank-drawn glass yarn a year", "1,500 tonnes of acrylic alkali-resistant latex a month"],
                ["玻纤", "涂料化工"], ["Glass Fiber", "Coatings"]),
        "M": st(["玻纤网格布厂", "墙体增强网生产企业"], ["fiberglass mesh manufacturer", "reinforcing mesh weaver"],
                ["剑杆织机300台，年产网格布2亿平方米", "75至160克网格布都能做，可定制印字"],
                ["300 rapier looms and 200 million m² of mesh a year", "75 to 160 g/m² mesh with custom printing"],
                ["玻纤制品", "建材"], ["Mesh", "Building Products Trading"]),
        "D": st(["建材批发商", "保温材料经销商"], ["building materials distributor", "EIFS supply dealer"],
                ["12家门店，常备网格布5万卷", "为800多个施工队配送外保温材料"],
                ["12 branches holding 50,000 rolls of mesh", "deliveries to more than 800 stucco crews"],
                ["建材", "保温建材"], ["Building Supply", "Wall Systems Supply"]),
        "E": st(["外墙保温施工企业", "装饰工程公司", "防水工程公司"], ["EIFS contractor", "interior finishing contractor", "waterproofing contractor"],
                ["年施工外墙保温面积150万平方米", "年完成装修项目600个", "年施工防水面积200万平方米"],
                ["1.5 million m² of insulated facade installed a year", "600 finishing jobs a year", "2 million m² of waterproofing laid a year"],
                ["建筑工程", "装饰", "防水工程"], ["Exteriors", "Interiors Group", "Waterproofing"],
                ["外墙保温工程", "室内装修工程", "防水工程"], ["facade insulation work", "interior finishing", "waterproofing work"]),
    },
    "mlcc": {
        "cat": "elec", "product": ("陶瓷电容器", "ceramic capacitors"),
        "material": ("钛酸钡瓷粉和镍电极浆料", "barium titanate powder and nickel electrode paste"),
        "R": st(["钛酸钡粉体供应商", "电子浆料生产商"], ["barium titanate powder producer", "electrode paste maker"],
                ["水热法钛酸钡年产3000吨", "镍内电极浆料月产80吨"],
                ["3,000 tonnes of hydrothermal barium titanate a year", "80 tonnes of nickel electrode paste a month"],
                ["电子陶瓷材料", "电子浆料"], ["Advanced Ceramics", "Electronic Pastes"]),
        "M": st(["MLCC生产企业", "陶瓷电容器厂"], ["MLCC manufacturer", "ceramic capacitor maker"],
                ["片式电容月产300亿只，0201至1210尺寸", "高压瓷片电容和安规电容年产20亿只"],
                ["30 billion chips a month from 0201 to 1210", "2 billion high-voltage disc and safety capacitors a year"],
                ["电子元件", "电容器"], ["Capacitor", "Components Distribution"]),
        "D": st(["被动元件代理商", "元器件现货商"], ["passive components distributor", "component broker"],
                ["代理三个品牌，常备料号1.5万个", "现货库存超过20亿只"],
                ["three capacitor lines and 15,000 part numbers in stock", "more than 2 billion pieces of spot stock"],
                ["电子科技", "元器件商贸"], ["Passives", "Component Sourcing"]),
        "E": st(["电源适配器厂", "汽车电子企业", "电动车控制器厂"], ["power supply maker", "automotive electronics supplier", "e-bike controller maker"],
                ["年产电源适配器5000万只", "年供车载控制器300万套", "年产电动车控制器800万只"],
                ["50 million power adapters a year", "3 million automotive control units a year", "8 million e-bike controllers a year"],
                ["电源", "汽车电子", "电控"], ["Power Electronics", "Automotive Electronics", "Drive Controls"],
                ["电源适配器", "车载控制器", "电动车控制器"], ["power adapters", "automotive control units", "e-bike controllers"]),
    },
    "indgas": {
        "cat": "chem", "product": ("工业气体", "industrial gases"),
        "material": ("钢质气瓶和空分装置", "gas cylinders and air separation units"),
        "R": st(["钢质气瓶制造商", "空分设备厂"], ["gas cylinder manufacturer", "air separation unit builder"],
                ["无缝钢瓶年产80万只", "每年交付空分装置30套"],
                ["800,000 seamless cylinders a year", "30 air separation units delivered a year"],
                ["压力容器", "空分设备"], ["Cylinders", "Cryogenic Equipment"]),
        "M": st(["工业气体生产企业", "空分气体厂", "特种气体公司"], ["industrial gas producer", "air separation plant operator", "specialty gas maker"],
                ["液氧液氮日产600吨", "三套空分装置，管道供气覆盖两个园区", "高纯氩和混合气年灌装40万瓶"],
                ["600 tonnes of liquid oxygen and nitrogen a day", "three air separation plants piping gas to two industrial parks", "400,000 cylinders of high-purity argon and mixtures filled a year"],
                ["工业气体", "气体", "气体贸易"], ["Industrial Gases", "Gas Supply", "Specialty Gases"]),
        "D": st(["气体经销商", "焊材及气体供应商"], ["gas distributor", "welding supply dealer"],
                ["瓶装气配送站8个，周转钢瓶5万只", "为2000多家焊接车间送气"],
                ["eight fill depots and 50,000 cylinders in rotation", "deliveries to more than 2,000 welding shops"],
                ["气体销售", "焊材"], ["Gas Distributors", "Welding Supply"]),
        "E": st(["激光切割加工厂", "水产速冻厂", "晶圆代工厂"], ["laser cutting job shop", "seafood freezing plant", "wafer fab"],
                ["激光切割机40台，年加工钢板5万吨", "液氮速冻线6条，年产冻品3万吨", "8英寸晶圆月产能4万片"],
                ["40 laser cutters processing 50,000 tonnes of plate a year", "six liquid-nitrogen freezing lines and 30,000 tonnes of frozen seafood a year", "40,000 eight-inch wafer starts a month"],
                ["精密钣金", "水产", "半导体"], ["Laser Cutting", "Seafoods", "Semiconductor"],
                ["激光切割件", "冷冻水产", "晶圆代工"], ["laser-cut parts", "frozen seafood", "wafer foundry services"]),
    },
    "ink": {
        "cat": "chem", "product": ("印刷油墨", "printing ink"),
        "material": ("有机颜料和油墨树脂", "organic pigments and ink resins"),
        "R": st(["有机颜料生产商", "油墨树脂供应商"], ["pigment maker", "ink resin supplier"],
                ["酞菁和偶氮颜料年产1.2万吨", "松香改性酚醛树脂年产2万吨"],
                ["12,000 tonnes of phthalocyanine and azo pigments a year", "20,000 tonnes of rosin-modified phenolic resin a year"],
                ["颜料", "合成树脂"], ["Pigments", "Resins"]),
        "M": st(["油墨厂", "油墨生产企业", "UV油墨制造商"], ["ink maker", "printing ink manufacturer", "UV ink formulator"],
                ["胶印油墨年产1.5万吨", "凹印和柔印水墨都能做，调色中心24小时出样", "UV固化油墨年产3000吨"],
                ["15,000 tonnes of offset ink a year", "gravure and water-based flexo inks with a 24-hour color-matching lab", "3,000 tonnes of UV-curable ink a year"],
                ["油墨", "印刷材料", "油墨贸易"], ["Inks", "Printing Inks", "Ink Supply"]),
        "D": st(["印刷耗材经销商", "印刷器材贸易商"], ["pressroom supply distributor", "graphic arts dealer"],
                ["为600多家印刷厂配送油墨和橡皮布", "常备油墨、版材和润版液2000余种"],
                ["deliveries of ink and blankets to more than 600 printers", "2,000-plus inks, plates and fountain solutions in stock"],
                ["印刷器材", "印材商贸"], ["Pressroom Supply", "Graphic Supply"]),
        "E": st(["包装印刷厂", "标签印刷厂", "报业印务中心"], ["folding carton printer", "label converter", "newspaper printing plant"],
                ["六色胶印机10台，年印彩盒3亿只", "柔印机14台，年产不干胶标签8亿张", "每晚印刷报纸60万份"],
                ["ten six-color presses and 300 million cartons a year", "14 flexo presses and 800 million labels a year", "600,000 newspapers printed a night"],
                ["彩印包装", "标签", "印务"], ["Carton", "Label", "Printing"],
                ["彩盒", "不干胶标签", "报纸印刷"], ["folding cartons", "pressure-sensitive labels", "newspaper printing"]),
    },
    "biobag": {
        "cat": "pack", "product": ("生物降解塑料袋", "biodegradable plastic bags"),
        "material": ("PBAT和PLA改性料", "PBAT and PLA compound"),
        "R": st(["PBAT树脂生产商", "生物降解改性料厂", "PLA原料供应商"], ["PBAT resin producer", "compostable compound maker", "PLA supplier"],
                ["PBAT年产6万吨", "全降解吹膜改性料月产3000吨", "聚乳酸年产3万吨"],
                ["60,000 tonnes of PBAT a year", "3,000 tonnes of compostable film compound a month", "30,000 tonnes of polylactic acid a year"],
                ["生物材料", "降解材料", "聚乳酸"], ["Bioplastics", "Compounds", "Biopolymers"]),
        "M": st(["降解塑料袋厂", "生物降解制品厂"], ["compostable bag manufacturer", "biodegradable film converter"],
                ["吹膜机40台，年产全降解袋8000吨", "背心袋、卷装袋和快递袋日产300万只"],
                ["40 blown-film lines and 8,000 tonnes of compostable bags a year", "3 million T-shirt bags, roll bags and mailers a day"],
                ["环保塑业", "包装制品"], ["Compostables", "Green Packaging Trading"]),
        "D": st(["环保包装经销商", "餐饮包装批发商"], ["green packaging distributor", "foodservice disposables wholesaler"],
                ["常备降解袋库存200万只", "为3000多家餐厅配送一次性用品"],
                ["2 million compostable bags in stock", "deliveries to more than 3,000 restaurants"],
                ["环保包装", "餐饮用品"], ["Eco Packaging", "Foodservice Supply"]),
        "E": st(["净菜加工配送企业", "服装电商品牌", "有机垃圾堆肥厂"], ["fresh-cut produce processor", "online apparel brand", "composting facility operator"],
                ["日配送净菜80吨", "年发快递包裹1200万件", "年处理厨余垃圾20万吨"],
                ["80 tonnes of fresh-cut produce shipped a day", "12 million parcels shipped a year", "200,000 tonnes of food waste composted a year"],
                ["农产品", "服饰电商", "环境科技"], ["Fresh Produce", "Apparel Online", "Organics Recycling"],
                ["净菜配送", "服装", "堆肥处理服务"], ["fresh-cut produce", "apparel", "composting services"]),
    },
}  # fmt: skip

# A want that names only the role (and the country), not the product.
GENERIC = {
    "zh": {"R": ["原料供应商", "上游供货商", "材料供应商"], "M": ["生产厂家", "源头工厂", "制造商"],
           "D": ["经销商", "代理商", "分销商", "进口商"], "E": ["终端用户", "终端客户", "最终用户"]},
    "en": {"R": ["raw material supplier", "materials supplier"], "M": ["manufacturer", "factory", "producer"],
           "D": ["distributor", "importer", "sales agent", "wholesaler"], "E": ["end user", "end customer", "industrial end user"]},
}  # fmt: skip

CERTS = {
    "comp": (["通过AS9100航空质量体系认证", "国家高新技术企业"], ["AS9100 certified", "ISO 9001 and AS9100 certified"]),
    "elec": (["通过ISO 9001和IATF 16949认证", "产品通过UL认证"], ["UL recognized", "ISO 9001 certified and RoHS compliant"]),
    "build": (["通过ISO 9001认证", "产品获CE认证"], ["ICC-ES evaluated", "NSF and ISO 9001 certified"]),
    "tex": (["通过OEKO-TEX认证", "获GRS再生纺织品认证"], ["OEKO-TEX Standard 100 certified", "Global Recycled Standard certified"]),
    "chem": (["通过ISO 14001认证", "安全生产标准化二级企业"], ["ISO 14001 certified", "Responsible Care partner"]),
    "pack": (["通过EN 13432可堆肥认证", "获评省级绿色工厂"], ["BPI certified compostable", "TÜV OK compost certified"]),
}  # fmt: skip

# Places: city -> province / state, by side and language.
PLACES = {
    ("CN", "zh"): {"嘉兴": "浙江", "绍兴": "浙江", "南通": "江苏", "扬州": "江苏", "泉州": "福建", "中山": "广东", "惠州": "广东",
                   "江门": "广东", "潍坊": "山东", "烟台": "山东", "合肥": "安徽", "芜湖": "安徽", "长沙": "湖南", "成都": "四川"},
    ("CN", "en"): {"Jiaxing": "Zhejiang", "Shaoxing": "Zhejiang", "Nantong": "Jiangsu", "Quanzhou": "Fujian", "Zhongshan": "Guangdong",
                   "Jiangmen": "Guangdong", "Weifang": "Shandong", "Hefei": "Anhui"},
    ("US", "en"): {"Greenville": "South Carolina", "Toledo": "Ohio", "Erie": "Pennsylvania", "Fort Wayne": "Indiana", "Rockford": "Illinois",
                   "Tulsa": "Oklahoma", "Wichita": "Kansas", "Huntsville": "Alabama", "Spokane": "Washington", "Reno": "Nevada",
                   "Sacramento": "California", "Boise": "Idaho"},
    ("US", "zh"): {"托莱多": "俄亥俄", "格林维尔": "南卡罗来纳", "韦恩堡": "印第安纳", "塔尔萨": "俄克拉何马", "威奇托": "堪萨斯", "亨茨维尔": "阿拉巴马"},
}  # fmt: skip


def place_name(side: str, lang: str, city: str, prov: str) -> str:
    if lang == "zh":
        return f"{prov}州{city}" if side == "US" else city
    return f"{city}, {prov}" if side == "US" else city


# fmt: off
CN_CORE_ZH = ["华瀚", "德昇", "铭泰", "景辉", "润邦", "创宇", "佳禾", "恒通", "启明", "安澜", "晟达", "泰和", "盛隆", "永晖",
              "宏昇", "锦程", "弘毅", "沃德", "蓝海", "金穗", "鼎丰", "凌云"]
CN_CORE_EN = ["Hanhai", "Desheng", "Mingtai", "Jinghui", "Runbang", "Chuangyu", "Jiahe", "Hengtong", "Qiming", "Anlan"]
US_CORE_EN = ["Stonebridge", "Willow Creek", "Pine Hollow", "Bluewater", "Ridgeline", "Hawthorne", "Silver Lake", "Fox River",
              "Oak Harbor", "Timberline", "Cold Spring", "Eagle Point", "Maple Grove", "Westfield", "Chesapeake", "Shenandoah",
              "Ozark", "Badger State", "Lone Star", "Big Sky", "Magnolia", "Pinecrest", "Mill Creek", "Northfield", "Clearwater",
              "Sandhill", "Cottonwood", "Black Hawk"]
US_CORE_ZH = ["石桥", "柳溪", "松谷", "蓝水", "山脊", "银湖", "狐河", "橡港", "鹰角", "枫林"]
# fmt: on
REGION = {  # province or state -> regions it lies in
    "浙江": ["长三角", "华东"],
    "江苏": ["长三角", "华东"],
    "安徽": ["长三角", "华东"],
    "福建": ["华东", "东南沿海"],
    "广东": ["珠三角", "华南"],
    "山东": ["华北", "环渤海地区"],
    "湖南": ["华中"],
    "四川": ["西南地区"],
    "Zhejiang": ["East China", "the Yangtze River Delta"],
    "Jiangsu": ["East China", "the Yangtze River Delta"],
    "Anhui": ["East China"],
    "Fujian": ["East China"],
    "Guangdong": ["the Pearl River Delta", "South China"],
    "Shandong": ["North China"],
    "South Carolina": ["the Southeast"],
    "Alabama": ["the Southeast"],
    "Ohio": ["the Midwest"],
    "Indiana": ["the Midwest"],
    "Illinois": ["the Midwest"],
    "Kansas": ["the Midwest"],
    "Pennsylvania": ["the Northeast", "the Mid-Atlantic"],
    "Oklahoma": ["the Southwest", "Oklahoma and Texas"],
    "Washington": ["the Pacific Northwest"],
    "Idaho": ["the Pacific Northwest"],
    "Nevada": ["the West"],
    "California": ["California", "the West"],
    "俄亥俄": ["美国中西部"],
    "印第安纳": ["美国中西部"],
    "堪萨斯": ["美国中西部"],
    "南卡罗来纳": ["美国东南部"],
    "阿拉巴马": ["美国东南部"],
    "俄克拉何马": ["美国西南部"],
}  # fmt: skip
PEOPLE = {
    ("CN", "zh"): ["林晓东", "许红梅", "黄建国", "邵倩", "马骏", "郭雪", "冯志强", "唐敏", "韩冰", "谢文涛"],
    ("CN", "en"): ["Lin Xiaodong", "Xu Hongmei", "Huang Jianguo", "Shao Qian", "Ma Jun", "Tang Min"],
    ("US", "en"): ["Brian Hollister", "Megan Ortiz", "Derek Sandoval", "Aisha Grant", "Neil Patterson", "Karen Lindqvist",
                   "Victor Alvarez", "Jessica Moore", "Ryan Fitzgerald", "Heather Nakamura"],
    ("US", "zh"): ["布莱恩·霍利斯特", "梅根·奥尔蒂斯", "尼尔·帕特森", "杰西卡·摩尔", "瑞安·菲茨杰拉德", "中村海瑟"],
}  # fmt: skip
TITLES = {"zh": ["总经理", "副总经理", "国际贸易部经理", "采购总监", "销售经理", "董事长"],
          "en": ["President", "Sales Director", "Procurement Manager", "CEO", "Business Development Manager", "Plant Manager"]}  # fmt: skip
BUYERS = {
    "zh": ["王经理", "刘总", "陈小姐", "周工"],
    "en": ["Ms. Walsh", "Mr. Ortega", "Jordan", "Ms. Huang"],
}
PORTS = {
    ("CN", "zh"): ["宁波", "上海", "深圳", "青岛", "厦门"],
    ("CN", "en"): ["Ningbo", "Shanghai", "Shenzhen", "Qingdao"],
    ("US", "en"): ["Houston", "Savannah", "Los Angeles", "Charleston"],
    ("US", "zh"): ["休斯敦", "萨凡纳", "洛杉矶"],
}
# Subsidy programmes by side, language and direction of the want: "down" (selling: export
# and market development) or "up" (buying: import and supply-chain programmes).
PROGRAMS = {
    ("CN", "zh", "down"): ["{prov}省中小企业国际市场开拓资金项目申报书", "{city}市外经贸发展专项资金申请书",
                           "{city}市专精特新企业开拓海外市场补助申请表"],
    ("CN", "zh", "up"): ["{prov}省进口贴息资金申请书", "{city}市产业链供应链稳定专项资金申请书"],
    ("CN", "en", "down"): ["SME International Market Development Fund application (English version)",
                           "{prov} Foreign Trade Development Special Fund application (translation)"],
    ("CN", "en", "up"): ["Import Interest Subsidy application (English version)", "{prov} Supply Chain Stability Fund application (translation)"],
    ("US", "en", "down"): ["State Trade Expansion Program (STEP) grant application", "{prov} Export Market Grant application",
                           "{prov} Department of Commerce international marketing grant request"],
    ("US", "en", "up"): ["{prov} Supply Chain Resilience Grant application", "{prov} Manufacturing Competitiveness Grant — sourcing project"],
    ("US", "zh", "down"): ["美国州贸易扩展计划（STEP）资助申请（中文节选）", "{prov}州出口市场补助申请书（译文）"],
    ("US", "zh", "up"): ["{prov}州供应链韧性补助申请书（译文）", "{prov}州制造业竞争力补助申请（中文节选）"],
}  # fmt: skip
MONTHS = ["January", "March", "April", "June", "September", "October"]

# The country a company's partner is in: (Chinese words, English adjectives, English names).
ABROAD = {"CN": (["美国", "北美", "美国本土"], ["US", "American", "North American"], ["the US", "the United States"]),
          "US": (["中国", "中国大陆"], ["Chinese"], ["China"])}  # fmt: skip
# What the want serves, by side, language and direction ("down": selling, "up": buying).
PLAN = {
    ("CN", "zh", "down"): ["开拓北美市场", "打开美国市场"], ("US", "zh", "down"): ["开拓中国市场", "打开中国市场"],
    ("CN", "zh", "up"): ["建立海外供应渠道", "完善全球采购体系"], ("US", "zh", "up"): ["建立海外供应渠道", "完善全球采购体系"],
    ("CN", "en", "down"): ["our push into the US market", "our North American expansion"],
    ("US", "en", "down"): ["our push into China", "our expansion into the Chinese market"],
    ("CN", "en", "up"): ["our overseas sourcing program", "a second-source program"],
    ("US", "en", "up"): ["our overseas sourcing program", "a second-source program"],
}  # fmt: skip

# --------------------------------------------------------------------------------------------
# The ways of writing. A template is a string (one clause of its pool's kind) or a tuple of
# (text, kind) clauses. Seek templates with "{who}" or an "@" fit only a want naming a party
# (not a material); an "@" is dropped from the text.
# --------------------------------------------------------------------------------------------
T: dict[str, dict[str, dict[str, list]]] = {
    "website FAQ page": {
        "en": {
            "title": ["Frequently Asked Questions | {name}", "FAQ — {short}", "Help Center › FAQ", "{name} · FAQ"],
            "offer": [
                (("Q: Who is {short}? A: ", OTHER), ("{Short} is {a_noun} based in {city}, with {detail}.", OFFER)),
                (("Q: What exactly do you do? A: ", OTHER), ("We work as {a_noun}: {detail}.", OFFER)),
                (("Q: How big is your operation? A: ", OTHER), ("In numbers: {detail}. We are {a_noun}.", OFFER)),
                (("Q: What do you offer? A: ", OTHER), ("{Product}, from our base in {city}; we are {a_noun} with {detail}.", OFFER)),
                (("Q: Are you a trading company or a manufacturer? A: ", OTHER), ("We are {a_noun}, with {detail}.", OFFER)),
                (("Q: Why choose us? A: ", OTHER), ("{Detail}, and a team that has worked as {a_noun} since {year0}.", OFFER)),
                (("Q: Where are you located? A: ", OTHER), ("In {city}. We're {a_noun} with {detail}.", OFFER)),
            ],
            "extra": [
                (("Q: How long have you been in business? A: ", OTHER), ("Since {year0}, always as {a_noun}.", OFFER)),
                (("Q: Is this your only business? A: ", OTHER), ("Yes, we focus on being {a_noun}.", OFFER)),
            ],
            "served": [
                (("Q: Who are your current customers? A: ", OTHER), ("Mainly {served} in {region}.", OFFER)),
                (("Q: Do you have references? A: ", OTHER), ("Yes — we already supply {served} and can share contacts on request.", OFFER)),
            ],
            "seek": [
                (("Q: Who are you looking to partner with? A: ", OTHER), ("{Want}.", SEEK)),
                "Q: Are you {who}? A: If so, we would very much like to hear from you.",
                (("Q: What are your plans for {year}? A: ", OTHER), ("To sign {who} as part of {plan}.", SEEK)),
                (("Q: I represent a company abroad — how can we work together? A: ", OTHER), ("If you are {who}, send us your line card; that is the partnership we are after.", SEEK)),
                (("Q: What is missing in your business today? A: ", OTHER), ('In our CEO\'s words: "{want} — that\'s the gap."', SEEK)),
                (("Q: Are you open to new partners? A: ", OTHER), ("Yes. We are actively looking for {want}.", SEEK)),
                (("Q: What is your focus this year? A: ", OTHER), ("The team's brief is simple: {want}.", SEEK)),
                (("Q: What kind of partner are you seeking? A: ", OTHER), ("@Ideally {want}.", SEEK)),
            ],
            "negated": [
                (("Q: Are you looking for {neg}? A: No, ", OTHER), ("we want {want}.", SEEK)),
                (("Q: Can {neg} apply to work with you? A: Not at the moment; ", OTHER), ("what we need is {want}.", SEEK)),
                (("Q: Do you need {neg}? A: We already have {neg} in place. ", OTHER), ("Our gap is {want}.", SEEK)),
            ],
            "noise": ["Q: Do you provide samples? A: Yes, samples ship within five working days.", "Q: What are your payment terms? A: Net 30 for approved accounts.",
                      "Q: Can I visit? A: Visits are welcome Monday to Friday.", "Q: Are you certified? A: {Cert}."],
            "foot": ["Didn't find your answer? Contact {person}, {title}.", "Last updated: {date}"],
        },
        "zh": {
            "title": ["常见问题｜{name}", "{short}常见问题解答", "首页 > 帮助中心 > 常见问题", "FAQ｜{short}"],
            "offer": [
                (("问：{short}是一家什么样的公司？答：", OTHER), ("我们是位于{city}的{noun}，{detail}。", OFFER)),
                (("问：你们主要做什么？答：", OTHER), ("主营{product}，{detail}。", OFFER)),
                (("问：贵司是贸易公司还是工厂？答：", OTHER), ("我们是{noun}，{detail}。", OFFER)),
                (("问：公司规模如何？答：", OTHER), ("{detail}，是{region}有代表性的{noun}之一。", OFFER)),
                (("问：为什么选择{short}？答：", OTHER), ("作为深耕{yrs}年的{noun}，{detail}。", OFFER)),
                (("问：公司在哪里？答：", OTHER), ("总部在{city}，是一家{noun}，{detail}。", OFFER)),
            ],
            "extra": [
                (("问：公司做了多少年？答：", OTHER), ("{year0}年至今，一直是{noun}。", OFFER)),
                (("问：还有其他业务吗？答：", OTHER), ("没有，我们就是一家{noun}。", OFFER)),
            ],
            "served": [
                (("问：目前主要客户有哪些？答：", OTHER), ("以{served}为主。", OFFER)),
                (("问：有没有合作案例？答：", OTHER), ("我们已长期为多家{served}供货。", OFFER)),
            ],
            "seek": [
                (("问：你们在找什么样的合作伙伴？答：", OTHER), ("{want}。", SEEK)),
                "问：您是{who}吗？答：那正是我们想找的合作伙伴。",
                (("问：{year}年有什么计划？答：", OTHER), ("计划与{who}建立长期合作，以{plan}。", SEEK)),
                (("问：海外企业如何与贵司合作？答：", OTHER), ("如果贵方是{who}，请发送公司介绍，我们三个工作日内回复。", SEEK)),
                (("问：目前最缺什么？答：", OTHER), ("用董事长的话说：“缺的就是{want}。”", SEEK)),
                (("问：最近在采购或招商吗？答：", OTHER), ("是的，正在寻找{want}。", SEEK)),
                (("问：今年的工作重点是什么？答：", OTHER), ("今年的重点是对接{want}。", SEEK)),
            ],
            "negated": [
                (("问：你们在找{neg}吗？答：暂时不找，", OTHER), ("现在想找的是{want}。", SEEK)),
                (("问：需要{neg}吗？答：{neg}我们已经有了，", OTHER), ("缺的是{want}。", SEEK)),
                (("问：{neg}可以合作吗？答：本阶段不考虑{neg}，", OTHER), ("@只对接{want}。", SEEK)),
            ],
            "noise": ["问：可以提供样品吗？答：可以，5个工作日内寄出。", "问：付款方式？答：T/T或信用证。", "问：可以来公司参观吗？答：欢迎，工作日均可安排。",
                      "问：有哪些资质？答：{cert}。"],
            "foot": ["没找到答案？请联系{person}（{title}）。", "更新时间：{date}"],
        },
    },
    "company timeline": {
        # each offer, want and noise line gets a year in front of it (see timeline_layout)
        "en": {
            "title": ["Our history", "{name} — milestones", "Company timeline", "About us › Milestones"],
            "years": ["{y} — ", "{y}: ", "{y}  "],
            "found": ["Founded in {city}.", "{Short} opens its first office in {city}.", "Company incorporated in {prov}."],
            "offer": [
                "Repositioned as {a_noun}; {detail}.",
                "Today: {a_noun} with {detail}.",
                "Became one of {region}'s established {nouns}, with {detail}.",
                "Expanded as {a_noun}: {detail}.",
                "Core line established: {product}; {detail}.",
                "Now {a_noun} in {city}, with {detail}.",
            ],
            "extra": ["Named one of the top {nouns} in {region}.", "Second site opens; still {a_noun} at heart."],
            "served": ["First orders from {served}.", "Began supplying {served} in {region}.",
                       "Three-year contract signed with one of the largest {served} in {region}."],
            "seek": [
                "Goal for the year — {want}.",
                "Next step is to sign {who}.",
                "Search under way for {want}.",
                "Plan to partner with {who}.",
                '"{Want} — that is the next step," says {person}, {title}.',
                "Are you {who}? We'd like to talk.",
                "Looking for {want}.",
                "Condition for {plan}: finding {who}.",
            ],
            "negated": [
                (("No longer looking for {neg}; ", OTHER), ("priority now is {want}.", SEEK)),
                (("{Neg} already in place — ", OTHER), ("next comes {want}.", SEEK)),
                (("We are not adding {neg}; ", OTHER), ("we want {want}.", SEEK)),
            ],
            "noise": ["{Cert}.", "Headcount passes {staff}.", "Moved to a new head office in {city}.", "New ERP system goes live."],
        },
        "zh": {
            "title": ["发展历程", "{short}大事记", "公司里程碑", "关于我们 > 发展历程"],
            "years": ["{y}年　", "{y}年：", "{y}　"],
            "found": ["公司在{city}成立。", "{short}前身在{city}创办。", "在{prov}注册成立。"],
            "offer": [
                "转型为{noun}，{detail}。",
                "成为{region}知名的{noun}，{detail}。",
                "业务规模扩大：{detail}，定位为{noun}。",
                "{product}成为主营业务，{detail}。",
                "现为{noun}，{detail}。",
                "完成扩建，作为{noun}，{detail}。",
            ],
            "extra": ["入选{region}十佳{noun}。", "第二个基地启用，主业仍是{noun}。"],
            "served": ["开始为{served}批量供货。", "与{region}多家{served}签订长期合同。", "首批客户：{served}。"],
            "seek": [
                "年度目标——{want}。",
                "计划与{who}签约。",
                "启动合作伙伴招募（{plan}）：{want}。",
                "董事长提出：“明年之前要找到{want}。”",
                "寻找{want}（进行中）。",
                "您是{who}吗？欢迎联系。",
                "若能对接{who}，即可正式{plan}。",
            ],
            "negated": [
                (("不再发展{neg}，", OTHER), ("重点转向{want}。", SEEK)),
                (("{neg}已布局完成，", OTHER), ("下一步是对接{want}。", SEEK)),
                (("暂不考虑{neg}，", OTHER), ("@集中精力对接{want}。", SEEK)),
            ],
            "noise": ["{cert}。", "员工人数突破{staff}人。", "总部迁至{city}新址。", "上线ERP系统。"],
        },
    },
    "supplier-audit summary": {
        "en": {
            "head": ["SUPPLIER AUDIT — SUMMARY REPORT\nRef. SA-{year}-{n:03d}", "Audit summary | Auditee: {name} | {date}",
                     "Second-party audit report (summary) — {name}"],
            "meta": ["Auditee: {name}, {city} | Lead auditor: {person} | Date: {date}", "Audit type: on-site process audit, {days} days",
                     "Scope: quality system, capacity, export readiness"],
            "offer": [
                "The auditee is {a_noun} with {detail}.",
                "Business profile: {noun}; {detail}.",
                "On site we verified {detail}; the company operates as {a_noun}.",
                "{Short} presents itself as {a_noun} and the visit confirmed {detail}.",
                "Observed: {detail}. Classification: {noun}.",
                "Company type as audited: {noun} ({detail}).",
            ],
            "extra": ["No business lines other than those of {a_noun} were observed.", "The site has operated as {a_noun} for {yrs} years."],
            "served": ["Customer list reviewed: mainly {served} in {region}.", "Sales records show regular deliveries to {served}.",
                       "Existing customers include {served} (three references checked)."],
            "seek": [
                "Management stated that the company is looking for {want}.",
                "Commercial interest noted: {want}.",
                "During the closing meeting the general manager asked whether we could introduce {who}.",
                'Quote from the closing meeting: "our priority is {want}."',
                "The company plans to appoint {who} within twelve months.",
                "Open question from the auditee: is there {who} in our network?",
                "Should {who} be identified, the auditee is ready to start trial orders.",
                "Stated need: {want}.",
            ],
            "negated": [
                (("The auditee already works with {neg}; ", OTHER), ("what it lacks is {want}.", SEEK)),
                (("Management is not interested in {neg}; ", OTHER), ("it wants {want}.", SEEK)),
                (("No need for {neg} was expressed — ", OTHER), ("the stated need is {want}.", SEEK)),
            ],
            "noise": ["Findings: 0 major, {minor} minor non-conformities.", "{Cert} (certificate verified).",
                      "Headcount on the day: about {staff}.", "Housekeeping and 5S: satisfactory."],
            "result": ["Conclusion: APPROVED.", "Conclusion: approved, subject to closing {minor} minor findings within 30 days.",
                       "Overall score: {score}/100."],
            "sign": ["Auditor: {person}", "Prepared by {person}"],
        },
        "zh": {
            "head": ["供应商审核报告（摘要）\n编号：SA-{year}-{n:03d}", "审核摘要｜受审方：{name}｜{date}", "第二方现场审核报告摘要——{name}"],
            "meta": ["受审方：{name}（{city}）｜审核组长：{person}｜日期：{date}", "审核类型：现场过程审核，为期{days}天", "审核范围：质量体系、产能、出口能力"],
            "offer": [
                "受审方为{noun}，{detail}。",
                "企业概况：{noun}，{detail}。",
                "现场核实：{detail}；企业定位为{noun}。",
                "经现场确认，{short}是一家{noun}，{detail}。",
                "审核发现，该企业主营{product}，{detail}。",
                "企业类型（审核确认）：{noun}；{detail}。",
            ],
            "extra": ["现场未发现{noun}以外的业务。", "该企业作为{noun}已运营{yrs}年。"],
            "served": ["抽查客户清单：以{served}为主。", "销售记录显示其长期向{served}供货。", "现有客户包括多家{served}（已电话核实三家）。"],
            "seek": [
                "管理层表示，企业目前正在寻找{want}。",
                "商务备注：需求为{want}。",
                "末次会议上，总经理询问我方能否介绍{who}。",
                "企业负责人原话：“我们最需要的是{want}。”",
                "企业计划在一年内与{who}签约。",
                "受审方提问：贵方网络中是否有{who}？",
                "如能找到{who}，企业可立即安排试单。",
                "对接需求：{want}。",
            ],
            "negated": [
                (("企业已有{neg}，", OTHER), ("目前缺的是{want}。", SEEK)),
                (("管理层明确表示不找{neg}，", OTHER), ("只找{want}。", SEEK)),
                (("对{neg}没有需求，", OTHER), ("@希望对接{want}。", SEEK)),
            ],
            "noise": ["发现项：严重不符合0项，一般不符合{minor}项。", "{cert}（证书已核验）。", "审核当日在岗员工约{staff}人。", "现场5S管理良好。"],
            "result": ["审核结论：合格。", "审核结论：有条件合格，{minor}项一般不符合须在30日内关闭。", "综合得分：{score}分。"],
            "sign": ["审核员：{person}", "编制：{person}"],
        },
    },
    "subsidy application excerpt": {
        "en": {
            "head": ["{program} — excerpt", "{program}\nSection 3: Project narrative", "EXCERPT · {program}"],
            "sec1": ["1. Applicant profile", "Part B — Business overview"],
            "sec2": ["2. Project description", "Part C — Proposed activity"],
            "offer": [
                "The applicant, {name}, is {a_noun} in {city} with {detail}.",
                "We are {a_noun}; {detail}.",
                "Business activity: {noun}. Key figures: {detail}.",
                "Since {year0} the company has operated as {a_noun}, currently with {detail}.",
                "Our core line is {product}; as {a_noun} we have {detail}.",
                "Applicant category: {noun} ({detail}).",
            ],
            "extra": ["The company has operated as {a_noun} for {yrs} years.", "All revenue comes from our work as {a_noun}."],
            "served": ["Current customers are mainly {served} in {region}.", "The company already supplies {served}, which account for most of its sales."],
            "seek": [
                "Project objective: to identify and sign {who} for {plan}.",
                "The grant will fund a trade mission whose purpose is to find {want}.",
                "Expected outcome: {want} under contract by {year_next}.",
                "We are seeking {want}.",
                "Is there {who} willing to work with a company of our size? This project is designed to find out.",
                "If the project identifies {who}, we expect to add six jobs in the first year.",
                "Target partner: {want}.",
                '"Finding {want} is our single biggest need," says {person}, {title}.',
            ],
            "negated": [
                (("The project does not target {neg}; ", OTHER), ("it targets {want}.", SEEK)),
                (("We already have {neg}. ", OTHER), ("The missing link is {want}.", SEEK)),
                (("Funds will not be used to recruit {neg}; ", OTHER), ("they will be used to find {want}.", SEEK)),
            ],
            "noise": ["Amount requested: {money}.", "Matching funds: 50% from company resources.",
                      "Project period: {month} {year} to {month2} {year_next}.", "Employees: {staff}."],
        },
        "zh": {
            "head": ["{program}（节选）", "{program}\n三、项目内容", "【节选】{program}"],
            "sec1": ["一、申报单位基本情况", "（一）企业概况"],
            "sec2": ["二、项目实施内容", "（二）项目目标"],
            "offer": [
                "申报单位{name}是位于{city}的{noun}，{detail}。",
                "我公司系{noun}，{detail}。",
                "主营业务：{product}；企业类型：{noun}；{detail}。",
                "公司成立于{year0}年，现为{noun}，{detail}。",
                "作为{noun}，本企业{detail}。",
                "申报单位类别：{noun}（{detail}）。",
            ],
            "extra": ["企业作为{noun}已经营{yrs}年。", "公司全部营收来自{noun}业务。"],
            "served": ["目前主要客户为{region}的{served}。", "现已为{served}稳定供货，占销售额七成以上。"],
            "seek": [
                "项目目标：寻找并签约{who}，以{plan}。",
                "本项目拟组团参加境外展会，主要目的是寻找{want}。",
                "预期成果：{year_next}年前与{want}签订合作协议。",
                "我公司正在寻找{want}。",
                "是否有愿意与中小企业合作的{who}？本项目将通过实地对接给出答案。",
                "若项目顺利对接{who}，预计新增产值500万元。",
                "拟合作对象：{want}。",
                "公司总经理{person}表示：“最缺的是{want}。”",
            ],
            "negated": [
                (("本项目不用于招募{neg}，", OTHER), ("而是用于对接{want}。", SEEK)),
                (("我公司已有{neg}，", OTHER), ("目前缺的是{want}。", SEEK)),
                (("暂不考虑{neg}，", OTHER), ("@重点对接{want}。", SEEK)),
            ],
            "noise": ["申请资助金额：{money}。", "企业自筹资金比例：50%。", "项目实施期：{year}年{m1}月至{year_next}年{m2}月。", "在职员工{staff}人。"],
        },
    },
    "RFQ reply cover note": {
        "en": {
            "subject": ["Re: RFQ {rfq} — {rfq_item}", "Subject: Quotation for RFQ {rfq} ({rfq_item})", "RE: Request for quotation {rfq}"],
            "greet": ["Dear {buyer},", "Hello {buyer},", "Dear Sourcing Team,"],
            "thanks": ["Thank you for your request for quotation dated {date}; our offer is attached and valid for 30 days.",
                       "Please find attached our quotation for RFQ {rfq}.",
                       "Thanks for including us in this RFQ — pricing and lead times are in the attached sheet."],
            "offer": [
                "As {a_noun} with {detail}, we can meet the volumes in your RFQ.",
                "A few words about us: {short} is {a_noun} in {city}, with {detail}.",
                "We are {a_noun}; {detail}.",
                "For context, our core business is {product}: {detail}.",
                "You will be dealing directly with {a_noun} — {detail}.",
                "Our background: {noun}, {detail}.",
            ],
            "extra": ["We have worked as {a_noun} for {yrs} years.", "Everything we quote comes from our own operation as {a_noun}."],
            "served": ["We already supply {served} with similar specifications.", "Our current customers are mainly {served} in {region}."],
            "seek": [
                "On a separate note, we are also looking for {want}.",
                "Separately: are you, or do you know, {who}?",
                "If your group includes {who}, we would welcome a wider conversation.",
                "Our plan for {year_next} is to work with {who}, as part of {plan}.",
                "One more thing — what we are really after this year is {want}.",
                'Our owner keeps saying: "we need {want}."',
                "Also of interest to us: {want}.",
                "@Our business development team is currently screening {want}.",
            ],
            "negated": [
                (("We do not need {neg} on this project; ", OTHER), ("what we need is {want}.", SEEK)),
                (("We already have {neg}. ", OTHER), ("We are missing {want}.", SEEK)),
                (("Please note we are not looking for {neg} — ", OTHER), ("only {want}.", SEEK)),
            ],
            "noise": ["Prices are FOB {port}; lead time {lt} days after deposit.", "Payment: 30% deposit, balance against copy of B/L.",
                      "MOQ and packing details are on page 2 of the quotation.", "Prices are EXW and exclude tariffs."],
            "close": ["Looking forward to your feedback.", "Happy to arrange samples or a video call."],
            "sign": ["Best regards,\n{person}\n{title}, {name}", "Kind regards,\n{person}"],
        },
        "zh": {
            "subject": ["回复：询价单{rfq}——{rfq_item}", "主题：关于{rfq_item}询价（{rfq}）的报价", "Re：{rfq}号询价"],
            "greet": ["{buyer}：", "{buyer}您好！", "尊敬的采购部："],
            "thanks": ["感谢贵司{date}的询价，报价单见附件，有效期30天。", "附件为RFQ {rfq}的正式报价，请查收。", "收到询价，谢谢信任！价格和交期已列在附件中。"],
            "offer": [
                "作为{noun}，{detail}，完全可以满足询价数量。",
                "简单介绍一下：{short}是{city}的一家{noun}，{detail}。",
                "我司是{noun}，{detail}。",
                "{product}是我们的主业，{detail}。",
                "贵司将直接与{noun}合作，{detail}。",
                "公司情况：{noun}，{detail}。",
            ],
            "extra": ["我们做{noun}已经{yrs}年了。", "本次报价由我司直接提供，我们本身就是{noun}。"],
            "served": ["同类规格我们一直在给{served}供货。", "目前的客户以{region}的{served}为主。"],
            "seek": [
                "另外，我们也在寻找{want}。",
                "顺便问一句：贵司是否就是{who}，或认识这样的企业？",
                "如贵司集团内有{who}，我们很希望进一步交流。",
                "{year_next}年我们计划与{who}合作，以{plan}。",
                "还有一事：今年我们真正想找的是{want}。",
                "我们老板常说：“缺的就是{want}。”",
                "另寻：{want}。",
                "@我们的业务团队正在筛选{want}。",
            ],
            "negated": [
                (("这个项目我们不需要{neg}，", OTHER), ("需要的是{want}。", SEEK)),
                (("{neg}我们已经有了，", OTHER), ("缺的是{want}。", SEEK)),
                (("请注意，我们不找{neg}，", OTHER), ("只找{want}。", SEEK)),
            ],
            "noise": ["报价为FOB {port}，定金到账后{lt}天交货。", "付款方式：30%定金，余款凭提单复印件付清。", "起订量和包装信息见报价单第2页。",
                      "以上价格为出厂价，不含关税。"],
            "close": ["期待您的回复。", "如需样品或视频验厂，随时安排。"],
            "sign": ["{person}\n{title}　{name}", "此致\n{person}"],
        },
    },
}  # fmt: skip


# --------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------
def article(phrase: str) -> str:
    """'a' or 'an' before ``phrase`` (acronyms by the sound of their first letter)."""
    word = phrase.split(maxsplit=1)[0]
    if word.isupper() and len(word) > 1 and word.isalpha():
        vowel = word[0] in "AEFHILMNORSX"
    else:
        vowel = word[0].lower() in "aeio"
    return f"{'an' if vowel else 'a'} {phrase}"


def fill(template, kind: str, ctx: Ctx) -> list[tuple[str, str]]:
    """The clauses of one template: a string is one clause of ``kind``."""
    if isinstance(template, str):
        template = ((template, kind),)
    return [(text.lstrip("@").format_map(ctx), k) for text, k in template]


def needs_party(template) -> bool:
    """A seek template that only fits a want naming a party ({who}, or marked with "@")."""
    text = template if isinstance(template, str) else "".join(t for t, _ in template)
    return "{who}" in text or "@" in text


def one(rng: random.Random, pool: list, kind: str, ctx: Ctx) -> list[tuple[str, str]]:
    return fill(rng.choice(pool), kind, ctx)


# --------------------------------------------------------------------------------------------
# Roles: each Chinese company's partner, then the traps beside it, then the chain
# --------------------------------------------------------------------------------------------
COMBOS = [(s, w) for s in STAGES for w in NEIGHBOURS[s]]


def cn_roles(rng: random.Random) -> list[list[tuple[str, str]]]:
    """(stage, want) of the Chinese companies, chain by chain: every (stage, want) equally often,
    four different ones in a chain."""
    while True:
        pool = COMBOS * (N_CN * len(CHAINS) // len(COMBOS))
        rng.shuffle(pool)
        groups = [pool[i : i + N_CN] for i in range(0, len(pool), N_CN)]
        if all(len(set(g)) == N_CN for g in groups):
            return groups


def us_roles(rng: random.Random, cn: list[tuple[str, str]]) -> tuple[list, int]:
    """(stage, want) of a chain's US companies: each Chinese company's partner, then the traps
    (chosen greedily to leave as few out as possible); the count of traps covered."""
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
    rng: random.Random, side: str, lang: str, word: str, *, stage: str, city: str, prov: str
) -> tuple[str, str]:
    """(full name, short name); the name word often carries a role noun, not always its own."""
    for _ in range(300):
        if side == "CN" and lang == "zh":
            core = rng.choice(CN_CORE_ZH)
            tail = (
                "厂"
                if stage in "RM" and rng.random() < 0.2
                else rng.choice(["有限公司", "有限公司", "股份有限公司", "科技有限公司"])
            )
            where = rng.choice([f"{city}市", city, f"{prov}省"])
            name, short = f"{where}{core}{word}{tail}", f"{core}{word}"
        elif side == "CN":
            core = rng.choice(CN_CORE_EN)
            name, short = f"{city} {core} {word} Co., Ltd.", core
        elif lang == "en":
            core = rng.choice(US_CORE_EN)
            name, short = f"{core} {word} {rng.choice(['Inc.', 'LLC', 'Corp.', 'Co.'])}", core
        else:
            core = rng.choice(US_CORE_ZH)
            name = rng.choice([f"{core}{word}（美国）有限公司", f"美国{core}{word}公司"])
            short = core
        if name not in USED_NAMES:
            USED_NAMES.add(name)
            return name, short
    raise RuntimeError("no free company name")


def want_phrases(
    rng: random.Random, side: str, lang: str, chain: dict, want: str
) -> tuple[str, str | None, str]:
    """(want, who, mode): the wanted partner as a noun phrase, the same as a role noun (None when
    the want names a material), and how it is named (specific, generic, material)."""
    zh_c, en_c, en_n = ABROAD[side]
    if want == "R" and rng.random() < 0.65:
        mode = "material"
    else:
        mode = "generic" if rng.random() < 0.25 else "specific"
    if lang == "zh":
        country = rng.choice(zh_c)
        if mode == "material":
            m = chain["material"][0]
            return (
                rng.choice([m, f"稳定的{m}货源", f"{m}的长期供应", f"{country}产{m}"]),
                None,
                mode,
            )
        noun = rng.choice(GENERIC["zh"][want] if mode == "generic" else chain[want]["zh"])
        who = f"{country}{noun}" if mode == "generic" or rng.random() < 0.8 else noun
        adj = rng.choice(["", "", "有实力的", "靠谱的", "能长期合作的"])
        return f"{adj}{who}", who, mode
    adj_c, name_c = rng.choice(en_c), rng.choice(en_n)
    if mode == "material":
        m = chain["material"][1]
        forms = [f"a steady supply of {m}", f"{m} from {name_c}", f"a second source of {m}"]
        return rng.choice(forms), None, mode
    noun = rng.choice(GENERIC["en"][want] if mode == "generic" else chain[want]["en"])
    who = article(f"{adj_c} {noun}")
    forms = [who, who, f"{plural(noun)} in {name_c}", f"{adj_c} {plural(noun)}"]
    if mode == "specific":
        forms.append(article(f"{rng.choice(['reliable', 'established', 'mid-sized'])} {noun}"))
    return rng.choice(forms), who, mode


def seek_clauses(
    rng: random.Random, tpl: dict, lang: str, ctx: Ctx, *, own: str, want: str, flags: Counter
) -> list[tuple[str, str]]:
    """The want: sometimes after a role it does not want ("暂不考虑代理商，…")."""
    others = [x for x in NEIGHBOURS[own] if x != want] or [
        x for x in STAGES if x not in (own, want)
    ]
    chain = ctx["chain"]
    if rng.random() < 0.18:
        neg = rng.choice(others)
        if lang == "zh":
            ctx["neg"] = rng.choice(GENERIC["zh"][neg] + chain[neg]["zh"])
        else:
            ctx["neg"] = plural(rng.choice(GENERIC["en"][neg] + chain[neg]["en"]))
        flags["negated want"] += 1
        pool = [t for t in tpl["negated"] if ctx["who"] is not None or not needs_party(t)]
    else:
        pool = [t for t in tpl["seek"] if ctx["who"] is not None or not needs_party(t)]
    return fill(rng.choice(pool), SEEK, ctx)


def make_ctx(
    rng: random.Random,
    side: str,
    lang: str,
    *,
    key: str,
    stage: str,
    want: str,
    k: int,
    city: str,
    prov: str,
) -> Ctx:
    """The fields the templates fill in (not the company's name nor its want)."""
    chain = CHAINS[key]
    way = "down" if STAGES.index(want) > STAGES.index(stage) else "up"  # selling or buying
    li = 0 if lang == "zh" else 1
    home = (side, lang)
    noun = chain[stage][lang][k]
    if stage == "E":
        product = chain["E"]["o" + lang][k]
    else:
        product = chain["material" if stage == "R" else "product"][li]
    year = rng.choice([2025, 2026])
    person = rng.choice(PEOPLE[home])
    if lang == "zh":
        date = f"{year}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
        money = (
            f"{rng.choice([15, 20, 30, 45, 60])}万元"
            if side == "CN"
            else f"{rng.choice([2, 2.5, 4, 6])}万美元"
        )
    else:
        date = f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {year}"
        money = (
            f"${rng.choice([18, 25, 30, 40])},000"
            if side == "US"
            else f"RMB {rng.choice([150, 200, 300, 450])},000"
        )
    program = rng.choice(PROGRAMS[side, lang, way]).format(city=city, prov=prov)
    year0 = rng.randint(1995, 2016)
    m1 = rng.randint(1, 6)
    return Ctx(
        chain=chain, noun=noun, nouns=plural(noun) if lang == "en" else noun,
        a_noun=article(noun) if lang == "en" else noun, detail=chain[stage]["d" + lang][k], product=product,
        city=place_name(side, lang, city, prov), prov=prov, region=rng.choice(REGION[prov]), year=year, year_next=year + 1,
        year0=year0, yrs=year - year0, person=person, title=rng.choice(TITLES[lang]), date=date,
        n=rng.randint(7, 480), cert=rng.choice(CERTS[chain["cat"]][li]), staff=rng.choice([45, 90, 160, 240, 380, 650, 1200]),
        minor=rng.randint(2, 4), score=rng.randint(78, 96), days=rng.choice(["1.5", "2", "3"]), plan=rng.choice(PLAN[side, lang, way]),
        program=program, money=money, m1=m1, m2=m1 + rng.randint(3, 6), month=rng.choice(MONTHS[:3]), month2=rng.choice(MONTHS[3:]),
        rfq=f"{year % 100}-{rng.randint(100, 999)}", rfq_item=product, buyer=rng.choice(BUYERS[lang]),
        port=rng.choice(PORTS[home]), lt=rng.choice([15, 20, 25, 30, 45]),
    )  # fmt: skip


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
    tpl = T[genre][lang]
    city, prov = rng.choice(list(PLACES[side, lang].items()))
    k = rng.randrange(len(chain[stage]["zh"]))  # which kind of company: noun, detail, name agree
    ctx = make_ctx(rng, side, lang, key=key, stage=stage, want=want, k=k, city=city, prov=prov)
    name, short = company_name(
        rng, side, lang, chain[stage]["w" + lang][k], stage=stage, city=city, prov=prov
    )
    ctx.update(name=name, short=short)
    want_np, who, mode = want_phrases(rng, side, lang, chain, want)
    ctx.update(want=want_np, who=who)
    flags[f"want: {mode}"] += 1
    # the offer: the company, sometimes the customers it already serves (not what it seeks)
    offer = [one(rng, tpl["offer"], OFFER, ctx)]
    served = [x for x in SERVES[stage] if x != want]
    if served and rng.random() < 0.6:
        s_noun = rng.choice(chain[rng.choice(served)][lang])
        ctx["served"] = plural(s_noun) if lang == "en" else s_noun
        offer.append(one(rng, tpl["served"], OFFER, ctx))
        flags["served customers named"] += 1
    if rng.random() < (0.6 if len(offer) == 1 else 0.3):  # one more line on what it is
        offer.insert(rng.randint(1, len(offer)), one(rng, tpl["extra"], OFFER, ctx))
    seek = seek_clauses(rng, tpl, lang, ctx, own=stage, want=want, flags=flags)
    noise = one(rng, tpl["noise"], OTHER, ctx)
    for _ in range(50):
        lines = LAYOUT[genre](rng, tpl, ctx, offer=offer, seek=seek, noise=noise)
        if units(lines) <= MAX_UNITS:
            break
    else:
        raise RuntimeError(f"{oid}: no layout short enough")
    segments = render(lines, " " if lang == "en" else "")
    flags[f"want {seek_position(segments)}"] += 1
    description = "".join(t for t, _ in segments)
    org = {"id": oid, "side": side, "name": {lang: name}, "description": {lang: description}}
    return org, segments


# --------------------------------------------------------------------------------------------
# Layouts: a document is a list of lines; a line a list of sentences; a sentence a list of
# (text, kind) clauses. Sentences of a line are joined by a space (English) or nothing.
# --------------------------------------------------------------------------------------------


def faq_layout(rng, tpl, ctx, *, offer, seek, noise):
    lines = [[one(rng, tpl["title"], OTHER, ctx)]]
    if rng.random() < 0.3:
        lines.append([one(rng, tpl["foot"][1:], OTHER, ctx)])  # "Last updated"
    body = list(offer) + ([noise] if rng.random() < 0.6 else [])
    rng.shuffle(body)
    lines += [[s] for s in place(rng, body, seek, first=0.35, last=0.35)]
    if rng.random() < 0.4:
        lines.append([one(rng, tpl["foot"][:1], OTHER, ctx)])
    return lines


def timeline_layout(rng, tpl, ctx, *, offer, seek, noise):
    """Dated lines, oldest or newest first; the want dated this year or last year (then a later
    offer or noise line stands after it)."""
    now, y0 = ctx["year"], ctx["year0"]
    years = sorted(rng.sample(range(y0 + 1, now - 1), len(offer)))
    items = [(y0, one(rng, tpl["found"], OTHER, ctx)), *zip(years, offer, strict=True)]
    seek_year = now if rng.random() < 0.6 else now - 1
    items.append((seek_year, seek))
    if seek_year < now and len(offer) > 1:  # the latest offer line after the want
        items[-2] = (now, items[-2][1])
    elif seek_year < now:
        items.append((now, noise))
    elif rng.random() < 0.5:
        free = [y for y in range(y0 + 1, now - 1) if y not in years]
        items.append((rng.choice(free), noise))
    items.sort(key=lambda it: it[0], reverse=rng.random() < 0.3)
    fmt = rng.choice(tpl["years"])
    lines = [[one(rng, tpl["title"], OTHER, ctx)]]
    lines += [[[(fmt.format(y=y), OTHER), *sentence]] for y, sentence in items]
    return lines


def audit_layout(rng, tpl, ctx, *, offer, seek, noise):
    lines = [[one(rng, tpl["head"], OTHER, ctx)]]
    if rng.random() < 0.7:
        lines.append([one(rng, tpl["meta"], OTHER, ctx)])
    body = list(offer) + ([noise] if rng.random() < 0.5 else [])
    if rng.random() < 0.3:  # a commercial note of its own after the findings
        lines += [body, [seek]]
    else:
        lines.append(place(rng, body, seek, first=0.3, last=0.3))
    lines.append([one(rng, tpl["result"], OTHER, ctx)])
    if rng.random() < 0.5:
        lines.append([one(rng, tpl["sign"], OTHER, ctx)])
    return lines


def subsidy_layout(rng, tpl, ctx, *, offer, seek, noise):
    lines = [[one(rng, tpl["head"], OTHER, ctx)]]
    sec1, sec2 = one(rng, tpl["sec1"], OTHER, ctx), one(rng, tpl["sec2"], OTHER, ctx)
    r = rng.random()
    if r < 0.25:  # the project goal first
        lines += [[seek], [sec1], list(offer), [noise]]
    elif r < 0.5:  # the want inside the profile
        lines += [[sec1], place(rng, list(offer), seek, first=0.0, last=0.0), [noise]]
    else:
        lines += [[sec1], list(offer), [sec2], [seek] + ([noise] if rng.random() < 0.5 else [])]
    return lines


def rfq_layout(rng, tpl, ctx, *, offer, seek, noise):
    lines = [[one(rng, tpl["subject"], OTHER, ctx)], [one(rng, tpl["greet"], OTHER, ctx)]]
    thanks = one(rng, tpl["thanks"], OTHER, ctx)
    r = rng.random()
    if r < 0.2:  # the want right after the thanks
        lines += [[thanks, seek], list(offer)]
    elif r < 0.6:
        lines += [[thanks], place(rng, list(offer), seek, first=0.0, last=0.6)]
    else:
        lines += [[thanks, *offer], [seek]]
    lines.append([noise])
    if rng.random() < 0.5:
        lines.append([one(rng, tpl["close"], OTHER, ctx)])
    lines.append([one(rng, tpl["sign"], OTHER, ctx)])
    return lines


LAYOUT = {
    "website FAQ page": faq_layout,
    "company timeline": timeline_layout,
    "supplier-audit summary": audit_layout,
    "subsidy application excerpt": subsidy_layout,
    "RFQ reply cover note": rfq_layout,
}
MAX_UNITS = 10


def units(lines: list) -> int:
    """Sentences and lines of a document: each sentence, and each line break inside one."""
    return sum(len(line) + sum(t.count("\n") for sent in line for t, _ in sent) for line in lines)


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


def seek_position(segments: list) -> str:
    """Where the want stands against the offer: first, middle or last."""
    offers = [i for i, (_, k) in enumerate(segments) if k == OFFER]
    seeks = [i for i, (_, k) in enumerate(segments) if k == SEEK]
    if max(seeks) < min(offers):
        return "first"
    if min(seeks) > max(offers):
        return "last"
    return "middle"


# --------------------------------------------------------------------------------------------
# The corpus
# --------------------------------------------------------------------------------------------
def slots(rng: random.Random, n: int, minority: str, per_genre: int, major: str) -> list:
    """(genre, language) for ``n`` companies: each genre n/5 times, ``per_genre`` of them in the
    minority language."""
    out = []
    for g in GENRES:
        k = n // len(GENRES)
        out += [(g, minority)] * per_genre + [(g, major)] * (k - per_genre)
    assert len(out) == n
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
        possible += len(traps_covered(cn, COMBOS))
        roles += [("CN", key, s, w) for s, w in cn] + [("US", key, s, w) for s, w in us]
    cn_slots = slots(rng, N_CN * len(CHAINS), "en", 1, "zh")  # 5 of 40 in English
    us_slots = slots(rng, N_US * len(CHAINS), "zh", 2, "en")  # 10 of 70 in Chinese
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


# Role words in names: a name carrying another stage's word is a hard case.
NAME_ROLE_WORDS = {
    "D": ["贸易", "商贸", "进出口", "销售", "Supply", "Distributors", "Distribution", "Trading", "Sourcing", "Merchants",
          "Wholesale", "Imports", "Direct"],
    "M": ["制造", "制品", "厂", "Manufacturing", "Works", "Factory"],
}  # fmt: skip


def name_role_mismatch(name: str, stage: str) -> bool:
    return any(s != stage and any(w in name for w in words) for s, words in NAME_ROLE_WORDS.items())


def check(profiles: dict, gold: dict, segs: dict, meta: dict) -> None:
    """The corpus is consistent: segments, partners, roles, ids, names, genres and languages."""
    for key, chain in CHAINS.items():
        for s in STAGES:
            n = len(chain[s]["zh"])
            fields = FIELDS if s == "E" else FIELDS[:6]
            assert n in (2, 3) and all(len(chain[s][f]) == n for f in fields), (key, s)
    orgs = profiles["organizations"]
    ids = [o["id"] for o in orgs]
    assert len(ids) == len(set(ids)) == len(CHAINS) * (N_CN + N_US)
    names = [next(iter(o["name"].values())) for o in orgs]
    assert len(names) == len(set(names)), "company names are not unique"
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
        assert "{" not in text and "}" not in text and "@" not in text, o["id"]
        assert len(text.split("\n")) <= MAX_UNITS, o["id"]
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
    by = Counter((meta[i][0], g, meta[i][5]) for i, g in gold["genres"].items())
    assert all(by[s, g, lang] for s in ("CN", "US") for g in GENRES for lang in ("zh", "en")), by


def main() -> None:
    profiles, gold, segs, info = build()
    meta, flags = info["meta"], info["flags"]
    check(profiles, gold, segs, meta)
    for suffix, data in (("", profiles), ("_gold", gold), ("_segments", segs)):
        (HERE / f"roles_corpus9{suffix}.json").write_text(
            json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8"
        )
    orgs = profiles["organizations"]
    print(f"roles_corpus9: {sum(o['side'] == 'CN' for o in orgs)} CN x {sum(o['side'] == 'US' for o in orgs)} US, "
          f"{len(gold['partners'])} companies with a partner, chains: {', '.join(CHAINS)}")  # fmt: skip
    for g in GENRES:
        c = Counter((m[0], m[5]) for m in meta.values() if m[4] == g)
        print(
            f"  {g:28s} "
            + "  ".join(f"{s}-{lang}:{c[s, lang]}" for s in ("CN", "US") for lang in ("zh", "en"))
        )
    print("  languages:", dict(Counter(m[5] for m in meta.values())))
    print("  stages:", dict(sorted(Counter(f"{m[0]} {m[2]}" for m in meta.values()).items())))
    print("  roles:", dict(sorted(Counter(f"{m[2]}>{m[3]}" for m in meta.values()).items())))
    print("  segments:", dict(Counter(k for seg in segs.values() for _, k in seg)))
    mismatch = sum(
        name_role_mismatch(next(iter(o["name"].values())), meta[o["id"]][2]) for o in orgs
    )
    print(
        "  hard cases:", dict(sorted(flags.items())), f"other stage's role word in name: {mismatch}"
    )


if __name__ == "__main__":
    main()
