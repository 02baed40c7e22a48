# ruff: noqa: E501  (the templates and role phrases are data; wrapping them would only hurt reading)
"""Write the twentieth held-out ROLE set: ``roles_holdout20.json`` / ``roles_holdout20_gold.json``.

    python bench/recommend/make_holdout20.py

A blind test set for the partner recommender, written on 2026-12-05 by a helper session that
neither read nor ran the engine (nor its sources, docs, results or the other recent held-out
sets); only ``make_holdout6.py`` and ``roles_train*.json`` were read, for the format. Nothing is
fitted or tuned on it. Standard library only and deterministic (``random.Random(SEED)``).

* ten value chains in products none of the earlier sets used: violins, window blinds, gummy
  candy, drip irrigation, silk fabric, pallet racking, graphite electrodes, printed circuit
  boards, seaweed snacks and camper trailers; each with stages R (raw material or key component),
  M (maker), D (distributor, importer, agent) and E (end buyer or user), two or three
  trade-specific role nouns per stage and language;
* 4 Chinese and 7 US companies per chain. Each Chinese company has at least one gold US partner
  and, beside it, a US competitor (same stage, same want), a US company offering what it seeks
  but seeking something else, and one wanting its product while offering nothing it seeks
  (where the stages allow), then the rest of the chain;
* five ways of writing, spread evenly over both sides and both languages: quarterly OKR sheets,
  weekly work reports, award entries, radio / trade-fair PA spot scripts and web-page SEO
  metadata blocks; per genre and language at least six offer and six want templates (want first,
  in the middle or last; with and without verbs of wanting; third person, quotation, label,
  question, condition or plan), header and noise lines, light typing noise;
* hard cases: customers already served named in the offer, negated wants ("不找贸易商"), role
  words in company names that differ from the company's stage, wants naming only a generic role
  and a country, and wants of an input named by its material ("LLDPE resin", "针状焦").

A pair is gold when it is in one chain, the stage of each is what the other seeks (both ways).
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20261205
STAGE_KEYS = ("R", "M", "D", "E")
NEIGHBOURS = {"R": ("M",), "M": ("R", "D", "E"), "D": ("M", "E"), "E": ("M", "D")}
DOWNSTREAM = {"R": ("M",), "M": ("D", "E"), "D": ("E",), "E": ()}

# ---------------------------------------------------------------------------------------------
# Data tables
# ---------------------------------------------------------------------------------------------

# stage -> (Chinese role nouns, English role nouns, Chinese details, English details)
Stage = tuple[list[str], list[str], list[str], list[str]]
# key, product (zh, en), the R stage's output as a material (zh, en), stages
Chain = tuple[str, tuple[str, str], tuple[str, str], dict[str, Stage]]

CHAINS: list[Chain] = [
    ("violin", ("小提琴", "violins"), ("云杉、枫木音板料", "aged spruce and flamed maple tonewood"), {
        "R": (["音板木材供应商", "云杉枫木板材商", "乐器木材加工厂"],
              ["tonewood supplier", "spruce and maple sawmill", "instrument-wood merchant"],
              ["自有风干仓，木料存放五年以上", "年供面板、背板20万片"],
              ["billets air-dried for five years or more", "about 200,000 tops and backs a year"]),
        "M": (["提琴制作工坊", "弦乐器制造厂", "小提琴生产企业"],
              ["violin workshop", "string instrument maker", "bowed-instrument factory"],
              ["年产小提琴、中提琴4万把", "学生琴与大师琴两条线并行"],
              ["40,000 violins and violas a year", "student and workshop-grade instruments side by side"]),
        "D": (["乐器批发商", "弦乐器进口经销商", "琴行供货商"],
              ["band-and-orchestra dealer", "string instrument importer", "music-store wholesaler"],
              ["向600家琴行供货", "常备库存琴3000把"],
              ["600 music stores supplied", "3,000 instruments in stock"]),
        "E": (["音乐培训学校", "青少年交响乐团", "中小学器乐教育项目"],
              ["school music program", "youth orchestra", "instrument rental program"],
              ["在校学员1.2万人", "每年新开弦乐班80个"],
              ["12,000 students enrolled", "9,000 instruments out on rent to families"]),
    }),
    ("blinds", ("百叶窗帘", "window blinds"), ("阳光面料和铝合金百叶带", "screen fabric and aluminium slat coil"), {
        "R": (["遮阳面料织造厂", "铝百叶带材供应商", "卷帘面料生产商"],
              ["sunscreen fabric mill", "aluminium slat coil supplier", "roller-shade fabric weaver"],
              ["遮光与半遮光面料年产1500万平方米", "涂层线6条"],
              ["15 million square metres of blackout and screen fabric a year", "six coating lines"]),
        "M": (["百叶窗帘制造商", "电动卷帘工厂", "遮阳产品生产企业"],
              ["blinds manufacturer", "motorized shade fabricator", "window-covering factory"],
              ["定制卷帘日产8000樘", "电机与轨道自主配套"],
              ["8,000 made-to-measure shades a day", "in-house motors and headrails"]),
        "D": (["窗饰批发商", "遮阳产品代理商", "软装材料经销商"],
              ["window-covering distributor", "blinds wholesaler", "shade dealer network"],
              ["覆盖装修公司2000家", "区域总代理，自有仓配"],
              ["2,000 installers served", "regional master distribution with own trucks"]),
        "E": (["连锁酒店集团", "长租公寓运营商", "写字楼物业管理公司"],
              ["hotel group", "multifamily property manager", "office fit-out contractor"],
              ["旗下酒店260家，每年翻新客房上万间", "管理公寓4万套"],
              ["260 hotels with rolling room renovations", "40,000 apartments under management"]),
    }),
    ("gummy", ("软糖", "gummy candy"), ("明胶和果胶", "bovine gelatin and citrus pectin"), {
        "R": (["明胶生产企业", "果胶供应商", "糖果配料商"],
              ["gelatin producer", "pectin supplier", "confectionery ingredient house"],
              ["明胶年产1.8万吨", "冻力与粘度可按配方定制"],
              ["18,000 tonnes of gelatin a year", "bloom strength made to spec"]),
        "M": (["软糖代工厂", "糖果生产企业", "休闲食品工厂"],
              ["gummy contract manufacturer", "confectionery plant", "candy maker"],
              ["浇模线12条，日产软糖90吨", "可做无糖、植物基配方"],
              ["twelve depositing lines, 90 tonnes a day", "sugar-free and vegan recipes"]),
        "D": (["糖果进口商", "零食批发商", "休闲食品经销商"],
              ["candy importer", "confectionery broker", "snack wholesaler"],
              ["对接商超系统30个", "自有温控仓2万平方米"],
              ["placement in 30 grocery banners", "a 200,000 sq ft temperature-controlled warehouse"]),
        "E": (["连锁便利店", "影院连锁", "零食量贩店"],
              ["convenience store chain", "movie theater chain", "bulk-candy retailer"],
              ["门店3500家", "年销售糖果超过千吨"],
              ["3,500 stores", "1,000 tonnes of candy sold a year"]),
    }),
    ("drip", ("滴灌带", "drip irrigation tape"), ("PE颗粒料", "LLDPE resin"), {
        "R": (["聚乙烯料供应商", "滴头注塑件配套厂", "塑料母粒生产企业"],
              ["polyethylene resin supplier", "emitter parts molder", "masterbatch compounder"],
              ["PE改性料年产8万吨", "抗紫外母粒配方成熟"],
              ["80,000 tonnes of PE compound a year", "UV-stable masterbatch grades"]),
        "M": (["滴灌带生产厂家", "节水灌溉设备制造商", "灌溉管材企业"],
              ["drip tape manufacturer", "micro-irrigation equipment maker", "irrigation extruder"],
              ["滴灌带年产15亿米", "内镶贴片式与迷宫式均可生产"],
              ["1.5 billion metres of drip tape a year", "flat and cylindrical emitter lines"]),
        "D": (["农资经销商", "灌溉设备代理商", "节水材料批发商"],
              ["irrigation dealer", "farm supply distributor", "ag-equipment wholesaler"],
              ["县级网点120个", "兼做灌溉工程设计"],
              ["120 branches across farm country", "system design for growers"]),
        "E": (["大型农场", "果园种植基地", "蔬菜种植合作社"],
              ["vegetable grower", "almond orchard operator", "vineyard management company"],
              ["种植面积3万亩", "棉花与加工番茄轮作"],
              ["12,000 irrigated acres", "almonds and pistachios on drip"]),
    }),
    ("silk", ("真丝面料", "silk fabric"), ("桑蚕丝生丝", "mulberry raw silk"), {
        "R": (["缫丝厂", "蚕茧收购站", "桑蚕养殖基地"],
              ["raw silk reeler", "cocoon supplier", "sericulture cooperative"],
              ["年产生丝600吨", "6A级生丝占比过半"],
              ["600 tonnes of raw silk a year", "mostly 6A grade"]),
        "M": (["丝绸织造厂", "真丝面料生产企业", "丝绸印染厂"],
              ["silk weaving mill", "silk mill", "silk printer and weaver"],
              ["喷水织机300台，年产真丝面料800万米", "数码印花日产2万米"],
              ["eight million metres of charmeuse and crepe a year", "digital printing at 20,000 metres a day"]),
        "D": (["面料贸易商", "丝绸进出口公司", "布行"],
              ["textile jobber", "silk fabric importer", "fabric agent"],
              ["设有面料展厅", "常备现货色号400个"],
              ["a fabric showroom", "400 colors held in stock"]),
        "E": (["女装品牌", "婚纱礼服定制公司", "家居服品牌"],
              ["womenswear label", "bridal gown house", "sleepwear brand"],
              ["年产成衣60万件", "线下门店120家"],
              ["600,000 garments a year", "sold in 120 boutiques"]),
    }),
    ("racking", ("仓储货架", "pallet racking"), ("冷轧钢带和镀锌卷", "cold-rolled and galvanized steel coil"), {
        "R": (["冷轧钢带供应商", "钢材加工配送中心", "镀锌卷板厂"],
              ["cold-rolled strip supplier", "steel service center", "galvanized coil mill"],
              ["月供钢带3万吨", "分条、开平一站完成"],
              ["30,000 tons a month", "slitting and cut-to-length in house"]),
        "M": (["仓储货架制造商", "立体库货架工厂", "重型货架生产企业"],
              ["rack manufacturer", "storage-rack roll-former", "pallet racking producer"],
              ["滚压成型线20条", "横梁式、驶入式与穿梭车货架均可生产"],
              ["twenty roll-forming lines", "selective, drive-in and shuttle systems"]),
        "D": (["物流设备集成商", "仓储设备经销商", "货架安装服务商"],
              ["material handling dealer", "rack integrator", "warehouse equipment distributor"],
              ["年完成仓库项目300个", "持有安装资质"],
              ["300 warehouse projects a year", "certified installation crews"]),
        "E": (["第三方物流企业", "电商仓储运营商", "冷库运营公司"],
              ["3PL operator", "e-commerce fulfillment company", "grocery distribution center"],
              ["在营仓库面积150万平方米", "每年新开仓库10座"],
              ["16 million sq ft of warehouse space", "ten new buildings opened a year"]),
    }),
    ("electrode", ("石墨电极", "graphite electrodes"), ("针状焦", "petroleum needle coke"), {
        "R": (["针状焦生产企业", "石油焦煅烧厂", "炭素原料供应商"],
              ["needle coke producer", "calcined coke supplier", "carbon feedstock refiner"],
              ["针状焦年产10万吨", "油系与煤系均有"],
              ["100,000 tonnes of needle coke a year", "both petroleum and coal-tar grades"]),
        "M": (["石墨电极生产商", "炭素制品厂", "超高功率电极企业"],
              ["graphite electrode maker", "carbon products plant", "UHP electrode producer"],
              ["年产UHP电极6万吨", "规格覆盖φ300至φ750"],
              ["60,000 tonnes of UHP electrodes a year", "diameters from 12 to 30 inches"]),
        "D": (["冶金耗材贸易商", "电极进口代理", "炉料经销商"],
              ["metallurgical consumables trader", "electrode stockist", "mill supply agent"],
              ["保税仓常年备货", "服务钢厂40余家"],
              ["bonded stock at two ports", "40 mills serviced"]),
        "E": (["电炉炼钢厂", "铁合金冶炼企业", "特钢集团"],
              ["EAF steel mini-mill", "ferroalloy smelter", "specialty steel producer"],
              ["电炉4座，年产钢300万吨", "硅锰合金年产20万吨"],
              ["four arc furnaces, three million tons of steel", "200,000 tons of silicomanganese"]),
    }),
    ("pcb", ("印制电路板", "printed circuit boards"), ("FR-4覆铜板", "FR-4 laminate and prepreg"), {
        "R": (["覆铜板生产企业", "电子铜箔供应商", "PCB基材厂"],
              ["copper-clad laminate maker", "copper foil supplier", "PCB materials house"],
              ["覆铜板月产300万张", "高频高速材料已量产"],
              ["three million sheets of laminate a month", "high-speed grades in volume"]),
        "M": (["线路板厂", "PCB制造商", "HDI板生产企业"],
              ["PCB fabricator", "board shop", "high-density board manufacturer"],
              ["月产能8万平方米", "可做2到24层"],
              ["80,000 square metres a month", "2 to 24 layers"]),
        "D": (["电子元器件分销商", "PCB贸易公司", "板卡采购代理"],
              ["electronics distributor", "PCB broker", "board sourcing agent"],
              ["服务中小客户3000家", "快板打样对接"],
              ["3,000 small-volume customers", "quick-turn prototype sourcing"]),
        "E": (["电子代工厂", "智能硬件品牌", "汽车电子企业"],
              ["EMS provider", "consumer electronics brand", "automotive electronics supplier"],
              ["SMT产线40条", "年出货控制器500万台"],
              ["40 SMT lines", "five million controllers a year"]),
    }),
    ("seaweed", ("海苔零食", "seaweed snacks"), ("干紫菜原藻", "dried laver sheets"), {
        "R": (["紫菜养殖场", "海藻原料加工厂", "紫菜收购商"],
              ["nori farm", "seaweed grower", "kelp harvester"],
              ["养殖海区5万亩", "一次加工紫菜年产3亿张"],
              ["20,000 acres of sea farms", "300 million raw sheets a year"]),
        "M": (["海苔零食加工厂", "即食海苔生产企业", "调味海苔工厂"],
              ["seaweed snack maker", "roasted-seaweed processor", "snack co-packer"],
              ["烘烤调味线15条", "可做海苔脆片与夹心海苔"],
              ["fifteen roasting lines", "thins, rolls and sandwiches"]),
        "D": (["进口食品经销商", "亚洲食品批发商", "休闲食品代理商"],
              ["Asian food importer", "specialty food distributor", "grocery broker"],
              ["覆盖商超1500家", "冷链与常温配送"],
              ["1,500 grocery stores reached", "direct store delivery"]),
        "E": (["连锁超市", "寿司连锁餐厅", "团餐配送企业"],
              ["supermarket chain", "sushi restaurant group", "school lunch caterer"],
              ["门店420家", "日供餐10万份"],
              ["420 stores", "100,000 meals a day"]),
    }),
    ("camper", ("房车", "camper trailers"), ("玻璃钢复合板", "fiberglass composite sidewall panels"), {
        "R": (["底盘与车桥供应商", "房车配件厂", "玻璃钢板材生产商"],
              ["axle and chassis supplier", "RV component maker", "composite panel supplier"],
              ["车桥年产12万根", "复合板月产20万平方米"],
              ["120,000 axles a year", "composite panels by the truckload"]),
        "M": (["房车制造商", "旅居车改装厂", "露营拖车生产企业"],
              ["RV manufacturer", "camper van upfitter", "travel trailer builder"],
              ["年产拖挂房车6000台", "车身与家具自行设计"],
              ["6,000 travel trailers a year", "in-house cabinetry and frames"]),
        "D": (["房车经销商", "露营装备进口商", "房车销售服务中心"],
              ["RV dealer", "camper importer", "RV dealership group"],
              ["展厅4家，售后工位30个", "年销房车800台"],
              ["four lots and thirty service bays", "800 units sold a year"]),
        "E": (["营地运营公司", "房车租赁平台", "文旅度假区"],
              ["campground operator", "RV rental fleet", "glamping resort"],
              ["在营营地35个", "出租车队700台"],
              ["35 campgrounds", "a rental fleet of 700 units"]),
    }),
]  # fmt: skip

# a want naming only the role (and the country)
GENERIC = {
    "zh": {"R": ["原料供应商", "上游供应商", "配件供应商"], "M": ["工厂", "生产商", "制造商"],
           "D": ["经销商", "进口商", "代理商"], "E": ["终端客户", "采购方", "终端用户"]},
    "en": {"R": ["supplier", "materials supplier", "component vendor"], "M": ["manufacturer", "factory", "producer"],
           "D": ["distributor", "importer", "sales agent"], "E": ["end user", "volume buyer", "end customer"]},
}  # fmt: skip

# role words put into company names; a name may carry the word of another stage (hard case)
NAME_ROLE = {
    "zh": {"R": ["材料", "原料"], "M": ["制造", "工业"], "D": ["贸易", "商贸", "进出口"]},
    "en": {"R": ["Materials", "Raw Materials"], "M": ["Manufacturing", "Industries", "Works"],
           "D": ["Trading", "Distributors", "Import & Export"]},
}  # fmt: skip
ZH_BRANDS = ["恒瑞", "嘉禾", "润丰", "博远", "鑫达", "华晟", "凯泰", "天沐", "中祥", "永锦", "汇川", "安邦",
             "通利", "宏图", "明越", "金穗", "蓝海", "益昌", "德胜", "瑞麟"]  # fmt: skip
PINYIN_BRANDS = ["Hengrui", "Jiahe", "Runfeng", "Boyuan", "Xinda", "Huasheng", "Kaitai", "Yongjin"]
US_BRANDS = [("Northstar", "北极星"), ("Bluewater", "蓝水"), ("Ironwood", "铁木"), ("Lakeshore", "湖岸"),
             ("Redfield", "红野"), ("Summit Ridge", "峰岭"), ("Cedar Hollow", "雪松谷"), ("Granite Bay", "花岗湾"),
             ("Prairie Line", "草原线"), ("Harbor Point", "港角"), ("Copperhill", "铜山"), ("Westbrook", "西溪"),
             ("Silver Creek", "银溪"), ("Oakmont", "橡山"), ("Tidewater", "潮水"), ("Keystone", "基石")]  # fmt: skip
ZH_SUFFIX = ["有限公司", "股份有限公司", "集团", "实业有限公司", "科技有限公司"]
EN_SUFFIX = ["Inc.", "LLC", "Co.", "Group", "Holdings", "Corp."]
ZH_PEOPLE = ["王磊", "李娜", "陈静", "赵峰", "刘洋", "周婷"]
EN_PEOPLE = ["Dana K.", "M. Ortiz", "J. Park", "Sam R.", "T. Nguyen", "Becca L."]

COUNTRY = {  # (writer's side, language) -> (noun forms, adjective forms) of the partner's country
    ("CN", "zh"): (["美国", "美国", "北美", "美国本土"], ["美国"]),
    ("US", "zh"): (["中国", "中国", "中国大陆"], ["中国"]),
    ("CN", "en"): (["the US", "the United States", "North America"], ["American", "US"]),
    ("US", "en"): (["China", "mainland China"], ["Chinese", "China-based"]),
}

SERVED = {
    "zh": ["，已为{cb}等{cust}供货", "，现有客户包括{cust}{cb}", "，长期服务{cust}二十余家", "（老客户：{cb}，一家{cust}）"],
    "en": [", already supplying {eb}, {a_cust}", "; current accounts include {a_cust} ({eb})",
           ", serving {a_cust} and two more like it", " (existing customer: {eb}, {a_cust})"],
}  # fmt: skip
NEGATION = {
    "zh": ["不找{neg}。", "（{neg}勿扰）", "暂不考虑{neg}。", "注：不是{neg}。", "{neg}就不必了。"],
    "en": ["Not {a_neg}.", "(No {neg} pitches, please.)", "We are not after {a_neg}.",
           "Note: {a_neg} is not what we need.", "{A_neg}? Not this time."],
}  # fmt: skip

# Each genre and language: head (optional first line), offer and want templates (the want with a
# role noun ``{t}``/``{tb}``, or a material ``{m}`` in "mat"), noise lines, and the line joiner.
GENRES: dict[str, dict[str, dict[str, object]]] = {
    "okr": {
        "zh": {
            "extra": ["补充：{x}。", "KR1：{x}，保持。"],
            "head": ["2027年Q1 OKR（{name}·海外业务部）", "OKR草稿 v2 —— 出口线", "【Q2目标拆解】负责人：{person}"],
            "offer": ["O1：巩固{noun}的基本盘——{detail}{served}。",
                      "背景：我司是{noun}，{detail}{served}。",
                      "现状｜{name}，{noun}，{detail}",
                      "O0（已完成）：{detail}，{noun}定位确立{served}。",
                      "KR0 基线：{detail}（{noun}）",
                      "我们是谁：{noun}。{detail}{served}。"],
            "want": ["O2：Q2前签下第一家{cty}{t}。",
                     "KR2：与至少3家{cty}{t}完成样品确认。",
                     "KR3 目标伙伴：{cty}{t}",
                     "如果能找到合适的{cty}{t}，下半年出口额翻番。",
                     "O3 待定：{cty}{t}从哪儿找？展会还是平台？",
                     "老板原话：“今年一定要把{cty}{t}谈下来。”",
                     "风险项：{cty}{t}迟迟没有落地（负责人：{person}）"],
            "mat": ["KR4：锁定{cty}{m}稳定货源，全年不断料。", "O4 原料端：{m}——{cty}来源？"],
            "noise": ["（草稿，勿外传）", "更新于 12/03", "状态：🟡 进行中", "owner: {person} / 待确认", "——", "v3 final final"],
            "sep": "\n",
        },
        "en": {
            "extra": ["Also: {X}.", "KR 1.1: {x}, hold."],
            "head": ["Q1 2027 OKRs — {name}, export team", "OKR draft v2 (export line)", "Q2 objectives — owner: {person}"],
            "offer": ["Objective 1: stay the {noun} of choice — {detail}{served}.",
                      "Context: {name} is {a_noun}; {detail}.",
                      "Baseline (Q4): {Detail}. Role: {noun}.",
                      "Who we are — {a_noun}{served}. {Detail}.",
                      "O0 (done): {detail}, positioned as {a_noun}.",
                      "Starting point for {name}, {a_noun}: {detail}."],
            "want": ["O2: sign our first {adj} {tb} by end of Q2.",
                     "KR 2.1 — three qualified leads, each {t} in {cty}.",
                     "Target partner: {t} ({adj})",
                     "If we land {t} in {cty}, export revenue doubles.",
                     "Open question: where do we find {t} in {cty}?",
                     "CEO: \"This is the year we get {t} from {cty} on board.\"",
                     "Risk: still no {adj} {tb} lined up (owner: {person})."],
            "mat": ["KR 4.2: lock in a {adj} source of {m}, no stock-outs.", "O4 inputs: {m} — from {cty}?"],
            "noise": ["(draft, internal)", "updated 12/03", "status: 🟡 on track-ish", "owner: {person} / TBC", "---", "v3 FINAL final"],
            "sep": "\n",
        },
    },
    "weekly": {
        "zh": {
            "extra": ["补充：{x}。", "{x}，无变化。"],
            "head": ["【周报】第{wk}周 外贸部 {person}", "周报 {date}｜{name}", "第{wk}周工作小结"],
            "offer": ["公司简况（供新同事参考）：{name}是{noun}，{detail}{served}。",
                      "本周完成：更新公司介绍——{noun}，{detail}。",
                      "产能情况：{detail}，作为{noun}排产正常{served}。",
                      "1. 常规工作：{noun}业务照常，{detail}。",
                      "备注：我们的定位仍是{noun}（{detail}）。",
                      "数据：{detail}｜{noun}｜{name}"],
            "want": ["下周计划：继续联系{cty}{t}。",
                     "重点跟进：{cty}{t}（目前0家）",
                     "问题：{cty}{t}回复率低，怎么破？",
                     "领导批示：“{cty}{t}是今年头等大事。”",
                     "如果{cty}{t}年底前谈成，明年预算追加。",
                     "待办 - 整理{cty}{t}名单、发样",
                     "本周未完成：与{cty}{t}的对接会议，顺延。"],
            "mat": ["下周计划：落实{cty}{m}货源。", "采购缺口：{m}，优先考虑{cty}货源"],
            "noise": ["（本周请假半天）", "附件略", "2. 报销已提交", "打卡异常1次", "以上。"],
            "sep": "\n",
        },
        "en": {
            "extra": ["Also: {X}.", "{X} — no change."],
            "head": ["Weekly report — wk {wk} — {person}", "Status report, week ending {date}", "WEEK {wk} | {name}"],
            "offer": ["Company snapshot for new hires: {name}, {a_noun}, {detail}{served}.",
                      "Done this week: refreshed our profile as {a_noun} ({detail}).",
                      "Capacity: {detail}; {noun} operations normal{served}.",
                      "1) Business as usual on the {noun} side — {detail}.",
                      "Note: we are still positioning {name} as {a_noun}.",
                      "Numbers | {detail} | {noun}"],
            "want": ["Next week: keep working the list of {adj} {tb} prospects.",
                     "Priority follow-up: {t} in {cty} (0 signed so far)",
                     "Blocker: no reply yet from any {tb} in {cty}. Ideas?",
                     "From the VP: \"Finding {t} in {cty} is job one this year.\"",
                     "If we close {t} in {cty} by December, budget goes up next year.",
                     "To do - build the {adj} {tb} shortlist, send samples",
                     "Carried over: intro call with {t} from {cty}."],
            "mat": ["Next week: pin down a {adj} source of {m}.", "Sourcing gap: {m} — preferably from {cty}"],
            "noise": ["(out Fri afternoon)", "2) expenses filed", "attachments n/a", "PTO next wk", "that's all."],
            "sep": "\n",
        },
    },
    "award": {
        "zh": {
            "extra": ["此外，{x}。", "{x}。"],
            "head": ["【年度外贸新锐奖·参评申报】", "申报类别：跨境合作", "参评材料摘要："],
            "offer": ["申报单位：{name}（{noun}）。",
                      "{name}作为{noun}，{detail}{served}，成绩突出。",
                      "申报理由一：身为{noun}，{detail}。",
                      "申报单位是一家{noun}，{detail}。",
                      "所属类别：{noun}；亮点：{detail}{served}。",
                      "评审要点：{name}这家{noun}，{detail}。"],
            "want": ["申报单位下一步计划引入{cty}{t}，拓展国际合作。",
                     "据申报材料，其正在寻找{cty}{t}。",
                     "发展方向：对接{cty}{t}。",
                     "企业负责人表示：“我们缺的是一家靠谱的{cty}{t}。”",
                     "若能与{cty}{t}建立合作，有望成为行业标杆。",
                     "评审提问：与{cty}{t}的合作何时落地？"],
            "mat": ["申报单位计划从{cty}稳定采购{m}。", "原料端短板：{m}，拟开辟{cty}来源。"],
            "noise": ["（材料第3/5页）", "推荐单位盖章处略。", "字数限制300字。", "佐证材料另附。"],
            "sep": "",
        },
        "en": {
            "extra": ["In addition: {x}.", "{X}."],
            "head": ["Export Excellence Awards 2027 — entry statement.", "Category: cross-border partnership.", "Entry summary:"],
            "offer": ["Entrant: {name} ({noun}).",
                      "{name}, {a_noun}, stands out: {detail}{served}.",
                      "Reason one: as {a_noun}, it reports {detail}.",
                      "The entrant is {a_noun}; {detail}.",
                      "Category: {Noun}. Highlight: {detail}{served}.",
                      "For the panel: {name}, {a_noun}, reports {detail}."],
            "want": ["Next, the entrant plans to bring in {t} from {cty}.",
                     "Its submission says it is looking for {t} in {cty}.",
                     "Growth direction: {adj} {tb}.",
                     "The CEO put it plainly: \"What we lack is a reliable {adj} {tb}.\"",
                     "Should it partner with {t} in {cty}, it could set the benchmark for the sector.",
                     "Panel question: when will the tie-up with {t} in {cty} happen?"],
            "mat": ["The entrant plans steady purchases of {m} from {cty}.", "Weak spot upstream: {m}; a {adj} source is planned."],
            "noise": ["(p. 3 of 5)", "Word limit: 300.", "Supporting documents filed separately.", "Endorsing body stamp omitted."],
            "sep": " ",
        },
    },
    "radio": {
        "zh": {
            "extra": ["旁白：{x}！", "女声：{x}。"],
            "head": ["【30秒广播稿】", "展馆广播口播稿（第二版）", "音效：展馆人声渐弱"],
            "offer": ["旁白：{name}，{noun}，{detail}！",
                      "女声：还在找{noun}？{name}，{detail}。",
                      "男声：{detail}——这就是{name}，专业{noun}{served}。",
                      "旁白：{name}是{noun}。{detail}。",
                      "（音效：机器声）旁白：{detail}，{noun}{name}。",
                      "口播：专业{noun}，{detail}{served}。"],
            "want": ["旁白：诚邀{cty}{t}，{booth}展位见！",
                     "女声：你是{cty}{t}吗？来{booth}展位聊聊。",
                     "男声：“我们在等一位{cty}{t}。”",
                     "旁白：{cty}{t}，合作热线400-{tel}。",
                     "口播：只要你是{cty}{t}，样品免费寄。",
                     "旁白：今年展会，我们要见{cty}{t}。"],
            "mat": ["男声：寻{cty}{m}货源，长期采购！", "旁白：手上有{cty}{m}？请拨400-{tel}。"],
            "noise": ["（音乐起）", "（停顿两秒）", "结束音效。", "时长：28秒", "【备注：语速放慢】"],
            "sep": "\n",
        },
        "en": {
            "extra": ["VO: {X}!", "ANNCR: {X}."],
            "head": ["[:30 radio spot]", "Hall PA announcement, take 2", "[SFX: crowd noise fades]"],
            "offer": ["VO: {name}. {Noun}. {Detail}.",
                      "ANNCR: Need {a_noun}? {name} — {detail}.",
                      "VO: {Detail} — that's {name}, your {noun}{served}.",
                      "VO: {name} is {a_noun}. {Detail}.",
                      "[SFX: forklift beeping] VO: {detail}. {name}, {noun}.",
                      "ANNCR: The {noun} people — {detail}{served}."],
            "want": ["VO: Are you {t} in {cty}? Booth {booth}.",
                     "ANNCR: If you're {t} in {cty}, the samples are on us.",
                     "VO: \"We're waiting on one call — from {t} in {cty}.\"",
                     "VO: {T} in {cty}? Call 1-800-{tel}.",
                     "ANNCR: This season we want to meet {t} from {cty}.",
                     "VO: Looking for {t} in {cty}. Booth {booth}, Hall C."],
            "mat": ["VO: Sitting on {m} in {cty}? We buy by the container.", "ANNCR: Wanted — {m}, {adj} origin, long-term."],
            "noise": ["[music up]", "[beat]", "[SFX: chime] END", "Runtime :29", "(read slower)"],
            "sep": "\n",
        },
    },
    "seo": {
        "zh": {
            "extra": ["H3：{x}", "twitter:description = {x}"],
            "head": ["<!-- 首页 SEO -->", "lang=zh-CN", "页面：/about-partner"],
            "offer": ["标题：{name} - {noun} - {product}",
                      "meta描述：{name}是{noun}，{detail}{served}。",
                      "H1：{noun}·{name}",
                      "关键词：{noun},{product},{name}",
                      "og:description = {detail}，{noun}",
                      "页面摘要：{noun}{name}，{detail}。"],
            "want": ["H2：招募{cty}{t}",
                     "关键词（合作）：{cty}{t},长期合作",
                     "描述（续）：现寻求{cty}{t}。",
                     "锚文本：你是{cty}{t}吗？点此联系",
                     "alt文本：与{cty}{t}合作示意图",
                     "CTA按钮：{cty}{t}请点这里 >>",
                     "页脚：如为{cty}{t}，可提交合作意向。"],
            "mat": ["H2：长期收购{cty}{m}", "关键词（采购）：{m},{cty}货源"],
            "noise": ["robots: index,follow", "canonical: https://www.example.cn/", "字数：87/160", "<!-- TODO 描述超长待删 -->", "更新：2026-11"],
            "sep": "\n",
        },
        "en": {
            "extra": ["h3: {X}", "twitter:description: {X}."],
            "head": ["<!-- homepage SEO -->", "lang=en-US", "page: /partners"],
            "offer": ["title: {name} | {Noun} | {product}",
                      "meta description: {name} is {a_noun}. {Detail}{served}.",
                      "h1: {Noun} — {name}",
                      "keywords: {noun}, {product}, {name_lc}",
                      "og:description: {Detail} ({noun}).",
                      "slug: /{slug} — page summary: {noun}, {detail}"],
            "want": ["h2: For {adj} {tb} partners",
                     "keywords (partners): {adj} {tb}, long-term partnership",
                     "meta description (cont.): now seeking {t} in {cty}.",
                     "anchor text: Are you {t} in {cty}? Talk to us",
                     "img alt: handshake with {t} from {cty}",
                     "CTA: {T} in {cty}? Click here >>",
                     "footer: if you are {t} in {cty}, send a partnership request."],
            "mat": ["h2: Buying {m} from {cty}", "keywords (sourcing): {m}, {adj} supply"],
            "noise": ["robots: index,follow", "canonical: https://www.example.com/", "chars: 154/160", "<!-- TODO trim meta -->", "last edited 2026-11"],
            "sep": "\n",
        },
    },
}  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Generator
# ---------------------------------------------------------------------------------------------


def article(noun: str) -> str:
    """``noun`` with "a" or "an" (acronyms by their letter's sound)."""
    first = noun.split(maxsplit=1)[0]
    if len(first) > 1 and first[:2].isupper():
        vowel = first[0] in "AEFHILMNORSX"
    else:
        vowel = first[0].lower() in "aeiou" and not first.lower().startswith(("uni", "use"))
    return f"{'an' if vowel else 'a'} {noun}"


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def chain_roles(rng: random.Random) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(stage, want) of the 4 Chinese and 7 US companies of a chain: each Chinese company's
    partner, its competitor, a company offering what it seeks but wanting something else and one
    wanting its product but offering nothing it seeks (where the stages allow), then the rest."""
    combos = [(s, w) for s in STAGE_KEYS for w in NEIGHBOURS[s]]
    while True:
        cn = rng.sample(combos, 4)
        us = [(w, s) for s, w in cn]
        needs: list[set[tuple[str, str]]] = []
        for s, w in cn:
            needs.append({(s, w)})
            needs.append({(w, x) for x in NEIGHBOURS[w] if x != s})
            needs.append({(y, s) for y in STAGE_KEYS if y != w and s in NEIGHBOURS[y]})
        needs = [n for n in needs if n]
        for need in needs:
            if need & set(us):
                continue
            open_needs = [n for n in needs if not n & set(us)]
            best = max(sorted(need), key=lambda c: (sum(c in n for n in open_needs), rng.random()))
            us.append(best)
        if len(us) <= 7:
            break
    while len(us) < 7:
        us.append(rng.choice(combos))
    return cn, us


def make_name(rng: random.Random, side: str, lang: str, stage: str) -> tuple[str, str]:
    """A company name and the stage whose role word it carries ("" if none)."""
    roll = rng.random()
    if roll < 0.24:  # a role word of another stage (hard case)
        word_stage = rng.choice([s for s in NAME_ROLE[lang] if s != stage])
    elif roll < 0.42 and stage in NAME_ROLE[lang]:
        word_stage = stage
    else:
        word_stage = ""
    word = rng.choice(NAME_ROLE[lang][word_stage]) if word_stage else ""
    if lang == "zh":
        brand = rng.choice(ZH_BRANDS) if side == "CN" else rng.choice(US_BRANDS)[1]
        if side == "US":
            return f"{brand}{word}（美国）公司", word_stage
        suffix = "有限公司" if word else rng.choice(ZH_SUFFIX)
        return f"{brand}{word}{suffix}", word_stage
    if side == "CN":
        brand = rng.choice(PINYIN_BRANDS)
        return f"{brand} {word or 'Industrial'} Co., Ltd.".replace("  ", " "), word_stage
    brand = rng.choice(US_BRANDS)[0]
    return f"{brand} {word} {rng.choice(EN_SUFFIX)}".replace("  ", " "), word_stage


def typo(rng: random.Random, text: str, protected: list[str]) -> str:
    """Swap two letters in one longer word that is not part of a role phrase."""
    words = [w for w in re.findall(r"[A-Za-z]{6,}", text) if not any(w in p for p in protected)]
    if not words:
        return text
    w = rng.choice(words)
    i = rng.randrange(1, len(w) - 2)
    return text.replace(w, w[:i] + w[i + 1] + w[i] + w[i + 2 :], 1)


def make_org(rng: random.Random, oid: str, side: str, *, lang: str, genre: str, chain: Chain,
             stage: str, want: str) -> dict[str, object]:  # fmt: skip
    key, product, material, stages = chain
    g = GENRES[genre][lang]
    zh = lang == "zh"
    li = 0 if zh else 1
    flags: list[str] = []
    name, name_stage = make_name(rng, side, lang, stage)
    if name_stage and name_stage != stage:
        flags.append("name")
    noun = rng.choice(stages[stage][li])
    detail = rng.choice(stages[stage][2 + li])
    ctys, adjs = COUNTRY[(side, lang)]
    cty, adj = rng.choice(ctys), rng.choice(adjs)

    served = ""
    if DOWNSTREAM[stage] and rng.random() < 0.22:
        options = [s for s in DOWNSTREAM[stage] if s != want] or list(DOWNSTREAM[stage])
        cust = rng.choice(stages[rng.choice(options)][li])
        cb = rng.choice(ZH_BRANDS)
        eb = rng.choice(US_BRANDS)[0]
        served = rng.choice(SERVED[lang]).format(cust=cust, cb=cb, eb=eb, a_cust=article(cust))
        flags.append("served")

    use_mat = want == "R" and rng.random() < 0.35
    if use_mat:
        target = material[li]
        flags.append("material")
    elif rng.random() < 0.13:
        target = rng.choice(GENERIC[lang][want])
        flags.append("generic")
    else:
        target = rng.choice(stages[want][li])

    fill = {
        "name": name, "name_lc": name.lower(), "noun": noun, "Noun": cap(noun), "a_noun": article(noun),
        "detail": detail, "Detail": cap(detail), "served": served, "cty": cty, "adj": adj,
        "t": target if zh else article(target), "T": target if zh else cap(article(target)),
        "tb": target, "m": target, "product": product[li], "person": rng.choice(ZH_PEOPLE if zh else EN_PEOPLE),
        "wk": rng.randint(2, 51), "date": f"{rng.randint(1, 12)}/{rng.randint(1, 28)}", "booth": f"{rng.choice('ABCDEN')}{rng.randint(1, 9)}-{rng.randint(10, 99)}",
        "tel": f"{rng.randint(100, 999)}-{rng.randint(1000, 9999)}", "slug": f"{key}-{stage.lower()}{rng.randint(1, 9)}",
    }  # fmt: skip
    offer = rng.choice(g["offer"]).format(**fill)  # type: ignore[union-attr]
    if not served:
        offer = offer.replace("，。", "。")
    want_line = rng.choice(g["mat" if use_mat else "want"]).format(**fill)  # type: ignore[union-attr]
    want_lines = [want_line]
    if rng.random() < 0.16:
        neg_stage = rng.choice([s for s in STAGE_KEYS if s not in (want, stage)])
        neg = rng.choice(stages[neg_stage][li])
        neg_line = rng.choice(NEGATION[lang]).format(
            neg=neg, a_neg=article(neg), A_neg=cap(article(neg))
        )
        want_lines = [neg_line, want_line] if rng.random() < 0.4 else [want_line, neg_line]
        flags.append("negation")

    body = [offer]
    if rng.random() < 0.5:  # a second, plainer offer line with the other detail
        other = next(d for d in stages[stage][2 + li] if d != detail)
        body.append(rng.choice(g["extra"]).format(x=other, X=cap(other)))  # type: ignore[union-attr]
    for line in rng.sample(g["noise"], rng.choice([0, 1, 1, 2])):  # type: ignore[arg-type]
        body.insert(rng.randint(0, len(body)), line.format(**fill))
    place = rng.random()
    at = 0 if place < 0.3 else len(body) if place > 0.6 else rng.randint(1, max(1, len(body) - 1))
    body[at:at] = want_lines
    if rng.random() < 0.55:
        body.insert(0, rng.choice(g["head"]).format(**fill))  # type: ignore[union-attr]
    text = str(g["sep"]).join(body)
    # light typing noise
    if zh and rng.random() < 0.2:
        text = text.replace("，", ",", rng.randint(1, 2))
    if not zh and rng.random() < 0.15:
        text = typo(rng, text, [noun, target, name])
    if rng.random() < 0.1:
        text = text.replace(" " if not zh else "：", "  " if not zh else ": ", 1)
    return {
        "id": oid, "side": side, "name": {lang: name}, "description": {lang: text},
        "_chain": key, "_stage": stage, "_want": want, "_genre": genre, "_flags": flags,
        "_lines": len(body),
    }  # fmt: skip


def spread(rng: random.Random, n: int, n_minority: int) -> list[tuple[str, bool]]:
    """(genre, in the minority language) for ``n`` companies: genres evenly, the minority
    language spread over the genres."""
    names = list(GENRES)
    genres = [names[i % len(names)] for i in range(n)]
    rng.shuffle(genres)
    minority: set[int] = set()
    order = rng.sample(names, len(names))
    for k in range(n_minority):
        want_g = order[k % len(order)]
        idx = [i for i, g in enumerate(genres) if g == want_g and i not in minority]
        minority.add(rng.choice(idx))
    return [(g, i in minority) for i, g in enumerate(genres)]


def build() -> tuple[dict[str, object], dict[str, object], list[dict[str, object]]]:
    rng = random.Random(SEED)
    slots: dict[str, list[tuple[Chain, str, str]]] = {"CN": [], "US": []}
    for chain in CHAINS:
        cn, us = chain_roles(rng)
        slots["CN"] += [(chain, s, w) for s, w in cn]
        slots["US"] += [(chain, s, w) for s, w in us]
    orgs: list[dict[str, object]] = []
    for side, n_min in (("CN", 4), ("US", 7)):
        group = slots[side]
        rng.shuffle(group)
        styles = spread(rng, len(group), n_min)
        for n, ((chain, s, w), (genre, minor)) in enumerate(zip(group, styles, strict=True), 1):
            lang = ("en" if minor else "zh") if side == "CN" else ("zh" if minor else "en")
            oid = f"z{side.lower()}{n:03d}"
            orgs.append(
                make_org(rng, oid, side, lang=lang, genre=genre, chain=chain, stage=s, want=w)
            )
    partners: dict[str, list[str]] = {}
    for a in orgs:
        for b in orgs:
            if (a["side"] != b["side"] and a["_chain"] == b["_chain"]
                    and a["_stage"] == b["_want"] and b["_stage"] == a["_want"]):  # fmt: skip
                partners.setdefault(str(a["id"]), []).append(str(b["id"]))
    roles = {str(o["id"]): f"{o['_chain']}:{o['_stage']}>{o['_want']}" for o in orgs}
    gold = {
        "partners": partners,
        "roles": roles,
        "split": {str(o["id"]): "held-out" for o in orgs},
    }
    meta = [dict(o) for o in orgs]
    public = [{k: v for k, v in o.items() if not k.startswith("_")} for o in orgs]
    return {"format": "tradebridge-profiles/1", "organizations": public}, gold, meta


def check(
    profiles: dict[str, object], gold: dict[str, object], meta: list[dict[str, object]]
) -> None:
    """Fail loudly unless the set is what the docstring promises."""
    orgs = profiles["organizations"]
    assert isinstance(orgs, list)
    ids = [o["id"] for o in orgs]
    assert len(ids) == len(set(ids)) == 110, "ids unique, 110 companies"
    assert all(re.fullmatch(r"z(cn|us)\d{3}", i) for i in ids)
    keys = {c[0] for c in CHAINS}
    partners, roles = gold["partners"], gold["roles"]
    assert isinstance(partners, dict) and isinstance(roles, dict)
    assert set(roles) == set(ids) == set(gold["split"])  # type: ignore[arg-type]
    for o in orgs:
        key, sw = roles[o["id"]].split(":")
        s, w = sw.split(">")
        assert key in keys and s in NEIGHBOURS and w in NEIGHBOURS[s], roles[o["id"]]
        assert o["side"] in ("CN", "US") and o["id"][1:3] == o["side"].lower()
        assert len(o["description"]) == 1 and list(o["description"]) == list(o["name"])
        text = next(iter(o["description"].values()))
        assert "{" not in text and "}" not in text, text
    for key in keys:
        cn = [m for m in meta if m["_chain"] == key and m["side"] == "CN"]
        us = [(m["_stage"], m["_want"]) for m in meta if m["_chain"] == key and m["side"] == "US"]
        assert len(cn) == 4 and len(us) == 7, key
        for c in cn:
            s, w = c["_stage"], c["_want"]
            assert partners.get(c["id"]), f"{c['id']} has no partner"
            assert (s, w) in us, f"{c['id']}: no competitor"
            if any(x != s for x in NEIGHBOURS[w]):  # type: ignore[index]
                assert any(a == w and b != s for a, b in us), f"{c['id']}: no wrong-want"
            if any(y != w and s in NEIGHBOURS[y] for y in STAGE_KEYS):
                assert any(b == s and a != w for a, b in us), f"{c['id']}: no wrong-offer"
    for a, bs in partners.items():
        for b in bs:
            assert a in partners[b], "partners symmetric"
    assert all(1 <= int(m["_lines"]) + 1 <= 9 for m in meta)  # type: ignore[call-overload]


def summary(gold: dict[str, object], meta: list[dict[str, object]]) -> None:
    partners = gold["partners"]
    assert isinstance(partners, dict)
    cn = [m for m in meta if m["side"] == "CN"]
    print(f"roles_holdout20: {len(cn)} CN x {len(meta) - len(cn)} US, {len(partners)} with a partner, "
          f"{sum(len(v) for k, v in partners.items() if k.startswith('zcn'))} CN-US gold pairs")  # fmt: skip
    for genre in GENRES:
        row = [f"{side}-{lang}:{sum(m['_genre'] == genre and m['side'] == side and lang in m['name'] for m in meta)}"
               for side in ("CN", "US") for lang in ("zh", "en")]  # fmt: skip
        print(f"  {genre:7s} " + " ".join(row))
    for flag in ("served", "negation", "name", "generic", "material"):
        print(f"  hard case {flag:9s}: {sum(flag in m['_flags'] for m in meta)}")  # type: ignore[operator]


def main() -> None:
    profiles, gold, meta = build()
    check(profiles, gold, meta)
    for file, data in (("roles_holdout20", profiles), ("roles_holdout20_gold", gold)):
        (HERE / f"{file}.json").write_text(
            json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8"
        )
    summary(gold, meta)


if __name__ == "__main__":
    main()
