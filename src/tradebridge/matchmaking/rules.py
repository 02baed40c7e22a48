"""Who may see and do what in match-making. Every access decision lives here."""

from __future__ import annotations

from django.db.models import Q

from tradebridge.accounts.models import User
from tradebridge.accounts.rules import AnyUser, has_confirmed_email, is_secretariat
from tradebridge.directory.models import Organization

from .models import Meeting, Participant, Session


def can_manage_sessions(user: AnyUser) -> bool:
    """Secretariat staff create events and sessions and run the scheduler."""
    return is_secretariat(user)


def can_manage_session(user: AnyUser, session: Session) -> bool:
    return is_secretariat(user)


def can_act_for(user: AnyUser, organization: Organization) -> bool:
    """The user represents the organization, with a confirmed address (staff act for anyone
    through their own pages)."""
    if not user.is_authenticated or not has_confirmed_email(user):
        return False
    return organization.representatives.filter(user_id=user.pk).exists()


def can_edit_participant(user: AnyUser, participant: Participant) -> bool:
    """A participant's availability, requests and outcomes: its own representatives, once
    their address is confirmed."""
    if not user.is_authenticated or not has_confirmed_email(user):
        return False
    return Participant.objects.filter(
        pk=participant.pk, organization__representatives__user_id=user.pk
    ).exists()


def _participations(user: User) -> Q:
    """The sessions in which one of the user's organizations takes part (invited or
    registered: an organization that withdrew no longer does)."""
    return Q(
        pk__in=Participant.objects.filter(organization__representatives__user_id=user.pk)
        .exclude(status=Participant.Status.CANCELLED)
        .values("session_id")
    )


def guest_events(user: User) -> Q:
    """The events in which one of the user's organizations takes part in a session, as a
    filter on events: an unlisted event is open to them (registered with
    ``events.guests.register_guests``)."""
    return Q(
        pk__in=Participant.objects.filter(organization__representatives__user_id=user.pk)
        .exclude(status=Participant.Status.CANCELLED)
        .values("session__event_id")
    )


def visible_sessions(user: AnyUser) -> Q:
    """``can_view_session`` as a filter on sessions, for lists (web and API)."""
    if is_secretariat(user):
        return Q()
    shown = Q(event__is_public=True) & ~Q(status=Session.Status.DRAFT)
    if user.is_authenticated:
        shown |= _participations(user)
    return shown


def can_view_session(user: AnyUser, session: Session) -> bool:
    """A session of a listed event, once out of preparation, is public; its participants
    see it whatever the event's listing or the session's state (they were invited to it);
    staff see every session."""
    if is_secretariat(user):
        return True
    if session.event.is_public and session.status != Session.Status.DRAFT:
        return True
    if not user.is_authenticated:
        return False
    return Session.objects.filter(_participations(user), pk=session.pk).exists()


def listed_partners(user: AnyUser) -> Q:
    """The participants of a session that others see as possible partners: those of listed
    organizations (an unlisted one is hidden from others, except staff)."""
    return Q() if is_secretariat(user) else Q(organization__is_public=True)


def can_request_meeting_with(user: AnyUser, recipient: Participant) -> bool:
    """An unlisted organization takes no requests from others (staff may still add one)."""
    return is_secretariat(user) or recipient.organization.is_public


def can_view_meeting(user: AnyUser, meeting: Meeting) -> bool:
    if is_secretariat(user):
        return True
    if not user.is_authenticated:
        return False
    return Participant.objects.filter(
        pk__in=[meeting.first_id, meeting.second_id], organization__representatives__user_id=user.pk
    ).exists()
