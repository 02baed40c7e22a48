# ruff: noqa: E501  (the profile phrases are data; wrapping them would only hurt reading)
"""Write the fifteenth held-out ROLE set (issue 18): ``roles_holdout15.json`` / ``roles_holdout15_gold.json``.

    python bench/recommend/make_holdout15.py

Written on 2026-12-04 (branch hold15) by a session that neither read nor ran the engine, and
committed before any engine ran on it: the clean test of a later change, to be evaluated once,
by the lead. Nothing is fitted or tuned on it.

Same structure as ``make_holdout14.py``; the helpers are imported, not copied: from
``make_holdout6.py`` how companies are placed along a chain (``assemble`` with shuffled traps:
the partner, a competitor of the query, a company offering what the query seeks but wanting
something else, one wanting the query's product but offering nothing it seeks, then the rest
of the chain) and how gold is derived and written; from ``make_holdout8.py`` English plurals
and capitals; from ``make_holdout9.py`` how a want is picked from three pools (``pick_want``)
and how a company is named and its language chosen (``org_writer``); from ``make_holdout10.py``
the check that each Chinese company has one or two partners (``_fits``); from
``make_holdout11.py`` labelled form fields (``_field``) and distinct US names
(``_distinct_names``, here with this set's surnames). Its chains, sentences and names are its
own:

* ten value chains in no earlier set and not in ``profiles.json`` / ``validation.json``
  (sausages, tapioca pearls, syringes, blood pressure monitors, kitchen knives, scaffolding,
  distribution transformers, industrial sewing machines, lawn mowers, hair clippers), each
  with a part or material supplier, a maker, a distributor or service company and an end buyer
  whose own business is something else (natural casing processor, tapioca starch producer,
  hypodermic needle maker, MEMS pressure sensor maker, cutlery steel mill, scaffold tube mill,
  electrical steel mill, rotary hook maker, small engine maker, clipper blade maker; scaffold
  rental company as the service role; ballpark concessionaire, bubble tea chain, dialysis
  clinic chain, remote patient monitoring company, steakhouse chain, shipyard, industrial park
  developer, jeans maker, landscaping company, barbershop chain);
* texts about a third plain profiles (offer, history, certificate or figures, customers, want,
  in one of five orders) and the rest of five kinds no earlier set has, about an eighth each:
  a B2B platform storefront with "|"-separated fields, a matchmaking questionnaire answered
  question by question (the questions in varied order), the secretariat's notes of a company
  visit (the company's words quoted), an e-mail enquiry to the secretariat with a signature,
  and a "member news" item from a bulletin; the want stands first, in the middle or last;
* the want in three kinds, about a third each: with a cue word, naming the partner without
  one, implied by the company's plan;
* 35 of the 40 Chinese companies in Chinese, 5 in English; US companies in English, two with a
  short Chinese version beside it; no two companies share a name (the seed is one whose
  Chinese names do not clash; a US name already taken gets the first unused surname and legal
  form, ``_distinct_names``).

A pair is gold when each side offers what the other seeks (same chain, stage of one = want of
the other, both ways), as in the other role sets.
"""

from __future__ import annotations

import random

from make_holdout6 import STAGES, _an, assemble, write_set
from make_holdout8 import _cap, _plural
from make_holdout9 import org_writer, pick_want
from make_holdout10 import _fits  # one or two partners for each Chinese company
from make_holdout11 import _distinct_names, _field

# The first seed from 1500 on (by the gold and the Chinese names alone) giving every Chinese
# company one or two partners and no two companies the same name; ``build`` (names) and
# ``main`` (partners) check it.
SEED = 1500

