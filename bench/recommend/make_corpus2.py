# ruff: noqa: E501  (the phrases are data; wrapping them would only hurt reading)
"""Write training corpus 2 of the partner recommender: ``roles_corpus2.json``,
``roles_corpus2_gold.json`` and ``roles_corpus2_segments.json``.

    python bench/recommend/make_corpus2.py

Ten industrial-goods and machinery chains (bearings, screw air compressors, welding wire,
hydraulic cylinders, centrifugal pumps, industrial boilers, gear reducers, machine vision
cameras, crushers, electric chain hoists), each with the stages R (raw material or key
component), M (maker), D (distributor) and E (end user). 4 Chinese and 7 US companies per chain:
each Chinese company's gold partner, then traps (a competitor, one offering what it seeks but
wanting something else, one wanting its product but offering nothing it wants), then the rest
of the chain at random.

Five ways of writing, in Chinese and English: trade-journal feature (third person), founder's
story (first person), speech at a match-making event, customer case study ending with the next
goal, editor's summary of a podcast or video interview. Every description is also written as
segments labelled ``offer`` / ``seek`` / ``other``, which concatenate to the description.

Templates are strings of pieces separated by ``¦``; a piece may start with ``o:``, ``s:`` or
``x:`` (offer, seek, other), otherwise it takes the kind of the list it is in.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20260502
PREFIX = "k2"
N_CN, N_US = 4, 7

# ----------------------------------------------------------------------------------------
# Chains: key -> stage -> (Chinese role nouns, English role nouns, Chinese details, English
# details). Details: Chinese clauses that follow a comma; English noun phrases that follow
# "with" / "has".  Plus per chain: the R material (Chinese, English), the customers of the E
# company (Chinese, English), and the word used in company names (Chinese, English).
# ----------------------------------------------------------------------------------------
Stage = tuple[list[str], list[str], list[str], list[str]]
CHAINS: dict[str, dict[str, Stage]] = {
    "bearing": {
        "R": (["轴承钢厂", "轴承钢棒材供应商"], ["bearing steel mill", "bearing-grade bar supplier"],
              ["GCr15轴承钢年产45万吨", "真空脱气轴承钢棒材年供货30万吨"],
              ["a 450,000-tonne-a-year 52100 bar mill", "300,000 tonnes a year of vacuum-degassed bar stock"]),
        "M": (["轴承制造商", "深沟球轴承生产厂"], ["bearing manufacturer", "ball bearing maker"],
              ["六条自动化磨加工线，年产深沟球轴承4000万套", "年产圆锥滚子轴承800万套，精度达P5级"],
              ["six automated grinding lines and 40 million ball bearings a year", "eight million tapered roller bearings a year at P5 precision"]),
        "D": (["轴承经销商", "轴承一级代理"], ["bearing distributor", "bearing stockist"],
              ["常备库存轴承1.2万个型号", "在华东设有6个前置仓"],
              ["12,000 bearing part numbers on the shelf", "six branch warehouses and next-day delivery"]),
        "E": (["农机整机厂", "农业机械主机厂"], ["farm equipment OEM", "tractor and combine builder"],
              ["年产拖拉机与收割机2万台", "联合收割机年产量居全国前五"],
              ["20,000 tractors and combines built a year", "three assembly plants turning out combines and balers"]),
    },
    "compressor": {
        "R": (["螺杆主机供应商", "压缩机主机配套厂"], ["airend supplier", "screw rotor machining shop"],
              ["年产螺杆主机5万台", "转子磨床40台，型线自主设计"],
              ["50,000 screw airends a year", "forty rotor grinders and in-house profile design"]),
        "M": (["空压机制造商", "螺杆空压机厂"], ["air compressor manufacturer", "rotary screw compressor builder"],
              ["7.5至250千瓦螺杆机全系列，年产3万台", "永磁变频螺杆机年产1.5万台"],
              ["a full 10-to-350 hp range and 30,000 units a year", "15,000 variable-speed screw compressors a year"]),
        "D": (["空压机代理商", "压缩空气系统服务商"], ["compressed air dealer", "compressor distributor"],
              ["服务网点覆盖全省17个地市", "常驻售后工程师40人"],
              ["service vans covering a 300-mile radius", "40 field technicians and a rental fleet of 300 units"]),
        "E": (["纺织厂", "纺纱企业"], ["textile mill", "spinning mill"],
              ["织机1200台，三班倒生产", "纺纱规模30万锭，用气量大"],
              ["1,200 air-jet looms on three shifts", "300,000 spindles running around the clock"]),
    },
    "weldwire": {
        "R": (["盘条生产企业", "焊接用钢盘条厂"], ["wire rod mill", "welding-grade rod producer"],
              ["ER70S-6焊丝盘条年产60万吨", "两条高线产线，年产焊接用钢盘条80万吨"],
              ["600,000 tonnes of ER70S-6 rod a year", "two high-speed rod lines rolling 800,000 tonnes a year"]),
        "M": (["焊丝生产厂", "焊材制造商"], ["welding wire manufacturer", "welding consumables maker"],
              ["气保焊丝年产12万吨", "药芯焊丝生产线22条"],
              ["120,000 tonnes of MIG wire a year", "22 flux-cored wire lines"]),
        "D": (["焊材经销商", "焊接耗材批发商"], ["welding supply distributor", "welding consumables wholesaler"],
              ["库存焊材3000吨", "配送网络覆盖长三角500家客户"],
              ["3,000 tonnes of consumables in stock", "same-day delivery to 500 fab shops"]),
        "E": (["造船厂", "钢结构工程公司"], ["shipyard", "structural steel fabricator"],
              ["年造船能力200万载重吨", "年加工钢结构15万吨"],
              ["two drydocks and 1,200 welders", "150,000 tons of fabricated steel a year"]),
    },
    "hydcyl": {
        "R": (["珩磨管与镀铬棒供应商", "液压缸筒材厂"], ["honed tube and chrome bar supplier", "cylinder tubing mill"],
              ["珩磨管年产4万吨，内径40至500毫米", "镀铬活塞杆年产2.5万吨"],
              ["40,000 tonnes of honed tube from 40 to 500 mm bore", "25,000 tonnes of induction-hardened chrome bar a year"]),
        "M": (["液压油缸制造商", "油缸厂"], ["hydraulic cylinder manufacturer", "cylinder shop"],
              ["年产液压油缸30万支，缸径最大800毫米", "多级伸缩缸年产5万支"],
              ["300,000 cylinders a year up to 800 mm bore", "50,000 telescopic cylinders a year"]),
        "D": (["液压件代理商", "液压系统经销商"], ["hydraulics distributor", "fluid power dealer"],
              ["在全国设有9个服务中心", "常备液压件库存价值8000万元"],
              ["nine service centers with repair benches", "$12 million of hydraulic parts in stock"]),
        "E": (["自卸车改装厂", "专用车上装企业"], ["dump body builder", "truck body upfitter"],
              ["年改装自卸车6000台", "环卫车与自卸车上装年产4000台"],
              ["6,000 dump bodies a year", "4,000 refuse and dump bodies a year"]),
    },
    "pump": {
        "R": (["泵体铸件供应商", "铸造厂"], ["pump casting foundry", "impeller and casing foundry"],
              ["树脂砂铸件年产3万吨", "不锈钢精密铸件年产8000吨"],
              ["30,000 tonnes of resin-sand castings a year", "8,000 tonnes of stainless investment castings a year"]),
        "M": (["水泵制造商", "离心泵生产企业"], ["pump manufacturer", "centrifugal pump maker"],
              ["单级离心泵年产20万台", "多级泵与管道泵年产12万台"],
              ["200,000 end-suction pumps a year", "120,000 multistage and inline pumps a year"]),
        "D": (["水泵经销商", "泵阀分销商"], ["pump distributor", "pump and valve reseller"],
              ["下设门店15家", "库存水泵5000台"],
              ["15 branches and a pump repair shop", "5,000 pumps ready to ship"]),
        "E": (["自来水公司", "灌区管理单位"], ["water utility", "irrigation district"],
              ["日供水能力80万吨", "管理灌溉面积120万亩"],
              ["80 million gallons a day of treated water", "pumping stations serving 400,000 acres"]),
    },
    "boiler": {
        "R": (["锅炉管供应商", "锅炉受压件配套厂"], ["boiler tube supplier", "pressure parts fabricator"],
              ["20G高压锅炉管年产15万吨", "集箱与膜式壁年产1.2万吨"],
              ["150,000 tonnes of seamless boiler tube a year", "12,000 tonnes of headers and membrane walls a year"]),
        "M": (["锅炉制造商", "工业锅炉厂"], ["boiler manufacturer", "industrial boiler works"],
              ["燃气蒸汽锅炉年产2000台，单台最大75吨/小时", "生物质锅炉年产600台"],
              ["2,000 gas-fired steam boilers a year up to 165,000 lb/hr", "600 biomass boilers a year"]),
        "D": (["锅炉代理商", "锅炉安装工程公司"], ["boiler rep firm", "boiler sales and installation contractor"],
              ["年安装锅炉300台", "持证安装队伍12支"],
              ["300 boiler installations a year", "twelve licensed install crews"]),
        "E": (["食品加工厂", "区域供热公司"], ["food processing plant", "district heating operator"],
              ["蒸汽用量每小时60吨", "供热面积1800万平方米"],
              ["a process-steam load of 60 tonnes an hour", "a heating network serving 19 million square feet"]),
    },
    "gearbox": {
        "R": (["齿轮锻件供应商", "锻造厂"], ["gear forging supplier", "forge shop"],
              ["环锻件与齿坯年产5万吨", "两台8000吨液压机，年产齿轮锻件3万吨"],
              ["50,000 tonnes of ring and gear-blank forgings a year", "two 8,000-tonne presses and 30,000 tonnes of forgings a year"]),
        "M": (["减速机制造商", "齿轮箱厂"], ["gear reducer manufacturer", "gearbox builder"],
              ["硬齿面减速机年产8万台", "行星减速机年产12万台，最大扭矩200万牛米"],
              ["80,000 hardened-gear reducers a year", "120,000 planetary units a year up to 1.5 million lb-ft"]),
        "D": (["传动件经销商", "减速机代理商"], ["power transmission distributor", "gearbox reseller"],
              ["库存减速机2000台", "有自己的装配和维修车间"],
              ["2,000 reducers in stock", "an in-house assembly and rebuild shop"]),
        "E": (["水泥厂", "矿山企业"], ["cement plant", "mine operator"],
              ["熟料日产能1万吨", "年采矿量800万吨"],
              ["a 10,000-tonne-a-day clinker line", "eight million tonnes of ore a year"]),
    },
    "visioncam": {
        "R": (["图像传感器供应商", "CMOS芯片设计公司"], ["image sensor supplier", "CMOS sensor fab"],
              ["全局快门CMOS传感器年出货3000万颗", "工业级传感器产品线40余款"],
              ["30 million global-shutter sensors shipped a year", "more than 40 industrial sensor models"]),
        "M": (["工业相机制造商", "机器视觉相机厂"], ["machine vision camera maker", "industrial camera manufacturer"],
              ["面阵与线阵相机年产20万台", "GigE与万兆网相机全系列，年产8万台"],
              ["200,000 area-scan and line-scan cameras a year", "a full GigE and 10GigE line of 80,000 cameras a year"]),
        "D": (["机器视觉分销商", "视觉系统集成商"], ["machine vision distributor", "vision value-added reseller"],
              ["应用工程师30名", "在深圳和苏州设有演示实验室"],
              ["30 application engineers", "a demo lab and 500 active accounts"]),
        "E": (["电子组装厂", "锂电池工厂"], ["electronics assembly plant", "battery cell plant"],
              ["SMT产线60条", "年产电芯20GWh"],
              ["60 SMT lines", "20 GWh of cell capacity"]),
    },
    "crusher": {
        "R": (["耐磨铸件厂", "高锰钢铸造厂"], ["wear-parts foundry", "manganese steel foundry"],
              ["高锰钢颚板与锤头年产2万吨", "耐磨铸件年产1.5万吨"],
              ["20,000 tonnes of manganese jaw plates and hammers a year", "15,000 tonnes of wear castings a year"]),
        "M": (["破碎机制造商", "矿山机械厂"], ["crusher manufacturer", "crushing equipment builder"],
              ["颚式与圆锥破碎机年产1500台", "移动破碎站年产300套"],
              ["1,500 jaw and cone crushers a year", "300 track-mounted crushing plants a year"]),
        "D": (["破碎设备代理商", "矿机经销商"], ["crushing equipment dealer", "aggregate equipment distributor"],
              ["设有8个服务站", "备件库存价值3000万元"],
              ["eight service branches", "$5 million of spare parts on hand"]),
        "E": (["砂石骨料企业", "采石场"], ["quarry operator", "aggregates producer"],
              ["年产砂石骨料1000万吨", "运营采石场6座"],
              ["10 million tons of crushed stone a year", "six quarries and two sand plants"]),
    },
    "hoist": {
        "R": (["起重链条供应商", "圆环链厂"], ["load chain supplier", "alloy chain mill"],
              ["80级起重链条年产3万吨", "链条焊接与热处理线18条"],
              ["30,000 tonnes of grade 80 load chain a year", "eighteen chain welding and heat-treat lines"]),
        "M": (["电动葫芦制造商", "起重设备厂"], ["electric hoist manufacturer", "hoist and crane builder"],
              ["环链电动葫芦年产10万台", "0.25至20吨全系列，年产6万台"],
              ["100,000 electric chain hoists a year", "a quarter-ton-to-20-ton range and 60,000 units a year"]),
        "D": (["起重设备经销商", "吊装器材批发商"], ["lifting equipment distributor", "rigging supply house"],
              ["库存葫芦3000台", "每年为800家客户做起重设备年检"],
              ["3,000 hoists in stock", "inspection crews serving 800 sites"]),
        "E": (["钢结构加工厂", "物流仓储中心"], ["steel fabrication shop", "warehouse operator"],
              ["车间行车与葫芦200余台", "在全国运营仓库40座"],
              ["more than 200 hoists and cranes in daily use", "40 distribution warehouses"]),
    },
}  # fmt: skip

# chain -> (R material zh, R material en, E's own customers zh, en, name word zh, name word en)
CHAIN_EXTRA: dict[str, tuple[str, str, str, str, str, str]] = {
    "bearing": ("GCr15高碳铬轴承钢棒材", "52100 bearing steel bar", "种植合作社", "farm cooperative", "轴承", "Bearing"),
    "compressor": ("螺杆主机（机头）", "screw airends", "服装品牌", "apparel brand", "机电", "Air Systems"),
    "weldwire": ("ER70S-6焊丝用盘条", "ER70S-6 wire rod", "船东", "shipowner", "焊材", "Weld"),
    "hydcyl": ("珩磨管和镀铬棒", "honed tube and chrome-plated rod", "渣土运输公司", "hauling contractor", "液压", "Hydraulics"),
    "pump": ("泵壳和叶轮毛坯", "rough pump casings and impellers", "工业园区", "industrial park", "泵业", "Pump"),
    "boiler": ("20G高压锅炉管", "SA-210 seamless boiler tube", "连锁商超", "grocery chain", "锅炉", "Boiler"),
    "gearbox": ("18CrNiMo7-6齿轮锻件", "18CrNiMo7-6 gear blanks", "建材集团", "building-materials group", "传动", "Gear"),
    "visioncam": ("全局快门CMOS图像传感器", "global-shutter CMOS sensors", "终端品牌客户", "consumer electronics brand", "光电", "Vision"),
    "crusher": ("高锰钢颚板和衬板", "manganese jaw dies and liners", "商品混凝土公司", "road-building contractor", "重工", "Crushing"),
    "hoist": ("80级合金起重链条", "grade 80 alloy load chain", "建筑总包", "general contractor", "起重", "Hoist"),
}  # fmt: skip

STAGES = ("R", "M", "D", "E")
NEIGHBOURS = {"R": ("M",), "M": ("R", "D", "E"), "D": ("M", "E"), "E": ("M", "D")}

# Role nouns without the product: for a want that names only the role and the country, and
# for the role a company says it does NOT seek.
GENERIC_ZH = {"R": ["原材料供应商", "上游配套厂", "原料厂"], "M": ["生产厂家", "制造商", "源头工厂"],
              "D": ["代理商", "经销商", "一级代理"], "E": ["终端用户", "直接用户", "终端客户"]}  # fmt: skip
GENERIC_EN = {"R": ["raw-material supplier", "component supplier"], "M": ["manufacturer", "factory"],
              "D": ["distributor", "sales agent", "importer"], "E": ["end user", "direct customer"]}  # fmt: skip
NEG_ZH = {"R": ["原料供应商"], "M": ["厂家"], "D": ["代理商", "贸易商"], "E": ["客户", "订单"]}
NEG_EN = {"R": ["material suppliers"], "M": ["manufacturers"], "D": ["distributors", "traders"],
          "E": ["customers", "end users"]}  # fmt: skip

# ----------------------------------------------------------------------------------------
# Ways of writing. Per genre and language: "open" (other, first), "offer", "seek",
# "other" (middle), "close" (other, last). {served} is "" or a clause naming customers the
# company already serves; {want} the partner sought; {neg} a role it does not seek.
# ----------------------------------------------------------------------------------------
GENRES = {
    "feature": "trade-journal feature",
    "founder": "founder story",
    "speech": "match-making speech",
    "case": "customer case study",
    "interview": "interview summary",
}
PERSON = {"feature": 3, "founder": 1, "speech": 1, "case": 3, "interview": 3}

T: dict[str, dict[str, dict[str, list[str]]]] = {
    "feature": {
        "zh": {
            "open": ["【产业观察】\n", "本刊记者 {reporter}\n", "{city}的冬天来得早，{short}的车间里却一片忙碌。"],
            "offer": [
                "x:走进{city}{short}的厂区，很难想象这家企业{year}年创办时只有两台设备；¦o:如今它已是一家{noun}，{detail}{served}。",
                "{name}是业内少有的专注本行的{noun}，{detail}{served}。",
                "作为{noun}，{short}{detail}{served}。",
                "据{short}负责人介绍，公司目前{detail}{served}，在同类{noun}中排名靠前。",
                "记者了解到，{short}的定位很清晰：一家{noun}，{detail}。",
                "这家{noun}的底气来自规模：{detail}{served}。",
            ],
            "seek": [
                "{short}今年的重点，是找到{want}。",
                "谈到下一步，{person}说得很直接：“我们想找{want}。”",
                "如果能对接上{want}，{short}计划明年把海外业务占比提到三成。",
                "按照规划，{short}将在两年内与{want}建立长期合作。",
                "x:{short}并不打算再找{neg}，¦s:它真正需要的是{want}。",
                "谁会是{short}的下一个合作伙伴？{person}给出的答案是{want}。",
                "{short}给自己定下的目标伙伴画像：{want}。",
            ],
            "other": ["该公司员工约{staff}人，已通过{cert}认证。", "{short}创办于{year}年，总部位于{city}。", "2023年，该公司入选省级“专精特新”企业名单。"],
            "close": ["（本刊记者 {reporter}）", "（文/{reporter}）"],
        },
        "en": {
            "open": ["INDUSTRY PROFILE\n", "By {reporter}\n", "On a gray morning in {city}, the loading dock at {short} is already busy."],
            "offer": [
                "{name} is {a_noun} with {detail}{served}.",
                "x:Walk the floor in {city} and the scale is obvious. ¦o:The {noun} has {detail}{served}.",
                "{short} makes its living as {a_noun}, with {detail}{served}.",
                "x:Founded in {year}, ¦o:{name} now operates as {a_noun}{served}; its assets include {detail}.",
                "{short}, {a_noun}, has built its reputation on {detail}{served}.",
                "Today the company is, in the words of its staff, \"{a_noun} and proud of it,\" with {detail}.",
            ],
            "seek": [
                "What {short} wants next is {want}.",
                "\"We need {want},\" says {person}, the company's {title}.",
                "If the right partner turns up (ideally {want}), {short} plans to double its export volume by 2027.",
                "The plan for the coming year is a long-term agreement with {want}.",
                "x:{short} has no shortage of {neg_pl}; ¦s:what it lacks is {want}.",
                "Its target this year: {want}.",
                "Can it find {want}? {person} is betting on this season's trade missions.",
            ],
            "other": ["The company employs about {staff} people and holds {cert} certification.", "It was founded in {year} and is still family-owned.", "Last year it won a regional export award."],
            "close": ["(Reporting by {reporter})", "— {reporter}"],
        },
    },
    "founder": {
        "zh": {
            "open": ["我叫{person}，是{name}的创始人。", "我父亲是老钳工，我从小在车间里长大。", "{year}年，我辞掉国企的工作，在{city}租下一间旧厂房。"],
            "offer": [
                "x:从三个人的小作坊起步，¦o:今天的{short}已经是一家{noun}，{detail}{served}。",
                "说白了，我们就是一家{noun}：{detail}{served}。",
                "我常跟员工说，我们是{noun}，本分就是把活干好；现在{detail}{served}。",
                "x:我们在{city}，¦o:{detail}，算是当地数得上的{noun}。",
                "现在的{short}，{detail}{served}，是一家像样的{noun}了。",
                "这些年我们一门心思经营这家{noun}，{detail}{served}。",
            ],
            "seek": [
                "我现在最想做成的一件事，是和{want}建立长期合作。",
                "x:说实话，我们不缺{neg}，¦s:缺的是{want}。",
                "这次出来，我就是想找{want}。",
                "如果能遇到{want}，我愿意拿出最好的价格和账期。",
                "我心里的理想伙伴：{want}。",
                "下一步，我打算亲自跑一趟{country}，拜访{want}。",
                "谁能帮我们对接{want}？",
            ],
            "other": ["那几年吃了不少苦，最难的时候工资都发不出来。", "公司现在有{staff}名员工，{cert}认证也都拿下了。", "我女儿去年也回到公司，管外贸。"],
            "close": ["这就是我和{short}的故事。", "路还长，我们慢慢走。"],
        },
        "en": {
            "open": ["My name is {person}, and I founded {name}.", "My father was a machinist, and I grew up on the shop floor.", "In {year} I left a corporate job and rented an empty building in {city}."],
            "offer": [
                "x:It started with three people and one used machine. ¦o:Today we are {a_noun} with {detail}{served}.",
                "My team and I run {a_noun}, with {detail}{served}.",
                "What I built is, at heart, {a_noun}: {detail}{served}.",
                "These days we have {detail}{served}, which makes us a fair-sized {noun}.",
                "I'm proud of where {short} stands: {a_noun} with {detail}{served}.",
                "We're {a_noun} through and through, and we've grown to {detail}{served}.",
            ],
            "seek": [
                "What I want now is {want}.",
                "x:Honestly, we have enough {neg_pl}; ¦s:what I'm missing is {want}.",
                "My next trip is to meet {want}.",
                "If I can find {want}, I'll commit volume for five years.",
                "The partner I have in mind: {want}.",
                "Do you know {want}? I'd love an introduction.",
                "I'm looking for {want}.",
            ],
            "other": ["It took us seven years to break even.", "We now employ {staff} people and hold {cert} certification.", "My daughter joined last year to run exports."],
            "close": ["That's our story so far.", "We're still writing the next chapter."],
        },
    },
    "speech": {
        "zh": {
            "open": ["各位来宾，各位朋友，大家上午好！\n", "尊敬的各位嘉宾，大家好！\n", "感谢主办方给我这次发言的机会。\n"],
            "intro": ["我是{name}的{title}{person}。", "我来自{name}，我叫{person}。"],
            "offer": [
                "我们公司是一家{noun}，{detail}{served}。",
                "x:{short}总部在{city}，¦o:是一家{noun}，{detail}{served}。",
                "简单介绍一下：我们是{noun}，成立{years}年，{detail}{served}。",
                "我们是{noun}，{detail}{served}，这就是我们的家底。",
                "先说我们能做什么：{short}是{noun}，{detail}{served}。",
                "我们的身份是{noun}，{detail}{served}。",
            ],
            "seek": [
                "今天来到这里，我们希望认识{want}。",
                "我们这次的目标很明确：{want}。",
                "x:我们不找{neg}，¦s:只找{want}。",
                "如果在座有{want}，会后欢迎到我们的展台交流。",
                "我们计划年内与{want}签下第一份合作协议。",
                "哪位朋友是{want}？请一定来找我。",
                "希望通过这次对接会，结识{want}。",
            ],
            "other": ["我们公司有{staff}名员工，通过了{cert}认证。"],
            "close": ["\n谢谢大家！", "\n祝本次对接会圆满成功，谢谢！", "\n我们的展位在B区12号，欢迎来坐坐。谢谢！"],
        },
        "en": {
            "open": ["Good morning, everyone.\n", "Good afternoon, and thank you to the organizers for having me.\n", "Hello everyone, and thanks for staying after lunch.\n"],
            "intro": ["My name is {person}, and I'm the {title} of {name}.", "I'm {person}, from {name}."],
            "offer": [
                "We are {a_noun} with {detail}{served}.",
                "Let me tell you what we do: {short} is {a_noun}, with {detail}{served}.",
                "In short, we're {a_noun}: {detail}{served}.",
                "x:Back home in {city}, ¦o:we run {a_noun} with {detail}{served}.",
                "Our company is {a_noun}, and we have {detail}{served}.",
                "What we bring to the table is simple: we're {a_noun} with {detail}{served}.",
            ],
            "seek": [
                "We came here today to meet {want}.",
                "Our goal this week is clear: {want}.",
                "x:We're not here for {neg_pl}; ¦s:we're here to find {want}.",
                "If you are {want}, please come and see us after this session.",
                "By the end of the year we plan to sign our first contract with {want}.",
                "Is there {want} in the room? I'd love to talk.",
                "We hope this event connects us with {want}.",
            ],
            "other": ["We have {staff} employees and {cert} certification."],
            "close": ["\nThank you.", "\nThank you, and enjoy the rest of the event.", "\nOur table is number 14, by the window. Thank you!"],
        },
    },
    "case": {
        "zh": {
            "open": ["【客户案例】\n", "成功案例｜{short}\n", "案例分享\n"],
            "offer": [
                "{short}是一家{noun}，{detail}{served}。",
                "项目背景：{short}作为{noun}，{detail}。",
                "{year}年，{client}找到{short}，要求在三个月内完成交付。¦作为{noun}，{short}{detail}，最终提前两周交货。",
                "{client}是{short}的老客户。¦这家{noun}{detail}，交付准时率保持在99%以上。",
                "{short}这家{noun}{detail}，去年帮助{client}把采购成本降低了12%。",
                "成果：{short}{detail}，已稳定服务{client}三年。",
            ],
            "seek": [
                "下一步，{short}的目标是找到{want}。",
                "下一个目标：{want}。",
                "接下来，公司计划与{want}合作，把这一模式复制到{country}市场。",
                "{short}表示，如果能牵手{want}，明年营收有望增长四成。",
                "x:公司已经有了稳定的{neg}，¦s:下一步要补上的是{want}。",
                "“我们希望下一个案例的主角是{want}。”{person}说。",
                "新的问题摆在面前：去哪里找{want}？",
            ],
            "other": ["项目期间，双方共召开技术协调会11次。", "该项目获评年度行业优秀案例。"],
            "close": [],
        },
        "en": {
            "open": ["CASE STUDY\n", "Customer success story: {short}\n", "Case study | {short}\n"],
            "offer": [
                "{name} is {a_noun} with {detail}{served}.",
                "Last year {client} came to {short} with a tight deadline. ¦As {a_noun} with {detail}, {short} delivered in six weeks.",
                "The challenge: {client} needed a reliable source. The solution: {short}, {a_noun} with {detail}.",
                "Results: {short} now serves {client} on a three-year contract, backed by {detail}.",
                "With {detail}, {short} helped {client} cut downtime by 18%.",
                "{Client} has worked with {short} since {year}. ¦The {noun} has {detail}{served}.",
            ],
            "seek": [
                "Next goal: {want}.",
                "What's next? {short} wants to repeat the result with {want}.",
                "The next step is a partnership with {want}.",
                "If {short} can land {want}, it expects to add 30% to revenue by 2027.",
                "x:{short} already has {neg_pl} in place; ¦s:the missing piece is {want}.",
                "\"Our next case study should feature {want},\" says {person}.",
                "The company is now looking for {want}.",
            ],
            "other": ["The project team held eleven technical reviews along the way.", "The project won a regional supplier award."],
            "close": [],
        },
    },
    "interview": {
        "zh": {
            "open": ["在本期{show}中，主持人与{name}{title}{person}聊了聊企业出海。", "本期视频访谈的嘉宾是{short}{title}{person}。", "编者按：本期节目邀请到{name}的{person}。"],
            "offer": [
                "{person}介绍，{short}是一家{noun}，{detail}{served}。",
                "在{person}看来，作为{noun}，公司最大的优势是{detail}{served}。",
                "x:访谈中，{person}回顾了公司从{year}年至今的发展，¦o:如今{short}已是{noun}，{detail}。",
                "据{person}透露，{short}目前{detail}{served}。",
                "{person}用一句话概括自家公司：“我们就是{noun}，{detail}。”",
                "谈及业务，{person}表示公司定位为{noun}，{detail}{served}。",
            ],
            "seek": [
                "{person}坦言，公司目前最需要的是{want}。",
                "节目最后，{person}向听众发出邀请：希望结识{want}。",
                "x:{person}特别强调，公司不缺{neg}，¦s:缺的是{want}。",
                "按{person}的计划，公司将在明年与{want}建立合作。",
                "如果能找到{want}，{person}认为公司的出口额可以翻一番。",
                "“我们在找{want}。”{person}说。",
                "那么，{short}在找谁？答案是{want}。",
            ],
            "other": ["{person}还谈到了近两年的原材料价格波动。", "公司成立于{year}年，目前员工{staff}人。"],
            "close": ["访谈全长约40分钟，可在各大音频平台收听。", "本文由编辑根据访谈内容整理，有删节。"],
        },
        "en": {
            "open": ["In this episode of {show}, host {host} talks with {person}, {title} of {name}.", "Our video guest this week is {person} of {name}.", "Editor's note: this summary covers our conversation with {person} of {name}."],
            "offer": [
                "{person} explains that {short} is {a_noun} with {detail}{served}.",
                "Asked about the business, {person} describes the company as {a_noun} with {detail}{served}.",
                "x:{person} walks through the company's history since {year}; ¦o:today it is {a_noun} with {detail}.",
                "According to {person}, {short} now has {detail}{served}.",
                "\"We're {a_noun}, plain and simple,\" {person} says, pointing to {detail}.",
                "Much of the conversation centers on scale: {short}, {a_noun}, has {detail}{served}.",
            ],
            "seek": [
                "{person} is candid that the company's biggest need is {want}.",
                "Toward the end, {person} makes an open call to listeners: the company wants to meet {want}.",
                "x:{person} stresses that {short} doesn't need more {neg_pl}; ¦s:it needs {want}.",
                "The plan, {person} says, is to sign with {want} within a year.",
                "If the company finds {want}, {person} expects exports to double.",
                "\"We're looking for {want},\" {person} says.",
                "So who is {short} looking for? {Want}.",
            ],
            "other": ["{person} also talks about steel prices and freight costs.", "The company was founded in {year} and has {staff} employees."],
            "close": ["The full episode runs 38 minutes.", "This summary has been edited for length and clarity."],
        },
    },
}  # fmt: skip

# A want of the maker's input named by its material, not by a role noun (first / third person).
MATERIAL_SEEK = {
    ("zh", 1): ["我们需要{material}，希望长期采购。", "原料上，我们每个月要用大量{material}，想找新的货源。", "眼下最急需的是{material}。"],
    ("zh", 3): ["{short}需要{material}，计划签长期采购协议。", "原料端，{short}正在寻求新的{material}来源。", "该公司眼下最急需的，是{material}。"],
    ("en", 1): ["We need {material}, on a long-term contract.", "On the input side, we're short of {material}.", "What we need most right now is {material}."],
    ("en", 3): ["{short} needs {material} on a long-term contract.", "On the input side, the company is short of {material}.", "What {short} needs most right now is {material}."],
}  # fmt: skip

# Customers the company already serves (named in the offer; not what it seeks).
SERVED_ZH = {"sell": ["，长期为{x}供货", "，客户以{x}为主", "，产品稳定供应给多家{x}"],
             "rep": ["，目前已是三家{x}的授权代理", "，长期代理两家{x}的产品"]}  # fmt: skip
SERVED_EN = {"sell": [", already supplying {xs} in {region}", ", selling mainly to {xs}", ", already serving {xs} across {region}"],
             "rep": [", already the authorized agent for three {xs}", ", already carrying lines from two {xs}"]}  # fmt: skip

# ----------------------------------------------------------------------------------------
# Names, places and noise.
# ----------------------------------------------------------------------------------------
PROVINCES = ["浙江", "江苏", "山东", "河北", "广东", "河南", "湖北", "辽宁", "福建", "安徽"]
CN_CITIES = ["宁波", "无锡", "临沂", "泉州", "台州", "洛阳", "常州", "佛山", "襄阳", "瓦房店"]
CN_CITIES_EN = ["Ningbo", "Wuxi", "Changzhou", "Taizhou", "Luoyang", "Foshan", "Jinan"]
BRAND_ZH = [
    "恒力",
    "金达",
    "瑞丰",
    "华泰",
    "鑫源",
    "凯达",
    "中亿",
    "宝晟",
    "正通",
    "永固",
    "远航",
    "德瑞",
    "天工",
    "博宇",
]
BRAND_PY = [
    "Hengli",
    "Jinda",
    "Ruifeng",
    "Huatai",
    "Xinyuan",
    "Kaida",
    "Zhongyi",
    "Baosheng",
    "Zhengtong",
    "Yonggu",
]
CN_SUFFIX = [
    "科技有限公司",
    "股份有限公司",
    "有限公司",
    "贸易有限公司",
    "制造有限公司",
    "实业有限公司",
    "机械有限公司",
    "供应链有限公司",
]
US_FIRST = ["Harbor Ridge", "Great Lakes", "Iron Valley", "Keystone", "Prairie State", "Blue Mesa", "Cedar Point",
            "Summit", "Redwood", "Tri-County", "Northfield", "Copperline", "Lone Star", "Bayview", "Granite Falls", "Mill Creek"]  # fmt: skip
US_SUFFIX = ["LLC", "Inc.", "Supply Co.", "Manufacturing Inc.", "Distributors LLC", "Industries", "Works LLC",
             "Equipment Co.", "Sales & Service Inc.", "Trading Corp."]  # fmt: skip
US_BRAND_ZH = ["峰石", "湖岸", "北原", "金谷", "蓝峡", "红杉", "橡树溪"]
US_ZH_SUFFIX = ["公司", "集团", "有限公司", "工业公司", "贸易公司"]
US_CITIES = ["Toledo, Ohio", "Peoria, Illinois", "Fort Wayne, Indiana", "Greenville, South Carolina", "Tulsa, Oklahoma",
             "Rockford, Illinois", "Milwaukee", "Houston", "Birmingham, Alabama", "Erie, Pennsylvania"]  # fmt: skip
US_CITIES_ZH = ["俄亥俄州托莱多", "休斯敦", "密尔沃基", "芝加哥郊区", "南卡罗来纳州格林维尔"]
US_STATES = ["Ohio", "Texas", "Michigan", "Georgia", "Indiana", "Pennsylvania", "Wisconsin"]
US_REGIONS = ["the Midwest", "the Gulf Coast", "the Southeast", "New England", "Texas"]
CN_REGIONS_EN = ["eastern China", "Jiangsu and Zhejiang", "the Pearl River Delta"]
ZH_PERSONS = ["王建国", "李慧", "陈志强", "刘洋", "张敏", "赵立新", "周涛", "孙丽娟", "黄海波"]
ZH_PERSONS_US = ["Kevin Liu", "Grace Wang", "David Chen", "Michelle Zhou"]
EN_PERSONS = [
    "Dana Whitfield",
    "Mark Ortega",
    "Rachel Kim",
    "Tom Brennan",
    "Luis Romero",
    "Amy Caldwell",
    "Greg Novak",
]
EN_PERSONS_CN = ["Wang Jianguo", "Li Hui", "Chen Zhiqiang", "Zhang Min", "Zhou Tao"]
ZH_TITLES = ["董事长", "总经理", "创始人", "销售总监", "海外业务负责人"]
EN_TITLES = ["CEO", "president", "founder", "VP of sales", "head of international business"]
ZH_SHOWS = ["《制造出海》播客", "《工业品观察》视频访谈", "《链上好物》节目"]
EN_SHOWS = ["The Shop Floor podcast", "Made & Moved", "the Industrial Exchange video series"]
EN_HOSTS = ["Jen Alvarez", "Pete Harmon", "Sam Okafor"]
CERTS = ["ISO 9001", "ISO 14001", "IATF 16949", "CE", "API Q1", "ASME"]
# Words that do not fit a US company writing Chinese (Chinese places, honours, currency).
CN_ONLY = ["专精特新", "国企", "华东", "长三角", "全省", "深圳", "万元"]

COUNTRY_ZH = {
    "CN": ["美国", "北美", "美国本土"],
    "US": ["中国", "中国大陆"],
}  # country of the wanted partner
COUNTRY_EN = {
    "CN": (["American", "US"], ["the US", "North America"]),
    "US": (["Chinese"], ["China"]),
}


def an(noun: str) -> str:
    """``noun`` with the indefinite article."""
    return ("an " if noun[0].lower() in "aeiou" else "a ") + noun


def plural(noun: str) -> str:
    """English plural of a role noun (its head is the last word)."""
    if noun.endswith("works"):
        return noun
    if noun.endswith("y") and noun[-2] not in "aeiou":
        return noun[:-1] + "ies"
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    return noun + "s"


def cap(text: str) -> str:
    return text[0].upper() + text[1:]


def parse(template: str, default: str, values: dict[str, str]) -> list[tuple[str, str]]:
    """The (text, kind) pieces of a template filled with ``values``."""
    kinds = {"o": "offer", "s": "seek", "x": "other"}
    out = []
    for piece in template.split("¦"):
        kind, text = default, piece
        if len(piece) > 2 and piece[1] == ":" and piece[0] in kinds:
            kind, text = kinds[piece[0]], piece[2:]
        out.append((text.format(**values).replace("..", "."), kind))
    return out


# ----------------------------------------------------------------------------------------
# Roles of one chain.
# ----------------------------------------------------------------------------------------
def chain_roles(rng: random.Random) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(stage, want) of the Chinese and of the US companies of one chain: the Chinese
    companies' partners, one trap beside each of the first three, then the chain at random."""
    combos = [(s, w) for s in STAGES for w in NEIGHBOURS[s]]
    cn = rng.sample(combos, N_CN)
    us = [(w, s) for s, w in cn]
    traps = []
    for i, (s, w) in enumerate(cn):
        kind = i % 3
        wrong_want = [x for x in NEIGHBOURS[w] if x != s]
        wrong_offer = [x for x in NEIGHBOURS[s] if x != w]
        if kind == 1 and wrong_want:  # offers what it seeks, wants something else
            traps.append((w, rng.choice(wrong_want)))
        elif kind == 2 and wrong_offer:  # wants its product, offers nothing it seeks
            traps.append((rng.choice(wrong_offer), s))
        else:  # a US competitor: same stage, same want
            traps.append((s, w))
    us += traps[: N_US - len(us)]
    while len(us) < N_US:
        us.append(rng.choice(combos))
    return cn, us


