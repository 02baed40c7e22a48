# ruff: noqa: E501  (the profile phrases are data; wrapping them would only hurt reading)
"""Write the seventeenth held-out ROLE set (issue 18): ``roles_holdout17.json`` / ``roles_holdout17_gold.json``.

    python bench/recommend/make_holdout17.py

Written on 2026-12-05 (on main) by a helper session that neither read nor ran the engine (nor
its evaluation, its docs, its results or its studies), and committed before any engine ran on
it: the clean test of a later change, to be evaluated once, by the lead. Nothing is fitted or
tuned on it.

Same structure as ``make_holdout16.py``; the helpers are imported, not copied: from
``make_holdout6.py`` how companies are placed along a chain (``assemble`` with shuffled traps:
the partner, a competitor of the query, a company offering what the query seeks but wanting
something else, one wanting the query's product but offering nothing it seeks, then the rest
of the chain) and how gold is derived and written; from ``make_holdout8.py`` English plurals
and capitals; from ``make_holdout9.py`` how a want is picked from three pools (``pick_want``)
and how a company is named and its language chosen (``org_writer``); from ``make_holdout10.py``
the check that each Chinese company has one or two partners (``_fits``); from
``make_holdout11.py`` labelled form fields (``_field``) and distinct US names
(``_distinct_names``, here with this set's surnames). Its chains, sentences, names and kinds
of text are its own:

* ten value chains in no earlier set (their keys and role nouns checked against the chain
  lists of ``make_holdout*.py``, ``make_roles.py``, the role sets' gold and the free-text
  profiles of ``profiles.json`` / ``validation.json``), five in food and consumer goods
  (frozen dumplings, peeled garlic, baby diapers, canned peaches, pillows) and five in
  industrial goods (conveyor belts, air filters, rock drill bits, diamond saw blades, truck
  scales), each with a part or material supplier, a maker, a distributor, agent or service
  company and an end buyer whose own business is something else (specialty flour mill,
  garlic farm, superabsorbent polymer producer, cling peach orchard, polyester fiberfill
  producer, belting fabric weaver, filter media producer, carbide button maker, synthetic
  diamond producer, load cell maker; canned food broker among the agents, conveyor belt,
  filter and scale service companies as the service roles; hot pot restaurant chain, hummus
  maker, child care center chain, buffet restaurant chain, student housing operator, cement
  producer, private university, gold mining company, countertop fabricator, scrap metal
  recycler); beside each chain's own companies (the partner, the traps, the rest of the
  chain) stand four other chains of the same sector;
* texts of six kinds no earlier set has (not the storefronts, questionnaires, visit notes,
  e-mails and member news of set 15, nor the "About us" pages, catalogue entries,
  procurement notices, WeChat introductions, newsletter items and press releases of set 16),
  dealt in equal shares (18 or 19 of the 110 each, shuffled; ``main`` prints them): a B2B
  sourcing-site company page in sections (a supplier's with its main products, or a verified
  buyer's with what it purchases), the secretariat's minutes of a telephone call (numbered
  points or a running note, the want in the caller's words first or last), one row of a
  delegation roster with its one-line need, a government or county investment-promotion
  blurb about a company in its district, a classified ad ("【求购】"/"WANTED:" when the company
  buys from the stage it wants, "【供应】"/"AVAILABLE:" when it sells to it) and a trade-forum
  post with a title and the reply count; an end buyer or a maker buying its input states its
  need in its own words (``NEEDS``), not in the supplier's catalogue wording (``SPECS``),
  while a distributor orders catalogue lines; some name whom the company already sells to;
* the want in three kinds, about a third each: with a cue word, naming the partner without
  one, implied by the company's plan; half the time the wanted company is called by another
  common name than the one it uses for itself (``ALIASES``: "canner", "scrap yard",
  "daycare operator"…), as companies do;
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

# The first seed from 1700 on giving every Chinese company one or two partners and no two
# companies the same name (searched by the gold and the names alone, nothing else read);
# ``build`` (names) and ``main`` (partners and the rest) check it.
SEED = 1705

# key -> stage -> (Chinese noun, English noun, Chinese detail, English detail), as STAGES says
CHAINS: list[tuple[str, STAGES]] = [
    ("dumpling", {
        "R": ("专用面粉厂", "specialty flour mill",
              "饺子粉与面条粉年产30万吨", "300,000 tonnes of dumpling and noodle flour a year"),
        "M": ("速冻水饺生产企业", "frozen dumpling maker",
              "速冻水饺与锅贴年产8万吨", "80,000 tonnes of frozen dumplings and potstickers a year"),
        "D": ("亚洲食品批发商", "Asian grocery distributor",
              "常备亚洲食品4000种，配送亚洲超市与餐馆2200家", "4,000 Asian grocery lines delivered to 2,200 markets and restaurants"),
        "E": ("火锅连锁餐厅", "hot pot restaurant chain",
              "门店260家", "260 hot pot restaurants"),
    }),
    ("garlic", {
        "R": ("大蒜种植基地", "garlic farm",
              "种植白皮大蒜2.2万亩，年产鲜蒜6万吨", "9,000 acres of softneck garlic, 60,000 tons harvested a year"),
        "M": ("蒜米加工厂", "peeled garlic processor",
              "蒜米、蒜蓉与蒜片年加工4万吨", "40,000 tonnes of peeled cloves, minced garlic and garlic slices a year"),
        "D": ("蔬菜进口商", "vegetable importer",
              "年进口蔬菜9万吨，供货超市与食品厂", "90,000 tonnes of vegetables imported a year for grocers and food plants"),
        "E": ("鹰嘴豆泥生产企业", "hummus maker",
              "鹰嘴豆泥与蘸酱供货超市1.5万家", "hummus and dips sold in 15,000 grocery stores"),
    }),
    ("diaper", {
        "R": ("高吸水性树脂生产企业", "superabsorbent polymer producer",
              "高吸水性树脂年产12万吨", "120,000 tonnes of superabsorbent polymer a year"),
        "M": ("纸尿裤生产企业", "baby diaper manufacturer",
              "纸尿裤与拉拉裤年产25亿片", "2.5 billion diapers and training pants a year"),
        "D": ("母婴用品批发商", "baby products wholesaler",
              "服务母婴店与药店3800家", "3,800 baby stores and drugstores supplied"),
        "E": ("连锁托育机构", "child care center chain",
              "托育中心340家，在托幼儿3.2万名", "340 child care centers with 32,000 children enrolled"),
    }),
    ("peach", {
        "R": ("黄桃种植基地", "cling peach orchard",
              "黄桃果园1.8万亩，年产鲜桃7万吨", "6,000 acres of cling peaches, 70,000 tons picked a year"),
        "M": ("水果罐头厂", "fruit cannery",
              "黄桃罐头与什锦水果罐头年产10万吨", "100,000 tonnes of canned peaches and fruit cocktail a year"),
        "D": ("罐头食品贸易商", "canned food broker",
              "代理罐头品牌30个，服务食品批发商与连锁餐饮", "thirty canned food brands brokered to wholesalers and restaurant chains"),
        "E": ("自助餐厅连锁", "buffet restaurant chain",
              "门店180家", "180 buffet restaurants"),
    }),
    ("pillow", {
        "R": ("涤纶中空纤维生产企业", "polyester fiberfill producer",
              "七孔与四孔中空纤维年产15万吨", "150,000 tonnes of hollow conjugated fiberfill a year"),
        "M": ("枕头生产企业", "pillow manufacturer",
              "纤维枕、记忆棉枕与羽绒枕年产2000万只", "twenty million fiber, memory foam and down-alternative pillows a year"),
        "D": ("家纺进口商", "home textiles importer",
              "供货百货与家居连锁门店2600家", "2,600 department and home stores supplied"),
        "E": ("学生公寓运营商", "student housing operator",
              "学生公寓90栋，床位6.5万张", "ninety properties with 65,000 beds"),
    }),
    ("conveyor", {
        "R": ("输送带帆布织造厂", "belting fabric weaver",
              "EP聚酯尼龙帆布年产6000万米", "sixty million metres of EP polyester-nylon belting fabric a year"),
        "M": ("输送带制造商", "conveyor belt manufacturer",
              "织物芯与钢丝绳芯输送带年产2500万平方米", "25 million square metres of fabric-ply and steel cord belting a year"),
        "D": ("输送带安装维修服务商", "conveyor belt service company",
              "硫化接头队伍28支，常备输送带现货", "twenty-eight vulcanizing crews and belting in stock"),
        "E": ("水泥生产企业", "cement producer",
              "熟料生产线9条，年产水泥1800万吨", "nine kilns turning out 18 million tons of cement a year"),
    }),
    ("airfilter", {
        "R": ("过滤材料生产企业", "filter media producer",
              "熔喷与合成纤维滤材年产2亿平方米", "200 million square metres of meltblown and synthetic filter media a year"),
        "M": ("空气过滤器制造商", "air filter manufacturer",
              "褶式过滤器与袋式过滤器年产3000万只", "thirty million pleated and bag air filters a year"),
        "D": ("过滤器更换服务商", "filter service company",
              "技术员210名，每季为1.2万台空调机组更换滤网", "210 technicians changing filters in 12,000 air handlers every quarter"),
        "E": ("私立大学", "private university",
              "校舍140栋，在校生2.8万人", "140 campus buildings and 28,000 students"),
    }),
    ("drillbit", {
        "R": ("硬质合金球齿生产企业", "carbide button maker",
              "钨钴硬质合金球齿年产1500吨", "1,500 tonnes of tungsten carbide buttons a year"),
        "M": ("凿岩钎头制造商", "rock drill bit manufacturer",
              "潜孔钻头与顶锤钎头年产120万只", "1.2 million DTH and top hammer bits a year"),
        "D": ("钻探耗材经销商", "drilling supply distributor",
              "库存钻具1.5万种，门店11家", "15,000 drilling items in stock at eleven branches"),
        "E": ("金矿企业", "gold mining company",
              "露天金矿3座，年采剥量6000万吨", "three open-pit gold mines moving sixty million tonnes a year"),
    }),
    ("sawblade", {
        "R": ("人造金刚石生产企业", "synthetic diamond producer",
              "锯切级金刚石单晶年产20亿克拉", "two billion carats of saw-grade synthetic diamond a year"),
        "M": ("金刚石锯片制造商", "diamond saw blade manufacturer",
              "石材与混凝土锯片年产600万片", "six million stone and concrete saw blades a year"),
        "D": ("石材加工工具经销商", "stone fabrication supply distributor",
              "常备锯片、磨头与抛光片，服务石材加工厂1600家", "blades, router bits and polishing pads for 1,600 stone shops"),
        "E": ("石材台面加工厂", "countertop fabricator",
              "年加工花岗岩与石英石台面4万套", "40,000 granite and quartz kitchen countertops a year"),
    }),
    ("truckscale", {
        "R": ("称重传感器生产企业", "load cell maker",
              "桥式与柱式称重传感器年产80万只", "800,000 beam and canister load cells a year"),
        "M": ("汽车衡制造商", "truck scale manufacturer",
              "数字式汽车衡年产6000台", "6,000 digital truck scales a year"),
        "D": ("衡器安装检定服务商", "scale service company",
              "服务技师60名，年检定衡器9000台", "sixty technicians certifying 9,000 scales a year"),
        "E": ("废钢回收企业", "scrap metal recycler",
              "废钢回收站22个，年处理废钢300万吨", "twenty-two yards processing three million tons of scrap a year"),
    }),
]  # fmt: skip

# the first five chains are food and consumer goods, the last five industrial goods
FOOD = {"dumpling", "garlic", "diaper", "peach", "pillow"}

# key -> (Chinese input, English input, Chinese product, English product,
#         supplier's certificate (zh, en), maker's certificate (zh, en))
TRADE = {
    "dumpling": ("饺子专用粉", "dumpling flour", "速冻水饺", "frozen dumplings", "面粉厂通过ISO 22000认证", "ISO 22000 certified", "工厂通过BRCGS认证并完成FDA注册", "BRCGS certified and FDA registered"),
    "garlic": ("鲜蒜", "fresh garlic", "蒜米", "peeled garlic", "农残检测符合欧盟限量", "residue-tested to EU limits", "工厂通过FSSC 22000认证", "FSSC 22000 certified"),
    "diaper": ("高吸水性树脂", "superabsorbent polymer", "纸尿裤", "baby diapers", "树脂按EDANA方法检测", "tested to EDANA methods", "产品通过皮肤刺激测试与OEKO-TEX 100认证", "dermatologically tested and OEKO-TEX 100 certified"),
    "peach": ("黄桃", "cling peaches", "黄桃罐头", "canned peaches", "果园为出口备案基地", "a registered export orchard", "工厂通过BRCGS与HACCP认证", "BRCGS and HACCP certified"),
    "pillow": ("涤纶中空纤维", "polyester fiberfill", "枕头", "pillows", "纤维获GRS再生认证", "GRS certified recycled", "枕头通过CertiPUR-US与OEKO-TEX认证", "CertiPUR-US and OEKO-TEX certified"),
    "conveyor": ("输送带帆布", "belting fabric", "输送带", "conveyor belts", "帆布按DIN 22102检测", "tested to DIN 22102", "输送带符合RMA与ISO 14890", "made to RMA grades and ISO 14890"),
    "airfilter": ("滤材", "filter media", "空气过滤器", "air filters", "滤材按ISO 16890检测", "tested to ISO 16890", "过滤器按ASHRAE 52.2检测并获UL 900认证", "tested to ASHRAE 52.2 and UL 900 classified"),
    "drillbit": ("硬质合金球齿", "carbide buttons", "凿岩钎头", "rock drill bits", "球齿每批经金相检验", "metallographically checked lot by lot", "钻头螺纹符合ISO 10208", "threads made to ISO 10208"),
    "sawblade": ("人造金刚石", "synthetic diamond", "金刚石锯片", "diamond saw blades", "强度指标经SGS检测", "strength tested by SGS", "锯片通过EN 13236安全认证", "EN 13236 safety certified"),
    "truckscale": ("称重传感器", "load cells", "汽车衡", "truck scales", "传感器获OIML R60证书", "OIML R60 certified", "汽车衡获NTEP证书", "NTEP certified"),
}  # fmt: skip

# key -> (input spec zh, en, product spec zh, en): as a seller lists them
SPECS = {
    "dumpling": ("湿面筋32%以上，灰分0.55%以下", "wet gluten over 32%, ash under 0.55%", "猪肉白菜、三鲜与韭菜鸡蛋馅，每只20克，-18℃储运", "pork and napa cabbage, three-delicacy and chive-egg fillings, 20 g each, shipped at 0°F"),
    "garlic": ("直径5厘米以上，自然晾干", "2-inch and up, field cured", "去皮蒜瓣与蒜蓉，冷藏或速冻，1公斤与5公斤袋装", "peeled cloves and minced garlic, chilled or IQF, in 2-lb and 10-lb bags"),
    "diaper": ("吸水倍率50 g/g以上，加压吸收25 g/g以上", "free swell above 50 g/g, absorbency under load above 25 g/g", "NB至XXL码，立体防漏隔边，湿显线", "newborn to size 6, leak guards, wetness indicator"),
    "peach": ("可溶性固形物10%以上，不溶质果肉", "10 Brix and up, non-melting flesh", "对开、切片与切丁，轻糖水，425克与3公斤罐", "halves, slices and dices in light syrup, 15-oz and #10 cans"),
    "pillow": ("7D×64毫米硅化中空纤维", "7-denier, 64 mm siliconized hollow fiber", "标准、大号与特大号，可机洗", "standard, queen and king, machine washable"),
    "conveyor": ("EP100至EP400，经纬向强度达标", "EP100 to EP400 in warp and weft", "带宽500至2400毫米，耐磨、耐热与阻燃级", "18 to 96 inches wide, abrasion-, heat- and fire-resistant grades"),
    "airfilter": ("克重80至120克/平方米，驻极处理", "80-120 g/m², electrostatically charged", "MERV 8至MERV 14，厚1至4英寸", "MERV 8 to MERV 14, 1 to 4 inches deep"),
    "drillbit": ("YG8与YG11C牌号，球形与弹头形", "YG8 and YG11C grades, spherical and ballistic", "直径76至254毫米，R32至T51螺纹", "76 to 254 mm, R32 to T51 threads"),
    "sawblade": ("粒度30/40至50/60目，高强度", "30/40 to 50/60 mesh, high-strength grade", "直径350至3500毫米，激光焊接刀头", "14 to 138 inches, laser-welded segments"),
    "truckscale": ("量程10至50吨，C3精度，IP68防护", "10 to 50 t capacity, C3 accuracy, IP68", "台面3×18米至3.4×24米，载重60至150吨", "10 x 60 ft to 11 x 80 ft decks, 60 to 150 tons"),
}  # fmt: skip

# key -> (input need zh, en, product need zh, en): as a buyer words what it wants to buy
NEEDS = {
    "dumpling": ("筋度高、煮后不破皮的饺子粉", "strong flour that keeps dumpling skins from tearing in the pot", "猪肉白菜馅水饺，每只约20克，每年约600吨", "pork and cabbage dumplings around 20 g each, roughly 1.3 million lb a year"),
    "garlic": ("个头大、耐储存的白皮蒜", "large, long-storing white garlic", "新鲜去皮蒜瓣，每周到货，全年约800吨", "fresh peeled cloves delivered weekly, about 1.8 million lb a year"),
    "diaper": ("吸收快、回渗低的高吸水性树脂", "fast-absorbing SAP with low rewet", "各尺码纸尿裤，每月约90万片", "diapers in every size, some 900,000 a month"),
    "peach": ("个头均匀、适合对开的黄桃", "uniform cling peaches that halve cleanly", "自助餐台用的大罐装黄桃切片，每年约3万箱", "peach slices in #10 cans for the buffet line, about 30,000 cases a year"),
    "pillow": ("回弹好、不结团的填充纤维", "resilient fiberfill that does not clump", "防螨、耐高温洗涤的枕头，每年开学前约6万只", "hypoallergenic pillows that survive hot washes, about 60,000 before each fall move-in"),
    "conveyor": ("强度高、伸长率低的输送带骨架帆布", "high-strength, low-stretch carcass fabric", "石灰石输送用耐磨输送带，带宽1200毫米，年用量约8公里", "abrasion-resistant 48-inch belting for limestone, about five miles a year"),
    "airfilter": ("容尘量大、阻力低的合成滤材", "synthetic media with high dust holding and low pressure drop", "各楼宇空调机组用的MERV 13滤网，每季约4万只", "MERV 13 filters for every air handler on campus, about 40,000 a quarter"),
    "drillbit": ("耐冲击、耐磨损的硬质合金球齿", "impact- and wear-resistant carbide buttons", "硬岩用165毫米潜孔钻头，年用量约5000只", "165 mm DTH bits for hard rock, about 5,000 a year"),
    "sawblade": ("适合切割花岗岩的高强度金刚石", "high-strength diamond for cutting granite", "切花岗岩和石英石的桥切机锯片，每月约300片", "bridge saw blades for granite and quartz, about 300 a month"),
    "truckscale": ("防雷击、可互换的数字称重传感器", "lightning-protected, interchangeable digital load cells", "每个回收站一台24米汽车衡，含检定服务", "one 80-foot truck scale per yard, certified and serviced"),
}  # fmt: skip

# key -> stage -> another common name (zh, en) by which others call a company of that stage
ALIASES = {
    "dumpling": {"R": ("面粉厂", "flour mill"), "M": ("水饺厂", "dumpling factory"), "D": ("亚洲食品进口商", "Asian food importer"), "E": ("火锅店连锁", "hot pot chain")},
    "garlic": {"R": ("大蒜种植户", "garlic grower"), "M": ("大蒜加工厂", "garlic processing plant"), "D": ("蔬菜批发商", "vegetable wholesaler"), "E": ("蘸酱生产商", "dip maker")},
    "diaper": {"R": ("吸水树脂厂", "SAP producer"), "M": ("纸尿裤厂", "diaper factory"), "D": ("婴童用品批发商", "baby goods distributor"), "E": ("托育中心", "daycare operator")},
    "peach": {"R": ("桃园", "peach grower"), "M": ("罐头厂", "canner"), "D": ("罐头代理商", "canned goods agent"), "E": ("自助餐连锁", "buffet chain")},
    "pillow": {"R": ("填充棉厂", "fiberfill supplier"), "M": ("枕头厂", "pillow factory"), "D": ("家纺批发商", "home textile wholesaler"), "E": ("学生公寓公司", "student apartment company")},
    "conveyor": {"R": ("帆布厂", "belting fabric mill"), "M": ("输送带厂", "belting manufacturer"), "D": ("输送带服务商", "belt splicing contractor"), "E": ("水泥厂", "cement plant")},
    "airfilter": {"R": ("滤材厂", "media supplier"), "M": ("过滤器厂", "filter factory"), "D": ("滤网服务商", "filter change contractor"), "E": ("大学", "university")},
    "drillbit": {"R": ("合金厂", "carbide supplier"), "M": ("钻头厂", "drill bit factory"), "D": ("钻具经销商", "drill tooling dealer"), "E": ("矿山企业", "mining company")},
    "sawblade": {"R": ("金刚石厂", "diamond supplier"), "M": ("锯片厂", "saw blade factory"), "D": ("石材工具商", "stone tool distributor"), "E": ("台面厂", "countertop shop")},
    "truckscale": {"R": ("传感器厂", "load cell supplier"), "M": ("地磅厂", "scale manufacturer"), "D": ("衡器服务商", "scale service firm"), "E": ("废钢回收站", "scrap yard")},
}  # fmt: skip

ORDER = "RMDE"  # up the chain: a company buys from a stage before its own, sells to one after
DOWN = {"R": "M", "M": "D", "D": "E"}
ABROAD_ZH = ["韩国", "加拿大", "新西兰", "沙特", "越南", "秘鲁", "荷兰", "印尼"]
ABROAD_EN = ["Korea", "Canada", "New Zealand", "Saudi Arabia", "Vietnam", "Peru", "the Netherlands", "Indonesia"]  # fmt: skip
US_REGIONS = ["the Midwest", "New England", "Texas and Oklahoma", "the Mountain West",
              "the Carolinas", "California"]  # fmt: skip

# The want. {c}: the other country, {w}/{ws}/{Ws}: the wanted stage's noun (singular/plural),
# {a}: the other country's adjective, {inp}/{prod}: the chain's input and product.
ZH_CUE = [
    "诚寻{c}{w}，欢迎来电洽谈。",
    "希望对接{c}的{w}，可先试单。",
    "求{c}{w}资源，长期合作。",
    "需要一家{c}{w}，有意者请联系。",
]
ZH_NAMED = [
    "对接对象：{c}{w}。",
    "合作伙伴画像——{c}的{w}。",
    "{c}{w}优先。",
    "下一步想见的是{c}的{w}。",
]
ZH_IMPLIED = {
    ("R", "M"): ["明年{inp}扩产两成，新增产量准备签给{c}的加工企业。",
                 "{inp}能按下游工厂的配方与规格定制，明年打算在{c}签下第一批长期订单。"],
    ("M", "R"): ["{inp}一直靠国内采购，价格波动太大，想在{c}锁定一个稳定的源头货源。",
                 "二期工厂投产后{inp}月用量翻番，准备直接向{c}的原料厂家下单。"],
    ("M", "D"): ["{prod}今年准备进入{c}，缺一家当地能清关、备货、分销的合作伙伴。",
                 "想在{c}签一家独家代理，{prod}整柜发过去，当地的销售和售后由对方负责。"],
    ("M", "E"): ["{prod}可以按使用单位的要求定制，打算绕过贸易商，直接卖给{c}的大用户。",
                 "{prod}想从工厂直发到{c}的终端用户手里，省下中间差价。"],
    ("D", "M"): ["现有{prod}供应商交期总是拖，打算改从{c}工厂直接进货。",
                 "明年要上自有品牌{prod}，正在{c}物色代工工厂。"],
    ("D", "E"): ["{prod}库存充足，可以给{c}的终端用户按月配送、账期结算。",
                 "我们熟悉{c}用户的采购节奏，{prod}可以按需分批送到现场。"],
    ("E", "M"): ["{prod}每年用量不小，明年准备跳过经销环节，直接和{c}的生产厂谈价。",
                 "打算和{c}的工厂签一份{prod}年度直供合同。"],
    ("E", "D"): ["{prod}现在由好几家小供应商零散供货，想统一交给{c}一家有库存、能送货的供应商。",
                 "各网点{prod}的补货和售后太分散，希望在{c}找一家供应商统一负责。"],
}  # fmt: skip
EN_CUE = [
    "We are looking for {ws} in {c}.",
    "Seeking a reliable {w} from {c} for regular business.",
    "Hoping to connect with {a} {ws}.",
    "We need a {w} in {c} — introductions welcome.",
]
EN_NAMED = [
    "Target partner: a {w} in {c}.",
    "{Ws} based in {c}, please get in touch.",
    "Best fit for us: {a} {ws}.",
    "Next meeting we'd like: a {w} from {c}.",
]
EN_IMPLIED = {
    ("R", "M"): ["We are expanding our output of {inp} next season and want the added volume contracted to production plants in {c}.",
                 "We make {inp} to the buyer's own spec, and we'd like our next long-term contracts to be with factories in {c}."],
    ("M", "R"): ["We buy all our {inp} at home today and prices swing too much; we want a steady source in {c}.",
                 "Our second line doubles our monthly use of {inp} next year, and we intend to buy it directly from producers in {c}."],
    ("M", "D"): ["We plan to bring our {prod} to {c} this year and lack a local partner to clear customs, hold stock and resell.",
                 "We want one exclusive importer in {c}: we ship {prod} by the container, they handle local sales and service."],
    ("M", "E"): ["We make {prod} to the user's spec and would rather sell straight to large users in {c} than through traders.",
                 "We'd like to ship factory-direct to the end users of {prod} in {c}."],
    ("D", "M"): ["Our current supplier of {prod} keeps missing ship dates, so we plan to buy factory-direct from {c}.",
                 "We are launching a private-label line of {prod} and need a contract factory in {c}."],
    ("D", "E"): ["We keep {prod} in stock and can deliver to end users anywhere in {c} on monthly terms.",
                 "We know how large buyers in {c} purchase and can schedule deliveries of {prod} to their sites."],
    ("E", "M"): ["We go through a lot of {prod}, and next year we want to skip the distributors and negotiate directly with a factory in {c}.",
                 "We intend to sign an annual direct-supply contract for {prod} with a manufacturer in {c}."],
    ("E", "D"): ["We buy {prod} from half a dozen small vendors today and would hand the whole account to one stocking supplier in {c}.",
                 "Restocking {prod} across our sites is scattered; we want one supplier in {c} to own it, service included."],
}  # fmt: skip

PROVINCES = [("河南", "Henan"), ("山东", "Shandong"), ("广西", "Guangxi"), ("吉林", "Jilin"),
             ("江西", "Jiangxi"), ("湖北", "Hubei"), ("福建", "Fujian"), ("云南", "Yunnan")]  # fmt: skip
CN_SYLLABLES = [("禾", "He"), ("峻", "Jun"), ("朗", "Lang"), ("沛", "Pei"), ("岚", "Lan"),
                ("炜", "Wei"), ("泓", "Hong"), ("霖", "Lin"), ("翎", "Ling"), ("皓", "Hao"),
                ("驰", "Chi"), ("舜", "Shun"), ("铂", "Bo"), ("澄", "Cheng")]  # fmt: skip
CN_FORMS = [("有限公司", "Co., Ltd."), ("工贸有限公司", "Industry & Trade Co., Ltd."),
            ("制造有限公司", "Manufacturing Co., Ltd."), ("进出口有限公司", "Import & Export Co., Ltd."),
            ("商贸有限公司", "Commerce Co., Ltd."), ("集团有限公司", "Group Co., Ltd."),
            ("股份有限公司", "Corporation")]  # fmt: skip
US_NAMES = [("Ashford", "阿什福德"), ("Barlow", "巴洛"), ("Caldwell", "考德威尔"), ("Delancey", "德兰西"),
            ("Emerson", "爱默生"), ("Fairbanks", "费尔班克斯"), ("Gilmore", "吉尔摩"),
            ("Hollis", "霍利斯"), ("Irving", "欧文"), ("Jennings", "詹宁斯"), ("Kendrick", "肯德里克"),
            ("Lyndon", "林登"), ("Merritt", "梅里特"), ("Nash", "纳什"), ("Prescott", "普雷斯科特"),
            ("Quimby", "昆比"), ("Radford", "拉德福德"), ("Sherwood", "舍伍德"), ("Tate", "泰特"),
            ("Wakefield", "韦克菲尔德")]  # fmt: skip
US_SUFFIX = ["Inc.", "LLC", "Co.", "Corp.", "Group", "Industries"]
US_STATES = ["Nebraska", "Maine", "Arkansas", "Mississippi", "New Mexico", "Delaware", "North Dakota", "Connecticut"]  # fmt: skip

# People, places and small facts, all made up.
ZH_PEOPLE = ["赵立军", "孙雪梅", "马俊", "吴佳怡", "郑浩", "何丽娟", "韩磊", "冯晓峰"]
ZH_ROLES = ["董事长", "国际贸易部主管", "采购部长", "业务经理", "运营总监", "总经理助理"]
EN_PEOPLE = ["Dana Whitfield", "Carlos Mendez", "Priya Nair", "Tom Kowalczyk", "Jenna Ruiz",
             "Brian Osei", "Laura Feng", "Mike Halvorsen"]  # fmt: skip
CN_PEOPLE_EN = ["Zhao Lijun", "Sun Xuemei", "Ma Jun", "Wu Jiayi", "Zheng Hao", "He Lijuan"]
EN_ROLES = ["President", "Purchasing Manager", "Export Sales Manager", "COO", "Owner",
            "Supply Chain Director"]  # fmt: skip
ZH_STAFF = ["小林", "刘老师", "周干事", "小陈"]
EN_STAFF = ["K. Alvarez", "R. Bishop", "S. Lam", "T. Greer"]
MONTHS = ["March", "May", "July", "September", "November", "December"]
PARKS = {  # (zh, en) by sector
    True: [("现代农业产业园", "Modern Agriculture Park"), ("食品产业园", "Food Industry Park"),
           ("经济技术开发区", "Economic and Technological Development Zone")],
    False: [("高新技术产业开发区", "High-Tech Industrial Development Zone"),
            ("装备制造产业园", "Equipment Manufacturing Park"),
            ("经济技术开发区", "Economic and Technological Development Zone")],
}  # fmt: skip
COUNTIES = ["Custer", "Logan", "Pike", "Marion", "Boone", "Lincoln"]
MODE_ZH = {"R": "原料生产商", "M": "生产厂家", "D": "贸易/服务商", "E": "采购商"}
MODE_EN = {"R": "Manufacturer, raw materials", "M": "Manufacturer / factory",
           "D": "Trading company / service provider", "E": "Buyer"}  # fmt: skip
ZH_FOLLOW = ["跟进：已把会员对接表发给对方，等回传。", "跟进：列入下期线上对接会名单。",
             "跟进：下周再打电话确认规格和数量。", "跟进：已转给美方合作机构。"]  # fmt: skip
EN_FOLLOW = ["Next step: sent the matchmaking form, waiting for it back.",
             "Next step: added to the list for the next online matchmaking session.",
             "Next step: call again next week to confirm specs and volumes.",
             "Next step: passed to our partner office in China."]  # fmt: skip
ZH_HANDLES = [
    "老王说外贸",
    "山东老李",
    "Lucy_外贸",
    "做实业的小赵",
    "大漠孤烟",
    "阿杰在路上",
    "一只采购喵",
]
ZH_BOARDS = ["外贸交流", "采购与货源", "出海经验谈", "行业供需"]
ZH_CLOSE = [
    "有做过的朋友求指点，先谢过！",
    "欢迎私信交流。",
    "大家有什么建议？",
    "感谢各位前辈。",
    "",
]
EN_BOARDS = ["Sourcing & Suppliers", "Import / Export", "Industry Networking", "Doing Business Across the Pacific"]  # fmt: skip
EN_HANDLES = ["ops_guy_77", "midwest_sourcing", "plantmgr22", "k_hale", "tradewinds", "supplychainsam", "jr_procurement"]  # fmt: skip
EN_OPEN = ["First post here.", "Long-time lurker, first post.", "Hi all,", ""]
EN_CLOSE = ["Any leads appreciated.", "Thanks in advance.", "Happy to share what we've learned too.",
            "PM me if this sounds like you.", ""]  # fmt: skip

# How often each kind of text was written by the last ``build``, for ``main`` to print, and
# the kinds still to be dealt (``build`` shuffles six equal shares of the 110 companies).
KINDS: Counter[str] = Counter()
DECK: list[str] = []


def _want(rng: random.Random, zh: bool, us: bool, *, key: str, stages: STAGES, stage: str,
          want: str) -> str:  # fmt: skip
    """The want: with a cue word, naming the partner without one, or implied by a plan; the
    wanted company called, half the time, by another common name of its kind."""
    if rng.random() < 0.5:
        zh_alias, en_alias = ALIASES[key][want]
        stages = {**stages, want: (zh_alias, en_alias, *stages[want][2:])}
    pools = (ZH_CUE, ZH_NAMED, ZH_IMPLIED, EN_CUE, EN_NAMED, EN_IMPLIED)
    return pick_want(rng, zh, us, pools=pools, trade=TRADE[key], stages=stages, stage=stage,
                     want=want)  # fmt: skip


def _cert(key: str, stage: str, zh: bool) -> str:
    """The certificate of a supplier or a maker; none for a distributor or an end buyer."""
    at = {"R": 4, "M": 6}.get(stage)  # where its Chinese certificate stands in TRADE
    return "" if at is None else TRADE[key][at if zh else at + 1]


def _goods(key: str, which: str, zh: bool) -> tuple[str, str]:
    """The chain's input (``which`` "R") or product (any other stage) and the seller's
    specification of it."""
    at = (0 if which == "R" else 2) + (0 if zh else 1)
    return TRADE[key][at], SPECS[key][at]


def _buying(stage: str, want: str) -> bool:
    """Whether the company buys from the stage it wants (rather than selling to it)."""
    return ORDER.index(want) < ORDER.index(stage)


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
        return rng.choice([f"现有客户以{abroad}的{stages[down][0]}为主。",
                           f"已为{abroad}的{stages[down][0]}供货多年。"])  # fmt: skip
    downs = _plural(stages[down][1])
    if us:
        return rng.choice([f"Main accounts: {downs} in {rng.choice(US_REGIONS)}.",
                           f"Current buyers are {downs} across {rng.choice(US_REGIONS)}."])  # fmt: skip
    abroad = " and ".join(rng.sample(ABROAD_EN, 2))
    return rng.choice([f"Main accounts: {downs} in {abroad}.",
                       f"Already supplying {downs} in {abroad}."])  # fmt: skip


def _person(rng: random.Random, zh: bool, us: bool) -> tuple[str, str]:
    """A made-up contact and title."""
    if zh:
        return rng.choice(ZH_PEOPLE), rng.choice(ZH_ROLES)
    return rng.choice(EN_PEOPLE if us else CN_PEOPLE_EN), rng.choice(EN_ROLES)


def _phone(rng: random.Random, zh: bool, us: bool) -> str:
    """A made-up telephone number (US numbers in the 555-01xx fiction range)."""
    if us:
        return f"({rng.randint(201, 989)}) 555-01{rng.randint(0, 99):02d}"
    mobile = f"1{rng.choice('3589')}{rng.randint(0, 9)}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
    return mobile if zh else f"+86 {mobile}"


def _quoted(seek: str, who: str) -> str:
    """The want quoted from a manager ("“…,” said …"); one that brings its own label or does
    not end a sentence is given after the speaker instead."""
    if ":" in seek or not seek.endswith("."):
        return f"{who}: “{seek}”"
    return f"“{seek[:-1]},” said {who}."


def _page(rng: random.Random, zh: bool, us: bool, *, name: str, place: str, key: str,
          stages: STAGES, stage: str, want: str, seek: str, ref: str) -> str:  # fmt: skip
    """A B2B sourcing-site company page in sections: a supplier's, with its main products,
    or a verified buyer's (an end buyer, or some that buy from the stage they want), with
    what it purchases; the want in the overview or in a section of its own."""
    zh_noun, en_noun, zh_detail, en_detail = stages[stage]
    buyer = stage == "E" or (_buying(stage, want) and rng.random() < 0.5)
    years, y = rng.randint(2, 14), rng.randint(1975, 2020)
    staff = rng.choice(["1000人以上", "5000人以上"] if stage == "E" else ["50-99人", "100-299人", "300-999人"])  # fmt: skip
    staff_en = rng.choice(["1,000+", "5,000+"] if stage == "E" else ["50-99", "100-299", "300-999"])
    cert = _cert(key, stage, zh)
    inline = rng.random() < 0.4
    share = rng.randint(15, 45)
    if zh:
        badge = (
            f"［认证采购商·注册第{years}年］"
            if buyer
            else f"［金牌供应商·第{years}年{'｜实地验厂' if rng.random() < 0.5 else ''}］"
        )
        lines = [f"{name} {badge}", "公司简介",
                 f"{name}是一家{zh_noun}，{zh_detail}。{ref}" + (seek if inline else ""),
                 "基本信息", f"经营模式：{MODE_ZH[stage]}", f"所在地区：{place}", f"成立年份：{y}年",
                 f"员工人数：{staff}"]  # fmt: skip
        if buyer:
            lines += ["采购信息", f"常年采购：{_bought(key, stage, want, zh)}"]
        else:
            item, spec = _goods(key, stage, zh)
            lines += ["产品信息", f"主营产品：{item}", f"规格参数：{spec}", f"认证：{cert}" if cert else "",
                      f"主要市场：北美{share}%｜东南亚{60 - share}%｜国内40%" if not us else ""]  # fmt: skip
        if not inline:
            lines += [
                rng.choice(["采购需求", "合作需求", "留言"])
                if buyer
                else rng.choice(["合作需求", "招商信息"]),
                seek,
            ]
        return "\n".join(p for p in lines if p)
    badge = f"[Verified buyer · {years} yrs]" if buyer else f"[Audited supplier · {years} yrs]"
    lines = [f"{name} {badge}", "Company overview",
             " ".join(p for p in [_an(f"{name} is a {en_noun}: {en_detail}."), ref, seek if inline else ""] if p),
             "Basic information", f"Business type: {MODE_EN[stage]}", f"Location: {place}",
             f"Year established: {y}", f"Employees: {staff_en}"]  # fmt: skip
    if buyer:
        lines += ["Purchasing", f"Buys regularly: {_bought(key, stage, want, zh)}"]
    else:
        item, spec = _goods(key, stage, zh)
        lines += ["Products", f"Main products: {item}", f"Specifications: {spec}",
                  f"Certifications: {cert}" if cert else "",
                  f"Main markets: domestic {100 - share}%, Canada {share // 2}%, Mexico {share - share // 2}%" if us
                  else f"Main markets: North America {share}%, Southeast Asia {60 - share}%, domestic 40%"]  # fmt: skip
    if not inline:
        lines += [
            rng.choice(["Sourcing request", "Partnership wanted", "Message"])
            if buyer
            else rng.choice(["Partnership wanted", "Message"]),
            seek,
        ]
    return "\n".join(p for p in lines if p)


def _call(rng: random.Random, zh: bool, us: bool, *, name: str, place: str, key: str,
          stages: STAGES, stage: str, want: str, seek: str, ref: str) -> str:  # fmt: skip
    """The secretariat's minutes of a telephone call (an incoming call, or one it returned):
    numbered points or a running note; the want in the caller's words first or last."""
    zh_noun, en_noun, zh_detail, en_detail = stages[stage]
    person, role = _person(rng, zh, us)
    cert = _cert(key, stage, zh) if rng.random() < 0.5 else ""
    month, day, hour, minute = (
        rng.randrange(6),
        rng.randint(1, 28),
        rng.randint(9, 17),
        rng.randrange(0, 60, 5),
    )
    inbound = rng.random() < 0.6
    first = rng.random() < 0.4
    if zh:
        head = (f"【电话记录】2026年{2 * month + 1}月{day}日 {hour}:{minute:02d}｜{'来电' if inbound else '回访'}："
                f"{name}（{place}）{person}，{role}｜记录人：秘书处{rng.choice(ZH_STAFF)}")  # fmt: skip
        about = f"企业情况：{zh_noun}，{zh_detail}。" + (f"{cert}。" if cert else "") + ref
        ask = _field("诉求", "：", seek) if rng.random() < 0.5 else f"原话：“{seek}”"
        points = [ask, about] if first else [about, ask]
        if rng.random() < 0.5:
            body = "\n".join(f"{i}. {p}" for i, p in enumerate([*points, rng.choice(ZH_FOLLOW)], 1))
        else:
            body = "要点：" + "".join(points) + rng.choice(ZH_FOLLOW)
        return f"{head}\n{body}"
    hour12 = f"{hour - 12 if hour > 12 else hour}:{minute:02d} {'pm' if hour >= 12 else 'am'}"
    how = "Incoming call from" if inbound else "Returned call to"
    head = (f"Call log — {MONTHS[month]} {day}, 2026, {hour12}. {how} {person}, {role}, {name} "
            f"({place}). Taken by {rng.choice(EN_STAFF)}.")  # fmt: skip
    about = " ".join(
        p
        for p in [
            _an(f"Business: a {en_noun}; {en_detail}."),
            f"{_cap(cert)}." if cert else "",
            ref,
        ]
        if p
    )
    ask = _field("Asked for", ": ", seek) if rng.random() < 0.5 else f"In their words: “{seek}”"
    points = [ask, about] if first else [about, ask]
    if rng.random() < 0.5:
        return "\n".join([head, *(f"- {p}" for p in points), f"- {rng.choice(EN_FOLLOW)}"])
    return f"{head}\nNotes: {' '.join(points)} {rng.choice(EN_FOLLOW)}"


