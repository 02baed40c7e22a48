# ruff: noqa: E501  (the profile phrases are data; wrapping them would only hurt reading)
"""Write the twelfth held-out ROLE set (issue 18): ``roles_holdout12.json`` / ``roles_holdout12_gold.json``.

    python bench/recommend/make_holdout12.py

Written on 2026-12-03 evening (branch hold12) by a session that neither read nor ran the
engine, and committed before any engine ran on it: the clean test of the engine's next change,
to be evaluated once, by the lead. Nothing is fitted or tuned on it.

Same structure as ``make_holdout11.py``, whose helpers it imports rather than copies: from
``make_holdout6.py`` how companies are placed along a chain (``assemble`` with shuffled traps:
the partner, a competitor of the query, a company offering what the query seeks but wanting
something else, one wanting the query's product but offering nothing it seeks, then the rest
of the chain) and how gold is derived and written; from ``make_holdout8.py`` English plurals
and capitals; from ``make_holdout9.py`` how a want is picked from three pools (``pick_want``)
and how a company is named and its language chosen (``org_writer``); from ``make_holdout10.py``
the check that each Chinese company has one or two partners (``_fits``); from
``make_holdout11.py`` labelled form fields (``_field``) and distinct names
(``_distinct_names``, here with this set's surnames). Its chains, sentences and names are its
own:

* ten value chains in no earlier set and not in ``profiles.json`` / ``validation.json``
  (egg products, fertilizer, forklifts, power cable, glass bottles, luggage, dinnerware,
  toothbrushes, commercial laundry, car washes), each with a part or material supplier, a
  maker, a distributor and an end buyer (layer farm, phosphate rock miner, fork arm forging
  plant, copper rod mill, soda ash producer, luggage hardware maker, kaolin processor, bristle
  filament producer, stainless steel service centre, wash media maker; mayonnaise and dressing
  maker, farming company, third-party warehouse operator, data centre operator, spirits distillery,
  airline, theme park operator, dental practice group, laundromat chain, car wash chain);
* texts half plain directory profiles (history, offer, certificate or figures, customers,
  want, in varied order) and half secretariat imports of another kind, about an eighth each: a
  trade-fair catalogue entry (an exhibitor's, or a visiting buyer's for an end buyer), a
  member-directory entry, a delegation sign-up form with labelled fields, a trade-mission
  registration; some name whom the company already sells to ("customers include …");
* the want in three kinds, about a third each: with a cue word, naming the partner without
  one, implied by the company's plan;
* 35 of the 40 Chinese companies in Chinese, 5 in English; US companies in English, two with a
  short Chinese version beside it; no two companies share a name (a Chinese name already
  taken gets the first unused syllables, ``_distinct_cn_names``; a US one the first unused
  surname and legal form, ``_distinct_names``).

A pair is gold when each side offers what the other seeks (same chain, stage of one = want of
the other, both ways), as in the other role sets.
"""

from __future__ import annotations

import random
from itertools import permutations
from typing import Any

from make_holdout6 import STAGES, _an, assemble, write_set
from make_holdout8 import _cap, _plural
from make_holdout9 import org_writer, pick_want
from make_holdout10 import _fits  # one or two partners for each Chinese company
from make_holdout11 import _distinct_names, _field

# The first seed from 1200 on (by the gold alone) giving every Chinese company one or two
# partners; ``main`` checks it.
SEED = 1203

