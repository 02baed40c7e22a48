"""Reads of delegations: what the pages and the API show."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, Q, QuerySet

from tradebridge.accounts.rules import AnyUser

from . import rules
from .models import Delegate, Delegation, Letterhead


def delegations_visible_to(user: AnyUser) -> QuerySet[Delegation]:
    return Delegation.objects.filter(rules.visible_delegations(user))


def delegation_list(user: AnyUser, *, event_id: int | None = None) -> QuerySet[Delegation]:
    """The delegations a user sees, with their own counts: delegates on the roster, parts
    (sub-delegations), member organizations and leaders."""
    delegations = delegations_visible_to(user)
    if event_id is not None:
        delegations = delegations.filter(event_id=event_id)
    return (
        delegations.select_related("event", "parent", "region")
        .annotate(
            delegate_count=Count("delegates", distinct=True),
            child_count=Count("children", distinct=True),
            organization_count=Count("organizations", distinct=True),
            leader_count=Count("leaders", distinct=True),
        )
        .order_by("event__starts_on", "parent_id", "name", "pk")
    )


def descendant_ids(delegation: Delegation) -> list[int]:
    """The delegation and every delegation under it."""
    ids = [delegation.pk]
    frontier = [delegation.pk]
    for _level in range(rules.MAX_DEPTH):
        frontier = list(
            Delegation.objects.filter(parent_id__in=frontier).values_list("pk", flat=True)
        )
        if not frontier:
            break
        ids.extend(frontier)
    return ids


def roster(
    delegation: Delegation, *, include_parts: bool = False, query: str = "", hotel: str = ""
) -> QuerySet[Delegate]:
    """The delegates of a delegation (and of its parts when ``include_parts``), filtered by a
    name, passport name, organization or title, and by hotel."""
    ids = descendant_ids(delegation) if include_parts else [delegation.pk]
    delegates = Delegate.objects.filter(delegation_id__in=ids).select_related(
        "delegation", "organization"
    )
    text = query.strip()
    if text:
        delegates = delegates.filter(
            Q(full_name__icontains=text)
            | Q(latin_name__icontains=text)
            | Q(organization_name__icontains=text)
            | Q(organization__name_en__icontains=text)
            | Q(organization__name_zh_hans__icontains=text)
            | Q(title_en__icontains=text)
            | Q(title_zh_hans__icontains=text)
            | Q(email__icontains=text)
        )
    if hotel:
        delegates = delegates.filter(hotel=hotel)
    return delegates.order_by("delegation__parent_id", "delegation_id", "latin_name", "pk")


def hotels_of(delegation: Delegation, *, include_parts: bool = True) -> list[str]:
    ids = descendant_ids(delegation) if include_parts else [delegation.pk]
    return sorted(
        set(
            Delegate.objects.filter(delegation_id__in=ids)
            .exclude(hotel="")
            .values_list("hotel", flat=True)
        )
    )


@dataclass
class HotelGroup:
    hotel: str
    delegates: list[Delegate] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.delegates)


def rooming_list(delegates: QuerySet[Delegate]) -> list[HotelGroup]:
    """The delegates by hotel (a hotel's guests by arrival, then name); those without a hotel
    last, under an empty name."""
    groups: dict[str, HotelGroup] = defaultdict(lambda: HotelGroup(hotel=""))
    for delegate in delegates.order_by("hotel", "arrival_at", "latin_name", "pk"):
        group = groups[delegate.hotel]
        group.hotel = delegate.hotel
        group.delegates.append(delegate)
    return sorted(groups.values(), key=lambda g: (g.hotel == "", g.hotel.casefold()))


def letterhead_for(delegation: Delegation) -> Letterhead | None:
    """The letterhead of a delegation's letters: its own, else the nearest one above it, else
    its event's."""
    current: Delegation | None = delegation
    for _level in range(rules.MAX_DEPTH + 1):
        if current is None:
            break
        own = Letterhead.objects.filter(delegation=current).first()
        if own is not None:
            return own
        current = current.parent
    if delegation.event_id is None:
        return None
    return Letterhead.objects.filter(event_id=delegation.event_id).first()


def delegate_entries_of(user: AnyUser) -> QuerySet[Delegate]:
    """The roster entries that are the user's own."""
    if not user.is_authenticated:
        return Delegate.objects.none()
    return Delegate.objects.filter(user_id=user.pk).select_related("delegation")
