"""The demo's delegations: the Chinese provincial trade delegation to the 2016 Los Angeles
summit (about 130 people) and its five provincial parts (Hebei, Inner Mongolia, Jiangsu,
Shanghai, Guangdong), each led by a demo account (docs/demo.md), with the member enterprises of
its province from the demo directory, hotels, arrivals and departures, and the host's
letterhead for the invitation letters.

Names are drawn deterministically from common surnames and given names; their passport
spellings come from ``tradebridge.names`` (曾 ZENG, 单 SHAN, 解 XIE, 吕 LYU, 欧阳 OUYANG) except
for Mongolian names, which are written as their passports write them (巴特尔 BATEER).
Everything goes through the delegation services, as the secretariat and the leaders would.
"""

from __future__ import annotations

import datetime as dt
import random
import zoneinfo
from dataclasses import dataclass

from tradebridge.accounts.models import User
from tradebridge.directory.models import Organization, Region, Representative
from tradebridge.events.models import Event
from tradebridge.names import split_chinese_name, suggest_passport_name

from ..delegations import services
from ..delegations.models import Delegation
from .services import STAFF_EMAIL

EVENT_SLUG = "california-china-business-summit-2016"
ZONE = zoneinfo.ZoneInfo("America/Los_Angeles")

WESTIN = "The Westin Bonaventure Hotel & Suites"
BILTMORE = "Millennium Biltmore Hotel"
INTERCONTINENTAL = "InterContinental Los Angeles Downtown"
MARRIOTT = "JW Marriott Los Angeles L.A. LIVE"

NATIONAL = {
    "en": "Chinese Provincial Trade and Economic Delegation",
    "zh_hans": "中国省级经贸代表团",
}
NATIONAL_LEADER = "delegation.china@tradebridge.example"


@dataclass(frozen=True)
class Province:
    code: str
    name: dict[str, str]
    leader: str  # the leader account's e-mail
    size: int  # delegates
    hotel: str
    arrival_day: int  # of May 2016


PROVINCES = (
    Province(
        "CN-HE",
        {"en": "Hebei Provincial Delegation", "zh_hans": "河北省代表团"},
        "delegation.hebei@tradebridge.example",
        24,
        BILTMORE,
        10,
    ),
    Province(
        "CN-NM",
        {"en": "Inner Mongolia Autonomous Region Delegation", "zh_hans": "内蒙古自治区代表团"},
        "delegation.inner-mongolia@tradebridge.example",
        22,
        BILTMORE,
        10,
    ),
    Province(
        "CN-JS",
        {"en": "Jiangsu Provincial Delegation", "zh_hans": "江苏省代表团"},
        "delegation.jiangsu@tradebridge.example",
        28,
        WESTIN,
        9,
    ),
    Province(
        "CN-SH",
        {"en": "Shanghai Municipal Delegation", "zh_hans": "上海市代表团"},
        "delegation.shanghai@tradebridge.example",
        24,
        WESTIN,
        9,
    ),
    Province(
        "CN-GD",
        {"en": "Guangdong Provincial Delegation", "zh_hans": "广东省代表团"},
        "delegation.guangdong@tradebridge.example",
        24,
        INTERCONTINENTAL,
        10,
    ),
)

