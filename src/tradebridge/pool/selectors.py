"""Reads on the project pool: lists, search, the pipeline board, amounts in both currencies."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from django.db.models import Case, Count, IntegerField, Q, QuerySet, Value, When

from tradebridge.accounts.rules import AnyUser
from tradebridge.directory.search import MAX_QUERY_TERMS, query_groups, terms_matched
from tradebridge.directory.semantic import text_vectors

from . import rules
from .models import Currency, Deal, DealEvent, ExchangeRate, Interest, Opportunity
from .vectors import opportunity_similarities

# Search: an opportunity matches when it holds at least half of the query's terms (each in
# either language through the directory's bilingual vocabulary), or stands out by meaning
# (SEMANTIC_FLOOR standard deviations among the matching candidates, with a model). Ranked
# by the share of the terms held plus the meaning score, the RANKED best first.
SEMANTIC_FLOOR = 2.0
SEMANTIC_TOP = 30
RANKED = 100
# A search keeps at most this many matches (the rest of a broader search is not ranked).
MAX_MATCHES = 5000


@dataclass(frozen=True)
class PoolFilters:
    q: str = ""
    kinds: list[str] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    country: str = ""  # "CN" or "US": the region's country


def opportunity_list(*, user: AnyUser, filters: PoolFilters | None = None) -> QuerySet[Opportunity]:
    """The opportunities the user may see, filtered and, with a query, ranked by relevance
    (then newest first)."""
    filters = filters or PoolFilters()
    qs = Opportunity.objects.filter(rules.visible_opportunities(user))
    if filters.kinds:
        qs = qs.filter(kind__in=filters.kinds)
    if filters.sectors:
        qs = qs.filter(sector__code__in=filters.sectors)
    if filters.regions:
        qs = qs.filter(region__code__in=filters.regions)
    if filters.country:
        qs = qs.filter(region__code__startswith=f"{filters.country}-")
    ordering: list[Any] = ["-published_at", "-pk"]
    groups = query_groups(filters.q, limit=MAX_QUERY_TERMS)
    if groups:
        # One scan for the words; the page and its count then read the matches by key.
        need = -(-len(groups) // 2)
        matching = qs.annotate(matched=terms_matched(groups)).filter(matched__gte=need)
        words = dict(matching.values_list("pk", "matched")[:MAX_MATCHES])
        meaning: dict[int, float] = {}
        if text_vectors() is not None:
            meaning = opportunity_similarities(
                filters.q, list(qs.values_list("pk", flat=True)[:MAX_MATCHES])
            )
        close = sorted(
            (pk for pk, score in meaning.items() if score >= SEMANTIC_FLOOR),
            key=lambda pk: -meaning[pk],
        )[:SEMANTIC_TOP]
        hits = set(words) | set(close)
        qs = Opportunity.objects.filter(pk__in=hits)
        share = 1.5 / len(groups)
        ranking = sorted(
            hits, key=lambda pk: (-(share * words.get(pk, 0) + meaning.get(pk, 0.0)), -pk)
        )[:RANKED]
        if ranking:
            ordering = [
                Case(
                    *(When(pk=pk, then=Value(rank)) for rank, pk in enumerate(ranking)),
                    default=Value(len(ranking)),
                    output_field=IntegerField(),
                ),
                *ordering,
            ]
    return qs.select_related("owner", "sector", "region").order_by(*ordering)


def own_opportunities(*, user: AnyUser) -> QuerySet[Opportunity]:
    """Every opportunity of the user's organizations, whatever its state."""
    if not user.is_authenticated:
        return Opportunity.objects.none()
    return (
        Opportunity.objects.filter(owner__representatives__user_id=user.pk)
        .select_related("owner", "sector", "region")
        .order_by("-updated_at", "-pk")
    )


def review_queue() -> QuerySet[Opportunity]:
    return (
        Opportunity.objects.filter(status=Opportunity.Status.IN_REVIEW)
        .select_related("owner", "sector", "region")
        .order_by("updated_at", "pk")
    )


def interests_of_user(*, user: AnyUser) -> QuerySet[Interest]:
    """Expressions of interest the user's organizations sent or received."""
    return (
        Interest.objects.filter(rules.visible_interests(user))
        .select_related("opportunity", "organization", "opportunity__owner")
        .order_by("-at", "-pk")
        .distinct()
    )


# ---------------------------------------------------------------------------------------------
# Amounts in both currencies


@dataclass(frozen=True)
class Money:
    amount: Decimal
    currency: str
    other: Decimal | None  # in the other currency, at ``rate``
    other_currency: str
    rate: ExchangeRate | None


def current_rate() -> ExchangeRate | None:
    """The latest rate staff entered (admin: Project pool › Exchange rates)."""
    return ExchangeRate.objects.order_by("-as_of").first()


def money(amount: Decimal | None, currency: str, rate: ExchangeRate | None) -> Money | None:
    if amount is None:
        return None
    other_currency = Currency.CNY if currency == Currency.USD else Currency.USD
    other = None
    if rate is not None:
        value = amount * rate.cny_per_usd if currency == Currency.USD else amount / rate.cny_per_usd
        other = value.quantize(Decimal("1"), rounding=ROUND_HALF_UP)
    return Money(amount, currency, other, other_currency, rate)


# ---------------------------------------------------------------------------------------------
# The pipeline


@dataclass(frozen=True)
class BoardFilters:
    event: int | None = None
    sector: str = ""
    region: str = ""  # an ISO 3166-2 code: deals with a side in that province or state


def deals_visible(*, user: AnyUser, filters: BoardFilters | None = None) -> QuerySet[Deal]:
    filters = filters or BoardFilters()
    qs = Deal.objects.filter(rules.visible_deals(user))
    if filters.event:
        qs = qs.filter(event_id=filters.event)
    if filters.sector:
        qs = qs.filter(sector__code=filters.sector)
    if filters.region:
        qs = qs.filter(
            Q(first__region__code=filters.region) | Q(second__region__code=filters.region)
        )
    return qs.select_related("first", "second", "sector", "event", "opportunity")


def board(
    *, user: AnyUser, filters: BoardFilters | None = None, per_stage: int = 50
) -> list[dict[str, Any]]:
    """The pipeline by stage: each stage's count (one aggregate query) and its most recently
    moved deals."""
    qs = deals_visible(user=user, filters=filters)
    counts = dict(qs.order_by().values_list("stage").annotate(n=Count("pk")))
    columns = []
    for stage, label in Deal.Stage.choices:
        columns.append(
            {
                "stage": stage,
                "label": label,
                "count": counts.get(stage, 0),
                "deals": list(qs.filter(stage=stage).order_by("-updated_at", "-pk")[:per_stage]),
            }
        )
    return columns


def deal_history(deal: Deal) -> QuerySet[DealEvent]:
    return DealEvent.objects.filter(deal=deal).select_related("by").order_by("at", "pk")
