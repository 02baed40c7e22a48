# ruff: noqa: E501  (the templates and role phrases are data; wrapping them would only hurt reading)
"""Write the fifteenth training corpus for the partner recommender: ``roles_corpus15.json``,
``roles_corpus15_gold.json`` and ``roles_corpus15_segments.json``.

    python bench/recommend/make_corpus15.py

Ten value chains of agriculture, forestry and animal husbandry equipment and inputs (milking
liners, livestock ear tags, poultry nipple drinkers, seed coatings, grain moisture meters,
mycotoxin binders, tree shelters, electric fence energizers, artificial insemination straws,
PTO drive shafts), 4 Chinese and 7 US companies each, every one at one stage: raw material or
key component supplier (R: a silicone rubber producer, an RFID transponder maker, a stainless
pin machine shop, a bentonite processor, a pulse transformer winder, a cross journal maker…),
maker (M), distributor / importer / dealer (D) or end buyer (E: a dairy farm, a cattle
feedlot, a broiler integrator, a seed company, a grain elevator operator, a feed mill, a
reforestation contractor, a cow-calf ranch, a bull stud, a mower and tedder maker…). Chinese
companies mostly write mainland business Chinese (one in ten English), US companies English
(one in ten Chinese). Every description is a legal, regulatory or official filing that
describes the company in passing, in one of five ways, in Chinese or English:

* the applicant's part of an import / export licence or trade registration form
  ("对外贸易经营者备案登记表", "进口许可证申请表", "APPLICATION FOR PERMIT TO IMPORT",
  "Application for Export Certificate": business scope, nature of business, the planned trade,
  certification, sometimes the reviewer's line);
* an environmental impact assessment or permit public notice ("…环境影响评价第一次信息公示",
  "PUBLIC NOTICE — Application for Air Quality Permit": project, the builder described in the
  third person, project background, how the public may comment);
* a trademark application with the applicant's statement ("商标注册申请书", "马德里商标国际
  注册申请书", "TRADEMARK/SERVICE MARK APPLICATION": mark, class, goods, filing basis,
  applicant's statement or the attorney's note, declaration and fee);
* a filing to set up an office abroad: a Chinese company's outbound investment filing
  ("境外投资备案表", "Outbound Investment Filing Form (English translation)") or a US
  company's application to register a resident representative office in China ("外国企业常驻
  代表机构登记申请书", "APPLICATION FOR REGISTRATION OF A RESIDENT REPRESENTATIVE OFFICE"):
  the company, then the purpose of the investment or office;
* a notarized power of attorney appointing an agent abroad ("授权委托书", "公证书", "SPECIAL
  POWER OF ATTORNEY", notarial certificate, apostille): the principal described, then the
  scope of the agent's authority.

Of the kinds suggested for this family, the franchise or distributorship disclosure excerpt
(too near corpus 7's franchise and dealership blurbs) and the notary's summary of a draft
cooperation agreement (too near corpus 5's draft MOU recitals and corpus 12's letters of
intent) were replaced by the office-abroad filing and the power of attorney.

Each description is built from clauses labelled ``offer`` (what the company is, makes, sells,
its business scope, whom it already serves), ``seek`` (what or whom it wants now) or ``other``
(form headers, field labels before the offer, registration numbers, marks and classes,
comment periods, declarations, fees, notarial certificates, negated wants); the clauses
concatenated are the description, and are written to the segments file. Hard cases, each in
several documents: customers already served named in the offer; negated wants ("建设单位表示，
不找经销商，只找…", "This power does not extend to dealings with distributors; it covers only
…"); role nouns inside company names that differ from the company's stage ("进出口" for a
factory, "Manufacturing" for a dealer, "Trading" for a ranch); wants naming only a generic
role and the country ("a US importer", "美国经销商"); a maker's want named by its input
material ("a dependable source of calcium montmorillonite…", "长期稳定的十字轴万向节和冷拔管供应");
the want placed first, in the middle or last, with and without a verb of wanting, as a form
field ("投资目的：…", "Purpose of application: …", "委托事项：…"), a quotation, a question
(an authority's query and the company's reply), a condition, a plan, or in the third person
(a notice, an attorney's note, a reviewer's line). A pair (CN, US) is gold when both are in
one chain and each one's stage is what the other seeks.

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
    needs_party,
    place,
    plural,
    render,
    units,
    want_phrases,
)

HERE = Path(__file__).resolve().parent
SEED = 151515
PREFIX = "k15"
N_CN, N_US = 4, 7
STAGES = ("R", "M", "D", "E")
NEIGHBOURS = {"R": ("M",), "M": ("R", "D", "E"), "D": ("M", "E"), "E": ("M", "D")}
SERVES = {"R": ("M",), "M": ("D", "E"), "D": ("E",), "E": ()}  # whom a stage already sells to
GENRES = (
    "licence application",
    "EIA public notice",
    "trademark application",
    "office abroad filing",
    "power of attorney",
)
MINORITY_SHARE = 0.1  # CN companies writing English, US companies writing Chinese


# --------------------------------------------------------------------------------------------
# The chains: per stage (Chinese nouns, English nouns, Chinese details, English details,
# Chinese name words, English name words), two of each, and the trademark class and goods of
# each kind of company ("tm"). Details follow a subject ("该公司…", "with …").
# --------------------------------------------------------------------------------------------
def st(*parts: list) -> dict[str, list]:
    """One stage: nouns (zh, en), details (zh, en), name words (zh, en) and trademark
    (class, Chinese goods, English goods), two of each."""
    return dict(zip(("zh", "en", "dzh", "den", "wzh", "wen", "tm"), parts, strict=True))


# fmt: off
CHAINS: dict[str, dict] = {
    "milkliner": {
        "cat": "livestock", "product": ("挤奶机奶衬", "milking liners"), "hs": ("8434.90", "4005.99"),
        "material": ("食品级硅橡胶和丁腈混炼胶", "food-grade silicone and nitrile rubber compound"),
        "R": st(["硅橡胶厂", "橡胶混炼厂"], ["silicone rubber producer", "rubber compounder"],
                ["食品级硅橡胶年产6000吨，可按FDA要求出具检测报告", "丁腈混炼胶月产800吨，可按客户配方定制"],
                ["6,000 tonnes of food-grade silicone rubber a year, tested to FDA requirements", "800 tonnes of custom-mixed nitrile compound a month"],
                ["有机硅", "橡胶"], ["Silicones", "Rubber Compounding"],
                [(17, "硅橡胶", "silicone rubber"), (17, "合成橡胶", "synthetic rubber")]),
        "M": st(["奶衬生产厂", "挤奶配件厂"], ["milking liner manufacturer", "milking parts maker"],
                ["硅胶和橡胶奶衬年产300万支，适配主流品牌挤奶杯组", "奶衬、短奶管、集乳器配件都能做，500支起可做贴牌"],
                ["3 million rubber and silicone liners a year for the major cluster brands", "liners, short milk tubes and claw parts, private label from 500 pieces"],
                ["牧业机械", "挤奶设备"], ["Dairy Parts", "Milking Systems"],
                [(7, "挤奶机用奶衬", "teat cup liners for milking machines"), (7, "挤奶机零件", "parts of milking machines")]),
        "D": st(["奶牛设备经销商", "牧场耗材批发商"], ["dairy equipment dealer", "dairy supply distributor"],
                ["服务周边牧场400多家，有自己的维修队伍", "常备挤奶耗材2000多种"],
                ["service routes covering 400 dairies", "2,000 milking consumables in stock"],
                ["牧业", "农牧商贸"], ["Dairy Supply", "Farm Supply"], None),
        "E": st(["规模化奶牛场", "奶牛养殖集团"], ["dairy farm", "dairy group"],
                ["存栏奶牛8000头，转盘挤奶机3台", "下属牧场12个，泌乳牛2.6万头"],
                ["8,000 cows milked on three rotary parlors", "12 dairies and 26,000 milking cows"],
                ["牧场", "乳业"], ["Dairy Farms", "Dairy"],
                [(29, "牛奶", "milk"), (29, "牛奶；乳制品", "milk; milk products")]),
    },
    "eartag": {
        "cat": "livestock", "product": ("牲畜耳标", "livestock ear tags"), "hs": ("3926.90", "3909.50"),
        "material": ("TPU粒子和RFID芯片", "TPU resin and RFID transponders"),
        "R": st(["TPU粒子厂", "RFID芯片封装厂"], ["TPU resin producer", "RFID transponder maker"],
                ["聚氨酯弹性体TPU年产3万吨", "低频RFID芯片和线圈每月封装500万颗"],
                ["30,000 tonnes of TPU a year", "5 million low-frequency RFID transponders a month"],
                ["新材料", "物联科技"], ["Polymers", "RFID"],
                [(1, "未加工聚氨酯", "unprocessed polyurethane"), (9, "射频识别应答器", "RFID transponders")]),
        "M": st(["耳标厂", "畜牧标识生产企业"], ["ear tag manufacturer", "animal ID maker"],
                ["注塑耳标日产40万枚，可激光打号", "可视耳标、电子耳标都能做，1万枚起可贴牌"],
                ["400,000 molded tags a day, laser-numbered", "visual and electronic tags, private label from 10,000 pieces"],
                ["畜牧科技", "标识"], ["Livestock ID", "Tag"],
                [(20, "动物用塑料耳标", "plastic ear tags for livestock"), (9, "动物用电子耳标", "electronic ear tags for livestock")]),
        "D": st(["畜牧用品经销商", "农牧物资批发商"], ["livestock supply distributor", "farm and ranch wholesaler"],
                ["给1500家兽药店和养殖场供货", "下游农牧门店300家"],
                ["1,500 feed store and vet supply accounts", "300 farm and ranch stores supplied"],
                ["畜牧商贸", "农牧"], ["Livestock Supply", "Ranch Supply"], None),
        "E": st(["肉牛育肥场", "规模化羊场"], ["cattle feedlot", "sheep ranch"],
                ["肉牛存栏3万头", "存栏基础母羊1.2万只"],
                ["30,000 head of cattle on feed", "12,000 breeding ewes"],
                ["牧业", "养殖"], ["Feedyards", "Sheep Ranch"],
                [(29, "牛肉", "beef"), (29, "羊肉", "lamb")]),
    },
    "poultrydrinker": {
        "cat": "livestock", "product": ("禽用乳头饮水器", "poultry nipple drinkers"), "hs": ("8436.29", "7326.90"),
        "material": ("不锈钢阀芯和PVC方管", "stainless valve pins and PVC square pipe"),
        "R": st(["不锈钢阀芯厂", "PVC管材厂"], ["stainless pin machine shop", "PVC pipe extruder"],
                ["304不锈钢阀芯月产2000万粒", "PVC方管年产1.5万吨"],
                ["20 million 304 stainless valve pins a month", "15,000 tonnes of PVC square pipe a year"],
                ["精密五金", "管业"], ["Precision", "Pipe"],
                [(6, "金属阀门零件", "valve parts of metal"), (19, "非金属硬管", "rigid pipes, not of metal")]),
        "M": st(["饮水器厂", "养鸡设备厂"], ["drinker manufacturer", "poultry equipment maker"],
                ["乳头饮水器日产30万个", "饮水线、料线都能做，可按鸡舍尺寸设计"],
                ["300,000 nipple drinkers a day", "drinker and feeder lines designed to each house"],
                ["畜牧设备", "养殖设备"], ["Poultry Equipment", "Ag Systems"],
                [(21, "禽用饮水器", "drinking troughs for poultry"), (21, "家禽饮水器具", "poultry watering devices")]),
        "D": st(["养殖设备经销商", "禽业设备进口商"], ["poultry equipment dealer", "livestock equipment importer"],
                ["服务养殖户2000多家，负责安装和售后", "仓库常备饮水线配件5万套"],
                ["install crews serving 2,000 growers", "50,000 drinker-line kits in the warehouse"],
                ["农牧设备", "商贸"], ["Poultry Supply", "Ag Equipment"], None),
        "E": st(["肉鸡养殖企业", "蛋鸡场"], ["broiler integrator", "layer farm"],
                ["年出栏肉鸡6000万只，鸡舍420栋", "存栏蛋鸡300万羽"],
                ["60 million broilers a year from 420 houses", "3 million laying hens"],
                ["禽业", "蛋业"], ["Poultry", "Egg Farms"],
                [(29, "鸡肉", "chicken meat"), (29, "鸡蛋", "eggs")]),
    },
    "seedcoat": {
        "cat": "crop", "product": ("种衣剂", "seed coatings"), "hs": ("3808.92", "3906.90"),
        "material": ("种衣剂用成膜剂和着色剂", "film-forming polymers and colorants for seed coatings"),
        "R": st(["成膜剂厂", "颜料厂"], ["polymer binder producer", "pigment maker"],
                ["种衣剂专用成膜剂年产5000吨", "有机颜料年产8000吨，红、蓝、绿色都有"],
                ["5,000 tonnes of seed-coating binders a year", "8,000 tonnes of red, blue and green pigments a year"],
                ["化工", "颜料"], ["Polymers", "Colors"],
                [(1, "农业用化学品", "chemicals used in agriculture"), (2, "颜料", "pigments")]),
        "M": st(["种衣剂厂", "农药制剂厂"], ["seed coating formulator", "seed treatment manufacturer"],
                ["悬浮种衣剂年产1.2万吨，持有农药登记证60个", "种衣剂、包衣粉都能做，5吨起可定制配方"],
                ["12,000 tonnes of flowable seed coatings a year and 60 product registrations", "film coats and finishing powders, custom recipes from 5 tonnes"],
                ["农化", "生物科技"], ["Seed Technologies", "Crop Science"],
                [(1, "种子处理用化学制剂", "chemical preparations for treating seeds"), (1, "种子包衣剂", "seed coating preparations")]),
        "D": st(["农资经销商", "农化产品进口商"], ["ag chemical distributor", "seed treatment distributor"],
                ["给3000家农资店供货", "代理种子处理产品40多个"],
                ["3,000 farm retail accounts", "40 seed treatment products carried"],
                ["农资", "农化商贸"], ["Ag Supply", "Crop Inputs"], None),
        "E": st(["种业公司", "种子加工厂"], ["seed company", "seed conditioning plant"],
                ["年包衣玉米种子3万吨", "年加工大豆、小麦种子5万吨"],
                ["30,000 tonnes of corn seed treated a year", "50,000 tonnes of soybean and wheat seed conditioned a year"],
                ["种业", "种子"], ["Genetics", "Seed"],
                [(31, "播种用种子", "seeds for planting"), (31, "农业种子", "agricultural seeds")]),
    },
    "moisturemeter": {
        "cat": "crop", "product": ("粮食水分测定仪", "grain moisture meters"), "hs": ("9025.80", "9031.90"),
        "material": ("电容传感器和电路板组件", "capacitance sensors and circuit board assemblies"),
        "R": st(["传感器厂", "电路板贴片厂"], ["sensor maker", "electronics assembler"],
                ["电容式传感器月产50万只", "有SMT贴片线12条，小批量也接"],
                ["500,000 capacitance sensors a month", "12 SMT lines that take small batches"],
                ["传感", "电子"], ["Sensors", "Electronics"],
                [(9, "传感器", "sensors"), (9, "电路板组件", "printed circuit board assemblies")]),
        "M": st(["水分仪厂", "农业仪器厂"], ["moisture meter maker", "grain tester manufacturer"],
                ["手持式和台式水分仪年产8万台，可测20多种谷物", "水分仪、容重器都能做，200台起可贴牌"],
                ["80,000 handheld and bench meters a year, calibrated for over 20 grains", "moisture testers and test-weight scales, private label from 200 units"],
                ["仪器", "分析仪器"], ["Instruments", "Grain Testers"],
                [(9, "谷物水分测定仪", "moisture meters for grain"), (9, "谷物检测仪器", "grain testing instruments")]),
        "D": st(["农业仪器经销商", "粮机设备代理商"], ["ag instrument distributor", "grain handling equipment dealer"],
                ["给600家粮库和烘干厂供货", "有服务网点40个"],
                ["600 elevator and grain dryer accounts", "40 service points"],
                ["仪器", "粮机"], ["Ag Instruments", "Grain Systems"], None),
        "E": st(["粮食仓储企业", "大米加工厂"], ["grain elevator operator", "rice mill"],
                ["仓容60万吨", "日加工稻谷800吨"],
                ["60 elevators holding 50 million bushels", "800 tonnes of paddy milled a day"],
                ["粮食储备", "米业"], ["Grain", "Rice Milling"],
                [(39, "粮食仓储", "grain storage"), (30, "大米", "rice")]),
    },
    "toxinbinder": {
        "cat": "feed", "product": ("霉菌毒素吸附剂", "mycotoxin binders"), "hs": ("2309.90", "2508.10"),
        "material": ("钙基蒙脱石和水合硅铝酸盐", "calcium montmorillonite and hydrated aluminosilicate clay"),
        "R": st(["蒙脱石矿", "膨润土加工厂"], ["montmorillonite mine", "bentonite processor"],
                ["蒙脱石原矿年开采20万吨", "饲料级膨润土年产5万吨"],
                ["200,000 tonnes of montmorillonite mined a year", "50,000 tonnes of feed-grade bentonite a year"],
                ["矿业", "膨润土"], ["Minerals", "Clay"],
                [(1, "蒙脱石", "montmorillonite"), (1, "膨润土", "bentonite")]),
        "M": st(["饲料添加剂厂", "脱霉剂生产企业"], ["feed additive maker", "mycotoxin binder manufacturer"],
                ["脱霉剂年产3万吨，持有饲料添加剂生产许可证", "复合脱霉剂、单一吸附剂都能做，1吨起可贴牌"],
                ["30,000 tonnes of binders a year from a licensed feed additive plant", "blended and single-clay binders, private label from 1 tonne"],
                ["饲料科技", "动物营养"], ["Feed Additives", "Animal Nutrition"],
                [(31, "非医用动物饲料添加剂", "animal feed additives, not for medical purposes"), (31, "饲料用霉菌毒素吸附剂", "mycotoxin binders for animal feed")]),
        "D": st(["饲料原料经销商", "动保产品代理商"], ["feed ingredient distributor", "animal health distributor"],
                ["给800家饲料厂供货", "代理动保和添加剂品牌30个"],
                ["800 feed mill accounts", "30 animal health brands carried"],
                ["饲料商贸", "动保"], ["Feed Ingredients", "Animal Health"], None),
        "E": st(["饲料厂", "生猪养殖集团"], ["feed mill", "hog producer"],
                ["年产配合饲料60万吨", "年出栏生猪120万头"],
                ["600,000 tonnes of compound feed a year", "1.2 million hogs marketed a year"],
                ["饲料", "牧业"], ["Feeds", "Pork"],
                [(31, "动物饲料", "animal feed"), (29, "猪肉", "pork")]),
    },
    "treeshelter": {
        "cat": "crop", "product": ("树苗保护套", "tree shelters"), "hs": ("3926.90", "3920.20"),
        "material": ("聚丙烯中空板和聚丙烯粒子", "twin-wall polypropylene sheet and resin"),
        "R": st(["中空板厂", "聚丙烯粒子供应商"], ["twin-wall sheet extruder", "polypropylene resin supplier"],
                ["PP中空板年产2万吨，可添加抗紫外剂", "聚丙烯粒子年供应10万吨"],
                ["20,000 tonnes of UV-stabilised twin-wall sheet a year", "100,000 tonnes of polypropylene a year"],
                ["塑业", "石化"], ["Plastics", "Resins"],
                [(17, "半加工塑料板", "plastic sheets, semi-processed"), (1, "未加工聚丙烯", "unprocessed polypropylene")]),
        "M": st(["树苗保护套厂", "林业用品厂"], ["tree shelter manufacturer", "forestry products maker"],
                ["树苗保护套年产800万只，高度从60厘米到1.8米", "保护套、护树网、支撑杆都能做，5000只起可贴牌"],
                ["8 million shelters a year from 2 to 6 feet tall", "shelters, mesh guards and stakes, private label from 5,000"],
                ["林业科技", "园林用品"], ["Forestry Products", "Tree Guards"],
                [(20, "塑料制树木保护套", "tree guards of plastic"), (20, "塑料制幼苗保护管", "seedling protection tubes of plastic")]),
        "D": st(["林业物资经销商", "苗木用品批发商"], ["forestry supply distributor", "nursery supply wholesaler"],
                ["给300家林场和苗圃供货", "常备林业耗材1500种"],
                ["300 forestry and nursery accounts", "1,500 forestry supplies in stock"],
                ["林业物资", "园林商贸"], ["Forestry Supply", "Nursery Supply"], None),
        "E": st(["造林工程公司", "葡萄园"], ["reforestation contractor", "vineyard"],
                ["每年新植苗木200万株", "葡萄种植面积2000公顷"],
                ["2 million seedlings planted a year", "5,000 acres of vines"],
                ["生态", "酒庄"], ["Reforestation", "Vineyards"],
                [(44, "植树造林", "tree planting"), (33, "葡萄酒", "wines")]),
    },
    "fencer": {
        "cat": "livestock", "product": ("电围栏脉冲主机", "electric fence energizers"), "hs": ("8543.70", "8504.31"),
        "material": ("脉冲变压器和储能电容", "pulse transformers and storage capacitors"),
        "R": st(["脉冲变压器厂", "薄膜电容厂"], ["pulse transformer winder", "film capacitor maker"],
                ["高压脉冲变压器月产20万只", "储能薄膜电容月产300万只"],
                ["200,000 high-voltage pulse transformers a month", "3 million energy-storage film capacitors a month"],
                ["电子", "电容"], ["Magnetics", "Capacitors"],
                [(9, "变压器", "transformers"), (9, "电容器", "capacitors")]),
        "M": st(["电围栏主机厂", "电子围栏设备厂"], ["energizer manufacturer", "electric fencing maker"],
                ["交流和太阳能电围栏主机年产25万台", "主机、绝缘子、围栏线都能做，300台起可贴牌"],
                ["250,000 mains and solar energizers a year", "energizers, insulators and polywire, private label from 300 units"],
                ["电子科技", "围栏"], ["Fencing", "Energizers"],
                [(9, "电围栏脉冲器", "electric fence energizers"), (9, "电围栏设备", "electric fencing apparatus")]),
        "D": st(["牧场用品批发商", "围栏设备代理商"], ["farm and ranch distributor", "fencing supply dealer"],
                ["给1200家农牧店供货", "代理围栏品牌15个，带安装队伍"],
                ["1,200 farm store accounts", "15 fencing brands and its own install crews"],
                ["农牧商贸", "围栏"], ["Ranch Supply", "Fence Supply"], None),
        "E": st(["肉牛牧场", "放牧型奶牛场"], ["cow-calf ranch", "grazing dairy"],
                ["草场2万公顷，基础母牛4000头", "轮牧草场800公顷，奶牛1200头"],
                ["4,000 cows on 50,000 acres of range", "1,200 cows on rotational pasture"],
                ["牧业", "生态牧场"], ["Ranch", "Grass Dairy"],
                [(29, "牛肉", "beef"), (29, "牛奶", "milk")]),
    },
    "aistraw": {
        "cat": "livestock", "product": ("冻精细管", "artificial insemination straws"), "hs": ("9018.90", "3904.22"),
        "material": ("医用级PVC粒子和细管塞", "medical-grade PVC compound and straw plugs"),
        "R": st(["医用PVC粒子厂", "细管塞生产厂"], ["medical PVC compounder", "straw plug maker"],
                ["医用级PVC粒子年产1万吨", "三段式细管塞月产5000万个"],
                ["10,000 tonnes of medical-grade PVC compound a year", "50 million three-part straw plugs a month"],
                ["医用材料", "精密塑料"], ["Medical Polymers", "Molded Components"],
                [(1, "未加工聚氯乙烯", "unprocessed polyvinyl chloride"), (10, "兽医用细管塞", "plugs for veterinary straws")]),
        "M": st(["细管生产厂", "繁育器械厂"], ["straw manufacturer", "breeding supplies maker"],
                ["0.25毫升和0.5毫升细管年产2亿支，可彩色印字", "细管、输精枪、外套管都能做，10万支起可贴牌"],
                ["200 million 0.25 ml and 0.5 ml straws a year with color printing", "straws, AI guns and sheaths, private label from 100,000"],
                ["繁育器械", "生物科技"], ["Breeding Supplies", "Reproduction"],
                [(10, "兽医用人工授精细管", "artificial insemination straws for veterinary use"), (10, "兽医用人工授精器械", "veterinary artificial insemination instruments")]),
        "D": st(["繁育用品经销商", "兽医器械进口商"], ["AI supply distributor", "veterinary supply importer"],
                ["给900家牧场和配种站供货", "常备繁育和兽医器械1200种"],
                ["900 dairy and breeding accounts", "1,200 reproduction and vet products in stock"],
                ["畜牧商贸", "兽医器械"], ["Repro Supply", "Vet Supply"], None),
        "E": st(["种公牛站", "胚胎移植中心"], ["bull stud", "embryo transfer center"],
                ["存栏种公牛260头，年产冻精600万剂", "年移植牛胚胎1.5万枚"],
                ["260 sires and 6 million doses of semen a year", "15,000 bovine embryos transferred a year"],
                ["种牛", "繁育"], ["Genetics", "Embryo Services"],
                [(5, "人工授精用精液", "semen for artificial insemination"), (44, "动物繁育服务", "animal breeding services")]),
    },
    "ptoshaft": {
        "cat": "machinery", "product": ("农机传动轴", "PTO drive shafts"), "hs": ("8483.10", "8483.90"),
        "material": ("十字轴万向节和冷拔管", "cross journals and cold-drawn tube"),
        "R": st(["十字轴厂", "冷拔管厂"], ["cross journal maker", "cold-drawn tube mill"],
                ["十字轴万向节月产60万套", "冷拔异型管年产3万吨"],
                ["600,000 universal joint crosses a month", "30,000 tonnes of cold-drawn profile tube a year"],
                ["万向节", "钢管"], ["Driveline Components", "Tube"],
                [(7, "万向节", "universal joints"), (6, "普通金属管", "tubes of common metal")]),
        "M": st(["传动轴厂", "农机配件厂"], ["PTO shaft manufacturer", "driveline maker"],
                ["农机传动轴年产40万根，通过CE认证", "传动轴、摩擦离合器、剪切螺栓限扭器都能做，200根起可贴牌"],
                ["400,000 PTO shafts a year, CE marked", "shafts, friction clutches and shear-bolt limiters, private label from 200"],
                ["传动机械", "农机配件"], ["Drivelines", "Ag Parts"],
                [(7, "机器传动轴", "transmission shafts for machines"), (7, "农业机械用传动轴", "drive shafts for agricultural machines")]),
        "D": st(["农机配件经销商", "农机零件进口商"], ["ag parts distributor", "farm machinery parts importer"],
                ["给2000家农机店供货", "常备传动轴及配件8000个规格"],
                ["2,000 implement dealer accounts", "8,000 driveline SKUs in stock"],
                ["农机配件", "农机商贸"], ["Ag Parts Supply", "Implement Parts"], None),
        "E": st(["割草机制造企业", "农机作业公司"], ["mower and tedder maker", "custom harvesting company"],
                ["年产割草机、搂草机3万台", "拥有各类农机600台，年作业面积1.3万公顷"],
                ["30,000 mowers and rakes a year", "a fleet of 600 machines working 30,000 acres a year"],
                ["机械", "农机服务"], ["Implements", "Custom Harvesting"],
                [(7, "割草机；农业机械", "mowers; agricultural machines"), (44, "农业机械出租", "rental of farming equipment")]),
    },
}

# A want that names only the role (and the country), not the product.
GENERIC = {
    "zh": {"R": ["原料供应商", "原材料厂家"], "M": ["生产厂家", "源头工厂", "制造商"],
           "D": ["经销商", "代理商", "贸易商", "进口商"], "E": ["终端用户", "终端客户", "大客户"]},
    "en": {"R": ["raw material supplier", "component supplier"], "M": ["manufacturer", "factory", "contract manufacturer"],
           "D": ["distributor", "dealer", "importer"], "E": ["end user", "end customer", "volume buyer"]},
}

# A word in a company name that belongs to another stage than the company's.
MISLEAD = {"zh": {"R": ["贸易"], "M": ["进出口"], "D": ["制造", "实业制造"], "E": ["商贸"]},
           "en": {"R": ["Trading"], "M": ["Import & Export", "Distribution"], "D": ["Manufacturing", "Mfg."], "E": ["Trading", "Supply"]}}
STAGE_WORDS = {  # role words in names, by the stage they suggest (for the summary only)
    "M": ["制造", "工厂", "Mfg", "Manufacturing", "Works"],
    "D": ["贸易", "商贸", "进出口", "Trading", "Import", "Distribution", "Supply"],
    "E": ["牧场", "Farms", "Ranch", "Dairy"],
}

CERTS = {
    "livestock": (["通过ISO 9001认证", "通过ISO 14001认证"], ["ISO 9001 certified", "ISO 14001 certified"]),
    "crop": (["通过ISO 9001认证", "通过ISO 14001认证"], ["ISO 9001 certified", "ISO 14001 certified"]),
    "feed": (["通过FAMI-QS认证", "通过ISO 22000认证"], ["FAMI-QS certified", "GMP+ certified"]),
    "machinery": (["通过ISO 9001认证", "通过IATF 16949认证"], ["ISO 9001 certified", "IATF 16949 certified"]),
}

# Places and people, by side (CN / US) and language.
CN_CITY_ZH = {"石家庄": "河北", "邢台": "河北", "潍坊": "山东", "青岛": "山东", "德州": "山东", "郑州": "河南",
              "呼和浩特": "内蒙古", "哈尔滨": "黑龙江", "长春": "吉林", "成都": "四川", "宁波": "浙江", "台州": "浙江",
              "南京": "江苏", "沈阳": "辽宁"}
CN_CORE_ZH = ["丰泰", "华牧", "金穗", "绿源", "北辰", "鼎盛", "兴农", "远航", "嘉禾", "润土", "长丰", "沃野",
              "恒达", "天牧", "裕农", "新禾", "同德", "瑞牧", "宏泰", "永丰", "晨光", "汇通"]
CN_CORE_EN = ["Fengtai", "Huamu", "Jinsui", "Lvyuan", "Beichen", "Dingsheng", "Xingnong", "Jiahe", "Changfeng", "Woye"]
US_CORE_EN = ["Prairie Gold", "Cedar Valley", "Big Sky", "Heartland", "Red Barn", "Silver Creek", "Iron Horse",
              "Golden Plains", "Whitetail", "Badger State", "Twin Rivers", "Sandhill", "Lone Oak", "Bluestem",
              "Harvest Moon", "Millbrook", "Stony Point", "Aspen Ridge", "Hollister", "Vandermeer", "Keller & Sons",
              "Oakhurst", "Dunmore", "Fairview", "Pioneer Trail", "Westbrook"]
US_CORE_ZH = ["金草原", "雪松谷", "大天空", "心田", "红谷仓", "银溪", "双河", "橡木", "蓝茎", "丰收月"]
CITY = {
    ("CN", "zh"): list(CN_CITY_ZH),
    ("CN", "en"): ["Qingdao", "Weifang", "Shijiazhuang", "Zhengzhou", "Harbin", "Hohhot", "Ningbo", "Chengdu"],
    ("US", "en"): ["Madison, Wisconsin", "Des Moines, Iowa", "Omaha, Nebraska", "Fresno, California", "Amarillo, Texas",
                   "Boise, Idaho", "Fargo, North Dakota", "Sioux Falls, South Dakota", "Lancaster, Pennsylvania",
                   "Lexington, Kentucky", "Springfield, Missouri", "Modesto, California"],
    ("US", "zh"): ["威斯康星州麦迪逊", "艾奥瓦州得梅因", "内布拉斯加州奥马哈", "加州弗雷斯诺", "得州阿马里洛", "宾夕法尼亚州兰开斯特"],
}
REGION = {  # the region of a city (a Chinese city by its province)
    ("CN", "zh"): {"河北": "华北", "山东": "山东", "河南": "中原", "内蒙古": "内蒙古", "黑龙江": "东北", "吉林": "东北",
                   "四川": "西南", "浙江": "浙江", "江苏": "江苏", "辽宁": "东北"},
    ("CN", "en"): {"Qingdao": "Shandong", "Weifang": "Shandong", "Shijiazhuang": "Hebei", "Zhengzhou": "Henan",
                   "Harbin": "Heilongjiang", "Hohhot": "Inner Mongolia", "Ningbo": "Zhejiang", "Chengdu": "Sichuan"},
    ("US", "en"): {"Madison, Wisconsin": "Wisconsin", "Des Moines, Iowa": "the Corn Belt", "Omaha, Nebraska": "the Great Plains",
                   "Fresno, California": "the Central Valley", "Amarillo, Texas": "the Texas Panhandle", "Boise, Idaho": "the Mountain West",
                   "Fargo, North Dakota": "the Northern Plains", "Sioux Falls, South Dakota": "the Northern Plains",
                   "Lancaster, Pennsylvania": "the Mid-Atlantic", "Lexington, Kentucky": "Kentucky",
                   "Springfield, Missouri": "the Ozarks", "Modesto, California": "the Central Valley"},
    ("US", "zh"): {"威斯康星州麦迪逊": "美国中西部", "艾奥瓦州得梅因": "美国中西部", "内布拉斯加州奥马哈": "美国大平原地区",
                   "加州弗雷斯诺": "加州中央谷地", "得州阿马里洛": "得州", "宾夕法尼亚州兰开斯特": "美国东部"},
}
COUNTY = {"Madison, Wisconsin": "Dane", "Des Moines, Iowa": "Polk", "Omaha, Nebraska": "Douglas", "Fresno, California": "Fresno",
          "Amarillo, Texas": "Potter", "Boise, Idaho": "Ada", "Fargo, North Dakota": "Cass", "Sioux Falls, South Dakota": "Minnehaha",
          "Lancaster, Pennsylvania": "Lancaster", "Lexington, Kentucky": "Fayette", "Springfield, Missouri": "Greene",
          "Modesto, California": "Stanislaus"}
PEOPLE = {
    ("CN", "zh"): ["张立军", "刘春燕", "高建华", "马丽", "宋文斌", "许海涛", "田静", "崔志强", "姜红梅", "罗斌"],
    ("CN", "en"): ["Zhang Lijun", "Liu Chunyan", "Gao Jianhua", "Ma Li", "Song Wenbin", "Xu Haitao"],
    ("US", "en"): ["Emily Hartman", "Jacob Lindstrom", "Rachel Moreno", "Kevin O'Brien", "Amanda Schultz", "Brandon Lee",
                   "Megan Voss", "Carlos Ruiz", "Heather Jensen", "Nathan Brooks"],
    ("US", "zh"): ["艾米莉·哈特曼", "雅各布·林德斯特伦", "瑞秋·莫雷诺", "凯文·奥布莱恩", "阿曼达·舒尔茨", "卡洛斯·鲁伊斯"],
}
TITLES = {"zh": ["总经理", "董事长", "外贸部经理", "副总经理", "采购总监"],
          "en": ["President", "CEO", "General Manager", "VP Sales", "Purchasing Manager", "Owner"]}
# Agents appointed abroad (power of attorney), chief representatives, notaries, attorneys.
AGENTS = {("CN", "zh"): ["陈立伟（常驻美国）", "周宁（美国子公司销售经理）", "吴晓峰（外贸部经理）"],
          ("CN", "en"): ["Chen Liwei, resident in the United States", "Zhou Ning, sales manager of the Principal's US subsidiary"],
          ("US", "en"): ["Li Na of Qingdao, China", "David Wang, the Principal's China sourcing agent", "Greg Novak, Vice President Sourcing"],
          ("US", "zh"): ["李娜（中国青岛）", "王磊（驻华采购代表）"]}
CHIEF_REP = {"zh": ["王磊", "李娜", "赵宏伟"], "en": ["Wang Lei", "Li Na", "Zhao Hongwei"]}
NOTARY = {("CN", "zh"): ["张建平", "刘慧"], ("CN", "en"): ["Zhang Jianping", "Liu Hui"],
          ("US", "en"): ["Patricia Gomez", "Robert Hale", "Diane Kowalski"], ("US", "zh"): ["帕特里夏·戈麦斯", "罗伯特·黑尔"]}
ATTORNEYS = ["Laura Pennington, Esq.", "Mark D. Feldman, Esq.", "Sarah Whitcomb, Esq."]
TM_AGENTS = ["北京恒信知识产权代理有限公司", "上海知联商标代理有限公司", "{pc}正源商标事务所有限公司"]

# The country a company's partner is in: (Chinese names, English adjectives, English names).
ABROAD = {"CN": (["美国", "北美", "美国本土"], ["US", "American", "North American"], ["the US", "the United States"]),
          "US": (["中国", "中国大陆"], ["Chinese"], ["China"])}
# fmt: on

# --------------------------------------------------------------------------------------------
# The ways of writing. A template is a string (one clause of the slot's kind) or a tuple of
# (text, kind) clauses. Seek templates with "{who}" or an "@" at the start of a clause need a
# role noun (not a material). A template may start with a tag in brackets: "[buy]" (the
# company wants its supplier), "[sell]" (its customer) or pairs "X>Y" (a company at stage X
# wanting stage Y); it is only used where the tag fits. A pool may be a dict keyed by side,
# or by (side, buying).
# --------------------------------------------------------------------------------------------
# fmt: off
T: dict[str, dict[str, dict]] = {
    "licence application": {
        "en": {
            "head": {("US", True): ["APPLICATION FOR PERMIT TO IMPORT — No. {n}", "{agency} · Importer License Application", "Import Permit Application — Section B: Applicant Information"],
                     ("US", False): ["APPLICATION FOR EXPORT CERTIFICATE — No. {n}", "Registration of an Overseas Supplier of Goods for Export to China (English version)", "{agency} · Export Certificate Application"],
                     ("CN", True): ["Foreign Trade Operator Registration Form (English translation)", "Import Licence Application No. {n} (translation)"],
                     ("CN", False): ["Foreign Trade Operator Registration Form (English translation)", "Export Licence Application No. {n} (translation)"]},
            "applicant": ["Applicant: {name}", "Name of applicant: {name} · Contact: {person}, {title}"],
            "field": {"US": ["Type of entity: {etype}", "EIN: {ein}", "Principal place of business: {addr}", "Commodity: {product} (HS {hs})"],
                      "CN": ["Unified social credit code: {uscc}", "Registered capital: RMB {capital_en}", "Address: {addr}", "Commodity: {product} (HS {hs})"]},
            "scope": {"US": "Nature of business: ", "CN": "Business scope: "},
            "label": ["Description of applicant's business: ", "Business activities: ", ""],
            "offer": [
                "The applicant is {a_noun} with {detail}.",
                "{A_noun} with {detail}.",
                (("Established in {year0}, ", OTHER), ("the applicant operates as {a_noun} with {detail}.", OFFER)),
                "{Short} has worked in {product} for {yrs} years as {a_noun}, with {detail}.",
                "The applicant is one of {region_pos} {nouns}, with {detail} ({cert}).",
                "We are {a_noun} with {detail}.",
            ],
            "served": ["Current customers: {served}.", "The applicant already supplies {served}."],
            "seek": [
                "Purpose of application: we are looking for {want} and need the permit in place before the first shipment.",
                "@Foreign counterparty: {want} (not yet selected).",
                "If {who} is secured in {year}, the applicant will apply to amend the permit for larger volumes.",
                "Remarks: the applicant plans to begin trading with {who} in {year}.",
                "[buy]@Intended foreign supplier: {want}.",
                "[sell]@Intended consignee: {want}.",
                "The licence is needed to start working with {want}.",
                "Agency query: who is the intended foreign counterparty? Applicant's reply: {want}.",
                (("Reviewer's note: application complete; ", OTHER), ("@the applicant is lining up {want}", SEEK), ("; recommend issuance.", OTHER)),
            ],
            "negated": [(("The applicant is not looking for {neg}; ", OTHER), ("it needs {want}.", SEEK)),
                        (("We already work with {neg}; ", OTHER), ("what we lack is {want}.", SEEK))],
            "footer": ["I certify that the statements made in this application are true and correct to the best of my knowledge.",
                       "Attachments: business registration certificate; product specification sheets.",
                       "Signature of applicant: {person}, {title} — {date}", "For official use only — Permit No. ________"],
        },
        "zh": {
            "head": {("CN", True): ["对外贸易经营者备案登记表", "进口许可证申请表　申请编号：{n}", "报关单位备案信息表（进出口货物收发货人）"],
                     ("CN", False): ["对外贸易经营者备案登记表", "出口许可证申请表　申请编号：{n}", "报关单位备案信息表（进出口货物收发货人）"],
                     ("US", True): ["进口许可申请表（中文填写稿）　编号：{n}", "美国农业部动植物检疫局（APHIS）进口许可申请　中文参考稿"],
                     ("US", False): ["输华产品境外企业注册申请表", "输华产品境外企业备案申请（中文版）　编号：{n}"]},
            "applicant": ["经营者名称：{name}", "申请单位：{name}　法定代表人：{person}", "申请企业：{name}"],
            "field": {"CN": ["统一社会信用代码：{uscc}", "注册资本：{capital}万元　经营者类型：{etype}", "住所：{addr}", "拟{imex}商品：{product}（税则号列{hs}）"],
                      "US": ["注册地：{city}", "企业类型：{etype}", "联系人：{person}　电话：{phone}", "拟{imex}商品：{product}（税则号列{hs}）"]},
            "scope": {"CN": "经营范围：", "US": "经营范围："},
            "label": ["企业经营情况：", "主营业务说明：", "申请单位简介：", ""],
            "offer": [
                "本企业是一家{noun}，{detail}。",
                "申请单位系{region}的{noun}，{detail}，{cert}。",
                (("本企业成立于{year0}年，", OTHER), ("系{noun}，{detail}。", OFFER)),
                "{short}从事{product}业务{yrs}年，属{noun}，{detail}。",
                "申请单位{detail}，系{noun}。",
                "{noun}，{detail}。",
            ],
            "served": ["产品主要供应{served}。", "现有客户以{served}为主。"],
            "seek": [
                "申请事由：我公司正在寻找{want}，需先办妥{imex}手续。",
                "@拟合作境外客商：{want}（尚在洽谈中）。",
                "如{year}年内落实{who}，将申请扩大{imex}品种和数量。",
                "备注：本企业计划{year}年起与{who}开展{imex}业务。",
                "[buy]@拟开展进口业务，境外供货方拟为{want}。",
                "[sell]@拟开展出口业务，境外收货方拟为{want}。",
                "审核问询：境外交易对方是哪类企业？申请人答复：{want}。",
                "@申请{imex}资质，主要是为了对接{want}。",
                (("受理意见：材料齐全，", OTHER), ("@申请人拟与{want}开展业务，", SEEK), ("同意受理。", OTHER)),
            ],
            "negated": [(("本次申请不涉及{neg}，", OTHER), ("只为对接{want}。", SEEK)),
                        (("{neg}方面已有合作渠道，", OTHER), ("目前缺的是{want}。", SEEK)),
                        (("暂不考虑{neg}，", OTHER), ("@拟合作方为{want}。", SEEK))],
            "footer": ["本企业保证以上内容真实、准确，如有虚假，愿承担相应法律责任。", "附件：企业登记证明文件复印件、产品说明书。",
                       "填表人：{person}　{date}", "（以下由受理机关填写）"],
        },
    },
    "EIA public notice": {
        "en": {
            "head": {"US": ["PUBLIC NOTICE — Application for Air Quality Permit No. {permit}", "NOTICE OF INTENT TO ISSUE A {permit_kind}", "Notice of Availability — Environmental Assessment, {project}"],
                     "CN": ["Public Notice on the Environmental Impact Assessment of the {project} (English summary)", "EIA Public Participation Notice — {project}"]},
            "project": {"US": ["Project: {project}", "Project: {project}, {town}"],
                        "CN": ["Project: {project} · Location: {addr}", "Project: {project}, {addr}"]},
            "contact": {"US": ["Applicant: {name} · Facility location: {addr}", "Applicant: {name}, {addr}"],
                        "CN": ["Project owner: {name} · Contact: {person}, {phone}"]},
            "label": ["Applicant description: ", "About the applicant: ", "Project background: ", ""],
            "offer": [
                "{Short} is {a_noun} with {detail}.",
                "The applicant is {a_noun} with {detail}.",
                (("Founded in {year0}, ", OTHER), ("the applicant operates as {a_noun} with {detail}.", OFFER)),
                "The facility belongs to {a_noun} with {detail}.",
                "{Short} is one of {region_pos} {nouns}, with {detail}.",
                "According to the application, {short} is {a_noun} with {detail} ({cert}).",
            ],
            "served": ["Its customers include {served}.", "The applicant already supplies {served}."],
            "seek": [
                "According to the application, the expansion is tied to a planned partnership with {who}.",
                "Project purpose: the applicant is looking for {want} and plans to scale up once that is in place.",
                "If the applicant secures {who} in {year}, a second phase is planned.",
                "@The applicant states that it intends to work with {want} once the facility is complete.",
                'Company representative {person}: "What we still need is {want}."',
                'Company representative {person}: "What are we missing? {Want}."',
                'Asked what the second phase depends on, {person} of {short} said: "{Want}."',
                "[R>M M>D M>E]@The added capacity is meant to serve {want}.",
                "[D>E]@The new warehouse will mainly serve {want}.",
                "[buy]@Per the application, the applicant will source from {want} once the project is built.",
            ],
            "negated": [(("The applicant says it is not after {neg}; ", OTHER), ("it needs {want}.", SEEK)),
                        (("The applicant already has {neg}; ", OTHER), ("what it lacks is {want}.", SEEK))],
            "notice": {"US": ["Written comments will be accepted for 30 days from the date of this notice.",
                              "Any person may request a public hearing in writing during the comment period.",
                              "The application and draft permit are available for review at the {env_agency} office in {town}.",
                              "Comments may be sent to the {env_agency}, Permits Section."],
                       "CN": ["The public may send comments to the project owner by letter or e-mail within 10 working days of this notice.",
                              "EIA consultant: {eia_firm}", "The draft report can be downloaded from {web}."]},
        },
        "zh": {
            "head": {"CN": ["{project}环境影响评价第一次信息公示", "关于{project}环境影响报告表的公示", "{project}环境影响评价公众参与公示"],
                     "US": ["公众通知：{name}环境许可申请", "{agency_zh}公告：{project}环境评估（中文版）"]},
            "project": {"CN": ["项目名称：{project}　建设地点：{addr}", "一、建设项目概况：项目名称为{project}，建设地点位于{addr}。"],
                        "US": ["项目名称：{project}"]},
            "contact": {"CN": ["建设单位：{name}　联系人：{person}　电话：{phone}"], "US": ["申请单位：{name}　设施地址：{addr}"]},
            "label": {"CN": ["建设单位概况：", "二、建设单位简介：", "项目概况：", ""], "US": ["申请单位简介：", "项目概况：", ""]},
            "offer": [
                "{builder}{short}是一家{noun}，{detail}。",
                (("{builder}成立于{year0}年，", OTHER), ("系{region}的{noun}，{detail}。", OFFER)),
                "{builder}为{noun}，{detail}，{cert}。",
                "据{builder}介绍，该公司{detail}，属{noun}。",
                "{short}是{region}的{noun}，{detail}。",
                "{builder}系{noun}，{detail}。",
            ],
            "served": ["产品主要供应{served}。", "现有客户主要为{served}。"],
            "seek": [
                "项目背景：{builder}目前正在寻找{want}，拟借本次项目扩大合作规模。",
                "据{builder}介绍，项目建成后将与{who}开展合作。",
                "如{year}年内落实{who}，{builder}拟启动二期工程。",
                "@项目建成后拟重点对接{want}。",
                "{builder}表示，目前最需要的是{want}。",
                "{builder}负责人称：“项目建成以后，我们要找{want}。”",
                "{builder}负责人表示：“扩建以后最缺什么？缺的是{want}。”",
                "[R>M M>D M>E]@项目建成后，新增产能主要面向{want}。",
                "[D>E]@新建仓库投用后，主要服务{want}。",
                "[buy]@据{builder}介绍，项目所需货物拟向{want}采购。",
            ],
            "negated": [(("{builder}表示，不找{neg}，", OTHER), ("只找{want}。", SEEK)),
                        (("{builder}已有{neg}，", OTHER), ("目前缺的是{want}。", SEEK))],
            "notice": {"CN": ["公众可在公示之日起10个工作日内，通过信函、电子邮件等方式向建设单位提出意见和建议。",
                              "环境影响评价单位：{eia_firm}", "征求意见稿全文及公众意见表可通过{web}下载。", "特此公示。"],
                       "US": ["公众可在本通知发布之日起30天内提交书面意见。", "申请材料可在{agency_zh}办公室查阅。",
                              "如需举行公众听证会，请在意见期内提出书面申请。"]},
        },
    },
    "trademark application": {
        "en": {
            "head": {"US": ["TRADEMARK/SERVICE MARK APPLICATION, PRINCIPAL REGISTER", "Trademark Application — Serial No. {serial}", "Application for International Registration (Madrid Protocol) — designating China"],
                     "CN": ["Trademark Application — Serial No. {serial} (foreign applicant)", "Application for International Registration under the Madrid Protocol — designated party: United States"]},
            "applicant": ["Owner of mark: {name}", "Applicant: {name} · Entity: {etype}"],
            "field": ["Mark: {mark_en} (standard characters)", "International Class {cls}: {goods}", "Filing basis: Section 1(b), intent to use",
                      "Attorney of record: {attorney}", "Correspondence address: {addr}"],
            "label": ["Miscellaneous statement: ", "Applicant's statement: ", "Additional statement: ", ""],
            "offer": [
                "The applicant is {a_noun} with {detail}.",
                "{Short} is {a_noun} with {detail}.",
                (("Organized in {year0}, ", OTHER), ("the applicant operates as {a_noun} with {detail}.", OFFER)),
                "The applicant has worked in {product} for {yrs} years as {a_noun}, with {detail}.",
                "The applicant is one of {region_pos} {nouns}, with {detail} ({cert}).",
                "{A_noun} with {detail}.",
            ],
            "served": ["Goods under the mark are currently sold to {served}.", "Existing customers include {served}."],
            "seek": [
                "[R>M M>D M>E D>E M>R D>M]The applicant is seeking {want} for the goods covered by this application.",
                "[sell]Attorney's note: the client is currently looking for {want}; use in commerce is expected to begin once that is in place.",
                "Attorney's note: the client is currently looking for {want}.",
                "[sell]If the applicant signs {who} in {year}, it will file in {abroad_name} as well.",
                "[D>M]The mark will be used on {product_m} made for the applicant by {who}.",
                "[M>D]@Goods bearing the mark are to be sold through {want}.",
                "[M>E D>E R>M]@Goods bearing the mark will be supplied directly to {want}.",
                "[M>R]@The goods will be made with material bought from {want}.",
                "[E>M E>D]Attorney's note: apart from this filing, the client's main project this year is finding {want}.",
            ],
            "negated": [(("The applicant does not intend to license the mark to {neg}; ", OTHER), ("it is seeking {want}.", SEEK)),
                        (("The applicant already works with {neg}; ", OTHER), ("it now seeks {want}.", SEEK))],
            "footer": ["The signatory believes that the applicant is entitled to use the mark in commerce and has a bona fide intention to do so.",
                       "Fee: USD 350 for one class.", "Signature: /{person}/ · {title} · {date}",
                       "Declaration signed under 18 U.S.C. § 1001."],
        },
        "zh": {
            "head": {"CN": ["商标注册申请书", "马德里商标国际注册申请书（指定缔约方：美国）", "商标注册申请书　申请号：{tmno}"],
                     "US": ["商标注册申请书（外国申请人）", "商标注册申请书　代理机构：{tm_agent}"]},
            "applicant": ["申请人名称：{name}", "申请人名称：{name}　申请人国籍/地区：{nation}"],
            "field": ["申请人地址：{addr}", "商标代理机构：{tm_agent}", "类别：第{cls}类　商品/服务项目：{goods}", "商标说明：文字商标“{mark_zh}”"],
            "label": ["申请人情况说明：", "申请人简介：", "补充说明：", ""],
            "offer": [
                "申请人系{noun}，{detail}。",
                "申请人是一家{noun}，{detail}，{cert}。",
                (("申请人成立于{year0}年，", OTHER), ("是{region}的{noun}，{detail}。", OFFER)),
                "{short}从事{product}业务{yrs}年，属{noun}，{detail}。",
                "据申请人介绍，其{detail}，系{noun}。",
                "申请人为{noun}，{detail}。",
            ],
            "served": ["申请商标的商品目前主要销往{served}。", "现有客户包括{served}。"],
            "seek": [
                "[R>M M>D M>E D>E M>R D>M]商标使用计划：申请人正在寻找{want}，本商标将用于双方合作的产品。",
                "代理人备注：申请人表示，目前正在物色{want}。",
                "[sell]如{year}年内确定{who}，申请人将在{abroad}同步提出商标注册申请。",
                "[sell]@补充说明：申请人拟与{want}开展合作，商标先行申请保护。",
                "[D>M]本商标将用于申请人委托{who}生产的自有品牌{product_m}。",
                "[M>D]@本商标商品拟交由{want}在当地销售。",
                "[M>E D>E R>M]@本商标商品拟直接供应{want}。",
                "[M>R]@本商标商品所用原料拟向{want}采购。",
                "[E>M E>D]代理人备注：除本次商标申请外，申请人近期的主要工作是对接{want}。",
            ],
            "negated": [(("申请人说明：不找{neg}，", OTHER), ("只找{want}。", SEEK)),
                        (("申请人已有{neg}，", OTHER), ("@本商标商品拟与{want}合作。", SEEK))],
            "footer": ["申请人章戳（签字）：________", "代理机构章戳：{tm_agent}", "规费：300元（一个类别，10个商品以内）。",
                       "申请人承诺所提交的申请文件真实、合法、有效。"],
        },
    },
    "office abroad filing": {
        "en": {
            "head": {"CN": ["Outbound Investment Filing Form (English translation)", "Application for Record-Filing of Overseas Investment — No. {n} (translation)"],
                     "US": ["APPLICATION FOR REGISTRATION OF A RESIDENT REPRESENTATIVE OFFICE (English version)", "Registration of a Representative Office of a Foreign Enterprise — Application (draft, English)"]},
            "applicant": {"CN": ["Domestic investor: {name}", "Investor: {name} · Legal representative: {person}"],
                          "US": ["Foreign enterprise: {name}", "Name of foreign enterprise: {name}, {city}"]},
            "field": {"CN": ["Proposed overseas entity: {sub}", "Location of overseas entity: {ustate}", "Total investment: USD {usd}"],
                      "US": ["Name of office: {rep}", "Chief representative: {chief}", "Term of residence: {lease} years", "Office address: {cn_addr}"]},
            "scope": {"CN": "Business scope: ", "US": "Nature of business: "},
            "label": {"CN": ["Investor's main business: ", "About the investor: ", ""],
                      "US": ["Business of the foreign enterprise: ", "About the foreign enterprise: ", ""]},
            "offer": [
                "{Short} is {a_noun} with {detail}.",
                "The company is {a_noun} with {detail} ({cert}).",
                (("Founded in {year0}, ", OTHER), ("the company operates as {a_noun} with {detail}.", OFFER)),
                "{Short} has worked in {product} for {yrs} years as {a_noun}, with {detail}.",
                "We are {a_noun} with {detail}.",
                "One of {region_pos} {nouns}, with {detail}.",
            ],
            "served": ["Current customers include {served}.", "It already supplies {served}."],
            "seek": [
                "{Purpose_lbl}: finding {want}.",
                "@{Purpose_lbl}: liaison with {want}.",
                "[R>M M>D M>E D>E]@Once registered, the {vehicle} will contact {want} and handle sales liaison.",
                "[buy]@The {vehicle} will mainly identify {want} and follow up on purchasing.",
                "If {who} is secured in {year}, the company intends to expand its presence in {abroad_name}.",
                "{year} plan: sign a long-term agreement with {who} through the {vehicle}.",
                "Question from the {authority_en}: who is the intended local partner? Company's reply: {want}.",
            ],
            "negated": [(("The {vehicle} is not meant to look for {neg}; ", OTHER), ("its task is to find {want}.", SEEK)),
                        (("We already have {neg}; ", OTHER), ("what we lack is {want}.", SEEK))],
            "footer": {"US": ["Scope of activities: market research, display and promotion of the foreign enterprise's products; liaison for product sales, services, domestic procurement and investment.",
                              "Attachments: certificate of good standing (notarized and legalized); bank reference letter; appointment letter of the chief representative.",
                              "Authorized signatory: {person}, {title} — {date}"],
                       "CN": ["The investor confirms that the investment is genuine and compliant and involves no sensitive country, region or industry.",
                              "Attachments: business licence; board resolution; statement of authenticity.",
                              "Filed by: {person}, {title} — {date}"]},
        },
        "zh": {
            "head": {"CN": ["境外投资备案表", "企业境外投资备案申请表", "境外投资项目备案申请表　编号：{n}"],
                     "US": ["外国企业常驻代表机构登记申请书", "外国（地区）企业常驻代表机构设立登记申请书", "常驻代表机构登记申请书（{cn_city}）"]},
            "applicant": {"CN": ["境内投资主体：{name}", "投资主体名称：{name}　法定代表人：{person}"],
                          "US": ["外国企业名称：{name}", "外国企业名称：{name}　注册地：{city}"]},
            "field": {"CN": ["拟设境外企业：{sub}", "境外企业所在地：{ustate}", "投资总额：{usd}万美元　出资方式：货币", "投资主体住所：{addr}"],
                      "US": ["代表机构名称：{rep}", "首席代表：{chief}", "驻在期限：{lease}年", "代表机构住所：{cn_addr}"]},
            "scope": {"CN": "经营范围：", "US": "经营范围："},
            "label": {"CN": ["投资主体主营业务：", "境内投资主体情况：", ""], "US": ["外国企业经营情况：", "外国企业简介：", ""]},
            "offer": [
                "本企业为{noun}，{detail}。",
                "{short}是一家{noun}，{detail}，{cert}。",
                (("企业成立于{year0}年，", OTHER), ("系{region}的{noun}，{detail}。", OFFER)),
                "{short}从事{product}业务{yrs}年，是一家{noun}，{detail}。",
                "{noun}，{detail}。",
                "我公司{detail}，属{noun}。",
            ],
            "served": ["现有客户主要为{served}。", "产品长期供应{served}。"],
            "seek": [
                "{purpose_lbl}：寻找{want}，就近开展合作。",
                "@{purpose_lbl}：对接{want}。",
                "[R>M M>D M>E D>E]@{vehicle}设立后，主要负责联系{want}，开拓当地市场。",
                "[buy]@{vehicle}设立后，主要负责在当地物色{want}并跟进采购。",
                "如{year}年内落实{who}，拟进一步扩大在{abroad}的业务。",
                "{year}年计划：通过{vehicle}与{who}签订长期合作协议。",
                "{authority}问询：拟合作对象是哪类企业？企业答复：{want}。",
            ],
            "negated": [(("{purpose_lbl}不包括寻找{neg}，", OTHER), ("主要是对接{want}。", SEEK)),
                        (("{neg}我们已经有了，", OTHER), ("现在缺的是{want}。", SEEK))],
            "footer": {"US": ["业务范围：从事与外国企业产品或者服务有关的市场调查、展示、宣传活动；从事与外国企业产品销售、服务提供、境内采购、境内投资有关的联络活动。",
                              "附件：外国企业合法营业证明（经公证认证）、资信证明、首席代表任命书。", "外国企业有权签字人：{person}　{date}"],
                       "CN": ["本企业承诺境外投资真实、合规，不涉及敏感国家和地区、敏感行业。", "附件：营业执照复印件、董事会决议、境外投资真实性承诺书。",
                              "申报人：{person}　联系电话：{phone}　{date}"]},
        },
    },
    "power of attorney": {
        "en": {
            "head": {"US": ["POWER OF ATTORNEY", "SPECIAL POWER OF ATTORNEY", "LIMITED POWER OF ATTORNEY (with notarial acknowledgment)"],
                     "CN": ["Power of Attorney (English translation)", "POWER OF ATTORNEY — Notarial Certificate ({year}) No. {n}, English translation"]},
            "applicant": ["Principal: {name}, {addr}", 'KNOW ALL PERSONS BY THESE PRESENTS that {name} (the "Principal") hereby appoints {agent}, as its attorney-in-fact.'],
            "agent": ["Attorney-in-fact: {agent}", "Agent: {agent}"],
            "label": ["About the Principal: ", "Recital: ", ""],
            "offer": [
                "The Principal is {a_noun} with {detail}.",
                "{Short} is {a_noun} with {detail} ({cert}).",
                (("Organized in {year0}, ", OTHER), ("the Principal operates as {a_noun} with {detail}.", OFFER)),
                "The Principal has worked in {product} for {yrs} years as {a_noun}, with {detail}.",
                "The Principal is one of {region_pos} {nouns}, with {detail}.",
                "{A_noun} with {detail}.",
            ],
            "served": ["The Principal already supplies {served}.", "Its existing customers include {served}."],
            "seek": [
                "The attorney-in-fact is authorized to locate {want} and negotiate terms on the Principal's behalf.",
                "@Scope of authority: to approach and negotiate with {want}.",
                "The agent may visit {who} and request quotations and samples, but may not sign binding contracts.",
                "If the agent secures {who} within the term, the Principal will issue a separate signing authority.",
                "[buy]@Purpose: to identify {want} and obtain quotations and samples.",
                "[sell]@Purpose: to contact {want} and negotiate sales of the Principal's products.",
                "The Principal intends to establish a long-term relationship with {who} in {year} and grants this power for that purpose.",
            ],
            "negated": [(("This power does not extend to dealings with {neg}; ", OTHER), ("it covers only {want}.", SEEK)),
                        (("The agent shall not negotiate with {neg}; ", OTHER), ("the mandate is limited to {want}.", SEEK))],
            "footer": {"US": ["This power of attorney is valid for one year from the date of signing.",
                              "State of {state}, County of {county}: on {date}, before me, {notary}, Notary Public, personally appeared {person}, known to me to be the person whose name is subscribed above.",
                              "Apostille (Convention de La Haye du 5 octobre 1961) No. {n}", "Signed for the Principal: {person}, {title}"],
                       "CN": ["Term: one year from {date}.", "The attorney-in-fact has no right of sub-delegation.",
                              "This is to certify that {person}, legal representative of {name}, signed and sealed the above Power of Attorney before me on {date}. — {notary}, Notary, {city} Notary Public Office"]},
        },
        "zh": {
            "head": {"CN": ["授权委托书", "授权委托书（附公证书）", "公证书　（{year}）{city}证字第{n}号"],
                     "US": ["授权委托书（中文译本）", "授权委托书（经公证及海牙认证）"]},
            "applicant": ["委托人：{name}　法定代表人：{person}", "委托单位：{name}　住所：{addr}"],
            "agent": ["受托人：{agent}", "受托人（代理人）：{agent}"],
            "label": ["委托人情况：", "委托人简介：", ""],
            "offer": [
                "委托人系{noun}，{detail}。",
                "委托人是一家{noun}，{detail}，{cert}。",
                (("委托人成立于{year0}年，", OTHER), ("系{region}的{noun}，{detail}。", OFFER)),
                "{short}从事{product}业务{yrs}年，属{noun}，{detail}。",
                "本公司为{noun}，{detail}。",
                "委托人{detail}，是一家{noun}。",
            ],
            "served": ["现有客户主要为{served}。", "产品长期供应{served}。"],
            "seek": [
                "现委托受托人作为本公司代理人，寻找并洽谈{want}。",
                "@委托事项：代表本公司与{want}进行接洽、谈判。",
                "受托人有权代表委托人考察{who}，并就合作条件进行磋商，但无权签订正式合同。",
                "如受托人在委托期限内落实{who}，委托人将另行出具签约授权。",
                "[buy]@委托事项：物色{want}，索取报价和样品。",
                "[sell]@委托事项：联系{want}，洽谈产品销售事宜。",
                "委托人计划{year}年与{who}建立长期合作，特出具本委托书。",
            ],
            "negated": [(("受托人不得与{neg}洽谈，", OTHER), ("仅限于接洽{want}。", SEEK)),
                        (("本委托不涉及{neg}，", OTHER), ("只用于寻找{want}。", SEEK))],
            "footer": {"CN": ["委托期限：自{date}起一年。", "受托人无转委托权。", "委托人（盖章）：{name}　法定代表人（签字）：{person}",
                              "兹证明{name}的法定代表人{person}于{date}来到我处，在前面的《授权委托书》上签名并加盖公章。公证员：{notary}"],
                       "US": ["委托期限：自签署之日起一年。", "公证人声明：{person}于{date}在本人面前签署本委托书。公证人：{notary}",
                              "海牙认证（Apostille）编号：{n}", "本译文与英文原件内容一致。"]},
        },
    },
}
# fmt: on

FILLER = {
    "zh": ["员工{staff}余人。", "{cert}。", "企业始建于{year0}年。", "总部位于{city}。"],
    "en": [
        "About {staff} employees.",
        "{Cert}.",
        "In business since {year0}.",
        "Head office: {city}.",
    ],
}

# Form details (agencies, consultants, places of offices abroad…).
# fmt: off
AGENCY = {"en": ["USDA APHIS", "State Department of Agriculture", "Department of Agriculture, {state}"],
          "zh": ["州环境质量局", "当地空气质量管理区", "县环境卫生局"]}
ENV_AGENCY = ["State Department of Environmental Quality", "County Air Quality Management District", "Department of Natural Resources"]
PERMIT_KIND = ["Minor Source Air Permit", "Stormwater Discharge Permit", "Wastewater Discharge Permit"]
EIA_FIRM = {"zh": ["{prov}清源环境科技有限公司", "{prov}绿源环保工程咨询有限公司", "中环联合（{city}）环境技术有限公司"],
            "en": ["{prov} Qingyuan Environmental Technology Co., Ltd.", "{prov} Lvyuan Environmental Consulting Co., Ltd."]}
ETYPE = {("CN", "zh"): ["有限责任公司", "股份有限公司", "有限责任公司（自然人投资或控股）"], ("US", "zh"): ["有限责任公司（LLC）", "股份有限公司（C类）"],
         ("CN", "en"): ["limited liability company", "joint stock company"], ("US", "en"): ["LLC", "C corporation", "S corporation"]}
USTATE = {"zh": ["美国加利福尼亚州", "美国伊利诺伊州", "美国得克萨斯州", "美国威斯康星州", "美国艾奥瓦州"],
          "en": ["California", "Illinois", "Texas", "Wisconsin", "Iowa"]}
ROADS_ZH = ["长江路", "黄河路", "建设路", "人民路", "滨河大道", "科技路", "工业大道"]
DISTRICTS_ZH = ["经济开发区", "高新区", "工业园区", "农业高新技术产业示范区"]
ROADS_EN_CN = ["Changjiang Road", "Huanghe Road", "Keji Road", "Binhe Avenue"]
STREETS_EN = ["County Road 12", "Industrial Pkwy", "Commerce Dr", "Rural Route 2", "Enterprise Blvd"]
STREETS_ZH_US = ["工业园路", "乡村公路", "商业大道", "企业大道"]
# fmt: on


# --------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------
TAG = re.compile(r"^\[([A-Za-z>\s]+)\]")


def fits(template, ctx: Ctx) -> bool:
    """A template's tag ("[buy]", "[sell]", "[M>D E>D]") fits the company of ``ctx``."""
    text = template if isinstance(template, str) else template[0][0]
    m = TAG.match(text)
    if not m:
        return True
    for tok in m.group(1).split():
        if tok == ("buy" if ctx["buying"] else "sell"):
            return True
        if tok == f"{ctx['stage']}>{ctx['want_stage']}":
            return True
    return False


