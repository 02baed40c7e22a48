"""Meetings (the organizer adds and cancels them), personal agendas (JSON and ICS) and the
outcomes participants report after their meetings."""

from django.db.models import BooleanField, Case, F, Q, QuerySet, Value, When
from django.http import HttpRequest, HttpResponse
from django.utils.translation import get_language
from ninja import Path, Query, Router, Status
from ninja.pagination import paginate

from tradebridge import scopes
from tradebridge.accounts.models import User
from tradebridge.accounts.rules import AnyUser, is_secretariat
from tradebridge.errors import ApplicationError, NotAllowed, NotFound
from tradebridge.http.pagination import BoundedLimitOffset
from tradebridge.http.schemas import Id

from .. import documents, rules, services
from ..models import Meeting, MeetingOutcome, Participant, Placement
from ..selectors import participant as participant_selectors
from .access import event_filter, in_event, represented, session_for
from .schemas import (
    AUTH_ERRORS,
    WRITE_ERRORS,
    AgendaFilters,
    AgendaItemOut,
    MeetingFilters,
    MeetingIn,
    MeetingOut,
    OutcomeFilters,
    OutcomeIn,
    OutcomeOut,
)

router = Router()


def _meetings() -> QuerySet[Meeting]:
    return Meeting.objects.select_related(
        "session__event", "first__organization", "second__organization"
    )


def _visible(user: AnyUser) -> Q:
    """Meetings the user sees: its organizations' own; staff see all (``rules``)."""
    if is_secretariat(user):
        return Q()
    mine = represented(user).values("pk")
    return Q(first__in=mine) | Q(second__in=mine)


@router.get("/meetings", response={200: list[MeetingOut], **AUTH_ERRORS})
@paginate(BoundedLimitOffset)
def list_meetings(request: HttpRequest, filters: Query[MeetingFilters]):  # type: ignore[no-untyped-def]
    """Meetings: staff see every meeting (of a session with ``session``); a representative
    its organizations' own, with the partner's contacts (a confirmed meeting shows them)."""
    user = scopes.require(request, "matchmaking:read", signed_in=True)
    meetings = _meetings().filter(_visible(user), event_filter(request, "session__event_id"))
    if filters.session is not None:
        meetings = meetings.filter(session_id=filters.session)
    if filters.status is not None:
        meetings = meetings.filter(status=filters.status)
    return meetings.order_by("session_id", "pk")


def _meeting_for(request: HttpRequest, user: AnyUser, meeting_id: int) -> Meeting:
    meeting = _meetings().filter(pk=meeting_id).first()
    if meeting is None or not rules.can_view_meeting(user, meeting):
        raise NotFound()
    in_event(request, meeting.session.event_id)
    return meeting


@router.get("/meetings/{meeting_id}", response={200: MeetingOut, **AUTH_ERRORS})
def get_meeting(request: HttpRequest, meeting_id: Path[Id]) -> Meeting:
    """One meeting: the representatives of its two participants, and staff."""
    user = scopes.require(request, "matchmaking:read", signed_in=True)
    return _meeting_for(request, user, meeting_id)


@router.post("/meetings", response={201: MeetingOut, **WRITE_ERRORS})
def add_meeting(request: HttpRequest, data: MeetingIn) -> Status[Meeting]:
    """Staff add a meeting between two participants of a session (``required``: the
    scheduler must place it; ``walk_in``: added on the day). A cancelled participant is
    registered again; the pair's cancelled meeting is confirmed again."""
    user: User = scopes.require(request, "matchmaking:write")
    session = session_for(request, user, data.session)
    if not rules.can_manage_session(user, session):
        raise NotAllowed()
    found = Participant.objects.in_bulk([data.first, data.second])
    if data.first not in found or data.second not in found:
        raise ApplicationError(
            "first, second: give two participants of this session.", details={"field": "first"}
        )
    meeting = services.meeting_add(
        actor=user,
        session=session,
        first=found[data.first],
        second=found[data.second],
        priority=data.priority,
        required=data.required,
        walk_in=data.walk_in,
    )
    return Status(201, _meetings().get(pk=meeting.pk))


@router.post("/meetings/{meeting_id}/cancel", response={200: MeetingOut, **WRITE_ERRORS})
def cancel_meeting(request: HttpRequest, meeting_id: Path[Id]) -> Meeting:
    """Staff cancel a meeting (spam, a mistake, a cancellation on the day); the next
    re-schedule frees its slot. Cancelling a cancelled meeting changes nothing."""
    user: User = scopes.require(request, "matchmaking:write")
    meeting = _meeting_for(request, user, meeting_id)
    services.meeting_cancel(actor=user, meeting=meeting)
    return _meetings().get(pk=meeting.pk)


# --- agendas ----------------------------------------------------------------------------------


def _my_participants(user: AnyUser) -> QuerySet[Participant]:
    return represented(user).exclude(status=Participant.Status.CANCELLED)


