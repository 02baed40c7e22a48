# ruff: noqa: E501  (the chains, templates and role phrases are data; wrapping them would only hurt reading)
"""Write the eleventh training corpus for the partner recommender: ``roles_corpus11.json``,
``roles_corpus11_gold.json`` and ``roles_corpus11_segments.json``.

    python bench/recommend/make_corpus11.py

Ten value chains of machines and devices with electronics inside (agricultural spray drones,
LED street lights, EV chargers, robot vacuums, smart thermostats, industrial robot arms, CNC
machine tools, Bluetooth earbuds, barcode scanners, POS terminals), each with the stages R (key
component or material supplier), M (maker), D (distributor, importer, dealer, integrator) and
E (end buyer or user: a spraying contractor, a lighting contractor, a charging network, a hotel
group, a job shop, a grocery chain...), two trade-specific role nouns per stage and language.
4 Chinese and 7 US companies per chain: each Chinese company's gold partner, then the traps
beside it (a competitor: same stage, same want; a company offering what it seeks but wanting
something else; one wanting its product but offering nothing it seeks), then the rest of the
chain. Mostly Chinese companies write Chinese and US companies English; 5 Chinese companies
write English and 8 US companies Chinese.

Five ways of writing, spread evenly over both sides and both languages:

* a transcript of a chat with the platform's matchmaking assistant bot ("Assistant: …",
  "助手：…"), the company answering, the bot sometimes restating the want as a question or a
  summary;
* a trade-mission debrief written by secretariat staff (title, byline, delegate line,
  bullets, action line; third person);
* flyer / poster text (brand line, tagline, "WANTED:", "诚招…", booth, QR code, hotline);
* answers on a start-up accelerator demo-day application (questions and answers, sometimes a
  reviewer's note);
* a bid-qualification company CV (资质文件 / company qualification statement: numbered
  sections, scope of business, certificates, past performance, teaming and partnering).

Each description is built from clauses labelled ``offer`` (what the company is, makes, sells,
whom it already serves), ``seek`` (what or whom it wants now) or ``other`` (headers, speaker
tags, questions of a form, numbers, boilerplate, and negated wants such as "不找经销商，" /
"We've got distributors covered; "); the clauses concatenated are the description, and are
written to the segments file. Hard cases, each in several documents: customers already served
named in the offer (offer, not seek), negated wants, role nouns inside company names that
differ from the company's stage ("… Distribution" for a maker, "…制造" for a dealer), wants
naming only a generic role and the country ("a US distributor", "中国生产厂家"), a maker's want
named by its input material ("harmonic reducers and servo motors"), wants first, in the middle
or last, with and without verbs of wanting, as a label, a quotation, a question, a condition,
a plan or in the third person (a bot's summary, a reviewer's note, a debrief).

A pair (CN, US) is gold when both are in one chain and each one's stage is what the other
seeks. Ids are given after shuffling each side, so they say nothing of chains or partners.

Standard library only; deterministic (``random.Random(SEED)``).
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path

from corpus_tools import Ctx, place, plural, traps_covered

HERE = Path(__file__).resolve().parent
SEED = 111111
PREFIX = "k11"
N_CN, N_US = 4, 7
STAGES = ("R", "M", "D", "E")
NEIGHBOURS = {"R": ("M",), "M": ("R", "D", "E"), "D": ("M", "E"), "E": ("M", "D")}
SERVES = {"R": ("M",), "M": ("D", "E"), "D": ("E",), "E": ()}  # whom a stage already sells to
GENRES = (
    "assistant chat transcript",
    "trade-mission debrief",
    "flyer text",
    "demo-day application",
    "qualification statement",
)
OFFER, SEEK, OTHER = "offer", "seek", "other"


# --------------------------------------------------------------------------------------------
# The chains. Per stage: nouns (zh, en), details (zh, en), name words (zh, en); the k-th noun,
# detail and name word go together. English details are noun phrases (they follow "with").
# --------------------------------------------------------------------------------------------
def stage(*parts: list[str]) -> dict[str, list[str]]:
    return dict(zip(("zh", "en", "dzh", "den", "wzh", "wen"), parts, strict=True))


# fmt: off
CHAINS: dict[str, dict] = {
    "agdrone": {
        "cat": "agri", "product": ("植保无人机", "agricultural spray drones"),
        "material": ("碳纤维机臂和无刷动力套件", "carbon-fibre arms and brushless propulsion kits"),
        "R": stage(["无刷电机厂", "碳纤维结构件供应商"], ["brushless motor maker", "carbon-fibre parts supplier"],
                   ["植保级无刷电机月产4万台", "碳纤维机臂和折叠件年供货60万套"],
                   ["40,000 spray-rated brushless motors a month", "600,000 carbon-fibre arm and fold-joint sets a year"],
                   ["电机", "复合材料"], ["Motor Works", "Composites"]),
        "M": stage(["植保无人机制造商", "农业无人机整机厂"], ["agricultural drone manufacturer", "spray drone maker"],
                   ["30升和50升机型年产1.2万架", "自研飞控和变量喷洒系统，带RTK定位"],
                   ["12,000 30- and 50-litre spray drones a year", "in-house flight control and variable-rate spraying with RTK"],
                   ["无人机", "智能农机"], ["UAV", "Aerial Systems"]),
        "D": stage(["农机经销商", "无人机代理商"], ["farm equipment dealer", "drone distributor"],
                   ["在三个省设有14家门店", "售后网点40个，配有飞手培训中心"],
                   ["14 dealership stores across three states", "40 service points and a pilot training center"],
                   ["农机商贸", "农业装备"], ["Ag Equipment", "Drone Supply"]),
        "E": stage(["飞防服务队", "大型种植农场"], ["crop-spraying contractor", "row-crop farm operation"],
                   ["年作业面积80万亩", "种植玉米和大豆6万亩"],
                   ["120,000 acres sprayed a season", "15,000 acres of corn and soybeans"],
                   ["植保服务", "农业"], ["Aerial Applicators", "Farms"]),
    },
    "ledstreet": {
        "cat": "light", "product": ("LED路灯", "LED street lights"),
        "material": ("LED灯珠和压铸铝灯壳", "LED packages and die-cast aluminium housings"),
        "R": stage(["LED封装厂", "驱动电源厂"], ["LED package supplier", "LED driver maker"],
                   ["3030和5050灯珠月产8亿颗", "恒流驱动电源年产300万台，带调光接口"],
                   ["800 million 3030 and 5050 LED packages a month", "3 million constant-current drivers a year with dimming"],
                   ["光电", "电源"], ["Optoelectronics", "Power Electronics"]),
        "M": stage(["LED路灯生产企业", "道路照明灯具厂"], ["LED street light manufacturer", "roadway luminaire maker"],
                   ["年产路灯头40万套，功率30至300瓦", "模组化路灯和太阳能路灯都能做，光效160lm/W"],
                   ["400,000 street light heads a year from 30 to 300 W", "modular and solar-powered luminaires at 160 lm/W"],
                   ["照明", "灯具"], ["Lighting", "Luminaires"]),
        "D": stage(["照明器材批发商", "电工电料经销商"], ["lighting distributor", "electrical wholesaler"],
                   ["仓库常备灯具2万套", "给600多家电工工程队配货"],
                   ["20,000 fixtures in stock", "deliveries to 600 electrical contractors"],
                   ["照明商贸", "电气"], ["Lighting Supply", "Electric Supply"]),
        "E": stage(["市政照明工程公司", "高速公路机电工程商"], ["street lighting contractor", "highway electrical contractor"],
                   ["年承接道路照明改造项目30个", "负责1200公里高速公路照明维护"],
                   ["30 roadway retrofit projects a year", "lighting maintenance on 1,200 miles of highway"],
                   ["市政工程", "机电工程"], ["Municipal Services", "Highway Contractors"]),
    },
    "evcharger": {
        "cat": "power", "product": ("充电桩", "EV chargers"),
        "material": ("充电模块和充电枪线缆", "power modules and charging cable assemblies"),
        "R": stage(["充电模块供应商", "充电枪线缆厂"], ["power module supplier", "charging cable maker"],
                   ["30千瓦和40千瓦充电模块年产20万只", "CCS和GB/T充电枪年产80万把"],
                   ["200,000 30 kW and 40 kW power modules a year", "800,000 CCS and NACS cable assemblies a year"],
                   ["电力电子", "线缆"], ["Power Modules", "Cable"]),
        "M": stage(["充电桩制造商", "直流快充设备厂"], ["EV charger manufacturer", "DC fast charger maker"],
                   ["交流桩年产30万台，直流桩2万台", "120至480千瓦直流快充，已通过UL认证"],
                   ["300,000 AC and 20,000 DC units a year", "120–480 kW DC fast chargers with UL listing"],
                   ["新能源", "充电科技"], ["EV Power", "Charging Systems"]),
        "D": stage(["充电设备代理商", "电气设备分销商"], ["EVSE distributor", "electrical equipment distributor"],
                   ["代理5个充电桩品牌", "在12个城市有安装服务团队"],
                   ["five charger brands on the line card", "installer crews in 12 metro areas"],
                   ["能源商贸", "电气设备"], ["EV Supply", "Electrical Distributors"]),
        "E": stage(["充电站运营商", "城配物流车队"], ["charging network operator", "delivery fleet operator"],
                   ["运营公共充电站350座", "自有电动物流车2000辆"],
                   ["350 public charging sites", "2,000 electric delivery vans"],
                   ["能源服务", "物流"], ["Charge Network", "Fleet Logistics"]),
    },
    "robovac": {
        "cat": "home", "product": ("扫地机器人", "robot vacuums"),
        "material": ("激光雷达模组和锂电池包", "lidar modules and lithium battery packs"),
        "R": stage(["激光雷达模组厂", "锂电池包生产商"], ["lidar module supplier", "battery pack maker"],
                   ["三角测距激光雷达月产50万颗", "14.4伏锂电池包月产100万组"],
                   ["500,000 triangulation lidar units a month", "1 million 14.4 V battery packs a month"],
                   ["传感", "电池"], ["Sensing", "Battery"]),
        "M": stage(["扫地机器人ODM工厂", "清洁电器制造商"], ["robot vacuum ODM", "floor-care appliance maker"],
                   ["扫拖一体机年产150万台", "自动集尘基站和激光导航机型都能做"],
                   ["1.5 million vacuum-mop robots a year", "self-emptying docks and lidar-navigation models"],
                   ["智能电器", "清洁科技"], ["Smart Appliances", "Clean Tech"]),
        "D": stage(["家电分销商", "跨境电商大卖"], ["consumer electronics distributor", "marketplace seller"],
                   ["覆盖2000家线下门店", "亚马逊店铺年销售额2亿元"],
                   ["2,000 retail doors covered", "$30 million a year on Amazon"],
                   ["电器贸易", "电商"], ["Home Electronics Distribution", "Online Retail"]),
        "E": stage(["酒店管理集团", "家政保洁连锁"], ["hotel management group", "residential cleaning franchise"],
                   ["旗下酒店86家、客房1.4万间", "加盟门店300家"],
                   ["86 hotels and 14,000 rooms", "300 franchise locations"],
                   ["酒店管理", "家政服务"], ["Hospitality", "Home Services"]),
    },
    "thermostat": {
        "cat": "home", "product": ("智能温控器", "smart thermostats"),
        "material": ("温湿度传感器和Wi-Fi模组", "temperature-humidity sensors and Wi-Fi modules"),
        "R": stage(["温湿度传感器厂", "Wi-Fi模组供应商"], ["sensor chip supplier", "Wi-Fi module maker"],
                   ["数字温湿度传感器月产1000万颗", "Wi-Fi与Matter模组年出货5000万片"],
                   ["10 million digital humidity-temperature sensors a month", "50 million Wi-Fi and Matter modules a year"],
                   ["传感器", "物联"], ["Sensors", "IoT Modules"]),
        "M": stage(["智能温控器制造商", "暖通控制器厂"], ["smart thermostat manufacturer", "HVAC controls maker"],
                   ["触屏温控器年产200万台", "兼容24伏暖通系统，支持Matter协议"],
                   ["2 million touchscreen thermostats a year", "24 V HVAC-compatible units with Matter support"],
                   ["智能控制", "温控"], ["Controls", "Climate Tech"]),
        "D": stage(["暖通配件批发商", "智能家居经销商"], ["HVAC supply house", "smart home distributor"],
                   ["常备暖通配件8000种", "在华东有门店35家"],
                   ["8,000 HVAC parts in stock", "35 branches"],
                   ["暖通", "智能家居"], ["HVAC Supply", "Smart Home Distribution"]),
        "E": stage(["暖通安装公司", "长租公寓运营商"], ["HVAC installation contractor", "apartment property manager"],
                   ["每年安装空调及地暖系统5000套", "管理公寓3.2万间"],
                   ["5,000 HVAC systems installed a year", "32,000 apartment units under management"],
                   ["机电安装", "公寓"], ["Heating & Cooling", "Property Management"]),
    },
    "robotarm": {
        "cat": "factory", "product": ("工业机器人", "industrial robot arms"),
        "material": ("谐波减速器和伺服电机", "harmonic reducers and servo motors"),
        "R": stage(["精密减速器厂", "伺服电机供应商"], ["harmonic reducer maker", "servo motor supplier"],
                   ["谐波和RV减速器年产25万台", "伺服电机及驱动器月产6万套"],
                   ["250,000 harmonic and RV reducers a year", "60,000 servo motor and drive sets a month"],
                   ["传动", "伺服"], ["Precision Drives", "Motion"]),
        "M": stage(["工业机器人本体制造商", "协作机器人厂"], ["industrial robot manufacturer", "cobot maker"],
                   ["六轴机器人年产8000台，负载3至210公斤", "协作机器人年出货5000台"],
                   ["8,000 six-axis robots a year with 3–210 kg payloads", "5,000 collaborative robots shipped a year"],
                   ["机器人", "自动化"], ["Robotics", "Automation"]),
        "D": stage(["机器人系统集成商", "自动化设备代理商"], ["robot integrator", "automation equipment distributor"],
                   ["每年交付焊接和码垛工作站300套", "代理三个机器人品牌，配有应用工程师20名"],
                   ["300 welding and palletizing cells delivered a year", "three robot brands and 20 application engineers"],
                   ["智能装备", "自动化工程"], ["Integration", "Automation Supply"]),
        "E": stage(["汽车零部件工厂", "家电总装厂"], ["auto parts plant", "appliance assembly plant"],
                   ["冲压焊接线22条", "年装配冰箱和洗衣机300万台"],
                   ["22 stamping and welding lines", "3 million appliances assembled a year"],
                   ["汽车部件", "电器"], ["Stamping", "Appliance"]),
    },
    "cnc": {
        "cat": "factory", "product": ("数控机床", "CNC machine tools"),
        "material": ("床身铸件和滚珠丝杠", "machine bed castings and ball screws"),
        "R": stage(["机床铸件厂", "滚珠丝杠供应商"], ["machine casting foundry", "ball screw maker"],
                   ["HT300床身铸件年产4万吨", "C3级滚珠丝杠和直线导轨月产3万套"],
                   ["40,000 tonnes of Meehanite bed castings a year", "30,000 C3 ball screws and linear guides a month"],
                   ["铸造", "精密传动"], ["Foundry", "Ball Screw"]),
        "M": stage(["数控机床制造商", "加工中心厂"], ["CNC machine builder", "machining center manufacturer"],
                   ["立式加工中心年产3000台", "五轴机床和车铣复合机都能做"],
                   ["3,000 vertical machining centers a year", "five-axis and mill-turn machines"],
                   ["机床", "数控"], ["Machine Tool", "CNC"]),
        "D": stage(["机床经销商", "机床进口商"], ["machine tool dealer", "machinery importer"],
                   ["展厅常备样机40台", "配有售后工程师25名"],
                   ["a 40-machine showroom", "25 field service engineers"],
                   ["机电设备", "机床贸易"], ["Machinery Sales", "Machine Tool Imports"]),
        "E": stage(["精密零件加工厂", "模具厂"], ["job shop", "mold maker"],
                   ["拥有加工中心60台", "年交付注塑模具400套"],
                   ["60 machining centers on the floor", "400 injection molds delivered a year"],
                   ["精密机械", "模具"], ["Precision Machining", "Mold & Die"]),
    },
    "earbuds": {
        "cat": "home", "product": ("蓝牙耳机", "Bluetooth earbuds"),
        "material": ("蓝牙音频芯片和动圈喇叭单元", "Bluetooth audio chips and dynamic drivers"),
        "R": stage(["蓝牙芯片方案商", "微型喇叭单元厂"], ["Bluetooth chip supplier", "micro-speaker driver maker"],
                   ["蓝牙5.3音频芯片月出货3000万颗", "10毫米动圈单元月产2000万只"],
                   ["30 million Bluetooth 5.3 audio chips a month", "20 million 10 mm dynamic drivers a month"],
                   ["微电子", "声学"], ["Semiconductor", "Acoustics"]),
        "M": stage(["TWS耳机代工厂", "音频产品ODM"], ["earbud OEM factory", "audio ODM"],
                   ["TWS耳机月产150万副", "主动降噪和开放式耳机都能做，支持贴牌"],
                   ["1.5 million pairs of true-wireless earbuds a month", "ANC and open-ear designs under private label"],
                   ["电声", "音频科技"], ["Audio", "Sound Tech"]),
        "D": stage(["数码配件批发商", "消费电子进口商"], ["mobile accessories distributor", "consumer audio importer"],
                   ["年出货耳机400万副", "仓库面积5000平方米"],
                   ["1.2 million pairs moved a year", "a 50,000 sq ft warehouse"],
                   ["数码", "电子商贸"], ["Mobile Accessories", "Audio Imports"]),
        "E": stage(["手机连锁卖场", "航空公司"], ["cell phone retail chain", "regional airline"],
                   ["门店420家", "每年机上发放耳机300万副"],
                   ["420 stores", "3 million inflight earbud sets handed out a year"],
                   ["通讯", "航空"], ["Wireless", "Airlines"]),
    },
    "barcode": {
        "cat": "retail", "product": ("条码扫描器", "barcode scanners"),
        "material": ("二维扫描引擎和CMOS图像传感器", "2D scan engines and CMOS image sensors"),
        "R": stage(["扫描引擎模组厂", "图像传感器供应商"], ["scan engine maker", "image sensor supplier"],
                   ["二维扫描引擎月产40万个", "全局快门CMOS传感器年供货1200万颗"],
                   ["400,000 2D scan engines a month", "12 million global-shutter CMOS sensors a year"],
                   ["识别技术", "芯片"], ["Imaging", "Sensor"]),
        "M": stage(["条码扫描枪制造商", "手持数据终端厂"], ["barcode scanner manufacturer", "handheld computer maker"],
                   ["有线和无线扫描枪年产200万把", "安卓手持终端年产30万台，IP65防护"],
                   ["2 million corded and cordless scanners a year", "300,000 rugged Android handhelds a year"],
                   ["自动识别", "数据终端"], ["Scanning", "Data Systems"]),
        "D": stage(["自动识别产品代理商", "条码设备经销商"], ["AIDC distributor", "barcode equipment reseller"],
                   ["代理六个条码品牌，现货2万台", "提供备机和48小时维修"],
                   ["six scanner brands and 20,000 units in stock", "a 24-hour depot repair center"],
                   ["条码科技", "信息设备"], ["ID Solutions", "Barcode Supply"]),
        "E": stage(["电商仓储中心", "连锁超市"], ["fulfillment center operator", "grocery chain"],
                   ["仓库面积25万平方米，日发货30万单", "门店180家"],
                   ["2.5 million sq ft and 300,000 orders a day", "180 stores"],
                   ["供应链", "超市"], ["Fulfillment", "Markets"]),
    },
    "posterminal": {
        "cat": "retail", "product": ("POS终端", "POS terminals"),
        "material": ("安全支付芯片和热敏打印机芯", "secure payment chips and thermal print mechanisms"),
        "R": stage(["安全芯片供应商", "热敏打印机芯厂"], ["secure MCU supplier", "thermal printer mechanism maker"],
                   ["支付安全芯片年出货8000万颗", "58毫米和80毫米打印机芯月产60万个"],
                   ["80 million payment-grade secure MCUs a year", "600,000 58 and 80 mm print mechanisms a month"],
                   ["集成电路", "打印科技"], ["Secure Silicon", "Print Mechanisms"]),
        "M": stage(["POS终端制造商", "智能收银机厂"], ["POS terminal manufacturer", "payment terminal maker"],
                   ["智能POS年产120万台，通过PCI PTS认证", "双屏收银一体机年产20万台"],
                   ["1.2 million PCI PTS-approved smart terminals a year", "200,000 dual-screen countertop registers a year"],
                   ["支付科技", "收银设备"], ["Payments", "POS Systems"]),
        "D": stage(["收单服务商", "POS经销商"], ["merchant services reseller", "POS dealer"],
                   ["持有收单外包服务备案，年装机5万台", "在八个城市设有装机团队"],
                   ["50,000 terminals deployed a year", "install teams in eight cities"],
                   ["支付服务", "商用设备"], ["Merchant Services", "POS Dealers"]),
        "E": stage(["连锁餐饮品牌", "便利店连锁"], ["restaurant chain", "convenience store chain"],
                   ["门店650家", "门店1100家，24小时营业"],
                   ["650 restaurants", "1,100 stores open 24 hours"],
                   ["餐饮", "便利"], ["Restaurant Group", "Food Stores"]),
    },
}

# A want that names only the role (and the country), not the product.
GENERIC = {
    "zh": {"R": ["零部件供应商", "上游供应商", "原材料供应商"], "M": ["生产厂家", "工厂", "制造商"],
           "D": ["经销商", "代理商", "分销商", "进口商"], "E": ["终端用户", "终端客户", "最终用户"]},
    "en": {"R": ["component supplier", "upstream supplier", "parts supplier"], "M": ["manufacturer", "factory", "OEM"],
           "D": ["distributor", "reseller", "importer", "sales agent"], "E": ["end user", "end customer", "direct buyer"]},
}
# Name words carrying the role noun of ANOTHER stage than the company's ("… Distribution" for a maker).
MISLEAD = {
    "zh": {"R": ["贸易", "商贸"], "M": ["供应链", "贸易"], "D": ["制造", "工业"], "E": ["贸易", "商贸"]},
    "en": {"R": ["Trading", "Sales"], "M": ["Distribution", "Trading"], "D": ["Manufacturing", "Industries"],
           "E": ["Trading", "Supply"]},
}
CERTS = {
    "agri": (["取得农机推广鉴定证书", "通过ISO 9001认证"], ["FCC certified", "ISO 9001 certified"]),
    "light": (["通过CE和CB认证", "国家高新技术企业"], ["UL and DLC listed", "ISO 9001 certified"]),
    "power": (["通过CQC和UL认证", "国家级专精特新小巨人企业"], ["UL 2594 and Energy Star certified", "ISO 9001 and ISO 14001 certified"]),
    "home": (["通过CE和FCC认证", "拥有专利80余项"], ["FCC and UL certified", "holder of 40 patents"]),
    "factory": (["通过ISO 9001和CE认证", "省级企业技术中心"], ["ISO 9001:2015 certified", "CE and NRTL certified"]),
    "retail": (["通过PCI和EMV认证", "国家高新技术企业"], ["PCI PTS and EMV certified", "SOC 2 Type II audited"]),
}
CERTS_US_ZH = {  # a US company writing Chinese names its American certificates
    "agri": ["通过FCC认证", "通过ISO 9001认证"], "light": ["通过UL和DLC认证", "通过ISO 9001认证"],
    "power": ["通过UL 2594和能源之星认证", "通过ISO 14001认证"], "home": ["通过FCC和UL认证", "拥有美国专利40项"],
    "factory": ["通过ISO 9001:2015认证", "通过CE和NRTL认证"], "retail": ["通过PCI PTS和EMV认证", "通过SOC 2审计"],
}
CERTS_E = {  # an end user's certificates do not come from its suppliers' trade
    ("CN", "zh"): ["通过ISO 9001认证", "AAA级信用企业"], ("CN", "en"): ["ISO 9001 certified", "AAA credit rating"],
    ("US", "en"): ["ISO 9001 certified", "A+ rated by the Better Business Bureau"], ("US", "zh"): ["通过ISO 9001认证", "获美国商业改进局A+评级"],
}
SHOWS = {
    "agri": (["中国国际农业机械展览会", "全国农机博览会"], ["World Ag Expo", "Farm Progress Show"]),
    "light": (["广州国际照明展览会", "古镇国际灯饰博览会"], ["LightFair", "Strategies in Light"]),
    "power": (["上海国际充电桩展览会", "深圳国际新能源汽车展"], ["ACT Expo", "EV Charging Summit & Expo"]),
    "home": (["中国家电及消费电子博览会", "香港秋季电子产品展"], ["CES", "AHR Expo"]),
    "factory": (["中国国际机床展览会", "中国国际工业博览会"], ["IMTS", "Automate"]),
    "retail": (["中国零售业博览会", "深圳国际物联网博览会"], ["NRF Retail's Big Show", "ProMat"]),
}
SECTOR = {  # for mission names: (Chinese, English)
    "agri": ("智慧农业", "Smart Farming"), "light": ("绿色照明", "Lighting"), "power": ("新能源", "Clean Energy"),
    "home": ("智能家电", "Consumer Tech"), "factory": ("智能制造", "Advanced Manufacturing"), "retail": ("零售科技", "Retail Tech"),
}

# Places and people, by side (CN / US) and language.
CN_CITY_ZH = {"合肥": "安徽", "杭州": "浙江", "成都": "四川", "西安": "陕西", "武汉": "湖北", "长沙": "湖南", "珠海": "广东",
              "中山": "广东", "惠州": "广东", "南京": "江苏", "济南": "山东", "郑州": "河南", "昆山": "江苏"}
CN_CORE_ZH = ["翔宇", "云帆", "拓远", "锐驰", "精诚", "星河", "恒升", "安达", "明泰", "汇通", "嘉禾", "昊天", "鼎力", "润邦",
              "同创", "科瑞", "华荣", "光耀", "宇辰", "德润", "启明", "万象"]
CN_CORE_EN = ["Xiangyu", "Yunfan", "Tuoyuan", "Ruichi", "Jingcheng", "Xinghe", "Hengsheng", "Mingtai", "Huitong", "Haotian"]
US_CORE_EN = ["Arrowhead", "Bluegrass", "Cypress Point", "Driftwood", "Evergreen Valley", "Foxhollow", "Gateway", "Highland",
              "Ironbridge", "Juniper", "Kingsford", "Lone Pine", "Magnolia", "North Fork", "Overland", "Pioneer Trail",
              "Quarry Hill", "Redstone", "Stonegate", "Timberline", "Union Mills", "Vantage Point", "Whitewater", "Willow Creek"]
US_CORE_ZH = ["松岭", "银湖", "碧水", "东门", "常青", "狐谷", "高地", "铁桥", "杜松", "木兰"]
CITY = {
    ("CN", "zh"): list(CN_CITY_ZH),
    ("CN", "en"): ["Hefei", "Hangzhou", "Chengdu", "Wuhan", "Zhuhai", "Nanjing", "Zhongshan", "Xi'an"],
    ("US", "en"): ["Boise, Idaho", "Omaha, Nebraska", "Sacramento, California", "Columbus, Ohio", "Raleigh, North Carolina",
                   "Tulsa, Oklahoma", "Indianapolis, Indiana", "Des Moines, Iowa", "Portland, Oregon", "Phoenix, Arizona",
                   "Nashville, Tennessee", "Minneapolis, Minnesota"],
    ("US", "zh"): ["爱达荷州博伊西", "内布拉斯加州奥马哈", "俄亥俄州哥伦布", "印第安纳州印第安纳波利斯", "亚利桑那州凤凰城",
                   "明尼苏达州明尼阿波利斯"],
}
REGION = {
    ("CN", "zh"): ["华南", "西南", "华中", "长三角"],
    ("CN", "en"): ["the Pearl River Delta", "Central China", "Southwest China"],
    ("US", "en"): ["the Pacific Northwest", "the Corn Belt", "the Mountain West", "New England"],
    ("US", "zh"): ["美国西北部", "美国玉米带", "美国西部山区"],
}
PEOPLE = {
    ("CN", "zh"): ["黄志强", "林晓燕", "何俊", "高敏", "马瑞", "罗静怡", "谢斌", "韩雪", "冯涛", "曹宁"],
    ("CN", "en"): ["Huang Zhiqiang", "Lin Xiaoyan", "He Jun", "Gao Min", "Xie Bin", "Han Xue"],
    ("US", "en"): ["Brian Sorensen", "Megan Castillo", "Derek Huang", "Olivia Patterson", "Jamal Wright", "Heather McAllister",
                   "Victor Alvarez", "Natalie Brooks", "Greg Lindqvist", "Tanya Pruitt"],
    ("US", "zh"): ["布莱恩·索伦森", "梅根·卡斯蒂略", "黄德瑞克", "奥利维娅·帕特森", "杰玛尔·赖特", "维克多·阿尔瓦雷斯"],
}
CLERKS = {"zh": ["秘书处杨帆", "秘书处苏青", "秘书处邓凯"], "en": ["Erin Walsh", "Kenji Morales", "Paula Nguyen"]}
TITLES = {"zh": ["总经理", "采购总监", "国际业务部经理", "创始人", "销售副总", "董事长"],
          "en": ["CEO", "Head of Procurement", "Co-founder", "VP Business Development", "Sales Director", "President"]}
COLLEAGUES = {"zh": ["小杨", "苏经理", "邓老师"], "en": ["Erin", "the Midwest desk", "Kenji"]}
BOTS = {"zh": ["助手：", "小贸：", "贸桥助手："], "en": ["Assistant: ", "Bot: ", "Tradebridge Assistant: "]}

# The country a company's partner is in: (Chinese adjectives, English adjectives, English names).
ABROAD = {"CN": (["美国", "北美", "美国当地"], ["US", "American", "North American"], ["the US", "the United States"]),
          "US": (["中国", "中国大陆"], ["Chinese"], ["China"])}
TARGET = {"CN": (["美国市场", "北美市场"], ["the US market", "North America"]),
          "US": (["中国市场", "亚太市场"], ["China", "the Chinese market"])}

# --------------------------------------------------------------------------------------------
# The ways of writing. A template is a string (one clause of the slot's kind) or a tuple of
# (text, kind) clauses. Seek templates are (form, template); a seek template with "{who}" or
# marked "@" needs a role noun (it does not fit a want named by a material).
# --------------------------------------------------------------------------------------------
T: dict[str, dict[str, dict[str, list]]] = {
    "assistant chat transcript": {
        "en": {
            "offer": [
                "We're {a_noun} in {city} — {detail}.",
                "{short} here. We're {a_noun}, {detail}.",
                "Sure: {a_noun}, {detail}.",
                "We're in {product}; basically {a_noun} with {detail}.",
                (("Long story short, ", OTHER), ("we're {a_noun} with {detail}.", OFFER)),
                "I'm with {name}, {a_noun} with {detail}.",
                "Company: {name}. Type: {noun}. Size: {detail}.",
            ],
            "served": ["We already sell to {served}.", "Most of our customers are {served}.", "Current customers: {served}, mostly in {region}."],
            "seek": [
                ("verb", "We're looking for {want}."),
                ("label", "Short answer: {want}."),
                ("question", "Do you have {who} in your database?"),
                ("condition", "If there's {who} on the platform, please connect us."),
                ("plan", "The plan for {year} is to sign {who}."),
                ("quote", 'My boss said, and I quote: "get us {want}."'),
                ("verb", "@We need {want}, ideally one that has done this before."),
            ],
            "bot_seek": ["So you're looking for {want}?", "Just to confirm — you need {want}?"],
            "bot_sum": ["Noted: {short} is looking for {want}.", "Summary saved. Need: {want}."],
            "yes": ["Yes, exactly.", "Correct.", "Yep, that's it."],
            "head": ["Tradebridge Assistant · chat log · {date} {time}", "[Chat transcript] matchmaking bot, session {n}, {date}",
                     "Conversation export — {date} {time}"],
            "hello": ["Hi! I'm your matchmaking assistant. What does your company do?", "Welcome to Tradebridge! Could you briefly describe your business?",
                      "Hello {first}, tell me a little about your company."],
            "ask": ["Thanks! What kind of partner are you looking for?", "Great. Who would you like to meet?", "Got it. And what's missing on your side right now?"],
            "ask_more": ["Anything else I should know about your business?", "Could you add a bit more about the business?"],
            "open": ["Hi! What brings you to Tradebridge today?", "Hello! How can I help?"],
            "about": ["Sure. Could you tell me about your company first?", "Happy to help. What does your company do?"],
            "close": ["I'll send you matching profiles within 24 hours.", "Thanks! Your request has been logged.", "Anything else? Type 'menu' at any time."],
            "end": ["[session ended]", "— end of transcript —"],
        },
        "zh": {
            "offer": [
                "我们是{city}的{noun}，{detail}。",
                "{short}，{noun}，{detail}。",
                "简单说就是{noun}，{detail}。",
                "我们做{product}的，{detail}。",
                (("说来话长，", OTHER), ("我们是一家{noun}，{detail}。", OFFER)),
                "公司：{name}；类型：{noun}；规模：{detail}。",
                "我是{name}的，公司是{noun}，{detail}。",
            ],
            "served": ["现在主要给{served}供货。", "老客户基本都是{served}。", "已经在给{region}的{served}供货了。"],
            "seek": [
                ("verb", "想找{want}。"),
                ("label", "一句话：{want}。"),
                ("question", "你们平台上有{who}吗？"),
                ("condition", "如果有{who}，麻烦帮我们对接一下。"),
                ("plan", "今年计划签下{who}。"),
                ("quote", "老板原话：“一定要找到{want}。”"),
                ("verb", "@最好是{want}，有合作经验的优先。"),
            ],
            "bot_seek": ["所以您是想找{want}，对吗？", "确认一下：贵司需要{want}？"],
            "bot_sum": ["已记录：{short}寻找{want}。", "需求已保存——{want}。"],
            "yes": ["对，没错。", "是的。", "对，就是这个。"],
            "head": ["贸桥智能助手·会话记录·{date} {time}", "【聊天记录】对接助手 会话{n}｜{date}", "会话导出——{date} {time}"],
            "hello": ["您好，我是贸桥对接助手，请简单介绍一下贵公司。", "欢迎来到贸桥！贵公司主要做什么？", "{first}您好，先介绍一下公司吧。"],
            "ask": ["好的，请问您想找什么样的合作伙伴？", "收到。您希望认识哪类企业？", "明白了。目前最缺的是什么？"],
            "ask_more": ["还有什么需要补充的吗？", "能再多介绍一点业务情况吗？"],
            "open": ["您好！今天有什么可以帮您？", "您好，请问有什么需求？"],
            "about": ["好的，先请您介绍一下公司。", "没问题，贵公司是做什么的？"],
            "close": ["24小时内为您推送匹配企业。", "需求已登记，请留意消息通知。", "还有其他问题吗？随时输入“菜单”。"],
            "end": ["【会话结束】", "——记录结束——"],
        },
    },
    "trade-mission debrief": {
        "en": {
            "offer": [
                "{short} is {a_noun}; {detail}.",
                "Profile: {noun}, {detail}.",
                "The delegate's company operates as {a_noun} with {detail}.",
                (("Background — founded in {year0}, ", OTHER), ("the company is {a_noun} with {detail}.", OFFER)),
                "They presented themselves as {a_noun} ({detail}).",
                "{short} ({noun}) gave a short presentation: {detail}.",
                "Company type: {noun}. Scale: {detail}.",
            ],
            "served": ["Already supplies {served} at home.", "Existing customers are mainly {served}.", "Named {served} as current accounts."],
            "seek": [
                ("verb", "Still looking for {want}."),
                ("label", "Outstanding need: {want}."),
                ("third", "The delegate wants {want}."),
                ("plan", "Follow-up: introduce {who} before the autumn trip."),
                ("quote", 'Quote from the B2B session: "we came for {want}."'),
                ("question", "Open question: do we know {who}?"),
                ("condition", "Will return next year if {who} can be lined up."),
                ("third", "@None of the meetings produced {want}, which remains the goal."),
            ],
            "title": ["Trade Mission Debrief — {mission}", "DEBRIEF: {mission}", "{mission}: delegate debrief"],
            "byline": ["Prepared by {clerk}, Secretariat · {date}", "Secretariat notes ({clerk}), {date}"],
            "delegate": ["Delegate: {name} ({city}) — {person}, {title}", "Company: {name}; attended by {person} ({title})"],
            "stats": ["Meetings held: {n}; site visits: {m}.", "B2B meetings: {n} · Factory tours: {m}"],
            "bullet": ["- ", "• "],
            "action": ["Action: {colleague} to follow up by {date2}.", "Next step: circulate the profile to {region} members.", "Status: open"],
        },
        "zh": {
            "offer": [
                "{short}是{noun}，{detail}。",
                "企业概况：{noun}，{detail}。",
                "该团员企业属于{noun}，{detail}。",
                (("背景：{year0}年成立，", OTHER), ("现为{noun}，{detail}。", OFFER)),
                "{short}（{noun}）在对接会上作了介绍：{detail}。",
                "企业类型：{noun}；规模：{detail}。",
            ],
            "served": ["在本土已为{served}供货。", "现有客户主要是{served}。", "会上提到其老客户包括{served}。"],
            "seek": [
                ("verb", "仍在寻找{want}。"),
                ("label", "未解决需求：{want}。"),
                ("third", "@该企业希望对接{want}。"),
                ("plan", "后续安排：秋季前为其引荐{who}。"),
                ("quote", "企业负责人原话：“这趟就是冲着{want}来的。”"),
                ("question", "待确认：我们手上有没有{who}？"),
                ("condition", "如能约到{who}，企业明年愿意再次出访。"),
                ("third", "@几场洽谈均未找到{want}，仍是其首要目标。"),
            ],
            "title": ["{mission}总结", "出访总结｜{mission}", "{mission}团员企业复盘"],
            "byline": ["{clerk}整理｜{date}", "整理人：{clerk}，{date}"],
            "delegate": ["团员企业：{name}（{city}），参团人：{person}{title}", "企业：{name}；参团人：{person}（{title}）"],
            "stats": ["洽谈{n}场，参观企业{m}家。", "对接会{n}场｜实地考察{m}家"],
            "bullet": ["· ", "- "],
            "action": ["下一步：{colleague}负责跟进，{date2}前反馈。", "状态：待跟进", "后续：资料已发{region}会员群。"],
        },
    },
    "flyer text": {
        "en": {
            "offer": [
                "{Noun} since {year0} — {detail}.",
                "Who we are: {a_noun} with {detail}.",
                "{Detail} · {noun} · {city}",
                "Proud {noun} in {region} — {detail}.",
                "We are {a_noun}. {Detail}.",
                "Specialists in {product}: {detail}!",
                "✔ {Noun} ✔ {Detail}",
            ],
            "served": ["Trusted by {served} across {region}.", "Already supplying {served}!", "Serving {served} since {year0}."],
            "seek": [
                ("label", "WANTED: {want}"),
                ("label", "@Partners wanted — {want}!"),
                ("question", "Are you {who}? Let's talk!"),
                ("condition", "If you're {who}, scan the QR code below."),
                ("plan", "Coming to {tgt} in {year}: we're looking for {want}."),
                ("quote", '"Find us {want}" — that\'s our mission this year.'),
                ("verb", "We're seeking {want}."),
            ],
            "brand": ["★ {short} ★", "{name_up}", "{short} | {city}"],
            "noise": ["Visit us: Booth {booth}, {show}", "Scan the QR code for our full catalogue", "Call {phone} · {web}",
                      "Free samples for the first 20 visitors!", "{show} · {date} · Booth {booth}"],
            "noise_e": ["Meet our buying team: {show}, {date}", "Scan the QR code to register as a vendor", "Call {phone} · {web}"],
        },
        "zh": {
            "offer": [
                "专业{noun}｜{detail}",
                "我们是{noun}——{detail}！",
                "{detail}·{noun}·{city}",
                "{year0}年起专注{product}，{detail}。",
                "选择{short}：{noun}，{detail}。",
                "实力{noun}，{detail}。",
            ],
            "served": ["长期服务{region}{served}。", "已为{served}稳定供货！", "深受{served}信赖。"],
            "seek": [
                ("label", "@诚招{want}！"),
                ("label", "寻：{want}"),
                ("question", "你是{who}吗？欢迎扫码联系！"),
                ("condition", "如果您是{who}，展位见！"),
                ("plan", "{year}年进军{tgt}，寻找{want}。"),
                ("quote", "“找到{want}”——今年的头号任务！"),
                ("verb", "急需{want}。"),
            ],
            "brand": ["★ {short} ★", "【{name}】", "{short}｜{city}"],
            "noise": ["展位：{booth}｜{show}", "扫码获取完整产品手册", "咨询热线：{phone}", "前20位来访客户免费送样！", "{show}｜{date}｜展位{booth}"],
            "noise_e": ["采购团队{date}在{show}等您", "扫码登记成为供应商", "联系电话：{phone}"],
        },
    },
    "demo-day application": {
        "en": {
            "offer": [
                "We're {a_noun} with {detail}.",
                "{Noun}; {detail}.",
                "{short} is {a_noun} based in {city} — {detail}.",
                "We're in {product}: {a_noun} with {detail}.",
                "In one line: {a_noun} with {detail}.",
                (("Founded in {year0}, ", OTHER), ("we've grown into {a_noun} with {detail}.", OFFER)),
                "Think of us as {a_noun}: {detail}.",
            ],
            "served": ["Paying customers include {served} in {region}.", "We already ship to {served}.", "Revenue today comes mostly from {served}."],
            "seek": [
                ("label", "@Intros to {want}."),
                ("verb", "@We want to meet {want}."),
                ("verb", "What we need is {want}."),
                ("question", "Can the program connect us with {who}?"),
                ("condition", "If we can land {who}, we can double revenue next year."),
                ("plan", "Plan: sign {who} within 90 days of demo day."),
                ("quote", 'Our lead investor put it bluntly: "you need {want}."'),
                ("label", "@Access to {want}."),
            ],
            "review": [(("Reviewer note: ", OTHER), ("team is after {want}.", SEEK)),
                       (("Mentor comment: ", OTHER), ("they mainly need {want}.", SEEK))],
            "head": ["{prog} — Demo Day Application", "Application form · {prog}", "DEMO DAY {year} · application answers"],
            "company": ["Company: {name} | Founded: {year0} | HQ: {city}", "Applicant: {person}, {title} at {name}"],
            "q_what": ["What does your company do? ", "Elevator pitch: ", "Describe your business briefly. "],
            "q_traction": ["Traction to date: ", "Key metrics: ", "Progress so far: "],
            "q_need": ["What do you need most from the program? ", "Biggest ask: ", "What would make demo day a win for you? "],
            "traction": ["Revenue up {pct}% year on year.", "{m} pilot projects closed last year.", "Profitable for {k} straight years."],
            "qnum": "Q{i}. ",
        },
        "zh": {
            "offer": [
                "我们是{noun}，{detail}。",
                "{noun}，{detail}。",
                "{short}是总部在{city}的{noun}，{detail}。",
                "我们做{product}，{detail}。",
                "一句话：{noun}，{detail}。",
                (("{year0}年创立，", OTHER), ("现已成长为{noun}，{detail}。", OFFER)),
                "可以把我们理解为{noun}：{detail}。",
            ],
            "served": ["付费客户包括{region}的{served}。", "已经在给{served}供货。", "目前收入主要来自{served}。"],
            "seek": [
                ("label", "@对接{want}。"),
                ("verb", "@希望认识{want}。"),
                ("verb", "最需要的是{want}。"),
                ("question", "加速营能否帮我们引荐{who}？"),
                ("condition", "如果能拿下{who}，明年营收可以翻番。"),
                ("plan", "计划路演后90天内签约{who}。"),
                ("quote", "领投方说得很直白：“你们缺的是{want}。”"),
                ("label", "@资源需求：{want}。"),
            ],
            "review": [(("评审备注：", OTHER), ("团队急需{want}。", SEEK)),
                       (("导师意见：", OTHER), ("他们最需要的是{want}。", SEEK))],
            "head": ["{prog}路演日报名表", "报名表｜{prog}", "{year}路演日申请材料"],
            "company": ["企业名称：{name}｜成立：{year0}年｜总部：{city}", "申请人：{person}（{name}{title}）"],
            "q_what": ["贵公司做什么？", "一句话介绍：", "业务简介："],
            "q_traction": ["目前进展：", "关键数据：", "已取得的成绩："],
            "q_need": ["最希望从加速营获得什么帮助？", "最大的需求：", "路演日想达成什么目标？"],
            "traction": ["营收同比增长{pct}%。", "去年完成试点项目{m}个。", "已连续{k}年盈利。"],
            "qnum": "问题{i}：",
        },
    },
    "qualification statement": {
        "en": {
            "offer": [
                "{Noun}; {detail}.",
                "The company operates as {a_noun} with {detail}.",
                "{short} is {a_noun} in {city}: {detail}.",
                "Supply of {product} as {a_noun}; {detail}.",
                "{Noun}. Scale of operations: {detail}.",
                "Registered as {a_noun}; {detail}.",
            ],
            "served": ["Supplied {served} in {region} over the past three years.", "Long-term supply contracts with {served}.", "Framework agreements in place with {served}."],
            "seek": [
                ("third", "The bidder seeks {want}."),
                ("label", "@Teaming partner sought: {want}."),
                ("condition", "Where local content is required, we will team with {who}."),
                ("plan", "The company intends to appoint {who} for the contract period."),
                ("question", "Is there {who} interested in a joint bid? Contact our bid desk."),
                ("quote", 'Per board resolution: "secure {want}."'),
                ("label", "@Preferred consortium member: {want}."),
            ],
            "title": ["COMPANY QUALIFICATION STATEMENT", "Company Qualification Statement — {name}", "Bidder Qualification Profile"],
            "ref": ["Prequalification ref. {year}-{n} · submitted {date}", "Tender ref.: PQ-{year}-{n}"],
            "legal": ["Legal name: {name}; registered in {city}; established {year0}.", "Registered entity: {name}, {city}, since {year0}."],
            "h_scope": ["Scope of business: ", "Core business: "],
            "cert": ["Certifications: {cert}.", "Quality system: {cert}."],
            "h_perf": ["Past performance: ", "Reference projects: "],
            "perf": ["see Annex B.", "{m} contracts completed in the last three years."],
            "h_team": ["Teaming and partnering: ", "Partnering interest: ", "Subcontracting and teaming: "],
            "sign": ["Authorized signatory: {person}, {title}", "Signed for and on behalf of {name}: {person}"],
            "num": ["1. ", "2. ", "3. ", "4. ", "5. ", "6. "],
        },
        "zh": {
            "offer": [
                "{noun}，{detail}。",
                "本公司系{noun}，{detail}。",
                "{short}为{city}的{noun}，{detail}。",
                "{product}的研发、生产与销售，{detail}。",
                "{noun}。经营规模：{detail}。",
                "登记为{noun}，{detail}。",
            ],
            "served": ["近三年为{region}多家{served}供货。", "长期为{served}供货。", "已与{served}签订框架协议。"],
            "seek": [
                ("third", "投标人拟寻求{want}。"),
                ("label", "@联合体成员意向：{want}。"),
                ("condition", "如项目要求本地化，我方将与{who}组成联合体。"),
                ("plan", "本公司计划在合同期内委托{who}。"),
                ("question", "是否有{who}有意联合投标？请联系投标部。"),
                ("quote", "董事会决议原文：“确保{want}。”"),
                ("label", "@拟合作单位：{want}。"),
            ],
            "title": ["企业资质文件", "投标人资格证明文件", "{name}资质文件"],
            "ref": ["资格预审编号：{year}-{n}｜递交日期：{date}", "项目编号：ZB-{year}-{n}"],
            "legal": ["企业名称：{name}；注册地：{city}；成立时间：{year0}年。", "法人主体：{name}，{year0}年成立于{city}。"],
            "h_scope": ["经营范围：", "主营业务："],
            "cert": ["资质证书：{cert}。", "质量体系：{cert}。"],
            "h_perf": ["主要业绩：", "类似项目业绩："],
            "perf": ["详见附件二。", "近三年完成合同{m}份。"],
            "h_team": ["合作意向：", "联合体及分包意向：", "拟合作方需求："],
            "sign": ["法定代表人：{person}（签字盖章）", "授权代表：{person}，{title}"],
            "num": ["一、", "二、", "三、", "四、", "五、", "六、"],
        },
    },
}

# A negated want: the role it does not want (other), then the one it does (seek).
NEGATED = {
    ("en", 1): [(("We've got {neg} covered; ", OTHER), ("the gap is {want}.", SEEK)),
                (("Not looking for {neg}. ", OTHER), ("We need {want}.", SEEK)),
                (("{Neg}? No thanks — ", OTHER), ("what we're after is {want}.", SEEK))],
    ("en", 3): [(("{Neg} are already in place; ", OTHER), ("the remaining need is {want}.", SEEK)),
                (("Not interested in {neg} — ", OTHER), ("only {want}.", SEEK)),
                (("The company is not seeking {neg}; ", OTHER), ("it wants {want}.", SEEK))],
    ("zh", 1): [(("{neg}就不用介绍了，", OTHER), ("我们要的是{want}。", SEEK)),
                (("不找{neg}，", OTHER), ("只要{want}。", SEEK)),
                (("{neg}已经够多了，", OTHER), ("缺{want}。", SEEK))],
    ("zh", 3): [(("该企业已有{neg}，", OTHER), ("需要的是{want}。", SEEK)),
                (("不考虑{neg}，", OTHER), ("@只对接{want}。", SEEK)),
                (("企业明确表示不找{neg}，", OTHER), ("而是找{want}。", SEEK))],
}
PERSON = {"trade-mission debrief": 3, "qualification statement": 3}  # the others speak as "we"

PRODUCT_LINE = {  # a second offer sentence: what a supplier, maker or dealer sells
    "zh": ["主营产品：{product}。", "核心产品：{product}。", "主打{product}。"],
    "en": ["Main line: {product}.", "Core products: {product}.", "Product focus: {product}."],
}
FILLER = {
    "zh": ["员工约{staff}人。", "{cert}。", "成立于{year0}年。", "总部：{city}。"],
    "en": ["Around {staff} staff.", "{Cert}.", "In business since {year0}.", "Head office: {city}."],
}
# fmt: on


# --------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------
def article(phrase: str) -> str:
    """'a' or 'an' before ``phrase`` (acronyms by the sound of their first letter)."""
    word = phrase.split(maxsplit=1)[0]
    if word.isupper() and len(word) > 1 and word.isalpha():
        vowel = word[0] in "AEFHILMNORSX"
    else:
        vowel = word[0].lower() in "aeio"
    return f"{'an' if vowel else 'a'} {phrase}"


def fill(template, kind: str, ctx: Ctx) -> list[tuple[str, str]]:
    """The clauses of one template: a string is one clause of ``kind``."""
    if isinstance(template, str):
        template = ((template, kind),)
    out = []
    for raw, k in template:
        text = raw.lstrip("@").format_map(ctx)
        out.append((re.sub(r"([.!?])\.(?=\s|$|\")", r"\1", text), k))  # "…Inc.." and "!."
    return out


def needs_party(template) -> bool:
    """A seek template that only fits a role noun ({who}, or marked with "@")."""
    text = template if isinstance(template, str) else "".join(t for t, _ in template)
    return "{who}" in text or "{Who}" in text or "@" in text


# --------------------------------------------------------------------------------------------
# Roles: each Chinese company's partner, then the traps beside it, then the chain
# --------------------------------------------------------------------------------------------
COMBOS = [(s, w) for s in STAGES for w in NEIGHBOURS[s]]


def cn_roles(rng: random.Random) -> list[list[tuple[str, str]]]:
    """(stage, want) of the Chinese companies, chain by chain: every (stage, want) equally
    often over the corpus, four different ones in a chain."""
    while True:
        pool = COMBOS * (N_CN * len(CHAINS) // len(COMBOS))
        rng.shuffle(pool)
        groups = [pool[i : i + N_CN] for i in range(0, len(pool), N_CN)]
        if all(len(set(g)) == N_CN for g in groups):
            return groups


def us_roles(rng: random.Random, cn: list[tuple[str, str]]) -> tuple[list, int, int]:
    """(stage, want) of a chain's US companies: each Chinese company's partner, then the traps
    beside it, chosen greedily to leave as few out as possible; with how many traps were
    covered of how many any US companies could provide."""
    us = [(w, s) for s, w in cn]
    while len(us) < N_US:
        scored = [(len(traps_covered(cn, [*us, c])), rng.random(), c) for c in COMBOS]
        us.append(max(scored)[2])
    rng.shuffle(us)
    return us, len(traps_covered(cn, us)), len(traps_covered(cn, COMBOS))


# --------------------------------------------------------------------------------------------
# One company
# --------------------------------------------------------------------------------------------
USED_NAMES: set[str] = set()


def company_name(
    rng: random.Random, side: str, lang: str, chain: dict, *, stage: str, k: int, city: str
) -> tuple[str, str, bool]:
    """(full name, short name, misleading): the name word sometimes carries the role noun of
    another stage than the company's ("… Distribution" for a maker, "…制造" for a dealer)."""
    for _ in range(300):
        mislead = rng.random() < 0.15
        word = rng.choice(MISLEAD[lang][stage]) if mislead else chain[stage]["w" + lang][k]
        if side == "CN" and lang == "zh":
            core = rng.choice(CN_CORE_ZH)
            tail = rng.choice(
                ["有限公司", "有限公司", "股份有限公司"]
                + ([] if word.endswith("科技") else ["科技有限公司"])
            )
            if stage in "RM" and not mislead and rng.random() < 0.2:
                tail = "厂"
            where = rng.choice([city, f"{city}市", CN_CITY_ZH[city] + city])
            name, short = f"{where}{core}{word}{tail}", f"{core}{word}"
        elif side == "CN":
            core = rng.choice(CN_CORE_EN)
            name, short = f"{core} {word} ({city}) Co., Ltd.", core
        elif lang == "en":
            core = rng.choice(US_CORE_EN)
            legal = rng.choice(["Inc.", "LLC", "Corp.", "Co.", "Group"])
            name, short = f"{core} {word} {legal}", f"{core} {word}"
        else:
            core = rng.choice(US_CORE_ZH)
            name, short = f"美国{core}{word}公司", f"{core}{word}"
        if name not in USED_NAMES and short not in USED_NAMES:
            USED_NAMES.update((name, short))
            return name, short, mislead
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
        mode = "generic" if rng.random() < 0.28 else "specific"
    if lang == "zh":
        country = rng.choice(zh_c)
        if mode == "material":
            m = chain["material"][0]
            return rng.choice([m, f"{m}的稳定货源", f"{country}产的{m}"]), None, mode
        noun = rng.choice(GENERIC["zh"][want] if mode == "generic" else chain[want]["zh"])
        who = f"{country}{noun}" if mode == "generic" or rng.random() < 0.75 else noun
        adj = rng.choice(["", "", "靠谱的", "有实力的", "能长期合作的"])
        return f"{adj}{who}", who, mode
    adj_c, name_c = rng.choice(en_c), rng.choice(en_n)
    if mode == "material":
        m = chain["material"][1]
        return (
            rng.choice(
                [f"a steady source of {m}", f"{m} from {name_c}", f"a second source of {m}"]
            ),
            None,
            mode,
        )
    noun = rng.choice(GENERIC["en"][want] if mode == "generic" else chain[want]["en"])
    who = article(f"{adj_c} {noun}")
    forms = [who, f"{plural(noun)} in {name_c}", f"{adj_c} {plural(noun)}"]
    if mode == "specific":
        forms.append(article(f"{rng.choice(['proven', 'well-established', 'regional'])} {noun}"))
    return rng.choice(forms), who, mode