SURNAMES = (
    "王李张刘陈杨黄赵周吴徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭肖田董潘袁蒋蔡余杜叶程魏苏"
    "丁沈任姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶贺顾毛郝龚邵万钱严覃"
    "武戴莫孔向汤曾吕单解"
)
MALE = [
    "建国",
    "志强",
    "伟",
    "磊",
    "海涛",
    "立新",
    "国华",
    "明",
    "晓东",
    "振宇",
    "文博",
    "俊杰",
    "浩然",
    "宏伟",
    "永刚",
    "德明",
    "春生",
    "鹏",
    "斌",
    "勇",
    "军",
    "涛",
    "健",
    "峰",
    "刚",
    "辉",
    "宇航",
    "国庆",
    "学文",
    "新民",
    "卫国",
    "文军",
    "正阳",
    "家豪",
    "子豪",
    "志明",
    "金龙",
    "庆丰",
    "思远",
    "天翔",
]
FEMALE = [
    "静",
    "丽",
    "敏",
    "燕",
    "芳",
    "婷",
    "晓红",
    "雪梅",
    "秀英",
    "慧",
    "丹",
    "雯",
    "琳",
    "思雨",
    "梦瑶",
    "欣怡",
    "玉兰",
    "春梅",
    "海燕",
    "文静",
    "颖",
    "倩",
    "晓燕",
    "丽华",
    "红梅",
    "美玲",
    "佳琪",
    "雅琴",
    "凤英",
    "桂芳",
]
# Mongolian names, written in one piece in Chinese and in the passport.
MONGOLIAN = (
    ("乌云其木格", "WUYUNQIMUGE", "F"),
    ("阿拉坦仓", "ALATANCANG", "M"),
    ("斯琴高娃", "SIQINGAOWA", "F"),
)

GOVERNMENT_TITLES = (
    ("Director General", "厅长"),
    ("Deputy Director General", "副厅长"),
    ("Division Director", "处长"),
    ("Deputy Division Director", "副处长"),
    ("Principal Staff Member", "主任科员"),
)
ENTERPRISE_TITLES = (
    ("Chairman", "董事长"),
    ("General Manager", "总经理"),
    ("Deputy General Manager", "副总经理"),
    ("Director of International Business", "国际业务部总监"),
    ("Overseas Market Manager", "海外市场经理"),
    ("Chief Technology Officer", "技术总监"),
    ("Export Manager", "出口部经理"),
)
ASSOCIATION_TITLES = (("Secretary General", "秘书长"), ("Deputy Secretary General", "副秘书长"))

# The national delegation's own staff: from the ministry, not a directory organization.
NATIONAL_CORE = (
    ("周卫东", "M", "Head of Delegation", "团长"),
    ("曾志强", "M", "Secretary General of the Delegation", "代表团秘书长"),
    ("孙丽华", "F", "Deputy Director General", "副司长"),
    ("郑浩然", "M", "Division Director", "处长"),
    ("欧阳雪梅", "F", "Interpreter", "翻译"),
    ("何建国", "M", "Division Director", "处长"),
    ("吕静", "F", "Programme Officer", "项目官员"),
    ("陶文军", "M", "Logistics Officer", "后勤联络员"),
)
# The demo accounts' representatives of Chinese enterprises (demo/services.py).
REPRESENTATIVE_GENDERS = {
    "王磊": "M",
    "陈静": "F",
    "赵志刚": "M",
    "林思远": "M",
    "黄佳怡": "F",
    "刘建华": "M",
}
REPRESENTATIVE_TITLES = {
    "国际销售总监": "Director of International Sales",
    "北美市场经理": "North America Market Manager",
    "海外业务部经理": "Overseas Business Manager",
    "业务发展副总裁": "Vice President, Business Development",
    "品牌招商总监": "Director of Brand Partnerships",
    "对外贸易处处长": "Director, Foreign Trade Division",
}
MINISTRY = "Ministry of Commerce of the People's Republic of China"

LETTERHEAD = services.LetterheadInput(
    host_name="Governor's Office of Business and Economic Development (GO-Biz)",
    address="1325 J Street, Suite 1800\nSacramento, CA 95814, United States",
    contact="+1 916 555 0100 · international@tradebridge.example",
    signatory_name="Laura Mitchell",
    signatory_title="Deputy Director, International Affairs",
    purpose=(
        "to attend the California–China Business Summit 2016 in Los Angeles and to meet "
        "California companies in its match-making session"
    ),
)


def _time(day: int, hour: int, minute: int) -> dt.datetime:
    return dt.datetime(2016, 5, day, hour, minute, tzinfo=ZONE)


