# ruff: noqa: E501  (the templates and role phrases are data; wrapping them would only hurt reading)
"""Write the seventeenth training corpus for the partner recommender: ``roles_corpus17.json``,
``roles_corpus17_gold.json`` and ``roles_corpus17_segments.json``.

    python bench/recommend/make_corpus17.py

Ten value chains from retail display, events, printing and packaging for shops and brands
(acrylic display stands and sign holders, modular trade-show booth systems, paper shopping
bags, rigid gift boxes, hang tags and woven labels, mannequins, electronic shelf labels,
aluminium stage truss, printed satin ribbon, thermal receipt paper rolls), 4 Chinese and 7 US
companies each, every one at one stage: raw material or key component supplier (R: an acrylic
sheet mill, an aluminium extrusion plant, a kraft paper mill, a greyboard mill, a label yarn
spinner, a polyester resin producer, an e-paper display maker, an aluminium tube mill, a
ribbon weaving mill, a thermal paper coater…), maker (M), distributor / importer / wholesaler
/ rental house (D) or end buyer (E: a cosmetics store chain, a trade show organizer, a
bookstore chain, a chocolatier chain, an apparel brand, a department store chain, a
supermarket chain, a music festival promoter, a florist chain, a gas station chain…). Chinese
companies mostly write mainland business Chinese (one in ten English), US companies English
(one in ten Chinese). Every description is a short informal online post by the company or by
someone working there, in one of five ways, in Chinese or English:

* a product Q&A on a marketplace listing ("商品问答", "问大家", "Customer questions &
  answers"): the seller answering a buyer's question on its own listing, or, when the company
  buys from the stage it wants, the company asking on a supplier's listing and a canned reply;
* the company account's reply in the comment section of its own short video ("作者回复",
  "置顶", "Pinned · … (creator)"; the video title and a viewer's comment above it, likes, IP
  location);
* an employee's post on an anonymous workplace app ("职言｜…", "认证：…员工", "Posted in
  Sales"; the company's business, then what the boss or the team is after, often in the third
  person, with likes and comments);
* an online event page for an open house, a factory tour, a webinar or, for a buyer, a vendor
  day ("工厂开放日", "供应商大会", "About this event", "Who should attend", registration lines);
* a reader's comment under an online trade-news article, posted by someone at the company
  ("评论｜《…》", "Comments on: …", the commenter line, likes and replies).

Each was checked against the module docstrings of the other ``make_corpus*.py`` and
``make_holdout*.py``: a short-video caption with hashtags, a Zhihu / Quora answer, a
microblog or WeChat Moments post and replies to reviews or complaints are taken, so of the
family's suggestions only the listing Q&A is kept and the rest are replaced by the four
above.

Each description is built from clauses labelled ``offer`` (what the company is, makes, sells,
whom it already serves), ``seek`` (what or whom it wants now) or ``other`` (page and post
headers, listing titles, a buyer's or a viewer's question, the seller's canned answer,
bylines, dates, likes, IP locations, registration notes and negated wants); the clauses
concatenated are the description, and are written to the segments file. Hard cases, each in
several documents: customers already served named in the offer; negated wants ("不找贸易商，
只找…", "We're not looking for distributors; we need …", "老板说了不找经销商，只要…");
role nouns inside company names that differ from the company's stage ("进出口" for a factory,
"Manufacturing" for a wholesaler, "Wholesale Club" for a chain of stores); wants naming only
a generic role and the country ("a US importer", "美国经销商"); a maker's want named by its
input material ("长期稳定的灰板纸和特种包装纸供应", "cast acrylic sheet from China"); the
want placed first, in the middle or last, with and without a verb of wanting, as a label
("适合人群：…", "Who should attend: …"), a question ("想问问评论区有没有美国经销商？", "Are you a
Chinese ESL manufacturer?"), a condition, a plan, a quotation, or in the third person (an
employee reporting the boss's target, a purchasing manager's request relayed by the buyer).
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
    place,
    plural,
    render,
    st,
    units,
    want_phrases,
)

HERE = Path(__file__).resolve().parent
SEED = 171717
PREFIX = "k17"
N_CN, N_US = 4, 7
STAGES = ("R", "M", "D", "E")
NEIGHBOURS = {"R": ("M",), "M": ("R", "D", "E"), "D": ("M", "E"), "E": ("M", "D")}
SERVES = {"R": ("M",), "M": ("D", "E"), "D": ("E",), "E": ()}  # whom a stage already sells to
GENRES = (
    "marketplace listing Q&A",
    "video comment reply",
    "workplace app post",
    "online event page",
    "news article comment",
)
MINORITY_SHARE = 0.1  # CN companies writing English, US companies writing Chinese


# --------------------------------------------------------------------------------------------
# The chains: per stage (Chinese nouns, English nouns, Chinese details, English details,
# Chinese name words, English name words). English details are noun phrases ("with …").
# "material" is what a maker buys from R; "rprod" what each of R's two kinds of company sells.
# --------------------------------------------------------------------------------------------
# fmt: off
CHAINS: dict[str, dict] = {
    "acrylicdisplay": {
        "cat": "display", "product": ("亚克力展示架和台卡", "acrylic display stands and sign holders"),
        "material": ("亚克力板和PMMA颗粒", "cast acrylic sheet"),
        "rprod": (["亚克力板", "PMMA颗粒"], ["cast acrylic sheet", "PMMA resin"]),
        "R": st(["亚克力板材厂", "PMMA颗粒供应商"], ["acrylic sheet mill", "PMMA resin supplier"],
                ["浇铸亚克力板年产3万吨，透明、乳白、彩色板都有", "PMMA颗粒年供应5万吨"],
                ["30,000 tonnes of cast acrylic sheet a year in clear, opal and colors", "50,000 tonnes of PMMA resin a year"],
                ["亚克力板材", "新材料"], ["Acrylic Sheet", "Polymers"]),
        "M": st(["亚克力制品厂", "展示道具厂"], ["acrylic fabricator", "display fixture factory"],
                ["激光切割机40台，台卡、价格牌、化妆品展示架日产2万件", "亚克力展示架、发光台卡都能做，200件起可定制logo"],
                ["40 laser cutters turning out 20,000 sign holders and cosmetic risers a day", "acrylic displays and lit counter signs, custom logos from 200 pieces"],
                ["亚克力制品", "展示道具"], ["Acrylic Works", "Display Fixtures"]),
        "D": st(["展示用品批发商", "门店道具经销商"], ["POP display distributor", "retail display wholesaler"],
                ["常备展示架和台卡1500款", "给4000家门店配送道具"],
                ["1,500 display and sign holder SKUs in stock", "4,000 store accounts"],
                ["展示用品", "商贸"], ["POP Supply", "Display Wholesale"]),
        "E": st(["化妆品连锁", "手机卖场连锁"], ["cosmetics store chain", "cell phone store chain"],
                ["门店320家", "门店860家"],
                ["320 beauty stores", "860 wireless stores"],
                ["美妆", "通讯"], ["Beauty", "Wireless"]),
    },
    "boothsystem": {
        "cat": "event", "product": ("铝合金展台系统", "modular trade show booths"),
        "material": ("展览铝型材和SEG拉布", "exhibit extrusions and SEG fabric"),
        "rprod": (["展览铝型材", "SEG拉布"], ["exhibit extrusions", "SEG fabric"]),
        "R": st(["展览铝型材厂", "SEG拉布厂"], ["aluminum extrusion plant", "SEG fabric mill"],
                ["八棱柱、扁铝等展览型材月产1200吨", "SEG硅胶边拉布月产80万平方米"],
                ["1,200 tonnes of exhibit extrusions a month", "800,000 square meters of SEG tension fabric a month"],
                ["铝业", "纺织"], ["Extrusions", "Textiles"]),
        "M": st(["展台系统工厂", "展览器材厂"], ["exhibit system manufacturer", "booth builder"],
                ["标摊和铝合金展台年产3万套", "3×3米到18×18米的展台都能做，拉布画面自己印"],
                ["30,000 modular booth kits a year", "booths from 10x10 to 60x60 and tension-fabric graphics printed in-house"],
                ["展览器材", "展示"], ["Exhibits", "Exhibit Systems"]),
        "D": st(["展览器材经销商", "展台租赁公司"], ["exhibit dealer", "booth rental house"],
                ["代理三个展台品牌，覆盖华东40个展馆", "常备租赁展台1200套"],
                ["three exhibit lines sold to 700 exhibitors", "1,200 rental booths in inventory"],
                ["展览服务", "会展器材"], ["Exhibit Sales", "Exhibit Rentals"]),
        "E": st(["会展策划公司", "展会主办方"], ["event marketing agency", "trade show organizer"],
                ["每年承办展会和品牌活动200场", "每年主办专业展会12个，标摊用量6000个"],
                ["200 exhibits and brand events a year", "12 trade shows a year using 6,000 shell-scheme booths"],
                ["会展", "展览"], ["Events", "Expositions"]),
    },
    "paperbag": {
        "cat": "paper", "product": ("纸质购物袋", "paper shopping bags"),
        "material": ("牛皮纸和纸绳提手", "kraft paper and twisted paper handles"),
        "rprod": (["牛皮纸", "纸绳提手"], ["kraft paper", "twisted paper handles"]),
        "R": st(["牛皮纸厂", "纸绳提手厂"], ["kraft paper mill", "twisted handle maker"],
                ["纸袋用牛皮纸年产12万吨", "纸绳提手日产300万对"],
                ["120,000 tonnes of bag-grade kraft paper a year", "3 million pairs of twisted paper handles a day"],
                ["纸业", "纸制品"], ["Paper", "Handles"]),
        "M": st(["纸袋厂", "手提袋印刷厂"], ["paper bag factory", "bag printing plant"],
                ["全自动纸袋机22台，日产纸袋120万个", "手提纸袋可印四色、烫金，5000个起订"],
                ["22 automatic bag machines and 1.2 million bags a day", "printed handle bags in four colors with foil, from 5,000 pieces"],
                ["包装", "纸品"], ["Bags", "Packaging"]),
        "D": st(["包装材料批发商", "零售包装经销商"], ["packaging distributor", "retail packaging wholesaler"],
                ["给3500家商户配送包装", "仓库常备纸袋800万个"],
                ["3,500 retail accounts", "8 million bags in the warehouse"],
                ["包装材料", "商贸"], ["Packaging Supply", "Bag Wholesale"]),
        "E": st(["连锁书店", "鞋店连锁"], ["bookstore chain", "shoe store chain"],
                ["门店150家", "门店380家"],
                ["150 bookstores", "380 shoe stores"],
                ["书店", "鞋业"], ["Books", "Shoes"]),
    },
    "rigidbox": {
        "cat": "paper", "product": ("精品礼盒", "rigid gift boxes"),
        "material": ("灰板纸和特种包装纸", "greyboard and specialty wrapping paper"),
        "rprod": (["灰板纸", "特种包装纸"], ["greyboard", "specialty wrapping paper"]),
        "R": st(["灰板纸厂", "特种纸厂"], ["greyboard mill", "specialty paper mill"],
                ["双灰板年产8万吨，1.5到3毫米都有", "礼盒用特种纸、触感纸月产2000吨"],
                ["80,000 tonnes of 1.5–3 mm greyboard a year", "2,000 tonnes of textured and soft-touch box wrap a month"],
                ["纸板", "特种纸"], ["Board Mills", "Specialty Papers"]),
        "M": st(["礼盒厂", "精品包装盒厂"], ["rigid box maker", "luxury packaging factory"],
                ["天地盖、书型盒、抽屉盒日产8万个", "磁吸礼盒可做烫金、UV、压纹，1000个起订"],
                ["80,000 lid-and-base, book-style and drawer boxes a day", "magnetic-closure boxes with foil, spot UV and embossing from 1,000 units"],
                ["包装", "彩印包装"], ["Rigid Boxes", "Luxury Packaging"]),
        "D": st(["包装采购商", "礼品包装批发商"], ["packaging broker", "gift packaging wholesaler"],
                ["为600个品牌采购包装", "常备礼盒现货400款"],
                ["packaging programs for 600 brands", "400 stock gift box styles"],
                ["包装供应链", "礼品包装"], ["Packaging Partners", "Gift Packaging"]),
        "E": st(["巧克力连锁品牌", "珠宝连锁"], ["chocolatier chain", "jewelry store chain"],
                ["门店90家，节日礼盒年销200万盒", "门店530家"],
                ["90 chocolate shops selling 2 million holiday boxes a year", "530 jewelry stores"],
                ["食品", "珠宝"], ["Chocolates", "Jewelers"]),
    },
    "hangtag": {
        "cat": "textile", "product": ("吊牌和织唛", "hang tags and woven labels"),
        "material": ("铜版卡纸和织唛纱线", "coated card stock and polyester label yarn"),
        "rprod": (["铜版卡纸", "织唛纱线"], ["coated card stock", "label yarn"]),
        "R": st(["卡纸厂", "织唛纱线厂"], ["card stock mill", "label yarn spinner"],
                ["铜版卡纸、牛皮卡纸年产6万吨", "50D、75D涤纶织唛纱线月产400吨"],
                ["60,000 tonnes of coated and kraft card stock a year", "400 tonnes of 50D and 75D label yarn a month"],
                ["卡纸", "化纤"], ["Paperboard", "Yarns"]),
        "M": st(["吊牌印刷厂", "织唛厂"], ["hang tag printer", "woven label mill"],
                ["吊牌、洗水唛日产200万个，可印可变数据条码", "商标机80台，织唛月产5000万枚"],
                ["2 million hang tags and care labels a day with variable barcodes", "80 label looms and 50 million woven labels a month"],
                ["印刷", "织唛"], ["Tags & Labels", "Label Works"]),
        "D": st(["服装辅料经销商", "辅料采购代理"], ["apparel trim distributor", "trim sourcing agent"],
                ["给900家服装厂供辅料", "为120个服装品牌统一采购辅料"],
                ["trims for 900 garment factories", "trim programs for 120 apparel brands"],
                ["辅料", "服饰辅料"], ["Trims", "Trim Sourcing"]),
        "E": st(["服装品牌", "工装定制公司"], ["apparel brand", "uniform company"],
                ["年销服装1800万件", "每年为4000家企业做工装"],
                ["18 million garments a year", "uniforms for 4,000 employers"],
                ["服饰", "职业装"], ["Apparel", "Uniforms"]),
    },
    "mannequin": {
        "cat": "display", "product": ("服装模特道具", "mannequins"),
        "material": ("不饱和树脂和玻纤毡", "polyester resin and fiberglass mat"),
        "rprod": (["不饱和树脂", "玻纤毡"], ["polyester resin", "fiberglass mat"]),
        "R": st(["树脂厂", "玻纤毡厂"], ["resin producer", "fiberglass mat maker"],
                ["不饱和聚酯树脂年产5万吨", "短切玻纤毡年产2万吨"],
                ["50,000 tonnes of unsaturated polyester resin a year", "20,000 tonnes of chopped strand mat a year"],
                ["化工", "玻纤"], ["Resins", "Fiberglass"]),
        "M": st(["模特道具厂", "橱窗道具厂"], ["mannequin factory", "visual display manufacturer"],
                ["玻璃钢模特月产1.5万具，脸型和姿势可按品牌定制", "全身模特、半身模特、头模都能做"],
                ["15,000 fiberglass mannequins a month with custom faces and poses", "full-body forms, torsos and display heads"],
                ["模特道具", "橱窗道具"], ["Mannequins", "Visual Display"]),
        "D": st(["模特道具进口商", "陈列道具批发商"], ["mannequin importer", "visual merchandising supplier"],
                ["仓库常备模特5000具", "给2200家门店做陈列道具"],
                ["5,000 mannequins in the warehouse", "display props for 2,200 stores"],
                ["道具贸易", "陈列"], ["Mannequin Imports", "Visual Supply"]),
        "E": st(["百货连锁", "女装连锁"], ["department store chain", "women's fashion chain"],
                ["门店48家", "门店600家"],
                ["48 department stores", "600 women's apparel stores"],
                ["百货", "女装"], ["Department Stores", "Boutiques"]),
    },
    "esl": {
        "cat": "tech", "product": ("电子价签", "electronic shelf labels"),
        "material": ("电子纸屏和纽扣电池", "e-paper displays and coin cell batteries"),
        "rprod": (["电子纸屏", "纽扣电池"], ["e-paper displays", "coin cell batteries"]),
        "R": st(["电子纸屏厂", "纽扣电池厂"], ["e-paper display maker", "coin cell maker"],
                ["2.13寸到7.5寸电子纸屏月产300万片", "CR2450纽扣电池日产100万粒"],
                ["3 million e-paper panels a month from 2.13 to 7.5 inches", "a million CR2450 cells a day"],
                ["显示科技", "电池"], ["Displays", "Batteries"]),
        "M": st(["电子价签厂", "零售物联网设备厂"], ["ESL manufacturer", "retail IoT device maker"],
                ["电子价签月产120万片，基站和管理软件自己开发", "三色、四色价签都能做，支持NFC"],
                ["1.2 million shelf labels a month and its own base stations and software", "three- and four-color labels with NFC"],
                ["电子", "物联科技"], ["ESL Tech", "Retail IoT"]),
        "D": st(["零售系统集成商", "商超设备代理商"], ["retail systems integrator", "store technology reseller"],
                ["给1200家门店做过系统集成", "代理商超设备品牌15个"],
                ["installs in 1,200 stores", "15 store technology lines on the card"],
                ["信息技术", "商用设备"], ["Retail Systems", "Store Tech"]),
        "E": st(["连锁超市", "家居建材连锁"], ["supermarket chain", "home improvement chain"],
                ["门店270家", "门店85家"],
                ["270 supermarkets", "85 home improvement stores"],
                ["超市", "家居"], ["Markets", "Home Centers"]),
    },
    "stagetruss": {
        "cat": "event", "product": ("铝合金舞台桁架", "aluminum stage truss"),
        "material": ("6082-T6铝合金管材", "6082-T6 aluminum tube"),
        "rprod": (["铝合金管材", "桁架铸件"], ["aluminum tube", "truss castings"]),
        "R": st(["铝管厂", "铝铸件厂"], ["aluminum tube mill", "aluminum casting foundry"],
                ["6082-T6铝合金管材年产2万吨", "桁架连接件、底座铸件月产20万件"],
                ["20,000 tonnes of 6082-T6 tube a year", "200,000 truss couplers and base plates a month"],
                ["铝材", "铸造"], ["Aluminum", "Castings"]),
        "M": st(["桁架厂", "舞台设备厂"], ["truss manufacturer", "staging equipment maker"],
                ["方管桁架、三角桁架年产50万米，焊工全部持证上岗", "桁架、舞台板、升降塔都能做"],
                ["500,000 meters of box and triangle truss a year and certified welders only", "truss, stage decks and lifting towers"],
                ["舞台设备", "桁架"], ["Truss", "Staging"]),
        "D": st(["演出器材经销商", "舞美器材租赁公司"], ["pro AV dealer", "staging rental company"],
                ["代理舞台灯光音响品牌12个", "常备租赁桁架3万米"],
                ["12 lighting and staging lines", "30,000 meters of rental truss"],
                ["演艺器材", "舞美"], ["Pro AV", "Stage Rentals"]),
        "E": st(["演出制作公司", "音乐节主办方"], ["event production company", "music festival promoter"],
                ["每年制作演出和发布会300场", "每年主办音乐节8场"],
                ["300 concerts and product launches a year", "eight music festivals a year"],
                ["文化传媒", "演艺"], ["Productions", "Festivals"]),
    },
    "ribbon": {
        "cat": "textile", "product": ("印字缎带", "printed satin ribbon"),
        "material": ("涤纶丝和缎带坯带", "polyester yarn and greige satin ribbon"),
        "rprod": (["涤纶丝", "缎带坯带"], ["polyester yarn", "greige satin ribbon"]),
        "R": st(["涤纶丝厂", "织带厂"], ["polyester yarn producer", "ribbon weaving mill"],
                ["涤纶长丝年产10万吨", "缎带坯带月产3000万码"],
                ["100,000 tonnes of polyester filament a year", "30 million yards of greige satin ribbon a month"],
                ["化纤", "织带"], ["Fibers", "Narrow Fabrics"]),
        "M": st(["缎带印刷厂", "丝带加工厂"], ["ribbon printer", "ribbon converter"],
                ["缎带可印logo、烫金，日产印字缎带50万码", "蝴蝶结、弹力绳、礼盒花结都能做"],
                ["500,000 yards of logo-printed and foil ribbon a day", "pre-tied bows, elastic loops and gift box ties"],
                ["丝带", "包装饰品"], ["Ribbon", "Ribbon Works"]),
        "D": st(["花艺包装批发商", "工艺品材料批发商"], ["floral supply wholesaler", "craft supply distributor"],
                ["给5000家花店供货", "常备缎带2600个色号"],
                ["5,000 florist accounts", "2,600 ribbon colors in stock"],
                ["花艺", "工艺品"], ["Floral Supply", "Craft Supply"]),
        "E": st(["鲜花连锁", "烘焙连锁"], ["florist chain", "bakery chain"],
                ["门店160家", "门店240家"],
                ["160 flower shops", "240 bakeries"],
                ["花卉", "烘焙"], ["Flowers", "Bakery"]),
    },
    "receiptroll": {
        "cat": "paper", "product": ("热敏收银纸", "thermal receipt paper rolls"),
        "material": ("热敏纸大卷和纸管", "thermal paper jumbo rolls and paper cores"),
        "rprod": (["热敏纸大卷", "纸管"], ["thermal jumbo rolls", "paper cores"]),
        "R": st(["热敏纸涂布厂", "纸管厂"], ["thermal paper coater", "paper core maker"],
                ["不含双酚A的热敏纸大卷年产15万吨", "收银纸纸管日产400万个"],
                ["150,000 tonnes of BPA-free thermal jumbo rolls a year", "4 million paper cores a day"],
                ["涂布纸", "纸管"], ["Coated Papers", "Cores"]),
        "M": st(["收银纸分切厂", "热敏纸卷生产企业"], ["receipt roll converter", "thermal roll maker"],
                ["分切机30台，收银纸日产60万卷", "80×80、57×50各种规格都有，背面可印广告"],
                ["30 slitters and 600,000 rolls a day", "every common size and printed backs on request"],
                ["纸品", "办公用品"], ["Rolls", "Paper Products"]),
        "D": st(["收银耗材批发商", "办公用品经销商"], ["POS supply distributor", "office products wholesaler"],
                ["给1万家商户送货", "仓库常备收银纸200万卷"],
                ["10,000 merchant accounts", "2 million rolls in stock"],
                ["耗材", "办公用品"], ["POS Supply", "Office Products"]),
        "E": st(["快餐连锁", "加油站连锁"], ["quick-service restaurant chain", "gas station chain"],
                ["门店1400家", "加油站650座"],
                ["1,400 restaurants", "650 gas stations"],
                ["餐饮", "能源"], ["Burgers", "Fuel Stops"]),
    },
}

# A want that names only the role (and the country), not the product.
GENERIC = {
    "zh": {"R": ["原材料供应商", "材料厂家", "上游原料厂"], "M": ["生产厂家", "源头工厂", "代工厂"],
           "D": ["经销商", "代理商", "贸易商", "进口商"], "E": ["终端客户", "连锁客户", "品牌客户"]},
    "en": {"R": ["raw material supplier", "materials vendor"], "M": ["manufacturer", "factory", "contract manufacturer"],
           "D": ["distributor", "wholesaler", "importer"], "E": ["retail chain", "chain-store buyer", "brand customer"]},
}

# A word in a company name that belongs to another stage than the company's.
MISLEAD = {"zh": {"R": ["贸易"], "M": ["进出口"], "D": ["制造", "实业制造"], "E": ["批发"]},
           "en": {"R": ["Trading"], "M": ["Import & Export", "Distribution"], "D": ["Manufacturing", "Mfg."], "E": ["Wholesale Club"]}}
STAGE_WORDS = {  # role words in names, by the stage they suggest (for the summary only)
    "M": ["制造", "工厂", "Mfg", "Manufacturing", "Works", "Mills"],
    "D": ["贸易", "商贸", "进出口", "批发", "供应链", "Trading", "Import", "Wholesale", "Distribut", "Supply"],
    "E": ["超市", "连锁", "百货", "Stores", "Club", "Markets", "Boutiques"],
}

CERTS = {
    "display": (["通过ISO 9001认证", "通过BSCI验厂"], ["ISO 9001 certified", "BSCI audited"]),
    "event": (["通过ISO 9001认证", "通过TÜV认证"], ["ISO 9001 certified", "TÜV certified"]),
    "paper": (["通过FSC认证", "通过ISO 9001认证"], ["FSC certified", "ISO 9001 certified"]),
    "textile": (["通过OEKO-TEX认证", "通过GRS认证"], ["OEKO-TEX certified", "GRS certified"]),
    "tech": (["通过CE和FCC认证", "通过ISO 9001认证"], ["FCC and CE certified", "ISO 9001 certified"]),
}

# Places and people, by side (CN / US) and language.
CN_CITY_ZH = {"深圳": "广东", "东莞": "广东", "中山": "广东", "温州": "浙江", "宁波": "浙江", "义乌": "浙江",
              "杭州": "浙江", "苏州": "江苏", "常州": "江苏", "青岛": "山东", "潍坊": "山东", "厦门": "福建",
              "泉州": "福建", "合肥": "安徽"}
CN_CORE_ZH = ["嘉禾", "盛世", "华隆", "永信", "鼎盛", "精诚", "宏达", "伟业", "腾飞", "远航", "凯旋", "锐达",
              "和信", "庆丰", "兴隆", "佳美", "鸿图", "宝丰", "众诚", "万通", "金桥", "联升"]
CN_CORE_EN = ["Jiahe", "Shengshi", "Hualong", "Yongxin", "Dingsheng", "Jingcheng", "Hongda", "Weiye", "Tengfei", "Kaixuan"]
US_CORE_EN = ["Ironwood", "Silver Maple", "Northgate", "Bridgewater", "Lone Pine", "Cobalt Bay", "Westbrook",
              "Old Mill", "Fairmont", "Redstone", "Wildrose", "Harborview", "Brookhaven", "Cascade", "Sterling Point",
              "Tall Oak", "Keystone", "Alder & Finch", "Merriweather", "Hargrove", "Castellano", "Whitlock",
              "Dunmore", "Prescott", "Galloway & Shah", "Rivera"]
US_CORE_ZH = ["铁木", "银枫", "北门", "桥水", "孤松", "钴湾", "西溪", "老磨坊", "红石", "瀑布"]
CITY = {
    ("CN", "zh"): list(CN_CITY_ZH),
    ("CN", "en"): ["Shenzhen", "Dongguan", "Wenzhou", "Ningbo", "Yiwu", "Suzhou", "Xiamen", "Qingdao"],
    ("US", "en"): ["Las Vegas, Nevada", "Orlando, Florida", "City of Industry, California", "Carlstadt, New Jersey",
                   "Chicago, Illinois", "Dallas, Texas", "Atlanta, Georgia", "Columbus, Ohio",
                   "Minneapolis, Minnesota", "Nashville, Tennessee", "Denver, Colorado", "Portland, Oregon"],
    ("US", "zh"): ["内华达州拉斯维加斯", "佛罗里达州奥兰多", "加州工业市", "伊利诺伊州芝加哥", "得州达拉斯", "佐治亚州亚特兰大"],
}
REGION = {  # the region of a city (a Chinese city by its province)
    ("CN", "zh"): {"广东": "珠三角", "浙江": "浙江", "江苏": "长三角", "山东": "山东", "福建": "闽南", "安徽": "安徽"},
    ("CN", "en"): {"Shenzhen": "the Pearl River Delta", "Dongguan": "the Pearl River Delta", "Wenzhou": "southern Zhejiang",
                   "Ningbo": "Zhejiang", "Yiwu": "Zhejiang", "Suzhou": "the Yangtze River Delta", "Xiamen": "southern Fujian",
                   "Qingdao": "Shandong"},
    ("US", "en"): {"Las Vegas, Nevada": "the Southwest", "Orlando, Florida": "the Southeast",
                   "City of Industry, California": "Southern California", "Carlstadt, New Jersey": "the Northeast",
                   "Chicago, Illinois": "the Midwest", "Dallas, Texas": "Texas", "Atlanta, Georgia": "the Southeast",
                   "Columbus, Ohio": "the Midwest", "Minneapolis, Minnesota": "the Upper Midwest", "Nashville, Tennessee": "the South",
                   "Denver, Colorado": "the Mountain West", "Portland, Oregon": "the Pacific Northwest"},
    ("US", "zh"): {"内华达州拉斯维加斯": "美国西部", "佛罗里达州奥兰多": "美国东南部", "加州工业市": "南加州",
                   "伊利诺伊州芝加哥": "美国中西部", "得州达拉斯": "美国南部", "佐治亚州亚特兰大": "美国东南部"},
}
PEOPLE = {
    ("CN", "zh"): ["陈志远", "刘晓红", "张伟", "杨丽娟", "黄建华", "徐静", "朱海涛", "林晓燕", "郭鹏", "何雪"],
    ("CN", "en"): ["Chen Zhiyuan", "Liu Xiaohong", "Zhang Wei", "Yang Lijuan", "Huang Jianhua", "Xu Jing"],
    ("US", "en"): ["Rachel Donovan", "Kevin Park", "Maria Alvarez", "Brandon Miller", "Aisha Johnson", "Tom Kowalski",
                   "Emily Chen", "Jake Sorensen", "Natalie Brooks", "Omar Haddad"],
    ("US", "zh"): ["陈凯文", "林佩琪", "王大卫", "张艾米", "刘杰森", "黄安娜"],  # Chinese-American staff
}
TITLES = {"zh": ["总经理", "外贸经理", "采购经理", "销售总监", "市场部主管", "老板"],
          "en": ["Sales Manager", "Director of Purchasing", "Owner", "VP of Sales", "Operations Manager", "Marketing Coordinator"]}

# The country a company's partner is in: (Chinese names, English adjectives, English names).
ABROAD = {"CN": (["美国", "北美", "美国本土"], ["US", "American", "North American"], ["the US", "the United States"]),
          "US": (["中国", "国内", "中国大陆"], ["Chinese"], ["China"])}
# fmt: on

# --------------------------------------------------------------------------------------------
# The ways of writing. A template is a string (one clause of the slot's kind) or a tuple of
# (text, kind) clauses. A template may start with stage letters and a bar ("RM|…"): only
# companies at those stages use it. Seek templates with "{who}" or a "^" at the start of a
# clause need a role noun (not a material).
# --------------------------------------------------------------------------------------------
# fmt: off
T: dict[str, dict[str, dict]] = {
    "marketplace listing Q&A": {
        "zh": {
            "head": ["商品问答（{qa_n}）", "问大家（{qa_n}）", "买家问答"],
            "listing": ["商品：{listing}", "{listing}"],
            "own": {"RM": ["【源头工厂】{product}　支持来图定制", "{product}　厂家直供　量大从优", "{short}　{product}　可定制"],
                    "D": ["{product}现货批发　当天发货", "{product}　批发价　一件起批"]},
            "theirs": ["{wprod}　厂家直销　支持定制", "【现货】{wprod}批发"],
            "question": ["问：你们是工厂还是贸易公司？", "问：可以定制吗？起订量多少？", "问：能发{there}吗？运费怎么算？",
                         "问：有现货吗？多久能发？", "问：质量怎么样？能先拿样品吗？"],
            "answer_label": ["答：", "{short}（商家）：", "商家回复："],
            "opener": ["", "", "亲，", "您好，"],
            "answer_foot": ["{date_s}　{helpful}人觉得有用", "共{ans}个回答 >"],
            "offer": [
                "我们是{noun}，{detail}。",
                "RM|我们就是{noun}，不是贸易公司，{detail}。",
                "{short}是{region}的{noun}，{detail}。",
                "{short}做{product}{yrs}年了，是{noun}，{detail}。",
                "我们家是{noun}，{detail}，{cert}。",
                "{detail}，我们是{noun}，放心下单。",
            ],
            "served": ["现在长期给{served}供货。", "{served}都在用我们的货。"],
            "seek": [
                "我们正在找{want}，有意向的可以私聊。",
                "^另外诚招{want}。",
                "如果您是{who}，欢迎直接联系客服谈合作价。",
                "{year}年我们计划重点对接{want}。",
                "您是{who}吗？是的话批量价可以再谈。",
                "^合作需求：{want}。",
                "老板交代了，今年一定要找到{want}。",
            ],
            "ask_label": ["问：", "提问："],
            "ask_opener": ["", "", "你好，", "打扰一下，"],
            "ask_offer": [
                "我们是{noun}，{detail}。",
                "{short}这边是{noun}，{detail}。",
                "我司是{region}的{noun}，{detail}。",
                "我们公司{detail}，是一家{noun}。",
                "MD|我们做{product}{yrs}年了，属于{noun}，{detail}。",
                "我们这边是{noun}（{detail}）。",
            ],
            "ask_seek": [
                "^想问下你们是不是{who}？",
                "我们正在找{want}，你们能直接供货吗？",
                "如果你们是{who}，我们下个月就可以先下试单。",
                "我们计划{year}年换一家{who}，方便报个价吗？",
                "采购经理让我问问：有没有{want}？",
                "^有没有{want}？我们量大，长期要。",
                "求推荐{want}，要能长期合作的。",
            ],
            "asker": ["提问者：{short}{dept}　{date_s}", "{watch}人也想知道　{date_s}"],
            "canned": ["答：您好，可以的，详细情况请联系在线客服。", "商家回复：亲，已经给您发消息了，请注意查收哦。",
                       "答：可以的，欢迎来电详谈。"],
        },
        "en": {
            "head": ["Customer questions & answers", "Questions & answers ({qa_n})", "Have a question? See what other buyers asked"],
            "listing": ["Product: {listing}", "Listing: {listing}"],
            "own": {"RM": ["{Product} — Factory Direct, Custom Sizes", "{Product}, Custom Logo, Bulk Pricing", "{Short} {product} (wholesale pack)"],
                    "D": ["{Product} — In Stock, Ships Same Day", "Wholesale {product}, Case Packs"]},
            "theirs": ["{Wprod} — Factory Direct, MOQ Negotiable", "Bulk {wprod} for business buyers"],
            "question": ["Question: Are you a manufacturer or a trading company?", "Question: Can you do custom sizes with our logo?",
                         "Question: What's the minimum order?", "Question: Do you ship to {there}?",
                         "Question: Can I get a sample before a bulk order?"],
            "answer_label": ["Answer: ", "Seller answer: "],
            "opener": ["", "", "Hi there! ", "Good question. "],
            "answer_foot": ["By {short} SELLER on {date_long}", "{helpful} of {helpful2} people found this helpful.", "See more answers ({ans})"],
            "offer": [
                "We're {a_noun} with {detail}.",
                "RM|{Short} is {a_noun}, not a reseller: {detail}.",
                "We are {a_noun} in {city} with {detail}.",
                "{Short} has been {a_noun} for {yrs} years, with {detail}.",
                "We're one of {region}'s {nouns}, with {detail}.",
                "We're {a_noun} ({cert}) with {detail}.",
            ],
            "served": ["Our regular customers are {served}.", "We already supply {served}."],
            "seek": [
                "We're also looking for {want}, so message us through the store.",
                "^We plan to sign {want} in {year}.",
                "If you're {who}, ask us about volume pricing.",
                "Are you {who}? Send us a message.",
                "^Partners wanted: {want}.",
                'In our owner\'s words: "we still need {want}."',
                "What we need now: {want}.",
            ],
            "ask_label": ["Question: ", "Q: "],
            "ask_opener": ["", "", "Hi! ", "Hello! "],
            "ask_offer": [
                "We're {a_noun} with {detail}.",
                "{Short} here: {a_noun} with {detail}.",
                "E|We run {a_noun} in {city} ({detail}).",
                "Buyer here, {a_noun} with {detail}.",
                "I'm with {short}, one of {region}'s {nouns} ({detail}).",
                "MD|We've been in {product} for {yrs} years as {a_noun}, with {detail}.",
            ],
            "ask_seek": [
                (("^Are you {who}?", SEEK), (" We order every month.", OTHER)),
                "We're looking for {want}. Can you supply us directly?",
                "If you're {who}, we can place a trial order next month.",
                "We plan to switch to {who} in {year}. Can you quote?",
                "Our purchasing manager asked me to find {want}.",
                "Need {want} for a standing order. Possible?",
            ],
            "asker": ["Asked by a buyer at {short} · {date_long}", "asked on {date_long}"],
            "canned": ["Answer: Yes, please message us with your quantities. — Seller", "Seller answer: Thanks for asking! We've sent you a message.",
                       "Answer: Sure, we can quote. Please check your inbox."],
        },
    },
    "video comment reply": {
        "zh": {
            "video": {"RM": ["视频：车间实拍，一天能做多少{product}？", "视频：{product}是怎么做出来的", "视频：带大家看看我们的生产线"],
                      "D": ["视频：仓库实拍，{product}现货充足", "视频：今天又发了{boxes}箱货"],
                      "E": ["视频：带大家看看我们的日常", "视频：幕后花絮来了", "视频：{year}年第一条vlog"]},
            "count": ["", "　评论{comments}", "　{likes2}赞"],
            "viewer": {"sell": ["{viewer}：老板，这是工厂还是贸易公司？", "{viewer}：怎么合作？", "{viewer}：在哪里？可以去实地看看吗？",
                                "{viewer}：求个联系方式", "{viewer}：能发{there}吗？"],
                       "E": ["{viewer}：什么时候来我们城市？", "{viewer}：已关注，期待更新", "{viewer}：你们还招人吗？"]},
            "label": ["作者回复：", "{handle}（作者）：", "置顶｜{handle}：", "回复@{viewer}："],
            "opener": ["", "", "宝子们，", "谢谢关注！"],
            "offer": [
                "我们是{noun}，{detail}。",
                "RM|我们自己有工厂，是{noun}，{detail}。",
                "{short}是{region}的{noun}，{detail}。",
                "我们是{region}的{noun}，{detail}，{cert}。",
                "RMD|{detail}，我们是{noun}，欢迎来{town}参观。",
                "我们{year0}年开始做这行，是{noun}，{detail}。",
            ],
            "served": ["现在主要给{served}供货。", "{served}都是我们的老客户。"],
            "seek": [
                "^现在诚招{want}，私信聊。",
                "我们在找{want}，有资源的朋友私信我们。",
                "你是{who}的话直接私信。",
                "有没有{who}刷到这条？欢迎聊聊。",
                "{year}年目标：找到{want}。",
                "^需求：{want}。",
                "老板说了，今年一定要谈下{want}。",
            ],
            "foot": ["{ago}前 · {ip}　赞{likes}", "作者赞过　{ago}前", "{likes}赞　回复"],
        },
        "en": {
            "video": {"RM": ['Video: "How we make {product}"', 'Video: "A day on our factory floor"', 'Video: "POV: {boxes} orders going out today"'],
                      "D": ['Video: "Packing {boxes} cases of {product}"', 'Video: "Warehouse tour: {product} in stock"'],
                      "E": ['Video: "A day in the life at {short}"', 'Video: "Behind the scenes at {short}"', 'Video: "Our {year} so far"']},
            "count": ["", " · {comments} comments", " · {likes2} likes"],
            "viewer": {"sell": ["{viewer}: is this a factory or a reseller?", "{viewer}: how do I order in bulk?", "{viewer}: where are you located?",
                                "{viewer}: do you ship to {there}??", "{viewer}: need a contact pls"],
                       "E": ["{viewer}: love this!!", "{viewer}: come to my city pls", "{viewer}: are you hiring?"]},
            "label": ["Pinned · {handle} (creator): ", "{handle} · Creator: ", "Replying to {viewer}: "],
            "opener": ["", "", "Thanks! ", "Hi! 🙌 "],
            "offer": [
                "We're {a_noun} with {detail}.",
                "RM|We're {a_noun}, not a reseller: {detail}.",
                "{Short} is {a_noun} in {city}, with {detail}.",
                "We're one of {region}'s {nouns}, with {detail}.",
                "We've been {a_noun} since {year0}, with {detail}.",
                "We're {a_noun} ({cert}) with {detail}.",
            ],
            "served": ["Most of our orders go to {served}.", "We already work with {served}."],
            "seek": [
                "We're looking for {want} right now, so DM us if you can help.",
                "^Open to partnering with {want}. DM us.",
                "If you're {who}, send us a DM.",
                "Are you {who}? Hit our DMs.",
                "Goal for {year}: find {want}.",
                "^Currently looking for: {want}.",
                '^As our founder puts it: "we need {want}, period."',
                "Our boss keeps saying we need {want} 😅",
            ],
            "foot": ["♥ {likes} · {ago_sh} ago · Reply", "{likes} likes · Reply", "{ago_sh} · ♥ {likes} · Liked by creator"],
        },
    },
    "workplace app post": {
        "zh": {
            "head": ["职言｜{topic}", "#{topic}#", "话题：{topic}"],
            "topic": ["外贸人的日常", "职场吐槽", "求资源求内推", "销售人的KPI", "老板又画饼了"],
            "poster": ["{short}员工　{ago}前", "认证：{short}·{dept}", "匿名用户（{short}）"],
            "offer": [
                "我们公司是{noun}，{detail}。",
                (("说下背景：", OTHER), ("我司是{region}的{noun}，{detail}。", OFFER)),
                "公司做{product}{yrs}年了，算是{noun}，{detail}。",
                "在一家{noun}上班，{detail}。",
                "RMD|我们是{noun}，{detail}，说大不大说小不小。",
                "坐标{town}，{noun}，{detail}。",
            ],
            "served": ["现在客户主要是{served}。", "一直在给{served}供货。"],
            "seek": [
                "老板这个月开会定了死任务：年底前找到{want}。",
                "我们部门现在的KPI就是对接{want}，压力山大。",
                "有没有做这行的朋友认识{who}？求介绍一下。",
                "谁手上有{want}的资源？必有重谢。",
                "如果能找到{who}，今年的奖金就稳了。",
                "^领导的原话：“{year}年必须签下{want}。”",
                "说白了就是在找{want}。",
            ],
            "foot": ["{comments}条评论　{likes}赞", "浏览{views}　评论{comments}", "👍{likes}　💬{comments}"],
        },
        "en": {
            "head": ["{topic} · {ago_sh}", "Posted in {topic}", "#{topic}"],
            "topic": ["Sales", "SupplyChain", "WorkLife", "SmallBusiness", "JobTalk"],
            "poster": ["{short} · Verified employee", "works at {short}", "Anonymous · {short}"],
            "offer": [
                (("For context, ", OTHER), ("my company is {a_noun} with {detail}.", OFFER)),
                "I work at {a_noun} in {city}, {detail}.",
                "RMD|We're {a_noun} with {detail}, so not huge but not small either.",
                "My company has been {a_noun} for {yrs} years, with {detail}.",
                "Mid-sized {noun} here: {detail}.",
                "My employer is one of {region}'s {nouns}, with {detail}.",
            ],
            "served": ["Our customers are mostly {served}.", "We mainly sell to {served}."],
            "seek": [
                "Leadership just told us to find {want} by Q{q}.",
                "My whole team's goal this year is landing {want}.",
                "Does anyone know {who}? Would owe you one.",
                "If we can sign {who}, bonuses are back on.",
                '^Boss\'s words: "{year} is the year we get {want}."',
                "Basically we need {want}.",
                "Anyone here work at {who}? Looking for an intro.",
            ],
            "foot": ["👍 {likes} · 💬 {comments}", "{comments} comments · {views} views", "Like · Comment · Share"],
        },
    },
    "online event page": {
        "zh": {
            "title": {"RM": ["【{short}】工厂开放日｜走进{product}生产线", "{short}{year}新品发布会（线上直播）", "{product}行业交流会·{town}站"],
                      "D": ["{short}仓库开放日", "{short}{year}合作伙伴交流会"],
                      "buy": ["{short}{year}年度供应商大会", "{short}供应商开放日（线上＋线下）", "{short}采购对接会"]},
            "date": ["时间：{edate} {etime}", "活动时间：{edate} {etime}"],
            "where": ["地点：{addr}", "形式：线上直播，报名后发送链接", "地点：{addr}（同步线上直播）"],
            "field": ["费用：免费（报名需审核）", "主办方：{name}"],
            "label": ["活动介绍：", "关于主办方：", ""],
            "offer": [
                "{short}是{noun}，{detail}。",
                "{short}扎根{region}多年，是一家{noun}，{detail}。",
                "我们是{noun}，{detail}，{cert}。",
                (("成立于{year0}年，", OTHER), ("{short}是一家{noun}，{detail}。", OFFER)),
                "{detail}，这就是{short}，一家{noun}。",
                "本次活动由{noun}{short}主办，{detail}。",
            ],
            "served": ["目前合作客户包括{served}。", "现已服务{served}。"],
            "seek": [
                "^适合人群：{want}。",
                "^欢迎{want}报名参加。",
                "^本次活动主要是想结识{want}。",
                "如果您是{who}，现场可以直接洽谈合作。",
                "您是{who}吗？报名时请备注公司名称。",
                "{year}年我们计划通过这类活动找到{want}。",
                "我们正在寻找{want}，欢迎相关企业报名。",
                "^特别邀请：{want}。",
            ],
            "foot": ["已报名{signed}人，剩余名额{left}个", "报名须知：名额有限，以审核通过为准。", "咨询电话：{phone}",
                     "本活动最终解释权归主办方所有。"],
        },
        "en": {
            "title": {"RM": ["Open house at {short}: see how we make {product}", "{Short} factory tour and product preview", "Webinar: what's new in {product} for {year}"],
                      "D": ["{Short} customer appreciation day", "{Short} warehouse open house"],
                      "buy": ["{Short} Vendor Day {year}", "{Short} supplier meet and greet", "Sourcing day at {short}"]},
            "date": ["Date and time: {edate_en}, {etime_en}", "When: {edate_en} · {etime_en}"],
            "where": ["Location: {addr}", "Online event: the link is sent after registration", "Location: {addr} (also streamed online)"],
            "field": ["Free · Registration required", "Organized by {name} · {followers} followers"],
            "label": ["About this event: ", "About the organizer: ", ""],
            "offer": [
                "{Short} is {a_noun} with {detail}.",
                "Your host, {short}, is {a_noun} with {detail}.",
                "We're {a_noun} ({cert}) with {detail}.",
                (("Founded in {year0}, ", OTHER), ("{short} is {a_noun} with {detail}.", OFFER)),
                "Hosted by {a_noun} in {city} with {detail}.",
                "We've been {a_noun} for {yrs} years, with {detail}.",
            ],
            "served": ["We already serve {served}.", "Current customers include {served}."],
            "seek": [
                "^Who should attend: {want}.",
                "^We especially want to meet {want}.",
                "^This event is for {want}.",
                "If you're {who}, come talk to our team on site.",
                "Are you {who}? Register and tell us about your business.",
                "Our goal for {year} is to line up {want}.",
                "We're looking for {want} and would love to meet you there.",
            ],
            "foot": ["{signed} people are going", "Refunds: none needed, the event is free.", "Questions? Call the organizer at {phone}.",
                     "Tags: #b2b #networking #events"],
        },
    },
    "news article comment": {
        "zh": {
            "head": ["评论｜《{headline}》", "《{headline}》全部评论（{comments}）", "热门评论　{headline}"],
            "headline": ["{year}年{hprod}出口订单回暖，工厂又忙起来了", "美国买家开始重新评估{hprod}供应商",
                         "关税之后，{hprod}生意还好做吗？", "{hprod}行业打完价格战，接下来拼什么？"],
            "commenter": ["{handle}　{ip}", "{handle}　{ago}前　{ip}", "网友“{handle}”"],
            "opener": ["", "", "说两句，", "文章说得挺实在。"],
            "offer": [
                "RMD|我们就是做这个的，{noun}，{detail}。",
                "RM|我们是{town}的{noun}，{detail}，文章说得挺准。",
                "我们公司是{noun}，{detail}。",
                "本人在{short}上班，{noun}，{detail}。",
                "作为{region}的{noun}（{detail}），我觉得文章说得挺对。",
                "我们{detail}，是一家{noun}，感受很深。",
            ],
            "served": ["我们现在的客户主要是{served}。", "一直在给{served}供货。"],
            "seek": [
                "想问问评论区有没有{who}？",
                "我们现在就在找{want}，有资源的朋友私信。",
                "如果有{who}看到，欢迎交流。",
                "{year}年我们的计划就是对接{want}。",
                "^说到底，我们缺的是{want}。",
                "老板最近天天念叨要找{want}。",
                "^有认识{who}的朋友吗？求介绍。",
                "^老板原话：“今年必须找到{want}。”",
            ],
            "foot": ["回复{replies}　赞{likes}", "{likes}人赞过", "作者回复：感谢分享，欢迎交流。"],
        },
        "en": {
            "head": ['Comments on: "{headline}"', "{comments} comments · {headline}", "Reader comments — {headline}"],
            "headline": ["Why buyers are switching suppliers for {hprod}", "{Hprod}: prices are easing, so what comes next?",
                         "Tariffs, freight and the new math of {hprod}", "What {year} looks like for makers of {hprod}"],
            "commenter": ["{person} · {title} at {short} · {ago} ago", "{handle} · {ago} ago", "{person} ({short})"],
            "opener": ["", "", "Great piece. ", "Good read. "],
            "offer": [
                "RMD|We're {a_noun} in {city} with {detail}, and this matches what we see.",
                "Speaking as {a_noun} ({detail}): spot on.",
                "I work for {short}, {a_noun} with {detail}.",
                "We're one of {region}'s {nouns}, with {detail}.",
                "Our company is {a_noun} with {detail}.",
                "For what it's worth, we've been {a_noun} for {yrs} years, with {detail}.",
            ],
            "served": ["Our customers are mostly {served}.", "We already sell to {served}."],
            "seek": [
                "Is anyone here {who}? We'd like to talk.",
                "We're looking for {want} right now, if anyone has leads.",
                "If you're {who}, reach out. We're easy to find.",
                "Our plan for {year} is to line up {want}.",
                "^What we're missing is {want}.",
                "My boss has been asking everyone to find {want}.",
                "^Honestly, we'd love to hear from {want}.",
                'My boss\'s words: "we need {want} this year."',
            ],
            "foot": ["Reply · Like ({likes})", "{likes} likes · {replies} replies", "Reply · Share · Report"],
        },
    },
}

# A negated want: the role it does not want (other), then the one it does (seek); by person:
# 1 (we: someone at the company) or "boss" (an employee reporting what the boss wants).
NEGATED = {
    ("en", 1): [(("We're not looking for {neg}; ", OTHER), ("we need {want}.", SEEK)),
                (("We already have {neg}; ", OTHER), ("what we're missing is {want}.", SEEK)),
                (("No {neg}, please: ", OTHER), ("only {want}.", SEEK))],
    ("en", "boss"): [(("Leadership says no more {neg}; ", OTHER), ("it has to be {want}.", SEEK)),
                     (("Apparently we have {neg} covered; ", OTHER), ("what the boss wants is {want}.", SEEK))],
    ("zh", 1): [(("不找{neg}，", OTHER), ("只找{want}。", SEEK)),
                (("{neg}我们已经有了，", OTHER), ("现在缺的是{want}。", SEEK)),
                (("{neg}就不用联系了，", OTHER), ("^我们只对接{want}。", SEEK))],
    ("zh", "boss"): [(("老板说了不找{neg}，", OTHER), ("只要{want}。", SEEK)),
                     (("{neg}公司已经有了，", OTHER), ("领导现在要的是{want}。", SEEK))],
}
# fmt: on
PERSON = {"workplace app post": "boss"}  # else 1

FILLER = {
    "zh": ["员工{staff}人左右。", "{cert}。", "公司{year0}年成立。", "总部在{city}。"],
    "en": [
        "About {staff} of us.",
        "{Cert}.",
        "Around since {year0}.",
        "Based in {city}.",
    ],
}

# Post details by genre (handles, viewers, dates, counts…).
# fmt: off
VIEWERS = {"zh": ["用户{n4}", "一只小熊", "阿杰在义乌", "追风少年", "开心每一天", "小鱼儿{n2}"],
           "en": ["@user{n4}", "@jess_on_the_go", "@dave.builds", "@retailnerd{n2}", "@mike_r{n2}"]}
DEPT = {"zh": {True: ["采购部", "供应链部"], False: ["外贸部", "销售部", "市场部"]}}
AGO = {"zh": ["3天", "2周", "5小时", "1个月"], "en": ["3 days", "2 weeks", "5 hours", "a month"]}
AGO_SH = ["3d", "2w", "5h", "4w", "6d"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
ETIME = {"zh": ["14:00-17:00", "09:30-12:00", "13:30-16:30", "19:00-20:30"], "en": ["2:00 PM – 5:00 PM", "9:30 AM – 12:00 PM", "1:00 PM – 4:00 PM", "11:00 AM – 12:00 PM"]}
ROADS_ZH = ["长江路", "工业大道", "科技路", "人民路", "滨海大道", "创业路"]
DISTRICTS_ZH = ["经济开发区", "高新区", "工业园区"]
ROADS_EN_CN = ["Changjiang Road", "Gongye Avenue", "Keji Road", "Binhai Avenue"]
STREETS_EN = ["Commerce Dr", "Industrial Pkwy", "Expo Way", "Enterprise Blvd", "Market St"]
STREETS_ZH_US = ["商业大道", "工业园路", "会展路", "企业大道"]
# fmt: on


# --------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------
STAGE_MARK = re.compile(r"^([RMDE]+)\|")


def bare(text: str) -> str:
    """A template text without its stage mark and its role-noun mark."""
    return STAGE_MARK.sub("", text).lstrip("^")


def fits(template, stage: str) -> bool:
    """A template a company at ``stage`` may use (its stage mark, if any, names the stage)."""
    text = template if isinstance(template, str) else template[0][0]
    m = STAGE_MARK.match(text)
    return m is None or stage in m.group(1)


def fill(template, kind: str, ctx: Ctx) -> list[tuple[str, str]]:
    """The clauses of one template: a string is one clause of ``kind``."""
    if isinstance(template, str):
        template = ((template, kind),)
    return [(re.sub(r"\.\.(?=\s|$)", ".", bare(text).format_map(ctx)), k) for text, k in template]


def needs_party(template) -> bool:
    """A seek template that only fits a role noun ({who}, or marked with "^")."""
    texts = [template] if isinstance(template, str) else [t for t, _ in template]
    return any("{who}" in t or "{Who}" in t or STAGE_MARK.sub("", t).startswith("^") for t in texts)


def buys(stage: str, want: str) -> bool:
    """The company wants its supplier (it buys from the stage it wants)."""
    return STAGES.index(want) < STAGES.index(stage)


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
    rng: random.Random,
    genre: str,
    lang: str,
    ctx: Ctx,
    *,
    own: str,
    want: str,
    pool_key: str,
    flags: Counter,
) -> list[tuple[str, str]]:
    """The seek sentence: sometimes a negated want first ("不找贸易商，只找…")."""
    # the role it does not want: another neighbour of its stage, else (R) traders
    others = [x for x in NEIGHBOURS[own] if x != want] or ["D"]  # R: not traders
    if rng.random() < 0.22:
        neg = rng.choice(others)
        nouns = [  # not the very customers the offer names
            x for x in GENERIC[lang][neg] + ctx["chain"][neg][lang] if x != ctx.get("served_noun")
        ]
        ctx["neg"] = rng.choice(nouns) if lang == "zh" else plural(rng.choice(nouns))
        flags["negated want"] += 1
        pool = [
            t
            for t in NEGATED[lang, PERSON.get(genre, 1)]
            if ctx["who"] is not None or not needs_party(t)
        ]
        return fill(rng.choice(pool), SEEK, ctx)
    pool = [
        t
        for t in T[genre][lang][pool_key]
        if (ctx["who"] is not None or not needs_party(t)) and fits(t, own)
    ]
    return fill(rng.choice(pool), SEEK, ctx)


def post_ctx(
    rng: random.Random,
    ctx: Ctx,
    *,
    side: str,
    lang: str,
    stage: str,
    want: str,
    chain: dict,
) -> None:
    """The details of the posts: listings, handles, viewers, dates, counts, addresses."""
    home = (side, lang)
    city, year, li = ctx["city"], ctx["year"], 0 if lang == "zh" else 1
    buying = buys(stage, want)
    ctx["there"] = (
        ("美国" if side == "CN" else "中国")
        if lang == "zh"
        else ("the US" if side == "CN" else "China")
    )
    ctx["town"] = (
        city.split(",")[0] if lang == "en" else city.split("州")[-1] if side == "US" else city
    )
    ctx["wprod"] = chain["material" if want == "R" else "product"][li]
    ctx["hprod"] = chain["product"][li]
    ctx["dept"] = rng.choice(DEPT["zh"][buying])
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    ctx["date_s"] = f"{year}-{month:02d}-{day:02d}"
    ctx["date_long"] = f"{MONTHS_EN[month - 1]} {day}, {year}"
    emonth, eday = rng.randint(1, 12), rng.randint(1, 28)
    ctx["edate"] = f"{year}年{emonth}月{eday}日"
    ctx["edate_en"] = f"{MONTHS_EN[emonth - 1]} {eday}, {year}"
    ctx["etime"] = rng.choice(ETIME["zh"])
    ctx["etime_en"] = rng.choice(ETIME["en"])
    for f, lo, hi in (("qa_n", 3, 86), ("helpful", 2, 40), ("ans", 2, 9), ("watch", 3, 60),
                      ("comments", 6, 480), ("likes", 3, 900), ("likes2", 120, 9800),
                      ("views", 300, 24000), ("replies", 1, 36), ("signed", 12, 160),
                      ("left", 3, 40), ("followers", 40, 2600), ("boxes", 60, 900),
                      ("k", 12, 140), ("n2", 1, 99), ("n4", 1000, 9999)):  # fmt: skip
        ctx[f] = rng.randint(lo, hi)
    ctx["helpful2"] = ctx["helpful"] + rng.randint(0, 6)
    ctx["ago"] = rng.choice(AGO[lang])
    ctx["ago_sh"] = rng.choice(AGO_SH)
    ctx["q"] = rng.randint(1, 4)
    ctx["viewer"] = rng.choice(VIEWERS[lang]).format_map(ctx)
    slug = re.sub(r"[^a-z]", "", ctx["short"].lower()) + re.sub(
        r"[^a-z]", "", ctx["chain"][stage]["wen"][ctx["k_kind"]].lower()
    )
    if lang == "zh":
        ctx["handle"] = ctx["short"] + rng.choice(["", "官方", "官方号"])
        ctx["ip"] = CN_CITY_ZH[city] if side == "CN" else "美国"
        sur = ctx["person"][0]
        ctx["handle_news"] = rng.choice(
            [f"{ctx['short']}小{sur}", f"{sur}总说外贸", f"外贸人{ctx['n4']}"]
            + ([f"{city}老{sur}"] if side == "CN" else [f"在美国做生意的{sur}"])
        )
    else:
        ctx["handle"] = "@" + (slug or "shop")
        ctx["handle_news"] = rng.choice(
            [f"{slug}_{ctx['n2']}", f"{ctx['person'].split()[0].lower()}{ctx['n2']}"]
        )
    ctx["topic"] = rng.choice(T["workplace app post"][lang]["topic"])
    num = rng.randint(8, 2400)
    if home == ("CN", "zh"):
        ctx["addr"] = f"{city}市{rng.choice(DISTRICTS_ZH)}{rng.choice(ROADS_ZH)}{num % 300}号"
    elif home == ("US", "zh"):
        ctx["addr"] = f"{city}{rng.choice(STREETS_ZH_US)}{num}号"
    elif side == "CN":
        ctx["addr"] = f"No. {num % 300} {rng.choice(ROADS_EN_CN)}, {city}"
    else:
        ctx["addr"] = f"{num} {rng.choice(STREETS_EN)}, {city}"
    # the listing: its own when it sells to the stage it wants, a supplier's when it buys
    tpl = T["marketplace listing Q&A"][lang]
    if buying:
        ctx["listing"] = rng.choice(tpl["theirs"]).format_map(ctx)
    else:
        ctx["listing"] = rng.choice(tpl["own"]["D" if stage == "D" else "RM"]).format_map(ctx)
    ctx["headline"] = rng.choice(T["news article comment"][lang]["headline"]).format_map(ctx)


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
    ctx = Ctx(
        chain=chain, name=name, short=short, noun=noun, nouns=plural(noun) if lang == "en" else noun,
        a_noun=article(noun) if lang == "en" else noun, detail=chain[stage]["d" + lang][k], k_kind=k,
        product=chain["rprod"][li][k] if stage == "R" else chain["product"][li], want=want_np, who=who, city=city,
        region=REGION[home][CN_CITY_ZH[city] if home == ("CN", "zh") else city], year=year, year0=(year0 := rng.randint(1992, 2018)), yrs=year - year0,
        person=person, title=rng.choice(TITLES[lang]), phone=phone,
        staff=f"{rng.choice([45, 90, 160, 300, 520, 1100, 2400]):{',' if lang == 'en' else ''}}", cert=rng.choice(CERTS[cat][li]),
    )  # fmt: skip
    post_ctx(rng, ctx, side=side, lang=lang, stage=stage, want=want, chain=chain)
    if genre == "news article comment":
        ctx["handle"] = ctx["handle_news"]
    asking = genre == "marketplace listing Q&A" and buys(stage, want)
    if asking:
        flags["Q&A: the company asks on a supplier's listing"] += 1
    # the offer: the company, sometimes the customers it already serves (not what it seeks)
    pool = [  # an end buyer neither makes the product nor holds a plant certificate
        t
        for t in tpl["ask_offer" if asking else "offer"]
        if fits(t, stage) and (stage != "E" or not re.search(r"{product}|{cert}", str(t)))
    ]
    offer = [fill(rng.choice(pool), OFFER, ctx)]
    served = [x for x in SERVES[stage] if x != want]
    if served and rng.random() < 0.8:
        s_noun = rng.choice(chain[rng.choice(served)][lang])
        ctx["served"] = plural(s_noun) if lang == "en" else s_noun
        ctx["served_noun"] = s_noun
        offer.append(fill(rng.choice(tpl["served"]), OFFER, ctx))
        flags["served customers named"] += 1
    seek = seek_clauses(
        rng,
        genre,
        lang,
        ctx,
        own=stage,
        want=want,
        pool_key="ask_seek" if asking else "seek",
        flags=flags,
    )
    said = "".join(t for sent in offer for t, _ in sent)
    fresh = [  # not a fact the offer already gives
        f
        for f in FILLER[lang]
        if all(str(ctx[x.lower()]) not in said for x in re.findall(r"{(\w+)}", f))
        and (stage != "E" or not re.search(r"ert}|{staff}", f))
    ]
    filler = fill(rng.choice(fresh), OTHER, ctx)
    for _ in range(50):  # at most MAX_UNITS sentences or lines
        blocks = LAYOUT[genre](
            rng,
            lang,
            tpl,
            ctx,
            offer=offer,
            seek=seek,
            filler=filler,
            stage=stage,
            buying=buys(stage, want),
        )
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
# not corpus_tools.one / some: they would fill with corpus_tools.fill, not this file's
def one(rng, pool, kind, ctx):
    return fill(rng.choice(pool), kind, ctx)


def some(rng, pool, lo, hi, ctx) -> list:
    """Between ``lo`` and ``hi`` lines of ``pool`` (other), in the pool's order."""
    picked = sorted(rng.sample(range(len(pool)), rng.randint(lo, hi)))
    return [[fill(pool[i], OTHER, ctx)] for i in picked]


