# ruff: noqa: E501  (templates and role phrases are data; wrapping them would only hurt reading)
"""Write the fifth training corpus of role profiles: ``roles_corpus5.json``, its gold file and its segments.

    python bench/recommend/make_corpus5.py

Ten value chains of construction, building and home-improvement products (cement, rebar, flat
glass, quartz countertops, SPC flooring, smart locks, asphalt roofing, kitchen cabinets, power
tools, silicone sealants), 4 Chinese and 7 US companies each. Every company is at one stage
(R raw material / key component, M maker, D distributor, E end buyer) and seeks an adjacent one;
a CN-US pair is gold when each offers what the other seeks.

Five ways of writing, each in Chinese and English: a salesperson's call notes, a job posting,
board-minutes excerpts, sustainability (ESG) report excerpts and draft MOU recitals. Each
description is cut into segments tagged ``offer`` / ``seek`` / ``other``.

Hard cases, each in several documents: customers already served named in the offer (not the
want), negated wants, role nouns inside company names, wants naming only role and country, and
a maker's want named by its input material.

Standard library only; deterministic (``random.Random(SEED)``).
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20505
PREFIX = "k5"
N_CN, N_US = 4, 7

# ---------------------------------------------------------------------------------------------
# Chains. Per stage: Chinese nouns, English nouns, Chinese activity, English activity (verbs
# marked with ^ for the third person), Chinese capacity, English capacity.
# Per chain: material the maker buys (zh, en), the end buyer's own clients (zh, en), name words.
# ---------------------------------------------------------------------------------------------

CHAINS: dict[str, dict[str, object]] = {
    "cement": {
        "R": (["熟料生产企业", "石灰石矿山", "熟料供应商"], ["clinker producer", "limestone quarry operator", "clinker supplier"],
              "生产并外销水泥熟料", "^produce clinker and limestone for cement grinding plants",
              "熟料年产能280万吨", "2.8 million tonnes of clinker a year"),
        "M": (["水泥厂", "水泥粉磨站", "水泥生产企业"], ["cement plant", "cement grinding station", "cement producer"],
              "生产P·O 42.5普通硅酸盐水泥", "^grind and ^bag Type I/II portland cement",
              "水泥年产能400万吨，散装袋装均可", "4 million tonnes of cement a year, bulk and bagged"),
        "D": (["水泥经销商", "建材批发商", "水泥进口贸易商"], ["cement importer", "building materials dealer", "bulk cement terminal operator"],
              "分销袋装与散装水泥", "^import and ^distribute bulk and bagged cement",
              "自有中转库容8万吨，散装罐车60台", "80,000 tonnes of terminal storage and 60 bulk tankers"),
        "E": (["商品混凝土搅拌站", "预制构件厂", "管桩生产企业"], ["ready-mix concrete producer", "precast concrete plant", "concrete products maker"],
              "生产商品混凝土与预制构件", "^batch ready-mix and ^cast precast concrete products",
              "生产基地12个，年用水泥约90万吨", "12 plants using about 900,000 tonnes of cement a year"),
        "material": ("水泥熟料", "clinker"),
        "clients": ("房建总包单位", "general contractors"),
        "words": (["建材", "水泥"], ["Cement", "Concrete"]),
    },
    "rebar": {
        "R": (["钢坯供应商", "方坯生产企业", "废钢加工企业"], ["steel billet supplier", "billet caster", "scrap processor"],
              "供应150方坯", "^supply 150 mm square billet to rolling mills",
              "连铸方坯年产180万吨", "1.8 million tonnes of billet a year"),
        "M": (["钢筋轧钢厂", "螺纹钢生产企业", "棒材厂"], ["rebar mill", "rolling mill", "rebar producer"],
              "轧制HRB400E抗震螺纹钢", "^roll ASTM A615 Grade 60 rebar",
              "螺纹钢年产120万吨，规格12-40mm", "1.2 million tons of #3 to #11 bar a year"),
        "D": (["钢材贸易商", "钢筋加工配送中心", "钢材经销商"], ["steel service center", "rebar fabricator-distributor", "steel stockist"],
              "库存并加工配送螺纹钢", "^stock and ^fabricate rebar for job-site delivery",
              "常备库存3万吨，日配送1500吨", "30,000 tons on the ground and 1,500 tons a day of cut-and-bend"),
        "E": (["建筑总承包企业", "工程总包", "桥梁施工企业"], ["general contractor", "concrete contractor", "bridge builder"],
              "承建高层住宅与桥梁工程", "^build mid-rise and bridge projects",
              "在建项目46个，年用钢约25万吨", "46 active projects using about 250,000 tons of steel a year"),
        "material": ("钢坯", "steel billet"),
        "clients": ("地产开发商", "developers and state DOTs"),
        "words": (["钢铁", "钢业"], ["Steel", "Rebar"]),
    },
    "flatglass": {
        "R": (["石英砂矿企", "超白砂加工厂", "玻璃用砂供应商"], ["silica sand miner", "low-iron sand processor", "glass sand supplier"],
              "供应低铁石英砂", "^supply low-iron silica sand to glass furnaces",
              "石英砂年产60万吨，Fe2O3≤0.012%", "600,000 tonnes of sand a year at Fe2O3 ≤ 0.012%"),
        "M": (["浮法玻璃厂", "玻璃原片生产企业", "超白玻璃制造商"], ["float glass manufacturer", "float glass producer", "low-iron glass maker"],
              "生产3-19mm浮法玻璃原片", "^make 3–19 mm clear and low-iron float glass",
              "浮法线2条，日熔量1200吨", "two float lines melting 1,200 tonnes a day"),
        "D": (["玻璃原片经销商", "玻璃进口商", "玻璃批发商"], ["glass distributor", "glass importer", "glass fabricator-distributor"],
              "分销原片与钢化玻璃", "^distribute jumbo sheets and tempered glass",
              "仓储面积3万平方米，覆盖华东六省", "warehouses in three states and a fleet of A-frame trucks"),
        "E": (["幕墙工程公司", "门窗厂", "装饰工程公司"], ["curtain wall contractor", "glazing contractor", "storefront installer"],
              "承接幕墙与采光顶工程", "^install curtain wall and storefront systems",
              "年用玻璃约120万平方米", "about 12 million sq ft of glass installed a year"),
        "material": ("高纯石英砂", "low-iron silica sand"),
        "clients": ("商业综合体业主", "office developers"),
        "words": (["玻璃", "硅业"], ["Glass", "Glazing"]),
    },
    "countertop": {
        "R": (["石英砂粉供应商", "不饱和树脂生产商", "石英石原料厂"], ["quartz grit supplier", "polyester resin producer", "engineered-stone raw materials supplier"],
              "供应石英砂粉与不饱和树脂", "^supply graded quartz grit, powder and resin to slab makers",
              "石英砂粉与树脂月供2万吨", "20,000 tonnes of grit and resin a month"),
        "M": (["石英石板材厂", "人造石生产企业", "台面板材制造商"], ["quartz slab manufacturer", "engineered stone producer", "slab factory"],
              "生产3200×1600石英石大板", "^press 126×63 in quartz slabs in 2 and 3 cm",
              "压机8条线，月产大板4万片", "eight press lines, 40,000 slabs a month"),
        "D": (["石材批发商", "板材进口商", "石材代理商"], ["slab yard", "stone importer", "surfaces distributor"],
              "批发进口石英石与岩板", "^stock and ^wholesale quartz and porcelain slabs",
              "常备花色180种，库存大板1.5万片", "180 colors and 15,000 slabs on the racks"),
        "E": (["台面加工安装商", "全屋定制企业", "厨卫装修公司"], ["countertop fabricator", "kitchen remodeler", "cabinet and countertop installer"],
              "加工安装厨房台面", "^template, ^cut and ^install kitchen countertops",
              "月安装台面1800套", "1,800 kitchens a month"),
        "material": ("石英砂粉和树脂", "quartz grit and resin"),
        "clients": ("精装房开发商", "homeowners and builders"),
        "words": (["石业", "新材料"], ["Surfaces", "Stone"]),
    },
    "spcfloor": {
        "R": (["PVC树脂供应商", "PVC粉料生产企业", "氯碱化工企业"], ["PVC resin supplier", "PVC compound producer", "chlor-alkali producer"],
              "供应SG-5型PVC树脂粉", "^supply SG-5 PVC resin to flooring extruders",
              "PVC树脂年产30万吨", "300,000 tonnes of PVC resin a year"),
        "M": (["SPC地板厂", "石塑地板生产企业", "地板贴牌厂"], ["SPC flooring manufacturer", "rigid-core flooring mill", "flooring OEM"],
              "生产4-8mm SPC锁扣地板", "^make 4–8 mm SPC click flooring",
              "挤出线26条，月产能120万平方米", "26 extrusion lines, 13 million sq ft a month"),
        "D": (["地板经销商", "地材批发商", "地板进口代理"], ["flooring distributor", "floor covering wholesaler", "flooring importer"],
              "批发分销各类地材", "^distribute hard-surface flooring",
              "在全国设仓11个", "11 distribution centers"),
        "E": (["地板铺装公司", "装修工程公司", "精装修承包商"], ["flooring installer", "remodeling contractor", "multifamily renovation contractor"],
              "承接地板铺装工程", "^install flooring in apartments and homes",
              "年铺装面积约150万平方米", "about 16 million sq ft installed a year"),
        "material": ("PVC树脂粉", "PVC resin"),
        "clients": ("公寓业主", "apartment owners"),
        "words": (["地板", "新材料"], ["Flooring", "Floors"]),
    },
    "smartlock": {
        "R": (["锁芯生产商", "电机模组供应商", "指纹模组厂"], ["lock cylinder maker", "biometric module supplier", "motor-and-gear module supplier"],
              "供应C级锁芯与指纹模组", "^supply C-grade cylinders and fingerprint modules to lock makers",
              "锁芯与模组月产80万套", "800,000 cylinder and module sets a month"),
        "M": (["智能锁生产企业", "智能门锁ODM工厂", "电子锁制造商"], ["smart lock manufacturer", "smart lock ODM", "electronic lock maker"],
              "生产人脸识别与指纹智能锁", "^build Wi-Fi and fingerprint smart locks",
              "智能锁年产200万套", "two million locks a year"),
        "D": (["五金批发商", "智能锁代理商", "安防产品经销商"], ["door hardware distributor", "locksmith supply house", "security products wholesaler"],
              "分销门锁与五金", "^distribute door hardware to locksmiths and dealers",
              "对接五金门店3000家", "3,000 locksmith and dealer accounts"),
        "E": (["酒店管理集团", "长租公寓运营商", "物业管理公司"], ["hotel operator", "property management company", "multifamily operator"],
              "运营公寓与酒店客房", "^run apartment and hotel portfolios",
              "管理房源4.2万间", "42,000 doors under management"),
        "material": ("C级锁芯和指纹模组", "lock cylinders and fingerprint modules"),
        "clients": ("租户", "residents"),
        "words": (["智能科技", "五金"], ["Lock", "Access"]),
    },
    "roofing": {
        "R": (["玻纤胎基布生产商", "沥青胎基供应商", "玻纤毡厂"], ["fiberglass mat producer", "roofing mat supplier", "glass mat mill"],
              "供应玻纤胎基与氧化沥青", "^supply fiberglass mat and oxidized asphalt",
              "胎基布年产2亿平方米", "2 billion sq ft of mat a year"),
        "M": (["沥青瓦生产企业", "屋面材料制造商", "防水卷材厂"], ["shingle manufacturer", "roofing manufacturer", "asphalt shingle plant"],
              "生产叠层沥青瓦与防水卷材", "^make laminated architectural shingles and underlayment",
              "沥青瓦年产3000万平方米", "12 million squares a year"),
        "D": (["屋面建材经销商", "防水材料代理商", "屋面材料批发商"], ["roofing supply distributor", "roofing wholesaler", "two-step building products distributor"],
              "分销屋面与防水材料", "^distribute shingles, underlayment and accessories",
              "门店与仓库共24处", "24 branches across the Sun Belt"),
        "E": (["屋面施工公司", "防水工程公司", "屋面翻新承包商"], ["roofing contractor", "storm-restoration roofer", "commercial roofer"],
              "承接屋面与防水施工", "^install and ^replace residential roofs",
              "施工班组40个，年完成屋面5000户", "40 crews re-roofing 5,000 homes a year"),
        "material": ("玻纤胎基布", "fiberglass mat"),
        "clients": ("住宅业主", "homeowners and insurers"),
        "words": (["防水", "建材"], ["Roofing", "Shingle"]),
    },
    "cabinet": {
        "R": (["刨花板厂", "多层板生产企业", "柜体板材供应商"], ["particleboard mill", "plywood mill", "cabinet-grade panel supplier"],
              "供应E0级刨花板与多层板", "^supply CARB-compliant particleboard and plywood",
              "人造板年产45万立方米", "450,000 m³ of panels a year"),
        "M": (["橱柜厂", "定制橱柜生产企业", "橱柜贴牌厂"], ["cabinet manufacturer", "RTA cabinet factory", "cabinet maker"],
              "生产定制与标准橱柜", "^build framed and frameless kitchen cabinets",
              "月产橱柜1.8万套", "18,000 kitchens a month"),
        "D": (["橱柜经销商", "厨卫建材批发商", "橱柜进口商"], ["cabinet dealer", "kitchen & bath distributor", "cabinet importer"],
              "分销整体橱柜及配件", "^distribute RTA and assembled cabinets",
              "合作门店260家", "five warehouses and 260 showroom accounts"),
        "E": (["住宅开发商", "精装修总包", "公寓开发企业"], ["homebuilder", "multifamily developer", "build-to-rent developer"],
              "开发建设住宅项目", "^build single-family and townhome communities",
              "年交付住宅8000套", "8,000 homes closed a year"),
        "material": ("E0级刨花板", "cabinet-grade plywood"),
        "clients": ("购房者", "home buyers"),
        "words": (["家居", "木业"], ["Cabinetry", "Kitchens"]),
    },
    "powertool": {
        "R": (["无刷电机供应商", "锂电池包厂", "电动工具零部件厂"], ["brushless motor supplier", "battery pack maker", "power tool component supplier"],
              "供应无刷电机与锂电池包", "^supply brushless motors and 18V/20V battery packs",
              "电机与电池包月产150万套", "1.5 million motor and battery sets a month"),
        "M": (["电动工具厂", "电动工具ODM企业", "电钻生产企业"], ["power tool manufacturer", "power tool OEM", "cordless tool maker"],
              "生产锂电电钻、角磨与冲击扳手", "^make cordless drills, grinders and impact drivers",
              "年产电动工具800万台", "eight million tools a year"),
        "D": (["五金工具批发商", "电动工具一级代理", "工具进口商"], ["tool distributor", "hardware wholesaler", "tool importer"],
              "分销电动工具与配件", "^distribute power tools and accessories",
              "覆盖五金店6000家", "6,000 hardware-store accounts"),
        "E": (["设备租赁公司", "工具租赁连锁", "机电安装公司"], ["tool rental chain", "framing contractor", "electrical contractor"],
              "租赁并在工地使用电动工具", "^rent out and ^use power tools on job sites",
              "自有及在租电动工具12万台", "a fleet of 120,000 tools on job sites and rental counters"),
        "material": ("无刷电机和电池包", "brushless motors and battery packs"),
        "clients": ("装修工人", "contractors and DIYers"),
        "words": (["电器", "工具"], ["Tool", "Power Tools"]),
    },
    "sealant": {
        "R": (["107硅橡胶生产商", "有机硅单体企业", "硅橡胶原料厂"], ["silicone polymer producer", "siloxane producer", "silicone base polymer supplier"],
              "供应107胶与硅油", "^supply silanol polymer and silicone fluid",
              "107胶年产8万吨", "80,000 tonnes of polymer a year"),
        "M": (["密封胶生产企业", "硅酮胶厂", "结构胶制造商"], ["sealant manufacturer", "silicone sealant plant", "adhesives and sealants maker"],
              "生产硅酮结构胶与耐候胶", "^make structural and weatherproofing silicone sealants",
              "年产密封胶6万吨", "60,000 tonnes of sealant a year"),
        "D": (["建筑胶经销商", "密封胶代理商", "胶粘剂批发商"], ["sealants distributor", "construction chemicals wholesaler", "caulk and adhesives jobber"],
              "分销建筑密封胶与胶粘剂", "^distribute sealants, caulks and adhesives",
              "仓库4个，SKU逾2000个", "four warehouses, more than 2,000 SKUs"),
        "E": (["门窗安装公司", "防水施工企业", "装配式建筑企业"], ["window installer", "waterproofing contractor", "modular builder"],
              "承接门窗与幕墙打胶施工", "^seal joints on windows, facades and precast panels",
              "施工队伍30支", "30 crews in four states"),
        "material": ("107硅橡胶", "silicone polymer"),
        "clients": ("总包单位", "general contractors"),
        "words": (["化工", "有机硅"], ["Sealants", "Silicones"]),
    },
}  # fmt: skip

STAGES = ("R", "M", "D", "E")
NEIGHBOURS = {"R": ("M",), "M": ("R", "D", "E"), "D": ("M", "E"), "E": ("M", "D")}

# Role nouns without the product: for wants naming only the role and the country, and negations.
GENERIC = {
    "zh": {"R": ["原料供应商", "上游供应商", "材料供应商"], "M": ["生产厂家", "工厂", "代工厂"],
           "D": ["经销商", "一级代理", "进口商"], "E": ["终端用户", "施工单位", "工程商"]},
    "en": {"R": ["raw-material supplier", "upstream supplier", "materials vendor"], "M": ["manufacturer", "factory", "OEM"],
           "D": ["distributor", "importer", "wholesaler"], "E": ["end user", "contractor", "installer"]},
}  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Ways of writing. Each genre and language: header lines, offer templates, one template naming
# customers already served (offer), seek templates ("!" first: role nouns only, not a bare
# material), mixed offer§seek sentences, and noise lines (other). The joiner separates pieces.
# ---------------------------------------------------------------------------------------------

GENRES: dict[str, dict[str, dict[str, object]]] = {
    "call notes": {
        "zh": {
            "joiner": "\n",
            "header": ["【电话记录】{date_zh} 销售：{rep_zh}", "{date_zh} 跟进电话（{rep_zh}）", "客户通话小结 {date_zh}", "通话纪要｜{date_zh}｜记录人{rep_zh}"],
            "offer": [
                "向对方介绍了我司：{noun}，{act}，{cap}。",
                "重点讲了产能：{cap}，我们是{place}的{noun}。",
                "本公司定位——{noun}，{cap}。",
                "对方问供货能力，答复{cap}，可出具检测报告。",
                "已说明{name}是{noun}，{year}年起{act}。",
                "- 我方卖点：{act}；{cap}；交期约25天。",
            ],
            "served": ["顺带提到我们一直给{served}供货，对方有印象。", "- 我方现有客户：{served}，合作都在三年以上。"],
            "seek": [
                "下一步：继续物色{want}。",
                "!老板交代的还是那句话——“找到{want}”。",
                "!对方能否介绍{want}？待确认。",
                "!如果能搭上{want}，年内可以上量。",
                "重点目标：{want}。",
                "眼下缺的是{want}，这家客户解决不了。",
                "月底前列出{want}候选名单。",
            ],
            "mixed": ["对方了解了我们{act}，§但我们真正要的是{want}。", "我方{cap}，§下一步需要对接{want}。"],
            "negseek": ["不找{neg}，§只找{want}。", "{neg}这边已经够了，§缺的是{want}。"],
            "noise": ["已发报价单和样册。", "约了下周二再聊。", "对方采购经理出差，周四回。", "通话约20分钟。", "对方对付款方式有疑问，需财务回复。"],
        },
        "en": {
            "joiner": "\n",
            "header": ["Call notes – {date_en} – {rep_en}", "CALL LOG {date_en} (rep: {rep_en})", "{date_en} call w/ prospect", "Prospect call recap, {date_en}"],
            "offer": [
                "Pitched who we are: {name}, {a_noun}; we {act}.",
                "Walked them through capacity — {cap}.",
                "Reminded them we're {a_noun} out of {place}, {cap}.",
                "They asked about volume. Told them {cap}, lead time 3–4 wks.",
                "- us: {noun}, {cap}",
                "Our pitch: we {act}, and have since {year}.",
            ],
            "served": ["Mentioned we already sell to {served}; they know a couple of them.", "- current accounts: {served} (all repeat buyers)"],
            "seek": [
                "Next step: keep hunting for {want}.",
                "Still need {want} — prospect can't fill that.",
                "!Action item: shortlist {want} by Friday.",
                "!Q for mgr: do we chase {want} before Q3?",
                "!If they can't intro us to {want}, move on.",
                "Bottom line: what we're really after is {want}.",
                "!Boss's words: \"get us {want} by year-end.\"",
            ],
            "mixed": ["They like that we {act}, §but what we need out of this is {want}.", "Gave them the numbers ({cap}) §and asked if they could point us to {want}."],
            "negseek": ["Not after {a_neg} — §we need {want}.", "We already have {a_neg}; §what we lack is {want}."],
            "noise": ["Sent deck + price sheet.", "Follow up Tue.", "Their buyer is out until the 14th.", "Call lasted ~25 min.", "Asked for Net 60; check w/ finance."],
        },
    },
    "job posting": {
        "zh": {
            "joiner": "\n",
            "header": ["招聘岗位：{job_zh}（{place}）", "【急聘】{job_zh}", "职位：{job_zh}　薪资面议", "{name}招聘｜{job_zh}"],
            "offer": [
                "公司简介：{name}是{noun}，{cap}。",
                "我们是{place}的{noun}，{act}。",
                "公司主营：{act}，{cap}。",
                "{name}成立于{year}年，{cap}。",
                "平台优势：{cap}，行业口碑好。",
                "入职即加入一家{noun}，{act}。",
            ],
            "served": ["公司长期服务{served}，客户稳定。", "现有客户以{served}为主，回款有保障。"],
            "seek": [
                "岗位职责：开发{want}，建立长期合作。",
                "主要任务是对接{want}。",
                "!一年内需落地{want}合作不少于3家。",
                "!能否拿下{want}，是考核本岗位的唯一标准。",
                "!如有{want}资源，优先录用。",
                "总经理原话：“把{want}找来。”",
                "岗位目标：{want}。",
            ],
            "mixed": ["公司{act}，§新人的任务是找到{want}。", "我们{cap}，§缺的是{want}，这正是本岗位要解决的。"],
            "negseek": ["本岗位不负责开发{neg}，§而是对接{want}。", "公司不缺{neg}，§缺的是{want}。"],
            "noise": ["任职要求：本科及以上，英语可作为工作语言。", "薪资：15-25K，另有提成。", "简历请投递至招聘邮箱，注明岗位。", "五险一金，年底双薪。", "需经常出差，接受外派者优先。"],
        },
        "en": {
            "joiner": "\n",
            "header": ["Job title: {job_en} — {place}", "Now hiring: {job_en}", "Position: {job_en} (full-time, {place})", "{name} | {job_en}"],
            "offer": [
                "{name} is {a_noun} — {cap}.",
                "About us: {a_noun} based in {place}; we {act}.",
                "You'll join {a_noun} in business since {year}, with {cap}.",
                "Our operation: {cap}.",
                "We {act} — {cap}.",
                "Who we are: {name}, {a_noun} that {act3}.",
            ],
            "served": ["Our customers today are {served}, and they keep coming back.", "We already sell to {served} across the region."],
            "seek": [
                "Your main job: find and sign {want}.",
                "The role exists because we need {want}.",
                "You'll be responsible for sourcing {want}.",
                "!Success in year one = {want} signed.",
                "!Can you land {want}? Then we want to hear from you.",
                "!If you know how to reach {want}, this role is for you.",
                "!Our CEO puts it simply: \"bring us {want}.\"",
            ],
            "mixed": ["We {act}, §and the new hire will go out and find {want}.", "With {cap} in place, §what we lack is {want}."],
            "negseek": ["This is not about finding {a_neg}; §your job is to bring in {want}.", "We have {a_neg} already, §so the hire will focus on {want}."],
            "noise": ["Salary: $85k–$110k + commission.", "Mandarin a plus; ~30% travel.", "5+ years of B2B sales experience required.", "Benefits: 401(k) match, health, dental.", "Apply through the careers page on our website."],
        },
    },
    "board minutes": {
        "zh": {
            "joiner": "\n",
            "header": ["董事会会议纪要（摘录）{date_zh}", "第三届董事会第{n}次会议决议摘要", "议题{n_zh}：市场拓展", "{name}董事会纪要节选"],
            "offer": [
                "总经理汇报：公司作为{noun}，目前{cap}。",
                "会议听取经营情况汇报，公司{act}，{cap}。",
                "董事会确认公司主业仍为{act}（{cap}）。",
                "{year}年公司收入同比增长12%，现有{cap}。",
                "与会董事认为，公司在{place}同类{noun}中规模居前。",
                "财务总监说明：公司{act}，毛利率保持在18%左右。",
            ],
            "served": ["公司长期服务{served}，客户结构稳定。", "会议注意到，{served}仍是公司最主要的客户。"],
            "seek": [
                "会议决议：授权经营层寻找{want}。",
                "!董事会要求年内落实{want}。",
                "!与会董事提问：{want}何时能够到位？",
                "!若与{want}谈判顺利，拟追加投资。",
                "下阶段重点：{want}。",
                "董事长指出：“当务之急是{want}。”",
                "会议同意由销售副总牵头对接{want}。",
            ],
            "mixed": ["公司{act}，§董事会同意下一步引入{want}。", "鉴于公司{cap}，§会议要求尽快落实{want}。"],
            "negseek": ["会议明确：不再新增{neg}，§集中力量引入{want}。", "董事会认为{neg}已足够，§当前缺口是{want}。"],
            "noise": ["应到董事9人，实到8人。", "会议审议通过上次会议纪要。", "监事列席会议。", "会议于16:30结束。", "独立董事对本议案无异议。"],
        },
        "en": {
            "joiner": "\n",
            "header": ["Minutes of the Board of Directors, {date_en} (excerpt)", "Item {n} — Commercial update", "BOARD MEETING {date_en} — RESOLUTIONS (extract)", "{name}: board minutes, extract"],
            "offer": [
                "Management reported that the Company continues to operate as {a_noun}, with {cap}.",
                "The Chair noted the Company's position as {a_noun} in {place}.",
                "The CEO reported that the Company {act3}; current base: {cap}.",
                "The Board reviewed operations ({cap}).",
                "It was noted that {name} {act3} and has done so since {year}.",
                "The CFO confirmed that the Company, {a_noun}, closed the quarter at {cap}.",
            ],
            "served": ["Directors noted that {served} remain the Company's core customers.", "The Company continues to serve {served} under existing contracts."],
            "seek": [
                "RESOLVED, that management be authorized to seek {want}.",
                "The Board directed the CEO to identify {want} before the next meeting.",
                "!Discussion: whether to prioritise {want}. Agreed: yes.",
                "!Should budget allow, the Company will approach {want} in Q3.",
                "!Mr. {director} asked: \"Why have we not yet found {want}?\"",
                "Strategic priority for {year2}: {want}.",
                "The Company is looking for {want}; the COO will report back.",
            ],
            "mixed": ["The Company {act3}, §and the Board agreed it now needs {want}.", "Given {cap}, §directors asked management to find {want}."],
            "negseek": ["The Board agreed not to add {a_neg}; §instead management will seek {want}.", "Directors noted the Company already has {a_neg}, §but still lacks {want}."],
            "noise": ["Present: seven directors; quorum confirmed.", "The minutes of the previous meeting were approved.", "The meeting adjourned at 4:40 pm.", "The auditor's letter was received and filed.", "No conflicts of interest were declared."],
        },
    },
    "ESG report": {
        "zh": {
            "joiner": "",
            "header": ["《{ry}年度社会责任报告》节选\n", "ESG报告｜供应链管理\n", "可持续发展报告（摘录）\n", "{name}环境、社会及治理报告\n"],
            "offer": [
                "公司是{noun}，{act}，{cap}。",
                "报告期内，公司{act}，{cap}，单位产品能耗下降6.5%。",
                "作为{place}的{noun}，我们{act}。",
                "公司主营业务为{act}。",
                "本报告覆盖公司全部业务：{cap}。",
                "{name}自{year}年起{act}，始终把安全与环保放在首位。",
            ],
            "served": ["公司长期为{served}提供服务，客户满意度达96%。", "我们的客户主要是{served}。"],
            "seek": [
                "下一年度，公司计划引入{want}，共同推进低碳供应链。",
                "绿色伙伴目标：{want}。",
                "!如{want}能提供碳足迹数据，公司愿签订三年以上协议。",
                "我们正在寻找{want}。",
                "!董事长在致辞中表示：“希望与{want}携手。”",
                "!如何找到{want}？这是公司{year2}年的重点课题。",
                "公司将优先对接{want}。",
            ],
            "mixed": ["公司{act}，§并将在{year2}年引入{want}。", "在{cap}的基础上，§我们还需要{want}。"],
            "negseek": ["我们不再扩充{neg}，§而是寻找{want}。", "公司并不缺{neg}，§真正缺的是{want}。"],
            "noise": ["报告编制参照GRI标准。", "全年安全生产零事故。", "光伏发电占用电量的18%。", "员工人均培训36小时。", "公司通过ISO 14001环境管理体系认证。"],
        },
        "en": {
            "joiner": " ",
            "header": ["{ry} Sustainability Report — excerpt\n", "ESG Highlights, FY{ry}\n", "Section 3: Responsible Sourcing\n", "{name} — Impact Report\n"],
            "offer": [
                "As {a_noun}, {name} {act3}; {cap}.",
                "Our operations ({cap}) emitted 18% less CO2e per unit than in {year}.",
                "{name} {act3} from {place}.",
                "Scope of this report: our business as {a_noun}, {cap}.",
                "Our core business is simple: we {act}.",
                "Since {year} we have been {a_noun}; today that means {cap}.",
            ],
            "served": ["We serve {served}, and we track the carbon of every shipment.", "Most of our customers are {served}."],
            "seek": [
                "Looking ahead, we aim to partner with {want} that meets our supplier code.",
                "!Target for {year2}: onboard {want} with verified EPDs.",
                "Our sourcing goal: {want} able to document recycled content.",
                "!Where {want} can show third-party audits, we will sign multi-year agreements.",
                "!Can we find {want} with a lower footprint? That is our question for {year2}.",
                "Next year's plan includes sourcing {want}.",
                "!Our CSO: \"the next step is {want} that shares our climate targets.\"",
            ],
            "mixed": ["We {act}, §and in {year2} we intend to add {want}.", "Building on {cap}, §we are now seeking {want}."],
            "negseek": ["We are not adding {a_neg}; §what we lack is {want}.", "Rather than {a_neg}, §our next partner should be {want}."],
            "noise": ["Total recordable incident rate: 0.8.", "Water withdrawal fell 9% year on year.", "This report follows the GRI Standards.", "42% of our electricity came from renewable sources.", "Scope 1 and 2 emissions were verified by a third party."],
        },
    },
    "MOU recitals": {
        "zh": {
            "joiner": "\n",
            "header": ["合作备忘录（草案）", "战略合作谅解备忘录（讨论稿）", "备忘录草案 第{n}稿", "{name}合作意向书（草案）"],
            "offer": [
                "鉴于{name}（以下简称“甲方”）是{noun}，{act}；",
                "鉴于甲方具备{cap}；",
                "鉴于甲方自{year}年起{act}，现有{cap}；",
                "鉴于甲方为{place}地区{noun}；",
                "鉴于甲方主营业务为{act}；",
                "鉴于甲方在{place}设有生产与仓储基地，{cap}；",
            ],
            "served": ["鉴于甲方长期服务{served}；", "鉴于甲方现有客户以{served}为主；"],
            "seek": [
                "鉴于甲方有意寻求{want}；",
                "!鉴于甲方拟引入{want}作为合作方；",
                "!鉴于乙方拟为{want}；",
                "鉴于甲方需要{want}；",
                "!鉴于若能与{want}达成合作，双方均可受益；",
                "鉴于甲方下一步计划是对接{want}；",
                "!鉴于甲方提出“优先选择{want}”；",
            ],
            "mixed": ["鉴于甲方{act}，§并希望引入{want}；", "鉴于甲方{cap}，§但尚缺{want}；"],
            "negseek": ["鉴于甲方不寻求{neg}，§而寻求{want}；", "鉴于甲方已有{neg}，§尚需{want}；"],
            "noise": ["双方经友好协商，达成如下谅解：", "为此，双方本着平等互利原则，签署本备忘录。", "（签字页另附）"],
        },
        "en": {
            "joiner": "\n",
            "header": ["MEMORANDUM OF UNDERSTANDING (DRAFT)", "Draft MOU — Recitals", "DRAFT v{n} — for discussion only", "{name}: draft memorandum of understanding"],
            "offer": [
                "WHEREAS, {name} (the \"Company\") is {a_noun} that {act3};",
                "WHEREAS, the Company has {cap};",
                "WHEREAS, the Company operates as {a_noun} in {place};",
                "Whereas the Company {act3} and has done so since {year};",
                "WHEREAS, the Company's principal business is to {act};",
                "WHEREAS, the Company maintains facilities in {place} with {cap};",
            ],
            "served": ["WHEREAS, the Company currently serves {served};", "WHEREAS, the Company's existing customers are {served};"],
            "seek": [
                "WHEREAS, the Company wishes to engage {want};",
                "WHEREAS, the Company seeks {want};",
                "!WHEREAS, the Counterparty is expected to be {want};",
                "WHEREAS, the Company requires {want} to support its {year2} plan;",
                "!WHEREAS, should {want} be identified, the Parties intend to negotiate a definitive agreement;",
                "WHEREAS, the Company intends to identify {want} for a long-term arrangement;",
                "!WHEREAS, the Company's stated objective is \"{want}\";",
            ],
            "mixed": ["WHEREAS, the Company {act3} §and desires to work with {want};", "WHEREAS, the Company has {cap} §but lacks {want};"],
            "negseek": ["WHEREAS, the Company does not seek {a_neg}, §but rather {want};", "WHEREAS, the Company already has {a_neg} §but requires {want};"],
            "noise": ["NOW, THEREFORE, the Parties agree as follows:", "NOW THEREFORE, in consideration of the mutual covenants herein, the Parties agree:", "[signature blocks to follow]"],
        },
    },
}  # fmt: skip

# A negated want as a sentence of its own (other), placed right before the real want; the
# genres' "negseek" templates put it in the same sentence (other§seek).
NEGATIONS = {
    "zh": ["{neg}我们已经有了。", "不找{neg}。", "暂不考虑{neg}。", "{neg}方面不缺。"],
    "en": ["We already have {a_neg}.", "Not looking for {a_neg}.", "{Neg}: already covered.", "No {neg} needed."],
    "MOU zh": ["鉴于甲方现阶段不寻求{neg}；", "鉴于甲方已有{neg}；"],
    "MOU en": ["WHEREAS, the Company does not seek {a_neg};", "WHEREAS, the Company already has {a_neg};"],
}  # fmt: skip

# Want phrases. {n}: role noun; {m}: material.
WANT_ROLE = {
    ("zh", "CN"): ["美国{n}", "美国本土的{n}", "北美地区的{n}"],
    ("zh", "US"): ["中国{n}", "中国的{n}", "中国大陆的{n}"],
    ("en", "CN"): ["a US {n}", "an American {n}", "a {n} in the United States", "a {n} in North America"],
    ("en", "US"): ["a Chinese {n}", "a {n} in China", "a China-based {n}"],
}  # fmt: skip
WANT_MATERIAL = {
    ("zh", "CN"): ["{m}", "{m}货源", "进口{m}"],
    ("zh", "US"): ["{m}", "中国产{m}", "{m}货源"],
    ("en", "CN"): ["{m}", "a steady supply of {m}", "imported {m}"],
    ("en", "US"): ["{m}", "a steady supply of {m}", "{m} from China"],
}  # fmt: skip

JOBS = {
    "R": ("采购经理", "Purchasing Manager"),
    "M": ("供应链开发经理", "Sourcing Manager"),
    "D": ("渠道拓展经理", "Channel Development Manager"),
    "E": ("大客户经理", "Key Account Manager"),
}
JOBS_FOR_R = ("海外大客户经理", "International Key Account Manager")  # a supplier hunting makers

CN_PROVINCES = ["浙江", "山东", "河北", "广东", "江苏", "福建", "安徽", "四川", "湖北", "天津"]
CN_BRANDS = [
    "鼎盛",
    "华磊",
    "金川",
    "远景",
    "恒固",
    "瑞丰",
    "中砼",
    "宏基",
    "博澳",
    "旭晟",
    "宇新",
    "嘉禾",
    "泰达",
    "永固",
    "森达",
]
CN_BRANDS_EN = [
    "Hengtai",
    "Ruifeng",
    "Dingsheng",
    "Jinchuan",
    "Yuanjing",
    "Huadong",
    "Baoli",
    "Xusheng",
    "Yongan",
    "Jiahe",
]
CN_PLACES = [
    "佛山",
    "临沂",
    "唐山",
    "淄博",
    "东莞",
    "宁波",
    "苏州",
    "南安",
    "肇庆",
    "湖州",
    "成都",
    "武汉",
]
CN_PLACES_EN = [
    "Foshan",
    "Linyi",
    "Tangshan",
    "Zibo",
    "Dongguan",
    "Ningbo",
    "Suzhou",
    "Zhaoqing",
    "Huzhou",
    "Wuhan",
]
US_BRANDS = [
    "Harbor Ridge",
    "Granite Peak",
    "Cedar Hollow",
    "Blue Mesa",
    "Ironbridge",
    "Lone Pine",
    "Summit Crest",
    "Redstone",
    "Prairie Gate",
    "Coastal Oak",
    "Stonebrook",
    "Keystone Bay",
    "Ridgeway",
    "Silver Creek",
    "Bluebonnet",
    "Copper Falls",
    "Magnolia Point",
    "Eagle Bend",
    "Tall Timber",
    "North Fork",
]
US_BRANDS_ZH = ["峰岭", "蓝河", "橡树湾", "银湖", "北极星", "松岗", "石溪", "金谷"]
US_PLACES = [
    "Dallas, TX",
    "Atlanta, GA",
    "Phoenix, AZ",
    "Columbus, OH",
    "Charlotte, NC",
    "Denver, CO",
    "Tampa, FL",
    "Salt Lake City, UT",
    "Nashville, TN",
    "Sacramento, CA",
    "Houston, TX",
    "Indianapolis, IN",
]
US_PLACES_ZH = ["达拉斯", "亚特兰大", "洛杉矶", "休斯敦", "芝加哥", "西雅图", "凤凰城"]
# Role words put inside company names (sometimes not the company's own role).
NAME_ROLES_ZH = ["建材贸易", "建设工程", "制造", "供应链", "装饰工程", "实业"]
NAME_ROLES_EN = [
    "Supply",
    "Distributors",
    "Builders",
    "Contractors",
    "Manufacturing",
    "Materials",
    "Trading",
]
CUSTOMER_NAMES_EN = [
    "Lakeland Builders Inc.",
    "Southfork Roofing LLC",
    "Metro Supply Group",
    "Pinecrest Homes",
    "Allied Contractors Co.",
]
CUSTOMER_NAMES_ZH = ["中建某局", "万家装饰", "华南建材城", "保利物业", "城建集团"]
REPS_ZH = ["王磊", "小李", "陈经理", "赵婷"]
REPS_EN = ["J. Tran", "M. Ortiz", "KB", "Dana W."]
DIRECTORS = ["Alvarez", "Chen", "Whitfield", "Okafor", "Brennan"]


# ---------------------------------------------------------------------------------------------
# Generator
# ---------------------------------------------------------------------------------------------


def plural(noun: str) -> str:
    """English plural of a role noun (its last word)."""
    if re.search(r"[^aeiou]y$", noun):
        return noun[:-1] + "ies"
    if re.search(r"(s|sh|ch|x)$", noun):
        return noun + "es"
    return noun + "s"


def article(noun: str) -> str:
    """The noun with a or an."""
    return (
        "an "
        if re.match(r"[aeiouAEIO]", noun) or noun.startswith(("RTA", "SPC", "OEM", "ODM"))
        else "a "
    ) + noun


def fields_said(template: str) -> set[str]:
    """The offer fields a template says: activity, capacity, role noun, name."""
    found = set(re.findall(r"\{(\w+)\}", template))
    said = {"act" if f == "act3" else "noun" if f == "a_noun" else f for f in found}
    return said & {"act", "cap", "noun", "name"}


def fix_articles(text: str) -> str:
    """'a' before a vowel sound becomes 'an' (the noun phrases are filled in blindly)."""
    return re.sub(r"\b([Aa]) (?=[aeiouAEIO]|RTA|SPC)", r"\1n ", text)


def verbs(act: str, third: bool) -> str:
    """An activity with its ^-marked verbs in the base form or the third person singular."""

    def conj(m: re.Match[str]) -> str:
        v = m.group(1)
        if not third:
            return v
        if re.search(r"[^aeiou]y$", v):
            return v[:-1] + "ies"
        if re.search(r"(s|sh|ch|x)$", v):
            return v + "es"
        return v + "s"

    return re.sub(r"\^(\w+)", conj, act)


def chain_roles(rng: random.Random) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(stage, want) of the 4 Chinese and 7 US companies of one chain: each Chinese company's
    partner first, then the traps beside it, then the rest of the chain at random."""
    combos = [(s, w) for s in STAGES for w in NEIGHBOURS[s]]
    cn = rng.sample(combos, N_CN)
    us = [(w, s) for s, w in cn]  # each Chinese company's gold partner
    traps: list[tuple[str, str]] = []
    for s, w in rng.sample(cn, len(cn)):
        traps.append((s, w))  # a US competitor: same stage, same want
        other = [x for x in NEIGHBOURS[w] if x != s]
        if other:  # offers what the CN company seeks, seeks something else
            traps.append((w, rng.choice(other)))
        other = [x for x in NEIGHBOURS[s] if x != w]
        if other:  # wants the CN company's product, offers nothing it seeks
            traps.append((rng.choice(other), s))
    rng.shuffle(traps)
    us += traps[: N_US - len(us)]
    while len(us) < N_US:
        us.append(rng.choice(combos))
    return cn, us