def fill(template, kind: str, ctx: Ctx) -> list[tuple[str, str]]:
    """The clauses of one template: a string is one clause of ``kind``."""
    if isinstance(template, str):
        template = ((template, kind),)
    out = []
    for raw, k in template:
        text = TAG.sub("", raw).lstrip("@").format_map(ctx)
        out.append((re.sub(r"\.\.(?=\s|$)", ".", text), k))
    return out


def opts(tpl: dict, key: str, ctx: Ctx) -> list:
    """A pool of templates: a list, or a dict keyed by side or by (side, buying)."""
    pool = tpl[key]
    if isinstance(pool, dict):
        pool = pool.get((ctx["side"], ctx["buying"])) or pool[ctx["side"]]
    return pool


STAFF_NOTES = ("受理意见", "Reviewer's note")
LABEL = re.compile(r"[\w'/ ]{1,40}[:：]")


# --------------------------------------------------------------------------------------------
# Roles: each Chinese company's partner, then the traps beside it, then the chain (dealt out
# from COMBOS by corpus_tools.cn_roles and us_roles)
# --------------------------------------------------------------------------------------------
COMBOS = [(s, w) for s in STAGES for w in NEIGHBOURS[s]]


# --------------------------------------------------------------------------------------------
# One company
# --------------------------------------------------------------------------------------------
NO_FACTORY = ("科技", "业", "材料", "营养", "传感")  # name words that take no "厂" after them
USED_NAMES: set[str] = set()
USED_CORES: dict[str, set[str]] = {}  # per chain: no two companies of a chain share a name core


