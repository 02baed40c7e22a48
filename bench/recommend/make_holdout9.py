# ruff: noqa: E501  (the profile phrases are data; wrapping them would only hurt reading)
"""Write the ninth held-out ROLE set (issue 18): ``roles_holdout9.json`` / ``roles_holdout9_gold.json``.

    python bench/recommend/make_holdout9.py

Written on 2026-12-03 (branch hold9) by a session that neither read nor ran the engine, and
committed before any engine ran on it: to be evaluated once, by the lead. Nothing is fitted or
tuned on it.

Its chains and sentences are its own; from ``make_holdout6.py`` it imports only how companies
are placed along a chain (``assemble`` with ``chain_roles(shuffle=True)``: the partner, then a
competitor of the query, a company offering what the query seeks but wanting something else,
one wanting the query's product but offering nothing it seeks, then the rest of the chain) and
how gold is derived and written (``with_gold``, ``write_set``):

* ten value chains in no earlier set (umbrellas, wigs, fishing tackle, work gloves, industrial
  valves, kayaks, mushrooms, bamboo flooring, fireworks, wallcoverings), each with a raw
  material, a maker, a distributor and an end-buyer stage (canopy-fabric weaver, hair
  processor, nitrile compounder, steel foundry, spawn laboratory, bamboo strip mill…;
  convenience-store chain, hair-loss clinic chain, meat-packing company, water utility, pizza
  chain, display company…);
* three kinds of text: a trade-fair catalogue entry (booth, exhibits), a chamber-of-commerce
  member directory entry (member since, reference customers) and a delegation sign-up form
  (labelled fields), from one line to five sentences; some name certificates, export
  countries or customers of the same chain abroad (whom the company already sells to);
* the want in three kinds, about a third each: with a cue word ("寻找", "需要", "诚征",
  "seeking", "we need"), naming the partner without one ("拜访对象：", "Meetings requested
  with"), and implied by the company's plan ("计划在美国建立经销网络，进口清关及仓储交由当地合作方",
  "we want to stop buying ... through traders and contract with a producer in China directly");
* 35 of the 40 Chinese companies in Chinese, 5 in English; US companies in English, a couple
  with a short Chinese version beside it.

A pair is gold when each side offers what the other seeks (same chain, stage of one = want of
the other, both ways), as in the other role sets.
"""

from __future__ import annotations

import random
from collections.abc import Callable

# Shared with make_holdout6.py: placing companies along a chain and writing gold; nothing else.
from make_holdout6 import STAGES, _an, assemble, write_set
from make_holdout8 import _plural  # English plurals only

# The first seed from 900 on (by the gold alone, nothing else read) giving every Chinese
# company one or two partners, as the brief asks; ``main`` checks it.
SEED = 920

