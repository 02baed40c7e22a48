# ruff: noqa: E501  (the profile phrases are data; wrapping them would only hurt reading)
"""Write the tenth held-out ROLE set (issue 18): ``roles_holdout10.json`` / ``roles_holdout10_gold.json``.

    python bench/recommend/make_holdout10.py

Written on 2026-12-03 (branch hold10) by a session that neither read nor ran the engine, and
committed before any engine ran on it: to be evaluated once, by the lead. Nothing is fitted or
tuned on it.

Same structure as ``make_holdout9.py``; from ``make_holdout6.py`` it imports how companies are
placed along a chain (``assemble`` with shuffled traps: the partner, a competitor of the query,
a company offering what the query seeks but wanting something else, one wanting the query's
product but offering nothing it seeks, then the rest of the chain) and how gold is derived and
written; from ``make_holdout8.py`` only English plurals and capitals; from ``make_holdout9.py``
how a want is picked from three pools (``pick_want``) and how a company is named and its
language chosen (``org_writer``), with this set's own sentences and names. Its own:

* ten value chains in no earlier set (pianos, artificial turf, treadmills, shopping carts,
  zippers, hospital beds, trampolines, carpet, vending machines, school furniture), each with a
  part or material supplier, a maker, a distributor and an end buyer (piano action maker, turf
  yarn extruder, linear actuator maker, high-pressure laminate producer…; music school chain, gym chain,
  nursing home operator, casino resort, vending route operator, school district…);
* texts half in the manner of holdout8 (a plain directory profile: history, offer, figures,
  want) and half in that of holdout9 (trade-fair catalogue entry with a booth, member-directory
  entry, delegation sign-up form with labelled fields), with sentences of its own; some name
  whom the company already sells to abroad ("customers include …");
* the want in three kinds, about a third each: with a cue word, naming the partner without one,
  implied by the company's plan;
* 35 of the 40 Chinese companies in Chinese, 5 in English; US companies in English, two with a
  short Chinese version beside it.

A pair is gold when each side offers what the other seeks (same chain, stage of one = want of
the other, both ways), as in the other role sets.
"""

from __future__ import annotations

import random

from make_holdout6 import STAGES, _an, assemble, write_set
from make_holdout8 import _cap, _plural
from make_holdout9 import org_writer, pick_want

# The first seed from 1000 on (by the gold alone) giving every Chinese company one or two
# partners; ``main`` checks it.
SEED = 1000