def seek_clauses(
    rng: random.Random, genre: str, lang: str, ctx: Ctx, *, own: str, want: str
) -> tuple[list[tuple[str, str]], str]:
    """The seek sentence and its form; sometimes a negated want first ("不找经销商，只要…")."""
    others = [x for x in NEIGHBOURS[own] if x != want] or [
        x for x in STAGES if x not in (own, want)
    ]
    if rng.random() < 0.2:
        neg = rng.choice(others)
        chain = ctx["chain"]
        if lang == "zh":
            noun = rng.choice(GENERIC["zh"][neg] + chain[neg]["zh"])
            ctx["neg"] = (rng.choice(ABROAD[ctx["side"]][0]) if rng.random() < 0.4 else "") + noun
        else:
            ctx["neg"] = plural(rng.choice(GENERIC["en"][neg] + chain[neg]["en"]))
        pool = [
            t
            for t in NEGATED[lang, PERSON.get(genre, 1)]
            if ctx["who"] is not None or not needs_party(t)
        ]
        return fill(rng.choice(pool), SEEK, ctx), "negated"
    pool = [
        (f, t) for f, t in T[genre][lang]["seek"] if ctx["who"] is not None or not needs_party(t)
    ]
    form, template = rng.choice(pool)
    return fill(template, SEEK, ctx), form


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
    name, short, mislead = company_name(rng, side, lang, chain, stage=stage, k=k, city=city)
    flags["role noun of another stage in name"] += mislead
    noun = chain[stage][lang][k]
    want_np, who, mode = want_phrases(rng, side, lang, chain, want)
    flags[f"want named: {mode}"] += 1
    person = rng.choice(PEOPLE[home])
    year = rng.choice([2025, 2026])
    n_cohort = rng.randint(3, 12)
    sector = SECTOR[cat][li]
    if lang == "zh":
        mission = (
            f"{year}年赴美{sector}企业经贸对接团"
            if side == "CN"
            else f"{year}年美国{sector}企业访华团"
        )
        prog = f"贸桥跨境加速营第{n_cohort}期"
        phone = (
            f"400-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"
            if side == "CN"
            else f"+1 {rng.randint(200, 989)}-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}"
        )
        date = f"{year}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
        date2 = f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
    else:
        mission = f"{year} {sector} Trade Mission to " + ("the US" if side == "CN" else "China")
        prog = f"Tradebridge Cross-Border Accelerator, Cohort {n_cohort}"
        phone = (
            f"+86 {rng.randint(130, 189)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
            if side == "CN"
            else f"+1 {rng.randint(200, 989)}-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}"
        )
        date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        date2 = f"{rng.randint(1, 12)}/{rng.randint(1, 28)}"
    ctx = Ctx(
        chain=chain, side=side, stage=stage, name=name, short=short, name_up=name.upper(), noun=noun,
        nouns=plural(noun) if lang == "en" else noun, a_noun=article(noun) if lang == "en" else noun,
        detail=chain[stage]["d" + lang][k], product=chain["material" if stage == "R" else "product"][li],
        want=want_np, who=who, city=city, region=rng.choice(REGION[home]), year=year, year0=rng.randint(1996, 2019),
        tgt=rng.choice(TARGET[side][li]), person=person, first=person.split()[0] if home == ("US", "en") else person,
        title=rng.choice(TITLES[lang]), show=rng.choice(SHOWS[cat][li]), booth=f"{rng.choice('ABCDEHKNW')}{rng.randint(1, 12)}-{rng.randint(10, 99)}",
        n=rng.randint(3, 60), m=rng.randint(2, 9), k=rng.randint(2, 6), pct=rng.choice([35, 48, 60, 85, 120, 210]),
        date=date, date2=date2, time=f"{rng.randint(8, 21)}:{rng.randint(0, 59):02d}", colleague=rng.choice(COLLEAGUES[lang]),
        clerk=rng.choice(CLERKS[lang]), staff=rng.choice([45, 90, 160, 300, 650, 1200, 2800]), cert=rng.choice(CERTS_E[home] if stage == "E" else CERTS_US_ZH[cat] if home == ("US", "zh") else CERTS[cat][li]),
        mission=mission, prog=prog, phone=phone, web="www." + re.sub(r"[^a-z]", "", short.lower()) + ".com",
    )  # fmt: skip
    # the offer: the company, sometimes the customers it already serves (not what it seeks)
    # an end user sells no product; a supplier's "product" would name both kinds of supplier
    pool = [t for t in tpl["offer"] if stage in "MD" or "{product}" not in str(t)]
    main = rng.choice(pool)
    offer = [fill(main, OFFER, ctx)]
    if (
        stage in "MD"
        and "{product}" not in str(main)
        and genre in ("assistant chat transcript", "trade-mission debrief", "flyer text")
        and rng.random() < 0.35
    ):
        offer.append(fill(rng.choice(PRODUCT_LINE[lang]), OFFER, ctx))
    served = [x for x in SERVES[stage] if x != want]
    if served and rng.random() < 0.6:
        s_noun = rng.choice(chain[rng.choice(served)][lang])
        ctx["served"] = plural(s_noun) if lang == "en" else s_noun
        offer.append(fill(rng.choice(tpl["served"]), OFFER, ctx))
        flags["served customers named"] += 1
    seek, form = seek_clauses(rng, genre, lang, ctx, own=stage, want=want)
    filler = fill(rng.choice(FILLER[lang]), OTHER, ctx)
    for _ in range(50):
        blocks, notes = LAYOUT[genre](
            rng, lang, tpl, ctx, offer=offer, seek=seek, filler=filler, negated=form == "negated"
        )
        if units(blocks) <= MAX_UNITS:
            break
    else:
        raise RuntimeError(f"{oid}: no layout short enough")
    if "bot question, user confirms" in notes:  # the user's own want was not written
        form = "question (bot), user confirms"
    flags[f"seek form: {form}"] += 1
    for note in notes:
        if note != "bot question, user confirms":
            flags[f"want restated: {note}"] += 1
    segments = render(blocks, " " if lang == "en" else "")
    description = "".join(t for t, _ in segments)
    org = {"id": oid, "side": side, "name": {lang: name}, "description": {lang: description}}
    return org, segments


