# ruff: noqa: E501  (the role phrases are data; wrapping them would only hurt reading)
"""Write a second held-out ROLE set (issue 18): ``roles_holdout.json`` / ``roles_holdout_gold.json``.

    python bench/recommend/make_holdout.py

Why a second one: ``roles_hard.json`` was committed with the offer/seek code and run while its
cue and role lexicon (``roles.py``) was written, so it may have shaped them. This set was
written afterwards by another session, committed before the engine was first run on it, and
nothing is tuned on it. Same construction as ``make_roles.py`` (``build``: value chains in
stages R → M → D → E, every company at one stage seeking a neighbouring one, the gold partner
offering what it seeks and seeking what it offers, among competitors, one-way matches and
other chains of the same sectors), 40 CN × 70 US, but:

* ten chains in none of the other sets (electrolysers, traction motors, coffee, generic drugs,
  power chips, furniture, garments, electric buses, animation, desalination), with role nouns
  the lexicon was not written for (roaster, formulator, spinner, studio, broadcaster, transit
  agency, pharmacy chain…);
* sentence templates of their own, and three in five seek sentences worded as companies
  also write them, without the cue words of ``roles.py`` ("诚征", "盼与", "目标：",
  "We'd like to meet", "Partner sought:", "Our priority on this trip is").
"""

from __future__ import annotations

import json
from pathlib import Path

from make_roles import Chain, build

HERE = Path(__file__).resolve().parent

HOLDOUT_CHAINS: list[Chain] = [
    (
        "electrolyser",
        "energy",
        "hydrogen electrolysers",
        {
            "R": ("质子交换膜与催化剂供应商", "supplier of proton-exchange membranes and catalysts",
                  "膜电极年产能20万片", "we coat 200,000 membrane electrode assemblies a year"),
            "M": ("电解水制氢设备制造商", "maker of water electrolysers for hydrogen",
                  "单槽产氢量1000标方每小时", "stacks of 1,000 Nm3 per hour each"),
            "D": ("工业气体设备经销商", "industrial gas equipment dealer",
                  "在华东设有六个服务网点", "six service branches along the Gulf Coast"),
            "E": ("绿氢项目开发商", "green hydrogen project developer",
                  "在内蒙古规划风光制氢项目", "two ammonia-grade hydrogen hubs in permitting"),
        },
    ),
    (
        "motor",
        "transportation",
        "EV traction motors",
        {
            "R": ("钕铁硼永磁材料生产商", "producer of neodymium magnets",
                  "烧结钕铁硼年产8000吨", "8,000 tonnes of sintered NdFeB a year"),
            "M": ("新能源汽车驱动电机制造商", "manufacturer of traction motors for electric vehicles",
                  "扁线电机年配套40万台", "hairpin motors for 400,000 vehicles a year"),
            "D": ("汽车零部件进出口贸易商", "importer and distributor of auto parts",
                  "服务整车厂与改装厂", "we stock parts for upfitters and fleets"),
            "E": ("电动卡车整车企业", "electric truck maker",
                  "年产重卡5000辆", "we assemble 5,000 Class 8 electric trucks a year"),
        },
    ),
    (
        "coffee",
        "agriculture",
        "coffee",
        {
            "R": ("云南咖啡生豆种植合作社", "green coffee growers' cooperative",
                  "社员种植阿拉比卡咖啡3万亩", "our members farm 5,000 acres of arabica"),
            "M": ("咖啡烘焙企业", "specialty coffee roaster",
                  "日烘焙能力20吨", "we roast 20 tonnes a day"),
            "D": ("餐饮食材批发商", "foodservice wholesaler",
                  "覆盖连锁餐厅2000家", "we deliver to 2,000 restaurants"),
            "E": ("连锁咖啡品牌", "coffee shop chain",
                  "门店超过600家", "600 cafés in twelve states"),
        },
    ),
    (
        "generics",
        "healthcare",
        "generic drugs",
        {
            "R": ("原料药生产企业", "active pharmaceutical ingredient manufacturer",
                  "通过FDA现场检查的原料药品种40个", "40 APIs made in FDA-inspected plants"),
            "M": ("仿制药制剂企业", "generic drug formulator",
                  "固体制剂年产能30亿片", "three billion tablets a year"),
            "D": ("医药批发配送企业", "pharmaceutical wholesaler",
                  "配送网络覆盖全省医院", "we ship to 9,000 pharmacies"),
            "E": ("连锁药房集团", "pharmacy chain",
                  "旗下药店1500家", "1,500 drugstores across the Midwest"),
        },
    ),
    (
        "powerchip",
        "science-technology",
        "power semiconductors",
        {
            "R": ("半导体硅片供应商", "silicon wafer supplier",
                  "8英寸与12英寸抛光片", "polished 8- and 12-inch wafers"),
            "M": ("IGBT功率芯片设计与制造企业", "IGBT power chip maker",
                  "拥有自有晶圆产线", "our own fab in Arizona"),
            "D": ("电子元器件分销商", "electronic components distributor",
                  "代理线超过80条", "80 franchised lines"),
            "E": ("工业变频器制造商", "industrial drive and inverter maker",
                  "变频器年出货50万台", "we ship 500,000 motor drives a year"),
        },
    ),
    (
        "furniture",
        "manufacturing",
        "furniture",
        {
            "R": ("硬木板材供应商", "hardwood lumber supplier",
                  "FSC认证橡木与胡桃木", "FSC-certified oak and walnut"),
            "M": ("实木家具工厂", "solid-wood furniture factory",
                  "年出口集装箱1200个", "1,200 containers of furniture a year"),
            "D": ("家具进口批发商", "furniture importer and wholesaler",
                  "向家居零售商供货", "we supply 300 home-furnishing stores"),
            "E": ("酒店集团", "hotel group",
                  "每年新开酒店20家", "twenty new hotels a year to furnish"),
        },
    ),
    (
        "garment",
        "manufacturing",
        "garments",
        {
            "R": ("有机棉纱线纺纱厂", "organic cotton yarn spinner",
                  "纱线年产1.5万吨", "15,000 tonnes of yarn a year"),
            "M": ("服装代工厂", "garment factory",
                  "针织服装月产能100万件", "one million knitted garments a month"),
            "D": ("服装进口商", "apparel importer",
                  "为百货公司供货", "we supply department stores nationwide"),
            "E": ("时尚品牌", "fashion brand",
                  "线上线下年销售额20亿元", "sold online and in 90 stores"),
        },
    ),
    (
        "ebus",
        "transportation",
        "electric buses",
        {
            "R": ("动力电池包供应商", "battery pack supplier",
                  "为商用车提供磷酸铁锂电池包", "LFP packs for heavy vehicles"),
            "M": ("纯电动客车制造商", "electric bus manufacturer",
                  "累计交付电动客车3万辆", "30,000 electric buses delivered"),
            "D": ("客车经销商", "bus dealer",
                  "负责售后与备件", "sales, service and parts in five states"),
            "E": ("城市公交集团", "city transit agency",
                  "运营公交线路300条", "we run 300 bus routes"),
        },
    ),
    (
        "animation",
        "entertainment",
        "animated series",
        {
            "R": ("三维美术外包工作室", "3D art outsourcing studio",
                  "美术团队400人", "400 artists for modelling and rigging"),
            "M": ("动画制作公司", "animation studio",
                  "出品动画剧集20部", "twenty animated series produced"),
            "D": ("影视版权发行公司", "content distribution and licensing agency",
                  "版权销往40个国家", "we license shows into 40 countries"),
            "E": ("视频流媒体平台", "streaming platform and broadcaster",
                  "付费用户5000万", "fifty million subscribers"),
        },
    ),
    (
        "desal",
        "water",
        "desalination plants",
        {
            "R": ("反渗透膜生产企业", "reverse-osmosis membrane producer",
                  "膜元件年产100万支", "one million membrane elements a year"),
            "M": ("海水淡化成套设备制造商", "desalination plant equipment maker",
                  "单套日产淡水5万吨", "skids of 50,000 m3 per day"),
            "D": ("水处理设备经销商", "water treatment equipment dealer",
                  "服务沿海工业园区", "we serve coastal industrial parks"),
            "E": ("市政水务公司", "municipal water utility",
                  "供水人口300万", "we supply three million residents"),
        },
    ),
]  # fmt: skip

