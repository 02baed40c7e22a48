# ruff: noqa: E501  (the profile phrases are data; wrapping them would only hurt reading)
"""Write the eighth held-out ROLE set (issue 18): ``roles_holdout8.json`` / ``roles_holdout8_gold.json``.

    python bench/recommend/make_holdout8.py

Written on 2026-12-03 (branch hold8) by a session that neither read nor ran the engine, and
committed before any engine ran on it: to be evaluated once, by the lead, at the end. Nothing
is fitted or tuned on it.

Independent of the other role sets (``make_roles.py``, ``make_holdout.py``, ``make_holdout6.py``,
``make_holdout7.py``) in its chains and sentences; it borrows from ``make_holdout6.py`` only how
companies are placed along a chain (``assemble``: partners, traps) and how gold is derived and
written (``with_gold``, ``write_set``):

* ten value chains in none of them nor in the bench and validation sets (candles, fasteners,
  spices, guitars, architectural paint, eyeglass frames, cookware, artificial Christmas trees,
  mattresses, pencils), each with a raw-material, a maker, a distributor and an end-buyer stage
  (wax refiner, wire-rod mill, growers' cooperative, tonewood sawmill, TiO2 producer, acetate
  sheet maker…; home-goods chain, farm-equipment maker, ready-meal producer, painting
  contractor, senior-living operator…);
* profiles written the way chamber-of-commerce directories and trade-fair catalogues write
  them: a company name with province and legal form, history, the offer, certifications and
  export figures, a closing line, in varied order (the want first, in the middle or last;
  a fifth joined to the offer in one sentence); the want in three kinds, about a third each:
  with a cue word ("寻求", "希望", "seeking", "looking for"), naming the partner without one
  ("本次赴美重点拜访当地…", "…are welcome to contact our export desk"), and implied by what the
  company is doing ("拟在美设立分销渠道，由当地经销商负责进口与仓储", "We are expanding into
  North America through partners who can import, stock and resell our …", "open to OEM
  cooperation", "a second source of … in China is a priority"), phrased by the relation of the
  company's stage to the one it wants;
* Chinese companies mostly in Chinese (about one in ten in English), US companies in English,
  a few of them with a Chinese version beside it;
* beside each Chinese company's gold partner (``chain_roles(shuffle=True)``): a US competitor
  of the Chinese company (same stage, same want), a company offering what the query seeks but
  wanting something else, one wanting the query's product but offering nothing it seeks (wrong
  direction), and the rest of the chain at random.

A pair is gold when each side offers what the other seeks (same chain, stage of one = want of
the other, both ways), as in the other role sets.
"""

from __future__ import annotations

import random

# Only how companies are arranged along a chain and how gold is derived and written are shared
# with make_holdout6.py; the chains and the sentences are this generator's own.
from make_holdout6 import STAGES, _an, assemble, write_set