ARRIVALS = ((9, 35), (11, 20), (13, 45), (16, 10), (18, 30))
DEPARTURES = ((12, 12, 30), (13, 0, 40), (13, 12, 30), (14, 1, 10))


class _People:
    """Distinct names, drawn in a fixed order."""

    def __init__(self, seed: int) -> None:
        self.random = random.Random(seed)
        self.used: set[str] = set()

    def name(self, gender: str) -> str:
        while True:
            surname = self.random.choice(SURNAMES)
            given = self.random.choice(MALE if gender == "M" else FEMALE)
            if surname + given not in self.used:
                self.used.add(surname + given)
                return surname + given


def _input(
    full_name: str,
    gender: str,
    title: tuple[str, str],
    *,
    organization: Organization | None,
    organization_name: str = "",
    hotel: str,
    arrival: dt.datetime,
    departure: dt.datetime,
    number: int,
    latin: str = "",
    user: User | None = None,
) -> services.DelegateInput:
    # A Mongolian name (given with its passport spelling) is one word: no family name.
    family, given = ("", "") if latin else split_chinese_name(full_name)
    latin = latin or suggest_passport_name(full_name)
    email = ""
    if number % 2 == 0 or user is not None:
        email = user.email if user else f"{latin.lower().replace(' ', '.')}.{number}@example.cn"
    return services.DelegateInput(
        full_name=full_name,
        latin_name=latin,
        family_name=family,
        given_name=given,
        organization=organization,
        organization_name=organization_name,
        title={"en": title[0], "zh_hans": title[1]},
        languages="Chinese, English" if number % 4 == 0 or user else "Chinese",
        gender=gender,
        email=email,
        phone=f"+86 13{number % 10} {1000 + number * 37 % 9000} {2000 + number * 53 % 8000}",
        arrival_at=arrival,
        departure_at=departure,
        hotel=hotel,
        user=user,
    )


