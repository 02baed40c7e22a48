# ruff: noqa: E501  (the chains and templates are data; wrapping them would only hurt reading)
"""Write the tenth training corpus for the partner recommender: ``roles_corpus10.json``,
``roles_corpus10_gold.json`` and ``roles_corpus10_segments.json``.

    python bench/recommend/make_corpus10.py

Ten food and drink value chains (green tea, walnuts, soy sauce, almonds, infant formula,
bottled mineral water, dried fruit, instant noodles, edible bird's nest, sesame oil), each
checked against the opening docstrings of the other ``make_*.py`` scripts. Every chain has four
stages: R (raw material or key input: tea estate, whey processor, PET preform molder, swiftlet
house operator...), M (maker: matcha mill, soy sauce brewery, raisin packer...), D
(distributor, importer, wholesaler or agent) and E (end buyer: bakery chain, cruise line,
maternity hospital group, internet café chain...), two or three role nouns per stage and
language. 4 Chinese and 7 US companies per chain; every Chinese company has a gold US partner
and beside it the traps of its chain (a competitor, a company offering what it seeks but
wanting something else, one wanting its product but offering nothing it wants).

Five ways of writing, each in Chinese and in English, spread evenly over both sides:

* a journalist's interview Q&A transcript ("记者：… / 周总：…", "Q: … / A: …");
* a text-message exchange between two people about the company (time-stamped SMS / chat lines);
* an investor teaser one-pager ("Project Falcon: …", "项目代号：猎鹰"), the company unnamed;
* the "objectives" field of a trade-fair exhibitor (or hosted-buyer) application;
* an out-of-office auto-reply that introduces the company.

Each description is built from clauses labelled ``offer`` (what the company is, makes, sells,
whom it already serves), ``seek`` (what or whom it wants now) or ``other`` (headers, question
lines, speaker labels, dates, deal terms, boilerplate, negated wants); the clauses
concatenated are the description and are written to the segments file. Hard cases, each in
several documents: customers already served named in the offer, negated wants ("不找经销商，",
"They've got distributors covered;"), role nouns in company names that differ from the
company's stage ("… Trading LLC" for a grower), wants naming only a generic role and the
country ("a US importer", "中国工厂"), a maker's want named by its input material ("a steady
supply of raw almonds"), wants first, in the middle or last, with and without verbs of
wanting, as a label, a quotation, a question, a condition, a plan or in the third person (an
editor's note, a colleague's text message, the teaser's "the Company seeks"), and a want
ticked in a checkbox row among unticked aims. A pair (CN, US) is gold when both are in one
chain and each one's stage is what the other seeks.

Standard library only; deterministic (``random.Random(SEED)``).
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path

from corpus_tools import Ctx, place, plural, traps_covered

HERE = Path(__file__).resolve().parent
SEED = 101010
PREFIX = "k10"
N_CN, N_US = 4, 7
N_CN_EN, N_US_ZH = 5, 9  # companies writing the other side's language (12.5 % and 13 %)
STAGES = ("R", "M", "D", "E")
NEIGHBOURS = {"R": ("M",), "M": ("R", "D", "E"), "D": ("M", "E"), "E": ("M", "D")}
SERVES = {"R": ("M",), "M": ("D", "E"), "D": ("E",), "E": ()}  # whom a stage already sells to
GENRES = (
    "interview transcript",
    "text-message exchange",
    "investor teaser",
    "exhibitor application objectives",
    "out-of-office reply",
)
OFFER, SEEK, OTHER = "offer", "seek", "other"
MAX_LINES = 10


# --------------------------------------------------------------------------------------------
# The chains. Per stage: role nouns (zh, en), a detail for each noun (zh clause, en noun
# phrase that reads after "with"), a name word for each noun (zh, en) and, for R, what each
# noun sells (zh, en). "material" is what a maker buys, named when its want is the material.
# "cn" and "us" are (home-language, other-language) city names.
# --------------------------------------------------------------------------------------------
def st(*parts: list[str]) -> dict:
    """One stage of a chain: nouns (zh, en), details (zh, en), name words (zh, en) and, for R,
    what each noun sells (zh, en); the lists run in parallel (noun k, its detail, its word)."""
    stage: dict = dict.fromkeys(("pzh", "pen"))
    stage.update(zip(("zh", "en", "dzh", "den", "wzh", "wen", "pzh", "pen"), parts, strict=False))
    return stage


CHAINS: dict[str, dict] = {
    "greentea": {
        "cat": "tea", "product": ("绿茶", "green tea"), "material": ("茶青鲜叶和毛茶", "fresh tea leaf and maocha"),
        "cn": [("杭州", "Hangzhou"), ("黄山", "Huangshan"), ("信阳", "Xinyang"), ("湄潭", "Meitan"), ("日照", "Rizhao")],
        "us": [("Seattle, Washington", "华盛顿州西雅图"), ("Charleston, South Carolina", "南卡罗来纳州查尔斯顿"),
               ("Portland, Oregon", "俄勒冈州波特兰"), ("Hilo, Hawaii", "夏威夷州希洛"), ("Boston, Massachusetts", "马萨诸塞州波士顿")],
        "R": st(["生态茶园", "茶叶种植专业合作社", "毛茶初制厂"], ["tea estate", "tea growers' cooperative", "maocha primary processor"],
                ["自有高山茶园4200亩，年采鲜叶700吨", "联结茶农1300户，春茶鲜叶日收购量20吨", "初制毛茶年产900吨，可按等级分批供货"],
                ["700 tonnes of fresh leaf a year from 280 hectares of high-altitude gardens", "1,300 member farms and up to 20 tonnes of spring leaf collected a day",
                 "900 tonnes of graded maocha a year, shipped lot by lot"],
                ["生态茶园", "茶叶种植", "初制茶"], ["Tea Estate", "Tea Growers", "Leaf Tea"],
                ["茶青鲜叶", "茶青鲜叶", "毛茶"], ["fresh tea leaf", "fresh tea leaf", "maocha"]),
        "M": st(["绿茶精制厂", "抹茶研磨厂", "出口茶拼配厂"], ["green tea processor", "matcha mill", "tea blending and packing plant"],
                ["炒青、烘青精制线12条，年产成品绿茶3200吨", "石磨抹茶年产450吨，从遮阴到研磨全程自控", "年出口拼配绿茶2100吨，批批按欧盟农残标准检测"],
                ["12 pan-firing and baking lines turning out 3,200 tonnes of finished green tea a year", "450 tonnes of stone-ground matcha a year, shading to milling done in-house",
                 "2,100 tonnes of blended green tea a year, every lot tested to EU residue limits"],
                ["茶业", "抹茶", "茗茶"], ["Tea Works", "Matcha", "Tea Blending"]),
        "D": st(["茶叶进口商", "茶叶批发商", "茶饮原料经销商"], ["tea importer", "tea wholesaler", "beverage ingredient distributor"],
                ["年进口各类茶叶1500吨，清关、仓储一条龙", "常备绿茶品规300余个，次日发货", "给2000多家咖啡馆和果汁店配送原料"],
                ["1,500 tonnes of tea imported a year, with in-house customs brokerage and bonded storage", "300 green tea SKUs stocked for next-day shipping",
                 "deliveries to 2,000 cafés and juice bars from three warehouses"],
                ["茶叶贸易", "茗茶批发", "饮品供应链"], ["Tea Importers", "Tea Supply", "Beverage Ingredients"]),
        "E": st(["瓶装茶饮料厂", "茶叶零售连锁", "航空配餐公司"], ["ready-to-drink tea bottler", "tea retail chain", "airline caterer"],
                ["无糖绿茶饮料年产6亿瓶", "门店180家，年采购绿茶约300吨", "每天为40余家航空公司出餐5万份"],
                ["600 million bottles of unsweetened green tea a year", "180 stores buying about 300 tonnes of tea a year", "50,000 meals a day for more than 40 airlines"],
                ["饮品", "茶庄", "航空食品"], ["Brewed Tea", "Tea House", "Flight Kitchens"]),
    },
    "walnut": {
        "cat": "nuts", "product": ("核桃仁", "walnut kernels"), "material": ("带壳核桃", "in-shell walnuts"),
        "cn": [("阿克苏", "Aksu"), ("大理", "Dali"), ("商洛", "Shangluo"), ("邢台", "Xingtai"), ("临沂", "Linyi")],
        "us": [("Stockton, California", "加州斯托克顿"), ("Chico, California", "加州奇科"), ("Visalia, California", "加州维塞利亚"),
               ("Chicago, Illinois", "伊利诺伊州芝加哥"), ("Newark, New Jersey", "新泽西州纽瓦克")],
        "R": st(["核桃种植基地", "核桃种植专业合作社", "青皮核桃脱皮烘干站"], ["walnut orchard", "walnut grower cooperative", "hulling and drying station"],
                ["种植核桃8000亩，年产带壳干果1200吨", "社员果园合计3万亩，年交售带壳核桃4000吨", "每年秋季脱青皮、烘干核桃2500吨"],
                ["3,200 acres of bearing trees and about 5,000 tons of in-shell nuts a year", "growers farming 12,000 acres and delivering 15,000 tons a season",
                 "capacity to hull and dry 9,000 tons of walnuts each harvest"],
                ["核桃种植", "林果", "农产品"], ["Walnut Orchards", "Walnut Growers", "Nut Drying"],
                ["带壳核桃", "带壳核桃", "烘干带壳核桃"], ["in-shell walnuts", "in-shell walnuts", "dried in-shell walnuts"]),
        "M": st(["核桃破壳加工厂", "核桃仁分级包装厂", "核桃深加工企业"], ["walnut sheller", "walnut kernel packer", "walnut processor"],
                ["破壳取仁线6条，日处理带壳核桃150吨", "光电色选机20台，核桃仁年出货6000吨", "核桃仁、核桃粉和烤核桃年产4500吨"],
                ["six cracking lines handling 150 tonnes of in-shell walnuts a day", "20 optical sorters and 6,000 tonnes of graded kernels shipped a year",
                 "4,500 tonnes a year of kernels, walnut meal and roasted pieces"],
                ["核桃", "坚果食品", "果仁"], ["Walnut", "Nut Processing", "Walnut Packers"]),
        "D": st(["坚果进口商", "干果批发商", "坚果贸易经纪公司"], ["nut importer", "dry goods wholesaler", "nut broker"],
                ["年进口坚果9000吨，在天津和广州设有冷库", "在干果批发市场有档口6个，日均出货15吨", "每年为120家买家撮合坚果合同2万吨"],
                ["9,000 tonnes of nuts imported a year through two cold stores", "two warehouses and 15 tonnes shipped a day",
                 "20,000 tonnes of nut contracts placed a year for 120 buyers"],
                ["进出口", "干果批发", "坚果经纪"], ["Nut Importers", "Dry Goods", "Nut Brokerage"]),
        "E": st(["连锁烘焙企业", "核桃乳饮料厂", "休闲零食品牌"], ["bakery chain", "walnut milk maker", "snack brand"],
                ["门店340家，月饼和核桃酥年用核桃仁800吨", "核桃乳年销量12亿罐", "坚果零食年销售额15亿元"],
                ["340 bakeries using 800 tonnes of kernels a year", "1.2 billion cans of walnut milk sold a year", "a nut-snack range selling about $200 million a year"],
                ["烘焙", "饮品", "食品"], ["Bakeries", "Nutmilk", "Snacks"]),
    },
    "soysauce": {
        "cat": "cond", "product": ("酿造酱油", "naturally brewed soy sauce"), "material": ("非转基因大豆和脱脂豆片", "non-GMO soybeans and defatted soy flakes"),
        "cn": [("佛山", "Foshan"), ("中山", "Zhongshan"), ("镇江", "Zhenjiang"), ("黑河", "Heihe"), ("广州", "Guangzhou")],
        "us": [("Fargo, North Dakota", "北达科他州法戈"), ("Des Moines, Iowa", "艾奥瓦州得梅因"), ("Walworth, Wisconsin", "威斯康星州沃尔沃思"),
               ("San Francisco, California", "加州旧金山"), ("Houston, Texas", "得克萨斯州休斯敦")],
        "R": st(["大豆种植农场", "大豆烘干收储企业", "脱脂豆片生产商"], ["soybean farm", "identity-preserved soybean elevator", "defatted soy flake producer"],
                ["经营大豆1.5万亩，全部非转基因", "仓容8万吨，可按品种分仓收储", "低温脱脂豆片年产5万吨"],
                ["6,000 acres of non-GMO food-grade soybeans", "80,000 tonnes of segregated storage for identity-preserved beans", "50,000 tonnes of low-temperature defatted soy flakes a year"],
                ["农业", "粮食收储", "大豆蛋白"], ["Farms", "Grain", "Soy Ingredients"],
                ["非转基因大豆", "非转基因大豆", "脱脂豆片"], ["non-GMO soybeans", "identity-preserved soybeans", "defatted soy flakes"]),
        "M": st(["酱油酿造厂", "调味品厂", "酱油贴牌厂"], ["soy sauce brewery", "condiment manufacturer", "private-label sauce bottler"],
                ["晒池3000个，高盐稀态酱油年产10万吨", "酱油、蚝油和料酒年产能合计15万吨", "可做OEM贴牌，起订量2000箱"],
                ["3,000 outdoor fermentation vats and 100,000 tonnes of brewed soy sauce a year", "150,000 tonnes of soy sauce, oyster sauce and cooking wine a year",
                 "private-label runs from 2,000 cases"],
                ["酿造", "调味品", "食品"], ["Brewing", "Sauces", "Foods"]),
        "D": st(["调味品进口商", "餐饮食材批发商", "调味品经销商"], ["condiment importer", "foodservice distributor", "Asian sauce broker"],
                ["每年进口调味品800个货柜", "冷链车60台，给1500家餐厅配送食材", "在五个省拥有二级分销商200家"],
                ["800 containers of sauces and condiments imported a year", "60 trucks delivering to 1,500 restaurants", "sub-distributors in eleven states"],
                ["进口食品", "食材配送", "调味品商贸"], ["Import Foods", "Foodservice", "Sauce Brokers"]),
        "E": st(["中餐连锁", "预制菜工厂", "生鲜超市连锁"], ["fast-casual restaurant chain", "ready-meal plant", "Asian supermarket chain"],
                ["直营门店420家，年用酱油3000吨", "日产预制菜150吨", "门店38家，年销售额30亿元"],
                ["420 restaurants using 3,000 tonnes of soy sauce a year", "150 tonnes of ready meals a day", "38 supermarkets and $900 million in sales"],
                ["餐饮", "食品科技", "超市"], ["Kitchen", "Meal Solutions", "Market"]),
    },
    "almond": {
        "cat": "nuts", "product": ("巴旦木仁及制品", "almonds and almond ingredients"), "material": ("原料巴旦木", "raw shelled almonds"),
        "cn": [("喀什", "Kashgar"), ("莎车", "Shache"), ("上海", "Shanghai"), ("广州", "Guangzhou"), ("石河子", "Shihezi")],
        "us": [("Modesto, California", "加州莫德斯托"), ("Fresno, California", "加州弗雷斯诺"), ("Bakersfield, California", "加州贝克斯菲尔德"),
               ("Sacramento, California", "加州萨克拉门托"), ("Hershey, Pennsylvania", "宾夕法尼亚州赫尔希")],
        "R": st(["巴旦木果园", "巴旦木种植合作社", "巴旦木脱壳厂"], ["almond orchard", "almond grower", "almond huller-sheller"],
                ["巴旦木种植面积1.2万亩，年产带壳果900吨", "社员260户，年交售巴旦木原料1500吨", "脱皮脱壳线4条，每季加工巴旦木3000吨"],
                ["4,800 acres of almond trees in full bearing", "2,000 acres and 5 million pounds of kernels a year", "four hulling lines processing 60 million pounds a season"],
                ["果业", "巴旦木种植", "农产品加工"], ["Almond Ranch", "Orchards", "Hulling"],
                ["带壳巴旦木", "巴旦木原料", "脱壳巴旦木"], ["almonds in the shell", "raw almonds", "shelled raw almonds"]),
        "M": st(["巴旦木深加工厂", "坚果烘焙厂", "杏仁粉厂"], ["almond processor", "nut roaster", "almond flour mill"],
                ["去皮、切片、切条巴旦木年产8000吨", "烘烤、调味坚果日产60吨", "超细杏仁粉年产2500吨"],
                ["8,000 tonnes of blanched, sliced and slivered almonds a year", "60 tonnes of roasted and seasoned nuts a day", "2,500 tonnes of super-fine almond flour a year"],
                ["坚果", "炒货食品", "杏仁制品"], ["Almond Products", "Nut Roasters", "Almond Mill"]),
        "D": st(["巴旦木进口商", "食品原料分销商", "坚果代理商"], ["almond importer", "bulk ingredient distributor", "nut sales agent"],
                ["每年进口巴旦木6000吨", "常备烘焙原料60余种，客户遍布华东", "代理三家加工厂的巴旦木产品"],
                ["6,000 tonnes of almonds imported a year", "60 bulk ingredients stocked for bakeries and confectioners", "the agency for three processors' almond lines"],
                ["国际贸易", "食品原料", "坚果代理"], ["Almond Trading", "Ingredients", "Nut Agency"]),
        "E": st(["巧克力工厂", "植物奶品牌", "月饼厂"], ["chocolate maker", "plant-based milk brand", "mooncake bakery"],
                ["年产巧克力2万吨", "杏仁奶年销量3亿盒", "中秋季月饼产量1200万只"],
                ["20,000 tonnes of chocolate a year", "300 million cartons of almond milk sold a year", "12 million mooncakes each Mid-Autumn season"],
                ["巧克力", "植物饮品", "饼家"], ["Chocolate", "Plant Milk", "Bakery"]),
    },
    "formula": {
        "cat": "baby", "product": ("婴幼儿配方奶粉", "infant formula"), "material": ("脱盐乳清粉、乳糖和营养油脂", "demineralized whey, lactose and nutritional oils"),
        "cn": [("哈尔滨", "Harbin"), ("呼和浩特", "Hohhot"), ("长沙", "Changsha"), ("上海", "Shanghai"), ("西安", "Xi'an")],
        "us": [("Madison, Wisconsin", "威斯康星州麦迪逊"), ("Minneapolis, Minnesota", "明尼苏达州明尼阿波利斯"), ("Columbus, Ohio", "俄亥俄州哥伦布"),
               ("Zeeland, Michigan", "密歇根州泽兰"), ("Atlanta, Georgia", "佐治亚州亚特兰大")],
        "R": st(["乳清粉生产商", "乳糖精制厂", "营养油脂供应商"], ["whey processor", "lactose refiner", "nutritional oil supplier"],
                ["D90脱盐乳清粉年产3万吨", "婴儿级乳糖年产4万吨", "OPO结构脂和DHA藻油年产5000吨"],
                ["30,000 tonnes of D90 demineralized whey a year", "40,000 tonnes of infant-grade lactose a year", "5,000 tonnes of OPO structured lipid and algal DHA a year"],
                ["乳业原料", "乳糖", "营养油脂"], ["Whey Products", "Lactose", "Nutritional Oils"],
                ["脱盐乳清粉", "婴儿级乳糖", "OPO结构脂和DHA藻油"], ["demineralized whey", "infant-grade lactose", "OPO and DHA oils"]),
        "M": st(["婴配粉工厂", "奶粉代工厂", "特医食品生产企业"], ["infant formula manufacturer", "formula co-packer", "medical nutrition maker"],
                ["湿法工艺婴配粉年产4万吨，已获三个系列配方注册", "罐装线8条，为7个品牌代工", "早产儿配方和氨基酸配方都能生产"],
                ["40,000 tonnes of wet-blended formula a year across three registered ranges", "eight canning lines packing for seven brands", "preterm and amino-acid based formulas made in-house"],
                ["乳业", "营养品", "特医营养"], ["Nutrition", "Nutritionals", "Medical Foods"]),
        "D": st(["母婴用品经销商", "跨境电商进口商", "奶粉代理商"], ["baby products distributor", "cross-border e-commerce importer", "formula sales agent"],
                ["覆盖3500家母婴店", "三个平台旗舰店年销售奶粉80万罐", "代理四个进口奶粉品牌"],
                ["3,500 baby stores on the delivery routes", "800,000 cans of formula sold a year through three platforms", "the agency for four imported formula brands"],
                ["母婴用品", "跨境贸易", "营养品代理"], ["Baby Supply", "Global Commerce", "Nutrition Agency"]),
        "E": st(["母婴连锁店", "妇产医院集团", "月子中心"], ["baby store chain", "maternity hospital group", "postpartum care center operator"],
                ["门店620家，年销奶粉300万罐", "旗下8家妇产医院，年分娩量4万例", "月子会所12家，套房600间"],
                ["620 stores selling 3 million cans of formula a year", "eight maternity hospitals and 40,000 births a year", "12 postpartum centers with 600 suites"],
                ["母婴", "医疗", "健康管理"], ["Baby Stores", "Women's Health", "Postnatal Care"]),
    },
    "water": {
        "cat": "bev", "product": ("天然矿泉水", "bottled natural mineral water"), "material": ("PET切片、瓶坯和瓶盖", "PET resin, preforms and closures"),
        "cn": [("白山", "Baishan"), ("格尔木", "Golmud"), ("峨眉山", "Emeishan"), ("淳安", "Chun'an"), ("广州", "Guangzhou")],
        "us": [("Hollis, Maine", "缅因州霍利斯"), ("Asheville, North Carolina", "北卡罗来纳州阿什维尔"), ("Denver, Colorado", "科罗拉多州丹佛"),
               ("Las Vegas, Nevada", "内华达州拉斯维加斯"), ("Miami, Florida", "佛罗里达州迈阿密")],
        "R": st(["PET切片生产商", "瓶坯注塑厂", "瓶盖生产企业"], ["PET resin supplier", "preform molder", "closure maker"],
                ["瓶级PET切片年产40万吨", "瓶坯注塑线30条，年产瓶坯25亿只", "29/25口径轻量瓶盖日产800万只"],
                ["400,000 tonnes of bottle-grade PET resin a year", "30 injection lines and 2.5 billion preforms a year", "8 million lightweight 29/25 caps a day"],
                ["化纤", "塑胶", "瓶盖"], ["Resins", "Preforms", "Closures"],
                ["瓶级PET切片", "PET瓶坯", "瓶盖"], ["bottle-grade PET resin", "PET preforms", "closures"]),
        "M": st(["矿泉水灌装厂", "饮用水生产企业", "贴牌水厂"], ["mineral water bottler", "spring water plant", "private-label water packer"],
                ["吹灌旋一体线6条，年产矿泉水60万吨", "厂区紧邻水源地，日产瓶装水8000吨", "可做定制标签水，起订量1万瓶"],
                ["six blow-fill-cap lines and 600,000 tonnes of mineral water a year", "a plant at the spring producing 2 million gallons a day", "custom-label water from 10,000 bottles"],
                ["矿泉水", "饮品", "水业"], ["Spring Water", "Waters", "Bottled Water"]),
        "D": st(["饮料批发商", "饮用水经销商", "进口饮品商"], ["beverage wholesaler", "water distributor", "premium beverage importer"],
                ["仓库2万平方米，配送车辆90台", "在三个城市送水到户，年配送1500万件", "每年进口饮品400个货柜"],
                ["a 200,000 sq ft warehouse and 90 delivery trucks", "home and office delivery of 15 million cases a year", "400 containers of beverages imported a year"],
                ["饮品批发", "水业贸易", "进口饮品"], ["Beverage Distributors", "Water Delivery", "Beverage Imports"]),
        "E": st(["酒店集团", "邮轮公司", "连锁超市"], ["hotel group", "cruise line", "supermarket chain"],
                ["旗下酒店86家，客房2.1万间", "运营邮轮6艘，年接待游客50万人次", "门店260家"],
                ["86 hotels and 21,000 rooms", "six ships and 500,000 passengers a year", "260 supermarkets"],
                ["酒店管理", "邮轮", "超市"], ["Hotels", "Cruises", "Markets"]),
    },
    "driedfruit": {
        "cat": "nuts", "product": ("果干", "dried fruit"), "material": ("鲜杏、鲜芒果和制干葡萄", "fresh apricots, mangoes and drying grapes"),
        "cn": [("吐鲁番", "Turpan"), ("攀枝花", "Panzhihua"), ("兰州", "Lanzhou"), ("东莞", "Dongguan"), ("库车", "Kuqa")],
        "us": [("Fresno, California", "加州弗雷斯诺"), ("Selma, California", "加州塞尔马"), ("Yakima, Washington", "华盛顿州亚基马"),
               ("Battle Creek, Michigan", "密歇根州巴特尔克里克"), ("Salt Lake City, Utah", "犹他州盐湖城")],
        "R": st(["杏园", "芒果种植合作社", "无核葡萄种植园"], ["apricot orchard", "mango grower", "raisin grape vineyard"],
                ["杏树5000亩，年产鲜杏3000吨", "社员果园2万亩，年产鲜芒果1.5万吨", "无核白葡萄6000亩，全部用于制干"],
                ["1,200 acres of apricots yielding 6,000 tons a year", "1,300 hectares of mango orchards and 15,000 tonnes of fruit a year", "2,400 acres of Thompson Seedless grown for drying"],
                ["果园", "芒果种植", "葡萄种植"], ["Apricot Orchards", "Mango Growers", "Vineyards"],
                ["鲜杏", "鲜芒果", "制干葡萄"], ["fresh apricots", "fresh mangoes", "drying grapes"]),
        "M": st(["果干加工厂", "冻干水果厂", "葡萄干加工厂"], ["dried fruit processor", "freeze-dried fruit maker", "raisin packer"],
                ["芒果干、杏干年产6000吨", "冻干仓12台，年产冻干水果1200吨", "葡萄干清洗、分级、包装线5条"],
                ["6,000 tonnes of dried mango and apricots a year", "12 freeze-drying chambers and 1,200 tonnes of fruit a year", "five washing, grading and packing lines for raisins"],
                ["食品", "冻干食品", "果品加工"], ["Dried Fruit", "Freeze Dried", "Raisins"]),
        "D": st(["干果进口商", "零食批发商", "电商食品渠道商"], ["dried fruit importer", "snack wholesaler", "online grocery reseller"],
                ["每年进口果干和坚果200个货柜", "给1800家便利店和小超市供货", "在四个平台运营店铺，年销售果干600吨"],
                ["200 containers of dried fruit and nuts imported a year", "1,800 small grocers on the delivery routes", "four online storefronts and 600 tonnes of dried fruit sold a year"],
                ["进出口贸易", "零食批发", "电子商务"], ["Fruit Importers", "Snack Wholesale", "eGrocer"]),
        "E": st(["零食连锁", "麦片厂", "酸奶厂"], ["snack store chain", "cereal maker", "yogurt maker"],
                ["门店2300家", "年产麦片和谷物棒5万吨", "日产酸奶600吨"],
                ["2,300 snack stores", "50,000 tonnes of cereal and bars a year", "600 tonnes of yogurt a day"],
                ["零食", "谷物食品", "乳品"], ["Snack Shops", "Cereals", "Yogurt"]),
    },
    "noodle": {
        "cat": "cond", "product": ("方便面", "instant noodles"), "material": ("面粉、棕榈油和调料包", "flour, palm oil and seasoning sachets"),
        "cn": [("郑州", "Zhengzhou"), ("漯河", "Luohe"), ("天津", "Tianjin"), ("成都", "Chengdu"), ("济南", "Jinan")],
        "us": [("Los Angeles, California", "加州洛杉矶"), ("Kansas City, Missouri", "密苏里州堪萨斯城"), ("Minneapolis, Minnesota", "明尼苏达州明尼阿波利斯"),
               ("Atlanta, Georgia", "佐治亚州亚特兰大"), ("Houston, Texas", "得克萨斯州休斯敦")],
        "R": st(["面粉厂", "棕榈油精炼厂", "调料包生产商"], ["flour mill", "palm oil refiner", "seasoning sachet maker"],
                ["日处理小麦2000吨", "精炼棕榈油年产20万吨", "粉包、酱包日产3000万个"],
                ["2,000 tonnes of wheat milled a day", "200,000 tonnes of refined palm olein a year", "30 million seasoning and oil sachets a day"],
                ["面粉", "油脂", "调味料"], ["Milling", "Edible Oils", "Seasonings"],
                ["高筋面粉", "精炼棕榈油", "调料包"], ["high-gluten flour", "refined palm oil", "seasoning sachets"]),
        "M": st(["方便面生产商", "杯面工厂", "非油炸面厂"], ["instant noodle maker", "cup noodle plant", "non-fried noodle producer"],
                ["方便面生产线24条，日产1500万包", "杯面和碗面日产400万份", "非油炸热风干燥面年产3万吨"],
                ["24 lines and 15 million packs a day", "4 million cups and bowls a day", "30,000 tonnes of air-dried non-fried noodles a year"],
                ["食品", "面业", "面品"], ["Noodles", "Ramen Works", "Noodle Foods"]),
        "D": st(["亚洲食品进口商", "快消品批发商", "仓储式批发商"], ["Asian grocery importer", "grocery wholesaler", "cash-and-carry wholesaler"],
                ["每年进口亚洲食品1000个货柜", "向3000家小超市供货", "会员制批发仓8个"],
                ["1,000 containers of Asian groceries a year", "3,000 independent grocers as accounts", "eight cash-and-carry warehouses"],
                ["食品进出口", "快消品", "批发"], ["Asian Foods Import", "Grocery Wholesale", "Cash & Carry"]),
        "E": st(["网吧连锁", "团餐企业", "高校超市连锁"], ["internet café chain", "contract caterer", "campus store chain"],
                ["门店560家，年售方便面800万份", "为210家工厂食堂供餐，日供餐30万份", "在60所高校开有超市"],
                ["560 gaming cafés selling 8 million noodle cups a year", "300,000 meals a day across 210 workplace canteens", "stores on 60 college campuses"],
                ["网咖", "餐饮管理", "校园超市"], ["Gaming Lounges", "Dining Services", "Campus Stores"]),
    },
    "birdsnest": {
        "cat": "tonic", "product": ("燕窝", "edible bird's nest"), "material": ("毛燕原料", "raw uncleaned swiftlet nests"),
        "cn": [("厦门", "Xiamen"), ("广州", "Guangzhou"), ("莆田", "Putian"), ("汕头", "Shantou"), ("海口", "Haikou")],
        "us": [("San Francisco, California", "加州旧金山"), ("Flushing, New York", "纽约法拉盛"), ("Los Angeles, California", "加州洛杉矶"),
               ("Honolulu, Hawaii", "夏威夷州檀香山"), ("Houston, Texas", "得克萨斯州休斯敦")],
        "R": st(["燕屋经营企业", "毛燕收购商", "洞燕采集商"], ["swiftlet house operator", "raw nest collector", "cave nest harvester"],
                ["在马来西亚经营燕屋120座，年产毛燕6吨", "在印尼设收购点15个，年收毛燕8吨", "持有两处燕洞采集权，年产洞燕1.5吨"],
                ["120 swiftlet houses in Sarawak producing 6 tonnes of raw nests a year", "15 buying stations in Java collecting 8 tonnes of raw nests a year",
                 "harvesting rights to two limestone caves and 1.5 tonnes a year"],
                ["燕屋", "燕窝原料", "燕洞"], ["Swiftlet Farms", "Raw Nest", "Cave Nest"],
                ["毛燕", "毛燕", "洞燕毛料"], ["raw swiftlet nests", "raw swiftlet nests", "raw cave nests"]),
        "M": st(["燕窝加工厂", "即食燕窝生产商", "燕窝溯源加工企业"], ["bird's nest processor", "ready-to-drink bird's nest bottler", "traceable nest processing plant"],
                ["挑毛工人400名，年加工干燕盏20吨", "即食燕窝年产3000万瓶", "每一盏都有溯源码，年加工12吨"],
                ["400 hand-cleaners and 20 tonnes of dried nests a year", "30 million bottles of ready-to-drink bird's nest a year", "12 tonnes a year, every nest carrying a traceability code"],
                ["燕窝", "滋补食品", "燕窝科技"], ["Bird's Nest", "Swiftlet Foods", "Nest Works"]),
        "D": st(["燕窝进口商", "滋补品经销商", "参茸药材行"], ["bird's nest importer", "health tonic distributor", "herbal medicine wholesaler"],
                ["每年进口燕窝15吨，清关手续齐全", "在30个城市有加盟专柜", "经营参茸、燕窝、海味，给600家药材店供货"],
                ["15 tonnes of bird's nest imported a year, every lot customs-cleared", "franchise counters in 30 cities", "ginseng, bird's nest and dried seafood sold to 600 herbal shops"],
                ["进出口", "滋补品", "参茸行"], ["Nest Imports", "Tonic Distributors", "Herbal Wholesale"]),
        "E": st(["粤式酒楼集团", "滋补品专卖连锁", "企业礼品采购公司"], ["Cantonese restaurant group", "tonic store chain", "corporate gift company"],
                ["旗下酒楼45家，年用燕窝2吨", "门店180家", "年为企业客户采购节日礼品3亿元"],
                ["45 restaurants serving 2 tonnes of bird's nest a year", "180 tonic stores", "$40 million of holiday gift boxes bought for corporate clients a year"],
                ["酒家", "养生堂", "礼品"], ["Dim Sum House", "Tonic Shops", "Gifts"]),
    },
    "sesameoil": {
        "cat": "cond", "product": ("芝麻香油", "toasted sesame oil"), "material": ("白芝麻原料", "hulled white sesame seed"),
        "cn": [("驻马店", "Zhumadian"), ("天津", "Tianjin"), ("济南", "Jinan"), ("平舆", "Pingyu"), ("广州", "Guangzhou")],
        "us": [("Lubbock, Texas", "得克萨斯州拉伯克"), ("San Antonio, Texas", "得克萨斯州圣安东尼奥"), ("Oklahoma City, Oklahoma", "俄克拉何马州俄克拉何马城"),
               ("Los Angeles, California", "加州洛杉矶"), ("Secaucus, New Jersey", "新泽西州锡考克斯")],
        "R": st(["芝麻种植合作社", "芝麻清选脱皮厂", "芝麻收购站"], ["sesame grower", "sesame hulling plant", "sesame seed merchant"],
                ["社员种植芝麻5万亩", "清选、脱皮线4条，年产脱皮芝麻3万吨", "每年收购芝麻1.2万吨"],
                ["20,000 acres of non-shattering sesame", "four cleaning and hulling lines and 30,000 tonnes of hulled seed a year", "12,000 tonnes of seed bought and cleaned a year"],
                ["芝麻种植", "油料", "粮油"], ["Sesame Growers", "Seed", "Oilseeds"],
                ["芝麻", "脱皮芝麻", "芝麻"], ["sesame seed", "hulled sesame seed", "sesame seed"]),
        "M": st(["小磨香油厂", "芝麻油压榨厂", "芝麻油灌装厂"], ["stone-ground sesame oil mill", "sesame oil press", "sesame oil bottler"],
                ["石磨水代法香油年产3000吨", "压榨芝麻油年产1.5万吨", "调和香油和芝麻酱年产2万吨"],
                ["3,000 tonnes of stone-ground oil a year by the old water-flotation method", "15,000 tonnes of pressed sesame oil a year", "20,000 tonnes of blended sesame oil and tahini a year"],
                ["香油", "油脂", "磨坊"], ["Sesame Oil", "Oil Mill", "Oil Works"]),
        "D": st(["食用油经销商", "餐饮油脂批发商", "特色油品进口商"], ["edible oil distributor", "restaurant supply wholesaler", "specialty oil importer"],
                ["年分销食用油5万吨", "给2500家餐馆配送油料", "每年进口特色油品150个货柜"],
                ["50,000 tonnes of edible oils distributed a year", "cooking oil delivered to 2,500 restaurants", "150 containers of specialty oils imported a year"],
                ["粮油", "餐饮供应", "油品贸易"], ["Oil Distributors", "Restaurant Supply", "Specialty Oils"]),
        "E": st(["拉面连锁", "沙拉酱工厂", "寿司连锁"], ["ramen chain", "dressing and sauce maker", "sushi chain"],
                ["门店300家", "沙拉酱和蘸料年产4万吨", "门店150家"],
                ["300 ramen shops", "40,000 tonnes of dressings and dips a year", "150 sushi bars"],
                ["餐饮", "酱料", "寿司"], ["Ramen", "Dressings", "Sushi"]),
    },
}  # fmt: skip

# A want that names only the role (and the country), not the product.
GENERIC = {
    "zh": {"R": ["原料供应商", "上游供货商", "原料基地"], "M": ["生产厂家", "工厂", "加工厂"],
           "D": ["经销商", "进口商", "代理商", "批发商"], "E": ["终端客户", "大客户", "终端买家"]},
    "en": {"R": ["raw material supplier", "upstream supplier"], "M": ["manufacturer", "processor", "factory"],
           "D": ["distributor", "importer", "wholesaler", "sales agent"], "E": ["end user", "end buyer", "volume buyer"]},
}  # fmt: skip
# Name words that carry a role noun of a stage (used for companies at another stage).
MISLEAD = {
    "zh": {"R": ["农场", "种植"], "M": ["食品厂", "加工"], "D": ["贸易", "进出口", "商贸"], "E": ["连锁", "超市"]},
    "en": {"R": ["Farms", "Growers"], "M": ["Processing", "Mills"], "D": ["Trading", "Importers", "Distributors"], "E": ["Markets", "Stores"]},
}  # fmt: skip
NATIONAL = ("Asian", "Chinese", "Cantonese", "American", "中餐", "亚洲", "粤式", "中国", "美国")

CERTS = {
    "tea": (["通过欧盟有机认证", "茶园获雨林联盟认证"], ["USDA Organic certified", "Rainforest Alliance certified"]),
    "nuts": (["通过BRCGS食品安全认证", "出口食品生产企业备案"], ["SQF Level 2 certified", "BRCGS grade AA"]),
    "cond": (["通过FSSC 22000认证", "通过清真和犹太认证"], ["FSSC 22000 certified", "kosher and halal certified"]),
    "baby": (["通过GMP和HACCP认证", "产品获婴配粉配方注册"], ["FDA-registered facility", "SQF certified"]),
    "bev": (["通过ISO 22000认证", "水源经国家鉴定"], ["NSF certified", "IBWA member plant"]),
    "tonic": (["通过HACCP认证", "燕窝溯源备案企业"], ["HACCP certified", "FDA-registered facility"]),
}  # fmt: skip
SHOWS = {
    "tea": (["中国国际茶叶博览会", "广州国际茶业博览会"], ["World Tea Expo", "China International Tea Expo"]),
    "nuts": (["中国坚果炒货食品博览会", "SIAL China"], ["Summer Fancy Food Show", "Winter Fancy Food Show"]),
    "cond": (["中国国际调味品及食品配料博览会", "FHC上海环球食品展"], ["Summer Fancy Food Show", "IFT FIRST"]),
    "baby": (["CBME中国孕婴童展", "北京孕婴童产品博览会"], ["ABC Kids Expo", "CBME China"]),
    "bev": (["中国国际食品和饮料展览会", "SIAL China"], ["NACS Show", "BevNET Live"]),
    "tonic": (["广州国际健康产业博览会", "中国国际进口博览会"], ["Natural Products Expo West", "Vitafoods Asia"]),
}  # fmt: skip

# Places, people and names, by side (CN / US) and language. The region of a city: Chinese
# cities by name, US cities by state; (Chinese, English).
CN_AREAS = {
    ("华东", "East China"): "杭州 黄山 日照 临沂 镇江 上海 淳安 济南 厦门 莆田",
    ("华南", "South China"): "佛山 中山 广州 东莞 汕头 海口",
    ("华中", "Central China"): "信阳 长沙 郑州 漯河 驻马店 平舆",
    ("华北", "North China"): "邢台 呼和浩特 天津",
    ("东北", "Northeast China"): "黑河 哈尔滨 白山",
    ("西南", "Southwest China"): "湄潭 大理 峨眉山 攀枝花 成都",
    ("西北", "Northwest China"): "阿克苏 商洛 喀什 莎车 石河子 西安 格尔木 吐鲁番 兰州 库车",
}
US_AREAS = {
    ("美国西北部", "the Pacific Northwest"): "Washington Oregon",
    ("加州", "California"): "California",
    ("美国东南部", "the Southeast"): "Georgia Florida Carolina",
    ("夏威夷", "Hawaii"): "Hawaii",
    ("美国东北部", "the Northeast"): "Massachusetts Maine York Jersey Pennsylvania",
    (
        "美国中西部",
        "the Midwest",
    ): "Illinois Wisconsin Iowa Minnesota Ohio Michigan Dakota Missouri",
    ("美国西南部", "the Southwest"): "Texas Oklahoma",
    ("美国山区各州", "the Mountain West"): "Colorado Utah Nevada",
}


def region_of(side: str, town: tuple[str, str]) -> tuple[str, str]:
    """(Chinese, English) name of the region of a chain's city ``town``."""
    if side == "CN":
        return next(area for area, cities in CN_AREAS.items() if town[0] in cities.split())
    state = town[0].split(", ")[1].split()[-1]
    return next(area for area, states in US_AREAS.items() if state in states.split())