# key -> stage -> (Chinese noun, English noun, Chinese detail, English detail), as STAGES says
CHAINS: list[tuple[str, STAGES]] = [
    ("sausage", {
        "R": ("天然肠衣加工厂", "natural casing processor",
              "猪肠衣与羊肠衣年加工量6000吨", "6,000 tonnes of hog and sheep casings cleaned and graded a year"),
        "M": ("香肠生产企业", "sausage maker",
              "熏煮香肠与热狗肠年产4万吨", "40,000 tonnes of smoked sausages and frankfurters a year"),
        "D": ("餐饮肉品配送商", "foodservice meat distributor",
              "冷链配送车120辆，服务餐饮客户3000家", "120 refrigerated trucks serving 3,000 food-service accounts"),
        "E": ("体育场馆餐饮承包商", "ballpark concessionaire",
              "承包球场与体育馆餐饮点位1100个", "1,100 concession stands in ballparks and arenas"),
    }),
    ("boba", {
        "R": ("木薯淀粉生产企业", "tapioca starch producer",
              "木薯淀粉年产12万吨", "120,000 tonnes of tapioca starch a year"),
        "M": ("珍珠粉圆生产企业", "tapioca pearl maker",
              "珍珠粉圆与爆爆珠年产3万吨", "30,000 tonnes of tapioca pearls and popping boba a year"),
        "D": ("茶饮原料分销商", "bubble tea supply distributor",
              "服务茶饮门店4500家", "4,500 tea shops supplied"),
        "E": ("连锁奶茶品牌", "bubble tea chain",
              "直营与加盟门店780家", "780 company-owned and franchised stores"),
    }),
    ("syringe", {
        "R": ("注射针头生产企业", "hypodermic needle maker",
              "不锈钢注射针头年产40亿支", "four billion stainless steel needles a year"),
        "M": ("一次性注射器制造商", "syringe manufacturer",
              "一次性无菌注射器年产25亿支", "2.5 billion sterile single-use syringes a year"),
        "D": ("医疗耗材经销商", "medical-surgical supply distributor",
              "服务医院与诊所6000家", "6,000 hospitals and clinics supplied"),
        "E": ("连锁透析中心", "dialysis clinic chain",
              "透析中心540家", "540 dialysis centers"),
    }),
    ("bpmonitor", {
        "R": ("MEMS压力传感器生产企业", "MEMS pressure sensor maker",
              "医用压力传感器年产3000万颗", "thirty million medical-grade pressure sensors a year"),
        "M": ("电子血压计制造商", "blood pressure monitor manufacturer",
              "上臂式与腕式血压计年产1200万台", "twelve million upper-arm and wrist monitors a year"),
        "D": ("家用医疗器械经销商", "home medical equipment supplier",
              "门店与服务网点210个", "210 stores and service points"),
        "E": ("远程患者监测服务商", "remote patient monitoring company",
              "在管慢病患者38万人", "380,000 chronic-care patients enrolled"),
    }),
    ("knife", {
        "R": ("刀具钢生产企业", "cutlery steel mill",
              "不锈刀具钢带年产5万吨", "50,000 tonnes of stainless cutlery strip a year"),
        "M": ("厨房刀具制造商", "kitchen knife manufacturer",
              "厨师刀与牛排刀年产1800万把", "eighteen million chef's and steak knives a year"),
        "D": ("餐饮设备经销商", "restaurant equipment dealer",
              "仓储中心9处，服务餐厅1.2万家", "nine warehouses serving 12,000 restaurants"),
        "E": ("连锁牛排馆", "steakhouse chain",
              "牛排馆160家", "160 steakhouses"),
    }),
    ("scaffold", {
        "R": ("脚手架钢管生产企业", "scaffold tube mill",
              "热镀锌脚手架钢管年产35万吨", "350,000 tonnes of hot-dip galvanized scaffold tube a year"),
        "M": ("脚手架制造商", "scaffolding manufacturer",
              "盘扣式与门式脚手架年产18万吨", "180,000 tonnes of ringlock and frame scaffolding a year"),
        "D": ("脚手架租赁公司", "scaffold rental company",
              "在租脚手架9万吨", "90,000 tonnes of scaffolding out on hire"),
        "E": ("造船厂", "shipyard",
              "年交付船舶24艘", "twenty-four vessels delivered a year"),
    }),
    ("transformer", {
        "R": ("取向硅钢生产企业", "electrical steel mill",
              "取向硅钢年产25万吨", "250,000 tonnes of grain-oriented electrical steel a year"),
        "M": ("配电变压器制造商", "distribution transformer manufacturer",
              "柱上式与箱式变压器年产9万台", "90,000 pole-mounted and pad-mounted transformers a year"),
        "D": ("电力器材经销商", "electrical utility supply distributor",
              "库存电力器材1.5万种", "15,000 utility products in stock"),
        "E": ("产业园区开发商", "industrial park developer",
              "开发运营产业园区22个", "twenty-two industrial parks developed and run"),
    }),
    ("sewing", {
        "R": ("旋梭生产企业", "rotary hook maker",
              "工业缝纫机旋梭年产1000万只", "ten million rotary hooks for industrial machines a year"),
        "M": ("工业缝纫机制造商", "industrial sewing machine maker",
              "电脑平缝机与包缝机年产80万台", "800,000 computerized lockstitch and overlock machines a year"),
        "D": ("缝制设备经销商", "sewing equipment dealer",
              "服务服装厂2800家，配备维修技师90名", "2,800 garment factories served by ninety technicians"),
        "E": ("牛仔服装厂", "jeans maker",
              "牛仔裤年产1500万条", "fifteen million pairs of jeans a year"),
    }),
    ("mower", {
        "R": ("小型汽油机生产企业", "small engine maker",
              "通用小型汽油机年产400万台", "four million small gasoline engines a year"),
        "M": ("割草机制造商", "lawn mower manufacturer",
              "手推式与坐骑式割草机年产260万台", "2.6 million walk-behind and riding mowers a year"),
        "D": ("园林机械经销商", "outdoor power equipment dealer",
              "门店与维修站75个", "seventy-five stores with service shops"),
        "E": ("绿化养护公司", "landscaping company",
              "养护园区与社区绿地4200公顷", "grounds care for 10,000 acres of campuses and parks"),
    }),
    ("clipper", {
        "R": ("推剪刀头生产企业", "clipper blade maker",
              "陶瓷与钢制刀头年产2000万片", "twenty million ceramic and steel clipper blades a year"),
        "M": ("电推剪制造商", "hair clipper manufacturer",
              "专业电推剪与修边器年产600万台", "six million professional clippers and trimmers a year"),
        "D": ("美发用品分销商", "barber supply distributor",
              "服务理发店与美发学校1.8万家", "18,000 barbershops and beauty schools supplied"),
        "E": ("连锁理发店", "barbershop chain",
              "门店930家，理发师5200名", "930 shops and 5,200 barbers"),
    }),
]  # fmt: skip

