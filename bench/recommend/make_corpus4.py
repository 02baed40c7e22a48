# ruff: noqa: E501  (the templates and role phrases are data; wrapping them would only hurt reading)
"""Write training corpus 4 for the partner recommender: ``roles_corpus4.json``,
``roles_corpus4_gold.json`` and ``roles_corpus4_segments.json``.

    python bench/recommend/make_corpus4.py

Ten energy, medical, chemical and building-product chains (hydrogen tanks, dialyzers, epoxy
resin, solar inverters, dental implants, intumescent fireproofing, insulated panels, lab
reagents, plate heat exchangers, gypsum wallboard), 40 Chinese and 70 US companies, each written
in one of five ways: pitch-deck slide text, an annual-report / prospectus excerpt, a
capabilities statement, a registry entry with a free-text remark, and an investment-promotion
agency's bulletin item.

Every description is built from segments labelled ``offer`` (what the company is, makes,
sells, serves, its capacity), ``seek`` (what or whom it wants now) or ``other``; the segments
concatenate to the description character for character. Hard cases spread over the corpus:
customers already served named in the offer (not sought), negated wants ("不找代理，只找..."),
role nouns inside company names, wants naming only the role and the country, and wants naming
the input material instead of a supplier.

Gold: a CN/US pair is a partner pair when they share a chain and each one's stage is what the
other seeks. Standard library only; deterministic (``random.Random(SEED)``).
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 4104
PREFIX = "k4"
N_CN, N_US = 4, 7

# ---------------------------------------------------------------------------------------------
# Data tables
# ---------------------------------------------------------------------------------------------

USED = {
    "airfilter",
    "am",
    "animation",
    "bamboo",
    "bed",
    "billiards",
    "boba",
    "bottle",
    "bowling",
    "bpmonitor",
    "brake",
    "cable",
    "candle",
    "carpet",
    "cart",
    "carton",
    "carwash",
    "casket",
    "chair",
    "charging",
    "clipper",
    "cnc",
    "coffee",
    "coldchain",
    "cone",
    "conveyor",
    "cookware",
    "cosmetics",
    "crucible",
    "cup",
    "dairy",
    "deicer",
    "desal",
    "desk",
    "diaper",
    "dinnerware",
    "drillbit",
    "drone",
    "dryer",
    "dumpling",
    "ebike",
    "ebus",
    "egg",
    "electrolyser",
    "elevator",
    "excavator",
    "extinguisher",
    "eyewear",
    "fastener",
    "faucet",
    "fertilizer",
    "firework",
    "forklift",
    "fries",
    "furniture",
    "garlic",
    "garment",
    "generics",
    "glove",
    "golf",
    "greenhouse",
    "grindwheel",
    "guitar",
    "heatpump",
    "helmet",
    "honey",
    "hose",
    "hottub",
    "imaging",
    "insulator",
    "ivd",
    "kayak",
    "keg",
    "knife",
    "ladder",
    "lanyard",
    "laundry",
    "led",
    "lithium",
    "locker",
    "luggage",
    "mattress",
    "medal",
    "meddev",
    "mold",
    "motor",
    "mower",
    "mushroom",
    "netpen",
    "nuts",
    "oven",
    "padlock",
    "paint",
    "pallet",
    "peach",
    "pencil",
    "petfood",
    "piano",
    "pickle",
    "pickleball",
    "pillow",
    "pipe",
    "powerchip",
    "printing",
    "pv",
    "railcar",
    "robot",
    "saddle",
    "sausage",
    "sawblade",
    "scaffold",
    "scrubs",
    "seafood",
    "seating",
    "sewing",
    "socks",
    "solarheater",
    "soy",
    "spice",
    "storage",
    "syringe",
    "tackle",
    "tea",
    "tent",
    "tile",
    "toothbrush",
    "towel",
    "toy",
    "trampoline",
    "transformer",
    "treadmill",
    "truckscale",
    "turf",
    "turnout",
    "tyre",
    "umbrella",
    "valve",
    "vending",
    "wallcovering",
    "wastecart",
    "wastewater",
    "watermeter",
    "wheelchair",
    "wig",
    "wind",
    "window",
    "wine",
    "wrench",
    "xmastree",
    "zipper",
}

STAGES = "RMDE"
NEIGHBOURS = {"R": ("M",), "M": ("R", "D", "E"), "D": ("M", "E"), "E": ("M", "D")}

# Per chain: product (zh, en), the makers' input material (zh, en), the chain's registry for
# makers and suppliers (zh, en), and per stage:
#   zh/en role nouns, zh/en capacity details (zh: clauses; en: noun phrases),
#   zh/en name words ("*" marks a name word holding another stage's role noun),
#   NAICS code and title.
CHAINS: dict[str, dict] = {
    "h2tank": {
        "product": ("车载IV型储氢瓶", "Type IV hydrogen tanks"),
        "material": ("T700级碳纤维", "T700-grade carbon fiber"),
        "service": ("氢能重卡运输", "fuel-cell freight hauling"),
        "registry": ("特种设备生产许可（气瓶制造）", "PHMSA special permit holders list"),
        "R": {"zh": ["碳纤维生产商", "碳纤维原丝及丝束供应商"], "en": ["carbon fiber producer", "carbon fiber mill"],
              "zd": ["T700/T800级碳纤维年产能6000吨", "12K与24K丝束两条线稳定供货"], "ed": ["6,000 t/yr of T700 and T800 fiber", "12K and 24K tow from two lines"],
              "zn": ["碳纤维", "新材料"], "en_n": ["Advanced Fibers", "Carbon Materials"], "naics": ("335991", "Carbon and Graphite Product Manufacturing")},
        "M": {"zh": ["储氢瓶制造商", "IV型瓶生产企业", "储氢系统集成商"], "en": ["hydrogen tank manufacturer", "Type IV cylinder maker", "composite pressure vessel builder"],
              "zd": ["70MPa IV型瓶年产3万只", "瓶体容积覆盖52L至320L，已通过GB/T 35544型式试验"], "ed": ["30,000 Type IV cylinders a year at 70 MPa", "vessels from 52 L to 320 L certified to HGV2 and ECE R134"],
              "zn": ["氢能装备", "压力容器"], "en_n": ["Hydrogen Systems", "Pressure Vessels"], "naics": ("332420", "Metal Tank (Heavy Gauge) Manufacturing")},
        "D": {"zh": ["氢能装备经销商", "加氢设备贸易商"], "en": ["hydrogen equipment distributor", "alternative-fuel components dealer"],
              "zd": ["代理国内外储氢与加氢产品十余个品牌", "在长三角设有三个备件库"], "ed": ["twelve hydrogen storage brands in the catalog", "stocking warehouses in Houston and Sacramento"],
              "zn": ["氢能供应链", "*氢能物流装备"], "en_n": ["Fuel Systems Supply", "*Fleet Hydrogen Supply"], "naics": ("423830", "Industrial Machinery and Equipment Merchant Wholesalers")},
        "E": {"zh": ["氢能物流车队", "燃料电池重卡运营企业", "氢能物流运营商"], "en": ["fuel-cell truck fleet", "fuel-cell drayage fleet", "hydrogen truck fleet operator"],
              "zd": ["运营49吨氢能重卡320辆，自建加氢站14座", "年运输量120万吨"], "ed": ["320 Class 8 fuel-cell tractors and 14 stations of its own", "1.2 million t of freight hauled a year"],
              "zn": ["氢能物流", "新能源运输"], "en_n": ["Freight Lines", "Clean Haul"], "naics": ("484110", "General Freight Trucking, Local")},
    },
    "dialyzer": {
        "product": ("血液透析器", "hemodialysis dialyzers"),
        "material": ("聚砜中空纤维膜", "polysulfone hollow-fiber membrane"),
        "service": ("血液透析治疗", "outpatient hemodialysis"),
        "registry": ("医疗器械生产许可", "FDA Establishment Registration & Device Listing"),
        "R": {"zh": ["中空纤维膜生产商", "透析膜材料供应商"], "en": ["hollow-fiber membrane producer", "membrane supplier"],
              "zd": ["聚砜及聚醚砜中空纤维膜年产2.4亿米", "膜丝内径200μm，壁厚可按需定制"], "ed": ["240 million meters of polysulfone fiber a year", "fiber with a 200 µm inner diameter and custom wall thickness"],
              "zn": ["膜科技", "膜材料"], "en_n": ["Membrane Technologies", "Filtration Materials"], "naics": ("326199", "All Other Plastics Product Manufacturing")},
        "M": {"zh": ["透析器生产企业", "血液净化耗材制造商", "透析器代工厂"], "en": ["dialyzer manufacturer", "hemodialysis consumables maker", "dialyzer contract manufacturer"],
              "zd": ["高通量透析器年产1200万支，持有三类医疗器械注册证", "产品覆盖1.3至2.1平方米膜面积"], "ed": ["12 million high-flux dialyzers a year under FDA 510(k)", "membrane areas from 1.3 to 2.1 m²"],
              "zn": ["血液净化", "医用制品"], "en_n": ["Renal Devices", "Medical Products"], "naics": ("339112", "Surgical and Medical Instrument Manufacturing")},
        "D": {"zh": ["血透耗材经销商", "医疗器械配送商", "肾科产品一级代理"], "en": ["renal products distributor", "medical-surgical distributor", "dialysis supply wholesaler"],
              "zd": ["为省内160家医院配送血透耗材", "持有二类、三类医疗器械经营许可"], "ed": ["deliveries to 160 hospitals and clinics", "dry and temperature-controlled warehouses in three states"],
              "zn": ["医疗器械", "*医院供应链"], "en_n": ["*Clinic Supply", "Medical Supply"], "naics": ("423450", "Medical, Dental, and Hospital Equipment Merchant Wholesalers")},
        "E": {"zh": ["血液透析中心", "连锁透析中心", "民营肾病专科医院"], "en": ["dialysis clinic chain", "outpatient dialysis center operator", "kidney care provider"],
              "zd": ["旗下透析中心38家，透析机1100台", "年透析治疗量42万人次"], "ed": ["38 centers with 1,100 dialysis chairs", "420,000 treatments a year"],
              "zn": ["血液透析中心", "肾病医院"], "en_n": ["Kidney Care", "Dialysis Partners"], "naics": ("621492", "Kidney Dialysis Centers")},
    },
    "epoxy": {
        "product": ("环氧树脂", "epoxy resin"),
        "material": ("双酚A和环氧氯丙烷", "bisphenol A and epichlorohydrin"),
        "service": ("环氧地坪与复材制品", "epoxy flooring and composite parts"),
        "registry": ("危险化学品安全生产许可", "EPA TSCA Chemical Data Reporting"),
        "R": {"zh": ["环氧原料生产商", "双酚A及环氧氯丙烷生产企业"], "en": ["epoxy feedstock producer", "BPA and ECH producer"],
              "zd": ["双酚A年产24万吨，纯度不低于99.9%", "甘油法环氧氯丙烷产能10万吨"], "ed": ["240,000 t/yr of polycarbonate-grade BPA", "100,000 t/yr of glycerin-route ECH"],
              "zn": ["化工", "石化"], "en_n": ["Chemicals", "Petrochemical"], "naics": ("325199", "All Other Basic Organic Chemical Manufacturing")},
        "M": {"zh": ["环氧树脂生产企业", "环氧树脂厂", "改性树脂配方商"], "en": ["epoxy resin producer", "epoxy formulator", "specialty resin maker"],
              "zd": ["液体环氧树脂E-51年产8万吨", "可按需调配低粘度、阻燃及耐高温牌号"], "ed": ["80,000 t/yr of liquid epoxy (EEW 184-190)", "low-viscosity, flame-retardant and high-Tg grades made to order"],
              "zn": ["新材料", "树脂"], "en_n": ["Resins", "Polymer Systems"], "naics": ("325211", "Plastics Material and Resin Manufacturing")},
        "D": {"zh": ["化工品分销商", "树脂贸易商", "化工原料经销商"], "en": ["chemical distributor", "resin trader", "specialty chemicals reseller"],
              "zd": ["在华东拥有危化品仓库2.3万平方米", "为1800家下游客户分装配送"], "ed": ["bulk and drum storage at four Gulf Coast terminals", "repackaging for 1,800 accounts"],
              "zn": ["化工贸易", "供应链"], "en_n": ["Chemical Distribution", "*Flooring Contractors Supply"], "naics": ("424690", "Other Chemical and Allied Products Merchant Wholesalers")},
        "E": {"zh": ["环氧地坪施工企业", "复合材料制品厂", "工业地坪承包商"], "en": ["industrial flooring contractor", "composite parts molder", "floor coatings applicator"],
              "zd": ["年耗用环氧树脂6000吨", "年完成地坪及复材项目400余个"], "ed": ["6,000 t of resin consumed a year", "400 flooring and composite projects a year"],
              "zn": ["地坪工程", "*复材制造"], "en_n": ["Industrial Floors", "*Composites Manufacturing"], "naics": ("238330", "Flooring Contractors")},
    },
    "inverter": {
        "product": ("光伏逆变器", "solar inverters"),
        "material": ("IGBT模块", "IGBT power modules"),
        "service": ("光伏电站建设与安装", "solar installation and EPC services"),
        "registry": ("CQC光伏产品认证", "UL Product iQ listing"),
        "R": {"zh": ["功率半导体厂商", "IGBT模块供应商"], "en": ["power semiconductor maker", "IGBT module supplier"],
              "zd": ["1200V IGBT模块月产40万只", "SiC MOSFET已通过车规级认证"], "ed": ["400,000 1200 V IGBT modules a month", "SiC MOSFETs qualified to AEC-Q101"],
              "zn": ["半导体", "微电子"], "en_n": ["Semiconductor", "Power Devices"], "naics": ("334413", "Semiconductor and Related Device Manufacturing")},
        "M": {"zh": ["逆变器制造商", "光伏逆变器生产企业", "储能变流器厂家"], "en": ["inverter manufacturer", "solar inverter maker", "string inverter OEM"],
              "zd": ["组串式逆变器年产能15GW", "产品覆盖3kW至350kW，已获UL 1741 SB认证"], "ed": ["15 GW of string inverters a year", "models from 3 kW to 350 kW listed to UL 1741 SB"],
              "zn": ["电气", "新能源科技"], "en_n": ["Power Electronics", "Energy Systems"], "naics": ("335999", "All Other Miscellaneous Electrical Equipment Manufacturing")},
        "D": {"zh": ["光伏分销商", "光伏产品批发商", "逆变器一级代理"], "en": ["solar wholesale distributor", "solar equipment wholesaler", "PV distributor"],
              "zd": ["服务2000余家安装商", "华南三个仓库常备逆变器8000台"], "ed": ["2,000 installer accounts served from five warehouses", "8,000 inverters on the shelf"],
              "zn": ["光伏贸易", "*光伏电站设备"], "en_n": ["Solar Supply", "*Installer Direct"], "naics": ("423690", "Other Electronic Parts and Equipment Merchant Wholesalers")},
        "E": {"zh": ["光伏电站EPC总包", "户用光伏安装商", "工商业光伏开发商"], "en": ["solar EPC contractor", "residential solar installer", "commercial solar developer"],
              "zd": ["年并网装机600MW", "累计安装户用系统4.2万户"], "ed": ["600 MW energized a year", "42,000 rooftop systems installed"],
              "zn": ["新能源工程", "光伏电力"], "en_n": ["Solar Builders", "Rooftop Energy"], "naics": ("238210", "Electrical Contractors and Other Wiring Installation Contractors")},
    },
    "implant": {
        "product": ("牙种植体", "dental implants"),
        "material": ("医用4级纯钛棒", "Grade 4 and Grade 23 titanium bar"),
        "service": ("口腔种植修复", "implant dentistry"),
        "registry": ("医疗器械注册证（第三类）", "FDA Establishment Registration & Device Listing"),
        "R": {"zh": ["医用钛材生产商", "钛棒供应商"], "en": ["medical titanium mill", "titanium bar supplier"],
              "zd": ["医用4级纯钛及TC4 ELI棒材年产800吨", "材料符合ASTM F67/F136"], "ed": ["800 t/yr of Grade 4 and Ti-6Al-4V ELI bar", "bar certified to ASTM F67 and F136"],
              "zn": ["钛业", "稀有金属"], "en_n": ["Titanium", "Specialty Metals"], "naics": ("331491", "Nonferrous Metal Rolling, Drawing, and Extruding")},
        "M": {"zh": ["种植体生产企业", "牙科种植系统制造商", "种植体代工厂"], "en": ["dental implant manufacturer", "implant system maker", "implant contract manufacturer"],
              "zd": ["种植体年产60万颗，采用SLA表面处理", "持有三类注册证4张，覆盖骨水平与软组织水平"], "ed": ["600,000 implants a year with an SLA surface", "bone-level and tissue-level lines cleared under 510(k)"],
              "zn": ["医疗器械", "生物科技"], "en_n": ["Dental Implants", "Implant Systems"], "naics": ("339114", "Dental Equipment and Supplies Manufacturing")},
        "D": {"zh": ["口腔器械经销商", "齿科材料代理商", "口腔耗材配送商"], "en": ["dental supply dealer", "dental distributor", "dental products importer"],
              "zd": ["覆盖口腔诊所3200家", "在全国设有12个服务网点"], "ed": ["3,200 practices on account", "twelve branches with field reps"],
              "zn": ["齿科器材", "*口腔医疗"], "en_n": ["Dental Supply", "*Dental Lab Supply"], "naics": ("423450", "Medical, Dental, and Hospital Equipment Merchant Wholesalers")},
        "E": {"zh": ["连锁口腔医院", "口腔诊所集团", "种植专科门诊"], "en": ["dental service organization", "group dental practice", "implant clinic"],
              "zd": ["旗下口腔门诊56家，年种植量1.8万颗", "拥有种植医生90名"], "ed": ["56 offices placing 18,000 implants a year", "90 implant surgeons"],
              "zn": ["口腔医院", "口腔门诊"], "en_n": ["Dental Group", "Smile Partners"], "naics": ("621210", "Offices of Dentists")},
    },
    "intumescent": {
        "product": ("钢结构防火涂料", "intumescent fireproofing coatings"),
        "material": ("聚磷酸铵和可膨胀石墨", "ammonium polyphosphate and expandable graphite"),
        "service": ("钢结构加工与防火喷涂", "structural steel and fireproofing work"),
        "registry": ("CCCF消防产品认证", "UL Fire Resistance Directory"),
        "R": {"zh": ["阻燃剂生产商", "阻燃助剂供应商"], "en": ["flame-retardant producer", "flame-retardant additives supplier"],
              "zd": ["II型聚磷酸铵年产3万吨", "可膨胀石墨膨胀倍率200-300ml/g"], "ed": ["30,000 t/yr of phase-II APP", "graphite with 200-300 ml/g expansion"],
              "zn": ["阻燃材料", "石墨"], "en_n": ["Flame Retardants", "Graphite"], "naics": ("325180", "Other Basic Inorganic Chemical Manufacturing")},
        "M": {"zh": ["防火涂料生产企业", "防火涂料厂", "膨胀型涂料制造商"], "en": ["fireproofing coatings manufacturer", "intumescent paint maker", "fire-protective coatings producer"],
              "zd": ["超薄型与厚型防火涂料年产5万吨", "耐火极限最高3小时，已取得CCCF认证"], "ed": ["50,000 t/yr of thin-film and mastic products", "ratings up to 3 hours under UL 263"],
              "zn": ["防火材料", "涂料"], "en_n": ["Coatings", "Fire Protection"], "naics": ("325510", "Paint and Coating Manufacturing")},
        "D": {"zh": ["涂料经销商", "建材批发商", "防火材料代理商"], "en": ["coatings distributor", "paint and sundries wholesaler", "fire-protection products distributor"],
              "zd": ["在西南五省设有门店30家", "常备防火涂料库存1200吨"], "ed": ["30 branches across the Southwest", "1,200 t of coatings in stock"],
              "zn": ["建材", "涂料贸易"], "en_n": ["Paint Supply", "*Contractors Supply"], "naics": ("424950", "Paint, Varnish, and Supplies Merchant Wholesalers")},
        "E": {"zh": ["钢结构工程公司", "防火喷涂施工企业", "钢结构加工厂"], "en": ["steel fabricator", "fireproofing applicator", "structural steel erector"],
              "zd": ["年加工钢结构18万吨", "承接机场、场馆的防火喷涂"], "ed": ["180,000 t of steel fabricated a year", "spray crews for airports, data centers and stadiums"],
              "zn": ["钢结构", "建设工程"], "en_n": ["Steel Fabricators", "Fireproofing"], "naics": ("332312", "Fabricated Structural Metal Manufacturing")},
    },
    "sandwichpanel": {
        "product": ("PIR/PU夹芯板", "insulated metal panels"),
        "material": ("彩涂钢卷", "prepainted steel coil"),
        "service": ("冷库与厂房建设", "cold storage and industrial building construction"),
        "registry": ("绿色建材产品认证", "FM Approvals Guide"),
        "R": {"zh": ["彩涂板生产商", "彩钢卷供应商"], "en": ["prepainted steel coil producer", "coil coater"],
              "zd": ["彩涂卷年产45万吨", "0.4-0.6mm彩涂卷可按面板线宽度分条"], "ed": ["450,000 t/yr of prepainted coil", "0.4-0.6 mm coil slit to panel-line widths"],
              "zn": ["钢板", "彩涂板"], "en_n": ["Coil Coating", "Steel Coil"], "naics": ("332812", "Metal Coating, Engraving, and Allied Services")},
        "M": {"zh": ["夹芯板生产厂", "保温板制造商", "冷库板厂家"], "en": ["insulated panel manufacturer", "IMP plant", "cold-storage panel maker"],
              "zd": ["连续PIR生产线4条，年产夹芯板800万平方米", "板厚50-200mm，燃烧性能B1级"], "ed": ["four continuous lines making 8 million m² a year", "panels 2 to 8 inches thick, FM 4880 approved"],
              "zn": ["建材", "板业"], "en_n": ["Building Panels", "Panel Systems"], "naics": ("332311", "Prefabricated Metal Building and Component Manufacturing")},
        "D": {"zh": ["建材经销商", "钢构建材代理商", "围护系统分销商"], "en": ["building materials dealer", "metal building supplier", "envelope products distributor"],
              "zd": ["在华北设有5个库点", "对接钢结构厂300余家"], "ed": ["five yards in the Mountain West", "300 builder accounts"],
              "zn": ["建材", "*钢结构建材"], "en_n": ["*Builders Supply", "Building Products"], "naics": ("423330", "Roofing, Siding, and Insulation Material Merchant Wholesalers")},
        "E": {"zh": ["冷库建设总包", "钢结构厂房建设商", "工程总包"], "en": ["cold storage builder", "design-build contractor", "general contractor"],
              "zd": ["年承建冷库及厂房60万平方米", "在建物流园项目11个"], "ed": ["600,000 sq ft of cold storage built a year", "eleven distribution centers under construction"],
              "zn": ["建设工程", "冷链工程"], "en_n": ["Builders", "Construction"], "naics": ("236220", "Commercial and Institutional Building Construction")},
    },
    "reagent": {
        "product": ("分析试剂", "laboratory reagents"),
        "material": ("高纯溶剂和无机盐", "high-purity solvents and inorganic salts"),
        "service": ("第三方检测与分析服务", "contract testing and analytical services"),
        "registry": ("危险化学品安全生产许可", "ANAB ISO 17034 accreditation directory"),
        "R": {"zh": ["精细化学品生产商", "高纯化学品供应商"], "en": ["fine chemicals producer", "high-purity chemicals supplier"],
              "zd": ["电子级乙腈年产5000吨", "高纯无机盐品种20余个"], "ed": ["5,000 t/yr of HPLC-grade acetonitrile", "more than 20 high-purity inorganic salts"],
              "zn": ["精细化工", "化学"], "en_n": ["Fine Chemicals", "Solvents"], "naics": ("325199", "All Other Basic Organic Chemical Manufacturing")},
        "M": {"zh": ["试剂生产企业", "化学试剂厂", "色谱试剂制造商"], "en": ["reagent manufacturer", "laboratory chemicals maker", "chromatography reagent producer"],
              "zd": ["试剂品种6800个，通过ISO 17034认可", "AR、GR及色谱级试剂年产1.2万吨"], "ed": ["6,800 catalog reagents under ISO 17034", "AR, ACS and HPLC grades, 12,000 t a year"],
              "zn": ["试剂", "生化科技"], "en_n": ["Reagents", "Scientific"], "naics": ("325998", "All Other Miscellaneous Chemical Product Manufacturing")},
        "D": {"zh": ["实验室耗材经销商", "试剂代理商", "科研用品配送商"], "en": ["lab supply distributor", "scientific products dealer", "reagent reseller"],
              "zd": ["服务高校及科研院所400家", "在上海、成都设有危化品仓库"], "ed": ["400 university and biotech accounts", "hazmat warehouses in New Jersey and Texas"],
              "zn": ["科学器材", "*检测设备"], "en_n": ["*Lab Supply", "*Testing Lab Supply"], "naics": ("423490", "Other Professional Equipment and Supplies Merchant Wholesalers")},
        "E": {"zh": ["第三方检测实验室", "CRO公司", "高校分析测试中心"], "en": ["contract testing lab", "CRO", "university core facility"],
              "zd": ["拥有CMA/CNAS资质实验室9个", "年检测样品30万批次"], "ed": ["nine ISO 17025 labs", "300,000 samples tested a year"],
              "zn": ["检测技术", "检验认证"], "en_n": ["Analytical Labs", "Testing Services"], "naics": ("541380", "Testing Laboratories and Services")},
    },
    "heatexchanger": {
        "product": ("板式换热器", "plate heat exchangers"),
        "material": ("316L不锈钢薄板和钛板", "316L stainless and titanium sheet"),
        "service": ("集中供热与供冷", "district heating and cooling"),
        "registry": ("特种设备生产许可（压力容器）", "ASME Certificate Holder Search"),
        "R": {"zh": ["不锈钢及钛板材供应商", "精密带钢厂"], "en": ["stainless and titanium sheet supplier", "specialty strip mill"],
              "zd": ["0.4-0.8mm冷轧316L薄板年产10万吨", "TA1钛板可按板片模具尺寸剪切"], "ed": ["100,000 t/yr of 0.4-0.8 mm 316L cold-rolled sheet", "Grade 1 titanium cut to plate-pack sizes"],
              "zn": ["不锈钢", "金属材料"], "en_n": ["Stainless", "Metals"], "naics": ("331110", "Iron and Steel Mills and Ferroalloy Manufacturing")},
        "M": {"zh": ["换热器制造商", "板换生产企业", "换热设备厂"], "en": ["heat exchanger manufacturer", "plate heat exchanger builder", "heat transfer equipment maker"],
              "zd": ["可拆板式与钎焊板换年产4万台", "持有压力容器制造许可证，单台换热面积最高2000平方米"], "ed": ["40,000 gasketed and brazed units a year", "an ASME U-stamp shop building frames up to 2,000 m²"],
              "zn": ["换热设备", "热能科技"], "en_n": ["Heat Transfer", "Thermal Systems"], "naics": ("332410", "Power Boiler and Heat Exchanger Manufacturing")},
        "D": {"zh": ["暖通设备代理商", "换热设备经销商", "暖通配件批发商"], "en": ["HVAC equipment rep", "process equipment distributor", "hydronics wholesaler"],
              "zd": ["在东北三省有换热站客户500余家", "常备板片和垫片备件"], "ed": ["a rep territory covering eight states", "gaskets and spare plates in stock"],
              "zn": ["暖通设备", "*热力设备"], "en_n": ["Hydronic Supply", "*Mechanical Contractors Supply"], "naics": ("423720", "Plumbing and Heating Equipment Merchant Wholesalers")},
        "E": {"zh": ["城市供热公司", "热力公司", "区域能源运营商"], "en": ["district energy utility", "district heating operator", "campus energy operator"],
              "zd": ["供热面积6800万平方米，换热站1200座", "每年检修更换换热器400台"], "ed": ["1,200 substations on a 68 million sq ft network", "400 exchangers replaced a year across our sites"],
              "zn": ["热力", "供热"], "en_n": ["District Energy", "Thermal Utility"], "naics": ("221330", "Steam and Air-Conditioning Supply")},
    },
    "drywall": {
        "product": ("纸面石膏板", "gypsum wallboard"),
        "material": ("脱硫石膏", "FGD synthetic gypsum"),
        "service": ("隔墙吊顶与精装施工", "drywall and interior finishing"),
        "registry": ("绿色建材产品认证", "UL Product iQ listing"),
        "R": {"zh": ["脱硫石膏供应商", "石膏原料供应商", "石膏矿业公司"], "en": ["synthetic gypsum supplier", "gypsum rock supplier", "gypsum quarry operator"],
              "zd": ["电厂脱硫石膏年供应150万吨", "天然石膏矿储量8000万吨"], "ed": ["1.5 million t/yr of FGD gypsum from three power plants", "a quarry with 80 million t of reserves"],
              "zn": ["矿业", "环保资源"], "en_n": ["Gypsum", "Minerals"], "naics": ("212390", "Other Nonmetallic Mineral Mining and Quarrying")},
        "M": {"zh": ["石膏板生产企业", "石膏板厂", "石膏建材制造商"], "en": ["wallboard manufacturer", "gypsum board plant", "drywall maker"],
              "zd": ["纸面石膏板年产能1.2亿平方米", "生产耐水、耐火及净醛石膏板"], "ed": ["1.2 billion sq ft a year on four lines", "moisture-, fire- and mold-resistant boards to ASTM C1396"],
              "zn": ["新型建材", "石膏建材"], "en_n": ["Wallboard", "Gypsum Products"], "naics": ("327420", "Gypsum Product Manufacturing")},
        "D": {"zh": ["石膏板经销商", "建材市场批发商", "装饰材料一级代理"], "en": ["drywall distributor", "specialty building products dealer", "lumber yard"],
              "zd": ["在成都建材城有门店和2个仓库", "年出货石膏板600万张"], "ed": ["six yards with boom delivery trucks", "six million sheets shipped a year"],
              "zn": ["建材商行", "*装饰工程材料"], "en_n": ["Wallboard Supply", "*Drywall Contractors Supply"], "naics": ("423310", "Lumber, Plywood, Millwork, and Wood Panel Merchant Wholesalers")},
        "E": {"zh": ["装饰工程公司", "精装修总包", "隔墙吊顶施工企业"], "en": ["drywall contractor", "interior finishing contractor", "homebuilder"],
              "zd": ["年施工隔墙吊顶300万平方米", "承接酒店、医院精装项目"], "ed": ["30 million sq ft hung a year", "crews finishing hotels, hospitals and multifamily interiors"],
              "zn": ["装饰工程", "建筑装饰"], "en_n": ["Interiors", "Drywall Contractors"], "naics": ("238310", "Drywall and Insulation Contractors")},
    },
}  # fmt: skip

# Bare role nouns (a want that names only the role and the country) and negated roles.
GENERIC = {
    "zh": {"R": ["原料供应商", "原材料厂家", "上游材料厂"], "M": ["生产厂家", "源头工厂", "OEM工厂", "制造商"],
           "D": ["经销商", "代理商", "一级代理", "进口商"], "E": ["终端用户", "终端客户", "直接用户"]},
    "en": {"R": ["raw-material supplier", "materials vendor", "upstream supplier"], "M": ["manufacturer", "OEM", "contract manufacturer", "factory"],
           "D": ["distributor", "importer", "stocking distributor", "reseller"], "E": ["end users", "end customers", "direct buyers"]},
}  # fmt: skip
NEGATED = {
    "zh": {"R": ["原料商", "材料供应商"], "M": ["厂家", "工厂"], "D": ["代理", "经销商", "贸易商"], "E": ["终端用户", "直客"]},
    "en": {"R": ["raw-material suppliers", "component vendors"], "M": ["manufacturers", "OEMs"], "D": ["distributors", "agents", "resellers"], "E": ["end users", "direct buyers"]},
}  # fmt: skip

CN_PLACES = [("江苏", "苏州", "Jiangsu", "Suzhou"), ("浙江", "宁波", "Zhejiang", "Ningbo"), ("广东", "佛山", "Guangdong", "Foshan"),
             ("山东", "淄博", "Shandong", "Zibo"), ("安徽", "合肥", "Anhui", "Hefei"), ("湖北", "武汉", "Hubei", "Wuhan"),
             ("四川", "成都", "Sichuan", "Chengdu"), ("河北", "唐山", "Hebei", "Tangshan"), ("福建", "厦门", "Fujian", "Xiamen"),
             ("辽宁", "大连", "Liaoning", "Dalian")]  # fmt: skip
CN_BRANDS = [("华骐", "Huaqi"), ("中睿", "Zhongrui"), ("鼎晟", "Dingsheng"), ("科沃", "Kewo"), ("联拓", "Liantuo"), ("瑞丰", "Ruifeng"),
             ("博远", "Boyuan"), ("泰和", "Taihe"), ("德沣", "Defeng"), ("凯立", "Kaili"), ("新昊", "Xinhao"), ("正源", "Zhengyuan"),
             ("嘉诺", "Jianuo"), ("铭远", "Mingyuan"), ("安峰", "Anfeng"), ("宏晟", "Hongsheng"), ("卓凡", "Zhuofan"), ("润升", "Runsheng")]  # fmt: skip
US_STEMS = [("Harbor Ridge", "哈博瑞奇"), ("Keystone", "凯斯通"), ("Northstar", "北星"), ("Bluewater", "蓝水"), ("Oak Creek", "橡溪"),
            ("Silver Lake", "银湖"), ("Granite Peak", "花岗峰"), ("Prairie Line", "草原线"), ("Redwood Bay", "红木湾"), ("Summit Point", "峰点"),
            ("Lone Oak", "孤橡"), ("Copper Mesa", "铜台"), ("Bayfront", "湾前"), ("Tidewater", "潮水"), ("Ironbridge", "铁桥"),
            ("Clearfield", "清原"), ("Westgate", "西门"), ("Eagle Rock", "鹰岩"), ("Pinecrest", "松冠"), ("Riverbend", "河湾")]  # fmt: skip
US_PLACES = [("Houston", "TX", "Texas", "休斯敦", "得克萨斯州"), ("Columbus", "OH", "Ohio", "哥伦布", "俄亥俄州"),
             ("Fresno", "CA", "California", "弗雷斯诺", "加利福尼亚州"), ("Charlotte", "NC", "North Carolina", "夏洛特", "北卡罗来纳州"),
             ("Phoenix", "AZ", "Arizona", "凤凰城", "亚利桑那州"), ("Grand Rapids", "MI", "Michigan", "大急流城", "密歇根州"),
             ("Tulsa", "OK", "Oklahoma", "塔尔萨", "俄克拉何马州"), ("Newark", "NJ", "New Jersey", "纽瓦克", "新泽西州"),
             ("Denver", "CO", "Colorado", "丹佛", "科罗拉多州"), ("Knoxville", "TN", "Tennessee", "诺克斯维尔", "田纳西州")]  # fmt: skip
EN_PEOPLE = [
    "Dana Whitfield",
    "Marcus Lee",
    "Priya Raman",
    "Tom Kowalski",
    "Elena Ruiz",
    "Grace Chen",
    "Owen Brady",
    "Sara Lindqvist",
]
CN_EN_PEOPLE = ["Wang Jianguo", "Li Min", "Chen Zhiyuan", "Zhao Lei", "Zhou Xiaoyan"]
ZH_PEOPLE = ["王建国", "李敏", "陈志远", "赵磊", "周晓燕", "刘洋", "孙海涛", "黄倩"]
ZH_TITLES = ["董事长", "总经理", "海外事业部总监", "国际业务副总"]
EN_TITLES = ["CEO", "president", "VP of sales", "managing director"]

# ---------------------------------------------------------------------------------------------
# Ways of writing. A template is a string (one segment of the list's kind) or a tuple of
# (kind, text) pairs; kinds: "o" offer, "s" seek, "x" other. Placeholders are filled from the
# company's context (see ``context``). {wantp} may be the input material; {wantr} is always a
# role; {nonwant} is a negated role.
# ---------------------------------------------------------------------------------------------

GENRES = ["pitch deck", "annual report", "capabilities statement", "registry entry", "IPA bulletin"]

PITCH = {
    "zh": {
        "title": ["{short} | 合作路演 {year}\n", "{short}（{city}）项目介绍 · {year}年版\n", "{name} — 海外合作推介\n"],
        "problem": ["痛点：进口产品交期长、价格高，中小客户拿不到货\n", "痛点：国内同质化竞争激烈，出口渠道单一\n",
                    "行业现状：认证周期长，新进入者很难拿到订单\n", "为什么是现在：美国本土化政策带来新的采购窗口\n"],
        "offer": ["【产品】{product}，{detail}\n", "我们是谁：{noun}，{detail}\n", "解决方案 → {noun}｜{detail}\n",
                  "核心产品\n· {product}\n· {detail}\n", "{short} = {noun} + {detail}\n", "我们做什么：作为{noun}，{detail}\n",
                  "产品与能力：{product}｜{detail}\n"],
        "traction": ["【进展】{detail2}\n", "关键数据：{detail2}\n", "里程碑：{found}年起，{detail2}\n"],
        "served": ["【进展】{detail2}；长期为{served}供货\n", "现有客户：以{served}为主，复购率82%\n", "已合作：国内30余家{served}\n"],
        "team": ["团队：核心成员来自中科院及行业头部企业\n", "团队：{staff}人，其中研发人员占35%\n", "创始人：{person}，行业经验18年\n"],
        "seek": ["【诉求】寻找{wantp}\n", "本轮目标：对接{wantp}\n", "谁是我们要找的人？——{wantr}\n", "下一步：{yn}年内签约{wantr}\n",
                 "如果你是{wantr}，我们想和你聊聊\n", (("x", "不找{nonwant}，"), ("s", "只找{wantp}\n")), "合作需求｜{wantp}（长期、稳定）\n",
                 "{wantp}——这是我们此行最想解决的问题\n", (("x", "融资之外，"), ("s", "我们更需要{wantr}\n"))],
    },
    "en": {
        "title": ["{short} | Partner Deck | {year}\n", "{short} — company overview, {year}\n", "{name}: Series A round & partnerships\n"],
        "problem": ["Problem: 30-week lead times from incumbent suppliers\n", "Problem: buyers pay a 40% premium for imported units\n",
                    "Why now: new codes and tax credits are pulling demand forward\n", "Problem: fragmented supply, no single accountable vendor\n"],
        "offer": ["Product: {Product}; {detail}\n", "What we do: {noun} with {detail}\n", "Solution → {a_noun}, {detail}\n",
                  "Our product\n• {Product}\n• {Detail}\n", "{short} = {a_noun} + {detail}\n", "We are {a_noun}: {detail}\n",
                  "Platform: {Product} | {detail}\n"],
        "traction": ["Traction: {detail2}\n", "Key numbers: {detail2}\n", "Milestones: {detail2} since {found}\n"],
        "served": ["Traction: {detail2}; already supplying {served_pl}\n", "Customers: {served_pl}, 82% repeat orders\n", "Traction: 30+ {served_pl} on contract\n"],
        "team": ["Team: {staff} people, ex-GE and ex-3M engineers\n", "Founder: {person}, 18 years in the industry\n", "Team: 14 engineers, 3 PhDs\n"],
        "seek": ["The Ask: {wantp}\n", "Ask → intros to {wantr}\n", "Who do we need? {Wantr}.\n", "Next 12 months: sign {wantr} by Q{q} {yn}\n",
                 "If you are {wantr}, let's talk\n", (("x", "Not {nonwant}. "), ("s", "We need {wantp}\n")), "Looking for: {wantp}\n",
                 "{Wantp} — the one thing we are missing\n", (("x", "Beyond capital, "), ("s", "we want {wantr}\n"))],
    },
}  # fmt: skip

ANNUAL = {
    "zh": {
        "header": ["摘自{name}{year}年年度报告\n", "第三节 管理层讨论与分析\n", "{name}首次公开发行股票招股说明书（申报稿）节选\n", "一、报告期内公司从事的主要业务\n"],
        "offer": ["公司是一家{noun}，主营业务围绕{product}展开。", "报告期内，公司作为{noun}，{detail}。", "公司主要从事{product}相关业务，{detail}，{detail2}。",
                  "本集团定位为{noun}，截至报告期末，{detail}。", "发行人系{noun}，{detail}。", "公司{detail}，是行业内具有代表性的{noun}。",
                  "（一）主要业务：{noun}。{detail}。"],
        "extra": ["此外，{detail2}。", "报告期内，{detail2}。"],
        "served": ["公司产品长期为{served}供货，客户粘性较高。", "公司现有客户以{served}为主，前五大客户收入占比41%。"],
        "other": ["截至{year}年12月31日，公司在职员工{staff}人。", "报告期内，公司获评国家级专精特新“小巨人”企业。", "公司注册地址位于{addr_zh}。",
                  "风险提示：原材料价格波动可能对毛利率产生影响。", "公司于{found}年在{city}设立。"],
        "seek": ["公司计划于{yn}年与{wantr}建立合作。", "公司拟与{wantr}建立长期合作关系。", "下一阶段经营重点：引进{wantp}。",
                 (("s", "若能与{wantr}达成合作，"), ("x", "公司预计相关安排将于{yn}年落地。")), (("x", "公司目前并不缺{nonwant}，"), ("s", "亟需补足的是{wantp}。")),
                 "本次募集资金部分将用于对接{wantp}。", "{Wantp}，是公司未来三年海外布局的关键一环。", "管理层正积极寻求{wantp}。"],
    },
    "en": {
        "header": ["Excerpt from the {year} Annual Report of {name}\n", "Item 1. Business\n", "Prospectus summary — {name}\n", "Management's discussion and analysis\n"],
        "offer": ["{name} (the \"Company\") operates as {a_noun}; its principal assets comprise {detail}.", "The Group is principally engaged in business as {a_noun}, with {detail}.",
                  "We are {a_noun}. Our operations in fiscal {year} included {detail}.", "Principal activities: {Noun}, with {detail}.",
                  "The Company, {a_noun}, reported the following for fiscal {year}: {detail}.", "Overview — {short} is {a_noun} focused on {product}, with {detail}.",
                  "Our business consists of {product} activities as {a_noun}, supported by {detail} and {detail2}."],
        "extra": ["In addition, the Company reports {detail2}.", "Operating highlights include {detail2}."],
        "served": ["Our customers include {served_pl}, which accounted for 64% of revenue.", "The Company already supplies {served_pl} in 14 states."],
        "other": ["As of December 31, {year}, we had {staff} full-time employees.", "The Company was incorporated in {state_full} in {found}.",
                  "Risk factors: raw-material prices may affect gross margin.", "Our principal executive offices are located in {city}, {st}.",
                  "No single customer exceeded 10% of net sales."],
        "seek": ["In fiscal {yn} the Company intends to enter into agreements with {wantr}.", "Management is seeking {wantp} to support the next phase of growth.",
                 "A key objective for {yn} is {wantp}.", (("s", "Subject to identifying {wantr}, "), ("x", "the Company expects the program to start in {yn}.")),
                 (("x", "The Company does not intend to appoint additional {nonwant}; "), ("s", "its priority is {wantp}.")),
                 "Part of the net proceeds will fund the qualification of {wantr}.", "The principal gap in our supply chain strategy remains {wantp}.",
                 "We plan to add {wantr} over the next two fiscal years."],
    },
}  # fmt: skip

CAPAB = {
    "zh": {
        "header": ["企业能力说明书（Capabilities Statement）\n{name}\n", "能力声明 | {name}\n", "{name}\n企业能力概览 {year}\n"],
        "offer": ["核心能力：{product}；{detail}\n", "核心能力\n· {noun}\n· {detail}\n", "我们的定位：{noun}，{detail}\n", "主营：{product}（{detail}）\n",
                  "能力概述：{short}是{noun}，{detail}\n", "可提供：{product}相关服务，{detail}\n", "服务能力：{detail}，{detail2}\n"],
        "extra": ["差异化优势：{detail2}\n", "差异化优势：交期比同行短30%；{detail2}\n", "差异化优势：自有检测中心，7×24小时技术响应\n"],
        "served": ["过往业绩：长期为{served}供货\n", "过往业绩：服务国内{served}120余家\n"],
        "codes": ["NAICS：{naics}｜CAGE：{cage}\n", "行业代码：NAICS {naics}\n"],
        "other": ["资质：ISO 9001:2015、ISO 14001\n", "联系人：{person} {phone}\n", "成立时间：{found}年｜员工：{staff}人\n"],
        "seek": ["合作意向：{wantp}\n", "寻求合作：{wantp}\n", "我们正在物色{wantr}\n", "组队需求——{wantr}（可联合投标）\n",
                 "如您是{wantr}，欢迎联系\n", (("x", "不找{nonwant}，"), ("s", "只与{wantr}合作\n")), "目标：{yn}年底前与{wantr}签约\n",
                 "{Wantr}：这是我们当前最需要的合作方\n"],
    },
    "en": {
        "header": ["CAPABILITIES STATEMENT\n{name}\n", "{name} | Capabilities Statement {year}\n", "{NAME}\nCorporate capabilities\n"],
        "offer": ["Core competencies: {Product}; {detail}\n", "Core competencies\n• {Noun}\n• {Detail}\n", "Core capabilities: {a_noun} delivering {product}, {detail}\n",
                  "What we deliver: {product} ({detail})\n", "Core competencies: {Detail}; {detail2}\n", "{short} is {a_noun}. Core competencies: {detail}\n",
                  "Capabilities: {Product} — {detail}\n"],
        "extra": ["Differentiators: {Detail2}; 30% shorter lead times\n", "Differentiators: {Detail2}\n", "Differentiators: in-house test lab; 24/7 field support\n"],
        "served": ["Past performance: supplying {served_pl} since {found}\n", "Past performance: 120+ {served_pl} served since {found}\n"],
        "codes": ["NAICS: {naics} ({naics_title})\n", "Primary NAICS {naics} — {naics_title}\n"],
        "other": ["CAGE {cage} | UEI {uei}\n", "POC: {person}, {phone}\n", "Certifications: ISO 9001:2015, SAM registered\n", "Small business, est. {found}\n"],
        "seek": ["Teaming interests: {wantp}\n", "Seeking: {wantp}\n", "Partnering goal — {wantr}\n", "We are actively recruiting {wantr} for FY{yy} requirements\n",
                 "If you are {wantr}, we want to talk\n", (("x", "Not seeking {nonwant}. "), ("s", "Seeking {wantp}\n")),
                 (("o", "{short} offers {product} "), ("s", "and is looking for {wantp}\n")), "{Wantr} wanted for joint bids\n"],
    },
}  # fmt: skip

REGISTRY = {
    "zh": {
        "header": ["【{registry}】编号：{zh_id}\n企业名称：{name}\n", "{registry}公示信息\n持证单位：{name}（证书编号{zh_id}）\n",
                   "{id_label}：{id_value}\n企业名称：{name}\n"],
        "offer": ["主体类型：{noun}\n经营范围：{product}；{detail}\n", "生产/经营范围：{product}（{detail}）\n", "企业类别：{noun}；{detail}\n",
                  "许可项目：{product}相关业务；{detail}\n", "登记业务：{noun}，{detail}\n", "主要产品及产能：{detail}；{detail2}\n"],
        "other": ["登记状态：存续（在业）\n", "成立日期：{found}-0{m}-1{d}\n", "住所：{addr_full_zh}\n", "有效期至：{yn2}年{m}月\n"],
        "seek": ["备注：企业希望对接{wantp}。", (("s", "备注：该企业正在寻找{wantr}，"), ("x", "联系方式见企业公示页。")),
                 "备注（企业自述）：“我们需要{wantp}。”", "备注：拟于{yn}年与{wantr}签订框架协议。", "备注：若有{wantr}，可洽谈独家合作。",
                 (("x", "备注：本企业不找{nonwant}，"), ("s", "只找{wantp}。")), "备注：有没有{wantr}？欢迎来电洽谈。",
                 (("x", "备注：其他方面暂无需求，"), ("s", "目前缺的是{wantp}。"))],
    },
    "en": {
        "header": ["{registry} — record {reg_id}\nRegistrant: {name}\n", "{registry}\nHolder: {name} ({city}, {st}); file no. {reg_id}\n",
                   "{registry_office} — entity record\nEntity: {name} (ID {reg_id})\n"],
        "offer": ["Establishment type: {Noun}\nScope: {Product}; {detail}\n", "Activity: {Noun} ({detail})\n", "Listed products: {Product} — {detail}\n",
                  "Business description: {Noun} handling {product}; {detail}\n", "Category: {Noun}. Capacity: {detail}\n", "Operations: {Detail}; {detail2}\n"],
        "other": ["Status: Active since {found}\n", "{agent_label}: {person}, {city}, {st}\n", "Expiration: {m}/30/{yn2}\n", "Last updated: {year}-0{m}-1{d}\n"],
        "seek": ["Remark: registrant is looking for {wantp}.", "Remark (free text): \"We want to meet {wantr} willing to sign a three-year agreement.\"",
                 (("s", "Remark: open to {wantr}; "), ("x", "contact via the {agent_label_lc}.")), "Remark: plans to qualify {wantr} by Q{q} {yn}.",
                 "Remark: if {wantr} can meet our volumes, the company will consider an exclusive arrangement.",
                 (("x", "Remark: not seeking {nonwant}; "), ("s", "seeking {wantp} only.")), "Remark: any {wantq} interested? Call the office.",
                 (("x", "Remark: no other needs at this time; "), ("s", "what is missing is {wantp}."))],
    },
}  # fmt: skip

BULLETIN = {
    "zh": {
        "header": ["【{agency}·投资快讯】第{no}期\n", "{agency}招商简报（{year}年第{no}期）\n", "{agency} | 企业推介\n"],
        "headline": [(("o", "{city}{noun}"), ("s", "寻求{wantp}\n")), (("o", "{noun}{short}"), ("s", "拟对接{wantr}\n"))],
        "offer": ["{name}是一家{noun}，{detail}。", "据了解，{short}作为{noun}，{detail}。", "{short}主要从事{product}相关业务，{detail}。",
                  "该企业定位为{noun}，目前{detail}。", "作为区内重点{noun}，{short}的主要指标为：{detail}。", "{short}聚焦{product}，是一家{noun}，{detail2}。"],
        "extra": ["此外，{detail2}。", "目前，该企业{detail2}。"],
        "served": ["该企业长期为{served}供货。", "其现有客户主要是{served}。"],
        "other": ["{short}成立于{found}年，现有员工{staff}人。", "公司已通过ISO 9001质量体系认证。", "该企业位于{addr_zh}。", "对接会定于{m}月在上海举行。"],
        "seek": ["该公司表示，希望对接{wantp}。", "企业负责人{person}说：“我们现在最需要的是{wantp}。”", "下一步，{short}计划与{wantr}开展合作。",
                 (("s", "如有{wantr}有意合作，"), ("x", "可与投促中心联系。")), (("x", "据介绍，{short}并不缺{nonwant}，"), ("s", "真正需要的是{wantp}。")),
                 "该企业的需求是：{wantp}。", "{short}此行目标明确：{wantp}。"],
    },
    "en": {
        "header": ["{agency} | Investment Bulletin No. {no}\n", "{agency} — Company Spotlight, {year}\n", "{agency} Opportunity Brief #{no}\n"],
        "headline": [(("o", "{State_full} {noun} "), ("s", "seeks {wantp}\n")), (("o", "{short}, {a_noun}, "), ("s", "looks for {wantr}\n"))],
        "offer": ["{name} is {a_noun} with {detail}.", "{short} specializes in {product} as {a_noun}, with {detail}.", "The company, {a_noun}, reports {detail}.",
                  "Featured company: {name} — {noun}, {detail}.", "Key figures for {short}: {detail}.", "{name} operates as {a_noun}; its assets include {detail}."],
        "extra": ["It also reports {detail2}.", "The firm lists {detail2}."],
        "served": ["Its customers already include {served_pl}.", "The company currently supplies {served_pl} across the region."],
        "other": ["Founded in {found}, it employs {staff} people.", "The company is ISO 9001 certified.", "It is headquartered in {city}, {st}.",
                  "The delegation visit is scheduled for {month}."],
        "seek": ["The company is looking for {wantp}.", "\"We need {wantr} who knows the market,\" said {title} {person}.", "{short} hopes to meet {wantr} during the {month} mission.",
                 (("s", "If you are {wantr} able to handle its volumes, "), ("x", "contact the bulletin desk.")),
                 (("x", "According to the company, it is not pursuing {nonwant}; "), ("s", "it wants {wantp}.")), "Its stated priority: {wantp}.",
                 "{short} plans to sign with {wantr} before the end of {yn}."],
    },
}  # fmt: skip

AGENCIES = {
    ("CN", "zh"): ["{prov}省商务厅投资促进处", "{city}高新区投资促进局", "{city}市投资促进中心"],
    ("CN", "en"): [
        "Invest {city_en}",
        "{prov_en} Department of Commerce",
        "{city_en} Investment Promotion Center",
    ],
    ("US", "en"): [
        "SelectUSA",
        "{state_full} Economic Development Corporation",
        "Greater {city} Partnership",
    ],
    ("US", "zh"): [
        "美国{state_zh}驻华代表处",
        "SelectUSA中国办公室",
        "{city_zh}经济发展局上海代表处",
    ],
}
EN_MONTHS = ["March", "April", "May", "June", "September", "October"]

# ---------------------------------------------------------------------------------------------
# Generator
# ---------------------------------------------------------------------------------------------

SEP_VOWEL = re.compile(r"\b([Aa]) (?=[aeioAEIO]|HVAC|FGD|MDI|SiC|FDA|UL\b)")


def _an(text: str) -> str:
    return SEP_VOWEL.sub(lambda m: m.group(1) + "n ", text)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _plural(noun: str) -> str:
    if noun.endswith(("s", "sh", "ch", "x")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


def chain_roles(rng: random.Random) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(stage, want) of the 4 CN and 7 US companies of one chain. The CN roles hold a mirrored
    pair (a company's partner is then the other one's competitor); the US side holds every CN
    company's partner, then traps (competitor, offers-what-it-seeks-but-wants-else, wants-its-
    product-but-offers-nothing-it-wants) until seven."""
    combos = [(s, w) for s in STAGES for w in NEIGHBOURS[s]]
    first = rng.choice(combos)
    cn = [first, (first[1], first[0])]
    cn += rng.sample([c for c in combos if c not in cn], N_CN - 2)
    rng.shuffle(cn)
    us = [(w, s) for s, w in cn]
    while len(us) < N_US:  # greedily add the trap that covers most missing (company, trap kind)
        gain = {c: len(trap_kinds(cn, [*us, c]) - trap_kinds(cn, us)) for c in combos}
        best = max(gain.values())
        us.append(rng.choice([c for c in combos if gain[c] == best]))
    return cn, us


