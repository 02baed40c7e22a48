# ruff: noqa: E501  (the descriptions are data; wrapping them would only hurt reading)
"""Write a second, differently written evaluation set: ``validation.json`` and its gold file.

Written after the weights were fitted and never used to tune anything: longer descriptions with
marketing boilerplate, several codes per profile (some of them noise), a few Chinese
organizations writing in English and US ones adding Chinese, and two US organizations with
two Chinese partners each. It estimates how much of the bench figure is fitted to the bench.

    python bench/recommend/make_validation.py
    python bench/recommend/evaluate.py --profiles bench/recommend/validation.json \\
        --gold bench/recommend/validation_gold.json
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

BOILER_ZH = "公司秉承诚信、创新、共赢的理念，拥有完善的质量管理体系。"
BOILER_EN = "We are committed to quality, innovation and long-term partnerships."

# (id, side, region, texts, sectors, offers, seeks)
ORGS: list[tuple[str, str, str, dict[str, str], list[str], list[str], list[str]]] = [
    (
        "v-cn01",
        "CN",
        "CN-ZJ",
        {
            "zh": "我们是一家位于浙江嘉兴的逆变器制造商，主要产品为组串式光伏逆变器和户用储能逆变器，已取得UL1741认证。"
            + BOILER_ZH
            + "希望寻找北美的光伏安装商和分销商。"
        },
        ["energy", "manufacturing"],
        ["supply"],
        ["distribution", "market-entry"],
    ),
    (
        "v-us01",
        "US",
        "US-AZ",
        {
            "en": "Based in Phoenix, we design and install residential solar plus battery systems for about 1,500 homes a year. "
            + BOILER_EN
            + " We are qualifying new string inverter and hybrid inverter vendors."
        },
        ["energy"],
        ["distribution"],
        ["procurement"],
    ),
    (
        "v-cn02",
        "CN",
        "CN-JX",
        {
            "zh": "江西锂业集团从事锂矿开采和碳酸锂、氢氧化锂加工，"
            + BOILER_ZH
            + "寻求与海外电池正极材料企业签订长期供货协议。"
        },
        ["energy", "manufacturing"],
        ["supply"],
        ["procurement", "joint-venture"],
    ),
    (
        "v-us02",
        "US",
        "US-NV",
        {
            "en": "Nevada cathode materials start-up producing high-nickel cathode powder for EV batteries; we need a long-term supply of battery-grade lithium hydroxide and are open to equity partners."
        },
        ["manufacturing", "energy"],
        ["joint-venture"],
        ["supply", "investment-sought"],
    ),
    (
        "v-cn03",
        "CN",
        "CN-SD",
        {
            "zh": "山东海洋食品有限公司，加工冷冻虾仁、鱿鱼等海产品，"
            + BOILER_ZH
            + "希望开拓美国餐饮连锁渠道。"
        },
        ["agriculture"],
        ["supply"],
        ["distribution"],
    ),
    (
        "v-us03",
        "US",
        "US-MA",
        {
            "en": "Boston-based foodservice distributor supplying frozen seafood to 400 restaurants across New England. "
            + BOILER_EN
            + " Looking for reliable shrimp and squid processors abroad."
        },
        ["agriculture", "logistics"],
        ["distribution"],
        ["procurement"],
    ),
    (
        "v-cn04",
        "CN",
        "CN-GD",
        {
            "zh": "深圳一家智能手表和TWS耳机品牌，产品已进入东南亚市场，希望借助美国渠道商进入北美零售市场。"
        },
        ["innovative-industries", "e-commerce"],
        ["supply"],
        ["distribution", "market-entry"],
    ),
    (
        "v-us04",
        "US",
        "US-NY",
        {
            "en": "New York consumer electronics importer placing wearables and audio accessories with Best Buy and Target; "
            + BOILER_EN
            + " We onboard Asian brands and handle FCC compliance."
        },
        ["e-commerce"],
        ["distribution", "market-entry"],
        ["procurement"],
    ),
    (
        "v-cn05",
        "CN",
        "CN-SH",
        {
            "zh": "上海生物医药孵化器，为入驻企业提供实验室、融资对接和临床申报服务，希望引进美国生物技术初创企业落地上海。"
        },
        ["healthcare", "finance"],
        ["market-entry", "consulting"],
        ["joint-venture"],
    ),
    (
        "v-us05",
        "US",
        "US-CA",
        {
            "en": "San Diego biotech start-up with a preclinical gene therapy program, exploring a China entry through a local incubator and a joint venture for clinical trials in Asia."
        },
        ["healthcare"],
        ["joint-venture"],
        ["market-entry"],
    ),
    (
        "v-cn06",
        "CN",
        "CN-GZ",
        {
            "zh": "贵州大数据中心运营商，利用当地凉爽气候和低电价提供数据中心托管服务，寻求海外云服务商合作。"
        },
        ["science-technology", "infrastructure"],
        ["supply"],
        ["joint-venture"],
    ),
    (
        "v-us06",
        "US",
        "US-VA",
        {
            "en": "Northern Virginia cloud hosting company expanding capacity for Asian customers; seeks colocation partners with low-cost power and cool climate sites in a joint venture."
        },
        ["science-technology"],
        ["joint-venture"],
        ["procurement"],
    ),
    (
        "v-cn07",
        "CN",
        "CN-HA",
        {"zh": "河南小麦面粉加工企业，年加工小麦50万吨，" + BOILER_ZH + "长期采购美国硬红冬小麦。"},
        ["agriculture"],
        ["procurement"],
        ["supply"],
    ),
    (
        "v-us07",
        "US",
        "US-KS",
        {
            "en": "Kansas grain cooperative marketing hard red winter wheat from 2,000 member farms to export buyers in Asia."
        },
        ["agriculture"],
        ["supply"],
        ["procurement"],
    ),
    (
        "v-cn08",
        "CN",
        "CN-JS",
        {
            "en": "Wuxi-based manufacturer of semiconductor wafer cleaning equipment; we want to license our megasonic cleaning technology to a US tool maker and co-develop the next generation."
        },
        ["science-technology", "manufacturing"],
        ["licensing", "technology-transfer"],
        ["rd-partnership"],
    ),
    (
        "v-us08",
        "US",
        "US-OR",
        {
            "en": "Oregon semiconductor equipment company building wet benches for fabs, seeking to license wafer cleaning technology and run joint development."
        },
        ["manufacturing"],
        ["rd-partnership"],
        ["licensing"],
    ),
    (
        "v-cn09",
        "CN",
        "CN-BJ",
        {
            "zh": "北京一家K12在线编程教育平台，拥有200万学员，希望引进美国优质STEM课程并进行本地化。"
        },
        ["education"],
        ["procurement"],
        ["licensing"],
    ),
    (
        "v-us09",
        "US",
        "US-MA",
        {
            "en": "Cambridge edtech company offering a project-based coding and robotics curriculum for kids, licensing it to international platforms."
        },
        ["education"],
        ["licensing"],
        ["procurement", "distribution"],
    ),
    (
        "v-cn10",
        "CN",
        "CN-FJ",
        {"zh": "福建运动鞋代工厂，为多个国际品牌生产跑鞋，" + BOILER_ZH + "寻找新的美国品牌客户。"},
        ["manufacturing"],
        ["supply"],
        ["procurement"],
    ),
    (
        "v-us10",
        "US",
        "US-OR",
        {
            "en": "Portland running shoe brand launching a new trail line; looking for an experienced footwear OEM factory."
        },
        ["manufacturing"],
        ["procurement"],
        ["supply"],
    ),
    (
        "v-cn11",
        "CN",
        "CN-SC",
        {
            "zh": "四川大熊猫文化旅游集团，运营熊猫主题景区和酒店，希望与美国旅行社合作开发入境旅游线路。"
        },
        ["tourism", "entertainment"],
        ["supply"],
        ["distribution"],
    ),
    (
        "v-us11",
        "US",
        "US-IL",
        {
            "en": "Chicago tour operator selling escorted trips to Asia for American seniors; adding wildlife and culture itineraries in western China."
        },
        ["tourism"],
        ["distribution"],
        ["procurement"],
    ),
    (
        "v-cn12",
        "CN",
        "CN-HB",
        {"zh": "湖北一家汽车线束和连接器制造商，为多家整车厂配套，希望进入美国电动车供应链。"},
        ["manufacturing", "transportation"],
        ["supply"],
        ["procurement", "market-entry"],
    ),
    (
        "v-us12",
        "US",
        "US-MI",
        {
            "en": "Michigan EV start-up sourcing wiring harnesses and high-voltage connectors for its first delivery van program."
        },
        ["transportation"],
        ["procurement"],
        ["supply"],
    ),
    (
        "v-cn13",
        "CN",
        "CN-TJ",
        {"zh": "天津港集装箱码头运营商，希望与美国港口开展智慧港口技术交流和管理人员培训。"},
        ["logistics", "infrastructure"],
        ["talent-exchange", "consulting"],
        ["talent-exchange"],
    ),
    (
        "v-us13",
        "US",
        "US-WA",
        {
            "en": "Port of Tacoma container terminal running an exchange program for terminal managers and automation engineers with Asian ports."
        },
        ["logistics"],
        ["talent-exchange"],
        ["talent-exchange"],
    ),
    (
        "v-cn14",
        "CN",
        "CN-ZJ",
        {"zh": "浙江一家宠物食品和宠物用品出口企业，" + BOILER_ZH + "希望找到美国宠物连锁渠道。"},
        ["agriculture", "e-commerce"],
        ["supply"],
        ["distribution"],
    ),
    (
        "v-us14",
        "US",
        "US-TX",
        {
            "en": "Texas pet supply retailer with 120 stores and an online shop, sourcing private-label pet food and toys. "
            + BOILER_EN
        },
        ["e-commerce"],
        ["distribution"],
        ["procurement"],
    ),
    (
        "v-cn15",
        "CN",
        "CN-GD",
        {"zh": "广州化妆品代工企业（ODM），可生产护肤品和彩妆，通过GMPC认证。"},
        ["manufacturing", "healthcare"],
        ["supply"],
        ["procurement"],
    ),
    (
        "v-us15",
        "US",
        "US-CA",
        {
            "en": "Los Angeles indie beauty brand looking for a contract manufacturer for skincare serums and lipsticks."
        },
        ["healthcare"],
        ["procurement"],
        ["supply"],
    ),
    (
        "v-cn16",
        "CN",
        "CN-NX",
        {"zh": "宁夏枸杞种植和深加工企业，产品包括枸杞干果和枸杞原浆，寻找美国健康食品经销商。"},
        ["agriculture"],
        ["supply"],
        ["distribution"],
    ),
    (
        "v-cn17",
        "CN",
        "CN-XJ",
        {"zh": "新疆红枣和核桃加工出口企业，" + BOILER_ZH + "寻找美国天然食品渠道。"},
        ["agriculture"],
        ["supply"],
        ["distribution"],
    ),
    (
        "v-us16",
        "US",
        "US-CO",
        {
            "en": "Boulder natural foods distributor adding superfruits, dried fruit and nuts from Asia for health food stores; "
            + BOILER_EN,
            "zh": "科罗拉多州天然食品分销商。",
        },
        ["agriculture"],
        ["distribution"],
        ["procurement"],
    ),
    (
        "v-cn18",
        "CN",
        "CN-JS",
        {"zh": "苏州工业园区一家高端轴承制造商，产品用于机器人和数控机床。"},
        ["manufacturing"],
        ["supply"],
        ["distribution"],
    ),
    (
        "v-cn19",
        "CN",
        "CN-LN",
        {"zh": "辽宁精密减速机企业，生产机器人关节用谐波减速器。"},
        ["manufacturing", "innovative-industries"],
        ["supply"],
        ["distribution"],
    ),
    (
        "v-us17",
        "US",
        "US-PA",
        {
            "en": "Pittsburgh distributor of motion control components (bearings, gearboxes, harmonic drives) to robot integrators."
        },
        ["manufacturing"],
        ["distribution"],
        ["procurement"],
    ),
    (
        "v-cn20",
        "CN",
        "CN-YN",
        {"zh": "云南鲜切花种植出口企业，主要品种为玫瑰和康乃馨。"},
        ["agriculture"],
        ["supply"],
        ["distribution"],
    ),
    (
        "v-us18",
        "US",
        "US-FL",
        {
            "en": "Miami flower importer supplying roses and carnations to supermarkets across the Southeast."
        },
        ["agriculture", "logistics"],
        ["distribution"],
        ["procurement"],
    ),
    # Distractors: same sectors, no need in common with anyone.
    (
        "v-xcn1",
        "CN",
        "CN-ZJ",
        {"zh": "浙江光伏逆变器企业，专注国内大型地面电站，寻求国内银行贷款扩产。"},
        ["energy"],
        ["supply"],
        ["investment-sought"],
    ),
    (
        "v-xcn2",
        "CN",
        "CN-SD",
        {"zh": "山东海产品企业，向日本和韩国出口冻鱼，寻找日韩物流伙伴。"},
        ["agriculture"],
        ["supply"],
        ["supply"],
    ),
    (
        "v-xcn3",
        "CN",
        "CN-GD",
        {"zh": "深圳手机配件电商，面向国内消费者销售，寻求国内直播带货合作。"},
        ["e-commerce"],
        ["distribution"],
        ["distribution"],
    ),
    (
        "v-xcn4",
        "CN",
        "CN-BJ",
        {"zh": "北京考研培训机构，寻求国内风险投资。"},
        ["education"],
        ["talent-exchange"],
        ["investment-sought"],
    ),
    (
        "v-xus1",
        "US",
        "US-TX",
        {
            "en": "Texas solar farm owner selling power to the ERCOT grid, refinancing its debt with US banks."
        },
        ["energy"],
        ["supply"],
        ["investment-sought"],
    ),
    (
        "v-xus2",
        "US",
        "US-WA",
        {
            "en": "Seattle seafood exporter shipping Alaskan salmon to Japan, hiring cold chain staff."
        },
        ["agriculture"],
        ["supply"],
        ["talent-exchange"],
    ),
    (
        "v-xus3",
        "US",
        "US-NY",
        {
            "en": "New York fashion label selling through its own US stores, raising a domestic growth round."
        },
        ["e-commerce"],
        ["supply"],
        ["investment-sought"],
    ),
    (
        "v-xus4",
        "US",
        "US-CA",
        {"en": "California private K-12 school recruiting local teachers."},
        ["education"],
        ["talent-exchange"],
        ["talent-exchange"],
    ),
]

PAIRS = [(f"v-cn{i:02d}", f"v-us{i:02d}") for i in range(1, 16)] + [
    ("v-cn16", "v-us16"), ("v-cn17", "v-us16"), ("v-cn18", "v-us17"), ("v-cn19", "v-us17"),
    ("v-cn20", "v-us18"),
]  # fmt: skip


def main() -> None:
    """Write validation.json and validation_gold.json."""
    organizations = []
    for org_id, side, region, texts, sectors, offers, seeks in ORGS:
        organizations.append({"id": org_id, "side": side, "description": texts, "region": region,
                              "sectors": sectors, "offers": offers, "seeks": seeks})  # fmt: skip
    partners: dict[str, list[str]] = {}
    for a, b in PAIRS:
        partners.setdefault(a, []).append(b)
        partners.setdefault(b, []).append(a)
    doc = {"format": "tradebridge-profiles/1", "organizations": organizations}
    gold = {"partners": partners, "split": dict.fromkeys(partners, "held-out")}
    (HERE / "validation.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n")
    (HERE / "validation_gold.json").write_text(json.dumps(gold, indent=1) + "\n")
    print(f"{len(organizations)} organizations, {len(PAIRS)} partner pairs")


if __name__ == "__main__":
    main()
