# ruff: noqa: E501  (the phrases and templates are data; wrapping them would only hurt reading)
"""Write training corpus 1 for the partner recommender: ``roles_corpus1.json``,
``roles_corpus1_gold.json`` and ``roles_corpus1_segments.json``.

    python bench/recommend/make_corpus1.py

Ten food, drink and agriculture value chains (olive oil, frozen berries, rice noodles, canned
tuna, cocoa, cane sugar, ginseng, craft beer, apple juice concentrate, wheat flour), 40 Chinese
and 70 US companies, each at one stage (R raw material, M maker, D distributor, E end buyer)
and seeking an adjacent one.  Beside each Chinese company's gold partner the US side holds the
traps a trade officer meets: a competitor (same stage, same want), a company offering what it
seeks but wanting something else, one wanting its product but offering nothing it wants.

Ways of writing: B2B marketplace selling/buying leads, bullet-point fact sheets, CRM or
spreadsheet rows, a tagline followed by a line or two of business, and local government
investment-promotion project listings; each in Chinese and English.

Each description is also written as segments ``[text, kind]`` (kind ``offer``, ``seek`` or
``other``) whose texts concatenate to the description.  Clauses that name a role the company does
NOT want ("不找代理，", "We already have distributors; ") are ``other``; the customers a company
already serves are ``offer``.

Standard library only; deterministic (``random.Random(SEED)``).
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20261205
PREFIX = "k1"
N_CN, N_US = 4, 7  # per chain
STAGE_ORDER = "RMDE"
NEIGHBOURS = {"R": ("M",), "M": ("R", "D", "E"), "D": ("M", "E"), "E": ("M", "D")}
GENRES = ["lead", "bullets", "crm", "tagline", "project"]

# ---------------------------------------------------------------------------------------------
# The chains.  Per chain: product, its spec, the makers' input named as a material, a word for
# company names, places (zh, en, province/state zh, en) on each side, and per stage: role nouns
# (zh, en), what the company does (zh, en: a verb phrase after "we"), and capacity details.
# ---------------------------------------------------------------------------------------------
CHAINS: dict[str, dict] = {
    "oliveoil": {
        "rspec": ("酸度≤0.5%，IBC吨桶或柔性罐", "acidity ≤0.5%, IBC totes or flexitanks"),
        "product": ("橄榄油", "olive oil"),
        "spec": ("特级初榨，酸度≤0.3%，500ml/1L/5L", "extra virgin, acidity ≤0.3%, 500 ml bottles to 5 L tins"),
        "material": ("初榨橄榄原油（散装）", "bulk extra virgin olive oil in flexitanks"),
        "word": ("橄榄", "Olive"),
        "cn_places": [("甘肃陇南", "Longnan, Gansu", "甘肃", "Gansu"), ("四川广元", "Guangyuan, Sichuan", "四川", "Sichuan"), ("云南丽江", "Lijiang, Yunnan", "云南", "Yunnan")],
        "us_places": [("加州中央谷地", "the Central Valley, California", "加州", "California"), ("加州萨克拉门托", "Sacramento, California", "加州", "California"), ("得州休斯敦", "Houston, Texas", "得州", "Texas")],
        "R": (["橄榄种植基地", "橄榄种植合作社", "橄榄压榨厂"], ["olive grower", "olive growers' cooperative", "olive mill"],
              ("种植油橄榄并冷榨初榨原油", "grow olives and press bulk extra virgin oil"),
              ["橄榄园1.2万亩，年产初榨原油800吨", "自有冷榨线两条，榨季日处理鲜果200吨"],
              ["2,400 acres of groves and 900 tonnes of bulk oil a season", "a two-phase mill crushing 200 tonnes of fruit a day at harvest"]),
        "M": (["橄榄油灌装厂", "食用油分装厂", "橄榄油贴牌厂"], ["olive oil bottler", "private-label oil packer", "edible oil packer"],
              ("灌装和贴牌生产橄榄油", "bottle and private-label olive oil"),
              ["玻璃瓶与马口铁罐灌装线4条，日灌装60吨", "可承接OEM贴牌，最小起订量1个货柜"],
              ["four lines filling glass and tins, 60 tonnes a day", "private label from one container, own lab for acidity and peroxide"]),
        "D": (["进口食用油批发商", "粮油经销商", "橄榄油一级代理"], ["specialty food importer", "oil and vinegar wholesaler", "grocery distributor"],
              ("批发分销进口橄榄油", "import and wholesale olive oil"),
              ["覆盖30个城市的商超渠道", "常备库存200吨，自有干仓1.5万平方米"],
              ["deliveries to 1,200 independent grocers", "a 60,000 sq ft warehouse carrying 200 SKUs"]),
        "E": (["连锁餐饮集团", "团餐企业", "西餐连锁"], ["restaurant group", "institutional caterer", "Mediterranean restaurant chain"],
              ("经营连锁餐厅和团餐，常年大量用油", "run restaurants and canteens that cook with olive oil every day"),
              ["旗下门店180家，年用油约400吨", "自有中央厨房，日供餐5万份"],
              ["140 kitchens", "50,000 meals a day from two commissaries"]),
    },
    "berry": {
        "rspec": ("糖度≥11°Bx，采后4小时内预冷", "11+ Brix, pre-cooled within four hours of picking"),
        "product": ("速冻浆果", "frozen berries"),
        "spec": ("IQF蓝莓/树莓，A级，10kg纸箱", "IQF blueberries and raspberries, grade A, 10 kg cases"),
        "material": ("鲜蓝莓、树莓原果", "fresh-picked blueberries and raspberries"),
        "word": ("莓业", "Berry"),
        "cn_places": [("辽宁丹东", "Dandong, Liaoning", "辽宁", "Liaoning"), ("贵州麻江", "Majiang, Guizhou", "贵州", "Guizhou"), ("山东青岛", "Qingdao, Shandong", "山东", "Shandong")],
        "us_places": [("华盛顿州林登", "Lynden, Washington", "华盛顿州", "Washington"), ("俄勒冈州塞勒姆", "Salem, Oregon", "俄勒冈州", "Oregon"), ("密歇根州", "western Michigan", "密歇根州", "Michigan")],
        "R": (["蓝莓种植基地", "浆果种植合作社", "果农专业合作社"], ["blueberry farm", "berry growers' cooperative", "raspberry grower"],
              ("种植蓝莓和树莓", "grow blueberries and raspberries"),
              ["蓝莓基地3000亩，年产鲜果2000吨", "社员420户，采收季日供鲜果50吨"],
              ["1,100 acres of highbush blueberries", "85 member farms picking 50 tonnes a day in season"]),
        "M": (["速冻果蔬加工厂", "IQF速冻厂", "冷冻浆果加工企业"], ["IQF berry processor", "frozen fruit packer", "freezing plant"],
              ("分选、速冻并包装浆果", "sort, freeze and pack berries"),
              ["IQF隧道速冻线3条，冷库容量1万吨", "年加工速冻浆果1.5万吨，每条线配色选机"],
              ["three IQF tunnels and 10,000 tonnes of cold storage", "15,000 tonnes of frozen berries a year, optical sorting on every line"]),
        "D": (["冷冻食品进口商", "冻品批发商", "冷链食品分销商"], ["frozen food importer", "foodservice distributor", "frozen fruit broker"],
              ("进口并分销冷冻水果", "import and distribute frozen fruit"),
              ["在两大港口设有冷库", "冷链车60辆，冻品日配送300吨"],
              ["cold stores at two ports", "60 reefer trucks"]),
        "E": (["烘焙连锁", "茶饮连锁", "酸奶饮品连锁"], ["bakery chain", "smoothie bar chain", "frozen yogurt chain"],
              ("用冷冻浆果做烘焙、酸奶和饮品", "put frozen berries into pastries, yogurt and smoothies"),
              ["门店260家，年用冷冻浆果600吨", "自有中央工厂，日出品30万杯（份）"],
              ["310 stores", "600 tonnes of frozen berries a year"]),
    },
    "ricenoodle": {
        "rspec": ("直链淀粉≥22%，碎米率≤15%", "amylose 22%+, broken kernels under 15%"),
        "product": ("米粉", "rice noodles"),
        "spec": ("干米粉/鲜湿米粉，保质期12个月，400g袋装", "dried rice sticks 1-10 mm, 12-month shelf life, 400 g bags"),
        "material": ("早籼米", "long-grain indica rice"),
        "word": ("米业", "Rice"),
        "cn_places": [("广西柳州", "Liuzhou, Guangxi", "广西", "Guangxi"), ("江西南昌", "Nanchang, Jiangxi", "江西", "Jiangxi"), ("湖南常德", "Changde, Hunan", "湖南", "Hunan")],
        "us_places": [("阿肯色州琼斯伯勒", "Jonesboro, Arkansas", "阿肯色州", "Arkansas"), ("加州萨克拉门托河谷", "the Sacramento Valley", "加州", "California"), ("路易斯安那州", "southwest Louisiana", "路易斯安那州", "Louisiana")],
        "R": (["大米加工厂", "稻谷收储企业", "水稻种植合作社"], ["rice mill", "rice growers' cooperative", "paddy farm"],
              ("收储并加工籼米", "grow and mill long-grain rice"),
              ["日处理稻谷300吨，仓容5万吨", "订单种植水稻8万亩"],
              ["a mill running 300 tonnes of paddy a day", "12,000 acres of long-grain under contract"]),
        "M": (["米粉生产厂", "螺蛳粉生产企业", "干米粉厂"], ["rice noodle factory", "noodle maker", "Asian food manufacturer"],
              ("生产干米粉和预包装螺蛳粉", "make dried and fresh rice noodles"),
              ["米粉生产线12条，日产干米粉80吨", "预包装螺蛳粉日产40万袋"],
              ["twelve lines turning out 80 tonnes a day", "fresh noodles delivered within 24 hours of pressing"]),
        "D": (["亚洲食品进口商", "干货批发商", "商超供应商"], ["Asian grocery importer", "dry goods wholesaler", "ethnic food distributor"],
              ("批发亚洲食品和干货", "import and wholesale Asian groceries"),
              ["向全国1500家亚洲超市供货", "常备SKU 3000余个"],
              ["1,500 Asian supermarkets on our routes", "3,000 SKUs in stock"]),
        "E": (["米粉连锁店", "快餐连锁", "螺蛳粉连锁品牌"], ["pho restaurant chain", "noodle bar group", "fast-casual noodle chain"],
              ("经营米粉店和团餐食堂", "run noodle restaurants and school kitchens"),
              ["直营门店420家", "年用米粉6000吨"],
              ["86 restaurants", "6,000 tonnes of noodles a year"]),
    },
    "tuna": {
        "rspec": ("整鱼，-40℃以下，3.4kg以上", "whole round, below -40°C, 3.4 kg and up"),
        "product": ("金枪鱼罐头", "canned tuna"),
        "spec": ("油浸/水浸，185g及1.88kg罐", "chunk light in oil or brine, 185 g and 1.88 kg cans"),
        "material": ("冷冻鲣鱼和黄鳍金枪鱼原料鱼", "whole round frozen skipjack and yellowfin"),
        "word": ("海洋", "Tuna"),
        "cn_places": [("浙江舟山", "Zhoushan, Zhejiang", "浙江", "Zhejiang"), ("福建福州", "Fuzhou, Fujian", "福建", "Fujian"), ("山东荣成", "Rongcheng, Shandong", "山东", "Shandong")],
        "us_places": [("加州圣迭戈", "San Diego, California", "加州", "California"), ("美属萨摩亚", "Pago Pago, American Samoa", "美属萨摩亚", "American Samoa"), ("夏威夷檀香山", "Honolulu, Hawaii", "夏威夷", "Hawaii")],
        "R": (["远洋捕捞公司", "金枪鱼围网船队", "远洋渔业公司"], ["tuna fishing company", "purse-seine fleet", "longline fleet operator"],
              ("远洋捕捞并船冻金枪鱼", "catch and freeze tuna at sea"),
              ["拥有超低温围网船12艘，年捕捞量4万吨", "船上-60℃速冻，可供整鱼原料"],
              ["twelve purse seiners landing 40,000 tonnes a year", "fish brine-frozen at sea and delivered whole round"]),
        "M": (["金枪鱼罐头厂", "水产罐头加工企业", "贴牌罐头厂"], ["tuna cannery", "seafood canner", "private-label canner"],
              ("生产金枪鱼罐头和软包装", "can and pouch tuna"),
              ["日处理原料鱼150吨，年产罐头5000万罐", "可做贴牌，产线有MSC监管链认证"],
              ["150 tonnes of fish a day, 50 million cans a year", "private label for 20 retailers, MSC chain of custody"]),
        "D": (["罐头食品进口商", "食品批发商", "进口食品代理商"], ["canned food importer", "grocery wholesaler", "food broker"],
              ("进口批发罐头食品", "import and wholesale canned seafood"),
              ["年进口罐头800个货柜", "分销网络覆盖全国2万个售点"],
              ["800 containers a year", "brokerage of canned seafood to 40 retail chains"]),
        "E": (["轻食连锁", "航空配餐公司", "团餐企业"], ["sandwich chain", "airline caterer", "salad bar chain"],
              ("大批量制作沙拉、三明治和配餐", "make sandwiches, salads and meals in volume"),
              ["年用金枪鱼400吨", "日出餐6万份"],
              ["400 tonnes of tuna a year", "60,000 meals a day out of four kitchens"]),
    },
    "cocoa": {
        "rspec": ("发酵度≥80%，含水≤7.5%", "80%+ fermented, moisture under 7.5%"),
        "product": ("可可粉与可可脂", "cocoa powder and cocoa butter"),
        "spec": ("碱化可可粉10-12%脂，天然可可脂", "alkalized powder 10/12, natural and deodorized butter"),
        "material": ("发酵可可豆", "fermented, sun-dried cocoa beans"),
        "word": ("可可", "Cacao"),
        "cn_places": [("海南万宁", "Wanning, Hainan", "海南", "Hainan"), ("江苏无锡", "Wuxi, Jiangsu", "江苏", "Jiangsu"), ("广东东莞", "Dongguan, Guangdong", "广东", "Guangdong")],
        "us_places": [("宾夕法尼亚州", "eastern Pennsylvania", "宾州", "Pennsylvania"), ("夏威夷希洛", "Hilo, Hawaii", "夏威夷", "Hawaii"), ("新泽西州", "northern New Jersey", "新泽西州", "New Jersey")],
        "R": (["可可种植园", "可可豆供应商", "可可豆发酵基地"], ["cacao farm", "cocoa bean supplier", "cocoa bean sourcing company"],
              ("种植、发酵并出口可可豆", "grow, ferment and dry cocoa beans"),
              ["可可园5000亩，年产干豆600吨", "在科特迪瓦设有收购站，年供豆2万吨"],
              ["1,200 acres of cacao with our own fermentation", "buying stations in Ecuador shipping 20,000 tonnes a year"]),
        "M": (["可可研磨厂", "可可制品加工企业", "可可粉厂"], ["cocoa grinder", "cocoa processor", "cocoa powder plant"],
              ("研磨可可豆生产可可粉和可可脂", "grind beans into powder, butter and liquor"),
              ["年研磨可可豆3万吨", "碱化与压榨生产线各2条"],
              ["capacity to grind 30,000 tonnes of beans a year", "two alkalizing lines and four hydraulic presses"]),
        "D": (["烘焙原料经销商", "食品配料分销商", "可可制品代理商"], ["bakery ingredient distributor", "food ingredient distributor", "confectionery supply house"],
              ("分销烘焙及巧克力原料", "distribute baking and chocolate ingredients"),
              ["服务烘焙客户5000余家", "在全国设有8个分仓"],
              ["5,000 bakeries and pastry shops on our books", "eight branch warehouses"]),
        "E": (["巧克力工坊", "烘焙连锁", "冰淇淋工厂"], ["chocolatier", "bakery-café chain", "ice cream maker"],
              ("用可可制品做巧克力、甜点和冰淇淋", "make chocolate, pastry and ice cream"),
              ["年用可可粉与可可脂800吨", "自有中央工厂，产品进入160个城市"],
              ["800 tonnes of cocoa products used a year", "one central plant supplying 160 outlets"]),
    },
    "sugar": {
        "rspec": ("VHP原糖，96.5° pol", "VHP, 96.5° pol, bulk vessels"),
        "product": ("白砂糖", "refined cane sugar"),
        "spec": ("一级白砂糖，ICUMSA 45，50kg袋", "ICUMSA 45, 50 kg bags and bulk"),
        "material": ("原糖", "raw cane sugar (VHP, 96° pol)"),
        "word": ("糖业", "Cane"),
        "cn_places": [("广西崇左", "Chongzuo, Guangxi", "广西", "Guangxi"), ("云南临沧", "Lincang, Yunnan", "云南", "Yunnan"), ("广东湛江", "Zhanjiang, Guangdong", "广东", "Guangdong")],
        "us_places": [("路易斯安那州", "south Louisiana", "路易斯安那州", "Louisiana"), ("佛罗里达州克鲁伊斯顿", "Clewiston, Florida", "佛州", "Florida"), ("得州格兰德河谷", "the Rio Grande Valley, Texas", "得州", "Texas")],
        "R": (["甘蔗种植农场", "糖料蔗合作社", "原糖厂"], ["cane grower", "sugarcane plantation", "raw sugar mill"],
              ("种植甘蔗并生产原糖", "grow cane and make raw sugar"),
              ["蔗区20万亩，年产原糖15万吨", "榨季日榨甘蔗1万吨"],
              ["38,000 acres of cane", "a raw mill grinding 20,000 tons of cane a day in season"]),
        "M": (["制糖厂", "精炼糖厂", "糖业集团"], ["sugar refinery", "cane sugar refiner", "sugar producer"],
              ("精炼生产白砂糖", "refine raw sugar into white sugar"),
              ["年精炼食糖60万吨", "拥有专用码头，可直接接卸进口原糖"],
              ["600,000 tons of refined sugar a year", "our own dock for bulk raw sugar vessels"]),
        "D": (["食糖批发商", "糖贸易商", "食糖经销商"], ["sweetener distributor", "sugar broker", "bulk sugar wholesaler"],
              ("批发贸易食糖", "trade and distribute sugar"),
              ["年销售食糖30万吨", "设有4个中转库"],
              ["300,000 tons a year to food plants", "four transload terminals"]),
        "E": (["饮料生产企业", "烘焙工厂", "糖果厂"], ["soft-drink bottler", "industrial bakery", "candy maker"],
              ("以白砂糖为主要原料生产饮料和糕点", "turn sugar into drinks, bread and candy"),
              ["年用糖量5万吨", "生产线20条，三班倒"],
              ["50,000 tons of sugar a year", "20 lines running three shifts"]),
    },
    "ginseng": {
        "rspec": ("四年生，单支≥50克", "four-year, 50 g roots and up"),
        "product": ("人参制品", "ginseng products"),
        "spec": ("人参切片、参粉、提取物（人参皂苷≥80%）", "slices, powder and 80% ginsenoside extract"),
        "material": ("四年生园参鲜参", "four-year cultivated ginseng roots"),
        "word": ("参业", "Ginseng"),
        "cn_places": [("吉林抚松", "Fusong, Jilin", "吉林", "Jilin"), ("吉林通化", "Tonghua, Jilin", "吉林", "Jilin"), ("黑龙江宁安", "Ning'an, Heilongjiang", "黑龙江", "Heilongjiang")],
        "us_places": [("威斯康星州马拉松县", "Marathon County, Wisconsin", "威斯康星州", "Wisconsin"), ("威斯康星州沃索", "Wausau, Wisconsin", "威斯康星州", "Wisconsin"), ("田纳西州", "east Tennessee", "田纳西州", "Tennessee")],
        "R": (["人参种植场", "参农合作社", "人参种植基地"], ["ginseng farm", "ginseng grower", "ginseng growers' cooperative"],
              ("种植园参", "grow cultivated ginseng"),
              ["参园3000亩，年产鲜参400吨", "合作社参农260户"],
              ["400 acres of shade-grown ginseng", "120,000 lbs of four-year roots dug a year"]),
        "M": (["人参加工厂", "人参提取物生产企业", "参茸加工企业"], ["ginseng processor", "herbal extract maker", "ginseng extract plant"],
              ("加工人参切片、参粉和提取物", "slice, powder and extract ginseng"),
              ["GMP车间，年加工鲜参500吨", "提取线2条，年产人参提取物60吨"],
              ["a cGMP plant processing 500 tonnes of roots", "two extraction lines, 60 tonnes of extract a year"]),
        "D": (["参茸行", "中药材批发商", "滋补品经销商"], ["herbal products importer", "health-food distributor", "Asian herb wholesaler"],
              ("批发人参及滋补品", "import and wholesale ginseng and herbs"),
              ["在两大药材市场设有档口", "经销网络覆盖800家药店"],
              ["sales to 800 health-food stores", "a showroom and a bonded warehouse"]),
        "E": (["连锁药房", "中医馆连锁", "保健品品牌"], ["pharmacy chain", "TCM clinic group", "supplement brand"],
              ("把人参制品作为常备品类销售或入方", "stock ginseng or put it into our own formulas"),
              ["网点1200个", "年采购人参制品80吨"],
              ["1,200 outlets", "80 tonnes of ginseng products bought a year"]),
    },
    "beer": {
        "rspec": ("二棱大麦麦芽，浸出率≥80%", "two-row base malt, 80%+ extract"),
        "product": ("精酿啤酒", "craft beer"),
        "spec": ("IPA、世涛、小麦啤，罐装/桶装", "IPA, stout and lager in cans and kegs"),
        "material": ("大麦麦芽和啤酒花", "malted barley and hops"),
        "word": ("麦香", "Brew"),
        "cn_places": [("山东青岛", "Qingdao, Shandong", "山东", "Shandong"), ("浙江杭州", "Hangzhou, Zhejiang", "浙江", "Zhejiang"), ("新疆伊犁", "Yili, Xinjiang", "新疆", "Xinjiang")],
        "us_places": [("俄勒冈州波特兰", "Portland, Oregon", "俄勒冈州", "Oregon"), ("华盛顿州亚基马", "Yakima, Washington", "华盛顿州", "Washington"), ("科罗拉多州丹佛", "Denver, Colorado", "科罗拉多州", "Colorado")],
        "R": (["麦芽厂", "制麦企业", "麦芽生产商"], ["maltster", "malt house", "malting company"],
              ("生产啤酒麦芽、种植啤酒花", "malt barley and grow hops"),
              ["年产麦芽12万吨", "订单收购啤酒大麦20万吨"],
              ["120,000 tonnes of base and specialty malt", "contract barley from 300 growers"]),
        "M": (["精酿啤酒厂", "啤酒厂", "代工酿造厂"], ["craft brewery", "brewer", "contract brewer"],
              ("酿造精酿啤酒", "brew craft beer"),
              ["年产能2万千升，罐装线每小时1.2万罐", "可为品牌方代工酿造"],
              ["40,000 barrels a year, canning 12,000 an hour", "contract brewing for 15 brands"]),
        "D": (["进口啤酒经销商", "酒水批发商", "啤酒一级代理"], ["beer importer", "beverage wholesaler", "beer distributor"],
              ("进口和分销啤酒", "import and distribute beer"),
              ["覆盖酒吧与餐厅终端3000家", "自有冷藏配送车40辆"],
              ["3,000 bars and stores on our books", "40 refrigerated trucks"]),
        "E": (["酒吧连锁", "精酿酒馆", "餐饮集团"], ["taproom chain", "pub group", "stadium concessionaire"],
              ("经营酒吧、酒馆和餐厅", "run pubs, taprooms and stadium bars"),
              ["门店85家，年销啤酒4000千升", "年采购进口啤酒1200千升"],
              ["85 venues", "4,000 kegs poured a month"]),
    },
    "juice": {
        "rspec": ("可溶性固形物≥12%，无腐烂", "12%+ soluble solids, no rot"),
        "product": ("浓缩苹果汁", "apple juice concentrate"),
        "spec": ("70°Brix，无菌大包装，220L桶", "70 Brix, aseptic 220 L drums"),
        "material": ("加工用苹果", "juice-grade apples"),
        "word": ("果业", "Apple"),
        "cn_places": [("陕西咸阳", "Xianyang, Shaanxi", "陕西", "Shaanxi"), ("山东烟台", "Yantai, Shandong", "山东", "Shandong"), ("甘肃天水", "Tianshui, Gansu", "甘肃", "Gansu")],
        "us_places": [("华盛顿州韦纳奇", "Wenatchee, Washington", "华盛顿州", "Washington"), ("密歇根州", "west Michigan", "密歇根州", "Michigan"), ("纽约州", "western New York", "纽约州", "New York")],
        "R": (["苹果种植合作社", "苹果园", "果品收购站"], ["apple orchard", "fruit growers' cooperative", "apple packing house"],
              ("种植和收购苹果", "grow and pack apples"),
              ["苹果园2万亩，年供加工果3万吨", "设有12个收购点"],
              ["3,000 acres of orchards", "30,000 tons of juice apples a year after packing"]),
        "M": (["果汁浓缩厂", "浓缩汁生产企业", "果汁加工厂"], ["juice concentrate plant", "fruit processor", "juice concentrator"],
              ("压榨并浓缩苹果汁", "press and concentrate apple juice"),
              ["日处理鲜果2000吨，年产浓缩汁5万吨", "浓缩汁生产线3条"],
              ["2,000 tons of apples a day", "50,000 tons of concentrate a year in aseptic drums"]),
        "D": (["果汁原料贸易商", "饮料配料经销商", "浓缩汁代理"], ["juice concentrate broker", "beverage ingredient importer", "fruit ingredient distributor"],
              ("贸易分销浓缩果汁", "trade and distribute juice concentrates"),
              ["年贸易量3万吨，常备现货", "在两个港口设有冷库"],
              ["30,000 tons a year, spot and contract", "cold storage at two ports"]),
        "E": (["饮料厂", "果汁灌装企业", "果汁饮料品牌"], ["juice bottler", "beverage brand", "cider house"],
              ("用浓缩汁生产果汁饮料", "make juice drinks and cider"),
              ["年产果汁饮料20万吨", "年用浓缩汁1.5万吨"],
              ["200,000 tons of juice drinks a year", "15,000 tons of concentrate used a year"]),
    },
    "flour": {
        "rspec": ("蛋白≥12.5%，容重≥780g/L", "12.5%+ protein, test weight 60 lb/bu"),
        "product": ("小麦粉", "wheat flour"),
        "spec": ("高筋面包粉，蛋白≥13%，25kg袋", "bread flour, 12.5-14% protein, 50 lb bags and bulk"),
        "material": ("硬质红麦", "hard red winter wheat"),
        "word": ("麦业", "Wheat"),
        "cn_places": [("河南周口", "Zhoukou, Henan", "河南", "Henan"), ("河北邢台", "Xingtai, Hebei", "河北", "Hebei"), ("安徽阜阳", "Fuyang, Anhui", "安徽", "Anhui")],
        "us_places": [("堪萨斯州萨莱纳", "Salina, Kansas", "堪萨斯州", "Kansas"), ("北达科他州", "North Dakota", "北达科他州", "North Dakota"), ("内布拉斯加州", "central Nebraska", "内布拉斯加州", "Nebraska")],
        "R": (["小麦种植合作社", "粮食专业合作社", "粮食产销合作社"], ["grain cooperative", "wheat growers' cooperative", "farmer-owned elevator"],
              ("种植和收储小麦", "grow and store wheat"),
              ["流转土地3万亩，年产小麦1.5万吨", "仓容20万吨，有铁路专用线"],
              ["18,000 acres of hard red winter wheat", "an elevator holding 6 million bushels"]),
        "M": (["面粉厂", "制粉企业", "专用粉加工厂"], ["flour mill", "miller", "specialty flour mill"],
              ("磨制面包粉和专用粉", "mill bread and specialty flours"),
              ["日处理小麦1500吨", "专用粉品种40余个"],
              ["a mill grinding 1,500 tonnes of wheat a day", "40 specialty flours"]),
        "D": (["粮油批发商", "烘焙原料经销商", "面粉一级代理"], ["flour distributor", "bakery supply wholesaler", "foodservice flour broker"],
              ("批发分销面粉", "distribute flour to bakeries and kitchens"),
              ["年销面粉8万吨", "仓储面积2万平方米"],
              ["80,000 tonnes a year", "a 200,000 sq ft warehouse"]),
        "E": (["面包连锁", "烘焙连锁", "披萨连锁"], ["bakery chain", "pizza chain", "bagel chain"],
              ("用面粉做面包、馒头和披萨", "bake bread, pizza and tortillas"),
              ["门店500家，年用面粉1.2万吨", "自有中央工厂，日产面团制品120万个"],
              ["1,100 outlets", "12,000 tonnes of flour a year"]),
    },
}  # fmt: skip

# Role nouns without the product: for wants that name only the role and the country.
BARE = {
    "zh": {"R": ["原料供应商", "原料商", "上游供货商"], "M": ["生产厂家", "工厂", "源头厂家"], "D": ["经销商", "进口商", "代理商", "分销商"], "E": ["终端客户", "终端用户", "直采客户"]},
    "en": {"R": ["raw material supplier", "input supplier"], "M": ["manufacturer", "producer", "factory"], "D": ["distributor", "importer", "agent"], "E": ["end buyer", "end user", "direct buyer"]},
}  # fmt: skip
# Words for company names per stage (a name may carry another stage's word: a hard case).
NAME_IND = {
    "zh": {"R": ["农业", "种植", "农场", "生态农业", "渔业"], "M": ["食品", "食品工业", "制品", "加工", "实业"], "D": ["贸易", "进出口", "供应链", "商贸", "经销"], "E": ["餐饮管理", "连锁", "零售", "餐饮"]},
    "en": {"R": ["Farms", "Growers", "Orchards", "Fisheries", "Plantation"], "M": ["Packers", "Processing", "Foods", "Manufacturing", "Mills"], "D": ["Distributing", "Trading", "Imports", "Wholesale", "Supply"], "E": ["Restaurant Group", "Kitchens", "Hospitality", "Markets", "Cafés"]},
}  # fmt: skip
CN_BRANDS = [("润禾", "Runhe"), ("鑫源", "Xinyuan"), ("恒丰", "Hengfeng"), ("金穗", "Jinsui"), ("华瑞", "Huarui"), ("绿源", "Lvyuan"), ("宏达", "Hongda"), ("嘉禾", "Jiahe"), ("天成", "Tiancheng"), ("瑞丰", "Ruifeng"), ("永康", "Yongkang"), ("同兴", "Tongxing"), ("佳沃", "Jiawo"), ("海润", "Hairun"), ("裕隆", "Yulong"), ("富农", "Funong"), ("百川", "Baichuan"), ("聚鑫", "Juxin"), ("康隆", "Kanglong"), ("盛和", "Shenghe")]  # fmt: skip
US_BRANDS = [("海岭", "Harbor Ridge"), ("蓝鹭", "Blue Heron"), ("雪松角", "Cedar Point"), ("红台地", "Red Mesa"), ("银溪", "Silver Creek"), ("草原风", "Prairie Wind"), ("铁桥", "Iron Bridge"), ("孤松", "Lone Pine"), ("枫谷", "Maple Hollow"), ("石拱", "Stone Arch"), ("北岔", "North Fork"), ("清水", "Clearwater"), ("湾景", "Bayview"), ("高原", "High Desert"), ("双河", "Twin Rivers"), ("铜山", "Copper Hill"), ("橡树", "Oak Landing"), ("西风", "Westwind"), ("金谷", "Golden Valley"), ("三叶", "Three Leaf")]  # fmt: skip
CN_SUFFIX = ["有限公司", "股份有限公司", "有限责任公司"]
US_SUFFIX = ["LLC", "Inc.", "Co.", "Corp."]
ZH_PEOPLE = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴"]
EN_PEOPLE = ["Dana Ruiz", "Mike Olsen", "Priya Shah", "Tom Becker", "Lena Park", "Carlos Mendez", "Jenny Wu", "Rob Harlan", "Kate Sorensen", "Ahmed Nasser"]  # fmt: skip
ZH_CERTS = [
    "ISO 22000",
    "HACCP",
    "BRCGS",
    "FSSC 22000",
    "有机产品认证",
    "SC食品生产许可",
    "清真认证",
    "犹太认证",
    "美国FDA注册",
]
EN_CERTS = ["SQF Level 2", "BRCGS AA", "FSSC 22000", "USDA Organic", "OU Kosher", "Non-GMO Project Verified", "FDA registration", "a HACCP plan audited yearly"]  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Templates.  A template is a string (one piece of the pool's kind) or a list of (text, kind).
# Seek templates carry a tag: "any", "up" (the want is a supplier: upstream), "down" (the want
# is a buyer or a channel), or a stage letter (only for that want).  Offer templates: "any" or
# "goods" (the company sells goods: R, M, D).
# Fields: name noun biz detail detail2 goods spec product place region want wants wantn ctry
# cadj material neg negs served qty years n; English fields also come capitalized (Noun...).
# ---------------------------------------------------------------------------------------------
T: dict[str, dict[str, dict[str, list]]] = {
    "lead": {
        "zh": {
            "head_offer": ["【供应信息】{goods}｜{spec}\n", "供应信息：{place}{goods}，长期有货\n", "[供应] {place}直供{goods}，{spec}\n", "【供应】{goods} 现货 {spec}\n"],
            "head_seek": [("up", "【求购信息】寻{want}\n"), ("up", "【求购】{buy}，需对接{want}\n"), ("M>D", "【招商信息】诚招{want}\n"), ("down", [("【寻求买家】{goods}，", "offer"), ("寻{want}\n", "seek")]), ("any", "【合作信息】对接{want}\n")],
            "offer": [("any", "本公司为{noun}，{detail}。"), ("any", "{name}是{place}一家{noun}，{detail}。"), ("any", "我司主营{biz}，{detail}。"),
                      ("any", "专业{biz}{years}年，{detail}。"), ("any", "{noun}，位于{place}，{detail}，{detail2}。"), ("any", "我们是{noun}：{detail}；{detail2}。"),
                      ("RM", "{place}源头{goods}，{spec}，{detail}。")],
            "offer2": ["{detail2}。", "另有{detail2}。", "规模：{detail2}。"],
            "seek": [("any", "现寻找{want}，长期合作。"), ("any", "希望结识{want}，有意者请联系。"), ("up", "求购对象：{want}，要求货源稳定、价格合理。"),
                     ("up", "如您是{want}，欢迎报价。"), ("M>D", "诚招{want}，区域代理条件面议。"), ("down", "寻找{want}作为长期买家，可签年度合同。"),
                     ("any", "本次发布目的：对接{want}。"), ("any", "计划今年内与一至两家{want}建立合作。"), ("any", "据我司外贸部介绍，公司最想找的是{want}。")],
            "neg": [[("我们不缺{neg}，", "other"), ("缺的是{want}。", "seek")], [("本信息不针对{neg}，", "other"), ("只对接{want}。", "seek")], [("{neg}勿扰，", "other"), ("只找{want}。", "seek")]],
            "material": ["长期求购{material}，{ctry}货源优先。", "需要{material}，每月用量约{qty}吨，请{ctry}供应商报价。", "求购{material}，量大从优，可签年度合同。"],
            "served": ["长期为{served}供货。", "产品主要供应{served}。", "现有客户包括{n}家{served}。"],
        },
        "en": {
            "head_offer": ["Selling lead: {Goods}, {spec}\n", "SELL OFFER – {goods} from {place}\n", "Supply lead | {Goods} | {spec}\n", "Selling: {goods}, ready stock\n"],
            "head_seek": [("up", "Buying lead: {wants} wanted\n"), ("up", "WTB: {buy} from a {want}\n"), ("M>D", "Selling lead: {wants} wanted for our range\n"), ("down", "Buyer wanted: {wants} for our {goods}\n"), ("any", "Partner lead: {want}\n")],
            "offer": [("any", "We are a {noun} in {place}; {detail}."), ("any", "{name} is a {noun} — {detail}."), ("any", "We {biz}: {detail}."),
                      ("any", "{Noun} with {years} years in the trade: {detail}."), ("any", "Based in {place}, we {biz} ({detail})."), ("any", "{Detail}; {detail2} — that is {name}."),
                      ("RM", "{Goods} direct from source: {spec}, {detail}.")],
            "offer2": ["{Detail2}.", "Also: {detail2}.", "Scale: {detail2}."],
            "seek": [("any", "Looking for a {want} for a long-term contract."), ("any", "We want to meet {wants}."), ("up", "If you are a {want}, please send your best price."),
                     ("up", "Need a reliable {want} — FOB or CIF quotes welcome."), ("M>D", "Seeking {wants} to carry our range; exclusive territories available."), ("down", "Open to a {want} who can take volume on a yearly contract."),
                     ("any", "Goal of this lead: a {want}."), ("any", "Our plan for next season is to sign with a {want}."), ("any", "Our export manager says the one thing missing is a {want}.")],
            "neg": [[("We already have {negs} in place; ", "other"), ("what we lack is a {want}.", "seek")], [("Not looking for {negs}. ", "other"), ("Only a {want}, please.", "seek")], [("No {negs} please — ", "other"), ("a {want} only.", "seek")]],
            "material": ["Buying {material} — about {qty} tonnes a month, {orig} origin preferred.", "We need {material}; quotes from {ctry} welcome.", "Steady buyer of {material}, yearly contract possible."],
            "served": ["We already supply {served}.", "Customers include {n} {served}.", "Long-standing supplier to {served}."],
        },
    },
    "bullets": {
        "zh": {
            "offer": [("any", "主营：{biz}"), ("any", "身份：{noun}"), ("any", "产能：{detail}"), ("goods", "产品：{goods}（{spec}）"), ("any", "规模：{detail2}"), ("any", "{place}{noun}，{detail}"), ("any", "类型：{noun}；{detail}")],
            "seek": [("any", "寻求：{want}"), ("any", "合作意向：与{want}建立长期合作"), ("up", "采购需求：需要{want}稳定供货"), ("down", "目标客户：{want}"),
                     ("any", "下一步：计划在{ctry}找到合适的{wantn}"), ("any", "有没有{want}？欢迎推荐"), ("M>D", "诚招：{want}（独家区域可谈）"), ("any", "如遇{want}，请优先介绍给我们")],
            "neg": [[("不找{neg}，", "other"), ("只找{want}", "seek")], [("{neg}已够，", "other"), ("现缺{want}", "seek")]],
            "material": ["原料需求：{material}，月用量约{qty}吨", "急需：{material}（{ctry}货源）", "采购：{material}，年用量{qty}0吨"],
            "served": ["现有客户：{served}", "下游：长期供应{served}", "客户群：{n}家{served}"],
        },
        "en": {
            "offer": [("any", "What we do: {biz}"), ("any", "Type: {noun}"), ("any", "Capacity: {detail}"), ("goods", "Products: {goods} ({spec})"), ("any", "Scale: {detail2}"), ("any", "{Noun} in {place}"), ("any", "Strength: {detail}")],
            "seek": [("any", "Looking for: {wants}"), ("any", "Wanted — a {want}"), ("up", "Need: a {want} that can ship year-round"), ("down", "Target buyers: {wants}"),
                     ("any", "Next step: sign a {want} this year"), ("any", "Know a good {want}? Tell us"), ("M>D", "Open territories for {wants}"), ("any", "Priority contact: any {want}")],
            "neg": [[("Not seeking {negs}; ", "other"), ("we want a {want}", "seek")], [("Have enough {negs} — ", "other"), ("missing a {want}", "seek")]],
            "material": ["Input needed: {material}, ~{qty} t/month", "Sourcing {material} ({orig} origin)", "Buying: {material}, {qty}0 t a year"],
            "served": ["Current customers: {served}", "We supply: {served}", "Customer base: {n} {served}"],
        },
    },
    "crm": {
        "zh": {
            "offer": [("any", "{noun}"), ("any", "主营{biz}"), ("any", "{detail}"), ("any", "产能:{detail}"), ("any", "类型={noun}"), ("any", "{place}·{noun}"), ("goods", "货:{goods}")],
            "seek": [("any", "需求：{want}"), ("any", "想找{want}"), ("any", "目标={want}"), ("any", "客户称想对接{want}"), ("any", "{want}?"),
                     ("any", "计划Q3前签下{want}"), ("any", "如有{want}可推荐"), ("up", "求货源:{want}"), ("down", "找买家:{want}")],
            "neg": [[("不要{neg}，", "other"), ("只要{want}", "seek")], [("已有{neg}，", "other"), ("缺{want}", "seek")]],
            "material": ["需求：{material}（{ctry}货源）", "缺{material}，月需{qty}吨", "求{material}"],
            "served": ["现有客户:{served}", "下游={served}", "已供{served}"],
            "other": ["最近联系：{date}", "负责人：{person}", "状态：待跟进", "来源：{source}", "等级：A", "报价：已发", "备注：{year}年成立"],
            "header": ["公司", "类型", "概况", "需求", "备注"],
        },
        "en": {
            "offer": [("any", "{noun}"), ("any", "does: {biz}"), ("any", "{detail}"), ("any", "cap: {detail}"), ("any", "type={noun}"), ("any", "{noun} ({place})"), ("goods", "sells {goods}")],
            "seek": [("any", "wants: {want}"), ("any", "LF {want}"), ("any", "need={wants}"), ("any", "asked us for a {want}"), ("any", "target: {wants}?"),
                     ("any", "plan: sign a {want} by Q4"), ("any", "if we find a {want} -> intro"), ("up", "sourcing from a {want}"), ("down", "selling to {wants}")],
            "neg": [[("NOT {negs}, ", "other"), ("wants a {want}", "seek")], [("has {negs} already, ", "other"), ("needs a {want}", "seek")]],
            "material": ["needs {material} ({orig} origin)", "short of {material}, ~{qty} t/mo", "buying {material}"],
            "served": ["current customers: {served}", "sells to {served}", "existing accts: {served}"],
            "other": ["last contact {date}", "owner: {person}", "status: warm", "source: {source}", "tier B", "quote sent", "est. {year}"],
            "header": ["Company", "Type", "Profile", "Need", "Notes"],
        },
    },
    "tagline": {
        "zh": {
            "tag": [("offer", "只做好{goods}。"), ("offer", "{place}的{noun}。"), ("offer", "{years}年，专注{biz}。"), ("other", "诚信为本，合作共赢。"), ("other", "用心做食品。"), ("other", "品质成就未来。")],
            "offer": [("any", "我们{biz}，{detail}。"), ("any", "{name}：{detail}，{detail2}。"), ("any", "公司是{noun}，{detail}。"), ("any", "{detail}，这就是{name}。"),
                      ("any", "作为{noun}，公司{detail}。"), ("goods", "主打{goods}，{spec}。")],
            "seek": [("any", "寻{want}。"), ("any", "正在物色一家{want}。"), ("any", "下一步，我们想和{want}合作。"), ("any", "理想伙伴：{want}。"),
                     ("any", "有{want}吗？"), ("any", "如果您是{want}，我们应该聊聊。"), ("up", "缺的是一家靠得住的{want}。"), ("down", "欢迎{want}来谈采购。")],
            "neg": [[("不找{neg}，", "other"), ("只找{want}。", "seek")], [("{neg}我们有了，", "other"), ("还差一家{want}。", "seek")]],
            "material": ["我们需要{material}。", "缺{material}，{ctry}货源优先。", "找{material}，月需{qty}吨。"],
            "served": ["一直为{served}供货。", "客户是{served}。", "合作{served}{n}家。"],
        },
        "en": {
            "tag": [("offer", "{Goods}, done right."), ("offer", "{Place}'s {noun}."), ("offer", "{years} years as a {noun}."), ("other", "Good food, honestly made."), ("other", "Family-owned since {year}."), ("other", "Taste the difference.")],
            "offer": [("any", "We are a {noun}: {detail}."), ("any", "{name} — {detail}; {detail2}."), ("any", "{Detail}, and we {biz}."), ("any", "We {biz} in {place}."),
                      ("any", "As a {noun}, we have {detail}."), ("goods", "Our line: {goods}, {spec}.")],
            "seek": [("any", "Now looking for a {want}."), ("any", "Ideal partner: a {want}."), ("any", "Are you a {want}? Let's talk."), ("any", "Next up: a {want}."),
                     ("any", "We'd like to work with {wants}."), ("any", "Our plan: line up a {want} before harvest."), ("up", "What we need is a {want} we can count on."), ("down", "{Wants}, we'd like your orders.")],
            "neg": [[("Not after {negs}; ", "other"), ("we want a {want}.", "seek")], [("We have {negs}. ", "other"), ("We don't have a {want} yet.", "seek")]],
            "material": ["We need {material}.", "Short of {material}; {orig} supply preferred.", "Looking for {material}, ~{qty} t a month."],
            "served": ["We already supply {served}.", "Our customers are {served}.", "{n} {served} buy from us."],
        },
    },
    "project": {
        "zh": {
            "title": "招商项目：{place}{project}\n",
            "offer": [("any", "项目概况：{name}为{noun}，{detail}"), ("any", "建设内容：{detail}"), ("any", "现有基础：{detail2}"), ("goods", "主要产品：{goods}，{spec}"),
                      ("any", "企业简介：{biz}，{detail}"), ("any", "项目业主：{name}（{noun}）")],
            "seek": [("any", "合作方式：寻求{want}合作"), ("any", "拟引进：{want}"), ("any", "招商对象：{want}"), ("any", "合作需求：希望与{want}签订长期协议"),
                     ("down", "意向合作方：{want}（可合资、可包销）"), ("up", "项目需要{want}保障供应，形式不限"), ("any", "如有{want}愿意参与，县政府将给予政策支持")],
            "neg": [[("项目不面向{neg}，", "other"), ("只引进{want}", "seek")], [("已有{neg}合作，", "other"), ("现需{want}", "seek")]],
            "material": ["原料需求：{material}，年需求{qty}0吨", "配套需求：稳定的{material}供应（{ctry}货源）", "拟采购{material}，欢迎供应方洽谈"],
            "served": ["市场情况：产品已稳定供应{served}", "销售渠道：{served}", "现有客户：{n}家{served}"],
            "other": ["项目单位：{name}", "总投资：{inv}亿元", "建设地点：{place}{zone}", "联系单位：{region}{bureau} {phone}", "发布日期：{date}", "项目进度：已完成立项和环评", "建设期：{months}个月"],
            "projects": {"R": ["原料基地扩建项目", "标准化种植（生产）基地项目"], "M": ["加工生产线扩建项目", "智能化技改项目"], "D": ["冷链仓储配送中心项目", "进口分拨中心项目"], "E": ["扩产项目", "新址建设项目"]},
        },
        "en": {
            "title": "Project: {project} — {place}\n",
            "offer": [("any", "Sponsor: {name}, a {noun}"), ("any", "Scope: {detail}"), ("any", "Existing operation: {detail2}"), ("goods", "Products: {goods} ({spec})"),
                      ("any", "Activity: {biz}; {detail}"), ("any", "The sponsor is a {noun} in {place}")],
            "seek": [("any", "Partner sought: a {want}"), ("any", "Looking for: {wants} to join the project"), ("down", "Opportunity: offtake agreement with a {want}"), ("up", "Supply agreement with a {want} wanted"),
                     ("any", "The county hopes to attract a {want}."), ("any", "Ideal investor: a {want}, JV or long-term contract"), ("any", "If a {want} commits, the county offers a tax abatement.")],
            "neg": [[("Not open to {negs}; ", "other"), ("a {want} only", "seek")], [("The sponsor already works with {negs}; ", "other"), ("it needs a {want}", "seek")]],
            "material": ["Input need: {material}, {qty}0 t a year", "Supply need: steady {material} ({orig} origin)", "The plant will buy {material}; suppliers welcome"],
            "served": ["Market: already selling to {served}", "Sales channel: {served}", "Customers: {n} {served}"],
            "other": ["Project sponsor: {name}", "Investment: US${inv_en} million", "Site: {zone_en}, {place}", "Contact: {region} Economic Development Corp., {phone}", "Listed: {date}", "Status: permitted, shovel-ready", "Build time: {months} months"],
            "projects": {"R": ["{goods} supply base expansion", "grower capacity project"], "M": ["{product} processing plant expansion", "{product} line upgrade"], "D": ["{product} distribution center", "import hub for {product}"], "E": ["capacity expansion", "new site build-out"]},
        },
    },
}  # fmt: skip

# Other (neither offer nor seek) sentences for the prose genres.
OTHER = {
    "zh": ["公司成立于{year}年。", "现有员工{staff}人。", "已获{cert}。", "曾获“{award}”称号。", "地址：{place}{zone}{road}路{num}号。",
           "联系人：{person} {phone}", "欢迎来电洽谈！", "信息有效期：30天。", "我们将于{month}月参加上海SIAL食品展，欢迎约见。", "诚邀各界朋友莅临指导。"],
    "en": ["Founded in {year}.", "{staff} employees.", "Certified: {cert}.", "Winner of {award}.", "Address: {num} {road} Rd, {place}.",
           "Contact: {person}, {phone}", "Inquiries welcome.", "Lead valid 30 days.", "We will be at SIAL Shanghai in {month_en} — meetings by appointment.", "Thanks for reading!"],
}  # fmt: skip
ZH_AWARDS = [
    "农业产业化省级重点龙头企业",
    "省级专精特新中小企业",
    "县级纳税十强企业",
    "市级放心食品企业",
]
EN_AWARDS = [
    "a Governor's Export Award",
    "the state Best Places to Work list",
    "a regional Food Safety Excellence award",
]
ZH_ZONES = ["经济开发区", "高新区", "农业产业园", "食品工业园", "临港产业园"]
EN_ZONES = [
    "the county industrial park",
    "the port industrial district",
    "the rail-served business park",
    "the agri-food campus",
]
ZH_BUREAUS = ["投资促进局", "招商局", "商务局", "发改局"]
ZH_ROADS = ["建设", "工业", "兴业", "滨河", "富民", "科技"]
EN_ROADS = ["Industrial Park", "Mill", "Orchard", "County Line", "Harbor", "Depot"]
ZH_SOURCES = ["广交会", "转介绍", "官网询盘", "商会推荐", "进博会"]
EN_SOURCES = ["Fancy Food Show", "referral", "LinkedIn", "inbound web", "trade mission"]
EN_MONTHS = ["March", "May", "June", "September", "November"]


# ---------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------
def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def plural(noun: str) -> str:
    head, _, last = noun.rpartition(" ")
    if last.endswith("y") and last[-2:-1] not in "aeiou":
        last = last[:-1] + "ies"
    elif last.endswith(("s", "x", "ch", "sh")):
        last += "es"
    else:
        last += "s"
    return f"{head} {last}".strip()


def fix_articles(s: str) -> str:
    s = re.sub(r"\b([Aa]) (?=[aeiouAEIO]|herbal\b|hour)", r"\1n ", s)
    return re.sub(r"\b([Aa])n (?=US\b|one\b)", r"\1 ", s)


def direction(stage: str, want: str) -> str:
    return "up" if STAGE_ORDER.index(want) < STAGE_ORDER.index(stage) else "down"


def tag_ok(tag: str, stage: str, want: str) -> bool:
    if tag == "any":
        return True
    if tag in ("up", "down"):
        return direction(stage, want) == tag
    if tag == "goods":
        return stage != "E"
    if ">" in tag:
        return tag == f"{stage}>{want}"
    if tag == "RM":
        return stage in "RM"
    return tag == want


# ---------------------------------------------------------------------------------------------
# Roles: each Chinese company's partner, then traps, then the rest of the chain.
# ---------------------------------------------------------------------------------------------
COMBOS = [(s, w) for s in STAGE_ORDER for w in NEIGHBOURS[s]]


def chain_roles(rng: random.Random) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    cn = rng.sample(COMBOS, N_CN)
    us = [(w, s) for s, w in cn]  # each Chinese company's gold partner

    def traps(c: tuple[str, str]) -> dict[str, set[tuple[str, str]]]:
        s, w = c
        return {
            "competitor": {(s, w)},
            "offers-but-wants-else": {(w, x) for x in NEIGHBOURS[w] if x != s},
            "wants-but-offers-nothing": {(x, s) for x in NEIGHBOURS[s] if x != w},
        }

    def uncovered(pool: list[tuple[str, str]]) -> set[tuple[int, str]]:
        return {
            (i, k)
            for i, c in enumerate(cn)
            for k, roles in traps(c).items()
            if roles and not roles & set(pool)
        }

    while len(us) < N_US:  # greedy: the trap role covering most (company, trap kind) pairs
        todo = uncovered(us)
        if not todo:
            us.append(rng.choice(COMBOS))
            continue
        cands = sorted({r for i, k in todo for r in traps(cn[i])[k]})
        rng.shuffle(cands)
        us.append(max(cands, key=lambda r: len(todo - uncovered([*us, r]))))
    rng.shuffle(us)
    return cn, us


# ---------------------------------------------------------------------------------------------
# Writing one company
# ---------------------------------------------------------------------------------------------
CONTENT = {"detail", "detail2", "biz", "noun", "goods", "spec", "served"}


def content_fields(tpl) -> set[str]:
    text = tpl if isinstance(tpl, str) else "".join(t for t, _ in tpl)
    return {f.lower() for f in re.findall(r"{(\w+)}", text)} & CONTENT


class Writer:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.flags: Counter[str] = Counter()
        self.used: set[str] = set()

    def choose(self, tpls: list):
        """A template, preferring one that repeats no detail already written in this document."""
        fresh = [t for t in tpls if not content_fields(t) & self.used]
        tpl = self.rng.choice(fresh or tpls)
        self.used |= content_fields(tpl)
        return tpl

    def pick(self, seq):
        return self.rng.choice(seq)

    def name(self, chain: dict, side: str, lang: str, stage: str, place: tuple) -> tuple[str, bool]:
        """A company name; one in three carries a role word of another stage (a hard case)."""
        rng = self.rng
        misleading = rng.random() < 0.33
        ind_stage = rng.choice([s for s in STAGE_ORDER if s != stage]) if misleading else stage
        ind = rng.choice(NAME_IND[lang][ind_stage])
        word = chain["word"][0 if lang == "zh" else 1] if rng.random() < 0.6 else ""
        if side == "CN":
            zh, en = rng.choice(CN_BRANDS)
            if lang == "zh":
                return f"{place[2]}{zh}{word}{ind}{rng.choice(CN_SUFFIX)}", misleading
            return f"{place[3]} {en} {word + ' ' if word else ''}{ind} Co., Ltd.", misleading
        zh, en = rng.choice(US_BRANDS)
        if lang == "zh":
            return f"美国{zh}{word}{ind}公司", misleading
        return f"{en} {word + ' ' if word else ''}{ind} {rng.choice(US_SUFFIX)}", misleading

    def fields(self, key: str, side: str, lang: str, stage: str, want: str) -> dict[str, str]:
        rng, chain = self.rng, CHAINS[key]
        li = 0 if lang == "zh" else 1
        place = rng.choice(chain["cn_places" if side == "CN" else "us_places"])
        nouns_zh, nouns_en, biz, det_zh, det_en = chain[stage]
        nouns = nouns_zh if lang == "zh" else nouns_en
        details = list(det_zh if lang == "zh" else det_en)
        rng.shuffle(details)
        name, misleading = self.name(chain, side, lang, stage, place)
        self.used = set()
        f: dict[str, str] = {
            "name": name,
            "noun": rng.choice(nouns),
            "biz": biz[li],
            "detail": details[0],
            "detail2": details[1],
            "product": chain["product"][li],
            "spec": chain["spec"][li],
            "material": chain["material"][li],
            "place": place[li],
            "region": cap(re.sub(r"^the ", "", place[li].split(",")[0]))
            if lang == "en"
            else place[0],
            "years": str(rng.randint(8, 35)),
            "year": str(rng.randint(1988, 2019)),
            "qty": str(rng.choice([20, 35, 60, 80, 120, 200, 450])),
            "n": str(rng.choice([12, 30, 45, 60, 120, 200])),
            "staff": str(rng.choice([45, 80, 130, 260, 420, 900, 1600])),
            "cert": rng.choice(ZH_CERTS if lang == "zh" else EN_CERTS),
            "award": rng.choice(ZH_AWARDS if lang == "zh" else EN_AWARDS),
            "zone": rng.choice(ZH_ZONES),
            "zone_en": rng.choice(EN_ZONES),
            "road": rng.choice(ZH_ROADS if lang == "zh" else EN_ROADS),
            "num": str(rng.randint(8, 2400)),
            "month": str(rng.randint(3, 11)),
            "month_en": rng.choice(EN_MONTHS),
            "inv": f"{rng.choice([0.8, 1.2, 2.5, 3.6, 5, 8.5])}",
            "inv_en": str(rng.choice([12, 18, 25, 40, 65, 110])),
            "months": str(rng.choice([12, 18, 24, 30])),
            "bureau": rng.choice(ZH_BUREAUS if side == "CN" else ["经济发展局", "经济发展公司"]),
            "source": rng.choice(ZH_SOURCES if lang == "zh" else EN_SOURCES),
            "date": f"{rng.randint(2023, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        }
        f["goods"] = chain["material"][li] if stage == "R" else chain["product"][li]
        f["buy"] = chain["material"][li] if want == "R" else chain["product"][li]
        if stage == "R":
            f["spec"] = chain["rspec"][li]
        if lang == "zh":
            f["person"] = rng.choice(ZH_PEOPLE) + rng.choice(["经理", "总", "先生", "女士"])
            f["phone"] = (
                f"1{rng.choice([3, 5, 8])}{rng.randint(0, 9)}****{rng.randint(1000, 9999)}"
                if side == "CN"
                else f"+1 {rng.randint(200, 989)}-555-{rng.randint(1000, 9999)}"
            )
        else:
            f["person"] = rng.choice(EN_PEOPLE)
            f["phone"] = (
                f"+1 ({rng.randint(200, 989)}) 555-{rng.randint(1000, 9999)}"
                if side == "US"
                else f"+86 {rng.choice([131, 139, 158, 186])} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
            )
        # the want, named with the country of the other side
        bare = rng.random() < 0.2
        self.bare = bare
        wnoun = (
            rng.choice(BARE[lang][want])
            if bare
            else rng.choice(CHAINS[key][want][0 if lang == "zh" else 1])
        )
        if lang == "zh":
            ctry = (
                rng.choice(["美国", "美国", "北美"])
                if side == "CN"
                else rng.choice(["中国", "中国"])
            )
            f.update(want=ctry + wnoun, wantn=wnoun, ctry=ctry, cadj=ctry)
        else:
            cadj = (
                rng.choice(["US", "American", "North American"])
                if side == "CN"
                else rng.choice(["Chinese", "China-based"])
            )
            ctry = rng.choice(["the US", "North America"]) if side == "CN" else "China"
            f["orig"] = "US" if side == "CN" else "Chinese"
            f["staff"] = f"{int(f['staff']):,}"
            f.update(
                want=f"{cadj} {wnoun}",
                wants=f"{cadj} {plural(wnoun)}",
                wantn=wnoun,
                ctry=ctry,
                cadj=cadj,
            )
        # a stage it does NOT want (for the negated-want hard case)
        others = [s for s in STAGE_ORDER if s not in (stage, want)]
        neg_stage = rng.choice([s for s in others if s in NEIGHBOURS[stage]] or others)
        neg = rng.choice(BARE[lang][neg_stage])
        f["neg"], f["negs"] = neg, plural(neg)
        # whom it already serves (never the stage it seeks)
        served = [
            s for s in ("D", "E") if STAGE_ORDER.index(s) > STAGE_ORDER.index(stage) and s != want
        ]
        if served and stage != "R":
            sn = CHAINS[key][rng.choice(served)][0 if lang == "zh" else 1]
            a, b = rng.sample(sn, 2)
            f["served"] = (
                (f"{a}和{b}" if rng.random() < 0.4 else a)
                if lang == "zh"
                else (f"{plural(a)} and {plural(b)}" if rng.random() < 0.4 else plural(a))
            )
        projects = T["project"][lang]["projects"][stage]
        f["project"] = (
            rng.choice(projects).format(product=f["product"], goods=f["goods"])
            if lang == "en"
            else f["goods"] + rng.choice(projects)
        )
        self.misleading_name = misleading
        return f

    # -- rendering -----------------------------------------------------------------------------
    def render(self, tpl, kind: str, f: dict[str, str], lang: str) -> list[list[str]]:
        pieces = [(tpl, kind)] if isinstance(tpl, str) else tpl
        out = []
        for text, k in pieces:
            t = text.format_map(f)
            if lang == "en":
                t = re.sub(r"(?<!\.)\.\.(?!\.)", ".", fix_articles(t))
            out.append([t, k])
        return out

    def seek_group(
        self,
        g: dict,
        f: dict[str, str],
        lang: str,
        stage: str,
        want: str,
        *,
        allow_neg: bool = True,
    ) -> list[list[str]]:
        """One seek statement: the material of a maker's input, a negated want, or a plain want."""
        rng = self.rng
        if stage == "M" and want == "R" and rng.random() < 0.6:
            self.flags["material"] += 1
            return self.render(rng.choice(g["material"]), "seek", f, lang)
        if allow_neg and rng.random() < 0.2:
            self.flags["negated"] += 1
            return self.render(rng.choice(g["neg"]), "seek", f, lang)
        tpl = rng.choice([t for tag, t in g["seek"] if tag_ok(tag, stage, want)])
        return self.render(tpl, "seek", f, lang)

    def offer_group(self, g: dict, f: dict[str, str], lang: str, stage: str) -> list[list[str]]:
        tpl = self.choose([t for tag, t in g["offer"] if tag_ok(tag, stage, "")])
        return self.render(tpl, "offer", f, lang)

    def served_group(self, g: dict, f: dict[str, str], lang: str) -> list[list[str]] | None:
        if "served" in f and self.rng.random() < 0.45:
            self.flags["served"] += 1
            return self.render(self.rng.choice(g["served"]), "offer", f, lang)
        return None

    def others(self, f: dict[str, str], lang: str, k: int) -> list[list[list[str]]]:
        return [self.render(t, "other", f, lang) for t in self.rng.sample(OTHER[lang], k)]

    # -- the five ways of writing ------------------------------------------------------------
    def lead(self, f, lang, stage, want):
        rng, g = self.rng, T["lead"][lang]
        sep = "" if lang == "zh" else " "
        head, seek_in_head = None, False
        r = rng.random()
        if stage != "E" and r < 0.45:
            head = self.render(self.choose(g["head_offer"]), "offer", f, lang)
        elif r < 0.8:
            cands = [t for tag, t in g["head_seek"] if tag_ok(tag, stage, want)]
            head, seek_in_head = self.render(rng.choice(cands), "seek", f, lang), True
        body = [self.offer_group(g, f, lang, stage)]
        if rng.random() < 0.4 and "detail2" not in self.used:
            body.append(self.render(self.choose(g["offer2"]), "offer", f, lang))
        served = self.served_group(g, f, lang)
        if served:
            body.append(served)
        if not seek_in_head or rng.random() < 0.3:
            body.insert(rng.randint(0, len(body)), self.seek_group(g, f, lang, stage, want))
        tail = sorted(
            self.others(f, lang, rng.choice([0, 1, 1, 2])),
            key=lambda t: t[0][0].startswith(("联系人", "Contact")),
        )
        groups = ([head] if head else []) + body
        seps = [""] * (1 if head else 0) + [sep] * (len(body) - 1)
        for t in tail:  # contact lines on their own line, the rest run on
            seps.append(
                "\n"
                if t[0][0].startswith(("联系人", "Contact", "地址", "Address"))
                or rng.random() < 0.3
                else sep
            )
            groups.append(t)
        return join(groups, seps)

    def bullets(self, f, lang, stage, want):
        rng, g = self.rng, T["bullets"][lang]
        marks = rng.choice(
            ["• ", "- ", "· ", "①", "* "] if lang == "zh" else ["• ", "- ", "* ", "1) ", "– "]
        )
        offers = [self.offer_group(g, f, lang, stage) for _ in range(rng.choice([2, 2, 3]))]
        served = self.served_group(g, f, lang)
        if served:
            offers.append(served)
        lines = offers[:]
        lines.insert(rng.randint(0, len(lines)), self.seek_group(g, f, lang, stage, want))
        labels = (["成立：{year}年", "员工：{staff}人", "认证：{cert}", "地址：{place}{zone}", "联系人：{person} {phone}", "荣誉：{award}"] if lang == "zh"
                  else ["Founded: {year}", "Staff: {staff}", "Certifications: {cert}", "Location: {place}", "Contact: {person}, {phone}", "Awards: {award}"])  # fmt: skip
        for t in rng.sample(labels, rng.choice([1, 2, 2, 3])):
            lines.insert(rng.randint(0, len(lines)), self.render(t, "other", f, lang))
        circled = "①②③④⑤⑥⑦⑧⑨"
        for i, line in enumerate(lines):
            m = circled[i] if marks == "①" else (f"{i + 1}) " if marks == "1) " else marks)
            line[0][0] = m + line[0][0]
        groups, seps = lines, ["\n"] * (len(lines) - 1)
        if rng.random() < 0.5:  # a title line: the company name
            title = [[f["name"] + ("：" if lang == "zh" and rng.random() < 0.5 else ""), "other"]]
            groups, seps = [title, *groups], ["\n", *seps]
        return join(groups, seps)

    def crm(self, f, lang, stage, want):
        rng, g = self.rng, T["crm"][lang]
        sep = rng.choice([" | ", "；", "; "] if lang == "zh" else [" | ", "; ", " ; "])
        name = [[f["name"], "other"]]
        offers = [self.offer_group(g, f, lang, stage) for _ in range(2)]
        served = self.served_group(g, f, lang)
        seek = self.seek_group(g, f, lang, stage, want)
        other = [
            self.render(t, "other", f, lang) for t in rng.sample(g["other"], rng.choice([1, 2]))
        ]
        groups, seps = [], []
        if rng.random() < 0.35:  # a header row, then the row in header order
            cells = [name, offers[0], offers[1], seek, other[0]]
            if served:
                cells.insert(3, served)
            header = (
                sep.join(
                    g["header"][:3]
                    + (["客户" if lang == "zh" else "Customers"] if served else [])
                    + g["header"][3:]
                )
                + "\n"
            )
            groups.append([[header, "other"]])
            seps.append("")
        else:
            pool = [*offers, seek, *([served] if served else []), *other]
            cells = [name, *rng.sample(pool, len(pool))]
        for i, c in enumerate(cells):
            groups.append(c)
            seps.append(sep if i < len(cells) - 1 else "")
        return join(groups, seps[:-1])

    def tagline(self, f, lang, stage, want):
        rng, g = self.rng, T["tagline"][lang]
        sep = "" if lang == "zh" else " "
        kind, tpl = rng.choice(
            [
                (k, t)
                for k, t in g["tag"]
                if k == "other" or "{goods}" not in t.lower() or stage != "E"
            ]
        )
        self.used |= content_fields(tpl)
        tag = self.render(tpl, kind, f, lang)
        offer = self.offer_group(g, f, lang, stage)
        served = self.served_group(g, f, lang)
        seek = self.seek_group(g, f, lang, stage, want)
        groups, seps = [tag], []
        shape = rng.random()
        if shape < 0.4:  # tagline / offer (+served) / seek
            groups += [offer] + ([served] if served else []) + [seek]
            seps += ["\n"] + ([sep] if served else []) + ["\n"]
        elif shape < 0.7:  # tagline / seek / offer
            groups += [seek, offer] + ([served] if served else [])
            seps += ["\n", "\n"] + ([sep] if served else [])
        else:  # tagline / offer + seek on one line
            groups += [offer] + ([served] if served else []) + [seek]
            seps += ["\n"] + [sep] * (1 + bool(served))
        if rng.random() < 0.4:
            groups += self.others(f, lang, 1)
            seps.append("\n")
        return join(groups, seps)

    def project(self, f, lang, stage, want):
        rng, g = self.rng, T["project"][lang]
        lines = [self.render(g["title"], "offer", f, lang)]
        lines[0][-1][0] = lines[0][-1][0].rstrip("\n")
        body = [self.offer_group(g, f, lang, stage) for _ in range(rng.choice([1, 2, 2]))]
        served = self.served_group(g, f, lang)
        if served:
            body.append(served)
        body.insert(rng.randint(1, len(body)), self.seek_group(g, f, lang, stage, want))
        others = [
            self.render(t, "other", f, lang) for t in rng.sample(g["other"], rng.choice([1, 2, 3]))
        ]
        lines += body
        for o in others:  # investment, site, contact... mostly after the business lines
            lines.insert(rng.randint(1, len(lines)) if rng.random() < 0.4 else len(lines), o)
        if rng.random() < 0.3:  # a heading above the listing
            head = (
                f"{f['region']}重点招商项目（{rng.choice([2024, 2025])}年）"
                if lang == "zh"
                else f"{f['region']} Investment Opportunities {rng.choice([2024, 2025])}"
            )
            lines.insert(0, [[head, "other"]])
        return join(lines, ["\n"] * (len(lines) - 1))


