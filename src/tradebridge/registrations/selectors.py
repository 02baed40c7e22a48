"""Reads on registrations: what the pages, the API and the event section show."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Case, Count, IntegerField, OuterRef, Q, QuerySet, Subquery, Value, When
from django.db.models.functions import Coalesce

from tradebridge.accounts.models import User
from tradebridge.delegations.models import Delegate, Delegation
from tradebridge.events.models import AgendaItem, Event
from tradebridge.events.selectors import programme_items

from .models import EventRegistrationSettings, ItemRegistration, Registration, Status


@dataclass(frozen=True)
class Counts:
    confirmed: int
    waitlisted: int
    cancelled: int
    capacity: int | None

    @property
    def seats_left(self) -> int | None:
        if self.capacity is None:
            return None
        return max(self.capacity - self.confirmed, 0)


def registration_settings_of(event: Event) -> EventRegistrationSettings:
    """The event's settings, or the defaults (open, no limit) if staff never set them."""
    found = EventRegistrationSettings.objects.filter(event=event).first()
    return found or EventRegistrationSettings(event=event)


def registration_counts(event: Event) -> Counts:
    figures = Registration.objects.filter(event=event).aggregate(
        confirmed=Count("pk", filter=Q(status=Status.CONFIRMED)),
        waitlisted=Count("pk", filter=Q(status=Status.WAITLISTED)),
        cancelled=Count("pk", filter=Q(status=Status.CANCELLED)),
    )
    return Counts(
        confirmed=figures["confirmed"],
        waitlisted=figures["waitlisted"],
        cancelled=figures["cancelled"],
        capacity=registration_settings_of(event).capacity,
    )


def waiting_list(event: Event) -> QuerySet[Registration]:
    """The wait-listed registrations of an event, first served first."""
    return Registration.objects.filter(event=event, status=Status.WAITLISTED).order_by(
        "waitlisted_at", "pk"
    )


def waiting_position(registration: Registration) -> int | None:
    """1 for the first person on the waiting list; None when not wait-listed."""
    if registration.status != Status.WAITLISTED or registration.waitlisted_at is None:
        return None
    ahead = Registration.objects.filter(
        event_id=registration.event_id, status=Status.WAITLISTED
    ).filter(
        Q(waitlisted_at__lt=registration.waitlisted_at)
        | Q(waitlisted_at=registration.waitlisted_at, pk__lt=registration.pk)
    )
    return ahead.count() + 1


def live_registration_of(user: User, event: Event) -> Registration | None:
    """The person's registration for the event that is not cancelled, if any."""
    return (
        Registration.objects.filter(event=event, user=user)
        .exclude(status=Status.CANCELLED)
        .select_related("organization", "event")
        .first()
    )


def registrations_of(user: User) -> QuerySet[Registration]:
    return Registration.objects.filter(user=user).select_related("event", "organization")


