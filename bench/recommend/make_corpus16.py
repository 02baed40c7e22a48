# ruff: noqa: E501  (the templates and role phrases are data; wrapping them would only hurt reading)
"""Write the sixteenth training corpus for the partner recommender: ``roles_corpus16.json``,
``roles_corpus16_gold.json`` and ``roles_corpus16_segments.json``.

    python bench/recommend/make_corpus16.py

Ten value chains from office, school and stationery supplies and equipment (whiteboards,
paper shredders, staplers and staples, projection screens, document cameras, double-loop
binding wire, calculators, dustless chalk, sticky notes, envelopes), 4 Chinese and 7 US
companies each, every one at one stage: raw material or key component supplier (R: a coated
steel supplier, a cutter shaft maker, a flat wire mill, a screen fabric coater, a camera module
maker, a coated wire mill, a calculator chip supplier, a gypsum mill, a repositionable adhesive
maker, a kraft paper mill…), maker (M), distributor / importer / wholesaler / dealer (D) or end
buyer (E: a coworking chain, a document destruction company, a print and copy shop chain, a
hotel group, an online tutoring company, a calendar printer, a test prep chain, a charter
school operator, a real estate brokerage, a direct mail house…). Chinese companies mostly
write mainland business Chinese (one in ten English), US companies English (one in ten
Chinese). Every description is an internal company document that a colleague might forward,
in one of five ways, in Chinese or English:

* an internal wiki "who we are" page (知识库 / 新人必读: breadcrumb, last edited by, page
  owner, "what we're working on this year", reactions, "internal only");
* an account plan or supplier development plan page (销售作战手册 / 重点客户开发计划 /
  供应商开发计划, "Account Plan FY…", "Vendor strategy": owner, version, territory, elevator
  pitch, target profile, next step, risks, page numbers);
* the speaker notes of a quarterly business review slide (季度经营复盘 第N页 备注, "QBR deck,
  slide N — notes": spoken, with stage directions such as "[Next slide]", "【翻页】");
* a budget request memo (关于申请…专项预算的请示 with "妥否，请批示。"; "MEMORANDUM — To /
  From / Re": background, purpose, expected outcome, sometimes finance's comment);
* a business travel request in an approval system (出差申请 / 审批编号 / 出差事由 / 审批意见;
  "Travel Request — TR-…": traveler, destination, purpose of trip, estimated cost, approver's
  comment).

Board or management minutes were meant to be one of them but are taken (board-minutes
excerpts, make_corpus5; internal meeting minutes, make_holdout19): the travel request
replaces them. Each description is built from clauses labelled ``offer`` (what the company
is, makes, sells, whom it already serves), ``seek`` (what or whom it wants now) or ``other``
(breadcrumbs, page and slide headers, owners, versions, addressees, amounts, cost centres,
stage directions, approval routes, confidentiality lines, negated wants); the clauses
concatenated are the description, and are written to the segments file. Hard cases, each in
several documents: customers already served named in the offer; negated wants ("不找贸易商，
只找…", "We are not looking for distributors; we need …"); role nouns inside company names that
differ from the company's stage ("进出口" for a factory, "Manufacturing" for a wholesaler,
"Wholesale Club" for a chain); wants naming only a generic role and the country ("a US
importer", "美国经销商"); a maker's want named by its input material ("a dependable source of
nylon-coated steel wire", "长期稳定的石膏粉和轻质碳酸钙供应"); the want placed first, in the
middle or last, with and without a verb of wanting, as a heading ("Target profile: …",
"出差事由：…", "预算用途：…"), a question ("Who are we going after? …", "有没有同事认识…？"), a
condition ("If we land … by Q3, …", "如获批准，…"), a plan ("Top of the 2026 roadmap: …"), or in
the third person (an approver's, finance's or page editor's comment). A pair (CN, US) is gold
when both are in one chain and each one's stage is what the other seeks.

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
SEED = 161616
PREFIX = "k16"
N_CN, N_US = 4, 7
STAGES = ("R", "M", "D", "E")
NEIGHBOURS = {"R": ("M",), "M": ("R", "D", "E"), "D": ("M", "E"), "E": ("M", "D")}
SERVES = {"R": ("M",), "M": ("D", "E"), "D": ("E",), "E": ()}  # whom a stage already sells to
GENRES = (
    "internal wiki page",
    "account plan page",
    "QBR speaker notes",
    "budget request memo",
    "travel request",
)
MINORITY_SHARE = 0.1  # CN companies writing English, US companies writing Chinese


# --------------------------------------------------------------------------------------------
# The chains: per stage (Chinese nouns, English nouns, Chinese details, English details,
# Chinese name words, English name words). English details are noun phrases ("with …").
# --------------------------------------------------------------------------------------------
# fmt: off
CHAINS: dict[str, dict] = {
    "whiteboard": {
        "cat": "office", "product": ("白板", "whiteboards"),
        "material": ("白板用彩涂钢板和铝边框型材", "whiteboard-grade coated steel and aluminium frame profiles"),
        "R": st(["白板彩涂板厂", "铝型材厂"], ["coated steel supplier", "aluminium extrusion plant"],
                ["白板专用彩涂钢板月产8000吨", "白板边框铝型材年产1.5万吨"],
                ["8,000 tonnes of whiteboard-grade coated steel a month", "15,000 tonnes of whiteboard frame extrusions a year"],
                ["彩板", "铝业"], ["Coated Steel", "Extrusions"]),
        "M": st(["白板厂", "教学书写板生产企业"], ["whiteboard manufacturer", "writing board factory"],
                ["年产磁性白板120万块，烤漆、搪瓷、玻璃白板都能做", "推拉式教学书写板整套生产，500块起可贴牌"],
                ["1.2 million magnetic whiteboards a year in painted steel, porcelain and glass", "sliding classroom board systems and private label from 500 boards"],
                ["教学设备", "书写板"], ["Visual Boards", "Writing Surfaces"]),
        "D": st(["教学设备经销商", "办公家具经销商"], ["school equipment dealer", "office furniture dealer"],
                ["覆盖本省1800所中小学", "给600家企业做办公空间配套"],
                ["a territory of 1,800 schools", "fit-outs for 600 corporate offices a year"],
                ["教育装备", "办公家具"], ["School Equipment", "Office Interiors"]),
        "E": st(["联合办公连锁", "培训机构连锁"], ["coworking chain", "tutoring center chain"],
                ["在全国运营联合办公空间120处", "有校区260个"],
                ["120 coworking spaces", "260 tutoring centers"],
                ["联合办公", "教育"], ["Workspace", "Learning Centers"]),
    },
    "shredder": {
        "cat": "office", "product": ("碎纸机", "paper shredders"),
        "material": ("碎纸刀组和减速电机", "cutter shafts and gear motors"),
        "R": st(["碎纸刀组加工厂", "微型电机厂"], ["cutter shaft maker", "gear motor maker"],
                ["合金钢碎纸刀组月产40万套", "碎纸机用减速电机年产300万台"],
                ["400,000 hardened steel cutter sets a month", "3 million shredder gear motors a year"],
                ["精密刀具", "电机"], ["Cutting Tools", "Motors"]),
        "M": st(["碎纸机厂", "办公设备制造商"], ["shredder manufacturer", "office machine factory"],
                ["碎纸机年产200万台，刀组和机壳自己做", "家用、办公和大型工业碎纸机都能做，300台起可贴牌"],
                ["2 million shredders a year, cutters and housings made in-house", "home, office and industrial shredders, private label from 300 units"],
                ["办公设备", "碎纸机"], ["Office Machines", "Shredder"]),
        "D": st(["办公设备经销商", "办公用品进口商"], ["office equipment dealer", "office products importer"],
                ["给900家企业客户做办公设备维保", "仓库常备碎纸机1.2万台"],
                ["service contracts for 900 business accounts", "12,000 shredders in stock"],
                ["办公设备", "办公商贸"], ["Business Machines", "Office Imports"]),
        "E": st(["文件销毁服务公司", "代理记账连锁"], ["document destruction company", "tax preparation chain"],
                ["服务企业客户3000家，自有移动销毁车25辆", "门店1100家，服务小微企业20万家"],
                ["3,000 business clients and 25 shred trucks", "1,100 tax offices"],
                ["信息安全", "财税"], ["Secure Shred", "Tax Service"]),
    },
    "stapler": {
        "cat": "office", "product": ("订书机和订书钉", "staplers and staples"),
        "material": ("订书钉扁丝和冷轧钢带", "staple wire and cold-rolled steel strip"),
        "R": st(["订书钉扁丝厂", "冷轧钢带厂"], ["flat wire mill", "cold-rolled strip supplier"],
                ["镀锌订书钉扁丝月产1500吨", "冷轧窄钢带年产6万吨"],
                ["1,500 tonnes of galvanized staple wire a month", "60,000 tonnes of cold-rolled narrow strip a year"],
                ["金属制品", "钢带"], ["Wire Products", "Strip Steel"]),
        "M": st(["订书机厂", "文具五金厂"], ["stapler manufacturer", "stationery hardware factory"],
                ["订书机年产1500万台，订书钉日产300吨", "订书机、起钉器、打孔器都能做，3000台起可贴牌"],
                ["15 million staplers a year and 300 tonnes of staples a day", "staplers, staple removers and hole punches, private label from 3,000 units"],
                ["文具", "文具五金"], ["Stationery", "Fastening Tools"]),
        "D": st(["文具批发商", "办公集采供应商"], ["stationery wholesaler", "contract stationer"],
                ["常备文具8000个单品", "为4000家企业做办公用品集中采购"],
                ["8,000 stationery SKUs in stock", "office supply contracts for 4,000 companies"],
                ["文具", "办公集采"], ["Stationers", "Office Supply"]),
        "E": st(["图文快印连锁", "保险公司"], ["print and copy shop chain", "insurance carrier"],
                ["有门店350家", "有分支机构600家"],
                ["350 print and copy shops", "600 branch offices"],
                ["图文", "保险"], ["Print & Copy", "Insurance"]),
    },
    "projscreen": {
        "cat": "electronics", "product": ("投影幕布", "projection screens"),
        "material": ("投影幕面料和管状电机", "screen fabric and tubular motors"),
        "R": st(["幕布面料厂", "管状电机厂"], ["screen fabric coater", "tubular motor maker"],
                ["玻纤基幕布面料月产60万平方米", "幕布用管状电机年产150万台"],
                ["600,000 square metres of fiberglass-backed screen fabric a month", "1.5 million tubular motors a year"],
                ["涂层材料", "电机"], ["Coatings", "Drive Motors"]),
        "M": st(["投影幕厂", "电动幕布生产企业"], ["projection screen manufacturer", "motorized screen factory"],
                ["年产电动幕、手拉幕80万幅", "抗光幕、画框幕可按尺寸定制，200幅起可贴牌"],
                ["800,000 motorized and pull-down screens a year", "ambient-light-rejecting and fixed-frame screens cut to size, private label from 200"],
                ["视听", "幕布"], ["Screens", "Projection"]),
        "D": st(["视听设备经销商", "音视频集成商"], ["AV distributor", "AV integrator"],
                ["代理投影机、幕布等视听产品2000多种", "每年完成教室、会议室音视频项目600个"],
                ["more than 2,000 AV products on the line card", "600 classroom and boardroom AV projects a year"],
                ["视听", "智能科技"], ["AV Supply", "Integration"]),
        "E": st(["连锁酒店集团", "职业院校"], ["hotel group", "community college district"],
                ["旗下酒店160家，会议室1400间", "有在校生2.6万人、教室900间"],
                ["160 hotels and 1,400 meeting rooms", "900 classrooms across five campuses"],
                ["酒店管理", "职业教育"], ["Hospitality", "College"]),
    },
    "doccam": {
        "cat": "electronics", "product": ("视频展台", "document cameras"),
        "material": ("CMOS摄像模组和LED补光板", "CMOS camera modules and LED light boards"),
        "R": st(["摄像模组厂", "光学镜头厂"], ["camera module maker", "lens maker"],
                ["800万像素CMOS模组月产50万个", "定焦、变焦镜头年产600万只"],
                ["500,000 8-megapixel CMOS modules a month", "6 million fixed and zoom lenses a year"],
                ["光电", "光学"], ["Imaging Modules", "Optics"]),
        "M": st(["视频展台厂", "高拍仪生产企业"], ["document camera manufacturer", "visualizer maker"],
                ["年产视频展台和高拍仪60万台", "壁挂式、桌面式展台都能做，500台起可贴牌"],
                ["600,000 document cameras a year", "wall-mounted and desktop visualizers, private label from 500 units"],
                ["教育科技", "电子"], ["EdTech", "Visualizers"]),
        "D": st(["教育装备经销商", "教育信息化集成商"], ["ed-tech reseller", "education technology distributor"],
                ["覆盖本省3000所学校", "每年承接智慧教室项目400个"],
                ["a territory of 3,000 schools", "400 smart classroom rollouts a year"],
                ["教育装备", "信息技术"], ["Education Solutions", "Classroom Tech"]),
        "E": st(["国际学校集团", "在线辅导机构"], ["private school group", "online tutoring company"],
                ["旗下学校18所，教室1500间", "有签约老师5000人"],
                ["18 schools and 1,500 classrooms", "5,000 tutors teaching online"],
                ["国际教育", "在线教育"], ["International Schools", "Online Tutoring"]),
    },
    "bindwire": {
        "cat": "paper", "product": ("双线装订铁圈", "double-loop binding wire"),
        "material": ("尼龙包塑钢丝", "nylon-coated steel wire"),
        "R": st(["包塑钢丝厂", "钢丝拉丝厂"], ["coated wire mill", "steel wire drawer"],
                ["尼龙包塑钢丝月产900吨，颜色20多种", "低碳钢丝年产5万吨"],
                ["900 tonnes of nylon-coated wire a month in 20 colours", "50,000 tonnes of low-carbon drawn wire a year"],
                ["线材", "钢丝"], ["Wire Coating", "Wire Drawing"]),
        "M": st(["装订铁圈厂", "装订耗材厂"], ["binding wire manufacturer", "binding supplies maker"],
                ["双线铁圈日产3000万个，3:1和2:1孔距都有", "铁圈、台历挂钩、装订胶圈都能做，可按色卡定制"],
                ["30 million double loops a day in 3:1 and 2:1 pitch", "wire loops, calendar hangers and plastic combs in custom colours"],
                ["装订耗材", "印后材料"], ["Binding Supplies", "Bindery"]),
        "D": st(["印后耗材经销商", "装订设备代理商"], ["print finishing distributor", "binding equipment dealer"],
                ["给1500家印刷厂供货", "代理装订机品牌6个"],
                ["1,500 print shop accounts", "six binding machine brands on the line card"],
                ["印刷器材", "文印"], ["Finishing Supply", "Graphic Supply"]),
        "E": st(["台历挂历印刷厂", "线圈本生产厂"], ["calendar printer", "notebook maker"],
                ["年印台历挂历2000万本", "线圈本日产40万本"],
                ["20 million calendars printed a year", "400,000 spiral notebooks a day"],
                ["印务", "本册"], ["Printing", "Notebooks"]),
    },
    "calculator": {
        "cat": "electronics", "product": ("计算器", "calculators"),
        "material": ("计算器芯片和段码液晶屏", "calculator chips and segment LCD panels"),
        "R": st(["计算器芯片设计公司", "段码液晶屏厂"], ["calculator chip supplier", "segment LCD maker"],
                ["计算器专用芯片年出货8000万颗", "段码液晶屏月产300万片"],
                ["80 million calculator chips shipped a year", "3 million segment LCD panels a month"],
                ["微电子", "显示"], ["Microelectronics", "Display"]),
        "M": st(["计算器厂", "电子文具生产企业"], ["calculator manufacturer", "electronic stationery factory"],
                ["年产函数计算器、桌面计算器1200万台", "太阳能计算器、打印计算器都能做，1000台起可贴牌"],
                ["12 million scientific and desktop calculators a year", "solar and printing calculators, private label from 1,000 units"],
                ["电子", "电子文具"], ["Electronics", "Calculators"]),
        "D": st(["电子文具经销商", "电子产品批发商"], ["school and office products distributor", "consumer electronics wholesaler"],
                ["给6000家校边文具店供货", "常备电子类单品3000个"],
                ["6,000 school and campus stores served", "3,000 electronics SKUs in stock"],
                ["文体用品", "电子商贸"], ["School Products", "Electronics Wholesale"]),
        "E": st(["财会培训连锁", "连锁书店"], ["test prep chain", "campus bookstore operator"],
                ["有校区180个", "经营书店400家"],
                ["180 test prep centers", "400 campus bookstores"],
                ["财会培训", "书城"], ["Test Prep", "Campus Stores"]),
    },
    "chalk": {
        "cat": "school", "product": ("无尘粉笔", "dustless chalk"),
        "material": ("石膏粉和轻质碳酸钙", "gypsum powder and precipitated calcium carbonate"),
        "R": st(["石膏粉厂", "碳酸钙厂"], ["gypsum mill", "calcium carbonate producer"],
                ["熟石膏粉年产20万吨", "轻质碳酸钙年产12万吨"],
                ["200,000 tonnes of calcined gypsum a year", "120,000 tonnes of precipitated calcium carbonate a year"],
                ["石膏", "钙业"], ["Gypsum", "Minerals"]),
        "M": st(["粉笔厂", "教学耗材厂"], ["chalk factory", "classroom supplies maker"],
                ["无尘粉笔日产400万支", "彩色粉笔、地面画粉笔和盒装粉笔都能做，可定制包装"],
                ["4 million sticks of dustless chalk a day", "coloured, sidewalk and boxed chalk, custom packaging included"],
                ["文教用品", "粉笔"], ["Chalk", "Classroom Products"]),
        "D": st(["文教用品批发商", "教学耗材经销商"], ["school supply wholesaler", "classroom supplies distributor"],
                ["给全省2000所学校配送", "常备教学耗材4000种"],
                ["deliveries to 2,000 schools", "4,000 classroom supply lines in stock"],
                ["文教", "教育用品"], ["School Supply", "Classroom Direct"]),
        "E": st(["民办学校集团", "少儿美术培训连锁"], ["charter school operator", "kids' art studio chain"],
                ["旗下中小学36所", "有门店220家"],
                ["36 charter schools", "220 kids' art studios"],
                ["教育", "美术"], ["Academies", "Art Studios"]),
    },
    "stickynote": {
        "cat": "paper", "product": ("便利贴", "sticky notes"),
        "material": ("可再贴压敏胶和书写纸", "repositionable adhesive and writing paper"),
        "R": st(["压敏胶厂", "书写纸厂"], ["repositionable adhesive maker", "writing paper mill"],
                ["可再贴丙烯酸压敏胶年产1.2万吨", "便利贴用书写纸年产10万吨"],
                ["12,000 tonnes of repositionable acrylic adhesive a year", "100,000 tonnes of writing paper a year"],
                ["胶粘材料", "特种纸"], ["Adhesives", "Specialty Paper"]),
        "M": st(["便利贴厂", "纸品文具厂"], ["sticky note manufacturer", "paper stationery converter"],
                ["便利贴日产150万本", "异形、荧光、印刷定制便利贴都能做，5000本起可定制"],
                ["1.5 million sticky note pads a day", "die-cut, neon and custom-printed notes from 5,000 pads"],
                ["便签纸品", "文具"], ["Notes", "Paper Goods"]),
        "D": st(["促销礼品供应商", "文具进口商"], ["promotional products distributor", "stationery importer"],
                ["服务企业客户2000家，专做定制广告礼品", "常备进口文具3000款"],
                ["custom promo programs for 2,000 corporate clients", "3,000 imported stationery lines in stock"],
                ["礼品", "文具进口"], ["Promotional Products", "Stationery Imports"]),
        "E": st(["连锁药店", "房产中介连锁"], ["pharmacy chain", "real estate brokerage"],
                ["有门店1100家", "有门店2600家、经纪人3万名"],
                ["1,100 pharmacies", "2,600 offices and 30,000 agents"],
                ["大药房", "房产"], ["Pharmacy", "Realty"]),
    },
    "envelope": {
        "cat": "paper", "product": ("信封", "envelopes"),
        "material": ("牛皮纸和双胶纸", "kraft and woodfree paper"),
        "R": st(["牛皮纸厂", "双胶纸厂"], ["kraft paper mill", "woodfree paper mill"],
                ["信封用牛皮纸年产15万吨", "双胶纸年产30万吨"],
                ["150,000 tonnes of envelope kraft a year", "300,000 tonnes of woodfree offset paper a year"],
                ["纸业", "造纸"], ["Paper Mills", "Pulp & Paper"]),
        "M": st(["信封厂", "信封印刷厂"], ["envelope converter", "envelope manufacturer"],
                ["信封日产600万个，开窗、自封、气泡信封都能做", "可印刷定制信封，1万个起订"],
                ["6 million window, peel-and-seal and padded envelopes a day", "custom-printed envelopes from 10,000"],
                ["纸品", "信封"], ["Envelope", "Converting"]),
        "D": st(["纸品批发商", "纸张经销商"], ["paper merchant", "envelope distributor"],
                ["常备纸张和信封2000个规格", "给3000家印刷厂和快印店供货"],
                ["2,000 paper and envelope items in stock", "3,000 printers and copy shops served"],
                ["纸业贸易", "纸品商贸"], ["Paper Merchants", "Envelope Supply"]),
        "E": st(["直邮服务公司", "账单打印服务商"], ["direct mail house", "billing and statement printer"],
                ["每年寄送直邮广告1.5亿件", "每月为银行和水电燃气公司打印寄送账单2000万份"],
                ["150 million mail pieces a year", "20 million bills and statements a month for banks and utilities"],
                ["直邮", "数据处理"], ["Direct Mail", "Statement Services"]),
    },
}

# A want that names only the role (and the country), not the product.
GENERIC = {
    "zh": {"R": ["原料供应商", "零部件供应商", "原材料厂家"], "M": ["生产厂家", "源头工厂", "代工厂"],
           "D": ["经销商", "代理商", "贸易商", "进口商"], "E": ["终端客户", "大客户", "集团客户"]},
    "en": {"R": ["raw material supplier", "component supplier"], "M": ["manufacturer", "factory", "contract manufacturer"],
           "D": ["distributor", "wholesaler", "importer"], "E": ["end user", "institutional buyer", "chain buyer"]},
}

# A word in a company name that belongs to another stage than the company's.
MISLEAD = {"zh": {"R": ["贸易"], "M": ["进出口"], "D": ["制造", "实业制造"], "E": ["批发"]},
           "en": {"R": ["Trading"], "M": ["Import & Export", "Distribution"], "D": ["Manufacturing", "Mfg."], "E": ["Wholesale Club"]}}
STAGE_WORDS = {  # role words in names, by the stage they suggest (for the summary only)
    "M": ["制造", "工厂", "Mfg", "Manufacturing", "Works", "Mills"],
    "D": ["贸易", "商贸", "进出口", "批发", "Trading", "Import", "Wholesale", "Distribut", "Supply"],
    "E": ["连锁", "Stores", "Club", "Realty", "Academies"],
}

CERTS = {  # a maker's, by category; a supplier's or a dealer's see ``cert_for``
    "office": (["通过ISO 9001认证", "通过ISO 14001认证"], ["ISO 9001 certified", "ISO 14001 certified"]),
    "electronics": (["通过CCC和CE认证", "通过FCC和CE认证"], ["FCC and CE certified", "UL listed"]),
    "generic": (["通过ISO 9001认证", "通过ISO 14001认证"], ["ISO 9001 certified", "ISO 14001 certified"]),
    "school": (["产品通过EN 71检测", "通过ISO 9001认证"], ["ASTM D-4236 conforming", "ISO 9001 certified"]),
    "paper": (["通过FSC认证", "通过ISO 9001认证"], ["FSC certified", "ISO 9001 certified"]),
}
# Trade shows in the partner's country, by category: (Chinese name, English name), and the
# city they are held in (Chinese, English).
SHOWS = {
    "US": {"office": ["asd", "nynow"], "electronics": ["ces", "asd"], "school": ["asd", "nynow"], "paper": ["asd", "nynow"]},
    "CN": {"office": ["canton", "paperworld"], "electronics": ["canton", "ningbo"], "school": ["ningbo", "canton"], "paper": ["paperworld", "ningbo"]},
}
SHOW = {
    "asd": (("拉斯维加斯ASD展", "ASD Market Week"), ("美国拉斯维加斯", "Las Vegas, USA")),
    "nynow": (("纽约NY NOW礼品展", "NY NOW"), ("美国纽约", "New York, USA")),
    "ces": (("拉斯维加斯CES展", "CES"), ("美国拉斯维加斯", "Las Vegas, USA")),
    "canton": (("广交会", "the Canton Fair"), ("中国广州", "Guangzhou, China")),
    "paperworld": (("上海国际文具展", "Paperworld China"), ("中国上海", "Shanghai, China")),
    "ningbo": (("宁波文具展", "the China Stationery Fair"), ("中国宁波", "Ningbo, China")),
}

# Places and people, by side (CN / US) and language.
CN_CITY_ZH = {"宁波": "浙江", "温州": "浙江", "金华": "浙江", "深圳": "广东", "汕头": "广东", "东莞": "广东",
              "苏州": "江苏", "常州": "江苏", "青岛": "山东", "临沂": "山东", "天津": "天津", "合肥": "安徽",
              "武汉": "湖北", "厦门": "福建"}
CN_CORE_ZH = ["华信", "鸿达", "永昌", "文华", "启明", "嘉禾", "卓越", "鼎盛", "远航", "金桥", "明德", "新宇",
              "汇通", "盛世", "佳美", "普瑞", "天佑", "众诚", "华锐", "凯达", "德胜", "兴隆"]
CN_CORE_EN = ["Huaxin", "Hongda", "Yongchang", "Wenhua", "Qiming", "Jiahe", "Dingsheng", "Mingde", "Huitong", "Kaida"]
US_CORE_EN = ["Ashford", "Bellwether", "Cobalt Bay", "Dunmore", "Elmhurst", "Foxhollow", "Glenwood", "Hartwell",
              "Ironwood", "Juniper Hill", "Keystone", "Linden", "Maple Grove", "Northgate", "Oakmont", "Pinecrest",
              "Quarry Lane", "Redstone", "Silver Lake", "Tidewater", "Westbrook", "Whitman & Cole", "Yardley",
              "Brightwater", "Cresthaven", "Alcott"]
US_CORE_ZH = ["橡木", "银湖", "枫林", "松冠", "红石", "西溪", "北门", "林登", "布莱特", "海文"]
CITY = {
    ("CN", "zh"): list(CN_CITY_ZH),
    ("CN", "en"): ["Ningbo", "Wenzhou", "Shenzhen", "Dongguan", "Suzhou", "Qingdao", "Tianjin", "Xiamen"],
    ("US", "en"): ["Columbus, Ohio", "Atlanta, Georgia", "Dallas, Texas", "Denver, Colorado",
                   "Minneapolis, Minnesota", "Portland, Oregon", "Nashville, Tennessee", "Phoenix, Arizona",
                   "Raleigh, North Carolina", "Pittsburgh, Pennsylvania", "Salt Lake City, Utah", "Indianapolis, Indiana"],
    ("US", "zh"): ["俄亥俄州哥伦布", "佐治亚州亚特兰大", "得州达拉斯", "科罗拉多州丹佛", "明尼苏达州明尼阿波利斯", "俄勒冈州波特兰"],
}
REGION = {  # the region of a city (a Chinese city by its province)
    ("CN", "zh"): {"浙江": "浙江", "广东": "广东", "江苏": "江苏", "山东": "山东", "天津": "华北", "安徽": "安徽",
                   "湖北": "华中", "福建": "福建"},
    ("CN", "en"): {"Ningbo": "Zhejiang", "Wenzhou": "Zhejiang", "Shenzhen": "the Pearl River Delta", "Dongguan": "the Pearl River Delta",
                   "Suzhou": "Jiangsu", "Qingdao": "Shandong", "Tianjin": "North China", "Xiamen": "Fujian"},
    ("US", "en"): {"Columbus, Ohio": "the Midwest", "Atlanta, Georgia": "the Southeast", "Dallas, Texas": "Texas",
                   "Denver, Colorado": "the Mountain West", "Minneapolis, Minnesota": "the Upper Midwest",
                   "Portland, Oregon": "the Pacific Northwest", "Nashville, Tennessee": "the Southeast",
                   "Phoenix, Arizona": "the Southwest", "Raleigh, North Carolina": "North Carolina",
                   "Pittsburgh, Pennsylvania": "western Pennsylvania", "Salt Lake City, Utah": "the Mountain West",
                   "Indianapolis, Indiana": "the Midwest"},
    ("US", "zh"): {"俄亥俄州哥伦布": "美国中西部", "佐治亚州亚特兰大": "美国东南部", "得州达拉斯": "美国南部",
                   "科罗拉多州丹佛": "美国山区各州", "明尼苏达州明尼阿波利斯": "美国中西部", "俄勒冈州波特兰": "美国西北部"},
}
PEOPLE = {
    ("CN", "zh"): ["陈立华", "刘佳", "黄志强", "林晓燕", "何建国", "罗静", "高鹏", "谢文涛", "马丽", "郭涛"],
    ("CN", "en"): ["Chen Lihua", "Liu Jia", "Huang Zhiqiang", "Lin Xiaoyan", "He Jianguo", "Luo Jing"],
    ("US", "en"): ["Megan Foley", "Carlos Ibarra", "Rachel Stein", "Derek Lindqvist", "Aisha Grant", "Ben Hollis",
                   "Nina Patel", "Kevin Walsh", "Jessica Tran", "Ryan Mercer"],
    ("US", "zh"): ["梅根·福利", "卡洛斯·伊瓦拉", "瑞秋·斯坦", "妮娜·帕特尔", "凯文·沃尔什", "杰西卡·陈"],
}
TITLES = {  # by what the writer is after: selling (True), buying (False) or either (None)
    "zh": {True: ["外贸部经理", "销售总监"], False: ["采购经理", "供应链总监"], None: ["总经理", "副总经理", "运营总监"]},
    "en": {True: ["VP Sales", "Head of Partnerships"], False: ["Director of Purchasing", "Sourcing Manager"], None: ["General Manager", "COO"]},
}
COLLEAGUES = {"zh": ["小王", "行政部李姐", "刘敏", "Amy", "小周"], "en": ["Jenna", "Marco", "Hannah", "Luis", "Priya"]}
BOSSES = {"zh": ["王总", "李总", "总经理", "董事长"], "en": ["Dana Pruitt, CFO", "Tom Becker, CEO", "the Executive Committee", "Finance"]}

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
    "internal wiki page": {
        "en": {
            "head": ["Company Wiki › About › Who we are", "{Short} Intranet — Who We Are (start here)",
                     "Handbook / 01 Who we are", "Confluence · {Short} Home › Company › About us"],
            "field": ["Last edited by {colleague} on {date}", "Page owner: {person}, {title} · {views} views",
                      "On this page: Who we are · What we're working on · Who to ask"],
            "label": ["Who we are: ", "The short version: ", ""],
            "offer": [
                "{Short} is {a_noun} with {detail}.",
                "We're {a_noun}: {detail}.",
                (("Founded in {year0} in {city}, ", OTHER), ("we are {a_noun} with {detail}.", OFFER)),
                "In one line: {a_noun} with {detail}.",
                "We have been {a_noun} for {yrs} years, with {detail}.",
                "{Short} is one of {region}'s {nouns}, with {detail} ({cert}).",
            ],
            "served": ["Our customers today are mostly {served}.", "Most of our revenue comes from {served}."],
            "seek": [
                "What we're working on this year: finding {want}.",
                "@Company priority for {year}: sign {want}.",
                "@If you meet {want} at a trade show or on LinkedIn, send them to {person}.",
                "Does anyone here know {who}? We still need one.",
                "We are looking for {want} — see the Partnerships page.",
                "@Top of the {year} roadmap: {want}.",
                (("Editor's note ({person}): ", OTHER), ("@the one thing we're missing right now is {want}.", SEEK)),
                "Once we have {who} on board, the rest of the {year} plan opens up.",
            ],
            "footer": ["Questions about this page? Ask in #general.", "Related pages: Org chart · Holiday calendar · Expense policy",
                       "👍 {likes} · 💬 {comments}", "Internal only — do not share outside the company."],
        },
        "zh": {
            "head": ["知识库 / 公司概况 / 我们是谁", "【新人必读】{short}公司介绍", "{short}内部知识库｜关于我们", "员工手册 › 第一章 认识公司"],
            "field": ["最近更新：{colleague}　{date}", "文档负责人：{person}（{title}）　阅读{views}次", "目录：我们是谁｜今年在做什么｜有事找谁"],
            "label": ["我们是谁：", "一句话介绍：", ""],
            "offer": [
                "{short}是一家{noun}，{detail}。",
                "我们是{noun}，{detail}。",
                (("公司{year0}年成立于{city}，", OTHER), ("是{region}的{noun}，{detail}。", OFFER)),
                "简单说：我们是{noun}，{detail}。",
                "公司做{product}{yrs}年了，定位是{noun}，{detail}，{cert}。",
                "目前公司{detail}，是一家{noun}。",
            ],
            "served": ["现在的客户主要是{served}。", "收入大头来自{served}。"],
            "seek": [
                "今年重点在做的事：找{want}。",
                "@{year}年公司级重点：签下{want}。",
                "@大家在展会上或者朋友圈里遇到{want}，请直接推给{person}。",
                "有没有同事认识{who}？我们一直在找。",
                "我们正在寻找{want}，详见“合作伙伴”页面。",
                "@{year}年路线图第一项：{want}。",
                (("负责人备注（{person}）：", OTHER), ("@目前最缺的就是{want}。", SEEK)),
                "等{who}落地之后，{year}年的其他计划才能铺开。",
            ],
            "footer": ["对本页有疑问，请在公司大群里找{colleague}。", "相关文档：组织架构｜报销制度｜节假日安排",
                       "👍{likes}　评论{comments}", "内部资料，请勿外传。"],
        },
    },
    "account plan page": {
        "en": {
            "head": ["Partner plan — {year}", "Playbook: {year} priorities"],
            "head_sell": ["Sales Playbook · Section 2: Target accounts", "Account Plan FY{year} — New channel", "Go-to-market plan, page {page} of {pages}"],
            "head_buy": ["Supplier Development Plan FY{year}", "Sourcing plan, page {page} of {pages}", "Vendor strategy — {year}"],
            "field": ["Owner: {person} · Reviewed: {date}", "Status: Draft v{ver}", "Confidential — internal use only", "Territory: {territory}"],
            "label": ["Our pitch: ", "Who we are (elevator pitch): ", "Positioning: ", ""],
            "label_buy": ["About us: ", "Company overview: ", ""],
            "offer": [
                "{Short} is {a_noun} with {detail}.",
                "We are {a_noun} with {detail}.",
                "Elevator pitch: {a_noun} with {detail}.",
                "{A_noun} with {detail}; {cert}.",
                (("Since {year0}, ", OTHER), ("we have been {a_noun} with {detail}.", OFFER)),
                "Lead with this: we are one of {region}'s {nouns}, with {detail}.",
            ],
            "served": ["Reference customers: {served}.", "Current book of business: mostly {served}."],
            "seek": [
                "Target profile: {want}.",
                "@Ideal partner: {want}.",
                "@Goal for {year}: sign {want}.",
                "Next step: shortlist {want} and book intro calls.",
                "If we land {who} by Q{q}, the volume plan holds.",
                "@Who are we going after? {Want}.",
                "We need {want}; everything else on this page depends on it.",
            ],
            "footer": ["Next review: {date2}", "Risks: price pressure, tariff changes.", "Action owner: {person}", "Page {page} of {pages}"],
        },
        "zh": {
            "head": ["{year}年合作伙伴拓展计划", "{year}年重点工作方案（节选）"],
            "head_sell": ["销售作战手册｜第二章 目标客户", "{year}年重点客户开发计划", "渠道拓展方案（第{page}页）"],
            "head_buy": ["{year}年供应商开发计划", "采购寻源方案（第{page}页）", "供应链优化计划｜{year}"],
            "field": ["负责人：{person}　更新：{date}", "版本：V{ver}（草稿）", "内部资料，注意保密", "覆盖区域：{territory}"],
            "label": ["一句话介绍：", "我们的卖点：", "公司定位：", ""],
            "label_buy": ["公司概况：", "我方情况：", ""],
            "offer": [
                "{short}是一家{noun}，{detail}。",
                "我们是{noun}，{detail}。",
                "电梯演讲：{noun}，{detail}，{cert}。",
                (("{year0}年至今，", OTHER), ("一直是{noun}，{detail}。", OFFER)),
                "对外统一口径：{region}的{noun}，{detail}。",
                "公司{detail}，属于{noun}。",
            ],
            "served": ["标杆客户：{served}。", "现有客户以{served}为主。"],
            "seek": [
                "@目标画像：{want}。",
                "@理想合作伙伴：{want}。",
                "@{year}年目标：签下{want}。",
                "下一步：梳理{want}名单，逐个约见。",
                "如果Q{q}前能谈下{who}，全年的量就有保障。",
                "@我们要找的是谁？{want}。",
                "我们需要{want}，本页其他动作都围绕这一点展开。",
            ],
            "footer": ["下次复盘：{date2}", "风险：价格战、关税变化。", "行动负责人：{person}", "第{page}页／共{pages}页"],
        },
    },
    "QBR speaker notes": {
        "en": {
            "head": ["Q{q} Business Review — slide {slide} — speaker notes", 'QBR deck, slide {slide}: "{slide_title}" — notes',
                     "Speaker notes (slide {slide} of {slides})"],
            "field": ["[Presenter: {person}, {title}]", "[~{mins} min]"],
            "label": ["Recap: ", "For anyone new on the call: ", ""],
            "offer": [
                "Quick reminder of who we are: {a_noun} with {detail}.",
                "Quick background: {short} is {a_noun} with {detail}.",
                "We're still {a_noun}, now with {detail}.",
                (("Same story as last quarter — ", OTHER), ("{a_noun} with {detail}.", OFFER)),
                "Remember, we are one of {region}'s {nouns}, with {detail}.",
                "{A_noun} with {detail}, {cert} — that's the base we're building on.",
            ],
            "served": ["Most of the quarter's revenue came from {served}.", "Our customers are still mainly {served}."],
            "seek": [
                "The ask for next quarter: {want}.",
                "Biggest gap on this slide? We still don't have {who}.",
                "@Next quarter we want to close a deal with {want}.",
                "If we can bring in {who} by Q{q2}, the forecast on slide {slide2} holds.",
                "What I need from this group: introductions to {want}.",
                "@Pause here — the plan only works with {want}.",
                "We're looking for {want}, and I'd like your help with that.",
                (("[Slow down here.] ", OTHER), ("Priority one for next quarter: {want}.", SEEK)),
            ],
            "direction": ["[click]", "[next build]"],
            "footer": ["[Next slide]", "[Hand over to {colleague}]", "Backup data in the appendix, slide {slides}.", "[Skip if short on time]"],
        },
        "zh": {
            "head": ["Q{q}季度经营复盘｜第{slide}页 备注", "季度经营分析会PPT　第{slide}页“{slide_title}”讲稿", "第{slide}页（共{slides}页）演讲者备注"],
            "field": ["【汇报人：{person}，{title}】", "【约{mins}分钟】"],
            "label": ["先回顾一下：", "给新同事简单介绍一下：", ""],
            "offer": [
                "先跟大家快速过一下我们是谁：{noun}，{detail}。",
                "{short}是{noun}，{detail}。",
                "我们还是{noun}，现在{detail}。",
                (("跟上季度讲的一样，", OTHER), ("我们是{noun}，{detail}。", OFFER)),
                "大家记得，我们是{region}的{noun}，{detail}。",
                "{noun}，{detail}，{cert}，这是我们的基本盘。",
            ],
            "served": ["本季度收入主要来自{served}。", "客户主要还是{served}。"],
            "seek": [
                "下季度最需要的：{want}。",
                "这页最大的缺口在哪？我们还没有{who}。",
                "@下季度目标是谈下{want}。",
                "如果Q{q2}能引进{who}，第{slide2}页的预测才站得住。",
                "需要在座各位帮忙的：引荐{want}。",
                "@这里停一下，整个计划的前提是{want}。",
                "我们在找{want}，请大家帮忙留意。",
                (("【重点强调】", OTHER), ("下季度第一优先：{want}。", SEEK)),
            ],
            "direction": ["【点击】", "【出下一条】"],
            "footer": ["【翻页】", "【交给{colleague}】", "详细数据见附录第{slides}页。", "【时间不够可跳过】"],
        },
    },
    "budget request memo": {
        "en": {
            "head": ["MEMORANDUM", "INTERNAL MEMO", "Budget Request Memo"],
            "field": ["To: {boss}", "From: {person}, {title}", "Date: {date}", "Re: FY{year} budget request — {purpose} (${amount})"],
            "label": ["Background: ", "Context: ", ""],
            "offer": [
                "{Short} is {a_noun} with {detail}.",
                "As you know, we are {a_noun} with {detail}.",
                "We operate as {a_noun} with {detail}.",
                (("Since {year0}, ", OTHER), ("the company has been {a_noun} with {detail}.", OFFER)),
                "The company is one of {region}'s {nouns}, with {detail} ({cert}).",
                "Our business today: {a_noun} with {detail}.",
            ],
            "served": ["Sales currently go mainly to {served}.", "Our existing customers are {served}."],
            "seek": [
                "Purpose: to fund the search for {want}.",
                "@The money covers travel and samples to sign {want}.",
                "Justification: we do not yet have {who}, and without one the {year} plan stalls.",
                "If approved, we expect to have {who} under contract by Q{q}.",
                "@Expected outcome: an agreement with {want}.",
                "We are looking for {want}; this budget pays for that search.",
                "Why now? Because we need {want} before the {year} season.",
                (("Finance comment: ", OTHER), ("@spend is tied to signing {want}", SEEK), ("; OK to proceed.", OTHER)),
            ],
            "footer": ["Please approve by {date2}.", "Cost breakdown attached.", "Approved: ________  Date: ______", "cc: {colleague}"],
        },
        "zh": {
            "head": ["关于申请{year}年度{purpose}专项预算的请示", "预算申请报告（{purpose}）", "费用预算申请　编号：{n}"],
            "field": ["{boss}：", "申请部门：{dept}　申请人：{person}", "申请金额：人民币{amount}万元", "日期：{date}"],
            "label": ["基本情况：", "背景：", ""],
            "offer": [
                "公司是一家{noun}，{detail}。",
                "{short}系{noun}，{detail}。",
                "目前公司{detail}，属于{noun}。",
                (("公司自{year0}年成立以来，", OTHER), ("一直是{noun}，{detail}。", OFFER)),
                "公司是{region}的{noun}，{detail}，{cert}。",
                "我们做{product}{yrs}年，是{noun}，{detail}。",
            ],
            "served": ["现有客户主要为{served}。", "目前产品主要销往{served}。"],
            "seek": [
                "预算用途：用于寻找{want}。",
                "@费用主要用于出差和寄样，争取签下{want}。",
                "申请理由：公司目前还没有{who}，{year}年计划难以推进。",
                "如获批准，预计Q{q}前与{who}签约。",
                "@预期成果：与{want}达成合作。",
                "我们正在寻找{want}，本笔预算即用于此。",
                "为什么现在申请？因为{year}年旺季前必须落实{want}。",
                (("财务部意见：", OTHER), ("@该笔费用与对接{want}挂钩，", SEEK), ("同意列支。", OTHER)),
            ],
            "footer": ["妥否，请批示。", "附件：费用明细表", "审批：________", "抄送：{colleague}"],
        },
    },
    "travel request": {
        "en": {
            "head": ["Travel Request — {trf}", "TRAVEL AUTHORIZATION REQUEST", "Concur · Travel request {trf}"],
            "field": ["Traveler: {person}, {title}", "Destination: {dest} · {dates}", "Estimated cost: ${cost}", "Cost center: {ccn}"],
            "label": ["Business justification: ", "Background for approver: ", ""],
            "offer": [
                "Background: {short} is {a_noun} with {detail}.",
                "We are {a_noun} with {detail}.",
                "For context, we're {a_noun} with {detail}.",
                "{A_noun} with {detail}, {cert}.",
                (("Company: ", OTHER), ("{a_noun} with {detail}.", OFFER)),
                "{Short}: one of {region}'s {nouns}, with {detail}.",
            ],
            "served": ["Current customers: {served}.", "We already sell to {served}."],
            "seek": [
                "@Meetings with {want} at {show}.",
                "Goal of the trip: to find {want}.",
                "@Objective: shortlist and visit {want}.",
                "Expected outcome: a signed agreement with {who}.",
                "If we find {who} on this trip, the Q{q} launch stays on schedule.",
                "We are looking for {want}; this trip is the fastest way to meet candidates.",
                "@Why travel instead of video calls? We need to see {want} in person.",
                (("Approver comment: approved — ", OTHER), ("@goal is to line up {want}.", SEEK)),
            ],
            "footer": ["Approval: {boss} — pending", "Policy check: economy class ✔", "Per diem: ${per_diem}/day", "Submitted {date}"],
        },
        "zh": {
            "head": ["出差申请｜审批编号：{trf}", "【出差审批单】", "因公出国（境）申请表"],
            "field": ["申请人：{person}（{dept}）", "出差地点：{dest}　出差时间：{dates}", "预计费用：人民币{cost}元", "同行人：{colleague}"],
            "label": ["出差事由：", "申请说明：", ""],
            "offer": [
                "公司为{noun}，{detail}。",
                "背景：{short}是{noun}，{detail}。",
                "我们是{noun}，{detail}。",
                (("公司成立于{year0}年，", OTHER), ("是{region}的{noun}，{detail}。", OFFER)),
                "公司情况：{noun}，{detail}，{cert}。",
                "公司目前{detail}，属于{noun}。",
            ],
            "served": ["现有客户主要是{served}。", "目前供货对象为{served}。"],
            "seek": [
                "@拜访{want}，洽谈合作。",
                "此行目的：寻找{want}。",
                "@预期成果：与{want}签订合作协议。",
                "如能在{show}上找到{who}，Q{q}的上市计划可按期推进。",
                "我们正在寻找{want}，出差是最快的办法。",
                "@为什么要出差？因为需要实地考察{want}。",
                "@行程安排：{show}期间拜访三到五家{want}。",
                (("审批意见：同意。", OTHER), ("@此行重点是对接{want}。", SEEK)),
            ],
            "footer": ["审批流程：部门负责人→总经理→财务", "当前节点：{boss}审批中", "差旅标准：经济舱，住宿按公司标准执行", "提交时间：{date}"],
        },
    },
}

# A negated want: the role it does not want (other), then the one it does (seek); by person:
# 1 (we: the company writes about itself) or 3 (an approver writes about the request).
NEGATED = {
    ("en", 1): [(("We are not looking for {neg}; ", OTHER), ("we need {want}.", SEEK)),
                (("We already have {neg} in place; ", OTHER), ("what we lack is {want}.", SEEK)),
                (("Not {neg} this time — ", OTHER), ("only {want}.", SEEK))],
    ("en", 3): [(("The team already has {neg}; ", OTHER), ("what it lacks is {want}.", SEEK)),
                (("Not after {neg}: ", OTHER), ("only {want}.", SEEK))],
    ("zh", 1): [(("不找{neg}，", OTHER), ("只找{want}。", SEEK)),
                (("{neg}我们已经有了，", OTHER), ("现在缺的是{want}。", SEEK)),
                (("这次不考虑{neg}，", OTHER), ("@只对接{want}。", SEEK))],
    ("zh", 3): [(("申请部门已有{neg}，", OTHER), ("目前缺的是{want}。", SEEK)),
                (("不找{neg}，", OTHER), ("@只对接{want}。", SEEK))],
}
# fmt: on
PERSON = {"travel request": (1, 3), "budget request memo": (1, 3)}  # else (1,)

FILLER = {
    "zh": ["员工约{staff}人。", "{cert}。", "公司始建于{year0}年。", "总部位于{city}。"],
    "en": [
        "About {staff} employees.",
        "{Cert}.",
        "In business since {year0}.",
        "Head office: {city}.",
    ],
}

# Document details by genre (slides, memos, approvals…).
# fmt: off
SLIDE_TITLE = {"zh": ["现状", "渠道进展", "下季度计划", "增长路径"], "en": ["Where we are", "Pipeline", "Next quarter", "Growth plan"]}
TERRITORY = {"zh": ["华东区", "全国", "海外", "北方区"], "en": ["National", "West region", "Export", "Key accounts"]}
PURPOSE = {  # by language, then selling (True) or buying (False), then the writer's side; else neutral
    "zh": {True: {"CN": ["美国市场开拓", "北美渠道建设"], "US": ["中国市场开拓", "中国渠道建设"]},
           False: {"CN": ["海外采购寻源", "进口物料采购"], "US": ["中国采购寻源", "中国供应商开发"]},
           None: ["业务拓展", "展会及差旅", "市场推广"]},
    "en": {True: {"CN": ["US market development", "North American channel"], "US": ["China market entry", "China channel development"]},
           False: {"CN": ["overseas sourcing", "imported materials"], "US": ["China sourcing", "China supplier development"]},
           None: ["business development", "trade shows and travel", "partner development"]},
}
DEPT = {"zh": {True: ["外贸部", "市场部", "国际业务部"], False: ["采购部", "供应链部"], None: ["总经办", "战略发展部"]},
        "en": {True: ["Sales"], False: ["Purchasing"], None: ["Operations"]}}
MONTHS_EN = ["Jan", "Mar", "Apr", "May", "Sep", "Oct", "Nov"]
# fmt: on


# --------------------------------------------------------------------------------------------
# Staff notes and form labels
# --------------------------------------------------------------------------------------------
STAFF_NOTES = (
    "审批意见",
    "财务部意见",
    "负责人备注",
    "Approver comment",
    "Finance comment",
    "Editor's note",
)
LABEL = re.compile(r"[\w' ()（）]{1,40}[:：]")


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
                else rng.choice(
                    ["有限公司", "有限公司", "股份有限公司", "实业有限公司"][
                        : 3 if "实业" in extra else 4
                    ]
                )
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
            for person in PERSON.get(genre, (1,))
            for t in NEGATED[lang, person]
            if ctx["who"] is not None or not needs_party(t)
        ]
        return fill(rng.choice(pool), SEEK, ctx)
    pool = [t for t in T[genre][lang]["seek"] if ctx["who"] is not None or not needs_party(t)]
    return fill(rng.choice(pool), SEEK, ctx)


def doc_ctx(
    rng: random.Random, ctx: Ctx, *, side: str, lang: str, stage: str, want: str, cat: str
) -> None:
    """The fields of the documents: wiki, plan, slide, memo and travel request details."""
    buying = STAGES.index(want) < STAGES.index(stage)  # it wants its supplier
    year = ctx["year"]
    other = "US" if side == "CN" else "CN"
    ctx["buying"] = buying
    # the wiki page and the plan
    ctx["views"] = rng.randint(40, 1900)
    ctx["likes"] = rng.randint(2, 60)
    ctx["comments"] = rng.randint(0, 14)
    ctx["ver"] = f"{rng.randint(0, 3)}.{rng.randint(1, 9)}"
    ctx["territory"] = rng.choice(TERRITORY[lang])
    ctx["pages"] = rng.randint(5, 14)
    ctx["page"] = rng.randint(2, ctx["pages"] - 1)
    # the slide
    ctx["q"] = rng.randint(1, 4)
    ctx["q2"] = rng.randint(1, 4)
    ctx["slides"] = rng.randint(18, 36)
    ctx["slide"] = rng.randint(3, 12)
    ctx["slide2"] = rng.randint(13, ctx["slides"] - 1)
    ctx["slide_title"] = rng.choice(SLIDE_TITLE[lang])
    ctx["mins"] = rng.choice([2, 3, 4, 5])
    # the memo
    ctx["boss"] = rng.choice(BOSSES[lang])
    mode = None if rng.random() < 0.4 else not buying
    purposes = PURPOSE[lang][mode] if mode is None else PURPOSE[lang][mode][side]
    ctx["purpose"] = rng.choice(purposes)
    ctx["dept"] = rng.choice(DEPT[lang][None if rng.random() < 0.4 else not buying])
    if lang == "zh":
        ctx["amount"] = rng.choice([8, 15, 20, 35, 50, 80, 120])
    else:
        ctx["amount"] = rng.choice(["25,000", "40,000", "60,000", "85,000", "120,000"])
    # the travel request
    month, day = ctx["m0"] + rng.randint(1, 3), rng.randint(1, 20)
    days = rng.randint(4, 9)
    m2, d2 = ctx["m0"] + rng.randint(1, 3), rng.randint(1, 28)
    ctx["date2"] = f"{year}年{m2}月{d2}日" if lang == "zh" else f"{m2}/{d2}/{year}"
    if lang == "zh":
        ctx["trf"] = f"{year}{month:02d}{day:02d}{rng.randint(1, 9999):04d}"
        ctx["dates"] = f"{month}月{day}日至{month}月{day + days}日"
        ctx["cost"] = rng.choice([32000, 45000, 58000, 76000, 91000])
    else:
        ctx["trf"] = f"TR-{year % 100}-{rng.randint(1000, 9999)}"
        ctx["dates"] = f"{MONTHS_EN[month % len(MONTHS_EN)]} {day}–{day + days}, {year}"
        ctx["cost"] = rng.choice(["4,800", "6,400", "9,200", "12,500"])
    show, dest = SHOW[rng.choice(SHOWS[other][cat])]
    ctx["show"], ctx["dest"] = show[0 if lang == "zh" else 1], dest[0 if lang == "zh" else 1]
    ctx["ccn"] = f"{rng.choice([1000, 2300, 4100, 4200, 6100])}-{rng.randint(10, 99)}"
    ctx["per_diem"] = rng.choice([64, 68, 74, 79])


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
    m0, d0 = rng.randint(1, 9), rng.randint(1, 28)  # the document's date
    buying = STAGES.index(want) < STAGES.index(stage)  # it wants its supplier
    ctx = Ctx(
        chain=chain, name=name, short=short, noun=noun, nouns=plural(noun) if lang == "en" else noun,
        a_noun=article(noun) if lang == "en" else noun, detail=chain[stage]["d" + lang][k],
        product=chain["material" if stage == "R" else "product"][li], want=want_np, who=who, city=city,
        region=REGION[home][CN_CITY_ZH[city] if home == ("CN", "zh") else city], year=year, year0=rng.randint(1992, 2018), yrs=rng.randint(6, 28),
        person=person, title=rng.choice(TITLES[lang][None if rng.random() < 0.4 else not buying]), n=rng.randint(12, 980),
        m0=m0, date=f"{year}年{m0}月{d0}日" if lang == "zh" else f"{m0}/{d0}/{year}",
        colleague=rng.choice(COLLEAGUES[lang]),
        staff=f"{rng.choice([45, 90, 160, 300, 520, 1100, 2400]):{',' if lang == 'en' else ''}}", cert=rng.choice(CERTS[cat if stage == "M" or (stage == "R" and cat == "paper") else "generic"][li]),
    )  # fmt: skip
    doc_ctx(rng, ctx, side=side, lang=lang, stage=stage, want=want, cat=cat)
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
    """``para`` under a heading, unless its first sentence starts with one or is the want
    (a want before the company's description stands unlabelled)."""
    if LABEL.match(para[0][0][0]) or any(k == SEEK for _, k in para[0]):
        return para
    lab = rng.choice(labels)
    return [[(lab, OTHER), *para[0]], *para[1:]] if lab else para


def body_lines(rng, labels, body, seek, *, first, last, split=0.55) -> list:
    """The offer as one headed paragraph; a want that carries a heading of its own on a line
    of its own (mostly) before, after or between the offer's sentences, any other want inside
    the paragraph, first, in the middle or last."""
    if sum(k == OFFER for sent in body for _, k in sent) == 1:  # one offer: before or after it
        first, last = 0.4, 0.6
    if seek[0][0].startswith(STAFF_NOTES):  # a colleague's comment closes the paragraph
        return [label_para(rng, labels, body), [seek]]
    if LABEL.match(seek[0][0]) and rng.random() < split:
        r = rng.random()
        if r < first:
            return [[seek], label_para(rng, labels, body)]
        if r < 1 - last and len(body) > 1 and body[1][0][1] == OFFER:
            return [label_para(rng, labels, body[:1]), [seek], body[1:]]
        return [label_para(rng, labels, body), [seek]]
    return [label_para(rng, labels, place(rng, body, seek, first=first, last=last))]


def with_filler(rng, offer, filler, p) -> list:
    return list(offer) + ([filler] if rng.random() < p else [])


def wiki_layout(rng, lang, tpl, ctx, *, offer, seek, filler):
    lines = [[one(rng, tpl["head"], OTHER, ctx)]]
    lines += some(rng, tpl["field"], 1, 2, ctx)
    body = with_filler(rng, offer, filler, 0.25)
    lines += body_lines(rng, tpl["label"], body, seek, first=0.3, last=0.3)
    lines += some(rng, tpl["footer"], 1, 2, ctx)
    return lines


def plan_layout(rng, lang, tpl, ctx, *, offer, seek, filler):
    heads = tpl["head"] if rng.random() < 0.3 else tpl["head_buy" if ctx["buying"] else "head_sell"]
    lines = [[one(rng, heads, OTHER, ctx)]]
    lines += some(rng, tpl["field"], 1, 2, ctx)
    body = with_filler(rng, offer, filler, 0.15)
    labels = tpl["label_buy" if ctx["buying"] else "label"]
    lines += body_lines(rng, labels, body, seek, first=0.35, last=0.3, split=0.6)
    lines += some(rng, tpl["footer"], 0, 2, ctx)
    return lines


def qbr_layout(rng, lang, tpl, ctx, *, offer, seek, filler):
    lines = [[one(rng, tpl["head"], OTHER, ctx)]]
    if rng.random() < 0.5:
        lines.append([one(rng, tpl["field"], OTHER, ctx)])
    body = with_filler(rng, offer, filler, 0.2)
    para = place(rng, body, seek, first=0.3, last=0.4)
    if rng.random() < 0.35:  # a stage direction between two sentences
        para.insert(rng.randint(1, len(para)), one(rng, tpl["direction"], OTHER, ctx))
    lines.append(label_para(rng, tpl["label"], para))
    lines += some(rng, tpl["footer"], 1, 1, ctx)
    return lines


def memo_layout(rng, lang, tpl, ctx, *, offer, seek, filler):
    lines = [[one(rng, tpl["head"], OTHER, ctx)]]
    lines += some(rng, tpl["field"], 1 if lang == "zh" else 2, 3, ctx)
    body = with_filler(rng, offer, filler, 0.2)
    lines += body_lines(rng, tpl["label"], body, seek, first=0.25, last=0.35)
    lines += some(rng, tpl["footer"], 1, 2, ctx)
    return lines


def travel_layout(rng, lang, tpl, ctx, *, offer, seek, filler):
    lines = [[one(rng, tpl["head"], OTHER, ctx)]]
    lines += some(rng, tpl["field"], 2, 3, ctx)
    body = with_filler(rng, offer, filler, 0.15)
    lines += body_lines(rng, tpl["label"], body, seek, first=0.35, last=0.3)
    lines += some(rng, tpl["footer"], 1, 2, ctx)
    return lines


MAX_UNITS = 9


LAYOUT = {
    "internal wiki page": wiki_layout,
    "account plan page": plan_layout,
    "QBR speaker notes": qbr_layout,
    "budget request memo": memo_layout,
    "travel request": travel_layout,
}


# --------------------------------------------------------------------------------------------
# The corpus
# --------------------------------------------------------------------------------------------
def shape(text: str) -> str:
    """A rough reading of how a want is phrased (for the summary only)."""
    if "?" in text or "？" in text:
        return "question"
    if re.match(
        r"(the one thing|goal is|spend is|what it lacks|目前最缺|此行重点|该笔费用|目前缺的)", text
    ):
        return "third person or colleague"
    if re.match(r"(If|Once|如|等)", text):
        return "condition"
    if re.search(
        r"roadmap|[Gg]oal|Next step|next quarter|[Pp]riority|this year|计划|重点|目标|下一步|路线图|下季度",
        text,
    ):
        return "plan"
    if re.match(r"[A-Za-z' ()]{0,40}:|[\u4e00-\u9fff]{1,8}：", text):
        return "heading"
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
        (HERE / f"roles_corpus16{suffix}.json").write_text(
            json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8"
        )
    orgs = profiles["organizations"]
    print(f"roles_corpus16: {sum(o['side'] == 'CN' for o in orgs)} CN x {sum(o['side'] == 'US' for o in orgs)} US, "
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
