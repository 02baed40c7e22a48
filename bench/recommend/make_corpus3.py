# ruff: noqa: E501, E741, PLR0917, PLW2901, RUF059  (a data generator: phrases are data, O/S/X are the kinds)
"""Write training corpus 3 for the partner recommender: ``roles_corpus3.json``,
``roles_corpus3_gold.json`` and ``roles_corpus3_segments.json``.

    python bench/recommend/make_corpus3.py

Standard library only and deterministic (``random.Random(SEED)``).

* Ten consumer-goods value chains (backpacks, yoga mats, ceramic vases, baby strollers, hair
  dryers, perfume, board games, phone cases, kids' kick scooters, leather wallets), each with
  the stages R (material / key component), M (maker), D (distributor, importer, agent) and
  E (end buyer: retail chain, studio chain, hotel group, gift buyer...).
* 40 CN and 70 US companies, 4 CN and 7 US per chain: every CN company has a gold US partner,
  and beside it a US competitor, a US company offering what it seeks but seeking something
  else, one wanting its product but offering nothing it wants, and the rest of the chain.
* Five ways of writing, each in both languages: a third party introducing the company, a
  business chat group message, a classified ad, a LinkedIn-style post by the owner, and a
  secretariat officer's shorthand registration note.
* Hard cases: customers already served named in the offer (not sought), negated wants,
  role nouns inside company names, wants naming only role and country, and wants of the
  maker's input named by its material.

Every description is built from segments labelled ``offer``, ``seek`` or ``other``; the
segments file keeps them, and their texts concatenate to the description exactly.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 3_2027
NAME = "roles_corpus3"
PREFIX = "k3"
N_CN, N_US = 4, 7

# ---------------------------------------------------------------------------------------------
# Data: chains.  stage -> (zh nouns, en nouns, zh details, en details); details are
# location-neutral so either side can use them.  Last: the maker's input named by material.
# ---------------------------------------------------------------------------------------------
Stage = tuple[list[str], list[str], list[str], list[str]]
CHAINS: list[tuple[str, dict[str, Stage], tuple[str, str]]] = [
    ("backpack", {
        "R": (["箱包面料厂", "涤纶牛津布织造厂", "尼龙面料供应商"],
              ["bag fabric mill", "ripstop nylon weaver", "coated textile supplier"],
              ["600D、900D牛津布月产200万米", "主做PU涂层防泼水面料，色卡120个"],
              ["2 million meters of 600D polyester a month", "PU-coated water-repellent nylon in 120 colors"]),
        "M": (["背包工厂", "箱包贴牌厂", "双肩包生产企业"],
              ["backpack factory", "OEM bag maker", "daypack manufacturer"],
              ["缝纫线12条，月产背包15万只", "承接户外品牌OEM/ODM，打样7天"],
              ["12 sewing lines and 150,000 backpacks a month", "OEM/ODM work for outdoor brands, samples in 7 days"]),
        "D": (["箱包批发商", "背包一级代理", "箱包进口商"],
              ["bag wholesaler", "backpack importer", "luggage and bag distributor"],
              ["仓库常备背包8万只", "代理背包品牌6个"],
              ["80,000 backpacks in stock", "six backpack brands in the catalog"]),
        "E": (["户外用品连锁", "书包统一采购单位", "企业礼品采购商"],
              ["outdoor retail chain", "school supply buyer", "corporate gifting company"],
              ["每年采购背包30万只", "年采购额约2000万元"],
              ["300,000 backpacks bought a year", "a $12 million annual buying budget"]),
    }, ("600D涤纶牛津布", "420D ripstop nylon")),
    ("yogamat", {
        "R": (["TPE发泡材料厂", "天然橡胶片材供应商", "瑜伽垫原材料供应商"],
              ["TPE foam producer", "natural rubber sheet supplier", "mat material supplier"],
              ["TPE发泡卷材和天然橡胶片材年产6000吨", "4mm至8mm卷材，密度可定制"],
              ["6,000 tonnes of TPE foam and rubber sheet a year", "4 to 8 mm roll stock in custom densities"]),
        "M": (["瑜伽垫工厂", "健身垫生产商", "运动地垫厂"],
              ["yoga mat manufacturer", "fitness mat factory", "exercise mat maker"],
              ["月产瑜伽垫40万片，支持激光刻字", "PU天然橡胶垫和TPE垫两条线"],
              ["400,000 mats a month with laser engraving", "PU-rubber and TPE mat lines"]),
        "D": (["运动器材批发商", "健身用品经销商", "瑜伽用品代理商"],
              ["fitness equipment distributor", "sporting goods wholesaler", "yoga gear importer"],
              ["仓储面积1.2万平方米", "瑜伽辅具SKU 600多个"],
              ["a 120,000 sq ft warehouse", "more than 600 yoga SKUs"]),
        "E": (["瑜伽馆连锁", "连锁健身房", "普拉提连锁品牌"],
              ["yoga studio chain", "gym chain", "boutique fitness operator"],
              ["直营门店85家", "会员12万人"],
              ["85 locations", "120,000 members"]),
    }, ("6mm TPE发泡卷材", "natural tree rubber sheet")),
    ("vase", {
        "R": (["陶瓷泥料厂", "釉料供应商", "陶瓷原料公司"],
              ["kaolin clay supplier", "glaze manufacturer", "ceramic raw material supplier"],
              ["泥料和釉料年供应3万吨", "釉料色号500多个，泥料可按配方定制"],
              ["30,000 tonnes of clay bodies and glazes a year", "500+ glaze colors and custom clay bodies"]),
        "M": (["陶瓷花瓶厂", "陶艺工作室", "日用陶瓷厂"],
              ["ceramic vase maker", "pottery studio", "ceramics factory"],
              ["窑炉4座，月产花瓶10万件", "手工拉坯，可做哑光釉和窑变釉"],
              ["4 kilns and 100,000 vases a month", "hand-thrown pieces in matte and reactive glazes"]),
        "D": (["家居饰品批发商", "礼品进口商", "软装供应链公司"],
              ["home décor wholesaler", "giftware importer", "home accessories distributor"],
              ["每年上新SKU 800个", "样品间2000平方米"],
              ["800 new SKUs a year", "a 20,000 sq ft showroom"]),
        "E": (["连锁花店", "酒店集团", "婚庆布置公司"],
              ["florist chain", "hotel group", "event décor company"],
              ["每年采购花瓶8万件", "花器年采购预算500万元"],
              ["80,000 vases bought a year", "a $700,000 yearly budget for vases"]),
    }, ("高白泥和釉料", "kaolin clay and glaze")),
    ("stroller", {
        "R": (["童车配件厂", "推车车架与车轮供应商", "童车零部件厂"],
              ["stroller parts supplier", "frame and wheel supplier", "wheel and frame component maker"],
              ["车架铝管和EVA轮年供应80万套", "6061铝管、EVA轮、刹车件都能配套"],
              ["800,000 sets of frame tubing and EVA wheels a year", "6061 tubing, EVA wheels and brakes from one source"]),
        "M": (["童车厂", "婴儿推车制造商", "母婴用品代工厂"],
              ["stroller manufacturer", "baby gear OEM", "pram factory"],
              ["年产婴儿推车60万台", "一键收车和高景观推车都能做"],
              ["600,000 strollers a year", "one-hand fold and travel-system models"]),
        "D": (["母婴用品代理商", "童车批发商", "母婴进口商"],
              ["juvenile products distributor", "baby products importer", "stroller wholesaler"],
              ["代理品牌十余个", "分仓5个"],
              ["a dozen brands in the catalog", "five regional warehouses"]),
        "E": (["母婴连锁店", "婴儿用品租赁公司", "月子中心连锁"],
              ["baby store chain", "baby gear rental service", "children's department store chain"],
              ["网点230个", "每年采购推车2万台"],
              ["230 locations", "20,000 strollers bought a year"]),
    }, ("6061铝合金管材", "6061 aluminum tubing")),
    ("hairdryer", {
        "R": (["高速电机厂", "吹风机电机供应商", "无刷电机生产商"],
              ["brushless motor maker", "motor supplier", "small-motor manufacturer"],
              ["11万转无刷电机月产30万台", "高速马达年出货300万台"],
              ["300,000 brushless motors a month at 110,000 rpm", "3 million high-speed motors a year"]),
        "M": (["吹风机代工厂", "小家电制造商", "电吹风生产企业"],
              ["hair dryer OEM", "small appliance manufacturer", "hair tool maker"],
              ["月产吹风机50万台", "负离子、高速吹风机全系列"],
              ["500,000 dryers a month", "ionic and high-speed dryer ranges"]),
        "D": (["美发用品批发商", "小家电经销商", "美容美发器材代理"],
              ["beauty supply distributor", "appliance importer", "salon equipment dealer"],
              ["库存SKU 2000个", "代理吹风机品牌5个"],
              ["2,000 SKUs in stock", "five dryer brands"]),
        "E": (["酒店集团", "连锁美发沙龙", "健身会所连锁"],
              ["hotel chain", "salon chain", "health club operator"],
              ["每年采购吹风机4万台", "在营网点120家"],
              ["40,000 dryers bought a year", "120 locations"]),
    }, ("高速无刷电机", "high-speed brushless motors")),
    ("perfume", {
        "R": (["香精香料公司", "调香公司", "精油供应商"],
              ["fragrance house", "fragrance oil supplier", "essential oil distiller"],
              ["香精配方库3000多个", "薰衣草和玫瑰精油年产40吨"],
              ["a library of 3,000 fragrance formulas", "40 tonnes of lavender and rose oil a year"]),
        "M": (["香水灌装厂", "香水代工企业", "香氛产品生产商"],
              ["perfume contract filler", "fragrance manufacturer", "private-label perfume maker"],
              ["日灌装香水5万瓶", "30ml至100ml全规格"],
              ["50,000 bottles filled a day", "30 to 100 ml formats"]),
        "D": (["香水进口商", "免税渠道经销商", "美妆批发商"],
              ["fragrance importer", "duty-free distributor", "beauty wholesaler"],
              ["代理香水品牌20个", "货品进入机场免税店40家"],
              ["20 perfume brands", "stock in 40 airport duty-free shops"]),
        "E": (["美妆集合店连锁", "酒店集团", "精品百货"],
              ["beauty retail chain", "hotel group", "department store chain"],
              ["每年采购香水及香氛30万瓶", "网点300个，统一采购"],
              ["300,000 bottles of fragrance bought a year", "300 locations buying centrally"]),
    }, ("定制香精", "fragrance oils")),
    ("boardgame", {
        "R": (["纸板厂", "卡牌纸供应商", "桌游纸品原料厂"],
              ["board mill", "card stock supplier", "greyboard and card stock supplier"],
              ["2mm灰板和黑芯卡牌纸年产5万吨", "灰板、卡牌纸、铜版纸都有现货"],
              ["50,000 tonnes of greyboard and black-core card stock a year", "greyboard, card stock and art paper in stock"]),
        "M": (["桌游印刷厂", "卡牌游戏生产商", "益智玩具厂"],
              ["board game manufacturer", "card game printer", "tabletop game factory"],
              ["海德堡四色机6台，年产桌游200万盒", "定制骰子和亚克力配件都能自己做"],
              ["2 million game boxes a year", "custom dice and acrylic standees in-house"]),
        "D": (["桌游发行商", "玩具批发商", "桌游代理商"],
              ["game distributor", "hobby distributor", "toy and game wholesaler"],
              ["代理外版桌游120款", "仓库常备桌游5万盒"],
              ["120 titles in the catalog", "50,000 games in stock"]),
        "E": (["桌游吧连锁", "玩具零售连锁", "剧本杀门店连锁"],
              ["board game café chain", "toy and hobby retailer", "family entertainment center operator"],
              ["门店45家", "每年采购桌游3万套"],
              ["45 locations", "30,000 games bought a year"]),
    }, ("2mm灰板和卡牌纸", "greyboard and card stock")),
    ("phonecase", {
        "R": (["TPU改性料厂", "塑胶原料商", "工程塑料供应商"],
              ["TPU compounder", "plastic resin supplier", "engineering plastics supplier"],
              ["TPU、PC粒子年供应8000吨", "防黄变TPU和PC粒子现货1000吨"],
              ["8,000 tonnes of TPU and PC resin a year", "1,000 tonnes of anti-yellowing TPU in stock"]),
        "M": (["手机壳工厂", "手机配件生产商", "保护壳注塑厂"],
              ["phone case maker", "mobile accessory manufacturer", "case molding shop"],
              ["注塑机80台，日产手机壳10万只", "新机型上市7天出模"],
              ["80 molding machines and 100,000 cases a day", "tooling for new models in 7 days"]),
        "D": (["手机配件批发商", "数码配件代理商", "3C配件分销商"],
              ["mobile accessories distributor", "electronics accessories wholesaler", "cell phone accessory importer"],
              ["档口3个，月出货200万只", "代理配件品牌9个"],
              ["2 million cases shipped a month", "nine accessory brands"]),
        "E": (["手机维修连锁", "运营商营业厅渠道", "手机零售连锁"],
              ["phone repair chain", "carrier store operator", "cell phone retail chain"],
              ["门店500家", "每年采购手机壳60万只"],
              ["500 storefronts", "600,000 cases bought a year"]),
    }, ("防黄变TPU粒子", "anti-yellowing TPU pellets")),
    ("scooter", {
        "R": (["滑板车配件厂", "PU轮及踏板供应商", "滑板车零部件厂"],
              ["scooter parts supplier", "wheel and deck supplier", "scooter component maker"],
              ["PU发光轮月产100万只，铝踏板配套", "PU轮、铝合金踏板、折叠件全套供应"],
              ["a million light-up PU wheels a month plus decks", "PU wheels, aluminum decks and folding joints"]),
        "M": (["滑板车厂", "儿童滑板车生产商", "童车玩具厂"],
              ["kick scooter manufacturer", "kids' scooter factory", "ride-on toy maker"],
              ["年产儿童滑板车80万台", "三轮、两轮、可折叠款都有"],
              ["800,000 kids' scooters a year", "three-wheel, two-wheel and folding models"]),
        "D": (["滑板车批发商", "体育用品代理商", "玩具进口商"],
              ["scooter importer", "sporting goods distributor", "toy wholesaler"],
              ["仓库3个", "年销售滑板车20万台"],
              ["three warehouses", "200,000 scooters sold a year"]),
        "E": (["体育用品零售连锁", "玩具店连锁", "百货连锁"],
              ["sporting goods chain", "toy store chain", "department store group"],
              ["门店340家", "每年采购滑板车6万台"],
              ["340 stores", "60,000 scooters bought a year"]),
    }, ("PU发光轮和铝合金踏板", "PU light-up wheels")),
    ("wallet", {
        "R": (["制革厂", "皮革供应商", "牛皮革生产商"],
              ["tannery", "leather supplier", "cowhide leather producer"],
              ["头层牛皮月产30万平方英尺", "植鞣革颜色40种"],
              ["300,000 square feet of full-grain cowhide a month", "veg-tan leather in 40 colors"]),
        "M": (["皮具厂", "钱包加工厂", "皮具贴牌厂"],
              ["leather goods workshop", "wallet manufacturer", "private-label leather goods maker"],
              ["月产钱包卡包12万只", "手工车线，可做RFID防盗刷款"],
              ["120,000 wallets and card holders a month", "hand-stitched and RFID-blocking lines"]),
        "D": (["皮具批发商", "男士配饰代理商", "礼品进口商"],
              ["accessories wholesaler", "leather goods distributor", "men's accessories importer"],
              ["代理品牌8个", "常备库存钱包3万只"],
              ["eight brands", "30,000 wallets in stock"]),
        "E": (["男装连锁", "企业礼品采购商", "百货公司"],
              ["menswear chain", "corporate gift buyer", "department store group"],
              ["年采购钱包5万只", "皮具年采购额800万元"],
              ["50,000 wallets bought a year", "$1.5 million of leather goods bought a year"]),
    }, ("头层牛皮", "full-grain cowhide")),
]  # fmt: skip

NEIGHBOURS = {"R": ("M",), "M": ("R", "D", "E"), "D": ("M", "E"), "E": ("M", "D")}
ORDER = "RMDE"

# Role nouns without the product: for "a want that names only the role and the country" and
# for negated wants.
GENERIC_ZH = {
    "R": ["原料供应商", "材料商", "原料厂"],
    "M": ["工厂", "生产厂家", "制造商", "代工厂"],
    "D": ["经销商", "代理商", "进口商", "批发商"],
    "E": ["终端客户", "零售商", "终端采购方"],
}
GENERIC_EN = {
    "R": ["raw material supplier", "materials vendor"],
    "M": ["factory", "manufacturer", "OEM"],
    "D": ["distributor", "importer", "wholesaler"],
    "E": ["retail buyer", "end customer", "retailer"],
}

# How the wanted partner's country is said. {n} = role noun.
COUNTRY_ZH = {"CN": ["美国{n}", "北美{n}", "美国本土{n}"], "US": ["中国{n}", "国内{n}"]}
COUNTRY_EN = {
    "CN": [
        "US {n}",
        "American {n}",
        "{n} in the US",
        "{n} based in the States",
        "North American {n}",
    ],
    "US": ["Chinese {n}", "{n} in China", "China-based {n}", "{n} from China"],
}

# ---------------------------------------------------------------------------------------------
# Data: names and places.
# ---------------------------------------------------------------------------------------------
CN_CITIES = [
    "义乌",
    "宁波",
    "东莞",
    "温州",
    "泉州",
    "德化",
    "景德镇",
    "平湖",
    "深圳",
    "广州",
    "嘉兴",
    "台州",
    "晋江",
    "杭州",
    "苏州",
    "佛山",
    "汕头",
    "中山",
]
CN_PINYIN = ["Yiwu", "Ningbo", "Dongguan", "Wenzhou", "Quanzhou", "Xiamen", "Shenzhen", "Jiaxing"]
CN_BRANDS = [
    "恒达",
    "鑫源",
    "嘉禾",
    "瑞丰",
    "佳美",
    "华拓",
    "锦程",
    "正泰",
    "悦享",
    "博雅",
    "优品",
    "联创",
    "盛世",
    "蓝海",
    "三禾",
    "宏图",
]
CN_BRAND_PY = ["Hengda", "Xinyuan", "Jiahe", "Ruifeng", "Jiamei", "Huatuo", "Jincheng", "Youpin"]
# Industry words in names: several are role nouns (贸易, 制造, 供应链), often not the company's
# own role -- a hard case.
CN_IND = [
    "科技",
    "实业",
    "贸易",
    "工贸",
    "进出口",
    "日用品",
    "家居用品",
    "制造",
    "供应链",
    "商贸",
    "文化用品",
]
CN_IND_EN = [
    "Industrial",
    "Trading",
    "Technology",
    "Import & Export",
    "Manufacturing",
    "Supply Chain",
]
US_W1 = [
    "Harbor",
    "Summit",
    "Prairie",
    "Blue",
    "Granite",
    "Willow",
    "Copper",
    "Maple",
    "Pine",
    "Silver",
    "Red",
    "Iron",
    "Cedar",
    "Golden",
    "North",
    "Sandy",
]
US_W2 = [
    "Ridge",
    "Creek",
    "Lane",
    "Peak",
    "Bay",
    "Hollow",
    "Point",
    "Field",
    "Brook",
    "Mesa",
    "Gate",
    "Bend",
]
US_SUFFIX = [
    "LLC",
    "Inc.",
    "Co.",
    "Group",
    "Brands",
    "Supply Co.",
    "Distributors Inc.",
    "Manufacturing LLC",
    "Trading Co.",
    "Imports LLC",
    "Goods Co.",
    "Outfitters",
    "Retail Group",
]
US_CITIES = [
    "Los Angeles",
    "Dallas",
    "Atlanta",
    "Chicago",
    "Newark",
    "Portland",
    "Denver",
    "Charlotte",
    "Columbus",
    "Phoenix",
    "Salt Lake City",
    "Miami",
    "Seattle",
    "Minneapolis",
]
US_CITIES_ZH = ["洛杉矶", "达拉斯", "亚特兰大", "芝加哥", "纽约", "西雅图", "迈阿密", "休斯顿"]
SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙"]
FIRST_NAMES = ["Mike", "Sarah", "Dave", "Jen", "Carlos", "Priya", "Tom", "Linda", "Kevin", "Maria"]

# ---------------------------------------------------------------------------------------------
# Data: templates.  A template is a list of (text, kind) pieces; placeholders:
#   {name} {noun} {Noun} {noun_pl} {detail} {Detail} {city} {year} {k} {sur} {first} {phone}
#   {n4} {want} {a_want} {Want} (seek only).
# ---------------------------------------------------------------------------------------------
T = list[tuple[str, str]]
O, S, X = "offer", "seek", "other"

GENRES: dict[str, dict[str, dict[str, list[T]]]] = {
    "third-party introduction": {
        "zh": {
            "open": [[("推荐一家企业：", X)], [("给大家介绍一位朋友的公司。", X)],
                     [("各位好，帮朋友推荐一家公司。", X)], [("经朋友介绍认识了{name}，在此推荐给各位。", X)]],
            "offer": [
                [("{name}，{noun}，{detail}。", O)],
                [("{name}是一家{noun}，{detail}。", O)],
                [("他们在{city}，{year}年成立，", X), ("是当地口碑不错的{noun}，{detail}。", O)],
                [("老板{sur}总在这行干了十几年，", X), ("公司是{noun}，{detail}。", O)],
                [("{name}（{city}）主营：{noun}，{detail}。", O)],
                [("据我了解，{name}{detail}，算是业内比较扎实的{noun}。", O)],
                [("这是我合作过的一家{noun}，{detail}，品质稳定。", O)],
            ],
            "seek": [
                [("他们这次想找{want}。", S)],
                [("{sur}总托我问问：有没有{want}愿意合作？", S)],
                [("对方目前最需要的是{want}。", S)],
                [("如果您是{want}，欢迎联系我对接。", S)],
                [("用{sur}总的话说：“就缺一家靠谱的{want}。”", S)],
                [("下一步他们打算签下一家{want}。", S)],
                [("合作方向：{want}。", S)],
            ],
            "other": [[("员工两百来人。", X)], [("已通过ISO 9001认证。", X)], [("人很实在，回复也快。", X)],
                      [("有兴趣的可以找我要联系方式。", X)]],
        },
        "en": {
            "open": [[("Let me introduce {name}.", X)], [("Happy to introduce a company I know well.", X)],
                     [("A quick introduction on behalf of a friend:", X)], [("I'd like to put {name} on your radar.", X)]],
            "offer": [
                [("{name} is a {noun} based in {city}, with {detail}.", O)],
                [("They are a {noun} — {detail}.", O)],
                [("Founded in {year}, ", X), ("{name} works as a {noun} ({detail}).", O)],
                [("I have worked with {name} for years: a solid {noun} with {detail}.", O)],
                [("{name}, out of {city}, is one of the better {noun_pl} I know, with {detail}.", O)],
                [("In short: {noun}, {detail}.", O)],
                [("The owner, {first}, built it into a {noun} with {detail}.", O)],
            ],
            "seek": [
                [("They are looking for {a_want}.", S)],
                [("What they need now is {a_want}.", S)],
                [("If you are {a_want}, or know one, I'd be glad to connect you.", S)],
                [("In the owner's words: \"we need a reliable {want}.\"", S)],
                [("Their plan for next year is to sign {a_want}.", S)],
                [("Could anyone point them to {a_want}?", S)],
                [("Target partner: {a_want}.", S)],
            ],
            "other": [[("About 120 people on staff.", X)], [("ISO 9001 certified.", X)],
                      [("Good people, quick to reply.", X)], [("Ask me for their contact details.", X)]],
        },
    },
    "chat group message": {
        "zh": {
            "open": [[("各位老板好👋", X)], [("群里问一下🙏", X)], [("大家好，新人报到～", X)], [("@所有人 打扰一下", X)]],
            "offer": [
                [("我们是{noun}，{detail}", O)],
                [("{city}{noun}，{detail}💪", O)],
                [("本司：{noun}｜{detail}", O)],
                [("咱家是{noun}，{detail}，价格好谈", O)],
                [("我们这边是{noun}，{detail}✅", O)],
                [("{name}，{noun}，{detail}，有需要的私聊", O)],
            ],
            "seek": [
                [("求对接{want}🙏", S)],
                [("有没有认识{want}的？介绍一下", S)],
                [("想找{want}，有资源的兄弟私我", S)],
                [("目前缺{want}，长期合作", S)],
                [("谁手上有{want}的资源？🤝", S)],
                [("{want}请私聊，诚意合作", S)],
                [("如果群里有{want}，加个微信聊聊😄", S)],
            ],
            "other": [[("在线等", X)], [("谢谢各位🙏", X)], [("样品可以寄", X)], [("同行也欢迎交流哈", X)]],
        },
        "en": {
            "open": [[("Hey all 👋", X)], [("Quick q for the group:", X)], [("hi folks, new here", X)], [("Morning everyone ☕", X)]],
            "offer": [
                [("we're a {noun} in {city}, {detail}", O)],
                [("{name} here - {noun}, {detail} 💪", O)],
                [("fyi: {noun}, {detail}, MOQ flexible", O)],
                [("{noun} w/ {detail}", O)],
                [("our biz = {noun}, {detail} ✅", O)],
                [("{Noun} based in {city}, {detail}", O)],
            ],
            "seek": [
                [("anyone know a good {want}? 🙏", S)],
                [("looking for {a_want}, DM me", S)],
                [("need {a_want} asap", S)],
                [("pls intro any {want} 🤝", S)],
                [("if ur {a_want} hmu", S)],
                [("{want} wanted, long term", S)],
                [("who has contacts w/ {a_want}? 👀", S)],
            ],
            "other": [[("thx in advance 🙏", X)], [("samples avail", X)], [("lmk", X)], [("ty!", X)]],
        },
    },
    "classified ad": {
        "zh": {
            "open": [[("【广告】", X)], [("长期有效：", X)], [("【合作信息】", X)]],
            "offer": [
                [("本公司系{noun}，{detail}。", O)],
                [("【简介】{noun}，{detail}。", O)],
                [("{name}系{noun}，{detail}。", O)],
                [("我司为{noun}，{detail}，质优价廉。", O)],
                [("诚信经营的{noun}，{detail}。", O)],
                [("{city}{noun}，{detail}，可看厂验货。", O)],
            ],
            "seek": [
                [("诚招{want}！", S)],
                [("【寻】{want}，长期合作。", S)],
                [("求：{want}一家，条件面谈。", S)],
                [("现寻{want}，有意者速联。", S)],
                [("本司欲与{want}建立合作。", S)],
                [("征{want}合作，价格可谈。", S)],
            ],
            "other": [[("非诚勿扰。", X)], [("电话：138****{n4}", X)], [("联系人：{sur}先生", X)], [("地址：{city}经济开发区", X)]],
        },
        "en": {
            "open": [[("AD —", X)], [("Posted {year}:", X)], [("Classifieds:", X)]],
            "offer": [
                [("Est. {noun} in {city}, {detail}.", O)],
                [("Established {noun} ({detail}).", O)],
                [("{name}, {noun}. {Detail}.", O)],
                [("Ad by {name} ({noun}, {detail}).", O)],
                [("Experienced {noun}, {detail}.", O)],
                [("{Noun} in {city}: {detail}.", O)],
            ],
            "seek": [
                [("Wanted: {want}.", S)],
                [("WANTED — {a_want} for long-term work.", S)],
                [("Seeking {want}.", S)],
                [("Looking for: {want}.", S)],
                [("Partner needed: {want}, terms negotiable.", S)],
                [("{Want} sought; reply with references.", S)],
            ],
            "other": [[("Call {phone}.", X)], [("No brokers.", X)], [("Serious inquiries only.", X)], [("Contact: {first}, {phone}.", X)]],
        },
    },
    "owner's personal post": {
        "zh": {
            "open": [[("创业第{k}年，想和大家聊聊。", X)], [("今天想分享一点近况。", X)],
                     [("很多朋友问我最近在忙什么。", X)], [("感恩这一路帮过我的人🙏", X)]],
            "offer": [
                [("我{year}年创办了{name}，", X), ("现在是一家{noun}，{detail}。", O)],
                [("我的公司{name}是一家{noun}，{detail}。", O)],
                [("作为一家{noun}的负责人，我最骄傲的是{detail}。", O)],
                [("我经营的{name}（{noun}）如今{detail}。", O)],
                [("我只做一件事——当好{noun}，{detail}。", O)],
                [("我的团队在{city}，是一家{noun}，{detail}。", O)],
            ],
            "seek": [
                [("今年我最想做成的一件事：找到一家{want}。", S)],
                [("我正在寻找{want}，欢迎私信。", S)],
                [("如果你是{want}，我很想和你聊聊。", S)],
                [("我的下一步计划，是和{want}建立长期合作。", S)],
                [("有没有朋友能帮我引荐{want}？", S)],
                [("我的目标很清楚——{want}。", S)],
            ],
            "other": [[("#创业 #外贸", X)], [("欢迎转发。", X)], [("感谢每一位客户的信任。", X)], [("上个月我们刚通过了BSCI验厂。", X)]],
        },
        "en": {
            "open": [[("{k} years ago I started {name} with two people.", X)], [("A little personal update.", X)],
                     [("I don't post often, but this one matters.", X)], [("Grateful for the journey so far 🙏", X)]],
            "offer": [
                [("Today I run a {noun} with {detail}.", O)],
                [("I founded {name}, a {noun} in {city}, and we now have {detail}.", O)],
                [("My team and I are a {noun} — {detail}.", O)],
                [("As owner of {name}, I'm proud of what we've built: {detail}.", O)],
                [("I lead a small but serious {noun} ({detail}).", O)],
                [("What I do: {noun}. What we have: {detail}.", O)],
            ],
            "seek": [
                [("I'm now looking for {a_want}.", S)],
                [("My next step: partnering with {a_want}.", S)],
                [("If you're {a_want}, I'd love to connect.", S)],
                [("I'm hoping to meet {a_want} this year.", S)],
                [("Know {a_want}? I'd appreciate an intro.", S)],
                [("My goal for Q3 is simple: sign {a_want}.", S)],
                [("What I need most right now is {a_want}.", S)],
            ],
            "other": [[("#smallbusiness #sourcing", X)], [("Thanks for reading.", X)],
                      [("Comments and DMs open.", X)], [("We passed our BSCI audit last month.", X)]],
        },
    },
    "registration note": {
        "zh": {
            "open": [[("{n4}号登记。", X)], [("补录：", X)], [("现场登记——", X)]],
            "offer": [
                [("{name}，{noun}，{detail}；", O)],
                [("{name}：{noun}（{detail}），", O)],
                [("{name}，属{noun}，{detail}，", O)],
                [("{name}——{noun}，{city}，{detail}；", O)],
                [("{name}，{city}，", X), ("{noun}，{detail}。", O)],
                [("{name}，系{noun}，{detail}，", O)],
            ],
            "seek": [
                [("想见{want}。", S)],
                [("要求对接{want}。", S)],
                [("意向：{want}。", S)],
                [("需{want}。", S)],
                [("拟约{want}面谈。", S)],
                [("对接需求—{want}。", S)],
            ],
            "other": [[("联系人{sur}经理，会费已缴。", X)], [("资料齐。", X)], [("安排下午场。", X)], [("展位待定。", X)]],
        },
        "en": {
            "open": [[("Reg #{n4}.", X)], [("Late entry:", X)], [("Walk-in —", X)]],
            "offer": [
                [("Co. {name} — {noun}, {detail};", O)],
                [("{name}: {noun} ({detail});", O)],
                [("{name} / {city} / {noun}, {detail}.", O)],
                [("Reg: {name}, {noun}; {detail}.", O)],
                [("{name} — {noun} w/ {detail};", O)],
                [("Attendee {name}: {noun}.", O), (" Notes: {detail}.", O)],
            ],
            "seek": [
                [("wants {want}.", S)],
                [("to meet: {want}.", S)],
                [("seeks {want}.", S)],
                [("req. intro to {a_want}.", S)],
                [("interested in {want} only.", S)],
                [("Objective — {want}.", S)],
            ],
            "other": [[("Contact: {first}, fee paid.", X)], [("Docs OK.", X)], [("PM session.", X)], [("Booth TBD.", X)]],
        },
    },
}  # fmt: skip

# Who speaks: the company itself ("we"), a third party ("they") or the secretariat's note.
VOICE = {
    "third-party introduction": "third",
    "chat group message": "first",
    "classified ad": "first",
    "owner's personal post": "first",
    "registration note": "note",
}

# Negated wants: the negated clause is "other", the real want "seek". {neg} / {neg_pl} = a
# generic role noun of a neighbouring stage the company does not want.
NEG = {
    ("zh", "first"): [[("不找{neg}，", X), ("只找{want}。", S)],
                      [("{neg}已经有了，", X), ("现在缺的是{want}。", S)],
                      [("暂不考虑{neg}；", X), ("重点找{want}。", S)],
                      [("我们不需要{neg}，", X), ("要的是{want}。", S)]],
    ("zh", "third"): [[("他们不找{neg}，", X), ("只找{want}。", S)],
                      [("{neg}他们已经有了，", X), ("现在缺的是{want}。", S)],
                      [("对方暂不考虑{neg}，", X), ("重点想见{want}。", S)]],
    ("zh", "note"): [[("不见{neg}，", X), ("只见{want}。", S)],
                     [("已有{neg}，", X), ("需{want}。", S)],
                     [("{neg}不要，", X), ("要{want}。", S)]],
    ("en", "first"): [[("We already have {neg_pl}; ", X), ("what we lack is {a_want}.", S)],
                      [("Not looking for {neg_pl} — ", X), ("only {a_want}.", S)],
                      [("No {neg_pl}, please. ", X), ("We want {a_want}.", S)],
                      [("{Neg_pl} are covered; ", X), ("the gap is {a_want}.", S)]],
    ("en", "third"): [[("They already have {neg_pl}; ", X), ("what they lack is {a_want}.", S)],
                      [("They are not after {neg_pl} — ", X), ("only {a_want}.", S)],
                      [("{Neg_pl} are covered; ", X), ("the gap is {a_want}.", S)]],
    ("en", "note"): [[("has {neg_pl} already; ", X), ("wants {want}.", S)],
                     [("no {neg_pl}; ", X), ("only {want}.", S)],
                     [("NOT {neg_pl} - ", X), ("seeks {want}.", S)]],
}  # fmt: skip

# Wants of the maker's input named by its material, not by a role noun. {mat}
MATERIAL = {
    ("zh", "first"): [[("需要{mat}，月用量不小。", S)], [("长期采购{mat}，求稳定货源。", S)],
                      [("{mat}常年收，量大从优。", S)], [("缺{mat}，", S), ("急用。", X)], [("想进一批{mat}做打样。", S)]],
    ("zh", "third"): [[("他们需要{mat}，月用量不小。", S)], [("对方长期采购{mat}，想找稳定货源。", S)],
                      [("他们缺{mat}，", S), ("比较急。", X)]],
    ("zh", "note"): [[("需{mat}。", S)], [("求购{mat}，", S), ("量大。", X)], [("采购意向：{mat}。", S)]],
    ("en", "first"): [[("We need {mat} in volume.", S)], [("Buying {mat}, ongoing monthly orders.", S)],
                      [("Need a steady supply of {mat}.", S)], [("Sourcing {mat} for next season.", S)],
                      [("Short on {mat} — ", S), ("urgent.", X)]],
    ("en", "third"): [[("They need {mat} in volume.", S)], [("They're buying {mat}, monthly orders.", S)],
                      [("What they're short on is {mat}.", S)]],
    ("en", "note"): [[("needs {mat}.", S)], [("buying {mat}; ", S), ("volume TBC.", X)], [("wants {mat} supply.", S)]],
}  # fmt: skip

# Customers already served (offer) or current suppliers (other), named beside the want: a
# neighbouring stage that is NOT the one sought.  {x} noun, {x_pl} plural, {n} a count.
SERVED = {
    ("zh", "first", "down"): [[("长期为{x}供货。", O)], [("现有客户包括多家{x}。", O)], [("已稳定供应{n}家{x}。", O)], [("主要客户是{x}。", O)]],
    ("zh", "first", "up"): [[("目前主要从{x}进货。", X)], [("已有合作的{x}{n}家。", X)], [("现有{x}供货稳定。", X)]],
    ("zh", "third", "down"): [[("他们长期为{x}供货。", O)], [("客户里有不少{x}。", O)], [("已稳定供应{n}家{x}。", O)]],
    ("zh", "third", "up"): [[("他们目前从{x}进货。", X)], [("已有合作的{x}{n}家。", X)]],
    ("zh", "note", "down"): [[("现供{x}；", O)], [("客户含{x}；", O)], [("供{n}家{x}；", O)]],
    ("zh", "note", "up"): [[("现从{x}拿货；", X)], [("已有{x}供货；", X)]],
    ("en", "first", "down"): [[("We already supply several {x_pl}.", O)], [("Current customers include {x_pl}.", O)], [("Long-time supplier to {n} {x_pl}.", O)]],
    ("en", "first", "up"): [[("We currently buy from two {x_pl}.", X)], [("Our existing {x} relationships are solid.", X)], [("We already source from {x_pl}.", X)]],
    ("en", "third", "down"): [[("They already supply several {x_pl}.", O)], [("Their customers include {x_pl}.", O)], [("Long-time supplier to {n} {x_pl}.", O)]],
    ("en", "third", "up"): [[("They currently buy from two {x_pl}.", X)], [("Their existing {x} relationships are solid.", X)]],
    ("en", "note", "down"): [[("supplies {x_pl} already;", O)], [("customers: {n} {x_pl};", O)]],
    ("en", "note", "up"): [[("buys from {x_pl} now;", X)], [("has {x} suppliers;", X)]],
}  # fmt: skip

# Separators between parts, per genre and language (chosen per document).
JOINERS = {
    "third-party introduction": {"zh": [""], "en": [" "]},
    "chat group message": {"zh": ["\n"], "en": ["\n"]},
    "classified ad": {"zh": ["\n", ""], "en": ["\n", " "]},
    "owner's personal post": {"zh": ["", "\n"], "en": [" ", "\n\n"]},
    "registration note": {"zh": [""], "en": [" "]},
}
GENRE_NAMES = list(GENRES)


# ---------------------------------------------------------------------------------------------
# Generator
# ---------------------------------------------------------------------------------------------
def plural(noun: str) -> str:
    if re.search(r"[^aeiou]y$", noun):
        return noun[:-1] + "ies"
    if re.search(r"(s|x|ch|sh)$", noun):
        return noun + "es"
    return noun + "s"


def fix_articles(text: str) -> str:
    """'a' -> 'an' before a vowel sound (not before 'US', 'one', 'uni...')."""
    return re.sub(r"\b([Aa]) (?=[aeioAEIO]|un[^i])", r"\1n ", text)


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def chain_roles(rng: random.Random) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(stage, want) of the CN and the US companies of one chain: each CN company's partner,
    then the traps beside it, then the chain at random."""
    combos = [(s, w) for s in ORDER for w in NEIGHBOURS[s]]
    cn = rng.sample(combos, N_CN)
    us = [(w, s) for s, w in cn]
    traps: list[tuple[str, str]] = []
    for s, w in rng.sample(cn, len(cn)):
        traps.append((s, w))  # competitor: same stage, same want
        other = [x for x in NEIGHBOURS[w] if x != s]
        if other:  # offers what the CN company seeks, wants something else
            traps.append((w, rng.choice(other)))
        other = [x for x in NEIGHBOURS[s] if x != w]
        if other:  # wants the CN company's product, offers nothing it seeks
            traps.append((rng.choice(other), s))
    rng.shuffle(traps)
    us += traps[: N_US - len(us)]
    while len(us) < N_US:
        us.append(rng.choice(combos))
    return cn, us