# key -> (Chinese input, English input, Chinese product, English product,
#         supplier's certificate (zh, en), maker's certificate (zh, en))
TRADE = {
    "sausage": ("天然肠衣", "natural casings", "香肠", "sausages", "肠衣加工车间通过BRC认证", "BRC certified", "工厂通过SQF与HACCP认证", "SQF and HACCP certified"),
    "boba": ("木薯淀粉", "tapioca starch", "珍珠粉圆", "tapioca pearls", "淀粉获非转基因认证", "non-GMO verified", "工厂已完成FDA食品设施注册并获清真认证", "an FDA-registered food facility, halal certified"),
    "syringe": ("注射针头", "needles", "注射器", "syringes", "针管符合ISO 9626标准", "made to ISO 9626", "注射器获FDA 510(k)许可", "FDA 510(k) cleared"),
    "bpmonitor": ("压力传感器", "pressure sensors", "血压计", "blood pressure monitors", "工厂通过ISO 13485体系认证", "ISO 13485 certified", "血压计按ISO 81060-2完成临床验证", "clinically validated to ISO 81060-2"),
    "knife": ("刀具钢", "cutlery steel", "厨刀", "kitchen knives", "钢带成分对标DIN 1.4116", "equivalent to DIN 1.4116", "刀具获NSF认证", "NSF certified"),
    "scaffold": ("脚手架钢管", "scaffold tube", "脚手架", "scaffolding", "钢管符合EN 39标准", "made to EN 39", "脚手架通过EN 12810检测", "tested to EN 12810 and OSHA compliant"),
    "transformer": ("取向硅钢", "electrical steel", "配电变压器", "transformers", "高牌号硅钢铁损符合ASTM A876", "premium grades to ASTM A876", "变压器符合IEEE C57.12与美国能源部能效标准", "built to IEEE C57.12 and DOE efficiency rules"),
    "sewing": ("旋梭", "rotary hooks", "工业缝纫机", "industrial sewing machines", "旋梭经真空热处理，硬度达HRC 60", "vacuum hardened to HRC 60", "缝纫机获CE与UL认证", "CE marked and UL listed"),
    "mower": ("小型汽油机", "small engines", "割草机", "lawn mowers", "发动机获EPA与CARB认证", "EPA and CARB certified", "割草机符合ANSI B71.1标准", "ANSI B71.1 compliant"),
    "clipper": ("推剪刀头", "clipper blades", "电推剪", "hair clippers", "刀头采用日本SK钢", "made from Japanese SK steel", "电推剪获UL与CE认证", "UL listed and CE marked"),
}  # fmt: skip

DOWN = {"R": "M", "M": "D", "D": "E"}
ABROAD_ZH = ["加拿大", "韩国", "荷兰", "沙特", "越南", "巴西", "波兰", "新西兰"]
ABROAD_EN = ["Canada", "Korea", "the Netherlands", "Saudi Arabia", "Vietnam", "Brazil", "Poland", "New Zealand"]  # fmt: skip
US_REGIONS = ["New England", "the Mountain West", "the Mid-Atlantic", "Texas and Louisiana",
              "the Upper Midwest", "the Central Valley"]  # fmt: skip