def _roster(rng: random.Random, zh: bool, us: bool, *, name: str, place: str, key: str,
            stages: STAGES, stage: str, want: str, seek: str, ref: str) -> str:  # fmt: skip
    """One row of a delegation roster: number, company, delegate, business, one-line need
    (the need before the business in some rows)."""
    zh_noun, en_noun, zh_detail, en_detail = stages[stage]
    person, role = _person(rng, zh, us)
    n = rng.randint(3, 48)
    swap = rng.random() < 0.3
    if zh:
        team = rng.choice(
            ["2027年春季赴美经贸考察团", "2027年赴美企业出访团", "中美产业对接商务代表团"]
        )
        cols = [f"{zh_noun}，{zh_detail}", _field("对接需求", "：", seek)]
        if swap:
            cols.reverse()
        return f"【{team}名单】第{n}号｜{name}（{place}）｜{person}，{role}｜" + "｜".join(cols)
    if us:
        team = rng.choice(["U.S. buyer and supplier delegation to China, spring 2027",
                           "Trade mission to China, April 2027 — participant list"])  # fmt: skip
    else:
        team = rng.choice(["China business delegation to the US, spring 2027",
                           "Chinese enterprise delegation — U.S. program, 2027"])  # fmt: skip
    cols = [_an(f"a {en_noun}; {en_detail}"), _field("Need", ": ", seek)]
    if swap:
        cols.reverse()
    return f"{team} — No. {n}: {name} ({place}) | {person}, {role} | " + " | ".join(cols)


