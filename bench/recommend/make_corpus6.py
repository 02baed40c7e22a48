# ruff: noqa: E501  (the templates and role phrases are data; wrapping them would only hurt reading)
"""Write training corpus 6 for the partner recommender: ``roles_corpus6.json``,
``roles_corpus6_gold.json`` and ``roles_corpus6_segments.json``.

    python bench/recommend/make_corpus6.py

Ten value chains of medical, laboratory and personal-care products (catheters, surgical
sutures, pipette tips and labware, centrifuges, microscopes, shampoo, razors, sunscreen,
wound dressings, hand sanitizer), each with the four stages R (material or key component),
M (maker), D (distributor) and E (end buyer). 40 Chinese and 70 US companies, 4 and 7 per
chain: each Chinese company's gold partner, then the traps beside it (a US competitor, a
company offering what it seeks but wanting something else, one wanting its product but
offering nothing it seeks), then the rest of the chain at random.

Five ways of writing, each in Chinese and English: a conference speaker's bio, an
encyclopedia-style entry, a bank's KYC profile summary, a customs broker's client intake
note and the introduction of a translated product manual or brochure.

Templates mark their clauses with ``[o]`` (offer), ``[s]`` (seek) and ``[x]`` (other); a
template without a mark has the kind of the table it is in. Standard library only and
deterministic (``random.Random(SEED)``).
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 6061
PREFIX = "k6"
N_CN, N_US = 4, 7

# ---------------------------------------------------------------------------------------
# The chains. For each stage: Chinese role nouns, English role nouns, Chinese details,
# English details (noun phrases that read after "with"). R also carries the material by
# name (Chinese, English); D and E carry the plural form used when others say they serve
# them. "hs" is the customs code of the chain's product, "r_hs" that of its material.
# ---------------------------------------------------------------------------------------
CHAINS: dict[str, dict] = {
    "catheter": {
        "group": "med", "product": ("导管", "catheters"), "hs": "9018.39", "r_hs": "3909.50",
        "cert": "ISO 13485", "e_name": (["医疗集团", "医院管理"], ["Health System", "Medical Center"]),
        "R": (["医用高分子粒料供应商", "医用导管材料厂", "TPU医用料生产商"],
              ["medical-grade polymer compounder", "resin supplier for medical tubing", "Pebax and TPU compounder"],
              ["医用级TPU与PEBA粒料年产8000吨", "拥有通过USP Class VI测试的配方200余个"],
              ["8,000 tonnes a year of medical-grade TPU and PEBA", "over 200 USP Class VI polymer grades"],
              (["医用级聚氨酯粒料", "PEBA嵌段聚醚酰胺粒料"], ["medical-grade polyurethane resin", "Pebax-grade block copolymer pellets"])),
        "M": (["导管生产企业", "介入导管制造商", "一次性导管OEM工厂"],
              ["catheter manufacturer", "maker of interventional catheters", "contract catheter manufacturer"],
              ["年产导尿管与中心静脉导管3000万支", "拥有十万级洁净车间2.4万平方米"],
              ["capacity for 30 million urinary and central venous catheters a year", "a 260,000 sq ft ISO Class 7 cleanroom"]),
        "D": (["医疗器械经销商", "耗材配送商", "导管产品一级代理"],
              ["medical device distributor", "med-surg supply wholesaler", "catheter importer"],
              ["覆盖600余家医疗机构", "设有7个区域器械仓"],
              ["next-day delivery to 1,400 facilities", "seven regional warehouses"],
              ("经销商", "distributors")),
        "E": (["综合医院", "医院集团", "血透中心连锁"],
              ["hospital system", "acute-care hospital network", "ambulatory surgery center group"],
              ["开放床位3200张，年手术量5万台", "旗下医疗机构11家"],
              ["3,200 beds across eleven sites", "52,000 procedures a year"],
              ("医院", "hospitals")),
    },
    "suture": {
        "group": "med", "product": ("外科缝合线", "surgical sutures"), "hs": "3006.10", "r_hs": "3907.70",
        "cert": "ISO 13485", "e_name": (["医疗集团", "口腔连锁"], ["Surgery Partners", "Dental Group"]),
        "R": (["可吸收高分子原料商", "PGA原料生产商", "医用可吸收材料厂"],
              ["absorbable polymer producer", "PGA resin maker", "bioabsorbable materials supplier"],
              ["聚乙醇酸树脂年产600吨", "PGA、PGLA、PDO三大系列原料齐全"],
              ["600 tonnes of polyglycolic acid a year", "PGA, PGLA and PDO grades"],
              (["医用聚乙醇酸（PGA）", "聚对二氧环己酮（PDO）"], ["polyglycolic acid", "polydioxanone polymer"])),
        "M": (["缝合线生产企业", "外科缝线制造商", "带针缝线贴牌厂"],
              ["suture manufacturer", "surgical suture maker", "private-label suture plant"],
              ["可吸收缝线年产1500万包", "拥有穿针、涂层、环氧乙烷灭菌全工序"],
              ["output of 15 million absorbable sutures a year", "in-house swaging, coating and EO sterilization"]),
        "D": (["外科耗材经销商", "手术室耗材配送平台", "缝线进口代理"],
              ["surgical supply distributor", "OR products dealer", "suture importer"],
              ["服务手术科室1200个", "承接院内SPD物流项目40个"],
              ["3,000 wound-closure SKUs in stock", "a route network serving 900 operating rooms"],
              ("经销商", "dealers")),
        "E": (["日间手术中心", "民营医院集团", "口腔连锁机构"],
              ["ambulatory surgery center chain", "veterinary hospital group", "dental service organization"],
              ["年完成手术3.6万台", "旗下门诊120家"],
              ["36,000 procedures a year", "120 clinics in six regions"],
              ("手术中心", "surgery centers")),
    },
    "pipette": {
        "group": "lab", "product": ("移液吸头等实验耗材", "pipette tips and labware"), "hs": "3926.90", "r_hs": "3902.10",
        "cert": "ISO 9001", "e_name": (["医学检验", "生物医药研究院"], ["Diagnostics", "Research"]),
        "R": (["医用级聚丙烯供应商", "高透明PP粒料生产商", "石化聚烯烃厂"],
              ["polypropylene resin producer", "medical-grade PP supplier", "polyolefin plant"],
              ["高流动医用PP年产5万吨", "低析出聚丙烯牌号12个"],
              ["50,000 tonnes of high-flow medical PP a year", "twelve low-leachable PP grades"],
              (["低析出医用聚丙烯", "高透明PP粒料"], ["low-leachable virgin polypropylene", "high-clarity PP pellets"])),
        "M": (["实验室耗材制造商", "移液吸头生产厂", "生命科学耗材OEM工厂"],
              ["labware molder", "pipette tip manufacturer", "life-science plastics OEM"],
              ["吸头、离心管年产40亿支", "注塑机160台，百级洁净包装"],
              ["four billion tips and tubes a year", "160 all-electric molding presses"]),
        "D": (["实验室用品经销商", "科研试剂耗材平台", "生命科学代理商"],
              ["lab supply distributor", "scientific products reseller", "labware stockist"],
              ["服务高校与研究所2000余家", "现货SKU 8万个"],
              ["80,000 SKUs in stock", "same-day shipping to 2,000 labs"],
              ("经销商", "resellers")),
        "E": (["第三方医学检验所", "CRO企业", "基因测序公司"],
              ["contract research organization", "university core facility", "genomics lab"],
              ["日检测样本6万份", "拥有PCR实验室20间"],
              ["60,000 samples a day", "twenty PCR suites"],
              ("检验所", "testing labs")),
    },
    "centrifuge": {
        "group": "lab", "product": ("离心机", "centrifuges"), "hs": "8421.19", "r_hs": "8501.31",
        "cert": "ISO 9001", "e_name": (["医学检验", "血液中心"], ["Blood Services", "Clinical Labs"]),
        "R": (["无刷电机供应商", "精密电机厂", "离心机驱动系统供应商"],
              ["brushless motor supplier", "precision motor maker", "centrifuge drive supplier"],
              ["无刷直流电机年产60万台", "电机最高转速达3万转"],
              ["600,000 brushless DC motors a year", "drives rated to 30,000 rpm"],
              (["高速无刷电机", "离心机驱动电机"], ["high-speed brushless motors", "centrifuge drive motors"])),
        "M": (["离心机制造商", "台式离心机生产企业", "实验仪器厂"],
              ["centrifuge manufacturer", "benchtop centrifuge maker", "lab instrument builder"],
              ["离心机年产2.5万台，最高转速30000 rpm", "产品覆盖微量、冷冻、大容量机型"],
              ["25,000 units a year at up to 30,000 rpm", "micro, refrigerated and floor-standing models"]),
        "D": (["科学仪器代理商", "实验设备经销商", "仪器维修服务商"],
              ["scientific instrument dealer", "lab equipment distributor", "instrument service company"],
              ["售后工程师遍布12个区域", "年销售仪器3000余台"],
              ["field engineers in 14 regions", "3,000 instruments placed a year"],
              ("代理商", "dealers")),
        "E": (["中心血站", "独立医学实验室", "生物样本库"],
              ["blood bank", "hospital laboratory", "biobank"],
              ["日处理样本1.2万份", "在用冷冻离心设备300余台"],
              ["12,000 samples processed a day", "more than 300 centrifuges in service"],
              ("实验室", "clinical labs")),
    },
    "microscope": {
        "group": "lab", "product": ("显微镜", "microscopes"), "hs": "9011.80", "r_hs": "9001.90",
        "cert": "ISO 9001", "e_name": (["教育集团", "病理诊断"], ["Pathology", "Learning"]),
        "R": (["光学元件供应商", "镜片加工厂", "精密光学厂"],
              ["optics supplier", "lens grinding shop", "precision optics maker"],
              ["物镜镜片月加工20万片", "可加工数值孔径1.4的油镜镜片"],
              ["200,000 objective lenses a month", "oil-immersion optics up to NA 1.4"],
              (["消色差物镜镜片", "精密光学镜片"], ["achromatic objective lenses", "precision lens elements"])),
        "M": (["显微镜制造商", "光学仪器厂", "生物显微镜生产企业"],
              ["microscope manufacturer", "optical instrument maker", "biological microscope factory"],
              ["年产生物及体视显微镜8万台", "自有荧光与数码成像产品线"],
              ["80,000 biological and stereo microscopes a year", "fluorescence and digital imaging lines"]),
        "D": (["科教仪器经销商", "光学仪器代理", "实验室设备集成商"],
              ["scientific instrument distributor", "microscope dealer", "lab outfitter"],
              ["年承接学校实验室建设项目300余个", "为2000所学校供货"],
              ["300 classroom lab fit-outs a year", "a catalog of 4,000 items"],
              ("经销商", "dealers")),
        "E": (["病理诊断中心", "高校实验教学中心", "民办教育集团"],
              ["pathology lab", "school district", "university teaching lab"],
              ["在用显微镜2000余台", "年实验室设备采购预算3000万元"],
              ["2,000 microscopes in use", "an annual lab equipment budget of $4 million"],
              ("学校", "schools")),
    },
    "shampoo": {
        "group": "care", "product": ("洗发水", "shampoo"), "hs": "3305.10", "r_hs": "3402.42",
        "cert": "ISO 22716", "e_name": (["美发连锁", "酒店管理"], ["Salons", "Hospitality"]),
        "R": (["表面活性剂生产商", "日化原料厂", "氨基酸表活供应商"],
              ["surfactant producer", "personal-care ingredient maker", "amino-acid surfactant supplier"],
              ["AES与甜菜碱年产12万吨", "氨基酸表活品种30余个"],
              ["120,000 tonnes of SLES and betaine a year", "thirty amino-acid surfactants"],
              (["氨基酸表面活性剂", "椰油酰胺丙基甜菜碱"], ["sulfate-free surfactants", "cocamidopropyl betaine"])),
        "M": (["洗护代工厂", "日化OEM工厂", "洗发水灌装厂"],
              ["hair-care contract manufacturer", "shampoo bottler", "private-label personal-care plant"],
              ["洗发水年产能6万吨，灌装线22条", "持有化妆品生产许可证，可做ODM配方"],
              ["22 filling lines and 60,000 tonnes a year", "an in-house formulation and stability lab"]),
        "D": (["美发用品批发商", "洗护品牌代理", "日化分销商"],
              ["salon supply distributor", "beauty wholesaler", "personal-care importer"],
              ["覆盖美发店1.5万家", "设有区域中心仓3个"],
              ["deliveries to 15,000 salons", "three regional distribution centers"],
              ("批发商", "wholesalers")),
        "E": (["美发连锁", "酒店集团", "健身会所连锁"],
              ["salon chain", "hotel group", "fitness club chain"],
              ["门店及场所420家", "年消耗洗护用品800吨"],
              ["420 locations", "800 tonnes of hair-care products used a year"],
              ("美发店", "salons")),
    },
    "razor": {
        "group": "care", "product": ("剃须刀", "razors"), "hs": "8212.10", "r_hs": "7220.20",
        "cert": "ISO 9001", "e_name": (["理容连锁", "大药房"], ["Barber Co.", "Drug Stores"]),
        "R": (["刀片钢带供应商", "不锈钢精密带钢厂", "刀片钢材厂"],
              ["razor-blade steel strip supplier", "precision stainless strip mill", "blade steel maker"],
              ["马氏体不锈钢带年产1.8万吨", "带钢厚度0.1毫米，公差±2微米"],
              ["18,000 tonnes of martensitic strip a year", "0.1 mm strip held to ±2 µm"],
              (["马氏体不锈钢带", "刀片用精密钢带"], ["martensitic stainless strip", "razor-blade steel"])),
        "M": (["剃须刀制造商", "刀片生产企业", "剃须刀贴牌厂"],
              ["razor manufacturer", "blade maker", "private-label razor factory"],
              ["手动剃须刀年产5亿支", "五层刀片自动化产线16条"],
              ["output of 500 million razors a year", "sixteen automated five-blade lines"]),
        "D": (["个护用品批发商", "剃须产品进口商", "日用百货分销商"],
              ["grooming products wholesaler", "razor importer", "health-and-beauty distributor"],
              ["向1万家商超供货", "电商渠道年销量3000万支"],
              ["10,000 drugstores supplied", "30 million units sold online a year"],
              ("批发商", "distributors")),
        "E": (["男士理容连锁", "连锁药店", "酒店管理公司"],
              ["barbershop chain", "drugstore chain", "hotel management company"],
              ["门店300家", "年采购剃须刀200万支"],
              ["300 locations", "two million razors bought a year"],
              ("商超", "drugstores")),
    },
    "sunscreen": {
        "group": "care", "product": ("防晒霜", "sunscreen"), "hs": "3304.99", "r_hs": "2817.00",
        "cert": "ISO 22716", "e_name": (["度假酒店", "大药房"], ["Resorts", "Pharmacy"]),
        "R": (["防晒剂生产商", "防晒原料供应商", "紫外吸收剂厂"],
              ["UV filter producer", "sun-care actives supplier", "sunscreen actives maker"],
              ["纳米氧化锌年产3000吨", "有机防晒剂品种15个"],
              ["3,000 tonnes of non-nano zinc oxide a year", "fifteen organic UV filters"],
              (["纳米氧化锌", "二氧化钛防晒剂"], ["non-nano zinc oxide", "titanium dioxide UV filters"])),
        "M": (["防晒产品代工厂", "化妆品生产企业", "防晒霜ODM厂"],
              ["sunscreen contract manufacturer", "OTC sunscreen maker", "SPF formulator and filler"],
              ["年灌装防晒乳8000万支", "拥有SPF人体测试实验室"],
              ["80 million tubes a year under the FDA OTC monograph", "in-house SPF testing"]),
        "D": (["跨境美妆进口商", "美妆分销商", "防晒品牌总代"],
              ["beauty importer", "sun-care distributor", "cosmetics broker"],
              ["对接连锁门店2000家", "拥有保税仓2个"],
              ["placements in 2,000 pharmacies", "two bonded warehouses"],
              ("进口商", "importers")),
        "E": (["度假酒店集团", "连锁药房", "户外用品零售连锁"],
              ["resort operator", "pharmacy chain", "outdoor retailer"],
              ["门店及物业1100处", "年销售防晒产品400万支"],
              ["1,100 locations", "four million units of sun care sold a year"],
              ("药房", "pharmacies")),
    },
    "dressing": {
        "group": "med", "product": ("医用敷料", "wound dressings"), "hs": "3005.90", "r_hs": "5603.13",
        "cert": "ISO 13485", "e_name": (["养老服务", "护理院"], ["Senior Living", "Home Health"]),
        "R": (["医用无纺布厂", "敷料基材供应商", "水刺布生产商"],
              ["spunlace nonwoven mill", "dressing substrate supplier", "medical nonwovens producer"],
              ["医用水刺无纺布年产2万吨", "拥有幅宽3.2米水刺生产线8条"],
              ["20,000 tonnes of medical spunlace a year", "eight 3.2 m spunlace lines"],
              (["医用水刺无纺布", "敷料基材"], ["medical spunlace", "nonwoven dressing substrate"])),
        "M": (["医用敷料生产企业", "伤口护理产品制造商", "敷料贴牌厂"],
              ["wound dressing manufacturer", "wound-care products maker", "private-label dressing plant"],
              ["纱布片、泡沫敷料年产12亿片", "持有二类医疗器械注册证36张"],
              ["1.2 billion gauze pads and foam dressings a year", "36 FDA 510(k) clearances"]),
        "D": (["医用耗材批发商", "护理用品经销商", "医药商业公司"],
              ["medical supply wholesaler", "home-care products distributor", "pharmacy wholesaler"],
              ["配送网络覆盖18个城市", "常备品规1.2万个"],
              ["routes covering 18 metro areas", "$90 million in annual sales"],
              ("经销商", "distributors")),
        "E": (["养老院连锁", "社区卫生服务中心", "居家护理机构"],
              ["nursing home operator", "home health agency", "long-term care group"],
              ["服务老人与患者8000人", "护理团队600人"],
              ["8,000 patients in its care", "a wound-care team of 300 nurses"],
              ("养老机构", "nursing homes")),
    },
    "sanitizer": {
        "group": "med", "product": ("免洗手消毒液", "hand sanitizer"), "hs": "3808.94", "r_hs": "2207.10",
        "cert": "ISO 9001", "e_name": (["物业服务", "食品"], ["Property Services", "Foods"]),
        "R": (["医药级乙醇生产商", "酒精厂", "消毒剂原料商"],
              ["ethanol distillery", "USP-grade alcohol producer", "disinfectant raw-material supplier"],
              ["食用级与医药级乙醇年产20万吨", "乙醇储罐容量1.5万立方米"],
              ["200,000 tonnes of pharma-grade ethanol a year", "15,000 m³ of ethanol tankage"],
              (["医药级乙醇", "食用酒精"], ["USP-grade ethanol", "pharma-grade alcohol"])),
        "M": (["消毒产品生产企业", "手消毒液灌装厂", "消毒剂OEM工厂"],
              ["hand sanitizer manufacturer", "disinfectant bottler", "contract sanitizer filler"],
              ["免洗手消液年产3万吨", "已完成消毒产品卫生安全评价备案"],
              ["30,000 tonnes of gel and foam a year", "EPA-registered formulas"]),
        "D": (["清洁用品批发商", "卫生用品分销商", "劳保用品供应商"],
              ["janitorial supply distributor", "sanitation products wholesaler", "facility supplies dealer"],
              ["服务写字楼与工厂3000家", "自有物流车辆60台"],
              ["3,000 facilities served", "sixty delivery trucks"],
              ("分销商", "distributors")),
        "E": (["食品加工企业", "物业管理公司", "连锁超市"],
              ["facility services contractor", "food processing plant", "property management firm"],
              ["员工1.2万人", "在管场所400余处"],
              ["12,000 employees on site", "400 buildings to keep clean"],
              ("物业公司", "facility managers")),
    },
}  # fmt: skip

STAGES = "RMDE"
NEIGHBOURS = {"R": ("M",), "M": ("R", "D", "E"), "D": ("M", "E"), "E": ("M", "D")}

# Role nouns without the product: for a want naming only the role and the country.
GENERIC = {
    "R": (["原料供应商", "上游材料厂", "原材料厂家"], ["raw-material supplier", "upstream supplier", "materials vendor"]),
    "M": (["生产厂家", "工厂", "OEM工厂", "贴牌厂", "制造商"], ["manufacturer", "factory", "OEM partner", "contract manufacturer"]),
    "D": (["代理商", "一级代理", "经销商", "总代理", "进口商", "贸易商"], ["distributor", "importer", "agent", "reseller", "trading company"]),
    "E": (["终端用户", "终端客户", "大客户"], ["end user", "end customer", "direct buyer"]),
}  # fmt: skip

# ---------------------------------------------------------------------------------------
# Names, people, places
# ---------------------------------------------------------------------------------------
CN_PROVINCES = [("浙江", "Zhejiang"), ("江苏", "Jiangsu"), ("深圳", "Shenzhen"), ("苏州", "Suzhou"),
                ("山东", "Shandong"), ("广州", "Guangzhou"), ("常州", "Changzhou"), ("武汉", "Wuhan"),
                ("成都", "Chengdu"), ("宁波", "Ningbo"), ("天津", "Tianjin"), ("厦门", "Xiamen")]  # fmt: skip
PROVINCE_CITIES = {"浙江": [("宁波", "Ningbo"), ("杭州", "Hangzhou")], "江苏": [("苏州", "Suzhou"), ("常州", "Changzhou")],
                   "山东": [("青岛", "Qingdao"), ("济南", "Jinan")]}  # fmt: skip
CN_CORES = [("康瑞", "Kangrui"), ("华博", "Huabo"), ("安泰", "Antai"), ("优普", "Youpu"), ("瑞科", "Ruike"),
            ("海德", "Haide"), ("金诺", "Jinnuo"), ("普利", "Puli"), ("益嘉", "Yijia"), ("维康", "Weikang"),
            ("晟达", "Shengda"), ("恒信", "Hengxin"), ("博润", "Borun"), ("英科", "Yingke"), ("汇众", "Huizhong"),
            ("联丰", "Lianfeng"), ("明德", "Mingde"), ("天佑", "Tianyou"), ("嘉禾", "Jiahe"), ("正源", "Zhengyuan")]  # fmt: skip
GROUP_WORDS = {
    "med": (["医疗科技", "医疗器械", "健康科技", "医用材料"], ["Medical", "Surgical", "Health", "MedTech"]),
    "lab": (["生物科技", "实验器材", "科学仪器", "生命科学"], ["Scientific", "Biosciences", "Lab Systems", "Instruments"]),
    "care": (["日化", "个人护理用品", "美容科技", "洗护用品"], ["Personal Care", "Grooming", "Beauty", "Consumer Products"]),
}  # fmt: skip
GROUP_WORDS_PINYIN = {"医疗科技": "Medical Technology", "医疗器械": "Medical Devices", "健康科技": "Health Technology",
                      "医用材料": "Medical Materials", "生物科技": "Biotechnology", "实验器材": "Laboratory Equipment",
                      "科学仪器": "Scientific Instruments", "生命科学": "Life Sciences", "日化": "Daily Chemicals",
                      "个人护理用品": "Personal Care Products", "美容科技": "Beauty Technology", "洗护用品": "Hair Care Products"}  # fmt: skip
# Role nouns that end up inside company names (sometimes not the company's own role).
NAME_ROLE_WORDS = (["贸易", "供应链", "实业", "进出口", "精密制造", "新材料"],
                   ["Supply", "Distributors", "Manufacturing", "Materials", "Wholesale", "Trading"])  # fmt: skip
NAME_ROLE_PINYIN = {"贸易": "Trading", "供应链": "Supply Chain", "实业": "Industrial",
                    "进出口": "Import & Export", "精密制造": "Precision Manufacturing", "新材料": "New Materials"}  # fmt: skip
US_FIRSTS = [("Harbor Ridge", "港岭"), ("Bluewater", "蓝水"), ("Crestline", "峰线"), ("Summit Creek", "峰溪"),
             ("Prairie", "草原"), ("Keystone", "基石"), ("Cedar Point", "雪松角"), ("Lone Star", "孤星"),
             ("Bayview", "湾景"), ("Granite", "花岗"), ("Meridian", "子午"), ("Ironbridge", "铁桥"),
             ("Sierra Vista", "山景"), ("Clearwater", "清水"), ("Northfield", "北田"), ("Redwood", "红杉"),
             ("Silver Lake", "银湖"), ("Stonegate", "石门"), ("Westbrook", "西溪"), ("Tidewater", "潮汐")]  # fmt: skip
US_SUFFIXES = ["Inc.", "LLC", "Corp.", "Co."]
US_GROUP_ZH = {
    "med": ["医疗", "医疗器械", "健康"],
    "lab": ["科学仪器", "生物科学", "实验系统"],
    "care": ["个人护理", "日用品", "美容"],
}

CN_PEOPLE = [("王磊", "Wang Lei", "he"), ("陈静", "Chen Jing", "she"), ("刘洋", "Liu Yang", "he"),
             ("张敏", "Zhang Min", "she"), ("李娜", "Li Na", "she"), ("赵刚", "Zhao Gang", "he"),
             ("周婷", "Zhou Ting", "she"), ("吴昊", "Wu Hao", "he"), ("孙悦", "Sun Yue", "she"),
             ("黄志强", "Huang Zhiqiang", "he"), ("徐慧", "Xu Hui", "she"), ("马骏", "Ma Jun", "he")]  # fmt: skip
US_PEOPLE = [("吴大卫（David Wu）", "Jennifer Walsh", "she"), ("林美华（Grace Lin）", "Michael Ortiz", "he"),
             ("陈凯文（Kevin Chen）", "Sarah Kim", "she"), ("黄爱琳（Irene Huang）", "David Brennan", "he"),
             ("周杰森（Jason Zhou）", "Emily Carter", "she"), ("郑安娜（Anna Zheng）", "Robert Nguyen", "he"),
             ("刘汤姆（Tom Liu）", "Laura Bishop", "she"), ("何丽莎（Lisa He）", "James Patel", "he")]  # fmt: skip
TITLES = (["总经理", "销售副总裁", "国际业务总监", "创始人兼董事长", "首席运营官", "采购总监", "海外市场部负责人"],
          ["CEO", "VP of Sales", "Director of Global Sourcing", "founder and president", "COO",
           "Head of Business Development", "Chief Commercial Officer"])  # fmt: skip
CN_CITIES = [("苏州", "Suzhou"), ("深圳", "Shenzhen"), ("常州", "Changzhou"), ("宁波", "Ningbo"),
             ("广州", "Guangzhou"), ("成都", "Chengdu"), ("武汉", "Wuhan"), ("天津", "Tianjin"), ("厦门", "Xiamen")]  # fmt: skip
US_CITIES = [("明尼阿波利斯", "Minneapolis"), ("波士顿", "Boston"), ("休斯敦", "Houston"), ("亚特兰大", "Atlanta"),
             ("圣地亚哥", "San Diego"), ("哥伦布", "Columbus"), ("罗利", "Raleigh"), ("盐湖城", "Salt Lake City"),
             ("夏洛特", "Charlotte")]  # fmt: skip
CN_PORTS = [
    ("上海洋山港", "Shanghai"),
    ("宁波舟山港", "Ningbo"),
    ("深圳盐田港", "Yantian"),
    ("青岛港", "Qingdao"),
]
US_PORTS = [
    ("洛杉矶港", "Los Angeles"),
    ("长滩港", "Long Beach"),
    ("纽约新泽西港", "Newark"),
    ("萨凡纳港", "Savannah"),
]
FORUMS = (["医疗器械出海分论坛", "实验室与生命科学供应链论坛", "个护品牌跨境峰会", "中美医疗产业对接会"],
          ["MedTech Supply Chain Summit", "Lab Sourcing Forum", "Personal Care Cross-Border Summit",
           "US-China Healthcare Trade Roundtable"])  # fmt: skip
AWARDS = ["省级专精特新企业", "高新技术企业", "市级企业技术中心"]
BROKERS = (["安通报关行", "华捷国际货运代理", "海正报关服务公司"],
           ["Pacific Gateway", "Lakeshore Trade Services", "Atlas Customs Brokerage"])  # fmt: skip
OFFICERS = (
    ["客户经理 李倩", "合规专员 何军", "对公客户经理 罗敏"],
    ["J. Morales", "A. Fischer", "K. O'Neill"],
)

# ---------------------------------------------------------------------------------------
# The five ways of writing. head/other/tail default to "other", offer to "offer",
# seek/mat/neg to "seek". "mat" names the material instead of a role (wants of R);
# "neg" states a negated want first. Offer templates with {served} name customers the
# company already serves (never what it seeks).
# ---------------------------------------------------------------------------------------
GENRES: dict[str, dict[str, dict]] = {
    "speaker bio": {
        "zh": {
            "head": ["演讲嘉宾：{person}，{name}{title}", "{person}现任{name}{title}，从业{yrs}年。"],
            "offer": [
                "{name}是一家{noun}，{detail}。",
                "在其带领下，{name}已发展为国内知名的{noun}，{detail}。",
                "[x]{name}成立于{year}年，[o]目前是一家{noun}，{detail}。",
                "其所在的{name}是{city}知名的{noun}，{detail}，{detail2}。",
                "{name}作为{noun}，{detail}，长期为{served}供货。",
                "{name}（{noun}）{detail}，现有客户以{served}为主。",
            ],
            "seek": [
                "本次论坛上，{person}希望结识{want}。",
                "“在{country}，我们还缺一家靠谱的{wantcore}。”{person}说。",
                "会后可约谈，对接方向：{want}。",
                "{name}计划于{planyear}年前与{want}建立长期合作。",
                "谁能成为{name}在{country}的{wantcore}？这是{person}此次演讲想回答的问题之一。",
                "如有{want}有意合作，欢迎会后与{person}交流。",
            ],
            "mat": [
                "{name}正在为新产线寻找稳定的{mat}货源，优先考虑{country}厂商。",
                "{person}此行的另一目的：采购{mat}。",
            ],
            "neg": [
                "[x]{name}在{country}已有{neg}，[s]此次希望对接的是{want}。",
                "[x]{person}强调，公司不找{neg}，[s]只找{want}。",
            ],
            "other": ["{person}拥有{yrs}年行业经验，曾任职于跨国企业。", "{name}已通过{cert}认证。",
                      "{person}毕业于四川大学，获生物医学工程硕士学位。", "公司员工约{n}人。"],
            "tail": ["演讲时间：{date_zh} 14:30，B厅。", "所属分论坛：{forum}"],
        },
        "en": {
            "head": ["Speaker: {person}, {title}, {name}", "{person} is {title} of {name}."],
            "offer": [
                "{name} is {a_noun} with {detail}.",
                "Under {pron_pos} leadership, {name} has become {a_home_noun}, with {detail}.",
                "[x]Founded in {year}, [o]{name} operates as {a_noun} ({detail}).",
                "{name}, {a_noun}, reports {detail} and {detail2}.",
                "{name} is {a_noun} whose customers today are mostly {served}; capacity: {detail}.",
                "{pron_pos_cap} company has supplied {served} for years as {a_noun} with {detail}.",
            ],
            "seek": [
                "At the summit, {pron} hopes to meet {a_want}.",
                '"What we still need is {a_want_in}," {pron} says.',
                "Meeting interests: {wantcore_cap} ({country_short}).",
                "{name} plans to line up {a_want} before {planyear}.",
                "Which {adj} {wantcore} will back {name}'s next phase? {pron_cap} will put that question to the room.",
                "If you are {a_want_in}, {pron} would welcome a conversation after the session.",
            ],
            "mat": [
                "{name} is also sourcing {mat} from {country} for a new line.",
                "{pron_cap} is in town to line up a supply of {mat}.",
            ],
            "neg": [
                "[x]{name} already works with {a_neg} in {country}; [s]what it lacks is {a_want_in}.",
                "[x]{pron_cap} is not here to find {a_neg}: [s]the goal is {a_want}.",
            ],
            "other": ["{pron_cap} holds an MBA from the University of Michigan.",
                      "Before joining {name}, {pron} spent {yrs} years at a Fortune 500 device company.",
                      "{name} is {cert} certified.", "{name} employs about {n} people."],
            "tail": ["Session: {forum}, Hall B, {date_en}.", "Panel starts at 2:30 pm."],
        },
    },
    "encyclopedia entry": {
        "zh": {
            "head": [],
            "offer": [
                "{name}是{home}一家{noun}，总部位于{city}。",
                "{name}，简称“{short}”，是{home}的{noun}，{detail}。",
                "[x]{name}创立于{year}年，[o]是一家总部设在{city}的{noun}。截至{asof}年，公司{detail}。",
                "{name}是{home}较具规模的{noun}之一，{detail}。",
                "{name}是一家{noun}，{detail}，其客户主要为{served}。",
                "作为{noun}，{name}{detail}，产品主要销往{served}。",
            ],
            "seek": [
                "据公司披露，{name}正寻求与{want}合作。",
                "{asof}年，{name}宣布计划与一家{want}建立合作关系。",
                "公司董事长曾公开表示：“我们下一步要找的是{want}。”",
                "其{asof}年年报将“拓展{want}”列为重点工作。",
                "公司能否找到合适的{want}，被业内视为其{planyear}年前增长的关键。",
                "若能与{want}达成协议，公司预计将签订多年期合同。",
            ],
            "mat": [
                "公司近年持续从{country}采购{mat}，并寻求签订长期供货协议。",
                "为保障产能，{name}正寻找{mat}的稳定来源。",
            ],
            "neg": [
                "[x]公司表示暂不考虑{neg}，[s]重点寻找{want}。",
                "[x]{name}在{country}已有{neg}，[s]当前需要的是{want}。",
            ],
            "other": ["截至{asof}年，公司员工约{n}人。", "公司已通过{cert}认证。", "{year2}年，公司完成B轮融资。",
                      "公司曾获“{award}”称号。", "公司名称源于创始人的家乡。"],
            "tail": ["相关条目：{product}、{city}", "参见：{product}"],
        },
        "en": {
            "head": [],
            "offer": [
                "{name} is {a_home_noun} headquartered in {city}.",
                "{name} ({short}) is {a_home_noun} based in {city}, known for {detail}.",
                "[x]Founded in {year} in {city}, [o]{name} is {a_noun}; as of {asof} it reported {detail}.",
                "{name} is a company based in {city} that operates as {a_noun}, with {detail}.",
                "{name} is {a_home_noun} whose principal customers are {served}. It reported {detail} in {asof}.",
                "As {a_noun}, {name} sells chiefly to {served}; its operations include {detail}.",
            ],
            "seek": [
                "In {asof}, the company said it was seeking {a_want}.",
                "Management has stated an intention to partner with {a_want_in}.",
                'Its chief executive told a trade publication: "The missing piece is {a_want_in}."',
                "Whether {name} can secure {a_want} is widely seen as key to its next phase.",
                "Should it find {a_want_in}, the company has said it is prepared to sign a multi-year agreement.",
                "Partnership focus ({asof}): {wantcore} in {country}.",
            ],
            "mat": [
                "The company has been looking to {country} for {mat}, with a view to a long-term supply contract.",
                "To support capacity growth, {name} is seeking a secure source of {mat}.",
            ],
            "neg": [
                "[x]Unlike many peers, {name} is not pursuing {a_neg}; [s]it seeks {a_want} instead.",
                "[x]The company already has {a_neg} in {country}; [s]its stated need is {a_want_in}.",
            ],
            "other": ["As of {asof}, it employed about {n} people.", "The company is privately held.",
                      "It holds {cert} certification.", "In {year2} it raised a Series B round.",
                      "The company adopted its current name in {year2}."],
            "tail": ["See also: {product} industry.", "See also: List of companies based in {city}."],
        },
    },
    "KYC profile": {
        "zh": {
            "head": ["客户尽职调查摘要（KYC）\n客户名称：{name}", "【对公客户概况】{name}", "客户编号：KYC-{code}\n客户名称：{name}"],
            "offer": [
                "主营业务：{noun}，{detail}。",
                "经营范围：作为{noun}，{detail}，{detail2}。",
                "业务概述：客户系{noun}，{detail}。",
                "客户为{home}{noun}，{detail}。",
                "主营业务：{noun}，{detail}；主要下游客户为{served}。",
                "资金流入主要来自{served}的货款，客户本身为{noun}，{detail}。",
            ],
            "seek": [
                "拟开展业务：寻找{want}。",
                "交易对手预期：{want}。",
                "客户称，开立外币账户主要用于与{want}的结算，目前正在物色对象。",
                "客户计划在{planyear}年内与{want}签约，预计年交易额{amt}万美元。",
                "如能找到合适的{want}，客户预计跨境交易量将明显上升。",
                "客户问：“贵行在{country}有没有{wantcore}方面的客户资源？”",
            ],
            "mat": [
                "预期交易：进口{mat}，来源国{country}，供应商尚在寻找中。",
                "客户拟向{country}供应商采购{mat}，用于自有产线。",
            ],
            "neg": [
                "[x]客户在{country}已有{neg}，[s]目前寻找的是{want}。",
                "[x]客户明确不找{neg}，[s]只找{want}。",
            ],
            "other": ["实际控制人：{person}", "风险评级：低", "注册资本：{cap}万元", "成立日期：{year}年{month}月",
                      "员工人数：约{n}人", "制裁名单筛查：未命中"],
            "tail": ["审核人：{officer}  日期：{date_zh}", "下次复核：{planyear}年"],
        },
        "en": {
            "head": ["KYC PROFILE SUMMARY\nCustomer: {name}", "Customer: {name} (relationship no. {code})", "KYC review — {name}"],
            "offer": [
                "Nature of business: {noun}; {detail}.",
                "Business description: the customer is {a_noun} with {detail}.",
                "Principal activity: {noun_cap} ({detail}).",
                "{name} operates as {a_noun}; management cites {detail} and {detail2}.",
                "Customer base: {served}. The customer itself is {a_noun} with {detail}.",
                "Nature of business: {noun}, selling mainly to {served}; {detail}.",
            ],
            "seek": [
                "Expected counterparties: {wantcore_cap} ({country_short}).",
                "Stated purpose: the customer is looking for {a_want} and needs cross-border settlement.",
                'Management said: "We want {a_want_in} within the year."',
                "Planned activity: onboarding {a_want} in {planyear}.",
                "If {a_want_in} is found, expected monthly volume rises to {amt_en}.",
                "Customer question: does the bank know {a_want_in}?",
            ],
            "mat": [
                "Expected flows: outbound payments for {mat} sourced from {country}; supplier not yet chosen.",
                "Customer intends to source {mat} from {country} for its own production.",
            ],
            "neg": [
                "[x]Customer already has {a_neg} in {country}; [s]the counterparty it is looking for is {a_want}.",
                "[x]Not seeking {a_neg}. [s]Seeking {a_want_in} only.",
            ],
            "other": ["Risk rating: low.", "Beneficial owner: {person}.", "Incorporated: {year}.",
                      "Employees: approx. {n}.", "Sanctions screening: no match."],
            "tail": ["Reviewed by {officer}, {date_en}.", "Next review: {planyear}."],
        },
    },
    "customs intake note": {
        "zh": {
            "head": ["客户建档记录（{broker}内部）\n委托单位：{name}", "委托单位：{name}\n建档日期：{date_zh}", "【新客户登记】{name}"],
            "offer": [
                "企业类型：{noun}，{detail}。",
                "客户系{home}{noun}，{detail}。",
                "经营情况：{detail}，属{noun}。",
                "[x]客户自{year}年起委托我司报关，[o]主业为{noun}，{detail}。",
                "客户为{noun}，{detail}，下游主要是{served}。",
                "业务简述：{noun}；{detail}；长期为{served}供货。",
            ],
            "seek": [
                "客户需求：寻找{want}，请业务部协助对接。",
                "对接意向：{want}。",
                "客户原话：“想在{country}找一家{wantcore}。”",
                "客户计划下季度起与{want}开展进出口业务，需提前备案。",
                "如能找到{want}，客户预计每月走{cnt}个柜。",
                "客户问我们是否认识{want}。",
            ],
            "mat": [
                "拟进口货物：{mat}（来源国：{country}），客户正在寻找供应商。",
                "客户急需{mat}，希望从{country}进口。",
            ],
            "neg": [
                "[x]客户在{country}已有{neg}，[s]现在缺的是{want}。",
                "[x]客户说明：不找{neg}，[s]只找{want}。",
            ],
            "other": ["商品编码：{hs}", "贸易方式：一般贸易", "海关信用等级：一般认证企业", "联系人：{person} {phone}",
                      "首次申报口岸：{port}", "监管证件：需随附注册证或备案凭证"],
            "tail": ["经办：{officer}", "备注：资料已归档。"],
        },
        "en": {
            "head": ["CLIENT INTAKE — {broker}\nClient: {name}", "Client: {name}\nImporter of record no.: {code}", "New client file: {name}"],
            "offer": [
                "Business type: {noun}; {detail}.",
                "Client is {a_home_noun} with {detail}.",
                "[x]Client since {year}; [o]operates as {a_noun}, {detail}.",
                "What they do: {detail}, as {a_noun}.",
                "Client is {a_noun} ({detail}) whose customers are mainly {served}.",
                "Operations: {noun}; ships to {served}; {detail}.",
            ],
            "seek": [
                "Client wants help finding {a_want_in}.",
                "Lead requested: {wantcore}, {country_short}.",
                'Per client: "We need {a_want_in} before Q{q}."',
                "Plan: start regular shipments with {a_want} next quarter; bond and filings to be set up.",
                "If we can refer {a_want_in}, the client expects {cnt} containers a month.",
                "Client asked: do we know {a_want}?",
            ],
            "mat": [
                "Inbound goods expected: {mat} from {country}; client still needs a source.",
                "Client is looking to import {mat} from {country} for its own line.",
            ],
            "neg": [
                "[x]Client already has {a_neg} in {country}; [s]what they lack is {a_want}.",
                "[x]Not looking for {a_neg}. [s]Wants {a_want_in}.",
            ],
            "other": ["HTS: {hs}.", "FDA product code review required.", "Continuous bond on file.",
                      "Contact: {person}, {phone}.", "Port of entry: {port}.", "Incoterms: FOB."],
            "tail": ["Intake by {officer}, {date_en}.", "File complete."],
        },
    },
    "translated manual intro": {
        "zh": {
            "head": ["使用说明书 · 前言", "致用户", "产品手册（中文版）", "企业宣传册 · 前言"],
            "offer": [
                "[x]感谢您选用本公司产品。[o]{name}是专业的{noun}，{detail}。",
                "本公司{name}为{noun}，{detail}，{detail2}。",
                "[x]自{year}年成立以来，[o]{name}始终作为{noun}，{detail}。",
                "本册介绍的{name}，是一家{noun}：{detail}。",
                "我们是{noun}，{detail}，长期为{served}提供产品与服务。",
                "{name}（{noun}）{detail}，用户遍及各地{served}。",
            ],
            "seek": [
                "诚招{want}，欢迎垂询。",
                "本公司现寻求{want}，共同发展。",
                "合作招募：{want}。",
                "我们计划于{planyear}年在{country}发展{wantcore}。",
                "如贵公司是{want}，请与本公司联系。",
                "您是{want}吗？期待与您合作。",
            ],
            "mat": [
                "本公司长期采购{mat}，欢迎{country}厂家来函报价。",
                "我们需要稳定的{mat}供应。",
            ],
            "neg": [
                "[x]本公司在{country}已有{neg}，[s]现只寻找{want}。",
                "[x]我们不找{neg}，[s]只找{want}。",
            ],
            "other": ["使用前请仔细阅读本说明书。", "本手册内容如有变更，恕不另行通知。", "本公司已通过{cert}认证。",
                      "服务热线：{phone}", "如有歧义，以{orig_zh}版为准。"],
            "tail": ["地址：{city}高新区科技路{num}号", "版本：V{ver}"],
        },
        "en": {
            "head": ["Instruction Manual — Preface", "To Our Users", "PRODUCT BROCHURE (English Edition)", "COMPANY BROCHURE — Introduction"],
            "offer": [
                "[x]Thank you for choosing our products. [o]{name} is professional {noun} with {detail}.",
                "Our company {name} is {a_noun}, {detail}.",
                "[x]Since established in {year}, [o]{name} always acts as {a_noun} with {detail}.",
                "{name} is {a_home_noun}. Main strength: {detail} and {detail2}.",
                "We are {a_noun} with {detail}, long-term supplying {served}.",
                "{name} ({noun}) has {detail}; our users are {served} in many regions.",
            ],
            "seek": [
                "Sincerely seeking {a_want_in}, welcome to contact.",
                "We are looking for {a_want} for common development.",
                "Cooperation wanted: {wantcore} ({country_short}).",
                "We plan to develop {a_want_in} in {planyear}.",
                "If your company is {a_want_in}, please contact us.",
                "Are you {a_want}? We are waiting for your cooperation.",
            ],
            "mat": [
                "We purchase {mat} for long term, welcome manufacturers from {country} to quote.",
                "We need stable supply of {mat}.",
            ],
            "neg": [
                "[x]We have {a_neg} in {country} already, [s]now only seeking {a_want}.",
                "[x]We are not looking for {a_neg}, [s]only for {a_want}.",
            ],
            "other": ["Please read this manual carefully before use.", "Contents are subject to change without notice.",
                      "Our company passed {cert} certification.", "Service hotline: {phone}",
                      "In case of discrepancy, the {orig_en} version shall prevail."],
            "tail": ["Address: {num} Science Road, {city}", "Version: V{ver}"],
        },
    },
}  # fmt: skip

# How a genre lays out its blocks: chance of a head and a tail, the joiner between body
# blocks and between the head and the body.
LAYOUT = {
    "speaker bio": {"head": 1.0, "tail": 0.35, "join": {"zh": "", "en": " "}, "head_join": "\n"},
    "encyclopedia entry": {
        "head": 0.0,
        "tail": 0.3,
        "join": {"zh": "", "en": " "},
        "head_join": "\n",
    },
    "KYC profile": {"head": 1.0, "tail": 0.5, "join": {"zh": "\n", "en": "\n"}, "head_join": "\n"},
    "customs intake note": {
        "head": 1.0,
        "tail": 0.5,
        "join": {"zh": "\n", "en": "\n"},
        "head_join": "\n",
    },
    "translated manual intro": {
        "head": 0.7,
        "tail": 0.4,
        "join": {"zh": "", "en": " "},
        "head_join": "\n",
    },
}
# An end buyer writes a company brochure, not a product manual: these words are left out.
MANUAL_ONLY = ("说明书", "产品", "Manual", "manual", "PRODUCT", "products")
KIND = {"o": "offer", "s": "seek", "x": "other"}
DEFAULT_KIND = {
    "head": "x",
    "other": "x",
    "tail": "x",
    "offer": "o",
    "seek": "s",
    "mat": "s",
    "neg": "s",
}

# How often the hard cases are used
P_SERVED = 0.55  # offer names customers already served (when that is not what it seeks)
P_NEG = 0.15  # negated want first
P_GENERIC = 0.2  # want names only role and country
P_MATERIAL = 0.65  # a want of R named by its material
P_NAME_ROLE = 0.3  # a role noun inside the company name


# ---------------------------------------------------------------------------------------
# The generator
# ---------------------------------------------------------------------------------------
def an(phrase: str) -> str:
    """``phrase`` with its English indefinite article."""
    low = phrase.lower()
    vowel = low[0] in "aeiou" and not low.startswith(("uni", "us", "eu", "one"))
    return ("an " if vowel or phrase.startswith(("SPF", "FDA", "MRI", "hour")) else "a ") + phrase


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def chain_roles(rng: random.Random) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(stage, want) of the Chinese and the US companies of one chain: each Chinese
    company's partner, then the traps beside it, then the rest of the chain at random."""
    combos = [(s, w) for s in STAGES for w in NEIGHBOURS[s]]
    # one Chinese company per chain deals with the material (R>M or M>R), so that R is not rare
    first = rng.choice([("R", "M"), ("M", "R")])
    cn = [first, *rng.sample([c for c in combos if c != first], N_CN - 1)]
    rng.shuffle(cn)
    us = [(w, s) for s, w in cn]
    traps: list[tuple[str, str]] = []
    for s, w in rng.sample(cn, len(cn)):
        traps.append((s, w))  # a US competitor of the Chinese company
        wrong = [x for x in NEIGHBOURS[w] if x != s]
        if wrong:  # offers what the Chinese company seeks, wants something else
            traps.append((w, rng.choice(wrong)))
        wrong = [x for x in NEIGHBOURS[s] if x != w]
        if wrong:  # wants the Chinese company's product, offers nothing it seeks
            traps.append((rng.choice(wrong), s))
    rng.shuffle(traps)
    us += traps[: N_US - len(us)]
    while len(us) < N_US:
        us.append(rng.choice(combos))
    return cn, us


