"""Reads on match-making."""

from __future__ import annotations

from django.db.models import Q, QuerySet

from tradebridge.directory.models import Organization
from tradebridge.directory.rules import AnyUser

from .models import Meeting, Participant, Session


def has_confirmed_meeting_with(*, user: AnyUser, organization: Organization) -> bool:
    """Whether one of the user's organizations has a confirmed meeting with ``organization``
    (then its contact details are visible to the user)."""
    if not user.is_authenticated:
        return False
    mine = Participant.objects.filter(organization__representatives__user_id=user.pk)
    theirs = Participant.objects.filter(organization=organization)
    return Meeting.objects.filter(
        Q(first__in=mine, second__in=theirs) | Q(first__in=theirs, second__in=mine),
        status=Meeting.Status.CONFIRMED,
    ).exists()


def participations_of(user: AnyUser) -> QuerySet[Participant]:
    """The participants the user acts for, with their session and event."""
    if not user.is_authenticated:
        return Participant.objects.none()
    return (
        Participant.objects.filter(organization__representatives__user_id=user.pk)
        .exclude(status=Participant.Status.CANCELLED)
        .select_related("session__event", "organization")
        .order_by("-session__starts_at")
    )


def participant_for(user: AnyUser, session: Session) -> Participant | None:
    """The user's own participant in the session (the first, if several organizations)."""
    return participations_of(user).filter(session=session).first()


def confirmed_meetings(session: Session) -> QuerySet[Meeting]:
    return Meeting.objects.filter(session=session, status=Meeting.Status.CONFIRMED).select_related(
        "first__organization", "second__organization"
    )