# --------------------------------------------------------------------------------------------
# Layouts: a document is a list of lines; a line a list of sentences; a sentence a list of
# (text, kind) clauses. Sentences of a line are joined by a space (English) or nothing. A
# layout returns the lines and notes on where else the want was written (a bot, a reviewer).
# --------------------------------------------------------------------------------------------
def one(rng: random.Random, pool: list, kind: str, ctx: Ctx) -> list[tuple[str, str]]:
    return fill(rng.choice(pool), kind, ctx)


def tag(text: str, sentence: list) -> list:
    """``sentence`` with a leading label clause (a speaker, a bullet, a form's question)."""
    return [(text, OTHER), *sentence]


def chat_layout(rng, lang, tpl, ctx, *, offer, seek, filler, negated):
    bot = rng.choice(BOTS[lang])
    user = ctx["first"] + (": " if lang == "en" else "：")
    lines = [[one(rng, tpl["head"], OTHER, ctx)]]
    about = list(offer) + ([filler] if rng.random() < 0.3 else [])
    r, notes = rng.random(), []
    if r < 0.3:  # the want first: the user opens with it
        lines += [
            [tag(bot, one(rng, tpl["open"], OTHER, ctx))],
            [tag(user, seek)],
            [tag(bot, one(rng, tpl["about"], OTHER, ctx))],
            [tag(user, about[0]), *about[1:]],
        ]
    elif r < 0.5 and not negated:  # the bot proposes the want, the user only confirms
        lines += [
            [tag(bot, one(rng, tpl["hello"], OTHER, ctx))],
            [tag(user, about[0]), *about[1:]],
            [tag(bot, one(rng, tpl["bot_seek"], SEEK, ctx))],
            [tag(user, one(rng, tpl["yes"], OTHER, ctx))],
        ]
        notes.append("bot question, user confirms")
    else:
        later = len(about) > 1 and rng.random() < 0.5  # the rest of the offer after the want
        lines += [
            [tag(bot, one(rng, tpl["hello"], OTHER, ctx))],
            [tag(user, about[0]), *([] if later else about[1:])],
            [tag(bot, one(rng, tpl["ask"], OTHER, ctx))],
            [tag(user, seek)],
        ]
        if rng.random() < 0.3:  # the bot restates it in the third person
            lines.append([tag(bot, one(rng, tpl["bot_sum"], SEEK, ctx))])
            notes.append("bot summary")
        if later:
            lines += [
                [tag(bot, one(rng, tpl["ask_more"], OTHER, ctx))],
                [tag(user, about[1]), *about[2:]],
            ]
    if rng.random() < 0.6:
        lines.append([tag(bot, one(rng, tpl["close"], OTHER, ctx))])
    if rng.random() < 0.4:
        lines.append([one(rng, tpl["end"], OTHER, ctx)])
    return lines, notes