def make_name(
    rng: random.Random, org: dict, lang: str, used: set[str]
) -> tuple[str, str, bool, tuple[str, str] | None]:
    """(name, short name, whether a role noun sits in the name, head-office city if fixed by the name)."""
    side, stage, chain = org["side"], org["_stage"], CHAINS[org["_chain"]]
    while True:
        role = rng.random() < P_NAME_ROLE
        city = None
        if side == "CN":
            prov_zh, prov_en = rng.choice(CN_PROVINCES)
            # the head office is in the city the name starts with, or a city of that province
            cities = [c for c in CN_CITIES if c[0] == prov_zh] or PROVINCE_CITIES.get(
                prov_zh, CN_CITIES
            )
            city = rng.choice(cities)
            core_zh, core_en = rng.choice(CN_CORES)
            if stage == "E" and not role:
                word = rng.choice(chain["e_name"][0])
            else:
                word = rng.choice(GROUP_WORDS[chain["group"]][0])
            extra = rng.choice(NAME_ROLE_WORDS[0]) if role else ""
            if lang == "zh":
                name, short = f"{prov_zh}{core_zh}{word}{extra}有限公司", core_zh
            else:
                word_en = GROUP_WORDS_PINYIN.get(word, "Healthcare")
                extra_en = f" {NAME_ROLE_PINYIN[extra]}" if extra else ""
                name, short = f"{prov_en} {core_en} {word_en}{extra_en} Co., Ltd.", core_en
        else:
            first_en, first_zh = rng.choice(US_FIRSTS)
            if lang == "en":
                if stage == "E" and not role:
                    word = rng.choice(chain["e_name"][1])
                else:
                    word = rng.choice(GROUP_WORDS[chain["group"]][1])
                extra = f" {rng.choice(NAME_ROLE_WORDS[1])}" if role else ""
                name, short = f"{first_en} {word}{extra} {rng.choice(US_SUFFIXES)}", first_en
            else:
                word = rng.choice(US_GROUP_ZH[chain["group"]])
                extra = rng.choice(NAME_ROLE_WORDS[0]) if role else ""
                name, short = f"{first_zh}{word}{extra}公司", first_zh
        if name not in used:
            used.add(name)
            return name, short, role, city