def company_name(
    rng: random.Random, side: str, lang: str, key: str, *, stage: str, k: int, city: str
) -> tuple[str, str, bool]:
    """(full name, short name, misleading): the name words often carry a trade noun, and one
    name in five a role word of another stage ("进出口" for a factory, "Mfg." for a dealer)."""
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
                if stage in "RM"
                and not mis
                and rng.random() < 0.2
                and not word.endswith(NO_FACTORY)
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
    tpl = T[genre][lang]
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
        pool = [t for t in tpl["negated"] if ctx["who"] is not None or not needs_party(t)]
        return fill(rng.choice(pool), SEEK, ctx)
    pool = [
        t for t in tpl["seek"] if (ctx["who"] is not None or not needs_party(t)) and fits(t, ctx)
    ]
    return fill(rng.choice(pool), SEEK, ctx)


def scope(stage: str, lang: str, product: str) -> str | None:
    """A business-scope line (经营范围) of a supplier, maker or distributor."""
    if stage == "E":
        return None
    if lang == "zh":
        return {"R": f"{product}的生产、销售；货物进出口。", "M": f"{product}的研发、生产、销售；货物及技术进出口。",
                "D": f"{product}的批发、零售；货物进出口。"}[stage]  # fmt: skip
    return {"R": f"Manufacture and sale of {product}; import and export of goods.",
            "M": f"Design, manufacture and sale of {product}; import and export of goods and technology.",
            "D": f"Wholesale and retail of {product}; import and export of goods."}[stage]  # fmt: skip