def debrief_layout(rng, lang, tpl, ctx, *, offer, seek, filler, negated):
    lines = [
        [one(rng, tpl["title"], OTHER, ctx)],
        [one(rng, tpl["byline"], OTHER, ctx)],
        [one(rng, tpl["delegate"], OTHER, ctx)],
    ]
    if rng.random() < 0.5:
        lines.append([one(rng, tpl["stats"], OTHER, ctx)])
    bullet = rng.choice(tpl["bullet"])
    if rng.random() < 0.3:  # one paragraph: offer and want together
        body = list(offer) + ([filler] if rng.random() < 0.3 else [])
        para = place(rng, body, seek, first=0.3, last=0.5)
        lines.append([tag(bullet, para[0]), *para[1:]])
    else:
        body = list(offer) + ([filler] if rng.random() < 0.4 else [])
        lines += [[tag(bullet, s)] for s in place(rng, body, seek)]
    if rng.random() < 0.7:
        lines.append([one(rng, tpl["action"], OTHER, ctx)])
    return lines, []


def flyer_layout(rng, lang, tpl, ctx, *, offer, seek, filler, negated):
    lines = [[one(rng, tpl["brand"], OTHER, ctx)]]
    pool = tpl["noise_e"] if ctx["stage"] == "E" else tpl["noise"]
    noise = [fill(t, OTHER, ctx) for t in rng.sample(pool, rng.choice([1, 2, 2]))]
    body = list(offer) + ([filler] if rng.random() < 0.2 else [])
    lines += [[s] for s in place(rng, body, seek, first=0.4, last=0.4)]
    lines += [[s] for s in noise]
    return lines, []


