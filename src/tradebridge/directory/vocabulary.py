"""A bilingual trade vocabulary: the bridge between a Chinese and an English search that needs
no model.

Each concept is a few surface forms in English and Chinese that a profile would use for the same
thing (光伏 / solar / photovoltaic). A search term found here matches a profile holding *any*
form of its concept, so "solar" finds a company that wrote only 光伏组件, and 跨境电商 one that
wrote "e-commerce". The taxonomy's sectors, cooperation types and regions are concepts too (their
labels in both languages), so a staff-edited label is bridged as soon as it is seeded.

Forms are matched as lower-case substrings of the search document (like every search term), so
English forms are written to be substrings of their inflections ("distribut" for distributor and
distribution) and short forms that sit inside unrelated words ("bus" in "business", "tea" in
"team") are left out. Written from the taxonomy and the trade a bilateral working group brokers,
before the search benchmark's queries were written (bench/search/README.md).
"""

from __future__ import annotations

from functools import cache

from tradebridge import taxonomy

# A concept's forms; the first English and the first Chinese form are the canonical ones.
CONCEPTS: tuple[tuple[str, ...], ...] = (
    # Energy
    ("solar", "photovoltaic", "光伏", "太阳能"),
    ("wind power", "wind turbine", "wind farm", "offshore wind", "风电", "风力发电", "风机"),
    ("energy storage", "storage system", "储能"),
    ("battery", "batteries", "电池"),
    ("lithium", "锂"),
    ("hydrogen", "electrolyzer", "electrolyser", "fuel cell", "氢能", "制氢", "绿氢", "燃料电池"),
    ("inverter", "power electronics", "逆变器", "电力电子"),
    ("charging", "charger", "充电"),
    ("electric vehicle", "electric car", "新能源汽车", "电动汽车"),
    ("microgrid", "smart grid", "power grid", "微电网", "智能电网", "电网"),
    ("rare earth", "稀土"),
    ("heat pump", "热泵"),
    ("energy efficiency", "energy saving", "energy-efficient", "节能"),
    ("lighting", "照明"),
    ("low carbon", "carbon neutral", "decarboni", "低碳", "碳中和", "减排"),
    ("carbon credit", "carbon market", "carbon trading", "碳交易", "碳市场"),
    ("green building", "绿色建筑", "绿建"),
    ("renewable", "clean energy", "new energy", "可再生能源", "清洁能源", "新能源"),
    ("power equipment", "electrical equipment", "transformer", "电气设备", "电力设备", "变压器"),
    # Trade and commerce
    ("e-commerce", "ecommerce", "online retail", "online store", "电子商务", "电商", "网店"),
    (
        "cross-border e-commerce",
        "cross-border ecommerce",
        "e-commerce",
        "ecommerce",
        "跨境电商",
        "跨境电子商务",
        "电子商务",
        "电商",
    ),
    ("cross-border", "跨境"),
    ("livestream", "live stream", "live-stream", "live commerce", "直播"),
    ("payment", "支付"),
    ("logistics", "freight", "物流", "货运"),
    ("warehouse", "warehousing", "fulfillment", "fulfilment", "仓储", "仓库"),
    ("cold chain", "refrigerated", "冷链"),
    ("customs", "清关", "报关", "海关"),
    ("seaport", "port of", "港口", "港航"),
    ("shipping", "maritime", "vessel", "航运", "船舶", "海运"),
    ("supply chain", "供应链"),
    ("export", "出口"),
    ("import", "进口"),
    ("distribut", "dealer", "wholesale", "分销", "经销", "代理", "批发"),
    ("franchise", "加盟", "特许经营"),
    ("brand", "品牌"),
    ("consumer goods", "consumer products", "消费品"),
    ("cosmetic", "skincare", "skin care", "beauty", "化妆品", "护肤", "美妆"),
    ("outdoor gear", "outdoor", "户外"),
    # Manufacturing and materials
    ("machinery", "machine tool", "机械", "机床"),
    ("construction machinery", "excavator", "工程机械", "挖掘机"),
    ("cnc", "数控"),
    ("mold", "mould", "模具"),
    ("robot", "机器人"),
    ("automation", "自动化"),
    ("semiconductor", "chip", "integrated circuit", "半导体", "芯片", "集成电路"),
    ("electronic", "电子"),
    ("precision", "精密"),
    ("steel", "钢铁", "钢材"),
    ("aluminium", "aluminum", "铝"),
    ("new material", "advanced material", "新材料"),
    ("glass", "玻璃"),
    ("apparel", "garment", "clothing", "fashion", "服装", "服饰", "成衣"),
    ("textile", "fabric", "纺织", "面料"),
    ("cashmere", "wool", "羊绒", "羊毛"),
    ("furniture", "home furnishing", "家具", "家居"),
    ("auto part", "automotive", "汽车零部件", "汽车配件", "汽车"),
    ("drone", "uav", "unmanned aerial", "无人机"),
    ("3d print", "additive manufactur", "增材制造", "3d打印"),
    ("pipeline", "pipe", "管道"),
    ("packaging", "包装"),
    ("oem", "contract manufactur", "代工"),
    # Health
    ("pharma", "drug", "medicine", "制药", "医药", "药品", "药物"),
    ("biotech", "biolog", "biopharma", "生物"),
    ("medical device", "medical equipment", "医疗器械", "医疗设备"),
    ("hospital", "医院"),
    ("clinical", "临床"),
    ("genomic", "genetic", "sequencing", "基因", "测序"),
    ("traditional chinese medicine", "herbal", "中医", "中药"),
    ("elderly care", "senior care", "eldercare", "senior living", "养老"),
    ("diagnos", "检测", "诊断"),
    ("antibod", "抗体"),
    ("telemedicine", "digital health", "telehealth", "数字医疗", "远程医疗", "互联网医疗"),
    ("nutrition", "supplement", "营养", "保健品"),
    # Agriculture and food
    ("dairy", "milk", "乳业", "乳制品", "牛奶", "奶业"),
    ("wine", "winery", "vineyard", "葡萄酒", "酒庄"),
    ("almond", "pistachio", "walnut", "tree nut", "杏仁", "开心果", "核桃", "坚果"),
    ("fruit", "citrus", "水果", "柑橘"),
    ("seeds", "seed potato", "种子", "种业"),
    ("potato", "马铃薯", "土豆"),
    ("soybean", "大豆"),
    ("alfalfa", "forage", "苜蓿", "牧草"),
    ("feed", "饲料"),
    ("livestock", "cattle", "herd", "畜牧", "牧业", "奶牛"),
    ("food", "食品"),
    ("coffee", "咖啡"),
    ("irrigation", "灌溉", "滴灌"),
    ("pet food", "宠物食品", "宠物"),
    ("organic", "有机"),
    ("fertiliz", "fertilis", "化肥", "肥料"),
    ("smart farming", "precision agricultur", "agtech", "智慧农业", "精准农业"),
    ("grain", "粮食", "粮油"),
    # Environment and water
    ("wastewater", "water treatment", "sewage", "污水", "废水", "水处理"),
    ("desalinat", "海水淡化"),
    ("membrane", "膜"),
    ("recycl", "回收", "再生"),
    ("air quality", "air pollution", "emission", "空气质量", "大气", "废气"),
    ("remediation", "修复"),
    ("environmental", "环保"),
    ("plastic", "塑料"),
    ("ecolog", "restoration", "生态"),
    ("desert", "沙漠", "荒漠"),
    ("water", "水务", "供水"),
    # Transport and infrastructure
    ("railway", "railroad", "rail transit", "light rail", "轨道", "铁路", "地铁", "轨交"),
    ("electric bus", "transit bus", "buses", "e-bus", "电动客车", "客车", "公交", "巴士"),
    ("truck", "卡车", "货车", "重卡"),
    ("bridge", "桥梁"),
    ("highway", "roads", "公路", "道路"),
    ("construction", "builder", "建筑", "施工"),
    ("engineering", "工程"),
    ("smart city", "智慧城市", "智能城市"),
    ("autonomous", "self-driving", "driverless", "自动驾驶", "无人驾驶", "智能驾驶"),
    ("aviation", "aircraft", "airport", "航空", "机场"),
    ("data center", "datacenter", "data centre", "数据中心"),
    ("cloud", "云计算", "云服务"),
    ("fleet", "车队"),
    ("mobility", "出行"),
    # Technology
    ("artificial intelligence", "machine learning", "人工智能"),
    ("software", "saas", "软件"),
    ("fintech", "financial technology", "金融科技"),
    ("quantum", "量子"),
    ("photonic", "laser", "optical", "光电", "激光", "光学"),
    ("sensor", "sensing", "传感器", "传感"),
    ("internet of things", "iot", "物联网"),
    ("satellite", "卫星"),
    ("smart home", "智能家居"),
    ("edtech", "online learning", "education technology", "在线教育", "教育科技"),
    ("big data", "data analytic", "大数据", "数据分析"),
    ("digital", "数字"),
    # Finance
    ("venture capital", "venture", "创投", "风险投资", "创业投资"),
    ("private equity", "私募"),
    ("invest", "投资"),
    ("fund", "基金"),
    ("bank", "银行"),
    ("insurance", "保险"),
    ("acquisition", "merger", "并购", "收购"),
    # Culture, tourism, education, property, services
    ("film", "movie", "motion picture", "电影", "影视", "影业"),
    ("animation", "动画", "动漫"),
    ("game", "gaming", "游戏"),
    ("music", "音乐"),
    ("media", "传媒", "媒体"),
    ("visual effects", "vfx", "特效"),
    ("theme park", "主题公园", "乐园"),
    ("tourism", "tourist", "travel", "tour", "旅游"),
    ("hotel", "hospitality", "resort", "酒店", "度假"),
    ("education", "school", "教育", "学校"),
    ("university", "college", "大学", "学院", "高校"),
    ("language training", "language", "语言"),
    ("study tour", "exchange program", "游学", "研学"),
    ("real estate", "property", "房地产", "地产", "置业"),
    ("industrial park", "logistics park", "产业园", "物流园", "园区"),
    ("housing", "residential", "住宅", "住房"),
    ("consult", "advisory", "咨询"),
    ("legal", "law firm", "法律", "律师"),
    ("trade promotion", "贸易促进", "贸促"),
    ("chamber of commerce", "商会"),
    ("association", "federation", "协会", "联合会"),
    ("government", "政府"),
)