# key -> stage -> (Chinese noun, English noun, Chinese detail, English detail), as STAGES says
CHAINS: list[tuple[str, STAGES]] = [
    ("egg", {
        "R": ("蛋鸡养殖场", "layer farm",
              "存栏蛋鸡300万羽", "three million laying hens"),
        "M": ("蛋品加工厂", "egg products processor",
              "液蛋与蛋粉年产5万吨", "50,000 tonnes of liquid and dried egg a year"),
        "D": ("食品配料分销商", "food ingredient distributor",
              "服务食品厂3000余家", "3,000 food plants supplied"),
        "E": ("沙拉酱生产企业", "mayonnaise and dressing maker",
              "蛋黄酱与沙拉汁年产8万吨", "80,000 tonnes of mayonnaise and dressings a year"),
    }),
    ("fertilizer", {
        "R": ("磷矿开采企业", "phosphate rock miner",
              "磷矿石年开采量400万吨", "four million tonnes of phosphate rock a year"),
        "M": ("复合肥生产企业", "fertilizer manufacturer",
              "复合肥年产120万吨", "1.2 million tonnes of NPK fertilizer a year"),
        "D": ("农资经销商", "farm supply distributor",
              "下游农资门店2600家", "2,600 farm stores supplied"),
        "E": ("农业种植集团", "farming company",
              "经营耕地50万亩", "80,000 acres of corn, wheat and soybeans"),
    }),
    ("forklift", {
        "R": ("货叉锻造厂", "fork arm forging plant",
              "叉车货叉年产60万副", "600,000 pairs of forklift forks a year"),
        "M": ("叉车制造商", "forklift manufacturer",
              "电动与内燃叉车年产8万台", "80,000 electric and diesel forklifts a year"),
        "D": ("物料搬运设备经销商", "material handling dealer",
              "销售服务网点40个", "forty branches with field service vans"),
        "E": ("第三方仓储企业", "third-party warehouse operator",
              "运营仓库面积120万平方米", "thirteen million square feet of warehouses"),
    }),
    ("cable", {
        "R": ("铜杆生产企业", "copper rod mill",
              "低氧铜杆年产20万吨", "200,000 tonnes of copper rod a year"),
        "M": ("电力电缆制造商", "power cable maker",
              "中低压电力电缆年产8万公里", "80,000 kilometres of medium- and low-voltage cable a year"),
        "D": ("电气批发商", "electrical wholesaler",
              "分支机构60个", "sixty branches"),
        "E": ("数据中心运营商", "data centre operator",
              "在建与运营数据中心14座", "fourteen data centres built or under construction"),
    }),
    ("bottle", {
        "R": ("纯碱生产企业", "soda ash producer",
              "纯碱年产150万吨", "1.5 million tonnes of soda ash a year"),
        "M": ("玻璃瓶厂", "glass bottle plant",
              "玻璃瓶年产9亿只", "900 million glass bottles a year"),
        "D": ("包装材料分销商", "packaging distributor",
              "服务食品饮料客户2000家", "2,000 food and drink makers supplied"),
        "E": ("烈酒酒厂", "spirits distillery",
              "年灌装烈酒4000万瓶", "forty million bottles of spirits filled a year"),
    }),
    ("luggage", {
        "R": ("箱包配件厂", "luggage hardware maker",
              "拉杆与万向轮年产2000万套", "twenty million trolley handles and spinner wheels a year"),
        "M": ("箱包制造商", "luggage manufacturer",
              "拉杆箱年产600万只", "six million suitcases a year"),
        "D": ("旅行用品批发商", "travel goods wholesaler",
              "供货箱包店及百货商场1800家", "1,800 luggage shops and department stores supplied"),
        "E": ("航空公司", "airline",
              "机队规模90架", "a fleet of ninety aircraft"),
    }),
    ("dinnerware", {
        "R": ("高岭土加工企业", "kaolin processor",
              "精制高岭土年产30万吨", "300,000 tonnes of refined kaolin a year"),
        "M": ("日用陶瓷厂", "dinnerware factory",
              "盘碗杯碟年产5000万件", "fifty million plates, bowls and cups a year"),
        "D": ("餐具进口商", "tableware importer",
              "常备餐具单品4000种", "4,000 tableware items kept in stock"),
        "E": ("主题乐园运营商", "theme park operator",
              "运营乐园8座、园内餐厅120家", "eight theme parks with 120 restaurants"),
    }),
    ("toothbrush", {
        "R": ("尼龙刷丝生产企业", "bristle filament producer",
              "牙刷用尼龙刷丝年产6000吨", "6,000 tonnes of nylon toothbrush filament a year"),
        "M": ("牙刷制造商", "toothbrush maker",
              "手动与电动牙刷年产8亿支", "800 million manual and electric toothbrushes a year"),
        "D": ("口腔护理用品分销商", "dental supply distributor",
              "服务牙科诊所9000家", "9,000 dental offices supplied"),
        "E": ("连锁牙科集团", "dental practice group",
              "旗下诊所320家", "320 dental offices"),
    }),
    ("laundry", {
        "R": ("不锈钢板加工中心", "stainless steel service centre",
              "不锈钢卷板年剪切加工15万吨", "150,000 tonnes of stainless coil slit and cut a year"),
        "M": ("商用洗衣机制造商", "commercial washer manufacturer",
              "洗脱机与烘干机年产4万台", "40,000 washer-extractors and tumble dryers a year"),
        "D": ("洗衣设备经销商", "laundry equipment distributor",
              "服务洗衣店2200家", "2,200 laundries served"),
        "E": ("连锁自助洗衣店", "laundromat chain",
              "门店260家", "260 laundromats"),
    }),
    ("carwash", {
        "R": ("洗车刷布生产企业", "wash media maker",
              "泡棉与布条刷布年产300万米", "three million metres of foam and cloth wash media a year"),
        "M": ("洗车设备制造商", "car wash equipment manufacturer",
              "隧道式与往复式洗车机年产3000台", "3,000 tunnel and rollover car wash systems a year"),
        "D": ("汽车养护设备经销商", "car care equipment dealer",
              "服务洗车店1500家", "1,500 car wash sites served"),
        "E": ("连锁洗车企业", "car wash chain",
              "门店340家", "340 car wash sites"),
    }),
]  # fmt: skip

