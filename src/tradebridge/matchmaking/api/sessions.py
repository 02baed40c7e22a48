"""Events, sessions, their participants and availability; the organizer's runs and the
published schedule."""

import datetime as dt

from django.db.models import Count, Q, QuerySet
from django.http import HttpRequest
from ninja import Path, Query, Router, Status
from ninja.pagination import paginate

from tradebridge import scopes
from tradebridge.accounts.models import User
from tradebridge.accounts.rules import AnyUser, is_secretariat
from tradebridge.bilingual import sort_column
from tradebridge.directory.models import Organization
from tradebridge.errors import ApplicationError, NotAllowed, NotFound
from tradebridge.events.models import Event
from tradebridge.http.pagination import BoundedLimitOffset
from tradebridge.http.schemas import READ_ERRORS, Id, Slug, check_planning_years

from .. import rules, scheduling, services
from ..models import Meeting, Participant, Placement, ScheduleRun, Session, Slot
from .access import (
    event_filter,
    in_event,
    participant_for,
    represented,
    session_for,
    visible_participants,
)
from .schemas import (
    AUTH_ERRORS,
    WRITE_ERRORS,
    AvailabilityIn,
    AvailabilityOut,
    MatchmakingEventOut,
    ParticipantFilters,
    ParticipantIn,
    ParticipantOut,
    RunOut,
    ScheduledMeetingOut,
    SessionFilters,
    SessionIn,
    SessionOut,
    SessionPatch,
    availability_out,
)

router = Router()


def _visible_events(user: AnyUser) -> QuerySet[Event]:
    events = Event.objects.all()
    return events if is_secretariat(user) else events.filter(is_public=True)


def _visible_sessions(user: AnyUser) -> QuerySet[Session]:
    return (
        Session.objects.filter(rules.visible_sessions(user))
        .select_related("event")
        .annotate(
            slots_in_use=Count("slots", filter=Q(slots__is_active=True), distinct=True),
            tables_in_use=Count("tables", filter=Q(tables__is_active=True), distinct=True),
        )
        .order_by("starts_at", "pk")
    )


def _session_out(user: AnyUser, pk: int) -> Session:
    return _visible_sessions(user).get(pk=pk)


@router.get("/events", response={200: list[MatchmakingEventOut], **READ_ERRORS})
@paginate(BoundedLimitOffset)
def list_events(request: HttpRequest):  # type: ignore[no-untyped-def]
    """Public events, the latest first."""
    user = scopes.require(request, "matchmaking:read")
    return _visible_events(user).filter(event_filter(request, "pk"))


@router.get("/events/{slug}", response={200: MatchmakingEventOut, **READ_ERRORS})
def get_event(request: HttpRequest, slug: Path[Slug]) -> Event:
    """One public event."""
    user = scopes.require(request, "matchmaking:read")
    event = _visible_events(user).filter(slug=slug).first()
    if event is None:
        raise NotFound()
    in_event(request, event.pk)
    return event


# --- sessions ---------------------------------------------------------------------------------


@router.get("/sessions", response={200: list[SessionOut], **READ_ERRORS})
@paginate(BoundedLimitOffset)
def list_sessions(request: HttpRequest, filters: Query[SessionFilters]):  # type: ignore[no-untyped-def]
    """Match-making sessions of listed events (once out of preparation), and those the
    signed-in reader's organizations take part in (staff: all); in time order. Anyone may
    call it."""
    user = scopes.require(request, "matchmaking:read")
    sessions = _visible_sessions(user).filter(event_filter(request, "event_id"))
    return sessions.filter(event__slug=filters.event) if filters.event else sessions


@router.get("/sessions/{session_id}", response={200: SessionOut, **READ_ERRORS})
def get_session(request: HttpRequest, session_id: Path[Id]) -> Session:
    """One match-making session, if the caller may see it (as on the web)."""
    user = scopes.require(request, "matchmaking:read")
    session = _visible_sessions(user).filter(pk=session_id).first()
    if session is None:
        raise NotFound()
    in_event(request, session.event_id)
    return session


def _deadline(value: dt.datetime | None, event: Event) -> dt.datetime | None:
    check_planning_years({"request_deadline": value})
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=event.zone)
    return value