# The want. {c}: the other country, {w}/{ws}/{Ws}: the wanted stage's noun (singular/plural),
# {a}: the other country's adjective, {inp}/{prod}: the chain's input and product.
ZH_CUE = [
    "希望对接{c}{w}，可先从试单做起。",
    "诚征{c}{w}作为长期合作方。",
    "寻找{c}{w}，欢迎来函洽谈。",
    "有意与{c}{w}建立稳定的合作关系。",
]
ZH_NAMED = [
    "目标对象：{c}{w}。",
    "此次对接会最想见的是{c}{w}。",
    "{c}{w}——这是我们今年对外合作的重点。",
    "对口单位：{c}{w}。",
]
ZH_IMPLIED = {
    ("R", "M"): ["{inp}产能今年翻番，打算与{c}几家长期用料的工厂签订年度供货合同。",
                 "我们的{inp}已通过{c}客户的来料检验，可随时向当地生产线供料。"],
    ("M", "R"): ["{inp}占生产成本近一半，明年想在{c}另开一条进料渠道。",
                 "扩线后{inp}用量将增加四成，拟从{c}的上游厂家直接进料。"],
    ("M", "D"): ["{prod}打算进入{c}，需要一家熟悉当地渠道、能备库存的代理。",
                 "{prod}在{c}还没有落地仓，准备交给当地一家批发商独家销售。"],
    ("M", "E"): ["{prod}可按大客户的规格定制，希望直接供给{c}实际使用的单位。",
                 "我们更愿意跳过中间环节，把{prod}直接卖给{c}的终端用户。"],
    ("D", "M"): ["今年准备把{prod}的货源从贸易公司换成{c}的工厂直供。",
                 "店里的{prod}缺少有价格优势的品牌，打算请{c}的厂家贴牌生产。"],
    ("D", "E"): ["{prod}库存充足，可直接配送到{c}的终端用户，账期可谈。",
                 "熟悉{c}终端用户的采购流程，{prod}可以分批送货、按月对账。"],
    ("E", "M"): ["每年{prod}消耗量很大，打算绕开中间商，直接请{c}的工厂按需生产。",
                 "新一年的{prod}采购准备直接交给{c}的生产厂家。"],
    ("E", "D"): ["{prod}一直是零散采购，想交给{c}一家有现货、能送货上门的经销商。",
                 "各网点的{prod}补货，希望由{c}一家经销商统一负责。"],
}  # fmt: skip
EN_CUE = [
    "We would like to find a {w} in {c} for regular orders.",
    "Seeking introductions to {a} {ws}.",
    "Hoping to connect with a {w} from {c} this year.",
    "Searching for a dependable {a} {w}.",
]
EN_NAMED = [
    "Target counterpart: a {w} in {c}.",
    "Best fit for us: {a} {ws}.",
    "First on our list this year — a {w} based in {c}.",
    "{Ws} in {c}, please get in touch.",
]
EN_IMPLIED = {
    ("R", "M"): ["Our {inp} capacity doubles this year, and we mean to sign annual supply contracts with factories in {c}.",
                 "Every batch of our {inp} is tested to {a} standards, ready to feed a production line in {c} at short notice."],
    ("M", "R"): ["Close to half of our production cost goes on {inp}, so next year we want a second source in {c}.",
                 "After our line expansion we will use 40% more {inp}, and we plan to buy the extra straight from a producer in {c}."],
    ("M", "D"): ["We are taking our {prod} to {c} and need one local agent who knows the channel and can hold stock.",
                 "We have no warehouse in {c} for our {prod} yet; one local wholesaler would get the exclusive."],
    ("M", "E"): ["We build {prod} to a large buyer's own specification and would rather ship them straight to the users in {c}.",
                 "We prefer to skip the middlemen and sell our {prod} directly to the end users in {c}."],
    ("D", "M"): ["This year our {prod} will come straight from a factory in {c} instead of a trading house.",
                 "Our shelves lack a good-value brand of {prod}, so we want a maker in {c} to build one under our label."],
    ("D", "E"): ["With {prod} in stock, we can deliver direct to end users in {c} on negotiable terms.",
                 "We know how end users in {c} buy, and we deliver {prod} in batches with monthly billing."],
    ("E", "M"): ["We go through {prod} in large numbers and intend to order straight from a factory in {c}.",
                 "Next year's {prod} purchase will go straight to a manufacturer in {c}."],
    ("E", "D"): ["Today we buy {prod} in bits and pieces; we would hand that to one {a} dealer who keeps stock and delivers.",
                 "We want a single dealer in {c} to take over restocking {prod} at all our sites."],
}  # fmt: skip