def demo_layout(rng, lang, tpl, ctx, *, offer, seek, filler, negated):
    lines = [[one(rng, tpl["head"], OTHER, ctx)], [one(rng, tpl["company"], OTHER, ctx)]]
    what = [tag(rng.choice(tpl["q_what"]), offer[0])]
    more = offer[1:] or [one(rng, tpl["traction"], OTHER, ctx)]
    traction = [tag(rng.choice(tpl["q_traction"]), more[0]), *more[1:]]
    need = [tag(rng.choice(tpl["q_need"]), seek)]
    r = rng.random()
    order = (
        [need, what, traction]
        if r < 0.25
        else [what, need, traction]
        if r < 0.45
        else [what, traction, need]
    )
    for i, qa in enumerate(order, 1):
        qa[0] = [(tpl["qnum"].format(i=i) + qa[0][0][0], OTHER), *qa[0][1:]]
        lines.append(qa)
    if rng.random() < 0.2 and not negated:  # a reviewer restates the want in the third person
        lines.append([one(rng, tpl["review"], SEEK, ctx)])
        return lines, ["reviewer note"]
    return lines, []


def cv_layout(rng, lang, tpl, ctx, *, offer, seek, filler, negated):
    lines = [[one(rng, tpl["title"], OTHER, ctx)], [one(rng, tpl["ref"], OTHER, ctx)]]
    r = rng.random()
    if r < 0.2:  # the want before the sections
        lines.append([seek])
    sections = [[one(rng, tpl["legal"], OTHER, ctx)]]
    scope = [tag(rng.choice(tpl["h_scope"]), offer[0])]
    if 0.2 <= r < 0.4:  # the want in the scope section, after the offer
        scope.append(seek)
    sections.append(scope)
    if rng.random() < 0.6:
        sections.append([one(rng, tpl["cert"], OTHER, ctx)])
    if len(offer) > 1:
        sections.append([tag(rng.choice(tpl["h_perf"]), offer[1]), *offer[2:]])
    elif rng.random() < 0.4:
        sections.append([tag(rng.choice(tpl["h_perf"]), one(rng, tpl["perf"], OTHER, ctx))])
    if r >= 0.4:
        sections.append([tag(rng.choice(tpl["h_team"]), seek)])
    for i, sec in enumerate(sections):
        sec[0] = [(tpl["num"][i] + sec[0][0][0], sec[0][0][1]), *sec[0][1:]]
    lines += sections
    lines.append([one(rng, tpl["sign"], OTHER, ctx)])
    return lines, []


