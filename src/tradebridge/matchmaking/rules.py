"""Who may see and do what in match-making. Every access decision lives here."""

from __future__ import annotations

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


def can_view_session(user: AnyUser, session: Session) -> bool:
    return session.event.is_public or is_secretariat(user)


def can_view_meeting(user: AnyUser, meeting: Meeting) -> bool:
    if is_secretariat(user):
        return True
    if not user.is_authenticated:
        return False
    return Participant.objects.filter(
        pk__in=[meeting.first_id, meeting.second_id], organization__representatives__user_id=user.pk
    ).exists()
