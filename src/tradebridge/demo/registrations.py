"""The demo's registrations for the 2016 Los Angeles summit: about 350 attendees.

The delegation's delegates (about 130) are registered by their leaders, the national leader
registering the national delegation's own people; the demo accounts of American enterprises
register themselves; the secretariat registers the rest: Californian companies, officials,
speakers, the press, the guests of honour, and Chinese business people living in California.
The event has 350 seats, so the last few are wait-listed; a handful cancel, and the first
people waiting move up, as the services do it. Names and choices are drawn deterministically.
Where the programme has items with limited seats (a breakout, a site visit), attendees take
seats in them and a few wait. Everything goes through the registration services.
"""

from __future__ import annotations

import random

from tradebridge.accounts.models import User
from tradebridge.accounts.privacy import PRIVACY_NOTICE_VERSION
from tradebridge.delegations.models import Delegate, Delegation
from tradebridge.directory.models import Organization
from tradebridge.events.models import AgendaItem, Event
from tradebridge.names import suggest_passport_name

from ..registrations import services
from ..registrations.models import Registration
from .services import STAFF_EMAIL

EVENT_SLUG = "california-china-business-summit-2016"
CAPACITY = 350
# Registrations beyond the delegates: with them, 358 ask for 350 seats.
TOTAL = 358
CANCELLING = 5  # confirmed attendees who cancel (the first five waiting move up)


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


FIRST_NAMES = _words(
    "James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara "
    "Richard Susan Joseph Jessica Thomas Sarah Christopher Karen Daniel Lisa Matthew Nancy "
    "Anthony Sandra Mark Ashley Steven Emily Andrew Michelle Joshua Amanda Kevin Melissa "
    "Brian Stephanie George Rebecca Ryan Laura Jacob Rachel Nicholas Megan Eric Hannah "
    "Jonathan Olivia Carlos Maria Luis Sofia Miguel Gabriela Omar Priya Raj Aisha"
)
LAST_NAMES = _words(
    "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez "
    "Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson "
    "White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott "
    "Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter "
    "Roberts Patel Kim Shah Cohen Murphy"
)
# Chinese Americans and Chinese business people in California: a Chinese name, its pinyin
# (family name first, as a passport), and the English name they go by.
CHINESE_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程"
    "魏苏吕丁任沈姚卢钟姜崔谭陆范汪廖石金贾夏韦付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾"
    "龚邵万覃武钱戴严莫孔向常汤康易乔赖文"
)
CHINESE_GIVEN = _words(
    "伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀英 霞 平 刚 桂英 建华 "
    "晓东 海燕 志强 文静 国庆 春梅 宇航 思远 雨欣 嘉怡 子涵 浩然 俊杰 欣怡 梓轩 一鸣"
)
ENGLISH_GIVEN = _words("David Michael Jenny Grace Kevin Vivian Eric Tony Helen Frank Amy Jason")

US_TITLES = (
    "Chief Executive Officer",
    "President",
    "Vice President, Business Development",
    "Director of International Sales",
    "General Counsel",
    "Chief Financial Officer",
    "Managing Partner",
    "Head of Asia-Pacific",
    "Senior Trade Specialist",
    "Founder",
    "Investment Manager",
    "Export Manager",
)
CN_TITLES = ("总经理", "副总裁", "董事长", "市场总监", "投资经理", "首席代表")
FREE_ORGANIZATIONS = (
    "Los Angeles County Economic Development Corporation",
    "Port of Long Beach",
    "UCLA Anderson School of Management",
    "USC US-China Institute",
    "City of Los Angeles, Mayor's Office of Economic Development",
    "California State University, Los Angeles",
    "Greater LA World Trade Center Association",
    "Cathay Bank",
    "Loeb & Loeb LLP",
    "Deloitte Los Angeles",
)
PRESS = (
    ("Los Angeles Times", "Reporter"),
    ("Xinhua News Agency, Los Angeles Bureau", "Correspondent"),
    ("China Daily USA", "Correspondent"),
    ("World Journal", "Reporter"),
    ("Los Angeles Business Journal", "Editor"),
    ("Sing Tao Daily", "Reporter"),
)
GUESTS = (
    (
        "刘健",
        "LIU JIAN",
        "Consulate General of the People's Republic of China in Los Angeles",
        "Consul General",
    ),
    (
        "Kish Rajan",
        "",
        "Governor's Office of Business and Economic Development (GO-Biz)",
        "Director",
    ),
    ("Gary Toebben", "", "Los Angeles Area Chamber of Commerce", "President & CEO"),
)
DIETS = ("", "", "", "", "", "", "vegetarian", "", "halal", "", "vegan", "", "", "kosher")