def _province_people(
    province: Province, organizations: list[Organization], people: _People
) -> list[tuple[str, str, tuple[str, str], Organization, str]]:
    """(name, gender, title, organization, passport name) for a province's delegation: three
    officials of its commerce department (the leader among them), one person per association,
    one or two per enterprise until the delegation is full."""
    government = [o for o in organizations if o.kind == Organization.Kind.GOVERNMENT]
    associations = [o for o in organizations if o.kind == Organization.Kind.ASSOCIATION]
    enterprises = [o for o in organizations if o.kind == Organization.Kind.ENTERPRISE]
    rows: list[tuple[str, str, tuple[str, str], Organization, str]] = []
    for index, title in enumerate(GOVERNMENT_TITLES[2:5]):
        gender = "F" if index == 1 else "M"
        rows.append((people.name(gender), gender, title, government[0], ""))
    for association in associations:
        rows.append((people.name("M"), "M", ASSOCIATION_TITLES[0], association, ""))
    turn = 0
    while len(rows) < province.size - 1:  # the leader is added by the caller
        organization = enterprises[turn % len(enterprises)]
        gender = "F" if people.random.random() < 0.35 else "M"
        title = ENTERPRISE_TITLES[(turn // len(enterprises)) * 3 + turn % 3]
        rows.append((people.name(gender), gender, title, organization, ""))
        turn += 1
    if province.code == "CN-NM":
        # Mongolian names among the Inner Mongolian enterprises' people.
        for index, (name, latin, gender) in enumerate(MONGOLIAN):
            _old, _g, title, organization, _l = rows[-1 - index]
            rows[-1 - index] = (name, gender, title, organization, latin)
    return rows


def load() -> str:
    """Create the delegations unless they are there (they are loaded whole, in the demo's one
    transaction); skipped when the summit is not in the demo."""
    event = Event.objects.filter(slug=EVENT_SLUG).first()
    if event is None or Delegation.objects.filter(event=event).exists():
        return "0 delegations"
    staff = User.objects.get(email=STAFF_EMAIL)
    accounts = {u.email: u for u in User.objects.filter(email__endswith="@tradebridge.example")}
    # Representatives of demo enterprises travel with their province: their entries are
    # linked to their accounts (they read them on "My delegation").
    representatives: dict[str, list[Representative]] = {}
    for representative in (
        Representative.objects.select_related("organization", "user")
        .filter(user__email__startswith="rep", organization__side="CN")
        .order_by("pk")
    ):
        representatives.setdefault(representative.organization.slug, []).append(representative)
    services.letterhead_set(actor=staff, data=LETTERHEAD, event=event)
    national = services.delegation_create(
        actor=staff, data=services.DelegationInput(name=NATIONAL, event=event)
    )
    services.delegation_set_leaders(
        actor=staff, delegation=national, leaders=[accounts[NATIONAL_LEADER]]
    )
    people = _People(2016)
    for name, *_rest in NATIONAL_CORE:
        people.used.add(name)
    number = 0
    for index, (name, gender, title_en, title_zh) in enumerate(NATIONAL_CORE):
        number += 1
        hour, minute = ARRIVALS[index % 2]
        services.delegate_add(
            actor=staff,
            delegation=national,
            data=_input(
                name,
                gender,
                (title_en, title_zh),
                organization=None,
                organization_name=MINISTRY,
                hotel=WESTIN,
                arrival=_time(9, hour, minute),
                departure=_time(13, 12, 30),
                number=number,
                user=accounts[NATIONAL_LEADER] if index == 0 else None,
            ),
        )
    regions = {r.code: r for r in Region.objects.filter(code__in=[p.code for p in PROVINCES])}
    delegations = 1
    for province in PROVINCES:
        organizations = list(
            Organization.objects.filter(side="CN", region__code=province.code).order_by("pk")
        )
        delegation = services.delegation_create(
            actor=staff,
            data=services.DelegationInput(
                name=province.name,
                event=event,
                parent=national,
                region=regions[province.code],
                organizations=organizations,
            ),
        )
        delegations += 1
        leader = accounts[province.leader]
        # The national leader names the provincial leaders, as the rules let them.
        services.delegation_set_leaders(
            actor=accounts[NATIONAL_LEADER], delegation=delegation, leaders=[leader]
        )
        people.used.add(leader.full_name)
        government = next(o for o in organizations if o.kind == Organization.Kind.GOVERNMENT)
        rows = [
            (
                leader.full_name,
                "F" if province.code == "CN-GD" else "M",
                GOVERNMENT_TITLES[1],
                government,
                "BATEER" if province.code == "CN-NM" else "",
            ),
            *_province_people(province, organizations, people),
        ]
        for position, row in enumerate(rows):
            name, gender, title, organization, latin = row
            number += 1
            user = leader if position == 0 else None
            waiting = representatives.get(organization.slug)
            if user is None and waiting:
                # The enterprise's demo representatives are its first delegates.
                representative = waiting.pop(0)
                user, name = representative.user, representative.user.full_name
                gender, latin = REPRESENTATIVE_GENDERS.get(name, gender), ""
                title = (REPRESENTATIVE_TITLES.get(representative.title, ""), representative.title)
            hour, minute = ARRIVALS[(position + province.arrival_day) % len(ARRIVALS)]
            day, out_hour, out_minute = DEPARTURES[position % len(DEPARTURES)]
            hotel = province.hotel
            if position % 11 == 10:
                hotel = MARRIOTT  # booked late: the delegation's hotel was full
            data = _input(
                name,
                gender,
                title,
                organization=organization,
                hotel=hotel,
                arrival=_time(province.arrival_day, hour, minute),
                departure=_time(day, out_hour, out_minute),
                number=number,
                latin=latin,
                user=user,
            )
            services.delegate_add(actor=leader, delegation=delegation, data=data)
    return f"{delegations} delegations, {number} delegates"