# key -> stage -> (Chinese noun, English noun, Chinese detail, English detail), as STAGES says
CHAINS: list[tuple[str, STAGES]] = [
    ("candle", {
        "R": ("石蜡与大豆蜡精炼企业", "paraffin and soy wax refiner",
              "蜡料年产15万吨", "150,000 tonnes of paraffin and soy wax a year"),
        "M": ("蜡烛生产企业", "candle factory",
              "香薰蜡烛日产40万支", "400,000 scented candles a day"),
        "D": ("家居香氛批发商", "home fragrance wholesaler",
              "经营香氛品类2000余个", "a catalogue of 2,000 home fragrance items"),
        "E": ("家居用品连锁店", "home goods store chain",
              "门店520家", "520 home goods stores"),
    }),
    ("fastener", {
        "R": ("冷镦钢线材生产企业", "cold-heading wire rod mill",
              "线材年产80万吨", "800,000 tonnes of cold-heading wire rod a year"),
        "M": ("紧固件制造商", "fastener manufacturer",
              "螺栓螺母年产12万吨", "120,000 tonnes of bolts, nuts and screws a year"),
        "D": ("工业紧固件分销商", "industrial fastener distributor",
              "常备库存规格4万种", "40,000 SKUs on the shelf"),
        "E": ("农业机械制造企业", "farm equipment manufacturer",
              "拖拉机与收割机年产1.5万台", "15,000 tractors and combines a year"),
    }),
    ("spice", {
        "R": ("辣椒与花椒种植合作社", "chili and peppercorn growers' cooperative",
              "社员种植面积3万亩", "5,000 acres farmed by our members"),
        "M": ("香辛料研磨加工企业", "spice grinding and blending mill",
              "年加工调味粉1.8万吨", "18,000 tonnes of ground spices and blends a year"),
        "D": ("食品配料分销商", "food ingredient distributor",
              "服务食品工厂客户600家", "600 food-plant accounts"),
        "E": ("预制菜生产企业", "ready-meal producer",
              "日产预制菜150万份", "1.5 million ready meals a day"),
    }),
    ("guitar", {
        "R": ("乐器木材加工厂", "tonewood sawmill",
              "云杉与桃花心木板材年产8000立方米", "8,000 cubic metres of spruce and mahogany a year"),
        "M": ("吉他制造厂", "guitar factory",
              "木吉他与电吉他年产30万把", "300,000 acoustic and electric guitars a year"),
        "D": ("乐器批发商", "musical instrument wholesaler",
              "经销客户1200家", "1,200 dealer accounts"),
        "E": ("琴行连锁", "music store chain",
              "门店210家，附设音乐教室", "210 stores with lesson studios"),
    }),
    ("paint", {
        "R": ("钛白粉生产企业", "titanium dioxide pigment producer",
              "钛白粉年产20万吨", "200,000 tonnes of TiO2 pigment a year"),
        "M": ("建筑涂料生产企业", "architectural paint manufacturer",
              "乳胶漆年产30万吨", "300,000 tonnes of latex paint a year"),
        "D": ("涂料经销商", "paint distributor",
              "配送网点60个", "a network of sixty branches"),
        "E": ("建筑涂装工程公司", "commercial painting contractor",
              "年施工面积800万平方米", "crews painting 80 million square feet a year"),
    }),
    ("eyewear", {
        "R": ("醋酸纤维板材生产商", "acetate sheet producer",
              "板材花色3000余种", "3,000 colours of cellulose acetate sheet"),
        "M": ("眼镜架制造商", "eyeglass frame factory",
              "镜架年产800万副", "eight million frames a year"),
        "D": ("眼镜批发商", "optical wholesaler",
              "仓储镜架90万副", "a warehouse of 900,000 frames"),
        "E": ("眼镜零售连锁", "optical retail chain",
              "门店380家", "380 optical stores"),
    }),
    ("cookware", {
        "R": ("复合不锈钢板带生产商", "clad stainless steel coil producer",
              "三层复合钢板年产5万吨", "50,000 tonnes of tri-ply clad coil a year"),
        "M": ("锅具制造企业", "cookware manufacturer",
              "不锈钢锅具年产1500万件", "fifteen million pots and pans a year"),
        "D": ("厨具批发商", "housewares wholesaler",
              "经营厨具品类4000个", "4,000 kitchen items in our range"),
        "E": ("厨具零售连锁", "kitchenware store chain",
              "门店160家", "160 kitchen stores"),
    }),
    ("xmastree", {
        "R": ("仿真针叶膜材料供应商", "PVC and PE foliage film supplier",
              "仿真针叶膜年产3万吨", "30,000 tonnes of PVC and PE needle film a year"),
        "M": ("人造圣诞树工厂", "artificial Christmas tree factory",
              "年产圣诞树300万棵", "three million trees a year"),
        "D": ("节日装饰品批发商", "seasonal décor wholesaler",
              "每年经营货柜900个", "900 containers of seasonal goods a year"),
        "E": ("园艺中心连锁", "garden centre chain",
              "门店140家", "140 garden centres"),
    }),
    ("mattress", {
        "R": ("聚氨酯海绵生产企业", "polyurethane foam producer",
              "海绵年产12万吨", "120,000 tonnes of slabstock foam a year"),
        "M": ("床垫制造企业", "mattress manufacturer",
              "床垫年产150万张", "1.5 million mattresses a year"),
        "D": ("寝具批发商", "bedding wholesaler",
              "设有配送中心5个", "five distribution centres"),
        "E": ("养老社区运营商", "senior-living operator",
              "运营养老社区95个", "ninety-five senior-living communities"),
    }),
    ("pencil", {
        "R": ("铅芯与笔杆木板供应商", "pencil lead and cedar slat supplier",
              "铅芯年产20亿支", "two billion pencil leads a year"),
        "M": ("铅笔与文具制造商", "pencil and stationery manufacturer",
              "铅笔年产10亿支", "one billion pencils a year"),
        "D": ("文具批发商", "office and school supplies wholesaler",
              "库存文具1.5万种", "15,000 stationery items in stock"),
        "E": ("文具零售连锁", "stationery retail chain",
              "门店600家", "600 stationery stores"),
    }),
]  # fmt: skip

