"""Project pool endpoints (API v1): opportunities and their review, expressions of interest,
deals and their stages. The pages' rules (``rules.py``) decide who sees and does what, and
the pages' services do the writing; an object the caller may not see is a 404.

An *anonymous* opportunity's ``owner`` is null for whoever the rules do not show it to
(``rules.owner_shown``, decided in the list's one query); there is no filter by owner, which
would tell who posted one."""

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo

from django.db.models import QuerySet
from django.http import HttpRequest
from ninja import Field, Path, Query, Router, Schema, Status
from ninja.pagination import paginate
from pydantic import StringConstraints, WithJsonSchema, field_validator

from tradebridge import scopes
from tradebridge.accounts.models import User
from tradebridge.accounts.rules import AnyUser
from tradebridge.directory.models import Organization, Region, Sector
from tradebridge.directory.search import MAX_QUERY_CHARS, MAX_QUERY_TERMS, query_terms
from tradebridge.errors import ApplicationError, Conflict, NotAllowed, NotFound
from tradebridge.events.models import Event
from tradebridge.http.pagination import BoundedLimitOffset
from tradebridge.http.schemas import ErrorOut, Slug, check_planning_years, patch_fields

from . import rules, selectors, services
from .models import Currency, Deal, DealEvent, ExchangeRate, Interest, Opportunity, Review

router = Router(tags=["pool"])

ERRORS: dict[int, type[Schema]] = {
    400: ErrorOut,
    401: ErrorOut,
    403: ErrorOut,
    404: ErrorOut,
    409: ErrorOut,
    422: ErrorOut,
}
Code = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9-]{1,60}$")]
Id = Annotated[int, Field(ge=1, le=2_147_483_647)]
Kind = Literal[
    "business-offer",
    "business-request",
    "technology-offer",
    "technology-request",
    "rd-partner",
    "investment-sought",
    "investment-offered",
    "joint-venture",
]
OpportunityStatus = Literal["draft", "in-review", "returned", "published", "rejected", "closed"]
DevelopmentStage = Literal["", "idea", "development", "prototype", "market", "expanding"]
Visibility = Literal["public", "members", "private"]
CurrencyCode = Literal["USD", "CNY"]
DealStage = Literal["interest", "meeting", "negotiation", "mou", "signed", "implemented", "closed"]
CloseReason = Literal["", "no-cooperation", "no-agreement", "withdrawn", "other"]
# Documented as the decimal string it is answered as ("1500000.00"); a JSON number is taken too.
Amount = Annotated[
    Decimal,
    Field(ge=0, max_digits=16, decimal_places=2),
    WithJsonSchema({"type": "string", "pattern": r"^[0-9]{1,14}(\.[0-9]{1,2})?$"}),
]


# ---------------------------------------------------------------------------------------------
# Output


class PoolOrganizationRef(Schema):
    slug: str
    name_en: str
    name_zh: str = Field(..., alias="name_zh_hans")
    side: str


class MoneyOut(Schema):
    amount: Decimal
    currency: str
    converted_amount: Decimal | None = Field(
        ..., description="in the other currency at the latest rate staff entered"
    )
    converted_currency: str
    rate_cny_per_usd: Decimal | None
    rate_date: dt.date | None


def _rate(request: HttpRequest) -> ExchangeRate | None:
    # Read once per request, however many objects a page shows.
    if not hasattr(request, "_pool_rate"):
        request._pool_rate = selectors.current_rate()  # type: ignore[attr-defined]
    rate: ExchangeRate | None = request._pool_rate  # type: ignore[attr-defined]
    return rate


def _money(obj: Opportunity | Deal, context: Any) -> MoneyOut | None:
    value = selectors.money(obj.amount, obj.currency, _rate(context["request"]))
    if value is None:
        return None
    return MoneyOut(
        amount=value.amount,
        currency=value.currency,
        converted_amount=value.other,
        converted_currency=value.other_currency,
        rate_cny_per_usd=value.rate.cny_per_usd if value.rate else None,
        rate_date=value.rate.as_of if value.rate else None,
    )