# {noun}: what the company is; {detail}; {want}: the noun of what it seeks; {name}.
HOLDOUT_TEMPLATES = {
    "zh_offer": [
        "{name}成立于2012年，是一家{noun}。{detail}。",
        "{detail}。公司定位为{noun}。",
        "国家高新技术企业，{noun}，{detail}。",
    ],
    "zh_seek": [
        "诚征美国{want}。",
        "此次随团访美，重点物色{want}。",
        "盼与美国{want}建立合作关系。",
        "目标：结识一家美国{want}。",
        "有意与北美{want}洽谈。",
    ],
    "en_offer": [
        "{name} operates as a {noun}: {detail}.",
        "Family-owned {noun} since 1987; {detail}.",
        "{name}: {noun}, {detail}.",
    ],
    "en_seek": [
        "We'd like to meet a {want} in China.",
        "Hoping to find a Chinese {want}.",
        "Partner sought: a {want} in China.",
        "Our priority on this trip is a dependable Chinese {want}.",
        "Keen to talk to a {want} from China.",
    ],
}


# roles_holdout2 (written after the seek-sentence model, which the first run of roles_holdout
# prompted, and committed before the engine's first run on it): the same chains, other
# templates, and seek sentences that often do not name the other country (two in five
# without a cue word, three in five without the country).
HOLDOUT2_TEMPLATES = {
    "zh_offer": [
        "本企业是{noun}，{detail}。",
        "{name}：{noun}。{detail}。",
        "主营{noun}业务，{detail}。",
    ],
    "zh_seek": [
        "寻求与{want}的长期合作。",
        "急盼对接一家{want}。",
        "下一步重点是开拓美国{want}渠道。",
        "期望找到合适的{want}。",
        "很想认识可靠的{want}。",
    ],
    "en_offer": [
        "An established {noun}; {detail}.",
        "At {name} we are a {noun}, and {detail}.",
        "{name} ({noun}): {detail}.",
    ],
    "en_seek": [
        "Searching for a {want}.",
        "What we need now is a {want} from China.",
        "A {want} in China is our target.",
        "Happy to talk with any {want}.",
        "Introductions to a {want} would help us.",
    ],
}

