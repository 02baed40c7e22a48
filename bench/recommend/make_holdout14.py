# ruff: noqa: E501  (the profile phrases are data; wrapping them would only hurt reading)
"""Write the fourteenth held-out ROLE set (issue 18): ``roles_holdout14.json`` / ``roles_holdout14_gold.json``.

    python bench/recommend/make_holdout14.py

Written on 2026-12-03 evening (branch hold14) by a session that neither read nor ran the
engine, and committed before any engine ran on it: the clean test of a later change, to be
evaluated once, by the lead. Nothing is fitted or tuned on it.

Same structure as ``make_holdout13.py``; the helpers are imported, not copied: from
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
  (office chairs, paper cups, fire extinguishers, medical scrubs, traffic cones, hand dryers,
  waste carts, faucets, lanyards, bowling pins), each with a part or material supplier, a
  maker, a distributor or service company and an end buyer whose own business is something
  else (gas spring maker, cupstock board mill, dry chemical agent producer, scrub fabric mill,
  PVC compounder, brushless motor maker, HDPE resin producer, brass rod mill, polyester webbing
  mill, maple blank mill; fire protection service company and traffic control rental company
  as the service roles; coworking space operator, movie theater chain, shopping mall operator,
  urgent care chain, highway paving contractor, airport operator, waste hauling company, hotel
  chain, trade show organizer, family entertainment center chain);
* texts about a third plain directory profiles (history, offer, certificate or figures,
  customers, want, in varied order) and the rest secretariat imports of six other kinds, about
  a ninth each: a trade-fair catalogue entry (an exhibitor's, or a pre-registered buyer's for
  an end buyer), a member-directory entry, a sign-up form with labelled fields, a trade-mission
  registration, and two kinds no earlier set has: a chamber newsletter's "member spotlight"
  paragraph (the want quoted from a manager) and a business card read line by line (name,
  business, address, telephone, web address, one line of what the company is after, joined by
  newlines); some name whom the company already sells to;
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
from typing import Any

from make_holdout6 import STAGES, _an, assemble, write_set
from make_holdout8 import _cap, _plural
from make_holdout9 import org_writer, pick_want
from make_holdout10 import _fits  # one or two partners for each Chinese company
from make_holdout11 import _distinct_names, _field

# The first seed from 1400 on (by the gold and the Chinese names alone) giving every Chinese
# company one or two partners and no two Chinese companies the same name; ``build`` (names) and
# ``main`` (partners) check it.
SEED = 1401

# key -> stage -> (Chinese noun, English noun, Chinese detail, English detail), as STAGES says
CHAINS: list[tuple[str, STAGES]] = [
    ("chair", {
        "R": ("座椅气弹簧生产企业", "gas spring maker",
              "座椅气弹簧年产1500万支", "fifteen million chair gas lifts a year"),
        "M": ("办公椅制造商", "office chair manufacturer",
              "人体工学椅与会议椅年产220万把", "2.2 million ergonomic and conference chairs a year"),
        "D": ("办公家具经销商", "office furniture dealer",
              "展厅18个，年承接办公室配套项目600个", "eighteen showrooms and 600 office fit-outs a year"),
        "E": ("联合办公空间运营商", "coworking space operator",
              "运营共享办公空间64处、工位3.5万个", "sixty-four coworking sites with 35,000 desks"),
    }),
    ("cup", {
        "R": ("淋膜杯纸板生产企业", "cupstock board mill",
              "淋膜杯纸板年产18万吨", "180,000 tonnes of poly-coated cupstock a year"),
        "M": ("纸杯制造商", "paper cup manufacturer",
              "单层与双层纸杯年产60亿只", "six billion single- and double-wall cups a year"),
        "D": ("餐饮包材分销商", "foodservice packaging distributor",
              "服务餐厅、咖啡馆与影院客户2.6万家", "26,000 restaurants, cafés and venues supplied"),
        "E": ("连锁影院集团", "movie theater chain",
              "影院410家、银幕5200块", "410 cinemas with 5,200 screens"),
    }),
    ("extinguisher", {
        "R": ("干粉灭火剂生产企业", "dry chemical agent producer",
              "ABC干粉灭火剂年产6万吨", "60,000 tonnes of ABC dry chemical a year"),
        "M": ("灭火器制造商", "fire extinguisher manufacturer",
              "手提式与推车式灭火器年产800万具", "eight million portable and wheeled extinguishers a year"),
        "D": ("消防设施维保公司", "fire protection service company",
              "每年检测维保灭火器70万具", "700,000 extinguishers inspected and serviced a year"),
        "E": ("购物中心运营商", "shopping mall operator",
              "持有并运营购物中心34座", "thirty-four shopping malls"),
    }),
    ("scrubs", {
        "R": ("医护面料织造厂", "scrub fabric mill",
              "四面弹医护面料年产3000万米", "thirty million metres of four-way stretch scrub fabric a year"),
        "M": ("医护服制造商", "scrubs manufacturer",
              "医护服年产900万套", "nine million sets of scrubs a year"),
        "D": ("医护服装经销商", "medical apparel distributor",
              "服务诊所与医院4200家", "4,200 clinics and hospitals supplied"),
        "E": ("连锁急诊中心", "urgent care chain",
              "急诊中心260家", "260 urgent care centers"),
    }),
    ("cone", {
        "R": ("PVC改性料生产企业", "PVC compounder",
              "软质PVC改性料年产4万吨", "40,000 tonnes of flexible PVC compound a year"),
        "M": ("交通安全设施制造商", "traffic cone and barricade maker",
              "路锥、防撞桶与隔离栏年产1200万件", "twelve million cones, drums and barricades a year"),
        "D": ("交通设施租赁公司", "traffic control rental company",
              "出租路锥与水马共40万件", "a rental fleet of 400,000 cones, drums and barriers"),
        "E": ("公路路面施工企业", "highway paving contractor",
              "每年摊铺沥青路面900公里", "560 lane-miles paved a year"),
    }),
    ("dryer", {
        "R": ("无刷电机生产企业", "brushless motor maker",
              "小型高速无刷电机年产900万台", "nine million small high-speed brushless motors a year"),
        "M": ("干手器制造商", "hand dryer manufacturer",
              "高速干手器年产150万台", "1.5 million high-speed hand dryers a year"),
        "D": ("清洁用品分销商", "janitorial supply distributor",
              "服务物业与保洁公司5000家", "5,000 building service contractors supplied"),
        "E": ("机场管理集团", "airport operator",
              "运营机场7座，年旅客吞吐量9000万人次", "seven airports and ninety million passengers a year"),
    }),
    ("wastecart", {
        "R": ("高密度聚乙烯树脂生产企业", "HDPE resin producer",
              "注塑级HDPE年产30万吨", "300,000 tonnes of injection-grade HDPE a year"),
        "M": ("分类垃圾桶制造商", "waste cart manufacturer",
              "带轮垃圾桶年产700万只", "seven million wheeled waste carts a year"),
        "D": ("环卫设备经销商", "waste equipment distributor",
              "服务市政部门与环卫企业900家", "900 municipalities and haulers supplied"),
        "E": ("垃圾清运公司", "waste hauling company",
              "清运车辆1800辆，服务住户300万户", "1,800 collection trucks serving three million homes"),
    }),
    ("faucet", {
        "R": ("黄铜棒材厂", "brass rod mill",
              "无铅黄铜棒年产8万吨", "80,000 tonnes of lead-free brass rod a year"),
        "M": ("水龙头制造商", "faucet manufacturer",
              "厨卫龙头年产1000万只", "ten million kitchen and bath faucets a year"),
        "D": ("水暖器材批发商", "plumbing supply wholesaler",
              "门市与仓库56处", "fifty-six branches and warehouses"),
        "E": ("酒店管理集团", "hotel chain",
              "旗下酒店240家、客房4.1万间", "240 hotels with 41,000 rooms"),
    }),
    ("lanyard", {
        "R": ("涤纶织带厂", "polyester webbing mill",
              "涤纶织带年产2亿米", "200 million metres of polyester webbing a year"),
        "M": ("挂绳与证件卡套制造商", "lanyard and badge holder maker",
              "印刷挂绳年产5000万条", "fifty million printed lanyards a year"),
        "D": ("促销品分销商", "promotional products distributor",
              "服务企业客户1.1万家", "11,000 corporate accounts"),
        "E": ("会展主办公司", "trade show organizer",
              "每年主办展会70场、观众200万人次", "seventy trade shows a year and two million visitors"),
    }),
    ("bowling", {
        "R": ("硬枫木坯料加工厂", "maple blank mill",
              "保龄球瓶用硬枫木坯料年产1.5万立方米", "15,000 cubic metres of hard maple pin blanks a year"),
        "M": ("保龄球瓶制造商", "bowling pin manufacturer",
              "保龄球瓶年产90万只", "900,000 bowling pins a year"),
        "D": ("保龄球设备经销商", "bowling equipment distributor",
              "服务保龄球馆1500家", "1,500 bowling centers supplied"),
        "E": ("家庭娱乐中心连锁", "family entertainment center chain",
              "娱乐中心120家、球道3600条", "120 entertainment centers with 3,600 lanes"),
    }),
]  # fmt: skip

# key -> (Chinese input, English input, Chinese product, English product,
#         supplier's certificate (zh, en), maker's certificate (zh, en))
TRADE = {
    "chair": ("气弹簧", "gas springs", "办公椅", "office chairs", "气弹簧通过20万次循环耐久测试", "cycle tested to 200,000 strokes", "办公椅符合BIFMA X5.1标准", "BIFMA X5.1 compliant"),
    "cup": ("杯纸板", "cupstock", "纸杯", "paper cups", "纸板获FSC认证", "FSC certified", "纸杯符合FDA食品接触要求", "FDA food-contact compliant"),
    "extinguisher": ("干粉灭火剂", "dry chemical agent", "灭火器", "fire extinguishers", "灭火剂按ISO 7202标准检测", "tested to ISO 7202", "灭火器获UL 299认证", "UL 299 listed"),
    "scrubs": ("医护面料", "scrub fabric", "医护服", "scrubs", "面料经AATCC 100抗菌测试", "antimicrobial tested to AATCC 100", "工厂通过WRAP认证", "WRAP certified"),
    "cone": ("PVC改性料", "PVC compound", "路锥", "traffic cones", "改性料通过RoHS检测", "RoHS tested", "路锥符合MUTCD规范", "MUTCD compliant"),
    "dryer": ("无刷电机", "brushless motors", "干手器", "hand dryers", "电机获UL 1004认证", "UL 1004 recognized", "干手器获UL 507认证并符合ADA要求", "UL 507 listed and ADA compliant"),
    "wastecart": ("HDPE树脂", "HDPE resin", "垃圾桶", "waste carts", "树脂通过耐环境应力开裂测试", "ESCR tested", "垃圾桶符合ANSI Z245.60标准", "ANSI Z245.60 compliant"),
    "faucet": ("黄铜棒", "brass rod", "水龙头", "faucets", "棒材符合ASTM B16标准", "ASTM B16 compliant", "龙头通过NSF/ANSI 61与372认证", "NSF/ANSI 61 and 372 certified"),
    "lanyard": ("织带", "webbing", "挂绳", "lanyards", "织带通过REACH检测", "REACH compliant", "工厂通过Sedex审核", "Sedex audited"),
    "bowling": ("枫木坯料", "maple blanks", "保龄球瓶", "bowling pins", "坯料含水率控制在8%以内", "kiln dried to under 8% moisture", "球瓶获USBC认证", "USBC approved"),
}  # fmt: skip

DOWN = {"R": "M", "M": "D", "D": "E"}
ABROAD_ZH = ["墨西哥", "澳大利亚", "日本", "德国", "阿联酋", "智利", "新加坡", "南非"]
ABROAD_EN = ["Mexico", "Australia", "Japan", "Germany", "the UAE", "Chile", "Singapore", "South Africa"]  # fmt: skip
US_REGIONS = ["the Pacific Northwest", "the Southeast", "Texas and Oklahoma", "the Great Lakes region",
              "the Carolinas", "Southern California"]  # fmt: skip

# The want. {c}: the other country, {w}/{ws}/{Ws}: the wanted stage's noun (singular/plural),
# {a}: the other country's adjective, {inp}/{prod}: the chain's input and product.
ZH_CUE = [
    "现寻求{c}{w}作为合作伙伴，欢迎来函索取样品。",
    "正在物色{c}{w}，可先小批量试单。",
    "诚邀{c}{w}洽谈合作，详情请致电业务部。",
    "期望结识实力可靠的{c}{w}。",
]
ZH_NAMED = [
    "主要对接方：{c}{w}。",
    "本次行程安排拜会{c}{w}。",
    "对口企业类型——{c}{w}。",
    "{c}{w}请与我司国际业务部联系。",
]
ZH_IMPLIED = {
    ("R", "M"): ["{inp}二期扩产完成后，富余产量可按年度合同供给{c}工厂。",
                 "{inp}可在{c}港口的保税仓备货，工厂随用随提。"],
    ("M", "R"): ["{inp}是公司最大的成本项，明年起拟引入{c}货源与国内供应商比价。",
                 "为分散供应风险，{inp}采购将部分转向{c}的生产商。"],
    ("M", "D"): ["{prod}进入{c}市场后，打算由一家当地代理商负责进口、仓储和批发。",
                 "{prod}在{c}尚无销售渠道，拟授权当地经销商独家代理。"],
    ("M", "E"): ["可为{c}的大型终端用户按需定制{prod}，由工厂直接交货。",
                 "{prod}计划直供{c}终端单位，按年度用量报价。"],
    ("D", "M"): ["拟新增{c}原厂生产的{prod}，由工厂直接供货。",
                 "{prod}品类准备改从{c}工厂直采，取代现有的中间贸易商。"],
    ("D", "E"): ["可为{c}终端用户提供现货与本地配送，账期灵活。",
                 "熟悉进口清关流程，能把{prod}直接送到{c}终端用户手中。"],
    ("E", "M"): ["{prod}年需求量大，明年计划直接向{c}的生产厂家下单。",
                 "下一轮{prod}更换计划拟直接向{c}工厂定制采购。"],
    ("E", "D"): ["各网点和项目的{prod}补货，今后希望交给一家{c}备有现货的经销商统一负责。",
                 "{prod}目前分散采购，拟改由{c}一家批发商集中供货、按月结算。"],
}  # fmt: skip
EN_CUE = [
    "Looking to team up with a {w} in {c}; trial orders are welcome.",
    "We are actively seeking {a} {ws} for a multi-year agreement.",
    "Interested in partnering with an established {a} {w}.",
    "On the lookout for a reliable {w} based in {c}.",
]
EN_NAMED = [
    "Counterparts of interest: {ws} in {c}.",
    "Meetings on this trip: {a} {ws} only.",
    "{Ws} in {c} are invited to contact our sales office.",
    "Priority contacts — {a} {ws}.",
]
EN_IMPLIED = {
    ("R", "M"): ["Next spring a second line for {inp} starts, and part of its output can be contracted to a plant in {c}.",
                 "Our {inp} can be held in bonded stock near a port in {c} and drawn down by a factory as needed."],
    ("M", "R"): ["Our biggest cost is {inp}; next year we will price a producer in {c} against our current supplier.",
                 "To spread supply risk, part of our {inp} buying is moving to a producer in {c}."],
    ("M", "D"): ["Once our {prod} reach {c}, one local agent should handle import, warehousing and resale.",
                 "Our {prod} have no sales channel in {c} yet, and one local reseller would get exclusive rights."],
    ("M", "E"): ["Large end users in {c} can have {prod} built to their own specification and delivered from the factory.",
                 "We plan to supply end users in {c} directly, with prices quoted on annual volume."],
    ("D", "M"): ["We plan to add {prod} made by the original factory in {c}, shipped to us direct.",
                 "Our range of {prod} will be bought straight from a factory in {c} instead of through a trading house."],
    ("D", "E"): ["We hold stock locally and deliver to end users in {c} on flexible terms.",
                 "Import clearance is routine for us, and we can bring {prod} right to end users in {c}."],
    ("E", "M"): ["We use {prod} in large numbers and next year will place orders with a manufacturer in {c} directly.",
                 "The next replacement round of our {prod} will be made to order by a factory in {c}."],
    ("E", "D"): ["From now on we want one {a} dealer with stock on hand to replenish {prod} across all our sites.",
                 "Our {prod} are bought piecemeal today; next year a single {a} wholesaler should supply them on monthly terms."],
}  # fmt: skip

PROVINCES = [("浙江", "Zhejiang"), ("福建", "Fujian"), ("河北", "Hebei"), ("安徽", "Anhui"),
             ("四川", "Sichuan"), ("江西", "Jiangxi"), ("陕西", "Shaanxi"), ("河南", "Henan")]  # fmt: skip
CN_SYLLABLES = [("睿", "Rui"), ("鸿", "Hong"), ("熠", "Yi"), ("涛", "Tao"), ("骁", "Xiao"),
                ("霆", "Ting"), ("沐", "Mu"), ("宸", "Chen"), ("炜", "Wei"), ("崇", "Chong"),
                ("铖", "Cheng"), ("朔", "Shuo"), ("岚", "Lan"), ("筑", "Zhu")]  # fmt: skip
CN_FORMS = [("有限公司", "Co., Ltd."), ("科技有限公司", "Technology Co., Ltd."),
            ("制品有限公司", "Products Co., Ltd."), ("贸易有限公司", "Trading Co., Ltd."),
            ("供应链管理有限公司", "Supply Chain Management Co., Ltd."),
            ("控股有限公司", "Holdings Co., Ltd.")]  # fmt: skip
US_NAMES = [("Aldridge", "奥尔德里奇"), ("Brightman", "布赖特曼"), ("Cavanaugh", "卡瓦诺"),
            ("Dempsey", "登普西"), ("Eckhardt", "埃克哈特"), ("Fontaine", "方丹"),
            ("Gilchrist", "吉尔克里斯特"), ("Hendricks", "亨德里克斯"), ("Ingersoll", "英格索尔"),
            ("Jarvis", "贾维斯"), ("Kettering", "凯特林"), ("Langford", "兰福德"),
            ("Montague", "蒙塔古"), ("Northcott", "诺斯科特"), ("Overstreet", "奥弗斯特里特"),
            ("Penrose", "彭罗斯"), ("Radcliffe", "拉德克利夫"), ("Stanhope", "斯坦诺普"),
            ("Treadwell", "特雷德韦尔"), ("Underhill", "昂德希尔"), ("Valentine", "瓦伦丁"),
            ("Wakefield", "韦克菲尔德"), ("Yardley", "亚德利"), ("Zielinski", "齐林斯基")]  # fmt: skip
US_SUFFIX = ["Corp.", "LLC", "Inc.", "Co.", "Holdings", "Partners LLC"]
US_STATES = ["Texas", "Wisconsin", "Oregon", "Georgia", "Kansas", "Connecticut", "Alabama", "Louisiana"]  # fmt: skip

# Business cards and newsletter quotes: contact details and people, all made up.
ZH_PARKS = ["经济开发区", "高新区", "临港产业园", "工业园区"]
ZH_SURNAMES = ["王", "李", "张", "刘", "陈", "周", "吴", "郑"]
ZH_TITLES = ["总经理", "董事长", "外贸总监", "采购经理"]
ZH_ADDRESS = ["总", "董", "经理", "总监"]  # how a newsletter names a manager: 王总, 李董…
EN_PEOPLE = ["Dana Hughes", "Marcus Park", "Priya Raman", "Tom Duarte", "Elena Moreno",
             "Rick Fischer", "Grace Walsh", "Sam Okoye"]  # fmt: skip
CN_PEOPLE_EN = ["Wang Lei", "Li Na", "Zhang Min", "Liu Yang", "Zhou Jie", "Wu Hao"]
EN_TITLES = ["CEO", "President", "VP of Sales", "Director of Purchasing", "General Manager"]
WEB_SYLLABLES = ["hua", "tong", "xin", "da", "kang", "yuan", "feng", "sheng", "jia", "bo"]


def _want(rng: random.Random, zh: bool, us: bool, *, key: str, stages: STAGES, stage: str,
          want: str) -> str:  # fmt: skip
    """The want: with a cue word, naming the partner without one, or implied by a plan."""
    pools = (ZH_CUE, ZH_NAMED, ZH_IMPLIED, EN_CUE, EN_NAMED, EN_IMPLIED)
    return pick_want(rng, zh, us, pools=pools, trade=TRADE[key], stages=stages, stage=stage,
                     want=want, zh_there=("美国", "美国当地"),
                     en_there=(("the US", "US"), ("the States", "American")))  # fmt: skip


def _cert(key: str, stage: str, zh: bool) -> str:
    """The certificate of a supplier or a maker; none for a distributor or an end buyer."""
    at = {"R": 4, "M": 6}.get(stage)  # where its Chinese certificate stands in TRADE
    return "" if at is None else TRADE[key][at if zh else at + 1]


def _customers(rng: random.Random, zh: bool, us: bool, *, stages: STAGES, stage: str) -> str:
    """Whom the company already sells to (the next stage of its chain), for half of those that
    sell on; an end buyer sells to nobody."""
    down = DOWN.get(stage)
    if not down or rng.random() < 0.5:
        return ""
    if zh:
        abroad = "、".join(rng.sample(ABROAD_ZH, 2))
        return rng.choice([f"产品已销往{abroad}，买家以当地{stages[down][0]}为主。",
                           f"合作多年的客户中有{abroad}的{stages[down][0]}。"])  # fmt: skip
    where = rng.choice(US_REGIONS) if us else " and ".join(rng.sample(ABROAD_EN, 2))
    downs = _plural(stages[down][1])
    return rng.choice([f"Current buyers include {downs} in {where}.",
                       f"We already ship to {downs} across {where}."])  # fmt: skip


def _figures(rng: random.Random, zh: bool, us: bool, cert: str) -> str:
    """A supplier's or maker's certificate (with its export share, for a Chinese company), or
    a distributor's or end buyer's revenue."""
    if zh and cert:
        return rng.choice([f"{cert}。", f"{cert}，外销占比约{rng.randint(15, 70)}%。"])
    if zh:
        return rng.choice([f"2025年销售收入约{rng.randint(2, 40)}亿元。",
                           f"近三年营收年均增长{rng.randint(4, 19)}%。"])  # fmt: skip
    if cert and not us:
        return rng.choice(
            [
                f"{_cap(cert)}.",
                f"{_cap(cert)}; exports make up about {rng.randint(15, 70)}% of sales.",
            ]
        )
    if cert:
        return f"{_cap(cert)}."
    return rng.choice([f"Revenue last year: about ${rng.randint(8, 400)} million.",
                       f"Three-year average growth of {rng.randint(4, 19)}%."])  # fmt: skip


def _plain(rng: random.Random, zh: bool, us: bool, *, name: str, place: str, key: str,
           stages: STAGES, stage: str, seek: str, ref: str) -> str:  # fmt: skip
    """A plain directory profile: offer, history, certificate or figures, customers and want,
    in one of four orders."""
    zh_noun, en_noun, zh_detail, en_detail = stages[stage]
    y = rng.randint(1960, 2020)
    # an end buyer (an airport operator, a hotel chain…) employs more people than a parts plant
    staff = rng.choice([2400, 5200, 9800, 16000] if stage == "E" else [70, 180, 420, 950, 2600])
    if zh:
        history = rng.choice([f"{name}始创于{y}年，注册地{place}。",
                              f"公司{y}年在{place}成立，在册员工{staff}人。",
                              f"{place}企业，{y}年至今深耕本行业，团队{staff}余人。"])  # fmt: skip
        offers = [f"公司定位为{zh_noun}，{zh_detail}。",
                  f"作为一家{zh_noun}，目前{zh_detail}。",
                  f"{name}是国内规模靠前的{zh_noun}，{zh_detail}。"]  # fmt: skip
        offer = rng.choice(offers[:2] if name in history else offers)  # the name once is enough
    else:
        history = rng.choice([f"Founded in {y} and based in {place}.",
                              f"Based in {place}, in business since {y}, {staff:,} people on staff.",
                              f"Started in {y}; today {staff:,} employees work out of {place}."])  # fmt: skip
        offer = rng.choice([f"{name}, a {en_noun}, reports {en_detail}.",
                            f"We operate as a {en_noun} ({en_detail}).",
                            f"Our business: {en_noun}, {en_detail}."])  # fmt: skip
    figures = _figures(rng, zh, us, _cert(key, stage, zh))
    parts = [
        [offer, history, ref, figures, seek],
        [history, offer, seek, ref, figures],
        [seek, offer, figures, history, ref],
        [offer, figures, ref, seek, history],
    ][rng.randrange(4)]
    if zh:
        return "".join(p for p in parts if p)
    return " ".join(_an(p) for p in parts if p)


def _site(name: str) -> str:
    """A US company's web address, from the first two words of its name."""
    return f"www.{''.join(w.strip('.&').lower() for w in name.split()[:2])}.com"


