# ruff: noqa: E501  (the role phrases are data; wrapping them would only hurt reading)
"""Write the seventh held-out ROLE set (issue 18): ``roles_holdout7.json`` / ``roles_holdout7_gold.json``.

    python bench/recommend/make_holdout7.py

Written on 2026-12-03 (branch rec18c) before the engine was run on it, and committed before
that first run: the clean figure of that branch's engine. Nothing is fitted or tuned on it.

Independent of the other role sets (``make_roles.py``, ``make_holdout.py``, ``make_holdout6.py``)
in its chains and sentences; it borrows from ``make_holdout6.py`` only how companies are
placed along a chain (``assemble``: partners, traps) and how gold is derived from them:

* ten value chains in none of them (wine, dairy, corrugated packaging, medical imaging,
  ceramic tiles, honey, metal 3D printing, golf equipment, diagnostic test kits, aluminium
  windows), with role nouns of their own (vintner, creamery, fulfilment house, imaging centre,
  homebuilder, apiary, service bureau, pro shop, clinical laboratory, glazing contractor…);
* sentence templates of its own and a text shape of its own: an optional greeting or
  history sentence, the offer, and the want; the want as a sentence of its own (first, middle
  or last) or joined to the offer in one sentence; about half the wants without any cue word
  of ``roles.py`` ("缺少一家美国…", "本次出访的重点：", "Missing piece: a …", "What we lack is
  a …", "Top of our list: …"); some offers name whom the company serves ("为美国酒庄供货",
  "we ship to 400 wineries"), a role that is not the one it plays;
* beside each Chinese company's gold partner: a US competitor of the Chinese company (same
  stage, same want), a company offering what the query seeks but wanting something else, one
  wanting the query's product but offering nothing it seeks (wrong direction), and the rest of
  the chain at random.

A pair is gold when each side offers what the other seeks (same chain, stage of one = want of
the other, both ways), as in the other role sets.
"""

from __future__ import annotations

import random

# Only how companies are arranged along a chain and how gold is derived from them are shared
# with make_holdout6.py; the chains and the sentences are this generator's own.
from make_holdout6 import _an, assemble, write_set