def trap_kinds(cn: list[tuple[str, str]], us: list[tuple[str, str]]) -> set[tuple[int, str]]:
    """(CN company, trap kind) pairs present among the US roles ``us`` of one chain."""
    out = set()
    for n, (s, w) in enumerate(cn):
        for x, y in us:
            if (x, y) == (s, w):
                out.add((n, "competitor"))
            elif x == w and y != s:
                out.add((n, "offers what it seeks, wants else"))
            elif y == s and x != w:
                out.add((n, "wants its product, offers nothing it wants"))
    return out


def pick(
    rng: random.Random, options: list, kind: str, avoid: list | None = None
) -> list[tuple[str, str]]:
    """One template of ``options`` as (kind, text) pairs; none repeating {detail2} if ``avoid``
    (the units chosen so far) already holds it."""
    if avoid and any("etail2}" in t for u in avoid for _, t in u):
        options = [o for o in options if "etail2}" not in str(o)]
        if not options:
            return []
    item = rng.choice(options)
    return [(kind, item)] if isinstance(item, str) else list(item)


def want_phrases(
    rng: random.Random, lang: str, side: str, chain: dict, want: str
) -> tuple[str, str, str, str]:
    """(wantp, wantr, wantq, mode): the want as a phrase that may be the material, one that is
    always a role, a bare role for questions ("any distributor"), and how it was written."""
    us_target = side == "CN"
    noun = rng.choice(chain[want][lang])
    generic = rng.choice(GENERIC[lang][want])
    plural = lang == "en" and want == "E" and generic in GENERIC["en"]["E"]
    if lang == "zh":
        loc = ["美国", "北美", "美国本土的"] if us_target else ["中国", "国内", "中国本土的"]
        full = rng.choice(loc) + noun
        bare = rng.choice(loc[:2]) + generic
        mat = chain["material"][0]
        mats = [f"稳定的{mat}货源", mat, f"长期稳定的{mat}供应"] + (
            [f"美国产{mat}"] if us_target else [f"中国产{mat}"]
        )
        wantq = rng.choice(loc[:2]) + noun
    else:
        if us_target:
            loc = [
                "a US {n}",
                "an American {n}",
                "a {n} in the US",
                "a North American {n}",
                "a {n} based in the United States",
            ]
            loc_pl = ["US {n}", "{n} in the US", "American {n}"]
            where = rng.choice(["US", "North American"])
        else:
            loc = [
                "a Chinese {n}",
                "a {n} in China",
                "a {n} based in China",
                "a mainland China {n}",
            ]
            loc_pl = ["Chinese {n}", "{n} in China"]
            where = "Chinese"
        full = _an(rng.choice(loc).format(n=noun))
        bare = (
            rng.choice(loc_pl).format(n=generic)
            if plural
            else _an(rng.choice(loc).format(n=generic))
        )
        mat = chain["material"][1]
        mats = [f"a steady supply of {mat}", f"reliable {mat} sourcing"] + (
            [f"{mat} made in the US"] if us_target else [f"{mat} from China"]
        )
        wantq = f"{where} {noun}"
    r = rng.random()
    if want == "R" and r < 0.8:
        return rng.choice(mats), full, wantq, "material"
    if r > 0.8:
        return bare, bare, wantq, "generic"
    return full, full, wantq, "full"