def form_ctx(rng: random.Random, ctx: Ctx, *, side: str, lang: str, stage: str, k: int) -> None:
    """The fields of the filings: licences, notices, trademarks, offices abroad, powers."""
    city, year, chain = ctx["city"], ctx["year"], ctx["chain"]
    li = 0 if lang == "zh" else 1
    buying = ctx["buying"]
    ctx["imex"] = (
        ("进口" if buying else "出口") if lang == "zh" else ("import" if buying else "export")
    )
    ctx["abroad"] = "美国" if side == "CN" else "中国"
    ctx["abroad_name"] = "the United States" if side == "CN" else "China"
    ctx["nation"] = "中国" if side == "CN" else "美国"
    state = city.split(", ")[1] if side == "US" and lang == "en" else "Iowa"
    ctx["state"], ctx["county"] = state, COUNTY.get(city, "Polk")
    ctx["town"] = city.split(",")[0]
    # the licence
    ctx["hs"] = chain["hs"][1 if stage == "R" else 0]
    ctx["uscc"] = f"91{rng.randint(130100, 530100)}{rng.choice(['MA', '06', '07'])}" + "".join(
        rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8)
    )
    ctx["ein"] = f"{rng.randint(20, 99)}-{rng.randint(1000000, 9999999)}"
    ctx["capital"] = rng.choice([500, 1000, 2000, 5000, 8000])
    ctx["capital_en"] = f"{ctx['capital'] // 100} million" if ctx["capital"] >= 100 else ""
    ctx["etype"] = rng.choice(ETYPE[side, lang])
    ctx["agency"] = rng.choice(AGENCY["en"]).format(state=state)
    # the environmental notice
    short, product = ctx["short"], ctx["product"]
    if lang == "zh":
        ctx["project"] = rng.choice(
            {"R": [f"{short}扩产项目", f"{short}新建生产线项目"],
             "M": [f"{short}{product}扩产项目", f"{short}{product}生产线技术改造项目"],
             "D": [f"{short}仓储物流中心建设项目", f"{short}配送中心扩建项目"],
             "E": [f"{short}改扩建项目", f"{short}二期扩建项目"]}[stage]
        )  # fmt: skip
    else:
        ctx["project"] = rng.choice(
            {"R": [f"{short} plant expansion", f"{short} new production line"],
             "M": [f"{short} plant expansion", f"{short} new production line"],
             "D": [f"{short} distribution center expansion", f"{short} warehouse project"],
             "E": [f"{short} Phase II expansion", f"{short} facility expansion"]}[stage]
        )  # fmt: skip
    ctx["env_agency"] = rng.choice(ENV_AGENCY)
    ctx["agency_zh"] = rng.choice(AGENCY["zh"])
    ctx["builder"] = "建设单位" if side == "CN" else "申请单位"
    ctx["permit"] = f"{rng.choice(['AQ', 'P', 'ST'])}-{year}-{rng.randint(100, 999)}"
    ctx["permit_kind"] = rng.choice(PERMIT_KIND).upper()
    if side == "CN":
        prov = CN_CITY_ZH[city] if lang == "zh" else REGION[side, lang][city]
        ctx["eia_firm"] = rng.choice(EIA_FIRM[lang]).format(prov=prov, city=city)
    # the trademark
    tm = chain[stage]["tm"]
    if tm is None:  # a distributor registers its trade name for wholesale services
        goods = (f"{product}的批发服务", f"wholesale distributorship services featuring {product}")
        ctx["cls"], ctx["goods"] = 35, goods[li]
    else:
        cls, gzh, gen = tm[k]
        ctx["cls"], ctx["goods"] = cls, (gzh, gen)[li]
    ctx["product_m"] = chain["product"][li]
    ctx["mark_zh"] = short[:2] if side == "CN" else short  # a Chinese name core has two characters
    ctx["mark_en"] = short.upper().replace("&", "AND")
    ctx["tmno"] = rng.randint(60000000, 79999999)
    ctx["serial"] = f"{rng.choice([97, 98, 99])}{rng.randint(100000, 999999)}"
    ctx["attorney"] = rng.choice(ATTORNEYS)
    pc = city if side == "CN" and lang == "zh" else "上海"
    ctx["tm_agent"] = rng.choice(TM_AGENTS).format(pc=pc)
    # the office abroad
    cn_city = rng.choice(list(CN_CITY_ZH) if lang == "zh" else CITY["CN", "en"])
    ctx["cn_city"] = cn_city
    num, floor = rng.randint(8, 299), rng.randint(3, 22)
    if lang == "zh":
        ctx["cn_addr"] = (
            f"{cn_city}市{rng.choice(DISTRICTS_ZH)}{rng.choice(ROADS_ZH)}{num}号{floor}{rng.randint(1, 20):02d}室"
        )
        ctx["sub"] = f"{short}（美国）有限公司"
        ctx["rep"] = f"{ctx['name']}{cn_city}代表处"
        ctx["usd"] = rng.choice([50, 100, 200, 500])
        ctx["ustate"] = rng.choice(USTATE["zh"])
        ctx["purpose_lbl"] = "投资目的" if side == "CN" else "设立目的"
        ctx["vehicle"] = "境外企业" if side == "CN" else "代表处"
        ctx["authority"] = "备案机关" if side == "CN" else "登记机关"
        ctx["chief"] = rng.choice(CHIEF_REP["zh"])
    else:
        ctx["cn_addr"] = (
            f"Room {floor}{rng.randint(1, 20):02d}, No. {num} {rng.choice(ROADS_EN_CN)}, {cn_city}"
        )
        ctx["sub"] = f"{short} USA Inc."
        ctx["rep"] = f"{ctx['name']} {cn_city} Representative Office"
        ctx["usd"] = rng.choice(["500,000", "1 million", "2 million", "5 million"])
        ctx["ustate"] = rng.choice(USTATE["en"])
        ctx["purpose_lbl"] = "Purpose of investment" if side == "CN" else "Purpose of the office"
        ctx["vehicle"] = "new subsidiary" if side == "CN" else "office"
        ctx["authority_en"] = "filing authority" if side == "CN" else "registration authority"
        ctx["chief"] = rng.choice(CHIEF_REP["en"])
    ctx["lease"] = rng.choice([3, 5, 10])
    # the power of attorney
    ctx["agent"] = rng.choice(AGENTS[side, lang])
    ctx["notary"] = rng.choice(NOTARY[side, lang])


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
        phone = rng.choice([f"0{rng.randint(311, 571)}-{rng.randint(80000000, 89999999)}",
                            f"+86 13{rng.randint(0, 9)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"])  # fmt: skip
    else:
        phone = f"+1 ({rng.randint(201, 989)}) 555-01{rng.randint(10, 99)}"
    slug = re.sub(r"[^a-z]", "", short.lower()) or "".join(
        rng.choice("abcdefghjkmnpqrstwxyz") for _ in range(rng.randint(3, 5))
    )
    if lang == "en":  # the web address carries the name's trade word
        slug += re.sub(r"[^a-z]", "", chain[stage]["wen"][k].lower())
    web = f"www.{slug}.{'cn' if side == 'CN' and rng.random() < 0.6 else 'com'}"
    num = rng.randint(8, 2400)
    if home == ("CN", "zh"):
        addr = f"{city}市{rng.choice(DISTRICTS_ZH)}{rng.choice(ROADS_ZH)}{num % 300}号"
    elif home == ("US", "zh"):
        addr = f"{city}{rng.choice(STREETS_ZH_US)}{num}号"
    elif side == "CN":
        addr = f"No. {num % 300} {rng.choice(ROADS_EN_CN)}, {city}"
    else:
        addr = f"{num} {rng.choice(STREETS_EN)}, {city}"
    ctx = Ctx(
        chain=chain, side=side, stage=stage, want_stage=want, buying=STAGES.index(want) < STAGES.index(stage),
        name=name, short=short, noun=noun, nouns=plural(noun) if lang == "en" else noun,
        a_noun=article(noun) if lang == "en" else noun, detail=chain[stage]["d" + lang][k],
        product=chain["material" if stage == "R" else "product"][li], want=want_np, who=who, city=city,
        region=REGION[home][CN_CITY_ZH[city] if home == ("CN", "zh") else city], year=year, year0=rng.randint(1992, 2018), yrs=rng.randint(6, 28),
        person=person, title=rng.choice(TITLES[lang]), n=rng.randint(12, 980),
        date=f"{year}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日" if lang == "zh" else f"{rng.choice(['January', 'March', 'April', 'June', 'September', 'November'])} {rng.randint(1, 28)}, {year}",
        staff=f"{rng.choice([50, 90, 160, 300, 500, 1100, 2400]):{',' if lang == 'en' else ''}}", cert=rng.choice(CERTS[cat][li]),
        phone=phone, web=web, addr=addr,
    )  # fmt: skip
    ctx["region_pos"] = ctx["region"] + ("'" if ctx["region"].endswith("s") else "'s")
    form_ctx(rng, ctx, side=side, lang=lang, stage=stage, k=k)
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
    ctx["scope"] = scope(stage, lang, ctx["product"])
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
def one(rng, tpl, key, kind, ctx):
    return fill(rng.choice(opts(tpl, key, ctx)), kind, ctx)