class OpportunityOut(Schema):
    id: int
    kind: str
    status: str
    visibility: str
    anonymous: bool
    owner: PoolOrganizationRef | None = Field(
        ..., description="null when the opportunity is anonymous to the caller"
    )
    title_en: str
    title_zh: str = Field(..., alias="title_zh_hans")
    summary_en: str
    summary_zh: str = Field(..., alias="summary_zh_hans")
    description_en: str
    description_zh: str = Field(..., alias="description_zh_hans")
    partner_role_en: str
    partner_role_zh: str = Field(..., alias="partner_role_zh_hans")
    sector: str | None = Field(..., description="the sector's code")
    region: str | None = Field(..., description="ISO 3166-2 code")
    stage: str = Field(..., description="stage of development")
    amount: MoneyOut | None
    deadline: dt.date | None
    published_at: dt.datetime | None
    created_at: dt.datetime
    updated_at: dt.datetime

    @staticmethod
    def resolve_owner(obj: Opportunity) -> Organization | None:
        return obj.owner if getattr(obj, "owner_is_shown", False) else None

    @staticmethod
    def resolve_sector(obj: Opportunity) -> str | None:
        return obj.sector.code if obj.sector_id and obj.sector else None

    @staticmethod
    def resolve_region(obj: Opportunity) -> str | None:
        return obj.region.code if obj.region_id and obj.region else None

    @staticmethod
    def resolve_amount(obj: Opportunity, context: Any) -> MoneyOut | None:
        return _money(obj, context)


class ReviewOut(Schema):
    innovation: int
    clarity: int
    cooperation: int
    language: int
    total: int
    result: str
    comment: str
    at: dt.datetime


class OpportunityDetailOut(OpportunityOut):
    reviews: list[ReviewOut] | None = Field(
        ..., description="staff reviews, newest first: for the owner's people and staff only"
    )
    may: dict[str, bool] = Field(
        ...,
        description="what the caller may do now: edit, submit, withdraw, close, review, "
        "express_interest",
    )

    @staticmethod
    def resolve_reviews(obj: Opportunity) -> list[Review] | None:
        return getattr(obj, "reviews_shown", None)


class OpportunityRef(Schema):
    id: int
    title_en: str
    title_zh: str = Field(..., alias="title_zh_hans")
    status: str
    anonymous: bool
    owner: PoolOrganizationRef | None = Field(
        ..., description="null when the opportunity is anonymous to the caller"
    )

    @staticmethod
    def resolve_owner(obj: Opportunity) -> Organization | None:
        return obj.owner if getattr(obj, "owner_is_shown", False) else None


class InterestOut(Schema):
    id: int
    opportunity: OpportunityRef
    organization: PoolOrganizationRef = Field(..., description="the interested organization")
    cooperation: str
    questions: str
    status: str
    at: dt.datetime
    decided_at: dt.datetime | None
    deal: int | None = Field(..., description="the deal the acceptance started")

    @staticmethod
    def resolve_opportunity(obj: Interest) -> Opportunity:
        opportunity = obj.opportunity
        opportunity.owner_is_shown = getattr(obj, "owner_is_shown", False)  # type: ignore[attr-defined]
        return opportunity

    @staticmethod
    def resolve_deal(obj: Interest) -> int | None:
        return getattr(obj, "deal_pk", None)


def _local(value: dt.datetime | None, deal: Deal) -> dt.datetime | None:
    """A deal's times in its event's time zone, where it has an event."""
    if value is None or deal.event is None:
        return value
    return value.astimezone(ZoneInfo(deal.event.time_zone))