# key -> stage -> (Chinese noun, English noun, Chinese detail, English detail), as STAGES says
CHAINS: list[tuple[str, STAGES]] = [
    ("piano", {
        "R": ("钢琴击弦机与琴槌制造厂", "piano action and hammer maker",
              "击弦机年产9万套", "90,000 piano actions a year"),
        "M": ("钢琴制造厂", "piano factory",
              "立式与三角钢琴年产6万台", "60,000 upright and grand pianos a year"),
        "D": ("钢琴进口经销商", "piano import dealer",
              "展厅14个", "fourteen piano showrooms"),
        "E": ("音乐培训学校连锁", "music school chain",
              "教学点220个", "220 music schools teaching 40,000 pupils"),
    }),
    ("turf", {
        "R": ("人造草丝挤出厂", "synthetic turf yarn extruder",
              "聚乙烯草丝年产3万吨", "30,000 tonnes of polyethylene turf yarn a year"),
        "M": ("人造草坪生产企业", "artificial turf manufacturer",
              "人造草坪年产1500万平方米", "fifteen million square metres of turf a year"),
        "D": ("人造草坪分销商", "synthetic turf distributor",
              "区域仓库6个", "six regional turf warehouses"),
        "E": ("运动场地建设公司", "sports field builder",
              "每年建成足球场与橄榄球场260片", "260 football and soccer fields built a year"),
    }),
    ("treadmill", {
        "R": ("跑步机电机生产企业", "treadmill motor maker",
              "直流电机年产150万台", "1.5 million DC drive motors a year"),
        "M": ("跑步机制造商", "treadmill manufacturer",
              "商用跑步机年产40万台", "400,000 commercial treadmills a year"),
        "D": ("健身器材经销商", "fitness equipment dealer",
              "服务健身场馆1800家", "1,800 fitness facilities served"),
        "E": ("连锁健身房", "gym chain",
              "健身房540家", "540 gyms"),
    }),
    ("cart", {
        "R": ("冷拔钢丝加工厂", "cold-drawn steel wire mill",
              "镀锌钢丝年产8万吨", "80,000 tonnes of galvanised wire a year"),
        "M": ("购物车制造厂", "shopping cart manufacturer",
              "购物车与购物篮年产120万台", "1.2 million carts and baskets a year"),
        "D": ("商超设备分销商", "store equipment distributor",
              "服务零售门店9000家", "9,000 retail stores supplied"),
        "E": ("连锁超市", "grocery chain",
              "超市620家", "620 supermarkets"),
    }),
    ("zipper", {
        "R": ("拉链布带织造厂", "zipper tape weaver",
              "涤纶布带年产5亿米", "500 million metres of zipper tape a year"),
        "M": ("拉链生产企业", "zipper manufacturer",
              "金属与树脂拉链年产8亿条", "800 million metal and moulded zippers a year"),
        "D": ("服装辅料分销商", "garment trims distributor",
              "库存拉链规格2万个", "20,000 zipper SKUs in stock"),
        "E": ("户外服装品牌", "outerwear brand",
              "冲锋衣与羽绒服年销300万件", "three million jackets sold a year"),
    }),
    ("bed", {
        "R": ("电动推杆制造商", "linear actuator maker",
              "医用推杆年产200万支", "two million medical linear actuators a year"),
        "M": ("医用护理床制造商", "hospital bed manufacturer",
              "电动护理床年产15万张", "150,000 electric care beds a year"),
        "D": ("医疗设备分销商", "medical equipment distributor",
              "服务医疗机构2600家", "2,600 hospitals and care homes served"),
        "E": ("养老院连锁", "nursing home operator",
              "养老院130家，床位1.6万张", "130 nursing homes with 16,000 beds"),
    }),
    ("trampoline", {
        "R": ("蹦床跳布织造厂", "trampoline mat weaver",
              "聚丙烯跳布年产400万平方米", "four million square metres of jumping mat a year"),
        "M": ("蹦床制造厂", "trampoline manufacturer",
              "家用与商用蹦床年产60万台", "600,000 backyard and commercial trampolines a year"),
        "D": ("户外游乐设备批发商", "backyard play equipment wholesaler",
              "经销网点700个", "700 dealer accounts"),
        "E": ("蹦床公园运营商", "trampoline park operator",
              "蹦床公园85家", "eighty-five trampoline parks"),
    }),
    ("carpet", {
        "R": ("尼龙地毯纱纺纱厂", "nylon carpet yarn spinner",
              "BCF地毯纱年产6万吨", "60,000 tonnes of BCF carpet yarn a year"),
        "M": ("地毯织造厂", "carpet mill",
              "簇绒与阿克明斯特地毯年产1800万平方米", "eighteen million square metres of tufted and Axminster carpet a year"),
        "D": ("商用地毯分销商", "commercial carpet distributor",
              "库存地毯40万平方米", "400,000 square metres of carpet in stock"),
        "E": ("赌场度假村运营商", "casino resort operator",
              "度假村11座", "eleven casino resorts"),
    }),
    ("vending", {
        "R": ("制冷压缩机生产企业", "refrigeration compressor maker",
              "小型压缩机年产300万台", "three million small compressors a year"),
        "M": ("自动售货机制造商", "vending machine manufacturer",
              "售货机年产8万台", "80,000 vending machines a year"),
        "D": ("售货设备经销商", "vending equipment distributor",
              "备件库存1.5万种", "15,000 spare parts in stock"),
        "E": ("自动售货运营商", "vending route operator",
              "运营售货机1.2万台", "12,000 machines on routes in offices and hospitals"),
    }),
    ("desk", {
        "R": ("高压装饰板生产企业", "high-pressure laminate producer",
              "高压装饰板年产1000万张", "ten million sheets of high-pressure laminate a year"),
        "M": ("课桌椅生产企业", "school furniture manufacturer",
              "课桌椅年产90万套", "900,000 desk-and-chair sets a year"),
        "D": ("教育装备经销商", "school supply dealer",
              "服务学校4000所", "4,000 schools served"),
        "E": ("学区教育局", "school district",
              "学校160所，学生11万人", "160 schools and 110,000 students"),
    }),
]  # fmt: skip