def company_name(rng: random.Random, side: str, lang: str) -> tuple[str, str]:
    """(name, city) in the description's language."""
    if side == "CN" and lang == "zh":
        city = rng.choice(CN_CITIES)
        form = rng.random()
        if form < 0.4:
            name = f"{city}{rng.choice(CN_BRANDS)}{rng.choice(CN_IND)}有限公司"
        elif form < 0.7:
            name = f"{rng.choice(['浙江', '广东', '福建', '江苏'])}{rng.choice(CN_BRANDS)}{rng.choice(CN_IND)}有限公司"
        else:
            name = f"{rng.choice(CN_BRANDS)}{rng.choice(CN_IND)}"
        return name, city
    if side == "CN":
        city = rng.choice(CN_PINYIN)
        return f"{city} {rng.choice(CN_BRAND_PY)} {rng.choice(CN_IND_EN)} Co., Ltd.", city
    name = f"{rng.choice(US_W1)} {rng.choice(US_W2)} {rng.choice(US_SUFFIX)}"
    city = rng.choice(US_CITIES_ZH if lang == "zh" else US_CITIES)
    return name, city


def render(template: T, ctx: dict[str, str], lang: str) -> list[list[str]]:
    out = []
    for text, kind in template:
        t = text.format(**ctx)
        if lang == "en":
            t = re.sub(r"(?<!\.)\.\.(?!\.)", ".", fix_articles(t))  # "Co., Ltd.." -> "Co., Ltd."
        out.append([t, kind])
    return out