# key -> (Chinese input, English input, Chinese product, English product,
#         supplier's certificate (zh, en), maker's certificate (zh, en))
TRADE = {
    "egg": ("鲜蛋", "shell eggs", "蛋粉", "egg powder", "鸡场通过良好农业规范（GAP）认证", "GAP certified", "工厂通过FSSC 22000认证", "FSSC 22000 certified"),
    "fertilizer": ("磷矿石", "phosphate rock", "复合肥", "NPK fertilizer", "矿石品位经SGS化验", "SGS assayed", "获ISO 14001环境管理体系认证", "ISO 14001 certified"),
    "forklift": ("货叉", "forklift forks", "叉车", "forklifts", "货叉按ISO 2330标准检测", "tested to ISO 2330", "整车符合ANSI/ITSDF B56.1标准", "ANSI/ITSDF B56.1 compliant"),
    "cable": ("铜杆", "copper rod", "电力电缆", "power cable", "铜杆符合ASTM B49标准", "ASTM B49 compliant", "电缆获UL认证", "UL listed"),
    "bottle": ("纯碱", "soda ash", "玻璃瓶", "glass bottles", "通过ISO 9001质量体系认证", "ISO 9001 certified", "产品符合FDA食品接触要求", "FDA food-contact compliant"),
    "luggage": ("拉杆配件", "trolley hardware", "拉杆箱", "suitcases", "万向轮通过50公里行走测试", "wheels tested over 50 km", "工厂通过BSCI审核", "BSCI audited"),
    "dinnerware": ("高岭土", "kaolin", "陶瓷餐具", "dinnerware", "通过ISO 9001质量体系认证", "ISO 9001 certified", "铅镉溶出符合FDA及加州65号提案要求", "FDA and Prop 65 compliant"),
    "toothbrush": ("刷丝", "bristle filament", "牙刷", "toothbrushes", "刷丝符合FDA食品接触要求", "FDA food-contact compliant", "通过ISO 13485认证并完成FDA注册", "ISO 13485 certified"),
    "laundry": ("不锈钢板", "stainless sheet", "商用洗衣机", "commercial washers", "材料附轧厂质保书，可追溯到炉号", "mill certified to the heat number", "设备获UL与CE认证", "UL listed"),
    "carwash": ("洗车刷布", "wash media", "洗车机", "car wash systems", "刷布经SGS检测", "SGS tested", "设备获ETL与CE认证", "ETL listed"),
}  # fmt: skip