def _promotion(rng: random.Random, zh: bool, us: bool, *, name: str, place: str, key: str,
               stages: STAGES, stage: str, want: str, seek: str, ref: str) -> str:  # fmt: skip
    """A government investment-promotion blurb about a company in its district: a Chinese
    park's "featured enterprise" or a US county's "featured employer"; the company's want
    quoted or given as its next step."""
    zh_noun, en_noun, zh_detail, en_detail = stages[stage]
    cert = _cert(key, stage, zh)
    person, role = _person(rng, zh, us)
    y = rng.randint(2003, 2023)
    park, park_en = rng.choice(PARKS[key in FOOD])
    jobs = rng.choice([3800, 7200, 15000] if stage == "E" else [160, 420, 950, 2100])
    if zh:
        said = rng.choice([f"企业负责人{person}（{role}）介绍：“{seek}”",
                           _field("企业下一步", "：", seek), f"园区将协助企业对接海外资源。{seek}"])  # fmt: skip
        return (f"【招商引资·企业风采】{place}{park}：{name}\n"
                f"{name}于{y}年落户{park}，是一家{zh_noun}，{zh_detail}，带动就业{jobs}人。"
                + (f"{cert}。" if cert else "") + ref + said)  # fmt: skip
    if us:
        county = rng.choice(COUNTIES)
        said = rng.choice([_quoted(seek, f"{person}, {role}"), _field("Growth plans", ": ", seek),
                           f"What the company is looking for: {seek}"])  # fmt: skip
        parts = [f"{county} County Economic Development Council — Featured employer: {name}",
                 _an(f"{name} ({county} County, {place}) is a {en_noun}: {en_detail}, and employs {jobs:,} people locally."),
                 f"{_cap(cert)}." if cert else "", ref, said]  # fmt: skip
        return "\n".join([parts[0], " ".join(p for p in parts[1:] if p)])
    said = rng.choice([_quoted(seek, f"{person}, {role}"), _field("Next step", ": ", seek)])
    parts = [f"Invest in {place}: featured enterprise of the {park_en}",
             _an(f"{name} settled in the zone in {y}. It is a {en_noun} — {en_detail} — with {jobs:,} employees."),
             f"{_cap(cert)}." if cert else "", ref, said]  # fmt: skip
    return "\n".join([parts[0], " ".join(p for p in parts[1:] if p)])