def want_phrase(rng: random.Random, side: str, lang: str, noun: str) -> str:
    pattern = rng.choice((COUNTRY_ZH if lang == "zh" else COUNTRY_EN)[side])
    return pattern.format(n=noun)


def write_org(
    rng: random.Random,
    oid: str,
    side: str,
    lang: str,
    genre: str,
    chain: str,
    stages: dict[str, Stage],
    mat: tuple[str, str],
    stage: str,
    want: str,
    hard: Counter[str],
) -> tuple[dict[str, object], list[list[str]]]:
    li = 0 if lang == "zh" else 1
    nouns, details = stages[stage][li], stages[stage][2 + li]
    noun, detail = rng.choice(nouns), rng.choice(details)
    name, city = company_name(rng, side, lang)
    tpl = GENRES[genre][lang]
    ctx = {
        "name": name, "noun": noun, "Noun": cap(noun), "noun_pl": plural(noun), "detail": detail,
        "Detail": cap(detail), "city": city, "year": str(rng.randint(1998, 2021)),
        "k": str(rng.randint(3, 18)), "sur": rng.choice(SURNAMES), "first": rng.choice(FIRST_NAMES),
        "phone": f"({rng.randint(201, 989)}) 555-{rng.randint(1000, 9999)}", "n4": str(rng.randint(1000, 9999)),
    }  # fmt: skip
    if re.search(
        r"贸易|供应链|制造|Trading|Supply|Distributors|Manufacturing|Imports|Retail|Outfitters",
        name,
    ):
        hard["role noun in name"] += 1

    # -- the want
    r = rng.random()
    voice = VOICE[genre]
    if want == "R" and r < 0.6:
        seek_t = rng.choice(MATERIAL[(lang, voice)])
        ctx["mat"] = mat[li]
        hard["want named by material"] += 1
    else:
        if rng.random() < 0.2:
            wnoun = rng.choice((GENERIC_ZH if lang == "zh" else GENERIC_EN)[want])
            hard["want = role + country only"] += 1
        else:
            wnoun = rng.choice(stages[want][li])
        ctx["want"] = want_phrase(rng, side, lang, wnoun)
        ctx["a_want"] = fix_articles("a " + ctx["want"])
        ctx["Want"] = cap(ctx["want"])
        if r > 0.82:
            negs = [s for s in NEIGHBOURS[stage] if s != want] or ["D"]
            neg = rng.choice((GENERIC_ZH if lang == "zh" else GENERIC_EN)[rng.choice(negs)])
            ctx["neg"], ctx["neg_pl"], ctx["Neg_pl"] = neg, plural(neg), cap(plural(neg))
            seek_t = rng.choice(NEG[(lang, voice)])
            hard["negated want"] += 1
        else:
            seek_t = rng.choice(tpl["seek"])

    # -- the parts
    offer = render(rng.choice(tpl["offer"]), ctx, lang)
    body = [offer]
    served_stages = [s for s in NEIGHBOURS[stage] if s != want]
    if served_stages and rng.random() < 0.4:
        s = rng.choice(served_stages)
        direction = "down" if ORDER.index(s) > ORDER.index(stage) else "up"
        x = rng.choice(stages[s][li])
        sctx = {"x": x, "x_pl": plural(x), "n": str(rng.randint(3, 40))}
        body.append(render(rng.choice(SERVED[(lang, voice, direction)]), sctx, lang))
        hard[f"served/current partner named ({direction})"] += 1
    if rng.random() < 0.45:
        body.append(render(rng.choice(tpl["other"]), ctx, lang))
    seek = render(seek_t, ctx, lang)
    pos = rng.random()
    if pos < 0.25:
        parts = [seek, *body]
    elif pos < 0.45 and len(body) > 1:
        parts = [body[0], seek, *body[1:]]
    else:
        parts = [*body, seek]
    if rng.random() < 0.5:
        parts.insert(0, render(rng.choice(tpl["open"]), ctx, lang))
    joiner = rng.choice(JOINERS[genre][lang])
    segments: list[list[str]] = []
    for i, part in enumerate(parts):
        part = [list(p) for p in part]
        if (
            lang == "en"
            and genre != "chat group message"
            and (not segments or re.search(r"[.!?:]\s*$", segments[-1][0]))
        ):
            part[0][0] = cap(part[0][0])  # a clause that now opens a sentence
        if i < len(parts) - 1:
            last = part[-1][0].rstrip()
            if (
                lang == "zh"
                and not joiner
                and not re.search(r"[。！？；，：”）!?🙏😄✅💪🤝👋～—]$", last)
            ):
                last += "。"  # a line run on into the next one needs its full stop
            part[-1][0] = last + joiner
        else:  # a clause cut to run on ends the note
            part[-1][0] = re.sub(r"[，；]$", "。", re.sub(r";$", ".", part[-1][0].rstrip()))
        segments.extend(part)
    description = "".join(t for t, _ in segments)
    org = {
        "id": oid,
        "side": side,
        "name": {"zh" if re.search(r"[\u4e00-\u9fff]", name) else "en": name},
        "description": {lang: description},
    }
    return org, segments