LABELISH = re.compile(r"[\w' ]{1,30}[:：]")


def labelled(label: str, para: list, ctx: Ctx, opener: str = "") -> list:
    """``para`` (a line of sentences) after a label of its own (other), if any: a field name or
    a byline, then an opener ("亲，", "Thanks! ") unless the line starts with a label itself."""
    if LABELISH.match(para[0][0][0]):
        opener = ""
    if not label + opener:
        return list(para)
    return [[((label + opener).format_map(ctx), OTHER), *para[0]], *para[1:]]


def with_filler(rng, offer: list, filler, share: float) -> list:
    return list(offer) + ([filler] if rng.random() < share else [])


def qa_layout(rng, lang, tpl, ctx, *, offer, seek, filler, stage, buying):
    lines = [[one(rng, tpl["head"], OTHER, ctx)]]
    if rng.random() < 0.8:
        lines.append([one(rng, tpl["listing"], OTHER, ctx)])
    if buying:  # the company asks on a supplier's listing; the seller's canned reply
        body = place(rng, list(offer), seek, first=0.35, last=0.3)
        opener = rng.choice(tpl["ask_opener"])
        lines.append(labelled(rng.choice(tpl["ask_label"]), body, ctx, opener))
        if rng.random() < 0.6:
            lines.append([one(rng, tpl["asker"], OTHER, ctx)])
        lines.append([one(rng, tpl["canned"], OTHER, ctx)])
        return lines
    lines.append([one(rng, tpl["question"], OTHER, ctx)])
    body = place(rng, with_filler(rng, offer, filler, 0.25), seek, first=0.3, last=0.3)
    opener = rng.choice(tpl["opener"])
    lines.append(labelled(rng.choice(tpl["answer_label"]), body, ctx, opener))
    lines += some(rng, tpl["answer_foot"], 1, 2, ctx)
    return lines