class _Names:
    """Distinct names in a fixed order."""

    def __init__(self, seed: int) -> None:
        self.random = random.Random(seed)
        self.used: set[str] = set()

    def american(self) -> str:
        while True:
            name = f"{self.random.choice(FIRST_NAMES)} {self.random.choice(LAST_NAMES)}"
            if name not in self.used:
                self.used.add(name)
                return name

    def chinese(self) -> tuple[str, str]:
        while True:
            name = self.random.choice(CHINESE_SURNAMES) + self.random.choice(CHINESE_GIVEN)
            if name not in self.used:
                self.used.add(name)
                return name, suggest_passport_name(name)


def _email(name: str, number: int, domain: str) -> str:
    local = ".".join(part.lower() for part in name.replace("'", "").split())
    return f"{local}.{number}@{domain}"


def _register_delegates(event: Event) -> int:
    """Each leader registers the delegates of their own delegation."""
    count = 0
    for delegation in (
        Delegation.objects.filter(event=event).prefetch_related("leaders").order_by("pk")
    ):
        leader = delegation.leaders.order_by("pk").first()
        if leader is None:
            continue
        delegates = list(Delegate.objects.filter(delegation=delegation).order_by("pk"))
        count += len(
            services.registration_register_delegates(
                actor=leader,
                delegation=delegation,
                delegates=delegates,
                consented=True,
                consent_version=PRIVACY_NOTICE_VERSION,
            )
        )
    return count