PROVINCES = [("湖北", "Hubei"), ("广西", "Guangxi"), ("山西", "Shanxi"), ("辽宁", "Liaoning"),
             ("重庆", "Chongqing"), ("云南", "Yunnan"), ("吉林", "Jilin"), ("贵州", "Guizhou")]  # fmt: skip
CN_SYLLABLES = [("昱", "Yu"), ("钧", "Jun"), ("澄", "Cheng"), ("麒", "Qi"), ("楠", "Nan"),
                ("磊", "Lei"), ("湛", "Zhan"), ("桦", "Hua"), ("砚", "Yan"), ("蔚", "Wei"),
                ("逸", "Yi"), ("峻", "Jun"), ("珩", "Heng"), ("漾", "Yang")]  # fmt: skip
CN_FORMS = [("有限公司", "Co., Ltd."), ("工贸有限公司", "Industry & Trade Co., Ltd."),
            ("股份有限公司", "Corporation"), ("商贸有限公司", "Commerce Co., Ltd."),
            ("服务有限公司", "Services Co., Ltd."), ("集团有限公司", "Group Co., Ltd.")]  # fmt: skip
US_NAMES = [("Ashby", "阿什比"), ("Thornton", "桑顿"), ("Pendleton", "彭德尔顿"),
            ("Carrington", "卡林顿"), ("Goodwin", "古德温"), ("Hollister", "霍利斯特"),
            ("Kingsley", "金斯利"), ("Mansfield", "曼斯菲尔德"), ("Norwood", "诺伍德"),
            ("Oakley", "奥克利"), ("Sheffield", "谢菲尔德"), ("Townsend", "汤森"),
            ("Yates", "耶茨"), ("Vance", "万斯"), ("Sutton", "萨顿"), ("Halloran", "哈洛伦"),
            ("Winslow", "温斯洛"), ("Brandt", "布兰特"), ("Galbraith", "加尔布雷思"),
            ("Whitfield", "惠特菲尔德")]  # fmt: skip
US_SUFFIX = ["Inc.", "LLC", "Company", "Corp.", "Group", "Enterprises"]
US_STATES = ["Nebraska", "Maryland", "Arkansas", "Idaho", "Maine", "Delaware", "New Mexico", "Montana"]  # fmt: skip

# People and small facts for notes, e-mails and news items, all made up.
ZH_SURNAMES = ["赵", "孙", "马", "胡", "郭", "何", "罗", "梁"]
ZH_ROLES = ["总经理", "副总经理", "国际部经理", "采购总监", "董事长助理"]
ZH_CITIES = ["武汉", "南宁", "太原", "大连", "重庆", "昆明", "长春", "贵阳"]
ZH_NEWS = ["完成新一轮数字化升级", "迎来成立{age}周年", "新址正式启用", "获评省级专精特新企业",
           "启用新的物流中心"]  # fmt: skip
EN_PEOPLE = ["Karen Lindsey", "Jorge Alvarado", "Meera Shah", "Paul Brennecke", "Alicia Ford",
             "Derek Olsen", "Naomi Chu", "Ben Whitaker"]  # fmt: skip
CN_PEOPLE_EN = ["Zhao Peng", "Sun Li", "Ma Jun", "Hu Xiaoyan", "Guo Wei", "Luo Qing"]
EN_ROLES = ["Managing Director", "Head of Sourcing", "Export Manager", "Owner",
            "Vice President, Business Development"]  # fmt: skip
EN_NEWS = ["has opened a new site", "marked {age} years in business", "finished a major upgrade",
           "moved into larger premises", "was named a regional employer of the year"]  # fmt: skip
MONTHS = ["January", "March", "May", "July", "September", "November"]


def _want(rng: random.Random, zh: bool, us: bool, *, key: str, stages: STAGES, stage: str,
          want: str) -> str:  # fmt: skip
    """The want: with a cue word, naming the partner without one, or implied by a plan."""
    pools = (ZH_CUE, ZH_NAMED, ZH_IMPLIED, EN_CUE, EN_NAMED, EN_IMPLIED)
    return pick_want(rng, zh, us, pools=pools, trade=TRADE[key], stages=stages, stage=stage,
                     want=want, zh_there=("美国", "美国本土"),
                     en_there=(("the US", "US"), ("America", "American")))  # fmt: skip


def _cert(key: str, stage: str, zh: bool) -> str:
    """The certificate of a supplier or a maker; none for a distributor or an end buyer."""
    at = {"R": 4, "M": 6}.get(stage)  # where its Chinese certificate stands in TRADE
    return "" if at is None else TRADE[key][at if zh else at + 1]