def want_phrase(rng: random.Random, key: str, want: str, lang: str) -> tuple[str, str]:
    """(role noun of the wanted stage, "generic" or "specific")."""
    li = 0 if lang == "zh" else 1
    if rng.random() < P_GENERIC:
        return rng.choice(GENERIC[want][li]), "generic"
    return rng.choice(CHAINS[key][want][li]), "specific"


def fields(rng: random.Random, org: dict, lang: str) -> dict[str, str]:
    """Everything a template can ask for."""
    key, stage, want, side = org["_chain"], org["_stage"], org["_want"], org["side"]
    chain = CHAINS[key]
    li = 0 if lang == "zh" else 1
    nouns, details = chain[stage][li], chain[stage][2 + li]
    noun = rng.choice(nouns)
    org["_noun"] = noun
    detail, detail2 = rng.sample(details, 2)
    wantcore, wkind = want_phrase(rng, key, want, lang)
    org["_wantkind"], org["_wantnoun"] = wkind, wantcore
    # a negated want names another stage (a neighbour if there is one)
    others = [x for x in NEIGHBOURS[stage] if x != want] or [
        x for x in STAGES if x not in (stage, want)
    ]
    neg = rng.choice(GENERIC[rng.choice(others)][li])
    # customers already served: downstream of the company, never what it seeks
    served_stages = {"M": ["D", "E"], "D": ["E"]}.get(stage, [])
    served_stages = [x for x in served_stages if x != want]
    served = chain[rng.choice(served_stages)][4][li] if served_stages else ""
    mat = rng.choice(chain["R"][4][li])
    cn = side == "CN"
    person_zh, person_en, pron = rng.choice(CN_PEOPLE if cn else US_PEOPLE)
    city = (org["_city"] or rng.choice(CN_CITIES if cn else US_CITIES))[li]
    port = rng.choice(CN_PORTS if cn else US_PORTS)[li]
    year = rng.randint(1988, 2016)
    f = {
        "name": org["_name"],
        "short": org["_short"],
        "noun": noun,
        "noun_cap": cap(noun),
        "detail": detail,
        "detail2": detail2,
        "served": served,
        "mat": mat,
        "product": chain["product"][li],
        "cert": chain["cert"],
        "hs": chain["r_hs"] if stage == "R" else chain["hs"],
        "person": person_zh if lang == "zh" else person_en,
        "pron": "she" if pron == "she" else "he",
        "pron_cap": "She" if pron == "she" else "He",
        "pron_pos": "her" if pron == "she" else "his",
        "pron_pos_cap": "Her" if pron == "she" else "His",
        "title": rng.choice(TITLES[li]),
        "city": city,
        "port": port,
        "year": str(year),
        "year2": str(rng.randint(year + 2, 2023)),
        "asof": str(rng.choice([2023, 2024, 2025])),
        "planyear": str(rng.choice([2026, 2027])),
        "yrs": str(rng.randint(8, 30)),
        "n": (str if lang == "zh" else "{:,}".format)(rng.choice([120, 260, 480, 900, 1500, 3200])),
        "amt_en": rng.choice(["$80k", "$150k", "$300k", "$600k", "$1.2m"]),
        "cap": str(rng.choice([500, 2000, 5000, 12000])),
        "month": str(rng.randint(1, 12)),
        "amt": str(rng.choice([80, 150, 300, 600, 1200])),
        "cnt": str(rng.randint(2, 12)),
        "q": str(rng.randint(1, 4)),
        "code": f"{rng.randint(100000, 999999)}",
        "num": str(rng.randint(2, 388)),
        "ver": f"{rng.randint(1, 4)}.{rng.randint(0, 9)}",
        "date_zh": f"{rng.choice([2024, 2025])}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
        "date_en": f"{rng.choice(['March', 'May', 'June', 'September', 'October', 'November'])} {rng.randint(1, 28)}, {rng.choice([2024, 2025])}",
        "phone": f"0{rng.choice([512, 755, 519, 574, 20])}-{rng.randint(60000000, 89999999)}"
        if cn
        else f"({rng.choice([612, 617, 713, 404, 858])}) 555-{rng.randint(1000, 9999)}",
        "forum": rng.choice(FORUMS[li]),
        "award": rng.choice(AWARDS),
        "broker": rng.choice(BROKERS[li]),
        "officer": rng.choice(OFFICERS[li]),
        "orig_zh": "中文" if cn else "英文",
        "orig_en": "Chinese" if cn else "English",
    }
    if lang == "zh":
        country = "美国" if cn else "中国"
        f |= {
            "home": "中国" if cn else "美国",
            "country": country,
            "wantcore": wantcore,
            "want": country + wantcore,
            "neg": neg,
        }
    else:
        country, short_c, adj = (
            ("the US", "US", "American") if cn else ("China", "China", "Chinese")
        )
        home_adj = "Chinese" if cn else "American"
        f |= {
            "a_noun": an(noun),
            "a_home_noun": an(f"{home_adj} {noun}"),
            "country": country,
            "country_short": short_c,
            "adj": adj,
            "wantcore": wantcore,
            "wantcore_cap": cap(wantcore),
            "a_want": an(f"{adj} {wantcore}"),
            "a_want_in": f"{an(wantcore)} in {country}",
            "a_neg": an(neg),
        }
    return f


