"""Reads on the directory."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.db.models import Case, Count, IntegerField, Prefetch, Q, QuerySet, Value, When

from tradebridge.accounts.rules import AnyUser, is_secretariat
from tradebridge.bilingual import sort_column

from .models import CooperationType, Organization, Region, Sector
from .search import MAX_QUERY_TERMS, query_groups, query_language, terms_matched
from .semantic import similarities

# Search ranking. A profile enters the results when it holds at least half of the terms of the
# query (in either language, through the vocabulary) or when it is among the SEMANTIC_TOP
# closest to the query by meaning, standing out by at least SEMANTIC_FLOOR standard deviations
# from the profiles written like it (``semantic.similarities``). Matches are ranked by that
# score plus LEXICAL_BONUS times the share of the terms they hold, alternating the query's
# language and the other; the RANKED best come first, the other word matches after them by
# name. Set a priori (2 standard deviations; a full word match worth 1.5): the development
# queries of bench/search could not tell values apart (all at recall 1.0).
SEMANTIC_TOP = 30
SEMANTIC_FLOOR = 2.0
LEXICAL_BONUS = 1.5
RANKED = 100


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
    qs: QuerySet[Organization] = Organization.objects.all()
    if not is_secretariat(user):
        visible = Q(is_public=True)
        if user.is_authenticated:
            visible |= Q(representatives__user_id=user.pk)
        qs = qs.filter(visible)
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
    ranking: list[int] = []
    groups = query_groups(filters.q, limit=MAX_QUERY_TERMS)
    if groups:
        qs, ranking = _search(qs, filters.q, groups)
    ordering: list[Any] = [sort_column(), "pk"]
    if ranking:
        ordering = [
            Case(
                *(When(pk=pk, then=Value(rank)) for rank, pk in enumerate(ranking)),
                default=Value(len(ranking)),
                output_field=IntegerField(),
            ),
            sort_column(),
            "pk",
        ]
    return (
        qs.distinct()
        .select_related("region")
        .prefetch_related(
            Prefetch("sectors", queryset=Sector.objects.order_by("order")),
            Prefetch("offers", queryset=CooperationType.objects.order_by("order")),
            Prefetch("seeks", queryset=CooperationType.objects.order_by("order")),
        )
        .order_by(*ordering)
    )


def _writes_in(suffix: str) -> Case:
    written = Q()
    for name in ("description", "offers_details", "seeks_details"):
        written |= ~Q(**{f"{name}_{suffix}": ""}) & Q(**{f"{name}_{suffix}__isnull": False})
    return Case(When(written, then=Value(1)), default=Value(0), output_field=IntegerField())


def _search(
    qs: QuerySet[Organization], query: str, groups: list[tuple[str, ...]]
) -> tuple[QuerySet[Organization], list[int]]:
    """The organizations matching a search, and the ids of the best RANKED in order.

    A reader searching in one language is looking for the companies that wrote in the other
    too: the ranking alternates between profiles written in the query's language and those
    written only in the other, each list by score (standardised cosine plus the bonus for the
    share of the terms it holds; without a model, by that share, then by name).

    Words match by coordination level: a profile holding at least half of the terms (one of
    two) is a match, so that "power transformers" finds a Chinese profile that holds only
    变压器; the share it holds ranks it."""
    matched = terms_matched(groups)
    need = -(-len(groups) // 2)
    qs = qs.annotate(matched=matched)
    scores = similarities(query) or {}
    if scores:
        close = sorted(
            (pk for pk, score in scores.items() if score >= SEMANTIC_FLOOR),
            key=lambda pk: -scores[pk],
        )
        qs = qs.filter(Q(matched__gte=need) | Q(pk__in=close[:SEMANTIC_TOP]))
    else:
        qs = qs.filter(matched__gte=need)
    own = "zh_hans" if query_language(query) == "zh" else "en"
    hits = set(qs.annotate(in_own=_writes_in(own)).values_list("pk", "matched", "in_own", "name"))
    share = LEXICAL_BONUS / len(groups)
    ranked = sorted(hits, key=lambda h: (-(scores.get(h[0], 0.0) + share * h[1]), h[3] or ""))
    same = [h[0] for h in ranked if h[2]]
    other = [h[0] for h in ranked if not h[2]]
    order: list[int] = []
    while (same or other) and len(order) < RANKED:
        for side in (same, other):
            if side:
                order.append(side.pop(0))
    return qs, order[:RANKED]


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