def _people(staff: User, event: Event, wanted: int) -> list[Registration]:
    """The attendees beyond the delegation, registered by the secretariat or (the demo
    accounts of American enterprises) by themselves."""
    names = _Names(2016)
    rng = random.Random(511)
    made: list[Registration] = []

    def by_staff(data: services.RegistrationInput) -> None:
        made.append(
            services.registration_register_by_staff(
                actor=staff,
                event=event,
                data=data,
                consented=True,
                consent_version=PRIVACY_NOTICE_VERSION,
            )
        )

    for full_name, latin, affiliation, title in GUESTS:
        by_staff(
            services.RegistrationInput(
                full_name=full_name,
                latin_name=latin,
                email=_email(latin or full_name, len(made), "guests.example.org"),
                organization_name=affiliation,
                title=title,
                role=Registration.Role.GUEST_OF_HONOUR,
                languages=("zh", "en") if latin else ("en",),
            )
        )
    # The demo accounts of American enterprises register themselves.
    for user in (
        User.objects.filter(email__startswith="rep", representations__organization__side="US")
        .order_by("email")
        .distinct()
    ):
        organization = (
            Organization.objects.filter(representatives__user=user).order_by("pk").first()
        )
        made.append(
            services.registration_register_self(
                actor=user,
                event=event,
                data=services.RegistrationInput(
                    full_name=user.full_name,
                    email=user.email,
                    organization=organization,
                    title=rng.choice(US_TITLES),
                    languages=("en",),
                ),
                consented=True,
                consent_version=PRIVACY_NOTICE_VERSION,
            )
        )
    us_organizations = list(Organization.objects.filter(side="US").order_by("slug"))
    for index, (outlet, title) in enumerate(PRESS):
        chinese = index in (1, 2, 3, 5)  # the Chinese-language outlets
        name, latin = names.chinese() if chinese else (names.american(), "")
        by_staff(
            services.RegistrationInput(
                full_name=name,
                latin_name=latin,
                email=_email(latin or name, len(made), "press.example.com"),
                organization_name=outlet,
                title=title,
                role=Registration.Role.PRESS,
                languages=("zh", "en") if chinese else ("en",),
            )
        )
    for index in range(8):
        name = names.american()
        by_staff(
            services.RegistrationInput(
                full_name=name,
                email=_email(name, len(made), "tradebridge.example"),
                organization_name="Secretariat",
                title="Event staff" if index else "Event manager",
                role=Registration.Role.ORGANIZER,
                languages=("en", "zh") if index % 3 == 0 else ("en",),
            )
        )
    while len(made) < wanted:
        number = len(made)
        # About one in five is a Chinese business person in California.
        if rng.random() < 0.2:
            name, latin = names.chinese()
            english = rng.choice(ENGLISH_GIVEN)
            organization_name = rng.choice(FREE_ORGANIZATIONS)
            data = services.RegistrationInput(
                full_name=name,
                latin_name=latin,
                email=_email(f"{english} {latin.split()[0]}", number, "example.com"),
                organization_name=organization_name,
                title=rng.choice(CN_TITLES) if rng.random() < 0.5 else rng.choice(US_TITLES),
                languages=("zh", "en"),
                diet=rng.choice(DIETS),
            )
        else:
            name = names.american()
            organization = rng.choice(us_organizations) if rng.random() < 0.7 else None
            data = services.RegistrationInput(
                full_name=name,
                email=_email(name, number, "example.com"),
                organization=organization,
                organization_name="" if organization else rng.choice(FREE_ORGANIZATIONS),
                title=rng.choice(US_TITLES),
                languages=("en", "zh") if rng.random() < 0.08 else ("en",),
                diet=rng.choice(DIETS),
                dietary_needs="nut allergy" if rng.random() < 0.03 else "",
                accessibility_needs="wheelchair access" if rng.random() < 0.02 else "",
            )
        by_staff(data)
    return made


def _items(staff: User, event: Event) -> int:
    """Seats in the programme's items with limited seats: a sample of the confirmed attendees
    asks for each, a few more than it holds."""
    rng = random.Random(2016_05_11)
    confirmed = list(
        Registration.objects.filter(event=event, status=Registration.Status.CONFIRMED)
        .select_related("event")
        .order_by("pk")
    )
    taken = 0
    for item in AgendaItem.objects.filter(event=event).select_related("room").order_by("pk"):
        limit = item.seat_limit
        if limit is None or limit >= len(confirmed):
            continue
        for registration in rng.sample(confirmed, min(len(confirmed), limit + 3)):
            services.item_register(actor=staff, registration=registration, item=item)
            taken += 1
    return taken


def load() -> str:
    """Register the summit's attendees unless they are registered; skipped when the summit is
    not in the demo."""
    event = Event.objects.filter(slug=EVENT_SLUG).first()
    if event is None or Registration.objects.filter(event=event).exists():
        return "0 registrations"
    staff = User.objects.get(email=STAFF_EMAIL)
    services.registration_settings_update(actor=staff, event=event, capacity=CAPACITY, is_open=True)
    delegates = _register_delegates(event)
    others = _people(staff, event, TOTAL - delegates)
    # A handful of Californians cannot come after all: the first people waiting move up.
    rng = random.Random(42)
    leaving = rng.sample(
        [r for r in others if r.status == Registration.Status.CONFIRMED and r.role == "attendee"],
        CANCELLING,
    )
    for registration in leaving:
        services.registration_cancel(actor=staff, registration=registration)
    seats = _items(staff, event)
    figures = Registration.objects.filter(event=event)
    return (
        f"{figures.filter(status='confirmed').count()} confirmed, "
        f"{figures.filter(status='waitlisted').count()} wait-listed and "
        f"{figures.filter(status='cancelled').count()} cancelled registrations "
        f"({delegates} delegates), {seats} item seats"
    )
