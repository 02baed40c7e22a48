# ruff: noqa: E501  (the role phrases are data; wrapping them would only hurt reading)
"""Write the ROLE sets (issue 18): same-sector companies that differ in what they offer and seek.

    python bench/recommend/make_roles.py

Each CHAIN is one product's value chain in stages: R (the input: quartz sand for crucibles),
M (the maker), D (a distributor or channel) and E (the end customer: a project developer, an
installer, a mill). Every company sits at one stage and seeks one other stage of its chain,
written in free text only (no taxonomy codes), Chinese companies in Chinese (a few in English),
US ones in English. A pair is gold when each offers what the other seeks: a CN module maker
seeking a US distributor and a US distributor seeking an Asian module supplier. Everything else
in the chain is a trap: a company at the same stage seeking the same thing (a competitor), one
that offers what the query seeks but wants something else, one that wants the query's product
but offers nothing it seeks (one-way), and the other chains of the same sector.

Two sets, kept apart:

* ``roles_train.json`` / ``roles_train_gold.json``: 10 chains, 60 CN × 90 US, for fitting the
  weights (``fit_weights.py``) and nothing else;
* ``roles_hard.json`` / ``roles_hard_gold.json``: 10 OTHER chains (other products, the
  issue's three cases among them), 40 CN × 70 US, with sentence templates of their own (other
  cue words, seek sentence first in some), used only for the figures (``evaluate.py``).
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent

# stage -> (Chinese noun, English noun, Chinese detail, English detail)
Chain = tuple[
    str, str, str, dict[str, tuple[str, str, str, str]]
]  # (key, sector, product_en, stages)

TRAIN_CHAINS: list[Chain] = [
    (
        "wind",
        "energy",
        "wind blades",
        {
            "R": (
                "玻纤织物与碳纤维材料供应商",
                "supplier of glass-fibre fabric and carbon fibre",
                "年产玻纤多轴向织物8万吨",
                "we weave multiaxial glass-fibre fabrics for composite parts",
            ),
            "M": (
                "风电叶片制造商",
                "wind turbine blade manufacturer",
                "可生产90米以上陆上与海上叶片",
                "our plant molds blades up to 90 metres",
            ),
            "D": (
                "风电零部件贸易与售后服务商",
                "wind components trader and aftermarket service company",
                "为风场提供叶片备件与维修",
                "we stock spare blades and repair kits for operators",
            ),
            "E": (
                "风电场开发运营商",
                "wind farm developer and operator",
                "在建及运营风场1.2吉瓦",
                "we own and run 1.2 GW of onshore wind farms",
            ),
        },
    ),
    (
        "charging",
        "energy",
        "EV chargers",
        {
            "R": (
                "碳化硅功率模块供应商",
                "silicon-carbide power module supplier",
                "车规级功率器件产能充足",
                "automotive-grade SiC modules in volume",
            ),
            "M": (
                "电动汽车直流快充桩制造商",
                "maker of DC fast chargers for electric vehicles",
                "产品覆盖60至480千瓦",
                "chargers from 60 to 480 kW, UL listed",
            ),
            "D": (
                "充电设备分销商",
                "distributor of EV charging equipment",
                "覆盖经销网点300余家",
                "we sell through 300 electrical wholesalers",
            ),
            "E": (
                "充电网络运营商",
                "charging network operator",
                "运营公共充电站2000座",
                "we run 2,000 public charging sites",
            ),
        },
    ),
    (
        "heatpump",
        "energy-conservation",
        "heat pumps",
        {
            "R": (
                "变频压缩机制造商",
                "inverter compressor manufacturer",
                "年产压缩机500万台",
                "five million compressors a year",
            ),
            "M": (
                "空气源热泵制造商",
                "air-source heat pump manufacturer",
                "低温工况下仍可高效制热",
                "units that heat efficiently down to minus 25 °C",
            ),
            "D": (
                "暖通设备批发商",
                "HVAC equipment wholesaler",
                "仓储网络覆盖华东",
                "warehouses across the Midwest",
            ),
            "E": (
                "暖通安装工程公司",
                "HVAC installation contractor",
                "每年完成住宅安装3000户",
                "we install systems in 3,000 homes a year",
            ),
        },
    ),
    (
        "led",
        "energy-conservation",
        "LED lighting",
        {
            "R": (
                "LED芯片与封装器件供应商",
                "LED chip and package supplier",
                "高光效芯片月产能百亿颗",
                "high-efficacy chips by the billion",
            ),
            "M": (
                "LED灯具制造商",
                "LED luminaire manufacturer",
                "生产工矿灯、路灯与面板灯",
                "high-bay, street and panel luminaires",
            ),
            "D": (
                "照明产品经销商",
                "lighting products distributor",
                "服务五金及建材渠道",
                "we supply hardware stores and electrical contractors",
            ),
            "E": (
                "照明工程承包商",
                "lighting retrofit contractor",
                "承接市政与厂房照明改造",
                "we retrofit municipal and factory lighting",
            ),
        },
    ),
    (
        "tea",
        "agriculture",
        "tea",
        {
            "R": (
                "有机茶园种植合作社",
                "organic tea growers' cooperative",
                "茶园面积3000亩",
                "our members farm 500 acres of tea gardens",
            ),
            "M": (
                "茶叶精制加工与出口企业",
                "tea processing and blending company",
                "拥有出口备案与欧盟有机认证",
                "we blend and pack tea under organic certification",
            ),
            "D": (
                "进口食品饮料分销商",
                "importer and distributor of specialty foods and beverages",
                "向超市与餐饮渠道供货",
                "we supply grocery chains and cafés",
            ),
            "E": (
                "连锁茶饮品牌",
                "tea café chain",
                "门店超过200家",
                "we run more than 200 tea bars",
            ),
        },
    ),
    (
        "meddev",
        "healthcare",
        "infusion sets and catheters",
        {
            "R": (
                "医用高分子材料供应商",
                "medical-grade polymer compounder",
                "提供医用级PVC与TPU粒料",
                "we compound medical PVC and TPU",
            ),
            "M": (
                "一次性输液器与导管制造商",
                "maker of disposable infusion sets and catheters",
                "拥有十万级洁净车间",
                "ISO 13485 clean rooms",
            ),
            "D": (
                "医疗器械分销商",
                "medical device distributor",
                "代理产品进入医院采购目录",
                "we hold contracts with hospital purchasing groups",
            ),
            "E": (
                "连锁医院集团",
                "hospital network",
                "旗下医院15家",
                "we run 15 hospitals and 60 clinics",
            ),
        },
    ),
    (
        "cnc",
        "manufacturing",
        "CNC machine tools",
        {
            "R": (
                "数控系统与电主轴供应商",
                "supplier of CNC controllers and motor spindles",
                "自主研发五轴数控系统",
                "five-axis controllers and high-speed spindles",
            ),
            "M": (
                "数控机床制造商",
                "CNC machine tool builder",
                "生产立式加工中心与数控车床",
                "vertical machining centres and lathes",
            ),
            "D": (
                "机床经销商",
                "machine tool dealer",
                "提供安装调试与培训",
                "we sell, install and service machine tools",
            ),
            "E": (
                "汽车零部件精密加工厂",
                "precision machining shop for automotive parts",
                "拥有加工中心120台",
                "we run 120 machining centres for car parts",
            ),
        },
    ),
    (
        "lithium",
        "manufacturing",
        "battery cathode materials",
        {
            "R": (
                "锂精矿与碳酸锂供应商",
                "lithium concentrate and carbonate producer",
                "年产碳酸锂2万吨",
                "20,000 tonnes of lithium carbonate a year",
            ),
            "M": (
                "锂电池正极材料制造商",
                "maker of lithium battery cathode materials",
                "量产磷酸铁锂与三元正极",
                "LFP and NMC cathode powders in volume",
            ),
            "D": (
                "电池材料贸易商",
                "battery materials trading house",
                "为中小电池厂提供现货",
                "we hold stock for smaller cell makers",
            ),
            "E": (
                "锂电池电芯制造商",
                "lithium-ion cell manufacturer",
                "电芯年产能20吉瓦时",
                "a 20 GWh cell plant",
            ),
        },
    ),
    (
        "drone",
        "innovative-industries",
        "drones",
        {
            "R": (
                "无人机电机与飞控模组供应商",
                "supplier of drone motors and flight controllers",
                "电机寿命超过一千小时",
                "brushless motors and autopilot boards",
            ),
            "M": (
                "工业无人机制造商",
                "industrial drone manufacturer",
                "产品用于植保、测绘与巡检",
                "drones for spraying, mapping and inspection",
            ),
            "D": (
                "无人机经销商",
                "drone dealer",
                "提供飞手培训与售后",
                "we sell drones and train pilots",
            ),
            "E": (
                "农业植保与测绘服务公司",
                "crop-spraying and survey services company",
                "年作业面积百万亩",
                "we spray and map 400,000 acres a year",
            ),
        },
    ),
    (
        "wastewater",
        "environmental-protection",
        "wastewater treatment equipment",
        {
            "R": (
                "反渗透与超滤膜材料供应商",
                "membrane supplier for reverse osmosis and ultrafiltration",
                "膜元件通过NSF认证",
                "NSF-certified membrane elements",
            ),
            "M": (
                "污水处理成套设备制造商",
                "manufacturer of packaged wastewater treatment plants",
                "提供MBR一体化设备",
                "containerised MBR treatment units",
            ),
            "D": (
                "水处理设备代理商",
                "water treatment equipment agent",
                "代理多家品牌设备",
                "we represent equipment brands to engineers",
            ),
            "E": (
                "市政水务工程公司",
                "municipal water engineering contractor",
                "承建污水处理厂40座",
                "we have built 40 treatment works for cities",
            ),
        },
    ),
]

HARD_CHAINS: list[Chain] = [
    (
        "pv",
        "energy",
        "PV modules",
        {
            "R": (
                "光伏玻璃与多晶硅料供应商",
                "supplier of solar glass and polysilicon",
                "光伏玻璃日熔量1200吨",
                "we produce solar glass and polysilicon feedstock",
            ),
            "M": (
                "光伏组件制造商",
                "solar PV module manufacturer",
                "年产N型TOPCon组件5吉瓦，通过UL认证",
                "5 GW of TOPCon modules a year in Ohio",
            ),
            "D": (
                "光伏产品批发分销商",
                "wholesale distributor of solar equipment",
                "向安装商批发组件与逆变器",
                "we sell modules and inverters to installers across the Southwest",
            ),
            "E": (
                "光伏电站开发与安装商",
                "solar farm developer and installer",
                "已并网电站800兆瓦",
                "800 MW of solar farms built",
            ),
        },
    ),
    (
        "crucible",
        "science-technology",
        "quartz crucibles",
        {
            "R": (
                "高纯石英砂供应商",
                "high-purity quartz sand producer",
                "石英砂纯度达到4N8",
                "we mine and refine 4N8 high-purity quartz sand",
            ),
            "M": (
                "石英坩埚制造商",
                "quartz crucible maker",
                "为单晶拉制提供大尺寸坩埚",
                "large crucibles for crystal pulling",
            ),
            "D": (
                "半导体与光伏耗材代理商",
                "agent for semiconductor and solar consumables",
                "服务国内拉晶厂",
                "we represent consumables makers to wafer plants",
            ),
            "E": (
                "单晶硅棒拉制厂",
                "monocrystalline silicon ingot grower",
                "拥有单晶炉600台",
                "we run 600 crystal pullers",
            ),
        },
    ),
    (
        "storage",
        "energy",
        "battery energy storage systems",
        {
            "R": (
                "磷酸铁锂储能电芯制造商",
                "LFP storage cell manufacturer",
                "储能电芯循环寿命一万次",
                "storage cells rated for 10,000 cycles",
            ),
            "M": (
                "集装箱式储能系统集成商",
                "containerised battery storage system integrator",
                "交付储能系统3吉瓦时",
                "we have delivered 3 GWh of storage containers",
            ),
            "D": (
                "储能产品分销商",
                "distributor of battery storage products",
                "向工商业客户销售储能柜",
                "we sell storage cabinets to commercial buyers",
            ),
            "E": (
                "储能电站项目开发商",
                "developer of grid-scale storage projects",
                "储备项目2吉瓦",
                "a 2 GW pipeline of grid storage projects",
            ),
        },
    ),
    (
        "ebike",
        "transportation",
        "e-bikes",
        {
            "R": (
                "电动自行车电机与电池供应商",
                "supplier of e-bike motors and battery packs",
                "轮毂电机年产百万台",
                "hub motors and battery packs by the million",
            ),
            "M": (
                "电动自行车制造商",
                "e-bike manufacturer",
                "年产整车60万辆",
                "600,000 e-bikes a year",
            ),
            "D": (
                "自行车批发商",
                "bicycle wholesaler",
                "向独立车店批发",
                "we supply 900 independent bike shops",
            ),
            "E": (
                "共享出行运营商",
                "bike-share operator",
                "在12个城市运营共享单车",
                "we run bike-share fleets in 12 cities",
            ),
        },
    ),
    (
        "soy",
        "agriculture",
        "soybeans",
        {
            "R": (
                "大豆种植合作社",
                "soybean growers' cooperative",
                "成员种植面积20万亩",
                "members farm 300,000 acres of soybeans",
            ),
            "M": (
                "大豆压榨企业",
                "soybean crusher",
                "日压榨能力6000吨",
                "we crush 6,000 tonnes of beans a day",
            ),
            "D": (
                "粮油贸易公司",
                "grain and oilseed trading company",
                "拥有港口仓储",
                "we run port elevators and ship grain",
            ),
            "E": (
                "饲料生产企业",
                "animal feed mill",
                "年产饲料100万吨",
                "we mill a million tonnes of feed a year",
            ),
        },
    ),
    (
        "robot",
        "innovative-industries",
        "service robots",
        {
            "R": (
                "激光雷达与伺服电机供应商",
                "supplier of lidar sensors and servo motors",
                "激光雷达年出货50万台",
                "lidar units and servo motors for mobile robots",
            ),
            "M": (
                "服务机器人制造商",
                "service robot manufacturer",
                "生产送餐与清洁机器人",
                "delivery and cleaning robots",
            ),
            "D": (
                "机器人经销商",
                "robot reseller",
                "提供部署与维护服务",
                "we resell, deploy and maintain robots",
            ),
            "E": (
                "连锁酒店与餐饮集团",
                "hotel and restaurant group",
                "旗下门店400家",
                "we operate 400 hotels and restaurants",
            ),
        },
    ),
    (
        "coldchain",
        "logistics",
        "refrigerated trucks and cold rooms",
        {
            "R": (
                "制冷机组供应商",
                "refrigeration unit supplier",
                "提供运输与冷库制冷机组",
                "transport and cold-room refrigeration units",
            ),
            "M": (
                "冷藏车与冷库制造商",
                "maker of refrigerated truck bodies and cold rooms",
                "年产冷藏车厢8000台",
                "8,000 refrigerated bodies a year",
            ),
            "D": (
                "冷链设备经销商",
                "cold chain equipment dealer",
                "经销冷藏车与冷库设备",
                "we sell reefer bodies and cold rooms to fleets",
            ),
            "E": (
                "冷链物流运营商",
                "cold chain logistics operator",
                "运营冷库30万平方米",
                "we run 3 million square feet of cold storage",
            ),
        },
    ),
    (
        "mold",
        "manufacturing",
        "injection molds",
        {
            "R": (
                "模具钢供应商",
                "tool steel supplier",
                "提供预硬模具钢与热处理",
                "pre-hardened mold steel with heat treatment",
            ),
            "M": (
                "精密注塑模具制造商",
                "precision injection mold maker",
                "年交付模具1500套",
                "1,500 molds delivered a year",
            ),
            "D": (
                "模具贸易代理",
                "tooling broker",
                "为品牌商采购模具",
                "we source molds for product companies",
            ),
            "E": (
                "消费品注塑生产商",
                "consumer products injection molder",
                "拥有注塑机200台",
                "200 molding presses for household goods",
            ),
        },
    ),
    (
        "watermeter",
        "water",
        "smart water meters",
        {
            "R": (
                "超声波传感器供应商",
                "ultrasonic sensor supplier",
                "传感器精度达到R400",
                "R400-grade ultrasonic transducers",
            ),
            "M": (
                "智能水表制造商",
                "smart water meter manufacturer",
                "产品支持NB-IoT远传",
                "NB-IoT and LoRa smart meters",
            ),
            "D": (
                "水表与计量产品经销商",
                "distributor of water meters and metering products",
                "覆盖全国供水渠道",
                "we sell metering products to utilities across 20 states",
            ),
            "E": (
                "城市供水公司",
                "municipal water utility",
                "服务用户200万户",
                "we serve 2 million customers",
            ),
        },
    ),
    (
        "nuts",
        "agriculture",
        "tree nuts",
        {
            "R": (
                "核桃与扁桃仁果园",
                "walnut and almond orchard",
                "果园面积5万亩",
                "10,000 acres of orchards",
            ),
            "M": (
                "坚果加工企业",
                "nut processor",
                "烘焙、分级与包装一体化",
                "we roast, grade and pack nuts",
            ),
            "D": (
                "进口食品分销商",
                "importer and distributor of snack foods",
                "向连锁超市供货",
                "we supply grocery chains",
            ),
            "E": (
                "休闲零食品牌",
                "snack food brand",
                "线上年销售额10亿元",
                "a snack brand sold in 30,000 stores",
            ),
        },
    ),
]

# The stages each stage does business with along a chain (both directions).
NEIGHBOURS = {"R": ("M",), "M": ("R", "D", "E"), "D": ("M", "E"), "E": ("M", "D")}

CN_REGIONS = ["CN-JS", "CN-GD", "CN-ZJ", "CN-SD", "CN-SH", "CN-FJ", "CN-HB", "CN-SC"]
US_REGIONS = ["US-CA", "US-TX", "US-OH", "US-IL", "US-GA", "US-WA", "US-NY", "US-MI"]
CN_NAMES = ["华", "瑞", "恒", "鑫", "宏", "远", "盛", "晨", "联", "鼎", "泰", "嘉"]
US_NAMES = [
    "Summit",
    "Harbor",
    "Keystone",
    "Pioneer",
    "Cascade",
    "Granite",
    "Liberty",
    "Meridian",
    "Redwood",
    "Beacon",
    "Frontier",
    "Evergreen",
]

# Sentence templates. {noun}: what the company is; {detail}; {want}: the noun of what it seeks.
TRAIN_TEMPLATES = {
    "zh_offer": [
        "我们是一家{noun}，{detail}。",
        "公司是{noun}，{detail}。",
        "本公司为专业{noun}，{detail}。",
    ],
    "zh_seek": [
        "希望在美国寻找{want}。",
        "现寻求与美国{want}合作。",
        "需要可靠的{want}。",
        "正在寻找北美{want}。",
    ],
    "en_offer": [
        "We are a {noun}; {detail}.",
        "{name} is a {noun}: {detail}.",
        "A {noun} based in the US; {detail}.",
    ],
    "en_seek": [
        "We are looking for a {want} in China.",
        "Seeking a {want} from Asia.",
        "We want to work with a Chinese {want}.",
        "Looking for an Asian {want}.",
    ],
}
HARD_TEMPLATES = {
    "zh_offer": [
        "作为{noun}，{detail}。",
        "{detail}，是国内领先的{noun}。",
        "我司系{noun}，{detail}，成立于2009年。",
    ],
    "zh_seek": [
        "诚邀美国{want}洽谈合作。",
        "拟寻找美国{want}，建立长期合作。",
        "本次赴美希望对接{want}。",
        "期待结识北美{want}。",
    ],
    "en_offer": [
        "{name}, a {noun}: {detail}.",
        "Founded in 1998, {name} is a {noun} ({detail}).",
        "{detail}, as a {noun}.",
    ],
    "en_seek": [
        "We would welcome introductions to a {want} in China.",
        "In search of a reliable Chinese {want}.",
        "Our goal for this mission: an Asian {want}.",
        "Wants to meet a {want} from China.",
    ],
}


def _org(
    rng: random.Random, oid: str, *, side: str, chain: Chain, stage: str, want: str,
    templates: dict[str, list[str]], english: bool, seek_first: bool,
) -> dict[str, object]:  # fmt: skip
    key, _, _, stages = chain
    zh_noun, en_noun, zh_detail, en_detail = stages[stage]
    zh_want, en_want = stages[want][0], stages[want][1]
    if side == "CN" and not english:
        name = (
            rng.choice(CN_NAMES)
            + rng.choice(CN_NAMES)
            + {"R": "材料", "M": "制造", "D": "贸易", "E": "实业"}[stage]
        )
        offer = rng.choice(templates["zh_offer"]).format(noun=zh_noun, detail=zh_detail, name=name)
        seek = rng.choice(templates["zh_seek"]).format(want=zh_want)
        text = seek + offer if seek_first else offer + seek
        desc = {"zh": text}
        names = {"zh": name}
    else:
        name = f"{rng.choice(US_NAMES)} {key.capitalize()} {'Co.' if side == 'US' else 'Ltd.'}"
        detail = en_detail if side == "US" else "exporting worldwide"
        offer = rng.choice(templates["en_offer"]).format(noun=en_noun, detail=detail, name=name)
        if side == "CN":
            offer = offer.replace("based in the US", "based in China")
        offer = offer[0].upper() + offer[1:]
        offer = re.sub(r"\b([Aa]) ([aeiou])", r"\1n \2", offer)
        seek = rng.choice(templates["en_seek"]).format(want=en_want)
        seek = re.sub(r"\b([Aa]) ([aeiou])", r"\1n \2", seek)
        if side == "CN":  # a Chinese company writing in English seeks in the US
            seek = seek.replace("Chinese", "US").replace("in China", "in the US")
            seek = (
                seek.replace("from China", "from the US")
                .replace("Asian", "American")
                .replace("from Asia", "from the US")
            )
        text = f"{seek} {offer}" if seek_first else f"{offer} {seek}"
        desc = {"en": text}
        names = {"en": name}
    return {"id": oid, "side": side, "name": names, "description": desc,
            "_chain": key, "_stage": stage, "_want": want}  # fmt: skip


def build(
    chains: list[Chain], templates: dict[str, list[str]], per_chain: tuple[int, int], seed: int,
    prefix: str,
) -> tuple[dict[str, object], dict[str, object]]:  # fmt: skip
    """The profiles document and the gold file of one set."""
    rng = random.Random(seed)
    n_cn, n_us = per_chain
    orgs: list[dict[str, object]] = []
    for chain in chains:
        combos = [(s, w) for s in chain[3] for w in NEIGHBOURS[s] if w in chain[3]]
        cn = rng.sample(combos, n_cn)
        us = [(w, s) for s, w in cn]  # each CN company's partner
        # Traps: a competitor of a CN company (same stage, same want); a company offering what
        # a CN company seeks but wanting something else; one wanting the CN company's product
        # but offering nothing it seeks; further ones at random.
        traps = []
        for s, w in rng.sample(cn, len(cn)):
            traps.append((s, w))
            other = [x for x in NEIGHBOURS[w] if x != s and x in chain[3]]
            if other:
                traps.append((w, rng.choice(other)))
            other = [x for x in NEIGHBOURS[s] if x != w and x in chain[3]]
            if other:
                traps.append((rng.choice(other), s))
        us += traps[: n_us - len(us)]
        while len(us) < n_us:
            us.append(rng.choice(combos))
        for side, group in (("CN", cn), ("US", us)):
            for s, w in group:
                oid = f"{prefix}{side.lower()}{sum(o['side'] == side for o in orgs) + 1:03d}"
                english = side == "CN" and rng.random() < 0.1
                seek_first = rng.random() < 0.3
                orgs.append(_org(rng, oid, side=side, chain=chain, stage=s, want=w,
                                 templates=templates, english=english,
                                 seek_first=seek_first))  # fmt: skip
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
    gold = {"partners": partners, "split": dict.fromkeys(partners, "held-out" if prefix == "h" else "fit"),
            "roles": roles}  # fmt: skip
    return profiles, gold


def main() -> None:
    """Write the training and the hard set."""
    sets = {
        "roles_train": build(TRAIN_CHAINS, TRAIN_TEMPLATES, (6, 9), seed=11, prefix="t"),
        "roles_hard": build(HARD_CHAINS, HARD_TEMPLATES, (4, 7), seed=29, prefix="h"),
    }
    for name, (profiles, gold) in sets.items():
        (HERE / f"{name}.json").write_text(
            json.dumps(profiles, ensure_ascii=False, indent=1) + "\n", "utf-8"
        )
        (HERE / f"{name}_gold.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", "utf-8"
        )
        orgs = profiles["organizations"]
        assert isinstance(orgs, list)
        cn = sum(o["side"] == "CN" for o in orgs)
        partners = gold["partners"]
        assert isinstance(partners, dict)
        print(
            f"{name}: {cn} CN x {len(orgs) - cn} US, {len(partners)} organizations with a partner"
        )


if __name__ == "__main__":
    main()