def _customers(rng: random.Random, zh: bool, us: bool, *, stages: STAGES, stage: str) -> str:
    """Whom the company sells to today (the next stage of its chain, abroad for a Chinese
    company, in a US region for a US one), for half of those that sell on; in the third person,
    so it reads the same in a profile and in notes."""
    down = DOWN.get(stage)
    if not down or rng.random() < 0.5:
        return ""
    if zh:
        abroad = "、".join(rng.sample(ABROAD_ZH, 2))
        return rng.choice([f"现有客户多为{abroad}的{stages[down][0]}。",
                           f"长期为{abroad}的{stages[down][0]}供货。"])  # fmt: skip
    where = rng.choice(US_REGIONS) if us else " and ".join(rng.sample(ABROAD_EN, 2))
    downs = _plural(stages[down][1])
    return rng.choice([f"Customers today are mostly {downs} in {where}.",
                       f"Long-standing accounts include {downs} in {where}."])  # fmt: skip


def _figures(rng: random.Random, zh: bool, us: bool, cert: str) -> str:
    """A supplier's or maker's certificate (with its export share, for some Chinese companies),
    or a distributor's or end buyer's turnover."""
    if zh and cert:
        return rng.choice([f"{cert}。", f"{cert}，出口约占销售额的{rng.randint(2, 7)}成。"])
    if zh:
        return rng.choice([f"年营业额约{rng.randint(3, 60)}亿元。",
                           f"去年营收同比增长{rng.randint(3, 22)}%。"])  # fmt: skip
    if cert and not us:
        return rng.choice([f"{_cap(cert)}.",
                           f"{_cap(cert)}, with exports at roughly {rng.randint(20, 75)}% of sales."])  # fmt: skip
    if cert:
        return f"{_cap(cert)}."
    return rng.choice([f"Annual sales of around ${rng.randint(12, 650)} million.",
                       f"Sales grew {rng.randint(3, 22)}% last year."])  # fmt: skip


def _plain(rng: random.Random, zh: bool, us: bool, *, name: str, place: str, key: str,
           stages: STAGES, stage: str, seek: str, ref: str) -> str:  # fmt: skip
    """A plain profile: offer, history, certificate or figures, customers and want, in one of
    five orders."""
    zh_noun, en_noun, zh_detail, en_detail = stages[stage]
    y = rng.randint(1958, 2021)
    staff = rng.choice([3100, 6800, 12500, 21000] if stage == "E" else [60, 150, 380, 870, 2300])
    if zh:
        history = rng.choice([f"企业创办于{y}年，现有员工{staff}名。",
                              f"扎根{place}已有{2026 - y}年。",
                              f"{y}年起步，如今在{place}拥有{staff}名员工。"])  # fmt: skip
        offer = rng.choice([f"{name}为{zh_noun}，{zh_detail}。",
                            f"我们是一家{zh_noun}，{zh_detail}。",
                            f"本企业是{place}的一家{zh_noun}，{zh_detail}。"])  # fmt: skip
    else:
        history = rng.choice([f"Incorporated in {y}; {staff:,} employees.",
                              f"In business for {2026 - y} years, based in {place}.",
                              f"Family-owned since {y}, with {staff:,} staff in {place}."])  # fmt: skip
        offer = rng.choice([f"{name} is a {en_noun} with {en_detail}.",
                            f"We are a {en_noun}: {en_detail}.",
                            f"In short: a {en_noun}, {en_detail}."])  # fmt: skip
    figures = _figures(rng, zh, us, _cert(key, stage, zh))
    parts = [
        [offer, history, figures, ref, seek],
        [offer, seek, history, figures, ref],
        [seek, history, offer, ref, figures],
        [history, offer, ref, seek, figures],
        [offer, figures, history, ref, seek],
    ][rng.randrange(5)]
    if zh:
        return "".join(p for p in parts if p)
    return " ".join(_an(p) for p in parts if p)