class DealOut(Schema):
    id: int
    title: str
    stage: str
    close_reason: str
    first: PoolOrganizationRef = Field(..., description="for an interest: the opportunity's owner")
    second: PoolOrganizationRef = Field(..., description="for an interest: the interested side")
    opportunity: int | None
    interest: int | None
    event: str | None = Field(..., description="the event's slug")
    sector: str | None
    amount: MoneyOut | None = Field(..., description="the amount committed")
    jobs_created: int | None
    signed_at: dt.datetime | None
    created_at: dt.datetime
    updated_at: dt.datetime

    @staticmethod
    def resolve_opportunity(obj: Deal) -> int | None:
        return obj.opportunity_id

    @staticmethod
    def resolve_interest(obj: Deal) -> int | None:
        return obj.interest_id

    @staticmethod
    def resolve_event(obj: Deal) -> str | None:
        return obj.event.slug if obj.event else None

    @staticmethod
    def resolve_sector(obj: Deal) -> str | None:
        return obj.sector.code if obj.sector else None

    @staticmethod
    def resolve_amount(obj: Deal, context: Any) -> MoneyOut | None:
        return _money(obj, context)

    @staticmethod
    def resolve_signed_at(obj: Deal) -> dt.datetime | None:
        return _local(obj.signed_at, obj)

    @staticmethod
    def resolve_created_at(obj: Deal) -> dt.datetime | None:
        return _local(obj.created_at, obj)

    @staticmethod
    def resolve_updated_at(obj: Deal) -> dt.datetime | None:
        return _local(obj.updated_at, obj)


class DealEventOut(Schema):
    id: int
    from_stage: str = Field(..., description="empty for the deal's start")
    to_stage: str = Field(..., description="equal to from_stage for a dated note")
    note: str
    at: dt.datetime
    by: str | None = Field(..., description="who recorded it")


def _event_out(event: DealEvent, deal: Deal) -> DealEventOut:
    at = _local(event.at, deal)
    assert at is not None
    return DealEventOut(
        id=event.pk,
        from_stage=event.from_stage,
        to_stage=event.to_stage,
        note=event.note,
        at=at,
        by=str(event.by) if event.by else None,
    )


class DealDetailOut(DealOut):
    history: list[DealEventOut]
    meetings: list[int] = Field(..., description="ids of the match-making meetings it came from")
    may_edit: bool

    @staticmethod
    def resolve_history(obj: Deal) -> list[DealEventOut]:
        return [_event_out(e, obj) for e in selectors.deal_history(obj)]

    @staticmethod
    def resolve_meetings(obj: Deal) -> list[int]:
        return sorted(obj.meetings.values_list("pk", flat=True))


# ---------------------------------------------------------------------------------------------
# Lookups: what the caller may not see is a 404


def _opportunities(user: AnyUser) -> QuerySet[Opportunity]:
    return Opportunity.objects.select_related("owner", "sector", "region").annotate(
        owner_is_shown=rules.owner_shown(user)
    )


def _opportunity(user: AnyUser, pk: int) -> Opportunity:
    opportunity = _opportunities(user).filter(pk=pk).first()
    if opportunity is None or not rules.can_view_opportunity(user, opportunity):
        raise NotFound()
    return opportunity


def _interests(user: AnyUser) -> QuerySet[Interest]:
    return (
        Interest.objects.filter(rules.visible_interests(user))
        .select_related("opportunity__owner", "organization")
        .annotate(owner_is_shown=rules.owner_shown(user, "opportunity__"))
    )


def _interest(user: AnyUser, pk: int) -> Interest:
    interest = _interests(user).filter(pk=pk).first()
    if interest is None:
        raise NotFound()
    deal = Deal.objects.filter(interest_id=interest.pk).values_list("pk", flat=True).first()
    interest.deal_pk = deal  # type: ignore[attr-defined]
    return interest


def _deal(request: HttpRequest, pk: int, scope: str) -> tuple[User, Deal]:
    deal = (
        Deal.objects.select_related("first", "second", "sector", "event", "opportunity")
        .filter(pk=pk)
        .first()
    )
    # A token limited to an event sees that event's deals only.
    event_id = deal.event_id if deal is not None and deal.event_id is not None else 0
    user: User = scopes.require(request, scope, signed_in=True, event_id=event_id)
    if deal is None or not rules.can_view_deal(user, deal):
        raise NotFound()
    return user, deal


def _organization(slug: str, field: str) -> Organization:
    organization = Organization.objects.filter(slug=slug).first()
    if organization is None:
        raise ApplicationError(
            "No organization in the directory has this identifier.", details={"field": field}
        )
    return organization