PEOPLE = {  # (full name, given name, family name)
    ("CN", "zh"): [("周建国", "建国", "周"), ("林晓燕", "晓燕", "林"), ("郭志强", "志强", "郭"), ("何丽萍", "丽萍", "何"), ("蒋文斌", "文斌", "蒋"),
                   ("邱海燕", "海燕", "邱"), ("马俊", "俊", "马"), ("罗雪梅", "雪梅", "罗"), ("彭立新", "立新", "彭"), ("韩冬", "冬", "韩")],
    ("CN", "en"): [("Zhou Jianguo", "Jianguo", "Zhou"), ("Lin Xiaoyan", "Xiaoyan", "Lin"), ("Guo Zhiqiang", "Zhiqiang", "Guo"),
                   ("He Liping", "Liping", "He"), ("Jiang Wenbin", "Wenbin", "Jiang")],
    ("US", "en"): [("Megan Whitlock", "Megan", "Whitlock"), ("Daniel Okoro", "Daniel", "Okoro"), ("Luis Fuentes", "Luis", "Fuentes"),
                   ("Hannah Berg", "Hannah", "Berg"), ("Grant Mercer", "Grant", "Mercer"), ("Tasha Lyons", "Tasha", "Lyons"),
                   ("Owen Fitzgerald", "Owen", "Fitzgerald"), ("Elena Sokolova", "Elena", "Sokolova"), ("Marcus Reed", "Marcus", "Reed")],
    ("US", "zh"): [("梅根·惠特洛克", "梅根", "惠特洛克"), ("丹尼尔·奥科罗", "丹尼尔", "奥科罗"), ("路易斯·富恩特斯", "路易斯", "富恩特斯"),
                   ("汉娜·伯格", "汉娜", "伯格"), ("格兰特·默瑟", "格兰特", "默瑟")],
}  # fmt: skip
TITLES = {"zh": ["总经理", "董事长", "销售副总", "采购总监", "海外业务经理", "创始人"],
          "en": ["CEO", "Founder", "VP of Sales", "Head of Procurement", "Export Director", "Managing Partner"]}  # fmt: skip