def with_waiting_positions(rows: QuerySet[Registration]) -> QuerySet[Registration]:
    """``waiting_position`` as an annotation (``waiting_ahead``: how many wait before each
    wait-listed row), so that a page of registrations costs one query whatever its size."""
    ahead = (
        Registration.objects.filter(event_id=OuterRef("event_id"), status=Status.WAITLISTED)
        .filter(
            Q(waitlisted_at__lt=OuterRef("waitlisted_at"))
            | Q(waitlisted_at=OuterRef("waitlisted_at"), pk__lt=OuterRef("pk"))
        )
        .order_by()
        .values("event_id")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return rows.annotate(
        waiting_ahead=Coalesce(Subquery(ahead, output_field=IntegerField()), Value(0))
    )


@dataclass(frozen=True)
class StaffFilters:
    status: str = ""
    role: str = ""
    query: str = ""
    # Only the rows changed at or after this moment (a vendor's incremental sync).
    updated_since: dt.datetime | None = None


def registrations_for_staff(event: Event, filters: StaffFilters) -> QuerySet[Registration]:
    rows = Registration.objects.filter(event=event).select_related("organization")
    if filters.status:
        rows = rows.filter(status=filters.status)
    if filters.role:
        rows = rows.filter(role=filters.role)
    if filters.updated_since is not None:
        rows = rows.filter(updated_at__gte=filters.updated_since)
    if filters.query:
        q = filters.query.strip()
        rows = rows.filter(
            Q(full_name__icontains=q)
            | Q(latin_name__icontains=q)
            | Q(email__icontains=q)
            | Q(organization_name__icontains=q)
            | Q(organization__name__icontains=q)
        )
    # Confirmed first, then the waiting list in its order, the cancelled last.
    rank = Case(
        When(status=Status.CONFIRMED, then=Value(0)),
        When(status=Status.WAITLISTED, then=Value(1)),
        default=Value(2),
    )
    return rows.order_by(rank, "waitlisted_at", "full_name", "pk")


def role_counts(event: Event) -> dict[str, int]:
    """Live (not cancelled) registrations per role."""
    rows = (
        Registration.objects.filter(event=event)
        .exclude(status=Status.CANCELLED)
        .values("role")
        .annotate(n=Count("pk"))
    )
    return {row["role"]: row["n"] for row in rows}


@dataclass(frozen=True)
class ItemLine:
    """An agenda item as an attendee sees it: seats, how many are taken, their own place."""

    item: AgendaItem
    limit: int | None
    confirmed: int
    waitlisted: int
    mine: ItemRegistration | None

    @property
    def full(self) -> bool:
        return self.limit is not None and self.confirmed >= self.limit


def item_lines(event: Event, registration: Registration | None = None) -> list[ItemLine]:
    """Every agenda item of the event, in time order, with its figures (and ``registration``'s
    own place in each)."""
    items = (
        AgendaItem.objects.filter(event=event)
        .select_related("room")
        .annotate(
            n_confirmed=Count("registrations", filter=Q(registrations__status=Status.CONFIRMED)),
            n_waitlisted=Count("registrations", filter=Q(registrations__status=Status.WAITLISTED)),
        )
        .order_by("starts_at", "pk")
    )
    mine: dict[int, ItemRegistration] = {}
    if registration is not None:
        for row in ItemRegistration.objects.filter(registration=registration).exclude(
            status=Status.CANCELLED
        ):
            mine[row.agenda_item_id] = row
    return [
        ItemLine(
            item=item,
            limit=item.seat_limit,
            confirmed=item.n_confirmed,
            waitlisted=item.n_waitlisted,
            mine=mine.get(item.pk),
        )
        for item in items
    ]


def items_for(registration: Registration) -> list[ItemLine]:
    return item_lines(registration.event, registration)


def item_waiting_position(item_registration: ItemRegistration) -> int | None:
    if item_registration.status != Status.WAITLISTED or item_registration.waitlisted_at is None:
        return None
    return (
        ItemRegistration.objects.filter(
            agenda_item_id=item_registration.agenda_item_id, status=Status.WAITLISTED
        )
        .filter(
            Q(waitlisted_at__lt=item_registration.waitlisted_at)
            | Q(waitlisted_at=item_registration.waitlisted_at, pk__lt=item_registration.pk)
        )
        .count()
        + 1
    )


# --- a delegation's leader --------------------------------------------------------------------


@dataclass(frozen=True)
class DelegateLine:
    delegate: Delegate
    registration: Registration | None


def delegate_lines(delegations: set[int], event: Event) -> list[DelegateLine]:
    """The delegates of these delegations with their live registration for the event."""
    delegates = (
        Delegate.objects.filter(delegation_id__in=delegations)
        .select_related("delegation", "organization")
        .order_by("delegation__name", "latin_name", "full_name", "pk")
    )
    registered = {
        r.delegate_id: r
        for r in Registration.objects.filter(
            event=event, delegate__delegation_id__in=delegations
        ).exclude(status=Status.CANCELLED)
    }
    return [DelegateLine(delegate=d, registration=registered.get(d.pk)) for d in delegates]


def delegations_led_by(user: User) -> QuerySet[Delegation]:
    return Delegation.objects.filter(leaders=user).select_related("event")


def my_programme_items(registration: Registration) -> list[AgendaItem]:
    """A confirmed attendee's own programme: every item open to all (no seat limit) and the
    items with limited seats where they hold a confirmed seat."""
    seated = set(
        ItemRegistration.objects.filter(
            registration=registration, status=Status.CONFIRMED
        ).values_list("agenda_item_id", flat=True)
    )
    return [
        item
        for item in programme_items(registration.event)
        if item.seat_limit is None or item.pk in seated
    ]