def _card(rng: random.Random, zh: bool, us: bool, *, name: str, place: str, stages: STAGES,
          stage: str, seek: str) -> str:  # fmt: skip
    """A business card read line by line: name, business, address, telephone, web address and
    one line of what the company is after."""
    zh_noun, en_noun, zh_detail, en_detail = stages[stage]
    web = "".join(rng.sample(WEB_SYLLABLES, 2))
    if zh:
        lines = [name, f"{zh_noun}｜{zh_detail}",
                 f"地址：{place}省{rng.choice(ZH_PARKS)}{rng.randint(1, 399)}号",
                 f"电话：+86 {rng.randint(550, 919)} {rng.randint(8000, 8999)} {rng.randint(1000, 9999)}",
                 f"网址：www.{web}.com.cn", seek]  # fmt: skip
        return "\n".join(lines)
    if us:
        site = _site(name)
        phone = f"Tel +1 ({rng.randint(201, 989)}) 555-01{rng.randint(10, 99)}"
        where = f"{place}, USA"
    else:
        site = f"www.{web}.com.cn"
        phone = (
            f"Tel +86 {rng.randint(550, 919)} {rng.randint(8000, 8999)} {rng.randint(1000, 9999)}"
        )
        where = place
    lines = [name, _an(f"{_cap(en_noun)} · {en_detail}"), where, phone, site, seek]
    return "\n".join(lines)