def _ad(rng: random.Random, zh: bool, us: bool, *, name: str, place: str, key: str,
        stages: STAGES, stage: str, want: str, seek: str, ref: str) -> str:  # fmt: skip
    """A classified ad: wanted (what the company buys from the stage it wants) or available
    (what it sells to it), then the business, the want and a contact."""
    zh_noun, en_noun, zh_detail, en_detail = stages[stage]
    person, _ = _person(rng, zh, us)
    phone = _phone(rng, zh, us)
    cert = _cert(key, stage, zh) if rng.random() < 0.5 else ""
    if zh:
        if _buying(stage, want):
            head = f"【求购】{_bought(key, stage, want, zh)}"
        else:
            item, spec = _goods(key, stage, zh)
            head = f"【供应】{item}（{spec}）"
        body = f"{name}（{place}），{zh_noun}，{zh_detail}。" + (f"{cert}。" if cert else "") + seek
        return f"{head}\n{body}联系人：{person}，电话{phone}"
    if _buying(stage, want):
        head = f"WANTED: {_bought(key, stage, want, zh)}"
    else:
        item, spec = _goods(key, stage, zh)
        head = f"{rng.choice(['AVAILABLE', 'FOR SALE'])}: {item} — {spec}"
    body = " ".join(p for p in [_an(f"{name} ({place}), a {en_noun}: {en_detail}."),
                                f"{_cap(cert)}." if cert else "", seek, f"Call {person}, {phone}."] if p)  # fmt: skip
    return f"{head}\n{body}"