# key -> (Chinese input, English input, Chinese product, English product, Chinese certificate,
# English certificate): what the supplier stage sells, what the maker sells.
TRADE = {
    "piano": ("击弦机", "piano actions", "钢琴", "pianos", "ISO 9001认证", "ISO 9001 certified"),
    "turf": ("草丝", "turf yarn", "人造草坪", "artificial turf", "FIFA Quality认证", "FIFA Quality certified"),
    "treadmill": ("跑步机电机", "drive motors", "跑步机", "treadmills", "UL与CE认证", "UL listed"),
    "cart": ("镀锌钢丝", "galvanised wire", "购物车", "shopping carts", "SGS检测", "SGS tested"),
    "zipper": ("拉链布带", "zipper tape", "拉链", "zippers", "OEKO-TEX认证", "OEKO-TEX certified"),
    "bed": ("电动推杆", "linear actuators", "护理床", "hospital beds", "FDA注册与CE认证", "FDA registered"),
    "trampoline": ("跳布", "jumping mats", "蹦床", "trampolines", "ASTM F381检测", "ASTM F381 tested"),
    "carpet": ("地毯纱", "carpet yarn", "地毯", "carpet", "CRI Green Label Plus认证", "CRI Green Label Plus certified"),
    "vending": ("压缩机", "compressors", "自动售货机", "vending machines", "UL与ENERGY STAR认证", "ENERGY STAR qualified"),
    "desk": ("装饰板", "laminate sheets", "课桌椅", "school desks and chairs", "GREENGUARD认证", "GREENGUARD Gold certified"),
}  # fmt: skip

DOWN = {"R": "M", "M": "D", "D": "E"}
ABROAD_ZH = ["墨西哥", "越南", "波兰", "意大利", "新加坡", "智利", "荷兰"]
ABROAD_EN = ["Poland", "Vietnam", "Chile", "Italy", "the Netherlands", "Singapore", "Ireland"]

