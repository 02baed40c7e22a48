# ruff: noqa: E501  (the profile phrases are data; wrapping them would only hurt reading)
"""Write the thirteenth held-out ROLE set (issue 18): ``roles_holdout13.json`` / ``roles_holdout13_gold.json``.

    python bench/recommend/make_holdout13.py

Written on 2026-12-03 evening (branch hold13) by a session that neither read nor ran the
engine, and committed before any engine ran on it: the clean test of the engine's next change,
to be evaluated once, by the lead. Nothing is fitted or tuned on it.

Same structure as ``make_holdout12.py``; the helpers are imported, not copied: from
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
  (beer kegs, medals and trophies, de-icer, pickleball paddles, stadium seating, package
  lockers, wheelchairs, brake pads, ladders, wooden pallets), each with a part or material
  supplier, a maker, a distributor and an end buyer (keg spear and valve maker, zinc alloy
  ingot producer, rock salt mine, honeycomb core producer, seat shell moulder, electronic lock
  maker, wheelchair parts maker, brake backing plate stamper, fibreglass pultrusion plant, pine
  lumber mill; craft brewery group, marathon and road race organizer, snow removal contractor,
  pickleball club chain, stadium and arena operator, apartment management company,
  rehabilitation hospital group, auto repair chain, roofing contractor, soft drink bottler);
* texts two in five plain directory profiles (history, offer, certificate or figures,
  customers, want, in varied order) and the rest secretariat imports of another kind, about
  three in twenty each: a trade-fair catalogue entry (an exhibitor's, or a registered trade
  visitor's for an end buyer), a member-directory entry, a sign-up form with labelled fields,
  a trade-mission registration; some name whom the company already sells to;
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

# The first seed from 1300 on (by the gold and the Chinese names alone) giving every Chinese
# company one or two partners and no two Chinese companies the same name; ``build`` (names) and
# ``main`` (partners) check it.
SEED = 1307

# key -> stage -> (Chinese noun, English noun, Chinese detail, English detail), as STAGES says
CHAINS: list[tuple[str, STAGES]] = [
    ("keg", {
        "R": ("啤酒桶酒矛生产企业", "keg spear and valve maker",
              "酒矛与桶阀年产400万套", "four million keg spears and valves a year"),
        "M": ("啤酒桶制造商", "beer keg manufacturer",
              "20升至58升啤酒桶年产120万只", "1.2 million kegs from 20 to 58 litres a year"),
        "D": ("酿造物资分销商", "brewing supply distributor",
              "服务啤酒厂1300家", "1,300 breweries supplied"),
        "E": ("精酿啤酒集团", "craft brewery group",
              "旗下酒厂11座、酒馆60家", "eleven breweries and sixty taprooms"),
    }),
    ("medal", {
        "R": ("锌合金锭生产企业", "zinc alloy ingot producer",
              "压铸锌合金锭年产9万吨", "90,000 tonnes of die-casting zinc alloy a year"),
        "M": ("奖牌奖杯制造商", "medal and trophy maker",
              "奖牌与奖杯年产1500万件", "fifteen million medals and trophies a year"),
        "D": ("奖品礼品批发商", "awards wholesaler",
              "供货奖杯店和刻字店2400家", "2,400 trophy and engraving shops supplied"),
        "E": ("马拉松赛事运营公司", "marathon and road race organizer",
              "每年运营路跑赛事45场，完赛选手60万人", "forty-five road races a year and 600,000 finishers"),
    }),
    ("deicer", {
        "R": ("岩盐矿企业", "rock salt mine",
              "岩盐年开采量250万吨", "2.5 million tonnes of rock salt mined a year"),
        "M": ("融雪剂生产企业", "de-icer manufacturer",
              "氯化钙与复合融雪剂年产40万吨", "400,000 tonnes of calcium chloride and blended de-icers a year"),
        "D": ("冰雪物资分销商", "snow and ice products distributor",
              "冬季储备融雪物资15万吨", "150,000 tonnes stockpiled each winter"),
        "E": ("扫雪除冰服务公司", "snow removal contractor",
              "承包停车场与道路除雪面积3000万平方米", "crews clearing 7,000 acres of parking lots and roads"),
    }),
    ("pickleball", {
        "R": ("蜂窝芯材生产企业", "honeycomb core producer",
              "聚丙烯蜂窝芯材年产500万张", "five million polypropylene honeycomb panels a year"),
        "M": ("匹克球拍制造商", "pickleball paddle maker",
              "碳纤维与复合材料球拍年产400万支", "four million carbon-face and composite paddles a year"),
        "D": ("球拍运动用品批发商", "racquet sports wholesaler",
              "供货球拍专卖店和俱乐部1600家", "1,600 pro shops and clubs supplied"),
        "E": ("连锁匹克球馆", "pickleball club chain",
              "室内球馆38家、场地400片", "thirty-eight indoor clubs with 400 courts"),
    }),
    ("seating", {
        "R": ("座椅壳体吹塑厂", "seat shell moulder",
              "吹塑座壳年产300万个", "three million blow-moulded seat shells a year"),
        "M": ("体育场座椅制造商", "stadium seating manufacturer",
              "固定座椅与伸缩看台年产60万席", "600,000 fixed seats and telescopic bleacher places a year"),
        "D": ("场馆座椅工程商", "venue seating contractor",
              "每年完成场馆安装项目90个", "ninety venue installations a year"),
        "E": ("体育场馆运营公司", "stadium and arena operator",
              "运营体育场与室内馆9座", "nine stadiums and arenas"),
    }),
    ("locker", {
        "R": ("电子锁生产企业", "electronic lock maker",
              "柜用电子锁年产800万把", "eight million electronic cabinet locks a year"),
        "M": ("智能快递柜制造商", "package locker manufacturer",
              "智能快递柜年产5万组", "50,000 package locker banks a year"),
        "D": ("门禁安防产品分销商", "access control distributor",
              "服务安防集成商3500家", "3,500 security integrators supplied"),
        "E": ("公寓物业管理公司", "apartment management company",
              "管理公寓12万套", "120,000 apartments under management"),
    }),
    ("wheelchair", {
        "R": ("轮椅配件厂", "wheelchair parts maker",
              "手圈、脚轮与车轮年产600万件", "six million push rims, casters and wheels a year"),
        "M": ("轮椅制造商", "wheelchair manufacturer",
              "手动与电动轮椅年产45万台", "450,000 manual and power wheelchairs a year"),
        "D": ("康复辅具经销商", "mobility aids dealer",
              "门店与服务网点70个", "seventy showrooms and service points"),
        "E": ("康复医院集团", "rehabilitation hospital group",
              "旗下康复医院52家", "fifty-two rehabilitation hospitals"),
    }),
    ("brake", {
        "R": ("刹车片钢背冲压厂", "brake backing plate stamper",
              "钢背年产1.2亿片", "120 million steel backing plates a year"),
        "M": ("刹车片制造商", "brake pad manufacturer",
              "陶瓷与半金属刹车片年产3000万套", "thirty million sets of ceramic and semi-metallic brake pads a year"),
        "D": ("汽车制动件批发商", "brake parts wholesaler",
              "供货汽修厂与配件店8000家", "8,000 repair shops and parts stores supplied"),
        "E": ("连锁汽修企业", "auto repair chain",
              "维修门店610家", "610 repair shops"),
    }),
    ("ladder", {
        "R": ("玻璃钢拉挤型材厂", "fibreglass pultrusion plant",
              "拉挤型材年产1.8万吨", "18,000 tonnes of pultruded fibreglass rails a year"),
        "M": ("梯子制造商", "ladder manufacturer",
              "铝梯与玻璃钢梯年产300万架", "three million aluminium and fibreglass ladders a year"),
        "D": ("登高设备经销商", "ladder and access equipment dealer",
              "经销网点240个", "240 dealer branches"),
        "E": ("屋面工程公司", "roofing contractor",
              "施工队伍280支", "280 roofing crews"),
    }),
    ("pallet", {
        "R": ("松木板材加工厂", "pine lumber mill",
              "托盘用松木板材年产25万立方米", "250,000 cubic metres of pallet-grade pine a year"),
        "M": ("木托盘制造商", "wooden pallet manufacturer",
              "木托盘年产900万片", "nine million wooden pallets a year"),
        "D": ("托盘贸易与回收商", "pallet broker",
              "周转托盘年进出1200万片", "twelve million pallets bought, repaired and resold a year"),
        "E": ("饮料灌装企业", "soft drink bottler",
              "灌装厂16座", "sixteen bottling plants"),
    }),
]  # fmt: skip

# key -> (Chinese input, English input, Chinese product, English product,
#         supplier's certificate (zh, en), maker's certificate (zh, en))
TRADE = {
    "keg": ("酒矛", "keg spears", "啤酒桶", "beer kegs", "酒矛密封件通过NSF/ANSI 51认证", "NSF/ANSI 51 certified", "啤酒桶符合DIN 6647-1标准", "DIN 6647-1 compliant"),
    "medal": ("锌合金锭", "zinc alloy ingot", "奖牌奖杯", "medals and trophies", "合金成分符合ASTM B240标准", "ASTM B240 compliant", "产品通过CPSIA含铅检测", "CPSIA lead tested"),
    "deicer": ("岩盐", "rock salt", "融雪剂", "de-icer", "矿山获ISO 14001认证", "ISO 14001 certified", "融雪剂符合ASTM D98标准", "ASTM D98 compliant"),
    "pickleball": ("蜂窝芯材", "honeycomb core", "匹克球拍", "pickleball paddles", "芯材经第三方实验室抗压测试", "compression tested by a third-party lab", "球拍获USA Pickleball认证", "USA Pickleball approved"),
    "seating": ("座椅壳体", "seat shells", "场馆座椅", "stadium seats", "座壳材料通过3000小时紫外老化测试", "UV aged for 3,000 hours in test", "座椅按EN 12727标准检测", "tested to EN 12727"),
    "locker": ("电子锁", "electronic locks", "智能快递柜", "package lockers", "电子锁获UL 294认证", "UL 294 listed", "快递柜通过FCC与UL认证", "FCC and UL certified"),
    "wheelchair": ("轮椅配件", "wheelchair parts", "轮椅", "wheelchairs", "配件按ISO 7176做疲劳测试", "fatigue tested to ISO 7176", "轮椅已完成FDA注册", "FDA registered"),
    "brake": ("钢背", "backing plates", "刹车片", "brake pads", "通过IATF 16949认证", "IATF 16949 certified", "刹车片获LeadFree低铜认证", "LeadFree certified"),
    "ladder": ("玻璃钢型材", "fibreglass rails", "梯子", "ladders", "型材符合ASTM D4385标准", "ASTM D4385 compliant", "梯子通过ANSI A14.5与UL认证", "ANSI A14.5 and UL certified"),
    "pallet": ("松木板材", "pine lumber", "木托盘", "wooden pallets", "板材获PEFC认证", "PEFC certified", "托盘按ISPM 15标准热处理", "ISPM 15 heat treated"),
}  # fmt: skip

DOWN = {"R": "M", "M": "D", "D": "E"}
ABROAD_ZH = ["加拿大", "英国", "荷兰", "波兰", "印度尼西亚", "秘鲁", "以色列", "挪威"]
ABROAD_EN = ["Canada", "the UK", "the Netherlands", "Poland", "Indonesia", "Peru", "Israel", "Norway"]  # fmt: skip
US_REGIONS = ["the Rocky Mountain states", "the Gulf Coast", "the Mid-Atlantic", "the Ohio Valley",
              "New England and New York", "the Upper Midwest"]  # fmt: skip

# The want. {c}: the other country, {w}/{ws}/{Ws}: the wanted stage's noun (singular/plural),
# {a}: the other country's adjective, {inp}/{prod}: the chain's input and product.
ZH_CUE = [
    "本公司拟在{c}寻找一家{w}，合作方式可以商量。",
    "急需{c}{w}，价格与账期均可面谈。",
    "现征求{c}{w}合作，请附公司简介来函。",
    "希望与{c}{w}建立长期往来，欢迎垂询。",
]
ZH_NAMED = [
    "目标客户群：{c}{w}。",
    "本次赴会的约见名单以{c}{w}为主。",
    "{c}{w}来访，由我司副总经理亲自接待。",
    "欢迎{c}{w}到展位面谈。",
]
ZH_IMPLIED = {
    ("R", "M"): ["{inp}新产线今年投产，可为{c}工厂锁定全年供货量。",
                 "{inp}已有海运出口经验，{c}工厂下单后四周内可到港。"],
    ("M", "R"): ["{inp}的国内采购价连年上涨，明年起部分用量准备转向{c}的原料企业。",
                 "公司计划在{c}增加第二个{inp}来源，免得受制于单一供货商。"],
    ("M", "D"): ["{c}是公司下一步的重点市场，{prod}到岸后的仓储与批发拟交给当地一家代理商打理。",
                 "已在{c}注册商标，{prod}拟按州授权当地经销商，由其负责清关与分销。"],
    ("M", "E"): ["{c}用量大的终端单位可与工厂签年度框架协议，{prod}按其规格生产。",
                 "{prod}从工厂直发{c}终端用户，省去中间环节，价格更有竞争力。"],
    ("D", "M"): ["{prod}品类打算引入{c}原厂货源，取代现在的转手贸易。",
                 "正在筹备{c}制造的{prod}自有品牌，由原厂贴牌生产后直接发货。"],
    ("D", "E"): ["仓库常备现货，{c}终端用户下单后48小时内即可发出。",
                 "我们替{c}的终端客户处理进口、报关和送货，客户只管下单。"],
    ("E", "M"): ["今后{prod}计划直接向{c}生产厂家批量订货，省去贸易商加价。",
                 "下一批{prod}招标将直接面向{c}的制造厂。"],
    ("E", "D"): ["各地分支机构的{prod}采购，打算统一交由一家{c}经销商备货配送。",
                 "{prod}目前多头采购，明年拟改由{c}一家有现货的批发商集中供应。"],
}  # fmt: skip
EN_CUE = [
    "We hope to partner with a {w} in {c}; samples and trial orders welcome.",
    "Searching for a {a} {w} to build lasting business with.",
    "Wanted: {ws} in {c} open to a long-term supply arrangement.",
    "Our aim on this trip is to find a {a} {w}.",
]
EN_NAMED = [
    "Preferred counterparts: {ws} in {c}.",
    "Appointments this week are reserved for {a} {ws}.",
    "{Ws} based in {c} can reach our managing director directly.",
    "This visit is for {a} {ws}.",
]
EN_IMPLIED = {
    ("R", "M"): ["Output of {inp} rises next year, and a fixed share can be committed to a plant in {c} under a yearly contract.",
                 "We already ship {inp} by sea and can land an order at a factory in {c} within four weeks."],
    ("M", "R"): ["Prices for {inp} at home keep rising, so part of next year's supply will come from a producer in {c}.",
                 "A second source of {inp}, based in {c}, would end our dependence on a single supplier."],
    ("M", "D"): ["Our next market is {c}; after landing, our {prod} would be warehoused and wholesaled by a local agent.",
                 "Our trademark is registered in {c}, and we intend to license one reseller per region there to import and sell our {prod}."],
    ("M", "E"): ["Heavy users in {c} can sign a framework agreement with the factory and have {prod} made to their own specification.",
                 "Shipping {prod} straight from the plant to end users in {c} keeps our prices below any importer's."],
    ("D", "M"): ["We intend to bring in {prod} from the original maker in {c} and stop buying through resellers.",
                 "A private-label range of {prod} is in preparation, made for us in {c} and shipped direct."],
    ("D", "E"): ["Stock is held in our own warehouses, and orders from end users in {c} ship within 48 hours.",
                 "End users in {c} only place the order; import, clearance and delivery are ours to handle."],
    ("E", "M"): ["In future we will order {prod} in bulk straight from a manufacturer in {c}, without a trader's mark-up.",
                 "Our next tender for {prod} will go directly to factories in {c}."],
    ("E", "D"): ["We plan to hand the buying of {prod} for all our branches to one {a} dealer who holds stock and delivers.",
                 "Today we buy {prod} piecemeal; from next year a single {a} wholesaler with stock on hand should supply every site."],
}  # fmt: skip

PROVINCES = [("湖南", "Hunan"), ("山西", "Shanxi"), ("吉林", "Jilin"), ("云南", "Yunnan"),
             ("江苏", "Jiangsu"), ("广西", "Guangxi"), ("黑龙江", "Heilongjiang"), ("重庆", "Chongqing")]  # fmt: skip
CN_SYLLABLES = [("澜", "Lan"), ("拓", "Tuo"), ("峻", "Jun"), ("润", "Run"), ("阳", "Yang"),
                ("致", "Zhi"), ("晖", "Hui"), ("巍", "Wei"), ("霖", "Lin"), ("博", "Bo"),
                ("海", "Hai"), ("成", "Cheng"), ("岳", "Yue"), ("璟", "Jing")]  # fmt: skip
CN_FORMS = [("有限公司", "Co., Ltd."), ("实业有限公司", "Industrial Co., Ltd."),
            ("制造有限公司", "Manufacturing Co., Ltd."), ("商贸有限公司", "Trading Co., Ltd."),
            ("集团有限公司", "Group Co., Ltd.")]  # fmt: skip
US_NAMES = [("Albright", "奥尔布赖特"), ("Burnham", "伯纳姆"), ("Whitlock", "惠特洛克"),
            ("Thackeray", "萨克雷"), ("Ellsworth", "埃尔斯沃思"), ("Farrow", "法罗"),
            ("Gentry", "金特里"), ("Hathaway", "哈撒韦"), ("Ives", "艾夫斯"),
            ("Jessup", "杰瑟普"), ("Kirkwood", "柯克伍德"), ("Lucchesi", "卢凯西"),
            ("Merriweather", "梅里韦瑟"), ("Nordgren", "诺德格伦"), ("Ostrowski", "奥斯特罗夫斯基"),
            ("Prentice", "普伦蒂斯"), ("Rutherford", "拉瑟福德"), ("Sinclair", "辛克莱"),
            ("Blackwood", "布莱克伍德"), ("Corrigan", "科里根"), ("Dunleavy", "邓利维"),
            ("Eastman", "伊斯曼"), ("Fairweather", "费尔韦瑟"), ("Galbraith", "加尔布雷斯")]  # fmt: skip
US_SUFFIX = ["Inc.", "LLC", "Company", "Group", "& Co.", "Holdings LLC"]
US_STATES = ["Kentucky", "Indiana", "Missouri", "Utah", "Maine", "Illinois", "Nevada", "Virginia"]  # fmt: skip


def _want(rng: random.Random, zh: bool, us: bool, *, key: str, stages: STAGES, stage: str,
          want: str) -> str:  # fmt: skip
    """The want: with a cue word, naming the partner without one, or implied by a plan."""
    pools = (ZH_CUE, ZH_NAMED, ZH_IMPLIED, EN_CUE, EN_NAMED, EN_IMPLIED)
    return pick_want(rng, zh, us, pools=pools, trade=TRADE[key], stages=stages, stage=stage,
                     want=want, zh_there=("美国", "美国本土"),
                     en_there=(("the US", "US"), ("the United States", "American"),
                               ("America", "American")))  # fmt: skip


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
        return rng.choice([f"公司长期为{abroad}的{stages[down][0]}供货。",
                           f"老客户多为{abroad}两地的{stages[down][0]}。"])  # fmt: skip
    where = rng.choice(US_REGIONS) if us else " and ".join(rng.sample(ABROAD_EN, 2))
    downs = _plural(stages[down][1])
    return rng.choice([f"Among our accounts are {downs} in {where}.",
                       f"Most of what we sell goes to {downs} in {where}."])  # fmt: skip


def _figures(rng: random.Random, zh: bool, us: bool, cert: str) -> str:
    """A supplier's or maker's certificate (with its export share, for a Chinese company), or
    a distributor's or end buyer's sales."""
    if zh and cert:
        return rng.choice([f"{cert}。", f"{cert}，产品约{rng.randint(15, 70)}%出口。"])
    if zh:
        return rng.choice([f"上年度营业额约{rng.randint(2, 40)}亿元。",
                           f"2025年营收同比增长{rng.randint(4, 19)}%。"])  # fmt: skip
    if cert and not us:
        return rng.choice(
            [f"{_cap(cert)}.", f"{_cap(cert)}. Roughly {rng.randint(15, 70)}% of sales go abroad."]
        )
    if cert:
        return f"{_cap(cert)}."
    return rng.choice([f"Annual sales near ${rng.randint(8, 400)} million.",
                       f"Sales grew {rng.randint(4, 19)}% in 2025."])  # fmt: skip


def _plain(rng: random.Random, zh: bool, us: bool, *, name: str, place: str, key: str,
           stages: STAGES, stage: str, seek: str, ref: str) -> str:  # fmt: skip
    """A plain directory profile: history, offer, certificate or figures, customers and want,
    in one of four orders."""
    zh_noun, en_noun, zh_detail, en_detail = stages[stage]
    y = rng.randint(1955, 2019)
    # an end buyer (a hospital group, a bottler…) employs more people than a parts plant
    staff = rng.choice([1500, 3200, 6400, 11000] if stage == "E" else [90, 260, 540, 1300, 3100])
    cert = _cert(key, stage, zh)
    if zh:
        history = rng.choice([f"公司成立于{y}年，总部位于{place}。",
                              f"本公司{y}年创建于{place}，现有员工{staff}名。",
                              f"{name}自{y}年开始经营，员工约{staff}人。"])  # fmt: skip
        offers = [f"我司属{zh_noun}，目前{zh_detail}。",
                  f"本公司为{zh_noun}，现{zh_detail}。",
                  f"{name}为业内知名的{zh_noun}，{zh_detail}。"]  # fmt: skip
        offer = rng.choice(offers[:2] if name in history else offers)  # the name once is enough
    else:
        history = rng.choice([f"Incorporated in {place} in {y}.",
                              f"A {place} company with {staff:,} employees, started in {y}.",
                              f"Operating out of {place} since {y}; headcount {staff:,}."])  # fmt: skip
        offer = rng.choice([f"{name} works as a {en_noun}: {en_detail}.",
                            f"We are a {en_noun}; {en_detail}.",
                            f"Line of work: {en_noun} ({en_detail})."])  # fmt: skip
    figures = _figures(rng, zh, us, cert)
    parts = [
        [history, offer, figures, seek, ref],
        [offer, ref, history, figures, seek],
        [offer, seek, history, ref, figures],
        [seek, history, offer, ref, figures],
    ][rng.randrange(4)]
    if zh:
        return "".join(p for p in parts if p)
    return " ".join(_an(p) for p in parts if p)


def _entry(rng: random.Random, zh: bool, us: bool, *, name: str, place: str, key: str,
           stages: STAGES, stage: str, seek: str, ref: str) -> str:  # fmt: skip
    """A catalogue entry (an exhibitor's, or a registered trade visitor's for an end buyer), a
    member-directory entry, a sign-up form with labelled fields or a trade-mission
    registration, a quarter each."""
    zh_noun, en_noun, zh_detail, en_detail = stages[stage]
    zh_inp, en_inp, zh_prod, en_prod = TRADE[key][:4]
    cert = _cert(key, stage, zh)
    kind = rng.randrange(4)
    if zh:
        if kind == 0 and stage == "E":
            parts = [
                f"【采购团成员】{name}（{place}）。",
                f"单位性质：{zh_noun}；{zh_detail}。",
                seek,
            ]
        elif kind == 0:
            exhibit = {"R": zh_inp, "M": zh_prod, "D": f"代理经销的各品牌{zh_prod}"}[stage]
            parts = [f"【参展商名录】{name}，{place}，展位{rng.randint(1, 15)}-{rng.choice('ABCDEH')}{rng.randint(10, 80)}。",
                     f"展品范围：{exhibit}。", f"企业简介：{zh_noun}，{zh_detail}。", f"{cert}。" if cert else "", seek]  # fmt: skip
        elif kind == 1:
            parts = [f"会员单位：{name}（{place}）　会员证号{rng.randint(10000, 99999)}。", f"{zh_noun}，{zh_detail}。",
                     f"{rng.randint(2004, 2025)}年加入本商会。", ref, seek]  # fmt: skip
        elif kind == 2:
            parts = [f"公司全称：{name}；", f"行业类别：{zh_noun}；", f"企业规模：{zh_detail}；",
                     f"补充信息：{ref}" if ref else "", _field(rng.choice(["合作意向", "洽谈安排", "备注说明"]), "：", seek)]  # fmt: skip
        else:
            parts = [f"{name}（{place}）报名参加2027年{rng.choice(['春季', '夏季', '秋季'])}赴美贸易考察团。",
                     f"单位简介：{zh_noun}，{zh_detail}。", f"出访人员：{rng.choice(['董事长', '副总经理', '海外事业部经理', '采购总监'])}。",
                     ref, seek]  # fmt: skip
        return "".join(p for p in parts if p)
    dot = "" if name.endswith(".") else "."
    if kind == 0 and stage == "E":
        parts = [
            f"Registered trade visitor: {name} ({place}).",
            f"{_cap(en_noun)} — {en_detail}.",
            seek,
        ]
    elif kind == 0:
        exhibit = {"R": en_inp, "M": en_prod, "D": f"{en_prod} of several makes, from stock"}[stage]
        parts = [f"Exhibitor {rng.randint(100, 999)}: {name} ({place}), Hall {rng.randint(1, 15)}, stand {rng.choice('ABCDEH')}{rng.randint(10, 80)}.",
                 f"Products shown: {exhibit}.", f"{_cap(en_noun)} — {en_detail}.", f"{_cap(cert)}." if cert else "", seek]  # fmt: skip
    elif kind == 1:
        parts = [f"{name} | {place} | member no. {rng.randint(10000, 99999)} since {rng.randint(2001, 2025)}.",
                 f"{_cap(en_noun)}, {en_detail}.", ref, seek]  # fmt: skip
    elif kind == 2:
        label = rng.choice(
            ["Partnering interests", "Matchmaking notes"] if us else ["Business goals", "Remarks"]
        )
        parts = [f"Company name: {name}{dot}", f"Sector: {en_noun}.", f"Capacity: {en_detail}.",
                 f"Additional information: {ref}" if ref else "", _field(label, ": ", seek)]  # fmt: skip
    else:
        mission = "China" if us else "US"
        parts = [f"Registration {rng.randint(100, 999)}, {mission} trade mission, {rng.choice(['spring', 'summer', 'autumn'])} 2027: {name}, {place}.",
                 f"Travelling: {rng.choice(['President', 'Managing Director', 'Head of Procurement', 'Export Manager'])}.",
                 f"Business: {en_noun}; {en_detail}.", ref, seek]  # fmt: skip
    return " ".join(_an(p) for p in parts if p)


def _text(rng: random.Random, zh: bool, us: bool, name: str, place: str, *, key: str,
          stages: STAGES, stage: str, want: str) -> str:  # fmt: skip
    """Two in five plain directory profiles; the rest catalogue, member-directory, sign-up or
    trade-mission entries."""
    seek = _want(rng, zh, us, key=key, stages=stages, stage=stage, want=want)
    ref = _customers(rng, zh, us, stages=stages, stage=stage)
    write = _plain if rng.random() < 0.4 else _entry
    return write(rng, zh, us, name=name, place=place, key=key, stages=stages, stage=stage,
                 seek=seek, ref=ref)  # fmt: skip


def _org_writer(seed: int) -> object:
    """This set's company writer (``org_writer`` of holdout9) with its names, sentences and
    legal forms: a trading legal form only for a distributor, an industrial or manufacturing
    one only for a supplier or a maker."""
    return org_writer(seed, "g", text=_text, want_text=_want,
                      names=(US_NAMES, US_SUFFIX, US_STATES, CN_SYLLABLES, PROVINCES),
                      forms=lambda stage: [CN_FORMS[0], *CN_FORMS[3:]] if stage == "D"
                      else CN_FORMS[:3] if stage in "RM" else [CN_FORMS[0], CN_FORMS[4]],
                      zh_line="【{name}】{noun}｜{detail}。{seek}")  # fmt: skip


def build(seed: int = SEED) -> tuple[dict[str, object], dict[str, object]]:
    """The profiles document and the gold file."""
    profiles, gold = assemble(_org_writer(seed), CHAINS, seed=seed, prefix="g", shuffle=True)  # type: ignore[arg-type]
    _distinct_names(profiles, (US_NAMES, US_SUFFIX))  # asserts that no two names are the same
    return profiles, gold


def main() -> None:
    """Write the set and its gold file."""
    profiles, gold = build()
    assert _fits(profiles, gold), "one or two partners each"
    write_set("roles_holdout13", profiles, gold)


if __name__ == "__main__":
    main()