MAX_UNITS = 9


def units(lines: list) -> int:
    """Sentences and lines of a document: each sentence, and each line break inside one."""
    return sum(len(line) + sum(t.count("\n") for sent in line for t, _ in sent) for line in lines)


LAYOUT = {
    "assistant chat transcript": chat_layout,
    "trade-mission debrief": debrief_layout,
    "flyer text": flyer_layout,
    "demo-day application": demo_layout,
    "qualification statement": cv_layout,
}


def render(lines: list, sep: str) -> list[list[str]]:
    """The (text, kind) segments of a document, separators kept at the end of a segment;
    neighbouring clauses of one kind stay apart (they are the templates' own clauses)."""
    out: list[list[str]] = []
    for li, line in enumerate(lines):
        for si, sentence in enumerate(line):
            for ci, (text, kind) in enumerate(sentence):
                end = ""
                if ci == len(sentence) - 1:
                    if si < len(line) - 1:
                        end = sep
                    elif li < len(lines) - 1:
                        end = "\n"
                out.append([text + end, kind])
    return out


# --------------------------------------------------------------------------------------------
# The corpus
# --------------------------------------------------------------------------------------------
def slots(
    rng: random.Random, n: int, minority: str, n_minority: int, major: str
) -> list[tuple[str, str]]:
    """(genre, language) for ``n`` companies: genres even, the minority language in every genre."""
    genres = [GENRES[i % len(GENRES)] for i in range(n)]
    langs = [major] * n
    extra = rng.sample(range(len(GENRES), n), n_minority - len(GENRES))
    for i in [*range(len(GENRES)), *extra]:
        langs[i] = minority
    out = list(zip(genres, langs, strict=True))
    rng.shuffle(out)
    return out


