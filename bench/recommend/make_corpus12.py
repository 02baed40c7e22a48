# ruff: noqa: E501  (the templates and role phrases are data; wrapping them would only hurt reading)
"""Write the twelfth training corpus for the partner recommender: ``roles_corpus12.json``,
``roles_corpus12_gold.json`` and ``roles_corpus12_segments.json``.

    python bench/recommend/make_corpus12.py

Ten value chains from fashion, apparel and home goods (handbags, sportswear, duvets and
bedding sets, artificial flowers, sunglasses, swimwear, false eyelashes, wedding dresses,
Halloween costumes, cashmere sweaters), 4 Chinese and 7 US companies each, every one at one
stage: raw material or key component supplier (R), maker (M), distributor / importer /
wholesaler (D) or end buyer (E: a chain of shops, a hotel group, a swim school chain…).
Every description is written in one of five ways of writing, in Chinese or English:

* a warranty card or product label with a short company blurb ("LIMITED WARRANTY CARD",
  "产品保修卡", "诚招…");
* a secretariat's phone-call log ("CALL LOG · date · line 2", "来电记录｜…", "处理：…");
* an e-mail signature block with a tagline and a line about what the company wants
  ("Currently seeking: …", "目前寻求：…");
* a "company snapshot" box in an industry report ("COMPANY SNAPSHOT", "【企业速览】");
* a translated letter of intent (意向书: "Party A / Party B: to be determined", "甲方／乙方").

Each description is built from clauses labelled ``offer`` (what the company is, makes, sells,
whom it already serves), ``seek`` (what or whom it wants now) or ``other`` (headers, warranty
terms, phone numbers, disclaimers, sources, negated wants); the clauses concatenated are the
description, and are written to the segments file. Hard cases, each in several documents:
customers already served named in the offer; negated wants ("不招代理，只招…", "Party A
already works with distributors; it now seeks…"); role nouns inside company names that differ
from the company's stage ("进出口" for a factory, "Mfg." for an importer, "Wholesale Club"
for a chain of shops); wants naming only a generic role and the country ("a US importer");
a maker's want named by its input material ("a dependable source of lace and bridal tulle");
the want placed first, in the middle or last, with and without a verb of wanting, as a label,
a quotation, a question, a condition, a plan or in the third person. A pair (CN, US) is gold
when both are in one chain and each one's stage is what the other seeks.

Standard library only; deterministic (``random.Random(SEED)``).
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path

from corpus_tools import (
    OFFER,
    OTHER,
    SEEK,
    Ctx,
    article,
    cn_roles,
    fill,
    needs_party,
    one,
    place,
    plural,
    position,
    possible_traps,
    render,
    slots,
    st,
    units,
    us_roles,
)

HERE = Path(__file__).resolve().parent
SEED = 121212
PREFIX = "k12"
N_CN, N_US = 4, 7
STAGES = ("R", "M", "D", "E")
NEIGHBOURS = {"R": ("M",), "M": ("R", "D", "E"), "D": ("M", "E"), "E": ("M", "D")}
SERVES = {"R": ("M",), "M": ("D", "E"), "D": ("E",), "E": ()}  # whom a stage already sells to
GENRES = (
    "warranty card or label",
    "secretariat call log",
    "e-mail signature",
    "report snapshot box",
    "letter of intent",
)
MINORITY_SHARE = 0.125  # CN companies writing English, US companies writing Chinese


# --------------------------------------------------------------------------------------------
# The chains: per stage (Chinese nouns, English nouns, Chinese details, English details,
# Chinese name words, English name words). English details are noun phrases ("with …").
# --------------------------------------------------------------------------------------------
# fmt: off
CHAINS: dict[str, dict] = {
    "handbag": {
        "cat": "fashion", "product": ("手袋和女包", "handbags"),
        "material": ("PU合成革和头层牛皮", "PU synthetic leather and full-grain cowhide"),
        "R": st(["合成革厂", "制革厂"], ["synthetic leather mill", "tannery"],
                ["PU合成革年产3000万米", "牛皮月加工2万张"],
                ["30 million metres of PU leather a year", "20,000 cowhides finished a month"],
                ["合成革", "皮具"], ["Coated Fabrics", "Leather Goods"]),
        "M": st(["手袋厂", "箱包代工厂"], ["handbag factory", "OEM bag maker"],
                ["月产女包15万只，300只起可做贴牌", "裁断、车缝、五金装配整条产线都在厂内"],
                ["150,000 handbags a month and private-label runs from 300 pieces", "cutting, stitching and hardware fitting under one roof"],
                ["箱包", "皮具"], ["Bag Works", "Handbag"]),
        "D": st(["箱包批发商", "手袋进口商"], ["handbag importer", "accessories wholesaler"],
                ["合作门店800余家", "常备库存款式600个"],
                ["800 boutique accounts", "600 styles held in stock"],
                ["箱包商贸", "时尚"], ["Accessories Wholesale", "Handbag Imports"]),
        "E": st(["百货连锁", "女装连锁品牌"], ["department store chain", "women's fashion chain"],
                ["门店65家", "全国直营店300家"],
                ["65 department stores", "300 company-owned stores"],
                ["百货", "服饰"], ["Department Stores", "Bag Factory Stores"]),
    },
    "sportswear": {
        "cat": "apparel", "product": ("运动服装", "sportswear"),
        "material": ("吸湿排汗针织面料和涤纶长丝", "moisture-wicking knit fabric and polyester filament yarn"),
        "R": st(["运动面料厂", "涤纶长丝厂"], ["performance fabric mill", "polyester yarn producer"],
                ["功能性针织面料月产500吨", "涤纶低弹丝年产8万吨"],
                ["500 tonnes of wicking knit fabric a month", "80,000 tonnes of textured polyester yarn a year"],
                ["纺织", "化纤"], ["Textiles", "Fibers"]),
        "M": st(["运动服代工厂", "服装厂"], ["activewear manufacturer", "sportswear factory"],
                ["年产运动服1200万件，有热升华印花和激光切割", "团体队服小单快反，7天出货"],
                ["12 million activewear pieces a year with sublimation printing and laser cutting", "team uniforms turned around in seven days"],
                ["服饰", "体育用品"], ["Apparel", "Athletic Supply"]),
        "D": st(["运动品牌代理商", "体育用品批发商"], ["sportswear distributor", "team dealer"],
                ["代理五个运动品牌", "为全国2000所学校供应校服和队服"],
                ["five athletic brands on the card", "team sales to 2,000 schools"],
                ["体育用品", "运动商贸"], ["Sports Distributors", "Team Sports"]),
        "E": st(["体育用品连锁", "马拉松赛事运营公司"], ["sporting goods chain", "race organizer"],
                ["门店180家", "每年承办马拉松赛事20场"],
                ["180 sporting goods stores", "20 marathons and fun runs a year"],
                ["运动", "赛事"], ["Sports", "Race Events"]),
    },
    "duvet": {
        "cat": "home", "product": ("羽绒被和床品套件", "duvets and bedding sets"),
        "material": ("水洗羽绒和全棉贡缎面料", "washed down and cotton sateen ticking"),
        "R": st(["羽绒加工厂", "床品面料织造厂"], ["down processor", "sateen weaving mill"],
                ["水洗白鸭绒年产2000吨", "全棉贡缎坯布月产150万米"],
                ["2,000 tonnes of washed white duck down a year", "1.5 million metres of cotton sateen a month"],
                ["羽绒", "纺织"], ["Down", "Weaving"]),
        "M": st(["羽绒被生产企业", "家纺厂"], ["duvet manufacturer", "bedding factory"],
                ["年产羽绒被80万条", "床品四件套日产1.2万套，可按酒店标准定制"],
                ["800,000 duvets a year", "12,000 bedding sets a day, hotel specifications on request"],
                ["家纺", "寝具"], ["Home Textiles", "Bedding Supply"]),
        "D": st(["家纺批发商", "酒店用品供应商"], ["bedding wholesaler", "hospitality supplier"],
                ["为1200家门店配货", "库存床品3万套"],
                ["1,200 retail accounts", "30,000 sets in the warehouse"],
                ["家纺商贸", "酒店用品"], ["Linen Distributors", "Hospitality Supply"]),
        "E": st(["连锁酒店集团", "家居零售连锁"], ["hotel group", "bed-and-bath retail chain"],
                ["旗下酒店140家、客房2.3万间", "门店90家"],
                ["140 hotels and 23,000 rooms", "90 bed-and-bath stores"],
                ["酒店管理", "家居"], ["Hospitality", "Bed & Bath"]),
    },
    "artflower": {
        "cat": "home", "product": ("仿真花", "artificial flowers"),
        "material": ("涤纶花布和包塑铁丝", "polyester petal fabric and plastic-coated wire"),
        "R": st(["仿真花布料厂", "包塑铁丝厂"], ["petal fabric supplier", "floral wire maker"],
                ["涤纶仿真花布年产2000万米", "包塑铁丝月产800吨"],
                ["20 million metres of polyester petal fabric a year", "800 tonnes of coated floral wire a month"],
                ["花布", "五金"], ["Fabrics", "Floral Wire"]),
        "M": st(["仿真花工厂", "人造花生产商"], ["artificial flower factory", "faux floral manufacturer"],
                ["年产仿真花枝3000万支", "可按图定制婚庆花艺和花墙"],
                ["30 million stems a year", "custom wedding arches and flower walls made to drawing"],
                ["工艺品", "花艺"], ["Crafts", "Faux Florals"]),
        "D": st(["花艺批发商", "家居饰品进口商"], ["floral wholesaler", "home decor importer"],
                ["常备花材8000款", "给全国1500家花店供货"],
                ["8,000 floral SKUs in stock", "deliveries to 1,500 florists"],
                ["花艺商贸", "家饰"], ["Floral Supply", "Decor Imports"]),
        "E": st(["婚庆策划公司", "手工艺品连锁"], ["event decorator", "craft store chain"],
                ["年承办婚礼1500场", "门店220家"],
                ["1,500 weddings and galas decorated a year", "220 craft stores"],
                ["婚庆", "手工艺"], ["Events", "Craft Stores"]),
    },
    "sunglasses": {
        "cat": "fashion", "product": ("太阳镜", "sunglasses"),
        "material": ("偏光镜片和TR90镜架料", "polarized lenses and TR90 frame resin"),
        "R": st(["偏光镜片厂", "TR90原料供应商"], ["polarized lens maker", "frame resin supplier"],
                ["TAC偏光镜片月产300万片", "TR90和尼龙粒料年供5000吨"],
                ["3 million TAC polarized lenses a month", "5,000 tonnes of TR90 and nylon pellets a year"],
                ["光学", "新材料"], ["Optics", "Polymers"]),
        "M": st(["太阳镜厂", "眼镜制造商"], ["sunglass factory", "eyewear manufacturer"],
                ["年产太阳镜600万副，注塑和镀膜自己做", "300副起可做贴牌"],
                ["6 million pairs a year with in-house molding and coating", "private label from 300 pairs"],
                ["眼镜", "光学眼镜"], ["Eyewear", "Optical"]),
        "D": st(["眼镜批发商", "太阳镜代理商"], ["sunglass distributor", "eyewear importer"],
                ["给3000个零售网点供货", "库存款式1200个"],
                ["3,000 retail doors served", "1,200 styles in stock"],
                ["眼镜商贸", "视光"], ["Eyewear Distributors", "Shades Wholesale"]),
        "E": st(["连锁药店", "景区零售连锁"], ["drugstore chain", "beach shop chain"],
                ["门店1100家", "在42个景区开有商店"],
                ["1,100 pharmacies", "42 boardwalk and pier shops"],
                ["大药房", "旅游商贸"], ["Pharmacy", "Surf Shops"]),
    },
    "swimwear": {
        "cat": "apparel", "product": ("泳装", "swimwear"),
        "material": ("锦纶氨纶经编泳衣面料", "nylon-spandex tricot swim fabric"),
        "R": st(["泳衣面料厂", "氨纶丝生产商"], ["swim fabric knitter", "spandex fiber producer"],
                ["经编泳衣面料月产80万米", "氨纶丝年产3万吨"],
                ["800,000 metres of tricot swim fabric a month", "30,000 tonnes of spandex fiber a year"],
                ["经编", "氨纶"], ["Knits", "Spandex"]),
        "M": st(["泳装厂", "泳衣代工厂"], ["swimwear manufacturer", "swimsuit factory"],
                ["年产泳装500万件，数码印花自有", "比基尼和连体泳衣500件起订"],
                ["5 million swimsuits a year with in-house digital printing", "bikinis and one-pieces from 500 units"],
                ["泳装", "服饰"], ["Swimwear", "Swim"]),
        "D": st(["泳装批发商", "度假服饰经销商"], ["swimwear wholesaler", "resortwear distributor"],
                ["给600家泳装店供货", "仓库常备泳装20万件"],
                ["600 swim boutiques served", "200,000 suits on the shelf"],
                ["泳装商贸", "度假服饰"], ["Swim Distributors", "Resort Apparel"]),
        "E": st(["游泳培训连锁", "水上乐园运营商"], ["swim school chain", "water park operator"],
                ["校区150个，学员4万人", "运营水上乐园6座"],
                ["150 swim schools and 40,000 students", "six water parks"],
                ["游泳", "水上乐园"], ["Swim School", "Water Parks"]),
    },
    "eyelash": {
        "cat": "fashion", "product": ("假睫毛", "false eyelashes"),
        "material": ("PBT睫毛丝和棉线梗", "PBT lash fiber and cotton lash band"),
        "R": st(["睫毛丝生产厂", "化纤丝厂"], ["lash fiber producer", "synthetic filament maker"],
                ["PBT睫毛丝月产50吨，粗细0.03至0.25毫米", "仿貂毛丝年产600吨"],
                ["50 tonnes of 0.03–0.25 mm PBT lash fiber a month", "600 tonnes of faux-mink filament a year"],
                ["化纤", "丝业"], ["Filament", "Fiber Tech"]),
        "M": st(["假睫毛厂", "睫毛加工厂"], ["eyelash factory", "lash manufacturer"],
                ["手工睫毛日产8万对", "嫁接睫毛和磁性睫毛都能做"],
                ["80,000 handmade pairs a day", "extension trays and magnetic lashes"],
                ["美妆", "睫毛"], ["Beauty", "Lash"]),
        "D": st(["美妆批发商", "睫毛代理商"], ["beauty supply distributor", "lash distributor"],
                ["给4000家美甲美睫店供货", "常备睫毛款式200个"],
                ["4,000 salons supplied", "200 lash styles in stock"],
                ["美妆商贸", "美业供应链"], ["Beauty Supply", "Lash Distributors"]),
        "E": st(["美睫连锁", "美妆集合店连锁"], ["lash studio chain", "beauty store chain"],
                ["门店320家", "门店150家"],
                ["320 lash studios", "150 beauty stores"],
                ["美睫", "美业"], ["Lash Lounge", "Beauty Bar"]),
    },
    "bridal": {
        "cat": "apparel", "product": ("婚纱礼服", "wedding dresses"),
        "material": ("蕾丝和婚纱网纱", "lace and bridal tulle"),
        "R": st(["蕾丝厂", "网纱织造厂"], ["lace mill", "tulle knitter"],
                ["经编蕾丝月产60万码", "婚纱网纱月产200万米"],
                ["600,000 yards of raschel lace a month", "2 million metres of bridal tulle a month"],
                ["蕾丝", "网纱"], ["Lace", "Tulle"]),
        "M": st(["婚纱厂", "礼服定制工厂"], ["bridal gown manufacturer", "made-to-measure dress factory"],
                ["年产婚纱8万件，手工钉珠", "晚礼服和伴娘服可按尺寸定制"],
                ["80,000 gowns a year with hand beading", "evening and bridesmaid dresses cut to measure"],
                ["婚纱", "礼服"], ["Bridal", "Gowns"]),
        "D": st(["婚纱批发商", "婚纱品牌代理商"], ["bridal wholesaler", "bridal sales agency"],
                ["代理六个婚纱品牌", "给700家婚纱店供样"],
                ["six bridal labels represented", "samples placed in 700 bridal salons"],
                ["婚庆用品", "婚纱商贸"], ["Bridal Wholesale", "Bridal Group"]),
        "E": st(["婚纱店连锁", "婚纱摄影连锁"], ["bridal boutique chain", "wedding photo studio chain"],
                ["门店45家", "摄影门店80家，年拍婚纱照3万对"],
                ["45 bridal boutiques", "80 photo studios shooting 30,000 couples a year"],
                ["婚纱摄影", "婚礼"], ["Bridal Boutiques", "Studios"]),
    },
    "costume": {
        "cat": "home", "product": ("万圣节服装", "Halloween costumes"),
        "material": ("涤纶针织布和毛毡", "polyester knit and needle felt"),
        "R": st(["针织布厂", "毛毡厂"], ["knit fabric mill", "felt maker"],
                ["涤纶针织布月产400吨", "针刺毛毡年产1.5万吨"],
                ["400 tonnes of polyester knit a month", "15,000 tonnes of needle felt a year"],
                ["针织", "毛毡"], ["Knit Mills", "Felt"]),
        "M": st(["服装道具厂", "万圣节服饰生产商"], ["costume manufacturer", "party costume factory"],
                ["年产成人和儿童装扮服300万套", "服装、面具、道具配套生产"],
                ["3 million adult and kids' costumes a year", "costumes, masks and props under one roof"],
                ["服饰", "玩具"], ["Costume", "Party Goods"]),
        "D": st(["节日用品批发商", "派对用品进口商"], ["party supply wholesaler", "seasonal goods importer"],
                ["给2000家门店做季节性配货", "仓库面积3万平方米"],
                ["seasonal programs for 2,000 stores", "a 300,000 sq ft warehouse"],
                ["节庆用品", "派对"], ["Party Wholesale", "Seasonal Imports"]),
        "E": st(["剧本杀连锁", "主题乐园"], ["pop-up Halloween store chain", "theme park operator"],
                ["门店260家，年采购戏服约5万套", "运营主题乐园3座，年接待游客900万"],
                ["400 seasonal pop-up stores a year", "three theme parks and 9 million visitors"],
                ["文娱", "文旅"], ["Halloween Stores", "Parks & Resorts"]),
    },
    "cashmere": {
        "cat": "apparel", "product": ("羊绒衫", "cashmere sweaters"),
        "material": ("无毛绒和羊绒纱线", "dehaired cashmere and cashmere yarn"),
        "R": st(["羊绒分梳厂", "羊绒纱线厂"], ["cashmere dehairing plant", "cashmere yarn spinner"],
                ["无毛绒年产800吨", "精纺羊绒纱月产120吨"],
                ["800 tonnes of dehaired cashmere a year", "120 tonnes of worsted cashmere yarn a month"],
                ["绒业", "毛纺"], ["Cashmere Fibers", "Spinning"]),
        "M": st(["羊绒衫厂", "针织毛衫厂"], ["cashmere knitwear manufacturer", "sweater knitting mill"],
                ["电脑横机400台，年产羊绒衫150万件", "可做全成型无缝毛衫"],
                ["400 computerized flat knitting machines and 1.5 million sweaters a year", "whole-garment seamless knitting"],
                ["羊绒制品", "毛衫"], ["Knitwear", "Cashmere Mills"]),
        "D": st(["服装进口商", "羊绒品牌代理商"], ["apparel importer", "knitwear sales agency"],
                ["代理三个欧洲羊绒品牌", "给900家精品店供货"],
                ["three European knitwear labels represented", "900 specialty store accounts"],
                ["服饰贸易", "羊绒商贸"], ["Apparel Group", "Knitwear Imports"]),
        "E": st(["高端女装连锁", "奥特莱斯运营商"], ["specialty apparel chain", "off-price retailer"],
                ["门店130家", "运营奥特莱斯12座"],
                ["130 specialty stores", "410 off-price stores"],
                ["时装", "奥莱"], ["Clothiers", "Off-Price Warehouse"]),
    },
}

# A want that names only the role (and the country), not the product.
GENERIC = {
    "zh": {"R": ["原料供应商", "材料厂家"], "M": ["生产厂家", "源头工厂", "制造商"],
           "D": ["经销商", "代理商", "批发商", "进口商"], "E": ["终端客户", "零售客户", "直接用户"]},
    "en": {"R": ["material supplier", "raw material vendor"], "M": ["manufacturer", "factory", "producer"],
           "D": ["distributor", "wholesaler", "importer", "sales agent"], "E": ["retail buyer", "end customer", "chain-store buyer"]},
}

# A word in a company name that belongs to another stage than the company's.
MISLEAD = {"zh": {"R": "贸易", "M": "进出口", "D": "制造", "E": "批发"},
           "en": {"R": "Trading", "M": "Import & Export", "D": "Mfg.", "E": "Wholesale Club"}}
STAGE_WORDS = {  # role words in names, by the stage they suggest (for the summary only)
    "M": ["制造", "工厂", "Mfg", "Factory", "Works", "Mills"],
    "D": ["贸易", "商贸", "进出口", "批发", "供应链", "Trading", "Import", "Wholesale", "Distributors", "Supply"],
    "E": ["百货", "连锁", "Stores", "Club", "Boutiques", "Shops"],
}

CERTS = {
    "apparel": (["通过OEKO-TEX Standard 100认证", "通过BSCI验厂"], ["OEKO-TEX Standard 100 certified", "BSCI and WRAP audited"]),
    "fashion": (["通过ISO 9001认证", "通过Sedex验厂"], ["ISO 9001 certified", "Sedex audited"]),
    "home": (["通过GRS全球回收标准认证", "通过ISO 9001和BSCI认证"], ["Global Recycled Standard certified", "ISO 9001 and BSCI certified"]),
}
SHOWS = {
    "apparel": (["中国国际服装服饰博览会", "上海国际纺织面料展"], ["MAGIC Las Vegas", "Texworld USA"]),
    "fashion": (["广交会", "上海国际时尚配饰展"], ["Accessories The Show", "the Canton Fair"]),
    "home": (["上海国际家纺展", "广交会"], ["High Point Market", "the Atlanta Market"]),
}

# Places and people, by side (CN / US) and language.
CN_CITY_ZH = {"广州": "广东", "汕头": "广东", "中山": "广东", "杭州": "浙江", "义乌": "浙江", "湖州": "浙江", "南通": "江苏",
              "苏州": "江苏", "泉州": "福建", "晋江": "福建", "青岛": "山东", "平度": "山东", "鄂尔多斯": "内蒙古"}
CN_CORE_ZH = ["锦程", "华彩", "德润", "盛泰", "雅诚", "鸿运", "佳和", "润达", "冠群", "新宇", "明辉", "福瑞", "永盛", "金帆",
              "昌隆", "恒信", "丰泽", "泓远", "祥云", "晟峰", "亿佳", "卓雅"]
CN_CORE_EN = ["Jincheng", "Huacai", "Derun", "Shengtai", "Yacheng", "Hongyun", "Jiahe", "Runda", "Guanqun", "Mingbo"]
US_CORE_EN = ["Willow Creek", "Stonebridge", "Bluewater", "Maple Hollow", "Silver Lake", "Brightwater", "Hawthorne",
              "Cedar Point", "Foxglove", "Magnolia", "Beacon Hill", "Crescent", "Juniper", "Seabrook", "Windward",
              "Goldfield", "Pinecrest", "Rosewood", "Tidewater", "Whitaker", "Calloway", "Ashford", "Fairhaven",
              "Sunridge", "Brennan & Moss", "Delgado"]
US_CORE_ZH = ["柳溪", "石桥", "碧水", "银湖", "木兰", "灯塔", "新月", "松冠", "玫瑰木", "惠特克"]
CITY = {
    ("CN", "zh"): list(CN_CITY_ZH),
    ("CN", "en"): ["Guangzhou", "Yiwu", "Hangzhou", "Nantong", "Quanzhou", "Qingdao", "Huzhou", "Shantou"],
    ("US", "en"): ["Secaucus, New Jersey", "Los Angeles, California", "Dallas, Texas", "Atlanta, Georgia",
                   "Miami, Florida", "Columbus, Ohio", "Portland, Oregon", "Denver, Colorado",
                   "Minneapolis, Minnesota", "Nashville, Tennessee", "Phoenix, Arizona", "Salt Lake City, Utah"],
    ("US", "zh"): ["新泽西州锡考克斯", "加州洛杉矶", "得州达拉斯", "佐治亚州亚特兰大", "佛罗里达州迈阿密", "俄亥俄州哥伦布"],
}
REGION = {  # the region of a city (a Chinese city by its province)
    ("CN", "zh"): {"广东": "珠三角", "浙江": "浙江", "江苏": "长三角", "福建": "闽南", "山东": "胶东", "内蒙古": "内蒙古"},
    ("CN", "en"): {"Guangzhou": "the Pearl River Delta", "Shantou": "eastern Guangdong", "Yiwu": "Zhejiang", "Hangzhou": "Zhejiang",
                   "Huzhou": "Zhejiang", "Nantong": "the Yangtze River Delta", "Quanzhou": "southern Fujian", "Qingdao": "Shandong"},
    ("US", "en"): {"Secaucus, New Jersey": "the Northeast", "Los Angeles, California": "Southern California", "Dallas, Texas": "Texas",
                   "Atlanta, Georgia": "the Southeast", "Miami, Florida": "the Southeast", "Columbus, Ohio": "the Midwest",
                   "Portland, Oregon": "the Pacific Northwest", "Denver, Colorado": "the Mountain West",
                   "Minneapolis, Minnesota": "the Upper Midwest", "Nashville, Tennessee": "the South", "Phoenix, Arizona": "the Southwest",
                   "Salt Lake City, Utah": "the Mountain West"},
    ("US", "zh"): {"新泽西州锡考克斯": "美国东北部", "加州洛杉矶": "美国西海岸", "得州达拉斯": "美国南部", "佐治亚州亚特兰大": "美国东南部",
                   "佛罗里达州迈阿密": "美国东南部", "俄亥俄州哥伦布": "美国中西部"},
}
PEOPLE = {
    ("CN", "zh"): ["黄晓燕", "林志强", "何静怡", "马骏", "许文博", "邓丽华", "冯建国", "曹雪梅", "彭浩", "蒋雯"],
    ("CN", "en"): ["Huang Xiaoyan", "Lin Zhiqiang", "He Jingyi", "Ma Jun", "Xu Wenbo", "Deng Lihua"],
    ("US", "en"): ["Megan Sullivan", "Derek Thompson", "Alicia Gomez", "Brian Nakamura", "Colleen Murphy", "Jamal Carter",
                   "Heather Lindqvist", "Victor Alvarez", "Nicole Bennett", "Ryan Foster"],
    ("US", "zh"): ["梅根·沙利文", "德里克·汤普森", "艾丽西亚·戈麦斯", "布莱恩·中村", "妮可·贝内特", "瑞安·福斯特"],
}
TITLES = {"zh": ["总经理", "外贸经理", "采购总监", "董事长助理", "业务经理", "品牌总监"],
          "en": ["Sales Director", "Head of Sourcing", "Founder", "Merchandise Manager", "Business Development Manager", "COO"]}
COLLEAGUES = {"zh": ["小吴", "刘秘书", "会员部", "Cindy"], "en": ["Kayla", "Dev", "member services", "Luis"]}
REPORTS = {"zh": ["中美消费品采购报告", "纺织服装行业年度观察", "时尚配饰出口白皮书"],
           "en": ["Consumer Goods Sourcing Report", "Apparel & Accessories Outlook", "Home Textiles Review"]}

# The country a company's partner is in: (Chinese names, English adjectives, English names).
ABROAD = {"CN": (["美国", "北美", "美国本土"], ["US", "American", "North American"], ["the US", "the United States"]),
          "US": (["中国", "中国大陆"], ["Chinese"], ["China"])}
# fmt: on

# --------------------------------------------------------------------------------------------
# The ways of writing. A template is a string (one clause of the slot's kind) or a tuple of
# (text, kind) clauses. Seek templates with "{who}" or a leading "@" need a role noun (not a
# material).
# --------------------------------------------------------------------------------------------
# fmt: off
T: dict[str, dict[str, dict[str, list]]] = {
    "warranty card or label": {
        "en": {
            "offer": [
                (("About us: ", OTHER), ("{short} is {a_noun} in {city} with {detail}.", OFFER)),
                "We are {a_noun} — {detail}.",
                (("Since {year0}, ", OTHER), ("we have worked as {a_noun}, with {detail}.", OFFER)),
                "This card is issued by {a_noun} with {detail}.",
                "Who we are: {noun}, {detail}.",
                "{Short} ({noun}) — {detail}.",
                "We stand behind every order of {product}: we are {a_noun} with {detail}.",
            ],
            "served": ["Our goods are already used by {served} across {region}.", "Trusted today by {served}."],
            "seek": [
                "Partner inquiries welcome: we are looking for {want}.",
                "@Now appointing: {want}.",
                "Are you {who}? Call the number below.",
                "If you are {who}, we would like to hear from you.",
                "Our {year} plan: to work with {want}.",
                'A note from our founder: "we still need {want}."',
                "Wanted: {want}.",
            ],
            "head": ["LIMITED WARRANTY CARD", "PRODUCT CARE & WARRANTY", "Warranty Card No. {n}", "QUALITY CERTIFICATE"],
            "field": ["Warranty: {months} months from the date of purchase. Keep this card with your receipt.",
                      "Lot: {lot} · Inspected by: QC {qc}", "Avoid prolonged heat and direct sunlight when storing.",
                      "This warranty does not cover normal wear and tear or misuse."],
            "contact": ["Customer care: {phone} · {web}", "Issued by {name}, {city} · {web}", "Questions? {phone}"],
        },
        "zh": {
            "offer": [
                (("关于我们：", OTHER), ("{short}是一家{noun}，{detail}。", OFFER)),
                "本公司为{noun}，{detail}。",
                (("公司创立于{year0}年，", OTHER), ("作为{noun}，{detail}。", OFFER)),
                "本卡由{noun}{short}签发，{detail}。",
                "我们是专业的{noun}，{detail}，品质有保障。",
                "{short}专注{product}{yrs}年，是{region}知名的{noun}，{detail}。",
                (("企业简介：", OTHER), ("{noun}，{detail}。", OFFER)),
            ],
            "served": ["产品已供应{served}。", "现为{served}长期供货。"],
            "seek": [
                "@诚招{want}。",
                "@现诚邀{want}洽谈合作。",
                "我们正在寻找{want}。",
                "如贵司是{who}，欢迎拨打下方电话洽谈。",
                "您是{who}吗？欢迎来电。",
                "{year}年的目标：谈下{want}。",
                "创始人寄语：“我们还缺{want}。”",
                "@招募：{want}。",
            ],
            "head": ["产品保修卡", "合格证", "质保卡　No.{n}", "产品标签"],
            "field": ["保修期：自购买之日起{months}个月，请妥善保管本卡及购物凭证。", "批号：{lot}　检验员：{qc}号",
                      "使用说明：请避免高温和长时间暴晒。", "人为损坏及正常磨损不在保修范围内。", "检验合格，准予出厂。"],
            "contact": ["服务热线：{phone}", "签发单位：{name}　地址：{city}", "客服电话：{phone}　网址：{web}"],
        },
    },
    "secretariat call log": {
        "en": {
            "offer": [
                "Says they are {a_noun} with {detail}.",
                "Company: {noun}, {detail}.",
                "{Short} is {a_noun}; {detail}, according to the caller.",
                (("Caller explained at length — ", OTHER), ("{a_noun}, {detail}.", OFFER)),
                "Background given: {detail}; runs as {a_noun}.",
                "They describe themselves as {a_noun} ({detail}).",
            ],
            "served": ["Already supplies {served}.", "Customers mentioned: {served}."],
            "seek": [
                "Reason for call: {want}.",
                "Wants to know if we have {who} on file.",
                '"We need {want}," the caller repeated.',
                "Asked: do we know {who}?",
                "Would join the next matchmaking day if we can line up {who}.",
                "Plans to sign {want} before year end.",
                "Looking for {want}.",
            ],
            "head": ["CALL LOG · {date} {time} · line {line}", "Phone log #{n} — {date}, {time}",
                     "Incoming call, {date} {time} (taken by {colleague})"],
            "caller": ["Caller: {person}, {title}, {name}", "From: {person} ({title}) at {name}, calling from {city}"],
            "notes": ["Notes: ", "Summary: ", ""],
            "action": ["Action: send membership pack, call back Tuesday.", "Logged in CRM; passed to {colleague}.",
                       "Call lasted {mins} min. No e-mail given.", "Follow-up: {colleague} to return the call."],
        },
        "zh": {
            "offer": [
                "对方自称是{noun}，{detail}。",
                "来电人介绍，{short}属于{noun}，{detail}。",
                "企业情况：{noun}，{detail}。",
                (("对方讲了很久，", OTHER), ("大意是：{short}是{noun}，{detail}。", OFFER)),
                "据来电人说，{detail}，是一家{noun}。",
                "{short}定位为{noun}，{detail}。",
            ],
            "served": ["目前在给{served}供货。", "提到现有客户主要是{served}。"],
            "seek": [
                "来电事由：{want}。",
                "问我们会员里有没有{who}。",
                "对方原话：“我们急需{want}。”",
                "对方问：能不能帮忙找{who}？",
                "如能约到{who}，愿意参加下次对接会。",
                "计划年底前谈下{want}。",
                "希望我们推荐{want}。",
            ],
            "head": ["来电记录｜{date} {time}", "电话登记 No.{n}　{date}", "来电　{date} {time}　接听：{colleague}"],
            "caller": ["来电单位：{name}　来电人：{person}（{title}）", "{person}，{name}{title}，从{city}打来"],
            "notes": ["摘要：", "通话内容：", ""],
            "action": ["处理：已录入系统，待匹配。", "已转{colleague}跟进，约周二回电。", "通话约{mins}分钟，未留邮箱。", "回电：{colleague}负责。"],
        },
    },
    "e-mail signature": {
        "en": {
            "offer": [
                "{Noun} · {detail}",
                "{A_noun} with {detail}",
                "Proudly {a_noun} since {year0} — {detail}",
                "{Short}: {detail}.",
                "Your {noun} in {city} | {detail}",
                "We are {a_noun}. {Detail}.",
            ],
            "served": ["Supplying {served} since {year0}", "Trusted by {served}"],
            "seek": [
                "Currently seeking: {want}",
                "We're looking for {want} — let's talk.",
                "Are you {who}? Reply to this e-mail.",
                "If you're {who}, I'd love to connect.",
                "{year} goal: partner with {who}.",
                '"Find {want}" — our #1 priority this year.',
                "Open to: {want}",
            ],
            "signoff": ["Best regards,", "Thanks,", "Kind regards,"],
            "name": ["{person} | {title}", "--\n{person}\n{title}", "{person}\n{title}"],
            "company": ["{name}", "{name} | {city}"],
            "tagline": ["Quality you can feel.", "Made with care, shipped on time.", "Small batches, big ideas.", "Crafted for the everyday."],
            "contact": ["T {phone} | {web}", "Tel {phone}", "{web} | WhatsApp {phone}"],
            "disclaimer": ["This e-mail and any attachments are confidential.", "Please consider the environment before printing this e-mail."],
        },
        "zh": {
            "offer": [
                "{noun}｜{detail}",
                "专业{noun}，{detail}",
                "{short}——{detail}",
                "{year0}年起专注{product}｜{noun}",
                "您身边的{noun}：{detail}",
                "我们是{noun}，{detail}。",
            ],
            "served": ["长期服务{served}", "已为{served}供货{yrs}年"],
            "seek": [
                "目前寻求：{want}",
                "我们正在寻找{want}，欢迎联系！",
                "您是{who}吗？欢迎回复本邮件。",
                "如您是{who}，期待与您交流。",
                "{year}年目标：签约{who}",
                "“找到{want}”——我们今年的头号任务",
                "@诚招{want}",
            ],
            "signoff": ["此致\n敬礼！", "顺祝商祺！", "谢谢！"],
            "name": ["{person}｜{title}", "--\n{person}\n{title}", "{person}　{title}"],
            "company": ["{name}", "{name}｜{city}"],
            "tagline": ["品质成就未来", "用心做好每一件产品", "诚信·专业·共赢", "让美好触手可及"],
            "contact": ["电话：{phone}（微信同号）", "电话：{phone}｜网址：{web}"],
            "disclaimer": ["本邮件及附件可能含有保密信息，如误收请删除。", "温馨提示：打印前请考虑环保。"],
        },
    },
    "report snapshot box": {
        "en": {
            "offer": [
                "Business: {noun}, {detail}.",
                "What it does: operates as {a_noun}, with {detail}.",
                "{Short} is {a_noun} with {detail}.",
                "Profile: one of {region}'s {nouns}, with {detail}.",
                "Scale: {detail}; the company positions itself as {a_noun}.",
                "Known in the trade as {a_noun} ({detail}).",
            ],
            "served": ["Key customers: {served}.", "Sells mainly to {served}."],
            "seek": [
                "Looking for: {want}.",
                "Next step: signing {who} by {year}.",
                "The company is seeking {want}.",
                'In the owner\'s words: "we are missing {want}."',
                "Open question: will it find {who} this year?",
                "If it lands {who}, export sales could double.",
                "@Partner sought: {want}.",
            ],
            "head": ["COMPANY SNAPSHOT: {short}", "Snapshot | {name}", "Box {box}: company snapshot"],
            "facts": ["HQ: {city} · Founded: {year0} · Staff: {staff}", "Founded {year0}; about {staff} employees; based in {city}."],
            "source": ["Source: company interview, {date}.", "Source: {report}, {year}.", "Figures are company estimates."],
        },
        "zh": {
            "offer": [
                "主营：{noun}，{detail}。",
                "业务定位：{noun}；{detail}。",
                "{short}是{region}颇具代表性的{noun}，{detail}。",
                "规模：{detail}，属于{noun}。",
                "公司以{noun}起家，{detail}。",
                "业内通常将其视为{noun}（{detail}）。",
            ],
            "served": ["主要客户：{served}。", "产品主要销往{served}。"],
            "seek": [
                "合作需求：{want}。",
                "下一步：{year}年内签下{who}。",
                "值得关注的是，该公司正在寻找{want}。",
                "公司负责人坦言：“我们最缺的是{want}。”",
                "悬念：今年能否找到{who}？",
                "若能对接{who}，其出口额有望翻番。",
                "@寻求伙伴：{want}。",
            ],
            "head": ["【企业速览】{short}", "专栏｜企业速览：{name}", "表{box}　企业速览"],
            "facts": ["总部：{city}｜成立：{year0}年｜员工：{staff}人", "成立于{year0}年，员工约{staff}人，总部位于{city}。"],
            "source": ["资料来源：企业访谈，{date}。", "来源：《{report}》，{year}年。", "注：数据为企业自报。"],
        },
    },
    "letter of intent": {
        "en": {
            "offer": [
                "WHEREAS Party A is {a_noun} with {detail};",
                (("Whereas Party A, established in {year0}, ", OTHER), ("operates as {a_noun}, with {detail};", OFFER)),
                "1. Party A is {a_noun}, with {detail}.",
                "Party A, {a_noun} in {city}, brings {detail} to this cooperation.",
                "Background: Party A operates as {a_noun} ({detail}).",
                "Party A is one of the established {nouns} in {region}, with {detail}.",
            ],
            "served": ["Party A already supplies {served}.", "Party A's existing customers include {served}."],
            "seek": [
                "@WHEREAS Party A wishes to engage {want} as Party B;",
                "Party B shall be {who}.",
                "@Intended counterparty: {want}.",
                "Party A intends to secure {want} through this cooperation.",
                "Should Party B be {who}, the Parties intend to sign a formal contract within {year}.",
                "Party A plans to appoint {who} within twelve months of signing.",
                'As Party A\'s general manager put it: "we are looking for {want}."',
                "Is Party B {who}? Party A asks for written confirmation before any sample order.",
            ],
            "head": ["LETTER OF INTENT ({trans})", "Letter of Intent — {trans}"],
            "translated": ["English translation of the Chinese 意向书", "translated from the Chinese"],
            "original": ["English original; Chinese translation attached", "English version"],
            "parties": ["Party A: {name}, {city}\nParty B: to be determined", "Party A: {name}\nParty B: [left blank]"],
            "closing": ["This letter is not legally binding.", "This letter of intent is valid for six months from the date of signing.",
                        "Signed for Party A: {person}, {title}   Date: {date}"],
            "note": ["[Translator's note: Party B is left blank in the original.]", "[Seal of Party A]"],
        },
        "zh": {
            "offer": [
                "鉴于甲方为{noun}，{detail}；",
                "一、甲方系{noun}，{detail}。",
                (("甲方成立于{year0}年，", OTHER), ("系{noun}，{detail}。", OFFER)),
                "甲方基本情况：{noun}，{detail}。",
                "甲方作为{region}的{noun}，{detail}。",
                "甲方是一家{noun}，{detail}。",
            ],
            "served": ["甲方现为{served}供货。", "甲方现有客户包括{served}。"],
            "seek": [
                "鉴于甲方有意与{who}建立长期合作；",
                "乙方应为{who}。",
                "@拟合作对象：{want}。",
                "甲方拟通过本次合作落实{want}。",
                "如乙方为{who}，双方拟于{year}年内签订正式合同。",
                "甲方计划于签署后十二个月内确定{want}。",
                "甲方总经理表示：“我们希望找到{want}。”",
                "乙方是否为{who}？甲方请乙方在样品订单前书面确认。",
            ],
            "head": ["{trans}"],
            "translated": ["合作意向书（中文译本）", "意向书（译文）"],
            "original": ["合作意向书", "购销合作意向书", "意向书"],
            "parties": ["甲方：{name}\n乙方：待定", "甲方：{name}（{city}）\n乙方：（待签署）"],
            "closing": ["本意向书不具有法律约束力。", "本意向书自签署之日起六个月内有效。", "甲方（盖章）：{name}　代表：{person}　日期：{date}"],
            "note": ["（译者注：乙方一栏原文空白。）", "（甲方盖章处）"],
        },
    },
}

# A negated want: the role it does not want (other), then the one it does (seek); by person:
# 1 (we), 3 (they / the company) or "A" (Party A of a letter of intent).
NEGATED = {
    ("en", 1): [(("We already have {neg} in place; ", OTHER), ("what we lack is {want}.", SEEK)),
                (("Not looking for {neg} — ", OTHER), ("we want {want}.", SEEK)),
                (("No {neg}, please; ", OTHER), ("we need {want}.", SEEK))],
    ("en", 3): [(("They already have {neg}; ", OTHER), ("what they lack is {want}.", SEEK)),
                (("Not after {neg}; ", OTHER), ("only {want}.", SEEK)),
                (("The company is not seeking {neg}; ", OTHER), ("its priority is {want}.", SEEK))],
    ("en", "A"): [(("Party A already works with {neg}; ", OTHER), ("it now seeks {want}.", SEEK)),
                  (("Party A does not seek {neg}; ", OTHER), ("it seeks {want} only.", SEEK))],
    ("zh", 1): [(("我们不招{neg}，", OTHER), ("只找{want}。", SEEK)),
                (("{neg}已经有了，", OTHER), ("现在缺的是{want}。", SEEK)),
                (("暂不考虑{neg}，", OTHER), ("@只招{want}。", SEEK))],
    ("zh", 3): [(("对方不找{neg}，", OTHER), ("只找{want}。", SEEK)),
                (("该公司已有{neg}，", OTHER), ("目前缺的是{want}。", SEEK)),
                (("不考虑{neg}，", OTHER), ("@只想对接{want}。", SEEK))],
    ("zh", "A"): [(("甲方已有{neg}，", OTHER), ("本次仅寻求{want}。", SEEK)),
                  (("乙方不得为{neg}，", OTHER), ("@应为{want}。", SEEK))],
}
# fmt: on
PERSON = {"warranty card or label": 1, "e-mail signature": 1, "letter of intent": "A"}  # else 3

FILLER = {
    "zh": ["员工{staff}余人。", "{cert}。", "公司始建于{year0}年。", "总部位于{city}。"],
    "en": [
        "About {staff} employees.",
        "{Cert}.",
        "In business since {year0}.",
        "Head office: {city}.",
    ],
}


# --------------------------------------------------------------------------------------------
# Roles: each Chinese company's partner, then the traps beside it, then the chain (dealt out
# from COMBOS by corpus_tools.cn_roles and us_roles)
# --------------------------------------------------------------------------------------------
COMBOS = [(s, w) for s in STAGES for w in NEIGHBOURS[s]]


# --------------------------------------------------------------------------------------------
# One company
# --------------------------------------------------------------------------------------------
USED_NAMES: set[str] = set()


def company_name(
    rng: random.Random, side: str, lang: str, chain: dict, *, stage: str, k: int, city: str
) -> tuple[str, str, bool]:
    """(full name, short name, misleading): the name words often carry a trade noun, and one
    name in five a role word of another stage ("进出口" for a factory, "Mfg." for an importer)."""
    for _ in range(200):
        mis = rng.random() < 0.2
        word = chain[stage]["wzh" if lang == "zh" else "wen"][k]
        extra = MISLEAD[lang][stage] if mis else ""
        if side == "CN" and lang == "zh":
            core = rng.choice(CN_CORE_ZH)
            tail = (
                "厂"
                if stage in "RM" and not mis and rng.random() < 0.2
                else rng.choice(["有限公司", "有限公司", "股份有限公司", "实业有限公司"])
            )
            where = rng.choice([f"{city}市", city, CN_CITY_ZH[city]])
            name, short = f"{where}{core}{word}{extra}{tail}", f"{core}{word}"
        elif side == "CN":
            core = rng.choice(CN_CORE_EN)
            words = f"{word} {extra}".strip()
            name = rng.choice(
                [f"{city} {core} {words} Co., Ltd.", f"{core} {words} ({city}) Co., Ltd."]
            )
            short = core
        elif lang == "en":
            core = rng.choice(US_CORE_EN)
            words = f"{word} {extra}".strip()
            suffix = rng.choice(["Inc.", "LLC", "Corp.", "Co.", "Group"])
            name, short = f"{core} {words} {suffix}", core
        else:
            core = rng.choice(US_CORE_ZH)
            name = rng.choice(
                [f"{core}{word}{extra}（美国）有限公司", f"美国{core}{word}{extra}公司"]
            )
            short = core
        if name not in USED_NAMES:
            USED_NAMES.add(name)
            return name, short, mis
    raise RuntimeError("no free company name")


def want_phrases(
    rng: random.Random, side: str, lang: str, chain: dict, want: str
) -> tuple[str, str | None, str]:
    """(want, who, mode): the wanted partner as a noun phrase, the same as a role noun (None
    when the want names a material), and how it is named (specific, generic, material)."""
    zh_c, en_c, en_n = ABROAD[side]
    if want == "R" and rng.random() < 0.7:
        mode = "material"
    else:
        mode = "generic" if rng.random() < 0.25 else "specific"
    if lang == "zh":
        country = rng.choice(zh_c)
        if mode == "material":
            m = chain["material"][0]
            return rng.choice([m, f"长期稳定的{m}供应", f"{m}货源"]), None, mode
        noun = rng.choice(GENERIC["zh"][want] if mode == "generic" else chain[want]["zh"])
        who = f"{country}{noun}" if mode == "generic" or rng.random() < 0.8 else noun
        adj = rng.choice(["", "", "有渠道的", "靠谱的", "有规模的"])
        return f"{adj}{who}", who, mode
    adj_c, name_c = rng.choice(en_c), rng.choice(en_n)
    if mode == "material":
        m = chain["material"][1]
        return (
            rng.choice(
                [f"a dependable source of {m}", f"{m} from {name_c}", f"{m} on a regular contract"]
            ),
            None,
            mode,
        )
    noun = rng.choice(GENERIC["en"][want] if mode == "generic" else chain[want]["en"])
    who = article(f"{adj_c} {noun}")
    forms = [who, f"{plural(noun)} in {name_c}", f"{adj_c} {plural(noun)}"]
    if mode == "specific":
        forms.append(article(f"{rng.choice(['reputable', 'well-connected', 'growing'])} {noun}"))
    return rng.choice(forms), who, mode


def seek_clauses(
    rng: random.Random, genre: str, lang: str, ctx: Ctx, *, own: str, want: str, flags: Counter
) -> list[tuple[str, str]]:
    """The seek sentence: sometimes a negated want first ("不招代理，只找…")."""
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
            for t in NEGATED[lang, PERSON.get(genre, 3)]
            if ctx["who"] is not None or not needs_party(t)
        ]
        return fill(rng.choice(pool), SEEK, ctx)
    pool = [t for t in T[genre][lang]["seek"] if ctx["who"] is not None or not needs_party(t)]
    return fill(rng.choice(pool), SEEK, ctx)


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
    name, short, mis = company_name(rng, side, lang, chain, stage=stage, k=k, city=city)
    if mis:
        flags["name with another stage's role word"] += 1
    noun = chain[stage][lang][k]
    want_np, who, mode = want_phrases(rng, side, lang, chain, want)
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
    web = f"www.{slug}{key}.{'cn' if side == 'CN' and rng.random() < 0.5 else 'com'}"
    translated = (side == "CN") == (lang == "en")  # a letter of intent not in its home language
    ctx = Ctx(
        chain=chain, name=name, short=short, noun=noun, nouns=plural(noun) if lang == "en" else noun,
        a_noun=article(noun) if lang == "en" else noun, detail=chain[stage]["d" + lang][k],
        product=chain["material" if stage == "R" else "product"][li], want=want_np, who=who, city=city,
        region=REGION[home][CN_CITY_ZH[city] if home == ("CN", "zh") else city], year=year, year0=rng.randint(1992, 2018), yrs=rng.randint(6, 28),
        person=person, first=person.split()[0] if lang == "en" else person,
        title=rng.choice(TITLES[lang]), show=rng.choice(SHOWS[cat][li]), n=rng.randint(12, 980),
        date=f"{year}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日" if lang == "zh" else f"{rng.randint(1, 12)}/{rng.randint(1, 28)}/{year}",
        time=f"{rng.randint(8, 18)}:{rng.randint(0, 59):02d}", colleague=rng.choice(COLLEAGUES[lang]),
        staff=f"{rng.choice([45, 90, 160, 300, 520, 1100, 2400]):{',' if lang == 'en' else ''}}", cert=rng.choice(CERTS[cat][li]),
        months=rng.choice([6, 12, 24]), lot=f"{rng.choice('ABCDHKMT')}{year % 100}{rng.randint(100, 999)}",
        qc=rng.randint(1, 40), phone=phone, web=web, line=rng.randint(1, 4), mins=rng.randint(4, 25),
        box=f"{rng.randint(2, 9)}.{rng.randint(1, 6)}", report=rng.choice(REPORTS[lang]),
    )  # fmt: skip
    if genre == "letter of intent":
        ctx["trans"] = rng.choice(tpl["translated" if translated else "original"])
    # the offer: the company, sometimes the customers it already serves (not what it seeks)
    pool = [t for t in tpl["offer"] if stage != "E" or "{product}" not in str(t)]
    offer = [fill(rng.choice(pool), OFFER, ctx)]
    served = [x for x in SERVES[stage] if x != want]
    if served and rng.random() < 0.7:
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
    ]
    filler = fill(rng.choice(fresh), OTHER, ctx)
    for _ in range(50):  # 1 to 8 sentences or lines
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
def prefixed(prefix: str, sentence: list) -> list:
    """``sentence`` with ``prefix`` glued to its first clause (a label of the line)."""
    if not prefix:
        return sentence
    return [(prefix + sentence[0][0], sentence[0][1]), *sentence[1:]]


def warranty_layout(rng, lang, tpl, ctx, *, offer, seek, filler):
    lines = [[one(rng, tpl["head"], OTHER, ctx)]]
    banner = rng.random() < 0.25  # "诚招…" printed right under the header
    if banner:
        lines.append([seek])
    for f in rng.sample(tpl["field"], rng.randint(1, 2)):
        lines.append([fill(f, OTHER, ctx)])
    body = list(offer) + ([filler] if rng.random() < 0.3 else [])
    lines.append(body if banner else place(rng, body, seek, first=0.2, last=0.4))
    lines.append([one(rng, tpl["contact"], OTHER, ctx)])
    return lines


def call_log_layout(rng, lang, tpl, ctx, *, offer, seek, filler):
    lines = [[one(rng, tpl["head"], OTHER, ctx)]]
    if rng.random() < 0.75:
        lines.append([one(rng, tpl["caller"], OTHER, ctx)])
    body = list(offer) + ([filler] if rng.random() < 0.25 else [])
    notes = place(rng, body, seek, first=0.3, last=0.35)
    if not re.match(r"[\w' ]{1,20}[:：]", notes[0][0][0]):  # no second label before a label
        notes[0] = prefixed(rng.choice(tpl["notes"]), notes[0])
    lines.append(notes)
    lines.append([one(rng, tpl["action"], OTHER, ctx)])
    return lines


def signature_layout(rng, lang, tpl, ctx, *, offer, seek, filler):
    lines = []
    if rng.random() < 0.5:
        lines.append([one(rng, tpl["signoff"], OTHER, ctx)])
    lines.append([one(rng, tpl["name"], OTHER, ctx)])
    lines.append([one(rng, tpl["company"], OTHER, ctx)])
    body = list(offer)
    if rng.random() < 0.5:
        body.insert(rng.randint(0, len(body)), one(rng, tpl["tagline"], OTHER, ctx))
    lines += [[s] for s in place(rng, body, seek, first=0.25, last=0.4)]
    lines.append([one(rng, tpl["contact"], OTHER, ctx)])
    if rng.random() < 0.3:
        lines.append([one(rng, tpl["disclaimer"], OTHER, ctx)])
    return lines


def snapshot_layout(rng, lang, tpl, ctx, *, offer, seek, filler):
    lines = [[one(rng, tpl["head"], OTHER, ctx)]]
    facts = rng.random() < 0.7
    if facts:
        lines.append([one(rng, tpl["facts"], OTHER, ctx)])
    body = list(offer) + ([filler] if not facts and rng.random() < 0.5 else [])
    lines += [[s] for s in place(rng, body, seek, first=0.3, last=0.35)]
    if rng.random() < 0.7:
        lines.append([one(rng, tpl["source"], OTHER, ctx)])
    return lines


def intent_layout(rng, lang, tpl, ctx, *, offer, seek, filler):
    lines = [[one(rng, tpl["head"], OTHER, ctx)], [one(rng, tpl["parties"], OTHER, ctx)]]
    lines += [[s] for s in place(rng, list(offer), seek, first=0.3, last=0.35)]
    lines.append([one(rng, tpl["closing"], OTHER, ctx)])
    if rng.random() < 0.3:
        lines.append([one(rng, tpl["note"], OTHER, ctx)])
    return lines


MAX_UNITS = 8


LAYOUT = {
    "warranty card or label": warranty_layout,
    "secretariat call log": call_log_layout,
    "e-mail signature": signature_layout,
    "report snapshot box": snapshot_layout,
    "letter of intent": intent_layout,
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
    if re.match(r"(If|Should|如|若)", text):
        return "condition"
    if re.search(r"plan|goal|Next step|计划|目标|下一步", text):
        return "plan"
    if re.match(r"[A-Za-z' ]{0,18}:|[\u4e00-\u9fff]{1,5}：", text):
        return "label"
    return "statement"


def build() -> tuple[dict, dict, dict, dict]:
    rng = random.Random(SEED)
    USED_NAMES.clear()
    roles: list[tuple[str, str, str, str]] = []  # side, chain, stage, want
    coverage, possible = 0, 0
    for key, cn in zip(CHAINS, cn_roles(rng, COMBOS, n_cn=N_CN, n_chains=len(CHAINS)), strict=True):
        us, score = us_roles(rng, cn, COMBOS, n_us=N_US)
        coverage += score
        possible += possible_traps(cn, COMBOS)
        roles += [("CN", key, s, w) for s, w in cn] + [("US", key, s, w) for s, w in us]
    n_cn, n_us = N_CN * len(CHAINS), N_US * len(CHAINS)
    cn_slots = slots(rng, n_cn, "en", round(MINORITY_SHARE * n_cn), "zh", genres=GENRES)
    us_slots = slots(rng, n_us, "zh", round(MINORITY_SHARE * n_us), "en", genres=GENRES)
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
        flags[position(seg)] += 1
        flags["shape: " + shape(next(t for t, k in seg if k == SEEK))] += 1
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
        assert len(text.split("\n")) <= 8, o["id"]
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
    profiles, gold, segs, info = build()
    meta, flags = info["meta"], info["flags"]
    check(profiles, gold, segs, meta)
    for suffix, data in (("", profiles), ("_gold", gold), ("_segments", segs)):
        (HERE / f"roles_corpus12{suffix}.json").write_text(
            json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8"
        )
    orgs = profiles["organizations"]
    print(f"roles_corpus12: {sum(o['side'] == 'CN' for o in orgs)} CN x {sum(o['side'] == 'US' for o in orgs)} US, "
          f"{len(gold['partners'])} companies with a partner, chains: {', '.join(CHAINS)}")  # fmt: skip
    for g in GENRES:
        c = Counter((m[0], m[5]) for m in meta.values() if m[4] == g)
        print(
            f"  {g:24s} "
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