# ----------------------------------------------------------------------------------------
# One company.
# ----------------------------------------------------------------------------------------
def company_name(rng: random.Random, chain: str, side: str, lang: str) -> tuple[str, str]:
    """(full name, short name) in ``lang``; the name words are chosen regardless of the
    company's stage, so "贸易" or "Distributors" can sit in a maker's name."""
    word_zh, word_en = CHAIN_EXTRA[chain][4:6]
    if side == "CN" and lang == "zh":
        brand = rng.choice(BRAND_ZH)
        return (
            f"{rng.choice(PROVINCES)}{brand}{word_zh}{rng.choice(CN_SUFFIX)}",
            f"{brand}{word_zh}",
        )
    if side == "CN":
        brand = rng.choice(BRAND_PY)
        return f"{rng.choice(CN_CITIES_EN)} {brand} {word_en} Co., Ltd.", f"{brand} {word_en}"
    if lang == "zh":
        brand = rng.choice(US_BRAND_ZH)
        return f"美国{brand}{word_zh}{rng.choice(US_ZH_SUFFIX)}", f"{brand}{word_zh}"
    first = rng.choice(US_FIRST)
    return f"{first} {word_en} {rng.choice(US_SUFFIX)}", first


def want_phrase(
    rng: random.Random, chain: str, side: str, lang: str, *, want: str
) -> tuple[str, bool]:
    """The partner sought, in ``lang``; True when it names only the role and the country."""
    stages = CHAINS[chain]
    bare = rng.random() < 0.25
    if lang == "zh":
        country = rng.choice(COUNTRY_ZH[side])
        noun = rng.choice(GENERIC_ZH[want]) if bare else rng.choice(stages[want][0])
        if bare:
            return rng.choice(
                [f"{country}的{noun}", f"{country}{noun}", f"一家{country}{noun}"]
            ), True
        return rng.choice(
            [
                f"{country}{noun}",
                f"{country}的{noun}",
                noun,
                f"一家{country}{noun}",
                f"可靠的{noun}",
            ]
        ), False
    adjs, places = COUNTRY_EN[side]
    noun = rng.choice(GENERIC_EN[want]) if bare else rng.choice(stages[want][1])
    if bare:
        return rng.choice(
            [an(f"{rng.choice(adjs)} {noun}"), f"{an(noun)} in {rng.choice(places)}"]
        ), True
    return rng.choice([an(f"{rng.choice(adjs)} {noun}"), f"{an(noun)} in {rng.choice(places)}", an(noun),
                       f"a reliable {noun}", f"a large {noun} in {rng.choice(places)}"]), False  # fmt: skip


