"""What an API caller may reach, before the services decide what it may do: the objects the
web pages would show it (``rules``), narrowed to a token's event. Anything else is a 404."""

from django.db.models import Q, QuerySet
from django.http import HttpRequest

from tradebridge import scopes
from tradebridge.accounts.rules import AnyUser, is_secretariat
from tradebridge.errors import NotFound

from .. import rules
from ..models import Participant, Session


def in_event(request: HttpRequest, event_id: int) -> None:
    """A token limited to another event does not know the object exists."""
    limited = scopes.token_event_id(request)
    if limited is not None and limited != event_id:
        raise NotFound()


def event_filter(request: HttpRequest, path: str) -> Q:
    """A list's filter for a token limited to one event (``path`` leads to the event id)."""
    limited = scopes.token_event_id(request)
    return Q(**{path: limited}) if limited is not None else Q()


def session_for(request: HttpRequest, user: AnyUser, session_id: int) -> Session:
    session = Session.objects.select_related("event").filter(pk=session_id).first()
    if session is None or not rules.can_view_session(user, session):
        raise NotFound()
    in_event(request, session.event_id)
    return session


def represented(user: AnyUser) -> QuerySet[Participant]:
    """Every participant the user represents (of any session, cancelled ones included)."""
    if not user.is_authenticated:
        return Participant.objects.none()
    return Participant.objects.filter(organization__representatives__user_id=user.pk)


def visible_participants(user: AnyUser, session: Session) -> Q:
    """The participants of ``session`` the user sees, as the partners page shows them: staff
    see all; a participant sees itself and the listed, not cancelled others; nobody else
    sees any."""
    if is_secretariat(user):
        return Q(session=session)
    mine = list(represented(user).filter(session=session).values_list("pk", "status"))
    if not any(status != Participant.Status.CANCELLED for _pk, status in mine):
        return Q(pk__in=[pk for pk, _status in mine])
    listed = rules.listed_partners(user) & ~Q(status=Participant.Status.CANCELLED)
    return Q(session=session) & (Q(pk__in=[pk for pk, _status in mine]) | listed)


def participant_for(request: HttpRequest, user: AnyUser, participant_id: int) -> Participant:
    participant = (
        Participant.objects.select_related("session__event", "organization")
        .filter(pk=participant_id)
        .first()
    )
    if participant is None:
        raise NotFound()
    in_event(request, participant.session.event_id)
    if not Participant.objects.filter(
        visible_participants(user, participant.session), pk=participant.pk
    ).exists():
        raise NotFound()
    return participant