def render(template: str, default: str, f: dict[str, str]) -> list[list[str]]:
    """Segments ``[[text, kind], ...]`` of one filled template."""
    text = template.format_map(f).replace("..", ".")  # a name ending in "Inc." before a full stop
    parts = re.split(r"\[([osx])\]", text)
    segments, kind = [], default
    if parts[0]:
        segments.append([parts[0], KIND[kind]])
    for i in range(1, len(parts), 2):
        kind = parts[i]
        if parts[i + 1]:
            segments.append([parts[i + 1], KIND[kind]])
    return segments


def count_sentences(text: str) -> int:
    """Sentences and lines, roughly (a line without a full stop counts as one)."""
    ends = re.findall(
        r"[。！？](?![”\n])|[。！？]?”(?!\n)|(?<!Inc)(?<!Ltd)(?<!Co)(?<!Corp)[.!?]\"?(?=[ ]|$)|\n",
        text,
    )
    return max(1, len(ends) + (0 if re.search(r"[。！？.!?”\"]$", text) else 1))


def write_org(rng: random.Random, org: dict, genre: str, lang: str) -> list[list[str]]:
    """The segments of one description; marks the hard cases used on ``org``."""
    t = GENRES[genre][lang]
    if genre == "translated manual intro" and org["_stage"] == "E":
        t = {k: [x for x in v if not any(w in x for w in MANUAL_ONLY)] for k, v in t.items()}
    lay = LAYOUT[genre]
    f = fields(rng, org, lang)
    want = org["_want"]
    # offer
    with_served = [x for x in t["offer"] if "{served}" in x]
    plain = [x for x in t["offer"] if "{served}" not in x]
    use_served = bool(f["served"]) and rng.random() < P_SERVED
    offer = render(rng.choice(with_served if use_served else plain), "o", f)
    # seek
    if want == "R" and rng.random() < P_MATERIAL:
        seek, how = render(rng.choice(t["mat"]), "s", f), "material"
    elif rng.random() < P_NEG:
        seek, how = render(rng.choice(t["neg"]), "s", f), "negated"
    else:
        seek, how = render(rng.choice(t["seek"]), "s", f), org["_wantkind"]
    org["_hard"] = {"served": use_served, "seek": how}
    for n_other in (2, 1, 0):
        others = [render(x, "x", f) for x in rng.sample(t["other"], n_other)]
        head = (
            [render(rng.choice(t["head"]), "x", f)]
            if t["head"] and rng.random() < lay["head"]
            else []
        )
        tail = [render(rng.choice(t["tail"]), "x", f)] if rng.random() < lay["tail"] else []
        pos = rng.choices(["first", "middle", "last"], weights=[25, 30, 45])[0]
        if pos == "first":
            body = [seek, offer, *others]
        elif pos == "middle":
            body = [offer, seek, *others]
        else:
            body = [offer, *others, seek]
        segments = join_blocks(head, body, tail, lay, lang)
        if count_sentences("".join(s for s, _ in segments)) <= 8:
            return segments
    return segments