# Short names of places that the taxonomy writes in full (加利福尼亚州 is 加州 in speech).
PLACES: tuple[tuple[str, ...], ...] = (
    ("california", "加州", "加利福尼亚"),
    ("los angeles", "洛杉矶"),
    ("san francisco", "旧金山"),
    ("silicon valley", "硅谷"),
    ("new york", "纽约"),
    ("texas", "德州", "得克萨斯"),
    ("inner mongolia", "内蒙古", "内蒙"),
)

# At most this many forms per search term: each form is one more condition in the query.
MAX_FORMS = 12


def _taxonomy_concepts() -> list[tuple[str, ...]]:
    concepts: list[tuple[str, ...]] = []
    for term in (*taxonomy.SECTORS, *taxonomy.COOPERATION_TYPES, *taxonomy.REGIONS):
        forms = [term.en.lower(), term.zh]
        for suffix in ("省", "州", "市", "自治区"):
            if term.zh.endswith(suffix) and len(term.zh) > len(suffix) + 1:
                forms.append(term.zh[: -len(suffix)])
        concepts.append(tuple(forms))
    return concepts


@cache
def concept_index() -> dict[str, tuple[str, ...]]:
    """Every form (lower case) and the forms of all the concepts it belongs to, its own first."""
    index: dict[str, list[str]] = {}
    for concept in (*CONCEPTS, *PLACES, *_taxonomy_concepts()):
        for form in concept:
            forms = index.setdefault(form, [form])
            forms.extend(f for f in concept if f not in forms)
    return {form: tuple(forms[:MAX_FORMS]) for form, forms in index.items()}