# key -> (Chinese input, English input, Chinese product, English product, Chinese cert, English cert):
# what the raw-material stage sells, what the maker sells, and a certificate of the trade.
TRADE = {
    "candle": ("蜡料", "candle wax", "香薰蜡烛", "scented candles", "BSCI验厂", "BSCI-audited"),
    "fastener": (
        "冷镦钢线材",
        "wire rod",
        "螺栓螺母",
        "bolts and nuts",
        "IATF 16949认证",
        "IATF 16949 certified",
    ),
    "spice": (
        "干辣椒与花椒",
        "dried chilies and peppercorns",
        "复合调味粉",
        "ground spices and seasoning blends",
        "BRC与HACCP认证",
        "BRC and HACCP certified",
    ),
    "guitar": (
        "面板与背侧板木料",
        "tonewood tops, backs and sides",
        "吉他",
        "guitars",
        "FSC认证",
        "FSC certified",
    ),
    "paint": (
        "钛白粉",
        "titanium dioxide",
        "乳胶漆",
        "latex wall paint",
        "ISO 14001认证",
        "ISO 14001 certified",
    ),
    "eyewear": (
        "醋酸纤维板材",
        "acetate sheet",
        "眼镜架",
        "optical frames",
        "ISO 13485认证",
        "FDA registered",
    ),
    "cookware": (
        "复合钢板",
        "clad stainless coil",
        "锅具",
        "pots and pans",
        "LFGB与FDA食品接触检测",
        "LFGB and FDA food-contact tested",
    ),
    "xmastree": (
        "仿真针叶膜",
        "PVC and PE needle film",
        "人造圣诞树",
        "artificial Christmas trees",
        "UL与CE认证",
        "UL listed",
    ),
    "mattress": (
        "聚氨酯海绵",
        "polyurethane foam",
        "床垫",
        "mattresses",
        "CertiPUR-US认证",
        "CertiPUR-US certified",
    ),
    "pencil": (
        "铅芯与笔杆木板",
        "pencil leads and cedar slats",
        "铅笔",
        "pencils",
        "EN71与ASTM D-4236检测",
        "ASTM D-4236 conforming",
    ),
}

DOWN = {"R": "M", "M": "D", "D": "E"}