DOWN = {"R": "M", "M": "D", "D": "E"}
ABROAD_ZH = ["日本", "韩国", "越南", "墨西哥", "德国", "智利", "沙特阿拉伯", "泰国"]
ABROAD_EN = ["Japan", "South Korea", "Vietnam", "Mexico", "Germany", "Chile", "Saudi Arabia", "Thailand"]  # fmt: skip
US_REGIONS = ["the Pacific Northwest", "the Southwest", "the Great Lakes states", "the Carolinas",
              "California", "the Northeast"]  # fmt: skip

# The want. {c}: the other country, {w}/{ws}/{Ws}: the wanted stage's noun (singular/plural),
# {a}: the other country's adjective, {inp}/{prod}: the chain's input and product.
ZH_CUE = [
    "诚征{c}{w}，欢迎来函洽谈。",
    "希望结识{c}有实力的{w}，建立稳定的供需关系。",
    "现寻找{c}{w}作为长期合作伙伴。",
    "我们需要一家{c}{w}，可先寄样、小单试合作。",
]
ZH_NAMED = [
    "意向合作方：{c}{w}。",
    "本次出访主要拜会{c}当地的{w}。",
    "{c}{w}如有兴趣，欢迎联系。",
    "对接对象为{c}{w}。",
]
ZH_IMPLIED = {
    ("R", "M"): ["{inp}产能有富余，可按{c}工厂的生产计划分批发货。",
                 "今年起{inp}增设出口专线，优先保障{c}加工厂的用量。"],
    ("M", "R"): ["目前{inp}只有两家供货来源，计划在{c}再增加一家原料厂，分散风险。",
                 "下半年扩产后{inp}缺口较大，准备从{c}直接进口原料。"],
    ("M", "D"): ["{prod}明年进入{c}市场，打算交给当地一家有仓库、有网点的渠道商总代理。",
                 "{c}市场尚属空白，准备分区授权当地合作方负责清关、仓储和配送。"],
    ("M", "E"): ["可为{c}的大型用户量身定制{prod}，工厂直供，不经中间商。",
                 "已有{c}终端用户直接向工厂订货，今年还想多开发几家同类客户。"],
    ("D", "M"): ["{prod}货源目前依赖贸易公司，计划直接与{c}生产厂签订供货协议。",
                 "打算新增一条由{c}原厂直供的{prod}产品线。"],
    ("D", "E"): ["可为{c}终端用户办理进口报关，并送货到每个网点。",
                 "{c}的终端客户可直接向我们下单，清关、物流一站式完成。"],
    ("E", "M"): ["{prod}年用量很大，今后想直接向{c}生产厂采购，不再经过中间商。",
                 "新项目所用{prod}打算由{c}工厂按我方规格定制、直接发运。"],
    ("E", "D"): ["{prod}过去由各下属单位自行采购，明年起改由{c}一家有库存的供货商统一配送。",
                 "打算把全部{prod}采购交给一家{c}公司，由其负责备货和配送到各点。"],
}  # fmt: skip
EN_CUE = [
    "We are looking for {ws} in {c} to work with over several years.",
    "Seeking a reliable {a} {w} as a long-term partner.",
    "We want to hear from {ws} in {c}.",
    "Interested in finding a {w} in {c} for regular orders.",
]
EN_NAMED = [
    "Target partners: {ws} in {c}.",
    "{Ws} from {c} are welcome to contact us.",
    "Meetings with {a} {ws} are the purpose of this trip.",
    "Best fit for us: a {a} {w}.",
]
EN_IMPLIED = {
    ("R", "M"): ["We have spare {inp} capacity and can ship to a plant in {c} on its production calendar.",
                 "Our {inp} export line opens this year, and factories in {c} get first call on it."],
    ("M", "R"): ["We rely on two sources of {inp} today and plan to add a producer in {c} to spread the risk.",
                 "After the expansion our {inp} shortfall grows, and we mean to import it straight from {c}."],
    ("M", "D"): ["Sales of our {prod} in {c} start next year, through one local partner with warehouses and a sales network.",
                 "{c} is still an open market for our {prod}; a regional importer would handle customs, stock and delivery."],
    ("M", "E"): ["Large users in {c} can have {prod} made to their own specifications and shipped direct from the factory.",
                 "A few end users in {c} already order {prod} from our plant, and there is room for more."],
    ("D", "M"): ["We buy our {prod} through trading houses today and plan to sign a supply agreement with a plant in {c}.",
                 "We plan to add a line of {prod} made in {c} and bought from the factory itself."],
    ("D", "E"): ["Import, customs and delivery are handled by us, so end users in {c} can buy from our stock.",
                 "Operators in {c} can order from us and have the goods delivered to each of their sites."],
    ("E", "M"): ["We use {prod} in large volume and plan to buy direct from a manufacturer in {c}, not through traders.",
                 "For our new sites, {prod} will be made to our specification by a factory in {c} and shipped direct."],
    ("E", "D"): ["Each of our locations buys {prod} from local vendors today; next year one {a} stocking supplier takes that over.",
                 "We are consolidating the purchasing of {prod} under a single {a} supplier delivering to all our sites."],
}  # fmt: skip