COLLEAGUES = {
    "zh": ["小郑", "Linda", "何经理", "老罗"],
    "en": ["Brianna", "Josh", "our Shanghai office", "Kenji"],
}
TEXTERS = {  # the two people of a text-message exchange
    ("CN", "zh"): ["小林", "何姐", "老郑", "阿杰", "Cindy", "王姐"],
    ("CN", "en"): ["Vivian", "Leo", "Coco", "Frank"],
    ("US", "en"): ["Jess", "Marco", "Dee", "Tyler", "Nina", "Ray"],
    ("US", "zh"): ["Mike", "小陈", "Jenny", "老黄"],
}  # fmt: skip
REPORTERS = {
    "zh": ["本刊记者 沈悦", "记者 唐宁", "特约记者 宋一鸣"],
    "en": ["Staff reporter Amy Castillo", "Interview by Ben Hartley"],
}
PROJECT = {"zh": ["猎鹰", "苍鹭", "鱼鹰", "翠鸟", "喜鹊", "白鹭", "青鸾", "游隼"],
           "en": ["Falcon", "Heron", "Kestrel", "Osprey", "Magpie", "Bluebird", "Kingfisher", "Harrier"]}  # fmt: skip
ADVISORS = {
    "zh": ["华岳资本", "清禾财务顾问", "远川证券投资银行部"],
    "en": ["Harlow & Pike Advisors", "Brightwater Capital Partners", "Meridian Lane Securities"],
}
SUBJECTS = {
    "zh": ["询价", "样品寄送", "合作意向", "展会邀约"],
    "en": ["Quote request", "Samples", "Partnership inquiry", "Meeting at the show"],
}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]  # fmt: skip
CN_CORE_ZH = ["明川", "青岚", "润禾", "丰穗", "云岫", "汇泽", "德茂", "溪山", "瑞禾", "鼎盛", "锦程", "盛源", "福临", "一品", "同心", "恒昌",
              "华澳", "金穗", "龙脉", "祥和", "万和", "康源", "天禾", "泓川"]  # fmt: skip