def served_phrase(
    rng: random.Random, chain: str, side: str, lang: str, *, stage: str, want: str
) -> str:
    """A clause naming customers (or, for a distributor seeking customers, the makers it already
    represents) that are not what the company seeks; "" for half of those who can have one."""
    if stage == "M":
        options = [("sell", x) for x in ("D", "E") if x != want]
    elif stage == "D":
        options = [("sell", "E")] if want == "M" else [("rep", "M")]
    else:
        options = []
    if not options or rng.random() < 0.5:
        return ""
    how, who = rng.choice(options)
    if lang == "zh":
        return rng.choice(SERVED_ZH[how]).format(x=rng.choice(CHAINS[chain][who][0]))
    region = rng.choice(US_REGIONS if side == "US" else CN_REGIONS_EN)
    return rng.choice(SERVED_EN[how]).format(
        xs=plural(rng.choice(CHAINS[chain][who][1])), region=region
    )


def client_phrase(
    rng: random.Random, chain: str, side: str, lang: str, *, stage: str, want: str
) -> str:
    """A customer the company has served (case studies): the next stage down the chain."""
    down = {"R": "M", "M": rng.choice([x for x in ("D", "E") if x != want] or ["D"]), "D": "E"}.get(
        stage
    )
    if lang == "zh":
        noun = CHAIN_EXTRA[chain][2] if down is None else rng.choice(CHAINS[chain][down][0])
        where = (
            rng.choice(PROVINCES) if side == "CN" else rng.choice(["得州", "俄亥俄州", "密歇根州"])
        )
        return rng.choice([f"{where}一家{noun}", f"{where}某大型{noun}"])
    noun = CHAIN_EXTRA[chain][3] if down is None else rng.choice(CHAINS[chain][down][1])
    where = (
        rng.choice(US_STATES) if side == "US" else rng.choice(["Jiangsu", "Shandong", "Guangdong"])
    )
    return rng.choice([f"{an(noun)} in {where}", f"a large {noun} in {where}"])