PROVINCES = [("河南", "Henan"), ("湖北", "Hubei"), ("安徽", "Anhui"), ("广东", "Guangdong"),
             ("浙江", "Zhejiang"), ("辽宁", "Liaoning"), ("江西", "Jiangxi"), ("天津", "Tianjin")]  # fmt: skip
CN_SYLLABLES = [("祥", "Xiang"), ("瑞", "Rui"), ("嘉", "Jia"), ("泰", "Tai"), ("恒", "Heng"),
                ("裕", "Yu"), ("兴", "Xing"), ("合", "He"), ("康", "Kang"), ("晟", "Sheng"),
                ("远", "Yuan"), ("信", "Xin"), ("隆", "Long"), ("安", "An")]  # fmt: skip
CN_FORMS = [("有限公司", "Co., Ltd."), ("股份有限公司", "Holdings Co., Ltd."),
            ("科技有限公司", "Technology Co., Ltd."), ("贸易有限公司", "Trading Co., Ltd."),
            ("供应链有限公司", "Supply Chain Co., Ltd.")]  # fmt: skip
US_NAMES = [("Ashcroft", "阿什克罗夫特"), ("Blevins", "布莱文斯"), ("Castellano", "卡斯特拉诺"),
            ("Delacroix", "德拉克鲁瓦"), ("Engstrom", "恩斯特龙"), ("Galloway", "加洛韦"),
            ("Holloway", "霍洛韦"), ("Iverson", "艾弗森"), ("Jamison", "贾米森"),
            ("Kowalski", "科瓦尔斯基"), ("Lindqvist", "林德奎斯特"), ("Mortimer", "莫蒂默"),
            ("Okafor", "奥卡福"), ("Pemberton", "彭伯顿"), ("Ramirez", "拉米雷斯"),
            ("Stroud", "斯特劳德"), ("Tennyson", "坦尼森"), ("Vanderberg", "范德伯格")]  # fmt: skip
US_SUFFIX = ["Co.", "Inc.", "LLC", "Group LLC", "& Sons Inc."]
US_STATES = ["Ohio", "Georgia", "Minnesota", "Oregon", "Arizona", "Pennsylvania", "Wisconsin", "North Carolina"]  # fmt: skip