def context(
    rng: random.Random, side: str, lang: str, *, key: str, stage: str, want: str
) -> tuple[dict[str, str], dict[str, object]]:
    """Placeholders for one company, and facts about it (name tag, want mode...)."""
    chain = CHAINS[key]
    st = chain[stage]
    facts: dict[str, object] = {}
    prov, city, prov_en, city_en = rng.choice(CN_PLACES)
    ucity, ust, ustate, ucity_zh, ustate_zh = rng.choice(US_PLACES)
    if side == "CN":
        brand, brand_en = rng.choice(CN_BRANDS)
        word = rng.choice(st["zn"])
        facts["name_role"] = word.startswith("*")
        word = word.lstrip("*")
        if lang == "zh":
            name = f"{prov}{brand}{word}{rng.choice(['有限公司', '股份有限公司', '集团有限公司'])}"
            short = brand + word
        else:
            en_word = rng.choice(st["en_n"])
            facts["name_role"] = en_word.startswith("*")
            en_word = en_word.lstrip("*")
            name = f"{city_en} {brand_en} {en_word} Co., Ltd."
            short = f"{brand_en} {en_word}"
    else:
        stem, stem_zh = rng.choice(US_STEMS)
        en_word = rng.choice(st["en_n"])
        facts["name_role"] = en_word.startswith("*")
        en_word = en_word.lstrip("*")
        if lang == "en":
            name = f"{stem} {en_word} {rng.choice(['Inc.', 'LLC', 'Corp.', 'Co.'])}"
            short = f"{stem} {en_word}"
        else:
            word = rng.choice(st["zn"])
            facts["name_role"] = word.startswith("*")
            word = word.lstrip("*")
            name = f"美国{stem_zh}{word}公司"
            short = stem_zh
    li = 0 if lang == "zh" else 1
    line = chain[{"R": "material", "E": "service"}.get(stage, "product")][
        li
    ]  # what the company itself sells or does
    noun = rng.choice(st[lang])
    details = list(st["zd" if lang == "zh" else "ed"])
    rng.shuffle(details)
    wantp, wantr, wantq, mode = want_phrases(rng, lang, side, chain, want)
    facts["want_mode"] = mode
    # whom it already serves (downstream), when that is not what it seeks
    served_stage = {"M": rng.choice([x for x in "DE" if x != want] or ["D"]), "D": "E"}.get(stage)
    if served_stage == want:
        served_stage = None
    facts["served_stage"] = served_stage
    others = [x for x in NEIGHBOURS[stage] if x != want] or [
        x for x in STAGES if x not in (stage, want)
    ]
    nonwant = rng.choice(NEGATED[lang][rng.choice(others)])
    year = rng.choice([2023, 2024, 2025])
    ctx = {
        "name": name, "NAME": name.upper(), "short": short, "noun": noun, "Noun": _cap(noun), "a_noun": _an("a " + noun),
        "product": line, "Product": _cap(line),
        "detail": details[0], "Detail": _cap(details[0]), "detail2": details[1], "Detail2": _cap(details[1]),
        "wantp": wantp, "Wantp": _cap(wantp), "wantr": wantr, "Wantr": _cap(wantr), "wantq": wantq, "nonwant": nonwant,
        "served": rng.choice(chain[served_stage]["zh"]) if served_stage else "",
        "served_pl": _plural(rng.choice(chain[served_stage]["en"])) if served_stage else "",
        "year": str(year), "yn": str(year + 1), "yn2": str(year + rng.choice([3, 4, 5])), "yy": str(year + 1)[2:], "q": str(rng.randint(1, 4)),
        "found": str(rng.randint(1988, 2019)), "staff": str(rng.choice([86, 140, 230, 410, 620, 1250, 2300])),
        "city": (city if lang == "zh" else city_en) if side == "CN" else (ucity if lang == "en" else ucity_zh),
        "city_en": city_en, "prov": prov, "prov_en": prov_en, "city_zh": ucity_zh, "state_zh": ustate_zh,
        "st": ust if side == "US" else prov_en, "state_full": ustate if side == "US" else prov_en, "State_full": ustate if side == "US" else prov_en,
        "addr_zh": f"{city}市高新区" if side == "CN" else f"美国{ustate_zh}{ucity_zh}",
        "addr_full_zh": f"{city}市经济技术开发区{rng.choice(['创业', '兴业', '科技', '长江', '金桥'])}路{rng.randint(8, 288)}号" if side == "CN" else f"美国{ustate_zh}{ucity_zh}市",
        "registry_office": f"{ustate} Secretary of State" if side == "US" else "National Enterprise Credit Information Publicity System",
        "person": rng.choice(ZH_PEOPLE if lang == "zh" else EN_PEOPLE if side == "US" else CN_EN_PEOPLE),
        "agent_label": "Registered agent" if side == "US" else "Legal representative",
        "agent_label_lc": "registered agent" if side == "US" else "listing office", "title": rng.choice(EN_TITLES),
        "phone": f"+86 {rng.randint(130, 189)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}" if side == "CN"
        else f"({rng.randint(201, 989)}) 555-0{rng.randint(100, 199)}",
        "naics": st["naics"][0], "naics_title": st["naics"][1], "cage": f"{rng.randint(1, 9)}{rng.choice('ABCDEFGHJK')}{rng.randint(100, 999)}",
        "uei": "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(12)),
        "registry": chain["registry"][li if side == "CN" else 1] if stage in "RM" else {
            ("CN", "zh"): "国家企业信用信息公示系统", ("CN", "en"): "National Enterprise Credit Information Publicity System",
            ("US", "en"): "SAM.gov entity registration", ("US", "zh"): "SAM.gov实体注册信息"}[(side, lang)],
        "zh_id": f"TS{rng.randint(2100, 2899)}{rng.randint(100, 999)}-{year}", "reg_id": f"{rng.randint(3000000000, 3999999999)}",
        "uscc": "91" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(16)),
        "m": str(rng.randint(1, 9)), "d": str(rng.randint(0, 9)),
        "month": rng.choice(EN_MONTHS), "no": str(rng.randint(3, 48)),
    }  # fmt: skip
    reg_id = f"{rng.randint(3000000000, 3999999999)}"
    ctx["zh_id"] = ctx["zh_id"] if side == "CN" else reg_id
    ctx["id_label"], ctx["id_value"] = (
        ("统一社会信用代码", ctx["uscc"]) if side == "CN" else ("注册号", reg_id)
    )
    agency = rng.choice(AGENCIES[(side, lang)])
    ctx["agency"] = agency.format(**ctx)
    return ctx, facts