# ---------------------------------------------------------------------------------------------
# Opportunities


class OpportunityFilters(Schema):
    q: str = Field(
        "",
        max_length=MAX_QUERY_CHARS,
        description=f"words in English or Chinese, at most {MAX_QUERY_TERMS}; ranks by relevance",
    )
    kind: list[Kind] = []
    sector: list[Code] = Field([], description="sector codes")
    region: list[Code] = Field([], description="ISO 3166-2 codes")
    side: Literal["", "CN", "US"] = Field("", description="the region's country")
    status: list[OpportunityStatus] = Field(
        [], description="others than published are the caller's own (or all, for staff)"
    )

    @field_validator("q")
    @classmethod
    def _few_enough_words(cls, value: str) -> str:
        if len(query_terms(value, limit=MAX_QUERY_TERMS + 1)) > MAX_QUERY_TERMS:
            raise ValueError(f"at most {MAX_QUERY_TERMS} words")
        return value


@router.get("/opportunities", response={200: list[OpportunityOut], **ERRORS})
@paginate(BoundedLimitOffset)
def list_opportunities(request: HttpRequest, filters: Query[OpportunityFilters]):  # type: ignore[no-untyped-def]
    """The opportunities the caller may see, as on the pool's page: published public ones for
    everyone, members' ones for signed-in callers, every state of their own organizations'
    (and everything, for staff). Newest first, or by relevance with ``q``."""
    user = scopes.require(request, "pool:read")
    qs = selectors.opportunity_list(
        user=user,
        filters=selectors.PoolFilters(
            q=filters.q,
            kinds=list(filters.kind),
            sectors=list(filters.sector),
            regions=list(filters.region),
            country=filters.side,
        ),
    )
    if filters.status:
        qs = qs.filter(status__in=filters.status)
    return qs.annotate(owner_is_shown=rules.owner_shown(user))


def _detail(user: AnyUser, opportunity: Opportunity) -> Opportunity:
    owner = rules.is_owner(user, opportunity)
    opportunity.reviews_shown = (  # type: ignore[attr-defined]
        list(opportunity.reviews.all()) if owner else None
    )
    published = opportunity.status == Opportunity.Status.PUBLISHED
    opportunity.may = {  # type: ignore[attr-defined]
        "edit": rules.can_edit_opportunity(user, opportunity),
        "submit": rules.can_submit_opportunity(user, opportunity),
        "withdraw": opportunity.status == Opportunity.Status.IN_REVIEW
        and rules.can_withdraw_opportunity(user, opportunity),
        "close": published and rules.can_close_opportunity(user, opportunity),
        "review": opportunity.status == Opportunity.Status.IN_REVIEW and rules.can_review(user),
        "express_interest": rules.can_express_interest(user, opportunity),
    }
    return opportunity


@router.get("/opportunities/{pk}", response={200: OpportunityDetailOut, **ERRORS})
def get_opportunity(request: HttpRequest, pk: Path[Id]) -> Opportunity:
    """One opportunity, to whoever may see it (else 404). ``owner`` is null when it is
    anonymous to the caller; ``reviews`` are the owner's and staff's."""
    user = scopes.require(request, "pool:read")
    return _detail(user, _opportunity(user, pk))


class OpportunityIn(Schema):
    owner: Slug = Field(..., description="the posting organization's slug (your own)")
    kind: Kind
    title_en: str = Field("", max_length=200)
    title_zh: str = Field("", max_length=200)
    summary_en: str = Field("", max_length=1000)
    summary_zh: str = Field("", max_length=1000)
    description_en: str = Field("", max_length=20000)
    description_zh: str = Field("", max_length=20000)
    partner_role_en: str = Field("", max_length=300)
    partner_role_zh: str = Field("", max_length=300)
    sector: Code | None = None
    region: Code | None = None
    stage: DevelopmentStage = ""
    amount: Amount | None = None
    currency: CurrencyCode = "USD"
    deadline: dt.date | None = None
    visibility: Visibility = "public"
    anonymous: bool = False