def join(groups: list[list[list[str]]], seps: list[str]) -> list[list[str]]:
    """Segments of groups joined by separators (each separator ends the group before it)."""
    assert len(seps) == len(groups) - 1, (len(seps), len(groups))
    segs: list[list[str]] = []
    for i, group in enumerate(groups):
        grp = [list(p) for p in group]
        if i < len(seps) and seps[i]:
            grp[-1][0] = grp[-1][0].rstrip("\n") + seps[i]
        segs += grp
    segs[-1][0] = segs[-1][0].rstrip()
    return [s for s in segs if s[0]]


# ---------------------------------------------------------------------------------------------
# Build, check, write
# ---------------------------------------------------------------------------------------------
def build() -> tuple[dict, dict, dict, Counter]:
    rng = random.Random(SEED)
    w = Writer(rng)
    roles: list[tuple[str, str, str, str]] = []  # (side, chain, stage, want)
    for key in CHAINS:
        cn, us = chain_roles(rng)
        roles += [("CN", key, s, x) for s, x in cn] + [("US", key, s, x) for s, x in us]
    cn_idx = [i for i, r in enumerate(roles) if r[0] == "CN"]
    us_idx = [i for i, r in enumerate(roles) if r[0] == "US"]
    foreign = set(rng.sample(cn_idx, len(cn_idx) // 10)) | set(
        rng.sample(us_idx, len(us_idx) // 10)
    )
    genres = (GENRES * (len(roles) // len(GENRES) + 1))[: len(roles)]
    rng.shuffle(genres)

    orgs, segments, gold_roles, gold_genres = [], {}, {}, {}
    counts: Counter = Counter()
    for i, (side, key, stage, want) in enumerate(roles):
        n = sum(r[0] == side for r in roles[: i + 1])
        oid = f"{PREFIX}{side.lower()}{n:03d}"
        lang = (
            ("en" if side == "CN" else "zh") if i in foreign else ("zh" if side == "CN" else "en")
        )
        genre = genres[i]
        f = w.fields(key, side, lang, stage, want)
        f.update({k[:1].upper() + k[1:]: cap(v) for k, v in list(f.items())})
        segs = getattr(w, genre)(f, lang, stage, want)
        text = "".join(s[0] for s in segs)
        orgs.append(
            {"id": oid, "side": side, "name": {lang: f["name"]}, "description": {lang: text}}
        )
        segments[oid] = [[s[0], s[1]] for s in segs]
        gold_roles[oid] = f"{key}:{stage}>{want}"
        gold_genres[oid] = genre
        counts[("genre", genre)] += 1
        counts[("lang", lang)] += 1
        counts[("genre-lang", genre, lang)] += 1
        counts[("role", f"{stage}>{want}")] += 1
        counts[("noun", stage, lang, f["noun"])] += 1
        counts[("flag", "bare want")] += w.bare
        counts[("flag", "role word of another stage in name")] += w.misleading_name
    for k, v in w.flags.items():
        counts[("flag", k)] = v

    partners: dict[str, list[str]] = {}
    for a in orgs:
        ca, sa, wa = re.match(r"(\w+):(\w)>(\w)", gold_roles[a["id"]]).groups()
        for b in orgs:
            cb, sb, wb = re.match(r"(\w+):(\w)>(\w)", gold_roles[b["id"]]).groups()
            if a["side"] != b["side"] and ca == cb and sa == wb and sb == wa:
                partners.setdefault(a["id"], []).append(b["id"])
    profiles = {"format": "tradebridge-profiles/1", "organizations": orgs}
    gold = {
        "partners": partners,
        "roles": gold_roles,
        "split": dict.fromkeys(gold_roles, "corpus"),
        "genres": gold_genres,
    }
    return profiles, gold, segments, counts


def check(profiles: dict, gold: dict, segments: dict) -> None:
    orgs = profiles["organizations"]
    ids = [o["id"] for o in orgs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert sum(o["side"] == "CN" for o in orgs) == N_CN * len(CHAINS)
    assert sum(o["side"] == "US" for o in orgs) == N_US * len(CHAINS)
    for o in orgs:
        oid = o["id"]
        assert re.fullmatch(rf"{PREFIX}(cn|us)\d{{3}}", oid) and oid[2:4] == o["side"].lower(), oid
        ((lang, text),) = o["description"].items()
        assert lang in ("zh", "en") and list(o["name"]) == [lang], oid
        assert "".join(s[0] for s in segments[oid]) == text, f"segments of {oid} do not add up"
        kinds = {s[1] for s in segments[oid]}
        assert kinds <= {"offer", "seek", "other"} and {"offer", "seek"} <= kinds, (oid, kinds)
        assert all(s[0] for s in segments[oid]), oid
        assert not re.search(r"[{}]", text) and text == text.strip(), (oid, text)
        m = re.fullmatch(r"(\w+):([RMDE])>([RMDE])", gold["roles"][oid])
        assert m and m.group(1) in CHAINS and m.group(3) in NEIGHBOURS[m.group(2)], gold["roles"][
            oid
        ]
        if o["side"] == "CN":
            assert gold["partners"].get(oid), f"{oid} has no partner"
    for a, bs in gold["partners"].items():
        for b in bs:
            assert a in gold["partners"][b], (a, b)


def main() -> None:
    profiles, gold, segments, counts = build()
    check(profiles, gold, segments)
    for name, data in (
        ("roles_corpus1", profiles),
        ("roles_corpus1_gold", gold),
        ("roles_corpus1_segments", segments),
    ):
        (HERE / f"{name}.json").write_text(
            json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8"
        )
    orgs = profiles["organizations"]
    cn = sum(o["side"] == "CN" for o in orgs)
    print(
        f"roles_corpus1: {cn} CN x {len(orgs) - cn} US, {len(gold['partners'])} with a partner, chains: {', '.join(CHAINS)}"
    )
    print(
        "genre x language:",
        ", ".join(
            f"{g} {counts[('genre-lang', g, 'zh')]} zh/{counts[('genre-lang', g, 'en')]} en"
            for g in GENRES
        ),
    )
    print("languages:", counts[("lang", "zh")], "zh,", counts[("lang", "en")], "en")
    print("roles:", ", ".join(f"{k[1]} {v}" for k, v in sorted(counts.items()) if k[0] == "role"))
    for lang in ("zh", "en"):
        print(
            f"distinct role nouns ({lang}):",
            ", ".join(
                f"{s} {len([k for k in counts if k[:3] == ('noun', s, lang)])}" for s in STAGE_ORDER
            ),
        )
    print(
        "hard cases:", ", ".join(f"{k[1]} {v}" for k, v in sorted(counts.items()) if k[0] == "flag")
    )
    seg_kinds = Counter(s[1] for segs in segments.values() for s in segs)
    print("segments:", ", ".join(f"{k} {v}" for k, v in sorted(seg_kinds.items())))


if __name__ == "__main__":
    main()