@router.post("/sessions", response={201: SessionOut, **WRITE_ERRORS})
def create_session(request: HttpRequest, data: SessionIn) -> Status[Session]:
    """Staff create a session in an event: its slots (from the hours, slot length and pauses,
    in the event's time zone) and tables are generated. It starts *in preparation*."""
    user: User = scopes.require(request, "matchmaking:write")
    event = Event.objects.filter(slug=data.event).first()
    if event is None or not (is_secretariat(user) or event.is_public):
        raise NotFound()
    in_event(request, event.pk)
    check_planning_years({"date": data.date})
    session = services.session_create(
        actor=user,
        event=event,
        data=services.SessionInput(
            title={"en": data.title_en, "zh_hans": data.title_zh},
            location={"en": data.location_en, "zh_hans": data.location_zh},
            date=data.date,
            start=data.start,
            end=data.end,
            slot_minutes=data.slot_minutes,
            pauses=[(p.start, p.end) for p in data.pauses],
            tables=data.tables,
            max_requests=data.max_requests,
            request_deadline=_deadline(data.request_deadline, event),
            registration_open=data.registration_open,
            fairness=data.fairness,
        ),
    )
    return Status(201, _session_out(user, session.pk))


@router.patch("/sessions/{session_id}", response={200: SessionOut, **WRITE_ERRORS})
def update_session(request: HttpRequest, session_id: Path[Id], data: SessionPatch) -> Session:
    """Staff change a session's titles, room, request deadline, maximum requests,
    self-registration, fairness, or its status (``draft`` in preparation, ``open`` for
    requests, ``closed``; a published session stays published)."""
    user: User = scopes.require(request, "matchmaking:write")
    session = session_for(request, user, session_id)
    if not rules.can_manage_session(user, session):
        raise NotAllowed()
    given = data.model_fields_set
    settings = {k for k in given if k != "status"}
    if settings:
        current = services.SessionSettings(
            title={
                "en": session.title_en or "",  # type: ignore[attr-defined]
                "zh_hans": session.title_zh_hans or "",  # type: ignore[attr-defined]
            },
            location={
                "en": session.location_en or "",  # type: ignore[attr-defined]
                "zh_hans": session.location_zh_hans or "",  # type: ignore[attr-defined]
            },
            request_deadline=session.request_deadline,
            max_requests=session.max_requests,
            registration_open=session.registration_open,
            fairness=session.fairness,
        )
        for name, language in (("title_en", "en"), ("title_zh", "zh_hans")):
            if name in given:
                current.title[language] = getattr(data, name) or ""
        for name, language in (("location_en", "en"), ("location_zh", "zh_hans")):
            if name in given:
                assert current.location is not None
                current.location[language] = getattr(data, name) or ""
        if "request_deadline" in given:
            current.request_deadline = _deadline(data.request_deadline, session.event)
        for name in ("max_requests", "registration_open"):
            if name in given:
                value = getattr(data, name)
                if value is None:
                    raise ApplicationError(
                        f"{name}: give a value, not null.", details={"field": name}
                    )
                setattr(current, name, value)
        if "fairness" in given:
            current.fairness = data.fairness
        session = services.session_update(actor=user, session=session, data=current)
    if "status" in given and data.status is not None:
        session = services.session_set_status(actor=user, session=session, status=data.status)
    return _session_out(user, session.pk)


# --- participants -----------------------------------------------------------------------------


@router.get(
    "/sessions/{session_id}/participants", response={200: list[ParticipantOut], **AUTH_ERRORS}
)
@paginate(BoundedLimitOffset)
def list_participants(  # type: ignore[no-untyped-def]
    request: HttpRequest, session_id: Path[Id], filters: Query[ParticipantFilters]
):
    """The session's participants as the web shows them to the caller: staff see all (every
    status); a participant's representative sees its own and the other listed participants
    (an unlisted organization is not shown to others); anyone else is refused (403). By name."""
    user = scopes.require(request, "matchmaking:read", signed_in=True)
    session = session_for(request, user, session_id)
    if not is_secretariat(user) and not represented(user).filter(session=session).exists():
        raise NotAllowed("Only the session's participants and its organizers see its participants.")
    participants = Participant.objects.filter(visible_participants(user, session))
    if filters.organization:
        participants = participants.filter(organization__slug=filters.organization)
    if filters.side:
        participants = participants.filter(organization__side=filters.side)
    if filters.status:
        participants = participants.filter(status=filters.status)
    return participants.select_related("organization").order_by(
        sort_column(through="organization__"), "pk"
    )