def some(rng, tpl, key, ctx, *, lo, hi) -> list:
    """Between ``lo`` and ``hi`` lines of a pool (other), in the pool's order."""
    pool = opts(tpl, key, ctx)
    picked = sorted(rng.sample(range(len(pool)), min(len(pool), rng.randint(lo, hi))))
    return [[fill(pool[i], OTHER, ctx)] for i in picked]


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
    if seek[0][0].startswith(STAFF_NOTES):  # the reviewer's line closes the field
        return [label_para(rng, labels, body), [seek]]
    if LABEL.match(seek[0][0]) and rng.random() < split:
        r = rng.random()
        if r < first:
            return [[seek], label_para(rng, labels, body)]
        if r < 1 - last and len(body) > 1 and body[1][0][1] == OFFER:
            return [label_para(rng, labels, body[:1]), [seek], body[1:]]
        return [label_para(rng, labels, body), [seek]]
    return [label_para(rng, labels, place(rng, body, seek, first=first, last=last))]


def scope_line(rng, tpl, ctx, share: float) -> list:
    """Sometimes a business-scope line ("经营范围：…"), an offer, above the description."""
    if ctx["scope"] is None or "scope" not in tpl or rng.random() >= share:
        return []
    return [[[(opts(tpl, "scope", ctx), OTHER), (ctx["scope"], OFFER)]]]