class OpportunityPatch(Schema):
    kind: Kind | None = None
    title_en: str | None = Field(None, max_length=200)
    title_zh: str | None = Field(None, max_length=200)
    summary_en: str | None = Field(None, max_length=1000)
    summary_zh: str | None = Field(None, max_length=1000)
    description_en: str | None = Field(None, max_length=20000)
    description_zh: str | None = Field(None, max_length=20000)
    partner_role_en: str | None = Field(None, max_length=300)
    partner_role_zh: str | None = Field(None, max_length=300)
    sector: Code | None = None
    region: Code | None = None
    stage: DevelopmentStage | None = None
    amount: Amount | None = None
    currency: CurrencyCode | None = None
    deadline: dt.date | None = None
    visibility: Visibility | None = None
    anonymous: bool | None = None


TEXTS = ("title", "summary", "description", "partner_role")


def _input(values: dict[str, Any]) -> services.OpportunityInput:
    sector = region = None
    if values.get("sector"):
        sector = Sector.objects.filter(code=values["sector"]).first()
        if sector is None:
            raise ApplicationError("Unknown sector code.", details={"field": "sector"})
    if values.get("region"):
        region = Region.objects.filter(code=values["region"]).first()
        if region is None:
            raise ApplicationError("Unknown region code.", details={"field": "region"})
    texts = {
        name: {"en": values.get(f"{name}_en") or "", "zh_hans": values.get(f"{name}_zh") or ""}
        for name in TEXTS
    }
    return services.OpportunityInput(
        kind=values["kind"],
        title=texts["title"],
        summary=texts["summary"],
        description=texts["description"],
        partner_role=texts["partner_role"],
        sector=sector,
        region=region,
        stage=values.get("stage") or "",
        amount=values.get("amount"),
        currency=values.get("currency") or Currency.USD,
        deadline=values.get("deadline"),
        visibility=values.get("visibility") or Opportunity.Visibility.PUBLIC,
        anonymous=bool(values.get("anonymous")),
    )


def _current(opportunity: Opportunity) -> dict[str, Any]:
    values: dict[str, Any] = {
        f"{name}_{short}": getattr(opportunity, f"{name}_{suffix}") or ""
        for name in TEXTS
        for short, suffix in (("en", "en"), ("zh", "zh_hans"))
    }
    values.update(
        kind=opportunity.kind,
        sector=opportunity.sector.code if opportunity.sector else None,
        region=opportunity.region.code if opportunity.region else None,
        stage=opportunity.stage,
        amount=opportunity.amount,
        currency=opportunity.currency,
        deadline=opportunity.deadline,
        visibility=opportunity.visibility,
        anonymous=opportunity.anonymous,
    )
    return values


@router.post("/opportunities", response={201: OpportunityDetailOut, **ERRORS})
def create_opportunity(request: HttpRequest, data: OpportunityIn) -> Status[Opportunity]:
    """A new draft for ``owner``: its confirmed representatives post for it, staff for any
    organization. Submit it for review with ``POST .../submit``."""
    user: User = scopes.require(request, "pool:write")
    owner = _organization(data.owner, "owner")
    opportunity = services.opportunity_create(
        actor=user, owner=owner, data=_input(data.model_dump())
    )
    return Status(201, _detail(user, _opportunity(user, opportunity.pk)))


@router.patch("/opportunities/{pk}", response={200: OpportunityDetailOut, **ERRORS})
def update_opportunity(request: HttpRequest, pk: Path[Id], data: OpportunityPatch) -> Opportunity:
    """Change the fields sent (the others stay): the owner's confirmed representatives while
    it is a draft or returned, staff at any time."""
    user: User = scopes.require(request, "pool:write")
    opportunity = _opportunity(user, pk)
    values = _current(opportunity)
    values.update(patch_fields(data, frozenset({"sector", "region", "amount", "deadline"})))
    services.opportunity_update(actor=user, opportunity=opportunity, data=_input(values))
    return _detail(user, _opportunity(user, pk))