# key -> stage -> (Chinese noun, English noun, Chinese detail, English detail), as STAGES says
CHAINS: list[tuple[str, STAGES]] = [
    ("umbrella", {
        "R": ("涤纶伞面布织造厂", "canopy fabric weaver",
              "伞面布年产4000万米", "40 million metres of pongee canopy fabric a year"),
        "M": ("雨伞制造厂", "umbrella factory",
              "折叠伞与直杆伞年产2500万把", "25 million folding and stick umbrellas a year"),
        "D": ("雨具批发商", "rain-gear wholesaler",
              "旺季日发货3万箱", "30,000 cartons shipped a day in the wet season"),
        "E": ("便利店连锁", "convenience-store chain",
              "门店3100家", "3,100 convenience stores"),
    }),
    ("wig", {
        "R": ("人发原料加工厂", "human hair processor",
              "年分拣、酸洗原发600吨", "600 tonnes of raw hair sorted and cuticle-treated a year"),
        "M": ("假发制品厂", "wig factory",
              "手钩假发与发块年产120万顶", "1.2 million hand-tied wigs and toppers a year"),
        "D": ("发制品进口商", "hairpiece importer",
              "库存款式1800个", "1,800 styles in stock"),
        "E": ("脱发护理诊所连锁", "hair-loss clinic chain",
              "诊所75家", "seventy-five hair-loss clinics"),
    }),
    ("tackle", {
        "R": ("尼龙钓鱼线挤出厂", "monofilament line extruder",
              "单丝年产4000吨", "4,000 tonnes of nylon monofilament a year"),
        "M": ("渔具制造商", "fishing tackle manufacturer",
              "鱼竿鱼线轮年产600万件", "six million rods and reels a year"),
        "D": ("渔具批发商", "tackle wholesaler",
              "服务钓具店2500家", "2,500 bait-and-tackle shops served"),
        "E": ("户外运动用品连锁", "outdoor sports retailer",
              "门店95家", "ninety-five outdoor superstores"),
    }),
    ("glove", {
        "R": ("丁腈胶乳生产企业", "nitrile latex producer",
              "丁腈胶乳年产25万吨", "250,000 tonnes of nitrile latex a year"),
        "M": ("劳保手套生产企业", "work glove manufacturer",
              "浸胶手套年产3亿双", "300 million pairs of dipped work gloves a year"),
        "D": ("劳保用品分销商", "safety supply distributor",
              "区域仓库11个", "eleven regional warehouses of PPE"),
        "E": ("肉类加工企业", "meat-packing company",
              "屠宰加工厂14座", "fourteen packing plants"),
    }),
    ("valve", {
        "R": ("铸钢件铸造厂", "steel casting foundry",
              "阀体铸件年产3万吨", "30,000 tonnes of valve-body castings a year"),
        "M": ("工业阀门制造商", "industrial valve manufacturer",
              "闸阀球阀年产40万台", "400,000 gate and ball valves a year"),
        "D": ("阀门管件分销商", "valve and fittings distributor",
              "库存阀门6万台", "60,000 valves on the shelf"),
        "E": ("城市供水公司", "municipal water utility",
              "供水管网9000公里", "5,600 miles of water mains"),
    }),
    ("kayak", {
        "R": ("滚塑级聚乙烯粉料供应商", "rotomoulding polyethylene powder supplier",
              "滚塑粉年产6万吨", "60,000 tonnes of rotomoulding powder a year"),
        "M": ("皮划艇制造厂", "kayak manufacturer",
              "滚塑皮划艇年产20万条", "200,000 rotomoulded kayaks a year"),
        "D": ("桨类运动用品批发商", "paddle-sports distributor",
              "经销网点400个", "400 dealer accounts"),
        "E": ("河流漂流与皮划艇租赁公司", "river outfitter and kayak rental company",
              "租赁船只3000条", "a rental fleet of 3,000 boats on twelve rivers"),
    }),
    ("mushroom", {
        "R": ("食用菌菌种与菌棒生产企业", "mushroom spawn and substrate producer",
              "年产菌棒8000万棒", "80 million substrate blocks a year"),
        "M": ("食用菌种植企业", "mushroom grower",
              "香菇与蘑菇日产鲜菇120吨", "120 tonnes of fresh shiitake and button mushrooms a day"),
        "D": ("生鲜蔬果批发商", "fresh produce distributor",
              "冷链配送车200辆", "200 refrigerated delivery trucks"),
        "E": ("比萨连锁餐厅", "pizza chain",
              "餐厅1400家", "1,400 pizza restaurants"),
    }),
    ("bamboo", {
        "R": ("竹条初加工厂", "bamboo strip mill",
              "毛竹年加工12万吨", "120,000 tonnes of moso bamboo split and carbonised a year"),
        "M": ("竹地板生产企业", "bamboo flooring manufacturer",
              "重竹地板年产800万平方米", "eight million square metres of strand-woven flooring a year"),
        "D": ("地板分销商", "flooring distributor",
              "覆盖经销门店900家", "900 flooring dealers served"),
        "E": ("地板铺装工程公司", "flooring installation contractor",
              "年铺装面积150万平方米", "crews installing 16 million square feet a year"),
    }),
    ("firework", {
        "R": ("烟花原材料化工企业", "pyrotechnic chemicals supplier",
              "高氯酸钾与金属粉年产2万吨", "20,000 tonnes of potassium perchlorate and metal powders a year"),
        "M": ("烟花爆竹生产企业", "fireworks manufacturer",
              "礼花弹与组合烟花年产50万箱", "500,000 cases of shells and cakes a year"),
        "D": ("烟花进口商", "fireworks importer",
              "危险品仓库12座", "twelve licensed storage magazines"),
        "E": ("焰火燃放公司", "fireworks display company",
              "每年承办焰火表演700场", "700 shows a year, from county fairs to stadiums"),
    }),
    ("wallcovering", {
        "R": ("无纺墙纸原纸生产企业", "nonwoven wallpaper base producer",
              "原纸年产3万吨", "30,000 tonnes of nonwoven base a year"),
        "M": ("墙纸墙布生产企业", "wallcovering manufacturer",
              "墙纸年产2000万卷", "twenty million rolls of wallcovering a year"),
        "D": ("墙面装饰材料分销商", "wallcovering distributor",
              "样本册发往设计公司3000家", "sample books in 3,000 design studios"),
        "E": ("酒店装修工程公司", "hotel fit-out contractor",
              "每年完成客房装修1.2万间", "12,000 hotel rooms refitted a year"),
    }),
]  # fmt: skip