def _want(rng: random.Random, zh: bool, us: bool, *, key: str, stages: STAGES, stage: str,
          want: str) -> str:  # fmt: skip
    """The want: with a cue word, naming the partner without one, or implied by a plan."""
    pools = (ZH_CUE, ZH_NAMED, ZH_IMPLIED, EN_CUE, EN_NAMED, EN_IMPLIED)
    return pick_want(rng, zh, us, pools=pools, trade=TRADE[key], stages=stages, stage=stage,
                     want=want, zh_there=("美国",),
                     en_there=(("the US", "US"), ("the United States", "American")))  # fmt: skip


def _cert(key: str, stage: str, zh: bool) -> str:
    """The certificate of a supplier or a maker; none for a distributor or an end buyer."""
    trade = TRADE[key]
    if stage == "R":
        return trade[4 if zh else 5]
    return trade[6 if zh else 7] if stage == "M" else ""


def _customers(rng: random.Random, zh: bool, us: bool, *, stages: STAGES, stage: str) -> str:
    """Whom the company already sells to (the next stage of its chain), for half of those that
    sell on; an end buyer sells to nobody."""
    down = DOWN.get(stage)
    if not down or rng.random() < 0.5:
        return ""
    if zh:
        abroad = "、".join(rng.sample(ABROAD_ZH, 2))
        return rng.choice([f"产品销往{abroad}，主要客户为当地{stages[down][0]}。",
                           f"合作客户中有{abroad}的多家{stages[down][0]}。"])  # fmt: skip
    where = rng.choice(US_REGIONS) if us else " and ".join(rng.sample(ABROAD_EN, 2))
    downs = _plural(stages[down][1])
    return rng.choice([f"Our customers include {downs} in {where}.",
                       f"We already supply {downs} across {where}."])  # fmt: skip


def _figures(rng: random.Random, zh: bool, us: bool, cert: str) -> str:
    """A supplier's or maker's certificate (with its export share, for a Chinese company), or
    a distributor's or end buyer's turnover."""
    if zh and cert:
        return rng.choice([f"{cert}。", f"{cert}，外销约占{rng.randint(15, 70)}%。"])
    if zh:
        return rng.choice([f"年销售额约{rng.randint(2, 40)}亿元。",
                           f"近五年销售收入翻了一番，去年增长{rng.randint(4, 19)}%。"])  # fmt: skip
    if cert and not us:
        return rng.choice(
            [f"{_cap(cert)}.", f"{_cap(cert)}; about {rng.randint(15, 70)}% of output is exported."]
        )
    if cert:
        return f"{_cap(cert)}."
    return rng.choice([f"Turnover around ${rng.randint(8, 400)} million.",
                       f"Revenue has grown {rng.randint(4, 19)}% a year since 2021."])  # fmt: skip


def _plain(rng: random.Random, zh: bool, us: bool, *, name: str, place: str, key: str,
           stages: STAGES, stage: str, seek: str, ref: str) -> str:  # fmt: skip
    """A plain directory profile: history, offer, certificate or figures, customers and want,
    in one of four orders."""
    zh_noun, en_noun, zh_detail, en_detail = stages[stage]
    y = rng.randint(1958, 2018)
    # an end buyer (an airline, a theme park operator…) is a big employer
    staff = rng.choice([1200, 2400, 5000, 9800] if stage == "E" else [180, 420, 950, 2600])
    cert = _cert(key, stage, zh)
    if zh:
        history = rng.choice([f"{name}成立于{y}年，地处{place}。",
                              f"企业创办于{y}年，扎根{place}，在职员工{staff}人。",
                              f"经营至今已{2026 - y}年，员工{staff}余人。"])  # fmt: skip
        offers = [f"我们是一家{zh_noun}，{zh_detail}。",
                  f"主营业务为{zh_noun}，{zh_detail}。",
                  f"{name}是{place}知名的{zh_noun}，{zh_detail}。"]  # fmt: skip
        offer = rng.choice(offers[:2] if name in history else offers)  # the name once is enough
    else:
        history = rng.choice([f"Established {y} in {place}.",
                              f"Privately held, {staff:,} people, operating since {y}.",
                              f"Based in {place} since {y}."])  # fmt: skip
        offer = _an(rng.choice([f"{name}: a {en_noun}, {en_detail}.",
                                f"A {en_noun} — {en_detail}.",
                                f"What we do: {en_noun}; {en_detail}."]))  # fmt: skip
    figures = _figures(rng, zh, us, cert)
    parts = [
        [offer, history, figures, ref, seek],
        [history, offer, ref, seek, figures],
        [seek, offer, figures, history, ref],
        [offer, figures, seek, ref, history],
    ][rng.randrange(4)]
    return ("" if zh else " ").join(p for p in parts if p)