# The want, in three kinds. {w}: the wanted stage's noun ({ws}: plural), {c}: the other country,
# {a}: its adjective, {inp}/{prod}: the chain's input and product, {own}: what the writer sells.
ZH_CUE = [
    "寻求{c}{w}作为长期合作伙伴。",
    "希望与{c}{w}建立稳定的合作关系。",
    "现诚征{c}{w}，共同开拓市场。",
    "公司正在物色一家{c}{w}。",
]
ZH_NAMED = [  # names the partner, no cue word
    "本次赴{c}，重点拜访当地{w}。",
    "欢迎{c}{w}来函洽谈。",
    "与{c}{w}的合作目前仍是空白，这是我们此次参展的主要目的。",
    "{c}{w}是本公司最想结识的合作方。",
]
# Implied by what the company is doing: keyed by (its stage, the stage it wants).
ZH_IMPLIED = {
    ("R", "M"): ["我们的{inp}专供{w}，可与{c}客户签订年度供货合同。",
                 "{inp}产能尚有富余，{c}的{w}可按年度合同锁定货源。"],
    ("M", "R"): ["公司每年消耗大量{inp}，拟在{c}开辟第二货源。",
                 "目前{inp}全部依赖国内一家供应商，计划引入{c}原料。"],
    ("M", "D"): ["拟在{c}设立分销渠道，由当地{w}负责进口、仓储与销售。",
                 "产品尚未进入{c}市场，计划通过当地{w}代理销售。"],
    ("M", "E"): ["开放OEM合作，{c}{ws}可直接向工厂下单。",
                 "可按{c}{w}的要求贴牌生产并直接供货。"],
    ("D", "M"): ["现有产品线缺少{a}制造的{prod}，欢迎当地工厂提供OEM货源。",
                 "我们计划从{c}直接进口{prod}，以工厂直供为佳。"],
    ("D", "E"): ["代理的产品线有意进入{c}的{w}，进口与配送由我方负责。",
                 "我们可为{c}{ws}提供一站式进口与配送服务。"],
    ("E", "M"): ["所用{prod}拟部分改由{c}工厂直供。",
                 "我们每年采购大量{prod}，愿与{c}生产厂家直接签约。"],
    ("E", "D"): ["{prod}目前分散采购，今后拟通过一家{c}{w}集中进货、统一配送。",
                 "我们需要一家熟悉{c}货源的{w}，为门店和项目统一供应{prod}。"],
}  # fmt: skip
EN_CUE = [
    "We are seeking a long-term {a} {w}.",
    "Looking for a {w} in {c} to partner with.",
    "The company hopes to find a reliable {a} {w}.",
    "We want to work with a {w} based in {c}.",
]
EN_NAMED = [
    "{Ws} in {c} are welcome to contact our export desk.",
    "Our delegation will visit {ws} in {c} this spring.",
    "We have no {a} {w} yet, and this fair is where we mean to change that.",
    "We would be glad to hear from {ws} in {c}.",
]
EN_IMPLIED = {
    ("R", "M"): ["Our {inp} is made for {ws}; we would sign annual supply contracts with one in {c}.",
                 "We have spare {inp} capacity for {ws} in {c} on yearly contracts."],
    ("M", "R"): ["Our {inp} comes from a single supplier today; a second source in {c} is a priority.",
                 "We use a great deal of {inp} and mean to qualify a {a} supplier of it."],
    ("M", "D"): ["We are expanding into {c} through partners who can import, stock and resell our {own}.",
                 "Distribution in {c} is the next step for us: one {w} per region, on exclusive terms."],
    ("M", "E"): ["Open to OEM and private-label cooperation with {ws} in {c}.",
                 "We ship direct to {ws} and are ready to do so in {c}."],
    ("D", "M"): ["Our range lacks {prod} made in {c}: we are open to OEM cooperation with a factory there.",
                 "We would add a {a} factory to our vendor list for {prod}."],
    ("D", "E"): ["Our range is ready for {ws} in {c}; we handle import and delivery.",
                 "We would like to place our lines with {ws} in {c}."],
    ("E", "M"): ["Part of the {prod} we use should come straight from a factory in {c}.",
                 "We buy {prod} by the container and would buy direct from a {a} maker."],
    ("E", "D"): ["We buy {prod} from many small vendors and would rather consolidate through one {a} {w}.",
                 "A {w} that can source {prod} in {c} and deliver to all our sites would suit us."],
}  # fmt: skip

ZH_HISTORY = [
    "公司始建于{y}年，{y2}年完成股份制改造。",
    "{name}成立于{y}年，现有员工{n}人。",
    "公司前身为一家乡镇企业，{y}年改制，是国家级高新技术企业。",
    "创立于{y}年，总部位于{prov}。",
]
ZH_CREDS = [
    "公司已通过{cert}，去年出口额约{m}万美元，产品销往{k}个国家和地区。",
    "通过{cert}。",
    "出口额连续{g}年增长，产品远销{k}个国家和地区。",
    "拥有自营进出口权，已通过{cert}。",
]
ZH_CLOSE = ["欢迎莅临展位洽谈。", "详情请联系公司国际业务部。", "诚邀各界朋友来厂考察。", "", ""]
EN_HISTORY = [
    "Founded in {y} by the {surname} family and still family owned.",
    "Established {y}; {n} employees.",
    "In business since {y}, headquartered in {place}.",
    "{name} was founded in {y} and has grown by acquisition since {y2}.",
]
EN_CREDS = [
    "{Cert}; annual sales of about ${m} million.",
    "{Cert}, with exports to {k} countries.",
    "{Cert}.",
    "Sales grew {g}% last year.",
]
# Distributors and end buyers: figures without a maker's certificate or exports.
ZH_CREDS_TRADE = ["去年销售额增长{g}%。", "年营业额约{m}万美元。", "连续多年被评为行业诚信企业。"]
EN_CREDS_TRADE = [
    "Sales grew {g}% last year.",
    "Annual revenue of about ${m} million.",
    "Rated A+ by the Better Business Bureau.",
]
EN_CLOSE = [
    "Visit us at booth {b}.",
    "Samples on request.",
    "Contact our international sales desk.",
    "",
    "",
]

PROVINCES = [("浙江", "Zhejiang"), ("江苏", "Jiangsu"), ("广东", "Guangdong"), ("山东", "Shandong"),
             ("福建", "Fujian"), ("河北", "Hebei"), ("安徽", "Anhui"), ("四川", "Sichuan")]  # fmt: skip