@router.get("/participants/{participant_id}", response={200: ParticipantOut, **AUTH_ERRORS})
def get_participant(request: HttpRequest, participant_id: Path[Id]) -> Participant:
    """One participant, if the caller sees it in the session's list."""
    user = scopes.require(request, "matchmaking:read", signed_in=True)
    return participant_for(request, user, participant_id)


@router.post("/sessions/{session_id}/participants", response={201: ParticipantOut, **WRITE_ERRORS})
def add_participant(
    request: HttpRequest, session_id: Path[Id], data: ParticipantIn
) -> Status[Participant]:
    """A representative registers its organization (while the session is open and takes
    registrations; its address confirmed); staff register or invite (``invited``) any
    organization. Registering again is harmless; a cancelled participant comes back."""
    user: User = scopes.require(request, "matchmaking:write")
    session = session_for(request, user, session_id)
    staff = rules.can_manage_session(user, session)
    organization = Organization.objects.filter(slug=data.organization).first()
    if organization is None or not (
        staff or organization.is_public or _represents(user, organization)
    ):
        raise NotFound()
    if data.invited and not staff:
        raise NotAllowed("Only the organizers invite organizations.")
    participant = services.participant_add(
        actor=user, session=session, organization=organization, invited=data.invited
    )
    return Status(201, _participant(participant.pk))


def _represents(user: AnyUser, organization: Organization) -> bool:
    return user.is_authenticated and organization.representatives.filter(user_id=user.pk).exists()


def _participant(pk: int) -> Participant:
    return Participant.objects.select_related("organization", "session__event").get(pk=pk)


@router.post(
    "/participants/{participant_id}/cancel", response={200: ParticipantOut, **WRITE_ERRORS}
)
def cancel_participant(request: HttpRequest, participant_id: Path[Id]) -> Participant:
    """The organization no longer takes part (its representatives), or the organizer removes
    it: its meetings are cancelled and its pending requests withdrawn. Cancelling again
    changes nothing."""
    user: User = scopes.require(request, "matchmaking:write")
    participant = participant_for(request, user, participant_id)
    services.participant_cancel(actor=user, participant=participant)
    return _participant(participant.pk)


def _own_participant(request: HttpRequest, user: AnyUser, participant_id: int) -> Participant:
    participant = participant_for(request, user, participant_id)
    if not (is_secretariat(user) or represented(user).filter(pk=participant.pk).exists()):
        raise NotAllowed("Only the organization's own representatives see its availability.")
    return participant


def _availability(participant: Participant) -> AvailabilityOut:
    participant = (
        Participant.objects.select_related("session__event")
        .prefetch_related("unavailable", "attendees")
        .get(pk=participant.pk)
    )
    slots = list(Slot.objects.filter(session_id=participant.session_id, is_active=True))
    return availability_out(participant, slots)


@router.get(
    "/participants/{participant_id}/availability", response={200: AvailabilityOut, **AUTH_ERRORS}
)
def get_availability(request: HttpRequest, participant_id: Path[Id]) -> AvailabilityOut:
    """The slots the participant cannot meet in, who attends and the languages they speak:
    its representatives and staff."""
    user = scopes.require(request, "matchmaking:read", signed_in=True)
    return _availability(_own_participant(request, user, participant_id))