# key -> (Chinese input, English input, Chinese product, English product, Chinese certificate,
# English certificate): what the raw-material stage sells, what the maker sells.
TRADE = {
    "umbrella": (
        "伞面布",
        "canopy fabric",
        "雨伞",
        "umbrellas",
        "OEKO-TEX认证",
        "OEKO-TEX certified",
    ),
    "wig": ("原发", "raw human hair", "假发", "wigs", "BSCI验厂", "BSCI audited"),
    "tackle": (
        "钓鱼线单丝",
        "monofilament",
        "鱼竿与渔轮",
        "rods and reels",
        "ISO 9001认证",
        "ISO 9001 certified",
    ),
    "glove": (
        "丁腈胶乳",
        "nitrile latex",
        "劳保手套",
        "work gloves",
        "EN 388与ANSI/ISEA 105检测",
        "ANSI/ISEA 105 tested",
    ),
    "valve": (
        "阀体铸件",
        "valve-body castings",
        "阀门",
        "valves",
        "API 6D与AWWA认证",
        "AWWA and NSF/ANSI 61 certified",
    ),
    "kayak": (
        "滚塑粉",
        "rotomoulding powder",
        "皮划艇",
        "kayaks",
        "CE与ABYC认证",
        "ABYC compliant",
    ),
    "mushroom": (
        "菌棒",
        "spawn and substrate blocks",
        "鲜菇",
        "fresh mushrooms",
        "GLOBALG.A.P.认证",
        "GLOBALG.A.P. certified",
    ),
    "bamboo": (
        "竹条",
        "carbonised bamboo strips",
        "竹地板",
        "bamboo flooring",
        "FSC与FloorScore认证",
        "FloorScore certified",
    ),
    "firework": (
        "烟花药剂原料",
        "pyrotechnic chemicals",
        "烟花",
        "fireworks",
        "APA标准检测",
        "APA 87-1 tested",
    ),
    "wallcovering": (
        "墙纸原纸",
        "wallpaper base",
        "墙纸",
        "wallcoverings",
        "Type II防火检测",
        "Type II fire rated",
    ),
}

DOWN = {"R": "M", "M": "D", "D": "E"}
ABROAD_ZH = ["德国", "日本", "澳大利亚", "英国", "韩国", "加拿大", "法国"]
ABROAD_EN = ["Mexico", "Canada", "the UK", "Germany", "Japan", "Australia", "Brazil"]