def _transition(request: HttpRequest, pk: int, service: Any) -> Opportunity:
    user: User = scopes.require(request, "pool:write")
    opportunity = _opportunity(user, pk)
    service(actor=user, opportunity=opportunity)
    return _detail(user, _opportunity(user, pk))


@router.post("/opportunities/{pk}/submit", response={200: OpportunityDetailOut, **ERRORS})
def submit_opportunity(request: HttpRequest, pk: Path[Id]) -> Opportunity:
    """The owner's confirmed representatives (or staff) send a draft or returned opportunity
    to review; 409 if it is in another state."""
    return _transition(request, pk, services.opportunity_submit)


@router.post("/opportunities/{pk}/withdraw", response={200: OpportunityDetailOut, **ERRORS})
def withdraw_opportunity(request: HttpRequest, pk: Path[Id]) -> Opportunity:
    """The owner's confirmed representatives (or staff) take an opportunity in review back to
    the drafts; 409 if it is no longer in review (staff reviewed it first)."""
    return _transition(request, pk, services.opportunity_withdraw)


@router.post("/opportunities/{pk}/close", response={200: OpportunityDetailOut, **ERRORS})
def close_opportunity(request: HttpRequest, pk: Path[Id]) -> Opportunity:
    """The owner's confirmed representatives (or staff) take a published opportunity off the
    pool; 409 if it is not published."""
    return _transition(request, pk, services.opportunity_close)


class ReviewIn(Schema):
    innovation: int = Field(..., ge=0, le=5, description="innovation and advantages, 0–5")
    clarity: int = Field(..., ge=0, le=5)
    cooperation: int = Field(..., ge=0, le=5, description="cooperation expectations, 0–5")
    language: int = Field(..., ge=0, le=5, description="language and guidelines, 0–5")
    result: Literal["publish", "return", "reject"]
    comment: str = Field("", max_length=5000, description="required to return or reject")


@router.post("/opportunities/{pk}/review", response={200: OpportunityDetailOut, **ERRORS})
def review_opportunity(request: HttpRequest, pk: Path[Id], data: ReviewIn) -> Opportunity:
    """Staff score an opportunity in review on the four criteria and publish, return or reject
    it; 409 if it is not in review (someone reviewed it first)."""
    user: User = scopes.require(request, "pool:write")
    opportunity = _opportunity(user, pk)
    if not rules.can_review(user):
        raise NotAllowed()
    services.opportunity_review(
        actor=user,
        opportunity=opportunity,
        data=services.ReviewInput(**data.model_dump()),
    )
    return _detail(user, _opportunity(user, pk))


# ---------------------------------------------------------------------------------------------
# Expressions of interest


class InterestIn(Schema):
    organization: Slug = Field(..., description="your organization's slug (not the owner)")
    cooperation: str = Field(..., min_length=1, max_length=5000)
    questions: str = Field("", max_length=5000)


@router.post("/opportunities/{pk}/interests", response={201: InterestOut, **ERRORS})
def express_interest(request: HttpRequest, pk: Path[Id], data: InterestIn) -> Status[Interest]:
    """A confirmed representative of another organization tells the owner it is interested in
    a published opportunity; 409 if it is no longer open or the organization already has a
    live expression of interest in it."""
    user: User = scopes.require(request, "pool:write")
    opportunity = _opportunity(user, pk)
    try:
        interest = services.interest_express(
            actor=user,
            opportunity=opportunity,
            organization=_organization(data.organization, "organization"),
            cooperation=data.cooperation,
            questions=data.questions,
        )
    except ApplicationError as error:
        if error.code == "duplicate":
            raise Conflict(error.message, code="duplicate") from None
        raise
    return Status(201, _interest(user, interest.pk))


class InterestFilters(Schema):
    role: Literal["all", "sent", "received"] = Field(
        "all", description="sent by the caller's organizations, or received on their opportunities"
    )
    status: list[Literal["pending", "accepted", "declined", "withdrawn"]] = []
    opportunity: Id | None = None