def join_blocks(head: list, body: list, tail: list, lay: dict, lang: str) -> list[list[str]]:
    """Concatenate blocks, the joiner glued to the end of the block before it."""
    blocks = [(b, lay["head_join"]) for b in head] + [(b, lay["join"][lang]) for b in body]
    if tail:
        blocks[-1] = (blocks[-1][0], lay["join"][lang] or ("\n" if lang == "zh" else " "))
        blocks.append((tail[0], ""))
    else:
        blocks[-1] = (blocks[-1][0], "")
    out: list[list[str]] = []
    for block, joiner in blocks:
        segments = [list(s) for s in block]
        segments[-1][0] += joiner
        out.extend(segments)
    return out


def build() -> tuple[dict, dict, dict]:
    rng = random.Random(SEED)
    orgs: list[dict] = []
    for key in CHAINS:
        cn, us = chain_roles(rng)
        for side, group in (("CN", cn), ("US", us)):
            for stage, want in group:
                n = sum(o["side"] == side for o in orgs) + 1
                orgs.append({"id": f"{PREFIX}{side.lower()}{n:03d}", "side": side,
                             "_chain": key, "_stage": stage, "_want": want})  # fmt: skip
    # languages: about one in ten writes the other side's language
    cn_ids = [o["id"] for o in orgs if o["side"] == "CN"]
    us_ids = [o["id"] for o in orgs if o["side"] == "US"]
    foreign = set(rng.sample(cn_ids, 4)) | set(rng.sample(us_ids, 7))
    for org in orgs:
        native = "zh" if org["side"] == "CN" else "en"
        org["_lang"] = ({"zh", "en"} - {native}).pop() if org["id"] in foreign else native
    # ways of writing spread evenly over all and over each language: deal them round
    # robin to the Chinese-writing companies, then (continuing) to the English-writing ones
    order = sorted(orgs, key=lambda o: (o["_lang"] != "zh", rng.random()))
    cycle = rng.sample(list(GENRES), len(GENRES))
    genre_by_id = {o["id"]: cycle[i % len(cycle)] for i, o in enumerate(order)}
    used: set[str] = set()
    profiles, segments_out, genre_of = [], {}, {}
    for org in orgs:
        genre, lang = genre_by_id[org["id"]], org["_lang"]
        org["_name"], org["_short"], org["_namerole"], org["_city"] = make_name(
            rng, org, lang, used
        )
        segs = write_org(rng, org, genre, lang)
        segments_out[org["id"]] = segs
        genre_of[org["id"]] = genre
        profiles.append({"id": org["id"], "side": org["side"], "name": {lang: org["_name"]},
                         "description": {lang: "".join(s for s, _ in segs)}})  # fmt: skip
    partners: dict[str, list[str]] = {}
    for a in orgs:
        for b in orgs:
            if (a["side"] != b["side"] and a["_chain"] == b["_chain"]
                    and a["_stage"] == b["_want"] and b["_stage"] == a["_want"]):  # fmt: skip
                partners.setdefault(a["id"], []).append(b["id"])
    gold = {
        "partners": partners,
        "roles": {o["id"]: f"{o['_chain']}:{o['_stage']}>{o['_want']}" for o in orgs},
        "split": {o["id"]: "corpus" for o in orgs},
        "genres": genre_of,
    }
    check(orgs, profiles, gold, segments_out)
    summary(orgs, gold)
    return {"format": "tradebridge-profiles/1", "organizations": profiles}, gold, segments_out