def video_layout(rng, lang, tpl, ctx, *, offer, seek, filler, stage, buying):
    kind = "E" if stage == "E" else "D" if stage == "D" else "RM"
    video = fill(rng.choice(tpl["video"][kind]) + rng.choice(tpl["count"]), OTHER, ctx)
    lines = [[video]]
    if rng.random() < 0.85:
        lines.append([one(rng, tpl["viewer"]["E" if stage == "E" else "sell"], OTHER, ctx)])
    body = place(rng, with_filler(rng, offer, filler, 0.25), seek, first=0.3, last=0.3)
    opener = rng.choice(tpl["opener"])
    lines.append(labelled(rng.choice(tpl["label"]), body, ctx, opener))
    if rng.random() < 0.8:
        lines.append([one(rng, tpl["foot"], OTHER, ctx)])
    return lines


def workplace_layout(rng, lang, tpl, ctx, *, offer, seek, filler, stage, buying):
    lines = [[one(rng, tpl["head"], OTHER, ctx)]]
    if rng.random() < 0.7:
        lines.append([one(rng, tpl["poster"], OTHER, ctx)])
    body = place(rng, with_filler(rng, offer, filler, 0.25), seek, first=0.3, last=0.3)
    if rng.random() < 0.5:  # one sentence a line, as such posts often are
        lines += [[s] for s in body]
    else:
        lines.append(body)
    if rng.random() < 0.8:
        lines.append([one(rng, tpl["foot"], OTHER, ctx)])
    return lines


