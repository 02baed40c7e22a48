"""Reads on the directory."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from django.db.models import (
    Case,
    Count,
    Exists,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Value,
    When,
)

from tradebridge.accounts.models import User
from tradebridge.accounts.rules import AnyUser, is_secretariat
from tradebridge.bilingual import sort_column

from .models import CooperationType, Organization, Region, Representative, Sector
from .search import MAX_QUERY_TERMS, query_groups, query_language, terms_matched
from .semantic import similarities

# Search ranking. A profile enters the results when it holds at least half of the terms of the
# query (in either language, through the vocabulary) or when it is among the SEMANTIC_TOP
# closest to the query by meaning and its evidence reaches SEMANTIC_FLOOR: its standardised
# cosine (standard deviations above the profiles written like it, ``semantic.similarities``)
# plus LEXICAL_BONUS times the share of the terms it holds (so a profile holding one term of
# three needs 0.5 less). Matches are ranked by that sum, alternating the query's language and
# the other, those whose name holds the query as typed first (the best of them first of all,
# whatever its language); the RANKED best come first, the other word matches after them by
# name. Set a priori (2 standard deviations; a full word match worth 1.5): the development
# queries of bench/search could not tell values apart.
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
    # Changed at or after this moment (sync clients ask for what changed since their last run).
    updated_since: dt.datetime | None = None


# What a list can be ordered by besides its default (name, or search rank with a query); "-"
# reverses. Each ends with the id, so that pages never repeat or skip a row.
ORDERINGS = ("name", "-name", "updated_at", "-updated_at", "created_at", "-created_at")


def organization_list(
    *, user: AnyUser, filters: DirectoryFilters | None = None, ordering: str = ""
) -> QuerySet[Organization]:
    """Organizations the user may see, matching the filters, with what list pages show
    prefetched (constant query count whatever the page size). ``ordering`` (one of
    ``ORDERINGS``) replaces the default order (name; rank first when searching)."""
    filters = filters or DirectoryFilters()
    if ordering and ordering not in ORDERINGS:
        raise ValueError(f"unknown ordering {ordering!r}")
    # Many-valued conditions (representatives, terms) are subqueries rather than joins: a join
    # repeats an organization per matching row and needs a DISTINCT over every column, which
    # PostgreSQL sorts the whole directory for, twice a page with the paginator's count
    # (bench/load: 10,000 organizations, 140 ms a page).
    qs: QuerySet[Organization] = Organization.objects.all()
    if not is_secretariat(user):
        visible = Q(is_public=True)
        if user.is_authenticated:
            visible |= Q(
                pk__in=Representative.objects.filter(user_id=user.pk).values("organization_id")
            )
        qs = qs.filter(visible)
    if filters.side:
        qs = qs.filter(side=filters.side)
    if filters.kind:
        qs = qs.filter(kind=filters.kind)
    if filters.regions:
        qs = qs.filter(region__code__in=filters.regions)
    if filters.updated_since is not None:
        qs = qs.filter(updated_at__gte=filters.updated_since)
    for relation, codes in (
        ("sectors", filters.sectors),
        ("offers", filters.offers),
        ("seeks", filters.seeks),
    ):
        if codes:
            having = Organization.objects.filter(**{f"{relation}__code__in": codes})
            qs = qs.filter(pk__in=having.values("pk"))
    qs, ranking = organization_search(qs, filters.q)
    order: list[Any] = [sort_column(), "pk"]
    if ranking:
        order = [
            Case(
                *(When(pk=pk, then=Value(rank)) for rank, pk in enumerate(ranking)),
                default=Value(len(ranking)),
                output_field=IntegerField(),
            ),
            sort_column(),
            "pk",
        ]
    if ordering:
        column = ordering.lstrip("-")
        sign = "-" if ordering.startswith("-") else ""
        order = [f"{sign}{sort_column() if column == 'name' else column}", f"{sign}pk"]
    return (
        qs.select_related("region")
        .prefetch_related(
            Prefetch("sectors", queryset=Sector.objects.order_by("order")),
            Prefetch("offers", queryset=CooperationType.objects.order_by("order")),
            Prefetch("seeks", queryset=CooperationType.objects.order_by("order")),
        )
        .order_by(*order)
    )


def organization_search(
    qs: QuerySet[Organization], query: str
) -> tuple[QuerySet[Organization], list[int]]:
    """The organizations of ``qs`` that a search finds, across the two languages as the
    directory searches, and the ids of the best ``RANKED`` of them in order; ``qs`` itself
    and no ranking when the query holds no term. Other apps search organizations with it
    (match-making's partner lists)."""
    groups = query_groups(query, limit=MAX_QUERY_TERMS)
    if not groups:
        return qs, []
    return _search(qs, query, groups)


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
    share of the terms it holds; without a model, by that share, then by name), the profiles
    whose name holds the query as typed before the others (the best of them first).

    Words match by coordination level: a profile holding at least half of the terms (one of
    two) is a match, so that "power transformers" finds a Chinese profile that holds only
    变压器; the share it holds ranks it, and lowers the closeness in meaning that a profile
    holding fewer terms needs to enter."""
    matched = terms_matched(groups)
    need = -(-len(groups) // 2)
    share = LEXICAL_BONUS / len(groups)
    qs = qs.annotate(matched=matched)
    scores = similarities(query) or {}
    closest = sorted(scores, key=lambda pk: -scores[pk])[:SEMANTIC_TOP]
    # The best a profile under ``need`` terms can add is the share of need - 1 of them.
    close = [pk for pk in closest if scores[pk] + share * (need - 1) >= SEMANTIC_FLOOR]
    candidates = qs.filter(Q(matched__gte=need) | Q(pk__in=close))
    own = "zh_hans" if query_language(query) == "zh" else "en"
    typed = query.strip()
    hits = [
        hit
        for hit in candidates.annotate(
            in_own=_writes_in(own),
            named=Case(
                When(Q(name_en__icontains=typed) | Q(name_zh_hans__icontains=typed), then=1),
                default=0,
                output_field=IntegerField(),
            ),
        ).values_list("pk", "matched", "in_own", "name", "named")
        if hit[1] >= need or scores[hit[0]] + share * hit[1] >= SEMANTIC_FLOOR
    ]
    qs = qs.filter(Q(matched__gte=need) | Q(pk__in=[h[0] for h in hits if h[1] < need]))
    ranked = sorted(
        set(hits), key=lambda h: (-h[4], -(scores.get(h[0], 0.0) + share * h[1]), h[3] or "")
    )
    same = [h[0] for h in ranked if h[2]]
    other = [h[0] for h in ranked if not h[2]]
    # The best profile named as typed comes first, whatever its language.
    order: list[int] = [(same if ranked[0][2] else other).pop(0)] if ranked and ranked[0][4] else []
    while (same or other) and len(order) < RANKED:
        for side in (same, other):
            if side:
                order.append(side.pop(0))
    # The matches by id: evaluating every LIKE of the query again for the page and again for
    # its count would scan the whole directory's text twice more.
    return Organization.objects.filter(pk__in=[h[0] for h in hits]), order[:RANKED]


def organization_get(*, slug: str) -> Organization:
    """One organization with its relations, or ``Organization.DoesNotExist``."""
    return (
        Organization.objects.select_related("region")
        .prefetch_related("sectors", "offers", "seeks", "representatives__user")
        .get(slug=slug)
    )


def with_contacts_shown(qs: QuerySet[Organization], user: AnyUser) -> QuerySet[Organization]:
    """``qs`` with ``contacts_shown``: whether a list may show each organization's contact
    details to ``user`` without asking every grant source per row: staff see them all, a
    representative those of their own organizations (``rules.can_view_contacts`` gives
    more, one organization at a time: the grants of other domains)."""
    if is_secretariat(user):
        return qs.annotate(contacts_shown=Value(True))
    if not user.is_authenticated:
        return qs.annotate(contacts_shown=Value(False))
    return qs.annotate(
        contacts_shown=Exists(
            Representative.objects.filter(user_id=user.pk, organization_id=OuterRef("pk"))
        )
    )


def representatives_of(organization: Organization) -> QuerySet[Representative]:
    """An organization's representatives with their accounts, by name."""
    return (
        Representative.objects.filter(organization=organization)
        .select_related("user")
        .order_by("user__full_name", "user__email", "pk")
    )


def user_by_email(email: str) -> User | None:
    """The account of an e-mail address (addresses are stored lower-case), or None."""
    return User.objects.filter(email__iexact=email.strip()).first()


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
        # EXISTS, not a join: a join reads every organization and removes the duplicates.
        "regions": list(
            Region.objects.filter(
                Exists(Organization.objects.filter(region_id=OuterRef("pk")))
            ).order_by("code")
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