def check(orgs: list[dict], profiles: list[dict], gold: dict, segments: dict) -> None:
    """Refuse to write a corpus that breaks its own rules."""
    ids = [p["id"] for p in profiles]
    assert len(ids) == len(set(ids)) == 110, "ids must be unique"
    assert sum(p["side"] == "CN" for p in profiles) == 40
    for p in profiles:
        assert (
            re.fullmatch(rf"{PREFIX}(cn|us)\d{{3}}", p["id"]) and p["id"][2:4] == p["side"].lower()
        )
        ((lang, text),) = p["description"].items()
        segs = segments[p["id"]]
        assert "".join(s for s, _ in segs) == text, p["id"]
        assert all(s and k in ("offer", "seek", "other") for s, k in segs), p["id"]
        kinds = {k for _, k in segs}
        assert {"offer", "seek"} <= kinds, p["id"]
        assert "{" not in text and "}" not in text and "[" not in text, p["id"]
        assert 1 <= count_sentences(text) <= 8, (p["id"], count_sentences(text))
        assert list(p["name"]) == [lang]
    for o in orgs:
        chain, rest = gold["roles"][o["id"]].split(":")
        s, w = rest.split(">")
        assert chain in CHAINS and s in STAGES and w in NEIGHBOURS[s]
        if o["side"] == "CN":
            assert gold["partners"].get(o["id"]), f"{o['id']} has no partner"
    side = {o["id"]: o["side"] for o in orgs}
    for a, bs in gold["partners"].items():
        assert all(side[b] != side[a] for b in bs)
    for genre in GENRES:
        langs = Counter(o["_lang"] for o in orgs if gold["genres"][o["id"]] == genre)
        assert langs["zh"] >= 2 and langs["en"] >= 2, (genre, langs)
    for stage in STAGES:
        for lang in ("zh", "en"):
            nouns = {o["_noun"] for o in orgs if o["_stage"] == stage and o["_lang"] == lang}
            nouns |= {o["_wantnoun"] for o in orgs if o["_want"] == stage and o["_lang"] == lang
                      and o["_hard"]["seek"] in ("specific", "generic")}  # fmt: skip
            assert len(nouns) >= 5, (stage, lang, nouns)