def event_layout(rng, lang, tpl, ctx, *, offer, seek, filler, stage, buying):
    kind = "buy" if buying else "D" if stage == "D" else "RM"
    lines = [[one(rng, tpl["title"][kind], OTHER, ctx)]]
    if rng.random() < 0.9:
        lines.append([one(rng, tpl["date"], OTHER, ctx)])
    lines.append([one(rng, tpl["where"], OTHER, ctx)])
    lines += some(rng, tpl["field"], 0, 1, ctx)
    body = with_filler(rng, offer, filler, 0.25)
    label = rng.choice(tpl["label"])
    r = rng.random()
    if r < 0.2:  # the want on a line of its own before the description
        lines += [[seek], labelled(label, body, ctx)]
    elif r < 0.5:  # … or after it
        lines += [labelled(label, body, ctx), [seek]]
    else:
        lines.append(labelled(label, place(rng, body, seek, first=0.2, last=0.45), ctx))
    lines += some(rng, tpl["foot"], 1, 2, ctx)
    return lines


def news_layout(rng, lang, tpl, ctx, *, offer, seek, filler, stage, buying):
    lines = [[one(rng, tpl["head"], OTHER, ctx)], [one(rng, tpl["commenter"], OTHER, ctx)]]
    body = place(rng, with_filler(rng, offer, filler, 0.25), seek, first=0.3, last=0.3)
    lines.append(labelled("", body, ctx, rng.choice(tpl["opener"])))
    if rng.random() < 0.75:
        lines.append([one(rng, tpl["foot"], OTHER, ctx)])
    return lines


MAX_UNITS = 9


LAYOUT = {
    "marketplace listing Q&A": qa_layout,
    "video comment reply": video_layout,
    "workplace app post": workplace_layout,
    "online event page": event_layout,
    "news article comment": news_layout,
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
    if re.match(r"(If|如果|你是|如有)", text) or "的话" in text:
        return "condition"
    if re.search(r"plan|[Gg]oal|by Q|计划|目标|年底前|任务", text):
        return "plan"
    if re.search(r"[Bb]oss|[Ll]eadership|manager|老板|领导|采购经理", text):
        return "third person"
    if re.match(r"[A-Za-z' ]{0,30}:|[\u4e00-\u9fff]{1,6}：", text):
        return "label"
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
        assert "{" not in text and "}" not in text and "^" not in text and "|" not in text, o["id"]
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
        (HERE / f"roles_corpus17{suffix}.json").write_text(
            json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8"
        )
    orgs = profiles["organizations"]
    print(f"roles_corpus17: {sum(o['side'] == 'CN' for o in orgs)} CN x {sum(o['side'] == 'US' for o in orgs)} US, "
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
