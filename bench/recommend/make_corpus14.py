# ruff: noqa: E501  (the templates and role phrases are data; wrapping them would only hurt reading)
"""Write the fourteenth training corpus for the partner recommender: ``roles_corpus14.json``,
``roles_corpus14_gold.json`` and ``roles_corpus14_segments.json``.

    python bench/recommend/make_corpus14.py

Ten value chains from food, drink and personal care (kombucha, home soda makers,
kimchi, mooncakes, baker's yeast, self-heating hot pot meals, lip balm, bath bombs, dental
floss, wet wipes), 4 Chinese and 7 US companies each, every one at one stage: raw material,
key component or packaging supplier (R: a starter culture lab, a CO2 cylinder maker, a napa
cabbage grower, a lip balm tube molder, a citric acid producer, a spunlace mill…), maker (M),
distributor / importer / wholesaler (D) or end buyer (E: a natural grocery chain, an office
pantry service, a Korean BBQ chain, a corporate gifting company, a pizza chain, a day spa
chain, a dental clinic group…). Chinese companies mostly write mainland business Chinese (one
in ten English), US companies English (one in ten Chinese). Every description is a form or a
listing filled in by the company or by staff, in one of five ways, in Chinese or English:

* a tenant application to an industrial park or foreign-trade zone ("{park}企业入驻申请表",
  "TENANT APPLICATION — …": applicant, space, business description, assistance requested,
  sometimes the zone staff's review line);
* a bank trade-finance application, the applicant's part ("贸易融资业务申请书", "Trade
  Finance Application": facility, nature of business, purpose of facility, repayment source,
  certification, sometimes the relationship manager's note);
* a map / local business listing ("商家简介", "From the business", rating, category, address,
  hours, sometimes a pinned update from the business);
* a service-desk ticket opened by secretariat staff for a member ("工单编号", "Ticket #…",
  priority, account, description, status; third person, the member sometimes quoted);
* a sample-room intake slip of a trade showroom, filled in by staff ("样品登记单", "SAMPLE
  ROOM — INTAKE SLIP": sender, item, shelf, company, purpose of display, display period).

Each description is built from clauses labelled ``offer`` (what the company is, makes, sells,
whom it already serves), ``seek`` (what or whom it wants now) or ``other`` (form headers,
field labels before the offer, amounts, addresses, ratings, ticket status, declarations and
disclaimers, negated wants); the clauses concatenated are the description, and are written to
the segments file. Hard cases, each in several documents: customers already served named in
the offer; negated wants ("不找经销商，只找…", "We are not looking for distributors; we need
…"); role nouns inside company names that differ from the company's stage ("进出口" for a
factory, "Manufacturing" for a wholesaler, "Wholesale Club" for a chain of stores); wants
naming only a generic role and the country ("a US importer", "美国经销商"); a maker's want
named by its input material ("a dependable source of citric acid and baking soda"); the want
placed first, in the middle or last, with and without a verb of wanting, as a form field
("需园区协助事项：…", "Requirements: …", "Purpose of display: …"), a quotation, a question, a
condition, a plan, or in the third person (a ticket, a staff review, a bank officer's note).
A pair (CN, US) is gold when both are in one chain and each one's stage is what the other
seeks.

Standard library only; deterministic (``random.Random(SEED)``).
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

from corpus_tools import (
    OFFER,
    OTHER,
    SEEK,
    Ctx,
    article,
    build,
    fill,
    needs_party,
    one,
    place,
    plural,
    render,
    some,
    st,
    units,
    want_phrases,
)

HERE = Path(__file__).resolve().parent
SEED = 141414
PREFIX = "k14"
N_CN, N_US = 4, 7
STAGES = ("R", "M", "D", "E")
NEIGHBOURS = {"R": ("M",), "M": ("R", "D", "E"), "D": ("M", "E"), "E": ("M", "D")}
SERVES = {"R": ("M",), "M": ("D", "E"), "D": ("E",), "E": ()}  # whom a stage already sells to
GENRES = (
    "park tenant application",
    "trade finance application",
    "map business listing",
    "service desk ticket",
    "sample room register",
)
MINORITY_SHARE = 0.1  # CN companies writing English, US companies writing Chinese


# --------------------------------------------------------------------------------------------
# The chains: per stage (Chinese nouns, English nouns, Chinese details, English details,
# Chinese name words, English name words). English details are noun phrases ("with …").
# --------------------------------------------------------------------------------------------
# fmt: off
CHAINS: dict[str, dict] = {
    "kombucha": {
        "cat": "drink", "product": ("康普茶", "kombucha"),
        "material": ("康普茶菌母和发酵菌种", "SCOBY and kombucha starter cultures"),
        "R": st(["发酵菌种厂", "康普茶菌种供应商"], ["starter culture lab", "SCOBY supplier"],
                ["冻干发酵菌种年产120吨", "康普茶菌母和发酵母液每月供应80吨"],
                ["120 tonnes of freeze-dried starter cultures a year", "80 tonnes of SCOBY and starter liquid a month"],
                ["生物科技", "菌种"], ["Cultures", "Ferment Labs"]),
        "M": st(["康普茶饮料厂", "发酵饮品代工厂"], ["kombucha brewery", "fermented beverage co-packer"],
                ["年产康普茶1.2万吨，罐装、瓶装各一条线", "500箱起可做贴牌，低糖、无糖配方都能做"],
                ["12,000 tonnes of kombucha a year on a can line and a bottle line", "private-label runs from 500 cases and low- or zero-sugar recipes"],
                ["饮品", "发酵饮料"], ["Kombucha", "Craft Beverages"]),
        "D": st(["饮料经销商", "健康食品批发商"], ["beverage distributor", "natural foods distributor"],
                ["覆盖商超和便利店终端2600个", "自有冷藏车40台"],
                ["2,600 grocery and convenience accounts", "a fleet of 40 refrigerated trucks"],
                ["酒水饮料", "食品商贸"], ["Beverage Distributors", "Natural Foods"]),
        "E": st(["精品超市连锁", "健身房连锁"], ["natural grocery chain", "gym chain"],
                ["门店95家", "健身房300家，会员60万"],
                ["95 natural grocery stores", "300 gyms and 600,000 members"],
                ["超市", "健身"], ["Markets", "Fitness"]),
    },
    "sodamaker": {
        "cat": "appliance", "product": ("家用气泡水机", "home soda makers"),
        "material": ("铝合金二氧化碳气瓶", "aluminium CO2 cylinders"),
        "R": st(["二氧化碳气瓶厂", "食品级二氧化碳供应商"], ["CO2 cylinder maker", "food-grade CO2 supplier"],
                ["铝合金气瓶月产60万只，通过DOT和TPED认证", "食品级液体二氧化碳年产20万吨"],
                ["600,000 aluminium cylinders a month, DOT and TPED approved", "200,000 tonnes of food-grade liquid CO2 a year"],
                ["气瓶", "气体"], ["Cylinders", "Gas Products"]),
        "M": st(["气泡水机工厂", "小家电代工厂"], ["soda maker manufacturer", "small appliance OEM"],
                ["年产气泡水机150万台，阀体和外壳自己开模", "1000台起可做贴牌，可配套气瓶和水瓶"],
                ["1.5 million soda makers a year, valves and housings molded in-house", "private label from 1,000 units with cylinders and bottles bundled"],
                ["电器", "家电"], ["Appliances", "Home Appliance"]),
        "D": st(["小家电批发商", "厨房用品进口商"], ["housewares distributor", "kitchen appliance importer"],
                ["给3000家门店配货", "仓库常备小家电8万台"],
                ["3,000 retail doors", "80,000 appliances in the warehouse"],
                ["家电商贸", "厨具"], ["Housewares", "Kitchen Imports"]),
        "E": st(["办公茶水间服务商", "厨具家居连锁"], ["office pantry service", "kitchen store chain"],
                ["为1800家企业提供茶水间服务", "门店140家"],
                ["pantry service for 1,800 offices", "140 kitchen stores"],
                ["企业服务", "家居"], ["Office Refreshments", "Kitchen Stores"]),
    },
    "kimchi": {
        "cat": "food", "product": ("韩式泡菜", "kimchi"),
        "material": ("大白菜和韩式辣椒粉", "napa cabbage and Korean chili flakes"),
        "R": st(["大白菜种植基地", "辣椒粉加工厂"], ["napa cabbage grower", "chili flake mill"],
                ["大白菜种植面积1.2万亩，10月到次年1月集中供货", "韩式粗辣椒粉月产300吨"],
                ["2,000 acres of napa cabbage harvested from October to January", "300 tonnes of coarse Korean-style chili flakes a month"],
                ["农业开发", "辣椒"], ["Farms", "Chili Mills"]),
        "M": st(["泡菜厂", "韩式小菜加工厂"], ["kimchi factory", "fermented vegetable maker"],
                ["辣白菜日产80吨，出口韩国、日本十多年", "萝卜块、黄瓜泡菜和各类小菜都能做，300箱起可贴牌"],
                ["80 tonnes of kimchi a day and more than ten years of exports to Korea and Japan", "radish and cucumber kimchi and banchan, private label from 300 cases"],
                ["食品", "泡菜"], ["Foods", "Kimchi"]),
        "D": st(["进口食品经销商", "冷链食品批发商"], ["imported food distributor", "foodservice distributor"],
                ["给1100家超市供货", "冷库容量2万立方米"],
                ["1,100 grocery accounts", "700,000 cubic feet of cold storage"],
                ["食品商贸", "冷链"], ["Asian Foods", "Foodservice"]),
        "E": st(["韩式烤肉连锁", "团餐公司"], ["barbecue restaurant chain", "contract caterer"],
                ["门店180家", "每天供应团餐15万份"],
                ["180 Korean barbecue restaurants", "150,000 meals a day for schools and offices"],
                ["餐饮", "团餐"], ["BBQ", "Dining Services"]),
    },
    "mooncake": {
        "cat": "food", "product": ("月饼", "mooncakes"),
        "material": ("莲蓉馅料和咸蛋黄", "lotus seed paste and salted egg yolks"),
        "R": st(["馅料厂", "咸蛋黄加工厂"], ["bakery filling maker", "salted yolk processor"],
                ["莲蓉、豆沙、五仁馅料年产2万吨", "咸蛋黄日产60万枚"],
                ["20,000 tonnes of lotus, red bean and five-nut fillings a year", "600,000 salted yolks a day"],
                ["食品配料", "蛋品"], ["Fillings", "Yolk Foods"]),
        "M": st(["月饼厂", "中式糕点厂"], ["mooncake bakery", "pastry maker"],
                ["中秋档产月饼4000万个", "广式、冰皮月饼都能做，5000盒起可定制礼盒"],
                ["40 million mooncakes each Mid-Autumn season", "Cantonese and snow-skin mooncakes and custom gift boxes from 5,000"],
                ["食品", "饼家"], ["Bakery", "Pastry"]),
        "D": st(["节令食品批发商", "食品进口商"], ["seasonal food wholesaler", "specialty food importer"],
                ["中秋档给800家门店配货", "常备礼盒装食品300个品类"],
                ["Mid-Autumn programs for 800 stores", "300 gift-boxed lines in stock"],
                ["食品贸易", "商贸"], ["Oriental Foods", "Specialty Imports"]),
        "E": st(["商超连锁", "企业礼品采购公司"], ["supermarket chain", "corporate gifting company"],
                ["门店45家", "每年为600家企业定制节日礼品"],
                ["45 supermarkets", "holiday gift programs for 600 corporate clients"],
                ["超市", "礼品"], ["Supermarkets", "Gifting"]),
    },
    "yeast": {
        "cat": "food", "product": ("酵母", "baker's yeast"),
        "material": ("甘蔗糖蜜和甜菜糖蜜", "cane and beet molasses"),
        "R": st(["糖蜜供应商", "酵母营养盐厂"], ["molasses supplier", "yeast nutrient producer"],
                ["甘蔗糖蜜年供15万吨", "磷酸氢二铵等营养盐年产3万吨"],
                ["150,000 tonnes of cane molasses a year", "30,000 tonnes of yeast nutrients a year"],
                ["糖业", "化工"], ["Molasses", "Nutrients"]),
        "M": st(["酵母厂", "酵母生产企业"], ["yeast plant", "yeast manufacturer"],
                ["高活性干酵母年产5万吨", "鲜酵母、耐高糖酵母都能做，可做小包装贴牌"],
                ["50,000 tonnes of instant dry yeast a year", "fresh and osmotolerant yeast with small-pack private label"],
                ["生物", "酵母"], ["Yeast", "Fermentation"]),
        "D": st(["烘焙原料经销商", "食品配料进口商"], ["bakery ingredient distributor", "food ingredient importer"],
                ["给5000家烘焙店供货", "常备烘焙原料1200种"],
                ["5,000 bakery accounts", "1,200 bakery ingredients in stock"],
                ["烘焙原料", "食品配料"], ["Bakery Supply", "Ingredients"]),
        "E": st(["烘焙连锁", "披萨连锁"], ["bakery chain", "pizza chain"],
                ["门店520家，中央工厂3座", "门店900家"],
                ["520 bakery-cafés and three central bakeries", "900 pizza restaurants"],
                ["烘焙", "餐饮"], ["Bakery Cafe", "Pizza"]),
    },
    "hotpot": {
        "cat": "food", "product": ("自热火锅", "self-heating hot pot meals"),
        "material": ("自热发热包和火锅底料", "self-heating packs and hot pot soup base"),
        "R": st(["发热包厂", "火锅底料厂"], ["heating pack maker", "hot pot base maker"],
                ["食品级发热包日产200万个", "火锅底料年产3万吨"],
                ["2 million food-grade heating packs a day", "30,000 tonnes of hot pot base a year"],
                ["新材料", "调味品"], ["Heat Packs", "Seasonings"]),
        "M": st(["自热食品厂", "方便食品生产企业"], ["self-heating meal maker", "convenience food manufacturer"],
                ["自热火锅日产30万盒", "自热米饭、自热火锅两条线，1万盒起可贴牌"],
                ["300,000 self-heating hot pots a day", "self-heating rice and hot pot lines, private label from 10,000 boxes"],
                ["食品", "方便食品"], ["Foods", "Instant Meals"]),
        "D": st(["方便食品批发商", "户外用品经销商"], ["convenience food wholesaler", "outdoor gear distributor"],
                ["给2000家便利店供货", "给700家户外店供货"],
                ["2,000 convenience store accounts", "700 outdoor retailers"],
                ["食品商贸", "户外"], ["Convenience Foods", "Outfitters Supply"]),
        "E": st(["户外用品连锁", "便利店连锁"], ["camping store chain", "convenience store chain"],
                ["门店120家", "门店3200家"],
                ["120 camping stores", "3,200 convenience stores"],
                ["户外", "便利"], ["Outdoor", "Mart"]),
    },
    "lipbalm": {
        "cat": "care", "product": ("润唇膏", "lip balm"),
        "material": ("唇膏空管和化妆品包材", "empty lip balm tubes and cosmetic packaging"),
        "R": st(["唇膏管厂", "化妆品包材厂"], ["lip balm tube molder", "cosmetic packaging maker"],
                ["唇膏管月产2000万支", "PP、AS唇膏管和盖子都能做，可丝印烫金"],
                ["20 million lip balm tubes a month", "PP and AS tubes and caps with printing and hot stamping"],
                ["塑胶", "包装"], ["Packaging", "Plastics"]),
        "M": st(["唇膏代工厂", "化妆品工厂"], ["lip care manufacturer", "cosmetics contract manufacturer"],
                ["润唇膏日产20万支，通过GMPC认证", "3000支起可做贴牌，配方可按客户要求调整"],
                ["200,000 lip balms a day, GMPC certified", "private label from 3,000 sticks and formulas adjusted on request"],
                ["化妆品", "生物科技"], ["Cosmetics", "Lip Care"]),
        "D": st(["美妆批发商", "个护用品经销商"], ["beauty distributor", "health and beauty wholesaler"],
                ["给6000个零售网点供货", "代理个护品牌40个"],
                ["6,000 retail doors", "40 personal care brands carried"],
                ["美妆商贸", "日化"], ["Beauty Distributors", "HBA Supply"]),
        "E": st(["连锁药房", "滑雪度假区"], ["drugstore chain", "ski resort operator"],
                ["门店1400家", "运营滑雪场8座，雪具店40家"],
                ["1,400 drugstores", "eight ski resorts with 40 slope-side shops"],
                ["大药房", "冰雪"], ["Pharmacy", "Mountain Resorts"]),
    },
    "bathbomb": {
        "cat": "care", "product": ("泡澡球", "bath bombs"),
        "material": ("柠檬酸和小苏打", "citric acid and baking soda"),
        "R": st(["柠檬酸厂", "小苏打生产企业"], ["citric acid producer", "sodium bicarbonate plant"],
                ["柠檬酸年产8万吨，食品级、工业级都有", "小苏打年产20万吨"],
                ["80,000 tonnes of citric acid a year in food and technical grades", "200,000 tonnes of baking soda a year"],
                ["生化", "化工"], ["Biochem", "Chemicals"]),
        "M": st(["泡澡球工厂", "洗浴用品厂"], ["bath bomb factory", "bath products manufacturer"],
                ["泡澡球日产15万个，可内置小玩具和干花", "泡澡球、浴盐、沐浴露都能做，2000个起可贴牌"],
                ["150,000 bath bombs a day with toys or dried flowers inside", "bath bombs, bath salts and shower gel, private label from 2,000 pieces"],
                ["日化", "洗护用品"], ["Bath Works", "Body Care"]),
        "D": st(["礼品进口商", "洗浴用品批发商"], ["gift importer", "bath and body wholesaler"],
                ["给2500家礼品店供货", "常备洗浴用品900款"],
                ["2,500 gift shop accounts", "900 bath and body lines in stock"],
                ["礼品", "日化商贸"], ["Gift Imports", "Bath Supply"]),
        "E": st(["水疗会所连锁", "礼品店连锁"], ["day spa chain", "gift shop chain"],
                ["门店75家", "门店260家"],
                ["75 day spas", "260 gift shops"],
                ["养生", "礼品"], ["Spa", "Gifts"]),
    },
    "floss": {
        "cat": "care", "product": ("牙线和牙线棒", "dental floss and floss picks"),
        "material": ("尼龙牙线丝和PTFE牙线丝", "nylon and PTFE floss yarn"),
        "R": st(["牙线丝厂", "PTFE扁丝厂"], ["floss yarn producer", "PTFE tape maker"],
                ["尼龙和PTFE牙线丝月产120吨", "PTFE扁丝年产800吨"],
                ["120 tonnes of nylon and PTFE floss yarn a month", "800 tonnes of PTFE tape a year"],
                ["新材料", "化纤"], ["Filaments", "Fluoropolymers"]),
        "M": st(["牙线厂", "口腔护理用品厂"], ["floss manufacturer", "oral care factory"],
                ["牙线棒日产500万支", "牙线、牙线棒、牙缝刷都能做，5000盒起可贴牌"],
                ["5 million floss picks a day", "floss, floss picks and interdental brushes, private label from 5,000 packs"],
                ["口腔护理", "日用品"], ["Oral Care", "Dental Products"]),
        "D": st(["口腔用品经销商", "牙科耗材经销商"], ["oral care distributor", "dental supply distributor"],
                ["给4000家药店供货", "给6000家牙科诊所供货"],
                ["4,000 pharmacy accounts", "6,000 dental offices served"],
                ["医疗器械", "商贸"], ["Dental Supply", "Health Distributors"]),
        "E": st(["口腔诊所连锁", "连锁超市"], ["dental clinic group", "supermarket chain"],
                ["诊所210家", "门店350家"],
                ["210 dental offices", "350 supermarkets"],
                ["口腔", "超市"], ["Dental Group", "Grocers"]),
    },
    "wetwipe": {
        "cat": "care", "product": ("湿巾", "wet wipes"),
        "material": ("水刺无纺布", "spunlace nonwoven"),
        "R": st(["水刺无纺布厂", "湿巾液供应商"], ["spunlace mill", "wipe lotion supplier"],
                ["水刺无纺布年产4万吨", "湿巾液每月供应3000吨"],
                ["40,000 tonnes of spunlace a year", "3,000 tonnes of wipe lotion a month"],
                ["无纺布", "材料"], ["Nonwovens", "Lotions"]),
        "M": st(["湿巾厂", "卫生用品代工厂"], ["wet wipe manufacturer", "hygiene products co-packer"],
                ["湿巾日产600万片，十万级洁净车间", "婴儿湿巾、消毒湿巾、单片装湿巾都能做"],
                ["6 million wipes a day in a class-100,000 clean room", "baby wipes, disinfecting wipes and single-pack towelettes"],
                ["卫生用品", "护理用品"], ["Hygiene", "Wipes"]),
        "D": st(["卫生用品批发商", "清洁用品经销商"], ["janitorial supply distributor", "baby products wholesaler"],
                ["给3000家单位客户供货", "仓库面积4万平方米"],
                ["3,000 facility accounts", "a 400,000 sq ft warehouse"],
                ["卫生用品商贸", "清洁"], ["Janitorial Supply", "Baby Wholesale"]),
        "E": st(["海鲜餐厅连锁", "母婴店连锁"], ["seafood restaurant chain", "baby store chain"],
                ["门店300家，每桌配湿巾", "门店180家"],
                ["300 seafood restaurants handing out towelettes", "180 baby stores"],
                ["餐饮", "母婴"], ["Seafood Grill", "Baby Stores"]),
    },
}

# A want that names only the role (and the country), not the product.
GENERIC = {
    "zh": {"R": ["原料供应商", "包材供应商", "原材料厂家"], "M": ["生产厂家", "源头工厂", "代工厂"],
           "D": ["经销商", "代理商", "贸易商", "进口商"], "E": ["终端客户", "连锁客户", "大客户"]},
    "en": {"R": ["raw material supplier", "packaging supplier"], "M": ["manufacturer", "factory", "contract manufacturer"],
           "D": ["distributor", "wholesaler", "importer"], "E": ["retail chain", "end customer", "chain buyer"]},
}

# A word in a company name that belongs to another stage than the company's.
MISLEAD = {"zh": {"R": ["贸易"], "M": ["进出口"], "D": ["制造", "实业制造"], "E": ["批发"]},
           "en": {"R": ["Trading"], "M": ["Import & Export", "Distribution"], "D": ["Manufacturing", "Mfg."], "E": ["Wholesale Club"]}}
STAGE_WORDS = {  # role words in names, by the stage they suggest (for the summary only)
    "M": ["制造", "工厂", "Mfg", "Manufacturing", "Works", "Mills"],
    "D": ["贸易", "商贸", "进出口", "批发", "Trading", "Import", "Wholesale", "Distribut", "Supply"],
    "E": ["超市", "连锁", "Stores", "Club", "Markets", "Grocers"],
}

CERTS = {
    "food": (["通过HACCP认证", "通过BRCGS认证"], ["HACCP certified", "BRCGS certified"]),
    "drink": (["通过FSSC 22000认证", "通过ISO 22000认证"], ["SQF certified", "FSSC 22000 certified"]),
    "care": (["通过ISO 22716认证", "通过GMPC认证"], ["ISO 22716 certified", "FDA-registered"]),
    "appliance": (["通过CCC和CE认证", "通过ISO 9001认证"], ["UL and CE listed", "ISO 9001 certified"]),
}
PARK_KIND = {"food": "食品产业园", "drink": "食品产业园", "care": "美妆产业园", "appliance": "家电产业园"}

# Places and people, by side (CN / US) and language.
CN_CITY_ZH = {"青岛": "山东", "烟台": "山东", "潍坊": "山东", "扬州": "江苏", "无锡": "江苏", "宁波": "浙江",
              "台州": "浙江", "汕头": "广东", "佛山": "广东", "东莞": "广东", "成都": "四川", "宜昌": "湖北",
              "延吉": "吉林", "漳州": "福建"}
CN_CORE_ZH = ["瑞丰", "康源", "鑫诚", "禾盛", "天成", "信达", "百川", "聚源", "益康", "恒昌", "立信", "同泰",
              "春晖", "东升", "金鼎", "宏业", "安泰", "博远", "正阳", "德馨", "海川", "方圆"]
CN_CORE_EN = ["Ruifeng", "Kangyuan", "Xincheng", "Hesheng", "Tiancheng", "Baichuan", "Juyuan", "Hengchang", "Tongtai", "Chunhui"]
US_CORE_EN = ["Harbor Oak", "Red Cedar", "Northfield", "Lakeshore", "Prairie Wind", "Blue Ridge", "Granite Peak",
              "Copper Creek", "Evergreen", "Meadowbrook", "Sandpiper", "Highland", "Driftwood", "Riverbend",
              "Clearwater", "Summit Ridge", "Larkspur", "Kingsley", "Abernathy", "Holloway", "Pemberton", "Marlowe",
              "Osprey", "Bayside", "Thornton & Reyes", "Castillo"]
US_CORE_ZH = ["橡树港", "红杉", "北田", "湖岸", "蓝岭", "花岗峰", "铜溪", "常青", "草溪", "河湾"]
CITY = {
    ("CN", "zh"): list(CN_CITY_ZH),
    ("CN", "en"): ["Qingdao", "Yantai", "Yangzhou", "Ningbo", "Shantou", "Foshan", "Chengdu", "Yichang"],
    ("US", "en"): ["Edison, New Jersey", "Chicago, Illinois", "Seattle, Washington", "Houston, Texas",
                   "San Diego, California", "Boston, Massachusetts", "Kansas City, Missouri", "Charlotte, North Carolina",
                   "Sacramento, California", "Milwaukee, Wisconsin", "Tampa, Florida", "Boise, Idaho"],
    ("US", "zh"): ["新泽西州爱迪生", "伊利诺伊州芝加哥", "华盛顿州西雅图", "得州休斯敦", "加州圣迭戈", "马萨诸塞州波士顿"],
}
REGION = {  # the region of a city (a Chinese city by its province)
    ("CN", "zh"): {"山东": "山东", "江苏": "江苏", "浙江": "浙江", "广东": "广东", "四川": "川渝", "湖北": "华中",
                   "吉林": "东北", "福建": "福建"},
    ("CN", "en"): {"Qingdao": "Shandong", "Yantai": "Shandong", "Yangzhou": "Jiangsu", "Ningbo": "Zhejiang",
                   "Shantou": "eastern Guangdong", "Foshan": "the Pearl River Delta", "Chengdu": "Sichuan", "Yichang": "Hubei"},
    ("US", "en"): {"Edison, New Jersey": "the Northeast", "Chicago, Illinois": "the Midwest", "Seattle, Washington": "the Pacific Northwest",
                   "Houston, Texas": "Texas", "San Diego, California": "Southern California", "Boston, Massachusetts": "New England",
                   "Kansas City, Missouri": "the Midwest", "Charlotte, North Carolina": "the Southeast",
                   "Sacramento, California": "Northern California", "Milwaukee, Wisconsin": "the Upper Midwest",
                   "Tampa, Florida": "the Southeast", "Boise, Idaho": "the Mountain West"},
    ("US", "zh"): {"新泽西州爱迪生": "美国东北部", "伊利诺伊州芝加哥": "美国中西部", "华盛顿州西雅图": "美国西北部",
                   "得州休斯敦": "美国南部", "加州圣迭戈": "美国西海岸", "马萨诸塞州波士顿": "美国东北部"},
}
PEOPLE = {
    ("CN", "zh"): ["王海燕", "李国栋", "赵敏", "孙志刚", "周晓琳", "吴斌", "郑雅婷", "钱立新", "韩冬梅", "杜鹏"],
    ("CN", "en"): ["Wang Haiyan", "Li Guodong", "Zhao Min", "Sun Zhigang", "Zhou Xiaolin", "Wu Bin"],
    ("US", "en"): ["Karen Whitfield", "Marcus Reyes", "Stephanie Cho", "Tyler Brandt", "Olivia Martinez", "Greg Novak",
                   "Priya Raman", "Sean O'Donnell", "Laura Kim", "Daniel Okafor"],
    ("US", "zh"): ["凯伦·惠特菲尔德", "马库斯·雷耶斯", "斯蒂芬妮·赵", "泰勒·布兰特", "劳拉·金", "丹尼尔·奥卡福"],
}
TITLES = {"zh": ["总经理", "财务总监", "外贸部经理", "董事长", "采购经理", "副总经理"],
          "en": ["CEO", "CFO", "Controller", "Founder", "VP Operations", "Purchasing Manager"]}
COLLEAGUES = {"zh": ["小陈", "会员部周老师", "刘敏", "Amy", "小郑"], "en": ["Jenna", "Marco", "Hannah", "Luis", "member services"]}

# The country a company's partner is in: (Chinese names, English adjectives, English names).
ABROAD = {"CN": (["美国", "北美", "美国本土"], ["US", "American", "North American"], ["the US", "the United States"]),
          "US": (["中国", "国内", "中国大陆"], ["Chinese"], ["China"])}
# fmt: on

# --------------------------------------------------------------------------------------------
# The ways of writing. A template is a string (one clause of the slot's kind) or a tuple of
# (text, kind) clauses. Seek templates with "{who}" or an "@" at the start of a clause need a
# role noun (not a material).
# --------------------------------------------------------------------------------------------
# fmt: off
T: dict[str, dict[str, dict[str, list]]] = {
    "park tenant application": {
        "en": {
            "head": ["TENANT APPLICATION — {park}", "{park} · Application for Space No. {n}", "{park}: New Tenant Application"],
            "applicant": ["Applicant: {name}", "Company name: {name} · Principal: {person}, {title}"],
            "field": ["Space requested: {area} sq ft ({usage})", "Target move-in: {month} {year}", "Entity type: {etype}", "Lease term sought: {lease} years"],
            "label": ["Business description: ", "Nature of operations: ", ""],
            "offer": [
                "{Short} is {a_noun} with {detail}.",
                "We are {a_noun} with {detail}.",
                (("Founded in {year0}, ", OTHER), ("we operate as {a_noun} with {detail}.", OFFER)),
                "{Short} has been {a_noun} for {yrs} years, with {detail}.",
                "One of {region}'s {nouns}, with {detail}.",
                "{A_noun}; {detail}; {cert}.",
            ],
            "served": ["Current customers include {served}.", "We already supply {served}."],
            "seek": [
                "@Assistance requested from the zone: introductions to {want}.",
                "Other needs: {want}.",
                "Plan after move-in: start working with {who} in {year}.",
                "If the zone can introduce us to {who}, we would take more space.",
                "We are currently looking for {want}.",
                "@Help wanted from zone staff: finding {want}.",
                (("Staff review: file complete; ", OTHER), ("@the applicant mainly wants to meet {want}.", SEEK)),
            ],
            "footer": ["I certify that the information in this application is accurate.",
                       "Attachments: certificate of incorporation; two years of financial statements.",
                       "Contact: {person}, {phone}", "For zone office use only: ________"],
        },
        "zh": {
            "head": ["{park}企业入驻申请表", "入园申请表（{park}）　编号：{n}", "{park}招商服务中心　企业入驻登记表"],
            "applicant": ["申请单位：{name}", "申请企业：{name}　法定代表人：{person}"],
            "field": ["拟租用面积：{area}平方米（{usage}）", "拟入驻时间：{year}年{month}月", "企业性质：{etype}　注册资本：{capital}万元", "拟租期限：{lease}年"],
            "label": ["企业简介：", "主营业务：", ""],
            "offer": [
                "{short}是一家{noun}，{detail}。",
                "我司为{noun}，{detail}。",
                (("我司成立于{year0}年，", OTHER), ("系{noun}，{detail}。", OFFER)),
                "我司是{region}的{noun}，{detail}，{cert}。",
                "{short}专做{product}{yrs}年，属{noun}，{detail}。",
                "我司{detail}，是一家{noun}。",
            ],
            "served": ["现有客户主要为{served}。", "产品长期供应{served}。"],
            "seek": [
                "需园区协助事项：对接{want}。",
                "@希望园区帮忙引荐{want}。",
                "入驻后计划：{year}年内与{who}建立合作。",
                "如园区能对接{who}，我司拟追加租用面积。",
                "我司目前正在寻找{want}。",
                "其他需求：{want}。",
                (("园区初审意见：资料齐全，", OTHER), ("企业主要诉求是对接{want}。", SEEK)),
                "@对接需求：{want}。",
            ],
            "footer": ["本单位承诺所填内容真实有效。", "附件：营业执照复印件、近两年财务报表。",
                       "联系人：{person}　电话：{phone}", "（以下由园区招商部门填写）"],
        },
    },
    "trade finance application": {
        "en": {
            "head": ["TRADE FINANCE APPLICATION — {bank}", "{bank} · {fin} application", "Trade Finance Facility Request, Ref. {n}"],
            "applicant": ["Applicant: {name}", "Applicant: {name} · Contact: {person}, {title}"],
            "field": ["Facility requested: {fin}, USD {amount}, {tenor} days", "Amount: USD {amount} · Tenor: {tenor} days",
                      "Banking relationship since: {acct_year}"],
            "label": ["Nature of business: ", "Business description: ", ""],
            "offer": [
                "The applicant is {a_noun} with {detail}.",
                "{A_noun} with {detail}.",
                "The applicant is one of {region}'s {nouns}, with {detail}.",
                (("Established in {year0}, ", OTHER), ("the applicant operates as {a_noun} with {detail}.", OFFER)),
                "We work in {product} as {a_noun}, with {detail}.",
                "{Detail}; the company is {a_noun}.",
            ],
            "served": ["Main customers: {served}.", "Sales go mainly to {served}."],
            "seek": [
                "Purpose of facility: we are looking for {want}, and this line would fund the first orders.",
                "@Counterparty (under negotiation): {want}.",
                "Transaction background: the applicant expects to sign an annual contract with {who}.",
                "If we secure {who} in {year}, we will ask for a larger line.",
                "@The applicant plans to sign {want} in {year}.",
                "@Intended trading partner: {want}.",
                (("Relationship manager's note: account in good standing; ", OTHER), ("client is lining up {want}", SEEK), (" — recommend approval.", OTHER)),
                "Funds will cover the first shipments with {who}.",
            ],
            "footer": ["Source of repayment: trade receivables.", "The applicant certifies that the information given is true and complete.",
                       "Signed: {person}, {title} — {date}", "For bank use only: ________"],
        },
        "zh": {
            "head": ["{bank}贸易融资业务申请书", "{bank}　{fin}申请书", "贸易融资申请表　申请编号：{n}"],
            "applicant": ["申请人：{name}", "申请人：{name}　联系人：{person}（{title}）"],
            "field": ["申请业务品种：{fin}　金额：人民币{amount}万元　期限：{tenor}天", "申请金额：人民币{amount}万元　期限：{tenor}天",
                      "开户时间：{acct_year}年"],
            "label": ["申请人经营情况：", "企业概况：", ""],
            "offer": [
                "我司系{noun}，{detail}。",
                "{noun}，{detail}。",
                "申请人为{region}的{noun}，{detail}。",
                (("申请人成立于{year0}年，", OTHER), ("是一家{noun}，{detail}。", OFFER)),
                "主营{product}，属{noun}，{detail}。",
                "申请人{detail}，系{noun}。",
            ],
            "served": ["主要下游客户为{served}。", "目前销售对象主要是{served}。"],
            "seek": [
                "融资用途：我司正在寻找{want}，本笔融资拟用于首批订单。",
                "@拟合作交易对手：{want}（尚在洽谈中）。",
                "交易背景：申请人拟与{who}签订年度合同，首单金额待定。",
                "如{year}年内落实{who}，申请人将申请提高授信额度。",
                "@申请人计划在{year}年内谈下{want}。",
                "@目标交易对象：{want}。",
                (("客户经理意见：该客户经营正常，结算稳定，", OTHER), ("目前正在对接{want}，", SEEK), ("建议受理。", OTHER)),
                "资金主要用于与{who}的首批交易。",
            ],
            "footer": ["还款来源：销售回款。", "本申请人承诺以上所填内容真实、准确、完整。",
                       "申请人（公章）　法定代表人或授权签字人：{person}　{date}", "（以下由银行填写）"],
        },
    },
    "map business listing": {
        "en": {
            "head": ["{name}"],
            "meta": ["{rating} ★ ({reviews} reviews) · {category}", "{category} · {rating} stars · Claimed"],
            "field": ["Address: {addr}", "Hours: {hours}", "Phone: {phone}", "Website: {web}"],
            "label": ["From the business: ", "About: ", ""],
            "offer": [
                "{Short} is {a_noun} with {detail}.",
                "We are {a_noun}: {detail}.",
                "Family-owned {noun} since {year0}, with {detail}.",
                "{A_noun} in {city} with {detail}.",
                "Your {noun} in {region}: {detail}.",
                "{Short} has been {a_noun} for {yrs} years, with {detail}.",
            ],
            "served": ["Proud supplier to {served}.", "We serve {served} across {region}."],
            "seek": [
                "Now looking for {want}.",
                "@Wanted: {want}.",
                "Are you {who}? Give us a call.",
                "If you're {who}, we'd like to hear from you.",
                "In {year} we're focused on partnering with {who}.",
                "We need {want} — call the number above.",
                "@Open to: {want}.",
            ],
            "update": ["Update from the business ({ago} ago): ", "Pinned post: "],
        },
        "zh": {
            "head": ["{name}", "{short}（{district}）"],
            "meta": ["{category}　★{rating}（{reviews}条评价）", "★{rating}｜{category}｜商家已认证"],
            "field": ["地址：{addr}", "营业时间：{hours}", "电话：{phone}"],
            "label": ["商家简介：", "商户介绍：", ""],
            "offer": [
                "{short}是一家{noun}，{detail}。",
                "我们是{noun}，{detail}。",
                "专业{noun}，{detail}。",
                "{year0}年起专做{product}的{noun}，{detail}。",
                "本公司为{region}{noun}，{detail}，{cert}。",
                "{detail}——{short}，您身边的{noun}。",
            ],
            "served": ["长期为{served}供货。", "合作客户包括{served}。"],
            "seek": [
                "@诚招{want}。",
                "现寻找{want}，欢迎来电洽谈。",
                "需要：{want}。",
                "您是{who}吗？欢迎预约来访。",
                "如您是{who}，请拨打上方电话。",
                "{year}年起重点对接{who}。",
                "@长期寻求合作：{want}。",
            ],
            "update": ["商家动态（{ago}前）：", "商家公告："],
        },
    },
    "service desk ticket": {
        "en": {
            "head": ["Ticket #{ticket} · Partner search · Priority: {prio}", "[{ticket}] Member request — partner introduction",
                     "Service ticket {ticket} ({date})"],
            "field": ["Opened by {colleague} · {date} {time}", "Account: {name}", "Member tier: {tier} · Renews: {expiry}"],
            "label": ["Description: ", "Details: ", ""],
            "offer": [
                "Member is {a_noun} with {detail}.",
                (("Account background: ", OTHER), ("{noun}; {detail}.", OFFER)),
                "{Short} describes itself as {a_noun} ({detail}).",
                "Per the member's profile, they are {a_noun} with {detail}.",
                'In their words: "we\'re {a_noun} with {detail}."',
                "Client is one of {region}'s {nouns}, with {detail}.",
            ],
            "served": ["Already sells to {served}.", "Existing customers: {served}."],
            "seek": [
                "Request: {want}.",
                "@Member asks us to recommend {want}.",
                "Please find {want} for this member.",
                '@"Can you put us in touch with {want}?" (from the member\'s e-mail)',
                "If we can match them with {who}, they will renew at the Gold tier.",
                "@They plan to sign {want} by Q{q} {year}.",
                "@Match needed: {want}.",
                "Requirements: {want}.",
            ],
            "status": ["Status: Open · Assignee: {colleague2}", "Status: In progress ({colleague2})",
                       "SLA: first response within 3 business days.", "Attachment: company_profile.pdf"],
        },
        "zh": {
            "head": ["工单编号：{ticket}｜类型：伙伴对接｜优先级：{prio}", "【服务工单】#{ticket}　会员服务／合作伙伴推荐", "工单 {ticket}　{date}"],
            "field": ["创建人：{colleague}　创建时间：{date} {time}", "客户单位：{name}", "会员等级：{tier}　到期日：{expiry}"],
            "label": ["问题描述：", "详情：", ""],
            "offer": [
                "客户为{noun}，{detail}。",
                "该会员是一家{noun}，{detail}。",
                "{short}属于{noun}，{detail}。",
                (("企业情况：", OTHER), ("{noun}；{detail}。", OFFER)),
                "客户自述：“我们是{noun}，{detail}。”",
                "据会员资料，该企业{detail}，系{noun}。",
            ],
            "served": ["现有客户为{served}。", "目前在给{served}供货。"],
            "seek": [
                "客户需求：{want}。",
                "@请帮忙推荐{want}。",
                "客户希望我们介绍{want}。",
                "客户原话：“能不能帮我们找{want}？”",
                "如能匹配到{who}，客户愿意续费并升级会员。",
                "@客户计划{year}年上半年签下{want}。",
                "@需匹配：{want}。",
            ],
            "status": ["状态：待分配　处理人：{colleague2}", "当前状态：处理中（{colleague2}跟进）",
                       "SLA：3个工作日内首次响应。", "附件：企业介绍.pdf"],
        },
    },
    "sample room register": {
        "en": {
            "head": ["SAMPLE ROOM — INTAKE SLIP No. {n}", "{center} · Sample Register", "Showroom sample log, entry {n}"],
            "sender": ["Submitted by: {name}", "Sender: {name}{where}"],
            "field": ["Item: {sample} ({qty} pcs)", "Location: aisle {zone}, shelf {shelf}", "Contact: {person}, {phone}"],
            "label": ["Company: ", "About the sender: ", ""],
            "offer": [
                "{A_noun} with {detail}.",
                "The sender is {a_noun} with {detail}.",
                "{Short} is one of {region}'s {nouns}, with {detail}.",
                (("In business since {year0}; ", OTHER), ("{a_noun}, {detail}.", OFFER)),
                "{Short} is {a_noun} with {detail} ({cert}).",
                "{Short} has worked in {product} for {yrs} years as {a_noun}, with {detail}.",
            ],
            "served": ["Already supplies {served}.", "Customers include {served}."],
            "seek": [
                "Purpose of display: to find {want}.",
                "Looking for: {want}.",
                "@The company hopes the display brings in {want}.",
                "If {who} asks about these samples, please pass on the contact above.",
                '"These samples are for {who} to see," the sender said.',
                "{year} plan: land {want} through the showroom.",
                "@Wanted: {want}.",
            ],
            "footer": ["Logged by {colleague} on {date} · Display period: {months} months",
                       "Samples not collected after the display period will be discarded.", "Display only — samples are not for sale."],
        },
        "zh": {
            "head": ["样品登记单　No.{n}", "{center}　样品入库登记", "【{center}】样品陈列登记表"],
            "sender": ["送样单位：{name}", "送样单位：{name}{where}"],
            "field": ["样品：{sample}　数量：{qty}件", "陈列位置：{zone}区{shelf}号架", "联系人：{person}　{phone}"],
            "label": ["企业简介：", "送样单位简介：", ""],
            "offer": [
                "{noun}，{detail}。",
                "送样单位系{noun}，{detail}。",
                "该企业是{region}的{noun}，{detail}。",
                (("成立于{year0}年，", OTHER), ("是一家{noun}，{detail}。", OFFER)),
                "企业为{noun}，{detail}，{cert}。",
                "{short}做{product}{yrs}年，是一家{noun}，{detail}。",
            ],
            "served": ["现已供货给{served}。", "客户包括{served}。"],
            "seek": [
                "送样目的：寻找{want}。",
                "@展示目的：{want}。",
                "@企业希望通过样品陈列结识{want}。",
                "如有{who}看样，请直接联系送样单位。",
                "企业负责人说：“这批样品主要是给{who}看的。”",
                "{year}年计划：通过展示中心找到{want}。",
                "@意向对接：{want}。",
            ],
            "footer": ["登记人：{colleague}　入库日期：{date}　展期：{months}个月", "展期届满未取回的样品，由中心统一处理。",
                       "样品仅供陈列，不对外销售。"],
        },
    },
}

# A negated want: the role it does not want (other), then the one it does (seek); by person:
# 1 (we: the company fills the form in) or 3 (staff write about the company).
NEGATED = {
    ("en", 1): [(("We are not looking for {neg}; ", OTHER), ("we need {want}.", SEEK)),
                (("We already have {neg} in place; ", OTHER), ("what we lack is {want}.", SEEK)),
                (("No {neg}, please — ", OTHER), ("only {want}.", SEEK))],
    ("en", 3): [(("They already have {neg}; ", OTHER), ("what they lack is {want}.", SEEK)),
                (("Not after {neg}: ", OTHER), ("only {want}.", SEEK)),
                (("The company is not looking for {neg}; ", OTHER), ("it wants {want}.", SEEK))],
    ("zh", 1): [(("不找{neg}，", OTHER), ("只找{want}。", SEEK)),
                (("{neg}我们已经有了，", OTHER), ("现在缺的是{want}。", SEEK)),
                (("暂不考虑{neg}，", OTHER), ("@只想对接{want}。", SEEK))],
    ("zh", 3): [(("该企业不找{neg}，", OTHER), ("只找{want}。", SEEK)),
                (("该企业已有{neg}，", OTHER), ("目前缺的是{want}。", SEEK)),
                (("不考虑{neg}，", OTHER), ("@只想对接{want}。", SEEK))],
}
# fmt: on
PERSON = {"service desk ticket": 3, "sample room register": 3}  # else 1

FILLER = {
    "zh": ["员工{staff}余人。", "{cert}。", "公司始建于{year0}年。", "总部位于{city}。"],
    "en": [
        "About {staff} employees.",
        "{Cert}.",
        "In business since {year0}.",
        "Head office: {city}.",
    ],
}

# Form details by genre (the banks, parks, showrooms, categories…).
# fmt: off
BANKS = {("CN", "zh"): ["中国银行{city}分行", "招商银行{city}分行", "兴业银行{city}分行", "浦发银行{city}分行", "工商银行{city}分行"],
         ("CN", "en"): ["Bank of China, {city} Branch", "China Merchants Bank, {city} Branch"],
         ("US", "en"): ["First Harbor Bank", "Summit National Bank", "Pacific Crest Bank", "Midland Trust Bank"],
         ("US", "zh"): ["华美银行", "国泰银行"]}
FIN = {"zh": {True: ["进口开证", "进口押汇", "进口代付"], False: ["出口订单融资", "打包贷款", "出口押汇"]},
       "en": {True: ["Import letter of credit", "Purchase order finance", "Import loan"], False: ["Pre-shipment export finance", "Export receivables finance", "Export working capital line"]}}
PARKS_EN = ["Gateway Commerce Park", "Riverport Foreign-Trade Zone No. {ftz}", "Lakeside Logistics Park",
            "Harbor Point Industrial Park", "Foreign-Trade Zone No. {ftz}"]
PARKS_ZH = ["{pc}综合保税区", "{pc}高新区{kind}", "{pc}跨境电商产业园", "{pc}国际物流园", "{pc}经济技术开发区"]
USAGE = {"zh": ["仓储", "生产", "办公及展厅", "冷库"], "en": ["warehouse", "light manufacturing", "office and showroom", "cold storage"]}
ETYPE = {("CN", "zh"): ["有限责任公司", "股份有限公司", "民营企业"], ("US", "zh"): ["外商独资企业（筹）", "外国企业常驻代表机构"],
         ("CN", "en"): ["US subsidiary of a foreign company"], ("US", "en"): ["LLC", "C corporation", "S corporation"]}
MONTHS_EN = ["January", "March", "April", "June", "September", "October"]
CATEGORY = {"zh": ["公司企业", "公司企业；公司", "公司企业；工厂"], "en": ["Corporate office", "Company headquarters", "Business to business service"]}
HOURS = {"zh": ["周一至周五 08:30-17:30", "周一至周六 08:00-18:00", "周一至周五 09:00-18:00"],
         "en": ["Mon–Fri 8 AM–5 PM", "Open ⋅ Closes 6 PM", "Mon–Sat 7:30 AM–4:30 PM"]}
AGO = {"zh": ["3天", "2周", "1个月"], "en": ["3 days", "2 weeks", "a month"]}
ROADS_ZH = ["长江路", "黄河路", "泰山路", "人民路", "滨海大道", "科技路", "工业大道"]
DISTRICTS_ZH = ["经济开发区", "高新区", "工业园区", "保税区"]
ROADS_EN_CN = ["Changjiang Road", "Huanghe Road", "Keji Road", "Binhai Avenue"]
STREETS_EN = ["Industrial Pkwy", "Commerce Dr", "Distribution Way", "Enterprise Blvd", "Harbor Rd"]
STREETS_ZH_US = ["商业大道", "工业园路", "港口路", "企业大道"]
TIER = {"zh": ["普通会员", "理事单位", "常务理事单位"], "en": ["Basic", "Standard", "Silver"]}
PRIO = {"zh": ["普通", "高", "紧急"], "en": ["Normal", "High", "Low"]}
CENTER = {"zh": ["中美商品展示中心", "跨境贸易样品馆", "国际采购样品中心"], "en": ["US–China Trade Showroom", "Member Sample Room", "Sourcing Sample Center"]}
# fmt: on


# --------------------------------------------------------------------------------------------
# Staff notes and form labels
# --------------------------------------------------------------------------------------------
STAFF_NOTES = ("园区初审意见", "客户经理意见", "Staff review", "Relationship manager's note")
LABEL = re.compile(r"[\w' ]{1,40}[:：]")


# --------------------------------------------------------------------------------------------
# Roles: each Chinese company's partner, then the traps beside it, then the chain (dealt out
# from COMBOS by corpus_tools.cn_roles and us_roles)
# --------------------------------------------------------------------------------------------
COMBOS = [(s, w) for s in STAGES for w in NEIGHBOURS[s]]


# --------------------------------------------------------------------------------------------
# One company
# --------------------------------------------------------------------------------------------
USED_NAMES: set[str] = set()
USED_CORES: dict[str, set[str]] = {}  # per chain: no two companies of a chain share a name core


def company_name(
    rng: random.Random, side: str, lang: str, key: str, *, stage: str, k: int, city: str
) -> tuple[str, str, bool]:
    """(full name, short name, misleading): the name words often carry a trade noun, and one
    name in five a role word of another stage ("进出口" for a factory, "Mfg." for an importer)."""
    chain, taken = CHAINS[key], USED_CORES.setdefault(key, set())

    def pick(cores: list[str]) -> str:
        return rng.choice([c for c in cores if c not in taken])

    for _ in range(200):
        mis = rng.random() < 0.2
        word = chain[stage]["wzh" if lang == "zh" else "wen"][k]
        extra = rng.choice(MISLEAD[lang][stage]) if mis else ""
        if side == "CN" and lang == "zh":
            core = pick(CN_CORE_ZH)
            tail = (
                "厂"
                if stage in "RM" and not mis and rng.random() < 0.2
                else rng.choice(["有限公司", "有限公司", "股份有限公司", "实业有限公司"])
            )
            where = rng.choice([f"{city}市", city, CN_CITY_ZH[city]])
            name, short = f"{where}{core}{word}{extra}{tail}", f"{core}{word}"
        elif side == "CN":
            core = pick(CN_CORE_EN)
            words = f"{word} {extra}".strip()
            name = rng.choice(
                [f"{city} {core} {words} Co., Ltd.", f"{core} {words} ({city}) Co., Ltd."]
            )
            short = core
        elif lang == "en":
            core = pick(US_CORE_EN)
            words = f"{word} {extra}".strip()
            suffix = rng.choice(["Inc.", "LLC", "Corp.", "Co.", "Group"])
            name, short = f"{core} {words} {suffix}", core
        else:
            core = pick(US_CORE_ZH)
            name = rng.choice(
                [f"{core}{word}{extra}（美国）有限公司", f"美国{core}{word}{extra}公司"]
            )
            short = core
        if name not in USED_NAMES:
            USED_NAMES.add(name)
            taken.add(core)
            return name, short, mis
    raise RuntimeError("no free company name")


def seek_clauses(
    rng: random.Random, genre: str, lang: str, ctx: Ctx, *, own: str, want: str, flags: Counter
) -> list[tuple[str, str]]:
    """The seek sentence: sometimes a negated want first ("不找经销商，只找…")."""
    # the role it does not want: another neighbour of its stage, else any other stage
    others = [x for x in NEIGHBOURS[own] if x != want] or [
        x for x in STAGES if x not in (own, want)
    ]
    if rng.random() < 0.18:
        neg = rng.choice(others)
        if lang == "zh":
            ctx["neg"] = rng.choice(GENERIC["zh"][neg] + ctx["chain"][neg]["zh"])
        else:
            ctx["neg"] = plural(rng.choice(GENERIC["en"][neg] + ctx["chain"][neg]["en"]))
        flags["negated want"] += 1
        pool = [
            t
            for t in NEGATED[lang, PERSON.get(genre, 1)]
            if ctx["who"] is not None or not needs_party(t)
        ]
        return fill(rng.choice(pool), SEEK, ctx)
    pool = [t for t in T[genre][lang]["seek"] if ctx["who"] is not None or not needs_party(t)]
    return fill(rng.choice(pool), SEEK, ctx)


def form_ctx(
    rng: random.Random, ctx: Ctx, *, side: str, lang: str, stage: str, want: str, cat: str
) -> None:
    """The fields of the forms: park, bank, listing, ticket and showroom details."""
    home = (side, lang)
    city = ctx["city"]
    buying = STAGES.index(want) < STAGES.index(stage)  # it wants its supplier
    year = ctx["year"]
    if lang == "zh":
        pc = city if side == "CN" else rng.choice(list(CN_CITY_ZH))
        ctx["park"] = rng.choice(PARKS_ZH).format(pc=pc, kind=PARK_KIND[cat])
        ctx["area"] = rng.choice([800, 1500, 3000, 6000, 12000])
        ctx["capital"] = rng.choice([500, 1000, 3000, 5000])
        ctx["month"] = rng.randint(1, 12)
        ctx["amount"] = rng.choice([300, 500, 800, 1200, 2000, 3000])
    else:
        ctx["park"] = rng.choice(PARKS_EN).format(ftz=rng.choice([49, 84, 126, 203, 281]))
        ctx["area"] = f"{rng.choice([8, 15, 30, 60, 120]) * 1000:,}"
        ctx["month"] = rng.choice(MONTHS_EN)
        ctx["amount"] = rng.choice(["500,000", "750,000", "1.5 million", "2 million", "3 million"])
    ctx["usage"] = rng.choice(USAGE[lang])
    ctx["etype"] = rng.choice(ETYPE[home])
    ctx["lease"] = rng.choice([3, 5, 10])
    ctx["bank"] = rng.choice(BANKS[home]).format(city=city.split(",")[0])
    ctx["fin"] = rng.choice(FIN[lang][buying])
    ctx["tenor"] = rng.choice([90, 120, 180, 360])
    ctx["acct_year"] = rng.randint(2008, 2022)
    # the listing
    ctx["category"] = rng.choice(CATEGORY[lang][: 2 if stage in "DE" else 3])
    ctx["rating"] = rng.choice(["3.9", "4.2", "4.4", "4.6", "4.8", "5.0"])
    ctx["reviews"] = rng.randint(3, 260)
    ctx["hours"] = rng.choice(HOURS[lang])
    ctx["ago"] = rng.choice(AGO[lang])
    num = rng.randint(8, 2400)
    if home == ("CN", "zh"):
        ctx["district"] = rng.choice(DISTRICTS_ZH)
        ctx["addr"] = f"{city}市{ctx['district']}{rng.choice(ROADS_ZH)}{num % 300}号"
    elif home == ("US", "zh"):
        ctx["district"] = city
        ctx["addr"] = f"{city}{rng.choice(STREETS_ZH_US)}{num}号"
    elif side == "CN":
        ctx["addr"] = f"No. {num % 300} {rng.choice(ROADS_EN_CN)}, {city}"
    else:
        ctx["addr"] = f"{num} {rng.choice(STREETS_EN)}, {city}"
    # the ticket
    ctx["ticket"] = f"{rng.choice(['SR', 'HD', 'TB'])}-{year % 100}{rng.randint(1000, 9999)}"
    ctx["prio"] = rng.choice(PRIO[lang])
    ctx["tier"] = rng.choice(TIER[lang])
    ctx["expiry"] = (
        f"{year + 1}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
        if lang == "zh"
        else f"{rng.randint(1, 12)}/{rng.randint(1, 28)}/{year + 1}"
    )
    ctx["colleague2"] = rng.choice([c for c in COLLEAGUES[lang] if c != ctx["colleague"]])
    ctx["q"] = rng.randint(1, 4)
    # the showroom
    town = city.split(",")[0]
    ctx["where"] = "" if town in ctx["name"] else f"（{city}）" if lang == "zh" else f" ({city})"
    ctx["center"] = rng.choice(CENTER[lang])
    ctx["zone"] = rng.choice("ABCDEF")
    ctx["shelf"] = rng.randint(1, 60)
    ctx["qty"] = rng.randint(2, 40)
    ctx["months"] = rng.choice([3, 6, 12])
    product = ctx["product"]
    ctx["sample"] = {
        "zh": {"R": f"{product}样品", "M": f"{product}样品", "D": f"{product}（代理产品）", "E": f"{product}参考样"},
        "en": {"R": f"samples of {product}", "M": f"samples of {product}", "D": f"samples of {product} from the lines it carries", "E": f"reference samples of {product}"},
    }[lang][stage]  # fmt: skip


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
    city = rng.choice(CITY[home])
    k = rng.randrange(2)  # which of the stage's two kinds of company: noun, detail and name agree
    name, short, mis = company_name(rng, side, lang, key, stage=stage, k=k, city=city)
    if mis:
        flags["name with another stage's role word"] += 1
    noun = chain[stage][lang][k]
    want_np, who, mode = want_phrases(rng, side, lang, chain, want, abroad=ABROAD, generic=GENERIC)
    flags[f"want: {mode}"] += 1
    person = rng.choice(PEOPLE[home])
    year = rng.choice([2025, 2026, 2027])
    if side == "CN":
        phone = rng.choice([f"400-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}",
                            f"+86 13{rng.randint(0, 9)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"])  # fmt: skip
    else:
        phone = f"+1 ({rng.randint(201, 989)}) 555-01{rng.randint(10, 99)}"
    slug = re.sub(r"[^a-z]", "", short.lower()) or "".join(
        rng.choice("abcdefghjkmnpqrstwxyz") for _ in range(rng.randint(3, 5))
    )
    if lang == "en":  # the web address carries the name's trade word
        slug += re.sub(r"[^a-z]", "", chain[stage]["wen"][k].lower())
    web = f"www.{slug}.{'cn' if side == 'CN' and rng.random() < 0.5 else 'com'}"
    ctx = Ctx(
        chain=chain, name=name, short=short, noun=noun, nouns=plural(noun) if lang == "en" else noun,
        a_noun=article(noun) if lang == "en" else noun, detail=chain[stage]["d" + lang][k],
        product=chain["material" if stage == "R" else "product"][li], want=want_np, who=who, city=city,
        region=REGION[home][CN_CITY_ZH[city] if home == ("CN", "zh") else city], year=year, year0=rng.randint(1992, 2018), yrs=rng.randint(6, 28),
        person=person, title=rng.choice(TITLES[lang]), n=rng.randint(12, 980),
        date=f"{year}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日" if lang == "zh" else f"{rng.randint(1, 12)}/{rng.randint(1, 28)}/{year}",
        time=f"{rng.randint(8, 18)}:{rng.randint(0, 59):02d}", colleague=rng.choice(COLLEAGUES[lang]),
        staff=f"{rng.choice([45, 90, 160, 300, 520, 1100, 2400]):{',' if lang == 'en' else ''}}", cert=rng.choice(CERTS[cat][li]),
        phone=phone, web=web,
    )  # fmt: skip
    form_ctx(rng, ctx, side=side, lang=lang, stage=stage, want=want, cat=cat)
    # the offer: the company, sometimes the customers it already serves (not what it seeks)
    pool = [  # an end buyer neither makes the product nor holds a plant certificate
        t for t in tpl["offer"] if stage != "E" or not re.search(r"{product}|{cert}", str(t))
    ]
    offer = [fill(rng.choice(pool), OFFER, ctx)]
    served = [x for x in SERVES[stage] if x != want]
    if served and rng.random() < 0.8:
        s_noun = rng.choice(chain[rng.choice(served)][lang])
        ctx["served"] = plural(s_noun) if lang == "en" else s_noun
        offer.append(fill(rng.choice(tpl["served"]), OFFER, ctx))
        flags["served customers named"] += 1
    seek = seek_clauses(rng, genre, lang, ctx, own=stage, want=want, flags=flags)
    said = "".join(t for sent in offer for t, _ in sent)
    fresh = [  # not a fact the offer already gives
        f
        for f in FILLER[lang]
        if all(str(ctx[x.lower()]) not in said for x in re.findall(r"{(\w+)}", f))
        and (stage != "E" or "ert}" not in f)
    ]
    filler = fill(rng.choice(fresh), OTHER, ctx)
    for _ in range(50):  # at most MAX_UNITS sentences or lines
        blocks = LAYOUT[genre](rng, lang, tpl, ctx, offer=offer, seek=seek, filler=filler)
        if units(blocks) <= MAX_UNITS:
            break
    else:
        raise RuntimeError(f"{oid}: no layout short enough")
    segments = render(blocks, " " if lang == "en" else "")
    description = "".join(t for t, _ in segments)
    org = {"id": oid, "side": side, "name": {lang: name}, "description": {lang: description}}
    return org, segments


# --------------------------------------------------------------------------------------------
# Layouts: a document is a list of lines; a line a list of sentences; a sentence a list of
# (text, kind) clauses. Sentences of a line are joined by a space (English) or nothing.
# --------------------------------------------------------------------------------------------
def label_para(rng, labels: list[str], para: list) -> list:
    """``para`` under a form label, unless its first sentence starts with one or is the want
    (a want before the company's description stands unlabelled)."""
    if LABEL.match(para[0][0][0]) or any(k == SEEK for _, k in para[0]):
        return para
    lab = rng.choice(labels)
    return [[(lab, OTHER), *para[0]], *para[1:]] if lab else para


def body_lines(rng, labels, body, seek, *, first, last, split=0.55) -> list:
    """The offer as one labelled field; a want that carries a label of its own on a line of
    its own (mostly) before, after or between the offer's sentences, any other want inside
    the field, first, in the middle or last."""
    if sum(k == OFFER for sent in body for _, k in sent) == 1:  # one offer: before or after it
        first, last = 0.4, 0.6
    if seek[0][0].startswith(STAFF_NOTES):  # the staff's line closes the field
        return [label_para(rng, labels, body), [seek]]
    if LABEL.match(seek[0][0]) and rng.random() < split:
        r = rng.random()
        if r < first:
            return [[seek], label_para(rng, labels, body)]
        if r < 1 - last and len(body) > 1 and body[1][0][1] == OFFER:
            return [label_para(rng, labels, body[:1]), [seek], body[1:]]
        return [label_para(rng, labels, body), [seek]]
    return [label_para(rng, labels, place(rng, body, seek, first=first, last=last))]


def park_layout(rng, lang, tpl, ctx, *, offer, seek, filler):
    lines = [[one(rng, tpl["head"], OTHER, ctx)], [one(rng, tpl["applicant"], OTHER, ctx)]]
    lines += some(rng, tpl["field"], 0, 2, ctx)
    body = list(offer) + ([filler] if rng.random() < 0.2 else [])
    lines += body_lines(rng, tpl["label"], body, seek, first=0.3, last=0.25)
    lines += some(rng, tpl["footer"], 1, 2, ctx)
    return lines


def finance_layout(rng, lang, tpl, ctx, *, offer, seek, filler):
    lines = [[one(rng, tpl["head"], OTHER, ctx)], [one(rng, tpl["applicant"], OTHER, ctx)]]
    lines += some(rng, tpl["field"], 0, 1, ctx)
    body = list(offer) + ([filler] if rng.random() < 0.2 else [])
    lines += body_lines(rng, tpl["label"], body, seek, first=0.3, last=0.25)
    lines += some(rng, tpl["footer"], 1, 2, ctx)
    return lines


def listing_layout(rng, lang, tpl, ctx, *, offer, seek, filler):
    lines = [[one(rng, tpl["head"], OTHER, ctx)], [one(rng, tpl["meta"], OTHER, ctx)]]
    lines += some(rng, tpl["field"], 1, 2, ctx)
    body = list(offer) + ([filler] if rng.random() < 0.25 else [])
    if rng.random() < 0.3:  # the want in a pinned update under the description
        lines.append(label_para(rng, tpl["label"], body))
        lines.append([[(rng.choice(tpl["update"]).format_map(ctx), OTHER), *seek]])
    else:
        lines += body_lines(rng, tpl["label"], body, seek, first=0.3, last=0.25, split=0)
    return lines


def ticket_layout(rng, lang, tpl, ctx, *, offer, seek, filler):
    lines = [[one(rng, tpl["head"], OTHER, ctx)]]
    lines += some(rng, tpl["field"], 1, 2, ctx)
    body = list(offer) + ([filler] if rng.random() < 0.2 else [])
    lines += body_lines(rng, tpl["label"], body, seek, first=0.3, last=0.25, split=0.45)
    lines += some(rng, tpl["status"], 1, 2, ctx)
    return lines


def sample_layout(rng, lang, tpl, ctx, *, offer, seek, filler):
    lines = [[one(rng, tpl["head"], OTHER, ctx)], [one(rng, tpl["sender"], OTHER, ctx)]]
    lines += some(rng, tpl["field"], 1, 2, ctx)
    lines += body_lines(rng, tpl["label"], list(offer), seek, first=0.3, last=0.25)
    lines += some(rng, tpl["footer"], 1, 2, ctx)
    return lines


MAX_UNITS = 9


LAYOUT = {
    "park tenant application": park_layout,
    "trade finance application": finance_layout,
    "map business listing": listing_layout,
    "service desk ticket": ticket_layout,
    "sample room register": sample_layout,
}


# --------------------------------------------------------------------------------------------
# The corpus
# --------------------------------------------------------------------------------------------
def shape(text: str) -> str:
    """A rough reading of how a want is phrased (for the summary only)."""
    if "?" in text or "？" in text:
        return "question"
    if '"' in text or "“" in text:
        return "quotation"
    if re.match(r"(If|如)", text):
        return "condition"
    if re.search(r"plan|focused|计划|重点|入驻后", text):
        return "plan"
    if re.match(r"[A-Za-z' ()]{0,40}:|[\u4e00-\u9fff]{1,8}：", text):
        return "form field"
    return "statement"


def check(profiles: dict, gold: dict, segs: dict, meta: dict) -> None:
    """The corpus is consistent: segments, partners, roles, ids, names, genres and languages."""
    orgs = profiles["organizations"]
    ids = [o["id"] for o in orgs]
    assert len(ids) == len(set(ids)) == len(CHAINS) * (N_CN + N_US)
    names = [next(iter(o["name"].values())) for o in orgs]
    assert len(names) == len(set(names)), "company names repeat"
    n = len(PREFIX)
    assert all(
        re.fullmatch(rf"{PREFIX}(cn|us)\d{{3}}", i) and i[n : n + 2] == o["side"].lower()
        for i, o in zip(ids, orgs, strict=True)
    )
    for o in orgs:
        ((lang, text),) = o["description"].items()
        assert list(o["name"]) == [lang] and text.strip() == text and text
        assert "".join(t for t, _ in segs[o["id"]]) == text, o["id"]
        assert all(t and k in (OFFER, SEEK, OTHER) for t, k in segs[o["id"]]), o["id"]
        kinds = {k for _, k in segs[o["id"]]}
        assert SEEK in kinds and OFFER in kinds, o["id"]
        assert "{" not in text and "}" not in text and "@" not in text, o["id"]
        assert len(text.split("\n")) <= MAX_UNITS, o["id"]
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


def main() -> None:
    profiles, gold, segs, info = build(sys.modules[__name__])
    meta, flags = info["meta"], info["flags"]
    check(profiles, gold, segs, meta)
    for suffix, data in (("", profiles), ("_gold", gold), ("_segments", segs)):
        (HERE / f"roles_corpus14{suffix}.json").write_text(
            json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8"
        )
    orgs = profiles["organizations"]
    print(f"roles_corpus14: {sum(o['side'] == 'CN' for o in orgs)} CN x {sum(o['side'] == 'US' for o in orgs)} US, "
          f"{len(gold['partners'])} companies with a partner, chains: {', '.join(CHAINS)}")  # fmt: skip
    for g in GENRES:
        c = Counter((m[0], m[5]) for m in meta.values() if m[4] == g)
        print(
            f"  {g:26s} "
            + "  ".join(f"{s}-{lang}:{c[s, lang]}" for s in ("CN", "US") for lang in ("zh", "en"))
        )
    print("  languages:", dict(Counter((m[0], m[5]) for m in meta.values())))
    print("  stages:", dict(sorted(Counter(f"{m[0]}-{m[2]}" for m in meta.values()).items())))
    print("  roles:", dict(sorted(Counter(f"{m[2]}>{m[3]}" for m in meta.values()).items())))
    kinds = Counter(k for seg in segs.values() for _, k in seg)
    print("  segments:", dict(kinds))
    other_stage = 0
    for o in orgs:
        name, stage = next(iter(o["name"].values())), meta[o["id"]][2]
        hits = {s for s, ws in STAGE_WORDS.items() for w in ws if w in name}
        other_stage += bool(hits - {stage, "M" if stage == "R" else stage})
    print(
        "  hard cases:",
        dict(sorted(flags.items())),
        f"names with a role word of another stage: {other_stage}",
    )


if __name__ == "__main__":
    main()