# key -> stage -> (Chinese noun, English noun, Chinese detail, English detail)
STAGES = dict[str, tuple[str, str, str, str]]
CHAINS: list[tuple[str, STAGES]] = [
    ("wine", {
        "R": ("酿酒葡萄种植园", "wine grape vineyard",
              "赤霞珠与霞多丽种植面积6000亩", "1,000 acres of cabernet and chardonnay"),
        "M": ("葡萄酒酿造厂", "winery",
              "年灌装葡萄酒400万瓶", "four million bottles a year from our own cellars"),
        "D": ("葡萄酒进口商", "wine importer",
              "代理酒款300余款", "a book of 300 labels"),
        "E": ("酒类零售连锁", "wine and spirits retail chain",
              "门店260家", "260 liquor stores"),
    }),
    ("dairy", {
        "R": ("奶牛牧场", "dairy farm",
              "存栏奶牛1.2万头", "12,000 milking cows"),
        "M": ("乳制品加工企业", "creamery",
              "奶粉与奶酪年产8万吨", "80,000 tonnes of milk powder and cheese a year"),
        "D": ("食品进口分销商", "food import and distribution house",
              "冷链配送覆盖20个城市", "refrigerated trucks serving twenty cities"),
        "E": ("烘焙连锁品牌", "bakery chain",
              "烘焙门店700家", "700 bakeries"),
    }),
    ("carton", {
        "R": ("再生纸浆与箱板纸生产商", "recycled containerboard mill",
              "箱板纸年产120万吨", "1.2 million tonnes of linerboard a year"),
        "M": ("瓦楞纸箱厂", "corrugated box plant",
              "日产纸箱200万只", "two million cartons a day"),
        "D": ("包装材料批发商", "packaging wholesaler",
              "库存包装品类1万种", "10,000 packaging items on the shelf"),
        "E": ("电商仓储物流公司", "e-commerce fulfilment house",
              "日发包裹50万件", "we pack half a million parcels a day"),
    }),
    ("imaging", {
        "R": ("X射线探测器与球管供应商", "supplier of X-ray detectors and tubes",
              "平板探测器年产5万块", "50,000 flat-panel detectors a year"),
        "M": ("CT与DR设备制造商", "CT scanner manufacturer",
              "产品获得CE与NMPA认证", "scanners cleared by the FDA"),
        "D": ("医疗设备代理商", "medical equipment reseller",
              "售后工程师150人", "150 field service engineers"),
        "E": ("医学影像中心连锁", "imaging centre network",
              "影像中心90家", "ninety outpatient imaging centres"),
    }),
    ("tile", {
        "R": ("陶瓷釉料与色料供应商", "ceramic glaze and frit supplier",
              "釉料年产10万吨", "100,000 tonnes of glazes and frits"),
        "M": ("瓷砖生产企业", "porcelain tile factory",
              "年产瓷砖5000万平方米", "fifty million square metres of tile a year"),
        "D": ("建材进口商", "tile and stone importer",
              "展厅与仓库遍布东南各州", "showrooms and yards across the Southeast"),
        "E": ("住宅建筑商", "homebuilder",
              "年交付住宅6000套", "6,000 new homes a year"),
    }),
    ("honey", {
        "R": ("养蜂合作社", "beekeeping cooperative",
              "蜂群规模8万箱", "80,000 hives"),
        "M": ("蜂蜜加工包装企业", "honey packer",
              "年分装蜂蜜2万吨", "we filter and jar 20,000 tonnes a year"),
        "D": ("天然食品分销商", "natural foods distributor",
              "覆盖健康食品店3000家", "3,000 health food stores on our routes"),
        "E": ("连锁超市", "supermarket chain",
              "超市门店1100家", "1,100 grocery stores"),
    }),
    ("am", {
        "R": ("金属粉末生产商", "metal powder producer",
              "钛合金与镍基合金粉末年产3000吨", "3,000 tonnes of titanium and nickel alloy powder"),
        "M": ("金属3D打印机制造商", "metal 3D printer manufacturer",
              "激光熔融设备装机量2000台", "2,000 laser powder-bed machines installed"),
        "D": ("增材制造设备经销商", "additive manufacturing reseller",
              "应用工程师团队40人", "forty application engineers"),
        "E": ("航空零部件打印服务商", "aerospace parts service bureau",
              "为多家航空公司打印零件", "flight-qualified printed parts for three airlines"),
    }),
    ("golf", {
        "R": ("碳纤维杆身供应商", "carbon fibre shaft supplier",
              "杆身年产600万支", "six million shafts a year"),
        "M": ("高尔夫球杆制造商", "golf club maker",
              "为国际品牌代工球杆", "forged irons and drivers under our own name"),
        "D": ("体育用品批发商", "sporting goods wholesaler",
              "向全国球场专卖店供货", "we ship to 4,000 pro shops"),
        "E": ("高尔夫球场运营集团", "golf course operator",
              "运营球场45座", "45 public and private courses"),
    }),
    ("ivd", {
        "R": ("抗体与抗原原料供应商", "antibody and antigen supplier",
              "单克隆抗体品种1500个", "1,500 monoclonal antibodies"),
        "M": ("体外诊断试剂生产企业", "diagnostic test kit manufacturer",
              "化学发光试剂年产1亿人份", "100 million chemiluminescence tests a year"),
        "D": ("实验室耗材分销商", "laboratory supplies distributor",
              "为医院检验科配送", "deliveries to 2,000 hospital labs"),
        "E": ("第三方医学检验所", "clinical reference laboratory",
              "日检测样本30万份", "300,000 samples a day"),
    }),
    ("window", {
        "R": ("铝合金型材挤压厂", "aluminium extrusion plant",
              "型材年产25万吨", "250,000 tonnes of profiles a year"),
        "M": ("门窗幕墙制造商", "window and curtain-wall fabricator",
              "断桥铝窗年产80万樘", "800,000 thermally broken windows a year"),
        "D": ("建材分销商", "building products distributor",
              "在各州设有配送中心", "distribution centres in eleven states"),
        "E": ("总承包建筑公司", "general contractor",
              "承建高层项目30个", "thirty high-rise projects under way"),
    }),
]  # fmt: skip