class Writer:
    """Writes one company's name and description in one genre and language."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used_names: set[str] = set()
        self.hard: Counter[str] = Counter()

    def name(self, chain: str, side: str, lang: str) -> tuple[str, str]:
        """(full name, short name) of a company, unique; three in ten carry a role word."""
        rng = self.rng
        zh_words, en_words = CHAINS[chain]["words"]  # type: ignore[misc]
        for _ in range(200):
            role_word = rng.random() < 0.3
            if side == "CN" and lang == "zh":
                short = rng.choice(CN_BRANDS)
                mid = rng.choice(NAME_ROLES_ZH) if role_word else rng.choice(["", "科技", "新材料"])
                full = f"{rng.choice(CN_PROVINCES)}{short}{rng.choice(zh_words)}{mid}{rng.choice(['有限公司', '股份有限公司'])}"
            elif side == "CN":
                short = rng.choice(CN_BRANDS_EN)
                mid = f" {rng.choice(NAME_ROLES_EN)}" if role_word else ""
                full = f"{rng.choice(['Zhejiang', 'Shandong', 'Guangdong', 'Jiangsu', 'Hebei'])} {short} {rng.choice(en_words)}{mid} Co., Ltd."
            elif lang == "zh":
                short = rng.choice(US_BRANDS_ZH)
                mid = rng.choice(NAME_ROLES_ZH) if role_word else ""
                full = f"美国{short}{rng.choice(zh_words)}{mid}公司"
            else:
                short = rng.choice(US_BRANDS)
                mid = f" {rng.choice(NAME_ROLES_EN)}" if role_word else ""
                full = f"{short} {rng.choice(en_words)}{mid} {rng.choice(['LLC', 'Inc.', 'Co.', 'Corp.'])}"
            if full not in self.used_names:
                self.used_names.add(full)
                if role_word:
                    self.hard["role word in name"] += 1
                return full, short
        raise RuntimeError("ran out of names")

    def want_phrase(
        self, chain: str, side: str, lang: str, stage: str, want: str, *, material_ok: bool
    ) -> str:
        """What the company seeks: a role noun of the chain, a bare role (country only) or, for a
        maker seeking its input, the material."""
        rng = self.rng
        c = CHAINS[chain]
        r = rng.random()
        if material_ok and stage == "M" and want == "R" and r < 0.65:
            self.hard["want named by material"] += 1
            m = c["material"][0 if lang == "zh" else 1]  # type: ignore[index]
            return rng.choice(WANT_MATERIAL[lang, side]).format(m=m)
        if r > 0.8:
            self.hard["want names only role and country"] += 1
            n = rng.choice(GENERIC[lang][want])
        else:
            n = rng.choice(c[want][0 if lang == "zh" else 1])  # type: ignore[index]
        return rng.choice(WANT_ROLE[lang, side]).format(n=n)

    def served(self, chain: str, lang: str, stage: str, want: str) -> str | None:
        """Customers the company already serves, none of them of the stage it seeks."""
        rng = self.rng
        c = CHAINS[chain]
        zh = lang == "zh"
        if stage == "R":
            return None
        if stage == "E":
            return c["clients"][0 if zh else 1]  # type: ignore[index]
        if stage == "D" and want == "E":
            return (
                rng.choice(["下游二级经销商", "各地分销网点"])
                if zh
                else rng.choice(["sub-dealers", "independent retail yards"])
            )
        down = [s for s in ("D", "E") if s not in (want, stage)]
        noun = rng.choice(c[rng.choice(down)][0 if zh else 1])  # type: ignore[index]
        if zh:
            return rng.choice(
                [f"国内{noun}", f"{rng.choice(CUSTOMER_NAMES_ZH)}等{noun}", f"多家{noun}"]
            )
        return rng.choice(
            [
                plural(noun),
                f"{rng.choice(CUSTOMER_NAMES_EN)} and other {plural(noun)}",
                f"regional {plural(noun)}",
            ]
        )

    def write(
        self, chain: str, side: str, lang: str, *, genre: str, stage: str, want: str
    ) -> tuple[dict[str, str], list[list[str]]]:
        """Name and the description's segments."""
        rng = self.rng
        c = CHAINS[chain]
        g = GENRES[genre][lang]
        zh = lang == "zh"
        full, short = self.name(chain, side, lang)
        nouns_zh, nouns_en, act_zh, act_en, cap_zh, cap_en = c[stage]  # type: ignore[misc]
        noun = rng.choice(nouns_zh if zh else nouns_en)
        job = JOBS_FOR_R if stage == "R" else JOBS[want]
        if zh:
            place = rng.choice(CN_PLACES if side == "CN" else US_PLACES_ZH)
        else:
            place = rng.choice(CN_PLACES_EN if side == "CN" else US_PLACES)
        fields = {
            "name": full, "short": short, "noun": noun, "a_noun": article(noun), "place": place,
            "act": act_zh if zh else verbs(act_en, third=False), "act3": act_zh if zh else verbs(act_en, third=True),
            "cap": cap_zh if zh else cap_en, "year": rng.randint(1996, 2016), "year2": rng.choice([2026, 2027]), "ry": rng.choice([2024, 2025]),
            "date_zh": f"{rng.randint(2024, 2025)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
            "date_en": f"{rng.randint(1, 12)}/{rng.randint(1, 28)}/{rng.randint(24, 25)}",
            "rep_zh": rng.choice(REPS_ZH), "rep_en": rng.choice(REPS_EN), "director": rng.choice(DIRECTORS),
            "n": rng.randint(2, 9), "n_zh": rng.choice("二三四五六"), "job_zh": job[0], "job_en": job[1],
        }  # fmt: skip

        def fill(template: str, **extra: str) -> str:
            return template.format(**fields, **extra)

        # The want: a plain seek sentence, perhaps after a negated want (a sentence of its own,
        # or a clause: other§seek), or a sentence that says the offer first (offer§seek).
        seek_block: list[list[str]] = []
        used: set[str] = set()  # offer fields already said
        shape = rng.random()
        if shape < 0.2:
            others = [s for s in STAGES if s not in (want, stage)]
            neg = rng.choice(GENERIC[lang][rng.choice(others)])
            negs = {"neg": neg, "a_neg": article(neg), "Neg": neg[0].upper() + neg[1:]}
            w = self.want_phrase(chain, side, lang, stage, want, material_ok=True)
            self.hard["negated want"] += 1
            if shape < 0.1:
                first, second = rng.choice(g["negseek"]).split("§")  # type: ignore[attr-defined]
                seek_block += [[fill(first, **negs), "other"], [fill(second, want=w), "seek"]]
            else:
                key = f"MOU {lang}" if genre == "MOU recitals" else lang
                template = rng.choice([t for t in g["seek"] if not t.startswith("!")])  # type: ignore[attr-defined]
                seek_block += [
                    [fill(rng.choice(NEGATIONS[key]), **negs), "other"],
                    [fill(template, want=w), "seek"],
                ]
        elif shape < 0.38:
            first, second = rng.choice(g["mixed"]).split("§")  # type: ignore[attr-defined]
            w = self.want_phrase(chain, side, lang, stage, want, material_ok=True)
            seek_block += [[fill(first), "offer"], [fill(second, want=w), "seek"]]
            used |= fields_said(first)
        else:
            template = rng.choice(g["seek"])  # type: ignore[arg-type]
            role_only = template.startswith("!")
            w = self.want_phrase(chain, side, lang, stage, want, material_ok=not role_only)
            seek_block.append([fill(template.lstrip("!"), want=w), "seek"])

        # The offer: one or two sentences that do not repeat what was said (activity, capacity),
        # perhaps naming customers already served.
        offers: list[list[str]] = []
        templates = list(g["offer"])  # type: ignore[call-overload]
        rng.shuffle(templates)
        for t in templates[: 1 if used else rng.choice([1, 1, 2, 2, 3])]:
            said = fields_said(t)
            if said & used or (said == {"name"} and offers):
                continue
            offers.append([fill(t), "offer"])
            used |= said
            if len(offers) == 2:
                break
        served = self.served(chain, lang, stage, want)
        if served and rng.random() < 0.3:
            offers.insert(
                rng.randint(0, len(offers)), [fill(rng.choice(g["served"]), served=served), "offer"]
            )  # type: ignore[arg-type]
            self.hard["customers served named in offer"] += 1
        if not offers and not used:
            offers.append([fill(rng.choice(g["offer"])), "offer"])  # type: ignore[arg-type]

        # Noise, and the order: the want first, in the middle or last.
        noise = [[fill(t), "other"] for t in rng.sample(g["noise"], rng.choice([0, 1, 1, 2]))]  # type: ignore[arg-type]
        body = offers + noise
        if rng.random() < 0.3:
            rng.shuffle(body)
        at = rng.randint(0, len(body))
        body = body[:at] + seek_block + body[at:]
        if genre == "MOU recitals":  # no noise among recitals; the defining recital first
            body = [p for p in body if p not in noise]
            body.sort(key=lambda p: "以下简称" not in p[0] and '(the "Company")' not in p[0])
            if rng.random() < 0.7:
                body.append([rng.choice(g["noise"]), "other"])  # type: ignore[arg-type]
        parts = ([[fill(rng.choice(g["header"])), "other"]] if rng.random() < 0.8 else []) + body  # type: ignore[arg-type]

        # Join: the genre's joiner ends every piece but the last, unless the piece already ends
        # in a line break or runs on into the next clause ("，", ", ", "; ").
        joiner = str(g["joiner"])
        for p in parts[:-1]:
            if not p[0].endswith(("\n", " ", "，")):
                p[0] += joiner
        if not zh:
            for p in parts:
                p[0] = fix_articles(p[0])
        return {lang: full}, parts