def describe(rng: random.Random, oid: str, side: str, *, chain: str, stage: str, want: str,
             genre: str, lang: str) -> dict[str, object]:  # fmt: skip
    """One organization with its description, segments and hidden role."""
    name, short = company_name(rng, chain, side, lang)
    zh_nouns, en_nouns, zh_details, en_details = CHAINS[chain][stage]
    want_text, bare = want_phrase(rng, chain, side, lang, want=want)
    negs = [x for x in NEIGHBOURS[stage] if x != want] or ["D"]
    neg = rng.choice(negs)
    person_pool = {("CN", "zh"): ZH_PERSONS, ("US", "zh"): ZH_PERSONS_US,
                   ("CN", "en"): EN_PERSONS_CN, ("US", "en"): EN_PERSONS}[(side, lang)]  # fmt: skip
    if lang == "zh":
        city = rng.choice(CN_CITIES if side == "CN" else US_CITIES_ZH)
    else:
        city = rng.choice(CN_CITIES_EN if side == "CN" else US_CITIES)
    pick = rng.randrange(2)  # a role noun and the detail that goes with it
    nouns, details = (zh_nouns, zh_details) if lang == "zh" else (en_nouns, en_details)
    noun, detail = nouns[pick], details[pick]
    if side == "US" and any(w in detail for w in CN_ONLY):
        noun, detail = nouns[1 - pick], details[1 - pick]
    values = {
        "name": name, "short": short, "noun": noun, "a_noun": an(noun),
        "detail": detail,
        "served": served_phrase(rng, chain, side, lang, stage=stage, want=want),
        "client": (client := client_phrase(rng, chain, side, lang, stage=stage, want=want)), "Client": cap(client),
        "want": want_text, "Want": cap(want_text),
        "neg": rng.choice(NEG_ZH[neg]), "neg_pl": rng.choice(NEG_EN[neg]),
        "material": CHAIN_EXTRA[chain][0 if lang == "zh" else 1],
        "person": rng.choice(person_pool), "title": rng.choice(ZH_TITLES if lang == "zh" else EN_TITLES),
        "city": city, "year": str(rng.randint(1988, 2016)), "years": str(rng.randint(8, 30)),
        "staff": str(rng.choice([60, 120, 180, 260, 350, 480, 900, 1500])), "cert": rng.choice(CERTS),
        "reporter": rng.choice(["周明", "林晓"] if lang == "zh" else ["Karen Doyle", "Mike Travers"]),
        "show": rng.choice(ZH_SHOWS if lang == "zh" else EN_SHOWS), "host": rng.choice(EN_HOSTS),
        "country": "中国" if side == "US" else "北美",
    }  # fmt: skip
    t = {
        k: [x for x in v if not (side == "US" and any(w in x for w in CN_ONLY))] or v
        for k, v in T[genre][lang].items()
    }  # a US firm writing Chinese: no Chinese places or honours
    offer_template = rng.choice(t["offer"])
    offer = parse(offer_template, "offer", values)
    material = want == "R" and rng.random() < 0.6
    if material:
        seek = parse(rng.choice(MATERIAL_SEEK[(lang, PERSON[genre])]), "seek", values)
    else:
        seek = parse(rng.choice(t["seek"]), "seek", values)
    other = parse(rng.choice(t["other"]), "other", values) if rng.random() < 0.5 else []
    opening = parse(rng.choice(t["open"]), "other", values) if rng.random() < 0.6 else []
    closing = (
        parse(rng.choice(t["close"]), "other", values) if t["close"] and rng.random() < 0.5 else []
    )

    # Order of the sentences: the genre fixes the frame; the want comes first, in the middle
    # or last where the genre allows it.
    if genre == "speech":
        opening = parse(rng.choice(t["open"]), "other", values)
        intro = parse(rng.choice(t["intro"]), "other", values)
        body = [offer, seek, other] if rng.random() < 0.6 else [seek, offer, other]
        units = [opening, intro, *body, closing]
    elif genre == "case":  # ends with the company's next goal
        units = [opening, offer, other, seek]
    else:
        r = rng.random()
        if r < 0.25:
            units = [opening, seek, offer, other, closing]
        elif r < 0.5:
            units = [opening, offer, seek, other, closing]
        else:
            units = [opening, offer, other, seek, closing]
    units = [u for u in units if u]

    # Join the sentences: no space in Chinese, a space in English, nothing after a line break.
    segments: list[list[str]] = []
    for unit in units:
        if segments:
            prev = segments[-1][0]
            if lang == "en" and not prev.endswith("\n") and not unit[0][0].startswith("\n"):
                segments[-1][0] = prev + " "
        segments.extend([text, kind] for text, kind in unit)
    description = "".join(text for text, _ in segments)
    flags = {"served": bool(values["served"]) and "{served}" in offer_template, "bare": bare and not material,
             "negated": any(k == "other" for _, k in seek), "material": material}  # fmt: skip
    return {"id": oid, "side": side, "name": {lang: name}, "description": {lang: description},
            "_segments": segments, "_role": f"{chain}:{stage}>{want}", "_chain": chain,
            "_stage": stage, "_want": want, "_genre": GENRES[genre], "_flags": flags}  # fmt: skip