@router.patch(
    "/participants/{participant_id}/availability",
    response={200: AvailabilityOut, **WRITE_ERRORS},
)
def set_availability(
    request: HttpRequest, participant_id: Path[Id], data: AvailabilityIn
) -> AvailabilityOut:
    """Its representatives (address confirmed) set when the organization cannot meet
    (``unavailable``: slot ids, replacing the previous ones), who attends (their e-mail
    addresses), how many people sit at the tables and the languages spoken."""
    user: User = scopes.require(request, "matchmaking:write")
    participant = _own_participant(request, user, participant_id)
    given = data.model_fields_set
    current = _availability(participant)
    slot_ids = (
        data.unavailable
        if "unavailable" in given and data.unavailable is not None
        else current.unavailable
    )
    slots = list(Slot.objects.filter(session_id=participant.session_id, pk__in=slot_ids))
    if len(slots) != len(set(slot_ids)):
        raise ApplicationError(
            "unavailable: a slot is not one of this session's.", details={"field": "unavailable"}
        )
    attendees: list[User] = []
    if "attendees" in given and data.attendees is not None:
        found = {u.email.lower(): u for u in User.objects.filter(email__in=data.attendees)}
        for email in data.attendees:
            if email.lower() not in found:
                raise ApplicationError(
                    f"attendees: {email} does not represent this organization.",
                    details={"field": "attendees"},
                )
            attendees.append(found[email.lower()])
    services.participant_set_availability(
        actor=user,
        participant=participant,
        unavailable=slots,
        attendees=attendees,
        attendee_count=data.attendee_count
        if "attendee_count" in given and data.attendee_count is not None
        else (len(attendees) or current.attendee_count),
        languages=data.languages if "languages" in given else None,
    )
    return _availability(participant)


# --- the organizer's runs and the published schedule ---------------------------------------------


@router.get("/sessions/{session_id}/runs", response={200: list[RunOut], **AUTH_ERRORS})
@paginate(BoundedLimitOffset)
def list_runs(request: HttpRequest, session_id: Path[Id]):  # type: ignore[no-untyped-def]
    """Staff: the session's scheduler runs, the latest first, with their status, whether one is
    the published schedule, and how many meetings each placed."""
    user = scopes.require(request, "matchmaking:read", signed_in=True)
    session = session_for(request, user, session_id)
    if not rules.can_manage_session(user, session):
        raise NotAllowed()
    return (
        ScheduleRun.objects.filter(session=session)
        .select_related("session__event")
        .annotate(placed=Count("placements"))
        .order_by("-created_at", "-pk")
    )


@router.post("/runs/{run_id}/publish", response={200: RunOut, **WRITE_ERRORS})
def publish_run(request: HttpRequest, run_id: Path[Id]) -> ScheduleRun:
    """Staff make a finished run the session's published schedule (as the run page's
    *Publish*): the participants whose meetings it adds or changes are notified."""
    user: User = scopes.require(request, "matchmaking:write")
    run = ScheduleRun.objects.select_related("session__event").filter(pk=run_id).first()
    if run is None or not rules.can_view_session(user, run.session):
        raise NotFound()
    in_event(request, run.session.event_id)
    scheduling.run_publish(actor=user, run=run)
    return (
        ScheduleRun.objects.select_related("session__event")
        .annotate(placed=Count("placements"))
        .get(pk=run.pk)
    )


@router.get(
    "/sessions/{session_id}/schedule", response={200: list[ScheduledMeetingOut], **AUTH_ERRORS}
)
@paginate(BoundedLimitOffset)
def published_schedule(request: HttpRequest, session_id: Path[Id]):  # type: ignore[no-untyped-def]
    """The published schedule by slot and table: staff see every meeting; a participant's
    representative its own meetings (its agenda). Empty until a schedule is published."""
    user = scopes.require(request, "matchmaking:read", signed_in=True)
    session = session_for(request, user, session_id)
    placements = Placement.objects.filter(
        run_id=session.published_run_id, meeting__status=Meeting.Status.CONFIRMED
    )
    if not rules.can_manage_session(user, session):
        mine = (
            represented(user).filter(session=session).exclude(status=Participant.Status.CANCELLED)
        )
        if not mine.exists():
            raise NotAllowed("Only the session's participants and its organizers see its schedule.")
        placements = placements.filter(Q(meeting__first__in=mine) | Q(meeting__second__in=mine))
    return placements.select_related(
        "slot",
        "table",
        "interpreter",
        "meeting__session__event",
        "meeting__first__organization",
        "meeting__second__organization",
    ).order_by("slot__index", "table__number", "pk")