def _storefront(rng: random.Random, zh: bool, us: bool, *, name: str, place: str, key: str,
                stages: STAGES, stage: str, seek: str, ref: str) -> str:  # fmt: skip
    """A B2B platform storefront: fields separated by bars, the want pinned on top or in the
    last field."""
    zh_noun, en_noun, zh_detail, en_detail = stages[stage]
    cert = _cert(key, stage, zh)
    years = rng.randint(3, 16)
    top = rng.random() < 0.35
    if zh:
        mode = {"R": "生产厂家", "M": "生产厂家", "D": "批发分销", "E": "终端采购"}[stage]
        fields = [f"{name}（入驻第{years}年）", f"经营模式：{mode}", f"所在地：{place}",
                  f"主营：{zh_noun}，{zh_detail}", f"资质：{cert}" if cert else "",
                  f"客户：{ref.rstrip('。')}" if ref else ""]  # fmt: skip
        body = "｜".join(f for f in fields if f) + "。"
        if top:
            return f"【置顶】{seek}" + body
        return body + _field(rng.choice(["合作意向", "近期计划", "留言"]), "：", seek)
    mode = {"R": "Manufacturer", "M": "Manufacturer", "D": "Wholesaler / distributor",
            "E": "Corporate buyer"}[stage]  # fmt: skip
    fields = [f"{name} (member for {years} years)", f"Business type: {mode}",
              f"Location: {place}", _an(f"Main line: {en_noun}, {en_detail}"),
              f"Credentials: {cert}" if cert else "", f"References: {ref.rstrip('.')}" if ref else ""]  # fmt: skip
    body = " | ".join(f for f in fields if f) + "."
    if top:
        return f"Pinned — {seek} " + body
    return (
        body
        + " "
        + _field(rng.choice(["Sourcing note", "About this listing", "Plans"]), ": ", seek)
    )


def _questionnaire(rng: random.Random, zh: bool, us: bool, *, name: str, place: str,
                   stages: STAGES, stage: str, seek: str, ref: str) -> str:  # fmt: skip
    """A matchmaking questionnaire answered question by question, the questions in one of
    three orders."""
    zh_noun, en_noun, zh_detail, en_detail = stages[stage]
    if zh:
        qa = [("贵单位做什么？", f"{zh_noun}，{zh_detail}。"),
              ("现有客户在哪些地区？", ref or "目前以国内客户为主。"),
              ("参加本次对接会的目的？", seek)]  # fmt: skip
        head = f"{name}｜{place}｜对接会问卷。"
        q, a = "问：", "答："
    else:
        qa = [("What does your company do?", _an(f"A {en_noun}; {en_detail}.")),
              ("Where are your customers today?", ref or "Mostly in our home market so far."),
              ("What would make this event worthwhile for you?", seek)]  # fmt: skip
        head = f"Matchmaking questionnaire — {name}, {place}."
        q, a = "Q: ", "A: "
    order = [[0, 1, 2], [0, 2, 1], [2, 0, 1]][rng.randrange(3)]
    lines = [head] + [f"{q}{qa[i][0]} {a}{qa[i][1]}" for i in order]
    return "\n".join(lines)


def _visit(rng: random.Random, zh: bool, us: bool, *, name: str, place: str, stages: STAGES,
           stage: str, seek: str, ref: str) -> str:  # fmt: skip
    """The secretariat's notes of a company visit; the company's words quoted, before or after
    the facts."""
    zh_noun, en_noun, zh_detail, en_detail = stages[stage]
    first = rng.random() < 0.4
    if zh:
        who = f"{rng.choice(ZH_SURNAMES)}{rng.choice(ZH_ROLES)}"
        date = f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
        intro = f"【走访纪要】{date}，秘书处走访{name}（{place}）。"
        facts = f"该企业为{zh_noun}，{zh_detail}。{ref}"
        said = f"{who}表示：“{seek}”" if "：" not in seek else f"{who}在需求登记表上写道——{seek}"
        return intro + (said + facts if first else facts + said)
    person = rng.choice(EN_PEOPLE if us else CN_PEOPLE_EN)
    intro = f"Visit notes, {rng.choice(MONTHS)} 2027 — {name}, {place}."
    facts = " ".join(p for p in [_an(f"A {en_noun}: {en_detail}."), ref] if p)
    said = (f"{person} ({rng.choice(EN_ROLES)}) told us: “{seek}”" if ":" not in seek
            else f"{person} ({rng.choice(EN_ROLES)}) filled in our request form — {seek}")  # fmt: skip
    return " ".join([intro, said, facts] if first else [intro, facts, said])


def _email(rng: random.Random, zh: bool, us: bool, *, name: str, place: str, key: str,
           stages: STAGES, stage: str, seek: str, ref: str) -> str:  # fmt: skip
    """An e-mail enquiry to the secretariat, the want first or after the introduction, signed
    by a manager."""
    zh_noun, en_noun, zh_detail, en_detail = stages[stage]
    cert = _cert(key, stage, zh)
    first = rng.random() < 0.4
    if zh:
        intro = (
            f"我司{name}位于{place}，是一家{zh_noun}，{zh_detail}。"
            + (f"{cert}。" if cert else "")
            + ref
        )
        body = seek + "简单介绍一下：" + intro if first else intro + seek
        sign = f"{rng.choice(ZH_SURNAMES)}{rng.choice(['先生', '女士'])}，{rng.choice(ZH_ROLES)}"
        return f"秘书处您好！{body}盼复为感。\n{sign}\n{name}"
    intro = f"I write on behalf of {name}, {_an('a ' + en_noun)} in {place} ({en_detail})."
    extra = " ".join(p for p in [f"{_cap(cert)}." if cert else "", ref] if p)
    body = [seek, intro, extra] if first else [intro, extra, seek]
    person = rng.choice(EN_PEOPLE if us else CN_PEOPLE_EN)
    return ("Dear Chamber team,\n" + " ".join(p for p in body if p)
            + f" Thank you in advance.\n{person}, {rng.choice(EN_ROLES)}\n{name}")  # fmt: skip