# The want. {c}: the other country, {w}/{ws}: the wanted stage's noun (singular/plural),
# {inp}/{prod}: the chain's input and product.
ZH_CUE = [
    "此次对接主要寻找{c}{w}。",
    "需要一家可靠的{c}{w}。",
    "诚征{c}{w}，条件面谈。",
    "盼能找到{c}{w}作为长期伙伴。",
]
ZH_NAMED = [
    "拜访对象：{c}{w}。",
    "{c}{w}如有兴趣，请联系外贸部。",
    "此行想见的是{c}的{w}。",
    "意向合作方——{c}{w}。",
]
ZH_IMPLIED = {
    ("R", "M"): ["{inp}可按{c}工厂的规格定制，年度合同价格锁定。",
                 "新增的{inp}产能专门留给{c}的下游工厂。"],
    ("M", "R"): ["{inp}目前只靠一家国内供应商，想在{c}增加一个来源。",
                 "明年{inp}用量翻倍，打算直接从{c}的原料厂进货。"],
    ("M", "D"): ["计划在{c}建立经销网络，进口清关及仓储交由当地合作方。",
                 "产品还没有进入{c}市场，打算由当地的批发渠道代理。"],
    ("M", "E"): ["可以为{c}的终端大客户贴牌生产，不经中间商直接发货。",
                 "愿意按{c}大客户的采购规格直接供货。"],
    ("D", "M"): ["手上的{prod}货源不够，想直接与{c}的工厂签供货协议。",
                 "准备把{c}制造的{prod}加进我们的产品目录，工厂直供优先。"],
    ("D", "E"): ["我们负责进口与配送，可以把现有品类直接供到{c}的终端用户手上。",
                 "可为{c}的终端用户统一进口、统一配送。"],
    ("E", "M"): ["每年用掉的{prod}数量很大，打算改为直接向{c}工厂采购。",
                 "部分{prod}准备绕过中间商，从{c}的工厂直接订货。"],
    ("E", "D"): ["{prod}采购零散，打算交给一家{c}批发渠道统一供货。",
                 "门店和项目所需的{prod}，希望今后由{c}一家经销商统一配送。"],
}  # fmt: skip
EN_CUE = [
    "Seeking a {w} in {c}.",
    "We need a dependable {a} {w}.",
    "Currently seeking {ws} in {c} for a long-term arrangement.",
    "Interested in finding a {a} {w} to work with.",
]
EN_NAMED = [
    "Meetings requested with {ws} in {c}.",
    "{Ws} from {c}: please stop by.",
    "Target contacts: {ws} in {c}.",
    "The delegation's interest: {a} {ws}.",
]
EN_IMPLIED = {
    ("R", "M"): ["Our {inp} can be made to the specs of a factory in {c}, on annual contracts.",
                 "New {inp} capacity comes on line next year and is earmarked for makers in {c}."],
    ("M", "R"): ["We want to stop buying {inp} through traders and contract with a producer in {c} directly.",
                 "Our {inp} comes from one domestic source; adding a second one in {c} is the plan for next year."],
    ("M", "D"): ["We do not sell our {prod} in {c} yet and plan to enter through a local importer who stocks and resells them.",
                 "Entering {c} next season, with a regional stocking partner handling import and sales."],
    ("M", "E"): ["We can private-label for large end buyers in {c} and ship to them direct, with no middleman.",
                 "Ready to supply big end users in {c} direct from the factory."],
    ("D", "M"): ["Our {prod} supply is short; we would sign a supply agreement with a factory in {c}.",
                 "Adding {a}-made {prod} to our catalogue, factory-direct preferred."],
    ("D", "E"): ["We import and deliver, and can put our range straight into the hands of end users in {c}.",
                 "We can take on end customers in {c}, handling import and delivery for them."],
    ("E", "M"): ["We go through a lot of {prod} and plan to buy straight from a factory in {c}.",
                 "Part of what we spend on {prod} is moving to a manufacturer in {c}, cutting out brokers."],
    ("E", "D"): ["We buy {prod} from scattered vendors; one {a} supplier delivering to every site would suit us.",
                 "We would rather source {prod} through one {a} stocking supplier than a dozen brokers."],
}  # fmt: skip