def body_of(rng, offer, filler, share) -> list:
    return list(offer) + ([filler] if rng.random() < share else [])


def licence_layout(rng, lang, tpl, ctx, *, offer, seek, filler):
    lines = [[one(rng, tpl, "head", OTHER, ctx)], [one(rng, tpl, "applicant", OTHER, ctx)]]
    lines += some(rng, tpl, "field", ctx, lo=0, hi=2)
    lines += scope_line(rng, tpl, ctx, 0.45)
    labels = opts(tpl, "label", ctx)
    lines += body_lines(rng, labels, body_of(rng, offer, filler, 0.2), seek, first=0.3, last=0.25)
    lines += some(rng, tpl, "footer", ctx, lo=1, hi=2)
    return lines


def notice_layout(rng, lang, tpl, ctx, *, offer, seek, filler):
    lines = [[one(rng, tpl, "head", OTHER, ctx)]]
    project, contact = (
        [one(rng, tpl, "project", OTHER, ctx)],
        [one(rng, tpl, "contact", OTHER, ctx)],
    )
    if ctx["side"] == "US":  # the applicant first, then the project; a Chinese notice the other way
        lines += [contact] + ([project] if rng.random() < 0.6 else [])
    else:
        lines += [project] + ([contact] if rng.random() < 0.6 else [])
    labels = opts(tpl, "label", ctx)
    lines += body_lines(rng, labels, body_of(rng, offer, filler, 0.25), seek, first=0.25, last=0.3)
    lines += some(rng, tpl, "notice", ctx, lo=1, hi=2)
    return lines