def _news(rng: random.Random, zh: bool, us: bool, *, name: str, place: str, stages: STAGES,
          stage: str, seek: str, ref: str) -> str:  # fmt: skip
    """A "member news" item from the bulletin: the news, the business, and the plan as a
    spokesperson put it."""
    zh_noun, en_noun, zh_detail, en_detail = stages[stage]
    age = rng.choice([10, 20, 25, 30, 40])
    if zh:
        news = rng.choice(ZH_NEWS).format(age=age)
        said = (
            f"公司负责人介绍：“{seek}”" if "：" not in seek else f"公司在需求登记表上写道——{seek}"
        )
        parts = [f"【会员动态】{zh_noun}{name}近日{news}。", f"公司{zh_detail}。", ref, said]
        return "".join(p for p in parts if p)
    news = rng.choice(EN_NEWS).format(age=age)
    parts = [f"Member news: {name} ({place}) {news}.",
             _an(f"Line of business: a {en_noun} ({en_detail})."), ref,
             f"“{seek[:-1]},” a spokesperson said." if seek.endswith(".") and ":" not in seek
             else f"Its entry on the members' request board reads — {seek}"]  # fmt: skip
    return " ".join(p for p in parts if p)


def _text(rng: random.Random, zh: bool, us: bool, name: str, place: str, *, key: str,
          stages: STAGES, stage: str, want: str) -> str:  # fmt: skip
    """About a third plain profiles; the rest storefronts, questionnaires, visit notes,
    e-mails and news items, about an eighth each."""
    seek = _want(rng, zh, us, key=key, stages=stages, stage=stage, want=want)
    ref = _customers(rng, zh, us, stages=stages, stage=stage)
    role = {
        "name": name,
        "place": place,
        "stages": stages,
        "stage": stage,
        "seek": seek,
        "ref": ref,
    }
    if rng.random() < 0.34:
        return _plain(rng, zh, us, key=key, **role)  # type: ignore[arg-type]
    kind = rng.randrange(5)
    if kind == 0:
        return _storefront(rng, zh, us, key=key, **role)  # type: ignore[arg-type]
    if kind == 1:
        return _questionnaire(rng, zh, us, **role)  # type: ignore[arg-type]
    if kind == 2:
        return _visit(rng, zh, us, **role)  # type: ignore[arg-type]
    if kind == 3:
        return _email(rng, zh, us, key=key, **role)  # type: ignore[arg-type]
    return _news(rng, zh, us, **role)  # type: ignore[arg-type]


def _org_writer(seed: int) -> object:
    """This set's company writer (``org_writer`` of holdout9) with its names, sentences and
    legal forms: a commerce or services legal form only for a distributor or service company,
    an industry-and-trade one only for a supplier or a maker, a group one only for an end
    buyer."""
    return org_writer(seed, "e", text=_text, want_text=_want,
                      names=(US_NAMES, US_SUFFIX, US_STATES, CN_SYLLABLES, PROVINCES),
                      forms=lambda stage: [CN_FORMS[0], CN_FORMS[3], CN_FORMS[4]] if stage == "D"
                      else CN_FORMS[:3] if stage in "RM" else [CN_FORMS[0], CN_FORMS[2], CN_FORMS[5]],
                      zh_line="{name}｜{noun}｜{detail}。{seek}")  # fmt: skip


def build(seed: int = SEED) -> tuple[dict[str, object], dict[str, object]]:
    """The profiles document and the gold file."""
    profiles, gold = assemble(_org_writer(seed), CHAINS, seed=seed, prefix="e", shuffle=True)  # type: ignore[arg-type]
    _distinct_names(profiles, (US_NAMES, US_SUFFIX))  # asserts that no two names are the same
    return profiles, gold


def main() -> None:
    """Write the set and its gold file."""
    profiles, gold = build()
    assert _fits(profiles, gold), "one or two partners each"
    write_set("roles_holdout15", profiles, gold)


if __name__ == "__main__":
    main()
