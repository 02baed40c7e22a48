# ruff: noqa: E501  (the templates are data; wrapping them would only hurt reading)
"""Write training corpus 7 for the partner recommender: ``roles_corpus7.json``,
``roles_corpus7_gold.json`` and ``roles_corpus7_segments.json``.

    python bench/recommend/make_corpus7.py

Ten food, beverage and farm value chains (hard cider, rice, popcorn, baijiu, oat milk, beef,
hot sauce, energy drinks, frozen vegetables, pasta), each with four stages: R (raw material
or key input), M (maker), D (distributor / importer / wholesaler) and E (end buyer). Every
company sits at one stage and seeks an adjacent one; a CN-US pair is gold when each offers
what the other seeks.

Five ways of writing, each in Chinese and English: a crowdfunding campaign page, a
short-video caption with hashtags, an online forum post asking for partners, a franchise or
dealership opportunity blurb, and customer testimonials followed by a line from the company.

Each description is stored with its segments (``offer`` / ``seek`` / ``other``), whose texts
concatenate to the description exactly.  Hard cases written on purpose, each in several
documents: customers already served named in the offer, a negated want, role nouns inside
company names, a want naming only the role and the country, and a want naming the input
material instead of a role noun.

Templates may switch the kind of the text that follows with the markers ``¦F`` (offer),
``¦S`` (seek) and ``¦O`` (other); otherwise a template has the kind of the pool it is in.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 7_2027
PREFIX = "k7"
N_CN, N_US = 4, 7  # per chain

# ---------------------------------------------------------------------------------------
# Chains
# ---------------------------------------------------------------------------------------
# Chain names already used by other sets; ours must be in none of them.
USED_NAMES = (
    "airfilter aligner am amenity animation backpack bamboo bearing bed beer berry bicycle "
    "billiards boardgame boba boiler bottle bowling bpmonitor brake cable candle carpet cart "
    "carton carwash casket chair charging clipper cnc cocoa coffee coldchain compressor cone "
    "conveyor cookware cosmetics crucible crusher cup dairy deicer desal desk dialyzer diaper "
    "dinnerware drillbit drone dryer drywall dumpling ebike ebus egg electrolyser elevator epoxy "
    "excavator extinguisher eyewear fastener faucet fertilizer firework flour footwear forklift "
    "fries furniture garlic garment gearbox generics ginseng glove golf greenhouse grindwheel "
    "guitar h2tank hairdryer hearingaid heatexchanger heatpump helmet hoist honey hose hottub "
    "hydcyl icecream imaging implant insulator intumescent inverter ivd juice kayak keg knife "
    "ladder lanyard laundry led lithium locker lubricant luggage mattress medal meddev mold "
    "motor mower mushroom netpen nuts oliveoil oven padlock paint pallet peach pencil perfume "
    "petfood phonecase piano pickle pickleball pillow pipe powerchip printing pump pv railcar "
    "reagent ricenoodle robot saddle sandwichpanel sausage sawblade scaffold scooter scrubs "
    "seafood seating sewing socks solarheater soy spice spring storage stroller sugar syringe "
    "tackle tape tea tent tile toothbrush towel toy trampoline transformer treadmill truckscale "
    "tuna turf turnout tyre umbrella valve vase vending vinegar visioncam wallcovering wallet "
    "wastecart wastewater watermeter weldwire wheelchair wig wind window wine wrench xmastree "
    "yogamat zipper"
)
USED = set(USED_NAMES.split())

# chain -> product (zh, en), input material (zh, en), and per stage:
# (Chinese role nouns, English role nouns, Chinese details, English details).
# Chinese details are clauses without a subject; English details are noun phrases.
CHAINS: dict[str, dict] = {
    "cider": {
        "product": ("苹果酒", "hard cider"),
        "material": ("酿酒用苹果（残次果也收）", "bittersweet cider apples by the truckload"),
        "R": (["苹果种植合作社", "果园"], ["apple orchard", "fruit grower cooperative"],
              ["自有果园3200亩，主栽富士、嘎啦", "年产鲜苹果2.6万吨，糖度14以上"],
              ["1,100 acres of Honeycrisp, Gala and bittersweet cider varieties", "18,000 tons of press-grade apples a season"]),
        "M": (["果酒酒厂", "苹果酒酿造厂"], ["cidery", "craft cider maker"],
              ["发酵罐总容积800吨，年产苹果酒6000千升", "拥有罐装、瓶装两条灌装线"],
              ["40,000 barrels a year from our cellar", "a canning line running 120 cans a minute"]),
        "D": (["酒水经销商", "进口酒类批发商"], ["beverage distributor", "craft beverage wholesaler"],
              ["覆盖华东地区1800家餐饮终端", "自有恒温仓库6000平方米"],
              ["routes to 2,400 bars and bottle shops in the Midwest", "a 90,000 sq ft temperature-controlled warehouse"]),
        "E": (["精酿酒吧连锁", "西餐酒馆集团"], ["taproom chain", "gastropub group"],
              ["门店64家，月均酒水采购120万元", "在12个城市经营酒馆"],
              ["38 taprooms across the Midwest", "1.5 million guests a year"]),
    },
    "rice": {
        "product": ("大米", "rice"),
        "material": ("优质粳稻原粮", "long-grain paddy rice"),
        "R": (["水稻种植合作社", "稻谷种植基地"], ["rice grower cooperative", "paddy farm"],
              ["订单种植水稻5.5万亩", "年交售稻谷3万吨"],
              ["62 member farms on 48,000 acres in the Arkansas Delta", "90,000 tons of long-grain paddy a harvest"]),
        "M": (["大米加工厂", "碾米厂"], ["rice mill", "rice packer"],
              ["日处理稻谷600吨，色选、抛光设备全线进口", "小包装大米年产10万吨"],
              ["1,200 tons of paddy milled a day", "optical sorters and 2-lb to 50-lb bagging lines"]),
        "D": (["粮油批发商", "粮食进出口贸易公司"], ["grain importer", "rice wholesaler"],
              ["在北京、上海设有分拨中心", "年贸易量大米15万吨"],
              ["distribution centers in Houston and Oakland", "200 containers of rice a year"]),
        "E": (["团餐公司", "连锁快餐企业"], ["school meal contractor", "fast-casual restaurant chain"],
              ["每天供应学校与企业食堂午餐25万份", "门店520家，日耗米40吨"],
              ["310,000 school lunches a day", "1,150 bowl restaurants"]),
    },
    "popcorn": {
        "product": ("爆米花", "popcorn"),
        "material": ("球形爆裂玉米粒", "mushroom-type popcorn kernels"),
        "R": (["爆裂玉米种植基地", "玉米种植大户"], ["popcorn kernel grower", "specialty corn farm"],
              ["种植蝶形、球形爆裂玉米1.2万亩", "籽粒膨爆倍数稳定在40倍以上"],
              ["butterfly and mushroom kernels on 9,000 acres in Nebraska", "kernels cleaned, graded and bagged at 13.5% moisture"]),
        "M": (["爆米花食品厂", "休闲食品生产商"], ["popcorn snack maker", "kettle corn manufacturer"],
              ["焦糖、奶油等口味年产3500吨", "拥有SC认证车间与充氮包装线"],
              ["eight flavors and 14 million bags a year", "an SQF-certified plant with nitrogen-flush bagging"]),
        "D": (["零食批发商", "休闲食品渠道商"], ["snack distributor", "DSD snack wholesaler"],
              ["对接便利店系统3000家", "覆盖西南五省的零食量贩店"],
              ["70 delivery trucks on Texas routes", "direct-store delivery to 4,500 convenience stores"]),
        "E": (["连锁影院", "影院院线"], ["cinema chain", "movie theater circuit"],
              ["旗下影院210家、银幕1600块", "年观影人次3000万"],
              ["1,900 screens in 160 theaters", "12 million tubs of popcorn sold a year"]),
    },
    "baijiu": {
        "product": ("白酒", "baijiu"),
        "material": ("红缨子糯高粱", "waxy red sorghum"),
        "R": (["高粱种植合作社", "酿酒高粱基地"], ["sorghum grower", "grain sorghum cooperative"],
              ["糯高粱订单面积8万亩", "支链淀粉含量90%以上"],
              ["420 farms growing waxy sorghum in Kansas", "60,000 tons of food-grade sorghum a year"]),
        "M": (["白酒酒厂", "酱香型白酒酿造企业"], ["baijiu distillery", "grain spirits distiller"],
              ["窖池2400口，基酒年产5000吨", "坤沙工艺，储酒能力3万吨"],
              ["pot stills turning out 120,000 cases a year", "a 30,000-barrel aging warehouse"]),
        "D": (["白酒一级代理", "酒类经销商"], ["spirits importer", "liquor distributor"],
              ["代理区域覆盖河南全省", "拥有团购客户1200家"],
              ["federal basic permits and licenses in 22 states", "reps calling on 6,000 liquor stores"]),
        "E": (["中餐酒楼集团", "宴会酒店"], ["Chinese restaurant group", "hotel banquet operator"],
              ["旗下酒楼36家，年办宴席1.5万场", "宴会厅面积合计2万平方米"],
              ["42 Sichuan and Cantonese restaurants", "3,000 banquets hosted a year"]),
    },
    "oatmilk": {
        "product": ("燕麦奶", "oat milk"),
        "material": ("无麸质燕麦基料", "gluten-free oat base"),
        "R": (["燕麦种植企业", "燕麦加工厂"], ["oat grower", "oat miller"],
              ["裸燕麦种植基地6万亩，位于张家口坝上", "燕麦片、燕麦粉年产2万吨"],
              ["gluten-free oats from 30,000 acres in North Dakota", "80,000 tons of oats dehulled and kilned a year"]),
        "M": (["植物奶生产企业", "燕麦饮品代工厂"], ["oat milk manufacturer", "plant-based beverage co-packer"],
              ["无菌冷灌装线4条，年产燕麦奶8万吨", "可做1L利乐包和250ml小包装"],
              ["four aseptic lines and 80 million liters a year", "barista and shelf-stable SKUs in 1L and 32oz cartons"]),
        "D": (["乳品与饮料分销商", "咖啡原料供应链公司"], ["natural foods distributor", "coffee-shop supply house"],
              ["服务咖啡馆1.1万家", "在全国设有冷链仓9个"],
              ["11,000 independent coffee shops on our routes", "nine refrigerated DCs"]),
        "E": (["连锁咖啡品牌", "茶饮连锁"], ["coffee shop chain", "specialty café group"],
              ["门店3200家，单店日用燕麦奶8升", "今年新开门店600家"],
              ["680 cafés on the West Coast", "9,000 cartons of oat milk poured a week"]),
    },
    "beef": {
        "product": ("牛肉", "beef"),
        "material": ("450公斤以上的育肥肉牛", "finished steers, Choice grade or better"),
        "R": (["肉牛养殖场", "牧场"], ["feedlot", "cattle ranch"],
              ["存栏西门塔尔肉牛1.8万头", "在内蒙古拥有草场20万亩"],
              ["a 40,000-head feedlot in the Texas Panhandle", "a Black Angus cow-calf operation on 60,000 acres"]),
        "M": (["牛肉屠宰加工厂", "肉类加工企业"], ["beef packer", "meat processing plant"],
              ["年屠宰肉牛10万头，排酸分割全程冷链", "具备出口注册，可生产分割肉与调理牛排"],
              ["2,500 head harvested a day", "USDA-inspected boxed beef and portion-cut steaks"]),
        "D": (["冻品批发商", "进口肉类贸易商"], ["meat importer", "foodservice meat distributor"],
              ["冷库容量3万吨，位于天津港", "每年进口牛肉2万吨"],
              ["cold storage for 40 million lbs near Port Newark", "deliveries to 3,000 restaurants a week"]),
        "E": (["牛排连锁餐厅", "火锅连锁"], ["steakhouse chain", "burger chain"],
              ["门店380家，月耗牛肉600吨", "在全国经营火锅店150家"],
              ["94 steakhouses in 18 states", "2,300 burger restaurants"]),
    },
    "hotsauce": {
        "product": ("辣椒酱", "hot sauce"),
        "material": ("二荆条鲜辣椒", "red jalapeño mash"),
        "R": (["辣椒种植基地", "干辣椒供应商"], ["chili pepper grower", "dried chile supplier"],
              ["种植朝天椒、二荆条4万亩", "年供干辣椒8000吨，辣度可定制"],
              ["habanero and jalapeño on 5,000 acres in New Mexico", "12 million lbs of chiles dried and ground a year"]),
        "M": (["调味酱生产企业", "辣椒酱加工厂"], ["hot sauce maker", "sauce manufacturer"],
              ["辣椒酱、火锅底料年产2.2万吨", "有玻璃瓶、PET瓶及餐饮大桶灌装线"],
              ["5oz woozy and gallon-jug filling lines", "36 SKUs of fermented and vinegar-based sauce"]),
        "D": (["调味品经销商", "餐饮食材供应商"], ["Asian grocery importer", "specialty food distributor"],
              ["下游客户包括社区超市800家", "在广东有配送车队40辆"],
              ["1,400 Asian supermarkets stocked weekly", "36,000 SKUs on the shelf"]),
        "E": (["川菜连锁", "麻辣烫连锁品牌"], ["wing restaurant chain", "taqueria chain"],
              ["门店1200家，由中央厨房统一配送", "年消耗辣椒酱900吨"],
              ["410 wing joints nationwide", "260 taquerias in California and Arizona"]),
    },
    "energydrink": {
        "product": ("能量饮料", "energy drinks"),
        "material": ("牛磺酸与B族维生素预混料", "caffeine and taurine premix"),
        "R": (["牛磺酸生产企业", "食品添加剂生产商"], ["ingredient supplier", "flavor house"],
              ["牛磺酸、咖啡因年产1.5万吨", "维生素预混料年产6000吨"],
              ["taurine, caffeine and B-vitamin premixes", "a library of 600 natural flavors"]),
        "M": (["饮料灌装厂", "功能饮料生产商"], ["beverage bottler", "energy drink co-packer"],
              ["易拉罐线2条，每小时6万罐", "可做250ml、330ml、500ml多种规格"],
              ["two can lines at 1,500 cans a minute", "sleek 12oz and 16oz cans"]),
        "D": (["饮料批发商", "快消品经销商"], ["beverage wholesaler", "convenience channel distributor"],
              ["在湖南有二批商400家", "冷柜投放1.3万台"],
              ["9,000 c-stores and gas stations on our routes", "a fleet of 150 route trucks"]),
        "E": (["连锁便利店", "健身房连锁"], ["convenience store chain", "gym chain"],
              ["门店2600家，24小时营业", "会员80万人"],
              ["1,200 stores along the interstates", "310 clubs and 2 million members"]),
    },
    "frozenveg": {
        "product": ("速冻蔬菜", "frozen vegetables"),
        "material": ("新鲜西兰花和甜玉米", "field-run broccoli and sweet corn"),
        "R": (["蔬菜种植基地", "农业合作社"], ["vegetable grower", "farm co-op"],
              ["西兰花、甜玉米种植2万亩", "可按加工厂排期分批种植"],
              ["broccoli and sweet corn on 14,000 acres", "planting to processor contract schedules"]),
        "M": (["速冻蔬菜加工厂", "食品冷冻厂"], ["IQF vegetable processor", "frozen food plant"],
              ["隧道式速冻线3条，日产速冻蔬菜180吨", "可做零售小袋与10公斤餐饮装"],
              ["IQF capacity of 140,000 lbs an hour", "retail bags and 30-lb foodservice cases"]),
        "D": (["冻品经销商", "餐饮供应链公司"], ["foodservice distributor", "frozen food broker"],
              ["冷链车120辆", "服务机关团体食堂400家"],
              ["120 reefer trucks", "30 frozen brands under representation"]),
        "E": (["中央厨房", "机关食堂承包商"], ["hospital food service operator", "airline caterer"],
              ["每天出餐8万份", "承包医院、高校食堂58个"],
              ["meals for 190 hospitals", "600 flights catered a day"]),
    },
    "pasta": {
        "product": ("意面", "pasta"),
        "material": ("杜伦小麦粗粒粉", "durum semolina"),
        "R": (["粗粒粉生产厂", "硬质小麦种植户"], ["durum wheat grower", "durum mill"],
              ["杜伦麦粗粒粉年产12万吨", "蛋白含量13%以上"],
              ["Desert Durum from Arizona at 14% protein", "semolina milling capacity of 4,000 cwt a day"]),
        "M": (["意面工厂", "挂面生产企业"], ["pasta factory", "dry pasta maker"],
              ["铜模挤出线6条，年产意面5万吨", "可生产直条面、螺旋面与贝壳面"],
              ["bronze-die extrusion on six lines", "140 shapes and 100 million lbs a year"]),
        "D": (["西餐食材进口商", "食品批发商"], ["Italian food importer", "grocery wholesaler"],
              ["服务西餐厅与酒店2000家", "在上海外高桥保税区有仓库"],
              ["2,000 Italian SKUs in stock", "700 independent grocers supplied"]),
        "E": (["意式餐厅连锁", "西餐连锁"], ["Italian restaurant group", "pizza and pasta chain"],
              ["门店150家，分布在一二线城市", "年消耗意面1200吨"],
              ["220 trattorias", "30,000 pasta dishes plated a day"]),
    },
}  # fmt: skip

NEIGHBOURS = {"R": ("M",), "M": ("R", "D", "E"), "D": ("M", "E"), "E": ("M", "D")}
DOWNSTREAM = {"R": "M", "M": "DE", "D": "E", "E": ""}

# A want that names only the role (and the country), not the product.
GENERIC = {
    "R": (["原料供应商", "原料商"], ["raw material supplier", "ingredient source"]),
    "M": (["生产厂家", "源头工厂"], ["manufacturer", "factory"]),
    "D": (["经销商", "代理商"], ["distributor", "importer"]),
    "E": (["终端客户", "终端采购方"], ["end buyer", "end user"]),
}

# Details naming a place: not used by a company writing about the other country.
ZH_PLACE_WORDS = re.compile("华东|北京|上海|西南|河南|张家口|内蒙古|天津|广东|湖南|全国|一二线")
EN_PLACE_WORDS = re.compile(
    "Midwest|Arkansas|Houston|Texas|Nebraska|Kansas|North Dakota|West Coast|Newark|New Mexico|"
    "California|Arizona|interstates|states"
)

# ---------------------------------------------------------------------------------------
# Names and places
# ---------------------------------------------------------------------------------------
CN_PLACES = [("山东", "Shandong"), ("黑龙江五常", "Wuchang, Heilongjiang"), ("河北张家口", "Zhangjiakou, Hebei"),
             ("内蒙古通辽", "Tongliao, Inner Mongolia"), ("四川宜宾", "Yibin, Sichuan"), ("贵州仁怀", "Renhuai, Guizhou"),
             ("陕西洛川", "Luochuan, Shaanxi"), ("浙江宁波", "Ningbo, Zhejiang"), ("广东佛山", "Foshan, Guangdong"),
             ("湖南长沙", "Changsha, Hunan"), ("江苏苏州", "Suzhou, Jiangsu"), ("上海", "Shanghai")]  # fmt: skip
US_PLACES = [("Oregon", "俄勒冈州"), ("Fresno, California", "加州弗雷斯诺"), ("Texas", "德州"), ("Chicago", "芝加哥"),
             ("Nebraska", "内布拉斯加州"), ("North Carolina", "北卡罗来纳州"), ("Brooklyn, New York", "纽约布鲁克林"),
             ("Arkansas", "阿肯色州"), ("Seattle", "西雅图"), ("Ohio", "俄亥俄州"), ("Denver", "丹佛")]  # fmt: skip
CN_PROVINCES = [("山东", "Shandong"), ("四川", "Sichuan"), ("浙江", "Zhejiang"), ("河北", "Hebei"), ("黑龙江", "Heilongjiang"),
                ("贵州", "Guizhou"), ("广东", "Guangdong"), ("江苏", "Jiangsu"), ("内蒙古", "Inner Mongolia"), ("湖南", "Hunan")]  # fmt: skip
CN_BRANDS = [("金穗", "Jinsui"), ("润丰", "Runfeng"), ("禾源", "Heyuan"), ("佳禾", "Jiahe"), ("鸿运", "Hongyun"),
             ("绿野", "Lvye"), ("盛世", "Shengshi"), ("天府", "Tianfu"), ("北纬", "Beiwei"), ("麦香", "Maixiang"),
             ("德隆", "Delong"), ("华粮", "Hualiang"), ("瑞雪", "Ruixue"), ("万和", "Wanhe"), ("金谷", "Jingu"),
             ("青禾", "Qinghe"), ("塞北", "Saibei"), ("恒顺", "Hengshun"), ("嘉禾", "Jiahe"), ("丰泽", "Fengze")]  # fmt: skip
# Name tokens by stage; a company named with another stage's token is a hard case.
ZH_NAME_TOKENS = {
    "R": ["农业发展有限公司", "种植专业合作社", "牧业有限公司", "生态农场有限公司"],
    "M": ["食品有限公司", "酿造有限公司", "食品科技有限公司", "食品加工有限公司"],
    "D": ["贸易有限公司", "商贸有限公司", "供应链管理有限公司", "进出口有限公司"],
    "E": ["餐饮管理有限公司", "酒店管理有限公司", "商业连锁有限公司", "餐饮连锁有限公司"],
}
CN_EN_NAME_TOKENS = {
    "R": ["Agriculture", "Farming", "Ranching"],
    "M": ["Food", "Brewing", "Foodstuffs"],
    "D": ["Trading", "Supply Chain", "Import & Export"],
    "E": ["Catering Management", "Hospitality"],
}
US_FIRST = ["Harbor", "Prairie", "Cedar", "Blue", "Iron", "Golden", "Red", "Silver", "Stone", "Willow",
            "Maple", "Summit", "River", "Pine", "Copper", "Granite", "Oak", "North", "Sage", "Lone"]  # fmt: skip
US_SECOND = [
    "Ridge",
    "Creek",
    "Valley",
    "Field",
    "Point",
    "Bend",
    "Hollow",
    "Bay",
    "Mesa",
    "Gate",
    "Grove",
    "Hill",
]
US_NAME_TOKENS = {
    "R": ["Farms", "Growers", "Ranch", "Agri"],
    "M": ["Foods", "Processing", "Kitchens", "Works"],
    "D": ["Distributors", "Trading", "Supply", "Importers"],
    "E": ["Hospitality", "Restaurants", "Eateries", "Markets"],
}
US_SUFFIX = ["LLC", "Inc.", "Co.", "Group", "LLC", "Inc."]
MONTHS = ["March", "April", "May", "June", "September", "October", "November"]

# ---------------------------------------------------------------------------------------
# Templates shared by the genres: negated wants, wants named by the input material, and
# customers already served (an offer clause, not a want).
# ---------------------------------------------------------------------------------------
ZH_NEG = [
    "不找{neg}，只找{guo}{want}。",
    "¦O{neg}我们已经有了，¦S现在缺的是{guo}{want}。",
    "这次不是招{neg}，而是想对接{guo}的{want}。",
    "¦O{neg}方面暂时不需要，¦S目前只对{guo}{want}感兴趣。",
]
EN_NEG = [
    "¦OWe already have {neg_pl}; ¦Swhat we lack is {a_want} in {country}.",
    "Not looking for {neg_pl} — only {want_pl} in {country}.",
    "¦O{neg_pl_cap}? Covered. ¦SThe gap is {a_want} in {country}.",
    "¦OWe're not recruiting {neg_pl} this round. ¦SWe want {a_want} in {country}.",
]
ZH_MATERIAL = [
    "我们需要稳定的{material}货源。",
    "眼下最缺的是{material}，每月用量不小。",
    "原料方面：长期采购{material}。",
    "谁手里有{material}？",
    "如能长期供应{material}，价格好谈。",
    "计划明年起{material}全部改为进口。",
]
EN_MATERIAL = [
    "We need a steady source of {material}.",
    "What we're short on is {material}.",
    "Raw material wanted: {material}.",
    "Anyone sitting on {material}?",
    "If you can ship {material}, let's talk volumes.",
    "Next year we plan to import all our {material}.",
]
ZH_SERVED = [
    "目前长期为{served}供货。",
    "现有客户包括多家{served}。",
    "产品已进入{cust_place}的{served}。",
]
EN_SERVED = [
    "We already supply {served_pl}.",
    "Existing customers include {served_pl} in {cust_place}.",
    "Today our volume goes to {served_pl}.",
]
ZH_US_OFFICE = ["我们在洛杉矶设有中文销售团队。", "公司在上海设有中文联络处。"]

# ---------------------------------------------------------------------------------------
# Genres: per language, pools of offer, seek and other templates (plus genre furniture).
# ---------------------------------------------------------------------------------------
GENRES: dict[str, dict[str, dict[str, list[str]]]] = {
    "crowdfunding": {
        "zh": {
            "head": ["【众筹】第{days}天，已筹得目标金额的{pct}%", "{product}众筹项目｜已有{n}位支持者",
                     "项目状态：众筹中（剩余{days}天）", "【众筹进行中】"],
            "offer": [
                "我们是来自{place}的{noun}，{detail}。",
                "{name}成立于{year}年，是一家{noun}，{detail}。",
                "这次众筹的发起方{name}，本身就是{place}的一家{noun}：{detail}。",
                "十几年来我们只做一件事——当好{noun}，{detail}。",
                "项目团队来自{name}（{place}{noun}），{detail}。",
                "我们在{place}做{noun}已经{years}年了，{detail}。",
                "{detail}，这是我们作为{noun}的底气。",
            ],
            "seek": [
                "众筹资金到位后，下一步计划是对接一家{guo}{want}。",
                "我们还缺一位关键伙伴：{guo}的{want}。",
                "如果你是{guo}{want}，欢迎在评论区留言或私信项目方。",
                "本项目同时征集{guo}{want}作为长期合作伙伴。",
                "有没有{guo}的{want}愿意和我们一起把这件事做成？",
                "支持者里如果有人认识{guo}{want}，请一定帮我们牵个线。",
                "项目方寻求：{guo}{want}。",
            ],
            "other": ["回报档位：支持99元得体验装一份，支持999元得整箱。", "预计{month_zh}月发货，全国包邮（偏远地区除外）。",
                      "感谢每一位支持者！", "项目已通过平台审核，资金由平台监管。", "达成200%目标后解锁限量礼盒。"],
        },
        "en": {
            "head": ["{product_cap} campaign — {pct}% funded, {days} days to go", "Backed by {n} supporters so far",
                     "LIVE ON KICKSTARTER", "Campaign update #{upd}"],
            "offer": [
                "We're {a_noun} in {place}: {detail}.",
                "{name} has been {a_noun} since {year} — {detail}.",
                "Behind this campaign is {name}, {a_noun} based in {place} ({detail}).",
                "For {years} years we have worked as {a_noun}. Today: {detail}.",
                "The short version: {name} is {a_noun} — {detail}.",
                "This campaign funds the next step for {a_noun} in {place} — {detail}.",
                "{detail_cap}. That's us: {name}, {a_noun}.",
            ],
            "seek": [
                "Part of the raise goes toward landing {a_want} in {country}.",
                "The missing piece? {a_want_cap} in {country}.",
                "If you are {a_want} in {country}, comment below or message the team.",
                "Alongside backers, we're recruiting {a_want} from {country} as a long-term partner.",
                "Hit the stretch goal and we can finally sign {a_want} from {country}.",
                "Know {a_want} in {country}? Introduce us — that's worth more than a pledge.",
                "Partner wanted: {a_want} ({country}).",
            ],
            "other": ["Reward tiers: $25 sampler, $80 case, $500 founders' dinner.", "Estimated delivery: {month} {year2}.",
                      "Thank you for backing us!", "Ships to the US and Canada only.", "Stretch goal at $150K: a limited gift box."],
        },
    },
    "video_caption": {
        "zh": {
            "head": ["📍{place}", "第{upd}期｜工厂日常", "凌晨五点的{product}人🌄"],
            "offer": [
                "带大家看看我们的日常👀 {detail}！",
                "{place}{noun}的一天｜{detail}",
                "做{noun}第{years}年{emoji}{detail}💪",
                "{name}今天满负荷🔥{detail}",
                "谁说{noun}不能很酷？{detail}😎",
                "老板让我拍个视频介绍下自己：{place}{noun}，{detail}。",
            ],
            "seek": [
                "诚招{guo}{want}，评论区扣1👇",
                "找{guo}{want}！私信秒回📩",
                "{guo}的{want}刷到请停一下🙏",
                "有认识{guo}{want}的朋友吗？帮忙转发！",
                "下一站：{guo}{want}✈️",
                "想和{guo}{want}长期合作，主页有联系方式",
                "你是{guo}{want}？那这条视频就是拍给你的",
            ],
            "other": ["关注我，带你看更多幕后🎬", "BGM：《向天再借五百年》", "点赞过千出下一期！"],
            "tags": ["#{product} #外贸 #中美贸易 #创业日记", "#{product} #农业 #工厂日常 #出海",
                     "#{product} #食品 #跨境 #每日vlog", "#{product}#外贸人#实拍"],
        },
        "en": {
            "head": ["📍{place}", "Part {upd} 🎬", "5am crew check-in ☕"],
            "offer": [
                "POV: you run {a_noun} in {place} {emoji} {detail_cap}.",
                "Day in the life at {name} — {detail}.",
                "{years} years as {a_noun} and still obsessed. {detail_cap}.",
                "Nobody believes {a_noun} can look this good 😮 {detail_cap}.",
                "Quick tour 👀 {detail}.",
                "This is what {a_noun} in {place} looks like at 5am. {detail_cap}.",
            ],
            "seek": [
                "Calling all {want_pl} in {country} 📣",
                "Looking for {a_want} in {country} — DM us 📩",
                "{adj_want_pl}, this one's for you 👇",
                "Tag {a_want} in {country} who needs to see this!",
                "Next stop: {a_want} in {country} ✈️",
                "Are you {a_want} in {country}? Link in bio.",
                "Want: {a_want} from {country}. That's it. That's the post.",
            ],
            "other": ["Follow for part 2!", "🎵 original sound", "Sound on 🔊"],
            "tags": ["#{tag} #smallbusiness #fyp #foodtok", "#{tag} #farmtok #exporting #behindthescenes",
                     "#{tag} #{made} #b2b #fyp", "#{tag} #supplychain #foodbusiness"],
        },
    },
    "forum_post": {
        "zh": {
            "head": ["【求助】{product}行业的前辈们进来看看", "标题：{product}出海找合作，求指点", "【外贸交流】楼主求资源"],
            "offer": [
                "先介绍下楼主：{place}的{noun}，{detail}。",
                "本人在{name}负责外贸，公司是{noun}，{detail}。",
                "我们是{noun}，{detail}，在这行做了{years}年。",
                "背景：{name}，{place}，{noun}。{detail}。",
                "¦O潜水多年第一次发帖，¦F家里是做{noun}的，{detail}。",
                "小公司一个（{noun}），{detail}，不算大但很稳。",
            ],
            "seek": [
                "想问问各位，有没有靠谱的{guo}{want}可以推荐？",
                "求介绍{guo}{want}，有偿也可以。",
                "目前最想找的是{guo}{want}，有资源的朋友麻烦回帖或站内信。",
                "如果坛子里有{guo}{want}，咱们可以私聊。",
                "老板给的任务：年底前搞定一家{guo}{want}。",
                "老板原话：“找一家靠谱的{guo}{want}，其他都好说。”",
                "请教一下，{guo}{want}一般去哪找？展会还是平台？",
            ],
            "other": ["先谢谢大家了！", "顶贴有红包😂", "编辑：联系方式在签名档。", "版主如果发错区了请帮忙移动。"],
        },
        "en": {
            "head": ["[Help] Anyone here in the {product} trade?", "Title: Sourcing partners for {product} — advice?",
                     "Re: finding partners overseas"],
            "offer": [
                "Quick background: we're {a_noun} in {place}, {detail}.",
                "I handle sales at {name}, {a_noun} — {detail}.",
                "We've been {a_noun} for {years} years. {detail_cap}.",
                "About us (briefly): {name}, {place}, {noun}. {detail_cap}.",
                "¦OLong-time lurker, first post. ¦FMy family runs {a_noun}: {detail}.",
                "Small outfit, {a_noun}, {detail}.",
            ],
            "seek": [
                "Can anyone recommend {a_want} in {country}?",
                "Looking for introductions to {want_pl} in {country}.",
                "Main thing I'm after right now is {a_want} in {country} — replies or PMs welcome.",
                "If there's {a_want} from {country} on this board, let's talk.",
                "My boss wants {a_want} in {country} signed by Q4.",
                "Our founder's words: \"Get us {a_want} in {country} and the rest follows.\"",
                "Where do people usually find {want_pl} in {country}? Trade shows? Alibaba?",
            ],
            "other": ["Thanks in advance!", "Mods, move this if it's in the wrong section.",
                      "Edit: contact info in my signature.", "Sorry for the long post."],
        },
    },
    "franchise_blurb": {
        "zh": {
            "head": ["【招商合作】", "—— {year2}年度合作伙伴招募 ——", "合作机会｜{product}"],
            "offer": [
                "{name}是{place}知名{noun}，{detail}。",
                "品牌方简介：{noun}，{detail}，创立于{year}年。",
                "选择我们的理由：{detail}；作为{noun}，我们有完整的品控体系。",
                "作为{noun}，{name}{detail}。",
                "{place}{noun}，{detail}——这是我们的实力。",
                "我们的优势：{years}年行业经验，{detail}。",
            ],
            "seek": [
                "现面向{guo}招募{want}，名额有限。",
                "诚邀{guo}{want}洽谈合作。",
                "招募对象：{guo}{want}。",
                "只要您是{guo}的{want}，即可申请成为合作伙伴。",
                "{year2}年计划在{guo}签约三家{want}。",
                "寻找{guo}{want}，政策支持：首单账期60天、区域保护。",
                "您是{guo}的{want}吗？欢迎咨询合作政策。",
            ],
            "other": ["合作热线：{tel_cn}", "详情请致电招商部王经理。", "保证金可退，名额有限，先到先得。"],
        },
        "en": {
            "head": ["DEALERSHIP OPPORTUNITY", "Partner Program {year2}", "Now accepting applications"],
            "offer": [
                "{name} is {a_noun} in {place}; {detail}.",
                "Why partner with us? {detail_cap}, and {years} years as {a_noun}.",
                "Brand overview — {noun}, founded {year}, {detail}.",
                "What you get with {name}: {detail}, from {a_noun} with a {years}-year record.",
                "{noun_cap} since {year}. {detail_cap}.",
                "Our strength: {detail}, backed by {years} years as {a_noun}.",
            ],
            "seek": [
                "We are now appointing {want_pl} in {country}.",
                "Open slots for {want_pl} across {country}.",
                "Who we're looking for: {a_want} in {country}.",
                "If you are {a_want} in {country}, you qualify to apply.",
                "Plan for {year2}: three signed {want_pl} in {country}.",
                "Seeking {a_want} in {country}; terms include 60-day payment and exclusive regions.",
                "Are you {a_want} in {country}? Ask for our partner terms.",
            ],
            "other": ["Call {tel_us} or visit our partner page.", "Limited slots, first come, first served.",
                      "This information is not an offer to sell a franchise in any state."],
        },
    },
    "testimonials": {
        "zh": {
            "quote": [
                "“品质稳定，批次之间几乎没有差别。”——{cust}品控经理",
                "“交期准，售后响应快，合作{years}年了。”——{cust}张总",
                "“样品和大货一个样，这点很难得。”——{cust}",
                "“换了三家，最后还是回到{name}。”——{cust}负责人",
                "“价格不是最低的，但省心。”——{cust}采购王经理",
                "“去年旺季全靠他们顶上。”——{cust}",
            ],
            "quote_e": [
                "“每周都要来一次，味道一直在线。”——会员李女士",
                "“服务好，出餐快，孩子也喜欢。”——点评用户“吃货小周”",
                "“干净、稳定，从来没让人失望过。”——老顾客陈先生",
                "“性价比很高，有意见提了马上就改。”——美团用户",
            ],
            "offer": [
                "{name}：我们是{place}的{noun}，{detail}。",
                "感谢信任！{years}年来我们一直是专业的{noun}，{detail}。",
                "我们是{noun}，{detail}，每一份好评都来之不易。",
                "作为{place}的{noun}，我们{detail}。",
                "写在最后：{name}，{noun}，{detail}。",
                "谢谢大家。我们会继续做好{noun}，{detail}。",
            ],
            "seek": [
                "下一步，我们希望结识{guo}的{want}。",
                "也欢迎{guo}{want}成为下一位写评价的人。",
                "我们正在寻找{guo}{want}。",
                "如果您是{guo}{want}，期待您的联系。",
                "今年的目标是和{guo}{want}建立合作。",
                "唯一的遗憾：还没有一家{guo}{want}合作伙伴。",
                "谁会是我们的第一家{guo}{want}？",
            ],
            "other": ["以上评价均经客户授权发布。", "更多案例请见官网。"],
        },
        "en": {
            "quote": [
                "\"Consistent from lot to lot — no rejections in three years.\" — QA manager, {cust}",
                "\"On-time trucks, and they still pick up the phone on a Sunday.\" — {cust_cap}",
                "\"We switched to {name} in {year} and never looked back.\" — Purchasing director, {cust}",
                "\"Fair prices, no drama.\" — Owner, {cust}",
                "\"They bailed us out during the holiday rush.\" — Ops lead at {cust}",
                "\"The samples matched the shipment. Every time.\" — {cust_cap}",
            ],
            "quote_e": [
                "\"Friendly staff, fast service, never a bad experience.\" — Jenna R., Yelp",
                "\"Clean, quick and consistent.\" — Google review",
                "\"They actually read the feedback cards.\" — Marcus T.",
                "\"Our go-to, week in, week out.\" — Member since 2019",
            ],
            "offer": [
                "From the {name} team: we're {a_noun} in {place}, {detail}.",
                "Thank you! {years} years as {a_noun}, and {detail} — reviews like these keep us going.",
                "We're {a_noun}; {detail}.",
                "As {a_noun} in {place}, we run on trust — {detail}.",
                "{name}, {a_noun}: {detail}.",
                "Thanks, all. We'll keep being the {noun} you know — {detail}.",
            ],
            "seek": [
                "Next, we'd love to hear from {a_want} in {country}.",
                "Maybe the next review will come from {a_want} in {country} — we're looking for one.",
                "We're currently seeking {a_want} in {country}.",
                "If you are {a_want} in {country}, we'd like to talk.",
                "This year's goal: partner with {a_want} in {country}.",
                "One gap left: no {want} from {country} on our partner list yet.",
                "Who will be our first {want} in {country}?",
            ],
            "other": ["Reviews shared with permission.", "More stories on our website."],
        },
    },
}  # fmt: skip
GENRE_NAMES = list(GENRES)
EMOJI = {"cider": "🍎", "rice": "🌾", "popcorn": "🍿", "baijiu": "🍶", "oatmilk": "🥛", "beef": "🥩",
         "hotsauce": "🌶️", "energydrink": "⚡", "frozenveg": "🥦", "pasta": "🍝"}  # fmt: skip
KINDS = {"F": "offer", "S": "seek", "O": "other"}


# ---------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------
def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def article(noun: str) -> str:
    return ("an " if noun[:1].lower() in "aeio" else "a ") + noun


def plural(noun: str) -> str:
    if re.search(r"[^aeiou]y$", noun):
        return noun[:-1] + "ies"
    if re.search(r"(s|x|ch|sh)$", noun):
        return noun + "es"
    return noun + "s"


def segments_of(template: str, kind: str, values: dict[str, str]) -> list[list[str]]:
    """The filled ``template`` cut at its kind markers into [text, kind] pairs."""
    text = template.format_map(values)
    out: list[list[str]] = []
    for part in re.split(r"(¦[FSO])", text):
        if part.startswith("¦"):
            kind = KINDS[part[1]]
        elif part:
            out.append([part, kind])
    return out


def join(lines: list[list[list[str]]], lang: str) -> list[list[str]]:
    """Segments of the lines, the separators (space or nothing within a line, a newline
    between lines) attached to the end of the segment before them."""
    out: list[list[str]] = []
    for li, line in enumerate(lines):
        for si, seg in enumerate(line):
            text = seg[0]
            if si + 1 < len(line):
                if lang == "en" and not text.endswith(" "):
                    text += " "
            elif li + 1 < len(lines):
                text = text.rstrip(" ") + "\n"
            out.append([text, seg[1]])
    return out


# ---------------------------------------------------------------------------------------
# Companies
# ---------------------------------------------------------------------------------------
def chain_roles(rng: random.Random) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(stage, want) of the Chinese and the US companies of one chain: each Chinese
    company's partner, then traps beside it, then the rest of the chain at random."""
    combos = [(s, w) for s in "RMDE" for w in NEIGHBOURS[s]]
    cn = rng.sample(combos, N_CN)
    us = [(w, s) for s, w in cn]
    traps: list[tuple[str, str]] = []
    for s, w in rng.sample(cn, len(cn)):
        traps.append((s, w))  # competitor: same stage, same want
        other = [x for x in NEIGHBOURS[w] if x != s]
        if other:  # offers what the query seeks, wants something else
            traps.append((w, rng.choice(other)))
        other = [x for x in NEIGHBOURS[s] if x != w]
        if other:  # wants the query's product, offers nothing it seeks
            traps.append((rng.choice(other), s))
    rng.shuffle(traps)
    us += traps[: N_US - len(us)]
    while len(us) < N_US:
        us.append(rng.choice(combos))
    return cn, us