def _spotlight(rng: random.Random, zh: bool, us: bool, *, name: str, place: str,
               stages: STAGES, stage: str, seek: str, ref: str) -> str:  # fmt: skip
    """A chamber newsletter's "member spotlight" paragraph, the want quoted from a manager."""
    zh_noun, en_noun, zh_detail, en_detail = stages[stage]
    if zh:
        who = f"{rng.choice(ZH_SURNAMES)}{rng.choice(ZH_ADDRESS)}"
        parts = [f"【会员风采】本期走进{name}（{place}）。",
                 f"这家{zh_noun}目前{zh_detail}。", ref,
                 f"{who}告诉本刊：“{seek}”"]  # fmt: skip
        return "".join(p for p in parts if p)
    person = rng.choice(EN_PEOPLE if us else CN_PEOPLE_EN)
    quote = f"{seek[:-1]}," if seek.endswith(".") else seek  # “…,” says
    parts = [f"Member spotlight: this issue we visit {name} in {place}.",
             _an(f"It is a {en_noun} — {en_detail}."), ref,
             f"“{quote}” says {person}, {rng.choice(EN_TITLES)}."]  # fmt: skip
    return " ".join(p for p in parts if p)


def _entry(rng: random.Random, zh: bool, us: bool, *, name: str, place: str, key: str,
           stages: STAGES, stage: str, seek: str, ref: str) -> str:  # fmt: skip
    """A catalogue entry (an exhibitor's, or a pre-registered buyer's for an end buyer), a
    member-directory entry, a sign-up form with labelled fields, a trade-mission registration,
    a newsletter's member spotlight or a business card, a sixth each."""
    zh_noun, en_noun, zh_detail, en_detail = stages[stage]
    zh_inp, en_inp, zh_prod, en_prod = TRADE[key][:4]
    cert = _cert(key, stage, zh)
    kind = rng.randrange(6)
    if kind == 4:
        return _spotlight(rng, zh, us, name=name, place=place, stages=stages, stage=stage,
                          seek=seek, ref=ref)  # fmt: skip
    if kind == 5:
        return _card(rng, zh, us, name=name, place=place, stages=stages, stage=stage, seek=seek)
    if zh:
        if kind == 0 and stage == "E":
            parts = [f"【专业观众预登记】{name}，{place}。",
                     f"机构类别：{zh_noun}（{zh_detail}）。", seek]  # fmt: skip
        elif kind == 0:
            exhibit = {"R": zh_inp, "M": zh_prod, "D": f"多品牌{zh_prod}现货"}[stage]
            parts = [f"展商编号{rng.randint(1000, 9999)}｜{name}｜{place}｜{rng.randint(1, 12)}号馆{rng.choice('ABCDFG')}{rng.randint(1, 60)}。",
                     f"主要展品：{exhibit}。", f"{zh_noun}；{zh_detail}。", f"{cert}。" if cert else "", seek]  # fmt: skip
        elif kind == 1:
            parts = [f"{name}　会员编号：{rng.randint(1000, 9999)}　入会年份：{rng.randint(2003, 2025)}。",
                     f"所在地区：{place}。", f"{zh_noun}，{zh_detail}。", ref, seek]  # fmt: skip
        elif kind == 2:
            parts = [f"企业名称：{name}；", f"所在省份：{place}；", f"所属行业：{zh_noun}；", f"规模：{zh_detail}；",
                     f"客户情况：{ref}" if ref else "", _field(rng.choice(["对接需求", "合作期望", "留言"]), "：", seek)]  # fmt: skip
        else:
            parts = [f"{rng.choice(['2027年春季', '2027年秋季', '2028年初'])}访美经贸团报名表（第{rng.randint(1, 120)}号）：{name}，{place}。",
                     f"带队人：{rng.choice(ZH_TITLES)}。", f"单位概况：{zh_noun}，{zh_detail}。", ref, seek]  # fmt: skip
        return "".join(p for p in parts if p)
    dot = "" if name.endswith(".") else "."
    if kind == 0 and stage == "E":
        parts = [f"Pre-registered buyer: {name} of {place}.",
                 f"{_cap(en_noun)}, {en_detail}.", seek]  # fmt: skip
    elif kind == 0:
        exhibit = {"R": en_inp, "M": en_prod, "D": f"{en_prod} from several brands, ex stock"}[
            stage
        ]
        parts = [f"Stand {rng.randint(1, 12)}{rng.choice('ABCDFG')}{rng.randint(1, 60)} — {name}, {place}.",
                 f"On show: {exhibit}.", f"{_cap(en_noun)}; {en_detail}.", f"{_cap(cert)}." if cert else "", seek]  # fmt: skip
    elif kind == 1:
        parts = [f"{name} (member #{rng.randint(1000, 9999)}, joined {rng.randint(2003, 2025)}) — {place}.",
                 f"{_cap(en_noun)}: {en_detail}.", ref, seek]  # fmt: skip
    elif kind == 2:
        label = rng.choice(["Meeting goals", "Notes"] if us else ["Comments", "Other information"])
        parts = [f"Organization: {name}{dot}", f"{'State' if us else 'Location'}: {place}.",
                 f"Industry: {en_noun}.", f"Scale: {en_detail}.",
                 f"Customer references: {ref}" if ref else "", _field(label, ": ", seek)]  # fmt: skip
    else:
        mission = "China sourcing mission" if us else "US market visit"
        parts = [f"Delegation sign-up #{rng.randint(1, 120)}, {mission}, {rng.choice(['March', 'June', 'October'])} 2027 — {name} ({place}).",
                 f"Delegate: {rng.choice(EN_TITLES)}.", f"Company profile: {en_noun}, {en_detail}.", ref, seek]  # fmt: skip
    return " ".join(_an(p) for p in parts if p)