CN_SYLLABLES = [("恒", "Heng"), ("远", "Yuan"), ("诚", "Cheng"), ("信", "Xin"), ("华", "Hua"),
                ("美", "Mei"), ("腾", "Teng"), ("达", "Da"), ("永", "Yong"), ("泰", "Tai"),
                ("金", "Jin"), ("鑫", "Xin"), ("宏", "Hong"), ("昌", "Chang")]  # fmt: skip
CN_FORMS = [("实业有限公司", "Industrial Co., Ltd."), ("股份有限公司", "Co., Ltd."),
            ("集团有限公司", "Group Co., Ltd."), ("有限公司", "Co., Ltd.")]  # fmt: skip
US_SURNAMES = [("Whitaker", "惠特克"), ("Calloway", "卡洛威"), ("Brennan", "布伦南"),
               ("Ashford", "阿什福德"), ("Beaumont", "博蒙特"), ("Castellano", "卡斯特拉诺"),
               ("Donnelly", "唐纳利"), ("Eriksen", "埃里克森"), ("Fairbanks", "费尔班克斯"),
               ("Gallagher", "加拉格尔"), ("Haddad", "哈达德"), ("Ingram", "英格拉姆"),
               ("Hollis", "霍利斯"), ("Marchetti", "马尔凯蒂"), ("Okafor", "奥卡福"),
               ("Lindqvist", "林奎斯特"), ("Prescott", "普雷斯科特"), ("Delgado", "德尔加多"),
               ("Thornbury", "索恩伯里"), ("Vasquez", "巴斯克斯"), ("Kowalski", "科瓦尔斯基")]  # fmt: skip
US_FORMS = ["Inc.", "LLC", "Corp.", "& Sons, Inc.", "Holdings LLC"]
US_PLACES = ["Ohio", "North Carolina", "Texas", "Wisconsin", "Georgia", "Pennsylvania", "Oregon"]


def _plural(noun: str) -> str:
    if noun.endswith("y") and noun[-2] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "sh", "ch", "x")) else "s")


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def _want(rng: random.Random, zh: bool, *, stages: STAGES, key: str, stage: str, want: str,
          us: bool) -> str:  # fmt: skip
    """The want sentence: with a cue word, naming the partner without one, or implied."""
    zh_inp, en_inp, zh_prod, en_prod, _, _ = TRADE[key]
    kind = rng.random()
    if zh:
        pool = ZH_CUE if kind < 0.33 else ZH_NAMED if kind < 0.66 else ZH_IMPLIED[stage, want]
        c = "中国" if us else rng.choice(["美国", "北美"])
        w = stages[want][0]
        return rng.choice(pool).format(c=c, a=c, w=w, ws=w, inp=zh_inp, prod=zh_prod)
    pool = EN_CUE if kind < 0.33 else EN_NAMED if kind < 0.66 else EN_IMPLIED[stage, want]
    c, a = (
        ("China", "Chinese")
        if us
        else rng.choice([("the US", "US"), ("North America", "American")])
    )
    w = stages[want][1]
    own = en_prod if stage == "M" else en_inp if stage == "R" else "range"
    text = rng.choice(pool).format(c=c, C=_cap(c), a=a, w=w, ws=_plural(w), Ws=_cap(_plural(w)),
                                   inp=en_inp, prod=en_prod, own=own)  # fmt: skip
    return _an(text)