def _forum(rng: random.Random, zh: bool, us: bool, *, name: str, place: str, key: str,
           stages: STAGES, stage: str, want: str, seek: str, ref: str) -> str:  # fmt: skip
    """A trade-forum post: board, title, poster, a first-person body, the reply count."""
    zh_noun, en_noun, zh_detail, en_detail = stages[stage]
    _, role = _person(rng, zh, us)
    replies, views = rng.randint(0, 38), rng.randint(120, 4800)
    zh_inp, en_inp, zh_prod, en_prod = TRADE[key][:4]
    # what it buys from the stage it wants, or what it sells to it
    raw = want == "R" if _buying(stage, want) else stage == "R"
    thing_zh, thing_en = (zh_inp, en_inp) if raw else (zh_prod, en_prod)
    if zh:
        if _buying(stage, want):
            title = rng.choice(
                [
                    f"求{thing_zh}靠谱货源",
                    "新人报到，顺便求资源",
                    f"{thing_zh}采购，大家都找哪里的厂？",
                ]
            )
        else:
            title = rng.choice(
                [
                    f"{thing_zh}想做国外市场，求经验",
                    "新人报到，顺便求资源",
                    f"聊聊{thing_zh}出口这一年",
                ]
            )
        body = (
            f"楼主在{place}一家{zh_noun}（{name}）做{role}，公司{zh_detail}。"
            + ref
            + seek
            + rng.choice(ZH_CLOSE)
        )
        return (f"【{rng.choice(ZH_BOARDS)}】{title}\n楼主：{rng.choice(ZH_HANDLES)}\n{body}\n"
                f"回复 {replies}｜浏览 {views}")  # fmt: skip
    if _buying(stage, want):
        title = rng.choice(
            [
                f"Where do you all source {thing_en}?",
                f"Sourcing {thing_en} — advice?",
                "Introducing ourselves + a question",
            ]
        )
    else:
        title = rng.choice(
            [
                f"Taking our {thing_en} overseas — lessons?",
                "Introducing ourselves + a question",
                f"Anyone selling {thing_en} abroad?",
            ]
        )
    handle = rng.choice(EN_HANDLES)
    body = " ".join(p for p in [rng.choice(EN_OPEN), _an(f"I'm the {role} at {name}, a {en_noun} in {place} ({en_detail})."),
                                ref, seek, rng.choice(EN_CLOSE)] if p)  # fmt: skip
    return (
        f"Forum › {rng.choice(EN_BOARDS)} › {title}\nPosted by {handle} · {replies} replies\n{body}"
    )