def _text(rng: random.Random, zh: bool, us: bool, name: str, place: str, *, key: str,
          stages: STAGES, stage: str, want: str) -> str:  # fmt: skip
    """About a third plain directory profiles; the rest catalogue, member-directory, sign-up,
    trade-mission, member-spotlight or business-card entries."""
    seek = _want(rng, zh, us, key=key, stages=stages, stage=stage, want=want)
    ref = _customers(rng, zh, us, stages=stages, stage=stage)
    write = _plain if rng.random() < 0.34 else _entry
    return write(rng, zh, us, name=name, place=place, key=key, stages=stages, stage=stage,
                 seek=seek, ref=ref)  # fmt: skip


def _org_writer(seed: int) -> object:
    """This set's company writer (``org_writer`` of holdout9) with its names, sentences and
    legal forms: a trading or supply-chain legal form only for a distributor, a technology or
    products one only for a supplier or a maker, a holdings one only for an end buyer."""
    return org_writer(seed, "f", text=_text, want_text=_want,
                      names=(US_NAMES, US_SUFFIX, US_STATES, CN_SYLLABLES, PROVINCES),
                      forms=lambda stage: [CN_FORMS[0], CN_FORMS[3], CN_FORMS[4]] if stage == "D"
                      else CN_FORMS[:3] if stage in "RM" else [CN_FORMS[0], CN_FORMS[5]],
                      zh_line="{name}（美方企业）：{noun}，{detail}。{seek}")  # fmt: skip