def compose(
    rng: random.Random, genre: str, lang: str, facts: dict[str, object]
) -> list[list[tuple[str, str]]]:
    """The units (lines or sentences) of one description, each a list of (kind, template)."""
    served = facts["served_stage"] is not None and rng.random() < 0.55
    if genre == "pitch deck":
        t = PITCH[lang]
        offer = [pick(rng, t["offer"], "o")]
        offer.append(pick(rng, t["served" if served else "traction"], "o", offer))
        head = [pick(rng, t["title"], "x")]
        mid = [pick(rng, t["problem"], "x")] if rng.random() < 0.7 else []
        tail = [pick(rng, t["team"], "x")] if rng.random() < 0.4 else []
        seek = [pick(rng, t["seek"], "s")]
        where = rng.random()
        if where < 0.2:
            return head + seek + mid + offer + tail
        if where < 0.45:
            return head + mid + offer[:1] + seek + offer[1:] + tail
        return head + mid + offer + tail + seek
    if genre == "annual report":
        t = ANNUAL[lang]
        offer = [pick(rng, t["offer"], "o")]
        if served:
            offer.append(pick(rng, t["served"], "o", offer))
        elif rng.random() < 0.4:
            offer.append(pick(rng, t["extra"], "o", offer))
        other = [[("x", o)] for o in rng.sample(t["other"], rng.randint(1, 2))]
        seek = [pick(rng, t["seek"], "s")]
        head = [pick(rng, t["header"], "x")]
        where = rng.random()
        if where < 0.15:
            return head + seek + offer + other
        if where < 0.45:
            return head + offer + seek + other
        return head + offer + other + seek
    if genre == "capabilities statement":
        t = CAPAB[lang]
        offer = [pick(rng, t["offer"], "o")]
        if served:
            offer.append(pick(rng, t["served"], "o", offer))
        if rng.random() < 0.5:
            offer.append(pick(rng, t["extra"], "o", offer))
        codes = [pick(rng, t["codes"], "o" if lang == "en" else "x")]
        other = [[("x", o)] for o in rng.sample(t["other"], rng.randint(1, 2))]
        seek = [pick(rng, t["seek"], "s")]
        head = [pick(rng, t["header"], "x")]
        if rng.random() < 0.3:
            return head + offer[:1] + seek + offer[1:] + codes + other
        return head + offer + codes + other[:1] + seek + other[1:]
    if genre == "registry entry":
        t = REGISTRY[lang]
        head = [pick(rng, t["header"], "x")]
        offer = [pick(rng, t["offer"], "o")]
        other = [[("x", o)] for o in rng.sample(t["other"], rng.randint(1, 2))]
        seek = [pick(rng, t["seek"], "s")]
        if rng.random() < 0.4:
            return head + other[:1] + offer + other[1:] + seek
        return head + offer + other + seek
    if genre == "IPA bulletin":
        t = BULLETIN[lang]
        head = [pick(rng, t["header"], "x")]
        offer = [pick(rng, t["offer"], "o")]
        if served:
            offer.append(pick(rng, t["served"], "o", offer))
        elif rng.random() < 0.35:
            offer.append(pick(rng, t["extra"], "o", offer))
        other = [[("x", o)] for o in rng.sample(t["other"], rng.randint(1, 2))]
        seek = [pick(rng, t["seek"], "s")]
        where = rng.random()
        if where < 0.25:  # a headline holding the want, then the item
            return [*head, pick(rng, t["headline"], "s"), *offer, *other]
        if where < 0.5:
            return head + offer + seek + other
        return head + offer + other + seek
    raise ValueError(genre)