# ----------------------------------------------------------------------------------------
# The set, its checks and its files.
# ----------------------------------------------------------------------------------------
def build() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    roles: list[tuple[str, str, str, str]] = []  # side, chain, stage, want
    for chain in CHAINS:
        cn, us = chain_roles(rng)
        roles += [("CN", chain, s, w) for s, w in cn] + [("US", chain, s, w) for s, w in us]
    # about one in ten writes the other side's language; the genres are spread evenly within
    # each language
    cn_idx = [i for i, r in enumerate(roles) if r[0] == "CN"]
    us_idx = [i for i, r in enumerate(roles) if r[0] == "US"]
    flipped = set(rng.sample(cn_idx, round(len(cn_idx) / 10))) | set(
        rng.sample(us_idx, round(len(us_idx) / 10))
    )
    langs = [("zh" if r[0] == "CN" else "en") if i not in flipped else ("en" if r[0] == "CN" else "zh")
             for i, r in enumerate(roles)]  # fmt: skip
    genres = [""] * len(roles)
    for lang in ("zh", "en"):
        idx = [i for i in range(len(roles)) if langs[i] == lang]
        rng.shuffle(idx)
        start = rng.randrange(len(GENRES))
        for n, i in enumerate(idx):
            genres[i] = list(GENRES)[(start + n) % len(GENRES)]
    orgs = []
    counters = Counter()
    for i, (side, chain, stage, want) in enumerate(roles):
        counters[side] += 1
        oid = f"{PREFIX}{side.lower()}{counters[side]:03d}"
        orgs.append(
            describe(
                rng, oid, side, chain=chain, stage=stage, want=want, genre=genres[i], lang=langs[i]
            )
        )
    return orgs