CN_CORE_EN = [
    "Mingchuan",
    "Qinglan",
    "Runhe",
    "Fengsui",
    "Yunxiu",
    "Huize",
    "Demao",
    "Xishan",
    "Dingsheng",
    "Jincheng",
]
US_CORE_EN = ["Whitaker", "Brennan", "Delgado", "Hollis", "Castellano", "Lindqvist", "Pemberton", "McAllister", "Sorensen",
              "Abernathy", "Golden Valley", "Sierra Foothill", "Cedar Creek", "Two Rivers", "High Plains", "Bluewater",
              "Redwood Coast", "Long Meadow", "Magnolia", "Harvest Moon", "Iron Bridge", "Quarry Hill", "Larkspur", "Saltmarsh"]  # fmt: skip
US_CORE_ZH = [
    "惠特克",
    "布伦南",
    "德尔加多",
    "霍利斯",
    "卡斯特拉诺",
    "林德奎斯特",
    "金谷",
    "红木海岸",
    "双河",
    "高原",
    "蓝水",
    "木兰",
]

# The country of the partner a side looks for: (Chinese names, English adjectives, English names).
ABROAD = {"CN": (["美国", "北美"], ["US", "American"], ["the US", "the United States"]),
          "US": (["中国", "中国大陆"], ["Chinese"], ["China"])}  # fmt: skip