# The want. {c}: the other country, {w}/{ws}: the wanted stage's noun (singular/plural),
# {a}: the other country's adjective, {inp}/{prod}: the chain's input and product.
ZH_CUE = [
    "正在寻找一家{c}{w}。",
    "我们希望结识{c}{w}，建立长期供需关系。",
    "急需{c}{w}，欢迎洽谈。",
    "本次出访寻求与{c}{w}合作。",
]
ZH_NAMED = [
    "对口单位：{c}{w}。",
    "{c}{w}请到展位详谈。",
    "最想见到的，是{c}的{w}。",
    "合作对象限{c}{w}。",
]
ZH_IMPLIED = {
    ("R", "M"): ["{inp}可按{c}工厂图纸定制，签三年框架协议。",
                 "今年{inp}扩产一倍，新增部分准备全部供给{c}的整机厂。"],
    ("M", "R"): ["{inp}一直向国内单一厂家采购，打算从{c}再引进一家原厂。",
                 "新车间投产后{inp}缺口很大，准备直接向{c}的生产厂订货。"],
    ("M", "D"): ["{prod}准备进入{c}市场，清关、仓储和转售希望交给当地渠道商。",
                 "{c}还没有我们的销售网点，打算由当地一家分销商总代理。"],
    ("M", "E"): ["愿按{c}大型用户的规格直接生产、直接发货，不走中间环节。",
                 "可以给{c}的大宗终端用户做定制款，工厂直发。"],
    ("D", "M"): ["{prod}货源一直靠转手，今后想与{c}生产厂直接签约。",
                 "打算把{c}工厂生产的{prod}纳入代理目录，直接从厂里进货。"],
    ("D", "E"): ["我们做进口和配送，可以把货直接送到{c}终端用户手里。",
                 "愿为{c}的终端客户统一采购、统一送货上门。"],
    ("E", "M"): ["{prod}用量很大，计划跳过中间商，直接向{c}的工厂下单。",
                 "明年起部分{prod}改为{c}工厂直供。"],
    ("E", "D"): ["{prod}现在向十几家小供应商零星采购，想改由{c}一家经销商统一供货。",
                 "下属各单位的{prod}，希望由一家{c}渠道商集中配送。"],
}  # fmt: skip
EN_CUE = [
    "We are looking for a {w} in {c}.",
    "Seeking {ws} in {c} for a long-term relationship.",
    "We hope to meet a {a} {w} on this trip.",
    "Looking to partner with a {w} based in {c}.",
]
EN_NAMED = [
    "Preferred contacts: {ws} in {c}.",
    "{Ws} in {c} are invited to our stand.",
    "The one partner still missing: a {a} {w}.",
    "Appointments wanted with {ws} from {c}.",
]
EN_IMPLIED = {
    ("R", "M"): ["We make {inp} to a factory's drawings and would sign a multi-year contract with one in {c}.",
                 "Our output of {inp} doubles next year, and the new capacity is set aside for makers in {c}."],
    ("M", "R"): ["We buy all our {inp} from one domestic plant and plan to qualify a second source in {c}.",
                 "A new assembly hall opens in spring and we will buy {inp} direct from a producer in {c}."],
    ("M", "D"): ["We have no sales outlet in {c} yet and plan to appoint a local stocking reseller for our {prod}.",
                 "Entering {c} next year, with a local partner importing, warehousing and reselling our {prod}."],
    ("M", "E"): ["We build to the specs of large end users in {c} and ship to them direct.",
                 "Happy to make custom {prod} for big end users in {c}, factory-direct."],
    ("D", "M"): ["Today we buy our {prod} through brokers; we want a supply contract with a factory in {c}.",
                 "We plan to add {prod} made in {c} to our line card, bought straight from the plant."],
    ("D", "E"): ["We import and deliver, and can supply end users in {c} directly.",
                 "We can take over purchasing and delivery for end customers in {c}."],
    ("E", "M"): ["We buy {prod} in large volumes and plan to order direct from a factory in {c}, without brokers.",
                 "From next year part of our {prod} will come straight from a manufacturer in {c}."],
    ("E", "D"): ["We buy {prod} from a dozen small vendors and would rather have one {a} stocking supplier.",
                 "We want every site's {prod} delivered by one {a} supplier."],
}  # fmt: skip

PROVINCES = [("江苏", "Jiangsu"), ("浙江", "Zhejiang"), ("广东", "Guangdong"), ("天津", "Tianjin"),
             ("安徽", "Anhui"), ("湖北", "Hubei"), ("山东", "Shandong"), ("辽宁", "Liaoning")]  # fmt: skip
CN_SYLLABLES = [("锦", "Jin"), ("翔", "Xiang"), ("宇", "Yu"), ("振", "Zhen"), ("欣", "Xin"),
                ("立", "Li"), ("星", "Xing"), ("卓", "Zhuo"), ("昊", "Hao"), ("凯", "Kai"),
                ("隆", "Long"), ("奥", "Ao"), ("航", "Hang"), ("康", "Kang")]  # fmt: skip
CN_FORMS = [("有限公司", "Co., Ltd."), ("制造有限公司", "Manufacturing Co., Ltd."),
            ("股份有限公司", "Co., Ltd."), ("贸易有限公司", "Trading Co., Ltd.")]  # fmt: skip