def build() -> tuple[dict[str, object], dict[str, object], dict[str, object]]:
    rng = random.Random(SEED)
    plan: list[tuple[str, str, str, str]] = []  # side, chain, stage, want
    for chain, _stages, _mat in CHAINS:
        cn, us = chain_roles(rng)
        plan += [("CN", chain, s, w) for s, w in cn] + [("US", chain, s, w) for s, w in us]
    cn_plan = [p for p in plan if p[0] == "CN"]
    us_plan = [p for p in plan if p[0] == "US"]
    rng.shuffle(cn_plan)
    rng.shuffle(us_plan)
    # about one in ten writes the other language; genres spread evenly within each group
    cn_flip = set(rng.sample(range(len(cn_plan)), 4))
    us_flip = set(rng.sample(range(len(us_plan)), 7))
    counters = {("CN", "zh"): 0, ("CN", "en"): 0, ("US", "en"): 4, ("US", "zh"): 4}
    chains = {c: (st, m) for c, st, m in CHAINS}
    orgs, segs, roles, genres, meta = [], {}, {}, {}, {}
    hard: Counter[str] = Counter()
    for side, group, flip in (("CN", cn_plan, cn_flip), ("US", us_plan, us_flip)):
        for i, (_, chain, stage, want) in enumerate(group):
            lang = (
                ("en" if side == "CN" else "zh") if i in flip else ("zh" if side == "CN" else "en")
            )
            genre = GENRE_NAMES[counters[(side, lang)] % len(GENRE_NAMES)]
            counters[(side, lang)] += 1
            oid = f"{PREFIX}{side.lower()}{i + 1:03d}"
            org, seg = write_org(
                rng, oid, side, lang, genre, chain, *chains[chain], stage, want, hard
            )
            orgs.append(org)
            segs[oid] = seg
            roles[oid] = f"{chain}:{stage}>{want}"
            genres[oid] = genre
            meta[oid] = (side, chain, stage, want, lang)
    partners: dict[str, list[str]] = {}
    for a, (sa, ca, xa, wa, _) in meta.items():
        for b, (sb, cb, xb, wb, _) in meta.items():
            if sa != sb and ca == cb and xa == wb and xb == wa:
                partners.setdefault(a, []).append(b)
    check(orgs, segs, roles, partners, meta)
    profiles = {"format": "tradebridge-profiles/1", "organizations": orgs}
    gold = {
        "partners": partners,
        "roles": roles,
        "split": dict.fromkeys(roles, "corpus"),
        "genres": genres,
    }
    summary(meta, genres, segs, partners, hard)
    return profiles, gold, segs