PROVINCES = [("浙江", "Zhejiang"), ("福建", "Fujian"), ("河北", "Hebei"), ("湖南", "Hunan"),
             ("河南", "Henan"), ("江西", "Jiangxi"), ("广西", "Guangxi"), ("山东", "Shandong")]  # fmt: skip
CN_NAMES = [("鼎", "Ding"), ("瑞", "Rui"), ("嘉", "Jia"), ("汇", "Hui"), ("盛", "Sheng"),
            ("和", "He"), ("联", "Lian"), ("峰", "Feng"), ("朗", "Lang"), ("骏", "Jun"),
            ("晟", "Sheng"), ("泓", "Hong"), ("启", "Qi"), ("亿", "Yi")]  # fmt: skip
CN_FORMS = [("有限公司", "Co., Ltd."), ("科技有限公司", "Technology Co., Ltd."),
            ("贸易有限公司", "Trading Co., Ltd."), ("股份有限公司", "Co., Ltd.")]  # fmt: skip
US_NAMES = [("Redfield", "雷德菲尔德"), ("Stonebridge", "斯通布里奇"), ("Harlan", "哈兰"),
            ("Pemberton", "彭伯顿"), ("Quincy", "昆西"), ("Sutherland", "萨瑟兰"),
            ("Whitmore", "惠特莫尔"), ("Alvarez", "阿尔瓦雷斯"), ("Nakamura", "中村"),
            ("Baxter", "巴克斯特"), ("Carver", "卡弗"), ("Dalton", "道尔顿"),
            ("Everly", "埃弗利"), ("Garrison", "加里森"), ("Keane", "基恩"),
            ("Lockhart", "洛克哈特"), ("Moreau", "莫罗"), ("Osborne", "奥斯本")]  # fmt: skip
US_SUFFIX = ["Inc.", "LLC", "Supply Co.", "Group", "Partners LLC"]
US_STATES = ["Minnesota", "Tennessee", "Arizona", "Michigan", "Florida", "Colorado", "New Jersey"]


def pick_want(rng: random.Random, zh: bool, us: bool, *, pools: tuple[object, ...],
              trade: tuple[str, ...], stages: STAGES, stage: str, want: str,
              zh_there: tuple[str, ...] = ("美国",),
              en_there: tuple[tuple[str, str], ...] = (("the US", "US"), ("the United States", "American"))) -> str:  # fmt: skip
    """The want from ``pools`` (Chinese cue, named, implied by (stage, want), then the English
    three): with a cue word, naming the partner without one or implied, about a third each.
    ``trade``: the chain's Chinese and English input and product; ``zh_there``/``en_there``:
    how a Chinese company names the US (drawn only if more than one)."""
    zh_inp, en_inp, zh_prod, en_prod = trade[:4]
    kind = rng.random()
    cue, named, implied = pools[:3] if zh else pools[3:]
    pool = cue if kind < 0.33 else named if kind < 0.66 else implied[stage, want]  # type: ignore[index]
    if zh:
        c = "中国" if us else zh_there[0] if len(zh_there) == 1 else rng.choice(zh_there)
        return rng.choice(pool).format(c=c, w=stages[want][0], inp=zh_inp, prod=zh_prod)  # type: ignore[arg-type]
    c, a = ("China", "Chinese") if us else rng.choice(en_there)
    w = stages[want][1]
    ws = _plural(w)
    return _an(rng.choice(pool).format(c=c, a=a, w=w, ws=ws, Ws=ws[0].upper() + ws[1:],  # type: ignore[arg-type]
                                       inp=en_inp, prod=en_prod))  # fmt: skip


def _want(rng: random.Random, zh: bool, us: bool, *, key: str, stages: STAGES, stage: str,
          want: str) -> str:  # fmt: skip
    """The want: with a cue word, naming the partner without one, or implied by a plan."""
    pools = (ZH_CUE, ZH_NAMED, ZH_IMPLIED, EN_CUE, EN_NAMED, EN_IMPLIED)
    return pick_want(rng, zh, us, pools=pools, trade=TRADE[key], stages=stages, stage=stage,
                     want=want)  # fmt: skip