def _card_sites(profiles: dict[str, object]) -> None:
    """Spell a US business card's web address (its fifth line) from the company's final name,
    which ``_distinct_names`` may have changed; no two cards then share an address."""
    orgs: list[dict[str, Any]] = profiles["organizations"]  # type: ignore[assignment]
    for o in orgs:
        text = o["description"].get("en", "")
        if o["side"] == "US" and "\n" in text:
            lines = text.split("\n")
            lines[4] = _site(o["name"]["en"])
            o["description"]["en"] = "\n".join(lines)
    sites = [line for o in orgs for t in o["description"].values() for line in t.split("\n")
             if line.startswith(("www.", "网址："))]  # fmt: skip
    assert len(sites) == len(set(sites)), "no two cards share a web address"


def build(seed: int = SEED) -> tuple[dict[str, object], dict[str, object]]:
    """The profiles document and the gold file."""
    profiles, gold = assemble(_org_writer(seed), CHAINS, seed=seed, prefix="f", shuffle=True)  # type: ignore[arg-type]
    _distinct_names(profiles, (US_NAMES, US_SUFFIX))  # asserts that no two names are the same
    _card_sites(profiles)
    return profiles, gold


def main() -> None:
    """Write the set and its gold file."""
    profiles, gold = build()
    assert _fits(profiles, gold), "one or two partners each"
    write_set("roles_holdout14", profiles, gold)


if __name__ == "__main__":
    main()