# --------------------------------------------------------------------------------------------
# The ways of writing. A template is a string (one clause of the slot's kind) or a tuple of
# (text, kind) clauses. A seek template that only fits a party (not a material) holds
# "{who}" or starts with "@".
# --------------------------------------------------------------------------------------------
T: dict[str, dict[str, dict[str, list]]] = {
    "interview transcript": {
        "zh": {
            "offer": [
                "我们是一家{noun}，{detail}。",
                "简单说，{short}就是做{product}的，属于{noun}，{detail}。",
                (("我们是{year0}年起步的，", OTHER), ("现在算是{region}规模比较大的{noun}，{detail}。", OFFER)),
                "主业是{product}，{detail}。",
                "公司在{city}，定位是{noun}，{detail}。",
                "{detail}——这就是我们这家{noun}的基本盘。",
                "我们这家{noun}不算大，但{detail}。",
            ],
            "served": ["现在的客户主要是{served}。", "我们一直在给{served}供货。", "{region}不少{served}都是我们的老客户。"],
            "seek": [
                "这次来主要就是想找{want}。",
                "@{who}——这是我们眼下最想认识的合作方。",
                "如果能遇到{who}，价格和账期都好商量。",
                "明年的计划很具体：跟{who}签下第一份长期合同。",
                "我们董事长常挂在嘴边一句话：“一定要找到{want}。”",
                "您这边认不认识{who}？可以帮忙引荐一下吗？",
                "下一步的重点：{want}。",
                "说白了，我们缺的就是{want}。",
            ],
            "editor": [(("（编者注：", OTHER), ("{short}目前正在寻找{want}", SEEK), ("，有意者可联系本刊编辑部。）", OTHER)),
                       (("【编者按】", OTHER), ("据了解，{short}正在物色{want}。", SEEK))],
            "head": ["【{show}现场专访】受访人：{person}，{name}{title}", "采访实录｜{date}｜{name}", "《食品商情》专访 · {person}（{name}{title}）"],
            "labels": [("记者：", "{label}："), ("问：", "答：")],
            "q_offer": ["先请您介绍一下公司。", "公司现在做到多大了？", "能不能简单说说{short}是做什么的？"],
            "q_cust": ["客户主要是哪些？", "现在都卖给谁？"],
            "q_seek": ["这次来{show}，最想见到什么样的企业？", "接下来有什么打算？", "有什么需要外界帮忙的？", "最后一个问题，今年的重点是什么？"],
            "close": ["（根据录音整理，未经受访者审阅）", "记者：谢谢您接受采访！", "（采访、整理：{reporter}）"],
        },
        "en": {
            "offer": [
                "We're {a_noun} — {detail}.",
                "In a nutshell, {short} is {a_noun} in {city} with {detail}.",
                (("We started in {year0}. ", OTHER), ("Today we're {a_noun} with {detail}.", OFFER)),
                "Our core business is {product}, with {detail}.",
                "Think of us as {a_noun}: {detail}.",
                "We're one of the bigger {nouns} in {region} — {detail}.",
                "Mostly {product}; we're {a_noun} with {detail}.",
            ],
            "served": ["Our customers today are mostly {served}.", "We already ship to {served} across {region}.", "Right now we sell to {served}."],
            "seek": [
                "Honestly, we came here to find {want}.",
                "@{Who} — that's the partner we're missing.",
                "If {who} wants to talk, we can be on a plane next week.",
                "The plan for {year} is to sign {who} and build from there.",
                'Our founder keeps saying, "find us {want}."',
                "Do your readers know {who}? We'd love an introduction.",
                "Top priority: {want}.",
                "What we need now is {want}.",
            ],
            "editor": [(("[Editor's note: ", OTHER), ("{short} is looking for {want}", SEEK), ("; contact details on request.]", OTHER)),
                       (("[Since this interview, ", OTHER), ("{short} has said it wants {want}.", SEEK), ("]", OTHER))],
            "head": ["INTERVIEW | {show} | {date}", "Transcript: {person}, {title}, {name}", "Five minutes with {person} of {name} (recorded at {show})"],
            "labels": [("Q: ", "A: "), ("INTERVIEWER: ", "{last_up}: ")],
            "q_offer": ["Let's start with the basics. What does {short} do?", "How big is the business today?", "Tell us about the company."],
            "q_cust": ["Who buys from you today?", "Who are your customers?"],
            "q_seek": ["What brings you to {show}?", "What's next?", "What would make this year a success?", "Anything readers can help with?"],
            "close": ["[Transcript lightly edited for length.]", "Q: Thanks for your time.", "[{reporter}; edited for clarity.]"],
        },
    },
    "text-message exchange": {
        "zh": {
            "offer": [
                "他们是{noun}，{detail}",
                "做{product}的，{detail}",
                "{short}是{city}的{noun}，{detail}",
                "挺大的，{detail}，算{noun}里头部的",
                "资料上写的是{noun}，{detail}",
                (("{noun}，{detail}", OFFER), ("，老板姓{boss}", OTHER)),
                "就是一家{noun}嘛，{detail}",
            ],
            "served": ["他们现在主要给{served}供货", "客户基本都是{served}", "已经在给好几家{served}供货了"],
            "seek": [
                "他们想找{want}",
                "@问我们有没有{who}的资源",
                "@他们说只要能对上{who}，随时可以来谈",
                "他们老板原话：“今年必须找到{want}”",
                "@计划年底前定下{who}",
                "需求就一个：{want}",
                "@你那边认识{who}吗？他们挺急的",
                "目标：{want}",
            ],
            "filler": ["员工{staff}来人", "{cert}", "总部在{city}"],
            "header": ["—— {date} ——", "微信聊天记录｜{a}与{b}"],
            "opener": ["{b}，{short}的资料我发你了，你看下", "在吗？上次说的{city}那家公司有消息了", "{short}那边刚加了我微信"],
            "ask": ["他们是做什么的？", "规模大吗？", "这家什么来头？"],
            "react": ["嗯嗯", "好的", "收到👌", "明白"],
            "close": ["好，我明天约个电话", "行，拉个群吧", "我问问{colleague}", "ok我看看"],
        },
        "en": {
            "offer": [
                "they're {a_noun}, {detail}",
                "{short} = {a_noun} out of {city}, {detail}",
                "{A_noun} with {detail}",
                "pretty big actually, {detail}",
                "per their deck: {a_noun} with {detail}",
                (("{a_noun} with {detail}", OFFER), (". owner is {boss}", OTHER)),
                "basically {a_noun} with {detail}",
            ],
            "served": ["they already sell to {served}", "current customers are mostly {served}", "already supplying a bunch of {served}"],
            "seek": [
                "they want {want}",
                "@asked if we know {who}",
                "@if we can find them {who} they'll fly out next month",
                'owner literally said "we need {want}"',
                "@plan is to sign {who} by Q4",
                "the ask: {want}",
                "@do we know {who}?? they're in a hurry",
                "looking for {want} asap",
            ],
            "filler": ["~{staff_en} staff", "{cert} btw", "HQ in {city}"],
            "header": ["Messages · {date}", "Chat with {b}"],
            "opener": ["hey {b}, sending you the {short} info now", "u around? got an update on that {town} company", "{short} just texted me back"],
            "ask": ["what do they do?", "how big are they?", "who are they again?"],
            "react": ["ok", "got it 👍", "interesting", "nice"],
            "close": ["ok let me set up a call", "cool, loop in {colleague}", "will check w/ {colleague}", "👍 send me the deck"],
        },
    },
    "investor teaser": {
        "zh": {
            "offer": [
                "公司是{region}领先的{noun}，{detail}。",
                "标的公司为一家{noun}，总部位于{city}，{detail}。",
                (("公司成立于{year0}年，", OTHER), ("主营{product}，{detail}。", OFFER)),
                "一家深耕{yrs}年的{noun}：{detail}。",
                "{detail}，在同类{noun}中位居前列。",
                "公司定位为{noun}；{detail}。",
                (("公司系{noun}，{detail}，", OFFER), ("近三年收入复合增长率{cagr}%。", OTHER)),
            ],
            "served": ["现有客户以{served}为主，合作年限均在五年以上。", "已与多家{served}建立稳定供货关系。", "客户覆盖{region}主要{served}。"],
            "seek": [
                "@公司拟引入战略合作方，优先考虑{who}。",
                (("拟出让不超过20%股权，", OTHER), ("同时寻求{want}。", SEEK)),
                "此次交易的核心目的：对接{want}。",
                "@如{who}有意合作，可另行商谈独家安排。",
                "管理层明确表示：“我们需要的不只是资金，更是{want}。”",
                "@理想合作方：{who}。",
                "@计划在交割后12个月内与{who}建立长期合作。",
                "@贵方是否正是公司在寻找的{who}？",
            ],
            "head_seek": [(("“{code}计划”：", OTHER), ("{region}一家{noun}", OFFER), ("寻求{want}", SEEK)),
                          (("项目代号{code}｜", OTHER), ("{noun}", OFFER), ("拟引入{want}", SEEK))],
            "head": ["项目代号：{code}｜投资机会概要（保密）", "【保密】“{code}计划”项目简介", "{code}项目｜一页纸推介｜{date}"],
            "sections": [("公司概况：", "投资亮点：", "合作诉求："), ("一、公司简介：", "二、核心优势：", "三、交易与合作：")],
            "deal": ["拟融资金额：人民币{amount}万元。", "交易类型：少数股权投资或战略合作。"],
            "foot": ["本资料仅供参考，不构成任何要约。", "联系人：{advisor}　{adv_person}"],
        },
        "en": {
            "offer": [
                "The Company is a leading {noun} in {region}, with {detail}.",
                "The Company is {a_noun} headquartered in {city}: {detail}.",
                (("Founded in {year0}, ", OTHER), ("the Company is {a_noun} with {detail}.", OFFER)),
                "{A_noun} with {yrs} years of operating history; {detail}.",
                "Its core product is {product}, backed by {detail}.",
                "The Company operates as {a_noun}: {detail}.",
                (("One of the larger {nouns} in {region} ({detail}); ", OFFER), ("revenue up {cagr}% a year since {year0}.", OTHER)),
            ],
            "served": ["Customers include {served} throughout {region}.", "Long-standing supply relationships with several {served}.", "Existing customer base: mainly {served}."],
            "seek": [
                "@The Company seeks a strategic partner, ideally {who}.",
                (("Shareholders will consider a minority sale; ", OTHER), ("the real aim is {want}.", SEEK)),
                "Purpose of the transaction: access to {want}.",
                "@Should {who} be interested, exclusivity can be discussed.",
                'Management: "capital is welcome, but what we need is {want}."',
                "@Ideal counterparty: {who}.",
                "@Plan: a long-term agreement with {who} within 12 months of closing.",
                "@Are you {who}? The Company would like to hear from you.",
            ],
            "head_seek": [(("Project {code}: ", OTHER), ("{a_noun} in {region} ", OFFER), ("seeks {want}", SEEK)),
                          (("PROJECT {code} | ", OTHER), ("{A_noun}", OFFER), (" looking for {want}", SEEK))],
            "head": ["Project {code}: Confidential Teaser", "PROJECT {code} | Investment Opportunity | {date}", "Strictly confidential: Project {code}"],
            "sections": [("Company overview: ", "Highlights: ", "The opportunity: "), ("1. The Company: ", "2. Investment highlights: ", "3. Transaction & partnership: ")],
            "deal": ["Proposed raise: US${amount_en} million.", "Structure: minority stake or strategic partnership."],
            "foot": ["This teaser does not constitute an offer.", "Contact: {adv_person}, {advisor}"],
        },
    },
    "exhibitor application objectives": {
        "zh": {
            "offer": [
                "我司是{noun}，{detail}。",
                (("{short}成立于{year0}年，", OTHER), ("是{city}的{noun}，{detail}。", OFFER)),
                "作为{noun}，我们{detail}。",
                "本次展出的是我司主力产品{product}；{detail}。",
                (("我们属于{noun}，{detail}，", OFFER), ("已连续{times}届参展。", OTHER)),
                "我们是一家成立于{year0}年的{noun}，{detail}。",
                "{detail}，这是我们作为{noun}的核心能力。",
            ],
            "served": ["现有客户以{served}为主。", "我们已与国内多家{served}长期合作。", "目前主要服务{served}。"],
            "seek": [
                "参展目标一：结识{want}。",
                "我们希望通过本届展会找到{want}。",
                "@如能在展会期间与{who}达成意向，即视为参展成功。",
                "@计划展后三个月内与{who}签署合作协议。",
                "公司领导对本次参展的要求是：“带回{want}。”",
                "@主办方能否帮我们预约{who}？",
                "重点：{want}。",
                "我们最想见的是{want}。",
            ],
            "tick": [(("参展目的（可多选）：□新品发布　□品牌推广　", OTHER), ("☑对接{want}", SEEK), ("　□市场调研", OTHER)),
                     (("目的：", OTHER), ("☑寻找{want}", SEEK), ("　□招聘　□行业交流", OTHER))],
            "head": ["{show}参展申请表　第五部分：参展目标", "{show}展商报名表｜参展目的（200字以内）"],
            "head_buyer": ["{show}专业买家申请表　采购目标", "{show}买家团报名表｜参会目的"],
            "fields": ["申请单位：{name}", "展位需求：标准展位{stand}平方米", "联系人：{person}　{title}"],
            "products": ["展品范围：{product}", "主要展品：{product}"],
            "label": ["参展目标：", "请简述贵司参展目的：", "目的说明："],
            "label_buyer": ["参会目的：", "采购目标："],
            "sign": ["填表人：{person}　{date}", "（已加盖公章）{date}"],
        },
        "en": {
            "offer": [
                "We are {a_noun} based in {city}, with {detail}.",
                (("Exhibiting for the {nth} time. ", OTHER), ("{short} is {a_noun} with {detail}.", OFFER)),
                "On the stand: our {product} range, backed by {detail}.",
                "In brief, we are {a_noun} with {detail}.",
                "We come as {a_noun}, with {detail}.",
                (("Since {year0} ", OTHER), ("we have been {a_noun}; today that means {detail}.", OFFER)),
                "About us: {a_noun} in {city}; {detail}.",
            ],
            "served": ["Our customers today are mainly {served}.", "We already supply {served} in {region}.", "Existing accounts: mostly {served}."],
            "seek": [
                "Objective 1: meet {want}.",
                "We are exhibiting to find {want}.",
                "@If we leave with a letter of intent from {who}, the show is a success.",
                "@Plan: sign {who} within three months of the show.",
                "Our CEO's brief for the team: \"come back with {want}.\"",
                "@Can the organiser pre-book meetings with {who}?",
                "Priority: {want}.",
                "The one thing we want from this show is {want}.",
            ],
            "tick": [(("Objectives (tick all that apply): ☐ product launch ☐ brand awareness ", OTHER), ("☒ find {want}", SEEK)),
                     (("Aims: ", OTHER), ("☒ meet {want}", SEEK), (" ☐ recruitment ☐ market research", OTHER))],
            "head": ["{show} | Exhibitor Application | Section 5: Objectives", "EXHIBITOR APPLICATION: {show} (objectives, max. 150 words)"],
            "head_buyer": ["{show} | Hosted Buyer Application | Sourcing objectives", "HOSTED BUYER PROGRAM: {show}"],
            "fields": ["Applicant: {name}", "Stand: {stand} m² shell scheme", "Contact: {person}, {title}"],
            "products": ["Products exhibited: {product}", "Product category: {product}"],
            "label": ["Objectives: ", "Please describe your objectives for exhibiting: ", "Exhibiting objectives: "],
            "label_buyer": ["Objectives: ", "What do you hope to source? "],
            "sign": ["Submitted by {person}, {date}", "Signed: {person} ({title})"],
        },
    },
    "out-of-office reply": {
        "zh": {
            "offer": [
                "我们是一家{noun}，{detail}。",
                "{name}是位于{city}的{noun}，{detail}。",
                "我们主营{product}，{detail}。",
                "作为{noun}，{detail}。",
                "{short}专注{product}{yrs}年，{detail}。",
                "公司属于{noun}，{detail}。",
                "我们在{region}是有一定规模的{noun}：{detail}。",
            ],
            "served": ["目前主要客户是{served}。", "我们已为多家{served}长期供货。", "现有客户以{served}为主。"],
            "seek": [
                (("@我们目前正在寻找{want}，", SEEK), ("如您正好是，欢迎留言。", OTHER)),
                "@如果您是{who}，我回来后会第一时间联系您。",
                "@今年我们计划与{who}建立合作。",
                "正如我们老板说的：“{year}年要找到{want}。”",
                "@您是否认识{who}？欢迎推荐。",
                "近期合作需求：{want}。",
                "@{who}，正是我这次出差想见的伙伴。",
                "本人此次出差，就是为了寻找{want}。",
            ],
            "head": ["【自动回复】", "自动回复：{subject}", "主题：自动回复：{subject}"],
            "open": ["您好！我于{date}至{date2}外出参加{show}，期间邮件回复会有延迟。", "感谢来信。本人{date}至{date2}休假，无法及时查看邮件。",
                     "您好，我正在外地出差，{date2}返回办公室。"],
            "bridge": ["借这个机会简单介绍一下我们：", "顺便介绍一下{short}："],
            "urgent": ["紧急事务请联系{colleague}，电话{phone}。", "如有急事，请拨打{phone}。", "报价及样品事宜请联系{colleague}。"],
            "sign": ["{person}\n{title}｜{name}", "{person}　{title}"],
        },
        "en": {
            "offer": [
                "{name} is {a_noun} based in {city}, with {detail}.",
                "We are {a_noun} — {detail}.",
                "Our business is {product}, with {detail}.",
                (("Since {year0}, ", OTHER), ("we have grown into {a_noun} with {detail}.", OFFER)),
                "In short, we are {a_noun}, with {detail}.",
                "{short} has spent {yrs} years as {a_noun}; today that means {detail}.",
                "We're one of the established {nouns} in {region} ({detail}).",
            ],
            "served": ["Our customers are mainly {served}.", "We already supply {served} across {region}.", "Today we sell mostly to {served}."],
            "seek": [
                (("@We are currently looking for {want}; ", SEEK), ("if that's you, please reply and I'll be in touch.", OTHER)),
                "@If you are {who}, I will get back to you first thing on my return.",
                "@This year we plan to partner with {who}.",
                'As our president puts it: "{year} is the year we find {want}."',
                "@Do you know {who}? Introductions are very welcome.",
                "Current partner search: {want}.",
                "@{Who} is exactly who I am travelling to meet.",
                "The reason for this trip: {want}.",
            ],
            "head": ["Automatic reply: {subject}", "Auto-reply", "[Out of Office] RE: {subject}"],
            "open": ["Thank you for your email. I am out of the office from {date} to {date2} with limited access to email.",
                     "Thanks for your message. I'm at {show} until {date2} and will reply when I'm back.", "I am currently travelling and will return on {date2}."],
            "bridge": ["In the meantime, a quick word about us: ", "While I'm away, here is who we are: "],
            "urgent": ["For urgent matters, please contact {colleague} at {phone}.", "For quotes and samples, write to {email}.", "If urgent, call {phone}."],
            "sign": ["Best regards,\n{person}\n{title}, {name}", "— {first}"],
        },
    },
}  # fmt: skip