def _entry(rng: random.Random, zh: bool, us: bool, *, name: str, place: str, key: str,
           stages: STAGES, stage: str, seek: str, ref: str) -> str:  # fmt: skip
    """A catalogue entry (an exhibitor's, or a visiting buyer's for an end buyer), a
    member-directory entry, a delegation sign-up form or a trade-mission registration, about
    a quarter each."""
    zh_noun, en_noun, zh_detail, en_detail = stages[stage]
    zh_inp, en_inp, zh_prod, en_prod = TRADE[key][:4]
    cert = _cert(key, stage, zh)
    kind = rng.randrange(4)
    if zh:
        if kind == 0 and stage == "E":
            parts = [
                f"【专业观众】{name}，{place}。",
                f"采购方类型：{zh_noun}，{zh_detail}。",
                seek,
            ]
        elif kind == 0:
            exhibit = {"R": zh_inp, "M": zh_prod, "D": f"所代理的{zh_prod}"}[stage]
            parts = [f"{rng.randint(1, 12)}号馆{rng.choice('ABCDEFG')}{rng.randint(101, 399)}展位｜{name}｜{place}。",
                     f"展出产品：{exhibit}。", f"{zh_noun}，{zh_detail}。", f"{cert}。" if cert else "", seek]  # fmt: skip
        elif kind == 1:
            parts = [f"{name}　会员编号{rng.randint(1000, 9999)}　{place}。", f"{zh_noun}；{zh_detail}。",
                     ref, f"入会时间：{rng.randint(2005, 2024)}年。", seek]  # fmt: skip
        elif kind == 2:
            parts = [f"企业名称：{name}。", f"主营：{zh_noun}。", f"规模：{zh_detail}。",
                     f"备注：{ref}" if ref else "", _field(rng.choice(["参团目的", "洽谈需求", "其他说明"]), "：", seek)]  # fmt: skip
        else:
            parts = [f"【{rng.choice(['2027年春季', '2027年秋季'])}赴美经贸代表团报名】{name}（{place}）",
                     f"——{zh_noun}，{zh_detail}。", ref,
                     f"随团人员：{rng.choice(['董事长', '总经理', '销售总监', '采购经理'])}。", seek]  # fmt: skip
        return "".join(p for p in parts if p)
    dot = "" if name.endswith(".") else "."
    if kind == 0 and stage == "E":
        parts = [f"Buyer delegation: {name} ({place}).", f"{_cap(en_noun)}, {en_detail}.", seek]
    elif kind == 0:
        exhibit = {"R": en_inp, "M": en_prod, "D": f"{en_prod} from the lines we represent"}[stage]
        parts = [f"Stand {rng.randint(1, 12)}-{rng.randint(101, 399)}: {name}, {place}.",
                 f"Exhibiting: {exhibit}.", f"{_cap(en_noun)}; {en_detail}.", f"{_cap(cert)}." if cert else "", seek]  # fmt: skip
    elif kind == 1:
        parts = [f"{name}, {place} (member since {rng.randint(2002, 2024)}, no. {rng.randint(1000, 9999)}).",
                 f"{_cap(en_noun)}: {en_detail}.", ref, seek]  # fmt: skip
    elif kind == 2:
        label = rng.choice(
            ["Objectives", "Meeting requests"]
            if us
            else ["Purpose of the visit", "Other information"]
        )
        parts = [f"Organisation: {name}{dot}", f"Line of business: {en_noun}.", f"Scale: {en_detail}.",
                 f"Notes: {ref}" if ref else "", _field(label, ": ", seek)]  # fmt: skip
    else:
        mission = "China" if us else "the United States"
        parts = [f"Trade mission to {mission}, registration no. {rng.randint(10, 99)}: {name}, {place}.",
                 f"Delegate: {rng.choice(['CEO', 'VP of Sales', 'Purchasing Director', 'Owner'])}.",
                 f"Profile: {en_noun}, {en_detail}.", ref, seek]  # fmt: skip
    return " ".join(_an(p) for p in parts if p)