KINDS = {"o": "offer", "s": "seek", "x": "other"}


def n_lines(units: list[list[tuple[str, str]]]) -> int:
    text = "".join(t for u in units for _, t in u)
    return text.rstrip("\n ").count("\n") + 1


def render(
    units: list[list[tuple[str, str]]], ctx: dict[str, str], lang: str
) -> tuple[list[list[str]], set[str]]:
    """Fill the templates; join units (a line break ends a line unit, sentences get a space in
    English); return the segments and the placeholders used."""
    segs: list[list[str]] = []
    used: set[str] = set()
    for i, unit in enumerate(units):
        for j, (kind, tpl) in enumerate(unit):
            used |= set(re.findall(r"\{(\w+)\}", tpl))
            text = tpl.format(**ctx)
            if lang == "en":
                text = _an(text)
            last_piece = j == len(unit) - 1
            if last_piece and i < len(units) - 1 and lang == "en" and not text.endswith("\n"):
                text += " "
            if last_piece and i == len(units) - 1:
                text = text.rstrip("\n ")
            segs.append([text, KINDS[kind]])
    return segs, used


def build() -> tuple[dict, dict, dict, dict[str, Counter]]:
    rng = random.Random(SEED)
    roles: list[tuple[str, str, str, str]] = []  # (side, chain, stage, want)
    for key in CHAINS:
        cn, us = chain_roles(rng)
        roles += [("CN", key, s, w) for s, w in cn] + [("US", key, s, w) for s, w in us]
    # languages: one CN in ten writes English, one US in ten Chinese
    cn_idx = [i for i, r in enumerate(roles) if r[0] == "CN"]
    us_idx = [i for i, r in enumerate(roles) if r[0] == "US"]
    odd = set(rng.sample(cn_idx, round(len(cn_idx) / 10))) | set(
        rng.sample(us_idx, round(len(us_idx) / 10))
    )
    langs = {i: ("en" if (roles[i][0] == "CN") == (i in odd) else "zh") for i in range(len(roles))}
    # genres spread evenly within each language
    genres: dict[int, str] = {}
    for lang in ("zh", "en"):
        idx = [i for i in range(len(roles)) if langs[i] == lang]
        rng.shuffle(idx)
        order = rng.sample(GENRES, len(GENRES))
        for n, i in enumerate(idx):
            genres[i] = order[n % len(GENRES)]
    orgs, segments, gold_roles, gold_genres, meta = [], {}, {}, {}, {}
    tags: dict[str, Counter] = {"hard": Counter()}
    counters = {"CN": 0, "US": 0}
    for i, (side, key, stage, want) in enumerate(roles):
        counters[side] += 1
        oid = f"{PREFIX}{side.lower()}{counters[side]:03d}"
        lang, genre = langs[i], genres[i]
        ctx, facts = context(rng, side, lang, key=key, stage=stage, want=want)
        units = [u for u in compose(rng, genre, lang, facts) if u]
        while n_lines(units) > 8:  # at most 8 lines: drop a filler, else a second offer line
            drop = [n for n, u in enumerate(units) if n and all(k == "x" for k, _ in u)]
            drop = drop or [n for n, u in enumerate(units) if all(k == "o" for k, _ in u)][1:]
            units.pop(drop[-1])
        segs, used = render(units, ctx, lang)
        orgs.append(
            {
                "id": oid,
                "side": side,
                "name": {lang: ctx["name"]},
                "description": {lang: "".join(s[0] for s in segs)},
            }
        )
        segments[oid] = segs
        gold_roles[oid] = f"{key}:{stage}>{want}"
        gold_genres[oid] = genre
        meta[oid] = (side, key, stage, want)
        if "nonwant" in used:
            tags["hard"]["negated want"] += 1
        if used & {"served", "served_pl"}:
            tags["hard"]["served customers named"] += 1
        if facts["name_role"] and used & {"name", "NAME", "short"}:
            tags["hard"]["role noun in name (in text)"] += 1
        if facts["name_role"]:
            tags["hard"]["role noun in name"] += 1
        if facts["want_mode"] == "generic" and used & {"wantp", "Wantp", "wantr", "Wantr"}:
            tags["hard"]["want: role + country only"] += 1
        if facts["want_mode"] == "material" and used & {"wantp", "Wantp"}:
            tags["hard"]["want: material"] += 1
    partners: dict[str, list[str]] = {}
    for a, (sa, ka, xa, wa) in meta.items():
        for b, (sb, kb, xb, wb) in meta.items():
            if sa != sb and ka == kb and xa == wb and xb == wa:
                partners.setdefault(a, []).append(b)
    profiles = {"format": "tradebridge-profiles/1", "organizations": orgs}
    gold = {
        "partners": partners,
        "roles": gold_roles,
        "split": dict.fromkeys(partners, "corpus"),
        "genres": gold_genres,
    }
    return profiles, gold, segments, tags