def build() -> tuple[dict[str, object], dict[str, object], dict[str, list[list[str]]]]:
    """The profiles document, the gold file and the segments."""
    rng = random.Random(SEED)
    writer = Writer(rng)
    genres = list(GENRES)
    plan: list[tuple[str, str, str, str]] = []  # (chain, side, stage, want)
    for chain in CHAINS:
        cn, us = chain_roles(rng)
        plan += [(chain, "CN", s, w) for s, w in cn] + [(chain, "US", s, w) for s, w in us]
    orgs: list[dict[str, object]] = []
    segments: dict[str, list[list[str]]] = {}
    roles: dict[str, str] = {}
    genre_of: dict[str, str] = {}
    for side, n in (("CN", N_CN * len(CHAINS)), ("US", N_US * len(CHAINS))):
        idx = [i for i, p in enumerate(plan) if p[1] == side]
        side_genres = (genres * n)[:n]
        rng.shuffle(side_genres)
        # about one in ten writes the other language, spread over the genres
        order = rng.sample(genres, len(genres))
        flip: set[int] = set()
        while len(flip) < round(n / 10):
            genre = order[len(flip) % len(order)]
            flip.add(rng.choice([k for k in range(n) if side_genres[k] == genre and k not in flip]))
        for k, i in enumerate(idx):
            chain, _, stage, want = plan[i]
            lang = (
                ("zh" if side == "CN" else "en")
                if k not in flip
                else ("en" if side == "CN" else "zh")
            )
            genre = side_genres[k]
            oid = f"{PREFIX}{side.lower()}{k + 1:03d}"
            name, parts = writer.write(chain, side, lang, genre=genre, stage=stage, want=want)
            orgs.append(
                {
                    "id": oid,
                    "side": side,
                    "name": name,
                    "description": {lang: "".join(p[0] for p in parts)},
                }
            )
            segments[oid] = parts
            roles[oid] = f"{chain}:{stage}>{want}"
            genre_of[oid] = genre
    partners: dict[str, list[str]] = {}
    for a in orgs:
        for b in orgs:
            ca, sa, wa = re.split(r"[:>]", roles[str(a["id"])])
            cb, sb, wb = re.split(r"[:>]", roles[str(b["id"])])
            if a["side"] != b["side"] and ca == cb and sa == wb and sb == wa:
                partners.setdefault(str(a["id"]), []).append(str(b["id"]))
    profiles = {"format": "tradebridge-profiles/1", "organizations": orgs}
    gold = {
        "partners": partners,
        "roles": roles,
        "split": dict.fromkeys(roles, "corpus"),
        "genres": genre_of,
    }
    check(profiles, gold, segments)
    summarize(orgs, gold, writer.hard)
    return profiles, gold, segments