def build() -> tuple[dict, dict, dict, dict]:
    rng = random.Random(SEED)
    USED_NAMES.clear()
    cn_list, us_list = [], []  # (chain, stage, want)
    covered, possible = 0, 0
    for key, cn in zip(CHAINS, cn_roles(rng), strict=True):
        us, got, could = us_roles(rng, cn)
        covered, possible = covered + got, possible + could
        cn_list += [(key, s, w) for s, w in cn]
        us_list += [(key, s, w) for s, w in us]
    rng.shuffle(cn_list)
    rng.shuffle(us_list)
    cn_slots = slots(rng, len(cn_list), "en", 5, "zh")
    us_slots = slots(rng, len(us_list), "zh", 8, "en")
    orgs, segs, meta = [], {}, {}
    flags: Counter = Counter()
    for side, roles, sl in (("CN", cn_list, cn_slots), ("US", us_list, us_slots)):
        for i, ((key, stage, want), (genre, lang)) in enumerate(zip(roles, sl, strict=True), 1):
            oid = f"{PREFIX}{side.lower()}{i:03d}"
            org, seg = make_org(
                rng, oid, side, key=key, stage=stage, want=want, genre=genre, lang=lang, flags=flags
            )
            orgs.append(org)
            segs[oid] = seg
            meta[oid] = (side, key, stage, want, genre, lang)
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
    flags[f"traps covered (of {possible} possible)"] = covered
    return profiles, gold, segs, {"meta": meta, "flags": flags}


