"""The demo summit's programme: the 2016 California–China Business Summit in Los Angeles
(``demo/events.py`` creates the event and its match-making session).

Opening remarks by the Chinese Consul General, the Governor's representative and the Los
Angeles Area Chamber's vice president; five provincial briefings; a breakout on three topics with
NetEase Kaola, BlueFocus International, the Milken Institute and Orb Media Group; the afternoon
match-making (the session of ``demo/events.py``, linked); a reception that runs into the
evening (already the next day in UTC). The speakers are named by their office, not by invented
names. Organizations not in the demo directory (the chamber and the breakout's companies) are
added through the directory's services.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from tradebridge.accounts.models import User
from tradebridge.directory.models import Organization
from tradebridge.directory.services import OrganizationInput, organization_create
from tradebridge.events import services
from tradebridge.events.models import AgendaItem, AgendaItemSpeaker, Event, Room, Speaker
from tradebridge.matchmaking.models import Session
from tradebridge.matchmaking.services import session_programme_item_set

from .events import EVENT_SLUG
from .services import STAFF_EMAIL

ZONE = ZoneInfo("America/Los_Angeles")
DAY = dt.date(2016, 5, 11)
Kind = AgendaItem.Kind
Role = AgendaItemSpeaker.Role

# Organizations the programme names that the demo directory does not hold yet.
ORGANIZATIONS: dict[str, OrganizationInput] = {
    "la-area-chamber": OrganizationInput(
        slug="la-area-chamber",
        name={"en": "Los Angeles Area Chamber of Commerce", "zh_hans": "洛杉矶地区商会"},
        side="US",
        kind=Organization.Kind.ASSOCIATION,
        region="US-CA",
        website="https://lachamber.com",
    ),
    "netease-kaola": OrganizationInput(
        slug="netease-kaola",
        name={"en": "NetEase Kaola", "zh_hans": "网易考拉"},
        side="CN",
        region="CN-ZJ",
        description={
            "en": "NetEase's cross-border e-commerce platform for imported goods.",
            "zh_hans": "网易旗下的跨境进口电商平台。",
        },
    ),
    "bluefocus-international": OrganizationInput(
        slug="bluefocus-international",
        name={"en": "BlueFocus International", "zh_hans": "蓝色光标国际"},
        side="CN",
        region="CN-BJ",
        description={
            "en": "The international arm of BlueFocus, a marketing and communications group.",
            "zh_hans": "蓝色光标传播集团的国际业务板块。",
        },
    ),
    "milken-institute": OrganizationInput(
        slug="milken-institute",
        name={"en": "Milken Institute", "zh_hans": "米尔肯研究所"},
        side="US",
        kind=Organization.Kind.INSTITUTION,
        region="US-CA",
        description={
            "en": "An independent economic think tank based in Santa Monica.",
            "zh_hans": "总部位于圣莫尼卡的独立经济智库。",
        },
    ),
    "orb-media-group": OrganizationInput(
        slug="orb-media-group",
        name={"en": "Orb Media Group", "zh_hans": "Orb传媒集团"},
        side="US",
        region="US-CA",
    ),
}

ROOMS: dict[str, tuple[dict[str, str], int | None]] = {
    "hall": ({"en": "Petree Hall D", "zh_hans": "Petree D厅"}, 400),
    "breakout": ({"en": "Room 403A", "zh_hans": "403A会议室"}, 80),
    "matchmaking": ({"en": "Petree Hall C", "zh_hans": "Petree C厅"}, 120),
    "foyer": ({"en": "Concourse Foyer", "zh_hans": "大厅前廊"}, None),
}

# key: (name, title, organization slug or "", free affiliation)
SPEAKERS: dict[str, tuple[dict[str, str], dict[str, str], str, dict[str, str]]] = {
    "consul": (
        {"en": "Consul General of China in Los Angeles", "zh_hans": "中国驻洛杉矶总领事"},
        {"en": "Consul General", "zh_hans": "总领事"},
        "",
        {
            "en": "Consulate General of the People's Republic of China in Los Angeles",
            "zh_hans": "中华人民共和国驻洛杉矶总领事馆",
        },
    ),
    "governor": (
        {"en": "Representative of the Governor of California", "zh_hans": "加州州长代表"},
        {"en": "Senior advisor for international affairs", "zh_hans": "国际事务高级顾问"},
        "go-biz",
        {},
    ),
    "chamber": (
        {"en": "Vice President, LA Area Chamber", "zh_hans": "洛杉矶地区商会副会长"},
        {"en": "Vice President, International Trade", "zh_hans": "国际贸易副会长"},
        "la-area-chamber",
        {},
    ),
    "moderator": (
        {"en": "Executive Director, CCTIC", "zh_hans": "加中贸易投资理事会执行主任"},
        {"en": "Executive Director", "zh_hans": "执行主任"},
        "california-china-trade-council",
        {},
    ),
    "kaola": (
        {"en": "NetEase Kaola representative", "zh_hans": "网易考拉代表"},
        {"en": "Head of global sourcing", "zh_hans": "全球采购负责人"},
        "netease-kaola",
        {},
    ),
    "bluefocus": (
        {"en": "BlueFocus International representative", "zh_hans": "蓝色光标国际代表"},
        {"en": "Managing director, North America", "zh_hans": "北美区董事总经理"},
        "bluefocus-international",
        {},
    ),
    "milken": (
        {"en": "Milken Institute economist", "zh_hans": "米尔肯研究所经济学家"},
        {"en": "Senior economist", "zh_hans": "高级经济学家"},
        "milken-institute",
        {},
    ),
    "orb": (
        {"en": "Orb Media Group representative", "zh_hans": "Orb传媒集团代表"},
        {"en": "Chief executive", "zh_hans": "首席执行官"},
        "orb-media-group",
        {},
    ),
}

# The five provinces' briefings: (organization slug, English name, Chinese name).
PROVINCES = (
    ("hebei-commerce", "Hebei", "河北"),
    ("inner-mongolia-commerce", "Inner Mongolia", "内蒙古"),
    ("jiangsu-commerce", "Jiangsu", "江苏"),
    ("shanghai-commerce", "Shanghai", "上海"),
    ("guangdong-commerce", "Guangdong", "广东"),
)

BREAKOUTS = (
    (
        {"en": "FDI in California", "zh_hans": "在加州的外国直接投资"},
        ("milken", "kaola"),
    ),
    (
        {"en": "Cross-border business", "zh_hans": "跨境商务"},
        ("kaola", "bluefocus", "orb"),
    ),
    (
        {"en": "The new normal of Sino-US trade", "zh_hans": "中美贸易新常态"},
        ("milken", "bluefocus", "orb"),
    ),
)


def _at(hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2016, 5, 11, hour, minute, tzinfo=ZONE)


def _organizations(staff: User) -> dict[str, Organization]:
    for slug, data in ORGANIZATIONS.items():
        if not Organization.objects.filter(slug=slug).exists():
            organization_create(actor=staff, data=data)
    slugs = {s[2] for s in SPEAKERS.values() if s[2]} | {p[0] for p in PROVINCES} | {"go-biz"}
    return {o.slug: o for o in Organization.objects.filter(slug__in=slugs)}


def load() -> str:
    """Rooms, speakers, co-hosts and the day's items of the demo summit (once)."""
    event = Event.objects.filter(slug=EVENT_SLUG).first()
    if event is None or event.agenda_items.exists():
        return "0 programme items"
    staff = User.objects.get(email=STAFF_EMAIL)
    organizations = _organizations(staff)
    rooms: dict[str, Room] = {
        key: services.room_create(
            actor=staff, event=event, data=services.RoomInput(name=name, capacity=capacity)
        )
        for key, (name, capacity) in ROOMS.items()
    }
    speakers: dict[str, Speaker] = {
        key: services.speaker_create(
            actor=staff,
            data=services.SpeakerInput(
                name=name,
                title=title,
                affiliation=affiliation,
                organization=organizations.get(slug) if slug else None,
            ),
        )
        for key, (name, title, slug, affiliation) in SPEAKERS.items()
    }
    services.cohost_add(
        actor=staff,
        event=event,
        organization=organizations["go-biz"],
        role={"en": "Co-host", "zh_hans": "联合主办"},
    )
    services.cohost_add(
        actor=staff,
        event=event,
        organization=Organization.objects.get(slug="la-area-chamber"),
        role={"en": "Co-host", "zh_hans": "联合主办"},
    )

    def add(
        kind: str,
        title: dict[str, str],
        start: dt.datetime,
        end: dt.datetime,
        room: str,
        *,
        people: tuple[tuple[str, str], ...] = (),
        description: dict[str, str] | None = None,
        topic: dict[str, str] | None = None,
    ) -> AgendaItem:
        return services.agenda_item_create(
            actor=staff,
            event=event,
            data=services.AgendaItemInput(
                kind=kind,
                title=title,
                starts_at=start,
                ends_at=end,
                room=rooms[room],
                speakers=[services.SpeakerRole(speakers[key], role) for key, role in people],
                description=description,
                topic=topic,
            ),
        )

    add(
        Kind.PLENARY,
        {"en": "Opening remarks", "zh_hans": "开幕致辞"},
        _at(9),
        _at(9, 45),
        "hall",
        people=(("consul", Role.SPEAKER), ("governor", Role.SPEAKER), ("chamber", Role.SPEAKER)),
        description={
            "en": "Welcome by the hosts and the Consul General.",
            "zh_hans": "主办方与总领事欢迎致辞。",
        },
    )
    for index, (slug, english, chinese) in enumerate(PROVINCES):
        start = _at(9, 50) + dt.timedelta(minutes=20 * index)
        briefer = services.speaker_create(
            actor=staff,
            data=services.SpeakerInput(
                name={"en": f"Head of the {english} delegation", "zh_hans": f"{chinese}代表团团长"},
                organization=organizations[slug],
            ),
        )
        speakers[slug] = briefer
        add(
            Kind.BRIEFING,
            {"en": f"{english} briefing", "zh_hans": f"{chinese}推介会"},
            start,
            start + dt.timedelta(minutes=20),
            "hall",
            people=((slug, Role.SPEAKER),),
            description={
                "en": f"Investment and trade opportunities in {english}.",
                "zh_hans": f"{chinese}投资与贸易合作机遇介绍。",
            },
        )
    for index, (topic, panellists) in enumerate(BREAKOUTS):
        start = _at(11, 30) + dt.timedelta(minutes=30 * index)
        add(
            Kind.BREAKOUT,
            {"en": "Breakout panel", "zh_hans": "分组讨论"},
            start,
            start + dt.timedelta(minutes=30),
            "breakout",
            people=(("moderator", Role.MODERATOR), *((k, Role.PANELLIST) for k in panellists)),
            topic=topic,
        )
    matchmaking = add(
        Kind.MATCHMAKING,
        {"en": "Afternoon match-making", "zh_hans": "下午企业对接洽谈会"},
        _at(14),
        _at(17),
        "matchmaking",
        description={
            "en": "Pre-scheduled one-to-one meetings, 15 minutes each, with interpreters.",
            "zh_hans": "预约的一对一洽谈，每场15分钟，配有翻译。",
        },
    )
    session = Session.objects.filter(event=event).order_by("pk").first()
    if session is not None:
        session_programme_item_set(actor=staff, session=session, item=matchmaking)
    add(
        Kind.RECEPTION,
        {"en": "Evening reception", "zh_hans": "晚间招待会"},
        _at(17, 30),
        _at(19, 30),
        "foyer",
        people=(("chamber", Role.SPEAKER),),
    )
    return f"{event.agenda_items.count()} programme items, {len(speakers)} speakers, 2 co-hosts"