@router.get("/interests", response={200: list[InterestOut], **ERRORS})
@paginate(BoundedLimitOffset)
def list_interests(request: HttpRequest, filters: Query[InterestFilters]):  # type: ignore[no-untyped-def]
    """Expressions of interest the caller's organizations sent or received (every one, for
    staff), newest first."""
    user: User = scopes.require(request, "pool:read", signed_in=True)
    qs = _interests(user)
    mine = Organization.objects.filter(representatives__user_id=user.pk).values("pk")
    if filters.role == "sent":
        qs = qs.filter(organization__in=mine)
    elif filters.role == "received":
        qs = qs.filter(opportunity__owner__in=mine)
    if filters.status:
        qs = qs.filter(status__in=filters.status)
    if filters.opportunity:
        qs = qs.filter(opportunity_id=filters.opportunity)
    return _with_deals(qs.order_by("-at", "-pk"))


def _with_deals(qs: QuerySet[Interest]) -> QuerySet[Interest]:
    from django.db.models import OuterRef, Subquery

    return qs.annotate(
        deal_pk=Subquery(Deal.objects.filter(interest_id=OuterRef("pk")).values("pk")[:1])
    )


@router.get("/interests/{pk}", response={200: InterestOut, **ERRORS})
def get_interest(request: HttpRequest, pk: Path[Id]) -> Interest:
    """One expression of interest: for the opportunity's owner, the interested organization
    and staff (else 404)."""
    user: User = scopes.require(request, "pool:read", signed_in=True)
    return _interest(user, pk)


def _answer(request: HttpRequest, pk: int, accept: bool) -> Interest:
    user: User = scopes.require(request, "pool:write")
    interest = _interest(user, pk)
    services.interest_answer(actor=user, interest=interest, accept=accept)
    return _interest(user, pk)


@router.post("/interests/{pk}/accept", response={200: InterestOut, **ERRORS})
def accept_interest(request: HttpRequest, pk: Path[Id]) -> Interest:
    """The owner's confirmed representatives (or staff) accept a pending expression of
    interest: contacts open both ways and a deal starts (``deal``); 409 if it is no longer
    pending."""
    return _answer(request, pk, True)


@router.post("/interests/{pk}/decline", response={200: InterestOut, **ERRORS})
def decline_interest(request: HttpRequest, pk: Path[Id]) -> Interest:
    """The owner's confirmed representatives (or staff) decline a pending expression of
    interest; 409 if it is no longer pending."""
    return _answer(request, pk, False)


@router.post("/interests/{pk}/withdraw", response={200: InterestOut, **ERRORS})
def withdraw_interest(request: HttpRequest, pk: Path[Id]) -> Interest:
    """The interested organization's confirmed representatives take back a pending expression
    of interest; 409 if the owner answered it first."""
    user: User = scopes.require(request, "pool:write")
    interest = _interest(user, pk)
    services.interest_withdraw(actor=user, interest=interest)
    return _interest(user, pk)


# ---------------------------------------------------------------------------------------------
# Deals


class DealFilters(Schema):
    stage: list[DealStage] = []
    event: Slug | None = Field(None, description="the event's slug")
    sector: Code | None = None
    region: Code | None = Field(None, description="a side's ISO 3166-2 code")


@router.get("/deals", response={200: list[DealOut], **ERRORS})
@paginate(BoundedLimitOffset)
def list_deals(request: HttpRequest, filters: Query[DealFilters]):  # type: ignore[no-untyped-def]
    """Deals of the caller's organizations (the whole pipeline, for staff), most recently
    changed first."""
    user: User = scopes.require(request, "pool:read", signed_in=True)
    event_id = None
    if filters.event:
        event_id = Event.objects.filter(slug=filters.event).values_list("pk", flat=True).first()
        if event_id is None:
            return Deal.objects.none()
    qs = selectors.deals_visible(
        user=user,
        filters=selectors.BoardFilters(
            event=event_id, sector=filters.sector or "", region=filters.region or ""
        ),
    )
    limited = scopes.token_event_id(request)
    if limited is not None:
        qs = qs.filter(event_id=limited)
    if filters.stage:
        qs = qs.filter(stage__in=filters.stage)
    return qs.order_by("-updated_at", "-pk")