def _profile(rng: random.Random, zh: bool, us: bool, name: str, prov: tuple[str, str], *,
             key: str, stages: STAGES, stage: str, want: str) -> str:  # fmt: skip
    """One description: history, offer, credentials, want and a closing line in varied order."""
    zh_noun, en_noun, zh_detail, en_detail = stages[stage]
    cert = TRADE[key][4 if zh else 5]
    nums = {"y": rng.randint(1962, 2012), "n": rng.choice([180, 260, 420, 650, 1200]),
            "m": rng.choice([800, 1500, 3200, 6000]), "k": rng.randint(12, 60), "g": rng.randint(4, 19)}  # fmt: skip
    nums["y2"] = nums["y"] + rng.randint(5, 12)
    seek = _want(rng, zh, stages=stages, key=key, stage=stage, want=want, us=us)
    if zh:
        offer = rng.choice([
            f"{name}是专业的{zh_noun}，{zh_detail}。",
            f"我司为{zh_noun}，{zh_detail}。",
            f"主营业务：{zh_noun}，{zh_detail}。",
            f"作为{prov[0]}知名{zh_noun}，公司{zh_detail}。",
        ])  # fmt: skip
        # A state-owned past and factory visits only for Chinese makers and material suppliers.
        plain = us or stage in "DE"
        history = rng.choice([ZH_HISTORY[1], ZH_HISTORY[3]] if plain else ZH_HISTORY).format(
            name=name, prov=prov[0], **nums
        )
        pool = ZH_CREDS_TRADE if stage in "DE" else ZH_CREDS[:3] if us else ZH_CREDS
        creds = rng.choice(pool).format(cert=cert, **nums)
        close = rng.choice(ZH_CLOSE[:2] + ZH_CLOSE[3:] if plain else ZH_CLOSE)
        joined = offer[:-1] + "，" + seek
        joiner = ""
    else:
        offer = _an(rng.choice([
            f"{name} is a {en_noun} with {en_detail}.",
            f"A {en_noun}: {en_detail}.",
            f"{name}, {en_noun} ({en_detail}).",
            f"{name} operates as a {en_noun} — {en_detail}.",
        ]))  # fmt: skip
        surname = name.split(maxsplit=1)[0]
        history = rng.choice(EN_HISTORY if us else EN_HISTORY[1:]).format(
            name=name, surname=surname, place=prov[1], **nums
        )
        pool = EN_CREDS_TRADE if stage in "DE" else EN_CREDS
        creds = rng.choice(pool).format(
            cert=cert, Cert=_cap(cert), m=nums["m"] // 100, k=nums["k"], g=nums["g"]
        )
        close = rng.choice(EN_CLOSE).format(b=f"{rng.choice('ABCDE')}{rng.randint(100, 999)}")
        proper = ("China", "Chinese", "North", "US", "American", "PVC")
        first = seek if seek.split()[0] in proper else seek[0].lower() + seek[1:]
        joined = offer[:-1] + "; " + first
        joiner = " "
    shape = rng.random()
    if shape < 0.2:
        parts = [history, joined, creds, close]
    elif shape < 0.4:
        parts = [seek, offer, history, creds]
    elif shape < 0.6:
        parts = [offer, seek, creds, close]
    elif shape < 0.8:
        parts = [history, offer, creds, seek, close]
    else:
        parts = [offer, creds, seek, history]
    return joiner.join(p for p in parts if p)


def _org(rng: random.Random, oid: str, side: str, *, key: str, stages: STAGES, stage: str,
         want: str) -> dict[str, object]:  # fmt: skip
    us = side == "US"
    if us:
        surname, zh_surname = rng.choice(US_SURNAMES)
        form = rng.choice(US_FORMS)
        name = {"en": f"{surname} {form}", "zh": f"美国{zh_surname}公司"}
        prov = ("美国", rng.choice(US_PLACES))
        description = {"en": _profile(rng, False, True, name["en"], prov, key=key, stages=stages,
                                      stage=stage, want=want)}  # fmt: skip
        if rng.random() < 0.06:  # a few US companies give a short Chinese version too
            seek = _want(rng, True, stages=stages, key=key, stage=stage, want=want, us=True)
            zh_noun, _, zh_detail, _ = stages[stage]
            description["zh"] = f"{name['zh']}是一家{zh_noun}，{zh_detail}。{seek}"
        else:
            del name["zh"]
    else:
        (c1, p1), (c2, p2) = rng.sample(CN_SYLLABLES, 2)
        prov, prov_en = rng.choice(PROVINCES)
        form, form_en = rng.choice(CN_FORMS)
        if rng.random() < 0.1:  # a few Chinese companies write in English
            name = {"en": f"{prov_en} {p1}{p2.lower()} {form_en}"}
            description = {"en": _profile(rng, False, False, name["en"], (prov, prov_en), key=key, stages=stages,
                                          stage=stage, want=want)}  # fmt: skip
        else:
            name = {"zh": f"{prov}{c1}{c2}{form}"}
            description = {"zh": _profile(rng, True, False, name["zh"], (prov, prov_en), key=key, stages=stages,
                                          stage=stage, want=want)}  # fmt: skip
    return {"id": oid, "side": side, "name": name, "description": description,
            "_chain": key, "_stage": stage, "_want": want}  # fmt: skip


def build() -> tuple[dict[str, object], dict[str, object]]:
    """The profiles document and the gold file."""
    return assemble(_org, CHAINS, seed=227, prefix="q", shuffle=True)


def main() -> None:
    """Write the set and its gold file."""
    write_set("roles_holdout8", *build())


if __name__ == "__main__":
    main()