def trademark_layout(rng, lang, tpl, ctx, *, offer, seek, filler):
    lines = [[one(rng, tpl, "head", OTHER, ctx)], [one(rng, tpl, "applicant", OTHER, ctx)]]
    lines += some(rng, tpl, "field", ctx, lo=1, hi=3)
    labels = opts(tpl, "label", ctx)
    lines += body_lines(rng, labels, body_of(rng, offer, filler, 0.15), seek, first=0.25, last=0.35)
    lines += some(rng, tpl, "footer", ctx, lo=1, hi=2)
    return lines


def office_layout(rng, lang, tpl, ctx, *, offer, seek, filler):
    lines = [[one(rng, tpl, "head", OTHER, ctx)], [one(rng, tpl, "applicant", OTHER, ctx)]]
    lines += some(rng, tpl, "field", ctx, lo=1, hi=2)
    lines += scope_line(rng, tpl, ctx, 0.3)
    labels = opts(tpl, "label", ctx)
    lines += body_lines(
        rng, labels, body_of(rng, offer, filler, 0.2), seek, first=0.3, last=0.3, split=0.65
    )
    lines += some(rng, tpl, "footer", ctx, lo=1, hi=2)
    return lines


def attorney_layout(rng, lang, tpl, ctx, *, offer, seek, filler):
    lines = [[one(rng, tpl, "head", OTHER, ctx)], [one(rng, tpl, "applicant", OTHER, ctx)]]
    if ctx["agent"] not in "".join(t for t, _ in lines[1][0]):
        lines.append([one(rng, tpl, "agent", OTHER, ctx)])
    labels = opts(tpl, "label", ctx)
    lines += body_lines(rng, labels, body_of(rng, offer, filler, 0.15), seek, first=0.2, last=0.5)
    lines += some(rng, tpl, "footer", ctx, lo=1, hi=2)
    return lines


MAX_UNITS = 9


LAYOUT = {
    "licence application": licence_layout,
    "EIA public notice": notice_layout,
    "trademark application": trademark_layout,
    "office abroad filing": office_layout,
    "power of attorney": attorney_layout,
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
    if re.search(r"plan|intend|计划|拟|建成后|设立后", text):
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
        assert not re.search(r"[{}@]|\[\w", text), o["id"]
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
        (HERE / f"roles_corpus15{suffix}.json").write_text(
            json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8"
        )
    orgs = profiles["organizations"]
    print(f"roles_corpus15: {sum(o['side'] == 'CN' for o in orgs)} CN x {sum(o['side'] == 'US' for o in orgs)} US, "
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
