"""The platform's seed taxonomy: sectors, cooperation types and regions, in both languages.

Pure data with no Django import: the directory app seeds its editable tables from it, and the
match-making engine validates profile files and words its reasons with it. Staff may add codes in
the database; the engine is then handed the database's taxonomy instead of this default.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Term:
    """One taxonomy entry: a stable code and its English and Chinese labels."""

    code: str
    en: str
    zh: str


# The sectors of the China Provinces–California MOU, then the ones secretariats add most.
SECTORS: tuple[Term, ...] = (
    Term("infrastructure", "Infrastructure", "基础设施"),
    Term("energy-conservation", "Energy conservation", "节能"),
    Term("e-commerce", "E-commerce", "电子商务"),
    Term("innovative-industries", "Innovative industries", "创新产业"),
    Term("energy", "Energy", "能源"),
    Term("science-technology", "Science and technology", "科学技术"),
    Term("environmental-protection", "Environmental protection", "环境保护"),
    Term("transportation", "Transportation", "交通运输"),
    Term("entertainment", "Entertainment and media", "文化娱乐"),
    Term("real-estate", "Real estate", "房地产"),
    Term("agriculture", "Agriculture and food", "农业与食品"),
    Term("healthcare", "Healthcare and life sciences", "医疗健康与生命科学"),
    Term("manufacturing", "Advanced manufacturing", "先进制造"),
    Term("finance", "Finance and investment", "金融投资"),
    Term("education", "Education", "教育"),
    Term("tourism", "Tourism and hospitality", "旅游酒店"),
    Term("logistics", "Logistics", "物流"),
    Term("water", "Water technology", "水务技术"),
)

# What an organization offers or seeks: the kinds of cooperation secretariats broker.
COOPERATION_TYPES: tuple[Term, ...] = (
    Term("investment-sought", "Investment sought", "寻求投资"),
    Term("investment-offered", "Investment offered", "提供投资"),
    Term("joint-venture", "Joint venture", "合资合作"),
    Term("technology-transfer", "Technology transfer", "技术转让"),
    Term("licensing", "Licensing", "许可授权"),
    Term("distribution", "Distribution", "分销代理"),
    Term("supply", "Supply of products", "产品供应"),
    Term("procurement", "Procurement", "采购"),
    Term("market-entry", "Market entry services", "市场准入服务"),
    Term("rd-partnership", "R&D partnership", "研发合作"),
    Term("project-contracting", "Project contracting (EPC)", "工程承包"),
    Term("consulting", "Consulting services", "咨询服务"),
    Term("talent-exchange", "Talent and training exchange", "人才与培训交流"),
)

# Pairs that complement each other: offering the first answers a search for the second. A code
# not listed here complements itself (offering distribution answers a search for distribution).
COMPLEMENTS: dict[str, str] = {
    "investment-offered": "investment-sought",
    "investment-sought": "investment-offered",
    "supply": "procurement",
    "procurement": "supply",
}

CN_PROVINCES: tuple[Term, ...] = (
    Term("CN-BJ", "Beijing", "北京"),
    Term("CN-TJ", "Tianjin", "天津"),
    Term("CN-HE", "Hebei", "河北"),
    Term("CN-SX", "Shanxi", "山西"),
    Term("CN-NM", "Inner Mongolia", "内蒙古"),
    Term("CN-LN", "Liaoning", "辽宁"),
    Term("CN-JL", "Jilin", "吉林"),
    Term("CN-HL", "Heilongjiang", "黑龙江"),
    Term("CN-SH", "Shanghai", "上海"),
    Term("CN-JS", "Jiangsu", "江苏"),
    Term("CN-ZJ", "Zhejiang", "浙江"),
    Term("CN-AH", "Anhui", "安徽"),
    Term("CN-FJ", "Fujian", "福建"),
    Term("CN-JX", "Jiangxi", "江西"),
    Term("CN-SD", "Shandong", "山东"),
    Term("CN-HA", "Henan", "河南"),
    Term("CN-HB", "Hubei", "湖北"),
    Term("CN-HN", "Hunan", "湖南"),
    Term("CN-GD", "Guangdong", "广东"),
    Term("CN-GX", "Guangxi", "广西"),
    Term("CN-HI", "Hainan", "海南"),
    Term("CN-CQ", "Chongqing", "重庆"),
    Term("CN-SC", "Sichuan", "四川"),
    Term("CN-GZ", "Guizhou", "贵州"),
    Term("CN-YN", "Yunnan", "云南"),
    Term("CN-XZ", "Tibet", "西藏"),
    Term("CN-SN", "Shaanxi", "陕西"),
    Term("CN-GS", "Gansu", "甘肃"),
    Term("CN-QH", "Qinghai", "青海"),
    Term("CN-NX", "Ningxia", "宁夏"),
    Term("CN-XJ", "Xinjiang", "新疆"),
    Term("CN-HK", "Hong Kong", "香港"),
    Term("CN-MO", "Macao", "澳门"),
    Term("CN-TW", "Taiwan", "台湾"),
)

US_STATES: tuple[Term, ...] = tuple(
    Term(f"US-{code}", en, zh)
    for code, en, zh in (
        ("AL", "Alabama", "阿拉巴马州"),
        ("AK", "Alaska", "阿拉斯加州"),
        ("AZ", "Arizona", "亚利桑那州"),
        ("AR", "Arkansas", "阿肯色州"),
        ("CA", "California", "加利福尼亚州"),
        ("CO", "Colorado", "科罗拉多州"),
        ("CT", "Connecticut", "康涅狄格州"),
        ("DE", "Delaware", "特拉华州"),
        ("DC", "District of Columbia", "哥伦比亚特区"),
        ("FL", "Florida", "佛罗里达州"),
        ("GA", "Georgia", "佐治亚州"),
        ("HI", "Hawaii", "夏威夷州"),
        ("ID", "Idaho", "爱达荷州"),
        ("IL", "Illinois", "伊利诺伊州"),
        ("IN", "Indiana", "印第安纳州"),
        ("IA", "Iowa", "艾奥瓦州"),
        ("KS", "Kansas", "堪萨斯州"),
        ("KY", "Kentucky", "肯塔基州"),
        ("LA", "Louisiana", "路易斯安那州"),
        ("ME", "Maine", "缅因州"),
        ("MD", "Maryland", "马里兰州"),
        ("MA", "Massachusetts", "马萨诸塞州"),
        ("MI", "Michigan", "密歇根州"),
        ("MN", "Minnesota", "明尼苏达州"),
        ("MS", "Mississippi", "密西西比州"),
        ("MO", "Missouri", "密苏里州"),
        ("MT", "Montana", "蒙大拿州"),
        ("NE", "Nebraska", "内布拉斯加州"),
        ("NV", "Nevada", "内华达州"),
        ("NH", "New Hampshire", "新罕布什尔州"),
        ("NJ", "New Jersey", "新泽西州"),
        ("NM", "New Mexico", "新墨西哥州"),
        ("NY", "New York", "纽约州"),
        ("NC", "North Carolina", "北卡罗来纳州"),
        ("ND", "North Dakota", "北达科他州"),
        ("OH", "Ohio", "俄亥俄州"),
        ("OK", "Oklahoma", "俄克拉何马州"),
        ("OR", "Oregon", "俄勒冈州"),
        ("PA", "Pennsylvania", "宾夕法尼亚州"),
        ("RI", "Rhode Island", "罗得岛州"),
        ("SC", "South Carolina", "南卡罗来纳州"),
        ("SD", "South Dakota", "南达科他州"),
        ("TN", "Tennessee", "田纳西州"),
        ("TX", "Texas", "得克萨斯州"),
        ("UT", "Utah", "犹他州"),
        ("VT", "Vermont", "佛蒙特州"),
        ("VA", "Virginia", "弗吉尼亚州"),
        ("WA", "Washington", "华盛顿州"),
        ("WV", "West Virginia", "西弗吉尼亚州"),
        ("WI", "Wisconsin", "威斯康星州"),
        ("WY", "Wyoming", "怀俄明州"),
    )
)

REGIONS: tuple[Term, ...] = CN_PROVINCES + US_STATES

# The sides of a partnership (ISO 3166-1 alpha-2 countries).
SIDES: tuple[Term, ...] = (
    Term("CN", "China", "中国"),
    Term("US", "United States", "美国"),
)


def codes(terms: tuple[Term, ...]) -> frozenset[str]:
    """The set of codes of a taxonomy list."""
    return frozenset(term.code for term in terms)