US_NAMES = [("Ashworth", "阿什沃思"), ("Bellamy", "贝拉米"), ("Corrigan", "科里根"),
            ("Delacroix", "德拉克洛瓦"), ("Ellison", "埃利森"), ("Fenwick", "芬威克"),
            ("Granger", "格兰杰"), ("Holloway", "霍洛韦"), ("Iverson", "艾弗森"),
            ("Jansen", "詹森"), ("Kincaid", "金凯德"), ("Lombardi", "隆巴迪"),
            ("Mercer", "默瑟"), ("Nolan", "诺兰"), ("Ortega", "奥尔特加"),
            ("Pryor", "普赖尔"), ("Rasmussen", "拉斯穆森"), ("Sato", "佐藤")]  # fmt: skip
US_SUFFIX = ["Inc.", "LLC", "Co.", "Industries", "Holdings Inc."]
US_STATES = ["Illinois", "Kentucky", "Nevada", "Indiana", "Missouri", "Utah", "Virginia"]


def _want(rng: random.Random, zh: bool, us: bool, *, key: str, stages: STAGES, stage: str,
          want: str) -> str:  # fmt: skip
    """The want: with a cue word, naming the partner without one, or implied by a plan."""
    pools = (ZH_CUE, ZH_NAMED, ZH_IMPLIED, EN_CUE, EN_NAMED, EN_IMPLIED)
    return pick_want(rng, zh, us, pools=pools, trade=TRADE[key], stages=stages, stage=stage,
                     want=want, zh_there=("美国", "美方"),
                     en_there=(("the US", "US"), ("America", "American")))  # fmt: skip


def _plain(rng: random.Random, zh: bool, *, name: str, place: str, seek: str, ref: str,
           cert: str, noun: str, detail: str) -> str:  # fmt: skip
    """A plain directory profile, as in holdout8: history, offer, figures, want, in some order."""
    y = rng.randint(1965, 2014)
    staff = rng.choice([90, 240, 380, 720, 1500])
    if zh:
        history = rng.choice(
            [f"公司创办于{y}年，员工{staff}名。", f"{name}于{y}年在{place}注册成立。"]
        )
        offer = rng.choice([f"{name}是一家{noun}，{detail}。", f"本公司属{noun}，{detail}。"])
        figures = f"产品已取得{cert}。" if cert else f"去年营业额增长{rng.randint(3, 21)}%。"
        parts = [history, offer, figures, ref, seek]
    else:
        history = rng.choice([f"Started in {y}; {staff} people.", f"Based in {place} since {y}."])
        offer = _an(rng.choice([f"{name} is a {noun} ({detail}).", f"We are a {noun}: {detail}."]))
        figures = f"{_cap(cert)}." if cert else f"Revenue rose {rng.randint(3, 21)}% last year."
        parts = [history, offer, figures, ref, seek]
    shape = rng.random()
    if shape < 0.3:
        parts = [parts[4], *parts[:4]]
    elif shape < 0.6:
        parts = [parts[1], parts[4], parts[0], parts[2], parts[3]]
    return ("" if zh else " ").join(p for p in parts if p)


