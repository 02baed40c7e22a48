"""Reads on the directory."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, Prefetch, Q, QuerySet

from tradebridge.accounts.rules import AnyUser, is_secretariat
from tradebridge.bilingual import sort_column

from .models import CooperationType, Organization, Region, Sector
from .search import MAX_QUERY_TERMS, query_terms


@dataclass(frozen=True)
class DirectoryFilters:
    """What a visitor filters the directory by."""

    q: str = ""
    side: str = ""
    sectors: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    offers: list[str] = field(default_factory=list)
    seeks: list[str] = field(default_factory=list)
    kind: str = ""


def organization_list(
    *, user: AnyUser, filters: DirectoryFilters | None = None
) -> QuerySet[Organization]:
    """Organizations the user may see, matching the filters, with what list pages show
    prefetched (constant query count whatever the page size)."""
    filters = filters or DirectoryFilters()
    qs = Organization.objects.all()
    if not is_secretariat(user):
        visible = Q(is_public=True)
        if user.is_authenticated:
            visible |= Q(representatives__user_id=user.pk)
        qs = qs.filter(visible)
    for term in query_terms(filters.q, limit=MAX_QUERY_TERMS):
        qs = qs.filter(search_document__contains=term)
    if filters.side:
        qs = qs.filter(side=filters.side)
    if filters.kind:
        qs = qs.filter(kind=filters.kind)
    if filters.sectors:
        qs = qs.filter(sectors__code__in=filters.sectors)
    if filters.regions:
        qs = qs.filter(region__code__in=filters.regions)
    if filters.offers:
        qs = qs.filter(offers__code__in=filters.offers)
    if filters.seeks:
        qs = qs.filter(seeks__code__in=filters.seeks)
    return (
        qs.distinct()
        .select_related("region")
        .prefetch_related(
            Prefetch("sectors", queryset=Sector.objects.order_by("order")),
            Prefetch("offers", queryset=CooperationType.objects.order_by("order")),
            Prefetch("seeks", queryset=CooperationType.objects.order_by("order")),
        )
        .order_by(sort_column(), "pk")
    )


def organization_get(*, slug: str) -> Organization:
    """One organization with its relations, or ``Organization.DoesNotExist``."""
    return (
        Organization.objects.select_related("region")
        .prefetch_related("sectors", "offers", "seeks", "representatives__user")
        .get(slug=slug)
    )


def organizations_of(user: AnyUser) -> QuerySet[Organization]:
    """The organizations a user represents."""
    if not user.is_authenticated:
        return Organization.objects.none()
    return Organization.objects.filter(representatives__user_id=user.pk).order_by(
        sort_column(), "pk"
    )


def filter_choices() -> dict[str, Any]:
    """Everything a filter form lists, in one place."""
    return {
        "sectors": list(Sector.objects.order_by("order", "code")),
        "cooperation_types": list(CooperationType.objects.order_by("order", "code")),
        "regions": list(
            Region.objects.filter(organization__isnull=False).distinct().order_by("code")
        ),
    }


def directory_stats() -> dict[str, Any]:
    """Headline figures for the home page."""
    public = Organization.objects.filter(is_public=True)
    # order_by(): the model's default ordering would join the GROUP BY and count each name.
    by_side = dict(public.order_by().values_list("side").annotate(n=Count("id")))
    sides = [
        {"code": code, "label": label, "count": by_side.get(code, 0)}
        for code, label in Organization.Side.choices
        if by_side.get(code)
    ]
    return {"organizations": public.count(), "sides": sides, "sectors": Sector.objects.count()}
