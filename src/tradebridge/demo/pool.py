"""The demo's project pool: about 40 opportunities in both languages (some anonymous, some in
review, a few drafts), expressions of interest between the demo accounts' organizations, and
about 30 deals at every stage of the pipeline, most of them traced back to meetings of the
2016 summit's match-making session through the follow-up survey's answers (dated 2016–2018),
several signed with amounts and jobs. Everything is written through the pool's services.

The opportunities of the organizations with a demo account are written by hand (docs/demo.md
lists the accounts); the others are drawn from the directory's own profiles: an enterprise's
"what it offers / seeks" becomes an offer or a request in its sector.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from tradebridge.accounts.models import User
from tradebridge.directory.models import Organization, Region, Sector
from tradebridge.events.models import Event
from tradebridge.matchmaking.models import Meeting
from tradebridge.pool import services
from tradebridge.pool.models import Deal, ExchangeRate, Opportunity
from tradebridge.pool.services import DealFigures, OpportunityInput, ReviewInput, StageInput

from .events import EVENT_SLUG
from .services import STAFF_EMAIL

K = Opportunity.Kind
UTC = dt.UTC

RATES = (
    (dt.date(2016, 5, 11), Decimal("6.5191"), "PBOC central parity (demo figure)"),
    (dt.date(2026, 11, 30), Decimal("7.1000"), "PBOC central parity (demo figure)"),
)

# (owner slug, kind, sector, title, summary, amount USD or CNY, currency, options)
HAND: tuple[
    tuple[str, str, str, dict[str, str], dict[str, str], int | None, str, dict[str, Any]], ...
] = (
    (
        "jiangsu-solar",
        K.BUSINESS_OFFER,
        "energy",
        {
            "en": "TOPCon bifacial modules for Western US distributors",
            "zh_hans": "面向美国西部分销商的TOPCon双面光伏组件",
        },
        {
            "en": (
                "550–620 W certified modules with stable lead times, seeking long-term "
                "distributors and EPC partners in California."
            ),
            "zh_hans": "550–620W认证组件，交期稳定，寻求加州长期分销商和EPC合作伙伴。",
        },
        None,
        "USD",
        {"partner": {"en": "Distributor or EPC contractor", "zh_hans": "分销商或EPC总包商"}},
    ),
    (
        "jiangsu-solar",
        K.JOINT_VENTURE,
        "manufacturing",
        {
            "en": "Joint venture for a module assembly line in the US",
            "zh_hans": "在美合资建设光伏组件组装线",
        },
        {
            "en": (
                "We bring equipment and process know-how for a 1 GW assembly line; we seek a "
                "US partner with a site and local sales."
            ),
            "zh_hans": "我方提供1GW组装线设备与工艺，寻求拥有场地和本地销售渠道的美方合作伙伴。",
        },
        45_000_000,
        "USD",
        {},
    ),
    (
        "sunrise-solar",
        K.BUSINESS_REQUEST,
        "energy",
        {"en": "Tier-1 solar modules wanted for 2027 projects"},
        {
            "en": (
                "Sunrise Solar Distribution seeks Tier-1 module supply (about 300 MW a year) "
                "with UL certification and US warehousing."
            )
        },
        None,
        "USD",
        {},
    ),
    (
        "golden-poppy-skincare",
        K.BUSINESS_REQUEST,
        "e-commerce",
        {
            "en": "Cross-border e-commerce partner for a clean-beauty brand",
            "zh_hans": "天然护肤品牌寻求跨境电商合作伙伴",
        },
        {
            "en": (
                "A California skincare brand seeks a partner for Tmall Global and Douyin, "
                "including registration and fulfilment."
            ),
            "zh_hans": "加州护肤品牌寻求天猫国际和抖音渠道合作伙伴，包括备案与履约服务。",
        },
        None,
        "USD",
        {},
    ),
    (
        "zhangjiang-bio",
        K.TECHNOLOGY_OFFER,
        "healthcare",
        {"en": "Licensing a bispecific antibody platform", "zh_hans": "双特异性抗体平台技术授权"},
        {
            "en": (
                "Preclinical bispecific antibody platform available for co-development or "
                "licensing in North America."
            ),
            "zh_hans": "临床前双抗平台，可在北美进行联合开发或授权许可。",
        },
        8_000_000,
        "USD",
        {},
    ),
    (
        "bayshore-therapeutics",
        K.RD_PARTNER,
        "healthcare",
        {"en": "CRO partner for Phase I trials in China"},
        {
            "en": (
                "Bayshore Therapeutics seeks a Chinese CRO and hospital network to run a "
                "Phase I oncology trial."
            )
        },
        None,
        "USD",
        {"visibility": Opportunity.Visibility.MEMBERS},
    ),
    (
        "baotou-rare-earth",
        K.BUSINESS_OFFER,
        "manufacturing",
        {"zh_hans": "高性能钕铁硼永磁体供应", "en": "High-performance NdFeB magnets"},
        {
            "zh_hans": "为电动汽车电机和风电提供N52及高矫顽力钕铁硼磁体，可提供样品。",
            "en": (
                "N52 and high-coercivity NdFeB magnets for EV motors and wind turbines; "
                "samples available."
            ),
        },
        None,
        "USD",
        {},
    ),
    (
        "pacific-coast-fleet",
        K.BUSINESS_REQUEST,
        "transportation",
        {"en": "Electric buses and chargers for a 200-vehicle fleet"},
        {
            "en": (
                "We are electrifying our shuttle fleet and seek suppliers of electric buses "
                "with US service support."
            )
        },
        60_000_000,
        "USD",
        {},
    ),
    (
        "napa-hills-winery",
        K.BUSINESS_OFFER,
        "agriculture",
        {"en": "Napa Valley wines for importers in China", "zh_hans": "纳帕谷葡萄酒寻求中国进口商"},
        {
            "en": (
                "Estate Cabernet Sauvignon and Chardonnay, 20,000 cases a year, seeking "
                "importers in Guangdong and Shanghai."
            ),
            "zh_hans": "酒庄赤霞珠与霞多丽，年产2万箱，寻求广东和上海进口商。",
        },
        None,
        "USD",
        {},
    ),
    (
        "shenzhen-kuajingtong",
        K.BUSINESS_OFFER,
        "e-commerce",
        {"zh_hans": "为美国品牌提供一站式跨境电商入华服务"},
        {"zh_hans": "提供天猫国际、京东国际开店、保税仓储与直播营销的一站式服务。"},
        None,
        "CNY",
        {},
    ),
    (
        "go-biz",
        K.INVESTMENT_OFFERED,
        "finance",
        {
            "en": "Site selection support for Chinese manufacturers in California",
            "zh_hans": "为在加州投资的中国制造企业提供选址支持",
        },
        {
            "en": (
                "Incentives, site selection and permitting help for manufacturing "
                "investments of more than $10 million."
            ),
            "zh_hans": "为1000万美元以上的制造业投资提供激励政策、选址和审批协助。",
        },
        10_000_000,
        "USD",
        {},
    ),
    (
        "nm-jincaoyuan-dairy",
        K.TECHNOLOGY_REQUEST,
        "agriculture",
        {"zh_hans": "寻求奶牛良种繁育与基因组选育技术"},
        {"zh_hans": "内蒙古乳业企业寻求美国奶牛性控冻精、胚胎移植及基因组检测技术合作。"},
        None,
        "CNY",
        {"visibility": Opportunity.Visibility.MEMBERS},
    ),
    (
        "hebei-commerce",
        K.INVESTMENT_SOUGHT,
        "infrastructure",
        {
            "zh_hans": "曹妃甸港口物流园区招商",
            "en": "Investors sought for a port logistics park in Caofeidian",
        },
        {
            "zh_hans": "曹妃甸港区冷链与保税物流园区二期，寻求外资合作方。",
            "en": (
                "Phase II of a cold-chain and bonded logistics park at Caofeidian port seeks "
                "foreign investors."
            ),
        },
        1_200_000_000,
        "CNY",
        {"anonymous": True},
    ),
)

# The generated ones' titles, by kind: (English, Chinese) with the sector and region names.
TITLES = {
    K.BUSINESS_OFFER: (
        "{sector} products and services from {region}",
        "{region}{sector}产品与服务供应",
    ),
    K.BUSINESS_REQUEST: ("{sector} suppliers sought in {region}", "{region}寻求{sector}供应商"),
    K.TECHNOLOGY_OFFER: ("{sector} technology available for transfer", "{sector}技术转让"),
    K.TECHNOLOGY_REQUEST: ("{sector} technology wanted", "寻求{sector}技术"),
    K.RD_PARTNER: ("Research partner for {sector}", "{sector}研发合作伙伴"),
    K.INVESTMENT_SOUGHT: (
        "{sector} project in {region} seeks investors",
        "{region}{sector}项目寻求投资",
    ),
    K.INVESTMENT_OFFERED: ("Investment available for {sector} projects", "{sector}项目投资"),
    K.JOINT_VENTURE: ("{sector} joint venture in {region}", "{region}{sector}合资项目"),
}
# An enterprise's first cooperation type decides what it posts.
KIND_OF = {
    "investment-sought": K.INVESTMENT_SOUGHT,
    "investment-offered": K.INVESTMENT_OFFERED,
    "joint-venture": K.JOINT_VENTURE,
    "technology-transfer": K.TECHNOLOGY_OFFER,
    "licensing": K.TECHNOLOGY_OFFER,
    "rd-partnership": K.RD_PARTNER,
    "supply": K.BUSINESS_OFFER,
    "distribution": K.BUSINESS_REQUEST,
    "procurement": K.BUSINESS_REQUEST,
}
GENERATED = 28
AMOUNTS = (None, 500_000, 2_000_000, None, 15_000_000, 3_500_000, None, 80_000_000)

# The pipeline from the summit's meetings: the stage each of 24 meetings reached, and when.
MEETING_STAGES = (
    ["meeting"] * 6
    + ["negotiation"] * 4
    + ["mou"] * 4
    + ["signed"] * 6
    + ["implemented"] * 2
    + ["closed"] * 4
)
SUMMIT_END = dt.datetime(2016, 5, 12, 0, 0, tzinfo=UTC)
SIX_MONTHS = dt.datetime(2016, 11, 15, 9, 0, tzinfo=UTC)


def _pair(value: dict[str, str] | None) -> dict[str, str]:
    return {k: v for k, v in (value or {}).items() if v}


def _rates() -> None:
    for as_of, rate, source in RATES:
        ExchangeRate.objects.get_or_create(
            as_of=as_of, defaults={"cny_per_usd": rate, "source": source}
        )


def _post(  # noqa: PLR0917 - one row of the data above, in its order
    staff: User,
    owner: Organization,
    kind: str,
    sector: str,
    title: dict[str, str],
    summary: dict[str, str],
    amount: int | None,
    currency: str,
    options: dict[str, Any],
    *,
    deadline: dt.date | None = None,
) -> Opportunity:
    rep = User.objects.filter(representations__organization=owner).order_by("pk").first()
    return services.opportunity_create(
        actor=rep or staff,
        owner=owner,
        data=OpportunityInput(
            kind=kind,
            title=title,
            summary=summary,
            description=_pair(options.get("description")),
            partner_role=_pair(options.get("partner")),
            sector=Sector.objects.get(code=sector),
            region=owner.region,
            amount=Decimal(amount) if amount is not None else None,
            currency=currency,
            deadline=deadline,
            visibility=options.get("visibility", Opportunity.Visibility.PUBLIC),
            anonymous=bool(options.get("anonymous")),
        ),
    )


def _review(staff: User, opportunity: Opportunity, result: str, comment: str = "") -> None:
    services.opportunity_submit(actor=staff, opportunity=opportunity)
    if result:
        services.opportunity_review(
            actor=staff,
            opportunity=opportunity,
            data=ReviewInput(
                innovation=4, clarity=4, cooperation=3, language=4, result=result, comment=comment
            ),
        )


def _generated(staff: User, taken: set[str]) -> list[Opportunity]:
    organizations = list(
        Organization.objects.filter(kind=Organization.Kind.ENTERPRISE)
        .exclude(slug__in=taken)
        .select_related("region")
        .prefetch_related("sectors", "offers", "seeks")
        .order_by("slug")
    )
    made: list[Opportunity] = []
    for organization in organizations[:: max(1, len(organizations) // GENERATED)][:GENERATED]:
        codes = [t.code for t in organization.offers.all()] + [
            t.code for t in organization.seeks.all()
        ]
        kind = next((KIND_OF[c] for c in codes if c in KIND_OF), K.BUSINESS_OFFER)
        sector = organization.sectors.all()[0] if organization.sectors.all() else None
        if sector is None or organization.region is None:
            continue
        detail = (
            "seeks_details"
            if kind in (K.BUSINESS_REQUEST, K.INVESTMENT_SOUGHT, K.TECHNOLOGY_REQUEST, K.RD_PARTNER)
            else "offers_details"
        )
        summary = {
            suffix: (
                getattr(organization, f"{detail}_{suffix}")
                or getattr(organization, f"description_{suffix}")
                or ""
            )[:900]
            for suffix in ("en", "zh_hans")
        }
        region: Region = organization.region
        en, zh = TITLES[kind]
        title = {}
        if summary["en"]:
            title["en"] = en.format(
                sector=getattr(sector, "name_en", ""), region=getattr(region, "name_en", "")
            )
        if summary["zh_hans"]:
            title["zh_hans"] = zh.format(
                sector=getattr(sector, "name_zh_hans", ""),
                region=getattr(region, "name_zh_hans", ""),
            )
        n = len(made)
        options: dict[str, Any] = {}
        if n % 7 == 3:
            options["anonymous"] = True
        if n % 9 == 5:
            options["visibility"] = Opportunity.Visibility.MEMBERS
        currency = "CNY" if organization.side == Organization.Side.CN and n % 2 else "USD"
        amount = AMOUNTS[n % len(AMOUNTS)]
        if amount and currency == "CNY":
            amount *= 7
        made.append(
            _post(
                staff,
                organization,
                kind,
                sector.code,
                title,
                summary,
                amount,
                currency,
                options,
                deadline=dt.date(2027, 1 + n % 12, 1 + n % 27),
            )
        )
    return made


def _opportunities(staff: User) -> dict[str, Any]:
    hand = []
    for slug, kind, sector, title, summary, amount, currency, options in HAND:
        owner = Organization.objects.get(slug=slug)
        hand.append(_post(staff, owner, kind, sector, title, summary, amount, currency, options))
    generated = _generated(staff, {row[0] for row in HAND})
    everything = hand + generated
    # Most are published; four wait in the review queue, one was returned, one rejected,
    # two stay drafts, one was closed after it found its partner.
    states = {
        len(everything) - i: s
        for i, s in enumerate(
            ("draft", "draft", "review", "review", "review", "review", "return", "reject"), start=1
        )
    }
    for index, opportunity in enumerate(everything):
        state = states.get(index, "publish")
        if state == "draft":
            continue
        if state == "review":
            _review(staff, opportunity, "")
        elif state == "return":
            _review(
                staff, opportunity, "return", "Please say what partner you need and add figures."
            )
        elif state == "reject":
            _review(
                staff, opportunity, "reject", "This is an advertisement, not a cooperation offer."
            )
        else:
            _review(staff, opportunity, "publish")
    return {"hand": hand, "all": everything}


def _rep(slug: str) -> User:
    return User.objects.get(email=f"rep.{slug}@tradebridge.example")


def _interests(staff: User, hand: list[Opportunity]) -> int:
    """Interests between the demo accounts' organizations: five accepted (contacts open, a
    deal starts and moves on), two pending, one declined."""
    by_owner: dict[str, Opportunity] = {}
    for opportunity in hand:
        by_owner.setdefault(opportunity.owner.slug, opportunity)
    plan: tuple[tuple[str, str, str, list[str], int | None, int | None], ...] = (
        ("sunrise-solar", "jiangsu-solar", "accept", ["negotiation", "signed"], 3_200_000, 14),
        ("shenzhen-kuajingtong", "golden-poppy-skincare", "accept", ["negotiation"], None, None),
        ("bayshore-therapeutics", "zhangjiang-bio", "accept", [], None, None),
        ("go-biz", "jiangsu-solar", "accept", [], None, None),
        ("golden-poppy-skincare", "shenzhen-kuajingtong", "accept", [], None, None),
        ("pacific-coast-fleet", "baotou-rare-earth", "pending", [], None, None),
        ("shenzhen-kuajingtong", "napa-hills-winery", "pending", [], None, None),
        ("napa-hills-winery", "shenzhen-kuajingtong", "decline", [], None, None),
    )
    texts = {
        "en": (
            "We would like to discuss a long-term cooperation.",
            "What volumes and terms can you offer?",
        ),
        "zh-hans": ("希望探讨长期合作。", "贵方可提供的数量和条件是什么？"),
    }
    for interested, owner_slug, answer, stages, amount, jobs in plan:
        opportunity = by_owner[owner_slug]
        actor = _rep(interested)
        cooperation, questions = texts["zh-hans" if actor.language.startswith("zh") else "en"]
        interest = services.interest_express(
            actor=actor,
            opportunity=opportunity,
            organization=Organization.objects.get(slug=interested),
            cooperation=cooperation,
            questions=questions,
        )
        if answer == "pending":
            continue
        services.interest_answer(
            actor=_rep(owner_slug), interest=interest, accept=answer == "accept"
        )
        if answer != "accept":
            continue
        deal = Deal.objects.get(interest=interest)
        for stage in stages:
            deal = services.deal_move(actor=staff, deal=deal, data=StageInput(stage=stage, note=""))
        if amount:
            services.deal_set_figures(
                actor=staff, deal=deal, data=DealFigures(amount=Decimal(amount), jobs_created=jobs)
            )
    return len(plan)


def _summit_deals(staff: User) -> int:
    """The follow-up survey of the 2016 summit, answered: each of the chosen meetings' first
    side answers at once ("cooperation possible" or "no cooperation") and six months later;
    staff then record the MoU, the signature with its amount and jobs, the implementation."""
    event = Event.objects.filter(slug=EVENT_SLUG).first()
    if event is None:
        return 0
    meetings = list(
        Meeting.objects.filter(session__event=event, status=Meeting.Status.CONFIRMED)
        .select_related("first__organization", "second__organization", "session")
        .order_by("pk")
    )
    chosen = meetings[:: max(1, len(meetings) // len(MEETING_STAGES))][: len(MEETING_STAGES)]
    for index, (meeting, target) in enumerate(zip(chosen, MEETING_STAGES, strict=False)):
        side = meeting.first.organization
        evening = SUMMIT_END + dt.timedelta(hours=1 + index % 5)
        if target == "closed":
            services.survey_answer(
                meeting=meeting, organization=side, answer="possible", by=None, at=evening
            )
            deal = services.survey_answer(
                meeting=meeting,
                organization=side,
                answer="no-cooperation",
                by=None,
                at=evening + dt.timedelta(days=20),
            )
            continue
        deal = services.survey_answer(
            meeting=meeting, organization=side, answer="possible", by=None, at=evening
        )
        later = SIX_MONTHS + dt.timedelta(days=index * 3)
        if target in ("negotiation", "mou", "signed", "implemented"):
            deal = services.survey_answer(
                meeting=meeting, organization=side, answer="negotiation", by=None, at=later
            )
        if target in ("mou", "signed", "implemented"):
            deal = services.survey_answer(
                meeting=meeting,
                organization=side,
                answer="agreement",
                by=None,
                at=later + dt.timedelta(days=40),
            )
        assert deal is not None
        if target in ("signed", "implemented"):
            signed = later + dt.timedelta(days=120 + index * 9)
            deal = services.deal_move(
                actor=staff,
                deal=deal,
                data=StageInput(stage="signed", note="Contract signed.", at=signed),
            )
            amount = Decimal((index % 6 + 1) * 1_250_000)
            services.deal_set_figures(
                actor=staff,
                deal=deal,
                data=DealFigures(amount=amount, currency="USD", jobs_created=(index % 5 + 1) * 8),
            )
            if target == "implemented":
                deal.refresh_from_db()
                services.deal_move(
                    actor=staff,
                    deal=deal,
                    data=StageInput(
                        stage="implemented",
                        note="Production started.",
                        at=signed + dt.timedelta(days=300),
                    ),
                )
    return len(chosen)


def load() -> str:
    if Opportunity.objects.exists():
        return "0 opportunities"
    staff = User.objects.get(email=STAFF_EMAIL)
    _rates()
    made = _opportunities(staff)
    interests = _interests(staff, made["hand"])
    meetings = _summit_deals(staff)
    return (
        f"{len(made['all'])} opportunities, {interests} expressions of interest, "
        f"{Deal.objects.count()} deals ({meetings} from the summit's meetings)"
    )