def _text(rng: random.Random, zh: bool, us: bool, name: str, place: str, *, key: str,
          stages: STAGES, stage: str, want: str) -> str:  # fmt: skip
    """A catalogue entry, a directory entry or a sign-up form, one line to five sentences."""
    zh_noun, en_noun, zh_detail, en_detail = stages[stage]
    seek = _want(rng, zh, us, key=key, stages=stages, stage=stage, want=want)
    cert = TRADE[key][4 if zh else 5] if stage in "RM" else ""
    y = rng.randint(1978, 2016)
    k = rng.randint(8, 45)
    kind = rng.random()
    # whom the company already sells to abroad: the stage below its own, a customer of the chain
    down = DOWN.get(stage)
    if zh:
        abroad = "、".join(rng.sample(ABROAD_ZH, 2))
        ref = f"现有客户包括{abroad}的{stages[down][0]}。" if down and not us else ""
        if kind < 0.2:  # one line
            return f"{zh_noun}，{zh_detail}；{seek}"
        if kind < 0.5:  # trade-fair catalogue
            parts = [f"展位号{rng.choice('ABC')}{rng.randint(1, 9)}-{rng.randint(10, 99)}。",
                     f"{name}，{zh_noun}，{zh_detail}。",
                     f"展品通过{cert}，出口{k}个国家。" if cert else "",
                     seek]  # fmt: skip
            if rng.random() < 0.5:
                parts[1], parts[3] = parts[3], parts[1]
        elif kind < 0.8:  # member directory
            parts = [f"{name}（会员，{place}），{y}年成立。",
                     seek if rng.random() < 0.4 else "",
                     f"本会员单位为{zh_noun}，{zh_detail}。",
                     ref,
                     f"已通过{cert}。" if cert and rng.random() < 0.5 else ""]  # fmt: skip
            if not parts[1]:
                parts.append(seek)
        else:  # delegation sign-up form
            parts = [f"单位名称：{name}；", f"企业类型：{zh_noun}；", f"主要产品与规模：{zh_detail}；",
                     f"访美目的：{seek}"]  # fmt: skip
            if ref and rng.random() < 0.5:
                parts.insert(3, f"备注：{ref[:-1]}；")
        return "".join(p for p in parts if p)
    abroad = " and ".join(rng.sample(ABROAD_EN, 2))
    ref = f"Customers include {_plural(stages[down][1])} in {abroad}." if down else ""
    if kind < 0.2:
        return _an(f"{en_noun[0].upper() + en_noun[1:]}, {en_detail}. {seek}")
    if kind < 0.5:
        parts = [f"Booth {rng.randint(1000, 4999)}.",
                 _an(f"{name}, a {en_noun} in {place}: {en_detail}."),
                 f"{cert[0].upper() + cert[1:]}; exports to {k} countries." if cert and not us else
                 f"{cert[0].upper() + cert[1:]}." if cert else "",
                 seek]  # fmt: skip
        if rng.random() < 0.5:
            parts[1], parts[3] = parts[3], parts[1]
    elif kind < 0.8:
        parts = [f"{name} ({place}), member since {y + rng.randint(0, 9)}.",
                 seek if rng.random() < 0.4 else "",
                 _an(f"A {en_noun} with {en_detail}."),
                 ref if rng.random() < 0.6 else "",
                 f"{cert[0].upper() + cert[1:]}." if cert and rng.random() < 0.5 else ""]  # fmt: skip
        if not parts[1]:
            parts.append(seek)
    else:
        parts = [f"Company: {name}" + ("" if name.endswith(".") else "."), f"Type of business: {en_noun}.", f"Size: {en_detail}.",
                 f"{'Matchmaking request' if us else 'Purpose of the visit'}: {seek}"]  # fmt: skip
        if ref and rng.random() < 0.5:
            parts.insert(3, f"Notes: {ref}")
    return " ".join(p for p in parts if p)