USED_NAMES = """airfilter am animation bamboo bed billiards boba bottle bowling bpmonitor brake cable candle
carpet cart carton carwash casket chair charging clipper cnc coffee coldchain cone conveyor cookware
cosmetics crucible cup dairy deicer desal desk diaper dinnerware drillbit drone dryer dumpling ebike
ebus egg electrolyser elevator excavator extinguisher eyewear fastener faucet fertilizer firework
forklift fries furniture garlic garment generics glove golf greenhouse grindwheel guitar heatpump
helmet honey hose hottub imaging insulator ivd kayak keg knife ladder lanyard laundry led lithium
locker luggage mattress medal meddev mold motor mower mushroom netpen nuts oven padlock paint pallet
peach pencil petfood piano pickle pickleball pillow pipe powerchip printing pv railcar robot saddle
sausage sawblade scaffold scrubs seafood seating sewing socks solarheater soy spice storage syringe
tackle tea tent tile toothbrush towel toy trampoline transformer treadmill truckscale turf turnout
tyre umbrella valve vending wallcovering wastecart wastewater watermeter wheelchair wig wind window
wine wrench xmastree zipper"""
USED = set(USED_NAMES.split())


def partners_of(orgs: list[dict[str, object]]) -> dict[str, list[str]]:
    partners: dict[str, list[str]] = {}
    for a in orgs:
        for b in orgs:
            if (a["side"] != b["side"] and a["_chain"] == b["_chain"]
                    and a["_stage"] == b["_want"] and b["_stage"] == a["_want"]):  # fmt: skip
                partners.setdefault(str(a["id"]), []).append(str(b["id"]))
    return partners