class Namer:
    """Unique company names; ``trap`` puts another stage's role word in the name."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.seen: set[str] = set()

    def __call__(self, side: str, lang: str, stage: str, trap: bool) -> str:
        rng = self.rng
        token_stage = rng.choice([s for s in "RMDE" if s != stage]) if trap else stage
        while True:
            if side == "US":
                name = f"{rng.choice(US_FIRST)} {rng.choice(US_SECOND)} {rng.choice(US_NAME_TOKENS[token_stage])} {rng.choice(US_SUFFIX)}"
            elif lang == "zh":
                name = (
                    rng.choice(CN_PROVINCES)[0]
                    + rng.choice(CN_BRANDS)[0]
                    + rng.choice(ZH_NAME_TOKENS[token_stage])
                )
            else:
                name = f"{rng.choice(CN_PROVINCES)[1]} {rng.choice(CN_BRANDS)[1]} {rng.choice(CN_EN_NAME_TOKENS[token_stage])} Co., Ltd."
            if name not in self.seen:
                self.seen.add(name)
                return name


def values_for(rng: random.Random, org: dict, name: str) -> tuple[dict[str, str], dict[str, bool]]:
    """Template values of one company, and which hard cases they carry."""
    chain, stage, want, side, lang = (
        org["_chain"],
        org["_stage"],
        org["_want"],
        org["side"],
        org["_lang"],
    )
    c = CHAINS[chain]
    zi = 0 if lang == "zh" else 1  # index into (zh, en) pairs
    nouns, details = c[stage][zi], c[stage][2 + zi]
    home_place = rng.choice(CN_PLACES if side == "CN" else US_PLACES)
    place = home_place[0] if (side == "CN") == (lang == "zh") else home_place[1]
    far = (side == "CN") != (lang == "zh")  # writing in the other country's language
    words = EN_PLACE_WORDS if lang == "en" else ZH_PLACE_WORDS
    usable = [k for k, d in enumerate(details) if not (far and words.search(d))]
    assert usable and len(nouns) == len(details), (chain, stage, lang)
    k = rng.choice(usable)  # each noun goes with its own detail
    flags = {"generic": False, "material": False, "neg": False, "served": False}
    if rng.random() < 0.2:
        want_noun = rng.choice(GENERIC[want][zi])
        flags["generic"] = True
    else:
        want_noun = rng.choice(c[want][zi])
    neg_options = [x for x in NEIGHBOURS[stage] if x != want]
    neg_stage = rng.choice(neg_options) if neg_options else ""
    flags["neg"] = bool(neg_options) and rng.random() < 0.2
    flags["material"] = stage == "M" and want == "R" and not flags["neg"] and rng.random() < 0.75
    served_stage = next((s for s in DOWNSTREAM[stage] if s != want), "")
    flags["served"] = (
        stage in "MD" and bool(served_stage) and not flags["neg"] and rng.random() < 0.4
    )
    served = rng.choice(c[served_stage][zi]) if served_stage else ""
    cust_place = rng.choice(CN_PLACES if side == "CN" else US_PLACES)[
        zi if side == "CN" else 1 - zi
    ]
    if lang == "zh":
        cust = f"{cust_place}某{served or '客户'}"
    else:
        cust = f"{article(served or 'customer')} in {cust_place}"
    neg = rng.choice(c[neg_stage][zi]) if neg_stage else ""
    country, adj, guo = (
        ("the US", "American", "美国") if side == "CN" else ("China", "Chinese", "中国")
    )
    noun, detail = nouns[k], details[k]
    product = c["product"][zi]
    values = {
        "name": name, "noun": noun, "noun_cap": cap(noun), "a_noun": article(noun),
        "detail": detail, "detail_cap": cap(detail), "place": place, "product": product,
        "product_cap": cap(product), "tag": c["product"][1].replace(" ", ""),
        "want": want_noun, "want_pl": plural(want_noun), "a_want": article(want_noun),
        "a_want_cap": cap(article(want_noun)),
        "adj_want_pl": plural(want_noun) if want_noun.startswith(adj) else f"{adj} {plural(want_noun)}", "country": country, "adj": adj, "guo": guo,
        "neg": neg, "neg_pl": plural(neg) if neg else "", "neg_pl_cap": cap(plural(neg)) if neg else "",
        "material": c["material"][zi], "served": served, "served_pl": plural(served) if served else "",
        "cust": cust, "cust_cap": cap(cust), "cust_place": cust_place,
        "year": str(rng.randint(1986, 2019)), "year2": str(rng.choice([2026, 2027])),
        "years": str(rng.randint(6, 32)), "n": str(rng.randint(120, 9800)), "n2": str(rng.randint(1000, 9999)),
        "pct": str(rng.randint(64, 412)), "days": str(rng.randint(3, 40)), "upd": str(rng.randint(2, 19)),
        "month": rng.choice(MONTHS), "month_zh": str(rng.randint(3, 11)), "emoji": EMOJI[chain],
        "tel_cn": f"400-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}",
        "tel_us": f"1-800-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}",
        "made": "madeinchina" if side == "CN" else "madeinusa",
    }  # fmt: skip
    return values, flags


def seek_part(
    rng: random.Random,
    pools: dict[str, list[str]],
    lang: str,
    v: dict[str, str],
    flags: dict[str, bool],
) -> list[list[str]]:
    if flags["neg"]:
        return segments_of(rng.choice(ZH_NEG if lang == "zh" else EN_NEG), "seek", v)
    if flags["material"]:
        return segments_of(rng.choice(ZH_MATERIAL if lang == "zh" else EN_MATERIAL), "seek", v)
    return segments_of(rng.choice(pools["seek"]), "seek", v)


def offer_part(
    rng: random.Random,
    pools: dict[str, list[str]],
    lang: str,
    v: dict[str, str],
    flags: dict[str, bool],
) -> list[list[str]]:
    segs = segments_of(rng.choice(pools["offer"]), "offer", v)
    if flags["served"]:
        segs += segments_of(rng.choice(ZH_SERVED if lang == "zh" else EN_SERVED), "offer", v)
    return segs


def order(rng: random.Random, offer: list, seek: list, filler: list) -> list:
    """Offer, seek and a filler, the want first, in the middle or last."""
    shape = rng.random()
    if shape < 0.25:
        return seek + offer + filler
    if shape < 0.5:
        return offer + seek + filler
    return offer + filler + seek


def describe(
    rng: random.Random, org: dict, name: str, genre: str
) -> tuple[list[list[str]], dict[str, bool]]:
    """Segments of one description written in ``genre``, and its hard cases."""
    lang = org["_lang"]
    pools = GENRES[genre][lang]
    v, flags = values_for(rng, org, name)
    offer = offer_part(rng, pools, lang, v, flags)
    seek = seek_part(rng, pools, lang, v, flags)
    filler = segments_of(rng.choice(pools["other"]), "other", v) if rng.random() < 0.7 else []
    if org["side"] == "US" and lang == "zh" and rng.random() < 0.6:
        filler = filler + segments_of(rng.choice(ZH_US_OFFICE), "other", v)
    head = segments_of(rng.choice(pools["head"]), "other", v) if "head" in pools else []
    lines: list[list[list[str]]]
    if genre == "crowdfunding":
        body = order(rng, offer, seek, filler)
        lines = [head, body] if rng.random() < 0.6 else [head, offer, seek + filler]
    elif genre == "video_caption":
        tags = segments_of(rng.choice(pools["tags"]), "other", v)
        first = [head] if rng.random() < 0.4 else []
        mid = [offer, seek] if rng.random() < 0.6 else [seek, offer]
        lines = first + mid + ([filler[:1]] if filler else []) + [tags]
    elif genre == "forum_post":
        body = order(rng, offer, seek, [])
        lines = [head, body] + ([filler] if filler else [])
    elif genre == "franchise_blurb":
        contact = filler
        lines = [head, offer, seek] if rng.random() < 0.5 else [head, seek, offer]
        if contact:
            lines.append(contact)
    else:  # testimonials, then a line from the company
        quotes = rng.sample(
            pools["quote_e" if org["_stage"] == "E" else "quote"], rng.choice([1, 2, 2, 3])
        )
        qlines = [segments_of(q, "offer", v) for q in quotes]
        company = offer + seek if rng.random() < 0.6 else seek + offer
        lines = [*qlines, company] + ([filler[:1]] if filler and rng.random() < 0.4 else [])
    lines = [line for line in lines if line]
    return join(lines, lang), flags


# ---------------------------------------------------------------------------------------
# Build, check, write
# ---------------------------------------------------------------------------------------
def build() -> tuple[dict, dict, dict, Counter[str]]:
    rng = random.Random(SEED)
    orgs: list[dict] = []
    for chain in CHAINS:
        cn, us = chain_roles(rng)
        for side, group in (("CN", cn), ("US", us)):
            for stage, want in group:
                n = sum(o["side"] == side for o in orgs) + 1
                orgs.append({"id": f"{PREFIX}{side.lower()}{n:03d}", "side": side,
                             "_chain": chain, "_stage": stage, "_want": want})  # fmt: skip
    # About one in ten writes the other side's language: 4 CN in English, 7 US in Chinese.
    cn_ids = [o["id"] for o in orgs if o["side"] == "CN"]
    us_ids = [o["id"] for o in orgs if o["side"] == "US"]
    switched = set(rng.sample(cn_ids, 4)) | set(rng.sample(us_ids, 7))
    for o in orgs:
        home = "zh" if o["side"] == "CN" else "en"
        o["_lang"] = ("en" if home == "zh" else "zh") if o["id"] in switched else home
    # Genres spread evenly within each language.
    genre_of: dict[str, str] = {}
    for lang in ("zh", "en"):
        ids = [o["id"] for o in orgs if o["_lang"] == lang]
        rng.shuffle(ids)
        offset = rng.randrange(len(GENRE_NAMES))
        for i, oid in enumerate(ids):
            genre_of[oid] = GENRE_NAMES[(i + offset) % len(GENRE_NAMES)]
    namer = Namer(rng)
    segments: dict[str, list[list[str]]] = {}
    hard: Counter[str] = Counter()
    out_orgs = []
    for o in orgs:
        trap = rng.random() < 0.15
        name = namer(o["side"], o["_lang"], o["_stage"], trap)
        segs, flags = describe(rng, o, name, genre_of[o["id"]])
        hard.update(k for k, f in flags.items() if f)
        hard["name_trap"] += trap
        segments[o["id"]] = segs
        lang = o["_lang"]
        name_lang = "en" if o["side"] == "US" or lang == "en" else "zh"
        out_orgs.append({"id": o["id"], "side": o["side"], "name": {name_lang: name},
                         "description": {lang: "".join(s[0] for s in segs)}})  # fmt: skip
    partners: dict[str, list[str]] = {}
    for a in orgs:
        for b in orgs:
            if (a["side"] != b["side"] and a["_chain"] == b["_chain"]
                    and a["_stage"] == b["_want"] and b["_stage"] == a["_want"]):  # fmt: skip
                partners.setdefault(a["id"], []).append(b["id"])
    gold = {
        "partners": partners,
        "roles": {o["id"]: f"{o['_chain']}:{o['_stage']}>{o['_want']}" for o in orgs},
        "split": {o["id"]: "corpus" for o in orgs},
        "genres": genre_of,
    }
    profiles = {"format": "tradebridge-profiles/1", "organizations": out_orgs}
    check(profiles, gold, segments, hard)
    return profiles, gold, segments, hard


def check(profiles: dict, gold: dict, segments: dict, hard: Counter[str]) -> None:
    """Fail loudly on anything the brief forbids."""
    assert not set(CHAINS) & USED, set(CHAINS) & USED
    for genre, langs in GENRES.items():
        for lang, pools in langs.items():
            assert len(pools["offer"]) >= 6 and len(pools["seek"]) >= 6, (genre, lang)
    orgs = profiles["organizations"]
    ids = [o["id"] for o in orgs]
    assert len(ids) == len(set(ids)) == 110, len(ids)
    assert sum(o["side"] == "CN" for o in orgs) == 40
    names = [next(iter(o["name"].values())) for o in orgs]
    assert len(names) == len(set(names))
    for o in orgs:
        oid = o["id"]
        assert re.fullmatch(PREFIX + ("cn" if o["side"] == "CN" else "us") + r"\d{3}", oid), oid
        ((lang, text),) = o["description"].items()
        segs = segments[oid]
        assert "".join(s[0] for s in segs) == text, oid
        assert all(s[0] and s[1] in ("offer", "seek", "other") for s in segs), oid
        assert {"offer", "seek"} <= {s[1] for s in segs}, oid
        assert not re.search(r"[{}¦]", text), (oid, text)
        assert lang == "en" or re.search(r"[\u4e00-\u9fff]", text), oid
        chain, roles = gold["roles"][oid].split(":")
        stage, want = roles.split(">")
        assert chain in CHAINS and want in NEIGHBOURS[stage], gold["roles"][oid]
        if o["side"] == "CN":
            assert gold["partners"].get(oid), f"{oid} has no partner"
        for p in gold["partners"].get(oid, []):
            assert p[:4] != oid[:4] and oid in gold["partners"][p]
    for genre in GENRE_NAMES:
        langs = {next(iter(o["description"])) for o in orgs if gold["genres"][o["id"]] == genre}
        assert langs == {"zh", "en"}, genre
    for case in ("generic", "material", "neg", "served", "name_trap"):
        assert hard[case] >= 3, (case, hard[case])


def summary(profiles: dict, gold: dict, segments: dict, hard: Counter[str]) -> None:
    orgs = profiles["organizations"]
    lang = {o["id"]: next(iter(o["description"])) for o in orgs}
    print(f"{len(orgs)} organizations ({sum(o['side'] == 'CN' for o in orgs)} CN), "
          f"{len(gold['partners'])} with a partner, chains: {', '.join(CHAINS)}")  # fmt: skip
    by_genre = Counter((gold["genres"][i], lang[i]) for i in lang)
    for g in GENRE_NAMES:
        print(f"  {g:16s} zh {by_genre[g, 'zh']:2d}  en {by_genre[g, 'en']:2d}")
    sides = Counter((o["side"], lang[o["id"]]) for o in orgs)
    print("  languages:", ", ".join(f"{s}-{lg} {n}" for (s, lg), n in sorted(sides.items())))
    roles = Counter(r.split(":")[1] for r in gold["roles"].values())
    print("  roles:", ", ".join(f"{r} {n}" for r, n in sorted(roles.items())))
    kinds = Counter(s[1] for segs in segments.values() for s in segs)
    print("  segments:", dict(kinds))
    print("  hard cases:", dict(hard))


def main() -> None:
    profiles, gold, segments, hard = build()
    for file, data in (
        ("roles_corpus7", profiles),
        ("roles_corpus7_gold", gold),
        ("roles_corpus7_segments", segments),
    ):
        (HERE / f"{file}.json").write_text(
            json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8"
        )
    summary(profiles, gold, segments, hard)


if __name__ == "__main__":
    main()