def check(profiles: dict, gold: dict, segments: dict) -> None:
    orgs = profiles["organizations"]
    ids = [o["id"] for o in orgs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert (
        sum(o["side"] == "CN" for o in orgs) == 10 * N_CN
        and sum(o["side"] == "US" for o in orgs) == 10 * N_US
    )
    assert len(CHAINS) == 10 and not set(CHAINS) & USED, "chains must be ten new ones"
    for o in orgs:
        oid = o["id"]
        assert re.fullmatch(rf"{PREFIX}{o['side'].lower()}\d{{3}}", oid), oid
        ((lang, text),) = o["description"].items()
        assert list(o["name"]) == [lang]
        assert "".join(s for s, _ in segments[oid]) == text, oid
        assert all(s and k in ("offer", "seek", "other") for s, k in segments[oid]), oid
        kinds = {k for _, k in segments[oid]}
        assert {"offer", "seek"} <= kinds, oid
        assert "{" not in text and "}" not in text, oid
        key, sw = gold["roles"][oid].split(":")
        stage, want = sw.split(">")
        assert key in CHAINS and stage in STAGES and want in NEIGHBOURS[stage], oid
        if o["side"] == "CN":
            assert gold["partners"].get(oid), f"{oid} has no partner"
        lines = text.count("\n") + 1
        assert lines <= 8, (oid, lines)
    for a, bs in gold["partners"].items():
        for b in bs:
            assert a in gold["partners"][b]
    for genre in GENRES:
        langs = {next(iter(o["description"])) for o in orgs if gold["genres"][o["id"]] == genre}
        assert langs == {"zh", "en"}, genre
    for table in (PITCH, ANNUAL, CAPAB, REGISTRY, BULLETIN):
        for lang in ("zh", "en"):
            assert len(table[lang]["offer"]) >= 6 and len(table[lang]["seek"]) >= 6
    for stage in STAGES:
        for lang in ("zh", "en"):
            nouns = {n for c in CHAINS.values() for n in c[stage][lang]}
            assert len(nouns) >= 5, (stage, lang)


def trap_coverage(gold: dict) -> Counter:
    """How many CN companies have each kind of trap among the US companies of their chain."""
    roles = {i: r.split(":") for i, r in gold["roles"].items()}
    out: Counter = Counter()
    for c, (kc, rc) in roles.items():
        if "cn" not in c:
            continue
        s, w = rc.split(">")
        us = [r.split(">") for i, (k, r) in roles.items() if "us" in i and k == kc]
        out["competitor"] += any(x == [s, w] for x in us)
        out["offers what it seeks, wants else"] += any(x[0] == w and x[1] != s for x in us)
        out["wants its product, offers nothing it wants"] += any(
            x[1] == s and x[0] != w for x in us
        )
    return out


def main() -> None:
    profiles, gold, segments, tags = build()
    check(profiles, gold, segments)
    for name, data in (
        ("roles_corpus4", profiles),
        ("roles_corpus4_gold", gold),
        ("roles_corpus4_segments", segments),
    ):
        (HERE / f"{name}.json").write_text(
            json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8"
        )
    orgs = profiles["organizations"]
    by = lambda f: Counter(f(o) for o in orgs)  # noqa: E731
    print(f"roles_corpus4: {sum(o['side'] == 'CN' for o in orgs)} CN x {sum(o['side'] == 'US' for o in orgs)} US, "
          f"{len(gold['partners'])} with a partner")  # fmt: skip
    print("genre:", dict(by(lambda o: gold["genres"][o["id"]])))
    print(
        "genre x lang:",
        dict(sorted(by(lambda o: (gold["genres"][o["id"]], next(iter(o["description"])))).items())),
    )
    print("side x lang:", dict(by(lambda o: (o["side"], next(iter(o["description"]))))))
    print("role:", dict(sorted(by(lambda o: gold["roles"][o["id"]].split(":")[1]).items())))
    print("hard cases:", dict(tags["hard"]))
    print("traps (CN companies with one, of 40):", dict(trap_coverage(gold)))


if __name__ == "__main__":
    main()