def _text(rng: random.Random, zh: bool, us: bool, name: str, place: str, *, key: str,
          stages: STAGES, stage: str, want: str) -> str:  # fmt: skip
    """Half plain directory profiles; half catalogue, member-directory or sign-up entries."""
    zh_noun, en_noun, zh_detail, en_detail = stages[stage]
    seek = _want(rng, zh, us, key=key, stages=stages, stage=stage, want=want)
    cert = TRADE[key][4 if zh else 5] if stage in "RM" else ""
    down = DOWN.get(stage)  # whom it already sells to abroad: the next stage of the chain
    kind = rng.random()
    if zh:
        abroad = "和".join(rng.sample(ABROAD_ZH, 2))
        ref = (
            f"客户包括{abroad}的{stages[down][0]}。"
            if down and not us and rng.random() < 0.5
            else ""
        )
        if kind < 0.5:
            return _plain(rng, True, name=name, place=place, seek=seek, ref=ref, cert=cert,
                          noun=zh_noun, detail=zh_detail)  # fmt: skip
        if kind < 0.67:  # trade-fair catalogue
            parts = [f"{rng.randint(1, 12)}号馆{rng.randint(100, 999)}展位", f"｜{name}｜{zh_noun}。",
                     f"{zh_detail}；{cert}。" if cert else f"{zh_detail}。", seek]  # fmt: skip
        elif kind < 0.84:  # member directory
            parts = [f"【会员】{name}，{place}。", f"{zh_noun}，{zh_detail}。", ref,
                     f"入会时间：{rng.randint(2008, 2024)}年。", seek]  # fmt: skip
        else:  # sign-up form
            parts = [f"企业名称：{name}；", f"所属类别：{zh_noun}；", f"规模：{zh_detail}；",
                     f"备注：{ref[:-1]}；" if ref else "", f"对接需求：{seek}"]  # fmt: skip
        return "".join(p for p in parts if p)
    abroad = " and ".join(rng.sample(ABROAD_EN, 2))
    ref = (
        f"Customers include {_plural(stages[down][1])} in {abroad}."
        if down and rng.random() < 0.5
        else ""
    )
    if kind < 0.5:
        return _plain(rng, False, name=name, place=place, seek=seek, ref=ref, cert=cert,
                      noun=en_noun, detail=en_detail)  # fmt: skip
    if kind < 0.67:
        parts = [f"Stand {rng.choice('NSEW')}{rng.randint(100, 899)} — {name}" + ("" if name.endswith(".") else "."), _an(f"A {en_noun}; {en_detail}."),
                 f"{_cap(cert)}." if cert else "", seek]  # fmt: skip
    elif kind < 0.84:
        parts = [f"{name}, {place}. Member since {rng.randint(2001, 2024)}.", _an(f"Business: {en_noun}, {en_detail}."),
                 ref, seek]  # fmt: skip
    else:
        parts = [f"Organisation: {name}" + ("" if name.endswith(".") else "."), f"Category: {en_noun}.",
                 f"Scale: {en_detail}.", f"Remarks: {ref}" if ref else "",
                 f"{'What we want from the mission' if us else 'Meeting request'}: {seek}"]  # fmt: skip
    return " ".join(p for p in parts if p)


def _org_writer(seed: int) -> object:
    """This set's company writer (``org_writer`` of holdout9) with its names, sentences and
    legal forms: a trading or manufacturing legal form only where it fits the stage."""
    return org_writer(seed, "u", text=_text, want_text=_want,
                      names=(US_NAMES, US_SUFFIX, US_STATES, CN_SYLLABLES, PROVINCES),
                      forms=lambda stage: CN_FORMS[:1] + CN_FORMS[2:] if stage == "D"
                      else CN_FORMS[:3] if stage in "RM" else CN_FORMS[::2],
                      zh_line="{name}为{noun}，{detail}。{seek}")  # fmt: skip


def build(seed: int = SEED) -> tuple[dict[str, object], dict[str, object]]:
    """The profiles document and the gold file."""
    return assemble(_org_writer(seed), CHAINS, seed=seed, prefix="u", shuffle=True)  # type: ignore[arg-type]


def _fits(profiles: dict[str, object], gold: dict[str, object]) -> bool:
    partners = gold["partners"]
    assert isinstance(partners, dict)
    cn = [o["id"] for o in profiles["organizations"] if o["side"] == "CN"]  # type: ignore[attr-defined]
    return all(1 <= len(partners.get(i, [])) <= 2 for i in cn)


def main() -> None:
    """Write the set and its gold file."""
    profiles, gold = build()
    assert _fits(profiles, gold), "one or two partners each"
    write_set("roles_holdout10", profiles, gold)


if __name__ == "__main__":
    main()