WRITERS: dict[str, Callable[..., str]] = {
    "sourcing-site page": _page,
    "call minutes": _call,
    "delegation roster row": _roster,
    "investment-promotion blurb": _promotion,
    "classified ad": _ad,
    "forum post": _forum,
}


def _text(rng: random.Random, zh: bool, us: bool, name: str, place: str, *, key: str,
          stages: STAGES, stage: str, want: str) -> str:  # fmt: skip
    """One of the six kinds of text, about a sixth each."""
    seek = _want(rng, zh, us, key=key, stages=stages, stage=stage, want=want)
    ref = _customers(rng, zh, us, stages=stages, stage=stage)
    kind = DECK.pop()
    KINDS[kind] += 1
    return WRITERS[kind](rng, zh, us, name=name, place=place, key=key, stages=stages,
                         stage=stage, want=want, seek=seek, ref=ref)  # fmt: skip


def _org_writer(seed: int) -> object:
    """This set's company writer (``org_writer`` of holdout9) with its names, sentences and
    legal forms: an industry-and-trade or manufacturing legal form only for a supplier or a
    maker, an import-export or commerce one only for a distributor or service company, a
    group one only for an end buyer."""
    return org_writer(seed, "g", text=_text, want_text=_want,
                      names=(US_NAMES, US_SUFFIX, US_STATES, CN_SYLLABLES, PROVINCES),
                      forms=lambda stage: [CN_FORMS[0], CN_FORMS[3], CN_FORMS[4]] if stage == "D"
                      else [CN_FORMS[0], CN_FORMS[1], CN_FORMS[6]] if stage == "R"
                      else [*CN_FORMS[:3], CN_FORMS[6]] if stage == "M" else [CN_FORMS[0], *CN_FORMS[5:]],
                      zh_line="{name}是一家{noun}，{detail}。{seek}")  # fmt: skip


def build(seed: int = SEED) -> tuple[dict[str, object], dict[str, object]]:
    """The profiles document and the gold file."""
    KINDS.clear()
    DECK[:] = [list(WRITERS)[i % len(WRITERS)] for i in range(110)]
    random.Random(seed).shuffle(DECK)
    profiles, gold = assemble(_org_writer(seed), CHAINS, seed=seed, prefix="g", shuffle=True)  # type: ignore[arg-type]
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
    assert all(i.startswith({"CN": "gcn", "US": "gus"}[s]) for i, s in side.items()), "ids"
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
    assert all(o["description"] and all(o["description"].values()) for o in orgs)  # type: ignore[union-attr]
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
    write_set("roles_holdout17", profiles, gold)
    # the files read back equal to what was built
    for file, data in (("roles_holdout17", profiles), ("roles_holdout17_gold", gold)):
        assert json.loads((HERE / f"{file}.json").read_text("utf-8")) == data


if __name__ == "__main__":
    main()