# The chain names already used by the other sets (from the brief).
USED_NAMES = (
    "airfilter aligner am amenity animation backpack bamboo bearing bed beer berry bicycle billiards boardgame boba boiler bottle bowling "
    "bpmonitor brake cable candle carpet cart carton carwash casket chair charging clipper cnc cocoa coffee coldchain compressor cone "
    "conveyor cookware cosmetics crucible crusher cup dairy deicer desal desk dialyzer diaper dinnerware drillbit drone dryer drywall "
    "dumpling ebike ebus egg electrolyser elevator epoxy excavator extinguisher eyewear fastener faucet fertilizer firework flour footwear "
    "forklift fries furniture garlic garment gearbox generics ginseng glove golf greenhouse grindwheel guitar h2tank hairdryer hearingaid "
    "heatexchanger heatpump helmet hoist honey hose hottub hydcyl icecream imaging implant insulator intumescent inverter ivd juice kayak "
    "keg knife ladder lanyard laundry led lithium locker lubricant luggage mattress medal meddev mold motor mower mushroom netpen nuts "
    "oliveoil oven padlock paint pallet peach pencil perfume petfood phonecase piano pickle pickleball pillow pipe powerchip printing pump "
    "pv railcar reagent ricenoodle robot saddle sandwichpanel sausage sawblade scaffold scooter scrubs seafood seating sewing socks "
    "solarheater soy spice spring storage stroller sugar syringe tackle tape tea tent tile toothbrush towel toy trampoline transformer "
    "treadmill truckscale tuna turf turnout tyre umbrella valve vase vending vinegar visioncam wallcovering wallet wastecart wastewater "
    "watermeter weldwire wheelchair wig wind window wine wrench xmastree yogamat zipper"
)
USED = set(USED_NAMES.split())


