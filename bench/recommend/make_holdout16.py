# ruff: noqa: E501  (the profile phrases are data; wrapping them would only hurt reading)
"""Write the sixteenth held-out ROLE set (issue 18): ``roles_holdout16.json`` / ``roles_holdout16_gold.json``.

    python bench/recommend/make_holdout16.py

Written on 2026-12-05 (on main) by a helper session that neither read nor ran the engine (nor
its evaluation, its docs or its studies), and committed before any engine ran on it: the clean
test of a later change, to be evaluated once, by the lead. Nothing is fitted or tuned on it.

Same structure as ``make_holdout15.py``; the helpers are imported, not copied: from
``make_holdout6.py`` how companies are placed along a chain (``assemble`` with shuffled traps:
the partner, a competitor of the query, a company offering what the query seeks but wanting
something else, one wanting the query's product but offering nothing it seeks, then the rest
of the chain) and how gold is derived and written; from ``make_holdout8.py`` English plurals
and capitals; from ``make_holdout9.py`` how a want is picked from three pools (``pick_want``)
and how a company is named and its language chosen (``org_writer``); from ``make_holdout10.py``
the check that each Chinese company has one or two partners (``_fits``); from
``make_holdout11.py`` labelled form fields (``_field``) and distinct US names
(``_distinct_names``, here with this set's surnames). Its chains, sentences and names are its
own:

* ten value chains in no earlier set (their keys and role nouns checked against the chain
  lists of ``make_holdout*.py``, ``make_roles.py``, ``make_dataset.py`` and
  ``make_validation.py``), five in food and household goods (frozen french fries, pickles,
  non-slip socks, garden hoses, padlocks) and five in industrial goods (suspension insulators,
  solar water heaters, wrenches, aquaculture net pens, grinding wheels), each with a part or
  material supplier, a maker, a distributor or service company and an end buyer whose own
  business is something else (processing potato grower, pickling cucumber grower, covered yarn
  spinner, rubber compounder, lock cylinder maker, insulator hardware foundry, evacuated tube
  maker, chrome vanadium bar mill, UHMWPE fiber producer, fused alumina smelter; solar thermal
  installer and net service company as the service roles, mobile tool dealer among the
  distributors; burger chain, sandwich shop chain, hospital network, wholesale plant nursery,
  self-storage operator, rural electric cooperative, motel chain, aircraft maintenance
  company, salmon farm, structural steel fabricator); beside each chain's own companies (the
  partner, the traps, the rest of the chain) stand four other chains of the same sector;
* texts of six kinds no earlier set has, drawn with equal odds (14 to 21 of the 110 each, as
  ``main`` prints): a LinkedIn-style "About us" page (overview, then Industry / Company size /
  Headquarters / Founded / Specialties lines), a trade-fair catalogue entry with product
  specifications, MOQ and lead time (an exhibitor's, or a registered trade visitor's for an
  end buyer and some distributors), a procurement notice (a request for quotation when the
  company buys from the stage it wants, a call for partners when it sells to it), a
  WeChat-group self-introduction (in prose or with ✅ bullets; a chat-group introduction in
  English), a chamber newsletter's "new members" item and a press release; an end buyer or a
  maker buying its input states its need in its own words (``NEEDS``), not in the supplier's
  catalogue wording (``SPECS``), while a distributor orders catalogue lines; some name whom
  the company already sells to;
* the want in three kinds, about a third each: with a cue word, naming the partner without
  one, implied by the company's plan; half the time the wanted company is called by another
  common name than the one it uses for itself (``ALIASES``: "fry plant", "electric co-op",
  "tool truck dealer"…), as companies do;
* 35 of the 40 Chinese companies in Chinese, 5 in English (``org_writer`` fixes five); US
  companies in English, two with a short Chinese version beside it; no two companies share a
  name (a US name already taken gets the first unused surname and legal form,
  ``_distinct_names``; the seed is one whose Chinese names do not clash).

A pair is gold when each side offers what the other seeks (same chain, stage of one = want of
the other, both ways), as in the other role sets.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from collections.abc import Callable

from make_holdout6 import HERE, STAGES, _an, assemble, write_set
from make_holdout8 import _cap, _plural
from make_holdout9 import org_writer, pick_want
from make_holdout10 import _fits  # one or two partners for each Chinese company
from make_holdout11 import _distinct_names, _field

# The first seed from 1600 on giving every Chinese company one or two partners and no two
# companies the same name (searched by the gold and the names alone, nothing else read);
# ``build`` (names) and ``main`` (partners and the rest) check it.
SEED = 1600

# key -> stage -> (Chinese noun, English noun, Chinese detail, English detail), as STAGES says
CHAINS: list[tuple[str, STAGES]] = [
    ("fries", {
        "R": ("加工型马铃薯种植企业", "processing potato grower",
              "夏波蒂与大西洋品种种植1.6万亩，年收鲜薯28万吨", "11,000 acres of Russet Burbank and Shepody, about 300,000 tons harvested a year"),
        "M": ("速冻薯条生产企业", "frozen french fry processor",
              "速冻薯条与薯角年产12万吨", "120,000 tonnes of frozen fries and wedges a year"),
        "D": ("冷冻食品分销商", "frozen food distributor",
              "零下25度冷库4万个托盘位，冷藏车150辆", "40,000 pallet positions at -25°C and 150 reefer trucks"),
        "E": ("汉堡连锁餐厅", "burger chain",
              "门店620家", "620 burger restaurants"),
    }),
    ("pickle", {
        "R": ("小黄瓜种植基地", "pickling cucumber grower",
              "订单种植小黄瓜8000亩", "3,000 acres of pickling cucumbers grown on contract"),
        "M": ("酸黄瓜加工厂", "pickle packer",
              "盐渍与醋渍酸黄瓜年产5万吨", "50,000 tonnes of brined and vinegar-packed pickles a year"),
        "D": ("进口食品批发商", "specialty food importer",
              "进口食品单品2600个，服务熟食店与超市1800家", "2,600 imported grocery lines for 1,800 delis and supermarkets"),
        "E": ("三明治连锁店", "sandwich shop chain",
              "门店1300家", "1,300 sandwich shops"),
    }),
    ("socks", {
        "R": ("包覆纱生产企业", "covered yarn spinner",
              "锦纶氨纶包覆纱与精梳棉纱年产1.2万吨", "12,000 tonnes of nylon-spandex covered yarn and combed cotton a year"),
        "M": ("袜子织造厂", "sock mill",
              "电脑袜机1200台，防滑袜与运动袜年产1.5亿双", "1,200 knitting machines turning out 150 million pairs of non-slip and athletic socks a year"),
        "D": ("袜品批发商", "hosiery wholesaler",
              "常备袜品900款，服务零售与机构客户", "900 sock styles in stock for stores and institutions"),
        "E": ("医院集团", "hospital network",
              "旗下医院36家，床位1.1万张", "thirty-six hospitals with 11,000 beds"),
    }),
    ("hose", {
        "R": ("橡胶混炼厂", "rubber compounder",
              "三元乙丙与丁苯混炼胶年产4万吨", "40,000 tonnes of EPDM and SBR compounds a year"),
        "M": ("园艺水管生产企业", "garden hose manufacturer",
              "橡胶与复合园艺水管年产2800万米", "ninety million feet of rubber and hybrid garden hose a year"),
        "D": ("园艺用品批发商", "lawn and garden wholesaler",
              "服务园艺中心与五金店3500家", "3,500 garden centers and hardware stores served"),
        "E": ("批发苗圃", "wholesale plant nursery",
              "苗圃面积600公顷", "1,500 acres of container stock"),
    }),
    ("padlock", {
        "R": ("锁芯生产企业", "lock cylinder maker",
              "铜锁芯与弹子年产3000万套", "thirty million brass cylinders and pin sets a year"),
        "M": ("挂锁制造商", "padlock manufacturer",
              "叶片挂锁与硼钢锁梁挂锁年产4000万把", "forty million laminated and boron-shackle padlocks a year"),
        "D": ("锁具批发商", "locksmith supply distributor",
              "服务锁匠店与五金店4200家", "4,200 locksmiths and hardware stores supplied"),
        "E": ("自助仓储运营商", "self-storage operator",
              "自助仓储门店480家，仓位32万个", "480 facilities with 320,000 storage units"),
    }),
    ("insulator", {
        "R": ("绝缘子金具铸造厂", "insulator hardware foundry",
              "球墨铸铁钢帽与钢脚年产1500万件", "fifteen million ductile iron caps and forged pins a year"),
        "M": ("悬式绝缘子制造商", "suspension insulator manufacturer",
              "瓷质与钢化玻璃盘形绝缘子年产800万片", "eight million porcelain and toughened glass disc insulators a year"),
        "D": ("输配电金具经销商", "power line hardware distributor",
              "库存线路金具与绝缘子4800种", "4,800 line hardware and insulator items in stock"),
        "E": ("地方电力公司", "rural electric cooperative",
              "架空线路1.8万公里，用户26万户", "11,000 miles of overhead line and 260,000 members"),
    }),
    ("solarheater", {
        "R": ("全玻璃真空集热管生产企业", "evacuated tube maker",
              "高硼硅3.3玻璃真空管年产1800万支", "eighteen million borosilicate evacuated tubes a year"),
        "M": ("太阳能热水器制造商", "solar water heater manufacturer",
              "紧凑式与分体承压式热水器年产60万台", "600,000 thermosiphon and split pressurized systems a year"),
        "D": ("太阳能热水器安装服务商", "solar thermal installer",
              "安装队伍45支，年装机4000套", "forty-five crews installing 4,000 systems a year"),
        "E": ("汽车旅馆连锁", "motel chain",
              "旗下汽车旅馆310家", "310 roadside motels"),
    }),
    ("wrench", {
        "R": ("铬钒钢棒材厂", "chrome vanadium bar mill",
              "50CrV4与6150合金钢棒年产9万吨", "90,000 tons of 50CrV4 and 6150 alloy bar a year"),
        "M": ("扳手锻造厂", "wrench forge",
              "开口、梅花与棘轮扳手年产3500万把", "thirty-five million combination and ratcheting wrenches a year"),
        "D": ("工具车经销商", "mobile tool dealer",
              "工具车96辆，每周上门服务修车厂", "ninety-six tool trucks calling on repair shops every week"),
        "E": ("飞机维修企业", "aircraft maintenance company",
              "维修机库6座，年完成定检300架次", "six hangars and 300 heavy checks a year"),
    }),
    ("netpen", {
        "R": ("超高分子量聚乙烯纤维生产企业", "UHMWPE fiber producer",
              "超高分子量聚乙烯纤维年产6000吨", "6,000 tonnes of UHMWPE fiber a year"),
        "M": ("深水网箱网衣制造商", "aquaculture net maker",
              "无结网与经编网衣年产1.1万吨", "11,000 tonnes of knotless and warp-knit net pens a year"),
        "D": ("网衣清洗维修服务商", "net service company",
              "网衣基地3处，提供网衣供应、清洗、修补与防污处理", "three net yards supplying, washing, mending and antifouling net pens"),
        "E": ("三文鱼养殖企业", "salmon farm",
              "海上养殖场21处，年产三文鱼4万吨", "twenty-one sea sites producing 40,000 tonnes of salmon a year"),
    }),
    ("grindwheel", {
        "R": ("棕刚玉冶炼厂", "fused alumina smelter",
              "棕刚玉与白刚玉年产8万吨", "80,000 tonnes of brown and white fused alumina a year"),
        "M": ("砂轮制造商", "grinding wheel manufacturer",
              "树脂切割片与角磨片年产2亿片", "200 million resin cut-off and grinding discs a year"),
        "D": ("焊材磨料经销商", "welding and abrasives supplier",
              "门店38家，备货焊材、磨料与工业气体", "thirty-eight stores stocking filler metal, abrasives and gas"),
        "E": ("钢结构加工厂", "structural steel fabricator",
              "钢结构年加工量12万吨", "120,000 tons of structural steel fabricated a year"),
    }),
]  # fmt: skip

# key -> (Chinese input, English input, Chinese product, English product,
#         supplier's certificate (zh, en), maker's certificate (zh, en))
TRADE = {
    "fries": ("鲜薯", "processing potatoes", "速冻薯条", "frozen fries", "种植基地通过GLOBALG.A.P.认证", "GLOBALG.A.P. certified", "工厂通过BRCGS A级与FSSC 22000认证", "BRCGS grade A and FSSC 22000 certified"),
    "pickle": ("小黄瓜", "pickling cucumbers", "酸黄瓜", "pickles", "基地为出口备案种植基地", "a registered export growing base", "工厂已完成FDA注册并通过BRCGS认证", "FDA registered and BRCGS certified"),
    "socks": ("包覆纱", "covered yarn", "防滑袜", "non-slip socks", "纱线获OEKO-TEX 100一级认证", "OEKO-TEX Standard 100 class I", "工厂通过WRAP认证与BSCI审核", "WRAP certified and BSCI audited"),
    "hose": ("混炼胶", "rubber compound", "园艺水管", "garden hoses", "混炼胶符合RoHS与REACH要求", "RoHS and REACH compliant", "水管通过NSF/ANSI 372认证", "NSF/ANSI 372 certified lead-free"),
    "padlock": ("锁芯", "lock cylinders", "挂锁", "padlocks", "锁芯通过EN 1303检测", "tested to EN 1303", "挂锁通过ASTM F883检测", "tested to ASTM F883"),
    "insulator": ("钢帽钢脚", "caps and pins", "悬式绝缘子", "suspension insulators", "铸件热镀锌层符合ASTM A153", "galvanized to ASTM A153", "产品符合ANSI C29.2与IEC 60383", "built to ANSI C29.2 and IEC 60383"),
    "solarheater": ("真空集热管", "evacuated tubes", "太阳能热水器", "solar water heaters", "集热管按EN 12975检测", "tested to EN 12975", "整机获SRCC OG-300认证", "SRCC OG-300 certified"),
    "wrench": ("铬钒钢棒材", "chrome vanadium bar", "扳手", "wrenches", "棒材按ASTM A322交货", "supplied to ASTM A322", "扳手符合ASME B107与ISO 691", "made to ASME B107 and ISO 691"),
    "netpen": ("超高分子量聚乙烯纤维", "UHMWPE fiber", "网衣", "net pens", "纤维断裂强度经SGS检测", "tenacity tested by SGS", "网衣按挪威NS 9415标准设计", "designed to the Norwegian NS 9415 standard"),
    "grindwheel": ("棕刚玉", "fused alumina", "砂轮片", "grinding wheels", "磨料粒度符合FEPA标准", "graded to FEPA standards", "砂轮通过oSa认证与ANSI B7.1检测", "certified by oSa and tested to ANSI B7.1"),
}  # fmt: skip

# key -> (input spec zh, en, product spec zh, en): as a seller lists them in a catalogue
SPECS = {
    "fries": ("干物质21%以上，薯长75毫米以上", "dry matter above 21%, tubers over 3 inches", "7毫米细薯与9毫米带皮直薯，预炸后单体速冻，-18℃储运", "1/4-inch shoestring and 3/8-inch skin-on cuts, par-fried and IQF, shipped at 0°F"),
    "pickle": ("瓜长6至9厘米，直径2.5厘米以下", "3- to 4-inch fruit under one inch across", "切片、切条与整条，盐度8%，3.8升与19升桶装", "chips, spears and whole dills in 1- and 5-gallon pails"),
    "socks": ("20D锦纶包40D氨纶，单包与双包", "20-denier nylon over 40-denier spandex, single and double covered", "硅胶点胶防滑底，均码与加大码，按颜色区分跌倒风险", "silicone tread soles, one size and XL, color-coded for fall risk"),
    "hose": ("邵氏硬度60±5，耐臭氧", "60 ±5 Shore A, ozone resistant", "内径5/8英寸，长25、50、100英尺，黄铜接头，爆破压力500 psi", "5/8-inch ID in 25, 50 and 100 ft lengths, brass couplings, 500 psi burst"),
    "padlock": ("5弹子与6弹子，H62黄铜，可做总钥匙系统", "5- and 6-pin, brass, master-keyable", "锁体40至60毫米，硼钢锁梁8至11毫米，可同花", "40-60 mm bodies, 8-11 mm boron steel shackles, keyed-alike sets"),
    "insulator": ("QT450-10球铁钢帽，16与20毫米钢脚", "ductile iron caps with 16 and 20 mm pins", "机电破坏负荷70至300千牛，爬电距离295毫米以上", "15,000 to 50,000 lb M&E ratings, ANSI classes 52-3 and 52-5"),
    "solarheater": ("管径58毫米、长1800毫米，三靶镀膜，吸收率0.93以上", "58 x 1800 mm tubes, three-target coating, absorptance above 0.93", "水箱150至300升，SUS304内胆，承压0.6兆帕", "40- to 80-gallon tanks, 304 stainless lining, rated to 87 psi"),
    "wrench": ("直径16至40毫米，退火交货，脱碳层0.2毫米以内", "16-40 mm rounds, annealed, decarb under 0.2 mm", "6至32毫米及1/4至1-1/4英寸，镜面镀铬，72齿棘轮", "6-32 mm and 1/4 to 1-1/4 in., mirror chrome, 72-tooth ratchets"),
    "netpen": ("1600D，断裂强度35 cN/dtex以上", "1,600 denier, tenacity above 35 cN/dtex", "网目25至35毫米，周长90至160米，深15至40米", "25-35 mm mesh, 90 to 160 m around, 15 to 40 m deep"),
    "grindwheel": ("粒度F16至F120，三氧化二铝含量95%以上", "F16 to F120 grit, over 95% Al2O3", "直径115至230毫米，厚1至6毫米，最高线速80米/秒", "4-1/2 to 9 inch, 0.04 to 1/4 inch thick, rated to 80 m/s"),
}  # fmt: skip

# key -> (input need zh, en, product need zh, en): as a buyer words what it wants to buy
NEEDS = {
    "fries": ("薯形长、干物质高的加工薯，收获季后可冷库储存", "long, high-solids processing potatoes that store into spring", "9毫米左右带皮直切薯条，年用量约3000吨", "skin-on straight cut fries around 3/8 inch, some 6 million lb a year"),
    "pickle": ("长度均匀、籽腔小的鲜小黄瓜，采收后24小时内入罐", "even, small-seeded cucumbers brined within a day of picking", "三明治用酸黄瓜切片，每年约4万桶", "sandwich-cut dill chips, about 40,000 pails a year"),
    "socks": ("弹性持久、耐反复洗涤的锦纶氨纶包覆纱", "nylon-spandex covered yarn that holds its stretch through laundering", "病号防滑袜，双面防滑，可工业洗涤，年用量约200万双", "double-tread patient socks that survive industrial laundry, about two million pairs a year"),
    "hose": ("耐候、耐臭氧的水管用胶料", "weather- and ozone-resistant hose compound", "3/4英寸加厚水管配快速接头，年用量约8000条", "heavy-duty 3/4-inch hose with quick couplers, about 8,000 lengths a year"),
    "padlock": ("可做总钥匙系统的黄铜锁芯", "master-keyable brass cylinders", "防剪硼钢挂锁，供租户使用，年用量约25万把", "cut-resistant boron-shackle padlocks for tenants, about 250,000 a year"),
    "insulator": ("热镀锌钢帽与钢脚，按图纸加工", "galvanized caps and pins machined to our drawings", "35至69千伏线路用悬式绝缘子及抢修备品", "suspension insulators for 35 to 69 kV lines plus storm stock"),
    "solarheater": ("抗冰雹的58毫米真空管", "hail-resistant 58 mm evacuated tubes", "每家门店一套商用太阳能热水系统，带电辅助加热", "one commercial solar hot water system per property, with electric backup"),
    "wrench": ("锻造用铬钒合金钢圆棒", "chrome vanadium rounds for forging", "公英制两用扳手与棘轮扳手套装，年更新约1.2万件", "metric and SAE combination and ratcheting wrench sets, about 12,000 pieces a year"),
    "netpen": ("高强度、抗紫外线的编网纤维", "high-tenacity, UV-stable fiber for netting", "周长160米网箱网衣，每年更换约40套", "160 m net pens, about forty replaced a year"),
    "grindwheel": ("切割片用棕刚玉，粒度F24至F60", "brown fused alumina in F24 to F60 for cut-off wheels", "4-1/2与7英寸切割片及角磨片，年用量约30万片", "4-1/2 and 7 inch cut-off and grinding wheels, about 300,000 a year"),
}  # fmt: skip

# key -> stage -> another common name (zh, en) by which others call a company of that stage
ALIASES = {
    "fries": {"R": ("马铃薯种植基地", "potato farm"), "M": ("薯条厂", "fry plant"), "D": ("冷链食品批发商", "frozen foodservice distributor"), "E": ("快餐连锁", "quick-service restaurant chain")},
    "pickle": {"R": ("黄瓜种植户", "cucumber farm"), "M": ("腌渍菜加工厂", "pickle processor"), "D": ("食品进口商", "grocery importer"), "E": ("三明治店连锁", "sub shop chain")},
    "socks": {"R": ("纱厂", "yarn mill"), "M": ("织袜厂", "sock knitter"), "D": ("袜子批发商", "sock wholesaler"), "E": ("医院", "hospital system")},
    "hose": {"R": ("胶料厂", "rubber compounding plant"), "M": ("水管厂", "hose factory"), "D": ("园林用品经销商", "garden products distributor"), "E": ("苗圃", "nursery grower")},
    "padlock": {"R": ("锁芯厂", "cylinder supplier"), "M": ("挂锁厂", "padlock factory"), "D": ("锁具经销商", "lock distributor"), "E": ("自助仓储公司", "self storage company")},
    "insulator": {"R": ("金具铸造厂", "cap and pin foundry"), "M": ("绝缘子厂", "insulator maker"), "D": ("电力金具经销商", "utility hardware distributor"), "E": ("电力合作社", "electric co-op")},
    "solarheater": {"R": ("真空管厂", "evacuated tube supplier"), "M": ("太阳能热水器厂", "solar water heater factory"), "D": ("太阳能热水器安装商", "solar hot water installer"), "E": ("汽车旅馆", "motel operator")},
    "wrench": {"R": ("合金钢棒材供应商", "alloy bar supplier"), "M": ("扳手厂", "wrench maker"), "D": ("上门工具经销商", "tool truck dealer"), "E": ("航空维修厂", "aircraft maintenance shop")},
    "netpen": {"R": ("高强纤维厂", "high-strength fiber maker"), "M": ("网衣厂", "net pen maker"), "D": ("网衣服务站", "net yard"), "E": ("三文鱼养殖场", "salmon farmer")},
    "grindwheel": {"R": ("刚玉厂", "abrasive grain producer"), "M": ("砂轮厂", "abrasive wheel maker"), "D": ("焊材商店", "welding supply store"), "E": ("钢构厂", "steel fabrication shop")},
}  # fmt: skip

# key -> stage -> (industry zh, industry en, specialties zh, specialties en), for "About us" pages
PROFILE = {
    "fries": {"R": ("农业种植", "Farming", "加工型马铃薯、订单种植、冷库储藏", "processing potatoes, contract growing, climate-controlled storage"),
              "M": ("食品制造", "Food and Beverage Manufacturing", "速冻薯条、薯角、裹粉薯条", "frozen fries, wedges, coated fries"),
              "D": ("食品批发", "Wholesale", "冷冻食品、冷链配送、餐饮客户服务", "frozen foods, cold-chain delivery, foodservice accounts"),
              "E": ("餐饮", "Restaurants", "汉堡、炸鸡、特许经营", "burgers, chicken sandwiches, franchising")},
    "pickle": {"R": ("农业种植", "Farming", "小黄瓜、订单农业、田间分级", "pickling cucumbers, contract farming, field grading"),
               "M": ("食品制造", "Food and Beverage Manufacturing", "盐渍黄瓜、醋渍菜、餐饮大包装", "brined cucumbers, vinegar pickles, foodservice pails"),
               "D": ("食品进口与批发", "Food and Beverage Wholesale", "进口调味品、腌渍食品、熟食店供货", "imported condiments, pickled goods, deli supply"),
               "E": ("餐饮", "Restaurants", "三明治、沙拉、团餐外送", "subs, salads, catering")},
    "socks": {"R": ("纺织", "Textile Manufacturing", "包覆纱、精梳棉纱、色纱定制", "covered yarn, combed cotton, custom dyeing"),
              "M": ("服装与纺织制造", "Apparel Manufacturing", "防滑袜、运动袜、压力袜", "non-slip socks, athletic socks, compression hosiery"),
              "D": ("批发", "Wholesale", "袜品、贴身衣物、机构采购", "socks, basics, institutional supply"),
              "E": ("医院与医疗服务", "Hospitals and Health Care", "急诊、骨科、康复护理", "emergency care, orthopedics, rehabilitation")},
    "hose": {"R": ("橡胶制品", "Rubber Products Manufacturing", "三元乙丙混炼胶、丁苯胶、定制配方", "EPDM compounds, SBR, custom formulations"),
             "M": ("塑料与橡胶制品制造", "Plastics and Rubber Product Manufacturing", "园艺水管、喷枪、卷管器", "garden hose, spray nozzles, hose reels"),
             "D": ("批发", "Wholesale", "园艺工具、浇灌用品、季节备货", "lawn and garden tools, watering products, seasonal programs"),
             "E": ("农业与园艺", "Farming", "容器苗、观赏灌木、宿根花卉", "container trees, shrubs, perennials")},
    "padlock": {"R": ("五金配件制造", "Hardware Manufacturing", "锁芯、弹子、钥匙坯", "lock cylinders, pin kits, key blanks"),
                "M": ("五金制造", "Hardware Manufacturing", "叶片挂锁、硼钢挂锁、同花锁", "laminated padlocks, boron shackle padlocks, keyed-alike sets"),
                "D": ("批发", "Wholesale", "锁具、配钥匙机、门禁配件", "locks, key machines, access hardware"),
                "E": ("仓储与不动产", "Real Estate", "自助仓储、车辆存放、门禁管理", "self storage, vehicle storage, gate access")},
    "insulator": {"R": ("铸造", "Foundries", "球墨铸铁钢帽、锻造钢脚、热镀锌", "ductile iron caps, forged pins, hot-dip galvanizing"),
                  "M": ("电气设备制造", "Electrical Equipment Manufacturing", "盘形悬式绝缘子、钢化玻璃绝缘子、针式绝缘子", "suspension discs, toughened glass insulators, pin insulators"),
                  "D": ("批发", "Wholesale", "线路金具、绝缘子、抢修备品", "line hardware, insulators, storm stock"),
                  "E": ("公用事业", "Utilities", "农村配电、线路巡检、停电抢修", "rural distribution, line patrol, outage restoration")},
    "solarheater": {"R": ("玻璃制品", "Glass Product Manufacturing", "全玻璃真空管、热管、选择性镀膜", "all-glass evacuated tubes, heat pipes, selective coatings"),
                    "M": ("可再生能源设备制造", "Renewable Energy Equipment Manufacturing", "紧凑式热水器、分体承压系统、工程集热器", "thermosiphon heaters, split pressurized systems, commercial collectors"),
                    "D": ("可再生能源服务", "Renewable Energy Services", "太阳能热水安装、维修保养、补贴申报", "solar hot water installation, service, rebate paperwork"),
                    "E": ("住宿", "Hospitality", "汽车旅馆、长住公寓、加盟管理", "roadside motels, extended stay, franchise management")},
    "wrench": {"R": ("钢铁", "Steel Manufacturing", "铬钒钢、合金结构钢、退火棒材", "chrome vanadium, alloy bar, annealed rounds"),
               "M": ("工具制造", "Tool Manufacturing", "两用扳手、棘轮扳手、套筒", "combination wrenches, ratcheting wrenches, sockets"),
               "D": ("工具零售", "Retail", "工具车上门、分期付款、质保换新", "tool truck routes, weekly payment plans, warranty swaps"),
               "E": ("航空", "Aviation and Aerospace", "机体定检、发动机修理、航线维护", "airframe checks, engine shop, line maintenance")},
    "netpen": {"R": ("化学纤维", "Chemical Manufacturing", "超高分子量聚乙烯纤维、高强丝、色丝", "UHMWPE fiber, high-tenacity yarn, dyed yarn"),
               "M": ("渔业装备制造", "Fishing Equipment Manufacturing", "深水网箱网衣、防鸟网、防鲨网", "net pens, bird nets, predator nets"),
               "D": ("渔业服务", "Fisheries Services", "网衣清洗、修补、防污涂层", "net washing, mending, antifouling"),
               "E": ("水产养殖", "Fisheries", "大西洋鲑、虹鳟、海上养殖", "Atlantic salmon, steelhead, sea-site farming")},
    "grindwheel": {"R": ("冶金", "Mining and Metals", "棕刚玉、白刚玉、分级磨料", "brown fused alumina, white fused alumina, graded grit"),
                   "M": ("磨料磨具制造", "Abrasives Manufacturing", "树脂切割片、角磨片、百叶片", "cut-off wheels, depressed-center wheels, flap discs"),
                   "D": ("批发", "Wholesale", "焊材、磨料、工业气体", "filler metals, abrasives, industrial gases"),
                   "E": ("建筑钢结构", "Construction", "钢结构加工、桥梁构件、厂房钢构", "structural steel, bridge girders, industrial buildings")},
}  # fmt: skip

ORDER = "RMDE"  # up the chain: a company buys from a stage before its own, sells to one after
DOWN = {"R": "M", "M": "D", "D": "E"}
ABROAD_ZH = ["日本", "澳大利亚", "墨西哥", "智利", "南非", "阿联酋", "泰国", "英国"]
ABROAD_EN = ["Japan", "Australia", "Mexico", "Chile", "South Africa", "the UAE", "Thailand", "the UK"]  # fmt: skip
US_REGIONS = ["the Pacific Northwest", "the Southeast", "the Great Lakes states", "the Gulf Coast",
              "the Rockies", "the Northeast"]  # fmt: skip

# The want. {c}: the other country, {w}/{ws}/{Ws}: the wanted stage's noun (singular/plural),
# {a}: the other country's adjective, {inp}/{prod}: the chain's input and product.
ZH_CUE = [
    "希望结识{c}的{w}，先小批量合作也可以。",
    "正在寻找{c}{w}，有意者请与我们联系。",
    "需要对接几家{c}{w}。",
    "诚邀{c}{w}洽谈合作。",
]
ZH_NAMED = [
    "重点对接：{c}{w}。",
    "意向伙伴——{c}{w}。",
    "{c}{w}，欢迎来谈。",
    "今年的目标：与{c}{w}做成第一单。",
]
ZH_IMPLIED = {
    ("R", "M"): ["今年新上两条{inp}生产线，多出的产能想签给{c}的下游工厂。",
                 "{inp}可按客户的规格要求供货，先寄样、再签年度合同，下一批合同想放在{c}。"],
    ("M", "R"): ["{inp}现在全靠国内两家供应，想在{c}再开一个货源，分散风险。",
                 "新厂投产后每月要多用三成{inp}，准备直接向{c}的源头厂家订货。"],
    ("M", "D"): ["{prod}还没进过{c}市场，需要当地一家能备货、能做售后的合作方。",
                 "打算在{c}设一家总代理：{prod}整柜发货，清关和分销交给对方。"],
    ("M", "E"): ["{prod}可以按使用单位的规格做，更想直接供给{c}真正用它的企业，不经贸易商。",
                 "想跳过中间环节，把{prod}从工厂直接发给{c}的大用户。"],
    ("D", "M"): ["手上{prod}的货源一直不稳，准备改成{c}工厂直供。",
                 "准备推出自有品牌的{prod}，需要{c}的工厂代工。"],
    ("D", "E"): ["{prod}常备现货，可送到{c}各地的使用单位，按月结算。",
                 "熟悉{c}大用户的采购流程，{prod}可按对方节奏分批到货。"],
    ("E", "M"): ["旗下各处每年消耗大量{prod}，明年打算绕过经销商，直接向{c}工厂下单。",
                 "想与{c}的生产厂直接签一份{prod}框架协议。"],
    ("E", "D"): ["现在{prod}由五六家小供应商零散供货，想整体交给{c}一家有库存、能配送的供应商。",
                 "各网点{prod}补货很麻烦，希望{c}有一家带现货的供应商统一负责。"],
}  # fmt: skip
EN_CUE = [
    "Looking for a {w} in {c} to work with long term.",
    "We want to meet {ws} from {c}.",
    "Actively searching for {a} {ws}.",
    "Interested in hearing from {ws} based in {c}.",
]
EN_NAMED = [
    "Open to: {ws} in {c}.",
    "Right counterpart for us: a {w} from {c}.",
    "{Ws} in {c} — let's talk.",
    "This year's priority: first orders with {a} {ws}.",
]
EN_IMPLIED = {
    ("R", "M"): ["We are adding capacity for {inp} this spring and would like the extra output under contract with plants in {c}.",
                 "We can supply {inp} to a customer's own specification, and our next yearly contracts should be with production lines in {c}."],
    ("M", "R"): ["We buy our {inp} from two domestic sources today; a third one in {c} would spread the risk.",
                 "Once the new plant opens we will use about a third more {inp} a month, and we would rather buy it at the source in {c}."],
    ("M", "D"): ["Our {prod} have never been sold in {c}; we need one local partner who keeps stock and handles after-sales.",
                 "We would like a master distributor in {c}: we ship {prod} by the container, they clear customs and resell."],
    ("M", "E"): ["We build {prod} to the user's own spec and would rather sell straight to the companies in {c} that use them, no traders in between.",
                 "Cutting out the middlemen: we want to ship {prod} factory-direct to large users in {c}."],
    ("D", "M"): ["Our supply of {prod} has been patchy, so we plan to buy factory-direct from {c}.",
                 "We are launching {prod} under our own label and need a plant in {c} to make them."],
    ("D", "E"): ["We hold {prod} in stock and can deliver to users anywhere in {c}, billed monthly.",
                 "We know how large users in {c} buy, and we schedule deliveries of {prod} around them."],
    ("E", "M"): ["Our sites go through a lot of {prod}; next year we want to order from a factory in {c} and skip the distributors.",
                 "We would like a framework agreement for {prod} signed directly with a manufacturer in {c}."],
    ("E", "D"): ["Today our {prod} come from half a dozen small vendors; we would hand the lot to one stocking supplier in {c} that delivers.",
                 "Restocking {prod} across our locations is a headache — one {a} supplier with local stock would fix it."],
}  # fmt: skip

PROVINCES = [("甘肃", "Gansu"), ("内蒙古", "Inner Mongolia"), ("海南", "Hainan"), ("宁夏", "Ningxia"),
             ("新疆", "Xinjiang"), ("安徽", "Anhui"), ("四川", "Sichuan"), ("黑龙江", "Heilongjiang")]  # fmt: skip
CN_SYLLABLES = [("芮", "Rui"), ("臻", "Zhen"), ("旭", "Xu"), ("骐", "Qi"), ("琨", "Kun"),
                ("淞", "Song"), ("曜", "Yao"), ("屹", "Yi"), ("钰", "Yu"), ("彦", "Yan"),
                ("晗", "Han"), ("槿", "Jin"), ("珂", "Ke"), ("桐", "Tong")]  # fmt: skip
CN_FORMS = [("有限公司", "Co., Ltd."), ("实业有限公司", "Industrial Co., Ltd."),
            ("制品有限公司", "Products Co., Ltd."), ("供应链管理有限公司", "Supply Chain Management Co., Ltd."),
            ("贸易有限公司", "Trading Co., Ltd."), ("控股集团有限公司", "Holding Group Co., Ltd."),
            ("股份有限公司", "Corporation")]  # fmt: skip
US_NAMES = [("Grayson", "格雷森"), ("Kirkland", "柯克兰"), ("Newcomb", "纽科姆"), ("Ogden", "奥格登"),
            ("Rowland", "罗兰"), ("Stratton", "斯特拉顿"), ("Tillman", "蒂尔曼"),
            ("Underwood", "安德伍德"), ("Voss", "沃斯"), ("Wexler", "韦克斯勒"),
            ("Zimmerman", "齐默尔曼"), ("Crandall", "克兰德尔"), ("Dunbar", "邓巴"),
            ("Hadley", "哈德利"), ("Lowell", "洛厄尔"), ("Talbot", "塔尔博特"),
            ("Holbrook", "霍尔布鲁克"), ("Ainsley", "安斯利"), ("Bramwell", "布拉姆韦尔"),
            ("Marlowe", "马洛")]  # fmt: skip
US_SUFFIX = ["Inc.", "LLC", "Co.", "Corp.", "Holdings", "& Co."]
US_STATES = ["Kansas", "Wyoming", "Rhode Island", "West Virginia", "Louisiana", "Alabama", "Oregon", "Wisconsin"]  # fmt: skip

# People, sizes and small facts, all made up.
ZH_PEOPLE = ["王海涛", "李静", "陈晓东", "刘洋", "张敏", "杨帆", "黄磊", "周婷"]
ZH_ROLES = ["总经理", "外贸部经理", "采购经理", "市场总监", "副总裁", "销售总监"]
EN_PEOPLE = ["Megan Doyle", "Luis Ortega", "Rachel Stein", "Marcus Boyd", "Kevin Tran",
             "Angela Brooks", "Hannah Pike", "Victor Salas"]  # fmt: skip
CN_PEOPLE_EN = ["Wang Haitao", "Li Jing", "Chen Xiaodong", "Liu Yang", "Zhang Min", "Yang Fan"]
EN_ROLES = ["CEO", "Director of Procurement", "Sales Manager", "VP of Operations",
            "General Manager", "Head of Business Development"]  # fmt: skip
SIZES = ["51-200", "201-500", "501-1,000", "1,001-5,000"]
SIZES_E = ["1,001-5,000", "5,001-10,000", "10,001+"]
MONTHS = ["January", "February", "April", "June", "August", "October"]
MOQ = [("1个20尺柜", "one 20-ft container"), ("1个40尺高柜", "one 40-ft high cube"),
       ("整托盘起订", "one full pallet"), ("可混装整柜", "a mixed full container")]  # fmt: skip
SCHEDULE = [("分批交付，首年约{n}批", "{n} call-offs over the first year"),
            ("框架协议，一年一签", "a framework agreement renewed yearly"),
            ("按月下单，每月到货", "monthly orders, monthly deliveries")]  # fmt: skip
TERMS = {
    ("R", "M"): ("年度供货合同，价格随原料指数按季调整", "yearly supply contract, priced quarterly against a raw-material index"),
    ("M", "D"): ("区域独家代理，首批可寄售", "regional exclusivity, first shipment on consignment"),
    ("M", "E"): ("工厂直供，按项目报价，可贴牌", "factory-direct, quoted per project, private label possible"),
    ("D", "E"): ("现货供应，送货到场，月结30天", "from stock, delivered to site, net 30"),
}  # fmt: skip
ZH_GREET = ["各位老板好👋", "大家好！", "新人报到🙏", "各位群友晚上好，"]
ZH_CLOSE = [
    "有需要的朋友欢迎加微信私聊🤝",
    "资源互换，欢迎链接！",
    "感谢群主拉我进群🌹",
    "名片已发群里，随时联系。",
]
EN_GREET = ["Hi all 👋", "Hello everyone!", "Hey folks,", "Thanks for the add!"]
EN_CLOSE = [
    "DMs open.",
    "Happy to swap contacts.",
    "Drop me a line anytime 🤝",
    "Glad to be in the group.",
]
ZH_NEWS = ["新的区域总部正式启用", "完成新一轮战略融资", "新一届管理团队到任", "数字化采购平台正式上线",
           "与本地职业院校共建实训基地"]  # fmt: skip
EN_NEWS = ["the opening of a new regional headquarters", "a new round of growth funding",
           "a new leadership team", "the launch of a digital purchasing portal",
           "a training partnership with a local technical college"]  # fmt: skip

# How often each kind of text was written by the last ``build``, for ``main`` to print.
KINDS: Counter[str] = Counter()


def _want(rng: random.Random, zh: bool, us: bool, *, key: str, stages: STAGES, stage: str,
          want: str) -> str:  # fmt: skip
    """The want: with a cue word, naming the partner without one, or implied by a plan; the
    wanted company called, half the time, by another common name of its kind."""
    if rng.random() < 0.5:
        zh_alias, en_alias = ALIASES[key][want]
        stages = {**stages, want: (zh_alias, en_alias, *stages[want][2:])}
    pools = (ZH_CUE, ZH_NAMED, ZH_IMPLIED, EN_CUE, EN_NAMED, EN_IMPLIED)
    return pick_want(rng, zh, us, pools=pools, trade=TRADE[key], stages=stages, stage=stage,
                     want=want, zh_there=("美国",),
                     en_there=(("the US", "US"), ("the United States", "American")))  # fmt: skip


def _cert(key: str, stage: str, zh: bool) -> str:
    """The certificate of a supplier or a maker; none for a distributor or an end buyer."""
    at = {"R": 4, "M": 6}.get(stage)  # where its Chinese certificate stands in TRADE
    return "" if at is None else TRADE[key][at if zh else at + 1]


def _goods(key: str, which: str, zh: bool) -> tuple[str, str]:
    """The chain's input (``which`` "R") or product (any other stage) and the seller's
    specification of it."""
    at = (0 if which == "R" else 2) + (0 if zh else 1)
    return TRADE[key][at], SPECS[key][at]


def _bought(key: str, stage: str, want: str, zh: bool) -> str:
    """What a company buys from the stage it wants: a distributor orders catalogue lines (the
    seller's name and specification), a maker or an end buyer says what it needs in its own
    words."""
    if stage == "D":
        item, spec = _goods(key, want, zh)
        return f"{item}，{spec}" if zh else f"{item}, {spec}"
    return NEEDS[key][(0 if want == "R" else 2) + (0 if zh else 1)]


def _customers(rng: random.Random, zh: bool, us: bool, *, stages: STAGES, stage: str) -> str:
    """Whom the company sells to today (the next stage of its chain, abroad for a Chinese
    company, in a US region for a US one), for half of those that sell on; worded to fit a
    first-person and a third-person text alike."""
    down = DOWN.get(stage)
    if not down or rng.random() < 0.5:
        return ""
    if zh:
        abroad = "、".join(rng.sample(ABROAD_ZH, 2))
        return rng.choice([f"主要客户为{abroad}的{stages[down][0]}。",
                           f"产品销往{abroad}，买家多为当地{stages[down][0]}。"])  # fmt: skip
    downs = _plural(stages[down][1])
    if us:
        return rng.choice([f"Main customers: {downs} across {rng.choice(US_REGIONS)}.",
                           f"Customers today are {downs} across {rng.choice(US_REGIONS)}."])  # fmt: skip
    abroad = " and ".join(rng.sample(ABROAD_EN, 2))
    return rng.choice([f"Customers today: {downs} in {abroad}.",
                       f"Regular buyers include {downs} in {abroad}."])  # fmt: skip


def _person(rng: random.Random, zh: bool, us: bool) -> tuple[str, str]:
    """A made-up contact and title."""
    if zh:
        return rng.choice(ZH_PEOPLE), rng.choice(ZH_ROLES)
    return rng.choice(EN_PEOPLE if us else CN_PEOPLE_EN), rng.choice(EN_ROLES)


def _said(rng: random.Random, zh: bool, who: str, seek: str) -> str:
    """The want as a person said it; one that brings its own label ("Open to: …") is read
    from a form instead."""
    if zh:
        if "：" in seek:
            return rng.choice([f"合作意向一栏写着——{seek}", f"{who}在登记表上写道——{seek}"])
        return f"{who}表示：“{seek}”"
    if ":" in seek or not seek.endswith("."):
        return f"{who}, listed the company's wish — {seek}"
    return f"“{seek[:-1]},” said {who}."


def _about(rng: random.Random, zh: bool, us: bool, *, name: str, place: str, key: str,
           stages: STAGES, stage: str, want: str, seek: str, ref: str) -> str:  # fmt: skip
    """A LinkedIn-style "About us" page: an overview, then the profile's fixed lines; the want
    in the overview or in a line of its own after them."""
    zh_noun, en_noun, zh_detail, en_detail = stages[stage]
    ind_zh, ind_en, sp_zh, sp_en = PROFILE[key][stage]
    y = rng.randint(1962, 2019)
    size = rng.choice(SIZES_E if stage == "E" else SIZES)
    inline = rng.random() < 0.5
    if zh:
        since = rng.choice([f"自{y}年创立以来一直深耕这一行。", f"总部设在{place}。", ""])
        overview = f"{name}是一家{zh_noun}，{zh_detail}。{since}{ref}" + (seek if inline else "")
        lines = ["关于我们", overview, f"行业：{ind_zh}", f"公司规模：{size}人", f"总部：{place}",
                 f"创立年份：{y}", f"特长领域：{sp_zh}"]  # fmt: skip
        if not inline:
            lines.append(_field(rng.choice(["近期动态", "合作方向", "今年计划"]), "：", seek))
        return "\n".join(lines)
    since = rng.choice([f"We have been at it since {y}.", f"Headquartered in {place}.", ""])
    overview = " ".join(p for p in [_an(f"{name} is a {en_noun}: {en_detail}."), since, ref,
                                     seek if inline else ""] if p)  # fmt: skip
    lines = ["About us", overview, f"Industry: {ind_en}", f"Company size: {size} employees",
             f"Headquarters: {place}", f"Founded: {y}", f"Specialties: {sp_en}"]  # fmt: skip
    if not inline:
        lines.append(_field(rng.choice(["Now", "Current focus", "2027 plans"]), ": ", seek))
    return "\n".join(lines)


def _catalogue(rng: random.Random, zh: bool, us: bool, *, name: str, place: str, key: str,
               stages: STAGES, stage: str, want: str, seek: str, ref: str) -> str:  # fmt: skip
    """A trade-fair catalogue entry: an exhibitor's with its exhibits' specifications, MOQ and
    lead time, or a registered trade visitor's (an end buyer, or a distributor buying) with
    what it is after."""
    zh_noun, en_noun, zh_detail, en_detail = stages[stage]
    visitor = stage == "E" or (stage == "D" and want == "M" and rng.random() < 0.5)
    hall, booth = rng.randint(1, 12), f"{rng.choice('ABCDEF')}{rng.randint(10, 88)}"
    cert = _cert(key, stage, zh)
    moq_zh, moq_en = rng.choice(MOQ)
    lead = rng.choice([15, 20, 30, 45, 60])
    if visitor:
        need = _bought(key, stage, "M", zh)
        if zh:
            lines = [f"专业观众｜{name}（{place}）", f"单位性质：{zh_noun}，{zh_detail}",
                     f"关注品类：{need}", _field("约见需求", "：", seek)]  # fmt: skip
        else:
            lines = [f"Registered trade visitor — {name}, {place}",
                     _an(f"Business: a {en_noun}, {en_detail}"),
                     f"Product interest: {need}", _field("Meetings wanted", ": ", seek)]  # fmt: skip
        return "\n".join(lines)
    item, spec = _goods(key, stage, zh)
    if zh:
        lines = [f"{hall}号馆 {booth}展位｜{name}（{place}）", f"简介：{zh_noun}，{zh_detail}。{ref}",
                 f"展品：{item}", f"规格：{spec}",
                 f"起订量：{moq_zh}｜交货期：{lead}天" if stage != "D" else "现货供应，48小时内发货",
                 f"认证：{cert}" if cert else "", _field("洽谈意向", "：", seek)]  # fmt: skip
    else:
        lines = [f"Hall {hall}, Booth {booth} · {name} ({place})",
                 " ".join(p for p in [_an(f"Profile: a {en_noun}, {en_detail}."), ref] if p),
                 f"On show: {item}", f"Specifications: {spec}",
                 f"MOQ: {moq_en} · Lead time: {lead} days" if stage != "D" else "From stock, shipped within 48 hours",
                 f"Certification: {cert}" if cert else "", _field("Meeting interest", ": ", seek)]  # fmt: skip
    return "\n".join(p for p in lines if p)


def _notice(rng: random.Random, zh: bool, us: bool, *, name: str, place: str, key: str,
            stages: STAGES, stage: str, want: str, seek: str, ref: str) -> str:  # fmt: skip
    """A procurement notice: a request for quotation when the company buys from the stage it
    wants, a call for partners when it sells to it."""
    zh_noun, en_noun, zh_detail, en_detail = stages[stage]
    person, role = _person(rng, zh, us)
    if ORDER.index(want) < ORDER.index(stage):  # buying
        need = _bought(key, stage, want, zh)
        cert = _cert(key, want, zh) if rng.random() < 0.5 else ""
        sched_zh, sched_en = rng.choice(SCHEDULE)
        n, month, day = rng.randint(4, 12), rng.randrange(6), rng.randint(1, 28)
        if zh:
            lines = [f"采购公告｜{name}", f"发布单位：{name}（{zh_noun}，{place}），{zh_detail}",
                     f"采购内容：{need}", f"供货安排：{sched_zh.format(n=n)}",
                     f"资质要求：{cert}" if cert else "", _field(rng.choice(["说明", "备注"]), "：", seek),
                     f"响应截止：2027年{2 * month + 1}月{day}日；联系人：{person}（{role}）"]  # fmt: skip
        else:
            lines = [f"Request for quotation — {name}, {place}",
                     _an(f"Issued by: a {en_noun} ({en_detail})"),
                     f"Scope: {need}", f"Schedule: {sched_en.format(n=n)}",
                     f"Qualifications: {cert}" if cert else "", _field(rng.choice(["Note", "Background"]), ": ", seek),
                     f"Responses due {MONTHS[month]} {day}, 2027; questions to {person}, {role}."]  # fmt: skip
        return "\n".join(p for p in lines if p)
    item, spec = _goods(key, stage, zh)
    terms_zh, terms_en = TERMS[stage, want]
    if zh:
        lines = [f"合作招募｜{name}", f"企业概况：{zh_noun}，{zh_detail}。{ref}",
                 f"合作产品：{item}，{spec}", f"合作方式：{terms_zh}", _field(rng.choice(["说明", "招募对象"]), "：", seek),
                 f"联系人：{person}（{role}）"]  # fmt: skip
    else:
        lines = [f"Call for partners — {name}, {place}",
                 " ".join(p for p in [_an(f"Who we are: a {en_noun}, {en_detail}."), ref] if p),
                 f"What we offer: {item}, {spec}", f"Terms: {terms_en}",
                 _field("Who should reply", ": ", seek), f"Contact: {person}, {role}"]  # fmt: skip
    return "\n".join(lines)


def _wechat(rng: random.Random, zh: bool, us: bool, *, name: str, place: str, key: str,
            stages: STAGES, stage: str, want: str, seek: str, ref: str) -> str:  # fmt: skip
    """A self-introduction posted in a WeChat business group (a chat group in English): in
    prose, or in bullets."""
    zh_noun, en_noun, zh_detail, en_detail = stages[stage]
    cert = _cert(key, stage, zh)
    person, role = _person(rng, zh, us)
    bullets = rng.random() < 0.45
    if zh:
        greet, close = rng.choice(ZH_GREET), rng.choice(ZH_CLOSE)
        if bullets:
            lines = [f"{greet}{person}｜{name}", f"✅主营：{zh_noun}，{zh_detail}",
                     f"✅{cert}" if cert else "", f"✅{ref}" if ref else "", f"✅{seek}", close]  # fmt: skip
            return "\n".join(p for p in lines if p)
        return (f"{greet}我是{name}的{person}，{role}。我们是{place}的一家{zh_noun}，{zh_detail}。"
                + (f"{cert}。" if cert else "") + ref + seek + close)  # fmt: skip
    greet, close = rng.choice(EN_GREET), rng.choice(EN_CLOSE)
    first = person.split()[0] if us else person
    if bullets:
        lines = [f"{greet} {first} from {name} ({place}) here.",
                 _an(f"• What we do: a {en_noun}, {en_detail}"), f"• {_cap(cert)}" if cert else "",
                 f"• {ref}" if ref else "", f"• {seek}", close]  # fmt: skip
        return "\n".join(p for p in lines if p)
    parts = [f"{greet} {first} here, {role} at {name} in {place}.",
             _an(f"We're a {en_noun}: {en_detail}."), f"{_cap(cert)}." if cert else "", ref, seek,
             close]  # fmt: skip
    return " ".join(p for p in parts if p)


def _newsletter(rng: random.Random, zh: bool, us: bool, *, name: str, place: str, key: str,
                stages: STAGES, stage: str, want: str, seek: str, ref: str) -> str:  # fmt: skip
    """A chamber newsletter's "new members" item: the welcome, the business, the want as the
    new member put it (before or after the business)."""
    zh_noun, en_noun, zh_detail, en_detail = stages[stage]
    person, role = _person(rng, zh, us)
    no = rng.randint(1200, 4800)
    said = _said(rng, zh, f"{person}（{role}）" if zh else f"{person}, {role}", seek)
    early = rng.random() < 0.35
    if zh:
        facts = f"公司位于{place}，是一家{zh_noun}，{zh_detail}。{ref}"
        body = said + facts if early else facts + said
        return f"【新会员】本期欢迎{name}入会（会员号{no}）。{body}"
    facts = " ".join(p for p in [_an(f"The company is a {en_noun}: {en_detail}."), ref] if p)
    body = [said, facts] if early else [facts, said]
    return " ".join([f"New members this month: {name} ({place}) joins as member no. {no}.", *body])


def _release(rng: random.Random, zh: bool, us: bool, *, name: str, place: str, key: str,
             stages: STAGES, stage: str, want: str, seek: str, ref: str) -> str:  # fmt: skip
    """A press release: the news, the business, the want quoted from a manager, and an
    "about" paragraph."""
    zh_noun, en_noun, zh_detail, en_detail = stages[stage]
    cert = _cert(key, stage, zh)
    person, role = _person(rng, zh, us)
    y = rng.randint(1970, 2018)
    staff = rng.choice([4200, 9800, 23000] if stage == "E" else [85, 240, 610, 1300, 3600])
    month, day = rng.randrange(6), rng.randint(1, 28)
    if zh:
        said = _said(rng, zh, f"{person}（{role}）", seek)
        head = f"【新闻稿】{place}，2027年{2 * month + 1}月{day}日——{name}今天宣布{rng.choice(ZH_NEWS)}。"
        body = f"公司是一家{zh_noun}，{zh_detail}。" + (f"{cert}。" if cert else "") + said
        about = f"关于{name}：成立于{y}年，现有员工{staff}人。{ref}"
        return f"{head}{body}\n{about}"
    said = _said(rng, zh, f"{person}, {role}", seek)
    head = (f"FOR IMMEDIATE RELEASE\n{place.upper()} — {MONTHS[month]} {day}, 2027 — "
            + _an(f"{name}, a {en_noun}, today announced {rng.choice(EN_NEWS)}."))  # fmt: skip
    body = " ".join(p for p in [f"Its operation in figures: {en_detail}.",
                                f"{_cap(cert)}." if cert else "", said] if p)  # fmt: skip
    about = " ".join(p for p in [f"About {name}: founded in {y}, {staff:,} employees.", ref] if p)
    return f"{head} {body}\n{about}"


WRITERS: dict[str, Callable[..., str]] = {
    "about-us page": _about,
    "catalogue entry": _catalogue,
    "procurement notice": _notice,
    "WeChat introduction": _wechat,
    "new-members item": _newsletter,
    "press release": _release,
}


def _text(rng: random.Random, zh: bool, us: bool, name: str, place: str, *, key: str,
          stages: STAGES, stage: str, want: str) -> str:  # fmt: skip
    """One of the six kinds of text, about a sixth each."""
    seek = _want(rng, zh, us, key=key, stages=stages, stage=stage, want=want)
    ref = _customers(rng, zh, us, stages=stages, stage=stage)
    kind = rng.choice(list(WRITERS))
    KINDS[kind] += 1
    return WRITERS[kind](rng, zh, us, name=name, place=place, key=key, stages=stages,
                         stage=stage, want=want, seek=seek, ref=ref)  # fmt: skip


def _org_writer(seed: int) -> object:
    """This set's company writer (``org_writer`` of holdout9) with its names, sentences and
    legal forms: an industrial or products legal form only for a supplier or a maker, a
    trading or supply-chain one only for a distributor or service company, a holding group
    one only for an end buyer."""
    return org_writer(seed, "f", text=_text, want_text=_want,
                      names=(US_NAMES, US_SUFFIX, US_STATES, CN_SYLLABLES, PROVINCES),
                      forms=lambda stage: [CN_FORMS[0], CN_FORMS[3], CN_FORMS[4]] if stage == "D"
                      else [*CN_FORMS[:3], CN_FORMS[6]] if stage in "RM" else [CN_FORMS[0], *CN_FORMS[5:]],
                      zh_line="{name}——{noun}，{detail}。{seek}")  # fmt: skip


def build(seed: int = SEED) -> tuple[dict[str, object], dict[str, object]]:
    """The profiles document and the gold file."""
    KINDS.clear()
    profiles, gold = assemble(_org_writer(seed), CHAINS, seed=seed, prefix="f", shuffle=True)  # type: ignore[arg-type]
    _distinct_names(profiles, (US_NAMES, US_SUFFIX))  # asserts that no two names are the same
    return profiles, gold


def _check(profiles: dict[str, object], gold: dict[str, object]) -> None:
    """Ids unique, gold partners existing and on the other side, each Chinese company with one
    or two of them, 40 Chinese and 70 US companies; print the counts."""
    orgs: list[dict[str, object]] = profiles["organizations"]  # type: ignore[assignment]
    partners: dict[str, list[str]] = gold["partners"]  # type: ignore[assignment]
    roles: dict[str, str] = gold["roles"]  # type: ignore[assignment]
    side = {str(o["id"]): str(o["side"]) for o in orgs}
    assert profiles["format"] == "tradebridge-profiles/1"
    assert len(side) == len(orgs), "ids unique"
    assert all(i.startswith({"CN": "fcn", "US": "fus"}[s]) for i, s in side.items()), "ids"
    for a, bs in partners.items():
        assert bs and a in side and all(b in side and side[b] != side[a] for b in bs), a
        assert len(set(bs)) == len(bs)
        assert all(a in partners[b] for b in bs), "gold is symmetric"
    assert _fits(profiles, gold), "one or two partners for each Chinese company"
    assert set(gold["split"].values()) == {"held-out"} and set(gold["split"]) == set(partners)  # type: ignore[attr-defined]
    assert set(roles) == set(side) and all(":" in r and r[-2] == ">" for r in roles.values())
    cn = [o for o in orgs if o["side"] == "CN"]
    us = [o for o in orgs if o["side"] == "US"]
    assert (len(cn), len(us)) == (40, 70), (len(cn), len(us))
    chains = Counter(r.split(":")[0] for r in roles.values())
    assert len(chains) == 10 and set(chains.values()) == {11}
    lang = Counter("+".join(sorted(o["description"])) for o in orgs)  # type: ignore[call-overload]
    cn_lang = Counter(next(iter(o["description"])) for o in cn)  # type: ignore[call-overload]
    n_partners = Counter(len(partners[str(o["id"])]) for o in cn)
    print(f"companies: {len(orgs)} ({len(cn)} CN, {len(us)} US), ids unique, names unique")
    print(f"chains: {len(chains)}, {sorted(set(chains.values()))[0]} companies each (4 CN, 7 US)")
    print(
        f"CN texts: {cn_lang['zh']} in Chinese, {cn_lang['en']} in English; all texts by language: {dict(lang)}"
    )
    print(f"CN companies by number of gold partners: {dict(sorted(n_partners.items()))}")
    print(f"companies with a partner: {len(partners)} ({sum(side[i] == 'US' for i in partners)} US); "
          f"gold pairs: {sum(len(b) for a, b in partners.items() if side[a] == 'CN')}")  # fmt: skip
    print(f"text kinds: {dict(KINDS)}")


def main() -> None:
    """Write the set and its gold file, after checking them."""
    profiles, gold = build()
    _check(profiles, gold)
    write_set("roles_holdout16", profiles, gold)
    # the files read back equal to what was built
    for file, data in (("roles_holdout16", profiles), ("roles_holdout16_gold", gold)):
        assert json.loads((HERE / f"{file}.json").read_text("utf-8")) == data


if __name__ == "__main__":
    main()