# A negated want: the role it does not want (other), then the one it does (seek).
NEGATED = {
    "interview transcript": {
        "zh": [(("{neg}我们已经有了，", OTHER), ("现在缺的是{want}。", SEEK)), (("我们不找{neg}，", OTHER), ("要找就找{want}。", SEEK))],
        "en": [(("We already work with {neg}; ", OTHER), ("what we're missing is {want}.", SEEK)), (("We're not after {neg}. ", OTHER), ("We need {want}.", SEEK))],
    },
    "text-message exchange": {
        "zh": [(("他们不找{neg}", OTHER), ("，只要{want}", SEEK)), (("{neg}他们有了", OTHER), ("，缺{want}", SEEK))],
        "en": [(("they don't want {neg}", OTHER), (", only {want}", SEEK)), (("they've got {neg} covered", OTHER), (", the gap is {want}", SEEK))],
    },
    "investor teaser": {
        "zh": [(("公司已有稳定的{neg}，", OTHER), ("本次希望引入{want}。", SEEK)), (("不考虑{neg}；", OTHER), ("合作方须为{want}。", SEEK))],
        "en": [(("The Company does not need {neg}; ", OTHER), ("it needs {want}.", SEEK)), (("No {neg}, please. ", OTHER), ("The Company wants {want}.", SEEK))],
    },
    "exhibitor application objectives": {
        "zh": [(("本次不以结识{neg}为目的，", OTHER), ("而是寻找{want}。", SEEK)), (("我们已经有{neg}，", OTHER), ("这次只想见{want}。", SEEK))],
        "en": [(("We are not here to meet {neg}; ", OTHER), ("we want {want}.", SEEK)), (("We already have {neg}. ", OTHER), ("This year the aim is {want}.", SEEK))],
    },
    "out-of-office reply": {
        "zh": [(("我们暂不考虑{neg}，", OTHER), ("正在寻找{want}。", SEEK)), (("{neg}方面我们已有合作，", OTHER), ("目前缺的是{want}。", SEEK))],
        "en": [(("We are not looking for {neg} at the moment; ", OTHER), ("we are looking for {want}.", SEEK)), (("We already have {neg}. ", OTHER), ("What we lack is {want}.", SEEK))],
    },
}  # fmt: skip
SPECIAL = {  # a genre's own way of putting the want, and how often
    "interview transcript": ("editor", 0.2),
    "investor teaser": ("head_seek", 0.35),
    "exhibitor application objectives": ("tick", 0.25),
}
FILLER = {
    "zh": ["员工{staff}余人。", "{cert}。", "总部设在{city}。", "年营业额约{rev}亿元。"],
    "en": [
        "About {staff_en} employees.",
        "{Cert}.",
        "Head office in {city}.",
        "Annual revenue is around ${rev_en} million.",
    ],
}


# --------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------
def article(phrase: str) -> str:
    """'a' or 'an' before ``phrase`` (acronyms by the sound of their first letter)."""
    word = phrase.split(maxsplit=1)[0]
    if word.isupper() and len(word) > 1 and word.isalpha():
        vowel = word[0] in "AEFHILMNORSX"
    else:
        vowel = word[0].lower() in "aeio"
    return f"{'an' if vowel else 'a'} {phrase}"


def fill(template, kind: str, ctx: Ctx) -> list[tuple[str, str]]:
    """The clauses of one template: a string is one clause of ``kind``."""
    if isinstance(template, str):
        template = ((template, kind),)
    return [(text.lstrip("@").format_map(ctx), k) for text, k in template]


def needs_party(template) -> bool:
    """A seek template that only fits a role noun ({who}, or marked with "@")."""
    text = template if isinstance(template, str) else "".join(t for t, _ in template)
    return "{who}" in text or "{Who}" in text or text.startswith("@")


def one(rng: random.Random, pool: list, kind: str, ctx: Ctx) -> list[tuple[str, str]]:
    return fill(rng.choice(pool), kind, ctx)


def labelled(label: str, sentences: list) -> list:
    """A line whose first sentence starts with ``label`` (an ``other`` clause)."""
    first, *rest = sentences
    return [[(label, OTHER), *first], *rest]


# --------------------------------------------------------------------------------------------
# Roles: each Chinese company's partner, then the traps beside it, then the chain
# --------------------------------------------------------------------------------------------
COMBOS = [(s, w) for s in STAGES for w in NEIGHBOURS[s]]


