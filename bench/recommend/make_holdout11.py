# ruff: noqa: E501  (the profile phrases are data; wrapping them would only hurt reading)
"""Write the eleventh held-out ROLE set (issue 18): ``roles_holdout11.json`` / ``roles_holdout11_gold.json``.

    python bench/recommend/make_holdout11.py

Written on 2026-12-03 evening (branch hold11) by a session that neither read nor ran the
engine, and committed before any engine ran on it: the clean test of the engine's next change,
to be evaluated once, by the lead. Nothing is fitted or tuned on it.

Same structure as ``make_holdout10.py``; from ``make_holdout6.py`` it imports how companies are
placed along a chain (``assemble`` with shuffled traps: the partner, a competitor of the query,
a company offering what the query seeks but wanting something else, one wanting the query's
product but offering nothing it seeks, then the rest of the chain) and how gold is derived and
written; from ``make_holdout8.py`` only English plurals and capitals; from ``make_holdout9.py``
how a want is picked from three pools (``pick_want``) and how a company is named and its
language chosen (``org_writer``); from ``make_holdout10.py`` the check that each Chinese company
has one or two partners (``_fits``). Its chains, sentences and names are its own:

* ten value chains in no earlier set (caskets, saddlery, billiard tables, greenhouses, event
  tents, towels, commercial ovens, hot tubs, sports helmets, firefighter turnout gear), each
  with a part or material supplier, a maker, a distributor and an end buyer (paulownia lumber
  processor, tannery, slate quarry, polycarbonate sheet extruder, aluminium extrusion plant,
  cotton yarn spinner, heating element maker, acrylic sheet producer, EPS foam producer,
  aramid fabric weaver; funeral home group, riding school chain, sports bar chain, greenhouse
  vegetable grower, festival promoter, cruise line, contract caterer, vacation rental
  management company, ski resort operator, industrial emergency response company);
* texts half plain directory profiles (history, offer, certificate or figures, customers,
  want, in varied order) and half secretariat imports of another kind: an exhibitor or
  visiting-buyer catalogue entry, a member-directory entry, a delegation sign-up form with
  labelled fields; some name whom the company already sells to ("customers include …");
* the want in three kinds, about a third each: with a cue word, naming the partner without
  one, implied by the company's plan;
* 35 of the 40 Chinese companies in Chinese, 5 in English; US companies in English, two with a
  short Chinese version beside it; no two companies share a name (``_distinct_names``).

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

# The first seed from 1100 on (by the gold alone) giving every Chinese company one or two
# partners; ``main`` checks it.
SEED = 1100

# key -> stage -> (Chinese noun, English noun, Chinese detail, English detail), as STAGES says
CHAINS: list[tuple[str, STAGES]] = [
    ("casket", {
        "R": ("泡桐木材加工厂", "paulownia lumber processor",
              "泡桐板材年加工8万立方米", "80,000 cubic metres of paulownia boards a year"),
        "M": ("棺木制造厂", "casket manufacturer",
              "实木与金属棺木年产12万具", "120,000 wood and steel caskets a year"),
        "D": ("殡葬用品分销商", "funeral supply distributor",
              "供货殡仪馆1100家", "1,100 funeral homes supplied"),
        "E": ("殡仪服务集团", "funeral home group",
              "旗下殡仪馆75家", "seventy-five funeral homes"),
    }),
    ("saddle", {
        "R": ("制革厂", "tannery",
              "植鞣马具革年产300万平方英尺", "three million square feet of vegetable-tanned saddle leather a year"),
        "M": ("马具制造厂", "saddle and tack maker",
              "马鞍与缰辔年产5万套", "50,000 saddles and bridle sets a year"),
        "D": ("马具批发商", "equestrian tack wholesaler",
              "供货马术用品店600家", "600 tack shops supplied"),
        "E": ("连锁马术俱乐部", "riding school chain",
              "马术中心18家，马匹900匹", "eighteen riding centres and 900 horses"),
    }),
    ("billiards", {
        "R": ("板岩开采加工企业", "slate quarry",
              "台球桌石板年产8万块", "80,000 billiard slate beds a year"),
        "M": ("台球桌制造厂", "billiard table maker",
              "美式与斯诺克台球桌年产4万张", "40,000 pool and snooker tables a year"),
        "D": ("台球器材经销商", "billiards and game room dealer",
              "门店16家", "sixteen game room showrooms"),
        "E": ("连锁体育酒吧", "sports bar chain",
              "门店230家", "230 sports bars"),
    }),
    ("greenhouse", {
        "R": ("PC阳光板生产企业", "polycarbonate sheet extruder",
              "多层PC阳光板年产2000万平方米", "twenty million square metres of multiwall polycarbonate a year"),
        "M": ("温室制造商", "greenhouse manufacturer",
              "连栋温室年产300万平方米", "three million square metres of multi-span greenhouses a year"),
        "D": ("园艺设施经销商", "horticultural supply distributor",
              "服务种植户5000家", "5,000 growers served"),
        "E": ("温室蔬菜种植企业", "greenhouse vegetable grower",
              "温室种植面积2400亩", "400 acres of tomatoes and cucumbers under glass"),
    }),
    ("tent", {
        "R": ("铝型材挤压厂", "aluminium extrusion plant",
              "铝型材年产10万吨", "100,000 tonnes of aluminium profiles a year"),
        "M": ("篷房制造商", "event tent manufacturer",
              "铝合金篷房年产50万平方米", "500,000 square metres of aluminium-frame tents a year"),
        "D": ("活动器材批发商", "party rental supply wholesaler",
              "服务租赁公司1400家", "1,400 rental companies supplied"),
        "E": ("音乐节主办公司", "festival promoter",
              "每年举办音乐节和大型活动40场", "forty festivals and large outdoor events a year"),
    }),
    ("towel", {
        "R": ("棉纱纺纱厂", "cotton yarn spinner",
              "纯棉环锭纱年产4万吨", "40,000 tonnes of ring-spun cotton yarn a year"),
        "M": ("毛巾厂", "towel mill",
              "毛巾与浴巾年产1.5亿条", "150 million towels and bath sheets a year"),
        "D": ("酒店布草分销商", "hospitality linen distributor",
              "服务酒店与邮轮客户800家", "800 hotels and ships supplied"),
        "E": ("邮轮公司", "cruise line",
              "运营邮轮14艘", "fourteen ships at sea"),
    }),
    ("oven", {
        "R": ("电热管生产企业", "heating element maker",
              "电热管年产3000万支", "thirty million tubular heating elements a year"),
        "M": ("商用烤箱制造商", "commercial oven manufacturer",
              "热风炉与层炉年产6万台", "60,000 convection and deck ovens a year"),
        "D": ("餐饮设备经销商", "foodservice equipment dealer",
              "服务餐饮门店1.1万家", "11,000 commercial kitchens supplied"),
        "E": ("团餐服务企业", "contract caterer",
              "为高校和医院供餐，日供80万份", "800,000 meals a day for campuses and hospitals"),
    }),
    ("hottub", {
        "R": ("亚克力板材厂", "acrylic sheet producer",
              "卫浴级亚克力板年产2.5万吨", "25,000 tonnes of sanitary-grade acrylic sheet a year"),
        "M": ("按摩浴缸制造商", "hot tub manufacturer",
              "户外按摩浴缸年产7万台", "70,000 outdoor hot tubs a year"),
        "D": ("泳池水疗经销商", "pool and spa dealer",
              "门店22家", "twenty-two pool and spa stores"),
        "E": ("度假屋托管公司", "vacation rental management company",
              "托管度假屋3200套", "3,200 vacation homes under management"),
    }),
    ("helmet", {
        "R": ("EPS发泡料生产企业", "EPS foam producer",
              "可发性聚苯乙烯年产6万吨", "60,000 tonnes of expandable polystyrene a year"),
        "M": ("头盔制造商", "helmet manufacturer",
              "骑行与滑雪头盔年产500万顶", "five million bike and ski helmets a year"),
        "D": ("体育用品分销商", "sporting goods distributor",
              "供货体育用品店2500家", "2,500 sporting goods stores supplied"),
        "E": ("滑雪场运营商", "ski resort operator",
              "滑雪场12座，出租头盔4万顶", "twelve ski areas renting out 40,000 helmets"),
    }),
    ("turnout", {
        "R": ("芳纶面料织造厂", "aramid fabric weaver",
              "阻燃芳纶面料年产600万米", "six million metres of flame-resistant aramid fabric a year"),
        "M": ("消防战斗服制造商", "turnout gear manufacturer",
              "消防战斗服年产20万套", "200,000 firefighter suits a year"),
        "D": ("消防器材分销商", "fire safety equipment distributor",
              "服务消防单位1200家", "1,200 fire brigades supplied"),
        "E": ("工业应急救援公司", "industrial emergency response company",
              "为炼化园区派驻专职消防员1100名", "1,100 firefighters posted at refineries and chemical plants"),
    }),
]  # fmt: skip

# key -> (Chinese input, English input, Chinese product, English product,
#         supplier's certificate (zh, en), maker's certificate (zh, en))
TRADE = {
    "casket": ("泡桐板材", "paulownia boards", "棺木", "caskets", "板材通过FSC认证", "FSC certified", "通过ISO 9001质量体系认证", "ISO 9001 certified"),
    "saddle": ("马具革", "saddle leather", "马鞍", "saddles", "皮革获LWG金级认证", "LWG Gold rated", "马鞍经SATRA检测", "SATRA tested"),
    "billiards": ("台球板岩", "slate beds", "台球桌", "pool tables", "石板经SGS检测", "SGS tested", "球桌获WPA认证", "WPA approved"),
    "greenhouse": ("PC板", "polycarbonate sheet", "温室", "greenhouses", "PC板表面UV防护层质保十年", "ten-year UV warranty", "温室结构获CE认证", "CE marked"),
    "tent": ("铝型材", "aluminium profiles", "篷房", "event tents", "通过ISO 9001质量体系认证", "ISO 9001 certified", "篷布通过NFPA 701阻燃检测", "NFPA 701 flame tested"),
    "towel": ("棉纱", "cotton yarn", "毛巾", "towels", "公司为BCI良好棉花会员", "a Better Cotton member", "毛巾获GOTS认证", "GOTS certified"),
    "oven": ("电热管", "heating elements", "商用烤箱", "commercial ovens", "电热管获UL认可", "UL recognized", "烤箱获NSF与ETL认证", "NSF and ETL listed"),
    "hottub": ("亚克力板", "acrylic sheet", "按摩浴缸", "hot tubs", "板材经SGS检测", "SGS tested", "浴缸获ETL与CE认证", "ETL listed"),
    "helmet": ("EPS原料", "EPS beads", "头盔", "helmets", "原料符合欧盟REACH法规", "REACH compliant", "头盔通过CPSC与EN 1077认证", "CPSC certified"),
    "turnout": ("芳纶面料", "aramid fabric", "消防战斗服", "turnout gear", "面料通过NFPA 1971检测", "NFPA 1971 compliant", "战斗服获UL认证（NFPA 1971标准）", "UL certified to NFPA 1971"),
}  # fmt: skip

DOWN = {"R": "M", "M": "D", "D": "E"}
ABROAD_ZH = ["加拿大", "澳大利亚", "阿联酋", "马来西亚", "西班牙", "新西兰", "南非"]
ABROAD_EN = ["Canada", "Australia", "the UAE", "Malaysia", "Spain", "New Zealand", "South Africa"]
US_REGIONS = [
    "the Midwest",
    "the Southeast",
    "New England",
    "the Mountain West",
    "Texas",
    "Canada and Mexico",
]

# The want. {c}: the other country, {w}/{ws}: the wanted stage's noun (singular/plural),
# {a}: the other country's adjective, {inp}/{prod}: the chain's input and product.
ZH_CUE = [
    "本公司希望在{c}找到一家可靠的{w}。",
    "需要与{c}{w}建立直接联系。",
    "寻求{c}{w}，可先小批量试单。",
    "正在物色{c}的{w}，长期合作优先。",
]
ZH_NAMED = [
    "重点洽谈对象：{c}{w}。",
    "{c}{w}可直接约见总经理。",
    "此次出访只拜会{c}{w}。",
    "{c}的{w}，请与我们联系。",
]
ZH_IMPLIED = {
    ("R", "M"): ["{inp}可按{c}工厂的用量排产，签年度订单价格另有优惠。",
                 "新生产线投产后，{inp}将有三成产量面向{c}的成品厂。"],
    ("M", "R"): ["{inp}目前全部国内采购，明年起计划部分改从{c}原料厂直接进口。",
                 "产能扩大后{inp}不够用，打算与{c}的原料生产商签长单。"],
    ("M", "D"): ["{prod}准备打入{c}市场，当地的进口、仓储和分销打算委托一家渠道商。",
                 "在{c}还没有代理，计划按区域授权当地分销商独家经销。"],
    ("M", "E"): ["接受{c}大客户定制，工厂直接发货，省去中间环节。",
                 "{c}的终端大客户可直接向工厂下单，按其规格生产。"],
    ("D", "M"): ["代理目录里还缺{c}工厂生产的{prod}，准备与原厂直接签约。",
                 "现在的{prod}从贸易商手里拿货，明年改为向{c}生产厂直接采购。"],
    ("D", "E"): ["报关和物流我们全包，{c}的终端用户可以直接从我们这里订货。",
                 "可以为{c}的终端用户代为采购、统一配送。"],
    ("E", "M"): ["{prod}年采购量大，准备绕开贸易商，直接从{c}工厂进货。",
                 "新项目所需的{prod}计划由{c}工厂直接供货。"],
    ("E", "D"): ["{prod}一直由下属各单位零散采购，今后打算交给一家{c}经销商集中供货。",
                 "不再同时对接十几家小供应商，{prod}准备统一由{c}一家分销商配送。"],
}  # fmt: skip
EN_CUE = [
    "Looking for a {w} in {c} for steady, long-term business.",
    "Seeking introductions to {ws} in {c}.",
    "We would like to find a {a} {w} for a multi-year agreement.",
    "We need a {a} {w} we can grow with.",
]
EN_NAMED = [
    "Priority meetings: {ws} in {c}.",
    "{Ws} in {c}: our sales director will be glad to meet you.",
    "We have set this week aside for meetings with {ws} in {c}.",
    "Of most interest to us: {a} {ws}.",
]
EN_IMPLIED = {
    ("R", "M"): ["We can run {inp} to the schedule of a factory in {c}, with prices fixed for twelve months.",
                 "A third of our new capacity for {inp} is reserved for factories in {c}."],
    ("M", "R"): ["We buy all our {inp} at home today; from next year we will also import {inp} from a producer in {c}.",
                 "Our expansion needs more {inp} than our current source can supply, so we will contract with a producer in {c}."],
    ("M", "D"): ["We plan to enter {c} with one stocking reseller per region handling import, storage and sales of our {prod}.",
                 "There is no outlet for our {prod} in {c} yet; a local importer with its own warehouses would carry the line."],
    ("M", "E"): ["Large end users in {c} can order to their own specs and receive shipments straight from our plant.",
                 "We make custom runs for big end buyers in {c} and ship factory-direct."],
    ("D", "M"): ["Today we buy {prod} through brokers; next year we will buy direct from a factory in {c}.",
                 "{a}-made {prod} would fill the gap in our line card, bought from the plant itself."],
    ("D", "E"): ["We clear customs and deliver, so end users in {c} can order from us direct.",
                 "End customers in {c} can hand their purchasing and delivery over to us."],
    ("E", "M"): ["We buy {prod} in volume and intend to order straight from a factory in {c}, without brokers.",
                 "Next year's {prod} will be ordered from a manufacturer in {c} rather than through importers."],
    ("E", "D"): ["Each of our sites buys {prod} on its own from small vendors; one {a} stocking distributor should take that over.",
                 "We plan to consolidate our purchasing of {prod} under a single {a} supplier who delivers to every site."],
}  # fmt: skip

PROVINCES = [("山东", "Shandong"), ("河北", "Hebei"), ("江苏", "Jiangsu"), ("福建", "Fujian"),
             ("四川", "Sichuan"), ("重庆", "Chongqing"), ("陕西", "Shaanxi"), ("上海", "Shanghai")]  # fmt: skip
CN_SYLLABLES = [("铭", "Ming"), ("弘", "Hong"), ("益", "Yi"), ("德", "De"), ("盈", "Ying"),
                ("茂", "Mao"), ("恩", "En"), ("尚", "Shang"), ("柏", "Bai"), ("鹏", "Peng"),
                ("川", "Chuan"), ("丰", "Feng"), ("景", "Jing"), ("程", "Cheng")]  # fmt: skip
CN_FORMS = [("有限公司", "Co., Ltd."), ("实业有限公司", "Industrial Co., Ltd."),
            ("集团有限公司", "Group Co., Ltd."), ("进出口有限公司", "Import & Export Co., Ltd."),
            ("商贸有限公司", "Trading Co., Ltd.")]  # fmt: skip
US_NAMES = [("Abernathy", "阿伯内西"), ("Bancroft", "班克罗夫特"), ("Dunmore", "邓莫尔"),
            ("Everhart", "埃弗哈特"), ("Hargrove", "哈格罗夫"), ("Kessler", "凯斯勒"),
            ("McAllister", "麦卡利斯特"), ("Novak", "诺瓦克"), ("Pruitt", "普鲁伊特"),
            ("Quintero", "金特罗"), ("Sorensen", "索伦森"), ("Thibodeaux", "蒂博多"),
            ("Whitcomb", "惠特科姆"), ("Yarborough", "亚伯勒"), ("Larkin", "拉金"),
            ("Fitzgerald", "菲茨杰拉德"), ("Beckett", "贝克特"), ("Oyelaran", "奥耶拉兰")]  # fmt: skip
US_SUFFIX = ["Inc.", "LLC", "Corp.", "Brothers Inc.", "Enterprises LLC"]
US_STATES = ["Vermont", "Oklahoma", "South Carolina", "Iowa", "Washington", "Massachusetts", "New York"]  # fmt: skip


def _want(rng: random.Random, zh: bool, us: bool, *, key: str, stages: STAGES, stage: str,
          want: str) -> str:  # fmt: skip
    """The want: with a cue word, naming the partner without one, or implied by a plan."""
    pools = (ZH_CUE, ZH_NAMED, ZH_IMPLIED, EN_CUE, EN_NAMED, EN_IMPLIED)
    return pick_want(rng, zh, us, pools=pools, trade=TRADE[key], stages=stages, stage=stage,
                     want=want, zh_there=("美国", "北美"),
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
        return rng.choice([f"现有客户包括{abroad}等地的{stages[down][0]}。",
                           f"产品已出口{abroad}，买家多为当地{stages[down][0]}。"])  # fmt: skip
    where = rng.choice(US_REGIONS) if us else " and ".join(rng.sample(ABROAD_EN, 2))
    downs = _plural(stages[down][1])
    return rng.choice([f"Customers include {downs} in {where}.",
                       f"Current buyers are mostly {downs} in {where}."])  # fmt: skip


def _figures(rng: random.Random, zh: bool, us: bool, cert: str) -> str:
    """A supplier's or maker's certificate (with its export share, for a Chinese company), or
    a distributor's or end buyer's revenue."""
    if zh and cert:
        return rng.choice([f"{cert}。", f"{cert}，出口占销售额的{rng.randint(15, 70)}%。"])
    if zh:
        return rng.choice([f"近三年营收年均增长{rng.randint(4, 19)}%。",
                           f"去年营业收入约{rng.randint(2, 40)}亿元。"])  # fmt: skip
    if cert and not us:
        return rng.choice(
            [f"{_cap(cert)}.", f"{_cap(cert)}; exports are {rng.randint(15, 70)}% of sales."]
        )
    if cert:
        return f"{_cap(cert)}."
    return rng.choice([f"Annual revenue of about ${rng.randint(8, 400)} million.",
                       f"Sales up {rng.randint(4, 19)}% over the last two years."])  # fmt: skip


def _plain(rng: random.Random, zh: bool, us: bool, *, name: str, place: str, key: str,
           stages: STAGES, stage: str, seek: str, ref: str) -> str:  # fmt: skip
    """A plain directory profile: history, offer, certificate or figures, customers and want,
    in one of four orders."""
    zh_noun, en_noun, zh_detail, en_detail = stages[stage]
    y = rng.randint(1962, 2016)
    staff = rng.choice([60, 180, 320, 850, 2100])
    cert = _cert(key, stage, zh)
    if zh:
        history = rng.choice([f"{name}始建于{y}年，总部设在{place}。",
                              f"公司{y}年起步于{place}，现有职工{staff}人。",
                              f"创立至今已有{2026 - y}年，员工{staff}余名。"])  # fmt: skip
        offers = [f"本公司是一家{zh_noun}，{zh_detail}。",
                  f"公司是{place}规模较大的{zh_noun}之一，{zh_detail}。",
                  f"{name}系{zh_noun}，{zh_detail}。"]  # fmt: skip
        offer = rng.choice(offers[:2] if name in history else offers)  # the name once is enough
        figures = _figures(rng, True, us, cert)
    else:
        history = rng.choice([f"Founded in {y} and headquartered in {place}.",
                              f"Family-owned since {y}, with {staff:,} employees.",
                              f"{staff:,} staff; in business since {y}."])  # fmt: skip
        offer = _an(rng.choice([f"{name} is a {en_noun} — {en_detail}.",
                                f"We operate as a {en_noun}, with {en_detail}.",
                                f"Core business: {en_noun} ({en_detail})."]))  # fmt: skip
        figures = _figures(rng, False, us, cert)
    order = rng.randrange(4)
    parts = [
        [offer, history, figures, ref, seek],
        [seek, offer, history, figures, ref],
        [history, offer, seek, figures, ref],
        [offer, seek, ref, history, figures],
    ][order]
    return ("" if zh else " ").join(p for p in parts if p)


def _field(label: str, colon: str, value: str) -> str:
    """A labelled field of a form; a value that brings its own label stands alone."""
    return value if colon.strip() in value else f"{label}{colon}{value}"


def _entry(rng: random.Random, zh: bool, us: bool, *, name: str, place: str, key: str,
           stages: STAGES, stage: str, seek: str, ref: str) -> str:  # fmt: skip
    """A catalogue entry (an exhibitor's, or a visiting buyer's for an end buyer), a
    member-directory entry or a delegation sign-up form, about a third each."""
    zh_noun, en_noun, zh_detail, en_detail = stages[stage]
    zh_inp, en_inp, zh_prod, en_prod = TRADE[key][:4]
    cert = _cert(key, stage, zh)
    kind = rng.randrange(3)
    if zh:
        if kind == 0 and stage == "E":
            parts = [f"【采购商】{name}（{place}）。", f"{zh_noun}，{zh_detail}。", seek]
        elif kind == 0:
            exhibit = {"R": zh_inp, "M": zh_prod, "D": f"代理品牌{zh_prod}"}[stage]
            parts = [f"展位{rng.randint(1, 9)}{rng.choice('ABCDE')}{rng.randint(10, 99)}　{name}（{place}）。",
                     f"展品：{exhibit}。", f"{zh_noun}，{zh_detail}" + (f"；{cert}。" if cert else "。"), seek]  # fmt: skip
        elif kind == 1:
            parts = [f"{name}（会员号{rng.randint(100, 999)}），{place}。", f"{zh_noun}，{zh_detail}。",
                     ref, f"自{rng.randint(2006, 2024)}年起为本会会员。", seek]  # fmt: skip
        else:
            parts = [f"单位名称：{name}。", f"企业类型：{zh_noun}。", f"经营规模：{zh_detail}。",
                     f"补充说明：{ref}" if ref else "", _field(rng.choice(["洽谈意向", "此行目的", "备注"]), "：", seek)]  # fmt: skip
        return "".join(p for p in parts if p)
    dot = "" if name.endswith(".") else "."
    if kind == 0 and stage == "E":
        parts = [f"Visiting buyer — {name}, {place}.", _an(f"A {en_noun}: {en_detail}."), seek]
    elif kind == 0:
        exhibit = {"R": en_inp, "M": en_prod, "D": f"{en_prod} from the brands we carry"}[stage]
        parts = [f"Hall {rng.randint(1, 9)}, booth {rng.choice('ABCDE')}{rng.randint(10, 99)}. {name}{dot}",
                 f"On show: {exhibit}.", _an(f"A {en_noun}, {en_detail}."), f"{_cap(cert)}." if cert else "", seek]  # fmt: skip
    elif kind == 1:
        parts = [f"{name} — {place}. Member no. {rng.randint(100, 999)}, joined {rng.randint(2003, 2024)}.",
                 f"{_cap(en_noun)}; {en_detail}.", ref, seek]  # fmt: skip
    else:
        label = rng.choice(
            ["Meeting interests", "Comments"] if us else ["Goal of the trip", "Comments"]
        )
        parts = [f"Company: {name}{dot}", f"Type of business: {en_noun}.", f"Size: {en_detail}.",
                 f"Notes: {ref}" if ref else "", _field(label, ": ", seek)]  # fmt: skip
    return " ".join(p for p in parts if p)


def _text(rng: random.Random, zh: bool, us: bool, name: str, place: str, *, key: str,
          stages: STAGES, stage: str, want: str) -> str:  # fmt: skip
    """Half plain directory profiles; half catalogue, member-directory or sign-up entries."""
    seek = _want(rng, zh, us, key=key, stages=stages, stage=stage, want=want)
    ref = _customers(rng, zh, us, stages=stages, stage=stage)
    write = _plain if rng.random() < 0.5 else _entry
    return write(rng, zh, us, name=name, place=place, key=key, stages=stages, stage=stage,
                 seek=seek, ref=ref)  # fmt: skip


def _org_writer(seed: int) -> object:
    """This set's company writer (``org_writer`` of holdout9) with its names, sentences and
    legal forms: a trading legal form only for a distributor, an industrial one only for a
    supplier or a maker."""
    return org_writer(seed, "k", text=_text, want_text=_want,
                      names=(US_NAMES, US_SUFFIX, US_STATES, CN_SYLLABLES, PROVINCES),
                      forms=lambda stage: [CN_FORMS[0], CN_FORMS[2], *CN_FORMS[3:]] if stage == "D"
                      else CN_FORMS[:3] if stage in "RM" else [CN_FORMS[0], CN_FORMS[2]],
                      zh_line="{name}（{noun}）：{detail}。{seek}")  # fmt: skip


def _distinct_names(
    profiles: dict[str, object],
    names: tuple[list[tuple[str, str]], list[str]] = (US_NAMES, US_SUFFIX),
) -> None:
    """Give a US company whose English name an earlier one already has the first unused
    surname and legal form (in its name and text; a form ending with a full stop for one
    that did, as the texts punctuate after it), so no two companies share a name; one with a
    Chinese version keeps its name, which that version spells. ``names``: the set's US
    surnames and legal forms (this set's by default), from which the spare names come."""
    orgs: list[dict[str, Any]] = profiles["organizations"]  # type: ignore[assignment]
    taken = {n for o in orgs for n in o["name"].values()}
    spare = [f"{s} {x}" for s, _ in names[0] for x in names[1]]
    seen = {o["name"]["en"] for o in orgs if "zh" in o["name"] and "en" in o["name"]}
    for o in orgs:
        old = o["name"].get("en")
        if o["side"] != "US" or old is None or "zh" in o["name"]:
            continue
        if old in seen:
            new = next(n for n in spare if n not in taken and n[-1] == old[-1])
            taken.add(new)
            o["name"]["en"] = new
            o["description"]["en"] = o["description"]["en"].replace(old, new)
        seen.add(o["name"]["en"])
    names = [n for o in orgs for n in o["name"].values()]
    assert len(names) == len(set(names)), "no two companies share a name"


def build(seed: int = SEED) -> tuple[dict[str, object], dict[str, object]]:
    """The profiles document and the gold file."""
    profiles, gold = assemble(_org_writer(seed), CHAINS, seed=seed, prefix="k", shuffle=True)  # type: ignore[arg-type]
    _distinct_names(profiles)
    return profiles, gold


def main() -> None:
    """Write the set and its gold file."""
    profiles, gold = build()
    assert _fits(profiles, gold), "one or two partners each"
    write_set("roles_holdout11", profiles, gold)


if __name__ == "__main__":
    main()