def position(seg: list) -> str:
    """Where the want stands among the offer clauses: first, middle or last."""
    kinds = [k for _, k in seg if k != OTHER]
    first_seek, last_seek = kinds.index(SEEK), len(kinds) - 1 - kinds[::-1].index(SEEK)
    if OFFER not in kinds[:first_seek]:
        return "first"
    if OFFER not in kinds[last_seek:]:
        return "last"
    return "middle"


def check(profiles: dict, gold: dict, segs: dict, meta: dict) -> None:
    """The corpus is consistent: segments, partners, roles, ids, names, genres and languages."""
    orgs = profiles["organizations"]
    ids = [o["id"] for o in orgs]
    assert len(ids) == len(set(ids)) == len(CHAINS) * (N_CN + N_US)
    names = [next(iter(o["name"].values())) for o in orgs]
    assert len(names) == len(set(names)), "company names are not distinct"
    for i, o in zip(ids, orgs, strict=True):
        assert (
            re.fullmatch(rf"{PREFIX}(cn|us)\d{{3}}", i)
            and i[len(PREFIX) : len(PREFIX) + 2] == o["side"].lower()
        ), i
    for o in orgs:
        ((lang, text),) = o["description"].items()
        assert list(o["name"]) == [lang] and text.strip() == text and text, o["id"]
        assert "".join(t for t, _ in segs[o["id"]]) == text, o["id"]
        assert all(t and k in (OFFER, SEEK, OTHER) for t, k in segs[o["id"]]), o["id"]
        kinds = {k for _, k in segs[o["id"]]}
        assert SEEK in kinds and OFFER in kinds, o["id"]
        assert not re.search(r"[{}@]", text), o["id"]
        side, _, _, _, _, m_lang = meta[o["id"]]
        assert m_lang == lang and side == o["side"], o["id"]
    for i, role in gold["roles"].items():
        key, sw = role.split(":")
        s, w = sw.split(">")
        assert key in CHAINS and w in NEIGHBOURS[s], (i, role)
    for i in ids:
        if i.startswith(f"{PREFIX}cn"):
            assert gold["partners"].get(i), f"{i} has no partner"
    for a, bs in gold["partners"].items():
        assert all(a in gold["partners"][b] for b in bs), a
    by = Counter((meta[i][0], g, meta[i][5]) for i, g in gold["genres"].items())
    assert all(
        by["CN", g, "zh"] + by["CN", g, "en"] == N_CN * len(CHAINS) // len(GENRES) for g in GENRES
    ), by
    assert all(
        by["US", g, "zh"] + by["US", g, "en"] == N_US * len(CHAINS) // len(GENRES) for g in GENRES
    ), by
    assert all(by[s, g, lang] for s in ("CN", "US") for g in GENRES for lang in ("zh", "en")), by


def main() -> None:
    profiles, gold, segs, info = build()
    meta, flags = info["meta"], info["flags"]
    check(profiles, gold, segs, meta)
    for suffix, data in (("", profiles), ("_gold", gold), ("_segments", segs)):
        (HERE / f"roles_corpus11{suffix}.json").write_text(
            json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8"
        )
    orgs = profiles["organizations"]
    print(f"roles_corpus11: {sum(o['side'] == 'CN' for o in orgs)} CN x {sum(o['side'] == 'US' for o in orgs)} US, "
          f"{len(gold['partners'])} companies with a partner, chains: {', '.join(CHAINS)}")  # fmt: skip
    for g in GENRES:
        c = Counter((m[0], m[5]) for m in meta.values() if m[4] == g)
        print(
            f"  {g:27s} "
            + "  ".join(f"{s}-{lang}:{c[s, lang]}" for s in ("CN", "US") for lang in ("zh", "en"))
        )
    print("  languages:", dict(Counter((m[0], m[5]) for m in meta.values())))
    print("  stages:", dict(sorted(Counter(f"{m[0]} {m[2]}" for m in meta.values()).items())))
    print("  roles:", dict(sorted(Counter(f"{m[2]}>{m[3]}" for m in meta.values()).items())))
    print("  segments:", dict(Counter(k for seg in segs.values() for _, k in seg)))
    print("  want position:", dict(Counter(position(seg) for seg in segs.values())))
    print("  hard cases:", dict(sorted(flags.items())))


if __name__ == "__main__":
    main()