def cn_roles(rng: random.Random) -> list[list[tuple[str, str]]]:
    """(stage, want) of the Chinese companies, chain by chain: every combination equally often
    over the file, four different ones in a chain."""
    while True:
        pool = COMBOS * (N_CN * len(CHAINS) // len(COMBOS))
        rng.shuffle(pool)
        groups = [pool[i : i + N_CN] for i in range(0, len(pool), N_CN)]
        if all(len(set(g)) == N_CN for g in groups):
            return groups


def us_roles(rng: random.Random, cn: list[tuple[str, str]]) -> tuple[list, int, int]:
    """(stage, want) of a chain's US companies: each Chinese company's partner, then the traps
    beside it, chosen greedily to leave as few out as possible; with the traps covered and
    the traps possible."""
    us = [(w, s) for s, w in cn]
    while len(us) < N_US:
        scored = [(len(traps_covered(cn, [*us, c])), rng.random(), c) for c in COMBOS]
        us.append(max(scored)[2])
    rng.shuffle(us)
    return us, len(traps_covered(cn, us)), len(traps_covered(cn, COMBOS))


# --------------------------------------------------------------------------------------------
# One company
# --------------------------------------------------------------------------------------------
USED_NAMES: set[str] = set()


def company_name(
    rng: random.Random, side: str, lang: str, chain: dict, *, stage: str, k: int, city: str
) -> tuple[str, str, bool]:
    """(full name, short name, whether the name carries another stage's role noun)."""
    for _ in range(300):
        mislead = rng.random() < 0.2
        if mislead:
            word = rng.choice(MISLEAD[lang][rng.choice([s for s in STAGES if s != stage])])
        else:
            word = chain[stage]["w" + lang][k]
        if side == "CN" and lang == "zh":
            core = rng.choice(CN_CORE_ZH)
            if stage == "R" and not mislead and "合作社" in chain[stage]["zh"][k]:
                tail = "专业合作社"
            else:
                tail = rng.choice(["有限公司", "有限公司", "股份有限公司", "有限责任公司"])
            name, short = f"{city}{core}{word}{tail}", f"{core}{word}"
        elif side == "CN":
            core = rng.choice(CN_CORE_EN)
            name, short = f"{city} {core} {word} Co., Ltd.", rng.choice([core, f"{core} {word}"])
        elif lang == "en":
            core = rng.choice(US_CORE_EN)
            suffix = rng.choice(["Inc.", "LLC", "Co.", "Corp."])
            name, short = f"{core} {word} {suffix}", rng.choice([core, f"{core} {word}"])
        else:
            core = rng.choice(US_CORE_ZH)
            name = rng.choice([f"{core}{word}（美国）有限公司", f"美国{core}{word}公司"])
            short = f"{core}{word}"
        if name not in USED_NAMES:
            USED_NAMES.add(name)
            return name, short, mislead
    raise RuntimeError("no free company name")


def want_phrases(
    rng: random.Random, side: str, lang: str, chain: dict, want: str
) -> tuple[str, str | None, str]:
    """(want, who, mode): the wanted partner as a noun phrase, the same as a role noun (None
    when the want names a material), and how it is named (specific, generic, material)."""
    zh_c, en_adj, en_name = ABROAD[side]
    if want == "R" and rng.random() < 0.7:
        mode = "material"
    else:
        mode = "generic" if rng.random() < 0.25 else "specific"
    if lang == "zh":
        country = rng.choice(zh_c)
        if mode == "material":
            m = chain["material"][0]
            return (
                rng.choice([m, f"稳定的{m}货源", f"{m}的长期供应", f"{country}产的{m}"]),
                None,
                mode,
            )
        noun = rng.choice(GENERIC["zh"][want] if mode == "generic" else chain[want]["zh"])
        if any(w in noun for w in NATIONAL):
            who = noun
        else:
            who = f"{country}{noun}" if mode == "generic" or rng.random() < 0.8 else noun
        adj = rng.choice(["", "", "", "实力雄厚的", "靠谱的", "规模较大的"])
        return f"{adj}{who}", who, mode
    adj_c, name_c = rng.choice(en_adj), rng.choice(en_name)
    if mode == "material":
        m = chain["material"][1]
        forms = [
            f"a steady supply of {m}",
            f"{m} from {name_c}",
            f"a dependable source of {m}",
            f"{adj_c} {m}",
        ]
        return rng.choice(forms), None, mode
    noun = rng.choice(GENERIC["en"][want] if mode == "generic" else chain[want]["en"])
    if any(w in noun for w in NATIONAL):
        who = f"{article(noun)} in {name_c}"
        return rng.choice([who, f"{plural(noun)} in {name_c}"]), who, mode
    who = article(f"{adj_c} {noun}")
    forms = [who, f"{plural(noun)} in {name_c}", f"{adj_c} {plural(noun)}"]
    if mode == "specific":
        forms.append(article(f"{rng.choice(['reputable', 'well-connected', 'mid-sized'])} {noun}"))
    return rng.choice(forms), who, mode


def negated_noun(
    rng: random.Random, side: str, lang: str, chain: dict, *, own: str, want: str
) -> str:
    """A role the company does not want: another neighbour of its stage, else any other stage."""
    others = [x for x in NEIGHBOURS[own] if x != want] or [
        x for x in STAGES if x not in (own, want)
    ]
    neg = rng.choice(others)
    pool = GENERIC[lang][neg] + chain[neg][lang]
    noun = rng.choice(pool)
    if lang == "zh":
        national = any(w in noun for w in NATIONAL)
        return noun if national or rng.random() < 0.5 else rng.choice(ABROAD[side][0]) + noun
    return plural(noun)


def phone(rng: random.Random, side: str) -> str:
    if side == "CN":
        return f"1{rng.choice('358')}{rng.randint(0, 9)}{rng.randint(1000, 9999)}{rng.randint(1000, 9999)}"
    return f"({rng.randint(201, 989)}) {rng.randint(200, 999)}-{rng.randint(1000, 9999)}"


def make_org(
    rng: random.Random,
    oid: str,
    side: str,
    *,
    key: str,
    stage: str,
    want: str,
    genre: str,
    lang: str,
    flags: Counter,
) -> tuple[dict, list]:
    """One organization and its segments."""
    chain = CHAINS[key]
    cat = chain["cat"]
    li = 0 if lang == "zh" else 1
    tpl = T[genre][lang]
    home = (side, lang)
    towns = chain["cn"] if side == "CN" else chain["us"]
    town = rng.choice(towns)
    city = town[0] if (side == "CN") == (lang == "zh") else town[1]
    region = region_of(side, town)[li]
    buyer = genre == "exhibitor application objectives" and (
        stage == "E" or (stage == "D" and want == "M" and rng.random() < 0.4)
    )
    k = rng.randrange(len(chain[stage]["zh"]))  # which kind of company: noun, detail, name word
    name, short, mislead = company_name(rng, side, lang, chain, stage=stage, k=k, city=city)
    if mislead:
        flags["role noun in name not its stage"] += 1
    noun = chain[stage][lang][k]
    products = chain[stage]["p" + lang]
    product = products[k] if products else chain["product"][li]
    want_np, who, mode = want_phrases(rng, side, lang, chain, want)
    flags[f"want: {mode}"] += 1
    full, given, family = rng.choice(PEOPLE[home])
    year = rng.choice([2025, 2026])
    month, day = rng.randint(1, 12), rng.randint(1, 20)
    day2 = day + rng.randint(3, 8)
    texters = rng.sample(TEXTERS[home], 2)
    boss = rng.choice(PEOPLE[home])
    label = f"{family}总" if side == "CN" and lang == "zh" else family
    ctx = Ctx(
        name=name, short=short, noun=noun, nouns=plural(noun) if lang == "en" else noun,
        a_noun=article(noun) if lang == "en" else noun, detail=chain[stage]["d" + lang][k], product=product,
        want=want_np, who=who, city=city, town=city.split(",")[0], region=region, year=year, buyer=buyer, year0=rng.randint(1992, 2018),
        yrs=rng.randint(8, 30), person=full, first=given, label=label, last_up=family.upper(), title=rng.choice(TITLES[lang]),
        show=rng.choice(SHOWS[cat][li]), colleague=rng.choice(COLLEAGUES[lang]), staff=(staff := rng.choice([150, 300, 600, 1200, 2500])), staff_en=f"{staff:,}",
        cert=rng.choice(CERTS[cat][li]), rev=rng.choice([0.8, 1.5, 3, 5, 8]), rev_en=rng.choice([18, 40, 75, 120]),
        date=f"{year}年{month}月{day}日" if lang == "zh" else f"{MONTHS[month - 1]} {day}, {year}",
        date2=f"{month}月{day2}日" if lang == "zh" else f"{MONTHS[month - 1]} {day2}",
        a=texters[0], b=texters[1], boss=boss[2] if lang == "zh" else boss[0], reporter=rng.choice(REPORTERS[lang]),
        code=rng.choice(PROJECT[lang]), advisor=rng.choice(ADVISORS[lang]), adv_person=rng.choice(PEOPLE[home])[0],
        cagr=rng.randint(9, 38), amount=rng.choice([3000, 5000, 8000]), amount_en=rng.choice([5, 8, 15, 25]),
        times=rng.randint(2, 9), nth=rng.choice(["second", "third", "fifth", "eighth"]), stand=rng.choice([9, 18, 36, 54]),
        subject=rng.choice(SUBJECTS[lang]), phone=phone(rng, side),
        email=f"{given.lower()}@{re.sub(r'[^a-z]', '', short.lower()) or 'sales'}.com",
    )  # fmt: skip
    # the offer: the company, sometimes the customers it already serves (not what it seeks)
    pool = [
        t
        for t in tpl["offer"]
        if (stage != "E" or "{product}" not in str(t))  # an end buyer sells none
        and (stage in "RM" or "做{product}" not in str(t))  # only a grower or maker "does" it
        and not (buyer and re.search(r"Exhibit|展", str(t)))  # a visiting buyer exhibits nothing
    ]
    offer = [fill(rng.choice(pool), OFFER, ctx)]
    served = [x for x in SERVES[stage] if x != want]
    if served and rng.random() < 0.6:
        s_noun = rng.choice(CHAINS[key][rng.choice(served)][lang])
        ctx["served"] = plural(s_noun) if lang == "en" else s_noun
        offer.append(fill(rng.choice(tpl["served"]), OFFER, ctx))
        flags["served customers named"] += 1
    # the want: negated first, or the genre's own way, or one of its sentences
    special, p_special = SPECIAL.get(genre, ("", 0.0))
    r = rng.random()
    variant = "plain"
    if r < 0.18:
        ctx["neg"] = negated_noun(rng, side, lang, chain, own=stage, want=want)
        seek = fill(rng.choice(NEGATED[genre][lang]), SEEK, ctx)
        variant = "negated"
    elif r < 0.18 + p_special:
        seek = fill(rng.choice(tpl[special]), SEEK, ctx)
        variant = special
    else:
        seek_pool = [t for t in tpl["seek"] if who is not None or not needs_party(t)]
        seek = fill(rng.choice(seek_pool), SEEK, ctx)
    flags[f"want as {variant}"] += 1
    filler = fill(rng.choice(tpl.get("filler", FILLER[lang])), OTHER, ctx)
    for _ in range(50):
        lines = LAYOUT[genre](
            rng, lang, tpl, ctx, offer=offer, seek=seek, filler=filler, variant=variant, stage=stage
        )
        if n_lines(lines) <= MAX_LINES:
            break
    else:
        raise RuntimeError(f"{oid}: no layout short enough")
    segments = render(lines, " " if lang == "en" else "")
    description = "".join(t for t, _ in segments)
    org = {"id": oid, "side": side, "name": {lang: name}, "description": {lang: description}}
    return org, segments


# --------------------------------------------------------------------------------------------
# Layouts: a document is a list of lines; a line a list of sentences; a sentence a list of
# (text, kind) clauses. Sentences of a line are joined by a space (English) or nothing.
# --------------------------------------------------------------------------------------------
def interview_layout(rng, lang, tpl, ctx, *, offer, seek, filler, variant, stage):
    q_label, a_label = (x.format_map(ctx) for x in rng.choice(tpl["labels"]))
    main, *more = offer
    answer = [main] + ([filler] if rng.random() < 0.3 else [])
    pairs = [(tpl["q_offer"], answer)]
    for s in more:  # the customers already served: in the same answer or in a question of their own
        if rng.random() < 0.5:
            answer.append(s)
        else:
            pairs.append((tpl["q_cust"], [s]))
    r = rng.random()
    note = None
    if variant == "editor":
        note = [seek]
    elif r < 0.25:
        pairs.insert(0, (tpl["q_seek"], [seek]))
    elif r < 0.45:
        pairs[0] = (tpl["q_offer"], place(rng, answer, seek, first=0.6, last=0.0))
    else:
        pairs.insert(rng.randint(1, len(pairs)), (tpl["q_seek"], [seek]))
    lines = [[one(rng, tpl["head"], OTHER, ctx)]]
    if note and seek[0][0].startswith(("[Editor", "【编者按】")) and rng.random() < 0.5:
        lines.append(note)
        note = None
    for qpool, sentences in pairs:
        lines.append(labelled(q_label, [one(rng, qpool, OTHER, ctx)]))
        lines.append(labelled(a_label, sentences))
    if note:
        lines.append(note)
    closes = [c for c in tpl["close"] if not c.startswith(("记者", "Q:")) or c.startswith(q_label)]
    if rng.random() < 0.5:
        lines.append([one(rng, closes, OTHER, ctx)])
    return lines


def sms_layout(rng, lang, tpl, ctx, *, offer, seek, filler, variant, stage):
    a, b = ctx["a"], ctx["b"]
    main, *more = offer
    msgs: list[tuple[str, list]] = []
    if rng.random() < 0.5:
        msgs.append((a, one(rng, tpl["opener"], OTHER, ctx)))
    r = rng.random()
    body = [(a, main)] + [(a, s) for s in more] + ([(a, filler)] if rng.random() < 0.3 else [])
    if r < 0.3:  # the want first, then what they are
        msgs += [(a, seek), (b, one(rng, tpl["ask"], OTHER, ctx)), *body]
    else:
        msgs.append((b, one(rng, tpl["ask"], OTHER, ctx)))
        if len(body) > 1 and rng.random() < 0.4:
            body.insert(1, (b, one(rng, tpl["react"], OTHER, ctx)))
        msgs += place(rng, body, (a, seek), first=0.0, last=0.6)
    msgs.append((b, one(rng, tpl["close"], OTHER, ctx)))
    lines = [[one(rng, tpl["header"], OTHER, ctx)]] if rng.random() < 0.4 else []
    timed = rng.random() < 0.6
    hour, minute = rng.randint(8, 21), rng.randint(0, 40)
    for who, sentence in msgs:
        minute += rng.randint(0, 3)
        if not timed:
            prefix = f"{who}：" if lang == "zh" else f"{who}: "
        elif lang == "zh":
            prefix = f"[{hour:02d}:{minute:02d}] {who}："
        else:
            prefix = f"[{(hour - 1) % 12 + 1}:{minute:02d} {'AM' if hour < 12 else 'PM'}] {who}: "
        lines.append(labelled(prefix, [sentence]))
    return lines


def teaser_layout(rng, lang, tpl, ctx, *, offer, seek, filler, variant, stage):
    numbered = rng.random() < 0.5
    ov, hl, op = tpl["sections"][numbered]
    main, *more = offer
    lines = []
    if variant == "head_seek":
        lines.append([seek])
        seek = None
    else:
        lines.append([one(rng, tpl["head"], OTHER, ctx)])
    overview = [main]
    highlights = list(more) + ([filler] if rng.random() < 0.5 else [])
    r = rng.random()
    if seek is not None and r < 0.2:  # the want inside the overview
        overview.append(seek)
        seek = None
    lines.append(labelled(ov, overview))
    if highlights:
        lines.append(labelled(hl, highlights))
    deal = one(rng, tpl["deal"], OTHER, ctx)
    if seek is not None:
        opportunity = labelled(op, [seek, deal] if rng.random() < 0.4 else [seek])
        if r > 0.8 and highlights and not numbered:  # the opportunity before the highlights
            lines.insert(2, opportunity)
        else:
            lines.append(opportunity)
    elif rng.random() < 0.6:
        lines.append([deal])
    lines.append([one(rng, tpl["foot"], OTHER, ctx)])
    return lines


def application_layout(rng, lang, tpl, ctx, *, offer, seek, filler, variant, stage):
    buyer = ctx["buyer"]
    lines = [[one(rng, tpl["head_buyer" if buyer else "head"], OTHER, ctx)]]
    fields = [f for f in tpl["fields"] if not (buyer and "{stand}" in f)]
    for field in rng.sample(fields, rng.randint(0, 2)):
        lines.append([fill(field, OTHER, ctx)])
    if stage != "E" and not buyer and rng.random() < 0.35:
        lines.append([one(rng, tpl["products"], OFFER, ctx)])
    body = list(offer) + ([filler] if rng.random() < 0.3 else [])
    label = rng.choice(tpl["label_buyer" if buyer else "label"])
    if variant == "tick":
        text = labelled(label, body)
        lines += [[seek], text] if rng.random() < 0.5 else [text, [seek]]
    else:
        lines.append(labelled(label, place(rng, body, seek, first=0.35, last=0.4)))
    if rng.random() < 0.5:
        lines.append([one(rng, tpl["sign"], OTHER, ctx)])
    return lines


def ooo_layout(rng, lang, tpl, ctx, *, offer, seek, filler, variant, stage):
    main, *more = offer
    bridge = fill(rng.choice(tpl["bridge"]), OTHER, ctx)
    body = [[*bridge, *main], *more] + ([filler] if rng.random() < 0.25 else [])
    lines = [[one(rng, tpl["head"], OTHER, ctx)], [one(rng, tpl["open"], OTHER, ctx)]]
    lines.append(place(rng, body, seek, first=0.3, last=0.45))
    if rng.random() < 0.7:
        lines.append([one(rng, tpl["urgent"], OTHER, ctx)])
    lines.append([one(rng, tpl["sign"], OTHER, ctx)])
    return lines


LAYOUT = {
    "interview transcript": interview_layout,
    "text-message exchange": sms_layout,
    "investor teaser": teaser_layout,
    "exhibitor application objectives": application_layout,
    "out-of-office reply": ooo_layout,
}


def n_lines(lines: list) -> int:
    """Lines of a document, counting the line breaks inside its texts."""
    return len(lines) + sum(t.count("\n") for line in lines for sent in line for t, _ in sent)


def render(lines: list, sep: str) -> list[list[str]]:
    """The (text, kind) segments of a document, separators kept at the end of a segment."""
    out: list[list[str]] = []
    for li, line in enumerate(lines):
        for si, sentence in enumerate(line):
            for ci, (text, kind) in enumerate(sentence):
                end = ""
                if ci == len(sentence) - 1:
                    if si < len(line) - 1:
                        end = sep if not text.endswith(" ") else ""
                    elif li < len(lines) - 1:
                        end = "\n"
                out.append([text + end, kind])
    # a space before a line break or at the end of the document is dropped
    for seg in out:
        seg[0] = re.sub(r" +\n", "\n", seg[0])
    if out:
        out[-1][0] = out[-1][0].rstrip(" ")
    return [s for s in out if s[0]]


def seek_position(segs: list) -> str:
    """Where the want stands relative to the offer: first, middle or last."""
    kinds = [k for _, k in segs if k in (OFFER, SEEK)]
    i = kinds.index(SEEK)
    if OFFER not in kinds[:i]:
        return "first"
    if OFFER not in kinds[i:]:
        return "last"
    return "middle"


# --------------------------------------------------------------------------------------------
# The corpus
# --------------------------------------------------------------------------------------------
def slots(
    rng: random.Random, n: int, minority: str, n_minority: int, major: str
) -> list[tuple[str, str]]:
    """(genre, language) for ``n`` companies: genres even, the minority language one per
    genre first, then anywhere."""
    genres = [GENRES[i % len(GENRES)] for i in range(n)]
    rng.shuffle(genres)
    langs = [major] * n
    seen: set[str] = set()
    for i, g in enumerate(genres):
        if langs.count(minority) < n_minority and g not in seen:
            langs[i] = minority
            seen.add(g)
    for i in rng.sample(range(n), n):
        if langs.count(minority) >= n_minority:
            break
        langs[i] = minority
    out = list(zip(genres, langs, strict=True))
    rng.shuffle(out)
    return out


def build() -> tuple[dict, dict, dict, dict]:
    rng = random.Random(SEED)
    USED_NAMES.clear()
    roles: list[tuple[str, str, str, str]] = []  # side, chain, stage, want
    coverage, possible = 0, 0
    for key, cn in zip(CHAINS, cn_roles(rng), strict=True):
        us, got, could = us_roles(rng, cn)
        coverage += got
        possible += could
        roles += [("CN", key, s, w) for s, w in cn] + [("US", key, s, w) for s, w in us]
    cn_slots = slots(rng, N_CN * len(CHAINS), "en", N_CN_EN, "zh")
    us_slots = slots(rng, N_US * len(CHAINS), "zh", N_US_ZH, "en")
    orgs, segs, meta = [], {}, {}
    flags: Counter = Counter()
    count = {"CN": 0, "US": 0}
    for side, key, stage, want in roles:
        genre, lang = (cn_slots if side == "CN" else us_slots)[count[side]]
        count[side] += 1
        oid = f"{PREFIX}{side.lower()}{count[side]:03d}"
        org, seg = make_org(
            rng, oid, side, key=key, stage=stage, want=want, genre=genre, lang=lang, flags=flags
        )
        orgs.append(org)
        segs[oid] = seg
        meta[oid] = (side, key, stage, want, genre, lang)
        flags[f"want placed {seek_position(seg)}"] += 1
    partners: dict[str, list[str]] = {}
    for a, (sa, ka, xa, wa, *_rest) in meta.items():
        for b, (sb, kb, xb, wb, *_more) in meta.items():
            if sa != sb and ka == kb and xa == wb and xb == wa:
                partners.setdefault(a, []).append(b)
    gold = {
        "partners": partners,
        "roles": {i: f"{m[1]}:{m[2]}>{m[3]}" for i, m in meta.items()},
        "split": dict.fromkeys(meta, "corpus"),
        "genres": {i: m[4] for i, m in meta.items()},
    }
    profiles = {"format": "tradebridge-profiles/1", "organizations": orgs}
    flags[f"traps covered (of {possible} possible)"] = coverage
    return profiles, gold, segs, {"meta": meta, "flags": flags}


def check(profiles: dict, gold: dict, segs: dict, meta: dict) -> None:
    """The corpus is consistent: segments, partners, roles, ids, names, genres, templates."""
    orgs = profiles["organizations"]
    ids = [o["id"] for o in orgs]
    assert len(ids) == len(set(ids)) == len(CHAINS) * (N_CN + N_US)
    assert all(
        re.fullmatch(rf"{PREFIX}(cn|us)\d{{3}}", i)
        and i[len(PREFIX) : len(PREFIX) + 2] == o["side"].lower()
        for i, o in zip(ids, orgs, strict=True)
    )
    names = [next(iter(o["name"].values())) for o in orgs]
    assert len(names) == len(set(names)), "company names repeat"
    for o in orgs:
        ((lang, text),) = o["description"].items()
        assert list(o["name"]) == [lang] and text.strip() == text and text, o["id"]
        assert "".join(t for t, _ in segs[o["id"]]) == text, o["id"]
        assert all(t and k in (OFFER, SEEK, OTHER) for t, k in segs[o["id"]]), o["id"]
        kinds = {k for _, k in segs[o["id"]]}
        assert SEEK in kinds and OFFER in kinds, o["id"]
        assert not re.search(r"[{}]|None|(?<![A-Za-z0-9])@", text), o["id"]
        assert len(text.split("\n")) <= MAX_LINES, o["id"]
        side, _, _, _, _, m_lang = meta[o["id"]]
        assert m_lang == lang and side == o["side"]
    for i, role in gold["roles"].items():
        key, sw = role.split(":")
        s, w = sw.split(">")
        assert key in CHAINS and w in NEIGHBOURS[s], (i, role)
    for i in ids:
        if i.startswith(f"{PREFIX}cn"):
            assert gold["partners"].get(i), f"{i} has no partner"
    for a, bs in gold["partners"].items():
        assert all(a in gold["partners"][b] for b in bs)
    by = Counter((g, meta[i][5]) for i, g in gold["genres"].items())
    assert all(by[g, lang] for g in GENRES for lang in ("zh", "en")), by
    for g in GENRES:
        for lang in ("zh", "en"):
            assert len(T[g][lang]["offer"]) >= 6 and len(T[g][lang]["seek"]) >= 6, (g, lang)
    for key, chain in CHAINS.items():
        for s in STAGES:
            n = len(chain[s]["zh"])
            fields = [chain[s][f] for f in ("en", "dzh", "den", "wzh", "wen")]
            fields += [chain[s][f] for f in ("pzh", "pen") if chain[s][f]]
            assert n in (2, 3) and all(len(f) == n for f in fields), (key, s)


def main() -> None:
    profiles, gold, segs, info = build()
    meta, flags = info["meta"], info["flags"]
    check(profiles, gold, segs, meta)
    for suffix, data in (("", profiles), ("_gold", gold), ("_segments", segs)):
        (HERE / f"roles_corpus10{suffix}.json").write_text(
            json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8"
        )
    orgs = profiles["organizations"]
    print(f"roles_corpus10: {sum(o['side'] == 'CN' for o in orgs)} CN x {sum(o['side'] == 'US' for o in orgs)} US, "
          f"{len(gold['partners'])} companies with a partner, chains: {', '.join(CHAINS)}")  # fmt: skip
    for g in GENRES:
        c = Counter((m[0], m[5]) for m in meta.values() if m[4] == g)
        print(
            f"  {g:34s} "
            + "  ".join(f"{s}-{lang}:{c[s, lang]}" for s in ("CN", "US") for lang in ("zh", "en"))
        )
    print("  languages:", dict(Counter((m[0], m[5]) for m in meta.values())))
    for side in ("CN", "US"):
        print(
            f"  stages {side}:",
            dict(sorted(Counter(m[2] for m in meta.values() if m[0] == side).items())),
        )
    print("  roles:", dict(sorted(Counter(f"{m[2]}>{m[3]}" for m in meta.values()).items())))
    print("  segments:", dict(Counter(k for seg in segs.values() for _, k in seg)))
    print("  hard cases:", dict(sorted(flags.items())))


if __name__ == "__main__":
    main()