def _deal_detail(user: AnyUser, deal: Deal) -> Deal:
    deal.may_edit = rules.can_edit_deal(user, deal)  # type: ignore[attr-defined]
    return deal


@router.get("/deals/{pk}", response={200: DealDetailOut, **ERRORS})
def get_deal(request: HttpRequest, pk: Path[Id]) -> Deal:
    """One deal with its history (stages and dated notes, oldest first): for the people of its
    two organizations and staff (else 404)."""
    user, deal = _deal(request, pk, "pool:read")
    return _deal_detail(user, deal)


class MoveIn(Schema):
    from_stage: DealStage = Field(
        ..., description="the stage the caller saw: 409 if the deal has moved since"
    )
    stage: DealStage
    note: str = Field("", max_length=5000)
    at: dt.datetime | None = Field(None, description="when it happened (default: now)")
    close_reason: CloseReason = Field("", description="required to close")


def _reload(user: AnyUser, pk: int) -> Deal:
    deal = Deal.objects.select_related("first", "second", "sector", "event", "opportunity").get(
        pk=pk
    )
    return _deal_detail(user, deal)


def _editable(user: User, deal: Deal) -> None:
    if not rules.can_edit_deal(user, deal):
        raise NotAllowed()


@router.post("/deals/{pk}/move", response={200: DealDetailOut, **ERRORS})
def move_deal(request: HttpRequest, pk: Path[Id], data: MoveIn) -> Deal:
    """Either side's confirmed representatives (and staff) move the deal to another stage with
    a dated note. Conditional on ``from_stage``: if the deal is no longer there, 409 and
    nothing changes."""
    user, deal = _deal(request, pk, "pool:write")
    _editable(user, deal)
    if data.from_stage != deal.stage:
        raise Conflict(
            "Someone else changed this deal's stage meanwhile.",
            details={"stage": deal.stage, "from_stage": data.from_stage},
        )
    if data.at is not None and data.at.tzinfo is None:
        raise ApplicationError("Give the time with its offset.", details={"field": "at"})
    check_planning_years({"at": data.at})
    services.deal_move(
        actor=user,
        deal=deal,
        data=services.StageInput(
            stage=data.stage, note=data.note, at=data.at, close_reason=data.close_reason
        ),
    )
    return _reload(user, pk)


class NoteIn(Schema):
    note: str = Field(..., min_length=1, max_length=5000)
    at: dt.datetime | None = Field(None, description="when it happened (default: now)")


@router.post("/deals/{pk}/notes", response={201: DealEventOut, **ERRORS})
def add_deal_note(request: HttpRequest, pk: Path[Id], data: NoteIn) -> Status[DealEventOut]:
    """Either side's confirmed representatives (and staff) add a dated note at the deal's
    current stage."""
    user, deal = _deal(request, pk, "pool:write")
    _editable(user, deal)
    if data.at is not None and data.at.tzinfo is None:
        raise ApplicationError("Give the time with its offset.", details={"field": "at"})
    check_planning_years({"at": data.at})
    event = services.deal_note(actor=user, deal=deal, note=data.note, at=data.at)
    event.by = user
    return Status(201, _event_out(event, deal))


class FiguresIn(Schema):
    amount: Amount | None = Field(..., description="the amount committed; null to clear")
    currency: CurrencyCode = "USD"
    jobs_created: int | None = Field(None, ge=0, le=10_000_000)


@router.patch("/deals/{pk}", response={200: DealDetailOut, **ERRORS})
def set_deal_figures(request: HttpRequest, pk: Path[Id], data: FiguresIn) -> Deal:
    """Either side's confirmed representatives (and staff) record the amount committed (with
    its currency) and the jobs created."""
    user, deal = _deal(request, pk, "pool:write")
    _editable(user, deal)
    services.deal_set_figures(
        actor=user,
        deal=deal,
        data=services.DealFigures(
            amount=data.amount, currency=data.currency, jobs_created=data.jobs_created
        ),
    )
    return _reload(user, pk)