@router.get("/agenda", response={200: list[AgendaItemOut], **AUTH_ERRORS})
@paginate(BoundedLimitOffset)
def my_agenda(request: HttpRequest, filters: Query[AgendaFilters]):  # type: ignore[no-untyped-def]
    """The signed-in representative's meetings in the published schedules of its sessions, in
    time order (empty until a schedule is published). Also as a calendar: ``agenda.ics``."""
    user = scopes.require(request, "matchmaking:read", signed_in=True)
    mine = list(_my_participants(user).values_list("pk", flat=True))
    placements = (
        Placement.objects.filter(
            Q(meeting__first_id__in=mine) | Q(meeting__second_id__in=mine),
            event_filter(request, "meeting__session__event_id"),
            meeting__status=Meeting.Status.CONFIRMED,
            # Only each session's published run: drafts stay with the organizer.
            run_id=F("meeting__session__published_run_id"),
        )
        .annotate(
            mine_first=Case(
                When(meeting__first_id__in=mine, then=Value(True)),
                default=Value(False),
                output_field=BooleanField(),
            )
        )
        .select_related(
            "slot",
            "table",
            "interpreter",
            "meeting__session__event",
            "meeting__first__organization",
            "meeting__second__organization",
        )
        .order_by("slot__starts_at", "meeting__session_id", "pk")
    )
    if filters.session is not None:
        placements = placements.filter(meeting__session_id=filters.session)
    return placements


ICS_RESPONSE = {
    "responses": {
        200: {
            "description": "the agenda as an iCalendar file (times in UTC)",
            "content": {"text/calendar": {"schema": {"type": "string"}}},
        }
    }
}


@router.get("/agenda.ics", response=AUTH_ERRORS, openapi_extra=ICS_RESPONSE)
def my_agenda_ics(request: HttpRequest, filters: Query[AgendaFilters]) -> HttpResponse:
    """The signed-in representative's published meetings as an iCalendar file (``text/calendar``)
    that calendar programs import: the same file as the agenda page's ICS download, one event
    per meeting with a stable UID (re-importing updates). All its sessions, or ``session``."""
    user = scopes.require(request, "matchmaking:read", signed_in=True)
    participants = (
        _my_participants(user)
        .filter(
            event_filter(request, "session__event_id"),
            session__published_run__isnull=False,
        )
        .select_related("session__event", "session__published_run", "organization")
        .order_by("session__starts_at", "pk")
    )
    if filters.session is not None:
        participants = participants.filter(session_id=filters.session)
    zh = (get_language() or "en").startswith("zh")
    agendas = [participant_selectors.agenda_document(p, zh=zh) for p in participants]
    if len(agendas) == 1:
        agenda = agendas[0]
    else:
        # One calendar for all the user's sessions: every meeting, each with its own UID.
        agenda = documents.Agenda(
            participant=" / ".join(dict.fromkeys(a.participant for a in agendas)) or user.email,
            session=" / ".join(dict.fromkeys(a.session for a in agendas)) or "Tradebridge",
            event=" / ".join(dict.fromkeys(a.event for a in agendas)),
            venue="",
            time_zone=agendas[0].time_zone if agendas else "UTC",
            items=sorted((i for a in agendas for i in a.items), key=lambda i: i.start),
            labels=agendas[0].labels if agendas else {},
        )
    response = HttpResponse(
        documents.agenda_ics(agenda), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = 'attachment; filename="agenda.ics"'
    return response


# --- outcomes ---------------------------------------------------------------------------------


@router.get("/outcomes", response={200: list[OutcomeOut], **AUTH_ERRORS})
@paginate(BoundedLimitOffset)
def list_outcomes(request: HttpRequest, filters: Query[OutcomeFilters]):  # type: ignore[no-untyped-def]
    """The outcomes the caller's organizations reported after their meetings."""
    user = scopes.require(request, "matchmaking:read", signed_in=True)
    outcomes = MeetingOutcome.objects.filter(
        participant__in=represented(user).values("pk"),
        **({"meeting__session_id": filters.session} if filters.session is not None else {}),
    ).filter(event_filter(request, "meeting__session__event_id"))
    return outcomes.select_related("meeting__session__event").order_by("-updated_at", "-pk")


@router.post("/outcomes", response={200: OutcomeOut, 201: OutcomeOut, **WRITE_ERRORS})
def record_outcome(request: HttpRequest, data: OutcomeIn) -> Status[MeetingOutcome]:
    """A participant's representatives record how one of its meetings went (held or not,
    interest, next step, notes seen by the organization and the secretariat): 201 the first
    time, 200 when it replaces the one recorded before. A cancelled meeting has none (400)."""
    user: User = scopes.require(request, "matchmaking:write")
    meeting = _meeting_for(request, user, data.meeting)
    sides = represented(user).filter(pk__in=[meeting.first_id, meeting.second_id])
    if data.participant is not None:
        sides = sides.filter(pk=data.participant)
    mine = list(sides.select_related("session")[:2])
    if len(mine) != 1:
        if not mine:
            raise NotAllowed("Only the meeting's participants record its outcome.")
        raise ApplicationError(
            "participant: you represent both sides; say which one reports.",
            details={"field": "participant"},
        )
    existed = MeetingOutcome.objects.filter(meeting=meeting, participant=mine[0]).exists()
    outcome = services.outcome_report(
        actor=user,
        meeting=meeting,
        participant=mine[0],
        held=data.held,
        interest=data.interest,
        next_step=data.next_step,
        notes=data.notes,
    )
    outcome = MeetingOutcome.objects.select_related("meeting__session__event").get(pk=outcome.pk)
    return Status(200 if existed else 201, outcome)