def org_writer(seed: int, prefix: str, *, text: Callable[..., str], want_text: Callable[..., str],
               names: tuple[list[tuple[str, str]], list[str], list[str], list[tuple[str, str]], list[tuple[str, str]]],
               forms: Callable[[str], list[tuple[str, str]]], zh_line: str) -> object:  # fmt: skip
    """The company writer for ``assemble``: five Chinese companies, fixed by ``seed``, write in
    English, two US companies give a short Chinese version too (``zh_line`` with {name},
    {noun}, {detail}, {seek}). ``text``/``want_text`` write the description and the want; ``names``:
    US surnames, US legal forms, US states, Chinese name syllables, provinces; ``forms``: the
    Chinese legal forms that fit a stage."""
    us_names, us_suffix, us_states, cn_names, provinces = names
    pick = random.Random(seed)
    english_cn = {f"{prefix}cn{n:03d}" for n in pick.sample(range(1, 41), 5)}
    zh_us = {f"{prefix}us{n:03d}" for n in pick.sample(range(1, 71), 2)}

    def org(rng: random.Random, oid: str, side: str, *, key: str, stages: STAGES, stage: str,
            want: str) -> dict[str, object]:  # fmt: skip
        role = {"key": key, "stages": stages, "stage": stage, "want": want}
        if side == "US":
            sur, zh_sur = rng.choice(us_names)
            en_name = f"{sur} {rng.choice(us_suffix)}"
            name = {"en": en_name}
            description = {"en": text(rng, False, True, en_name, rng.choice(us_states), **role)}
            if oid in zh_us:  # a short Chinese version beside the English one
                name["zh"] = f"美国{zh_sur}公司"
                zh_noun, _, zh_detail, _ = stages[stage]
                seek = want_text(rng, True, True, **role)
                description["zh"] = zh_line.format(
                    name=name["zh"], noun=zh_noun, detail=zh_detail, seek=seek
                )
        else:
            (c1, p1), (c2, p2) = rng.sample(cn_names, 2)
            prov, prov_en = rng.choice(provinces)
            form, form_en = rng.choice(forms(stage))
            if oid in english_cn:
                en_name = f"{prov_en} {p1}{p2.lower()} {form_en}"
                name = {"en": en_name}
                description = {"en": text(rng, False, False, en_name, f"{prov_en}, China", **role)}
            else:
                zh_name = f"{prov}{c1}{c2}{form}"
                name = {"zh": zh_name}
                description = {"zh": text(rng, True, False, zh_name, prov, **role)}
        return {"id": oid, "side": side, "name": name, "description": description,
                "_chain": key, "_stage": stage, "_want": want}  # fmt: skip

    return org


def _org_writer(seed: int) -> object:
    """This set's company writer (``org_writer``) with its names, sentences and legal forms: a
    trading company's legal form only for a distributor, not to mislead."""
    return org_writer(seed, "p", text=_text, want_text=_want,
                      names=(US_NAMES, US_SUFFIX, US_STATES, CN_NAMES, PROVINCES),
                      forms=lambda stage: CN_FORMS if stage == "D" else CN_FORMS[:2] + CN_FORMS[3:],
                      zh_line="{name}：{noun}，{detail}。{seek}")  # fmt: skip


def build() -> tuple[dict[str, object], dict[str, object]]:
    """The profiles document and the gold file."""
    return assemble(_org_writer(SEED), CHAINS, seed=SEED, prefix="p", shuffle=True)  # type: ignore[arg-type]


def main() -> None:
    """Write the set and its gold file."""
    profiles, gold = build()
    partners = gold["partners"]
    assert isinstance(partners, dict)
    cn = [o["id"] for o in profiles["organizations"] if o["side"] == "CN"]  # type: ignore[attr-defined]
    assert all(1 <= len(partners.get(i, [])) <= 2 for i in cn), "one or two partners each"
    write_set("roles_holdout9", profiles, gold)


if __name__ == "__main__":
    main()