# roles_holdout3 (written after the seek-sentence model was refitted with sentences that name
# no country, which roles_holdout2's first run prompted; committed before the engine's first
# run on it): the same chains, templates of its own.
HOLDOUT3_TEMPLATES = {
    "zh_offer": [
        "{name}是业内知名的{noun}；{detail}。",
        "我们是{noun}。{detail}。",
        "{detail}——这是{name}作为{noun}的实力。",
    ],
    "zh_seek": [
        "现阶段最需要的是{want}。",
        "此次访美，想结识{want}。",
        "{want}是我们的首选伙伴。",
        "我们的合作对象：{want}。",
        "谁是合适的{want}？欢迎来谈。",
    ],
    "en_offer": [
        "We're a {noun}, {detail}.",
        "{name} is known as a {noun}; {detail}.",
        "For twenty years a {noun}: {detail}.",
    ],
    "en_seek": [
        "Seeking introductions to a {want} in China.",
        "A good fit for us would be a {want}.",
        "We would like to find a Chinese {want}.",
        "On our list: a {want} from China.",
        "Any {want} out there?",
    ],
}

# roles_holdout4 (written after roles_holdout3's first run, with no change to the engine since
# that run; committed before the engine's first run on it): a second clean figure.
HOLDOUT4_TEMPLATES = {
    "zh_offer": [
        "{name}，{noun}，{detail}。",
        "作为一家{noun}，{name}{detail}。",
        "本公司属于{noun}，{detail}。",
    ],
    "zh_seek": [
        "希望通过本次活动结识美国{want}。",
        "我们在找美国的{want}。",
        "想与{want}建立供货关系。",
        "寻找{want}作为长期伙伴。",
        "有兴趣的{want}请与我们联系。",
    ],
    "en_offer": [
        "{name} is a {noun}: {detail}.",
        "As a {noun}, {detail}.",
        "{name}, {noun}; {detail}.",
    ],
    "en_seek": [
        "Looking for a {want} in China.",
        "We hope to meet a Chinese {want} at the summit.",
        "Chinese {want}: please get in touch.",
        "We are open to working with a {want} from China.",
        "A long-term relationship with a Chinese {want} is what we want.",
    ],
}

# roles_holdout5 (written after the cue changes that roles_holdout4's misses prompted;
# committed before the engine's first run on it): the same chains, templates of its own.
HOLDOUT5_TEMPLATES = {
    "zh_offer": [
        "{name}（{noun}）：{detail}。",
        "{detail}，{name}是一家有二十年历史的{noun}。",
        "简介：{noun}，{detail}。",
    ],
    "zh_seek": [
        "本次来美目的：与{want}签订合作协议。",
        "欢迎{want}来函洽谈。",
        "重点寻找北美{want}。",
        "期待与美国{want}面谈。",
        "希望结交一两家可靠的{want}。",
    ],
    "en_offer": [
        "{name}, {noun}; {detail}.",
        "We have been a {noun} since 2004: {detail}.",
        "Profile: {noun}, {detail}.",
    ],
    "en_seek": [
        "Goal of this trip: sign with a {want} from China.",
        "We seek a Chinese {want}.",
        "Would welcome contact from any {want} in China.",
        "Keen to find a {want} in China.",
        "Any Chinese {want} interested in a partnership?",
    ],
}


def main() -> None:
    """Write the sets and their gold files."""
    sets = {
        "roles_holdout": build(HOLDOUT_CHAINS, HOLDOUT_TEMPLATES, (4, 7), seed=71, prefix="x"),
        "roles_holdout2": build(HOLDOUT_CHAINS, HOLDOUT2_TEMPLATES, (4, 7), seed=83, prefix="y"),
        "roles_holdout3": build(HOLDOUT_CHAINS, HOLDOUT3_TEMPLATES, (4, 7), seed=97, prefix="z"),
        "roles_holdout4": build(HOLDOUT_CHAINS, HOLDOUT4_TEMPLATES, (4, 7), seed=113, prefix="w"),
        "roles_holdout5": build(HOLDOUT_CHAINS, HOLDOUT5_TEMPLATES, (4, 7), seed=131, prefix="v"),
    }
    for name, (profiles, gold) in sets.items():
        gold["split"] = dict.fromkeys(gold["partners"], "held-out")  # type: ignore[arg-type]
        for file, data in ((name, profiles), (f"{name}_gold", gold)):
            (HERE / f"{file}.json").write_text(
                json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8"
            )
        orgs = profiles["organizations"]
        assert isinstance(orgs, list)
        cn = sum(o["side"] == "CN" for o in orgs)
        partners = len(gold["partners"])  # type: ignore[arg-type]
        print(f"{name}: {cn} CN x {len(orgs) - cn} US, {partners} with a partner")


if __name__ == "__main__":
    main()