# Offers. "{served}" names whom the company sells to: a role it does not play.
ZH_OFFER = [
    "我司系{noun}，{detail}。",
    "作为一家{noun}，{name}{detail}。",
    "{name}是国内领先的{noun}之一，{detail}，{served}。",
    "{name}：{noun}，{detail}。",
]
ZH_WANT = [
    "本次出访的重点：结识美国{want}。",  # no cue word
    "目前还缺少一家美国{want}作为合作方。",  # no cue word
    "盼觅美国{want}建立长期供需关系。",  # no cue word
    "美国{want}是我们最想结识的伙伴。",  # no cue word
    "现寻求与美国{want}合作。",
    "希望对接美国{want}。",
]
ZH_JOINED = "{name}为{noun}，{detail}，此次赴美拟拜会{want}。"  # offer and want in one sentence
ZH_EXTRA = [
    "感谢关注。",
    "公司成立于2009年。",
    "拥有自营进出口权。",
    "",
]
EN_OFFER = [
    "{name} is a {noun}: {detail}.",
    "{name}, {noun}. Our numbers: {detail}.",
    "{name} has been a {noun} since 1998 ({detail}), {served}.",
    "{name} ({noun}) — {detail}.",
]
EN_WANT = [
    "Missing piece: a {want} in {country}.",  # no cue word
    "What we lack is a {adj} {want}.",  # no cue word
    "Top of our list for this visit: a {adj} {want}.",  # no cue word
    "A {want} in {country} would complete our chain.",  # no cue word
    "We are looking for a {adj} {want}.",
    "Seeking to partner with a {want} from {country}.",
]
EN_JOINED = "{name}, a {noun} with {detail}, wants to meet a {adj} {want}."
EN_EXTRA = [
    "Family owned for three generations.",
    "Thank you for reading.",
    "Founded in 1987.",
    "",
]

CN_NAMES = ["嘉", "禾", "盛", "宇", "恒", "瑞", "泽", "锦", "祥", "蓝", "远", "鼎"]
US_NAMES = ["Alder", "Birchwood", "Canyon", "Delmar", "Elkhorn", "Fairhaven",
            "Granite", "Harbor", "Indigo", "Keystone", "Larkspur", "Meridian"]  # fmt: skip


def _served(stages: STAGES, stage: str, english: bool) -> str:
    """A clause naming whom the company sells to (the next stage down, or none)."""
    down = {"R": "M", "M": "D", "D": "E"}.get(stage)
    if down is None:
        return "serving customers at home and abroad" if english else "客户遍布海内外"
    noun = stages[down][1] if english else stages[down][0]
    plural = noun[:-1] + "ies" if noun.endswith("y") else noun + "s"
    return f"selling to {plural}" if english else f"长期为{noun}供货"


def _org(rng: random.Random, oid: str, side: str, *, key: str, stages: STAGES, stage: str,
         want: str) -> dict[str, object]:  # fmt: skip
    zh_noun, en_noun, zh_detail, en_detail = stages[stage]
    english = side == "US" or rng.random() < 0.12  # a few Chinese companies write in English
    joined = rng.random() < 0.2
    if not english:
        name = rng.choice(CN_NAMES) + rng.choice(CN_NAMES) + "集团"
        if joined:
            body = [ZH_JOINED.format(name=name, noun=zh_noun, detail=zh_detail,
                                     want=stages[want][0])]  # fmt: skip
        else:
            offer = rng.choice(ZH_OFFER).format(
                name=name, noun=zh_noun, detail=zh_detail, served=_served(stages, stage, False)
            )
            seek = rng.choice(ZH_WANT).format(want=stages[want][0])
            body = [seek, offer] if rng.random() < 0.35 else [offer, seek]
        extra = rng.choice(ZH_EXTRA)
        joiner = ""
    else:
        name = f"{rng.choice(US_NAMES)} {key.capitalize()} {'LLC' if side == 'US' else 'Group'}"
        detail = en_detail if side == "US" else "export customers in 25 countries"
        country, adj = ("China", "Chinese") if side == "US" else ("the US", "American")
        if joined:
            body = [_an(EN_JOINED.format(name=name, noun=en_noun, detail=detail, adj=adj,
                                         want=stages[want][1]))]  # fmt: skip
        else:
            offer = _an(rng.choice(EN_OFFER).format(
                name=name, noun=en_noun, noun_cap=en_noun[0].upper() + en_noun[1:],
                detail=detail, served=_served(stages, stage, True)))  # fmt: skip
            seek = _an(rng.choice(EN_WANT).format(want=stages[want][1], country=country, adj=adj))
            body = [seek, offer] if rng.random() < 0.35 else [offer, seek]
        extra = rng.choice(EN_EXTRA)
        joiner = " "
    parts = [extra, *body] if rng.random() < 0.5 else [*body, extra]
    lang = "en" if english else "zh"
    return {"id": oid, "side": side, "name": {lang: name},
            "description": {lang: joiner.join(p for p in parts if p)},
            "_chain": key, "_stage": stage, "_want": want}  # fmt: skip


def build() -> tuple[dict[str, object], dict[str, object]]:
    """The profiles document and the gold file."""
    return assemble(_org, CHAINS, seed=211, prefix="r", shuffle=True)


def main() -> None:
    """Write the set and its gold file."""
    write_set("roles_holdout7", *build())


if __name__ == "__main__":
    main()