def check(orgs: list[dict[str, object]], partners: dict[str, list[str]]) -> None:
    ids = [o["id"] for o in orgs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert (
        sum(o["side"] == "CN" for o in orgs) == 10 * N_CN
        and sum(o["side"] == "US" for o in orgs) == 10 * N_US
    )
    assert len(CHAINS) == 10 and not set(CHAINS) & USED, "chains must be ten new ones"
    for o in orgs:
        oid, side = str(o["id"]), o["side"]
        assert oid.startswith(f"{PREFIX}{str(side).lower()}"), oid
        ((lang, text),) = o["description"].items()  # type: ignore[union-attr]
        assert list(o["name"]) == [lang]  # type: ignore[arg-type]
        segs = o["_segments"]
        assert "".join(s for s, _ in segs) == text, oid
        assert all(s and k in ("offer", "seek", "other") for s, k in segs), oid
        assert any(k == "offer" for _, k in segs) and any(k == "seek" for _, k in segs), oid
        assert "{" not in text and "}" not in text and "¦" not in text, oid
        assert o["_chain"] in CHAINS and o["_want"] in NEIGHBOURS[str(o["_stage"])], oid
        if side == "CN":
            assert partners.get(oid), f"{oid} has no partner"


def main() -> None:
    orgs = build()
    partners = partners_of(orgs)
    check(orgs, partners)
    gold = {
        "partners": partners,
        "roles": {o["id"]: o["_role"] for o in orgs},
        "split": dict.fromkeys(partners, "corpus"),
        "genres": {o["id"]: o["_genre"] for o in orgs},
    }
    segments = {o["id"]: o["_segments"] for o in orgs}
    stats = Counter()
    for o in orgs:
        lang = next(iter(o["description"]))  # type: ignore[call-overload]
        stats[("genre", o["_genre"], lang)] += 1
        stats[("lang", o["side"], lang)] += 1
        stats[("role", o["_role"].split(":")[1])] += 1  # type: ignore[union-attr]
        for flag, on in o["_flags"].items():  # type: ignore[union-attr]
            stats[("hard case", flag)] += on
    profiles = {"format": "tradebridge-profiles/1",
                "organizations": [{k: v for k, v in o.items() if not k.startswith("_")} for o in orgs]}  # fmt: skip
    for file, data in (
        ("roles_corpus2", profiles),
        ("roles_corpus2_gold", gold),
        ("roles_corpus2_segments", segments),
    ):
        (HERE / f"{file}.json").write_text(
            json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8"
        )
    cn = sum(o["side"] == "CN" for o in orgs)
    print(f"roles_corpus2: {cn} CN x {len(orgs) - cn} US, {len(partners)} with a partner")
    for key in sorted(stats):
        print("  " + " / ".join(key) + f": {stats[key]}")


if __name__ == "__main__":
    main()