def check(orgs, segs, roles, partners, meta) -> None:  # type: ignore[no-untyped-def]
    ids = [o["id"] for o in orgs]
    assert len(ids) == len(set(ids)) == len(roles) == len(segs), "ids not unique"
    assert (
        sum(o["side"] == "CN" for o in orgs) == 10 * N_CN
        and sum(o["side"] == "US" for o in orgs) == 10 * N_US
    )
    chain_keys = {c for c, _, _ in CHAINS}
    for o in orgs:
        oid = o["id"]
        ((lang, desc),) = o["description"].items()
        assert "".join(t for t, _ in segs[oid]) == desc, f"segments of {oid} do not add up"
        assert all(t and k in ("offer", "seek", "other") for t, k in segs[oid]), oid
        assert any(k == "seek" for _, k in segs[oid]) and any(k == "offer" for _, k in segs[oid]), (
            oid
        )
        assert not re.search(r"\{|\}", desc), f"unfilled placeholder in {oid}"
        m = re.fullmatch(r"(\w+):([RMDE])>([RMDE])", roles[oid])
        assert m and m[1] in chain_keys and m[3] in NEIGHBOURS[m[2]], roles[oid]
        if o["side"] == "CN":
            assert partners.get(oid), f"{oid} has no partner"
            assert oid.startswith(f"{PREFIX}cn")
        else:
            assert oid.startswith(f"{PREFIX}us")
    for a, bs in partners.items():
        assert all(meta[b][0] != meta[a][0] for b in bs)


def summary(meta, genres, segs, partners, hard) -> None:  # type: ignore[no-untyped-def]
    print(
        f"{NAME}: {sum(v[0] == 'CN' for v in meta.values())} CN, {sum(v[0] == 'US' for v in meta.values())} US, "
        f"{len(partners)} with a partner"
    )
    by_genre = Counter((genres[i], meta[i][4]) for i in meta)
    for g in GENRE_NAMES:
        print(f"  {g:26s} zh {by_genre[(g, 'zh')]:3d}  en {by_genre[(g, 'en')]:3d}")
    print("  languages:", dict(Counter((v[0], v[4]) for v in meta.values())))
    print("  roles:", dict(sorted(Counter(f"{v[2]}>{v[3]}" for v in meta.values()).items())))
    print("  segments:", dict(Counter(k for s in segs.values() for _, k in s)))
    print("  hard cases:", dict(hard))


def main() -> None:
    profiles, gold, segs = build()
    for file, data in ((NAME, profiles), (f"{NAME}_gold", gold), (f"{NAME}_segments", segs)):
        (HERE / f"{file}.json").write_text(
            json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8"
        )


if __name__ == "__main__":
    main()