def summary(orgs: list[dict], gold: dict) -> None:
    by = Counter((gold["genres"][o["id"]], o["_lang"]) for o in orgs)
    print("genre x language:")
    for genre in GENRES:
        print(f"  {genre:26s} zh {by[genre, 'zh']:3d}  en {by[genre, 'en']:3d}")
    print("side x language:", dict(Counter((o["side"], o["_lang"]) for o in orgs)))
    print("stage>want:", dict(sorted(Counter(f"{o['_stage']}>{o['_want']}" for o in orgs).items())))
    for lang in ("zh", "en"):
        n = [len({o["_noun"] for o in orgs if o["_stage"] == st and o["_lang"] == lang}
                 | {o["_wantnoun"] for o in orgs if o["_want"] == st and o["_lang"] == lang
                    and o["_hard"]["seek"] in ("specific", "generic")}) for st in STAGES]  # fmt: skip
        print(f"distinct role nouns in {lang} (R M D E): {n}")
    print("seek written as:", dict(Counter(o["_hard"]["seek"] for o in orgs)))
    print("served customers in offer:", sum(o["_hard"]["served"] for o in orgs),
          "| role noun in name:", sum(o["_namerole"] for o in orgs))  # fmt: skip
    n_us = sum(o["side"] == "US" for o in orgs)
    with_p = sum(1 for k in gold["partners"] if k.startswith(f"{PREFIX}us"))
    print(f"{len(orgs) - n_us} CN x {n_us} US; {with_p} US companies with a partner")


def main() -> None:
    profiles, gold, segments = build()
    for name, data in (
        ("roles_corpus6", profiles),
        ("roles_corpus6_gold", gold),
        ("roles_corpus6_segments", segments),
    ):
        (HERE / f"{name}.json").write_text(
            json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8"
        )
        print("wrote", name + ".json")


if __name__ == "__main__":
    main()
