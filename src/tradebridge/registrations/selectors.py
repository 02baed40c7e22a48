"""Reads on registrations: what the pages, the API and the event section show."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet

from tradebridge.accounts.models import User
from tradebridge.events.models import Event

from .models import EventRegistrationSettings, Registration, Status


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


@dataclass(frozen=True)
class StaffFilters:
    status: str = ""
    role: str = ""
    query: str = ""


def registrations_for_staff(event: Event, filters: StaffFilters) -> QuerySet[Registration]:
    rows = Registration.objects.filter(event=event).select_related("organization")
    if filters.status:
        rows = rows.filter(status=filters.status)
    if filters.role:
        rows = rows.filter(role=filters.role)
    if filters.query:
        q = filters.query.strip()
        rows = rows.filter(
            Q(full_name__icontains=q)
            | Q(latin_name__icontains=q)
            | Q(email__icontains=q)
            | Q(organization_name__icontains=q)
            | Q(organization__name__icontains=q)
        )
    return rows.order_by("status", "waitlisted_at", "full_name", "pk")


def role_counts(event: Event) -> dict[str, int]:
    """Live (not cancelled) registrations per role."""
    rows = (
        Registration.objects.filter(event=event)
        .exclude(status=Status.CANCELLED)
        .values("role")
        .annotate(n=Count("pk"))
    )
    return {row["role"]: row["n"] for row in rows}