def check(
    profiles: dict[str, object], gold: dict[str, object], segments: dict[str, list[list[str]]]
) -> None:
    """Refuse to write an inconsistent corpus."""
    orgs = profiles["organizations"]
    assert isinstance(orgs, list)
    ids = [o["id"] for o in orgs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert not USED & set(CHAINS), "a chain name is already used"
    assert len(CHAINS) == 10
    roles, partners = gold["roles"], gold["partners"]
    assert isinstance(roles, dict) and isinstance(partners, dict)
    for o in orgs:
        oid, side = o["id"], o["side"]
        assert re.fullmatch(rf"{PREFIX}{side.lower()}\d{{3}}", oid), oid
        chain, stage, want = re.split(r"[:>]", roles[oid])
        assert chain in CHAINS and stage in STAGES and want in NEIGHBOURS[stage], roles[oid]
        ((lang, text),) = o["description"].items()
        assert lang in ("zh", "en") and list(o["name"]) == [lang]
        assert "".join(t for t, _ in segments[oid]) == text, oid
        kinds = [k for _, k in segments[oid]]
        assert set(kinds) <= {"offer", "seek", "other"} and "offer" in kinds and "seek" in kinds, (
            oid
        )
        assert (
            all(t for t, _ in segments[oid])
            and "{" not in text
            and "§" not in text
            and "!" not in text[:1]
        ), oid
        if side == "CN":
            assert partners.get(oid), f"{oid} has no partner"
        for p in partners.get(oid, []):
            assert roles[p].split(":")[0] == chain
    sides = Counter(o["side"] for o in orgs)
    assert sides == {"CN": N_CN * 10, "US": N_US * 10}, sides
    for lang, idx in (("zh", 0), ("en", 1)):
        for s in STAGES:
            assert len({n for c in CHAINS.values() for n in c[s][idx]}) >= 5, (lang, s)  # type: ignore[index]


def summarize(orgs: list[dict[str, object]], gold: dict[str, object], hard: Counter[str]) -> None:
    """Print counts per genre, language and role, and the hard cases."""
    genres = gold["genres"]
    roles = gold["roles"]
    assert isinstance(genres, dict) and isinstance(roles, dict)
    langs = {str(o["id"]): next(iter(o["description"])) for o in orgs}  # type: ignore[call-overload]
    by_gl = Counter((genres[i], langs[i]) for i in langs)
    print(f"{len(orgs)} organizations, {len(gold['partners'])} with a partner")  # type: ignore[arg-type]
    for g in GENRES:
        print(f"  {g:14s} zh {by_gl[g, 'zh']:3d}  en {by_gl[g, 'en']:3d}")
    sides = Counter((o["side"], langs[str(o["id"])]) for o in orgs)
    print("  side/lang:", dict(sorted(sides.items())))
    print("  roles:", dict(sorted(Counter(r.split(":")[1] for r in roles.values()).items())))
    print("  hard cases:", dict(hard))


def main() -> None:
    """Write the corpus, its gold file and its segments."""
    profiles, gold, segments = build()
    for name, data in (
        ("roles_corpus5", profiles),
        ("roles_corpus5_gold", gold),
        ("roles_corpus5_segments", segments),
    ):
        (HERE / f"{name}.json").write_text(
            json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8"
        )
        print(f"wrote {name}.json")


if __name__ == "__main__":
    main()