def _text(rng: random.Random, zh: bool, us: bool, name: str, place: str, *, key: str,
          stages: STAGES, stage: str, want: str) -> str:  # fmt: skip
    """Half plain directory profiles; half catalogue, member-directory, sign-up or
    trade-mission entries."""
    seek = _want(rng, zh, us, key=key, stages=stages, stage=stage, want=want)
    ref = _customers(rng, zh, us, stages=stages, stage=stage)
    write = _plain if rng.random() < 0.5 else _entry
    return write(rng, zh, us, name=name, place=place, key=key, stages=stages, stage=stage,
                 seek=seek, ref=ref)  # fmt: skip


def _org_writer(seed: int) -> object:
    """This set's company writer (``org_writer`` of holdout9) with its names, sentences and
    legal forms: a trading or supply-chain legal form only for a distributor, a technology one
    only for a supplier or a maker."""
    return org_writer(seed, "j", text=_text, want_text=_want,
                      names=(US_NAMES, US_SUFFIX, US_STATES, CN_SYLLABLES, PROVINCES),
                      forms=lambda stage: [CN_FORMS[0], CN_FORMS[1], *CN_FORMS[3:]] if stage == "D"
                      else CN_FORMS[:3] if stage in "RM" else CN_FORMS[:2],
                      zh_line="{name}是一家{noun}，{detail}。{seek}")  # fmt: skip


def _distinct_cn_names(profiles: dict[str, object]) -> None:
    """Give a Chinese company whose Chinese name an earlier one already has the first unused
    pair of syllables (same province and legal form; in its name and text), so that
    ``_distinct_names``, which renames only US companies, finds no clash left."""
    orgs: list[dict[str, Any]] = profiles["organizations"]  # type: ignore[assignment]
    taken = {n for o in orgs for n in o["name"].values()}
    seen: set[str] = set()
    for o in orgs:
        old = o["name"].get("zh")
        if o["side"] != "CN" or old is None:
            continue
        if old in seen:
            prov = next(p for p, _ in PROVINCES if old.startswith(p))
            form = old[len(prov) + 2 :]
            pairs = permutations([c for c, _ in CN_SYLLABLES], 2)
            new = next(n for a, b in pairs if (n := f"{prov}{a}{b}{form}") not in taken)
            taken.add(new)
            o["name"]["zh"] = new
            o["description"]["zh"] = o["description"]["zh"].replace(old, new)
        seen.add(o["name"]["zh"])


def build(seed: int = SEED) -> tuple[dict[str, object], dict[str, object]]:
    """The profiles document and the gold file."""
    profiles, gold = assemble(_org_writer(seed), CHAINS, seed=seed, prefix="j", shuffle=True)  # type: ignore[arg-type]
    _distinct_cn_names(profiles)
    _distinct_names(profiles, (US_NAMES, US_SUFFIX))
    return profiles, gold


def main() -> None:
    """Write the set and its gold file."""
    profiles, gold = build()
    assert _fits(profiles, gold), "one or two partners each"
    write_set("roles_holdout12", profiles, gold)


if __name__ == "__main__":
    main()
