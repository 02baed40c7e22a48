# ruff: noqa: E501  (the role phrases are data; wrapping them would only hurt reading)
"""Write the sixth held-out ROLE set (issue 18): ``roles_holdout6.json`` / ``roles_holdout6_gold.json``.

    python bench/recommend/make_holdout6.py

Written on 2026-12-02 (branch rec18b) before any engine change of that session, committed
before the engine's first run on it, and not run until the engine was final: the clean figure
for issue 18's goals. Nothing is fitted or tuned on it.

Independent of the other role sets (``make_roles.py``, ``make_holdout.py``), whose generator it
does not import:

* ten value chains in none of them (tyres, farmed seafood, toys, elevators, book printing, pet
  food, cosmetics, construction machinery, rail freight cars, line pipe), with role nouns the
  lexicon of ``roles.py`` was not written for (stockist, rental fleet, vet clinic, salon
  chain, publisher, converter, trucking fleet…);
* sentence templates and a text shape of its own: an offer statement, a neutral filler
  sentence (staff, certificates, head office) and a seek statement, the seek first, in the
  middle or last; three in five seek sentences without any cue word of ``roles.py``
  ("此行目标客户：", "诚盼结识", "We are after", "Ideal partner:", "Next on our agenda");
* beside each Chinese company's gold partner: a US competitor of the Chinese company (same
  stage, same want), a US competitor of the partner where the stages allow, a company offering
  what the query seeks but wanting something else, one wanting the query's product but
  offering nothing it seeks (wrong direction), and the rest of the chain at random.

A pair is gold when each side offers what the other seeks (same chain, stage of one = want of
the other, both ways), as in the other role sets.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent

# key -> stage -> (Chinese noun, English noun, Chinese detail, English detail)
STAGES = dict[str, tuple[str, str, str, str]]
CHAINS: list[tuple[str, STAGES]] = [
    ("tyre", {
        "R": ("天然橡胶与合成橡胶原料商", "natural and synthetic rubber producer",
              "在海南与泰国拥有胶园和加工线", "we tap and process rubber on 40,000 acres"),
        "M": ("轮胎制造企业", "tyre manufacturer",
              "全钢子午线轮胎年产600万条", "six million radial truck tyres a year"),
        "D": ("轮胎批发商", "tyre wholesaler and stockist",
              "仓库常备轮胎20万条", "warehouses holding 200,000 tyres"),
        "E": ("物流车队运营企业", "long-haul trucking fleet",
              "自有重型卡车3000辆", "3,000 tractor-trailers on the road"),
    }),
    ("seafood", {
        "R": ("对虾养殖场", "shrimp farm",
              "养殖水面8000亩", "ponds covering 3,000 acres"),
        "M": ("水产品加工厂", "seafood processor",
              "速冻虾仁日加工60吨", "we peel and freeze 60 tonnes of shrimp a day"),
        "D": ("冷冻海鲜进口商", "frozen seafood importer",
              "在各大港口设有冷库", "cold stores in three ports"),
        "E": ("连锁餐饮集团", "restaurant group",
              "旗下餐厅800家", "800 casual-dining restaurants"),
    }),
    ("toy", {
        "R": ("工程塑料改性企业", "plastics compounder",
              "ABS改性料年产5万吨", "50,000 tonnes of coloured ABS a year"),
        "M": ("玩具代工厂", "toy factory",
              "注塑机400台，承接贴牌生产", "400 moulding machines for private-label toys"),
        "D": ("玩具进口商", "toy importer",
              "向全国礼品店供货", "we stock 5,000 gift and hobby shops"),
        "E": ("玩具零售连锁", "toy store chain",
              "门店450家", "450 stores in malls"),
    }),
    ("elevator", {
        "R": ("电梯曳引机与钢丝绳供应商", "supplier of elevator traction machines and ropes",
              "曳引机年产10万台", "100,000 gearless machines a year"),
        "M": ("电梯整机制造商", "elevator manufacturer",
              "年产电梯与扶梯3万台", "30,000 lifts and escalators a year"),
        "D": ("电梯安装维保公司", "elevator installation and maintenance firm",
              "维保电梯1.2万台", "we service 12,000 elevators"),
        "E": ("房地产开发企业", "property developer",
              "在建住宅与写字楼项目40个", "forty residential and office towers under construction"),
    }),
    ("printing", {
        "R": ("造纸厂", "paper mill",
              "胶版纸与铜版纸年产50万吨", "500,000 tonnes of coated and uncoated paper"),
        "M": ("书刊印刷厂", "book printer",
              "年印刷图书2亿册", "two hundred million books printed a year"),
        "D": ("图书发行公司", "book distributor",
              "发行网络覆盖3000家书店", "we ship to 3,000 bookshops and libraries"),
        "E": ("出版社", "publisher",
              "每年出版新书1200种", "1,200 new titles a year"),
    }),
    ("petfood", {
        "R": ("宠物食品原料供应商", "pet food ingredient supplier",
              "鸡肉粉与鱼粉年产3万吨", "30,000 tonnes of poultry and fish meal"),
        "M": ("宠物食品生产企业", "pet food manufacturer",
              "猫粮狗粮年产10万吨", "100,000 tonnes of kibble and wet food a year"),
        "D": ("宠物用品分销商", "pet supplies distributor",
              "对接宠物店5000家", "we deliver to 5,000 pet shops"),
        "E": ("宠物医院连锁", "veterinary clinic chain",
              "诊所300家", "300 vet clinics"),
    }),
    ("cosmetics", {
        "R": ("植物提取物生产商", "botanical extract producer",
              "提取物品种200余个", "more than 200 plant extracts"),
        "M": ("化妆品代工企业", "cosmetics contract manufacturer",
              "年灌装面霜与精华1亿支", "100 million jars and bottles filled a year"),
        "D": ("美妆产品分销商", "beauty products distributor",
              "服务美容院与百货专柜", "we supply salons and department stores"),
        "E": ("护肤品牌", "skincare brand",
              "线上粉丝500万", "five million online customers"),
    }),
    ("excavator", {
        "R": ("液压油缸与液压泵供应商", "hydraulic cylinder and pump supplier",
              "液压油缸年产20万支", "200,000 hydraulic cylinders a year"),
        "M": ("挖掘机制造商", "excavator manufacturer",
              "产品覆盖1.5至90吨", "machines from 1.5 to 90 tonnes"),
        "D": ("工程机械代理商", "construction equipment dealer",
              "设有12家门店", "twelve branches with service bays"),
        "E": ("设备租赁公司", "equipment rental company",
              "租赁设备5000台", "a rental fleet of 5,000 machines"),
    }),
    ("railcar", {
        "R": ("铁路车轮与转向架供应商", "railway wheel and bogie supplier",
              "车轮年产30万件", "300,000 forged wheels a year"),
        "M": ("铁路货车制造商", "freight railcar builder",
              "年产货车8000辆", "8,000 freight cars a year"),
        "D": ("轨道交通设备贸易公司", "rail equipment trading company",
              "熟悉北美铁路认证", "we handle AAR certification and leasing deals"),
        "E": ("铁路货运公司", "freight railroad",
              "运营线路4000公里", "2,500 miles of track"),
    }),
    ("pipe", {
        "R": ("热轧钢卷生产企业", "hot-rolled steel coil producer",
              "管线钢卷年产200万吨", "two million tonnes of line-pipe coil"),
        "M": ("焊管制造企业", "welded line pipe mill",
              "直缝埋弧焊管年产60万吨", "600,000 tonnes of LSAW pipe a year"),
        "D": ("钢管经销商", "steel pipe stockist",
              "库存钢管8万吨", "80,000 tonnes of pipe in stock"),
        "E": ("油气管道工程公司", "pipeline construction contractor",
              "承建长输管道5000公里", "we have laid 3,000 miles of pipeline"),
    }),
]  # fmt: skip

NEIGHBOURS = {"R": ("M",), "M": ("R", "D", "E"), "D": ("M", "E"), "E": ("M", "D")}

ZH_OFFER = [
    "{name}创建于2006年，{noun}，{detail}。",
    "我们是专注本行业的{noun}，{detail}。",
    "{noun}{name}，{detail}。",
]
ZH_SEEK = [
    "此行目标客户：美国{want}。",  # no cue word
    "诚盼结识美国{want}。",  # no cue word
    "我们的下一位合作伙伴，应当是一家美国{want}。",  # no cue word
    "寻觅美国{want}，共拓市场。",
    "拟与美国{want}签订长期协议。",
]
ZH_FILLER = [
    "员工约三百人。",
    "通过ISO 9001体系认证。",
    "总部位于长三角。",
    "多次获评省级优秀企业。",
]
EN_OFFER = [
    "{name} — {noun}. {detail_cap}.",
    "Since 2001 {name} has worked as a {noun}; {detail}.",
    "{noun_cap} {name}: {detail}.",
]
EN_SEEK = [
    "Ideal partner: a {want} in {country}.",  # no cue word
    "We are after a {adj} {want}.",  # no cue word
    "Next on our agenda: a {want} from {country}.",  # no cue word
    "Seeking a {adj} {want} for a long-term deal.",
    "The company would like to partner with a {want} based in {country}.",
]
EN_FILLER = [
    "About 250 employees.",
    "ISO 9001 certified.",
    "Privately held.",
    "Headquarters in the Midwest.",
]

CN_NAMES = ["昊", "润", "博", "新", "安", "达", "通", "凯", "丰", "源", "力", "华"]
US_NAMES = ["Atlas", "Bluewater", "Crestline", "Driftwood", "Eastgate", "Foxridge",
            "Goldleaf", "Hillcrest", "Ironwood", "Juniper", "Lakeshore", "Northstar"]  # fmt: skip


def _an(text: str) -> str:
    return re.sub(r"\b([Aa]) ([aeiouAEIO])", r"\1n \2", text)


def _org(rng: random.Random, oid: str, side: str, *, key: str, stages: STAGES, stage: str,
         want: str) -> dict[str, object]:  # fmt: skip
    zh_noun, en_noun, zh_detail, en_detail = stages[stage]
    english = side == "US" or rng.random() < 0.1  # a few Chinese companies write in English
    if not english:
        name = rng.choice(CN_NAMES) + rng.choice(CN_NAMES) + "股份"
        offer = rng.choice(ZH_OFFER).format(name=name, noun=zh_noun, detail=zh_detail)
        seek = rng.choice(ZH_SEEK).format(want=stages[want][0])
        filler = rng.choice(ZH_FILLER)
        joiner = ""
    else:
        name = (
            f"{rng.choice(US_NAMES)} {key.capitalize()} {'Inc.' if side == 'US' else 'Co., Ltd.'}"
        )
        detail = en_detail if side == "US" else "exporting to 30 countries"
        offer = _an(rng.choice(EN_OFFER).format(
            name=name, noun=en_noun, noun_cap=en_noun[0].upper() + en_noun[1:], detail=detail,
            detail_cap=detail[0].upper() + detail[1:]))  # fmt: skip
        country, adj = ("China", "Chinese") if side == "US" else ("the US", "American")
        seek = _an(rng.choice(EN_SEEK).format(want=stages[want][1], country=country, adj=adj))
        filler = rng.choice(EN_FILLER)
        joiner = " "
    shape = rng.random()
    if shape < 0.3:
        parts = [seek, offer, filler]
    elif shape < 0.5:
        parts = [offer, seek, filler]
    else:
        parts = [offer, filler, seek]
    lang = "en" if english else "zh"
    return {"id": oid, "side": side, "name": {lang: name},
            "description": {lang: joiner.join(parts)},
            "_chain": key, "_stage": stage, "_want": want}  # fmt: skip


def chain_roles(
    rng: random.Random, stages: STAGES, n_cn: int, n_us: int, *, shuffle: bool = False
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(stage, want) of the Chinese and the US companies of one chain: each Chinese company's
    partner, then traps beside it (``shuffle``: in random order), then the chain at random."""
    combos = [(s, w) for s in stages for w in NEIGHBOURS[s]]
    cn = rng.sample(combos, n_cn)
    us = [(w, s) for s, w in cn]  # each Chinese company's partner
    traps: list[tuple[str, str]] = []
    for s, w in rng.sample(cn, len(cn)):
        traps.append((s, w))  # the query's competitor
        wrong = [x for x in NEIGHBOURS[w] if x != s]
        if wrong:  # offers what the query seeks, wants something else
            traps.append((w, rng.choice(wrong)))
        wrong = [x for x in NEIGHBOURS[s] if x != w]
        if wrong:  # wants the query's product, offers nothing it seeks
            traps.append((rng.choice(wrong), s))
    if shuffle:
        rng.shuffle(traps)
    us += traps[: n_us - len(us)]
    while len(us) < n_us:
        us.append(rng.choice(combos))
    return cn, us


def with_gold(orgs: list[dict[str, object]]) -> tuple[dict[str, object], dict[str, object]]:
    """The profiles document and the gold file of organizations that carry their chain,
    stage and want (removed from the profiles): gold where each offers what the other seeks."""
    partners: dict[str, list[str]] = {}
    for a in orgs:
        for b in orgs:
            if (a["side"] != b["side"] and a["_chain"] == b["_chain"]
                    and a["_stage"] == b["_want"] and b["_stage"] == a["_want"]):  # fmt: skip
                partners.setdefault(str(a["id"]), []).append(str(b["id"]))
    roles = {str(o["id"]): f"{o['_chain']}:{o['_stage']}>{o['_want']}" for o in orgs}
    for o in orgs:
        for k in ("_chain", "_stage", "_want"):
            o.pop(k)
    profiles = {"format": "tradebridge-profiles/1", "organizations": orgs}
    gold = {"partners": partners, "split": dict.fromkeys(partners, "held-out"), "roles": roles}
    return profiles, gold


def write_set(name: str, profiles: dict[str, object], gold: dict[str, object]) -> None:
    """Write ``<name>.json`` and ``<name>_gold.json`` beside this script and say their size."""
    for file, data in ((name, profiles), (f"{name}_gold", gold)):
        (HERE / f"{file}.json").write_text(
            json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8"
        )
    orgs = profiles["organizations"]
    assert isinstance(orgs, list)
    cn = sum(o["side"] == "CN" for o in orgs)
    print(f"{name}: {cn} CN x {len(orgs) - cn} US, {len(gold['partners'])} with a partner")  # type: ignore[arg-type]


def assemble(
    org: Callable[..., dict[str, object]],
    chains: list[tuple[str, STAGES]],
    *,
    seed: int,
    prefix: str,
    n_cn: int = 4,
    n_us: int = 7,
    shuffle: bool = False,
) -> tuple[dict[str, object], dict[str, object]]:
    """The profiles document and the gold file of ``chains``, each company written by
    ``org(rng, id, side, key=, stages=, stage=, want=)``."""
    rng = random.Random(seed)
    orgs: list[dict[str, object]] = []
    for key, stages in chains:
        cn, us = chain_roles(rng, stages, n_cn, n_us, shuffle=shuffle)
        for side, group in (("CN", cn), ("US", us)):
            for s, w in group:
                n = sum(o["side"] == side for o in orgs) + 1
                oid = f"{prefix}{side.lower()}{n:03d}"
                orgs.append(org(rng, oid, side, key=key, stages=stages, stage=s, want=w))
    return with_gold(orgs)


def build() -> tuple[dict[str, object], dict[str, object]]:
    """The profiles document and the gold file."""
    return assemble(_org, CHAINS, seed=149, prefix="s")


def main() -> None:
    """Write the set and its gold file."""
    write_set("roles_holdout6", *build())


if __name__ == "__main__":
    main()
